/* SPDX-License-Identifier: MIT */
/* Bump allocator for per-document scratch (tokens, sentences, mentions).
 * Build with -DFG_ARENA_MALLOC to get one malloc per allocation, so that
 * AddressSanitizer sees every overflow (link-grammar's POOL_ALLOCATOR=0). */
#ifndef FG_UTIL_ARENA_H
#define FG_UTIL_ARENA_H

#include <stddef.h>

typedef struct FgArena FgArena;

FgArena *fg_arena_new(void);
void fg_arena_free(FgArena *arena);
/* Releases everything allocated so far; the arena stays usable. */
void fg_arena_reset(FgArena *arena);
/* Zeroed, max-aligned memory, or NULL when out of memory. */
void *fg_arena_alloc(FgArena *arena, size_t size);
/* The same, not zeroed: for arrays written before they are read, where
 * zeroing cost more than filling (a document's tokens and norms). */
void *fg_arena_alloc_raw(FgArena *arena, size_t size);
/* n * size with overflow check. */
void *fg_arena_calloc(FgArena *arena, size_t n, size_t size);
char *fg_arena_strndup(FgArena *arena, const char *str, size_t len);
char *fg_arena_strdup(FgArena *arena, const char *str);

#endif
