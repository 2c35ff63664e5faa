/* SPDX-License-Identifier: MIT */
/* Messages of the factgraph tool. */
#include "cli/report.h"

#include <stdarg.h>
#include <stdlib.h>

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

/* Prints text with whatever a terminal would act on escaped (a file name
 * or an input's id can hold any byte); out of memory, a placeholder, never
 * the raw text. */
static void print_printable(FILE *err, const char *text) {
  char *safe = fg_diag_printable(text);
  fputs(safe ? safe : "(out of memory)", err);
  free(safe);
}

void cli_print_formatted(FILE *err, const char *format, va_list args) {
  va_list copy;
  va_copy(copy, args);
  int len = vsnprintf(NULL, 0, format, copy);
  va_end(copy);
  char *text = len >= 0 ? malloc((size_t)len + 1) : NULL;
  if (text) {
    vsnprintf(text, (size_t)len + 1, format, args);
    print_printable(err, text);
  } else {
    fputs("(out of memory)", err);
  }
  free(text);
}

/* Prints "factgraph: SOURCE:LINE: severity: " with the unknown parts left
 * out. Byte offset 0 is indistinguishable from "unknown", so it is not
 * printed. */
static void print_prefix(FILE *err, const char *source, unsigned long line,
                         unsigned long byte, FgSeverity severity) {
  fputs("factgraph: ", err);
  if (source != NULL) {
    print_printable(err, source);
    if (line > 0)
      fprintf(err, ":%lu", line);
    else if (byte > 0)
      fprintf(err, ": byte %lu", byte);
    fputs(": ", err);
  }
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
  cli_print_formatted(report->err, format, args);
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
  cli_print_formatted(report->err, format, args);
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
  return status == FG_ERR_USAGE || status == FG_ERR_MODEL ? 2 : 1;
}
