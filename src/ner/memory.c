/* SPDX-License-Identifier: MIT */
#include "ner/memory.h"

#include <stdbool.h>
#include <stdlib.h>

#include "util/intern.h"

typedef struct {
  uint64_t key; /* 0: empty */
  uint8_t type;
} Slot;

struct FgNerMemory {
  Slot *slots;
  size_t cap; /* a power of two */
  size_t used;
};

static uint64_t form_key(const char *form, size_t len) {
  uint64_t h = fg_hash(form, len);
  return h ? h : 1;
}

static Slot *probe(Slot *slots, size_t cap, uint64_t key) {
  size_t i = key & (cap - 1);
  while (slots[i].key != key && slots[i].key != 0)
    i = (i + 1) & (cap - 1);
  return &slots[i];
}

FgNerMemory *fg_ner_memory_new(void) {
  FgNerMemory *m = calloc(1, sizeof *m);
  if (!m)
    return NULL;
  m->cap = 256;
  m->slots = calloc(m->cap, sizeof *m->slots);
  if (!m->slots) {
    free(m);
    return NULL;
  }
  return m;
}

void fg_ner_memory_free(FgNerMemory *memory) {
  if (!memory)
    return;
  free(memory->slots);
  free(memory);
}

void fg_ner_memory_clear(FgNerMemory *memory) {
  if (!memory || memory->used == 0)
    return;
  for (size_t i = 0; i < memory->cap; i++)
    memory->slots[i] = (Slot){0, 0};
  memory->used = 0;
}

unsigned fg_ner_memory_get(const FgNerMemory *memory, const char *form,
                           size_t len) {
  if (!memory)
    return FG_NER_NONE;
  return probe(memory->slots, memory->cap, form_key(form, len))->type;
}

static bool grow(FgNerMemory *m) {
  size_t cap = m->cap * 2;
  Slot *slots = calloc(cap, sizeof *slots);
  if (!slots)
    return false;
  for (size_t i = 0; i < m->cap; i++)
    if (m->slots[i].key)
      *probe(slots, cap, m->slots[i].key) = m->slots[i];
  free(m->slots);
  m->slots = slots;
  m->cap = cap;
  return true;
}

static bool name_like(const char *form) {
  unsigned char c = (unsigned char)form[0];
  return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

FgStatus fg_ner_memory_add(FgNerMemory *memory, const FgWord *words,
                           const FgNerSpan *spans, size_t count) {
  if (!memory)
    return FG_OK;
  for (size_t s = 0; s < count; s++)
    for (uint32_t i = spans[s].begin; i < spans[s].end; i++) {
      if (!name_like(words[i].form))
        continue;
      Slot *slot = probe(memory->slots, memory->cap,
                         form_key(words[i].form, words[i].form_len));
      if (slot->key == 0) {
        if (memory->used >= FG_NER_MEMORY_MAX)
          continue;
        if ((memory->used + 1) * 2 > memory->cap) {
          if (!grow(memory))
            return FG_ERR_NOMEM;
          slot = probe(memory->slots, memory->cap,
                       form_key(words[i].form, words[i].form_len));
        }
        slot->key = form_key(words[i].form, words[i].form_len);
        memory->used++;
      }
      slot->type = spans[s].type;
    }
  return FG_OK;
}
