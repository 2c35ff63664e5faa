/* SPDX-License-Identifier: MIT */
#include "detect.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

static const char *const NAMES[] = {
    [FG_INPUT_AUTO] = "auto",     [FG_INPUT_TEXT] = "text",
    [FG_INPUT_HTML] = "html",     [FG_INPUT_NITF] = "nitf",
    [FG_INPUT_NEWSML] = "newsml", [FG_INPUT_JSONL] = "jsonl",
    [FG_INPUT_CONLLU] = "conllu"};

bool fg_input_format_from_name(const char *name, FgInputFormat *out) {
  for (size_t i = 0; i < sizeof NAMES / sizeof *NAMES; i++)
    if (strcmp(name, NAMES[i]) == 0) {
      *out = (FgInputFormat)i;
      return true;
    }
  return false;
}

const char *fg_input_format_name(FgInputFormat format) {
  return (size_t)format < sizeof NAMES / sizeof *NAMES ? NAMES[format] : "?";
}

typedef struct {
  const char *p, *end;
} Cursor;

static void skip_space(Cursor *c) {
  while (c->p < c->end && isspace((unsigned char)*c->p))
    c->p++;
}

static bool starts(const Cursor *c, const char *s) {
  size_t n = strlen(s);
  return (size_t)(c->end - c->p) >= n && strncasecmp(c->p, s, n) == 0;
}

/* Moves past the next occurrence of s; false when there is none. */
static bool skip_past(Cursor *c, const char *s) {
  size_t n = strlen(s);
  for (const char *q = c->p; (size_t)(c->end - q) >= n; q++)
    if (memcmp(q, s, n) == 0) {
      c->p = q + n;
      return true;
    }
  return false;
}

/* Whether the span [p, end) holds word, ASCII case ignored. */
static bool holds(const char *p, const char *end, const char *word) {
  size_t n = strlen(word);
  for (; (size_t)(end - p) >= n; p++)
    if (strncasecmp(p, word, n) == 0)
      return true;
  return false;
}

static FgInputFormat by_root(const Cursor *c, bool xml) {
  const char *name = c->p + 1, *q = name;
  while (q < c->end && (isalnum((unsigned char)*q) || strchr(":-._", *q)))
    q++;
  const char *colon = memchr(name, ':', (size_t)(q - name));
  if (colon)
    name = colon + 1;
  size_t n = (size_t)(q - name);
  if (n == 4 && strncasecmp(name, "nitf", 4) == 0)
    return FG_INPUT_NITF;
  if ((n == 8 && strncmp(name, "newsItem", 8) == 0) ||
      (n == 11 && strncmp(name, "newsMessage", 11) == 0))
    return FG_INPUT_NEWSML;
  /* Other XML is read by the news XML reader, which names its root. */
  if (xml && !(n == 4 && strncasecmp(name, "html", 4) == 0))
    return FG_INPUT_NEWSML;
  return FG_INPUT_HTML;
}

/* Skips the XML declaration, comments and the doctype up to the root. */
static FgInputFormat by_markup(Cursor *c) {
  bool xml = starts(c, "<?xml");
  for (;;) {
    skip_space(c);
    if (starts(c, "<?")) {
      if (!skip_past(c, "?>"))
        break;
    } else if (starts(c, "<!--")) {
      if (!skip_past(c, "-->"))
        break;
    } else if (starts(c, "<!")) {
      const char *doctype = c->p;
      if (!skip_past(c, ">"))
        break;
      if (holds(doctype, c->p, "nitf"))
        return FG_INPUT_NITF;
      if (holds(doctype, c->p, "html"))
        return FG_INPUT_HTML;
    } else if (starts(c, "<")) {
      return by_root(c, xml);
    } else {
      break;
    }
  }
  return FG_INPUT_HTML;
}

FgInputFormat fg_input_detect(const char *head, size_t len) {
  Cursor c = {head, head + len};
  if (starts(&c, "\xEF\xBB\xBF"))
    c.p += 3;
  skip_space(&c);
  if (starts(&c, "{")) {
    /* An object opens with a member name or closes: "{Update} ..." is text. */
    Cursor member = {c.p + 1, c.end};
    skip_space(&member);
    if (starts(&member, "\"") || starts(&member, "}"))
      return FG_INPUT_JSONL;
  }
  if (starts(&c, "<"))
    return by_markup(&c);
  return FG_INPUT_TEXT;
}

/* ---- binary input ---- */

typedef struct {
  size_t at; /* offset of the magic bytes */
  const char *magic;
  size_t len;
  const char *kind;
} Magic;

/* Formats that are never text, by their magic numbers. */
static const Magic magics[] = {
    {0, "\x1F\x8B", 2, "gzip-compressed data: decompress it first"},
    {0, "\x1F\x9D", 2, "compress(1) data: decompress it first"},
    {0, "BZh", 3, "bzip2-compressed data: decompress it first"},
    {0, "\xFD" "7zXZ\x00", 6, "xz-compressed data: decompress it first"},
    {0, "\x28\xB5\x2F\xFD", 4, "zstd-compressed data: decompress it first"},
    {0, "\x04\x22\x4D\x18", 4, "lz4-compressed data: decompress it first"},
    {0, "LZIP", 4, "lzip-compressed data: decompress it first"},
    {0, "7z\xBC\xAF\x27\x1C", 6, "a 7-Zip archive"},
    {0, "PK\x03\x04", 4, "a zip archive (or a document made of one)"},
    {0, "PK\x05\x06", 4, "a zip archive"},
    {0, "Rar!\x1A\x07", 6, "a RAR archive"},
    {257, "ustar", 5, "a tar archive"},
    {0, "%PDF-", 5, "a PDF document: extract its text first"},
    {0, "\x89PNG\r\n\x1A\n", 8, "a PNG image"},
    {0, "\xFF\xD8\xFF", 3, "a JPEG image"},
    {0, "GIF87a", 6, "a GIF image"},
    {0, "GIF89a", 6, "a GIF image"},
    {0, "II*\x00", 4, "a TIFF image"},
    {0, "MM\x00*", 4, "a TIFF image"},
    {8, "WEBP", 4, "a WebP image"},
    {4, "ftyp", 4, "an MP4 or QuickTime file"},
    {0, "OggS", 4, "an Ogg file"},
    {0, "ID3", 3, "an MP3 file"},
    {0, "\x7F" "ELF", 4, "an executable (ELF)"},
    {0, "\xCA\xFE\xBA\xBE", 4, "a Java class or Mach-O file"},
    {0, "\x00" "asm", 4, "a WebAssembly module"},
    {0, "SQLite format 3", 16, "an SQLite database"},
    {0, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, "an OLE document (old Word or Excel)"},
};

/* Bytes of the C0 controls other than white space, and DEL. */
static bool is_control_byte(unsigned char c) {
  return (c < 0x20 && !strchr("\t\n\v\f\r", c)) || c == 0x7F;
}

/* Length of a valid UTF-8 sequence at s, 0 when invalid or cut short. */
static size_t utf8_length(const unsigned char *s, size_t n) {
  size_t len = s[0] < 0x80 ? 1 : s[0] >= 0xC2 && s[0] <= 0xDF ? 2
               : s[0] >= 0xE0 && s[0] <= 0xEF                ? 3
               : s[0] >= 0xF0 && s[0] <= 0xF4                ? 4
                                                             : 0;
  if (len == 0 || len > n)
    return 0;
  for (size_t i = 1; i < len; i++)
    if ((s[i] & 0xC0) != 0x80)
      return 0;
  return len;
}

const char *fg_input_binary_kind(const char *head, size_t len) {
  for (size_t i = 0; i < sizeof magics / sizeof *magics; i++) {
    const Magic *m = &magics[i];
    if (len >= m->at + m->len && memcmp(head + m->at, m->magic, m->len) == 0)
      return m->kind;
  }
  const unsigned char *u = (const unsigned char *)head;
  size_t n = len < FG_BINARY_SAMPLE ? len : FG_BINARY_SAMPLE;
  size_t nul = 0, controls = 0, invalid = 0;
  for (size_t i = 0; i < n;) {
    size_t seq = utf8_length(u + i, n - i);
    /* a sequence cut by the end of the sample is not held against it */
    if (seq == 0 && n - i < 4 && n < len)
      break;
    nul += u[i] == 0;
    controls += u[i] != 0 && is_control_byte(u[i]);
    invalid += seq == 0;
    i += seq ? seq : 1;
  }
  if (nul * 100 > n || controls * 100 > n * 3 ||
      (controls * 200 > n && invalid * 10 > n))
    return "control bytes or invalid UTF-8 in its first 8 KiB";
  return NULL;
}
