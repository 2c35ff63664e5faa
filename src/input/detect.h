/* SPDX-License-Identifier: MIT */
/* Telling an input's format from its first bytes. */
#ifndef FG_INPUT_DETECT_H
#define FG_INPUT_DETECT_H

#include <stddef.h>

#include "factgraph/config.h"

/* How many first bytes detection looks at. */
#define FG_DETECT_BYTES ((size_t)1 << 16)

/* The format of an input starting with head[0..len) (UTF-8, a BOM
 * allowed): never FG_INPUT_AUTO. */
FgInputFormat fg_input_detect(const char *head, size_t len);

/* How many first bytes the binary check counts bytes in. */
#define FG_BINARY_SAMPLE ((size_t)8192)

/* NULL when an input starting with head[0..len) may be text; else what
 * it is instead ("gzip-compressed data: decompress it first", "a PDF
 * document: ...", "control bytes or ..."): a known magic number, or in the first
 * 8 KiB more than 1% NUL bytes, more than 3% other control bytes, or
 * 0.5% of them with more than 10% of invalid UTF-8. Text in a legacy
 * 8-bit encoding (invalid UTF-8, no controls) passes, to be repaired. */
const char *fg_input_binary_kind(const char *head, size_t len);

#endif
