/* SPDX-License-Identifier: MIT */
/* Little-endian fixed-width fields for model files: writers append to an
 * FgBuf, readers go through a bounds-checked cursor that remembers the
 * first failure (UDPipe's binary_decoder). Never fwrite a struct.
 *
 *   FgLeCursor c = fg_le_cursor(data, len);
 *   uint32_t n = fg_le_u32(&c); ... if (c.failed) error at c.fail_at;
 *   fg_le_at_end(&c) is true when every byte was consumed. */
#ifndef FG_LEARN_LE_H
#define FG_LEARN_LE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

static inline bool fg_le_put_u16(FgBuf *buf, uint16_t v) {
  char b[2] = {(char)(v & 0xff), (char)(v >> 8)};
  return fg_buf_append(buf, b, 2);
}

static inline bool fg_le_put_u32(FgBuf *buf, uint32_t v) {
  char b[4];
  for (int i = 0; i < 4; i++)
    b[i] = (char)((v >> (8 * i)) & 0xff);
  return fg_buf_append(buf, b, 4);
}

static inline bool fg_le_put_u64(FgBuf *buf, uint64_t v) {
  char b[8];
  for (int i = 0; i < 8; i++)
    b[i] = (char)((v >> (8 * i)) & 0xff);
  return fg_buf_append(buf, b, 8);
}

static inline bool fg_le_put_i32(FgBuf *buf, int32_t v) {
  return fg_le_put_u32(buf, (uint32_t)v);
}

/* Appends zero bytes until the length is a multiple of align. */
static inline bool fg_le_pad(FgBuf *buf, size_t align) {
  static const char zeros[16] = {0};
  size_t rest = buf->len % align;
  return rest == 0 || fg_buf_append(buf, zeros, align - rest);
}

/* Decoding from bytes already in memory. */
static inline uint16_t fg_le_load_u16(const uint8_t *p) {
  return (uint16_t)(p[0] | (p[1] << 8));
}

static inline uint32_t fg_le_load_u32(const uint8_t *p) {
  return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) |
         ((uint32_t)p[3] << 24);
}

static inline uint64_t fg_le_load_u64(const uint8_t *p) {
  return (uint64_t)fg_le_load_u32(p) | ((uint64_t)fg_le_load_u32(p + 4) << 32);
}

typedef struct {
  const uint8_t *data;
  size_t len;
  size_t pos;
  bool failed;
  size_t fail_at; /* offset of the first read that did not fit */
} FgLeCursor;

static inline FgLeCursor fg_le_cursor(const void *data, size_t len) {
  FgLeCursor c = {(const uint8_t *)data, len, 0, false, 0};
  return c;
}

/* Returns the next n bytes and advances, or NULL (and marks the cursor
 * failed) when fewer than n remain. */
static inline const uint8_t *fg_le_take(FgLeCursor *c, size_t n) {
  if (c->failed || n > c->len - c->pos) {
    if (!c->failed)
      c->fail_at = c->pos;
    c->failed = true;
    return NULL;
  }
  const uint8_t *p = c->data + c->pos;
  c->pos += n;
  return p;
}

static inline uint16_t fg_le_u16(FgLeCursor *c) {
  const uint8_t *p = fg_le_take(c, 2);
  return p ? fg_le_load_u16(p) : 0;
}

static inline uint32_t fg_le_u32(FgLeCursor *c) {
  const uint8_t *p = fg_le_take(c, 4);
  return p ? fg_le_load_u32(p) : 0;
}

static inline uint64_t fg_le_u64(FgLeCursor *c) {
  const uint8_t *p = fg_le_take(c, 8);
  return p ? fg_le_load_u64(p) : 0;
}

/* Skips zero padding up to a multiple of align; non-zero padding fails. */
static inline void fg_le_skip_pad(FgLeCursor *c, size_t align) {
  while (!c->failed && c->pos % align != 0) {
    const uint8_t *p = fg_le_take(c, 1);
    if (p && *p != 0) {
      c->failed = true;
      c->fail_at = c->pos - 1;
    }
  }
}

static inline bool fg_le_at_end(const FgLeCursor *c) {
  return !c->failed && c->pos == c->len;
}

#endif
