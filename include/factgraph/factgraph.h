/* SPDX-License-Identifier: MIT */
/* factgraph: news articles to a knowledge graph of facts with provenance.
 * Umbrella header; includes only the per-concept headers beside it. */
#ifndef FACTGRAPH_FACTGRAPH_H
#define FACTGRAPH_FACTGRAPH_H

#include "api.h"
#include "config.h"
#include "diag.h"
#include "export.h"
#include "graph.h"
#include "run.h"
#include "status.h"
#include "version.h"

#endif
