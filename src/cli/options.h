/* SPDX-License-Identifier: MIT */
/* Command line of the factgraph tool: parsed into one struct, no globals. */
#ifndef FG_CLI_OPTIONS_H
#define FG_CLI_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "factgraph/factgraph.h"

/* More -j than this is a usage error. */
#define CLI_MAX_JOBS 1024

/* More -o than this is a usage error: it bounds the table below. */
#define CLI_MAX_OUTPUTS 32

typedef enum { CLI_RUN, CLI_HELP, CLI_VERSION } CliAction;

typedef enum { CLI_QUIET, CLI_NORMAL, CLI_VERBOSE } CliVerbosity;

typedef struct {
  const char *path; /* borrowed from argv */
  FgFormat format;  /* from the path's extension */
} CliOutput;

typedef struct {
  CliAction action;
  FgConfig config; /* diag sink left NULL: the caller wires it */
  FgWriteOptions write;
  CliOutput outputs[CLI_MAX_OUTPUTS];
  size_t output_count;
  bool to_stdout; /* -f given, or no -o at all */
  FgFormat stdout_format;
  char *const *files; /* the FILE operands, borrowed from argv */
  size_t file_count;
  CliVerbosity verbosity;
  unsigned jobs; /* -j: threads reading the inputs; 0: one per core */
  bool merge;          /* `factgraph merge PART...`: files are parts */
  const char *partial; /* --partial PATH: write a part, not the outputs */
  bool with_conllu;    /* --with-conllu: the part carries the analysis */
} CliOptions;

/* Parses argv into *opts. Returns 0 on success; on a usage error prints the
 * reason and a hint to err and returns 2 (the exit status to use). */
int cli_options_parse(int argc, char **argv, CliOptions *opts, FILE *err);

/* Prints the --help text. */
void cli_options_print_help(FILE *out);

#endif
