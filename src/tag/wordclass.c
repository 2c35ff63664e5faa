/* SPDX-License-Identifier: MIT */
#include "tag/wordclass.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "learn/le.h"
#include "util/intern.h"

static const char CLASS_LETTERS[] = "npNvsdgacr";

/* A nonzero 32-bit key: the table's empty slot is 0. */
static uint32_t word_class_key(const char *lower, size_t len) {
  uint32_t key = (uint32_t)fg_hash(lower, len);
  return key ? key : 1u;
}

typedef struct {
  uint32_t key;
  uint16_t bits;
} Entry;

static int by_key(const void *a, const void *b) {
  uint32_t x = ((const Entry *)a)->key, y = ((const Entry *)b)->key;
  return x < y ? -1 : x > y;
}

/* The bits of a line's letters; 0 for a letter outside CLASS_LETTERS. */
static uint16_t letters_bits(const char *s, size_t len) {
  uint16_t bits = 0;
  for (size_t i = 0; i < len; i++) {
    const char *at = s[i] ? strchr(CLASS_LETTERS, s[i]) : NULL;
    if (!at)
      return 0;
    bits |= (uint16_t)(1u << (at - CLASS_LETTERS));
  }
  return bits;
}

static FgStatus read_entries(FILE *f, const char *path, Entry **out,
                             size_t *count) {
  char line[256];
  size_t n = 0, cap = 0, lineno = 0;
  Entry *at = NULL;
  while (fgets(line, sizeof line, f)) {
    lineno++;
    size_t len = strcspn(line, "\r\n");
    if (len == 0 || line[0] == '#')
      continue;
    char *tab = memchr(line, '\t', len);
    uint16_t bits = tab ? letters_bits(tab + 1, len - (size_t)(tab + 1 - line))
                        : 0;
    if (!tab || tab == line || !bits) {
      fprintf(stderr, "%s:%zu: expected FORM TAB CLASS LETTERS (%s)\n", path,
              lineno, CLASS_LETTERS);
      free(at);
      return FG_ERR_SYNTAX;
    }
    if (n == cap) {
      cap = cap ? cap * 2 : 4096;
      Entry *grown = realloc(at, cap * sizeof *at);
      if (!grown) {
        free(at);
        return FG_ERR_NOMEM;
      }
      at = grown;
    }
    for (char *p = line; p < tab; p++)
      *p = *p >= 'A' && *p <= 'Z' ? (char)(*p - 'A' + 'a') : *p;
    at[n++] = (Entry){word_class_key(line, (size_t)(tab - line)), bits};
  }
  *out = at;
  *count = n;
  return ferror(f) ? FG_ERR_IO : FG_OK;
}

FgStatus fg_word_classes_build(const char *path, FgBuf *out) {
  FILE *f = fopen(path, "r");
  if (!f)
    return FG_ERR_IO;
  Entry *e = NULL;
  size_t count = 0;
  FgStatus st = read_entries(f, path, &e, &count);
  fclose(f);
  if (st != FG_OK)
    return st;
  if (count)
    qsort(e, count, sizeof *e, by_key);
  /* two forms with one key (a hash collision) share their bits */
  size_t n = 0;
  for (size_t i = 0; i < count; i++) {
    if (n && e[n - 1].key == e[i].key)
      e[n - 1].bits |= e[i].bits;
    else
      e[n++] = e[i];
  }
  fg_buf_clear(out);
  bool ok = n <= UINT32_MAX && fg_le_put_u32(out, (uint32_t)n) &&
            fg_le_put_u32(out, 0);
  for (size_t i = 0; ok && i < n; i++)
    ok = fg_le_put_u32(out, e[i].key) && fg_le_put_u16(out, e[i].bits);
  free(e);
  return ok ? FG_OK : FG_ERR_NOMEM;
}

FgStatus fg_word_classes_load(const uint8_t *data, size_t len,
                              FgWordClasses *out) {
  memset(out, 0, sizeof *out);
  FgLeCursor c = fg_le_cursor(data, len);
  uint32_t n = fg_le_u32(&c), reserved = fg_le_u32(&c);
  if (c.failed || reserved != 0 || (uint64_t)n * 6 != len - 8)
    return FG_ERR_SYNTAX;
  size_t nslots = 16;
  while (nslots < (size_t)n * 2)
    nslots *= 2;
  out->keys = calloc(nslots, sizeof *out->keys);
  out->bits = calloc(nslots, sizeof *out->bits);
  if (!out->keys || !out->bits) {
    fg_word_classes_free(out);
    return FG_ERR_NOMEM;
  }
  out->mask = nslots - 1;
  uint32_t last = 0;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t key = fg_le_u32(&c);
    uint16_t bits = fg_le_u16(&c);
    if (key <= last || bits == 0) {
      fg_word_classes_free(out);
      return FG_ERR_SYNTAX;
    }
    last = key;
    size_t s = key & out->mask;
    while (out->keys[s])
      s = (s + 1) & out->mask;
    out->keys[s] = key;
    out->bits[s] = bits;
  }
  return FG_OK;
}

void fg_word_classes_free(FgWordClasses *classes) {
  free(classes->keys);
  free(classes->bits);
  memset(classes, 0, sizeof *classes);
}

uint32_t fg_word_classes_find(const FgWordClasses *classes, const char *lower,
                              size_t len) {
  if (!classes->keys)
    return 0;
  uint32_t key = word_class_key(lower, len);
  for (size_t s = key & classes->mask;; s = (s + 1) & classes->mask) {
    if (classes->keys[s] == key)
      return classes->bits[s];
    if (!classes->keys[s])
      return 0;
  }
}
