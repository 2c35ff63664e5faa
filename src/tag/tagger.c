/* SPDX-License-Identifier: MIT */
/* Decoder of the tagger. Sections (features.h ids):
 *   TLAB: u32 classes, then per class u8 upos, u8 xpos length, u16 feats
 *         length, the xpos bytes, the feats bytes (no NUL).
 *   TDIC: the word dictionary (features.c).
 *   TWGT: the first pass's perceptron weights (learn/perceptron.h).
 *   TWG2: the second pass's, which also reads the first pass's tags of
 *         the words to the right (absent: one pass).
 *   TNAM: name lists for the lexicon features (absent: none). */
#include "tag/tag.h"

#include <stdlib.h>
#include <string.h>

#include "learn/le.h"
#include "learn/perceptron.h"
#include "tag/features.h"

struct FgTagger {
  FgModel *model;
  uint64_t seed;
  uint32_t nclasses;
  FgTagLabel *labels;
  char *strings; /* NUL-terminated label strings */
  FgTagDict *dict;
  FgWeights *weights, *weights2; /* weights2 NULL: one pass */
  FgNerNames names;
  bool lexicon; /* names loaded: the lexicon features are read */
};

static const char *const FEATS_KEPT[] = {"Mood",  "Number",   "Person",
                                         "PronType", "Tense", "VerbForm",
                                         "Voice"};

size_t fg_tag_feats_filter(const char *feats, char *out, size_t cap) {
  size_t len = 0;
  if (cap == 0)
    return SIZE_MAX;
  out[0] = '\0';
  for (const char *p = feats; p && *p;) {
    const char *bar = strchr(p, '|');
    size_t item = bar ? (size_t)(bar - p) : strlen(p);
    const char *eq = memchr(p, '=', item);
    size_t name = eq ? (size_t)(eq - p) : item;
    for (size_t k = 0; k < sizeof FEATS_KEPT / sizeof *FEATS_KEPT; k++)
      if (strlen(FEATS_KEPT[k]) == name && memcmp(p, FEATS_KEPT[k], name) == 0) {
        if (len + item + 2 > cap)
          return SIZE_MAX;
        if (len)
          out[len++] = '|';
        memcpy(out + len, p, item);
        len += item;
        out[len] = '\0';
      }
    p = bar ? bar + 1 : NULL;
  }
  return len;
}

static FgStatus load_labels(FgTagger *t) {
  const uint8_t *data;
  size_t len;
  FgStatus st = fg_model_require(t->model, FG_TAG_SEC_LABELS, &data, &len);
  if (st != FG_OK)
    return st;
  FgLeCursor c = fg_le_cursor(data, len);
  uint32_t n = fg_le_u32(&c);
  if (c.failed || n == 0 || n > FG_PERCEPTRON_MAX_CLASSES || n > len / 4)
    return fg_model_fail(t->model, FG_TAG_SEC_LABELS, 0, "bad label count");
  t->labels = calloc(n, sizeof *t->labels);
  t->strings = malloc(len + 2 * (size_t)n);
  if (!t->labels || !t->strings)
    return FG_ERR_NOMEM;
  t->nclasses = n;
  char *s = t->strings;
  for (uint32_t i = 0; i < n; i++) {
    size_t at = c.pos;
    const uint8_t *head = fg_le_take(&c, 2); /* upos, xpos length */
    uint16_t feats_len = fg_le_u16(&c);
    uint8_t upos = head ? head[0] : 0;
    size_t xpos_len = head ? head[1] : 0;
    const uint8_t *xpos = fg_le_take(&c, xpos_len);
    const uint8_t *feats = fg_le_take(&c, feats_len);
    if (c.failed || upos == 0 || upos >= FG_UPOS_COUNT || xpos_len == 0 ||
        memchr(xpos, 0, xpos_len) || (feats_len && memchr(feats, 0, feats_len)))
      return fg_model_fail(t->model, FG_TAG_SEC_LABELS, c.failed ? c.fail_at : at,
                           "bad label");
    t->labels[i].upos = upos;
    memcpy(s, xpos, xpos_len);
    s[xpos_len] = '\0';
    t->labels[i].xpos = s;
    s += xpos_len + 1;
    if (feats_len) {
      memcpy(s, feats, feats_len);
      s[feats_len] = '\0';
      t->labels[i].feats = s;
      s += feats_len + 1;
    }
  }
  if (!fg_le_at_end(&c))
    return fg_model_fail(t->model, FG_TAG_SEC_LABELS, c.pos,
                         "trailing bytes after the labels");
  return FG_OK;
}

FgStatus fg_tagger_from_model(FgModel *model, FgTagger **out) {
  *out = NULL;
  FgTagger *t = calloc(1, sizeof *t);
  if (!t) {
    fg_model_free(model);
    return FG_ERR_NOMEM;
  }
  t->model = model;
  t->seed = fg_model_info(model)->hash_seed;
  const uint8_t *data;
  size_t len;
  bool two_pass = fg_model_section(model, FG_TAG_SEC_WEIGHTS2, &data, &len);
  t->lexicon = fg_model_section(model, FG_TAG_SEC_NAMES, &data, &len);
  FgStatus st = fg_model_check_templates(
      model, t->lexicon ? fg_tag_lexicon_template_hash(two_pass)
                        : fg_tag_template_hash(two_pass));
  if (st == FG_OK && t->lexicon &&
      fg_ner_names_load(data, len, &t->names) != FG_OK)
    st = fg_model_fail(model, FG_TAG_SEC_NAMES, 0, "bad name lists");
  if (st == FG_OK)
    st = load_labels(t);
  if (st == FG_OK &&
      (st = fg_model_require(model, FG_TAG_SEC_DICT, &data, &len)) == FG_OK)
    st = fg_tag_dict_load(data, len, t->nclasses, model, &t->dict);
  if (st == FG_OK &&
      (st = fg_model_require(model, FG_TAG_SEC_WEIGHTS, &data, &len)) == FG_OK)
    st = fg_weights_load(data, len, model, FG_TAG_SEC_WEIGHTS, &t->weights);
  if (st == FG_OK && fg_weights_classes(t->weights) != t->nclasses)
    st = fg_model_fail(model, FG_TAG_SEC_WEIGHTS, 0,
                       "class count differs from the labels'");
  if (st == FG_OK && fg_model_section(model, FG_TAG_SEC_WEIGHTS2, &data, &len))
    st = fg_weights_load(data, len, model, FG_TAG_SEC_WEIGHTS2, &t->weights2);
  if (st == FG_OK && t->weights2 &&
      fg_weights_classes(t->weights2) != t->nclasses)
    st = fg_model_fail(model, FG_TAG_SEC_WEIGHTS2, 0,
                       "class count differs from the labels'");

  if (st != FG_OK) {
    fg_tagger_free(t);
    return st;
  }
  *out = t;
  return FG_OK;
}

FgStatus fg_tagger_open(const char *path, FgDiagFunc diag, void *diag_handle,
                        FgTagger **out) {
  FgModel *model = NULL;
  *out = NULL;
  FgStatus st = fg_model_open(path, FG_MODEL_KIND_TAGGER, diag, diag_handle,
                              &model);
  return st == FG_OK ? fg_tagger_from_model(model, out) : st;
}

FgStatus fg_tagger_open_memory(const void *data, size_t len, const char *name,
                               FgDiagFunc diag, void *diag_handle,
                               FgTagger **out) {
  FgModel *model = NULL;
  *out = NULL;
  FgStatus st = fg_model_open_memory(data, len, name, FG_MODEL_KIND_TAGGER,
                                     diag, diag_handle, &model);
  return st == FG_OK ? fg_tagger_from_model(model, out) : st;
}

void fg_tagger_free(FgTagger *tagger) {
  if (!tagger)
    return;
  fg_weights_free(tagger->weights);
  fg_weights_free(tagger->weights2);
  fg_tag_dict_free(tagger->dict);
  fg_ner_names_free(&tagger->names);
  free(tagger->labels);
  free(tagger->strings);
  fg_model_free(tagger->model);
  free(tagger);
}

/* One greedy left-to-right pass into classes; first (the first pass's
 * classes) NULL for the first pass. */
static void greedy_pass(const FgTagger *t, const FgWeights *weights,
                        const FgWord *words, const FgTagAtoms *atoms,
                        size_t n, const uint32_t *first, int64_t *scores,
                        uint32_t *classes) {
  uint64_t keys[FG_TAG_MAX_KEYS];
  size_t nkeys = first ? FG_TAG_KEYS2 : FG_TAG_KEYS;
  uint32_t prev2 = UINT32_MAX, prev1 = UINT32_MAX;
  for (size_t i = 0; i < n; i++) {
    uint32_t cls;
    if (atoms[i].sure) {
      cls = atoms[i].sure - 1;
    } else {
      fg_tag_static_keys(words, atoms, n, i, t->seed, keys);
      fg_tag_history_keys(atoms, i, prev2, prev1, t->seed,
                          keys + FG_TAG_STATIC_KEYS);
      if (first)
        fg_tag_right_keys(atoms, n, i, first, prev1, t->seed,
                          keys + FG_TAG_KEYS);
      if (t->lexicon)
        fg_tag_lex_keys(atoms, n, i, prev1, t->seed, keys + nkeys);
      cls = fg_weights_best(weights, keys,
                            nkeys + (t->lexicon ? FG_TAG_LEX_KEYS : 0), scores);
    }
    classes[i] = cls;
    prev2 = prev1;
    prev1 = cls;
  }
}

/* Both passes (the second when the model has one): atoms and classes of
 * words[0..n) from the arena. */
static FgStatus classify(const FgTagger *t, const FgWord *words, size_t n,
                         FgArena *scratch, bool second, uint32_t *classes) {
  FgTagAtoms *atoms = fg_arena_calloc(scratch, n, sizeof *atoms);
  int64_t *scores = fg_arena_calloc(scratch, t->nclasses, sizeof *scores);
  uint32_t *first = second && t->weights2
                        ? fg_arena_calloc(scratch, n, sizeof *first)
                        : classes;
  uint8_t *marks = t->lexicon ? fg_arena_alloc(scratch, n) : NULL;
  if (!atoms || !scores || !first || (t->lexicon && !marks))
    return FG_ERR_NOMEM;
  fg_tag_atoms(words, n, t->dict, t->lexicon ? &t->names : NULL, marks,
               t->seed, atoms);
  greedy_pass(t, t->weights, words, atoms, n, NULL, scores, first);
  if (first != classes)
    greedy_pass(t, t->weights2, words, atoms, n, first, scores, classes);
  return FG_OK;
}

FgStatus fg_tagger_first_pass(const FgTagger *t, const FgWord *words,
                              size_t n, FgArena *scratch, uint32_t *classes) {
  return n ? classify(t, words, n, scratch, false, classes) : FG_OK;
}

FgStatus fg_tagger_predict(const FgTagger *t, FgWord *words, size_t n,
                           FgArena *scratch) {
  if (n == 0)
    return FG_OK;
  uint32_t *classes = fg_arena_calloc(scratch, n, sizeof *classes);
  if (!classes)
    return FG_ERR_NOMEM;
  FgStatus st = classify(t, words, n, scratch, true, classes);
  for (size_t i = 0; st == FG_OK && i < n; i++) {
    const FgTagLabel *label = &t->labels[classes[i]];
    words[i].upos = label->upos;
    words[i].xpos = label->xpos;
    words[i].feats = label->feats;
  }
  return st;
}

uint32_t fg_tagger_classes(const FgTagger *tagger) { return tagger->nclasses; }

const FgTagLabel *fg_tagger_label(const FgTagger *tagger, uint32_t cls) {
  return cls < tagger->nclasses ? &tagger->labels[cls] : NULL;
}

const FgModel *fg_tagger_model(const FgTagger *tagger) {
  return tagger->model;
}
