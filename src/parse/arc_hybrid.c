/* SPDX-License-Identifier: MIT */
/* Arc-hybrid moves, their validity and their dynamic-oracle costs. */
#include "parse/arc_hybrid.h"

#include <string.h>

void fg_hy_init(FgHyState *st, uint32_t n, uint32_t *stack, FgHyNode *node) {
  st->n = n;
  st->stack = stack;
  st->node = node;
  st->stack[0] = 0;
  st->depth = 1;
  st->b = 1;
  memset(node, 0, (size_t)(n + 1) * sizeof *node);
}

bool fg_hy_terminal(const FgHyState *st) {
  return st->depth == 1 && st->b > st->n;
}

bool fg_hy_valid(const FgHyState *st, unsigned move) {
  bool buffer = st->b <= st->n;
  switch (move) {
  case FG_HY_SHIFT:
    return buffer;
  case FG_HY_LEFT:
    return buffer && st->depth >= 2;
  case FG_HY_RIGHT:
    return st->depth >= 3 || (st->depth == 2 && !buffer);
  default:
    return false;
  }
}

static void attach(FgHyState *st, uint32_t head, uint32_t dep, unsigned label) {
  FgHyNode *h = &st->node[head];
  st->node[dep].head = head;
  st->node[dep].label = (uint16_t)label;
  if (dep < head) { /* arc-hybrid adds left dependents right to left */
    h->l2 = h->l1;
    h->l1 = dep;
    h->n_left++;
    h->left_labels |= 1ull << (label & 63);
  } else { /* and right dependents left to right */
    h->r2 = h->r1;
    h->r1 = dep;
    h->n_right++;
    h->right_labels |= 1ull << (label & 63);
  }
}

void fg_hy_apply(FgHyState *st, unsigned move, unsigned label) {
  if (move == FG_HY_SHIFT) {
    st->stack[st->depth++] = st->b++;
    return;
  }
  uint32_t s0 = st->stack[st->depth - 1];
  uint32_t head = move == FG_HY_LEFT ? st->b : st->stack[st->depth - 2];
  attach(st, head, s0, label);
  st->depth--;
}

/* Gold dependents of w still in the buffer from position `from` on. */
static uint32_t deps_in_buffer(const FgHyState *st, uint32_t w, uint32_t from,
                               const uint32_t *gold_head) {
  uint32_t count = 0;
  for (uint32_t d = from; d <= st->n; d++)
    count += gold_head[d] == w;
  return count;
}

static uint32_t shift_cost(const FgHyState *st, const uint32_t *gold_head) {
  uint32_t b0 = st->b, cost = 0;
  uint32_t s0 = st->stack[st->depth - 1];
  for (uint32_t i = 0; i < st->depth; i++) {
    uint32_t w = st->stack[i];
    if (w != 0 && gold_head[w] == b0)
      cost++;
    if (w != s0 && gold_head[b0] == w)
      cost++;
  }
  return cost;
}

uint32_t fg_hy_cost(const FgHyState *st, unsigned move, unsigned label,
                    const uint32_t *gold_head, const uint16_t *gold_label) {
  if (move == FG_HY_SHIFT)
    return shift_cost(st, gold_head);
  uint32_t s0 = st->stack[st->depth - 1];
  uint32_t gh = gold_head[s0];
  uint32_t cost = deps_in_buffer(st, s0, st->b, gold_head);
  uint32_t target;
  if (move == FG_HY_LEFT) {
    target = st->b;
    uint32_t s1 = st->stack[st->depth - 2];
    if (gh != target && (gh == s1 || (gh > st->b && gh <= st->n)))
      cost++;
  } else {
    target = st->stack[st->depth - 2];
    if (gh != target && gh >= st->b && gh <= st->n)
      cost++;
  }
  if (gh == target && gold_label[s0] != label)
    cost++;
  return cost;
}
