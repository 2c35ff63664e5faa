/* Unit tests for src/extract/analysis.c: a document's tokens tagged with
 * lexicon word ids, and list lookups by name through the per-document
 * cache of list ids. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/analysis.h"

typedef struct {
  FgLexicon *lex;
  FgArena *arena;
  FgDocAnalysis doc;
} Fixture;

static const char TEXT[] = "He was not the interior minister of the security forces.";

static int setup(void **state) {
  const char *dir = getenv("FACTGRAPH_ONTOLOGY");
  char path[4096];
  snprintf(path, sizeof path, "%s/lexicon.tsv", dir ? dir : "ontology");
  Fixture *fx = calloc(1, sizeof *fx);
  if (!fx || fg_lexicon_load(path, NULL, NULL, &fx->lex) != FG_OK ||
      !(fx->arena = fg_arena_new()) ||
      !fg_text_analyse(fx->arena, TEXT, strlen(TEXT), &fx->doc.tok)) {
    if (fx) {
      fg_lexicon_free(fx->lex);
      fg_arena_free(fx->arena);
    }
    free(fx);
    return -1;
  }
  fx->doc.lex = fx->lex;
  fx->doc.arena = fx->arena;
  fx->doc.text = TEXT;
  fx->doc.len = strlen(TEXT);
  *state = fx;
  return fg_analysis_prepare(&fx->doc) ? 0 : -1;
}

static int teardown(void **state) {
  Fixture *fx = *state;
  fg_lexicon_free(fx->lex);
  fg_arena_free(fx->arena);
  free(fx);
  return 0;
}

/* The token whose norm is word. */
static const FgToken *token(const Fixture *fx, const char *word) {
  for (size_t t = 0; t < fx->doc.tok.token_count; t++)
    if (strcmp(fx->doc.tok.tokens[t].norm, word) == 0)
      return &fx->doc.tok.tokens[t];
  fail_msg("no token %s", word);
  return NULL;
}

static void test_tokens_are_tagged(void **state) {
  Fixture *fx = *state;
  const FgToken *not = token(fx, "not");
  assert_int_equal(not->word, fg_lexicon_word(fx->lex, "not", 3));
  assert_int_not_equal(not->word, FG_NO_ID);
}

static void test_in_list_agrees_with_has(void **state) {
  Fixture *fx = *state;
  static const char *const lists[] = {"negation", "be-aux", "determiner", "preposition",
                                      "pronoun-person", "verb-form"};
  for (size_t t = 0; t < fx->doc.tok.token_count; t++) {
    const FgToken *tok = &fx->doc.tok.tokens[t];
    for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++)
      assert_int_equal(fg_in_list(&fx->doc, lists[l], tok),
                       fg_lexicon_has(fx->lex, lists[l], tok->norm, NULL));
  }
  assert_true(fg_in_list(&fx->doc, "negation", token(fx, "not")));
  assert_false(fg_in_list(&fx->doc, "no-such-list", token(fx, "not")));
}

/* A list with a fixed id answers as the same list by name. */
static void test_fixed_ids_agree_with_names(void **state) {
  Fixture *fx = *state;
  static const struct {
    FgListName id;
    const char *name;
  } lists[] = {{FG_LIST_NEGATION, "negation"},     {FG_LIST_BE_AUX, "be-aux"},
               {FG_LIST_DETERMINER, "determiner"}, {FG_LIST_PREPOSITION, "preposition"},
               {FG_LIST_PERSON_TITLE, "person-title"}, {FG_LIST_VERB_FORM, "verb-form"}};
  for (size_t t = 0; t < fx->doc.tok.token_count; t++) {
    const FgToken *tok = &fx->doc.tok.tokens[t];
    for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++)
      assert_int_equal(fg_tok_in(&fx->doc, lists[l].id, tok),
                       fg_in_list(&fx->doc, lists[l].name, tok));
  }
  assert_true(fg_tok_in(&fx->doc, FG_LIST_NEGATION, token(fx, "not")));
  assert_true(fg_tok_in(&fx->doc, FG_LIST_BE_AUX, token(fx, "was")));
}

/* "security forces" is a descriptor of two words: it starts the list. */
static void test_starts_list(void **state) {
  Fixture *fx = *state;
  assert_true(fg_starts_list(&fx->doc, "descriptor", token(fx, "security")));
  assert_false(fg_in_list(&fx->doc, "descriptor", token(fx, "security")));
  assert_false(fg_starts_list(&fx->doc, "descriptor", token(fx, "forces")));
  assert_false(fg_starts_list(&fx->doc, "descriptor", token(fx, "he")));
}

/* The cache is keyed by address: equal names at many addresses, more than
 * it holds, still give the same answers. */
static void test_names_at_many_addresses(void **state) {
  Fixture *fx = *state;
  enum { N = 3 * FG_LIST_SLOTS };
  char(*names)[16] = calloc(N, sizeof *names);
  assert_non_null(names);
  for (size_t round = 0; round < 2; round++)
    for (size_t i = 0; i < N; i++) {
      snprintf(names[i], sizeof names[i], "%s", i % 2 ? "negation" : "be-aux");
      assert_int_equal(fg_in_list(&fx->doc, names[i], token(fx, "not")), i % 2 == 1);
      assert_int_equal(fg_in_list(&fx->doc, names[i], token(fx, "was")), i % 2 == 0);
    }
  free(names);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_tokens_are_tagged),
      cmocka_unit_test(test_in_list_agrees_with_has),
      cmocka_unit_test(test_fixed_ids_agree_with_names),
      cmocka_unit_test(test_starts_list),
      cmocka_unit_test(test_names_at_many_addresses),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
