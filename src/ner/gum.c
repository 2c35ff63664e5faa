/* SPDX-License-Identifier: MIT */
#include "ner/gum.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  const char *id;
  size_t id_len;
  uint32_t begin;
  uint8_t type; /* FgNerType, FG_NER_NONE for the other GUM types */
  bool closed;
  uint32_t end; /* inclusive, when closed */
  const char *identity;
  size_t identity_len;
} Mention;

typedef struct {
  Mention *m;
  size_t count, cap;
} Parse;

static uint8_t gum_type(const char *s, size_t len) {
  static const struct {
    const char *name;
    uint8_t type;
  } TYPES[] = {{"person", FG_NER_PERSON},
               {"organization", FG_NER_ORGANIZATION},
               {"place", FG_NER_PLACE},
               {"event", FG_NER_EVENT}};
  for (size_t i = 0; i < sizeof TYPES / sizeof TYPES[0]; i++)
    if (strlen(TYPES[i].name) == len && memcmp(TYPES[i].name, s, len) == 0)
      return TYPES[i].type;
  return FG_NER_NONE;
}

/* One opening "id-type-...": fields up to the next '(' or ')' or end. */
static FgStatus open_mention(Parse *p, const char *s, size_t len,
                             uint32_t word, bool closes) {
  const char *field[9];
  size_t flen[9], nf = 0;
  size_t start = 0;
  for (size_t i = 0; i <= len && nf < 9; i++) {
    if (i == len || s[i] == '-') {
      field[nf] = s + start;
      flen[nf++] = i - start;
      start = i + 1;
    }
  }
  if (nf < 7 || nf > 8 || flen[0] == 0)
    return FG_ERR_SYNTAX;
  if (p->count == p->cap)
    return FG_ERR_SYNTAX; /* cannot happen: cap counts every '(' */
  p->m[p->count++] = (Mention){field[0],
                               flen[0],
                               word,
                               gum_type(field[1], flen[1]),
                               closes,
                               word,
                               nf == 8 ? field[7] : NULL,
                               nf == 8 ? flen[7] : 0};
  return FG_OK;
}

static FgStatus close_mention(Parse *p, const char *id, size_t len,
                              uint32_t word) {
  for (size_t k = p->count; k-- > 0;) {
    Mention *m = &p->m[k];
    if (!m->closed && m->id_len == len && memcmp(m->id, id, len) == 0) {
      m->closed = true;
      m->end = word;
      return FG_OK;
    }
  }
  return FG_ERR_SYNTAX;
}

static FgStatus parse_entity(Parse *p, const char *s, size_t len,
                             uint32_t word) {
  size_t i = 0;
  while (i < len) {
    if (s[i] == '(') {
      size_t k = i + 1;
      while (k < len && s[k] != '(' && s[k] != ')')
        k++;
      bool closes = k < len && s[k] == ')';
      FgStatus st = open_mention(p, s + i + 1, k - i - 1, word, closes);
      if (st != FG_OK)
        return st;
      i = closes ? k + 1 : k;
    } else {
      size_t k = i;
      while (k < len && s[k] >= '0' && s[k] <= '9')
        k++;
      if (k == i || k == len || s[k] != ')')
        return FG_ERR_SYNTAX;
      FgStatus st = close_mention(p, s + i, k - i, word);
      if (st != FG_OK)
        return st;
      i = k + 1;
    }
  }
  return FG_OK;
}

/* The Entity= value of a MISC column, or NULL. */
static const char *entity_value(const char *misc, size_t *len) {
  for (const char *s = misc; s && *s;) {
    const char *bar = strchr(s, '|');
    size_t item = bar ? (size_t)(bar - s) : strlen(s);
    if (item > 7 && memcmp(s, "Entity=", 7) == 0) {
      *len = item - 7;
      return s + 7;
    }
    s = bar ? bar + 1 : NULL;
  }
  return NULL;
}

static bool is_form(const FgWord *w, const char *const *list) {
  for (; *list; list++)
    if (strcmp(w->form, *list) == 0)
      return true;
  return false;
}

static bool rel_is(const FgWord *w, const char *const *list) {
  if (!w->deprel)
    return false;
  size_t base = strcspn(w->deprel, ":");
  for (; *list; list++)
    if (strlen(*list) == base && memcmp(w->deprel, *list, base) == 0)
      return true;
  return strcmp(w->deprel, "acl:relcl") == 0;
}

static const char *const CUT_RELS[] = {"appos", "acl",  "advcl", "parataxis",
                                       "list",  "conj", "cc",    "dislocated",
                                       NULL};
static const char *const CUT_FORMS[] = {",", "(", "[", ":", ";", "–", "—",
                                        NULL};
static const char *const TITLES[] = {
    "Mr",      "Mr.",      "Mrs",     "Mrs.",    "Ms",      "Ms.",
    "Dr",      "Dr.",      "Prof",    "Prof.",   "Professor", "President",
    "General", "Gen.",     "Senator", "Sen.",    "Rep.",    "Gov.",
    "Governor", "Lt.",     "Col.",    "Capt.",   "Captain", "Sgt.",
    "Sir",     "Judge",    "Mayor",   "Chancellor", "Minister", "Secretary",
    NULL};

static bool lower_initial(const char *s) { return *s >= 'a' && *s <= 'z'; }

/* Lower-case words that occur inside personal names. */
static const char *const NAME_PARTICLES[] = {
    "de", "da", "das", "del", "della", "der", "den", "di", "do", "dos",
    "du", "la", "le", "van", "von", "y", "al", "el", "bin", "ibn", "ben",
    "bint", "zu", "ter", "ten", "af", NULL};

/* A person's "name" with other lower-case words ("Emperor of the United
 * States", "2nd Earl of Clare") is a title or a description. */
static bool is_description(const FgWord *w, uint32_t begin, uint32_t end) {
  if (end == begin + 1 && is_form(&w[begin], TITLES))
    return true; /* a bare title: "Secretary" */
  for (uint32_t i = begin; i < end; i++)
    if (lower_initial(w[i].form) && !is_form(&w[i], NAME_PARTICLES))
      return true;
  return false;
}

/* Does the word at i (after the head h, inside the mention) belong to an
 * apposition, clause or coordination hanging off the name? */
static bool cuts(const FgWord *w, size_t n, size_t i, size_t h) {
  if (is_form(&w[i], CUT_FORMS))
    return true;
  for (size_t j = i, steps = 0; j != h && steps < n; steps++) {
    if (rel_is(&w[j], CUT_RELS))
      return true;
    if (w[j].head == 0 || w[j].head > n)
      return false;
    j = w[j].head - 1;
  }
  return false;
}

static bool drop_leading(const FgWord *w, uint8_t type) {
  switch (w->upos) {
  case FG_UPOS_DET:
  case FG_UPOS_PRON:
  case FG_UPOS_PUNCT:
  case FG_UPOS_ADP:
  case FG_UPOS_CCONJ:
    return true;
  default:
    return lower_initial(w->form) ||
           (type == FG_NER_PERSON && is_form(w, TITLES));
  }
}

static bool is_possessive(const FgWord *w) {
  return w->xpos ? strcmp(w->xpos, "POS") == 0
                 : strcmp(w->form, "'s") == 0 || strcmp(w->form, "’s") == 0;
}

/* The name inside mention [a, b] with head h, as [*begin, *end). */
static void name_span(const FgWord *w, size_t n, size_t a, size_t b, size_t h,
                      uint8_t type, uint32_t *begin, uint32_t *end) {
  size_t e = b;
  for (size_t i = h + 1; i <= b; i++)
    if (cuts(w, n, i, h)) {
      e = i - 1;
      break;
    }
  while (e > h && (is_possessive(&w[e]) || w[e].upos == FG_UPOS_PUNCT))
    e--;
  size_t s = a;
  for (size_t i = a; i < h; i++)
    if (is_possessive(&w[i]))
      s = i + 1;
  while (s < h && drop_leading(&w[s], type))
    s++;
  *begin = (uint32_t)s;
  *end = (uint32_t)e + 1;
}

static size_t mention_head(const FgWord *w, size_t a, size_t b) {
  for (size_t i = a; i <= b; i++)
    if (w[i].head == 0 || w[i].head - 1 < a || w[i].head - 1 > b)
      return i;
  return a;
}

static int hexval(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  return -1;
}

static char *decode_identity(FgArena *arena, const char *s, size_t len) {
  char *out = fg_arena_alloc(arena, len + 1);
  if (!out)
    return NULL;
  size_t o = 0;
  for (size_t i = 0; i < len; i++) {
    int hi, lo;
    if (s[i] == '%' && i + 2 < len && (hi = hexval(s[i + 1])) >= 0 &&
        (lo = hexval(s[i + 2])) >= 0) {
      out[o++] = (char)(hi * 16 + lo);
      i += 2;
    } else {
      out[o++] = s[i] == '_' ? ' ' : s[i];
    }
  }
  out[o] = '\0';
  return out;
}

static int by_length_then_begin(const void *x, const void *y) {
  const FgGumName *a = x, *b = y;
  uint32_t la = a->span.end - a->span.begin, lb = b->span.end - b->span.begin;
  if (la != lb)
    return la > lb ? -1 : 1;
  return a->span.begin < b->span.begin ? -1 : a->span.begin > b->span.begin;
}

static int by_begin(const void *x, const void *y) {
  const FgGumName *a = x, *b = y;
  return a->span.begin < b->span.begin ? -1 : a->span.begin > b->span.begin;
}

/* Keeps the longest of overlapping names, then sorts by position. */
static size_t keep_outermost(FgGumName *names, size_t count) {
  qsort(names, count, sizeof *names, by_length_then_begin);
  size_t kept = 0;
  for (size_t i = 0; i < count; i++) {
    bool overlaps = false;
    for (size_t k = 0; k < kept && !overlaps; k++)
      overlaps = names[i].span.begin < names[k].span.end &&
                 names[k].span.begin < names[i].span.end;
    if (!overlaps)
      names[kept++] = names[i];
  }
  qsort(names, kept, sizeof *names, by_begin);
  return kept;
}

FgStatus fg_gum_names(const FgWord *words, const char *const *misc, size_t n,
                      FgArena *scratch, FgGumName *out, size_t *count) {
  *count = 0;
  size_t opens = 0;
  for (size_t i = 0; i < n; i++) {
    size_t len = 0;
    const char *v = misc && misc[i] ? entity_value(misc[i], &len) : NULL;
    for (size_t k = 0; v && k < len; k++)
      opens += v[k] == '(';
  }
  Parse p = {fg_arena_calloc(scratch, opens + 1, sizeof(Mention)), 0, opens};
  if (!p.m)
    return FG_ERR_NOMEM;
  for (size_t i = 0; i < n; i++) {
    size_t len = 0;
    const char *v = misc[i] ? entity_value(misc[i], &len) : NULL;
    if (v) {
      FgStatus st = parse_entity(&p, v, len, (uint32_t)i);
      if (st != FG_OK)
        return st;
    }
  }
  size_t found = 0;
  for (size_t k = 0; k < p.count && found < n; k++) {
    const Mention *m = &p.m[k];
    if (!m->closed || m->type == FG_NER_NONE)
      continue;
    size_t h = mention_head(words, m->begin, m->end);
    bool named = words[h].upos == FG_UPOS_PROPN ||
                 (words[h].upos == FG_UPOS_X && m->identity);
    FgGumName name = {{0, 0, m->type}, NULL};
    if (!named)
      continue;
    name_span(words, n, m->begin, m->end, h, m->type, &name.span.begin,
              &name.span.end);
    if (m->type == FG_NER_PERSON &&
        is_description(words, name.span.begin, name.span.end))
      continue;
    if (m->identity) {
      name.identity = decode_identity(scratch, m->identity, m->identity_len);
      if (!name.identity)
        return FG_ERR_NOMEM;
    }
    out[found++] = name;
  }
  *count = keep_outermost(out, found);
  return FG_OK;
}
