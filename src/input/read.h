/* SPDX-License-Identifier: MIT */
/* Inputs to documents: opens files, walks directories, tells formats
 * apart, runs the reader for each and hands every article to a sink as
 * valid UTF-8 with the metadata the reader found. */
#ifndef FG_INPUT_READ_H
#define FG_INPUT_READ_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "factgraph/config.h"
#include "factgraph/graph.h"
#include "nlp/word.h"

/* Plain text is analysed in segments of at most this many bytes, cut at
 * paragraph ends, so that memory stays flat whatever the file's size. */
#define FG_TEXT_SEGMENT ((size_t)4 << 20)

/* Pre-tokenized text (--input-format conllu): its words, their offsets
 * into the piece's text, and where each sentence starts. */
typedef struct {
  const FgWord *words; /* form, begin, end, mwt_last and space_after set */
  size_t word_count;
  const uint32_t *sentence_first; /* each sentence's first word, ascending */
  size_t sentence_count;
} FgPretokenized;

/* One article, or one segment of a long plain-text article. */
typedef struct {
  const FgDocument *meta; /* id and what the reader found (NULL: unknown) */
  const char *text;       /* valid UTF-8, no NUL */
  size_t len;
  uint32_t cp_base;       /* code points of the document before this piece */
  const FgPretokenized *pretok; /* NULL unless the input was pre-tokenized */
} FgPiece;

/* Takes a piece (borrowed for the call); FG_OK or FG_ERR_NOMEM. */
typedef FgStatus (*FgPieceSink)(void *handle, const FgPiece *piece);

/* The regular files read so far, by device and inode, each with the path
 * it was first read under: a file named twice ("a.txt", "./a.txt", a hard
 * link) is read once, so that its facts do not count as two sources. */
typedef struct FgFilesRead FgFilesRead;

FgFilesRead *fg_files_read_new(void);
void fg_files_read_free(FgFilesRead *files);

/* Told of each regular file a reader without files_read is about to read
 * (done false) and has read (done true), by device and inode: a reader in
 * a worker thread leaves the skipping of files named twice to the run
 * that takes its documents in order (fg_input_claim_file). */
typedef void (*FgFileHook)(void *handle, uint64_t dev, uint64_t ino,
                           const char *path, bool done);

typedef struct {
  FgInputFormat format;
  bool recursive;
  FgFilesRead *files_read; /* NULL: a file named twice is read twice */
  FgDiagFunc diag;
  void *diag_handle;
  FgPieceSink sink;
  void *sink_handle;
  FgFileHook file_hook; /* NULL: none; only called without files_read */
} FgInputReader;

/* Records the file (dev, ino) as read under path in reader->files_read.
 * FG_OK when it is new; FG_NOTHING when it was read before, after the
 * warning that names the path it was read under; FG_ERR_NOMEM. */
FgStatus fg_input_claim_file(const FgInputReader *reader, uint64_t dev,
                             uint64_t ino, const char *path);

/* Readers in several threads at once share libxml2's process-wide
 * state: call this once on the main thread before starting them. */
void fg_input_init_threads(void);

/* Reads a file, a directory (when recursive) or "-" (stdin). FG_OK when
 * at least one article was read and nothing failed; FG_NOTHING when the
 * input holds no article; otherwise the first error, with every problem
 * named through diag. */
FgStatus fg_input_read_path(const FgInputReader *reader, const char *path);

/* Same for bytes in memory, named id. */
FgStatus fg_input_read_memory(const FgInputReader *reader, const char *id,
                              const char *bytes, size_t len);

#endif
