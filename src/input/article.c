/* SPDX-License-Identifier: MIT */
#include "article.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

void fg_article_init(FgArticle *article) {
  memset(article, 0, sizeof *article);
  fg_buf_init(&article->text);
}

void fg_article_free(FgArticle *article) {
  fg_buf_free(&article->text);
  char **fields[] = {&article->id,     &article->headline,
                     &article->date,   &article->author,
                     &article->publisher, &article->url};
  for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
    free(*fields[i]);
  fg_article_init(article);
}

/* Length of the whitespace at s (ASCII or U+00A0), 0 when none. */
static size_t space_at(const char *s, size_t len) {
  if (strchr(" \t\n\r\f\v", s[0]) && s[0] != '\0')
    return 1;
  return len >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0
             ? 2
             : 0;
}

static bool flush_pending(FgArticle *a) {
  bool ok = true;
  if (a->text.len > 0 && a->pending_break)
    ok = fg_buf_append(&a->text, "\n\n", 2);
  else if (a->text.len > 0 && a->pending_space)
    ok = fg_buf_append_char(&a->text, ' ');
  a->pending_break = a->pending_space = false;
  return ok;
}

bool fg_article_append(FgArticle *a, const char *text, size_t len) {
  size_t i = 0;
  while (i < len) {
    size_t space = space_at(text + i, len - i);
    if (space > 0) {
      a->pending_space = true;
      i += space;
      continue;
    }
    size_t run = i + 1;
    while (run < len && space_at(text + run, len - run) == 0)
      run++;
    if (!flush_pending(a) || !fg_buf_append(&a->text, text + i, run - i))
      return false;
    i = run;
  }
  return true;
}

bool fg_article_append_raw(FgArticle *a, const char *text) {
  return flush_pending(a) &&
         fg_buf_append_str(&a->text, text);
}

void fg_article_break(FgArticle *a) { a->pending_break = true; }

bool fg_article_set(char **field, const char *value, size_t len) {
  if (*field || !value)
    return true;
  FgArticle tmp;
  fg_article_init(&tmp);
  if (!fg_article_append(&tmp, value, len)) {
    fg_article_free(&tmp);
    return false;
  }
  *field = fg_buf_take(&tmp.text);
  return true;
}

bool fg_article_is_web_url(const char *url) {
  return strncasecmp(url, "http://", 7) == 0 ||
         strncasecmp(url, "https://", 8) == 0;
}

bool fg_article_set_url(char **field, const char *value) {
  while (value && (*value == ' ' || *value == '\t' || *value == '\n'))
    value++;
  return !value || !fg_article_is_web_url(value) ||
         fg_article_set(field, value, strlen(value));
}

static bool digits(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] < '0' || s[i] > '9')
      return false;
  return true;
}

bool fg_article_set_date(char **field, const char *value) {
  if (*field || !value)
    return true;
  while (*value == ' ' || *value == '\t' || *value == '\n')
    value++;
  char iso[11];
  if (strlen(value) >= 10 && digits(value, 4) && value[4] == '-' &&
      digits(value + 5, 2) && value[7] == '-' && digits(value + 8, 2)) {
    memcpy(iso, value, 10);
  } else if (strlen(value) >= 8 && digits(value, 8)) {
    memcpy(iso, value, 4); /* NITF and NewsML 1 style: 20251112T... */
    iso[4] = '-';
    memcpy(iso + 5, value + 4, 2);
    iso[7] = '-';
    memcpy(iso + 8, value + 6, 2);
  } else {
    return true;
  }
  iso[10] = '\0';
  *field = strdup(iso);
  return *field != NULL;
}

/* Whether the text has a paragraph that is exactly h[0..len). */
static bool has_paragraph(const FgBuf *text, const char *h, size_t len) {
  for (const char *p = text->data; p && (p = strstr(p, h)) != NULL; p++) {
    bool starts = p == text->data || (p - text->data >= 2 && p[-1] == '\n' &&
                                      p[-2] == '\n');
    bool ends = p[len] == '\0' || (p[len] == '\n' && p[len + 1] == '\n');
    if (starts && ends)
      return true;
  }
  return false;
}

bool fg_article_finish(FgArticle *a) {
  const char *h = a->headline;
  size_t hlen = h ? strlen(h) : 0;
  if (hlen == 0 || has_paragraph(&a->text, h, hlen))
    return true;
  FgBuf text;
  fg_buf_init(&text);
  bool ok = fg_buf_append(&text, h, hlen) &&
            (a->text.len == 0 || fg_buf_append(&text, "\n\n", 2)) &&
            fg_buf_append(&text, a->text.data ? a->text.data : "", a->text.len);
  if (ok) {
    fg_buf_free(&a->text);
    a->text = text;
  } else {
    fg_buf_free(&text);
  }
  return ok;
}

void fg_input_report(const FgInputReport *report, FgStatus status,
                     FgSeverity severity, unsigned long line,
                     const char *message) {
  if (!report->func)
    return;
  FgDiag d = {status, severity, report->source, report->line ? report->line : line, 0,
              message};
  report->func(report->handle, &d);
}
