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

#endif
