/* SPDX-License-Identifier: MIT */
#include "serialize/lexical.h"
#include "text/utf8.h"

#include <stdio.h>
#include <string.h>

static const char *const xsd_names[FG_XSD_COUNT] = {
    [FG_XSD_NONE] = NULL,
    [FG_XSD_DATE] = "date",
    [FG_XSD_GYEARMONTH] = "gYearMonth",
    [FG_XSD_GYEAR] = "gYear",
    [FG_XSD_GMONTHDAY] = "gMonthDay",
    [FG_XSD_BOOLEAN] = "boolean",
    [FG_XSD_DECIMAL] = "decimal",
    [FG_XSD_INTEGER] = "integer",
    [FG_XSD_NON_NEGATIVE_INTEGER] = "nonNegativeInteger",
};

/* ISO 8601 shapes the extractors produce: 'd' is a digit; the offsets say
 * where year, month and day start (-1: absent). */
static const struct {
  const char *shape;
  FgXsdType type;
  int year, month, day;
} date_shapes[] = {
    {"dddd-dd-dd", FG_XSD_DATE, 0, 5, 8},
    {"dddd-dd", FG_XSD_GYEARMONTH, 0, 5, -1},
    {"dddd", FG_XSD_GYEAR, 0, -1, -1},
    {"--dd-dd", FG_XSD_GMONTHDAY, -1, 2, 5},
};

const char *fg_xsd_local_name(FgXsdType type) {
  return type < FG_XSD_COUNT ? xsd_names[type] : NULL;
}

/* ---- characters -------------------------------------------------------- */

static bool is_alpha(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_digit(int c) { return c >= '0' && c <= '9'; }

static bool is_hex(int c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static bool is_unreserved(int c) {
  return is_alpha(c) || is_digit(c) || c == '-' || c == '.' || c == '_' ||
         c == '~';
}

static bool is_control(uint32_t c) {
  return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
}

static size_t sequence_length(unsigned char lead) {
  if (lead < 0x80)
    return 1;
  if (lead < 0xC2 || lead > 0xF4)
    return 0;
  return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
}

size_t fg_lexical_decode(const unsigned char *s, size_t n, uint32_t *cp) {
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

/* ---- text -------------------------------------------------------------- */

/* NUL cannot occur in a C string; the other controls would be escaped by
 * raptor, but rapper and some stores read them badly. Noncharacters are
 * replaced too: raptor drops the rest of a literal at U+FFFF. */
bool fg_lexical_append_clean(FgBuf *buf, const char *text) {
  const unsigned char *s = (const unsigned char *)text;
  size_t n = strlen(text);
  for (size_t i = 0; i < n;) {
    /* printable ASCII runs, nearly all of a literal, go in one copy */
    size_t run = i;
    while (run < n && ((s[run] >= 0x20 && s[run] < 0x7F) || s[run] == '\t' || s[run] == '\n'))
      run++;
    if (run > i && !fg_buf_append(buf, text + i, run - i))
      return false;
    if ((i = run) == n)
      break;
    uint32_t c = 0;
    size_t len = fg_lexical_decode(s + i, n - i, &c);
    const char *put = len == 0 || fg_utf8_is_noncharacter((int32_t)c)
                          ? "\xEF\xBF\xBD"
                      : is_control(c) ? " "
                                      : NULL;
    if (put ? !fg_buf_append_str(buf, put) : !fg_buf_append(buf, text + i, len))
      return false;
    i += len ? len : 1;
  }
  return true;
}

/* A final '.' is encoded so that raptor's Turtle writer never prints a
 * prefixed name ending in '.', which Turtle forbids; that also rules out
 * the "." and ".." segments. */
bool fg_lexical_append_segment(FgBuf *buf, const char *segment) {
  static const char hex[] = "0123456789ABCDEF";
  for (const unsigned char *p = (const unsigned char *)segment; *p; p++) {
    bool plain = is_unreserved(*p) && !(*p == '.' && p[1] == '\0');
    char escaped[3] = {'%', hex[*p >> 4], hex[*p & 15]};
    if (plain ? !fg_buf_append_char(buf, (char)*p)
              : !fg_buf_append(buf, escaped, 3))
      return false;
  }
  return true;
}

bool fg_lexical_append_slug(FgBuf *buf, const char *text) {
  size_t start = buf->len;
  for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
    bool word = is_alpha(*p) || is_digit(*p) || *p >= 0x80;
    char c = (*p >= 'A' && *p <= 'Z') ? (char)(*p - 'A' + 'a') : (char)*p;
    if (!word && (buf->len == start || buf->data[buf->len - 1] == '-'))
      continue;
    if (!fg_buf_append_char(buf, word ? c : '-'))
      return false;
  }
  if (buf->len > start && buf->data[buf->len - 1] == '-')
    buf->data[--buf->len] = '\0';
  return buf->len > start || fg_buf_append_str(buf, "value");
}

/* ---- text for a line-based reader ------------------------------------- */

/* Python's splitlines() and most editors also end a line at these. */
static bool is_line_separator(uint32_t c) {
  return c == 0x2028 || c == 0x2029;
}

/* Unicode's White_Space characters that are not controls. */
static bool is_unicode_space(uint32_t c) {
  return c == ' ' || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x202F || c == 0x205F || c == 0x3000 || is_line_separator(c);
}

/* Marks that reorder what a terminal shows (bidirectional overrides). */
static bool is_bidi_control(uint32_t c) {
  return c == 0x061C || c == 0x200E || c == 0x200F ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

static bool is_any_control(uint32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

/* Appends one character (len bytes at s, the code point c) or, when len is
 * 0, one byte that is not valid UTF-8. False when out of memory. */
typedef bool (*AppendChar)(FgBuf *buf, const unsigned char *s, size_t len,
                           uint32_t c);

static bool append_each(FgBuf *buf, const char *text, AppendChar append) {
  const unsigned char *s = (const unsigned char *)text;
  size_t n = strlen(text);
  for (size_t i = 0; i < n;) {
    uint32_t c = 0;
    size_t len = fg_lexical_decode(s + i, n - i, &c);
    if (!append(buf, s + i, len, c))
      return false;
    i += len ? len : 1;
  }
  return true;
}

static bool append_bytes(FgBuf *buf, const unsigned char *s, size_t len) {
  return fg_buf_append(buf, (const char *)s, len);
}

static bool cell_char(FgBuf *buf, const unsigned char *s, size_t len,
                      uint32_t c) {
  if (len == 0)
    return fg_buf_append_str(buf, "\xEF\xBF\xBD");
  if (is_any_control(c) || is_line_separator(c))
    return fg_buf_append_char(buf, ' ');
  return append_bytes(buf, s, len);
}

bool fg_lexical_append_cell(FgBuf *buf, const char *text) {
  return append_each(buf, text, cell_char);
}

static bool append_percent(FgBuf *buf, const unsigned char *bytes, size_t n) {
  static const char hex[] = "0123456789ABCDEF";
  for (size_t i = 0; i < n; i++) {
    char escaped[3] = {'%', hex[bytes[i] >> 4], hex[bytes[i] & 15]};
    if (!fg_buf_append(buf, escaped, 3))
      return false;
  }
  return true;
}

static bool qualifier_char(FgBuf *buf, const unsigned char *s, size_t len,
                           uint32_t c) {
  if (len == 1 && (c == '%' || c == ';' || c == '='))
    return append_percent(buf, s, 1);
  return cell_char(buf, s, len, c);
}

bool fg_lexical_append_qualifier(FgBuf *buf, const char *value) {
  return append_each(buf, value, qualifier_char);
}

static bool id_char(FgBuf *buf, const unsigned char *s, size_t len,
                    uint32_t c) {
  if (len == 0 || c == '%' || c == ',' || is_any_control(c) ||
      is_unicode_space(c))
    return append_percent(buf, s, len ? len : 1);
  return append_bytes(buf, s, len);
}

bool fg_lexical_append_id(FgBuf *buf, const char *id) {
  return append_each(buf, id, id_char);
}

static bool printable_char(FgBuf *buf, const unsigned char *s, size_t len,
                           uint32_t c) {
  static const char hex[] = "0123456789abcdef";
  if (len == 0 || (c < 0x80 && is_any_control(c))) {
    char escaped[4] = {'\\', 'x', hex[s[0] >> 4], hex[s[0] & 15]};
    return fg_buf_append(buf, escaped, 4);
  }
  if (c == '\\')
    return fg_buf_append(buf, "\\\\", 2);
  if (is_any_control(c) || is_line_separator(c) || is_bidi_control(c)) {
    char escaped[16];
    snprintf(escaped, sizeof escaped, "\\u%04x", (unsigned)c);
    return fg_buf_append_str(buf, escaped);
  }
  return append_bytes(buf, s, len);
}

bool fg_lexical_append_printable(FgBuf *buf, const char *text) {
  return append_each(buf, text, printable_char);
}

/* ---- checks ------------------------------------------------------------ */

/* RFC 3986 scheme, then ':'. */
static size_t scheme_length(const char *iri) {
  if (!is_alpha((unsigned char)iri[0]))
    return 0;
  size_t i = 1;
  while (is_alpha((unsigned char)iri[i]) || is_digit((unsigned char)iri[i]) ||
         iri[i] == '+' || iri[i] == '-' || iri[i] == '.')
    i++;
  return iri[i] == ':' ? i : 0;
}

/* RFC 3987 section 4.1: bidirectional formatting characters must not
 * appear in an IRI (LRM, RLM, ALM, LRE..RLO, LRI..PDI). */
/* What keeps the character c at `at` out of an IRI, or NULL. */
static const char *iri_char_problem(const char *at, uint32_t c) {
  if (c == ' ')
    return "a space";
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
    return "a control character";
  if (c < 0x80 && strchr("<>\"{}|^`\\", (int)c))
    return "a character IRIs forbid (one of <>\"{}|^`\\)";
  if (c == '%' && !(is_hex(at[1]) && is_hex(at[2])))
    return "a '%' that starts no percent escape";
  if (is_bidi_control(c))
    return "a bidirectional control character";
  if (fg_utf8_is_noncharacter((int32_t)c))
    return "a Unicode noncharacter";
  return NULL;
}

const char *fg_lexical_iri_problem(const char *iri, size_t *offset) {
  size_t n = strlen(iri);
  *offset = 0;
  if (!scheme_length(iri))
    return "no scheme (such as \"https:\")";
  for (size_t i = 0; i < n;) {
    uint32_t c = 0;
    size_t len = fg_lexical_decode((const unsigned char *)iri + i, n - i, &c);
    const char *problem = len ? iri_char_problem(iri + i, c) : "invalid UTF-8";
    if (problem) {
      *offset = i;
      return problem;
    }
    i += len;
  }
  return NULL;
}

bool fg_lexical_is_absolute_iri(const char *iri) {
  size_t offset;
  return fg_lexical_iri_problem(iri, &offset) == NULL;
}

bool fg_lexical_is_wikidata_id(const char *id) {
  if (id[0] != 'Q' || !is_digit((unsigned char)id[1]))
    return false;
  for (const char *p = id + 1; *p; p++)
    if (!is_digit((unsigned char)*p))
      return false;
  return true;
}

/* ---- dates ------------------------------------------------------------- */

static bool matches_shape(const char *text, const char *shape) {
  for (; *shape; text++, shape++)
    if (*shape == 'd' ? !is_digit((unsigned char)*text) : *text != *shape)
      return false;
  return *text == '\0';
}

/* The number written with `digits` digits at `at`; `absent` when at < 0. */
static int field_at(const char *text, int at, int digits, int absent) {
  if (at < 0)
    return absent;
  int value = 0;
  for (int i = 0; i < digits; i++)
    value = value * 10 + (text[at + i] - '0');
  return value;
}

static int days_in_month(int year, int month) {
  static const int days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  return month == 2 && !leap ? 28 : days[month - 1];
}

/* So "1982-13-45" stays a plain string instead of an invalid xsd:date. */
FgXsdType fg_lexical_date_type(const char *text) {
  for (size_t i = 0; i < sizeof date_shapes / sizeof date_shapes[0]; i++) {
    if (!matches_shape(text, date_shapes[i].shape))
      continue;
    /* A gMonthDay has no year: 2000 is leap, so --02-29 is allowed. */
    int year = field_at(text, date_shapes[i].year, 4, 2000);
    int month = field_at(text, date_shapes[i].month, 2, 1);
    int day = field_at(text, date_shapes[i].day, 2, 1);
    bool valid = month >= 1 && month <= 12 && day >= 1 &&
                 day <= days_in_month(year, month);
    return valid ? date_shapes[i].type : FG_XSD_NONE;
  }
  return FG_XSD_NONE;
}
