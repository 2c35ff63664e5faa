/* SPDX-License-Identifier: MIT */
/* A stream of input bytes read in chunks, so that memory stays bounded
 * whatever the input's size: lines for JSON Lines, paragraph-bounded
 * segments for plain text, or the whole input up to a limit. */
#ifndef FG_INPUT_SOURCE_H
#define FG_INPUT_SOURCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "util/buf.h"

typedef struct {
  FILE *file;            /* borrowed */
  FgBuf buf;             /* unread bytes are buf.data[pos..buf.len) */
  size_t pos;
  unsigned long long offset; /* input offset of buf.data[pos] */
  unsigned long line;        /* lines returned or skipped so far */
  bool eof;
  bool failed;           /* a read error or out of memory */
  int error;             /* errno of a failed read, 0 when none */
} FgSource;

void fg_source_init(FgSource *src, FILE *file);
void fg_source_free(FgSource *src);

/* Reads until at least want bytes are unread or the input ends; returns
 * the unread bytes (their count in *len). NULL when a read fails or
 * memory runs out (src->failed is then set). */
const char *fg_source_peek(FgSource *src, size_t want, size_t *len);

typedef enum { FG_LINE_OK, FG_LINE_TOO_LONG, FG_LINE_END } FgLineStatus;

/* The next line without its LF (or CR LF), borrowed until the next call.
 * A line of max bytes or more is skipped whole and FG_LINE_TOO_LONG
 * returned; FG_LINE_END at the end of the input or on failure. */
FgLineStatus fg_source_line(FgSource *src, size_t max, const char **line,
                            size_t *len);

/* The next segment of at most size bytes, cut after a blank line, else a
 * line end, else a space, else a UTF-8 character boundary; borrowed until
 * the next call. False at the end of the input or on failure. */
bool fg_source_segment(FgSource *src, size_t size, const char **seg,
                       size_t *len);

/* Where to end a segment of data[0..size) when more follows (data[size]
 * must be readable): after the last blank line, else line end, else
 * space, else before a UTF-8 continuation byte. */
size_t fg_source_cut_point(const char *data, size_t size);

/* The rest of the input when it holds at most max bytes. False when it is
 * larger (nothing more is read) or on failure. */
bool fg_source_rest(FgSource *src, size_t max, const char **data,
                    size_t *len);

/* Frees the bytes read so far when all of them are consumed: a page read
 * whole with fg_source_rest need not stay in memory beside its analysis
 * once parsed. Reading may go on after. */
void fg_source_release(FgSource *src);

#endif
