/* SPDX-License-Identifier: MIT */
/* The greedy decoder over a model, shared by fg_parser_predict and the
 * trainer's dev scoring (a trainer scores with the real decoder). */
#ifndef FG_PARSE_DECODER_H
#define FG_PARSE_DECODER_H

#include "parse/arc_hybrid.h"
#include "parse/features.h"
#include "parse/model.h"

/* Scratch for pieces of up to `cap` words. */
typedef struct {
  uint32_t cap;
  uint32_t *stack;  /* cap + 1 */
  FgHyNode *node;   /* cap + 1 */
  FgPaAtoms *atoms; /* cap + 2 */
  int64_t *scores;  /* 1 + 2 * n_labels */
  /* the STACK and BUFFER groups' scores (features.h) per s0 and per n0:
   * (cap + 2) rows of 1 + 2 * n_labels each, valid where known[] is set
   * (cap + 2 each) */
  int64_t *memo[2];
  uint8_t *known[2];
} FgPaScratch;

/* The best valid class under scores (SHIFT, LEFT(l), RIGHT(l); the root
 * label only for RIGHT from the root, and only there). */
uint32_t fg_pa_best_valid(const FgHyState *st, const int64_t *scores,
                          uint32_t n_labels, uint32_t root_label);

/* Parses words[0..n-1] (n <= scratch->cap) as one piece: heads are
 * 0..n, relative to the piece. */
void fg_pa_decode(const FgPaModel *m, FgWord *words, uint32_t n,
                  FgPaScratch *scratch);

#endif
