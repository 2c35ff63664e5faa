/* SPDX-License-Identifier: MIT */
/* Messages of the factgraph tool. */
#include "cli/report.h"

#include <stdarg.h>

static const char *const severity_names[] = {
    [FG_SEV_INFO] = "info",
    [FG_SEV_WARNING] = "warning",
    [FG_SEV_ERROR] = "error",
};

static CliVerbosity least_verbosity(FgSeverity severity) {
  switch (severity) {
  case FG_SEV_INFO:
    return CLI_VERBOSE;
  case FG_SEV_WARNING:
    return CLI_NORMAL;
  default:
    return CLI_QUIET;
  }
}

/* Prints "factgraph: SOURCE:LINE: severity: " with the unknown parts left
 * out. Byte offset 0 is indistinguishable from "unknown", so it is not
 * printed. */
static void print_prefix(FILE *err, const char *source, unsigned long line,
                         unsigned long byte, FgSeverity severity) {
  fputs("factgraph: ", err);
  if (source != NULL && line > 0)
    fprintf(err, "%s:%lu: ", source, line);
  else if (source != NULL && byte > 0)
    fprintf(err, "%s: byte %lu: ", source, byte);
  else if (source != NULL)
    fprintf(err, "%s: ", source);
  fprintf(err, "%s: ", severity_names[severity]);
}

static void print_message(CliReport *report, const char *source,
                          unsigned long line, unsigned long byte,
                          FgSeverity severity, const char *format,
                          va_list args) {
  if (severity == FG_SEV_WARNING)
    report->warnings++;
  if (severity == FG_SEV_ERROR)
    report->errors++;
  if (report->verbosity < least_verbosity(severity))
    return;
  print_prefix(report->err, source, line, byte, severity);
  vfprintf(report->err, format, args);
  fputc('\n', report->err);
}

__attribute__((format(printf, 6, 7))) static void
print_formatted(CliReport *report, const char *source, unsigned long line,
                unsigned long byte, FgSeverity severity, const char *format,
                ...) {
  va_list args;
  va_start(args, format);
  print_message(report, source, line, byte, severity, format, args);
  va_end(args);
}

void cli_report_diag(void *handle, const FgDiag *diag) {
  FgSeverity severity = diag->severity;
  if (severity > FG_SEV_ERROR)
    severity = FG_SEV_ERROR;
  const char *message = diag->message;
  if (message == NULL || message[0] == '\0')
    message = fg_strerror(diag->status);
  print_formatted(handle, diag->source, diag->line, diag->byte, severity, "%s",
                  message);
}

void cli_report_error(CliReport *report, const char *source, const char *format,
                      ...) {
  va_list args;
  va_start(args, format);
  print_message(report, source, 0, 0, FG_SEV_ERROR, format, args);
  va_end(args);
}

void cli_report_warning(CliReport *report, const char *source,
                        const char *format, ...) {
  va_list args;
  va_start(args, format);
  print_message(report, source, 0, 0, FG_SEV_WARNING, format, args);
  va_end(args);
}

void cli_report_info(CliReport *report, const char *format, ...) {
  if (report->verbosity < CLI_VERBOSE)
    return;
  va_list args;
  va_start(args, format);
  fputs("factgraph: ", report->err);
  vfprintf(report->err, format, args);
  fputc('\n', report->err);
  va_end(args);
}

void cli_report_progress(CliReport *report, size_t index, size_t count,
                         const char *path) {
  cli_report_info(report, "[%zu/%zu] %s", index, count, path);
}

int cli_exit_status(FgStatus status) {
  if (status <= FG_NOTHING)
    return 0;
  return status == FG_ERR_USAGE ? 2 : 1;
}
