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

/* Called for every diagnostic; the FgDiag is borrowed for the call only.
 * A source or message may hold any bytes a file name or an input held:
 * print it through fg_diag_printable(). */
typedef void (*FgDiagFunc)(void *handle, const FgDiag *diag);

/* A copy of text (to free) that is safe to print on a terminal: a control
 * character, DEL or an invalid UTF-8 byte as \xHH, a C1 control (NEL,
 * CSI, ...), U+2028, U+2029 or a bidirectional override as \uHHHH, a
 * backslash as \\. NULL when out of memory. */
FG_API char *fg_diag_printable(const char *text);

#endif
