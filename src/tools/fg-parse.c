/* SPDX-License-Identifier: MIT */
/* fg-parse: train and score the dependency parser from CoNLL-U files.
 *
 *   fg-parse train [--seed N] [--epochs N] [--corpora NAME] [--min-updates N]
 *            [--tagger TAGGER.fgm] OUT.fgm DEV.conllu TRAIN.conllu...
 *   fg-parse eval [--tagger TAGGER.fgm] MODEL.fgm GOLD.conllu...
 * With --tagger, every sentence (train, dev and gold) is parsed with the
 * tagger's UPOS/XPOS instead of the gold ones, as at run time. With
 * --jackknife K the training sentences are tagged by K taggers, each
 * trained without the fold it tags (sentence i is in fold i % K), so the
 * parser learns from tags as wrong as the ones it will see.
 *
 * Exit status: 0 ok, 1 failure, 2 usage or unusable model. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus/corpus.h"
#include "learn/train.h"
#include "parse/parser.h"
#include "parse/train.h"
#include "tag/tag.h"
#include "tag/tag_train.h"

/* CoNLL-U files read in turn; with a tagger, each sentence is lent with
 * predicted UPOS, XPOS and features instead of the gold ones. */
typedef struct {
  char **paths;
  int n, at;
  FgCorpus *corpus;
  const FgTagger *tagger;
  FgArena *arena;
  FgTagger *const *folds; /* with --jackknife K: sentence i is tagged by
                             folds[i % K], trained without that fold */
  uint32_t k;
  size_t index;
} Files;

static void print_diag(void *handle, const FgDiag *d) {
  (void)handle;
  const char *sev = d->severity == FG_SEV_ERROR     ? "error"
                    : d->severity == FG_SEV_WARNING ? "warning"
                                                    : "info";
  if (d->source)
    fprintf(stderr, "fg-parse: %s: %s: %s\n", sev, d->source, d->message);
  else
    fprintf(stderr, "fg-parse: %s: %s\n", sev, d->message);
}

static FgStatus files_rewind(void *handle) {
  Files *f = handle;
  fg_corpus_free(f->corpus);
  f->corpus = NULL;
  f->at = 0;
  f->index = 0;
  return FG_OK;
}

static FgStatus tagged(Files *f, const FgCorpusSentence *s,
                       const FgWord **words, size_t *n) {
  fg_arena_reset(f->arena);
  FgWord *copy = fg_arena_calloc(f->arena, s->n ? s->n : 1, sizeof *copy);
  if (!copy)
    return FG_ERR_NOMEM;
  memcpy(copy, s->words, s->n * sizeof *copy);
  const FgTagger *tagger = f->k ? f->folds[f->index % f->k] : f->tagger;
  f->index++;
  FgStatus st = fg_tagger_predict(tagger, copy, s->n, f->arena);
  *words = copy;
  *n = s->n;
  return st == FG_NOTHING ? FG_OK : st;
}

static FgStatus files_next(void *handle, const FgWord **words, size_t *n) {
  Files *f = handle;
  for (;;) {
    if (!f->corpus) {
      if (f->at >= f->n)
        return FG_NOTHING;
      FgStatus st = fg_corpus_open(f->paths[f->at++], FG_CORPUS_CONLLU,
                                   print_diag, NULL, &f->corpus);
      if (st != FG_OK)
        return st;
    }
    FgCorpusSentence s;
    FgStatus st = fg_corpus_next(f->corpus, &s);
    if (st == FG_OK && (f->tagger || f->k))
      return tagged(f, &s, words, n);
    if (st == FG_OK) {
      *words = s.words;
      *n = s.n;
      return FG_OK;
    }
    fg_corpus_free(f->corpus);
    f->corpus = NULL;
    if (st != FG_NOTHING)
      return st;
  }
}

/* Writes path.tmp, then renames it over path: never a partial model. */
static FgStatus write_model(const char *path, const FgBuf *model) {
  char tmp[4096];
  if (snprintf(tmp, sizeof tmp, "%s.tmp", path) >= (int)sizeof tmp)
    return FG_ERR_USAGE;
  FILE *out = fopen(tmp, "wb");
  bool ok = out && fwrite(model->data, 1, model->len, out) == model->len;
  if (out && fclose(out) != 0)
    ok = false;
  if (ok && rename(tmp, path) != 0)
    ok = false;
  if (!ok) {
    remove(tmp);
    fprintf(stderr, "fg-parse: error: %s: cannot write the model\n", path);
  }
  return ok ? FG_OK : FG_ERR_IO;
}

/* ---- jackknifed training tags ---- */

#define MAX_FOLDS 10

static bool put_field(FgBuf *b, const char *v, char end) {
  return fg_buf_append_str(b, v && *v ? v : "_") && fg_buf_append_char(b, end);
}

/* One sentence as CoNLL-U lines (the columns the tagger reads). */
static bool put_sentence(FgBuf *b, const FgCorpusSentence *s) {
  char num[32];
  bool ok = true;
  for (size_t i = 0; ok && i < s->n; i++) {
    const FgWord *w = &s->words[i];
    snprintf(num, sizeof num, "%zu", i + 1);
    ok = put_field(b, num, '\t') && put_field(b, w->form, '\t') &&
         put_field(b, w->lemma, '\t') &&
         put_field(b, fg_upos_name(w->upos), '\t') &&
         put_field(b, w->xpos, '\t') && put_field(b, w->feats, '\t');
    snprintf(num, sizeof num, "%u", w->head);
    ok = ok && put_field(b, num, '\t') && put_field(b, w->deprel, '\t') &&
         put_field(b, NULL, '\t') &&
         put_field(b, s->misc ? s->misc[i] : NULL, '\n');
  }
  return ok && fg_buf_append_char(b, '\n');
}

/* Sentence i of the train files (in the order the parser reads them)
 * goes to fold i % k. */
static FgStatus split_folds(Files *tr, uint32_t k, FgBuf *folds) {
  FgStatus st = FG_OK;
  size_t i = 0;
  for (int f = 0; st == FG_OK && f < tr->n; f++) {
    FgCorpus *c = NULL;
    st = fg_corpus_open(tr->paths[f], FG_CORPUS_CONLLU, print_diag, NULL, &c);
    FgCorpusSentence s;
    while (st == FG_OK && (st = fg_corpus_next(c, &s)) == FG_OK)
      if (!put_sentence(&folds[i++ % k], &s))
        st = FG_ERR_NOMEM;
    fg_corpus_free(c);
    if (st == FG_NOTHING)
      st = FG_OK;
  }
  return st;
}

/* A tagger trained on every fold but `held` (early-stopped on dev). */
static FgStatus fold_tagger(FgBuf *folds, uint32_t k, uint32_t held,
                            const char *dev_path, FgTagger **out) {
  FgCorpus *train[MAX_FOLDS] = {NULL}, *dev = NULL;
  size_t n = 0;
  FgStatus st =
      fg_corpus_open(dev_path, FG_CORPUS_CONLLU, print_diag, NULL, &dev);
  for (uint32_t f = 0; st == FG_OK && f < k; f++)
    if (f != held)
      st = fg_corpus_open_memory(folds[f].data, folds[f].len, "fold",
                                 FG_CORPUS_CONLLU, print_diag, NULL,
                                 &train[n++]);
  FgTrainConfig cfg = fg_train_config_default();
  cfg.max_epochs = 6;
  cfg.patience = 2;
  cfg.min_updates = 2;
  cfg.corpora = "jackknife";
  FgBuf bytes;
  fg_buf_init(&bytes);
  if (st == FG_OK)
    st = fg_tagger_train(train, n, dev, &cfg, &bytes);
  if (st == FG_OK)
    st = fg_tagger_open_memory(bytes.data, bytes.len, "fold tagger", print_diag,
                               NULL, out);
  fprintf(stderr, "fg-parse: info: jackknife tagger %u of %u: %s\n", held + 1,
          k, fg_strerror(st));
  fg_buf_free(&bytes);
  for (size_t i = 0; i < n; i++)
    fg_corpus_free(train[i]);
  fg_corpus_free(dev);
  return st;
}

static FgStatus jackknife(Files *tr, uint32_t k, const char *dev_path,
                          FgTagger **taggers) {
  FgBuf folds[MAX_FOLDS];
  for (uint32_t f = 0; f < k; f++)
    fg_buf_init(&folds[f]);
  FgStatus st = split_folds(tr, k, folds);
  for (uint32_t f = 0; st == FG_OK && f < k; f++)
    st = fold_tagger(folds, k, f, dev_path, &taggers[f]);
  for (uint32_t f = 0; f < k; f++)
    fg_buf_free(&folds[f]);
  return st;
}

static int usage(void) {
  fputs("usage: fg-parse train [--seed N] [--epochs N] [--corpora NAME] "
        "[--min-updates N] [--tagger TAGGER.fgm [--jackknife K]] OUT.fgm "
        "DEV.conllu "
        "TRAIN.conllu...\n"
        "       fg-parse eval [--tagger TAGGER.fgm] MODEL.fgm GOLD.conllu...\n",
        stderr);
  return 2;
}

/* Opens the tagger named by --tagger, if any, and the arena the tagged
 * copies live in. Returns false (after a message) when it cannot. */
static bool open_tagger(const char *path, FgTagger **tagger, FgArena **arena) {
  *tagger = NULL;
  *arena = fg_arena_new();
  if (!*arena)
    return false;
  return !path || fg_tagger_open(path, print_diag, NULL, tagger) == FG_OK;
}

static int train(int argc, char **argv) {
  FgParserTrainConfig cfg;
  fg_parser_train_config_default(&cfg);
  const char *tagger_path = NULL;
  uint32_t k = 0;
  int i = 0;
  for (; i + 1 < argc && strncmp(argv[i], "--", 2) == 0; i += 2) {
    if (strcmp(argv[i], "--seed") == 0)
      cfg.seed = strtoull(argv[i + 1], NULL, 10);
    else if (strcmp(argv[i], "--epochs") == 0)
      cfg.max_epochs = (uint32_t)strtoul(argv[i + 1], NULL, 10);
    else if (strcmp(argv[i], "--min-updates") == 0)
      cfg.min_updates = (uint32_t)strtoul(argv[i + 1], NULL, 10);
    else if (strcmp(argv[i], "--corpora") == 0)
      cfg.corpora = argv[i + 1];
    else if (strcmp(argv[i], "--tagger") == 0)
      tagger_path = argv[i + 1];
    else if (strcmp(argv[i], "--jackknife") == 0)
      k = (uint32_t)strtoul(argv[i + 1], NULL, 10);
    else
      return usage();
  }
  if (argc - i < 3 || k == 1 || k > MAX_FOLDS || (k && !tagger_path))
    return usage();
  const char *why = fg_parser_train_config_check(&cfg);
  if (why) {
    fprintf(stderr, "fg-parse: %s\n", why);
    return 2;
  }
  FgTagger *tagger;
  FgArena *arena;
  if (!open_tagger(tagger_path, &tagger, &arena)) {
    fg_arena_free(arena);
    return 2;
  }
  FgTagger *folds[MAX_FOLDS] = {NULL};
  Files dev = {&argv[i + 1], 1, 0, NULL, tagger, arena, NULL, 0, 0};
  Files tr = {&argv[i + 2], argc - i - 2, 0, NULL, tagger, arena, folds, k, 0};
  FgParseSource dsrc = {&dev, files_next, files_rewind};
  FgParseSource tsrc = {&tr, files_next, files_rewind};
  FgBuf model;
  fg_buf_init(&model);
  FgStatus st = k ? jackknife(&tr, k, argv[i + 1], folds) : FG_OK;
  if (st == FG_OK)
    st = fg_parser_train(&cfg, &tsrc, &dsrc, print_diag, NULL, &model);
  files_rewind(&dev);
  files_rewind(&tr);
  if (st == FG_OK)
    st = write_model(argv[i], &model);
  fg_buf_free(&model);
  for (uint32_t f = 0; f < k; f++)
    fg_tagger_free(folds[f]);
  fg_tagger_free(tagger);
  fg_arena_free(arena);
  if (st != FG_OK)
    fprintf(stderr, "fg-parse: training failed: %s\n", fg_strerror(st));
  return st == FG_OK ? 0 : 1;
}

static int eval(int argc, char **argv) {
  const char *tagger_path = NULL;
  if (argc >= 2 && strcmp(argv[0], "--tagger") == 0) {
    tagger_path = argv[1];
    argc -= 2;
    argv += 2;
  }
  if (argc < 2)
    return usage();
  FgParser *parser = NULL;
  FgTagger *tagger = NULL;
  FgArena *arena = NULL;
  if (fg_parser_open(argv[0], print_diag, NULL, &parser) != FG_OK ||
      !open_tagger(tagger_path, &tagger, &arena)) {
    fg_parser_free(parser);
    fg_arena_free(arena);
    return 2;
  }
  int rc = 0;
  for (int i = 1; i < argc; i++) {
    Files f = {&argv[i], 1, 0, NULL, tagger, arena, NULL, 0, 0};
    FgParseSource src = {&f, files_next, files_rewind};
    FgParseScore sc;
    FgStatus st = fg_parser_evaluate(parser, &src, &sc);
    double secs = sc.parse_seconds;
    files_rewind(&f);
    if (st != FG_OK) {
      rc = 1;
      continue;
    }
    double w = sc.words ? (double)sc.words : 1;
    printf("%s\tsentences %zu\twords %zu\tUAS %.2f\tLAS %.2f\t"
           "LAS-base %.2f\twords/s %.0f\n",
           argv[i], sc.sentences, sc.words, 100.0 * (double)sc.heads / w,
           100.0 * (double)sc.labelled / w,
           100.0 * (double)sc.labelled_base / w,
           secs > 0 ? (double)sc.words / secs : 0);
  }
  fg_parser_free(parser);
  fg_tagger_free(tagger);
  fg_arena_free(arena);
  return rc;
}

int main(int argc, char **argv) {
  if (argc >= 2 && strcmp(argv[1], "train") == 0)
    return train(argc - 2, argv + 2);
  if (argc >= 2 && strcmp(argv[1], "eval") == 0)
    return eval(argc - 2, argv + 2);
  return usage();
}
