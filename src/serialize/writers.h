/* SPDX-License-Identifier: MIT */
/* The writers: RDF through raptor2, GraphViz DOT and the facts TSV. */
#ifndef FG_SERIALIZE_WRITERS_H
#define FG_SERIALIZE_WRITERS_H

#include <stdio.h>

#include "factgraph/diag.h"
#include "factgraph/export.h"
#include "factgraph/graph.h"
#include "lexicon/ontology.h"

/* Turtle, N-Triples or N-Quads through raptor2's serializers. */
FgStatus fg_write_rdf(const FgGraph *graph, const FgOntology *onto,
                      FgFormat format, const FgWriteOptions *options,
                      FILE *out, FgDiagFunc diag, void *handle);

/* GraphViz DOT: one node per entity, one edge per asserted fact. */
FgStatus fg_write_dot(const FgGraph *graph, const FgOntology *onto,
                      const FgWriteOptions *options, FILE *out,
                      FgDiagFunc diag, void *handle);

/* The facts TSV described in shared/README.md. */
FgStatus fg_write_tsv(const FgGraph *graph, FILE *out);

#endif
