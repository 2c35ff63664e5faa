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

/* A hash of the template table, stored in the model so that a model
 * trained with other templates refuses to load. */
uint64_t fg_pa_template_hash(void);

#endif
