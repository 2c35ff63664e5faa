/* SPDX-License-Identifier: MIT */
/* The named-entity recognizer: a greedy left-to-right labeller over BILOU
 * moves with valid-move masks (spaCy v1 ner.pyx), scored by an averaged
 * perceptron over hashed features of the words, their shapes, affixes,
 * neighbours, tags (when the tagger ran), the previous moves and the
 * gazetteer's matches (a feature, never the answer).
 *
 * An FgNer is immutable once opened and may serve several threads; each
 * predict call takes its scratch memory from the caller's arena. */
#ifndef FG_NER_NER_H
#define FG_NER_NER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "factgraph/diag.h"
#include "factgraph/status.h"
#include "ner/bilou.h"
#include "ner/gazmatch.h"
#include "ner/memory.h"
#include "nlp/word.h"
#include "util/arena.h"
#include "util/buf.h"

typedef struct FgNer FgNer;

/* Opens a model file (ontology/models/ner.fgm). A missing file is
 * FG_ERR_IO; a truncated, corrupted, foreign or stale one FG_ERR_SYNTAX;
 * both reported through diag naming the file. *out is NULL on failure. */
FgStatus fg_ner_open(const char *path, FgDiagFunc diag, void *diag_handle,
                     FgNer **out);
/* The same from len bytes in memory (copied); name is used in messages. */
FgStatus fg_ner_open_memory(const void *data, size_t len, const char *name,
                            FgDiagFunc diag, void *diag_handle, FgNer **out);
void fg_ner_free(FgNer *ner);

/* Fills ner_type and ner_iob of the n words (IOB2). Reads form, and upos
 * and xpos when the model was trained with tags. gaz may be NULL (no
 * gazetteer features). Scratch memory comes from scratch. FG_OK, or
 * FG_ERR_NOMEM (then every word is left outside any name), FG_ERR_USAGE
 * for NULL arguments with n > 0 or a word without a form. */
FgStatus fg_ner_predict(const FgNer *ner, const FgNerGaz *gaz, FgWord *words,
                        size_t n, FgArena *scratch);

/* The same within a document: the words get features from what memory
 * holds for their forms, and memory then learns this sentence's names.
 * Call it on the sentences of a document in order, with the memory
 * cleared at each new document (fg_ner_memory_clear). memory may be NULL;
 * fg_ner_predict is fg_ner_predict_in with a NULL memory. */
FgStatus fg_ner_predict_in(const FgNer *ner, const FgNerGaz *gaz,
                           FgNerMemory *memory, FgWord *words, size_t n,
                           FgArena *scratch);

/* Whether the model reads UPOS/XPOS (trained with tags). */
bool fg_ner_uses_tags(const FgNer *ner);
/* Number of weighted features (for reports). */
size_t fg_ner_features_count(const FgNer *ner);

/* The model as sorted text, one feature per line ("key move:weight ..."),
 * so that two models can be diffed. */
FgStatus fg_ner_dump(const FgNer *ner, FgBuf *out);

/* ---- training ---- */

/* One training or dev sentence: its words (forms; tags when used) and
 * its names, sorted and non-overlapping. */
typedef struct {
  const FgWord *words;
  size_t n;
  const FgNerSpan *spans;
  size_t span_count;
  bool newdoc; /* the first sentence of a document */
} FgNerExample;

/* A source lends one sentence per next call (valid until the next call),
 * FG_NOTHING at the end; rewind starts over. */
typedef struct {
  void *handle;
  FgStatus (*next)(void *handle, FgNerExample *out);
  FgStatus (*rewind)(void *handle);
} FgNerSource;

typedef struct {
  uint32_t epochs;      /* passes over the training data (1..1000) */
  uint64_t seed;        /* shuffling seed; the epoch is mixed in */
  uint32_t min_updates; /* prune features updated fewer times */
  bool use_tags;        /* read UPOS and XPOS */
  bool explore;         /* from epoch 2, follow the model's own moves */
  bool use_memory;      /* the document-memory features */
  const char *corpora;  /* names recorded in the header, < 64 bytes */
  volatile const int *stop; /* when non-NULL and set, stop after the epoch */
  const uint8_t *clusters; /* word clusters (fg_ner_clusters_build's bytes), */
  size_t clusters_len;     /* stored in the model; NULL, 0 for none */
  const uint8_t *names; /* name lists (fg_ner_names_build's bytes), */
  size_t names_len;     /* stored in the model; NULL, 0 for none */
  uint32_t names_hidden_pct; /* percent of gold-name words trained as if
                                no list had them (0..100) */
} FgNerTrainConfig;

FgNerTrainConfig fg_ner_train_config_default(void);
/* FG_OK, or FG_ERR_USAGE with a message in *why. */
FgStatus fg_ner_train_config_check(const FgNerTrainConfig *cfg,
                                   const char **why);

/* Trains on train, scores dev (may be NULL: keep the last epoch) after
 * every epoch with the real decoder, and writes the best epoch's model
 * file into out. Progress (errors, dev F1, features, seconds) goes to diag
 * as notes. */
FgStatus fg_ner_train(const FgNerTrainConfig *cfg, const FgNerGaz *gaz,
                      FgNerSource *train, FgNerSource *dev, FgDiagFunc diag,
                      void *diag_handle, FgBuf *out);

#endif
