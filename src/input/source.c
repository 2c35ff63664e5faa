/* SPDX-License-Identifier: MIT */
#include "source.h"

#include <errno.h>
#include <string.h>

/* Bytes read per fread. */
#define CHUNK ((size_t)1 << 16)

void fg_source_init(FgSource *src, FILE *file) {
  memset(src, 0, sizeof *src);
  src->file = file;
  fg_buf_init(&src->buf);
}

void fg_source_free(FgSource *src) { fg_buf_free(&src->buf); }

static size_t unread(const FgSource *src) { return src->buf.len - src->pos; }

/* Moves the unread bytes to the front of the buffer. */
static void compact(FgSource *src) {
  if (src->pos == 0)
    return;
  memmove(src->buf.data, src->buf.data + src->pos, unread(src));
  src->buf.len -= src->pos;
  src->pos = 0;
}

static bool read_chunk(FgSource *src) {
  if (!fg_buf_reserve(&src->buf, CHUNK)) {
    src->failed = true;
    return false;
  }
  size_t n = fread(src->buf.data + src->buf.len, 1, CHUNK, src->file);
  src->buf.len += n;
  src->buf.data[src->buf.len] = '\0';
  if (n < CHUNK) {
    src->eof = true;
    src->failed = ferror(src->file) != 0;
    src->error = src->failed ? errno : 0;
  }
  return !src->failed;
}

const char *fg_source_peek(FgSource *src, size_t want, size_t *len) {
  compact(src);
  while (!src->eof && unread(src) < want)
    if (!read_chunk(src))
      return NULL;
  *len = unread(src);
  return src->failed ? NULL : src->buf.data ? src->buf.data + src->pos : "";
}

static void consume(FgSource *src, size_t n) {
  src->pos += n;
  src->offset += n;
}

/* Drops the rest of an over-long line, reading chunk by chunk. */
static void skip_line(FgSource *src) {
  for (;;) {
    const char *nl = memchr(src->buf.data + src->pos, '\n', unread(src));
    if (nl) {
      consume(src, (size_t)(nl - (src->buf.data + src->pos)) + 1);
      return;
    }
    consume(src, unread(src));
    compact(src);
    if (src->eof || !read_chunk(src))
      return;
  }
}

FgLineStatus fg_source_line(FgSource *src, size_t max, const char **line,
                            size_t *len) {
  size_t scanned = 0, have = 0;
  const char *data = fg_source_peek(src, 1, &have);
  const char *nl = NULL;
  while (data && !(nl = memchr(data + scanned, '\n', have - scanned))) {
    if (src->eof || have >= max)
      break;
    scanned = have;
    data = fg_source_peek(src, have + CHUNK, &have);
  }
  if (!data || (!nl && have == 0))
    return FG_LINE_END;
  src->line++;
  size_t n = nl ? (size_t)(nl - data) : have;
  if (n >= max) {
    skip_line(src);
    return FG_LINE_TOO_LONG;
  }
  consume(src, n + (nl != NULL));
  *line = data;
  *len = n > 0 && data[n - 1] == '\r' ? n - 1 : n;
  return FG_LINE_OK;
}

size_t fg_source_cut_point(const char *data, size_t size) {
  for (size_t i = size; i > 1; i--)
    if (data[i - 1] == '\n' && data[i - 2] == '\n')
      return i;
  const char *ends = "\n ";
  for (const char *e = ends; *e; e++)
    for (size_t i = size; i > 0; i--)
      if (data[i - 1] == *e)
        return i;
  size_t i = size;
  while (i > size - 3 && ((unsigned char)data[i] & 0xC0) == 0x80)
    i--;
  return i;
}

bool fg_source_segment(FgSource *src, size_t size, const char **seg,
                       size_t *len) {
  size_t have;
  const char *data = fg_source_peek(src, size + 1, &have);
  if (!data || have == 0)
    return false;
  size_t n = have <= size ? have : fg_source_cut_point(data, size);
  consume(src, n);
  *seg = data;
  *len = n;
  return true;
}

bool fg_source_rest(FgSource *src, size_t max, const char **data,
                    size_t *len) {
  const char *rest = fg_source_peek(src, max + 1, len);
  if (!rest || *len > max)
    return false;
  consume(src, *len);
  *data = rest;
  return true;
}

void fg_source_release(FgSource *src) {
  if (src->pos == src->buf.len) {
    fg_buf_free(&src->buf);
    src->pos = 0;
  }
}
