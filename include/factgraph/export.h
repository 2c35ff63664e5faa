/* SPDX-License-Identifier: MIT */
/* Output formats and writers. */
#ifndef FACTGRAPH_EXPORT_H
#define FACTGRAPH_EXPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "api.h"
#include "graph.h"
#include "status.h"

typedef enum {
  FG_FORMAT_TURTLE,
  FG_FORMAT_NTRIPLES,
  FG_FORMAT_NQUADS,
  FG_FORMAT_DOT,
  FG_FORMAT_TSV,
  FG_FORMAT_CONLLU /* the linguistic analysis; needs FgConfig.conllu */
} FgFormat;

/* Where minted IRIs start unless the user gives a base. */
#define FG_DEFAULT_BASE_IRI "https://example.org/factgraph/"

typedef struct {
  const char *base_iri;   /* base for minted IRIs; NULL = FG_DEFAULT_BASE_IRI */
  /* DOT views */
  const char *focus;      /* entity name (any spelling) or NULL for all */
  unsigned depth;         /* hops around the focus entity */
  unsigned min_sources;   /* only facts stated by at least this many documents */
  size_t max_nodes;       /* 0 = default limit, keeps `dot` fast */
  size_t max_edges;       /* 0 = default limit: `dot` slows with edges too */
  bool cluster_by_type;   /* one box per entity type (Person, Place, ...) */
} FgWriteOptions;

/* Defaults: default base, no focus, depth 1, min_sources 1, max_nodes 0,
 * max_edges 0, no clusters. */
FG_API FgWriteOptions fg_write_options_default(void);

/* Looks up a format by name ("turtle", "ttl", "ntriples", "nt", "nquads",
 * "nq", "dot", "tsv", "conllu") or by a path's extension. False when unknown. */
FG_API bool fg_format_from_name(const char *name, FgFormat *out);
FG_API bool fg_format_from_path(const char *path, FgFormat *out);
/* NULL when iri can be the base of minted IRIs (NULL itself, the
 * default, can): an absolute IRI (a scheme such as "https:") in valid
 * UTF-8 without spaces, controls (C0, DEL, C1), bidirectional controls
 * (U+200E, U+200F, U+202A..U+202E, U+2066..U+2069, U+061C), Unicode
 * noncharacters (U+FFFE, U+FFFF, ...), <>"{}|^`\ or a '%' that starts no
 * escape. Else what is wrong, in words, with *offset the byte where. */
FG_API const char *fg_base_iri_problem(const char *iri, size_t *offset);

/* Canonical name of a format ("turtle", ...). */
FG_API const char *fg_format_name(FgFormat format);

#endif
