/* SPDX-License-Identifier: MIT */
/* Per-format data for the writers, from the table in formats.c. */
#ifndef FG_SERIALIZE_FORMATS_H
#define FG_SERIALIZE_FORMATS_H

#include "factgraph/export.h"

/* raptor2 serializer name ("turtle", "ntriples", "nquads"), or NULL for
 * the formats written without raptor. */
const char *fg_format_raptor_name(FgFormat format);
/* MIME type ("text/turtle", ...), or NULL for an unknown format. */
const char *fg_format_mime_type(FgFormat format);
/* File extension with its dot (".ttl", ...), or NULL for an unknown format. */
const char *fg_format_extension(FgFormat format);

#endif
