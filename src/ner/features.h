/* SPDX-License-Identifier: MIT */
/* Features of the recognizer: atoms computed once per word, then a static
 * table of templates over the atoms of the word, its neighbours and the
 * moves already made. A feature key is a 64-bit mix of the template id
 * and its atom values under the model's hash seed (fg_ner_key).
 * The hash of the template table goes into the model header, so a model
 * trained with other templates refuses to load. */
#ifndef FG_NER_FEATURES_H
#define FG_NER_FEATURES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ner/clusters.h"
#include "ner/memory.h"
#include "ner/namelists.h"
#include "nlp/word.h"
#include "util/arena.h"

enum {
  FG_NA_WORD,
  FG_NA_LOWER,
  FG_NA_SHAPE,
  FG_NA_PREFIX,
  FG_NA_SUFFIX,
  FG_NA_UPOS,
  FG_NA_XPOS,
  FG_NA_GAZ,
  FG_NA_FIRST, /* 1 for the sentence's first word, 2 for its last, else 0 */
  FG_NA_MEMORY, /* the type this form had earlier in the document */
  FG_NA_SHORT,  /* the shape with every run cut to one ("Xx.", "d-d") */
  FG_NA_SUFFIX2, /* the last two bytes */
  FG_NA_SUFFIX4, /* the last four bytes */
  FG_NA_PREFIX4, /* the first four bytes */
  FG_NA_CASE,    /* letter case and position: see case_class in features.c */
  FG_NA_RUNEND,  /* lower case of the last word of the capitalized run */
  FG_NA_RUNPOS,  /* the word's position in that run and its length */
  FG_NA_COARSE,  /* the form's coarse word cluster (clusters.h) */
  FG_NA_FINE,    /* its fine word cluster */
  FG_NA_PERSONAL, /* a listed given name, surname, both (namelists.h) */
  FG_NA_CITY,     /* the B/I/L/U position in a listed city */
  FG_NA_RUNEVENT, /* the capitalized run ends with an event head noun */
  FG_NA_COUNT
};

/* Atoms of a sentence, with two padding words on each side. */
typedef struct {
  uint64_t (*atoms)[FG_NA_COUNT]; /* atoms[i + 2] for word i */
  size_t n;
  bool clusters; /* the cluster templates are used */
  bool names;    /* the name-list templates are used */
} FgNerAtoms;

/* Upper bound of the number of keys fg_ner_features writes. */
#define FG_NER_MAX_FEATURES 96

/* Fills the atoms of n words from scratch memory; marks are
 * fg_ner_gaz_mark's (NULL for none), clusters the model's word clusters
 * (NULL for a model without them: the cluster templates are left out,
 * see template_on in features.c), names the model's name lists (NULL
 * for none: their templates are left out). With use_tags false the UPOS
 * and XPOS atoms are left empty. False when out of memory. */
bool fg_ner_atoms(FgArena *scratch, const FgWord *words, size_t n,
                  const uint8_t *marks, const FgNerClusters *clusters,
                  const FgNerNames *names, bool use_tags, FgNerAtoms *out);

/* fg_ner_atoms with the name-list marks given (fg_ner_names_mark's,
 * n of them; read only when names is true): the trainer hides some. */
bool fg_ner_atoms_listed(FgArena *scratch, const FgWord *words, size_t n,
                         const uint8_t *marks, const FgNerClusters *clusters,
                         bool names, const uint8_t *listed, bool use_tags,
                         FgNerAtoms *out);

/* Sets the memory atoms from what the document said so far (memory may
 * be NULL: nothing remembered). */
void fg_ner_atoms_recall(FgNerAtoms *atoms, const FgWord *words,
                         const FgNerMemory *memory);

/* Writes the keys of word i given the moves of words 0..i-1 and returns
 * their number (at most FG_NER_MAX_FEATURES). */
size_t fg_ner_features(const FgNerAtoms *a, size_t i, const uint8_t *moves,
                       uint64_t seed, uint64_t *keys);

/* The keys of the templates without moves for words first..end-1:
 * word i's go to keys + (i - first) * FG_NER_MAX_FEATURES, their number
 * to counts[i - first]. */
void fg_ner_static_keys(const FgNerAtoms *a, size_t first, size_t end,
                        uint64_t seed, uint64_t *keys, size_t *counts);

/* The keys of the templates with moves for word i given the moves of
 * words 0..i-1; returns their number. fg_ner_features is these and the
 * static keys. */
size_t fg_ner_move_keys(const FgNerAtoms *a, size_t i, const uint8_t *moves,
                        uint64_t seed, uint64_t *keys);

/* The key of a template and its k atoms (k 1 to 3). */
uint64_t fg_ner_key(uint64_t seed, uint32_t template_id, const uint64_t *v,
                    size_t k);

/* Hash of the template table (with the cluster and name-list templates
 * or without), stored in the model header. */
uint64_t fg_ner_templates_hash(bool clusters, bool names);

/* The word's shape ("Xxxx.", "dd-dd"): letter case, digits and the other
 * characters, runs longer than three cut to three. Writes at most cap - 1
 * bytes and a NUL; returns the length. */
size_t fg_ner_shape(const char *form, size_t len, char *out, size_t cap);

#endif
