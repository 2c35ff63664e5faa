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

bool fg_buf_append(FgBuf *buf, const char *data, size_t len) {
  if (!fg_buf_reserve(buf, len))
    return false;
  if (len)
    memcpy(buf->data + buf->len, data, len);
  buf->len += len;
  buf->data[buf->len] = '\0';
  return true;
}

bool fg_buf_append_str(FgBuf *buf, const char *str) {
  return fg_buf_append(buf, str, strlen(str));
}

bool fg_buf_append_char(FgBuf *buf, char c) { return fg_buf_append(buf, &c, 1); }

const char *fg_buf_cstr(FgBuf *buf) { return buf->data ? buf->data : ""; }

char *fg_buf_take(FgBuf *buf) {
  char *data = buf->data;
  fg_buf_init(buf);
  return data;
}
