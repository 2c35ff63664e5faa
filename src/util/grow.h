/* SPDX-License-Identifier: MIT */
/* Growable arrays: one helper instead of a realloc ladder per array. */
#ifndef FG_UTIL_GROW_H
#define FG_UTIL_GROW_H

#include <stddef.h>

/* Makes room for need elem-sized items in an array of capacity *cap,
 * doubling it (from 16) until they fit. Returns the array, maybe moved,
 * or NULL when memory runs out or the size would overflow; the old array
 * and *cap are then unchanged. New slots are not initialised. Usage:
 *   T *grown = fg_grow(arr, n + 1, &cap, sizeof *arr); if (!grown) fail; arr = grown; */
void *fg_grow(void *items, size_t need, size_t *cap, size_t elem);

#endif
