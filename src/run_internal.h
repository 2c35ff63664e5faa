/* SPDX-License-Identifier: MIT */
/* What the worker threads of a run (jobs.c) need of run.c: worker runs
 * that borrow their parent's knowledge files and models, and documents
 * read and pre-analysed by them, handed back to the parent in order. */
#ifndef FG_RUN_INTERNAL_H
#define FG_RUN_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "factgraph/run.h"
#include "input/read.h"
#include "nlp/pipeline.h"
#include "text/text.h"
#include "util/arena.h"

/* A piece of a document read by a worker run, with the part of its
 * analysis that depends on its text alone (tokens and the front end's
 * reading). Everything lives in arena, which the holder frees. */
typedef struct {
  FgPiece piece;
  FgDocument meta;
  FgPretokenized pretok;
  FgTokenized tok;
  FgNlpDoc nlp;
  bool ok;   /* false: out of memory while preparing */
  bool read; /* the front end read it (nlp is set) */
  FgArena *arena;
} FgPrepared;

/* Takes a prepared piece (owned from then on); false stops the reading
 * (FG_ERR_NOMEM). */
typedef bool (*FgPreparedSink)(void *handle, FgPrepared *prepared);

/* A run for one worker thread: it borrows parent's knowledge files and
 * models (read only, never changed after loading, so shared by every
 * worker) and has its own scratch memory and recognizer memory. Its
 * diagnostics go to diag. Release with fg_run_free before parent. */
FgStatus fg_run_new_worker(const FgRun *parent, FgDiagFunc diag, void *diag_handle,
                           FgRun **out);

/* Reads path in a worker run, each piece prepared and handed to sink;
 * every regular file read is told to hook first (the parent decides
 * which files named twice to skip). Status as fg_run_add_file. */
FgStatus fg_run_read_prepared(FgRun *worker, const char *path, FgPreparedSink sink,
                              FgFileHook hook, void *handle);

/* Analyses a prepared piece in the run, as fg_run_add_file would have
 * analysed it at this point; prepared stays the caller's. */
FgStatus fg_run_add_prepared(FgRun *run, const FgPrepared *prepared);

/* The run's configuration (its diag sink), borrowed. */
const FgConfig *fg_run_config(const FgRun *run);

/* fg_input_claim_file with the run's files read and diag sink. */
FgStatus fg_run_claim_file(FgRun *run, uint64_t dev, uint64_t ino, const char *path);

#endif
