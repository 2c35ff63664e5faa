/* SPDX-License-Identifier: MIT */
#include "grow.h"

#include <stdint.h>
#include <stdlib.h>

void *fg_grow(void *items, size_t need, size_t *cap, size_t elem) {
  if (need <= *cap)
    return items;
  size_t new_cap = *cap ? *cap : 16;
  while (new_cap < need) {
    if (new_cap > SIZE_MAX / 2)
      return NULL;
    new_cap *= 2;
  }
  if (new_cap > SIZE_MAX / elem)
    return NULL;
  void *grown = realloc(items, new_cap * elem);
  if (grown)
    *cap = new_cap;
  return grown;
}
