/* SPDX-License-Identifier: MIT */
#include "factgraph/status.h"

#include <stddef.h>

/* Indexed by FgStatus; keep in the enum's order. */
static const char *const messages[] = {
    "success",
    "nothing to do",
    "out of memory",
    "input/output error",
    "input is not usable text",
    "syntax error in a knowledge file",
    "bad argument",
    "internal error in a dependency",
    "a model file is missing, damaged or foreign",
};

_Static_assert(sizeof messages / sizeof messages[0] == FG_ERR_MODEL + 1,
               "one message per FgStatus");

const char *fg_strerror(FgStatus status) {
  size_t index = (size_t)status;
  if (index >= sizeof messages / sizeof messages[0])
    return "unknown status";
  return messages[index];
}
