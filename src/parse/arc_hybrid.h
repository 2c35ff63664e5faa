/* SPDX-License-Identifier: MIT */
/* The arc-hybrid transition system (Kuhlmann, Gomez-Rodriguez & Satta
 * 2011) with its dynamic oracle (Goldberg & Nivre, TACL 2013).
 *
 * Words are 1..n; 0 is the root, which starts on the stack. Moves:
 *   SHIFT      push the first buffer word b0;
 *   LEFT(l)    b0 becomes the head of s0 (label l); pop s0;
 *   RIGHT(l)   s1 becomes the head of s0 (label l); pop s0.
 * One root: RIGHT from the root (s1 = 0) is valid only once the buffer is
 * empty and s0 is the last word on the stack, so every terminal state is a
 * tree with exactly one word under the root. A move and its label form one
 * class: 0 is SHIFT, 1 + 2l is LEFT(l), 2 + 2l is RIGHT(l). */
#ifndef FG_PARSE_ARC_HYBRID_H
#define FG_PARSE_ARC_HYBRID_H

#include <stdbool.h>
#include <stdint.h>

enum { FG_HY_SHIFT = 0, FG_HY_LEFT = 1, FG_HY_RIGHT = 2 };

/* Per-node bookkeeping: the arc, and what the features read about the
 * dependents (leftmost two, rightmost two, counts, label sets). 0 means
 * "none" for a dependent, since the root is never a dependent. */
typedef struct {
  uint32_t head;
  uint16_t label;
  uint16_t n_left, n_right;
  uint32_t l1, l2; /* leftmost and second leftmost dependent */
  uint32_t r1, r2; /* rightmost and second rightmost dependent */
  uint64_t left_labels, right_labels; /* bit (label % 64) */
} FgHyNode;

typedef struct {
  uint32_t n;      /* words 1..n */
  uint32_t *stack; /* n + 1 slots; stack[0] is the root */
  uint32_t depth;  /* >= 1 */
  uint32_t b;      /* first buffer word; the buffer is empty when b > n */
  FgHyNode *node;  /* n + 1 nodes; node[i].head is valid once i popped */
} FgHyState;

static inline uint32_t fg_hy_class(unsigned move, unsigned label) {
  return move == FG_HY_SHIFT ? 0 : (uint32_t)(move + 2 * label);
}
static inline unsigned fg_hy_move(uint32_t cls) {
  return cls == 0 ? FG_HY_SHIFT : (cls & 1) ? FG_HY_LEFT : FG_HY_RIGHT;
}
static inline unsigned fg_hy_label(uint32_t cls) {
  return cls == 0 ? 0 : (unsigned)((cls - 1) / 2);
}
static inline uint32_t fg_hy_class_count(unsigned labels) {
  return 1 + 2 * labels;
}

/* Starts a state over n words in caller-owned arrays (stack: n + 1,
 * node: n + 1 elements). */
void fg_hy_init(FgHyState *st, uint32_t n, uint32_t *stack, FgHyNode *node);
bool fg_hy_terminal(const FgHyState *st);
bool fg_hy_valid(const FgHyState *st, unsigned move);
/* Applies a valid move; the caller checked fg_hy_valid. */
void fg_hy_apply(FgHyState *st, unsigned move, unsigned label);

/* s(i) is the i-th stack word from the top (0 = s0), or UINT32_MAX. */
static inline uint32_t fg_hy_s(const FgHyState *st, uint32_t i) {
  return i < st->depth ? st->stack[st->depth - 1 - i] : UINT32_MAX;
}

/* The number of gold arcs the move makes unreachable (dynamic oracle):
 * gold_head[1..n] and gold_label[1..n] describe a projective tree. The
 * label counts only when the arc itself is gold. */
uint32_t fg_hy_cost(const FgHyState *st, unsigned move, unsigned label,
                    const uint32_t *gold_head, const uint16_t *gold_label);

#endif
