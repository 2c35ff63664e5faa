/* SPDX-License-Identifier: MIT */
/* Cross-document entity resolution: local entities of every document are
 * merged into one entity per real-world thing, independent of input order. */
#ifndef FG_GRAPH_RESOLVE_H
#define FG_GRAPH_RESOLVE_H

#include <stdint.h>

#include "extract/analysis.h"
#include "factgraph/graph.h"

/* Adds one graph entity per cluster of local entities (with label, type,
 * Wikidata id and every spelling) and fills map[i] with the graph entity
 * of local entity i. Each gets a slug unique in the graph that depends on
 * the entity, not on input order (see resolve.c); the graph's document
 * ids must be unique already (fg_graph_unique_document_ids); lex (may be
 * NULL) gives the legal forms that organisations' names are united
 * without. False when out of memory. */
bool fg_resolve_entities(const FgLocalEntities *locals, const FgGazetteer *gaz,
                         const FgLexicon *lex, FgGraph *graph, uint32_t *map);

#endif
