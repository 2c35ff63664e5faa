/* SPDX-License-Identifier: MIT */
#include "ner/gazmatch.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "ner/bilou.h"
#include "util/intern.h"

/* Open addressing over the hashes of word sequences; 0 is the empty key. */
typedef struct {
  uint64_t key;
  uint8_t types;  /* FG_GAZ_* of the name ending here, 0 if only a prefix */
  bool longer;    /* some name continues after these words */
} Slot;

struct FgNerGaz {
  Slot *slots;
  size_t mask; /* capacity - 1; capacity a power of two */
  size_t used;
};

/* The running hash of a word sequence: each word's hash folded in, so
 * that "New York" has one key however its words were split. */
static uint64_t fold(uint64_t h, const char *word, size_t len) {
  uint64_t w = fg_hash(word, len);
  h ^= w + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  return h ? h : 1;
}

/* The slot of key or the empty slot where it would go; slots not NULL. */
static Slot *find_slot(const FgNerGaz *g, uint64_t key) {
  size_t i = key & g->mask;
  while (g->slots[i].key != key && g->slots[i].key != 0)
    i = (i + 1) & g->mask;
  return &g->slots[i];
}

static bool grow(FgNerGaz *g) {
  size_t cap = g->slots ? (g->mask + 1) * 2 : 1024;
  Slot *old = g->slots;
  size_t old_cap = old ? g->mask + 1 : 0;
  g->slots = calloc(cap, sizeof *g->slots);
  if (!g->slots) {
    g->slots = old;
    return false;
  }
  g->mask = cap - 1;
  for (size_t i = 0; i < old_cap; i++)
    if (old[i].key)
      *find_slot(g, old[i].key) = old[i];
  free(old);
  return true;
}

static Slot *add_slot(FgNerGaz *g, uint64_t key) {
  if ((g->used + 1) * 2 > (g->slots ? g->mask + 1 : 0) && !grow(g))
    return NULL;
  Slot *s = find_slot(g, key);
  if (s->key == 0) {
    s->key = key;
    g->used++;
  }
  return s;
}

static bool is_split_char(char c) {
  return c == '-' || c == ',' || c == '(' || c == ')';
}

/* Calls back for each word of a label: runs of non-space characters with
 * '-', ',', '(' and ')' as words of their own. Returns the word count. */
typedef bool (*WordFunc)(void *ctx, const char *word, size_t len);
static size_t split_words(const char *s, WordFunc fn, void *ctx) {
  size_t count = 0;
  while (*s) {
    if (*s == ' ') {
      s++;
      continue;
    }
    size_t len = 1;
    if (!is_split_char(*s))
      while (s[len] && s[len] != ' ' && !is_split_char(s[len]))
        len++;
    count++;
    if (!fn(ctx, s, len))
      return 0;
    s += len;
  }
  return count;
}

typedef struct {
  FgNerGaz *g;
  uint64_t h;
  size_t words;
  bool ok;
} AddCtx;

static bool add_word(void *ctx, const char *word, size_t len) {
  AddCtx *a = ctx;
  if (a->words > 0) {
    Slot *prefix = add_slot(a->g, a->h);
    if (!prefix) {
      a->ok = false;
      return false;
    }
    prefix->longer = true;
  }
  a->h = fold(a->h, word, len);
  return ++a->words <= FG_GAZ_MAX_WORDS;
}

static bool add_name(FgNerGaz *g, const char *name, unsigned types) {
  AddCtx a = {g, 0, 0, true};
  if (split_words(name, add_word, &a) == 0 || a.words > FG_GAZ_MAX_WORDS)
    return a.ok;
  Slot *s = add_slot(g, a.h);
  if (!s)
    return false;
  s->types |= (uint8_t)types;
  return true;
}

static unsigned class_types(const char *type) {
  if (strcmp(type, "Country") == 0)
    return FG_GAZ_COUNTRY;
  if (strcmp(type, "City") == 0 || strcmp(type, "Facility") == 0)
    return FG_GAZ_PLACE;
  return FG_GAZ_ORG;
}

static bool add_entry(FgNerGaz *g, const FgGazEntry *e) {
  unsigned types = class_types(e->type);
  bool ok = add_name(g, e->label, types);
  for (size_t i = 0; ok && i < e->alt_count; i++)
    ok = add_name(g, e->alt_labels[i], types);
  for (size_t i = 0; ok && i < e->metonym_count; i++)
    ok = add_name(g, e->metonyms[i], FG_GAZ_PLACE);
  for (size_t i = 0; ok && i < e->demonym_count; i++)
    ok = add_name(g, e->demonyms[i], FG_GAZ_DEMONYM);
  return ok;
}

FgStatus fg_ner_gaz_new(const FgGazetteer *gaz, FgNerGaz **out) {
  *out = NULL;
  FgNerGaz *g = calloc(1, sizeof *g);
  if (!g)
    return FG_ERR_NOMEM;
  size_t count = gaz ? fg_gazetteer_count(gaz) : 0;
  for (size_t i = 0; i < count; i++)
    if (!add_entry(g, fg_gazetteer_entry(gaz, i))) {
      fg_ner_gaz_free(g);
      return FG_ERR_NOMEM;
    }
  *out = g;
  return FG_OK;
}

void fg_ner_gaz_free(FgNerGaz *index) {
  if (!index)
    return;
  free(index->slots);
  free(index);
}

/* The length and types of the longest name starting at word i. */
static size_t longest_at(const FgNerGaz *g, const FgWord *w, size_t n,
                         size_t i, unsigned *types) {
  uint64_t h = 0;
  size_t best = 0;
  for (size_t j = i; j < n && j - i < FG_GAZ_MAX_WORDS; j++) {
    h = fold(h, w[j].form, w[j].form_len);
    const Slot *s = find_slot(g, h);
    if (s->key == 0)
      break;
    if (s->types) {
      best = j - i + 1;
      *types = s->types;
    }
    if (!s->longer)
      break;
  }
  return best;
}

void fg_ner_gaz_mark(const FgNerGaz *index, const FgWord *words, size_t n,
                     uint8_t *marks) {
  memset(marks, 0, n);
  if (!index || !index->slots)
    return;
  for (size_t i = 0; i < n;) {
    unsigned types = 0;
    size_t len = longest_at(index, words, n, i, &types);
    if (len == 0) {
      i++;
      continue;
    }
    for (size_t k = 0; k < len; k++) {
      unsigned pos = len == 1       ? FG_BILOU_U
                     : k == 0       ? FG_BILOU_B
                     : k + 1 == len ? FG_BILOU_L
                                    : FG_BILOU_I;
      marks[i + k] = (uint8_t)(pos << 4 | types);
    }
    i += len;
  }
}

unsigned fg_ner_gaz_types(const FgNerGaz *index, const FgWord *words,
                          size_t begin, size_t end) {
  if (!index || !index->slots || end <= begin)
    return 0;
  uint64_t h = 0;
  for (size_t j = begin; j < end; j++)
    h = fold(h, words[j].form, words[j].form_len);
  const Slot *s = find_slot(index, h);
  return s->key ? s->types : 0;
}

typedef struct {
  uint64_t h;
} HashCtx;

static bool hash_word(void *ctx, const char *word, size_t len) {
  HashCtx *c = ctx;
  c->h = fold(c->h, word, len);
  return true;
}

unsigned fg_ner_gaz_text_types(const FgNerGaz *index, const char *text) {
  HashCtx c = {0};
  if (!index || !index->slots || split_words(text, hash_word, &c) == 0)
    return 0;
  const Slot *s = find_slot(index, c.h);
  return s->key ? s->types : 0;
}
