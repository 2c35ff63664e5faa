/* SPDX-License-Identifier: MIT */
#include "xml.h"

#include <string.h>
#include <strings.h>

#include "input/markup.h"

static xmlNode *child(xmlNode *parent, const char *name) {
  for (xmlNode *c = parent ? parent->children : NULL; c; c = c->next)
    if (fg_markup_is(c, name))
      return c;
  return NULL;
}

/* child(child(...)) along a path of element names. */
static xmlNode *path(xmlNode *node, const char *const *names) {
  for (; node && *names; names++)
    node = child(node, *names);
  return node;
}

static bool set_attr(char **field, const xmlNode *node, const char *name) {
  const char *v = fg_markup_attr(node, name);
  return fg_article_set(field, v, v ? strlen(v) : 0);
}

static bool set_date_attr(char **field, const xmlNode *node, const char *name) {
  return fg_article_set_date(field, fg_markup_attr(node, name));
}

static bool set_date_text(char **field, xmlNode *parent, const char *name) {
  xmlNode *text = child(parent, name);
  text = text ? text->children : NULL;
  bool plain = text && text->type == XML_TEXT_NODE;
  return fg_article_set_date(field, plain ? (const char *)text->content : NULL);
}

/* Text, headings, lists and tables; not pictures, notes or scripts. */
static bool skip_in_body(const xmlNode *node) {
  static const char *const SKIP[] = {"media", "note",  "script", "style",
                                     "figure", "figcaption", NULL};
  for (const char *const *s = SKIP; *s; s++)
    if (fg_markup_is(node, *s))
      return true;
  return false;
}

/* "By Jane Doe" -> "Jane Doe". */
static bool strip_by(char **author) {
  char *a = *author;
  if (a && strncasecmp(a, "by ", 3) == 0)
    memmove(a, a + 3, strlen(a + 3) + 1);
  return true;
}

static bool read_nitf(xmlNode *nitf, FgArticle *out) {
  xmlNode *head = child(nitf, "head"), *body = child(nitf, "body");
  xmlNode *bhead = child(body, "body.head");
  xmlNode *pubdata = child(head, "pubdata"), *docdata = child(head, "docdata");
  return fg_markup_set_text(&out->headline, child(bhead, "hedline"), "hl1") &&
         fg_markup_set_text(&out->headline, head, "title") &&
         fg_markup_set_text(&out->author, child(bhead, "byline"), "person") &&
         fg_markup_set_text(&out->author, bhead, "byline") &&
         strip_by(&out->author) &&
         set_date_attr(&out->date, path(bhead, (const char *const[]){"dateline", "story.date", NULL}), "norm") &&
         set_date_attr(&out->date, pubdata, "date.publication") &&
         set_date_attr(&out->date, child(docdata, "date.issue"), "norm") &&
         set_attr(&out->publisher, pubdata, "name") &&
         set_attr(&out->publisher, child(docdata, "doc.copyright"), "holder") &&
         set_attr(&out->url, pubdata, "ex-ref") &&
         fg_markup_collect(child(body, "body.content"), skip_in_body, out);
}

static bool read_content(xmlNode *content_set, FgArticle *out) {
  xmlNode *inline_xml = child(content_set, "inlineXML");
  if (inline_xml) {
    xmlNode *body = fg_markup_find(inline_xml, "body.content");
    if (!body)
      body = fg_markup_find(inline_xml, "body");
    return fg_markup_collect(body ? body : inline_xml, skip_in_body, out);
  }
  xmlNode *data = child(content_set, "inlineData");
  xmlNode *text = data ? data->children : NULL;
  if (!text || text->type != XML_TEXT_NODE || text->next)
    return true;
  return fg_article_append_raw(out, (const char *)text->content);
}

static bool set_guid_url(char **field, const xmlNode *item) {
  const char *guid = fg_markup_attr(item, "guid");
  bool web = guid && (strncmp(guid, "http://", 7) == 0 ||
                      strncmp(guid, "https://", 8) == 0);
  return fg_article_set(field, web ? guid : NULL, web ? strlen(guid) : 0);
}

static bool read_news_item(xmlNode *item, FgArticle *out) {
  xmlNode *meta = child(item, "contentMeta"), *imeta = child(item, "itemMeta");
  xmlNode *rights = child(item, "rightsInfo");
  xmlNode *creator = child(meta, "creator"), *provider = child(imeta, "provider");
  xmlNode *holder = child(rights, "copyrightHolder");
  return fg_markup_set_text(&out->headline, meta, "headline") &&
         fg_markup_set_text(&out->author, meta, "by") &&
         fg_markup_set_text(&out->author, creator, "name") &&
         set_attr(&out->author, creator, "literal") && strip_by(&out->author) &&
         set_date_text(&out->date, meta, "contentCreated") &&
         set_date_text(&out->date, imeta, "firstCreated") &&
         set_date_text(&out->date, imeta, "versionCreated") &&
         fg_markup_set_text(&out->publisher, provider, "name") &&
         set_attr(&out->publisher, provider, "literal") &&
         fg_markup_set_text(&out->publisher, holder, "name") &&
         set_attr(&out->publisher, holder, "literal") &&
         set_guid_url(&out->url, item) &&
         read_content(child(item, "contentSet"), out);
}

static FgStatus read_tree(xmlDocPtr doc, FgArticle *out) {
  xmlNode *root = xmlDocGetRootElement(doc);
  xmlNode *item = fg_markup_is(root, "newsItem")
                      ? root
                      : fg_markup_find(root, "newsItem");
  bool ok;
  if (fg_markup_is(root, "nitf")) {
    ok = read_nitf(root, out);
  } else if (item) {
    ok = read_news_item(item, out);
  } else {
    return FG_ERR_INPUT;
  }
  if (!ok || !fg_article_finish(out))
    return FG_ERR_NOMEM;
  return out->text.len > 0 ? FG_OK : FG_NOTHING;
}

FgStatus fg_news_xml_read(const char *xml, size_t len,
                          const FgInputReport *report, FgArticle *out) {
  return fg_markup_parse(xml, len, false, read_tree, report, out);
}
