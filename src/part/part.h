/* SPDX-License-Identifier: MIT */
/* The partial-result format shared by its writer (write.c) and reader
 * (read.c); the layout is in README.md, "Partial results and merging".
 * Every number is little-endian. */
#ifndef FG_PART_PART_H
#define FG_PART_PART_H

#include "factgraph/run.h"

#define FG_PART_FORMAT_VERSION 3u
#define FG_PART_NO_STRING UINT32_MAX /* the length of an absent string */
#define FG_PART_HEADER_SIZE 12u      /* magic, format version */
#define FG_PART_TRAILER_SIZE 24u     /* body size, checksum, end magic */

extern const char fg_part_magic[8];
extern const char fg_part_end_magic[8];

/* Sends what + detail (may be NULL) about the part name to the run's
 * diag sink. */
void fg_part_report(const FgRun *run, FgStatus st, FgSeverity sev, const char *name,
                    const char *what, const char *detail);

#endif
