/* SPDX-License-Identifier: MIT */
/* Unit tests for src/util/intern.c: ids by string, and a table cleared
 * for reuse. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "util/intern.h"

static void test_free_null(void **state) {
  (void)state;
  fg_intern_free(NULL);
}

static void test_ids_in_order(void **state) {
  (void)state;
  FgIntern *in = fg_intern_new();
  assert_non_null(in);
  assert_int_equal(fg_intern_add_str(in, "alpha"), 0);
  assert_int_equal(fg_intern_add_str(in, "beta"), 1);
  assert_int_equal(fg_intern_add_str(in, "alpha"), 0);
  assert_int_equal(fg_intern_find(in, "beta", 4), 1);
  assert_int_equal(fg_intern_find(in, "gamma", 5), FG_NO_ID);
  assert_string_equal(fg_intern_str(in, 1), "beta");
  assert_null(fg_intern_str(in, 2));
  assert_int_equal(fg_intern_count(in), 2);
  fg_intern_free(in);
}

/* After a clear, ids start at 0 again, nothing earlier is found, and
 * strings longer or shorter than the ones before are kept whole. */
static void test_clear_reuses(void **state) {
  (void)state;
  FgIntern *in = fg_intern_new();
  assert_non_null(in);
  char word[64];
  for (int round = 0; round < 3; round++) {
    size_t n = round == 1 ? 1000 : 300; /* the second round grows the table */
    for (size_t i = 0; i < n; i++) {
      snprintf(word, sizeof word, "%d-%zu%s", round, i, round == 2 ? "-longer-than-before" : "");
      assert_int_equal(fg_intern_add_str(in, word), i);
    }
    assert_int_equal(fg_intern_count(in), n);
    snprintf(word, sizeof word, "%d-7%s", round, round == 2 ? "-longer-than-before" : "");
    assert_int_equal(fg_intern_find(in, word, strlen(word)), 7);
    assert_string_equal(fg_intern_str(in, 7), word);
    fg_intern_clear(in);
    assert_int_equal(fg_intern_count(in), 0);
    assert_int_equal(fg_intern_find(in, word, strlen(word)), FG_NO_ID);
  }
  assert_int_equal(fg_intern_add_str(in, "x"), 0);
  assert_string_equal(fg_intern_str(in, 0), "x");
  fg_intern_free(in);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_free_null),
      cmocka_unit_test(test_ids_in_order),
      cmocka_unit_test(test_clear_reuses),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
