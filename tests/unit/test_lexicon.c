/* SPDX-License-Identifier: MIT */
/* Unit tests for src/lexicon/lexicon.c: the shipped lexicon loads, broken
 * lexicons are refused with a located diagnostic. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lexicon/lexicon.h"

typedef struct {
  FgLexicon *shipped;
  char dir[64];
} Fixture;

/* Remembers the last error diagnostic. */
typedef struct {
  size_t errors;
  FgStatus status;
  char source[512];
  unsigned long line;
} Seen;

static void record(void *handle, const FgDiag *diag) {
  Seen *seen = handle;
  if (diag->severity != FG_SEV_ERROR)
    return;
  seen->errors++;
  seen->status = diag->status;
  seen->line = diag->line;
  snprintf(seen->source, sizeof seen->source, "%s",
           diag->source ? diag->source : "");
}

static int setup(void **state) {
  static Fixture fx;
  const char *dir = getenv("FACTGRAPH_ONTOLOGY");
  char path[4096];
  snprintf(path, sizeof path, "%s/lexicon.tsv", dir ? dir : "ontology");
  Seen seen = {0};
  if (fg_lexicon_load(path, record, &seen, &fx.shipped) != FG_OK ||
      seen.errors != 0)
    return -1;
  strcpy(fx.dir, "/tmp/fg-lexicon-XXXXXX");
  if (!mkdtemp(fx.dir))
    return -1;
  *state = &fx;
  return 0;
}

static int teardown(void **state) {
  Fixture *fx = *state;
  fg_lexicon_free(fx->shipped);
  rmdir(fx->dir);
  return 0;
}

static bool has_dep_for(const FgLexicon *lex, const char *predicate) {
  for (size_t i = 0; i < fg_lexicon_dep_count(lex); i++) {
    const FgDepRule *r = fg_lexicon_dep(lex, i);
    if (strcmp(r->predicate, predicate) == 0 && (r->lemmas.count > 0 || r->on_name))
      return true;
  }
  return false;
}

static void test_shipped_lexicon_has_core_rules(void **state) {
  Fixture *fx = *state;
  static const char *const predicates[] = {"leaderOf", "joined",  "metWith",
                                           "toppled",  "praised", "visited"};
  for (size_t i = 0; i < sizeof predicates / sizeof predicates[0]; i++)
    assert_true(has_dep_for(fx->shipped, predicates[i]));
  assert_false(has_dep_for(fx->shipped, "noSuchProperty"));
  assert_true(fg_lexicon_title_count(fx->shipped) > 0);
}

static void test_shipped_lexicon_word_lists(void **state) {
  Fixture *fx = *state;
  assert_true(fg_lexicon_has(fx->shipped, "negation", "not", NULL));
  assert_false(fg_lexicon_has(fx->shipped, "negation", "okonkwo", NULL));
  assert_false(fg_lexicon_has(fx->shipped, "no-such-list", "not", NULL));
  const FgWordList *found[8];
  assert_true(fg_lexicon_lists(fx->shipped, "negation", found, 8) >= 1);
  assert_string_equal(found[0]->name, "negation");
}

/* Writes body to the file name in the temp dir; path gets its path. */
static void write_file(const Fixture *fx, const char *name, const char *body,
                       char path[128]) {
  snprintf(path, 128, "%s/%s", fx->dir, name);
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs(body, f);
  fclose(f);
}

static FgLexicon *load_text(Fixture *fx, const char *body);

/* Writes body to a file in the temp dir, loads it and expects a syntax
 * error located at line in that file. */
static void expect_syntax_error(Fixture *fx, const char *body,
                                unsigned long line) {
  char path[128];
  write_file(fx, "bad.tsv", body, path);
  Seen seen = {0};
  FgLexicon *lex = (FgLexicon *)&seen; /* must be reset to NULL */
  assert_int_equal(fg_lexicon_load(path, record, &seen, &lex), FG_ERR_SYNTAX);
  assert_null(lex);
  assert_true(seen.errors >= 1);
  assert_int_equal(seen.status, FG_ERR_SYNTAX);
  assert_string_equal(seen.source, path);
  assert_int_equal(seen.line, line);
  unlink(path);
}

/* The surface engine's verb and pattern rows are gone: a lexicon that
 * still has them is refused where the first stands. */
static void test_unknown_row_kind(void **state) {
  expect_syntax_error(*state,
                      "# a comment\n"
                      "dep\tdep.a\tpraised\tpraise\tS=subj;O=obj;subj=Agent;obj=Agent\n"
                      "adverb\tx\ty\tz\n",
                      3);
  expect_syntax_error(*state, "\nverb\tverb.a\tpraised\tpraised\tsubj=Agent;obj=Agent\n", 2);
  expect_syntax_error(*state, "pattern\tpat.a\tleaderOf\tS:Person led O\t\n", 1);
  /* a title row has a label (or -) and forms, nothing more */
  expect_syntax_error(*state, "title\tholdsPosition\tforeign minister\tlabel=Minister\n", 1);
  expect_syntax_error(*state, "title\t\tforeign minister\n", 1);
}

static void test_confidence_out_of_range(void **state) {
  expect_syntax_error(*state,
                      "dep\tdep.a\tpraised\tpraise\tS=subj;O=obj;conf=2\n",
                      1);
}

/* The version row: at most one, with one non-empty version. */
static void test_version_row(void **state) {
  Fixture *fx = *state;
  assert_non_null(fg_lexicon_version(fx->shipped));
  FgLexicon *lex = load_text(fx, "# header\nversion\t2.3.4\n"
                                 "list\tneg\t-\tnot\n"
                                 "dep\tdep.a\tpraised\tpraise\tS=subj;O=obj\n");
  assert_string_equal(fg_lexicon_version(lex), "2.3.4");
  fg_lexicon_free(lex);
  lex = load_text(fx, "list\tneg\t-\tnot\ndep\tdep.a\tpraised\tpraise\tS=subj;O=obj\n");
  assert_null(fg_lexicon_version(lex));
  fg_lexicon_free(lex);
  assert_null(fg_lexicon_version(NULL));
  expect_syntax_error(fx, "version\t1\nlist\tneg\t-\tnot\nversion\t2\n", 3);
  expect_syntax_error(fx, "version\t\n", 1);
  expect_syntax_error(fx, "version\t1\t2\n", 1);
}

/* A dep row on "@name" fires at names, with no lemma; objtype= keeps the
 * object's classes; "it" and "appos" are paths. */
static void test_dep_name_row(void **state) {
  Fixture *fx = *state;
  FgLexicon *lex = load_text(fx, "dep\tdep.a\tmemberOf\t@name\t"
                                 "S=it;O=appos,of;objtype=PoliticalParty|Company\n"
                                 "dep\tdep.b\tpraised\tpraise\tS=subj;O=obj\n");
  assert_int_equal(fg_lexicon_dep_count(lex), 2);
  const FgDepRule *r = fg_lexicon_dep(lex, 0);
  assert_true(r->on_name);
  assert_int_equal(r->lemmas.count, 0);
  assert_int_equal(r->subj_paths[0].kind, FG_PATH_IT);
  assert_int_equal(r->obj_paths[0].kind, FG_PATH_APPOS);
  assert_int_equal(r->obj_paths[1].kind, FG_PATH_CASE);
  assert_int_equal(r->obj_types.count, 2);
  assert_string_equal(r->obj_types.items[0], "politicalparty");
  r = fg_lexicon_dep(lex, 1);
  assert_false(r->on_name);
  assert_int_equal(r->obj_types.count, 0);
  fg_lexicon_free(lex);
  expect_syntax_error(fx, "dep\tdep.a\tmemberOf\t@name\tS=it;O=,of\n", 1);
}

/* needs=@NAME stands for the words of every list row NAME, wherever they
 * stand in the file; an unknown list is an error. */
static void test_needs_list_reference(void **state) {
  Fixture *fx = *state;
  FgLexicon *lex = load_text(fx, "dep\tdep.a\tworksFor\tdirector\tS=self;O=of;needs=@dept\n"
                                 "list\tdept\t-\tfinance|Sales\n"
                                 "list\tdept\t-\tlegal\n");
  const FgDepRule *r = fg_lexicon_dep(lex, 0);
  assert_int_equal(r->needs.count, 3);
  assert_string_equal(r->needs.items[0], "finance");
  assert_string_equal(r->needs.items[1], "sales");
  assert_string_equal(r->needs.items[2], "legal");
  fg_lexicon_free(lex);
  expect_syntax_error(fx, "dep\tdep.a\tworksFor\tdirector\tS=self;O=of;needs=@nothing\n", 0);
}

/* notafter=@NAME and unless=@NAME keep the name of a list the row's
 * trigger is checked against; a value that is no list reference, or an
 * unknown list, is an error. */
static void test_dep_list_options(void **state) {
  Fixture *fx = *state;
  FgLexicon *lex = load_text(fx, "dep\tdep.a\tmemberOf\t@name\tS=it;O=of;notafter=@teacher\n"
                                 "dep\tdep.b\tinjured\twound\tS=subj;O=obj;unless=@dying\n"
                                 "dep\tdep.c\tpraised\tpraise\tS=subj;O=obj\n"
                                 "list\tteacher\t-\ttutor|lecturer\n"
                                 "list\tdying\t-\tdie|dead\n");
  const FgDepRule *r = fg_lexicon_dep(lex, 0);
  assert_int_equal(r->notafter.count, 1);
  assert_string_equal(r->notafter.items[0], "teacher");
  assert_null(r->unless);
  r = fg_lexicon_dep(lex, 1);
  assert_string_equal(r->unless, "dying");
  assert_int_equal(r->notafter.count, 0);
  r = fg_lexicon_dep(lex, 2);
  assert_int_equal(r->notafter.count, 0);
  assert_null(r->unless);
  fg_lexicon_free(lex);
  /* notafter= may name several lists, each known */
  lex = load_text(fx, "dep\tdep.a\tmemberOf\t@name\tS=it;O=of;notafter=@teacher,@owner\n"
                      "list\tteacher\t-\ttutor|lecturer\n"
                      "list\towner\t-\towner|proprietor\n");
  r = fg_lexicon_dep(lex, 0);
  assert_int_equal(r->notafter.count, 2);
  assert_string_equal(r->notafter.items[0], "teacher");
  assert_string_equal(r->notafter.items[1], "owner");
  fg_lexicon_free(lex);
  expect_syntax_error(fx, "dep\tdep.a\tmemberOf\t@name\tS=it;O=of;notafter=@teacher,owner\n"
                          "list\tteacher\t-\ttutor\n", 1);
  expect_syntax_error(fx, "dep\tdep.a\tmemberOf\t@name\tS=it;O=of;notafter=@teacher,@nothing\n"
                          "list\tteacher\t-\ttutor\n", 0);
  expect_syntax_error(fx, "dep\tdep.a\tinjured\twound\tS=subj;O=obj;unless=dead\n", 1);
  expect_syntax_error(fx, "dep\tdep.a\tinjured\twound\tS=subj;O=obj;unless=@\n", 1);
  expect_syntax_error(fx, "dep\tdep.a\tmemberOf\t@name\tS=it;O=of;notafter=@nothing\n", 0);
}

/* role= alone takes the title the trigger heads; role=LABEL names it. */
static void test_dep_role_label(void **state) {
  Fixture *fx = *state;
  FgLexicon *lex = load_text(fx, "dep\tdep.a\tholdsPosition\tgovern\tS=subj;O=obj;role=Governor\n"
                                 "dep\tdep.b\tholdsPosition\tmayor\tS=self;O=of;role\n");
  const FgDepRule *r = fg_lexicon_dep(lex, 0);
  assert_true(r->role);
  assert_string_equal(r->role_label, "Governor");
  r = fg_lexicon_dep(lex, 1);
  assert_true(r->role);
  assert_null(r->role_label);
  fg_lexicon_free(lex);
}

static void test_missing_file(void **state) {
  Fixture *fx = *state;
  char path[128];
  snprintf(path, sizeof path, "%s/absent.tsv", fx->dir);
  Seen seen = {0};
  FgLexicon *lex = NULL;
  assert_int_equal(fg_lexicon_load(path, record, &seen, &lex), FG_ERR_IO);
  assert_null(lex);
  assert_int_equal(seen.status, FG_ERR_IO);
  assert_string_equal(seen.source, path);
}

/* Loads body as a lexicon file from the temp dir. */
static FgLexicon *load_text(Fixture *fx, const char *body) {
  char path[128];
  write_file(fx, "words.tsv", body, path);
  FgLexicon *lex = NULL;
  assert_int_equal(fg_lexicon_load(path, NULL, NULL, &lex), FG_OK);
  unlink(path);
  return lex;
}

static const char WORDS_LEXICON[] =
    "dep\tdep.a\tpraised\tpraise|credit\tS=subj;O=obj\n"
    "dep\tdep.b\tleaderOf\tlead|credit\tS=subj;O=obj\n"
    "list\ttaking\t-\ttook credit for|took over\n"
    "title\tMinister\tprime minister|minister\n"
    "title\t-\tforeign minister\n"
    "list\tneg\t-\tnot|never|no longer|nevertheless\n"
    "list\thead\tArmedGroup\tfront|army\n"
    "list\thead\tGovernmentBody\tarmy|ministry\n";

static void tag(const FgLexicon *lex, FgToken *tokens, const char *const *norms,
                size_t n) {
  for (size_t i = 0; i < n; i++)
    tokens[i] = (FgToken){0, 0, norms[i], FG_TOK_WORD, FG_NO_ID};
  fg_lexicon_tag_tokens(lex, tokens, n);
}

static void test_token_word_ids(void **state) {
  FgLexicon *lex = load_text(*state, WORDS_LEXICON);
  static const char *const norms[] = {"they", "took", "credit", "for", "no", "not"};
  FgToken t[6];
  tag(lex, t, norms, 6);
  assert_int_equal(t[0].word, FG_NO_ID);
  assert_true(t[1].word < fg_lexicon_word_count(lex));
  assert_int_equal(fg_lexicon_word(lex, "took", 4), t[1].word);
  uint32_t neg = fg_lexicon_list_id(lex, "neg");
  assert_int_not_equal(neg, FG_NO_ID);
  assert_int_equal(fg_lexicon_list_id(lex, "no-such-list"), FG_NO_ID);
  assert_int_equal(fg_lexicon_list_id(lex, "negation"), FG_NO_ID); /* fixed, absent */
  assert_true(fg_lexicon_word_in(lex, neg, t[5].word));
  assert_false(fg_lexicon_word_in(lex, neg, t[4].word)); /* only "no longer" */
  assert_true(fg_lexicon_word_starts(lex, neg, t[4].word));
  assert_true(fg_lexicon_word_starts(lex, neg, t[5].word));
  assert_true(fg_lexicon_has(lex, "neg", "no longer", NULL));
  assert_false(fg_lexicon_word_in(lex, neg, t[0].word));
  assert_false(fg_lexicon_word_starts(lex, neg, t[0].word));
  assert_false(fg_lexicon_word_in(lex, FG_NO_ID, t[5].word));
  uint32_t taking = fg_lexicon_list_id(lex, "taking");
  assert_false(fg_lexicon_word_in(lex, taking, t[1].word)); /* only in sequences */
  assert_true(fg_lexicon_word_starts(lex, taking, t[1].word));
  assert_false(fg_lexicon_word_starts(lex, taking, t[2].word));
  /* words of eight bytes and more are looked up another way */
  static const char *const long_norms[] = {"minister", "ministers", "nevertheless",
                                           "neverthe"};
  FgToken l[4];
  tag(lex, l, long_norms, 4);
  assert_int_equal(l[0].word, fg_lexicon_word(lex, "minister", 8));
  assert_int_not_equal(l[0].word, FG_NO_ID);
  assert_int_equal(l[1].word, FG_NO_ID);
  assert_true(fg_lexicon_word_in(lex, neg, l[2].word));
  assert_int_equal(l[3].word, FG_NO_ID);
  fg_lexicon_free(lex);
}

/* The value of the first row of the list that has the word. */
static void test_word_value(void **state) {
  FgLexicon *lex = load_text(*state, WORDS_LEXICON);
  uint32_t head = fg_lexicon_list_id(lex, "head");
  assert_string_equal(fg_lexicon_word_value(lex, head, fg_lexicon_word(lex, "army", 4)),
                      "ArmedGroup");
  assert_string_equal(fg_lexicon_word_value(lex, head, fg_lexicon_word(lex, "ministry", 8)),
                      "GovernmentBody");
  assert_null(fg_lexicon_word_value(lex, head, fg_lexicon_word(lex, "not", 3)));
  assert_null(fg_lexicon_word_value(lex, fg_lexicon_list_id(lex, "neg"),
                                    fg_lexicon_word(lex, "not", 3))); /* "-" */
  const char *value = NULL;
  assert_true(fg_lexicon_has(lex, "head", "army", &value));
  assert_string_equal(value, "ArmedGroup");
  fg_lexicon_free(lex);
}

static void test_rules_by_first_word(void **state) {
  FgLexicon *lex = load_text(*state, WORDS_LEXICON);
  size_t n;
  const uint32_t *d = fg_lexicon_deps_from(lex, fg_lexicon_word(lex, "credit", 6), &n);
  assert_int_equal(n, 2); /* both rules, in lexicon order */
  assert_int_equal(d[0], 0);
  assert_int_equal(d[1], 1);
  d = fg_lexicon_deps_from(lex, fg_lexicon_word(lex, "praise", 6), &n);
  assert_int_equal(n, 1);
  assert_int_equal(d[0], 0);
  fg_lexicon_deps_from(lex, fg_lexicon_word(lex, "took", 4), &n);
  assert_int_equal(n, 0);
  fg_lexicon_deps_from(lex, FG_NO_ID, &n);
  assert_int_equal(n, 0);
  const uint32_t *r = fg_lexicon_titles_from(lex, fg_lexicon_word(lex, "minister", 8), &n);
  assert_int_equal(n, 1);
  assert_int_equal(r[0], 0);
  r = fg_lexicon_titles_from(lex, fg_lexicon_word(lex, "foreign", 7), &n);
  assert_int_equal(n, 1);
  assert_int_equal(r[0], 1);
  assert_string_equal(fg_lexicon_title(lex, 0)->label, "Minister");
  assert_null(fg_lexicon_title(lex, 1)->label); /* "-": as written */
  fg_lexicon_free(lex);
}

static void test_word_sequence_match(void **state) {
  FgLexicon *lex = load_text(*state, WORDS_LEXICON);
  static const char *const norms[] = {"they", "took", "credit", "for", "it"};
  FgToken t[5];
  tag(lex, t, norms, 5);
  const FgWordList *taking[1];
  assert_int_equal(fg_lexicon_lists(lex, "taking", taking, 1), 1);
  const FgWordSeq *credit = &taking[0]->words.seqs[0];
  assert_int_equal(credit->len, 3);
  assert_int_equal(fg_words_match(credit, t, 1, 5), 4);
  assert_int_equal(fg_words_match(credit, t, 1, 3), 0); /* cut by last */
  assert_int_equal(fg_words_match(credit, t, 0, 5), 0);
  fg_lexicon_free(lex);
}

/* The id tables agree with the string index on every shipped list word. */
static void test_word_in_agrees_with_has(void **state) {
  Fixture *fx = *state;
  const FgWordList *lists[64];
  static const char *const names[] = {"negation", "preposition", "org-head",
                                      "person-title", "place-before"};
  for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
    size_t n = fg_lexicon_lists(fx->shipped, names[k], lists, 64);
    assert_true(n >= 1);
    for (size_t l = 0; l < n; l++)
      for (size_t w = 0; w < lists[l]->words.count; w++) {
        const char *word = lists[l]->words.items[w];
        FgToken t;
        tag(fx->shipped, &t, &word, 1);
        uint32_t list = fg_lexicon_list_id(fx->shipped, names[k]);
        assert_int_equal(fg_lexicon_word_in(fx->shipped, list, t.word),
                         strchr(word, ' ') == NULL);
        const char *value = NULL;
        assert_true(fg_lexicon_has(fx->shipped, names[k], word, &value));
        if (!strchr(word, ' '))
          assert_ptr_equal(fg_lexicon_word_value(fx->shipped, list, t.word), value);
      }
  }
}

/* The masks by word and the lookups by list id agree on every fixed list. */
static void test_masks_agree_with_tables(void **state) {
  Fixture *fx = *state;
  const uint64_t *in = fg_lexicon_list_masks(fx->shipped);
  const uint64_t *starts = fg_lexicon_starts_masks(fx->shipped);
  for (uint32_t w = 0; w < fg_lexicon_word_count(fx->shipped); w++)
    for (uint32_t l = 0; l < FG_LIST_COUNT; l++) {
      assert_int_equal((in[w] >> l) & 1, fg_lexicon_word_in(fx->shipped, l, w));
      assert_int_equal((starts[w] >> l) & 1, fg_lexicon_word_starts(fx->shipped, l, w));
    }
}

/* Every list with a fixed id is in the shipped lexicon: a misspelt name
 * would make its list silently empty. A list may have only entries of
 * several words ("descriptor"), so the entries' first words count. */
static void test_fixed_lists_are_shipped(void **state) {
  Fixture *fx = *state;
  const uint64_t *masks = fg_lexicon_starts_masks(fx->shipped);
  uint64_t seen = 0;
  for (size_t w = 0; w < fg_lexicon_word_count(fx->shipped); w++)
    seen |= masks[w];
  uint64_t fixed = ((uint64_t)1 << FG_LIST_COUNT) - 1;
  assert_int_equal(seen & fixed, fixed);
  assert_int_equal(fg_lexicon_list_id(fx->shipped, "negation"), FG_LIST_NEGATION);
}

/* A picture-credit label opens a credit only before a colon. */
static void test_credit_at(void **state) {
  Fixture *fx = *state;
  static const char *const norms[] = {"navy", "image", ":", "navy", "photo", "shows"};
  FgToken t[6];
  tag(fx->shipped, t, norms, 6);
  assert_true(fg_lexicon_credit_at(fx->shipped, t, 1, 6));
  assert_false(fg_lexicon_credit_at(fx->shipped, t, 0, 6)); /* no label */
  assert_false(fg_lexicon_credit_at(fx->shipped, t, 4, 6)); /* no colon */
  assert_false(fg_lexicon_credit_at(fx->shipped, t, 1, 2)); /* colon past the end */
}

static void test_kinds_parse(void **state) {
  (void)state;
  assert_int_equal(fg_kinds_parse("Person|Country"),
                   FG_KIND_PERSON | FG_KIND_COUNTRY);
  assert_int_equal(fg_kinds_parse("Agent"),
                   FG_KIND_PERSON | FG_KIND_ORG | FG_KIND_COUNTRY);
  assert_int_equal(fg_kinds_parse("Any"), FG_KIND_ANY);
  assert_int_equal(fg_kinds_parse("Person|Planet"), 0);
  assert_int_equal(fg_kinds_parse("person"), 0);
}

static void test_free_null(void **state) {
  (void)state;
  fg_lexicon_free(NULL);
  assert_int_equal(fg_kinds_parse("Place"), FG_KIND_PLACE);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_shipped_lexicon_has_core_rules),
      cmocka_unit_test(test_shipped_lexicon_word_lists),
      cmocka_unit_test(test_unknown_row_kind),
      cmocka_unit_test(test_confidence_out_of_range),
      cmocka_unit_test(test_version_row),
      cmocka_unit_test(test_dep_name_row),
      cmocka_unit_test(test_needs_list_reference),
      cmocka_unit_test(test_dep_list_options),
      cmocka_unit_test(test_dep_role_label),
      cmocka_unit_test(test_missing_file),
      cmocka_unit_test(test_token_word_ids),
      cmocka_unit_test(test_word_value),
      cmocka_unit_test(test_rules_by_first_word),
      cmocka_unit_test(test_word_sequence_match),
      cmocka_unit_test(test_word_in_agrees_with_has),
      cmocka_unit_test(test_masks_agree_with_tables),
      cmocka_unit_test(test_fixed_lists_are_shipped),
      cmocka_unit_test(test_credit_at),
      cmocka_unit_test(test_kinds_parse),
      cmocka_unit_test(test_free_null),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
