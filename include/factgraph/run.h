/* SPDX-License-Identifier: MIT */
/* A run: load the knowledge files once, read documents, export the graph. */
#ifndef FACTGRAPH_RUN_H
#define FACTGRAPH_RUN_H

#include <stddef.h>
#include <stdio.h>

#include "api.h"
#include "config.h"
#include "export.h"
#include "graph.h"
#include "status.h"

typedef struct FgRun FgRun;

/* Loads the ontology, gazetteers and lexicon named by config. On success
 * *out is a run to release with fg_run_free; errors go to config->diag. */
FG_API FgStatus fg_run_new(const FgConfig *config, FgRun **out);
FG_API void fg_run_free(FgRun *run);

/* The knowledge files of a run, for fg_run_version. New ones may be
 * added at the end. */
typedef enum {
  FG_KNOWLEDGE_ONTOLOGY,  /* factgraph.ttl: its owl:versionInfo */
  FG_KNOWLEDGE_GAZETTEER, /* gazetteer.ttl, not the extra gazetteers:
                             its owl:versionInfo */
  FG_KNOWLEDGE_LEXICON    /* lexicon.tsv: its version row */
} FgKnowledgeFile;

/* The version a knowledge file of the run states; NULL when it states
 * none or file is unknown. Borrowed from the run until fg_run_free. */
FG_API const char *fg_run_version(const FgRun *run, FgKnowledgeFile file);

/* The trained models of the run: the .fgm files in the models folder of
 * the ontology directory, by file name in byte order (NULL when i is
 * not below fg_run_model_count). Borrowed until fg_run_free. */
FG_API size_t fg_run_model_count(const FgRun *run);
FG_API const char *fg_run_model_name(const FgRun *run, size_t i);

/* Reads the documents of a file ("-" is stdin) in config->input_format:
 * one for text, HTML and news XML, one per line for JSON Lines. A file's
 * document id is its name without directory (JSON Lines: the line's "id",
 * else name:line). A directory is walked when config->recursive (ids are
 * then paths below it; loops are not followed), else an error. A file
 * read before in this run under any name (./a.txt, a hard link) is
 * skipped with a warning, so one text never counts as two sources. FG_OK when
 * something was read and nothing failed; FG_NOTHING when nothing was
 * there; else the first error. Every problem is named through the diag
 * sink, with a line or byte offset where it helps; other documents are
 * unaffected. */
FG_API FgStatus fg_run_add_file(FgRun *run, const char *path);

/* Same for bytes held in memory named id (borrowed for the call). */
FG_API FgStatus fg_run_add_memory(FgRun *run, const char *id,
                                  const char *bytes, size_t len);

/* The number of distinct documents read so far. */
FG_API size_t fg_run_document_count(const FgRun *run);

/* Resolves entities across documents and freezes the graph. */
FG_API FgStatus fg_run_finish(FgRun *run);

/* The graph; valid after fg_run_finish until fg_run_free. */
FG_API const FgGraph *fg_run_graph(const FgRun *run);

/* Writes the graph in a format to a stream. */
FG_API FgStatus fg_run_write(const FgRun *run, FgFormat format,
                             const FgWriteOptions *options, FILE *out);

/* Same to a file, atomically: a temporary file beside it, then rename, so
 * a failed run never leaves a partial file. */
FG_API FgStatus fg_run_write_file(const FgRun *run, FgFormat format,
                                  const FgWriteOptions *options,
                                  const char *path);

#endif
