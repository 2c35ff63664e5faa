/* SPDX-License-Identifier: MIT */
#include "markup.h"
#include "input/read.h"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static void collect_error(void *ctx, xmlErrorPtr error) {
  FgMarkupGuard *guard = ctx;
  /* libxml2 2.9 knows only HTML 4: <article>, <nav> and the like are
   * "invalid tags" on every modern page, and parsed all the same. */
  if (error && error->domain == XML_FROM_HTML &&
      error->code == XML_HTML_UNKNOWN_TAG)
    return;
  if (guard->errors++ > 0 || !error)
    return;
  guard->first_line = error->line > 0 ? (unsigned long)error->line : 0;
  snprintf(guard->first, sizeof guard->first, "%s",
           error->message ? error->message : "unknown error");
  guard->first[strcspn(guard->first, "\n")] = '\0';
}

/* libxml2 still sends a few messages through the generic channel. */
static void drop_generic(void *ctx, const char *message, ...) {
  (void)ctx;
  (void)message;
}

/* No file and no URL is ever opened on an input's behalf. */
static xmlParserInputPtr refuse_entity(const char *url, const char *id,
                                       xmlParserCtxtPtr ctxt) {
  (void)url;
  (void)id;
  (void)ctxt;
  return NULL;
}

/* libxml2's error handlers are per thread, but its entity loader is one
 * for the process: parses in several threads at once share one refusing
 * loader, set by the first to begin and restored by the last to end. The
 * state is file-scope because libxml2's is. */
static pthread_mutex_t loader_lock = PTHREAD_MUTEX_INITIALIZER;
static size_t loader_users;
static xmlExternalEntityLoader loader_saved;

static void refuse_entities(void) {
  pthread_mutex_lock(&loader_lock);
  if (loader_users++ == 0) {
    loader_saved = xmlGetExternalEntityLoader();
    xmlSetExternalEntityLoader(refuse_entity);
  }
  pthread_mutex_unlock(&loader_lock);
}

static void restore_entities(void) {
  pthread_mutex_lock(&loader_lock);
  if (--loader_users == 0)
    xmlSetExternalEntityLoader(loader_saved);
  pthread_mutex_unlock(&loader_lock);
}

void fg_input_init_threads(void) { xmlInitParser(); }

void fg_markup_guard_begin(FgMarkupGuard *guard) {
  memset(guard, 0, sizeof *guard);
  guard->saved_structured = xmlStructuredError;
  guard->saved_structured_ctx = xmlStructuredErrorContext;
  guard->saved_generic = xmlGenericError;
  guard->saved_generic_ctx = xmlGenericErrorContext;
  xmlSetStructuredErrorFunc(guard, collect_error);
  xmlSetGenericErrorFunc(guard, drop_generic);
  refuse_entities();
}

void fg_markup_guard_end(FgMarkupGuard *guard) {
  xmlSetStructuredErrorFunc(guard->saved_structured_ctx,
                            guard->saved_structured);
  xmlSetGenericErrorFunc(guard->saved_generic_ctx, guard->saved_generic);
  restore_entities();
}

void fg_markup_guard_report(const FgMarkupGuard *guard,
                            const FgInputReport *report, const char *format) {
  if (guard->errors == 0)
    return;
  char message[320];
  snprintf(message, sizeof message, "malformed %s: %s%s", format,
           guard->first,
           guard->errors > 1 ? " (and more errors after it)" : "");
  fg_input_report(report, FG_OK, FG_SEV_WARNING, guard->first_line, message);
}

/* Entities are never substituted and no DTD is loaded: a billion-laughs
 * bomb stays a few entity references, and libxml2's default depth limit
 * holds (no XML_PARSE_HUGE). RECOVER keeps what precedes an error. */
static const int XML_OPTIONS = XML_PARSE_NONET | XML_PARSE_RECOVER |
                               XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                               XML_PARSE_NOCDATA | XML_PARSE_IGNORE_ENC;

/* The page's own charset declaration is ignored: input is UTF-8 by now. */
static const int HTML_OPTIONS = HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                HTML_PARSE_NONET | HTML_PARSE_COMPACT |
                                HTML_PARSE_IGNORE_ENC;

FgStatus fg_markup_parse(const char *bytes, size_t len, bool html,
                         FgTreeReader read, const FgInputReport *report,
                         FgArticle *out) {
  if (len > FG_MARKUP_MAX)
    return FG_ERR_INPUT;
  FgMarkupGuard guard;
  fg_markup_guard_begin(&guard);
  xmlDocPtr doc =
      html ? htmlReadMemory(bytes, (int)len, NULL, "UTF-8", HTML_OPTIONS)
           : xmlReadMemory(bytes, (int)len, NULL, "UTF-8", XML_OPTIONS);
  FgStatus st = doc ? read(doc, out) : FG_ERR_INPUT;
  xmlFreeDoc(doc);
  fg_markup_guard_end(&guard);
  fg_markup_guard_report(&guard, report, html ? "HTML" : "XML");
  return st;
}

/* The next node after node in document order once its subtree is done,
 * calling leave for every element closed on the way up. */
static xmlNode *next_after(xmlNode *root, xmlNode *node, FgMarkupLeave leave,
                           void *ctx, bool entered) {
  if (entered && leave)
    leave(ctx, node);
  while (node != root && !node->next) {
    node = node->parent;
    if (leave)
      leave(ctx, node);
  }
  return node == root ? NULL : node->next;
}

/* Only these hold their own subtrees: an entity reference's children are
 * the entity's (shared, possibly exponential) expansion, a DTD's are
 * declarations. */
static bool has_tree_children(const xmlNode *node) {
  return node->type == XML_ELEMENT_NODE || node->type == XML_DOCUMENT_NODE ||
         node->type == XML_HTML_DOCUMENT_NODE ||
         node->type == XML_DOCUMENT_FRAG_NODE;
}

bool fg_markup_walk(xmlNode *root, FgMarkupEnter enter, FgMarkupLeave leave,
                    void *ctx) {
  xmlNode *node = root;
  while (node) {
    FgVisit visit = enter(ctx, node);
    if (visit == FG_VISIT_STOP)
      return false;
    bool descend = visit == FG_VISIT_DESCEND;
    if (descend && node->children && has_tree_children(node)) {
      node = node->children;
      continue;
    }
    node = next_after(root, node, leave, ctx, descend);
  }
  return true;
}

bool fg_markup_is(const xmlNode *node, const char *name) {
  return node && node->type == XML_ELEMENT_NODE && node->name &&
         strcasecmp((const char *)node->name, name) == 0;
}

typedef struct {
  const char *name;
  xmlNode *found;
} Finder;

static FgVisit find_enter(void *ctx, xmlNode *node) {
  Finder *f = ctx;
  if (!fg_markup_is(node, f->name))
    return FG_VISIT_DESCEND;
  f->found = node;
  return FG_VISIT_STOP;
}

xmlNode *fg_markup_find(xmlNode *root, const char *name) {
  Finder f = {name, NULL};
  if (root)
    fg_markup_walk(root, find_enter, NULL, &f);
  return f.found;
}

const char *fg_markup_attr(const xmlNode *node, const char *name) {
  if (!node || node->type != XML_ELEMENT_NODE)
    return NULL;
  for (const xmlAttr *a = node->properties; a; a = a->next) {
    if (!a->name || strcasecmp((const char *)a->name, name) != 0)
      continue;
    const xmlNode *value = a->children;
    bool plain = value && value->type == XML_TEXT_NODE && !value->next;
    return plain ? (const char *)value->content : NULL;
  }
  return NULL;
}

/* Elements that make paragraphs: HTML blocks and NITF's headings. */
static bool is_block(const xmlNode *node) {
  static const char *const blocks[] = {
      "p",     "div",   "h1",      "h2",      "h3",    "h4",   "h5",
      "h6",    "li",    "ul",      "ol",      "dl",    "dt",   "dd",
      "br",    "hr",    "pre",     "table",   "tr",    "th",   "td",
      "main",  "blockquote", "section", "article", "address", "hl1",
      "hl2",   "block", "body",    "body.content"};
  if (!node || node->type != XML_ELEMENT_NODE)
    return false;
  for (size_t i = 0; i < sizeof blocks / sizeof *blocks; i++)
    if (fg_markup_is(node, blocks[i]))
      return true;
  return false;
}

typedef struct {
  bool (*skip)(const xmlNode *node);
  FgArticle *article;
} Collector;

static FgVisit collect_enter(void *ctx, xmlNode *node) {
  Collector *c = ctx;
  switch (node->type) {
  case XML_TEXT_NODE:
  case XML_CDATA_SECTION_NODE:
    if (!node->content)
      return FG_VISIT_SKIP;
    return fg_article_append(c->article, (const char *)node->content,
                             strlen((const char *)node->content))
               ? FG_VISIT_SKIP
               : FG_VISIT_STOP;
  case XML_ELEMENT_NODE:
    if (c->skip && c->skip(node))
      return FG_VISIT_SKIP;
    if (is_block(node))
      fg_article_break(c->article);
    return FG_VISIT_DESCEND;
  default: /* comments, processing instructions, entity references */
    return FG_VISIT_SKIP;
  }
}

static void collect_leave(void *ctx, xmlNode *node) {
  Collector *c = ctx;
  if (is_block(node))
    fg_article_break(c->article);
}

bool fg_markup_collect(xmlNode *root, bool (*skip)(const xmlNode *node),
                       FgArticle *article) {
  Collector c = {skip, article};
  return !root || fg_markup_walk(root, collect_enter, collect_leave, &c);
}

bool fg_markup_set_text(char **field, xmlNode *root, const char *name) {
  xmlNode *node = fg_markup_find(root, name);
  if (*field || !node)
    return true;
  FgArticle text;
  fg_article_init(&text);
  bool ok = fg_markup_collect(node, NULL, &text);
  if (ok && text.text.len > 0)
    *field = fg_buf_take(&text.text);
  fg_article_free(&text);
  return ok;
}
