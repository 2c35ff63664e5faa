/* SPDX-License-Identifier: MIT */
#include "tag/tag_train.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "learn/feature.h"
#include "learn/le.h"
#include "learn/model.h"
#include "learn/perceptron.h"
#include "tag/features.h"
#include "tag/tag.h"
#include "util/arena.h"
#include "util/grow.h"
#include "util/intern.h"

/* Dictionary thresholds: a word enters with this many occurrences; it is
 * "sure" (looked up, never scored) with SURE_MIN occurrences all of one
 * tag; a tag joins a word's ambiguity class with AMB_SHARE percent. */
#define DICT_MIN 3
#define SURE_MIN 20
#define AMB_SHARE 1
/* The second pass learns from first-pass tags of the train words that a
 * first pass trained without them predicts (as it will meet them on new
 * text), in this many folds. */
#define JACKKNIFE_FOLDS 4

typedef struct {
  FgArena *strings;
  FgWord *words;
  uint32_t *gold; /* label id (train) */
  size_t nwords, cap_words, cap_gold;
  size_t *starts; /* sentence s: words [starts[s], starts[s + 1]) */
  size_t nsent, cap_starts;
} Data;

static void data_free(Data *d) {
  fg_arena_free(d->strings);
  free(d->words);
  free(d->gold);
  free(d->starts);
}

/* "UPOS\tXPOS\tFEATS" of a gold word, feats filtered. */
static bool label_of(const FgWord *w, char *out, size_t cap) {
  char feats[256];
  if (fg_tag_feats_filter(w->feats, feats, sizeof feats) == SIZE_MAX)
    return false;
  int len = snprintf(out, cap, "%s\t%s\t%s", fg_upos_name(w->upos),
                     w->xpos ? w->xpos : "_", feats);
  return len > 0 && (size_t)len < cap && w->upos != FG_UPOS_NONE &&
         strlen(w->xpos ? w->xpos : "_") < 256;
}

static char *keep(Data *d, const char *s) {
  return s ? fg_arena_strdup(d->strings, s) : NULL;
}

/* Appends one sentence; labels (when not NULL) interns each word's label. */
static FgStatus add_sentence(Data *d, const FgCorpusSentence *s,
                             FgIntern *labels) {
  size_t *starts = fg_grow(d->starts, d->nsent + 2, &d->cap_starts,
                           sizeof *d->starts);
  if (!starts)
    return FG_ERR_NOMEM;
  d->starts = starts;
  d->starts[d->nsent] = d->nwords;
  for (size_t i = 0; i < s->n; i++) {
    FgWord *words = fg_grow(d->words, d->nwords + 1, &d->cap_words,
                            sizeof *d->words);
    if (!words)
      return FG_ERR_NOMEM;
    d->words = words;
    uint32_t *gold = fg_grow(d->gold, d->nwords + 1, &d->cap_gold,
                             sizeof *d->gold);
    if (!gold)
      return FG_ERR_NOMEM;
    d->gold = gold;
    FgWord w = s->words[i];
    char feats[256];
    if (fg_tag_feats_filter(w.feats, feats, sizeof feats) == SIZE_MAX)
      feats[0] = '\0';
    w.form = keep(d, w.form ? w.form : "");
    w.lemma = keep(d, w.lemma);
    w.xpos = keep(d, w.xpos ? w.xpos : "_");
    w.feats = feats[0] ? keep(d, feats) : NULL;
    w.deprel = NULL;
    if (!w.form || !w.xpos || (feats[0] && !w.feats))
      return FG_ERR_NOMEM;
    uint32_t id = UINT32_MAX;
    char label[600];
    if (labels && label_of(&w, label, sizeof label)) {
      id = fg_intern_add_str(labels, label);
      if (id == FG_NO_ID)
        return FG_ERR_NOMEM;
    }
    d->words[d->nwords] = w;
    d->gold[d->nwords++] = id;
  }
  d->nsent++;
  d->starts[d->nsent] = d->nwords;
  return FG_OK;
}

static FgStatus read_corpus(FgCorpus *corpus, Data *d, FgIntern *labels) {
  FgCorpusSentence s;
  FgStatus st;
  while ((st = fg_corpus_next(corpus, &s)) == FG_OK)
    if ((st = add_sentence(d, &s, labels)) != FG_OK)
      return st;
  return st == FG_NOTHING ? FG_OK : st;
}

/* ---- tag set ---- */

typedef struct {
  const char *label;
  uint32_t id;
} Named;

static int cmp_named(const void *a, const void *b) {
  return strcmp(((const Named *)a)->label, ((const Named *)b)->label);
}

/* Renumbers labels in sorted order (so ids do not depend on the order
 * they were met) and writes the TLAB section. */
static FgStatus sort_tagset(FgIntern *labels, Data *d, FgBuf *section,
                           uint32_t **coarse) {
  size_t n = fg_intern_count(labels);
  Named *order = malloc((n + 1) * sizeof *order);
  uint32_t *rank = malloc((n + 1) * sizeof *rank);
  if (!order || !rank) {
    free(order);
    free(rank);
    return FG_ERR_NOMEM;
  }
  for (uint32_t i = 0; i < n; i++)
    order[i] = (Named){fg_intern_str(labels, i), i};
  qsort(order, n, sizeof *order, cmp_named);
  for (uint32_t i = 0; i < n; i++)
    rank[order[i].id] = i;
  /* classes sharing UPOS and XPOS are adjacent in sorted order */
  *coarse = malloc((n + 1) * sizeof **coarse);
  if (!*coarse) {
    free(order);
    free(rank);
    return FG_ERR_NOMEM;
  }
  for (uint32_t i = 0; i < n; i++) {
    size_t prefix = (size_t)(strrchr(order[i].label, '\t') - order[i].label);
    bool same_tag = i > 0 &&
                    strncmp(order[i].label, order[i - 1].label, prefix + 1) == 0;
    (*coarse)[i] = same_tag ? (*coarse)[i - 1] : i;
  }
  for (size_t i = 0; i < d->nwords; i++)
    if (d->gold[i] != UINT32_MAX)
      d->gold[i] = rank[d->gold[i]];
  fg_buf_clear(section);
  bool ok = fg_le_put_u32(section, (uint32_t)n);
  for (size_t i = 0; ok && i < n; i++) {
    const char *label = order[i].label;
    const char *tab1 = strchr(label, '\t'), *tab2 = strchr(tab1 + 1, '\t');
    char upos[16];
    snprintf(upos, sizeof upos, "%.*s", (int)(tab1 - label), label);
    size_t xlen = (size_t)(tab2 - tab1 - 1), flen = strlen(tab2 + 1);
    ok = fg_buf_append_char(section, (char)fg_upos_from_name(upos)) &&
         fg_buf_append_char(section, (char)xlen) &&
         fg_le_put_u16(section, (uint16_t)flen) &&
         fg_buf_append(section, tab1 + 1, xlen) &&
         fg_buf_append(section, tab2 + 1, flen);
  }
  free(order);
  free(rank);
  return ok ? FG_OK : FG_ERR_NOMEM;
}

/* ---- dictionary ---- */

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}

static int cmp_entry(const void *a, const void *b) {
  return cmp_u64(&((const FgTagDictEntry *)a)->key,
                 &((const FgTagDictEntry *)b)->key);
}

/* One dictionary entry from the sorted (form, class) pairs of one form;
 * coarse maps a class to its UPOS and XPOS, which make the ambiguity
 * class (the features would split it too finely). */
static bool dict_entry(const uint64_t *pairs, size_t n, const char *form,
                       const uint32_t *coarse, uint64_t seed,
                       FgTagDictEntry *out) {
  if (n < DICT_MIN)
    return false;
  uint32_t classes[64];
  size_t nc = 0, distinct = 0;
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && pairs[j] == pairs[i])
      j++;
    distinct++;
    uint32_t tag = coarse[(uint32_t)pairs[i]];
    if ((j - i) * 100 >= n * AMB_SHARE && nc < 64 &&
        (nc == 0 || classes[nc - 1] != tag))
      classes[nc++] = tag;
    i = j;
  }
  out->key = fg_tag_word_key(form, strlen(form), seed);
  out->amb = fg_hash_seeded(classes, nc * sizeof *classes, seed ^ 0xa3b);
  out->sure = (uint16_t)(distinct == 1 && n >= SURE_MIN
                             ? (uint32_t)pairs[0] + 1
                             : 0);
  return true;
}

static FgStatus build_dict(const Data *d, const uint32_t *coarse,
                           uint64_t seed, FgBuf *section, FgTagDict **dict) {
  FgIntern *forms = fg_intern_new();
  uint64_t *pairs = malloc((d->nwords + 1) * sizeof *pairs);
  FgTagDictEntry *entries = malloc((d->nwords + 1) * sizeof *entries);
  FgStatus st = forms && pairs && entries ? FG_OK : FG_ERR_NOMEM;
  size_t np = 0, ne = 0;
  for (size_t i = 0; st == FG_OK && i < d->nwords; i++) {
    if (d->gold[i] == UINT32_MAX)
      continue;
    uint32_t id = fg_intern_add_str(forms, d->words[i].form);
    if (id == FG_NO_ID)
      st = FG_ERR_NOMEM;
    pairs[np++] = ((uint64_t)id << 32) | d->gold[i];
  }
  if (st == FG_OK) {
    qsort(pairs, np, sizeof *pairs, cmp_u64);
    for (size_t i = 0; i < np;) {
      size_t j = i;
      while (j < np && pairs[j] >> 32 == pairs[i] >> 32)
        j++;
      const char *form = fg_intern_str(forms, (uint32_t)(pairs[i] >> 32));
      ne += dict_entry(pairs + i, j - i, form, coarse, seed, &entries[ne]);
      i = j;
    }
    qsort(entries, ne, sizeof *entries, cmp_entry);
    size_t kept = 0; /* drop the (never seen) case of two forms, one key */
    for (size_t i = 0; i < ne; i++)
      if (!kept || entries[kept - 1].key != entries[i].key)
        entries[kept++] = entries[i];
    ne = kept;
    st = fg_tag_dict_write(entries, ne, section);
  }
  if (st == FG_OK) {
    *dict = fg_tag_dict_new(entries, ne);
    if (!*dict)
      st = FG_ERR_NOMEM;
  }
  fg_intern_free(forms);
  free(pairs);
  free(entries);
  return st;
}

/* ---- epochs ---- */

typedef struct {
  const FgTrainConfig *config;
  Data train, dev;
  uint32_t nclasses;
  FgBuf labels, dict_bytes, weights, file, best;
  FgBuf first_weights; /* the kept first pass's, while the second trains */
  FgTagDict *dict;
  FgBuf names_bytes;   /* the TNAM section; empty: no name lists */
  FgBuf classes_bytes; /* the TWCL section; empty: no word classes */
  FgNerNames names;
  FgWordClasses classes;
  FgTagLexicon lexicon; /* names and classes when loaded, else NULL */
  uint64_t *keys; /* FG_TAG_STATIC_KEYS per train word */
  FgTagAtoms *atoms;
  uint32_t *first; /* jackknifed first-pass class per train word; NULL
                      while a first pass trains */
  FgPerceptron *perceptron;
} Trainer;

/* Which train sentences an epoch visits: all (folds 0), or those not in
 * fold held (sentence s is in fold s % folds). */
typedef struct {
  uint32_t folds, held;
} Subset;

static FgStatus precompute(Trainer *t) {
  Data *d = &t->train;
  t->keys = malloc((d->nwords * FG_TAG_STATIC_KEYS + 1) * sizeof *t->keys);
  t->atoms = malloc((d->nwords + 1) * sizeof *t->atoms);
  bool names = t->lexicon.names != NULL;
  uint8_t *marks = names ? malloc(d->nwords + 1) : NULL;
  if (!t->keys || !t->atoms || (names && !marks)) {
    free(marks);
    return FG_ERR_NOMEM;
  }
  uint64_t seed = t->config->hash_seed;
  for (size_t s = 0; s < d->nsent; s++) {
    size_t first = d->starts[s], n = d->starts[s + 1] - first;
    fg_tag_atoms(d->words + first, n, t->dict, &t->lexicon, marks, seed,
                 t->atoms + first);
    for (size_t i = 0; i < n; i++)
      fg_tag_static_keys(d->words + first, t->atoms + first, n, i, seed,
                         t->keys + (first + i) * FG_TAG_STATIC_KEYS);
  }
  free(marks);
  return FG_OK;
}

/* One greedy pass over train sentence s, learning from every word. */
static FgStatus train_sentence(Trainer *t, size_t s, int64_t *scores,
                               size_t *errors) {
  const Data *d = &t->train;
  size_t first = d->starts[s], n = d->starts[s + 1] - first;
  uint64_t keys[FG_TAG_MAX_KEYS];
  size_t nkeys = t->first ? FG_TAG_KEYS2 : FG_TAG_KEYS;
  uint32_t prev2 = UINT32_MAX, prev1 = UINT32_MAX;
  for (size_t i = first; i < first + n; i++) {
    uint32_t guess, truth = d->gold[i];
    if (t->atoms[i].sure) {
      guess = t->atoms[i].sure - 1;
    } else {
      memcpy(keys, t->keys + i * FG_TAG_STATIC_KEYS,
             FG_TAG_STATIC_KEYS * sizeof *keys);
      fg_tag_history_keys(t->atoms + first, i - first, prev2, prev1,
                          t->config->hash_seed, keys + FG_TAG_STATIC_KEYS);
      if (t->first)
        fg_tag_right_keys(t->atoms + first, n, i - first, t->first + first,
                          prev1, t->config->hash_seed, keys + FG_TAG_KEYS);
      size_t all = nkeys + fg_tag_lexicon_keys(t->atoms + first, n, i - first,
                                               &t->lexicon, prev1,
                                               t->config->hash_seed,
                                               keys + nkeys);
      memset(scores, 0, t->nclasses * sizeof *scores);
      fg_perceptron_score(t->perceptron, keys, all, scores);
      guess = fg_argmax(scores, NULL, t->nclasses);
      if (truth != UINT32_MAX) {
        FgStatus st = fg_perceptron_learn(t->perceptron, keys, all,
                                          truth, guess);
        if (st != FG_OK)
          return st;
      }
    }
    *errors += guess != truth;
    prev2 = prev1;
    prev1 = guess;
  }
  return FG_OK;
}

/* The model with the weights being trained: a one-pass model while a
 * first pass trains, else the kept first pass and this second pass. */
static FgStatus model_bytes(Trainer *t, uint32_t epochs) {
  const FgBuf *first = t->first ? &t->first_weights : &t->weights;
  bool two_pass = t->first != NULL;
  bool classes = t->classes_bytes.len > 0;
  FgTrainSection sections[6] = {
      {FG_TAG_SEC_LABELS, t->labels.data, t->labels.len},
      {FG_TAG_SEC_DICT, t->dict_bytes.data, t->dict_bytes.len},
      {FG_TAG_SEC_WEIGHTS, first->data, first->len}};
  size_t n = 3;
  if (two_pass)
    sections[n++] = (FgTrainSection){FG_TAG_SEC_WEIGHTS2, t->weights.data,
                                     t->weights.len};
  if (t->names_bytes.len)
    sections[n++] = (FgTrainSection){FG_TAG_SEC_NAMES, t->names_bytes.data,
                                     t->names_bytes.len};
  if (classes)
    sections[n++] = (FgTrainSection){FG_TAG_SEC_WORD_CLASSES,
                                     t->classes_bytes.data,
                                     t->classes_bytes.len};
  return fg_train_model_bytes(t->config, FG_MODEL_KIND_TAGGER,
                              fg_tag_lexicon_template_hash(
                                  two_pass, t->names_bytes.len > 0, classes),
                              epochs, sections, n, &t->file);
}

static bool same(const char *a, const char *b) {
  return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Dev accuracies (per 10,000) of UPOS, XPOS and FEATS with the real
 * decoder on the model in t->file. */
static FgStatus score_dev(Trainer *t, unsigned acc[3]) {
  FgTagger *tagger = NULL;
  FgStatus st = fg_tagger_open_memory(t->file.data, t->file.len, "(training)",
                                      NULL, NULL, &tagger);
  FgArena *arena = fg_arena_new();
  FgWord *copy = malloc((t->dev.nwords + 1) * sizeof *copy);
  if (st == FG_OK && (!arena || !copy))
    st = FG_ERR_NOMEM;
  size_t right[3] = {0, 0, 0};
  const Data *d = &t->dev;
  if (st == FG_OK)
    memcpy(copy, d->words, d->nwords * sizeof *copy);
  for (size_t s = 0; st == FG_OK && s < d->nsent; s++) {
    size_t first = d->starts[s], n = d->starts[s + 1] - first;
    fg_arena_reset(arena);
    st = fg_tagger_predict(tagger, copy + first, n, arena);
    for (size_t i = first; st == FG_OK && i < first + n; i++) {
      right[0] += copy[i].upos == d->words[i].upos;
      right[1] += same(copy[i].xpos, d->words[i].xpos);
      right[2] += same(copy[i].feats, d->words[i].feats);
    }
  }
  for (int k = 0; k < 3; k++)
    acc[k] = d->nwords ? (unsigned)(right[k] * 10000 / d->nwords) : 0;
  fg_arena_free(arena);
  free(copy);
  fg_tagger_free(tagger);
  return st;
}

/* Trains t->perceptron (new) for up to max_epochs epochs over the subset,
 * keeping in t->best the model of the best dev epoch (the last when dev
 * is not scored) and its weights in t->weights; *epochs gets its number. */
static FgStatus run_epochs(Trainer *t, Subset subset, uint32_t max_epochs,
                           bool score, uint32_t *epochs) {
  const FgTrainConfig *c = t->config;
  uint32_t *order = malloc((t->train.nsent + 1) * sizeof *order);
  int64_t *scores = malloc(t->nclasses * sizeof *scores);
  if (!order || !scores) {
    free(order);
    free(scores);
    return FG_ERR_NOMEM;
  }
  uint32_t nsent = 0;
  for (uint32_t s = 0; s < t->train.nsent; s++)
    if (!subset.folds || s % subset.folds != subset.held)
      order[nsent++] = s;
  unsigned best = 0, since_best = 0, best_epoch = 0;
  FgBuf best_weights;
  fg_buf_init(&best_weights);
  FgStatus st = FG_OK;
  for (uint32_t e = 1; st == FG_OK && e <= max_epochs; e++) {
    clock_t start = clock();
    FgRng rng = fg_rng_init(c->seed, e);
    fg_shuffle_u32(order, nsent, &rng);
    size_t errors = 0;
    for (size_t k = 0; st == FG_OK && k < nsent; k++) {
      if (c->stop && *c->stop)
        st = FG_NOTHING;
      else
        st = train_sentence(t, order[k], scores, &errors);
    }
    if (st == FG_OK)
      st = fg_perceptron_freeze(t->perceptron, c->min_updates, &t->weights);
    if (st == FG_OK)
      st = model_bytes(t, e);
    unsigned acc[3] = {0, 0, 0};
    if (st == FG_OK && score && t->dev.nwords)
      st = score_dev(t, acc);
    if (st != FG_OK)
      break;
    char msg[256];
    snprintf(msg, sizeof msg,
             "tagger %s epoch %u: %zu train errors of %zu, dev UPOS %u.%02u "
             "XPOS %u.%02u FEATS %u.%02u, %zu features, %.1f s",
             !score ? "jackknife" : t->first ? "pass 2" : "pass 1", e, errors,
             t->train.nwords, acc[0] / 100, acc[0] % 100,
             acc[1] / 100, acc[1] % 100, acc[2] / 100, acc[2] % 100,
             fg_perceptron_features(t->perceptron),
             (double)(clock() - start) / CLOCKS_PER_SEC);
    fg_train_info(c, msg);
    if (best_epoch == 0 || acc[0] > best || !score || !t->dev.nwords) {
      best = acc[0];
      best_epoch = e;
      since_best = 0;
      fg_buf_clear(&t->best);
      fg_buf_clear(&best_weights);
      if (!fg_buf_append(&t->best, t->file.data, t->file.len) ||
          !fg_buf_append(&best_weights, t->weights.data, t->weights.len))
        st = FG_ERR_NOMEM;
    } else if (c->patience && ++since_best >= c->patience)
      break;
  }
  if (st == FG_NOTHING && best_epoch)
    st = FG_OK; /* stopped: keep the best epoch so far */
  fg_buf_clear(&t->weights);
  if (st == FG_OK &&
      !fg_buf_append(&t->weights, best_weights.data, best_weights.len))
    st = FG_ERR_NOMEM;
  *epochs = best_epoch;
  fg_buf_free(&best_weights);
  free(order);
  free(scores);
  return st;
}

static FgStatus new_perceptron(Trainer *t) {
  fg_perceptron_free(t->perceptron);
  t->perceptron = fg_perceptron_new(t->nclasses);
  return t->perceptron ? FG_OK : FG_ERR_NOMEM;
}

/* Fills first[] for the train sentences of fold held with the first pass
 * of a model trained epochs epochs on the other folds. */
static FgStatus jackknife_fold(Trainer *t, uint32_t held, uint32_t epochs,
                               uint32_t *first) {
  uint32_t kept;
  FgStatus st = new_perceptron(t);
  if (st == FG_OK)
    st = run_epochs(t, (Subset){JACKKNIFE_FOLDS, held}, epochs, false, &kept);
  FgTagger *tagger = NULL;
  if (st == FG_OK)
    st = fg_tagger_open_memory(t->best.data, t->best.len, "(jackknife)", NULL,
                               NULL, &tagger);
  FgArena *arena = fg_arena_new();
  if (st == FG_OK && !arena)
    st = FG_ERR_NOMEM;
  const Data *d = &t->train;
  for (size_t s = held; st == FG_OK && s < d->nsent; s += JACKKNIFE_FOLDS) {
    fg_arena_reset(arena);
    st = fg_tagger_first_pass(tagger, d->words + d->starts[s],
                              d->starts[s + 1] - d->starts[s], arena,
                              first + d->starts[s]);
  }
  fg_arena_free(arena);
  fg_tagger_free(tagger);
  return st;
}

/* The first pass (early-stopped on dev), the jackknifed first-pass tags of
 * the train words, then the second pass (early-stopped on dev); t->best
 * gets the two-pass model. */
static FgStatus train_passes(Trainer *t) {
  const FgTrainConfig *c = t->config;
  uint32_t epochs = 0, kept;
  uint32_t *first = malloc((t->train.nwords + 1) * sizeof *first);
  FgStatus st = first ? new_perceptron(t) : FG_ERR_NOMEM;
  if (st == FG_OK)
    st = run_epochs(t, (Subset){0, 0}, c->max_epochs, true, &epochs);
  if (st == FG_OK && !fg_buf_append(&t->first_weights, t->weights.data,
                                    t->weights.len))
    st = FG_ERR_NOMEM;
  FgBuf one_pass; /* kept when a stop request comes before the second */
  fg_buf_init(&one_pass);
  if (st == FG_OK && !fg_buf_append(&one_pass, t->best.data, t->best.len))
    st = FG_ERR_NOMEM;
  for (uint32_t f = 0; st == FG_OK && f < JACKKNIFE_FOLDS; f++)
    st = jackknife_fold(t, f, epochs, first);
  if (st == FG_OK) {
    t->first = first;
    st = new_perceptron(t);
  }
  if (st == FG_OK)
    st = run_epochs(t, (Subset){0, 0}, c->max_epochs, true, &kept);
  if (st == FG_NOTHING) {
    fg_buf_clear(&t->best);
    st = fg_buf_append(&t->best, one_pass.data, one_pass.len) ? FG_OK
                                                              : FG_ERR_NOMEM;
  }
  t->first = NULL;
  fg_buf_free(&one_pass);
  free(first);
  return st;
}

static FgStatus train_tagger(FgCorpus *const *train, size_t ntrain,
                             FgCorpus *dev, const FgTrainConfig *config,
                             const FgTagLexiconFiles *files, bool two_pass,
                             FgBuf *out) {
  FgStatus st = fg_train_config_check(config);
  const char *names_dir = files ? files->names_dir : NULL;
  const char *classes_path = files ? files->classes_path : NULL;
  if (st != FG_OK)
    return st;
  Trainer t = {0};
  t.config = config;
  t.train.strings = fg_arena_new();
  t.dev.strings = fg_arena_new();
  FgIntern *labels = fg_intern_new();
  uint32_t *coarse = NULL;
  fg_buf_init(&t.labels);
  fg_buf_init(&t.dict_bytes);
  fg_buf_init(&t.weights);
  fg_buf_init(&t.file);
  fg_buf_init(&t.best);
  fg_buf_init(&t.first_weights);
  fg_buf_init(&t.names_bytes);
  fg_buf_init(&t.classes_bytes);
  if (names_dir && st == FG_OK &&
      (st = fg_ner_names_build(names_dir, &t.names_bytes)) == FG_OK)
    st = fg_ner_names_load((const uint8_t *)t.names_bytes.data,
                           t.names_bytes.len, &t.names);
  if (classes_path && st == FG_OK &&
      (st = fg_word_classes_build(classes_path, &t.classes_bytes)) == FG_OK)
    st = fg_word_classes_load((const uint8_t *)t.classes_bytes.data,
                              t.classes_bytes.len, &t.classes);
  t.lexicon = (FgTagLexicon){names_dir ? &t.names : NULL,
                             classes_path ? &t.classes : NULL};
  if (st == FG_OK && (!t.train.strings || !t.dev.strings || !labels))
    st = FG_ERR_NOMEM;
  for (size_t i = 0; st == FG_OK && i < ntrain; i++)
    st = read_corpus(train[i], &t.train, labels);
  if (st == FG_OK && dev)
    st = read_corpus(dev, &t.dev, NULL);
  if (st == FG_OK && fg_intern_count(labels) == 0)
    st = FG_ERR_USAGE;
  if (st == FG_OK && fg_intern_count(labels) > FG_PERCEPTRON_MAX_CLASSES)
    st = FG_ERR_USAGE;
  if (st == FG_OK)
    st = sort_tagset(labels, &t.train, &t.labels, &coarse);
  t.nclasses = (uint32_t)fg_intern_count(labels);
  if (st == FG_OK)
    st = build_dict(&t.train, coarse, config->hash_seed, &t.dict_bytes,
                    &t.dict);
  if (st == FG_OK)
    st = precompute(&t);
  if (st == FG_OK && two_pass)
    st = train_passes(&t);
  uint32_t epochs;
  if (st == FG_OK && !two_pass && (st = new_perceptron(&t)) == FG_OK)
    st = run_epochs(&t, (Subset){0, 0}, config->max_epochs, true, &epochs);
  if (st == FG_OK) {
    fg_buf_clear(out);
    if (!fg_buf_append(out, t.best.data, t.best.len))
      st = FG_ERR_NOMEM;
  }
  fg_perceptron_free(t.perceptron);
  fg_tag_dict_free(t.dict);
  free(t.keys);
  free(t.atoms);
  fg_ner_names_free(&t.names);
  fg_word_classes_free(&t.classes);
  fg_buf_free(&t.names_bytes);
  fg_buf_free(&t.classes_bytes);
  fg_intern_free(labels);
  free(coarse);
  data_free(&t.train);
  data_free(&t.dev);
  fg_buf_free(&t.labels);
  fg_buf_free(&t.dict_bytes);
  fg_buf_free(&t.weights);
  fg_buf_free(&t.file);
  fg_buf_free(&t.best);
  fg_buf_free(&t.first_weights);
  return st;
}

FgStatus fg_tagger_train(FgCorpus *const *train, size_t ntrain, FgCorpus *dev,
                         const FgTrainConfig *config, FgBuf *out) {
  return train_tagger(train, ntrain, dev, config, NULL, false, out);
}

FgStatus fg_tagger_train_two_pass(FgCorpus *const *train, size_t ntrain,
                                  FgCorpus *dev, const FgTrainConfig *config,
                                  FgBuf *out) {
  return train_tagger(train, ntrain, dev, config, NULL, true, out);
}

FgStatus fg_tagger_train_lexicon(FgCorpus *const *train, size_t ntrain,
                                 FgCorpus *dev, const FgTrainConfig *config,
                                 const FgTagLexiconFiles *files, bool two_pass,
                                 FgBuf *out) {
  return train_tagger(train, ntrain, dev, config, files, two_pass, out);
}
