/* SPDX-License-Identifier: MIT */
/* Unit tests for src/util/grow.c: room for one more item or for many,
 * capacity doubling, and a refused size that leaves the array as it was. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>

#include "util/grow.h"

static void test_grows_only_when_full(void **state) {
  (void)state;
  int *items = NULL;
  size_t count = 0, cap = 0;
  for (int i = 0; i < 100; i++) {
    int *grown = fg_grow(items, count + 1, &cap, sizeof *items);
    assert_non_null(grown);
    items = grown;
    items[count++] = i;
    assert_true(count <= cap);
  }
  assert_int_equal(cap, 128); /* 16, 32, 64, 128 */
  for (int i = 0; i < 100; i++)
    assert_int_equal(items[i], i);
  assert_ptr_equal(fg_grow(items, count + 1, &cap, sizeof *items), items);
  /* room for many at once: doubled until they fit */
  int *wide = fg_grow(items, 1000, &cap, sizeof *items);
  assert_non_null(wide);
  assert_int_equal(cap, 1024);
  free(wide);
}

static void test_refuses_overflow(void **state) {
  (void)state;
  char one[1];
  size_t cap = SIZE_MAX / 2 + 1;
  assert_null(fg_grow(one, SIZE_MAX, &cap, 4));
  assert_int_equal(cap, SIZE_MAX / 2 + 1);
  cap = 16;
  assert_null(fg_grow(one, SIZE_MAX / 2, &cap, 4)); /* bytes would overflow */
  assert_int_equal(cap, 16);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_grows_only_when_full),
      cmocka_unit_test(test_refuses_overflow),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
