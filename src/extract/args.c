/* SPDX-License-Identifier: MIT */
#include "args.h"

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

/* The words of a role in title case: "chief executive" -> "Chief Executive". */
const char *fg_title_case(const FgDocAnalysis *doc, size_t first, size_t last) {
  const FgToken *a = tok(doc, first), *b = tok(doc, last - 1);
  char *title = fg_arena_strndup(doc->arena, doc->text + a->begin, b->end - a->begin);
  bool start = true;
  for (char *p = title; p && *p; p++) {
    if (start && *p >= 'a' && *p <= 'z')
      *p = (char)(*p - 'a' + 'A');
    start = *p == ' ' || *p == '-';
  }
  return title;
}
