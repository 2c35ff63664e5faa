/* SPDX-License-Identifier: MIT */
/* A run's state, shared by run.c, the partial-result format (part/) and
 * the worker threads (jobs.c): what a run holds between reading documents
 * and finishing; worker runs that borrow their parent's knowledge files
 * and models, and documents read and pre-analysed by them, handed back to
 * the parent in order. */
#ifndef FG_RUN_INTERNAL_H
#define FG_RUN_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "extract/analysis.h"
#include "factgraph/run.h"
#include "input/read.h"
#include "lexicon/model_files.h"
#include "lemma/lemma.h"
#include "lexicon/ontology.h"
#include "ner/ner.h"
#include "ner/memory.h"
#include "parse/parser.h"
#include "tag/tag.h"
#include "nlp/pipeline.h"
#include "text/text.h"
#include "util/arena.h"
#include "util/intern.h"

/* A fact of the document being read, with its sentence in the arena. */
typedef struct {
  FgFactInput claim;
  FgEvidence evidence;
} DocFact;

/* Sentences of one document that a stored fact counted but did not keep
 * (a part keeps them by document, so that a merge can leave one out). */
typedef struct {
  uint64_t count;
  uint32_t doc;
  uint32_t next; /* the fact's next, FG_NONE after its last */
} FgOmission;

/* A distinct claim between local entities, kept until the run finishes;
 * its sentences wait in the graph's evidence store. */
typedef struct {
  FgFactInput claim; /* strings in run->strings */
  uint64_t chain;
  uint64_t omitted;  /* sentences counted but not stored */
  uint32_t first_omission, last_omission; /* the same by document (run->
                                             omissions), or FG_NONE */
  /* the document being stored: its sentences kept, their best confidence,
   * and the sentence stored last (a sentence can state the claim twice) */
  uint32_t doc, kept, last_begin;
  bool last_kept;
  double best;
} StoredFact;

/* A document's CoNLL-U block in the run's file, [begin, end): its
 * sentences without its id (nlp/conllu.h). A long text's later pieces
 * extend the block their first began, which is the last in the file. */
typedef struct {
  uint64_t begin, end;
} FgConlluBlock;

struct FgRun {
  FgConfig config;
  FgOntology *onto;
  FgGazetteer *gaz;
  FgLexicon *lex;
  const FgLexicon *parent_lex; /* a worker's: its parent's lexicon, read only */
  FgModelFiles models;
  FgNameIndex *names;
  FgNerNames name_lists; /* ontology/names/, empty when missing */
  FgGraph *graph;
  FgLocalEntities entities;
  FgEntityFolder *folder;
  DocFact *doc_facts;
  size_t doc_fact_count, doc_fact_cap;
  StoredFact *facts;
  size_t fact_count, fact_cap;
  FgOmission *omissions;
  size_t omission_count, omission_cap;
  FgIntern *claims;  /* each stored fact's key, by fact index */
  FgIntern *strings; /* the stored facts' strings, each kept once */
  size_t doc_count;  /* documents (or pieces of one) analysed */
  uint32_t text_doc; /* the graph's document that a later segment extends */
  uint64_t text_digest; /* its digest so far */
  FgArena *arena;
  FgFilesRead *files_read;
  bool spill_reported;
  bool finished;
  FgNlpStages stages;   /* the front end's models, those found */
  FgTagger *tagger;     /* the same, owned */
  FgLemmatizer *lemmatizer;
  FgParser *parser;
  FgNer *ner;
  FgNerGaz *ner_gaz;
  FgNerMemory *ner_memory;
  FgArena *nlp_scratch;
  FILE *conllu;         /* the CoNLL-U analysis so far, when config.conllu */
  FgConlluBlock
      *conllu_blocks; /* where each document's is in it, by graph index */
  size_t conllu_block_count, conllu_block_cap;
  uint32_t conllu_sent; /* sentences of the current document */
  bool conllu_failed;
  /* for parts (part/): each document's source and digest, for the first
   * docs_keyed documents, the first document of each key and how many
   * have it (by key id), and the entity types parts brought */
  FgIntern *doc_keys;
  size_t docs_keyed;
  struct {
    uint32_t first, count;
  } *key_docs;
  size_t key_docs_cap;
  FgIntern *part_types;
};

/* The string interned in run->strings (NULL for NULL); *ok turns false
 * when out of memory. */
const char *fg_run_keep_str(FgRun *run, const char *s, bool *ok);

/* The stored fact with this claim (strings from fg_run_keep_str), added
 * when new; NULL when out of memory. */
StoredFact *fg_run_stored_fact(FgRun *run, const FgFactInput *c);

/* Records that graph document doc's CoNLL-U block is [begin, end) of
 * run->conllu; false when out of memory. */
bool fg_run_conllu_block(FgRun *run, uint32_t doc, uint64_t begin,
                         uint64_t end);

/* Counts count sentences of document doc as omitted from fact f; false
 * when out of memory. */
bool fg_run_omit(FgRun *run, StoredFact *f, uint32_t doc, uint64_t count);

/* A piece of a document read by a worker run, with the part of its
 * analysis that depends on its text alone (tokens and the front end's
 * reading). Everything lives in arena, which the holder frees. */
typedef struct {
  FgPiece piece;
  FgDocument meta;
  FgPretokenized pretok;
  FgTokenized tok;
  FgNlpDoc nlp;
  bool ok;   /* false: out of memory while preparing */
  bool read; /* the front end read it (nlp is set) */
  FgArena *arena;
} FgPrepared;

/* Takes a prepared piece (owned from then on); false stops the reading
 * (FG_ERR_NOMEM). */
typedef bool (*FgPreparedSink)(void *handle, FgPrepared *prepared);

/* A run for one worker thread: it borrows parent's knowledge files and
 * models (read only, never changed after loading, so shared by every
 * worker) and has its own scratch memory and recognizer memory. Its
 * diagnostics go to diag. Release with fg_run_free before parent. */
FgStatus fg_run_new_worker(const FgRun *parent, FgDiagFunc diag, void *diag_handle,
                           FgRun **out);

/* Reads path in a worker run, each piece prepared and handed to sink;
 * every regular file read is told to hook first (the parent decides
 * which files named twice to skip). Status as fg_run_add_file. */
FgStatus fg_run_read_prepared(FgRun *worker, const char *path, FgPreparedSink sink,
                              FgFileHook hook, void *handle);

/* Analyses a prepared piece in the run, as fg_run_add_file would have
 * analysed it at this point; prepared stays the caller's. */
FgStatus fg_run_add_prepared(FgRun *run, const FgPrepared *prepared);

/* The run's configuration (its diag sink), borrowed. */
const FgConfig *fg_run_config(const FgRun *run);

/* fg_input_claim_file with the run's files read and diag sink. */
FgStatus fg_run_claim_file(FgRun *run, uint64_t dev, uint64_t ino, const char *path);

#endif
