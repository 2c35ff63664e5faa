/* SPDX-License-Identifier: MIT */
/* Training the recognizer: averaged perceptron over the moves of each
 * training sentence with a dynamic oracle (the previous-move features
 * read the model's own moves from the second epoch on), shuffled per epoch with the project's PRNG,
 * scored on dev after each epoch with the real decoder; the best epoch's
 * model is kept. */
#include "ner/clusters.h"
#include "ner/ner.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "learn/feature.h"
#include "learn/le.h"
#include "learn/model.h"
#include "learn/perceptron.h"
#include "ner/bilou.h"
#include "ner/namelists.h"
#include "util/intern.h"
#include "ner/decode.h"
#include "ner/eval.h"
#include "ner/features.h"
#include "util/grow.h"

FgNerTrainConfig fg_ner_train_config_default(void) {
  return (FgNerTrainConfig){12,   20261201,    2,   false,
                            false, true, "gum-train", NULL, NULL, 0, NULL, 0, 0};
}

FgStatus fg_ner_train_config_check(const FgNerTrainConfig *cfg,
                                   const char **why) {
  *why = NULL;
  if (cfg->epochs < 1 || cfg->epochs > 1000)
    *why = "epochs must be between 1 and 1000";
  else if (cfg->min_updates > 1000000)
    *why = "min_updates must be at most 1000000";
  else if (cfg->names_hidden_pct > 100)
    *why = "names_hidden_pct must be at most 100";
  else if (!cfg->corpora || strlen(cfg->corpora) >= FG_MODEL_CORPORA_LEN)
    *why = "corpora must be set and shorter than 64 bytes";
  return *why ? FG_ERR_USAGE : FG_OK;
}

/* The training sentences, read once: their atoms and gold moves. */
typedef struct {
  FgNerAtoms atoms;
  uint8_t *gold;
  FgWord *words; /* forms only, for the document memory */
} Sentence;

/* A document: its sentences are sent[first .. first + count). */
typedef struct {
  uint32_t first, count;
} Document;

typedef struct {
  const FgNerTrainConfig *cfg;
  const FgNerGaz *gaz;
  FgDiagFunc diag;
  void *diag_handle;
  FgArena *arena; /* the sentences */
  Sentence *sent;
  size_t count, cap;
  size_t words;
  size_t longest; /* words of the longest sentence */
  Document *docs;
  size_t doc_count, doc_cap;
  FgNerMemory *memory;
  FgNerClusters clusters;
  FgNerNames names;
} Trainer;

static void note(const Trainer *t, FgStatus status, FgSeverity sev,
                 const char *message) {
  if (!t->diag)
    return;
  FgDiag d = {status, sev, "ner-train", 0, 0, message};
  t->diag(t->diag_handle, &d);
}

static bool new_document(Trainer *t) {
  Document *d = fg_grow(t->docs, t->doc_count + 1, &t->doc_cap, sizeof *d);
  if (!d)
    return false;
  t->docs = d;
  t->docs[t->doc_count++] = (Document){(uint32_t)t->count, 0};
  return true;
}

/* Unseen names are not in any list: so that the model does not lean on
 * the lists alone, a fixed share of the words inside gold names (chosen
 * by a hash of the sentence and word, the same every run) is trained
 * with no list marks, as a name nobody listed would be read. */
static void hide_listed_names(const Trainer *t, const uint8_t *gold, size_t n,
                              uint8_t *listed) {
  if (!t->cfg->names_hidden_pct)
    return;
  for (size_t i = 0; i < n; i++) {
    uint64_t at[2] = {t->count, i};
    if (gold[i] != FG_BILOU_O &&
        fg_hash(at, sizeof at) % 100 < t->cfg->names_hidden_pct)
      listed[i] = 0;
  }
}

static FgStatus add_sentence(Trainer *t, const FgNerExample *ex) {
  Sentence *grown = fg_grow(t->sent, t->count + 1, &t->cap, sizeof *grown);
  if (!grown)
    return FG_ERR_NOMEM;
  t->sent = grown;
  if ((ex->newdoc || t->doc_count == 0) && !new_document(t))
    return FG_ERR_NOMEM;
  Sentence *s = &t->sent[t->count];
  uint8_t *marks = fg_arena_alloc_raw(t->arena, ex->n);
  s->gold = fg_arena_alloc_raw(t->arena, ex->n);
  s->words = fg_arena_calloc(t->arena, ex->n, sizeof *s->words);
  if (!marks || !s->gold || !s->words)
    return FG_ERR_NOMEM;
  for (size_t i = 0; i < ex->n; i++) {
    s->words[i].form = fg_arena_strndup(t->arena, ex->words[i].form,
                                        ex->words[i].form_len);
    s->words[i].form_len = ex->words[i].form_len;
    if (!s->words[i].form)
      return FG_ERR_NOMEM;
  }
  if (!fg_bilou_from_spans(ex->spans, ex->span_count, ex->n, s->gold)) {
    note(t, FG_ERR_USAGE, FG_SEV_WARNING,
         "a training sentence with overlapping or bad spans was skipped");
    return FG_OK;
  }
  fg_ner_gaz_mark(t->gaz, ex->words, ex->n, marks);
  uint8_t *listed = fg_arena_alloc_raw(t->arena, ex->n + 1);
  if (!listed)
    return FG_ERR_NOMEM;
  fg_ner_names_mark(t->cfg->names ? &t->names : NULL, ex->words, ex->n, listed);
  hide_listed_names(t, s->gold, ex->n, listed);
  if (!fg_ner_atoms_listed(t->arena, ex->words, ex->n, marks,
                           t->cfg->clusters ? &t->clusters : NULL,
                           t->cfg->names != NULL, listed, t->cfg->use_tags,
                           &s->atoms))
    return FG_ERR_NOMEM;
  t->count++;
  t->docs[t->doc_count - 1].count++;
  t->words += ex->n;
  if (ex->n > t->longest)
    t->longest = ex->n;
  return FG_OK;
}

static FgStatus read_train(Trainer *t, FgNerSource *src) {
  FgStatus st = src->rewind(src->handle);
  FgNerExample ex;
  while (st == FG_OK && (st = src->next(src->handle, &ex)) == FG_OK)
    if (ex.n > 0)
      st = add_sentence(t, &ex);
  return st == FG_NOTHING ? FG_OK : st;
}

/* The best zero-cost move at word i after the moves made so far (a
 * dynamic oracle for BILOU): the gold move while the sentence still agrees
 * with gold; outside a name that gold began earlier, O; inside a name that
 * is already wrong, its quickest end. open is the first word of the name
 * being built (or SIZE_MAX when outside one). */
static uint8_t oracle(const uint8_t *gold, const uint8_t *made, size_t i,
                      size_t open) {
  unsigned gk = fg_bilou_kind(gold[i]);
  if (open == SIZE_MAX)
    return gk == FG_BILOU_I || gk == FG_BILOU_L ? 0 : gold[i];
  unsigned type = fg_bilou_type(made[open]);
  bool same = fg_bilou_kind(gold[open]) == FG_BILOU_B &&
              fg_bilou_type(gold[open]) == type &&
              (gk == FG_BILOU_I || gk == FG_BILOU_L);
  for (size_t k = open + 1; same && k < i; k++)
    same = made[k] == gold[k];
  return same ? gold[i] : (uint8_t)fg_bilou_move(FG_BILOU_L, type);
}

/* Greedy decoding with the perceptron's current weights; the names found
 * go to the document memory, as they would at run time. */
static FgStatus remember(Trainer *t, const FgPerceptron *p,
                         const Sentence *s, uint8_t *moves,
                         FgNerSpan *spans) {
  uint64_t keys[FG_NER_MAX_FEATURES];
  for (size_t i = 0; i < s->atoms.n; i++) {
    int64_t scores[FG_NER_MOVES] = {0};
    uint8_t valid[FG_NER_MOVES];
    size_t nk = fg_ner_features(&s->atoms, i, moves, FG_NER_HASH_SEED, keys);
    fg_perceptron_score(p, keys, nk, scores);
    fg_bilou_valid(i ? moves[i - 1] : FG_NER_MOVES, i, s->atoms.n, valid);
    moves[i] = (uint8_t)fg_argmax(scores, valid, FG_NER_MOVES);
  }
  fg_bilou_to_words(moves, s->words, s->atoms.n);
  size_t count = fg_spans_from_words(s->words, s->atoms.n, spans);
  return fg_ner_memory_add(t->memory, s->words, spans, count);
}

/* One sentence; counts the wrong moves. From the second epoch on, with
 * exploration, the moves made follow the model's own guesses, with the
 * oracle saying what the best move was from there. */
static FgStatus train_sentence(FgPerceptron *p, const Sentence *s,
                               bool explore, uint8_t *made, size_t *errors) {
  uint64_t keys[FG_NER_MAX_FEATURES];
  size_t open = SIZE_MAX;
  for (size_t i = 0; i < s->atoms.n; i++) {
    size_t nk = fg_ner_features(&s->atoms, i, made, FG_NER_HASH_SEED, keys);
    int64_t scores[FG_NER_MOVES] = {0};
    uint8_t valid[FG_NER_MOVES];
    fg_perceptron_score(p, keys, nk, scores);
    fg_bilou_valid(i ? made[i - 1] : FG_NER_MOVES, i, s->atoms.n, valid);
    uint32_t guess = fg_argmax(scores, valid, FG_NER_MOVES);
    uint8_t truth = oracle(s->gold, made, i, open);
    *errors += guess != truth;
    FgStatus st = fg_perceptron_learn(p, keys, nk, truth, guess);
    if (st != FG_OK)
      return st;
    made[i] = explore ? (uint8_t)guess : truth;
    unsigned kind = fg_bilou_kind(made[i]);
    open = kind == FG_BILOU_B   ? i
           : kind == FG_BILOU_I ? open
                                : SIZE_MAX;
  }
  return FG_OK;
}

/* One pass over the documents in a shuffled order, each document's
 * sentences in their order, with the document memory. */
static FgStatus train_epoch(Trainer *t, FgPerceptron *p, uint32_t epoch,
                            uint32_t *order, uint8_t *made, FgNerSpan *spans,
                            size_t *errors) {
  FgRng rng = fg_rng_init(t->cfg->seed, epoch);
  fg_shuffle_u32(order, t->doc_count, &rng);
  *errors = 0;
  bool explore = t->cfg->explore && epoch > 1;
  FgStatus st = FG_OK;
  for (size_t d = 0; d < t->doc_count && st == FG_OK; d++) {
    const Document *doc = &t->docs[order[d]];
    fg_ner_memory_clear(t->memory);
    FgNerMemory *memory = t->cfg->use_memory ? t->memory : NULL;
    for (uint32_t k = 0; k < doc->count && st == FG_OK; k++) {
      Sentence *s = &t->sent[doc->first + k];
      fg_ner_atoms_recall(&s->atoms, s->words, memory);
      st = train_sentence(p, s, explore, made, errors);
      if (st == FG_OK && memory)
        st = remember(t, p, s, made, spans);
    }
  }
  return st;
}

/* The model file of the perceptron's current averages. */
static FgStatus build_model(const Trainer *t, const FgPerceptron *p,
                            uint32_t epochs, FgBuf *out) {
  FgModelInfo info = {FG_MODEL_KIND_NER,
                      fg_ner_templates_hash(t->cfg->clusters != NULL,
                                            t->cfg->names != NULL),
                      FG_NER_HASH_SEED, t->cfg->seed, epochs, {0}};
  snprintf(info.corpora, sizeof info.corpora, "%s", t->cfg->corpora);
  FgModelWriter *w = fg_model_writer_new(&info);
  FgBuf cfg, weights;
  fg_buf_init(&cfg);
  fg_buf_init(&weights);
  FgStatus st = w ? FG_OK : FG_ERR_NOMEM;
  uint32_t flags = (t->cfg->use_tags ? 1u : 0u) | (t->cfg->use_memory ? 2u : 0u);
  if (st == FG_OK && (!fg_le_put_u32(&cfg, flags) ||
                      !fg_le_put_u32(&cfg, FG_NER_MOVES)))
    st = FG_ERR_NOMEM;
  if (st == FG_OK)
    st = fg_model_writer_add(w, FG_NER_SECTION_CONFIG, cfg.data, cfg.len);
  if (st == FG_OK && t->cfg->clusters)
    st = fg_model_writer_add(w, FG_NER_SECTION_CLUSTERS, t->cfg->clusters,
                             t->cfg->clusters_len);
  if (st == FG_OK && t->cfg->names)
    st = fg_model_writer_add(w, FG_NER_SECTION_NAMES, t->cfg->names,
                             t->cfg->names_len);
  if (st == FG_OK)
    st = fg_perceptron_freeze(p, t->cfg->min_updates, &weights);
  if (st == FG_OK)
    st = fg_model_writer_add(w, FG_NER_SECTION_WEIGHTS, weights.data,
                             weights.len);
  if (st == FG_OK)
    st = fg_model_writer_bytes(w, out);
  fg_buf_free(&cfg);
  fg_buf_free(&weights);
  fg_model_writer_free(w);
  return st;
}

/* Micro F1 on dev, each type on its own (Country is not Place). */
static FgStatus score_dev(const Trainer *t, const FgNer *ner,
                          FgNerSource *dev, FgNerScore *score) {
  memset(score, 0, sizeof *score);
  FgArena *arena = fg_arena_new();
  FgNerMemory *memory = fg_ner_memory_new();
  FgStatus st = arena && memory ? dev->rewind(dev->handle) : FG_ERR_NOMEM;
  FgNerExample ex;
  while (st == FG_OK && (st = dev->next(dev->handle, &ex)) == FG_OK) {
    fg_arena_reset(arena);
    FgWord *words = fg_arena_calloc(arena, ex.n + 1, sizeof *words);
    FgNerSpan *spans = fg_arena_calloc(arena, ex.n + 1, sizeof *spans);
    if (!words || !spans) {
      st = FG_ERR_NOMEM;
      break;
    }
    memcpy(words, ex.words, ex.n * sizeof *words);
    if (ex.newdoc)
      fg_ner_memory_clear(memory);
    st = fg_ner_predict_in(ner, t->gaz, memory, words, ex.n, arena);
    size_t count = fg_spans_from_words(words, ex.n, spans);
    fg_ner_score_add(score, ex.spans, ex.span_count, spans, count,
                     FG_NER_MAP_STRICT);
  }
  fg_arena_free(arena);
  fg_ner_memory_free(memory);
  return st == FG_NOTHING ? FG_OK : st;
}

static FgStatus run_epochs(Trainer *t, FgPerceptron *p, FgNerSource *dev,
                           FgBuf *out) {
  uint32_t *order = malloc((t->doc_count + 1) * sizeof *order);
  uint8_t *made = malloc(t->longest + 1);
  FgNerSpan *spans = malloc((t->longest + 1) * sizeof *spans);
  if (!order || !made || !spans) {
    free(order);
    free(made);
    free(spans);
    return FG_ERR_NOMEM;
  }
  for (size_t k = 0; k < t->doc_count; k++)
    order[k] = (uint32_t)k;
  FgBuf bytes;
  fg_buf_init(&bytes);
  double best = -1;
  FgStatus st = FG_OK;
  for (uint32_t e = 1; e <= t->cfg->epochs && st == FG_OK; e++) {
    clock_t start = clock();
    size_t errors = 0;
    st = train_epoch(t, p, e, order, made, spans, &errors);
    if (st == FG_OK)
      st = build_model(t, p, e, &bytes);
    FgNer *ner = NULL;
    if (st == FG_OK && dev)
      st = fg_ner_open_memory(bytes.data, bytes.len, "(trained)", t->diag,
                              t->diag_handle, &ner);
    FgNerScore score;
    memset(&score, 0, sizeof score);
    if (st == FG_OK && dev)
      st = score_dev(t, ner, dev, &score);
    double f1 = dev ? fg_ner_score_prf(&score, FG_NER_NONE).f1 : (double)e;
    char msg[256];
    snprintf(msg, sizeof msg,
             "epoch %u: %zu wrong moves of %zu, dev F1 %.2f, %zu features, "
             "model %zu bytes, %.1f s",
             e, errors, t->words, f1, fg_perceptron_features(p), bytes.len,
             (double)(clock() - start) / CLOCKS_PER_SEC);
    fg_ner_free(ner);
    if (st != FG_OK)
      break;
    note(t, FG_OK, FG_SEV_INFO, msg);
    if (f1 >= best) { /* on a tie, the longer averaged model */
      best = f1;
      fg_buf_clear(out);
      if (!fg_buf_append(out, bytes.data, bytes.len))
        st = FG_ERR_NOMEM;
    }
    if (t->cfg->stop && *t->cfg->stop)
      break;
  }
  fg_buf_free(&bytes);
  free(order);
  free(made);
  free(spans);
  return st;
}

FgStatus fg_ner_train(const FgNerTrainConfig *cfg, const FgNerGaz *gaz,
                      FgNerSource *train, FgNerSource *dev, FgDiagFunc diag,
                      void *diag_handle, FgBuf *out) {
  const char *why = NULL;
  if (!cfg || !train || !out)
    return FG_ERR_USAGE;
  Trainer t = {cfg,  gaz, diag, diag_handle, fg_arena_new(), NULL, 0, 0, 0,
               0,    NULL, 0,    0,           fg_ner_memory_new(), {0}, {0}};
  if (fg_ner_train_config_check(cfg, &why) != FG_OK) {
    note(&t, FG_ERR_USAGE, FG_SEV_ERROR, why);
    fg_arena_free(t.arena);
    fg_ner_memory_free(t.memory);
    return FG_ERR_USAGE;
  }
  FgPerceptron *p = fg_perceptron_new(FG_NER_MOVES);
  FgStatus st = t.arena && p && t.memory ? FG_OK : FG_ERR_NOMEM;
  if (st == FG_OK && cfg->clusters)
    st = fg_ner_clusters_load(cfg->clusters, cfg->clusters_len, &t.clusters);
  if (st == FG_OK && cfg->names)
    st = fg_ner_names_load(cfg->names, cfg->names_len, &t.names);
  if (st == FG_OK)
    st = read_train(&t, train);
  if (st == FG_OK && t.count == 0) {
    note(&t, FG_NOTHING, FG_SEV_ERROR, "no training sentences");
    st = FG_NOTHING;
  }
  if (st == FG_OK)
    st = run_epochs(&t, p, dev, out);
  fg_perceptron_free(p);
  fg_ner_clusters_free(&t.clusters);
  fg_ner_names_free(&t.names);
  fg_ner_memory_free(t.memory);
  free(t.docs);
  free(t.sent);
  fg_arena_free(t.arena);
  return st;
}
