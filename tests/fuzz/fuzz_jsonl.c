/* SPDX-License-Identifier: MIT */
/* libFuzzer target: one JSON Lines record (and so the JSON reader and,
 * through "html", the HTML reader) on arbitrary bytes. */
#include <stddef.h>
#include <stdint.h>

#include "input/jsonl.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  FgArticle article;
  fg_article_init(&article);
  FgInputReport report = {NULL, NULL, "fuzz", 0};
  fg_jsonl_read_line((const char *)data, size, 1, &report, &article);
  fg_article_free(&article);
  return 0;
}
