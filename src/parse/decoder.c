/* SPDX-License-Identifier: MIT */
/* Greedy decoding: score the state's features, take the best valid move,
 * repeat until the state is terminal (2n moves). */
#include "parse/decoder.h"

#include <string.h>

static void consider(uint32_t cls, const int64_t *scores, uint32_t *best) {
  if (*best == UINT32_MAX || scores[cls] > scores[*best])
    *best = cls;
}

uint32_t fg_pa_best_valid(const FgHyState *st, const int64_t *scores,
                          uint32_t n_labels, uint32_t root_label) {
  uint32_t best = UINT32_MAX;
  if (fg_hy_valid(st, FG_HY_SHIFT))
    consider(0, scores, &best);
  if (fg_hy_valid(st, FG_HY_LEFT))
    for (uint32_t l = 0; l < n_labels; l++)
      if (l != root_label)
        consider(fg_hy_class(FG_HY_LEFT, l), scores, &best);
  if (fg_hy_valid(st, FG_HY_RIGHT)) {
    if (fg_hy_s(st, 1) == 0)
      consider(fg_hy_class(FG_HY_RIGHT, root_label), scores, &best);
    else
      for (uint32_t l = 0; l < n_labels; l++)
        if (l != root_label)
          consider(fg_hy_class(FG_HY_RIGHT, l), scores, &best);
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
      size_t nk = fg_pa_group_keys(&m->plan, FG_PA_STATE, v, m->hash_seed,
                                   keys);
      memset(sc->scores, 0, n_classes * sizeof *sc->scores);
      fg_weights_score(m->weights, keys, nk, sc->scores);
      const int64_t *stack = group_scores(m, sc, FG_PA_STACK, fg_hy_s(&st, 0),
                                          v, n_classes);
      const int64_t *buffer = group_scores(m, sc, FG_PA_BUFFER, st.b, v,
                                           n_classes);
      for (uint32_t c = 0; c < n_classes; c++)
        sc->scores[c] += stack[c] + buffer[c];
      cls = fg_pa_best_valid(&st, sc->scores, m->n_labels, m->root_label);
    }
    fg_hy_apply(&st, fg_hy_move(cls), fg_hy_label(cls));
  }
  for (uint32_t i = 1; i <= n; i++) {
    words[i - 1].head = st.node[i].head;
    words[i - 1].deprel = m->labels[st.node[i].label];
  }
}
