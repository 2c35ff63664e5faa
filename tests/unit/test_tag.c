/* SPDX-License-Identifier: MIT */
/* Unit tests for src/tag/: learnability on a toy language, determinism
 * (and on a slice of EWT when ../shared is present), file round trip,
 * every truncation and sampled bit flips refused cleanly, the second
 * pass's weights and the first pass alone, the lexicon features (name
 * lists and word classes in the model), the feature filter, edge cases (no words, one word, empty and very long
 * sentences), and the committed model on invented sentences (a lost main
 * verb given back, a first word read as an order or a foreign word). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "nlp_fixture.h"

#include "learn/model.h"
#include "tag/features.h"
#include "tag/tag.h"
#include "tag/tag_train.h"

static int setup(void **state) { return setup_with(state, fg_tagger_train, 4); }

static FgTagger *open_model(const FgBuf *model) {
  FgTagger *t = NULL;
  assert_int_equal(fg_tagger_open_memory(model->data, model->len, "toy.fgm",
                                         NULL, NULL, &t),
                   FG_OK);
  return t;
}

/* Tags every sentence of text; returns the number of words whose UPOS,
 * XPOS or FEATS differ from gold. */
static size_t errors_on(const FgTagger *t, const FgBuf *text, size_t *words) {
  FgCorpus *c = NULL;
  assert_int_equal(fg_corpus_open_memory(text->data, text->len, "toy",
                                         FG_CORPUS_CONLLU, NULL, NULL, &c),
                   FG_OK);
  FgArena *arena = fg_arena_new();
  FgCorpusSentence s;
  size_t wrong = 0;
  *words = 0;
  while (fg_corpus_next(c, &s) == FG_OK) {
    FgWord copy[16];
    assert_true(s.n <= 16);
    memcpy(copy, s.words, s.n * sizeof *copy);
    fg_arena_reset(arena);
    assert_int_equal(fg_tagger_predict(t, copy, s.n, arena), FG_OK);
    for (size_t i = 0; i < s.n; i++) {
      bool feats_ok = (!copy[i].feats && !s.words[i].feats) ||
                      (copy[i].feats && s.words[i].feats &&
                       strcmp(copy[i].feats, s.words[i].feats) == 0);
      wrong += copy[i].upos != s.words[i].upos ||
               strcmp(copy[i].xpos, s.words[i].xpos) != 0 || !feats_ok;
    }
    *words += s.n;
  }
  fg_arena_free(arena);
  fg_corpus_free(c);
  return wrong;
}

static void test_learns_toy_language(void **state) {
  Fixture *f = *state;
  FgTagger *t = open_model(&f->model);
  size_t words;
  assert_int_equal(errors_on(t, &f->text, &words), 0);
  assert_true(words > 200);
  /* unseen stems: the suffix decides */
  FgBuf unseen;
  fg_buf_init(&unseen);
  toy_conllu(&unseen, 60, SIZE_MAX);
  for (size_t k = 0; k < NSTEMS; k++) /* rename every stem: z + the rest */
    for (char *p = unseen.data; (p = strstr(p, STEMS[k])) != NULL; p++)
      *p = 'z';
  size_t wrong = errors_on(t, &unseen, &words);
  print_message("unseen stems: %zu of %zu words wrong\n", wrong, words);
  assert_true(wrong * 20 < words); /* under 5% */
  fg_buf_free(&unseen);
  fg_tagger_free(t);
}

static void test_training_is_deterministic(void **state) {
  Fixture *f = *state;
  FgBuf again;
  fg_buf_init(&again);
  assert_int_equal(train_on(fg_tagger_train, &f->text, 4, &again), FG_OK);
  assert_int_equal(again.len, f->model.len);
  assert_memory_equal(again.data, f->model.data, again.len);
  FgBuf slice;
  fg_buf_init(&slice);
  if (shared_slice("ud-en-ewt/train.conllu", 150, &slice)) {
    FgBuf a, b;
    fg_buf_init(&a);
    fg_buf_init(&b);
    assert_int_equal(train_on(fg_tagger_train, &slice, 2, &a), FG_OK);
    assert_int_equal(train_on(fg_tagger_train, &slice, 2, &b), FG_OK);
    assert_int_equal(a.len, b.len);
    assert_memory_equal(a.data, b.data, a.len);
    fg_buf_free(&a);
    fg_buf_free(&b);
  }
  fg_buf_free(&slice);
  fg_buf_free(&again);
}

static void test_file_round_trip(void **state) {
  Fixture *f = *state;
  char dir[] = "/tmp/fg-tag-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char path[256];
  snprintf(path, sizeof path, "%s/tagger.fgm", dir);
  assert_int_equal(fg_model_save_bytes(f->model.data, f->model.len, path,
                                       NULL, NULL),
                   FG_OK);
  FgTagger *t = NULL;
  assert_int_equal(fg_tagger_open(path, NULL, NULL, &t), FG_OK);
  /* the bytes on disk are the bytes trained, and save again gives them */
  FILE *file = fopen(path, "rb");
  char *back = malloc(f->model.len + 1);
  assert_int_equal(fread(back, 1, f->model.len + 1, file), f->model.len);
  fclose(file);
  assert_memory_equal(back, f->model.data, f->model.len);
  assert_int_equal(fg_model_save_bytes(back, f->model.len, path, NULL, NULL),
                   FG_OK);
  free(back);
  size_t words;
  assert_int_equal(errors_on(t, &f->text, &words), 0);
  fg_tagger_free(t);
  unlink(path);
  rmdir(dir);
  assert_int_equal(fg_tagger_open(path, NULL, NULL, &t), FG_ERR_IO);
  assert_null(t);
}

typedef struct {
  int count;
  char message[512];
} Seen;

static void seen(void *handle, const FgDiag *diag) {
  Seen *s = handle;
  s->count++;
  snprintf(s->message, sizeof s->message, "%s", diag->message);
}

static void test_damaged_models_refused(void **state) {
  Fixture *f = *state;
  uint8_t *copy = malloc(f->model.len);
  for (size_t cut = 0; cut < f->model.len; cut++) {
    Seen s = {0};
    FgTagger *t = NULL;
    assert_int_equal(fg_tagger_open_memory(f->model.data, cut, "cut.fgm", seen,
                                           &s, &t),
                     FG_ERR_SYNTAX);
    assert_null(t);
    assert_int_equal(s.count, 1);
    assert_non_null(strstr(s.message, "cut.fgm"));
  }
  for (size_t bit = 0; bit < f->model.len * 8; bit += 13) {
    memcpy(copy, f->model.data, f->model.len);
    copy[bit / 8] ^= (uint8_t)(1u << (bit % 8));
    FgTagger *t = NULL;
    assert_int_equal(fg_tagger_open_memory(copy, f->model.len, "flip.fgm",
                                           NULL, NULL, &t),
                     FG_ERR_SYNTAX);
  }
  free(copy);
  /* a model of another kind */
  FgModelInfo info = {FG_MODEL_KIND_LEMMATIZER, 0, 0, 0, 0, "x"};
  FgModelWriter *w = fg_model_writer_new(&info);
  FgBuf other;
  fg_buf_init(&other);
  assert_int_equal(fg_model_writer_bytes(w, &other), FG_OK);
  Seen s = {0};
  FgTagger *t = NULL;
  assert_int_equal(fg_tagger_open_memory(other.data, other.len, "lemma.fgm",
                                         seen, &s, &t),
                   FG_ERR_SYNTAX);
  assert_non_null(strstr(s.message, "another kind"));
  fg_model_writer_free(w);
  fg_buf_free(&other);
}

static FgStatus tag_open_and_run(const void *data, size_t len) {
  FgTagger *t = NULL;
  FgStatus st = fg_tagger_open_memory(data, len, "damaged", NULL, NULL, &t);
  if (st == FG_OK) {
    static const char *const forms[] = {"the", "blicka", "snarled", "."};
    FgWord words[4] = {0};
    for (size_t i = 0; i < 4; i++) {
      words[i].form = forms[i];
      words[i].form_len = (uint32_t)strlen(forms[i]);
    }
    FgArena *arena = fg_arena_new();
    assert_int_equal(fg_tagger_predict(t, words, 4, arena), FG_OK);
    for (size_t i = 0; i < 4; i++)
      assert_non_null(words[i].xpos);
    fg_arena_free(arena);
  }
  fg_tagger_free(t);
  return st;
}

static void test_damaged_sections_refused(void **state) {
  Fixture *f = *state;
  static const uint32_t ids[] = {FG_TAG_SEC_LABELS, FG_TAG_SEC_DICT,
                                 FG_TAG_SEC_WEIGHTS};
  damage_sections(&f->model, ids, 3, tag_open_and_run, 600);
}

/* tag_open_and_run on a copy of t's model with only its sections
 * ids[0..n). */
static FgStatus open_first_sections(const FgTagger *t, const uint32_t *ids,
                                    size_t n) {
  const uint8_t *data;
  size_t len;
  FgModelWriter *w = fg_model_writer_new(fg_model_info(fg_tagger_model(t)));
  for (size_t k = 0; k < n; k++) {
    assert_true(fg_model_section(fg_tagger_model(t), ids[k], &data, &len));
    assert_int_equal(fg_model_writer_add(w, ids[k], data, len), FG_OK);
  }
  FgBuf cut;
  fg_buf_init(&cut);
  assert_int_equal(fg_model_writer_bytes(w, &cut), FG_OK);
  fg_model_writer_free(w);
  FgStatus st = tag_open_and_run(cut.data, cut.len);
  fg_buf_free(&cut);
  return st;
}

/* A model with the optional section id: it has it, tags text without an
 * error, is refused damaged or without that section (its header's
 * templates are then stale). Returns the opened model. */
static FgTagger *check_optional_section(const FgBuf *model, const FgBuf *text,
                                        uint32_t id) {
  const uint8_t *data;
  size_t len;
  FgTagger *t = open_model(model);
  assert_true(fg_model_section(fg_tagger_model(t), id, &data, &len));
  assert_true(len > 0);
  size_t nwords;
  assert_int_equal(errors_on(t, text, &nwords), 0);
  const uint32_t ids[] = {FG_TAG_SEC_LABELS, FG_TAG_SEC_DICT,
                          FG_TAG_SEC_WEIGHTS, id};
  damage_sections(model, ids, 4, tag_open_and_run, 80);
  assert_int_equal(open_first_sections(t, ids, 3), FG_ERR_SYNTAX);
  return t;
}

/* A one-pass model has no second pass's weights; a two-pass model has
 * them, learns the toy language, is refused when its second pass's
 * weights are removed (other templates), and its first pass alone tags
 * every word with a known class. */
static void test_two_passes(void **state) {
  Fixture *f = *state;
  const uint8_t *data;
  size_t len;
  FgTagger *t = open_model(&f->model);
  assert_false(fg_model_section(fg_tagger_model(t), FG_TAG_SEC_WEIGHTS2,
                                &data, &len));
  fg_tagger_free(t);
  FgBuf two;
  fg_buf_init(&two);
  assert_int_equal(train_on(fg_tagger_train_two_pass, &f->text, 4, &two),
                   FG_OK);
  /* without its second pass the two-pass header's templates are stale */
  t = check_optional_section(&two, &f->text, FG_TAG_SEC_WEIGHTS2);
  static const char *const forms[] = {"the", "blicka", "snarled", "."};
  FgWord words[4] = {0};
  for (size_t i = 0; i < 4; i++) {
    words[i].form = forms[i];
    words[i].form_len = (uint32_t)strlen(forms[i]);
  }
  uint32_t first[4];
  FgArena *arena = fg_arena_new();
  assert_int_equal(fg_tagger_first_pass(t, words, 4, arena, first), FG_OK);
  for (size_t i = 0; i < 4; i++)
    assert_true(first[i] < fg_tagger_classes(t));
  assert_string_equal(fg_tagger_label(t, first[0])->xpos, "DT");
  fg_arena_free(arena);
  fg_tagger_free(t);
  fg_buf_free(&two);
}

/* The name lists the lexicon test trains with, the word-class list the
 * word-class test trains with, and the lexicons train_lexicon uses. */
static char names_dir[] = "/tmp/fg-tag-names-XXXXXX";
static char classes_path[] = "/tmp/fg-tag-classes-XXXXXX";
static FgTagLexiconFiles lexicon_files;

static FgStatus train_lexicon(FgCorpus *const *train, size_t ntrain,
                              FgCorpus *dev, const FgTrainConfig *config,
                              FgBuf *out) {
  return fg_tagger_train_lexicon(train, ntrain, dev, config, &lexicon_files,
                                 false, out);
}

static void write_list(const char *file, const char *text) {
  char path[256];
  snprintf(path, sizeof path, "%s/%s", names_dir, file);
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
}

/* A model trained with name lists stores them, learns the toy language as
 * well, trains to the same bytes twice, is refused damaged or without its
 * lists (other templates); a missing list directory is an I/O error. */
static void test_lexicon(void **state) {
  Fixture *f = *state;
  const uint8_t *data;
  size_t len;
  FgTagger *t = open_model(&f->model);
  assert_false(fg_model_section(fg_tagger_model(t), FG_TAG_SEC_NAMES, &data,
                                &len));
  fg_tagger_free(t);
  FgBuf model, again;
  fg_buf_init(&model);
  fg_buf_init(&again);
  strcpy(names_dir, "/tmp/fg-tag-names-XXXXXX");
  assert_non_null(mkdtemp(names_dir));
  write_list("given.txt", "# comment\nBlicka\n");
  write_list("surnames.txt", "Gorpson\n");
  write_list("places.txt", "Snarl City\n");
  write_list("event-heads.txt", "");
  lexicon_files = (FgTagLexiconFiles){names_dir, NULL};
  assert_int_equal(train_on(train_lexicon, &f->text, 4, &model), FG_OK);
  assert_int_equal(train_on(train_lexicon, &f->text, 4, &again), FG_OK);
  assert_int_equal(model.len, again.len);
  assert_memory_equal(model.data, again.data, model.len);
  fg_tagger_free(check_optional_section(&model, &f->text, FG_TAG_SEC_NAMES));
  static const char *const files[] = {"given.txt", "surnames.txt",
                                      "places.txt", "event-heads.txt"};
  for (size_t k = 0; k < 4; k++) {
    char path[256];
    snprintf(path, sizeof path, "%s/%s", names_dir, files[k]);
    assert_int_equal(unlink(path), 0);
  }
  assert_int_equal(rmdir(names_dir), 0);
  assert_int_equal(train_on(train_lexicon, &f->text, 1, &again), FG_ERR_IO);
  fg_buf_free(&model);
  fg_buf_free(&again);
}

static FgStatus classes_from(const char *text, FgBuf *bytes) {
  FILE *f = fopen(classes_path, "w");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
  return fg_word_classes_build(classes_path, bytes);
}

/* Word classes: a list is read case-folded, looked up by lower-case form,
 * refused when a line is malformed or its bytes damaged; a model trained
 * with them stores them (section TWCL), trains to the same bytes twice,
 * learns the toy language and is refused damaged or without them. */
static void test_word_classes(void **state) {
  Fixture *f = *state;
  FgBuf bytes, model, again;
  fg_buf_init(&bytes);
  fg_buf_init(&model);
  fg_buf_init(&again);
  int fd = mkstemp(classes_path);
  assert_true(fd >= 0);
  close(fd);
  assert_int_equal(classes_from("# WordNet\nwalked\td\nbark\tnv\nBlue\tac\n",
                                &bytes),
                   FG_OK);
  FgWordClasses classes;
  assert_int_equal(fg_word_classes_load((const uint8_t *)bytes.data, bytes.len,
                                        &classes),
                   FG_OK);
  assert_int_equal(fg_word_classes_find(&classes, "walked", 6),
                   FG_WORD_CLASS_VERB_PAST);
  assert_int_equal(fg_word_classes_find(&classes, "bark", 4),
                   FG_WORD_CLASS_NOUN | FG_WORD_CLASS_VERB);
  assert_int_equal(fg_word_classes_find(&classes, "blue", 4),
                   FG_WORD_CLASS_ADJECTIVE | FG_WORD_CLASS_COMPARATIVE);
  assert_int_equal(fg_word_classes_find(&classes, "Blue", 4), 0);
  assert_int_equal(fg_word_classes_find(&classes, "walk", 4), 0);
  fg_word_classes_free(&classes);
  /* a cut entry, and two entries swapped (keys out of order) */
  assert_int_equal(fg_word_classes_load((const uint8_t *)bytes.data,
                                        bytes.len - 1, &classes),
                   FG_ERR_SYNTAX);
  uint8_t swapped[8 + 3 * 6];
  assert_int_equal(bytes.len, sizeof swapped);
  memcpy(swapped, bytes.data, 8);
  memcpy(swapped + 8, bytes.data + 14, 6);
  memcpy(swapped + 14, bytes.data + 8, 6);
  memcpy(swapped + 20, bytes.data + 20, 6);
  assert_int_equal(fg_word_classes_load(swapped, sizeof swapped, &classes),
                   FG_ERR_SYNTAX);
  assert_int_equal(classes_from("bark\tq\n", &bytes), FG_ERR_SYNTAX);
  assert_int_equal(classes_from("bark\n", &bytes), FG_ERR_SYNTAX);

  assert_int_equal(classes_from("walked\td\nbark\tnv\n", &bytes), FG_OK);
  lexicon_files = (FgTagLexiconFiles){NULL, classes_path};
  assert_int_equal(train_on(train_lexicon, &f->text, 4, &model), FG_OK);
  assert_int_equal(train_on(train_lexicon, &f->text, 4, &again), FG_OK);
  assert_int_equal(model.len, again.len);
  assert_memory_equal(model.data, again.data, model.len);
  fg_tagger_free(
      check_optional_section(&model, &f->text, FG_TAG_SEC_WORD_CLASSES));
  assert_int_equal(unlink(classes_path), 0);
  assert_int_equal(fg_word_classes_build(classes_path, &bytes), FG_ERR_IO);
  strcpy(classes_path, "/tmp/fg-tag-classes-XXXXXX");
  fg_buf_free(&bytes);
  fg_buf_free(&model);
  fg_buf_free(&again);
}

static void test_edge_cases(void **state) {
  Fixture *f = *state;
  FgTagger *t = open_model(&f->model);
  FgArena *arena = fg_arena_new();
  assert_int_equal(fg_tagger_predict(t, NULL, 0, arena), FG_OK);
  FgWord one = {0};
  one.form = "blicked";
  one.form_len = 7;
  assert_int_equal(fg_tagger_predict(t, &one, 1, arena), FG_OK);
  assert_string_equal(one.xpos, "VBD");
  FgWord empty = {0}; /* no form at all */
  assert_int_equal(fg_tagger_predict(t, &empty, 1, arena), FG_OK);
  assert_int_not_equal(empty.upos, FG_UPOS_NONE);
  assert_non_null(empty.xpos);
  /* a very long sentence: linear, every word tagged */
  size_t n = 20000;
  FgWord *many = calloc(n, sizeof *many);
  for (size_t i = 0; i < n; i++) {
    many[i].form = i % 2 ? "the" : "gorpas";
    many[i].form_len = (uint32_t)strlen(many[i].form);
  }
  assert_int_equal(fg_tagger_predict(t, many, n, arena), FG_OK);
  for (size_t i = 0; i < n; i++)
    assert_int_not_equal(many[i].upos, FG_UPOS_NONE);
  assert_string_equal(many[1].xpos, "DT");
  free(many);
  fg_arena_free(arena);
  fg_tagger_free(t);
  fg_tagger_free(NULL);
}

static void test_feats_filter(void **state) {
  (void)state;
  char out[64];
  assert_int_equal(fg_tag_feats_filter("Definite=Def|Number=Sing|Typo=Yes",
                                       out, sizeof out),
                   11);
  assert_string_equal(out, "Number=Sing");
  assert_int_equal(fg_tag_feats_filter(NULL, out, sizeof out), 0);
  assert_string_equal(out, "");
  assert_int_equal(fg_tag_feats_filter("Tense=Past|VerbForm=Part|Voice=Pass",
                                       out, sizeof out),
                   35);
  assert_int_equal(fg_tag_feats_filter("Tense=Past|VerbForm=Part", out, 8),
                   SIZE_MAX);
}

/* The committed model, or NULL (with a message) when it is absent. */
static FgTagger *open_committed_model(void) {
  const char *dir = getenv("FACTGRAPH_ONTOLOGY");
  char path[512];
  snprintf(path, sizeof path, "%s/models/tagger.fgm", dir ? dir : "ontology");
  if (access(path, R_OK) != 0) {
    print_message("skipped: %s is absent\n", path);
    return NULL;
  }
  FgTagger *t = NULL;
  assert_int_equal(fg_tagger_open(path, NULL, NULL, &t), FG_OK);
  return t;
}

/* The committed model on an invented sentence, when it is present. */
static void test_committed_model(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  static const char *const forms[] = {"The", "mayor", "was", "killed", "in",
                                      "Lyon", "on", "Monday", "."};
  static const char *const xpos[] = {"DT", "NN", "VBD", "VBN", "IN",
                                     "NNP", "IN", "NNP", "."};
  FgWord words[9] = {0};
  for (size_t i = 0; i < 9; i++) {
    words[i].form = forms[i];
    words[i].form_len = (uint32_t)strlen(forms[i]);
  }
  FgArena *arena = fg_arena_new();
  assert_int_equal(fg_tagger_predict(t, words, 9, arena), FG_OK);
  for (size_t i = 0; i < 9; i++)
    assert_string_equal(words[i].xpos, xpos[i]);
  assert_int_equal(words[3].upos, FG_UPOS_VERB);
  assert_int_equal(words[5].upos, FG_UPOS_PROPN);
  assert_non_null(strstr(words[3].feats, "Voice=Pass"));
  assert_non_null(strstr(words[1].feats, "Number=Sing"));
  fg_arena_free(arena);
  fg_tagger_free(t);
}

/* Tags forms (space-separated) with fg_tagger_predict_clause, or with
 * fg_tagger_predict when plain, and returns the XPOS of word `at`;
 * opening_name as fg_tagger_predict_clause takes it. */
static const char *tag_forms(const FgTagger *t, const char *sentence, size_t at, bool plain,
                             bool opening_name, FgArena *arena) {
  static char buf[256];
  FgWord words[24] = {0};
  size_t n = 0, mended = 0;
  FgTagLabel before;
  snprintf(buf, sizeof buf, "%s", sentence);
  char *save = NULL;
  for (char *tok = strtok_r(buf, " ", &save); tok && n < 24;
       tok = strtok_r(NULL, " ", &save)) {
    words[n].form = tok;
    words[n++].form_len = (uint32_t)strlen(tok);
  }
  fg_arena_reset(arena);
  assert_int_equal(plain ? fg_tagger_predict(t, words, n, arena)
                         : fg_tagger_predict_clause(t, words, n, arena, opening_name,
                                                    &mended, &before),
                   FG_OK);
  /* the mended word keeps its first tags for the lemmatizer */
  if (!plain && mended < n)
    assert_string_not_equal(before.xpos, words[mended].xpos);
  return words[at].xpos;
}

static const char *xpos_of(const FgTagger *t, const char *sentence, size_t at,
                           bool plain, FgArena *arena) {
  return tag_forms(t, sentence, at, plain, false, arena);
}

/* A clause whose main verb the greedy tags read as a participle after an
 * unseen name gets it back as a past-tense verb, and a noun before "to"
 * and a verb as a present-tense one, also after an apposition closed by a
 * comma; a question, a participle inside an
 * apposition and one after a preposition's object keep their tags. */
static void test_lost_main_verb(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  const char *clause =
      "The Tribunal of Orvesk imposed fines on the Velmont Bank .";
  /* the plain tags are the slip this mends */
  assert_string_equal(xpos_of(t, clause, 4, true, arena), "VBN");
  assert_string_equal(xpos_of(t, clause, 4, false, arena), "VBD");
  assert_string_equal(xpos_of(t, clause, 5, false, arena), "NNS");
  /* a day after "on" ends the subject's phrase before the lost verb, a
   * relative clause's verb later in the sentence notwithstanding */
  const char *day = "Velmar Steel on Tuesday named Ana Roe , who ran Kessler Bank until May , "
                    "as its chief executive .";
  assert_string_equal(xpos_of(t, day, 4, true, arena), "VBN");
  assert_string_equal(xpos_of(t, day, 4, false, arena), "VBD");
  /* so does a plural placed by "in" and a determiner */
  const char *located = "Police in the Varnish capital fired tear gas at crowds who were "
                        "marching to the palace .";
  assert_string_equal(xpos_of(t, located, 5, true, arena), "VBN");
  assert_string_equal(xpos_of(t, located, 5, false, arena), "VBD");
  /* not one opened by "in" itself */
  const char *opened = "In the capital police fired tear gas at crowds who were marching .";
  assert_string_equal(xpos_of(t, opened, 4, false, arena), xpos_of(t, opened, 4, true, arena));
  const char *question =
      "The Tribunal of Orvesk imposed fines on the Velmont Bank ?";
  assert_string_equal(xpos_of(t, question, 4, false, arena), "VBN");
  const char *apposition =
      "The Velmont Bank , a lender based in Orvesk , and its rivals .";
  assert_string_equal(xpos_of(t, apposition, 6, false, arena), "VBN");
  /* a noun with an infinitive after it is the verb that takes it */
  const char *plans = "Foreign Minister Ilse Varga plans to visit Ostavia .";
  assert_string_equal(xpos_of(t, plans, 4, true, arena), "NNS");
  assert_string_equal(xpos_of(t, plans, 4, false, arena), "VBZ");
  /* after the object of "around" the participle modifies that object */
  const char *object = "The Orvesk Gallery at Velmont bases its exhibit around "
                       "roughly 100 prints selected from its collection .";
  assert_string_equal(xpos_of(t, object, 8, false, arena), "IN");
  assert_string_equal(xpos_of(t, object, 12, false, arena), "VBN");
  /* a noun before an object: a plural as a present tense, a singular
   * after a name standing alone as a past tense; not inside a noun
   * phrase a determiner opens */
  const char *shot = "Ray Beckett shot Lionel Hart in Dunmore .";
  assert_string_equal(xpos_of(t, shot, 2, true, arena), "NN");
  assert_string_equal(xpos_of(t, shot, 2, false, arena), "VBD");
  const char *film = "The film chronicles the life of a singer .";
  assert_string_equal(xpos_of(t, film, 2, true, arena), "NNS");
  assert_string_equal(xpos_of(t, film, 2, false, arena), "VBZ");
  /* a line of names with one lower-case word is prose, not a title */
  const char *names = "Ray Beckett shot Lionel Hart .";
  assert_string_equal(xpos_of(t, names, 2, false, arena), "VBD");
  const char *vessel = "The Border Force vessel HMC Searcher on the river .";
  assert_string_equal(xpos_of(t, vessel, 3, false, arena), "NN");
  /* after the comma that closes an apposition naming the subject */
  const char *closed = "The firm 's chief executive , Magnus Tveit , resigned last month .";
  assert_string_equal(xpos_of(t, closed, 9, true, arena), "VBN");
  assert_string_equal(xpos_of(t, closed, 9, false, arena), "VBD");
  /* and after an age set off by commas, a noun before its object too */
  /* an adjective in "-ed" before a role noun and a name, after an
   * apposition: the verb ("married/JJ singer X") */
  const char *married = "Teo Brandt , the son of banker Greta Lorne , married singer Amaya Cruz .";
  assert_string_equal(xpos_of(t, married, 10, true, arena), "JJ");
  assert_string_equal(xpos_of(t, married, 10, false, arena), "VBD");
  /* and between a name and a bare noun that ends the phrase; not after
   * a common noun ("the relaxed atmosphere") */
  const char *dissolved = "Tolvian President Mara Dune dissolved parliament .";
  assert_string_equal(xpos_of(t, dissolved, 4, true, arena), "JJ");
  assert_string_equal(xpos_of(t, dissolved, 4, false, arena), "VBD");
  const char *relaxed = "A relaxed atmosphere on Monday .";
  assert_string_equal(xpos_of(t, relaxed, 1, false, arena), "JJ");
  /* an irregular past's ending after a plural subject, before a
   * preposition; not a noun in "-ent" ("the parts department .") */
  const char *withdrew = "Kenyan troops withdrew after talks with Somalia .";
  assert_string_equal(xpos_of(t, withdrew, 2, true, arena), "RB");
  assert_string_equal(xpos_of(t, withdrew, 2, false, arena), "VBD");
  const char *department = "Absolute horrible service from the parts department .";
  assert_string_equal(xpos_of(t, department, 6, false, arena), "NN");
  /* an irregular past read as an adjective after a singular noun, before
   * its object; a sure adjective ("new") stays */
  const char *drew = "The mayor 's plan drew criticism from the opposition .";
  assert_string_equal(xpos_of(t, drew, 4, true, arena), "JJ");
  assert_string_equal(xpos_of(t, drew, 4, false, arena), "VBD");
  const char *brand_new = "A brand new car .";
  assert_string_equal(xpos_of(t, brand_new, 2, false, arena), "JJ");
  /* a verb whose past is its base form, read as a singular noun: after
   * a closed apposition before the full stop, and after a name in a
   * clause "after" opens; not a noun a determiner opens */
  const char *quit = "The carmaker 's chairman , Ivo Marsh , quit .";
  assert_string_equal(xpos_of(t, quit, 8, true, arena), "NN");
  assert_string_equal(xpos_of(t, quit, 8, false, arena), "VBD");
  const char *cut = "Prices rose after Tolvia cut interest rates .";
  assert_string_equal(xpos_of(t, cut, 4, true, arena), "NN");
  assert_string_equal(xpos_of(t, cut, 4, false, arena), "VBD");
  const char *tax_cut = "Shares fell after the tax cut .";
  assert_string_equal(xpos_of(t, tax_cut, 5, false, arena), "NN");
  /* before a conjunction whose clause has the sentence's only verb */
  const char *collapsed = "The talks collapsed hours before Ilan Voss met Mara Dune .";
  assert_string_equal(xpos_of(t, collapsed, 2, true, arena), "VBN");
  assert_string_equal(xpos_of(t, collapsed, 2, false, arena), "VBD");
  const char *relative = "The talks collapsed hours before Ilan Voss , who heads the Iron "
                         "League , met Mara Dune .";
  assert_string_equal(xpos_of(t, relative, 2, false, arena), "VBD");
  const char *held = "The talks held in Kell before Ilan Voss met Mara Dune ended .";
  assert_string_equal(xpos_of(t, held, 2, false, arena), xpos_of(t, held, 2, true, arena));
  /* after "to" that follows a verb taking an infinitive, a base form; not
   * a noun that "to" takes after another verb */
  const char *resume = "Velmora and Kastovia agreed to resume talks on the border .";
  assert_string_equal(xpos_of(t, resume, 5, true, arena), "NN");
  assert_string_equal(xpos_of(t, resume, 5, false, arena), "VB");
  assert_string_equal(xpos_of(t, resume, 4, false, arena), "TO");
  const char *went = "Velmora went to school in Kastovia .";
  assert_string_equal(xpos_of(t, went, 3, false, arena), "NN");
  /* after a year that a preposition takes ("in 1994") */
  const char *year = "Sales in 2019 rose sharply .";
  assert_string_equal(xpos_of(t, year, 3, true, arena), "NN");
  assert_string_equal(xpos_of(t, year, 3, false, arena), "VBD");
  const char *built = "The bridge built in 1994 collapsed on Monday .";
  assert_string_equal(xpos_of(t, built, 2, false, arena), "VBN");
  const char *age = "Carl Voss , 31 , shot Ada Pruitt outside her home .";
  assert_string_equal(xpos_of(t, age, 5, true, arena), "NN");
  assert_string_equal(xpos_of(t, age, 5, false, arena), "VBD");
  /* one adverb between that comma and the verb; not a participle set off
   * before the clause's own verb */
  const char *adverb = "Nina Ruiz , 31 , previously worked for the Tovar Group .";
  assert_string_equal(xpos_of(t, adverb, 6, true, arena), "VBN");
  assert_string_equal(xpos_of(t, adverb, 6, false, arena), "VBD");
  const char *jailed = "Nina Ruiz , 31 , previously jailed for fraud , was freed on Monday .";
  assert_string_equal(xpos_of(t, jailed, 6, false, arena), "VBN");
  /* a plural before a preposition after the opening nominal's "of"
   * phrase; a singular, or one after a particle, after a plural subject */
  const char *sits = "The hamlet of Brenn sits at the foot of the hill .";
  assert_string_equal(xpos_of(t, sits, 4, true, arena), "NNS");
  assert_string_equal(xpos_of(t, sits, 4, false, arena), "VBZ");
  const char *shot_down = "The rebels shot down a jet over the valley .";
  assert_string_equal(xpos_of(t, shot_down, 2, true, arena), "NN");
  assert_string_equal(xpos_of(t, shot_down, 2, false, arena), "VBD");
  const char *no_object = "The rebels shot over the valley .";
  assert_string_equal(xpos_of(t, no_object, 2, false, arena),
                      xpos_of(t, no_object, 2, true, arena));
  /* a participle before its object, when a noun after it was closer to
   * a verb ("rounds"); not a participle before "by" */
  const char *rounds = "The Tolvian army fired artillery rounds at a radar station .";
  assert_string_equal(xpos_of(t, rounds, 3, true, arena), "VBN");
  assert_string_equal(xpos_of(t, rounds, 3, false, arena), "VBD");
  const char *fired_by = "Old artillery rounds fired by the Tolvian army at a radar station .";
  assert_string_equal(xpos_of(t, fired_by, 3, false, arena), "VBN");
  fg_arena_free(arena);
  fg_tagger_free(t);
}

/* A noun after a name standing alone and coordinated with a past form
 * before its object is that verb's conjunct; after a determiner it stays
 * a noun. */
static void test_coordinated_verb(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  const char *shot = "Ray Beckett shot and killed Lionel Hart outside a bar .";
  assert_string_equal(xpos_of(t, shot, 2, true, arena), "NN");
  assert_string_equal(xpos_of(t, shot, 2, false, arena), "VBD");
  assert_string_equal(xpos_of(t, shot, 4, false, arena), "VBD");
  const char *wounded = "Mara Lent shot and wounded two officers .";
  assert_string_equal(xpos_of(t, wounded, 4, true, arena), "JJ");
  assert_string_equal(xpos_of(t, wounded, 2, false, arena), "VBD");
  assert_string_equal(xpos_of(t, wounded, 4, false, arena), "VBD");
  /* after the apposition set off after the name */
  const char *drifter =
      "Ivo Marsk , a drifter from Velm , shot and killed Ada Rune in Dorn .";
  assert_string_equal(xpos_of(t, drifter, 8, true, arena), "NN");
  assert_string_equal(xpos_of(t, drifter, 8, false, arena), "VBD");
  const char *search = "I did a Google search and found it .";
  assert_string_equal(xpos_of(t, search, 4, false, arena), "NN");
  fg_arena_free(arena);
  fg_tagger_free(t);
}

/* The clause a reporting verb takes without "that" gets its lost verb
 * back as a sentence does; a participle after the object of another verb
 * or before the clause's own verb stays. */
static void test_reported_verb(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  const char *said = "The agency said prices climbed in March .";
  assert_string_equal(xpos_of(t, said, 4, true, arena), "VBN");
  assert_string_equal(xpos_of(t, said, 4, false, arena), "VBD");
  const char *bought = "The fund bought shares listed in Oslo .";
  assert_string_equal(xpos_of(t, bought, 4, false, arena), "VBN");
  const char *own = "The agency said prices listed in March were wrong .";
  assert_string_equal(xpos_of(t, own, 4, false, arena), "VBN");
  /* a noun before an adverb in "-ly" is the clause's verb; before another
   * adverb it stays a noun */
  const char *spread = "Officials said the fire spread quickly through the port .";
  assert_string_equal(xpos_of(t, spread, 4, true, arena), "NN");
  assert_string_equal(xpos_of(t, spread, 4, false, arena), "VBD");
  const char *soon = "Officials said the fire spread soon .";
  assert_string_equal(xpos_of(t, soon, 4, false, arena), "NN");
  /* the clause "whose" opens gets its verb back from the noun run */
  const char *whose = "The firm , whose owner lives in Tolvik , was sold .";
  assert_string_equal(xpos_of(t, whose, 5, true, arena), "NNS");
  assert_string_equal(xpos_of(t, whose, 5, false, arena), "VBZ");
  const char *verb = "The firm , whose owner moved to Tolvik , was sold .";
  assert_string_equal(xpos_of(t, verb, 4, false, arena), "NN");
  /* or from a participle after it, the run's last adjective a noun */
  const char *chief = "The bank , whose chief executive resigned in May , sold Kivo .";
  assert_string_equal(xpos_of(t, chief, 6, true, arena), "VBN");
  assert_string_equal(xpos_of(t, chief, 6, false, arena), "VBD");
  assert_string_equal(xpos_of(t, chief, 5, false, arena), "NN");
  /* or from a plural inside the run with an object after it */
  const char *heads = "The minister , whose wife Selma Varga heads Orsk Bank , resigned .";
  assert_string_equal(xpos_of(t, heads, 7, true, arena), "NNS");
  assert_string_equal(xpos_of(t, heads, 7, false, arena), "VBZ");
  const char *figures = "The minister , whose wife Selma Varga heads north , resigned .";
  assert_string_equal(xpos_of(t, figures, 7, false, arena), xpos_of(t, figures, 7, true, arena));
  /* an adjective in "-ed" before an object is the lost verb; one in
   * "un-" or before a preposition stays */
  const char *invaded = "Velorian troops invaded neighbouring Pannot in 2012 .";
  assert_string_equal(xpos_of(t, invaded, 2, true, arena), "JJ");
  assert_string_equal(xpos_of(t, invaded, 2, false, arena), "VBD");
  /* a noun after a name's "of the" phrase, before a name */
  const char *shot = "Sergeant Ivo Lenz of the Dunby Police Department shot Teo Marr .";
  assert_string_equal(xpos_of(t, shot, 8, true, arena), "NN");
  assert_string_equal(xpos_of(t, shot, 8, false, arena), "VBD");
  /* a plural before a preposition after a name that opens the sentence */
  const char *trains = "Pia Lund trains in Oslo .";
  assert_string_equal(xpos_of(t, trains, 2, true, arena), "NNS");
  assert_string_equal(xpos_of(t, trains, 2, false, arena), "VBZ");
  const char *value = "Value of Tessel Rail contracts in Oslo .";
  assert_string_equal(xpos_of(t, value, 4, false, arena), "NNS");
  /* a plural before a number after an apposition is a present tense */
  const char *employs = "The firm , founded in 1952 by two brothers , employs 3,000 people .";
  assert_string_equal(xpos_of(t, employs, 10, true, arena), "NNS");
  assert_string_equal(xpos_of(t, employs, 10, false, arena), "VBZ");
  /* a preposition's object after the nominal the sentence opens with */
  const char *from = "Troops from Garnia crossed into Pellia overnight .";
  assert_string_equal(xpos_of(t, from, 3, true, arena), "VBN");
  assert_string_equal(xpos_of(t, from, 3, false, arena), "VBD");
  const char *photos = "Around 100 photographs selected from the archive .";
  assert_string_equal(xpos_of(t, photos, 3, false, arena), "VBN");
  const char *control = "Velorian forces regained control of Pannot .";
  assert_string_equal(xpos_of(t, control, 2, true, arena), "JJ");
  assert_string_equal(xpos_of(t, control, 2, false, arena), "VBD");
  const char *menu = "Great staff , limited choice of wines .";
  assert_string_equal(xpos_of(t, menu, 3, false, arena), xpos_of(t, menu, 3, true, arena));
  /* so is a past tense that is its base form, read as an adjective */
  const char *ties = "Tolvia , a close ally of Kessaria , cut ties with Dravonia .";
  assert_string_equal(xpos_of(t, ties, 8, true, arena), "JJ");
  assert_string_equal(xpos_of(t, ties, 8, false, arena), "VBD");
  const char *flowers = "Tolvia , a close ally of Kessaria , grew cut flowers .";
  assert_string_equal(xpos_of(t, flowers, 9, false, arena), xpos_of(t, flowers, 9, true, arena));
  const char *un = "Velorian troops unidentified the Pannot forces .";
  assert_string_equal(xpos_of(t, un, 2, true, arena), "JJ");
  assert_string_equal(xpos_of(t, un, 2, false, arena), "JJ");
  /* a clause a conjunction opens gets its verb back too; after a
   * preposition that may open one, only with an object after it */
  const char *cut = "Shares of Velta Corp fell 5 % after the company cut its forecast .";
  assert_string_equal(xpos_of(t, cut, 10, true, arena), "VBN");
  assert_string_equal(xpos_of(t, cut, 10, false, arena), "VBD");
  /* once the lost verb is a past tense, a participle after "and" with an
   * object is its conjunct */
  const char *killed = "Dust was thick when a bomber attacked a church in Tarsk and killed "
                       "at least 25 people .";
  assert_string_equal(xpos_of(t, killed, 12, true, arena), "VBN");
  assert_string_equal(xpos_of(t, killed, 12, false, arena), "VBD");
  const char *injured = "Dust was thick when a bomber attacked a church in Tarsk and injured "
                        "the priest .";
  assert_string_equal(xpos_of(t, injured, 12, false, arena), "VBD");
  const char *applied = "The error was shown after the method applied to both shapes .";
  assert_string_equal(xpos_of(t, applied, 7, false, arena), xpos_of(t, applied, 7, true, arena));
  const char *with = "Velorian troops armed with rifles and mortars .";
  assert_string_equal(xpos_of(t, with, 2, true, arena), "JJ");
  assert_string_equal(xpos_of(t, with, 2, false, arena), "JJ");
  fg_arena_free(arena);
  fg_tagger_free(t);
}

/* A title an adjective heads after a name and a comma ("chief executive
 * of Y"), after a verb, or before a name in apposition is read as a noun;
 * a bare adjective or one after an adverb there stays an adjective. */
static void test_title_noun(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  const char *chief = "Odile Marr , chief executive of Tessel Rail , said fares would rise .";
  assert_string_equal(xpos_of(t, chief, 4, true, arena), "JJ");
  assert_string_equal(xpos_of(t, chief, 4, false, arena), "NN");
  const char *the = "Odile Marr , the chief executive at Tessel Rail , resigned .";
  assert_string_equal(xpos_of(t, the, 5, false, arena), "NN");
  const char *bare = "Odile Marr , critical of the plan , resigned .";
  assert_string_equal(xpos_of(t, bare, 3, false, arena), "JJ");
  const char *adverb = "Odile Marr , long critical of the plan , resigned .";
  assert_string_equal(xpos_of(t, adverb, 4, false, arena), "JJ");
  /* a title a verb takes before "of", after another adjective */
  const char *became = "Odile Marr became chief executive of Tessel Rail in May .";
  assert_string_equal(xpos_of(t, became, 4, true, arena), "JJ");
  assert_string_equal(xpos_of(t, became, 4, false, arena), "NN");
  /* a title in apposition before a name, after a mended verb too */
  const char *appos = "Tessel Rail is suing its former chief executive , Odile Marr , for fraud .";
  assert_string_equal(xpos_of(t, appos, 7, false, arena), "NN");
  const char *fired = "Tessel Rail fired its chief executive , Odile Marr , on Monday .";
  assert_string_equal(xpos_of(t, fired, 5, false, arena), "NN");
  /* after a possessor too */
  const char *poss = "The company 's chief executive , Odile Marr , told reporters .";
  assert_string_equal(xpos_of(t, poss, 4, true, arena), "JJ");
  assert_string_equal(xpos_of(t, poss, 4, false, arena), "NN");
  /* and with no comma after "chief"; another adjective before a name stays */
  const char *no_comma = "The company 's chief executive Klaus Weber told reporters .";
  assert_string_equal(xpos_of(t, no_comma, 4, true, arena), "JJ");
  assert_string_equal(xpos_of(t, no_comma, 4, false, arena), "NN");
  /* right after "chief" with no noun after it, whatever comes before */
  const char *that = "Tessel said that chief executive Odile Marr would retire .";
  assert_string_equal(xpos_of(t, that, 4, true, arena), "JJ");
  assert_string_equal(xpos_of(t, that, 4, false, arena), "NN");
  const char *year = "Odile Marr became chief executive in 2015 .";
  assert_string_equal(xpos_of(t, year, 4, true, arena), "JJ");
  assert_string_equal(xpos_of(t, year, 4, false, arena), "NN");
  /* an opening "Chief" before a lower-case word, and the title after it */
  const char *opening = "Chief executive Odile Marr said fares would rise .";
  assert_string_equal(xpos_of(t, opening, 0, false, arena), "JJ");
  assert_string_equal(xpos_of(t, opening, 1, true, arena), "JJ");
  assert_string_equal(xpos_of(t, opening, 1, false, arena), "NN");
  const char *operating = "Chief operating officer Odile Marr will leave Tessel Rail .";
  assert_string_equal(xpos_of(t, operating, 0, true, arena), "DT");
  assert_string_equal(xpos_of(t, operating, 0, false, arena), "JJ");
  const char *officer = "Odile Marr became chief executive officer in 2015 .";
  assert_string_equal(xpos_of(t, officer, 4, false, arena), xpos_of(t, officer, 4, true, arena));
  const char *southern = "The company 's new southern Tolvia office opened .";
  assert_string_equal(xpos_of(t, southern, 4, false, arena), xpos_of(t, southern, 4, true, arena));
  const char *rich = "The rich and powerful , Odile said , never pay .";
  assert_string_equal(xpos_of(t, rich, 3, false, arena), "JJ");
  const char *aware = "Odile Marr is aware of the plan .";
  assert_string_equal(xpos_of(t, aware, 3, false, arena), "JJ");
  const char *shaky = "The new course was a little shaky at first .";
  assert_string_equal(xpos_of(t, shaky, 6, false, arena), xpos_of(t, shaky, 6, true, arena));
  /* an unseen opening word read as an adjective before a lower-case noun
   * and a name is a name; a demonym stays an adjective */
  const char *velmar = "Velmar chairman Otto Rask , 71 , will step down in June .";
  assert_string_equal(xpos_of(t, velmar, 0, true, arena), "JJ");
  assert_string_equal(xpos_of(t, velmar, 0, false, arena), "NNP");
  const char *tolvian = "Tolvian police officer Otto Rask , 71 , was hurt .";
  assert_string_equal(xpos_of(t, tolvian, 0, false, arena), xpos_of(t, tolvian, 0, true, arena));
  /* a legal form after a proper noun ends a firm's name; not alone */
  const char *legal = "Tessel Rail sold its unit to Kessler AG for $ 2 billion .";
  assert_string_equal(xpos_of(t, legal, 7, true, arena), "NN");
  assert_string_equal(xpos_of(t, legal, 7, false, arena), "NNP");
  const char *alone = "The AG said so .";
  assert_string_equal(xpos_of(t, alone, 1, false, arena), xpos_of(t, alone, 1, true, arena));
  /* an abbreviated title before a name is a proper noun; not before a
   * lower-case word */
  const char *prof = "Prof. Helga Brandt of Kessel University said so .";
  assert_string_equal(xpos_of(t, prof, 0, true, arena), "LS");
  assert_string_equal(xpos_of(t, prof, 0, false, arena), "NNP");
  const char *lower = "Prof. said so .";
  assert_string_equal(xpos_of(t, lower, 0, false, arena), xpos_of(t, lower, 0, true, arena));
  fg_arena_free(arena);
  fg_tagger_free(t);
}

/* A sentence's first word read as an order before a past tense, or as a
 * foreign word, is the subject when the verb after it comes back. */
static void test_initial_subject(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  const char *police = "Police searched a flat in Kell .";
  assert_string_equal(xpos_of(t, police, 0, true, arena), "VB");
  assert_string_equal(xpos_of(t, police, 0, false, arena), "NNS");
  const char *gunmen = "Gunmen shot dead Ali Fadel in Tarsk on Monday .";
  assert_string_equal(xpos_of(t, gunmen, 0, true, arena), "FW");
  assert_string_equal(xpos_of(t, gunmen, 0, false, arena), "NNS");
  assert_string_equal(xpos_of(t, gunmen, 1, false, arena), "VBP");
  /* a present tense first, before a word that is then a past tense */
  const char *floods = "Floods swept through northern Tolvia .";
  assert_string_equal(xpos_of(t, floods, 0, true, arena), "VBZ");
  assert_string_equal(xpos_of(t, floods, 0, false, arena), "NNS");
  assert_string_equal(xpos_of(t, floods, 1, false, arena), "VBD");
  const char *sounds = "Sounds good to me .";
  assert_string_equal(xpos_of(t, sounds, 0, false, arena), "VBZ");
  /* an abbreviation stays foreign; an order before its object stays */
  const char *ie = "e.g. Were the files sent ?";
  assert_string_equal(xpos_of(t, ie, 0, false, arena), xpos_of(t, ie, 0, true, arena));
  const char *order = "Search the flat in Kell .";
  assert_string_equal(xpos_of(t, order, 0, false, arena), "VB");
  fg_arena_free(arena);
  fg_tagger_free(t);
}

/* A capitalized plural in "-men" the tagger read as a name opening a
 * sentence is the subject, its verb still finite; a listed given name
 * in "-men" stays a name. */
static void test_plural_in_men(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgNerNames names = {0};
  const char *dir = getenv("FACTGRAPH_ONTOLOGY");
  char path[512];
  snprintf(path, sizeof path, "%s/names", dir ? dir : "ontology");
  assert_int_equal(fg_ner_names_read(path, &names), FG_OK);
  fg_tagger_use_name_lists(t, &names);
  FgArena *arena = fg_arena_new();
  const char *gunmen = "Gunmen abducted Luka Brenn in Kaldur on Sunday .";
  assert_string_equal(xpos_of(t, gunmen, 0, true, arena), "NNP");
  assert_string_equal(xpos_of(t, gunmen, 0, false, arena), "NNS");
  assert_string_equal(xpos_of(t, gunmen, 1, false, arena), "VBD");
  const char *police = "Policemen arrested Tom Hale .";
  assert_string_equal(xpos_of(t, police, 0, true, arena), "NNP");
  assert_string_equal(xpos_of(t, police, 0, false, arena), "NNS");
  const char *carmen = "Carmen arrested Tom Hale .";
  assert_string_equal(xpos_of(t, carmen, 0, false, arena), "NNP");
  fg_arena_free(arena);
  fg_ner_names_free(&names);
  fg_tagger_free(t);
}

/* A role noun in an agent's ending between a name and a name is a noun,
 * also read as an adjective and before a comma; not a word in no such
 * ending. */
static void test_role_between_names(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  const char *resident = "Haldor resident Mina Ros , 67 , said she had lost everything .";
  assert_string_equal(xpos_of(t, resident, 1, true, arena), "JJ");
  assert_string_equal(xpos_of(t, resident, 1, false, arena), "NN");
  const char *native = "Haldor native Mina Ros , 67 , said so .";
  assert_string_equal(xpos_of(t, native, 1, false, arena), xpos_of(t, native, 1, true, arena));
  fg_arena_free(arena);
  fg_tagger_free(t);
}

/* An unknown capitalized word in "-ing" opening the sentence before the
 * comma of an apposition is a name, and the apposition's title a noun;
 * a known gerund stays. */
static void test_unknown_name(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  const char *surname = "Oosting , a former executive at the bank Kaltmann , became its chief .";
  assert_string_equal(xpos_of(t, surname, 0, true, arena), "VBG");
  assert_string_equal(xpos_of(t, surname, 0, false, arena), "NNP");
  assert_string_equal(xpos_of(t, surname, 4, false, arena), "NN");
  const char *gerund = "Speaking , the minister said no .";
  assert_string_equal(xpos_of(t, gerund, 0, false, arena), "VBG");
  fg_arena_free(arena);
  fg_tagger_free(t);
}

static void test_opening_demonym(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  /* an unknown nationality first, before a title, is an adjective */
  const char *president = "Tolvian President Ivo Dask said the talks had failed .";
  assert_string_equal(xpos_of(t, president, 0, true, arena), "NNP");
  assert_string_equal(xpos_of(t, president, 0, false, arena), "JJ");
  const char *minister = "Kestrese Prime Minister Eda Koll resigned .";
  assert_string_equal(xpos_of(t, minister, 0, false, arena), "JJ");
  /* not before a word that opens no title, nor a word the treebanks know */
  const char *airline = "Tolvian Airlines said it would cut 300 jobs .";
  assert_string_equal(xpos_of(t, airline, 0, false, arena), "NNP");
  const char *indian = "Indian Ocean states met in Kell .";
  assert_string_equal(xpos_of(t, indian, 0, false, arena), xpos_of(t, indian, 0, true, arena));
  /* also first in a phrase a comma opens, not inside a phrase */
  const char *after_comma = "On Monday , Tolvian President Ivo Dask visited Kell .";
  assert_string_equal(xpos_of(t, after_comma, 3, true, arena), "NNP");
  assert_string_equal(xpos_of(t, after_comma, 3, false, arena), "JJ");
  const char *inside = "On Monday the Tolvian President Ivo Dask visited Kell .";
  assert_string_equal(xpos_of(t, inside, 3, false, arena), xpos_of(t, inside, 3, true, arena));
  /* and after a word that opens a clause, not after a determiner */
  const char *after = "The vote came hours after Tolvian President Ivo Dask met Eda Koll .";
  assert_string_equal(xpos_of(t, after, 5, true, arena), "NNP");
  assert_string_equal(xpos_of(t, after, 5, false, arena), "JJ");
  /* and after the closing quote of a quotation before its speaker */
  const char *quote = "\u201C The talks failed , \u201D Tolvian Foreign Minister Ivo Dask told "
                      "reporters .";
  assert_string_equal(xpos_of(t, quote, 6, true, arena), "NNP");
  assert_string_equal(xpos_of(t, quote, 6, false, arena), "JJ");
  /* a straight closing quote, which the tagger may read as an opening one */
  const char *straight = "\" It is a tragedy , \" Tolvian President Ana Roe told reporters .";
  assert_string_equal(xpos_of(t, straight, 6, true, arena), "``");
  assert_string_equal(xpos_of(t, straight, 7, false, arena), "JJ");
  fg_arena_free(arena);
  fg_tagger_free(t);
}

/* A word read again as a lost verb takes a main verb's reading, never an
 * auxiliary's: "bars" was given AUX (the class of "is") and the parser
 * hung it on "ruling" as an apposition. */
static void test_reread_is_no_auxiliary(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  const char *ruling = "The ruling bars the company from bidding on state contracts .";
  assert_string_equal(xpos_of(t, ruling, 2, false, arena), "VBZ");
  FgWord words[12] = {0};
  static const char *const forms[] = {"The", "ruling", "bars", "the", "company", "from",
                                      "bidding", "on", "state", "contracts", "."};
  for (size_t i = 0; i < 11; i++) {
    words[i].form = forms[i];
    words[i].form_len = (uint32_t)strlen(forms[i]);
  }
  size_t mended = 0;
  FgTagLabel before;
  assert_int_equal(fg_tagger_predict_clause(t, words, 11, arena, false, &mended, &before), FG_OK);
  assert_int_equal(words[2].upos, FG_UPOS_VERB);
  fg_arena_free(arena);
  fg_tagger_free(t);
}

/* Tags space-separated forms as a sentence whose first word the article
 * writes elsewhere as a name's last word; the XPOS of word at. */
static const char *xpos_after_name(const FgTagger *t, const char *sentence, size_t at,
                                   FgArena *arena) {
  return tag_forms(t, sentence, at, false, true, arena);
}

/* A surname that is also a common word opens a sentence ("Horn works for
 * Y" after "Mila Horn"): a proper noun when the next word is then a finite
 * verb; "Young people marched" keeps its adjective. */
static void test_opening_name(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  const char *horn = "Horn works for the Tavish Herald .";
  assert_string_not_equal(xpos_of(t, horn, 0, false, arena), "NNP");
  assert_string_equal(xpos_after_name(t, horn, 0, arena), "NNP");
  assert_string_equal(xpos_after_name(t, horn, 1, arena), "VBZ");
  const char *young = "Young people marched in Lund .";
  assert_string_equal(xpos_after_name(t, young, 0, arena), "JJ");
  fg_arena_free(arena);
  fg_tagger_free(t);
}

static void test_clause_verbs(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  /* a past tense after a preposition's plural is no main verb */
  const char *gas = "Police fired tear gas at students gathered outside the Kessel parliament .";
  assert_string_equal(xpos_of(t, gas, 1, true, arena), "VBN");
  assert_string_equal(xpos_of(t, gas, 1, false, arena), "VBD");
  /* after a clause's conjunction the plural's verb is its clause's */
  const char *riots = "The curfew was imposed after riots erupted in Brenn .";
  assert_string_equal(xpos_of(t, riots, 6, true, arena), "VBN");
  assert_string_equal(xpos_of(t, riots, 6, false, arena), "VBD");
  /* a participle's "to" keeps it one */
  const char *applied = "The error shows after the operation applied to the shapes .";
  assert_string_equal(xpos_of(t, applied, 5, false, arena), xpos_of(t, applied, 5, true, arena));
  /* an adjective may open the clause */
  const char *troops = "Kestria closed its border after Tolvian troops attacked Brenn .";
  assert_string_equal(xpos_of(t, troops, 7, true, arena), "VBN");
  assert_string_equal(xpos_of(t, troops, 7, false, arena), "VBD");
  /* "as" opens such a clause, but not in a comparison */
  const char *floods = "Hundreds of people fled their homes as floods swept through northern Tolvia .";
  assert_string_equal(xpos_of(t, floods, 8, true, arena), "VBN");
  assert_string_equal(xpos_of(t, floods, 8, false, arena), "VBD");
  const char *many = "Storms left as many as 300 people killed in Brenn .";
  assert_string_equal(xpos_of(t, many, 6, false, arena), xpos_of(t, many, 6, true, arena));
  /* an "as" after an adjective no "as" opens is a clause's */
  const char *record = "Oil prices hit a record high as Velmar cut output again .";
  assert_string_equal(xpos_of(t, record, 8, true, arena), "NN");
  assert_string_equal(xpos_of(t, record, 8, false, arena), "VBD");
  /* a plural and its "of" phrase ending in a name take a present tense */
  const char *rebels = "Rebels of the Orvan Front control Brenn and Kessel .";
  assert_string_equal(xpos_of(t, rebels, 5, true, arena), "NN");
  assert_string_equal(xpos_of(t, rebels, 5, false, arena), "VBP");
  fg_arena_free(arena);
  fg_tagger_free(t);
}

/* A noun after a modal that follows its subject is the modal's verb; not
 * in a question or in "can kind of". */
static void test_attributed_clause(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  /* the clause before ", the ministry said." is read as a sentence */
  const char *crossed =
      "Troops from Mardovia crossed into Kestria on Monday , the Kestrian ministry said .";
  assert_string_equal(xpos_of(t, crossed, 3, true, arena), "VBN");
  assert_string_equal(xpos_of(t, crossed, 3, false, arena), "VBD");
  const char *plans = "Velmar Bank plans to buy Horvik , the bank 's chief said .";
  assert_string_equal(xpos_of(t, plans, 2, true, arena), "NNS");
  assert_string_equal(xpos_of(t, plans, 2, false, arena), "VBZ");
  /* "said" right after a comma ends an apposition, not an attribution */
  const char *appos = "Velmar Bank plans to buy Horvik , its chief , Ona Dall , said .";
  assert_string_equal(xpos_of(t, appos, 2, false, arena), "NNS");
  fg_arena_free(arena);
  fg_tagger_free(t);
}

static void test_relative_clause(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  /* a relative clause on the subject does not count as the main verb */
  const char *filed =
      "The company , which employs 2,000 people in Brask , filed for bankruptcy in March .";
  assert_string_equal(xpos_of(t, filed, 10, true, arena), "VBN");
  assert_string_equal(xpos_of(t, filed, 10, false, arena), "VBD");
  const char *bans = "The law , which takes effect in May , bans smoking in bars .";
  assert_string_equal(xpos_of(t, bans, 9, true, arena), "NNS");
  assert_string_equal(xpos_of(t, bans, 9, false, arena), "VBZ");
  /* before a sum of money as before a number */
  const char *seeks = "The suit , filed by Velm against Ode Motors , seeks $ 3 million .";
  assert_string_equal(xpos_of(t, seeks, 10, true, arena), "NNS");
  assert_string_equal(xpos_of(t, seeks, 10, false, arena), "VBZ");
  /* a relative pronoun's verb does not either, after a subject that
   * opens the sentence; after a headline's bare noun it does */
  const char *fired = "Yesterday , North Korea fired artillery rounds at a speaker that broadcasts music .";
  assert_string_equal(xpos_of(t, fired, 4, true, arena), "VBN");
  assert_string_equal(xpos_of(t, fired, 4, false, arena), "VBD");
  const char *amount = "Amount granted to the panel that looked into the crash .";
  assert_string_equal(xpos_of(t, amount, 1, false, arena), "VBN");
  /* one that runs to the end does: the sentence has its verb there */
  const char *fragment = "The release of Tarvo designed tools , which compounded the burden .";
  assert_string_equal(xpos_of(t, fragment, 4, false, arena),
                      xpos_of(t, fragment, 4, true, arena));
  /* a noun between "which" and an object is the clause's verb; not
   * after a preposition */
  const char *borders = "Velmar , which borders Kestria , signed a deal .";
  assert_string_equal(xpos_of(t, borders, 3, true, arena), "NNS");
  assert_string_equal(xpos_of(t, borders, 3, false, arena), "VBZ");
  const char *point = "They met in May , at which point Lena Harko left .";
  assert_string_equal(xpos_of(t, point, 7, false, arena), "NN");
  fg_arena_free(arena);
  fg_tagger_free(t);
}

static void test_reported_that(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  /* "that" after a reporting verb's time phrase opens its clause */
  const char *friday = "The ministry said on Friday that talks would resume .";
  assert_string_equal(xpos_of(t, friday, 5, true, arena), "WDT");
  assert_string_equal(xpos_of(t, friday, 5, false, arena), "IN");
  assert_string_equal(xpos_of(t, friday, 6, false, arena), "NNS");
  assert_string_equal(xpos_of(t, friday, 8, false, arena), "VB");
  /* after the listener of a verb of telling, before a subject */
  const char *told = "Ana Lind told the Velm Council that Orvania had attacked Tolvia .";
  assert_string_equal(xpos_of(t, told, 6, true, arena), "WDT");
  assert_string_equal(xpos_of(t, told, 6, false, arena), "IN");
  const char *statement = "The ministry said in a statement that Orvania had attacked Tolvia .";
  assert_string_equal(xpos_of(t, statement, 6, true, arena), "WDT");
  assert_string_equal(xpos_of(t, statement, 6, false, arena), "IN");
  /* a subject relative ("that lives") stays one */
  const char *lives = "She told the man that lives next door to leave .";
  assert_string_equal(xpos_of(t, lives, 4, false, arena), "WDT");
  /* not after a verb that reports nothing */
  const char *met = "They met on Friday that talks would resume .";
  assert_string_equal(xpos_of(t, met, 4, false, arena), xpos_of(t, met, 4, true, arena));
  /* a verb in "-s" before an auxiliary, with no subject before it, is a
   * plural noun; after a subject it stays a verb */
  const char *stalled = "Officials said that talks had stalled .";
  assert_string_equal(xpos_of(t, stalled, 3, true, arena), "VBZ");
  assert_string_equal(xpos_of(t, stalled, 3, false, arena), "NNS");
  const char *says = "What he says is true .";
  assert_string_equal(xpos_of(t, says, 2, false, arena), "VBZ");
  fg_arena_free(arena);
  fg_tagger_free(t);
}

static void test_verb_after_adverb(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  /* an irregular past the model never saw: as a noun after its subject,
   * or as a present tense; a base form in "-ew" stays one */
  const char *sank = "The ferry sank .";
  assert_string_equal(xpos_of(t, sank, 2, true, arena), "NN");
  assert_string_equal(xpos_of(t, sank, 2, false, arena), "VBD");
  const char *retook = "Troops retook Sarvo , the capital of Rafiq province , on Sunday .";
  assert_string_not_equal(xpos_of(t, retook, 1, true, arena), "VBD");
  assert_string_equal(xpos_of(t, retook, 1, false, arena), "VBD");
  const char *carrying = "A ferry carrying 200 people sank off the island of Kavos on Friday .";
  assert_string_equal(xpos_of(t, carrying, 5, true, arena), "VBP");
  assert_string_equal(xpos_of(t, carrying, 5, false, arena), "VBD");
  const char *overran = "Orvanian forces overran Berka after a week of fighting .";
  assert_string_equal(xpos_of(t, overran, 2, true, arena), "JJ");
  assert_string_equal(xpos_of(t, overran, 2, false, arena), "VBD");
  const char *town = "Tolvian troops overran the town of Mersa on Friday .";
  assert_string_equal(xpos_of(t, town, 2, true, arena), "IN");
  assert_string_equal(xpos_of(t, town, 2, false, arena), "VBD");
  const char *overlook = "Hotels overlook the bay .";
  assert_string_equal(xpos_of(t, overlook, 1, false, arena), xpos_of(t, overlook, 1, true, arena));
  const char *renew = "They renew the lease every year .";
  assert_string_equal(xpos_of(t, renew, 1, false, arena), xpos_of(t, renew, 1, true, arena));
  /* an adverb in "-ly" between a name and a noun hiding its verb */
  const char *shot = "Erik Lang fatally shot Voss at a rally .";
  assert_string_equal(xpos_of(t, shot, 3, true, arena), "NN");
  assert_string_equal(xpos_of(t, shot, 3, false, arena), "VBD");
  /* "shot" as a noun stays one without a name before it */
  const char *noun = "He was hit by a shot .";
  assert_string_equal(xpos_of(t, noun, 5, false, arena), "NN");
  /* a participle after an adverb stays a reduced relative's */
  const char *added = "Number of species voluntarily added by the agency .";
  assert_string_equal(xpos_of(t, added, 4, false, arena), "VBN");
  /* "never" between a name and an adjective in "-ed" hiding its verb */
  const char *married = "Ana Roe never married Tom Brek .";
  assert_string_equal(xpos_of(t, married, 3, true, arena), "JJ");
  assert_string_equal(xpos_of(t, married, 3, false, arena), "VBD");
  fg_arena_free(arena);
  fg_tagger_free(t);
}

static void test_opening_ing_adjective(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  /* an opening "-ing" word before a noun phrase and a past verb */
  const char *warring = "Warring factions signed a truce .";
  assert_string_equal(xpos_of(t, warring, 0, true, arena), "VBG");
  assert_string_equal(xpos_of(t, warring, 0, false, arena), "JJ");
  assert_string_equal(xpos_of(t, warring, 2, false, arena), "VBD");
  /* a gerund subject takes a singular verb: left */
  const char *using = "Using computers helps students .";
  assert_string_equal(xpos_of(t, using, 0, false, arena), "VBG");
  /* no vowel before "-ing": no verb's form */
  const char *spring = "Spring festivities include a parade .";
  assert_string_equal(xpos_of(t, spring, 0, false, arena), xpos_of(t, spring, 0, true, arena));
  fg_arena_free(arena);
  fg_tagger_free(t);
}

static void test_verb_after_modal(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  const char *resume = "Odile said talks would resume .";
  assert_string_equal(xpos_of(t, resume, 4, true, arena), "NN");
  assert_string_equal(xpos_of(t, resume, 4, false, arena), "VB");
  const char *ask = "Why would anybody want that ?";
  assert_string_equal(xpos_of(t, ask, 2, false, arena), xpos_of(t, ask, 2, true, arena));
  const char *kind = "We can kind of taste it .";
  assert_string_equal(xpos_of(t, kind, 2, false, arena), "NN");
  fg_arena_free(arena);
  fg_tagger_free(t);
}

static void test_present_before_number(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  /* a plural form right after a noun or a name, before a number: the verb */
  const char *firm = "The Dunmore-based company employs 400 people .";
  assert_string_equal(xpos_of(t, firm, 3, true, arena), "NNS");
  assert_string_equal(xpos_of(t, firm, 3, false, arena), "VBZ");
  const char *named = "The Orvanian carmaker Velmar Motors employs 9,000 workers .";
  assert_string_equal(xpos_of(t, named, 5, false, arena), "VBZ");
  /* a sentence with a verb of its own keeps the noun */
  const char *kept = "The company employs 400 people and pays them well .";
  assert_string_equal(xpos_of(t, kept, 2, false, arena), "VBZ");
  fg_arena_free(arena);
  fg_tagger_free(t);
}

static void test_adjective_as_head_noun(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  /* an adjective reading after a determiner's plural, before a comma */
  const char *giant = "Velmar AG , the Orvanian chemicals giant , cut 500 jobs .";
  assert_string_equal(xpos_of(t, giant, 6, true, arena), "JJ");
  assert_string_equal(xpos_of(t, giant, 6, false, arena), "NN");
  assert_string_equal(xpos_of(t, giant, 8, false, arena), "VBD");
  /* after a name in an apposition ("a former X Bank executive,") */
  const char *bank = "Police held Ana Roe , a former Velmar Bank executive , on Monday .";
  assert_string_equal(xpos_of(t, bank, 9, true, arena), "JJ");
  assert_string_equal(xpos_of(t, bank, 9, false, arena), "NN");
  /* a name's complement after a verb stays ("hold the Senate accountable ,") */
  const char *held = "Voters will hold the Senate accountable , she said .";
  assert_string_equal(xpos_of(t, held, 5, false, arena), xpos_of(t, held, 5, true, arena));
  /* no determiner: an object's complement stays an adjective */
  const char *kept = "Keep your doors locked , police said .";
  assert_string_equal(xpos_of(t, kept, 3, false, arena), xpos_of(t, kept, 3, true, arena));
  fg_arena_free(arena);
  fg_tagger_free(t);
}

static void test_opening_adverb_name(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  /* an unseen opening word read as an adverb before a finite verb */
  const char *firm = "Velmar appointed former banker Ana Roe as its chief .";
  assert_string_equal(xpos_of(t, firm, 0, true, arena), "RB");
  assert_string_equal(xpos_of(t, firm, 0, false, arena), "NNP");
  /* and before a headline's "to" and base form */
  const char *headline = "Velmar to buy Orvan Mining in $ 3 billion deal";
  assert_string_equal(xpos_of(t, headline, 0, true, arena), "RB");
  assert_string_equal(xpos_of(t, headline, 0, false, arena), "NNP");
  /* and one read as a foreign word before a verb */
  const char *foreign = "Quintara merged with Velmar AG in 2019 .";
  assert_string_equal(xpos_of(t, foreign, 0, true, arena), "FW");
  assert_string_equal(xpos_of(t, foreign, 0, false, arena), "NNP");
  assert_string_equal(xpos_of(t, foreign, 1, false, arena), "VBD");
  /* not before a modal ("Strip mall asian it is not !", web text) */
  const char *strip = "Strip mall asian it is not !";
  assert_string_not_equal(xpos_of(t, strip, 0, false, arena), "NNP");
  /* a known adverb stays ("Also to blame were ...") */
  const char *also = "Also to blame were the rains .";
  assert_string_equal(xpos_of(t, also, 0, false, arena), "RB");
  /* an adverb in "-ly" stays */
  const char *kindly = "Kindly send the forms .";
  assert_string_equal(xpos_of(t, kindly, 0, false, arena), xpos_of(t, kindly, 0, true, arena));
  fg_arena_free(arena);
  fg_tagger_free(t);
}

static void test_verb_after_quantifier(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  /* a participle after a floating quantifier is the lost verb, not the title */
  const char *both = "Velmar Steel chairman Ana Roe and chief executive Tom Brek both resigned .";
  assert_string_equal(xpos_of(t, both, 11, false, arena), "VBD");
  assert_string_equal(xpos_of(t, both, 2, false, arena), "NN");
  fg_arena_free(arena);
  fg_tagger_free(t);
}

static void test_verb_before_where_clause(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  /* the verb of a closing ", where" clause does not stand for the main one */
  const char *joins = "Holm , 47 , joins from rival Skylo , where she was finance director .";
  assert_string_equal(xpos_of(t, joins, 4, true, arena), "NNS");
  assert_string_equal(xpos_of(t, joins, 4, false, arena), "VBZ");
  /* a clause with a comma after it may come before the main verb: left */
  const char *mid = "The greeting known as the wai , where you bow , is derived from India .";
  assert_string_equal(xpos_of(t, mid, 2, false, arena), xpos_of(t, mid, 2, true, arena));
  fg_arena_free(arena);
  fg_tagger_free(t);
}

static void test_plural_after_number(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  /* "of six defeats" holds no verb, so the lost one is found */
  const char *run = "Halden United sacked manager Tom Brek after a run of six defeats .";
  assert_string_equal(xpos_of(t, run, 2, true, arena), "VBN");
  assert_string_equal(xpos_of(t, run, 2, false, arena), "VBD");
  /* a year may be a subject ("As 2005 progresses ,") */
  const char *year = "As 2005 progresses , the road ahead will become clearer .";
  assert_string_equal(xpos_of(t, year, 2, false, arena), xpos_of(t, year, 2, true, arena));
  fg_arena_free(arena);
  fg_tagger_free(t);
}

static void test_role_time_adverb(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  /* "X, formerly of Y,": the adverb, not a noun */
  const char *of = "Kessler AG hired Lena Holm , formerly of Velmar Bank , as its head of sales .";
  assert_string_equal(xpos_of(t, of, 6, true, arena), "NN");
  assert_string_equal(xpos_of(t, of, 6, false, arena), "RB");
  fg_arena_free(arena);
  fg_tagger_free(t);
}

/* A homograph past after a reported clause's plural subject is its verb
 * ("said profits rose/RB .", "said on Monday that profits rose/NN .",
 * "said profits rose/RB after it bought Y"); a
 * compound's head before a full stop stays a noun. */
static void test_homograph_past(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  const char *rose = "The Orvanian carmaker Velmar said profits rose .";
  assert_string_not_equal(xpos_of(t, rose, 6, true, arena), "VBD");
  assert_string_equal(xpos_of(t, rose, 6, false, arena), "VBD");
  const char *fell = "Kessler AG said sales fell .";
  assert_string_not_equal(xpos_of(t, fell, 4, true, arena), "VBD");
  assert_string_equal(xpos_of(t, fell, 4, false, arena), "VBD");
  const char *that = "Swiss bank Velmar said on Monday that profits rose .";
  assert_string_not_equal(xpos_of(t, that, 8, true, arena), "VBD");
  assert_string_equal(xpos_of(t, that, 8, false, arena), "VBD");
  /* before a clause that "after" and a subject pronoun open */
  const char *after = "Velmar AG said profits rose after it bought Holm Foods .";
  assert_string_not_equal(xpos_of(t, after, 4, true, arena), "VBD");
  assert_string_equal(xpos_of(t, after, 4, false, arena), "VBD");
  assert_string_equal(xpos_of(t, after, 7, false, arena), "VBD");
  const char *ground = "The children played at the sports ground .";
  assert_string_equal(xpos_of(t, ground, 6, false, arena), "NN");
  fg_arena_free(arena);
  fg_tagger_free(t);
}

/* "Swiss chemicals giant/JJ X AG said": the head noun after an opening
 * word read as a name and a lower-case plural, also once that word was
 * read again as a name; and the legal form after it. "Dutch brewing/VBG
 * giant X said": the modifier in "-ing"; "the Swiss commodities/VBZ
 * trader": the plural modifier. */
static void test_opening_head_noun(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  const char *giant = "Swiss chemicals giant Velmar AG said on Monday it would cut 500 jobs .";
  assert_string_equal(xpos_of(t, giant, 2, true, arena), "JJ");
  assert_string_equal(xpos_of(t, giant, 2, false, arena), "NN");
  assert_string_equal(xpos_of(t, giant, 4, false, arena), "NNP");
  /* a word in "-ing" between the opening word and the head noun */
  const char *brewing = "Dutch brewing giant Velkor said it would buy Orvan Breweries .";
  assert_string_equal(xpos_of(t, brewing, 1, true, arena), "VBG");
  assert_string_equal(xpos_of(t, brewing, 1, false, arena), "NN");
  /* a plural read as a present tense after a determiner's capitalized word */
  const char *trader = "Velkor AG , the Swiss commodities trader , said it would buy Orvan Steel .";
  assert_string_equal(xpos_of(t, trader, 5, true, arena), "VBZ");
  assert_string_equal(xpos_of(t, trader, 5, false, arena), "NNS");
  const char *opening = "The Swiss commodities giant Velkor said it would buy Orvan Steel .";
  assert_string_equal(xpos_of(t, opening, 2, false, arena), "NNS");
  assert_string_equal(xpos_of(t, opening, 3, false, arena), "NN");
  /* a name's verb before its object stays ("The Kremlin denies involvement .") */
  const char *denies = "The Kremlin denies involvement .";
  assert_string_equal(xpos_of(t, denies, 2, false, arena), "VBZ");
  /* not a participle with an object ("Lawyers representing Velkor said") */
  const char *lawyers = "Lawyers representing Velkor said the deal was void .";
  assert_string_equal(xpos_of(t, lawyers, 1, false, arena), "VBG");
  fg_arena_free(arena);
  fg_tagger_free(t);
}

/* "X condemned the move and accused/VBN Y of ...": the participle after
 * "and" is the past tense's conjunct; after a passive's participle it
 * stays one. "its subsidiary/JJ X would": a noun. */
static void test_past_conjunct(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  const char *accused =
      "Orvanian President Mila Tarn condemned the expulsions and accused Tolvia of lying .";
  assert_string_equal(xpos_of(t, accused, 8, true, arena), "VBN");
  assert_string_equal(xpos_of(t, accused, 8, false, arena), "VBD");
  const char *passive = "Brek was arrested and charged the next day .";
  assert_string_equal(xpos_of(t, passive, 2, false, arena), "VBN");
  /* "its subsidiary/JJ X would": the possessive's noun before a name */
  const char *unit = "Dravo said its subsidiary Kelm Logistics would cut 200 jobs .";
  assert_string_equal(xpos_of(t, unit, 3, true, arena), "JJ");
  assert_string_equal(xpos_of(t, unit, 3, false, arena), "NN");
  /* before the full stop, and after a verb the lost-verb repair mended */
  const char *plans = "Velmar AG plans to sell its subsidiary Orvan Steel .";
  assert_string_equal(xpos_of(t, plans, 6, false, arena), "NN");
  /* a person's possessive keeps it ("fixing the fender on my beloved Miata .") */
  const char *beloved = "I spent the day fixing the fender on my beloved Miata .";
  assert_string_equal(xpos_of(t, beloved, 9, false, arena), "JJ");
  /* a name followed by its own noun keeps the adjective ("its new Kelm plant") */
  const char *plant = "Dravo said its new Kelm plant would open in May .";
  assert_string_equal(xpos_of(t, plant, 3, false, arena), "JJ");
  fg_arena_free(arena);
  fg_tagger_free(t);
}

/* "X, the national carrier, on Tuesday named/VBN Y": the lost verb after
 * a day's "on" phrase, also past an opening name's apposition when a
 * relative clause later has a verb of its own. */
static void test_verb_after_day_phrase(void **state) {
  (void)state;
  FgTagger *t = open_committed_model();
  if (!t)
    return;
  FgArena *arena = fg_arena_new();
  const char *day =
      "Orvan Air , the Orvanian national carrier , on Tuesday named Helga Brandt as its chief .";
  assert_string_equal(xpos_of(t, day, 10, true, arena), "VBN");
  assert_string_equal(xpos_of(t, day, 10, false, arena), "VBD");
  const char *relative = "Orvan Air , the national carrier , on Tuesday named Helga Brandt as "
                         "its chief executive , replacing Jon Ekker , who resigned .";
  assert_string_equal(xpos_of(t, relative, 9, true, arena), "VBN");
  assert_string_equal(xpos_of(t, relative, 9, false, arena), "VBD");
  /* a participle after a place's phrase stays ("photos taken in Vesk shown") */
  const char *place = "The photos , taken in Vesk on Monday , were shown in Halden .";
  assert_string_equal(xpos_of(t, place, 3, false, arena), "VBN");
  fg_arena_free(arena);
  fg_tagger_free(t);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_learns_toy_language),
      cmocka_unit_test(test_training_is_deterministic),
      cmocka_unit_test(test_file_round_trip),
      cmocka_unit_test(test_damaged_models_refused),
      cmocka_unit_test(test_damaged_sections_refused),
      cmocka_unit_test(test_two_passes),
      cmocka_unit_test(test_lexicon),
      cmocka_unit_test(test_word_classes),
      cmocka_unit_test(test_edge_cases),
      cmocka_unit_test(test_feats_filter),
      cmocka_unit_test(test_committed_model),
      cmocka_unit_test(test_lost_main_verb),
      cmocka_unit_test(test_coordinated_verb),
      cmocka_unit_test(test_title_noun),
      cmocka_unit_test(test_initial_subject),
      cmocka_unit_test(test_plural_in_men),
      cmocka_unit_test(test_role_between_names),
      cmocka_unit_test(test_verb_after_modal),
      cmocka_unit_test(test_present_before_number),
      cmocka_unit_test(test_adjective_as_head_noun),
      cmocka_unit_test(test_opening_adverb_name),
      cmocka_unit_test(test_verb_after_quantifier),
      cmocka_unit_test(test_verb_before_where_clause),
      cmocka_unit_test(test_plural_after_number),
      cmocka_unit_test(test_role_time_adverb),
      cmocka_unit_test(test_homograph_past),
      cmocka_unit_test(test_opening_head_noun),
      cmocka_unit_test(test_past_conjunct),
      cmocka_unit_test(test_verb_after_day_phrase),
      cmocka_unit_test(test_reported_that),
      cmocka_unit_test(test_verb_after_adverb),
      cmocka_unit_test(test_opening_ing_adjective),
      cmocka_unit_test(test_opening_name),
      cmocka_unit_test(test_reported_verb),
      cmocka_unit_test(test_attributed_clause),
      cmocka_unit_test(test_relative_clause),
      cmocka_unit_test(test_opening_demonym),
      cmocka_unit_test(test_unknown_name),
      cmocka_unit_test(test_clause_verbs),
      cmocka_unit_test(test_reread_is_no_auxiliary),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
