/* SPDX-License-Identifier: MIT */
#include "jsonl.h"

#include <stdio.h>
#include <string.h>

#include "input/html.h"
#include "input/json.h"

static bool blank(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (!strchr(" \t\r", s[i]) || s[i] == '\0')
      return false;
  return true;
}

/* A string, or a number written as such (ids are often numbers). */
static const char *scalar(const FgJson *j) {
  return j && (j->type == FG_JSON_STRING || j->type == FG_JSON_NUMBER)
             ? j->text
             : NULL;
}

static bool set(char **field, const char *value) {
  return fg_article_set(field, value, value ? strlen(value) : 0);
}

/* "author": "A", ["A", "B"] or [{"name": "A"}]: the first one named. */
static const char *author_of(const FgJson *author) {
  const FgJson *first =
      author && author->type == FG_JSON_ARRAY && author->count > 0
          ? &author->items[0]
          : author;
  const char *name = fg_json_string(first);
  return name ? name : fg_json_string(fg_json_get(first, "name"));
}

static bool read_fields(const FgJson *o, FgArticle *out) {
  return set(&out->id, scalar(fg_json_get(o, "id"))) &&
         set(&out->url, fg_json_string(fg_json_get(o, "url"))) &&
         set(&out->headline, fg_json_string(fg_json_get(o, "title"))) &&
         fg_article_set_date(&out->date, fg_json_string(fg_json_get(o, "date"))) &&
         set(&out->author, author_of(fg_json_get(o, "author"))) &&
         set(&out->publisher, fg_json_string(fg_json_get(o, "publisher")));
}

static FgStatus read_object(const FgJson *o, const FgInputReport *report,
                            FgArticle *out) {
  if (!read_fields(o, out))
    return FG_ERR_NOMEM;
  const char *text = fg_json_string(fg_json_get(o, "text"));
  const char *html = fg_json_string(fg_json_get(o, "html"));
  if (text && *text) {
    if (!fg_article_append_raw(out, text) || !fg_article_finish(out))
      return FG_ERR_NOMEM;
    return FG_OK;
  }
  if (html && strlen(html) <= FG_MARKUP_MAX)
    return fg_html_read(html, strlen(html), report, out);
  return FG_NOTHING;
}

FgStatus fg_jsonl_read_line(const char *line, size_t len, unsigned long line_no,
                            const FgInputReport *report, FgArticle *out) {
  if (blank(line, len))
    return FG_NOTHING;
  FgJson *json = NULL;
  size_t at = 0;
  const char *error = fg_json_parse(line, len, &json, &at);
  char message[160];
  if (error) {
    snprintf(message, sizeof message,
             "malformed JSON at column %zu: %s; line skipped", at + 1, error);
  } else if (json->type != FG_JSON_OBJECT) {
    snprintf(message, sizeof message, "not a JSON object; line skipped");
  } else {
    FgInputReport in_line = *report;
    in_line.line = line_no;
    FgStatus st = read_object(json, &in_line, out);
    fg_json_free(json);
    if (st == FG_NOTHING)
      fg_input_report(report, FG_NOTHING, FG_SEV_WARNING, line_no,
                      "no \"text\" or \"html\" with an article; line skipped");
    return st;
  }
  fg_json_free(json);
  fg_input_report(report, FG_ERR_INPUT, FG_SEV_WARNING, line_no, message);
  return FG_ERR_INPUT;
}
