/* SPDX-License-Identifier: MIT */
/* Unit tests for src/status.c. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "factgraph/status.h"

static void test_every_status_has_its_own_message(void **state) {
  (void)state;
  for (int a = FG_OK; a <= FG_ERR_MODEL; a++) {
    const char *message = fg_strerror((FgStatus)a);
    assert_non_null(message);
    assert_string_not_equal(message, "unknown status");
    for (int b = FG_OK; b < a; b++)
      assert_string_not_equal(message, fg_strerror((FgStatus)b));
  }
}

static void test_known_messages(void **state) {
  (void)state;
  assert_string_equal(fg_strerror(FG_OK), "success");
  assert_string_equal(fg_strerror(FG_ERR_IO), "input/output error");
  assert_string_equal(fg_strerror(FG_ERR_SYNTAX),
                      "syntax error in a knowledge file");
}

static void test_unknown_status(void **state) {
  (void)state;
  assert_string_equal(fg_strerror((FgStatus)(FG_ERR_MODEL + 1)),
                      "unknown status");
  assert_string_equal(fg_strerror((FgStatus)-1), "unknown status");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_every_status_has_its_own_message),
      cmocka_unit_test(test_known_messages),
      cmocka_unit_test(test_unknown_status),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
