#include "serialize/codepoint.h"

static size_t sequence_length(unsigned char lead) {
  if (lead < 0x80)
    return 1;
  if (lead < 0xC2 || lead > 0xF4)
    return 0;
  return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
}

size_t fg_codepoint_decode(const unsigned char *s, size_t n, uint32_t *cp) {
  static const uint32_t min_for_len[5] = {0, 0, 0x80, 0x800, 0x10000};
  size_t len = sequence_length(s[0]);
  if (len == 0 || len > n)
    return 0;
  uint32_t c = len == 1 ? s[0] : s[0] & (0x7Fu >> len);
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0;
    c = (c << 6) | (s[i] & 0x3Fu);
  }
  if (c < min_for_len[len] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
    return 0;
  *cp = c;
  return len;
}
