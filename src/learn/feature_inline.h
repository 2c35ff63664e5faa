/* SPDX-License-Identifier: MIT */
/* fg_feature_key (feature.h) of one and two atoms, nearly every template,
 * inline for the decoders' feature loops: the call and the byte copies
 * cost about as much as the hash. The same keys, computed in registers:
 * XXH3's steps for 12 bytes (len_9to16) and 20 bytes (len_17to128: 16
 * bytes from the start, 16 from the end), each 8-byte read of the template
 * id and atoms' bytes put together with shifts. (Hashing a byte buffer
 * filled just before cost a failed store-to-load forward per key.) */
#ifndef FG_LEARN_FEATURE_INLINE_H
#define FG_LEARN_FEATURE_INLINE_H

#include <stddef.h>
#include <stdint.h>

#ifndef XXH_INLINE_ALL
#define XXH_INLINE_ALL
#endif
#include <xxhash.h>

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define FG_FEATURE_KEY_INLINE 1

#define FG_XXH3_SECRET(at) XXH_readLE64(XXH3_kSecret + (at))

/* XXH3 of 9 to 16 bytes whose first 8 read as lo and last 8 as hi. */
static inline uint64_t fg_xxh3_9to16(uint64_t seed, uint64_t lo, uint64_t hi,
                                     size_t len) {
  lo ^= (FG_XXH3_SECRET(24) ^ FG_XXH3_SECRET(32)) + seed;
  hi ^= (FG_XXH3_SECRET(40) ^ FG_XXH3_SECRET(48)) - seed;
  return XXH3_avalanche(len + XXH_swap64(lo) + hi + XXH3_mul128_fold64(lo, hi));
}

/* XXH3's 16-byte mix of the words lo, hi against the secret at byte at. */
static inline uint64_t fg_xxh3_mix16(uint64_t seed, uint64_t lo, uint64_t hi,
                                     size_t at) {
  return XXH3_mul128_fold64(lo ^ (FG_XXH3_SECRET(at) + seed),
                            hi ^ (FG_XXH3_SECRET(at + 8) - seed));
}

static inline uint64_t fg_feature_key1(uint64_t seed, uint32_t template_id,
                                       uint64_t a) {
  return fg_xxh3_9to16(seed, template_id | a << 32, a, 12);
}

static inline uint64_t fg_feature_key2(uint64_t seed, uint32_t template_id,
                                       uint64_t a, uint64_t b) {
  return XXH3_avalanche(
      20 * XXH_PRIME64_1 +
      fg_xxh3_mix16(seed, template_id | a << 32, a >> 32 | b << 32, 0) +
      fg_xxh3_mix16(seed, a, b, 16));
}
#endif

#endif
