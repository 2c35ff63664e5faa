/* SPDX-License-Identifier: MIT */
/* Lexical forms for the writers: strict UTF-8, clean literal text, TSV
 * cells and document ids, text safe for a terminal, IRI path segments, IRI
 * and Wikidata id checks, XSD types of ISO 8601 dates. Pure functions;
 * escaping for an RDF or DOT syntax stays with raptor and dot.c. */
#ifndef FG_SERIALIZE_LEXICAL_H
#define FG_SERIALIZE_LEXICAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

typedef enum {
  FG_XSD_NONE, /* a plain literal */
  FG_XSD_DATE,
  FG_XSD_GYEARMONTH,
  FG_XSD_GYEAR,
  FG_XSD_GMONTHDAY,
  FG_XSD_BOOLEAN,
  FG_XSD_DECIMAL,
  FG_XSD_INTEGER,
  FG_XSD_NON_NEGATIVE_INTEGER,
  FG_XSD_COUNT
} FgXsdType;

/* Local name in the XSD namespace ("date", ...); NULL for FG_XSD_NONE. */
const char *fg_xsd_local_name(FgXsdType type);

/* Decodes the UTF-8 sequence at s (n > 0 bytes available) into *cp and
 * returns its length, or 0 when it is invalid: truncated, overlong, a
 * surrogate or beyond U+10FFFF. */
size_t fg_lexical_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* Appends text as valid UTF-8 without control characters other than tab
 * and newline: controls become a space, invalid bytes U+FFFD. False when
 * out of memory. */
bool fg_lexical_append_clean(FgBuf *buf, const char *text);

/* Appends text for one cell of a line-based table (the facts TSV): valid
 * UTF-8 (invalid bytes become U+FFFD) in which every control character
 * (tab and newline too, VT, FF, ESC, U+001C-U+001F, DEL, C1 with NEL) and
 * U+2028, U+2029 become a space, so no reader splits a line or a field
 * there. False when out of memory. */
bool fg_lexical_append_cell(FgBuf *buf, const char *text);

/* Appends a qualifier's value for the facts TSV: a cell (as above) with
 * '%', ';' and '=' percent-encoded, so that a label such as "X;negated=true"
 * never reads as a qualifier of its own. False when out of memory. */
bool fg_lexical_append_qualifier(FgBuf *buf, const char *value);

/* Appends a document id for the facts TSV: '%', ',', every byte of a
 * control character or of a Unicode space (U+0020, U+0085, U+00A0, U+1680,
 * U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) and every byte
 * that is not valid UTF-8 percent-encoded as %XX; the rest as it is. Ids
 * stay distinct and split neither a list on ',' nor one on white space.
 * False when out of memory. */
bool fg_lexical_append_id(FgBuf *buf, const char *id);

/* Appends text safe to print on a terminal: a control character, DEL or
 * an invalid byte as \xHH, a C1 control, U+2028, U+2029 or a bidirectional
 * override as \uHHHH, a backslash as \\. False when out of memory. */
bool fg_lexical_append_printable(FgBuf *buf, const char *text);

/* Appends segment percent-encoded for an IRI path: everything but RFC 3986
 * unreserved characters, and a final '.'. False when out of memory. */
bool fg_lexical_append_segment(FgBuf *buf, const char *segment);

/* Appends a slug of text: ASCII letters and digits lower-cased, runs of
 * other ASCII as one '-', non-ASCII bytes kept; "value" when nothing is
 * left. False when out of memory. */
bool fg_lexical_append_slug(FgBuf *buf, const char *text);

/* True for an absolute IRI that N-Triples' IRIREF accepts, in valid UTF-8
 * and with well-formed percent escapes only, without C1 controls,
 * bidirectional controls or Unicode noncharacters. */
bool fg_lexical_is_absolute_iri(const char *iri);

/* NULL for such an IRI; else what is wrong ("a space", "invalid UTF-8",
 * ...), with *offset the byte where. */
const char *fg_lexical_iri_problem(const char *iri, size_t *offset);

/* True for a Wikidata item id: "Q" and digits. */
bool fg_lexical_is_wikidata_id(const char *id);

/* The XSD type of an ISO 8601 date by its shape (2025-11-12, 2025-11,
 * 2025, --11-12); FG_XSD_NONE when it fits none or names an impossible
 * day. */
FgXsdType fg_lexical_date_type(const char *text);

#endif
