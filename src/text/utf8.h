/* SPDX-License-Identifier: MIT */
/* UTF-8 validation and repair. */
#ifndef FG_TEXT_UTF8_H
#define FG_TEXT_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

typedef struct {
  size_t invalid;        /* invalid sequences replaced by U+FFFD */
  size_t first_invalid;  /* byte offset of the first one in the input */
  size_t nul;            /* NUL bytes replaced by U+FFFD */
  size_t first_nul;
  size_t nonchar;        /* noncharacters (U+FFFE, U+FFFF, ...) replaced */
  size_t first_nonchar;
  bool utf16;            /* input was UTF-16 with a byte-order mark */
} FgUtf8Report;

/* Copies input to out as valid UTF-8 without a BOM: UTF-16 with a BOM is
 * converted, invalid sequences, NUL bytes and noncharacters become U+FFFD,
 * and CR LF / CR become LF. False when out of memory. */
bool fg_utf8_repair(const char *in, size_t len, FgBuf *out,
                    FgUtf8Report *report);

/* One of Unicode's 66 noncharacters (U+FDD0..U+FDEF, U+xxFFFE/U+xxFFFF).
 * raptor's writers silently drop the rest of a literal at U+FFFE/U+FFFF
 * (and its Turtle writer the rest of the graph), so they never pass. */
static inline bool fg_utf8_is_noncharacter(int32_t cp) {
  return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}

/* fg_utf8_next for a code point above U+007F. */
int32_t fg_utf8_next_wide(const char *s, size_t len, size_t *i);

/* Decodes one code point at s[*i] (valid UTF-8 assumed) and advances *i.
 * Inline: the tokenizer calls it for every byte, nearly all ASCII. */
static inline int32_t fg_utf8_next(const char *s, size_t len, size_t *i) {
  unsigned char c = (unsigned char)s[*i];
  if (c < 0x80) {
    (*i)++;
    return c;
  }
  return fg_utf8_next_wide(s, len, i);
}

/* Number of code points in s[0..len). */
size_t fg_utf8_count(const char *s, size_t len);

#endif
