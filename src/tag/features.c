/* SPDX-License-Identifier: MIT */
#include "tag/features.h"

#include <stdlib.h>
#include <string.h>

#include "learn/feature.h"
#include "learn/feature_inline.h"
#include "learn/le.h"
#include "learn/perceptron.h"

/* Template names, in id order. Changing a template changes this table, so
 * its hash in the model header makes a stale model refuse to load. */
static const char *const TEMPLATES[FG_TAG_KEYS2] = {
    "bias",       "form",         "lower",        "suf1",
    "suf2",       "suf3",         "suf4",         "pre1",
    "pre2",       "pre3",         "shape",        "flags",
    "lower-1",    "lower-2",      "lower+1",      "lower+2",
    "suf3-1",     "suf3+1",       "shape-1",      "shape+1",
    "lower-1.0",  "lower0.+1",    "amb0",         "amb-1",
    "amb+1",      "amb+2",        "amb0.+1",      "amb-1.0",
    "suf3.amb+1", "caps-1.0.+1", "caps0.lower", "tag-1",        "tag-2.-1",     "tag-1.lower",
    "tag-1.amb0", "tag-1.suf3",
    "p1tag0",     "p1tag+1",      "p1tag+2",      "p1tag+1.+2",
    "tag-1.p1tag+1", "p1tag+1.lower0", "p1tag+1.suf3", "p1tag0.+1",
    "tag-1.p1tag0.+1"};

/* The lexicon templates (a changed lex_atom must rename one too). */
static const char *const LEX_TEMPLATES[FG_TAG_LEX_KEYS] = {
    "lex0",         "lex-1.lex0",   "lex0.lex+1", "lex-1.lower0",
    "lex0.shape+1", "lex0.lower+1", "tag-1.lex0"};

/* The word-class templates. */
static const char *const CLASS_TEMPLATES[FG_TAG_CLASS_KEYS] = {
    "wcl0", "wcl0.caps0", "wcl-1.wcl0", "wcl0.wcl+1", "tag-1.wcl0"};

/* Atoms for positions outside the sentence and unknown words. */
enum { ATOM_BEFORE = 1, ATOM_AFTER = 2, ATOM_UNKNOWN = 3 };

uint64_t fg_tag_template_hash(bool two_pass) {
  uint64_t h = two_pass
                   ? fg_hash_seeded("factgraph tagger templates v2", 29, 0)
                   : fg_hash_seeded("factgraph tagger templates v1", 29, 0);
  for (size_t i = 0; i < (two_pass ? FG_TAG_KEYS2 : FG_TAG_KEYS); i++)
    h = fg_hash_seeded(TEMPLATES[i], strlen(TEMPLATES[i]), h);
  return h;
}

uint64_t fg_tag_lexicon_template_hash(bool two_pass, bool names, bool classes) {
  uint64_t h = fg_tag_template_hash(two_pass);
  for (size_t i = 0; names && i < FG_TAG_LEX_KEYS; i++)
    h = fg_hash_seeded(LEX_TEMPLATES[i], strlen(LEX_TEMPLATES[i]), h);
  for (size_t i = 0; classes && i < FG_TAG_CLASS_KEYS; i++)
    h = fg_hash_seeded(CLASS_TEMPLATES[i], strlen(CLASS_TEMPLATES[i]), h);
  return h;
}

uint64_t fg_tag_word_key(const char *form, size_t len, uint64_t seed) {
  return fg_hash_seeded(form, len, seed ^ 0x7461676469637421ull);
}

/* ---- dictionary ---- */

struct FgTagDict {
  FgTagDictEntry *entries;
  size_t n;
  uint32_t *slots; /* entry index + 1 */
  size_t mask;
};

static size_t slot_of(uint64_t key, size_t mask) {
  return (size_t)(key ^ (key >> 29)) & mask;
}

FgTagDict *fg_tag_dict_new(const FgTagDictEntry *entries, size_t n) {
  FgTagDict *d = calloc(1, sizeof *d);
  if (!d)
    return NULL;
  size_t nslots = 16;
  while (nslots < n * 2)
    nslots *= 2;
  d->mask = nslots - 1;
  d->n = n;
  d->entries = malloc((n + 1) * sizeof *entries);
  d->slots = calloc(nslots, sizeof *d->slots);
  if (!d->entries || !d->slots) {
    fg_tag_dict_free(d);
    return NULL;
  }
  if (n)
    memcpy(d->entries, entries, n * sizeof *entries);
  for (size_t i = 0; i < n; i++) {
    size_t s = slot_of(entries[i].key, d->mask);
    while (d->slots[s])
      s = (s + 1) & d->mask;
    d->slots[s] = (uint32_t)(i + 1);
  }
  return d;
}

void fg_tag_dict_free(FgTagDict *dict) {
  if (!dict)
    return;
  free(dict->entries);
  free(dict->slots);
  free(dict);
}

const FgTagDictEntry *fg_tag_dict_find(const FgTagDict *dict, uint64_t key) {
  for (size_t s = slot_of(key, dict->mask);; s = (s + 1) & dict->mask) {
    uint32_t e = dict->slots[s];
    if (!e)
      return NULL;
    if (dict->entries[e - 1].key == key)
      return &dict->entries[e - 1];
  }
}

FgStatus fg_tag_dict_write(const FgTagDictEntry *entries, size_t n,
                           FgBuf *out) {
  fg_buf_clear(out);
  bool ok = n <= UINT32_MAX && fg_le_put_u32(out, (uint32_t)n) &&
            fg_le_put_u32(out, 0);
  for (size_t i = 0; ok && i < n; i++)
    ok = fg_le_put_u64(out, entries[i].key) &&
         fg_le_put_u64(out, entries[i].amb) &&
         fg_le_put_u16(out, entries[i].sure);
  return ok ? FG_OK : FG_ERR_NOMEM;
}

FgStatus fg_tag_dict_load(const uint8_t *data, size_t len, uint32_t nclasses,
                          const FgModel *model, FgTagDict **out) {
  *out = NULL;
  FgLeCursor c = fg_le_cursor(data, len);
  uint32_t n = fg_le_u32(&c), reserved = fg_le_u32(&c);
  if (c.failed || reserved != 0 || (uint64_t)n * 18 != len - 8)
    return model ? fg_model_fail(model, FG_TAG_SEC_DICT, 0,
                                 "dictionary count does not match its length")
                 : FG_ERR_SYNTAX;
  FgTagDictEntry *entries = malloc(((size_t)n + 1) * sizeof *entries);
  if (!entries)
    return FG_ERR_NOMEM;
  for (uint32_t i = 0; i < n; i++) {
    size_t at = c.pos;
    entries[i].key = fg_le_u64(&c);
    entries[i].amb = fg_le_u64(&c);
    entries[i].sure = fg_le_u16(&c);
    if ((i > 0 && entries[i].key <= entries[i - 1].key) ||
        entries[i].sure > nclasses) {
      free(entries);
      return model ? fg_model_fail(model, FG_TAG_SEC_DICT, at,
                                   "dictionary entry out of order or with "
                                   "an unknown tag")
                   : FG_ERR_SYNTAX;
    }
  }
  *out = fg_tag_dict_new(entries, n);
  free(entries);
  return *out ? FG_OK : FG_ERR_NOMEM;
}

/* ---- atoms ---- */

static char lower_ascii(char c) {
  return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static char shape_class(unsigned char c) {
  if (c >= 'A' && c <= 'Z')
    return 'X';
  if (c >= 'a' && c <= 'z')
    return 'x';
  if (c >= '0' && c <= '9')
    return 'd';
  return c >= 0x80 ? 'u' : (char)c;
}

/* Word shape: classes X x d u or the character, runs cut at 3. */
static uint64_t shape_atom(const char *form, size_t len, uint64_t seed) {
  char out[24];
  size_t n = 0, run = 0;
  for (size_t i = 0; i < len && n < sizeof out; i++) {
    char s = shape_class((unsigned char)form[i]);
    run = n && out[n - 1] == s ? run + 1 : 1;
    if (run <= 3)
      out[n++] = s;
  }
  return fg_hash_seeded(out, n, seed ^ 0x5348415045ull);
}

static uint64_t dict_amb(const FgTagDict *dict, const char *form, size_t len,
                         const char *lower, size_t lower_len, uint64_t seed,
                         uint32_t *sure) {
  *sure = 0;
  if (!dict)
    return ATOM_UNKNOWN;
  const FgTagDictEntry *e = fg_tag_dict_find(dict,
                                             fg_tag_word_key(form, len, seed));
  if (!e)
    e = fg_tag_dict_find(dict, fg_tag_word_key(lower, lower_len, seed));
  if (!e)
    return ATOM_UNKNOWN;
  *sure = e->sure;
  return e->amb;
}

bool fg_tag_atoms_unseen(const FgTagAtoms *a) { return a->amb == ATOM_UNKNOWN; }

#define LOWER_MAX 64

static uint32_t caps_of(const char *form, size_t len) {
  unsigned upper = 0, letters = 0;
  for (size_t k = 0; k < len; k++) {
    upper += form[k] >= 'A' && form[k] <= 'Z';
    letters += (form[k] >= 'A' && form[k] <= 'Z') ||
               (form[k] >= 'a' && form[k] <= 'z');
  }
  uint32_t caps = len && form[0] >= 'A' && form[0] <= 'Z' ? 1u : 0u;
  return caps | (letters >= 2 && upper == letters ? 2u : 0u);
}

/* The lexicon atom but its caps (fg_tag_atoms adds them): the word's
 * name-list mark (given name, surname, place in a listed city; any letter
 * case), whether it starts the sentence, and whether its form and its
 * lower case are dictionary words (a capitalized first word whose lower
 * case is not is likely a name). */
static uint32_t lex_atom(const FgTagDict *dict, uint8_t mark, size_t i,
                         const char *form, size_t len, const char *lower,
                         size_t lower_len, uint64_t seed) {
  bool lower_known =
      dict && fg_tag_dict_find(dict, fg_tag_word_key(lower, lower_len, seed));
  bool form_known =
      dict && fg_tag_dict_find(dict, fg_tag_word_key(form, len, seed));
  uint32_t listed = FG_NAMES_MARK_PERSONAL(mark) |
                    FG_NAMES_MARK_CITY(mark) << 2;
  return listed | (i == 0 ? 1u << 8 : 0u) |
         (lower_known ? 1u << 9 : 0u) | (form_known ? 1u << 10 : 0u) |
         1u << 11; /* never an ATOM_ */
}

void fg_tag_atoms(const FgWord *words, size_t n, const FgTagDict *dict,
                  const FgTagLexicon *lexicon, uint8_t *marks, uint64_t seed,
                  FgTagAtoms *atoms) {
  size_t capitalized = 0, lettered = 0;
  if (lexicon && lexicon->names)
    fg_ner_names_mark(lexicon->names, words, n, marks);
  for (size_t i = 0; i < n; i++) {
    const char *form = words[i].form ? words[i].form : "";
    size_t len = words[i].form ? words[i].form_len : 0;
    char lower[LOWER_MAX];
    size_t ll = len < LOWER_MAX ? len : LOWER_MAX;
    for (size_t k = 0; k < ll; k++)
      lower[k] = lower_ascii(form[k]);
    FgTagAtoms *a = &atoms[i];
    a->form = fg_hash_seeded(form, len, seed);
    a->lower = len <= LOWER_MAX ? fg_hash_seeded(lower, ll, seed ^ 1) : a->form;
    a->shape = shape_atom(form, len, seed);
    a->suf3 = fg_hash_seeded(lower + (ll > 3 ? ll - 3 : 0), ll > 3 ? 3 : ll,
                             seed ^ 3);
    a->amb = dict_amb(dict, form, len, lower, ll, seed, &a->sure);
    a->caps = caps_of(form, len);
    a->lex = lexicon && lexicon->names
                 ? lex_atom(dict, marks[i], i, form, len, lower, ll, seed)
                 : 0;
    /* bit 16 set: never an ATOM_, and an unlisted word is not 0 */
    a->classes = lexicon && lexicon->classes
                     ? (len <= LOWER_MAX
                            ? fg_word_classes_find(lexicon->classes, lower, ll)
                            : 0) | 1u << 16
                     : 0;
    capitalized += a->caps & 1u;
    lettered += len && ((form[0] >= 'A' && form[0] <= 'Z') ||
                        (form[0] >= 'a' && form[0] <= 'z'));
  }
  if (lettered >= 3 && capitalized * 4 >= lettered * 3)
    for (size_t i = 0; i < n; i++)
      atoms[i].caps |= 4u;
  for (size_t i = 0; lexicon && lexicon->names && i < n; i++)
    atoms[i].lex |= atoms[i].caps << 5;
}

static uint32_t word_flags(const FgWord *w, size_t i) {
  uint32_t flags = i == 0 ? 16u : 0u;
  unsigned upper = 0, letters = 0;
  for (uint32_t k = 0; k < w->form_len; k++) {
    unsigned char c = (unsigned char)w->form[k];
    flags |= (c >= '0' && c <= '9') ? 1u : 0u;
    flags |= c == '-' ? 2u : 0u;
    flags |= c >= 0x80 ? 32u : 0u;
    flags |= c == '.' ? 64u : 0u;
    upper += c >= 'A' && c <= 'Z';
    letters += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
  if (w->form_len && w->form[0] >= 'A' && w->form[0] <= 'Z')
    flags |= 4u;
  if (letters >= 2 && upper == letters)
    flags |= 8u;
  return flags;
}

static uint64_t key1(uint64_t seed, uint32_t t, uint64_t a) {
#if defined(FG_FEATURE_KEY_INLINE)
  return fg_feature_key1(seed, t, a);
#else
  return fg_feature_key(seed, t, &a, 1);
#endif
}

static uint64_t key2(uint64_t seed, uint32_t t, uint64_t a, uint64_t b) {
#if defined(FG_FEATURE_KEY_INLINE)
  return fg_feature_key2(seed, t, a, b);
#else
  uint64_t atoms[2] = {a, b};
  return fg_feature_key(seed, t, atoms, 2);
#endif
}

static uint64_t affix_key(uint64_t seed, uint32_t t, const char *lower,
                          size_t len, size_t k, bool suffix) {
  FgKey key;
  fg_key_begin(&key, t);
  size_t take = k < len ? k : len;
  fg_key_add_str(&key, suffix ? lower + len - take : lower, take);
  return fg_key_end(&key, seed);
}

/* The neighbour at i + d, or NULL outside the sentence. */
static const FgTagAtoms *at(const FgTagAtoms *atoms, size_t n, size_t i,
                            int d) {
  if ((d < 0 && i < (size_t)-d) || i + (size_t)(d > 0 ? d : 0) >= n)
    return NULL;
  return &atoms[(size_t)((ptrdiff_t)i + d)];
}

#define PICK(p, field, d) ((p) ? (p)->field : ((d) < 0 ? ATOM_BEFORE : ATOM_AFTER))

void fg_tag_static_keys(const FgWord *words, const FgTagAtoms *atoms,
                        size_t n, size_t i, uint64_t seed, uint64_t *keys) {
  const FgWord *w = &words[i];
  const FgTagAtoms *a = &atoms[i];
  const FgTagAtoms *m1 = at(atoms, n, i, -1), *m2 = at(atoms, n, i, -2);
  const FgTagAtoms *p1 = at(atoms, n, i, 1), *p2 = at(atoms, n, i, 2);
  char lower[LOWER_MAX];
  size_t ll = w->form_len < LOWER_MAX ? w->form_len : LOWER_MAX;
  for (size_t k = 0; k < ll; k++)
    lower[k] = lower_ascii(w->form[k]);
  uint32_t t = 0;
  keys[t] = key1(seed, t, 0), t++;
  keys[t] = key1(seed, t, a->form), t++;
  keys[t] = key1(seed, t, a->lower), t++;
  for (size_t k = 1; k <= 4; k++, t++)
    keys[t] = affix_key(seed, t, lower, ll, k, true);
  for (size_t k = 1; k <= 3; k++, t++)
    keys[t] = affix_key(seed, t, lower, ll, k, false);
  keys[t] = key1(seed, t, a->shape), t++;
  keys[t] = key1(seed, t, word_flags(w, i)), t++;
  keys[t] = key1(seed, t, PICK(m1, lower, -1)), t++;
  keys[t] = key1(seed, t, PICK(m2, lower, -1)), t++;
  keys[t] = key1(seed, t, PICK(p1, lower, 1)), t++;
  keys[t] = key1(seed, t, PICK(p2, lower, 1)), t++;
  keys[t] = key1(seed, t, PICK(m1, suf3, -1)), t++;
  keys[t] = key1(seed, t, PICK(p1, suf3, 1)), t++;
  keys[t] = key1(seed, t, PICK(m1, shape, -1)), t++;
  keys[t] = key1(seed, t, PICK(p1, shape, 1)), t++;
  keys[t] = key2(seed, t, PICK(m1, lower, -1), a->lower), t++;
  keys[t] = key2(seed, t, a->lower, PICK(p1, lower, 1)), t++;
  keys[t] = key1(seed, t, a->amb), t++;
  keys[t] = key1(seed, t, PICK(m1, amb, -1)), t++;
  keys[t] = key1(seed, t, PICK(p1, amb, 1)), t++;
  keys[t] = key1(seed, t, PICK(p2, amb, 1)), t++;
  keys[t] = key2(seed, t, a->amb, PICK(p1, amb, 1)), t++;
  keys[t] = key2(seed, t, PICK(m1, amb, -1), a->amb), t++;
  keys[t] = key2(seed, t, a->suf3, PICK(p1, amb, 1)), t++;
  uint64_t caps3 = (m1 ? m1->caps : 8u) | (uint64_t)a->caps << 4 |
                   (uint64_t)(p1 ? p1->caps : 8u) << 8;
  keys[t] = key1(seed, t, caps3), t++;
  keys[t] = key2(seed, t, a->caps, a->lower), t++;
}

void fg_tag_history_keys(const FgTagAtoms *atoms, size_t i, uint32_t prev2,
                         uint32_t prev1, uint64_t seed, uint64_t *keys) {
  const FgTagAtoms *a = &atoms[i];
  uint32_t t = FG_TAG_STATIC_KEYS;
  keys[0] = key1(seed, t, prev1), t++;
  keys[1] = key2(seed, t, prev2, prev1), t++;
  keys[2] = key2(seed, t, prev1, a->lower), t++;
  keys[3] = key2(seed, t, prev1, a->amb), t++;
  keys[4] = key2(seed, t, prev1, a->suf3), t++;
}

void fg_tag_right_keys(const FgTagAtoms *atoms, size_t n, size_t i,
                       const uint32_t *first, uint32_t prev1, uint64_t seed,
                       uint64_t *keys) {
  uint32_t t = FG_TAG_KEYS;
  uint64_t next1 = i + 1 < n ? first[i + 1] : UINT32_MAX - 1u;
  uint64_t next2 = i + 2 < n ? first[i + 2] : UINT32_MAX - 1u;
  keys[0] = key1(seed, t, first[i]), t++;
  keys[1] = key1(seed, t, next1), t++;
  keys[2] = key1(seed, t, next2), t++;
  keys[3] = key2(seed, t, next1, next2), t++;
  keys[4] = key2(seed, t, prev1, next1), t++;
  keys[5] = key2(seed, t, next1, atoms[i].lower), t++;
  keys[6] = key2(seed, t, next1, atoms[i].suf3), t++;
  keys[7] = key2(seed, t, first[i], next1), t++;
  keys[8] = key2(seed, t, prev1, (uint64_t)first[i] << 32 | next1), t++;
}

void fg_tag_lex_keys(const FgTagAtoms *atoms, size_t n, size_t i,
                     uint32_t prev1, uint64_t seed, uint64_t *keys) {
  const FgTagAtoms *a = &atoms[i];
  const FgTagAtoms *m1 = at(atoms, n, i, -1), *p1 = at(atoms, n, i, 1);
  uint32_t t = FG_TAG_KEYS2;
  keys[0] = key1(seed, t, a->lex), t++;
  keys[1] = key2(seed, t, PICK(m1, lex, -1), a->lex), t++;
  keys[2] = key2(seed, t, a->lex, PICK(p1, lex, 1)), t++;
  keys[3] = key2(seed, t, PICK(m1, lex, -1), a->lower), t++;
  keys[4] = key2(seed, t, a->lex, PICK(p1, shape, 1)), t++;
  keys[5] = key2(seed, t, a->lex, PICK(p1, lower, 1)), t++;
  keys[6] = key2(seed, t, prev1, a->lex), t++;
}

static void class_keys(const FgTagAtoms *atoms, size_t n, size_t i,
                       uint32_t prev1, uint64_t seed, uint64_t *keys) {
  const FgTagAtoms *a = &atoms[i];
  const FgTagAtoms *m1 = at(atoms, n, i, -1), *p1 = at(atoms, n, i, 1);
  uint32_t t = FG_TAG_KEYS2 + FG_TAG_LEX_KEYS;
  keys[0] = key1(seed, t, a->classes), t++;
  keys[1] = key2(seed, t, a->classes, a->caps), t++;
  keys[2] = key2(seed, t, PICK(m1, classes, -1), a->classes), t++;
  keys[3] = key2(seed, t, a->classes, PICK(p1, classes, 1)), t++;
  keys[4] = key2(seed, t, prev1, a->classes), t++;
}

size_t fg_tag_lexicon_keys(const FgTagAtoms *atoms, size_t n, size_t i,
                           const FgTagLexicon *lexicon, uint32_t prev1,
                           uint64_t seed, uint64_t *keys) {
  size_t k = 0;
  if (lexicon && lexicon->names) {
    fg_tag_lex_keys(atoms, n, i, prev1, seed, keys);
    k += FG_TAG_LEX_KEYS;
  }
  if (lexicon && lexicon->classes) {
    class_keys(atoms, n, i, prev1, seed, keys + k);
    k += FG_TAG_CLASS_KEYS;
  }
  return k;
}
