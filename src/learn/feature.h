/* SPDX-License-Identifier: MIT */
/* Feature keys and reproducible randomness for training.
 *
 * A feature key is the XXH3-64 (seeded with the model's hash seed) of a
 * template id followed by its atom values, each written little-endian:
 *   FgKey k; fg_key_begin(&k, TEMPLATE_ID);
 *   fg_key_add_u64(&k, word_id); fg_key_add_str(&k, suffix, 3);
 *   uint64_t key = fg_key_end(&k, seed);
 * Keys are exact 64-bit values (no buckets); collisions are negligible.
 * Strings longer than FG_KEY_MAX_STR bytes are replaced by their hash.
 *
 * FgRng is splitmix64: fg_rng_init(seed, stream) mixes a stream number
 * (the epoch) into the seed; fg_rng_below is unbiased; fg_shuffle_u32 is
 * Fisher-Yates. The same seed gives the same order on every platform. */
#ifndef FG_LEARN_FEATURE_H
#define FG_LEARN_FEATURE_H

#include <stddef.h>
#include <stdint.h>

#define FG_KEY_BYTES 128
#define FG_KEY_MAX_STR 48

typedef struct {
  uint8_t bytes[FG_KEY_BYTES];
  size_t len;
} FgKey;

void fg_key_begin(FgKey *key, uint32_t template_id);
void fg_key_add_u64(FgKey *key, uint64_t value);
/* Adds len bytes with their length, so ("ab","c") and ("a","bc") differ. */
void fg_key_add_str(FgKey *key, const char *str, size_t len);
uint64_t fg_key_end(const FgKey *key, uint64_t seed);

/* The key of a template with up to n 64-bit atoms, in one call. */
uint64_t fg_feature_key(uint64_t seed, uint32_t template_id,
                        const uint64_t *atoms, size_t n);

/* XXH3-64 of bytes under a seed (the model header's hash seed). */
uint64_t fg_hash_seeded(const void *data, size_t len, uint64_t seed);

typedef struct {
  uint64_t state;
} FgRng;

FgRng fg_rng_init(uint64_t seed, uint64_t stream);
uint64_t fg_rng_next(FgRng *rng);
/* Uniform in [0, bound); 0 when bound is 0. */
uint64_t fg_rng_below(FgRng *rng, uint64_t bound);
void fg_shuffle_u32(uint32_t *items, size_t n, FgRng *rng);

#endif
