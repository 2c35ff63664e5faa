/* SPDX-License-Identifier: MIT */
/* Unit tests for src/parse/: training on a toy language reaches 100%,
 * training is deterministic, a model survives save/load/save byte for
 * byte, every truncation and bit flip of a model fails cleanly, and
 * predict handles the edge cases (empty, one word, all punctuation, the
 * bound, bound + 1, a 200,000-word sentence in linear time), and the
 * decoder's template groups hold what it relies on. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "parse/features.h"
#include "parse/parser.h"
#include "parse/train.h"

/* ---- a toy language: "det (adj) noun verb det (adj) noun (punct)" ---- */

#define TOY_SENTENCES 60
#define TOY_MAX 9

typedef struct {
  FgWord words[TOY_SENTENCES][TOY_MAX];
  size_t n[TOY_SENTENCES];
  size_t at;
} Toy;

static const char *const DETS[] = {"the", "a", "this", "every"};
static const char *const ADJS[] = {"red", "old", "quiet", "tall", "smart"};
static const char *const NOUNS[] = {"dog",  "cat",   "man",  "idea",
                                    "city", "river", "tree", "car"};
static const char *const VERBS[] = {"saw", "liked", "found", "ate", "moved"};

static void word(FgWord *w, const char *form, const char *xpos, FgUpos upos,
                 uint32_t head, const char *deprel) {
  memset(w, 0, sizeof *w);
  w->form = form;
  w->form_len = (uint32_t)strlen(form);
  w->xpos = xpos;
  w->upos = (uint8_t)upos;
  w->head = head;
  w->deprel = deprel;
}

/* Appends "det (adj) noun" with the noun attached to head as rel. */
static size_t noun_phrase(FgWord *w, size_t at, unsigned k, bool adj,
                          uint32_t head, const char *rel) {
  uint32_t noun = (uint32_t)(at + 2 + adj);
  word(&w[at++], DETS[k % 4], "DT", FG_UPOS_DET, noun, "det");
  if (adj)
    word(&w[at++], ADJS[k % 5], "JJ", FG_UPOS_ADJ, noun, "amod");
  word(&w[at++], NOUNS[(k * 3) % 8], "NN", FG_UPOS_NOUN, head, rel);
  return at;
}

static void toy_build(Toy *t) {
  memset(t, 0, sizeof *t);
  for (unsigned s = 0; s < TOY_SENTENCES; s++) {
    FgWord *w = t->words[s];
    bool adj1 = s % 3 == 1, adj2 = s % 4 == 2;
    uint32_t verb = 3 + adj1;
    size_t at = noun_phrase(w, 0, s, adj1, verb, "nsubj");
    word(&w[at++], VERBS[s % 5], "VBD", FG_UPOS_VERB, 0, "root");
    at = noun_phrase(w, at, s + 1, adj2, verb, "obj");
    if (s % 2)
      word(&w[at++], ".", ".", FG_UPOS_PUNCT, verb, "punct");
    t->n[s] = at;
  }
}

static FgStatus toy_next(void *handle, const FgWord **words, size_t *n) {
  Toy *t = handle;
  if (t->at >= TOY_SENTENCES)
    return FG_NOTHING;
  *words = t->words[t->at];
  *n = t->n[t->at++];
  return FG_OK;
}

static FgStatus toy_rewind(void *handle) {
  ((Toy *)handle)->at = 0;
  return FG_OK;
}

static Toy toy;

static void train_toy(FgBuf *model, uint32_t epochs) {
  toy_build(&toy);
  FgParserTrainConfig cfg;
  fg_parser_train_config_default(&cfg);
  cfg.max_epochs = epochs;
  cfg.patience = epochs;
  cfg.corpora = "toy";
  cfg.bound = 64;
  FgParseSource src = {&toy, toy_next, toy_rewind};
  fg_buf_init(model);
  assert_int_equal(fg_parser_train(&cfg, &src, &src, NULL, NULL, model), FG_OK);
  assert_true(model->len > 0);
}

static void test_stop_request_is_honoured(void **state) {
  (void)state;
  toy_build(&toy);
  volatile int stop = 1;
  FgParserTrainConfig cfg;
  fg_parser_train_config_default(&cfg);
  cfg.stop = &stop;
  FgParseSource src = {&toy, toy_next, toy_rewind};
  FgBuf model;
  fg_buf_init(&model);
  assert_int_equal(fg_parser_train(&cfg, &src, &src, NULL, NULL, &model),
                   FG_NOTHING);
  assert_int_equal(model.len, 0);
  cfg.max_epochs = 0;
  cfg.stop = NULL;
  assert_non_null(fg_parser_train_config_check(&cfg));
  assert_int_equal(fg_parser_train(&cfg, &src, &src, NULL, NULL, &model),
                   FG_ERR_USAGE);
  fg_buf_free(&model);
}

static FgParser *open_model(const FgBuf *model) {
  FgParser *p = NULL;
  assert_int_equal(
      fg_parser_open_buffer(model->data, model->len, "toy", NULL, NULL, &p),
      FG_OK);
  return p;
}

static void test_toy_language_is_learned(void **state) {
  (void)state;
  FgBuf model;
  train_toy(&model, 10);
  FgParser *p = open_model(&model);
  FgParseSource src = {&toy, toy_next, toy_rewind};
  FgParseScore sc;
  assert_int_equal(fg_parser_evaluate(p, &src, &sc), FG_OK);
  assert_int_equal(sc.sentences, TOY_SENTENCES);
  assert_true(sc.words > 5 * TOY_SENTENCES);
  assert_int_equal(sc.heads, sc.words);
  assert_int_equal(sc.labelled, sc.words);
  fg_parser_free(p);
  fg_buf_free(&model);
}

static void test_training_is_deterministic(void **state) {
  (void)state;
  FgBuf a, b;
  train_toy(&a, 4);
  train_toy(&b, 4);
  assert_int_equal(a.len, b.len);
  assert_memory_equal(a.data, b.data, a.len);
  fg_buf_free(&a);
  fg_buf_free(&b);
}

static void test_save_load_save_is_identical(void **state) {
  (void)state;
  FgBuf model, again, third;
  train_toy(&model, 3);
  FgParser *p = open_model(&model);
  fg_buf_init(&again);
  assert_int_equal(fg_parser_save(p, &again), FG_OK);
  assert_int_equal(again.len, model.len);
  assert_memory_equal(again.data, model.data, model.len);
  FgParser *q = open_model(&again);
  fg_buf_init(&third);
  assert_int_equal(fg_parser_save(q, &third), FG_OK);
  assert_memory_equal(third.data, model.data, model.len);
  fg_parser_free(p);
  fg_parser_free(q);
  fg_buf_free(&model);
  fg_buf_free(&again);
  fg_buf_free(&third);
}

typedef struct {
  int errors;
  char last[512];
} Diags;

static void collect(void *handle, const FgDiag *d) {
  Diags *ds = handle;
  if (d->severity == FG_SEV_ERROR)
    ds->errors++;
  snprintf(ds->last, sizeof ds->last, "%s: %s", d->source ? d->source : "",
           d->message);
}

/* Every truncation and a flip of every byte (one bit each, cycling) fails
 * with a clear error and no crash. */
static void test_damaged_models_fail_cleanly(void **state) {
  (void)state;
  FgBuf model;
  train_toy(&model, 1);
  unsigned char *copy = malloc(model.len);
  assert_non_null(copy);
  for (size_t len = 0; len < model.len; len++) {
    Diags ds = {0, {0}};
    FgParser *p = NULL;
    FgStatus st =
        fg_parser_open_buffer(model.data, len, "cut.fgm", collect, &ds, &p);
    assert_int_not_equal(st, FG_OK);
    assert_null(p);
    assert_true(ds.errors >= 1);
  }
  for (size_t i = 0; i < model.len; i++) {
    memcpy(copy, model.data, model.len);
    copy[i] ^= (unsigned char)(1u << (i % 8));
    Diags ds = {0, {0}};
    FgParser *p = NULL;
    FgStatus st =
        fg_parser_open_buffer(copy, model.len, "flip.fgm", collect, &ds, &p);
    assert_int_equal(st, FG_ERR_SYNTAX);
    assert_null(p);
    assert_non_null(strstr(ds.last, "flip.fgm"));
  }
  free(copy);
  fg_buf_free(&model);
}

static void test_missing_and_foreign_files(void **state) {
  (void)state;
  Diags ds = {0, {0}};
  FgParser *p = NULL;
  assert_int_equal(fg_parser_open("/nonexistent/parser.fgm", collect, &ds, &p),
                   FG_ERR_IO);
  assert_null(p);
  assert_non_null(strstr(ds.last, "/nonexistent/parser.fgm"));
  static const char text[] = "# not a model\n1\tword\t_\n";
  assert_int_equal(
      fg_parser_open_buffer(text, sizeof text, "text.conllu", collect, &ds, &p),
      FG_ERR_SYNTAX);
  assert_null(p);
  assert_non_null(strstr(ds.last, "text.conllu"));
}

/* ---- predict ---- */

static void assert_tree(const FgWord *w, size_t n) {
  size_t roots = 0;
  for (size_t i = 0; i < n; i++) {
    assert_true(w[i].head <= n);
    assert_int_not_equal(w[i].head, i + 1);
    assert_non_null(w[i].deprel);
    roots += w[i].head == 0;
    assert_true((w[i].head == 0) == (strcmp(w[i].deprel, "root") == 0));
  }
  assert_int_equal(roots, 1);
  for (size_t i = 0; i < n; i++) { /* acyclic: every chain reaches 0 */
    size_t h = w[i].head, steps = 0;
    while (h != 0 && steps++ <= n)
      h = w[h - 1].head;
    assert_int_equal(h, 0);
  }
}

typedef struct {
  FgParser *parser;
  FgArena *arena;
  Diags diags;
} Fixture;

static int setup(void **state) {
  static Fixture fx;
  FgBuf model;
  train_toy(&model, 4);
  memset(&fx, 0, sizeof fx);
  assert_int_equal(fg_parser_open_buffer(model.data, model.len, "toy", collect,
                                         &fx.diags, &fx.parser),
                   FG_OK);
  fg_buf_free(&model);
  fx.arena = fg_arena_new();
  *state = &fx;
  return fx.arena ? 0 : -1;
}

static int teardown(void **state) {
  Fixture *fx = *state;
  fg_parser_free(fx->parser);
  fg_arena_free(fx->arena);
  return 0;
}

static FgWord *sentence(Fixture *fx, size_t n, const char *form,
                        const char *xpos, FgUpos upos) {
  FgWord *w = fg_arena_calloc(fx->arena, n ? n : 1, sizeof *w);
  assert_non_null(w);
  for (size_t i = 0; i < n; i++) {
    word(&w[i], form, xpos, upos, 99, NULL);
    w[i].begin = (uint32_t)(i * 4);
    w[i].end = w[i].begin + 3;
  }
  return w;
}

static void test_empty_and_one_word(void **state) {
  Fixture *fx = *state;
  FgWord *w = sentence(fx, 1, "dog", "NN", FG_UPOS_NOUN);
  assert_int_equal(fg_parser_predict(fx->parser, w, 0, fx->arena), FG_NOTHING);
  assert_int_equal(fg_parser_predict(fx->parser, w, 1, fx->arena), FG_OK);
  assert_int_equal(w[0].head, 0);
  assert_string_equal(w[0].deprel, "root");
}

static void test_all_punctuation(void **state) {
  Fixture *fx = *state;
  FgWord *w = sentence(fx, 7, "!", ".", FG_UPOS_PUNCT);
  assert_int_equal(fg_parser_predict(fx->parser, w, 7, fx->arena), FG_OK);
  assert_tree(w, 7);
}

/* At the bound no warning; one word more: pieces, one warning naming the
 * byte offset of the cut, still one tree. */
static void test_bound_and_bound_plus_one(void **state) {
  Fixture *fx = *state;
  fg_parser_set_bound(fx->parser, 8);
  assert_int_equal(fg_parser_bound(fx->parser), 8);
  fx->diags = (Diags){0, {0}};
  FgWord *w = sentence(fx, 8, "dog", "NN", FG_UPOS_NOUN);
  assert_int_equal(fg_parser_predict(fx->parser, w, 8, fx->arena), FG_OK);
  assert_tree(w, 8);
  assert_string_equal(fx->diags.last, "");
  w = sentence(fx, 9, "dog", "NN", FG_UPOS_NOUN);
  assert_int_equal(fg_parser_predict(fx->parser, w, 9, fx->arena), FG_OK);
  assert_tree(w, 9);
  assert_non_null(strstr(fx->diags.last, "at byte 32")); /* word 9 */
  assert_int_equal(fx->diags.errors, 0);
  fg_parser_set_bound(fx->parser, 0); /* back to the model's */
  assert_int_equal(fg_parser_bound(fx->parser), 64);
}

static double parse_seconds(Fixture *fx, size_t n) {
  fg_arena_reset(fx->arena);
  FgWord *w = sentence(fx, n, "cat", "NN", FG_UPOS_NOUN);
  clock_t t0 = clock();
  assert_int_equal(fg_parser_predict(fx->parser, w, n, fx->arena), FG_OK);
  double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
  assert_tree(w, n);
  return secs;
}

/* 200,000 words take about ten times as long as 20,000 (linear), not a
 * hundred times (quadratic). */
static void test_huge_sentence_is_linear(void **state) {
  Fixture *fx = *state;
  double small = parse_seconds(fx, 20000);
  double big = parse_seconds(fx, 200000);
  assert_true(big < 30 * (small + 0.001));
  assert_non_null(strstr(fx->diags.last, "200000 words"));
}

/* The decoder scores the STACK group once per s0 and the BUFFER group
 * once per first buffer word: over random move sequences, every state
 * with the same s0 has the same STACK keys, every state with the same
 * buffer the same BUFFER keys, and the three groups' keys are the
 * state's keys, with AVX-512 (where the processor has it) and without. */
#define WALK_N 12
static void test_template_groups_are_stable(void **state) {
  (void)state;
  static const char *const FORMS[] = {"The", "old", "man", "saw", "a",
                                      "dog", "near", "2024", "U.S.", "river",
                                      "quickly", ","};
  FgWord w[WALK_N];
  for (unsigned i = 0; i < WALK_N; i++)
    word(&w[i], FORMS[i], i % 2 ? "NN" : "VB",
         i % 2 ? FG_UPOS_NOUN : FG_UPOS_VERB, 0, NULL);
  FgPaAtoms atoms[WALK_N + 2];
  fg_pa_atoms(w, WALK_N, atoms);
  FgPaPlan plan;
  fg_pa_plan(&plan);
  assert_true(plan.count[FG_PA_STACK] > 0 && plan.count[FG_PA_BUFFER] > 0);
  uint64_t seen[2][WALK_N + 2][FG_PA_MAX_FEATURES];
  uint32_t stack[WALK_N + 1], rng = 7;
  FgHyNode node[WALK_N + 1];
  for (int walk = 0; walk < 200; walk++) {
    plan.simd = plan.simd && walk < 100; /* the plain keys from walk 100 on */
    bool known[2][WALK_N + 2] = {{false}};
    FgHyState st;
    fg_hy_init(&st, WALK_N, stack, node);
    while (!fg_hy_terminal(&st)) {
      uint64_t all[FG_PA_MAX_FEATURES], v[FG_PA_VALUES];
      uint64_t parts[FG_PA_MAX_FEATURES];
      size_t n_all = fg_pa_features(&st, atoms, 11, all), n_parts = 0;
      fg_pa_values(&st, atoms, v);
      for (unsigned g = 0; g < FG_PA_GROUPS; g++) {
        uint64_t *keys = parts + n_parts;
        size_t nk = fg_pa_group_keys(&plan, g, v, 11, keys);
        for (size_t k = 0; k < nk; k++) /* each a key of the state */
          assert_int_equal(keys[k], all[plan.templates[g][k]]);
        n_parts += nk;
        uint32_t at = g == FG_PA_STACK ? fg_hy_s(&st, 0) : st.b;
        if (g == FG_PA_STATE)
          continue;
        unsigned slot = g == FG_PA_STACK ? 0 : 1;
        if (known[slot][at])
          assert_memory_equal(seen[slot][at], keys, nk * sizeof *keys);
        memcpy(seen[slot][at], keys, nk * sizeof *keys);
        known[slot][at] = true;
      }
      assert_int_equal(n_parts, n_all);
      unsigned moves[3], nm = 0;
      for (unsigned m = FG_HY_SHIFT; m <= FG_HY_RIGHT; m++)
        if (fg_hy_valid(&st, m))
          moves[nm++] = m;
      rng = rng * 1103515245u + 12345u;
      unsigned m = moves[(rng >> 16) % nm];
      fg_hy_apply(&st, m, (rng >> 8) % 5);
    }
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_toy_language_is_learned),
      cmocka_unit_test(test_training_is_deterministic),
      cmocka_unit_test(test_stop_request_is_honoured),
      cmocka_unit_test(test_save_load_save_is_identical),
      cmocka_unit_test(test_damaged_models_fail_cleanly),
      cmocka_unit_test(test_missing_and_foreign_files),
      cmocka_unit_test(test_empty_and_one_word),
      cmocka_unit_test(test_all_punctuation),
      cmocka_unit_test(test_bound_and_bound_plus_one),
      cmocka_unit_test(test_huge_sentence_is_linear),
      cmocka_unit_test(test_template_groups_are_stable),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
