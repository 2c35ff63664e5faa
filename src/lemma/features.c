/* SPDX-License-Identifier: MIT */
#include "lemma/features.h"

#include <string.h>

#include "learn/feature.h"

static const char *const TEMPLATES[FG_LEMMA_KEYS] = {
    "xpos",      "upos",      "suf1.xpos", "suf2.xpos", "suf3.xpos",
    "suf4.xpos", "suf5.xpos", "suf6.xpos", "caps.xpos", "len.xpos",
    "lower.xpos", "flags",    "suf2.upos", "suf3"};

uint64_t fg_lemma_template_hash(void) {
  uint64_t h = fg_hash_seeded("factgraph lemmatizer templates v1", 33, 0);
  for (size_t i = 0; i < FG_LEMMA_KEYS; i++)
    h = fg_hash_seeded(TEMPLATES[i], strlen(TEMPLATES[i]), h);
  return h;
}

static char lower_ascii(char c) {
  return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

#define LOWER_MAX 64

static size_t xpos_len(const FgWord *w) { return w->xpos ? strlen(w->xpos) : 0; }

void fg_lemma_keys(const FgWord *w, uint64_t seed, uint64_t *keys) {
  const char *form = w->form ? w->form : "";
  size_t len = w->form ? w->form_len : 0;
  char lower[LOWER_MAX];
  size_t ll = len < LOWER_MAX ? len : LOWER_MAX;
  for (size_t k = 0; k < ll; k++)
    lower[k] = lower_ascii(form[k]);
  const char *xpos = w->xpos ? w->xpos : "";
  size_t xl = xpos_len(w);
  unsigned upper = 0, digits = 0, hyphen = 0;
  for (size_t k = 0; k < len; k++) {
    upper += form[k] >= 'A' && form[k] <= 'Z';
    digits += form[k] >= '0' && form[k] <= '9';
    hyphen += form[k] == '-';
  }
  uint64_t caps = (len && form[0] >= 'A' && form[0] <= 'Z' ? 1u : 0u) +
                  (upper == len ? 2u : 0u);
  FgKey key;
  uint32_t t = 0;
  fg_key_begin(&key, t);
  fg_key_add_str(&key, xpos, xl);
  keys[t++] = fg_key_end(&key, seed);
  fg_key_begin(&key, t);
  fg_key_add_u64(&key, w->upos);
  keys[t++] = fg_key_end(&key, seed);
  for (size_t k = 1; k <= 6; k++, t++) {
    size_t take = k < ll ? k : ll;
    fg_key_begin(&key, t);
    fg_key_add_str(&key, lower + ll - take, take);
    fg_key_add_str(&key, xpos, xl);
    keys[t] = fg_key_end(&key, seed);
  }
  fg_key_begin(&key, t);
  fg_key_add_u64(&key, caps);
  fg_key_add_str(&key, xpos, xl);
  keys[t++] = fg_key_end(&key, seed);
  fg_key_begin(&key, t);
  fg_key_add_u64(&key, len < 7 ? len : 7);
  fg_key_add_str(&key, xpos, xl);
  keys[t++] = fg_key_end(&key, seed);
  fg_key_begin(&key, t);
  fg_key_add_str(&key, lower, ll);
  fg_key_add_str(&key, xpos, xl);
  keys[t++] = fg_key_end(&key, seed);
  fg_key_begin(&key, t);
  fg_key_add_u64(&key, (digits > 0) + 2u * (hyphen > 0) + 4u * (len > ll));
  keys[t++] = fg_key_end(&key, seed);
  fg_key_begin(&key, t);
  fg_key_add_str(&key, lower + (ll > 2 ? ll - 2 : 0), ll > 2 ? 2 : ll);
  fg_key_add_u64(&key, w->upos);
  keys[t++] = fg_key_end(&key, seed);
  fg_key_begin(&key, t);
  fg_key_add_str(&key, lower + (ll > 3 ? ll - 3 : 0), ll > 3 ? 3 : ll);
  keys[t++] = fg_key_end(&key, seed);
}

uint64_t fg_lemma_exception_key(const FgWord *w, uint64_t seed) {
  FgKey key;
  fg_key_begin(&key, 1000);
  fg_key_add_str(&key, w->form ? w->form : "", w->form ? w->form_len : 0);
  fg_key_add_str(&key, w->xpos ? w->xpos : "", xpos_len(w));
  return fg_key_end(&key, seed);
}

uint64_t fg_lemma_vocabulary_key(const char *lemma, size_t len, uint64_t seed) {
  char lower[128];
  if (len > sizeof lower) /* a long lemma keeps its case */
    return fg_hash_seeded(lemma, len, seed ^ 2);
  for (size_t i = 0; i < len; i++)
    lower[i] = lemma[i] >= 'A' && lemma[i] <= 'Z' ? (char)(lemma[i] - 'A' + 'a') : lemma[i];
  return fg_hash_seeded(lower, len, seed ^ 1);
}

bool fg_lemma_edit_fits(const FgLemmaEdit *e, const char *form, size_t len) {
  if (e->strip > len || (e->strip == len && e->suffix_len == 0))
    return false;
  /* the cut must not split a UTF-8 sequence */
  return e->strip == 0 || ((unsigned char)form[len - e->strip] & 0xc0) != 0x80;
}

size_t fg_lemma_edit_apply(const FgLemmaEdit *e, const char *form, size_t len,
                           char *out) {
  size_t keep = len - e->strip;
  for (size_t k = 0; k < keep; k++)
    out[k] = fg_lemma_case(e->lower, form[k], k);
  memcpy(out + keep, e->suffix, e->suffix_len);
  out[keep + e->suffix_len] = '\0';
  return keep + e->suffix_len;
}

char fg_lemma_case(unsigned mode, char c, size_t at) {
  if (mode == FG_LEMMA_LOWER)
    return lower_ascii(c);
  if (mode == FG_LEMMA_CAPITAL && at == 0 && c >= 'a' && c <= 'z')
    return (char)(c - 'a' + 'A');
  return c;
}

static size_t common_prefix(const char *a, size_t alen, const char *b,
                            unsigned mode) {
  size_t k = 0;
  while (k < alen && b[k] && fg_lemma_case(mode, a[k], k) == b[k])
    k++;
  /* back off to a character boundary */
  while (k > 0 && k < alen && ((unsigned char)a[k] & 0xc0) == 0x80)
    k--;
  return k;
}

bool fg_lemma_edit_between(const char *form, size_t len, const char *lemma,
                           FgLemmaEdit *out) {
  size_t lemma_len = strlen(lemma);
  /* the case mode that keeps most of the form (ties: keep the case) */
  unsigned mode = FG_LEMMA_KEEP;
  size_t k = common_prefix(form, len, lemma, FG_LEMMA_KEEP);
  for (unsigned m = FG_LEMMA_LOWER; m <= FG_LEMMA_CAPITAL; m++) {
    size_t km = common_prefix(form, len, lemma, m);
    if (km > k) {
      k = km;
      mode = m;
    }
  }
  if (len - k > 255 || lemma_len - k > FG_LEMMA_MAX_SUFFIX)
    return false;
  out->lower = (uint8_t)mode;
  out->strip = (uint8_t)(len - k);
  out->suffix = lemma + k;
  out->suffix_len = (uint16_t)(lemma_len - k);
  return true;
}
