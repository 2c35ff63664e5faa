/* SPDX-License-Identifier: MIT */
#include "learn/feature.h"

#include <string.h>

#include "learn/feature_inline.h"

uint64_t fg_hash_seeded(const void *data, size_t len, uint64_t seed) {
  return XXH3_64bits_withSeed(data, len, seed);
}

static void put(FgKey *key, uint64_t value, int bytes) {
  /* Overflow cannot happen for the templates' few atoms; if it ever does,
   * the earlier bytes are folded into one hash so the key stays exact. */
  if (key->len + (size_t)bytes > FG_KEY_BYTES) {
    uint64_t folded = XXH3_64bits(key->bytes, key->len);
    key->len = 0;
    put(key, folded, 8);
  }
  for (int i = 0; i < bytes; i++)
    key->bytes[key->len++] = (uint8_t)(value >> (8 * i));
}

void fg_key_begin(FgKey *key, uint32_t template_id) {
  key->len = 0;
  put(key, template_id, 4);
}

void fg_key_add_u64(FgKey *key, uint64_t value) { put(key, value, 8); }

void fg_key_add_str(FgKey *key, const char *str, size_t len) {
  if (len > FG_KEY_MAX_STR) {
    put(key, UINT32_MAX, 4);
    put(key, XXH3_64bits(str, len), 8);
    return;
  }
  put(key, (uint32_t)len, 4);
  if (key->len + len > FG_KEY_BYTES) {
    uint64_t folded = XXH3_64bits(key->bytes, key->len);
    key->len = 0;
    put(key, folded, 8);
  }
  memcpy(key->bytes + key->len, str, len);
  key->len += len;
}

uint64_t fg_key_end(const FgKey *key, uint64_t seed) {
  return XXH3_64bits_withSeed(key->bytes, key->len, seed);
}

uint64_t fg_feature_key(uint64_t seed, uint32_t template_id,
                        const uint64_t *atoms, size_t n) {
  /* The bytes fg_key_* would build, without their bookkeeping, while no
   * fold is needed (every template has a few atoms): the same key. */
  if (n <= (FG_KEY_BYTES - 4) / 8) {
    uint8_t bytes[FG_KEY_BYTES];
#if defined(FG_FEATURE_KEY_INLINE)
    if (n == 1)
      return fg_feature_key1(seed, template_id, atoms[0]);
    if (n == 2)
      return fg_feature_key2(seed, template_id, atoms[0], atoms[1]);
    memcpy(bytes, &template_id, 4); /* one store each: already in order */
    if (n)
      memcpy(bytes + 4, atoms, 8 * n);
#else
    for (int i = 0; i < 4; i++)
      bytes[i] = (uint8_t)(template_id >> (8 * i));
    for (size_t a = 0; a < n; a++)
      for (int i = 0; i < 8; i++)
        bytes[4 + 8 * a + (size_t)i] = (uint8_t)(atoms[a] >> (8 * i));
#endif
    return XXH3_64bits_withSeed(bytes, 4 + 8 * n, seed);
  }
  FgKey key;
  fg_key_begin(&key, template_id);
  for (size_t i = 0; i < n; i++)
    fg_key_add_u64(&key, atoms[i]);
  return fg_key_end(&key, seed);
}

static uint64_t splitmix(uint64_t *state) {
  uint64_t z = (*state += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

FgRng fg_rng_init(uint64_t seed, uint64_t stream) {
  uint64_t s = seed;
  FgRng rng = {splitmix(&s) ^ (stream * 0xd1342543de82ef95ull)};
  return rng;
}

uint64_t fg_rng_next(FgRng *rng) { return splitmix(&rng->state); }

uint64_t fg_rng_below(FgRng *rng, uint64_t bound) {
  if (bound == 0)
    return 0;
  uint64_t limit = UINT64_MAX - UINT64_MAX % bound; /* reject the tail */
  uint64_t r;
  do
    r = fg_rng_next(rng);
  while (r >= limit);
  return r % bound;
}

void fg_shuffle_u32(uint32_t *items, size_t n, FgRng *rng) {
  for (size_t i = n; i > 1; i--) {
    size_t j = (size_t)fg_rng_below(rng, i);
    uint32_t tmp = items[i - 1];
    items[i - 1] = items[j];
    items[j] = tmp;
  }
}
