/* SPDX-License-Identifier: MIT */
/* The pipeline's repairs of parses (parse/repair.c): a main verb hung
 * inside a relative clause set off by commas, a home town after an age,
 * a person's name after a clause, a case marker that opens a subject, a
 * verb under a nominal root, words under punctuation, a reduced relative
 * clause or a relative clause read as the main verb, a case marker in
 * a nominal's place, a name read as a compound of "next month", a
 * conjunction read as a preposition, an adjectival participle read as a
 * verb, "to" read as a finite verb's mark, "on" read as a particle before
 * a day's name, a participle read as the root before the main verb, a
 * second role's phrase hung on an oblique name, "chief executive" read
 * as noun and adjective, a relative pronoun read as the main subject, a
 * day read as the object of a reporting verb before its clause, a name
 * hung on the time noun after it, on
 * trees written here as the parser gives them. */
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

/* "Ana Pell, 61, who founded Pell Foods, lives in Dorset." with the
 * clause hung on the age (acl:relcl) or as the name's parataxis, and
 * "lives" its conjunct. */
static void test_relative_clause_after_age(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Ana", FG_UPOS_PROPN, NULL, 0, "root"},
      {"Pell", FG_UPOS_PROPN, NULL, 1, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 4, "punct"},
      {"61", FG_UPOS_NUM, NULL, 1, "nmod:unmarked"},
      {",", FG_UPOS_PUNCT, NULL, 7, "punct"},
      {"who", FG_UPOS_PRON, NULL, 7, "nsubj"},
      {"founded", FG_UPOS_VERB, FIN, 4, "acl:relcl"},
      {"Pell", FG_UPOS_PROPN, NULL, 9, "compound"},
      {"Foods", FG_UPOS_PROPN, NULL, 7, "obj"},
      {",", FG_UPOS_PUNCT, NULL, 11, "punct"},
      {"lives", FG_UPOS_VERB, FIN, 7, "conj"},
      {"in", FG_UPOS_ADP, NULL, 13, "case"},
      {"Dorset", FG_UPOS_PROPN, NULL, 11, "obl"},
      {".", FG_UPOS_PUNCT, NULL, 1, "punct"},
  };
  FgWord words[16];
  for (int parataxis = 0; parataxis < 2; parataxis++) {
    size_t n = load(rows, sizeof rows / sizeof *rows, words);
    if (parataxis) {
      words[6].head = 1;
      words[6].deprel = "parataxis";
    }
    assert_true(fg_parse_repair_relative_subject(words, n));
    assert_int_equal(words[6].head, 1);
    assert_string_equal(words[6].deprel, "acl:relcl");
    assert_int_equal(words[10].head, 0);
    assert_int_equal(words[0].head, 11);
    assert_string_equal(words[0].deprel, "nsubj");
  }
  /* a number that is no age ("Ana Pell, 1961, who") is no way past */
  size_t n = load(rows, sizeof rows / sizeof *rows, words);
  words[3].form = "1961";
  words[3].form_len = 4;
  assert_false(fg_parse_repair_relative_subject(words, n));
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

/* "Ivo Petrov, 44, of Rusel was shot." as the parser gives it: the town
 * a second passive subject of the verb. */
static size_t age_and_home(FgWord *words) {
  static const Row rows[] = {
      {"Ivo", FG_UPOS_PROPN, NULL, 9, "nsubj:pass"},
      {"Petrov", FG_UPOS_PROPN, NULL, 1, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 4, "punct"},
      {"44", FG_UPOS_NUM, NULL, 1, "nmod:unmarked"},
      {",", FG_UPOS_PUNCT, NULL, 4, "punct"},
      {"of", FG_UPOS_ADP, NULL, 7, "case"},
      {"Rusel", FG_UPOS_PROPN, NULL, 9, "nsubj:pass"},
      {"was", FG_UPOS_AUX, FIN, 9, "aux:pass"},
      {"shot", FG_UPOS_VERB, "VerbForm=Part", 0, "root"},
      {".", FG_UPOS_PUNCT, NULL, 9, "punct"},
  };
  return load(rows, sizeof rows / sizeof *rows, words);
}

static void test_home_town_after_age(void **state) {
  (void)state;
  FgWord words[10];
  size_t n = age_and_home(words);
  assert_true(fg_parse_repair_age_and_home(words, n));
  assert_int_equal(words[6].head, 1);
  assert_string_equal(words[6].deprel, "nmod");
  assert_int_equal(words[4].head, 7); /* the comma before "of" */
  assert_int_equal(words[0].head, 9); /* the person stays the subject */
  /* a second pass finds the town in place */
  assert_false(fg_parse_repair_age_and_home(words, n));
}

/* "Ali Omar, 22, of Leeds and Sam Ray, 25, of York, were charged." with
 * the first town a conjunct of the name and the second name and age
 * under it: both towns become their persons' and the second name a
 * conjunct of the first. */
static void test_coordinated_ages(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Ali", FG_UPOS_PROPN, NULL, 2, "compound"},
      {"Omar", FG_UPOS_PROPN, NULL, 18, "nsubj:pass"},
      {",", FG_UPOS_PUNCT, NULL, 4, "punct"},
      {"22", FG_UPOS_NUM, NULL, 2, "nmod:unmarked"},
      {",", FG_UPOS_PUNCT, NULL, 7, "punct"},
      {"of", FG_UPOS_ADP, NULL, 7, "case"},
      {"Leeds", FG_UPOS_PROPN, NULL, 2, "conj"},
      {"and", FG_UPOS_CCONJ, NULL, 9, "cc"},
      {"Sam", FG_UPOS_PROPN, NULL, 7, "conj"},
      {"Ray", FG_UPOS_PROPN, NULL, 9, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 12, "punct"},
      {"25", FG_UPOS_NUM, NULL, 7, "nmod:unmarked"},
      {",", FG_UPOS_PUNCT, NULL, 15, "punct"},
      {"of", FG_UPOS_ADP, NULL, 15, "case"},
      {"York", FG_UPOS_PROPN, NULL, 9, "nmod"},
      {",", FG_UPOS_PUNCT, NULL, 2, "punct"},
      {"were", FG_UPOS_AUX, FIN, 18, "aux:pass"},
      {"charged", FG_UPOS_VERB, "VerbForm=Part", 0, "root"},
      {".", FG_UPOS_PUNCT, NULL, 18, "punct"},
  };
  FgWord words[19];
  size_t n = load(rows, 19, words);
  assert_true(fg_parse_repair_age_and_home(words, n));
  assert_int_equal(words[6].head, 2);
  assert_string_equal(words[6].deprel, "nmod");
  assert_int_equal(words[8].head, 2);
  assert_string_equal(words[8].deprel, "conj");
  assert_int_equal(words[11].head, 9); /* the second age is Sam Ray's */
  assert_int_equal(words[14].head, 9);
}

/* A year is no age, "of" before a common noun is no home town, and a
 * number not closed by a comma is not set off. */
static void test_age_near_misses(void **state) {
  (void)state;
  FgWord words[10];
  size_t n = age_and_home(words);
  words[3].form = "2019";
  words[3].form_len = 4;
  assert_false(fg_parse_repair_age_and_home(words, n));
  n = age_and_home(words);
  words[6].upos = FG_UPOS_NOUN;
  assert_false(fg_parse_repair_age_and_home(words, n));
  n = age_and_home(words);
  words[4].form = "-";
  assert_false(fg_parse_repair_age_and_home(words, n));
  n = age_and_home(words);
  words[5].form = "in";
  assert_false(fg_parse_repair_age_and_home(words, n));
}

/* "The man who shot Judge Ada Pruitt, Carl Voss, was sentenced." with
 * the second name hung on the judge's; with a place's type instead, the
 * name stays ("located in Tarsk, Ostland,"). */
static size_t clause_and_name(FgWord *words, FgNerType type) {
  static const Row rows[] = {
      {"The", FG_UPOS_DET, NULL, 2, "det"},
      {"man", FG_UPOS_NOUN, NULL, 13, "nsubj:pass"},
      {"who", FG_UPOS_PRON, NULL, 4, "nsubj"},
      {"shot", FG_UPOS_VERB, FIN, 2, "acl:relcl"},
      {"Judge", FG_UPOS_PROPN, NULL, 4, "obj"},
      {"Ada", FG_UPOS_PROPN, NULL, 5, "flat"},
      {"Pruitt", FG_UPOS_PROPN, NULL, 5, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 9, "punct"},
      {"Carl", FG_UPOS_PROPN, NULL, 5, "appos"},
      {"Voss", FG_UPOS_PROPN, NULL, 9, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 2, "punct"},
      {"was", FG_UPOS_AUX, FIN, 13, "aux:pass"},
      {"sentenced", FG_UPOS_VERB, "VerbForm=Part", 0, "root"},
      {".", FG_UPOS_PUNCT, NULL, 13, "punct"},
  };
  size_t n = load(rows, sizeof rows / sizeof *rows, words);
  words[8].ner_type = words[9].ner_type = (uint8_t)type;
  return n;
}

static void test_name_after_clause(void **state) {
  (void)state;
  FgWord words[14];
  size_t n = clause_and_name(words, FG_NER_PERSON);
  assert_true(fg_parse_repair_clause_apposition(words, n));
  assert_int_equal(words[8].head, 2);
  assert_string_equal(words[8].deprel, "appos");
  assert_int_equal(words[4].head, 4); /* the judge stays the object */
  /* a place, a closing comma the clause keeps, or no clause: unchanged */
  n = clause_and_name(words, FG_NER_PLACE);
  assert_false(fg_parse_repair_clause_apposition(words, n));
  n = clause_and_name(words, FG_NER_PERSON);
  words[10].head = 9;
  assert_false(fg_parse_repair_clause_apposition(words, n));
  n = clause_and_name(words, FG_NER_PERSON);
  words[3].deprel = "ccomp";
  assert_false(fg_parse_repair_clause_apposition(words, n));
}

/* "Felix Amos, who was married to the singer Nia Amos, lives in Accra."
 * with "the singer" the subject of "lives" and "to" and "the" the
 * verb's: the phrase goes back to "married", and "lives" to the root. */
static size_t married_to(FgWord *words) {
  static const Row rows[] = {
      {"Felix", FG_UPOS_PROPN, NULL, 0, "root"},
      {"Amos", FG_UPOS_PROPN, NULL, 1, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 6, "punct"},
      {"who", FG_UPOS_PRON, NULL, 6, "nsubj:pass"},
      {"was", FG_UPOS_AUX, FIN, 6, "aux:pass"},
      {"married", FG_UPOS_VERB, "VerbForm=Part", 1, "acl:relcl"},
      {"to", FG_UPOS_ADP, NULL, 13, "case"},
      {"the", FG_UPOS_DET, NULL, 13, "det"},
      {"singer", FG_UPOS_NOUN, NULL, 13, "nsubj"},
      {"Nia", FG_UPOS_PROPN, NULL, 9, "appos"},
      {"Amos", FG_UPOS_PROPN, NULL, 10, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 9, "punct"},
      {"lives", FG_UPOS_VERB, FIN, 6, "obl"},
      {"in", FG_UPOS_ADP, NULL, 15, "case"},
      {"Accra", FG_UPOS_PROPN, NULL, 13, "obl"},
      {".", FG_UPOS_PUNCT, NULL, 1, "punct"},
  };
  return load(rows, sizeof rows / sizeof *rows, words);
}

static void test_case_marker_before_subject(void **state) {
  (void)state;
  FgWord words[16];
  size_t n = married_to(words);
  assert_true(fg_parse_repair_case_before_subject(words, n));
  assert_int_equal(words[8].head, 6);
  assert_string_equal(words[8].deprel, "obl");
  assert_int_equal(words[6].head, 9); /* "to" */
  assert_int_equal(words[7].head, 9); /* "the" */
  assert_true(fg_parse_repair_relative_subject(words, n));
  assert_int_equal(words[12].head, 0);
  assert_int_equal(words[0].head, 13);
  /* a word of another phrase between the marker and the subject */
  n = married_to(words);
  words[7].deprel = "advmod";
  assert_false(fg_parse_repair_case_before_subject(words, n));
  /* the marker after the subject */
  n = married_to(words);
  words[6].head = 6;
  assert_false(fg_parse_repair_case_before_subject(words, n));
}

/* "Mara Lind , who founded Kivo , stepped down ." with "founded" a
 * relative clause of "who", "who" the subject of "stepped", and
 * "stepped" another relative clause of the root "Mara". */
static void test_clause_hung_on_its_pronoun(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Mara", FG_UPOS_PROPN, NULL, 0, "root"},
      {"Lind", FG_UPOS_PROPN, NULL, 1, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 8, "punct"},
      {"who", FG_UPOS_PRON, NULL, 8, "nsubj"},
      {"founded", FG_UPOS_VERB, FIN, 4, "acl:relcl"},
      {"Kivo", FG_UPOS_PROPN, NULL, 5, "obj"},
      {",", FG_UPOS_PUNCT, NULL, 4, "punct"},
      {"stepped", FG_UPOS_VERB, FIN, 1, "acl:relcl"},
      {"down", FG_UPOS_ADP, NULL, 8, "compound:prt"},
      {".", FG_UPOS_PUNCT, NULL, 1, "punct"},
  };
  FgWord words[10];
  size_t n = load(rows, 10, words);
  assert_true(fg_parse_repair_relative_subject(words, n));
  assert_int_equal(words[3].head, 5); /* who: founded's subject */
  assert_string_equal(words[3].deprel, "nsubj");
  assert_int_equal(words[4].head, 1); /* founded: Mara's clause */
  assert_string_equal(words[4].deprel, "acl:relcl");
  assert_int_equal(words[7].head, 0); /* stepped: the root */
  assert_int_equal(words[0].head, 8);
  assert_string_equal(words[0].deprel, "nsubj");
  /* no comma before "who": left as it is */
  n = load(rows, 10, words);
  words[2].form = "and";
  words[2].form_len = 3;
  assert_false(fg_parse_repair_relative_subject(words, n));
  assert_int_equal(words[4].head, 4);
}

/* "Rebels of the Ardel Front seized Kasso." with "seized" an nmod of
 * the root "Rebels" (what the case-marker repair leaves). */
static void test_verb_under_nominal_root(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Rebels", FG_UPOS_NOUN, NULL, 0, "root"},
      {"of", FG_UPOS_ADP, NULL, 5, "case"},
      {"the", FG_UPOS_DET, NULL, 5, "det"},
      {"Ardel", FG_UPOS_PROPN, NULL, 5, "compound"},
      {"Front", FG_UPOS_PROPN, NULL, 1, "nmod"},
      {"seized", FG_UPOS_VERB, FIN, 1, "nmod"},
      {"Kasso", FG_UPOS_PROPN, NULL, 6, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 1, "punct"},
  };
  FgWord words[8];
  size_t n = load(rows, 8, words);
  assert_true(fg_parse_repair_verb_under_nominal(words, n));
  assert_int_equal(words[5].head, 0);
  assert_int_equal(words[0].head, 6);
  assert_string_equal(words[0].deprel, "nsubj");
  assert_int_equal(words[7].head, 6);
  /* a verb with a subject of its own, or a participle, stays */
  n = load(rows, 8, words);
  words[3].head = 6;
  words[3].deprel = "nsubj";
  assert_false(fg_parse_repair_verb_under_nominal(words, n));
  n = load(rows, 8, words);
  words[5].feats = "VerbForm=Part";
  assert_false(fg_parse_repair_verb_under_nominal(words, n));
  /* "Rebels, fighters, seized Kasso." as a parataxis after an
   * apposition; without the apposition it stays */
  n = load(rows, 8, words);
  words[1].form = ",";
  words[1].upos = FG_UPOS_PUNCT;
  words[1].deprel = "punct";
  words[4].deprel = "appos";
  words[5].deprel = "parataxis";
  assert_true(fg_parse_repair_verb_under_nominal(words, n));
  n = load(rows, 8, words);
  words[5].deprel = "parataxis";
  assert_false(fg_parse_repair_verb_under_nominal(words, n));
  /* a finite clause of the root ("Rebels ... seized/acl Kasso"); not a
   * participle, nor when the root has a copula ("is the Ardel Front") */
  n = load(rows, 8, words);
  words[5].deprel = "acl";
  assert_true(fg_parse_repair_verb_under_nominal(words, n));
  assert_int_equal(words[5].head, 0);
  n = load(rows, 8, words);
  words[5].deprel = "acl";
  words[5].feats = "VerbForm=Part";
  assert_false(fg_parse_repair_verb_under_nominal(words, n));
  n = load(rows, 8, words);
  words[5].deprel = "acl";
  words[2].deprel = "cop";
  words[2].head = 1;
  assert_false(fg_parse_repair_verb_under_nominal(words, n));
  /* a finite verb as the root's apposition ("Rebels ... seized/appos
   * Kasso"), which no nominal is; a participle there stays */
  n = load(rows, 8, words);
  words[5].deprel = "appos";
  assert_true(fg_parse_repair_verb_under_nominal(words, n));
  assert_int_equal(words[5].head, 0);
  assert_string_equal(words[0].deprel, "nsubj");
  n = load(rows, 8, words);
  words[5].deprel = "appos";
  words[5].feats = "VerbForm=Part";
  assert_false(fg_parse_repair_verb_under_nominal(words, n));
}

/* 'She ran " Tolvik Freight "' with the quote the object and the name
 * its apposition; "The victim, Tara Doyle, was shot" with the name
 * hung on the comma. */
static void test_words_under_punctuation(void **state) {
  (void)state;
  static const Row quoted[] = {
      {"She", FG_UPOS_PRON, NULL, 2, "nsubj"},
      {"ran", FG_UPOS_VERB, FIN, 0, "root"},
      {"\"", FG_UPOS_PUNCT, NULL, 2, "obj"},
      {"Tolvik", FG_UPOS_PROPN, NULL, 3, "appos"},
      {"Freight", FG_UPOS_PROPN, NULL, 4, "flat"},
      {"\"", FG_UPOS_PUNCT, NULL, 3, "punct"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[10];
  size_t n = load(quoted, 7, words);
  assert_true(fg_parse_repair_punct_heads(words, n));
  assert_int_equal(words[3].head, 2);
  assert_string_equal(words[3].deprel, "obj");
  assert_int_equal(words[2].head, 4);
  assert_string_equal(words[2].deprel, "punct");
  assert_int_equal(words[5].head, 4); /* the closing quote follows */
  static const Row victim[] = {
      {"The", FG_UPOS_DET, NULL, 2, "det"},
      {"victim", FG_UPOS_NOUN, NULL, 8, "nsubj:pass"},
      {",", FG_UPOS_PUNCT, NULL, 2, "punct"},
      {"Tara", FG_UPOS_PROPN, NULL, 3, "appos"},
      {"Doyle", FG_UPOS_PROPN, NULL, 4, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 4, "punct"},
      {"was", FG_UPOS_AUX, FIN, 8, "aux:pass"},
      {"shot", FG_UPOS_VERB, "VerbForm=Part", 0, "root"},
      {".", FG_UPOS_PUNCT, NULL, 8, "punct"},
  };
  n = load(victim, 9, words);
  assert_true(fg_parse_repair_punct_heads(words, n));
  assert_int_equal(words[3].head, 2);
  assert_string_equal(words[3].deprel, "appos");
  assert_false(fg_parse_repair_punct_heads(words, n));
}

/* "The man accused by Ida, Al Vey, appeared in court." with "accused"
 * the root and "appeared" its conjunct. */
static size_t reduced_relative(FgWord *words) {
  static const Row rows[] = {
      {"The", FG_UPOS_DET, NULL, 2, "det"},
      {"man", FG_UPOS_NOUN, NULL, 3, "nsubj"},
      {"accused", FG_UPOS_VERB, FIN, 0, "root"},
      {"by", FG_UPOS_ADP, NULL, 5, "case"},
      {"Ida", FG_UPOS_PROPN, NULL, 3, "obl:agent"},
      {",", FG_UPOS_PUNCT, NULL, 7, "punct"},
      {"Al", FG_UPOS_PROPN, NULL, 5, "appos"},
      {"Vey", FG_UPOS_PROPN, NULL, 7, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 10, "punct"},
      {"appeared", FG_UPOS_VERB, FIN, 3, "conj"},
      {"in", FG_UPOS_ADP, NULL, 11, "case"},
      {"court", FG_UPOS_NOUN, NULL, 9, "obl"},
      {".", FG_UPOS_PUNCT, NULL, 3, "punct"},
  };
  size_t n = load(rows, sizeof rows / sizeof *rows, words);
  words[2].xpos = words[9].xpos = "VBD";
  return n;
}

static void test_reduced_relative(void **state) {
  (void)state;
  FgWord words[13];
  size_t n = reduced_relative(words);
  assert_true(fg_parse_repair_reduced_relative(words, n));
  assert_int_equal(words[9].head, 0);
  assert_int_equal(words[1].head, 10);
  assert_string_equal(words[1].deprel, "nsubj");
  assert_int_equal(words[2].head, 2);
  assert_string_equal(words[2].deprel, "acl");
  assert_string_equal(words[2].xpos, "VBN");
  assert_int_equal(words[12].head, 10);
  /* then the name after the clause is the man's: its comma comes right
   * before the man's verb */
  words[6].ner_type = (uint8_t)FG_NER_PERSON;
  assert_true(fg_parse_repair_clause_apposition(words, n));
  assert_int_equal(words[6].head, 2);
  /* "and appeared", an object ("The man accused the mayor"), or a
   * present tense stays */
  n = reduced_relative(words);
  words[8].form = "and";
  words[8].upos = FG_UPOS_CCONJ;
  words[8].deprel = "cc";
  assert_false(fg_parse_repair_reduced_relative(words, n));
  n = reduced_relative(words);
  words[4].deprel = "obj";
  assert_false(fg_parse_repair_reduced_relative(words, n));
  n = reduced_relative(words);
  words[2].xpos = "VBZ";
  assert_false(fg_parse_repair_reduced_relative(words, n));
}

/* "Tom Abel, whose company makes boats, was elected." with "makes" the
 * root, the name, "whose" and "company" its subjects and "elected" its
 * conjunct. */
static size_t whose_clause(FgWord *words) {
  static const Row rows[] = {
      {"Tom", FG_UPOS_PROPN, NULL, 6, "nsubj"},
      {"Abel", FG_UPOS_PROPN, NULL, 1, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 6, "punct"},
      {"whose", FG_UPOS_PRON, NULL, 6, "nsubj"},
      {"company", FG_UPOS_NOUN, NULL, 6, "nsubj"},
      {"makes", FG_UPOS_VERB, FIN, 0, "root"},
      {"boats", FG_UPOS_NOUN, NULL, 6, "obj"},
      {",", FG_UPOS_PUNCT, NULL, 6, "punct"},
      {"was", FG_UPOS_AUX, FIN, 10, "aux:pass"},
      {"elected", FG_UPOS_VERB, "VerbForm=Part", 6, "conj"},
      {".", FG_UPOS_PUNCT, NULL, 6, "punct"},
  };
  return load(rows, sizeof rows / sizeof *rows, words);
}

static void test_relative_clause_as_root(void **state) {
  (void)state;
  FgWord words[11];
  size_t n = whose_clause(words);
  assert_true(fg_parse_repair_relative_root(words, n));
  assert_int_equal(words[3].head, 5);
  assert_string_equal(words[3].deprel, "nmod:poss");
  assert_int_equal(words[9].head, 0);
  assert_int_equal(words[0].head, 10);
  assert_string_equal(words[0].deprel, "nsubj:pass");
  assert_int_equal(words[5].head, 1);
  assert_string_equal(words[5].deprel, "acl:relcl");
  assert_int_equal(words[10].head, 10);
  /* no relative word after the comma: only "whose" moves (here: none) */
  n = whose_clause(words);
  words[3].form = "its";
  words[3].form_len = 3;
  assert_false(fg_parse_repair_relative_root(words, n));
}

/* "Kessler , whose largest shareholder is the state , bought Tralle ."
 * with the copular clause as the root and the name a stray vocative. */
static size_t copular_whose_clause(FgWord *words) {
  static const Row rows[] = {
      {"Kessler", FG_UPOS_PROPN, NULL, 8, "vocative"},
      {",", FG_UPOS_PUNCT, NULL, 1, "punct"},
      {"whose", FG_UPOS_PRON, NULL, 5, "nmod:poss"},
      {"largest", FG_UPOS_ADJ, NULL, 5, "amod"},
      {"shareholder", FG_UPOS_NOUN, NULL, 8, "nsubj"},
      {"is", FG_UPOS_AUX, FIN, 8, "cop"},
      {"the", FG_UPOS_DET, NULL, 8, "det"},
      {"state", FG_UPOS_NOUN, NULL, 0, "root"},
      {",", FG_UPOS_PUNCT, NULL, 10, "punct"},
      {"bought", FG_UPOS_VERB, FIN, 8, "conj"},
      {"Tralle", FG_UPOS_PROPN, NULL, 10, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 8, "punct"},
  };
  return load(rows, sizeof rows / sizeof *rows, words);
}

static void test_copular_whose_clause_as_root(void **state) {
  (void)state;
  FgWord words[12];
  size_t n = copular_whose_clause(words);
  assert_true(fg_parse_repair_relative_root(words, n));
  assert_int_equal(words[9].head, 0);
  assert_int_equal(words[0].head, 10);
  assert_string_equal(words[0].deprel, "nsubj");
  assert_int_equal(words[7].head, 1);
  assert_string_equal(words[7].deprel, "acl:relcl");
  assert_int_equal(words[11].head, 10);
  /* "its largest shareholder": no relative clause, nothing moves */
  n = copular_whose_clause(words);
  words[2].form = "its";
  words[2].form_len = 3;
  assert_false(fg_parse_repair_relative_root(words, n));
}

/* "Ivo Sten was shot dead by Al Bekk in Lisk ." with "in Lisk" on the
 * agent's name. */
static size_t place_on_agent(FgWord *words) {
  static const Row rows[] = {
      {"Ivo", FG_UPOS_PROPN, NULL, 4, "nsubj:pass"},
      {"Sten", FG_UPOS_PROPN, NULL, 1, "flat"},
      {"was", FG_UPOS_AUX, FIN, 4, "aux:pass"},
      {"shot", FG_UPOS_VERB, "VerbForm=Part", 0, "root"},
      {"dead", FG_UPOS_ADJ, NULL, 4, "xcomp"},
      {"by", FG_UPOS_ADP, NULL, 7, "case"},
      {"Al", FG_UPOS_PROPN, NULL, 5, "obl"},
      {"Bekk", FG_UPOS_PROPN, NULL, 7, "flat"},
      {"in", FG_UPOS_ADP, NULL, 10, "case"},
      {"Lisk", FG_UPOS_PROPN, NULL, 7, "nmod"},
      {".", FG_UPOS_PUNCT, NULL, 4, "punct"},
  };
  return load(rows, sizeof rows / sizeof *rows, words);
}

static void test_place_on_agent(void **state) {
  (void)state;
  FgWord words[11];
  size_t n = place_on_agent(words);
  assert_true(fg_parse_repair_place_on_agent(words, n));
  assert_int_equal(words[9].head, 4);
  assert_string_equal(words[9].deprel, "obl");
  /* "of" instead of "by": no agent, nothing moves */
  n = place_on_agent(words);
  words[5].form = "of";
  words[5].form_len = 2;
  assert_false(fg_parse_repair_place_on_agent(words, n));
}

/* "Ada Moss , whose chief resigned in May , sold Kivo ." with "resigned"
 * an adverbial clause of "sold" and "whose" its object. */
static void test_whose_clause_of_nominal(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Ada", FG_UPOS_PROPN, NULL, 10, "nsubj"},
      {"Moss", FG_UPOS_PROPN, NULL, 1, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 1, "punct"},
      {"whose", FG_UPOS_PRON, NULL, 6, "obj"},
      {"chief", FG_UPOS_NOUN, NULL, 6, "nsubj"},
      {"resigned", FG_UPOS_VERB, FIN, 10, "advcl"},
      {"in", FG_UPOS_ADP, NULL, 8, "case"},
      {"May", FG_UPOS_PROPN, NULL, 6, "obl"},
      {",", FG_UPOS_PUNCT, NULL, 10, "punct"},
      {"sold", FG_UPOS_VERB, FIN, 0, "root"},
      {"Kivo", FG_UPOS_PROPN, NULL, 10, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 10, "punct"},
  };
  FgWord words[12];
  size_t n = load(rows, 12, words);
  assert_true(fg_parse_repair_relative_root(words, n));
  assert_int_equal(words[3].head, 5);
  assert_string_equal(words[3].deprel, "nmod:poss");
  assert_int_equal(words[5].head, 1);
  assert_string_equal(words[5].deprel, "acl:relcl");
  /* a clause the parser already hung as a complement stays there */
  n = load(rows, 12, words);
  words[5].deprel = "ccomp";
  assert_true(fg_parse_repair_relative_root(words, n));
  assert_int_equal(words[5].head, 10);
  /* the name the root, the clause its parataxis and the main verb a
   * conjunct inside it: the relative-subject repair attaches "whose"
   * first and gives the root to "sold" */
  n = load(rows, 12, words);
  words[0].head = 0;
  words[0].deprel = "root";
  words[5].head = 1;
  words[5].deprel = "parataxis";
  words[9].head = 6;
  words[9].deprel = "conj";
  words[8].head = 10;
  words[11].head = 1;
  assert_true(fg_parse_repair_relative_subject(words, n));
  assert_int_equal(words[9].head, 0);
  assert_int_equal(words[0].head, 10);
  assert_string_equal(words[5].deprel, "acl:relcl");
}

/* "Ida met Ada Moss , who founded Kivo ." with the clause a parataxis of
 * "met": a relative clause of the name before the comma. */
static void test_who_clause_of_nominal(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Ida", FG_UPOS_PROPN, NULL, 2, "nsubj"},
      {"met", FG_UPOS_VERB, FIN, 0, "root"},
      {"Ada", FG_UPOS_PROPN, NULL, 2, "obj"},
      {"Moss", FG_UPOS_PROPN, NULL, 3, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 7, "punct"},
      {"who", FG_UPOS_PRON, NULL, 7, "nsubj"},
      {"founded", FG_UPOS_VERB, FIN, 2, "parataxis"},
      {"Kivo", FG_UPOS_PROPN, NULL, 7, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[9];
  size_t n = load(rows, 9, words);
  assert_true(fg_parse_repair_relative_root(words, n));
  assert_int_equal(words[6].head, 3);
  assert_string_equal(words[6].deprel, "acl:relcl");
  /* "who" as the object ("who Ida met") or no comma before it: stays */
  n = load(rows, 9, words);
  words[5].deprel = "obj";
  assert_false(fg_parse_repair_relative_root(words, n));
  assert_int_equal(words[6].head, 2);
  n = load(rows, 9, words);
  words[4].form = "and";
  words[4].form_len = 3;
  assert_false(fg_parse_repair_relative_root(words, n));
  /* "Ida met members of Kivo , who helped her .": the common noun's
   * clause, not the name's in its "of" phrase; "such as" keeps the name */
  static const Row of[] = {
      {"Ida", FG_UPOS_PROPN, NULL, 2, "nsubj"},
      {"met", FG_UPOS_VERB, FIN, 0, "root"},
      {"members", FG_UPOS_NOUN, NULL, 2, "obj"},
      {"of", FG_UPOS_ADP, NULL, 5, "case"},
      {"Kivo", FG_UPOS_PROPN, NULL, 3, "nmod"},
      {",", FG_UPOS_PUNCT, NULL, 8, "punct"},
      {"who", FG_UPOS_PRON, NULL, 8, "nsubj"},
      {"helped", FG_UPOS_VERB, FIN, 2, "conj"},
      {"her", FG_UPOS_PRON, NULL, 8, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord more[10];
  n = load(of, 10, more);
  assert_true(fg_parse_repair_relative_root(more, n));
  assert_int_equal(more[7].head, 3);
  n = load(of, 10, more);
  more[3].form = "like";
  more[3].form_len = 4;
  assert_true(fg_parse_repair_relative_root(more, n));
  assert_int_equal(more[7].head, 5);
}

/* "Tamsin Crowe, a pilot for Brevik Air, lives in Tromso." with
 * "Brevik" hung on "for", "for" on "lives" and "lives" on "pilot". */
static void test_verb_after_apposition(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Tamsin", FG_UPOS_PROPN, NULL, 0, "root"},
      {"Crowe", FG_UPOS_PROPN, NULL, 1, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 5, "punct"},
      {"a", FG_UPOS_DET, NULL, 5, "det"},
      {"pilot", FG_UPOS_NOUN, NULL, 1, "appos"},
      {"for", FG_UPOS_ADP, NULL, 10, "case"},
      {"Brevik", FG_UPOS_PROPN, NULL, 6, "appos"},
      {"Air", FG_UPOS_PROPN, NULL, 7, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 10, "punct"},
      {"lives", FG_UPOS_VERB, FIN, 5, "nmod"},
      {"in", FG_UPOS_ADP, NULL, 12, "case"},
      {"Tromso", FG_UPOS_PROPN, NULL, 10, "obl"},
      {".", FG_UPOS_PUNCT, NULL, 1, "punct"},
  };
  FgWord words[13];
  size_t n = load(rows, 13, words);
  assert_true(fg_parse_repair_punct_heads(words, n));
  assert_int_equal(words[6].head, 5);
  assert_string_equal(words[6].deprel, "nmod");
  assert_int_equal(words[5].head, 7);
  assert_true(fg_parse_repair_verb_under_nominal(words, n));
  assert_int_equal(words[9].head, 0);
  assert_int_equal(words[0].head, 10);
  assert_string_equal(words[0].deprel, "nsubj");
  /* no comma before the verb: it stays inside the apposition */
  n = load(rows, 13, words);
  words[8].form = "-";
  fg_parse_repair_punct_heads(words, n);
  assert_false(fg_parse_repair_verb_under_nominal(words, n));
}

/* "A bomber hit a church in the capital, Tarsk and killed 25." with
 * "Tarsk" the subject of "killed" and "killed" a conjunct of the root. */
static size_t name_before_and(FgWord *words) {
  static const Row rows[] = {
      {"A", FG_UPOS_DET, NULL, 2, "det"},
      {"bomber", FG_UPOS_NOUN, NULL, 3, "nsubj"},
      {"hit", FG_UPOS_VERB, FIN, 0, "root"},
      {"a", FG_UPOS_DET, NULL, 5, "det"},
      {"church", FG_UPOS_NOUN, NULL, 3, "obj"},
      {"in", FG_UPOS_ADP, NULL, 8, "case"},
      {"the", FG_UPOS_DET, NULL, 8, "det"},
      {"capital", FG_UPOS_NOUN, NULL, 5, "nmod"},
      {",", FG_UPOS_PUNCT, NULL, 3, "punct"},
      {"Tarsk", FG_UPOS_PROPN, NULL, 12, "nsubj"},
      {"and", FG_UPOS_CCONJ, NULL, 12, "cc"},
      {"killed", FG_UPOS_VERB, FIN, 3, "conj"},
      {"25", FG_UPOS_NUM, NULL, 12, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 3, "punct"},
  };
  return load(rows, sizeof rows / sizeof *rows, words);
}

static void test_name_before_and(void **state) {
  (void)state;
  FgWord words[14];
  size_t n = name_before_and(words);
  assert_true(fg_parse_repair_name_before_and(words, n));
  assert_int_equal(words[9].head, 8);
  assert_string_equal(words[9].deprel, "appos");
  assert_int_equal(words[11].head, 3);
  assert_string_equal(words[11].deprel, "conj");
  /* no comma before the name ("the capital and Tarsk"): a subject */
  n = name_before_and(words);
  words[8].form = "-";
  assert_false(fg_parse_repair_name_before_and(words, n));
  /* a common noun after the comma stays a subject */
  n = name_before_and(words);
  words[9].upos = FG_UPOS_NOUN;
  assert_false(fg_parse_repair_name_before_and(words, n));
}

/* "Ida is married to the singer Al Vey." with "to" an oblique of
 * "married", "the" its conjunct and "singer" the conjunct's. */
static void test_case_in_nominal_place(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Ida", FG_UPOS_PROPN, NULL, 3, "nsubj:pass"},
      {"is", FG_UPOS_AUX, FIN, 3, "aux:pass"},
      {"married", FG_UPOS_VERB, "VerbForm=Part", 0, "root"},
      {"to", FG_UPOS_ADP, NULL, 3, "obl"},
      {"the", FG_UPOS_DET, NULL, 4, "conj"},
      {"singer", FG_UPOS_NOUN, NULL, 5, "conj"},
      {"Al", FG_UPOS_PROPN, NULL, 8, "compound"},
      {"Vey", FG_UPOS_PROPN, NULL, 6, "appos"},
      {".", FG_UPOS_PUNCT, NULL, 3, "punct"},
  };
  FgWord words[10];
  size_t n = load(rows, 9, words);
  assert_true(fg_parse_repair_punct_heads(words, n));
  assert_int_equal(words[5].head, 3);
  assert_string_equal(words[5].deprel, "obl");
  assert_int_equal(words[3].head, 6);
  assert_string_equal(words[3].deprel, "case");
  assert_int_equal(words[4].head, 6);
  assert_string_equal(words[4].deprel, "det");
  assert_int_equal(words[7].head, 6); /* the name stays the noun's */
  assert_false(fg_parse_repair_punct_heads(words, n));
  /* a compound chain: "to the Elm Street School" heads on "School" */
  n = load(rows, 9, words);
  words[5].form = "Elm";
  words[5].upos = FG_UPOS_PROPN;
  words[5].head = 7;
  words[5].deprel = "compound";
  words[6].form = "Street";
  words[6].head = 8;
  words[7].form = "School";
  words[7].head = 5;
  words[7].deprel = "conj";
  assert_true(fg_parse_repair_punct_heads(words, n));
  assert_int_equal(words[7].head, 3);
  assert_int_equal(words[3].head, 8);
  assert_int_equal(words[5].head, 7); /* Elm stays on Street */
  assert_int_equal(words[6].head, 8);
  assert_string_equal(words[6].deprel, "compound");
  /* a root marker ("I'll be in tomorrow") is left alone */
  static const Row in_root[] = {
      {"I", FG_UPOS_PRON, NULL, 3, "nsubj"},
      {"will", FG_UPOS_AUX, FIN, 3, "aux"},
      {"in", FG_UPOS_ADP, NULL, 0, "root"},
      {"tomorrow", FG_UPOS_NOUN, NULL, 3, "obl"},
  };
  n = load(in_root, 4, words);
  assert_false(fg_parse_repair_punct_heads(words, n));
}

/* "Ida may impose fees on Tolvia next month." with "Tolvia" a compound of
 * "month". */
/* "Okafor, 48, worked at Kessel Bank." with "worked" the parataxis of
 * the name, the root. */
static void test_age_then_clause(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Okafor", FG_UPOS_PROPN, NULL, 0, "root"},
      {",", FG_UPOS_PUNCT, NULL, 3, "punct"},
      {"48", FG_UPOS_NUM, NULL, 1, "nmod:unmarked"},
      {",", FG_UPOS_PUNCT, NULL, 5, "punct"},
      {"worked", FG_UPOS_VERB, FIN, 1, "parataxis"},
      {"at", FG_UPOS_ADP, NULL, 8, "case"},
      {"Kessel", FG_UPOS_PROPN, NULL, 8, "compound"},
      {"Bank", FG_UPOS_PROPN, NULL, 5, "obl"},
      {".", FG_UPOS_PUNCT, NULL, 1, "punct"},
  };
  FgWord words[9];
  size_t n = load(rows, 9, words);
  assert_true(fg_parse_repair_age_then_clause(words, n));
  assert_int_equal(words[4].head, 0);
  assert_string_equal(words[4].deprel, "root");
  assert_int_equal(words[0].head, 5);
  assert_string_equal(words[0].deprel, "nsubj");
  assert_int_equal(words[8].head, 5); /* the stop goes with the verb */
  assert_int_equal(words[2].head, 1); /* the age stays the name's */
  assert_false(fg_parse_repair_age_then_clause(words, n));
  /* a clause with a subject of its own stays ("Okafor, 48, he worked") */
  n = load(rows, 9, words);
  words[5].deprel = "nsubj";
  words[5].head = 5;
  assert_false(fg_parse_repair_age_then_clause(words, n));
  /* no age between commas: not this repair's */
  n = load(rows, 9, words);
  words[2].upos = FG_UPOS_NOUN;
  assert_false(fg_parse_repair_age_then_clause(words, n));
}

/* "Tolvia recalled its ambassador to Italy , Jan Brek , on Friday ." with
 * the name on "Italy"; and "a spokesman for Velm Bank , Ana Roe , said". */
static void test_name_on_role_noun(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Tolvia", FG_UPOS_PROPN, NULL, 2, "nsubj"},
      {"recalled", FG_UPOS_VERB, FIN, 0, "root"},
      {"its", FG_UPOS_PRON, NULL, 4, "nmod:poss"},
      {"ambassador", FG_UPOS_NOUN, NULL, 2, "obj"},
      {"to", FG_UPOS_ADP, NULL, 6, "case"},
      {"Italy", FG_UPOS_PROPN, NULL, 2, "obl"},
      {",", FG_UPOS_PUNCT, NULL, 8, "punct"},
      {"Jan", FG_UPOS_PROPN, NULL, 6, "appos"},
      {"Brek", FG_UPOS_PROPN, NULL, 8, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 12, "punct"},
      {"on", FG_UPOS_ADP, NULL, 12, "case"},
      {"Friday", FG_UPOS_PROPN, NULL, 2, "obl"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[13];
  size_t n = load(rows, 13, words);
  words[5].ner_type = FG_NER_COUNTRY;
  words[7].ner_type = words[8].ner_type = FG_NER_PERSON;
  assert_true(fg_parse_repair_name_on_role_noun(words, n));
  assert_int_equal(words[7].head, 4);
  assert_string_equal(words[7].deprel, "appos");
  assert_int_equal(words[6].head, 8);
  assert_false(fg_parse_repair_name_on_role_noun(words, n));
  /* a person apposed to a person, or an untyped name: unchanged */
  n = load(rows, 13, words);
  words[5].ner_type = FG_NER_PERSON;
  words[7].ner_type = FG_NER_PERSON;
  assert_false(fg_parse_repair_name_on_role_noun(words, n));
  n = load(rows, 13, words);
  words[7].ner_type = FG_NER_PERSON;
  assert_false(fg_parse_repair_name_on_role_noun(words, n));
  /* "by" is no role's preposition */
  n = load(rows, 13, words);
  words[5].ner_type = FG_NER_COUNTRY;
  words[7].ner_type = FG_NER_PERSON;
  words[4].form = "by";
  words[4].form_len = 2;
  assert_false(fg_parse_repair_name_on_role_noun(words, n));
  /* the name of an nmod on a noun ("a spokesman for Velm Bank , Ana Roe , said") */
  static const Row spokesman[] = {
      {"A", FG_UPOS_DET, NULL, 2, "det"},
      {"spokesman", FG_UPOS_NOUN, NULL, 10, "nsubj"},
      {"for", FG_UPOS_ADP, NULL, 5, "case"},
      {"Velm", FG_UPOS_PROPN, NULL, 5, "compound"},
      {"Bank", FG_UPOS_PROPN, NULL, 2, "nmod"},
      {",", FG_UPOS_PUNCT, NULL, 7, "punct"},
      {"Ana", FG_UPOS_PROPN, NULL, 5, "appos"},
      {"Roe", FG_UPOS_PROPN, NULL, 7, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 2, "punct"},
      {"said", FG_UPOS_VERB, FIN, 0, "root"},
      {".", FG_UPOS_PUNCT, NULL, 10, "punct"},
  };
  n = load(spokesman, 11, words);
  words[3].ner_type = words[4].ner_type = FG_NER_ORGANIZATION;
  words[6].ner_type = words[7].ner_type = FG_NER_PERSON;
  assert_true(fg_parse_repair_name_on_role_noun(words, n));
  assert_int_equal(words[6].head, 2);
  /* a name hung as a bare nmod, its given name a compound ("its envoy in
   * Vesk , Lena/compound Holm/nmod ,") */
  n = load(spokesman, 11, words);
  words[3].ner_type = words[4].ner_type = FG_NER_PLACE;
  words[6].ner_type = words[7].ner_type = FG_NER_PERSON;
  words[2].form = "in";
  words[2].form_len = 2;
  words[6].head = 8;
  words[6].deprel = "compound";
  words[7].head = 5;
  words[7].deprel = "nmod";
  assert_true(fg_parse_repair_name_on_role_noun(words, n));
  assert_int_equal(words[7].head, 2);
  assert_string_equal(words[7].deprel, "appos");
  assert_int_equal(words[5].head, 8);
}

/* "Kessel AG , Germany 's largest chemicals maker , said" with "maker"
 * the object of "chemicals". */
static void test_plural_compound(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Kessel", FG_UPOS_PROPN, NULL, 10, "nsubj"},
      {"AG", FG_UPOS_PROPN, NULL, 1, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 7, "punct"},
      {"Germany", FG_UPOS_PROPN, NULL, 7, "nmod:poss"},
      {"'s", FG_UPOS_PART, NULL, 4, "case"},
      {"largest", FG_UPOS_ADJ, NULL, 7, "amod"},
      {"chemicals", FG_UPOS_NOUN, NULL, 1, "appos"},
      {"maker", FG_UPOS_NOUN, NULL, 7, "obj"},
      {",", FG_UPOS_PUNCT, NULL, 7, "punct"},
      {"said", FG_UPOS_VERB, FIN, 0, "root"},
      {".", FG_UPOS_PUNCT, NULL, 10, "punct"},
  };
  FgWord words[11];
  size_t n = load(rows, 11, words);
  words[6].xpos = "NNS";
  words[7].xpos = "NN";
  assert_true(fg_parse_repair_plural_compound(words, n));
  assert_int_equal(words[7].head, 1);
  assert_string_equal(words[7].deprel, "appos");
  assert_int_equal(words[6].head, 8);
  assert_string_equal(words[6].deprel, "compound");
  assert_int_equal(words[3].head, 8);
  assert_int_equal(words[5].head, 8);
  assert_int_equal(words[8].head, 8);
  /* a verb-like plural with no modifier keeps its object ("Analysts expect growth") */
  n = load(rows, 11, words);
  words[6].xpos = "NNS";
  words[7].xpos = "NN";
  words[3].head = words[5].head = 1;
  assert_false(fg_parse_repair_plural_compound(words, n));
}

/* "According to Velm Bank , Kessel bought Orvan ." read with "According"
 * the root, the bank its object and the clause a relative clause on it. */
static void test_according_root(void **state) {
  (void)state;
  static const Row rows[] = {
      {"According", FG_UPOS_VERB, NULL, 0, "root"},
      {"to", FG_UPOS_ADP, NULL, 1, "fixed"},
      {"Velm", FG_UPOS_PROPN, NULL, 4, "compound"},
      {"Bank", FG_UPOS_PROPN, NULL, 1, "obj"},
      {",", FG_UPOS_PUNCT, NULL, 4, "punct"},
      {"Kessel", FG_UPOS_PROPN, NULL, 7, "nsubj"},
      {"bought", FG_UPOS_VERB, FIN, 4, "acl:relcl"},
      {"Orvan", FG_UPOS_PROPN, NULL, 7, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 1, "punct"},
  };
  FgWord words[9];
  size_t n = load(rows, 9, words);
  assert_true(fg_parse_repair_according_root(words, n));
  assert_int_equal(words[6].head, 0);
  assert_string_equal(words[6].deprel, "root");
  assert_int_equal(words[3].head, 7);
  assert_string_equal(words[3].deprel, "obl");
  assert_int_equal(words[0].head, 4);
  assert_string_equal(words[0].deprel, "case");
  assert_int_equal(words[8].head, 7);
  assert_false(fg_parse_repair_according_root(words, n));
  /* no comma before the clause: not this repair's */
  n = load(rows, 9, words);
  words[4].form = "-";
  assert_false(fg_parse_repair_according_root(words, n));
}

/* "Velm AG to buy Orvan Steel" read as the name (root) with the verb its
 * clause: the verb is the root, the name its subject. */
static void test_headline_infinitive(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Velm", FG_UPOS_PROPN, NULL, 0, "root"},
      {"AG", FG_UPOS_PROPN, NULL, 1, "flat"},
      {"to", FG_UPOS_PART, NULL, 4, "mark"},
      {"buy", FG_UPOS_VERB, "VerbForm=Inf", 1, "acl"},
      {"Orvan", FG_UPOS_PROPN, NULL, 6, "compound"},
      {"Steel", FG_UPOS_PROPN, NULL, 4, "obj"},
  };
  FgWord words[6];
  size_t n = load(rows, 6, words);
  words[3].xpos = "VB";
  assert_true(fg_parse_repair_headline_infinitive(words, n));
  assert_int_equal(words[3].head, 0);
  assert_string_equal(words[3].deprel, "root");
  assert_int_equal(words[0].head, 4);
  assert_string_equal(words[0].deprel, "nsubj");
  assert_int_equal(words[1].head, 1);
  assert_false(fg_parse_repair_headline_infinitive(words, n));
  /* a finite verb elsewhere: a name's purpose clause ("X to buy Y, it said") */
  n = load(rows, 6, words);
  words[3].xpos = "VB";
  words[5].feats = "Mood=Ind|Tense=Past|VerbForm=Fin";
  assert_false(fg_parse_repair_headline_infinitive(words, n));
  /* a word between the name and "to" that is not the name's */
  n = load(rows, 6, words);
  words[3].xpos = "VB";
  words[1].head = 4;
  words[1].deprel = "advmod";
  assert_false(fg_parse_repair_headline_infinitive(words, n));
}

/* "German carmaker Kessel Motors said ..." with the noun and the name
 * both subjects of "said" and "German" its adverb. */
static void test_noun_and_name_subjects(void **state) {
  (void)state;
  static const Row rows[] = {
      {"German", FG_UPOS_ADJ, NULL, 5, "advmod"},
      {"carmaker", FG_UPOS_NOUN, NULL, 5, "nsubj"},
      {"Kessel", FG_UPOS_PROPN, NULL, 4, "compound"},
      {"Motors", FG_UPOS_PROPN, NULL, 5, "nsubj"},
      {"said", FG_UPOS_VERB, FIN, 0, "root"},
      {"so", FG_UPOS_ADV, NULL, 5, "advmod"},
      {".", FG_UPOS_PUNCT, NULL, 5, "punct"},
  };
  FgWord words[8];
  size_t n = load(rows, 7, words);
  assert_true(fg_parse_repair_noun_and_name_subjects(words, n));
  assert_int_equal(words[1].head, 4);
  assert_string_equal(words[1].deprel, "nmod:desc");
  assert_int_equal(words[0].head, 2);
  assert_string_equal(words[0].deprel, "amod");
  assert_int_equal(words[3].head, 5); /* the name stays the subject */
  assert_false(fg_parse_repair_noun_and_name_subjects(words, n));
  /* with no adjective before the noun (GUM's "Biologist X tells") it stays */
  n = load(rows, 7, words);
  words[0].upos = FG_UPOS_DET;
  assert_false(fg_parse_repair_noun_and_name_subjects(words, n));
  /* a compound of nouns, the subject on the first ("Swiss commodities
   * giant Velm said") */
  static const Row compound[] = {
      {"Swiss", FG_UPOS_ADJ, NULL, 2, "amod"},
      {"commodities", FG_UPOS_NOUN, NULL, 5, "nsubj"},
      {"giant", FG_UPOS_NOUN, NULL, 2, "discourse"},
      {"Velm", FG_UPOS_PROPN, NULL, 5, "nsubj"},
      {"said", FG_UPOS_VERB, FIN, 0, "root"},
      {"so", FG_UPOS_ADV, NULL, 5, "advmod"},
      {".", FG_UPOS_PUNCT, NULL, 5, "punct"},
  };
  n = load(compound, 7, words);
  assert_true(fg_parse_repair_noun_and_name_subjects(words, n));
  assert_int_equal(words[2].head, 4);
  assert_string_equal(words[2].deprel, "nmod:desc");
  assert_int_equal(words[1].head, 3);
  assert_string_equal(words[1].deprel, "compound");
  assert_int_equal(words[0].head, 3);
  assert_int_equal(words[3].head, 5);
  /* both nouns subjects, the name the last one's apposition ("Swiss
   * chemicals giant Velm AG said") */
  static const Row apposed[] = {
      {"Swiss", FG_UPOS_ADJ, NULL, 2, "amod"},
      {"chemicals", FG_UPOS_NOUN, NULL, 6, "nsubj"},
      {"giant", FG_UPOS_NOUN, NULL, 6, "nsubj"},
      {"Velm", FG_UPOS_PROPN, NULL, 3, "appos"},
      {"AG", FG_UPOS_PROPN, NULL, 4, "flat"},
      {"said", FG_UPOS_VERB, FIN, 0, "root"},
      {"so", FG_UPOS_ADV, NULL, 6, "advmod"},
      {".", FG_UPOS_PUNCT, NULL, 6, "punct"},
  };
  n = load(apposed, 8, words);
  assert_true(fg_parse_repair_noun_and_name_subjects(words, n));
  assert_int_equal(words[3].head, 6);
  assert_string_equal(words[3].deprel, "nsubj");
  assert_int_equal(words[2].head, 4);
  assert_string_equal(words[2].deprel, "nmod:desc");
  assert_int_equal(words[1].head, 3);
  assert_string_equal(words[1].deprel, "compound");
  /* a name apposed to a lone noun subject is not this repair's */
  n = load(apposed, 8, words);
  words[1].head = 3;
  words[1].deprel = "compound";
  assert_false(fg_parse_repair_noun_and_name_subjects(words, n));
}

/* "Voters elected Osri Tamblin of BNR and Kael Vostrand of the Harrow
 * League ." with "Kael" a conjunct of "BNR" and "of the Harrow League" on
 * "Osri". */
static void test_name_of_list(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Voters", FG_UPOS_NOUN, NULL, 2, "nsubj"},
      {"elected", FG_UPOS_VERB, FIN, 0, "root"},
      {"Osri", FG_UPOS_PROPN, NULL, 2, "obj"},
      {"Tamblin", FG_UPOS_PROPN, NULL, 3, "flat"},
      {"of", FG_UPOS_ADP, NULL, 6, "case"},
      {"BNR", FG_UPOS_PROPN, NULL, 4, "nmod"},
      {"and", FG_UPOS_CCONJ, NULL, 8, "cc"},
      {"Kael", FG_UPOS_PROPN, NULL, 6, "conj"},
      {"Vostrand", FG_UPOS_PROPN, NULL, 8, "flat"},
      {"of", FG_UPOS_ADP, NULL, 13, "case"},
      {"the", FG_UPOS_DET, NULL, 13, "det"},
      {"Harrow", FG_UPOS_PROPN, NULL, 13, "compound"},
      {"League", FG_UPOS_PROPN, NULL, 3, "nmod"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[14];
  size_t n = load(rows, 14, words);
  assert_true(fg_parse_repair_name_of_list(words, n));
  assert_int_equal(words[7].head, 3);
  assert_string_equal(words[7].deprel, "conj");
  assert_int_equal(words[12].head, 8);
  assert_string_equal(words[12].deprel, "nmod");
  assert_false(fg_parse_repair_name_of_list(words, n));
  /* the stray phrase on the first name's last word */
  n = load(rows, 14, words);
  words[12].head = 4;
  assert_true(fg_parse_repair_name_of_list(words, n));
  assert_int_equal(words[12].head, 8);
  /* a one-word conjunct is no person's name ("the Institute of History and
   * Philology of Y") */
  n = load(rows, 14, words);
  words[8].upos = FG_UPOS_NOUN;
  assert_false(fg_parse_repair_name_of_list(words, n));
}

static void test_time_after_name(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Ida", FG_UPOS_PROPN, NULL, 3, "nsubj"},
      {"may", FG_UPOS_AUX, FIN, 3, "aux"},
      {"impose", FG_UPOS_VERB, NULL, 0, "root"},
      {"fees", FG_UPOS_NOUN, NULL, 3, "obj"},
      {"on", FG_UPOS_ADP, NULL, 8, "case"},
      {"Tolvia", FG_UPOS_PROPN, NULL, 8, "compound"},
      {"next", FG_UPOS_ADJ, NULL, 8, "amod"},
      {"month", FG_UPOS_NOUN, NULL, 3, "obl"},
      {".", FG_UPOS_PUNCT, NULL, 3, "punct"},
  };
  FgWord words[10];
  size_t n = load(rows, 9, words);
  assert_true(fg_parse_repair_time_after_name(words, n));
  assert_int_equal(words[5].head, 3);
  assert_string_equal(words[5].deprel, "obl");
  assert_int_equal(words[4].head, 6); /* "on" goes with the name */
  assert_int_equal(words[7].head, 3);
  assert_string_equal(words[7].deprel, "obl:tmod");
  assert_int_equal(words[6].head, 8); /* "next" stays with "month" */
  assert_false(fg_parse_repair_time_after_name(words, n));
  /* a compound of another noun ("the Tolvia trade month") stays */
  n = load(rows, 9, words);
  words[6].form = "trade";
  assert_false(fg_parse_repair_time_after_name(words, n));
  /* a name's last word read as the noun's adjective, a verb tagged NNP
   * ("on Halden United/amod next month") */
  n = load(rows, 9, words);
  words[5].form = "United";
  words[5].upos = FG_UPOS_VERB;
  words[5].deprel = "amod";
  assert_false(fg_parse_repair_time_after_name(words, n));
  words[5].xpos = "NNP";
  assert_true(fg_parse_repair_time_after_name(words, n));
  assert_int_equal(words[7].head, 3);
  assert_string_equal(words[7].deprel, "obl:tmod");
}

/* "Ida left after the firm warned on profits." with "after" the case
 * marker of "firm", an oblique of "left", and "warned" its open clause. */
static void test_subordinate_clause(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Ida", FG_UPOS_PROPN, NULL, 2, "nsubj"},
      {"left", FG_UPOS_VERB, FIN, 0, "root"},
      {"after", FG_UPOS_ADP, NULL, 5, "case"},
      {"the", FG_UPOS_DET, NULL, 5, "det"},
      {"firm", FG_UPOS_NOUN, NULL, 2, "obl"},
      {"warned", FG_UPOS_VERB, FIN, 2, "xcomp"},
      {"on", FG_UPOS_ADP, NULL, 8, "case"},
      {"profits", FG_UPOS_NOUN, NULL, 6, "obl"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[10];
  size_t n = load(rows, 9, words);
  assert_true(fg_parse_repair_subordinate_clause(words, n));
  assert_int_equal(words[5].head, 2);
  assert_string_equal(words[5].deprel, "advcl");
  assert_int_equal(words[4].head, 6);
  assert_string_equal(words[4].deprel, "nsubj");
  assert_int_equal(words[2].head, 6);
  assert_string_equal(words[2].deprel, "mark");
  assert_false(fg_parse_repair_subordinate_clause(words, n));
  /* a verb with its own subject ("after the talks, Ida warned") stays */
  n = load(rows, 9, words);
  words[5].head = 2;
  words[3].head = 6;
  words[3].deprel = "nsubj";
  assert_false(fg_parse_repair_subordinate_clause(words, n));
  /* the subject right, the marker on it: "as" marks the verb */
  n = load(rows, 9, words);
  words[2].form = "as";
  words[2].form_len = 2;
  words[4].head = 6;
  words[4].deprel = "nsubj";
  words[5].deprel = "ccomp";
  assert_true(fg_parse_repair_subordinate_clause(words, n));
  assert_int_equal(words[2].head, 6);
  assert_string_equal(words[2].deprel, "mark");
  assert_string_equal(words[5].deprel, "advcl");
  /* a preposition that is no conjunction ("with the firm") stays */
  n = load(rows, 9, words);
  words[2].form = "with";
  words[2].form_len = 4;
  assert_false(fg_parse_repair_subordinate_clause(words, n));
  /* the verb a finite clause of the phrase's noun ("after the firm
   * warned/acl"); not a participle ("after the firm named/acl") */
  n = load(rows, 9, words);
  words[5].head = 5;
  words[5].deprel = "acl";
  assert_true(fg_parse_repair_subordinate_clause(words, n));
  assert_int_equal(words[5].head, 2);
  assert_string_equal(words[5].deprel, "advcl");
  assert_int_equal(words[4].head, 6);
  assert_string_equal(words[4].deprel, "nsubj");
  assert_string_equal(words[2].deprel, "mark");
  n = load(rows, 9, words);
  words[5].head = 5;
  words[5].deprel = "acl";
  words[5].feats = "VerbForm=Part";
  assert_false(fg_parse_repair_subordinate_clause(words, n));
  /* the same as a relative clause without its pronoun ("after the talks
   * collapsed/acl:relcl"); not with one ("after the firm that warned") */
  n = load(rows, 9, words);
  words[5].head = 5;
  words[5].deprel = "acl:relcl";
  assert_true(fg_parse_repair_subordinate_clause(words, n));
  assert_string_equal(words[5].deprel, "advcl");
  assert_int_equal(words[4].head, 6);
  n = load(rows, 9, words);
  words[5].head = 5;
  words[5].deprel = "acl:relcl";
  words[3].head = 6;
  words[3].deprel = "nsubj";
  assert_false(fg_parse_repair_subordinate_clause(words, n));
}

/* "It came after Ida Berg , who won , met Tom ." with "Ida" an
 * apposition of "after", the mark of "met". */
static void test_subject_after_subordinator(void **state) {
  (void)state;
  static const Row rows[] = {
      {"It", FG_UPOS_PRON, NULL, 2, "nsubj"},
      {"came", FG_UPOS_VERB, FIN, 0, "root"},
      {"after", FG_UPOS_SCONJ, NULL, 10, "mark"},
      {"Ida", FG_UPOS_PROPN, NULL, 3, "appos"},
      {"Berg", FG_UPOS_PROPN, NULL, 4, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 8, "punct"},
      {"who", FG_UPOS_PRON, NULL, 8, "nsubj"},
      {"won", FG_UPOS_VERB, FIN, 4, "acl:relcl"},
      {",", FG_UPOS_PUNCT, NULL, 3, "punct"},
      {"met", FG_UPOS_VERB, FIN, 2, "advcl"},
      {"Tom", FG_UPOS_PROPN, NULL, 10, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[12];
  size_t n = load(rows, 12, words);
  assert_true(fg_parse_repair_subject_after_subordinator(words, n));
  assert_int_equal(words[3].head, 10);
  assert_string_equal(words[3].deprel, "nsubj");
  assert_int_equal(words[8].head, 4);
  assert_false(fg_parse_repair_subject_after_subordinator(words, n));
  /* as a conjunct with "after" its adverb: an adverbial clause */
  n = load(rows, 12, words);
  words[2].deprel = "advmod";
  words[9].deprel = "conj";
  assert_true(fg_parse_repair_subject_after_subordinator(words, n));
  assert_string_equal(words[2].deprel, "mark");
  assert_string_equal(words[9].deprel, "advcl");
  /* the verb with a subject of its own stays */
  n = load(rows, 12, words);
  words[0].head = 10;
  assert_false(fg_parse_repair_subject_after_subordinator(words, n));
  /* a word that is no subordinator ("with Ida Berg") stays */
  n = load(rows, 12, words);
  words[2].form = "with";
  words[2].form_len = 4;
  assert_false(fg_parse_repair_subject_after_subordinator(words, n));
}

/* "Speaking in Lyon , Ida Berg , the head of Kivo , said ." with "Ida" a
 * conjunct of "Lyon" and "head" an apposition of "Speaking". */
static void test_opening_participle_subject(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Speaking", FG_UPOS_VERB, NULL, 13, "advcl"},
      {"in", FG_UPOS_ADP, NULL, 3, "case"},
      {"Lyon", FG_UPOS_PROPN, NULL, 1, "obl"},
      {",", FG_UPOS_PUNCT, NULL, 5, "punct"},
      {"Ida", FG_UPOS_PROPN, NULL, 3, "conj"},
      {"Berg", FG_UPOS_PROPN, NULL, 5, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 9, "punct"},
      {"the", FG_UPOS_DET, NULL, 9, "det"},
      {"head", FG_UPOS_NOUN, NULL, 1, "appos"},
      {"of", FG_UPOS_ADP, NULL, 11, "case"},
      {"Kivo", FG_UPOS_PROPN, NULL, 9, "nmod"},
      {",", FG_UPOS_PUNCT, NULL, 1, "punct"},
      {"said", FG_UPOS_VERB, FIN, 0, "root"},
      {".", FG_UPOS_PUNCT, NULL, 13, "punct"},
  };
  FgWord words[14];
  size_t n = load(rows, 14, words);
  words[0].xpos = "VBG";
  assert_true(fg_parse_repair_opening_participle_subject(words, n));
  assert_int_equal(words[4].head, 13);
  assert_string_equal(words[4].deprel, "nsubj");
  assert_int_equal(words[8].head, 5);
  assert_string_equal(words[8].deprel, "appos");
  assert_int_equal(words[3].head, 1);
  assert_int_equal(words[11].head, 9);
  assert_false(fg_parse_repair_opening_participle_subject(words, n));
  /* the main verb with a subject ("..., Ida Berg, the head of Kivo, he
   * said") stays */
  n = load(rows, 14, words);
  words[0].xpos = "VBG";
  words[11].form = "he";
  words[11].upos = FG_UPOS_PRON;
  words[11].head = 13;
  words[11].deprel = "nsubj";
  assert_false(fg_parse_repair_opening_participle_subject(words, n));
  /* a list in the clause ("in Lyon and Ida") stays */
  n = load(rows, 14, words);
  words[0].xpos = "VBG";
  words[3].form = "and";
  words[3].form_len = 3;
  words[3].upos = FG_UPOS_CCONJ;
  words[3].deprel = "cc";
  assert_false(fg_parse_repair_opening_participle_subject(words, n));
  /* the apposition hung as an oblique of the participle: the same */
  n = load(rows, 14, words);
  words[0].xpos = "VBG";
  words[8].deprel = "obl";
  assert_true(fg_parse_repair_opening_participle_subject(words, n));
  assert_int_equal(words[8].head, 5);
  assert_string_equal(words[8].deprel, "appos");
  /* without its determiner ("..., Ida Berg, head of Kivo,") it may be the
   * participle's own: stays */
  n = load(rows, 14, words);
  words[0].xpos = "VBG";
  words[8].deprel = "obl";
  words[7].head = 11;
  assert_false(fg_parse_repair_opening_participle_subject(words, n));
  /* the participle the root, "said" its conjunct: "said" is the root */
  n = load(rows, 14, words);
  words[0].xpos = "VBG";
  words[0].head = 0;
  words[0].deprel = "root";
  words[12].head = 1;
  words[12].deprel = "conj";
  words[13].head = 1;
  assert_true(fg_parse_repair_opening_participle_subject(words, n));
  assert_int_equal(words[12].head, 0);
  assert_int_equal(words[0].head, 13);
  assert_string_equal(words[0].deprel, "advcl");
  assert_int_equal(words[4].head, 13);
  assert_int_equal(words[13].head, 13);
  /* the same with no name to be its subject: the tree stays as it was */
  n = load(rows, 14, words);
  words[0].xpos = "VBG";
  words[0].head = 0;
  words[0].deprel = "root";
  words[12].head = 1;
  words[12].deprel = "conj";
  words[4].upos = FG_UPOS_NOUN;
  assert_false(fg_parse_repair_opening_participle_subject(words, n));
  assert_int_equal(words[0].head, 0);
  assert_string_equal(words[12].deprel, "conj");
  /* no participle first ("Last week in Lyon, ...") */
  n = load(rows, 14, words);
  words[0].xpos = "JJ";
  assert_false(fg_parse_repair_opening_participle_subject(words, n));
}

/* "Ida Berg , who was the head of Kivo , runs Tam ." with "head" a
 * second subject of "runs". */
static void test_copular_relative_subject(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Ida", FG_UPOS_PROPN, NULL, 11, "nsubj"},
      {"Berg", FG_UPOS_PROPN, NULL, 1, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 1, "punct"},
      {"who", FG_UPOS_PRON, NULL, 7, "nsubj"},
      {"was", FG_UPOS_AUX, FIN, 7, "cop"},
      {"the", FG_UPOS_DET, NULL, 7, "det"},
      {"head", FG_UPOS_NOUN, NULL, 11, "nsubj"},
      {"of", FG_UPOS_ADP, NULL, 9, "case"},
      {"Kivo", FG_UPOS_PROPN, NULL, 7, "nmod"},
      {",", FG_UPOS_PUNCT, NULL, 7, "punct"},
      {"runs", FG_UPOS_VERB, FIN, 0, "root"},
      {"Tam", FG_UPOS_PROPN, NULL, 11, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 11, "punct"},
  };
  FgWord words[13];
  size_t n = load(rows, 13, words);
  assert_true(fg_parse_repair_copular_relative_subject(words, n));
  assert_int_equal(words[6].head, 1);
  assert_string_equal(words[6].deprel, "acl:relcl");
  assert_int_equal(words[2].head, 7);
  assert_false(fg_parse_repair_copular_relative_subject(words, n));
  /* no relative pronoun ("Ida Berg, then the head of Kivo, runs Tam"):
   * stays */
  n = load(rows, 13, words);
  words[3].form = "then";
  words[3].upos = FG_UPOS_ADV;
  assert_false(fg_parse_repair_copular_relative_subject(words, n));
  /* no copula in the clause: stays */
  n = load(rows, 13, words);
  words[4].deprel = "aux";
  assert_false(fg_parse_repair_copular_relative_subject(words, n));
}

/* "Ida Berg was among those killed ." with "was" an amod of "Berg". */
static void test_copula_among(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Ida", FG_UPOS_PROPN, NULL, 0, "root"},
      {"Berg", FG_UPOS_PROPN, NULL, 1, "flat"},
      {"was", FG_UPOS_AUX, FIN, 2, "amod"},
      {"among", FG_UPOS_ADP, NULL, 5, "case"},
      {"those", FG_UPOS_PRON, NULL, 3, "obl"},
      {"killed", FG_UPOS_VERB, NULL, 5, "acl"},
      {".", FG_UPOS_PUNCT, NULL, 1, "punct"},
  };
  FgWord words[7];
  size_t n = load(rows, 7, words);
  words[2].lemma = "be";
  assert_true(fg_parse_repair_copula_among(words, n));
  assert_int_equal(words[4].head, 0);
  assert_string_equal(words[4].deprel, "root");
  assert_int_equal(words[0].head, 5);
  assert_string_equal(words[0].deprel, "nsubj");
  assert_int_equal(words[2].head, 5);
  assert_string_equal(words[2].deprel, "cop");
  assert_int_equal(words[6].head, 5);
  assert_false(fg_parse_repair_copula_among(words, n));
  /* another preposition ("was with those killed") stays */
  n = load(rows, 7, words);
  words[2].lemma = "be";
  words[3].form = "with";
  words[3].form_len = 4;
  assert_false(fg_parse_repair_copula_among(words, n));
}

/* "Ida was not born in Vell but in Orn ." with "in Orn" hung on "but". */
static void test_phrase_on_coordinator(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Ida", FG_UPOS_PROPN, NULL, 4, "nsubj:pass"},
      {"was", FG_UPOS_AUX, FIN, 4, "aux:pass"},
      {"not", FG_UPOS_PART, NULL, 4, "advmod"},
      {"born", FG_UPOS_VERB, NULL, 0, "root"},
      {"in", FG_UPOS_ADP, NULL, 6, "case"},
      {"Vell", FG_UPOS_PROPN, NULL, 4, "obl"},
      {"but", FG_UPOS_CCONJ, NULL, 4, "cc"},
      {"in", FG_UPOS_ADP, NULL, 9, "case"},
      {"Orn", FG_UPOS_PROPN, NULL, 7, "nmod"},
      {".", FG_UPOS_PUNCT, NULL, 4, "punct"},
  };
  FgWord words[10];
  size_t n = load(rows, 10, words);
  assert_true(fg_parse_repair_phrase_on_coordinator(words, n));
  assert_int_equal(words[8].head, 6);
  assert_string_equal(words[8].deprel, "conj");
  assert_int_equal(words[6].head, 9);
  assert_string_equal(words[6].deprel, "cc");
  assert_false(fg_parse_repair_phrase_on_coordinator(words, n));
  /* another case word ("not in Vell but near Orn") has no phrase to pair */
  n = load(rows, 10, words);
  words[7].form = "near";
  words[7].form_len = 4;
  assert_false(fg_parse_repair_phrase_on_coordinator(words, n));
}

/* "Ida voted on Tuesday ." with "on" a particle of "voted". */
static void test_particle_before_date(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Ida", FG_UPOS_PROPN, NULL, 2, "nsubj"},
      {"voted", FG_UPOS_VERB, FIN, 0, "root"},
      {"on", FG_UPOS_ADP, NULL, 2, "compound:prt"},
      {"Tuesday", FG_UPOS_PROPN, NULL, 2, "obl:unmarked"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[5];
  size_t n = load(rows, 5, words);
  assert_true(fg_parse_repair_particle_before_date(words, n));
  assert_int_equal(words[2].head, 4);
  assert_string_equal(words[2].deprel, "case");
  assert_string_equal(words[3].deprel, "obl");
  /* a particle before another name ("switched on Tolvia Radio") stays */
  n = load(rows, 5, words);
  words[3].form = "Tolvia";
  words[3].form_len = 6;
  assert_false(fg_parse_repair_particle_before_date(words, n));
}

/* "Troops led by Ida Holm toppled Ole Dahl ." with "led" the root and
 * "toppled" a clause of the agent's name. */
static void test_participle_root(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Troops", FG_UPOS_NOUN, NULL, 2, "nsubj"},
      {"led", FG_UPOS_VERB, "VerbForm=Part", 0, "root"},
      {"by", FG_UPOS_ADP, NULL, 4, "case"},
      {"Ida", FG_UPOS_PROPN, NULL, 2, "obl:agent"},
      {"Holm", FG_UPOS_PROPN, NULL, 4, "flat"},
      {"toppled", FG_UPOS_VERB, FIN, 4, "acl"},
      {"Ole", FG_UPOS_PROPN, NULL, 6, "obj"},
      {"Dahl", FG_UPOS_PROPN, NULL, 7, "flat"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[9];
  size_t n = load(rows, 9, words);
  words[1].xpos = "VBN";
  assert_true(fg_parse_repair_participle_root(words, n));
  assert_int_equal(words[5].head, 0);
  assert_int_equal(words[0].head, 6);
  assert_string_equal(words[0].deprel, "nsubj");
  assert_int_equal(words[1].head, 1);
  assert_string_equal(words[1].deprel, "acl");
  assert_int_equal(words[8].head, 6);
  /* a headline's participle with no finite verb after it stays */
  n = load(rows, 9, words);
  words[1].xpos = "VBN";
  words[5].feats = "VerbForm=Part";
  assert_false(fg_parse_repair_participle_root(words, n));
  /* so does a root with an auxiliary ("Troops were led by ...") */
  n = load(rows, 9, words);
  words[1].xpos = "VBN";
  words[2].deprel = "aux:pass";
  words[2].head = 2;
  assert_false(fg_parse_repair_participle_root(words, n));
}

/* "Troops invaded neighbouring Tessa in 2014." with "neighbouring" an
 * open clause of "invaded" and "Tessa" its object. */
static void test_participle_modifier(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Troops", FG_UPOS_NOUN, NULL, 2, "nsubj"},
      {"invaded", FG_UPOS_VERB, FIN, 0, "root"},
      {"neighbouring", FG_UPOS_VERB, NULL, 2, "xcomp"},
      {"Tessa", FG_UPOS_PROPN, NULL, 3, "obj"},
      {"in", FG_UPOS_ADP, NULL, 6, "case"},
      {"2014", FG_UPOS_NUM, NULL, 3, "obl"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[8];
  size_t n = load(rows, 7, words);
  assert_true(fg_parse_repair_participle_modifier(words, n));
  assert_int_equal(words[3].head, 2);
  assert_string_equal(words[3].deprel, "obj");
  assert_int_equal(words[2].head, 4);
  assert_string_equal(words[2].deprel, "amod");
  assert_int_equal(words[5].head, 2); /* "in 2014" goes to the verb */
  assert_false(fg_parse_repair_participle_modifier(words, n));
  /* a verb's own participle clause ("began attacking Tessa") stays */
  n = load(rows, 7, words);
  words[2].form = "attacking";
  words[2].form_len = 9;
  assert_false(fg_parse_repair_participle_modifier(words, n));
}

/* "Born in Velm in 1950, Ada Rusk studied law." with "1950" (and the
 * comma under it) hung on "studied" across the comma. */
static void test_fronted_participle_obl(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Born", FG_UPOS_VERB, NULL, 9, "advcl"},
      {"in", FG_UPOS_ADP, NULL, 3, "case"},
      {"Velm", FG_UPOS_PROPN, NULL, 1, "obl"},
      {"in", FG_UPOS_ADP, NULL, 5, "case"},
      {"1950", FG_UPOS_NUM, NULL, 9, "obl"},
      {",", FG_UPOS_PUNCT, NULL, 5, "punct"},
      {"Ada", FG_UPOS_PROPN, NULL, 9, "nsubj"},
      {"Rusk", FG_UPOS_PROPN, NULL, 7, "flat"},
      {"studied", FG_UPOS_VERB, FIN, 0, "root"},
      {"law", FG_UPOS_NOUN, NULL, 9, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 9, "punct"},
  };
  FgWord words[11];
  size_t n = load(rows, 11, words);
  words[0].xpos = "VBN";
  assert_true(fg_parse_repair_fronted_participle_obl(words, n));
  assert_int_equal(words[4].head, 1);
  assert_string_equal(words[4].deprel, "obl");
  assert_int_equal(words[5].head, 1);
  assert_int_equal(words[2].head, 1);
  assert_false(fg_parse_repair_fronted_participle_obl(words, n));
  /* "Based on ..." opens a preposition, not a clause */
  n = load(rows, 11, words);
  words[0].xpos = "VBN";
  words[0].form = "Based";
  words[0].form_len = 5;
  assert_false(fg_parse_repair_fronted_participle_obl(words, n));
  /* a semicolon before the comma ends the participle's clause there */
  n = load(rows, 11, words);
  words[0].xpos = "VBN";
  words[3].form = ";";
  words[3].form_len = 1;
  words[3].upos = FG_UPOS_PUNCT;
  assert_false(fg_parse_repair_fronted_participle_obl(words, n));
}

/* "Men loyal to Ida Vey stormed Kelt." with "to" the mark of "stormed",
 * "Ida" its subject, and "Men" the root. */
static void test_to_before_subject(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Men", FG_UPOS_NOUN, NULL, 0, "root"},
      {"loyal", FG_UPOS_ADJ, NULL, 1, "amod"},
      {"to", FG_UPOS_ADP, NULL, 6, "mark"},
      {"Ida", FG_UPOS_PROPN, NULL, 6, "nsubj"},
      {"Vey", FG_UPOS_PROPN, NULL, 4, "flat"},
      {"stormed", FG_UPOS_VERB, FIN, 2, "advcl"},
      {"Kelt", FG_UPOS_PROPN, NULL, 6, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 1, "punct"},
  };
  FgWord words[9];
  size_t n = load(rows, 8, words);
  assert_true(fg_parse_repair_to_before_subject(words, n));
  assert_int_equal(words[5].head, 0);
  assert_string_equal(words[5].deprel, "root");
  assert_int_equal(words[0].head, 6);
  assert_string_equal(words[0].deprel, "nsubj");
  assert_int_equal(words[3].head, 2);
  assert_string_equal(words[3].deprel, "obl");
  assert_int_equal(words[2].head, 4);
  assert_string_equal(words[2].deprel, "case");
  assert_int_equal(words[7].head, 6); /* the full stop goes with the root */
  assert_false(fg_parse_repair_to_before_subject(words, n));
  /* an infinitive's "to" stays */
  n = load(rows, 8, words);
  words[5].feats = NULL;
  assert_false(fg_parse_repair_to_before_subject(words, n));
}

/* "The suit filed by Ena Lorr against Dovan Oil failed." with "against"
 * hung on "Ena". */
static void test_role_phrase_on_oblique(void **state) {
  (void)state;
  static const Row rows[] = {
      {"The", FG_UPOS_DET, NULL, 2, "det"},
      {"suit", FG_UPOS_NOUN, NULL, 11, "nsubj"},
      {"filed", FG_UPOS_VERB, NULL, 2, "acl"},
      {"by", FG_UPOS_ADP, NULL, 5, "case"},
      {"Ena", FG_UPOS_PROPN, NULL, 3, "obl:agent"},
      {"Lorr", FG_UPOS_PROPN, NULL, 5, "flat"},
      {"against", FG_UPOS_ADP, NULL, 9, "case"},
      {"Dovan", FG_UPOS_PROPN, NULL, 9, "compound"},
      {"Oil", FG_UPOS_PROPN, NULL, 5, "nmod"},
      {"quickly", FG_UPOS_ADV, NULL, 11, "advmod"},
      {"failed", FG_UPOS_VERB, FIN, 0, "root"},
      {".", FG_UPOS_PUNCT, NULL, 11, "punct"},
  };
  FgWord words[12];
  size_t n = load(rows, 12, words);
  assert_true(fg_parse_repair_role_phrase_on_oblique(words, n));
  assert_int_equal(words[8].head, 3);
  assert_string_equal(words[8].deprel, "obl");
  assert_false(fg_parse_repair_role_phrase_on_oblique(words, n));
  /* "by X with Y": no pair of roles, the phrase stays on the name */
  n = load(rows, 12, words);
  words[6].form = "with";
  words[6].form_len = 4;
  assert_false(fg_parse_repair_role_phrase_on_oblique(words, n));
  /* a common noun's phrase ("by the union against ...") stays */
  n = load(rows, 12, words);
  words[4].upos = FG_UPOS_NOUN;
  assert_false(fg_parse_repair_role_phrase_on_oblique(words, n));
}

/* "Vantel named Ivo Sark as its chief executive ." with "executive" an
 * adjective hung on "chief". */
static void test_chief_noun(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Vantel", FG_UPOS_PROPN, NULL, 2, "nsubj"},
      {"named", FG_UPOS_VERB, FIN, 0, "root"},
      {"Ivo", FG_UPOS_PROPN, NULL, 2, "obj"},
      {"Sark", FG_UPOS_PROPN, NULL, 3, "flat"},
      {"as", FG_UPOS_ADP, NULL, 7, "case"},
      {"its", FG_UPOS_PRON, NULL, 7, "nmod:poss"},
      {"chief", FG_UPOS_NOUN, NULL, 2, "obl"},
      {"executive", FG_UPOS_ADJ, NULL, 7, "amod"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[9];
  size_t n = load(rows, 9, words);
  assert_true(fg_parse_repair_chief_noun(words, n));
  assert_int_equal(words[7].head, 2);
  assert_string_equal(words[7].deprel, "obl");
  assert_int_equal(words[7].upos, FG_UPOS_NOUN);
  assert_int_equal(words[6].head, 8);
  assert_string_equal(words[6].deprel, "amod");
  assert_int_equal(words[4].head, 8);
  assert_int_equal(words[5].head, 8);
  assert_false(fg_parse_repair_chief_noun(words, n));
  /* "chief" with a phrase of its own after the adjective stays */
  n = load(rows, 9, words);
  words[8].head = 7;
  assert_false(fg_parse_repair_chief_noun(words, n));
  /* the title read as a clause "as" marks ("named X, who ran Y, as its
   * chief executive/advcl"): an oblique with "as" its case */
  static const Row clause[] = {
      {"Vantel", FG_UPOS_PROPN, NULL, 2, "nsubj"},
      {"named", FG_UPOS_VERB, FIN, 0, "root"},
      {"Ivo", FG_UPOS_PROPN, NULL, 2, "obj"},
      {"Sark", FG_UPOS_PROPN, NULL, 3, "flat"},
      {"as", FG_UPOS_SCONJ, NULL, 8, "mark"},
      {"its", FG_UPOS_PRON, NULL, 8, "nmod:poss"},
      {"chief", FG_UPOS_ADJ, NULL, 8, "amod"},
      {"executive", FG_UPOS_ADJ, NULL, 2, "advcl"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  n = load(clause, 9, words);
  assert_true(fg_parse_repair_chief_noun(words, n));
  assert_string_equal(words[7].deprel, "obl");
  assert_int_equal(words[7].upos, FG_UPOS_NOUN);
  assert_string_equal(words[4].deprel, "case");
  /* a clause going on after the adjective keeps its reading */
  n = load(clause, 9, words);
  words[8].head = 8;
  assert_false(fg_parse_repair_chief_noun(words, n));
}

/* "Ada Voss , whom Kelt Bank fired , joined Rima ." with "whom" the
 * subject of "joined" and "fired" its relative clause. */
static void test_pronoun_subject(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Ada", FG_UPOS_PROPN, NULL, 0, "root"},
      {"Voss", FG_UPOS_PROPN, NULL, 1, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 9, "punct"},
      {"whom", FG_UPOS_PRON, NULL, 9, "nsubj"},
      {"Kelt", FG_UPOS_PROPN, NULL, 6, "compound"},
      {"Bank", FG_UPOS_PROPN, NULL, 7, "nsubj"},
      {"fired", FG_UPOS_VERB, FIN, 4, "acl:relcl"},
      {",", FG_UPOS_PUNCT, NULL, 4, "punct"},
      {"joined", FG_UPOS_VERB, FIN, 1, "parataxis"},
      {"Rima", FG_UPOS_PROPN, NULL, 9, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 1, "punct"},
  };
  FgWord words[11];
  size_t n = load(rows, 11, words);
  assert_true(fg_parse_repair_pronoun_subject(words, n));
  assert_int_equal(words[8].head, 0);
  assert_string_equal(words[8].deprel, "root");
  assert_int_equal(words[0].head, 9);
  assert_string_equal(words[0].deprel, "nsubj");
  assert_int_equal(words[6].head, 1);
  assert_string_equal(words[6].deprel, "acl:relcl");
  assert_int_equal(words[3].head, 7);
  assert_string_equal(words[3].deprel, "obj");
  assert_int_equal(words[10].head, 9);
  assert_false(fg_parse_repair_pronoun_subject(words, n));
  /* the clause hung elsewhere: the pronoun's subject is left alone */
  n = load(rows, 11, words);
  words[6].head = 9;
  words[6].deprel = "ccomp";
  assert_false(fg_parse_repair_pronoun_subject(words, n));
}

/* "Ada Voss , whose son Ivo Voss founded Rima , died ." */
static void test_whose_pronoun_subject(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Ada", FG_UPOS_PROPN, NULL, 0, "root"},
      {"Voss", FG_UPOS_PROPN, NULL, 1, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 1, "punct"},
      {"whose", FG_UPOS_PRON, NULL, 12, "nsubj"},
      {"son", FG_UPOS_NOUN, NULL, 8, "obl:unmarked"},
      {"Ivo", FG_UPOS_PROPN, NULL, 8, "nsubj"},
      {"Voss", FG_UPOS_PROPN, NULL, 6, "flat"},
      {"founded", FG_UPOS_VERB, FIN, 4, "acl:relcl"},
      {"Rima", FG_UPOS_PROPN, NULL, 8, "obj"},
      {"Foods", FG_UPOS_PROPN, NULL, 9, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 4, "punct"},
      {"died", FG_UPOS_VERB, FIN, 1, "parataxis"},
      {".", FG_UPOS_PUNCT, NULL, 1, "punct"},
  };
  FgWord words[13];
  size_t n = load(rows, 13, words);
  assert_true(fg_parse_repair_pronoun_subject(words, n));
  assert_int_equal(words[11].head, 0);
  assert_int_equal(words[0].head, 12);
  assert_string_equal(words[0].deprel, "nsubj");
  assert_int_equal(words[7].head, 1);
  assert_string_equal(words[7].deprel, "acl:relcl");
  assert_int_equal(words[4].head, 8);
  assert_string_equal(words[4].deprel, "nsubj");
  assert_int_equal(words[5].head, 5);
  assert_string_equal(words[5].deprel, "appos");
  assert_int_equal(words[3].head, 5);
  assert_string_equal(words[3].deprel, "nmod:poss");
  /* no comma before "whose": left alone */
  n = load(rows, 13, words);
  words[2].form = "-";
  assert_false(fg_parse_repair_pronoun_subject(words, n));
}

/* "Ada Voss , whom Kelt fired , joined Rima ." with "fired" a parataxis
 * of the name and "joined" its conjunct. */
static void test_object_clause_with_main_verb(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Ada", FG_UPOS_PROPN, NULL, 0, "root"},
      {"Voss", FG_UPOS_PROPN, NULL, 1, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 6, "punct"},
      {"whom", FG_UPOS_PRON, NULL, 6, "obj"},
      {"Kelt", FG_UPOS_PROPN, NULL, 6, "nsubj"},
      {"fired", FG_UPOS_VERB, FIN, 1, "parataxis"},
      {",", FG_UPOS_PUNCT, NULL, 8, "punct"},
      {"joined", FG_UPOS_VERB, FIN, 6, "conj"},
      {"Rima", FG_UPOS_PROPN, NULL, 8, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 1, "punct"},
  };
  FgWord words[10];
  size_t n = load(rows, 10, words);
  assert_true(fg_parse_repair_pronoun_subject(words, n));
  assert_int_equal(words[7].head, 0);
  assert_int_equal(words[0].head, 8);
  assert_string_equal(words[0].deprel, "nsubj");
  assert_int_equal(words[5].head, 1);
  assert_string_equal(words[5].deprel, "acl:relcl");
  /* "who" as an object is no relative clause's: left alone */
  n = load(rows, 10, words);
  words[3].form = "who";
  words[3].form_len = 3;
  assert_false(fg_parse_repair_pronoun_subject(words, n));
}

/* "Vantel named Ivo Sark as its chief executive ." with "as" the mark
 * of "executive", "chief" its subject. */
static void test_chief_as_clause(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Vantel", FG_UPOS_PROPN, NULL, 2, "nsubj"},
      {"named", FG_UPOS_VERB, FIN, 0, "root"},
      {"Ivo", FG_UPOS_PROPN, NULL, 2, "obj"},
      {"Sark", FG_UPOS_PROPN, NULL, 3, "flat"},
      {"as", FG_UPOS_ADP, NULL, 8, "mark"},
      {"its", FG_UPOS_PRON, NULL, 7, "nmod:poss"},
      {"chief", FG_UPOS_NOUN, NULL, 8, "nsubj"},
      {"executive", FG_UPOS_ADJ, NULL, 2, "advcl"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[9];
  size_t n = load(rows, 9, words);
  assert_true(fg_parse_repair_chief_noun(words, n));
  assert_int_equal(words[7].head, 2);
  assert_string_equal(words[7].deprel, "obl");
  assert_int_equal(words[7].upos, FG_UPOS_NOUN);
  assert_string_equal(words[4].deprel, "case");
  assert_string_equal(words[6].deprel, "amod");
  assert_int_equal(words[5].head, 8);
  /* "as" missing: a clause of its own, left alone */
  n = load(rows, 9, words);
  words[4].form = "so";
  words[4].form_len = 2;
  assert_false(fg_parse_repair_chief_noun(words, n));
}

/* "Kelt jailed Ivo on Friday for theft ." with "for" hung on "Friday". */
static void test_phrase_on_date(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Kelt", FG_UPOS_PROPN, NULL, 2, "nsubj"},
      {"jailed", FG_UPOS_VERB, FIN, 0, "root"},
      {"Ivo", FG_UPOS_PROPN, NULL, 2, "obj"},
      {"on", FG_UPOS_ADP, NULL, 5, "case"},
      {"Friday", FG_UPOS_PROPN, NULL, 2, "obl"},
      {"for", FG_UPOS_ADP, NULL, 7, "case"},
      {"theft", FG_UPOS_NOUN, NULL, 5, "nmod"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[8];
  size_t n = load(rows, 8, words);
  assert_true(fg_parse_repair_role_phrase_on_oblique(words, n));
  assert_int_equal(words[6].head, 2);
  assert_string_equal(words[6].deprel, "obl");
  /* "convicted on Friday of theft": an "of" phrase on a bare date is the
   * verb's too */
  n = load(rows, 8, words);
  words[5].form = "of";
  words[5].form_len = 2;
  assert_true(fg_parse_repair_role_phrase_on_oblique(words, n));
  assert_int_equal(words[6].head, 2);
  /* "on Friday of last week": an "of" phrase naming a time stays */
  n = load(rows, 8, words);
  words[5].form = "of";
  words[5].form_len = 2;
  words[6].form = "week";
  words[6].form_len = 4;
  assert_false(fg_parse_repair_role_phrase_on_oblique(words, n));
}

/* "Vantel named Ivo as its chief/ADJ executive/ADJ ." headed right but
 * with the noun tagged an adjective. */
static void test_chief_tag_only(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Vantel", FG_UPOS_PROPN, NULL, 2, "nsubj"},
      {"named", FG_UPOS_VERB, FIN, 0, "root"},
      {"Ivo", FG_UPOS_PROPN, NULL, 2, "obj"},
      {"as", FG_UPOS_ADP, NULL, 7, "case"},
      {"its", FG_UPOS_PRON, NULL, 7, "nmod:poss"},
      {"chief", FG_UPOS_ADJ, NULL, 7, "amod"},
      {"executive", FG_UPOS_ADJ, NULL, 2, "obl"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[8];
  size_t n = load(rows, 8, words);
  assert_true(fg_parse_repair_chief_noun(words, n));
  assert_int_equal(words[6].upos, FG_UPOS_NOUN);
  assert_int_equal(words[6].head, 2);
  /* an adjective as a predicate ("was chief/amod ... executive/root") stays */
  n = load(rows, 8, words);
  words[6].deprel = "xcomp";
  assert_false(fg_parse_repair_chief_noun(words, n));
}

/* "Ada Voss , whom Kelt fired , joined Rima ." with "fired" an adverbial
 * clause of "joined", whose subject is already "Ada". */
static void test_object_clause_on_main_verb(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Ada", FG_UPOS_PROPN, NULL, 8, "nsubj"},
      {"Voss", FG_UPOS_PROPN, NULL, 1, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 6, "punct"},
      {"whom", FG_UPOS_PRON, NULL, 6, "obj"},
      {"Kelt", FG_UPOS_PROPN, NULL, 6, "nsubj"},
      {"fired", FG_UPOS_VERB, FIN, 8, "advcl"},
      {",", FG_UPOS_PUNCT, NULL, 6, "punct"},
      {"joined", FG_UPOS_VERB, FIN, 0, "root"},
      {"Rima", FG_UPOS_PROPN, NULL, 8, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 8, "punct"},
  };
  FgWord words[10];
  size_t n = load(rows, 10, words);
  assert_true(fg_parse_repair_pronoun_subject(words, n));
  assert_int_equal(words[5].head, 1);
  assert_string_equal(words[5].deprel, "acl:relcl");
  assert_int_equal(words[0].head, 8);
  /* the pronoun not right after the subject's comma: left alone */
  n = load(rows, 10, words);
  words[0].head = 9;
  words[0].deprel = "nmod";
  words[8].deprel = "nsubj";
  assert_false(fg_parse_repair_pronoun_subject(words, n));
}

/* "Jon Abel , whose wife Mira Abel founded Tessa , died ." with "wife"
 * and "Mira" both subjects of "founded". */
static void test_whose_noun_name(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Jon", FG_UPOS_PROPN, NULL, 11, "nsubj"},
      {"Abel", FG_UPOS_PROPN, NULL, 1, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 1, "punct"},
      {"whose", FG_UPOS_PRON, NULL, 5, "nmod:poss"},
      {"wife", FG_UPOS_NOUN, NULL, 8, "nsubj"},
      {"Mira", FG_UPOS_PROPN, NULL, 8, "nsubj"},
      {"Abel", FG_UPOS_PROPN, NULL, 6, "flat"},
      {"founded", FG_UPOS_VERB, FIN, 1, "acl:relcl"},
      {"Tessa", FG_UPOS_PROPN, NULL, 8, "obj"},
      {",", FG_UPOS_PUNCT, NULL, 11, "punct"},
      {"died", FG_UPOS_VERB, FIN, 0, "root"},
      {".", FG_UPOS_PUNCT, NULL, 11, "punct"},
  };
  FgWord words[12];
  size_t n = load(rows, 12, words);
  assert_true(fg_parse_repair_whose_noun_name(words, n));
  assert_int_equal(words[5].head, 5);
  assert_string_equal(words[5].deprel, "appos");
  assert_false(fg_parse_repair_whose_noun_name(words, n));
  /* "his wife Mira founded": no "whose", left alone */
  n = load(rows, 12, words);
  words[3].form = "his";
  words[3].form_len = 3;
  assert_false(fg_parse_repair_whose_noun_name(words, n));
}

/* "Former Tarvian President Ivo Lind visited Kelt." with "Former" hung
 * on "visited" as an adverb. */
static void test_former_on_verb(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Former", FG_UPOS_ADJ, NULL, 6, "advmod"},
      {"Tarvian", FG_UPOS_ADJ, NULL, 3, "amod"},
      {"President", FG_UPOS_PROPN, NULL, 4, "nmod:desc"},
      {"Ivo", FG_UPOS_PROPN, NULL, 6, "nsubj"},
      {"Lind", FG_UPOS_PROPN, NULL, 4, "flat"},
      {"visited", FG_UPOS_VERB, FIN, 0, "root"},
      {"Kelt", FG_UPOS_PROPN, NULL, 6, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 6, "punct"},
  };
  FgWord words[8];
  size_t n = load(rows, 8, words);
  assert_true(fg_parse_repair_former_on_verb(words, n));
  assert_int_equal(words[0].head, 3);
  assert_string_equal(words[0].deprel, "amod");
  assert_false(fg_parse_repair_former_on_verb(words, n));
  /* another adverb stays on the verb ("Recently Ivo Lind visited") */
  n = load(rows, 8, words);
  words[0].form = "Recently";
  words[0].form_len = 8;
  assert_false(fg_parse_repair_former_on_verb(words, n));
  /* so does one before a phrase that is not the verb's noun */
  n = load(rows, 8, words);
  words[3].upos = FG_UPOS_VERB;
  assert_false(fg_parse_repair_former_on_verb(words, n));
}

/* "Former Senator Ivo J. Lind, a lawyer, died." with the adjective
 * heading the title as its apposition (as the subject, or as the verb's
 * adverb with the verb left without one). */
static void test_former_over_title(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Former", FG_UPOS_ADJ, NULL, 10, "nsubj"},
      {"Senator", FG_UPOS_PROPN, NULL, 1, "appos"},
      {"Ivo", FG_UPOS_PROPN, NULL, 2, "flat"},
      {"J.", FG_UPOS_PROPN, NULL, 2, "flat"},
      {"Lind", FG_UPOS_PROPN, NULL, 2, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 8, "punct"},
      {"a", FG_UPOS_DET, NULL, 8, "det"},
      {"lawyer", FG_UPOS_NOUN, NULL, 2, "appos"},
      {",", FG_UPOS_PUNCT, NULL, 1, "punct"},
      {"died", FG_UPOS_VERB, FIN, 0, "root"},
      {".", FG_UPOS_PUNCT, NULL, 10, "punct"},
  };
  FgWord words[12];
  for (int adverb = 0; adverb < 2; adverb++) {
    size_t n = load(rows, 11, words);
    if (adverb)
      words[0].deprel = "advmod";
    assert_true(fg_parse_repair_former_on_verb(words, n));
    assert_int_equal(words[1].head, 10);
    assert_string_equal(words[1].deprel, "nsubj");
    assert_int_equal(words[0].head, 2);
    assert_string_equal(words[0].deprel, "amod");
    assert_int_equal(words[8].head, 2); /* the closing comma */
  }
  /* an adverb on a verb with a subject of its own stays */
  size_t n = load(rows, 11, words);
  words[0].deprel = "advmod";
  words[6].deprel = "nsubj";
  words[6].head = 10;
  assert_false(fg_parse_repair_former_on_verb(words, n));
  /* another adjective is no title's date */
  n = load(rows, 11, words);
  words[0].form = "Angry";
  words[0].form_len = 5;
  assert_false(fg_parse_repair_former_on_verb(words, n));
}

/* "Ana Lind and Ivo Berg, two former executives at Velm, soon founded
 * Orvo." with the names the root and the verb their parataxis. */
static void test_apposition_as_subject(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Ana", FG_UPOS_PROPN, NULL, 0, "root"},
      {"Lind", FG_UPOS_PROPN, NULL, 1, "flat"},
      {"and", FG_UPOS_CCONJ, NULL, 4, "cc"},
      {"Ivo", FG_UPOS_PROPN, NULL, 1, "conj"},
      {"Berg", FG_UPOS_PROPN, NULL, 4, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 1, "punct"},
      {"two", FG_UPOS_NUM, NULL, 9, "nummod"},
      {"former", FG_UPOS_ADJ, NULL, 9, "amod"},
      {"executives", FG_UPOS_NOUN, NULL, 14, "nsubj"},
      {"at", FG_UPOS_ADP, NULL, 11, "case"},
      {"Velm", FG_UPOS_PROPN, NULL, 9, "nmod"},
      {",", FG_UPOS_PUNCT, NULL, 14, "punct"},
      {"soon", FG_UPOS_ADV, NULL, 14, "advmod"},
      {"founded", FG_UPOS_VERB, FIN, 1, "parataxis"},
      {"Orvo", FG_UPOS_PROPN, NULL, 14, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 1, "punct"},
  };
  FgWord words[16];
  size_t n = load(rows, 16, words);
  assert_true(fg_parse_repair_apposition_as_subject(words, n));
  assert_int_equal(words[13].head, 0);
  assert_string_equal(words[13].deprel, "root");
  assert_int_equal(words[0].head, 14);
  assert_string_equal(words[0].deprel, "nsubj");
  assert_int_equal(words[8].head, 1);
  assert_string_equal(words[8].deprel, "appos");
  assert_int_equal(words[15].head, 14); /* the full stop */
  /* a pronoun subject is the clause's own ("..., they soon founded Orvo") */
  n = load(rows, 16, words);
  words[8].upos = FG_UPOS_PRON;
  assert_false(fg_parse_repair_apposition_as_subject(words, n));
  /* no comma before the noun: no apposition */
  n = load(rows, 16, words);
  words[5].form = "-";
  assert_false(fg_parse_repair_apposition_as_subject(words, n));
}

/* "A jury convicted Ivo Berg, a former Velm trader, of fraud." with the
 * noun a bare oblique of the verb and "of fraud" its nmod. */
static void test_apposition_as_oblique(void **state) {
  (void)state;
  static const Row rows[] = {
      {"A", FG_UPOS_DET, NULL, 2, "det"},
      {"jury", FG_UPOS_NOUN, NULL, 3, "nsubj"},
      {"convicted", FG_UPOS_VERB, FIN, 0, "root"},
      {"Ivo", FG_UPOS_PROPN, NULL, 3, "obj"},
      {"Berg", FG_UPOS_PROPN, NULL, 4, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 10, "punct"},
      {"a", FG_UPOS_DET, NULL, 10, "det"},
      {"former", FG_UPOS_ADJ, NULL, 10, "amod"},
      {"Velm", FG_UPOS_PROPN, NULL, 10, "compound"},
      {"trader", FG_UPOS_NOUN, NULL, 3, "obl"},
      {",", FG_UPOS_PUNCT, NULL, 13, "punct"},
      {"of", FG_UPOS_ADP, NULL, 13, "case"},
      {"fraud", FG_UPOS_NOUN, NULL, 10, "nmod"},
      {".", FG_UPOS_PUNCT, NULL, 3, "punct"},
  };
  FgWord words[14];
  size_t n = load(rows, 14, words);
  assert_true(fg_parse_repair_apposition_as_oblique(words, n));
  assert_int_equal(words[9].head, 4);
  assert_string_equal(words[9].deprel, "appos");
  assert_int_equal(words[12].head, 3);
  assert_string_equal(words[12].deprel, "obl");
  /* a marked oblique ("in a hall") and one after no object name stay */
  n = load(rows, 14, words);
  words[6].deprel = "case";
  assert_false(fg_parse_repair_apposition_as_oblique(words, n));
  n = load(rows, 14, words);
  words[3].deprel = "iobj";
  assert_false(fg_parse_repair_apposition_as_oblique(words, n));
}

static void test_opening_time_subject(void **state) {
  (void)state;
  /* "Last month, the bank's chairman, Ivo Berg, visited Velm." */
  static const Row rows[] = {
      {"Last", FG_UPOS_ADJ, NULL, 2, "amod"},
      {"month", FG_UPOS_NOUN, NULL, 11, "nsubj"},
      {",", FG_UPOS_PUNCT, NULL, 6, "punct"},
      {"the", FG_UPOS_DET, NULL, 5, "det"},
      {"bank", FG_UPOS_NOUN, NULL, 6, "nmod:poss"},
      {"chairman", FG_UPOS_NOUN, NULL, 2, "appos"},
      {",", FG_UPOS_PUNCT, NULL, 8, "punct"},
      {"Ivo", FG_UPOS_PROPN, NULL, 6, "appos"},
      {"Berg", FG_UPOS_PROPN, NULL, 8, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 2, "punct"},
      {"visited", FG_UPOS_VERB, FIN, 0, "root"},
      {"Velm", FG_UPOS_PROPN, NULL, 11, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 11, "punct"},
  };
  FgWord words[13];
  size_t n = load(rows, 13, words);
  assert_true(fg_parse_repair_opening_time_subject(words, n));
  assert_int_equal(words[5].head, 11);
  assert_string_equal(words[5].deprel, "nsubj");
  assert_int_equal(words[1].head, 11);
  assert_string_equal(words[1].deprel, "obl:unmarked");
  assert_int_equal(words[2].head, 2);
  /* a bare time oblique beside a subject of the verb's own stays */
  n = load(rows, 13, words);
  words[1].deprel = "obl:unmarked";
  words[11].deprel = "nsubj";
  assert_false(fg_parse_repair_opening_time_subject(words, n));
  /* a noun that is no time span ("Last orders, ...") stays */
  n = load(rows, 13, words);
  words[1].form = "orders";
  words[1].form_len = 6;
  assert_false(fg_parse_repair_opening_time_subject(words, n));
}

static void test_predicate_of_become(void **state) {
  (void)state;
  /* "Ivo Berg became Velm 's president in 2019 ." */
  static const Row rows[] = {
      {"Ivo", FG_UPOS_PROPN, NULL, 3, "nsubj"},
      {"Berg", FG_UPOS_PROPN, NULL, 1, "flat"},
      {"became", FG_UPOS_VERB, FIN, 0, "root"},
      {"Velm", FG_UPOS_PROPN, NULL, 6, "nmod:poss"},
      {"'s", FG_UPOS_PART, NULL, 4, "case"},
      {"president", FG_UPOS_NOUN, NULL, 3, "obl"},
      {"in", FG_UPOS_ADP, NULL, 8, "case"},
      {"2019", FG_UPOS_NUM, NULL, 6, "nmod"},
      {".", FG_UPOS_PUNCT, NULL, 3, "punct"},
  };
  FgWord words[9];
  size_t n = load(rows, 9, words);
  assert_true(fg_parse_repair_predicate_of_become(words, n));
  assert_string_equal(words[5].deprel, "xcomp");
  /* an oblique with a case word of its own stays ("became ... in Velm") */
  n = load(rows, 9, words);
  words[4].form = "in", words[4].form_len = 2, words[4].upos = FG_UPOS_ADP, words[4].head = 6;
  assert_false(fg_parse_repair_predicate_of_become(words, n));
  /* another verb's bare oblique ("met Velm's president") stays */
  n = load(rows, 9, words);
  words[2].form = "met", words[2].form_len = 3;
  assert_false(fg_parse_repair_predicate_of_become(words, n));
}

static void test_title_between_two_subjects(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Drelco", FG_UPOS_PROPN, NULL, 7, "nsubj"},
      {"chief", FG_UPOS_ADJ, NULL, 3, "amod"},
      {"executive", FG_UPOS_NOUN, NULL, 1, "acl"},
      {"Ivo", FG_UPOS_PROPN, NULL, 7, "nsubj"},
      {"Lind", FG_UPOS_PROPN, NULL, 4, "flat"},
      {"quickly", FG_UPOS_ADV, NULL, 7, "advmod"},
      {"resigned", FG_UPOS_VERB, FIN, 0, "root"},
      {".", FG_UPOS_PUNCT, NULL, 7, "punct"},
  };
  FgWord words[8];
  size_t n = load(rows, 8, words);
  assert_true(fg_parse_repair_titled_name(words, n));
  assert_int_equal(words[0].head, 3);
  assert_string_equal(words[0].deprel, "compound");
  assert_int_equal(words[2].head, 4);
  assert_string_equal(words[2].deprel, "nmod:desc");
  assert_false(fg_parse_repair_titled_name(words, n));
  /* a comma between them: not one phrase ("Drelco, its chief, Ivo Lind") */
  n = load(rows, 8, words);
  words[1].upos = FG_UPOS_PUNCT;
  assert_false(fg_parse_repair_titled_name(words, n));
  /* no common noun between them: nothing names a title */
  n = load(rows, 8, words);
  words[2].upos = FG_UPOS_ADJ;
  assert_false(fg_parse_repair_titled_name(words, n));
}

static void test_title_root_over_relative_clause(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Kestrel", FG_UPOS_PROPN, NULL, 2, "compound"},
      {"founder", FG_UPOS_NOUN, NULL, 0, "root"},
      {"Ada", FG_UPOS_PROPN, NULL, 6, "nsubj"},
      {"Moss", FG_UPOS_PROPN, NULL, 3, "flat"},
      {"will", FG_UPOS_AUX, NULL, 6, "aux"},
      {"join", FG_UPOS_VERB, NULL, 2, "acl:relcl"},
      {"Velm", FG_UPOS_PROPN, NULL, 6, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[8];
  size_t n = load(rows, 8, words);
  assert_true(fg_parse_repair_titled_name(words, n));
  assert_int_equal(words[5].head, 0);
  assert_string_equal(words[5].deprel, "root");
  assert_int_equal(words[2].head, 6);
  assert_int_equal(words[1].head, 3);
  assert_string_equal(words[1].deprel, "nmod:desc");
  assert_int_equal(words[7].head, 6);
  /* the name is the clause's object, not its subject: left alone */
  n = load(rows, 8, words);
  words[2].deprel = "obj";
  assert_false(fg_parse_repair_titled_name(words, n));
  assert_int_equal(words[1].head, 0);
}

static void test_apposition_on_verb(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Mott", FG_UPOS_PROPN, NULL, 2, "nsubj"},
      {"shot", FG_UPOS_VERB, FIN, 0, "root"},
      {"his", FG_UPOS_PRON, NULL, 4, "nmod:poss"},
      {"partner", FG_UPOS_NOUN, NULL, 2, "obj"},
      {",", FG_UPOS_PUNCT, NULL, 6, "punct"},
      {"Dean", FG_UPOS_PROPN, NULL, 2, "appos"},
      {"Ashby", FG_UPOS_PROPN, NULL, 6, "flat"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[8];
  size_t n = load(rows, 8, words);
  assert_true(fg_parse_repair_apposition_on_verb(words, n));
  assert_int_equal(words[5].head, 4);
  assert_string_equal(words[5].deprel, "appos");
  assert_false(fg_parse_repair_apposition_on_verb(words, n));
  /* the object's phrase does not end at the comma: left alone */
  n = load(rows, 8, words);
  words[4].form = "and";
  words[4].form_len = 3;
  assert_false(fg_parse_repair_apposition_on_verb(words, n));
  /* "founded his own firm, Osei Lines": a bare name read as an oblique */
  n = load(rows, 8, words);
  words[5].deprel = "obl";
  assert_true(fg_parse_repair_apposition_on_verb(words, n));
  assert_int_equal(words[5].head, 4);
  assert_string_equal(words[5].deprel, "appos");
  /* a date after the comma says when: left alone */
  n = load(rows, 8, words);
  words[5].deprel = "obl";
  words[5].form = "Monday";
  words[5].form_len = 6;
  assert_false(fg_parse_repair_apposition_on_verb(words, n));
  /* "sold its unit, Orvo Mining, to Kell": a name read as the verb's
   * conjunct with no coordinator; its phrase past the comma is the verb's */
  static const Row sold[] = {
      {"Vey", FG_UPOS_PROPN, NULL, 2, "nsubj"},
      {"sold", FG_UPOS_VERB, FIN, 0, "root"},
      {"its", FG_UPOS_PRON, NULL, 4, "nmod:poss"},
      {"unit", FG_UPOS_NOUN, NULL, 2, "obj"},
      {",", FG_UPOS_PUNCT, NULL, 6, "punct"},
      {"Orvo", FG_UPOS_PROPN, NULL, 2, "conj"},
      {"Mining", FG_UPOS_PROPN, NULL, 6, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 10, "punct"},
      {"to", FG_UPOS_ADP, NULL, 10, "case"},
      {"Kell", FG_UPOS_PROPN, NULL, 6, "nmod"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord more[11];
  n = load(sold, 11, more);
  assert_true(fg_parse_repair_apposition_on_verb(more, n));
  assert_int_equal(more[5].head, 4);
  assert_string_equal(more[5].deprel, "appos");
  assert_int_equal(more[9].head, 2);
  assert_string_equal(more[9].deprel, "obl");
  /* with a coordinator it is a conjunct: left alone */
  n = load(sold, 11, more);
  more[4].form = "and";
  more[4].form_len = 3;
  more[4].deprel = "cc";
  assert_false(fg_parse_repair_apposition_on_verb(more, n));
}

/* "The woman who shot Ilsa in 2003, Vahl, was released." with "Vahl" a
 * second subject of "released". */
static void test_second_subject(void **state) {
  (void)state;
  static const Row rows[] = {
      {"The", FG_UPOS_DET, NULL, 2, "det"},
      {"woman", FG_UPOS_NOUN, NULL, 12, "nsubj:pass"},
      {"who", FG_UPOS_PRON, NULL, 4, "nsubj"},
      {"shot", FG_UPOS_VERB, FIN, 2, "acl:relcl"},
      {"Ilsa", FG_UPOS_PROPN, NULL, 4, "obj"},
      {"in", FG_UPOS_ADP, NULL, 7, "case"},
      {"2003", FG_UPOS_NUM, NULL, 4, "obl"},
      {",", FG_UPOS_PUNCT, NULL, 9, "punct"},
      {"Vahl", FG_UPOS_PROPN, NULL, 12, "nsubj:pass"},
      {",", FG_UPOS_PUNCT, NULL, 9, "punct"},
      {"was", FG_UPOS_AUX, NULL, 12, "aux:pass"},
      {"released", FG_UPOS_VERB, NULL, 0, "root"},
      {".", FG_UPOS_PUNCT, NULL, 12, "punct"},
  };
  FgWord words[13];
  size_t n = load(rows, 13, words);
  assert_true(fg_parse_repair_second_subject(words, n));
  assert_int_equal(words[8].head, 2);
  assert_string_equal(words[8].deprel, "appos");
  /* no clause on the first subject ("The woman, Vahl, ..." is another
   * parse's business): left alone */
  n = load(rows, 13, words);
  words[3].deprel = "parataxis";
  words[3].head = 12;
  assert_false(fg_parse_repair_second_subject(words, n));
}

/* "The singer Ana Belo has cut her fee." with both "singer" and "Belo"
 * subjects, or "Belo" the subject of a relative clause on "singer". */
/* A capitalised adjective opening the name ("the opposition Social/JJ
 * Democrats won") opens it as a proper noun does; a lower-case one
 * ("the opposition/nsubj loyal/amod Democrats") does not. */
static void test_name_after_noun_opened_by_adjective(void **state) {
  (void)state;
  static const Row rows[] = {
      {"The", FG_UPOS_DET, NULL, 2, "det"},
      {"opposition", FG_UPOS_NOUN, NULL, 5, "nsubj"},
      {"Social", FG_UPOS_ADJ, NULL, 4, "amod"},
      {"Democrats", FG_UPOS_PROPN, NULL, 5, "nsubj"},
      {"won", FG_UPOS_VERB, FIN, 0, "root"},
      {".", FG_UPOS_PUNCT, NULL, 5, "punct"},
  };
  FgWord words[6];
  size_t n = load(rows, 6, words);
  assert_true(fg_parse_repair_name_after_noun(words, n));
  assert_int_equal(words[3].head, 2);
  assert_string_equal(words[3].deprel, "appos");
  n = load(rows, 6, words);
  words[2].form = "social";
  assert_false(fg_parse_repair_name_after_noun(words, n));
}

static void test_name_after_noun(void **state) {
  (void)state;
  static const Row rows[] = {
      {"The", FG_UPOS_DET, NULL, 2, "det"},
      {"singer", FG_UPOS_NOUN, NULL, 6, "nsubj"},
      {"Ana", FG_UPOS_PROPN, NULL, 6, "nsubj"},
      {"Belo", FG_UPOS_PROPN, NULL, 3, "flat"},
      {"has", FG_UPOS_AUX, NULL, 6, "aux"},
      {"cut", FG_UPOS_VERB, NULL, 0, "root"},
      {"her", FG_UPOS_PRON, NULL, 8, "nmod:poss"},
      {"fee", FG_UPOS_NOUN, NULL, 6, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 6, "punct"},
  };
  FgWord words[9];
  size_t n = load(rows, 9, words);
  assert_true(fg_parse_repair_name_after_noun(words, n));
  assert_int_equal(words[2].head, 2);
  assert_string_equal(words[2].deprel, "appos");
  /* the relative clause reading: the verb becomes the root */
  n = load(rows, 9, words);
  words[1].head = 0, words[1].deprel = "root";
  words[5].head = 2, words[5].deprel = "acl:relcl";
  words[8].head = 2;
  assert_true(fg_parse_repair_name_after_noun(words, n));
  assert_int_equal(words[5].head, 0);
  assert_int_equal(words[1].head, 6);
  assert_string_equal(words[1].deprel, "nsubj");
  assert_int_equal(words[2].head, 2);
  assert_int_equal(words[8].head, 6);
  /* with an adjective instead of the determiner the noun describes the
   * name ("Famous singer Ana Belo") */
  n = load(rows, 9, words);
  words[0].upos = FG_UPOS_ADJ, words[0].deprel = "amod";
  assert_true(fg_parse_repair_name_after_noun(words, n));
  assert_int_equal(words[1].head, 3);
  assert_string_equal(words[1].deprel, "nmod:desc");
  /* a relative clause with a gap ("the singer Ana Belo has met") stays */
  n = load(rows, 9, words);
  words[1].head = 0, words[1].deprel = "root";
  words[5].head = 2, words[5].deprel = "acl:relcl";
  words[7].deprel = "obl";
  assert_false(fg_parse_repair_name_after_noun(words, n));
}

/* "Ghanaian striker Kofi Mensah has joined Halden United ." with the
 * noun an oblique (or an object) before the subject and the club an
 * xcomp: the noun describes the name, and the club is the object. */
static void test_name_after_noun_before_subject(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Ghanaian", FG_UPOS_ADJ, NULL, 2, "amod"},
      {"striker", FG_UPOS_NOUN, NULL, 6, "obl:unmarked"},
      {"Kofi", FG_UPOS_PROPN, NULL, 6, "nsubj"},
      {"Mensah", FG_UPOS_PROPN, NULL, 3, "flat"},
      {"has", FG_UPOS_AUX, NULL, 6, "aux"},
      {"joined", FG_UPOS_VERB, NULL, 0, "root"},
      {"Halden", FG_UPOS_PROPN, NULL, 8, "compound"},
      {"United", FG_UPOS_VERB, NULL, 6, "xcomp"},
      {".", FG_UPOS_PUNCT, NULL, 6, "punct"},
  };
  FgWord words[9];
  size_t n = load(rows, 9, words);
  /* the tagger may give a name's word a verb's UPOS */
  words[7].xpos = "NNP";
  assert_true(fg_parse_repair_name_after_noun(words, n));
  assert_int_equal(words[1].head, 3);
  assert_string_equal(words[1].deprel, "nmod:desc");
  assert_int_equal(words[2].head, 6);
  assert_string_equal(words[2].deprel, "nsubj");
  assert_string_equal(words[7].deprel, "obj");
  /* read as an object too ("Ghanaian striker/obj X has signed") */
  n = load(rows, 9, words);
  words[1].deprel = "obj";
  assert_true(fg_parse_repair_name_after_noun(words, n));
  assert_string_equal(words[1].deprel, "nmod:desc");
  assert_string_equal(words[2].deprel, "nsubj");
  /* an oblique after the subject is another phrase ("X that day") */
  n = load(rows, 9, words);
  words[1].deprel = "obl";
  assert_false(fg_parse_repair_name_after_noun(words, n));
}

/* "Kivo keeps it, the singer Ana Belo told us." with "singer" a
 * parataxis and "told" its relative clause. */
static void test_name_after_noun_parataxis(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Kivo", FG_UPOS_PROPN, NULL, 2, "nsubj"},
      {"keeps", FG_UPOS_VERB, NULL, 0, "root"},
      {"it", FG_UPOS_PRON, NULL, 2, "obj"},
      {",", FG_UPOS_PUNCT, NULL, 6, "punct"},
      {"the", FG_UPOS_DET, NULL, 6, "det"},
      {"singer", FG_UPOS_NOUN, NULL, 2, "parataxis"},
      {"Ana", FG_UPOS_PROPN, NULL, 9, "nsubj"},
      {"Belo", FG_UPOS_PROPN, NULL, 7, "flat"},
      {"told", FG_UPOS_VERB, NULL, 6, "acl:relcl"},
      {"us", FG_UPOS_PRON, NULL, 9, "iobj"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[11];
  size_t n = load(rows, 11, words);
  assert_true(fg_parse_repair_name_after_noun(words, n));
  assert_int_equal(words[8].head, 2);
  assert_string_equal(words[8].deprel, "parataxis");
  assert_int_equal(words[5].head, 9);
  assert_string_equal(words[5].deprel, "nsubj");
  assert_int_equal(words[6].head, 6);
  /* the noun as an object ("keeps the singer Ana Belo told of") stays */
  n = load(rows, 11, words);
  words[5].deprel = "obj";
  assert_false(fg_parse_repair_name_after_noun(words, n));
}

/* "Arko will buy Vey, its chairman, Ivo Dorn, said." */
static void test_possessive_speaker(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Arko", FG_UPOS_PROPN, NULL, 3, "nsubj"},
      {"will", FG_UPOS_AUX, NULL, 3, "aux"},
      {"buy", FG_UPOS_VERB, NULL, 0, "root"},
      {"Vey", FG_UPOS_PROPN, NULL, 3, "obj"},
      {",", FG_UPOS_PUNCT, NULL, 7, "punct"},
      {"its", FG_UPOS_PRON, NULL, 7, "nmod:poss"},
      {"chairman", FG_UPOS_NOUN, NULL, 4, "appos"},
      {",", FG_UPOS_PUNCT, NULL, 9, "punct"},
      {"Ivo", FG_UPOS_PROPN, NULL, 7, "appos"},
      {",", FG_UPOS_PUNCT, NULL, 11, "punct"},
      {"said", FG_UPOS_VERB, FIN, 3, "parataxis"},
      {".", FG_UPOS_PUNCT, NULL, 3, "punct"},
  };
  FgWord words[12];
  size_t n = load(rows, 12, words);
  words[10].lemma = "say";
  assert_true(fg_parse_repair_possessive_speaker(words, n));
  assert_int_equal(words[6].head, 11);
  assert_string_equal(words[6].deprel, "nsubj");
  assert_int_equal(words[9].head, 7);
  /* another verb after the phrase: the apposition stays */
  n = load(rows, 12, words);
  words[10].lemma = "fall";
  assert_false(fg_parse_repair_possessive_speaker(words, n));
}

static void test_recipient_on_object(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Vey", FG_UPOS_PROPN, NULL, 2, "nsubj"},
      {"sold", FG_UPOS_VERB, FIN, 0, "root"},
      {"the", FG_UPOS_DET, NULL, 4, "det"},
      {"firm", FG_UPOS_NOUN, NULL, 2, "obj"},
      {"to", FG_UPOS_ADP, NULL, 7, "case"},
      {"Arbor", FG_UPOS_PROPN, NULL, 7, "compound"},
      {"Group", FG_UPOS_PROPN, NULL, 4, "nmod"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[8];
  size_t n = load(rows, 8, words);
  words[1].lemma = "sell";
  assert_true(fg_parse_repair_recipient_on_object(words, n));
  assert_int_equal(words[6].head, 2);
  assert_string_equal(words[6].deprel, "obl");
  /* another verb's object keeps its "to" phrase ("found the road to Y") */
  n = load(rows, 8, words);
  words[1].lemma = "find";
  assert_false(fg_parse_repair_recipient_on_object(words, n));
}

static void test_charge_on_name(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Juries", FG_UPOS_NOUN, NULL, 2, "nsubj"},
      {"convicted", FG_UPOS_VERB, FIN, 0, "root"},
      {"Ada", FG_UPOS_PROPN, NULL, 2, "obj"},
      {"Moss", FG_UPOS_PROPN, NULL, 3, "flat"},
      {"of", FG_UPOS_ADP, NULL, 6, "case"},
      {"fraud", FG_UPOS_NOUN, NULL, 3, "nmod"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[7];
  size_t n = load(rows, 7, words);
  words[1].lemma = "convict";
  assert_true(fg_parse_repair_charge_on_name(words, n));
  assert_int_equal(words[5].head, 2);
  assert_string_equal(words[5].deprel, "obl");
  /* a name after "of" is the person's home ("convicted Ada Moss of Lisk") */
  n = load(rows, 7, words);
  words[1].lemma = "convict";
  words[5].upos = FG_UPOS_PROPN;
  assert_false(fg_parse_repair_charge_on_name(words, n));
  /* another verb's object keeps its phrase ("met Ada Moss of the bank") */
  n = load(rows, 7, words);
  words[1].lemma = "meet";
  assert_false(fg_parse_repair_charge_on_name(words, n));
}

static void test_place_on_cause(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Ada", FG_UPOS_PROPN, NULL, 2, "nsubj"},
      {"died", FG_UPOS_VERB, FIN, 0, "root"},
      {"of", FG_UPOS_ADP, NULL, 4, "case"},
      {"cancer", FG_UPOS_NOUN, NULL, 2, "obl"},
      {"in", FG_UPOS_ADP, NULL, 6, "case"},
      {"Lisk", FG_UPOS_PROPN, NULL, 4, "nmod"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[7];
  size_t n = load(rows, 7, words);
  words[1].lemma = "die";
  assert_true(fg_parse_repair_place_on_cause(words, n));
  assert_int_equal(words[5].head, 2);
  assert_string_equal(words[5].deprel, "obl");
  assert_false(fg_parse_repair_place_on_cause(words, n));
  /* another verb's "of" phrase keeps its place ("spoke of the flood in Lisk") */
  n = load(rows, 7, words);
  words[1].lemma = "speak";
  assert_false(fg_parse_repair_place_on_cause(words, n));
}

static void test_plea_on_guilty(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Ivo", FG_UPOS_PROPN, NULL, 2, "nsubj"},
      {"pleaded", FG_UPOS_VERB, FIN, 0, "root"},
      {"guilty", FG_UPOS_NOUN, NULL, 2, "obj"},
      {"to", FG_UPOS_ADP, NULL, 5, "case"},
      {"murder", FG_UPOS_NOUN, NULL, 2, "obl"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[6];
  size_t n = load(rows, 6, words);
  words[1].lemma = "plead";
  assert_true(fg_parse_repair_plea_on_guilty(words, n));
  assert_int_equal(words[4].head, 3);
  assert_string_equal(words[4].deprel, "nmod");
  assert_false(fg_parse_repair_plea_on_guilty(words, n));
  /* "pleaded with police to ...": no "guilty" before the phrase */
  n = load(rows, 6, words);
  words[1].lemma = "plead";
  words[2].form = "police";
  words[2].form_len = 6;
  assert_false(fg_parse_repair_plea_on_guilty(words, n));
}

static void test_scene_after_apposition(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Gunmen", FG_UPOS_NOUN, NULL, 2, "nsubj"},
      {"seized", FG_UPOS_VERB, FIN, 0, "root"},
      {"Ivo", FG_UPOS_PROPN, NULL, 2, "obj"},
      {",", FG_UPOS_PUNCT, NULL, 6, "punct"},
      {"a", FG_UPOS_DET, NULL, 6, "det"},
      {"priest", FG_UPOS_NOUN, NULL, 3, "appos"},
      {",", FG_UPOS_PUNCT, NULL, 9, "punct"},
      {"in", FG_UPOS_ADP, NULL, 9, "case"},
      {"Lisk", FG_UPOS_PROPN, NULL, 6, "nmod"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[10];
  size_t n = load(rows, 10, words);
  assert_true(fg_parse_repair_scene_after_apposition(words, n));
  assert_int_equal(words[8].head, 2);
  assert_string_equal(words[8].deprel, "obl");
  assert_false(fg_parse_repair_scene_after_apposition(words, n));
  /* no comma before "in": the noun's own phrase ("a priest in Lisk") */
  n = load(rows, 10, words);
  words[6].form = "-";
  assert_false(fg_parse_repair_scene_after_apposition(words, n));
  /* an "of" phrase stays the noun's */
  n = load(rows, 10, words);
  words[7].form = "of";
  assert_false(fg_parse_repair_scene_after_apposition(words, n));
}

static void test_apposition_on_conjunct(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Ivo", FG_UPOS_PROPN, NULL, 2, "nsubj"},
      {"leaves", FG_UPOS_VERB, FIN, 0, "root"},
      {"his", FG_UPOS_PRON, NULL, 4, "nmod:poss"},
      {"wife", FG_UPOS_NOUN, NULL, 2, "obj"},
      {"and", FG_UPOS_CCONJ, NULL, 7, "cc"},
      {"a", FG_UPOS_DET, NULL, 7, "det"},
      {"son", FG_UPOS_NOUN, NULL, 4, "conj"},
      {",", FG_UPOS_PUNCT, NULL, 9, "punct"},
      {"Tom", FG_UPOS_PROPN, NULL, 4, "appos"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[10];
  size_t n = load(rows, 10, words);
  assert_true(fg_parse_repair_apposition_on_conjunct(words, n));
  assert_int_equal(words[8].head, 7);
  assert_string_equal(words[8].deprel, "appos");
  assert_false(fg_parse_repair_apposition_on_conjunct(words, n));
  /* no comma before the name: no apposition set off after the conjunct */
  n = load(rows, 10, words);
  words[7].form = "-";
  assert_false(fg_parse_repair_apposition_on_conjunct(words, n));
  /* the conjunct a name, not a common noun: left alone */
  n = load(rows, 10, words);
  words[6].upos = FG_UPOS_PROPN;
  assert_false(fg_parse_repair_apposition_on_conjunct(words, n));
  /* a bare conjunct ("his wife and partner, Tom"): one referent, left alone */
  n = load(rows, 10, words);
  words[5].head = 4;
  words[5].deprel = "dep";
  assert_false(fg_parse_repair_apposition_on_conjunct(words, n));
}

static void test_titled_name(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Vessa", FG_UPOS_PROPN, NULL, 10, "nsubj"},
      {"Airlines", FG_UPOS_PROPN, NULL, 1, "flat"},
      {"flight", FG_UPOS_NOUN, NULL, 4, "compound"},
      {"attendant", FG_UPOS_NOUN, NULL, 10, "nsubj"},
      {"Ana", FG_UPOS_PROPN, NULL, 4, "appos"},
      {"Kree", FG_UPOS_PROPN, NULL, 5, "flat"},
      {"was", FG_UPOS_AUX, FIN, 10, "cop"},
      {"among", FG_UPOS_ADP, NULL, 10, "case"},
      {"the", FG_UPOS_DET, NULL, 10, "det"},
      {"injured", FG_UPOS_ADJ, NULL, 0, "root"},
      {".", FG_UPOS_PUNCT, NULL, 10, "punct"},
  };
  FgWord words[11];
  size_t n = load(rows, 11, words);
  assert_true(fg_parse_repair_titled_name(words, n));
  assert_int_equal(words[0].head, 4);
  assert_string_equal(words[0].deprel, "compound");
  assert_int_equal(words[3].head, 5);
  assert_string_equal(words[3].deprel, "nmod:desc");
  assert_int_equal(words[4].head, 10);
  assert_string_equal(words[4].deprel, "nsubj");
  assert_false(fg_parse_repair_titled_name(words, n));
  /* one name word after the title: no person's full name */
  n = load(rows, 11, words);
  words[5].upos = FG_UPOS_VERB;
  assert_false(fg_parse_repair_titled_name(words, n));
  /* a word of the sentence hung inside the phrase: left alone */
  n = load(rows, 11, words);
  words[8].head = 4;
  assert_false(fg_parse_repair_titled_name(words, n));
}

/* "Lara Bank announced Monday that it had bought Ode Ltd." with the day
 * the verb's object and the clause its acl; "said yesterday that" with
 * the day the clause's subject and "that" on the auxiliary. */
static size_t day_clause(FgWord *words) {
  static const Row rows[] = {
      {"Lara", FG_UPOS_PROPN, NULL, 2, "compound"},
      {"Bank", FG_UPOS_PROPN, NULL, 3, "nsubj"},
      {"announced", FG_UPOS_VERB, FIN, 0, "root"},
      {"Monday", FG_UPOS_PROPN, NULL, 3, "obj"},
      {"that", FG_UPOS_SCONJ, NULL, 8, "mark"},
      {"it", FG_UPOS_PRON, NULL, 8, "nsubj"},
      {"had", FG_UPOS_AUX, FIN, 8, "aux"},
      {"bought", FG_UPOS_VERB, "VerbForm=Part", 4, "acl"},
      {"Ode", FG_UPOS_PROPN, NULL, 10, "compound"},
      {"Ltd", FG_UPOS_PROPN, NULL, 8, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 3, "punct"},
  };
  return load(rows, sizeof rows / sizeof *rows, words);
}

static void test_day_before_clause(void **state) {
  (void)state;
  FgWord words[12];
  size_t n = day_clause(words);
  assert_true(fg_parse_repair_day_before_clause(words, n));
  assert_int_equal(words[3].head, 3);
  assert_string_equal(words[3].deprel, "obl:unmarked");
  assert_int_equal(words[7].head, 3);
  assert_string_equal(words[7].deprel, "ccomp");
  /* the day as the clause's subject ("said Sunday/nsubj that"), "that"
   * and the subject on "had" */
  n = day_clause(words);
  words[3].form = "Sunday";
  words[3].head = 8;
  words[3].deprel = "nsubj";
  words[7].head = 3;
  words[7].deprel = "ccomp";
  words[4].head = 7;
  words[4].deprel = "obj";
  words[5].head = 7;
  assert_true(fg_parse_repair_day_before_clause(words, n));
  assert_int_equal(words[3].head, 3);
  assert_string_equal(words[3].deprel, "obl:unmarked");
  assert_int_equal(words[4].head, 8);
  assert_string_equal(words[4].deprel, "mark");
  assert_int_equal(words[5].head, 8);
  /* near misses: a relative clause with no subject but "that" ("recalled
   * the Monday that had shaped it"), no day */
  n = day_clause(words);
  words[4].deprel = "nsubj";
  words[5].deprel = "obj";
  assert_false(fg_parse_repair_day_before_clause(words, n));
  n = day_clause(words);
  words[3].form = "Mayday";
  assert_false(fg_parse_repair_day_before_clause(words, n));
  /* no "that": "announced Monday/mark it had bought Ode Ltd" */
  static const Row bare[] = {
      {"Lara", FG_UPOS_PROPN, NULL, 2, "compound"},
      {"Bank", FG_UPOS_PROPN, NULL, 3, "nsubj"},
      {"announced", FG_UPOS_VERB, FIN, 0, "root"},
      {"Monday", FG_UPOS_PROPN, NULL, 7, "mark"},
      {"it", FG_UPOS_PRON, NULL, 7, "nsubj"},
      {"had", FG_UPOS_AUX, FIN, 7, "aux"},
      {"bought", FG_UPOS_VERB, "VerbForm=Part", 3, "ccomp"},
      {"Ode", FG_UPOS_PROPN, NULL, 9, "compound"},
      {"Ltd", FG_UPOS_PROPN, NULL, 7, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 3, "punct"},
  };
  n = load(bare, sizeof bare / sizeof *bare, words);
  assert_true(fg_parse_repair_day_before_clause(words, n));
  assert_int_equal(words[3].head, 3);
  assert_string_equal(words[3].deprel, "obl:unmarked");
  assert_int_equal(words[6].head, 3);
  assert_string_equal(words[6].deprel, "ccomp");
  /* a relative pronoun is no clause's own subject ("Monday which had") */
  n = load(bare, sizeof bare / sizeof *bare, words);
  words[4].form = "which";
  words[4].form_len = 5;
  assert_false(fg_parse_repair_day_before_clause(words, n));
  /* "announced on Monday it had bought Ode Ltd" with the clause on the day */
  static const Row on[] = {
      {"Lara", FG_UPOS_PROPN, NULL, 2, "compound"},
      {"Bank", FG_UPOS_PROPN, NULL, 3, "nsubj"},
      {"announced", FG_UPOS_VERB, FIN, 0, "root"},
      {"on", FG_UPOS_ADP, NULL, 5, "case"},
      {"Monday", FG_UPOS_PROPN, NULL, 3, "obl"},
      {"it", FG_UPOS_PRON, NULL, 8, "nsubj"},
      {"had", FG_UPOS_AUX, FIN, 8, "aux"},
      {"bought", FG_UPOS_VERB, "VerbForm=Part", 5, "acl:relcl"},
      {"Ode", FG_UPOS_PROPN, NULL, 10, "compound"},
      {"Ltd", FG_UPOS_PROPN, NULL, 8, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 3, "punct"},
  };
  n = load(on, sizeof on / sizeof *on, words);
  assert_true(fg_parse_repair_day_before_clause(words, n));
  assert_int_equal(words[4].head, 3);
  assert_string_equal(words[4].deprel, "obl");
  assert_int_equal(words[7].head, 3);
  assert_string_equal(words[7].deprel, "ccomp");
}

/* "Ode Inc. bought its rival, Lark Ltd, last year." with the name the
 * apposition of "year". */
static void test_apposition_on_time(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Ode", FG_UPOS_PROPN, NULL, 2, "compound"},
      {"Inc.", FG_UPOS_PROPN, NULL, 3, "nsubj"},
      {"bought", FG_UPOS_VERB, FIN, 0, "root"},
      {"its", FG_UPOS_PRON, NULL, 5, "nmod:poss"},
      {"rival", FG_UPOS_NOUN, NULL, 3, "obj"},
      {",", FG_UPOS_PUNCT, NULL, 11, "punct"},
      {"Lark", FG_UPOS_PROPN, NULL, 11, "appos"},
      {"Ltd", FG_UPOS_PROPN, NULL, 7, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 11, "punct"},
      {"last", FG_UPOS_ADJ, NULL, 11, "amod"},
      {"year", FG_UPOS_NOUN, NULL, 3, "obl:unmarked"},
      {".", FG_UPOS_PUNCT, NULL, 3, "punct"},
  };
  FgWord words[12];
  size_t n = load(rows, 12, words);
  assert_true(fg_parse_repair_apposition_on_time(words, n));
  assert_int_equal(words[6].head, 5);
  assert_string_equal(words[6].deprel, "appos");
  assert_int_equal(words[8].head, 7);
  /* near misses: no comma after the name, a name before the first comma
   * ("in Lisk, Lark Ltd, last year" is no common noun's) */
  n = load(rows, 12, words);
  words[8].form = "-";
  assert_false(fg_parse_repair_apposition_on_time(words, n));
  n = load(rows, 12, words);
  words[4].upos = FG_UPOS_PROPN;
  assert_false(fg_parse_repair_apposition_on_time(words, n));
}

/* "Tam Oil's owner, the trader Ivo Ruml, was held." with "trader" a
 * second subject of "held", or "owner" a bare oblique. */
static void test_apposed_subject(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Tam", FG_UPOS_PROPN, NULL, 2, "compound"},
      {"Oil", FG_UPOS_PROPN, NULL, 4, "nmod:poss"},
      {"'s", FG_UPOS_PART, NULL, 2, "case"},
      {"owner", FG_UPOS_NOUN, NULL, 12, "nsubj:pass"},
      {",", FG_UPOS_PUNCT, NULL, 4, "punct"},
      {"the", FG_UPOS_DET, NULL, 7, "det"},
      {"trader", FG_UPOS_NOUN, NULL, 12, "nsubj:pass"},
      {"Ivo", FG_UPOS_PROPN, NULL, 7, "appos"},
      {"Ruml", FG_UPOS_PROPN, NULL, 8, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 7, "punct"},
      {"was", FG_UPOS_AUX, NULL, 12, "aux:pass"},
      {"held", FG_UPOS_VERB, NULL, 0, "root"},
      {".", FG_UPOS_PUNCT, NULL, 12, "punct"},
  };
  FgWord words[13];
  size_t n = load(rows, 13, words);
  assert_true(fg_parse_repair_apposed_subject(words, n));
  assert_int_equal(words[6].head, 4);
  assert_string_equal(words[6].deprel, "appos");
  assert_int_equal(words[4].head, 7);
  /* the possessed noun as a bare oblique takes the subject's relation */
  n = load(rows, 13, words);
  words[3].deprel = "obl";
  assert_true(fg_parse_repair_apposed_subject(words, n));
  assert_int_equal(words[6].head, 4);
  assert_string_equal(words[3].deprel, "nsubj:pass");
  /* no name in the second phrase ("the owner, the trader, ..."): left alone */
  n = load(rows, 13, words);
  words[7].upos = FG_UPOS_NOUN;
  assert_false(fg_parse_repair_apposed_subject(words, n));
  /* no comma closing it before the verb: left alone */
  n = load(rows, 13, words);
  words[9].form = "and", words[9].form_len = 3;
  assert_false(fg_parse_repair_apposed_subject(words, n));
  /* a bare name after a common noun ("Tam Oil's owner, Ivo Ruml, was held") */
  static const Row bare[] = {
      {"Tam", FG_UPOS_PROPN, NULL, 2, "compound"},
      {"Oil", FG_UPOS_PROPN, NULL, 4, "nmod:poss"},
      {"'s", FG_UPOS_PART, NULL, 2, "case"},
      {"owner", FG_UPOS_NOUN, NULL, 11, "nsubj:pass"},
      {",", FG_UPOS_PUNCT, NULL, 6, "punct"},
      {"Ivo", FG_UPOS_PROPN, NULL, 11, "nsubj:pass"},
      {"Ruml", FG_UPOS_PROPN, NULL, 6, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 6, "punct"},
      {"was", FG_UPOS_AUX, NULL, 11, "aux:pass"},
      {"held", FG_UPOS_VERB, NULL, 0, "root"},
      {".", FG_UPOS_PUNCT, NULL, 11, "punct"},
  };
  FgWord more[11];
  n = load(bare, 11, more);
  assert_true(fg_parse_repair_apposed_subject(more, n));
  assert_int_equal(more[5].head, 4);
  assert_string_equal(more[5].deprel, "appos");
  /* two names: "Tam Oil, Ivo Ruml, ..." is no apposition of a common noun */
  n = load(bare, 11, more);
  more[3].upos = FG_UPOS_PROPN;
  assert_false(fg_parse_repair_apposed_subject(more, n));
}

/* "Tam Oil, whose owner is the trader Ivo Ruml, sold a mill." with the
 * copular clause the subject of "sold" and the name its vocative. */
static void test_whose_clause_subject(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Tam", FG_UPOS_PROPN, NULL, 8, "vocative"},
      {"Oil", FG_UPOS_PROPN, NULL, 1, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 1, "punct"},
      {"whose", FG_UPOS_PRON, NULL, 5, "nmod:poss"},
      {"owner", FG_UPOS_NOUN, NULL, 8, "nsubj"},
      {"is", FG_UPOS_AUX, FIN, 8, "cop"},
      {"the", FG_UPOS_DET, NULL, 8, "det"},
      {"trader", FG_UPOS_NOUN, NULL, 12, "nsubj"},
      {"Ivo", FG_UPOS_PROPN, NULL, 8, "appos"},
      {"Ruml", FG_UPOS_PROPN, NULL, 9, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 8, "punct"},
      {"sold", FG_UPOS_VERB, FIN, 0, "root"},
      {"a", FG_UPOS_DET, NULL, 14, "det"},
      {"mill", FG_UPOS_NOUN, NULL, 12, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 12, "punct"},
  };
  FgWord words[15];
  size_t n = load(rows, 15, words);
  assert_true(fg_parse_repair_whose_clause_subject(words, n));
  assert_int_equal(words[0].head, 12);
  assert_string_equal(words[0].deprel, "nsubj");
  assert_int_equal(words[7].head, 1);
  assert_string_equal(words[7].deprel, "acl:relcl");
  assert_int_equal(words[2].head, 8);
  /* "who" instead of "whose" (another repair's business): left alone */
  n = load(rows, 15, words);
  words[3].form = "who", words[3].form_len = 3;
  assert_false(fg_parse_repair_whose_clause_subject(words, n));
  /* no comma before the clause: left alone */
  n = load(rows, 15, words);
  words[2].form = "and", words[2].form_len = 3;
  assert_false(fg_parse_repair_whose_clause_subject(words, n));
}

/* "Gunmen shot dead the guard Ivo Ruml." with the object hung on
 * "dead". */
static void test_object_on_predicate_adjective(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Gunmen", FG_UPOS_NOUN, NULL, 2, "nsubj"},
      {"shot", FG_UPOS_VERB, FIN, 0, "root"},
      {"dead", FG_UPOS_ADJ, NULL, 2, "xcomp"},
      {"the", FG_UPOS_DET, NULL, 5, "det"},
      {"guard", FG_UPOS_NOUN, NULL, 3, "obj"},
      {"Ivo", FG_UPOS_PROPN, NULL, 5, "appos"},
      {"Ruml", FG_UPOS_PROPN, NULL, 6, "flat"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[8];
  size_t n = load(rows, 8, words);
  assert_true(fg_parse_repair_object_on_predicate_adjective(words, n));
  assert_int_equal(words[4].head, 2);
  assert_string_equal(words[4].deprel, "obj");
  /* "stabbed to death the guard Ivo Ruml in Lisk": the noun with its
   * case word, and the place phrase after the object, go the same way */
  static const Row death[] = {
      {"Gunmen", FG_UPOS_NOUN, NULL, 2, "nsubj"},
      {"stabbed", FG_UPOS_VERB, FIN, 0, "root"},
      {"to", FG_UPOS_ADP, NULL, 4, "mark"},
      {"death", FG_UPOS_NOUN, NULL, 2, "xcomp"},
      {"the", FG_UPOS_DET, NULL, 6, "det"},
      {"guard", FG_UPOS_NOUN, NULL, 4, "obj"},
      {"in", FG_UPOS_ADP, NULL, 8, "case"},
      {"Lisk", FG_UPOS_PROPN, NULL, 4, "obl"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord more[9];
  n = load(death, 9, more);
  assert_true(fg_parse_repair_object_on_predicate_adjective(more, n));
  assert_int_equal(more[5].head, 2);
  assert_int_equal(more[7].head, 2);
  /* "was named chief executive of Lisk" with the "of" phrase read as
   * the title's object: left alone */
  static const Row title[] = {
      {"Ana", FG_UPOS_PROPN, NULL, 3, "nsubj:pass"},
      {"was", FG_UPOS_AUX, FIN, 3, "aux:pass"},
      {"named", FG_UPOS_VERB, NULL, 0, "root"},
      {"chief", FG_UPOS_ADJ, NULL, 5, "amod"},
      {"executive", FG_UPOS_NOUN, NULL, 3, "xcomp"},
      {"of", FG_UPOS_ADP, NULL, 7, "case"},
      {"Lisk", FG_UPOS_PROPN, NULL, 5, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 3, "punct"},
  };
  n = load(title, 8, more);
  assert_false(fg_parse_repair_object_on_predicate_adjective(more, n));
  more[5].head = 5, more[5].deprel = "nmod"; /* no case word on the name */
  assert_false(fg_parse_repair_object_on_predicate_adjective(more, n));
  /* the verb has an object of its own: left alone */
  n = load(rows, 8, words);
  words[0].deprel = "obj";
  assert_false(fg_parse_repair_object_on_predicate_adjective(words, n));
  /* the adjective not right after the verb: left alone */
  n = load(rows, 8, words);
  words[0].head = 3, words[0].deprel = "nsubj";
  words[1].head = 3, words[1].deprel = "cop";
  words[2].head = 0, words[2].deprel = "root";
  assert_false(fg_parse_repair_object_on_predicate_adjective(words, n));
}

/* "Ana Pell, who works for Tam Oil, was held." with "for" the
 * subordinator of "held" and "Oil" its subject. */
static void test_preposition_as_subordinator(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Ana", FG_UPOS_PROPN, NULL, 0, "root"},
      {"Pell", FG_UPOS_PROPN, NULL, 1, "flat"},
      {",", FG_UPOS_PUNCT, NULL, 5, "punct"},
      {"who", FG_UPOS_PRON, NULL, 5, "nsubj"},
      {"works", FG_UPOS_VERB, FIN, 1, "acl:relcl"},
      {"for", FG_UPOS_ADP, NULL, 11, "mark"},
      {"Tam", FG_UPOS_PROPN, NULL, 8, "compound"},
      {"Oil", FG_UPOS_PROPN, NULL, 11, "nsubj:pass"},
      {",", FG_UPOS_PUNCT, NULL, 8, "punct"},
      {"was", FG_UPOS_AUX, FIN, 11, "aux:pass"},
      {"held", FG_UPOS_VERB, NULL, 5, "ccomp"},
      {".", FG_UPOS_PUNCT, NULL, 1, "punct"},
  };
  FgWord words[12];
  size_t n = load(rows, 12, words);
  assert_true(fg_parse_repair_preposition_as_subordinator(words, n));
  assert_int_equal(words[10].head, 0);
  assert_int_equal(words[0].head, 11);
  assert_string_equal(words[0].deprel, "nsubj:pass");
  assert_int_equal(words[7].head, 5);
  assert_string_equal(words[7].deprel, "obl");
  assert_int_equal(words[5].head, 8);
  assert_string_equal(words[5].deprel, "case");
  assert_int_equal(words[11].head, 11);
  /* no comma closing the noun's phrase ("for Tam Oil was held"): left alone */
  n = load(rows, 12, words);
  words[8].form = "-";
  assert_false(fg_parse_repair_preposition_as_subordinator(words, n));
}

/* "Velmar was set up by the late banker Ilse Maro in 1987." with the
 * noun the agent and the name a bare oblique of the verb. */
static void test_name_after_agent(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Velmar", FG_UPOS_PROPN, NULL, 4, "nsubj:pass"},
      {"was", FG_UPOS_AUX, NULL, 4, "aux:pass"},
      {"set", FG_UPOS_VERB, NULL, 0, "root"},
      {"up", FG_UPOS_ADP, NULL, 3, "compound:prt"},
      {"by", FG_UPOS_ADP, NULL, 8, "case"},
      {"the", FG_UPOS_DET, NULL, 8, "det"},
      {"late", FG_UPOS_ADJ, NULL, 8, "amod"},
      {"banker", FG_UPOS_NOUN, NULL, 3, "obl:agent"},
      {"Ilse", FG_UPOS_PROPN, NULL, 3, "obl"},
      {"Maro", FG_UPOS_PROPN, NULL, 9, "flat"},
      {"in", FG_UPOS_ADP, NULL, 12, "case"},
      {"1987", FG_UPOS_NUM, NULL, 3, "obl"},
      {".", FG_UPOS_PUNCT, NULL, 3, "punct"},
  };
  FgWord words[13];
  size_t n = load(rows, 13, words);
  assert_true(fg_parse_repair_name_after_agent(words, n));
  assert_int_equal(words[8].head, 8);
  assert_string_equal(words[8].deprel, "appos");
  assert_int_equal(words[11].head, 3); /* the year stays the verb's */
  /* no determiner: the name is the agent, the noun describes it, and
   * "by" goes with the name */
  n = load(rows, 13, words);
  words[5].deprel = "amod", words[5].upos = FG_UPOS_ADJ;
  assert_true(fg_parse_repair_name_after_agent(words, n));
  assert_int_equal(words[8].head, 3);
  assert_string_equal(words[8].deprel, "obl:agent");
  assert_string_equal(words[7].deprel, "nmod:desc");
  assert_int_equal(words[4].head, 9);
  /* the name with a case word of its own ("by the banker with Ilse
   * Maro") is another phrase: left alone */
  n = load(rows, 13, words);
  words[4].head = 9;
  words[7].deprel = "obl:agent";
  assert_false(fg_parse_repair_name_after_agent(words, n));
}

/* "A court found Ida Lund guilty of fraud." with "guilty" a noun object
 * and the name its compound; the passive with "by a court" on "guilty". */
static void test_verdict_complement(void **state) {
  (void)state;
  static const Row active[] = {
      {"A", FG_UPOS_DET, NULL, 2, "det"},
      {"court", FG_UPOS_NOUN, NULL, 3, "nsubj"},
      {"found", FG_UPOS_VERB, FIN, 0, "root"},
      {"Ida", FG_UPOS_PROPN, NULL, 6, "compound"},
      {"Lund", FG_UPOS_PROPN, NULL, 4, "flat"},
      {"guilty", FG_UPOS_NOUN, NULL, 3, "obj"},
      {"of", FG_UPOS_ADP, NULL, 8, "case"},
      {"fraud", FG_UPOS_NOUN, NULL, 6, "nmod"},
      {".", FG_UPOS_PUNCT, NULL, 3, "punct"},
  };
  FgWord words[10];
  size_t n = load(active, 9, words);
  assert_true(fg_parse_repair_verdict_complement(words, n));
  assert_int_equal(words[3].head, 3);
  assert_string_equal(words[3].deprel, "obj");
  assert_string_equal(words[5].deprel, "xcomp");
  /* "found the evidence guilty..." never: another word as object stays */
  n = load(active, 9, words);
  words[5].form = "useful";
  assert_false(fg_parse_repair_verdict_complement(words, n));
  static const Row passive[] = {
      {"Ida", FG_UPOS_PROPN, NULL, 3, "nsubj:pass"},
      {"was", FG_UPOS_AUX, NULL, 3, "aux:pass"},
      {"found", FG_UPOS_VERB, NULL, 0, "root"},
      {"guilty", FG_UPOS_NOUN, NULL, 3, "obj"},
      {"of", FG_UPOS_ADP, NULL, 6, "case"},
      {"fraud", FG_UPOS_NOUN, NULL, 4, "nmod"},
      {"by", FG_UPOS_ADP, NULL, 9, "case"},
      {"a", FG_UPOS_DET, NULL, 9, "det"},
      {"court", FG_UPOS_NOUN, NULL, 4, "nmod"},
      {".", FG_UPOS_PUNCT, NULL, 3, "punct"},
  };
  n = load(passive, 10, words);
  assert_true(fg_parse_repair_verdict_complement(words, n));
  assert_string_equal(words[3].deprel, "xcomp");
  assert_int_equal(words[8].head, 3);
  assert_string_equal(words[8].deprel, "obl:agent");
  assert_int_equal(words[5].head, 4); /* the charge stays on "guilty" */
}

/* "Ada's wife and business partner, Ida, said" with "wife" the subject
 * of "partner" and "business" the conjunct of "wife". */
static void test_noun_pair_as_clause(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Ada", FG_UPOS_PROPN, NULL, 3, "nmod:poss"},
      {"'s", FG_UPOS_PART, NULL, 1, "case"},
      {"wife", FG_UPOS_NOUN, NULL, 6, "nsubj"},
      {"and", FG_UPOS_CCONJ, NULL, 5, "cc"},
      {"business", FG_UPOS_NOUN, NULL, 3, "conj"},
      {"partner", FG_UPOS_NOUN, NULL, 10, "nsubj"},
      {",", FG_UPOS_PUNCT, NULL, 8, "punct"},
      {"Ida", FG_UPOS_PROPN, NULL, 6, "appos"},
      {",", FG_UPOS_PUNCT, NULL, 6, "punct"},
      {"said", FG_UPOS_VERB, FIN, 0, "root"},
      {".", FG_UPOS_PUNCT, NULL, 10, "punct"},
  };
  FgWord words[11];
  size_t n = load(rows, 11, words);
  assert_true(fg_parse_repair_noun_pair_as_clause(words, n));
  assert_int_equal(words[2].head, 10);
  assert_string_equal(words[2].deprel, "nsubj");
  assert_int_equal(words[5].head, 3);
  assert_string_equal(words[5].deprel, "conj");
  assert_int_equal(words[4].head, 6);
  assert_string_equal(words[4].deprel, "compound");
  assert_int_equal(words[3].head, 6);
  assert_int_equal(words[7].head, 3);
  /* the last noun a verb the tagger took for a noun ("amounts to Y"):
   * a clause, left alone */
  n = load(rows, 11, words);
  words[7].deprel = "obl";
  assert_false(fg_parse_repair_noun_pair_as_clause(words, n));
}

/* "Pruitt died Sunday in Atlanta" with "in Atlanta" an nmod of the day;
 * and "died Dec. 3 in Y" with the place under the day number. */
static void test_place_on_date(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Pruitt", FG_UPOS_PROPN, NULL, 2, "nsubj"},
      {"died", FG_UPOS_VERB, FIN, 0, "root"},
      {"Sunday", FG_UPOS_PROPN, NULL, 2, "obl:unmarked"},
      {"in", FG_UPOS_ADP, NULL, 5, "case"},
      {"Atlanta", FG_UPOS_PROPN, NULL, 3, "nmod"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[7];
  size_t n = load(rows, 6, words);
  assert_true(fg_parse_repair_place_on_date(words, n));
  assert_int_equal(words[4].head, 2);
  assert_string_equal(words[4].deprel, "obl");
  /* "the Sunday of the vote": an "of" phrase is the day's own */
  n = load(rows, 6, words);
  words[3].form = "of";
  words[3].form_len = 2;
  assert_false(fg_parse_repair_place_on_date(words, n));
  /* a common noun ("left home in a hurry"): not a date */
  n = load(rows, 6, words);
  words[2].form = "home";
  words[2].form_len = 4;
  words[2].upos = FG_UPOS_NOUN;
  assert_false(fg_parse_repair_place_on_date(words, n));
  static const Row dated[] = {
      {"Voss", FG_UPOS_PROPN, NULL, 2, "nsubj"},
      {"died", FG_UPOS_VERB, FIN, 0, "root"},
      {"March", FG_UPOS_PROPN, NULL, 4, "compound"},
      {"3", FG_UPOS_NUM, NULL, 2, "obl:unmarked"},
      {"in", FG_UPOS_ADP, NULL, 6, "case"},
      {"Marlow", FG_UPOS_PROPN, NULL, 4, "nmod"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  n = load(dated, 7, words);
  assert_true(fg_parse_repair_place_on_date(words, n));
  assert_int_equal(words[5].head, 2);
  /* the day read as the object ("died Thursday/obj in Y") */
  n = load(rows, 6, words);
  words[2].deprel = "obj";
  assert_true(fg_parse_repair_place_on_date(words, n));
  assert_int_equal(words[4].head, 2);
  /* the day the apposition of the verb's oblique ("died of cancer
   * Sunday in Y"); after a comma it is an apposition's phrase */
  static const Row cause[] = {
      {"Haskin", FG_UPOS_PROPN, NULL, 2, "nsubj"},
      {"died", FG_UPOS_VERB, FIN, 0, "root"},
      {"of", FG_UPOS_ADP, NULL, 4, "case"},
      {"cancer", FG_UPOS_NOUN, NULL, 2, "obl"},
      {"Sunday", FG_UPOS_PROPN, NULL, 4, "appos"},
      {"in", FG_UPOS_ADP, NULL, 7, "case"},
      {"Marden", FG_UPOS_PROPN, NULL, 5, "nmod"},
  };
  FgWord more[7];
  n = load(cause, 7, more);
  assert_true(fg_parse_repair_place_on_date(more, n));
  assert_int_equal(more[6].head, 2);
  static const Row set_off[] = {
      {"Haskin", FG_UPOS_PROPN, NULL, 2, "nsubj"},
      {"died", FG_UPOS_VERB, FIN, 0, "root"},
      {"of", FG_UPOS_ADP, NULL, 4, "case"},
      {"cancer", FG_UPOS_NOUN, NULL, 2, "obl"},
      {",", FG_UPOS_PUNCT, NULL, 6, "punct"},
      {"Sunday", FG_UPOS_PROPN, NULL, 4, "appos"},
      {"in", FG_UPOS_ADP, NULL, 8, "case"},
      {"Marden", FG_UPOS_PROPN, NULL, 6, "nmod"},
  };
  FgWord apart[8];
  n = load(set_off, 8, apart);
  assert_false(fg_parse_repair_place_on_date(apart, n));
}

/* "to acquire rival Velocom" with the bare noun and the name two objects
 * of the verb: the noun describes the name; a plural noun ("gave
 * workers Velocom shares") is left alone. */
static void test_bare_noun_before_name_object(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Dorvan", FG_UPOS_PROPN, NULL, 2, "nsubj"},
      {"acquired", FG_UPOS_VERB, FIN, 0, "root"},
      {"rival", FG_UPOS_NOUN, NULL, 2, "obj"},
      {"Velocom", FG_UPOS_PROPN, NULL, 2, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[5];
  size_t n = load(rows, 5, words);
  words[2].xpos = "NN";
  assert_true(fg_parse_repair_name_after_noun(words, n));
  assert_int_equal(words[3].head, 2);
  assert_string_equal(words[3].deprel, "obj");
  assert_int_equal(words[2].head, 4);
  assert_string_equal(words[2].deprel, "nmod:desc");
  n = load(rows, 5, words);
  words[2].xpos = "NNS";
  assert_false(fg_parse_repair_name_after_noun(words, n));
}

/* "Police arrested/acl Oake and charged him" with "charged" the root:
 * "arrested" is the root and "charged" its conjunct; without an object
 * ("Police arrested at dawn and charged ...": a participle clause may
 * be) it is left alone. */
static void test_participle_before_conjunct(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Police", FG_UPOS_NOUN, NULL, 5, "nsubj"},
      {"arrested", FG_UPOS_VERB, NULL, 1, "acl"},
      {"Oake", FG_UPOS_PROPN, NULL, 2, "obj"},
      {"and", FG_UPOS_CCONJ, NULL, 5, "cc"},
      {"charged", FG_UPOS_VERB, FIN, 0, "root"},
      {"him", FG_UPOS_PRON, NULL, 5, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 5, "punct"},
  };
  FgWord words[7];
  size_t n = load(rows, 7, words);
  words[1].xpos = "VBN";
  assert_true(fg_parse_repair_participle_before_conjunct(words, n));
  assert_int_equal(words[1].head, 0);
  assert_string_equal(words[1].deprel, "root");
  assert_int_equal(words[0].head, 2);
  assert_int_equal(words[4].head, 2);
  assert_string_equal(words[4].deprel, "conj");
  assert_int_equal(words[6].head, 2);
  n = load(rows, 7, words);
  words[1].xpos = "VBN";
  words[2].deprel = "obl";
  assert_false(fg_parse_repair_participle_before_conjunct(words, n));
}

/* "Gunmen shot dead Ike Morrow" with the name the apposition of "dead":
 * the verb's object; after a comma ("shot dead, Ike Morrow, ...") an
 * apposition stays. */
static void test_object_after_result(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Gunmen", FG_UPOS_NOUN, NULL, 2, "nsubj"},
      {"shot", FG_UPOS_VERB, FIN, 0, "root"},
      {"dead", FG_UPOS_ADJ, NULL, 2, "xcomp"},
      {"Ike", FG_UPOS_PROPN, NULL, 3, "appos"},
      {"Morrow", FG_UPOS_PROPN, NULL, 4, "flat"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[6];
  size_t n = load(rows, 6, words);
  assert_true(fg_parse_repair_object_after_result(words, n));
  assert_int_equal(words[3].head, 2);
  assert_string_equal(words[3].deprel, "obj");
  n = load(rows, 6, words);
  words[3].form = ",";
  words[3].form_len = 1;
  words[3].upos = FG_UPOS_PUNCT;
  words[3].deprel = "punct";
  words[4].head = 3;
  words[4].deprel = "appos";
  assert_false(fg_parse_repair_object_after_result(words, n));
}

/* "Ed Hale was jailed for the murder of his wife, Ana Hale." with the
 * name on "murder": the apposition of "wife", the nearest noun. */
static void test_apposition_after_possessed(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Ed", FG_UPOS_PROPN, NULL, 4, "nsubj:pass"},
      {"Hale", FG_UPOS_PROPN, NULL, 1, "flat"},
      {"was", FG_UPOS_AUX, FIN, 4, "aux:pass"},
      {"jailed", FG_UPOS_VERB, NULL, 0, "root"},
      {"for", FG_UPOS_ADP, NULL, 7, "case"},
      {"the", FG_UPOS_DET, NULL, 7, "det"},
      {"murder", FG_UPOS_NOUN, NULL, 4, "obl"},
      {"of", FG_UPOS_ADP, NULL, 10, "case"},
      {"his", FG_UPOS_PRON, NULL, 10, "nmod:poss"},
      {"wife", FG_UPOS_NOUN, NULL, 7, "nmod"},
      {",", FG_UPOS_PUNCT, NULL, 12, "punct"},
      {"Ana", FG_UPOS_PROPN, NULL, 7, "appos"},
      {"Hale", FG_UPOS_PROPN, NULL, 12, "flat"},
      {".", FG_UPOS_PUNCT, NULL, 4, "punct"},
  };
  FgWord words[14];
  size_t n = load(rows, 14, words);
  assert_true(fg_parse_repair_apposition_after_possessed(words, n));
  assert_int_equal(words[11].head, 10);
  assert_string_equal(words[11].deprel, "appos");
  /* no possessor: "the murder of a woman, Ana Hale" is left to the parser */
  n = load(rows, 14, words);
  words[8].form = "a";
  words[8].form_len = 1;
  words[8].upos = FG_UPOS_DET;
  words[8].deprel = "det";
  assert_false(fg_parse_repair_apposition_after_possessed(words, n));
  /* no comma sets the name off ("his wife likely Ana Hale") */
  n = load(rows, 14, words);
  words[10].form = "likely";
  words[10].form_len = 6;
  words[10].upos = FG_UPOS_ADV;
  words[10].deprel = "advmod";
  assert_false(fg_parse_repair_apposition_after_possessed(words, n));
}

/* "as Kenya's first female prime minister" with "female" a noun hung as
 * amod and the possessor on it: the possessor of "minister"; on a word
 * tagged adjective ("your greatest cost") it stays. */
static void test_possessor_on_modifier(void **state) {
  (void)state;
  static const Row rows[] = {
      {"as", FG_UPOS_ADP, NULL, 7, "case"},
      {"Kenya", FG_UPOS_PROPN, NULL, 5, "nmod:poss"},
      {"'s", FG_UPOS_PART, NULL, 2, "case"},
      {"first", FG_UPOS_ADJ, NULL, 5, "amod"},
      {"female", FG_UPOS_NOUN, NULL, 7, "amod"},
      {"prime", FG_UPOS_ADJ, NULL, 7, "amod"},
      {"minister", FG_UPOS_NOUN, NULL, 0, "root"},
  };
  FgWord words[7];
  size_t n = load(rows, 7, words);
  assert_true(fg_parse_repair_possessor_on_modifier(words, n));
  assert_int_equal(words[1].head, 7);
  assert_string_equal(words[1].deprel, "nmod:poss");
  n = load(rows, 7, words);
  words[4].upos = FG_UPOS_ADJ;
  assert_false(fg_parse_repair_possessor_on_modifier(words, n));
  assert_int_equal(words[1].head, 5);
}

/* "Velm appointed Ana Roe chairman." with the name the post's compound. */
static void test_name_before_post(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Velm", FG_UPOS_PROPN, NULL, 2, "nsubj"},
      {"appointed", FG_UPOS_VERB, FIN, 0, "root"},
      {"Ana", FG_UPOS_PROPN, NULL, 5, "compound"},
      {"Roe", FG_UPOS_PROPN, NULL, 3, "flat"},
      {"chairman", FG_UPOS_NOUN, NULL, 2, "obj"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[6];
  size_t n = load(rows, 6, words);
  words[1].lemma = "appoint";
  words[4].xpos = "NN";
  assert_true(fg_parse_repair_name_before_post(words, n));
  assert_int_equal(words[2].head, 2);
  assert_string_equal(words[2].deprel, "obj");
  assert_string_equal(words[4].deprel, "xcomp");
  assert_false(fg_parse_repair_name_before_post(words, n));
  /* another verb's object ("visited the Roe museum" without the article) */
  n = load(rows, 6, words);
  words[1].lemma = "visit";
  words[4].xpos = "NN";
  assert_false(fg_parse_repair_name_before_post(words, n));
  /* a plural is no post ("made Xmas gifts") */
  n = load(rows, 6, words);
  words[1].lemma = "appoint";
  words[4].xpos = "NNS";
  assert_false(fg_parse_repair_name_before_post(words, n));
}

/* "Orvia named veteran diplomat Tom Brek as its envoy." with the "as"
 * phrase on the object. */
static void test_post_on_object(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Orvia", FG_UPOS_PROPN, NULL, 2, "nsubj"},
      {"named", FG_UPOS_VERB, FIN, 0, "root"},
      {"veteran", FG_UPOS_NOUN, NULL, 4, "compound"},
      {"diplomat", FG_UPOS_NOUN, NULL, 2, "obj"},
      {"Tom", FG_UPOS_PROPN, NULL, 6, "compound"},
      {"Brek", FG_UPOS_PROPN, NULL, 4, "appos"},
      {"as", FG_UPOS_ADP, NULL, 9, "case"},
      {"its", FG_UPOS_PRON, NULL, 9, "nmod:poss"},
      {"envoy", FG_UPOS_NOUN, NULL, 6, "nmod"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[10];
  size_t n = load(rows, 10, words);
  words[1].lemma = "name";
  assert_true(fg_parse_repair_post_on_object(words, n));
  assert_int_equal(words[8].head, 2);
  assert_string_equal(words[8].deprel, "obl");
  assert_false(fg_parse_repair_post_on_object(words, n));
  /* on the object itself too */
  n = load(rows, 10, words);
  words[1].lemma = "name";
  words[8].head = 4;
  assert_true(fg_parse_repair_post_on_object(words, n));
  assert_int_equal(words[8].head, 2);
  /* another verb's object keeps its phrase ("praised the diplomat as ...") */
  n = load(rows, 10, words);
  words[1].lemma = "praise";
  assert_false(fg_parse_repair_post_on_object(words, n));
}

/* "Roe heads the branch of Kell Bank." with "Bank" the verb's oblique. */
static void test_of_phrase_on_object(void **state) {
  (void)state;
  static const Row rows[] = {
      {"Roe", FG_UPOS_PROPN, NULL, 2, "nsubj"},
      {"heads", FG_UPOS_VERB, FIN, 0, "root"},
      {"the", FG_UPOS_DET, NULL, 4, "det"},
      {"branch", FG_UPOS_NOUN, NULL, 2, "obj"},
      {"of", FG_UPOS_ADP, NULL, 6, "case"},
      {"Kell", FG_UPOS_PROPN, NULL, 7, "compound"},
      {"Bank", FG_UPOS_PROPN, NULL, 2, "obl"},
      {".", FG_UPOS_PUNCT, NULL, 2, "punct"},
  };
  FgWord words[8];
  size_t n = load(rows, 8, words);
  words[1].lemma = "head";
  assert_true(fg_parse_repair_of_phrase_on_object(words, n));
  assert_int_equal(words[6].head, 4);
  assert_string_equal(words[6].deprel, "nmod");
  assert_false(fg_parse_repair_of_phrase_on_object(words, n));
  /* a verb with an "of" phrase of its own ("informed the board of X") */
  n = load(rows, 8, words);
  words[1].lemma = "inform";
  assert_false(fg_parse_repair_of_phrase_on_object(words, n));
  /* a common noun in the phrase: left alone ("take care of pets") */
  n = load(rows, 8, words);
  words[1].lemma = "head";
  words[6].upos = FG_UPOS_NOUN;
  assert_false(fg_parse_repair_of_phrase_on_object(words, n));
}

/* "its rival Skylo on Monday" with the name the noun's object. */
static void test_object_of_noun(void **state) {
  (void)state;
  static const Row rows[] = {
      {"its", FG_UPOS_PRON, NULL, 2, "nmod:poss"},
      {"rival", FG_UPOS_NOUN, NULL, 0, "root"},
      {"Skylo", FG_UPOS_PROPN, NULL, 2, "obj"},
  };
  FgWord words[3];
  size_t n = load(rows, 3, words);
  words[1].xpos = "NN";
  assert_true(fg_parse_repair_object_of_noun(words, n));
  assert_string_equal(words[2].deprel, "appos");
  assert_false(fg_parse_repair_object_of_noun(words, n));
  /* a plural may be a verb the tagger missed ("interviews X") */
  n = load(rows, 3, words);
  words[1].xpos = "NNS";
  assert_false(fg_parse_repair_object_of_noun(words, n));
}

/* "German carmaker Falk Motors said it would ..." with the adjective the
 * root and the verb a clause on it. */
static void test_opening_adjective_root(void **state) {
  (void)state;
  static const Row rows[] = {
      {"German", FG_UPOS_ADJ, NULL, 0, "root"},
      {"carmaker", FG_UPOS_NOUN, NULL, 1, "discourse"},
      {"Falk", FG_UPOS_PROPN, NULL, 4, "compound"},
      {"Motors", FG_UPOS_PROPN, NULL, 5, "nsubj"},
      {"said", FG_UPOS_VERB, FIN, 1, "advcl:relcl"},
      {"it", FG_UPOS_PRON, NULL, 7, "nsubj"},
      {"grew", FG_UPOS_VERB, FIN, 5, "ccomp"},
      {".", FG_UPOS_PUNCT, NULL, 1, "punct"},
  };
  FgWord words[8];
  size_t n = load(rows, 8, words);
  assert_true(fg_parse_repair_opening_adjective_root(words, n));
  assert_int_equal(words[4].head, 0);
  assert_string_equal(words[4].deprel, "root");
  assert_int_equal(words[3].head, 5);
  assert_string_equal(words[3].deprel, "nsubj");
  assert_int_equal(words[1].head, 4);
  assert_string_equal(words[1].deprel, "nmod:desc");
  assert_int_equal(words[0].head, 2);
  assert_string_equal(words[0].deprel, "amod");
  assert_int_equal(words[7].head, 5);
  assert_false(fg_parse_repair_opening_adjective_root(words, n));
  /* no name between the noun and the verb: left alone */
  n = load(rows, 8, words);
  words[2].upos = FG_UPOS_NOUN;
  words[3].upos = FG_UPOS_NOUN;
  assert_false(fg_parse_repair_opening_adjective_root(words, n));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_main_verb_taken_out),
      cmocka_unit_test(test_relative_clause_after_age),
      cmocka_unit_test(test_near_misses_untouched),
      cmocka_unit_test(test_passive_main_verb),
      cmocka_unit_test(test_home_town_after_age),
      cmocka_unit_test(test_coordinated_ages),
      cmocka_unit_test(test_age_near_misses),
      cmocka_unit_test(test_name_after_clause),
      cmocka_unit_test(test_headline_infinitive),
      cmocka_unit_test(test_according_root),
      cmocka_unit_test(test_plural_compound),
      cmocka_unit_test(test_name_on_role_noun),
      cmocka_unit_test(test_case_marker_before_subject),
      cmocka_unit_test(test_verb_under_nominal_root),
      cmocka_unit_test(test_clause_hung_on_its_pronoun),
      cmocka_unit_test(test_words_under_punctuation),
      cmocka_unit_test(test_reduced_relative),
      cmocka_unit_test(test_relative_clause_as_root),
      cmocka_unit_test(test_copular_whose_clause_as_root),
      cmocka_unit_test(test_whose_clause_of_nominal),
      cmocka_unit_test(test_who_clause_of_nominal),
      cmocka_unit_test(test_verb_after_apposition),
      cmocka_unit_test(test_name_before_and),
      cmocka_unit_test(test_case_in_nominal_place),
      cmocka_unit_test(test_age_then_clause),
      cmocka_unit_test(test_noun_and_name_subjects),
      cmocka_unit_test(test_name_of_list),
      cmocka_unit_test(test_time_after_name),
      cmocka_unit_test(test_subordinate_clause),
      cmocka_unit_test(test_subject_after_subordinator),
      cmocka_unit_test(test_opening_participle_subject),
      cmocka_unit_test(test_copular_relative_subject),
      cmocka_unit_test(test_copula_among),
      cmocka_unit_test(test_particle_before_date),
      cmocka_unit_test(test_participle_root),
      cmocka_unit_test(test_participle_modifier),
      cmocka_unit_test(test_to_before_subject),
      cmocka_unit_test(test_fronted_participle_obl),
      cmocka_unit_test(test_former_on_verb),
      cmocka_unit_test(test_former_over_title),
      cmocka_unit_test(test_apposition_as_subject),
      cmocka_unit_test(test_apposition_as_oblique),
      cmocka_unit_test(test_opening_time_subject),
      cmocka_unit_test(test_predicate_of_become),
      cmocka_unit_test(test_role_phrase_on_oblique),
      cmocka_unit_test(test_chief_noun),
      cmocka_unit_test(test_pronoun_subject),
      cmocka_unit_test(test_whose_pronoun_subject),
      cmocka_unit_test(test_object_clause_with_main_verb),
      cmocka_unit_test(test_chief_as_clause),
      cmocka_unit_test(test_phrase_on_date),
      cmocka_unit_test(test_chief_tag_only),
      cmocka_unit_test(test_object_clause_on_main_verb),
      cmocka_unit_test(test_whose_noun_name),
      cmocka_unit_test(test_title_between_two_subjects),
      cmocka_unit_test(test_title_root_over_relative_clause),
      cmocka_unit_test(test_apposition_on_verb),
      cmocka_unit_test(test_name_before_post),
      cmocka_unit_test(test_post_on_object),
      cmocka_unit_test(test_of_phrase_on_object),
      cmocka_unit_test(test_object_of_noun),
      cmocka_unit_test(test_opening_adjective_root),
      cmocka_unit_test(test_possessive_speaker),
      cmocka_unit_test(test_second_subject),
      cmocka_unit_test(test_name_after_noun),
      cmocka_unit_test(test_name_after_noun_opened_by_adjective),
      cmocka_unit_test(test_name_after_agent),
      cmocka_unit_test(test_verdict_complement),
      cmocka_unit_test(test_noun_pair_as_clause),
      cmocka_unit_test(test_place_on_date),
      cmocka_unit_test(test_bare_noun_before_name_object),
      cmocka_unit_test(test_participle_before_conjunct),
      cmocka_unit_test(test_object_after_result),
      cmocka_unit_test(test_apposition_after_possessed),
      cmocka_unit_test(test_possessor_on_modifier),
      cmocka_unit_test(test_name_after_noun_parataxis),
      cmocka_unit_test(test_name_after_noun_before_subject),
      cmocka_unit_test(test_recipient_on_object),
      cmocka_unit_test(test_charge_on_name),
      cmocka_unit_test(test_place_on_cause),
      cmocka_unit_test(test_plea_on_guilty),
      cmocka_unit_test(test_scene_after_apposition),
      cmocka_unit_test(test_apposition_on_conjunct),
      cmocka_unit_test(test_titled_name),
      cmocka_unit_test(test_place_on_agent),
      cmocka_unit_test(test_day_before_clause),
      cmocka_unit_test(test_apposition_on_time),
      cmocka_unit_test(test_phrase_on_coordinator),
      cmocka_unit_test(test_apposed_subject),
      cmocka_unit_test(test_whose_clause_subject),
      cmocka_unit_test(test_object_on_predicate_adjective),
      cmocka_unit_test(test_preposition_as_subordinator),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
