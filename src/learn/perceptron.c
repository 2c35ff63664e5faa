/* SPDX-License-Identifier: MIT */
/* madvise(MADV_HUGEPAGE) is Linux's, outside POSIX */
#define _DEFAULT_SOURCE
#include "learn/perceptron.h"

#include <stdlib.h>
#include <string.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define HAVE_X86_DENSE 1
#endif

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

/* ---- decoding form ----
 * Laid out for lookup speed: scoring a parser state looks up about a
 * hundred keys in a table of a hundred thousand rows and a million and a
 * half weights, which is bound by cache misses; so the table is small, a
 * key costs at most one slot miss and one row miss, and the misses of a
 * batch of keys overlap (prefetch every slot, then every row).
 * slots: 8 bytes, at least twice as many as features; a key's home slot
 *   is its top bits, then linear probing. A slot holds its row's place,
 *   the key's low 16 bits (so a probe that passes another key seldom
 *   touches that key's row) and the row's length.
 * rows: one contiguous block per feature, in key order, 4-byte aligned:
 *   u32 key low, u32 key high, u32 count | form << 30, then
 *   narrow: count int16 weights, count uint8 classes (every weight of the
 *           row fits 16 bits and the model has at most 256 classes: all
 *           but a few rows of the committed models);
 *   dense:  a narrow row with weights for a quarter of the classes or
 *           more: an int16 weight for every class (0 where it has none;
 *           dense_len, the class count rounded up to 8), then its count
 *           uint8 classes (for dumps); a batch's dense rows are
 *           added together without scatter, in SIMD (sum_dense);
 *   wide:   count int32 weights, count uint16 classes;
 *   zero padding to 4 bytes. Word 0 is unused (slot at 0: empty).
 * Narrow and dense rows add into int32 sums (a batch of SCORE_BATCH
 * int16 weights cannot overflow them), wide rows into the int64 scores
 * (fg_weights_best: into the int32 sums too, when the keys' count times
 * the largest weight fits them): the same integers as over the section's
 * arrays. */

typedef struct {
  uint32_t at;    /* the row's first word; 0: empty slot */
  uint16_t fp;    /* the key's low 16 bits */
  uint16_t count; /* weights in the row, 1..FG_PERCEPTRON_MAX_CLASSES */
} Slot;

struct FgWeights {
  uint32_t nclasses;
  size_t nfeatures, nnz;
  uint32_t *rows;
  uint32_t *row_at; /* each feature's row, in key order (dumps) */
  Slot *slots;
  size_t rows_mapped, slots_mapped; /* bytes mapped (table_alloc); 0: calloc */
  size_t mask;
  unsigned shift;     /* 64 - log2(slots) */
  uint32_t dense_len; /* 0: every row is wide (over 256 classes) */
  uint32_t max_weight; /* the largest |weight| (fg_weights_best's bound) */
  bool avx2;           /* sum_dense and argmax32 may use AVX2 */
  uint64_t *present;   /* NULL, or fg_weights_filter_absent_keys' bits */
  unsigned present_shift; /* a key's bucket is key >> present_shift */
};

#define ROW_HEAD 3u
#define FORM_SHIFT 30
#define COUNT_MASK ((1u << FORM_SHIFT) - 1)
enum { FORM_NARROW, FORM_DENSE, FORM_WIDE };
#define NARROW_MAX_CLASSES 256u
#define DENSE_STEP 8u

static size_t row_words(const FgWeights *w, size_t count, unsigned form) {
  size_t bytes = form == FORM_WIDE    ? count * 6
                 : form == FORM_DENSE ? w->dense_len * 2u + count
                                      : count * 3;
  return ROW_HEAD + (bytes + 3) / 4;
}

static uint64_t row_key(const uint32_t *r) {
  return (uint64_t)r[0] | (uint64_t)r[1] << 32;
}

/* A key's home slot in the frozen table: its top bits. Keys are hashes,
 * so this spreads them evenly, and keys inserted in sorted order fill
 * the table front to back (cache-friendly loading). */
static size_t home_slot(const FgWeights *w, uint64_t key) {
  return (size_t)(key >> w->shift);
}

/* Zeroed memory for a table that is read at random: on Linux in huge
 * pages when the system allows it (THP "madvise"), as with 4 KiB pages
 * nearly every lookup also misses the TLB. Mapped rather than allocated,
 * as fresh pages come zeroed (no memset of the whole table); *mapped is
 * the length mapped, 0 when the memory is calloc's. */
#define HUGE_PAGE ((size_t)2 << 20)
static void *table_alloc(size_t bytes, size_t *mapped) {
  *mapped = 0;
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  if (bytes >= HUGE_PAGE) {
    size_t len = (bytes + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
    /* one huge page more, to cut an aligned start out of */
    uint8_t *p = mmap(NULL, len + HUGE_PAGE, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
      return NULL;
    size_t lead = (HUGE_PAGE - (uintptr_t)p % HUGE_PAGE) % HUGE_PAGE;
    if (lead)
      (void)munmap(p, lead);
    (void)munmap(p + lead + len, HUGE_PAGE - lead);
    p += lead;
    (void)madvise(p, len, MADV_HUGEPAGE);
    *mapped = len;
    return p;
  }
#endif
  return calloc(1, bytes);
}

static void table_free(void *p, size_t mapped) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  if (mapped) {
    (void)munmap(p, mapped);
    return;
  }
#endif
  free(p);
}

void fg_weights_free(FgWeights *w) {
  if (!w)
    return;
  table_free(w->rows, w->rows_mapped);
  free(w->row_at);
  table_free(w->slots, w->slots_mapped);
  free(w->present);
  free(w);
}

static FgStatus bad(const FgModel *model, uint32_t id, size_t at,
                    const char *msg) {
  return model ? fg_model_fail(model, id, at, msg) : FG_ERR_SYNTAX;
}

/* Byte offsets of a section's arrays. */
typedef struct {
  size_t keys, ends, classes, weights;
} Layout;

static Layout layout_of(size_t nf, size_t nnz) {
  Layout l = {16, 16 + nf * 8, 16 + nf * 12, 0};
  l.weights = (l.classes + nnz * 2 + 3) / 4 * 4;
  return l;
}

static int32_t section_weight(const uint8_t *data, const Layout *l,
                              uint32_t j) {
  uint32_t bits = fg_le_load_u32(data + l->weights + (size_t)j * 4);
  int32_t v;
  memcpy(&v, &bits, sizeof v);
  return v;
}

/* The form of a row of count weights; narrow: every weight fits int16. */
static unsigned row_form(const FgWeights *w, uint32_t count, bool narrow) {
  if (!w->dense_len || !narrow)
    return FORM_WIDE;
  return count * 4 >= w->nclasses ? FORM_DENSE : FORM_NARROW;
}

/* Checks the arrays in place (their sizes were checked against the
 * section), sets each row's form, the largest |weight| and counts the
 * words of the rows, in one pass over the entries; returns the failing
 * byte offset or SIZE_MAX. */
static size_t check_arrays(FgWeights *w, const uint8_t *data,
                           uint8_t *forms, size_t *words, const char **why) {
  size_t nf = w->nfeatures, nnz = w->nnz;
  Layout l = layout_of(nf, nnz);
  for (size_t i = 1; i < nf; i++)
    if (fg_le_load_u64(data + l.keys + i * 8) <=
        fg_le_load_u64(data + l.keys + (i - 1) * 8)) {
      *why = "feature keys not strictly increasing";
      return l.keys + i * 8;
    }
  uint32_t prev = 0;
  *words = 1;
  for (size_t i = 0; i < nf; i++) {
    uint32_t end = fg_le_load_u32(data + l.ends + i * 4);
    if (end <= prev || end > nnz || (i + 1 == nf && end != nnz) ||
        end - prev > FG_PERCEPTRON_MAX_CLASSES) {
      *why = "bad row end";
      return l.ends + i * 4;
    }
    uint16_t last = 0;
    int32_t lo = 0, hi = 0; /* the row's lowest and highest weights */
    for (size_t j = prev; j < end; j++) {
      uint16_t cls = fg_le_load_u16(data + l.classes + j * 2);
      if (cls >= w->nclasses || (j > prev && cls <= last)) {
        *why = "class id out of range or out of order";
        return l.classes + j * 2;
      }
      last = cls;
      int32_t v = section_weight(data, &l, (uint32_t)j);
      lo = v < lo ? v : lo;
      hi = v > hi ? v : hi;
    }
    uint32_t mag = 0u - (uint32_t)lo > (uint32_t)hi ? 0u - (uint32_t)lo
                                                   : (uint32_t)hi;
    if (mag > w->max_weight)
      w->max_weight = mag;
    forms[i] = (uint8_t)row_form(w, end - prev,
                                 lo >= INT16_MIN && hi <= INT16_MAX);
    *words += row_words(w, end - prev, forms[i]);
    prev = end;
  }
  for (size_t at = l.classes + nnz * 2; at < l.weights; at++)
    if (data[at] != 0) {
      *why = "non-zero padding";
      return at;
    }
  return SIZE_MAX;
}


static bool alloc_arrays(FgWeights *w, size_t words) {
  size_t nslots = 16;
  w->shift = 60;
  while (nslots < w->nfeatures * 2) {
    nslots *= 2;
    w->shift--;
  }
  w->mask = nslots - 1;
  w->rows = table_alloc(words * sizeof *w->rows, &w->rows_mapped);
  w->row_at = malloc((w->nfeatures + 1) * sizeof *w->row_at);
  w->slots = table_alloc(nslots * sizeof *w->slots, &w->slots_mapped);
  return w->rows && w->row_at && w->slots;
}

/* Writes one row at r (zeroed) from the section's entries [from, to):
 * a loop per form, so that the per-entry loops do not branch on it. */
static void fill_row(const FgWeights *w, uint32_t *r, uint64_t key,
                     unsigned form, const uint8_t *data, const Layout *l,
                     uint32_t from, uint32_t to) {
  uint32_t count = to - from;
  r[0] = (uint32_t)key;
  r[1] = (uint32_t)(key >> 32);
  r[2] = count | (uint32_t)form << FORM_SHIFT;
  const uint8_t *cls = data + l->classes + (size_t)from * 2;
  int16_t *wt16 = (int16_t *)(r + ROW_HEAD);
  if (form == FORM_WIDE) {
    int32_t *wt = (int32_t *)(r + ROW_HEAD);
    uint16_t *c = (uint16_t *)(r + ROW_HEAD + count);
    for (uint32_t j = 0; j < count; j++) {
      wt[j] = section_weight(data, l, from + j);
      c[j] = fg_le_load_u16(cls + 2 * j);
    }
  } else if (form == FORM_DENSE) {
    uint8_t *c = (uint8_t *)(r + ROW_HEAD) + 2 * w->dense_len;
    for (uint32_t j = 0; j < count; j++) {
      c[j] = cls[2 * j]; /* classes < 256: the low byte */
      wt16[c[j]] = (int16_t)section_weight(data, l, from + j);
    }
  } else {
    uint8_t *c = (uint8_t *)(r + ROW_HEAD) + 2 * count;
    for (uint32_t j = 0; j < count; j++) {
      wt16[j] = (int16_t)section_weight(data, l, from + j);
      c[j] = cls[2 * j];
    }
  }
}

/* Copies the checked arrays into rows and slots. */
static void build_table(FgWeights *w, const uint8_t *data,
                        const uint8_t *forms) {
  Layout l = layout_of(w->nfeatures, w->nnz);
  uint32_t prev = 0, at = 1;
  for (size_t i = 0; i < w->nfeatures; i++) {
    uint64_t key = fg_le_load_u64(data + l.keys + i * 8);
    uint32_t end = fg_le_load_u32(data + l.ends + i * 4);
    unsigned form = forms[i];
    fill_row(w, w->rows + at, key, form, data, &l, prev, end);
    size_t s = home_slot(w, key);
    while (w->slots[s].at)
      s = (s + 1) & w->mask;
    w->slots[s] = (Slot){at, (uint16_t)key, (uint16_t)(end - prev)};
    w->row_at[i] = at;
    at += (uint32_t)row_words(w, end - prev, form);
    prev = end;
  }
  w->row_at[w->nfeatures] = at;
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
  if (nclasses <= NARROW_MAX_CLASSES)
    w->dense_len = (nclasses + DENSE_STEP - 1) / DENSE_STEP * DENSE_STEP;
  const char *why = NULL;
  uint8_t *forms = malloc(nfeatures + 1u); /* each row's, found checking */
  if (!forms) {
    fg_weights_free(w);
    return FG_ERR_NOMEM;
  }
  size_t words = 0, at = check_arrays(w, data, forms, &words, &why);
  if (at != SIZE_MAX) {
    free(forms);
    fg_weights_free(w);
    return bad(model, section_id, at, why);
  }
  if (words > UINT32_MAX || !alloc_arrays(w, words)) {
    free(forms);
    fg_weights_free(w);
    return FG_ERR_NOMEM;
  }
  build_table(w, data, forms);
  free(forms);
#if defined(HAVE_X86_DENSE)
  w->avx2 = __builtin_cpu_supports("avx2");
#endif
  *out = w;
  return FG_OK;
}

void fg_weights_disable_avx2(FgWeights *w) { w->avx2 = false; }

FgStatus fg_weights_filter_absent_keys(FgWeights *w) {
  unsigned bits = 12;
  while (bits < 40 && ((size_t)1 << bits) < 16 * w->nfeatures)
    bits++;
  uint64_t *present = calloc(((size_t)1 << bits) / 64, sizeof *present);
  if (!present)
    return FG_ERR_NOMEM;
  unsigned shift = 64 - bits;
  for (size_t i = 0; i < w->nfeatures; i++) {
    uint64_t b = row_key(w->rows + w->row_at[i]) >> shift;
    present[b / 64] |= 1ull << (b % 64);
  }
  free(w->present);
  w->present = present;
  w->present_shift = shift;
  return FG_OK;
}

static inline bool may_have(const FgWeights *w, uint64_t key) {
  uint64_t b = key >> w->present_shift;
  return w->present[b / 64] >> (b % 64) & 1;
}

uint32_t fg_weights_classes(const FgWeights *w) { return w->nclasses; }

size_t fg_weights_features(const FgWeights *w) { return w->nfeatures; }

/* Looks up keys in batches of three stages, so that the cache misses of a
 * state's features overlap instead of queueing: prefetch every slot, then
 * find each key's slot and prefetch its row's first line (every line of a
 * dense row), then add. (Prefetching every line of the other rows measured
 * slower: the rest streams.) */
#define SCORE_BATCH 128

#if defined(__GNUC__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif

/* Prefetches words 16 * l of row, 1 <= l <= lines (at most 8: a dense
 * row ends before word ROW_HEAD + 128): unrolled, as a loop cost more
 * instructions than the prefetches. */
static inline void prefetch_lines(const uint32_t *row, uint32_t lines) {
  switch (lines) {
  case 8:
    PREFETCH(row + 128);
    /* fall through */
  case 7:
    PREFETCH(row + 112);
    /* fall through */
  case 6:
    PREFETCH(row + 96);
    /* fall through */
  case 5:
    PREFETCH(row + 80);
    /* fall through */
  case 4:
    PREFETCH(row + 64);
    /* fall through */
  case 3:
    PREFETCH(row + 48);
    /* fall through */
  case 2:
    PREFETCH(row + 32);
    /* fall through */
  case 1:
    PREFETCH(row + 16);
    /* fall through */
  default:
    break;
  }
}

/* The key's row, probing from slot s on and reading the rows' keys: for
 * when a row met by its low bits has another key (rare). */
static const uint32_t *find_exact(const FgWeights *w, uint64_t key, size_t s) {
  for (;; s = (s + 1) & w->mask) {
    const Slot *slot = &w->slots[s];
    if (!slot->at)
      return NULL;
    if (slot->fp == (uint16_t)key && row_key(w->rows + slot->at) == key)
      return w->rows + slot->at;
  }
}

/* acc[0..len) = the sum of the n dense rows (written, not added: the
 * other rows are added after), 8 classes at a time so that each step's
 * sums stay in registers. On x86-64: SSE2 (in every x86-64), or AVX2 where
 * the processor has it (fg_weights_load asks once: the same integer sums,
 * one widening load and one add per row and step); else a plain loop. */
#if defined(HAVE_X86_DENSE)
static void sum_dense_sse2(int32_t *acc, const int16_t *const *rows, size_t n,
                           uint32_t len) {
  for (uint32_t c = 0; c < len; c += DENSE_STEP) {
    __m128i lo = _mm_setzero_si128(), hi = _mm_setzero_si128();
    for (size_t r = 0; r < n; r++) {
      __m128i x =
          _mm_loadu_si128((const __m128i *)(const void *)(rows[r] + c));
      /* each int16 into the high half of an int32, shifted down with sign */
      lo = _mm_add_epi32(lo, _mm_srai_epi32(_mm_unpacklo_epi16(x, x), 16));
      hi = _mm_add_epi32(hi, _mm_srai_epi32(_mm_unpackhi_epi16(x, x), 16));
    }
    __m128i *a = (__m128i *)(void *)(acc + c);
    _mm_storeu_si128(a, lo);
    _mm_storeu_si128(a + 1, hi);
  }
}
/* rows[r][c + 8 * k] widened, k < 4 */
#define WIDE8(k)                                                               \
  _mm256_cvtepi16_epi32(                                                       \
      _mm_loadu_si128((const __m128i *)(const void *)(rows[r] + c + 8 * (k))))
__attribute__((target("avx2"))) static void
sum_dense_avx2(int32_t *acc, const int16_t *const *rows, size_t n,
               uint32_t len) {
  uint32_t c = 0;
  /* four steps per pass over the rows, to share each row's pointer load
   * and the loop's overhead */
  for (; c + 4 * DENSE_STEP <= len; c += 4 * DENSE_STEP) {
    __m256i s0 = _mm256_setzero_si256(), s1 = s0, s2 = s0, s3 = s0;
    for (size_t r = 0; r < n; r++) {
      s0 = _mm256_add_epi32(s0, WIDE8(0));
      s1 = _mm256_add_epi32(s1, WIDE8(1));
      s2 = _mm256_add_epi32(s2, WIDE8(2));
      s3 = _mm256_add_epi32(s3, WIDE8(3));
    }
    __m256i *a = (__m256i *)(void *)(acc + c);
    _mm256_storeu_si256(a, s0);
    _mm256_storeu_si256(a + 1, s1);
    _mm256_storeu_si256(a + 2, s2);
    _mm256_storeu_si256(a + 3, s3);
  }
  for (; c < len; c += DENSE_STEP) {
    __m256i sum = _mm256_setzero_si256();
    for (size_t r = 0; r < n; r++)
      sum = _mm256_add_epi32(sum, WIDE8(0));
    _mm256_storeu_si256((__m256i *)(void *)(acc + c), sum);
  }
}
#undef WIDE8

/* scores[0..n) += acc[0..n), four at a time, each int32 widened with
 * its sign */
__attribute__((target("avx2"))) static void
add_acc_avx2(int64_t *scores, const int32_t *acc, uint32_t n) {
  uint32_t c = 0;
  for (; c + 4 <= n; c += 4) {
    __m256i x = _mm256_cvtepi32_epi64(
        _mm_loadu_si128((const __m128i *)(const void *)(acc + c)));
    __m256i *s = (__m256i *)(void *)(scores + c);
    _mm256_storeu_si256(s, _mm256_add_epi64(_mm256_loadu_si256(s), x));
  }
  for (; c < n; c++)
    scores[c] += acc[c];
}
#endif

static void sum_dense(const FgWeights *w, int32_t *acc,
                      const int16_t *const *rows, size_t n) {
#if defined(HAVE_X86_DENSE)
  if (w->avx2)
    sum_dense_avx2(acc, rows, n, w->dense_len);
  else
    sum_dense_sse2(acc, rows, n, w->dense_len);
#else
  memset(acc, 0, w->dense_len * sizeof *acc);
  for (size_t r = 0; r < n; r++)
    for (uint32_t c = 0; c < w->dense_len; c++)
      acc[c] += rows[r][c];
#endif
}

static void add_acc(const FgWeights *w, int64_t *scores, const int32_t *acc) {
#if defined(HAVE_X86_DENSE)
  if (w->avx2) {
    add_acc_avx2(scores, acc, w->nclasses);
    return;
  }
#endif
  for (uint32_t c = 0; c < w->nclasses; c++)
    scores[c] += acc[c];
}

/* Adds a narrow row to acc, a wide one to scores (to acc when scores is
 * NULL: fg_weights_best); dense ones: sum_dense. */
static void add_row(const uint32_t *r, int64_t *scores, int32_t *acc) {
  uint32_t count = r[2] & COUNT_MASK;
  unsigned form = r[2] >> FORM_SHIFT;
  if (form == FORM_NARROW) {
    const int16_t *wt = (const int16_t *)(r + ROW_HEAD);
    const uint8_t *cls = (const uint8_t *)(r + ROW_HEAD) + 2 * count;
    uint32_t j = 0;
    /* four at a time: the loop's own instructions were as many as the adds */
    for (; j + 4 <= count; j += 4) {
      acc[cls[j]] += wt[j];
      acc[cls[j + 1]] += wt[j + 1];
      acc[cls[j + 2]] += wt[j + 2];
      acc[cls[j + 3]] += wt[j + 3];
    }
    for (; j < count; j++)
      acc[cls[j]] += wt[j];
  } else {
    const int32_t *wt = (const int32_t *)(r + ROW_HEAD);
    const uint16_t *cls = (const uint16_t *)(r + ROW_HEAD + count);
    for (uint32_t j = 0; j < count; j++)
      if (scores)
        scores[cls[j]] += wt[j];
      else
        acc[cls[j]] += wt[j];
  }
}

/* The rows of keys k[0..m), m <= SCORE_BATCH: the dense ones' weights
 * into dense[0..*nd), the others into other[0..*no). */
static void find_rows(const FgWeights *w, const uint64_t *k, size_t m,
                      const int16_t **dense, size_t *nd,
                      const uint32_t **other, size_t *no) {
  /* each key's home slot, then the slot found (SIZE_MAX: absent) */
  size_t found[SCORE_BATCH];
  /* a row with this many weights is dense (by its count); the lines of
   * a dense row after its first */
  const uint32_t dense_count = (w->nclasses + 3) / 4;
  const uint32_t dense_end = ROW_HEAD + w->dense_len / 2;
  const uint32_t dense_lines = dense_end > 16 ? (dense_end - 1) / 16 : 0;
  /* the table's fields in locals: the compiler reloaded them per probe */
  const Slot *slots = w->slots;
  const uint32_t *rows = w->rows;
  const size_t mask = w->mask;
  uint64_t kept[SCORE_BATCH];
  if (w->present) {
    size_t n = 0;
    for (size_t i = 0; i < m; i++)
      if (may_have(w, k[i]))
        kept[n++] = k[i];
    k = kept;
    m = n;
  }
  for (size_t i = 0; i < m; i++) {
    found[i] = home_slot(w, k[i]);
    PREFETCH(&slots[found[i]]);
  }
  for (size_t i = 0; i < m; i++) {
    uint16_t fp = (uint16_t)k[i];
    size_t s = found[i];
    found[i] = SIZE_MAX;
    for (; slots[s].at; s = (s + 1) & mask)
      if (slots[s].fp == fp) {
        found[i] = s;
        const uint32_t *row = rows + slots[s].at;
        PREFETCH(row);
        /* a dense row (by its count) is read a line per pass of
         * sum_dense, not streamed: fetch all its lines now */
        if (slots[s].count >= dense_count)
          prefetch_lines(row, dense_lines);
        break;
      }
  }
  size_t d = 0, o = 0;
  for (size_t i = 0; i < m; i++) {
    if (found[i] == SIZE_MAX)
      continue;
    const uint32_t *r = rows + slots[found[i]].at;
    if (row_key(r) != k[i] &&
        !(r = find_exact(w, k[i], (found[i] + 1) & mask)))
      continue;
    if (r[2] >> FORM_SHIFT == FORM_DENSE)
      dense[d++] = (const int16_t *)(r + ROW_HEAD);
    else
      other[o++] = r;
  }
  *nd = d;
  *no = o;
}

void fg_weights_score(const FgWeights *w, const uint64_t *keys, size_t n,
                      int64_t *scores) {
  int32_t acc[NARROW_MAX_CLASSES];
  const int16_t *dense[SCORE_BATCH];
  const uint32_t *other[SCORE_BATCH];
  for (size_t base = 0; base < n; base += SCORE_BATCH) {
    size_t m = n - base < SCORE_BATCH ? n - base : SCORE_BATCH, nd, no;
    find_rows(w, keys + base, m, dense, &nd, other, &no);
    if (w->dense_len)
      sum_dense(w, acc, dense, nd);
    for (size_t i = 0; i < no; i++)
      add_row(other[i], scores, acc);
    if (w->dense_len)
      add_acc(w, scores, acc);
  }
}

/* The first index of the highest of v[0..n): the maximum eight lanes at a
 * time with AVX2 where the processor has it, then the first value equal
 * to it. */
#if defined(HAVE_X86_DENSE)
__attribute__((target("avx2"))) static uint32_t argmax32_avx2(const int32_t *v,
                                                              uint32_t n) {
  __m256i top = _mm256_set1_epi32(INT32_MIN);
  uint32_t c = 0;
  for (; c + 8 <= n; c += 8)
    top = _mm256_max_epi32(
        top, _mm256_loadu_si256((const __m256i *)(const void *)(v + c)));
  int32_t lanes[8];
  _mm256_storeu_si256((__m256i *)(void *)lanes, top);
  int32_t max = lanes[0];
  for (int i = 1; i < 8; i++)
    max = lanes[i] > max ? lanes[i] : max;
  for (; c < n; c++)
    max = v[c] > max ? v[c] : max;
  __m256i want = _mm256_set1_epi32(max);
  for (c = 0; c + 8 <= n; c += 8) {
    __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(v + c));
    int lanes_equal = _mm256_movemask_ps(
        _mm256_castsi256_ps(_mm256_cmpeq_epi32(x, want)));
    if (lanes_equal)
      return c + (uint32_t)__builtin_ctz((unsigned)lanes_equal);
  }
  while (v[c] != max)
    c++;
  return c;
}
#endif

static uint32_t argmax32(const FgWeights *w, const int32_t *v, uint32_t n) {
#if defined(HAVE_X86_DENSE)
  if (w->avx2)
    return argmax32_avx2(v, n);
#else
  (void)w;
#endif
  uint32_t best = 0;
  for (uint32_t c = 1; c < n; c++)
    if (v[c] > v[best])
      best = c;
  return best;
}

uint32_t fg_weights_best(const FgWeights *w, const uint64_t *keys, size_t n,
                         int64_t *scores) {
  /* int32 sums are exact when no n weights can overflow them */
  if (!w->dense_len || n > SCORE_BATCH ||
      (uint64_t)n * w->max_weight > INT32_MAX) {
    memset(scores, 0, w->nclasses * sizeof *scores);
    fg_weights_score(w, keys, n, scores);
    return fg_argmax(scores, NULL, w->nclasses);
  }
  int32_t acc[NARROW_MAX_CLASSES];
  const int16_t *dense[SCORE_BATCH];
  const uint32_t *other[SCORE_BATCH];
  size_t nd, no;
  find_rows(w, keys, n, dense, &nd, other, &no);
  sum_dense(w, acc, dense, nd);
  for (size_t i = 0; i < no; i++)
    add_row(other[i], NULL, acc);
  return argmax32(w, acc, w->nclasses);
}

#if defined(HAVE_X86_DENSE)
/* The first index of the highest of scores[0..n), n >= 4: the maximum
 * four lanes at a time, then the first score equal to it. */
__attribute__((target("avx2"))) static uint32_t
argmax_avx2(const int64_t *scores, uint32_t n) {
  __m256i top = _mm256_loadu_si256((const __m256i *)(const void *)scores);
  uint32_t c = 4;
  for (; c + 4 <= n; c += 4) {
    __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(scores + c));
    top = _mm256_blendv_epi8(top, x, _mm256_cmpgt_epi64(x, top));
  }
  int64_t lanes[4];
  _mm256_storeu_si256((__m256i *)(void *)lanes, top);
  int64_t max = lanes[0];
  for (int i = 1; i < 4; i++)
    max = lanes[i] > max ? lanes[i] : max;
  for (; c < n; c++)
    max = scores[c] > max ? scores[c] : max;
  __m256i want = _mm256_set1_epi64x(max);
  for (c = 0; c + 4 <= n; c += 4) {
    __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(scores + c));
    int lanes_equal = _mm256_movemask_pd(
        _mm256_castsi256_pd(_mm256_cmpeq_epi64(x, want)));
    if (lanes_equal)
      return c + (uint32_t)__builtin_ctz((unsigned)lanes_equal);
  }
  while (scores[c] != max)
    c++;
  return c;
}
#endif

uint32_t fg_argmax(const int64_t *scores, const uint8_t *allowed, uint32_t n) {
  uint32_t best = UINT32_MAX;
  int64_t top = 0;
  if (!allowed) { /* the tagger's case: a plain running maximum */
    if (n == 0)
      return 0;
#if defined(HAVE_X86_DENSE)
    if (n >= 4 && __builtin_cpu_supports("avx2"))
      return argmax_avx2(scores, n);
#endif
    best = 0;
    top = scores[0];
    for (uint32_t c = 1; c < n; c++)
      if (scores[c] > top) {
        top = scores[c];
        best = c;
      }
    return best;
  }
  for (uint32_t c = 0; c < n; c++)
    if (allowed[c] && (best == UINT32_MAX || scores[c] > top)) {
      top = scores[c];
      best = c;
    }
  return best == UINT32_MAX ? 0 : best;
}

FgWeightRow fg_weights_row(const FgWeights *w, size_t i) {
  const uint32_t *r = w->rows + w->row_at[i];
  FgWeightRow row = {row_key(r), r + ROW_HEAD, r[2] & COUNT_MASK,
                     r[2] >> FORM_SHIFT, w->dense_len};
  return row;
}

uint32_t fg_weight_row_class(const FgWeightRow *row, uint32_t j) {
  if (row->form == FORM_WIDE)
    return ((const uint16_t *)(row->data + row->count))[j];
  size_t skip = row->form == FORM_DENSE ? row->span : row->count;
  return ((const uint8_t *)row->data + 2 * skip)[j];
}

int32_t fg_weight_row_weight(const FgWeightRow *row, uint32_t j) {
  if (row->form == FORM_WIDE)
    return ((const int32_t *)row->data)[j];
  if (row->form == FORM_DENSE)
    return ((const int16_t *)row->data)[fg_weight_row_class(row, j)];
  return ((const int16_t *)row->data)[j];
}

FgStatus fg_weights_encode(const FgWeights *w, FgBuf *out) {
  fg_buf_clear(out);
  bool ok = fg_le_put_u32(out, w->nclasses) &&
            fg_le_put_u32(out, (uint32_t)w->nfeatures) &&
            fg_le_put_u32(out, (uint32_t)w->nnz) &&
            fg_le_put_u32(out, FG_WEIGHT_SCALE);
  for (size_t i = 0; ok && i < w->nfeatures; i++)
    ok = fg_le_put_u64(out, fg_weights_row(w, i).key);
  uint32_t end = 0;
  for (size_t i = 0; ok && i < w->nfeatures; i++) {
    end += fg_weights_row(w, i).count;
    ok = fg_le_put_u32(out, end);
  }
  for (size_t i = 0; ok && i < w->nfeatures; i++) {
    FgWeightRow r = fg_weights_row(w, i);
    for (uint32_t e = 0; ok && e < r.count; e++)
      ok = fg_le_put_u16(out, (uint16_t)fg_weight_row_class(&r, e));
  }
  ok = ok && fg_le_pad(out, 4);
  for (size_t i = 0; ok && i < w->nfeatures; i++) {
    FgWeightRow r = fg_weights_row(w, i);
    for (uint32_t e = 0; ok && e < r.count; e++)
      ok = fg_le_put_i32(out, fg_weight_row_weight(&r, e));
  }
  return ok ? FG_OK : FG_ERR_NOMEM;
}
