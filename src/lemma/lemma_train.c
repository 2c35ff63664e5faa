/* SPDX-License-Identifier: MIT */
#include "lemma/lemma_train.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "learn/feature.h"
#include "learn/le.h"
#include "learn/model.h"
#include "learn/perceptron.h"
#include "lemma/features.h"
#include "lemma/lemma.h"
#include "util/arena.h"
#include "util/grow.h"
#include "util/intern.h"

/* An edit class is kept when this many word types use it; the others'
 * words become exceptions. */
#define CLASS_MIN_TYPES 2

/* One (form, UPOS, XPOS) type with its most frequent gold lemma. */
typedef struct {
  FgWord word; /* form, upos, xpos, lemma (gold) */
  uint32_t count;
  uint32_t cls; /* UINT32_MAX when its edit class was dropped */
} Type;

typedef struct {
  const FgTrainConfig *config;
  FgArena *strings;
  Type *types;
  size_t ntypes, cap_types;
  size_t ntrained; /* the types the classifier learns from: the first */
  FgWord *dev;
  size_t ndev, cap_dev;
  FgLemmaEdit *edits;
  uint32_t nclasses;
  uint64_t *keys; /* FG_LEMMA_KEYS per type */
  FgPerceptron *perceptron;
  FgBuf classes, exceptions, weights, vocabulary, file, best;
} Trainer;

/* "form\tupos\txpos\tlemma" for sorting and counting. */
static char *token_line(FgArena *a, const FgWord *w) {
  size_t len = w->form_len + strlen(w->xpos ? w->xpos : "_") +
               strlen(w->lemma) + 16;
  char *s = fg_arena_alloc_raw(a, len);
  if (s)
    snprintf(s, len, "%s\t%u\t%s\t%s", w->form, (unsigned)w->upos,
             w->xpos ? w->xpos : "_", w->lemma);
  return s;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static FgStatus collect_tokens(FgCorpus *const *train, size_t ntrain,
                               FgArena *a, char ***lines, size_t *n) {
  size_t cap = 0;
  FgStatus st = FG_OK;
  for (size_t k = 0; st == FG_OK && k < ntrain; k++) {
    FgCorpusSentence s;
    while (st == FG_OK && (st = fg_corpus_next(train[k], &s)) == FG_OK)
      for (size_t i = 0; st == FG_OK && i < s.n; i++) {
        if (!s.words[i].lemma || !s.words[i].form || strchr(s.words[i].form, '\t'))
          continue;
        char **grown = fg_grow(*lines, *n + 1, &cap, sizeof **lines);
        char *line = grown ? token_line(a, &s.words[i]) : NULL;
        if (grown)
          *lines = grown;
        if (!line)
          st = FG_ERR_NOMEM;
        else
          (*lines)[(*n)++] = line;
      }
    if (st == FG_NOTHING)
      st = FG_OK;
  }
  return st;
}

/* Length of the "form\tupos\txpos" part of a token line. */
static size_t type_prefix(const char *line) {
  const char *p = strchr(line, '\t');
  p = strchr(p + 1, '\t');
  p = strchr(p + 1, '\t');
  return (size_t)(p - line);
}

static FgStatus add_type(Trainer *t, const char *line, uint32_t count) {
  Type *grown = fg_grow(t->types, t->ntypes + 1, &t->cap_types,
                        sizeof *t->types);
  char *copy = grown ? fg_arena_strdup(t->strings, line) : NULL;
  if (grown)
    t->types = grown;
  if (!copy)
    return FG_ERR_NOMEM;
  char *f[4];
  f[0] = copy;
  for (int k = 1; k < 4; k++) {
    f[k] = strchr(f[k - 1], '\t');
    *f[k]++ = '\0';
  }
  Type *ty = &t->types[t->ntypes++];
  memset(ty, 0, sizeof *ty);
  ty->word.form = f[0];
  ty->word.form_len = (uint32_t)strlen(f[0]);
  ty->word.upos = (uint8_t)atoi(f[1]);
  ty->word.xpos = f[2];
  ty->word.lemma = f[3];
  ty->count = count;
  return FG_OK;
}

/* Types with their majority lemma (ties: the first in sorted order). */
static FgStatus build_types(Trainer *t, char **lines, size_t n) {
  qsort(lines, n, sizeof *lines, cmp_str);
  FgStatus st = FG_OK;
  for (size_t i = 0; st == FG_OK && i < n;) {
    size_t plen = type_prefix(lines[i]), j = i, best = i, best_count = 0,
           total = 0;
    while (j < n && type_prefix(lines[j]) == plen &&
           strncmp(lines[j], lines[i], plen) == 0) {
      size_t k = j;
      while (k < n && strcmp(lines[k], lines[j]) == 0)
        k++;
      if (k - j > best_count) {
        best_count = k - j;
        best = j;
      }
      total += k - j;
      j = k;
    }
    st = add_type(t, lines[best], (uint32_t)total);
    i = j;
  }
  return st;
}

/* A participle never seen as a past tense is added as one too, with its
 * lemma, for the exception list only (the classifier does not train on
 * it): the two are one form for regular verbs and most irregular ones,
 * and news has pasts the treebanks only have as participles ("shot",
 * which the classifier alone made "sold"). Seen twice at least: a lemma
 * written once may be a slip of the annotation ("freed" -> "fre"). */
static FgStatus add_pasts_from_participles(Trainer *t) {
  FgIntern *pasts = fg_intern_new();
  FgStatus st = pasts ? FG_OK : FG_ERR_NOMEM;
  for (size_t i = 0; st == FG_OK && i < t->ntypes; i++)
    if (strcmp(t->types[i].word.xpos, "VBD") == 0 &&
        fg_intern_add_str(pasts, t->types[i].word.form) == FG_NO_ID)
      st = FG_ERR_NOMEM;
  size_t n = t->ntrained;
  for (size_t i = 0; st == FG_OK && i < n; i++) {
    const FgWord *w = &t->types[i].word;
    if (w->upos != FG_UPOS_VERB || strcmp(w->xpos, "VBN") != 0 || t->types[i].count < 2 ||
        fg_intern_find(pasts, w->form, w->form_len) != FG_NO_ID)
      continue;
    char line[512];
    if (snprintf(line, sizeof line, "%s\t%u\tVBD\t%s", w->form, (unsigned)w->upos, w->lemma) <
        (int)sizeof line)
      st = add_type(t, line, 1);
  }
  fg_intern_free(pasts);
  return st;
}

typedef struct {
  char name[FG_LEMMA_MAX_SUFFIX + 16];
  uint32_t types;
} ClassCount;

static void class_name(const FgLemmaEdit *e, char *out, size_t cap) {
  snprintf(out, cap, "%u|%03u|%.*s", e->lower, e->strip, (int)e->suffix_len,
           e->suffix);
}

/* Edit classes used by at least CLASS_MIN_TYPES types, sorted by name. */
static FgStatus build_classes(Trainer *t) {
  FgIntern *names = fg_intern_new();
  uint32_t *counts = calloc(t->ntypes + 1, sizeof *counts);
  uint32_t *ids = malloc((t->ntypes + 1) * sizeof *ids);
  FgStatus st = names && counts && ids ? FG_OK : FG_ERR_NOMEM;
  char name[FG_LEMMA_MAX_SUFFIX + 16];
  for (size_t i = 0; st == FG_OK && i < t->ntypes; i++) {
    FgLemmaEdit e;
    const FgWord *w = &t->types[i].word;
    ids[i] = UINT32_MAX;
    if (!fg_lemma_edit_between(w->form, w->form_len, w->lemma, &e))
      continue;
    class_name(&e, name, sizeof name);
    ids[i] = fg_intern_add_str(names, name);
    if (ids[i] == FG_NO_ID)
      st = FG_ERR_NOMEM;
    else
      counts[ids[i]]++;
  }
  size_t nnames = names ? fg_intern_count(names) : 0;
  const char **kept = malloc((nnames + 1) * sizeof *kept);
  if (st == FG_OK && !kept)
    st = FG_ERR_NOMEM;
  size_t nkept = 0;
  for (size_t i = 0; st == FG_OK && i < nnames; i++)
    if (counts[i] >= CLASS_MIN_TYPES)
      kept[nkept++] = fg_intern_str(names, (uint32_t)i);
  if (st == FG_OK)
    qsort(kept, nkept, sizeof *kept, cmp_str);
  /* class id of each type: binary search of its name among the kept */
  for (size_t i = 0; st == FG_OK && i < t->ntypes; i++) {
    t->types[i].cls = UINT32_MAX;
    if (ids[i] == UINT32_MAX)
      continue;
    const char *key = fg_intern_str(names, ids[i]);
    const char **hit = bsearch(&key, kept, nkept, sizeof *kept, cmp_str);
    if (hit)
      t->types[i].cls = (uint32_t)(hit - kept);
  }
  t->edits = calloc(nkept + 1, sizeof *t->edits);
  if (st == FG_OK && (!t->edits || nkept == 0 ||
                      nkept > FG_PERCEPTRON_MAX_CLASSES))
    st = t->edits ? FG_ERR_USAGE : FG_ERR_NOMEM;
  bool ok = st == FG_OK && fg_le_put_u32(&t->classes, (uint32_t)nkept);
  for (size_t c = 0; ok && c < nkept; c++) {
    unsigned lower, strip;
    int used = 0;
    sscanf(kept[c], "%u|%u|%n", &lower, &strip, &used);
    const char *suffix = fg_arena_strdup(t->strings, kept[c] + used);
    FgLemmaEdit e = {(uint8_t)lower, (uint8_t)strip,
                     (uint16_t)strlen(kept[c] + used), suffix};
    t->edits[c] = e;
    ok = suffix && fg_buf_append_char(&t->classes, (char)e.lower) &&
         fg_buf_append_char(&t->classes, (char)e.strip) &&
         fg_le_put_u16(&t->classes, e.suffix_len) &&
         fg_buf_append(&t->classes, e.suffix, e.suffix_len);
  }
  if (st == FG_OK && !ok)
    st = FG_ERR_NOMEM;
  t->nclasses = (uint32_t)nkept;
  fg_intern_free(names);
  free(counts);
  free(ids);
  free(kept);
  return st;
}

static FgStatus collect_dev(Trainer *t, FgCorpus *dev) {
  FgCorpusSentence s;
  FgStatus st;
  while ((st = fg_corpus_next(dev, &s)) == FG_OK)
    for (size_t i = 0; i < s.n; i++) {
      FgWord *grown = fg_grow(t->dev, t->ndev + 1, &t->cap_dev, sizeof *grown);
      if (!grown)
        return FG_ERR_NOMEM;
      t->dev = grown;
      FgWord w = s.words[i];
      w.form = fg_arena_strdup(t->strings, w.form ? w.form : "");
      w.xpos = w.xpos ? fg_arena_strdup(t->strings, w.xpos) : NULL;
      w.lemma = w.lemma ? fg_arena_strdup(t->strings, w.lemma) : NULL;
      w.feats = w.deprel = NULL;
      if (!w.form)
        return FG_ERR_NOMEM;
      t->dev[t->ndev++] = w;
    }
  return st == FG_NOTHING ? FG_OK : st;
}

/* ---- model bytes ---- */

static FgStatus model_bytes(Trainer *t, uint32_t epochs) {
  FgTrainSection sections[] = {
      {FG_LEMMA_SEC_CLASSES, t->classes.data, t->classes.len},
      {FG_LEMMA_SEC_EXCEPTIONS, t->exceptions.data, t->exceptions.len},
      {FG_LEMMA_SEC_WEIGHTS, t->weights.data, t->weights.len},
      {FG_LEMMA_SEC_VOCABULARY, t->vocabulary.data, t->vocabulary.len}};
  return fg_train_model_bytes(t->config, FG_MODEL_KIND_LEMMATIZER,
                              fg_lemma_template_hash(), epochs, sections, 4,
                              &t->file);
}

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}

/* The vocabulary section: the keys of every type's lemma, sorted, once. */
static FgStatus build_vocabulary(Trainer *t) {
  uint64_t *keys = malloc((t->ntypes + 1) * sizeof *keys);
  if (!keys)
    return FG_ERR_NOMEM;
  for (size_t i = 0; i < t->ntypes; i++)
    keys[i] = fg_lemma_vocabulary_key(t->types[i].word.lemma,
                                      strlen(t->types[i].word.lemma), t->config->hash_seed);
  qsort(keys, t->ntypes, sizeof *keys, cmp_u64);
  size_t kept = 0;
  for (size_t i = 0; i < t->ntypes; i++)
    if (!kept || keys[kept - 1] != keys[i])
      keys[kept++] = keys[i];
  bool ok = kept <= UINT32_MAX && fg_le_put_u32(&t->vocabulary, (uint32_t)kept);
  for (size_t i = 0; ok && i < kept; i++)
    ok = fg_le_put_u64(&t->vocabulary, keys[i]);
  free(keys);
  return ok ? FG_OK : FG_ERR_NOMEM;
}

typedef struct {
  uint64_t key;
  const char *lemma;
} Pending;

static int cmp_pending(const void *a, const void *b) {
  uint64_t x = ((const Pending *)a)->key, y = ((const Pending *)b)->key;
  return (x > y) - (x < y);
}

static FgStatus write_exceptions(FgBuf *out, Pending *list, size_t n) {
  if (n)
    qsort(list, n, sizeof *list, cmp_pending);
  size_t kept = 0; /* one lemma per key: types differing only in UPOS */
  for (size_t i = 0; i < n; i++)
    if (!kept || list[kept - 1].key != list[i].key)
      list[kept++] = list[i];
  size_t pool = 0;
  for (size_t i = 0; i < kept; i++)
    pool += strlen(list[i].lemma);
  fg_buf_clear(out);
  bool ok = pool <= UINT32_MAX && fg_le_put_u32(out, (uint32_t)kept) &&
            fg_le_put_u32(out, (uint32_t)pool);
  uint32_t off = 0;
  for (size_t i = 0; ok && i < kept; i++) {
    uint32_t len = (uint32_t)strlen(list[i].lemma);
    ok = fg_le_put_u64(out, list[i].key) && fg_le_put_u32(out, off) &&
         fg_le_put_u32(out, len);
    off += len;
  }
  for (size_t i = 0; ok && i < kept; i++)
    ok = fg_buf_append_str(out, list[i].lemma);
  return ok ? FG_OK : FG_ERR_NOMEM;
}

/* Exceptions: every type whose lemma the classifier alone gets wrong. */
static FgStatus find_exceptions(Trainer *t, uint32_t epoch) {
  fg_buf_clear(&t->exceptions);
  FgStatus st = write_exceptions(&t->exceptions, NULL, 0);
  if (st == FG_OK)
    st = model_bytes(t, epoch);
  FgLemmatizer *l = NULL;
  if (st == FG_OK)
    st = fg_lemmatizer_open_memory(t->file.data, t->file.len, "(training)",
                                   NULL, NULL, &l);
  Pending *list = malloc((t->ntypes + 1) * sizeof *list);
  FgArena *arena = fg_arena_new();
  if (st == FG_OK && (!list || !arena))
    st = FG_ERR_NOMEM;
  size_t n = 0;
  for (size_t i = 0; st == FG_OK && i < t->ntypes; i++) {
    FgWord w = t->types[i].word;
    w.lemma = NULL;
    fg_arena_reset(arena);
    st = fg_lemmatizer_predict(l, &w, 1, arena);
    if (st == FG_OK && strcmp(w.lemma, t->types[i].word.lemma) != 0)
      list[n++] = (Pending){fg_lemma_exception_key(&w, t->config->hash_seed),
                            t->types[i].word.lemma};
  }
  if (st == FG_OK)
    st = write_exceptions(&t->exceptions, list, n);
  if (st == FG_OK)
    st = model_bytes(t, epoch);
  fg_lemmatizer_free(l);
  fg_arena_free(arena);
  free(list);
  return st;
}

/* Dev lemma accuracy (per 10,000) on gold tags with the real decoder. */
static FgStatus score_dev(Trainer *t, unsigned *acc) {
  FgLemmatizer *l = NULL;
  FgStatus st = fg_lemmatizer_open_memory(t->file.data, t->file.len,
                                          "(training)", NULL, NULL, &l);
  FgArena *arena = fg_arena_new();
  if (st == FG_OK && !arena)
    st = FG_ERR_NOMEM;
  size_t right = 0;
  for (size_t i = 0; st == FG_OK && i < t->ndev; i++) {
    FgWord w = t->dev[i];
    fg_arena_reset(arena);
    st = fg_lemmatizer_predict(l, &w, 1, arena);
    right += st == FG_OK && t->dev[i].lemma &&
             strcmp(w.lemma, t->dev[i].lemma) == 0;
  }
  *acc = t->ndev ? (unsigned)(right * 10000 / t->ndev) : 0;
  fg_arena_free(arena);
  fg_lemmatizer_free(l);
  return st;
}

static FgStatus train_epoch(Trainer *t, const uint32_t *order,
                            int64_t *scores, uint8_t *allowed,
                            size_t *errors) {
  for (size_t k = 0; k < t->ntrained; k++) {
    const Type *ty = &t->types[order[k]];
    if (ty->cls == UINT32_MAX)
      continue;
    const uint64_t *keys = t->keys + (size_t)order[k] * FG_LEMMA_KEYS;
    memset(scores, 0, t->nclasses * sizeof *scores);
    fg_perceptron_score(t->perceptron, keys, FG_LEMMA_KEYS, scores);
    for (uint32_t c = 0; c < t->nclasses; c++)
      allowed[c] = fg_lemma_edit_fits(&t->edits[c], ty->word.form,
                                      ty->word.form_len);
    uint32_t guess = fg_argmax(scores, allowed, t->nclasses);
    *errors += guess != ty->cls;
    FgStatus st = fg_perceptron_learn(t->perceptron, keys, FG_LEMMA_KEYS,
                                      ty->cls, guess);
    if (st != FG_OK)
      return st;
  }
  return FG_OK;
}

static FgStatus run_epochs(Trainer *t) {
  const FgTrainConfig *c = t->config;
  uint32_t *order = malloc((t->ntrained + 1) * sizeof *order);
  int64_t *scores = malloc(t->nclasses * sizeof *scores);
  uint8_t *allowed = malloc(t->nclasses);
  FgStatus st = order && scores && allowed ? FG_OK : FG_ERR_NOMEM;
  for (uint32_t i = 0; st == FG_OK && i < t->ntrained; i++)
    order[i] = i;
  unsigned best = 0, since_best = 0, best_epoch = 0;
  for (uint32_t e = 1; st == FG_OK && e <= c->max_epochs; e++) {
    if (c->stop && *c->stop) {
      st = FG_NOTHING;
      break;
    }
    clock_t start = clock();
    FgRng rng = fg_rng_init(c->seed, e);
    fg_shuffle_u32(order, t->ntrained, &rng);
    size_t errors = 0;
    st = train_epoch(t, order, scores, allowed, &errors);
    if (st == FG_OK)
      st = fg_perceptron_freeze(t->perceptron, c->min_updates, &t->weights);
    if (st == FG_OK)
      st = find_exceptions(t, e);
    unsigned acc = 0;
    if (st == FG_OK && t->ndev)
      st = score_dev(t, &acc);
    if (st != FG_OK)
      break;
    char msg[256];
    snprintf(msg, sizeof msg,
             "lemmatizer epoch %u: %zu errors of %zu types, dev lemma "
             "%u.%02u (gold tags), %u classes, %zu features, %.1f s",
             e, errors, t->ntrained, acc / 100, acc % 100, t->nclasses,
             fg_perceptron_features(t->perceptron),
             (double)(clock() - start) / CLOCKS_PER_SEC);
    fg_train_info(c, msg);
    if (best_epoch == 0 || acc > best || !t->ndev) {
      best = acc;
      best_epoch = e;
      since_best = 0;
      fg_buf_clear(&t->best);
      if (!fg_buf_append(&t->best, t->file.data, t->file.len))
        st = FG_ERR_NOMEM;
    } else if (c->patience && ++since_best >= c->patience)
      break;
  }
  if (st == FG_NOTHING && best_epoch)
    st = FG_OK;
  free(order);
  free(scores);
  free(allowed);
  return st;
}

FgStatus fg_lemmatizer_train(FgCorpus *const *train, size_t ntrain,
                             FgCorpus *dev, const FgTrainConfig *config,
                             FgBuf *out) {
  FgStatus st = fg_train_config_check(config);
  if (st != FG_OK)
    return st;
  Trainer t = {0};
  t.config = config;
  t.strings = fg_arena_new();
  FgArena *lines_arena = fg_arena_new();
  fg_buf_init(&t.classes);
  fg_buf_init(&t.exceptions);
  fg_buf_init(&t.weights);
  fg_buf_init(&t.vocabulary);
  fg_buf_init(&t.file);
  fg_buf_init(&t.best);
  char **lines = NULL;
  size_t nlines = 0;
  if (!t.strings || !lines_arena)
    st = FG_ERR_NOMEM;
  if (st == FG_OK)
    st = collect_tokens(train, ntrain, lines_arena, &lines, &nlines);
  if (st == FG_OK && nlines == 0)
    st = FG_ERR_USAGE;
  if (st == FG_OK)
    st = build_types(&t, lines, nlines);
  free(lines);
  fg_arena_free(lines_arena);
  if (st == FG_OK)
    st = build_classes(&t);
  t.ntrained = t.ntypes;
  if (st == FG_OK)
    st = add_pasts_from_participles(&t);
  if (st == FG_OK)
    st = build_vocabulary(&t);
  if (st == FG_OK && dev)
    st = collect_dev(&t, dev);
  if (st == FG_OK) {
    t.keys = malloc((t.ntypes * FG_LEMMA_KEYS + 1) * sizeof *t.keys);
    t.perceptron = fg_perceptron_new(t.nclasses);
    if (!t.keys || !t.perceptron)
      st = FG_ERR_NOMEM;
  }
  for (size_t i = 0; st == FG_OK && i < t.ntypes; i++)
    fg_lemma_keys(&t.types[i].word, config->hash_seed,
                  t.keys + i * FG_LEMMA_KEYS);
  if (st == FG_OK)
    st = run_epochs(&t);
  if (st == FG_OK) {
    fg_buf_clear(out);
    if (!fg_buf_append(out, t.best.data, t.best.len))
      st = FG_ERR_NOMEM;
  }
  fg_perceptron_free(t.perceptron);
  free(t.keys);
  free(t.types);
  free(t.dev);
  free(t.edits);
  fg_arena_free(t.strings);
  fg_buf_free(&t.classes);
  fg_buf_free(&t.exceptions);
  fg_buf_free(&t.weights);
  fg_buf_free(&t.vocabulary);
  fg_buf_free(&t.file);
  fg_buf_free(&t.best);
  return st;
}
