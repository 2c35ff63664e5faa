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
  bool utf16;            /* input was UTF-16 with a byte-order mark */
} FgUtf8Report;

/* Copies input to out as valid UTF-8 without a BOM: UTF-16 with a BOM is
 * converted, invalid sequences and NUL bytes become U+FFFD, and CR LF / CR
 * become LF. False when out of memory. */
bool fg_utf8_repair(const char *in, size_t len, FgBuf *out,
                    FgUtf8Report *report);

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
