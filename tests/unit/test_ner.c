/* SPDX-License-Identifier: MIT */
/* Unit tests for the recognizer (src/ner/): learnability on a toy
 * language, a name nobody listed, model bytes (determinism, round trip,
 * every truncation and bit flip), edge cases, gazetteer matching and the
 * span evaluator. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ner/clusters.h"
#include "ner/eval.h"
#include "ner/features.h"
#include "ner/hashkeys.h"
#include "ner/namelists.h"
#include "ner/ner.h"

/* ---- a toy language ----
 * "the dog saw NAME ." where NAME is a person ("Ana Berg"), a country
 * from the gazetteer ("Norway") or an organization ending in "Corp";
 * "NAME said that the cat slept .", "they flew to PLACE ." and "the dog
 * lived in CITY ." (one city, "Oslo", is in the gazetteer). */

#define TOY_MAX 12

typedef struct {
  FgWord words[TOY_MAX];
  FgNerSpan spans[2];
  size_t n, span_count;
  char *text; /* the forms point into it */
} ToySentence;

typedef struct {
  ToySentence *s;
  size_t count, at;
} ToySource;

static void toy_add(ToySource *src, const char *text, size_t begin,
                    size_t end, uint8_t type) {
  ToySentence *t = &src->s[src->count++];
  memset(t, 0, sizeof *t);
  char *copy = strdup(text);
  assert_non_null(copy);
  t->text = copy;
  for (char *w = strtok(copy, " "); w; w = strtok(NULL, " ")) {
    t->words[t->n].form = w;
    t->words[t->n].form_len = (uint32_t)strlen(w);
    t->n++;
  }
  if (end > begin)
    t->spans[t->span_count++] = (FgNerSpan){(uint32_t)begin, (uint32_t)end,
                                            type};
}

static void toy_free(ToySource *src) {
  for (size_t i = 0; i < src->count; i++)
    free(src->s[i].text);
  free(src->s);
}

static FgStatus toy_next(void *handle, FgNerExample *out) {
  ToySource *src = handle;
  if (src->at == src->count)
    return FG_NOTHING;
  ToySentence *t = &src->s[src->at++];
  *out = (FgNerExample){t->words, t->n, t->spans, t->span_count, true};
  return FG_OK;
}

static FgStatus toy_rewind(void *handle) {
  ((ToySource *)handle)->at = 0;
  return FG_OK;
}

static const char *const FIRST[] = {"Ana", "Boris", "Carla", "Dmitri", "Eva",
                                    "Farid"};
static const char *const LAST[] = {"Berg", "Holm", "Ito", "Kaur", "Lind"};
static const char *const COUNTRIES[] = {"Norway", "Chile", "Kenya", "Peru"};
static const char *const ORGS[] = {"Acme", "Globex", "Initech", "Umbrella"};
static const char *const CITIES[] = {"Oslo", "Lima", "Nairobi"};

static void toy_corpus(ToySource *src) {
  src->s = calloc(256, sizeof *src->s);
  assert_non_null(src->s);
  char text[128];
  for (size_t i = 0; i < 6; i++)
    for (size_t j = 0; j < 5; j++) {
      snprintf(text, sizeof text, "the dog saw %s %s .", FIRST[i], LAST[j]);
      toy_add(src, text, 3, 5, FG_NER_PERSON);
      if ((i + j) % 2 == 0) {
        snprintf(text, sizeof text, "%s %s said that the cat slept .",
                 FIRST[i], LAST[j]);
        toy_add(src, text, 0, 2, FG_NER_PERSON);
      }
    }
  for (size_t i = 0; i < 4; i++) {
    snprintf(text, sizeof text, "the dog saw %s .", COUNTRIES[i]);
    toy_add(src, text, 3, 4, FG_NER_COUNTRY);
    snprintf(text, sizeof text, "the dog saw %s Corp .", ORGS[i]);
    toy_add(src, text, 3, 5, FG_NER_ORGANIZATION);
    snprintf(text, sizeof text, "they flew to %s .", COUNTRIES[i]);
    toy_add(src, text, 3, 4, FG_NER_COUNTRY);
  }
  for (size_t i = 0; i < 3; i++) {
    snprintf(text, sizeof text, "they flew to %s .", CITIES[i]);
    toy_add(src, text, 3, 4, FG_NER_PLACE);
    snprintf(text, sizeof text, "the dog lived in %s .", CITIES[i]);
    toy_add(src, text, 4, 5, FG_NER_PLACE);
  }
  toy_add(src, "the cat slept .", 0, 0, 0);
  toy_add(src, "they saw the dog .", 0, 0, 0);
}

#define TTL                                                              \
  "@prefix fg: <https://w3id.org/factgraph/ontology#> .\n"               \
  "@prefix gz: <https://w3id.org/factgraph/gazetteer/> .\n"              \
  "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"             \
  "gz:norway a fg:Country ; skos:prefLabel \"Norway\" .\n"               \
  "gz:chile a fg:Country ; skos:prefLabel \"Chile\" .\n"                 \
  "gz:kenya a fg:Country ; skos:prefLabel \"Kenya\" .\n"                 \
  "gz:peru a fg:Country ; skos:prefLabel \"Peru\" .\n"                   \
  "gz:new-york a fg:City ; skos:prefLabel \"New York\" ;\n"              \
  "  skos:altLabel \"New York City\" .\n"                                \
  "gz:oslo a fg:City ; skos:prefLabel \"Oslo\" .\n"

typedef struct {
  ToySource toy;
  FgNerGaz *gaz;
  FgBuf model;
  FgBuf names; /* name lists (namelists.h) built from NAME_LISTS */
} Fixture;

/* Invented name lists: file name, then its lines. */
static const char *const NAME_LISTS[][4] = {
    {"given.txt", "# given names", "Ana", "Velmira"},
    {"surnames.txt", "Berg", "Okondo", "Velmira"},
    {"places.txt", "Port Sable", "Port Sable Harbour", "Tarnek"},
    {"event-heads.txt", "summit", "accord", "treaty"}};

/* Writes NAME_LISTS into a new folder and builds their section bytes. */
static FgStatus build_name_lists(FgBuf *out) {
  char dir[] = "/tmp/fg-test-names-XXXXXX";
  if (!mkdtemp(dir))
    return FG_ERR_IO;
  char path[64];
  for (size_t l = 0; l < 4; l++) {
    snprintf(path, sizeof path, "%s/%s", dir, NAME_LISTS[l][0]);
    FILE *f = fopen(path, "w");
    if (!f)
      return FG_ERR_IO;
    for (size_t k = 1; k < 4; k++)
      fprintf(f, "%s\n", NAME_LISTS[l][k]);
    fclose(f);
  }
  FgStatus st = fg_ner_names_build(dir, out);
  for (size_t l = 0; l < 4; l++) {
    snprintf(path, sizeof path, "%s/%s", dir, NAME_LISTS[l][0]);
    unlink(path);
  }
  rmdir(dir);
  return st;
}

static FgStatus train_toy_hiding(Fixture *fx, FgBuf *out, bool dev,
                                 uint32_t names_hidden_pct) {
  FgNerTrainConfig cfg = fg_ner_train_config_default();
  cfg.names_hidden_pct = names_hidden_pct;
  cfg.epochs = 10;
  cfg.min_updates = 1;
  cfg.corpora = "toy";
  FgNerSource src = {&fx->toy, toy_next, toy_rewind};
  FgBuf clusters;
  fg_buf_init(&clusters);
  FgStatus st = fg_ner_clusters_build(&src, 1, &clusters);
  cfg.clusters = (const uint8_t *)clusters.data;
  cfg.clusters_len = clusters.len;
  cfg.names = (const uint8_t *)fx->names.data;
  cfg.names_len = fx->names.len;
  if (st == FG_OK)
    st = fg_ner_train(&cfg, fx->gaz, &src, dev ? &src : NULL, NULL, NULL,
                      out);
  fg_buf_free(&clusters);
  return st;
}

static FgStatus train_toy(Fixture *fx, FgBuf *out, bool dev) {
  return train_toy_hiding(fx, out, dev, 0);
}

static int setup(void **state) {
  Fixture *fx = calloc(1, sizeof *fx);
  if (!fx)
    return -1;
  toy_corpus(&fx->toy);
  char path[] = "/tmp/fg-test-ner-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0)
    return -1;
  FILE *f = fdopen(fd, "w");
  fputs(TTL, f);
  fclose(f);
  FgGazetteer *gaz;
  bool ok = fg_gazetteer_new(&gaz) == FG_OK &&
            fg_gazetteer_load(gaz, path, NULL, NULL) == FG_OK &&
            fg_ner_gaz_new(gaz, &fx->gaz) == FG_OK;
  fg_gazetteer_free(gaz);
  unlink(path);
  fg_buf_init(&fx->model);
  fg_buf_init(&fx->names);
  if (!ok || build_name_lists(&fx->names) != FG_OK || train_toy(fx, &fx->model, true) != FG_OK)
    return -1;
  *state = fx;
  return 0;
}

static int teardown(void **state) {
  Fixture *fx = *state;
  toy_free(&fx->toy);
  fg_ner_gaz_free(fx->gaz);
  fg_buf_free(&fx->model);
  fg_buf_free(&fx->names);
  free(fx);
  return 0;
}

static FgNer *open_model(const Fixture *fx) {
  FgNer *ner = NULL;
  assert_int_equal(fg_ner_open_memory(fx->model.data, fx->model.len, "toy",
                                      NULL, NULL, &ner),
                   FG_OK);
  return ner;
}

/* Every span of the training data comes back exactly. */
static void test_learns_toy_language(void **state) {
  Fixture *fx = *state;
  FgNer *ner = open_model(fx);
  FgArena *arena = fg_arena_new();
  FgNerScore score = {0};
  for (size_t i = 0; i < fx->toy.count; i++) {
    ToySentence *t = &fx->toy.s[i];
    FgNerSpan spans[TOY_MAX];
    assert_int_equal(fg_ner_predict(ner, fx->gaz, t->words, t->n, arena),
                     FG_OK);
    size_t count = fg_spans_from_words(t->words, t->n, spans);
    fg_ner_score_add(&score, t->spans, t->span_count, spans, count,
                     FG_NER_MAP_STRICT);
  }
  FgNerPrf all = fg_ner_score_prf(&score, FG_NER_NONE);
  assert_true(all.tp > 50);
  assert_int_equal(all.fp, 0);
  assert_int_equal(all.fn, 0);
  fg_arena_free(arena);
  fg_ner_free(ner);
}

static size_t tokens(char *text, FgWord *words) {
  size_t n = 0;
  memset(words, 0, TOY_MAX * sizeof *words);
  for (char *w = strtok(text, " "); w && n < TOY_MAX; w = strtok(NULL, " "))
    words[n++] = (FgWord){.form = w, .form_len = (uint32_t)strlen(w)};
  return n;
}

/* Names that were neither listed nor seen in training are found and typed
 * from their context and shape. */
static void test_unlisted_name_found(void **state) {
  Fixture *fx = *state;
  FgNer *ner = open_model(fx);
  FgArena *arena = fg_arena_new();
  FgWord w[TOY_MAX];
  char a[] = "Quenby Vasko said that the cat slept .";
  size_t n = tokens(a, w);
  assert_int_equal(fg_ner_predict(ner, fx->gaz, w, n, arena), FG_OK);
  assert_int_equal(w[0].ner_type, FG_NER_PERSON);
  assert_int_equal(w[0].ner_iob, FG_IOB_B);
  assert_int_equal(w[1].ner_iob, FG_IOB_I);
  assert_int_equal(w[2].ner_iob, FG_IOB_O);
  char b[] = "the dog saw Zentrix Corp .";
  n = tokens(b, w);
  assert_int_equal(fg_ner_predict(ner, NULL, w, n, arena), FG_OK);
  assert_int_equal(w[3].ner_type, FG_NER_ORGANIZATION);
  assert_int_equal(w[4].ner_iob, FG_IOB_I);
  fg_arena_free(arena);
  fg_ner_free(ner);
}

/* The same training gives the same bytes; a model written to a file and
 * read back predicts the same, and its dump is stable. */
static void test_deterministic_round_trip(void **state) {
  Fixture *fx = *state;
  FgBuf again;
  fg_buf_init(&again);
  assert_int_equal(train_toy(fx, &again, true), FG_OK);
  assert_int_equal(again.len, fx->model.len);
  assert_memory_equal(again.data, fx->model.data, again.len);
  char path[] = "/tmp/fg-test-ner-model-XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  assert_int_equal(write(fd, again.data, again.len), (ssize_t)again.len);
  close(fd);
  FgNer *a = open_model(fx), *b = NULL;
  assert_int_equal(fg_ner_open(path, NULL, NULL, &b), FG_OK);
  unlink(path);
  FgBuf da, db;
  fg_buf_init(&da);
  fg_buf_init(&db);
  assert_int_equal(fg_ner_dump(a, &da), FG_OK);
  assert_int_equal(fg_ner_dump(b, &db), FG_OK);
  assert_true(da.len > 0);
  assert_string_equal(da.data, db.data);
  assert_int_equal(fg_ner_features_count(a), fg_ner_features_count(b));
  fg_buf_free(&da);
  fg_buf_free(&db);
  fg_buf_free(&again);
  fg_ner_free(a);
  fg_ner_free(b);
}

typedef struct {
  int errors;
} Count;

static void count_diag(void *handle, const FgDiag *d) {
  Count *c = handle;
  c->errors += d->severity == FG_SEV_ERROR;
}

/* Every truncation and a flipped bit in every byte fail with
 * FG_ERR_SYNTAX, reported, and no model. */
static void test_damaged_models_fail(void **state) {
  Fixture *fx = *state;
  size_t len = fx->model.len;
  unsigned char *bytes = malloc(len);
  assert_non_null(bytes);
  for (size_t cut = 0; cut < len; cut++) {
    FgNer *ner = NULL;
    Count c = {0};
    assert_int_equal(fg_ner_open_memory(fx->model.data, cut, "cut",
                                        count_diag, &c, &ner),
                     FG_ERR_SYNTAX);
    assert_null(ner);
    assert_true(c.errors > 0);
  }
  for (size_t i = 0; i < len; i++) {
    memcpy(bytes, fx->model.data, len);
    bytes[i] ^= (unsigned char)(1u << (i % 8));
    FgNer *ner = NULL;
    assert_int_equal(
        fg_ner_open_memory(bytes, len, "flip", NULL, NULL, &ner),
        FG_ERR_SYNTAX);
    assert_null(ner);
  }
  free(bytes);
  FgNer *ner = NULL;
  Count c = {0};
  assert_int_equal(fg_ner_open("/nonexistent/ner.fgm", count_diag, &c, &ner),
                   FG_ERR_IO);
  assert_true(c.errors > 0);
}

static void test_edge_cases(void **state) {
  Fixture *fx = *state;
  FgNer *ner = open_model(fx);
  FgArena *arena = fg_arena_new();
  assert_int_equal(fg_ner_predict(ner, fx->gaz, NULL, 0, arena), FG_OK);
  FgWord one = {.form = "Norway", .form_len = 6, .ner_iob = FG_IOB_I};
  assert_int_equal(fg_ner_predict(ner, fx->gaz, &one, 1, arena), FG_OK);
  assert_true(one.ner_iob == FG_IOB_O || one.ner_iob == FG_IOB_B);
  assert_int_equal(fg_ner_predict(NULL, NULL, &one, 1, arena), FG_ERR_USAGE);
  FgWord formless = {.form = NULL};
  assert_int_equal(fg_ner_predict(ner, fx->gaz, &formless, 1, arena),
                   FG_ERR_USAGE);
  /* A long sentence of punctuation and names: well-formed IOB2. */
  size_t n = 20000;
  FgWord *w = calloc(n, sizeof *w);
  assert_non_null(w);
  for (size_t i = 0; i < n; i++) {
    const char *f = i % 3 == 0 ? "!" : i % 3 == 1 ? "Ana" : "Berg";
    w[i] = (FgWord){.form = f, .form_len = (uint32_t)strlen(f)};
  }
  assert_int_equal(fg_ner_predict(ner, fx->gaz, w, n, arena), FG_OK);
  for (size_t i = 0; i < n; i++)
    if (w[i].ner_iob == FG_IOB_I)
      assert_true(i > 0 && w[i - 1].ner_iob != FG_IOB_O &&
                  w[i - 1].ner_type == w[i].ner_type);
  free(w);
  fg_arena_free(arena);
  fg_ner_free(ner);
}

static void test_bad_config(void **state) {
  Fixture *fx = *state;
  FgNerTrainConfig cfg = fg_ner_train_config_default();
  const char *why = NULL;
  assert_int_equal(fg_ner_train_config_check(&cfg, &why), FG_OK);
  cfg.epochs = 0;
  assert_int_equal(fg_ner_train_config_check(&cfg, &why), FG_ERR_USAGE);
  assert_non_null(why);
  cfg = fg_ner_train_config_default();
  cfg.names_hidden_pct = 101;
  assert_int_equal(fg_ner_train_config_check(&cfg, &why), FG_ERR_USAGE);
  cfg.epochs = 0;
  FgNerSource src = {&fx->toy, toy_next, toy_rewind};
  FgBuf out;
  fg_buf_init(&out);
  assert_int_equal(fg_ner_train(&cfg, NULL, &src, NULL, NULL, NULL, &out),
                   FG_ERR_USAGE);
  ToySource empty = {NULL, 0, 0};
  FgNerSource none = {&empty, toy_next, toy_rewind};
  cfg = fg_ner_train_config_default();
  assert_int_equal(fg_ner_train(&cfg, NULL, &none, NULL, NULL, NULL, &out),
                   FG_NOTHING);
  fg_buf_free(&out);
}

/* Hiding the list marks of gold-name words trains another model, the
 * same bytes every time. */
static void test_hidden_name_lists(void **state) {
  Fixture *fx = *state;
  FgBuf a, b;
  fg_buf_init(&a);
  fg_buf_init(&b);
  assert_int_equal(train_toy_hiding(fx, &a, true, 100), FG_OK);
  assert_int_equal(train_toy_hiding(fx, &b, true, 100), FG_OK);
  assert_int_equal(a.len, b.len);
  assert_memory_equal(a.data, b.data, a.len);
  assert_false(a.len == fx->model.len &&
               memcmp(a.data, fx->model.data, a.len) == 0);
  fg_buf_free(&a);
  fg_buf_free(&b);
}

/* Leftmost-longest matching with B/I/L/U positions and list types. */
static void test_gazetteer_marks(void **state) {
  Fixture *fx = *state;
  FgWord w[TOY_MAX];
  char text[] = "New York City and Oslo and New Norway";
  size_t n = tokens(text, w);
  uint8_t marks[TOY_MAX];
  fg_ner_gaz_mark(fx->gaz, w, n, marks);
  assert_int_equal(marks[0], FG_BILOU_B << 4 | FG_GAZ_PLACE);
  assert_int_equal(marks[1], FG_BILOU_I << 4 | FG_GAZ_PLACE);
  assert_int_equal(marks[2], FG_BILOU_L << 4 | FG_GAZ_PLACE);
  assert_int_equal(marks[3], 0);
  assert_int_equal(marks[4], FG_BILOU_U << 4 | FG_GAZ_PLACE);
  assert_int_equal(marks[6], 0); /* "New" alone is no name */
  assert_int_equal(marks[7], FG_BILOU_U << 4 | FG_GAZ_COUNTRY);
  assert_int_equal(fg_ner_gaz_types(fx->gaz, w, 0, 2), FG_GAZ_PLACE);
  assert_int_equal(fg_ner_gaz_types(fx->gaz, w, 1, 2), 0);
  assert_int_equal(fg_ner_gaz_text_types(fx->gaz, "New York City"),
                   FG_GAZ_PLACE);
  fg_ner_gaz_mark(NULL, w, n, marks);
  assert_int_equal(marks[0], 0);
}

/* Every word of a capitalized run (small joiners inside) sees the run's
 * last word, so "Collins" learns from "Music" that the name is an
 * organization; the case atom tells the sentence's first word apart. */
static void test_run_and_case_atoms(void **state) {
  (void)state;
  FgArena *arena = fg_arena_new();
  FgWord w[TOY_MAX];
  char text[] = "Alma went to Collins College of Music in june .";
  size_t n = tokens(text, w);
  FgNerAtoms a;
  assert_true(fg_ner_atoms(arena, w, n, NULL, NULL, NULL, false, &a));
  uint64_t(*at)[FG_NA_COUNT] = a.atoms + 2;
  for (size_t i = 3; i <= 6; i++)
    assert_true(at[i][FG_NA_RUNEND] == at[6][FG_NA_LOWER]);
  assert_true(at[0][FG_NA_RUNEND] == at[0][FG_NA_LOWER]);
  assert_true(at[3][FG_NA_RUNPOS] != at[6][FG_NA_RUNPOS]);
  assert_true(at[3][FG_NA_RUNPOS] != at[0][FG_NA_RUNPOS]);
  assert_true(at[1][FG_NA_RUNEND] == at[8][FG_NA_RUNEND]); /* no run */
  assert_true(at[1][FG_NA_RUNEND] != at[1][FG_NA_LOWER]);
  /* "Music in june": "in" joins nothing, so the run ends at "Music". */
  assert_true(at[7][FG_NA_RUNEND] == at[1][FG_NA_RUNEND]);
  assert_true(at[3][FG_NA_CASE] == at[4][FG_NA_CASE]);
  assert_true(at[0][FG_NA_CASE] != at[3][FG_NA_CASE]);
  assert_true(at[8][FG_NA_CASE] == at[1][FG_NA_CASE]);
  assert_true(at[8][FG_NA_CASE] != at[3][FG_NA_CASE]);
  assert_true(at[9][FG_NA_CASE] != at[8][FG_NA_CASE]);
  fg_arena_free(arena);
}

/* Word clusters from plain text: two words used in the same places share
 * their clusters, a word seen once has none, the same text gives the same
 * bytes, and damaged bytes are refused. */
static void test_word_clusters(void **state) {
  (void)state;
  ToySource text = {calloc(64, sizeof(ToySentence)), 0, 0};
  assert_non_null(text.s);
  static const char *const LINES[] = {
      "the zorp sat on a mat .", "the blick sat on a mat .",
      "Quill met a zorp .",      "Quill met a blick .",
      "Quill met the zorp .",    "Quill met the blick .",
      "the zorp ran .",          "the blick ran .",
      "The mat was red .",       "The mat was blue .",
      "we met Quill .",          "the once word ."};
  for (size_t i = 0; i < sizeof LINES / sizeof LINES[0]; i++)
    toy_add(&text, LINES[i], 0, 0, 0);
  FgNerSource src = {&text, toy_next, toy_rewind};
  FgBuf a, b;
  fg_buf_init(&a);
  fg_buf_init(&b);
  assert_int_equal(fg_ner_clusters_build(&src, 1, &a), FG_OK);
  assert_int_equal(fg_ner_clusters_build(&src, 1, &b), FG_OK);
  assert_int_equal(a.len, b.len);
  assert_memory_equal(a.data, b.data, a.len);
  FgNerClusters c;
  assert_int_equal(
      fg_ner_clusters_load((const uint8_t *)a.data, a.len, &c), FG_OK);
  uint32_t zorp[FG_NER_CLUSTER_LEVELS], blick[FG_NER_CLUSTER_LEVELS],
      the[FG_NER_CLUSTER_LEVELS], quill[FG_NER_CLUSTER_LEVELS],
      cap[FG_NER_CLUSTER_LEVELS];
  assert_true(fg_ner_cluster_find(&c, "zorp", 4, zorp));
  assert_true(fg_ner_cluster_find(&c, "blick", 5, blick));
  assert_true(fg_ner_cluster_find(&c, "the", 3, the));
  assert_true(fg_ner_cluster_find(&c, "Quill", 5, quill));
  assert_true(fg_ner_cluster_find(&c, "The", 3, cap));
  assert_false(fg_ner_cluster_find(&c, "once", 4, cap));
  assert_false(fg_ner_cluster_find(NULL, "the", 3, cap));
  assert_int_equal(zorp[0], blick[0]);
  assert_int_equal(zorp[1], blick[1]);
  assert_int_not_equal(zorp[1], the[1]);
  assert_int_not_equal(zorp[1], quill[1]);
  fg_ner_clusters_free(&c);
  assert_int_equal(
      fg_ner_clusters_load((const uint8_t *)a.data, a.len - 1, &c),
      FG_ERR_SYNTAX);
  /* A model with clusters has more templates, so another table hash. */
  assert_true(fg_ner_templates_hash(true, false) != fg_ner_templates_hash(false, false));
  fg_buf_free(&a);
  fg_buf_free(&b);
  toy_free(&text);
}

/* A hash table section: its size must match its count, its keys must
 * ascend; a key is found at its index. */
static void test_hashkeys(void **state) {
  (void)state;
  FgBuf b;
  fg_buf_init(&b);
  assert_true(fg_le_put_u32(&b, 2) && fg_le_put_u64(&b, 5) && fg_le_put_u64(&b, 9) &&
              fg_buf_append(&b, "ab", 2));
  uint64_t *keys = NULL;
  uint32_t n = 0;
  FgLeCursor c = fg_le_cursor(b.data, b.len);
  assert_int_equal(fg_ner_hashkeys_read(&c, b.len, 1, &keys, &n), FG_OK);
  assert_int_equal(n, 2);
  assert_int_equal(fg_ner_hashkeys_find(keys, n, 9), 1);
  assert_int_equal(fg_ner_hashkeys_find(keys, n, 7), 2);
  free(keys);
  c = fg_le_cursor(b.data, b.len);
  assert_int_equal(fg_ner_hashkeys_read(&c, b.len, 2, &keys, &n), FG_ERR_SYNTAX);
  b.data[4] = 10; /* first key 10 > 9 */
  c = fg_le_cursor(b.data, b.len);
  assert_int_equal(fg_ner_hashkeys_read(&c, b.len, 1, &keys, &n), FG_ERR_SYNTAX);
  assert_null(keys);
  fg_buf_free(&b);
}

static int compare_keys(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}

/* fg_ner_key gives distinct keys to every template and every small atom
 * value (case classes, tags, moves, padding are small integers): one,
 * two or three atoms, under two seeds. */
static void test_keys_distinct(void **state) {
  (void)state;
  enum { TEMPLATES = 96, ONE = 64, TWO = 32, THREE = 8 };
  size_t cap = 2 * TEMPLATES * (ONE + TWO * TWO + THREE * THREE * THREE);
  uint64_t *keys = malloc(cap * sizeof *keys);
  assert_non_null(keys);
  size_t n = 0;
  for (uint64_t seed = 0; seed < 2; seed++)
    for (uint32_t t = 1; t <= TEMPLATES; t++) {
      uint64_t v[3];
      for (v[0] = 0; v[0] < ONE; v[0]++)
        keys[n++] = fg_ner_key(seed * 0x4e45520000000001ULL, t, v, 1);
      for (v[0] = 0; v[0] < TWO; v[0]++)
        for (v[1] = 0; v[1] < TWO; v[1]++)
          keys[n++] = fg_ner_key(seed * 0x4e45520000000001ULL, t, v, 2);
      for (v[0] = 0; v[0] < THREE; v[0]++)
        for (v[1] = 0; v[1] < THREE; v[1]++)
          for (v[2] = 0; v[2] < THREE; v[2]++)
            keys[n++] = fg_ner_key(seed * 0x4e45520000000001ULL, t, v, 3);
    }
  assert_int_equal(n, cap);
  qsort(keys, n, sizeof *keys, compare_keys);
  for (size_t i = 1; i < n; i++)
    assert_true(keys[i] != keys[i - 1]);
  free(keys);
}

/* Given names and surnames per word, whatever their letter case; the
 * longest listed city gets B/I/L/U positions; a word in two lists has
 * both bits; malformed section bytes fail. */
static void test_name_lists(void **state) {
  Fixture *fx = *state;
  FgNerNames names;
  assert_int_equal(fg_ner_names_load((const uint8_t *)fx->names.data,
                                     fx->names.len, &names),
                   FG_OK);
  FgWord w[TOY_MAX];
  char text[] = "VELMIRA Okondo left PORT SABLE HARBOUR for Port Sable and Tarnek";
  size_t n = tokens(text, w);
  uint8_t marks[TOY_MAX];
  fg_ner_names_mark(&names, w, n, marks);
  assert_int_equal(marks[0], FG_NAMES_GIVEN | FG_NAMES_SURNAME);
  assert_int_equal(marks[1], FG_NAMES_SURNAME);
  assert_int_equal(marks[2], 0);
  assert_int_equal(marks[3], FG_BILOU_B << 2);
  assert_int_equal(marks[4], FG_BILOU_I << 2);
  assert_int_equal(marks[5], FG_BILOU_L << 2);
  assert_int_equal(marks[7], FG_BILOU_B << 2);
  assert_int_equal(marks[8], FG_BILOU_L << 2);
  assert_int_equal(marks[10], FG_BILOU_U << 2);
  fg_ner_names_mark(NULL, w, n, marks);
  assert_int_equal(marks[0], 0);
  /* Every word of a capitalized run ending with an event head noun
   * ("Summit") knows it; a run ending otherwise does not. */
  FgArena *arena = fg_arena_new();
  char event[] = "Tarnek hosted the Velmira Summit at Okondo Hall";
  n = tokens(event, w);
  fg_ner_names_mark(&names, w, n, marks);
  assert_int_equal(FG_NAMES_MARK_EVENT_HEAD(marks[4]), 1);
  assert_int_equal(FG_NAMES_MARK_EVENT_HEAD(marks[3]), 0);
  FgNerAtoms a;
  assert_true(fg_ner_atoms(arena, w, n, NULL, NULL, &names, false, &a));
  uint64_t(*at)[FG_NA_COUNT] = a.atoms + 2;
  assert_true(at[3][FG_NA_RUNEVENT] == at[4][FG_NA_RUNEVENT]);
  assert_true(at[3][FG_NA_RUNEVENT] != at[6][FG_NA_RUNEVENT]);
  assert_true(at[6][FG_NA_RUNEVENT] == at[7][FG_NA_RUNEVENT]);
  assert_true(at[0][FG_NA_CITY] != at[6][FG_NA_CITY]); /* Tarnek */
  fg_arena_free(arena);
  fg_ner_names_free(&names);
  assert_int_equal(fg_ner_names_load((const uint8_t *)fx->names.data,
                                     fx->names.len - 1, &names),
                   FG_ERR_SYNTAX);
  assert_true(fg_ner_templates_hash(true, true) !=
              fg_ner_templates_hash(true, false));
  FgBuf none;
  fg_buf_init(&none);
  assert_int_equal(fg_ner_names_build("/nonexistent-fg-dir", &none),
                   FG_ERR_IO);
  fg_buf_free(&none);
}

/* Hand-computed: gold P(0-2) C(3) O(5-6); predicted P(0-2) P(3) O(5-7)
 * E(8). Strict: tp 1, fp 3, fn 2: P 25, R 33.33, F1 28.57. */
static void test_evaluator(void **state) {
  (void)state;
  FgNerSpan gold[] = {{0, 2, FG_NER_PERSON},
                      {3, 4, FG_NER_COUNTRY},
                      {5, 6, FG_NER_ORGANIZATION}};
  FgNerSpan pred[] = {{0, 2, FG_NER_PERSON},
                      {3, 4, FG_NER_PLACE},
                      {5, 7, FG_NER_ORGANIZATION},
                      {8, 9, FG_NER_EVENT}};
  FgNerScore s = {0};
  fg_ner_score_add(&s, gold, 3, pred, 4, FG_NER_MAP_STRICT);
  FgNerPrf all = fg_ner_score_prf(&s, FG_NER_NONE);
  assert_int_equal(all.tp, 1);
  assert_int_equal(all.fp, 3);
  assert_int_equal(all.fn, 2);
  assert_true(all.precision > 24.99 && all.precision < 25.01);
  assert_true(all.f1 > 28.56 && all.f1 < 28.58);
  /* Country as Place: the second span matches; tp 2, fp 2, fn 1. */
  FgNerScore m = {0};
  fg_ner_score_add(&m, gold, 3, pred, 4, FG_NER_MAP_LOCATION);
  all = fg_ner_score_prf(&m, FG_NER_NONE);
  assert_int_equal(all.tp, 2);
  assert_int_equal(all.fp, 2);
  assert_int_equal(all.fn, 1);
  FgNerPrf place = fg_ner_score_prf(&m, FG_NER_PLACE);
  assert_true(place.f1 > 99.99);
  /* UNER: the event is not scored. */
  FgNerScore u = {0};
  fg_ner_score_add(&u, gold, 3, pred, 4, FG_NER_MAP_UNER);
  assert_int_equal(fg_ner_score_prf(&u, FG_NER_NONE).fp, 1);
  FgNerScore z = {0};
  assert_true(fg_ner_score_prf(&z, FG_NER_NONE).f1 == 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_learns_toy_language),
      cmocka_unit_test(test_unlisted_name_found),
      cmocka_unit_test(test_deterministic_round_trip),
      cmocka_unit_test(test_damaged_models_fail),
      cmocka_unit_test(test_edge_cases),
      cmocka_unit_test(test_bad_config),
      cmocka_unit_test(test_hidden_name_lists),
      cmocka_unit_test(test_gazetteer_marks),
      cmocka_unit_test(test_evaluator),
      cmocka_unit_test(test_run_and_case_atoms),
      cmocka_unit_test(test_word_clusters),
      cmocka_unit_test(test_hashkeys),
      cmocka_unit_test(test_name_lists),
      cmocka_unit_test(test_keys_distinct),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
