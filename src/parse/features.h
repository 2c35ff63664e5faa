/* SPDX-License-Identifier: MIT */
/* Parser features: the atoms of each word, computed once per sentence,
 * then Zhang & Nivre (2011) templates over the arc-hybrid state (words,
 * tags, distance, valency, second-order dependents and label sets), each
 * template a row of a static table. A feature is an exact 64-bit key: a
 * seeded multiply-xorshift mix of the template id and up to three atom
 * values (cheaper than XXH3 over a key buffer, at 100 keys per move; the
 * template hash names this mix, so a change refuses old models). */
#ifndef FG_PARSE_FEATURES_H
#define FG_PARSE_FEATURES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nlp/word.h"
#include "parse/arc_hybrid.h"

/* What a word contributes: word (ASCII-lowercased form), Penn tag, UPOS,
 * a three-byte suffix and the shape, all as hashes. */
typedef struct {
  uint64_t word, tag, upos, suffix, shape;
} FgPaAtoms;

/* At most this many keys per state. */
#define FG_PA_MAX_FEATURES 128

/* Fills atoms[0..n+1]: 0 is the root, 1..n the words, n + 1 "none". */
void fg_pa_atoms(const FgWord *words, uint32_t n, FgPaAtoms *atoms);

/* Writes the state's feature keys to keys[] and returns their count; seed
 * is the model's hash seed. */
size_t fg_pa_features(const FgHyState *st, const FgPaAtoms *atoms,
                      uint64_t seed, uint64_t *keys);

/* The decoder's split of the templates by what their values depend on.
 * Words are pushed once and only the top of the stack or the buffer's
 * first word gains dependents (s0 only right ones once pushed), so:
 *   STACK   reads s0 (but not its right dependents), s1, s2 and their
 *           dependents, the s1-s0 distance: the same in every state with
 *           the same s0;
 *   BUFFER  reads n0 (but not its dependents), n1, n2: the same in every
 *           state with the same first buffer word;
 *   STATE   the rest.
 * So the decoder scores the first two groups once per s0 and per n0. */
enum { FG_PA_STATE, FG_PA_STACK, FG_PA_BUFFER, FG_PA_GROUPS };

/* The templates of each group, in table order, and the values each
 * reads (atoms[0..3): the indexes into fg_pa_values' array, 0 unused). */
typedef struct {
  uint8_t count[FG_PA_GROUPS];
  uint8_t templates[FG_PA_GROUPS][FG_PA_MAX_FEATURES];
  uint8_t atoms[3][FG_PA_GROUPS][FG_PA_MAX_FEATURES];
  bool simd; /* fg_pa_group_keys may use AVX-512 (tests clear it) */
} FgPaPlan;

void fg_pa_plan(FgPaPlan *plan);

/* The values the templates read in a state (fg_pa_values), then the keys
 * of one group's templates from them (their count): the same keys as
 * fg_pa_features gives those templates. */
#define FG_PA_VALUES 151
void fg_pa_values(const FgHyState *st, const FgPaAtoms *atoms, uint64_t *v);
size_t fg_pa_group_keys(const FgPaPlan *plan, unsigned group, const uint64_t *v,
                        uint64_t seed, uint64_t *keys);

/* A hash of the template table, stored in the model so that a model
 * trained with other templates refuses to load. */
uint64_t fg_pa_template_hash(void);

#endif
