/* SPDX-License-Identifier: MIT */
#include "utf8.h"

#include <string.h>
#include <utf8proc.h>

static const char REPLACEMENT[] = "\xEF\xBF\xBD";

static bool append_cp(FgBuf *out, int32_t cp) {
  uint8_t tmp[4];
  utf8proc_ssize_t n = utf8proc_encode_char(cp, tmp);
  return fg_buf_append(out, (const char *)tmp, (size_t)n);
}

static bool convert_utf16(const unsigned char *in, size_t len, bool big,
                          FgBuf *out, FgUtf8Report *report) {
  for (size_t i = 2; i + 1 < len; i += 2) {
    uint32_t unit = big ? (uint32_t)(in[i] << 8 | in[i + 1])
                        : (uint32_t)(in[i + 1] << 8 | in[i]);
    int32_t cp = (int32_t)unit;
    if (unit >= 0xD800 && unit <= 0xDBFF && i + 3 < len) {
      uint32_t low = big ? (uint32_t)(in[i + 2] << 8 | in[i + 3])
                         : (uint32_t)(in[i + 3] << 8 | in[i + 2]);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = (int32_t)(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
        i += 2;
      }
    }
    if (cp == 0 || !utf8proc_codepoint_valid(cp)) {
      if (!report->invalid++)
        report->first_invalid = i;
      cp = 0xFFFD;
    } else if (fg_utf8_is_noncharacter(cp)) {
      if (!report->nonchar++)
        report->first_nonchar = i;
      cp = 0xFFFD;
    }
    if (cp == '\r')
      continue;
    if (!append_cp(out, cp))
      return false;
  }
  return true;
}

bool fg_utf8_repair(const char *in, size_t len, FgBuf *out,
                    FgUtf8Report *report) {
  memset(report, 0, sizeof *report);
  const unsigned char *u = (const unsigned char *)in;
  if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
    report->utf16 = true;
    return convert_utf16(u, len, u[0] == 0xFE, out, report);
  }
  size_t i = 0;
  if (len >= 3 && memcmp(in, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  if (!fg_buf_reserve(out, len - i))
    return false;
  while (i < len) {
    /* Copy the longest valid ASCII run at once: the common case. */
    size_t run = i;
    while (run < len && u[run] < 0x80 && u[run] != 0 && u[run] != '\r')
      run++;
    if (run > i && !fg_buf_append(out, in + i, run - i))
      return false;
    i = run;
    if (i >= len)
      break;
    if (u[i] == '\r') {
      i++;
      if (i < len && u[i] == '\n')
        continue;
      if (!fg_buf_append_char(out, '\n'))
        return false;
      continue;
    }
    if (u[i] == 0) {
      if (!report->nul++)
        report->first_nul = i;
      if (!fg_buf_append(out, REPLACEMENT, 3))
        return false;
      i++;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(u + i, (utf8proc_ssize_t)(len - i), &cp);
    if (n < 0) {
      if (!report->invalid++)
        report->first_invalid = i;
      if (!fg_buf_append(out, REPLACEMENT, 3))
        return false;
      i++;
      continue;
    }
    bool nonchar = fg_utf8_is_noncharacter(cp);
    if (nonchar && !report->nonchar++)
      report->first_nonchar = i;
    if (!(nonchar ? fg_buf_append(out, REPLACEMENT, 3)
                  : fg_buf_append(out, in + i, (size_t)n)))
      return false;
    i += (size_t)n;
  }
  return true;
}

int32_t fg_utf8_next_wide(const char *s, size_t len, size_t *i) {
  const unsigned char *u = (const unsigned char *)s;
  utf8proc_int32_t cp;
  utf8proc_ssize_t n = utf8proc_iterate(u + *i, (utf8proc_ssize_t)(len - *i), &cp);
  if (n <= 0) {
    (*i)++;
    return 0xFFFD;
  }
  *i += (size_t)n;
  return cp;
}

size_t fg_utf8_count(const char *s, size_t len) {
  size_t count = 0, i = 0;
  /* Eight bytes at a time: a continuation byte is 10xxxxxx, so its top
   * bit is set and the next one is not; the multiplication adds up the
   * bytes' flags (no popcount instruction in the base x86-64 set). Every
   * text passes here twice. */
  const uint64_t tops = UINT64_C(0x8080808080808080);
  const uint64_t ones = UINT64_C(0x0101010101010101);
  for (; i + 8 <= len; i += 8) {
    uint64_t x;
    memcpy(&x, s + i, 8);
    uint64_t continuation = (x & ~(x << 1) & tops) >> 7;
    count += 8 - (size_t)((continuation * ones) >> 56);
  }
  for (; i < len; i++)
    count += ((unsigned char)s[i] & 0xC0) != 0x80;
  return count;
}
