/* SPDX-License-Identifier: MIT */
/* Lexical forms for the writers: strict UTF-8, clean literal text, IRI
 * path segments, IRI and Wikidata id checks, XSD types of ISO 8601 dates.
 * Pure functions; escaping for a syntax stays with raptor and dot.c. */
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

/* Appends segment percent-encoded for an IRI path: everything but RFC 3986
 * unreserved characters, and a final '.'. False when out of memory. */
bool fg_lexical_append_segment(FgBuf *buf, const char *segment);

/* Appends a slug of text: ASCII letters and digits lower-cased, runs of
 * other ASCII as one '-', non-ASCII bytes kept; "value" when nothing is
 * left. False when out of memory. */
bool fg_lexical_append_slug(FgBuf *buf, const char *text);

/* True for an absolute IRI that N-Triples' IRIREF accepts, in valid UTF-8
 * and with well-formed percent escapes only. */
bool fg_lexical_is_absolute_iri(const char *iri);

/* True for a Wikidata item id: "Q" and digits. */
bool fg_lexical_is_wikidata_id(const char *id);

/* The XSD type of an ISO 8601 date by its shape (2025-11-12, 2025-11,
 * 2025, --11-12); FG_XSD_NONE when it fits none or names an impossible
 * day. */
FgXsdType fg_lexical_date_type(const char *text);

#endif
