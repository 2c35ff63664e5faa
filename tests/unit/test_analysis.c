/* SPDX-License-Identifier: MIT */
/* Unit tests for src/extract/analysis.c: a document's tokens tagged with
 * lexicon word ids, and list lookups by fixed id. */
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
  fg_analysis_prepare(&fx->doc);
  return 0;
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

/* The fixed ids of a few lists, with their names. */
static const struct {
  FgListName id;
  const char *name;
} LISTS[] = {{FG_LIST_NEGATION, "negation"},         {FG_LIST_BE_AUX, "be-aux"},
             {FG_LIST_DETERMINER, "determiner"},     {FG_LIST_PREPOSITION, "preposition"},
             {FG_LIST_PERSON_TITLE, "person-title"}, {FG_LIST_PRONOUN_PERSON, "pronoun-person"},
             {FG_LIST_ORG_HEAD, "org-head"},         {FG_LIST_ARMED_NOUN, "armed-noun"}};

/* A list read by fixed id answers as the lexicon does by name, value too. */
static void test_tok_in_agrees_with_has(void **state) {
  Fixture *fx = *state;
  for (size_t t = 0; t < fx->doc.tok.token_count; t++) {
    const FgToken *tok = &fx->doc.tok.tokens[t];
    for (size_t l = 0; l < sizeof LISTS / sizeof LISTS[0]; l++) {
      const char *want = NULL, *got = NULL;
      bool has = fg_lexicon_has(fx->lex, LISTS[l].name, tok->norm, &want);
      assert_int_equal(fg_tok_in(&fx->doc, LISTS[l].id, tok), has);
      assert_int_equal(fg_tok_value(&fx->doc, LISTS[l].id, tok, &got), has);
      assert_ptr_equal(got, has ? want : NULL);
    }
  }
  assert_true(fg_tok_in(&fx->doc, FG_LIST_NEGATION, token(fx, "not")));
  assert_true(fg_tok_in(&fx->doc, FG_LIST_BE_AUX, token(fx, "was")));
  assert_false(fg_tok_in(&fx->doc, FG_LIST_BE_AUX, token(fx, "not")));
}

/* "security forces" is a descriptor of two words: it starts the list. */
static void test_tok_starts(void **state) {
  Fixture *fx = *state;
  assert_true(fg_tok_starts(&fx->doc, FG_LIST_DESCRIPTOR, token(fx, "security")));
  assert_false(fg_tok_in(&fx->doc, FG_LIST_DESCRIPTOR, token(fx, "security")));
  assert_false(fg_tok_starts(&fx->doc, FG_LIST_DESCRIPTOR, token(fx, "forces")));
  assert_false(fg_tok_starts(&fx->doc, FG_LIST_DESCRIPTOR, token(fx, "he")));
  assert_true(fg_tok_starts(&fx->doc, FG_LIST_NEGATION, token(fx, "not")));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_tokens_are_tagged),
      cmocka_unit_test(test_tok_in_agrees_with_has),
      cmocka_unit_test(test_tok_starts),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
