/* SPDX-License-Identifier: MIT */
/* The sorted word-hash tables shared by the recognizer's name-lists (NLST)
 * and clusters (NCLU) sections: u32 entry count, the entries' u64 keys in
 * strictly ascending order, then a fixed number of bytes per entry. */
#ifndef FG_NER_HASHKEYS_H
#define FG_NER_HASHKEYS_H

#include <stddef.h>
#include <stdint.h>

#include "factgraph/status.h"
#include "learn/le.h"

/* Reads the count and the keys of a section of len bytes from c (at its
 * start), checking that it is 4 + count * (8 + per) bytes; the cursor is
 * then at the first entry's per bytes. *keys (malloc'd) is the caller's to
 * free. FG_ERR_SYNTAX for a bad size or keys out of order (*keys NULL),
 * FG_ERR_NOMEM. */
FgStatus fg_ner_hashkeys_read(FgLeCursor *c, size_t len, size_t per, uint64_t **keys,
                              uint32_t *count);

/* The index of key in the ascending keys[0, count), count when absent. */
size_t fg_ner_hashkeys_find(const uint64_t *keys, size_t count, uint64_t key);

#endif
