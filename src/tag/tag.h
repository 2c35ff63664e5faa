/* SPDX-License-Identifier: MIT */
/* Part-of-speech tagger: UPOS, the Penn tag (XPOS) and the morphological
 * features the extractor reads (Number, Tense, VerbForm, Voice, Person,
 * Mood, PronType), predicted jointly as one tag per word by a greedy
 * averaged perceptron, left to right over its own previous tags (a
 * two-pass model, tag_train.h, then runs a second such pass that also
 * reads the first pass's tags to the right). Words the training data
 * always tagged one way are looked up, not scored.
 *
 *   FgTagger *t; fg_tagger_open("ontology/models/tagger.fgm", diag, h, &t);
 *   fg_tagger_predict(t, words, n, arena);  fills upos, xpos, feats
 *   fg_tagger_free(t);
 *
 * The tagger is immutable once opened and may be shared between threads;
 * each call takes its scratch from the caller's arena. xpos and feats
 * point into the tagger (valid until fg_tagger_free); feats is NULL when
 * the word has none of those features. Work is linear in n; there is no
 * length bound. Errors: FG_ERR_IO (missing file), FG_ERR_SYNTAX (bad or
 * stale model, naming file, section and byte), FG_ERR_NOMEM. */
#ifndef FG_TAG_TAG_H
#define FG_TAG_TAG_H

#include <stddef.h>
#include <stdint.h>

#include "factgraph/diag.h"
#include "factgraph/status.h"
#include "learn/model.h"
#include "ner/namelists.h"
#include "nlp/word.h"
#include "util/arena.h"

typedef struct FgTagger FgTagger;

typedef struct {
  uint8_t upos;      /* FgUpos */
  const char *xpos;  /* never NULL */
  const char *feats; /* NULL for none */
} FgTagLabel;

FgStatus fg_tagger_open(const char *path, FgDiagFunc diag, void *diag_handle,
                        FgTagger **out);
FgStatus fg_tagger_open_memory(const void *data, size_t len, const char *name,
                               FgDiagFunc diag, void *diag_handle,
                               FgTagger **out);
/* Takes ownership of an opened model (freed on failure too). */
FgStatus fg_tagger_from_model(FgModel *model, FgTagger **out);
void fg_tagger_free(FgTagger *tagger);
/* Name lists (ontology/names/) the repairs after the model may consult
 * ("Carmen" is a given name, not a plural in "-men"); NULL for none.
 * They must outlive the tagger. Not the model's own lexicon features. */
void fg_tagger_use_name_lists(FgTagger *tagger, const FgNerNames *names);

/* Tags words[0..n): sets upos, xpos and feats; nothing else changes.
 * FG_ERR_NOMEM when the arena is exhausted (words are then untouched). */
FgStatus fg_tagger_predict(const FgTagger *tagger, FgWord *words, size_t n,
                           FgArena *scratch);

/* The same for a sentence of running text: when one that ends with a full
 * stop is given no finite verb, the participle most likely to be its lost
 * main verb is read as a past-tense verb (tagger.c, repair_finite_verb).
 * *mended is then its index and *before its tags as first read (the
 * lemma is the participle's: "named" read VBD would lose its "e"); else
 * *mended is n. With opening_name (the sentence's first word is written
 * elsewhere in the article as a name's last word), that word is read as a
 * proper noun when the word after it then reads as a finite verb. The
 * pipeline tags with this; training and the tagger's own scores use
 * fg_tagger_predict, so the models do not depend on it. */
FgStatus fg_tagger_predict_clause(const FgTagger *tagger, FgWord *words,
                                  size_t n, FgArena *scratch, bool opening_name,
                                  size_t *mended, FgTagLabel *before);

/* For dumps and tests. */
uint32_t fg_tagger_classes(const FgTagger *tagger);
const FgTagLabel *fg_tagger_label(const FgTagger *tagger, uint32_t cls);
const FgModel *fg_tagger_model(const FgTagger *tagger);

/* Copies the features of feats that the tagger predicts, in their order,
 * into out ("" for none); returns the length, or SIZE_MAX when out is too
 * small. */
size_t fg_tag_feats_filter(const char *feats, char *out, size_t cap);

#endif
