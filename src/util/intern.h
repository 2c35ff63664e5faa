/* SPDX-License-Identifier: MIT */
/* String interner: maps each distinct string to a small stable id, so that
 * later stages compare and hash integers (sord's SordWorld, raptor's URIs). */
#ifndef FG_UTIL_INTERN_H
#define FG_UTIL_INTERN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define FG_NO_ID UINT32_MAX

typedef struct FgIntern FgIntern;

FgIntern *fg_intern_new(void);
void fg_intern_free(FgIntern *intern);
/* Forgets every string, keeping the memory for the next ones: ids start
 * at 0 again and earlier views are invalid. */
void fg_intern_clear(FgIntern *intern);
/* Returns the id of the string (adding a copy when new), FG_NO_ID when out
 * of memory. */
uint32_t fg_intern_add(FgIntern *intern, const char *str, size_t len);
uint32_t fg_intern_add_str(FgIntern *intern, const char *str);
/* Returns the id or FG_NO_ID when the string was never added. */
uint32_t fg_intern_find(const FgIntern *intern, const char *str, size_t len);
/* Borrowed view of the string with this id; valid until fg_intern_free. */
const char *fg_intern_str(const FgIntern *intern, uint32_t id);
size_t fg_intern_count(const FgIntern *intern);

/* 64-bit hash used everywhere ids must be stable across runs. */
uint64_t fg_hash(const void *data, size_t len);

#endif
