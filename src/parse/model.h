/* SPDX-License-Identifier: MIT */
/* The parser's model: settings, labels and averaged weights, stored in the
 * shared model container (learn/model.h) as three sections:
 *   PCFG  n_labels u32, bound u32, root_label u32
 *   PLBL  n_labels NUL-terminated relation names, strictly sorted
 *   WGHT  the averaged perceptron (learn/perceptron.h), 1 + 2 * n_labels
 *         classes (arc_hybrid.h numbering)
 * Shared by the decoder (parser.c), the trainer (train.c) and tests; it
 * knows no training state. */
#ifndef FG_PARSE_MODEL_H
#define FG_PARSE_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "factgraph/diag.h"
#include "factgraph/status.h"
#include "learn/model.h"
#include "learn/perceptron.h"
#include "parse/features.h"

#define FG_PA_SECTION_CONF FG_SECTION('P', 'C', 'F', 'G')
#define FG_PA_SECTION_LABELS FG_SECTION('P', 'L', 'B', 'L')
#define FG_PA_SECTION_WEIGHTS FG_SECTION('W', 'G', 'H', 'T')
/* Seed of the feature-key hash written into new models. */
#define FG_PA_HASH_SEED 0x5061727365723031ull
/* Relations are at most this many (classes fit the perceptron easily). */
#define FG_PA_MAX_LABELS 255u

typedef struct {
  uint32_t bound; /* words per piece */
  uint32_t n_labels;
  uint32_t root_label; /* index of "root" */
  char **labels;       /* n_labels names, sorted */
  uint64_t hash_seed;
  FgModelInfo info; /* the header it was loaded from */
  FgWeights *weights;
  FgPaPlan plan; /* the decoder's template groups (features.h) */
} FgPaModel;

void fg_pa_model_clear(FgPaModel *m);

/* Loads from an opened container: checks the template hash, the sections
 * and every count (errors through the container's diag, naming the file,
 * the section and the offset: FG_ERR_SYNTAX; or FG_ERR_NOMEM). m is
 * cleared on failure. */
FgStatus fg_pa_model_load(FgPaModel *m, const FgModel *file);

/* A whole model file's bytes into out: the header from info, the PCFG
 * and PLBL sections, and the encoded weights section. The trainer and
 * fg_pa_model_encode both write through it. */
FgStatus fg_pa_model_write(const FgModelInfo *info, uint32_t bound,
                           char *const *labels, uint32_t n_labels,
                           uint32_t root_label, const FgBuf *weights, FgBuf *out);

/* Encodes a loaded model again, section by section from the decoded
 * values (not from the file's bytes), into out: the same bytes as the file
 * it was loaded from, which the round-trip test checks. */
FgStatus fg_pa_model_encode(const FgPaModel *m, FgBuf *out);

#endif
