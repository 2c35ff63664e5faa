/* SPDX-License-Identifier: MIT */
#include "ner/clusters.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "learn/le.h"
#include "ner/hashkeys.h"
#include "util/grow.h"
#include "util/intern.h"

enum {
  CONTEXT_WORDS = 400, /* the commonest lower-case forms */
  RARE_CLASSES = 5,    /* a rarer word: its letter case class, see rare */
  EDGE = CONTEXT_WORDS + RARE_CLASSES, /* before the first or after the last */
  SLOT = EDGE + 1,
  DIMS = 4 * SLOT, /* offsets -2, -1, +1, +2 */
  MIN_COUNT = 2,
  ITERATIONS = 12
};
static const uint32_t LEVEL_K[FG_NER_CLUSTER_LEVELS] = {64, 512};

/* The text read: the exact form id and the lower-case form id of every
 * word, sentences ended by FG_NO_ID. */
typedef struct {
  FgIntern *forms, *lowers;
  uint32_t *form_at, *lower_at;
  size_t len, cap, lcap;
  uint32_t *form_count, *lower_count;
} Text;

static bool push(Text *t, uint32_t form, uint32_t lower) {
  uint32_t *f = fg_grow(t->form_at, t->len + 1, &t->cap, sizeof *f);
  if (!f)
    return false;
  t->form_at = f;
  uint32_t *l = fg_grow(t->lower_at, t->len + 1, &t->lcap, sizeof *l);
  if (!l)
    return false;
  t->lower_at = l;
  t->form_at[t->len] = form;
  t->lower_at[t->len++] = lower;
  return true;
}

static FgStatus read_text(Text *t, FgNerSource *src) {
  FgStatus st = src->rewind(src->handle);
  FgNerExample ex;
  char low[256];
  while (st == FG_OK && (st = src->next(src->handle, &ex)) == FG_OK) {
    for (size_t i = 0; i < ex.n && st == FG_OK; i++) {
      const char *f = ex.words[i].form;
      size_t len = ex.words[i].form_len;
      size_t ll = len < sizeof low ? len : sizeof low;
      for (size_t k = 0; k < ll; k++)
        low[k] = f[k] >= 'A' && f[k] <= 'Z' ? (char)(f[k] - 'A' + 'a') : f[k];
      uint32_t fid = fg_intern_add(t->forms, f, len);
      uint32_t lid = fg_intern_add(t->lowers, low, ll);
      if (fid == FG_NO_ID || lid == FG_NO_ID || !push(t, fid, lid))
        st = FG_ERR_NOMEM;
    }
    if (st == FG_OK && !push(t, FG_NO_ID, FG_NO_ID))
      st = FG_ERR_NOMEM;
  }
  return st == FG_NOTHING ? FG_OK : st;
}

static const uint32_t *counts_of(const uint32_t *at, size_t len, size_t n,
                                 uint32_t **out) {
  *out = calloc(n + 1, sizeof **out);
  if (*out)
    for (size_t i = 0; i < len; i++)
      if (at[i] != FG_NO_ID)
        (*out)[at[i]]++;
  return *out;
}

/* Sorting ids by count, most frequent first, then by id (first seen). */
static const uint32_t *sort_counts;
static int by_count(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  if (sort_counts[x] != sort_counts[y])
    return sort_counts[x] > sort_counts[y] ? -1 : 1;
  return x < y ? -1 : x > y;
}

static uint32_t *ranked(const uint32_t *counts, size_t n) {
  uint32_t *ids = malloc((n + 1) * sizeof *ids);
  if (!ids)
    return NULL;
  for (size_t i = 0; i < n; i++)
    ids[i] = (uint32_t)i;
  sort_counts = counts;
  qsort(ids, n, sizeof *ids, by_count);
  return ids;
}

/* The context slot of a rarer word: capitalized, all capitals, lower
 * case, with a digit, other. */
static uint32_t rare(const char *s) {
  bool upper = false, lower = false, digit = false;
  for (; *s; s++) {
    upper = upper || (*s >= 'A' && *s <= 'Z');
    lower = lower || (*s >= 'a' && *s <= 'z');
    digit = digit || (*s >= '0' && *s <= '9');
  }
  if (digit)
    return 3;
  return upper && lower ? 0 : upper ? 1 : lower ? 2 : 4;
}

static int by_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* Sparse unit vectors of the clustered words: row r's (dim, value) pairs
 * are dim[start[r] .. start[r + 1]). */
typedef struct {
  uint32_t *start, *dim;
  double *value;
  size_t rows;
} Vectors;

static bool vectors(const Text *t, const uint32_t *row_of,
                    const uint32_t *slot_of, Vectors *v) {
  size_t cap = 0, n = 0;
  uint64_t *pairs = NULL;
  for (size_t i = 0; i < t->len; i++) {
    if (t->form_at[i] == FG_NO_ID || row_of[t->form_at[i]] == FG_NO_ID)
      continue;
    static const int OFF[4] = {-2, -1, 1, 2};
    for (unsigned o = 0; o < 4; o++) {
      int step = OFF[o] < 0 ? -1 : 1;
      ptrdiff_t j = (ptrdiff_t)i;
      bool edge = false; /* the sentence ends before offset o */
      for (int k = 0; k != OFF[o] && !edge; k += step) {
        j += step;
        edge = j < 0 || (size_t)j >= t->len || t->lower_at[j] == FG_NO_ID;
      }
      uint32_t slot = edge ? EDGE : slot_of[t->lower_at[j]];
      uint64_t *grown = fg_grow(pairs, n + 1, &cap, sizeof *pairs);
      if (!grown) {
        free(pairs);
        return false;
      }
      pairs = grown;
      pairs[n++] = ((uint64_t)row_of[t->form_at[i]] << 32) | (o * SLOT + slot);
    }
  }
  qsort(pairs, n, sizeof *pairs, by_u64);
  v->start = calloc(v->rows + 1, sizeof *v->start);
  v->dim = malloc((n + 1) * sizeof *v->dim);
  v->value = malloc((n + 1) * sizeof *v->value);
  if (!v->start || !v->dim || !v->value) {
    free(pairs);
    return false;
  }
  size_t m = 0;
  for (size_t i = 0; i < n;) {
    size_t e = i;
    while (e < n && pairs[e] == pairs[i])
      e++;
    v->dim[m] = (uint32_t)(pairs[i] & 0xffffffffu);
    v->value[m] = sqrt((double)(e - i)); /* damped counts */
    v->start[(pairs[i] >> 32) + 1] = (uint32_t)++m;
    i = e;
  }
  free(pairs);
  for (size_t r = 1; r <= v->rows; r++)
    if (v->start[r] < v->start[r - 1])
      v->start[r] = v->start[r - 1];
  for (size_t r = 0; r < v->rows; r++) {
    double norm = 0;
    for (uint32_t k = v->start[r]; k < v->start[r + 1]; k++)
      norm += v->value[k] * v->value[k];
    norm = norm > 0 ? sqrt(norm) : 1;
    for (uint32_t k = v->start[r]; k < v->start[r + 1]; k++)
      v->value[k] /= norm;
  }
  return true;
}

/* Spherical k-means: centroids dim-major (cent[d * k + c]), seeded with
 * the words at ranks 0, rows / k, 2 rows / k ... (rows are in frequency
 * order), so that rare words get clusters of their own kind. */
static bool kmeans(const Vectors *v, uint32_t k, uint16_t *assign,
                   size_t stride) {
  double *cent = calloc((size_t)DIMS * k, sizeof *cent);
  double *next = calloc((size_t)DIMS * k, sizeof *next);
  double *score = malloc(k * sizeof *score);
  if (!cent || !next || !score) {
    free(cent);
    free(next);
    free(score);
    return false;
  }
  for (uint32_t c = 0; c < k; c++) {
    size_t r = (size_t)c * v->rows / k;
    for (uint32_t j = v->start[r]; j < v->start[r + 1]; j++)
      cent[(size_t)v->dim[j] * k + c] = v->value[j];
  }
  for (unsigned it = 0; it < ITERATIONS; it++) {
    memset(next, 0, (size_t)DIMS * k * sizeof *next);
    for (size_t r = 0; r < v->rows; r++) {
      memset(score, 0, k * sizeof *score);
      for (uint32_t j = v->start[r]; j < v->start[r + 1]; j++) {
        const double *row = cent + (size_t)v->dim[j] * k;
        double x = v->value[j];
        for (uint32_t c = 0; c < k; c++)
          score[c] += x * row[c];
      }
      uint32_t best = 0;
      for (uint32_t c = 1; c < k; c++)
        if (score[c] > score[best])
          best = c;
      assign[r * stride] = (uint16_t)best;
      for (uint32_t j = v->start[r]; j < v->start[r + 1]; j++)
        next[(size_t)v->dim[j] * k + best] += v->value[j];
    }
    for (uint32_t c = 0; c < k; c++) {
      double norm = 0;
      for (size_t d = 0; d < DIMS; d++)
        norm += next[d * k + c] * next[d * k + c];
      if (norm == 0)
        continue; /* an empty cluster keeps its centroid */
      norm = sqrt(norm);
      for (size_t d = 0; d < DIMS; d++)
        cent[d * k + c] = next[d * k + c] / norm;
    }
  }
  free(cent);
  free(next);
  free(score);
  return true;
}

typedef struct {
  uint64_t key;
  uint32_t row;
} Keyed;

static int by_key(const void *a, const void *b) {
  const Keyed *x = a, *y = b;
  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return x->row < y->row ? -1 : x->row > y->row;
}

/* The section bytes of the clustered words. */
static bool write_section(const Text *t, const uint32_t *form_rank,
                          size_t rows, const uint16_t *assign, FgBuf *out) {
  Keyed *keyed = malloc((rows + 1) * sizeof *keyed);
  if (!keyed)
    return false;
  for (size_t r = 0; r < rows; r++) {
    const char *s = fg_intern_str(t->forms, form_rank[r]);
    keyed[r] = (Keyed){fg_hash(s, strlen(s)), (uint32_t)r};
  }
  qsort(keyed, rows, sizeof *keyed, by_key);
  size_t m = 0; /* a hash shared by two forms (never seen) keeps the first */
  for (size_t r = 0; r < rows; r++)
    if (m == 0 || keyed[m - 1].key != keyed[r].key)
      keyed[m++] = keyed[r];
  bool ok = fg_le_put_u32(out, (uint32_t)m);
  for (size_t r = 0; ok && r < m; r++)
    ok = fg_le_put_u64(out, keyed[r].key);
  for (size_t r = 0; ok && r < m; r++)
    for (unsigned l = 0; ok && l < FG_NER_CLUSTER_LEVELS; l++)
      ok = fg_le_put_u16(
          out, assign[(size_t)keyed[r].row * FG_NER_CLUSTER_LEVELS + l]);
  free(keyed);
  return ok;
}

static FgStatus cluster(Text *t, FgBuf *out) {
  size_t nf = fg_intern_count(t->forms), nl = fg_intern_count(t->lowers);
  uint32_t *fc = NULL, *lc = NULL, *form_rank = NULL, *lower_rank = NULL;
  uint32_t *row_of = malloc((nf + 1) * sizeof *row_of);
  uint32_t *slot_of = malloc((nl + 1) * sizeof *slot_of);
  Vectors v = {0};
  uint16_t *assign = NULL;
  bool ok = row_of && slot_of && counts_of(t->form_at, t->len, nf, &fc) &&
            counts_of(t->lower_at, t->len, nl, &lc) &&
            (form_rank = ranked(fc, nf)) && (lower_rank = ranked(lc, nl));
  if (ok) {
    for (size_t i = 0; i < nl; i++)
      slot_of[lower_rank[i]] =
          i < CONTEXT_WORDS
              ? (uint32_t)i
              : CONTEXT_WORDS + rare(fg_intern_str(t->lowers, lower_rank[i]));
    /* rare() reads the lower case form: use the exact form's case */
    for (size_t i = 0; i < t->len; i++)
      if (t->lower_at[i] != FG_NO_ID && slot_of[t->lower_at[i]] >= CONTEXT_WORDS)
        slot_of[t->lower_at[i]] =
            CONTEXT_WORDS + rare(fg_intern_str(t->forms, t->form_at[i]));
    for (size_t i = 0; i < nf; i++)
      row_of[i] = FG_NO_ID;
    for (size_t i = 0; i < nf && fc[form_rank[i]] >= MIN_COUNT; i++)
      row_of[form_rank[i]] = (uint32_t)(v.rows = i + 1) - 1;
    ok = vectors(t, row_of, slot_of, &v);
  }
  if (ok)
    ok = (assign = calloc(v.rows * FG_NER_CLUSTER_LEVELS + 1,
                          sizeof *assign)) != NULL;
  for (unsigned l = 0; ok && v.rows && l < FG_NER_CLUSTER_LEVELS; l++)
    ok = kmeans(&v, LEVEL_K[l], assign + l, FG_NER_CLUSTER_LEVELS);
  fg_buf_clear(out);
  if (ok)
    ok = write_section(t, form_rank, v.rows, assign, out);
  free(assign);
  free(v.start);
  free(v.dim);
  free(v.value);
  free(fc);
  free(lc);
  free(form_rank);
  free(lower_rank);
  free(row_of);
  free(slot_of);
  return ok ? FG_OK : FG_ERR_NOMEM;
}

FgStatus fg_ner_clusters_build(FgNerSource *sources, size_t count,
                               FgBuf *out) {
  Text t = {fg_intern_new(), fg_intern_new(), NULL, NULL, 0, 0, 0, NULL, NULL};
  FgStatus st = t.forms && t.lowers ? FG_OK : FG_ERR_NOMEM;
  for (size_t s = 0; s < count && st == FG_OK; s++)
    st = read_text(&t, &sources[s]);
  if (st == FG_OK)
    st = cluster(&t, out);
  fg_intern_free(t.forms);
  fg_intern_free(t.lowers);
  free(t.form_at);
  free(t.lower_at);
  return st;
}

FgStatus fg_ner_clusters_load(const uint8_t *data, size_t len,
                              FgNerClusters *out) {
  memset(out, 0, sizeof *out);
  FgLeCursor c = fg_le_cursor(data, len);
  uint32_t n = 0;
  FgStatus st = fg_ner_hashkeys_read(&c, len, 2 * FG_NER_CLUSTER_LEVELS, &out->keys, &n);
  if (st != FG_OK)
    return st;
  out->ids = malloc(((size_t)n * FG_NER_CLUSTER_LEVELS + 1) * sizeof *out->ids);
  if (!out->ids) {
    fg_ner_clusters_free(out);
    return FG_ERR_NOMEM;
  }
  for (size_t i = 0; i < (size_t)n * FG_NER_CLUSTER_LEVELS; i++)
    out->ids[i] = fg_le_u16(&c);
  out->count = n;
  return FG_OK;
}

void fg_ner_clusters_free(FgNerClusters *c) {
  free(c->keys);
  free(c->ids);
  memset(c, 0, sizeof *c);
}

bool fg_ner_cluster_find(const FgNerClusters *c, const char *form,
                         size_t len, uint32_t *ids) {
  if (!c || !c->count)
    return false;
  size_t at = fg_ner_hashkeys_find(c->keys, c->count, fg_hash(form, len));
  if (at == c->count)
    return false;
  for (unsigned l = 0; l < FG_NER_CLUSTER_LEVELS; l++)
    ids[l] = c->ids[at * FG_NER_CLUSTER_LEVELS + l];
  return true;
}
