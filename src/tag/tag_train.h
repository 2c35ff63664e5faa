/* SPDX-License-Identifier: MIT */
/* Training the tagger (tag.h): reads every sentence of the train corpora
 * in order, builds the tag set and the word dictionary, then runs up to
 * config->max_epochs epochs of the averaged perceptron over a seeded
 * shuffle, each word scored with the tags the model itself predicted to
 * its left. After each epoch the frozen model is opened with the real
 * decoder and scored on dev (UPOS accuracy); the best epoch is kept.
 * That is the whole one-pass model.
 *
 * fg_tagger_train_two_pass goes on: four first passes, each trained as many
 * epochs without a quarter of the train sentences, tag that quarter, and
 * a second pass is trained the same way on those tags of each word and
 * of the two to its right (besides the first pass's features); the model
 * holds both passes. A stop request keeps the best epoch so far (the
 * first pass alone when the second has none).
 *
 * On success *out holds the model file's bytes (save them with
 * fg_model_save_bytes). The same corpora and config give the same bytes.
 * Errors: the corpus readers' (FG_ERR_SYNTAX, FG_ERR_IO), FG_ERR_USAGE for
 * a bad config or an empty train set, FG_ERR_NOMEM. */
#ifndef FG_TAG_TAG_TRAIN_H
#define FG_TAG_TAG_TRAIN_H

#include <stdbool.h>
#include <stddef.h>

#include "corpus/corpus.h"
#include "learn/train.h"
#include "util/buf.h"

FgStatus fg_tagger_train(FgCorpus *const *train, size_t ntrain, FgCorpus *dev,
                         const FgTrainConfig *config, FgBuf *out);
FgStatus fg_tagger_train_two_pass(FgCorpus *const *train, size_t ntrain,
                                  FgCorpus *dev, const FgTrainConfig *config,
                                  FgBuf *out);
/* The external lexicons of the lexicon features: the name lists of
 * names_dir (ontology/names/, ner/namelists.h) and the word classes of
 * classes_path (ontology/words/, tag/wordclass.h); either may be NULL. */
typedef struct {
  const char *names_dir;
  const char *classes_path;
} FgTagLexiconFiles;

/* Either of them (two_pass) with the lexicon features: the lexicons of
 * files are stored in the model (NULL or both NULL: none, the same as
 * above). FG_ERR_IO for an unreadable list, FG_ERR_SYNTAX for a malformed
 * one. */
FgStatus fg_tagger_train_lexicon(FgCorpus *const *train, size_t ntrain,
                                 FgCorpus *dev, const FgTrainConfig *config,
                                 const FgTagLexiconFiles *files, bool two_pass,
                                 FgBuf *out);

#endif
