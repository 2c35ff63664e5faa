/* SPDX-License-Identifier: MIT */
/* libFuzzer target: the whole pipeline through the public API. Each input
 * is read as a document (format detection, readers, UTF-8 repair, text
 * analysis, extraction); every RECYCLE inputs the graph is finished,
 * written as N-Triples and Turtle, and the run started afresh.
 *
 * Loading the knowledge files takes about 50 ms, so the run outlives one
 * input: libFuzzer gives no context pointer, hence the one static. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "factgraph/factgraph.h"

#define RECYCLE 256

typedef struct {
  FgRun *run;
  unsigned inputs;
} Harness;

static Harness harness;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Errors from the writers are findings: show them before aborting. */
static void print_errors(void *handle, const FgDiag *diag) {
  (void)handle;
  if (diag->severity == FG_SEV_ERROR && diag->source &&
      strcmp(diag->source, "raptor") == 0)
    fprintf(stderr, "fuzz_pipeline: raptor: %s\n", diag->message);
}

/* Whatever was read, the graph must build and every writer succeed. */
static void finish_and_write(FgRun *run) {
  if (fg_run_finish(run) != FG_OK)
    abort();
  FILE *sink = fopen("/dev/null", "w");
  if (!sink)
    abort();
  const FgFormat formats[] = {FG_FORMAT_NTRIPLES, FG_FORMAT_TURTLE,
                              FG_FORMAT_NQUADS, FG_FORMAT_TSV};
  for (size_t i = 0; i < sizeof formats / sizeof *formats; i++)
    if (fg_run_write(run, formats[i], NULL, sink) > FG_NOTHING)
      abort();
  fclose(sink);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!harness.run) {
    FgConfig config = fg_config_default();
    config.diag = print_errors;
    if (fg_run_new(&config, &harness.run) != FG_OK)
      abort();
  }
  char id[32];
  snprintf(id, sizeof id, "fuzz-%u", harness.inputs);
  fg_run_add_memory(harness.run, id, (const char *)data, size);
  if (++harness.inputs % RECYCLE == 0) {
    finish_and_write(harness.run);
    fg_run_free(harness.run);
    harness.run = NULL;
  }
  return 0;
}
