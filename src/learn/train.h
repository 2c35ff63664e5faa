/* SPDX-License-Identifier: MIT */
/* What every trainer takes: one config struct with defaults and one check
 * (liblinear's check_parameter), and progress through diag. A trainer
 * reads sentences from sources (corpus.h's FgCorpus is one), keeps a
 * snapshot of its best dev epoch, and stops early when dev stops
 * improving or when *stop becomes non-zero. */
#ifndef FG_LEARN_TRAIN_H
#define FG_LEARN_TRAIN_H

#include <stddef.h>
#include <stdint.h>

#include "factgraph/diag.h"
#include "factgraph/status.h"
#include "util/buf.h"

typedef struct {
  uint64_t seed;          /* PRNG seed (shuffling); the epoch is mixed in */
  uint64_t hash_seed;     /* seed of the feature keys, stored in the model */
  uint32_t max_epochs;    /* 1..1000 */
  uint32_t patience;      /* epochs without a better dev score before
                             stopping; 0 never stops early */
  uint32_t min_updates;   /* prune features updated fewer times at save */
  const char *corpora;    /* names recorded in the model (< 64 bytes) */
  FgDiagFunc diag;        /* per-epoch progress (FG_SEV_INFO), may be NULL */
  void *diag_handle;
  const volatile int *stop; /* stop request, may be NULL */
} FgTrainConfig;

FgTrainConfig fg_train_config_default(void);
/* FG_ERR_USAGE with a message through the config's diag when a field is
 * out of range. */
FgStatus fg_train_config_check(const FgTrainConfig *config);
typedef struct {
  uint32_t id; /* FG_SECTION(...) */
  const void *data;
  size_t len;
} FgTrainSection;

/* The bytes of a model file of kind with the config's seeds and corpora,
 * epochs and the given sections, into out. */
FgStatus fg_train_model_bytes(const FgTrainConfig *config, uint32_t kind,
                              uint64_t template_hash, uint32_t epochs,
                              const FgTrainSection *sections, size_t n,
                              FgBuf *out);

/* Sends an info line through the config's diag. */
void fg_train_info(const FgTrainConfig *config, const char *message);

#endif
