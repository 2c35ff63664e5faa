/* SPDX-License-Identifier: MIT */
/* Decoder of the lemmatizer. Sections (features.h ids):
 *   LCLS: u32 classes, then per class u8 case mode (0-2), u8 strip, u16 suffix
 *         length, the suffix bytes (no NUL).
 *   LEXC: u32 exceptions, u32 pool bytes, then per exception u64 key
 *         (strictly increasing), u32 offset, u32 length into the pool, then
 *         the pool: the lemmas in entry order, back to back, without NUL.
 *   LWGT: perceptron weights (learn/perceptron.h).
 *   LVOC (optional): u32 count, then the training lemmas' vocabulary keys
 *         (fg_lemma_vocabulary_key), strictly increasing. */
#include "lemma/lemma.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "learn/feature.h"
#include "learn/le.h"
#include "learn/perceptron.h"
#include "lemma/features.h"

typedef struct {
  uint64_t key;
  const char *lemma;
} Exception;

struct FgLemmatizer {
  FgModel *model;
  uint64_t seed;
  uint32_t nclasses;
  FgLemmaEdit *edits;
  char *strings; /* suffixes and exception lemmas, NUL-terminated */
  Exception *exceptions;
  size_t nexceptions;
  uint32_t *slots; /* exception index + 1 */
  size_t mask;
  FgWeights *weights;
  uint64_t *vocabulary; /* sorted keys; NULL: the model has none */
  size_t nvocabulary;
};

static FgStatus load_classes(FgLemmatizer *l, char **pool) {
  const uint8_t *data;
  size_t len;
  FgStatus st = fg_model_require(l->model, FG_LEMMA_SEC_CLASSES, &data, &len);
  if (st != FG_OK)
    return st;
  FgLeCursor c = fg_le_cursor(data, len);
  uint32_t n = fg_le_u32(&c);
  if (c.failed || n == 0 || n > FG_PERCEPTRON_MAX_CLASSES || n > len / 4)
    return fg_model_fail(l->model, FG_LEMMA_SEC_CLASSES, 0,
                         "bad edit class count");
  l->edits = calloc(n, sizeof *l->edits);
  if (!l->edits)
    return FG_ERR_NOMEM;
  l->nclasses = n;
  for (uint32_t i = 0; i < n; i++) {
    size_t at = c.pos;
    const uint8_t *head = fg_le_take(&c, 2);
    uint16_t slen = fg_le_u16(&c);
    const uint8_t *suffix = fg_le_take(&c, slen);
    if (c.failed || head[0] > FG_LEMMA_CAPITAL || slen > FG_LEMMA_MAX_SUFFIX ||
        memchr(suffix, 0, slen))
      return fg_model_fail(l->model, FG_LEMMA_SEC_CLASSES,
                           c.failed ? c.fail_at : at, "bad edit class");
    memcpy(*pool, suffix, slen);
    (*pool)[slen] = '\0';
    l->edits[i] = (FgLemmaEdit){head[0], head[1], slen, *pool};
    *pool += slen + 1;
  }
  if (!fg_le_at_end(&c))
    return fg_model_fail(l->model, FG_LEMMA_SEC_CLASSES, c.pos,
                         "trailing bytes after the classes");
  return FG_OK;
}

static size_t slot_of(uint64_t key, size_t mask) {
  return (size_t)(key ^ (key >> 31)) & mask;
}

static FgStatus load_exceptions(FgLemmatizer *l, char *pool) {
  const uint8_t *data;
  size_t len;
  FgStatus st =
      fg_model_require(l->model, FG_LEMMA_SEC_EXCEPTIONS, &data, &len);
  if (st != FG_OK)
    return st;
  FgLeCursor c = fg_le_cursor(data, len);
  uint32_t n = fg_le_u32(&c), pool_len = fg_le_u32(&c);
  if (c.failed || 8 + (uint64_t)n * 16 + pool_len != len)
    return fg_model_fail(l->model, FG_LEMMA_SEC_EXCEPTIONS, 0,
                         "exception counts do not match the section length");
  const uint8_t *bytes = data + 8 + (size_t)n * 16;
  size_t nslots = 16;
  while (nslots < (size_t)n * 2)
    nslots *= 2;
  l->exceptions = calloc((size_t)n + 1, sizeof *l->exceptions);
  l->slots = calloc(nslots, sizeof *l->slots);
  if (!l->exceptions || !l->slots)
    return FG_ERR_NOMEM;
  l->mask = nslots - 1;
  uint32_t next = 0; /* lemmas are back to back, so the copies fit */
  for (uint32_t i = 0; i < n; i++) {
    size_t at = c.pos;
    uint64_t key = fg_le_u64(&c);
    uint32_t off = fg_le_u32(&c), elen = fg_le_u32(&c);
    if ((i && key <= l->exceptions[i - 1].key) || elen == 0 ||
        off != next || elen > pool_len - off || memchr(bytes + off, 0, elen))
      return fg_model_fail(l->model, FG_LEMMA_SEC_EXCEPTIONS, at,
                           "bad exception entry");
    memcpy(pool, bytes + off, elen);
    pool[elen] = '\0';
    l->exceptions[i] = (Exception){key, pool};
    pool += elen + 1;
    next += elen;
    size_t s = slot_of(key, l->mask);
    while (l->slots[s])
      s = (s + 1) & l->mask;
    l->slots[s] = i + 1;
  }
  if (next != pool_len)
    return fg_model_fail(l->model, FG_LEMMA_SEC_EXCEPTIONS, 4,
                         "exception pool has unused bytes");
  l->nexceptions = n;
  return FG_OK;
}

static FgStatus load_vocabulary(FgLemmatizer *l) {
  const uint8_t *data;
  size_t len;
  if (!fg_model_section(l->model, FG_LEMMA_SEC_VOCABULARY, &data, &len))
    return FG_OK;
  FgLeCursor c = fg_le_cursor(data, len);
  uint32_t n = fg_le_u32(&c);
  if (c.failed || n == 0 || n != (len - 4) / 8 || (len - 4) % 8)
    return fg_model_fail(l->model, FG_LEMMA_SEC_VOCABULARY, 0,
                         "vocabulary count does not match the section length");
  l->vocabulary = malloc((size_t)n * sizeof *l->vocabulary);
  if (!l->vocabulary)
    return FG_ERR_NOMEM;
  for (uint32_t i = 0; i < n; i++) {
    l->vocabulary[i] = fg_le_u64(&c);
    if (i && l->vocabulary[i] <= l->vocabulary[i - 1])
      return fg_model_fail(l->model, FG_LEMMA_SEC_VOCABULARY, 4 + 8 * (size_t)i,
                           "vocabulary keys out of order");
  }
  l->nvocabulary = n;
  return FG_OK;
}

FgStatus fg_lemmatizer_from_model(FgModel *model, FgLemmatizer **out) {
  *out = NULL;
  FgLemmatizer *l = calloc(1, sizeof *l);
  if (!l) {
    fg_model_free(model);
    return FG_ERR_NOMEM;
  }
  l->model = model;
  l->seed = fg_model_info(model)->hash_seed;
  const uint8_t *d1, *d2;
  size_t l1 = 0, l2 = 0;
  fg_model_section(model, FG_LEMMA_SEC_CLASSES, &d1, &l1);
  fg_model_section(model, FG_LEMMA_SEC_EXCEPTIONS, &d2, &l2);
  l->strings = malloc(l1 + l2 + 1); /* each string is shorter than its entry */
  FgStatus st = l->strings ? fg_model_check_templates(model,
                                                      fg_lemma_template_hash())
                           : FG_ERR_NOMEM;
  char *pool = l->strings;
  if (st == FG_OK)
    st = load_classes(l, &pool);
  if (st == FG_OK)
    st = load_exceptions(l, pool);
  if (st == FG_OK)
    st = load_vocabulary(l);
  const uint8_t *data;
  size_t len;
  if (st == FG_OK && (st = fg_model_require(model, FG_LEMMA_SEC_WEIGHTS, &data,
                                            &len)) == FG_OK)
    st = fg_weights_load(data, len, model, FG_LEMMA_SEC_WEIGHTS, &l->weights);
  if (st == FG_OK && fg_weights_classes(l->weights) != l->nclasses)
    st = fg_model_fail(model, FG_LEMMA_SEC_WEIGHTS, 0,
                       "class count differs from the edit classes'");
  if (st != FG_OK) {
    fg_lemmatizer_free(l);
    return st;
  }
  *out = l;
  return FG_OK;
}

FgStatus fg_lemmatizer_open(const char *path, FgDiagFunc diag,
                            void *diag_handle, FgLemmatizer **out) {
  FgModel *model = NULL;
  *out = NULL;
  FgStatus st = fg_model_open(path, FG_MODEL_KIND_LEMMATIZER, diag,
                              diag_handle, &model);
  return st == FG_OK ? fg_lemmatizer_from_model(model, out) : st;
}

FgStatus fg_lemmatizer_open_memory(const void *data, size_t len,
                                   const char *name, FgDiagFunc diag,
                                   void *diag_handle, FgLemmatizer **out) {
  FgModel *model = NULL;
  *out = NULL;
  FgStatus st = fg_model_open_memory(data, len, name, FG_MODEL_KIND_LEMMATIZER,
                                     diag, diag_handle, &model);
  return st == FG_OK ? fg_lemmatizer_from_model(model, out) : st;
}

void fg_lemmatizer_free(FgLemmatizer *l) {
  if (!l)
    return;
  fg_weights_free(l->weights);
  free(l->edits);
  free(l->strings);
  free(l->exceptions);
  free(l->slots);
  free(l->vocabulary);
  fg_model_free(l->model);
  free(l);
}

/* Index + 1 of the exception with this key, or 0. */
static uint32_t find_exception(const FgLemmatizer *l, uint64_t key) {
  for (size_t s = slot_of(key, l->mask);; s = (s + 1) & l->mask) {
    uint32_t e = l->slots[s];
    if (!e || l->exceptions[e - 1].key == key)
      return e;
  }
}

/* The exception (index + 1, or 0) of the word, or of the word with a
 * lower-case first letter ("People" at the start of a sentence is
 * "people"). */
static uint32_t exception_for(const FgLemmatizer *l, const FgWord *w) {
  uint32_t e = find_exception(l, fg_lemma_exception_key(w, l->seed));
  if (e || !w->form || w->form_len == 0 || w->form_len > 64 ||
      w->form[0] < 'A' || w->form[0] > 'Z')
    return e;
  char lowered[65];
  memcpy(lowered, w->form, w->form_len);
  lowered[0] = (char)(lowered[0] - 'A' + 'a');
  lowered[w->form_len] = '\0';
  FgWord copy = *w;
  copy.form = lowered;
  return find_exception(l, fg_lemma_exception_key(&copy, l->seed));
}

/* Whether edit e makes the form a lemma the training data had. */
static bool known_lemma(const FgLemmatizer *l, const FgLemmaEdit *e,
                        const char *form, size_t len) {
  char lemma[256];
  if (len + e->suffix_len >= sizeof lemma)
    return false;
  size_t n = fg_lemma_edit_apply(e, form, len, lemma);
  uint64_t key = fg_lemma_vocabulary_key(lemma, n, l->seed);
  size_t lo = 0, hi = l->nvocabulary;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (l->vocabulary[mid] < key)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < l->nvocabulary && l->vocabulary[lo] == key;
}

/* The edit a verb, noun or adjective is given: the best (class best),
 * unless its lemma is one the training data never had and the second best
 * makes a known lemma by a small edit (at most 3 bytes cut, at most 1
 * added, 3 bytes or more left): a suffix alone often cannot tell
 * "invaded" from "named" (invad / invade) or "shelled" from "labelled";
 * the words seen can. Larger edits to a known word were wrong more often
 * than right on the dev sets ("shun" -> "sand"). scores holds every
 * class's score when scored, else is filled here. */
static uint16_t prefer_known_lemma(const FgLemmatizer *l, const FgWord *w,
                                   uint16_t best, int64_t *scores, bool scored) {
  const char *form = w->form ? w->form : "";
  size_t len = w->form ? w->form_len : 0;
  if (!l->vocabulary || best == UINT16_MAX ||
      (w->upos != FG_UPOS_VERB && w->upos != FG_UPOS_NOUN && w->upos != FG_UPOS_ADJ) ||
      known_lemma(l, &l->edits[best], form, len))
    return best;
  if (!scored) {
    uint64_t keys[FG_LEMMA_KEYS];
    fg_lemma_keys(w, l->seed, keys);
    memset(scores, 0, l->nclasses * sizeof *scores);
    fg_weights_score(l->weights, keys, FG_LEMMA_KEYS, scores);
  }
  uint32_t second = UINT32_MAX;
  for (uint32_t c = 0; c < l->nclasses; c++)
    if (c != best && (second == UINT32_MAX || scores[c] > scores[second]) &&
        fg_lemma_edit_fits(&l->edits[c], form, len))
      second = c;
  if (second == UINT32_MAX)
    return best;
  const FgLemmaEdit *e = &l->edits[second];
  bool small = e->strip <= 3 && e->suffix_len <= 1 && len - e->strip + e->suffix_len >= 3;
  return small && known_lemma(l, e, form, len) ? (uint16_t)second : best;
}

/* The classifier's edit class for one word: UINT16_MAX when none fits. */
static uint16_t classify(const FgLemmatizer *l, const FgWord *w,
                         int64_t *scores) {
  const char *form = w->form ? w->form : "";
  size_t len = w->form ? w->form_len : 0;
  uint64_t keys[FG_LEMMA_KEYS];
  fg_lemma_keys(w, l->seed, keys);
  /* The best class overall, when it fits, is the best that fits (ties go
   * to the lowest either way); fg_weights_best finds it with int32 sums
   * and needs no scores, which the search below does. */
  uint32_t top_class = fg_weights_best(l->weights, keys, FG_LEMMA_KEYS, scores);
  if (fg_lemma_edit_fits(&l->edits[top_class], form, len))
    return prefer_known_lemma(l, w, (uint16_t)top_class, scores, false);
  memset(scores, 0, l->nclasses * sizeof *scores);
  fg_weights_score(l->weights, keys, FG_LEMMA_KEYS, scores);
  /* fg_argmax over the edits that fit the form (ties: the lowest class),
   * asking whether an edit fits only of a class that would beat the best:
   * the first class that fits, then those above it; four classes whose
   * highest score does not beat the best are passed over at once */
  uint32_t best = UINT16_MAX, c = 0, n = l->nclasses;
  int64_t top = 0;
  for (; c < n && best == UINT16_MAX; c++)
    if (fg_lemma_edit_fits(&l->edits[c], form, len)) {
      best = c;
      top = scores[c];
    }
  for (; c < n; c++) {
    if (c % 4 == 0 && c + 4 <= n) {
      int64_t a = scores[c] > scores[c + 1] ? scores[c] : scores[c + 1];
      int64_t b = scores[c + 2] > scores[c + 3] ? scores[c + 2] : scores[c + 3];
      if ((a > b ? a : b) <= top) {
        c += 3;
        continue;
      }
    }
    if (scores[c] > top && fg_lemma_edit_fits(&l->edits[c], form, len)) {
      best = c;
      top = scores[c];
    }
  }
  return prefer_known_lemma(l, w, (uint16_t)best, scores, true);
}

/* Sets the word's lemma by edit class (UINT16_MAX: none). */
static FgStatus apply_edit(const FgLemmatizer *l, FgWord *w, uint16_t edit,
                           FgArena *scratch) {
  const char *form = w->form ? w->form : "";
  size_t len = w->form ? w->form_len : 0;
  const FgLemmaEdit *e = edit == UINT16_MAX ? NULL : &l->edits[edit];
  if (!e || (!e->lower && !e->strip && !e->suffix_len)) {
    w->lemma = form; /* "" for a word without a form */
    return FG_OK;
  }
  char *out = fg_arena_alloc_raw(scratch, len + e->suffix_len + 1);
  if (!out)
    return FG_ERR_NOMEM;
  fg_lemma_edit_apply(e, form, len, out);
  w->lemma = out;
  return FG_OK;
}

/* A lemma reads only the form, UPOS and XPOS: one decision per such
 * triple (an exception or an edit class) serves every word of the document
 * that repeats it. Direct-mapped (a collision overwrites), entries kept
 * small (32 bytes). */
typedef struct {
  const char *form; /* NULL: empty slot */
  const char *xpos; /* compared by pointer: the tagger's label strings */
  uint32_t form_len;
  uint32_t exception; /* index + 1, or 0: the edit class */
  uint16_t edit;      /* UINT16_MAX: none fits */
  uint8_t upos;
} CacheEntry;

struct FgLemmaCache {
  const FgLemmatizer *lemmatizer;
  CacheEntry *slots;
  size_t mask;
};

#define CACHE_MAX_SLOTS 4096

FgLemmaCache *fg_lemma_cache_new(const FgLemmatizer *l, size_t words) {
  size_t nslots = 16;
  while (nslots < words && nslots < CACHE_MAX_SLOTS)
    nslots *= 2;
  FgLemmaCache *c = malloc(sizeof *c);
  if (!c || !(c->slots = calloc(nslots, sizeof *c->slots))) {
    free(c);
    return NULL;
  }
  c->lemmatizer = l;
  c->mask = nslots - 1;
  return c;
}

void fg_lemma_cache_free(FgLemmaCache *cache) {
  if (cache)
    free(cache->slots);
  free(cache);
}

static CacheEntry *cache_slot(FgLemmaCache *c, const FgWord *w) {
  uint64_t h = fg_hash_seeded(w->form, w->form_len,
                              (uint64_t)(uintptr_t)w->xpos ^ w->upos);
  return &c->slots[h & c->mask];
}

static bool cache_hit(const CacheEntry *e, const FgWord *w) {
  return e->form && e->form_len == w->form_len && e->upos == w->upos &&
         e->xpos == w->xpos && memcmp(e->form, w->form, w->form_len) == 0;
}

/* The word's exception or else the classifier's edit class. */
static CacheEntry decide(const FgLemmatizer *l, const FgWord *w,
                         int64_t *scores) {
  CacheEntry d = {w->form, w->xpos, w->form_len, 0, UINT16_MAX, w->upos};
  d.exception = l->nexceptions ? exception_for(l, w) : 0;
  if (!d.exception)
    d.edit = classify(l, w, scores);
  return d;
}

FgStatus fg_lemmatizer_predict_cached(const FgLemmatizer *l,
                                      FgLemmaCache *cache, FgWord *words,
                                      size_t n, FgArena *scratch) {
  if (n == 0)
    return FG_OK;
  /* classify clears the scores it uses */
  int64_t *scores = fg_arena_alloc_raw(scratch, l->nclasses * sizeof *scores);
  if (!scores)
    return FG_ERR_NOMEM;
  if (cache && cache->lemmatizer != l)
    cache = NULL;
  for (size_t i = 0; i < n; i++) {
    FgWord *w = &words[i];
    CacheEntry *slot = cache && w->form ? cache_slot(cache, w) : NULL;
    CacheEntry d;
    if (slot && cache_hit(slot, w)) {
      d = *slot;
    } else {
      d = decide(l, w, scores);
      if (slot)
        *slot = d;
    }
    if (d.exception) {
      w->lemma = l->exceptions[d.exception - 1].lemma;
    } else {
      FgStatus st = apply_edit(l, w, d.edit, scratch);
      if (st != FG_OK)
        return st;
    }
  }
  return FG_OK;
}

FgStatus fg_lemmatizer_predict(const FgLemmatizer *l, FgWord *words, size_t n,
                               FgArena *scratch) {
  return fg_lemmatizer_predict_cached(l, NULL, words, n, scratch);
}

const FgModel *fg_lemmatizer_model(const FgLemmatizer *l) { return l->model; }

uint32_t fg_lemmatizer_classes(const FgLemmatizer *l) { return l->nclasses; }

void fg_lemmatizer_class_name(const FgLemmatizer *l, uint32_t c, char *out,
                              size_t cap) {
  if (c >= l->nclasses) {
    snprintf(out, cap, "?");
    return;
  }
  const FgLemmaEdit *e = &l->edits[c];
  static const char *const modes[] = {"keep", "lower", "capital"};
  snprintf(out, cap, "%s|%u|%s", modes[e->lower], e->strip, e->suffix);
}

size_t fg_lemmatizer_exceptions(const FgLemmatizer *l) {
  return l->nexceptions;
}

const char *fg_lemmatizer_exception(const FgLemmatizer *l, size_t i,
                                    uint64_t *key) {
  *key = l->exceptions[i].key;
  return l->exceptions[i].lemma;
}
