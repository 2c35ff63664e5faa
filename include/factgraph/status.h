/* SPDX-License-Identifier: MIT */
/* Status codes: success first, then the non-fatal "nothing done", then
 * errors, so "worse than non-fatal" is one comparison (st > FG_NOTHING). */
#ifndef FACTGRAPH_STATUS_H
#define FACTGRAPH_STATUS_H

#include "api.h"

typedef enum {
  FG_OK = 0,      /* done */
  FG_NOTHING,     /* nothing to do, not an error (e.g. an empty document) */
  FG_ERR_NOMEM,   /* out of memory */
  FG_ERR_IO,      /* a file could not be read or written */
  FG_ERR_INPUT,   /* the input is not usable text (binary, undecodable) */
  FG_ERR_SYNTAX,  /* a knowledge file (ontology, gazetteer, lexicon) is bad */
  FG_ERR_USAGE,   /* a bad argument from the caller */
  FG_ERR_INTERNAL, /* a dependency failed in an unexpected way */
  FG_ERR_MODEL     /* a trained model file is missing, truncated, corrupt
                      or not a model of the expected kind */
} FgStatus;

/* Returns a static English description of the status. */
FG_API const char *fg_strerror(FgStatus status);

#endif
