/* SPDX-License-Identifier: MIT */
/* Shared by test_tag.c and test_lemma.c: a toy language written as
 * CoNLL-U, trainers run on it, and model bytes. Include after cmocka.h. */
#ifndef FG_TESTS_NLP_FIXTURE_H
#define FG_TESTS_NLP_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "corpus/corpus.h"
#include "learn/feature.h"
#include "learn/model.h"
#include "learn/train.h"
#include "util/buf.h"

/* Invented stems; a verb's form and tags follow from its suffix. */
static const char *const STEMS[] = {"blick", "fromp", "snarl", "gorp",
                                    "wint",  "plazz", "drub",  "quell",
                                    "mosk",  "trant", "jelp",  "vorn"};
#define NSTEMS (sizeof STEMS / sizeof *STEMS)

typedef struct {
  const char *suffix, *upos, *xpos, *feats;
} Ending;

static const Ending VERB_ENDINGS[] = {
    {"ed", "VERB", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"},
    {"s", "VERB", "VBZ", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"},
    {"ing", "VERB", "VBG", "VerbForm=Ger"}};

/* Toy sentences "the STEMa STEMed the STEMa ." with a determiner, nouns
 * in -a (plural -as) and verbs; nsent sentences, skipping stem skip. */
static void toy_conllu(FgBuf *out, size_t nsent, size_t skip) {
  fg_buf_clear(out);
  char line[256];
  for (size_t s = 0; s < nsent; s++) {
    size_t a = (s * 5 + 1) % NSTEMS, v = (s * 7 + 3) % NSTEMS,
           b = (s * 3 + 2) % NSTEMS;
    if (a == skip || v == skip || b == skip)
      continue;
    const Ending *e = &VERB_ENDINGS[s % 3];
    bool plural = s % 2;
    snprintf(line, sizeof line,
             "# sent_id = toy-%zu\n"
             "1\tthe\tthe\tDET\tDT\tPronType=Art\t2\tdet\t_\t_\n"
             "2\t%sa%s\t%sa\tNOUN\t%s\tNumber=%s\t3\tnsubj\t_\t_\n"
             "3\t%s%s\t%s\t%s\t%s\t%s\t0\troot\t_\t_\n",
             s, STEMS[a], plural ? "s" : "", STEMS[a], plural ? "NNS" : "NN",
             plural ? "Plur" : "Sing", STEMS[v], e->suffix, STEMS[v], e->upos,
             e->xpos, e->feats);
    fg_buf_append_str(out, line);
    snprintf(line, sizeof line,
             "4\tthe\tthe\tDET\tDT\tPronType=Art\t5\tdet\t_\t_\n"
             "5\t%sa\t%sa\tNOUN\tNN\tNumber=Sing\t3\tobj\t_\t_\n"
             "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n",
             STEMS[b], STEMS[b]);
    fg_buf_append_str(out, line);
  }
}

typedef FgStatus (*TrainFunc)(FgCorpus *const *train, size_t ntrain,
                              FgCorpus *dev, const FgTrainConfig *config,
                              FgBuf *out);

/* Trains on CoNLL-U text (dev: the same text) into model. */
static FgStatus train_on(TrainFunc fn, const FgBuf *text, uint32_t epochs,
                         FgBuf *model) {
  FgCorpus *train = NULL, *dev = NULL;
  FgStatus st = fg_corpus_open_memory(text->data, text->len, "toy-train",
                                      FG_CORPUS_CONLLU, NULL, NULL, &train);
  if (st == FG_OK)
    st = fg_corpus_open_memory(text->data, text->len, "toy-dev",
                               FG_CORPUS_CONLLU, NULL, NULL, &dev);
  FgTrainConfig config = fg_train_config_default();
  config.max_epochs = epochs;
  config.patience = 0;
  config.corpora = "toy";
  if (st == FG_OK)
    st = fn(&train, 1, dev, &config, model);
  fg_corpus_free(train);
  fg_corpus_free(dev);
  return st;
}

typedef struct {
  FgBuf text, model; /* the toy corpus and the model trained on it */
} Fixture;

static int setup_with(void **state, TrainFunc fn, uint32_t epochs) {
  Fixture *f = calloc(1, sizeof *f);
  if (!f)
    return -1;
  fg_buf_init(&f->text);
  fg_buf_init(&f->model);
  toy_conllu(&f->text, 60, SIZE_MAX);
  *state = f;
  return train_on(fn, &f->text, epochs, &f->model) == FG_OK ? 0 : -1;
}

static int teardown(void **state) {
  Fixture *f = *state;
  fg_buf_free(&f->text);
  fg_buf_free(&f->model);
  free(f);
  return 0;
}

/* The first nsent sentences of a shared corpus file into out; false (with
 * a printed reason) when ../shared is absent. */
static bool shared_slice(const char *rel, size_t nsent, FgBuf *out) {
  const char *shared = getenv("SHARED");
  char path[512];
  snprintf(path, sizeof path, "%s/corpora/%s", shared ? shared : "../shared",
           rel);
  FILE *f = fopen(path, "r");
  if (!f) {
    print_message("skipped: %s is absent\n", path);
    return false;
  }
  fg_buf_clear(out);
  char *line = NULL;
  size_t cap = 0, seen = 0;
  ssize_t got;
  while (seen < nsent && (got = getline(&line, &cap, f)) > 0) {
    fg_buf_append(out, line, (size_t)got);
    seen += got == 1 && line[0] == '\n';
  }
  free(line);
  fclose(f);
  return true;
}

/* Opens model bytes as a stage and, when that works, runs it on a short
 * sentence; returns the open status. */
typedef FgStatus (*OpenAndRun)(const void *data, size_t len);

/* Hostile content behind valid checksums: rebuilds the model with one
 * section damaged (random bytes changed, or cut short) and a correct
 * container around it, so the stage's own decoders see it. Each must
 * load (the change was harmless) or fail with FG_ERR_SYNTAX, never crash. */
static void damage_sections(const FgBuf *model, const uint32_t *ids,
                            size_t nids, OpenAndRun open_and_run,
                            int rounds) {
  FgModel *m = NULL;
  assert_int_equal(fg_model_open_memory(model->data, model->len, "orig", 0,
                                        NULL, NULL, &m),
                   FG_OK);
  FgRng rng = fg_rng_init(7, 0);
  FgBuf rebuilt;
  fg_buf_init(&rebuilt);
  int refused = 0;
  for (int r = 0; r < rounds; r++) {
    FgModelWriter *w = fg_model_writer_new(fg_model_info(m));
    size_t victim = (size_t)fg_rng_below(&rng, nids);
    for (size_t k = 0; k < nids; k++) {
      const uint8_t *data;
      size_t len;
      assert_true(fg_model_section(m, ids[k], &data, &len));
      uint8_t *copy = malloc(len + 1);
      memcpy(copy, data, len);
      if (k == victim && len) {
        if (r % 4 == 0)
          len = (size_t)fg_rng_below(&rng, len);
        else
          for (int b = 0; b < 1 + r % 3; b++)
            copy[fg_rng_below(&rng, len)] = (uint8_t)fg_rng_next(&rng);
      }
      assert_int_equal(fg_model_writer_add(w, ids[k], copy, len), FG_OK);
      free(copy);
    }
    assert_int_equal(fg_model_writer_bytes(w, &rebuilt), FG_OK);
    fg_model_writer_free(w);
    FgStatus st = open_and_run(rebuilt.data, rebuilt.len);
    if (st != FG_OK && st != FG_ERR_SYNTAX)
      fail_msg("round %d: status %d", r, st);
    refused += st == FG_ERR_SYNTAX;
  }
  assert_true(refused > 0);
  fg_buf_free(&rebuilt);
  fg_model_free(m);
}

#endif
