/* SPDX-License-Identifier: MIT */
/* Decoder of the tagger. Sections (features.h ids):
 *   TLAB: u32 classes, then per class u8 upos, u8 xpos length, u16 feats
 *         length, the xpos bytes, the feats bytes (no NUL).
 *   TDIC: the word dictionary (features.c).
 *   TWGT: the first pass's perceptron weights (learn/perceptron.h).
 *   TWG2: the second pass's, which also reads the first pass's tags of
 *         the words to the right (absent: one pass).
 *   TNAM: name lists for the lexicon features (absent: none).
 *   TWCL: word classes for the lexicon features (absent: none). */
#include "tag/tag.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "learn/le.h"
#include "learn/perceptron.h"
#include "tag/features.h"
#include "text/text.h"

struct FgTagger {
  FgModel *model;
  uint64_t seed;
  uint32_t nclasses;
  FgTagLabel *labels;
  char *strings; /* NUL-terminated label strings */
  FgTagDict *dict;
  FgWeights *weights, *weights2; /* weights2 NULL: one pass */
  FgNerNames names;
  FgWordClasses classes;
  FgTagLexicon lexicon; /* names or classes loaded: the lexicon features */
  uint16_t *verb_kind; /* per class: the kinds below, for repair_finite_verb */
  const FgNerNames *listed; /* the run's name lists, for the repairs; may be NULL */
};

enum {
  FINITE = 1,
  PAST_FINITE = 2,
  PARTICIPLE = 4,
  COMMON_NOUN = 8,
  NOMINAL = 16,
  DETERMINER = 32,
  PREPOSITION = 64,
  MODIFIER = 128,
  BASE_FORM = 256,
  ADJECTIVE = 512,
  PROPER_NOUN = 1024,
  ADVERB = 2048
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

/* Which classes are finite verbs, past finite verbs, participles (where a
 * lost main verb hides), nominals, determiners and base forms: see
 * repair_finite_verb and repair_after_modal. */
static FgStatus classify_verb_kinds(FgTagger *t) {
  t->verb_kind = calloc(t->nclasses, sizeof *t->verb_kind);
  if (!t->verb_kind)
    return FG_ERR_NOMEM;
  for (uint32_t c = 0; c < t->nclasses; c++) {
    const char *x = t->labels[c].xpos;
    const char *f = t->labels[c].feats;
    if (strcmp(x, "VBD") == 0 || strcmp(x, "VBZ") == 0 ||
        strcmp(x, "VBP") == 0 || strcmp(x, "MD") == 0 ||
        (f && strstr(f, "VerbForm=Fin")))
      t->verb_kind[c] |= FINITE;
    if (strcmp(x, "VBD") == 0)
      t->verb_kind[c] |= PAST_FINITE;
    if (strcmp(x, "VBN") == 0)
      t->verb_kind[c] |= PARTICIPLE;
    /* not the treebanks' few NN pronouns ("PronType=Tot"): a reread as a
     * common noun must give a NOUN */
    if ((strcmp(x, "NN") == 0 || strcmp(x, "NNS") == 0) && t->labels[c].upos == FG_UPOS_NOUN)
      t->verb_kind[c] |= COMMON_NOUN;
    if (strcmp(x, "DT") == 0)
      t->verb_kind[c] |= DETERMINER;
    if (strcmp(x, "IN") == 0)
      t->verb_kind[c] |= PREPOSITION;
    if (strcmp(x, "JJ") == 0 || strcmp(x, "CD") == 0 || strcmp(x, "RB") == 0 ||
        strcmp(x, "PRP$") == 0)
      t->verb_kind[c] |= MODIFIER;
    if (strcmp(x, "VB") == 0)
      t->verb_kind[c] |= BASE_FORM;
    if (strcmp(x, "JJ") == 0 && t->labels[c].upos == FG_UPOS_ADJ)
      t->verb_kind[c] |= ADJECTIVE;
    if (strcmp(x, "NN") == 0 || strcmp(x, "NNS") == 0 ||
        strcmp(x, "NNP") == 0 || strcmp(x, "NNPS") == 0 ||
        strcmp(x, "PRP") == 0)
      t->verb_kind[c] |= NOMINAL;
    if (strcmp(x, "NNP") == 0 && t->labels[c].upos == FG_UPOS_PROPN)
      t->verb_kind[c] |= PROPER_NOUN;
    if (strcmp(x, "RB") == 0 && t->labels[c].upos == FG_UPOS_ADV)
      t->verb_kind[c] |= ADVERB;
  }
  return FG_OK;
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
  return classify_verb_kinds(t);
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
  bool names = fg_model_section(model, FG_TAG_SEC_NAMES, &data, &len);
  const uint8_t *class_data;
  size_t class_len;
  bool classes = fg_model_section(model, FG_TAG_SEC_WORD_CLASSES, &class_data,
                                  &class_len);
  FgStatus st = fg_model_check_templates(
      model, fg_tag_lexicon_template_hash(two_pass, names, classes));
  if (st == FG_OK && names && fg_ner_names_load(data, len, &t->names) != FG_OK)
    st = fg_model_fail(model, FG_TAG_SEC_NAMES, 0, "bad name lists");
  if (st == FG_OK && classes &&
      fg_word_classes_load(class_data, class_len, &t->classes) != FG_OK)
    st = fg_model_fail(model, FG_TAG_SEC_WORD_CLASSES, 0, "bad word classes");
  t->lexicon = (FgTagLexicon){names ? &t->names : NULL,
                              classes ? &t->classes : NULL};
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

void fg_tagger_use_name_lists(FgTagger *tagger, const FgNerNames *names) {
  tagger->listed = names;
}

void fg_tagger_free(FgTagger *tagger) {
  if (!tagger)
    return;
  fg_weights_free(tagger->weights);
  fg_weights_free(tagger->weights2);
  fg_tag_dict_free(tagger->dict);
  fg_ner_names_free(&tagger->names);
  fg_word_classes_free(&tagger->classes);
  free(tagger->labels);
  free(tagger->verb_kind);
  free(tagger->strings);
  fg_model_free(tagger->model);
  free(tagger);
}

/* The keys of word i given the two classes before it. */
static size_t word_keys(const FgTagger *t, const FgWord *words,
                        const FgTagAtoms *atoms, size_t n, size_t i,
                        const uint32_t *first, uint32_t prev2, uint32_t prev1,
                        uint64_t *keys) {
  size_t nkeys = first ? FG_TAG_KEYS2 : FG_TAG_KEYS;
  fg_tag_static_keys(words, atoms, n, i, t->seed, keys);
  fg_tag_history_keys(atoms, i, prev2, prev1, t->seed,
                      keys + FG_TAG_STATIC_KEYS);
  if (first)
    fg_tag_right_keys(atoms, n, i, first, prev1, t->seed, keys + FG_TAG_KEYS);
  return nkeys + fg_tag_lexicon_keys(atoms, n, i, &t->lexicon, prev1, t->seed,
                                     keys + nkeys);
}

/* One greedy left-to-right pass into classes[from..n), reading the
 * classes before from as its history; first (the first pass's classes)
 * NULL for the first pass. */
static void greedy_pass(const FgTagger *t, const FgWeights *weights,
                        const FgWord *words, const FgTagAtoms *atoms,
                        size_t n, size_t from, const uint32_t *first,
                        int64_t *scores, uint32_t *classes) {
  uint64_t keys[FG_TAG_MAX_KEYS];
  uint32_t prev2 = from >= 2 ? classes[from - 2] : UINT32_MAX;
  uint32_t prev1 = from >= 1 ? classes[from - 1] : UINT32_MAX;
  for (size_t i = from; i < n; i++) {
    uint32_t cls;
    if (atoms[i].sure) {
      cls = atoms[i].sure - 1;
    } else {
      size_t nkeys = word_keys(t, words, atoms, n, i, first, prev2, prev1, keys);
      cls = fg_weights_best(weights, keys, nkeys, scores);
    }
    classes[i] = cls;
    prev2 = prev1;
    prev1 = cls;
  }
}

/* Word w is written exactly s. */
static bool form_is(const FgWord *w, const char *s) {
  size_t len = strlen(s);
  return w->form_len == len && memcmp(w->form, s, len) == 0;
}

/* Word w is written as one of forms[0..n). */
static bool form_in(const FgWord *w, const char *const *forms, size_t n) {
  for (size_t k = 0; k < n; k++)
    if (form_is(w, forms[k]))
      return true;
  return false;
}

static bool is_comma(const FgWord *w) { return form_is(w, ","); }

/* Word w ends in one of endings[0..n) (or is one). */
static bool ends_in(const FgWord *w, const char *const *endings, size_t n) {
  for (size_t k = 0; k < n; k++) {
    size_t len = strlen(endings[k]);
    if (len <= w->form_len && memcmp(w->form + w->form_len - len, endings[k], len) == 0)
      return true;
  }
  return false;
}

/* Tag x is one of tags[0..n). */
static bool xpos_in(const char *x, const char *const *tags, size_t n) {
  for (size_t k = 0; k < n; k++)
    if (strcmp(x, tags[k]) == 0)
      return true;
  return false;
}
#define XPOS_IN(x, tags) xpos_in(x, tags, sizeof tags / sizeof *tags)

/* Word i is a year after a preposition ("in 1994"), which no participle
 * after it modifies: "The killing of X in 1994 plunged/VBN Y" */
static bool year_object(const FgTagger *t, const FgWord *words, const uint32_t *classes,
                        size_t i) {
  const FgWord *w = &words[i];
  return i > 0 && w->form_len == 4 && w->form[0] >= '1' && w->form[0] <= '2' &&
         strcmp(t->labels[classes[i]].xpos, "CD") == 0 &&
         (t->verb_kind[classes[i - 1]] & PREPOSITION);
}

/* Words that end a time phrase after a reporting verb ("said on Friday",
 * "said last week", "told reporters Monday night"). */
static const char *const TIME_WORDS[] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "today",  "yesterday", "day",     "night",    "morning", "afternoon", "evening",
    "week",   "weekend", "month",     "year"};

/* The noun phrase ending at word i-1 is the object of a preposition other
 * than "of" ("around 100 photographs selected from ..."): the participle
 * after it modifies that object, not a subject. A word before from (the
 * conjunction opening the clause read: "after the company cut") is no
 * such preposition, nor one after the nominal the sentence opens with. */
static bool after_prepositional_object(const FgTagger *t, const FgWord *words,
                                       const uint32_t *classes, size_t from, size_t i) {
  size_t k = i - 1;
  while (k > 0 && (t->verb_kind[classes[k]] &
                   (NOMINAL | DETERMINER | MODIFIER)))
    k--;
  if (k < from || !(t->verb_kind[classes[k]] & PREPOSITION) || form_is(&words[k], "of"))
    return false;
  if (year_object(t, words, classes, i - 1))
    return false;
  /* a day's "on" phrase between a subject and its verb ("X, the Y carrier,
   * on Tuesday named/VBN Z") */
  bool day = form_is(&words[k], "on") && k + 1 < i;
  for (size_t d = k + 1; d < i && day; d++)
    day = form_in(&words[d], TIME_WORDS, sizeof TIME_WORDS / sizeof *TIME_WORDS);
  if (day)
    return false;
  /* a sentence that opens with the phrase's head ("Troops from X
   * crossed into Y") has its subject there */
  size_t h = k;
  while (h > from && (t->verb_kind[classes[h - 1]] & (NOMINAL | DETERMINER | MODIFIER)))
    h--;
  return !(h == 0 && h < k && (t->verb_kind[classes[k - 1]] & NOMINAL));
}

/* "to" and a base-form verb follow word i. */
static bool infinitive_follows(const FgTagger *t, const FgWord *words,
                               const uint32_t *classes, size_t n, size_t i) {
  return i + 2 < n && form_is(&words[i + 1], "to") &&
         strcmp(t->labels[classes[i + 2]].xpos, "VB") == 0;
}

/* A word whose comma-delimited stretch opens right after a nominal with a
 * determiner ("X, an investment fund based in Y, owns ...") and is closed
 * by a later comma stands in an apposition: its participle is not the main
 * verb. open is the stretch's first word, last_comma the sentence's. */
static bool inside_apposition(const FgTagger *t, const uint32_t *classes,
                              size_t open, size_t i, size_t last_comma) {
  return open >= 2 && last_comma != SIZE_MAX && last_comma > i &&
         (t->verb_kind[classes[open - 2]] & NOMINAL) &&
         (t->verb_kind[classes[open]] & DETERMINER);
}

/* Word i comes right after the comma that closes a stretch set off by
 * commas after a nominal (or an adjective: "chief executive" is often read
 * JJ JJ) and ending in one or in an age ("The bank's chief executive, X,
 * resigned", "X, 31, shot Y"), or after that comma and one adverb ("X,
 * 31, previously worked for Y"): the stretch names or describes the
 * subject, and word i may be its verb. prev_open is the stretch's first
 * word (0: none). */
static bool after_closed_apposition(const FgTagger *t, const FgWord *words,
                                    const uint32_t *classes, size_t prev_open, size_t i) {
  size_t comma = i >= 3 && strcmp(t->labels[classes[i - 1]].xpos, "RB") == 0 ? i - 2 : i - 1;
  return i >= 2 && prev_open >= 2 && prev_open + 1 <= comma && is_comma(&words[comma]) &&
         is_comma(&words[prev_open - 1]) &&
         (t->verb_kind[classes[prev_open - 2]] & (NOMINAL | MODIFIER)) &&
         ((t->verb_kind[classes[comma - 1]] & NOMINAL) ||
          strcmp(t->labels[classes[comma - 1]].xpos, "CD") == 0);
}

/* The words before word i are a run of proper nouns that no determiner,
 * possessive or modifier opens, or that ends such a name's "of the"
 * phrase: a name standing alone as a subject. */
static bool after_bare_name(const FgTagger *t, const FgWord *words, const uint32_t *classes,
                            size_t i) {
  size_t j = i;
  while (j > 0 && strncmp(t->labels[classes[j - 1]].xpos, "NNP", 3) == 0)
    j--;
  if (j == i)
    return false;
  if (j == 0)
    return true;
  /* "Sergeant X of the Y Department shot Z" */
  if (j >= 3 && (t->verb_kind[classes[j - 1]] & DETERMINER) && form_is(&words[j - 2], "of"))
    return after_bare_name(t, words, classes, j - 2);
  return !(t->verb_kind[classes[j - 1]] & (DETERMINER | MODIFIER)) &&
         strcmp(t->labels[classes[j - 1]].xpos, "POS") != 0;
}

/* The words before word i are proper nouns only, or a nominal the sentence
 * opens with a determiner and its "of" phrase ending in a name ("The
 * hamlet of Brenn"; not a headline's "Value of X Rail contracts"). */
static bool sentence_opening_name(const FgTagger *t, const FgWord *words,
                                  const uint32_t *classes, size_t i) {
  if (i == 0 || strncmp(t->labels[classes[i - 1]].xpos, "NNP", 3) != 0)
    return false;
  size_t of = 0;
  for (size_t j = 0; j < i; j++) {
    if (form_is(&words[j], "of") && !of && j > 0 &&
        (t->verb_kind[classes[j - 1]] & COMMON_NOUN) &&
        (t->verb_kind[classes[0]] & DETERMINER)) {
      of = j;
      continue;
    }
    if (strncmp(t->labels[classes[j]].xpos, "NNP", 3) != 0 &&
        (of || !(t->verb_kind[classes[j]] & (NOMINAL | DETERMINER | MODIFIER))))
      return false;
  }
  return true;
}

/* The end of the nominal the sentence opens with (determiners, modifiers,
 * nouns, names, "of", possessive endings): the first other word. */
static size_t opening_nominal_end(const FgTagger *t, const FgWord *words,
                                  const uint32_t *classes, size_t end) {
  size_t j = 0;
  while (j < end && ((t->verb_kind[classes[j]] & (NOMINAL | DETERMINER | MODIFIER)) ||
                     form_is(&words[j], "of") ||
                     strcmp(t->labels[classes[j]].xpos, "POS") == 0))
    j++;
  return j;
}

/* The sentence opens with a plural and its "of" phrase, which ends in a
 * name right before word i ("Rebels of the X Front"; opening: the end of
 * the sentence's opening nominal, opening_nominal_end). */
static bool plural_of_name(const FgTagger *t, const FgWord *words, const uint32_t *classes,
                           size_t i, size_t opening) {
  return i >= 3 && i <= opening && strcmp(t->labels[classes[0]].xpos, "NNS") == 0 &&
         form_is(&words[1], "of") && strncmp(t->labels[classes[i - 1]].xpos, "NNP", 3) == 0;
}

/* Noun i reads as the verb of an object right after it (a determiner, a
 * possessive or a name; not a capitalised word of a title: a line of
 * names with one lower-case word, "Ray Beckett shot Lionel Hart.", is
 * prose):
 * a plural ("The film chronicles the ...", a present tense), or a singular
 * after a name standing alone ("Ray Beckett shot Lionel Hart", a past
 * tense; after "The Border Force vessel" it stays a noun). The subject
 * ends before word subj (i, or the comma opening an apposition between:
 * "Ray Beckett, 31, shot Lionel Hart"). */
static bool verb_before_object(const FgTagger *t, const FgWord *words, const FgTagAtoms *atoms,
                               const uint32_t *classes, size_t n, size_t i, size_t subj) {
  if (i + 1 >= n || (atoms[i].caps & 5) == 5)
    return false;
  const char *next = t->labels[classes[i + 1]].xpos;
  bool plural = strcmp(t->labels[classes[i]].xpos, "NNS") == 0;
  /* a number, a sum or a bare noun too after an apposition or a relative
   * clause ("X, founded in 1952, employs 300"; "The law, which takes
   * effect in May, bans smoking"; "The suit, filed in May, seeks $3
   * million") */
  if (plural && subj < i &&
      (strcmp(next, "CD") == 0 || strcmp(next, "$") == 0 || strcmp(next, "NN") == 0 ||
       strcmp(next, "NNS") == 0 || strcmp(next, "VBG") == 0))
    return true;
  /* a number or a sum right after a singular noun or a name ("The
   * Halden-based company employs 400", "X Motors employs 12,000") */
  if (plural && subj == i && (strcmp(next, "CD") == 0 || strcmp(next, "$") == 0) &&
      (strcmp(t->labels[classes[i - 1]].xpos, "NN") == 0 ||
       strncmp(t->labels[classes[i - 1]].xpos, "NNP", 3) == 0))
    return true;
  /* a present tense before a preposition after a name that opens the
   * sentence, or its apposition ("Pia Lund trains/NNS in Oslo", "Lund,
   * 47, joins/NNS from Y") */
  if (plural && (t->verb_kind[classes[i + 1]] & PREPOSITION) && !form_is(&words[i + 1], "of") &&
      sentence_opening_name(t, words, classes, subj))
    return true;
  /* a particle may come between ("The rebels shot down a jet") */
  static const char *const PARTICLES[] = {"down", "up", "off", "out", "back"};
  if (i + 2 < n && form_in(&words[i + 1], PARTICLES, sizeof PARTICLES / sizeof *PARTICLES))
    next = t->labels[classes[i + 2]].xpos;
  if (strcmp(next, "DT") != 0 && strcmp(next, "PRP$") != 0 && strncmp(next, "NNP", 3) != 0)
    return false;
  /* a singular right after a plural subject ("The rebels shot a jet"),
   * or after its "of" phrase ending in a name ("Rebels of the X Front
   * control/NN Y") */
  return plural || after_bare_name(t, words, classes, subj) ||
         (subj == i && (strcmp(t->labels[classes[i - 1]].xpos, "NNS") == 0 ||
                        plural_of_name(t, words, classes, i,
                                       opening_nominal_end(t, words, classes, n))));
}

/* Word k is an adverb in "-ly". */
static bool ly_adverb(const FgTagger *t, const FgWord *words, const uint32_t *classes, size_t k) {
  const FgWord *w = &words[k];
  return strcmp(t->labels[classes[k]].xpos, "RB") == 0 && w->form_len > 4 &&
         memcmp(w->form + w->form_len - 2, "ly", 2) == 0;
}

/* Adverbs other than those in "-ly" that come between a subject and its
 * verb ("X never married/JJ Y", "X later joined/VBN Y"). */
static const char *const PREVERBAL_ADVERBS[] = {"never", "also", "later", "then",  "once",
                                                "first", "already", "still", "just", "soon"};

/* Quantifiers that float between a plural subject and its verb ("X and Y
 * both resigned"). */
static const char *const FLOATING_QUANTIFIERS[] = {"both", "all", "each"};

/* Word k is an adverb that may stand between a subject and its verb. */
static bool preverbal_adverb(const FgTagger *t, const FgWord *words, const uint32_t *classes,
                             size_t k) {
  return ly_adverb(t, words, classes, k) ||
         (strcmp(t->labels[classes[k]].xpos, "RB") == 0 &&
          form_in(&words[k], PREVERBAL_ADVERBS, sizeof PREVERBAL_ADVERBS / sizeof *PREVERBAL_ADVERBS));
}

/* An adverb in "-ly" follows word i ("the fire spread quickly"): a noun
 * seldom takes one, a verb often does. */
static bool ly_adverb_follows(const FgTagger *t, const FgWord *words, const uint32_t *classes,
                              size_t n, size_t i) {
  return i + 1 < n && ly_adverb(t, words, classes, i + 1);
}

/* Word i's best reading among the classes of kind want (and, with number,
 * whose features hold it: "Number=Sing"), scored after the classes
 * before it; scores keeps every class's score. UINT32_MAX when the model
 * has none. */
static uint32_t best_reading_of_kind(const FgTagger *t, const FgWeights *weights,
                                  const FgWord *words, const FgTagAtoms *atoms, size_t n,
                                  size_t i, const uint32_t *first, uint16_t want,
                                  const char *number, int64_t *scores, const uint32_t *classes) {
  uint64_t keys[FG_TAG_MAX_KEYS];
  size_t nkeys = word_keys(t, words, atoms, n, i, first, i >= 2 ? classes[i - 2] : UINT32_MAX,
                           i >= 1 ? classes[i - 1] : UINT32_MAX, keys);
  memset(scores, 0, t->nclasses * sizeof *scores);
  fg_weights_score(weights, keys, nkeys, scores);
  uint32_t verb = UINT32_MAX;
  /* a word read again is a lost content word, never an auxiliary or a
   * modal ("The ruling bars/AUX the company") */
  for (uint32_t c = 0; c < t->nclasses; c++)
    if ((t->verb_kind[c] & want) && t->labels[c].upos != FG_UPOS_AUX &&
        (!number || (t->labels[c].feats && strstr(t->labels[c].feats, number))) &&
        (verb == UINT32_MAX || scores[c] > scores[verb]))
      verb = c;
  return verb;
}

/* Each reread tags the rest of the sentence again: a repair that loops
 * over a sentence rereads at most this many words, so that a sentence of
 * a thousand "whose" clauses stays linear. */
#define MAX_REREADS 4

/* Word i read again as its best reading of kind want (and number, when
 * given), and the words after it tagged again; false, changing nothing,
 * when no class of that kind exists. */
static bool reread(const FgTagger *t, const FgWeights *weights, const FgWord *words,
                   const FgTagAtoms *atoms, size_t n, size_t i, const uint32_t *first,
                   uint16_t want, const char *number, int64_t *scores, uint32_t *classes) {
  uint32_t c = best_reading_of_kind(t, weights, words, atoms, n, i, first, want, number, scores,
                                    classes);
  if (c == UINT32_MAX)
    return false;
  classes[i] = c;
  greedy_pass(t, weights, words, atoms, n, i + 1, first, scores, classes);
  return true;
}

/* Verbs whose past tense is their base form, read as adjectives before
 * a noun ("X cut/JJ ties with Y", "Rebels hit/JJ the port"). */
static const char *const UNCHANGED_PAST[] = {"cut",  "hit",   "put",  "set",    "shut",
                                             "quit", "split", "cast", "spread", "hurt"};

/* Endings of English irregular past tenses that few nouns share
 * ("withdrew", "fought", "caught", "took", "spoke", "kept", "sank",
 * "clung"; not "-ent" or "-old": "department", "household"). */
static const char *const IRREGULAR_PAST_ENDINGS[] = {"ew",  "ought", "aught", "ook",
                                                     "oke", "ept",   "ank",   "ung"};

/* Endings of irregular pasts no English base form shares ("retook",
 * "outdrew", "overran"; not "-ew", "-oke" or "-ook" alone: "renew",
 * "evoke", "overlook"). */
static const char *const PAST_ONLY_ENDINGS[] = {"took",  "shook", "ank",   "ought", "aught",
                                                "drew",  "threw", "flew",  "grew",  "knew",
                                                "spoke", "broke", "ran"};

/* Word i was never seen by the model and ends as only an irregular past
 * does ("overran/JJ", "retook/VBP"). */
static bool unseen_past(const FgWord *words, const FgTagAtoms *atoms, size_t i) {
  return fg_tag_atoms_unseen(&atoms[i]) &&
         ends_in(&words[i], PAST_ONLY_ENDINGS, sizeof PAST_ONLY_ENDINGS / sizeof *PAST_ONLY_ENDINGS);
}

/* Adjective i in an irregular past's ending that the training data does
 * not always tag alike ("The mayor's plan drew/JJ criticism"; "new" and
 * "few" are sure adjectives, never read again). */
static bool irregular_past_adjective(const FgTagger *t, const FgWord *words,
                                     const FgTagAtoms *atoms, const uint32_t *classes, size_t i) {
  return !atoms[i].sure && strcmp(t->labels[classes[i]].xpos, "JJ") == 0 &&
         (ends_in(&words[i], IRREGULAR_PAST_ENDINGS,
                  sizeof IRREGULAR_PAST_ENDINGS / sizeof *IRREGULAR_PAST_ENDINGS) ||
          unseen_past(words, atoms, i));
}

/* Word i is read as a participle, or as an adjective in "-ed" ("shot and
 * wounded/JJ two officers"), one of UNCHANGED_PAST or an irregular past
 * (irregular_past_adjective); an UNCHANGED_PAST word may also be read as
 * a singular noun after a name or the comma closing an apposition ("The
 * carmaker's chairman, X, quit/NN."; not "the tax cut"): a past form that
 * a finite verb may hide. */
static bool past_form(const FgTagger *t, const FgWord *words, const FgTagAtoms *atoms,
                      const uint32_t *classes, size_t i) {
  const FgWord *w = &words[i];
  if (t->verb_kind[classes[i]] & PARTICIPLE)
    return true;
  const char *x = t->labels[classes[i]].xpos;
  bool unchanged = form_in(w, UNCHANGED_PAST, sizeof UNCHANGED_PAST / sizeof *UNCHANGED_PAST);
  if (strcmp(x, "NN") == 0) {
    /* past an adverb in "-ly", "shot" too ("X fatally shot/NN Y"; right
     * after a name, verb_before_object and the coordinated verb's repair
     * read it) */
    bool adverb = i > 1 && ly_adverb(t, words, classes, i - 1);
    size_t before = adverb ? i - 2 : i - 1;
    if ((unchanged || (adverb && form_is(w, "shot"))) && i > 0 &&
        (is_comma(&words[before]) || strncmp(t->labels[classes[before]].xpos, "NNP", 3) == 0))
      return true;
    /* an irregular past the model never saw, after its subject's noun
     * ("The ferry sank/NN.", "The army retook/NN Y"; "chess book" was
     * seen) */
    return fg_tag_atoms_unseen(&atoms[i]) && i > 0 && (t->verb_kind[classes[i - 1]] & NOMINAL) &&
           ends_in(w, IRREGULAR_PAST_ENDINGS,
                   sizeof IRREGULAR_PAST_ENDINGS / sizeof *IRREGULAR_PAST_ENDINGS);
  }
  return strcmp(x, "JJ") == 0 &&
         ((w->form_len > 3 && memcmp(w->form + w->form_len - 2, "ed", 2) == 0) || unchanged ||
          irregular_past_adjective(t, words, atoms, classes, i));
}

/* Adjective i ("invaded", "packed") reads as a verb of an object after
 * it: a determiner, a possessive, a name, a plural, a number or a
 * participle in "-ing" ("invaded neighbouring Y"), or a singular noun
 * before "of" or a name; not "unaffected by", "limited data" (a singular noun
 * alone), nor any adjective in "un-". */
static bool adjective_before_object(const FgTagger *t, const FgWord *words,
                                    const uint32_t *classes, size_t n, size_t i) {
  static const char *const OBJECT_TAGS[] = {"DT", "PRP$", "NNP", "NNPS", "NNS", "CD", "VBG"};
  if (i + 1 >= n || (words[i].form_len > 2 && strncasecmp(words[i].form, "un", 2) == 0))
    return false;
  const char *next = t->labels[classes[i + 1]].xpos;
  if (XPOS_IN(next, OBJECT_TAGS))
    return true;
  /* a singular noun with an "of" phrase ("regained control of Y") or a
   * name after it ("married/JJ singer Amaya Cruz"), or a bare one after a
   * name ("Mara Dune dissolved/JJ parliament/NN on Monday") */
  if (strcmp(next, "NN") != 0 || i + 2 >= n)
    return false;
  const char *after = t->labels[classes[i + 2]].xpos;
  return form_is(&words[i + 2], "of") || strncmp(after, "NNP", 3) == 0 ||
         (i > 0 && strncmp(t->labels[classes[i - 1]].xpos, "NNP", 3) == 0 &&
          (strcmp(after, ".") == 0 || strcmp(after, ",") == 0 || strcmp(after, "IN") == 0));
}

/* "a bomber attacked/VBD a church ... and killed/VBN 25 people": once a
 * lost verb is given back as a past tense, a participle right after a
 * later "and" or "or" with an object after it (a determiner, possessive,
 * name, number, "at least") is its conjunct, a past tense too; the words
 * after it are tagged again. */
static void past_conjunct(const FgTagger *t, const FgWeights *weights, const FgWord *words,
                          const FgTagAtoms *atoms, size_t n, size_t verb, const uint32_t *first,
                          int64_t *scores, uint32_t *classes) {
  static const char *const OBJECT_TAGS[] = {"DT", "PRP$", "NNP", "CD"};
  for (size_t k = verb + 1; k + 2 < n; k++) {
    if (!(form_is(&words[k], "and") || form_is(&words[k], "or")) ||
        !(t->verb_kind[classes[k + 1]] & PARTICIPLE))
      continue;
    bool object = (k + 3 < n && form_is(&words[k + 2], "at") && form_is(&words[k + 3], "least")) ||
                  XPOS_IN(t->labels[classes[k + 2]].xpos, OBJECT_TAGS);
    if (object &&
        reread(t, weights, words, atoms, n, k + 1, first, PAST_FINITE, NULL, scores, classes))
      return;
  }
}

/* Word i comes right after a relative pronoun ("rounds aimed at a
 * speaker that broadcasts/VBZ ..."): its relative clause's verb. */
static bool relative_pronoun_before(const FgTagger *t, const uint32_t *classes, size_t i) {
  const char *x = i > 0 ? t->labels[classes[i - 1]].xpos : "";
  return strcmp(x, "WDT") == 0 || strcmp(x, "WP") == 0;
}

/* The words before word i are a nominal that a determiner or a name
 * opens, at the sentence's start or after one word and a comma
 * ("Yesterday, North Korea fired ..."), its possessives and a day after
 * "on" included ("Y's government on Thursday named/VBN X"); or a plural
 * located by "in" and a determiner ("Police in the X capital fired/VBN"). */
static bool after_opening_subject(const FgTagger *t, const FgWord *words,
                                  const uint32_t *classes, size_t i) {
  size_t j = i, located = SIZE_MAX;
  while (j > 0 && ((t->verb_kind[classes[j - 1]] & (NOMINAL | DETERMINER | MODIFIER)) ||
                   strcmp(t->labels[classes[j - 1]].xpos, "POS") == 0 ||
                   (form_is(&words[j - 1], "on") && j < i &&
                    form_in(&words[j], TIME_WORDS, sizeof TIME_WORDS / sizeof *TIME_WORDS)) ||
                   (form_is(&words[j - 1], "in") && located == SIZE_MAX && j < i &&
                    strcmp(t->labels[classes[j]].xpos, "DT") == 0))) {
    if (form_is(&words[j - 1], "in"))
      located = j - 1;
    j--;
  }
  const char *x = t->labels[classes[j]].xpos;
  if (located != SIZE_MAX)
    return j == 0 && located == 1 && strcmp(x, "NNS") == 0;
  /* or an opening name and its apposition set off by commas ("X, the
   * national carrier, on Tuesday named/VBN Y") */
  if (j < i && j >= 4 && is_comma(&words[j - 1]) && strcmp(x, "DT") != 0) {
    size_t a = j - 1;
    while (a > 0 && (t->verb_kind[classes[a - 1]] & (NOMINAL | DETERMINER | MODIFIER)))
      a--;
    /* the apposition of two words or more after the comma closing the name */
    if (a >= 2 && a + 1 < j - 1 && is_comma(&words[a - 1]) &&
        strcmp(t->labels[classes[a]].xpos, "DT") == 0) {
      size_t name = a - 1;
      while (name > 0 && strncmp(t->labels[classes[name - 1]].xpos, "NNP", 3) == 0)
        name--;
      if (name == 0)
        return true;
    }
  }
  return j < i && (j == 0 || (j == 2 && is_comma(&words[1]))) &&
         (strcmp(x, "DT") == 0 || strncmp(x, "NNP", 3) == 0);
}

/* Conjunctions that open an adverbial clause with its own subject and
 * verb ("when a bus overturned near Y"), and those that are prepositions
 * too ("after the operation applied to ..."), whose clause is read only
 * when a participle with an object, or one an intransitive verb's may
 * be, follows the nominal ("after the company cut its forecast";
 * participle_with_object). */
static const char *const CLAUSE_OPENERS[] = {"because", "when", "while", "although",
                                             "though", "once", "whereas"};
static const char *const CLAUSE_OR_PHRASE[] = {"after", "before", "since", "until", "as"};
static const char *const SUBJECT_PRONOUNS[] = {"it", "he", "she", "they", "we", "I"};

/* Past tense i right after a plural that a preposition other than "of"
 * or a clause's conjunction takes ("fired tear gas at students
 * gathered/VBD outside"): most often a participle that modifies it, not
 * a clause's verb ("after riots erupted" is one). */
static bool reduced_relative(const FgTagger *t, const FgWord *words, const uint32_t *classes,
                             size_t i) {
  if (i < 2 || !(t->verb_kind[classes[i]] & PAST_FINITE) ||
      strcmp(t->labels[classes[i - 1]].xpos, "NNS") != 0)
    return false;
  size_t k = i - 1;
  while (k > 0 && (t->verb_kind[classes[k - 1]] & (DETERMINER | MODIFIER)))
    k--;
  const FgWord *p = &words[k - 1];
  return k > 0 && (t->verb_kind[classes[k - 1]] & PREPOSITION) && !form_is(p, "of") &&
         !form_in(p, CLAUSE_OPENERS, sizeof CLAUSE_OPENERS / sizeof *CLAUSE_OPENERS) &&
         !form_in(p, CLAUSE_OR_PHRASE, sizeof CLAUSE_OR_PHRASE / sizeof *CLAUSE_OR_PHRASE) &&
         !form_is(p, "that") && !form_is(p, "if");
}

/* Word i is "which" or "who" right after the comma that ends the opening
 * nominal (opening: its end), and a later comma closes its clause before
 * end ("X, which employs 2,000 people, filed ..."): the clause's end, or
 * 0. */
static size_t subject_relative_clause(const FgTagger *t, const FgWord *words,
                                      const uint32_t *classes, size_t opening, size_t i,
                                      size_t end) {
  const char *x = t->labels[classes[i]].xpos;
  if (i < 2 || i != opening + 1 || !is_comma(&words[opening]) ||
      (strcmp(x, "WDT") != 0 && strcmp(x, "WP") != 0))
    return 0;
  for (size_t j = i + 1; j < end; j++)
    if (is_comma(&words[j]))
      return j;
  return 0;
}

/* A nominal starts right after word i (a determiner, possessive, number,
 * adjective or noun), not a preposition ("fired/VBN by the army"). */
static bool nominal_follows(const FgTagger *t, const uint32_t *classes, size_t n, size_t i) {
  static const char *const STARTS[] = {"DT", "PRP$", "CD", "JJ", "NN", "NNS", "NNP", "NNPS"};
  return i + 1 < n && XPOS_IN(t->labels[classes[i + 1]].xpos, STARTS);
}

/* Irregular pasts that are also nouns, adjectives or adverbs, which the
 * model reads as those after a plural ("profits rose/RB.", "sales fell/NN
 * in May"). */
static const char *const HOMOGRAPH_PASTS[] = {"rose", "fell", "slid", "fled", "won",  "lost",
                                              "held", "led",  "left", "met",  "sold", "paid",
                                              "spent", "fought", "sank"};

/* "Kenyan troops withdrew/NN after talks", "said profits rose/RB.": a
 * singular noun (or an adverb) in an irregular past's ending, or one of
 * HOMOGRAPH_PASTS, right after a plural subject, before a preposition (not "of")
 * or the sentence's end, is a past tense as a participle is. */
static bool irregular_past_after_plural(const FgTagger *t, const FgWord *words,
                                        const uint32_t *classes, size_t n, size_t i) {
  const char *x = t->labels[classes[i]].xpos;
  bool homograph = form_in(&words[i], HOMOGRAPH_PASTS, sizeof HOMOGRAPH_PASTS / sizeof *HOMOGRAPH_PASTS);
  if (i == 0 || i + 1 >= n || (strcmp(x, "NN") != 0 && strcmp(x, "RB") != 0) ||
      strcmp(t->labels[classes[i - 1]].xpos, "NNS") != 0 ||
      !(form_is(&words[i + 1], ".") ||
        ((t->verb_kind[classes[i + 1]] & PREPOSITION) && !form_is(&words[i + 1], "of"))))
    return false;
  return homograph || ends_in(&words[i], IRREGULAR_PAST_ENDINGS,
                              sizeof IRREGULAR_PAST_ENDINGS / sizeof *IRREGULAR_PAST_ENDINGS);
}

/* Word i (subj: where its subject ends) may be read as repair_finite_verb's
 * verb. A noun that could be the verb ("X bases its show around ...") is
 * left alone unless an infinitive follows it ("X plans to visit Y"): read
 * as verbs, nouns broke web text's verbless fragments ("Great lunch
 * specials.") more than they mended. Past a relative pronoun's verb ("that
 * broadcasts"), only a verb right after the subject the sentence opens
 * with (not a headline's "Amount granted to the body that ..."); past a
 * reduced relative's, only the word right after the nominal the sentence
 * opens with ("Police fired/VBN tear gas at students gathered/VBD
 * outside"). */
static bool verb_reading_fits(const FgTagger *t, const FgWord *words, const FgTagAtoms *atoms,
                              const uint32_t *classes, size_t n, size_t from, size_t opening,
                              bool relative_verb, bool reduced_verb, size_t i, size_t subj) {
  if ((relative_verb && !after_opening_subject(t, words, classes, i)) ||
      (reduced_verb && (from > 0 || i != opening)))
    return false;
  return past_form(t, words, atoms, classes, i) || infinitive_follows(t, words, classes, n, i) ||
         verb_before_object(t, words, atoms, classes, n, i, subj) ||
         (subj == i && irregular_past_after_plural(t, words, classes, n, i)) ||
         ly_adverb_follows(t, words, classes, n, i);
}

/* Finite verb i is in a clause that ", where" (or ", when") and its
 * subject open and that runs to the end with no other comma ("X, 47,
 * joins/NNS from Y, where she was ..."): the comma's index, or SIZE_MAX. */
static size_t where_clause(const FgTagger *t, const FgWord *words, const uint32_t *classes,
                           size_t from, size_t end, size_t i) {
  for (size_t k = i + 1; k < end; k++)
    if (is_comma(&words[k]))
      return SIZE_MAX;
  size_t j = i;
  while (j > from && (t->verb_kind[classes[j - 1]] & (NOMINAL | DETERMINER | MODIFIER)))
    j--;
  if (j == i || j < from + 2 || (!form_is(&words[j - 1], "where") && !form_is(&words[j - 1], "when")) ||
      !is_comma(&words[j - 2]))
    return SIZE_MAX;
  return j - 2;
}

/* A sentence that ends with a full stop but was given no finite verb has
 * most often lost its main verb to a participle reading after a noun or a
 * name the training data never had ("The Ministry of Finance of X imposed
 * sanctions"). Of the participles and nouns right after a nominal or after
 * an apposition closed by a comma (and not inside an apposition), the one
 * whose best finite reading (past tense for
 * a participle) scored closest to its own is taken; a participle is then
 * retagged as that reading and the words after it are tagged again. The
 * stretch read is words[from..end): the sentence (end n), or the clause
 * before an attribution ("..., the ministry said."). */
static size_t repair_finite_verb(const FgTagger *t, const FgWeights *weights,
                               const FgWord *words, const FgTagAtoms *atoms,
                               size_t from, size_t end, size_t n, const uint32_t *first,
                               int64_t *scores, uint32_t *classes) {
  if (end < from + 3 || (end == n && !form_is(&words[n - 1], ".")))
    return n;
  /* a relative clause on the subject has a verb of its own: skipped */
  size_t relative_end = 0, opening = opening_nominal_end(t, words, classes, end);
  bool relative_verb = false, reduced_verb = false;
  for (size_t i = from; i < end; i++) {
    size_t clause_end = subject_relative_clause(t, words, classes, opening, i, end);
    if (clause_end) {
      relative_end = clause_end;
      i = clause_end;
    } else if (t->verb_kind[classes[i]] & FINITE) {
      size_t where = where_clause(t, words, classes, from, end, i);
      if (where != SIZE_MAX) {
        /* the verb is looked for before the clause */
        end = where;
        break;
      }
      if (reduced_relative(t, words, classes, i))
        reduced_verb = true;
      else if (!relative_pronoun_before(t, classes, i))
        return n;
      else
        relative_verb = true;
    }
  }
  size_t last_comma = SIZE_MAX;
  for (size_t i = 0; i < end; i++)
    if (is_comma(&words[i]))
      last_comma = i;
  size_t best_at = SIZE_MAX, object_at = SIZE_MAX, open = 0, prev_open = 0;
  uint32_t best_cls = 0, object_cls = 0;
  int64_t best_margin = INT64_MAX, object_margin = INT64_MAX;
  bool best_fits = false;
  for (size_t i = from + 1; i + 1 < end; i++) {
    if (is_comma(&words[i - 1])) {
      prev_open = open;
      open = i;
    }
    if (i < relative_end)
      continue;
    uint16_t kind = t->verb_kind[classes[i]];
    /* an adverb in "-ly" or a preverbal one may come between before a
     * noun's or an adjective's reading ("Lang fatally shot/NN Voss", "X
     * never married/JJ Y"; not a participle's: "species voluntarily
     * added/VBN by X") */
    size_t gap = i >= from + 2 && !(kind & PARTICIPLE) && preverbal_adverb(t, words, classes, i - 1) ? 1 : 0;
    /* and a floating quantifier before a participle ("X and Y both
     * resigned/VBN") */
    if (i >= from + 2 && (kind & PARTICIPLE) &&
        form_in(&words[i - 1], FLOATING_QUANTIFIERS,
                sizeof FLOATING_QUANTIFIERS / sizeof *FLOATING_QUANTIFIERS))
      gap = 1;
    bool adjacent = (t->verb_kind[classes[i - 1 - gap]] & NOMINAL) ||
                    year_object(t, words, classes, i - 1 - gap);
    /* "Velorian troops invaded/JJ Y": an adjective in "-ed" before an
     * object is a past form as a participle is */
    if (!(kind & PARTICIPLE) && ((past_form(t, words, atoms, classes, i) &&
                                  (adjective_before_object(t, words, classes, n, i) ||
                                   strcmp(t->labels[classes[i]].xpos, "NN") == 0 ||
                                   irregular_past_adjective(t, words, atoms, classes, i))) ||
                                 irregular_past_after_plural(t, words, classes, n, i)))
      kind |= PARTICIPLE;
    if (atoms[i].sure || !(kind & (PARTICIPLE | COMMON_NOUN)) ||
        !(adjacent || after_closed_apposition(t, words, classes, prev_open, i)) ||
        inside_apposition(t, classes, open, i, last_comma) ||
        after_prepositional_object(t, words, classes, from, i))
      continue;
    /* a participle competes as a past-tense verb, and so does a singular
     * noun after a singular name, agreeing with it (not "Ray Beckett
     * shot/VBP"); another noun as any finite verb */
    size_t subj = adjacent ? i - gap : prev_open - 1;
    bool after_name = !(kind & PARTICIPLE) && strcmp(t->labels[classes[i]].xpos, "NN") == 0 &&
                      strcmp(t->labels[classes[subj - 1]].xpos, "NNP") == 0;
    /* after "Rebels of the X Front" a noun is a plural's present tense */
    bool plural_subject =
        after_name && subj == i && plural_of_name(t, words, classes, i, opening);
    uint32_t verb = best_reading_of_kind(
        t, weights, words, atoms, n, i, first,
        (kind & PARTICIPLE) || (after_name && !plural_subject) ? PAST_FINITE : FINITE,
        plural_subject ? "Number=Plur|Person=3|Tense=Pres" : after_name ? "Number=Sing" : NULL,
        scores, classes);
    if (verb == UINT32_MAX)
      continue;
    int64_t margin = scores[classes[i]] - scores[verb];
    bool fits = verb_reading_fits(t, words, atoms, classes, n, from, opening, relative_verb,
                                  reduced_verb, i, subj);
    if (margin < best_margin) {
      best_margin = margin;
      best_at = i;
      best_cls = verb;
      best_fits = fits;
    }
    if (fits && margin < object_margin && past_form(t, words, atoms, classes, i) &&
        nominal_follows(t, classes, n, i)) {
      object_margin = margin;
      object_at = i;
      object_cls = verb;
    }
  }
  /* the closest reading may not be the verb (a noun with no object);
   * then a past form before an object is ("The Tolvian army fired/VBN
   * artillery rounds/NNS at Y": "rounds" was closer) */
  if (best_at != SIZE_MAX && !best_fits) {
    best_at = object_at;
    best_cls = object_cls;
  }
  if (best_at == SIZE_MAX)
    return n;
  classes[best_at] = best_cls;
  greedy_pass(t, weights, words, atoms, n, best_at + 1, first, scores, classes);
  if (t->verb_kind[best_cls] & PAST_FINITE)
    past_conjunct(t, weights, words, atoms, n, best_at, first, scores, classes);
  return best_at;
}

/* Finite forms of the verbs news uses to report a clause without "that". */
static const char *const REPORT_FORMS[] = {"said", "says", "say", "added", "warned",
                                           "believe", "believes", "believed", "thinks",
                                           "thought", "claimed", "claims", "insisted",
                                           "noted", "reported", "confirmed", "admitted"};

/* Prepositions of place and time, which follow an intransitive verb as
 * readily as a participle ("after riots erupted in Y"; a participle's
 * "to" or "by" stays one: "after the operation applied to X"). */
static const char *const PLACE_OR_TIME[] = {"in",      "on",    "at",     "near",   "across",
                                            "outside", "along", "during", "through"};

/* The nominal after word v ends in a participle followed by an object
 * (a determiner, a possessive or a name), by a preposition of place or
 * time or by the clause's end, as an intransitive verb is. */
static bool participle_with_object(const FgTagger *t, const FgWord *words,
                                   const FgTagAtoms *atoms, const uint32_t *classes, size_t n,
                                   size_t v) {
  size_t j = v + 1;
  /* a name's verb that a noun's reading hides ("after Tolvia cut/NN
   * interest rates") ends the nominal too */
  while (j < n && (t->verb_kind[classes[j]] & (NOMINAL | DETERMINER | MODIFIER)) &&
         !(j > v + 1 && strncmp(t->labels[classes[j - 1]].xpos, "NNP", 3) == 0 &&
           strcmp(t->labels[classes[j]].xpos, "NN") == 0 && past_form(t, words, atoms, classes, j)))
    j++;
  if (j + 1 >= n || j == v + 1 || !past_form(t, words, atoms, classes, j))
    return false;
  const char *next = t->labels[classes[j + 1]].xpos;
  bool hidden_verb = strcmp(t->labels[classes[j]].xpos, "NN") == 0;
  return strcmp(next, "DT") == 0 || strcmp(next, "PRP$") == 0 || strncmp(next, "NNP", 3) == 0 ||
         (hidden_verb && strncmp(next, "NN", 2) == 0) ||
         form_in(&words[j + 1], PLACE_OR_TIME, sizeof PLACE_OR_TIME / sizeof *PLACE_OR_TIME) ||
         strcmp(next, ".") == 0 || strcmp(next, ",") == 0;
}

/* Word i opens a clause whose verb may be lost (not the sentence's first
 * word: "After the war ended, ..." is read as a sentence is). */
static bool clause_opener(const FgTagger *t, const FgWord *words, const FgTagAtoms *atoms,
                          const uint32_t *classes, size_t n, size_t i) {
  if (i == 0)
    return false;
  /* not a comparison's "as" ("as many as 300 people killed", "such as"),
   * whose first "as" comes before the adjective; "a record high as X
   * cut/NN output" opens a clause */
  uint8_t before = t->labels[classes[i - 1]].upos;
  if (form_is(&words[i], "as") &&
      (form_is(&words[i - 1], "such") ||
       (i > 1 && form_is(&words[i - 2], "as") &&
        (before == FG_UPOS_ADJ || before == FG_UPOS_ADV || before == FG_UPOS_NUM))))
    return false;
  /* a subject pronoun after it makes it a conjunction ("after it bought Y") */
  return form_in(&words[i], CLAUSE_OPENERS, sizeof CLAUSE_OPENERS / sizeof *CLAUSE_OPENERS) ||
         (form_in(&words[i], CLAUSE_OR_PHRASE,
                  sizeof CLAUSE_OR_PHRASE / sizeof *CLAUSE_OR_PHRASE) &&
          (participle_with_object(t, words, atoms, classes, n, i) ||
           (i + 1 < n && form_in(&words[i + 1], SUBJECT_PRONOUNS,
                                 sizeof SUBJECT_PRONOUNS / sizeof *SUBJECT_PRONOUNS))));
}

/* A nominal opens the words after opener v: a noun, a determiner, or a
 * modifier other than an adverb ("after Tolvian/JJ troops attacked ..."). */
static bool nominal_opens(const FgTagger *t, const uint32_t *classes, size_t n, size_t v) {
  return v + 1 < n && (t->verb_kind[classes[v + 1]] & (NOMINAL | DETERMINER | MODIFIER)) &&
         strcmp(t->labels[classes[v + 1]].xpos, "RB") != 0;
}

/* "Analysts said prices climbed in March": the clause a reporting verb
 * takes without "that" loses its verb to a participle reading as a
 * sentence does (repair_finite_verb), and so does one a conjunction opens
 * ("fell after the company cut/VBN its forecast"): read over the words
 * after the last finite reporting verb, its "that" or opening conjunction
 * (not the sentence's first word) when a nominal opens them, then over
 * those after the one before it. The mended word's index, or n. */
static size_t repair_reported_verb(const FgTagger *t, const FgWeights *weights,
                                   const FgWord *words, const FgTagAtoms *atoms,
                                   size_t n, int64_t *scores, uint32_t *classes) {
  size_t v = n, prev = n;
  for (size_t i = 0; i + 1 < n; i++)
    if (((t->verb_kind[classes[i]] & FINITE) &&
         form_in(&words[i], REPORT_FORMS, sizeof REPORT_FORMS / sizeof *REPORT_FORMS)) ||
        clause_opener(t, words, atoms, classes, n, i) ||
        /* or the complementizer after one ("said on Monday that profits rose/NN.") */
        (v != n && form_is(&words[i], "that") && strcmp(t->labels[classes[i]].xpos, "IN") == 0)) {
      prev = v;
      v = i;
    }
  size_t mended = nominal_opens(t, classes, n, v)
                      ? repair_finite_verb(t, weights, words, atoms, v + 1, n, n, NULL, scores, classes)
                      : n;
  /* then the stretch before it, up to its last word ("said profits
   * rose/RB after it bought Y") */
  if (mended == n && prev != n && v > prev + 2 && nominal_opens(t, classes, n, prev))
    mended = repair_finite_verb(t, weights, words, atoms, prev + 1, v + 1, n, NULL, scores, classes);
  return mended;
}

/* The class tagging "that" as a complementizer (IN, SCONJ), or
 * UINT32_MAX. */
static uint32_t complementizer_class(const FgTagger *t) {
  for (uint32_t c = 0; c < t->nclasses; c++)
    if (strcmp(t->labels[c].xpos, "IN") == 0 && t->labels[c].upos == FG_UPOS_SCONJ)
      return c;
  return UINT32_MAX;
}

/* "Warring/VBG factions signed a truce", "Ruling/VBG party leader X
 * resigned": a capitalised word in "-ing" opening the sentence before a
 * noun phrase with no determiner and a past or plural present verb is
 * that noun phrase's adjective; a gerund subject takes a singular verb
 * ("Using computers helps", "Ending inflation means"), which is left. */
static void repair_opening_ing_adjective(const FgTagger *t, const FgWeights *weights,
                                         const FgWord *words, const FgTagAtoms *atoms,
                                         size_t n, int64_t *scores, uint32_t *classes) {
  const FgWord *w = &words[0];
  const char *x = t->labels[classes[0]].xpos;
  if (n < 4 || atoms[0].sure || w->form_len < 6 || w->form[0] < 'A' || w->form[0] > 'Z' ||
      memcmp(w->form + w->form_len - 3, "ing", 3) != 0 ||
      !(strcmp(x, "VBG") == 0 || strcmp(x, "NNP") == 0))
    return;
  /* a verb's stem before "-ing" has a vowel ("Spring", "Thing" have none) */
  bool vowel = false;
  for (size_t k = 0; k + 3 < w->form_len && !vowel; k++)
    vowel = strchr("aeiouyAEIOUY", w->form[k]) != NULL;
  if (!vowel)
    return;
  size_t j = 1;
  while (j < n && (t->verb_kind[classes[j]] & (NOMINAL | MODIFIER)) &&
         strcmp(t->labels[classes[j]].xpos, "RB") != 0 &&
         strcmp(t->labels[classes[j]].xpos, "PRP") != 0 &&
         strcmp(t->labels[classes[j]].xpos, "PRP$") != 0)
    j++;
  const char *verb = j < n ? t->labels[classes[j]].xpos : "";
  if (j < 2 || j >= n || !(t->verb_kind[classes[j - 1]] & NOMINAL) ||
      !(strcmp(verb, "VBD") == 0 || strcmp(verb, "VBP") == 0))
    return;
  reread(t, weights, words, atoms, n, 0, NULL, ADJECTIVE, NULL, scores, classes);
}

/* Verbs that take a listener and a clause ("told the council that ..."). */
static const char *const TELL_FORMS[] = {"told",     "tell",      "tells",    "informed", "assured",
                                         "reminded", "convinced", "persuaded", "warned"};

/* "The ministry said on Friday that/WDT talks/VBZ would resume": "that"
 * read as a relative pronoun after the words that follow a reporting or
 * telling verb (a time phrase, "in a statement", the listener: "told the
 * council that X had attacked Y"; nominals, modifiers and prepositions, at
 * most four words) opens the reported clause when a subject follows it or
 * a time word comes before it ("told the man that/WDT lives there" keeps
 * its relative clause): it becomes the complementizer and the words after
 * it are tagged again. */
static void repair_reported_that(const FgTagger *t, const FgWeights *weights,
                                 const FgWord *words, const FgTagAtoms *atoms, size_t n,
                                 int64_t *scores, uint32_t *classes) {
  for (size_t i = 2; i + 1 < n; i++) {
    if (!form_is(&words[i], "that") || strcmp(t->labels[classes[i]].xpos, "WDT") != 0)
      continue;
    size_t v = i;
    while (v > 0 && v + 5 > i &&
           ((t->verb_kind[classes[v - 1]] & (NOMINAL | DETERMINER | MODIFIER)) ||
            strcmp(t->labels[classes[v - 1]].xpos, "IN") == 0))
      v--;
    if (v == 0 || v == i || !(t->verb_kind[classes[v - 1]] & FINITE))
      continue;
    bool reports = form_in(&words[v - 1], REPORT_FORMS, sizeof REPORT_FORMS / sizeof *REPORT_FORMS) ||
                   form_in(&words[v - 1], TELL_FORMS, sizeof TELL_FORMS / sizeof *TELL_FORMS);
    bool subject_follows = (t->verb_kind[classes[i + 1]] & (NOMINAL | DETERMINER)) != 0;
    if (!reports ||
        !(subject_follows || form_in(&words[i - 1], TIME_WORDS, sizeof TIME_WORDS / sizeof *TIME_WORDS)))
      continue;
    uint32_t c = complementizer_class(t);
    if (c == UINT32_MAX)
      return;
    classes[i] = c;
    greedy_pass(t, weights, words, atoms, n, i + 1, NULL, scores, classes);
    return;
  }
}

/* "Officials said that talks/VBZ had stalled": a verb in "-s" right
 * before an auxiliary or a modal, with no nominal before it to be its
 * subject, is a plural noun, the auxiliary's subject (the treebanks have
 * no such verb but "that is is"). */
static void repair_plural_before_auxiliary(const FgTagger *t, const FgWeights *weights,
                                           const FgWord *words, const FgTagAtoms *atoms,
                                           size_t n, int64_t *scores, uint32_t *classes) {
  size_t rereads = 0;
  for (size_t i = 1; i + 1 < n && rereads < MAX_REREADS; i++) {
    const FgTagLabel *w = &t->labels[classes[i]], *next = &t->labels[classes[i + 1]];
    if (strcmp(w->xpos, "VBZ") != 0 || w->upos != FG_UPOS_VERB || atoms[i].sure ||
        words[i].form_len < 3 || words[i].form[words[i].form_len - 1] != 's' ||
        !(strcmp(next->xpos, "MD") == 0 ||
          (next->upos == FG_UPOS_AUX && (t->verb_kind[classes[i + 1]] & FINITE))) ||
        (t->verb_kind[classes[i - 1]] & NOMINAL) ||
        strncmp(t->labels[classes[i - 1]].xpos, "W", 1) == 0 ||
        strcmp(t->labels[classes[i - 1]].xpos, "EX") == 0)
      continue;
    reread(t, weights, words, atoms, n, i, NULL, COMMON_NOUN, "Number=Plur", scores, classes);
    rereads++;
  }
}

/* "after a run of six defeats/VBZ.": a verb in "-s" right after a number
 * (not a year's four digits) that a preposition takes, before a
 * preposition, a conjunction or punctuation, is a plural noun. */
static void repair_plural_after_number(const FgTagger *t, const FgWeights *weights,
                                       const FgWord *words, const FgTagAtoms *atoms, size_t n,
                                       int64_t *scores, uint32_t *classes) {
  size_t rereads = 0;
  for (size_t i = 2; i < n && rereads < MAX_REREADS; i++) {
    const FgTagLabel *w = &t->labels[classes[i]];
    static const char *const ENDS[] = {".", ",", ":", "IN", "CC", "TO"};
    if (strcmp(w->xpos, "VBZ") != 0 || w->upos != FG_UPOS_VERB || atoms[i].sure ||
        words[i].form_len < 3 || words[i].form[words[i].form_len - 1] != 's' ||
        strcmp(t->labels[classes[i - 1]].xpos, "CD") != 0 || words[i - 1].form_len == 4 ||
        !(t->verb_kind[classes[i - 2]] & PREPOSITION) ||
        (i + 1 < n && !XPOS_IN(t->labels[classes[i + 1]].xpos, ENDS)))
      continue;
    reread(t, weights, words, atoms, n, i, NULL, COMMON_NOUN, "Number=Plur", scores, classes);
    rereads++;
  }
}

/* "The talks collapsed/VBN hours before X met Y.": the verb of a clause
 * that a conjunction opens keeps the sentence from reading as verbless,
 * so the words before that conjunction (not the sentence's first word),
 * when they hold no finite verb and a nominal opens them, are read as a
 * sentence is (repair_finite_verb), provided the clause's verb is the
 * sentence's last finite verb. The mended word's index, or n. */
static size_t repair_main_before_clause(const FgTagger *t, const FgWeights *weights,
                                        const FgWord *words, const FgTagAtoms *atoms,
                                        size_t n, int64_t *scores, uint32_t *classes) {
  if (n < 6 || !form_is(&words[n - 1], ".") ||
      !(t->verb_kind[classes[0]] & (NOMINAL | DETERMINER | MODIFIER)))
    return n;
  for (size_t c = 3; c + 2 < n; c++) {
    if (t->verb_kind[classes[c - 1]] & FINITE)
      return n;
    if (!form_in(&words[c], CLAUSE_OPENERS, sizeof CLAUSE_OPENERS / sizeof *CLAUSE_OPENERS) &&
        !form_in(&words[c], CLAUSE_OR_PHRASE, sizeof CLAUSE_OR_PHRASE / sizeof *CLAUSE_OR_PHRASE))
      continue;
    /* the clause after it has a subject and a finite verb of its own */
    size_t v = c + 1;
    while (v < n && (t->verb_kind[classes[v]] & (NOMINAL | DETERMINER | MODIFIER)))
      v++;
    /* past a relative clause on that subject ("before X, who heads Y, met Z") */
    size_t close =
        v > c + 1 && v + 1 < n ? subject_relative_clause(t, words, classes, v, v + 1, n) : 0;
    if (close)
      v = close + 1;
    if (v == c + 1 || v >= n || !(t->verb_kind[classes[v]] & FINITE))
      return n;
    /* and it is the last: a later finite verb may be the main one ("The
     * rules announced when X spoke were strict") */
    for (size_t k = v + 1; k < n; k++)
      if (t->verb_kind[classes[k]] & FINITE)
        return n;
    return repair_finite_verb(t, weights, words, atoms, 0, c, n, NULL, scores, classes);
  }
  return n;
}

/* "Troops from X crossed/VBN into Y early on Monday, the ministry said.":
 * the attribution's verb keeps a sentence from reading as verbless, so
 * the clause before its comma is read as a sentence is
 * (repair_finite_verb). The attribution is a comma, a nominal (the
 * speaker: determiners, modifiers, possessives, nouns, names), a finite verb of
 * REPORT_FORMS or "told" (no reporting verb of a clause after it: "told
 * him to go"), then no other finite verb up to the full stop (not
 * the verb first: in "..., her spokesman, X, said." the comma before
 * "said" closes an apposition). The mended word's index, or n. */
static size_t repair_attributed_clause(const FgTagger *t, const FgWeights *weights,
                                       const FgWord *words, const FgTagAtoms *atoms,
                                       size_t n, int64_t *scores, uint32_t *classes) {
  if (n < 6 || !form_is(&words[n - 1], "."))
    return n;
  size_t c = n - 1;
  while (c > 0 && !is_comma(&words[c]))
    c--;
  if (c < 3)
    return n;
  size_t v = c + 1;
  while (v < n && ((t->verb_kind[classes[v]] & (NOMINAL | DETERMINER | MODIFIER)) ||
                   strcmp(t->labels[classes[v]].xpos, "POS") == 0))
    v++;
  if (v == c + 1 || v >= n - 1 || !(t->verb_kind[classes[v]] & FINITE) ||
      !(form_in(&words[v], REPORT_FORMS, sizeof REPORT_FORMS / sizeof *REPORT_FORMS) ||
        form_is(&words[v], "told")))
    return n;
  for (size_t k = v + 1; k < n; k++)
    if (t->verb_kind[classes[k]] & FINITE)
      return n;
  return repair_finite_verb(t, weights, words, atoms, 0, c, n, NULL, scores, classes);
}

/* "X, whose owner lives/NNS in Oslo, was sold": the clause "whose" opens
 * needs a verb, which greedy tags read as the last noun of the run after
 * it ("owner lives" as a compound). When the stretch from "whose" to the
 * next comma (or the end) has no finite verb, and the run of nouns and
 * modifiers after "whose" ends in a common noun that is not its first
 * word, that noun (or, before it, a plural with an object after it)
 * becomes its best finite reading and the words after it are tagged
 * again. Each such clause is read (up to MAX_REREADS); the
 * last mended word's index, or n. */
static size_t repair_whose_verb(const FgTagger *t, const FgWeights *weights,
                                const FgWord *words, const FgTagAtoms *atoms, size_t n,
                                int64_t *scores, uint32_t *classes) {
  size_t mended = n, rereads = 0;
  for (size_t i = 1; i + 3 < n && rereads < MAX_REREADS; i++) {
    if (!form_is(&words[i], "whose"))
      continue;
    size_t end = i + 1;
    while (end < n && !is_comma(&words[end]))
      end++;
    size_t run = i + 1;
    while (run < end && (t->verb_kind[classes[run]] & (NOMINAL | MODIFIER | DETERMINER)))
      run++;
    bool finite = false;
    for (size_t k = i + 1; k < end; k++)
      finite = finite || (t->verb_kind[classes[k]] & FINITE);
    if (finite)
      continue;
    /* a participle right after the run is its verb, and an adjective
     * ending the run its noun ("whose chief executive/JJ resigned/VBN") */
    if (run < end && run > i + 1 && !atoms[run].sure &&
        (t->verb_kind[classes[run]] & PARTICIPLE)) {
      rereads++;
      if (strcmp(t->labels[classes[run - 1]].xpos, "JJ") == 0 && !atoms[run - 1].sure)
        reread(t, weights, words, atoms, n, run - 1, NULL, COMMON_NOUN, "Number=Sing", scores,
               classes);
      if (reread(t, weights, words, atoms, n, run, NULL, PAST_FINITE, NULL, scores, classes))
        mended = run;
      continue;
    }
    /* a plural inside the run with an object after it is the verb: "whose
     * wife X heads/NNS Orsk Bank", "whose company owns/NNS a bank" */
    static const char *const OBJECT_TAGS[] = {"DT", "PRP$", "NNP", "NNPS", "CD"};
    size_t last = run - 1;
    for (size_t k = i + 2; k + 1 < run; k++)
      if (strcmp(t->labels[classes[k]].xpos, "NNS") == 0 && !atoms[k].sure &&
          XPOS_IN(t->labels[classes[k + 1]].xpos, OBJECT_TAGS)) {
        last = k;
        break;
      }
    if (last <= i + 1 || !(t->verb_kind[classes[last]] & COMMON_NOUN) || atoms[last].sure)
      continue;
    rereads++;
    if (!reread(t, weights, words, atoms, n, last, NULL, FINITE, NULL, scores, classes))
      continue;
    mended = last;
  }
  return mended;
}


/* "Velmar, which borders/NNS Kestria, signed ...": a common noun right
 * after "which" or "who" and before an object (a determiner, a
 * possessive, a name, a number) is the relative clause's verb (a noun
 * there would need "which" as a determiner, as after a preposition: "at
 * which point").
 * The first such noun becomes its best finite reading and the words after
 * it are tagged again; its index, or n. */
static size_t repair_relative_verb(const FgTagger *t, const FgWeights *weights,
                                   const FgWord *words, const FgTagAtoms *atoms, size_t n,
                                   int64_t *scores, uint32_t *classes) {
  static const char *const OBJECT_TAGS[] = {"DT", "PRP$", "NNP", "NNPS", "CD"};
  for (size_t i = 1; i + 2 < n; i++) {
    if (!(t->verb_kind[classes[i]] & COMMON_NOUN) || atoms[i].sure ||
        !(form_is(&words[i - 1], "which") || form_is(&words[i - 1], "who")) ||
        (i >= 2 && (t->verb_kind[classes[i - 2]] & PREPOSITION)))
      continue;
    /* one per sentence: each reread tags the rest again */
    if (XPOS_IN(t->labels[classes[i + 1]].xpos, OBJECT_TAGS) &&
        reread(t, weights, words, atoms, n, i, NULL, FINITE, NULL, scores, classes))
      return i;
  }
  return n;
}

/* Word i comes right after a stretch set off by commas after a name that
 * stands alone ("X, a drifter from Y, shot and killed Z"). */
static bool after_name_apposition(const FgTagger *t, const FgWord *words,
                                  const uint32_t *classes, size_t i) {
  if (i < 4 || !is_comma(&words[i - 1]))
    return false;
  size_t c = i - 2;
  while (c > 0 && !is_comma(&words[c]))
    c--;
  return c > 0 && after_closed_apposition(t, words, classes, c + 1, i) &&
         after_bare_name(t, words, classes, c);
}

/* "X shot and killed Y": a singular noun right after a name that stands
 * alone and coordinated with a verb that takes an object is that verb's
 * conjunct (also after the name's apposition), which greedy tags read as
 * a noun when the name is new (a noun there would want a determiner: "a
 * Google search and found it"). Both
 * conjuncts (the second when read as a past form) are retagged as their
 * best past-tense readings agreeing with the name, and the words after
 * them are tagged again. The first conjunct's index, or n. */
static size_t repair_coordinated_verb(const FgTagger *t, const FgWeights *weights,
                                      const FgWord *words, const FgTagAtoms *atoms,
                                      size_t n, int64_t *scores, uint32_t *classes) {
  for (size_t i = 1; i + 3 < n; i++) {
    const FgWord *cc = &words[i + 1];
    /* the conjunction first: the cheapest test, and the rarest */
    if (!(form_is(cc, "and") || form_is(cc, "or")) || atoms[i].sure ||
        strcmp(t->labels[classes[i]].xpos, "NN") != 0 ||
        !(past_form(t, words, atoms, classes, i + 2) ||
          (t->verb_kind[classes[i + 2]] & PAST_FINITE)) ||
        !(t->verb_kind[classes[i + 3]] & (NOMINAL | DETERMINER | MODIFIER)) ||
        !(after_bare_name(t, words, classes, i) ||
          after_name_apposition(t, words, classes, i)))
      continue;
    const char *number =
        strcmp(t->labels[classes[i - 1]].xpos, "NNPS") == 0 ? "Number=Plur" : "Number=Sing";
    uint32_t verb =
        best_reading_of_kind(t, weights, words, atoms, n, i, NULL, PAST_FINITE, number, scores, classes);
    if (verb == UINT32_MAX)
      return n;
    classes[i] = verb;
    size_t from = i + 1;
    if (!atoms[i + 2].sure && past_form(t, words, atoms, classes, i + 2)) {
      uint32_t second = best_reading_of_kind(t, weights, words, atoms, n, i + 2, NULL, PAST_FINITE,
                                          number, scores, classes);
      if (second != UINT32_MAX) {
        classes[i + 2] = second;
        from = i + 3;
      }
    }
    greedy_pass(t, weights, words, atoms, n, from, NULL, scores, classes);
    return i;
  }
  return n;
}

/* Adjective i heads a title after a name and a comma, a determiner or
 * another modifier between ("X, chief executive of Y", "X, the executive
 * of Y"; not a bare adjective or one after an adverb: "X, critical of Y",
 * "X, long wary of Y"). */
static bool title_after_name(const FgTagger *t, const FgWord *words, const uint32_t *classes,
                             size_t i) {
  size_t j = i;
  while (j > 0 && (t->verb_kind[classes[j - 1]] & (DETERMINER | MODIFIER | NOMINAL)) &&
         !is_comma(&words[j - 1]))
    j--;
  return j < i && j >= 2 && is_comma(&words[j - 1]) &&
         strncmp(t->labels[classes[j - 2]].xpos, "NNP", 3) == 0 &&
         strcmp(t->labels[classes[j]].xpos, "RB") != 0;
}

/* Adjective i heads a title a verb or "as" takes before "of", another
 * adjective right before it and only determiners or adjectives back to
 * the verb ("was appointed chief executive of Y", "became interim chief
 * executive of Y"; not "is aware of", "is the only one capable of", and
 * not before "at": "was a little shaky at first"). */
static bool title_after_verb(const FgTagger *t, const FgWord *words, const uint32_t *classes,
                             size_t i) {
  if (strcmp(t->labels[classes[i - 1]].xpos, "JJ") != 0 || !form_is(&words[i + 1], "of"))
    return false;
  size_t j = i - 1;
  while (j > 0 && (strcmp(t->labels[classes[j - 1]].xpos, "JJ") == 0 ||
                   (t->verb_kind[classes[j - 1]] & DETERMINER) ||
                   strcmp(t->labels[classes[j - 1]].xpos, "PRP$") == 0))
    j--;
  if (j == 0)
    return false;
  uint8_t upos = t->labels[classes[j - 1]].upos;
  const FgWord *w = &words[j - 1];
  return upos == FG_UPOS_VERB || upos == FG_UPOS_AUX || form_is(w, "as");
}

/* Adjective i ends a determiner's or a possessor's phrase, with a noun or
 * an adjective right before it, before a name or a comma and a name: a
 * title in apposition ("its former chief executive, X,"; "the chief
 * executive, X,"). Without the comma only after "chief" ("the company's
 * chief executive X told reporters"): "the southern/JJ Ohio" stays. */
static bool title_before_name(const FgTagger *t, const FgWord *words, const uint32_t *classes,
                              size_t n, size_t i) {
  bool comma = i + 1 < n && is_comma(&words[i + 1]);
  size_t name = comma ? i + 2 : i + 1;
  if (name >= n || strncmp(t->labels[classes[name]].xpos, "NNP", 3) != 0 ||
      (!comma && !form_is(&words[i - 1], "chief")))
    return false;
  size_t j = i;
  while (j > 0 && (strcmp(t->labels[classes[j - 1]].xpos, "JJ") == 0 ||
                   strcmp(t->labels[classes[j - 1]].xpos, "NN") == 0))
    j--;
  return j < i && j > 0 && ((t->verb_kind[classes[j - 1]] & DETERMINER) ||
                   strcmp(t->labels[classes[j - 1]].xpos, "PRP$") == 0 ||
                   strcmp(t->labels[classes[j - 1]].xpos, "POS") == 0);
}

/* Word w is a capital letter and lower-case letters only ("Gunmen", not
 * "i.e." or "UN"). */
static bool capitalized_word(const FgWord *w) {
  if (w->form_len < 2 || w->form[0] < 'A' || w->form[0] > 'Z')
    return false;
  for (uint32_t k = 1; k < w->form_len; k++)
    if (w->form[k] < 'a' || w->form[k] > 'z')
      return false;
  return true;
}

/* Word w starts with a lower-case letter ("chemicals", not "Swiss"). */
static bool lower_case_word(const FgWord *w) {
  return w->form_len > 0 && w->form[0] >= 'a' && w->form[0] <= 'z';
}

/* Adjective i right after "chief" with no common noun or adjective after it
 * ends the title ("that chief executive X would retire", "became chief
 * executive in 2015"; a name the tagger took for a noun counts as a name);
 * "chief executive officer" keeps its adjective. */
static bool title_after_chief(const FgTagger *t, const FgWord *words, const uint32_t *classes,
                              size_t n, size_t i) {
  if (i == 0 || (!form_is(&words[i - 1], "chief") && !form_is(&words[i - 1], "Chief")))
    return false;
  if (i + 1 >= n)
    return true;
  const char *next = t->labels[classes[i + 1]].xpos;
  return capitalized_word(&words[i + 1]) ||
         (strcmp(next, "NN") != 0 && strcmp(next, "NNS") != 0 && strcmp(next, "JJ") != 0);
}

/* The treebanks have "executive" mostly as an adjective ("executive
 * director"), so greedy tags read "chief executive of" as two adjectives
 * and the parser then loses the title ("X, chief executive of Y" a clause
 * of the verb after it, "was appointed chief executive of Y" with Y the
 * complement). An adjective right before "of" or "at" that heads a title
 * (above), or that ends a title before a name in apposition, is read again
 * as its best singular common noun, and the words after it are tagged
 * again. */
static void repair_title_noun(const FgTagger *t, const FgWeights *weights,
                              const FgWord *words, const FgTagAtoms *atoms, size_t n,
                              int64_t *scores, uint32_t *classes) {
  size_t rereads = 0;
  /* an opening "Chief" before a lower-case word is the title's adjective
   * ("Chief/DT operating officer X", "Chief/NN executive X said") */
  if (n > 2 && form_is(&words[0], "Chief") && !atoms[0].sure &&
      lower_case_word(&words[1]) &&
      strcmp(t->labels[classes[0]].xpos, "JJ") != 0 &&
      reread(t, weights, words, atoms, n, 0, NULL, ADJECTIVE, NULL, scores, classes))
    rereads++;
  for (size_t i = 1; i + 2 < n && rereads < MAX_REREADS; i++) {
    bool before_of = form_is(&words[i + 1], "of") || form_is(&words[i + 1], "at");
    if (atoms[i].sure || strcmp(t->labels[classes[i]].xpos, "JJ") != 0 ||
        !((before_of && i >= 3 &&
           (title_after_name(t, words, classes, i) || title_after_verb(t, words, classes, i))) ||
          (i >= 2 && title_before_name(t, words, classes, n, i)) ||
          title_after_chief(t, words, classes, n, i)))
      continue;
    reread(t, weights, words, atoms, n, i, NULL, COMMON_NOUN, "Number=Sing", scores, classes);
    rereads++;
  }
}

/* "the German chemicals giant/JJ, X,", "a former X Bank executive/JJ,":
 * an adjective right after a plural or a name that a determiner (and
 * adjectives or names) open, before a comma, a name or a finite verb, is
 * the phrase's head noun and the plural or name its modifier
 * (an object's complement, "keep your pants zipped,", has no determiner);
 * true when it read one again. */
static bool repair_adjective_as_head_noun(const FgTagger *t, const FgWeights *weights,
                                     const FgWord *words, const FgTagAtoms *atoms, size_t n,
                                     int64_t *scores, uint32_t *classes) {
  static const char *const ENDS[] = {",", "NNP", "VBD", "VBZ", "VBP", "MD"};
  static const char *const MODIFIERS[] = {"NNS", "NNP", "NNPS"};
  static const char *const OPENED[] = {"JJ", "NNP", "NNPS"};
  for (size_t i = 2; i + 1 < n; i++) {
    /* (an unseen word may be a past the lost-verb repair reads: "X
     * forces overran/JJ Y") */
    if (atoms[i].sure || fg_tag_atoms_unseen(&atoms[i]) ||
        strcmp(t->labels[classes[i]].xpos, "JJ") != 0 ||
        !XPOS_IN(t->labels[classes[i - 1]].xpos, MODIFIERS) ||
        !XPOS_IN(t->labels[classes[i + 1]].xpos, ENDS))
      continue;
    size_t j = i - 1;
    while (j > 0 && XPOS_IN(t->labels[classes[j - 1]].xpos, OPENED))
      j--;
    /* or an adjective opening the sentence, before a name ("Swiss
     * commodities giant/JJ X said"), or a capitalized word read as a name
     * before a lower-case plural ("Swiss/NNP chemicals giant/JJ X said") */
    bool opening = j == 0 && strncmp(t->labels[classes[i + 1]].xpos, "NNP", 3) == 0 &&
                   (strcmp(t->labels[classes[0]].xpos, "JJ") == 0 ||
                    (i == 2 && capitalized_word(&words[0]) &&
                     strcmp(t->labels[classes[1]].xpos, "NNS") == 0 &&
                     lower_case_word(&words[1])));
    if (!opening && (j == 0 || strcmp(t->labels[classes[j - 1]].xpos, "DT") != 0))
      continue;
    /* after a name, only in a phrase that opens the sentence or follows a
     * comma ("hold this President accountable/JJ," is a complement), and
     * not before another name ("The X Summit last/JJ June") */
    if (strcmp(t->labels[classes[i - 1]].xpos, "NNS") != 0 &&
        ((j >= 2 && !is_comma(&words[j - 2])) ||
         strncmp(t->labels[classes[i + 1]].xpos, "NNP", 3) == 0))
      continue;
    return reread(t, weights, words, atoms, n, i, NULL, COMMON_NOUN, "Number=Sing", scores,
                  classes);
  }
  return false;
}

/* Adverbs that date a role in an apposition ("X, formerly of Y,"). */
static const char *const ROLE_TIME_ADVERBS[] = {"formerly", "previously", "currently",
                                                "originally", "recently", "latterly"};

/* "X, formerly/NN of Y,": such an adverb read as another class right
 * after a comma, before a preposition, is its adverb. */
static void repair_role_time_adverb(const FgTagger *t, const FgWeights *weights,
                                    const FgWord *words, const FgTagAtoms *atoms, size_t n,
                                    int64_t *scores, uint32_t *classes) {
  for (size_t i = 1; i + 1 < n; i++)
    if (is_comma(&words[i - 1]) && !(t->verb_kind[classes[i]] & ADVERB) &&
        (t->verb_kind[classes[i + 1]] & PREPOSITION) &&
        form_in(&words[i], ROLE_TIME_ADVERBS, sizeof ROLE_TIME_ADVERBS / sizeof *ROLE_TIME_ADVERBS)) {
      reread(t, weights, words, atoms, n, i, NULL, ADVERB, NULL, scores, classes);
      return;
    }
}

/* "Troops retook/VBP Y", "troops overran/IN the town": a word the model
 * never saw that ends as only an irregular past does, read as another
 * verb form or a closed class, is that past (as a noun or an adjective
 * the lost-verb repair reads it in context). */
static void repair_unseen_past(const FgTagger *t, const FgWeights *weights, const FgWord *words,
                               const FgTagAtoms *atoms, size_t n, int64_t *scores,
                               uint32_t *classes) {
  size_t rereads = 0;
  for (size_t i = 1; i < n && rereads < MAX_REREADS; i++) {
    static const char *const KEPT[] = {"VBD", "VBN", "NN", "NNS", "NNP", "NNPS", "JJ"};
    if (XPOS_IN(t->labels[classes[i]].xpos, KEPT) || !unseen_past(words, atoms, i))
      continue;
    reread(t, weights, words, atoms, n, i, NULL, PAST_FINITE, NULL, scores, classes);
    rereads++;
  }
}

/* Company legal forms, written as firms write them. */
static const char *const LEGAL_FORMS[] = {"AG",  "SE",  "AB",  "ASA", "SA",  "NV",   "BV",
                                          "SpA", "plc", "PLC", "LLC", "LLP", "GmbH", "KG",
                                          "Oyj", "Ltd", "Inc", "Corp"};

/* "Kessler AG/NN": a legal form right after a proper noun ends the
 * firm's name and is a proper noun, as nearly every one in EWT and GUM
 * train is. */
static void repair_legal_form(const FgTagger *t, const FgWeights *weights, const FgWord *words,
                              const FgTagAtoms *atoms, size_t n, int64_t *scores,
                              uint32_t *classes) {
  size_t rereads = 0;
  for (size_t i = 1; i < n && rereads < MAX_REREADS; i++) {
    if ((t->verb_kind[classes[i]] & PROPER_NOUN) ||
        strncmp(t->labels[classes[i - 1]].xpos, "NNP", 3) != 0 ||
        !form_in(&words[i], LEGAL_FORMS, sizeof LEGAL_FORMS / sizeof *LEGAL_FORMS))
      continue;
    reread(t, weights, words, atoms, n, i, NULL, PROPER_NOUN, "Number=Sing", scores, classes);
    rereads++;
  }
}

/* "Prof./LS Helga Brandt": an abbreviated title before a capitalised
 * word is a proper noun, as every one in EWT and GUM train is. */
static void repair_title_abbreviation(const FgTagger *t, const FgWeights *weights,
                                      const FgWord *words, const FgTagAtoms *atoms, size_t n,
                                      int64_t *scores, uint32_t *classes) {
  size_t rereads = 0;
  for (size_t i = 0; i + 1 < n && rereads < MAX_REREADS; i++) {
    const FgWord *w = &words[i];
    char norm[8];
    if (w->form_len < 3 || w->form_len > sizeof norm || w->form[w->form_len - 1] != '.' ||
        w->form[0] < 'A' || w->form[0] > 'Z' || words[i + 1].form[0] < 'A' ||
        words[i + 1].form[0] > 'Z' || (t->verb_kind[classes[i]] & (PROPER_NOUN | COMMON_NOUN)))
      continue;
    for (uint32_t k = 0; k + 1 < w->form_len; k++)
      norm[k] = (char)(w->form[k] | 0x20);
    norm[w->form_len - 1] = '\0';
    if (!fg_text_is_title_abbreviation(norm))
      continue;
    reread(t, weights, words, atoms, n, i, NULL, PROPER_NOUN, "Number=Sing", scores, classes);
    rereads++;
  }
}

/* "Gunmen", "Policemen": a capitalized plural in "-men" whose first part
 * the dictionary knows in lower case ("gun", "police"), and no listed
 * name ("Carmen"); the treebanks have too few such plurals to tag them. */
static bool plural_in_men(const FgTagger *t, const FgWord *w) {
  char stem[32];
  if (!capitalized_word(w) || w->form_len < 6 || w->form_len - 3 >= sizeof stem ||
      memcmp(w->form + w->form_len - 3, "men", 3) != 0 || !t->dict ||
      fg_ner_names_kinds(t->listed, w->form, w->form_len))
    return false;
  size_t len = w->form_len - 3;
  memcpy(stem, w->form, len);
  stem[0] = (char)(stem[0] - 'A' + 'a');
  return fg_tag_dict_find(t->dict, fg_tag_word_key(stem, len, t->seed));
}

/* The first word as its best common noun, its verb kept finite ("Gunmen
 * abducted/VBN X" is no reduced relative when the name reading had the
 * verb finite); first is the first pass's classes in the second. */
static void read_plural_subject(const FgTagger *t, const FgWeights *weights,
                                const FgWord *words, const FgTagAtoms *atoms, size_t n,
                                const uint32_t *first, int64_t *scores, uint32_t *classes) {
  uint32_t was1 = classes[1];
  if (reread(t, weights, words, atoms, n, 0, first, COMMON_NOUN, NULL, scores, classes) &&
      (t->verb_kind[was1] & FINITE) && !(t->verb_kind[classes[1]] & FINITE)) {
    classes[1] = was1;
    greedy_pass(t, weights, words, atoms, n, 2, first, scores, classes);
  }
}

/* A sentence's first word read as a base-form verb before a past tense
 * ("Police searched a flat" as an order), as a foreign word ("Gunmen
 * shot dead X") or as a name while it is a plural in "-men" is the
 * subject: its best common noun, kept when the word after it, tagged
 * again, is then a finite verb. */
static void repair_initial_subject(const FgTagger *t, const FgWeights *weights,
                                   const FgWord *words, const FgTagAtoms *atoms, size_t n,
                                   int64_t *scores, uint32_t *classes) {
  if (n < 3 || atoms[0].sure)
    return;
  const char *x = t->labels[classes[0]].xpos;
  if (strncmp(x, "NNP", 3) == 0 && plural_in_men(t, &words[0])) {
    read_plural_subject(t, weights, words, atoms, n, NULL, scores, classes);
    return;
  }
  bool foreign = strcmp(x, "FW") == 0 && capitalized_word(&words[0]);
  /* "Floods/VBZ swept/NN through X": a present tense first, before a
   * word that is a past tense once the first is a noun */
  bool present = strcmp(x, "VBZ") == 0 && capitalized_word(&words[0]);
  if (!foreign && !present &&
      !((strcmp(x, "VB") == 0 || strcmp(x, "VBP") == 0) &&
        (t->verb_kind[classes[1]] & PAST_FINITE)))
    return;
  uint32_t was0 = classes[0], was1 = classes[1];
  if (reread(t, weights, words, atoms, n, 0, NULL, COMMON_NOUN, NULL, scores, classes) &&
      !(t->verb_kind[classes[1]] & (present ? PAST_FINITE : FINITE))) {
    classes[0] = was0;
    classes[1] = was1;
    greedy_pass(t, weights, words, atoms, n, 2, NULL, scores, classes);
  }
}

static const char *const NOUN_OR_ADJECTIVE[] = {"NN", "JJ"};

/* "Dutch brewing/VBG giant X said": a word in "-ing" after the opening
 * word, before a lower-case singular noun and a name, is the noun's
 * modifier, its best singular noun (as "mining company" is in the
 * treebanks). */
static void repair_ing_modifier_before_name(const FgTagger *t, const FgWeights *weights,
                                            const FgWord *words, const FgTagAtoms *atoms,
                                            size_t n, int64_t *scores, uint32_t *classes) {
  const FgWord *w = &words[1];
  if (n < 5 || !capitalized_word(&words[0]) || atoms[1].sure ||
      strcmp(t->labels[classes[1]].xpos, "VBG") != 0 || w->form_len < 6 ||
      memcmp(w->form + w->form_len - 3, "ing", 3) != 0 || !lower_case_word(w) ||
      !XPOS_IN(t->labels[classes[2]].xpos, NOUN_OR_ADJECTIVE) || !lower_case_word(&words[2]) || strcmp(t->labels[classes[3]].xpos, "NNP") != 0)
    return;
  reread(t, weights, words, atoms, n, 1, NULL, COMMON_NOUN, "Number=Sing", scores, classes);
  /* the head noun may have been read as an adjective ("giant/JJ") */
  if (strcmp(t->labels[classes[2]].xpos, "JJ") == 0 && !atoms[2].sure)
    reread(t, weights, words, atoms, n, 2, NULL, COMMON_NOUN, "Number=Sing", scores, classes);
}

/* "X, the Swiss/NNP commodities/VBZ trader, said", "The Swiss
 * commodities/VBZ giant Y said": a lower-case word in "-s" read as a
 * present tense between a determiner's capitalized word and a lower-case
 * singular noun (or an adjective: "giant/JJ"), in a phrase that opens the sentence or follows a comma
 * and ends at a comma or a name, is the noun's plural modifier; true
 * when it read one again. */
static bool repair_plural_modifier_after_determiner(const FgTagger *t, const FgWeights *weights,
                                                    const FgWord *words, const FgTagAtoms *atoms,
                                                    size_t n, int64_t *scores,
                                                    uint32_t *classes) {
  for (size_t i = 2; i + 2 < n; i++) {
    const FgWord *w = &words[i];
    if (strcmp(t->labels[classes[i]].xpos, "VBZ") != 0 || atoms[i].sure || !lower_case_word(w) || w->form[w->form_len - 1] != 's' ||
        strcmp(t->labels[classes[i - 2]].xpos, "DT") != 0 || (i > 2 && !is_comma(&words[i - 3])) ||
        !capitalized_word(&words[i - 1]) ||
        !XPOS_IN(t->labels[classes[i + 1]].xpos, NOUN_OR_ADJECTIVE) ||
        !lower_case_word(&words[i + 1]) ||
        !(is_comma(&words[i + 2]) || strncmp(t->labels[classes[i + 2]].xpos, "NNP", 3) == 0))
      continue;
    return reread(t, weights, words, atoms, n, i, NULL, COMMON_NOUN, "Number=Plur", scores,
                  classes);
  }
  return false;
}

/* "X condemned the move and accused/VBN Y of ...": a participle in "-ed"
 * right after "and", before an object (a determiner, a possessive or a
 * name, or a capitalized word), whose clause's last verb before "and" is a past tense with no
 * auxiliary before it, is that verb's conjunct and a past tense too. */
static void repair_past_conjunct(const FgTagger *t, const FgWeights *weights,
                                 const FgWord *words, const FgTagAtoms *atoms, size_t n,
                                 int64_t *scores, uint32_t *classes) {
  static const char *const OBJECTS[] = {"DT", "PRP$", "NNP", "NNPS"};
  for (size_t i = 3; i + 1 < n; i++) {
    const FgWord *w = &words[i];
    if (!(t->verb_kind[classes[i]] & PARTICIPLE) || !form_is(&words[i - 1], "and") ||
        w->form_len < 4 || memcmp(w->form + w->form_len - 2, "ed", 2) != 0 ||
        !(XPOS_IN(t->labels[classes[i + 1]].xpos, OBJECTS) || capitalized_word(&words[i + 1])))
      continue;
    size_t v = i - 2;
    while (v > 0 && !is_comma(&words[v]) && strncmp(t->labels[classes[v]].xpos, "VB", 2) != 0)
      v--;
    /* (an auxiliary before it: "was arrested and charged/VBN") */
    if (strcmp(t->labels[classes[v]].xpos, "VBD") != 0 ||
        t->labels[classes[v]].upos == FG_UPOS_AUX ||
        (v > 0 && t->labels[classes[v - 1]].upos == FG_UPOS_AUX))
      continue;
    reread(t, weights, words, atoms, n, i, NULL, PAST_FINITE, NULL, scores, classes);
    return;
  }
}

/* "its subsidiary/JJ Kelm Logistics would ...": an adjective right after
 * a group's possessive ("its", "their"; "my beloved Miata" stays), before
 * a name that ends the phrase (a verb, a modal, a
 * comma, a full stop or a preposition follows it), is the name's
 * descriptor noun. */
static void repair_possessed_noun_before_name(const FgTagger *t, const FgWeights *weights,
                                              const FgWord *words, const FgTagAtoms *atoms,
                                              size_t n, int64_t *scores, uint32_t *classes) {
  static const char *const ENDS[] = {",", ".", "VBD", "VBZ", "VBP", "MD", "IN", "TO"};
  for (size_t i = 1; i + 2 < n; i++) {
    if (strcmp(t->labels[classes[i]].xpos, "JJ") != 0 || atoms[i].sure ||
        !lower_case_word(&words[i]) ||
        !(form_is(&words[i - 1], "its") || form_is(&words[i - 1], "their")) ||
        strcmp(t->labels[classes[i + 1]].xpos, "NNP") != 0)
      continue;
    /* the name's words (the greedy tags may read "Steel/NN") */
    size_t k = i + 1;
    while (k < n && capitalized_word(&words[k]) &&
           strncmp(t->labels[classes[k]].xpos, "NN", 2) == 0)
      k++;
    if (k < n && XPOS_IN(t->labels[classes[k]].xpos, ENDS)) {
      reread(t, weights, words, atoms, n, i, NULL, COMMON_NOUN, "Number=Sing", scores, classes);
      return;
    }
  }
}

/* First words of a title after a nationality ("Tolvian Prime Minister X"). */
static const char *const TITLE_OPENERS[] = {
    "President", "Prime",   "Foreign",    "Defence", "Defense", "Interior", "Finance",
    "Minister",  "Premier", "Chancellor", "King",    "Queen",   "Prince",   "General",
    "Ambassador", "Envoy",  "Senator",    "Deputy",  "Vice",    "Opposition"};

/* A demonym's ending ("Tolvian", "Varese", "Kurdish"). */
static bool demonym_form(const FgWord *w) {
  const char *end = w->form + w->form_len;
  return w->form_len >= 5 && (memcmp(end - 2, "an", 2) == 0 || memcmp(end - 3, "ese", 3) == 0 ||
                              memcmp(end - 3, "ish", 3) == 0);
}

/* "Velmar/JJ chairman Otto Rask, 71, will ...": an opening capitalised
 * word the model never saw, not in a demonym's ending, read as an
 * adjective before a lower-case noun and a capitalised word is the name
 * of what the noun's holder serves. */
static void repair_opening_name_before_noun(const FgTagger *t, const FgWeights *weights,
                                            const FgWord *words, const FgTagAtoms *atoms,
                                            size_t n, int64_t *scores, uint32_t *classes) {
  if (n < 4 || !capitalized_word(&words[0]) || demonym_form(&words[0]) ||
      !fg_tag_atoms_unseen(&atoms[0]) || strcmp(t->labels[classes[0]].xpos, "JJ") != 0 ||
      strcmp(t->labels[classes[1]].xpos, "NN") != 0 || words[1].form[0] < 'a' ||
      words[1].form[0] > 'z' || !capitalized_word(&words[2]))
    return;
  reread(t, weights, words, atoms, n, 0, NULL, PROPER_NOUN, NULL, scores, classes);
}

/* A nationality adjective the dictionary does not know, first in a
 * sentence or in a phrase a comma opens before a title ("Tolvian
 * President X said", "Speaking in Y on Monday, Tolvian Foreign Minister X
 * said"), is read as a name, and the parser then makes it a second
 * subject. A capitalized word in "-an", "-ese" or "-ish" that is no word
 * the treebanks had, there before a title's first word and another
 * capitalized word, is its best adjective. */
static void repair_opening_demonym(const FgTagger *t, const FgWeights *weights,
                                   const FgWord *words, const FgTagAtoms *atoms, size_t n,
                                   int64_t *scores, uint32_t *classes) {
  for (size_t i = 0; i + 3 < n; i++) {
    const FgWord *w = &words[i];
    /* after a closing quote too ("“...,” Tolvian Foreign Minister X told"),
     * and after a lower-case word that opens a clause or a phrase ("hours
     * after Tolvian Prime Minister X met", "and", "when"; after "said"
     * the parser reads an adjective as the verb's complement) */
    const char *before = i > 0 ? t->labels[classes[i - 1]].xpos : "";
    bool opens = i > 0 && lower_case_word(&words[i - 1]) &&
                 (strcmp(before, "IN") == 0 || strcmp(before, "WRB") == 0 ||
                  strcmp(before, "CC") == 0);
    /* (a straight quote closing the quotation may be tagged as an opening one) */
    bool quote = strcmp(before, "''") == 0 || strcmp(before, "``") == 0;
    if ((i > 0 && !is_comma(&words[i - 1]) && !quote && !opens) ||
        !capitalized_word(w) || !demonym_form(w) ||
        strcmp(t->labels[classes[i]].xpos, "NNP") != 0 ||
        !form_in(&words[i + 1], TITLE_OPENERS, sizeof TITLE_OPENERS / sizeof *TITLE_OPENERS) ||
        !capitalized_word(&words[i + 2]) ||
        (t->dict && fg_tag_dict_find(t->dict, fg_tag_word_key(w->form, w->form_len, t->seed))))
      continue;
    reread(t, weights, words, atoms, n, i, NULL, ADJECTIVE, NULL, scores, classes);
    return; /* one per sentence: the reread tags the rest again */
  }
}

/* A base form comes from word from on, before the next punctuation mark
 * ("should overcharges for electricity be proven"). */
static bool base_form_follows(const FgTagger *t, const uint32_t *classes, size_t n,
                              size_t from) {
  for (size_t k = from; k < n && t->labels[classes[k]].upos != FG_UPOS_PUNCT; k++)
    if (t->verb_kind[classes[k]] & BASE_FORM)
      return true;
  return false;
}

/* "talks would resume/NN": a common noun right after a modal (past
 * adverbs) that follows its subject is the modal's verb, its best base
 * form, when no verb follows it in its clause; not in a question ("would
 * someone post", "can children go", where the subject comes after the
 * modal), nor in "can kind of taste". */
static void repair_after_modal(const FgTagger *t, const FgWeights *weights,
                               const FgWord *words, const FgTagAtoms *atoms, size_t n,
                               int64_t *scores, uint32_t *classes) {
  if (n < 4 || form_is(&words[n - 1], "?"))
    return;
  size_t rereads = 0;
  for (size_t m = 1; m + 2 < n && rereads < MAX_REREADS; m++) {
    if (strcmp(t->labels[classes[m]].xpos, "MD") != 0 ||
        !(t->verb_kind[classes[m - 1]] & NOMINAL))
      continue;
    size_t i = m + 1;
    while (i + 2 < n && strcmp(t->labels[classes[i]].xpos, "RB") == 0)
      i++;
    uint16_t next = t->verb_kind[classes[i + 1]];
    if (atoms[i].sure || !(t->verb_kind[classes[i]] & COMMON_NOUN) ||
        (next & (FINITE | PARTICIPLE | BASE_FORM)) || form_is(&words[i + 1], "of") ||
        base_form_follows(t, classes, n, i + 1))
      continue;
    reread(t, weights, words, atoms, n, i, NULL, BASE_FORM, NULL, scores, classes);
    rereads++;
  }
}

/* Finite verbs that take an infinitive ("agreed to resume talks"). */
static const char *const INFINITIVE_TAKERS[] = {
    "agreed",  "agree",     "agrees",   "decided",  "decide", "plans",    "planned", "plan",
    "wants",   "wanted",    "vowed",    "vow",      "vows",   "promised", "pledged", "refused",
    "threatened", "voted",  "failed",   "sought",   "seeks",  "tried",    "hopes",   "hoped",
    "intends", "intended",  "offered",  "attempted", "aims",     "aimed",  "expects"};

/* "Velmora and Kastovia agreed to/IN resume/NN talks": a singular noun or
 * adjective right after "to" after a verb that takes an infinitive, with
 * a word after it (not "of", not a hyphen: "to fast-track"), is a base
 * form, and "to" the infinitive's. */
static void repair_after_to(const FgTagger *t, const FgWeights *weights, const FgWord *words,
                            const FgTagAtoms *atoms, size_t n, int64_t *scores,
                            uint32_t *classes) {
  uint32_t to = UINT32_MAX;
  for (uint32_t c = 0; c < t->nclasses && to == UINT32_MAX; c++)
    if (strcmp(t->labels[c].xpos, "TO") == 0)
      to = c;
  size_t rereads = 0;
  for (size_t m = 1; m + 2 < n && to != UINT32_MAX && rereads < MAX_REREADS; m++) {
    const char *x = t->labels[classes[m + 1]].xpos;
    if (!form_is(&words[m], "to") || atoms[m + 1].sure ||
        !(strcmp(x, "NN") == 0 || strcmp(x, "JJ") == 0) || form_is(&words[m + 2], "of") ||
        form_is(&words[m + 2], "-") || !(t->verb_kind[classes[m - 1]] & (FINITE | PARTICIPLE)) ||
        !form_in(&words[m - 1], INFINITIVE_TAKERS,
                 sizeof INFINITIVE_TAKERS / sizeof *INFINITIVE_TAKERS))
      continue;
    classes[m] = to;
    reread(t, weights, words, atoms, n, m + 1, NULL, BASE_FORM, NULL, scores, classes);
    rereads++;
  }
}

/* Endings of nouns for one who works or speaks for a body ("employee",
 * "worker", "spokesman", "director", "chemist", "technician"). */
static const char *const AGENT_ENDINGS[] = {"ee",  "er",  "or",  "ist", "man", "woman",
                                            "person", "ian", "ent", "ant"};

/* Word w is lower-case and ends in one of AGENT_ENDINGS. */
static bool agent_noun_form(const FgWord *w) {
  return w->form_len >= 4 && w->form[0] >= 'a' && w->form[0] <= 'z' &&
         ends_in(w, AGENT_ENDINGS, sizeof AGENT_ENDINGS / sizeof *AGENT_ENDINGS);
}

/* "Pell Industries employee/VBP Sam Korda said": a role noun between a
 * name and a name is read as the verb of the second name as its object,
 * and the sentence's real verb then as a clause of it. A present or base
 * form in an agent noun's ending between two names, where the second
 * name's run is followed by a finite verb (no verb takes a name and
 * then another finite verb), is its best singular common noun; so is
 * such a lower-case word read as a name ("Meridane spokeswoman/NNP Ruth
 * Kell said"). */
static void repair_role_between_names(const FgTagger *t, const FgWeights *weights,
                                      const FgWord *words, const FgTagAtoms *atoms, size_t n,
                                      int64_t *scores, uint32_t *classes) {
  for (size_t i = 1; i + 2 < n; i++) {
    const char *x = t->labels[classes[i]].xpos;
    if ((strcmp(x, "VBP") != 0 && strcmp(x, "VB") != 0 && strcmp(x, "VBZ") != 0 &&
         strcmp(x, "NNP") != 0 && strcmp(x, "JJ") != 0) ||
        atoms[i].sure || strncmp(t->labels[classes[i - 1]].xpos, "NNP", 3) != 0 ||
        strcmp(t->labels[classes[i + 1]].xpos, "NNP") != 0 || !agent_noun_form(&words[i]))
      continue;
    size_t j = i + 1;
    while (j < n && strncmp(t->labels[classes[j]].xpos, "NNP", 3) == 0)
      j++;
    /* or by a comma, before an age or an apposition ("Haldor resident/JJ
     * Mina Ros, 67, said") */
    if (j == n || !((t->verb_kind[classes[j]] & FINITE) || is_comma(&words[j])))
      continue;
    reread(t, weights, words, atoms, n, i, NULL, COMMON_NOUN, "Number=Sing", scores, classes);
    return; /* one per sentence: the reread tags the rest again */
  }
}

/* Word w, capitalized, is no word the treebanks had, in capitals or not
 * ("Putting" opens a sentence, "putting" is known). */
static bool unknown_capitalized(const FgTagger *t, const FgWord *w) {
  char lower[64];
  if (!capitalized_word(w) || w->form_len >= sizeof lower || !t->dict)
    return false;
  memcpy(lower, w->form, w->form_len);
  lower[0] = (char)(lower[0] - 'A' + 'a');
  return !fg_tag_dict_find(t->dict, fg_tag_word_key(w->form, w->form_len, t->seed)) &&
         !fg_tag_dict_find(t->dict, fg_tag_word_key(lower, w->form_len, t->seed));
}

/* "Tarvex/JJ chief executive Lena Holm said", "Kessing/VBG Motors
 * recalled": a company's name the treebanks never had, read as an
 * adjective before a title (lower-case adjectives and nouns, then a name
 * of two words or more and a finite verb) or as a gerund
 * opening the sentence before a name, or as an adverb opening it before
 * a finite verb, is its best proper noun; an adjective with a demonym's
 * ending stays ("Tolvian chief executive").
 * Whether a word was read again. */
static bool repair_unknown_name(const FgTagger *t, const FgWeights *weights,
                                const FgWord *words, const FgTagAtoms *atoms, size_t n,
                                int64_t *scores, uint32_t *classes) {
  for (size_t i = 0; i + 3 < n; i++) {
    const char *x = t->labels[classes[i]].xpos;
    if (atoms[i].sure || !unknown_capitalized(t, &words[i]))
      continue;
    if (i == 0 && strcmp(x, "VBG") == 0) {
      /* the gerund and the names after it are the subject: a comma or a
       * finite verb follows them ("Mirroring Ruse's claim" has an object);
       * alone, before the comma of an apposition ("Oosting, a former
       * executive at Y, ...": a surname in "-ing") */
      size_t k = 1;
      while (k < n && (strncmp(t->labels[classes[k]].xpos, "NNP", 3) == 0 ||
                       capitalized_word(&words[k])))
        k++;
      bool apposition = k == 1 && is_comma(&words[1]) && (t->verb_kind[classes[2]] & DETERMINER);
      if ((k > 1 || apposition) && k < n &&
          (is_comma(&words[k]) || (t->verb_kind[classes[k]] & FINITE))) {
        reread(t, weights, words, atoms, n, i, NULL, PROPER_NOUN, NULL, scores, classes);
        return true;
      }
      continue;
    }
    /* an opening adverb not in "-ly" right before a finite verb is its
     * subject ("Velmar/RB appointed X"; "Kindly confirm" stays), and so
     * is one before a headline's "to" and base form ("Velmar/RB to buy Y") */
    bool headline_to = n > 3 && form_is(&words[1], "to") &&
                       strcmp(t->labels[classes[2]].xpos, "VB") == 0;
    /* (or read as a foreign word before a verb: "Quintara/FW merged/VBN
     * with Y") */
    bool foreign = strcmp(x, "FW") == 0 && strncmp(t->labels[classes[1]].xpos, "VB", 2) == 0 &&
                   (t->verb_kind[classes[1]] & (FINITE | PARTICIPLE));
    if (i == 0 && ((strcmp(x, "RB") == 0 && !ly_adverb(t, words, classes, 0) &&
                    ((t->verb_kind[classes[1]] & FINITE) || headline_to)) ||
                   foreign)) {
      reread(t, weights, words, atoms, n, i, NULL, PROPER_NOUN, NULL, scores, classes);
      return true;
    }
    if (strcmp(x, "JJ") != 0 || demonym_form(&words[i]))
      continue;
    /* the title's words (greedy tags may read "chief/NN executive/JJ") */
    size_t j = i + 1;
    while (j < n && lower_case_word(&words[j]) &&
           (t->verb_kind[classes[j]] & (ADJECTIVE | COMMON_NOUN)))
      j++;
    size_t name = j;
    while (j < n && strncmp(t->labels[classes[j]].xpos, "NNP", 3) == 0)
      j++;
    if (name == i + 1 || j < name + 2 || j == n ||
        !(t->verb_kind[classes[j]] & FINITE))
      continue;
    reread(t, weights, words, atoms, n, i, NULL, PROPER_NOUN, NULL, scores, classes);
    return true; /* one per sentence: the reread tags the rest again */
  }
  return false;
}

/* A sentence's first word that the article writes elsewhere as the last
 * word of a name ("Mila Horn ... Horn works for Y", read "Horn/JJ
 * works/NNS"): its best proper noun, kept when the word after it (or after
 * one adverb) is then a finite verb ("Young people marched" stays);
 * saved holds n classes. */
static bool repair_opening_name(const FgTagger *t, const FgWeights *weights, const FgWord *words,
                                const FgTagAtoms *atoms, size_t n, int64_t *scores,
                                uint32_t *classes, uint32_t *saved) {
  if (n < 3 || atoms[0].sure || (t->verb_kind[classes[0]] & PROPER_NOUN))
    return false;
  memcpy(saved, classes, n * sizeof *saved);
  if (reread(t, weights, words, atoms, n, 0, NULL, PROPER_NOUN, NULL, scores, classes)) {
    size_t v = strcmp(t->labels[classes[1]].xpos, "RB") == 0 ? 2 : 1;
    if (t->verb_kind[classes[v]] & FINITE)
      return true;
  }
  memcpy(classes, saved, n * sizeof *classes);
  return false;
}

/* The head-noun repair after a reread, and the legal form after the
 * words its own reread tags again ("Swiss chemicals giant/JJ Velmar AG/NN"). */
static void repair_head_noun_and_legal_form(const FgTagger *t, const FgWeights *weights,
                                            const FgWord *words, const FgTagAtoms *atoms,
                                            size_t n, int64_t *scores, uint32_t *classes) {
  if (repair_adjective_as_head_noun(t, weights, words, atoms, n, scores, classes))
    repair_legal_form(t, weights, words, atoms, n, scores, classes);
}

/* Both passes (the second when the model has one): atoms and classes of
 * words[0..n) from the arena. */
static FgStatus classify(const FgTagger *t, const FgWord *words, size_t n,
                         FgArena *scratch, bool second, bool opening_name, size_t *mended,
                         uint32_t *before, uint32_t *classes) {
  FgTagAtoms *atoms = fg_arena_calloc(scratch, n, sizeof *atoms);
  int64_t *scores = fg_arena_calloc(scratch, t->nclasses, sizeof *scores);
  uint32_t *first = second && t->weights2
                        ? fg_arena_calloc(scratch, n, sizeof *first)
                        : classes;
  uint8_t *marks = t->lexicon.names ? fg_arena_alloc(scratch, n) : NULL;
  if (!atoms || !scores || !first || (t->lexicon.names && !marks))
    return FG_ERR_NOMEM;
  fg_tag_atoms(words, n, t->dict, &t->lexicon, marks, t->seed, atoms);
  greedy_pass(t, t->weights, words, atoms, n, 0, NULL, scores, first);
  bool named = false;
  if (mended) {
    uint32_t *read = fg_arena_calloc(scratch, n, sizeof *read);
    if (!read)
      return FG_ERR_NOMEM;
    named = opening_name && repair_opening_name(t, t->weights, words, atoms, n, scores, first, read);
    repair_title_abbreviation(t, t->weights, words, atoms, n, scores, first);
    repair_legal_form(t, t->weights, words, atoms, n, scores, first);
    repair_unseen_past(t, t->weights, words, atoms, n, scores, first);
    repair_role_time_adverb(t, t->weights, words, atoms, n, scores, first);
    /* the reread tags the words after it again */
    repair_head_noun_and_legal_form(t, t->weights, words, atoms, n, scores, first);
    repair_title_noun(t, t->weights, words, atoms, n, scores, first);
    repair_initial_subject(t, t->weights, words, atoms, n, scores, first);
    repair_opening_demonym(t, t->weights, words, atoms, n, scores, first);
    repair_opening_name_before_noun(t, t->weights, words, atoms, n, scores, first);
    repair_reported_that(t, t->weights, words, atoms, n, scores, first);
    repair_opening_ing_adjective(t, t->weights, words, atoms, n, scores, first);
    repair_ing_modifier_before_name(t, t->weights, words, atoms, n, scores, first);
    /* the reread tags the words after it again */
    if (repair_plural_modifier_after_determiner(t, t->weights, words, atoms, n, scores, first))
      repair_head_noun_and_legal_form(t, t->weights, words, atoms, n, scores, first);
    repair_plural_before_auxiliary(t, t->weights, words, atoms, n, scores, first);
    repair_plural_after_number(t, t->weights, words, atoms, n, scores, first);
    repair_past_conjunct(t, t->weights, words, atoms, n, scores, first);
    repair_possessed_noun_before_name(t, t->weights, words, atoms, n, scores, first);
    repair_after_modal(t, t->weights, words, atoms, n, scores, first);
    repair_after_to(t, t->weights, words, atoms, n, scores, first);
    repair_role_between_names(t, t->weights, words, atoms, n, scores, first);
    /* the reread of a name tags the words after it again */
    if (repair_unknown_name(t, t->weights, words, atoms, n, scores, first)) {
      repair_head_noun_and_legal_form(t, t->weights, words, atoms, n, scores, first);
      repair_title_noun(t, t->weights, words, atoms, n, scores, first);
    }
    memcpy(read, first, n * sizeof *read);
    *mended = repair_finite_verb(t, t->weights, words, atoms, 0, n, n, NULL, scores, first);
    if (*mended == n)
      *mended = repair_coordinated_verb(t, t->weights, words, atoms, n, scores, first);
    if (*mended == n)
      *mended = repair_reported_verb(t, t->weights, words, atoms, n, scores, first);
    if (*mended == n)
      *mended = repair_whose_verb(t, t->weights, words, atoms, n, scores, first);
    if (*mended == n)
      *mended = repair_attributed_clause(t, t->weights, words, atoms, n, scores, first);
    if (*mended == n)
      *mended = repair_relative_verb(t, t->weights, words, atoms, n, scores, first);
    if (*mended == n)
      *mended = repair_main_before_clause(t, t->weights, words, atoms, n, scores, first);
    if (*mended < n) {
      *before = read[*mended];
      /* the words after a mended verb were tagged again */
      repair_title_noun(t, t->weights, words, atoms, n, scores, first);
      repair_possessed_noun_before_name(t, t->weights, words, atoms, n, scores, first);
    }
  }
  if (first != classes) {
    greedy_pass(t, t->weights2, words, atoms, n, 0, first, scores, classes);
    if (named && !(t->verb_kind[classes[0]] & PROPER_NOUN))
      reread(t, t->weights2, words, atoms, n, 0, first, PROPER_NOUN, NULL, scores, classes);
    /* the second pass may read a repaired "-men" plural as a name again */
    else if (mended && (t->verb_kind[first[0]] & COMMON_NOUN) &&
             (t->verb_kind[classes[0]] & PROPER_NOUN) && plural_in_men(t, &words[0]))
      read_plural_subject(t, t->weights2, words, atoms, n, first, scores, classes);
  }
  return FG_OK;
}

FgStatus fg_tagger_first_pass(const FgTagger *t, const FgWord *words,
                              size_t n, FgArena *scratch, uint32_t *classes) {
  return n ? classify(t, words, n, scratch, false, false, NULL, NULL, classes) : FG_OK;
}

static FgStatus predict(const FgTagger *t, FgWord *words, size_t n, FgArena *scratch,
                        bool opening_name, size_t *mended, FgTagLabel *before) {
  if (n == 0)
    return FG_OK;
  uint32_t *classes = fg_arena_calloc(scratch, n, sizeof *classes);
  if (!classes)
    return FG_ERR_NOMEM;
  uint32_t was = 0;
  FgStatus st = classify(t, words, n, scratch, true, opening_name, mended, &was, classes);
  for (size_t i = 0; st == FG_OK && i < n; i++) {
    const FgTagLabel *label = &t->labels[classes[i]];
    words[i].upos = label->upos;
    words[i].xpos = label->xpos;
    words[i].feats = label->feats;
  }
  if (st == FG_OK && mended && *mended < n)
    *before = t->labels[was];
  return st;
}

FgStatus fg_tagger_predict(const FgTagger *t, FgWord *words, size_t n,
                           FgArena *scratch) {
  return predict(t, words, n, scratch, false, NULL, NULL);
}

FgStatus fg_tagger_predict_clause(const FgTagger *t, FgWord *words, size_t n,
                                  FgArena *scratch, bool opening_name, size_t *mended,
                                  FgTagLabel *before) {
  *mended = n;
  return predict(t, words, n, scratch, opening_name, mended, before);
}

uint32_t fg_tagger_classes(const FgTagger *tagger) { return tagger->nclasses; }

const FgTagLabel *fg_tagger_label(const FgTagger *tagger, uint32_t cls) {
  return cls < tagger->nclasses ? &tagger->labels[cls] : NULL;
}

const FgModel *fg_tagger_model(const FgTagger *tagger) {
  return tagger->model;
}
