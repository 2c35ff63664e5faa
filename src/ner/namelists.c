/* SPDX-License-Identifier: MIT */
#include "ner/namelists.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "learn/le.h"
#include "ner/bilou.h"
#include "ner/hashkeys.h"
#include "util/intern.h"

typedef struct {
  uint64_t key;
  uint8_t kind;
} Entry;

typedef struct {
  Entry *at;
  size_t count, cap;
} Entries;

static char lower(char c) {
  return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Appends the lower case of len bytes to a key buffer. */
static bool append_lower(FgBuf *key, const char *s, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (!fg_buf_append_char(key, lower(s[i])))
      return false;
  return true;
}

static bool add(Entries *e, uint64_t key, uint8_t kind) {
  if (e->count == e->cap) {
    size_t cap = e->cap ? 2 * e->cap : 4096;
    Entry *at = realloc(e->at, cap * sizeof *at);
    if (!at)
      return false;
    e->at = at, e->cap = cap;
  }
  e->at[e->count++] = (Entry){key, kind};
  return true;
}

/* One list file: each line's words (split on spaces) make one key. */
static FgStatus read_list(const char *dir, const char *file, uint8_t kind,
                          Entries *e) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, file);
  FILE *f = fopen(path, "r");
  if (!f)
    return FG_ERR_IO;
  char line[512];
  FgBuf key;
  fg_buf_init(&key);
  FgStatus st = FG_OK;
  while (st == FG_OK && fgets(line, sizeof line, f)) {
    size_t len = strcspn(line, "\r\n");
    if (len == 0 || line[0] == '#')
      continue;
    fg_buf_clear(&key);
    for (size_t i = 0; i < len;) {
      while (i < len && line[i] == ' ')
        i++;
      size_t w = i;
      while (i < len && line[i] != ' ')
        i++;
      if (i == w)
        continue;
      /* the words so far begin a longer city: the matcher goes on */
      if (key.len && kind == FG_NAMES_PLACE &&
          !add(e, fg_hash(key.data, key.len), FG_NAMES_PREFIX))
        st = FG_ERR_NOMEM;
      if ((key.len && !fg_buf_append_char(&key, ' ')) ||
          !append_lower(&key, line + w, i - w))
        st = FG_ERR_NOMEM;
    }
    if (st == FG_OK && key.len && !add(e, fg_hash(key.data, key.len), kind))
      st = FG_ERR_NOMEM;
  }
  if (st == FG_OK && ferror(f))
    st = FG_ERR_IO;
  fg_buf_free(&key);
  fclose(f);
  return st;
}

static int by_key(const void *a, const void *b) {
  uint64_t x = ((const Entry *)a)->key, y = ((const Entry *)b)->key;
  return x < y ? -1 : x > y;
}

FgStatus fg_ner_names_build(const char *dir, FgBuf *out) {
  static const struct {
    const char *file;
    uint8_t kind;
  } LISTS[] = {{"given.txt", FG_NAMES_GIVEN},
               {"surnames.txt", FG_NAMES_SURNAME},
               {"places.txt", FG_NAMES_PLACE},
               {"event-heads.txt", FG_NAMES_EVENT_HEAD}};
  Entries e = {NULL, 0, 0};
  FgStatus st = FG_OK;
  for (size_t l = 0; l < sizeof LISTS / sizeof LISTS[0] && st == FG_OK; l++)
    st = read_list(dir, LISTS[l].file, LISTS[l].kind, &e);
  if (st == FG_OK && e.count)
    qsort(e.at, e.count, sizeof *e.at, by_key);
  /* one entry per key, with the bits of every list it is in */
  size_t n = 0;
  for (size_t i = 0; st == FG_OK && i < e.count; i++) {
    if (n && e.at[n - 1].key == e.at[i].key)
      e.at[n - 1].kind |= e.at[i].kind;
    else
      e.at[n++] = e.at[i];
  }
  fg_buf_clear(out);
  bool ok = st == FG_OK && fg_le_put_u32(out, (uint32_t)n);
  for (size_t i = 0; ok && i < n; i++)
    ok = fg_le_put_u64(out, e.at[i].key);
  for (size_t i = 0; ok && i < n; i++)
    ok = fg_buf_append_char(out, (char)e.at[i].kind);
  free(e.at);
  return st != FG_OK ? st : ok ? FG_OK : FG_ERR_NOMEM;
}

FgStatus fg_ner_names_load(const uint8_t *data, size_t len, FgNerNames *out) {
  memset(out, 0, sizeof *out);
  FgLeCursor c = fg_le_cursor(data, len);
  uint32_t n = 0;
  FgStatus st = fg_ner_hashkeys_read(&c, len, 1, &out->keys, &n);
  if (st != FG_OK)
    return st;
  out->kinds = malloc((size_t)n + 1);
  if (!out->kinds) {
    fg_ner_names_free(out);
    return FG_ERR_NOMEM;
  }
  memcpy(out->kinds, data + 4 + (size_t)n * 8, n);
  out->count = n;
  return FG_OK;
}

FgStatus fg_ner_names_read(const char *dir, FgNerNames *out) {
  memset(out, 0, sizeof *out);
  FgBuf bytes;
  fg_buf_init(&bytes);
  FgStatus st = fg_ner_names_build(dir, &bytes);
  if (st == FG_OK)
    st = fg_ner_names_load((const uint8_t *)bytes.data, bytes.len, out);
  fg_buf_free(&bytes);
  return st;
}

void fg_ner_names_free(FgNerNames *names) {
  free(names->keys);
  free(names->kinds);
  memset(names, 0, sizeof *names);
}

/* The list bits of the lower-case text. */
static uint8_t lookup_lower(const FgNerNames *names, const char *text, size_t len) {
  size_t at = fg_ner_hashkeys_find(names->keys, names->count, fg_hash(text, len));
  return at < names->count ? names->kinds[at] : 0;
}

uint8_t fg_ner_names_kinds(const FgNerNames *names, const char *name, size_t len) {
  char text[256];
  if (!names || !names->count || len > sizeof text)
    return 0;
  for (size_t k = 0; k < len; k++)
    text[k] = lower(name[k]);
  return lookup_lower(names, text, len);
}

/* The list bits of the lower-case words [begin, end) joined by spaces. */
static uint8_t lookup(const FgNerNames *names, const FgWord *words,
                      size_t begin, size_t end) {
  char text[256];
  size_t len = 0;
  for (size_t i = begin; i < end; i++) {
    size_t wl = words[i].form_len;
    if (len + wl + 1 > sizeof text)
      return 0;
    if (i > begin)
      text[len++] = ' ';
    for (size_t k = 0; k < wl; k++)
      text[len++] = lower(words[i].form[k]);
  }
  return lookup_lower(names, text, len);
}

void fg_ner_names_mark(const FgNerNames *names, const FgWord *words, size_t n,
                       uint8_t *marks) {
  memset(marks, 0, n);
  if (!names || !names->count)
    return;
  for (size_t i = 0; i < n; i++) {
    uint8_t kinds = lookup(names, words, i, i + 1);
    marks[i] = (uint8_t)((kinds & (FG_NAMES_GIVEN | FG_NAMES_SURNAME)) |
                         ((kinds & FG_NAMES_EVENT_HEAD) ? 1u << 5 : 0u));
  }
  for (size_t i = 0; i < n;) {
    /* longest city from i, looked up only as long as the words so far
     * begin one */
    size_t len = 0;
    uint8_t kinds = FG_NAMES_PREFIX;
    for (size_t k = 1; k <= FG_NAMES_MAX_WORDS && i + k <= n &&
                       (kinds & FG_NAMES_PREFIX);
         k++) {
      kinds = lookup(names, words, i, i + k);
      if (kinds & FG_NAMES_PLACE)
        len = k;
    }
    if (!len) {
      i++;
      continue;
    }
    for (size_t k = i; k < i + len; k++) {
      unsigned pos = len == 1       ? FG_BILOU_U
                     : k == i       ? FG_BILOU_B
                     : k + 1 == i + len ? FG_BILOU_L
                                    : FG_BILOU_I;
      marks[k] |= (uint8_t)(pos << 2);
    }
    i += len;
  }
}
