/* SPDX-License-Identifier: MIT */
/* factgraph: the command-line tool. Parses the options, drives the library
 * and maps its status to an exit code: 0 ok, 1 failure, 2 usage. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli/options.h"
#include "cli/report.h"
#include "cli/signals.h"
#include "factgraph/factgraph.h"

/* What reading the inputs needs to report on each. */
typedef struct {
  FgRun *run;
  const CliOptions *opts;
  CliReport *report;
  bool stdin_closed;
  int exit_status;
  size_t usable;            /* inputs that gave at least one document */
  size_t warnings, errors;  /* the report's counts before the input */
  size_t documents;         /* the run's before the input */
} Reading;

/* Before each input, on the thread that adds it to the run: progress,
 * and a closed standard input is skipped. */
static bool before_input(void *handle, size_t index) {
  Reading *r = handle;
  const char *path = r->opts->files[index];
  cli_report_progress(r->report, index + 1, r->opts->file_count, path);
  if (r->stdin_closed && strcmp(path, "-") == 0) {
    cli_report_error(r->report, "stdin", "standard input is closed: skipped");
    r->exit_status = 1;
    return false;
  }
  r->warnings = r->report->warnings;
  r->errors = r->report->errors;
  r->documents = fg_run_document_count(r->run);
  return true;
}

/* The library's diagnostics name the file already: only a failure or an
 * empty document it did not explain gets a message of our own. */
static void after_input(void *handle, size_t index, FgStatus status) {
  Reading *r = handle;
  const char *path = r->opts->files[index];
  r->usable += fg_run_document_count(r->run) > r->documents;
  if (status == FG_NOTHING) {
    if (r->report->warnings == r->warnings)
      cli_report_warning(r->report, path, "empty document, nothing read");
  } else if (status > FG_NOTHING) {
    if (r->report->errors == r->errors)
      cli_report_error(r->report, path, "skipped (%s)", fg_strerror(status));
    r->exit_status = 1;
  }
}

/* Reads every input (in opts->jobs threads), or every part of a merge,
 * naming each failure; returns how many gave at least one document. Sets
 * *exit_status to 1 when one failed. */
static size_t read_inputs(FgRun *run, const CliOptions *opts, CliReport *report,
                          bool stdin_closed, int *exit_status) {
  Reading r = {run, opts, report, stdin_closed, 0, 0, 0, 0, 0};
  if (opts->merge) {
    for (size_t i = 0; i < opts->file_count; i++) {
      if (!before_input(&r, i))
        continue;
      FgStatus status = fg_run_add_part(run, opts->files[i]);
      if (status > FG_NOTHING) {
        /* a merge is whole or nothing; a part without the CoNLL-U
         * analysis asked for is a usage error (2) */
        *exit_status = cli_exit_status(status);
        return 0;
      }
      after_input(&r, i, status);
    }
  } else {
    FgFilesProgress progress = {before_input, after_input, &r};
    /* per-input failures are reported by after_input; a run that cannot
     * start its threads reads nothing, which the caller reports */
    (void)fg_run_add_files(run, (const char *const *)opts->files,
                           opts->file_count, opts->jobs, &progress);
  }
  *exit_status = r.exit_status;
  return r.usable;
}

static int worse(int a, int b) { return a > b ? a : b; }

/* What the temporary-file hook needs to say what is being written. */
typedef struct {
  const CliOptions *opts;
  CliReport *report;
} Writing;

/* An FgTempFunc: the signal handler's table, and progress. */
static bool track_temp(void *handle, size_t index, const char *temp) {
  Writing *w = handle;
  if (!cli_signals_temp(NULL, index, temp))
    return false;
  if (temp)
    cli_report_info(w->report, "writing %s (%s)", w->opts->outputs[index].path,
                    fg_format_name(w->opts->outputs[index].format));
  return true;
}

/* Writes every -o file, all or none, then standard output; names each
 * failure. */
static int write_outputs(const FgRun *run, const CliOptions *opts,
                         CliReport *report) {
  int exit_status = 0;
  if (opts->output_count > 0) {
    FgOutput outputs[CLI_MAX_OUTPUTS];
    for (size_t i = 0; i < opts->output_count; i++) {
      outputs[i].format = opts->outputs[i].format;
      outputs[i].path = opts->outputs[i].path;
    }
    Writing w = {opts, report};
    FgStatus status = fg_run_write_files(run, outputs, opts->output_count,
                                         &opts->write, track_temp, &w);
    if (status > FG_NOTHING && opts->output_count > 1)
      cli_report_error(report, NULL, "no output file replaced: all are "
                                     "written or none");
    else if (status <= FG_NOTHING)
      cli_report_info(report, "wrote %zu output files", opts->output_count);
    exit_status = cli_exit_status(status);
  }
  if (!opts->to_stdout)
    return exit_status;
  FgStatus status =
      fg_run_write(run, opts->stdout_format, &opts->write, stdout);
  int error = ferror(stdout) ? errno : 0;
  if (status <= FG_NOTHING && !error && fflush(stdout) != 0)
    error = errno;
  if (error)
    cli_report_error(report, "standard output", "not written (%s)",
                     strerror(error));
  else if (status > FG_NOTHING)
    cli_report_error(report, "standard output", "not written (%s)",
                     fg_strerror(status));
  return worse(exit_status, error ? 1 : cli_exit_status(status));
}

/* --partial: the part instead of the outputs. */
static int write_part(FgRun *run, const CliOptions *opts, CliReport *report) {
  FgStatus status =
      fg_run_write_part_tracked(run, opts->partial, cli_signals_temp, NULL);
  if (status <= FG_NOTHING)
    cli_report_info(report, "wrote the part %s (%zu documents)", opts->partial,
                    fg_run_document_count(run));
  return cli_exit_status(status);
}

static int export_graph(FgRun *run, const CliOptions *opts, CliReport *report,
                        bool stdin_closed) {
  int exit_status = 0;
  size_t usable = read_inputs(run, opts, report, stdin_closed, &exit_status);
  if (usable == 0) {
    cli_report_error(report, NULL, "no usable input, nothing written");
    return worse(exit_status, 1);
  }
  if (opts->partial)
    return worse(exit_status, write_part(run, opts, report));
  FgStatus status = fg_run_finish(run);
  if (status > FG_NOTHING) {
    cli_report_error(report, NULL, "cannot build the graph (%s)",
                     fg_strerror(status));
    return cli_exit_status(status);
  }
  const FgGraph *graph = fg_run_graph(run);
  cli_report_info(report, "%zu of %zu inputs read: %zu entities, %zu facts",
                  usable, opts->file_count, fg_graph_entity_count(graph),
                  fg_graph_fact_count(graph));
  return worse(exit_status, write_outputs(run, opts, report));
}

/* A closed standard descriptor would be taken by the next file opened
 * (the evidence store's temporary file, an output), and what is printed
 * to it would land in that file: each closed one is opened on /dev/null.
 * Returns the closed ones as bits (1 << fd), or -1 when one cannot be. */
static int occupy_standard_descriptors(void) {
  int closed = 0;
  for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; fd++) {
    if (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
      continue;
    /* the lower ones are open, so open() returns fd itself */
    if (open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY) != fd)
      return -1;
    closed |= 1 << fd;
  }
  return closed;
}

static int print_and_exit(void (*print)(FILE *)) {
  print(stdout);
  return fflush(stdout) == 0 ? 0 : 1;
}

/* A tool linked with the shared library may run with another version. */
static void print_program_version(void) {
  printf("factgraph %s\n", FG_VERSION);
  if (strcmp(fg_version(), FG_VERSION) != 0)
    printf("library: %s\n", fg_version());
}

/* --version: what the run loaded, one "name: version" line each. */
static int print_versions(const FgRun *run, const CliOptions *opts) {
  static const struct {
    const char *name;
    FgKnowledgeFile file;
  } files[] = {{"ontology", FG_KNOWLEDGE_ONTOLOGY},
               {"gazetteer", FG_KNOWLEDGE_GAZETTEER},
               {"lexicon", FG_KNOWLEDGE_LEXICON}};
  printf("knowledge files: %s\n", opts->config.ontology_dir);
  for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
    const char *version = fg_run_version(run, files[i].file);
    printf("%s: %s\n", files[i].name, version ? version : "unversioned");
  }
  size_t models = fg_run_model_count(run);
  fputs(models == 0 ? "models: none" : "models:", stdout);
  for (size_t i = 0; i < models; i++)
    printf(" %s", fg_run_model_name(run, i));
  putchar('\n');
  return fflush(stdout) == 0 ? 0 : 1;
}

int main(int argc, char **argv) {
  int closed = occupy_standard_descriptors();
  if (closed < 0)
    return 1;
  CliOptions opts;
  int exit_status = cli_options_parse(argc, argv, &opts, stderr);
  if (exit_status != 0)
    return exit_status;
  if ((closed & 1 << STDOUT_FILENO) &&
      (opts.to_stdout || opts.action != CLI_RUN)) {
    fputs("factgraph: standard output is closed: nothing written\n", stderr);
    return 1;
  }
  if (opts.action == CLI_HELP)
    return print_and_exit(cli_options_print_help);
  if (opts.action == CLI_VERSION) /* even when the knowledge files fail */
    print_program_version();

  cli_signals_catch();
  CliReport report = {stderr, opts.verbosity, 0, 0};
  opts.config.diag = cli_report_diag;
  opts.config.diag_handle = &report;
  FgRun *run = NULL;
  FgStatus status = fg_run_new(&opts.config, &run);
  if (status > FG_NOTHING) {
    cli_report_error(&report, NULL, "cannot load the %s (%s)",
                     status == FG_ERR_MODEL ? "models" : "knowledge files",
                     fg_strerror(status));
    fg_run_free(run);
    return cli_exit_status(status);
  }
  exit_status = opts.action == CLI_VERSION
                    ? print_versions(run, &opts)
                    : export_graph(run, &opts, &report, closed & 1 << STDIN_FILENO);
  fg_run_free(run);
  return exit_status;
}
