/* SPDX-License-Identifier: MIT */
/* The CoNLL 2018 shared task's evaluation (conll18_ud_eval.py, by Milan
 * Straka and Martin Popel) in C: gold and system CoNLL-U files over the
 * same characters (white space aside) are aligned by character spans, and
 * multiword tokens by the longest common subsequence of their words'
 * forms, so that a system that tokenized raw text on its own is scored
 * fairly. LAS compares the universal part of the relation (before ':') as
 * the script does; LAS-full the whole label. */
#ifndef FG_NLP_CONLL18_H
#define FG_NLP_CONLL18_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
  FG_EVAL_TOKENS,
  FG_EVAL_SENTENCES,
  FG_EVAL_WORDS,
  FG_EVAL_UPOS,
  FG_EVAL_XPOS,
  FG_EVAL_UFEATS,
  FG_EVAL_LEMMAS,
  FG_EVAL_UAS,
  FG_EVAL_LAS,
  FG_EVAL_LAS_FULL,
  FG_EVAL_COUNT
} FgEvalMetric;

typedef struct {
  size_t gold, system, correct;
  size_t aligned; /* words aligned (the accuracy's denominator) */
  bool predicted; /* the system filled the column(s) this metric reads:
                     not all "_" (and for UAS/LAS not a flat tree of
                     "root" and "dep" alone) */
} FgEvalScore;

/* "Tokens", "UPOS", ... "LAS-full". */
const char *fg_eval_metric_name(FgEvalMetric metric);

/* Scores system against gold (CoNLL-U texts). False on malformed input or
 * when the two do not hold the same characters; err (of errlen bytes)
 * then says why and where. */
bool fg_conll18_evaluate(const char *gold, size_t gold_len, const char *system,
                         size_t system_len, FgEvalScore scores[FG_EVAL_COUNT],
                         char *err, size_t errlen);

/* precision, recall and F1 of a score in [0, 1] (0 when undefined). */
double fg_eval_precision(const FgEvalScore *s);
double fg_eval_recall(const FgEvalScore *s);
double fg_eval_f1(const FgEvalScore *s);

#endif
