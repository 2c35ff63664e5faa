/* SPDX-License-Identifier: MIT */
/* The linguistic front end of one document: the tokenizer's sentences
 * turned into UD words (segment.h), then each trained stage in turn.
 * Until the stages are wired in, words carry only their forms and offsets
 * and every sentence gets a flat tree. */
#ifndef FG_NLP_PIPELINE_H
#define FG_NLP_PIPELINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "factgraph/diag.h"
#include "nlp/word.h"
#include "text/text.h"
#include "util/arena.h"

/* The stages' models, opened once per run (opaque; NULL: not loaded). */
struct FgTagger;
struct FgLemmatizer;
struct FgParser;
struct FgNer;
struct FgNerGaz;
struct FgNerMemory;

typedef struct {
  const struct FgTagger *tagger;
  const struct FgLemmatizer *lemmatizer;
  const struct FgParser *parser;
  const struct FgNer *ner;
  const struct FgNerGaz *ner_gaz; /* the recognizer's gazetteer features */
  struct FgNerMemory *ner_memory; /* names seen in the document so far:
                                     cleared by the caller at each new
                                     document */
  FgArena *scratch;               /* the stages' working memory, reset
                                     after each sentence; NULL: the
                                     document's arena */
  FgDiagFunc diag;                /* the stages' warnings (a sentence cut
                                     for the parser); NULL: none. Not the
                                     models' own sinks: they are shared by
                                     the runs of every thread */
  void *diag_handle;
} FgNlpStages;

typedef struct {
  FgWord *words;  /* in the document's arena */
  uint32_t count;
} FgNlpSentence;

typedef struct {
  const char *text; /* the document's text (borrowed) */
  size_t len;
  FgNlpSentence *sentences;
  size_t sentence_count;
} FgNlpDoc;

/* Splits the sentences of tok into UD words, every non-space character of
 * text in one token (characters before the first sentence go to it, those
 * after the last to the last), then runs the stages. False when out of
 * memory. */
bool fg_nlp_analyse(FgArena *arena, const char *text, size_t len,
                    const FgTokenized *tok, const FgNlpStages *stages,
                    FgNlpDoc *out);

/* Runs the stages on sentences whose words are given (pre-tokenized
 * input): doc->sentences must already hold the words. */
bool fg_nlp_annotate(FgArena *arena, const FgNlpStages *stages, FgNlpDoc *doc);

#endif
