/* SPDX-License-Identifier: MIT */
#include "ner/hashkeys.h"

#include <stdlib.h>

FgStatus fg_ner_hashkeys_read(FgLeCursor *c, size_t len, size_t per, uint64_t **keys,
                              uint32_t *count) {
  *keys = NULL;
  uint32_t n = fg_le_u32(c);
  if (c->failed || (len - 4) / (8 + per) != n || (len - 4) % (8 + per) != 0)
    return FG_ERR_SYNTAX;
  uint64_t *k = malloc(((size_t)n + 1) * sizeof *k);
  if (!k)
    return FG_ERR_NOMEM;
  for (uint32_t i = 0; i < n; i++) {
    k[i] = fg_le_u64(c);
    if (i && k[i] <= k[i - 1]) {
      free(k);
      return FG_ERR_SYNTAX;
    }
  }
  *keys = k;
  *count = n;
  return FG_OK;
}

size_t fg_ner_hashkeys_find(const uint64_t *keys, size_t count, uint64_t key) {
  size_t lo = 0, hi = count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (keys[mid] < key)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < count && keys[lo] == key ? lo : count;
}
