/* SPDX-License-Identifier: MIT */
/* Run configuration: one struct, filled with fg_config_default(). */
#ifndef FACTGRAPH_CONFIG_H
#define FACTGRAPH_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "api.h"
#include "diag.h"

#define FG_MAX_GAZETTEERS 16

/* What an input holds. FG_INPUT_AUTO tells by content: JSON Lines when it
 * starts with '{' and a member name, NITF or NewsML-G2 by the root
 * element, HTML for other markup, else plain text. */
typedef enum {
  FG_INPUT_AUTO = 0,
  FG_INPUT_TEXT,
  FG_INPUT_HTML,
  FG_INPUT_NITF,
  FG_INPUT_NEWSML,
  FG_INPUT_JSONL,
  FG_INPUT_CONLLU /* pre-tokenized: FORMs and sentence breaks (never auto) */
} FgInputFormat;

typedef struct {
  /* Base for minted IRIs: <base>entity/..., <base>doc/..., <base>fact/... */
  const char *base_iri;
  /* Directory holding factgraph.ttl, gazetteer.ttl and lexicon.tsv. */
  const char *ontology_dir;
  /* Extra gazetteers given by the user (Turtle, same shape as ours). */
  const char *gazetteers[FG_MAX_GAZETTEERS];
  size_t gazetteer_count;
  /* How inputs are read (default FG_INPUT_AUTO). */
  FgInputFormat input_format;
  /* Whether a directory given as input is walked (else it is an error). */
  bool recursive;
  /* Keep each document's linguistic analysis for FG_FORMAT_CONLLU (in a
   * temporary file, so memory stays flat); the run's parts then carry it,
   * and the parts it adds must (run.h, partial results). */
  bool conllu;
  /* Diagnostics sink; NULL drops them. */
  FgDiagFunc diag;
  void *diag_handle;
} FgConfig;

/* Default configuration: base https://example.org/factgraph/, the ontology
 * directory found at FG_ONTOLOGY_DIR (set at build time) and no sink. */
FG_API FgConfig fg_config_default(void);

/* The input format called name ("auto", "text", "html", "nitf", "newsml",
 * "jsonl",
 * "conllu"); false for an unknown name. */
FG_API bool fg_input_format_from_name(const char *name, FgInputFormat *out);

/* The name of an input format (static). */
FG_API const char *fg_input_format_name(FgInputFormat format);

#endif
