/* SPDX-License-Identifier: MIT */
#include "ner/bilou.h"

unsigned fg_bilou_valid(unsigned prev, size_t i, size_t n,
                        uint8_t valid[FG_NER_MOVES]) {
  for (unsigned m = 0; m < FG_NER_MOVES; m++)
    valid[m] = 0;
  if (i >= n)
    return 0;
  bool last = i + 1 == n;
  unsigned kind = prev < FG_NER_MOVES ? fg_bilou_kind(prev) : FG_BILOU_O;
  unsigned count = 0;
  if (kind == FG_BILOU_B || kind == FG_BILOU_I) {
    unsigned type = fg_bilou_type(prev);
    valid[fg_bilou_move(FG_BILOU_L, type)] = 1;
    count++;
    if (!last) {
      valid[fg_bilou_move(FG_BILOU_I, type)] = 1;
      count++;
    }
    return count;
  }
  valid[0] = 1;
  count++;
  for (unsigned t = 1; t <= FG_NER_TYPES; t++) {
    valid[fg_bilou_move(FG_BILOU_U, t)] = 1;
    count++;
    if (!last) {
      valid[fg_bilou_move(FG_BILOU_B, t)] = 1;
      count++;
    }
  }
  return count;
}

bool fg_bilou_from_spans(const FgNerSpan *spans, size_t count, size_t n,
                         uint8_t *moves) {
  for (size_t i = 0; i < n; i++)
    moves[i] = 0;
  size_t done = 0;
  for (size_t s = 0; s < count; s++) {
    const FgNerSpan *sp = &spans[s];
    if (sp->begin < done || sp->end <= sp->begin || sp->end > n ||
        sp->type == FG_NER_NONE || sp->type >= FG_NER_COUNT)
      return false;
    if (sp->end - sp->begin == 1) {
      moves[sp->begin] = (uint8_t)fg_bilou_move(FG_BILOU_U, sp->type);
    } else {
      moves[sp->begin] = (uint8_t)fg_bilou_move(FG_BILOU_B, sp->type);
      for (size_t i = sp->begin + 1; i + 1 < sp->end; i++)
        moves[i] = (uint8_t)fg_bilou_move(FG_BILOU_I, sp->type);
      moves[sp->end - 1] = (uint8_t)fg_bilou_move(FG_BILOU_L, sp->type);
    }
    done = sp->end;
  }
  return true;
}

void fg_bilou_to_words(const uint8_t *moves, FgWord *words, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned kind = fg_bilou_kind(moves[i]);
    words[i].ner_type = (uint8_t)fg_bilou_type(moves[i]);
    words[i].ner_iob = kind == FG_BILOU_O   ? FG_IOB_O
                       : kind == FG_BILOU_B || kind == FG_BILOU_U ? FG_IOB_B
                                                                  : FG_IOB_I;
  }
}

size_t fg_spans_from_words(const FgWord *words, size_t n, FgNerSpan *spans) {
  size_t count = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned type = words[i].ner_type;
    if (words[i].ner_iob == FG_IOB_O || type == FG_NER_NONE ||
        type >= FG_NER_COUNT)
      continue;
    bool cont = words[i].ner_iob == FG_IOB_I && count > 0 &&
                spans[count - 1].end == i && spans[count - 1].type == type;
    if (cont)
      spans[count - 1].end = (uint32_t)i + 1;
    else
      spans[count++] = (FgNerSpan){(uint32_t)i, (uint32_t)i + 1,
                                   (uint8_t)type};
  }
  return count;
}
