/* SPDX-License-Identifier: MIT */
/* Shared by the reader tests (test_html.c, test_news_xml.c, test_jsonl.c):
 * an article to read into and the reader's messages, one per line as
 * "LINE: message". Include after cmocka.h. */
#ifndef FG_TESTS_READER_FIXTURE_H
#define FG_TESTS_READER_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input/article.h"

typedef struct {
  FgArticle article;
  char messages[1024];
} Fixture;

static void collect(void *handle, const FgDiag *diag) {
  Fixture *f = handle;
  size_t used = strlen(f->messages);
  snprintf(f->messages + used, sizeof f->messages - used, "%lu: %s\n",
           diag->line, diag->message);
}

static int setup(void **state) {
  Fixture *f = calloc(1, sizeof *f);
  *state = f;
  if (!f)
    return -1;
  fg_article_init(&f->article);
  return 0;
}

static int teardown(void **state) {
  Fixture *f = *state;
  fg_article_free(&f->article);
  free(f);
  return 0;
}

/* A report that collects into f, for input named source. */
static FgInputReport report_to(Fixture *f, const char *source) {
  FgInputReport report = {collect, f, source, 0};
  return report;
}

static const char *text(Fixture *f) { return fg_buf_cstr(&f->article.text); }

#endif
