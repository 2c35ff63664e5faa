/* SPDX-License-Identifier: MIT */
/* Unit tests for src/ner/gum.c: named spans from GUM-style Entity=
 * brackets, on small invented CoNLL-U sentences. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ner/gum.h"

#define MAXW 32

typedef struct {
  FgWord words[MAXW];
  const char *misc[MAXW];
  char cols[MAXW][10][128];
  size_t n;
} Sent;

/* Reads "ID FORM UPOS XPOS HEAD DEPREL MISC" lines (spaces between). */
static void parse(Sent *s, const char *text) {
  memset(s, 0, sizeof *s);
  const char *line = text;
  while (*line && s->n < MAXW) {
    size_t len = strcspn(line, "\n");
    char buf[512];
    snprintf(buf, sizeof buf, "%.*s", (int)len, line);
    char(*c)[128] = s->cols[s->n];
    int got = sscanf(buf, "%127s %127s %127s %127s %127s %127s %127s", c[0],
                     c[1], c[2], c[3], c[4], c[5], c[6]);
    assert_int_equal(got, 7);
    FgWord *w = &s->words[s->n];
    w->form = c[1];
    w->form_len = (uint32_t)strlen(c[1]);
    w->upos = (uint8_t)fg_upos_from_name(c[2]);
    w->xpos = c[3];
    w->head = (uint32_t)atoi(c[4]);
    w->deprel = c[5];
    s->misc[s->n] = c[6];
    s->n++;
    line += len;
    if (*line == '\n')
      line++;
  }
}

/* The names of s; their identities live in arena (the test's state). */
static size_t names(const Sent *s, FgArena *arena, FgGumName *out) {
  size_t count = 99;
  assert_int_equal(fg_gum_names(s->words, s->misc, s->n, arena, out, &count),
                   FG_OK);
  return count;
}

static int setup(void **state) {
  *state = fg_arena_new();
  return *state ? 0 : -1;
}

static int teardown(void **state) {
  fg_arena_free(*state);
  return 0;
}

static void test_readme_example(void **state) {
  static Sent s;
  parse(&s, "1 Yesterday NOUN NN 6 obl Entity=(7-time-new-nnnnn-cf3-1-sgl)\n"
            "2 the DET DT 3 det Entity=(5-person-new-snnnn-cf1-2-coref\n"
            "3 mayor NOUN NN 6 nsubj _\n"
            "4 of ADP IN 5 case _\n"
            "5 Lyon PROPN NNP 3 nmod "
            "Entity=(6-place-giv:inact-nnnnn-cf2-1-coref-Lyon)5)\n"
            "6 met VERB VBD 0 root _\n"
            "7 Mira PROPN NNP 6 obj Entity=(8-person-new-nnnnn-cf4-1,2-sgl\n"
            "8 Castell PROPN NNP 7 flat Entity=8)\n");
  FgGumName out[MAXW];
  assert_int_equal(names(&s, *state, out), 2);
  assert_int_equal(out[0].span.begin, 4);
  assert_int_equal(out[0].span.end, 5);
  assert_int_equal(out[0].span.type, FG_NER_PLACE);
  assert_string_equal(out[0].identity, "Lyon");
  assert_int_equal(out[1].span.begin, 6);
  assert_int_equal(out[1].span.end, 8);
  assert_int_equal(out[1].span.type, FG_NER_PERSON);
  assert_null(out[1].identity);
}

/* "the United States 's" gives "United States"; the identity is
 * decoded. */
static void test_determiner_and_possessive(void **state) {
  static Sent s;
  parse(&s, "1 the DET DT 3 det "
            "Entity=(1-place-new-nnnnn-cf1-2,3-coref-United_States%2C_X\n"
            "2 United PROPN NNP 3 compound _\n"
            "3 States PROPN NNP 5 nmod:poss _\n"
            "4 's PART POS 3 case Entity=1)\n"
            "5 army NOUN NN 0 root _\n");
  FgGumName out[MAXW];
  assert_int_equal(names(&s, *state, out), 1);
  assert_int_equal(out[0].span.begin, 1);
  assert_int_equal(out[0].span.end, 3);
  assert_string_equal(out[0].identity, "United States, X");
}

/* An apposition and a relative clause inside the mention are cut off,
 * "University of Lund" keeps its "of", the nested place is dropped in
 * favour of the outer name, and a common-noun mention is no name. */
static void test_apposition_relcl_nesting(void **state) {
  static Sent s;
  parse(&s,
        "1 Ana PROPN NNP 7 nsubj Entity=(1-person-new-nnnnn-cf1-1,2-coref\n"
        "2 Berg PROPN NNP 1 flat _\n"
        "3 , PUNCT , 4 punct _\n"
        "4 head NOUN NN 1 appos _\n"
        "5 of ADP IN 6 case _\n"
        "6 staff NOUN NN 4 nmod Entity=1)\n"
        "7 joined VERB VBD 0 root _\n"
        "8 the DET DT 9 det Entity=(2-organization-new-nnnnn-cf2-2-coref\n"
        "9 University PROPN NNP 7 obj _\n"
        "10 of ADP IN 11 case _\n"
        "11 Lund PROPN NNP 9 nmod Entity=(3-place-new-nnnnn-cf3-1-sgl)\n"
        "12 which PRON WDT 13 nsubj _\n"
        "13 grew VERB VBD 9 acl:relcl Entity=2)\n"
        "14 . PUNCT . 7 punct "
        "Entity=(4-organization-new-nnnnn-cf4-1-sgl)\n");
  FgGumName out[MAXW];
  assert_int_equal(names(&s, *state, out), 2);
  assert_int_equal(out[0].span.begin, 0);
  assert_int_equal(out[0].span.end, 2);
  assert_int_equal(out[1].span.begin, 8);
  assert_int_equal(out[1].span.end, 11);
  assert_int_equal(out[1].span.type, FG_NER_ORGANIZATION);
}

/* Titles go for persons; other GUM types and unclosed mentions give no
 * name. */
static void test_title_and_types(void **state) {
  static Sent s;
  parse(&s, "1 President PROPN NNP 2 compound "
            "Entity=(1-person-new-nnnnn-cf1-2-coref\n"
            "2 Lee PROPN NNP 3 nsubj Entity=1)\n"
            "3 read VERB VBD 0 root _\n"
            "4 Hamlet PROPN NNP 3 obj Entity=(2-abstract-new-nnnnn-cf2-1-sgl)\n"
            "5 in ADP IN 6 case _\n"
            "6 Oslo PROPN NNP 3 obl Entity=(3-place-new-nnnnn-cf3-1-sgl\n");
  FgGumName out[MAXW];
  assert_int_equal(names(&s, *state, out), 1);
  assert_int_equal(out[0].span.begin, 1);
  assert_int_equal(out[0].span.end, 2);
}

/* A person "name" with lower-case words other than particles is a
 * description; a bare title is no name; "van" stays inside a name. */
static void test_descriptions(void **state) {
  static Sent s;
  parse(&s, "1 Emperor PROPN NNP 5 nsubj Entity=(1-person-new-nnnnn-cf1-1-coref\n"
            "2 of ADP IN 3 case _\n"
            "3 Mexico PROPN NNP 1 nmod Entity=(2-place-new-nnnnn-cf2-1-sgl)1)\n"
            "4 Secretary PROPN NNP 5 nsubj Entity=(3-person-new-nnnnn-cf1-1-sgl)\n"
            "5 met VERB VBD 0 root _\n"
            "6 Jan PROPN NNP 5 obj Entity=(4-person-new-nnnnn-cf4-1-sgl\n"
            "7 van PROPN NNP 6 flat _\n"
            "8 Dijk PROPN NNP 6 flat Entity=4)\n");
  FgGumName out[MAXW];
  assert_int_equal(names(&s, *state, out), 2);
  assert_int_equal(out[0].span.begin, 2);
  assert_int_equal(out[0].span.type, FG_NER_PLACE);
  assert_int_equal(out[1].span.begin, 5);
  assert_int_equal(out[1].span.end, 8);
}

static void test_malformed(void **state) {
  (void)state;
  static Sent s;
  FgGumName out[MAXW];
  size_t count = 0;
  FgArena *arena = fg_arena_new();
  parse(&s, "1 Oslo PROPN NNP 0 root Entity=3)\n");
  assert_int_equal(fg_gum_names(s.words, s.misc, s.n, arena, out, &count),
                   FG_ERR_SYNTAX);
  parse(&s, "1 Oslo PROPN NNP 0 root Entity=(3-place-new)\n");
  assert_int_equal(fg_gum_names(s.words, s.misc, s.n, arena, out, &count),
                   FG_ERR_SYNTAX);
  parse(&s, "1 Oslo PROPN NNP 0 root Entity=(3-place-new-n-c-1-sgl)x\n");
  assert_int_equal(fg_gum_names(s.words, s.misc, s.n, arena, out, &count),
                   FG_ERR_SYNTAX);
  parse(&s, "1 Oslo PROPN NNP 0 root SpaceAfter=No\n");
  assert_int_equal(fg_gum_names(s.words, s.misc, s.n, arena, out, &count),
                   FG_OK);
  assert_int_equal(count, 0);
  fg_arena_free(arena);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_readme_example),
      cmocka_unit_test(test_determiner_and_possessive),
      cmocka_unit_test(test_apposition_relcl_nesting),
      cmocka_unit_test(test_title_and_types),
      cmocka_unit_test(test_descriptions),
      cmocka_unit_test(test_malformed),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
