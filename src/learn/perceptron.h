/* SPDX-License-Identifier: MIT */
/* Multi-class averaged perceptron (Collins 2002) over exact 64-bit feature
 * keys, in two forms.
 *
 * Training (FgPerceptron, mutable): int32 weights, int64 running totals and
 * lazy per-weight timestamps, so averaging costs O(1) per update. Each
 * fg_perceptron_learn call is one training instance: the clock advances,
 * and when guess != truth every key moves +1 toward truth and -1 away from
 * guess. fg_perceptron_score uses the current (not averaged) weights.
 *
 * Freezing: fg_perceptron_freeze writes the averaged weights as one model
 * section (see model.h), dropping features updated fewer than min_updates
 * times and weights that round to zero. Section layout, little-endian:
 *   u32 classes, u32 features, u32 nonzero, u32 scale (FG_WEIGHT_SCALE)
 *   u64 key[features]        strictly increasing
 *   u32 row_end[features]    cumulative, last = nonzero, each row >= 1
 *   u16 class[nonzero]       strictly increasing within a row, < classes
 *   zero padding to 4 bytes
 *   i32 weight[nonzero]      round(average * scale)
 * Same training, same bytes.
 *
 * Decoding (FgWeights, immutable): loaded from such a section into a
 * feature-major open-addressing table whose rows are contiguous; one
 * lookup adds a feature's weight to every class it has (perceptron.c says
 * how it is laid out). Safe to share between threads. */
#ifndef FG_LEARN_PERCEPTRON_H
#define FG_LEARN_PERCEPTRON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "factgraph/status.h"
#include "learn/model.h"
#include "util/buf.h"

#define FG_WEIGHT_SCALE 1000u
#define FG_PERCEPTRON_MAX_CLASSES 65535u

typedef struct FgPerceptron FgPerceptron;

/* NULL when out of memory or nclasses is 0 or above the maximum. */
FgPerceptron *fg_perceptron_new(uint32_t nclasses);
void fg_perceptron_free(FgPerceptron *p);
uint32_t fg_perceptron_classes(const FgPerceptron *p);
/* Number of features with at least one weight. */
size_t fg_perceptron_features(const FgPerceptron *p);

/* Adds the current weights of the n keys to scores[0..classes). */
void fg_perceptron_score(const FgPerceptron *p, const uint64_t *keys, size_t n,
                         int64_t *scores);
/* One instance: advances the clock, updates when guess != truth.
 * FG_ERR_USAGE for a class out of range, FG_ERR_NOMEM. */
FgStatus fg_perceptron_learn(FgPerceptron *p, const uint64_t *keys, size_t n,
                             uint32_t truth, uint32_t guess);
/* The averaged weights as a section (out is cleared first). */
FgStatus fg_perceptron_freeze(const FgPerceptron *p, uint32_t min_updates,
                              FgBuf *out);

typedef struct FgWeights FgWeights;

/* Validates and loads a frozen section. model and section_id only name the
 * place in error messages (model may be NULL: no message). */
FgStatus fg_weights_load(const uint8_t *data, size_t len,
                         const FgModel *model, uint32_t section_id,
                         FgWeights **out);
void fg_weights_free(FgWeights *w);
/* Scores without AVX2 even where the processor has it (tests compare the
 * paths; the sums and classes are the same). */
void fg_weights_disable_avx2(FgWeights *w);
/* Adds a bit per bucket of key values (16 buckets or more per key of
 * the model), set where the model has a key: scoring then drops a key
 * whose bit is clear before probing the table, where it would often
 * miss the cache. Worth it where many keys are absent (the recognizer:
 * 3 in 10); the sums are the same. FG_ERR_NOMEM. */
FgStatus fg_weights_filter_absent_keys(FgWeights *w);
uint32_t fg_weights_classes(const FgWeights *w);
size_t fg_weights_features(const FgWeights *w);
/* Adds the weights of the n keys to scores[0..classes). */
void fg_weights_score(const FgWeights *w, const uint64_t *keys, size_t n,
                      int64_t *scores);
/* The class with the highest sum of the n keys' weights (ties: the
 * lowest), as fg_argmax(scores, NULL, classes) after fg_weights_score into
 * zeroed scores; without the int64 scores where int32 sums are exact (at
 * most 256 classes and 128 keys, weights small enough), else with them
 * (scores: room for the classes, its contents left undefined). */
uint32_t fg_weights_best(const FgWeights *w, const uint64_t *keys, size_t n,
                         int64_t *scores);
/* The index of the highest score among classes with allowed[c] != 0
 * (allowed NULL: all); ties go to the lowest index. */
uint32_t fg_argmax(const int64_t *scores, const uint8_t *allowed, uint32_t n);

/* Row i in key order, for dumps: its key and its count weights, read
 * with the two functions below (j < count, classes increasing). */
typedef struct {
  uint64_t key;
  const uint32_t *data; /* the row's weights and classes (perceptron.c) */
  uint32_t count;
  unsigned form;
  uint32_t span;
} FgWeightRow;
FgWeightRow fg_weights_row(const FgWeights *w, size_t i);
uint32_t fg_weight_row_class(const FgWeightRow *row, uint32_t j);
int32_t fg_weight_row_weight(const FgWeightRow *row, uint32_t j);
/* The loaded weights again as a section (out is cleared first): the bytes
 * they were loaded from. */
FgStatus fg_weights_encode(const FgWeights *w, FgBuf *out);

#endif
