/* SPDX-License-Identifier: MIT */
/* Unit tests for the writers (src/serialize/) and the format table. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
/* cmocka 1.1.5 needs the four headers above first. */
#include <cmocka.h>

#include <raptor2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "factgraph/diag.h"
#include "factgraph/export.h"
#include "factgraph/graph.h"
#include "serialize/lexical.h"
#include "serialize/writers.h"

#define FG "https://w3id.org/factgraph/ontology#"
#define RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define XSD "http://www.w3.org/2001/XMLSchema#"
#define BASE "https://example.org/factgraph/"

static const char tricky[] = "tab\there \"quote\" back\\slash\nnewline";

/* ---- fixtures ---------------------------------------------------------- */

static uint32_t add_doc(FgGraph *g, const char *id, const char *date) {
  FgDocument doc = {.id = id, .date = date};
  return fg_graph_add_document(g, &doc);
}

static FgFactInput claim(uint32_t s, const char *p, uint32_t o) {
  FgFactInput c = {
      .subject = s, .predicate = p, .object = o, .attributed_to = FG_NONE};
  return c;
}

static void add(FgGraph *g, const FgFactInput *c, uint32_t doc, uint32_t begin,
                uint32_t end, double confidence) {
  FgEvidence ev = {doc, begin, end, "A sentence.", "r1", confidence};
  assert_int_equal(fg_graph_add_fact(g, c, &ev), FG_OK);
}

/* Two documents, four entities and four facts: one stated twice, one
 * negated, one with a literal object and qualifiers, one with a tricky
 * literal. */
static int setup_small(void **state) {
  FgGraph *g = fg_graph_new();
  uint32_t a = add_doc(g, "a.txt", "2025-11-12");
  uint32_t b = add_doc(g, "b doc.txt", NULL);
  uint32_t p = fg_graph_add_entity(g, "ahmed-al-sharaa", "Ahmed al-Sharaa",
                                   "Person", "Q123");
  uint32_t h =
      fg_graph_add_entity(g, "hts", "Hay'at \"HTS\"", "ArmedGroup", NULL);
  uint32_t u =
      fg_graph_add_entity(g, "united-states", "United States", "Country", NULL);
  uint32_t r =
      fg_graph_add_entity(g, "reuters", "Reuters", "MediaOrganization", NULL);
  fg_graph_add_alt_label(g, p, "al-Jolani");
  FgFactInput lead = claim(p, "leaderOf", h);
  lead.time = "2017";
  lead.attributed_to = r;
  add(g, &lead, a, 10, 50, 0.7);
  add(g, &lead, b, 5, 20, 0.5);
  FgFactInput sanction = claim(u, "sanctioned", h);
  sanction.negated = true;
  sanction.attributed_label = "officials";
  add(g, &sanction, a, 60, 90, 0.6);
  FgFactInput post = claim(p, "holdsPosition", FG_NONE);
  post.literal = "President of Syria";
  post.role = "President";
  post.former = true;
  post.modality = FG_MODALITY_HEDGED;
  add(g, &post, a, 100, 140, 0.8);
  FgFactInput odd = claim(r, "basedIn", FG_NONE);
  odd.literal = tricky;
  add(g, &odd, b, 30, 40, 0.5);
  assert_int_equal(fg_graph_finish(g), FG_OK);
  *state = g;
  return 0;
}

static int teardown_graph(void **state) {
  fg_graph_free(*state);
  return 0;
}

/* ---- output capture ---------------------------------------------------- */

typedef struct {
  int calls;
  FgStatus last;
} DiagLog;

static void record_diag(void *handle, const FgDiag *diag) {
  DiagLog *log = handle;
  log->calls++;
  log->last = diag->status;
}

/* The whole content of a stream, from its start, as a string to free. */
static char *read_back(FILE *file) {
  assert_int_equal(fseek(file, 0, SEEK_END), 0);
  long size = ftell(file);
  assert_true(size >= 0);
  rewind(file);
  char *text = malloc((size_t)size + 1);
  assert_non_null(text);
  assert_int_equal(fread(text, 1, (size_t)size, file), (size_t)size);
  text[size] = '\0';
  return text;
}

/* Writes g in a format; returns the text (to free) and sets *status. */
static char *write_format(const FgGraph *g, FgFormat format,
                          const FgWriteOptions *options, DiagLog *log,
                          FgStatus *status) {
  FILE *out = tmpfile();
  assert_non_null(out);
  FgStatus st;
  if (format == FG_FORMAT_TSV)
    st = fg_write_tsv(g, out);
  else if (format == FG_FORMAT_DOT)
    st = fg_write_dot(g, NULL, options, out, record_diag, log);
  else
    st = fg_write_rdf(g, NULL, format, options, out, record_diag, log);
  char *text = read_back(out);
  assert_int_equal(fclose(out), 0);
  *status = st;
  return text;
}

static char *write_ok(const FgGraph *g, FgFormat format,
                      const FgWriteOptions *options) {
  DiagLog log = {0, FG_OK};
  FgStatus status = FG_OK;
  char *text = write_format(g, format, options, &log, &status);
  assert_int_equal(status, FG_OK);
  return text;
}

static bool has_line(const char *text, const char *line) {
  size_t len = strlen(line);
  for (const char *p = strstr(text, line); p; p = strstr(p + 1, line))
    if ((p == text || p[-1] == '\n') && p[len] == '\n')
      return true;
  return false;
}

static size_t count_lines(const char *text) {
  size_t n = 0;
  for (; *text; text++)
    n += *text == '\n';
  return n;
}

static size_t count_occurrences(const char *text, const char *needle) {
  size_t n = 0;
  for (const char *p = strstr(text, needle); p; p = strstr(p + 1, needle))
    n++;
  return n;
}

/* ---- reading back with raptor's parsers -------------------------------- */

typedef struct {
  size_t triples;
  size_t errors;
  const char *want_literal; /* count literals equal to this */
  size_t literal_hits;
  const char *forbidden_predicate; /* count triples using this */
  size_t forbidden_hits;
} ParseResult;

static void on_statement(void *data, raptor_statement *st) {
  ParseResult *r = data;
  r->triples++;
  raptor_term *o = st->object;
  if (r->want_literal && o->type == RAPTOR_TERM_TYPE_LITERAL &&
      o->value.literal.string_len == strlen(r->want_literal) &&
      memcmp(o->value.literal.string, r->want_literal,
             o->value.literal.string_len) == 0)
    r->literal_hits++;
  const char *p = (const char *)raptor_uri_as_string(st->predicate->value.uri);
  if (r->forbidden_predicate && strcmp(p, r->forbidden_predicate) == 0)
    r->forbidden_hits++;
}

static void on_log(void *data, raptor_log_message *message) {
  ParseResult *r = data;
  if (message->level >= RAPTOR_LOG_LEVEL_WARN)
    r->errors++;
}

/* raptor 2.0.15's N-Triples and N-Quads parsers leak datatype URIs, which
 * fails the ASan build; N-Triples is a subset of Turtle, so its output is
 * read back with the Turtle parser and N-Quads is checked line by line. */
static void parse(const char *syntax, const char *text, ParseResult *r) {
  raptor_world *world = raptor_new_world();
  assert_non_null(world);
  raptor_world_set_log_handler(world, r, on_log);
  assert_int_equal(raptor_world_open(world), 0);
  raptor_parser *parser = raptor_new_parser(world, syntax);
  assert_non_null(parser);
  raptor_parser_set_statement_handler(parser, r, on_statement);
  raptor_uri *base = raptor_new_uri(world, (const unsigned char *)"urn:x:");
  assert_int_equal(raptor_parser_parse_start(parser, base), 0);
  assert_int_equal(raptor_parser_parse_chunk(
                       parser, (const unsigned char *)text, strlen(text), 1),
                   0);
  raptor_free_uri(base);
  raptor_free_parser(parser);
  raptor_free_world(world);
}

/* Every <...> in N-Triples output must be an IRI without spaces. */
static void assert_iris_clean(const char *text) {
  bool inside = false;
  for (size_t i = 0; text[i]; i++) {
    if (text[i] == '<' || text[i] == '>')
      inside = text[i] == '<';
    else if (inside)
      assert_true((unsigned char)text[i] > ' ');
  }
  assert_false(inside);
}

/* ---- formats ----------------------------------------------------------- */

static void test_format_table(void **state) {
  (void)state;
  FgFormat f;
  assert_true(fg_format_from_name("ttl", &f));
  assert_int_equal(f, FG_FORMAT_TURTLE);
  assert_true(fg_format_from_name("NT", &f));
  assert_int_equal(f, FG_FORMAT_NTRIPLES);
  assert_true(fg_format_from_name("nquads", &f));
  assert_int_equal(f, FG_FORMAT_NQUADS);
  assert_false(fg_format_from_name("rdfxml", &f));
  assert_true(fg_format_from_path("out/graph.v1.nq", &f));
  assert_int_equal(f, FG_FORMAT_NQUADS);
  assert_true(fg_format_from_path("x.gv", &f));
  assert_int_equal(f, FG_FORMAT_DOT);
  assert_false(fg_format_from_path("dir.tsv/file", &f));
  assert_string_equal(fg_format_name(FG_FORMAT_TSV), "tsv");
  FgWriteOptions o = fg_write_options_default();
  assert_null(o.base_iri);
  assert_int_equal(o.depth, 1);
  assert_int_equal(o.min_sources, 1);
}

/* ---- lexical forms ----------------------------------------------------- */

static void test_lexical_checks(void **state) {
  (void)state;
  assert_true(fg_lexical_is_absolute_iri("https://x.org/a%20b?c=1#d"));
  assert_true(fg_lexical_is_absolute_iri("urn:isbn:0451450523"));
  assert_false(fg_lexical_is_absolute_iri("x.org/a"));
  assert_false(fg_lexical_is_absolute_iri("http://x.org/a b"));
  assert_false(fg_lexical_is_absolute_iri("http://x.org/<a>"));
  assert_false(fg_lexical_is_absolute_iri("http://x.org/%zz"));
  assert_false(fg_lexical_is_absolute_iri("http://x.org/\xff"));
  /* one IRI for all when raptor cuts at U+FFFF; C1, bidi controls */
  const char *bad[] = {"http://x.org/\xEF\xBF\xBF", "http://x.org/\xEF\xBF\xBE",
                       "http://x.org/\xEF\xB7\x90", "http://x.org/\xC2\x85",
                       "http://x.org/\xE2\x80\xAE", "http://x.org/\xE2\x81\xA6",
                       "http://x.org/\x7F", "http://x.org/\xF4\x8F\xBF\xBF"};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    size_t at = 0;
    assert_false(fg_lexical_is_absolute_iri(bad[i]));
    assert_non_null(fg_base_iri_problem(bad[i], &at));
    assert_int_equal(at, 13);
  }
  size_t at = 99;
  assert_null(fg_base_iri_problem("https://x.org/\xC3\xA9t\xC3\xA9/", &at));
  assert_null(fg_base_iri_problem(NULL, &at));
  assert_string_equal(fg_base_iri_problem("http://x.org/a b", &at), "a space");
  assert_int_equal(at, 14);
  assert_true(fg_lexical_is_wikidata_id("Q858"));
  assert_false(fg_lexical_is_wikidata_id("Q"));
  assert_false(fg_lexical_is_wikidata_id("P31"));
  assert_int_equal(fg_lexical_date_type("2024-02-29"), FG_XSD_DATE);
  assert_int_equal(fg_lexical_date_type("2023-02-29"), FG_XSD_NONE);
  assert_int_equal(fg_lexical_date_type("--02-29"), FG_XSD_GMONTHDAY);
  assert_int_equal(fg_lexical_date_type("2024-13"), FG_XSD_NONE);
  assert_int_equal(fg_lexical_date_type("2024-12-08T10:00"), FG_XSD_NONE);
}

/* A TSV cell: no control character or line separator survives, so that
 * splitlines() and split("\\t") see the same rows and columns. */
static void test_lexical_tsv_cell(void **state) {
  (void)state;
  FgBuf buf;
  fg_buf_init(&buf);
  assert_true(fg_lexical_append_cell(
      &buf, "a\tb\nc\rd\ve\ff\x1c" "g\x1fh\x1bi\x7fj\xC2\x85k\xC2\x9bl"
            "\xE2\x80\xA8m\xE2\x80\xA9n\xC2\xA0o\xff\xfe"));
  assert_string_equal(fg_buf_cstr(&buf), "a b c d e f g h i j k l m n\xC2\xA0o"
                                         "\xEF\xBF\xBD\xEF\xBF\xBD");
  fg_buf_free(&buf);
}

/* A document id in the TSV: percent-encoded where it would split a list
 * or a span, or not be UTF-8; distinct ids stay distinct. */
static void test_lexical_tsv_id(void **state) {
  (void)state;
  FgBuf buf;
  fg_buf_init(&buf);
  assert_true(fg_lexical_append_id(&buf, "my article,v2 100%.txt:7"));
  assert_string_equal(fg_buf_cstr(&buf), "my%20article%2Cv2%20100%25.txt:7");
  fg_buf_clear(&buf);
  assert_true(fg_lexical_append_id(
      &buf, "\xff\xfe\t\x1b\xC2\x85\xC2\xA0\xE2\x80\xA8\xE3\x80\x80\xC3\xA9"));
  assert_string_equal(fg_buf_cstr(&buf),
                      "%FF%FE%09%1B%C2%85%C2%A0%E2%80%A8%E3%80%80\xC3\xA9");
  fg_buf_clear(&buf);
  assert_true(fg_lexical_append_id(&buf, "a%2Cb"));
  assert_string_equal(fg_buf_cstr(&buf), "a%252Cb");
  fg_buf_clear(&buf);
  assert_true(fg_lexical_append_qualifier(&buf, "X;negated=true 5%\x1b,"));
  assert_string_equal(fg_buf_cstr(&buf), "X%3Bnegated%3Dtrue 5%25 ,");
  fg_buf_free(&buf);
}

/* Text for a terminal: nothing a terminal acts on, backslash doubled. */
static void test_lexical_printable(void **state) {
  (void)state;
  FgBuf buf;
  fg_buf_init(&buf);
  assert_true(fg_lexical_append_printable(
      &buf, "\x1b]0;x\x07\x1b[2J\\ \xff\xC2\x9b\xE2\x80\xAE\xE2\x80\xA8\xC3\xA9\n\x7f"));
  assert_string_equal(fg_buf_cstr(&buf),
                      "\\x1b]0;x\\x07\\x1b[2J\\\\ \\xff\\u009b\\u202e\\u2028"
                      "\xC3\xA9\\x0a\\x7f");
  fg_buf_free(&buf);
  char *safe = fg_diag_printable("id \x1b[2J");
  assert_string_equal(safe, "id \\x1b[2J");
  free(safe);
}

static void test_lexical_segments_and_slugs(void **state) {
  (void)state;
  FgBuf buf;
  fg_buf_init(&buf);
  assert_true(fg_lexical_append_segment(&buf, "a b#%\xc3\xa9.txt"));
  assert_string_equal(fg_buf_cstr(&buf), "a%20b%23%25%C3%A9.txt");
  fg_buf_clear(&buf);
  assert_true(fg_lexical_append_segment(&buf, "u.s."));
  assert_string_equal(fg_buf_cstr(&buf), "u.s%2E");
  fg_buf_clear(&buf);
  assert_true(fg_lexical_append_slug(&buf, " 3.5 Million -- People! "));
  assert_string_equal(fg_buf_cstr(&buf), "3-5-million-people");
  fg_buf_clear(&buf);
  assert_true(fg_lexical_append_slug(&buf, "?!"));
  assert_string_equal(fg_buf_cstr(&buf), "value");
  fg_buf_clear(&buf);
  assert_true(fg_lexical_append_clean(&buf, "a\x01"
                                            "b\tc\xff"));
  assert_string_equal(fg_buf_cstr(&buf), "a b\tc\xEF\xBF\xBD");
  fg_buf_clear(&buf);
  assert_true(fg_lexical_append_clean(&buf, "x\xEF\xBF\xBFy"));
  assert_string_equal(fg_buf_cstr(&buf), "x\xEF\xBF\xBDy");
  fg_buf_free(&buf);
}

/* Two literals with one slug still get two value nodes. */
static void test_value_nodes_distinct(void **state) {
  (void)state;
  FgGraph *g = fg_graph_new();
  uint32_t d = add_doc(g, "a", NULL);
  uint32_t p = fg_graph_add_entity(g, "p", "P", "Person", NULL);
  FgFactInput upper = claim(p, "citizenOf", FG_NONE);
  upper.literal = "Syria";
  FgFactInput lower = upper;
  lower.literal = "syria";
  add(g, &upper, d, 0, 5, 0.5);
  add(g, &lower, d, 0, 5, 0.5);
  assert_int_equal(fg_graph_finish(g), FG_OK);
  char *nt = write_ok(g, FG_FORMAT_NTRIPLES, NULL);
  const char *type = "> <" RDF "type> <" FG "Value> .\n";
  assert_int_equal(count_occurrences(nt, type), 2);
  assert_non_null(strstr(nt, "<" BASE "value/syria>"));
  free(nt);
  fg_graph_free(g);
}

/* ---- TSV --------------------------------------------------------------- */

static void test_tsv_exact(void **state) {
  char *text = write_ok(*state, FG_FORMAT_TSV, NULL);
  const char *expected =
      "subject\tsubject_type\tpredicate\tobject\tobject_type\tqualifiers\t"
      "confidence\tdocuments\tevidence\n"
      "Ahmed al-Sharaa\tPerson\tholdsPosition\tPresident of Syria\tliteral\t"
      "role=President;status=former;modality=hedged\t0.80\ta.txt\t"
      "a.txt:100-140\n"
      "Ahmed al-Sharaa\tPerson\tleaderOf\tHay'at \"HTS\"\tArmedGroup\t"
      "time=2017;attributedTo=Reuters\t0.85\ta.txt,b%20doc.txt\t"
      "a.txt:10-50 b%20doc.txt:5-20\n"
      "Reuters\tMediaOrganization\tbasedIn\t"
      "tab here \"quote\" back\\slash newline\tliteral\t\t0.50\tb%20doc.txt\t"
      "b%20doc.txt:30-40\n"
      "United States\tCountry\tsanctioned\tHay'at \"HTS\"\tArmedGroup\t"
      "negated=true;attributedTo=officials\t0.60\ta.txt\ta.txt:60-90\n";
  assert_string_equal(text, expected);
  free(text);
}

static void test_write_error_reported(void **state) {
  char small[16];
  FILE *out = fmemopen(small, sizeof small, "w");
  assert_non_null(out);
  setvbuf(out, NULL, _IONBF, 0);
  assert_int_equal(fg_write_tsv(*state, out), FG_ERR_IO);
  fclose(out);
  out = fmemopen(small, sizeof small, "w");
  assert_non_null(out);
  assert_int_equal(
      fg_write_rdf(*state, NULL, FG_FORMAT_NTRIPLES, NULL, out, NULL, NULL),
      FG_ERR_IO);
  fclose(out);
}

/* ---- RDF --------------------------------------------------------------- */

/* The IRI in "<IRI> <rdf:type> <fg:cls> ." lines; one expected. */
static char *subject_of_type(const char *text, const char *cls) {
  char tail[128];
  snprintf(tail, sizeof tail, "> <" RDF "type> <" FG "%s> .\n", cls);
  const char *end = strstr(text, tail);
  assert_non_null(end);
  const char *start = end;
  while (start > text && start[-1] != '<')
    start--;
  char *iri = strndup(start, (size_t)(end - start));
  assert_non_null(iri);
  return iri;
}

static void expect_line(const char *text, const char *s, const char *p,
                        const char *o) {
  char line[512];
  snprintf(line, sizeof line, "<%s> <%s> %s .", s, p, o);
  if (!has_line(text, line))
    fail_msg("missing line: %s", line);
}

static void test_ntriples_exact_tiny(void **state) {
  (void)state;
  FgGraph *g = fg_graph_new();
  FgDocument meta = {.id = "a.txt", .date = "2025-11-12", .length = 12};
  uint32_t d = fg_graph_add_document(g, &meta);
  uint32_t a = fg_graph_add_entity(g, "ahmed", "Ahmed", "Person", "Q1");
  uint32_t h = fg_graph_add_entity(g, "hts", "HTS", "ArmedGroup", NULL);
  FgFactInput c = claim(a, "leaderOf", h);
  FgEvidence ev = {d, 0, 10, "Sentence.", "r1", 0.75};
  assert_int_equal(fg_graph_add_fact(g, &c, &ev), FG_OK);
  assert_int_equal(fg_graph_finish(g), FG_OK);
  FgWriteOptions opt = fg_write_options_default();
  opt.base_iri = "http://kg.test/kg"; /* a '/' is added */
  char *nt = write_ok(g, FG_FORMAT_NTRIPLES, &opt);

  const char *doc = "http://kg.test/kg/doc/a.txt";
  const char *ahmed = "http://kg.test/kg/entity/ahmed";
  const char *hts = "<http://kg.test/kg/entity/hts>";
  expect_line(nt, doc, RDF "type", "<http://schema.org/NewsArticle>");
  expect_line(nt, doc, "http://schema.org/identifier", "\"a.txt\"");
  expect_line(nt, doc, "http://schema.org/datePublished",
              "\"2025-11-12\"^^<" XSD "date>");
  expect_line(nt, doc, FG "textLength", "\"12\"^^<" XSD "nonNegativeInteger>");
  expect_line(nt, ahmed, RDF "type", "<" FG "Person>");
  expect_line(nt, ahmed, "http://www.w3.org/2000/01/rdf-schema#label",
              "\"Ahmed\"");
  expect_line(nt, ahmed, "http://www.w3.org/2004/02/skos/core#prefLabel",
              "\"Ahmed\"");
  expect_line(nt, ahmed, "http://www.w3.org/2002/07/owl#sameAs",
              "<http://www.wikidata.org/entity/Q1>");
  expect_line(nt, ahmed, FG "leaderOf", hts);

  char *st = subject_of_type(nt, "Statement");
  char *evi = subject_of_type(nt, "Evidence");
  assert_int_equal(strlen(st), strlen("http://kg.test/kg/fact/") + 16);
  assert_int_equal(strlen(evi), strlen("http://kg.test/kg/evidence/") + 16);
  char object[256];
  expect_line(nt, st, RDF "subject", "<http://kg.test/kg/entity/ahmed>");
  expect_line(nt, st, RDF "predicate", "<" FG "leaderOf>");
  expect_line(nt, st, RDF "object", hts);
  expect_line(nt, st, FG "confidence", "\"0.75\"^^<" XSD "decimal>");
  expect_line(nt, st, FG "sourceCount", "\"1\"^^<" XSD "integer>");
  expect_line(nt, st, "http://www.w3.org/ns/prov#wasDerivedFrom",
              "<http://kg.test/kg/doc/a.txt>");
  snprintf(object, sizeof object, "<%s>", evi);
  expect_line(nt, st, FG "evidence", object);
  expect_line(nt, evi, "http://www.w3.org/ns/oa#hasSource",
              "<http://kg.test/kg/doc/a.txt>");
  expect_line(nt, evi, "http://www.w3.org/ns/oa#start",
              "\"0\"^^<" XSD "nonNegativeInteger>");
  expect_line(nt, evi, "http://www.w3.org/ns/oa#end",
              "\"10\"^^<" XSD "nonNegativeInteger>");
  expect_line(nt, evi, "http://www.w3.org/ns/oa#exact", "\"Sentence.\"");
  expect_line(nt, evi, FG "rule", "\"r1\"");
  expect_line(nt, evi, FG "confidence", "\"0.75\"^^<" XSD "decimal>");
  /* 4 document + 4 + 3 entity + 1 plain + 8 statement + 7 evidence */
  assert_int_equal(count_lines(nt), 27);
  free(st);
  free(evi);
  free(nt);
  fg_graph_free(g);
}

static void test_negated_never_asserted(void **state) {
  const FgFormat formats[] = {FG_FORMAT_NTRIPLES, FG_FORMAT_TURTLE};
  for (size_t i = 0; i < 2; i++) {
    char *text = write_ok(*state, formats[i], NULL);
    ParseResult r = {.forbidden_predicate = FG "sanctioned"};
    parse("turtle", text, &r);
    assert_int_equal(r.errors, 0);
    assert_int_equal(r.forbidden_hits, 0);
    free(text);
  }
  char *nq = write_ok(*state, FG_FORMAT_NQUADS, NULL);
  assert_null(strstr(nq, "> <" FG "sanctioned> <"));
  free(nq);
  char *nt = write_ok(*state, FG_FORMAT_NTRIPLES, NULL);
  assert_non_null(strstr(nt, "> <" RDF "predicate> <" FG "sanctioned> .\n"));
  assert_non_null(
      strstr(nt, "> <" FG "negated> \"true\"^^<" XSD "boolean> .\n"));
  free(nt);
}

/* Facts that differ only in qualifiers assert their triple once (once per
 * document graph in N-Quads). */
static void test_plain_triple_written_once(void **state) {
  (void)state;
  FgGraph *g = fg_graph_new();
  uint32_t a = add_doc(g, "a", NULL), b = add_doc(g, "b", NULL);
  uint32_t s = fg_graph_add_entity(g, "s", "S", "Country", NULL);
  uint32_t o = fg_graph_add_entity(g, "o", "O", "Country", NULL);
  FgFactInput now = claim(s, "sanctioned", o);
  FgFactInput before = now;
  before.former = true;
  add(g, &now, a, 0, 5, 0.5);
  add(g, &before, a, 10, 15, 0.5);
  add(g, &before, b, 0, 5, 0.5);
  assert_int_equal(fg_graph_finish(g), FG_OK);
  const char *plain =
      "<" BASE "entity/s> <" FG "sanctioned> <" BASE "entity/o> ";
  char *nt = write_ok(g, FG_FORMAT_NTRIPLES, NULL);
  assert_int_equal(count_occurrences(nt, plain), 1);
  char *nq = write_ok(g, FG_FORMAT_NQUADS, NULL);
  assert_int_equal(count_occurrences(nq, plain), 2);
  free(nt);
  free(nq);
  fg_graph_free(g);
}

static void test_tricky_literal_round_trips(void **state) {
  const FgFormat formats[] = {FG_FORMAT_NTRIPLES, FG_FORMAT_TURTLE};
  for (size_t i = 0; i < 2; i++) {
    char *text = write_ok(*state, formats[i], NULL);
    ParseResult r = {.want_literal = tricky};
    parse("turtle", text, &r);
    assert_int_equal(r.errors, 0);
    assert_int_equal(r.literal_hits, 1); /* the value node's rdfs:label */
    free(text);
  }
}

static void test_control_characters_removed(void **state) {
  (void)state;
  FgGraph *g = fg_graph_new();
  FgDocument doc = {.id = "a.txt", .headline = "bell\a and \x1b escape"};
  fg_graph_add_document(g, &doc);
  assert_int_equal(fg_graph_finish(g), FG_OK);
  char *nt = write_ok(g, FG_FORMAT_NTRIPLES, NULL);
  expect_line(nt, BASE "doc/a.txt", "http://schema.org/headline",
              "\"bell  and   escape\"");
  free(nt);
  fg_graph_free(g);
}

/* Statements that need no escaping are written by factgraph itself,
 * the others by raptor, into the same stream: each as raptor writes it,
 * and in the order emitted. */
static void test_plain_and_escaped_lines_in_order(void **state) {
  (void)state;
  FgGraph *g = fg_graph_new();
  FgDocument doc = {.id = "a.txt",
                    .headline = "say \"hi\" \\ <b>",
                    .author = "Plain Author",
                    .publisher = "Caf\xC3\xA9 Press"};
  fg_graph_add_document(g, &doc);
  assert_int_equal(fg_graph_finish(g), FG_OK);
  char *nt = write_ok(g, FG_FORMAT_NTRIPLES, NULL);
  const char *lines[] = {
      "<" BASE "doc/a.txt> <http://schema.org/headline> "
      "\"say \\\"hi\\\" \\\\ <b>\" .\n",
      "<" BASE "doc/a.txt> <http://schema.org/author> \"Plain Author\" .\n",
      "<" BASE "doc/a.txt> <http://schema.org/publisher> "
      "\"Caf\\u00E9 Press\" .\n"};
  const char *from = nt;
  for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
    const char *at = strstr(from, lines[i]);
    if (!at)
      fail_msg("missing or out of order: %s\n%s", lines[i], nt);
    from = at + strlen(lines[i]);
  }
  free(nt);
  fg_graph_free(g);
}

static void test_document_ids_make_valid_iris(void **state) {
  char *nt = write_ok(*state, FG_FORMAT_NTRIPLES, NULL);
  assert_non_null(strstr(nt, "<" BASE "doc/b%20doc.txt>"));
  assert_iris_clean(nt);
  ParseResult r = {0};
  parse("turtle", nt, &r);
  assert_int_equal(r.errors, 0);
  expect_line(nt, BASE "doc/b%20doc.txt", "http://schema.org/identifier",
              "\"b doc.txt\"");
  free(nt);
}

static void test_dates_typed_by_shape(void **state) {
  (void)state;
  FgGraph *g = fg_graph_new();
  add_doc(g, "1", "2025-11");
  add_doc(g, "2", "2025");
  add_doc(g, "3", "--11-11");
  add_doc(g, "4", "2025-02-30");
  add_doc(g, "5", "last week");
  assert_int_equal(fg_graph_finish(g), FG_OK);
  char *nt = write_ok(g, FG_FORMAT_NTRIPLES, NULL);
  const char *p = "http://schema.org/datePublished";
  expect_line(nt, BASE "doc/1", p, "\"2025-11\"^^<" XSD "gYearMonth>");
  expect_line(nt, BASE "doc/2", p, "\"2025\"^^<" XSD "gYear>");
  expect_line(nt, BASE "doc/3", p, "\"--11-11\"^^<" XSD "gMonthDay>");
  expect_line(nt, BASE "doc/4", p, "\"2025-02-30\"");
  expect_line(nt, BASE "doc/5", p, "\"last week\"");
  free(nt);
  fg_graph_free(g);
}

/* Plain triples and evidence live in the stating document's graph. */
static void test_nquads_named_graphs(void **state) {
  char *nq = write_ok(*state, FG_FORMAT_NQUADS, NULL);
  const char *plain =
      "<" BASE "entity/ahmed-al-sharaa> <" FG "leaderOf> <" BASE "entity/hts>";
  char line[512];
  snprintf(line, sizeof line, "%s <" BASE "doc/a.txt> .", plain);
  assert_true(has_line(nq, line));
  snprintf(line, sizeof line, "%s <" BASE "doc/b%%20doc.txt> .", plain);
  assert_true(has_line(nq, line));
  snprintf(line, sizeof line, "%s .", plain);
  assert_false(has_line(nq, line));
  /* entities stay in the default graph */
  assert_true(
      has_line(nq, "<" BASE "entity/hts> <" RDF "type> <" FG "ArmedGroup> ."));
  /* the tricky literal is escaped as in N-Triples */
  assert_non_null(strstr(nq, "\"tab\\there \\\"quote\\\" back\\\\slash"
                             "\\nnewline\" .\n"));
  free(nq);
}

/* Turtle and N-Triples carry the same triples. */
static void test_turtle_matches_ntriples(void **state) {
  char *ttl = write_ok(*state, FG_FORMAT_TURTLE, NULL);
  char *nt = write_ok(*state, FG_FORMAT_NTRIPLES, NULL);
  ParseResult from_ttl = {0}, from_nt = {0};
  parse("turtle", ttl, &from_ttl);
  parse("turtle", nt, &from_nt);
  assert_int_equal(from_ttl.errors, 0);
  assert_int_equal(from_ttl.triples, from_nt.triples);
  assert_int_equal(from_nt.triples, count_lines(nt));
  assert_non_null(strstr(ttl, "@prefix fg: <" FG "> ."));
  assert_non_null(strstr(ttl, "@prefix ent: <" BASE "entity/> ."));
  free(ttl);
  free(nt);
}

static void test_bad_base_iri(void **state) {
  FgWriteOptions opt = fg_write_options_default();
  opt.base_iri = "not an iri";
  DiagLog log = {0, FG_OK};
  FgStatus status = FG_OK;
  char *text = write_format(*state, FG_FORMAT_NTRIPLES, &opt, &log, &status);
  assert_int_equal(status, FG_ERR_USAGE);
  assert_int_equal(log.calls, 1);
  free(text);
}

/* ---- DOT --------------------------------------------------------------- */

static void test_dot_legend_and_escaping(void **state) {
  char *dot = write_ok(*state, FG_FORMAT_DOT, NULL);
  assert_non_null(strstr(dot, "digraph factgraph {\n"));
  assert_non_null(strstr(dot, "rankdir=LR"));
  assert_non_null(strstr(dot, "subgraph cluster_legend {"));
  assert_non_null(strstr(dot, "[label=\"Person\", shape=ellipse"));
  assert_non_null(strstr(dot, "[label=\"Organization\", shape=box"));
  assert_non_null(strstr(dot, "[label=\"Value\", shape=note"));
  assert_non_null(strstr(dot, "label=\"Hay'at \\\"HTS\\\"\""));
  assert_non_null(
      strstr(dot, "label=\"tab here \\\"quote\\\" back\\\\slash\\nnewline\""));
  /* the negated fact draws no edge, and United States has no other */
  assert_null(strstr(dot, "sanctioned"));
  assert_null(strstr(dot, "United States"));
  assert_non_null(strstr(dot, "label=\"leaderOf\\n2017\", penwidth=1.75]"));
  assert_non_null(strstr(dot, "holdsPosition (President)"));
  assert_non_null(strstr(dot, "style=dashed"));
  free(dot);
}

/* Graphviz reads HTML entities in labels and copies them into SVG: an
 * '&' must reach it as "&amp;", and a noncharacter not at all. */
static void test_dot_escapes_ampersand(void **state) {
  (void)state;
  FgGraph *g = fg_graph_new();
  uint32_t d = add_doc(g, "a", NULL);
  uint32_t a =
      fg_graph_add_entity(g, "a", "AT&amp;T &#1; &#xD800;", "Organization", NULL);
  uint32_t b = fg_graph_add_entity(g, "b", "B\xEF\xBF\xBE\x1B", "Event", NULL);
  FgFactInput c = claim(a, "attacked", b);
  add(g, &c, d, 0, 1, 0.5);
  assert_int_equal(fg_graph_finish(g), FG_OK);
  char *dot = write_ok(g, FG_FORMAT_DOT, NULL);
  assert_non_null(
      strstr(dot, "label=\"AT&amp;amp;T &amp;#1; &amp;#xD800;\""));
  assert_non_null(strstr(dot, "label=\"B\xEF\xBF\xBD \""));
  free(dot);
  fg_graph_free(g);
}

static void test_dot_long_label_truncated(void **state) {
  (void)state;
  FgGraph *g = fg_graph_new();
  char label[200];
  memset(label, 'x', sizeof label - 1);
  label[sizeof label - 1] = '\0';
  uint32_t d = add_doc(g, "a", NULL);
  uint32_t a = fg_graph_add_entity(g, "a", label, "Person", NULL);
  uint32_t b = fg_graph_add_entity(g, "b", "B", "Event", NULL);
  FgFactInput c = claim(a, "attacked", b);
  add(g, &c, d, 0, 1, 0.5);
  assert_int_equal(fg_graph_finish(g), FG_OK);
  char *dot = write_ok(g, FG_FORMAT_DOT, NULL);
  char expected[128];
  snprintf(expected, sizeof expected, "label=\"%.60s\xE2\x80\xA6\"", label);
  assert_non_null(strstr(dot, expected));
  assert_non_null(strstr(dot, "shape=diamond"));
  free(dot);
  fg_graph_free(g);
}

static void test_dot_unknown_focus(void **state) {
  FgWriteOptions opt = fg_write_options_default();
  opt.focus = "nobody at all";
  DiagLog log = {0, FG_OK};
  FgStatus status = FG_OK;
  char *text = write_format(*state, FG_FORMAT_DOT, &opt, &log, &status);
  assert_int_equal(status, FG_ERR_USAGE);
  assert_int_equal(log.calls, 1);
  assert_int_equal(log.last, FG_ERR_USAGE);
  free(text);
}

static void test_dot_focus_and_filters(void **state) {
  FgWriteOptions opt = fg_write_options_default();
  opt.focus = "AL-JOLANI"; /* an alt label, any case */
  char *dot = write_ok(*state, FG_FORMAT_DOT, &opt);
  assert_non_null(strstr(dot, "leaderOf"));
  assert_null(strstr(dot, "basedIn")); /* Reuters is not linked to him */
  free(dot);

  opt = fg_write_options_default();
  opt.min_sources = 2;
  dot = write_ok(*state, FG_FORMAT_DOT, &opt);
  assert_non_null(strstr(dot, "leaderOf"));
  assert_null(strstr(dot, "holdsPosition"));
  free(dot);

  opt = fg_write_options_default();
  opt.max_nodes = 2;
  dot = write_ok(*state, FG_FORMAT_DOT, &opt);
  assert_non_null(strstr(dot, "more nodes not shown"));
  free(dot);
}

/* Former facts dashed, hedged ones dotted, both said in the label too; the
 * legend shows the line styles in use; --cluster boxes nodes by type. */
static void test_dot_edge_styles_and_clusters(void **state) {
  char *dot = write_ok(*state, FG_FORMAT_DOT, NULL);
  assert_non_null(strstr(dot, "holdsPosition (President) [former, hedged]"));
  assert_non_null(strstr(dot, "style=dashed, color=\"#999999\"];\n"));
  assert_non_null(strstr(dot, "[label=\"former\", style=dashed"));
  assert_non_null(strstr(dot, "[label=\"stated\"];\n"));
  assert_null(strstr(dot, "hedged or planned")); /* no fact is only hedged */
  assert_null(strstr(dot, "cluster_type_"));
  free(dot);

  FgWriteOptions opt = fg_write_options_default();
  opt.cluster_by_type = true;
  dot = write_ok(*state, FG_FORMAT_DOT, &opt);
  const char *person = strstr(dot, "  subgraph cluster_type_0 {\n"
                                   "    label=\"Person\";");
  assert_non_null(person);
  assert_non_null(strstr(person, "    n0 [label=\"Ahmed al-Sharaa\""));
  assert_non_null(strstr(dot, "label=\"Organization\"; style=dashed"));
  free(dot);
}

/* max_edges keeps the best attested facts: two sources beat one. */
static void test_dot_edge_limit(void **state) {
  FgWriteOptions opt = fg_write_options_default();
  opt.max_edges = 1;
  char *dot = write_ok(*state, FG_FORMAT_DOT, &opt);
  assert_non_null(strstr(dot, "leaderOf"));
  assert_null(strstr(dot, "holdsPosition"));
  assert_null(strstr(dot, "basedIn"));
  assert_non_null(strstr(dot, "3 more nodes not shown, 2 more facts not shown"));
  free(dot);
}

/* ---- with the real ontology, when the environment names one ------------ */

static FgOntology *load_ontology(void) {
  const char *env = getenv("FACTGRAPH_ONTOLOGY");
  struct stat info;
  if (!env || stat(env, &info) != 0)
    return NULL;
  char path[4096];
  snprintf(path, sizeof path, "%s%s", env,
           S_ISDIR(info.st_mode) ? "/factgraph.ttl" : "");
  FgOntology *onto = NULL;
  if (stat(path, &info) != 0 ||
      fg_ontology_load(path, NULL, NULL, &onto) != FG_OK)
    return NULL;
  return onto;
}

static void test_with_ontology(void **state) {
  FgOntology *onto = load_ontology();
  if (!onto)
    skip();
  FILE *out = tmpfile();
  assert_non_null(out);
  assert_int_equal(fg_write_dot(*state, onto, NULL, out, NULL, NULL), FG_OK);
  assert_int_equal(
      fg_write_rdf(*state, onto, FG_FORMAT_TURTLE, NULL, out, NULL, NULL),
      FG_OK);
  char *text = read_back(out);
  fclose(out);
  /* ArmedGroup is drawn as an Organization via rdfs:subClassOf */
  assert_non_null(strstr(text, "label=\"Hay'at \\\"HTS\\\"\", shape=box"));
  free(text);
  fg_ontology_free(onto);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_format_table),
      cmocka_unit_test(test_lexical_checks),
      cmocka_unit_test(test_lexical_tsv_cell),
      cmocka_unit_test(test_lexical_tsv_id),
      cmocka_unit_test(test_lexical_printable),
      cmocka_unit_test(test_lexical_segments_and_slugs),
      cmocka_unit_test(test_value_nodes_distinct),
      cmocka_unit_test(test_tsv_exact),
      cmocka_unit_test(test_write_error_reported),
      cmocka_unit_test(test_ntriples_exact_tiny),
      cmocka_unit_test(test_negated_never_asserted),
      cmocka_unit_test(test_plain_triple_written_once),
      cmocka_unit_test(test_tricky_literal_round_trips),
      cmocka_unit_test(test_control_characters_removed),
      cmocka_unit_test(test_plain_and_escaped_lines_in_order),
      cmocka_unit_test(test_document_ids_make_valid_iris),
      cmocka_unit_test(test_dates_typed_by_shape),
      cmocka_unit_test(test_nquads_named_graphs),
      cmocka_unit_test(test_turtle_matches_ntriples),
      cmocka_unit_test(test_bad_base_iri),
      cmocka_unit_test(test_dot_legend_and_escaping),
      cmocka_unit_test(test_dot_escapes_ampersand),
      cmocka_unit_test(test_dot_long_label_truncated),
      cmocka_unit_test(test_dot_unknown_focus),
      cmocka_unit_test(test_dot_focus_and_filters),
      cmocka_unit_test(test_dot_edge_styles_and_clusters),
      cmocka_unit_test(test_dot_edge_limit),
      cmocka_unit_test(test_with_ontology),
  };
  return cmocka_run_group_tests_name("writers", tests, setup_small,
                                     teardown_graph);
}
