/* SPDX-License-Identifier: MIT */
/* Lookups shared by the mention finder's files. */
#ifndef FG_EXTRACT_MENTIONS_INTERNAL_H
#define FG_EXTRACT_MENTIONS_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "analysis.h"

typedef struct {
  int32_t name;     /* gazetteer entry named so, or -1 */
  int32_t demonym;  /* country whose demonym this is, or -1 */
  int32_t metonym;  /* entry this name stands for as an actor, or -1 */
  bool upper_only;  /* a short all-caps alias ("IS", "US"): match only in caps */
} FgNameHit;

/* The names with this lookup key, or NULL. *longer is set when some name's
 * key continues this one after a space, so that a longer span may match. */
const FgNameHit *fg_name_index_find(const FgNameIndex *index, const char *key,
                                    size_t len, bool *longer);
size_t fg_name_index_max_words(const FgNameIndex *index);

/* Sorts mentions by their first token, keeping the order of mentions that
 * start together (a stable sort). False when out of memory. */
bool fg_mentions_sort(FgMention *items, size_t count);

/* The number of mentions of items (sorted by first token) that start
 * before token t. */
size_t fg_mentions_before(const FgMention *items, size_t count, size_t t);

/* The head word of the name [first, last): its last word, or the word
 * before its first lower-case connector ("Court" of "Supreme Court of
 * Cassation"). */
size_t fg_name_head(const FgDocAnalysis *doc, size_t first, size_t last);

/* Whether the words after the name ending at last (past its possessive
 * and up to two title-domain words) are an office no organisation has:
 * a minister, a ministry, "Secretary of State". */
bool fg_ministerial_office_after(const FgDocAnalysis *doc, size_t last, size_t sent_last);

/* Adds descriptor ("the coalition", "Syrian security forces") and pronoun
 * mentions to the sorted list of name mentions. */
bool fg_find_descriptors(FgDocAnalysis *doc, FgMention **items, size_t *count,
                         size_t *cap);

#endif
