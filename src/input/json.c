/* SPDX-License-Identifier: MIT */
#include "json.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"

typedef struct {
  const char *s;
  size_t len, pos;
  unsigned depth;
  const char *error;
} Parser;

static bool fail(Parser *p, const char *message) {
  if (!p->error)
    p->error = message;
  return false;
}

static void skip_space(Parser *p) {
  while (p->pos < p->len && strchr(" \t\n\r", p->s[p->pos]) && p->s[p->pos])
    p->pos++;
}

static bool at(const Parser *p, char c) {
  return p->pos < p->len && p->s[p->pos] == c;
}

static void free_members(FgJson *json) {
  for (size_t i = 0; i < json->count; i++) {
    free_members(&json->items[i]);
    if (json->keys)
      free(json->keys[i]);
  }
  free(json->items);
  free(json->keys);
  free(json->text);
}

void fg_json_free(FgJson *json) {
  if (!json)
    return;
  free_members(json);
  free(json);
}

static int hex_value(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static bool read_hex4(Parser *p, uint32_t *out) {
  if (p->len - p->pos < 4)
    return fail(p, "truncated \\u escape");
  uint32_t v = 0;
  for (int i = 0; i < 4; i++) {
    int h = hex_value(p->s[p->pos + (size_t)i]);
    if (h < 0)
      return fail(p, "bad \\u escape");
    v = v << 4 | (uint32_t)h;
  }
  p->pos += 4;
  *out = v;
  return true;
}

static bool append_utf8(FgBuf *b, uint32_t cp) {
  char u[4];
  size_t n;
  if (cp < 0x80) {
    u[0] = (char)cp;
    n = 1;
  } else if (cp < 0x800) {
    u[0] = (char)(0xC0 | cp >> 6);
    u[1] = (char)(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    u[0] = (char)(0xE0 | cp >> 12);
    u[1] = (char)(0x80 | (cp >> 6 & 0x3F));
    u[2] = (char)(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    u[0] = (char)(0xF0 | cp >> 18);
    u[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    u[2] = (char)(0x80 | (cp >> 6 & 0x3F));
    u[3] = (char)(0x80 | (cp & 0x3F));
    n = 4;
  }
  return fg_buf_append(b, u, n);
}

/* \uXXXX, with a following low surrogate when this is a high one. NUL and
 * lone surrogates become U+FFFD: no NUL ever reaches a literal. */
static bool read_unicode(Parser *p, FgBuf *b) {
  uint32_t cp;
  if (!read_hex4(p, &cp))
    return false;
  if (cp >= 0xD800 && cp <= 0xDBFF && p->len - p->pos >= 6 &&
      p->s[p->pos] == '\\' && p->s[p->pos + 1] == 'u') {
    size_t back = p->pos;
    uint32_t low;
    p->pos += 2;
    if (read_hex4(p, &low) && low >= 0xDC00 && low <= 0xDFFF)
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    else
      p->pos = back;
    if (p->error)
      return false;
  }
  if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF))
    cp = 0xFFFD;
  return append_utf8(b, cp) || fail(p, "out of memory");
}

static bool read_escape(Parser *p, FgBuf *b) {
  static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
  if (p->pos >= p->len)
    return fail(p, "unterminated string");
  char c = p->s[p->pos++];
  if (c == 'u')
    return read_unicode(p, b);
  const char *hit = c ? strchr(from, c) : NULL;
  if (!hit)
    return fail(p, "bad escape in string");
  return fg_buf_append_char(b, to[hit - from]) || fail(p, "out of memory");
}

/* Reads a string at p->pos (on the opening quote) into a new C string. */
static bool read_string(Parser *p, char **out) {
  FgBuf b;
  fg_buf_init(&b);
  p->pos++;
  bool ok = true;
  while (ok) {
    size_t run = p->pos;
    while (run < p->len && p->s[run] != '"' && p->s[run] != '\\' &&
           (unsigned char)p->s[run] >= 0x20)
      run++;
    ok = fg_buf_append(&b, p->s + p->pos, run - p->pos) ||
         fail(p, "out of memory");
    p->pos = run;
    if (!ok || run >= p->len) {
      ok = ok && fail(p, "unterminated string");
      break;
    }
    char c = p->s[p->pos++];
    if (c == '"')
      break;
    ok = c == '\\' ? read_escape(p, &b)
                   : fail(p, "control character in string");
  }
  *out = ok ? strdup(fg_buf_cstr(&b)) : NULL;
  fg_buf_free(&b);
  return ok && (*out || fail(p, "out of memory"));
}

static size_t span(const Parser *p, size_t pos, const char *set) {
  size_t n = 0;
  while (pos + n < p->len && p->s[pos + n] && strchr(set, p->s[pos + n]))
    n++;
  return n;
}

static bool read_number(Parser *p, FgJson *out) {
  size_t start = p->pos;
  p->pos += at(p, '-');
  size_t digits = span(p, p->pos, "0123456789");
  if (digits == 0)
    return fail(p, "unexpected character");
  p->pos += digits;
  if (at(p, '.')) {
    size_t frac = span(p, p->pos + 1, "0123456789");
    if (frac == 0)
      return fail(p, "bad number");
    p->pos += 1 + frac;
  }
  if (at(p, 'e') || at(p, 'E')) {
    p->pos++;
    p->pos += at(p, '+') || at(p, '-');
    size_t exp = span(p, p->pos, "0123456789");
    if (exp == 0)
      return fail(p, "bad number");
    p->pos += exp;
  }
  out->type = FG_JSON_NUMBER;
  out->text = strndup(p->s + start, p->pos - start);
  return out->text || fail(p, "out of memory");
}

static bool read_literal(Parser *p, FgJson *out) {
  static const struct {
    const char *word;
    FgJsonType type;
  } literals[] = {{"true", FG_JSON_BOOL},
                  {"false", FG_JSON_BOOL},
                  {"null", FG_JSON_NULL}};
  for (size_t i = 0; i < sizeof literals / sizeof *literals; i++) {
    size_t n = strlen(literals[i].word);
    if (p->len - p->pos >= n && memcmp(p->s + p->pos, literals[i].word, n) == 0) {
      p->pos += n;
      out->type = literals[i].type;
      out->text = strdup(literals[i].word);
      return out->text || fail(p, "out of memory");
    }
  }
  return read_number(p, out);
}

static bool read_value(Parser *p, FgJson *out);

/* Appends one zeroed item (and key slot for objects) to a container. */
static FgJson *grow(Parser *p, FgJson *c, size_t *cap) {
  if (c->count == *cap) {
    size_t n = *cap ? *cap * 2 : 4;
    FgJson *items = realloc(c->items, n * sizeof *items);
    if (items)
      c->items = items;
    char **keys = c->type == FG_JSON_OBJECT && items
                      ? realloc(c->keys, n * sizeof *keys)
                      : c->keys;
    if (!items || (c->type == FG_JSON_OBJECT && !keys)) {
      fail(p, "out of memory");
      return NULL;
    }
    c->keys = keys;
    *cap = n;
  }
  FgJson *item = &c->items[c->count];
  memset(item, 0, sizeof *item);
  if (c->keys)
    c->keys[c->count] = NULL;
  c->count++;
  return item;
}

static bool read_member(Parser *p, FgJson *c, size_t *cap) {
  FgJson *item = grow(p, c, cap);
  if (!item)
    return false;
  if (c->type == FG_JSON_OBJECT) {
    skip_space(p);
    if (!at(p, '"'))
      return fail(p, "expected a member name");
    if (!read_string(p, &c->keys[c->count - 1]))
      return false;
    skip_space(p);
    if (!at(p, ':'))
      return fail(p, "expected ':'");
    p->pos++;
  }
  return read_value(p, item);
}

static bool read_container(Parser *p, FgJson *out, FgJsonType type,
                           char close) {
  if (++p->depth > FG_JSON_MAX_DEPTH)
    return fail(p, "nested too deeply");
  out->type = type;
  p->pos++;
  skip_space(p);
  size_t cap = 0;
  if (at(p, close)) {
    p->pos++;
    p->depth--;
    return true;
  }
  for (;;) {
    if (!read_member(p, out, &cap))
      return false;
    skip_space(p);
    if (at(p, close))
      break;
    if (!at(p, ','))
      return fail(p, type == FG_JSON_OBJECT ? "expected ',' or '}'"
                                            : "expected ',' or ']'");
    p->pos++;
  }
  p->pos++;
  p->depth--;
  return true;
}

static bool read_value(Parser *p, FgJson *out) {
  skip_space(p);
  if (p->pos >= p->len)
    return fail(p, "unexpected end of input");
  switch (p->s[p->pos]) {
  case '{':
    return read_container(p, out, FG_JSON_OBJECT, '}');
  case '[':
    return read_container(p, out, FG_JSON_ARRAY, ']');
  case '"':
    out->type = FG_JSON_STRING;
    return read_string(p, &out->text);
  default:
    return read_literal(p, out);
  }
}

const char *fg_json_parse(const char *text, size_t len, FgJson **out,
                          size_t *error_at) {
  Parser p = {text, len, 0, 0, NULL};
  *out = calloc(1, sizeof **out);
  if (!*out) {
    *error_at = 0;
    return "out of memory";
  }
  if (read_value(&p, *out)) {
    skip_space(&p);
    if (p.pos < p.len)
      fail(&p, "text after the value");
  }
  if (!p.error)
    return NULL;
  fg_json_free(*out);
  *out = NULL;
  *error_at = p.pos;
  return p.error;
}

const FgJson *fg_json_get(const FgJson *object, const char *key) {
  if (!object || object->type != FG_JSON_OBJECT)
    return NULL;
  for (size_t i = 0; i < object->count; i++)
    if (object->keys[i] && strcmp(object->keys[i], key) == 0)
      return &object->items[i];
  return NULL;
}

const char *fg_json_string(const FgJson *json) {
  return json && json->type == FG_JSON_STRING ? json->text : NULL;
}
