/* SPDX-License-Identifier: MIT */
/* The tagger's features, shared by the decoder and the trainer: atoms per
 * word (computed once per sentence), the template table, and the word
 * dictionary (ambiguity classes and words that always take one tag). */
#ifndef FG_TAG_FEATURES_H
#define FG_TAG_FEATURES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "factgraph/status.h"
#include "learn/model.h"
#include "ner/namelists.h"
#include "nlp/word.h"
#include "tag/tag.h"
#include "tag/wordclass.h"
#include "util/arena.h"
#include "util/buf.h"

#define FG_TAG_SEC_LABELS FG_SECTION('T', 'L', 'A', 'B')
#define FG_TAG_SEC_DICT FG_SECTION('T', 'D', 'I', 'C')
#define FG_TAG_SEC_WEIGHTS FG_SECTION('T', 'W', 'G', 'T')
/* The second pass's weights (absent in a one-pass model: the trainer's
 * first-pass and jackknife models). */
#define FG_TAG_SEC_WEIGHTS2 FG_SECTION('T', 'W', 'G', '2')
/* Name lists (ner/namelists.h bytes, ontology/names/): present, the model
 * reads the FG_TAG_LEX_KEYS lexicon features too (absent: as before). */
#define FG_TAG_SEC_NAMES FG_SECTION('T', 'N', 'A', 'M')
/* Word classes (tag/wordclass.h bytes, ontology/words/): present, the
 * lexicon features read them too, with or without the name lists. */
#define FG_TAG_SEC_WORD_CLASSES FG_SECTION('T', 'W', 'C', 'L')

/* Features that depend on the words only, and those that read the tags
 * already predicted to the left. */
#define FG_TAG_STATIC_KEYS 31
#define FG_TAG_HISTORY_KEYS 5
#define FG_TAG_KEYS (FG_TAG_STATIC_KEYS + FG_TAG_HISTORY_KEYS)
/* The second pass reads the first pass's tags, to the right too. */
#define FG_TAG_RIGHT_KEYS 9
#define FG_TAG_KEYS2 (FG_TAG_KEYS + FG_TAG_RIGHT_KEYS)
/* External-lexicon features (MElt, Ratinov & Roth): a word's listed given
 * name, surname or city with its letter case, sentence start and whether
 * its form and its lower case are in the dictionary, for words the
 * treebank never had. They follow a pass's other keys. */
#define FG_TAG_LEX_KEYS 7
/* Word-class features (MElt's lexicon tags): the parts of speech WordNet
 * gives the word and its neighbours. They follow the lexicon keys. */
#define FG_TAG_CLASS_KEYS 5
#define FG_TAG_MAX_KEYS (FG_TAG_KEYS2 + FG_TAG_LEX_KEYS + FG_TAG_CLASS_KEYS)


typedef struct {
  uint64_t form, lower, shape, suf3, amb;
  uint32_t sure; /* class + 1 when the dictionary gives the only tag */
  uint32_t caps; /* 1 initial capital, 2 all capitals, 4 in a sentence
                    where most words are capitalized (a title) */
  uint32_t lex;  /* the lexicon atom (0 without name lists) */
  uint32_t classes; /* the word-class atom (0 without word classes) */
} FgTagAtoms;

/* ---- dictionary ---- */

typedef struct FgTagDict FgTagDict;

typedef struct {
  uint64_t key;  /* fg_tag_word_key of the form */
  uint64_t amb;  /* ambiguity-class atom (hash of its tag set) */
  uint16_t sure; /* class + 1, or 0 */
} FgTagDictEntry;

/* Takes entries sorted by key (strictly increasing). NULL when out of
 * memory. */
FgTagDict *fg_tag_dict_new(const FgTagDictEntry *entries, size_t n);
void fg_tag_dict_free(FgTagDict *dict);
const FgTagDictEntry *fg_tag_dict_find(const FgTagDict *dict, uint64_t key);
/* Section bytes, and back (validated against nclasses; model may be NULL). */
FgStatus fg_tag_dict_write(const FgTagDictEntry *entries, size_t n,
                           FgBuf *out);
FgStatus fg_tag_dict_load(const uint8_t *data, size_t len, uint32_t nclasses,
                          const FgModel *model, FgTagDict **out);

uint64_t fg_tag_word_key(const char *form, size_t len, uint64_t seed);
/* The template table's hash, for the model header: a one-pass model's
 * (the first pass's templates, as before the second pass existed) or a
 * two-pass model's (all templates). */
uint64_t fg_tag_template_hash(bool two_pass);
/* The same with the lexicon templates (names) and the word-class templates
 * (classes) after them. */
uint64_t fg_tag_lexicon_template_hash(bool two_pass, bool names, bool classes);

/* ---- extraction ---- */

/* The external lexicons of the lexicon features; either may be NULL. */
typedef struct {
  const FgNerNames *names;
  const FgWordClasses *classes;
} FgTagLexicon;

/* Whether the dictionary never saw the word of atoms a (in any case). */
bool fg_tag_atoms_unseen(const FgTagAtoms *a);

/* Atoms of words[0..n) into atoms (dict and lexicon may be NULL; marks
 * is n bytes of scratch when the lexicon has name lists). */
void fg_tag_atoms(const FgWord *words, size_t n, const FgTagDict *dict,
                  const FgTagLexicon *lexicon, uint8_t *marks, uint64_t seed,
                  FgTagAtoms *atoms);
/* The FG_TAG_STATIC_KEYS keys of word i. */
void fg_tag_static_keys(const FgWord *words, const FgTagAtoms *atoms,
                        size_t n, size_t i, uint64_t seed, uint64_t *keys);
/* The FG_TAG_HISTORY_KEYS keys of word i given the classes of words i-2
 * and i-1 (UINT32_MAX before the sentence start). */
void fg_tag_history_keys(const FgTagAtoms *atoms, size_t i, uint32_t prev2,
                         uint32_t prev1, uint64_t seed, uint64_t *keys);

/* The FG_TAG_LEX_KEYS keys of word i of n given prev1, the class of word
 * i - 1 (UINT32_MAX before the sentence start). */
void fg_tag_lex_keys(const FgTagAtoms *atoms, size_t n, size_t i,
                     uint32_t prev1, uint64_t seed, uint64_t *keys);
/* The keys of word i of n the lexicon reads (FG_TAG_LEX_KEYS with name
 * lists, then FG_TAG_CLASS_KEYS with word classes; lexicon may be NULL)
 * given prev1, as above; returns how many. */
size_t fg_tag_lexicon_keys(const FgTagAtoms *atoms, size_t n, size_t i,
                           const FgTagLexicon *lexicon, uint32_t prev1,
                           uint64_t seed, uint64_t *keys);

/* The FG_TAG_RIGHT_KEYS keys of word i of n given first[0..n), the first
 * pass's classes, and prev1, the second pass's class of word i - 1. */
void fg_tag_right_keys(const FgTagAtoms *atoms, size_t n, size_t i,
                       const uint32_t *first, uint32_t prev1, uint64_t seed,
                       uint64_t *keys);

/* The first pass's classes of words[0..n) into classes (for the second
 * pass and the trainer's jackknife). FG_ERR_NOMEM. */
FgStatus fg_tagger_first_pass(const FgTagger *tagger, const FgWord *words,
                              size_t n, FgArena *scratch, uint32_t *classes);

#endif
