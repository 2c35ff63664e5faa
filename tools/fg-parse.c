/* fg-parse: train and score the dependency parser from CoNLL-U files.
 *
 *   fg-parse train [--seed N] [--epochs N] [--corpora NAME] [--min-updates N]
 *            OUT.fgm DEV.conllu TRAIN.conllu...
 *   fg-parse eval MODEL.fgm GOLD.conllu...
 *
 * Exit status: 0 ok, 1 failure, 2 usage or unusable model. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus/corpus.h"
#include "parse/parser.h"
#include "parse/train.h"

typedef struct {
  char **paths;
  int n, at;
  FgCorpus *corpus;
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
        "[--min-updates N] OUT.fgm DEV.conllu TRAIN.conllu...\n"
        "       fg-parse eval MODEL.fgm GOLD.conllu...\n",
        stderr);
  return 2;
}

static int train(int argc, char **argv) {
  FgParserTrainConfig cfg;
  fg_parser_train_config_default(&cfg);
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
  Files dev = {&argv[i + 1], 1, 0, NULL};
  Files tr = {&argv[i + 2], argc - i - 2, 0, NULL};
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
  if (st != FG_OK)
    fprintf(stderr, "fg-parse: training failed: %s\n", fg_strerror(st));
  return st == FG_OK ? 0 : 1;
}

static int eval(int argc, char **argv) {
  if (argc < 2)
    return usage();
  FgParser *parser = NULL;
  FgStatus st = fg_parser_open(argv[0], print_diag, NULL, &parser);
  if (st != FG_OK)
    return 2;
  int rc = 0;
  for (int i = 1; i < argc; i++) {
    Files f = {&argv[i], 1, 0, NULL};
    FgParseSource src = {&f, files_next, files_rewind};
    FgParseScore sc;
    st = fg_parser_evaluate(parser, &src, &sc);
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
  return rc;
}

int main(int argc, char **argv) {
  if (argc >= 2 && strcmp(argv[1], "train") == 0)
    return train(argc - 2, argv + 2);
  if (argc >= 2 && strcmp(argv[1], "eval") == 0)
    return eval(argc - 2, argv + 2);
  return usage();
}
