/* SPDX-License-Identifier: MIT */
/* What a reader makes of one input: the article text (UTF-8, paragraphs
 * separated by blank lines) and the metadata the publisher put there. */
#ifndef FG_INPUT_ARTICLE_H
#define FG_INPUT_ARTICLE_H

#include <stdbool.h>
#include <stddef.h>

#include "factgraph/diag.h"
#include "util/buf.h"

/* The largest page or XML document read: it is parsed whole, and libxml2
 * takes an int length. */
#define FG_MARKUP_MAX ((size_t)1 << 28)

typedef struct {
  FgBuf text;
  /* Each NULL when the input does not say; owned by the article. */
  char *id, *headline, *date, *author, *publisher, *url;
  bool pending_space, pending_break; /* state of fg_article_append */
} FgArticle;

/* Where a reader reports: the run's diagnostic sink and the input's name. */
typedef struct {
  FgDiagFunc func;
  void *handle;
  const char *source;
  /* When not 0, every message is at this line of the source: a page
   * inside a JSON Lines record is reported at the record's line. */
  unsigned long line;
} FgInputReport;

void fg_article_init(FgArticle *article);
void fg_article_free(FgArticle *article);

/* Appends running text: whitespace runs (and U+00A0) collapse into one
 * space, none at the start of a paragraph. False when out of memory. */
bool fg_article_append(FgArticle *article, const char *text, size_t len);

/* Appends plain text as it is (its line ends and spaces kept). False when
 * out of memory. */
bool fg_article_append_raw(FgArticle *article, const char *text);

/* Ends the current paragraph: the next text starts after a blank line. */
void fg_article_break(FgArticle *article);

/* Sets a metadata field unless already set, with whitespace collapsed and
 * trimmed; an empty value leaves it unset. False when out of memory. */
bool fg_article_set(char **field, const char *value, size_t len);

/* True for an http or https URL (any case): the only URLs that become a
 * document's schema:url; javascript:, data:, file: and the like never. */
bool fg_article_is_web_url(const char *url);

/* fg_article_set for a URL: leading white space dropped, and only an
 * http(s) one is taken, so that a later candidate can be. */
bool fg_article_set_url(char **field, const char *value);

/* Sets field to the ISO date (YYYY-MM-DD) that value starts with, when it
 * starts with one ("2025-11-12T08:00:00Z", "20251112T080000"). */
bool fg_article_set_date(char **field, const char *value);

/* Puts the headline first in the text unless a paragraph of the body is
 * the headline already, so every format gives the same text. False when
 * out of memory. */
bool fg_article_finish(FgArticle *article);

/* Reports a problem with the input at a line (0: unknown). */
void fg_input_report(const FgInputReport *report, FgStatus status,
                     FgSeverity severity, unsigned long line,
                     const char *message);

#endif
