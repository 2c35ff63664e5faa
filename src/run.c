/* SPDX-License-Identifier: MIT */
/* A run: knowledge files loaded once, documents read one by one through
 * the pipeline (text -> mentions -> facts), entities resolved at the end. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "extract/analysis.h"
#include "extract/extract.h"
#include "factgraph/run.h"
#include "graph/graph_internal.h"
#include "graph/resolve.h"
#include "input/metadata.h"
#include "input/read.h"
#include "lexicon/gazetteer.h"
#include "lexicon/lexicon.h"
#include "lexicon/model_files.h"
#include "lexicon/ontology.h"
#include "serialize/writers.h"
#include "text/utf8.h"
#include "util/buf.h"
#include "util/grow.h"
#include "util/intern.h"

/* A fact of the document being read, with its sentence in the arena. */
typedef struct {
  FgFactInput claim;
  FgEvidence evidence;
} DocFact;

/* A distinct claim between local entities, kept until the run finishes;
 * its sentences wait in the graph's evidence store. */
typedef struct {
  FgFactInput claim; /* strings in run->strings */
  uint64_t chain;
} StoredFact;

struct FgRun {
  FgConfig config;
  FgOntology *onto;
  FgGazetteer *gaz;
  FgLexicon *lex;
  FgModelFiles models;
  FgNameIndex *names;
  FgGraph *graph;
  FgLocalEntities entities;
  FgEntityFolder *folder;
  DocFact *doc_facts;
  size_t doc_fact_count, doc_fact_cap;
  StoredFact *facts;
  size_t fact_count, fact_cap;
  FgIntern *claims;  /* each stored fact's key, by fact index */
  FgIntern *strings; /* the stored facts' strings, each kept once */
  size_t doc_count;  /* documents (or pieces of one) analysed */
  FgArena *arena;
  FgFilesRead *files_read;
  bool spill_reported;
  bool finished;
};

FgConfig fg_config_default(void) {
  FgConfig c;
  memset(&c, 0, sizeof c);
  c.base_iri = FG_DEFAULT_BASE_IRI;
  c.ontology_dir = FG_ONTOLOGY_DIR;
  return c;
}

static void diag(const FgRun *run, FgStatus st, FgSeverity sev, const char *source,
                 unsigned long byte, const char *message) {
  if (!run->config.diag)
    return;
  FgDiag d = {st, sev, source, 0, byte, message};
  run->config.diag(run->config.diag_handle, &d);
}

static char *join_path(const char *dir, const char *file) {
  FgBuf b;
  fg_buf_init(&b);
  if (!fg_buf_append_str(&b, dir) || !fg_buf_append_char(&b, '/') ||
      !fg_buf_append_str(&b, file)) {
    fg_buf_free(&b);
    return NULL;
  }
  return fg_buf_take(&b);
}

static FgStatus load_knowledge(FgRun *run) {
  const FgConfig *c = &run->config;
  char *onto = join_path(c->ontology_dir, "factgraph.ttl");
  char *gaz = join_path(c->ontology_dir, "gazetteer.ttl");
  char *lex = join_path(c->ontology_dir, "lexicon.tsv");
  FgStatus st = onto && gaz && lex ? FG_OK : FG_ERR_NOMEM;
  if (st == FG_OK)
    st = fg_ontology_load(onto, c->diag, c->diag_handle, &run->onto);
  if (st == FG_OK)
    st = fg_gazetteer_new(&run->gaz);
  if (st == FG_OK)
    st = fg_gazetteer_load(run->gaz, gaz, c->diag, c->diag_handle);
  for (size_t i = 0; st == FG_OK && i < c->gazetteer_count; i++)
    st = fg_gazetteer_load(run->gaz, c->gazetteers[i], c->diag, c->diag_handle);
  if (st == FG_OK)
    st = fg_lexicon_load(lex, c->diag, c->diag_handle, &run->lex);
  if (st == FG_OK && !(run->names = fg_name_index_new(run->gaz)))
    st = FG_ERR_NOMEM;
  if (st == FG_OK)
    st = fg_model_files_list(c->ontology_dir, c->diag, c->diag_handle,
                             &run->models);
  free(onto);
  free(gaz);
  free(lex);
  return st;
}

FgStatus fg_run_new(const FgConfig *config, FgRun **out) {
  *out = NULL;
  FgRun *run = calloc(1, sizeof *run);
  if (!run)
    return FG_ERR_NOMEM;
  run->config = *config;
  if (!run->config.ontology_dir)
    run->config.ontology_dir = FG_ONTOLOGY_DIR;
  run->graph = fg_graph_new();
  run->arena = fg_arena_new();
  run->strings = fg_intern_new();
  run->claims = fg_intern_new();
  run->folder = fg_entity_folder_new();
  run->files_read = fg_files_read_new();
  FgStatus st = run->graph && run->arena && run->strings && run->claims && run->folder &&
                        run->files_read
                    ? load_knowledge(run)
                    : FG_ERR_NOMEM;
  if (st != FG_OK) {
    fg_run_free(run);
    return st;
  }
  *out = run;
  return FG_OK;
}

const char *fg_run_version(const FgRun *run, FgKnowledgeFile file) {
  if (!run)
    return NULL;
  switch (file) {
  case FG_KNOWLEDGE_ONTOLOGY:
    return fg_ontology_version(run->onto);
  case FG_KNOWLEDGE_GAZETTEER:
    return fg_gazetteer_version(run->gaz);
  case FG_KNOWLEDGE_LEXICON:
    return fg_lexicon_version(run->lex);
  }
  return NULL;
}

size_t fg_run_model_count(const FgRun *run) {
  return run ? run->models.count : 0;
}

const char *fg_run_model_name(const FgRun *run, size_t i) {
  return run && i < run->models.count ? run->models.names[i] : NULL;
}

/* The facts only serve to fill the graph, which keeps its own copies. */
static void free_stored_facts(FgRun *run) {
  free(run->facts);
  run->facts = NULL;
  run->fact_count = run->fact_cap = 0;
  fg_intern_free(run->claims);
  run->claims = NULL;
  fg_intern_free(run->strings);
  run->strings = NULL;
}

void fg_run_free(FgRun *run) {
  if (!run)
    return;
  fg_ontology_free(run->onto);
  fg_gazetteer_free(run->gaz);
  fg_lexicon_free(run->lex);
  fg_model_files_free(&run->models);
  fg_name_index_free(run->names);
  fg_graph_free(run->graph);
  fg_local_entities_free(&run->entities);
  fg_entity_folder_free(run->folder);
  fg_files_read_free(run->files_read);
  free_stored_facts(run);
  free(run->doc_facts);
  fg_arena_free(run->arena);
  free(run);
}

/* ---- one document ---- */

typedef struct {
  FgRun *run;
  FgDocAnalysis *doc;
  uint32_t graph_doc;          /* the document's index in the graph */
  uint32_t *cp_begin, *cp_end; /* code-point offsets of each sentence */
  uint32_t cp_base;            /* code points before this text (segments) */
  uint32_t last_sentence;      /* the sentence whose copy is last_text */
  const char *last_text;       /* facts come sentence by sentence: one copy each */
} Collector;

/* The interned copy of s; NULL stays NULL, and *ok turns false when out
 * of memory. Every predicate, role, time and rule is stored once. */
static const char *keep_str(FgRun *run, const char *s, bool *ok) {
  if (!s)
    return NULL;
  uint32_t id = fg_intern_add_str(run->strings, s);
  *ok = *ok && id != FG_NO_ID;
  return id == FG_NO_ID ? "" : fg_intern_str(run->strings, id);
}

static bool store_fact(void *handle, const FgLocalFact *fact) {
  Collector *c = handle;
  FgRun *run = c->run;
  DocFact *facts = fg_grow(run->doc_facts, run->doc_fact_count + 1,
                           &run->doc_fact_cap, sizeof *facts);
  if (!facts)
    return false;
  run->doc_facts = facts;
  const FgSentence *s = &c->doc->tok.sentences[fact->sentence];
  bool ok = true;
  DocFact *f = &facts[run->doc_fact_count];
  memset(f, 0, sizeof *f);
  f->claim = fact->claim;
  f->claim.predicate = keep_str(run, fact->claim.predicate, &ok);
  f->claim.literal = keep_str(run, fact->claim.literal, &ok);
  f->claim.role = keep_str(run, fact->claim.role, &ok);
  f->claim.time = keep_str(run, fact->claim.time, &ok);
  f->claim.attributed_label = keep_str(run, fact->claim.attributed_label, &ok);
  f->evidence.document = c->graph_doc;
  f->evidence.begin = c->cp_begin[fact->sentence];
  f->evidence.end = c->cp_end[fact->sentence];
  if (!c->last_text || c->last_sentence != fact->sentence) {
    c->last_text = fg_arena_strndup(c->doc->arena, c->doc->text + s->begin, s->end - s->begin);
    c->last_sentence = fact->sentence;
  }
  f->evidence.sentence = c->last_text;
  f->evidence.rule = keep_str(run, fact->rule, &ok); /* borrowed for the call */
  f->evidence.confidence = fact->confidence;
  ok = ok && f->evidence.sentence;
  run->doc_fact_count += ok;
  return ok;
}

/* Code-point offsets of every sentence, in one pass over the text that
 * also counts where the text ends (*end). */
static bool sentence_offsets(Collector *c, size_t *end) {
  const FgTokenized *tok = &c->doc->tok;
  size_t n = tok->sentence_count;
  c->cp_begin = fg_arena_calloc(c->doc->arena, n + 1, sizeof(uint32_t));
  c->cp_end = fg_arena_calloc(c->doc->arena, n + 1, sizeof(uint32_t));
  if (!c->cp_begin || !c->cp_end)
    return false;
  size_t pos = 0, cp = c->cp_base;
  for (size_t i = 0; i < n; i++) {
    const FgSentence *s = &tok->sentences[i];
    cp += fg_utf8_count(c->doc->text + pos, s->begin - pos);
    c->cp_begin[i] = (uint32_t)cp;
    cp += fg_utf8_count(c->doc->text + s->begin, s->end - s->begin);
    c->cp_end[i] = (uint32_t)cp;
    pos = s->end;
  }
  *end = cp + fg_utf8_count(c->doc->text + pos, c->doc->len - pos);
  return true;
}

/* What the reader found wins over what the text seems to say. */
static void take_given(FgDocument *meta, const FgDocument *given) {
  const char **to[] = {&meta->headline, &meta->date, &meta->author,
                       &meta->publisher, &meta->url};
  const char *const from[] = {given->headline, given->date, given->author,
                              given->publisher, given->url};
  for (size_t i = 0; i < sizeof to / sizeof *to; i++)
    if (from[i])
      *to[i] = from[i];
}

static void remap(uint32_t *entity, size_t first, const uint32_t *map) {
  if (*entity != FG_NONE && *entity >= first)
    *entity = map[*entity - first];
}

/* Folds the document's entities into identical ones of earlier documents
 * (see fold.c), renumbering the document's facts. */
static bool fold_entities(FgRun *run, const FgDocAnalysis *doc) {
  size_t first = doc->first_entity, n = run->entities.count - first;
  uint32_t *map = fg_arena_calloc(run->arena, n + 1, sizeof *map);
  if (!map || !fg_local_entities_fold(&run->entities, first, run->folder, map))
    return false;
  for (size_t i = 0; i < run->doc_fact_count; i++) {
    FgFactInput *c = &run->doc_facts[i].claim;
    remap(&c->subject, first, map);
    remap(&c->object, first, map);
    remap(&c->attributed_to, first, map);
  }
  return true;
}

/* The stored fact with this claim, added when new. Strings are interned,
 * so equal strings are equal pointers and the key can hold the pointers. */
static StoredFact *stored_fact(FgRun *run, const FgFactInput *c) {
  uint64_t key[] = {
      (uint64_t)c->subject << 32 | c->object,
      (uint64_t)c->attributed_to << 32 | (uint64_t)c->modality << 8 |
          (uint64_t)c->former << 2 | (uint64_t)c->negated << 1 |
          (uint64_t)c->object_assumed,
      (uintptr_t)c->predicate, (uintptr_t)c->literal, (uintptr_t)c->role,
      (uintptr_t)c->time, (uintptr_t)c->attributed_label};
  uint32_t id = fg_intern_add(run->claims, (const char *)key, sizeof key);
  if (id == FG_NO_ID)
    return NULL;
  if (id < run->fact_count)
    return &run->facts[id];
  StoredFact *facts = fg_grow(run->facts, run->fact_count + 1, &run->fact_cap,
                              sizeof *facts);
  if (!facts)
    return NULL;
  run->facts = facts;
  StoredFact *f = &facts[run->fact_count++];
  f->claim = *c;
  f->chain = FG_NO_EVIDENCE;
  return f;
}

/* Hands the document's sentences to the graph's evidence store, each
 * chained to its claim's earlier sentences. */
static FgStatus store_doc_facts(FgRun *run) {
  for (size_t i = 0; i < run->doc_fact_count; i++) {
    const DocFact *d = &run->doc_facts[i];
    StoredFact *f = stored_fact(run, &d->claim);
    if (!f)
      return FG_ERR_NOMEM;
    FgStatus st = fg_graph_add_evidence(run->graph, &f->chain, &d->evidence);
    if (st != FG_OK)
      return st;
  }
  run->doc_fact_count = 0;
  return FG_OK;
}

/* Once per run: the evidence could not go to its temporary file. */
static void report_spill_error(FgRun *run) {
  int error = fg_graph_spill_error(run->graph);
  if (!error || run->spill_reported)
    return;
  run->spill_reported = true;
  FgBuf message;
  fg_buf_init(&message);
  if (fg_buf_append_str(&message, "cannot write evidence to a temporary file (") &&
      fg_buf_append_str(&message, strerror(error)) &&
      fg_buf_append_str(&message, "): keeping it in memory"))
    diag(run, FG_OK, FG_SEV_WARNING, fg_evidence_spill_dir(), 0, fg_buf_cstr(&message));
  fg_buf_free(&message);
}

static FgStatus analyse(FgRun *run, const FgPiece *piece) {
  const char *id = piece->meta->id, *text = piece->text;
  size_t len = piece->len;
  FgDocAnalysis doc;
  memset(&doc, 0, sizeof doc);
  doc.id = id;
  doc.doc = (uint32_t)run->doc_count;
  doc.text = text;
  doc.len = len;
  doc.lex = run->lex;
  doc.gaz = run->gaz;
  doc.names = run->names;
  doc.entities = &run->entities;
  doc.first_entity = run->entities.count;
  doc.arena = run->arena;
  doc.main_country = FG_NONE;
  Collector c = {run, &doc, FG_NONE, NULL, NULL, piece->cp_base, 0, NULL};
  size_t end = 0;
  if (!fg_text_analyse(run->arena, text, len, &doc.tok) || !fg_find_mentions(&doc) ||
      !sentence_offsets(&c, &end))
    return FG_ERR_NOMEM;
  /* Evidence offsets count code points: this is where they end. */
  FgDocument meta = {.id = id, .source = piece->meta->source, .length = end};
  fg_read_metadata(&doc, &meta);
  take_given(&meta, piece->meta);
  c.graph_doc = fg_graph_add_document(run->graph, &meta);
  if (c.graph_doc == FG_NONE)
    return FG_ERR_NOMEM;
  run->doc_count++;
  run->doc_fact_count = 0;
  if (!fg_extract_facts(&doc, meta.date, store_fact, &c) || !fold_entities(run, &doc))
    return FG_ERR_NOMEM;
  FgStatus st = store_doc_facts(run);
  report_spill_error(run);
  return st;
}

/* A piece from the input readers: analysed as (part of) a document. */
static FgStatus add_piece(void *handle, const FgPiece *piece) {
  FgRun *run = handle;
  FgStatus st = analyse(run, piece);
  fg_arena_reset(run->arena);
  return st;
}

static FgInputReader input_reader(FgRun *run) {
  FgInputReader r = {run->config.input_format, run->config.recursive, run->files_read,
                     run->config.diag,         run->config.diag_handle,     add_piece,
                     run};
  return r;
}

FgStatus fg_run_add_memory(FgRun *run, const char *id, const char *bytes, size_t len) {
  if (run->finished)
    return FG_ERR_USAGE;
  FgInputReader r = input_reader(run);
  return fg_input_read_memory(&r, id, bytes, len);
}

FgStatus fg_run_add_file(FgRun *run, const char *path) {
  if (run->finished)
    return FG_ERR_USAGE;
  FgInputReader r = input_reader(run);
  return fg_input_read_path(&r, path);
}

size_t fg_run_document_count(const FgRun *run) {
  return fg_graph_document_count(run->graph);
}

/* ---- finish and write ---- */

/* Marks the entities some article states an office of ("US President X"). */
static bool *stated_offices(const FgRun *run, const uint32_t *map) {
  bool *stated = calloc(fg_graph_entity_count(run->graph) + 1, sizeof *stated);
  for (size_t i = 0; stated && i < run->fact_count; i++) {
    const FgFactInput *c = &run->facts[i].claim;
    if (!c->object_assumed && strcmp(c->predicate, "holdsPosition") == 0)
      stated[map[c->subject]] = true;
  }
  return stated;
}

static FgStatus add_facts(FgRun *run, const uint32_t *map) {
  bool *stated = stated_offices(run, map);
  if (!stated)
    return FG_ERR_NOMEM;
  for (size_t i = 0; i < run->fact_count; i++) {
    StoredFact f = run->facts[i];
    /* an office stated anywhere beats one assumed from an article's country */
    if (f.claim.object_assumed && stated[map[f.claim.subject]])
      continue;
    f.claim.subject = map[f.claim.subject];
    if (f.claim.object != FG_NONE)
      f.claim.object = map[f.claim.object];
    if (f.claim.attributed_to != FG_NONE)
      f.claim.attributed_to = map[f.claim.attributed_to];
    if (f.claim.subject == f.claim.object)
      continue;
    FgStatus st = fg_graph_add_claim(run->graph, &f.claim, f.chain);
    if (st > FG_NOTHING) {
      free(stated);
      return st;
    }
  }
  free(stated);
  return FG_OK;
}

/* Names the document that gets another id because its own is not unique. */
static void warn_id_change(void *handle, const FgDocument *doc,
                           const char *new_id) {
  const FgRun *run = handle;
  FgBuf message;
  fg_buf_init(&message);
  if (fg_buf_append_str(&message, "document id \"") &&
      fg_buf_append_str(&message, doc->id) &&
      fg_buf_append_str(&message, "\" is not unique: written as \"") &&
      fg_buf_append_str(&message, new_id) && fg_buf_append_char(&message, '"'))
    diag(run, FG_OK, FG_SEV_WARNING, doc->source, 0, fg_buf_cstr(&message));
  fg_buf_free(&message);
}

FgStatus fg_run_finish(FgRun *run) {
  if (run->finished)
    return FG_OK;
  uint32_t *map = malloc((run->entities.count ? run->entities.count : 1) * sizeof *map);
  if (!map)
    return FG_ERR_NOMEM;
  FgStatus st = fg_resolve_entities(&run->entities, run->gaz, run->graph, map)
                    ? add_facts(run, map) : FG_ERR_NOMEM;
  free(map);
  if (st == FG_OK) {
    FgStatus ids = fg_graph_unique_document_ids(run->graph, warn_id_change, run);
    st = ids > FG_NOTHING ? ids : FG_OK;
  }
  if (st == FG_OK)
    st = fg_graph_finish(run->graph);
  if (st == FG_OK)
    free_stored_facts(run);
  run->finished = st == FG_OK;
  return st;
}

const FgGraph *fg_run_graph(const FgRun *run) { return run->finished ? run->graph : NULL; }

FgStatus fg_run_write(const FgRun *run, FgFormat format, const FgWriteOptions *options,
                      FILE *out) {
  if (!run->finished)
    return FG_ERR_USAGE;
  FgWriteOptions opts = options ? *options : fg_write_options_default();
  if (!opts.base_iri)
    opts.base_iri = run->config.base_iri;
  switch (format) {
  case FG_FORMAT_TSV:
    return fg_write_tsv(run->graph, out);
  case FG_FORMAT_DOT:
    return fg_write_dot(run->graph, run->onto, &opts, out, run->config.diag,
                        run->config.diag_handle);
  default:
    return fg_write_rdf(run->graph, run->onto, format, &opts, out, run->config.diag,
                        run->config.diag_handle);
  }
}

FgStatus fg_run_write_file(const FgRun *run, FgFormat format, const FgWriteOptions *options,
                           const char *path) {
  FgBuf tmp;
  fg_buf_init(&tmp);
  if (!fg_buf_append_str(&tmp, path) || !fg_buf_append_str(&tmp, ".XXXXXX")) {
    fg_buf_free(&tmp);
    return FG_ERR_NOMEM;
  }
  int fd = mkstemp(tmp.data);
  FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
  if (!f) {
    diag(run, FG_ERR_IO, FG_SEV_ERROR, path, 0, strerror(errno));
    if (fd >= 0) {
      close(fd);
      unlink(tmp.data);
    }
    fg_buf_free(&tmp);
    return FG_ERR_IO;
  }
  FgStatus st = fg_run_write(run, format, options, f);
  bool write_failed = ferror(f) != 0;
  if (fclose(f) != 0 || write_failed) {
    if (st == FG_OK)
      diag(run, FG_ERR_IO, FG_SEV_ERROR, path, 0, "write failed");
    st = st == FG_OK ? FG_ERR_IO : st;
  }
  if (st == FG_OK && rename(tmp.data, path) != 0) {
    diag(run, FG_ERR_IO, FG_SEV_ERROR, path, 0, strerror(errno));
    st = FG_ERR_IO;
  }
  if (st != FG_OK)
    unlink(tmp.data);
  fg_buf_free(&tmp);
  return st;
}
