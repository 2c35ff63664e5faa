/* SPDX-License-Identifier: MIT */
/* Diagnostics: the library never prints; it reports through this callback. */
#ifndef FACTGRAPH_DIAG_H
#define FACTGRAPH_DIAG_H

#include <stddef.h>

#include "api.h"
#include "status.h"

typedef enum { FG_SEV_INFO, FG_SEV_WARNING, FG_SEV_ERROR } FgSeverity;

typedef struct {
  FgStatus status;
  FgSeverity severity;
  const char *source; /* file name or "-" or a knowledge file; may be NULL */
  unsigned long line; /* 1-based, 0 when unknown */
  unsigned long byte; /* byte offset in source, meaningful when line is 0 */
  const char *message;
} FgDiag;

/* Called for every diagnostic; the FgDiag is borrowed for the call only. */
typedef void (*FgDiagFunc)(void *handle, const FgDiag *diag);

#endif
