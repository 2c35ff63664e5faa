/* SPDX-License-Identifier: MIT */
/* CoNLL-U output of a document's analysis (pipeline.h): "# newdoc id",
 * then per sentence "# sent_id" and "# text", ten tab-separated columns,
 * multiword-token range lines, SpaceAfter=No and NER=B-Type / I-Type in
 * MISC. Written in two steps: each document's sentences as a block while
 * it is read, without its id, and the blocks with their documents' final
 * ids in the graph's order once the run is finished. */
#ifndef FG_NLP_CONLLU_H
#define FG_NLP_CONLLU_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "nlp/pipeline.h"

/* Writes doc's sentences to out as a block of a document, its sentences
 * numbered on from *sentence_no ("# sent_id = <n>"; the document's id is
 * added by fg_conllu_put_document, which knows the final one). False when
 * writing failed. */
bool fg_conllu_write(FILE *out, uint32_t *sentence_no, const FgNlpDoc *doc);

/* Writes a document to out: "# newdoc id = <doc_id>", then the block of
 * len bytes that fg_conllu_write wrote, read from in at its position, with
 * each "# sent_id = <n>" as "# sent_id = <doc_id>-<n>" (white space in
 * doc_id written as '_'). False when reading or writing failed. */
bool fg_conllu_put_document(FILE *out, const char *doc_id, FILE *in,
                            uint64_t len);

#endif
