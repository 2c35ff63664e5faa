/* SPDX-License-Identifier: MIT */
/* Relation extraction over an analysed document. */
#ifndef FG_EXTRACT_EXTRACT_H
#define FG_EXTRACT_EXTRACT_H

#include <stdbool.h>
#include <stdint.h>

#include "analysis.h"
#include "factgraph/graph.h"

/* A fact between local entities, stated by one sentence. Strings are
 * borrowed for the duration of the callback. */
typedef struct {
  FgFactInput claim;   /* subject/object/attributed_to are local entities */
  uint32_t sentence;
  const char *rule;
  double confidence;
  const char *path; /* the tree rules' account of the match, else NULL */
} FgLocalFact;

typedef bool (*FgFactFunc)(void *handle, const FgLocalFact *fact);

#endif
