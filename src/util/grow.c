#include "grow.h"

#include <stdint.h>
#include <stdlib.h>

void *fg_grow(void *items, size_t count, size_t *cap, size_t elem) {
  if (count < *cap)
    return items;
  size_t new_cap = *cap ? *cap * 2 : 16;
  if (new_cap < *cap || new_cap > SIZE_MAX / elem)
    return NULL;
  void *grown = realloc(items, new_cap * elem);
  if (grown)
    *cap = new_cap;
  return grown;
}
