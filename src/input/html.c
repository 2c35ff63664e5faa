/* SPDX-License-Identifier: MIT */
#include "html.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "input/json.h"
#include "input/markup.h"

/* ---- what is not the article ---- */

static bool in_list(const char *word, size_t len, const char *const *list) {
  for (; *list; list++)
    if (strlen(*list) == len && strncasecmp(word, *list, len) == 0)
      return true;
  return false;
}

static const char *const JUNK_TAGS[] = {
    "script", "style",  "noscript", "template", "nav",    "aside",
    "footer", "header", "form",     "button",   "select", "input",
    "textarea", "iframe", "object", "embed",    "svg",    "canvas",
    "figure", "figcaption", "picture", "img",   "video",  "audio",
    "menu",   "dialog", "label",    "head",     "title",  "link",
    "meta",   NULL};

/* Words in class and id that mark clutter around an article. */
static const char *const JUNK_WORDS[] = {
    "share",    "sharing",    "social",     "related",  "cookie",
    "cookies",  "consent",    "gdpr",       "banner",   "newsletter",
    "promo",    "ad",         "ads",        "advert",   "advertisement",
    "sponsor",  "sponsored",  "caption",    "credit",   "credits",
    "comment",  "comments",   "menu",       "breadcrumb", "breadcrumbs",
    "subscribe", "signup",    "sidebar",    "nav",      "navbar",
    "navigation", "footer",   "popup",      "modal",    "recommended",
    "trending", "outbrain",   "taboola",    "paywall",  "tags",
    "toolbar",  "byline",     "widget",     "meta",     "author",
    "bar",      "weather",    NULL};

static const char *const JUNK_ROLES[] = {
    "navigation", "banner", "contentinfo", "complementary", "dialog",
    "alert",      "search", "menu",        NULL};

/* True when value, split at anything but letters and digits, holds a
 * word of list. */
static bool has_word(const char *value, const char *const *list) {
  if (!value)
    return false;
  const char *p = value;
  while (*p) {
    while (*p && !isalnum((unsigned char)*p))
      p++;
    const char *start = p;
    while (isalnum((unsigned char)*p))
      p++;
    if (p > start && in_list(start, (size_t)(p - start), list))
      return true;
  }
  return false;
}

static bool is_junk(const xmlNode *node) {
  const char *name = (const char *)node->name;
  const char *hidden = fg_markup_attr(node, "aria-hidden");
  return in_list(name, strlen(name), JUNK_TAGS) ||
         fg_markup_attr(node, "hidden") != NULL ||
         (hidden && strcasecmp(hidden, "true") == 0) ||
         has_word(fg_markup_attr(node, "role"), JUNK_ROLES) ||
         has_word(fg_markup_attr(node, "class"), JUNK_WORDS) ||
         has_word(fg_markup_attr(node, "id"), JUNK_WORDS);
}

/* ---- finding the article body ---- */

static FgVisit weigh_enter(void *ctx, xmlNode *node) {
  size_t *weight = ctx;
  if (node->type == XML_ELEMENT_NODE)
    return is_junk(node) ? FG_VISIT_SKIP : FG_VISIT_DESCEND;
  if (node->type == XML_TEXT_NODE && node->content)
    for (const xmlChar *c = node->content; *c; c++)
      *weight += !isspace(*c);
  return FG_VISIT_SKIP;
}

/* Bytes of visible text under node, spaces not counted. */
static size_t weigh(xmlNode *node) {
  size_t weight = 0;
  fg_markup_walk(node, weigh_enter, NULL, &weight);
  return weight;
}

typedef struct {
  xmlNode *by_itemprop; /* the first itemprop="articleBody" */
  xmlNode *article;     /* the heaviest <article> */
  size_t article_weight;
  xmlNode *densest;     /* the parent of the most <p> text */
  size_t densest_weight;
} BodySearch;

/* Adds a paragraph's weight to its parent; the running total is kept in
 * the parent's _private, which libxml2 leaves to applications. */
static void count_paragraph(BodySearch *s, xmlNode *p) {
  xmlNode *parent = p->parent;
  if (!parent)
    return;
  size_t total = (size_t)(uintptr_t)parent->_private + weigh(p);
  parent->_private = (void *)(uintptr_t)total;
  if (total > s->densest_weight) {
    s->densest_weight = total;
    s->densest = parent;
  }
}

static FgVisit search_enter(void *ctx, xmlNode *node) {
  BodySearch *s = ctx;
  if (node->type != XML_ELEMENT_NODE)
    return node->type == XML_HTML_DOCUMENT_NODE ? FG_VISIT_DESCEND
                                                : FG_VISIT_SKIP;
  if (is_junk(node))
    return FG_VISIT_SKIP;
  if (!s->by_itemprop &&
      has_word(fg_markup_attr(node, "itemprop"),
               (const char *const[]){"articleBody", NULL}))
    s->by_itemprop = node;
  if (fg_markup_is(node, "article")) {
    size_t weight = weigh(node);
    if (weight > s->article_weight) {
      s->article_weight = weight;
      s->article = node;
    }
  }
  if (fg_markup_is(node, "p")) {
    count_paragraph(s, node);
    return FG_VISIT_SKIP;
  }
  return FG_VISIT_DESCEND;
}

static xmlNode *find_body(xmlDocPtr doc) {
  BodySearch s;
  memset(&s, 0, sizeof s);
  fg_markup_walk((xmlNode *)doc, search_enter, NULL, &s);
  if (s.by_itemprop)
    return s.by_itemprop;
  if (s.article)
    return s.article;
  if (s.densest)
    return s.densest;
  xmlNode *body = fg_markup_find((xmlNode *)doc, "body");
  return body ? body : xmlDocGetRootElement(doc);
}

/* ---- metadata ---- */

/* Where each value comes from, best first: JSON-LD, then <meta> and
 * <link rel=canonical>, then og:url, <h1> and the like, then <title>. */
enum { FROM_JSON_LD, FROM_META, FROM_FALLBACK, FROM_TITLE, SOURCES };

typedef struct {
  FgArticle from[SOURCES];
  bool ok;
} Meta;

static bool set(char **field, const char *value) {
  return fg_article_set(field, value, value ? strlen(value) : 0);
}

static const char *name_of(const FgJson *j) {
  const char *s = fg_json_string(j);
  return s ? s : fg_json_string(fg_json_get(j, "name"));
}

/* One author, or several joined by ", ". */
static bool set_authors(char **field, const FgJson *author) {
  if (!author || author->type != FG_JSON_ARRAY)
    return set(field, name_of(author));
  FgBuf names;
  fg_buf_init(&names);
  bool ok = true;
  for (size_t i = 0; ok && i < author->count; i++) {
    const char *name = name_of(&author->items[i]);
    if (name && names.len > 0)
      ok = fg_buf_append_str(&names, ", ");
    if (name && ok)
      ok = fg_buf_append_str(&names, name);
  }
  ok = ok && set(field, names.len ? fg_buf_cstr(&names) : NULL);
  fg_buf_free(&names);
  return ok;
}

static bool is_news_type(const FgJson *type) {
  static const char *const TYPES[] = {
      "NewsArticle",       "Article",         "ReportageNewsArticle",
      "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle",
      "BlogPosting",       NULL};
  const char *s = fg_json_string(type);
  if (s)
    return in_list(s, strlen(s), TYPES);
  for (size_t i = 0; type && type->type == FG_JSON_ARRAY && i < type->count; i++)
    if (is_news_type(&type->items[i]))
      return true;
  return false;
}

/* The NewsArticle in a JSON-LD value: the value itself, an item of an
 * array or of "@graph". Depth is bounded by the JSON reader. */
static const FgJson *find_news(const FgJson *j) {
  if (!j)
    return NULL;
  if (j->type == FG_JSON_OBJECT && is_news_type(fg_json_get(j, "@type")))
    return j;
  const FgJson *list = j->type == FG_JSON_ARRAY ? j : fg_json_get(j, "@graph");
  for (size_t i = 0; list && list->type == FG_JSON_ARRAY && i < list->count; i++) {
    const FgJson *found = find_news(&list->items[i]);
    if (found)
      return found;
  }
  return NULL;
}

static bool read_json_ld(FgArticle *to, const xmlNode *script) {
  const xmlNode *text = script->children;
  if (!text || !text->content)
    return true;
  FgJson *json = NULL;
  size_t at;
  const char *content = (const char *)text->content;
  if (fg_json_parse(content, strlen(content), &json, &at))
    return true; /* broken JSON-LD is common and not worth a message */
  const FgJson *news = find_news(json);
  const FgJson *page = fg_json_get(news, "mainEntityOfPage");
  bool ok = !news ||
            (set(&to->headline, fg_json_string(fg_json_get(news, "headline"))) &&
             fg_article_set_date(&to->date, fg_json_string(fg_json_get(news, "datePublished"))) &&
             set_authors(&to->author, fg_json_get(news, "author")) &&
             set(&to->publisher, name_of(fg_json_get(news, "publisher"))) &&
             fg_article_set_url(&to->url, fg_json_string(fg_json_get(news, "url"))) &&
             fg_article_set_url(&to->url, fg_json_string(page)) &&
             fg_article_set_url(&to->url, fg_json_string(fg_json_get(page, "@id"))));
  fg_json_free(json);
  return ok;
}

static bool read_meta(Meta *m, const xmlNode *node) {
  const char *key = fg_markup_attr(node, "property");
  if (!key)
    key = fg_markup_attr(node, "name");
  const char *v = fg_markup_attr(node, "content");
  if (!key || !v)
    return true;
  FgArticle *meta = &m->from[FROM_META], *fallback = &m->from[FROM_FALLBACK];
  if (strcasecmp(key, "og:title") == 0)
    return set(&meta->headline, v);
  if (strcasecmp(key, "og:site_name") == 0)
    return set(&meta->publisher, v);
  if (strcasecmp(key, "og:url") == 0)
    return fg_article_set_url(&fallback->url, v);
  if (strcasecmp(key, "article:published_time") == 0)
    return fg_article_set_date(&meta->date, v);
  if (strcasecmp(key, "author") == 0)
    return set(&meta->author, v);
  if (strcasecmp(key, "article:author") == 0 && !strstr(v, "://"))
    return set(&fallback->author, v);
  if (strcasecmp(key, "date") == 0 || strcasecmp(key, "pubdate") == 0 ||
      strcasecmp(key, "dc.date") == 0)
    return fg_article_set_date(&fallback->date, v);
  return true;
}

static FgVisit meta_enter(void *ctx, xmlNode *node) {
  Meta *m = ctx;
  if (node->type != XML_ELEMENT_NODE)
    return node->type == XML_HTML_DOCUMENT_NODE ? FG_VISIT_DESCEND
                                                : FG_VISIT_SKIP;
  const char *type = fg_markup_attr(node, "type");
  const char *rel = fg_markup_attr(node, "rel");
  if (fg_markup_is(node, "meta"))
    m->ok = read_meta(m, node);
  else if (fg_markup_is(node, "link") && rel && strcasecmp(rel, "canonical") == 0)
    m->ok = fg_article_set_url(&m->from[FROM_META].url, fg_markup_attr(node, "href"));
  else if (fg_markup_is(node, "script") && type &&
           strcasecmp(type, "application/ld+json") == 0)
    m->ok = read_json_ld(&m->from[FROM_JSON_LD], node);
  else if (fg_markup_is(node, "title"))
    m->ok = fg_markup_set_text(&m->from[FROM_TITLE].headline, node, "title");
  else if (fg_markup_is(node, "h1"))
    m->ok = fg_markup_set_text(&m->from[FROM_FALLBACK].headline, node, "h1");
  if (!m->ok)
    return FG_VISIT_STOP;
  return fg_markup_is(node, "script") || fg_markup_is(node, "style")
             ? FG_VISIT_SKIP
             : FG_VISIT_DESCEND;
}

static bool merge_meta(Meta *m, FgArticle *out) {
  bool ok = true;
  for (int i = 0; i < SOURCES; i++) {
    FgArticle *a = &m->from[i];
    ok = ok && set(&out->headline, a->headline) && set(&out->date, a->date) &&
         set(&out->author, a->author) && set(&out->publisher, a->publisher) &&
         set(&out->url, a->url);
  }
  return ok;
}

static FgStatus read_page(xmlDocPtr doc, FgArticle *out) {
  Meta m;
  for (int i = 0; i < SOURCES; i++)
    fg_article_init(&m.from[i]);
  m.ok = true;
  fg_markup_walk((xmlNode *)doc, meta_enter, NULL, &m);
  bool ok = m.ok && merge_meta(&m, out);
  for (int i = 0; i < SOURCES; i++)
    fg_article_free(&m.from[i]);
  ok = ok && fg_markup_collect(find_body(doc), is_junk, out) &&
       fg_article_finish(out);
  if (!ok)
    return FG_ERR_NOMEM;
  return out->text.len > 0 ? FG_OK : FG_NOTHING;
}

FgStatus fg_html_read(const char *html, size_t len,
                      const FgInputReport *report, FgArticle *out) {
  return fg_markup_parse(html, len, true, read_page, report, out);
}
