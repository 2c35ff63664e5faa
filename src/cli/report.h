/* SPDX-License-Identifier: MIT */
/* Messages of the factgraph tool: diagnostics, progress and errors, all on
 * one stream, filtered by verbosity, each line prefixed "factgraph: ". */
#ifndef FG_CLI_REPORT_H
#define FG_CLI_REPORT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

#include "cli/options.h"
#include "factgraph/factgraph.h"

typedef struct {
  FILE *err;
  CliVerbosity verbosity;
  /* Reported so far, shown or not: lets the caller tell whether the
   * library already explained a failure. */
  size_t warnings;
  size_t errors;
} CliReport;

/* Prints format and args to err with every control character, invalid
 * byte and bidirectional override escaped (fg_diag_printable): every
 * message of the tool goes through here. */
__attribute__((format(printf, 2, 0))) void
cli_print_formatted(FILE *err, const char *format, va_list args);

/* The library's diagnostic sink (an FgDiagFunc; handle is a CliReport).
 * Prints "factgraph: SOURCE:LINE: warning: message", leaving out what is
 * unknown and writing a byte offset as "SOURCE: byte N:". */
void cli_report_diag(void *handle, const FgDiag *diag);

/* An error of the tool itself, about source (NULL for none). */
__attribute__((format(printf, 3, 4))) void cli_report_error(CliReport *report,
                                                            const char *source,
                                                            const char *format,
                                                            ...);

/* A warning of the tool itself; hidden by --quiet. */
__attribute__((format(printf, 3, 4))) void
cli_report_warning(CliReport *report, const char *source, const char *format,
                   ...);

/* Information shown only with --verbose. */
__attribute__((format(printf, 2, 3))) void
cli_report_info(CliReport *report, const char *format, ...);

/* "factgraph: [3/120] path", only with --verbose. */
void cli_report_progress(CliReport *report, size_t index, size_t count,
                         const char *path);

/* Exit status for a library status: 0 for success or nothing done, 2 for
 * a usage error, 1 for every other failure. */
int cli_exit_status(FgStatus status);

#endif
