/* SPDX-License-Identifier: MIT */
/* factgraph-nlp: trains, scores and dumps the front end's models.
 *   factgraph-nlp train-tagger --out M [options] --dev DEV TRAIN...
 *   factgraph-nlp train-tagger-2pass ...   the same, a two-pass tagger
 *   factgraph-nlp train-lemmatizer --out M [options] --dev DEV TRAIN...
 *   factgraph-nlp eval [--tagger M] [--lemmatizer M] GOLD.conllu
 *   factgraph-nlp bench --models DIR --gazetteer FILE [--runs N] TEXT...
 *   factgraph-nlp dump MODEL
 * Options: --seed N --epochs N --patience N --min-updates N --corpora NAME,
 * and for a tagger --names DIR and --word-classes FILE (lexicon features).
 * Exit status: 0 done, 1 failure, 2 usage or a bad model. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "corpus/corpus.h"
#include "learn/model.h"
#include "learn/train.h"
#include "lemma/lemma.h"
#include "lemma/lemma_train.h"
#include "nlptool/tool.h"
#include "tag/tag.h"
#include "tag/tag_train.h"

static void print_diag(void *handle, const FgDiag *diag) {
  (void)handle;
  fprintf(stderr, "%s%s\n",
          diag->severity == FG_SEV_INFO ? "" : "factgraph-nlp: ",
          diag->message);
}

static int usage(void) {
  fputs("usage: factgraph-nlp train-tagger|train-tagger-2pass|train-lemmatizer "
        "--out MODEL "
        "[--dev DEV.conllu] [--seed N] [--epochs N] [--patience N] "
        "[--min-updates N] [--corpora NAME] [--names DIR] [--word-classes FILE] (tagger) "
        "TRAIN.conllu...\n"
        "       factgraph-nlp eval [--tagger MODEL] [--lemmatizer MODEL] "
        "GOLD.conllu\n"
        "       factgraph-nlp bench --models DIR --gazetteer FILE "
        "[--runs N] TEXT...\n"
        "       factgraph-nlp dump MODEL\n",
        stderr);
  return 2;
}

static int exit_code(FgStatus st) {
  if (st == FG_OK)
    return 0;
  return st == FG_ERR_SYNTAX || st == FG_ERR_USAGE || st == FG_ERR_IO ? 2 : 1;
}

static bool parse_u64(const char *s, uint64_t *out) {
  char *end;
  unsigned long long v = strtoull(s, &end, 10);
  if (!*s || *end || s[0] == '-')
    return false;
  *out = v;
  return true;
}

/* --names DIR and --word-classes FILE: the tagger's lexicons (lexicon
 * features). */
static FgTagLexiconFiles tagger_lexicon;

/* Options shared by the trainers; returns the index of the first corpus
 * argument, or -1 on a usage error. */

static int train_options(int argc, char **argv, FgTrainConfig *config,
                         const char **out, const char **dev) {
  int i = 2;
  for (; i < argc && strncmp(argv[i], "--", 2) == 0; i += 2) {
    if (i + 1 >= argc)
      return -1;
    const char *opt = argv[i], *val = argv[i + 1];
    uint64_t v = 0;
    bool number = parse_u64(val, &v);
    if (strcmp(opt, "--out") == 0)
      *out = val;
    else if (strcmp(opt, "--dev") == 0)
      *dev = val;
    else if (strcmp(opt, "--names") == 0)
      tagger_lexicon.names_dir = val;
    else if (strcmp(opt, "--word-classes") == 0)
      tagger_lexicon.classes_path = val;
    else if (strcmp(opt, "--corpora") == 0)
      config->corpora = val;
    else if (strcmp(opt, "--seed") == 0 && number)
      config->seed = v;
    else if (strcmp(opt, "--epochs") == 0 && number && v <= 1000)
      config->max_epochs = (uint32_t)v;
    else if (strcmp(opt, "--patience") == 0 && number && v <= 1000)
      config->patience = (uint32_t)v;
    else if (strcmp(opt, "--min-updates") == 0 && number && v <= UINT32_MAX)
      config->min_updates = (uint32_t)v;
    else
      return -1;
  }
  return *out && i < argc ? i : -1;
}

typedef FgStatus (*TrainFunc)(FgCorpus *const *train, size_t ntrain,
                              FgCorpus *dev, const FgTrainConfig *config,
                              FgBuf *out);

static FgStatus train_tagger(FgCorpus *const *train, size_t ntrain,
                             FgCorpus *dev, const FgTrainConfig *config,
                             FgBuf *out) {
  return fg_tagger_train_lexicon(train, ntrain, dev, config, &tagger_lexicon,
                                 false, out);
}

static FgStatus train_tagger_2pass(FgCorpus *const *train, size_t ntrain,
                                   FgCorpus *dev, const FgTrainConfig *config,
                                   FgBuf *out) {
  return fg_tagger_train_lexicon(train, ntrain, dev, config, &tagger_lexicon,
                                 true, out);
}

static int train(int argc, char **argv, TrainFunc fn) {
  FgTrainConfig config = fg_train_config_default();
  config.diag = print_diag;
  const char *out = NULL, *dev_path = NULL;
  int first = train_options(argc, argv, &config, &out, &dev_path);
  bool lexicon = tagger_lexicon.names_dir || tagger_lexicon.classes_path;
  if (first < 0 || (lexicon && fn != train_tagger && fn != train_tagger_2pass))
    return usage();
  size_t ntrain = (size_t)(argc - first);
  FgCorpus **corpora = calloc(ntrain, sizeof *corpora);
  FgCorpus *dev = NULL;
  FgStatus st = corpora ? FG_OK : FG_ERR_NOMEM;
  for (size_t k = 0; st == FG_OK && k < ntrain; k++)
    st = fg_corpus_open(argv[first + (int)k], FG_CORPUS_CONLLU, print_diag,
                        NULL, &corpora[k]);
  if (st == FG_OK && dev_path)
    st = fg_corpus_open(dev_path, FG_CORPUS_CONLLU, print_diag, NULL, &dev);
  FgBuf bytes;
  fg_buf_init(&bytes);
  if (st == FG_OK)
    st = fn(corpora, ntrain, dev, &config, &bytes);
  if (st == FG_OK)
    st = fg_model_save_bytes(bytes.data, bytes.len, out, print_diag, NULL);
  if (st == FG_OK)
    fprintf(stderr, "wrote %s (%zu bytes)\n", out, bytes.len);
  else
    fprintf(stderr, "factgraph-nlp: training failed: %s\n", fg_strerror(st));
  fg_buf_free(&bytes);
  for (size_t k = 0; corpora && k < ntrain; k++)
    fg_corpus_free(corpora[k]);
  free(corpora);
  fg_corpus_free(dev);
  return exit_code(st);
}

int main(int argc, char **argv) {
  if (argc < 3)
    return usage();
  if (strcmp(argv[1], "train-tagger") == 0)
    return train(argc, argv, train_tagger);
  if (strcmp(argv[1], "train-tagger-2pass") == 0)
    return train(argc, argv, train_tagger_2pass);
  if (strcmp(argv[1], "train-lemmatizer") == 0)
    return train(argc, argv, fg_lemmatizer_train);
  if (strcmp(argv[1], "eval") == 0)
    return fg_nlptool_eval(argc, argv, print_diag);
  if (strcmp(argv[1], "bench") == 0)
    return fg_nlptool_bench(argc, argv, print_diag);
  if (strcmp(argv[1], "dump") == 0 && argc == 3)
    return fg_nlptool_dump(argv[2], print_diag);
  return usage();
}
