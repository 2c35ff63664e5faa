/* SPDX-License-Identifier: MIT */
/* libFuzzer target: the NITF / NewsML-G2 reader on arbitrary bytes. */
#include <stddef.h>
#include <stdint.h>

#include "input/xml.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  FgArticle article;
  fg_article_init(&article);
  FgInputReport report = {NULL, NULL, "fuzz", 0};
  fg_news_xml_read((const char *)data, size, &report, &article);
  fg_article_free(&article);
  return 0;
}
