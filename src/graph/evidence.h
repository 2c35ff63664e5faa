/* SPDX-License-Identifier: MIT */
/* Evidence store: every supporting sentence of a graph, kept out of memory.
 *
 * Records are appended to a buffer that spills to an unlinked temporary
 * file (in $TMPDIR, else /tmp) once it holds a few hundred kilobytes, so
 * that memory holds facts and entities, not the corpus' sentences. Each
 * record links to the previous record of its chain (one claim's evidence):
 * a chain is read back newest first, by its head. */
#ifndef FG_GRAPH_EVIDENCE_H
#define FG_GRAPH_EVIDENCE_H

#include <stdbool.h>
#include <stdint.h>

#include "factgraph/graph.h"
#include "util/arena.h"

/* The head of an empty chain. */
#define FG_NO_EVIDENCE UINT64_MAX

typedef struct FgEvidenceStore FgEvidenceStore;

FgEvidenceStore *fg_evidence_store_new(void);
void fg_evidence_store_free(FgEvidenceStore *store);

/* Appends ev (strings copied) to the chain whose newest record is *head
 * and makes it the newest. A sentence equal in document and offsets to the
 * one added last is stored once. False when out of memory. */
bool fg_evidence_store_add(FgEvidenceStore *store, uint64_t *head,
                           const FgEvidence *ev);

/* Attaches a regular file (a duplicate of fd, closed with the store;
 * name copied, for errors) that sentences can be read from where they
 * are, instead of copied into the store; reading one fails once the
 * file's size or modification time changed. Its id (from 1), or 0 when
 * fd cannot be attached (not a regular file, or no descriptor to spare:
 * attached files take half of RLIMIT_NOFILE at most). */
uint32_t fg_evidence_store_attach(FgEvidenceStore *store, int fd, const char *name);

/* fg_evidence_store_add for a sentence of text_len bytes (none for 0) at
 * offset text of the attached file (ev->sentence is not read): only the
 * record is stored. False when out of memory or when the text is not in
 * the file. */
bool fg_evidence_store_add_at(FgEvidenceStore *store, uint64_t *head, const FgEvidence *ev,
                              uint32_t file, uint64_t text, uint32_t text_len);

/* Called once per record; ev->sentence lives in the caller's arena, and
 * ev->rule as long as the store. False stops the reading. */
typedef bool (*FgEvidenceFunc)(void *handle, const FgEvidence *ev);

/* Reads the chain from head, newest first. False when fn stopped it, when
 * out of memory or when the temporary file cannot be read. */
bool fg_evidence_store_read(const FgEvidenceStore *store, uint64_t head,
                            FgArena *strings, FgEvidenceFunc fn, void *handle);

/* A record read without its sentence: where the sentence's text is, so
 * that many records of one long sentence cost one copy of it, read once
 * (fg_evidence_store_text). Records of one document and offsets hold the
 * same text. */
typedef struct {
  FgEvidence ev; /* ev.sentence is NULL */
  uint64_t text; /* offset of the sentence's text in the store */
  uint32_t text_len;
  bool has_text;
  uint32_t in; /* where the text is: the store or an attached file */
} FgEvidenceRef;

typedef bool (*FgEvidenceRefFunc)(void *handle, const FgEvidenceRef *ref);

/* fg_evidence_store_read without the texts. */
bool fg_evidence_store_read_refs(const FgEvidenceStore *store, uint64_t head,
                                 FgEvidenceRefFunc fn, void *handle);

/* The text of ref's sentence, in strings (NULL for a record without one);
 * false when out of memory or when the file cannot be read. */
bool fg_evidence_store_text(const FgEvidenceStore *store, const FgEvidenceRef *ref,
                            FgArena *strings, const char **text);

/* Where the next record will go: records added between two sizes are
 * one range, read back with fg_evidence_store_read_range. */
uint64_t fg_evidence_store_size(const FgEvidenceStore *store);

/* Reads the records added between sizes from and to, oldest first, with
 * one read of the temporary file. False as fg_evidence_store_read. */
bool fg_evidence_store_read_range(const FgEvidenceStore *store, uint64_t from,
                                  uint64_t to, FgArena *strings,
                                  FgEvidenceFunc fn, void *handle);

/* Why the first failed read failed ("evidence store: corrupt record at
 * offset N", ...), or NULL while none has. A record that does not hold
 * together (a chain link forward, a rule id or a text out of range) is
 * such a failure, never undefined behaviour. */
const char *fg_evidence_store_read_error(const FgEvidenceStore *store);

/* The directory of the temporary file: $TMPDIR, else /tmp. */
const char *fg_evidence_spill_dir(void);

/* 0, or the errno of the first failure to spill to the temporary file:
 * from then on the store keeps everything in memory. */
int fg_evidence_store_spill_error(const FgEvidenceStore *store);

#endif
