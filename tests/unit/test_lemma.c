/* SPDX-License-Identifier: MIT */
/* Unit tests for src/lemma/: edit classes, learnability on a toy language
 * (and a stem never seen: "kill"), determinism, every truncation refused,
 * edge cases, and the committed model's "killed"/"kills"/"killing" when it
 * is present. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "nlp_fixture.h"

#include "lemma/features.h"
#include "lemma/lemma.h"
#include "lemma/lemma_train.h"

static int setup(void **state) { return setup_with(state, fg_lemmatizer_train, 5); }

static const char *lemma_of(const FgLemmatizer *l, FgArena *arena,
                            const char *form, unsigned upos, const char *xpos) {
  FgWord w = {0};
  w.form = form;
  w.form_len = (uint32_t)strlen(form);
  w.upos = (uint8_t)upos;
  w.xpos = xpos;
  assert_int_equal(fg_lemmatizer_predict(l, &w, 1, arena), FG_OK);
  assert_non_null(w.lemma);
  return w.lemma;
}

static void test_edit_classes(void **state) {
  (void)state;
  FgLemmaEdit e;
  char out[64];
  assert_true(fg_lemma_edit_between("killed", 6, "kill", &e));
  assert_int_equal(e.strip, 2);
  assert_int_equal(e.suffix_len, 0);
  assert_int_equal(e.lower, 0);
  assert_true(fg_lemma_edit_fits(&e, "walked", 6));
  fg_lemma_edit_apply(&e, "walked", 6, out);
  assert_string_equal(out, "walk");
  assert_true(fg_lemma_edit_between("The", 3, "the", &e));
  assert_int_equal(e.lower, 1);
  assert_int_equal(e.strip, 0);
  assert_true(fg_lemma_edit_between("went", 4, "go", &e));
  assert_int_equal(e.strip, 4);
  assert_int_equal(e.suffix_len, 2);
  assert_false(fg_lemma_edit_fits(&e, "is", 2));
  /* never cut inside a UTF-8 character: "é" is two bytes */
  FgLemmaEdit one = {0, 1, 0, ""};
  assert_false(fg_lemma_edit_fits(&one, "caf\xc3\xa9", 5));
  assert_true(fg_lemma_edit_between("na\xc3\xafve", 6, "na\xc3\xafvet\xc3\xa9",
                                    &e));
  fg_lemma_edit_apply(&e, "na\xc3\xafve", 6, out);
  assert_string_equal(out, "na\xc3\xafvet\xc3\xa9");
}

static void test_learns_toy_language(void **state) {
  Fixture *f = *state;
  FgLemmatizer *l = NULL;
  assert_int_equal(fg_lemmatizer_open_memory(f->model.data, f->model.len,
                                             "toy.fgm", NULL, NULL, &l),
                   FG_OK);
  FgCorpus *c = NULL;
  assert_int_equal(fg_corpus_open_memory(f->text.data, f->text.len, "toy",
                                         FG_CORPUS_CONLLU, NULL, NULL, &c),
                   FG_OK);
  FgArena *arena = fg_arena_new();
  FgCorpusSentence s;
  size_t words = 0;
  while (fg_corpus_next(c, &s) == FG_OK)
    for (size_t i = 0; i < s.n; i++, words++)
      assert_string_equal(lemma_of(l, arena, s.words[i].form, s.words[i].upos,
                                   s.words[i].xpos),
                          s.words[i].lemma);
  assert_true(words > 200);
  /* a stem it never saw */
  assert_string_equal(lemma_of(l, arena, "killed", FG_UPOS_VERB, "VBD"),
                      "kill");
  assert_string_equal(lemma_of(l, arena, "kills", FG_UPOS_VERB, "VBZ"),
                      "kill");
  assert_string_equal(lemma_of(l, arena, "killing", FG_UPOS_VERB, "VBG"),
                      "kill");
  fg_arena_free(arena);
  fg_corpus_free(c);
  fg_lemmatizer_free(l);
}

static void test_deterministic_and_damage(void **state) {
  Fixture *f = *state;
  FgBuf again;
  fg_buf_init(&again);
  assert_int_equal(train_on(fg_lemmatizer_train, &f->text, 5, &again), FG_OK);
  assert_int_equal(again.len, f->model.len);
  assert_memory_equal(again.data, f->model.data, again.len);
  FgBuf slice, other;
  fg_buf_init(&slice);
  fg_buf_init(&other);
  if (shared_slice("ud-en-gum/train.conllu", 200, &slice)) {
    assert_int_equal(train_on(fg_lemmatizer_train, &slice, 2, &again), FG_OK);
    assert_int_equal(train_on(fg_lemmatizer_train, &slice, 2, &other), FG_OK);
    assert_int_equal(again.len, other.len);
    assert_memory_equal(again.data, other.data, again.len);
  }
  fg_buf_free(&slice);
  fg_buf_free(&other);
  fg_buf_free(&again);
  for (size_t cut = 0; cut < f->model.len; cut++) {
    FgLemmatizer *l = NULL;
    assert_int_equal(fg_lemmatizer_open_memory(f->model.data, cut, "cut.fgm",
                                               NULL, NULL, &l),
                     FG_ERR_SYNTAX);
    assert_null(l);
  }
  uint8_t *copy = malloc(f->model.len);
  for (size_t bit = 0; bit < f->model.len * 8; bit += 11) {
    memcpy(copy, f->model.data, f->model.len);
    copy[bit / 8] ^= (uint8_t)(1u << (bit % 8));
    FgLemmatizer *l = NULL;
    assert_int_equal(fg_lemmatizer_open_memory(copy, f->model.len, "flip.fgm",
                                               NULL, NULL, &l),
                     FG_ERR_SYNTAX);
  }
  free(copy);
}

static FgStatus lemma_open_and_run(const void *data, size_t len) {
  FgLemmatizer *l = NULL;
  FgStatus st = fg_lemmatizer_open_memory(data, len, "damaged", NULL, NULL,
                                          &l);
  if (st == FG_OK) {
    FgArena *arena = fg_arena_new();
    lemma_of(l, arena, "blicked", FG_UPOS_VERB, "VBD");
    lemma_of(l, arena, "Gorpas", FG_UPOS_NOUN, "NNS");
    lemma_of(l, arena, "a", FG_UPOS_DET, "DT");
    fg_arena_free(arena);
  }
  fg_lemmatizer_free(l);
  return st;
}

static void test_damaged_sections_refused(void **state) {
  Fixture *f = *state;
  static const uint32_t ids[] = {FG_LEMMA_SEC_CLASSES, FG_LEMMA_SEC_EXCEPTIONS,
                                 FG_LEMMA_SEC_WEIGHTS, FG_LEMMA_SEC_VOCABULARY};
  damage_sections(&f->model, ids, 4, lemma_open_and_run, 600);
}

static void test_edge_cases(void **state) {
  Fixture *f = *state;
  FgLemmatizer *l = NULL;
  assert_int_equal(fg_lemmatizer_open_memory(f->model.data, f->model.len,
                                             "toy.fgm", NULL, NULL, &l),
                   FG_OK);
  FgArena *arena = fg_arena_new();
  assert_int_equal(fg_lemmatizer_predict(l, NULL, 0, arena), FG_OK);
  FgWord bare = {0}; /* no form, no tags */
  assert_int_equal(fg_lemmatizer_predict(l, &bare, 1, arena), FG_OK);
  assert_non_null(bare.lemma);
  assert_string_equal(lemma_of(l, arena, "x", FG_UPOS_NONE, NULL), "x");
  /* past tenses too short for the "-ed" edit the classifier prefers: the
   * best edit that fits instead, which never empties the word */
  assert_string_equal(lemma_of(l, arena, "blicked", FG_UPOS_VERB, "VBD"),
                      "blick");
  assert_true(strlen(lemma_of(l, arena, "ed", FG_UPOS_VERB, "VBD")) > 0);
  assert_true(strlen(lemma_of(l, arena, "d", FG_UPOS_VERB, "VBD")) > 0);
  size_t big = 100000;
  char *huge = malloc(big + 1);
  memset(huge, 'a', big);
  memcpy(huge + big - 2, "ed", 3);
  const char *lemma = lemma_of(l, arena, huge, FG_UPOS_VERB, "VBD");
  assert_true(strlen(lemma) >= big - 3);
  free(huge);
  fg_arena_free(arena);
  fg_lemmatizer_free(l);
  fg_lemmatizer_free(NULL);
}

/* The cache gives the lemmas the classifier gives: over the toy corpus
 * twice (the second time from the cache), in a cache of 16 entries (so
 * that words collide), a repeated form with another UPOS or XPOS, and a
 * cache made for another lemmatizer (ignored). */
static void test_cache_same_lemmas(void **state) {
  Fixture *f = *state;
  FgLemmatizer *l = NULL, *other = NULL;
  assert_int_equal(fg_lemmatizer_open_memory(f->model.data, f->model.len,
                                             "toy.fgm", NULL, NULL, &l),
                   FG_OK);
  assert_int_equal(fg_lemmatizer_open_memory(f->model.data, f->model.len,
                                             "toy.fgm", NULL, NULL, &other),
                   FG_OK);
  FgArena *arena = fg_arena_new();
  FgLemmaCache *cache = fg_lemma_cache_new(l, 1);
  FgLemmaCache *foreign = fg_lemma_cache_new(other, 1);
  assert_non_null(cache);
  assert_non_null(foreign);
  size_t words = 0;
  for (int round = 0; round < 2; round++) {
    FgCorpus *c = NULL;
    assert_int_equal(fg_corpus_open_memory(f->text.data, f->text.len, "toy",
                                           FG_CORPUS_CONLLU, NULL, NULL, &c),
                     FG_OK);
    FgCorpusSentence s;
    while (fg_corpus_next(c, &s) == FG_OK) {
      FgWord *w = fg_arena_calloc(arena, s.n, sizeof *w);
      FgWord *v = fg_arena_calloc(arena, s.n, sizeof *v);
      for (size_t i = 0; i < s.n; i++) {
        /* the cache points at the forms: they live as long as it does */
        w[i].form = fg_arena_strdup(arena, s.words[i].form);
        w[i].form_len = (uint32_t)strlen(s.words[i].form);
        w[i].upos = s.words[i].upos;
        w[i].xpos = s.words[i].xpos;
        v[i] = w[i];
      }
      /* the first word again with other tags */
      if (s.n > 1) {
        w[1] = w[0];
        w[1].upos = w[0].upos == FG_UPOS_VERB ? FG_UPOS_NOUN : FG_UPOS_VERB;
        w[1].xpos = "NNS";
        v[1] = w[1];
      }
      assert_int_equal(fg_lemmatizer_predict_cached(l, cache, w, s.n, arena),
                       FG_OK);
      assert_int_equal(
          fg_lemmatizer_predict_cached(l, foreign, v, s.n, arena), FG_OK);
      for (size_t i = 0; i < s.n; i++, words++)
        assert_string_equal(w[i].lemma,
                            lemma_of(l, arena, w[i].form, w[i].upos, w[i].xpos));
      for (size_t i = 0; i < s.n; i++)
        assert_string_equal(v[i].lemma, w[i].lemma);
    }
    fg_corpus_free(c);
  }
  assert_true(words > 400);
  fg_lemma_cache_free(cache);
  fg_lemma_cache_free(foreign);
  fg_arena_free(arena);
  fg_lemmatizer_free(l);
  fg_lemmatizer_free(other);
}

static void test_committed_model(void **state) {
  (void)state;
  const char *dir = getenv("FACTGRAPH_ONTOLOGY");
  char path[512];
  snprintf(path, sizeof path, "%s/models/lemmatizer.fgm",
           dir ? dir : "ontology");
  if (access(path, R_OK) != 0) {
    print_message("skipped: %s is absent\n", path);
    return;
  }
  FgLemmatizer *l = NULL;
  assert_int_equal(fg_lemmatizer_open(path, NULL, NULL, &l), FG_OK);
  FgArena *arena = fg_arena_new();
  assert_string_equal(lemma_of(l, arena, "killed", FG_UPOS_VERB, "VBD"),
                      "kill");
  assert_string_equal(lemma_of(l, arena, "kills", FG_UPOS_VERB, "VBZ"),
                      "kill");
  assert_string_equal(lemma_of(l, arena, "killing", FG_UPOS_VERB, "VBG"),
                      "kill");
  assert_string_equal(lemma_of(l, arena, "went", FG_UPOS_VERB, "VBD"), "go");
  assert_string_equal(lemma_of(l, arena, "children", FG_UPOS_NOUN, "NNS"),
                      "child");
  /* the suffix alone would give "invad", "raide", "shel", "blam": the
   * second-best edit makes a lemma the training data had */
  assert_string_equal(lemma_of(l, arena, "invaded", FG_UPOS_VERB, "VBN"), "invade");
  assert_string_equal(lemma_of(l, arena, "raided", FG_UPOS_VERB, "VBD"), "raid");
  assert_string_equal(lemma_of(l, arena, "shelled", FG_UPOS_VERB, "VBD"), "shell");
  assert_string_equal(lemma_of(l, arena, "blamed", FG_UPOS_VERB, "VBD"), "blame");
  /* an unknown word keeps the best edit, known lemma or not */
  assert_string_equal(lemma_of(l, arena, "zorbled", FG_UPOS_VERB, "VBD"), "zorble");
  fg_arena_free(arena);
  fg_lemmatizer_free(l);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_edit_classes),
      cmocka_unit_test(test_learns_toy_language),
      cmocka_unit_test(test_deterministic_and_damage),
      cmocka_unit_test(test_damaged_sections_refused),
      cmocka_unit_test(test_edge_cases),
      cmocka_unit_test(test_cache_same_lemmas),
      cmocka_unit_test(test_committed_model),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
