/* SPDX-License-Identifier: MIT */
/* Unit tests for src/ner/bilou.c: the valid-move masks, checked against a
 * brute-force enumeration of every move sequence of up to four words, and
 * the conversions between spans, moves and IOB2. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <string.h>

#include "ner/bilou.h"

/* A move sequence is well formed when it reads as spans: B I* L or U. */
static bool well_formed(const uint8_t *moves, size_t n) {
  unsigned open = FG_NER_NONE;
  for (size_t i = 0; i < n; i++) {
    unsigned kind = fg_bilou_kind(moves[i]), type = fg_bilou_type(moves[i]);
    bool inside = kind == FG_BILOU_I || kind == FG_BILOU_L;
    if (inside != (open != FG_NER_NONE) || (inside && type != open))
      return false;
    open = kind == FG_BILOU_B || kind == FG_BILOU_I ? type : FG_NER_NONE;
  }
  return open == FG_NER_NONE;
}

/* Greedy decoding with the masks reaches exactly the well-formed
 * sequences: every sequence whose moves were all valid is well formed,
 * and every well-formed one passes the masks. */
static void test_masks_match_brute_force(void **state) {
  (void)state;
  for (size_t n = 1; n <= 4; n++) {
    size_t total = 1;
    for (size_t i = 0; i < n; i++)
      total *= FG_NER_MOVES;
    size_t accepted = 0;
    for (size_t code = 0; code < total; code++) {
      uint8_t moves[4];
      size_t c = code;
      for (size_t i = 0; i < n; i++, c /= FG_NER_MOVES)
        moves[i] = (uint8_t)(c % FG_NER_MOVES);
      bool ok = true;
      for (size_t i = 0; i < n && ok; i++) {
        uint8_t valid[FG_NER_MOVES];
        fg_bilou_valid(i ? moves[i - 1] : FG_NER_MOVES, i, n, valid);
        ok = valid[moves[i]];
      }
      assert_int_equal(ok, well_formed(moves, n));
      accepted += ok;
    }
    /* n = 1: O or 5 U moves. */
    if (n == 1)
      assert_int_equal(accepted, 6);
  }
}

static void test_masks_count(void **state) {
  (void)state;
  uint8_t valid[FG_NER_MOVES];
  assert_int_equal(fg_bilou_valid(FG_NER_MOVES, 0, 3, valid), 11);
  assert_int_equal(fg_bilou_valid(FG_NER_MOVES, 2, 3, valid), 6);
  unsigned b_org = fg_bilou_move(FG_BILOU_B, FG_NER_ORGANIZATION);
  assert_int_equal(fg_bilou_valid(b_org, 1, 3, valid), 2);
  assert_true(valid[fg_bilou_move(FG_BILOU_I, FG_NER_ORGANIZATION)]);
  assert_true(valid[fg_bilou_move(FG_BILOU_L, FG_NER_ORGANIZATION)]);
  assert_false(valid[0]);
  assert_int_equal(fg_bilou_valid(b_org, 2, 3, valid), 1);
  assert_int_equal(fg_bilou_valid(0, 3, 3, valid), 0);
}

static void test_spans_round_trip(void **state) {
  (void)state;
  FgNerSpan spans[] = {{0, 2, FG_NER_PERSON},
                       {3, 4, FG_NER_COUNTRY},
                       {4, 7, FG_NER_ORGANIZATION}};
  uint8_t moves[8];
  assert_true(fg_bilou_from_spans(spans, 3, 8, moves));
  assert_int_equal(moves[0], fg_bilou_move(FG_BILOU_B, FG_NER_PERSON));
  assert_int_equal(moves[1], fg_bilou_move(FG_BILOU_L, FG_NER_PERSON));
  assert_int_equal(moves[2], 0);
  assert_int_equal(moves[3], fg_bilou_move(FG_BILOU_U, FG_NER_COUNTRY));
  assert_int_equal(moves[5], fg_bilou_move(FG_BILOU_I, FG_NER_ORGANIZATION));
  FgWord words[8];
  memset(words, 0, sizeof words);
  fg_bilou_to_words(moves, words, 8);
  assert_int_equal(words[4].ner_iob, FG_IOB_B);
  assert_int_equal(words[5].ner_iob, FG_IOB_I);
  assert_int_equal(words[7].ner_iob, FG_IOB_O);
  /* Adjacent spans stay apart in IOB2 since each begins with B. */
  FgNerSpan back[8];
  assert_int_equal(fg_spans_from_words(words, 8, back), 3);
  for (size_t k = 0; k < 3; k++) { /* field by field: the struct has padding */
    assert_int_equal(back[k].begin, spans[k].begin);
    assert_int_equal(back[k].end, spans[k].end);
    assert_int_equal(back[k].type, spans[k].type);
  }
}

static void test_bad_spans(void **state) {
  (void)state;
  uint8_t moves[4];
  FgNerSpan overlap[] = {{0, 2, FG_NER_PERSON}, {1, 3, FG_NER_PLACE}};
  assert_false(fg_bilou_from_spans(overlap, 2, 4, moves));
  FgNerSpan outside[] = {{3, 5, FG_NER_PERSON}};
  assert_false(fg_bilou_from_spans(outside, 1, 4, moves));
  FgNerSpan empty[] = {{2, 2, FG_NER_PERSON}};
  assert_false(fg_bilou_from_spans(empty, 1, 4, moves));
  FgNerSpan untyped[] = {{0, 1, FG_NER_NONE}};
  assert_false(fg_bilou_from_spans(untyped, 1, 4, moves));
}

/* IOB2 read as conlleval does: an I of another type starts a new span. */
static void test_iob_reading(void **state) {
  (void)state;
  FgWord w[4];
  memset(w, 0, sizeof w);
  w[0] = (FgWord){.ner_type = FG_NER_PERSON, .ner_iob = FG_IOB_I};
  w[1] = (FgWord){.ner_type = FG_NER_PLACE, .ner_iob = FG_IOB_I};
  w[2] = (FgWord){.ner_type = FG_NER_PLACE, .ner_iob = FG_IOB_I};
  FgNerSpan spans[4];
  assert_int_equal(fg_spans_from_words(w, 4, spans), 2);
  assert_int_equal(spans[1].begin, 1);
  assert_int_equal(spans[1].end, 3);
  assert_int_equal(fg_spans_from_words(w, 0, spans), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_masks_match_brute_force),
      cmocka_unit_test(test_masks_count),
      cmocka_unit_test(test_spans_round_trip),
      cmocka_unit_test(test_bad_spans),
      cmocka_unit_test(test_iob_reading),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
