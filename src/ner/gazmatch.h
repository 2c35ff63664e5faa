/* SPDX-License-Identifier: MIT */
/* The gazetteer as the recognizer sees it: the words of every label,
 * alias, metonym and demonym, keyed by their exact forms, so that each
 * word of a sentence gets the B/I/L/U position of the longest listed name
 * it is part of and that name's list types. This is a feature of the
 * model, never its answer. */
#ifndef FG_NER_GAZMATCH_H
#define FG_NER_GAZMATCH_H

#include <stddef.h>
#include <stdint.h>

#include "factgraph/status.h"
#include "lexicon/gazetteer.h"
#include "nlp/word.h"

/* List types of a name (a name may be in several). */
enum {
  FG_GAZ_ORG = 1,     /* any organization class */
  FG_GAZ_COUNTRY = 2, /* fg:Country */
  FG_GAZ_PLACE = 4,   /* fg:City, fg:Facility, and metonyms (capitals) */
  FG_GAZ_DEMONYM = 8  /* "Syrian": not a name of an entity */
};

/* Longest name the matcher tries, in words. */
#define FG_GAZ_MAX_WORDS 12

typedef struct FgNerGaz FgNerGaz;

/* Indexes the names of gaz (which may be freed afterwards). gaz may be
 * NULL: the index is then empty. FG_ERR_NOMEM on failure. */
FgStatus fg_ner_gaz_new(const FgGazetteer *gaz, FgNerGaz **out);
void fg_ner_gaz_free(FgNerGaz *index);

/* marks[i] = (FgBilou position << 4) | list types for each of the n words,
 * 0 outside every listed name; leftmost-longest matches. index may be
 * NULL (all 0). */
void fg_ner_gaz_mark(const FgNerGaz *index, const FgWord *words, size_t n,
                     uint8_t *marks);

/* The list types of exactly the words [begin, end), 0 if not listed. */
unsigned fg_ner_gaz_types(const FgNerGaz *index, const FgWord *words,
                          size_t begin, size_t end);

/* The same for a name written as text ("United States"), split into
 * words as the index splits labels. */
unsigned fg_ner_gaz_text_types(const FgNerGaz *index, const char *text);

#endif
