/* SPDX-License-Identifier: MIT */
/* Gazetteer names indexed by lookup key, with the case rule of each. */
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "mentions_internal.h"
#include "names.h"

/* Keys of names and the keys' beginnings up to a space ("hayat",
 * "hayat tahrir" for "hayat tahrir al sham"), so that matching stops as
 * soon as no name can continue a span. */
typedef struct {
  FgNameHit hit; /* all -1 for a beginning only */
  bool longer;   /* a name continues this key after a space */
} Key;

struct FgNameIndex {
  FgIntern *keys;      /* lookup key or beginning -> id */
  Key *hits;           /* by key id */
  size_t cap;
  size_t max_words;
};

static bool all_caps_short(const char *s) {
  size_t letters = 0;
  for (; *s; s++) {
    if (*s >= 'a' && *s <= 'z')
      return false;
    letters += *s >= 'A' && *s <= 'Z';
  }
  return letters > 0 && letters <= 5;
}

/* The entry of a key, added empty when new; NULL when out of memory. */
static Key *add_key(FgNameIndex *index, const char *key, size_t len) {
  uint32_t id = fg_intern_add(index->keys, key, len);
  if (id == FG_NO_ID)
    return NULL;
  if (id >= index->cap) {
    size_t cap = index->cap ? index->cap * 2 : 1024;
    while (cap <= id)
      cap *= 2;
    Key *hits = realloc(index->hits, cap * sizeof *hits);
    if (!hits)
      return NULL;
    for (size_t i = index->cap; i < cap; i++)
      hits[i] = (Key){{-1, -1, -1, false}, false};
    index->hits = hits;
    index->cap = cap;
  }
  return &index->hits[id];
}

static bool add_name(FgNameIndex *index, FgArena *arena, const char *name,
                     int32_t entry, int which) {
  FgTokenized tok;
  if (!fg_text_analyse(arena, name, strlen(name), &tok))
    return false;
  if (tok.token_count == 0)
    return true;
  size_t words = 0;
  for (size_t t = 0; t < tok.token_count; t++)
    words += (tok.tokens[t].flags & (FG_TOK_WORD | FG_TOK_NUM)) != 0;
  /* no name in a text is longer: indexing its beginnings would only cost
   * time and memory quadratic in its length */
  if (words > FG_NAME_MAX_WORDS)
    return true;
  FgBuf key;
  fg_buf_init(&key);
  bool ok = fg_name_lookup_key(tok.tokens, 0, tok.token_count, &key);
  /* beginnings first: adding a key may move the entries */
  for (size_t i = 0; ok && i < key.len; i++)
    if (key.data[i] == ' ') {
      Key *begin = add_key(index, key.data, i);
      ok = begin != NULL;
      if (ok)
        begin->longer = true;
    }
  Key *k = ok && key.len ? add_key(index, key.data, key.len) : NULL;
  fg_buf_free(&key);
  if (!ok || !k)
    return ok && words == 0;
  FgNameHit *hit = &k->hit;
  int32_t *slot = which == 0 ? &hit->name : which == 1 ? &hit->demonym : &hit->metonym;
  if (*slot < 0) /* first entry wins: entries come sorted by slug */
    *slot = entry;
  if (which == 0 && all_caps_short(name))
    hit->upper_only = true;
  if (words > index->max_words)
    index->max_words = words;
  return true;
}

FgNameIndex *fg_name_index_new(const FgGazetteer *gaz) {
  FgNameIndex *index = calloc(1, sizeof *index);
  FgArena *arena = fg_arena_new();
  if (!index || !arena || !(index->keys = fg_intern_new())) {
    fg_arena_free(arena);
    fg_name_index_free(index);
    return NULL;
  }
  bool ok = true;
  for (size_t i = 0; ok && i < fg_gazetteer_count(gaz); i++) {
    const FgGazEntry *e = fg_gazetteer_entry(gaz, i);
    int32_t entry = (int32_t)i;
    ok = add_name(index, arena, e->label, entry, 0);
    for (size_t a = 0; ok && a < e->alt_count; a++)
      ok = add_name(index, arena, e->alt_labels[a], entry, 0);
    for (size_t a = 0; ok && a < e->demonym_count; a++)
      ok = add_name(index, arena, e->demonyms[a], entry, 1);
    for (size_t a = 0; ok && a < e->metonym_count; a++)
      ok = add_name(index, arena, e->metonyms[a], entry, 2);
    fg_arena_reset(arena);
  }
  fg_arena_free(arena);
  if (!ok) {
    fg_name_index_free(index);
    return NULL;
  }
  return index;
}

void fg_name_index_free(FgNameIndex *index) {
  if (!index)
    return;
  fg_intern_free(index->keys);
  free(index->hits);
  free(index);
}

const FgNameHit *fg_name_index_find(const FgNameIndex *index, const char *key,
                                    size_t len, bool *longer) {
  uint32_t id = fg_intern_find(index->keys, key, len);
  *longer = id != FG_NO_ID && index->hits[id].longer;
  if (id == FG_NO_ID)
    return NULL;
  const FgNameHit *hit = &index->hits[id].hit;
  return hit->name < 0 && hit->demonym < 0 && hit->metonym < 0 ? NULL : hit;
}

size_t fg_name_index_max_words(const FgNameIndex *index) {
  return index->max_words;
}
