/* fg-parse: train and score the dependency parser from CoNLL-U files.
 *
 *   fg-parse train [--seed N] [--epochs N] [--corpora NAME] [--min-updates N]
 *            [--tagger TAGGER.fgm] OUT.fgm DEV.conllu TRAIN.conllu...
 *   fg-parse eval [--tagger TAGGER.fgm] MODEL.fgm GOLD.conllu...
 * With --tagger, every sentence (train, dev and gold) is parsed with the
 * tagger's UPOS/XPOS instead of the gold ones, as at run time.
 *
 * Exit status: 0 ok, 1 failure, 2 usage or unusable model. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus/corpus.h"
#include "parse/parser.h"
#include "parse/train.h"
#include "tag/tag.h"

/* CoNLL-U files read in turn; with a tagger, each sentence is lent with
 * predicted UPOS, XPOS and features instead of the gold ones. */
typedef struct {
  char **paths;
  int n, at;
  FgCorpus *corpus;
  const FgTagger *tagger;
  FgArena *arena;
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
  return FG_OK;
}

static FgStatus tagged(Files *f, const FgCorpusSentence *s,
                       const FgWord **words, size_t *n) {
  fg_arena_reset(f->arena);
  FgWord *copy = fg_arena_calloc(f->arena, s->n ? s->n : 1, sizeof *copy);
  if (!copy)
    return FG_ERR_NOMEM;
  memcpy(copy, s->words, s->n * sizeof *copy);
  FgStatus st = fg_tagger_predict(f->tagger, copy, s->n, f->arena);
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
    if (st == FG_OK && f->tagger)
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

static int usage(void) {
  fputs("usage: fg-parse train [--seed N] [--epochs N] [--corpora NAME] "
        "[--min-updates N] [--tagger TAGGER.fgm] OUT.fgm DEV.conllu "
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
    else
      return usage();
  }
  if (argc - i < 3)
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
  Files dev = {&argv[i + 1], 1, 0, NULL, tagger, arena};
  Files tr = {&argv[i + 2], argc - i - 2, 0, NULL, tagger, arena};
  FgParseSource dsrc = {&dev, files_next, files_rewind};
  FgParseSource tsrc = {&tr, files_next, files_rewind};
  FgBuf model;
  fg_buf_init(&model);
  FgStatus st = fg_parser_train(&cfg, &tsrc, &dsrc, print_diag, NULL, &model);
  files_rewind(&dev);
  files_rewind(&tr);
  if (st == FG_OK)
    st = write_model(argv[i], &model);
  fg_buf_free(&model);
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
    Files f = {&argv[i], 1, 0, NULL, tagger, arena};
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
