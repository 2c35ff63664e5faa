/* SPDX-License-Identifier: MIT */
#include "learn/perceptron.h"

#include <stdlib.h>
#include <string.h>

#include "learn/le.h"
#include "util/grow.h"

/* ---- training form ---- */

typedef struct {
  uint32_t cls;
  int32_t weight;
  int64_t total;   /* sum of weight over the instances seen until stamp */
  uint64_t stamp;
} Entry;

typedef struct {
  uint64_t key;
  uint32_t updates;
  uint32_t count, cap;
  Entry *entries;
} Feature;

struct FgPerceptron {
  uint32_t nclasses;
  uint64_t clock; /* instances seen */
  Feature *features;
  size_t nfeatures, cap;
  uint32_t *slots; /* feature index + 1, 0 empty */
  size_t nslots;   /* power of two */
};

static size_t slot_of(uint64_t key, size_t mask) {
  /* keys are hashes already; mix anyway so test keys 1, 2, 3 spread */
  key ^= key >> 33;
  key *= 0xff51afd7ed558ccdull;
  key ^= key >> 33;
  return (size_t)key & mask;
}

FgPerceptron *fg_perceptron_new(uint32_t nclasses) {
  if (nclasses == 0 || nclasses > FG_PERCEPTRON_MAX_CLASSES)
    return NULL;
  FgPerceptron *p = calloc(1, sizeof *p);
  if (!p)
    return NULL;
  p->nclasses = nclasses;
  p->nslots = 1024;
  p->slots = calloc(p->nslots, sizeof *p->slots);
  if (!p->slots) {
    free(p);
    return NULL;
  }
  return p;
}

void fg_perceptron_free(FgPerceptron *p) {
  if (!p)
    return;
  for (size_t i = 0; i < p->nfeatures; i++)
    free(p->features[i].entries);
  free(p->features);
  free(p->slots);
  free(p);
}

uint32_t fg_perceptron_classes(const FgPerceptron *p) { return p->nclasses; }

size_t fg_perceptron_features(const FgPerceptron *p) { return p->nfeatures; }

static const Feature *find_feature(const FgPerceptron *p, uint64_t key) {
  size_t mask = p->nslots - 1;
  for (size_t i = slot_of(key, mask);; i = (i + 1) & mask) {
    uint32_t s = p->slots[i];
    if (!s)
      return NULL;
    if (p->features[s - 1].key == key)
      return &p->features[s - 1];
  }
}

static bool rehash(FgPerceptron *p) {
  size_t nslots = p->nslots * 2;
  uint32_t *slots = calloc(nslots, sizeof *slots);
  if (!slots)
    return false;
  for (size_t f = 0; f < p->nfeatures; f++) {
    size_t i = slot_of(p->features[f].key, nslots - 1);
    while (slots[i])
      i = (i + 1) & (nslots - 1);
    slots[i] = (uint32_t)(f + 1);
  }
  free(p->slots);
  p->slots = slots;
  p->nslots = nslots;
  return true;
}

static Feature *add_feature(FgPerceptron *p, uint64_t key) {
  const Feature *found = find_feature(p, key);
  if (found)
    return (Feature *)(uintptr_t)found;
  if (p->nfeatures >= UINT32_MAX - 1)
    return NULL;
  if ((p->nfeatures + 1) * 2 > p->nslots && !rehash(p))
    return NULL;
  Feature *grown = fg_grow(p->features, p->nfeatures + 1, &p->cap,
                           sizeof *p->features);
  if (!grown)
    return NULL;
  p->features = grown;
  size_t mask = p->nslots - 1, i = slot_of(key, mask);
  while (p->slots[i])
    i = (i + 1) & mask;
  p->slots[i] = (uint32_t)(p->nfeatures + 1);
  Feature *f = &p->features[p->nfeatures++];
  memset(f, 0, sizeof *f);
  f->key = key;
  return f;
}

void fg_perceptron_score(const FgPerceptron *p, const uint64_t *keys, size_t n,
                         int64_t *scores) {
  for (size_t k = 0; k < n; k++) {
    const Feature *f = find_feature(p, keys[k]);
    if (!f)
      continue;
    for (uint32_t e = 0; e < f->count; e++)
      scores[f->entries[e].cls] += f->entries[e].weight;
  }
}

/* Entries stay sorted by class, so a frozen row needs no sort. */
static Entry *entry_for(Feature *f, uint32_t cls) {
  uint32_t i = 0;
  while (i < f->count && f->entries[i].cls < cls)
    i++;
  if (i < f->count && f->entries[i].cls == cls)
    return &f->entries[i];
  if (f->count == f->cap) {
    uint32_t cap = f->cap ? f->cap * 2 : 2;
    Entry *grown = realloc(f->entries, cap * sizeof *grown);
    if (!grown)
      return NULL;
    f->entries = grown;
    f->cap = cap;
  }
  memmove(&f->entries[i + 1], &f->entries[i], (f->count - i) * sizeof(Entry));
  f->count++;
  f->entries[i] = (Entry){cls, 0, 0, 0};
  return &f->entries[i];
}

static bool bump(Feature *f, uint32_t cls, int32_t delta, uint64_t now) {
  Entry *e = entry_for(f, cls);
  if (!e)
    return false;
  e->total += (int64_t)e->weight * (int64_t)(now - e->stamp);
  e->stamp = now;
  if ((delta > 0 && e->weight < INT32_MAX) ||
      (delta < 0 && e->weight > INT32_MIN))
    e->weight += delta;
  return true;
}

FgStatus fg_perceptron_learn(FgPerceptron *p, const uint64_t *keys, size_t n,
                             uint32_t truth, uint32_t guess) {
  if (truth >= p->nclasses || guess >= p->nclasses)
    return FG_ERR_USAGE;
  p->clock++;
  if (truth == guess)
    return FG_OK;
  /* The update happens before this instance's tick is counted, so that
   * instance already sees the new weight: now = clock - 1. */
  uint64_t now = p->clock - 1;
  for (size_t k = 0; k < n; k++) {
    Feature *f = add_feature(p, keys[k]);
    if (!f || !bump(f, truth, 1, now) || !bump(f, guess, -1, now))
      return FG_ERR_NOMEM;
    if (f->updates < UINT32_MAX)
      f->updates++;
  }
  return FG_OK;
}

/* round(total * scale / clock), half away from zero, clamped to int32;
 * integers only, so every compiler and flag gives the same bytes. */
static int32_t averaged(const Entry *e, uint64_t clock) {
  if (clock == 0)
    return 0;
  int64_t total = e->total + (int64_t)e->weight * (int64_t)(clock - e->stamp);
  const int64_t limit = INT64_MAX / FG_WEIGHT_SCALE;
  if (total > limit || total < -limit)
    return total > 0 ? INT32_MAX : INT32_MIN;
  int64_t num = total * FG_WEIGHT_SCALE, den = (int64_t)clock;
  int64_t q = num / den, r = num % den;
  if (r < 0 ? -r >= den - -r : r >= den - r)
    q += num < 0 ? -1 : 1;
  if (q > INT32_MAX)
    return INT32_MAX;
  if (q < INT32_MIN)
    return INT32_MIN;
  return (int32_t)q;
}

static int cmp_key(const void *a, const void *b) {
  uint64_t x = (*(const Feature *const *)a)->key;
  uint64_t y = (*(const Feature *const *)b)->key;
  return (x > y) - (x < y);
}

static uint32_t kept_entries(const Feature *f, uint64_t clock) {
  uint32_t n = 0;
  for (uint32_t e = 0; e < f->count; e++)
    n += averaged(&f->entries[e], clock) != 0;
  return n;
}

FgStatus fg_perceptron_freeze(const FgPerceptron *p, uint32_t min_updates,
                              FgBuf *out) {
  fg_buf_clear(out);
  const Feature **rows = malloc((p->nfeatures + 1) * sizeof *rows);
  if (!rows)
    return FG_ERR_NOMEM;
  size_t nrows = 0, nnz = 0;
  for (size_t i = 0; i < p->nfeatures; i++) {
    const Feature *f = &p->features[i];
    uint32_t kept = f->updates >= min_updates ? kept_entries(f, p->clock) : 0;
    if (kept) {
      rows[nrows++] = f;
      nnz += kept;
    }
  }
  qsort(rows, nrows, sizeof *rows, cmp_key);
  bool ok = nnz <= UINT32_MAX && fg_le_put_u32(out, p->nclasses) &&
            fg_le_put_u32(out, (uint32_t)nrows) &&
            fg_le_put_u32(out, (uint32_t)nnz) &&
            fg_le_put_u32(out, FG_WEIGHT_SCALE);
  for (size_t r = 0; ok && r < nrows; r++)
    ok = fg_le_put_u64(out, rows[r]->key);
  uint32_t end = 0;
  for (size_t r = 0; ok && r < nrows; r++) {
    end += kept_entries(rows[r], p->clock);
    ok = fg_le_put_u32(out, end);
  }
  for (size_t r = 0; ok && r < nrows; r++)
    for (uint32_t e = 0; ok && e < rows[r]->count; e++)
      if (averaged(&rows[r]->entries[e], p->clock))
        ok = fg_le_put_u16(out, (uint16_t)rows[r]->entries[e].cls);
  ok = ok && fg_le_pad(out, 4);
  for (size_t r = 0; ok && r < nrows; r++)
    for (uint32_t e = 0; ok && e < rows[r]->count; e++) {
      int32_t w = averaged(&rows[r]->entries[e], p->clock);
      if (w)
        ok = fg_le_put_i32(out, w);
    }
  free(rows);
  return ok ? FG_OK : FG_ERR_NOMEM;
}

/* ---- decoding form ---- */

typedef struct {
  uint64_t key;
  uint32_t start, count; /* count 0: empty slot */
} Slot;

struct FgWeights {
  uint32_t nclasses;
  size_t nfeatures, nnz;
  uint64_t *keys;    /* sorted, for dumps */
  uint32_t *row_end;
  uint16_t *classes;
  int32_t *weights;
  Slot *slots;
  size_t mask;
  unsigned shift; /* 64 - log2(slots) */
};

/* A key's home slot in the frozen table: its top bits. Keys are hashes,
 * so this spreads them evenly, and keys inserted in sorted order fill
 * the table front to back (cache-friendly loading). */
static size_t home_slot(const FgWeights *w, uint64_t key) {
  return (size_t)(key >> w->shift);
}

void fg_weights_free(FgWeights *w) {
  if (!w)
    return;
  free(w->keys);
  free(w->row_end);
  free(w->classes);
  free(w->weights);
  free(w->slots);
  free(w);
}

static FgStatus bad(const FgModel *model, uint32_t id, size_t at,
                    const char *msg) {
  return model ? fg_model_fail(model, id, at, msg) : FG_ERR_SYNTAX;
}

static bool alloc_arrays(FgWeights *w) {
  size_t nslots = 16;
  w->shift = 60;
  while (nslots < w->nfeatures * 2) {
    nslots *= 2;
    w->shift--;
  }
  w->mask = nslots - 1;
  w->keys = malloc((w->nfeatures + 1) * sizeof *w->keys);
  w->row_end = malloc((w->nfeatures + 1) * sizeof *w->row_end);
  w->classes = malloc((w->nnz + 1) * sizeof *w->classes);
  w->weights = malloc((w->nnz + 1) * sizeof *w->weights);
  w->slots = calloc(nslots, sizeof *w->slots);
  return w->keys && w->row_end && w->classes && w->weights && w->slots;
}

static bool little_endian_host(void) {
  const uint16_t one = 1;
  uint8_t first;
  memcpy(&first, &one, 1);
  return first == 1;
}

/* Copies an array of n little-endian elements of size bytes. */
static void copy_le(void *dst, const uint8_t *src, size_t n, size_t size) {
  if (little_endian_host()) {
    memcpy(dst, src, n * size);
    return;
  }
  for (size_t i = 0; i < n; i++, src += size) {
    if (size == 8)
      ((uint64_t *)dst)[i] = fg_le_load_u64(src);
    else if (size == 4)
      ((uint32_t *)dst)[i] = fg_le_load_u32(src);
    else
      ((uint16_t *)dst)[i] = fg_le_load_u16(src);
  }
}

/* Copies and checks the arrays (their sizes were checked against the
 * section); returns the failing byte offset or SIZE_MAX. */
static size_t read_arrays(FgWeights *w, const uint8_t *data, const char **why) {
  size_t nf = w->nfeatures, nnz = w->nnz;
  size_t keys_at = 16, ends_at = keys_at + nf * 8, cls_at = ends_at + nf * 4;
  size_t wts_at = (cls_at + nnz * 2 + 3) / 4 * 4;
  copy_le(w->keys, data + keys_at, nf, 8);
  copy_le(w->row_end, data + ends_at, nf, 4);
  copy_le(w->classes, data + cls_at, nnz, 2);
  copy_le(w->weights, data + wts_at, nnz, 4);
  for (size_t i = 1; i < nf; i++)
    if (w->keys[i] <= w->keys[i - 1]) {
      *why = "feature keys not strictly increasing";
      return keys_at + i * 8;
    }
  uint32_t prev = 0;
  for (size_t i = 0; i < nf; i++) {
    if (w->row_end[i] <= prev || w->row_end[i] > nnz ||
        (i + 1 == nf && w->row_end[i] != nnz)) {
      *why = "bad row end";
      return ends_at + i * 4;
    }
    for (size_t j = prev; j < w->row_end[i]; j++)
      if (w->classes[j] >= w->nclasses ||
          (j > prev && w->classes[j] <= w->classes[j - 1])) {
        *why = "class id out of range or out of order";
        return cls_at + j * 2;
      }
    prev = w->row_end[i];
  }
  for (size_t at = cls_at + nnz * 2; at < wts_at; at++)
    if (data[at] != 0) {
      *why = "non-zero padding";
      return at;
    }
  return SIZE_MAX;
}

static void build_table(FgWeights *w) {
  uint32_t start = 0;
  for (size_t i = 0; i < w->nfeatures; i++) {
    size_t s = home_slot(w, w->keys[i]);
    while (w->slots[s].count)
      s = (s + 1) & w->mask;
    w->slots[s] = (Slot){w->keys[i], start, w->row_end[i] - start};
    start = w->row_end[i];
  }
}

FgStatus fg_weights_load(const uint8_t *data, size_t len,
                         const FgModel *model, uint32_t section_id,
                         FgWeights **out) {
  *out = NULL;
  FgLeCursor c = fg_le_cursor(data, len);
  uint32_t nclasses = fg_le_u32(&c), nfeatures = fg_le_u32(&c),
           nnz = fg_le_u32(&c), scale = fg_le_u32(&c);
  if (c.failed)
    return bad(model, section_id, c.fail_at, "weights header truncated");
  if (nclasses == 0 || nclasses > FG_PERCEPTRON_MAX_CLASSES ||
      scale != FG_WEIGHT_SCALE || nnz < nfeatures)
    return bad(model, section_id, 0, "bad weights header");
  /* count x element size must be exactly the section (in 64-bit sums, so
   * hostile counts cannot wrap) */
  uint64_t need = 16 + (uint64_t)nfeatures * 12 + (uint64_t)nnz * 2;
  need = (need + 3) / 4 * 4 + (uint64_t)nnz * 4;
  if (need != len)
    return bad(model, section_id, 4, "counts do not match the section length");
  FgWeights *w = calloc(1, sizeof *w);
  if (!w)
    return FG_ERR_NOMEM;
  w->nclasses = nclasses;
  w->nfeatures = nfeatures;
  w->nnz = nnz;
  if (!alloc_arrays(w)) {
    fg_weights_free(w);
    return FG_ERR_NOMEM;
  }
  const char *why = NULL;
  size_t at = read_arrays(w, data, &why);
  if (at != SIZE_MAX) {
    fg_weights_free(w);
    return bad(model, section_id, at, why);
  }
  build_table(w);
  *out = w;
  return FG_OK;
}

uint32_t fg_weights_classes(const FgWeights *w) { return w->nclasses; }

size_t fg_weights_features(const FgWeights *w) { return w->nfeatures; }

/* Looks up keys in batches of three stages, so that the cache misses of a
 * word's features overlap instead of queueing: prefetch every slot, then
 * find each key's row and prefetch its classes and weights, then add. */
#define SCORE_BATCH 64

#if defined(__GNUC__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif

void fg_weights_score(const FgWeights *w, const uint64_t *keys, size_t n,
                      int64_t *scores) {
  const Slot *found[SCORE_BATCH];
  for (size_t base = 0; base < n; base += SCORE_BATCH) {
    size_t m = n - base < SCORE_BATCH ? n - base : SCORE_BATCH;
    for (size_t k = 0; k < m; k++)
      PREFETCH(&w->slots[home_slot(w, keys[base + k])]);
    for (size_t k = 0; k < m; k++) {
      uint64_t key = keys[base + k];
      found[k] = NULL;
      for (size_t s = home_slot(w, key);; s = (s + 1) & w->mask) {
        const Slot *slot = &w->slots[s];
        if (!slot->count)
          break;
        if (slot->key == key) {
          found[k] = slot;
          PREFETCH(w->classes + slot->start);
          PREFETCH(w->weights + slot->start);
          break;
        }
      }
    }
    for (size_t k = 0; k < m; k++) {
      if (!found[k])
        continue;
      const uint16_t *cls = w->classes + found[k]->start;
      const int32_t *wt = w->weights + found[k]->start;
      for (uint32_t j = 0; j < found[k]->count; j++)
        scores[cls[j]] += wt[j];
    }
  }
}

uint32_t fg_argmax(const int64_t *scores, const uint8_t *allowed, uint32_t n) {
  uint32_t best = UINT32_MAX;
  for (uint32_t c = 0; c < n; c++)
    if ((!allowed || allowed[c]) &&
        (best == UINT32_MAX || scores[c] > scores[best]))
      best = c;
  return best == UINT32_MAX ? 0 : best;
}

FgWeightRow fg_weights_row(const FgWeights *w, size_t i) {
  uint32_t start = i ? w->row_end[i - 1] : 0;
  FgWeightRow row = {w->keys[i], w->classes + start, w->weights + start,
                     w->row_end[i] - start};
  return row;
}
