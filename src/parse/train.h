/* SPDX-License-Identifier: MIT */
/* Training and scoring the parser: an averaged perceptron over the
 * arc-hybrid dynamic oracle (Goldberg & Nivre 2012/2013): every move is
 * scored against the oracle's costs, the update goes toward the best
 * zero-cost move, and from the exploration epoch on the parser follows its
 * own prediction (with probability explore_permille / 1000), so it learns
 * to recover from its mistakes. Each epoch the averaged weights are frozen
 * into a complete model file, loaded through fg_parser_open_buffer and
 * scored on dev with the real decoder; the best dev epoch is kept, and
 * training stops after `patience` epochs without a better dev LAS.
 * Sentences that are not projective trees, or longer than the bound, are
 * skipped and counted. Same config and data, same bytes. */
#ifndef FG_PARSE_TRAIN_H
#define FG_PARSE_TRAIN_H

#include <stddef.h>
#include <stdint.h>

#include "factgraph/diag.h"
#include "factgraph/status.h"
#include "nlp/word.h"
#include "parse/parser.h"
#include "util/buf.h"

typedef struct {
  uint64_t seed;             /* shuffling and exploration */
  uint32_t max_epochs;       /* >= 1 */
  uint32_t patience;         /* epochs without a better dev LAS, >= 1 */
  uint32_t explore_from;     /* first epoch (1-based) that explores */
  uint32_t explore_permille; /* chance of following the model's move */
  uint32_t bound;            /* words per piece at run time; longer
                                training sentences are skipped */
  uint32_t min_updates;      /* prune features updated fewer times */
  const char *corpora;       /* recorded in the header (< 64 bytes) */
  const volatile int *stop;  /* when non-NULL and non-zero, training stops
                                after the current sentence (FG_NOTHING) */
} FgParserTrainConfig;

void fg_parser_train_config_default(FgParserTrainConfig *cfg);
/* NULL when the config is usable, else a static reason. */
const char *fg_parser_train_config_check(const FgParserTrainConfig *cfg);

/* Lends one gold sentence at a time (head, deprel, form, upos, xpos set);
 * FG_OK, FG_NOTHING at the end, or an error. rewind starts over. */
typedef struct {
  void *handle;
  FgStatus (*next)(void *handle, const FgWord **words, size_t *n);
  FgStatus (*rewind)(void *handle);
} FgParseSource;

/* Attachment scores over every word, punctuation included. */
typedef struct {
  size_t sentences, words;
  size_t heads;         /* correct head: UAS */
  size_t labelled;      /* correct head and full label: LAS */
  size_t labelled_base; /* correct head and label before ':' (CoNLL 2018) */
  double parse_seconds; /* CPU time inside fg_parser_predict */
} FgParseScore;

/* Parses every sentence of the source with the parser and counts. */
FgStatus fg_parser_evaluate(const FgParser *parser, FgParseSource *source,
                            FgParseScore *score);

/* Trains and writes the best dev epoch's model file into model (cleared
 * first). A stop request returns FG_NOTHING with the best epoch finished
 * so far in model (empty when none finished). Progress (one line per epoch:
 * errors, dev UAS/LAS, features, seconds) goes through diag as FG_SEV_INFO. */
FgStatus fg_parser_train(const FgParserTrainConfig *cfg, FgParseSource *train,
                         FgParseSource *dev, FgDiagFunc diag, void *diag_handle,
                         FgBuf *model);

#endif
