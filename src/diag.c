/* SPDX-License-Identifier: MIT */
/* Diagnostics made safe for a terminal (include/factgraph/diag.h). */
#include "factgraph/diag.h"

#include <string.h>

#include "serialize/lexical.h"
#include "util/buf.h"

char *fg_diag_printable(const char *text) {
  FgBuf out;
  fg_buf_init(&out);
  if (!fg_lexical_append_printable(&out, text ? text : "")) {
    fg_buf_free(&out);
    return NULL;
  }
  return out.len ? fg_buf_take(&out) : strdup("");
}
