/* SPDX-License-Identifier: MIT */
/* The recognizer's model file and its greedy decoder. */
#include "ner/ner.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "learn/le.h"
#include "learn/model.h"
#include "learn/perceptron.h"
#include "ner/decode.h"
#include "ner/features.h"

struct FgNer {
  FgModel *model;
  FgWeights *weights;
  uint64_t seed; /* feature-key hash seed */
  bool use_tags;
  bool use_memory; /* trained with the document-memory features */
  bool has_clusters;      /* the model has word clusters (NCLU) */
  FgNerClusters clusters; /* empty for a model without them */
  bool has_names;         /* the model has name lists (NLST) */
  FgNerNames names;       /* empty for a model without them */
};

/* Checks the NCFG section: flags (bit 0: tags, bit 1: document memory),
 * then the move count. */
static FgStatus read_config(FgNer *ner) {
  const uint8_t *data;
  size_t len;
  FgStatus st = fg_model_require(ner->model, FG_NER_SECTION_CONFIG, &data, &len);
  if (st != FG_OK)
    return st;
  FgLeCursor c = fg_le_cursor(data, len);
  uint32_t flags = fg_le_u32(&c);
  uint32_t moves = fg_le_u32(&c);
  if (c.failed || !fg_le_at_end(&c))
    return fg_model_fail(ner->model, FG_NER_SECTION_CONFIG, c.fail_at,
                         "section is not 8 bytes");
  if (flags > 3)
    return fg_model_fail(ner->model, FG_NER_SECTION_CONFIG, 0,
                         "unknown flags");
  if (moves != FG_NER_MOVES)
    return fg_model_fail(ner->model, FG_NER_SECTION_CONFIG, 4,
                         "move count is not this recognizer's");
  ner->use_tags = flags & 1;
  ner->use_memory = (flags & 2) != 0;
  return FG_OK;
}

static FgStatus finish_open(FgModel *model, FgNer **out) {
  FgNer *ner = calloc(1, sizeof *ner);
  if (!ner) {
    fg_model_free(model);
    return FG_ERR_NOMEM;
  }
  ner->model = model;
  ner->seed = fg_model_info(model)->hash_seed;
  const uint8_t *data;
  size_t len;
  ner->has_clusters =
      fg_model_section(model, FG_NER_SECTION_CLUSTERS, &data, &len);
  const uint8_t *list_data;
  size_t list_len;
  ner->has_names =
      fg_model_section(model, FG_NER_SECTION_NAMES, &list_data, &list_len);
  FgStatus st = fg_model_check_templates(
      model, fg_ner_templates_hash(ner->has_clusters, ner->has_names));
  if (st == FG_OK && ner->has_clusters &&
      fg_ner_clusters_load(data, len, &ner->clusters) != FG_OK)
    st = fg_model_fail(model, FG_NER_SECTION_CLUSTERS, 0,
                       "malformed word clusters");
  if (st == FG_OK && ner->has_names &&
      fg_ner_names_load(list_data, list_len, &ner->names) != FG_OK)
    st = fg_model_fail(model, FG_NER_SECTION_NAMES, 0,
                       "malformed name lists");
  if (st == FG_OK)
    st = read_config(ner);
  if (st == FG_OK)
    st = fg_model_require(model, FG_NER_SECTION_WEIGHTS, &data, &len);
  if (st == FG_OK)
    st = fg_weights_load(data, len, model, FG_NER_SECTION_WEIGHTS,
                         &ner->weights);
  if (st == FG_OK && fg_weights_classes(ner->weights) != FG_NER_MOVES)
    st = fg_model_fail(model, FG_NER_SECTION_WEIGHTS, 0,
                       "class count is not the recognizer's move count");
  /* about 3 in 10 of a word's keys are not in the model */
  if (st == FG_OK)
    st = fg_weights_filter_absent_keys(ner->weights);
  if (st != FG_OK) {
    fg_ner_free(ner);
    return st;
  }
  *out = ner;
  return FG_OK;
}

FgStatus fg_ner_open(const char *path, FgDiagFunc diag, void *diag_handle,
                     FgNer **out) {
  if (!out)
    return FG_ERR_USAGE;
  *out = NULL;
  if (!path)
    return FG_ERR_USAGE;
  FgModel *model;
  FgStatus st = fg_model_open(path, FG_MODEL_KIND_NER, diag, diag_handle,
                              &model);
  return st == FG_OK ? finish_open(model, out) : st;
}

FgStatus fg_ner_open_memory(const void *data, size_t len, const char *name,
                            FgDiagFunc diag, void *diag_handle, FgNer **out) {
  if (!out)
    return FG_ERR_USAGE;
  *out = NULL;
  if (!data && len)
    return FG_ERR_USAGE;
  FgModel *model;
  FgStatus st = fg_model_open_memory(data, len, name ? name : "(memory)",
                                     FG_MODEL_KIND_NER, diag, diag_handle,
                                     &model);
  return st == FG_OK ? finish_open(model, out) : st;
}

void fg_ner_free(FgNer *ner) {
  if (!ner)
    return;
  fg_weights_free(ner->weights);
  fg_ner_clusters_free(&ner->clusters);
  fg_ner_names_free(&ner->names);
  fg_model_free(ner->model);
  free(ner);
}

bool fg_ner_uses_tags(const FgNer *ner) { return ner && ner->use_tags; }

size_t fg_ner_features_count(const FgNer *ner) {
  return ner ? fg_weights_features(ner->weights) : 0;
}

/* Words per batch of static keys (on the stack). */
#define DECODE_BATCH 16

void fg_ner_decode(const FgWeights *weights, uint64_t seed,
                   const FgNerAtoms *atoms, uint8_t *moves) {
  uint64_t keys[DECODE_BATCH][FG_NER_MAX_FEATURES];
  size_t counts[DECODE_BATCH];
  for (size_t first = 0; first < atoms->n; first += DECODE_BATCH) {
    size_t end =
        atoms->n - first < DECODE_BATCH ? atoms->n : first + DECODE_BATCH;
    fg_ner_static_keys(atoms, first, end, seed, keys[0], counts);
    for (size_t i = first; i < end; i++) {
      int64_t scores[FG_NER_MOVES] = {0};
      uint8_t valid[FG_NER_MOVES];
      uint64_t *k = keys[i - first];
      size_t nk = counts[i - first];
      nk += fg_ner_move_keys(atoms, i, moves, seed, k + nk);
      fg_weights_score(weights, k, nk, scores);
      fg_bilou_valid(i ? moves[i - 1] : FG_NER_MOVES, i, atoms->n, valid);
      moves[i] = (uint8_t)fg_argmax(scores, valid, FG_NER_MOVES);
    }
  }
}

FgStatus fg_ner_predict(const FgNer *ner, const FgNerGaz *gaz, FgWord *words,
                        size_t n, FgArena *scratch) {
  return fg_ner_predict_in(ner, gaz, NULL, words, n, scratch);
}

FgStatus fg_ner_predict_in(const FgNer *ner, const FgNerGaz *gaz,
                           FgNerMemory *memory, FgWord *words, size_t n,
                           FgArena *scratch) {
  if (n == 0)
    return FG_OK;
  if (!ner || !words || !scratch)
    return FG_ERR_USAGE;
  for (size_t i = 0; i < n; i++) {
    words[i].ner_type = FG_NER_NONE;
    words[i].ner_iob = FG_IOB_O;
    if (!words[i].form)
      return FG_ERR_USAGE;
  }
  uint8_t *marks = fg_arena_alloc_raw(scratch, n);
  uint8_t *moves = fg_arena_calloc(scratch, n, 1);
  FgNerAtoms atoms;
  if (!marks || !moves)
    return FG_ERR_NOMEM;
  fg_ner_gaz_mark(gaz, words, n, marks);
  if (!fg_ner_atoms(scratch, words, n, marks,
                    ner->has_clusters ? &ner->clusters : NULL,
                    ner->has_names ? &ner->names : NULL, ner->use_tags,
                    &atoms))
    return FG_ERR_NOMEM;
  if (!ner->use_memory)
    memory = NULL;
  fg_ner_atoms_recall(&atoms, words, memory);
  fg_ner_decode(ner->weights, ner->seed, &atoms, moves);
  fg_bilou_to_words(moves, words, n);
  if (!memory)
    return FG_OK;
  FgNerSpan *spans = fg_arena_calloc(scratch, n, sizeof *spans);
  if (!spans)
    return FG_ERR_NOMEM;
  return fg_ner_memory_add(memory, words, spans,
                           fg_spans_from_words(words, n, spans));
}

FgStatus fg_ner_dump(const FgNer *ner, FgBuf *out) {
  if (!ner || !out)
    return FG_ERR_USAGE;
  fg_buf_clear(out);
  size_t count = fg_weights_features(ner->weights);
  for (size_t i = 0; i < count; i++) {
    FgWeightRow row = fg_weights_row(ner->weights, i);
    char line[64];
    snprintf(line, sizeof line, "%016llx", (unsigned long long)row.key);
    if (!fg_buf_append_str(out, line))
      return FG_ERR_NOMEM;
    for (uint32_t k = 0; k < row.count; k++) {
      snprintf(line, sizeof line, " %u:%d", fg_weight_row_class(&row, k),
               fg_weight_row_weight(&row, k));
      if (!fg_buf_append_str(out, line))
        return FG_ERR_NOMEM;
    }
    if (!fg_buf_append(out, "\n", 1))
      return FG_ERR_NOMEM;
  }
  return FG_OK;
}
