/* SPDX-License-Identifier: MIT */
/* The decoder's cache-friendly weight table (see table.h). */
#include "parse/table.h"

#include <stdlib.h>
#include <string.h>

#include "learn/le.h"

static size_t slot_of(uint64_t key, size_t mask) {
  return (size_t)(key ^ key >> 31) & mask;
}

FgStatus fg_pa_table_build(FgPaTable *t, const FgWeights *w) {
  memset(t, 0, sizeof *t);
  t->n_classes = fg_weights_classes(w);
  t->n_features = fg_weights_features(w);
  size_t size = 16;
  while (size < 2 * t->n_features)
    size *= 2;
  for (size_t i = 0; i < t->n_features; i++)
    t->n_entries += fg_weights_row(w, i).count;
  t->slots = calloc(size, sizeof *t->slots);
  t->entries = malloc((t->n_entries + 1) * sizeof *t->entries);
  if (!t->slots || !t->entries) {
    fg_pa_table_clear(t);
    return FG_ERR_NOMEM;
  }
  t->mask = size - 1;
  uint32_t at = 0;
  for (size_t i = 0; i < t->n_features; i++) {
    FgWeightRow r = fg_weights_row(w, i);
    size_t s = slot_of(r.key, t->mask);
    while (t->slots[s].count)
      s = (s + 1) & t->mask;
    t->slots[s] = (FgPaTableSlot){r.key, at, r.count};
    for (uint32_t e = 0; e < r.count; e++)
      t->entries[at++] = (FgPaTableEntry){r.weights[e], r.classes[e]};
  }
  return FG_OK;
}

void fg_pa_table_clear(FgPaTable *t) {
  free(t->slots);
  free(t->entries);
  memset(t, 0, sizeof *t);
}

void fg_pa_table_score(const FgPaTable *t, const uint64_t *keys, size_t n,
                       int64_t *scores) {
  size_t at[FG_PA_TABLE_MAX_KEYS];
  const FgPaTableSlot *found[FG_PA_TABLE_MAX_KEYS];
  if (n > FG_PA_TABLE_MAX_KEYS)
    n = FG_PA_TABLE_MAX_KEYS;
  for (size_t k = 0; k < n; k++) {
    at[k] = slot_of(keys[k], t->mask);
    __builtin_prefetch(&t->slots[at[k]]);
  }
  for (size_t k = 0; k < n; k++) {
    size_t s = at[k];
    while (t->slots[s].count && t->slots[s].key != keys[k])
      s = (s + 1) & t->mask;
    found[k] = t->slots[s].count ? &t->slots[s] : NULL;
    if (found[k])
      __builtin_prefetch(&t->entries[found[k]->start]);
  }
  for (size_t k = 0; k < n; k++) {
    if (!found[k])
      continue;
    const FgPaTableEntry *e = &t->entries[found[k]->start];
    for (uint32_t j = 0; j < found[k]->count; j++)
      scores[e[j].cls] += e[j].weight;
  }
}

static int by_key(const void *a, const void *b) {
  uint64_t x = (*(const FgPaTableSlot *const *)a)->key;
  uint64_t y = (*(const FgPaTableSlot *const *)b)->key;
  return x < y ? -1 : x > y;
}

FgStatus fg_pa_table_encode(const FgPaTable *t, FgBuf *out) {
  fg_buf_clear(out);
  const FgPaTableSlot **rows = malloc((t->n_features + 1) * sizeof *rows);
  if (!rows)
    return FG_ERR_NOMEM;
  size_t n = 0;
  for (size_t s = 0; s <= t->mask && t->slots; s++)
    if (t->slots[s].count)
      rows[n++] = &t->slots[s];
  qsort(rows, n, sizeof *rows, by_key);
  bool ok = fg_le_put_u32(out, t->n_classes) &&
            fg_le_put_u32(out, (uint32_t)n) &&
            fg_le_put_u32(out, (uint32_t)t->n_entries) &&
            fg_le_put_u32(out, FG_WEIGHT_SCALE);
  for (size_t i = 0; ok && i < n; i++)
    ok = fg_le_put_u64(out, rows[i]->key);
  uint32_t end = 0;
  for (size_t i = 0; ok && i < n; i++) {
    end += rows[i]->count;
    ok = fg_le_put_u32(out, end);
  }
  for (size_t i = 0; ok && i < n; i++)
    for (uint32_t e = 0; ok && e < rows[i]->count; e++)
      ok = fg_le_put_u16(out, (uint16_t)t->entries[rows[i]->start + e].cls);
  ok = ok && fg_le_pad(out, 4);
  for (size_t i = 0; ok && i < n; i++)
    for (uint32_t e = 0; ok && e < rows[i]->count; e++)
      ok = fg_le_put_i32(out, t->entries[rows[i]->start + e].weight);
  free(rows);
  return ok ? FG_OK : FG_ERR_NOMEM;
}
