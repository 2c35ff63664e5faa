/* Strict UTF-8 decoding for the writers, which must never pass invalid
 * text on (serdi rejects it, Graphviz warns about it). */
#ifndef FG_SERIALIZE_CODEPOINT_H
#define FG_SERIALIZE_CODEPOINT_H

#include <stddef.h>
#include <stdint.h>

/* Decodes the sequence at s (n bytes available, n > 0) into *cp and returns
 * its length, or 0 when it is invalid: truncated, overlong, a surrogate or
 * beyond U+10FFFF. */
size_t fg_codepoint_decode(const unsigned char *s, size_t n, uint32_t *cp);

#endif
