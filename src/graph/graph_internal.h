/* SPDX-License-Identifier: MIT */
/* What a run needs from the graph beyond the public API: it collects each
 * claim's evidence while the claim's entities are still local to their
 * document, and adds the claim once they are resolved. */
#ifndef FG_GRAPH_GRAPH_INTERNAL_H
#define FG_GRAPH_GRAPH_INTERNAL_H

#include <stdint.h>

#include "evidence.h"
#include "factgraph/graph.h"

/* Appends one sentence to the chain *chain (FG_NO_EVIDENCE: a new one).
 * The document must have been added. FG_OK, FG_ERR_USAGE, FG_ERR_NOMEM. */
FgStatus fg_graph_add_evidence(FgGraph *graph, uint64_t *chain,
                               const FgEvidence *evidence);

/* Attaches a part's file (fd duplicated, name for errors) that sentences
 * can stay in; its id, or 0 when it cannot be (fg_evidence_store_attach). */
uint32_t fg_graph_attach_evidence_file(FgGraph *graph, int fd, const char *name);

/* fg_graph_add_evidence for a sentence that stays in the attached file,
 * text_len bytes at offset text. FG_ERR_INPUT when it is not in the file
 * (or out of memory). */
FgStatus fg_graph_add_evidence_at(FgGraph *graph, uint64_t *chain, const FgEvidence *evidence,
                                  uint32_t file, uint64_t text, uint32_t text_len);

/* Adds a claim supported by the sentences of chain and by omitted more
 * that were counted but not stored; strings copied. FG_OK, FG_NOTHING for
 * an empty chain, FG_ERR_USAGE, FG_ERR_NOMEM. */
FgStatus fg_graph_add_claim(FgGraph *graph, const FgFactInput *fact,
                            uint64_t chain, uint64_t omitted);

/* Reads the sentences of chain, newest first (fg_evidence_store_read of
 * the graph's store); before finish only. */
bool fg_graph_read_chain(const FgGraph *graph, uint64_t chain, FgArena *strings,
                         FgEvidenceFunc fn, void *handle);

/* Where the document added as index added stands once the graph is
 * finished (documents are sorted by their final id); FG_NONE before
 * finish or for no such document. */
uint32_t fg_graph_document_rank(const FgGraph *graph, uint32_t added);

/* 0, or the errno that kept the evidence from its temporary file. */
int fg_graph_spill_error(const FgGraph *graph);

/* Why reading the evidence back failed (see fg_evidence_store_read_error),
 * or NULL. */
const char *fg_graph_evidence_error(const FgGraph *graph);

#endif
