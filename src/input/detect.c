/* SPDX-License-Identifier: MIT */
#include "detect.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

static const char *const NAMES[] = {
    [FG_INPUT_AUTO] = "auto",     [FG_INPUT_TEXT] = "text",
    [FG_INPUT_HTML] = "html",     [FG_INPUT_NITF] = "nitf",
    [FG_INPUT_NEWSML] = "newsml", [FG_INPUT_JSONL] = "jsonl"};

bool fg_input_format_from_name(const char *name, FgInputFormat *out) {
  for (size_t i = 0; i < sizeof NAMES / sizeof *NAMES; i++)
    if (strcmp(name, NAMES[i]) == 0) {
      *out = (FgInputFormat)i;
      return true;
    }
  return false;
}

const char *fg_input_format_name(FgInputFormat format) {
  return (size_t)format < sizeof NAMES / sizeof *NAMES ? NAMES[format] : "?";
}

typedef struct {
  const char *p, *end;
} Cursor;

static void skip_space(Cursor *c) {
  while (c->p < c->end && isspace((unsigned char)*c->p))
    c->p++;
}

static bool starts(const Cursor *c, const char *s) {
  size_t n = strlen(s);
  return (size_t)(c->end - c->p) >= n && strncasecmp(c->p, s, n) == 0;
}

/* Moves past the next occurrence of s; false when there is none. */
static bool skip_past(Cursor *c, const char *s) {
  size_t n = strlen(s);
  for (const char *q = c->p; (size_t)(c->end - q) >= n; q++)
    if (memcmp(q, s, n) == 0) {
      c->p = q + n;
      return true;
    }
  return false;
}

/* Whether the span [p, end) holds word, ASCII case ignored. */
static bool holds(const char *p, const char *end, const char *word) {
  size_t n = strlen(word);
  for (; (size_t)(end - p) >= n; p++)
    if (strncasecmp(p, word, n) == 0)
      return true;
  return false;
}

static FgInputFormat by_root(const Cursor *c, bool xml) {
  const char *name = c->p + 1, *q = name;
  while (q < c->end && (isalnum((unsigned char)*q) || strchr(":-._", *q)))
    q++;
  const char *colon = memchr(name, ':', (size_t)(q - name));
  if (colon)
    name = colon + 1;
  size_t n = (size_t)(q - name);
  if (n == 4 && strncasecmp(name, "nitf", 4) == 0)
    return FG_INPUT_NITF;
  if ((n == 8 && strncmp(name, "newsItem", 8) == 0) ||
      (n == 11 && strncmp(name, "newsMessage", 11) == 0))
    return FG_INPUT_NEWSML;
  /* Other XML is read by the news XML reader, which names its root. */
  if (xml && !(n == 4 && strncasecmp(name, "html", 4) == 0))
    return FG_INPUT_NEWSML;
  return FG_INPUT_HTML;
}

/* Skips the XML declaration, comments and the doctype up to the root. */
static FgInputFormat by_markup(Cursor *c) {
  bool xml = starts(c, "<?xml");
  for (;;) {
    skip_space(c);
    if (starts(c, "<?")) {
      if (!skip_past(c, "?>"))
        break;
    } else if (starts(c, "<!--")) {
      if (!skip_past(c, "-->"))
        break;
    } else if (starts(c, "<!")) {
      const char *doctype = c->p;
      if (!skip_past(c, ">"))
        break;
      if (holds(doctype, c->p, "nitf"))
        return FG_INPUT_NITF;
      if (holds(doctype, c->p, "html"))
        return FG_INPUT_HTML;
    } else if (starts(c, "<")) {
      return by_root(c, xml);
    } else {
      break;
    }
  }
  return FG_INPUT_HTML;
}

FgInputFormat fg_input_detect(const char *head, size_t len) {
  Cursor c = {head, head + len};
  if (starts(&c, "\xEF\xBB\xBF"))
    c.p += 3;
  skip_space(&c);
  if (starts(&c, "{")) {
    /* An object opens with a member name or closes: "{Update} ..." is text. */
    Cursor member = {c.p + 1, c.end};
    skip_space(&member);
    if (starts(&member, "\"") || starts(&member, "}"))
      return FG_INPUT_JSONL;
  }
  if (starts(&c, "<"))
    return by_markup(&c);
  return FG_INPUT_TEXT;
}
