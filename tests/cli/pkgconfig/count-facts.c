/* SPDX-License-Identifier: MIT */
/* Built against an installed libfactgraph by tests/cli/test-install.sh. */
#include <factgraph/factgraph.h>
#include <stdio.h>

int main(int argc, char **argv) {
  FgConfig config = fg_config_default();
  FgRun *run = NULL;
  if (argc != 2 || fg_run_new(&config, &run) != FG_OK)
    return 2;
  FgStatus status = fg_run_add_file(run, argv[1]);
  if (status > FG_NOTHING || fg_run_finish(run) != FG_OK) {
    fg_run_free(run);
    return 1;
  }
  printf("%s %zu\n", fg_version(), fg_graph_fact_count(fg_run_graph(run)));
  fg_run_free(run);
  return 0;
}
