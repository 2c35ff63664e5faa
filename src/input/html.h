/* SPDX-License-Identifier: MIT */
/* Web pages: the article body and the publisher's metadata, through
 * libxml2's HTML parser. */
#ifndef FG_INPUT_HTML_H
#define FG_INPUT_HTML_H

#include <stddef.h>

#include "factgraph/status.h"
#include "input/article.h"

/* Reads a page (UTF-8, len <= FG_MARKUP_MAX) into an article: text from the
 * <article>, itemprop="articleBody" or the densest run of <p>, without
 * navigation, scripts, share widgets, related lists, captions or credits;
 * metadata from JSON-LD NewsArticle, then <meta>/<link>, then <title>.
 * FG_NOTHING when the page holds no text; problems go to report. */
FgStatus fg_html_read(const char *html, size_t len,
                      const FgInputReport *report, FgArticle *out);

#endif
