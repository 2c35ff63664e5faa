/* SPDX-License-Identifier: MIT */
/* The decoder's weight table: the loaded perceptron weights (learn's
 * FgWeights) laid out again for lookup speed. Scoring one parser state
 * looks up about a hundred keys in a table of a million features, which
 * is bound by cache misses (81% of parse time went to fg_weights_score);
 * here each feature's weights sit next to each other, one slot miss and
 * one row miss per key, and all keys of a state are prefetched together
 * so the misses overlap. */
#ifndef FG_PARSE_TABLE_H
#define FG_PARSE_TABLE_H

#include <stddef.h>
#include <stdint.h>

#include "factgraph/status.h"
#include "learn/perceptron.h"
#include "util/buf.h"

typedef struct {
  uint64_t key;
  uint32_t start, count; /* count 0: empty */
} FgPaTableSlot;

typedef struct {
  int32_t weight;
  uint32_t cls;
} FgPaTableEntry;

typedef struct {
  uint32_t n_classes;
  size_t n_features, n_entries;
  FgPaTableSlot *slots;
  size_t mask;
  FgPaTableEntry *entries;
} FgPaTable;

/* Copies the weights into the table; FG_ERR_NOMEM. */
FgStatus fg_pa_table_build(FgPaTable *t, const FgWeights *w);
void fg_pa_table_clear(FgPaTable *t);

#define FG_PA_TABLE_MAX_KEYS 128
/* Adds the weights of n (<= FG_PA_TABLE_MAX_KEYS) keys to scores. */
void fg_pa_table_score(const FgPaTable *t, const uint64_t *keys, size_t n,
                       int64_t *scores);

/* The weights again as a WGHT section in learn/perceptron.h's layout
 * (keys sorted): the bytes they were loaded from. */
FgStatus fg_pa_table_encode(const FgPaTable *t, FgBuf *out);

#endif
