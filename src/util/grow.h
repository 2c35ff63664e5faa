/* Growable arrays: one helper instead of a realloc ladder per array. */
#ifndef FG_UTIL_GROW_H
#define FG_UTIL_GROW_H

#include <stddef.h>

/* Makes room for item number count + 1 of an array of elem-sized items
 * with capacity *cap, doubling it (16 at first) when full. Returns the
 * array, maybe moved, or NULL when memory runs out or the size would
 * overflow; the old array and *cap are then unchanged. Usage:
 *   T *grown = fg_grow(arr, n, &cap, sizeof *arr); if (!grown) fail; arr = grown; */
void *fg_grow(void *items, size_t count, size_t *cap, size_t elem);

#endif
