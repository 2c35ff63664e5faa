/* SPDX-License-Identifier: MIT */
/* Named entities from GUM's MISC Entity= annotation (CoNLL-2012 brackets,
 * see ../shared/corpora/README.md), for training and evaluation only.
 *
 * A mention is named when its head (the first word of the mention whose
 * syntactic head lies outside it) is a PROPN, or an X with a Wikipedia
 * identity; its type must be person, organization, place or event. The
 * span kept is the name itself:
 *   - after the head, the mention stops before a comma, bracket, colon or
 *     semicolon, and before any word attached to the head's name through
 *     appos, acl, acl:relcl, advcl, parataxis, list, conj, cc or
 *     dislocated (an apposition or relative clause is not the name);
 *   - a trailing possessive 's and punctuation are dropped;
 *   - before the head, everything up to a possessive 's is dropped
 *     ("England 's City of Festivals"), then leading determiners,
 *     pronouns, punctuation, adpositions, conjunctions and lower-case
 *     words, and for persons the titles Mr, Dr, President, General, ...
 * Of overlapping names the longest is kept (the outermost).
 * Places stay FG_NER_PLACE; the caller decides which are countries. */
#ifndef FG_NER_GUM_H
#define FG_NER_GUM_H

#include <stddef.h>

#include "factgraph/status.h"
#include "ner/bilou.h"
#include "nlp/word.h"
#include "util/arena.h"

typedef struct {
  FgNerSpan span;
  const char *identity; /* decoded Wikipedia title ("Santa Catarina
                           (state)", '_' as ' '), or NULL */
} FgGumName;

/* Finds the names of one sentence of n words, whose MISC columns are
 * misc[0..n) (NULL or "_" for none). words need form, upos, xpos, head
 * and deprel. Writes at most n names to out, sorted, and sets *count.
 * Returns FG_OK, FG_ERR_SYNTAX for a malformed Entity value (a closing
 * bracket with no open mention, fewer than 7 fields) or FG_ERR_NOMEM;
 * memory comes from scratch. */
FgStatus fg_gum_names(const FgWord *words, const char *const *misc, size_t n,
                      FgArena *scratch, FgGumName *out, size_t *count);

#endif
