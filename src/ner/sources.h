/* SPDX-License-Identifier: MIT */
/* Training and evaluation sources of the recognizer over the corpus
 * readers: GUM CoNLL-U (names from Entity=, see gum.h; a place is a
 * Country when the gazetteer lists its name or its Wikipedia identity as
 * a country) and IOB2 (Universal NER: PER, ORG, LOC as Person,
 * Organization, Place). For the trainer and the tools only. */
#ifndef FG_NER_SOURCES_H
#define FG_NER_SOURCES_H

#include "corpus/corpus.h"
#include "ner/ner.h"

typedef struct FgNerCorpus FgNerCorpus;

/* Opens path as format; gaz (may be NULL) decides countries in GUM. */
FgStatus fg_ner_corpus_open(const char *path, FgCorpusFormat format,
                            const FgNerGaz *gaz, FgDiagFunc diag,
                            void *diag_handle, FgNerCorpus **out);
void fg_ner_corpus_free(FgNerCorpus *c);
/* The source view of the corpus (borrowing it). */
FgNerSource fg_ner_corpus_source(FgNerCorpus *c);

/* Several sources one after the other (train on GUM train + UNER dev). */
typedef struct {
  FgNerSource *parts;
  size_t count, at;
} FgNerChain;
FgNerSource fg_ner_chain_source(FgNerChain *chain);

#endif
