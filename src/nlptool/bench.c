/* SPDX-License-Identifier: MIT */
/* factgraph-nlp bench: the front end's speed, stage by stage, on raw text
 * (see tool.h). Each stage runs over the whole corpus on its own, timed in
 * CPU seconds of this process, after the stages before it: tokenizing and
 * segmenting, then the tagger, the lemmatizer, the parser, the recognizer;
 * then the whole front end runs again in one pass, as factgraph runs it
 * (fg_nlp_analyse). The median of the runs is printed for each. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "lemma/lemma.h"
#include "lexicon/gazetteer.h"
#include "ner/gazmatch.h"
#include "ner/memory.h"
#include "ner/ner.h"
#include "nlp/pipeline.h"
#include "nlptool/tool.h"
#include "parse/parser.h"
#include "tag/tag.h"
#include "text/text.h"
#include "util/buf.h"

enum { S_TOKENS, S_TAGGER, S_LEMMA, S_PARSER, S_NER, S_WHOLE, S_COUNT };
static const char *const STAGE_NAMES[S_COUNT] = {
    "tokenize+segment", "tagger",     "lemmatizer",
    "parser",           "recognizer", "whole front end"};
#define MAX_RUNS 15

typedef struct {
  char *text;
  size_t len;
  FgNlpDoc doc;
} Doc;

typedef struct {
  FgTagger *tagger;
  FgLemmatizer *lemmatizer;
  FgParser *parser;
  FgNer *ner;
  FgGazetteer *gaz;
  FgNerGaz *ner_gaz;
  FgNerMemory *memory;
  double load_ms[4];
} Models;

static double cpu_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *read_file(const char *path, size_t *len, FgDiagFunc diag) {
  FILE *f = fopen(path, "rb");
  FgBuf b;
  fg_buf_init(&b);
  char chunk[65536];
  size_t n;
  bool ok = f != NULL;
  while (ok && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
    ok = fg_buf_append(&b, chunk, n);
  ok = ok && !ferror(f);
  if (f)
    fclose(f);
  *len = b.len;
  char *text = ok ? fg_buf_take(&b) : NULL;
  if (!text) {
    fg_buf_free(&b);
    FgDiag d = {FG_ERR_IO, FG_SEV_ERROR, path, 0, 0, "cannot read"};
    diag(NULL, &d);
  }
  return text;
}

static char *join(const char *dir, const char *name) {
  size_t a = strlen(dir), b = strlen(name);
  char *p = malloc(a + b + 2);
  if (p) {
    memcpy(p, dir, a);
    p[a] = '/';
    memcpy(p + a + 1, name, b + 1);
  }
  return p;
}

/* Opens the four models of dir and the recognizer's gazetteer, timing
 * each model's load. */
static FgStatus open_models(const char *dir, const char *gazetteer,
                            FgDiagFunc diag, Models *m) {
  static const char *const files[4] = {"tagger.fgm", "lemmatizer.fgm",
                                       "parser.fgm", "ner.fgm"};
  FgStatus st = FG_OK;
  for (int i = 0; st == FG_OK && i < 4; i++) {
    char *path = join(dir, files[i]);
    if (!path)
      return FG_ERR_NOMEM;
    double t = cpu_seconds();
    st = i == 0   ? fg_tagger_open(path, diag, NULL, &m->tagger)
         : i == 1 ? fg_lemmatizer_open(path, diag, NULL, &m->lemmatizer)
         : i == 2 ? fg_parser_open(path, diag, NULL, &m->parser)
                  : fg_ner_open(path, diag, NULL, &m->ner);
    m->load_ms[i] = (cpu_seconds() - t) * 1e3;
    free(path);
  }
  if (st == FG_OK)
    st = fg_gazetteer_new(&m->gaz);
  if (st == FG_OK)
    st = fg_gazetteer_load(m->gaz, gazetteer, diag, NULL);
  if (st == FG_OK)
    st = fg_ner_gaz_new(m->gaz, &m->ner_gaz);
  if (st == FG_OK && !(m->memory = fg_ner_memory_new()))
    st = FG_ERR_NOMEM;
  return st;
}

static void close_models(Models *m) {
  fg_tagger_free(m->tagger);
  fg_lemmatizer_free(m->lemmatizer);
  fg_parser_free(m->parser);
  fg_ner_free(m->ner);
  fg_ner_gaz_free(m->ner_gaz);
  fg_gazetteer_free(m->gaz);
  fg_ner_memory_free(m->memory);
}

/* One stage over every sentence of every document; scratch is reset
 * after each sentence, as in the pipeline (the lemmatizer's lemmas go to
 * the documents' arena, which the pipeline copies them to). */
static FgStatus run_stage(int stage, const Models *m, Doc *docs, size_t ndocs,
                          FgArena *arena, FgArena *scratch) {
  FgStatus st = FG_OK;
  for (size_t d = 0; st == FG_OK && d < ndocs; d++) {
    if (stage == S_NER)
      fg_ner_memory_clear(m->memory);
    /* the lemmatizer keeps a document's lemmas, as the pipeline does */
    FgLemmaCache *lemmas = NULL;
    size_t words = 0;
    for (size_t s = 0; s < docs[d].doc.sentence_count; s++)
      words += docs[d].doc.sentences[s].count;
    if (stage == S_LEMMA && !(lemmas = fg_lemma_cache_new(m->lemmatizer, words)))
      return FG_ERR_NOMEM;
    for (size_t s = 0; st == FG_OK && s < docs[d].doc.sentence_count; s++) {
      FgWord *w = docs[d].doc.sentences[s].words;
      uint32_t n = docs[d].doc.sentences[s].count;
      if (stage == S_TAGGER)
        st = fg_tagger_predict(m->tagger, w, n, scratch);
      else if (stage == S_LEMMA)
        st = fg_lemmatizer_predict_cached(m->lemmatizer, lemmas, w, n, arena);
      else if (stage == S_PARSER)
        st = fg_parser_predict(m->parser, w, n, scratch);
      else
        st = fg_ner_predict_in(m->ner, m->ner_gaz, m->memory, w, n, scratch);
      fg_arena_reset(scratch);
    }
    fg_lemma_cache_free(lemmas);
  }
  return st;
}

/* Tokenizes and segments every document (stages NULL: flat trees) or runs
 * the whole front end on it; counts the words. */
static FgStatus analyse_all(const FgNlpStages *stages, Models *m, Doc *docs,
                            size_t ndocs, FgArena *arena, size_t *words) {
  *words = 0;
  for (size_t d = 0; d < ndocs; d++) {
    FgTokenized tok;
    if (stages)
      fg_ner_memory_clear(m->memory);
    if (!fg_text_analyse(arena, docs[d].text, docs[d].len, &tok) ||
        !fg_nlp_analyse(arena, docs[d].text, docs[d].len, &tok, stages,
                        &docs[d].doc))
      return FG_ERR_NOMEM;
    for (size_t s = 0; s < docs[d].doc.sentence_count; s++)
      *words += docs[d].doc.sentences[s].count;
  }
  return FG_OK;
}

/* One run: every stage timed on its own, then the whole front end. */
static FgStatus run_once(Models *m, Doc *docs, size_t ndocs,
                         double seconds[S_COUNT], size_t *words) {
  FgArena *arena = fg_arena_new(), *scratch = fg_arena_new();
  FgStatus st = arena && scratch ? FG_OK : FG_ERR_NOMEM;
  double t = cpu_seconds();
  if (st == FG_OK)
    st = analyse_all(NULL, m, docs, ndocs, arena, words);
  seconds[S_TOKENS] = cpu_seconds() - t;
  for (int stage = S_TAGGER; st == FG_OK && stage <= S_NER; stage++) {
    t = cpu_seconds();
    st = run_stage(stage, m, docs, ndocs, arena, scratch);
    seconds[stage] = cpu_seconds() - t;
  }
  fg_arena_reset(arena);
  FgNlpStages stages = {m->tagger,  m->lemmatizer, m->parser, m->ner,
                        m->ner_gaz, m->memory,     scratch, NULL, NULL};
  size_t again = 0;
  t = cpu_seconds();
  if (st == FG_OK)
    st = analyse_all(&stages, m, docs, ndocs, arena, &again);
  seconds[S_WHOLE] = cpu_seconds() - t;
  fg_arena_free(arena);
  fg_arena_free(scratch);
  return st;
}

static int by_value(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double median(double *v, size_t n) {
  qsort(v, n, sizeof *v, by_value);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static int bench_usage(void) {
  fputs("usage: factgraph-nlp bench --models DIR --gazetteer FILE "
        "[--runs N] TEXT...\n",
        stderr);
  return 2;
}

int fg_nlptool_bench(int argc, char **argv, FgDiagFunc diag) {
  const char *dir = NULL, *gazetteer = NULL;
  long runs = 3;
  int i = 2;
  for (; i + 1 < argc && strncmp(argv[i], "--", 2) == 0; i += 2) {
    if (strcmp(argv[i], "--models") == 0)
      dir = argv[i + 1];
    else if (strcmp(argv[i], "--gazetteer") == 0)
      gazetteer = argv[i + 1];
    else if (strcmp(argv[i], "--runs") == 0)
      runs = strtol(argv[i + 1], NULL, 10);
    else
      return bench_usage();
  }
  if (!dir || !gazetteer || i >= argc || runs < 1 || runs > MAX_RUNS)
    return bench_usage();
  size_t ndocs = (size_t)(argc - i), bytes = 0;
  Doc *docs = calloc(ndocs, sizeof *docs);
  Models m;
  memset(&m, 0, sizeof m);
  FgStatus st = docs ? open_models(dir, gazetteer, diag, &m) : FG_ERR_NOMEM;
  for (size_t d = 0; st == FG_OK && d < ndocs; d++) {
    if (!(docs[d].text = read_file(argv[i + (int)d], &docs[d].len, diag)))
      st = FG_ERR_IO;
    bytes += docs[d].len;
  }
  double seconds[S_COUNT][MAX_RUNS];
  size_t words = 0;
  for (long r = 0; st == FG_OK && r < runs; r++) {
    double one[S_COUNT];
    st = run_once(&m, docs, ndocs, one, &words);
    for (int s = 0; s < S_COUNT; s++)
      seconds[s][r] = one[s];
  }
  if (st == FG_OK) {
    printf("front end: %zu words, %zu bytes in %zu files; one core, CPU "
           "time, median of %ld runs\n",
           words, bytes, ndocs, runs);
    printf("%-18s %12s\n", "stage", "words/s");
    for (int s = 0; s < S_COUNT; s++) {
      double t = median(seconds[s], (size_t)runs);
      printf("%-18s %12.0f\n", STAGE_NAMES[s],
             (double)words / (t > 0 ? t : 1e-9));
    }
    printf("model load (CPU ms): tagger %.1f, lemmatizer %.1f, parser %.1f, "
           "recognizer %.1f\n",
           m.load_ms[0], m.load_ms[1], m.load_ms[2], m.load_ms[3]);
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) == 0)
      printf("peak memory: %.1f MB (resident, whole process)\n",
             (double)ru.ru_maxrss / 1024.0);
  }
  for (size_t d = 0; docs && d < ndocs; d++)
    free(docs[d].text);
  free(docs);
  close_models(&m);
  return st == FG_OK ? 0 : st == FG_ERR_NOMEM ? 1 : 2;
}
