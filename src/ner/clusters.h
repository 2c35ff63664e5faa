/* SPDX-License-Identifier: MIT */
/* Word clusters for the recognizer, learned by the trainer from the plain
 * text of its training corpora (no labels read): each word form seen at
 * least twice gets a vector of the words around it (the 400 commonest
 * lower-case forms, or the shape of a rarer word, at -2, -1, +1 and +2),
 * and spherical k-means, seeded at evenly spaced frequency ranks, puts
 * the vectors into 64 coarse and 512 fine clusters (Ratinov & Roth's and
 * spaCy v1's Brown clusters, in a cheaper form). A name whose words the
 * labelled data never had can then share a cluster with names it did
 * have. Deterministic: the same text gives the same bytes.
 *
 * Section bytes (NCLU): u32 word count, then per word its u64 form hash
 * (fg_hash of the exact form, sorted ascending), then per word u16 coarse
 * and u16 fine cluster. */
#ifndef FG_NER_CLUSTERS_H
#define FG_NER_CLUSTERS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "factgraph/status.h"
#include "learn/model.h"
#include "ner/ner.h"
#include "util/buf.h"

#define FG_NER_SECTION_CLUSTERS FG_SECTION('N', 'C', 'L', 'U')
#define FG_NER_CLUSTER_LEVELS 2

typedef struct {
  uint64_t *keys;  /* sorted form hashes */
  uint16_t *ids;   /* FG_NER_CLUSTER_LEVELS per word: coarse, fine */
  size_t count;
} FgNerClusters;

/* Reads every sentence of the sources (rewound first) and writes the
 * section bytes into out (cleared first). FG_OK or FG_ERR_NOMEM, or a
 * source's error. */
FgStatus fg_ner_clusters_build(FgNerSource *sources, size_t count,
                               FgBuf *out);

/* Decodes section bytes into out (allocated; fg_ner_clusters_free).
 * FG_ERR_SYNTAX for malformed bytes, FG_ERR_NOMEM. */
FgStatus fg_ner_clusters_load(const uint8_t *data, size_t len,
                              FgNerClusters *out);
void fg_ner_clusters_free(FgNerClusters *c);

/* Whether the form has clusters (c may be NULL); then ids gets its
 * FG_NER_CLUSTER_LEVELS cluster numbers, coarse first. */
bool fg_ner_cluster_find(const FgNerClusters *c, const char *form,
                         size_t len, uint32_t *ids);

#endif
