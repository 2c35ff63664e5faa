/* SPDX-License-Identifier: MIT */
/* Internals shared by the recognizer's decoder and its trainer (which
 * scores dev data with the real decoder). */
#ifndef FG_NER_DECODE_H
#define FG_NER_DECODE_H

#include <stdint.h>

#include "learn/model.h"
#include "learn/perceptron.h"
#include "ner/features.h"

#define FG_NER_SECTION_CONFIG FG_SECTION('N', 'C', 'F', 'G')
#define FG_NER_SECTION_WEIGHTS FG_SECTION('W', 'G', 'H', 'T')
/* The feature-key hash seed of every recognizer model. */
#define FG_NER_HASH_SEED 0x4e45520000000001ULL

/* Greedy decoding of one sentence: the best valid move at each word. */
void fg_ner_decode(const FgWeights *weights, uint64_t seed,
                   const FgNerAtoms *atoms, uint8_t *moves);

#endif
