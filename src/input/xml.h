/* SPDX-License-Identifier: MIT */
/* News XML: NITF documents and NewsML-G2 text items, through libxml2's
 * XML parser with no entity expansion, no DTD and no network. */
#ifndef FG_INPUT_XML_H
#define FG_INPUT_XML_H

#include <stddef.h>

#include "factgraph/status.h"
#include "input/article.h"

/* Reads an NITF (<nitf>) or NewsML-G2 (<newsItem>, or the first one in a
 * <newsMessage>) document into an article: headline, byline, date,
 * publisher and URL from their elements, text from <body.content> or the
 * item's inline content. FG_ERR_INPUT when the XML is not well-formed up
 * to the article or is neither; problems go to report. */
FgStatus fg_news_xml_read(const char *xml, size_t len,
                          const FgInputReport *report, FgArticle *out);

#endif
