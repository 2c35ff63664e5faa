/* Run configuration: one struct, filled with fg_config_default(). */
#ifndef FACTGRAPH_CONFIG_H
#define FACTGRAPH_CONFIG_H

#include <stddef.h>

#include "api.h"
#include "diag.h"

#define FG_MAX_GAZETTEERS 16

typedef struct {
  /* Base for minted IRIs: <base>entity/..., <base>doc/..., <base>fact/... */
  const char *base_iri;
  /* Directory holding factgraph.ttl, gazetteer.ttl and lexicon.tsv. */
  const char *ontology_dir;
  /* Extra gazetteers given by the user (Turtle, same shape as ours). */
  const char *gazetteers[FG_MAX_GAZETTEERS];
  size_t gazetteer_count;
  /* Diagnostics sink; NULL drops them. */
  FgDiagFunc diag;
  void *diag_handle;
} FgConfig;

/* Default configuration: base https://example.org/factgraph/, the ontology
 * directory found at FG_ONTOLOGY_DIR (set at build time) and no sink. */
FG_API FgConfig fg_config_default(void);

#endif
