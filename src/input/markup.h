/* SPDX-License-Identifier: MIT */
/* What the HTML and XML readers share: the one place where libxml2's
 * process-wide error handlers and entity loader are set, and a tree walk
 * that never recurses (documents can nest 100,000 levels deep) and never
 * follows entity references (no billion laughs). */
#ifndef FG_INPUT_MARKUP_H
#define FG_INPUT_MARKUP_H

#include <libxml/tree.h>
#include <stdbool.h>

#include "input/article.h"

typedef struct {
  unsigned long errors;
  unsigned long first_line; /* line of the first error, 0 when unknown */
  char first[200];          /* its message */
  /* The handlers in place before fg_markup_guard_begin. */
  xmlStructuredErrorFunc saved_structured;
  void *saved_structured_ctx;
  xmlGenericErrorFunc saved_generic;
  void *saved_generic_ctx;
} FgMarkupGuard;

/* Routes libxml2's errors into guard and refuses every external entity
 * until fg_markup_guard_end, which restores what was there before. */
void fg_markup_guard_begin(FgMarkupGuard *guard);
void fg_markup_guard_end(FgMarkupGuard *guard);

/* Reports the errors the guard collected, if any, as one warning (the
 * caller says whether anything could be read after all). */
void fg_markup_guard_report(const FgMarkupGuard *guard,
                            const FgInputReport *report, const char *format);

/* Reads an article out of a parsed document. */
typedef FgStatus (*FgTreeReader)(xmlDocPtr doc, FgArticle *out);

/* Parses bytes (UTF-8, at most FG_MARKUP_MAX) as HTML or XML with the
 * guard in place, hands the tree to read and reports parse errors as one
 * warning. FG_ERR_INPUT when nothing could be parsed. */
FgStatus fg_markup_parse(const char *bytes, size_t len, bool html,
                         FgTreeReader read, const FgInputReport *report,
                         FgArticle *out);

typedef enum { FG_VISIT_DESCEND, FG_VISIT_SKIP, FG_VISIT_STOP } FgVisit;
typedef FgVisit (*FgMarkupEnter)(void *ctx, xmlNode *node);
typedef void (*FgMarkupLeave)(void *ctx, xmlNode *node);

/* Visits root and its descendants in document order without recursion;
 * leave (may be NULL) follows the children of each node entered with
 * FG_VISIT_DESCEND. False when enter said FG_VISIT_STOP. */
bool fg_markup_walk(xmlNode *root, FgMarkupEnter enter, FgMarkupLeave leave,
                    void *ctx);

/* True for an element with this local name (ASCII case ignored). */
bool fg_markup_is(const xmlNode *node, const char *name);

/* The first element named name below root (root included), or NULL. */
xmlNode *fg_markup_find(xmlNode *root, const char *name);

/* An attribute's value when it is plain text (no entity reference in it),
 * else NULL; borrowed from the tree. */
const char *fg_markup_attr(const xmlNode *node, const char *name);

/* Appends the text of root to the article, one paragraph per block
 * element; subtrees for which skip says true are left out. False when
 * out of memory. */
bool fg_markup_collect(xmlNode *root, bool (*skip)(const xmlNode *node),
                       FgArticle *article);

/* Sets field from the text of the first element named name below root. */
bool fg_markup_set_text(char **field, xmlNode *root, const char *name);

#endif
