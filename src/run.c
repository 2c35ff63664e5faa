/* SPDX-License-Identifier: MIT */
/* A run: knowledge files loaded once, documents read one by one through
 * the pipeline (text -> mentions -> facts), entities resolved at the end. */
#include <errno.h>
#include <stddef.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include "extract/analysis.h"
#include "extract/extract.h"
#include "extract/tree.h"
#include "factgraph/run.h"
#include "run_internal.h"
#include "graph/graph_internal.h"
#include "graph/resolve.h"
#include "input/metadata.h"
#include "input/read.h"
#include "lexicon/gazetteer.h"
#include "lexicon/lexicon.h"
#include "lexicon/model_files.h"
#include "lexicon/ontology.h"
#include "lemma/lemma.h"
#include "ner/namelists.h"
#include "ner/ner.h"
#include "parse/parser.h"
#include "nlp/conllu.h"
#include "nlp/pipeline.h"
#include "serialize/writers.h"
#include "tag/tag.h"
#include "text/utf8.h"
#include "util/buf.h"
#include "util/grow.h"
#include "util/intern.h"
#include "util/outfile.h"

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

/* DIR/names/ (given names, places: cues of the mention finder), when
 * there: a knowledge directory without it types names without them, and
 * one it cannot read is only a warning. */
static FgStatus load_name_lists(FgRun *run) {
  char *dir = join_path(run->config.ontology_dir, "names");
  if (!dir)
    return FG_ERR_NOMEM;
  FgStatus st = access(dir, F_OK) == 0 ? fg_ner_names_read(dir, &run->name_lists) : FG_OK;
  if (st != FG_OK && st != FG_ERR_NOMEM) {
    diag(run, FG_OK, FG_SEV_WARNING, dir, 0,
         "cannot read the name lists: unknown names are typed without them");
    st = FG_OK;
  }
  free(dir);
  return st;
}

static FgStatus load_knowledge(FgRun *run) {
  const FgConfig *c = &run->config;
  if (!*c->ontology_dir) { /* "" would be the root directory */
    diag(run, FG_ERR_USAGE, FG_SEV_ERROR, NULL, 0,
         "the ontology directory is an empty path");
    return FG_ERR_USAGE;
  }
  char *onto = join_path(c->ontology_dir, "factgraph.ttl");
  char *gaz = join_path(c->ontology_dir, "gazetteer.ttl");
  char *lex = join_path(c->ontology_dir, "lexicon.tsv");
  FgStatus st = onto && gaz && lex ? FG_OK : FG_ERR_NOMEM;
  if (st == FG_OK)
    st = fg_ontology_load(onto, c->diag, c->diag_handle, &run->onto);
  if (st == FG_OK)
    st = fg_gazetteer_new(&run->gaz);
  if (st == FG_OK)
    fg_gazetteer_check_types(run->gaz, run->onto);
  if (st == FG_OK)
    st = fg_gazetteer_load(run->gaz, gaz, c->diag, c->diag_handle);
  for (size_t i = 0; st == FG_OK && i < c->gazetteer_count; i++)
    st = fg_gazetteer_load(run->gaz, c->gazetteers[i], c->diag, c->diag_handle);
  if (st == FG_OK)
    st = fg_lexicon_load(lex, c->diag, c->diag_handle, &run->lex);
  if (st == FG_OK && !(run->names = fg_name_index_new(run->gaz)))
    st = FG_ERR_NOMEM;
  if (st == FG_OK)
    st = load_name_lists(run);
  if (st == FG_OK)
    st = fg_model_files_list(c->ontology_dir, c->diag, c->diag_handle,
                             &run->models);
  free(onto);
  free(gaz);
  free(lex);
  return st;
}

/* Opens DIR/models/NAME with open when DIR/models exists: a knowledge
 * directory without a models folder runs without the front end. A model
 * that is missing from the folder or cannot be loaded (the opener named
 * the file and what is wrong through diag) is FG_ERR_MODEL. */
static FgStatus open_model(FgRun *run, const char *name,
                           FgStatus (*open)(const char *, FgDiagFunc, void *, void *),
                           void *out) {
  char *dir = join_path(run->config.ontology_dir, "models");
  char *path = dir ? join_path(dir, name) : NULL;
  FgStatus st = path ? FG_OK : FG_ERR_NOMEM;
  if (path && access(dir, F_OK) == 0)
    st = open(path, run->config.diag, run->config.diag_handle, out);
  if (st == FG_ERR_IO || st == FG_ERR_SYNTAX)
    st = FG_ERR_MODEL;
  free(dir);
  free(path);
  return st;
}

/* The opening functions take their handle's address as void *, so that
 * one open_model serves every stage. */
static FgStatus open_tagger(const char *p, FgDiagFunc d, void *h, void *out) {
  return fg_tagger_open(p, d, h, out);
}
static FgStatus open_lemmatizer(const char *p, FgDiagFunc d, void *h, void *out) {
  return fg_lemmatizer_open(p, d, h, out);
}
static FgStatus open_parser(const char *p, FgDiagFunc d, void *h, void *out) {
  return fg_parser_open(p, d, h, out);
}
static FgStatus open_ner(const char *p, FgDiagFunc d, void *h, void *out) {
  return fg_ner_open(p, d, h, out);
}

/* The linguistic front end: the models under DIR/models, when there. */
static FgStatus load_models(FgRun *run) {
  FgStatus st = open_model(run, "tagger.fgm", open_tagger, &run->tagger);
  if (st == FG_OK && run->tagger)
    fg_tagger_use_name_lists(run->tagger, &run->name_lists);
  if (st == FG_OK)
    st = open_model(run, "lemmatizer.fgm", open_lemmatizer, &run->lemmatizer);
  if (st == FG_OK)
    st = open_model(run, "parser.fgm", open_parser, &run->parser);
  if (st == FG_OK)
    st = open_model(run, "ner.fgm", open_ner, &run->ner);
  if (st == FG_OK && run->ner &&
      ((st = fg_ner_gaz_new(run->gaz, &run->ner_gaz)) == FG_OK) &&
      !(run->ner_memory = fg_ner_memory_new()))
    st = FG_ERR_NOMEM;
  if (st == FG_OK && !(run->nlp_scratch = fg_arena_new()))
    st = FG_ERR_NOMEM;
  /* relations are read from the parser's trees: say so when there are none */
  if (st == FG_OK && !run->parser)
    diag(run, FG_OK, FG_SEV_WARNING, run->config.ontology_dir, 0,
         "no models folder: without a parser no relations are extracted, "
         "only entities and documents");
  run->stages = (FgNlpStages){run->tagger,     run->lemmatizer,  run->parser,
                              run->ner,        run->ner_gaz,     run->ner_memory,
                              run->nlp_scratch, run->config.diag, run->config.diag_handle};
  return st;
}

/* An unlinked temporary file in $TMPDIR (else /tmp), like the evidence's. */
static FILE *temp_file(void) {
  char *path = join_path(fg_evidence_spill_dir(), "factgraph-conllu-XXXXXX");
  int fd = path ? mkstemp(path) : -1;
  FILE *f = fd >= 0 ? fdopen(fd, "w+") : NULL;
  if (fd >= 0) {
    unlink(path);
    if (!f)
      close(fd);
  }
  free(path);
  return f;
}

FgStatus fg_run_new(const FgConfig *config, FgRun **out) {
  *out = NULL;
  FgRun *run = calloc(1, sizeof *run);
  if (!run)
    return FG_ERR_NOMEM;
  run->config = *config;
  if (!run->config.ontology_dir)
    run->config.ontology_dir = FG_ONTOLOGY_DIR;
  size_t offset;
  const char *problem = fg_base_iri_problem(config->base_iri, &offset);
  if (problem) {
    diag(run, FG_ERR_USAGE, FG_SEV_ERROR, NULL, 0, "the base is not an absolute IRI");
    free(run);
    return FG_ERR_USAGE;
  }
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
  if (st == FG_OK)
    st = load_models(run);
  if (st == FG_OK && config->conllu && !(run->conllu = temp_file())) {
    diag(run, FG_ERR_IO, FG_SEV_ERROR, fg_evidence_spill_dir(), 0,
         "cannot create a temporary file for the CoNLL-U analysis");
    st = FG_ERR_IO;
  }
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
  free(run->omissions);
  run->omissions = NULL;
  run->omission_count = run->omission_cap = 0;
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
  fg_ner_names_free(&run->name_lists);
  fg_graph_free(run->graph);
  fg_local_entities_free(&run->entities);
  fg_entity_folder_free(run->folder);
  fg_files_read_free(run->files_read);
  fg_intern_free(run->doc_keys);
  free(run->key_docs);
  fg_intern_free(run->part_types);
  if (run->conllu)
    fclose(run->conllu);
  free(run->conllu_blocks);
  fg_tagger_free(run->tagger);
  fg_lemmatizer_free(run->lemmatizer);
  fg_parser_free(run->parser);
  fg_ner_free(run->ner);
  fg_ner_gaz_free(run->ner_gaz);
  fg_ner_memory_free(run->ner_memory);
  fg_arena_free(run->nlp_scratch);
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
const char *fg_run_keep_str(FgRun *run, const char *s, bool *ok) {
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
  f->claim.predicate = fg_run_keep_str(run, fact->claim.predicate, &ok);
  f->claim.literal = fg_run_keep_str(run, fact->claim.literal, &ok);
  f->claim.role = fg_run_keep_str(run, fact->claim.role, &ok);
  f->claim.time = fg_run_keep_str(run, fact->claim.time, &ok);
  f->claim.attributed_label = fg_run_keep_str(run, fact->claim.attributed_label, &ok);
  f->evidence.document = c->graph_doc;
  f->evidence.begin = c->cp_begin[fact->sentence];
  f->evidence.end = c->cp_end[fact->sentence];
  if (!c->last_text || c->last_sentence != fact->sentence) {
    c->last_text = fg_arena_strndup(c->doc->arena, c->doc->text + s->begin, s->end - s->begin);
    c->last_sentence = fact->sentence;
  }
  f->evidence.sentence = c->last_text;
  f->evidence.rule = fg_run_keep_str(run, fact->rule, &ok); /* borrowed for the call */
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
  if (!map || !fg_local_entities_fold(&run->entities, first, run->folder, run->graph, map))
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
StoredFact *fg_run_stored_fact(FgRun *run, const FgFactInput *c) {
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
  memset(f, 0, sizeof *f);
  f->claim = *c;
  f->chain = FG_NO_EVIDENCE;
  f->doc = FG_NONE;
  f->first_omission = f->last_omission = FG_NONE;
  return f;
}

bool fg_run_omit(FgRun *run, StoredFact *f, uint32_t doc, uint64_t count) {
  f->omitted += count;
  if (f->last_omission != FG_NONE && run->omissions[f->last_omission].doc == doc) {
    run->omissions[f->last_omission].count += count;
    return true;
  }
  if (run->omission_count >= FG_NONE)
    return false;
  FgOmission *o = fg_grow(run->omissions, run->omission_count + 1, &run->omission_cap,
                          sizeof *o);
  if (!o)
    return false;
  run->omissions = o;
  uint32_t id = (uint32_t)run->omission_count++;
  o[id] = (FgOmission){count, doc, FG_NONE};
  if (f->last_omission == FG_NONE)
    f->first_omission = id;
  else
    o[f->last_omission].next = id;
  f->last_omission = id;
  return true;
}

/* Whether the claim keeps this sentence: the first FG_EVIDENCE_PER_DOCUMENT
 * of each document and any more confident than those (so the fact's
 * confidence stays exact); the rest are counted (*omit). The sentences of a
 * document come in text order, so what is kept depends on the text only. */
static bool keep_sentence(StoredFact *f, const FgEvidence *ev, bool *omit) {
  *omit = false;
  if (f->doc != ev->document) {
    f->doc = ev->document;
    f->kept = 0;
    f->best = -1.0;
    f->last_kept = false;
    f->last_begin = UINT32_MAX;
  } else if (ev->begin == f->last_begin) {
    return f->last_kept; /* the same sentence again: already counted */
  }
  f->last_begin = ev->begin;
  f->last_kept = f->kept < FG_EVIDENCE_PER_DOCUMENT || ev->confidence > f->best;
  if (f->last_kept) {
    f->kept++;
    if (ev->confidence > f->best)
      f->best = ev->confidence;
  } else {
    *omit = true;
  }
  return f->last_kept;
}

/* Hands the document's sentences to the graph's evidence store, each
 * chained to its claim's earlier sentences. */
static FgStatus store_doc_facts(FgRun *run) {
  for (size_t i = 0; i < run->doc_fact_count; i++) {
    const DocFact *d = &run->doc_facts[i];
    StoredFact *f = fg_run_stored_fact(run, &d->claim);
    if (!f)
      return FG_ERR_NOMEM;
    bool omit;
    if (!keep_sentence(f, &d->evidence, &omit)) {
      if (omit && !fg_run_omit(run, f, d->evidence.document, 1))
        return FG_ERR_NOMEM;
      continue;
    }
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

/* Pre-tokenized words as the front end's sentences (a copy the stages
 * can fill). */
static bool given_words(FgArena *arena, const FgPiece *piece, FgNlpDoc *nlp) {
  const FgPretokenized *pre = piece->pretok;
  memset(nlp, 0, sizeof *nlp);
  nlp->text = piece->text;
  nlp->len = piece->len;
  FgWord *words = fg_arena_alloc(arena, (pre->word_count + 1) * sizeof *words);
  nlp->sentences = fg_arena_calloc(arena, pre->sentence_count + 1, sizeof *nlp->sentences);
  if (!words || !nlp->sentences)
    return false;
  memcpy(words, pre->words, pre->word_count * sizeof *words);
  for (size_t s = 0; s < pre->sentence_count; s++) {
    size_t first = pre->sentence_first[s];
    size_t last = s + 1 < pre->sentence_count ? pre->sentence_first[s + 1] : pre->word_count;
    nlp->sentences[s] = (FgNlpSentence){words + first, (uint32_t)(last - first)};
  }
  nlp->sentence_count = pre->sentence_count;
  return true;
}

/* The text's tokens for the extractor, split into the given sentences. */
static bool given_sentences(FgArena *arena, const FgPiece *piece, FgTokenized *tok) {
  const FgPretokenized *pre = piece->pretok;
  uint32_t *breaks = fg_arena_alloc(arena, (pre->sentence_count + 1) * sizeof *breaks);
  if (!breaks)
    return false;
  for (size_t s = 0; s < pre->sentence_count; s++)
    breaks[s] = pre->words[pre->sentence_first[s]].begin;
  return fg_text_analyse_split(arena, piece->text, piece->len, breaks, pre->sentence_count,
                               tok);
}

/* The front end's reading of the piece: its words, tags, lemmas, trees
 * and names, sentence by sentence. */
static bool read_language(FgRun *run, FgArena *arena, const FgPiece *piece,
                          const FgTokenized *tok, FgNlpDoc *nlp) {
  if (piece->cp_base == 0 && run->ner_memory)
    fg_ner_memory_clear(run->ner_memory);
  return piece->pretok ? given_words(arena, piece, nlp) &&
                             fg_nlp_annotate(arena, &run->stages, nlp)
                       : fg_nlp_analyse(arena, piece->text, piece->len, tok,
                                        &run->stages, nlp);
}

/* The words of each sentence find their tokens; the recognizer's names
 * are marked on them for the mention finder. */
static bool map_words(FgDocAnalysis *doc, const FgNlpDoc *nlp, uint32_t **tokens,
                      uint32_t *sentences) {
  uint8_t *ner = fg_arena_calloc(doc->arena, doc->tok.token_count + 1, 1);
  uint8_t *upos = fg_arena_calloc(doc->arena, doc->tok.token_count + 1, 1);
  const char **lemma = fg_arena_calloc(doc->arena, doc->tok.token_count + 1, sizeof *lemma);
  if (!ner || !upos || !lemma)
    return false;
  for (size_t s = 0; s < nlp->sentence_count; s++) {
    const FgNlpSentence *ns = &nlp->sentences[s];
    tokens[s] = fg_arena_alloc(doc->arena, (ns->count + 1) * sizeof *tokens[s]);
    if (!tokens[s])
      return false;
    sentences[s] = doc->tok.token_count
                       ? fg_words_to_tokens(doc, ns->words, ns->count, tokens[s])
                       : FG_NONE;
    if (sentences[s] == FG_NONE)
      continue;
    fg_mark_recognized(doc, ns->words, ns->count, tokens[s], ner);
    for (size_t w = 0; w < ns->count; w++)
      if (doc->tok.tokens[tokens[s][w]].begin == ns->words[w].begin && !upos[tokens[s][w]]) {
        upos[tokens[s][w]] = ns->words[w].upos;
        lemma[tokens[s][w]] = ns->words[w].lemma;
      }
  }
  doc->token_ner = ner;
  doc->token_upos = upos;
  doc->token_lemma = lemma;
  return true;
}

/* The tree rules' claims, each once per sentence: two rules that read the
 * same claim from one sentence would count that sentence twice. */
typedef struct {
  Collector *c;
  FgIntern *stated; /* keys of the document's claims so far */
  FgBuf key;
} TreeFilter;

static bool claim_key(FgBuf *key, uint32_t begin, uint32_t end, const FgFactInput *claim) {
  char numbers[64];
  snprintf(numbers, sizeof numbers, "%u %u %u %u %d ", begin, end, claim->subject,
           claim->object, claim->negated);
  fg_buf_clear(key);
  /* a tie and its dated end are two claims ("married X in 2010; the
   * couple divorced in 2015"); an undated end is the same tie's status */
  bool ended = claim->former && claim->time;
  return fg_buf_append_str(key, numbers) && fg_buf_append_str(key, claim->predicate) &&
         (!ended || (fg_buf_append_str(key, " ended ") && fg_buf_append_str(key, claim->time)));
}

/* -v: the tree path that gave a kept fact, as information. */
static void explain_tree_fact(TreeFilter *f, const FgLocalFact *fact) {
  const FgRun *run = f->c->run;
  if (!run->config.diag || !fact->path)
    return;
  char line[1024];
  snprintf(line, sizeof line, "sentence %u: %s", fact->sentence + 1, fact->path);
  diag(run, FG_OK, FG_SEV_INFO, f->c->doc->id, 0, line);
}

/* The index of this sentence's stored claim that is the same as claim,
 * from the same source, but stated the other way (asserted against
 * negated), or -1. A sentence's facts are the last ones stored. */
static ptrdiff_t stored_opposite(const FgRun *run, uint32_t begin, const FgFactInput *claim) {
  for (size_t i = run->doc_fact_count; i-- > 0;) {
    const DocFact *d = &run->doc_facts[i];
    if (d->evidence.begin != begin)
      break;
    const FgFactInput *o = &d->claim;
    if (o->negated != claim->negated && o->subject == claim->subject &&
        o->object == claim->object && o->attributed_to == claim->attributed_to &&
        strcmp(o->predicate, claim->predicate) == 0)
      return (ptrdiff_t)i;
  }
  return -1;
}

static bool store_new_fact(void *handle, const FgLocalFact *fact) {
  TreeFilter *f = handle;
  uint32_t begin = f->c->cp_begin[fact->sentence];
  if (!claim_key(&f->key, begin, f->c->cp_end[fact->sentence], &fact->claim))
    return false;
  if (fg_intern_find(f->stated, f->key.data, f->key.len) != FG_NO_ID)
    return true;
  /* A sentence that states a claim and denies it denies it: the denial is
   * read at the verb that governs the other reading's noun ("X has not
   * completed its purchase of Y"). */
  FgRun *run = f->c->run;
  ptrdiff_t opposite = stored_opposite(run, begin, &fact->claim);
  if (opposite >= 0 && !fact->claim.negated)
    return true;
  if (opposite >= 0) {
    memmove(&run->doc_facts[opposite], &run->doc_facts[opposite + 1],
            (run->doc_fact_count - (size_t)opposite - 1) * sizeof *run->doc_facts);
    run->doc_fact_count--;
  }
  if (fg_intern_add(f->stated, f->key.data, f->key.len) == FG_NO_ID || !store_fact(f->c, fact))
    return false;
  explain_tree_fact(f, fact);
  return true;
}

/* The dep rules over every parsed sentence. */
static bool tree_facts(const FgDocAnalysis *doc, const FgNlpDoc *nlp, uint32_t **tokens,
                       const uint32_t *sentences, const char *date, Collector *c) {
  TreeFilter f = {c, fg_intern_new(), {0}};
  fg_buf_init(&f.key);
  bool ok = f.stated != NULL;
  for (size_t s = 0; ok && s < nlp->sentence_count; s++) {
    if (sentences[s] == FG_NONE)
      continue;
    FgParsedSentence ps = {nlp->sentences[s].words, tokens[s], nlp->sentences[s].count,
                           sentences[s]};
    ok = fg_extract_tree_facts(doc, &ps, date, store_new_fact, &f);
  }
  fg_intern_free(f.stated);
  fg_buf_free(&f.key);
  return ok;
}

bool fg_run_conllu_block(FgRun *run, uint32_t doc, uint64_t begin,
                         uint64_t end) {
  if (doc >= run->conllu_block_count) {
    FgConlluBlock *grown = fg_grow(run->conllu_blocks, (size_t)doc + 1,
                                   &run->conllu_block_cap, sizeof *grown);
    if (!grown)
      return false;
    run->conllu_blocks = grown;
    memset(grown + run->conllu_block_count, 0,
           ((size_t)doc + 1 - run->conllu_block_count) * sizeof *grown);
    run->conllu_block_count = (size_t)doc + 1;
  }
  run->conllu_blocks[doc] = (FgConlluBlock){begin, end};
  return true;
}

/* The piece's sentences appended to the CoNLL-U file, in graph document
 * doc's block: a new one for a document's first piece, else the last
 * block, which it extends. */
static void write_conllu(FgRun *run, uint32_t doc, const FgPiece *piece,
                         const FgNlpDoc *nlp) {
  if (run->conllu_failed)
    return;
  bool first = piece->cp_base == 0;
  if (first)
    run->conllu_sent = 0;
  FILE *f = run->conllu;
  off_t at = fseeko(f, 0, SEEK_END) == 0 ? ftello(f) : -1;
  /* a later piece extends its document's block, the last in the file */
  bool extends = !first && doc < run->conllu_block_count &&
                 run->conllu_blocks[doc].end == (uint64_t)at;
  uint64_t begin = extends ? run->conllu_blocks[doc].begin : (uint64_t)at;
  bool ok = at >= 0 && (first || extends) &&
            fg_conllu_write(f, &run->conllu_sent, nlp);
  off_t end = ok ? ftello(f) : -1;
  if (end < 0 || !fg_run_conllu_block(run, doc, begin, (uint64_t)end)) {
    run->conllu_failed = true;
    diag(run, FG_ERR_IO, FG_SEV_ERROR, "CoNLL-U output", 0,
         "cannot write the analysis to its temporary file");
  }
}

/* "... via its account Dusk Station Image: Vessa Navy.": a picture's
 * credit glued to a sentence (a capitalised label of the picture-credit
 * list and a colon after a name or a stop, not after a lower-case word:
 * "a photo: ...") is a sentence of its own, so that the words before it
 * parse alone. */
static bool split_credits(const FgLexicon *lex, FgArena *arena, FgTokenized *tok) {
  for (size_t i = 0; i < tok->sentence_count; i++) {
    const FgSentence *s = &tok->sentences[i];
    if (s->flags & FG_SENT_DATELINE)
      continue;
    for (size_t k = s->first + 1; k + 1 < s->last; k++) {
      const FgToken *label = &tok->tokens[k], *before = &tok->tokens[k - 1];
      if ((label->flags & FG_TOK_CAP) &&
          !((before->flags & FG_TOK_WORD) && !(before->flags & FG_TOK_CAP)) &&
          fg_lexicon_credit_at(lex, tok->tokens, k, s->last)) {
        if (!fg_text_break_before(arena, tok, i, k))
          return false;
        break;
      }
    }
  }
  return true;
}

/* The part of a piece's analysis that depends on its text alone: the
 * tokens and the front end's reading, in arena. A worker run does this
 * ahead (fg_run_read_prepared); the run then does the rest in order. */
static void prepare(FgRun *run, FgArena *arena, const FgPiece *piece, FgPrepared *p) {
  memset(&p->tok, 0, sizeof p->tok);
  memset(&p->nlp, 0, sizeof p->nlp);
  p->ok = piece->pretok ? given_sentences(arena, piece, &p->tok)
                        : fg_text_analyse(arena, piece->text, piece->len, &p->tok) &&
                              split_credits(run->lex ? run->lex : run->parent_lex, arena, &p->tok);
  /* The front end reads the text first: its names help find mentions. */
  p->read = run->config.conllu || run->stages.tagger || run->stages.ner;
  if (p->ok && p->read)
    p->ok = read_language(run, arena, piece, &p->tok, &p->nlp);
}

static FgStatus analyse(FgRun *run, const FgPiece *piece, const FgPrepared *p) {
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
  doc.name_lists = &run->name_lists;
  doc.entities = &run->entities;
  doc.first_entity = run->entities.count;
  doc.arena = run->arena;
  doc.main_country = FG_NONE;
  doc.main_country_sentence = FG_NONE;
  doc.tok = p->tok;
  Collector c = {run, &doc, FG_NONE, NULL, NULL, piece->cp_base, 0, NULL};
  size_t end = 0;
  bool tokenized = p->ok;
  const FgNlpDoc nlp = p->nlp;
  uint32_t **word_tokens = NULL, *word_sentence = NULL;
  if (tokenized && p->read) {
    tokenized = (word_tokens = fg_arena_calloc(run->arena, nlp.sentence_count + 1,
                                               sizeof *word_tokens)) != NULL &&
                (word_sentence = fg_arena_calloc(run->arena, nlp.sentence_count + 1,
                                                 sizeof *word_sentence)) != NULL &&
                map_words(&doc, &nlp, word_tokens, word_sentence);
  }
  if (!tokenized || !fg_find_mentions(&doc) ||
      !sentence_offsets(&c, &end))
    return FG_ERR_NOMEM;
  /* Evidence offsets count code points: this is where they end. */
  FgDocument meta = {.id = id, .source = piece->meta->source, .length = end};
  fg_read_metadata(&doc, &meta);
  take_given(&meta, piece->meta);
  /* A later segment of a long text extends the document its first began. */
  uint64_t digest = fg_hash(text, len);
  if (piece->cp_base > 0) {
    c.graph_doc = run->text_doc;
    run->text_digest = (run->text_digest ^ digest) * 0x9E3779B97F4A7C15u;
    if (fg_graph_extend_document(run->graph, c.graph_doc, end,
                                 run->text_digest) != FG_OK)
      return FG_ERR_INTERNAL;
  } else {
    meta.digest = run->text_digest = digest;
    c.graph_doc = run->text_doc = fg_graph_add_document(run->graph, &meta);
    if (c.graph_doc == FG_NONE)
      return FG_ERR_NOMEM;
  }
  /* where each entity was found, by content: resolve.c names entities
   * that share a name by it, never by the order of arrival */
  for (size_t i = doc.first_entity; i < run->entities.count; i++) {
    run->entities.items[i].doc = c.graph_doc;
    run->entities.items[i].at = piece->cp_base;
  }
  run->doc_count++;
  run->doc_fact_count = 0;
  if ((run->stages.parser &&
       !tree_facts(&doc, &nlp, word_tokens, word_sentence, meta.date, &c)) ||
      !fold_entities(run, &doc))
    return FG_ERR_NOMEM;
  if (run->conllu)
    write_conllu(run, c.graph_doc, piece, &nlp);
  FgStatus st = store_doc_facts(run);
  report_spill_error(run);
  return st;
}

/* A piece from the input readers: analysed as (part of) a document. */
static FgStatus add_piece(void *handle, const FgPiece *piece) {
  FgRun *run = handle;
  FgPrepared p;
  memset(&p, 0, sizeof p);
  prepare(run, run->arena, piece, &p);
  FgStatus st = analyse(run, piece, &p);
  fg_arena_reset(run->arena);
  return st;
}

static FgInputReader input_reader(FgRun *run) {
  FgInputReader r = {run->config.input_format,
                     run->config.recursive,
                     run->files_read,
                     run->config.diag,
                     run->config.diag_handle,
                     add_piece,
                     run,
                     NULL};
  return r;
}

/* ---- worker runs (jobs.c) ---- */

FgStatus fg_run_new_worker(const FgRun *parent, FgDiagFunc diag_func, void *diag_handle,
                           FgRun **out) {
  *out = NULL;
  FgRun *run = calloc(1, sizeof *run);
  if (!run)
    return FG_ERR_NOMEM;
  run->config = parent->config;
  run->config.diag = diag_func;
  run->config.diag_handle = diag_handle;
  run->stages = parent->stages;
  run->parent_lex = parent->lex;
  run->arena = fg_arena_new();
  run->nlp_scratch = fg_arena_new();
  bool ok = run->arena && run->nlp_scratch;
  if (ok && parent->ner_memory)
    ok = (run->ner_memory = fg_ner_memory_new()) != NULL;
  run->stages.ner_memory = run->ner_memory;
  run->stages.scratch = run->nlp_scratch;
  run->stages.diag = diag_func;
  run->stages.diag_handle = diag_handle;
  if (!ok) {
    fg_run_free(run);
    return FG_ERR_NOMEM;
  }
  *out = run;
  return FG_OK;
}

/* A prepared piece's own copy of what the reader lent. */
static bool copy_piece(FgPrepared *p, const FgPiece *piece) {
  FgArena *a = p->arena;
  const FgDocument *m = piece->meta;
  p->meta = *m;
  const char **strings[] = {&p->meta.id,   &p->meta.source,    &p->meta.headline,
                            &p->meta.date, &p->meta.author,    &p->meta.publisher,
                            &p->meta.url};
  for (size_t i = 0; i < sizeof strings / sizeof *strings; i++)
    if (*strings[i] && !(*strings[i] = fg_arena_strdup(a, *strings[i])))
      return false;
  p->piece = *piece;
  p->piece.meta = &p->meta;
  if (!(p->piece.text = fg_arena_strndup(a, piece->text, piece->len)))
    return false;
  if (!piece->pretok)
    return true;
  const FgPretokenized *pre = piece->pretok;
  FgWord *words = fg_arena_calloc(a, pre->word_count + 1, sizeof *words);
  uint32_t *first = fg_arena_calloc(a, pre->sentence_count + 1, sizeof *first);
  if (!words || !first)
    return false;
  for (size_t i = 0; i < pre->word_count; i++) {
    words[i] = pre->words[i];
    if (!(words[i].form = fg_arena_strdup(a, pre->words[i].form)))
      return false;
  }
  memcpy(first, pre->sentence_first, pre->sentence_count * sizeof *first);
  p->pretok = (FgPretokenized){words, pre->word_count, first, pre->sentence_count};
  p->piece.pretok = &p->pretok;
  return true;
}

typedef struct {
  FgRun *worker;
  FgPreparedSink sink;
  FgFileHook hook;
  void *handle;
} Preparing;

static void tell_file(void *handle, uint64_t dev, uint64_t ino, const char *path,
                      bool done) {
  Preparing *w = handle;
  w->hook(w->handle, dev, ino, path, done);
}

static FgStatus prepare_piece(void *handle, const FgPiece *piece) {
  Preparing *w = handle;
  FgPrepared *p = calloc(1, sizeof *p);
  if (!p || !(p->arena = fg_arena_new())) {
    free(p);
    return FG_ERR_NOMEM;
  }
  if (!copy_piece(p, piece)) {
    fg_arena_free(p->arena);
    free(p);
    return FG_ERR_NOMEM;
  }
  prepare(w->worker, p->arena, &p->piece, p);
  return w->sink(w->handle, p) ? FG_OK : FG_ERR_NOMEM;
}

FgStatus fg_run_read_prepared(FgRun *worker, const char *path, FgPreparedSink sink,
                              FgFileHook hook, void *handle) {
  Preparing w = {worker, sink, hook, handle};
  FgInputReader r = input_reader(worker);
  r.sink = prepare_piece;
  r.sink_handle = &w;
  r.file_hook = tell_file;
  r.files_read = NULL;
  return fg_input_read_path(&r, path);
}

FgStatus fg_run_add_prepared(FgRun *run, const FgPrepared *prepared) {
  if (run->finished)
    return FG_ERR_USAGE;
  FgStatus st = analyse(run, &prepared->piece, prepared);
  fg_arena_reset(run->arena);
  return st;
}

const FgConfig *fg_run_config(const FgRun *run) { return &run->config; }

FgStatus fg_run_claim_file(FgRun *run, uint64_t dev, uint64_t ino, const char *path) {
  FgInputReader r = input_reader(run);
  return fg_input_claim_file(&r, dev, ino, path);
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

/* The country each entity is stated a citizen of (the first one), or
 * FG_NONE: "his Orvanian counterpart, X". */
static uint32_t *stated_citizenship(const FgRun *run, const uint32_t *map) {
  size_t n = fg_graph_entity_count(run->graph) + 1;
  uint32_t *country = malloc(n * sizeof *country);
  for (size_t e = 0; country && e < n; e++)
    country[e] = FG_NONE;
  for (size_t i = 0; country && i < run->fact_count; i++) {
    const FgFactInput *c = &run->facts[i].claim;
    if (strcmp(c->predicate, "citizenOf") == 0 && c->object != FG_NONE &&
        country[map[c->subject]] == FG_NONE)
      country[map[c->subject]] = map[c->object];
  }
  return country;
}

static FgStatus add_facts(FgRun *run, const uint32_t *map) {
  bool *stated = stated_offices(run, map);
  uint32_t *citizen = stated_citizenship(run, map);
  if (!stated || !citizen) {
    free(stated);
    free(citizen);
    return FG_ERR_NOMEM;
  }
  for (size_t i = 0; i < run->fact_count; i++) {
    StoredFact f = run->facts[i];
    /* an office stated anywhere beats one assumed from an article's
     * country, and so does a citizenship of another country */
    if (f.claim.object_assumed &&
        (stated[map[f.claim.subject]] ||
         (citizen[map[f.claim.subject]] != FG_NONE && f.claim.object != FG_NONE &&
          citizen[map[f.claim.subject]] != map[f.claim.object])))
      continue;
    f.claim.subject = map[f.claim.subject];
    if (f.claim.object != FG_NONE)
      f.claim.object = map[f.claim.object];
    if (f.claim.attributed_to != FG_NONE)
      f.claim.attributed_to = map[f.claim.attributed_to];
    if (f.claim.subject == f.claim.object)
      continue;
    FgStatus st = fg_graph_add_claim(run->graph, &f.claim, f.chain, f.omitted);
    if (st > FG_NOTHING) {
      free(stated);
      free(citizen);
      return st;
    }
  }
  free(stated);
  free(citizen);
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

/* An I/O error while reading the evidence back: says what went wrong. */
static void report_evidence_error(const FgRun *run, FgStatus st) {
  const char *why = st == FG_ERR_IO ? fg_graph_evidence_error(run->graph) : NULL;
  if (why)
    diag(run, st, FG_SEV_ERROR, fg_evidence_spill_dir(), 0, why);
}

FgStatus fg_run_finish(FgRun *run) {
  if (run->finished)
    return FG_OK;
  uint32_t *map = malloc((run->entities.count ? run->entities.count : 1) * sizeof *map);
  if (!map)
    return FG_ERR_NOMEM;
  /* ids first: resolution names entities that share a name by them */
  FgStatus st = fg_graph_unique_document_ids(run->graph, warn_id_change, run);
  st = st > FG_NOTHING ? st : FG_OK;
  if (st == FG_OK)
    st = fg_resolve_entities(&run->entities, run->gaz, run->lex, run->graph, map) ? add_facts(run, map)
                                                                         : FG_ERR_NOMEM;
  free(map);
  if (st == FG_OK)
    st = fg_graph_finish(run->graph);
  report_evidence_error(run, st);
  if (st == FG_OK)
    free_stored_facts(run);
  run->finished = st == FG_OK;
  return st;
}

const FgGraph *fg_run_graph(const FgRun *run) { return run->finished ? run->graph : NULL; }

/* The analysis kept during the run: each document's block, in the
 * graph's order of documents, under its final id. */
static FgStatus copy_conllu(const FgRun *run, FILE *out) {
  if (!run->conllu) {
    diag(run, FG_ERR_USAGE, FG_SEV_ERROR, "CoNLL-U output", 0,
         "the run was not configured to keep the analysis (FgConfig.conllu)");
    return FG_ERR_USAGE;
  }
  if (run->conllu_failed || fflush(run->conllu) != 0)
    return FG_ERR_IO;
  size_t n = fg_graph_document_count(run->graph);
  /* each document's index as added, by its final index */
  uint32_t *added = malloc((n ? n : 1) * sizeof *added);
  if (!added)
    return FG_ERR_NOMEM;
  FgStatus st = FG_OK;
  for (uint32_t i = 0; st == FG_OK && i < n; i++) {
    uint32_t rank = fg_graph_document_rank(run->graph, i);
    if (rank >= n)
      st = FG_ERR_INTERNAL;
    else
      added[rank] = i;
  }
  for (size_t k = 0; st == FG_OK && k < n; k++) {
    FgConlluBlock b = {0, 0};
    if (added[k] < run->conllu_block_count)
      b = run->conllu_blocks[added[k]];
    if (fseeko(run->conllu, (off_t)b.begin, SEEK_SET) != 0 ||
        !fg_conllu_put_document(out, fg_graph_document(run->graph, k)->id,
                                run->conllu, b.end - b.begin))
      st = FG_ERR_IO;
  }
  free(added);
  return st;
}

FgStatus fg_run_write(const FgRun *run, FgFormat format, const FgWriteOptions *options,
                      FILE *out) {
  if (!run->finished)
    return FG_ERR_USAGE;
  FgWriteOptions opts = options ? *options : fg_write_options_default();
  if (!opts.base_iri)
    opts.base_iri = run->config.base_iri;
  FgStatus st;
  switch (format) {
  case FG_FORMAT_CONLLU:
    return copy_conllu(run, out);
  case FG_FORMAT_TSV:
    st = fg_write_tsv(run->graph, out);
    break;
  case FG_FORMAT_DOT:
    st = fg_write_dot(run->graph, run->onto, &opts, out, run->config.diag,
                      run->config.diag_handle);
    break;
  default:
    st = fg_write_rdf(run->graph, run->onto, format, &opts, out, run->config.diag,
                      run->config.diag_handle);
    break;
  }
  report_evidence_error(run, st);
  return st;
}

/* Names path and the cause in one error message. */
static void file_error(const FgRun *run, const char *path, const char *what,
                       const char *cause) {
  FgBuf message;
  fg_buf_init(&message);
  if (fg_buf_append_str(&message, what) && fg_buf_append_str(&message, cause))
    diag(run, FG_ERR_IO, FG_SEV_ERROR, path, 0, fg_buf_cstr(&message));
  fg_buf_free(&message);
}

/* Writes one output to its temporary file; the file stays open on
 * failure, for the caller to discard. */
static FgStatus write_temp(const FgRun *run, const FgOutput *output,
                           const FgWriteOptions *options, FgOutFile *file) {
  FgStatus st = fg_run_write(run, output->format, options, file->out);
  int error = fg_outfile_close(file);
  if (error && st <= FG_ERR_IO) {
    file_error(run, output->path, "not written: ", strerror(error));
    return FG_ERR_IO;
  }
  if (st > FG_NOTHING)
    file_error(run, output->path, "not written: ", fg_strerror(st));
  return st > FG_NOTHING ? st : FG_OK;
}

/* Renames every temporary file over its target, with signals held back
 * so that an interrupt cannot stop the renaming half-way (in this thread;
 * the threads of fg_run_add_files block every signal, and are gone). */
static FgStatus commit_all(const FgRun *run, const FgOutput *outputs,
                           FgOutFile *files, size_t count) {
  sigset_t all, old;
  sigfillset(&all);
  pthread_sigmask(SIG_BLOCK, &all, &old);
  FgStatus st = FG_OK;
  for (size_t i = 0; i < count; i++) {
    int error = fg_outfile_commit(&files[i]);
    if (error) {
      file_error(run, outputs[i].path, "cannot replace it: ", strerror(error));
      st = FG_ERR_IO;
    }
  }
  pthread_sigmask(SIG_SETMASK, &old, NULL);
  return st;
}

FgStatus fg_run_write_files(const FgRun *run, const FgOutput *outputs,
                            size_t count, const FgWriteOptions *options,
                            FgTempFunc temp, void *handle) {
  if (!run->finished)
    return FG_ERR_USAGE;
  FgOutFile *files = calloc(count ? count : 1, sizeof *files);
  if (!files)
    return FG_ERR_NOMEM;
  FgStatus st = FG_OK;
  for (size_t i = 0; st == FG_OK && i < count; i++) {
    int error = fg_outfile_open(&files[i], outputs[i].path, i, temp, handle);
    if (error) {
      file_error(run, outputs[i].path, "cannot create a temporary file for it: ",
                 strerror(error));
      st = FG_ERR_IO;
    } else {
      st = write_temp(run, &outputs[i], options, &files[i]);
    }
  }
  if (st == FG_OK)
    st = commit_all(run, outputs, files, count);
  for (size_t i = 0; i < count; i++)
    fg_outfile_discard(&files[i]);
  free(files);
  return st;
}

FgStatus fg_run_write_file(const FgRun *run, FgFormat format, const FgWriteOptions *options,
                           const char *path) {
  FgOutput output = {format, path};
  return fg_run_write_files(run, &output, 1, options, NULL, NULL);
}
