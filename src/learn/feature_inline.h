/* SPDX-License-Identifier: MIT */
/* fg_feature_key (feature.h) of one and two atoms, nearly every template,
 * inline for the decoders' feature loops: the call and the byte copies
 * cost about as much as the hash. The same keys, at a constant length so
 * that the inlined XXH3 drops its dispatch on the length. */
#ifndef FG_LEARN_FEATURE_INLINE_H
#define FG_LEARN_FEATURE_INLINE_H

#include <stdint.h>
#include <string.h>

#ifndef XXH_INLINE_ALL
#define XXH_INLINE_ALL
#endif
#include <xxhash.h>

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define FG_FEATURE_KEY_INLINE 1

static inline uint64_t fg_feature_key1(uint64_t seed, uint32_t template_id,
                                       uint64_t a) {
  uint8_t bytes[12];
  memcpy(bytes, &template_id, 4);
  memcpy(bytes + 4, &a, 8);
  return XXH3_64bits_withSeed(bytes, 12, seed);
}

static inline uint64_t fg_feature_key2(uint64_t seed, uint32_t template_id,
                                       uint64_t a, uint64_t b) {
  uint8_t bytes[20];
  memcpy(bytes, &template_id, 4);
  memcpy(bytes + 4, &a, 8);
  memcpy(bytes + 12, &b, 8);
  return XXH3_64bits_withSeed(bytes, 20, seed);
}
#endif

#endif
