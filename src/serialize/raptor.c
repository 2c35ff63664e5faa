/* SPDX-License-Identifier: MIT */
/* RDF output through raptor2: the only file that talks to its serializers.
 *
 * Model (see fg_write_rdf): documents, entities and value nodes; every
 * non-negated fact as a plain triple; every fact as an fg:Statement with
 * its qualifiers and provenance; every supporting sentence as an
 * fg:Evidence. N-Quads puts each document's plain triples and evidence in
 * the named graph of that document, everything else in the default graph. */
#include <inttypes.h>
#include <math.h>
#include <raptor2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "serialize/formats.h"
#include "serialize/lexical.h"
#include "serialize/writers.h"
#include "util/buf.h"
#include "util/grow.h"
#include "util/intern.h"

/* ---- vocabulary -------------------------------------------------------- */

typedef enum {
  NS_FG,
  NS_RDF,
  NS_RDFS,
  NS_XSD,
  NS_OWL,
  NS_SKOS,
  NS_PROV,
  NS_SCHEMA,
  NS_OA,
  NS_WD,
  NS_COUNT
} Namespace;

static const struct {
  const char *prefix;
  const char *iri;
} namespaces[NS_COUNT] = {
    [NS_FG] = {"fg", FG_NS},
    [NS_RDF] = {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
    [NS_RDFS] = {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
    [NS_XSD] = {"xsd", "http://www.w3.org/2001/XMLSchema#"},
    [NS_OWL] = {"owl", "http://www.w3.org/2002/07/owl#"},
    [NS_SKOS] = {"skos", "http://www.w3.org/2004/02/skos/core#"},
    [NS_PROV] = {"prov", "http://www.w3.org/ns/prov#"},
    [NS_SCHEMA] = {"schema", "http://schema.org/"},
    [NS_OA] = {"oa", "http://www.w3.org/ns/oa#"},
    [NS_WD] = {"wd", "http://www.wikidata.org/entity/"},
};

/* Namespaces under the base IRI, declared when the base is known. */
static const struct {
  const char *prefix;
  const char *dir;
} base_namespaces[] = {{"ent", "entity/"}, {"doc", "doc/"}, {"fact", "fact/"}};

typedef enum {
  V_TYPE,
  V_LABEL,
  V_PREF_LABEL,
  V_ALT_LABEL,
  V_SAME_AS,
  V_NEWS_ARTICLE,
  V_IDENTIFIER,
  V_HEADLINE,
  V_DATE_PUBLISHED,
  V_AUTHOR,
  V_PUBLISHER,
  V_DATELINE_PLACE,
  V_URL,
  V_PRIMARY_SOURCE,
  V_TEXT_LENGTH,
  V_VALUE,
  V_STATEMENT,
  V_SUBJECT,
  V_PREDICATE,
  V_OBJECT,
  V_ROLE,
  V_STATUS,
  V_TIME,
  V_MODALITY,
  V_NEGATED,
  V_ATTRIBUTED_TO,
  V_ATTRIBUTED_LABEL,
  V_CONFIDENCE,
  V_SOURCE_COUNT,
  V_OMITTED_COUNT,
  V_DERIVED_FROM,
  V_EVIDENCE,
  V_EVIDENCE_CLASS,
  V_HAS_SOURCE,
  V_START,
  V_END,
  V_EXACT,
  V_RULE,
  V_COUNT
} Vocab;

static const struct {
  Namespace ns;
  const char *local;
} vocab[V_COUNT] = {
    [V_TYPE] = {NS_RDF, "type"},
    [V_LABEL] = {NS_RDFS, "label"},
    [V_PREF_LABEL] = {NS_SKOS, "prefLabel"},
    [V_ALT_LABEL] = {NS_SKOS, "altLabel"},
    [V_SAME_AS] = {NS_OWL, "sameAs"},
    [V_NEWS_ARTICLE] = {NS_SCHEMA, "NewsArticle"},
    [V_IDENTIFIER] = {NS_SCHEMA, "identifier"},
    [V_HEADLINE] = {NS_SCHEMA, "headline"},
    [V_DATE_PUBLISHED] = {NS_SCHEMA, "datePublished"},
    [V_AUTHOR] = {NS_SCHEMA, "author"},
    [V_PUBLISHER] = {NS_SCHEMA, "publisher"},
    [V_DATELINE_PLACE] = {NS_FG, "datelinePlace"},
    [V_URL] = {NS_SCHEMA, "url"},
    [V_PRIMARY_SOURCE] = {NS_PROV, "hadPrimarySource"},
    [V_TEXT_LENGTH] = {NS_FG, "textLength"},
    [V_VALUE] = {NS_FG, "Value"},
    [V_STATEMENT] = {NS_FG, "Statement"},
    [V_SUBJECT] = {NS_RDF, "subject"},
    [V_PREDICATE] = {NS_RDF, "predicate"},
    [V_OBJECT] = {NS_RDF, "object"},
    [V_ROLE] = {NS_FG, "role"},
    [V_STATUS] = {NS_FG, "status"},
    [V_TIME] = {NS_FG, "time"},
    [V_MODALITY] = {NS_FG, "modality"},
    [V_NEGATED] = {NS_FG, "negated"},
    [V_ATTRIBUTED_TO] = {NS_FG, "attributedTo"},
    [V_ATTRIBUTED_LABEL] = {NS_FG, "attributedToLabel"},
    [V_CONFIDENCE] = {NS_FG, "confidence"},
    [V_SOURCE_COUNT] = {NS_FG, "sourceCount"},
    [V_OMITTED_COUNT] = {NS_FG, "omittedEvidenceCount"},
    [V_DERIVED_FROM] = {NS_PROV, "wasDerivedFrom"},
    [V_EVIDENCE] = {NS_FG, "evidence"},
    [V_EVIDENCE_CLASS] = {NS_FG, "Evidence"},
    [V_HAS_SOURCE] = {NS_OA, "hasSource"},
    [V_START] = {NS_OA, "start"},
    [V_END] = {NS_OA, "end"},
    [V_EXACT] = {NS_OA, "exact"},
    [V_RULE] = {NS_FG, "rule"},
};

static const char *const modality_names[] = {
    [FG_MODALITY_ASSERTED] = NULL,
    [FG_MODALITY_HEDGED] = "hedged",
    [FG_MODALITY_FUTURE] = "future",
};

/* ---- writer state ------------------------------------------------------ */

/* Terms built once per distinct key (a local name or a literal). */
typedef struct {
  FgIntern *keys;
  raptor_term **terms; /* by key id */
  size_t count, cap;   /* count: terms stored (keys may hold one more) */
} TermCache;

/* raptor writes N-Triples a byte at a time; through a FILE that is one
 * locked fputc per byte, about a third of the writer's time. Bytes are
 * gathered here and handed to stdio 64 KiB at a time instead. */
typedef struct {
  FILE *out;
  bool failed;
  size_t len;
  unsigned char data[64 * 1024];
} Sink;

typedef struct {
  const FgGraph *graph;
  const FgOntology *onto;
  FgDiagFunc diag;
  void *handle;
  FgStatus status; /* sticky: the first failure stops all output */
  bool quads;
  bool lines; /* N-Triples or N-Quads: plain statements written directly */
  raptor_world *world;
  raptor_serializer *serializer;
  raptor_iostream *stream;
  Sink *sink;
  FgBuf base;    /* ends in '/' or '#' */
  FgBuf scratch; /* the IRI or literal being built */
  FgBuf line;    /* a statement written directly (write_line) */
  raptor_term *vocab[V_COUNT];
  raptor_uri *datatypes[FG_XSD_COUNT];
  raptor_term **entities;  /* by entity index */
  raptor_term **documents; /* by document index */
  TermCache classes, predicates, values;
  FgIntern *value_slugs; /* minted value local names, to avoid clashes */
  const FgFactInput *last_plain; /* the last plain triple's fact */
  uint32_t plain_count;          /* distinct plain triples so far */
  uint32_t *plain_in_doc; /* per document: plain_count when last written */
  FgEvidenceList evidence; /* the current fact's */
} RdfWriter;

static bool ok(const RdfWriter *w) { return w->status == FG_OK; }

static void fail(RdfWriter *w, FgStatus status) {
  if (w->status == FG_OK)
    w->status = status;
}

static void report(RdfWriter *w, FgSeverity severity, FgStatus status,
                   const char *message) {
  if (!w->diag)
    return;
  FgDiag diag = {status, severity, NULL, 0, 0, message};
  w->diag(w->handle, &diag);
}

/* Reports "what: detail" at warning level. */
static void warn(RdfWriter *w, const char *what, const char *detail) {
  char message[256];
  snprintf(message, sizeof message, "%s: %.200s", what, detail);
  report(w, FG_SEV_WARNING, FG_OK, message);
}

static void log_raptor(void *data, raptor_log_message *message) {
  RdfWriter *w = data;
  bool error = message->level >= RAPTOR_LOG_LEVEL_ERROR;
  bool warning = message->level == RAPTOR_LOG_LEVEL_WARN;
  FgDiag diag = {
      .status = error ? FG_ERR_INTERNAL : FG_OK,
      .severity = error     ? FG_SEV_ERROR
                  : warning ? FG_SEV_WARNING
                            : FG_SEV_INFO,
      .source = "raptor",
      .line = message->locator && message->locator->line > 0
                  ? (unsigned long)message->locator->line
                  : 0,
      .message = message->text ? message->text : "(no message)",
  };
  if (error)
    fail(w, FG_ERR_INTERNAL);
  if (w->diag)
    w->diag(w->handle, &diag);
}

/* ---- output stream --------------------------------------------------- */

static void sink_flush(Sink *sink) {
  if (sink->len && !sink->failed &&
      fwrite(sink->data, 1, sink->len, sink->out) != sink->len)
    sink->failed = true;
  sink->len = 0;
}

static int sink_write_byte(void *context, const int byte) {
  Sink *sink = context;
  if (sink->len == sizeof sink->data)
    sink_flush(sink);
  sink->data[sink->len++] = (unsigned char)byte;
  return sink->failed;
}

static int sink_write_bytes(void *context, const void *ptr, size_t size,
                            size_t nmemb) {
  Sink *sink = context;
  size_t n = size * nmemb;
  if (n > sizeof sink->data - sink->len)
    sink_flush(sink);
  if (n > sizeof sink->data) {
    if (!sink->failed && fwrite(ptr, 1, n, sink->out) != n)
      sink->failed = true;
  } else {
    memcpy(sink->data + sink->len, ptr, n);
    sink->len += n;
  }
  return sink->failed ? 0 : (int)nmemb;
}

static int sink_write_end(void *context) {
  Sink *sink = context;
  sink_flush(sink);
  return sink->failed;
}

static const raptor_iostream_handler sink_handler = {
    .version = 2,
    .write_byte = sink_write_byte,
    .write_bytes = sink_write_bytes,
    .write_end = sink_write_end,
};

/* ---- IRIs -------------------------------------------------------------- */

/* <prefix><dir><segment> in scratch; NULL (and a failure) when out of
 * memory. */
static const char *mint(RdfWriter *w, const char *prefix, const char *dir,
                        const char *segment) {
  fg_buf_clear(&w->scratch);
  if (fg_buf_append_str(&w->scratch, prefix) &&
      fg_buf_append_str(&w->scratch, dir) &&
      fg_lexical_append_segment(&w->scratch, segment))
    return fg_buf_cstr(&w->scratch);
  fail(w, FG_ERR_NOMEM);
  return NULL;
}

static void free_term(raptor_term *term) {
  if (term)
    raptor_free_term(term);
}

static raptor_term *new_iri_term(RdfWriter *w, const char *iri) {
  if (!iri)
    return NULL;
  raptor_term *term =
      raptor_new_term_from_uri_string(w->world, (const unsigned char *)iri);
  if (!term)
    fail(w, FG_ERR_NOMEM);
  return term;
}

static raptor_term *mint_term(RdfWriter *w, const char *prefix, const char *dir,
                              const char *segment) {
  return ok(w) ? new_iri_term(w, mint(w, prefix, dir, segment)) : NULL;
}

static const char *base(RdfWriter *w) { return fg_buf_cstr(&w->base); }

/* ---- emitting ---------------------------------------------------------- */

/* The bytes raptor's N-Triples escaping leaves as they are, as bit masks
 * over ASCII (bytes 0-63, 64-127): printable ASCII without quote,
 * backslash or angle brackets, nor, in an IRI, a space or the other
 * characters IRIs may not hold. */
#define ASCII_BIT(c) ((uint64_t)1 << ((c) & 63))
static const uint64_t plain_literal_bytes[2] = {
    0xffffffff00000000u & ~(ASCII_BIT('"') | ASCII_BIT('<') | ASCII_BIT('>')),
    0x7fffffffffffffffu & ~ASCII_BIT('\\')};
static const uint64_t plain_iri_bytes[2] = {
    plain_literal_bytes[0] & ~ASCII_BIT(' '),
    plain_literal_bytes[1] & ~(ASCII_BIT('{') | ASCII_BIT('}') | ASCII_BIT('|') |
                               ASCII_BIT('^') | ASCII_BIT('`'))};
#undef ASCII_BIT

static bool plain_text(const unsigned char *s, size_t n,
                       const uint64_t plain[2]) {
  for (size_t i = 0; i < n; i++)
    if (s[i] > 127 || !(plain[s[i] >> 6] >> (s[i] & 63) & 1))
      return false;
  return true;
}

static bool append_plain_iri(FgBuf *line, raptor_uri *uri) {
  size_t n;
  const unsigned char *iri = raptor_uri_as_counted_string(uri, &n);
  return iri && plain_text(iri, n, plain_iri_bytes) && fg_buf_append_char(line, '<') &&
         fg_buf_append(line, (const char *)iri, n) &&
         fg_buf_append_char(line, '>');
}

/* Appends the term as raptor's N-Triples serializer writes it; false when
 * it is not plain (or memory ran out): raptor writes that statement. */
static bool append_plain_term(FgBuf *line, const raptor_term *term) {
  switch (term->type) {
  case RAPTOR_TERM_TYPE_URI:
    return append_plain_iri(line, term->value.uri);
  case RAPTOR_TERM_TYPE_LITERAL: {
    const raptor_term_literal_value *lit = &term->value.literal;
    if (lit->language ||
        !plain_text(lit->string, lit->string_len, plain_literal_bytes) ||
        !fg_buf_append_char(line, '"') ||
        !fg_buf_append(line, (const char *)lit->string, lit->string_len) ||
        !fg_buf_append_char(line, '"'))
      return false;
    return !lit->datatype || (fg_buf_append(line, "^^", 2) &&
                              append_plain_iri(line, lit->datatype));
  }
  default:
    return false;
  }
}

/* raptor writes N-Triples a byte at a time through its escaper, the
 * writer's largest cost: a statement whose terms need no escaping is
 * written to the sink whole, as raptor would write it. */
static bool write_line(RdfWriter *w, raptor_term *s, raptor_term *p,
                       raptor_term *o, raptor_term *graph) {
  FgBuf *line = &w->line;
  fg_buf_clear(line);
  if (!append_plain_term(line, s) || !fg_buf_append_char(line, ' ') ||
      !append_plain_term(line, p) || !fg_buf_append_char(line, ' ') ||
      !append_plain_term(line, o) ||
      (graph && (!fg_buf_append_char(line, ' ') ||
                 !append_plain_term(line, graph))) ||
      !fg_buf_append(line, " .\n", 3))
    return false;
  sink_write_bytes(w->sink, fg_buf_cstr(line), 1, line->len);
  return true;
}

/* Serializes one triple; graph is used only for N-Quads (NULL: default). */
static void emit(RdfWriter *w, raptor_term *s, raptor_term *p, raptor_term *o,
                 raptor_term *graph) {
  if (!ok(w) || !s || !p || !o)
    return;
  if (w->lines && write_line(w, s, p, o, w->quads ? graph : NULL))
    return;
  raptor_statement st;
  raptor_statement_init(&st, w->world);
  st.subject = s;
  st.predicate = p;
  st.object = o;
  st.graph = w->quads ? graph : NULL;
  /* The statement only borrows the terms: no raptor_statement_clear. */
  if (raptor_serializer_serialize_statement(w->serializer, &st) != 0)
    fail(w, FG_ERR_IO);
}

static void emit_term(RdfWriter *w, raptor_term *s, Vocab p, raptor_term *o,
                      raptor_term *graph) {
  emit(w, s, w->vocab[p], o, graph);
}

/* Emits s p "text"^^type; NULL text emits nothing. */
static void emit_literal(RdfWriter *w, raptor_term *s, Vocab p,
                         const char *text, FgXsdType type, raptor_term *graph) {
  if (!ok(w) || !text)
    return;
  fg_buf_clear(&w->scratch);
  if (!fg_lexical_append_clean(&w->scratch, text)) {
    fail(w, FG_ERR_NOMEM);
    return;
  }
  const char *clean = fg_buf_cstr(&w->scratch);
  /* Most literals need no escaping: written from a term on the stack,
   * which raptor never sees, with no term built and freed. */
  raptor_term literal = {.type = RAPTOR_TERM_TYPE_LITERAL};
  literal.value.literal.string = (unsigned char *)w->scratch.data;
  literal.value.literal.string_len = (unsigned)w->scratch.len;
  literal.value.literal.datatype = w->datatypes[type];
  if (w->lines && ok(w) && s && w->vocab[p] &&
      write_line(w, s, w->vocab[p], &literal, w->quads ? graph : NULL))
    return;
  raptor_term *o = raptor_new_term_from_counted_literal(
      w->world, (const unsigned char *)clean, strlen(clean), w->datatypes[type],
      NULL, 0);
  if (!o)
    fail(w, FG_ERR_NOMEM);
  emit_term(w, s, p, o, graph);
  free_term(o);
}

static void emit_date(RdfWriter *w, raptor_term *s, Vocab p, const char *date,
                      raptor_term *graph) {
  if (date)
    emit_literal(w, s, p, date, fg_lexical_date_type(date), graph);
}

static void emit_count(RdfWriter *w, raptor_term *s, Vocab p,
                       unsigned long long n, FgXsdType type,
                       raptor_term *graph) {
  char text[32];
  snprintf(text, sizeof text, "%llu", n);
  emit_literal(w, s, p, text, type, graph);
}

/* Integer hundredths: printf's "%.2f" would follow LC_NUMERIC. */
static void emit_cents(RdfWriter *w, raptor_term *s, double value,
                       raptor_term *graph) {
  char text[32];
  unsigned long cents = (unsigned long)lround(fmin(fmax(value, 0), 1) * 100);
  snprintf(text, sizeof text, "%lu.%02lu", cents / 100, cents % 100);
  emit_literal(w, s, V_CONFIDENCE, text, FG_XSD_DECIMAL, graph);
}

static void emit_iri(RdfWriter *w, raptor_term *s, Vocab p, const char *iri) {
  raptor_term *o = ok(w) ? new_iri_term(w, iri) : NULL;
  emit_term(w, s, p, o, NULL);
  free_term(o);
}

/* ---- term caches ------------------------------------------------------- */

static void cache_free(TermCache *cache) {
  for (size_t i = 0; i < cache->count; i++)
    free_term(cache->terms[i]);
  free(cache->terms);
  fg_intern_free(cache->keys);
}

static raptor_term *cache_find(const TermCache *cache, const char *key) {
  uint32_t id = fg_intern_find(cache->keys, key, strlen(key));
  return id < cache->count ? cache->terms[id] : NULL;
}

static bool cache_reserve(TermCache *cache) {
  raptor_term **terms = fg_grow(cache->terms, cache->count + 1, &cache->cap, sizeof *terms);
  if (terms)
    cache->terms = terms;
  return terms != NULL;
}

/* Stores term under key; takes the term, freeing it on failure. */
static raptor_term *cache_put(RdfWriter *w, TermCache *cache, const char *key,
                              raptor_term *term) {
  if (!term || !cache_reserve(cache) ||
      fg_intern_add_str(cache->keys, key) != cache->count) {
    free_term(term);
    fail(w, FG_ERR_NOMEM);
    return NULL;
  }
  cache->terms[cache->count++] = term;
  return term;
}

typedef bool (*KnownFunc)(const FgOntology *, const char *);

/* fg:<local>, built once; unknown names get one warning when the ontology
 * is there to ask. */
static raptor_term *fg_term(RdfWriter *w, TermCache *cache, const char *local,
                            KnownFunc known, const char *what) {
  raptor_term *term = cache_find(cache, local);
  if (term || !ok(w))
    return term;
  if (w->onto && !known(w->onto, local))
    warn(w, what, local);
  return cache_put(w, cache, local, mint_term(w, FG_NS, "", local));
}

static raptor_term *class_term(RdfWriter *w, const char *local) {
  return fg_term(w, &w->classes, local, fg_ontology_has_class,
                 "class not in the ontology");
}

static raptor_term *predicate_term(RdfWriter *w, const char *local) {
  return fg_term(w, &w->predicates, local, fg_ontology_has_property,
                 "property not in the ontology");
}

/* A value local name no other literal has: the slug, or the slug plus a
 * hash of the literal when two literals share a slug ("Syria", "syria"). */
static char *value_name(RdfWriter *w, const char *literal) {
  FgBuf name;
  fg_buf_init(&name);
  bool good = fg_lexical_append_slug(&name, literal);
  if (good && fg_intern_find(w->value_slugs, name.data, name.len) != FG_NO_ID) {
    char suffix[24];
    snprintf(suffix, sizeof suffix, "-%08" PRIx32,
             (uint32_t)fg_hash(literal, strlen(literal)));
    good = fg_buf_append_str(&name, suffix);
  }
  if (good)
    good = fg_intern_add(w->value_slugs, name.data, name.len) != FG_NO_ID;
  if (!good) {
    fg_buf_free(&name);
    fail(w, FG_ERR_NOMEM);
  }
  return fg_buf_take(&name);
}

/* <base>value/<slug> a fg:Value ; rdfs:label "literal", emitted once. */
static raptor_term *value_term(RdfWriter *w, const char *literal) {
  raptor_term *term = cache_find(&w->values, literal);
  if (term || !ok(w))
    return term;
  char *name = value_name(w, literal);
  term = name ? mint_term(w, base(w), "value/", name) : NULL;
  free(name);
  term = cache_put(w, &w->values, literal, term);
  emit_term(w, term, V_TYPE, w->vocab[V_VALUE], NULL);
  emit_literal(w, term, V_LABEL, literal, FG_XSD_NONE, NULL);
  return term;
}

/* ---- the model --------------------------------------------------------- */

static void write_document(RdfWriter *w, size_t index) {
  const FgDocument *doc = fg_graph_document(w->graph, index);
  raptor_term *d = w->documents[index];
  emit_term(w, d, V_TYPE, w->vocab[V_NEWS_ARTICLE], NULL);
  emit_literal(w, d, V_IDENTIFIER, doc->id, FG_XSD_NONE, NULL);
  emit_literal(w, d, V_HEADLINE, doc->headline, FG_XSD_NONE, NULL);
  emit_date(w, d, V_DATE_PUBLISHED, doc->date, NULL);
  emit_literal(w, d, V_AUTHOR, doc->author, FG_XSD_NONE, NULL);
  emit_literal(w, d, V_PUBLISHER, doc->publisher, FG_XSD_NONE, NULL);
  emit_literal(w, d, V_DATELINE_PLACE, doc->dateline_place, FG_XSD_NONE, NULL);
  emit_count(w, d, V_TEXT_LENGTH, doc->length, FG_XSD_NON_NEGATIVE_INTEGER,
             NULL);
  if (doc->url && !fg_lexical_is_absolute_iri(doc->url)) {
    warn(w, "document URL is not an absolute IRI, left out", doc->url);
  } else if (doc->url) {
    emit_iri(w, d, V_URL, doc->url);
    emit_iri(w, d, V_PRIMARY_SOURCE, doc->url);
  }
}

static void write_same_as(RdfWriter *w, raptor_term *e, const char *qid) {
  if (!fg_lexical_is_wikidata_id(qid)) {
    warn(w, "not a Wikidata id, left out", qid);
    return;
  }
  raptor_term *o = mint_term(w, namespaces[NS_WD].iri, "", qid);
  emit_term(w, e, V_SAME_AS, o, NULL);
  free_term(o);
}

static void write_entity(RdfWriter *w, size_t index) {
  const FgEntity *ent = fg_graph_entity(w->graph, index);
  raptor_term *e = w->entities[index];
  emit_term(w, e, V_TYPE, class_term(w, ent->type), NULL);
  emit_literal(w, e, V_LABEL, ent->label, FG_XSD_NONE, NULL);
  emit_literal(w, e, V_PREF_LABEL, ent->label, FG_XSD_NONE, NULL);
  for (size_t i = 0; i < ent->alt_count; i++)
    emit_literal(w, e, V_ALT_LABEL, ent->alt_labels[i], FG_XSD_NONE, NULL);
  if (ent->wikidata)
    write_same_as(w, e, ent->wikidata);
}

/* The merge key as one string: what the statement IRI hashes. */
static bool append_fact_key(RdfWriter *w, FgBuf *key, const FgFactInput *c) {
  const FgEntity *s = fg_graph_entity(w->graph, c->subject);
  const char *object = c->object == FG_NONE
                           ? c->literal
                           : fg_graph_entity(w->graph, c->object)->slug;
  char flags[16];
  snprintf(flags, sizeof flags, "\x1f%d%d%d", c->former ? 1 : 0,
           (int)c->modality, c->negated ? 1 : 0);
  return fg_buf_append_str(key, s->slug) && fg_buf_append_char(key, '\x1f') &&
         fg_buf_append_str(key, c->predicate) &&
         fg_buf_append_str(key, c->object == FG_NONE ? "\x1fL"
                                                     : "\x1f"
                                                       "E") &&
         fg_buf_append_str(key, object) && fg_buf_append_char(key, '\x1f') &&
         fg_buf_append_str(key, c->role ? c->role : "") &&
         fg_buf_append_str(key, flags);
}

static bool append_evidence_key(RdfWriter *w, FgBuf *key,
                                const FgEvidence *ev) {
  char span[48];
  snprintf(span, sizeof span, "\x1f%lu\x1f%lu\x1f", (unsigned long)ev->begin,
           (unsigned long)ev->end);
  return fg_buf_append_char(key, '\x1f') &&
         fg_buf_append_str(key,
                           fg_graph_document(w->graph, ev->document)->id) &&
         fg_buf_append_str(key, span) &&
         fg_buf_append_str(key, ev->rule ? ev->rule : "");
}

/* <base><dir><16 hex of the key's hash>. */
static raptor_term *hashed_term(RdfWriter *w, const char *dir,
                                const FgBuf *key) {
  char hex[17];
  snprintf(hex, sizeof hex, "%016" PRIx64, fg_hash(key->data, key->len));
  return mint_term(w, base(w), dir, hex);
}

typedef struct {
  const FgFact *fact;
  const FgEvidence *evidence; /* sorted by document */
  size_t evidence_count;
  raptor_term *statement;
  raptor_term *subject, *predicate, *object;
  FgBuf key; /* the fact's merge key */
} FactTerms;

static void write_evidence(RdfWriter *w, FactTerms *f, const FgEvidence *ev) {
  size_t key_len = f->key.len;
  raptor_term *doc = w->documents[ev->document];
  raptor_term *e = NULL;
  if (append_evidence_key(w, &f->key, ev))
    e = hashed_term(w, "evidence/", &f->key);
  else
    fail(w, FG_ERR_NOMEM);
  f->key.len = key_len;
  emit_term(w, f->statement, V_EVIDENCE, e, doc);
  emit_term(w, e, V_TYPE, w->vocab[V_EVIDENCE_CLASS], doc);
  emit_term(w, e, V_HAS_SOURCE, doc, doc);
  emit_count(w, e, V_START, ev->begin, FG_XSD_NON_NEGATIVE_INTEGER, doc);
  emit_count(w, e, V_END, ev->end, FG_XSD_NON_NEGATIVE_INTEGER, doc);
  emit_literal(w, e, V_EXACT, ev->sentence, FG_XSD_NONE, doc);
  emit_literal(w, e, V_RULE, ev->rule, FG_XSD_NONE, doc);
  emit_cents(w, e, ev->confidence, doc);
  free_term(e);
}

/* Calls fn once per distinct document of the fact's evidence, in order. */
static void for_each_document(RdfWriter *w, FactTerms *f,
                              void (*fn)(RdfWriter *, FactTerms *, uint32_t)) {
  const FgEvidence *ev = f->evidence;
  for (size_t i = 0; i < f->evidence_count; i++)
    if (i == 0 || ev[i].document != ev[i - 1].document)
      fn(w, f, ev[i].document);
}

/* In the document's graph, unless an earlier fact put it there already. */
static void emit_plain_in(RdfWriter *w, FactTerms *f, uint32_t doc) {
  if (w->plain_in_doc[doc] == w->plain_count)
    return;
  w->plain_in_doc[doc] = w->plain_count;
  emit(w, f->subject, f->predicate, f->object, w->documents[doc]);
}

static void emit_derived_from(RdfWriter *w, FactTerms *f, uint32_t doc) {
  emit_term(w, f->statement, V_DERIVED_FROM, w->documents[doc], NULL);
}

static bool same_triple(const FgFactInput *a, const FgFactInput *b) {
  return a->subject == b->subject && strcmp(a->predicate, b->predicate) == 0 &&
         a->object == b->object &&
         (a->object != FG_NONE || strcmp(a->literal, b->literal) == 0);
}

/* A negated fact is only ever described, never asserted. Facts that
 * differ only in qualifiers share one plain triple (once per document in
 * N-Quads); they are adjacent in the sorted graph, so remembering the last
 * one is enough. */
static void write_plain_triple(RdfWriter *w, FactTerms *f) {
  const FgFactInput *c = &f->fact->claim;
  if (c->negated)
    return;
  bool repeated = w->last_plain && same_triple(w->last_plain, c);
  w->last_plain = c;
  if (!repeated)
    w->plain_count++;
  if (w->quads)
    for_each_document(w, f, emit_plain_in);
  else if (!repeated)
    emit(w, f->subject, f->predicate, f->object, NULL);
}

static void write_attribution(RdfWriter *w, FactTerms *f) {
  const FgFactInput *c = &f->fact->claim;
  if (c->attributed_to != FG_NONE)
    emit_term(w, f->statement, V_ATTRIBUTED_TO, w->entities[c->attributed_to],
              NULL);
  else
    emit_literal(w, f->statement, V_ATTRIBUTED_LABEL, c->attributed_label,
                 FG_XSD_NONE, NULL);
}

static void write_statement(RdfWriter *w, FactTerms *f) {
  const FgFactInput *c = &f->fact->claim;
  raptor_term *st = f->statement;
  emit_term(w, st, V_TYPE, w->vocab[V_STATEMENT], NULL);
  emit_term(w, st, V_SUBJECT, f->subject, NULL);
  emit_term(w, st, V_PREDICATE, f->predicate, NULL);
  emit_term(w, st, V_OBJECT, f->object, NULL);
  emit_literal(w, st, V_ROLE, c->role, FG_XSD_NONE, NULL);
  emit_literal(w, st, V_STATUS, c->former ? "former" : NULL, FG_XSD_NONE, NULL);
  emit_date(w, st, V_TIME, c->time, NULL);
  emit_literal(w, st, V_MODALITY, modality_names[c->modality], FG_XSD_NONE,
               NULL);
  emit_literal(w, st, V_NEGATED, c->negated ? "true" : NULL, FG_XSD_BOOLEAN,
               NULL);
  write_attribution(w, f);
  emit_cents(w, st, f->fact->confidence, NULL);
  emit_count(w, st, V_SOURCE_COUNT, f->fact->source_count, FG_XSD_INTEGER,
             NULL);
  if (f->fact->evidence_omitted)
    emit_count(w, st, V_OMITTED_COUNT, f->fact->evidence_omitted, FG_XSD_INTEGER,
               NULL);
  for_each_document(w, f, emit_derived_from);
}

static void write_fact(RdfWriter *w, size_t index) {
  const FgFact *fact = fg_graph_fact(w->graph, index);
  FgStatus st = fg_graph_fact_evidence(w->graph, index, &w->evidence);
  if (st != FG_OK) {
    report(w, FG_SEV_ERROR, st, "cannot read a fact's evidence back");
    fail(w, st);
    return;
  }
  const FgFactInput *c = &fact->claim;
  FactTerms f = {.fact = fact,
                 .evidence = w->evidence.items,
                 .evidence_count = w->evidence.count};
  fg_buf_init(&f.key);
  f.subject = w->entities[c->subject];
  f.predicate = predicate_term(w, c->predicate);
  f.object =
      c->object == FG_NONE ? value_term(w, c->literal) : w->entities[c->object];
  if (!append_fact_key(w, &f.key, c))
    fail(w, FG_ERR_NOMEM);
  f.statement = ok(w) ? hashed_term(w, "fact/", &f.key) : NULL;
  write_plain_triple(w, &f);
  write_statement(w, &f);
  for (size_t i = 0; ok(w) && i < f.evidence_count; i++)
    write_evidence(w, &f, &f.evidence[i]);
  free_term(f.statement);
  fg_buf_free(&f.key);
}

/* ---- setup and teardown ------------------------------------------------ */

static bool set_base(RdfWriter *w, const char *iri) {
  if (!fg_lexical_is_absolute_iri(iri)) {
    report(w, FG_SEV_ERROR, FG_ERR_USAGE, "base IRI is not an absolute IRI");
    fail(w, FG_ERR_USAGE);
    return false;
  }
  char last = iri[strlen(iri) - 1];
  bool good = fg_buf_append_str(&w->base, iri) &&
              (last == '/' || last == '#' || fg_buf_append_char(&w->base, '/'));
  if (!good)
    fail(w, FG_ERR_NOMEM);
  return good;
}

static void declare_namespace(RdfWriter *w, const char *prefix,
                              const char *iri) {
  if (!ok(w))
    return;
  raptor_uri *uri = raptor_new_uri(w->world, (const unsigned char *)iri);
  if (!uri || raptor_serializer_set_namespace(
                  w->serializer, uri, (const unsigned char *)prefix) != 0)
    fail(w, uri ? FG_ERR_INTERNAL : FG_ERR_NOMEM);
  if (uri)
    raptor_free_uri(uri);
}

static void declare_namespaces(RdfWriter *w) {
  /* raptor's Turtle writer declares rdf: itself and refuses it twice. */
  for (size_t i = 0; i < NS_COUNT; i++)
    if (i != NS_RDF)
      declare_namespace(w, namespaces[i].prefix, namespaces[i].iri);
  for (size_t i = 0; i < sizeof base_namespaces / sizeof base_namespaces[0];
       i++) {
    FgBuf iri;
    fg_buf_init(&iri);
    if (fg_buf_append_str(&iri, base(w)) &&
        fg_buf_append_str(&iri, base_namespaces[i].dir))
      declare_namespace(w, base_namespaces[i].prefix, fg_buf_cstr(&iri));
    else
      fail(w, FG_ERR_NOMEM);
    fg_buf_free(&iri);
  }
}

static void build_vocabulary(RdfWriter *w) {
  for (size_t i = 0; ok(w) && i < V_COUNT; i++)
    w->vocab[i] = mint_term(w, namespaces[vocab[i].ns].iri, "", vocab[i].local);
  for (size_t i = 1; ok(w) && i < FG_XSD_COUNT; i++) {
    const char *iri =
        mint(w, namespaces[NS_XSD].iri, "", fg_xsd_local_name((FgXsdType)i));
    w->datatypes[i] =
        iri ? raptor_new_uri(w->world, (const unsigned char *)iri) : NULL;
    if (!w->datatypes[i])
      fail(w, FG_ERR_NOMEM);
  }
}

/* One term per entity and per document, built before any output. */
static raptor_term **build_terms(RdfWriter *w, size_t count, const char *dir,
                                 const char *(*name)(const FgGraph *, size_t)) {
  raptor_term **terms = calloc(count ? count : 1, sizeof(raptor_term *));
  if (!terms)
    fail(w, FG_ERR_NOMEM);
  for (size_t i = 0; terms && ok(w) && i < count; i++)
    terms[i] = mint_term(w, base(w), dir, name(w->graph, i));
  return terms;
}

static const char *entity_slug(const FgGraph *graph, size_t i) {
  return fg_graph_entity(graph, i)->slug;
}

static const char *document_id(const FgGraph *graph, size_t i) {
  return fg_graph_document(graph, i)->id;
}

static void free_terms(raptor_term **terms, size_t count) {
  for (size_t i = 0; terms && i < count; i++)
    free_term(terms[i]);
  free(terms);
}

static void open_caches(RdfWriter *w) {
  w->classes.keys = fg_intern_new();
  w->predicates.keys = fg_intern_new();
  w->values.keys = fg_intern_new();
  w->value_slugs = fg_intern_new();
  if (!w->classes.keys || !w->predicates.keys || !w->values.keys ||
      !w->value_slugs)
    fail(w, FG_ERR_NOMEM);
}

static void open_raptor(RdfWriter *w, const char *syntax, FILE *out) {
  w->world = raptor_new_world();
  if (!w->world || raptor_world_set_log_handler(w->world, w, log_raptor) != 0 ||
      raptor_world_open(w->world) != 0) {
    fail(w, FG_ERR_INTERNAL);
    return;
  }
  w->serializer = raptor_new_serializer(w->world, syntax);
  w->sink = malloc(sizeof *w->sink);
  if (w->sink) {
    w->sink->out = out;
    w->sink->failed = false;
    w->sink->len = 0;
    w->stream = raptor_new_iostream_from_handler(w->world, w->sink, &sink_handler);
  }
  if (!w->serializer || !w->stream) {
    fail(w, FG_ERR_INTERNAL);
    return;
  }
  /* No base URI: raptor would write relative IRIs against it. */
  if (raptor_serializer_start_to_iostream(w->serializer, NULL, w->stream))
    fail(w, FG_ERR_IO);
}

static void close_writer(RdfWriter *w) {
  free_terms(w->entities, fg_graph_entity_count(w->graph));
  free_terms(w->documents, fg_graph_document_count(w->graph));
  cache_free(&w->classes);
  cache_free(&w->predicates);
  cache_free(&w->values);
  fg_intern_free(w->value_slugs);
  free(w->plain_in_doc);
  fg_evidence_list_free(&w->evidence);
  for (size_t i = 0; i < V_COUNT; i++)
    free_term(w->vocab[i]);
  for (size_t i = 0; i < FG_XSD_COUNT; i++)
    if (w->datatypes[i])
      raptor_free_uri(w->datatypes[i]);
  if (w->serializer)
    raptor_free_serializer(w->serializer);
  if (w->stream)
    raptor_free_iostream(w->stream);
  if (w->sink && w->sink->failed)
    fail(w, FG_ERR_IO);
  free(w->sink);
  if (w->world)
    raptor_free_world(w->world);
  fg_buf_free(&w->base);
  fg_buf_free(&w->scratch);
  fg_buf_free(&w->line);
}

static void write_graph(RdfWriter *w) {
  const FgGraph *g = w->graph;
  w->entities =
      build_terms(w, fg_graph_entity_count(g), "entity/", entity_slug);
  w->documents =
      build_terms(w, fg_graph_document_count(g), "doc/", document_id);
  w->plain_in_doc = calloc(fg_graph_document_count(g) + 1, sizeof(uint32_t));
  if (!w->plain_in_doc)
    fail(w, FG_ERR_NOMEM);
  for (size_t i = 0; ok(w) && i < fg_graph_document_count(g); i++)
    write_document(w, i);
  for (size_t i = 0; ok(w) && i < fg_graph_entity_count(g); i++)
    write_entity(w, i);
  for (size_t i = 0; ok(w) && i < fg_graph_fact_count(g); i++)
    write_fact(w, i);
}

/* Turtle gets the whole graph held in memory by raptor (it writes at the
 * end); N-Triples and N-Quads stream. */
FgStatus fg_write_rdf(const FgGraph *graph, const FgOntology *onto,
                      FgFormat format, const FgWriteOptions *options, FILE *out,
                      FgDiagFunc diag, void *handle) {
  const char *syntax = fg_format_raptor_name(format);
  if (!graph || !out || !syntax)
    return FG_ERR_USAGE;
  RdfWriter w = {.graph = graph,
                 .onto = onto,
                 .diag = diag,
                 .handle = handle,
                 .quads = format == FG_FORMAT_NQUADS,
                 .lines = format == FG_FORMAT_NTRIPLES ||
                          format == FG_FORMAT_NQUADS};
  fg_buf_init(&w.base);
  fg_buf_init(&w.scratch);
  fg_buf_init(&w.line);
  const char *base_iri =
      options && options->base_iri ? options->base_iri : FG_DEFAULT_BASE_IRI;
  if (set_base(&w, base_iri))
    open_raptor(&w, syntax, out);
  open_caches(&w);
  declare_namespaces(&w);
  build_vocabulary(&w);
  write_graph(&w);
  if (ok(&w) && (raptor_serializer_serialize_end(w.serializer) != 0 ||
                 raptor_iostream_write_end(w.stream) != 0))
    fail(&w, FG_ERR_IO);
  close_writer(&w);
  if (fflush(out) == EOF || ferror(out))
    fail(&w, FG_ERR_IO);
  return w.status;
}
