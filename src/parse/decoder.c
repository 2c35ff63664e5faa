/* SPDX-License-Identifier: MIT */
/* Greedy decoding: score the state's features, take the best valid move,
 * repeat until the state is terminal (2n moves). */
#include "parse/decoder.h"

#include <string.h>

/* The highest of scores[first + 2 l] over l < to, from l = from on, that
 * beats t: the first such class, else b. */
static uint32_t best_in(const int64_t *scores, uint32_t first, uint32_t from,
                        uint32_t to, uint32_t b, int64_t *t) {
  int64_t top = *t; /* a local: scores might alias *t */
  for (uint32_t l = from; l < to; l++)
    if (scores[first + 2 * l] > top) {
      top = scores[first + 2 * l];
      b = first + 2 * l;
    }
  *t = top;
  return b;
}

/* The first label l != skip with the highest scores[first + 2 l] above
 * *top (or any, when *best is UINT32_MAX): the classes of one move. */
static void best_label(const int64_t *scores, uint32_t first, uint32_t n_labels,
                       uint32_t skip, uint32_t *best, int64_t *top) {
  uint32_t b = *best, l = 0;
  int64_t t = *top;
  if (b == UINT32_MAX) { /* the first label stands until beaten */
    l = skip == 0 ? 1 : 0;
    if (l >= n_labels)
      return;
    b = first + 2 * l;
    t = scores[b];
    l++;
  }
  /* the labels before skip, then those after it */
  uint32_t cut = skip >= l && skip < n_labels ? skip : n_labels;
  b = best_in(scores, first, l, cut, b, &t);
  if (cut < n_labels)
    b = best_in(scores, first, cut + 1, n_labels, b, &t);
  *best = b;
  *top = t;
}

uint32_t fg_pa_best_valid(const FgHyState *st, const int64_t *scores,
                          uint32_t n_labels, uint32_t root_label) {
  uint32_t best = UINT32_MAX;
  int64_t top = 0;
  if (fg_hy_valid(st, FG_HY_SHIFT)) {
    best = 0;
    top = scores[0];
  }
  if (fg_hy_valid(st, FG_HY_LEFT))
    best_label(scores, fg_hy_class(FG_HY_LEFT, 0), n_labels, root_label, &best,
               &top);
  if (fg_hy_valid(st, FG_HY_RIGHT)) {
    if (fg_hy_s(st, 1) == 0) {
      uint32_t cls = fg_hy_class(FG_HY_RIGHT, root_label);
      if (best == UINT32_MAX || scores[cls] > top)
        best = cls;
    } else
      best_label(scores, fg_hy_class(FG_HY_RIGHT, 0), n_labels, root_label,
                 &best, &top);
  }
  return best;
}

/* The scores of one group's templates in the states whose s0 (STACK) or
 * first buffer word (BUFFER) is word w, computed the first time. */
static const int64_t *group_scores(const FgPaModel *m, FgPaScratch *sc,
                                   unsigned group, uint32_t w,
                                   const uint64_t *v, uint32_t n_classes) {
  unsigned g = group == FG_PA_STACK ? 0 : 1;
  int64_t *row = sc->memo[g] + (size_t)w * n_classes;
  if (!sc->known[g][w]) {
    uint64_t keys[FG_PA_MAX_FEATURES];
    size_t nk = fg_pa_group_keys(&m->plan, group, v, m->hash_seed, keys);
    memset(row, 0, n_classes * sizeof *row);
    fg_weights_score(m->weights, keys, nk, row);
    sc->known[g][w] = 1;
  }
  return row;
}

/* out[c] = a[c] + b[c], four classes a step: unrolled, so that -O2 adds
 * them in vector registers (it leaves the plain loop scalar). */
static void add_scores(int64_t *restrict out, const int64_t *restrict a,
                       const int64_t *restrict b, uint32_t n) {
  uint32_t c = 0;
  for (; c + 4 <= n; c += 4) {
    out[c] = a[c] + b[c];
    out[c + 1] = a[c + 1] + b[c + 1];
    out[c + 2] = a[c + 2] + b[c + 2];
    out[c + 3] = a[c + 3] + b[c + 3];
  }
  for (; c < n; c++)
    out[c] = a[c] + b[c];
}

void fg_pa_decode(const FgPaModel *m, FgWord *words, uint32_t n,
                  FgPaScratch *sc) {
  uint64_t keys[FG_PA_MAX_FEATURES], v[FG_PA_VALUES];
  uint32_t n_classes = fg_hy_class_count(m->n_labels);
  FgHyState st;
  fg_pa_atoms(words, n, sc->atoms);
  fg_hy_init(&st, n, sc->stack, sc->node);
  memset(sc->known[0], 0, n + 2);
  memset(sc->known[1], 0, n + 2);
  while (!fg_hy_terminal(&st)) {
    uint32_t cls;
    /* One valid class (only the root on the stack: SHIFT; the last word
     * left, buffer empty: RIGHT to the root): no scores needed. */
    if (st.depth == 1)
      cls = 0;
    else if (st.depth == 2 && st.b > st.n)
      cls = fg_hy_class(FG_HY_RIGHT, m->root_label);
    else {
      /* the same integer sums as over all the keys at once */
      fg_pa_values(&st, sc->atoms, v);
      const int64_t *stack = group_scores(m, sc, FG_PA_STACK, fg_hy_s(&st, 0),
                                          v, n_classes);
      const int64_t *buffer = group_scores(m, sc, FG_PA_BUFFER, st.b, v,
                                           n_classes);
      add_scores(sc->scores, stack, buffer, n_classes);
      size_t nk = fg_pa_group_keys(&m->plan, FG_PA_STATE, v, m->hash_seed,
                                   keys);
      fg_weights_score(m->weights, keys, nk, sc->scores);
      cls = fg_pa_best_valid(&st, sc->scores, m->n_labels, m->root_label);
    }
    fg_hy_apply(&st, fg_hy_move(cls), fg_hy_label(cls));
  }
  for (uint32_t i = 1; i <= n; i++) {
    words[i - 1].head = st.node[i].head;
    words[i - 1].deprel = m->labels[st.node[i].label];
  }
}
