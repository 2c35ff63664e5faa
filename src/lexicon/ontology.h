/* SPDX-License-Identifier: MIT */
/* The OWL ontology (ontology/factgraph.ttl), read with raptor2's Turtle
 * parser: the single source of class and property names and labels. */
#ifndef FG_LEXICON_ONTOLOGY_H
#define FG_LEXICON_ONTOLOGY_H

#include <stdbool.h>

#include "factgraph/diag.h"
#include "factgraph/status.h"

/* The ontology namespace; every class and property is FG_NS + local name. */
#define FG_NS "https://w3id.org/factgraph/ontology#"
/* A knowledge file states its version as owl:versionInfo "1.2.3". */
#define FG_OWL_VERSION_INFO "http://www.w3.org/2002/07/owl#versionInfo"

typedef struct FgOntology FgOntology;

/* Parses the Turtle file at path. Errors (with line) go to diag. */
FgStatus fg_ontology_load(const char *path, FgDiagFunc diag, void *handle,
                          FgOntology **out);
void fg_ontology_free(FgOntology *onto);

/* Local names (no namespace): "Person", "leaderOf". */
bool fg_ontology_has_class(const FgOntology *onto, const char *local);
bool fg_ontology_has_property(const FgOntology *onto, const char *local);
/* rdfs:label (English or untagged) of a class or property, or NULL. */
const char *fg_ontology_label(const FgOntology *onto, const char *local);
/* True when cls is ancestor or a (transitive) rdfs:subClassOf of it. */
bool fg_ontology_is_a(const FgOntology *onto, const char *cls,
                      const char *ancestor);
/* True when the property is declared owl:SymmetricProperty. */
bool fg_ontology_is_symmetric(const FgOntology *onto, const char *property);
/* The first owl:versionInfo literal of the file (the owl:Ontology header's
 * by convention), or NULL when it states none. Owned by onto. */
const char *fg_ontology_version(const FgOntology *onto);

#endif
