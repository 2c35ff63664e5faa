/* SPDX-License-Identifier: MIT */
/* Word classes for the tagger's lexicon features: the parts of speech an
 * English dictionary (WordNet 3.0, ontology/words/wordnet-classes.txt,
 * made by src/tools/word-classes.py) lists for a lower-case word form, so
 * a word the treebanks never had still shows whether it can be a noun, a
 * verb's past, an adjective... (MElt's external-lexicon features). A
 * feature of the model, never its answer.
 *
 * The trainer reads the list and stores it in the tagger model (section
 * TWCL): u32 entry count, u32 0, then per entry, keys ascending, the u32
 * key of the form (fg_word_class_key) and u16 FG_WORD_CLASS_* bits. */
#ifndef FG_TAG_WORDCLASS_H
#define FG_TAG_WORDCLASS_H

#include <stddef.h>
#include <stdint.h>

#include "factgraph/status.h"
#include "util/buf.h"

/* One bit per class letter of the list, in this order: "npNvsdgacr". */
enum {
  FG_WORD_CLASS_NOUN = 1,          /* n: common noun */
  FG_WORD_CLASS_PROPER = 2,        /* p: a noun written only capitalized */
  FG_WORD_CLASS_PLURAL = 4,        /* N: a noun's plural */
  FG_WORD_CLASS_VERB = 8,          /* v: a verb's base form */
  FG_WORD_CLASS_VERB_S = 16,       /* s: third person -s */
  FG_WORD_CLASS_VERB_PAST = 32,    /* d: past or participle */
  FG_WORD_CLASS_VERB_ING = 64,     /* g: -ing */
  FG_WORD_CLASS_ADJECTIVE = 128,   /* a */
  FG_WORD_CLASS_COMPARATIVE = 256, /* c: -er, -est, "better" */
  FG_WORD_CLASS_ADVERB = 512       /* r */
};

typedef struct {
  uint32_t *keys; /* open addressing, 0 empty */
  uint16_t *bits;
  size_t mask;
} FgWordClasses;

/* Reads PATH (FORM TAB LETTERS a line, '#' lines are comments) into
 * section bytes (out cleared first). FG_ERR_IO for a file that cannot be
 * read, FG_ERR_SYNTAX for a malformed line (diag names file and line on
 * stderr), FG_ERR_NOMEM. */
FgStatus fg_word_classes_build(const char *path, FgBuf *out);

/* Decodes section bytes into a lookup table (fg_word_classes_free).
 * FG_ERR_SYNTAX for malformed bytes, FG_ERR_NOMEM. */
FgStatus fg_word_classes_load(const uint8_t *data, size_t len,
                              FgWordClasses *out);
void fg_word_classes_free(FgWordClasses *classes);

/* The FG_WORD_CLASS_* bits of a lower-case form (0: not listed). */
uint32_t fg_word_classes_find(const FgWordClasses *classes, const char *lower,
                              size_t len);

#endif
