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

#define FG_LEMMA_KEYS 14
#define FG_LEMMA_MAX_SUFFIX 255

typedef struct {
  uint8_t lower; /* lower-case the form first */
  uint8_t strip; /* bytes removed from the end */
  uint16_t suffix_len;
  const char *suffix;
} FgLemmaEdit;

uint64_t fg_lemma_template_hash(void);
/* The FG_LEMMA_KEYS keys of a word. */
void fg_lemma_keys(const FgWord *w, uint64_t seed, uint64_t *keys);
/* Key of the exception list: form and XPOS. */
uint64_t fg_lemma_exception_key(const FgWord *w, uint64_t seed);
/* Whether the edit applies to the form (enough bytes, and the cut falls
 * on a UTF-8 character boundary). */
bool fg_lemma_edit_fits(const FgLemmaEdit *e, const char *form, size_t len);
/* Applies e to form into out (which holds len + suffix_len + 1 bytes);
 * returns the lemma's length. */
size_t fg_lemma_edit_apply(const FgLemmaEdit *e, const char *form, size_t len,
                           char *out);
/* The edit turning form into lemma: lower-casing only when it makes the
 * suffix shorter. false when the suffix would be longer than the maximum. */
bool fg_lemma_edit_between(const char *form, size_t len, const char *lemma,
                           FgLemmaEdit *out);

#endif
