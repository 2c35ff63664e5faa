/* SPDX-License-Identifier: MIT */
/* A run: load the knowledge files once, read documents, export the graph. */
#ifndef FACTGRAPH_RUN_H
#define FACTGRAPH_RUN_H

#include <stdbool.h>
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
/* A run keeps, of each fact, the first this many supporting sentences of
 * each document and any later one more confident than all kept before it;
 * the others are counted (FgFact.evidence_omitted), so that restating a
 * fact a million times costs a count, not a million sentences. */
#define FG_EVIDENCE_PER_DOCUMENT 10

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

/* Told of each path of fg_run_add_files, in order, on the calling
 * thread: before it is added (false skips it) and after, with what
 * fg_run_add_file would have returned. Either may be NULL. */
typedef struct {
  bool (*before)(void *handle, size_t index);
  void (*after)(void *handle, size_t index, FgStatus status);
  void *handle;
} FgFilesProgress;

/* fg_run_add_file for each of count paths, read and analysed by jobs
 * POSIX threads (0: one per online core; 1: the calling thread only).
 * Each path goes whole to one thread, which reads it, tokenizes it and
 * runs the trained models (shared by every thread, read only); the rest
 * of the analysis and every diagnostic happen on the calling thread in
 * the order of paths, so that the run, its outputs and its messages are
 * exactly those of one thread. "-" (stdin) is read by the calling
 * thread. At most a few paths per thread are read ahead of the one being
 * added. Returns the first error of a path, else FG_OK when one gave a
 * document, else FG_NOTHING; FG_ERR_NOMEM when the threads cannot be
 * set up. progress may be NULL. */
FG_API FgStatus fg_run_add_files(FgRun *run, const char *const *paths,
                                 size_t count, unsigned jobs,
                                 const FgFilesProgress *progress);

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

/* One output of fg_run_write_files: a format and a path. */
typedef struct {
  FgFormat format;
  const char *path;
} FgOutput;

/* Told of each temporary file by its output's index: its path before the
 * file is created, NULL once it is gone (renamed or removed); false
 * refuses the path. For a signal handler that removes the temporary
 * files it was told of: the calls come with every signal blocked. */
typedef bool (*FgTempFunc)(void *handle, size_t index, const char *temp);

/* Writes the outputs, all or none: each to a temporary file beside it
 * (".factgraph-XXXXXX", mode 0666 less the umask, or the permission bits
 * of the file it replaces), then, once every one is complete and flushed
 * to disk, renames them all over their targets. When one fails (named
 * through the diag sink with its cause, e.g. "No space left on device"),
 * no target is touched and no temporary file is left. A symbolic link is
 * written through (its target is replaced, the link stays); a target that
 * is a directory or another non-regular file is refused. temp may be
 * NULL. */
FG_API FgStatus fg_run_write_files(const FgRun *run, const FgOutput *outputs,
                                   size_t count, const FgWriteOptions *options,
                                   FgTempFunc temp, void *handle);

/* fg_run_write_files for one output. */
FG_API FgStatus fg_run_write_file(const FgRun *run, FgFormat format,
                                  const FgWriteOptions *options,
                                  const char *path);

/* ---- Partial results (map) and merging them (reduce) ----
 * A part holds what fg_run_finish needs of the documents read so far:
 * their metadata, local entities, stored facts and evidence sentences,
 * with the versions of the knowledge files and models it was made with.
 * Adding parts to a run (in any order, any partitioning of the inputs)
 * and finishing it gives the same graph, byte for byte, as one run over
 * all their documents. A run with FgConfig.conllu writes parts that carry
 * each document's CoNLL-U analysis, and its CoNLL-U output is the same
 * too: the documents in the graph's order under their final ids,
 * whatever the order of the files and parts it added. The format is
 * described in README.md, "Partial results and merging". */

/* Writes what the run has read (files and parts) as a part to path,
 * atomically (a temporary file beside it, renamed when complete): on
 * failure, named through the diag sink, path is not touched. The run is
 * not finished and stays usable. FG_ERR_USAGE after fg_run_finish; the
 * part carries the CoNLL-U analysis when the run keeps it (FgConfig.conllu),
 * streamed from the run's temporary file. */
FG_API FgStatus fg_run_write_part(FgRun *run, const char *path);

/* fg_run_write_part telling temp (may be NULL) of the temporary file, as
 * fg_run_write_files does (index 0), for a signal handler to remove. */
FG_API FgStatus fg_run_write_part_tracked(FgRun *run, const char *path,
                                          FgTempFunc temp, void *handle);

/* Same to a stream (written sequentially, never sought; the caller
 * flushes and closes it). name is for messages. */
FG_API FgStatus fg_run_write_part_stream(FgRun *run, FILE *out, const char *name);

/* Adds the documents, entities, facts and evidence of the part at path
 * ("-": standard input, which must be a file, not a pipe) to a run not
 * finished yet; files and parts may be mixed. Before anything is taken,
 * the part is checked whole: magic number, format version, size,
 * checksum, and the versions of the ontology, gazetteer, lexicon and
 * models (and the gazetteer entry count) against the run's. A bad part
 * is named through the diag sink and leaves the run unchanged:
 * FG_ERR_INPUT, or FG_ERR_IO when it cannot be read. So is a part
 * without the CoNLL-U analysis added to a run that keeps it
 * (FgConfig.conllu): FG_ERR_USAGE; a run that does not keep it skips the
 * analysis a part carries. A document of the
 * part that the run has already (same source and digest) counts once:
 * it is named in a warning and everything the part has from it is left
 * out; a part with nothing new gives FG_NOTHING. Such a document with
 * other metadata is refused (FG_ERR_INPUT, run unchanged). Content that
 * does not hold together behind a good checksum (a part not written by
 * factgraph) gives FG_ERR_INPUT and leaves the run fit only for
 * fg_run_free. The part's sentences stay in its file, which the run keeps
 * open (a duplicate descriptor) and reads at fg_run_finish: a part
 * changed before then makes the finish fail with FG_ERR_IO. */
FG_API FgStatus fg_run_add_part(FgRun *run, const char *path);

/* Same from a stream holding a part from its first byte; it must be
 * seekable (a file, tmpfile(), fmemopen()): it is read twice, once to
 * check the checksum, once to take the content, during the call. The
 * caller may close it afterwards: a stream on a regular file is kept
 * through a duplicate of its descriptor (as fg_run_add_part), the
 * sentences of any other (fmemopen()) are copied. name is copied, for
 * messages. */
FG_API FgStatus fg_run_add_part_stream(FgRun *run, FILE *in, const char *name);

#endif
