/* SPDX-License-Identifier: MIT */
/* What the recognizer said earlier in the same document: for each word
 * form that was part of a predicted name, the type of that name (the last
 * one wins). A later, shorter or sentence-initial mention ("Norton" after
 * "Joshua Norton") then gets a feature from it (Ratinov & Roth 2009,
 * prediction history). Memory is per document: clear it between them. */
#ifndef FG_NER_MEMORY_H
#define FG_NER_MEMORY_H

#include <stddef.h>
#include <stdint.h>

#include "factgraph/status.h"
#include "ner/bilou.h"
#include "nlp/word.h"

typedef struct FgNerMemory FgNerMemory;

/* NULL when out of memory. */
FgNerMemory *fg_ner_memory_new(void);
void fg_ner_memory_free(FgNerMemory *memory);
/* Forgets everything (a new document starts). */
void fg_ner_memory_clear(FgNerMemory *memory);
/* The type remembered for this form, FG_NER_NONE if none. */
unsigned fg_ner_memory_get(const FgNerMemory *memory, const char *form,
                           size_t len);
/* Remembers the words of each span beginning with a capital letter (or a
 * non-ASCII byte) as that span's type. FG_ERR_NOMEM when the table could
 * not grow (the memory stays usable); at most FG_NER_MEMORY_MAX forms are
 * kept per document, later ones are ignored. */
#define FG_NER_MEMORY_MAX 65536
FgStatus fg_ner_memory_add(FgNerMemory *memory, const FgWord *words,
                           const FgNerSpan *spans, size_t count);

#endif
