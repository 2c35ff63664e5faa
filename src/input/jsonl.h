/* SPDX-License-Identifier: MIT */
/* JSON Lines crawler dumps: one article per line, an object with "text"
 * or "html" and optional "id", "url", "title", "date", "author" and
 * "publisher". */
#ifndef FG_INPUT_JSONL_H
#define FG_INPUT_JSONL_H

#include <stddef.h>

#include "factgraph/status.h"
#include "input/article.h"

/* The longest line read; a longer one is skipped with a message. */
#define FG_JSONL_LINE_MAX ((size_t)1 << 26)

/* Reads one line (UTF-8) into an article; the line's fields win over
 * what an "html" page says of itself. FG_NOTHING for a blank line or one
 * without text; FG_ERR_INPUT for a line that is not a JSON object, with
 * a message at that line through report. */
FgStatus fg_jsonl_read_line(const char *line, size_t len, unsigned long line_no,
                            const FgInputReport *report, FgArticle *out);

#endif
