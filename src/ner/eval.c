/* SPDX-License-Identifier: MIT */
#include "ner/eval.h"

const FgNerTypeMap FG_NER_MAP_STRICT = {
    FG_NER_NONE,    FG_NER_PERSON, FG_NER_ORGANIZATION,
    FG_NER_COUNTRY, FG_NER_PLACE,  FG_NER_EVENT};
const FgNerTypeMap FG_NER_MAP_LOCATION = {
    FG_NER_NONE,  FG_NER_PERSON, FG_NER_ORGANIZATION,
    FG_NER_PLACE, FG_NER_PLACE,  FG_NER_EVENT};
const FgNerTypeMap FG_NER_MAP_UNER = {
    FG_NER_NONE,  FG_NER_PERSON, FG_NER_ORGANIZATION,
    FG_NER_PLACE, FG_NER_PLACE,  FG_NER_NONE};

static unsigned mapped(const FgNerSpan *s, const FgNerTypeMap map) {
  return s->type < FG_NER_COUNT ? map[s->type] : FG_NER_NONE;
}

static bool has_span(const FgNerSpan *spans, size_t count, const FgNerSpan *s,
                     unsigned type, const FgNerTypeMap map) {
  for (size_t i = 0; i < count; i++)
    if (spans[i].begin == s->begin && spans[i].end == s->end &&
        mapped(&spans[i], map) == type)
      return true;
  return false;
}

void fg_ner_score_add(FgNerScore *score, const FgNerSpan *gold,
                      size_t gold_count, const FgNerSpan *pred,
                      size_t pred_count, const FgNerTypeMap map) {
  for (size_t i = 0; i < pred_count; i++) {
    unsigned type = mapped(&pred[i], map);
    if (type == FG_NER_NONE)
      continue;
    if (has_span(gold, gold_count, &pred[i], type, map))
      score->tp[type]++;
    else
      score->fp[type]++;
  }
  for (size_t i = 0; i < gold_count; i++) {
    unsigned type = mapped(&gold[i], map);
    if (type != FG_NER_NONE && !has_span(pred, pred_count, &gold[i], type, map))
      score->fn[type]++;
  }
}

FgNerPrf fg_ner_score_prf(const FgNerScore *score, unsigned type) {
  FgNerPrf r = {0, 0, 0, 0, 0, 0};
  for (unsigned t = 1; t < FG_NER_COUNT; t++) {
    if (type != FG_NER_NONE && t != type)
      continue;
    r.tp += score->tp[t];
    r.fp += score->fp[t];
    r.fn += score->fn[t];
  }
  if (r.tp + r.fp)
    r.precision = 100.0 * (double)r.tp / (double)(r.tp + r.fp);
  if (r.tp + r.fn)
    r.recall = 100.0 * (double)r.tp / (double)(r.tp + r.fn);
  if (r.precision + r.recall > 0)
    r.f1 = 2 * r.precision * r.recall / (r.precision + r.recall);
  return r;
}
