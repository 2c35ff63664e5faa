/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "corpus/corpus.h"
#include "lemma/lemma.h"
#include "nlptool/tool.h"
#include "tag/tag.h"

typedef struct {
  size_t words, upos, xpos, feats, lemma;
  double tag_seconds, lemma_seconds;
  size_t confusion[FG_UPOS_COUNT][FG_UPOS_COUNT];
} Scores;

static double seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static bool same(const char *a, const char *b) {
  return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static void compare(const FgWord *gold, const FgWord *got, size_t n,
                    Scores *sc) {
  for (size_t i = 0; i < n; i++) {
    char gf[512] = "", pf[512] = "";
    fg_tag_feats_filter(gold[i].feats, gf, sizeof gf);
    fg_tag_feats_filter(got[i].feats, pf, sizeof pf);
    sc->upos += gold[i].upos == got[i].upos;
    sc->xpos += same(gold[i].xpos, got[i].xpos);
    sc->feats += strcmp(gf, pf) == 0;
    sc->lemma += same(gold[i].lemma, got[i].lemma);
    sc->confusion[gold[i].upos][got[i].upos < FG_UPOS_COUNT ? got[i].upos
                                                            : 0]++;
  }
  sc->words += n;
}

/* Tags and lemmatizes every sentence of corpus, comparing with gold. */
static FgStatus run(FgCorpus *corpus, const FgTagger *tagger,
                    const FgLemmatizer *lemmatizer, Scores *sc) {
  FgArena *arena = fg_arena_new();
  FgWord *copy = NULL;
  size_t cap = 0;
  FgCorpusSentence s;
  FgStatus st = arena ? FG_OK : FG_ERR_NOMEM;
  while (st == FG_OK && (st = fg_corpus_next(corpus, &s)) == FG_OK) {
    if (s.n > cap) {
      free(copy);
      cap = s.n;
      copy = malloc(cap * sizeof *copy);
      if (!copy) {
        st = FG_ERR_NOMEM;
        break;
      }
    }
    memcpy(copy, s.words, s.n * sizeof *copy);
    for (size_t i = 0; i < s.n; i++) {
      copy[i].lemma = NULL;
      if (tagger) {
        copy[i].upos = FG_UPOS_NONE;
        copy[i].xpos = copy[i].feats = NULL;
      }
    }
    fg_arena_reset(arena);
    double t0 = seconds();
    if (tagger)
      st = fg_tagger_predict(tagger, copy, s.n, arena);
    double t1 = seconds();
    if (st == FG_OK && lemmatizer)
      st = fg_lemmatizer_predict(lemmatizer, copy, s.n, arena);
    sc->tag_seconds += t1 - t0;
    sc->lemma_seconds += seconds() - t1;
    compare(s.words, copy, s.n, sc);
  }
  free(copy);
  fg_arena_free(arena);
  return st == FG_NOTHING ? FG_OK : st;
}

static void print_confusion(Scores *sc) {
  printf("most frequent UPOS errors (gold -> predicted):\n");
  for (int k = 0; k < 15; k++) {
    size_t best = 0;
    int bg = 0, bp = 0;
    for (int g = 0; g < FG_UPOS_COUNT; g++)
      for (int p = 0; p < FG_UPOS_COUNT; p++)
        if (g != p && sc->confusion[g][p] > best) {
          best = sc->confusion[g][p];
          bg = g;
          bp = p;
        }
    if (!best)
      break;
    printf("  %-6s -> %-6s %zu\n", fg_upos_name((unsigned)bg),
           fg_upos_name((unsigned)bp), best);
    sc->confusion[bg][bp] = 0;
  }
}

static double pct(size_t k, size_t n) { return n ? 100.0 * (double)k / (double)n : 0; }

int fg_nlptool_eval(int argc, char **argv, FgDiagFunc diag) {
  const char *tagger_path = NULL, *lemma_path = NULL;
  bool confusion = false;
  int i = 2;
  for (; i < argc - 1; i++) {
    if (strcmp(argv[i], "--tagger") == 0 && i + 2 < argc)
      tagger_path = argv[++i];
    else if (strcmp(argv[i], "--lemmatizer") == 0 && i + 2 < argc)
      lemma_path = argv[++i];
    else if (strcmp(argv[i], "--confusion") == 0)
      confusion = true;
    else
      break;
  }
  if (i != argc - 1 || (!tagger_path && !lemma_path)) {
    fputs("usage: factgraph-nlp eval [--tagger MODEL] [--lemmatizer MODEL] "
          "[--confusion] GOLD.conllu\n",
          stderr);
    return 2;
  }
  FgTagger *tagger = NULL;
  FgLemmatizer *lemmatizer = NULL;
  FgCorpus *corpus = NULL;
  struct timespec a, b, c;
  clock_gettime(CLOCK_MONOTONIC, &a);
  FgStatus st = tagger_path
                    ? fg_tagger_open(tagger_path, diag, NULL, &tagger)
                    : FG_OK;
  clock_gettime(CLOCK_MONOTONIC, &b);
  if (st == FG_OK && lemma_path)
    st = fg_lemmatizer_open(lemma_path, diag, NULL, &lemmatizer);
  clock_gettime(CLOCK_MONOTONIC, &c);
  if (st != FG_OK)
    return 2;
  st = fg_corpus_open(argv[i], FG_CORPUS_CONLLU, diag, NULL, &corpus);
  Scores *sc = calloc(1, sizeof *sc);
  if (st == FG_OK && !sc)
    st = FG_ERR_NOMEM;
  if (st == FG_OK)
    st = run(corpus, tagger, lemmatizer, sc);
  if (st == FG_OK) {
    printf("%s: %zu words (gold tokens%s)\n", argv[i], sc->words,
           tagger ? "" : ", gold tags");
    if (tagger)
      printf("UPOS %.2f  XPOS %.2f  FEATS(subset) %.2f\n",
             pct(sc->upos, sc->words), pct(sc->xpos, sc->words),
             pct(sc->feats, sc->words));
    if (lemmatizer)
      printf("LEMMA %.2f\n", pct(sc->lemma, sc->words));
    if (tagger)
      printf("tagging: %.0f words/s (one core), load %.1f ms\n",
             (double)sc->words / (sc->tag_seconds > 0 ? sc->tag_seconds : 1e-9),
             (double)(b.tv_sec - a.tv_sec) * 1e3 +
                 (double)(b.tv_nsec - a.tv_nsec) / 1e6);
    if (lemmatizer)
      printf("lemmatizing: %.0f words/s (one core), load %.1f ms\n",
             (double)sc->words /
                 (sc->lemma_seconds > 0 ? sc->lemma_seconds : 1e-9),
             (double)(c.tv_sec - b.tv_sec) * 1e3 +
                 (double)(c.tv_nsec - b.tv_nsec) / 1e6);
    if (confusion && tagger)
      print_confusion(sc);
  }
  free(sc);
  fg_corpus_free(corpus);
  fg_tagger_free(tagger);
  fg_lemmatizer_free(lemmatizer);
  return st == FG_OK ? 0 : (st == FG_ERR_NOMEM ? 1 : 2);
}
