/* SPDX-License-Identifier: MIT */
/* Unit tests for src/util/arena.c: zeroed, aligned memory that survives
 * until reset, and blocks reused across resets. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdalign.h>
#include <stdbool.h>
#include <string.h>

#include "util/arena.h"

static bool all_zero(const unsigned char *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (p[i])
      return false;
  return true;
}

/* Memory handed out again after a reset is zeroed like new memory. */
static void test_reset_memory_is_zeroed_again(void **state) {
  (void)state;
  FgArena *arena = fg_arena_new();
  assert_non_null(arena);
  static const size_t sizes[] = {1, 7, 100, 5000, 70000, 300000};
  for (int round = 0; round < 3; round++) {
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
      for (int k = 0; k < 20; k++) {
        unsigned char *p = fg_arena_alloc(arena, sizes[i]);
        assert_non_null(p);
        assert_true(all_zero(p, sizes[i]));
        assert_int_equal((uintptr_t)p % alignof(max_align_t), 0);
        memset(p, 0xA5, sizes[i]);
      }
    fg_arena_reset(arena);
  }
  fg_arena_free(arena);
}

static void test_strings_and_overflow(void **state) {
  (void)state;
  FgArena *arena = fg_arena_new();
  assert_non_null(arena);
  char *s = fg_arena_strndup(arena, "coalition forces", 9);
  assert_string_equal(s, "coalition");
  assert_string_equal(fg_arena_strdup(arena, "x"), "x");
  assert_null(fg_arena_calloc(arena, SIZE_MAX / 2, 4));
  assert_null(fg_arena_alloc(arena, SIZE_MAX));
  fg_arena_reset(arena);
  assert_string_equal(fg_arena_strdup(arena, "again"), "again");
  fg_arena_free(arena);
  fg_arena_free(NULL);
  fg_arena_reset(NULL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_reset_memory_is_zeroed_again),
      cmocka_unit_test(test_strings_and_overflow),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
