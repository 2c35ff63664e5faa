/* SPDX-License-Identifier: MIT */
/* Growable byte buffers with a hard size limit (see curl's DYNBUF). */
#ifndef FG_UTIL_BUF_H
#define FG_UTIL_BUF_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

/* Largest buffer any caller may grow: bounds memory on hostile input. */
#define FG_BUF_MAX ((size_t)1 << 31)

typedef struct {
  char *data; /* always NUL-terminated when len > 0 or after fg_buf_cstr */
  size_t len;
  size_t cap;
} FgBuf;

void fg_buf_init(FgBuf *buf);
void fg_buf_free(FgBuf *buf);
void fg_buf_clear(FgBuf *buf);
/* Each returns false when memory runs out or FG_BUF_MAX would be passed;
 * the buffer is then unchanged. */
bool fg_buf_reserve(FgBuf *buf, size_t extra);

/* The appends are inline: keys are built a few bytes at a time in the
 * hottest loops, where a call cost as much as the copy. */
static inline bool fg_buf_append(FgBuf *buf, const char *data, size_t len) {
  if (buf->cap - buf->len <= len && !fg_buf_reserve(buf, len))
    return false;
  if (len)
    memcpy(buf->data + buf->len, data, len);
  buf->len += len;
  buf->data[buf->len] = '\0';
  return true;
}

static inline bool fg_buf_append_str(FgBuf *buf, const char *str) {
  return fg_buf_append(buf, str, strlen(str));
}

static inline bool fg_buf_append_char(FgBuf *buf, char c) {
  return fg_buf_append(buf, &c, 1);
}
/* Returns the contents as a C string ("" for an empty buffer). */
const char *fg_buf_cstr(FgBuf *buf);
/* Hands the allocation to the caller (NULL when empty); buffer becomes empty. */
char *fg_buf_take(FgBuf *buf);

#endif
