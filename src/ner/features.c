/* SPDX-License-Identifier: MIT */
#include "ner/features.h"

#include <stdio.h>
#include <string.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "ner/bilou.h"
#include "learn/feature.h"
#include "util/intern.h"

/* Atom values for padding positions and missing annotations. */
enum { PAD_BEFORE = 1, PAD_AFTER = 2, MISSING = 3, NO_MOVE = FG_NER_MOVES + 1 };

/* One template: up to three (atom, offset) parts; atom -1 ends the list.
 * Moves are pseudo-atoms: MOVE1 is the previous move, MOVE2 the one
 * before it. */
enum { MOVE1 = 100, MOVE2 = 101 };
typedef struct {
  int atom[3];
  int off[3];
  const char *name;
} Template;

#define T1(a, o, name) {{a, -1, -1}, {o, 0, 0}, name}
#define T2(a, o, b, p, name) {{a, b, -1}, {o, p, 0}, name}
#define T3(a, o, b, p, c, q, name) {{a, b, c}, {o, p, q}, name}

static const Template TEMPLATES[] = {
    T1(FG_NA_FIRST, 99, "bias"),
    T1(FG_NA_WORD, 0, "w0"),
    T1(FG_NA_LOWER, 0, "l0"),
    T1(FG_NA_SHAPE, 0, "s0"),
    T1(FG_NA_PREFIX, 0, "p0"),
    T1(FG_NA_SUFFIX, 0, "x0"),
    T1(FG_NA_LOWER, -1, "l-1"),
    T1(FG_NA_LOWER, 1, "l+1"),
    T1(FG_NA_LOWER, -2, "l-2"),
    T1(FG_NA_LOWER, 2, "l+2"),
    T1(FG_NA_SUFFIX, -1, "x-1"),
    T1(FG_NA_SUFFIX, 1, "x+1"),
    T2(FG_NA_SHAPE, -1, FG_NA_SHAPE, 0, "s-1|s0"),
    T2(FG_NA_SHAPE, 0, FG_NA_SHAPE, 1, "s0|s+1"),
    T3(FG_NA_SHAPE, -1, FG_NA_SHAPE, 0, FG_NA_SHAPE, 1, "s-1|s0|s+1"),
    T2(FG_NA_LOWER, -1, FG_NA_LOWER, 0, "l-1|l0"),
    T2(FG_NA_LOWER, 0, FG_NA_LOWER, 1, "l0|l+1"),
    T2(FG_NA_FIRST, 0, FG_NA_SHAPE, 0, "first|s0"),
    T2(FG_NA_LOWER, -1, FG_NA_SHAPE, 0, "l-1|s0"),
    T1(FG_NA_SHAPE, -2, "s-2"),
    T1(FG_NA_SHAPE, 2, "s+2"),
    T2(FG_NA_LOWER, -1, FG_NA_LOWER, 1, "l-1|l+1"),
    T1(FG_NA_GAZ, -1, "g-1"),
    T1(FG_NA_GAZ, 1, "g+1"),
    T2(FG_NA_SHAPE, 0, FG_NA_LOWER, 1, "s0|l+1"),
    T2(FG_NA_SUFFIX, 0, FG_NA_SHAPE, 0, "x0|s0"),
    T2(FG_NA_FIRST, 0, FG_NA_LOWER, 0, "first|l0"),
    T1(FG_NA_GAZ, 0, "g0"),
    T2(FG_NA_GAZ, -1, FG_NA_GAZ, 0, "g-1|g0"),
    T2(FG_NA_GAZ, 0, FG_NA_GAZ, 1, "g0|g+1"),
    T2(FG_NA_GAZ, 0, FG_NA_SHAPE, 0, "g0|s0"),
    T1(FG_NA_UPOS, 0, "u0"),
    T2(FG_NA_UPOS, -1, FG_NA_UPOS, 0, "u-1|u0"),
    T2(FG_NA_UPOS, 0, FG_NA_UPOS, 1, "u0|u+1"),
    T1(FG_NA_XPOS, 0, "t0"),
    T2(FG_NA_XPOS, -1, FG_NA_LOWER, 0, "t-1|l0"),
    T2(FG_NA_XPOS, 1, FG_NA_LOWER, 0, "t+1|l0"),
    T1(FG_NA_MEMORY, 0, "r0"),
    T2(FG_NA_MEMORY, 0, FG_NA_SHAPE, 0, "r0|s0"),
    T2(FG_NA_MEMORY, 0, FG_NA_FIRST, 0, "r0|first"),
    T2(FG_NA_MEMORY, -1, FG_NA_MEMORY, 0, "r-1|r0"),
    T1(MOVE1, 0, "m1"),
    T2(MOVE2, 0, MOVE1, 0, "m2|m1"),
    T2(MOVE1, 0, FG_NA_LOWER, 0, "m1|l0"),
    T2(MOVE1, 0, FG_NA_SHAPE, 0, "m1|s0"),
    T2(MOVE1, 0, FG_NA_GAZ, 0, "m1|g0"),
    T2(MOVE1, 0, FG_NA_UPOS, 0, "m1|u0"),
    T1(FG_NA_SHORT, 0, "z0"),
    T2(FG_NA_SHORT, -1, FG_NA_SHORT, 0, "z-1|z0"),
    T2(FG_NA_SHORT, 0, FG_NA_SHORT, 1, "z0|z+1"),
    T3(FG_NA_SHORT, -1, FG_NA_SHORT, 0, FG_NA_SHORT, 1, "z-1|z0|z+1"),
    T1(FG_NA_SUFFIX2, 0, "x2_0"),
    T1(FG_NA_SUFFIX4, 0, "x4_0"),
    T1(FG_NA_PREFIX4, 0, "p4_0"),
    T2(FG_NA_SUFFIX4, 0, FG_NA_CASE, 0, "x4_0|c0"),
    T1(FG_NA_CASE, 0, "c0"),
    T2(FG_NA_CASE, -1, FG_NA_CASE, 0, "c-1|c0"),
    T2(FG_NA_CASE, 0, FG_NA_CASE, 1, "c0|c+1"),
    T3(FG_NA_CASE, -1, FG_NA_CASE, 0, FG_NA_CASE, 1, "c-1|c0|c+1"),
    T2(FG_NA_LOWER, -2, FG_NA_LOWER, -1, "l-2|l-1"),
    T2(FG_NA_LOWER, 1, FG_NA_LOWER, 2, "l+1|l+2"),
    T1(FG_NA_WORD, -1, "w-1"),
    T1(FG_NA_WORD, 1, "w+1"),
    T2(MOVE1, 0, FG_NA_CASE, 0, "m1|c0"),
    T2(MOVE1, 0, FG_NA_LOWER, -1, "m1|l-1"),
    T2(FG_NA_GAZ, 0, FG_NA_LOWER, -1, "g0|l-1"),
    T2(FG_NA_GAZ, 0, FG_NA_CASE, 0, "g0|c0"),
    T2(FG_NA_MEMORY, 0, FG_NA_CASE, 0, "r0|c0"),
    T2(FG_NA_MEMORY, 0, FG_NA_LOWER, -1, "r0|l-1"),
    T2(FG_NA_UPOS, 0, FG_NA_CASE, 0, "u0|c0"),
    T1(FG_NA_RUNEND, 0, "e0"),
    T2(FG_NA_RUNEND, 0, FG_NA_RUNPOS, 0, "e0|q0"),
    T2(FG_NA_RUNPOS, 0, FG_NA_CASE, 0, "q0|c0"),
    T2(MOVE1, 0, FG_NA_RUNEND, 0, "m1|e0"),
    T2(FG_NA_RUNEND, 0, FG_NA_LOWER, -1, "e0|l-1"),
    /* Only for a model with word clusters: */
    T1(FG_NA_FINE, 0, "k0"),
    T1(FG_NA_COARSE, 0, "kc0"),
    T1(FG_NA_FINE, -1, "k-1"),
    T1(FG_NA_FINE, 1, "k+1"),
    T2(FG_NA_FINE, 0, FG_NA_CASE, 0, "k0|c0"),
    T2(FG_NA_COARSE, -1, FG_NA_COARSE, 0, "kc-1|kc0"),
    T2(FG_NA_COARSE, 0, FG_NA_COARSE, 1, "kc0|kc+1"),
    T2(MOVE1, 0, FG_NA_COARSE, 0, "m1|kc0"),
    /* Only for a model with name lists: */
    T1(FG_NA_PERSONAL, 0, "n0"),
    T2(FG_NA_PERSONAL, 0, FG_NA_CASE, 0, "n0|c0"),
    T2(FG_NA_PERSONAL, -1, FG_NA_PERSONAL, 0, "n-1|n0"),
    T2(FG_NA_PERSONAL, 0, FG_NA_PERSONAL, 1, "n0|n+1"),
    T2(MOVE1, 0, FG_NA_PERSONAL, 0, "m1|n0"),
    T1(FG_NA_CITY, 0, "y0"),
    T2(FG_NA_CITY, 0, FG_NA_CASE, 0, "y0|c0"),
    T2(FG_NA_CITY, 0, FG_NA_PERSONAL, 0, "y0|n0"),
    T2(FG_NA_CITY, 0, FG_NA_LOWER, -1, "y0|l-1"),
    T2(MOVE1, 0, FG_NA_CITY, 0, "m1|y0"),
    T2(FG_NA_RUNEVENT, 0, FG_NA_RUNPOS, 0, "v0|q0"),
    T2(MOVE1, 0, FG_NA_RUNEVENT, 0, "m1|v0"),
};
#define TEMPLATE_COUNT (sizeof TEMPLATES / sizeof TEMPLATES[0])
#define NAME_TEMPLATES 12    /* the last ones */
#define CLUSTER_TEMPLATES 8  /* the ones before them */
#define BASE_TEMPLATES (TEMPLATE_COUNT - NAME_TEMPLATES - CLUSTER_TEMPLATES)
_Static_assert(TEMPLATE_COUNT <= FG_NER_MAX_FEATURES, "too many templates");

/* A model without clusters or name lists has the table it had before they
 * came, and its hash: older models still load. A template keeps its
 * number (its place in the table) in every model. */
static bool template_on(size_t t, bool clusters, bool names) {
  return t < BASE_TEMPLATES ||
         (t < BASE_TEMPLATES + CLUSTER_TEMPLATES ? clusters : names);
}

/* The feature keys' scheme (key1 and the others below): part of the
 * templates hash, so a model made with other keys refuses to load. */
#define KEY_SCHEME "keys=fold1;"

/* The hash of the table written out as text, after the key scheme:
 * names, atoms and offsets. */
uint64_t fg_ner_templates_hash(bool clusters, bool names) {
  char text[TEMPLATE_COUNT * 48];
  size_t len = strlen(KEY_SCHEME);
  memcpy(text, KEY_SCHEME, len);
  for (size_t t = 0; t < TEMPLATE_COUNT; t++) {
    if (!template_on(t, clusters, names))
      continue;
    const Template *tp = &TEMPLATES[t];
    int w = snprintf(text + len, sizeof text - len, "%s=%d@%d,%d@%d,%d@%d;",
                     tp->name, tp->atom[0], tp->off[0], tp->atom[1],
                     tp->off[1], tp->atom[2], tp->off[2]);
    if (w < 0 || (size_t)w >= sizeof text - len)
      break;
    len += (size_t)w;
  }
  return fg_hash(text, len);
}

static char shape_class(unsigned char c) {
  if (c >= 'A' && c <= 'Z')
    return 'X';
  if (c >= 'a' && c <= 'z')
    return 'x';
  if (c >= '0' && c <= '9')
    return 'd';
  if (c >= 0x80)
    return 'u'; /* any non-ASCII letter or sign */
  return (char)c;
}

size_t fg_ner_shape(const char *form, size_t len, char *out, size_t cap) {
  size_t o = 0, run = 0;
  char last = 0;
  for (size_t i = 0; i < len && o + 1 < cap; i++) {
    unsigned char c = (unsigned char)form[i];
    if (c >= 0x80 && c < 0xC0)
      continue; /* UTF-8 continuation byte */
    char k = shape_class(c);
    run = k == last ? run + 1 : 1;
    last = k;
    if (run <= 3)
      out[o++] = k;
  }
  if (cap)
    out[o] = '\0';
  return o;
}

/* The letter case of a word, times two, plus one for the sentence's first
 * word: 1 lower case, 2 a capital then lower case, 3 all capitals, 4 other
 * mixed case, 5 with digits, 6 no letter or digit, 7 a non-ASCII start. */
static uint64_t case_class(const char *form, size_t len, bool first) {
  size_t upper = 0, lower = 0, digit = 0;
  for (size_t i = 0; i < len; i++) {
    char c = form[i];
    upper += c >= 'A' && c <= 'Z';
    lower += c >= 'a' && c <= 'z';
    digit += c >= '0' && c <= '9';
  }
  unsigned k;
  if (len && (unsigned char)form[0] >= 0x80)
    k = 7;
  else if (digit)
    k = 5;
  else if (!upper && !lower)
    k = 6;
  else if (!upper)
    k = 1;
  else if (!lower)
    k = upper > 1 ? 3 : 2;
  else
    k = form[0] >= 'A' && form[0] <= 'Z' && upper == 1 ? 2 : 4;
  return MISSING + 1 + 2 * k + (first ? 1 : 0);
}

/* The shape with every run cut to one character. */
static size_t short_shape(const char *shape, size_t len, char *out) {
  size_t o = 0;
  for (size_t i = 0; i < len; i++)
    if (o == 0 || out[o - 1] != shape[i])
      out[o++] = shape[i];
  return o;
}

static uint64_t hash_str(const char *s, size_t len) {
  uint64_t h = fg_hash(s, len);
  return h > NO_MOVE ? h : h + NO_MOVE + 1;
}

static void word_atoms(const FgWord *w, size_t i, size_t n, uint8_t mark,
                       uint8_t listed, const FgNerClusters *clusters,
                       bool use_tags, uint64_t *a) {
  char buf[64];
  size_t len = w->form_len;
  a[FG_NA_WORD] = hash_str(w->form, len);
  size_t low = len < sizeof buf ? len : sizeof buf;
  for (size_t k = 0; k < low; k++) {
    char c = w->form[k];
    buf[k] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
  }
  a[FG_NA_LOWER] = len < sizeof buf ? hash_str(buf, len) : a[FG_NA_WORD];
  size_t slen = fg_ner_shape(w->form, len, buf, sizeof buf);
  a[FG_NA_SHAPE] = hash_str(buf, slen);
  char brief[64];
  a[FG_NA_SHORT] = hash_str(brief, short_shape(buf, slen, brief));
  a[FG_NA_PREFIX] = hash_str(w->form, len < 3 ? len : 3);
  a[FG_NA_SUFFIX] = hash_str(w->form + (len < 3 ? 0 : len - 3),
                             len < 3 ? len : 3);
  a[FG_NA_SUFFIX2] = hash_str(w->form + (len < 2 ? 0 : len - 2),
                              len < 2 ? len : 2);
  a[FG_NA_SUFFIX4] = hash_str(w->form + (len < 4 ? 0 : len - 4),
                              len < 4 ? len : 4);
  a[FG_NA_PREFIX4] = hash_str(w->form, len < 4 ? len : 4);
  a[FG_NA_CASE] = case_class(w->form, len, i == 0);
  a[FG_NA_UPOS] = use_tags && w->upos ? MISSING + w->upos : MISSING;
  a[FG_NA_XPOS] =
      use_tags && w->xpos ? hash_str(w->xpos, strlen(w->xpos)) : MISSING;
  a[FG_NA_GAZ] = MISSING + 1u + mark;
  a[FG_NA_FIRST] = i == 0 ? 1 : i + 1 == n ? 2 : 0;
  a[FG_NA_MEMORY] = MISSING + 1;
  uint32_t ids[FG_NER_CLUSTER_LEVELS];
  bool known = fg_ner_cluster_find(clusters, w->form, len, ids);
  a[FG_NA_COARSE] = known ? MISSING + 1 + ids[0] : MISSING;
  a[FG_NA_FINE] = known ? MISSING + 1 + ids[1] : MISSING;
  a[FG_NA_PERSONAL] = MISSING + 1 + FG_NAMES_MARK_PERSONAL(listed);
  a[FG_NA_CITY] = MISSING + 1 + FG_NAMES_MARK_CITY(listed);
}

static bool capitalized(const FgWord *w) {
  unsigned char c = (unsigned char)w->form[0];
  return (c >= 'A' && c <= 'Z') || (c >= 0xC3 && c <= 0xD4);
}

/* Small words that may join two capitalized words into one run
 * ("Bank of England", "Procter & Gamble"). */
static bool joiner(const FgWord *w) {
  static const char *const JOINERS[] = {"of", "the", "and", "&", "de",
                                        "for", "-", "du", "von", "van"};
  for (size_t k = 0; k < sizeof JOINERS / sizeof JOINERS[0]; k++)
    if (strlen(JOINERS[k]) == w->form_len &&
        memcmp(JOINERS[k], w->form, w->form_len) == 0)
      return true;
  return false;
}

/* Each word of a run of capitalized words (joiners allowed inside) gets
 * the lower case of the run's last word, so the first word of a name sees
 * its head ("Collins ... College"), and its place in the run. */
static void run_atoms(const FgWord *words, size_t n, const uint8_t *listed,
                      FgNerAtoms *out) {
  for (size_t i = 0; i < n;) {
    if (!capitalized(&words[i])) {
      out->atoms[i + 2][FG_NA_RUNEND] = MISSING;
      out->atoms[i + 2][FG_NA_RUNPOS] = MISSING;
      out->atoms[i + 2][FG_NA_RUNEVENT] = MISSING;
      i++;
      continue;
    }
    size_t e = i + 1;
    while (e < n && (capitalized(&words[e]) ||
                     (joiner(&words[e]) && e + 1 < n &&
                      capitalized(&words[e + 1]))))
      e++;
    size_t len = e - i;
    uint64_t last = out->atoms[e - 1 + 2][FG_NA_LOWER];
    uint64_t event = MISSING + 1 + FG_NAMES_MARK_EVENT_HEAD(listed[e - 1]);
    for (size_t k = i; k < e; k++) {
      out->atoms[k + 2][FG_NA_RUNEVENT] = event;
      unsigned pos = len == 1 ? 0 : k == i ? 1 : k + 1 == e ? 2 : 3;
      unsigned size = len > 4 ? 4 : (unsigned)len;
      out->atoms[k + 2][FG_NA_RUNEND] = last;
      out->atoms[k + 2][FG_NA_RUNPOS] = MISSING + 1 + pos * 5 + size;
    }
    i = e;
  }
}

void fg_ner_atoms_recall(FgNerAtoms *atoms, const FgWord *words,
                         const FgNerMemory *memory) {
  for (size_t i = 0; i < atoms->n; i++)
    atoms->atoms[i + 2][FG_NA_MEMORY] =
        MISSING + 1 +
        fg_ner_memory_get(memory, words[i].form, words[i].form_len);
}

bool fg_ner_atoms(FgArena *scratch, const FgWord *words, size_t n,
                  const uint8_t *marks, const FgNerClusters *clusters,
                  const FgNerNames *names, bool use_tags, FgNerAtoms *out) {
  uint8_t *listed = fg_arena_alloc_raw(scratch, n + 1);
  if (!listed)
    return false;
  fg_ner_names_mark(names, words, n, listed);
  return fg_ner_atoms_listed(scratch, words, n, marks, clusters, names != NULL,
                             listed, use_tags, out);
}

bool fg_ner_atoms_listed(FgArena *scratch, const FgWord *words, size_t n,
                         const uint8_t *marks, const FgNerClusters *clusters,
                         bool names, const uint8_t *listed, bool use_tags,
                         FgNerAtoms *out) {
  out->n = n;
  out->clusters = clusters != NULL;
  out->names = names;
  out->atoms = fg_arena_calloc(scratch, n + 4, sizeof *out->atoms);
  if (!out->atoms)
    return false;
  for (size_t k = 0; k < FG_NA_COUNT; k++) {
    out->atoms[0][k] = out->atoms[1][k] = PAD_BEFORE;
    out->atoms[n + 2][k] = out->atoms[n + 3][k] = PAD_AFTER;
  }
  for (size_t i = 0; i < n; i++)
    word_atoms(&words[i], i, n, marks ? marks[i] : 0, listed[i], clusters,
               use_tags, out->atoms[i + 2]);
  run_atoms(words, n, listed, out);
  return true;
}

/* A feature key: the atoms folded in by one 64x64->128-bit multiply
 * each (the product's halves xor'ed), from a start that mixes the seed
 * and the template id: cheaper than XXH3 over their bytes (recognizer
 * x1.10), and the same model weights. */
static inline uint64_t key_start(uint64_t seed, uint32_t t) {
  return seed ^ (t * 0x9e3779b97f4a7c15ull);
}

static inline uint64_t key1(uint64_t seed, uint32_t t, uint64_t a) {
  return XXH3_mul128_fold64(a ^ key_start(seed, t), 0xc2b2ae3d27d4eb4full);
}

static inline uint64_t key2(uint64_t seed, uint32_t t, uint64_t a,
                            uint64_t b) {
  return XXH3_mul128_fold64(a ^ key_start(seed, t), b ^ 0xff51afd7ed558ccdull);
}

static inline uint64_t key3(uint64_t seed, uint32_t t, uint64_t a,
                            uint64_t b, uint64_t c) {
  return XXH3_mul128_fold64(key2(seed, t, a, b) ^ c, 0xc4ceb9fe1a85ec53ull);
}

uint64_t fg_ner_key(uint64_t seed, uint32_t template_id, const uint64_t *v,
                    size_t k) {
  return k == 1   ? key1(seed, template_id, v[0])
         : k == 2 ? key2(seed, template_id, v[0], v[1])
                  : key3(seed, template_id, v[0], v[1], v[2]);
}

static size_t arity(const Template *tp) {
  size_t k = 0;
  while (k < 3 && tp->atom[k] >= 0)
    k++;
  return k;
}

/* Moves come first in a template that has them. */
static bool has_move(const Template *tp) { return tp->atom[0] >= MOVE1; }

void fg_ner_static_keys(const FgNerAtoms *a, size_t first, size_t end,
                        uint64_t seed, uint64_t *keys, size_t *counts) {
  for (size_t i = first; i < end; i++)
    counts[i - first] = 0;
    /* Template by template, word by word: the template's branches are
     * taken once for all the words. */
#define PUSH(key)                                                              \
  keys[(i - first) * FG_NER_MAX_FEATURES + counts[i - first]++] = (key)
  for (size_t t = 0; t < TEMPLATE_COUNT; t++) {
    const Template *tp = &TEMPLATES[t];
    if (!template_on(t, a->clusters, a->names) || has_move(tp))
      continue;
    const uint32_t id = (uint32_t)t + 1;
    if (tp->off[0] == 99) { /* the bias: one key for every word */
      const uint64_t key = key1(seed, id, 0);
      for (size_t i = first; i < end; i++)
        PUSH(key);
      continue;
    }
    /* atom j of word i is p[j][i * FG_NA_COUNT] */
    const uint64_t *p[3];
    const size_t k = arity(tp);
    for (size_t j = 0; j < k; j++)
      p[j] = &a->atoms[2 + tp->off[j]][tp->atom[j]];
    /* a feature whose atoms are all missing (no tags) is left out */
    for (size_t i = first, at = first * FG_NA_COUNT; i < end;
         i++, at += FG_NA_COUNT) {
      const uint64_t x = p[0][at];
      if (k == 1) {
        if (x != MISSING)
          PUSH(key1(seed, id, x));
      } else if (k == 2) {
        const uint64_t y = p[1][at];
        if (x != MISSING || y != MISSING)
          PUSH(key2(seed, id, x, y));
      } else {
        const uint64_t y = p[1][at], z = p[2][at];
        if (x != MISSING || y != MISSING || z != MISSING)
          PUSH(key3(seed, id, x, y, z));
      }
    }
  }
#undef PUSH
}

size_t fg_ner_move_keys(const FgNerAtoms *a, size_t i, const uint8_t *moves,
                        uint64_t seed, uint64_t *keys) {
  const uint64_t move1 = i >= 1 ? moves[i - 1] : NO_MOVE;
  const uint64_t move2 = i >= 2 ? moves[i - 2] : NO_MOVE;
  uint64_t(*at)[FG_NA_COUNT] = a->atoms + i + 2;
  size_t count = 0;
  for (size_t t = 0; t < TEMPLATE_COUNT; t++) {
    const Template *tp = &TEMPLATES[t];
    if (!has_move(tp) || !template_on(t, a->clusters, a->names))
      continue;
    uint64_t v[3];
    const size_t k = arity(tp);
    for (size_t j = 0; j < k; j++)
      v[j] = tp->atom[j] == MOVE1   ? move1
             : tp->atom[j] == MOVE2 ? move2
                                    : at[tp->off[j]][tp->atom[j]];
    keys[count++] = fg_ner_key(seed, (uint32_t)t + 1, v, k);
  }
  return count;
}

size_t fg_ner_features(const FgNerAtoms *a, size_t i, const uint8_t *moves,
                       uint64_t seed, uint64_t *keys) {
  size_t count;
  fg_ner_static_keys(a, i, i + 1, seed, keys, &count);
  return count + fg_ner_move_keys(a, i, moves, seed, keys + count);
}
