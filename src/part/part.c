/* SPDX-License-Identifier: MIT */
/* Partial results: a run's documents, entities, facts and evidence in a
 * binary file, and that file added back to another run. */
#include <stdio.h>

#include "factgraph/run.h"

FgStatus fg_run_write_part(FgRun *run, const char *path) {
  (void)run;
  (void)path;
  return FG_ERR_USAGE;
}

FgStatus fg_run_write_part_stream(FgRun *run, FILE *out, const char *name) {
  (void)run;
  (void)out;
  (void)name;
  return FG_ERR_USAGE;
}

FgStatus fg_run_add_part(FgRun *run, const char *path) {
  (void)run;
  (void)path;
  return FG_ERR_USAGE;
}

FgStatus fg_run_add_part_stream(FgRun *run, FILE *in, const char *name) {
  (void)run;
  (void)in;
  (void)name;
  return FG_ERR_USAGE;
}
