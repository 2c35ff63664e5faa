/* SPDX-License-Identifier: MIT */
#include "buf.h"

#include <stdlib.h>
#include <string.h>

void fg_buf_init(FgBuf *buf) {
  buf->data = NULL;
  buf->len = 0;
  buf->cap = 0;
}

void fg_buf_free(FgBuf *buf) {
  free(buf->data);
  fg_buf_init(buf);
}

void fg_buf_clear(FgBuf *buf) {
  buf->len = 0;
  if (buf->data)
    buf->data[0] = '\0';
}

bool fg_buf_reserve(FgBuf *buf, size_t extra) {
  if (extra > FG_BUF_MAX - buf->len - 1)
    return false;
  size_t need = buf->len + extra + 1;
  if (need <= buf->cap)
    return true;
  size_t cap = buf->cap ? buf->cap : 64;
  while (cap < need)
    cap = cap > FG_BUF_MAX / 2 ? FG_BUF_MAX : cap * 2;
  char *data = realloc(buf->data, cap);
  if (!data)
    return false;
  buf->data = data;
  buf->cap = cap;
  return true;
}

const char *fg_buf_cstr(FgBuf *buf) { return buf->data ? buf->data : ""; }

char *fg_buf_take(FgBuf *buf) {
  char *data = buf->data;
  fg_buf_init(buf);
  return data;
}
