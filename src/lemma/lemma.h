/* SPDX-License-Identifier: MIT */
/* Lemmatizer: the dictionary form of each word ("killed", "kills",
 * "killing" -> "kill"), from its form and the tagger's UPOS and XPOS.
 * A lemma is an edit class of the form: optionally lower-case it, strip k
 * bytes from the end, append a suffix. An averaged perceptron over the
 * form's suffixes and the tags picks the class (only classes that fit the
 * form compete); an exception list, learned from the training words whose
 * lemma the classifier gets wrong ("went" -> "go"), is looked up first.
 *
 *   FgLemmatizer *l; fg_lemmatizer_open("ontology/models/lemmatizer.fgm",
 *                                       diag, h, &l);
 *   fg_lemmatizer_predict(l, words, n, arena);  fills lemma
 *
 * Immutable once opened; lemmas point into the caller's arena (or at the
 * word's form, or into the lemmatizer for exceptions). Linear in n. Errors
 * as for the tagger (tag.h). */
#ifndef FG_LEMMA_LEMMA_H
#define FG_LEMMA_LEMMA_H

#include <stddef.h>
#include <stdint.h>

#include "factgraph/diag.h"
#include "factgraph/status.h"
#include "learn/model.h"
#include "nlp/word.h"
#include "util/arena.h"

typedef struct FgLemmatizer FgLemmatizer;

FgStatus fg_lemmatizer_open(const char *path, FgDiagFunc diag,
                            void *diag_handle, FgLemmatizer **out);
FgStatus fg_lemmatizer_open_memory(const void *data, size_t len,
                                   const char *name, FgDiagFunc diag,
                                   void *diag_handle, FgLemmatizer **out);
/* Takes ownership of an opened model (freed on failure too). */
FgStatus fg_lemmatizer_from_model(FgModel *model, FgLemmatizer **out);
void fg_lemmatizer_free(FgLemmatizer *lemmatizer);

/* Sets lemma of words[0..n), reading form, upos and xpos. FG_ERR_NOMEM
 * when the arena is exhausted. */
FgStatus fg_lemmatizer_predict(const FgLemmatizer *lemmatizer, FgWord *words,
                               size_t n, FgArena *scratch);

/* A document's lemmas by form, UPOS and XPOS (all a lemma reads), so that
 * a repeated word skips the classifier: sized for a document of the given
 * number of words (at most 4096 entries, 32 bytes each), for lemmatizer
 * only. It points at the words' forms: free it before them. NULL when out
 * of memory. */
typedef struct FgLemmaCache FgLemmaCache;
FgLemmaCache *fg_lemma_cache_new(const FgLemmatizer *lemmatizer, size_t words);
void fg_lemma_cache_free(FgLemmaCache *cache);
/* fg_lemmatizer_predict through cache (NULL: none): the same lemmas. */
FgStatus fg_lemmatizer_predict_cached(const FgLemmatizer *lemmatizer,
                                      FgLemmaCache *cache, FgWord *words,
                                      size_t n, FgArena *scratch);

/* For dumps: the edit classes and exceptions. */
const FgModel *fg_lemmatizer_model(const FgLemmatizer *lemmatizer);
uint32_t fg_lemmatizer_classes(const FgLemmatizer *lemmatizer);
/* Class c as "lower|strip|suffix" text into out. */
void fg_lemmatizer_class_name(const FgLemmatizer *lemmatizer, uint32_t c,
                              char *out, size_t cap);
size_t fg_lemmatizer_exceptions(const FgLemmatizer *lemmatizer);
/* Exception i in key order: "form\tXPOS" hash and the lemma. */
const char *fg_lemmatizer_exception(const FgLemmatizer *lemmatizer, size_t i,
                                    uint64_t *key);

#endif
