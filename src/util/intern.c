/* SPDX-License-Identifier: MIT */
#include "intern.h"

#include <stdlib.h>
#include <string.h>
/* Inlined: most keys are a few bytes, where a call costs as much as the hash. */
#define XXH_INLINE_ALL
#include <xxhash.h>

typedef struct {
  char *str;
  uint32_t len;
  uint32_t size; /* bytes at str: fg_intern_clear keeps them for reuse */
  uint64_t hash;
} Entry;

/* A slot keeps the top of its entry's hash: a probe passes over other keys
 * without touching their entries, which are cache misses in big tables. */
typedef struct {
  uint32_t id; /* id + 1, 0 = empty */
  uint32_t tag;
} Slot;

static uint32_t tag_of(uint64_t hash) { return (uint32_t)(hash >> 32); }

struct FgIntern {
  Entry *entries;  /* by id */
  size_t count;
  size_t kept;     /* entries owning a buffer, count or more after a clear */
  size_t cap;
  Slot *slots;    /* open addressing */
  size_t nslots;  /* power of two */
};

uint64_t fg_hash(const void *data, size_t len) { return XXH3_64bits(data, len); }

FgIntern *fg_intern_new(void) {
  FgIntern *intern = calloc(1, sizeof(FgIntern));
  if (!intern)
    return NULL;
  intern->nslots = 256;
  intern->slots = calloc(intern->nslots, sizeof(Slot));
  if (!intern->slots) {
    free(intern);
    return NULL;
  }
  return intern;
}

void fg_intern_free(FgIntern *intern) {
  if (!intern)
    return;
  for (size_t i = 0; i < intern->kept; i++)
    free(intern->entries[i].str);
  free(intern->entries);
  free(intern->slots);
  free(intern);
}

void fg_intern_clear(FgIntern *intern) {
  intern->count = 0;
  memset(intern->slots, 0, intern->nslots * sizeof(Slot));
}

static size_t probe(const FgIntern *intern, const char *str, size_t len,
                    uint64_t hash) {
  size_t mask = intern->nslots - 1;
  size_t i = (size_t)hash & mask;
  uint32_t tag = tag_of(hash);
  for (;;) {
    const Slot *slot = &intern->slots[i];
    if (slot->id == 0)
      return i;
    if (slot->tag == tag) {
      const Entry *e = &intern->entries[slot->id - 1];
      if (e->hash == hash && e->len == len && memcmp(e->str, str, len) == 0)
        return i;
    }
    i = (i + 1) & mask;
  }
}

static bool grow_slots(FgIntern *intern) {
  size_t nslots = intern->nslots * 2;
  Slot *slots = calloc(nslots, sizeof(Slot));
  if (!slots)
    return false;
  for (size_t id = 0; id < intern->count; id++) {
    uint64_t hash = intern->entries[id].hash;
    size_t i = (size_t)hash & (nslots - 1);
    while (slots[i].id)
      i = (i + 1) & (nslots - 1);
    slots[i] = (Slot){(uint32_t)id + 1, tag_of(hash)};
  }
  free(intern->slots);
  intern->slots = slots;
  intern->nslots = nslots;
  return true;
}

uint32_t fg_intern_find(const FgIntern *intern, const char *str, size_t len) {
  size_t i = probe(intern, str, len, fg_hash(str, len));
  return intern->slots[i].id ? intern->slots[i].id - 1 : FG_NO_ID;
}

uint32_t fg_intern_add(FgIntern *intern, const char *str, size_t len) {
  uint64_t hash = fg_hash(str, len);
  size_t i = probe(intern, str, len, hash);
  if (intern->slots[i].id)
    return intern->slots[i].id - 1;
  if (intern->count >= UINT32_MAX - 1 || len >= UINT32_MAX)
    return FG_NO_ID;
  if (intern->count == intern->cap) {
    size_t cap = intern->cap ? intern->cap * 2 : 64;
    Entry *entries = realloc(intern->entries, cap * sizeof(Entry));
    if (!entries)
      return FG_NO_ID;
    intern->entries = entries;
    intern->cap = cap;
  }
  uint32_t id = (uint32_t)intern->count;
  Entry *e = &intern->entries[id];
  if (id >= intern->kept)
    *e = (Entry){NULL, 0, 0, 0};
  if (e->size <= len) {
    char *copy = realloc(e->str, len + 1);
    if (!copy)
      return FG_NO_ID;
    *e = (Entry){copy, 0, (uint32_t)len + 1, 0};
  }
  memcpy(e->str, str, len);
  e->str[len] = '\0';
  e->len = (uint32_t)len;
  e->hash = hash;
  intern->count++;
  if (intern->kept < intern->count)
    intern->kept = intern->count;
  intern->slots[i] = (Slot){id + 1, tag_of(hash)};
  /* Keep the load factor under one half so probes stay short. */
  if (intern->count * 2 > intern->nslots && !grow_slots(intern)) {
    /* The entry is in; a failed grow only makes probing slower until full. */
    if (intern->count + 1 >= intern->nslots)
      return FG_NO_ID;
  }
  return id;
}

uint32_t fg_intern_add_str(FgIntern *intern, const char *str) {
  return fg_intern_add(intern, str, strlen(str));
}

const char *fg_intern_str(const FgIntern *intern, uint32_t id) {
  return id < intern->count ? intern->entries[id].str : NULL;
}

size_t fg_intern_count(const FgIntern *intern) { return intern->count; }
