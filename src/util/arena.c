/* SPDX-License-Identifier: MIT */
#include "arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define BLOCK_SIZE ((size_t)64 * 1024)
#define ALIGN alignof(max_align_t)

typedef struct Block {
  struct Block *next;
  size_t used;
  size_t size;
  alignas(max_align_t) unsigned char data[];
} Block;

struct FgArena {
  Block *head;
  Block *spare; /* emptied standard blocks, reused before new ones */
};

FgArena *fg_arena_new(void) { return calloc(1, sizeof(FgArena)); }

static void free_blocks(Block *block) {
  while (block) {
    Block *next = block->next;
    free(block);
    block = next;
  }
}

/* Standard blocks are kept for the next document, so that a run does not
 * allocate (and fault in) fresh memory per document; with FG_ARENA_MALLOC
 * everything goes, so that AddressSanitizer sees use after reset. */
void fg_arena_reset(FgArena *arena) {
  if (!arena)
    return;
  Block *block = arena->head;
  arena->head = NULL;
  while (block) {
    Block *next = block->next;
#ifdef FG_ARENA_MALLOC
    free(block);
#else
    if (block->size == BLOCK_SIZE) {
      block->used = 0;
      block->next = arena->spare;
      arena->spare = block;
    } else {
      free(block);
    }
#endif
    block = next;
  }
}

void fg_arena_free(FgArena *arena) {
  if (!arena)
    return;
  free_blocks(arena->head);
  free_blocks(arena->spare);
  free(arena);
}

static Block *new_block(size_t size) {
  Block *block = malloc(sizeof(Block) + size);
  if (!block)
    return NULL;
  block->next = NULL;
  block->used = 0;
  block->size = size;
  return block;
}

void *fg_arena_alloc_raw(FgArena *arena, size_t size) {
  if (size > SIZE_MAX / 2)
    return NULL;
  size_t rounded = (size + ALIGN - 1) / ALIGN * ALIGN;
  if (rounded == 0)
    rounded = ALIGN;
#ifdef FG_ARENA_MALLOC
  Block *block = new_block(size);
  if (!block)
    return NULL;
  block->next = arena->head;
  arena->head = block;
  return block->data;
#else
  Block *head = arena->head;
  if (!head || head->size - head->used < rounded) {
    size_t size_needed = rounded > BLOCK_SIZE ? rounded : BLOCK_SIZE;
    Block *block = size_needed == BLOCK_SIZE ? arena->spare : NULL;
    if (block)
      arena->spare = block->next;
    else
      block = new_block(size_needed);
    if (!block)
      return NULL;
    /* A big one-off allocation goes behind the head so the head's free
     * space is not wasted. */
    if (head && rounded > BLOCK_SIZE) {
      block->next = head->next;
      head->next = block;
    } else {
      block->next = head;
      arena->head = block;
    }
    head = block;
  }
  void *mem = head->data + head->used;
  head->used += rounded;
  return mem;
#endif
}

void *fg_arena_alloc(FgArena *arena, size_t size) {
  void *mem = fg_arena_alloc_raw(arena, size);
  if (mem)
    memset(mem, 0, size);
  return mem;
}

void *fg_arena_calloc(FgArena *arena, size_t n, size_t size) {
  if (size && n > SIZE_MAX / size)
    return NULL;
  return fg_arena_alloc(arena, n * size);
}

char *fg_arena_strndup(FgArena *arena, const char *str, size_t len) {
  char *copy = fg_arena_alloc_raw(arena, len + 1);
  if (!copy)
    return NULL;
  memcpy(copy, str, len);
  copy[len] = '\0';
  return copy;
}

char *fg_arena_strdup(FgArena *arena, const char *str) {
  return fg_arena_strndup(arena, str, strlen(str));
}
