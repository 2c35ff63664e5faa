/* SPDX-License-Identifier: MIT */
/* The lemmatizer's features and edit classes, shared by the decoder and
 * the trainer. */
#ifndef FG_LEMMA_FEATURES_H
#define FG_LEMMA_FEATURES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "learn/model.h"
#include "nlp/word.h"

#define FG_LEMMA_SEC_CLASSES FG_SECTION('L', 'C', 'L', 'S')
#define FG_LEMMA_SEC_EXCEPTIONS FG_SECTION('L', 'E', 'X', 'C')
#define FG_LEMMA_SEC_WEIGHTS FG_SECTION('L', 'W', 'G', 'T')
/* Optional: the training data's lemmas (a model without it decodes as
 * before) */
#define FG_LEMMA_SEC_VOCABULARY FG_SECTION('L', 'V', 'O', 'C')

#define FG_LEMMA_KEYS 14
#define FG_LEMMA_MAX_SUFFIX 255

/* Case of the kept part of the form: as written, lower case, or with a
 * capital first letter (EWT writes "Kerala" for the proper noun
 * "kerala"). */
enum { FG_LEMMA_KEEP = 0, FG_LEMMA_LOWER = 1, FG_LEMMA_CAPITAL = 2 };

typedef struct {
  uint8_t lower; /* FG_LEMMA_KEEP, _LOWER or _CAPITAL */
  uint8_t strip; /* bytes removed from the end */
  uint16_t suffix_len;
  const char *suffix;
} FgLemmaEdit;

uint64_t fg_lemma_template_hash(void);
/* The FG_LEMMA_KEYS keys of a word. */
void fg_lemma_keys(const FgWord *w, uint64_t seed, uint64_t *keys);
/* Key of the exception list: form and XPOS. */
uint64_t fg_lemma_exception_key(const FgWord *w, uint64_t seed);
/* Key of the vocabulary of lemmas: the lemma, ASCII letters lower-cased. */
uint64_t fg_lemma_vocabulary_key(const char *lemma, size_t len, uint64_t seed);
/* Whether the edit applies to the form (enough bytes, and the cut falls
 * on a UTF-8 character boundary). */
bool fg_lemma_edit_fits(const FgLemmaEdit *e, const char *form, size_t len);
/* c at byte offset at of a form, in case mode. */
char fg_lemma_case(unsigned mode, char c, size_t at);
/* Applies e to form into out (which holds len + suffix_len + 1 bytes);
 * returns the lemma's length. */
size_t fg_lemma_edit_apply(const FgLemmaEdit *e, const char *form, size_t len,
                           char *out);
/* The edit turning form into lemma: a case mode only when it makes the
 * suffix shorter. false when the suffix would be longer than the maximum. */
bool fg_lemma_edit_between(const char *form, size_t len, const char *lemma,
                           FgLemmaEdit *out);

#endif
