/* SPDX-License-Identifier: MIT */
/* Unit tests for src/parse/arc_hybrid.c: validity keeps every run a tree
 * with one root, and the dynamic oracle's costs equal brute force (the
 * best reachable loss before and after the move) in every reachable state
 * of every projective tree of up to six words. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <string.h>

#include "parse/arc_hybrid.h"

#define MAXN 6

typedef struct {
  uint32_t n;
  uint32_t gold[MAXN + 1];
  uint16_t glabel[MAXN + 1];
  int8_t memo[1u << (MAXN + 1)][MAXN + 2]; /* stack mask x b; -1 unknown */
} Brute;

static uint32_t mask_of(const FgHyState *st) {
  uint32_t mask = 0;
  for (uint32_t i = 0; i < st->depth; i++)
    mask |= 1u << st->stack[i];
  return mask;
}

/* A state rebuilt from its stack mask and buffer start (arcs do not matter
 * for the future loss). */
static void state_from(FgHyState *st, uint32_t n, uint32_t mask, uint32_t b,
                       uint32_t *stack, FgHyNode *node) {
  fg_hy_init(st, n, stack, node);
  st->depth = 0;
  for (uint32_t w = 0; w <= n; w++)
    if (mask & (1u << w))
      stack[st->depth++] = w;
  st->b = b;
}

/* Loss of the arc a move makes: 1 when it is not the gold arc, plus 1 when
 * the label is wrong on a gold arc. */
static int arc_loss(const Brute *br, const FgHyState *st, unsigned move,
                    unsigned label) {
  if (move == FG_HY_SHIFT)
    return 0;
  uint32_t s0 = fg_hy_s(st, 0);
  uint32_t head = move == FG_HY_LEFT ? st->b : fg_hy_s(st, 1);
  if (br->gold[s0] != head)
    return 1;
  return br->glabel[s0] != label;
}

static int best_future(Brute *br, uint32_t mask, uint32_t b) {
  if (br->memo[mask][b] >= 0)
    return br->memo[mask][b];
  uint32_t stack[MAXN + 1];
  FgHyNode node[MAXN + 1];
  FgHyState st;
  state_from(&st, br->n, mask, b, stack, node);
  int best = fg_hy_terminal(&st) ? 0 : 1000;
  for (unsigned move = 0; move < 3; move++) {
    if (!fg_hy_valid(&st, move))
      continue;
    for (unsigned label = 0; label < (move ? 2u : 1u); label++) {
      FgHyState next = st;
      uint32_t stack2[MAXN + 1];
      memcpy(stack2, stack, sizeof stack);
      next.stack = stack2;
      int loss = arc_loss(br, &st, move, label);
      fg_hy_apply(&next, move, label);
      int total = loss + best_future(br, mask_of(&next), next.b);
      if (total < best)
        best = total;
    }
  }
  br->memo[mask][b] = (int8_t)best;
  return best;
}

static uint32_t states_checked;

/* Every state reachable from the start, each visited once. */
static void check_all_states(Brute *br, uint8_t seen[][MAXN + 2], uint32_t mask,
                             uint32_t b) {
  if (seen[mask][b])
    return;
  seen[mask][b] = 1;
  uint32_t stack[MAXN + 1];
  FgHyNode node[MAXN + 1];
  FgHyState st;
  state_from(&st, br->n, mask, b, stack, node);
  int now = best_future(br, mask, b);
  states_checked++;
  bool any = false;
  for (unsigned move = 0; move < 3; move++) {
    if (!fg_hy_valid(&st, move))
      continue;
    any = true;
    for (unsigned label = 0; label < (move ? 2u : 1u); label++) {
      FgHyState next = st;
      uint32_t stack2[MAXN + 1];
      memcpy(stack2, stack, sizeof stack);
      next.stack = stack2;
      int loss = arc_loss(br, &st, move, label);
      fg_hy_apply(&next, move, label);
      int after = best_future(br, mask_of(&next), next.b);
      int want = loss + after - now;
      uint32_t got = fg_hy_cost(&st, move, label, br->gold, br->glabel);
      if ((int)got != want)
        fail_msg("n=%u mask=%x b=%u move=%u label=%u: cost %u, brute %d", br->n,
                 mask, b, move, label, got, want);
      check_all_states(br, seen, mask_of(&next), next.b);
    }
  }
  assert_true(any || fg_hy_terminal(&st));
}

static bool is_projective_tree(const uint32_t *head, uint32_t n) {
  uint32_t roots = 0;
  for (uint32_t d = 1; d <= n; d++) {
    roots += head[d] == 0;
    uint32_t h = head[d], steps = 0; /* no cycles */
    while (h != 0 && steps++ <= n)
      h = head[h];
    if (h != 0)
      return false;
  }
  if (roots != 1)
    return false;
  for (uint32_t d = 1; d <= n; d++) { /* no crossing arcs */
    uint32_t lo = d < head[d] ? d : head[d], hi = d ^ head[d] ^ lo;
    for (uint32_t e = 1; e <= n; e++) {
      uint32_t lo2 = e < head[e] ? e : head[e], hi2 = e ^ head[e] ^ lo2;
      if ((lo < lo2 && lo2 < hi && hi < hi2) ||
          (lo2 < lo && lo < hi2 && hi2 < hi))
        return false;
    }
  }
  return true;
}

static void test_oracle_costs_equal_brute_force(void **state) {
  (void)state;
  static Brute br;
  static uint8_t seen[1u << (MAXN + 1)][MAXN + 2];
  uint32_t trees = 0;
  states_checked = 0;
  for (uint32_t n = 1; n <= MAXN; n++) {
    uint32_t total = 1;
    for (uint32_t i = 0; i < n; i++)
      total *= n + 1;
    for (uint32_t code = 0; code < total; code++) {
      uint32_t c = code;
      br.n = n;
      br.gold[0] = 0;
      for (uint32_t d = 1; d <= n; d++) {
        br.gold[d] = c % (n + 1);
        c /= n + 1;
        br.glabel[d] = (uint16_t)((d + code) & 1); /* two labels */
      }
      if (!is_projective_tree(br.gold, n))
        continue;
      trees++;
      memset(br.memo, -1, sizeof br.memo);
      memset(seen, 0, sizeof seen);
      check_all_states(&br, seen, 1u, 1);
      assert_int_equal(best_future(&br, 1u, 1), 0); /* gold reachable */
    }
  }
  /* projective single-root trees: 1, 2, 7, 30, 143, 728 */
  assert_int_equal(trees, 1 + 2 + 7 + 30 + 143 + 728);
  assert_true(states_checked > 10000);
}

/* Following zero-cost moves reproduces the gold tree exactly. */
static void test_static_run_builds_gold_tree(void **state) {
  (void)state;
  uint32_t gold[7] = {0, 2, 0, 5, 5, 2, 2}; /* "det noun verb det noun" + . */
  uint16_t glabel[7] = {0, 3, 1, 3, 4, 2, 5};
  uint32_t stack[7];
  FgHyNode node[7];
  FgHyState st;
  fg_hy_init(&st, 6, stack, node);
  uint32_t steps = 0;
  while (!fg_hy_terminal(&st)) {
    bool moved = false;
    for (uint32_t cls = 0; cls < fg_hy_class_count(6) && !moved; cls++) {
      unsigned m = fg_hy_move(cls), l = fg_hy_label(cls);
      if (fg_hy_valid(&st, m) && fg_hy_cost(&st, m, l, gold, glabel) == 0) {
        fg_hy_apply(&st, m, l);
        moved = true;
      }
    }
    assert_true(moved);
    assert_true(++steps <= 12);
  }
  assert_int_equal(steps, 12); /* 2n moves */
  for (uint32_t d = 1; d <= 6; d++) {
    assert_int_equal(node[d].head, gold[d]);
    assert_int_equal(node[d].label, glabel[d]);
  }
  assert_int_equal(node[2].n_left, 1);
  assert_int_equal(node[2].n_right, 2);
  assert_int_equal(node[2].r1, 6);
  assert_int_equal(node[2].r2, 5);
  assert_int_equal(node[5].l1, 3);
  assert_int_equal(node[5].l2, 4);
}

/* Any valid move sequence ends in a tree with exactly one root word. */
static void test_any_run_is_one_tree(void **state) {
  (void)state;
  uint32_t stack[9];
  FgHyNode node[9];
  uint64_t seed = 42;
  for (int run = 0; run < 2000; run++) {
    FgHyState st;
    fg_hy_init(&st, 8, stack, node);
    while (!fg_hy_terminal(&st)) {
      seed = seed * 6364136223846793005ull + 1442695040888963407ull;
      unsigned move = (unsigned)(seed >> 33) % 3;
      if (fg_hy_valid(&st, move))
        fg_hy_apply(&st, move, 0);
    }
    uint32_t roots = 0;
    for (uint32_t d = 1; d <= 8; d++)
      roots += node[d].head == 0;
    assert_int_equal(roots, 1);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_oracle_costs_equal_brute_force),
      cmocka_unit_test(test_static_run_builds_gold_tree),
      cmocka_unit_test(test_any_run_is_one_tree),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
