/* SPDX-License-Identifier: MIT */
/* Exact-span scoring of names: a predicted span counts only when a gold
 * span has the same first word, last word and type. Types pass through a
 * map first, so that Country and Place can count as one type, or the
 * recognizer's types can be scored against PER/ORG/LOC data. */
#ifndef FG_NER_EVAL_H
#define FG_NER_EVAL_H

#include <stddef.h>
#include <stdint.h>

#include "ner/bilou.h"

typedef struct {
  uint64_t tp[FG_NER_COUNT], fp[FG_NER_COUNT], fn[FG_NER_COUNT];
} FgNerScore;

/* map[type] gives the type a span is scored as; FG_NER_NONE drops it. */
typedef uint8_t FgNerTypeMap[FG_NER_COUNT];
/* Every type as itself. */
extern const FgNerTypeMap FG_NER_MAP_STRICT;
/* Country counted as Place. */
extern const FgNerTypeMap FG_NER_MAP_LOCATION;
/* PER/ORG/LOC (as Person, Organization, Place): Country as Place, Event
 * dropped. */
extern const FgNerTypeMap FG_NER_MAP_UNER;

/* Adds one sentence's gold and predicted spans (each sorted and
 * non-overlapping, as fg_spans_from_words gives them). */
void fg_ner_score_add(FgNerScore *score, const FgNerSpan *gold,
                      size_t gold_count, const FgNerSpan *pred,
                      size_t pred_count, const FgNerTypeMap map);

typedef struct {
  uint64_t tp, fp, fn;
  double precision, recall, f1; /* percentages; 0 when undefined */
} FgNerPrf;

/* The figures of one type, or of all types (FG_NER_NONE: micro average). */
FgNerPrf fg_ner_score_prf(const FgNerScore *score, unsigned type);

#endif
