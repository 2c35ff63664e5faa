/* SPDX-License-Identifier: MIT */
/* The recognizer's moves: one per word, O or B/I/L/U of an entity type
 * (Ratinov & Roth 2009; spaCy v1 ner.pyx). A move is valid only where it
 * keeps the labelling well formed, so decoding takes the best valid move
 * and never repairs afterwards. Spans and IOB2 exist only at the edges. */
#ifndef FG_NER_BILOU_H
#define FG_NER_BILOU_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nlp/word.h"

enum { FG_BILOU_O = 0, FG_BILOU_B, FG_BILOU_I, FG_BILOU_L, FG_BILOU_U };

/* Types are FG_NER_PERSON .. FG_NER_EVENT; move 0 is O, then 4 per type. */
#define FG_NER_TYPES (FG_NER_COUNT - 1)
#define FG_NER_MOVES (1 + 4 * FG_NER_TYPES)

typedef struct {
  uint32_t begin, end; /* word indices, end exclusive */
  uint8_t type;        /* FgNerType */
} FgNerSpan;

static inline unsigned fg_bilou_move(unsigned kind, unsigned type) {
  return kind == FG_BILOU_O ? 0 : 1 + (type - 1) * 4 + (kind - 1);
}
static inline unsigned fg_bilou_kind(unsigned move) {
  return move == 0 ? FG_BILOU_O : 1 + (move - 1) % 4;
}
static inline unsigned fg_bilou_type(unsigned move) {
  return move == 0 ? FG_NER_NONE : 1 + (move - 1) / 4;
}

/* Marks in valid[FG_NER_MOVES] the moves allowed at word i of n after the
 * move prev (FG_NER_MOVES for "no word before"): inside an entity only I
 * or L of its type; outside only O, U, or B when a word follows. Returns
 * the number of valid moves (at least 1 for i < n). */
unsigned fg_bilou_valid(unsigned prev, size_t i, size_t n,
                        uint8_t valid[FG_NER_MOVES]);

/* The moves of n words with these spans (sorted, non-overlapping, inside
 * 0..n, non-empty); false when the spans break that rule. */
bool fg_bilou_from_spans(const FgNerSpan *spans, size_t count, size_t n,
                         uint8_t *moves);

/* Writes ner_type and ner_iob of each word from a well-formed move
 * sequence (as the valid-move masks guarantee). */
void fg_bilou_to_words(const uint8_t *moves, FgWord *words, size_t n);

/* The spans of words' IOB2 labels; an I without a B of the same type
 * before it starts a span (the conlleval reading). Writes at most n spans
 * and returns their number. */
size_t fg_spans_from_words(const FgWord *words, size_t n, FgNerSpan *spans);

#endif
