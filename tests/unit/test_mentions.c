/* SPDX-License-Identifier: MIT */
/* Unit tests for src/extract/mentions.c: fg_mentions_sort orders mentions
 * by first token and keeps the order of mentions that start together. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdlib.h>

#include "extract/mentions_internal.h"

/* Mention i starts at firsts[i]; its sentence field remembers i. */
static void fill(FgMention *items, const uint32_t *firsts, size_t n) {
  for (size_t i = 0; i < n; i++)
    items[i] = (FgMention){firsts[i], firsts[i] + 1, (uint32_t)i, FG_NONE, FG_NONE, FG_NONE, 0};
}

/* Sorted by first, and mentions starting together keep their order. */
static void assert_stably_sorted(const FgMention *items, size_t n) {
  for (size_t i = 1; i < n; i++) {
    assert_true(items[i - 1].first <= items[i].first);
    if (items[i - 1].first == items[i].first)
      assert_true(items[i - 1].sentence < items[i].sentence);
  }
}

static void test_appended_runs_are_merged(void **state) {
  (void)state;
  /* names, then full names, then surnames, each pass in token order */
  const uint32_t firsts[] = {2, 9, 14, 30, 4, 9, 20, 1, 14, 31};
  FgMention items[10];
  fill(items, firsts, 10);
  assert_true(fg_mentions_sort(items, 10));
  assert_stably_sorted(items, 10);
  assert_int_equal(items[0].first, 1);
  assert_int_equal(items[9].first, 31);
}

static void test_any_order_is_sorted_stably(void **state) {
  (void)state;
  uint32_t firsts[200];
  FgMention items[200];
  srand(7);
  for (size_t i = 0; i < 200; i++)
    firsts[i] = (uint32_t)(rand() % 50);
  fill(items, firsts, 200);
  assert_true(fg_mentions_sort(items, 200));
  assert_stably_sorted(items, 200);
}

static void test_empty_and_sorted_lists_are_left_alone(void **state) {
  (void)state;
  const uint32_t firsts[] = {1, 1, 3, 8};
  FgMention items[4];
  fill(items, firsts, 4);
  assert_true(fg_mentions_sort(items, 0));
  assert_true(fg_mentions_sort(items, 4));
  for (size_t i = 0; i < 4; i++)
    assert_int_equal(items[i].sentence, i);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_appended_runs_are_merged),
      cmocka_unit_test(test_any_order_is_sorted_stably),
      cmocka_unit_test(test_empty_and_sorted_lists_are_left_alone),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
