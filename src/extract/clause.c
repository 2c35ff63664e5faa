#include "clause.h"

#include <string.h>

static const FgToken *tok(const FgDocAnalysis *doc, size_t t) {
  return &doc->tok.tokens[t];
}

static bool in(const FgDocAnalysis *doc, const char *list, size_t t) {
  return fg_in_list(doc, list, tok(doc, t));
}

bool fg_clause_boundary(const FgDocAnalysis *doc, size_t t) {
  const FgToken *k = tok(doc, t);
  return (k->flags & FG_TOK_PUNCT) &&
         (fg_tok_is(k, ";") || fg_tok_is(k, ":") || fg_tok_is(k, ".") ||
          fg_tok_is(k, "?") || fg_tok_is(k, "!") || fg_tok_is(k, "\"") ||
          fg_tok_is(k, "--"));
}

size_t fg_match_words(const FgDocAnalysis *doc, size_t t, size_t last,
                      const FgWordSeq *words) {
  return fg_words_match(words, doc->tok.tokens, t, last);
}

bool fg_is_verb_form(const FgDocAnalysis *doc, size_t t) {
  return in(doc, "verb-form", t);
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

/* A mention directly followed by 's and a word, or a demonym, modifies
 * the noun after it ("Syria's minister", "Syrian President X"). */
static bool is_modifier(const FgDocAnalysis *doc, const FgSentence *s, const FgMention *m) {
  if (m->kind == FG_MENTION_DEMONYM)
    return true;
  size_t after = m->last;
  if (after < s->last && (tok(doc, after)->flags & FG_TOK_POSS))
    return after + 1 < s->last && (tok(doc, after + 1)->flags & (FG_TOK_WORD | FG_TOK_NUM));
  /* "ISIL plots", "U.S. forces": a name used as a noun's modifier */
  if (after < s->last && (tok(doc, after)->flags & FG_TOK_WORD) &&
      !(tok(doc, after)->flags & FG_TOK_CAP) && in(doc, "modified-noun", after))
    return true;
  return false;
}

/* The token before a mention, skipping articles. */
static size_t before_mention(const FgDocAnalysis *doc, const FgSentence *s, size_t first) {
  size_t t = first;
  while (t > s->first && in(doc, "determiner", t - 1))
    t--;
  return t;
}

static bool after_preposition(const FgDocAnalysis *doc, const FgSentence *s,
                              const FgMention *m) {
  size_t t = before_mention(doc, s, m->first);
  return t > s->first && in(doc, "preposition", t - 1);
}

static bool after_verb(const FgDocAnalysis *doc, const FgSentence *s, const FgMention *m) {
  size_t t = before_mention(doc, s, m->first);
  return t > s->first && fg_is_verb_form(doc, t - 1);
}

/* The antecedent of a relative pronoun at r: the nearest mention before
 * it that is not inside a prepositional phrase, looking through an
 * apposition ("HTS, a group that ..."). */
static FgArg antecedent(const FgDocAnalysis *doc, const FgSentence *s, size_t r,
                        unsigned kinds) {
  for (size_t t = r; t > s->first; t--) {
    const FgMention *m = fg_mention_at(doc, t - 1);
    if (!m) {
      if (fg_clause_boundary(doc, t - 1))
        break;
      continue;
    }
    t = m->first + 1;
    if (is_modifier(doc, s, m) || after_preposition(doc, s, m))
      continue;
    FgArg a = fg_arg_of(doc, m, kinds);
    if (a.mention)
      return a;
  }
  return (FgArg){NULL, FG_NONE};
}

FgArg fg_clause_subject(const FgDocAnalysis *doc, const FgSentence *s, size_t v,
                        unsigned kinds) {
  FgArg none = {NULL, FG_NONE};
  /* "prevent fighters from joining": not a statement of the verb */
  if (v > s->first && in(doc, "blocks-gerund", v - 1))
    return none;
  bool nonfinite = v > s->first && (fg_tok_is(tok(doc, v - 1), "to") ||
                                    strstr(tok(doc, v)->norm, "ing") != NULL);
  for (size_t t = v; t > s->first; t--) {
    size_t k = t - 1;
    const FgMention *m = fg_mention_at(doc, k);
    if (!m && fg_tok_is(tok(doc, k), ",")) {
      /* look through ", who ... ," to the name it describes */
      size_t j = k;
      while (j > s->first && !fg_tok_is(tok(doc, j - 1), ","))
        j--;
      if (j > s->first && j < k && in(doc, "relative-pronoun", j)) {
        t = j;
        continue;
      }
    }
    if (!m) {
      if (in(doc, "relative-pronoun", k) && k > s->first && fg_tok_is(tok(doc, k - 1), ","))
        return antecedent(doc, s, k, kinds);
      if (in(doc, "relative-pronoun", k) && k > s->first && fg_mention_at(doc, k - 1))
        return antecedent(doc, s, k, kinds);
      if (fg_clause_boundary(doc, k))
        return none;
      if (!nonfinite && in(doc, "subordinator", k))
        return none;
      continue;
    }
    t = m->first + 1;
    if (is_modifier(doc, s, m) || after_preposition(doc, s, m) || after_verb(doc, s, m))
      continue;
    FgArg a = fg_arg_of(doc, m, kinds);
    if (a.mention)
      return a;
  }
  return none;
}

FgArg fg_clause_object(const FgDocAnalysis *doc, const FgSentence *s, size_t t,
                       unsigned kinds) {
  FgArg none = {NULL, FG_NONE};
  bool crossed_comma = false;
  for (size_t k = t; k < s->last && k < t + 10; k++) {
    const FgMention *m = fg_mention_at(doc, k);
    if (m) {
      k = m->last - 1;
      if (is_modifier(doc, s, m))
        continue;
      FgArg a = fg_arg_of(doc, m, kinds);
      if (a.mention)
        return a;
      if (m->kind != FG_MENTION_DEMONYM)
        return none;
      continue;
    }
    const FgToken *tk = tok(doc, k);
    if (fg_clause_boundary(doc, k))
      return none;
    /* one apposition: "ousted Syria's longtime dictator, Bashar al-Assad" */
    if (fg_tok_is(tk, ",")) {
      if (crossed_comma || k + 1 >= s->last || !fg_mention_at(doc, k + 1))
        return none;
      crossed_comma = true;
      continue;
    }
    if (in(doc, "preposition", k) && k > t)
      return none;
    if (fg_is_verb_form(doc, k) && k > t)
      return none;
  }
  return none;
}

char *fg_clause_literal(const FgDocAnalysis *doc, const FgSentence *s, size_t t) {
  while (t < s->last && in(doc, "determiner", t))
    t++;
  if (t >= s->last || in(doc, "literal-stop", t) || !(tok(doc, t)->flags & (FG_TOK_WORD | FG_TOK_NUM)))
    return NULL;
  size_t end = t, words = 0;
  while (end < s->last && words < 8) {
    const FgToken *k = tok(doc, end);
    if ((k->flags & FG_TOK_PUNCT) && !fg_tok_is(k, "-") && !fg_tok_is(k, "'"))
      break;
    if (end > t && (in(doc, "literal-stop", end) || fg_is_verb_form(doc, end)))
      break;
    words++;
    end++;
  }
  if (end == t)
    return NULL;
  const FgToken *a = tok(doc, t), *b = tok(doc, end - 1);
  return fg_arena_strndup(doc->arena, doc->text + a->begin, b->end - a->begin);
}
