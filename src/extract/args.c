/* SPDX-License-Identifier: MIT */
#include "args.h"

#include <string.h>

static const FgToken *tok(const FgDocAnalysis *doc, size_t t) {
  return &doc->tok.tokens[t];
}

size_t fg_match_words(const FgDocAnalysis *doc, size_t t, size_t last,
                      const FgWordSeq *words) {
  return fg_words_match(words, doc->tok.tokens, t, last);
}

unsigned fg_mention_kind(const FgDocAnalysis *doc, const FgMention *m) {
  return m->entity == FG_NONE ? 0 : doc->entities->items[m->entity].kind;
}

/* The first word of a name mention is a listed given name. */
static bool given_name_first(const FgDocAnalysis *doc, const FgMention *m) {
  const FgToken *a = tok(doc, m->first);
  return doc->name_lists &&
         (fg_ner_names_kinds(doc->name_lists, doc->text + a->begin, a->end - a->begin) &
          FG_NAMES_GIVEN);
}

/* How far from the asking mention weak_person looks for the entity's
 * other mentions: bounded, so a long document costs linear time. */
enum { WEAK_PERSON_WINDOW = 256 };

/* An unknown name of two words or more that only the recognizer made a
 * person: no gazetteer entry, no title or role, no listed given name, no
 * honorific before it and no pronoun standing for it ("Orvane Dairy").
 * Every mention of the entity must lie within the window around m. */
static bool weak_person(const FgDocAnalysis *doc, const FgMention *m) {
  const FgLocalEntity *e = &doc->entities->items[m->entity];
  if (e->kind != FG_KIND_PERSON || e->gaz >= 0 || e->has_role || e->surname_only)
    return false;
  size_t at = (size_t)(m - doc->mentions);
  size_t lo = at > WEAK_PERSON_WINDOW ? at - WEAK_PERSON_WINDOW : 0;
  size_t hi = at + WEAK_PERSON_WINDOW < doc->mention_count ? at + WEAK_PERSON_WINDOW + 1
                                                           : doc->mention_count;
  uint32_t seen = 0;
  for (size_t i = lo; i < hi; i++) {
    const FgMention *o = &doc->mentions[i];
    if (o->entity != m->entity)
      continue;
    if (o->kind != FG_MENTION_NAME || o->last - o->first < 2 || given_name_first(doc, o) ||
        (o->first > 0 && fg_in_at(doc, FG_LIST_PERSON_TITLE, o->first - 1)))
      return false;
    seen++;
  }
  return seen > 0 && seen >= e->weight;
}

FgArg fg_arg_of(const FgDocAnalysis *doc, const FgMention *m, unsigned kinds) {
  FgArg none = {NULL, FG_NONE};
  if (!m || m->entity == FG_NONE)
    return none;
  unsigned k = doc->entities->items[m->entity].kind;
  /* A capital acting is its country's government ("signed by Damascus"). */
  if (m->actor != FG_NONE && m->actor != m->entity && !(kinds & FG_KIND_PLACE) &&
      (kinds & FG_KIND_COUNTRY))
    return (FgArg){m, m->actor};
  if (k & kinds)
    return (FgArg){m, m->entity};
  if (m->actor != FG_NONE && (doc->entities->items[m->actor].kind & kinds))
    return (FgArg){m, m->actor};
  return none;
}

/* A short word a title leaves in lower case after its first word. */
static bool minor_word(const char *p) {
  static const char *const MINOR[] = {"of ", "the ", "for ", "and "};
  for (size_t i = 0; i < sizeof MINOR / sizeof MINOR[0]; i++)
    if (strncmp(p, MINOR[i], strlen(MINOR[i])) == 0)
      return true;
  return false;
}

/* The words of a role in title case: "chief executive" -> "Chief Executive",
 * "deputy secretary of state" -> "Deputy Secretary of State". */
const char *fg_title_case(const FgDocAnalysis *doc, size_t first, size_t last) {
  const FgToken *a = tok(doc, first), *b = tok(doc, last - 1);
  char *title = fg_arena_strndup(doc->arena, doc->text + a->begin, b->end - a->begin);
  bool start = true;
  for (char *p = title; p && *p; p++) {
    if (start && *p >= 'a' && *p <= 'z' && (p == title || !minor_word(p)))
      *p = (char)(*p - 'a' + 'A');
    start = *p == ' ' || *p == '-';
  }
  return title;
}

FgArg fg_object_arg_of(const FgDocAnalysis *doc, const FgMention *m, unsigned kinds) {
  FgArg a = fg_arg_of(doc, m, kinds);
  /* an object only an organisation fills ("acquired X") takes a name the
   * recognizer alone read as a person's */
  if (!a.mention && m && m->kind == FG_MENTION_NAME && m->entity != FG_NONE &&
      (kinds & FG_KIND_ORG) && !(kinds & FG_KIND_PERSON) && weak_person(doc, m))
    return (FgArg){m, m->entity};
  return a;
}
