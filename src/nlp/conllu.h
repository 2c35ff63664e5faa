/* SPDX-License-Identifier: MIT */
/* CoNLL-U output of a document's analysis (pipeline.h): "# newdoc id",
 * then per sentence "# sent_id" and "# text", ten tab-separated columns,
 * multiword-token range lines, SpaceAfter=No and NER=B-Type / I-Type in
 * MISC. */
#ifndef FG_NLP_CONLLU_H
#define FG_NLP_CONLLU_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "nlp/pipeline.h"

/* Writes doc's sentences to out. doc_id opens a new document ("# newdoc
 * id", white space in it written as '_') when new_doc; sentences are
 * numbered on from *sentence_no (sent_id <doc_id>-<n>). False when
 * writing failed. */
bool fg_conllu_write(FILE *out, const char *doc_id, bool new_doc,
                     uint32_t *sentence_no, const FgNlpDoc *doc);

#endif
