/* SPDX-License-Identifier: MIT */
/* Training the lemmatizer (lemma.h) from gold FORM, UPOS, XPOS and LEMMA:
 * collects the edit classes (rare ones go to the exception list), trains
 * the class classifier for up to config->max_epochs epochs over a seeded
 * shuffle of the training word types, scoring each epoch on dev with the
 * real decoder (gold tags) and keeping the best; then adds an exception
 * for every frequent (form, XPOS) whose lemma the classifier gets wrong.
 * *out receives the model file's bytes; same input, same bytes. */
#ifndef FG_LEMMA_LEMMA_TRAIN_H
#define FG_LEMMA_LEMMA_TRAIN_H

#include <stddef.h>

#include "corpus/corpus.h"
#include "learn/train.h"
#include "util/buf.h"

FgStatus fg_lemmatizer_train(FgCorpus *const *train, size_t ntrain,
                             FgCorpus *dev, const FgTrainConfig *config,
                             FgBuf *out);

#endif
