/* SPDX-License-Identifier: MIT */
/* The pipeline's repair of a parse that hangs the main verb inside a
 * relative clause set off by commas (parse/repair.c), on trees written
 * here as the parser gives them. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <string.h>

#include "parse/repair.h"

typedef struct {
  const char *form;
  FgUpos upos;
  const char *feats;
  uint32_t head;
  const char *deprel;
} Row;

#define FIN "VerbForm=Fin"

static size_t load(const Row *rows, size_t n, FgWord *words) {
  memset(words, 0, n * sizeof *words);
  for (size_t i = 0; i < n; i++) {
    words[i].form = rows[i].form;
    words[i].form_len = (uint32_t)strlen(rows[i].form);
    words[i].upos = (uint8_t)rows[i].upos;
    words[i].feats = rows[i].feats;
    words[i].head = rows[i].head;
    words[i].deprel = rows[i].deprel;
  }
  return n;
}

/* "Ana Pell, who founded Pell Foods in 1990, lives in Dorset." with
 * "lives" a conjunct of "founded" and "Ana" the root; with_cc writes
 * "and" for the comma before "lives", as its coordinator. */
static size_t relative_clause(FgWord *words, bool with_cc) {
  static const Row rows[] = {
      {"Ana", FG_UPOS_PROPN, NULL, 0, "root"},
      {"Pell", FG_UPOS_PROPN, NULL, 1, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 5, "punct"},
      {"who", FG_UPOS_PRON, NULL, 5, "nsubj"},
      {"founded", FG_UPOS_VERB, FIN, 1, "acl:relcl"},
      {"Pell", FG_UPOS_PROPN, NULL, 7, "compound"},
      {"Foods", FG_UPOS_PROPN, NULL, 5, "obj"},
      {"in", FG_UPOS_ADP, NULL, 9, "case"},
      {"1990", FG_UPOS_NUM, NULL, 5, "obl"},
      {",", FG_UPOS_PUNCT, NULL, 11, "punct"},
      {"lives", FG_UPOS_VERB, FIN, 5, "conj"},
      {"in", FG_UPOS_ADP, NULL, 13, "case"},
      {"Dorset", FG_UPOS_PROPN, NULL, 11, "obl"},
      {".", FG_UPOS_PUNCT, NULL, 1, "punct"},
  };
  size_t n = load(rows, sizeof rows / sizeof *rows, words);
  if (with_cc) {
    words[9].form = "and"; /* ", lives" becomes "and lives" */
    words[9].upos = FG_UPOS_CCONJ;
    words[9].deprel = "cc";
  }
  return n;
}

static void test_main_verb_taken_out(void **state) {
  (void)state;
  FgWord words[16];
  size_t n = relative_clause(words, false);
  assert_true(fg_parse_repair_relative_subject(words, n));
  assert_int_equal(words[10].head, 0);
  assert_string_equal(words[10].deprel, "root");
  assert_int_equal(words[0].head, 11);
  assert_string_equal(words[0].deprel, "nsubj");
  assert_int_equal(words[13].head, 11); /* the full stop */
  assert_int_equal(words[4].head, 1);   /* the clause stays the name's */
  assert_string_equal(words[4].deprel, "acl:relcl");
}

/* A conjunct the clause coordinates, a verb with its own subject, and a
 * clause not opened by a comma stay as parsed. */
static void test_near_misses_untouched(void **state) {
  (void)state;
  FgWord words[16];
  size_t n = relative_clause(words, true);
  /* "and" makes the verb the clause's own conjunct */
  assert_false(fg_parse_repair_relative_subject(words, n));
  n = relative_clause(words, false);
  words[12].deprel = "nsubj"; /* the verb has a subject of its own */
  assert_false(fg_parse_repair_relative_subject(words, n));
  n = relative_clause(words, false);
  words[2].form = "-"; /* no comma opens the clause */
  assert_false(fg_parse_repair_relative_subject(words, n));
  n = relative_clause(words, false);
  words[10].feats = "VerbForm=Ger"; /* not finite, no auxiliary */
  assert_false(fg_parse_repair_relative_subject(words, n));
}

/* A passive main verb ("is based") takes the name as its passive
 * subject; its phrase opens at the auxiliary after the comma. */
static void test_passive_main_verb(void **state) {
  (void)state;
  static const Row rows[] = {
      {"The", FG_UPOS_DET, NULL, 2, "det"},
      {"firm", FG_UPOS_NOUN, NULL, 0, "root"},
      {",", FG_UPOS_PUNCT, NULL, 5, "punct"},
      {"which", FG_UPOS_PRON, NULL, 5, "nsubj"},
      {"makes", FG_UPOS_VERB, FIN, 2, "acl:relcl"},
      {"tractors", FG_UPOS_NOUN, NULL, 5, "obj"},
      {",", FG_UPOS_PUNCT, NULL, 5, "punct"},
      {"is", FG_UPOS_AUX, FIN, 9, "aux:pass"},
      {"based", FG_UPOS_VERB, "VerbForm=Part", 5, "advcl"},
      {"in", FG_UPOS_ADP, NULL, 11, "case"},
      {"Tulsa", FG_UPOS_PROPN, NULL, 9, "obl"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[12];
  size_t n = load(rows, 12, words);
  assert_true(fg_parse_repair_relative_subject(words, n));
  assert_int_equal(words[8].head, 0);
  assert_int_equal(words[1].head, 9);
  assert_string_equal(words[1].deprel, "nsubj:pass");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_main_verb_taken_out),
      cmocka_unit_test(test_near_misses_untouched),
      cmocka_unit_test(test_passive_main_verb),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
