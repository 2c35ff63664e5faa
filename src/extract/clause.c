/* SPDX-License-Identifier: MIT */
#include "clause.h"

#include <string.h>

static const FgToken *tok(const FgDocAnalysis *doc, size_t t) {
  return &doc->tok.tokens[t];
}

bool fg_clause_boundary(const FgDocAnalysis *doc, size_t t) {
  const FgToken *k = tok(doc, t);
  /* the period of "Mr.", "Gen." or "U.S." ends nothing */
  if (t > 0 && fg_tok_is(k, ".") && tok(doc, t - 1)->end == k->begin &&
      (fg_in_at(doc, FG_LIST_PERSON_TITLE, t - 1) ||
       strlen(tok(doc, t - 1)->norm) == 1))
    return false;
  return (k->flags & FG_TOK_PUNCT) &&
         (fg_tok_is(k, ";") || fg_tok_is(k, ":") || fg_tok_is(k, ".") ||
          fg_tok_is(k, "?") || fg_tok_is(k, "!") || fg_tok_is(k, "\"") ||
          fg_tok_is(k, "--"));
}

size_t fg_match_words(const FgDocAnalysis *doc, size_t t, size_t last,
                      const FgWordSeq *words) {
  return fg_words_match(words, doc->tok.tokens, t, last);
}

bool fg_is_gerund(const FgDocAnalysis *doc, size_t t) {
  const char *norm = tok(doc, t)->norm;
  size_t len = strlen(norm);
  return len > 4 && strcmp(norm + len - 3, "ing") == 0;
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

/* "Kurdish-led", "ISIS-linked": the mention and "-PARTICIPLE" modify
 * the noun after them. */
static bool modifier_compound_after(const FgDocAnalysis *doc, const FgSentence *s,
                                    const FgMention *m) {
  return m->last + 1 < s->last && fg_tok_is(tok(doc, m->last), "-") &&
         fg_in_at(doc, FG_LIST_COMPOUND_PARTICIPLE, m->last + 1);
}

/* A mention directly followed by 's and a word, or a demonym, modifies
 * the noun after it ("Syria's minister", "Syrian President X"). */
static bool is_modifier(const FgDocAnalysis *doc, const FgSentence *s, const FgMention *m) {
  if (m->kind == FG_MENTION_DEMONYM)
    return true;
  size_t after = m->last;
  if (modifier_compound_after(doc, s, m))
    return true;
  /* "the anti-ISIS coalition", "pro-Russian forces" */
  if (m->first >= s->first + 2 && fg_tok_is(tok(doc, m->first - 1), "-") &&
      fg_in_at(doc, FG_LIST_STANCE_PREFIX, m->first - 2))
    return true;
  if (after < s->last && (tok(doc, after)->flags & FG_TOK_POSS))
    return after + 1 < s->last && (tok(doc, after + 1)->flags & (FG_TOK_WORD | FG_TOK_NUM));
  /* "ISIL plots", "U.S. forces": a name used as a noun's modifier */
  if (after < s->last && (tok(doc, after)->flags & FG_TOK_WORD) &&
      !(tok(doc, after)->flags & FG_TOK_CAP) &&
      fg_in_at(doc, FG_LIST_MODIFIED_NOUN, after))
    return true;
  return false;
}

/* "by U.S. forces", "the Assad regime": a name and a noun of its own
 * people ending the phrase; the name stands for the actor. */
static bool acts_through_noun(const FgDocAnalysis *doc, const FgSentence *s,
                              const FgMention *m) {
  size_t after = m->last;
  if (m->kind == FG_MENTION_DEMONYM || after >= s->last ||
      !fg_in_at(doc, FG_LIST_ACTOR_NOUN, after) ||
      (tok(doc, after)->flags & FG_TOK_CAP))
    return false;
  return after + 1 >= s->last || !fg_mention_at(doc, after + 1);
}

/* The token before a mention, skipping articles. */
static size_t before_mention(const FgDocAnalysis *doc, const FgSentence *s, size_t first) {
  size_t t = first;
  while (t > s->first && fg_in_at(doc, FG_LIST_DETERMINER, t - 1))
    t--;
  return t;
}

static bool after_preposition(const FgDocAnalysis *doc, const FgSentence *s,
                              const FgMention *m) {
  size_t t = before_mention(doc, s, m->first);
  return t > s->first && fg_in_at(doc, FG_LIST_PREPOSITION, t - 1);
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

static bool span_has_relative(const FgDocAnalysis *doc, size_t first, size_t last) {
  for (size_t t = first; t < last; t++)
    if (fg_in_at(doc, FG_LIST_RELATIVE_PRONOUN, t))
      return true;
  return false;
}

/* "an offensive led by X toppled Y": with no named subject, the one
 * leading the event that is the subject acts. */
static FgArg event_agent(const FgDocAnalysis *doc, const FgSentence *s, size_t v,
                         unsigned kinds) {
  FgArg none = {NULL, FG_NONE};
  for (size_t k = v; k > s->first + 3; k--) {
    const FgMention *m = fg_mention_at(doc, k - 1);
    if (!m) {
      if (fg_clause_boundary(doc, k - 1) || fg_tok_is(tok(doc, k - 1), ","))
        return none;
      continue;
    }
    size_t by = m->first - 1;
    if (m->first < s->first + 3 || !fg_tok_is(tok(doc, by), "by") ||
        !fg_in_at(doc, FG_LIST_COMPOUND_PARTICIPLE, by - 1))
      return none;
    for (size_t e = by - 1; e > s->first && e + 5 > by; e--)
      if (fg_in_at(doc, FG_LIST_EVENT_HEAD, e - 1))
        return fg_arg_of(doc, m, kinds);
    return none;
  }
  return none;
}

static FgArg named_subject(const FgDocAnalysis *doc, const FgSentence *s, size_t v,
                           unsigned kinds);

/* How far before its verb a subject is looked for, in tokens: farther
 * than any subject of a news sentence, and it keeps a sentence of
 * thousands of clauses from costing each verb a scan back to its start. */
#define SUBJECT_REACH 96

FgArg fg_clause_subject(const FgDocAnalysis *doc, const FgSentence *s, size_t v,
                        unsigned kinds) {
  FgSentence near = *s;
  if (v > near.first + SUBJECT_REACH)
    near.first = (uint32_t)(v - SUBJECT_REACH);
  FgArg a = named_subject(doc, &near, v, kinds);
  return a.mention ? a : event_agent(doc, &near, v, kinds);
}

static FgArg named_subject(const FgDocAnalysis *doc, const FgSentence *s, size_t v,
                           unsigned kinds) {
  FgArg none = {NULL, FG_NONE};
  /* "prevent fighters from joining": not a statement of the verb */
  if (v > s->first && fg_in_at(doc, FG_LIST_BLOCKS_GERUND, v - 1))
    return none;
  /* "plots to assassinate X": the infinitive of a noun states nothing */
  if (v > s->first + 1 && fg_tok_is(tok(doc, v - 1), "to") &&
      fg_in_at(doc, FG_LIST_INTENT_NOUN, v - 2))
    return none;
  bool nonfinite = v > s->first && (fg_tok_is(tok(doc, v - 1), "to") || fg_is_gerund(doc, v));
  for (size_t t = v; t > s->first; t--) {
    size_t k = t - 1;
    const FgMention *m = fg_mention_at(doc, k);
    if (!m && fg_tok_is(tok(doc, k), ",")) {
      /* look through ", who ... ," to the name it describes */
      size_t j = k;
      while (j > s->first && !fg_tok_is(tok(doc, j - 1), ","))
        j--;
      /* ", a group that ... ," is an apposition of the name before it */
      bool apposition = fg_in_at(doc, FG_LIST_RELATIVE_PRONOUN, j) ||
                        (fg_in_at(doc, FG_LIST_DETERMINER, j) &&
                         span_has_relative(doc, j, k));
      if (j > s->first && j < k && apposition) {
        t = j;
        continue;
      }
    }
    if (!m) {
      if (fg_in_at(doc, FG_LIST_RELATIVE_PRONOUN, k) && k > s->first &&
          fg_tok_is(tok(doc, k - 1), ","))
        return antecedent(doc, s, k, kinds);
      /* "the coalition that combats X": the noun right before "that" */
      if (fg_in_at(doc, FG_LIST_RELATIVE_PRONOUN, k) && k > s->first &&
          fg_mention_at(doc, k - 1))
        return fg_arg_of(doc, fg_mention_at(doc, k - 1), kinds);
      if (fg_clause_boundary(doc, k))
        return none;
      if (!nonfinite && fg_in_at(doc, FG_LIST_SUBORDINATOR, k))
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
      if (modifier_compound_after(doc, s, m))
        k += 2; /* past "-led" */
      if (is_modifier(doc, s, m) && !acts_through_noun(doc, s, m))
        continue;
      FgArg a = fg_arg_of(doc, m, kinds);
      if (a.mention)
        return a;
      if (m->kind != FG_MENTION_DEMONYM)
        return none;
      continue;
    }
    const FgToken *tk = tok(doc, k);
    if (k + 2 < s->last && fg_tok_is(tok(doc, k + 1), "-") &&
        fg_in_at(doc, FG_LIST_COMPOUND_PARTICIPLE, k + 2)) {
      k += 2; /* "the Kurdish-led ..." */
      continue;
    }
    if (fg_clause_boundary(doc, k))
      return none;
    /* one apposition: "ousted Syria's longtime dictator, Bashar al-Assad" */
    if (fg_tok_is(tk, ",")) {
      if (crossed_comma || k + 1 >= s->last || !fg_mention_at(doc, k + 1))
        return none;
      crossed_comma = true;
      continue;
    }
    if (fg_in_at(doc, FG_LIST_PREPOSITION, k) && k > t)
      return none;
    if (fg_is_verb_form(doc, k) && k > t)
      return none;
  }
  return none;
}

char *fg_clause_literal(const FgDocAnalysis *doc, const FgSentence *s, size_t t) {
  while (t < s->last && fg_in_at(doc, FG_LIST_DETERMINER, t))
    t++;
  if (t >= s->last || fg_in_at(doc, FG_LIST_LITERAL_STOP, t) ||
      !(tok(doc, t)->flags & (FG_TOK_WORD | FG_TOK_NUM)))
    return NULL;
  size_t end = t, words = 0;
  while (end < s->last && words < 8) {
    const FgToken *k = tok(doc, end);
    if ((k->flags & FG_TOK_PUNCT) && !fg_tok_is(k, "-") && !fg_tok_is(k, "'"))
      break;
    /* "the church bombing": an event noun is not the verb it looks like */
    bool verb =
        fg_is_verb_form(doc, end) && !fg_in_at(doc, FG_LIST_EVENT_HEAD, end);
    if (end > t && (fg_in_at(doc, FG_LIST_LITERAL_STOP, end) || verb))
      break;
    words++;
    end++;
  }
  if (end == t)
    return NULL;
  const FgToken *a = tok(doc, t), *b = tok(doc, end - 1);
  return fg_arena_strndup(doc->arena, doc->text + a->begin, b->end - a->begin);
}

char *fg_clause_literal_before(const FgDocAnalysis *doc, const FgSentence *s, size_t t) {
  size_t end = t;
  while (end > s->first && fg_tok_is(tok(doc, end - 1), "\""))
    end--;
  size_t first = end;
  while (first > s->first && end - first < 6) {
    const FgToken *k = tok(doc, first - 1);
    if (!(k->flags & (FG_TOK_WORD | FG_TOK_NUM)) ||
        fg_in_at(doc, FG_LIST_DETERMINER, first - 1) ||
        fg_mention_at(doc, first - 1) || fg_is_verb_form(doc, first - 1))
      break;
    first--;
  }
  if (first == end)
    return NULL;
  const FgToken *a = tok(doc, first), *b = tok(doc, end - 1);
  return fg_arena_strndup(doc->arena, doc->text + a->begin, b->end - a->begin);
}

FgArg fg_clause_relative_object(const FgDocAnalysis *doc, const FgSentence *s,
                                const FgMention *subject, unsigned kinds) {
  FgArg none = {NULL, FG_NONE};
  size_t k = subject->first;
  if (k <= s->first + 1 || !fg_in_at(doc, FG_LIST_RELATIVE_PRONOUN, k - 1) ||
      fg_tok_is(tok(doc, k - 1), "who"))
    return none;
  k--;
  if (fg_tok_is(tok(doc, k - 1), ","))
    k--;
  /* "Gono Unnayan Party (GUP), which ..." */
  if (k >= s->first + 3 && fg_tok_is(tok(doc, k - 1), ")") && fg_tok_is(tok(doc, k - 3), "("))
    k -= 3;
  const FgMention *m = k > s->first ? fg_mention_at(doc, k - 1) : NULL;
  return m && m->last == k ? fg_arg_of(doc, m, kinds) : none;
}

const FgMention *fg_clause_conjunct_before(const FgDocAnalysis *doc, const FgSentence *s,
                                          const FgMention *m, bool first) {
  size_t k = m->first;
  if (k > s->first && fg_tok_is(tok(doc, k - 1), "and"))
    k--;
  else if (!first && k > s->first && fg_tok_is(tok(doc, k - 1), ","))
    k--;
  else
    return NULL;
  if (k > s->first && fg_tok_is(tok(doc, k - 1), ",")) /* "X, Y, and Z" */
    k--;
  const FgMention *before = k > s->first ? fg_mention_at(doc, k - 1) : NULL;
  if (!before || before->last != k || is_modifier(doc, s, before) ||
      after_preposition(doc, s, before))
    return NULL;
  return before;
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
