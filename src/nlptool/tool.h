/* SPDX-License-Identifier: MIT */
/* The subcommands of factgraph-nlp beyond training (main.c). */
#ifndef FG_NLPTOOL_TOOL_H
#define FG_NLPTOOL_TOOL_H

#include "factgraph/diag.h"

/* eval [--tagger M] [--lemmatizer M] [--confusion] GOLD.conllu: accuracy
 * on gold tokens, speed on one core and load times. Returns the exit
 * status. */
int fg_nlptool_eval(int argc, char **argv, FgDiagFunc diag);
/* bench --models DIR --gazetteer FILE [--runs N] TEXT...: words per
 * second of each front-end stage and of the whole front end on raw text,
 * one core (CPU time), the median of the runs; model load times and peak
 * memory. Returns the exit status. */
int fg_nlptool_bench(int argc, char **argv, FgDiagFunc diag);
/* dump MODEL: the model as sorted text on stdout. */
int fg_nlptool_dump(const char *path, FgDiagFunc diag);

#endif
