/* SPDX-License-Identifier: MIT */
/* Relations read from dependency trees: the dep rows of the lexicon are
 * matched at their trigger lemmas, and each argument is found along a
 * dependency path (subject, object, a preposition's noun, the possessor,
 * a modifier, or what a noun describes), then taken to the mention that
 * covers it. Conjuncts share their head's role; passives, relative
 * clauses, participles and control verbs give their logical arguments. */
#ifndef FG_EXTRACT_TREE_H
#define FG_EXTRACT_TREE_H

#include <stddef.h>
#include <stdint.h>

#include "analysis.h"
#include "extract.h"
#include "nlp/word.h"

/* One parsed sentence of a document under analysis: the front end's words
 * (lemma, upos, xpos, feats, head and deprel filled) and, for each word,
 * the document token it was read from. */
typedef struct {
  const FgWord *words;
  const uint32_t *token; /* word -> token index in doc->tok */
  size_t count;
  uint32_t sentence;     /* index in doc->tok.sentences */
} FgParsedSentence;

/* The document token each word was read from (the last token starting at
 * or before the word), into token[n]; and the sentence holding the first
 * word, FG_NONE when the words lie outside every sentence. */
uint32_t fg_words_to_tokens(const FgDocAnalysis *doc, const FgWord *words, size_t n,
                            uint32_t *token);

/* Marks in ner (one byte per document token, zeroed by the caller, see
 * FgDocAnalysis.token_ner) the names the recognizer found in words. */
void fg_mark_recognized(const FgDocAnalysis *doc, const FgWord *words, size_t n,
                        const uint32_t *token, uint8_t *ner);

/* Emits every fact the dep rules find in the sentence; false when emit
 * fails or memory runs out. doc_date may be NULL. */
bool fg_extract_tree_facts(const FgDocAnalysis *doc, const FgParsedSentence *ps,
                           const char *doc_date, FgFactFunc emit, void *handle);

#endif
