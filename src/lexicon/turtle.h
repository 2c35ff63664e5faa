/* SPDX-License-Identifier: MIT */
/* Reads a Turtle knowledge file with raptor2 and hands over one triple at a
 * time: the only file in lexicon/ that talks to raptor. */
#ifndef FG_LEXICON_TURTLE_H
#define FG_LEXICON_TURTLE_H

#include <stddef.h>

#include "factgraph/diag.h"
#include "factgraph/status.h"

typedef enum { FG_RDF_IRI, FG_RDF_BLANK, FG_RDF_LITERAL } FgRdfKind;

/* A borrowed view of one RDF term. */
typedef struct {
  FgRdfKind kind;
  const char *value;    /* IRI, blank node id or literal text; NUL-ended */
  size_t len;
  const char *language; /* literal language tag, NULL when none */
  const char *datatype; /* literal datatype IRI, NULL when none */
} FgRdfTerm;

typedef struct {
  FgRdfTerm subject, predicate, object;
  unsigned long line; /* where the parser was, 0 when unknown */
} FgRdfTriple;

/* Called for each triple; the triple is borrowed for the call only. FG_OK
 * goes on, any other status stops the parse and becomes its result. */
typedef FgStatus (*FgTripleFunc)(void *handle, const FgRdfTriple *triple);

/* Parses the Turtle file at path and calls on_triple for each triple.
 * Parser errors and warnings go to diag (may be NULL) with path and line.
 * Returns FG_OK, FG_ERR_IO (cannot open or read), FG_ERR_SYNTAX (not
 * valid Turtle), FG_ERR_NOMEM, FG_ERR_INTERNAL (raptor would not start) or
 * the status that stopped on_triple. Triples already delivered before an
 * error are not taken back: callers that need all-or-nothing must stage. */
FgStatus fg_turtle_read(const char *path, FgTripleFunc on_triple, void *handle,
                        FgDiagFunc diag, void *diag_handle);

/* The local name of an IRI term in namespace ns ("Person" for
 * FG_NS "Person"), or NULL when the term is not such an IRI or the local
 * name is empty. Borrowed from the term. */
const char *fg_rdf_local(const FgRdfTerm *term, const char *ns);

/* Sends one diagnostic to diag when it is not NULL. */
void fg_rdf_report(FgDiagFunc diag, void *diag_handle, FgStatus status,
                   FgSeverity severity, const char *source,
                   unsigned long line, const char *message);

#endif
