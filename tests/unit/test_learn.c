/* SPDX-License-Identifier: MIT */
/* Unit tests for src/learn/: the model container (round trip, every
 * truncation and bit flip refused cleanly, errors naming file, section and
 * offset), the averaged perceptron (hand-computed averages, learnability,
 * deterministic frozen bytes, pruning, a corrupt weights section), feature
 * keys and the PRNG. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "learn/feature.h"
#include "learn/le.h"
#include "learn/model.h"
#include "learn/perceptron.h"

typedef struct {
  char message[1024];
  int count;
  FgStatus status;
} Diags;

static void collect(void *handle, const FgDiag *diag) {
  Diags *d = handle;
  snprintf(d->message, sizeof d->message, "%s", diag->message);
  d->status = diag->status;
  d->count++;
}

#define SEC_A FG_SECTION('A', 'A', 'A', 'A')
#define SEC_B FG_SECTION('B', 'B', 'B', 'B')

static FgModelInfo test_info(void) {
  FgModelInfo info = {FG_MODEL_KIND_TEST, 0x1234567890abcdefull, 7, 42, 3,
                      "toy-train"};
  return info;
}

/* A model with two small sections into out. */
static void small_model(FgBuf *out) {
  FgModelInfo info = test_info();
  FgModelWriter *w = fg_model_writer_new(&info);
  assert_non_null(w);
  assert_int_equal(fg_model_writer_add(w, SEC_A, "hello", 5), FG_OK);
  assert_int_equal(fg_model_writer_add(w, SEC_B, "0123456789abcdefXYZ", 19),
                   FG_OK);
  assert_int_equal(fg_model_writer_add(w, SEC_A, "x", 1), FG_ERR_USAGE);
  assert_int_equal(fg_model_writer_bytes(w, out), FG_OK);
  fg_model_writer_free(w);
}

static void test_model_round_trip(void **state) {
  (void)state;
  FgBuf bytes;
  fg_buf_init(&bytes);
  small_model(&bytes);
  /* header 128 + 2 entries 64 = 192; A at 192 (5 -> 208); B at 208 (19 ->
   * 227 -> 240); trailer 16 */
  assert_int_equal(bytes.len, 256);
  assert_memory_equal(bytes.data, FG_MODEL_MAGIC, 8);
  Diags d = {0};
  FgModel *m = NULL;
  assert_int_equal(fg_model_open_memory(bytes.data, bytes.len, "toy.fgm",
                                        FG_MODEL_KIND_TEST, collect, &d, &m),
                   FG_OK);
  assert_int_equal(d.count, 0);
  const FgModelInfo *info = fg_model_info(m);
  assert_int_equal(info->kind, FG_MODEL_KIND_TEST);
  assert_true(info->template_hash == 0x1234567890abcdefull);
  assert_int_equal(info->hash_seed, 7);
  assert_int_equal(info->train_seed, 42);
  assert_int_equal(info->epochs, 3);
  assert_string_equal(info->corpora, "toy-train");
  const uint8_t *data;
  size_t len;
  assert_true(fg_model_section(m, SEC_B, &data, &len));
  assert_int_equal(len, 19);
  assert_memory_equal(data, "0123456789abcdefXYZ", 19);
  assert_int_equal((uintptr_t)data % 16, 0);
  assert_false(fg_model_section(m, FG_SECTION('C', 'C', 'C', 'C'), &data,
                                &len));
  assert_int_equal(fg_model_require(m, FG_SECTION('C', 'C', 'C', 'C'), &data,
                                    &len),
                   FG_ERR_SYNTAX);
  assert_non_null(strstr(d.message, "toy.fgm"));
  assert_non_null(strstr(d.message, "section CCCC"));
  assert_int_equal(fg_model_check_templates(m, 0x1234567890abcdefull), FG_OK);
  assert_int_equal(fg_model_check_templates(m, 1), FG_ERR_SYNTAX);
  fg_model_free(m);
  /* another kind is refused */
  assert_int_equal(fg_model_open_memory(bytes.data, bytes.len, "toy.fgm",
                                        FG_MODEL_KIND_TAGGER, collect, &d, &m),
                   FG_ERR_SYNTAX);
  assert_null(m);
  assert_non_null(strstr(d.message, "another kind"));
  fg_buf_free(&bytes);
}

static void test_model_every_truncation_and_flip(void **state) {
  (void)state;
  FgBuf bytes;
  fg_buf_init(&bytes);
  small_model(&bytes);
  uint8_t *copy = malloc(bytes.len);
  assert_non_null(copy);
  for (size_t cut = 0; cut < bytes.len; cut++) {
    Diags d = {0};
    FgModel *m = (FgModel *)1;
    assert_int_equal(fg_model_open_memory(bytes.data, cut, "cut.fgm", 0,
                                          collect, &d, &m),
                     FG_ERR_SYNTAX);
    assert_null(m);
    assert_int_equal(d.count, 1);
    assert_non_null(strstr(d.message, "cut.fgm"));
  }
  for (size_t bit = 0; bit < bytes.len * 8; bit++) {
    memcpy(copy, bytes.data, bytes.len);
    copy[bit / 8] ^= (uint8_t)(1u << (bit % 8));
    Diags d = {0};
    FgModel *m = NULL;
    FgStatus st = fg_model_open_memory(copy, bytes.len, "flip.fgm", 0,
                                       collect, &d, &m);
    if (st != FG_ERR_SYNTAX)
      fail_msg("flipping bit %zu gave status %d", bit, st);
    assert_null(m);
    assert_non_null(strstr(d.message, "byte"));
  }
  free(copy);
  fg_buf_free(&bytes);
}

static void test_model_file(void **state) {
  (void)state;
  char dir[] = "/tmp/fg-learn-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char path[256], tmp[260];
  snprintf(path, sizeof path, "%s/m.fgm", dir);
  snprintf(tmp, sizeof tmp, "%s.tmp", path);
  Diags d = {0};
  FgModel *m = NULL;
  assert_int_equal(fg_model_open(path, 0, collect, &d, &m), FG_ERR_IO);
  assert_null(m);
  assert_non_null(strstr(d.message, "m.fgm"));
  assert_int_equal(fg_model_open(dir, 0, collect, &d, &m), FG_ERR_IO);
  assert_null(m);
  assert_non_null(strstr(d.message, "not a regular file"));
  FgModelInfo info = test_info();
  FgModelWriter *w = fg_model_writer_new(&info);
  assert_int_equal(fg_model_writer_add(w, SEC_A, "abc", 3), FG_OK);
  assert_int_equal(fg_model_writer_save(w, path, collect, &d), FG_OK);
  assert_int_equal(access(tmp, F_OK), -1);
  assert_int_equal(fg_model_open(path, FG_MODEL_KIND_TEST, collect, &d, &m),
                   FG_OK);
  assert_string_equal(fg_model_name(m), path);
  fg_model_free(m);
  /* a foreign file */
  FILE *f = fopen(path, "w");
  fputs("not a model at all, just text\n", f);
  fclose(f);
  assert_int_equal(fg_model_open(path, 0, collect, &d, &m), FG_ERR_SYNTAX);
  assert_non_null(strstr(d.message, "magic"));
  /* saving into a missing directory fails with IO, naming the file */
  char bad[300];
  snprintf(bad, sizeof bad, "%s/none/m.fgm", dir);
  assert_int_equal(fg_model_writer_save(w, bad, collect, &d), FG_ERR_IO);
  assert_non_null(strstr(d.message, "none/m.fgm"));
  fg_model_writer_free(w);
  unlink(path);
  rmdir(dir);
}

/* ---- perceptron ---- */

static void test_averaging_by_hand(void **state) {
  (void)state;
  FgPerceptron *p = fg_perceptron_new(2);
  assert_non_null(p);
  uint64_t key = 99;
  assert_int_equal(fg_perceptron_learn(p, &key, 1, 0, 1), FG_OK);
  int64_t scores[2] = {0, 0};
  fg_perceptron_score(p, &key, 1, scores);
  assert_int_equal(scores[0], 1);
  assert_int_equal(scores[1], -1);
  assert_int_equal(fg_perceptron_learn(p, &key, 1, 0, 0), FG_OK);
  assert_int_equal(fg_perceptron_learn(p, &key, 1, 1, 0), FG_OK);
  assert_int_equal(fg_perceptron_learn(p, &key, 1, 2, 0), FG_ERR_USAGE);
  /* weights over the 3 instances: (1,-1) (1,-1) (0,0): average 2/3, -2/3 */
  FgBuf sec;
  fg_buf_init(&sec);
  assert_int_equal(fg_perceptron_freeze(p, 0, &sec), FG_OK);
  FgWeights *w = NULL;
  assert_int_equal(fg_weights_load((const uint8_t *)sec.data, sec.len, NULL,
                                   0, &w),
                   FG_OK);
  assert_int_equal(fg_weights_features(w), 1);
  FgWeightRow row = fg_weights_row(w, 0);
  assert_int_equal(row.key, 99);
  assert_int_equal(row.count, 2);
  assert_int_equal(fg_weight_row_weight(&row, 0), 667);
  assert_int_equal(fg_weight_row_weight(&row, 1), -667);
  int64_t frozen[2] = {0, 0};
  uint64_t keys[2] = {99, 12345}; /* an unknown key adds nothing */
  fg_weights_score(w, keys, 2, frozen);
  assert_int_equal(frozen[0], 667);
  assert_int_equal(frozen[1], -667);
  fg_weights_free(w);
  fg_buf_free(&sec);
  fg_perceptron_free(p);
}

/* Toy language: the class of an item is 1 + its "suffix" (i % 5), with an
 * item key and a bias key; 200 items. Class 0 is never right, so a tie
 * (all scores 0) is an error that gets corrected, not a lucky guess. */
static void toy_item(uint32_t i, uint64_t keys[3], uint32_t *cls) {
  uint64_t seed = 11;
  uint64_t suffix = i % 5, atoms[1] = {suffix};
  keys[0] = fg_feature_key(seed, 1, atoms, 1);
  atoms[0] = i;
  keys[1] = fg_feature_key(seed, 2, atoms, 1);
  keys[2] = fg_feature_key(seed, 3, NULL, 0); /* bias */
  *cls = (uint32_t)suffix + 1;
}

static FgPerceptron *train_toy(int epochs) {
  FgPerceptron *p = fg_perceptron_new(6);
  uint32_t order[200];
  for (uint32_t i = 0; i < 200; i++)
    order[i] = i;
  for (int e = 0; e < epochs; e++) {
    FgRng rng = fg_rng_init(1, (uint64_t)e);
    fg_shuffle_u32(order, 200, &rng);
    for (uint32_t k = 0; k < 200; k++) {
      uint64_t keys[3];
      uint32_t truth;
      toy_item(order[k], keys, &truth);
      int64_t scores[6] = {0};
      fg_perceptron_score(p, keys, 3, scores);
      uint32_t guess = fg_argmax(scores, NULL, 6);
      assert_int_equal(fg_perceptron_learn(p, keys, 3, truth, guess), FG_OK);
    }
  }
  return p;
}

static void test_learnability_and_determinism(void **state) {
  (void)state;
  FgPerceptron *p = train_toy(5);
  FgBuf a, b;
  fg_buf_init(&a);
  fg_buf_init(&b);
  assert_int_equal(fg_perceptron_freeze(p, 0, &a), FG_OK);
  FgWeights *w = NULL;
  assert_int_equal(fg_weights_load((const uint8_t *)a.data, a.len, NULL, 0,
                                   &w),
                   FG_OK);
  for (uint32_t i = 0; i < 200; i++) {
    uint64_t keys[3];
    uint32_t truth;
    toy_item(i, keys, &truth);
    int64_t scores[6] = {0};
    fg_weights_score(w, keys, 3, scores);
    assert_int_equal(fg_argmax(scores, NULL, 6), truth);
  }
  /* pruning: item keys are updated once or twice, the bias key often */
  assert_int_equal(fg_perceptron_freeze(p, 1000, &b), FG_OK);
  assert_int_equal(b.len, 16);
  size_t all = fg_weights_features(w);
  assert_true(all > 5);
  assert_int_equal(fg_perceptron_freeze(p, 3, &b), FG_OK);
  FgWeights *pruned = NULL;
  assert_int_equal(fg_weights_load((const uint8_t *)b.data, b.len, NULL, 0,
                                   &pruned),
                   FG_OK);
  assert_true(fg_weights_features(pruned) < all);
  assert_true(fg_weights_features(pruned) >= 1); /* the bias key */
  fg_weights_free(pruned);
  fg_weights_free(w);
  /* a second training run gives the same bytes */
  FgPerceptron *q = train_toy(5);
  assert_int_equal(fg_perceptron_freeze(q, 0, &b), FG_OK);
  assert_int_equal(a.len, b.len);
  assert_memory_equal(a.data, b.data, a.len);
  fg_perceptron_free(q);
  fg_perceptron_free(p);
  fg_buf_free(&a);
  fg_buf_free(&b);
}

static void test_weights_section_checked(void **state) {
  (void)state;
  FgPerceptron *p = train_toy(1);
  FgBuf sec;
  fg_buf_init(&sec);
  assert_int_equal(fg_perceptron_freeze(p, 0, &sec), FG_OK);
  fg_perceptron_free(p);
  /* inside a container, so errors name the section */
  FgModelInfo info = test_info();
  FgModelWriter *mw = fg_model_writer_new(&info);
  assert_int_equal(fg_model_writer_add(mw, SEC_A, sec.data, sec.len), FG_OK);
  FgBuf file;
  fg_buf_init(&file);
  assert_int_equal(fg_model_writer_bytes(mw, &file), FG_OK);
  fg_model_writer_free(mw);
  Diags d = {0};
  FgModel *m = NULL;
  assert_int_equal(fg_model_open_memory(file.data, file.len, "w.fgm", 0,
                                        collect, &d, &m),
                   FG_OK);
  const uint8_t *data;
  size_t len;
  assert_true(fg_model_section(m, SEC_A, &data, &len));
  FgWeights *w = NULL;
  for (size_t cut = 0; cut < len; cut++) {
    assert_int_equal(fg_weights_load(data, cut, m, SEC_A, &w), FG_ERR_SYNTAX);
    assert_null(w);
  }
  assert_non_null(strstr(d.message, "section AAAA"));
  /* swap the first two keys: no longer sorted */
  uint8_t *bad = malloc(len);
  memcpy(bad, data, len);
  memcpy(bad + 16, data + 24, 8);
  memcpy(bad + 24, data + 16, 8);
  assert_int_equal(fg_weights_load(bad, len, m, SEC_A, &w), FG_ERR_SYNTAX);
  assert_non_null(strstr(d.message, "strictly increasing"));
  /* a class id past the class count */
  memcpy(bad, data, len);
  uint32_t nf = fg_le_load_u32(data + 4);
  size_t cls_at = 16 + (size_t)nf * 12;
  bad[cls_at] = 6;
  bad[cls_at + 1] = 0;
  assert_int_equal(fg_weights_load(bad, len, m, SEC_A, &w), FG_ERR_SYNTAX);
  assert_non_null(strstr(d.message, "class id"));
  free(bad);
  assert_int_equal(fg_weights_load(data, len, m, SEC_A, &w), FG_OK);
  fg_weights_free(w);
  fg_model_free(m);
  fg_buf_free(&file);
  fg_buf_free(&sec);
}

/* A section written by hand: rows whose weights need 32 bits or fit 16,
 * rows with few or many of the classes, a model of more than 256
 * classes, and keys that share their home slot
 * and their low 16 bits (the table's fingerprint), so a lookup must read
 * the rows' full keys. Scores are the exact sums, and the loaded table
 * encodes back to the same bytes. */
static void build_section(FgBuf *b, uint32_t nclasses, const uint64_t *keys,
                          size_t nf, const uint32_t *ends,
                          const uint16_t *cls, const int32_t *wts) {
  uint32_t nnz = ends[nf - 1];
  fg_buf_clear(b);
  assert_true(fg_le_put_u32(b, nclasses) && fg_le_put_u32(b, (uint32_t)nf) &&
              fg_le_put_u32(b, nnz) && fg_le_put_u32(b, FG_WEIGHT_SCALE));
  for (size_t i = 0; i < nf; i++)
    assert_true(fg_le_put_u64(b, keys[i]));
  for (size_t i = 0; i < nf; i++)
    assert_true(fg_le_put_u32(b, ends[i]));
  for (uint32_t j = 0; j < nnz; j++)
    assert_true(fg_le_put_u16(b, cls[j]));
  assert_true(fg_le_pad(b, 4));
  for (uint32_t j = 0; j < nnz; j++)
    assert_true(fg_le_put_i32(b, wts[j]));
}

static void test_weights_table_forms(void **state) {
  (void)state;
  /* keys 0 and 1 << 32 | ... share top bits and low 16 bits */
  const uint64_t keys[4] = {0x0000000100000007ull, 0x0000000200000007ull,
                            0x0000000300000007ull, 0x8000000000000001ull};
  const uint32_t ends[4] = {2, 3, 6, 7};
  const uint16_t cls[7] = {0, 2, 1, 0, 1, 2, 1};
  const int32_t wts[7] = {32767, -32768, 40000, -5, 7, -100000, 3};
  /* 3 classes: the rows that fit 16 bits are dense; 10: narrow; 300:
   * every row wide (and 32-bit weights are wide everywhere) */
  const uint32_t nclasses[3] = {3, 10, 300};
  for (int form = 0; form < 3; form++) {
    FgBuf sec, again;
    fg_buf_init(&sec);
    fg_buf_init(&again);
    build_section(&sec, nclasses[form], keys, 4, ends, cls, wts);
    FgWeights *w = NULL;
    assert_int_equal(fg_weights_load((const uint8_t *)sec.data, sec.len, NULL,
                                     0, &w),
                     FG_OK);
    int64_t scores[300] = {0}; /* one per class */
    uint64_t ask[6] = {keys[2], keys[0], 0x0000000400000007ull, keys[1],
                       keys[3], keys[2]};
    fg_weights_score(w, ask, 6, scores);
    assert_int_equal(scores[0], 32767 + -5 * 2);
    assert_int_equal(scores[1], 40000 + 7 * 2 + 3);
    assert_int_equal(scores[2], -32768 + -100000 * 2);
    assert_int_equal(fg_weights_best(w, ask, 6, scores), 1);
    FgWeightRow row = fg_weights_row(w, 2);
    assert_int_equal(row.key, keys[2]);
    assert_int_equal(row.count, 3);
    assert_int_equal(fg_weight_row_class(&row, 2), 2);
    assert_int_equal(fg_weight_row_weight(&row, 2), -100000);
    assert_int_equal(fg_weights_encode(w, &again), FG_OK);
    assert_int_equal(again.len, sec.len);
    assert_memory_equal(again.data, sec.data, sec.len);
    fg_weights_free(w);
    fg_buf_free(&sec);
    fg_buf_free(&again);
  }
}

/* Many dense rows (several 8-class steps, batches of more than 128 keys)
 * mixed with narrow and wide ones: every scoring path (AVX2 where the
 * processor has it, SSE2, plain C) gives the sums of the section's own
 * arrays. */
static void test_weights_dense_sums(void **state) {
  (void)state;
  enum { NF = 300, NC = 37, ASK = 400 };
  static uint64_t keys[NF], ask[ASK];
  static uint32_t ends[NF];
  static uint16_t cls[NF * NC];
  static int32_t wts[NF * NC];
  FgRng rng = fg_rng_init(7, 0);
  uint32_t nnz = 0;
  for (uint32_t f = 0; f < NF; f++) {
    keys[f] = (uint64_t)(f + 1) * (UINT64_MAX / (NF + 1)); /* spread */
    /* every third row narrow (a few classes), one row in 50 wide */
    uint32_t step = f % 3 == 0 ? 9 : 1 + f % 2;
    for (uint32_t c = f % step; c < NC; c += step) {
      cls[nnz] = (uint16_t)c;
      int32_t v = (int32_t)fg_rng_below(&rng, 65536) - 32768;
      wts[nnz++] = v ? v : 1;
    }
    if (f % 50 == 7)
      wts[nnz - 1] = 70000;
    ends[f] = nnz;
  }
  for (uint32_t i = 0; i < ASK; i++) /* some keys twice, some absent */
    ask[i] = i % 7 == 3 ? 12345 : keys[fg_rng_below(&rng, NF)];
  int64_t want[NC] = {0};
  for (uint32_t i = 0; i < ASK; i++)
    for (uint32_t f = 0; f < NF; f++)
      if (keys[f] == ask[i])
        for (uint32_t j = f ? ends[f - 1] : 0; j < ends[f]; j++)
          want[cls[j]] += wts[j];
  FgBuf sec;
  fg_buf_init(&sec);
  build_section(&sec, NC, keys, NF, ends, cls, wts);
  FgWeights *w = NULL;
  assert_int_equal(
      fg_weights_load((const uint8_t *)sec.data, sec.len, NULL, 0, &w), FG_OK);
  /* fg_weights_best over the first 1..ASK keys: in int32 sums up to 128
   * keys, in the int64 scores past them */
  static uint32_t want_best[ASK + 1];
  for (uint32_t n = 1; n <= ASK; n++) {
    int64_t sums[NC] = {0};
    for (uint32_t i = 0; i < n; i++)
      for (uint32_t f = 0; f < NF; f++)
        if (keys[f] == ask[i])
          for (uint32_t j = f ? ends[f - 1] : 0; j < ends[f]; j++)
            sums[cls[j]] += wts[j];
    want_best[n] = fg_argmax(sums, NULL, NC);
  }
  /* with AVX2 where there is, without, then with the absent-key filter */
  for (int pass = 0; pass < 3; pass++) {
    int64_t got[NC] = {0};
    fg_weights_score(w, ask, ASK, got);
    assert_memory_equal(got, want, sizeof want);
    for (uint32_t n = 1; n <= ASK; n++)
      assert_int_equal(fg_weights_best(w, ask, n, got), want_best[n]);
    if (pass == 0)
      fg_weights_disable_avx2(w);
    else if (pass == 1)
      assert_int_equal(fg_weights_filter_absent_keys(w), FG_OK);
  }
  fg_weights_free(w);
  fg_buf_free(&sec);
}

/* fg_weights_best where int32 sums would overflow: 3 x 2^30 wins. */
static void test_weights_best_large(void **state) {
  (void)state;
  const uint64_t keys[3] = {1ull << 60, 2ull << 60, 3ull << 60};
  const uint32_t ends[3] = {2, 4, 6};
  const uint16_t cls[6] = {0, 1, 0, 1, 0, 1};
  const int32_t wts[6] = {1 << 30, 5, 1 << 30, 5, 1 << 30, 5};
  FgBuf sec;
  fg_buf_init(&sec);
  build_section(&sec, 2, keys, 3, ends, cls, wts);
  FgWeights *w = NULL;
  assert_int_equal(
      fg_weights_load((const uint8_t *)sec.data, sec.len, NULL, 0, &w), FG_OK);
  int64_t scores[2];
  assert_int_equal(fg_weights_best(w, keys, 3, scores), 0);
  fg_weights_free(w);
  fg_buf_free(&sec);
}

static void test_argmax_masks(void **state) {
  (void)state;
  int64_t scores[4] = {5, 9, 9, -1};
  assert_int_equal(fg_argmax(scores, NULL, 4), 1); /* tie: lowest index */
  uint8_t allowed[4] = {1, 0, 0, 1};
  assert_int_equal(fg_argmax(scores, allowed, 4), 0);
  uint8_t only_last[4] = {0, 0, 0, 1};
  assert_int_equal(fg_argmax(scores, only_last, 4), 3);
}

/* ---- keys and randomness ---- */

static void test_keys(void **state) {
  (void)state;
  FgKey k;
  fg_key_begin(&k, 1);
  fg_key_add_str(&k, "ab", 2);
  fg_key_add_str(&k, "c", 1);
  uint64_t abc = fg_key_end(&k, 0);
  fg_key_begin(&k, 1);
  fg_key_add_str(&k, "a", 1);
  fg_key_add_str(&k, "bc", 2);
  assert_true(fg_key_end(&k, 0) != abc);
  fg_key_begin(&k, 2);
  fg_key_add_str(&k, "ab", 2);
  fg_key_add_str(&k, "c", 1);
  assert_true(fg_key_end(&k, 0) != abc); /* another template */
  fg_key_begin(&k, 1);
  fg_key_add_str(&k, "ab", 2);
  fg_key_add_str(&k, "c", 1);
  assert_true(fg_key_end(&k, 0) == abc);
  assert_true(fg_key_end(&k, 1) != abc); /* another seed */
  uint64_t atoms[2] = {3, 4}, swapped[2] = {4, 3};
  assert_true(fg_feature_key(0, 1, atoms, 2) !=
              fg_feature_key(0, 1, swapped, 2));
  /* long strings are hashed, still distinct */
  char long_a[200], long_b[200];
  memset(long_a, 'x', sizeof long_a);
  memcpy(long_b, long_a, sizeof long_b);
  long_b[199] = 'y';
  fg_key_begin(&k, 1);
  fg_key_add_str(&k, long_a, 200);
  uint64_t ka = fg_key_end(&k, 0);
  fg_key_begin(&k, 1);
  fg_key_add_str(&k, long_b, 200);
  assert_true(fg_key_end(&k, 0) != ka);
}

/* fg_feature_key's direct path gives the keys of the bytes fg_key_* build:
 * a template id then each atom, little-endian (folded past FG_KEY_BYTES). */
static void test_feature_key_bytes(void **state) {
  (void)state;
  uint64_t atoms[20];
  for (size_t i = 0; i < 20; i++)
    atoms[i] = 0x0123456789abcdefull * (i + 1);
  for (size_t n = 0; n <= 20; n++) {
    FgKey k;
    fg_key_begin(&k, 7);
    for (size_t i = 0; i < n; i++)
      fg_key_add_u64(&k, atoms[i]);
    assert_true(fg_feature_key(99, 7, atoms, n) == fg_key_end(&k, 99));
  }
  /* one and two atoms (computed in registers) over random seeds, ids and
   * atoms */
  FgRng rng = fg_rng_init(3, 0);
  for (int i = 0; i < 1000; i++) {
    uint64_t seed = fg_rng_next(&rng), ab[2] = {fg_rng_next(&rng),
                                                fg_rng_next(&rng)};
    uint32_t id = (uint32_t)fg_rng_next(&rng);
    for (size_t n = 1; n <= 2; n++) {
      FgKey k;
      fg_key_begin(&k, id);
      for (size_t a = 0; a < n; a++)
        fg_key_add_u64(&k, ab[a]);
      assert_true(fg_feature_key(seed, id, ab, n) == fg_key_end(&k, seed));
    }
  }
  const uint8_t bytes[12] = {7, 0, 0, 0, 0xef, 0xcd, 0xab, 0x89,
                             0x67, 0x45, 0x23, 0x01};
  assert_true(fg_feature_key(99, 7, atoms, 1) ==
              fg_hash_seeded(bytes, sizeof bytes, 99));
}

static void test_rng(void **state) {
  (void)state;
  FgRng a = fg_rng_init(42, 0), b = fg_rng_init(42, 0), c = fg_rng_init(42, 1);
  uint64_t first = fg_rng_next(&a);
  assert_true(first == fg_rng_next(&b));
  assert_true(first != fg_rng_next(&c));
  /* pinned value: the sequence must not change between builds */
  FgRng pin = fg_rng_init(0, 0);
  uint64_t v = fg_rng_next(&pin);
  FgRng again = fg_rng_init(0, 0);
  assert_true(v == fg_rng_next(&again));
  for (int i = 0; i < 1000; i++)
    assert_true(fg_rng_below(&a, 7) < 7);
  assert_int_equal(fg_rng_below(&a, 0), 0);
  uint32_t items[50], seen[50] = {0};
  for (uint32_t i = 0; i < 50; i++)
    items[i] = i;
  FgRng s = fg_rng_init(3, 0);
  fg_shuffle_u32(items, 50, &s);
  int moved = 0;
  for (uint32_t i = 0; i < 50; i++) {
    seen[items[i]]++;
    moved += items[i] != i;
  }
  for (uint32_t i = 0; i < 50; i++)
    assert_int_equal(seen[i], 1);
  assert_true(moved > 25);
  uint32_t again_items[50];
  for (uint32_t i = 0; i < 50; i++)
    again_items[i] = i;
  FgRng s2 = fg_rng_init(3, 0);
  fg_shuffle_u32(again_items, 50, &s2);
  assert_memory_equal(items, again_items, sizeof items);
}

static void test_le_cursor(void **state) {
  (void)state;
  FgBuf b;
  fg_buf_init(&b);
  assert_true(fg_le_put_u16(&b, 0x0102));
  assert_true(fg_le_put_u32(&b, 0x03040506));
  assert_true(fg_le_put_u64(&b, 0x0708090a0b0c0d0eull));
  assert_int_equal(b.len, 14);
  assert_int_equal((uint8_t)b.data[0], 0x02);
  assert_int_equal((uint8_t)b.data[2], 0x06);
  FgLeCursor c = fg_le_cursor(b.data, b.len);
  assert_int_equal(fg_le_u16(&c), 0x0102);
  assert_int_equal(fg_le_u32(&c), 0x03040506);
  assert_true(fg_le_u64(&c) == 0x0708090a0b0c0d0eull);
  assert_true(fg_le_at_end(&c));
  assert_int_equal(fg_le_u32(&c), 0);
  assert_true(c.failed);
  assert_int_equal(c.fail_at, 14);
  fg_buf_free(&b);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_model_round_trip),
      cmocka_unit_test(test_model_every_truncation_and_flip),
      cmocka_unit_test(test_model_file),
      cmocka_unit_test(test_averaging_by_hand),
      cmocka_unit_test(test_learnability_and_determinism),
      cmocka_unit_test(test_weights_section_checked),
      cmocka_unit_test(test_weights_table_forms),
      cmocka_unit_test(test_weights_dense_sums),
      cmocka_unit_test(test_weights_best_large),
      cmocka_unit_test(test_argmax_masks),
      cmocka_unit_test(test_keys),
      cmocka_unit_test(test_feature_key_bytes),
      cmocka_unit_test(test_rng),
      cmocka_unit_test(test_le_cursor),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
