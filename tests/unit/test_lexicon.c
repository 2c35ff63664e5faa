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

static bool has_verb_for(const FgLexicon *lex, const char *predicate) {
  for (size_t i = 0; i < fg_lexicon_verb_count(lex); i++) {
    const FgVerbRule *v = fg_lexicon_verb(lex, i);
    if (strcmp(v->predicate, predicate) == 0 && v->forms.count > 0)
      return true;
  }
  return false;
}

static void test_shipped_lexicon_has_core_verbs(void **state) {
  Fixture *fx = *state;
  static const char *const predicates[] = {"leaderOf", "joined",  "metWith",
                                           "toppled",  "praised", "visited"};
  for (size_t i = 0; i < sizeof predicates / sizeof predicates[0]; i++)
    assert_true(has_verb_for(fx->shipped, predicates[i]));
  assert_false(has_verb_for(fx->shipped, "noSuchProperty"));
  assert_true(fg_lexicon_pattern_count(fx->shipped) > 0);
  assert_true(fg_lexicon_role_count(fx->shipped) > 0);
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

/* Writes body to a file in the temp dir, loads it and expects a syntax
 * error located at line in that file. */
static void expect_syntax_error(Fixture *fx, const char *body,
                                unsigned long line) {
  char path[128];
  snprintf(path, sizeof path, "%s/bad.tsv", fx->dir);
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs(body, f);
  fclose(f);
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

static void test_unknown_row_kind(void **state) {
  expect_syntax_error(*state,
                      "# a comment\n"
                      "verb\tverb.a\tpraised\tpraised\tsubj=Agent;obj=Agent\n"
                      "adverb\tx\ty\tz\n",
                      3);
}

static void test_pattern_without_object(void **state) {
  expect_syntax_error(*state,
                      "\n"
                      "pattern\tpat.a\tleaderOf\tS:Person led|leads\t\n",
                      2);
}

static void test_confidence_out_of_range(void **state) {
  expect_syntax_error(*state,
                      "verb\tverb.a\tpraised\tpraised\tsubj=Agent;obj=Agent;conf=2\n",
                      1);
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
      cmocka_unit_test(test_shipped_lexicon_has_core_verbs),
      cmocka_unit_test(test_shipped_lexicon_word_lists),
      cmocka_unit_test(test_unknown_row_kind),
      cmocka_unit_test(test_pattern_without_object),
      cmocka_unit_test(test_confidence_out_of_range),
      cmocka_unit_test(test_missing_file),
      cmocka_unit_test(test_kinds_parse),
      cmocka_unit_test(test_free_null),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
