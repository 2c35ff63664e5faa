/* SPDX-License-Identifier: MIT */
/* Partial results, written: what a run holds before it finishes
 * (documents, local entities with the source of each copy, stored facts
 * with their sentences and omitted counts by document, and the CoNLL-U
 * analysis when the run keeps it) as one checked binary file (part.h). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <xxhash.h>

#include "graph/graph_internal.h"
#include "lexicon/gazetteer.h"
#include "part/part.h"
#include "run_internal.h"
#include "util/buf.h"
#include "util/outfile.h"

const char fg_part_magic[8] = {'\x89', 'F', 'G', 'P', 'A', 'R', 'T', '\n'};
const char fg_part_end_magic[8] = {'F', 'G', 'P', 'E', 'N', 'D', '\r', '\n'};

void fg_part_report(const FgRun *run, FgStatus st, FgSeverity sev, const char *name,
                    const char *what, const char *detail) {
  if (!run->config.diag)
    return;
  FgBuf m;
  fg_buf_init(&m);
  if (fg_buf_append_str(&m, what) && (!detail || fg_buf_append_str(&m, detail))) {
    FgDiag d = {st, sev, name, 0, 0, fg_buf_cstr(&m)};
    run->config.diag(run->config.diag_handle, &d);
  }
  fg_buf_free(&m);
}

typedef struct {
  FILE *out;
  XXH3_state_t *hash;
  uint64_t size; /* bytes written */
  bool ok;
} Writer;

static void put(Writer *w, const void *data, size_t len) {
  if (!w->ok || len == 0)
    return;
  w->ok = fwrite(data, 1, len, w->out) == len &&
          XXH3_64bits_update(w->hash, data, len) == XXH_OK;
  w->size += len;
}

static void put_u64(Writer *w, uint64_t v) {
  unsigned char b[8];
  for (int i = 0; i < 8; i++)
    b[i] = (unsigned char)(v >> (8 * i));
  put(w, b, 8);
}

static void put_u32(Writer *w, uint32_t v) {
  unsigned char b[4];
  for (int i = 0; i < 4; i++)
    b[i] = (unsigned char)(v >> (8 * i));
  put(w, b, 4);
}

static void put_u8(Writer *w, unsigned v) {
  unsigned char b = (unsigned char)v;
  put(w, &b, 1);
}

static void put_str(Writer *w, const char *s) {
  size_t len = s ? strlen(s) : 0;
  if (s && len >= FG_PART_NO_STRING)
    w->ok = false;
  put_u32(w, s ? (uint32_t)len : FG_PART_NO_STRING);
  put(w, s, len);
}

static void put_double(Writer *w, double d) {
  uint64_t bits;
  memcpy(&bits, &d, sizeof bits);
  put_u64(w, bits);
}

/* The knowledge the run was made with: a part only merges with a run that
 * has the same. */
static void put_versions(Writer *w, const FgRun *run) {
  put_str(w, fg_run_version(run, FG_KNOWLEDGE_ONTOLOGY));
  put_str(w, fg_run_version(run, FG_KNOWLEDGE_GAZETTEER));
  put_str(w, fg_run_version(run, FG_KNOWLEDGE_LEXICON));
  put_u32(w, (uint32_t)fg_run_model_count(run));
  for (size_t i = 0; i < fg_run_model_count(run); i++)
    put_str(w, fg_run_model_name(run, i));
  put_u32(w, (uint32_t)fg_gazetteer_count(run->gaz));
}

static void put_documents(Writer *w, const FgRun *run) {
  size_t n = fg_graph_document_count(run->graph);
  put_u32(w, (uint32_t)n);
  for (size_t i = 0; i < n; i++) {
    const FgDocument *d = fg_graph_document(run->graph, i);
    const char *fields[] = {d->id,     d->source,    d->headline,       d->date,
                            d->author, d->publisher, d->dateline_place, d->url};
    for (size_t k = 0; k < sizeof fields / sizeof *fields; k++)
      put_str(w, fields[k]);
    put_u64(w, d->length);
    put_u64(w, d->digest);
  }
}

/* Where each copy of the entity was found, with its weight: one source
 * per document (or piece of one) folded into it. */
static void put_sources(Writer *w, const FgLocalEntities *es, const FgLocalEntity *e) {
  uint32_t n = 0;
  for (uint32_t s = e->first_source; s != FG_NONE; s = es->sources[s].next)
    n++;
  if (n == 0) { /* not folded yet: the entity is its only copy */
    put_u32(w, 1);
    put_u32(w, e->doc);
    put_u32(w, e->at);
    put_u32(w, e->weight);
    return;
  }
  put_u32(w, n);
  for (uint32_t s = e->first_source; s != FG_NONE; s = es->sources[s].next) {
    put_u32(w, es->sources[s].doc);
    put_u32(w, es->sources[s].at);
    put_u32(w, es->sources[s].weight);
  }
}

static void put_entities(Writer *w, const FgRun *run) {
  const FgLocalEntities *es = &run->entities;
  put_u32(w, (uint32_t)es->count);
  for (size_t i = 0; i < es->count; i++) {
    FgLocalEntity *e = &es->items[i];
    const FgGazEntry *g = e->gaz >= 0 ? fg_gazetteer_entry(run->gaz, (size_t)e->gaz) : NULL;
    put_str(w, e->key);
    put_str(w, e->label);
    put_str(w, e->type);
    put_str(w, e->skeleton);
    put_str(w, e->acronym);
    put_str(w, fg_buf_cstr(&e->forms));
    put_str(w, g ? g->slug : NULL);
    put_u32(w, g ? (uint32_t)e->gaz : FG_PART_NO_STRING);
    put_u32(w, e->kind);
    put_u8(w, (unsigned)e->surname_only | (unsigned)e->has_role << 1);
    put_sources(w, es, e);
  }
}

static bool put_evidence(void *handle, const FgEvidence *ev) {
  Writer *w = handle;
  put_u8(w, 1);
  put_u32(w, ev->document);
  put_u32(w, ev->begin);
  put_u32(w, ev->end);
  put_str(w, ev->sentence);
  put_str(w, ev->rule);
  put_double(w, ev->confidence);
  return w->ok;
}

static void put_claim(Writer *w, const FgFactInput *c) {
  put_u32(w, c->subject);
  put_str(w, c->predicate);
  put_u32(w, c->object);
  put_str(w, c->literal);
  put_str(w, c->role);
  put_str(w, c->time);
  put_u32(w, c->attributed_to);
  put_str(w, c->attributed_label);
  put_u8(w, (unsigned)c->modality);
  put_u8(w, (unsigned)c->former | (unsigned)c->negated << 1 |
                (unsigned)c->object_assumed << 2);
}

/* The sentences of each document the fact counted but did not keep. */
static void put_omissions(Writer *w, const FgRun *run, const StoredFact *f) {
  uint32_t n = 0;
  for (uint32_t o = f->first_omission; o != FG_NONE; o = run->omissions[o].next)
    n++;
  put_u32(w, n);
  for (uint32_t o = f->first_omission; o != FG_NONE; o = run->omissions[o].next) {
    put_u32(w, run->omissions[o].doc);
    put_u64(w, run->omissions[o].count);
  }
}

/* The stored facts, each followed by its sentences as the evidence store
 * gives them back (one at a time, from the run's temporary file). */
static FgStatus put_facts(Writer *w, const FgRun *run) {
  FgArena *arena = fg_arena_new();
  if (!arena)
    return FG_ERR_NOMEM;
  put_u32(w, (uint32_t)run->fact_count);
  FgStatus st = FG_OK;
  for (size_t i = 0; st == FG_OK && w->ok && i < run->fact_count; i++) {
    const StoredFact *f = &run->facts[i];
    put_claim(w, &f->claim);
    if (f->chain != FG_NO_EVIDENCE &&
        !fg_graph_read_chain(run->graph, f->chain, arena, put_evidence, w))
      st = w->ok ? FG_ERR_IO : FG_OK;
    put_u8(w, 0);
    put_omissions(w, run, f);
    fg_arena_reset(arena);
  }
  fg_arena_free(arena);
  return st;
}

/* Graph document i's CoNLL-U block in the run's file ({0, 0}: none yet). */
static FgConlluBlock block_of(const FgRun *run, size_t i) {
  return i < run->conllu_block_count ? run->conllu_blocks[i]
                                     : (FgConlluBlock){0, 0};
}

/* The run's CoNLL-U analysis: each document's block length, then the
 * blocks in the order of the documents, streamed from the run's temporary
 * file; and a last byte saying whether it is carried (the reader looks at
 * that byte first). */
static FgStatus put_analysis(Writer *w, FgRun *run) {
  if (!run->conllu) {
    put_u8(w, 0);
    return FG_OK;
  }
  FILE *in = run->conllu;
  if (run->conllu_failed || fflush(in) != 0)
    return FG_ERR_IO;
  size_t n = fg_graph_document_count(run->graph);
  for (size_t i = 0; i < n; i++) {
    FgConlluBlock b = block_of(run, i);
    put_u64(w, b.end - b.begin);
  }
  char chunk[1 << 16];
  bool read_all = true;
  for (size_t i = 0; read_all && w->ok && i < n; i++) {
    FgConlluBlock b = block_of(run, i);
    uint64_t left = b.end - b.begin;
    read_all = left == 0 || fseeko(in, (off_t)b.begin, SEEK_SET) == 0;
    while (read_all && w->ok && left > 0) {
      size_t k = left < sizeof chunk ? (size_t)left : sizeof chunk;
      read_all = fread(chunk, 1, k, in) == k;
      if (read_all)
        put(w, chunk, k);
      left -= k;
    }
  }
  if (!read_all)
    return FG_ERR_IO;
  put_u8(w, 1);
  return FG_OK;
}

FgStatus fg_run_write_part_stream(FgRun *run, FILE *out, const char *name) {
  if (run->finished) {
    fg_part_report(run, FG_ERR_USAGE, FG_SEV_ERROR, name,
                   "a finished run cannot write a part", NULL);
    return FG_ERR_USAGE;
  }
  Writer w = {out, XXH3_createState(), 0, true};
  if (!w.hash)
    return FG_ERR_NOMEM;
  XXH3_64bits_reset(w.hash);
  put(&w, fg_part_magic, sizeof fg_part_magic);
  put_u32(&w, FG_PART_FORMAT_VERSION);
  put_versions(&w, run);
  put_documents(&w, run);
  put_entities(&w, run);
  FgStatus st = put_facts(&w, run);
  bool analysis_read = true;
  if (st == FG_OK && w.ok) {
    st = put_analysis(&w, run);
    analysis_read = st == FG_OK;
  }
  uint64_t body = w.size - FG_PART_HEADER_SIZE;
  put_u64(&w, body);
  uint64_t sum = XXH3_64bits_digest(w.hash);
  put_u64(&w, sum);
  put(&w, fg_part_end_magic, sizeof fg_part_end_magic);
  XXH3_freeState(w.hash);
  if (!analysis_read)
    fg_part_report(run, st, FG_SEV_ERROR, name,
                   "cannot read the CoNLL-U analysis back from its temporary file", NULL);
  else if (st == FG_ERR_IO)
    fg_part_report(run, st, FG_SEV_ERROR, name, "cannot read the evidence back: ",
           fg_graph_evidence_error(run->graph));
  else if (st == FG_OK && !w.ok) {
    fg_part_report(run, FG_ERR_IO, FG_SEV_ERROR, name, "cannot write the part: ",
           strerror(errno ? errno : EIO));
    st = FG_ERR_IO;
  }
  return st;
}

FgStatus fg_run_write_part(FgRun *run, const char *path) {
  return fg_run_write_part_tracked(run, path, NULL, NULL);
}

FgStatus fg_run_write_part_tracked(FgRun *run, const char *path, FgTempFunc temp,
                                   void *handle) {
  FgOutFile file;
  memset(&file, 0, sizeof file);
  int error = fg_outfile_open(&file, path, 0, temp, handle);
  if (error) {
    fg_part_report(run, FG_ERR_IO, FG_SEV_ERROR, path, "cannot create a temporary file for it: ",
           strerror(error));
    return FG_ERR_IO;
  }
  FgStatus st = fg_run_write_part_stream(run, file.out, path);
  error = fg_outfile_close(&file);
  if (st == FG_OK && error) {
    fg_part_report(run, FG_ERR_IO, FG_SEV_ERROR, path, "not written: ", strerror(error));
    st = FG_ERR_IO;
  }
  if (st == FG_OK && (error = fg_outfile_commit(&file)) != 0) {
    fg_part_report(run, FG_ERR_IO, FG_SEV_ERROR, path, "cannot replace it: ", strerror(error));
    st = FG_ERR_IO;
  }
  fg_outfile_discard(&file);
  return st;
}

