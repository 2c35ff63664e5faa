/* SPDX-License-Identifier: MIT */
/* The dep rules of the lexicon over one parsed sentence (see tree.h). */
#include "tree.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "args.h"
#include "dates.h"
#include "names.h"
#include "util/buf.h"

enum {
  MAX_ARGS = 16, /* candidate words per argument, conjuncts included */
  MAX_CLIMB = 6  /* links followed up through control and coordination */
};

typedef struct {
  const FgDocAnalysis *doc;
  const FgParsedSentence *ps;
  const FgSentence *s;
  uint32_t *first_child, *next_sibling; /* children in word order */
  const char *doc_date;
  FgFactFunc emit;
  void *handle;
  FgBuf path; /* the account of the fact being emitted */
  bool ok;
  uint32_t coarg; /* the first subject word of the rule being tried */
  bool case_on_governor; /* a gov= row: a case word may hang on the governor */
  uint32_t governor;     /* the word the trigger of the rule tried hangs on */
  bool body_object;      /* the row's object is a body, never a place or a country */
  bool office_seat;      /* the arguments read are an office's seat (a role row's object) */
  bool nationality;      /* the row gives a person's country (citizenOf) */
  bool reading_subject;  /* the arguments read are the row's subject */
  uint32_t sole_org;     /* the entity of the sentence's one organisation named, or FG_NONE */
  uint32_t it_object;    /* the first "it" that is a verb's object, or FG_NONE */
  uint32_t it_stands_for; /* the one organisation's name object before it, or FG_NONE */
  bool buying;            /* the row buys (acquired): a state's government buys for its country */
} Tree;

typedef struct {
  uint32_t at[MAX_ARGS];
  size_t count;
} Words;

/* ---- reading the tree ---- */

static const FgWord *word(const Tree *t, uint32_t w) { return &t->ps->words[w]; }

static uint32_t parent(const Tree *t, uint32_t w) {
  uint32_t h = word(t, w)->head;
  return h == 0 || h > t->ps->count ? FG_NONE : h - 1;
}

/* The relation is exactly rel ("nsubj:pass"). The rules ask this and
 * rel_base of every word they visit, mostly of a relation with another
 * first letter: that is settled before calling strcmp; inline, so that
 * the constant's length folds. */
static inline bool rel_is(const Tree *t, uint32_t w, const char *rel) {
  const char *d = word(t, w)->deprel;
  return d && d[0] == rel[0] && strcmp(d, rel) == 0;
}

/* The relation is base or one of its subtypes ("obl" for "obl:tmod"). */
static inline bool rel_base(const Tree *t, uint32_t w, const char *base) {
  const char *d = word(t, w)->deprel;
  if (!d || d[0] != base[0])
    return false;
  size_t n = strlen(base);
  return strncmp(d, base, n) == 0 && (d[n] == '\0' || d[n] == ':');
}

static uint32_t child_is(const Tree *t, uint32_t w, const char *rel) {
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c])
    if (rel_is(t, c, rel))
      return c;
  return FG_NONE;
}

static bool in_list(const Tree *t, FgListName list, uint32_t w) {
  return fg_in_at(t->doc, list, t->ps->token[w]);
}

enum { LEMMA_MAX = 64 }; /* a longer lemma is in no list */

/* The word's lemma in lower case, NUL-ended, into folded; its length, 0
 * when it has none or it is too long. */
static size_t folded_lemma(const Tree *t, uint32_t w, char folded[LEMMA_MAX]) {
  const char *l = word(t, w)->lemma;
  size_t n = l ? strlen(l) : 0;
  if (n >= LEMMA_MAX)
    return 0;
  for (size_t i = 0; i < n; i++)
    folded[i] = (char)((l[i] >= 'A' && l[i] <= 'Z') ? l[i] + 32 : l[i]);
  folded[n] = '\0';
  return n;
}

static bool is_person(const Tree *t, const FgMention *m) {
  return m && m->entity != FG_NONE &&
         (t->doc->entities->items[m->entity].kind & FG_KIND_PERSON);
}

enum { MAX_STEMS = 10 };

/* For a verb the lemmatizer may have got wrong ("named" read as "nam",
 * "gunned" as "gunn"): its form and the stems it leaves without a
 * regular ending, each also less a doubled last consonant, folded, in
 * that order ("gunned": "gunned", "gunne", "gunn", "gun"); how many. */
static size_t verb_stems(const Tree *t, uint32_t w, char stems[MAX_STEMS][LEMMA_MAX]) {
  static const struct {
    const char *end, *add;
  } REGULAR[] = {{"", ""}, {"s", ""}, {"d", ""}, {"ed", ""}, {"ing", ""}, {"ing", "e"}};
  const char *form = word(t, w)->form;
  size_t len = form ? strlen(form) : 0, n = 0;
  if (word(t, w)->upos != FG_UPOS_VERB || len >= LEMMA_MAX)
    return 0;
  for (size_t i = 0; i < sizeof REGULAR / sizeof REGULAR[0] && n + 2 <= MAX_STEMS; i++) {
    size_t cut = strlen(REGULAR[i].end), add = strlen(REGULAR[i].add);
    if (len < cut + 3 || strcasecmp(form + len - cut, REGULAR[i].end) != 0)
      continue;
    char *stem = stems[n++];
    size_t stem_len = len - cut + add;
    /* copied, not snprintf'd: a measurable share of the tree rules' time */
    memcpy(stem, form, len - cut);
    memcpy(stem + len - cut, REGULAR[i].add, add + 1);
    for (char *c = stem; *c; c++)
      *c = (char)((*c >= 'A' && *c <= 'Z') ? *c + 32 : *c);
    if (cut >= 2 && add == 0 && stem[stem_len - 1] == stem[stem_len - 2] &&
        !strchr("aeiou", stem[stem_len - 1])) {
      memcpy(stems[n], stem, stem_len - 1);
      stems[n++][stem_len - 1] = '\0';
    }
  }
  return n;
}

/* The word's lemma is in the lexicon's list of that name (a list the
 * fixed ids do not cover); for a verb, also a stem of its form. */
static bool lemma_listed(const Tree *t, uint32_t w, const char *list) {
  char folded[LEMMA_MAX], stems[MAX_STEMS][LEMMA_MAX];
  if (folded_lemma(t, w, folded) && fg_lexicon_has(t->doc->lex, list, folded, NULL))
    return true;
  for (size_t i = 0, n = verb_stems(t, w, stems); i < n; i++)
    if (fg_lexicon_has(t->doc->lex, list, stems[i], NULL))
      return true;
  return false;
}

/* The word's lemma, else its form, matches text ignoring ASCII case. */
static bool lemma_is(const Tree *t, uint32_t w, const char *text) {
  const char *l = word(t, w)->lemma ? word(t, w)->lemma : word(t, w)->form;
  return l && strcasecmp(l, text) == 0;
}

/* The case word of an obl or nmod dependent ("with" in "with Y"). A word
 * of another name is none: "Kim To of the Vossen Party" with "To" tagged
 * a preposition and hung on "Party" beside "of". */
static uint32_t case_of(const Tree *t, uint32_t w) {
  const FgMention *own = fg_mention_at(t->doc, t->ps->token[w]);
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c]) {
    if (!rel_is(t, c, "case"))
      continue;
    const FgMention *m = fg_mention_at(t->doc, t->ps->token[c]);
    if (!m || m == own || m->kind != FG_MENTION_NAME)
      return c;
  }
  /* the parser hangs it on the name's first word ("of Kessel Bank" with
   * "of" on "Kessel", a compound of "Bank") */
  uint32_t first = t->first_child[w];
  if (own && first != FG_NONE && first < w && rel_base(t, first, "compound") &&
      fg_mention_at(t->doc, t->ps->token[first]) == own)
    for (uint32_t c = t->first_child[first]; c != FG_NONE; c = t->next_sibling[c])
      if (rel_is(t, c, "case") && !fg_mention_at(t->doc, t->ps->token[c]))
        return c;
  return FG_NONE;
}

static bool has_feat(const Tree *t, uint32_t w, const char *feat) {
  const char *f = word(t, w)->feats;
  size_t n = strlen(feat);
  for (; f && *f; f = strchr(f, '|') ? strchr(f, '|') + 1 : NULL)
    if (strncmp(f, feat, n) == 0 && (f[n] == '\0' || f[n] == '|'))
      return true;
  return false;
}

static bool past_participle(const Tree *t, uint32_t w) {
  const char *x = word(t, w)->xpos;
  return (x && strcmp(x, "VBN") == 0) ||
         (has_feat(t, w, "VerbForm=Part") && has_feat(t, w, "Tense=Past"));
}

static bool present_participle(const Tree *t, uint32_t w) {
  const char *x = word(t, w)->xpos;
  return (x && strcmp(x, "VBG") == 0) || has_feat(t, w, "VerbForm=Ger") ||
         (has_feat(t, w, "VerbForm=Part") && has_feat(t, w, "Tense=Pres"));
}

/* "himself", "themselves": a reflexive pronoun, however the tagger
 * marked it. */
static bool reflexive(const Tree *t, uint32_t w) {
  const char *f = word(t, w)->form;
  size_t n = f ? strlen(f) : 0;
  return word(t, w)->upos == FG_UPOS_PRON &&
         ((n > 4 && strcasecmp(f + n - 4, "self") == 0) ||
          (n > 6 && strcasecmp(f + n - 6, "selves") == 0));
}

/* A finite verb: "removed" as a main verb, not as a participle. */
static bool finite(const Tree *t, uint32_t w) {
  const char *x = word(t, w)->xpos;
  return (x && (strcmp(x, "VBD") == 0 || strcmp(x, "VBZ") == 0 || strcmp(x, "VBP") == 0)) ||
         has_feat(t, w, "VerbForm=Fin");
}

static bool passive(const Tree *t, uint32_t v) {
  return child_is(t, v, "nsubj:pass") != FG_NONE || child_is(t, v, "aux:pass") != FG_NONE;
}

/* "who", "which", "that" opening the relative clause v. */
static bool relative(const Tree *t, uint32_t w, uint32_t v) {
  return rel_base(t, v, "acl") &&
         (has_feat(t, w, "PronType=Rel") || in_list(t, FG_LIST_RELATIVE_PRONOUN, w));
}

/* A gov= row's governor that is a relative clause or participle on
 * trigger v (relative_governor): "sanctions, which X imposed",
 * "sanctions imposed by X". */
static bool governs_from_relative(const Tree *t, uint32_t v) {
  return t->governor != FG_NONE && parent(t, t->governor) == v &&
         (rel_is(t, t->governor, "acl:relcl") || rel_is(t, t->governor, "acl"));
}

static uint32_t phrase_start(const Tree *t, uint32_t w);

/* The case word that opens phrase o, also when the parser hung it on the
 * name's first word ("by Tessaly Group" with "by" under "Tessaly"). */
static uint32_t opening_case(const Tree *t, uint32_t o) {
  uint32_t k = case_of(t, o), first = phrase_start(t, o);
  if (k == FG_NONE && first > 0 && parent(t, first - 1) == first)
    k = first - 1;
  return k;
}

/* A parser slip: a common noun's obj or vocative after it that a case
 * word opens (a noun takes neither: "X was named chief executive of Y"
 * with Y the obj of "executive", "X is a unit of Y Bank" with "Bank" a
 * vocative), else false. */
static bool object_for_phrase(const Tree *t, uint32_t w, uint32_t c) {
  return word(t, w)->upos == FG_UPOS_NOUN && c > w &&
         (rel_is(t, c, "obj") || rel_is(t, c, "vocative")) && opening_case(t, c) != FG_NONE;
}

/* Whether c is a phrase of w that a case word may open: an obl or nmod,
 * or a noun's object_for_phrase. */
static bool case_phrase(const Tree *t, uint32_t w, uint32_t c) {
  return rel_base(t, c, "obl") || rel_base(t, c, "nmod") || object_for_phrase(t, w, c);
}

/* An obl or nmod dependent of w whose case word is prep; also the agent
 * of a passive for "by". */
static uint32_t with_case(const Tree *t, uint32_t w, const char *prep) {
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c]) {
    if (!case_phrase(t, w, c))
      continue;
    uint32_t k = object_for_phrase(t, w, c) ? opening_case(t, c) : case_of(t, c);
    if (k != FG_NONE && lemma_is(t, k, prep))
      return c;
  }
  return FG_NONE;
}

/* "bought X Systems from Y" with "from Y" hung on the object's name,
 * which takes no source of its own: the verb's "from" phrase; else
 * FG_NONE. */
static uint32_t from_on_named_object(const Tree *t, uint32_t v) {
  uint32_t o = word(t, v)->upos == FG_UPOS_VERB ? child_is(t, v, "obj") : FG_NONE;
  const FgMention *m = o != FG_NONE ? fg_mention_at(t->doc, t->ps->token[o]) : NULL;
  return m && m->kind == FG_MENTION_NAME && word(t, o)->upos == FG_UPOS_PROPN
             ? with_case(t, o, "from")
             : FG_NONE;
}

static uint32_t phrase_start(const Tree *t, uint32_t w);
static bool lemma_one_of(const Tree *t, uint32_t w, const char *const *lemmas, size_t n);
static uint32_t word_at(const Tree *t, size_t token);
static uint32_t phrase_end(const Tree *t, uint32_t w);

/* The group named before the attack noun a passive's "in" phrase heads
 * ("X was killed in a Vossen Front attack"), its doer; else FG_NONE. */
static uint32_t attacker_before(const Tree *t, uint32_t c) {
  const char *cls = NULL;
  uint32_t k = case_of(t, c);
  const FgToken *tok = &t->doc->tok.tokens[t->ps->token[c]];
  if (k == FG_NONE || !lemma_is(t, k, "in") || !fg_tok_value(t->doc, FG_LIST_EVENT_NOUN, tok, &cls) ||
      !cls || strncmp(cls, "attack", 6) != 0)
    return FG_NONE;
  /* a name of its own before the noun, not a mention the noun is part
   * of ("an air strike", an unnamed event, is no doer) */
  for (uint32_t m = t->first_child[c]; m != FG_NONE; m = t->next_sibling[m]) {
    const FgMention *n = rel_base(t, m, "compound") ? fg_mention_at(t->doc, t->ps->token[m]) : NULL;
    if (n && n->last <= t->ps->token[c])
      return m;
  }
  return FG_NONE;
}

/* Whether "by" opens phrase o, also when the parser hung it on the name's
 * first word ("by Tessaly Group" with "by" under "Tessaly"). */
static bool opened_by(const Tree *t, uint32_t o) {
  uint32_t k = opening_case(t, o);
  return k != FG_NONE && lemma_is(t, k, "by");
}

/* A parser slip: a passive's "by" phrase read as the verb's object ("X
 * was acquired by Y", "X, owned by Y"), or as an obl with "by" hung on
 * the name's first word; an object never takes "by". */
static uint32_t by_object(const Tree *t, uint32_t v) {
  for (uint32_t c = t->first_child[v]; c != FG_NONE; c = t->next_sibling[c])
    if (c > v + 1 && (rel_is(t, c, "obj") || rel_is(t, c, "obl")) && opened_by(t, c))
      return c;
  return FG_NONE;
}

/* The phrase with case word prep hung on phrase p that ends it, else
 * FG_NONE. */
static uint32_t case_ending(const Tree *t, uint32_t p, const char *prep) {
  uint32_t b = with_case(t, p, prep);
  return b != FG_NONE && b > p && phrase_end(t, b) == phrase_end(t, p) ? b : FG_NONE;
}

/* The "by" phrase hung on phrase p that ends it, else FG_NONE. */
static uint32_t by_ending(const Tree *t, uint32_t p) { return case_ending(t, p, "by"); }

static bool date_word(const Tree *t, uint32_t w);

/* Every later sibling of n is a date ("by Y last month" ending an obl
 * whose date the parser hung on it too), and there is one. */
static bool dates_after(const Tree *t, uint32_t n) {
  bool any = false;
  for (uint32_t k = t->next_sibling[n]; k != FG_NONE; k = t->next_sibling[k]) {
    if (!date_word(t, k) || !(rel_base(t, k, "nmod") || rel_base(t, k, "obl")))
      return false;
    any = true;
  }
  return any;
}

/* A parser slip: a passive's "by" phrase hung on the last noun of the
 * phrase before it, one noun down ("X was charged with securities fraud
 * by Y"): the "by" phrase that ends phrase c, else FG_NONE. */
static uint32_t by_ending_nested(const Tree *t, uint32_t c) {
  for (uint32_t n = t->first_child[c]; n != FG_NONE; n = t->next_sibling[n]) {
    if (n < c || !(rel_base(t, n, "nmod") || rel_base(t, n, "appos")) ||
        (phrase_end(t, n) != phrase_end(t, c) && !dates_after(t, n)))
      continue;
    if (rel_base(t, n, "appos") && opened_by(t, n)) /* "of corruption by Senator X" */
      return n;
    if (by_ending(t, n) != FG_NONE)
      return by_ending(t, n);
  }
  return FG_NONE;
}

/* The verb conjoined right after v ("arrested and charged X", "was
 * arrested and charged by X"): the conjunct right after v's "and", no
 * word between ("charged and later convicted by a court": the court's
 * act is only the second); else FG_NONE. */
static uint32_t next_verb_conjunct(const Tree *t, uint32_t v) {
  uint32_t c = v + 2;
  if (c >= t->ps->count || word(t, v + 1)->upos != FG_UPOS_CCONJ || parent(t, v + 1) != c ||
      parent(t, c) != v || !rel_base(t, c, "conj") || word(t, c)->upos != FG_UPOS_VERB)
    return FG_NONE;
  return c;
}

/* A bare participle coordinated with a passive, sharing its subject ("X
 * was arrested and charged with fraud by Y"). */
static bool passive_conjunct(const Tree *t, uint32_t v) {
  uint32_t h = parent(t, v);
  return h != FG_NONE && rel_is(t, v, "conj") && past_participle(t, v) && passive(t, h) &&
         child_is(t, v, "nsubj") == FG_NONE && child_is(t, v, "nsubj:pass") == FG_NONE &&
         child_is(t, v, "obj") == FG_NONE;
}

static uint32_t agent(const Tree *t, uint32_t v) {
  uint32_t a = child_is(t, v, "obl:agent");
  /* an "agent" right after the verb with no case word is a parser slip:
   * the verb's object ("X attacked Fort Y" read as a participle) */
  if (a != FG_NONE && case_of(t, a) == FG_NONE && a > v && phrase_start(t, a) == v + 1)
    a = FG_NONE;
  if (a == FG_NONE)
    a = with_case(t, v, "by");
  if (a == FG_NONE && (passive(t, v) || past_participle(t, v)))
    a = by_object(t, v);
  /* a noun's "by" phrase hung on its "of" phrase ("the acquisition of X
   * by Y"), when it ends that phrase */
  uint32_t of = a == FG_NONE && word(t, v)->upos == FG_UPOS_NOUN ? with_case(t, v, "of") : FG_NONE;
  if (of != FG_NONE && of > v && by_ending(t, of) != FG_NONE)
    a = by_ending(t, of);
  /* a parser slip: a passive's "by" phrase hung on the place phrase
   * before it ("X was captured at the palace by Y") */
  if (a != FG_NONE || !(passive(t, v) || passive_conjunct(t, v)))
    return a;
  for (uint32_t c = t->first_child[v]; a == FG_NONE && c != FG_NONE; c = t->next_sibling[c])
    if (c > v && rel_base(t, c, "obl") && case_of(t, c) != FG_NONE) {
      if (with_case(t, c, "by") != FG_NONE)
        a = by_ending(t, c);
      else if ((a = attacker_before(t, c)) == FG_NONE)
        a = by_ending_nested(t, c);
    } else if (c == v + 1 && rel_base(t, c, "xcomp") && word(t, c)->upos == FG_UPOS_ADJ) {
      /* ... or on the predicative adjective right after the verb ("X was
       * shot dead by Y") */
      uint32_t b = with_case(t, c, "by");
      if (b != FG_NONE && b > c)
        a = b;
    }
  /* "X was arrested and charged by Y": the agent of the bare participle
   * conjoined right after */
  uint32_t c = a == FG_NONE && passive(t, v) ? next_verb_conjunct(t, v) : FG_NONE;
  if (c != FG_NONE && passive_conjunct(t, c)) {
    uint32_t b = agent(t, c);
    if (b != FG_NONE && b > c)
      a = b;
  }
  return a;
}

static const FgMention *mention_of(const Tree *t, uint32_t w);

/* "Velm Labs co-founder X joined Y" parsed as two subjects, the
 * organisation and the title (or the name the title hangs on): the
 * person titled right after the organisation's name is the subject. */
static bool title_after_subject(const Tree *t, uint32_t first, uint32_t c) {
  const FgMention *org = fg_mention_at(t->doc, t->ps->token[first]);
  bool titled = in_list(t, FG_LIST_PERSON_NOUN, c) ||
                in_list(t, FG_LIST_PERSON_NOUN, phrase_start(t, c));
  const FgMention *who = titled ? mention_of(t, c) : NULL;
  return org && org->kind == FG_MENTION_NAME && org->entity != FG_NONE &&
         (t->doc->entities->items[org->entity].kind & FG_KIND_ORG) && who && is_person(t, who) &&
         org->last == t->ps->token[phrase_start(t, c)];
}

/* The subject (rel: nsubj or nsubj:pass) of v; when the parser gave two
 * ("A group calling itself X claimed ...", "Prime Minister X was
 * arrested" with "Prime" a subject of its own), the first that names an
 * entity. */
static uint32_t subject_child(const Tree *t, uint32_t v, const char *rel) {
  uint32_t first = FG_NONE;
  for (uint32_t c = t->first_child[v]; c != FG_NONE; c = t->next_sibling[c]) {
    if (!rel_is(t, c, rel))
      continue;
    if (first == FG_NONE)
      first = c;
    else if ((!mention_of(t, first) && mention_of(t, c)) || title_after_subject(t, first, c))
      return c;
  }
  return first;
}

/* "X carried out raids, with 71 people arrested": a past participle
 * marked by "with" whose subject is what it was done to; the doer is the
 * clause's. */
static bool absolute_with(const Tree *t, uint32_t v) {
  uint32_t m = child_is(t, v, "mark");
  if (m == FG_NONE)
    m = child_is(t, v, "case");
  return rel_base(t, v, "advcl") && past_participle(t, v) && m != FG_NONE &&
         lemma_is(t, m, "with") && child_is(t, v, "nsubj") != FG_NONE &&
         child_is(t, v, "aux") == FG_NONE;
}

/* The same parsed as a noun: "with 71 people" an nmod set off by a comma
 * and "arrested" its acl: the verb of the clause the phrase hangs in, or
 * FG_NONE. */
static uint32_t absolute_with_noun(const Tree *t, uint32_t v) {
  uint32_t n = parent(t, v), k = n != FG_NONE ? case_of(t, n) : FG_NONE;
  if (!rel_is(t, v, "acl") || !past_participle(t, v) || k == FG_NONE || !lemma_is(t, k, "with") ||
      k == 0 || !lemma_is(t, k - 1, ","))
    return FG_NONE;
  uint32_t h = n;
  for (unsigned depth = 0; depth < MAX_CLIMB && h != FG_NONE; depth++, h = parent(t, h))
    if (word(t, h)->upos == FG_UPOS_VERB)
      return h;
  return FG_NONE;
}

/* "X plans to visit Y" with the infinitive hung as acl of a verb that has
 * its own subject: a control complement (xcomp) the parser mislabelled. */
static bool infinitive_complement(const Tree *t, uint32_t v) {
  uint32_t h = parent(t, v), m = child_is(t, v, "mark");
  return rel_is(t, v, "acl") && h != FG_NONE && child_is(t, h, "nsubj") != FG_NONE &&
         m != FG_NONE && lemma_is(t, m, "to");
}

/* "help with efforts to fight X", the infinitive hung on the verb:
 * "to" right after a noun that takes an infinitive is that noun's, and
 * the clause's subject is not its doer. */
static bool infinitive_of_noun(const Tree *t, uint32_t v) {
  uint32_t m = child_is(t, v, "mark");
  return m != FG_NONE && m > 0 && lemma_is(t, m, "to") &&
         word(t, m - 1)->upos == FG_UPOS_NOUN && in_list(t, FG_LIST_INFINITIVE_NOUN, m - 1);
}

/* "Founded by X in 1990, the party grew"; "Led by X, Y became known",
 * which parsers also give as a root participle coordinated with the
 * clause after its comma: a past participle that opens the sentence with
 * its agent and no subject of its own describes the subject of the
 * clause it precedes. That subject, else FG_NONE. */
static uint32_t fronted_participle(const Tree *t, uint32_t v) {
  if (!past_participle(t, v) || phrase_start(t, v) != 0 || child_is(t, v, "nsubj") != FG_NONE ||
      child_is(t, v, "aux") != FG_NONE || passive(t, v))
    return FG_NONE;
  uint32_t h = parent(t, v);
  if (rel_base(t, v, "advcl") && h != FG_NONE && h > v) {
    uint32_t s = subject_child(t, h, "nsubj");
    if (s == FG_NONE)
      s = subject_child(t, h, "nsubj:pass");
    /* with no agent, only a participle set off by its comma right before
     * that subject: "Born in Y in 1950, X studied at Z" */
    uint32_t first = s != FG_NONE ? phrase_start(t, s) : 0;
    if (agent(t, v) == FG_NONE && (first == 0 || first < v || !lemma_is(t, first - 1, ",") ||
                                   child_is(t, v, "mark") != FG_NONE))
      return FG_NONE;
    return s;
  }
  if (agent(t, v) == FG_NONE)
    return FG_NONE;
  /* the clause after the comma as the participle's conjunct, or as its
   * adverbial clause or parataxis with no mark of its own ("when", "after") */
  for (uint32_t c = t->first_child[v]; c != FG_NONE; c = t->next_sibling[c]) {
    bool clause = rel_is(t, c, "conj") ||
                  ((rel_base(t, c, "advcl") || rel_base(t, c, "parataxis")) &&
                   child_is(t, c, "mark") == FG_NONE);
    uint32_t s = clause ? subject_child(t, c, "nsubj") : FG_NONE;
    for (uint32_t k = v + 1; s != FG_NONE && k < s; k++)
      if (lemma_is(t, k, ","))
        return s;
  }
  return FG_NONE;
}

static bool word_is(const Tree *t, uint32_t w, const char *text);

/* A parser slip: a clause opened by "until", "before" or "after", read as
 * a preposition's phrase with its subject hung on the noun before it
 * ("held the cities until an offensive led by X toppled Y": "cities" the
 * verb's subject, "offensive" its nmod). That phrase, ending right before
 * the verb, is the subject. */
static uint32_t subject_in_phrase(const Tree *t, uint32_t s, uint32_t v) {
  for (uint32_t c = t->first_child[s]; c != FG_NONE; c = t->next_sibling[c]) {
    uint32_t k = rel_base(t, c, "nmod") && c > s && c < v ? case_of(t, c) : FG_NONE;
    if (k != FG_NONE && (lemma_is(t, k, "until") || lemma_is(t, k, "before") || lemma_is(t, k, "after")) &&
        phrase_end(t, c) + 1 == v)
      return c;
  }
  return FG_NONE;
}

/* A parser slip: a clause opened by "as", "after", "before", "until",
 * "while" or "since" read as a preposition's phrase on the verb above,
 * the clause's verb an advcl of that verb, or a conjunct with no "and"
 * ("The split comes as Britain
 * last week removed Y": "Britain" an obl of "comes"). That phrase, ending
 * right before the verb (or before time words hung on the same verb), is
 * the verb's subject; else FG_NONE. */
static uint32_t subject_in_verb_phrase(const Tree *t, uint32_t v) {
  static const char *const OPENERS[] = {"as", "after", "before", "until", "while", "since"};
  uint32_t h = parent(t, v);
  if (h == FG_NONE || !(rel_base(t, v, "advcl") || (rel_base(t, v, "conj") && child_is(t, v, "cc") == FG_NONE)) ||
      child_is(t, v, "nsubj") != FG_NONE ||
      child_is(t, v, "mark") != FG_NONE || !finite(t, v))
    return FG_NONE;
  for (uint32_t c = t->first_child[h]; c != FG_NONE && c < v; c = t->next_sibling[c]) {
    uint32_t k = rel_base(t, c, "obl") && c > h ? case_of(t, c) : FG_NONE;
    bool opener = false;
    for (size_t i = 0; k != FG_NONE && i < sizeof OPENERS / sizeof OPENERS[0]; i++)
      opener |= lemma_is(t, k, OPENERS[i]);
    if (!opener)
      continue;
    /* between the phrase and the verb only time words of the same verb */
    uint32_t w = phrase_end(t, c) + 1;
    while (w < v) {
      uint32_t d = w;
      for (unsigned depth = 0; parent(t, d) != h && parent(t, d) != FG_NONE && depth < MAX_CLIMB;
           depth++)
        d = parent(t, d);
      if (parent(t, d) != h || d == v ||
          !(rel_is(t, d, "obl:unmarked") || rel_is(t, d, "obl:tmod") || rel_is(t, d, "obl:npmod") ||
            rel_is(t, d, "advmod")))
        break;
      w = phrase_end(t, d) + 1;
    }
    if (w == v)
      return c;
  }
  return FG_NONE;
}

/* "X raided three houses, in which 12 people were arrested": a passive
 * with no agent whose relative phrase ("in which") ties it to a noun of
 * the clause before: that clause's verb (the parser hangs the relative
 * clause on the noun, or on the verb as conj or parataxis), else FG_NONE. */
static uint32_t passive_in_which(const Tree *t, uint32_t v) {
  uint32_t h = parent(t, v), r = FG_NONE;
  for (uint32_t c = t->first_child[v]; c != FG_NONE; c = t->next_sibling[c])
    if (rel_base(t, c, "obl") && case_of(t, c) != FG_NONE && c < v &&
        (has_feat(t, c, "PronType=Rel") || in_list(t, FG_LIST_RELATIVE_PRONOUN, c)))
      r = c;
  if (r == FG_NONE || h == FG_NONE)
    return FG_NONE;
  if ((rel_base(t, v, "conj") || rel_base(t, v, "parataxis")) &&
      word(t, h)->upos == FG_UPOS_VERB)
    return h;
  return rel_is(t, v, "acl:relcl") && parent(t, h) != FG_NONE &&
                 word(t, parent(t, h))->upos == FG_UPOS_VERB
             ? parent(t, h)
             : FG_NONE;
}

/* A parser slip: in a sentence left with no verb at its root ("Fighters
 * from X attacked Y ..." read as a noun phrase), a past participle hung
 * on a noun as its modifier that yet has an object of its own and no
 * agent is the main verb, and the root noun its subject: that noun, else
 * FG_NONE. */
static uint32_t root_noun_of_participle_main_verb(const Tree *t, uint32_t v) {
  if (!rel_is(t, v, "acl") || !past_participle(t, v) || child_is(t, v, "obj") == FG_NONE ||
      agent(t, v) != FG_NONE)
    return FG_NONE;
  uint32_t r = v;
  for (unsigned depth = 0; parent(t, r) != FG_NONE && depth < 4 * MAX_CLIMB; depth++)
    r = parent(t, r);
  return word(t, r)->upos == FG_UPOS_NOUN || word(t, r)->upos == FG_UPOS_PROPN ? r : FG_NONE;
}

/* A parser slip: "Soldiers led by X toppled Y" read with the participle
 * "led" as the root and the main verb as a clause on its agent. A finite
 * verb with no subject of its own, hung as acl on the agent after it, is
 * the main verb of the participle's subject, which the participle
 * describes: that participle, else FG_NONE. */
static uint32_t participle_read_as_main_verb(const Tree *t, uint32_t v) {
  uint32_t a = parent(t, v), p = a != FG_NONE ? parent(t, a) : FG_NONE;
  if (p == FG_NONE || !rel_is(t, v, "acl") || v < a || !finite(t, v) ||
      child_is(t, v, "nsubj") != FG_NONE || !past_participle(t, p) || agent(t, p) != a ||
      child_is(t, p, "nsubj") == FG_NONE || child_is(t, p, "aux") != FG_NONE || passive(t, p))
    return FG_NONE;
  return p;
}

/* A parser slip: "A faction within X called Y attacked Z" read with
 * "called" the main verb, Y its object and "attacked" a participle on Y.
 * A past participle with an object of its own and no agent, hung on the
 * object of a root "call" or "name" whose subject is a common noun, is
 * the main verb and that object its subject: Y, else FG_NONE. */
static uint32_t named_subject_of_participle(const Tree *t, uint32_t v) {
  uint32_t y = parent(t, v), p = y != FG_NONE ? parent(t, y) : FG_NONE;
  uint32_t s = p != FG_NONE ? child_is(t, p, "nsubj") : FG_NONE;
  if (s == FG_NONE || !rel_is(t, v, "acl") || !past_participle(t, v) ||
      child_is(t, v, "obj") == FG_NONE || agent(t, v) != FG_NONE || !rel_is(t, y, "obj") ||
      parent(t, p) != FG_NONE || !(lemma_is(t, p, "call") || lemma_is(t, p, "name")) ||
      word(t, s)->upos != FG_UPOS_NOUN)
    return FG_NONE;
  return y;
}

/* A parser slip: "X, who heads Y, declined ..." with the relative clause
 * hung on the main verb (advcl, conj) instead of on X. The subject "who"
 * or "which" then stands for the noun phrase right before its comma: its
 * head, else FG_NONE. */
static uint32_t antecedent_of_stray_relative(const Tree *t, uint32_t s, uint32_t v) {
  if (rel_base(t, v, "acl") || s < 2 || !(lemma_is(t, s, "who") || lemma_is(t, s, "which")) ||
      !(has_feat(t, s, "PronType=Rel") || in_list(t, FG_LIST_RELATIVE_PRONOUN, s)) ||
      !fg_tok_is(&t->doc->tok.tokens[t->ps->token[s - 1]], ","))
    return FG_NONE;
  /* the head of the phrase that word ends: "members" in "former members
   * of X, who helped ..." */
  uint32_t before = s - 2;
  for (unsigned depth = 0; depth < MAX_CLIMB && parent(t, before) != FG_NONE &&
                           parent(t, before) < before &&
                           (rel_base(t, before, "flat") || rel_base(t, before, "compound") ||
                            (rel_base(t, before, "nmod") && case_of(t, before) != FG_NONE));
       depth++)
    before = parent(t, before);
  unsigned u = word(t, before)->upos;
  return u == FG_UPOS_PROPN || u == FG_UPOS_NOUN ? before : FG_NONE;
}

static bool names_kind(const Tree *t, uint32_t w, unsigned kinds);
static uint32_t title_person(const Tree *t, uint32_t v);

/* The word of w's name that hangs outside the name (its head), up to
 * MAX_CLIMB links. */
static uint32_t name_top(const Tree *t, uint32_t w) {
  const FgMention *m = fg_mention_at(t->doc, t->ps->token[w]);
  for (unsigned depth = 0; m && depth < MAX_CLIMB && parent(t, w) != FG_NONE &&
                           fg_mention_at(t->doc, t->ps->token[parent(t, w)]) == m;
       depth++)
    w = parent(t, w);
  return w;
}

/* A parser slip: "X shot and killed Y" with "shot" tagged a noun (the
 * root, or an obl of "said" before it) and "killed" joined to whatever
 * came before. A finite verb right after "and" whose left word is a bare
 * noun a person's name ends right before is that person's act: the name's
 * last word, else FG_NONE. */
static uint32_t name_before_verb_read_as_noun(const Tree *t, uint32_t v) {
  if (!rel_base(t, v, "conj") || v < 3 || word(t, v)->upos != FG_UPOS_VERB ||
      !(finite(t, v) || child_is(t, v, "obj") != FG_NONE) || !lemma_is(t, v - 1, "and") ||
      parent(t, v - 1) != v)
    return FG_NONE;
  uint32_t noun = v - 2, name = v - 3;
  /* "X then shot and killed Y" */
  while (name > 0 && rel_base(t, name, "advmod") && parent(t, name) == noun)
    name--;
  const FgMention *m = fg_mention_at(t->doc, t->ps->token[name]);
  if (word(t, noun)->upos != FG_UPOS_NOUN || child_is(t, noun, "det") != FG_NONE ||
      child_is(t, noun, "nmod:poss") != FG_NONE || !m || m->kind != FG_MENTION_NAME ||
      m->last != t->ps->token[name] + 1 || !is_person(t, m) || fg_mention_at(t->doc, t->ps->token[noun]))
    return FG_NONE;
  /* "A and B shot and killed Y": the first of the joined names, whose
   * conjuncts come with it */
  uint32_t w = name_top(t, name);
  if (rel_base(t, w, "conj") && parent(t, w) != FG_NONE && parent(t, w) < w &&
      names_kind(t, parent(t, w), FG_KIND_PERSON))
    return parent(t, w);
  return name;
}

/* A parser slip: "X, who lives in Y, killed Z" with "killed" read as a
 * participle on X. A past participle with an object of its own and no
 * agent, set off by the comma that closes a relative clause or an
 * apposition on that noun, is the noun's main verb: the noun, else
 * FG_NONE. */
static uint32_t subject_of_participle_after_aside(const Tree *t, uint32_t v) {
  uint32_t n = parent(t, v);
  if (n == FG_NONE || n > v || !rel_is(t, v, "acl") || !past_participle(t, v) || v < 2 ||
      child_is(t, v, "obj") == FG_NONE || child_is(t, v, "aux") != FG_NONE ||
      agent(t, v) != FG_NONE || !fg_tok_is(&t->doc->tok.tokens[t->ps->token[v - 1]], ","))
    return FG_NONE;
  for (uint32_t c = t->first_child[n]; c != FG_NONE && c < v; c = t->next_sibling[c])
    if (c > n && (rel_is(t, c, "acl:relcl") || rel_base(t, c, "appos")) && phrase_end(t, c) + 2 == v)
      return n;
  return FG_NONE;
}

/* A parser slip: "X, chief executive of Y, lives in Z" read as a noun
 * phrase at the root with the verb a list item or parataxis after a
 * comma. A finite verb with no subject of its own so hung on a root noun
 * before it has that noun as subject: the noun, else FG_NONE. */
static uint32_t root_noun_before_subjectless_verb(const Tree *t, uint32_t v) {
  uint32_t h = parent(t, v);
  if (h == FG_NONE || h > v || parent(t, h) != FG_NONE ||
      !(rel_base(t, v, "list") || rel_base(t, v, "parataxis")) || !finite(t, v) ||
      word(t, v)->upos != FG_UPOS_VERB || !lemma_is(t, v - 1, ",") ||
      child_is(t, v, "nsubj") != FG_NONE || child_is(t, v, "nsubj:pass") != FG_NONE ||
      child_is(t, v, "expl") != FG_NONE)
    return FG_NONE;
  unsigned u = word(t, h)->upos;
  return u == FG_UPOS_PROPN || u == FG_UPOS_NOUN || u == FG_UPOS_ADJ ? h : FG_NONE;
}

/* A parser slip: "X was shot and killed by Y" with "shot" read as a bare
 * noun after the copula: the noun stands for a passive participle. */
static bool copula_read_as_passive(const Tree *t, uint32_t h) {
  uint32_t c = child_is(t, h, "cop");
  return c != FG_NONE && lemma_is(t, c, "be") && word(t, h)->upos == FG_UPOS_NOUN &&
         child_is(t, h, "det") == FG_NONE && child_is(t, h, "nmod:poss") == FG_NONE &&
         child_is(t, h, "nsubj") != FG_NONE;
}

/* "X was stabbed and killed by Y": a past participle joined to a passive,
 * with no subject or object of its own, is a passive too when it has its
 * own "by" phrase. */
static bool passive_conjunct_with_agent(const Tree *t, uint32_t v) {
  uint32_t h = parent(t, v);
  return h != FG_NONE && rel_base(t, v, "conj") && past_participle(t, v) &&
         (passive(t, h) || copula_read_as_passive(t, h)) && child_is(t, v, "nsubj") == FG_NONE &&
         child_is(t, v, "obj") == FG_NONE && with_case(t, v, "by") != FG_NONE;
}

/* A parser slip: "Police say X, 33, stabbed Y" read with X the object of
 * "say" and "stabbed" its conjunct (or parataxis): a person's name that is
 * the report's object, with only its own aside and commas before the
 * finite conjunct, is the conjunct's subject; else FG_NONE. A bare
 * infinitive there is a past tense of the same form ("X, 41, beat Y"). */
static uint32_t name_read_as_report_object(const Tree *t, uint32_t h, uint32_t v) {
  uint32_t o = child_is(t, h, "obj");
  /* "said the suspect, X, stabbed Y": the person's name set off after the noun */
  uint32_t named = o != FG_NONE ? child_is(t, o, "appos") : FG_NONE;
  if (named != FG_NONE && !is_person(t, fg_mention_at(t->doc, t->ps->token[o])) &&
      word(t, o)->upos == FG_UPOS_NOUN && named > o)
    o = named;
  bool bare = has_feat(t, v, "VerbForm=Inf") && child_is(t, v, "aux") == FG_NONE &&
              child_is(t, v, "mark") == FG_NONE;
  if (!(rel_base(t, v, "conj") || rel_base(t, v, "parataxis")) || h >= v || o == FG_NONE ||
      o > v || !in_list(t, FG_LIST_REPORTING_VERB, h) || in_list(t, FG_LIST_REPORTING_VERB, v) ||
      !(finite(t, v) || bare) || !is_person(t, fg_mention_at(t->doc, t->ps->token[o])))
    return FG_NONE;
  for (uint32_t w = phrase_end(t, o) + 1; w < v; w++)
    if (word(t, w)->upos != FG_UPOS_PUNCT)
      return FG_NONE;
  return o;
}

/* "Police said X shot and killed Y": a verb joined to a reporting verb
 * with a person's name between them is that person's act, however the
 * parser hung it, never the reporter's (when the name is not the reporting
 * verb's object: "X told Y and left"). True when such a name sits between
 * h and v. */
static bool name_between_report_and_conjunct(const Tree *t, uint32_t h, uint32_t v) {
  if (!rel_base(t, v, "conj") || h >= v || !in_list(t, FG_LIST_REPORTING_VERB, h) ||
      in_list(t, FG_LIST_REPORTING_VERB, v) || child_is(t, h, "obj") != FG_NONE)
    return false;
  for (uint32_t w = h + 1; w < v; w++) {
    const FgMention *m = fg_mention_at(t->doc, t->ps->token[w]);
    if (m && m->kind == FG_MENTION_NAME && is_person(t, m))
      return true;
  }
  return false;
}

static uint32_t titled_person_in(const Tree *t, uint32_t s);

/* A parser slip: "X co-founded Y" split into "co", "-", "founded" and read
 * as a participle modifying Y ("the co-founded Y"): the name that ends
 * right before "co-" (or before ", who co-"), else FG_NONE. */
static uint32_t co_verb_subject(const Tree *t, uint32_t v) {
  if (v < 3 || !rel_is(t, v, "amod") || !lemma_is(t, v - 1, "-") || !lemma_is(t, v - 2, "co") ||
      parent(t, v - 2) != v)
    return FG_NONE;
  uint32_t w = v - 3;
  if (w >= 2 && lemma_is(t, w, "who") && lemma_is(t, w - 1, ","))
    w -= 2;
  const FgMention *m = fg_mention_at(t->doc, t->ps->token[w]);
  return m && m->kind == FG_MENTION_NAME && m->last == t->ps->token[w] + 1 ? w : FG_NONE;
}

/* A parser slip: "Ostrow, 58, previously ran Y" read with the age as
 * the subject and the name as an aside: the person named right before
 * the age's comma, else FG_NONE. */
static uint32_t age_read_as_subject(const Tree *t, uint32_t s) {
  if (s < 2 || s + 1 >= t->ps->count || word(t, s)->upos != FG_UPOS_NUM ||
      !lemma_is(t, s - 1, ",") || !lemma_is(t, s + 1, ","))
    return FG_NONE;
  const FgMention *m = fg_mention_at(t->doc, t->ps->token[s - 2]);
  return m && m->kind == FG_MENTION_NAME && m->last == t->ps->token[s - 2] + 1 && is_person(t, m)
             ? s - 2
             : FG_NONE;
}

/* A parser slip: "X, a native of Y, now lives in Z" with the verb a
 * parataxis of the name, or of the noun set off after it: the name, when
 * a comma closes that aside right before the verb's phrase. */
static uint32_t name_before_aside(const Tree *t, uint32_t v) {
  uint32_t h = parent(t, v), first = phrase_start(t, v);
  if (h == FG_NONE || h > v || !rel_base(t, v, "parataxis") || !has_feat(t, v, "VerbForm=Fin") ||
      first == 0 || !lemma_is(t, first - 1, ","))
    return FG_NONE;
  if (word(t, h)->upos != FG_UPOS_PROPN &&
      (rel_is(t, h, "appos") || rel_base(t, h, "parataxis")) && parent(t, h) != FG_NONE)
    h = parent(t, h);
  const FgMention *m = fg_mention_at(t->doc, t->ps->token[h]);
  return word(t, h)->upos == FG_UPOS_PROPN && m && m->kind == FG_MENTION_NAME ? h : FG_NONE;
}

/* A parser slip: "X, a Chinese national working for Y," with "national"
 * tagged an adjective and the participle made the head of the phrase or
 * of a clause of its own. A present participle right after an
 * apposition's words (a determiner, then only adjectives and nouns) that
 * a comma sets off after a name describes that name: the name's last
 * word, else FG_NONE. */
static uint32_t name_before_described_participle(const Tree *t, uint32_t v) {
  if (!present_participle(t, v) || word(t, v)->upos != FG_UPOS_VERB)
    return FG_NONE;
  uint32_t d = v;
  while (d > 0 && (word(t, d - 1)->upos == FG_UPOS_ADJ || word(t, d - 1)->upos == FG_UPOS_NOUN))
    d--;
  if (d == v || d < 3 || word(t, d - 1)->upos != FG_UPOS_DET || !lemma_is(t, d - 2, ","))
    return FG_NONE;
  const FgMention *m = fg_mention_at(t->doc, t->ps->token[d - 3]);
  return m && m->kind == FG_MENTION_NAME && m->last == t->ps->token[d - 3] + 1 ? d - 3 : FG_NONE;
}

/* A parser slip: "X shot Y twice" with "shot" tagged a bare noun set
 * between two people's names (list verb-read-as-noun: past tenses that
 * are nouns too). Whether v is one. */
static bool verb_between_names(const Tree *t, uint32_t v) {
  if (v == 0 || v + 1 >= t->ps->count || word(t, v)->upos != FG_UPOS_NOUN ||
      !lemma_listed(t, v, "verb-read-as-noun") || child_is(t, v, "det") != FG_NONE ||
      child_is(t, v, "nmod:poss") != FG_NONE || child_is(t, v, "amod") != FG_NONE ||
      fg_mention_at(t->doc, t->ps->token[v]))
    return false;
  const FgMention *a = fg_mention_at(t->doc, t->ps->token[v - 1]);
  const FgMention *b = fg_mention_at(t->doc, t->ps->token[v + 1]);
  return is_person(t, a) && is_person(t, b) && a->kind == FG_MENTION_NAME &&
         b->kind == FG_MENTION_NAME && a->last == t->ps->token[v] &&
         b->first == t->ps->token[v + 1];
}

/* The name a word of such an apposition describes ("national" of "X, a
 * Chinese national working for Y"), or FG_NONE. */
static uint32_t name_before_participle_phrase(const Tree *t, uint32_t w) {
  uint32_t p = w;
  while (p < t->ps->count && (word(t, p)->upos == FG_UPOS_ADJ || word(t, p)->upos == FG_UPOS_NOUN))
    p++;
  return p > w && p < t->ps->count ? name_before_described_participle(t, p) : FG_NONE;
}

/* The one a verdict names, for a deed hung as a clause marked "of" on
 * "guilty", the object or complement of a passive ("X was found guilty
 * of strangling Y"): that passive's subject; in the active, a person's
 * name the parser hung on "guilty" as its compound ("A jury found X
 * guilty of killing Y") or, "guilty" a complement, the verdict's object
 * ("found X not guilty of the murder of Y"); else FG_NONE. */
static uint32_t found_guilty_of(const Tree *t, uint32_t v) {
  uint32_t m = child_is(t, v, "mark"), h = parent(t, v);
  /* the deed as a noun: "guilty of the murder of Y" */
  if (m == FG_NONE && rel_base(t, v, "nmod"))
    m = case_of(t, v);
  /* a plea: "X pleaded guilty to the murder of Y" (repair.c plea_on_guilty) */
  bool plea = m != FG_NONE && h != FG_NONE && lemma_is(t, m, "to") && rel_base(t, v, "nmod") &&
              parent(t, h) != FG_NONE && lemma_is(t, parent(t, h), "plead");
  if (m == FG_NONE || h == FG_NONE || !(lemma_is(t, m, "of") || plea) ||
      !(rel_is(t, v, "acl") || rel_base(t, v, "nmod")) || !lemma_is(t, h, "guilty") ||
      !(rel_is(t, h, "obj") || rel_base(t, h, "xcomp")))
    return FG_NONE;
  uint32_t verdict = parent(t, h);
  if (plea)
    return subject_child(t, verdict, "nsubj");
  if (verdict != FG_NONE && passive(t, verdict))
    return subject_child(t, verdict, "nsubj:pass");
  uint32_t named = child_is(t, h, "compound");
  if (verdict != FG_NONE && rel_base(t, h, "xcomp"))
    named = child_is(t, verdict, "obj");
  return verdict != FG_NONE && named != FG_NONE && named < h &&
                 names_kind(t, named, FG_KIND_PERSON)
             ? named
             : FG_NONE;
}

/* A parser slip: "the family of X sued Y" read as a clause "X sued Y"
 * that "of" opens, hung on "family": the one who acts is the noun before
 * "of" (the family, X's lawyers, X's supporters), not X. */
static bool of_marked_clause(const Tree *t, uint32_t v, uint32_t s) {
  uint32_t mark = child_is(t, v, "mark");
  return rel_base(t, v, "acl") && mark != FG_NONE && mark < s && lemma_is(t, mark, "of");
}

static uint32_t logical_object(const Tree *t, uint32_t v);
static void add_titled_person_or(const Tree *t, uint32_t w, Words *out);

/* "Police arrested X on suspicion of killing Y", "X was held on charges
 * of murdering Y": the verb whose object is suspected of deed v (a
 * clause marked "of" on a noun of list suspicion-noun that is the verb's
 * obl), else FG_NONE. The deed is only alleged. */
static uint32_t suspicion_verb(const Tree *t, uint32_t v) {
  uint32_t m = child_is(t, v, "mark"), n = parent(t, v);
  uint32_t h = n != FG_NONE ? parent(t, n) : FG_NONE;
  return h != FG_NONE && rel_is(t, v, "acl") && m != FG_NONE && lemma_is(t, m, "of") &&
                 rel_base(t, n, "obl") && lemma_listed(t, n, "suspicion-noun") &&
                 word(t, h)->upos == FG_UPOS_VERB
             ? h
             : FG_NONE;
}

/* Who does v: nsubj; the agent of a passive; the controller of an xcomp
 * ("X agreed to sell", "urged Y to join"); the subject shared by
 * coordinated or adverbial verbs; the noun a relative clause or a present
 * participle modifies ("troops fighting Y"). A purpose clause of a
 * participle belongs to the noun the participle describes ("the
 * coalition led by X to combat Y" is the coalition's aim); an infinitive
 * that completes a noun has no subject of its own ("plots to kill Y"). */
/* "X signed an order barring Y": the one who signs or issues a decree
 * (list decree-noun, the object of a verb of list decree-verb) does what
 * its participle says; not "X criticised an order barring Y". The
 * subject of that verb as written, else FG_NONE. */
static uint32_t decree_signer(const Tree *t, uint32_t n) {
  uint32_t g = parent(t, n);
  if (g == FG_NONE || !rel_is(t, n, "obj") || word(t, g)->upos != FG_UPOS_VERB ||
      !lemma_listed(t, n, "decree-noun") || !lemma_listed(t, g, "decree-verb"))
    return FG_NONE;
  return subject_child(t, g, "nsubj");
}

/* "Tolvia accused Varnia of funding Y", "charged X with killing Y",
 * "blamed X for attacking Y": a gerund the verb takes with "of", "with" or
 * "for" after its named object is that object's deed, hung on the verb or
 * on the object (the parser does both); the object, else FG_NONE. */
static uint32_t object_of_gerund_verb(const Tree *t, uint32_t v) {
  static const char *const MARKS[] = {"of", "with", "for"};
  uint32_t h = parent(t, v), m = child_is(t, v, "mark");
  if (h == FG_NONE || !rel_base(t, v, "advcl") || m == FG_NONE ||
      !present_participle(t, v) ||
      !lemma_one_of(t, m, MARKS, sizeof MARKS / sizeof MARKS[0]) ||
      word(t, h)->upos != FG_UPOS_VERB)
    return FG_NONE;
  uint32_t o = child_is(t, h, "obj");
  return o != FG_NONE && o < v && names_kind(t, o, FG_KIND_ANY) ? o : FG_NONE;
}

static uint32_t logical_subject(const Tree *t, uint32_t v, unsigned depth) {
  if (depth > MAX_CLIMB)
    return FG_NONE;
  if (passive(t, v) || fronted_participle(t, v) != FG_NONE || passive_conjunct_with_agent(t, v))
    return agent(t, v);
  /* "X, a Paris daily owned by Y": a participle on a noun with a "by"
   * agent is passive, whatever noun the parser made its subject */
  if (rel_base(t, v, "acl") && child_is(t, v, "obl:agent") != FG_NONE && past_participle(t, v) &&
      child_is(t, v, "aux") == FG_NONE)
    return agent(t, v);
  if (passive_conjunct(t, v) && agent(t, v) != FG_NONE)
    return agent(t, v);
  if (absolute_with(t, v))
    return agent(t, v) != FG_NONE ? agent(t, v) : logical_subject(t, parent(t, v), depth + 1);
  uint32_t clause = absolute_with_noun(t, v);
  if (clause != FG_NONE)
    return agent(t, v) != FG_NONE ? agent(t, v) : logical_subject(t, clause, depth + 1);
  uint32_t s = subject_child(t, v, "nsubj");
  if (s != FG_NONE && of_marked_clause(t, v, s))
    return parent(t, v);
  if (s != FG_NONE && subject_in_phrase(t, s, v) != FG_NONE)
    return subject_in_phrase(t, s, v);
  if (s != FG_NONE && age_read_as_subject(t, s) != FG_NONE)
    return age_read_as_subject(t, s);
  uint32_t antecedent = s != FG_NONE ? antecedent_of_stray_relative(t, s, v) : FG_NONE;
  if (antecedent != FG_NONE)
    return antecedent;
  uint32_t titled = s != FG_NONE ? titled_person_in(t, s) : FG_NONE;
  if (titled != FG_NONE)
    return titled;
  /* "X signed an order that bars Y": the decree's signer, as for its participle */
  if (s != FG_NONE && relative(t, s, v) && decree_signer(t, parent(t, v)) != FG_NONE)
    return decree_signer(t, parent(t, v));
  if (s != FG_NONE)
    return relative(t, s, v) ? parent(t, v) : s;
  uint32_t described = name_before_described_participle(t, v);
  if (described != FG_NONE)
    return described;
  if (verb_between_names(t, v))
    return v - 1;
  uint32_t h = parent(t, v);
  if (h == FG_NONE)
    return FG_NONE;
  if (found_guilty_of(t, v) != FG_NONE)
    return found_guilty_of(t, v);
  if ((rel_base(t, v, "xcomp") || rel_base(t, v, "advcl")) && rel_is(t, h, "acl"))
    return parent(t, h);
  if (infinitive_complement(t, v))
    return logical_subject(t, h, depth + 1);
  if (rel_base(t, v, "xcomp")) {
    /* "urged X to join"; in the passive, the passive's subject of a
     * predicate ("X was found guilty of killing Y") or of a verb that
     * hedges or expects what follows ("X is expected to visit Y"; not "X
     * was urged to join Y", only asked of X) */
    /* "X was forced (compelled) to release Y": X did it */
    uint32_t o = child_is(t, h, "obj");
    if (o == FG_NONE && passive(t, h))
      return word(t, v)->upos != FG_UPOS_VERB || in_list(t, FG_LIST_HEDGE, h) ||
                     in_list(t, FG_LIST_FUTURE, h) ||
                     lemma_listed(t, h, "made-to-verb")
                 ? subject_child(t, h, "nsubj:pass")
                 : FG_NONE; /* the agent asked, it does not do it */
    return o != FG_NONE ? o : logical_subject(t, h, depth + 1);
  }
  /* "X was jailed by Y, then founded Z"; "X, who was born in Y and lives
   * in Z": the relative's antecedent */
  if (rel_base(t, v, "conj") && passive(t, h) && !past_participle(t, v)) {
    uint32_t p = subject_child(t, h, "nsubj:pass");
    return p != FG_NONE && relative(t, p, h) ? parent(t, h) : p;
  }
  /* a parser slip: the main verb after a relative clause set off by
     commas hung inside it ("X, who joined Y in 2019, now leads Z") */
  if (rel_base(t, v, "parataxis") && rel_is(t, h, "acl:relcl") &&
      v > h && has_feat(t, v, "VerbForm=Fin"))
    return parent(t, h);
  uint32_t aside = name_before_aside(t, v);
  if (aside != FG_NONE)
    return aside;
  if (rel_base(t, v, "advcl") && infinitive_of_noun(t, v))
    return FG_NONE;
  /* "X was arrested after visiting Y": an adverbial participle's subject
   * is its clause's subject as written, a passive's too; a relative
   * pronoun's antecedent ("X, who is accused of killing Y,") */
  if (rel_base(t, v, "advcl") && present_participle(t, v) &&
      subject_child(t, h, "nsubj:pass") != FG_NONE) {
    uint32_t p = subject_child(t, h, "nsubj:pass");
    return relative(t, p, h) ? parent(t, h) : p;
  }
  uint32_t slip = subject_in_verb_phrase(t, v);
  if (slip != FG_NONE || (slip = name_before_verb_read_as_noun(t, v)) != FG_NONE)
    return slip;
  if ((slip = name_read_as_report_object(t, h, v)) != FG_NONE)
    return slip;
  if (name_between_report_and_conjunct(t, h, v))
    return FG_NONE;
  if ((slip = object_of_gerund_verb(t, v)) != FG_NONE)
    return slip;
  if (rel_base(t, v, "conj") || rel_base(t, v, "advcl"))
    return logical_subject(t, h, depth + 1);
  if ((slip = root_noun_of_participle_main_verb(t, v)) != FG_NONE ||
      (slip = named_subject_of_participle(t, v)) != FG_NONE)
    return slip;
  if ((slip = participle_read_as_main_verb(t, v)) != FG_NONE)
    return subject_child(t, slip, "nsubj");
  if ((slip = subject_of_participle_after_aside(t, v)) != FG_NONE ||
      (slip = root_noun_before_subjectless_verb(t, v)) != FG_NONE)
    return slip;
  uint32_t held = suspicion_verb(t, v);
  if (held != FG_NONE)
    return logical_object(t, held);
  if (rel_is(t, v, "acl") && present_participle(t, v) && decree_signer(t, h) != FG_NONE)
    return decree_signer(t, h);
  if (rel_is(t, v, "acl"))
    return past_participle(t, v) ? agent(t, v) : present_participle(t, v) ? h : FG_NONE;
  if (rel_is(t, v, "acl:relcl"))
    return h;
  return co_verb_subject(t, v);
}

/* Participle v is glued by a hyphen to the word before it ("Paris-based",
 * "Tolvian-born"), with no space on either side. */
static bool hyphen_glued(const Tree *t, uint32_t v) {
  if (v < 2 || !lemma_is(t, v - 1, "-") || !past_participle(t, v))
    return false;
  const FgWord *name = word(t, v - 2), *hyphen = word(t, v - 1);
  return name->begin + name->form_len == hyphen->begin &&
         hyphen->begin + hyphen->form_len == word(t, v)->begin;
}

/* A parser slip: "Essen-based Velm Systems hired ..." read with the
 * participle as a verb of its own. A participle hyphened to the word
 * before it only modifies the noun after it, so a name that starts right
 * after it is its logical object: that name's word, else FG_NONE. */
static uint32_t name_after_hyphened(const Tree *t, uint32_t v) {
  if (v + 1 >= t->ps->count || !hyphen_glued(t, v))
    return FG_NONE;
  const FgMention *m = fg_mention_at(t->doc, t->ps->token[v + 1]);
  return m && m->kind == FG_MENTION_NAME && m->first == t->ps->token[v + 1] ? v + 1 : FG_NONE;
}

/* "Tolvian-born architect X", "Kessel-born striker X" opening a sentence:
 * the parser hangs the name hyphened to participle v on the noun or the
 * verb, not on v. A name or demonym that ends right before the hyphen is
 * still v's: its word, else FG_NONE. */
static uint32_t hyphened_to_participle(const Tree *t, uint32_t v) {
  if (!hyphen_glued(t, v))
    return FG_NONE;
  const FgMention *m = fg_mention_at(t->doc, t->ps->token[v - 2]);
  return m && (m->kind == FG_MENTION_NAME || m->kind == FG_MENTION_DEMONYM) &&
                 m->last == t->ps->token[v - 2] + 1
             ? v - 2
             : FG_NONE;
}

/* "controls most of the Velm valley", "seized parts of Kolvar": the
 * place a word of quantity (list part-of-place) is of, else FG_NONE. */
static uint32_t place_a_part_is_of(const Tree *t, uint32_t o) {
  if (!lemma_listed(t, o, "part-of-place"))
    return FG_NONE;
  for (uint32_t c = t->first_child[o]; c != FG_NONE; c = t->next_sibling[c]) {
    uint32_t k = case_of(t, c);
    const FgMention *m = (rel_base(t, c, "nmod") || rel_base(t, c, "obl")) && k != FG_NONE &&
                                 lemma_is(t, k, "of")
                             ? mention_of(t, c)
                             : NULL;
    if (m && m->entity != FG_NONE &&
        (t->doc->entities->items[m->entity].kind & (FG_KIND_PLACE | FG_KIND_COUNTRY)))
      return c;
  }
  return FG_NONE;
}

static bool names_place(const Tree *t, uint32_t w);

/* "seized the airport at Dumas", "captured the bridge in Velm": the
 * place "at", "in" or "of" which a site o (list site-noun) that verb v
 * takes lies, also when the parser hung that phrase on the verb right
 * after the site's; else FG_NONE. */
static uint32_t place_of_site(const Tree *t, uint32_t v, uint32_t o) {
  static const char *const WHERE[] = {"at", "in", "of"};
  if (!lemma_listed(t, o, "site-noun") || mention_of(t, o))
    return FG_NONE;
  for (size_t i = 0; i < sizeof WHERE / sizeof WHERE[0]; i++) {
    uint32_t p = with_case(t, o, WHERE[i]), q = with_case(t, v, WHERE[i]);
    if (p != FG_NONE && p > o && names_place(t, p))
      return p;
    if (q != FG_NONE && q > o && phrase_start(t, q) == phrase_end(t, o) + 1 && names_place(t, q))
      return q;
  }
  return FG_NONE;
}

/* "stormed the police station", "ambushed an army convoy": the
 * organisation whose name is compounded with premises or a unit o (list
 * premises-noun) that names nothing itself, else FG_NONE; an attack on
 * them is one on it. */
static uint32_t body_of_premises(const Tree *t, uint32_t o) {
  if (!lemma_listed(t, o, "premises-noun") || mention_of(t, o))
    return FG_NONE;
  for (uint32_t c = t->first_child[o]; c != FG_NONE; c = t->next_sibling[c])
    if (rel_base(t, c, "compound") && names_kind(t, c, FG_KIND_ORG))
      return c;
  return FG_NONE;
}

/* "annexed the Orvanian region of Berka", "shelled the town of Velm":
 * the place whose common noun o (list region-noun) names it in its "of"
 * phrase, else FG_NONE. */
static uint32_t place_a_region_names(const Tree *t, uint32_t o) {
  if (!lemma_listed(t, o, "region-noun") || mention_of(t, o))
    return FG_NONE;
  uint32_t p = with_case(t, o, "of");
  return p != FG_NONE && p > o && names_place(t, p) ? p : FG_NONE;
}

/* "shelled Tolvian border villages", "bombed Orvanian positions": the
 * demonym on an unnamed target o of an attack (list attack-target-noun or
 * troop-noun), else FG_NONE; the attack is on that country. */
static uint32_t country_of_targets(const Tree *t, uint32_t o) {
  if (mention_of(t, o) ||
      !(lemma_listed(t, o, "attack-target-noun") || lemma_listed(t, o, "troop-noun")))
    return FG_NONE;
  for (uint32_t c = t->first_child[o]; c != FG_NONE; c = t->next_sibling[c]) {
    const FgMention *m = fg_mention_at(t->doc, t->ps->token[c]);
    if (m && m->kind == FG_MENTION_DEMONYM && m->entity != FG_NONE &&
        (rel_is(t, c, "amod") || rel_is(t, c, "compound")))
      return c;
  }
  return FG_NONE;
}

/* A parser slip: a name read as a compound of the time phrase after it
 * ("visit Velm next week", "bought the dairy Velm Farms last year"), with
 * the time phrase hung on h: the name's word when the name starts at
 * token at, else FG_NONE. */
static uint32_t name_on_time_phrase(const Tree *t, uint32_t h, size_t at) {
  for (uint32_t c = t->first_child[h]; c != FG_NONE; c = t->next_sibling[c]) {
    /* the parser may make the time phrase the object: "visit Velm next month" */
    uint32_t which = child_is(t, c, "amod");
    if (which == FG_NONE)
      which = child_is(t, c, "det");
    if (!rel_is(t, c, "obl:unmarked") && !rel_is(t, c, "obl:tmod") &&
        !rel_is(t, c, "nmod:unmarked") && !rel_is(t, c, "nmod:tmod") &&
        !(rel_is(t, c, "obj") && which != FG_NONE &&
          lemma_listed(t, which, "time-determiner")))
      continue;
    for (uint32_t n = t->first_child[c]; n != FG_NONE; n = t->next_sibling[n]) {
      const FgMention *m = rel_is(t, n, "compound") ? fg_mention_at(t->doc, t->ps->token[n]) : NULL;
      /* the noun's own last words may be hung there too ("the payments
       * firm Kivo Pay last year" with "firm" on "year") */
      uint32_t w = m ? word_at(t, at) : FG_NONE;
      while (w != FG_NONE && m->first > t->ps->token[w] && parent(t, w) == c)
        w = w + 1 < t->ps->count ? w + 1 : FG_NONE;
      if (m && m->kind == FG_MENTION_NAME && w != FG_NONE && m->first == t->ps->token[w] &&
          m->last <= t->ps->token[c])
        return n;
    }
  }
  return FG_NONE;
}

/* "The coup that toppled President X was led by Y" parsed with X a
 * second subject of the main verb: the name right after a relative
 * clause's verb with no object (its title words hung on it), which the
 * parser made a subject of the verb its antecedent is the subject of. */
static uint32_t object_read_as_main_subject(const Tree *t, uint32_t v) {
  uint32_t h = parent(t, v), g = h != FG_NONE ? parent(t, h) : FG_NONE;
  if (g == FG_NONE || !rel_is(t, v, "acl:relcl") || !rel_base(t, h, "nsubj"))
    return FG_NONE;
  for (uint32_t n = t->first_child[g]; n != FG_NONE; n = t->next_sibling[n]) {
    if (n <= v || !rel_base(t, n, "nsubj") || word(t, n)->upos != FG_UPOS_PROPN)
      continue;
    uint32_t w = v + 1;
    while (w < n && parent(t, w) == n &&
           (rel_is(t, w, "nmod:desc") || rel_is(t, w, "compound") || rel_is(t, w, "amod")))
      w++;
    if (w == n)
      return n;
  }
  return FG_NONE;
}

/* "Raised in Y and educated at Z, X joined W": a bare participle
 * coordinated with a fronted one shares the subject it describes; else
 * FG_NONE. */
static uint32_t fronted_conjunct(const Tree *t, uint32_t v) {
  uint32_t h = parent(t, v);
  if (h == FG_NONE || !rel_is(t, v, "conj") || !past_participle(t, v) ||
      child_is(t, v, "nsubj") != FG_NONE || child_is(t, v, "obj") != FG_NONE)
    return FG_NONE;
  return fronted_participle(t, h);
}

/* A parser slip: "X stabbed to death his wife, Y" with "death" an xcomp
 * or obl right after the verb and the object hung on it (a noun takes
 * no object). */
static uint32_t object_after_result(const Tree *t, uint32_t v) {
  for (uint32_t x = t->first_child[v]; x != FG_NONE; x = t->next_sibling[x]) {
    if (x < v || x > v + 3 || word(t, x)->upos != FG_UPOS_NOUN ||
        !(rel_is(t, x, "xcomp") || rel_is(t, x, "obl")))
      continue;
    uint32_t o = child_is(t, x, "obj");
    if (o != FG_NONE && o > x)
      return o;
  }
  return FG_NONE;
}

/* A parser slip: "Police said the victim, X, was beaten" read with the
 * victim the object of "said" and the passive a subjectless complement
 * clause: that object is the passive's subject. */
static uint32_t subject_read_as_report_object(const Tree *t, uint32_t v) {
  uint32_t h = parent(t, v);
  if (h == FG_NONE || !rel_is(t, v, "ccomp") || !in_list(t, FG_LIST_REPORTING_VERB, h))
    return FG_NONE;
  uint32_t o = child_is(t, h, "obj");
  return o != FG_NONE && o < v ? o : FG_NONE;
}

/* "after being shot": a passive whose "being" makes it a participle
 * clause with no subject of its own. */
static bool present_participle_aux(const Tree *t, uint32_t v) {
  uint32_t aux = child_is(t, v, "aux:pass");
  return aux != FG_NONE && present_participle(t, aux);
}

/* "X died after being shot by Y", "X was arrested after being named by
 * Y": the subject of the clause h an adverbial participle hangs on, as
 * written, is the participle's too. */
static uint32_t main_clause_subject(const Tree *t, uint32_t h) {
  uint32_t s = subject_child(t, h, "nsubj");
  if (s == FG_NONE)
    s = subject_child(t, h, "nsubj:pass");
  return s != FG_NONE && relative(t, s, h) ? parent(t, h) : s;
}

/* "X agreed to be bought by Y", "X is set to be acquired", "Y wants X to
 * be sold": a passive to-infinitive with no subject of its own has as
 * its subject the verb's object it completes, else that verb's subject
 * as written; FG_NONE when v is no such infinitive. */
static uint32_t passive_infinitive_controller(const Tree *t, uint32_t v) {
  uint32_t h = parent(t, v), m = child_is(t, v, "mark");
  if (h == FG_NONE || !rel_base(t, v, "xcomp") || m == FG_NONE || !lemma_is(t, m, "to"))
    return FG_NONE;
  uint32_t o = child_is(t, h, "obj");
  return o != FG_NONE && o < v ? o : main_clause_subject(t, h);
}

/* "X arrested and charged Y": a verb with no object of its own shares
 * the object of the verb conjoined right after it, when that verb has no
 * subject of its own; only verbs seldom left without an object (list
 * shared-object-verb: not "X left and joined Y"). */
static uint32_t shared_object(const Tree *t, uint32_t v) {
  uint32_t c = next_verb_conjunct(t, v);
  if (c == FG_NONE || child_is(t, c, "nsubj") != FG_NONE || !lemma_listed(t, v, "shared-object-verb"))
    return FG_NONE;
  uint32_t o = child_is(t, c, "obj");
  return o != FG_NONE && o > c ? o : FG_NONE;
}

/* "X employs 3,000 people and is based in Y": a passive conjunct with
 * no subject of its own shares the active first verb's subject, which
 * is what the passive is done to. That subject, else FG_NONE. */
static uint32_t active_subject_of_passive_conjunct(const Tree *t, uint32_t v) {
  uint32_t h = parent(t, v);
  if (h == FG_NONE || !rel_base(t, v, "conj") || child_is(t, v, "aux:pass") == FG_NONE ||
      child_is(t, v, "nsubj") != FG_NONE || passive(t, h))
    return FG_NONE;
  uint32_t s = subject_child(t, h, "nsubj");
  return s != FG_NONE && relative(t, s, h) ? parent(t, h) : s;
}

/* What v is done to: obj; the subject of a passive; the noun a past
 * participle ("a group led by X") or an object relative clause ("the
 * party she led") modifies. */
static uint32_t logical_object(const Tree *t, uint32_t v) {
  /* "X was born and raised in Y": a bare participle coordinated with a
   * passive shares its subject */
  uint32_t h = parent(t, v);
  if (verb_between_names(t, v))
    return v + 1;
  if (passive_conjunct(t, v))
    return logical_object(t, h);
  uint32_t fronted_with = fronted_conjunct(t, v);
  if (fronted_with != FG_NONE)
    return fronted_with;
  if (rel_is(t, v, "conj") && passive_conjunct_with_agent(t, v) && copula_read_as_passive(t, h))
    return subject_child(t, h, "nsubj");
  if (passive(t, v)) {
    uint32_t p = subject_child(t, v, "nsubj:pass");
    if (p == FG_NONE && h != FG_NONE && rel_base(t, v, "advcl") && present_participle_aux(t, v))
      return main_clause_subject(t, h);
    if (p == FG_NONE && (p = active_subject_of_passive_conjunct(t, v)) != FG_NONE)
      return p;
    if (p == FG_NONE && (p = passive_infinitive_controller(t, v)) != FG_NONE)
      return p;
    if (p == FG_NONE)
      return subject_read_as_report_object(t, v);
    return relative(t, p, v) ? parent(t, v) : p;
  }
  if (absolute_with(t, v))
    return child_is(t, v, "nsubj");
  uint32_t timed = name_on_time_phrase(t, v, t->ps->token[v] + 1);
  if (timed != FG_NONE)
    return timed;
  uint32_t o = child_is(t, v, "obj");
  /* "told the council that/obj X had attacked Y/obj": a verb with an
   * object of its own has none in a relative pronoun (a complementizer
   * the tagger read as one) */
  for (uint32_t c = o != FG_NONE && relative(t, o, v) ? t->first_child[v] : FG_NONE;
       c != FG_NONE; c = t->next_sibling[c])
    if (c != o && rel_is(t, c, "obj") && c > v) {
      o = c;
      break;
    }
  if (o != FG_NONE && !(o > v && opened_by(t, o))) {
    uint32_t whole = place_a_part_is_of(t, o);
    if (whole == FG_NONE && lemma_listed(t, v, "site-capture-verb"))
      whole = place_of_site(t, v, o);
    if (whole == FG_NONE && lemma_listed(t, v, "premises-attack-verb"))
      whole = body_of_premises(t, o);
    if (whole == FG_NONE && (lemma_listed(t, v, "premises-attack-verb") ||
                             lemma_listed(t, v, "site-capture-verb")))
      whole = place_a_region_names(t, o);
    if (whole == FG_NONE && lemma_listed(t, v, "premises-attack-verb"))
      whole = country_of_targets(t, o);
    return relative(t, o, v) ? parent(t, v) : whole != FG_NONE ? whole : o;
  }
  /* "controls much of X": the parser may read the word of quantity as an
   * open clause of the verb */
  uint32_t quantity = child_is(t, v, "xcomp");
  if (o == FG_NONE && quantity != FG_NONE && quantity > v) {
    uint32_t whole = place_a_part_is_of(t, quantity);
    if (whole != FG_NONE)
      return whole;
  }
  if ((rel_is(t, v, "acl") || rel_is(t, v, "amod")) && past_participle(t, v)) {
    /* "X was among those killed": "those" stands for its copula's subject */
    uint32_t those = parent(t, v), s = child_is(t, those, "nsubj");
    bool among_those = (lemma_is(t, those, "those") || lemma_is(t, those, "that")) &&
                       child_is(t, those, "cop") != FG_NONE && s != FG_NONE;
    return among_those ? s : those;
  }
  uint32_t result = object_after_result(t, v);
  if (result != FG_NONE)
    return result;
  uint32_t s = child_is(t, v, "nsubj");
  if (rel_is(t, v, "acl:relcl") && s != FG_NONE && !relative(t, s, v))
    return parent(t, v);
  uint32_t fronted = fronted_participle(t, v);
  if (fronted != FG_NONE)
    return fronted;
  uint32_t slipped = object_read_as_main_subject(t, v);
  if (slipped == FG_NONE && word(t, v)->upos == FG_UPOS_VERB)
    slipped = shared_object(t, v);
  return slipped != FG_NONE ? slipped : name_after_hyphened(t, v);
}

/* The first word of w's phrase, punctuation aside: "North" of "North
 * Carolina". */
static uint32_t phrase_start(const Tree *t, uint32_t w) {
  uint32_t first = w;
  for (uint32_t k = t->first_child[w]; k != FG_NONE && k < first; k = t->next_sibling[k])
    if (!rel_base(t, k, "punct"))
      first = k;
  return first;
}

/* The last word of w's phrase. */
static uint32_t phrase_end(const Tree *t, uint32_t w) {
  for (unsigned depth = 0; depth < 2 * MAX_CLIMB; depth++) {
    uint32_t last = FG_NONE;
    for (uint32_t k = t->first_child[w]; k != FG_NONE; k = t->next_sibling[k])
      last = k;
    if (last == FG_NONE || last < w)
      break;
    w = last;
  }
  return w;
}

/* "a Dunmere man, Otis Crane, ...": the parser may hang the apposition
 * on the comma right after the noun n */
static uint32_t apposition_on_comma(const Tree *t, uint32_t n) {
  /* or on the comma hung on n's head ("killing her landlord, X") */
  if (n + 2 < t->ps->count && lemma_is(t, n + 1, ",") &&
      (parent(t, n + 1) == n || (parent(t, n) != FG_NONE && parent(t, n + 1) == parent(t, n))))
    for (uint32_t a = t->first_child[n + 1]; a != FG_NONE; a = t->next_sibling[a])
      if (rel_is(t, a, "appos") && phrase_start(t, a) == n + 2)
        return a;
  return FG_NONE;
}

/* The apposition set off by a comma right after n's phrase that the
 * parser hung on a word above n ("a monument built in the nation's
 * capital, X" with X under "monument"); with list, also one hung there
 * as a list item. */
static uint32_t set_off_after(const Tree *t, uint32_t n, bool list) {
  if (apposition_on_comma(t, n) != FG_NONE)
    return apposition_on_comma(t, n);
  uint32_t end = phrase_end(t, n), h = n;
  if (end + 2 >= t->ps->count || !lemma_is(t, end + 1, ","))
    return FG_NONE;
  for (unsigned depth = 0; depth < MAX_CLIMB && (h = parent(t, h)) != FG_NONE; depth++)
    for (uint32_t a = t->first_child[h]; a != FG_NONE; a = t->next_sibling[a])
      if ((rel_is(t, a, "appos") || (list && rel_is(t, a, "list"))) &&
          phrase_start(t, a) == end + 2)
        return a;
  return FG_NONE;
}

static uint32_t apposition_after(const Tree *t, uint32_t n) {
  /* "met Mayor Tom Ruck of Delby, Ian Hale,": a title that heads its
   * holder's name describes that name, not one set off after it */
  for (uint32_t c = t->first_child[n]; c != FG_NONE; c = t->next_sibling[c])
    if (rel_base(t, c, "flat") && names_kind(t, c, FG_KIND_PERSON))
      return FG_NONE;
  return set_off_after(t, n, false);
}

/* The word is part of the name of an entity of the kinds. */
static bool names_kind(const Tree *t, uint32_t w, unsigned kinds) {
  const FgMention *m = fg_mention_at(t->doc, t->ps->token[w]);
  return m && m->entity != FG_NONE && (t->doc->entities->items[m->entity].kind & kinds);
}

/* A person's name set off as the apposition of the name c, where one
 * person's name is no apposition of another's: a person's apposition is
 * a description, not a name; nor is a person an organisation's or a
 * place's apposition. */
static uint32_t misplaced_person_apposition(const Tree *t, uint32_t c) {
  const FgMention *object = fg_mention_at(t->doc, t->ps->token[c]);
  for (uint32_t a = t->first_child[c]; a != FG_NONE; a = t->next_sibling[a]) {
    const FgMention *m = fg_mention_at(t->doc, t->ps->token[a]);
    if (rel_is(t, a, "appos") && names_kind(t, a, FG_KIND_PERSON) &&
        (!names_kind(t, c, FG_KIND_PERSON) ||
         (m->kind == FG_MENTION_NAME && object->kind == FG_MENTION_NAME &&
          m->entity != object->entity)))
      return a;
  }
  return FG_NONE;
}

/* "the co-founder of Norstad, Ada Lind": the parser hangs the apposition
 * on the nearest name, so the person is what the noun n describes ("the
 * killer of Ivo Berg, Tam Rusk"). So with a relative clause ending in a
 * name: "the driver who hit Ivo Berg, Tam Rusk, ..." */
static uint32_t apposition_of_object(const Tree *t, uint32_t n) {
  for (uint32_t c = t->first_child[n]; c != FG_NONE; c = t->next_sibling[c]) {
    uint32_t a = FG_NONE;
    /* or a title before the name ("the killer of Mayor Ivo Berg, Tam Rusk") */
    if (rel_base(t, c, "nmod") && !rel_is(t, c, "nmod:poss") &&
        (names_kind(t, c, FG_KIND_ANY) || title_person(t, c) != FG_NONE))
      a = misplaced_person_apposition(t, c);
    else if (rel_is(t, c, "acl:relcl") && c > n)
      for (uint32_t o = t->first_child[c]; o != FG_NONE && a == FG_NONE; o = t->next_sibling[o])
        if ((rel_base(t, o, "obj") || rel_base(t, o, "obl")) && names_kind(t, o, FG_KIND_ANY) &&
            phrase_end(t, o) == phrase_end(t, c))
          a = misplaced_person_apposition(t, o);
    if (a != FG_NONE)
      return a;
  }
  return FG_NONE;
}

/* "Y's Foreign Minister, X, said" parsed as two subjects of one verb: the
 * person whose phrase starts right after the title's comma, as the
 * title's second subject, is the one the title describes; so is a name
 * right after the noun, with no comma ("the Peruvian capital Lima was"). */
static uint32_t doubled_subject(const Tree *t, uint32_t n) {
  uint32_t h = parent(t, n), next = phrase_end(t, n) + 1;
  if (h == FG_NONE || !rel_base(t, n, "nsubj"))
    return FG_NONE;
  for (uint32_t c = t->first_child[h]; c != FG_NONE; c = t->next_sibling[c])
    if (c > n && rel_is(t, c, word(t, n)->deprel) && phrase_start(t, c) == next &&
        word(t, c)->upos == FG_UPOS_PROPN && fg_mention_at(t->doc, t->ps->token[c]))
      return c;
  if (lemma_is(t, next - 1, ","))
    next--;
  else if (next >= t->ps->count || !lemma_is(t, next, ","))
    return FG_NONE;
  for (uint32_t c = t->first_child[h]; c != FG_NONE; c = t->next_sibling[c])
    if (c > n && rel_is(t, c, word(t, n)->deprel) && phrase_start(t, c) == next + 1)
      return names_kind(t, c, FG_KIND_PERSON) ? c : FG_NONE;
  return FG_NONE;
}

/* "A member of Y, she was elected governor", "A former banker, X now
 * runs Z": a noun phrase that opens the sentence without a preposition,
 * closed by the sentence's first comma, describes the subject of the
 * clause after it. The parser makes the noun the root (the clause its
 * parataxis) or the clause's bare oblique. That subject, else FG_NONE. */
static uint32_t subject_after_fronted_description(const Tree *t, uint32_t n) {
  if (word(t, n)->upos != FG_UPOS_NOUN || phrase_start(t, n) != 0 || opening_case(t, n) != FG_NONE)
    return FG_NONE;
  uint32_t v = FG_NONE;
  if (parent(t, n) == FG_NONE)
    v = child_is(t, n, "parataxis");
  else if (rel_is(t, n, "obl:unmarked") || rel_is(t, n, "dislocated"))
    v = parent(t, n);
  if (v == FG_NONE || v < n)
    return FG_NONE;
  uint32_t s = child_is(t, v, "nsubj");
  if (s == FG_NONE)
    s = child_is(t, v, "nsubj:pass");
  uint32_t comma = s != FG_NONE && s > n ? phrase_start(t, s) - 1 : FG_NONE;
  if (comma == FG_NONE || comma <= n || !lemma_is(t, comma, ","))
    return FG_NONE;
  for (uint32_t k = n + 1; k < comma; k++)
    if (lemma_is(t, k, ","))
      return FG_NONE;
  return s;
}

/* "buy Swedish carmaker/obj Brenna/flat", "acquire Dutch dairy
 * group/obj Zuidmelk/nmod Foods": a name the parser hangs on the common
 * noun right before it, with no case word, is the name the noun
 * describes (as "Swedish carmaker" in nmod:desc). The name, else FG_NONE. */
static uint32_t name_hung_after_noun(const Tree *t, uint32_t n) {
  if (word(t, n)->upos != FG_UPOS_NOUN)
    return FG_NONE;
  for (uint32_t c = t->first_child[n]; c != FG_NONE; c = t->next_sibling[c]) {
    if (c <= n || phrase_start(t, c) != n + 1 || !(rel_is(t, c, "flat") || rel_is(t, c, "nmod")) ||
        word(t, c)->upos != FG_UPOS_PROPN || case_of(t, c) != FG_NONE)
      continue;
    const FgMention *m = fg_mention_at(t->doc, t->ps->token[c]);
    return m && m->kind == FG_MENTION_NAME ? c : FG_NONE;
  }
  return FG_NONE;
}

/* The comma that ends a name before it, an age set off by commas after
 * the name aside ("X, 61, chief executive of Y"): that comma's word. */
static uint32_t comma_after_name_and_age(const Tree *t, uint32_t comma) {
  if (comma >= 3 && comma < t->ps->count && word(t, comma - 1)->upos == FG_UPOS_NUM &&
      lemma_is(t, comma - 2, ","))
    return comma - 2;
  return comma;
}

/* "X, the chief executive of Y, lives in Z" parsed with the title as the
 * verb's subject (X a second subject, or the root): a title set off by
 * commas right after a person's name describes that person. The name's
 * last word, else FG_NONE. */
static uint32_t subject_title_after_name(const Tree *t, uint32_t n) {
  uint32_t start = phrase_start(t, n), end = phrase_end(t, n);
  /* the closing comma may hang on the title itself */
  bool closed = lemma_is(t, end, ",") || (end + 1 < t->ps->count && lemma_is(t, end + 1, ","));
  if (!rel_base(t, n, "nsubj") || start < 2 || !closed || !lemma_is(t, start - 1, ","))
    return FG_NONE;
  uint32_t comma = comma_after_name_and_age(t, start - 1);
  return comma >= 1 && names_kind(t, comma - 1, FG_KIND_PERSON) ? comma - 1 : FG_NONE;
}

static bool governed_by(const Tree *t, uint32_t w, uint32_t h);

/* "X, Y's chief executive, said" parsed as a clause with no verb, X the
 * title's subject: a person's name set off by a comma right before the
 * title's own words is the one it describes. That subject, else FG_NONE. */
static uint32_t subject_of_verbless_title(const Tree *t, uint32_t n) {
  uint32_t s = child_is(t, n, "nsubj");
  if (s == FG_NONE || s > n || child_is(t, n, "cop") != FG_NONE ||
      word(t, n)->upos == FG_UPOS_VERB || word(t, n)->upos == FG_UPOS_AUX ||
      !names_kind(t, s, FG_KIND_PERSON))
    return FG_NONE;
  uint32_t comma = phrase_end(t, s) + 1;
  if (comma >= n || !lemma_is(t, comma, ","))
    return FG_NONE;
  for (uint32_t w = comma + 1; w < n; w++)
    if (!governed_by(t, w, n))
      return FG_NONE;
  return s;
}

/* "X, the founder and chief executive of Y": a title joined to the title
 * before it, no name between them, describes the same one: that title,
 * else FG_NONE. */
static uint32_t title_joined_to_title(const Tree *t, uint32_t n) {
  uint32_t h = parent(t, n);
  if (h == FG_NONE || h > n || !rel_base(t, n, "conj") ||
      !(word(t, h)->upos == FG_UPOS_NOUN || word(t, h)->upos == FG_UPOS_ADJ) ||
      !(word(t, n)->upos == FG_UPOS_NOUN || word(t, n)->upos == FG_UPOS_ADJ) ||
      child_is(t, n, "det") != FG_NONE)
    return FG_NONE;
  for (uint32_t w = h + 1; w < n; w++)
    if (fg_mention_at(t->doc, t->ps->token[w]))
      return FG_NONE;
  return h;
}

/* The lemma of word w is one of the n in lemmas. */
static bool lemma_one_of(const Tree *t, uint32_t w, const char *const *lemmas, size_t n) {
  char stems[MAX_STEMS][LEMMA_MAX];
  size_t k = verb_stems(t, w, stems);
  for (size_t i = 0; i < n; i++) {
    if (lemma_is(t, w, lemmas[i]))
      return true;
    for (size_t j = 0; j < k; j++)
      if (strcmp(stems[j], lemmas[i]) == 0)
        return true;
  }
  return false;
}

/* A verb that puts someone into a post: "appointed X as chief", "promoted
 * X to chief executive". */
static bool appointing_verb(const Tree *t, uint32_t h) {
  return lemma_listed(t, h, "appointing-verb");
}

/* A verb that gives someone a title: "named X president", also without a
 * post yet ("declared X the winner", "nominated X for chief"). */
static bool naming_verb(const Tree *t, uint32_t h) {
  return appointing_verb(t, h) || lemma_listed(t, h, "naming-verb");
}

/* "promoted X to chief executive": the post a "to" phrase of promote
 * names, read like an "as" phrase */
static bool promoted_to(const Tree *t, uint32_t n) {
  uint32_t h = parent(t, n), k = case_of(t, n);
  return h != FG_NONE && rel_base(t, n, "obl") && k != FG_NONE && lemma_is(t, k, "to") &&
         lemma_is(t, h, "promote");
}

/* "named the veteran envoy X as its ambassador": the person name set in
 * apposition to a common noun w, which it names; else w. */
static uint32_t person_apposed(const Tree *t, uint32_t w) {
  if (w == FG_NONE || word(t, w)->upos != FG_UPOS_NOUN)
    return w;
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c])
    if (rel_is(t, c, "appos") && case_of(t, c) == FG_NONE && names_kind(t, c, FG_KIND_PERSON))
      return c;
  return w;
}

/* A parser slip: "appointed X as chief executive" with the "as" phrase
 * hung on the name X, the appointing verb's object: that verb, else
 * FG_NONE. */
static uint32_t as_post_of_named(const Tree *t, uint32_t n) {
  uint32_t x = parent(t, n), k = case_of(t, n);
  uint32_t h = x != FG_NONE ? parent(t, x) : FG_NONE;
  return h != FG_NONE && rel_base(t, n, "nmod") && k != FG_NONE && lemma_is(t, k, "as") &&
                 rel_is(t, x, "obj") &&
                 (word(t, x)->upos == FG_UPOS_PROPN || person_apposed(t, x) != x) &&
                 appointing_verb(t, h)
             ? h
             : FG_NONE;
}

/* "the elite group within Y called X", "a faction named X": the first
 * word of the name right after "called" or "named" (and "the") that
 * follows an organisation noun's phrase, when that noun is not the verb's
 * subject ("the group called X a traitor"), else FG_NONE. */
static uint32_t name_called(const Tree *t, uint32_t w) {
  if (word(t, w)->upos != FG_UPOS_NOUN ||
      (!in_list(t, FG_LIST_ORG_HEAD, w) && !in_list(t, FG_LIST_GROUP_REF, w) &&
       !in_list(t, FG_LIST_ARMED_NOUN, w) && !in_list(t, FG_LIST_ORG_PART, w)))
    return FG_NONE;
  uint32_t c = phrase_end(t, w) + 1, n = c + 1;
  if (n < t->ps->count && lemma_is(t, n, "the"))
    n++;
  if (n >= t->ps->count || !(word_is(t, c, "called") || word_is(t, c, "named")) ||
      child_is(t, c, "nsubj") == w || child_is(t, c, "nsubj:pass") == w)
    return FG_NONE;
  const FgMention *m = fg_mention_at(t->doc, t->ps->token[n]);
  return m && m->kind == FG_MENTION_NAME && m->first == t->ps->token[n] ? n : FG_NONE;
}

/* Word w lies within a few links below word h. */
static bool governed_by(const Tree *t, uint32_t w, uint32_t h) {
  for (unsigned depth = 0; depth < MAX_CLIMB && w != FG_NONE; depth++) {
    w = parent(t, w);
    if (w == h)
      return true;
  }
  return false;
}

/* The name at token at that a comma or the sentence's end closes, else
 * NULL. */
static const FgMention *set_off_name(const Tree *t, size_t at) {
  const FgMention *m = at < t->s->last ? fg_mention_at(t->doc, at) : NULL;
  if (!m || m->first != at || m->kind != FG_MENTION_NAME)
    return NULL;
  const FgToken *after = m->last < t->s->last ? &t->doc->tok.tokens[m->last] : NULL;
  return !after || fg_tok_is(after, ",") || fg_tok_is(after, ".") ? m : NULL;
}

/* "Y named X its chief executive", which the parser reads with "named"
 * as a participle on Y's name: a person named right before the title's
 * phrase, right after a verb of appointing, is the one it describes. */
static uint32_t named_right_before(const Tree *t, uint32_t n) {
  uint32_t s = phrase_start(t, n);
  /* the title's own phrase: not "named X and the chief of Y" */
  if (s != n && !rel_is(t, s, "det") && !rel_is(t, s, "nmod:poss") && !rel_is(t, s, "amod") &&
      !rel_is(t, s, "compound"))
    return FG_NONE;
  const FgMention *m = s > 0 ? fg_mention_at(t->doc, t->ps->token[s - 1]) : NULL;
  if (!m || m->kind != FG_MENTION_NAME || m->last != t->ps->token[s] ||
      !names_kind(t, s - 1, FG_KIND_PERSON))
    return FG_NONE;
  uint32_t first = word_at(t, m->first);
  return first != FG_NONE && first > 0 && appointing_verb(t, first - 1) ? first : FG_NONE;
}

/* "Gopal Rao, an Indian, was freed" parsed as a list of the name and
 * "Indian": an indefinite noun phrase after a comma, with no "and" of its
 * own, closed by a comma that no "and" follows (not "A, a B and C"), is
 * an apposition. */
static bool indefinite_apposition_conj(const Tree *t, uint32_t n) {
  uint32_t first = phrase_start(t, n), next = phrase_end(t, n) + 1;
  if (!rel_is(t, n, "conj") || child_is(t, n, "cc") != FG_NONE || first == 0 ||
      !lemma_is(t, first - 1, ",") || !rel_is(t, first, "det") || !lemma_is(t, first, "a") ||
      next + 1 >= t->ps->count || !lemma_is(t, next, ","))
    return false;
  return word(t, next + 1)->upos != FG_UPOS_CCONJ;
}

/* n's apposition, never one a preposition opens: "sold its unit to
 * Velm Group" with "to Velm Group" hung as the unit's apposition names
 * the buyer, not the unit. */
static uint32_t unmarked_apposition(const Tree *t, uint32_t n) {
  for (uint32_t c = t->first_child[n]; c != FG_NONE; c = t->next_sibling[c])
    if (rel_is(t, c, "appos") &&
        (opening_case(t, c) == FG_NONE || word(t, opening_case(t, c))->upos != FG_UPOS_ADP))
      return c;
  return FG_NONE;
}

/* Subject s of verb v, or the noun v's relative clause is on when s is
 * its relative pronoun ("X, who became mayor of Y"). */
static uint32_t antecedent_of(const Tree *t, uint32_t s, uint32_t v) {
  return s != FG_NONE && relative(t, s, v) ? parent(t, v) : s;
}

/* "the board fired X as chief": a verb of giving a post up with a
 * person as its object removes that person (the subject does the
 * removing): the object, else FG_NONE. */
static uint32_t removed_person(const Tree *t, uint32_t h) {
  uint32_t o = child_is(t, h, "obj");
  return o != FG_NONE && in_list(t, FG_LIST_RELINQUISH_VERB, h) &&
                 names_kind(t, o, FG_KIND_PERSON)
             ? o
             : FG_NONE;
}

/* "X is expected to be named chief of Y", "X hopes to be elected
 * leader": a passive verb set as a complement, with no subject of its
 * own, is said of its governor's object or subject: that word, else
 * FG_NONE. */
static uint32_t named_in_complement(const Tree *t, uint32_t h) {
  uint32_t g = parent(t, h);
  if (g == FG_NONE || !rel_base(t, h, "xcomp") || !passive(t, h))
    return FG_NONE;
  uint32_t s = child_is(t, g, "obj");
  if (s == FG_NONE)
    s = child_is(t, g, "nsubj:pass");
  return antecedent_of(t, s != FG_NONE ? s : child_is(t, g, "nsubj"), g);
}

/* What the noun n says something about: the subject of a copula ("X is
 * the leader of Y"), either side of an apposition ("X, leader of Y"; "the
 * leader of Y, X"), the name a title stands before ("President X"), the
 * one named to it ("X was named CEO"; "they named X CEO"), or the subject
 * of a verb it is "as" ("X served as president", "began as an offshoot";
 * of a verb of naming, the one named: "Y appointed X as chief"). */
static uint32_t described(const Tree *t, uint32_t n) {
  /* "stay on as head", "took over as chief": a particle may come first */
  bool as = false;
  for (uint32_t c = t->first_child[n]; c != FG_NONE && !as; c = t->next_sibling[c])
    as = rel_is(t, c, "case") && lemma_is(t, c, "as");
  if (as_post_of_named(t, n) != FG_NONE)
    return person_apposed(t, parent(t, n));
  if (((as && rel_base(t, n, "obl")) || promoted_to(t, n)) && parent(t, n) != FG_NONE) {
    uint32_t h = parent(t, n), named = FG_NONE, removed;
    /* "Y was replaced as chief by X": the post is the successor's */
    if (lemma_listed(t, h, "succession-verb"))
      return logical_subject(t, h, 0);
    /* "Y named X as its chief", "X was appointed as chief": the one named */
    if ((naming_verb(t, h) || appointing_verb(t, h)) && (named = child_is(t, h, "obj")) == FG_NONE)
      named = child_is(t, h, "nsubj:pass");
    if ((removed = removed_person(t, h)) != FG_NONE)
      return removed;
    /* "X was sworn in as governor": a passive's "as" phrase describes
     * its written subject, never the agent */
    if (named == FG_NONE && child_is(t, h, "obj") == FG_NONE)
      named = child_is(t, h, "nsubj:pass");
    return named != FG_NONE ? person_apposed(t, named)
                            : logical_subject(t, h, 0); /* "X began as an offshoot of Y" */
  }
  uint32_t s = child_is(t, n, "nsubj");
  if (s != FG_NONE && child_is(t, n, "cop") != FG_NONE)
    return relative(t, s, n) ? parent(t, n) : s;
  uint32_t h = parent(t, n);
  /* a verb has no apposition: "\"Growth will slow,\" Y's economist, X,
   * wrote" parsed with the noun apposed to the quote's verb */
  if (h != FG_NONE && rel_is(t, n, "appos") && word(t, h)->upos != FG_UPOS_VERB)
    return h;
  /* "Its editor is X", "Its owner is Y Media": a person's or an
   * organisation's name as the copula's predicate is the one its subject
   * noun describes */
  if (h != FG_NONE && rel_is(t, n, "nsubj") && child_is(t, h, "cop") != FG_NONE) {
    /* "whose owner is the investor Y": the predicate noun's apposition */
    uint32_t named = word(t, h)->upos == FG_UPOS_PROPN  ? h
                     : word(t, h)->upos == FG_UPOS_NOUN ? unmarked_apposition(t, h)
                                                        : FG_NONE;
    if (named != FG_NONE && names_kind(t, named, FG_KIND_PERSON | FG_KIND_ORG))
      return named;
  }
  /* "X was for several years a fellow at Y" parsed with the time phrase
   * as the copula's predicate and the noun as its object: the noun is
   * the predicate, of the clause's subject */
  if (h != FG_NONE && rel_is(t, n, "obj") && word(t, h)->upos == FG_UPOS_NOUN &&
      child_is(t, h, "cop") != FG_NONE && case_of(t, h) != FG_NONE)
    return logical_subject(t, h, 0);
  /* "X, chief executive of Y, spoke" parsed as a list of X and the title
   * (or a parataxis: "X, a former executive at Y, now runs Z"): a name,
   * then a comma that opens the title's phrase */
  uint32_t comma = comma_after_name_and_age(t, phrase_start(t, n) - 1);
  if (h != FG_NONE &&
      (rel_is(t, n, "list") || rel_is(t, n, "parataxis") || indefinite_apposition_conj(t, n)) &&
      h < comma &&
      word(t, h)->upos == FG_UPOS_PROPN &&
      lemma_is(t, comma, ",") && fg_mention_at(t->doc, t->ps->token[h]) &&
      fg_mention_at(t->doc, t->ps->token[comma - 1]) == fg_mention_at(t->doc, t->ps->token[h]))
    return h;
  uint32_t a = unmarked_apposition(t, n);
  if (a != FG_NONE || (a = name_called(t, n)) != FG_NONE)
    return a;
  if ((a = title_joined_to_title(t, n)) != FG_NONE)
    return described(t, a);
  if ((a = doubled_subject(t, n)) != FG_NONE || (a = apposition_of_object(t, n)) != FG_NONE ||
      (a = subject_title_after_name(t, n)) != FG_NONE || (a = subject_of_verbless_title(t, n)) != FG_NONE ||
      (a = subject_after_fronted_description(t, n)) != FG_NONE ||
      (a = name_hung_after_noun(t, n)) != FG_NONE)
    return a;
  /* "the X publication Freedom Magazine": also a name word the tagger
   * read as a common noun */
  if (h != FG_NONE && (rel_base(t, n, "compound") || rel_base(t, n, "flat")) &&
      (word(t, h)->upos == FG_UPOS_PROPN || (word(t, n)->upos == FG_UPOS_NOUN && h > n &&
                                             !fg_mention_at(t->doc, t->ps->token[n]) &&
                                             fg_mention_at(t->doc, t->ps->token[h]))))
    return h;
  /* "President X" where the parser marks the title as the name's
   * descriptor (nmod:desc); not a word of another name ("the X Student
   * Union president Y") */
  if (h != FG_NONE && rel_is(t, n, "nmod:desc") && !fg_mention_at(t->doc, t->ps->token[n])) {
    /* "director General X": titles in a row, each the next one's */
    for (unsigned depth = 0; rel_is(t, h, "nmod:desc") && parent(t, h) != FG_NONE &&
                             depth < MAX_CLIMB;
         depth++)
      h = parent(t, h);
    return h;
  }
  /* "Chemistry student at Velm University Dara Holt said": with no article
   * and no comma, a person's name right after the organisation's, which
   * the parser hangs inside its phrase (flat, or under an apposition),
   * is the one the noun describes; so is one set off by commas right
   * after it, article or not, which the parser may make the organisation's
   * conjunct ("co-founder of Velm Labs, Dara Holt, said"; after a
   * person's name it is that person's apposition) */
  for (uint32_t c = t->first_child[n]; c != FG_NONE; c = t->next_sibling[c]) {
    const FgMention *org = rel_base(t, c, "nmod") ? fg_mention_at(t->doc, t->ps->token[c]) : NULL;
    if (!org || org->last >= t->doc->tok.token_count)
      continue;
    const FgMention *who =
        child_is(t, n, "det") == FG_NONE ? fg_mention_at(t->doc, org->last) : NULL;
    if (!who && fg_tok_is(&t->doc->tok.tokens[org->last], ",") && org->entity != FG_NONE &&
        t->doc->entities->items[org->entity].kind != FG_KIND_PERSON)
      who = set_off_name(t, org->last + 1);
    uint32_t w = who ? word_at(t, who->first) : FG_NONE;
    if (w != FG_NONE && who->entity != FG_NONE &&
        t->doc->entities->items[who->entity].kind == FG_KIND_PERSON && governed_by(t, w, c))
      return w;
  }
  /* "named X president", "made himself chairman": the title the second
   * object of a verb of naming, the first (a reflexive: the subject) the
   * one it describes */
  /* (the title also as an xcomp: "named X its chief executive" with
   * "executive" tagged an adjective) */
  uint32_t io = h != FG_NONE && (rel_is(t, n, "obj") || rel_base(t, n, "xcomp"))
                    ? child_is(t, h, "iobj")
                    : FG_NONE;
  if (io != FG_NONE && io < n && naming_verb(t, h))
    return reflexive(t, io) ? logical_subject(t, h, 0) : io;
  /* "X was elected president of Y": a passive has no object, so a title
   * the parser made one describes the one named */
  if (h != FG_NONE && rel_is(t, n, "obj") && naming_verb(t, h) &&
      child_is(t, h, "nsubj:pass") != FG_NONE)
    return antecedent_of(t, child_is(t, h, "nsubj:pass"), h);
  if (h != FG_NONE && rel_base(t, n, "xcomp")) {
    uint32_t o = child_is(t, h, "obj");
    if (o == FG_NONE)
      o = child_is(t, h, "nsubj:pass");
    /* "X joined Y and became chief executive": a conjoined verb's subject is shared */
    if (o == FG_NONE && child_is(t, h, "nsubj") == FG_NONE && rel_base(t, h, "conj"))
      return logical_subject(t, h, 0);
    if (o == FG_NONE && child_is(t, h, "nsubj") == FG_NONE)
      return named_in_complement(t, h);
    return antecedent_of(t, o != FG_NONE ? o : child_is(t, h, "nsubj"), h);
  }
  /* "X will remain chairman of Y": the parser may make a linking verb's
   * predicate its object; like a copula's, it describes the subject */
  if (h != FG_NONE && rel_is(t, n, "obj") && lemma_listed(t, h, "linking-verb"))
    return logical_subject(t, h, 0);
  uint32_t named = named_right_before(t, n);
  return named != FG_NONE ? named : apposition_after(t, n);
}

static void add(Words *out, uint32_t w) {
  if (w == FG_NONE || out->count == MAX_ARGS)
    return;
  for (size_t i = 0; i < out->count; i++)
    if (out->at[i] == w)
      return;
  out->at[out->count++] = w;
}

/* "a British-Iranian citizen": the name or demonym hyphened right before
 * the one at w, which UD hangs on w as its modifier, else FG_NONE. */
static uint32_t hyphened_before(const Tree *t, uint32_t w) {
  size_t tw = t->ps->token[w];
  if (!fg_mention_at(t->doc, tw))
    return FG_NONE;
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c]) {
    size_t tc = t->ps->token[c];
    const FgMention *m = fg_mention_at(t->doc, tc);
    if ((rel_base(t, c, "amod") || rel_base(t, c, "compound")) && tc + 2 == tw && m &&
        m->last == tc + 1 && fg_tok_is(&t->doc->tok.tokens[tc + 1], "-") &&
        (m->kind == FG_MENTION_DEMONYM || m->kind == FG_MENTION_NAME))
      return c;
  }
  return FG_NONE;
}

/* A compound that names an organisation ("Norstad"). */
static bool organisation_name(const Tree *t, uint32_t w) {
  const FgMention *m = fg_mention_at(t->doc, t->ps->token[w]);
  return rel_base(t, w, "compound") && m &&
         m->entity != FG_NONE && (t->doc->entities->items[m->entity].kind & FG_KIND_ORG);
}

/* Word w is a common noun that alone is a descriptor's mention ("police",
 * "army") right before the office noun: it names the office's kind ("the
 * police chief of Varna", "a fire chief"), not a body the holder heads or
 * works for. */
static bool bare_body_noun(const Tree *t, uint32_t w, uint32_t office) {
  if (word(t, w)->upos != FG_UPOS_NOUN)
    return false;
  /* a name or an adjective right before it makes it a body's ("the
   * Pellham police chief", "the Tolvian army chief") */
  if (w > 0) {
    FgUpos u = (FgUpos)word(t, w - 1)->upos;
    if (u == FG_UPOS_PROPN || u == FG_UPOS_ADJ || u == FG_UPOS_NOUN)
      return false;
  }
  /* the descriptor is the word alone (mentions end one past their last
   * token, here the office noun's) */
  const FgMention *m = fg_mention_at(t->doc, t->ps->token[w]);
  return m && m->kind == FG_MENTION_DESCRIPTOR && m->first == t->ps->token[w] &&
         m->last == t->ps->token[office];
}

static bool names_place(const Tree *t, uint32_t w) {
  return names_kind(t, w, FG_KIND_PLACE | FG_KIND_COUNTRY);
}

/* The place after a comma that the place v's chain puts v in ("Kovalo,
 * Bregania, Ostland" parsed as two conjuncts of "Kovalo": "Bregania" for
 * "Kovalo", "Ostland" for "Bregania"): a chain is exactly two conjuncts,
 * both places after a comma, with no "and" among them or right after the
 * last ("Kovalo, Lusk, Tarn and Vell" is a list). FG_NONE when v is in
 * no chain or last in it. */
static uint32_t place_chain_next(const Tree *t, uint32_t v) {
  uint32_t h = rel_is(t, v, "conj") ? parent(t, v) : v;
  if (h == FG_NONE || !names_place(t, h))
    return FG_NONE;
  uint32_t links[2], n = 0;
  for (uint32_t k = t->first_child[h]; k != FG_NONE; k = t->next_sibling[k]) {
    if (!rel_is(t, k, "conj"))
      continue;
    uint32_t first = phrase_start(t, k);
    if (n == 2 || child_is(t, k, "cc") != FG_NONE || first == 0 || !lemma_is(t, first - 1, ",") ||
        !names_place(t, k))
      return FG_NONE;
    links[n++] = k;
  }
  if (n != 2)
    return FG_NONE;
  uint32_t next = phrase_end(t, links[1]) + 1;
  if (next < t->ps->count && lemma_is(t, next, ","))
    next++;
  if (next < t->ps->count && word(t, next)->upos == FG_UPOS_CCONJ)
    return FG_NONE;
  return v == h ? links[0] : v == links[0] ? links[1] : FG_NONE;
}

/* Whom the infinitive x aims at when its object names nothing: its
 * "to", "against" or "on" phrase, or its object's ("threatened to cut gas
 * supplies to Y", "to impose sanctions against Y", "tariffs on Y"). */
static void add_infinitive_target(const Tree *t, uint32_t x, Words *out) {
  static const char *const TARGET[] = {"to", "against", "on"};
  uint32_t o = child_is(t, x, "obj");
  for (int side = 0; side < 2; side++) {
    uint32_t h = side == 0 ? x : o;
    for (uint32_t c = h == FG_NONE ? FG_NONE : t->first_child[h]; c != FG_NONE; c = t->next_sibling[c]) {
      uint32_t k = (rel_base(t, c, "obl") || rel_base(t, c, "nmod")) ? case_of(t, c) : FG_NONE;
      for (size_t i = 0; k != FG_NONE && i < sizeof TARGET / sizeof *TARGET; i++)
        if (lemma_is(t, k, TARGET[i]))
          add(out, c);
    }
  }
}

/* A name the recognizer tagged a place, whatever its entity became: "Lyon,
 * Paris and Nice, the minister," types "Nice" by the apposition after it,
 * yet it still makes a list of places. */
static bool recognized_place(const Tree *t, uint32_t w) {
  const FgWord *x = word(t, w);
  return x->upos == FG_UPOS_PROPN && (x->ner_type == FG_NER_PLACE || x->ner_type == FG_NER_COUNTRY);
}

/* A place the parser coordinated with the place before it where the text
 * has an apposition ("in Kovalo, Bregania" as conj): after a comma, with
 * no "and" of its own, and no list around it: no other conjunct of that
 * place is a place ("Paris, Lyon and Nice"), and an "and" after it joins
 * something else that is coordinated with the first ("Kovalo,
 * Bregania, and the University of Y"; not "Kovalo, Lusk, and other
 * towns" with the towns hung elsewhere). */
static bool place_apposition_conj(const Tree *t, uint32_t c) {
  uint32_t h = parent(t, c), first = phrase_start(t, c);
  if (!rel_is(t, c, "conj") || h == FG_NONE || child_is(t, c, "cc") != FG_NONE ||
      first == 0 || !lemma_is(t, first - 1, ",") || !names_place(t, c) || !names_place(t, h))
    return false;
  uint32_t chained = place_chain_next(t, h);
  if (chained != FG_NONE)
    return chained == c;
  bool joined = false;
  for (uint32_t k = t->first_child[h]; k != FG_NONE; k = t->next_sibling[k]) {
    if (k != c && rel_is(t, k, "conj") && (names_place(t, k) || recognized_place(t, k)))
      return false;
    joined |= k > c && rel_is(t, k, "conj") && child_is(t, k, "cc") != FG_NONE;
  }
  uint32_t next = phrase_end(t, c) + 1;
  if (next < t->ps->count && lemma_is(t, next, ","))
    next++;
  return joined || next >= t->ps->count || word(t, next)->upos != FG_UPOS_CCONJ;
}

/* A possessive the parser hung on the verb whose subject n is, right
 * before n's phrase ("Y's X was elected" with "Y's" under "elected"):
 * a verb takes no possessive, so it is n's. */
static uint32_t stray_possessive(const Tree *t, uint32_t n) {
  uint32_t h = parent(t, n);
  if (h == FG_NONE || word(t, h)->upos != FG_UPOS_VERB || !rel_base(t, n, "nsubj"))
    return FG_NONE;
  for (uint32_t c = t->first_child[h]; c != FG_NONE; c = t->next_sibling[c])
    if (rel_is(t, c, "nmod:poss") && phrase_end(t, c) + 1 == phrase_start(t, n))
      return c;
  return FG_NONE;
}

/* "Y's chief executive, X, said" with the title (tagged an adjective)
 * read as a predicate and "Y's" as its subject: a subject ending in a
 * possessive "'s" right before the title's modifiers is its possessor. */
static uint32_t possessive_read_as_subject(const Tree *t, uint32_t n) {
  uint32_t s = child_is(t, n, "nsubj");
  if (s == FG_NONE || s > n || child_is(t, n, "cop") != FG_NONE)
    return FG_NONE;
  uint32_t end = phrase_end(t, s);
  const char *x = word(t, end)->xpos;
  if (!x || strcmp(x, "POS") != 0)
    return FG_NONE;
  for (uint32_t w = end + 1; w < n; w++)
    if (parent(t, w) != n || !(rel_base(t, w, "amod") || rel_base(t, w, "compound")))
      return FG_NONE;
  return s;
}

/* "the X University in Kovalo, Bregania" with "Bregania" hung on the
 * university: a place set off by a comma right after the place v, hung
 * on a name above it that is no place, is v's apposition. */
static uint32_t apposition_of_neighbour(const Tree *t, uint32_t v) {
  /* "X of Corvallis, Oregon, won" with "Oregon" a list item of X */
  uint32_t h = parent(t, v), a = set_off_after(t, v, true);
  return h != FG_NONE && (rel_base(t, v, "nmod") || rel_base(t, v, "obl")) &&
                 !names_place(t, h) && a != FG_NONE && names_place(t, a)
             ? a
             : FG_NONE;
}

/* What v describes, else what the noun it is coordinated with describes:
 * "X, curator and director of Y" (titles of one person). */
static uint32_t described_by_conjuncts(const Tree *t, uint32_t v) {
  uint32_t d = described(t, v);
  for (unsigned depth = 0; d == FG_NONE && depth < MAX_CLIMB && rel_is(t, v, "conj") &&
                           parent(t, v) != FG_NONE && word(t, v)->upos == FG_UPOS_NOUN &&
                           word(t, parent(t, v))->upos == FG_UPOS_NOUN;
       depth++) {
    v = parent(t, v);
    d = described(t, v);
  }
  return d;
}

/* "the city where X lives": the noun a relative clause opened by "where"
 * modifies is where its verb happens. */
static uint32_t where_relative(const Tree *t, uint32_t v) {
  if (!rel_is(t, v, "acl:relcl") || parent(t, v) == FG_NONE)
    return FG_NONE;
  for (uint32_t c = t->first_child[v]; c != FG_NONE; c = t->next_sibling[c])
    if (rel_base(t, c, "advmod") && lemma_is(t, c, "where"))
      return parent(t, v);
  return FG_NONE;
}

/* The nmod dependent of n whose case word is prep, or FG_NONE. */
static uint32_t nmod_with_case(const Tree *t, uint32_t n, const char *prep) {
  for (uint32_t a = t->first_child[n]; a != FG_NONE; a = t->next_sibling[a])
    if (rel_base(t, a, "nmod") && case_of(t, a) != FG_NONE && lemma_is(t, case_of(t, a), prep))
      return a;
  return FG_NONE;
}

/* "professor of history at Y" with "at Y" hung on "history": the "at"
 * phrase of the trigger's "of" dependent, when that is a common noun
 * that names nothing. */
static uint32_t at_after_of(const Tree *t, uint32_t v) {
  for (uint32_t c = t->first_child[v]; c != FG_NONE; c = t->next_sibling[c]) {
    uint32_t k = case_of(t, c);
    if (!rel_base(t, c, "nmod") || k == FG_NONE || !lemma_is(t, k, "of") ||
        word(t, c)->upos != FG_UPOS_NOUN || fg_mention_at(t->doc, t->ps->token[c]))
      continue;
    uint32_t a = nmod_with_case(t, c, "at");
    if (a != FG_NONE)
      return a;
  }
  return FG_NONE;
}

/* "studied economics at Y", "taught history at Y": the parser hangs the
 * "at" phrase on a bare direct object that names nothing (a subject, a
 * trade); not "studied the report at Y", "fired rockets at Y". */
static uint32_t at_after_object(const Tree *t, uint32_t v) {
  uint32_t o = child_is(t, v, "obj");
  if (word(t, v)->upos != FG_UPOS_VERB || o == FG_NONE || word(t, o)->upos != FG_UPOS_NOUN ||
      child_is(t, o, "det") != FG_NONE || child_is(t, o, "nmod:poss") != FG_NONE ||
      child_is(t, o, "nummod") != FG_NONE || has_feat(t, o, "Number=Plur") ||
      fg_mention_at(t->doc, t->ps->token[o]))
    return FG_NONE;
  return nmod_with_case(t, o, "at");
}

/* "arrested at the X Airport in Y", "murdered in her flat in Y" with
 * "in Y" hung on the verb: the "in" phrase right after a place named as
 * where something happened ("at", "in"), hung on a word above it, is
 * where that place is; both say where the event was. */
static uint32_t in_after_at(const Tree *t, uint32_t v) {
  uint32_t k = case_of(t, v), in = phrase_end(t, v) + 1;
  if (k == FG_NONE || !(lemma_is(t, k, "at") || lemma_is(t, k, "in")) || in >= t->ps->count ||
      !lemma_is(t, in, "in") ||
      !rel_is(t, in, "case"))
    return FG_NONE;
  uint32_t p = parent(t, in), h = parent(t, p);
  if (p == FG_NONE || h == FG_NONE || !(rel_base(t, p, "obl") || rel_base(t, p, "nmod")))
    return FG_NONE;
  for (uint32_t u = parent(t, v), depth = 0; u != FG_NONE && depth < MAX_CLIMB;
       u = parent(t, u), depth++)
    if (u == h)
      return p;
  return FG_NONE;
}

/* The nmod of n that says where it is (a site preposition) or what it is
 * part of ("of"), else FG_NONE. */
static uint32_t site_phrase(const Tree *t, uint32_t n) {
  for (uint32_t a = t->first_child[n]; a != FG_NONE; a = t->next_sibling[a])
    if (rel_base(t, a, "nmod") && case_of(t, a) != FG_NONE &&
        (lemma_is(t, case_of(t, a), "of") || lemma_listed(t, case_of(t, a), "site-preposition")))
      return a;
  return FG_NONE;
}

/* "worked as a driver for Y", "served as an adviser to Y": the phrase
 * with case word prep under verb v's "as" phrase, which names no one. */
static uint32_t case_under_as(const Tree *t, uint32_t v, const char *prep) {
  uint32_t as = word(t, v)->upos == FG_UPOS_VERB ? with_case(t, v, "as") : FG_NONE;
  return as != FG_NONE && word(t, as)->upos == FG_UPOS_NOUN && !mention_of(t, as)
             ? nmod_with_case(t, as, prep)
             : FG_NONE;
}

/* "lies at the foot of Mount X in Y", "lives on a farm near the border in
 * Y": the "in" phrase of a place named inside verb v's phrase of where
 * (list site-preposition), down its phrases of where and "of", which
 * name no person or organisation; where the site is, the verb's subject
 * is too. */
static uint32_t in_below_site(const Tree *t, uint32_t v) {
  /* also a verb's predicate adjective: "was pronounced dead/xcomp at a hospital in Y" */
  if (word(t, v)->upos != FG_UPOS_VERB && !(word(t, v)->upos == FG_UPOS_ADJ && rel_base(t, v, "xcomp")))
    return FG_NONE;
  for (uint32_t c = t->first_child[v]; c != FG_NONE; c = t->next_sibling[c]) {
    uint32_t k = case_of(t, c), n = c;
    if (!rel_base(t, c, "obl") || k == FG_NONE || !lemma_listed(t, k, "site-preposition"))
      continue;
    for (unsigned depth = 0; n != FG_NONE && depth < MAX_CLIMB; depth++) {
      if (names_kind(t, n, FG_KIND_PERSON | FG_KIND_ORG))
        break;
      uint32_t in = nmod_with_case(t, n, "in");
      if (in != FG_NONE && in > n && names_place(t, in))
        return in;
      n = site_phrase(t, n);
    }
  }
  return FG_NONE;
}

/* "The crane collapse killed 107 people at the Grand Mosque", "the X
 * attack, which killed 12 people in Y": where an event named by noun v
 * did its harm (a verb of list toll-verb it is the subject of) is where
 * it happened: that verb's case_word phrase, or its object's, naming a
 * place; else FG_NONE. Not "..., officials in Y said". */
static uint32_t place_of_toll(const Tree *t, uint32_t v, const char *case_word) {
  uint32_t h = rel_is(t, v, "nsubj") ? parent(t, v) : FG_NONE;
  for (uint32_t c = t->first_child[v]; h == FG_NONE && c != FG_NONE; c = t->next_sibling[c]) {
    uint32_t s = rel_is(t, c, "acl:relcl") ? child_is(t, c, "nsubj") : FG_NONE;
    if (s != FG_NONE && relative(t, s, c))
      h = c;
  }
  if (h == FG_NONE || word(t, h)->upos != FG_UPOS_VERB || !names_kind(t, v, FG_KIND_EVENT) ||
      !lemma_listed(t, h, "toll-verb"))
    return FG_NONE;
  uint32_t at = with_case(t, h, case_word), o = child_is(t, h, "obj");
  if (at == FG_NONE && o != FG_NONE)
    at = nmod_with_case(t, o, case_word);
  return at != FG_NONE && names_place(t, at) ? at : FG_NONE;
}

/* A word of a date: a weekday, a month, a number or a word of the
 * date-noun list ("last week"). */
static bool date_word(const Tree *t, uint32_t w) {
  return in_list(t, FG_LIST_WEEKDAY, w) || in_list(t, FG_LIST_MONTH, w) ||
         lemma_listed(t, w, "date-noun") || word(t, w)->upos == FG_UPOS_NUM;
}

/* "died on Tuesday in Y", "was born in 1960 in Y": the case phrase the
 * parser hung on a date the verb's (a weekday, a month, a year or a
 * word of the date-noun list). */
static uint32_t case_after_date(const Tree *t, uint32_t v, const char *case_word) {
  if (word(t, v)->upos != FG_UPOS_VERB)
    return FG_NONE;
  for (uint32_t c = t->first_child[v]; c != FG_NONE; c = t->next_sibling[c]) {
    if (!rel_base(t, c, "obl") || !date_word(t, c))
      continue;
    for (uint32_t n = t->first_child[c]; n != FG_NONE; n = t->next_sibling[n])
      if (rel_base(t, n, "nmod") && n > c && case_of(t, n) != FG_NONE &&
          lemma_is(t, case_of(t, n), case_word))
        return n;
  }
  return FG_NONE;
}

/* "married twice: first to A, then to B", "to A and later to B": the
 * phrases of the case word hung on an adverb a of the sequence-word list
 * the parser made the verb's or the phrase's parataxis or conjunct, and
 * on that adverb's parataxis. */
static void phrases_on_adverb(const Tree *t, uint32_t a, const char *case_word, Words *out) {
  if (word(t, a)->upos != FG_UPOS_ADV || !(rel_base(t, a, "parataxis") || rel_is(t, a, "conj")) ||
      !lemma_listed(t, a, "sequence-word"))
    return;
  for (uint32_t c = t->first_child[a]; c != FG_NONE; c = t->next_sibling[c]) {
    uint32_t k = case_of(t, c);
    if ((rel_base(t, c, "obl") || rel_base(t, c, "nmod") || rel_base(t, c, "parataxis")) &&
        k != FG_NONE && lemma_is(t, k, case_word))
      add(out, c);
  }
}

/* An example and its conjuncts. */
static void add_with_conjuncts(const Tree *t, uint32_t c, Words *out) {
  add(out, c);
  for (uint32_t j = t->first_child[c]; j != FG_NONE; j = t->next_sibling[j])
    if (rel_is(t, j, "conj"))
      add(out, j);
}

/* "the group including A and B" with "including" read as a participle
 * clause of the noun (or of the comma after it): its object, or the name
 * apposed to its complement ("including musician A"), is the example. */
static void add_included(const Tree *t, uint32_t w, Words *out) {
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c]) {
    if (rel_is(t, c, "punct")) {
      add_included(t, c, out);
      continue;
    }
    if (!rel_is(t, c, "acl") || !lemma_is(t, c, "include") || word(t, c)->upos != FG_UPOS_VERB)
      continue;
    uint32_t x = child_is(t, c, "obj");
    if (x == FG_NONE && (x = child_is(t, c, "xcomp")) != FG_NONE)
      x = child_is(t, x, "appos");
    if (x != FG_NONE)
      add_with_conjuncts(t, x, out);
  }
}

/* The names a common noun gives as examples ("members of Y, including A
 * and B"; "towns such as A"), with their conjuncts. */
static void add_examples(const Tree *t, uint32_t w, Words *out) {
  add_included(t, w, out);
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c]) {
    uint32_t k = case_of(t, c);
    if (k == FG_NONE || !(rel_base(t, c, "nmod") || rel_base(t, c, "obl")))
      continue;
    if (!lemma_is(t, k, "include") && !(lemma_is(t, k, "such") && child_is(t, k, "fixed") != FG_NONE))
      continue;
    add_with_conjuncts(t, c, out);
  }
}

/* "members of Y, including A and B" with the participle clause hung on
 * the name Y or its comma: an organisation gives no examples, so they are
 * the noun's. */
static void add_included_hung_on_name(const Tree *t, uint32_t c, Words *out) {
  if (rel_base(t, c, "nmod") && word(t, c)->upos == FG_UPOS_PROPN && case_of(t, c) != FG_NONE)
    add_included(t, c, out);
}

/* "defectors from the group including A and B": the parser often hangs
 * the examples on the noun's modifier, not on the noun they illustrate;
 * the argument's class then decides whether they were the modifier's
 * (an organisation's) or the noun's (people). */
static void add_examples_hung_on_modifier(const Tree *t, uint32_t w, Words *out) {
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c]) {
    if (rel_base(t, c, "nmod") && word(t, c)->upos == FG_UPOS_NOUN && case_of(t, c) != FG_NONE)
      add_examples(t, c, out);
    else
      add_included_hung_on_name(t, c, out);
  }
}

/* A common noun that names no entity stands for its examples. */
/* A parser slip: "freed two hostages, A and B, on Monday" with the
 * names hung as an apposition on the later phrase ("Monday", "near Y").
 * People's names set off by the comma right after common noun w, hung on
 * a word after them, are w's apposition: adds them and their conjuncts. */
static void add_apposition_hung_later(const Tree *t, uint32_t w, Words *ws) {
  uint32_t comma = phrase_end(t, w) + 1;
  if (comma + 1 >= t->ps->count || !lemma_is(t, comma, ","))
    return;
  uint32_t a = name_top(t, comma + 1), h = parent(t, a);
  if (h == FG_NONE || h < a || h == w || !rel_base(t, a, "appos") ||
      !names_kind(t, a, FG_KIND_PERSON))
    return;
  add(ws, a);
  for (uint32_t c = t->first_child[a]; c != FG_NONE; c = t->next_sibling[c])
    if (rel_is(t, c, "conj") && names_kind(t, c, FG_KIND_PERSON))
      add(ws, c);
}

static void add_examples_of_nouns(const Tree *t, Words *ws) {
  size_t n = ws->count;
  for (size_t i = 0; i < n; i++) {
    uint32_t w = ws->at[i];
    if (word(t, w)->upos != FG_UPOS_NOUN || fg_mention_at(t->doc, t->ps->token[w]))
      continue;
    size_t before = ws->count;
    add_apposition_hung_later(t, w, ws);
    add_examples(t, w, ws);
    for (uint32_t c = t->first_child[w]; c != FG_NONE && ws->count == before; c = t->next_sibling[c])
      add_included_hung_on_name(t, c, ws);
  }
}

/* Verb v carries out the operation noun w is ("an offensive led by",
 * "staged the ambush"), or sets off the weapon it is ("a bomb planted by"). */
static bool operation_verb(const Tree *t, uint32_t v, uint32_t w) {
  return lemma_listed(t, v, "operation-verb") ||
         (lemma_listed(t, v, "weapon-verb") && lemma_listed(t, w, "weapon-noun"));
}

/* Who led the operation w names, when w names no entity itself: the
 * agent of "an offensive led by X", the subject of "X launched an
 * offensive (that toppled Y)". */
static uint32_t operation_leader(const Tree *t, uint32_t w) {
  /* an event noun may be a mention of its own ("the coup") */
  if (w == FG_NONE || word(t, w)->upos != FG_UPOS_NOUN ||
      (mention_of(t, w) && fg_mention_kind(t->doc, mention_of(t, w)) != FG_KIND_EVENT))
    return FG_NONE;
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c]) {
    if (rel_is(t, c, "acl") && past_participle(t, c) && operation_verb(t, c, w))
      return agent(t, c);
    /* "the blast, blamed on X": whom it is laid on did it */
    if (rel_is(t, c, "acl") && past_participle(t, c) && lemma_listed(t, c, "blame-on-verb") &&
        with_case(t, c, "on") != FG_NONE)
      return with_case(t, c, "on");
  }
  uint32_t h = parent(t, w);
  if (h == FG_NONE || !operation_verb(t, h, w))
    return FG_NONE;
  if (rel_is(t, w, "obj"))
    return logical_subject(t, h, 0);
  /* the same participle read as the root with w its subject */
  if (rel_is(t, w, "nsubj") && past_participle(t, h) && child_is(t, h, "aux") == FG_NONE)
    return agent(t, h);
  /* "the coup that toppled X was led by Y" */
  if (rel_is(t, w, "nsubj:pass"))
    return agent(t, h);
  return FG_NONE;
}

/* Who joined the group w names: the subject of "X joined a coalition
 * (led by Y) to fight Z", "X aligned itself with a coalition ...", the
 * agent of "a coalition ... was joined by X". A
 * member takes on what the group was formed to do; other verbs of the
 * group ("X criticised a coalition fighting Z") say nothing of X's. */
static uint32_t group_joiner(const Tree *t, uint32_t w) {
  uint32_t h = w == FG_NONE ? FG_NONE : parent(t, w);
  if (h == FG_NONE ||
      !(rel_is(t, w, "obj") || rel_base(t, w, "obl") || rel_is(t, w, "nsubj:pass")))
    return FG_NONE;
  return lemma_listed(t, h, "join-verb") ? logical_subject(t, h, 0) : FG_NONE;
}

/* "X took over from Y as chief": the one a post is taken over from, as
 * "succeeded Y" names him; else FG_NONE. */
static uint32_t taken_over_from(const Tree *t, uint32_t h) {
  for (uint32_t c = t->first_child[h]; c != FG_NONE; c = t->next_sibling[c])
    if (rel_is(t, c, "compound:prt") && lemma_is(t, c, "over"))
      return with_case(t, h, "from");
  return FG_NONE;
}

/* What the word the trigger hangs on is about: a verb's logical object
 * ("X was taken off Y's terror list"), a noun's possessor or "of" phrase
 * ("his removal from Y's list"). */
static uint32_t governor_object(const Tree *t, uint32_t v) {
  uint32_t h = t->governor != FG_NONE ? t->governor : parent(t, v);
  if (h == FG_NONE)
    return FG_NONE;
  uint32_t from = lemma_is(t, h, "take") ? taken_over_from(t, h) : FG_NONE;
  if (from != FG_NONE)
    return from;
  if (word(t, h)->upos != FG_UPOS_NOUN)
    return logical_object(t, h);
  uint32_t p = child_is(t, h, "nmod:poss");
  return p != FG_NONE ? p : with_case(t, h, "of");
}

/* Whose the noun the trigger hangs on is: its possessor, a name
 * compounded with it, or its "by" phrase ("ISIL plots to kill X", "a plot
 * by ISIL to kill X"). */
static void governor_owner(const Tree *t, Words *out) {
  uint32_t h = t->governor;
  /* "Y's crackdown drew condemnation from X", "the Yian crackdown ...":
   * the trigger the object of its governor verb, whose subject is a common
   * noun and no title ("Y's foreign minister" is a person): its owner */
  if (h != FG_NONE && word(t, h)->upos == FG_UPOS_VERB) {
    uint32_t s = subject_child(t, h, "nsubj");
    if (s == FG_NONE || word(t, s)->upos != FG_UPOS_NOUN || in_list(t, FG_LIST_PERSON_TITLE, s) ||
        in_list(t, FG_LIST_PERSON_NOUN, s) || lemma_listed(t, s, "office-noun"))
      return;
    add(out, child_is(t, s, "nmod:poss"));
    for (uint32_t c = t->first_child[s]; out->count == 0 && c != FG_NONE; c = t->next_sibling[c])
      if (rel_is(t, c, "amod") && mention_of(t, c) && mention_of(t, c)->kind == FG_MENTION_DEMONYM)
        add(out, c);
    return;
  }
  if (h == FG_NONE || word(t, h)->upos != FG_UPOS_NOUN)
    return;
  add(out, child_is(t, h, "nmod:poss"));
  for (uint32_t c = t->first_child[h]; c != FG_NONE; c = t->next_sibling[c])
    if (rel_base(t, c, "compound") && word(t, c)->upos == FG_UPOS_PROPN)
      add(out, c);
  add(out, with_case(t, h, "by"));
}

/* "the arrival of X in Y" with "in Y" hung on X, as parsers often do: a
 * noun's phrase with that case word under its "of" phrase, or under a
 * phrase of a bare common noun ("a degree in law from Y"; not a place's
 * "in" or "at", which is the nearer noun's: "a dentist at a clinic in Y"). */
static void case_under_of(const Tree *t, uint32_t v, const char *prep, Words *out) {
  if (strcmp(prep, "of") == 0)
    return;
  bool placed = strcmp(prep, "in") == 0 || strcmp(prep, "at") == 0;
  for (uint32_t c = t->first_child[v]; c != FG_NONE; c = t->next_sibling[c]) {
    if (!rel_base(t, c, "nmod") || case_of(t, c) == FG_NONE)
      continue;
    bool bare = !placed && word(t, c)->upos == FG_UPOS_NOUN &&
                !fg_mention_at(t->doc, t->ps->token[c]);
    if (!bare && !lemma_is(t, case_of(t, c), "of"))
      continue;
    for (uint32_t g = t->first_child[c]; g != FG_NONE; g = t->next_sibling[g])
      if (rel_base(t, g, "nmod") && case_of(t, g) != FG_NONE && lemma_is(t, case_of(t, g), prep))
        add(out, g);
  }
}

/* "X heads the Halden branch of Y", "X, who runs Y's Asian unit": the
 * organisation whose part (list org-inner-part), naming nothing itself, is
 * verb v's logical object; its "of" phrase hung on the part or, as parsers
 * often do, on the verb. */
static void part_object_whole(const Tree *t, uint32_t v, Words *out) {
  uint32_t o = word(t, v)->upos == FG_UPOS_VERB ? logical_object(t, v) : FG_NONE;
  if (o == FG_NONE || !lemma_listed(t, o, "org-inner-part") || mention_of(t, o))
    return;
  uint32_t of = with_case(t, o, "of");
  add(out, of != FG_NONE ? of : with_case(t, v, "of"));
  add(out, child_is(t, o, "nmod:poss"));
}

/* "head of the Bavarian branch of Y", "a member of Y's youth wing": the
 * organisation a part (list org-inner-part) belongs to, when the trigger's "of"
 * phrase is that part and names nothing itself; also a verb's part object. */
static void whole_of_part(const Tree *t, uint32_t v, Words *out) {
  for (uint32_t c = t->first_child[v]; c != FG_NONE; c = t->next_sibling[c]) {
    if (!rel_base(t, c, "nmod") || case_of(t, c) == FG_NONE || !lemma_is(t, case_of(t, c), "of") ||
        !lemma_listed(t, c, "org-inner-part") || mention_of(t, c))
      continue;
    add(out, with_case(t, c, "of"));
    add(out, child_is(t, c, "nmod:poss"));
  }
  part_object_whole(t, v, out);
}

/* "the wife of President X" with X hung as the noun's apposition and
 * "of" on the title before X: that name, when the case word comes right
 * after noun v. */
static uint32_t titled_name_after_case(const Tree *t, uint32_t v, const char *prep) {
  for (uint32_t c = t->first_child[v]; c != FG_NONE; c = t->next_sibling[c]) {
    if (c < v || !rel_is(t, c, "appos") || word(t, c)->upos != FG_UPOS_PROPN)
      continue;
    for (uint32_t d = t->first_child[c]; d != FG_NONE && d < c; d = t->next_sibling[d]) {
      uint32_t k = case_of(t, d);
      if (k != FG_NONE && k == v + 1 && lemma_is(t, k, prep))
        return c;
    }
  }
  return FG_NONE;
}

/* "founder and chief executive of Y", "chairman and CEO of Y": offices
 * coordinated before one phrase, which UD hangs on the last of them; the
 * first office borrows it (not a profession: "a teacher and member of Y"). */
static uint32_t case_on_next_office(const Tree *t, uint32_t v, const char *prep) {
  uint32_t c = t->first_child[v];
  while (c != FG_NONE && !(c > v && rel_base(t, c, "conj")))
    c = t->next_sibling[c];
  if (c == FG_NONE)
    return FG_NONE;
  bool office_v = lemma_listed(t, v, "office-noun"), office_c = lemma_listed(t, c, "office-noun");
  return office_v && office_c ? with_case(t, c, prep) : FG_NONE;
}

/* ---- titles before names ("Cypriot Finance Minister X of Y") ---- */

/* A relation inside a titled name: the parser hangs "Syrian President
 * Ahmed al-Sharaa", "Cypriot Finance Minister Andreas Kyprianou" or "US
 * Secretary of State Marco Rubio" in many shapes, all made of these. */
static bool name_internal(const Tree *t, uint32_t w) {
  return rel_base(t, w, "flat") || rel_base(t, w, "compound") || rel_is(t, w, "nmod:desc") ||
         rel_is(t, w, "amod") || rel_is(t, w, "appos") || rel_is(t, w, "nmod");
}

/* a and b meet climbing name-internal relations only, a few steps each;
 * also when the parser split the phrase in two subjects of one verb
 * ("Kenyan Foreign Minister" and "X", each an nsubj of "said"), which no
 * verb has, or made the title phrase before the name a modifier or an
 * object of the verb whose subject is the name ("Velmic lawyer and
 * professor X warned", the first of the coordinated titles an amod or obj
 * of "warned"), or hung an apposition on its comma. */
static bool bound(const Tree *t, uint32_t a, uint32_t b) {
  uint32_t up[4], top = FG_NONE;
  size_t n = 0;
  for (uint32_t u = a; u != FG_NONE && n < 4; u = parent(t, u)) {
    up[n++] = top = u;
    if (!name_internal(t, u) && !rel_is(t, u, "punct"))
      break;
  }
  for (uint32_t d = b, k = 0; d != FG_NONE && k < 4; k++, d = parent(t, d)) {
    for (size_t i = 0; i < n; i++)
      if (up[i] == d)
        return true;
    uint32_t phrase = rel_base(t, top, "conj") && parent(t, top) < top ? parent(t, top) : top;
    if (rel_is(t, d, "nsubj") && parent(t, d) == parent(t, phrase) &&
        (rel_is(t, phrase, "nsubj") ||
         (phrase < d && (rel_is(t, phrase, "amod") || rel_is(t, phrase, "obj")))))
      return true;
    if (!name_internal(t, d) && !rel_is(t, d, "punct"))
      break;
  }
  return false;
}

/* The first word of the token, or FG_NONE: words map to tokens in order,
 * so a binary search (a sentence may have thousands of words). */
static uint32_t word_at(const Tree *t, size_t token) {
  size_t lo = 0, hi = t->ps->count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (t->ps->token[mid] < token)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < t->ps->count && t->ps->token[lo] == token ? (uint32_t)lo : FG_NONE;
}

typedef struct {
  size_t first, end;        /* tokens [first, end) */
  const FgTitle *rule;      /* NULL when no title form holds the trigger */
  bool portfolio;           /* end is past a portfolio no title form lists */
} TitleSpan;

/* "Minister of Education X", "Secretary for Culture X":
 * after a capitalised title ending at token end, "of" or "for" and
 * capitalised words that start no name are a portfolio the title rows do
 * not list (not "ambassador for New York City X", the start of a name the
 * mention finder missed). The token after it, else end. */
static size_t portfolio_end(const Tree *t, size_t end) {
  const FgDocAnalysis *doc = t->doc;
  const FgToken *tok = doc->tok.tokens;
  if (end + 1 >= t->s->last || !(tok[end - 1].flags & FG_TOK_CAP) ||
      !(fg_tok_is(&tok[end], "of") || fg_tok_is(&tok[end], "for")))
    return end;
  size_t k = end + 1;
  while (k < t->s->last && (tok[k].flags & FG_TOK_WORD) && (tok[k].flags & FG_TOK_CAP) &&
         !fg_mention_at(doc, k) && !fg_in_at(doc, FG_LIST_NOT_A_NAME, k))
    k++;
  return k > end + 1 ? k : end;
}

/* Token k is a capitalised word of a portfolio that names nothing
 * ("Fisheries", "Police" before "Commissioner"). */
static bool portfolio_word(const FgDocAnalysis *doc, size_t k) {
  return (doc->tok.tokens[k].flags & FG_TOK_CAP) && fg_in_at(doc, FG_LIST_TITLE_DOMAIN, k) &&
         !fg_mention_at(doc, k);
}

/* The title phrase around the trigger: the longest role form (the role
 * rows name titles) that holds its token and starts at most three tokens
 * before it, whatever the parser made of it ("Prime Minister", "Finance
 * Minister", "Secretary of State"); else the trigger alone. */
static TitleSpan title_span(const Tree *t, uint32_t v) {
  const FgDocAnalysis *doc = t->doc;
  size_t vt = t->ps->token[v];
  TitleSpan best = {vt, vt + 1, NULL, false};
  for (size_t start = vt >= t->s->first + 3 ? vt - 3 : t->s->first; start <= vt; start++) {
    size_t n;
    const uint32_t *roles = fg_lexicon_titles_from(doc->lex, doc->tok.tokens[start].word, &n);
    for (size_t i = 0; roles && i < n; i++) {
      const FgTitle *r = fg_lexicon_title(doc->lex, roles[i]);
      for (size_t f = 0; f < r->forms.count; f++) {
        size_t end = fg_words_match(&r->forms.seqs[f], doc->tok.tokens, start, t->s->last);
        if (end > vt && (!best.rule || end - start > best.end - best.first))
          best = (TitleSpan){start, end, r, false};
      }
    }
  }
  size_t portfolio = best.end == vt + 1 ? portfolio_end(t, best.end) : best.end;
  if (portfolio > best.end)
    best = (TitleSpan){best.first, portfolio, best.rule, true};
  else if (best.first == vt && fg_in_at(doc, FG_LIST_PORTFOLIO_TITLE, vt)) {
    /* "Fisheries Minister", "Police Commissioner": a portfolio no title
     * form lists, written before the title */
    size_t k = vt;
    while (k > t->s->first && portfolio_word(doc, k - 1))
      k--;
    if (k < vt)
      best = (TitleSpan){k, best.end, best.rule, true};
  }
  return best;
}

/* "Officials from A and B held talks with C": the clause of trigger v
 * (its verb, and that verb's object) names the other side in a "with"
 * phrase, so A and B are one side, not each other's; a people noun there
 * is a side too ("with Iranian envoys"), "with each other" is none. */
static bool other_party_named(const Tree *t, uint32_t v) {
  uint32_t h = parent(t, v);
  uint32_t heads[2] = {h, h != FG_NONE ? child_is(t, h, "obj") : FG_NONE};
  for (size_t i = 0; i < 2; i++)
    for (uint32_t c = heads[i] != FG_NONE ? t->first_child[heads[i]] : FG_NONE;
         c != FG_NONE; c = t->next_sibling[c])
      if ((rel_base(t, c, "obl") || rel_base(t, c, "nmod")) &&
          case_of(t, c) != FG_NONE && lemma_is(t, case_of(t, c), "with") &&
          (names_kind(t, c, FG_KIND_ANY) || lemma_listed(t, c, "person-noun") ||
           lemma_is(t, c, "counterpart")))
        return true;
  return false;
}

/* Word w is a nation's adjective ("Dutch"). */
static bool demonym_word(const Tree *t, uint32_t w) {
  const FgMention *m = fg_mention_at(t->doc, t->ps->token[w]);
  return m && m->kind == FG_MENTION_DEMONYM && word(t, w)->upos == FG_UPOS_ADJ;
}

/* The person a title stands before: the name starting right after the
 * title phrase and any further titles ("Defence Minister Brig. Gen. X"),
 * when the tree binds it to the trigger. */
static uint32_t title_person(const Tree *t, uint32_t v) {
  const FgDocAnalysis *doc = t->doc;
  TitleSpan title = title_span(t, v);
  size_t at = title.end;
  /* "Y's minister of finance, X", "the president, X" */
  if (at + 1 < t->s->last && fg_tok_is(&doc->tok.tokens[at], ",") && title.first > t->s->first &&
      ((doc->tok.tokens[title.first - 1].flags & FG_TOK_POSS) ||
       fg_in_at(doc, FG_LIST_DETERMINER, title.first - 1)))
    at++;
  while (at < t->s->last && (fg_tok_is(&doc->tok.tokens[at], ".") ||
                             (fg_in_at(doc, FG_LIST_PERSON_TITLE, at) && !fg_mention_at(doc, at))))
    at++;
  const FgMention *m = at < t->s->last ? fg_mention_at(doc, at) : NULL;
  if (!m || m->first != at || m->kind != FG_MENTION_NAME)
    return FG_NONE;
  uint32_t w = word_at(t, at);
  return w != FG_NONE && bound(t, v, w) ? w : FG_NONE;
}

/* "OV Secretary of State X said" parsed with the initials of the
 * country as the subject's head, the title and the name inside its
 * phrase: the person the title right after a name other than a person's
 * stands before, within the phrase of s; else FG_NONE. */
static uint32_t titled_person_in(const Tree *t, uint32_t s) {
  const FgMention *m = mention_of(t, s);
  if (!m || !(m->kind == FG_MENTION_NAME || m->kind == FG_MENTION_DEMONYM) ||
      m->entity == FG_NONE || t->doc->entities->items[m->entity].kind == FG_KIND_PERSON ||
      m->last >= t->s->last)
    return FG_NONE;
  /* the title may come after a portfolio: "X Fisheries Minister Y" */
  size_t k = m->last;
  while (k + 1 < t->s->last && portfolio_word(t->doc, k))
    k++;
  uint32_t title = word_at(t, k);
  if (title == FG_NONE)
    return FG_NONE;
  TitleSpan span = title_span(t, title);
  if (!span.rule || span.first != m->last)
    return FG_NONE;
  uint32_t p = title_person(t, title);
  return p != FG_NONE && governed_by(t, p, s) ? p : FG_NONE;
}

/* Where a title starting at token first starts with the lower-case
 * prefix hyphened to it ("co-" of "Norstad co-founder X", "vice-" of
 * "vice-chairman"): the tokenizer splits the word there. */
static size_t hyphened_prefix_start(const Tree *t, size_t first) {
  const FgToken *tok = t->doc->tok.tokens;
  if (first < t->s->first + 2 || !fg_tok_is(&tok[first - 1], "-") ||
      tok[first - 1].end != tok[first].begin || tok[first - 2].end != tok[first - 1].begin ||
      !(tok[first - 2].flags & FG_TOK_WORD) || (tok[first - 2].flags & FG_TOK_CAP))
    return first;
  return first - 2;
}

/* "Y chairman A and chief executive B": a title (its phrase opening at
 * token first) conjoined right after a titled name h shares the holder
 * of that name's title; the first token of that title, else first. */
static size_t title_of_name_before(const Tree *t, uint32_t h, size_t first) {
  const FgDocAnalysis *doc = t->doc;
  const FgMention *m = fg_mention_at(doc, t->ps->token[h]);
  if (!m || m->kind != FG_MENTION_NAME || !names_kind(t, h, FG_KIND_PERSON) ||
      m->last + 1 != first || !fg_tok_is(&doc->tok.tokens[first - 1], "and") ||
      m->first <= t->s->first)
    return first;
  uint32_t w = word_at(t, m->first - 1);
  TitleSpan ts = w != FG_NONE ? title_span(t, w) : (TitleSpan){0, 0, NULL, false};
  return ts.rule && ts.end == m->first ? ts.first : first;
}

/* The name right before the title ("Cypriot Finance Minister", "Syria's
 * minister"), unless a preposition governs it ("in Kenya President X"):
 * the parser often makes it a subject of its own, or the object of a
 * preposition before the title ("by Ethiopian Prime Minister X"), which a
 * demonym never is. */
static uint32_t title_holder(const Tree *t, uint32_t v) {
  const FgDocAnalysis *doc = t->doc;
  size_t first = title_span(t, v).first;
  /* "Peruvian economist and professor X": the second of two coordinated
   * nouns before a name has the holder of the first */
  uint32_t h = parent(t, v);
  if (rel_base(t, v, "conj") && h != FG_NONE && h < v && first > t->s->first &&
      t->ps->token[h] + 2 == first && fg_tok_is(&doc->tok.tokens[first - 1], "and"))
    first = title_span(t, h).first;
  else if (rel_base(t, v, "conj") && h != FG_NONE && h < v)
    first = title_of_name_before(t, h, first);
  size_t end = hyphened_prefix_start(t, first);
  if (end > t->s->first && (doc->tok.tokens[end - 1].flags & FG_TOK_POSS))
    end--;
  const FgMention *m = end > t->s->first ? fg_mention_at(doc, end - 1) : NULL;
  if (!m || m->last != end)
    return FG_NONE;
  uint32_t w = word_at(t, end - 1), k = w != FG_NONE ? case_of(t, w) : FG_NONE;
  return w != FG_NONE && (k == FG_NONE || word(t, k)->upos != FG_UPOS_ADP ||
                          m->kind == FG_MENTION_DEMONYM)
             ? w
             : FG_NONE;
}

/* The head of the clause w is in: its first ancestor (or itself) that a
 * clausal relation hangs, or the root; nominal relations, slips
 * included ("list", "cc"), stay inside the clause. */
static uint32_t clause_head(const Tree *t, uint32_t w) {
  static const char *const CLAUSAL[] = {"ccomp", "xcomp", "advcl", "acl", "csubj", "parataxis"};
  for (unsigned depth = 0; depth < 2 * MAX_CLIMB && parent(t, w) != FG_NONE; depth++) {
    for (size_t i = 0; i < sizeof CLAUSAL / sizeof CLAUSAL[0]; i++)
      if (rel_base(t, w, CLAUSAL[i]))
        return w;
    if (rel_base(t, w, "conj") && word(t, w)->upos == FG_UPOS_VERB)
      return w;
    w = parent(t, w);
  }
  return w;
}

/* Token k is a word of a role phrase: a common noun or adjective, or a
 * capitalised title ("President", "CEO"), that no mention holds. */
static bool role_token(const Tree *t, size_t k) {
  uint32_t w = word_at(t, k);
  if (w == FG_NONE || fg_mention_at(t->doc, k))
    return false;
  unsigned u = word(t, w)->upos;
  return u == FG_UPOS_NOUN || u == FG_UPOS_ADJ || u == FG_UPOS_PROPN;
}

/* A name that is an organisation's by itself: known to the gazetteer, or
 * typed by a word of its own ("Velkor Energy", "Granite Corp."); not one
 * typed so by the role noun after it alone ("Kestria's chief executive"). */
static bool named_organisation(const Tree *t, const FgMention *m) {
  if (!m || m->kind != FG_MENTION_NAME || m->entity == FG_NONE)
    return false;
  const FgLocalEntity *e = &t->doc->entities->items[m->entity];
  /* one unknown word proves nothing ("Emeritus Professor X" split) */
  return (e->kind & FG_KIND_ORG) &&
         (e->gaz >= 0 ||
          (m->last - m->first >= 2 && ((e->type && strcmp(e->type, "Organization") != 0) ||
                                       fg_in_at(t->doc, FG_LIST_ORG_HEAD, m->last - 1))));
}

typedef struct {
  uint32_t org, person; /* last word of the organisation's name, first of the person's */
} OrgRole;

enum { MAX_ROLE_WORDS = 4 }; /* "chief executive officer", "senior vice president" */

/* "Velkor Energy chief executive X", "Velkor Energy's spokesman X": the
 * trigger ends the role words between an organisation's name (and its
 * "'s") and a person's name, and no title form longer than the trigger's
 * own starts inside them ("security chief X" is not the chief). Read by
 * position, as the parser often hangs the three as subjects or modifiers
 * of the verb; the tree must only keep them in one clause ("X told Y
 * analysts Z would leave" is not). */
static OrgRole org_role_person(const Tree *t, uint32_t v) {
  OrgRole none = {FG_NONE, FG_NONE};
  size_t vt = t->ps->token[v], first = vt, end = vt + 1;
  if (!role_token(t, vt))
    return none;
  while (first > t->s->first && vt - first + 1 < MAX_ROLE_WORDS && role_token(t, first - 1))
    first--;
  TitleSpan title = title_span(t, v);
  if (title.rule && title.first != first)
    return none;
  /* "Y founder and chief executive X": the other title of a pair
   * coordinated between the names */
  const FgToken *tok = t->doc->tok.tokens;
  if (first >= t->s->first + 2 && fg_tok_is(&tok[first - 1], "and") && role_token(t, first - 2)) {
    first -= 2;
    while (first > t->s->first && vt - first + 1 < 2 * MAX_ROLE_WORDS && role_token(t, first - 1))
      first--;
  } else if (end + 1 < t->s->last && fg_tok_is(&tok[end], "and") && role_token(t, end + 1)) {
    end += 2;
    while (end < t->s->last && end - vt < 2 * MAX_ROLE_WORDS && role_token(t, end))
      end++;
  }
  size_t org_end = first;
  if (org_end > t->s->first && (tok[org_end - 1].flags & FG_TOK_POSS))
    org_end--;
  /* "Granite Corp. President X": the stop of the name's abbreviation, a
   * token of the name's last word */
  if (org_end > t->s->first && fg_tok_is(&tok[org_end - 1], ".") &&
      word_at(t, org_end - 1) == FG_NONE)
    org_end--;
  const FgMention *org = org_end > t->s->first ? fg_mention_at(t->doc, org_end - 1) : NULL;
  const FgMention *person = end < t->s->last ? fg_mention_at(t->doc, end) : NULL;
  if (!named_organisation(t, org) || org->last != org_end || !person || person->first != end ||
      person->kind != FG_MENTION_NAME || person->entity == FG_NONE ||
      t->doc->entities->items[person->entity].kind != FG_KIND_PERSON)
    return none;
  uint32_t o = word_at(t, org_end - 1), p = word_at(t, end), clause = clause_head(t, v);
  if (o == FG_NONE || p == FG_NONE || clause_head(t, o) != clause || clause_head(t, p) != clause)
    return none;
  return (OrgRole){o, p};
}

/* The country of "of" right after the titled person's name ("President X
 * of Eritrea"), whichever word of the name the parser hangs it on, or the
 * place ("Governor X of Ohio", for the rows that take places); never an
 * organisation ("Prime Minister X of the Y Party" is a membership). */
static void title_country(const Tree *t, uint32_t v, Words *out) {
  uint32_t p = title_person(t, v);
  const FgMention *m = p != FG_NONE ? fg_mention_at(t->doc, t->ps->token[p]) : NULL;
  for (uint32_t w = 0; m && w < t->ps->count; w++) {
    if (t->ps->token[w] < m->first || t->ps->token[w] >= m->last)
      continue;
    for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c]) {
      uint32_t k = case_of(t, c);
      const FgMention *o = fg_mention_at(t->doc, t->ps->token[c]);
      if (rel_base(t, c, "nmod") && k != FG_NONE && lemma_is(t, k, "of") &&
          t->ps->token[k] == m->last && o && o->entity != FG_NONE &&
          (t->doc->entities->items[o->entity].kind & (FG_KIND_COUNTRY | FG_KIND_PLACE)))
        add(out, c);
    }
  }
}

/* "the surgeon X", "actress X": where the name starts after a determiner,
 * if any, and up to three common nouns opening the phrase at token at;
 * else at. */
static size_t described_name_start(const Tree *t, size_t at) {
  size_t nouns = fg_in_at(t->doc, FG_LIST_DETERMINER, at) ? at + 1 : at, k = nouns;
  for (uint32_t w; k < t->s->last && k < nouns + 3 && !fg_mention_at(t->doc, k) &&
                   (w = word_at(t, k)) != FG_NONE && word(t, w)->upos == FG_UPOS_NOUN;
       k++)
    ;
  return k > nouns && k < t->s->last && fg_mention_at(t->doc, k) ? k : at;
}

/* "her killer, a 19-year-old named X," (the parser makes a clause of
 * it): the person named or "identified as" within the few words of an
 * indefinite description that starts at token at, its name ending the
 * phrase; else FG_NONE. */
static uint32_t person_named_in_description(const Tree *t, size_t at) {
  const FgToken *tok = t->doc->tok.tokens;
  if (at >= t->s->last || !(fg_tok_is(&tok[at], "a") || fg_tok_is(&tok[at], "an")))
    return FG_NONE;
  for (size_t k = at + 1; k + 1 < t->s->last && k < at + 7; k++) {
    uint32_t w = word_at(t, k);
    if (fg_tok_is(&tok[k], ",") || w == FG_NONE || word(t, w)->upos == FG_UPOS_PRON)
      return FG_NONE; /* not in a relative: "a man who named X" */
    size_t n = fg_tok_is(&tok[k], "identified") && fg_tok_is(&tok[k + 1], "as") ? k + 2 : k + 1;
    if (n == k + 1 && !fg_tok_is(&tok[k], "named") && !fg_tok_is(&tok[k], "called"))
      continue;
    const FgMention *m = n < t->s->last ? fg_mention_at(t->doc, n) : NULL;
    return m && m->first == n && m->kind == FG_MENTION_NAME && is_person(t, m) &&
                   (m->last >= t->s->last || (tok[m->last].flags & FG_TOK_PUNCT))
               ? word_at(t, n)
               : FG_NONE;
  }
  return FG_NONE;
}

/* "the capital, X", "its leader, X": the name right after the comma that
 * follows a determined noun (or its "of" name), itself followed by
 * punctuation or the end,
 * which the parser hangs as an apposition, a conjunct or a flat of
 * whatever word is near ("in the capital, X, on Monday"). */
static uint32_t named_after_comma(const Tree *t, uint32_t v) {
  const FgDocAnalysis *doc = t->doc;
  /* after the whole title: "its former chief executive, X" with
   * "executive" hung elsewhere */
  size_t at = title_span(t, v).end;
  if (child_is(t, v, "det") == FG_NONE && child_is(t, v, "nmod:poss") == FG_NONE)
    return FG_NONE;
  /* ... and after its "of" name: "the chief executive of Y, X, resigned" */
  const FgMention *of = at + 2 < t->s->last && fg_tok_is(&doc->tok.tokens[at], "of")
                            ? fg_mention_at(doc, at + 1)
                            : NULL;
  if (of && of->first == at + 1 && of->kind == FG_MENTION_NAME)
    at = of->last;
  if (at + 1 >= t->s->last || !fg_tok_is(&doc->tok.tokens[at], ","))
    return FG_NONE;
  size_t first = described_name_start(t, at + 1);
  const FgMention *m = fg_mention_at(doc, first);
  if (!m || m->first != first || m->kind != FG_MENTION_NAME)
    return person_named_in_description(t, at + 1);
  if (m->last < t->s->last && !(doc->tok.tokens[m->last].flags & FG_TOK_PUNCT))
    return FG_NONE;
  uint32_t w = word_at(t, first);
  while (w != FG_NONE && (rel_base(t, w, "flat") || rel_base(t, w, "compound")) &&
         parent(t, w) != FG_NONE &&
         t->ps->token[parent(t, w)] >= m->first && t->ps->token[parent(t, w)] < m->last)
    w = parent(t, w);
  /* a bare obl: the name hung on the verb ("sued its chief executive, X.");
   * a list item: "X and his wife, Y, run a shop" with Y listed after X */
  return w != FG_NONE && (rel_is(t, w, "appos") || rel_is(t, w, "conj") || rel_is(t, w, "list") ||
                          rel_base(t, w, "flat") || rel_base(t, w, "nmod") ||
                          (rel_base(t, w, "obl") && case_of(t, w) == FG_NONE))
             ? w
             : FG_NONE;
}

/* "the party's leaders, A and B, resigned": a determined plural noun names
 * the two people listed right after its comma, however the parser hung
 * them; adds their words to out. */
static bool two_people_after_comma(const Tree *t, uint32_t v, Words *out) {
  const FgDocAnalysis *doc = t->doc;
  size_t at = t->ps->token[v] + 1;
  if (!has_feat(t, v, "Number=Plur") || at + 1 >= t->s->last ||
      !fg_tok_is(&doc->tok.tokens[at], ",") ||
      (child_is(t, v, "det") == FG_NONE && child_is(t, v, "nmod:poss") == FG_NONE))
    return false;
  const FgMention *a = fg_mention_at(doc, at + 1);
  if (!a || a->first != at + 1 || a->kind != FG_MENTION_NAME || !is_person(t, a) ||
      a->last + 1 >= t->s->last || !fg_tok_is(&doc->tok.tokens[a->last], "and"))
    return false;
  const FgMention *b = fg_mention_at(doc, a->last + 1);
  if (!b || b->first != a->last + 1 || b->kind != FG_MENTION_NAME || !is_person(t, b) ||
      (b->last < t->s->last && !fg_tok_is(&doc->tok.tokens[b->last], ",")))
    return false;
  uint32_t wa = word_at(t, a->first), wb = word_at(t, b->first);
  if (wa == FG_NONE || wb == FG_NONE)
    return false;
  add(out, wa);
  add(out, wb);
  return true;
}

/* "President X of Eritrea": the country in "of" after a name that an
 * office title stands before is the office's (the title's row reads it),
 * not the name's own ("X of Eritrea" alone: a citizen). */
static bool office_country(const Tree *t, uint32_t v, uint32_t c) {
  const FgMention *m = fg_mention_at(t->doc, t->ps->token[v]);
  if (!m || m->first <= t->s->first || !names_kind(t, c, FG_KIND_COUNTRY))
    return false;
  uint32_t w = word_at(t, m->first - 1);
  if (w == FG_NONE)
    return false;
  TitleSpan title = title_span(t, w);
  return title.rule && title.end == m->first;
}

/* "in Bamako, the Malian capital.", "in Y, the city where X lives"
 * parsed with the noun phrase as a clause of its own, or as an apposition
 * of a noun naming nothing ("the start of Y, the ..."): a determined common
 * noun whose phrase is set off by a comma right after a name and ends at
 * a comma or the sentence's end is that name's apposition; not a phrase
 * opened by "or" (another thing) or by a preposition ("X, near Y's
 * capital"). Only a name of no person ("After meeting X, the minister
 * said" is two people), also past its initials in brackets. The name's
 * last word, else FG_NONE. */
static uint32_t apposition_before(const Tree *t, uint32_t w) {
  const FgDocAnalysis *doc = t->doc;
  uint32_t first = phrase_start(t, w), end = phrase_end(t, w);
  /* "a farmers' network": the article of the possessor opens the phrase */
  for (unsigned depth = 0; phrase_start(t, first) < first && depth < MAX_CLIMB; depth++)
    first = phrase_start(t, first);
  if (word(t, w)->upos != FG_UPOS_NOUN || fg_mention_at(doc, t->ps->token[w]) || first < 2 ||
      (child_is(t, w, "det") == FG_NONE && child_is(t, w, "nmod:poss") == FG_NONE) ||
      !lemma_is(t, first - 1, ",") || (rel_is(t, w, "appos") && mention_of(t, parent(t, w))) ||
      word(t, first)->upos == FG_UPOS_CCONJ || case_of(t, w) != FG_NONE)
    return FG_NONE;
  /* "the X Centre (XC), a think tank": the initials in brackets */
  uint32_t name = first - 2;
  if (first >= 4 && lemma_is(t, name, ")") && lemma_is(t, first - 4, "("))
    name = first - 3;
  const FgMention *m = fg_mention_at(doc, t->ps->token[name]);
  if (!m || m->kind != FG_MENTION_NAME || m->last != t->ps->token[name] + 1 ||
      m->entity == FG_NONE || (doc->entities->items[m->entity].kind & FG_KIND_PERSON))
    return FG_NONE;
  if (end + 1 < t->ps->count && !lemma_is(t, end + 1, ",") &&
      !(end + 2 == t->ps->count && word(t, end + 1)->upos == FG_UPOS_PUNCT))
    return FG_NONE;
  return name;
}

/* "X praised Y's courage", "X opposed her candidacy": the possessor of
 * the logical object, when that is a common noun naming no entity, is
 * whom a stance is taken towards. */
static uint32_t object_owner(const Tree *t, uint32_t v) {
  uint32_t o = logical_object(t, v);
  if (o == FG_NONE || word(t, o)->upos != FG_UPOS_NOUN || mention_of(t, o))
    return FG_NONE;
  uint32_t p = child_is(t, o, "nmod:poss");
  /* "the president-elect's": the title word of a hyphened compound */
  for (uint32_t c = p != FG_NONE && !mention_of(t, p) ? t->first_child[p] : FG_NONE;
       c != FG_NONE; c = t->next_sibling[c])
    if (rel_base(t, c, "compound") && mention_of(t, c))
      return c;
  return p;
}

/* "X, the former chief executive of Y" tagged as the noun "chief" and
 * the adjective "executive" after it: an adjective that follows its noun
 * is the second word of the title the noun starts, so what the noun
 * describes is what the title does. FG_NONE otherwise. */
static uint32_t title_noun_before(const Tree *t, uint32_t v) {
  uint32_t h = parent(t, v);
  return rel_is(t, v, "amod") && h != FG_NONE && h + 1 == v &&
                 word(t, h)->upos == FG_UPOS_NOUN && word(t, v)->upos == FG_UPOS_ADJ
             ? h
             : FG_NONE;
}

/* A noun of the org-head list's Company or Organization class ("firm",
 * "fund"), not a state's body ("the Y puppet military", which a
 * descriptor may have resolved to another country's). */
static bool firm_noun(const Tree *t, uint32_t v) {
  const char *cls = NULL;
  return fg_tok_value(t->doc, FG_LIST_ORG_HEAD, &t->doc->tok.tokens[t->ps->token[v]], &cls) &&
         cls && (strcmp(cls, "Company") == 0 || strcmp(cls, "Organization") == 0);
}

/* "the Kenyan port city", "the Cypriot port city" with "Cypriot" on
 * "port": a place noun's modifier or its compound noun's that names a
 * place is the place it is in. */
static void place_noun_modifier(const Tree *t, uint32_t v, uint32_t noun, Words *out) {
  for (int pass = 0; pass < 2; pass++)
    for (uint32_t c = t->first_child[pass ? noun : v]; c != FG_NONE; c = t->next_sibling[c])
      if ((rel_base(t, c, "compound") || rel_base(t, c, "amod")) &&
          names_kind(t, c, FG_KIND_PLACE | FG_KIND_COUNTRY))
        add(out, c);
}

/* Phrase c ends on a comma (its own or the next word) before word h. */
static bool set_off_before(const Tree *t, uint32_t c, uint32_t h) {
  uint32_t end = phrase_end(t, c);
  if (!lemma_is(t, end, ","))
    end++;
  return end < h && lemma_is(t, end, ",");
}

/* "based around Menaka, in eastern Mali" with both phrases hung on the
 * verb: the phrase of that case word right after the comma that ends the
 * name's phrase (or, on a person's noun, right after the name), on the
 * same head, is the name's. */
static uint32_t case_beside(const Tree *t, uint32_t v, const char *prep) {
  uint32_t h = parent(t, v), next = phrase_end(t, v) + 1;
  /* "Ada Lind, 34, of Velm, was arrested" with "of Velm" on the verb: a
   * verb's subject or object takes an "of" or "from" phrase after its
   * comma too (a verb's own "of" follows it: "accused X of") */
  bool origin = (rel_base(t, v, "nsubj") || rel_base(t, v, "obj")) &&
                (strcmp(prep, "of") == 0 || strcmp(prep, "from") == 0);
  /* "The X Valley, in southern Y, was flooded" with "in Y" on the verb:
   * an "in" phrase between commas before the verb is the subject's */
  bool aside = rel_base(t, v, "nsubj") && strcmp(prep, "in") == 0;
  /* "a spokeswoman for the Orion Museum in Halvard" with both phrases on
   * the person's noun: an "in" phrase right after the name, no comma, is
   * the name's ("a lawyer for X at the trial" is the lawyer's) */
  bool on_role = h != FG_NONE && h < v && rel_base(t, v, "nmod") && strcmp(prep, "in") == 0 &&
                 word(t, h)->upos == FG_UPOS_NOUN && in_list(t, FG_LIST_PERSON_NOUN, h);
  uint32_t start = next < t->ps->count && lemma_is(t, next, ",") ? next + 1 : on_role ? next : FG_NONE;
  if (h == FG_NONE || start >= t->ps->count ||
      !(rel_base(t, v, "obl") || rel_base(t, v, "nmod") || origin || aside))
    return FG_NONE;
  for (uint32_t c = t->first_child[h]; c != FG_NONE; c = t->next_sibling[c])
    if (c > v && (rel_base(t, c, "obl") || rel_base(t, c, "nmod")) &&
        phrase_start(t, c) == start && case_of(t, c) != FG_NONE &&
        lemma_is(t, case_of(t, c), prep) && (!aside || set_off_before(t, c, h)))
      return c;
  return FG_NONE;
}

/* "X's manager and brother, Y": a bare noun coordinated after a
 * possessed noun shares its possessor (not "X's manager and a brother",
 * nor "X's manager and Z's brother", which say whose it is themselves). */
static uint32_t possessor_of_coordinated_noun(const Tree *t, uint32_t v) {
  uint32_t h = parent(t, v);
  if (h == FG_NONE || h > v || !rel_is(t, v, "conj") || word(t, v)->upos != FG_UPOS_NOUN ||
      word(t, h)->upos != FG_UPOS_NOUN || child_is(t, v, "det") != FG_NONE ||
      child_is(t, v, "nmod:poss") != FG_NONE)
    return FG_NONE;
  uint32_t p = child_is(t, h, "nmod:poss");
  return p != FG_NONE && p < h ? p : FG_NONE;
}

/* "Rawalpindi's Adiala jail": a name compounded with the place noun
 * that heads it takes that noun's possessive. */
static uint32_t possessive_of_head_noun(const Tree *t, uint32_t v) {
  uint32_t h = parent(t, v);
  return rel_base(t, v, "compound") && h == v + 1 && word(t, h)->upos == FG_UPOS_NOUN &&
                 in_list(t, FG_LIST_PLACE_HEAD, h)
             ? child_is(t, h, "nmod:poss")
             : FG_NONE;
}

/* A phrase saying when: "in March", "on Monday", "from 2019", "last year". */
static bool time_phrase(const Tree *t, uint32_t w) {
  static const char *const WHEN[] = {"in", "on", "from", "since", "after", "until", "during"};
  uint32_t k = case_of(t, w);
  if (k == FG_NONE)
    return rel_is(t, w, "obl:tmod") || rel_is(t, w, "obl:unmarked");
  return lemma_one_of(t, k, WHEN, sizeof WHEN / sizeof WHEN[0]);
}

static const FgMention *country_of_state_noun(const Tree *t, uint32_t w);

/* "as ambassador to Y": the host country a diplomatic post's "to" phrase
 * names; the post is still the sending state's. */
static bool host_country_phrase(const Tree *t, uint32_t c) {
  uint32_t k = case_of(t, c);
  return rel_base(t, c, "nmod") && k != FG_NONE && lemma_is(t, k, "to");
}

/* "Tolvia appointed X as ambassador to Y", "the Tolvian government named
 * X envoy to Y": a state that sends an envoy is a country named as the
 * appointer or the country of its government noun; the word naming it,
 * else FG_NONE. */
static uint32_t sending_state(const Tree *t, uint32_t who) {
  const FgMention *m = country_of_state_noun(t, who);
  if (m)
    return word_at(t, m->first);
  m = mention_of(t, who);
  return m && m->kind == FG_MENTION_NAME && m->entity != FG_NONE &&
                 (t->doc->entities->items[m->entity].kind & FG_KIND_COUNTRY)
             ? who
             : FG_NONE;
}

/* Whether the word c is one of the title words around the trigger v
 * ("chief" of "chief executive"). */
static bool in_title(const Tree *t, uint32_t v, uint32_t c) {
  TitleSpan title = title_span(t, v);
  size_t k = t->ps->token[c];
  return k >= title.first && k < title.end && c < v;
}

/* "a new chief executive": a post whose holder is replaced, the one seat
 * of its kind though "a" opens it */
static bool new_holder(const Tree *t, uint32_t n) {
  for (uint32_t c = t->first_child[n]; c != FG_NONE; c = t->next_sibling[c])
    if (rel_base(t, c, "amod") && lemma_is(t, c, "new"))
      return true;
  return false;
}

/* "appointed a new chief executive, X": the verb's object, a post with
 * a new holder whose name is apposed, is the one post of its kind. */
static bool new_post_named(const Tree *t, uint32_t n) {
  return rel_is(t, n, "obj") && person_apposed(t, n) != n && new_holder(t, n);
}

/* "Y appointed X as chief executive", "Y promoted X to chairwoman", "Y
 * named X chief executive": a post with no owner of its own (no
 * possessor, no phrase naming one: not "chairman of the audit board") is
 * the appointer's, as if it read "its chief executive". The appointer is
 * the verb's logical subject, FG_NONE if none. */
static uint32_t appointer(const Tree *t, uint32_t n) {
  bool as = false, envoy = lemma_listed(t, n, "envoy-post");
  /* "appointed a new chief executive, X": the post the verb's object
   * names, with its holder set in apposition */
  uint32_t holder = rel_is(t, n, "obj") ? person_apposed(t, n) : n;
  bool apposed = holder != n;
  for (uint32_t c = t->first_child[n]; c != FG_NONE; c = t->next_sibling[c]) {
    if ((envoy && host_country_phrase(t, c)) || (apposed && c == holder))
      continue;
    /* the title's own words ("chief", "finance") and a date the parser
     * hung on the object are no owner of their own */
    if (apposed && (in_title(t, n, c) || (!mention_of(t, c) && time_phrase(t, c))))
      continue;
    if (rel_base(t, c, "nmod") || rel_base(t, c, "acl") || rel_base(t, c, "appos") ||
        rel_base(t, c, "compound") || rel_base(t, c, "conj"))
      return FG_NONE;
    /* "as chief executive in March" is still the appointer's; "in Y",
     * "of its audit panel" not */
    if (rel_base(t, c, "obl") && (mention_of(t, c) || !time_phrase(t, c)))
      return FG_NONE;
    /* "as a director": one seat of several, not the firm's only post */
    if (rel_is(t, c, "det") && (lemma_is(t, c, "a") || lemma_is(t, c, "an")) &&
        !new_post_named(t, n))
      return FG_NONE;
    as = as || (rel_is(t, c, "case") && lemma_is(t, c, "as"));
  }
  uint32_t h = as_post_of_named(t, n);
  if (h == FG_NONE && (h = parent(t, n)) != FG_NONE) {
    uint32_t io = child_is(t, h, "iobj");
    if (!((as && rel_base(t, n, "obl")) || promoted_to(t, n) || rel_base(t, n, "xcomp") ||
          apposed || (rel_is(t, n, "obj") && io != FG_NONE && io < n)))
      h = FG_NONE;
  }
  /* "Y picked (chose, tapped) X as chief executive" fills Y's post as "appointed" does */
  if (h == FG_NONE || !naming_verb(t, h))
    return FG_NONE;
  uint32_t who = logical_subject(t, h, 0);
  uint32_t state = envoy && who != FG_NONE ? sending_state(t, who) : FG_NONE;
  if (state != FG_NONE)
    return state;
  const FgMention *m = who != FG_NONE ? mention_of(t, who) : NULL;
  /* a company or club fills its own posts; a parliament or a government
   * also elects and appoints to others ("the Senate elected X president") */
  const char *type = m && m->entity != FG_NONE ? t->doc->entities->items[m->entity].type : NULL;
  return type && (strcmp(type, "Company") == 0 || strcmp(type, "MediaOrganization") == 0 ||
                  strcmp(type, "Organization") == 0 ||
                  /* but a body's own chair is its own ("the Y parliament elected X as speaker") */
                  (strcmp(type, "GovernmentBody") == 0 && lemma_listed(t, n, "body-own-post")))
             ? who
             : FG_NONE;
}

/* A parser slip: "the Vossen Party's Ana Lind" with the "'s" hung
 * elsewhere ("Pro-Rall VP's Ana Lind" read as one name, the possessor a
 * conjunct of the name before): a name that starts right after another
 * name's "'s" is what that name possesses (read at the name's first
 * word only, so the fact is stated once). */
static uint32_t possessor_right_before_name(const Tree *t, uint32_t v) {
  const FgMention *m = fg_mention_at(t->doc, t->ps->token[v]);
  if (!m || m->kind != FG_MENTION_NAME || m->first != t->ps->token[v] ||
      m->first < t->s->first + 2 ||
      !(t->doc->tok.tokens[m->first - 1].flags & FG_TOK_POSS))
    return FG_NONE;
  /* "Lusk's Kovalo team": a name before a common noun modifies it, and
     the possessive is the noun's */
  uint32_t after = word_at(t, m->last);
  if (after != FG_NONE && word(t, after)->upos == FG_UPOS_NOUN)
    return FG_NONE;
  const FgMention *p = fg_mention_at(t->doc, m->first - 2);
  return p && p->kind == FG_MENTION_NAME && p->last == m->first - 1 && p->entity != m->entity
             ? word_at(t, m->first - 2)
             : FG_NONE;
}

/* The word of the name that ends right before a comma at token at - 1,
 * else FG_NONE. */
static uint32_t name_ending_before_comma(const Tree *t, size_t at) {
  const FgDocAnalysis *doc = t->doc;
  if (at < t->s->first + 2 || !fg_tok_is(&doc->tok.tokens[at - 1], ","))
    return FG_NONE;
  size_t end = at - 1; /* one past the name's last token */
  /* "Caldera Mining Corp., whose ...": an abbreviation's period stands
   * between the name and its comma */
  if (end > t->s->first + 1 && fg_tok_is(&doc->tok.tokens[end - 1], ".") &&
      !(doc->tok.tokens[end - 1].flags & FG_TOK_SPACE))
    end--;
  const FgMention *m = fg_mention_at(doc, end - 1);
  if (!m || m->last != end || m->kind != FG_MENTION_NAME)
    return FG_NONE;
  return word_at(t, end - 1);
}

/* "X, located in Y", "X, a former resident of Y": the name that ends
 * right before the comma opening the trigger's phrase, when that phrase
 * is an aside (punctuation or the sentence's end follows it), which the
 * parser often hangs on another word of the sentence. */
static uint32_t named_before_comma(const Tree *t, uint32_t v) {
  size_t after = t->ps->token[phrase_end(t, v)] + 1;
  if (after < t->s->last && !(t->doc->tok.tokens[after].flags & FG_TOK_PUNCT))
    return FG_NONE;
  return name_ending_before_comma(t, t->ps->token[phrase_start(t, v)]);
}

/* "Peru, whose capital, Lima, ...": a possessive "whose" right after a
 * comma stands for the name right before that comma, however the parser
 * hung the relative clause; FG_NONE when p is not such a "whose". */
static uint32_t whose_antecedent_name(const Tree *t, uint32_t p) {
  size_t at = t->ps->token[p];
  if (!fg_tok_is(&t->doc->tok.tokens[at], "whose"))
    return FG_NONE;
  return name_ending_before_comma(t, at);
}

/* "X, whose daughter Y ...", "whose eldest son": the name "whose" stands
 * for when it comes right before the noun v and its adjectives, however the
 * parser hung it (an object, a mark); else FG_NONE. */
static uint32_t whose_before(const Tree *t, uint32_t v) {
  uint32_t w = v;
  while (w > 0 && (word(t, w - 1)->upos == FG_UPOS_ADJ || word(t, w - 1)->upos == FG_UPOS_NUM))
    w--;
  return w > 0 && word(t, v)->upos == FG_UPOS_NOUN ? whose_antecedent_name(t, w - 1) : FG_NONE;
}

/* "Y's headquarters are in Z": the trigger, a common noun, the subject of
 * a copula whose predicate is the prep phrase itself: that predicate,
 * else FG_NONE. */
static uint32_t copula_predicate_with_case(const Tree *t, uint32_t v, const char *prep) {
  uint32_t h = parent(t, v), k = h != FG_NONE ? case_of(t, h) : FG_NONE;
  return k != FG_NONE && rel_base(t, v, "nsubj") && v < h && lemma_is(t, k, prep) &&
                 child_is(t, h, "cop") != FG_NONE && word(t, v)->upos == FG_UPOS_NOUN &&
                 !fg_mention_at(t->doc, t->ps->token[v])
             ? h
             : FG_NONE;
}

/* A parser slip: the preposition p made the dependent itself, its noun
 * hung below it ("met with Kenyan Foreign Minister X", "with" an obl and
 * "Kenyan" its appos); a demonym there modifies the noun after it. */
static uint32_t noun_below_preposition(const Tree *t, uint32_t p) {
  if (word(t, p)->upos != FG_UPOS_ADP || case_of(t, p) != FG_NONE)
    return FG_NONE;
  for (uint32_t d = t->first_child[p]; d != FG_NONE; d = t->next_sibling[d]) {
    if (word(t, d)->upos != FG_UPOS_PROPN && word(t, d)->upos != FG_UPOS_NOUN)
      continue;
    const FgMention *m = fg_mention_at(t->doc, t->ps->token[d]);
    if (!m || m->kind != FG_MENTION_DEMONYM)
      return d;
    for (uint32_t e = t->first_child[d]; e != FG_NONE; e = t->next_sibling[e])
      if ((rel_base(t, e, "conj") || rel_base(t, e, "appos") || rel_base(t, e, "flat")) &&
          word(t, e)->upos == FG_UPOS_PROPN)
        return e;
  }
  return FG_NONE;
}

/* A parser slip: the name right after a case word made a compound of the
 * common noun that follows it, the case word hung on either ("sanctions
 * on Venezuela last month", "on Venezuela pleased exporters"): that name,
 * when the noun c names nothing; FG_NONE when c has no such phrase. */
static uint32_t name_before_noun(const Tree *t, uint32_t c, const char *prep) {
  /* a name before a plural noun of an "of" phrase modifies it ("sales of
   * Velm jets to Y": not Velm's sale) */
  if (word(t, c)->upos != FG_UPOS_NOUN || mention_of(t, c) ||
      (strcmp(prep, "of") == 0 && has_feat(t, c, "Number=Plur")))
    return FG_NONE;
  for (uint32_t d = t->first_child[c]; d != FG_NONE; d = t->next_sibling[d]) {
    const FgMention *m = fg_mention_at(t->doc, t->ps->token[d]);
    if (d > 0 && rel_base(t, d, "compound") && word(t, d)->upos == FG_UPOS_PROPN && m &&
        m->kind == FG_MENTION_NAME && lemma_is(t, d - 1, prep) &&
        (case_of(t, c) == d - 1 || case_of(t, d) == d - 1))
      return d;
  }
  return FG_NONE;
}

/* A parser slip: a noun's phrase read as a clause hung on it, its case
 * word prep the clause's mark and its noun the clause's subject ("a
 * meeting between A and B took place", "between" a mark of "took"). */
static uint32_t subject_after_mark(const Tree *t, uint32_t v, const char *prep) {
  for (uint32_t c = t->first_child[v]; c != FG_NONE; c = t->next_sibling[c]) {
    uint32_t m = child_is(t, c, "mark"), s = child_is(t, c, "nsubj");
    if (s == FG_NONE)
      s = child_is(t, c, "nsubj:pass");
    if (rel_base(t, c, "acl") && m != FG_NONE && lemma_is(t, m, prep) && m == v + 1 &&
        s != FG_NONE && phrase_start(t, s) == m + 1)
      return s;
  }
  return FG_NONE;
}

/* "a farmer from neighbouring X" read as a clause "from neighbouring" with
 * X its object: the place after a listed participle ("neighbouring",
 * "surrounding") right after the preposition. */
static uint32_t place_after_marked_participle(const Tree *t, uint32_t v, const char *prep) {
  for (uint32_t c = t->first_child[v]; c != FG_NONE; c = t->next_sibling[c]) {
    uint32_t m = child_is(t, c, "mark"), o = child_is(t, c, "obj");
    if (rel_base(t, c, "acl") && m != FG_NONE && lemma_is(t, m, prep) && m + 1 == c &&
        o != FG_NONE && lemma_listed(t, c, "place-participle"))
      return o;
  }
  return FG_NONE;
}

/* Word w is initials: a word in capitals ("QR") or with stops ("Q.R."). */
static bool initials_word(const Tree *t, uint32_t w) {
  const FgToken *tok = &t->doc->tok.tokens[t->ps->token[w]];
  uint32_t end = w + 1 < t->ps->count ? t->ps->token[w + 1] : t->ps->token[w] + 1;
  return (tok->flags & FG_TOK_UPPER) ||
         fg_name_dotted_initials(t->doc->tok.tokens, t->ps->token[w], end);
}

/* "QRTL President X" with the name not hung on the title: a name (or a
 * word in capitals, or initials with stops: "Q.R. President X") right
 * before a capitalised title is its holder, of whatever class. */
static bool name_before_title(const Tree *t, uint32_t v) {
  if (v == 0 || t->ps->token[v - 1] >= t->ps->token[v])
    return false;
  const FgToken *title = &t->doc->tok.tokens[t->ps->token[v]];
  return (title->flags & FG_TOK_CAP) &&
         (initials_word(t, v - 1) || fg_mention_at(t->doc, t->ps->token[v - 1]) != NULL);
}

/* "X was married by Y": the logical subject of a passive verb of the
 * marry-verb list is its agent, who performed the act (a priest), not
 * one of the relation's parties. */
static bool officiant_agent(const Tree *t, uint32_t v) {
  uint32_t a = agent(t, v);
  return a != FG_NONE && logical_subject(t, v, 0) == a &&
         lemma_listed(t, v, "marry-verb");
}

static uint32_t lemma_id(const Tree *t, uint32_t w);
static const uint32_t *rules_of(const Tree *t, uint32_t id, size_t *n);

/* Verb h is one the rules read as an act on an agent: a row of its lemma
 * takes a person or an organisation as object ("attack", "arrest",
 * "sanction"; not "lead", "join" or "own", whose object is a thing held,
 * nor "reach"). */
static bool act_on_agent(const Tree *t, uint32_t h) {
  size_t n = 0;
  const uint32_t *rules = rules_of(t, lemma_id(t, h), &n);
  for (size_t i = 0; rules && i < n; i++) {
    unsigned kinds = fg_lexicon_dep(t->doc->lex, rules[i])->obj;
    if ((kinds & FG_KIND_PERSON) && (kinds & FG_KIND_ORG))
      return true;
  }
  return false;
}

/* The word a name's word v hangs its phrase from: up its compound and
 * flat arcs. */
static uint32_t name_phrase_head(const Tree *t, uint32_t v) {
  while ((rel_base(t, v, "compound") || rel_base(t, v, "flat")) &&
         parent(t, v) != FG_NONE)
    v = parent(t, v);
  return v;
}

/* "the army negotiated with X in Y", "police arrested leaders of X in
 * Y", "troops attacked X in Y": an organisation that takes part in a
 * verb's event (its "with", "against" or "by" phrase, or the object of an
 * act on an agent; or a common noun's "of" phrase there) has its "in"
 * phrase hung on it by the parser, but the phrase places the event, not
 * the organisation. Its subject ("X in Y said"), a place it is sent to
 * ("sent to X in Y") or reached ("reached X in Y") keep the phrase. */
static bool organisation_in_event(const Tree *t, uint32_t v) {
  static const char *const PARTICIPANT_CASE[] = {"with", "against", "by"};
  if (!names_kind(t, v, FG_KIND_ORG))
    return false;
  uint32_t n = name_phrase_head(t, v);
  if (rel_is(t, n, "conj") && parent(t, n) != FG_NONE)
    n = parent(t, n);
  uint32_t k = case_of(t, n), h = parent(t, n);
  if (h != FG_NONE && rel_base(t, n, "nmod") && k != FG_NONE && lemma_is(t, k, "of") &&
      word(t, h)->upos == FG_UPOS_NOUN) {
    n = h;
    k = case_of(t, n);
    h = parent(t, n);
  }
  if (h == FG_NONE || word(t, h)->upos != FG_UPOS_VERB)
    return false;
  if (rel_is(t, n, "obl:agent") || (rel_is(t, n, "obj") && act_on_agent(t, h)))
    return true;
  for (size_t i = 0; rel_base(t, n, "obl") && k != FG_NONE &&
                     i < sizeof PARTICIPANT_CASE / sizeof PARTICIPANT_CASE[0];
       i++)
    if (lemma_is(t, k, PARTICIPANT_CASE[i]))
      return true;
  return false;
}

/* "held talks with Varnia in Geneva", "a war against Varnia in 1990": a
 * place or country in a "with" or "against" phrase takes part in an event,
 * and the "in" phrase hung on it says where the event was. */
static bool place_in_event(const Tree *t, uint32_t v) {
  if (!names_kind(t, v, FG_KIND_PLACE | FG_KIND_COUNTRY))
    return false;
  uint32_t n = name_phrase_head(t, v);
  uint32_t k = case_of(t, n);
  return (rel_base(t, n, "nmod") || rel_base(t, n, "obl")) && k != FG_NONE &&
         (lemma_is(t, k, "with") || lemma_is(t, k, "against"));
}

/* "A married B in 2010; the couple divorced in 2015": "the couple" is
 * the two a verb of marrying before it joined, A and B (both added). */
static bool add_couple(const Tree *t, uint32_t s, Words *out) {
  if (s == FG_NONE || word(t, s)->upos != FG_UPOS_NOUN || child_is(t, s, "det") == FG_NONE ||
      !(lemma_is(t, s, "couple") || lemma_is(t, s, "pair")))
    return false;
  for (uint32_t m = 0; m < s; m++) {
    if (word(t, m)->upos != FG_UPOS_VERB || !lemma_listed(t, m, "marry-verb"))
      continue;
    uint32_t a = logical_subject(t, m, 0), b = logical_object(t, m);
    if (a == FG_NONE || b == FG_NONE)
      return false;
    add(out, a);
    add(out, b);
    return true;
  }
  return false;
}

/* "of 14 Elm Street, Hadley": the town set off after a numbered street,
 * else FG_NONE. */
static uint32_t town_of_address(const Tree *t, uint32_t c) {
  uint32_t town = child_is(t, c, "appos");
  return in_list(t, FG_LIST_PLACE_HEAD, c) && child_is(t, c, "nummod") != FG_NONE &&
                 town != FG_NONE && names_place(t, town)
             ? town
             : FG_NONE;
}

/* The word opening the person's name at w, or at w + 1 after a title
 * word ("of Premier X"), else FG_NONE; not a possessor ("by X's brother"
 * is the brother). */
static uint32_t person_name_from(const Tree *t, uint32_t w) {
  for (uint32_t k = w; k < t->ps->count && k <= w + 1; k++) {
    const FgMention *m = mention_of(t, k);
    if (m && m->kind == FG_MENTION_NAME && names_kind(t, k, FG_KIND_PERSON) &&
        word_at(t, m->first) == k)
      return m->last < t->s->last && (t->doc->tok.tokens[m->last].flags & FG_TOK_POSS) ? FG_NONE : k;
  }
  return FG_NONE;
}

/* The name at w ends its phrase with a comma or the sentence: an
 * apposition, not a clause's subject ("by police, Y said"). */
static bool set_off(const Tree *t, uint32_t w) {
  uint32_t after = word_at(t, mention_of(t, w)->last);
  return after == FG_NONE || lemma_is(t, after, ",") || lemma_is(t, after, ".");
}

/* "the assassination of Premier X by a nationalist, Y", "the slaying of
 * Deputy X by Y": an event noun's "of" and "by" people by their places, for the
 * parser tangles a title's name and the agent's apposition. With agent,
 * the name right after "by" or set off by the comma after its short
 * description; else the one after "of". FG_NONE unless the whole pattern
 * holds. */
static uint32_t of_by_person(const Tree *t, uint32_t v, bool agent) {
  if (word(t, v)->upos != FG_UPOS_NOUN || v + 3 >= t->ps->count || !lemma_is(t, v + 1, "of"))
    return FG_NONE;
  uint32_t victim = person_name_from(t, v + 2);
  if (victim == FG_NONE)
    return FG_NONE;
  uint32_t by = word_at(t, mention_of(t, victim)->last); /* the token after the name */
  if (by == FG_NONE || by + 1 >= t->ps->count || !lemma_is(t, by, "by"))
    return FG_NONE;
  if (!agent)
    return victim;
  uint32_t named = person_name_from(t, by + 1); /* "by Captain X" */
  if (named != FG_NONE)
    return named;
  for (uint32_t k = by + 1; k < t->ps->count && k <= by + 4; k++) {
    unsigned upos = word(t, k)->upos;
    if (lemma_is(t, k, ",")) { /* the name may follow a title ("an officer, Captain X") */
      uint32_t name = person_name_from(t, k + 1);
      return name != FG_NONE && set_off(t, name) ? name : FG_NONE;
    }
    if (upos != FG_UPOS_DET && upos != FG_UPOS_ADJ && upos != FG_UPOS_NOUN && upos != FG_UPOS_PRON)
      return FG_NONE;
  }
  return FG_NONE;
}

/* "X, chairman of Y Inc., resigned" parsed as a list of X, the title and
 * the "of" phrase: the list item right after the title that its case word
 * opens is the title's. */
static uint32_t case_phrase_listed_after(const Tree *t, uint32_t v, const char *case_word) {
  uint32_t h = parent(t, v), end = phrase_end(t, v);
  if (h == FG_NONE || !rel_is(t, v, "list"))
    return FG_NONE;
  if (end + 1 >= t->ps->count || !lemma_is(t, end + 1, case_word) || !rel_is(t, end + 1, "case"))
    return FG_NONE;
  for (uint32_t c = t->first_child[h]; c != FG_NONE; c = t->next_sibling[c])
    if (rel_is(t, c, "list") && c > end && governed_by(t, end + 1, c))
      return c;
  return FG_NONE;
}

/* "in the north of X", "on the outskirts of X", "on X's west coast" as
 * "in X": the place of the "of" phrase or the possessor of region noun c,
 * when the path asks for "in". */
static uint32_t whole_of_region(const Tree *t, uint32_t c, const char *prep) {
  if (strcmp(prep, "in") != 0 || !lemma_listed(t, c, "region-of-place"))
    return FG_NONE;
  uint32_t of = with_case(t, c, "of");
  if (of == FG_NONE)
    of = child_is(t, c, "nmod:poss");
  return of != FG_NONE && names_place(t, of) ? of : FG_NONE;
}

/* "was born in a village in X", "died in a hospital in X": the place a
 * settlement noun c (list settlement-noun) lies in, when the path asks
 * for "in" ("near" X places nobody in X). */
static uint32_t place_of_settlement(const Tree *t, uint32_t c, const char *prep) {
  if (strcmp(prep, "in") != 0 || !lemma_listed(t, c, "settlement-noun") || mention_of(t, c))
    return FG_NONE;
  uint32_t p = with_case(t, c, "in");
  return p != FG_NONE && p > c && names_place(t, p) ? p : FG_NONE;
}

/* The place in the "in" phrase hung on the unnamed case phrase of
 * event noun c whose case word is prep ("a strike on a hospital in X",
 * "a bombing by rebels in X": the parser's slip), or FG_NONE. */
static uint32_t place_below_event_phrase(const Tree *t, uint32_t c, const char *prep) {
  uint32_t h = with_case(t, c, prep);
  uint32_t p = h != FG_NONE && h > c && !mention_of(t, h) ? with_case(t, h, "in") : FG_NONE;
  return p != FG_NONE && p > h && names_place(t, p) ? p : FG_NONE;
}

/* "was killed in an air strike in X", "died in a crash in X", "killed
 * in a strike on a hospital in X": the place of an event's common noun c
 * (list deadly-event), or of its target's, when the path asks for "in". */
static uint32_t place_of_event(const Tree *t, uint32_t c, const char *prep) {
  if (strcmp(prep, "in") != 0 || word(t, c)->upos != FG_UPOS_NOUN || !lemma_listed(t, c, "deadly-event"))
    return FG_NONE;
  uint32_t p = with_case(t, c, "in");
  if (p != FG_NONE && p > c && names_place(t, p))
    return p;
  p = place_below_event_phrase(t, c, "on");
  return p != FG_NONE ? p : place_below_event_phrase(t, c, "by");
}

/* "fired rockets at a radar station in X": the country an unnamed target
 * c of a weapon verb (list weapon-verb) lies in, when the path asks for
 * "at", "into" or "on"; only a country, whose post it is ("a hotel in
 * Velm" is no town's). */
static uint32_t country_of_target(const Tree *t, uint32_t c, const char *prep) {
  uint32_t v = parent(t, c);
  if ((strcmp(prep, "at") != 0 && strcmp(prep, "into") != 0 && strcmp(prep, "on") != 0) ||
      v == FG_NONE || !lemma_listed(t, v, "weapon-verb") || word(t, c)->upos != FG_UPOS_NOUN ||
      mention_of(t, c))
    return FG_NONE;
  uint32_t p = with_case(t, c, "in");
  return p != FG_NONE && p > c && names_kind(t, p, FG_KIND_COUNTRY) ? p : FG_NONE;
}

/* "launched strikes against targets in X", "an attack on positions in
 * X": the place an unnamed target c (list attack-target-noun) of an attack
 * noun (list deadly-event) lies in, when the path asks for "on" or
 * "against", else FG_NONE. */
static uint32_t place_of_attack_target(const Tree *t, uint32_t c, const char *prep) {
  uint32_t e = parent(t, c);
  if ((strcmp(prep, "on") != 0 && strcmp(prep, "against") != 0) || e == FG_NONE ||
      word(t, e)->upos != FG_UPOS_NOUN || !lemma_listed(t, e, "deadly-event") ||
      !lemma_listed(t, c, "attack-target-noun") || mention_of(t, c))
    return FG_NONE;
  uint32_t p = with_case(t, c, "in");
  return p != FG_NONE && p > c && names_place(t, p) ? p : FG_NONE;
}

/* A parser slip: "X represents Y in the state Senate" with "in the
 * Senate" hung on the name Y: an organisation there is the verb's. */
static uint32_t body_after_object(const Tree *t, uint32_t v) {
  uint32_t o = word(t, v)->upos == FG_UPOS_VERB ? child_is(t, v, "obj") : FG_NONE;
  uint32_t c = o != FG_NONE && word(t, o)->upos == FG_UPOS_PROPN ? with_case(t, o, "in") : FG_NONE;
  return c != FG_NONE && c > o && names_kind(t, c, FG_KIND_ORG) ? c : FG_NONE;
}

/* The "in" phrase after noun a when a names no one, else FG_NONE. */
static uint32_t in_after_unnamed(const Tree *t, uint32_t a) {
  if (a == FG_NONE || word(t, a)->upos != FG_UPOS_NOUN || mention_of(t, a))
    return FG_NONE;
  uint32_t in = with_case(t, a, "in");
  return in > a ? in : FG_NONE;
}

/* A parser slip: "X was killed by a sniper in Y" with "in Y" hung on
 * the agent: the "in" phrase of an agent that names no one is the
 * verb's. */
static uint32_t in_after_unnamed_agent(const Tree *t, uint32_t v) {
  return in_after_unnamed(t, word(t, v)->upos == FG_UPOS_VERB ? agent(t, v) : FG_NONE);
}

/* The same slip with a companion: "X lives with his wife in Y", "in Y"
 * hung on the wife. */
static uint32_t in_after_unnamed_companion(const Tree *t, uint32_t v) {
  return in_after_unnamed(t, word(t, v)->upos == FG_UPOS_VERB ? with_case(t, v, "with") : FG_NONE);
}

/* "Kenyan troops captured Y", "Kenya's army seized Y": the demonym or the
 * country's possessive modifying subject s when s is a noun of a state's
 * troops (list troop-noun), else FG_NONE. Only the rows that ask for it
 * read it: "jailed by Kenyan forces" may be anyone's mission, a capture or
 * an invasion by a state's troops is the state's. */
static uint32_t troops_demonym(const Tree *t, uint32_t s) {
  if (s == FG_NONE || word(t, s)->upos != FG_UPOS_NOUN || !lemma_listed(t, s, "troop-noun"))
    return FG_NONE;
  for (uint32_t c = t->first_child[s]; c != FG_NONE; c = t->next_sibling[c]) {
    const FgMention *m = fg_mention_at(t->doc, t->ps->token[c]);
    if (!m || m->entity == FG_NONE)
      continue;
    if ((rel_is(t, c, "amod") && m->kind == FG_MENTION_DEMONYM) ||
        (rel_is(t, c, "nmod:poss") && m->kind == FG_MENTION_NAME &&
         (t->doc->entities->items[m->entity].kind & FG_KIND_COUNTRY)))
      return c;
  }
  return FG_NONE;
}

/* "moved it from A to B" with "to B" hung on "from A": that phrase. */
static uint32_t to_after_from(const Tree *t, uint32_t c) {
  uint32_t k = case_of(t, c), to = with_case(t, c, "to");
  return k != FG_NONE && lemma_is(t, k, "from") && to > c ? to : FG_NONE;
}

/* "sold the company to Y" with "to Y" hung on the object: a verb's "to"
 * phrase the parser made a phrase of its common-noun object, else FG_NONE. */
static uint32_t to_on_object(const Tree *t, uint32_t v) {
  uint32_t o = word(t, v)->upos == FG_UPOS_VERB ? child_is(t, v, "obj") : FG_NONE;
  if (o == FG_NONE || word(t, o)->upos != FG_UPOS_NOUN)
    return FG_NONE;
  uint32_t to = with_case(t, o, "to");
  return to != FG_NONE && to > o && rel_base(t, to, "nmod") ? to : FG_NONE;
}

/* "X retook Y after heavy fighting with Z": the logical subject of the
 * clause whose "after", "during" or "in" phrase the noun v heads (as an
 * obl, or an advcl when the parser read "after" as a mark); else FG_NONE.
 * Not an object ("X reported clashes" are not X's), nor "amid" (a
 * backdrop: "X recalled its envoy amid clashes with Z"). */
static uint32_t amid_subject(const Tree *t, uint32_t v) {
  static const char *const WHEN[] = {"after", "during", "in"};
  uint32_t h = parent(t, v);
  if (h == FG_NONE || !(rel_base(t, v, "obl") || rel_is(t, v, "advcl")))
    return FG_NONE;
  for (uint32_t c = t->first_child[v]; c != FG_NONE; c = t->next_sibling[c])
    if ((rel_is(t, c, "case") || rel_is(t, c, "mark")) && c < v)
      for (size_t i = 0; i < sizeof WHEN / sizeof WHEN[0]; i++)
        if (lemma_is(t, c, WHEN[i]))
          return logical_subject(t, h, 0);
  return FG_NONE;
}

/* "X co-founded Y with Z" with "with Z" hung on the object's name: a
 * name takes no "with" phrase of its own, so one right after the name
 * of an active verb's object is the verb's (not "founded Y and a firm
 * with Z", whose phrase is on a common noun). */
static uint32_t with_on_object_name(const Tree *t, uint32_t v, const char *prep) {
  uint32_t o = child_is(t, v, "obj");
  if (strcmp(prep, "with") != 0 || o == FG_NONE || passive(t, v))
    return FG_NONE;
  const FgMention *m = fg_mention_at(t->doc, t->ps->token[o]);
  if (!m || m->kind != FG_MENTION_NAME)
    return FG_NONE;
  for (uint32_t c = t->first_child[o]; c != FG_NONE; c = t->next_sibling[c]) {
    uint32_t k = case_of(t, c);
    if (rel_base(t, c, "nmod") && k != FG_NONE && lemma_is(t, k, prep) &&
        t->ps->token[k] == m->last)
      return c;
  }
  return FG_NONE;
}

/* "The suit was filed by the X Union against Y": the passive verb's case
 * phrase hung by the parser on its agent's name; a name takes no such
 * phrase of its own (but "of": "the Bank of Y"), so it is the verb's. */
static uint32_t case_on_agent_name(const Tree *t, uint32_t v, const char *prep) {
  if (!passive(t, v) || strcmp(prep, "of") == 0)
    return FG_NONE;
  uint32_t a = agent(t, v);
  const FgMention *m = a != FG_NONE ? fg_mention_at(t->doc, t->ps->token[a]) : NULL;
  if (!m || m->kind != FG_MENTION_NAME)
    return FG_NONE;
  for (uint32_t c = a + 1; c < t->ps->count; c++) {
    uint32_t k = case_of(t, c), h = parent(t, c);
    if (rel_base(t, c, "nmod") && k != FG_NONE && lemma_is(t, k, prep) && h != FG_NONE &&
        fg_mention_at(t->doc, t->ps->token[h]) == m && fg_mention_at(t->doc, t->ps->token[c]) != m)
      return c;
  }
  return FG_NONE;
}

/* c is a noun's case phrase after trigger v hung on that noun beside it:
 * "the owner of a bakery in Y" with "in Y" on "owner". */
static bool noun_phrase_after(const Tree *t, uint32_t c, uint32_t v) {
  return rel_base(t, c, "nmod") && c > v && parent(t, c) == parent(t, v) &&
         word(t, parent(t, c))->upos == FG_UPOS_NOUN;
}

/* The entity of the one organisation the sentence names, or FG_NONE when
 * it names none or several: one walk per sentence. */
static uint32_t sole_organisation(const Tree *t) {
  uint32_t org = FG_NONE;
  for (uint32_t w = 0; w < t->ps->count; w++) {
    const FgMention *m = fg_mention_at(t->doc, t->ps->token[w]);
    if (!m || m->kind != FG_MENTION_NAME || !names_kind(t, w, FG_KIND_ORG) || m->entity == org)
      continue;
    if (org != FG_NONE)
      return FG_NONE;
    org = m->entity;
  }
  return org;
}

/* The word w names the sentence's one organisation. */
static bool names_sole_org(const Tree *t, uint32_t w) {
  const FgMention *m = w != FG_NONE ? fg_mention_at(t->doc, t->ps->token[w]) : NULL;
  return m && t->sole_org != FG_NONE && m->entity == t->sole_org;
}

/* A bare title names no organisation of its own; when the sentence names
 * only one, the title is of it where the clause holding the title is that
 * organisation's report ("X said chief executive Y would retire") or is
 * conjoined to a verb whose object it is ("Y joined X and became chief
 * executive"). A person reporting, or a second organisation ("X told
 * Reuters that ..."), says nothing of whose title it is. */
static uint32_t sentence_firm(const Tree *t, uint32_t v) {
  uint32_t c = v;
  for (unsigned d = 0; c != FG_NONE && word(t, c)->upos != FG_UPOS_VERB && d < MAX_CLIMB; d++)
    c = parent(t, c);
  if (c == FG_NONE || word(t, c)->upos != FG_UPOS_VERB || parent(t, c) == FG_NONE)
    return FG_NONE;
  uint32_t h = parent(t, c);
  uint32_t firm = rel_is(t, c, "ccomp")  ? child_is(t, h, "nsubj")
                  : rel_is(t, c, "conj") ? logical_object(t, h)
                                         : FG_NONE;
  return names_sole_org(t, firm) ? firm : FG_NONE;
}

/* "X bought Y in 2001 and sold it to Z", "who founded Y, sold it": the
 * first "it" that is a verb's object stands for the one organisation
 * named as an object before it; with another organisation named before
 * it other than a subject ("bought Y and W and sold it"), or an "it" that
 * opens a clause ("made it clear that"), for none. One walk per sentence. */
static void find_it_object(Tree *t) {
  const FgMention *object = NULL;
  uint32_t named = FG_NONE;
  bool other = false;
  for (uint32_t w = 0; w < t->ps->count; w++) {
    if (rel_is(t, w, "obj") && word(t, w)->upos == FG_UPOS_PRON && lemma_is(t, w, "it")) {
      uint32_t h = parent(t, w);
      if (named != FG_NONE && !other && h != FG_NONE && child_is(t, h, "xcomp") == FG_NONE &&
          child_is(t, h, "ccomp") == FG_NONE) {
        t->it_object = w;
        t->it_stands_for = named;
      }
      return;
    }
    const FgMention *m = fg_mention_at(t->doc, t->ps->token[w]);
    if (!m || m->kind != FG_MENTION_NAME || !names_kind(t, w, FG_KIND_ORG) || m == object)
      continue;
    uint32_t top = name_top(t, w);
    if (rel_base(t, top, "nsubj"))
      continue;
    if (rel_is(t, top, "obj") && !object) {
      object = m;
      named = top;
    } else {
      other = true;
    }
  }
}

/* "A and B restored relations": v's object is a noun of ties (list
 * reciprocal-noun) with no other party of its own ("relations with C"),
 * so the subject's conjuncts hold them with each other. */
static bool reciprocal_object(const Tree *t, uint32_t v) {
  uint32_t o = child_is(t, v, "obj");
  if (o == FG_NONE || !lemma_listed(t, o, "reciprocal-noun"))
    return false;
  for (uint32_t c = t->first_child[o]; c != FG_NONE; c = t->next_sibling[c])
    if (rel_base(t, c, "nmod") && case_of(t, c) != FG_NONE &&
        (lemma_is(t, case_of(t, c), "with") || lemma_is(t, case_of(t, c), "between")))
      return false;
  return true;
}

/* "based around Y, in eastern Z": an "in" phrase of v set off by a comma
 * right after v's phrase naming a place says where that place is, not a
 * second place of v's own. */
static bool container_of_place_before(const Tree *t, uint32_t v, uint32_t c, const char *prep) {
  uint32_t k = case_of(t, c);
  if (strcmp(prep, "in") != 0 || k == FG_NONE || k < 2 || k > c || !lemma_is(t, k - 1, ","))
    return false;
  const FgMention *m = mention_of(t, k - 2);
  if (!m || m->kind != FG_MENTION_NAME || !names_kind(t, k - 2, FG_KIND_PLACE))
    return false;
  for (uint32_t p = t->first_child[v]; p != FG_NONE && p < c; p = t->next_sibling[p])
    if (case_phrase(t, v, p) && mention_of(t, p) == m)
      return true;
  return false;
}

/* The words one path gives from trigger v, without conjuncts. */
static void follow(const Tree *t, uint32_t v, const FgDepPath *path, Words *out) {
  switch (path->kind) {
  case FG_PATH_COSUBJ: /* the subject's conjuncts: each pair once, in try_rule */
    /* "A and B married friends": they did not marry each other */
    if (child_is(t, v, "obj") != FG_NONE && !reciprocal_object(t, v))
      break;
    /* fall through */
  case FG_PATH_SUBJ:
    if (!officiant_agent(t, v) && !add_couple(t, logical_subject(t, v, 0), out))
      add(out, logical_subject(t, v, 0));
    break;
  case FG_PATH_COARG: /* "between A and B": the subject found, its conjuncts */
    if (!other_party_named(t, v))
      add(out, t->coarg);
    break;
  case FG_PATH_LEADER:
    add(out, operation_leader(t, logical_subject(t, v, 0)));
    break;
  case FG_PATH_JOINER:
    add(out, group_joiner(t, logical_subject(t, v, 0)));
    break;
  case FG_PATH_GOVOBJ:
    add(out, governor_object(t, v));
    break;
  case FG_PATH_GOVPOSS:
    governor_owner(t, out);
    break;
  case FG_PATH_TROOPS:
    /* a gov= row's noun: "Kenyan troops took control of Y" */
    if (t->case_on_governor && rel_is(t, v, "obj") && parent(t, v) == t->governor)
      add(out, troops_demonym(t, logical_subject(t, t->governor, 0)));
    else
      add(out, troops_demonym(t, logical_subject(t, v, 0)));
    break;
  case FG_PATH_RELSUBJ:
    if (passive(t, v) && agent(t, v) == FG_NONE && passive_in_which(t, v) != FG_NONE)
      add(out, logical_subject(t, passive_in_which(t, v), 0));
    break;
  case FG_PATH_OBJ:
    if (logical_object(t, v) == t->it_object && t->it_object != FG_NONE) {
      add(out, t->it_stands_for);
      break;
    }
    add_titled_person_or(t, logical_object(t, v), out);
    break;
  case FG_PATH_OBJPOSS:
    add(out, object_owner(t, v));
    break;
  case FG_PATH_XOBJ:
    if (child_is(t, v, "xcomp") != FG_NONE) {
      uint32_t x = child_is(t, v, "xcomp");
      add(out, logical_object(t, x));
      add_infinitive_target(t, x, out);
    }
    break;
  case FG_PATH_CASE:
    /* the pattern's people by place before the tree's tangle */
    if ((strcmp(path->word, "by") == 0 || strcmp(path->word, "of") == 0) &&
        of_by_person(t, v, true) != FG_NONE) {
      add(out, of_by_person(t, v, strcmp(path->word, "by") == 0));
      break;
    }
    if (strcmp(path->word, "by") == 0) {
      add(out, agent(t, v));
      break;
    }
    if (strcmp(path->word, "in") == 0 &&
        (organisation_in_event(t, v) || place_in_event(t, v)))
      break;
    /* every such dependent: "editor at large at the Gazette" */
    for (uint32_t c = t->first_child[v]; c != FG_NONE; c = t->next_sibling[c]) {
      phrases_on_adverb(t, c, path->word, out);
      if (!case_phrase(t, v, c) || container_of_place_before(t, v, c, path->word))
        continue;
      /* "died in 1994 at his home in Y": a year is no argument, and would
       * keep the later ways of finding one from being tried */
      if (word(t, c)->upos == FG_UPOS_NUM && !names_kind(t, c, FG_KIND_ANY) &&
          strcmp(path->word, "in") == 0)
        continue;
      for (uint32_t j = t->first_child[c]; j != FG_NONE; j = t->next_sibling[j])
        if (rel_is(t, j, "conj"))
          phrases_on_adverb(t, j, path->word, out);
      uint32_t k = object_for_phrase(t, v, c) ? opening_case(t, c) : case_of(t, c),
               slip = name_before_noun(t, c, path->word);
      if (slip != FG_NONE)
        add(out, slip);
      else if (k != FG_NONE && lemma_is(t, k, path->word) &&
               !(strcmp(path->word, "of") == 0 && office_country(t, v, c))) {
        add_titled_person_or(t, c, out);
        add(out, town_of_address(t, c));
        add(out, whole_of_region(t, c, path->word));
        add(out, place_of_settlement(t, c, path->word));
        add(out, place_of_event(t, c, path->word));
        add(out, country_of_target(t, c, path->word));
        add(out, place_of_attack_target(t, c, path->word));
      } else if (k != FG_NONE && lemma_is(t, k, "on"))
        add(out, whole_of_region(t, c, path->word));
    }
    /* the preposition made the dependent, also as an adverb ("who works
     * for X" with X hung below "for") */
    for (uint32_t c = t->first_child[v]; out->count == 0 && c != FG_NONE; c = t->next_sibling[c])
      if ((rel_base(t, c, "obl") || rel_base(t, c, "nmod") || rel_is(t, c, "advmod")) &&
          lemma_is(t, c, path->word))
        add(out, noun_below_preposition(t, c));
    if (out->count == 0 && word(t, v)->upos == FG_UPOS_NOUN)
      add(out, subject_after_mark(t, v, path->word));
    if (out->count == 0)
      add(out, case_phrase_listed_after(t, v, path->word));
    if (out->count == 0 && word(t, v)->upos == FG_UPOS_NOUN)
      add(out, place_after_marked_participle(t, v, path->word));
    if (out->count == 0 && strcmp(path->word, "at") == 0)
      add(out, at_after_of(t, v));
    /* a noun's "to" phrase hung on its "of" phrase, which it ends ("the
     * sale of X to Y") */
    if (out->count == 0 && strcmp(path->word, "to") == 0 && word(t, v)->upos == FG_UPOS_NOUN &&
        with_case(t, v, "of") != FG_NONE && with_case(t, v, "of") > v)
      add(out, case_ending(t, with_case(t, v, "of"), "to"));
    /* where one studies or works, not where a thing was done ("launched
     * production at Y") */
    if (out->count == 0 && strcmp(path->word, "at") == 0 && t->body_object)
      add(out, at_after_object(t, v));
    if (out->count == 0 && (strcmp(path->word, "in") == 0 || strcmp(path->word, "at") == 0))
      add(out, where_relative(t, v));
    if (out->count == 0 && strcmp(path->word, "in") == 0)
      add(out, in_after_at(t, v));
    if (out->count == 0 && strcmp(path->word, "in") == 0)
      add(out, in_below_site(t, v));
    if (out->count == 0)
      add(out, case_under_as(t, v, path->word));
    if (out->count == 0 && strcmp(path->word, "in") == 0)
      add(out, body_after_object(t, v));
    if (out->count == 0 && strcmp(path->word, "in") == 0) {
      uint32_t in = in_after_unnamed_agent(t, v);
      add(out, in);
      /* "killed by troops in a bombing in Y": the place of that event */
      if (in != FG_NONE)
        add(out, place_of_event(t, in, path->word));
    }
    if (out->count == 0 && strcmp(path->word, "in") == 0)
      add(out, in_after_unnamed_companion(t, v));
    if (out->count == 0)
      add(out, case_after_date(t, v, path->word));
    if (out->count == 0 && strcmp(path->word, "from") == 0)
      add(out, from_on_named_object(t, v));
    /* "claimed responsibility for Y" with "for Y" hung on the verb */
    if (out->count == 0 && t->case_on_governor && parent(t, v) != FG_NONE)
      for (uint32_t c = t->first_child[governs_from_relative(t, v) ? t->governor : parent(t, v)];
           c != FG_NONE; c = t->next_sibling[c]) {
        if ((rel_base(t, c, "obl") || noun_phrase_after(t, c, v)) && case_of(t, c) != FG_NONE &&
            lemma_is(t, case_of(t, c), path->word))
          add(out, c);
        else if (rel_base(t, c, "obl") && strcmp(path->word, "to") == 0)
          add(out, to_after_from(t, c));
      }
    if (out->count == 0 && t->case_on_governor && parent(t, v) != FG_NONE)
      add(out, case_on_agent_name(t, parent(t, v), path->word));
    /* "took place at a stadium in Y": the place of the site below it, for
     * a bare trigger (not "took first place at a contest in Y") */
    if (out->count == 0 && t->case_on_governor && strcmp(path->word, "in") == 0 &&
        parent(t, v) != FG_NONE && t->first_child[v] == FG_NONE)
      add(out, in_below_site(t, parent(t, v)));
    if (out->count == 0 && strcmp(path->word, "to") == 0)
      add(out, to_on_object(t, v));
    if (out->count == 0 && word(t, v)->upos == FG_UPOS_NOUN)
      case_under_of(t, v, path->word, out);
    if (out->count == 0 && word(t, v)->upos == FG_UPOS_NOUN)
      add(out, case_on_next_office(t, v, path->word));
    if (out->count == 0 && word(t, v)->upos == FG_UPOS_NOUN)
      add(out, titled_name_after_case(t, v, path->word));
    if (out->count == 0 && word(t, v)->upos == FG_UPOS_PROPN)
      add(out, case_beside(t, v, path->word));
    if (out->count == 0 && word(t, v)->upos == FG_UPOS_NOUN)
      add(out, place_of_toll(t, v, path->word));
    if (out->count == 0)
      add(out, copula_predicate_with_case(t, v, path->word));
    if (out->count == 0)
      add(out, with_on_object_name(t, v, path->word));
    break;
  case FG_PATH_POSS: {
    /* the name right before a name's "'s" beats the tree's possessor
       ("Pro-Rall VP's Ana Lind" with "Rall" the possessor) */
    uint32_t p = possessor_right_before_name(t, v);
    if (p == FG_NONE)
      p = child_is(t, v, "nmod:poss");
    if (p != FG_NONE && lemma_is(t, p, "whose"))
      p = whose_antecedent_name(t, p);
    if (p == FG_NONE)
      p = whose_before(t, v);
    add(out, p != FG_NONE ? p : stray_possessive(t, v));
    if (out->count == 0)
      add(out, possessive_of_head_noun(t, v));
    if (out->count == 0)
      add(out, possessive_read_as_subject(t, v));
    if (out->count == 0)
      add(out, appointer(t, v));
    if (out->count == 0)
      add(out, possessor_of_coordinated_noun(t, v));
    break;
  }
  case FG_PATH_MOD: {
    /* "opposition leader": the leader of the opposition, not of the
     * country an adjective also names ("Kenyan opposition leader"); an
     * organisation's name before that noun is still the one the title
     * belongs to ("the Brightwater art major", "a Norstad associate
     * professor") */
    uint32_t noun = FG_NONE;
    for (uint32_t c = t->first_child[v]; c != FG_NONE && noun == FG_NONE; c = t->next_sibling[c])
      if (rel_base(t, c, "compound") && word(t, c)->upos == FG_UPOS_NOUN &&
          !fg_mention_at(t->doc, t->ps->token[c]))
        noun = c;
    /* a person's nation is whatever the noun, by a nation's adjective ("a
     * Dutch aid worker"; "a Qatar construction worker" works there) */
    for (uint32_t c = t->first_child[v]; c != FG_NONE; c = t->next_sibling[c])
      if ((rel_base(t, c, "compound") || rel_base(t, c, "amod")) &&
          (noun == FG_NONE || organisation_name(t, c) ||
           (t->nationality && demonym_word(t, c))) &&
          !bare_body_noun(t, c, v))
        add(out, c);
    /* "X, a Chinese national working for Y" with the words hung apart:
     * the adjective right before the noun */
    if (out->count == 0 && v > 0 && word(t, v - 1)->upos == FG_UPOS_ADJ &&
        name_before_participle_phrase(t, v) != FG_NONE)
      add(out, v - 1);
    /* "the Kenyan port city", "a Madrid solar company": a place before
     * a place's or a firm's noun is where it is */
    if (out->count == 0 && noun != FG_NONE &&
        (in_list(t, FG_LIST_PLACE_HEAD, v) || firm_noun(t, v) ||
         lemma_listed(t, v, "trade-group-noun")))
      place_noun_modifier(t, v, noun, out);
    /* "opponents of Q.R. President X's plan" with the initials not hung
     * on the title: a country's initials right before a capitalised title
     * are whose it is (a longer name there may be the title's own words:
     * "Deputy Treasury Secretary"; an organisation's initials may open the
     * holder's name) */
    if (out->count == 0 && v > 0 && in_list(t, FG_LIST_PERSON_TITLE, v) &&
        name_before_title(t, v) && initials_word(t, v - 1)) {
      const FgMention *m = fg_mention_at(t->doc, t->ps->token[v - 1]);
      if (m && m->entity != FG_NONE &&
          t->doc->entities->items[m->entity].kind == FG_KIND_COUNTRY)
        add(out, v - 1);
    }
    for (size_t i = 0, n = out->count; i < n; i++)
      add(out, hyphened_before(t, out->at[i]));
    break;
  }
  case FG_PATH_SELF:
    /* a place noun that is its name's own word ("Dawes County, Neb.")
     * describes that name, not the place set off after it */
    if (in_list(t, FG_LIST_PLACE_HEAD, v) && word(t, v)->upos == FG_UPOS_PROPN && mention_of(t, v) &&
        mention_of(t, v)->kind == FG_MENTION_NAME)
      break;
    if (two_people_after_comma(t, v, out))
      break;
    add(out, described_by_conjuncts(t, v));
    if (out->count == 0 && title_noun_before(t, v) != FG_NONE)
      add(out, described(t, title_noun_before(t, v)));
    if (out->count == 0)
      add(out, name_before_participle_phrase(t, v));
    /* "on the eve of the X, the spring pilgrimage to Y": an apposition hung
     * on a noun naming nothing is the name's right before its comma */
    if (out->count == 0 || !mention_of(t, out->at[0]))
      add(out, apposition_before(t, v));
    /* "former members of Y, including A and B" */
    if (out->count == 0)
      add_examples(t, v, out);
    if (out->count == 0)
      add_examples_hung_on_modifier(t, v, out);
    break;
  case FG_PATH_IT:
    add(out, v);
    break;
  case FG_PATH_GOVSUBJ:
    /* "X voiced support for Y", "X issued a condemnation of Y" */
    if (governs_from_relative(t, v)) /* "sanctions, which X imposed" */
      add(out, logical_subject(t, t->governor, 0));
    else if (rel_is(t, v, "obj") && parent(t, v) != FG_NONE)
      add(out, logical_subject(t, parent(t, v), 0));
    /* "a lawsuit against Y was filed by X": the passive's agent */
    else if (rel_is(t, v, "nsubj:pass") && parent(t, v) != FG_NONE)
      add(out, agent(t, parent(t, v)));
    /* for a gov= row, the "of" phrase of a noun stands for its object:
     * "X, the owner of a bakery in Y" as "X owns a bakery in Y" */
    else if (t->case_on_governor && t->governor == parent(t, v) && rel_base(t, v, "nmod") &&
             word(t, t->governor)->upos == FG_UPOS_NOUN && case_of(t, v) != FG_NONE &&
             lemma_is(t, case_of(t, v), "of"))
      add(out, described_by_conjuncts(t, t->governor));
    break;
  case FG_PATH_AMID:
    add(out, amid_subject(t, v));
    break;
  case FG_PATH_COMPOUND:
    /* "US-led", "Paris-based", "Norstad-owned": the name before the
     * participle, as compound or as a bare noun-phrase modifier */
    for (uint32_t c = t->first_child[v]; c != FG_NONE && c < v; c = t->next_sibling[c])
      if (rel_base(t, c, "compound") || rel_is(t, c, "obl:unmarked") ||
          rel_is(t, c, "obl:npmod") || rel_is(t, c, "nmod:npmod") ||
          rel_is(t, c, "nmod:unmarked"))
        add(out, c);
    if (out->count == 0)
      add(out, hyphened_to_participle(t, v));
    break;
  case FG_PATH_APPOS:
    /* parsers give "Irving, Texas" as appos, flat, list or nmod:unmarked:
     * any of them after a comma */
    for (uint32_t c = t->first_child[v]; c != FG_NONE; c = t->next_sibling[c]) {
      uint32_t first = phrase_start(t, c);
      if (rel_is(t, c, "appos") || place_apposition_conj(t, c) ||
          ((rel_base(t, c, "flat") || rel_is(t, c, "nmod:unmarked") ||
            rel_is(t, c, "list")) &&
           first > 0 && word(t, first - 1)->upos == FG_UPOS_PUNCT &&
           lemma_is(t, first - 1, ",")))
        add(out, c);
    }
    add(out, apposition_of_neighbour(t, v));
    if (rel_is(t, v, "conj"))
      add(out, place_chain_next(t, v));
    break;
  case FG_PATH_TITLE: {
    uint32_t p = title_person(t, v);
    add(out, p != FG_NONE ? p : org_role_person(t, v).person);
    break;
  }
  case FG_PATH_BEFORE: {
    /* "Emeritus Professor X" with "Emeritus" an organisation's mention:
     * the parser made the title a word of that name, the name a person's */
    uint32_t h = title_holder(t, v);
    if (h != FG_NONE && names_kind(t, h, FG_KIND_ORG) && parent(t, v) == h && rel_base(t, v, "flat"))
      h = FG_NONE;
    add(out, h != FG_NONE ? h : org_role_person(t, v).org);
    break;
  }
  case FG_PATH_NAMEOF:
    title_country(t, v, out);
    break;
  case FG_PATH_NEXT:
    add(out, named_after_comma(t, v));
    break;
  case FG_PATH_PREV:
    add(out, named_before_comma(t, v));
    break;
  case FG_PATH_ALONE:
    /* "X moved to Y", not "X moved the embassy to Y" */
    if (child_is(t, v, "obj") == FG_NONE && !passive(t, v))
      add(out, logical_subject(t, v, 0));
    break;
  case FG_PATH_PARTOF:
    whole_of_part(t, v, out);
    break;
  case FG_PATH_COUNTRY: /* an entity, not a word: see arguments() */
  case FG_PATH_OPENS:
    break;
  case FG_PATH_FIRM:
    add(out, sentence_firm(t, v));
    break;
  }
}

/* "Mr. A and Mr. B met" with B hung on A as flat: a name of its own
 * after "and" is A's conjunct, not a word of A's name. */
static bool name_after_and(const Tree *t, uint32_t w, uint32_t c) {
  uint32_t first = phrase_start(t, c);
  const FgMention *a = fg_mention_at(t->doc, t->ps->token[w]);
  const FgMention *b = fg_mention_at(t->doc, t->ps->token[c]);
  bool and = word(t, first)->upos == FG_UPOS_CCONJ ||
             (first > w + 1 && word(t, first - 1)->upos == FG_UPOS_CCONJ);
  return rel_base(t, c, "flat") && and && a && b && a != b && b->kind == FG_MENTION_NAME;
}

/* "signed by X and by Y": the phrase "and by Y" right after the agent
 * x's phrase, which the parser hung elsewhere, is a conjunct of x. */
static uint32_t agent_after_and(const Tree *t, uint32_t x) {
  uint32_t k = case_of(t, x);
  if (k == FG_NONE || !lemma_is(t, k, "by"))
    return FG_NONE;
  uint32_t next = phrase_end(t, x) + 1;
  for (uint32_t c = next + 1; c < t->ps->count; c++) {
    uint32_t cc = child_is(t, c, "cc"), ck = case_of(t, c);
    if (cc != FG_NONE && ck != FG_NONE && lemma_is(t, cc, "and") && lemma_is(t, ck, "by") &&
        phrase_start(t, c) == next && parent(t, c) != x)
      return c;
  }
  return FG_NONE;
}

/* Whether some word of ws is a word of the mention m. */
static bool mention_in(const Tree *t, const Words *ws, const FgMention *m) {
  for (size_t i = 0; i < ws->count; i++)
    if (mention_of(t, ws->at[i]) == m)
      return true;
  return false;
}

/* The end of a place phrase "of the US" or "in Y" at token at, after a
 * name in a list ("X of the US and Y of the UK"); at when none is. */
static size_t after_place_tail(const Tree *t, size_t at) {
  const FgDocAnalysis *doc = t->doc;
  size_t k = at;
  if (k + 1 >= t->s->last ||
      !(fg_tok_is(&doc->tok.tokens[k], "of") || fg_tok_is(&doc->tok.tokens[k], "in")))
    return at;
  k++;
  if (fg_tok_is(&doc->tok.tokens[k], "the"))
    k++;
  const FgMention *m = k < t->s->last ? fg_mention_at(doc, k) : NULL;
  return m && m->first == k && m->kind == FG_MENTION_NAME && m->entity != FG_NONE &&
                 (doc->entities->items[m->entity].kind & (FG_KIND_PLACE | FG_KIND_COUNTRY))
             ? m->last
             : at;
}

/* "a team from X and Y of the US and the Z of the UK": the names listed
 * right after the name at w, read by position, since the parser hangs
 * long lists of names in many wrong shapes. A list is names of w's kind
 * of entity joined by commas and "and", each maybe followed by its place
 * ("of the US"), with an "and" before its last; nothing when it has no
 * "and" ("Dunmere, Harlow" is an apposition). Adds their first words
 * that no word of ws names yet. */
static void add_listed_after(const Tree *t, uint32_t w, Words *ws) {
  const FgDocAnalysis *doc = t->doc;
  const FgMention *m = mention_of(t, w);
  if (!m || m->kind != FG_MENTION_NAME || m->entity == FG_NONE)
    return;
  unsigned kind = doc->entities->items[m->entity].kind;
  Words listed = {{0}, 0};
  bool and_seen = false;
  for (size_t at = m->last;;) {
    at = after_place_tail(t, at);
    bool comma = at < t->s->last && fg_tok_is(&doc->tok.tokens[at], ",");
    at += comma;
    bool and = at < t->s->last && fg_tok_is(&doc->tok.tokens[at], "and");
    at += and;
    if (!comma && !and)
      break;
    if (at < t->s->last && fg_tok_is(&doc->tok.tokens[at], "the"))
      at++;
    const FgMention *x = at < t->s->last ? fg_mention_at(doc, at) : NULL;
    if (!x || x->first != at || x->kind != FG_MENTION_NAME || x->entity == FG_NONE ||
        !(doc->entities->items[x->entity].kind & kind) || word_at(t, at) == FG_NONE)
      break;
    and_seen = and_seen || and;
    add(&listed, word_at(t, at));
    at = x->last;
  }
  for (size_t i = 0; and_seen && i < listed.count; i++)
    if (!mention_in(t, ws, mention_of(t, listed.at[i])))
      add(ws, listed.at[i]);
}

/* Whether conjunct c has a title or noun of its own ("and professor Y":
 * the noun as the conjunct with the name below it, or a noun before the
 * name), so that it shares no description of the first conjunct
 * ("Kenyan journalist X and professor Y": Y is no Kenyan journalist). */
static bool own_description(const Tree *t, uint32_t c) {
  if (child_is(t, c, "nmod:desc") != FG_NONE || word(t, c)->upos == FG_UPOS_NOUN)
    return true;
  for (uint32_t k = t->first_child[c]; k != FG_NONE; k = t->next_sibling[k])
    if (k < c && rel_base(t, k, "compound") && word(t, k)->upos == FG_UPOS_NOUN)
      return true;
  return false;
}

/* A parser slip: a second verb read as a participle modifying its object,
 * conjoined with the first verb's object ("killed one soldier and wounded
 * X" with "wounded X" a conjunct of "soldier"): conjunct c whose "-ed"
 * modifier comes right after the "and" and right before a name. */
static bool verb_read_as_modifier(const Tree *t, uint32_t c) {
  for (uint32_t m = t->first_child[c]; m != FG_NONE && m < c; m = t->next_sibling[m]) {
    const FgWord *mw = word(t, m);
    size_t len = mw->form_len ? mw->form_len : strlen(mw->form);
    const FgMention *next = fg_mention_at(t->doc, t->ps->token[m + 1]);
    if (rel_base(t, m, "amod") && m > 0 && rel_base(t, m - 1, "cc") && parent(t, m - 1) == c &&
        next && next->kind == FG_MENTION_NAME && next->first == t->ps->token[m + 1] && len > 3 &&
        strncmp(mw->form + len - 2, "ed", 2) == 0)
      return true;
  }
  return false;
}

/* "sued Orsk Bank and Tamber Holdings" parsed as one phrase, the first
 * name hung as a compound of the second's head w: the first name's word,
 * else FG_NONE. */
static uint32_t name_compounded_before_and(const Tree *t, uint32_t w) {
  const FgMention *m = fg_mention_at(t->doc, t->ps->token[w]);
  if (!m || m->kind != FG_MENTION_NAME)
    return FG_NONE;
  for (uint32_t c = t->first_child[w]; c != FG_NONE && c < w; c = t->next_sibling[c]) {
    const FgMention *a = rel_base(t, c, "compound") ? fg_mention_at(t->doc, t->ps->token[c]) : NULL;
    if (a && a != m && a->kind == FG_MENTION_NAME && a->last + 1 == m->first &&
        fg_tok_is(&t->doc->tok.tokens[a->last], "and"))
      return c;
  }
  return FG_NONE;
}

/* Every conjunct shares its first conjunct's role ("Benin and Nigeria
 * joined"): UD hangs them all on the first. What a noun describes
 * (described) is not shared with a conjunct that has a title of its own
 * ("Ethiopian Prime Minister X, Kenyan President Y and ..."). */
static void add_conjuncts(const Tree *t, Words *ws, bool described) {
  size_t n = ws->count;
  for (size_t i = 0; i < n; i++)
    add(ws, name_compounded_before_and(t, ws->at[i]));
  for (size_t i = 0; i < n; i++)
    add(ws, agent_after_and(t, ws->at[i]));
  for (size_t i = 0; i < n; i++)
    add_listed_after(t, ws->at[i], ws);
  for (size_t i = 0; i < n; i++)
    for (uint32_t c = t->first_child[ws->at[i]]; c != FG_NONE; c = t->next_sibling[c])
      if ((rel_is(t, c, "conj") && !place_apposition_conj(t, c) &&
           !(described && own_description(t, c)) && !verb_read_as_modifier(t, c)) ||
          name_after_and(t, ws->at[i], c))
        add(ws, c);
}

/* "met (with) Ardanian President X (and Y)" with the demonym or name
 * before the title made the phrase's head: the person titled after w and
 * w's other conjuncts, not w; else w. */
static void add_titled_person_or(const Tree *t, uint32_t w, Words *out) {
  uint32_t p = w != FG_NONE ? titled_person_in(t, w) : FG_NONE;
  if (p == FG_NONE) {
    add(out, w);
    return;
  }
  add(out, p);
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c])
    if (rel_is(t, c, "conj"))
      add(out, c);
}

/* "its" naming an organisation: the possessive of a group just spoken
 * of, trusted where a subject "it" is not ("Its fighters captured Y"). */
static bool its_group(const Tree *t, const FgMention *m) {
  return m && m->kind == FG_MENTION_PRONOUN && m->entity != FG_NONE &&
         fg_tok_is(&t->doc->tok.tokens[m->first], "its") &&
         (t->doc->entities->items[m->entity].kind & FG_KIND_ORG);
}

/* The organisation whose people the noun w names by a possessive ("its
 * fighters", "the Vossen Front's fighters"); a country's possessive is
 * no actor ("Kenya's soldiers" may serve anyone's mission). */
static const FgMention *owning_organisation(const Tree *t, uint32_t w) {
  uint32_t p = child_is(t, w, "nmod:poss");
  const FgMention *m = p != FG_NONE ? fg_mention_at(t->doc, t->ps->token[p]) : NULL;
  if (!m || m->entity == FG_NONE || !(t->doc->entities->items[m->entity].kind & FG_KIND_ORG))
    return NULL;
  return m->kind == FG_MENTION_NAME || its_group(t, m) ? m : NULL;
}

/* The name of an entity of kinds in a phrase of w whose case word is a
 * or b (b may be NULL), also with the preposition made the dependent and
 * the name hung below it (a parser slip); else NULL. */
static const FgMention *name_after_case(const Tree *t, uint32_t w, const char *a, const char *b,
                                        unsigned kinds) {
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c]) {
    if (!rel_base(t, c, "nmod") && !rel_base(t, c, "obl"))
      continue;
    uint32_t k = case_of(t, c), n = c;
    if (k == FG_NONE && word(t, c)->upos == FG_UPOS_ADP) {
      k = c;
      n = child_is(t, c, "obj");
    }
    if (k == FG_NONE || n == FG_NONE || !(lemma_is(t, k, a) || (b && lemma_is(t, k, b))))
      continue;
    const FgMention *m = fg_mention_at(t->doc, t->ps->token[n]);
    /* "loyal to Sheikh X": the name after the title */
    if (!m && in_list(t, FG_LIST_PERSON_TITLE, n) && title_person(t, n) != FG_NONE)
      m = fg_mention_at(t->doc, t->ps->token[title_person(t, n)]);
    if (m && m->kind == FG_MENTION_NAME && m->entity != FG_NONE &&
        (t->doc->entities->items[m->entity].kind & kinds))
      return m;
  }
  return NULL;
}

/* The organisation named in "from" or "of" after a noun of its people
 * ("fighters from X", "militants of X"). */
static const FgMention *organisation_people_are_from(const Tree *t, uint32_t w) {
  /* a country's only by its troops ("soldiers from X invaded Y"; not
   * "fighters from X", who may be anyone's) */
  unsigned kinds = FG_KIND_ORG | (lemma_listed(t, w, "troop-noun") ? FG_KIND_COUNTRY : 0);
  return name_after_case(t, w, "from", "of", kinds);
}

static bool armed_men(const Tree *t, uint32_t w);

/* "Gunmen loyal to X", "gunmen working for X": the organisation or the
 * warlord the actor noun w is loyal to or serves, who commands them, also
 * when the parser made "loyal" the head and the noun its compound. */
static const FgMention *group_loyal_to(const Tree *t, uint32_t w) {
  unsigned kinds = FG_KIND_ORG | FG_KIND_PERSON;
  if (lemma_is(t, w, "loyal")) {
    uint32_t n = child_is(t, w, "compound");
    return n != FG_NONE && in_list(t, FG_LIST_ACTOR_NOUN, n)
               ? name_after_case(t, w, "to", NULL, kinds)
               : NULL;
  }
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c]) {
    if (rel_is(t, c, "amod") && lemma_is(t, c, "loyal"))
      return name_after_case(t, c, "to", NULL, kinds);
    /* "gunmen working for X", "militants fighting for X" (not lawyers:
     * only a noun of those who act) */
    if (rel_is(t, c, "acl") && present_participle(t, c) && lemma_listed(t, c, "serve-verb") &&
        (in_list(t, FG_LIST_ACTOR_NOUN, w) || armed_men(t, w)))
      return name_after_case(t, c, "for", NULL, kinds);
    /* "gunmen linked to X", "militants tied to X": the group they are
     * tied to acts through them (list group-link-verb) */
    if (rel_is(t, c, "acl") && past_participle(t, c) &&
        (in_list(t, FG_LIST_ACTOR_NOUN, w) || armed_men(t, w)) &&
        lemma_listed(t, c, "group-link-verb"))
      return name_after_case(t, c, "to", "with", FG_KIND_ORG);
    /* "rebels led by X", "fighters commanded by X": their commander acts
     * for them (list group-leader-verb) */
    if (rel_is(t, c, "acl") && past_participle(t, c) &&
        (in_list(t, FG_LIST_ACTOR_NOUN, w) || armed_men(t, w)) &&
        lemma_listed(t, c, "group-leader-verb")) {
      uint32_t a = agent(t, c);
      const FgMention *m = a != FG_NONE ? mention_of(t, a) : NULL;
      return m && m->entity != FG_NONE && (fg_mention_kind(t->doc, m) & kinds) ? m : NULL;
    }
  }
  return NULL;
}

/* "armed men", "masked men": men a modifier of list armed-modifier
 * makes gunmen, who act for the group they are from. */
static bool armed_men(const Tree *t, uint32_t w) {
  if (!lemma_is(t, w, "man"))
    return false;
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c])
    if (rel_is(t, c, "amod") && lemma_listed(t, c, "armed-modifier"))
      return true;
  return false;
}

/* "A Dastra court", "Tolvian prosecutors": the state or city named or
 * told by a demonym right before a noun of justice w; else NULL. */
static const FgMention *court_place_before(const Tree *t, uint32_t w) {
  for (uint32_t c = t->first_child[w]; c != FG_NONE && c < w; c = t->next_sibling[c]) {
    if (!rel_base(t, c, "compound") && !rel_is(t, c, "amod"))
      continue;
    const FgMention *m = fg_mention_at(t->doc, t->ps->token[c]);
    if (m && (m->kind == FG_MENTION_NAME || m->kind == FG_MENTION_DEMONYM) &&
        m->entity != FG_NONE &&
        (t->doc->entities->items[m->entity].kind & (FG_KIND_COUNTRY | FG_KIND_PLACE)))
      return m;
  }
  return NULL;
}

static bool dependent_in(const Tree *t, uint32_t w, const char *base,
                         FgListName list);

/* Whether the words from token first up to the noun w are all common
 * nouns compounded on w: "the Ashgrove Rovers football club" names the
 * club by "Ashgrove Rovers" across "football". */
static bool nouns_between(const Tree *t, size_t first, uint32_t w) {
  for (uint32_t u = w; u > 0 && t->ps->token[u - 1] >= first; u--)
    if (parent(t, u - 1) != w || !rel_base(t, u - 1, "compound") ||
        word(t, u - 1)->upos != FG_UPOS_NOUN)
      return false;
  return first <= t->ps->token[w];
}

/* The name a noun of its people ("forces", "soldiers", "regime") is
 * compounded with ("by U.S. forces"). */
static const FgMention *acting_name(const Tree *t, uint32_t w) {
  /* "Thousands of troops from X": a count stands for those it counts */
  if (word(t, w)->upos == FG_UPOS_NUM || lemma_listed(t, w, "count-noun"))
    for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c])
      if (rel_base(t, c, "nmod") && case_of(t, c) != FG_NONE && lemma_is(t, case_of(t, c), "of") &&
          in_list(t, FG_LIST_ACTOR_NOUN, c))
        return acting_name(t, c);
  /* capitalised first in the sentence, the noun is often tagged a name
   * ("Gunmen from Y abducted X") */
  bool noun = word(t, w)->upos == FG_UPOS_NOUN ||
              (w == 0 && word(t, w)->upos == FG_UPOS_PROPN && !fg_mention_at(t->doc, t->ps->token[w]));
  const FgMention *loyal = noun || word(t, w)->upos == FG_UPOS_ADJ ? group_loyal_to(t, w) : NULL;
  if (loyal)
    return loyal;
  /* "prosecutors in X", "a court in X" act for the state or city X
   * (list court-noun); "police in X" are police */
  if (noun && lemma_listed(t, w, "court-noun")) {
    const FgMention *in = name_after_case(t, w, "in", NULL, FG_KIND_COUNTRY | FG_KIND_PLACE);
    /* acted on, "two Kessarian judges" are those people, not their state
     * ("imposed sanctions on two Kessarian judges") */
    if (!in && !t->reading_subject && lemma_listed(t, w, "person-noun") &&
        has_feat(t, w, "Number=Plur"))
      return NULL;
    return in ? in : court_place_before(t, w);
  }
  /* "members of the Drask Front killed Y", "was shot by members of Y":
   * an organisation's members, as those who act, act for it; not as
   * those acted on ("members of Y were arrested"), nor one ("a member of
   * Y" is a person, whom a rule of membership reads); former members
   * act for themselves */
  if ((noun || word(t, w)->upos == FG_UPOS_PROPN) && lemma_is(t, w, "member") &&
      has_feat(t, w, "Number=Plur") &&
      (rel_is(t, w, "nsubj") || rel_is(t, w, "obl:agent")) &&
      !dependent_in(t, w, "amod", FG_LIST_FORMER))
    return name_after_case(t, w, "of", NULL, FG_KIND_ORG);
  if (!noun || !(in_list(t, FG_LIST_ACTOR_NOUN, w) || armed_men(t, w)))
    return NULL;
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c]) {
    const FgMention *m =
        rel_base(t, c, "compound") ? fg_mention_at(t->doc, t->ps->token[c]) : NULL;
    if (m && m->kind != FG_MENTION_DEMONYM && m->entity != FG_NONE)
      return m;
  }
  const FgMention *from = organisation_people_are_from(t, w);
  return from ? from : owning_organisation(t, w);
}

/* "the state of X owns Y", "owned by the people of X": a noun of a state
 * or a town's people (list state-agent-noun) followed by "of" and a
 * place's name acts as that place, a state or a city, when a row asks for
 * an agent and no place; "the family of X" is no such noun. */
static const FgMention *place_acting_by_noun(const Tree *t, uint32_t w, unsigned kinds) {
  if (!t->reading_subject || !(kinds & FG_KIND_COUNTRY) || (kinds & FG_KIND_PLACE) ||
      word(t, w)->upos != FG_UPOS_NOUN || !lemma_listed(t, w, "state-agent-noun"))
    return NULL;
  const FgMention *of = name_after_case(t, w, "of", NULL, FG_KIND_PLACE | FG_KIND_COUNTRY);
  /* "taken over by the Tolvian state": a country's demonym on the noun */
  return of ? of : country_of_state_noun(t, w);
}

/* n when a name opens at word n, else FG_NONE. */
static uint32_t name_opening(const Tree *t, uint32_t n) {
  const FgMention *m = n < t->ps->count ? fg_mention_at(t->doc, t->ps->token[n]) : NULL;
  return m && m->kind == FG_MENTION_NAME && m->first == t->ps->token[n] ? n : FG_NONE;
}

/* "The gunman who killed Y was identified as X": the name right after
 * "identified as" whose passive subject w is, by position, since parsers
 * hang that name anywhere; else FG_NONE. */
static uint32_t identified_as_subject(const Tree *t, uint32_t w) {
  uint32_t h = parent(t, w);
  if (h == FG_NONE || !rel_is(t, w, "nsubj:pass") || !word_is(t, h, "identified") ||
      h + 1 >= t->ps->count || !lemma_is(t, h + 1, "as"))
    return FG_NONE;
  return name_opening(t, h + 2);
}

/* "a gunman identified as X", "a man named X": the first word of the
 * name right after "identified as", "named" or "called" that follows the
 * noun w, however the parser hung it; else FG_NONE. */
static uint32_t person_identified(const Tree *t, uint32_t w) {
  uint32_t c = w + 1;
  /* also set off by a comma: "the suspect, identified as X, was charged" */
  if (c < t->ps->count && word_is(t, c, ","))
    c++;
  uint32_t n = c + 1;
  if (n >= t->ps->count)
    return FG_NONE;
  /* not the noun's own verb: "the minister called X a traitor" */
  if (finite(t, c) || child_is(t, c, "nsubj") == w)
    return FG_NONE;
  if (word_is(t, c, "identified") && lemma_is(t, n, "as"))
    n++;
  else if (!word_is(t, c, "named") && !word_is(t, c, "called"))
    return FG_NONE;
  return name_opening(t, n);
}

/* The name a common noun describes: the one right after it ("the
 * opposition X Party"), the one it is in apposition to ("X, the
 * Limassol-based firm that ..."; "X, a citizen who lives in Y") or the
 * subject of its copula ("X is a citizen who lived in Y"). */
static const FgMention *name_described(const Tree *t, uint32_t w) {
  /* "the Essen-based electricity grid operator" hung on "electricity" */
  while (rel_base(t, w, "compound") && parent(t, w) != FG_NONE &&
         word(t, parent(t, w))->upos == FG_UPOS_NOUN)
    w = parent(t, w);
  /* the title may be tagged an adjective ("the chief executive") */
  uint32_t titled = word(t, w)->upos == FG_UPOS_NOUN || word(t, w)->upos == FG_UPOS_ADJ
                        ? subject_title_after_name(t, w)
                        : FG_NONE;
  if (titled != FG_NONE)
    return fg_mention_at(t->doc, t->ps->token[titled]);
  if (word(t, w)->upos != FG_UPOS_NOUN)
    return NULL;
  uint32_t called = name_called(t, w);
  if (called != FG_NONE)
    return fg_mention_at(t->doc, t->ps->token[called]);
  /* "the opposition X Party", "the group X": a name right after the noun
   * that the parser hangs on it without a preposition */
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c]) {
    const FgMention *n = fg_mention_at(t->doc, t->ps->token[c]);
    /* its last word may be tagged a common noun ("the firm Orvel Lines") */
    if (n && n->kind == FG_MENTION_NAME && n->first == t->ps->token[w] + 1 &&
        (word(t, c)->upos == FG_UPOS_PROPN || n->last == t->ps->token[c] + 1) &&
        case_of(t, c) == FG_NONE && (rel_base(t, c, "nmod") || rel_base(t, c, "flat")))
      return n;
  }
  /* "the Essen-based company Velm Systems hired" parsed as two subjects
   * (or objects) of one verb: the name right after the noun, in the same
   * relation to the same head; after an object also a bare obl ("founded
   * the software company Nubra in 2005") */
  uint32_t head = parent(t, w);
  for (uint32_t c = head != FG_NONE ? t->first_child[head] : FG_NONE; c != FG_NONE;
       c = t->next_sibling[c]) {
    const FgMention *n = c > w ? fg_mention_at(t->doc, t->ps->token[c]) : NULL;
    bool same = rel_is(t, c, word(t, w)->deprel) ||
                (rel_base(t, w, "obj") && rel_base(t, c, "obl") && case_of(t, c) == FG_NONE);
    if (n && n->kind == FG_MENTION_NAME && n->first == t->ps->token[w] + 1 &&
        word(t, c)->upos == FG_UPOS_PROPN && same &&
        (rel_base(t, w, "nsubj") || rel_base(t, w, "obj")))
      return n;
  }
  uint32_t timed = head != FG_NONE && (rel_base(t, w, "nsubj") || rel_base(t, w, "obj"))
                       ? name_on_time_phrase(t, head, t->ps->token[w] + 1)
                       : FG_NONE;
  if (timed != FG_NONE)
    return fg_mention_at(t->doc, t->ps->token[timed]);
  /* "the IG Velm union", "the Kora Front militia": an organisation's name
   * compounded right before an organisation noun is what the noun names
   * ("ISIL plots" name no ISIL: "plots" is no organisation noun) */
  if (in_list(t, FG_LIST_ORG_HEAD, w) || in_list(t, FG_LIST_GROUP_REF, w) ||
      in_list(t, FG_LIST_ARMED_NOUN, w))
    for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c]) {
      const FgMention *n =
          rel_base(t, c, "compound") ? fg_mention_at(t->doc, t->ps->token[c]) : NULL;
      if (n && n->kind == FG_MENTION_NAME && nouns_between(t, n->last, w) &&
          n->entity != FG_NONE && (t->doc->entities->items[n->entity].kind & FG_KIND_ORG))
        return n;
    }
  uint32_t h = parent(t, w), s = child_is(t, w, "nsubj");
  uint32_t named = rel_is(t, w, "appos") && h != FG_NONE                       ? h
                   : s != FG_NONE && child_is(t, w, "cop") != FG_NONE ? s
                                                                          : FG_NONE;
  /* apposition_before checks a name itself: the tagger may read the words
   * of a name as common nouns ("The Rural Youth Movement") */
  bool name_checked = false;
  /* also for an apposition hung on a common noun ("a fellow at X (XC),
   * a think tank" with "tank" the apposition of "fellow") */
  if (named == FG_NONE || word(t, named)->upos != FG_UPOS_PROPN) {
    uint32_t before = apposition_before(t, w);
    if (before != FG_NONE) {
      named = before;
      name_checked = true;
    }
  }
  const FgMention *m = named != FG_NONE ? fg_mention_at(t->doc, t->ps->token[named]) : NULL;
  if (!m || m->kind != FG_MENTION_NAME)
    return NULL;
  /* a name's last word may be tagged a common noun ("Halvard Shipping, a
   * company based in Y") */
  bool name_head = word(t, named)->upos == FG_UPOS_NOUN && m->last == t->ps->token[named] + 1;
  return word(t, named)->upos == FG_UPOS_PROPN || name_checked || name_head ? m : NULL;
}

/* m, unless a title describes it and m is no person ("Reuters, a citizen
 * who ...": a title stands only for a person's name). */
static const FgMention *person_if_title(const Tree *t, const FgMention *m, bool title) {
  return m && (!title || is_person(t, m)) ? m : NULL;
}

/* "200 kilometres from the capital, X": a quantity's apposition after a
 * phrase hung on it names that phrase's noun, not the quantity. */
static bool measure_apposition(const Tree *t, uint32_t w, uint32_t a) {
  if (child_is(t, w, "nummod") == FG_NONE)
    return false;
  for (uint32_t c = t->first_child[w]; c != FG_NONE && c < a; c = t->next_sibling[c])
    if (rel_base(t, c, "nmod") && c > w)
      return true;
  return false;
}

/* "Defence Minister X accused Y" parsed with "Defence" the subject, the
 * title word "Minister" flat on it and X its nmod: w heads a title. */
static bool title_in_flat(const Tree *t, uint32_t w) {
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c])
    if (rel_base(t, c, "flat") &&
        (in_list(t, FG_LIST_PERSON_NOUN, c) || in_list(t, FG_LIST_PERSON_TITLE, c)))
      return true;
  return false;
}

static bool known_container(const Tree *t, uint32_t subject, uint32_t object);

/* The mention of a place or country the name at word w heads, else NULL. */
static const FgMention *place_named(const Tree *t, uint32_t w) {
  const FgMention *m = w != FG_NONE && word(t, w)->upos == FG_UPOS_PROPN
                           ? fg_mention_at(t->doc, t->ps->token[w])
                           : NULL;
  return m && m->entity != FG_NONE &&
                 (t->doc->entities->items[m->entity].kind & (FG_KIND_PLACE | FG_KIND_COUNTRY))
             ? m
             : NULL;
}

/* "X, director of the Y Foundation, a Chicago-based charity," with the
 * charity hung on X: an organisation's noun describes the organisation
 * named right before its comma, not a person. That name's last word, else
 * FG_NONE. */
static uint32_t organisation_before_comma(const Tree *t, uint32_t w) {
  uint32_t first = phrase_start(t, w);
  if (!in_list(t, FG_LIST_ORG_HEAD, w) || first < 2 || !lemma_is(t, first - 1, ","))
    return FG_NONE;
  const FgMention *m = fg_mention_at(t->doc, t->ps->token[first - 2]);
  return m && m->kind == FG_MENTION_NAME && m->last == t->ps->token[first - 2] + 1 &&
                 m->entity != FG_NONE && (t->doc->entities->items[m->entity].kind & FG_KIND_ORG)
             ? first - 2
             : FG_NONE;
}

/* A parser slip: "killing his business partner, Y" with Y hung on the
 * verb as a bare obl right after the comma that ends the object w: the
 * person set off there, else FG_NONE. */
static uint32_t person_set_off_on_verb(const Tree *t, uint32_t w) {
  uint32_t h = parent(t, w), end = phrase_end(t, w);
  if (h == FG_NONE || !rel_is(t, w, "obj") || word(t, w)->upos != FG_UPOS_NOUN ||
      end + 2 >= t->ps->count || !lemma_is(t, end + 1, ","))
    return FG_NONE;
  for (uint32_t c = t->first_child[h]; c != FG_NONE; c = t->next_sibling[c])
    if (rel_base(t, c, "obl") && case_of(t, c) == FG_NONE && phrase_start(t, c) == end + 2 &&
        word(t, c)->upos == FG_UPOS_PROPN && names_kind(t, c, FG_KIND_PERSON))
      return c;
  return FG_NONE;
}

/* A parser slip: a name right after common noun w hung as its object (a
 * noun takes none): "released the aid worker X". */
static bool name_read_as_object(const Tree *t, uint32_t w, uint32_t c) {
  return word(t, w)->upos == FG_UPOS_NOUN && rel_is(t, c, "obj") && phrase_start(t, c) == w + 1 &&
         case_of(t, c) == FG_NONE;
}

/* The name in apposition to common noun w ("the bank, Vesta Capital"). */
static const FgMention *appositive_name(const Tree *t, uint32_t w) {
  for (uint32_t c = t->first_child[w]; word(t, w)->upos == FG_UPOS_NOUN && c != FG_NONE;
       c = t->next_sibling[c]) {
    const FgMention *m = rel_is(t, c, "appos") && word(t, c)->upos == FG_UPOS_PROPN
                             ? fg_mention_at(t->doc, t->ps->token[c])
                             : NULL;
    if (m && m->kind == FG_MENTION_NAME && !measure_apposition(t, w, c))
      return m;
  }
  return NULL;
}

/* The mention a word heads: its own token's; else a name word hanging on
 * it ("al-" flat "Sharaa"); for a title the person it names ("Secretary
 * of State X", with the name as nmod or apposition), never the country
 * or body that modifies the title ("US Secretary"); else, for a name, a
 * compound. */
static const FgMention *mention_of(const Tree *t, uint32_t w) {
  const FgMention *m = fg_mention_at(t->doc, t->ps->token[w]);
  bool title = in_list(t, FG_LIST_PERSON_NOUN, w) || in_list(t, FG_LIST_PERSON_TITLE, w) ||
               title_in_flat(t, w);
  /* "the late president X": the name after a title, not what the title
   * alone would refer to */
  uint32_t titled = m && m->kind == FG_MENTION_PRONOUN && title ? title_person(t, w) : FG_NONE;
  if (titled != FG_NONE && is_person(t, fg_mention_at(t->doc, t->ps->token[titled])))
    return fg_mention_at(t->doc, t->ps->token[titled]);
  /* "The bank, Vesta Capital, ...": the name set off right after a noun
   * that refers back is what the noun names here, not an earlier bank */
  const FgMention *named = m && (m->kind == FG_MENTION_PRONOUN || m->kind == FG_MENTION_DESCRIPTOR)
                               ? appositive_name(t, w)
                               : NULL;
  if (named)
    return named;
  if (m)
    return m;
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c]) {
    /* a noun has no object: "sentenced activist X" with X hung as one
     * on the noun is the noun's name */
    bool names = rel_base(t, c, "flat") ||
                 (title && (rel_base(t, c, "nmod") || rel_base(t, c, "appos") ||
                            (rel_is(t, c, "obj") && word(t, w)->upos == FG_UPOS_NOUN)));
    m = names ? fg_mention_at(t->doc, t->ps->token[c]) : NULL;
    /* a possessor, or a name right after "of", is someone else: "X's
     * lawyer", "the son of X" are not X ("Secretary of State X" is) */
    uint32_t of = case_of(t, c);
    if (m && rel_base(t, c, "nmod") &&
        (rel_is(t, c, "nmod:poss") || (of != FG_NONE && t->ps->token[of] + 1 == m->first)))
      m = NULL;
    if (m && (!title || is_person(t, m)))
      return m;
  }
  /* "Its leader, X, praised ..." with X hung on the comma: the person
   * named right after the comma of a determined title, or of a noun of
   * those who act ("killed by a gunman, X") or of a relative ("beaten by
   * her boyfriend, X"); also one "identified as" or "named" right after
   * that noun ("a gunman identified as X") */
  bool doer = word(t, w)->upos == FG_UPOS_NOUN &&
              (in_list(t, FG_LIST_ACTOR_NOUN, w) || lemma_listed(t, w, "kin-noun"));
  uint32_t after = title || doer ? named_after_comma(t, w) : FG_NONE;
  bool reported = lemma_listed(t, w, "report-person");
  if (after == FG_NONE && (title || doer || reported))
    after = person_identified(t, w);
  if (after == FG_NONE && (title || doer || reported))
    after = identified_as_subject(t, w);
  /* "the son of former governor X" with X hung on "son": the name right
   * after the title, bound to it */
  if (after == FG_NONE && title)
    after = title_person(t, w);
  if (after != FG_NONE && is_person(t, fg_mention_at(t->doc, t->ps->token[after])))
    return fg_mention_at(t->doc, t->ps->token[after]);
  /* "by U.S. forces", "CMSN soldiers": a noun of a name's own people
   * stands for the name (not a demonym's: "Syrian forces" are no Syria). */
  const FgMention *actor = acting_name(t, w);
  if (actor)
    return actor;
  /* A compound names the thing only when the head is a name too: "ISIL
   * plots" are not ISIL. */
  bool name = word(t, w)->upos == FG_UPOS_PROPN;
  for (uint32_t c = t->first_child[w]; name && !title && c != FG_NONE; c = t->next_sibling[c])
    if (rel_base(t, c, "compound") || rel_is(t, c, "fixed"))
      if ((m = fg_mention_at(t->doc, t->ps->token[c])) != NULL)
        return m;
  /* A common noun is what its apposition names: "a Chad-backed militia,
   * the Kidal Front"; "the cruise ship, Freewinds"; also a name whose
   * last word is tagged a plural noun ("his own firm, Osei Lines"). */
  for (uint32_t c = t->first_child[w]; !name && !title && c != FG_NONE; c = t->next_sibling[c])
    if ((rel_is(t, c, "appos") || name_read_as_object(t, w, c)) &&
        !measure_apposition(t, w, c) && (m = fg_mention_at(t->doc, t->ps->token[c])) != NULL &&
        (word(t, c)->upos == FG_UPOS_PROPN ||
         (rel_is(t, c, "appos") && m->kind == FG_MENTION_NAME && m->entity != FG_NONE)))
      return m;
  /* ... also hung on the noun's comma ("the victim, X, was beaten") */
  uint32_t on_comma = name || title ? FG_NONE : apposition_on_comma(t, w);
  if (on_comma != FG_NONE && word(t, on_comma)->upos == FG_UPOS_PROPN &&
      !measure_apposition(t, w, on_comma) &&
      (m = fg_mention_at(t->doc, t->ps->token[on_comma])) != NULL)
    return m;
  /* ... also when the parser hung it on the noun's "of" name ("arrested
   * the killer of Ivo Berg, Tam Rusk") */
  uint32_t person = name ? FG_NONE : apposition_of_object(t, w);
  if (person == FG_NONE && !name)
    person = person_set_off_on_verb(t, w);
  if (person != FG_NONE)
    return fg_mention_at(t->doc, t->ps->token[person]);
  /* ... and the name it is the apposition of ("X, the Bergen-based
   * firm"); a title only a person's ("Y, a citizen who lives in Z") */
  if (!name && rel_is(t, w, "appos") && parent(t, w) != FG_NONE &&
      word(t, parent(t, w))->upos == FG_UPOS_PROPN &&
      (m = fg_mention_at(t->doc, t->ps->token[parent(t, w)])) != NULL &&
      (!title || is_person(t, m))) {
    uint32_t org = is_person(t, m) ? organisation_before_comma(t, w) : FG_NONE;
    return org != FG_NONE ? fg_mention_at(t->doc, t->ps->token[org]) : m;
  }
  /* A place noun is the place its compound names ("the X region"), else
   * the one its "of" names ("the province of X"); never what else it is
   * of ("the port of the company"). */
  if (name)
    return NULL;
  /* ... and so is a country's noun ("the neighbouring country of X") */
  if (title || !(in_list(t, FG_LIST_PLACE_HEAD, w) || in_list(t, FG_LIST_COUNTRY_NOUN, w)))
    return person_if_title(t, name_described(t, w), title);
  /* the "of" name, also one the parser made the subject of a clause
   * opened by "of" */
  const FgMention *compound = NULL, *of = place_named(t, subject_after_mark(t, w, "of"));
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c])
    if (rel_base(t, c, "compound") && !compound)
      compound = place_named(t, c);
    else if (rel_base(t, c, "nmod") && case_of(t, c) != FG_NONE &&
             lemma_is(t, case_of(t, c), "of") && !of)
      of = place_named(t, c);
  /* "the Velm district of X" is Velm, in X; "the Texas city of X" is X,
   * in Texas, when the compound surely holds the "of" place */
  if (compound && of && known_container(t, of->entity, compound->entity))
    return of;
  if (compound || of)
    return compound ? compound : of;
  return person_if_title(t, name_described(t, w), title);
}

/* A pronoun stands for an entity only when it is personal ("he", "her")
 * or a definite description ("the Syrian leader", "the group", "the
 * president-elect"), whose noun already says what it stands for, or a
 * group's "its" (its_group): the mention finder's guess for "it" and
 * "they" is too often wrong to state a fact on. */
static bool trusted(const Tree *t, const FgMention *m) {
  return m->kind != FG_MENTION_PRONOUN ||
         fg_in_at(t->doc, FG_LIST_PRONOUN_PERSON, m->first) ||
         fg_tok_is(&t->doc->tok.tokens[m->first], "the") || its_group(t, m);
}

/* "Norstad, the Oslo fund, said it supports the deal": a subject "it" of
 * what a reporting (or denying) verb reports is trusted when the mention finder gave
 * it the organisation or country that the verb's own subject names, the speaker
 * ("Ada Lind praised Norstad and said it ..." stays untrusted). */
static bool reported_it(const Tree *t, uint32_t w, const FgMention *m) {
  const FgDocAnalysis *doc = t->doc;
  if (m->kind != FG_MENTION_PRONOUN || m->entity == FG_NONE ||
      !fg_tok_is(&doc->tok.tokens[m->first], "it") || !rel_base(t, w, "nsubj") ||
      !(doc->entities->items[m->entity].kind & (FG_KIND_ORG | FG_KIND_COUNTRY)))
    return false;
  uint32_t clause = parent(t, w);
  /* "X said profits rose after it bought Y": an adverbial clause of the
   * reported clause reports as much */
  if (clause != FG_NONE && rel_base(t, clause, "advcl") && parent(t, clause) != FG_NONE &&
      rel_is(t, parent(t, clause), "ccomp"))
    clause = parent(t, clause);
  uint32_t verb = clause != FG_NONE ? parent(t, clause) : FG_NONE;
  /* "X said on Thursday it had bought Y" read with the clause relative
   * to the date: the reporting verb is the date's */
  bool on_date = verb != FG_NONE && rel_is(t, clause, "acl:relcl") && rel_base(t, verb, "obl") &&
                 date_word(t, verb);
  if (on_date)
    verb = parent(t, verb);
  /* a denial reports too: "X denied that it had bought Y" (negated) */
  if (verb == FG_NONE || !(rel_is(t, clause, "ccomp") || on_date) ||
      !(in_list(t, FG_LIST_REPORTING_VERB, verb) || in_list(t, FG_LIST_DENIAL, verb)))
    return false;
  uint32_t speaker = child_is(t, verb, "nsubj");
  const FgMention *n = speaker != FG_NONE ? mention_of(t, speaker) : NULL;
  return n && n->kind == FG_MENTION_NAME && n->entity == m->entity;
}

/* "X bought the chain from its founder, Y": a possessive "its" w after
 * its clause's object, an unnamed singular noun, may be that noun's as
 * well as the subject's; the mention finder takes the name, so the
 * possessive says nothing. */
static bool its_after_object(const Tree *t, uint32_t w, const FgMention *m) {
  if (m->kind != FG_MENTION_PRONOUN || !fg_tok_is(&t->doc->tok.tokens[m->first], "its"))
    return false;
  /* the possessive's noun a case phrase of the verb or of its object */
  uint32_t n = parent(t, w), h = n != FG_NONE ? parent(t, n) : FG_NONE;
  uint32_t o = h != FG_NONE ? child_is(t, clause_head(t, h), "obj") : FG_NONE;
  if (o == FG_NONE || o > w || word(t, o)->upos != FG_UPOS_NOUN || has_feat(t, o, "Number=Plur") ||
      !(rel_base(t, n, "obl") || (rel_base(t, n, "nmod") && h == o)))
    return false;
  const FgMention *on = mention_of(t, o);
  return !on || on->kind != FG_MENTION_NAME;
}

/* "Its leader, X": a possessive "its" before a noun trigger names an
 * organisation reliably enough (the group just spoken of), unlike a
 * subject "it", which is as often a clause or an event. */
static bool its_organisation(const Tree *t, const FgDepPath *path, FgArg a) {
  return path->kind == FG_PATH_POSS && a.mention->kind == FG_MENTION_PRONOUN &&
         fg_tok_is(&t->doc->tok.tokens[a.mention->first], "its") &&
         (t->doc->entities->items[a.entity].kind & FG_KIND_ORG);
}

/* A group noun: "group", "faction", "militia", "splinter". */
static bool group_noun(const Tree *t, uint32_t w) {
  return word(t, w)->upos == FG_UPOS_NOUN &&
         (in_list(t, FG_LIST_GROUP_REF, w) || in_list(t, FG_LIST_ARMED_NOUN, w));
}

/* "This appears to be a splinter group of Y": a demonstrative that a
 * group noun describes stands for the organisation the mention finder
 * gave it (the last one spoken of); the noun says it is one. */
static bool demonstrative_group(const Tree *t, const FgDepPath *path, FgArg a, uint32_t v) {
  return path->kind == FG_PATH_SELF && a.mention->kind == FG_MENTION_PRONOUN &&
         fg_in_at(t->doc, FG_LIST_PRONOUN_DEMONSTRATIVE, a.mention->first) &&
         (t->doc->entities->items[a.entity].kind & FG_KIND_ORG) && group_noun(t, v);
}

/* Which conjunct v is: 0 for the first (or no coordination), k for the
 * k-th conj after it. */
static size_t conjunct_position(const Tree *t, uint32_t v) {
  if (!rel_is(t, v, "conj") || parent(t, v) == FG_NONE)
    return 0;
  size_t k = 1;
  for (uint32_t c = t->first_child[parent(t, v)]; c != FG_NONE; c = t->next_sibling[c]) {
    if (c == v)
      return k;
    k += rel_is(t, c, "conj");
  }
  return 0;
}

/* "X and Y of respectively A and B": with "respectively" between the
 * trigger and its conjoined arguments, the k-th conjunct of the trigger
 * takes only the k-th argument. */
static bool pair_respectively(const Tree *t, uint32_t v, Words *ws) {
  if (ws->count < 2)
    return false;
  uint32_t last = 0;
  for (size_t i = 0; i < ws->count; i++)
    last = ws->at[i] > last ? ws->at[i] : last;
  bool paired = false;
  for (uint32_t w = v + 1; w < last && !paired; w++)
    paired = lemma_is(t, w, "respectively");
  if (!paired)
    return false;
  size_t k = conjunct_position(t, v);
  ws->at[0] = k < ws->count ? ws->at[k] : FG_NONE;
  ws->count = k < ws->count ? 1 : 0;
  return true;
}

/* The name whose dependents a bare later conjunct of a name shares: a
 * possessive before the coordination ("the Vossen Party's Mara Quell and
 * Ivo Sander") or, with "respectively", the prepositional phrase after it
 * (which UD hangs on the first conjunct). FG_NONE when v has dependents
 * of its own beyond its name's words. */
static uint32_t shared_head(const Tree *t, uint32_t v) {
  uint32_t h = parent(t, v);
  if (!rel_is(t, v, "conj") || h == FG_NONE || !fg_mention_at(t->doc, t->ps->token[h]))
    return FG_NONE;
  for (uint32_t c = t->first_child[v]; c != FG_NONE; c = t->next_sibling[c])
    if (!rel_base(t, c, "flat") && !rel_is(t, c, "cc") && !rel_is(t, c, "punct") &&
        !(rel_base(t, c, "compound") && word(t, c)->upos == FG_UPOS_PROPN))
      return FG_NONE;
  return h;
}

/* The word right before the name at word v, else FG_NONE. */
static uint32_t word_before_name(const Tree *t, uint32_t v) {
  const FgMention *m = fg_mention_at(t->doc, t->ps->token[v]);
  return m && m->first > 0 ? word_at(t, m->first - 1) : FG_NONE;
}

/* The title right before the name at word v that the parser made the
 * name's head ("Director X of Y" with "of Y" hung on "Director"): what
 * hangs on it is the name's. FG_NONE when there is none. */
static uint32_t title_heading_name(const Tree *t, uint32_t v) {
  uint32_t h = word_before_name(t, v);
  if (h == FG_NONE || parent(t, v) != h || fg_mention_at(t->doc, t->ps->token[h]))
    return FG_NONE;
  return in_list(t, FG_LIST_PERSON_TITLE, h) || in_list(t, FG_LIST_PERSON_NOUN, h) ? h : FG_NONE;
}

/* The entity's class is one of types (any, when the list is empty):
 * "Person of Y" is membership for a party, employment for a company. */
static bool of_type(const Tree *t, uint32_t entity, const FgWords *types) {
  if (types->count == 0)
    return true;
  const char *type = t->doc->entities->items[entity].type;
  for (size_t i = 0; type && i < types->count; i++)
    if (strcasecmp(types->items[i], type) == 0)
      return true;
  return false;
}

/* A firm's row took a name only the recognizer read as a person's
 * (fg_object_arg_of): its type says nothing, so no objtype= can refuse it
 * ("Arne Vik started Tarvo Boats"). */
static bool weak_firm_object(const Tree *t, bool firm, FgArg a) {
  return firm && a.entity != FG_NONE && (t->doc->entities->items[a.entity].kind & FG_KIND_PERSON);
}

static bool by_position(FgPathKind kind) {
  return kind == FG_PATH_TITLE || kind == FG_PATH_BEFORE || kind == FG_PATH_NAMEOF ||
         kind == FG_PATH_NEXT || kind == FG_PATH_PREV;
}

/* An "of" or "for" phrase on title v that is not the title's own words
 * ("Minister of Culture", "minister of foreign affairs"). */
static bool holder_phrase(const Tree *t, uint32_t v, const char *prep) {
  uint32_t c = with_case(t, v, prep);
  if (c == FG_NONE)
    return false;
  TitleSpan title = title_span(t, v);
  size_t ct = t->ps->token[c];
  return !(title.end - title.first > 1 && ct >= title.first && ct < title.end);
}

/* "the Orsish foreign minister": a capitalised modifier of the title that
 * ends as demonyms do and names no entity the text knows is another
 * country's adjective, the holder's. */
static bool unknown_demonym_on(const Tree *t, uint32_t v) {
  for (uint32_t c = t->first_child[v]; c != FG_NONE; c = t->next_sibling[c]) {
    const FgToken *tok = &t->doc->tok.tokens[t->ps->token[c]];
    if ((rel_base(t, c, "amod") || rel_base(t, c, "compound")) && (tok->flags & FG_TOK_CAP) &&
        !mention_of(t, c) && !fg_in_at(t->doc, FG_LIST_TITLE_DOMAIN, t->ps->token[c]) &&
        fg_text_demonym_like(tok->norm))
      return true;
  }
  return false;
}

/* "Dravo president X": a capitalised word compounded right before a
 * lower-case title, a name the text does not know (a club, a town), says
 * whose office it is. */
static bool unknown_name_before_title(const Tree *t, uint32_t v) {
  if (v == 0 || parent(t, v - 1) != v || !rel_base(t, v - 1, "compound") ||
      word(t, v - 1)->upos != FG_UPOS_PROPN)
    return false;
  const FgToken *tok = &t->doc->tok.tokens[t->ps->token[v - 1]];
  return (tok->flags & FG_TOK_CAP) && !(t->doc->tok.tokens[t->ps->token[v]].flags & FG_TOK_CAP) &&
         !mention_of(t, v - 1) && !fg_in_at(t->doc, FG_LIST_TITLE_DOMAIN, t->ps->token[v - 1]);
}

/* "Senator X of Nebraska", "Judge X of the Y Court": a name in "of" right
 * after the name the title stands before says whose office it is, when it
 * is no country (nameof reads a country there). */
static bool name_of_after_holder(const Tree *t, uint32_t v) {
  uint32_t p = title_person(t, v);
  const FgMention *m = p != FG_NONE ? fg_mention_at(t->doc, t->ps->token[p]) : NULL;
  if (!m || m->last + 1 >= t->s->last || !fg_tok_is(&t->doc->tok.tokens[m->last], "of"))
    return false;
  size_t at = m->last + 1;
  if (fg_tok_is(&t->doc->tok.tokens[at], "the") && at + 1 < t->s->last)
    at++;
  const FgMention *o = fg_mention_at(t->doc, at);
  return o && o->first == at && o->kind == FG_MENTION_NAME;
}

/* The trigger says whose it is, though not as an entity of the rule's
 * kinds ("the president of the Lombardy region", "the city's mayor"): no
 * country is assumed for it. */
static bool names_other_holder(const Tree *t, uint32_t v) {
  return child_is(t, v, "nmod:poss") != FG_NONE || holder_phrase(t, v, "of") ||
         holder_phrase(t, v, "for") || name_before_title(t, v) || unknown_demonym_on(t, v) ||
         unknown_name_before_title(t, v) || name_of_after_holder(t, v);
}

/* Whether the article's main country is named only in this sentence: a
 * country only the sentence of a title names plays its own part there
 * ("President X spoke with leaders in Syria"); had it been the title's,
 * the title would say so. */
static bool main_country_only_here(const Tree *t) {
  return t->doc->main_country_sentence == t->ps->sentence;
}

/* "President A of Estmark ... met President B": another person holds
 * the title for the main country by name, so a holder of one of its sole
 * titles written without a country is another country's. */
static bool title_held_by_other(const Tree *t, uint32_t v) {
  const FgDocAnalysis *doc = t->doc;
  uint32_t p = title_person(t, v);
  const FgMention *mine = p != FG_NONE ? fg_mention_at(doc, t->ps->token[p]) : NULL;
  const char *title = doc->tok.tokens[t->ps->token[v]].norm;
  if (!mine || !lemma_listed(t, v, "sole-title"))
    return false;
  if (doc->main_holders_many)
    return true; /* too many holders to tell: no fallback */
  for (uint32_t i = 0; i < doc->main_holder_count; i++)
    if (doc->main_holder_entity[i] != mine->entity &&
        strcmp(doc->tok.tokens[doc->main_holder_title[i]].norm, title) == 0)
      return true;
  return false;
}

/* In the title's sentence the country is the other side: under a word of
 * the list ("neighbouring Estmark") or the object of the verb whose
 * subject holds the title ("President X accused Estmark"). */
static bool other_side_here(const Tree *t, uint32_t v, uint32_t c) {
  uint32_t holder = title_person(t, v) != FG_NONE ? title_person(t, v) : parent(t, v);
  for (uint32_t w = 0; w < t->ps->count; w++) {
    const FgMention *m = fg_mention_at(t->doc, t->ps->token[w]);
    if (!m || m->entity != c)
      continue;
    for (uint32_t a = t->first_child[w]; a != FG_NONE; a = t->next_sibling[a])
      if (rel_base(t, a, "amod") && lemma_listed(t, a, "other-side"))
        return true;
    uint32_t h = parent(t, w);
    if (rel_is(t, w, "obj") && h != FG_NONE && holder != FG_NONE &&
        (child_is(t, h, "nsubj") == holder || child_is(t, h, "nsubj") == v))
      return true;
  }
  return false;
}

/* The article's main country may be the title's: the title's sentence
 * names it in no other part, and the text marks it as its own or at least
 * never as the other side. */
static bool country_fallback_ok(const Tree *t, uint32_t v, uint32_t c) {
  if (!in_list(t, FG_LIST_PERSON_TITLE, v))
    return true;
  return !main_country_only_here(t) && !other_side_here(t, v, c) &&
         !title_held_by_other(t, v) &&
         (t->doc->main_country_home || !t->doc->main_country_other_side);
}

/* "the schools A and B in Y": an "in" phrase after the last conjunct of
 * names, which UD hangs on the first, places each of them (unlike "of",
 * which is as often the last one's alone). */
static bool shared_place(uint32_t v, const FgDepPath *path, const Words *ws) {
  if (path->kind != FG_PATH_CASE || strcmp(path->word, "in") != 0 || ws->count == 0)
    return false;
  for (size_t i = 0; i < ws->count; i++)
    if (ws->at[i] < v)
      return false;
  return true;
}

/* "Republican senator X", "the Democratic mayor": a party's word before an
 * office names its holder's party (dep.party-member), never the office's seat. */
static bool party_before_office(const Tree *t, uint32_t w, uint32_t v) {
  return w < v && lemma_listed(t, w, "party-member-word");
}

/* "a Democrat who chairs Y": one member of a party, a person, not the party
 * the gazetteer names by the word; only the trigger itself (path it) is. */
static bool one_party_member(const Tree *t, uint32_t w) {
  uint32_t det = child_is(t, w, "det");
  return det != FG_NONE && (lemma_is(t, det, "a") || lemma_is(t, det, "an")) &&
         lemma_listed(t, w, "party-member-word");
}

/* "Tolvia's government", "the Tolvian government": the country a noun of
 * a state (list state-agent-noun) is of, by a possessor or a modifier
 * that names it; else NULL. Its appointees hold the country's posts. */
static const FgMention *country_of_state_noun(const Tree *t, uint32_t w) {
  if (word(t, w)->upos != FG_UPOS_NOUN || !lemma_listed(t, w, "state-agent-noun"))
    return NULL;
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c]) {
    const FgMention *m = rel_is(t, c, "nmod:poss") || rel_base(t, c, "amod") ||
                                 rel_base(t, c, "compound")
                             ? mention_of(t, c)
                             : NULL;
    if (m && m->entity != FG_NONE && (t->doc->entities->items[m->entity].kind & FG_KIND_COUNTRY))
      return m;
  }
  return NULL;
}

/* The subject word who as an actor: the country of a state noun ("the
 * Tolvian government"), else a name of the kinds; else NULL. */
static const FgMention *state_or_named(const Tree *t, uint32_t who, unsigned kinds) {
  const FgMention *state = who != FG_NONE ? country_of_state_noun(t, who) : NULL;
  if (state)
    return state;
  const FgMention *m = who != FG_NONE ? mention_of(t, who) : NULL;
  return m && m->kind == FG_MENTION_NAME && m->entity != FG_NONE &&
                 (t->doc->entities->items[m->entity].kind & kinds)
             ? m
             : NULL;
}

/* "Tolvia appointed X as its ambassador", "Y named X its chief": the
 * "its" of the post an appointing verb fills is that verb's named subject,
 * a country as well as a firm, whatever the mention finder guessed; else
 * NULL. */
static const FgMention *its_appointer(const Tree *t, uint32_t w) {
  if (!rel_is(t, w, "nmod:poss") || !fg_tok_is(&t->doc->tok.tokens[t->ps->token[w]], "its"))
    return NULL;
  uint32_t n = parent(t, w), k = case_of(t, n);
  uint32_t h = as_post_of_named(t, n);
  if (h == FG_NONE && (rel_base(t, n, "xcomp") ||
                       (rel_base(t, n, "obl") && k != FG_NONE && lemma_is(t, k, "as"))))
    h = parent(t, n);
  if (h == FG_NONE || !naming_verb(t, h))
    return NULL;
  return state_or_named(t, logical_subject(t, h, 0), FG_KIND_ORG | FG_KIND_COUNTRY);
}

/* "Tolvia recalled its ambassador, X", "the Tolvian government dismissed
 * its foreign minister": the "its" of an envoy's or a minister's post that
 * a verb of a state's acting on its officials (list state-post-verb) takes
 * as object is that verb's subject, a named country or a country's state
 * noun, whatever the mention finder guessed; else NULL. */
static const FgMention *its_state_post(const Tree *t, uint32_t w) {
  if (!rel_is(t, w, "nmod:poss") || !fg_tok_is(&t->doc->tok.tokens[t->ps->token[w]], "its"))
    return NULL;
  uint32_t n = parent(t, w), h = n != FG_NONE ? parent(t, n) : FG_NONE;
  if (h == FG_NONE || !rel_is(t, n, "obj") || !lemma_listed(t, h, "state-post-verb") ||
      !(lemma_listed(t, n, "envoy-post") || lemma_listed(t, n, "portfolio-title")))
    return NULL;
  return state_or_named(t, logical_subject(t, h, 0), FG_KIND_COUNTRY);
}

/* The arguments of the first path that gives any entity of the kinds and
 * types, and the word each was found at. */
static size_t arguments(const Tree *t, uint32_t from, uint32_t v, const FgDepPath *paths,
                        size_t count, unsigned kinds, const FgWords *types, bool firm,
                        FgArg *out, uint32_t *at, FgPathKind *used) {
  for (size_t p = 0; p < count; p++) {
    *used = paths[p].kind;
    if (paths[p].kind == FG_PATH_COUNTRY || paths[p].kind == FG_PATH_OPENS) {
      const FgMention *m = fg_mention_at(t->doc, t->ps->token[v]);
      uint32_t c = paths[p].kind == FG_PATH_COUNTRY ? t->doc->main_country
                   : m                              ? m->country
                                                    : FG_NONE;
      if (c == FG_NONE || !(t->doc->entities->items[c].kind & kinds) || !of_type(t, c, types) ||
          (paths[p].kind == FG_PATH_COUNTRY &&
           (names_other_holder(t, v) || !country_fallback_ok(t, v, c))))
        continue;
      out[0] = (FgArg){NULL, c};
      at[0] = FG_NONE;
      return 1;
    }
    Words ws = {{0}, 0};
    follow(t, from, &paths[p], &ws);
    /* A name's own rule reads each conjunct as a trigger of its own; a
     * title's words are read by position, not by the tree's coordination,
     * which the parser often gets wrong there. */
    if (paths[p].kind != FG_PATH_IT && !by_position(paths[p].kind)) {
      add_conjuncts(t, &ws, paths[p].kind == FG_PATH_SELF);
      add_examples_of_nouns(t, &ws);
    }
    /* read at another conjunct: its possessive, or its phrase paired */
    if (!pair_respectively(t, v, &ws) && from != v && paths[p].kind != FG_PATH_POSS &&
        !shared_place(v, &paths[p], &ws))
      continue;
    /* a capital acts for its country ("Moscow's envoy", "signed by
     * Damascus"), but "of" it is the city's own ("X of Oslo", "the police
     * chief of Moscow") */
    bool own = paths[p].kind == FG_PATH_CASE && strcmp(paths[p].word, "of") == 0;
    size_t n = 0;
    for (size_t i = 0; i < ws.count; i++) {
      const FgMention *wm = paths[p].kind == FG_PATH_POSS ? its_appointer(t, ws.at[i]) : NULL;
      if (!wm && paths[p].kind == FG_PATH_POSS)
        wm = its_state_post(t, ws.at[i]);
      if (!wm)
        wm = mention_of(t, ws.at[i]);
      FgArg a = firm ? fg_object_arg_of(t->doc, wm, kinds) : fg_arg_of(t->doc, wm, kinds);
      const FgMention *place = a.mention ? NULL : place_acting_by_noun(t, ws.at[i], kinds);
      /* "bought by the French government": the state buys, France */
      if (!place && t->buying && t->reading_subject && (kinds & FG_KIND_COUNTRY))
        place = country_of_state_noun(t, ws.at[i]);
      if (place)
        a = (FgArg){place, place->entity};
      if (own && a.mention && a.entity != a.mention->entity)
        continue;
      if ((t->office_seat && party_before_office(t, ws.at[i], v)) ||
          (paths[p].kind != FG_PATH_IT && one_party_member(t, ws.at[i])))
        continue;
      if (a.mention && !its_after_object(t, ws.at[i], a.mention) &&
          (trusted(t, a.mention) || reported_it(t, ws.at[i], a.mention) ||
           its_organisation(t, &paths[p], a) ||
           demonstrative_group(t, &paths[p], a, v)) &&
          (of_type(t, a.entity, types) || weak_firm_object(t, firm, a))) {
        at[n] = ws.at[i];
        out[n++] = a;
      }
    }
    if (n)
      return n;
  }
  return 0;
}

/* "deputy finance minister": a deputy's word right before the title's
 * words makes the role a deputy's, as written ("Deputy Finance Minister"). */
static bool deputy_before(const Tree *t, size_t first) {
  uint32_t d = first > t->s->first ? word_at(t, first - 1) : FG_NONE;
  return d != FG_NONE && lemma_listed(t, d, "deputy-word");
}

/* The title the trigger v heads, named as the title rows name it: the
 * first title form that starts at v or at one of its modifiers and ends at
 * v ("foreign minister", "prime minister"); else v as written, in title
 * case. */
static const char *role_of(const Tree *t, uint32_t v) {
  const FgDocAnalysis *doc = t->doc;
  TitleSpan title = title_span(t, v);
  if (deputy_before(t, title.first))
    return fg_title_case(doc, title.first - 1, title.end);
  if (title.portfolio) { /* "Minister of Culture": the portfolio as written */
    const FgToken *tok = doc->tok.tokens;
    char *role = fg_arena_strndup(doc->arena, doc->text + tok[title.first].begin,
                                  tok[title.end - 1].end - tok[title.first].begin);
    if (role && role[0] >= 'a' && role[0] <= 'z')
      role[0] = (char)(role[0] - 'a' + 'A');
    return role;
  }
  if (title.rule && title.end - title.first > 1)
    return title.rule->label ? title.rule->label : fg_title_case(doc, title.first, title.end);
  size_t vt = t->ps->token[v], first = vt;
  for (uint32_t c = t->first_child[v]; c != FG_NONE; c = t->next_sibling[c])
    if ((rel_base(t, c, "compound") || rel_base(t, c, "amod")) && t->ps->token[c] < first &&
        !mention_of(t, c))
      first = t->ps->token[c];
  for (size_t start = first; start <= vt; start++) {
    size_t n;
    const uint32_t *roles = fg_lexicon_titles_from(doc->lex, doc->tok.tokens[start].word, &n);
    for (size_t i = 0; roles && i < n; i++) {
      const FgTitle *r = fg_lexicon_title(doc->lex, roles[i]);
      for (size_t f = 0; f < r->forms.count; f++)
        if (fg_words_match(&r->forms.seqs[f], doc->tok.tokens, start, vt + 1) == vt + 1)
          return r->label ? r->label : fg_title_case(doc, start, vt + 1);
    }
  }
  return fg_title_case(doc, vt, vt + 1);
}

/* ---- qualifiers ---- */

/* True when a dependent of w with relation base is in the list. */
static bool dependent_in(const Tree *t, uint32_t w, const char *base, FgListName list) {
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c])
    if (rel_base(t, c, base) && in_list(t, list, c))
      return true;
  return false;
}

/* An adverb of the former list on w that dates w: not one with a case
 * phrase of its own ("appointed X, previously at Y, as Z"), a verbless
 * predication on the object, not the verb's time. */
static bool former_adverb(const Tree *t, uint32_t w) {
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c])
    if (rel_base(t, c, "advmod") && in_list(t, FG_LIST_FORMER, c) && child_is(t, c, "obl") == FG_NONE &&
        child_is(t, c, "nmod") == FG_NONE)
      return true;
  return false;
}

/* "born not in A": a negation on the object's own phrase denies it ("not
 * only in A" does not). */
static bool phrase_negated(const Tree *t, uint32_t o) {
  if (o == FG_NONE)
    return false;
  for (uint32_t c = t->first_child[o]; c != FG_NONE; c = t->next_sibling[c])
    if (rel_base(t, c, "advmod") && in_list(t, FG_LIST_NEGATION, c) &&
        !(c + 1 < t->ps->count && word_is(t, c + 1, "only")))
      return true;
  return false;
}

/* "was not born in A but in B", "does not work for A but for B": the
 * conjunct "but" sets against the denied phrase is asserted. */
static bool set_against_denied(const Tree *t, uint32_t o) {
  if (o == FG_NONE || !rel_base(t, o, "conj"))
    return false;
  uint32_t cc = child_is(t, o, "cc");
  return cc != FG_NONE && word_is(t, cc, "but");
}

/* Whether v sits in a clause that states only a condition or a question
 * ("if X joins Y, ...", "unless he returned and cooperated with Y", "asked
 * whether X led Y"): a condition-mark word as the mark of v or of a verb
 * it is coordinated with or completes. Such a clause asserts nothing. */
static bool conditional(const Tree *t, uint32_t v) {
  uint32_t w = v;
  for (unsigned depth = 0; w != FG_NONE && depth <= MAX_CLIMB; depth++, w = parent(t, w)) {
    if (dependent_in(t, w, "mark", FG_LIST_CONDITION_MARK))
      return true;
    if (!rel_base(t, w, "conj") && !rel_base(t, w, "xcomp") && !rel_base(t, w, "ccomp"))
      return false;
  }
  return false;
}

/* A reporting verb set beside the clause: "..., X said." (parataxis). */
static uint32_t reported_aside(const Tree *t, uint32_t w) {
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c])
    if (rel_base(t, c, "parataxis") && in_list(t, FG_LIST_REPORTING_VERB, c))
      return c;
  return FG_NONE;
}

static const char *phrase_text(const Tree *t, uint32_t o, uint32_t skip);

/* The "according to" phrase of w (its lemma may be "accord"), also where
 * the parser hung it on one of w's phrases ("joined on Monday, according
 * to X" with "according to X" under "Monday"). */
static uint32_t according_phrase(const Tree *t, uint32_t w) {
  for (int depth = 0; depth < 2; depth++)
    for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c]) {
      bool phrase = rel_base(t, c, "obl") || rel_base(t, c, "nmod");
      uint32_t k = phrase && depth == 0 ? case_of(t, c) : FG_NONE;
      if (k != FG_NONE && word_is(t, k, "according"))
        return c;
      for (uint32_t g = phrase && depth == 1 ? t->first_child[c] : FG_NONE; g != FG_NONE;
           g = t->next_sibling[g]) {
        uint32_t kg = rel_base(t, g, "nmod") ? case_of(t, g) : FG_NONE;
        if (kg != FG_NONE && word_is(t, kg, "according"))
          return g;
      }
    }
  return FG_NONE;
}

/* The entity a speaker's mention m (at word who) stands for. "X will buy
 * Y, the company said": a noun read back to one of the claim's firms
 * names the firm the clause of trigger v is written about, the one that
 * speaks of its own deal. */
static uint32_t speaker_of_own_claim(const Tree *t, uint32_t who, const FgMention *m,
                                     uint32_t v, const FgFactInput *claim) {
  uint32_t e = fg_arg_of(t->doc, m, FG_KIND_ANY).entity;
  if (e == FG_NONE || m->kind == FG_MENTION_NAME || word(t, who)->upos != FG_UPOS_NOUN ||
      (e != claim->object && e != claim->subject) || v == FG_NONE)
    return e;
  /* the firm the claim's clause is written about: "Y agreed to sell Z to
   * W, the company said" is Y's word */
  uint32_t s = logical_subject(t, v, 0);
  const FgMention *sm = s != FG_NONE ? mention_of(t, s) : NULL;
  uint32_t se = sm && sm->kind == FG_MENTION_NAME ? fg_arg_of(t->doc, sm, FG_KIND_ORG).entity : FG_NONE;
  return se != FG_NONE && (t->doc->entities->items[e].kind & FG_KIND_ORG) ? se : e;
}

/* The claim is attributed to who: its entity, else, for a common noun
 * naming none, its words ("analysts", "two Kenyan officials"); unnamed
 * sources that say something (speaking) hedge it ("analysts say"). */
static void attribute(const Tree *t, uint32_t who, uint32_t v, bool speaking, FgFactInput *claim) {
  if (who == FG_NONE || claim->attributed_to != FG_NONE || claim->attributed_label)
    return;
  const FgMention *m = mention_of(t, who);
  if (m)
    claim->attributed_to = speaker_of_own_claim(t, who, m, v, claim);
  /* "Witnesses said ..." with the capitalised first word tagged a name */
  else if (word(t, who)->upos == FG_UPOS_NOUN ||
           (word(t, who)->upos == FG_UPOS_PROPN && in_list(t, FG_LIST_SOURCE_NOUN, who))) {
    claim->attributed_label = phrase_text(t, who, FG_NONE);
    if (speaking && in_list(t, FG_LIST_SOURCE_NOUN, who) &&
        claim->modality == FG_MODALITY_ASSERTED)
      claim->modality = FG_MODALITY_HEDGED;
  }
}

/* The hedge word ("accused", "charged", "blamed") that w, a deed hung on
 * it as a clause marked "of", "with" or "for", is only alleged by: "X,
 * accused of killing Y"; "accused X of killing Y" with the clause hung
 * on X; "blamed X for attacking Y". FG_NONE for anything else
 * ("sentenced for killing Y"). */
static uint32_t alleged_by(const Tree *t, uint32_t w) {
  uint32_t m = child_is(t, w, "mark"), h = parent(t, w);
  if (m == FG_NONE || h == FG_NONE ||
      !(lemma_is(t, m, "of") || lemma_is(t, m, "with") ||
        lemma_is(t, m, "for")))
    return FG_NONE;
  if (rel_is(t, w, "acl") && rel_is(t, h, "obj"))
    h = parent(t, h);
  else if (!rel_base(t, w, "advcl"))
    return FG_NONE;
  return h != FG_NONE && in_list(t, FG_LIST_HEDGE, h) ? h : FG_NONE;
}

/* A deed hung as a clause marked "of" or "with" on the verb that charges
 * or judges it ("was not convicted of killing Y", "cleared X of killing
 * Y" with the clause hung on X): that verb's negation and modality are
 * the deed's. */
static bool deed_clause(const Tree *t, uint32_t w) {
  uint32_t m = child_is(t, w, "mark"), h = parent(t, w);
  return m != FG_NONE && h != FG_NONE && (lemma_is(t, m, "of") || lemma_is(t, m, "with")) &&
         (rel_base(t, w, "advcl") || (rel_is(t, w, "acl") && rel_is(t, h, "obj")));
}

/* Whether w, a deed hung as a clause marked "of" on a verdict, is one the
 * verdict denies: "X was acquitted of killing Y", "a jury cleared X of
 * murdering Y" (the clause hung on X), "X was found not guilty of killing
 * Y"; not "convicted of", "found guilty of". */
static bool cleared_of(const Tree *t, uint32_t w) {
  uint32_t m = child_is(t, w, "mark"), h = parent(t, w);
  /* a plea's "to": "pleaded not guilty to killing Y" */
  if (m == FG_NONE || h == FG_NONE ||
      !(lemma_is(t, m, "of") || (lemma_is(t, m, "to") && lemma_is(t, h, "guilty"))))
    return false;
  if (rel_is(t, w, "acl") && lemma_is(t, h, "guilty")) /* the deed hung on "guilty" itself */
    return dependent_in(t, h, "advmod", FG_LIST_NEGATION);
  if (rel_is(t, w, "acl") && (rel_is(t, h, "obj") || rel_base(t, h, "nsubj")))
    h = parent(t, h);
  else if (!rel_base(t, w, "advcl"))
    return false;
  if (h == FG_NONE)
    return false;
  if (lemma_is(t, h, "guilty"))
    return dependent_in(t, h, "advmod", FG_LIST_NEGATION);
  return lemma_listed(t, h, "clearing-verb");
}

/* "no longer" on w: the tie is over ("X no longer owns Y"). */
static bool no_longer(const Tree *t, uint32_t w) {
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c])
    if (rel_base(t, c, "advmod") && word_is(t, c, "longer") && c > 0 && word_is(t, c - 1, "no"))
      return true;
  return false;
}

/* Whether c is an obl or nmod date phrase ("until 2020") whose case
 * word is prep. */
static bool dated_case(const Tree *t, uint32_t c, const char *prep) {
  uint32_t k = rel_base(t, c, "obl") || rel_base(t, c, "nmod") ? case_of(t, c) : FG_NONE;
  return k != FG_NONE && lemma_is(t, k, prep) &&
         (word(t, c)->upos == FG_UPOS_NUM || date_word(t, c));
}

/* The end of a range of dates that opens at the "from" phrase f ("from
 * 2001 to 2009"), hung on f or beside it on w. */
static bool range_end(const Tree *t, uint32_t w, uint32_t f) {
  for (uint32_t h = w; h != FG_NONE; h = h == w ? f : FG_NONE)
    for (uint32_t c = t->first_child[h]; c != FG_NONE; c = t->next_sibling[c])
      if (c > f && (dated_case(t, c, "to") || dated_case(t, c, "through") || dated_case(t, c, "until")))
        return true;
  return false;
}

/* The year a date phrase c names (its number, or a number of its), or 0. */
static int year_of_phrase(const Tree *t, uint32_t c) {
  for (uint32_t k = c; k != FG_NONE; k = k == c ? t->first_child[c] : t->next_sibling[k]) {
    int year = fg_year_of(t->doc->tok.tokens[t->ps->token[k]].norm);
    if (year)
      return year;
  }
  return 0;
}

/* Date phrase c ends in the document's year or later ("signed a deal
 * until 2027" in a 2025 article): the tie has not ended. */
static bool ends_after_document(const Tree *t, uint32_t c) {
  int doc_year = 0, year = year_of_phrase(t, c);
  return year && t->doc_date && sscanf(t->doc_date, "%4d", &doc_year) == 1 && year >= doc_year;
}

/* "X, who led Y until 2020", "X headed Y from 2001 to 2009": a tie in
 * the past tense with an end date is over ("will lead Y until 2030" is
 * not; nor "until his death", nor an end in the document's year or
 * after it). */
static bool ended_until(const Tree *t, uint32_t w) {
  /* a nominal predicate's tense is its copula's ("X was mayor of Y until 2021") */
  uint32_t cop = word(t, w)->upos == FG_UPOS_NOUN ? child_is(t, w, "cop") : FG_NONE;
  const char *x = word(t, cop != FG_NONE ? cop : w)->xpos;
  if (!x || strcmp(x, "VBD") != 0)
    return false;
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c])
    if (((dated_case(t, c, "until") || dated_case(t, c, "till")) && !ends_after_document(t, c)) ||
        ((rel_base(t, c, "obl") || cop != FG_NONE) && dated_case(t, c, "from") && range_end(t, w, c)))
      return true;
  return false;
}

/* "X worked for Y before joining Z" (or "entering politics", "moving
 * to Z"): a past tie followed by a move of the same person is over. The
 * "before" clause has no subject of its own ("worked for Y before it was
 * sold" says nothing of X) and a verb of the moving-on list. */
static bool moved_on_before(const Tree *t, uint32_t w) {
  const char *x = word(t, w)->xpos;
  /* a tie of work only: study before a job is no former schooling */
  if (!x || strcmp(x, "VBD") != 0 || !lemma_listed(t, w, "working-verb"))
    return false;
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c]) {
    uint32_t m = child_is(t, c, "mark");
    if (c > w && rel_base(t, c, "advcl") && m != FG_NONE && lemma_is(t, m, "before") &&
        child_is(t, c, "nsubj") == FG_NONE && child_is(t, c, "nsubj:pass") == FG_NONE &&
        lemma_listed(t, c, "moving-on-verb"))
      return true;
  }
  return false;
}

/* A parser slip: "Police said X, who lives in Y, killed Z" read with X
 * the object of "said" and "killed" a conjunct of the relative clause,
 * or a participle on X after that clause: the reporting verb whose
 * object X is, else FG_NONE. */
static uint32_t reporter_of_relative_slip(const Tree *t, uint32_t w) {
  uint32_t rel = parent(t, w);
  if (rel != FG_NONE && rel_is(t, w, "acl")) { /* the participle on X */
    uint32_t clause = FG_NONE;
    for (uint32_t c = t->first_child[rel]; c != FG_NONE && clause == FG_NONE; c = t->next_sibling[c])
      if (rel_is(t, c, "acl:relcl") && c < w)
        clause = c;
    if (clause == FG_NONE || phrase_end(t, clause) + 1 >= w) /* the clause ends before it */
      return FG_NONE;
    rel = clause;
  } else if (!rel_base(t, w, "conj")) {
    return FG_NONE;
  }
  uint32_t noun = rel != FG_NONE ? parent(t, rel) : FG_NONE;
  uint32_t says = noun != FG_NONE ? parent(t, noun) : FG_NONE;
  return says != FG_NONE && rel_is(t, rel, "acl:relcl") && rel_is(t, noun, "obj") &&
                 noun < rel && rel < w && in_list(t, FG_LIST_REPORTING_VERB, says)
             ? says
             : FG_NONE;
}

/* A headline's "X to buy Y": an infinitive with "to" and a subject as
 * the sentence's root states a plan. */
static bool root_infinitive(const Tree *t, uint32_t w) {
  uint32_t m = child_is(t, w, "mark");
  return parent(t, w) == FG_NONE && m != FG_NONE && lemma_is(t, m, "to") &&
         child_is(t, w, "nsubj") != FG_NONE;
}

/* "X agreed to the sale of Y to Z", "X plans the purchase of Y",
 * "regulators blocked the sale": a noun trigger that is the object, the
 * case phrase or the passive subject of a verb of plan or of thwarting
 * names an act intended, not done (the climb in qualify stops at a
 * noun's verb). */
static bool planned_noun(const Tree *t, uint32_t v) {
  uint32_t h = parent(t, v);
  /* a person's noun names no act ("The party's leader, X, is expected
   * to ...": X leads it now) */
  if (in_list(t, FG_LIST_PERSON_NOUN, v) || in_list(t, FG_LIST_PERSON_TITLE, v) ||
      lemma_listed(t, v, "office-noun"))
    return false;
  return h != FG_NONE && word(t, v)->upos == FG_UPOS_NOUN && word(t, h)->upos == FG_UPOS_VERB &&
         (rel_is(t, v, "obj") || rel_base(t, v, "obl") || rel_is(t, v, "nsubj:pass")) &&
         (in_list(t, FG_LIST_FUTURE, h) || lemma_listed(t, h, "thwart-verb"));
}

/* "X is in talks to buy Y", "a bid to acquire Y": an infinitive w of a
 * noun of a deal or a plan (list plan-noun) is an act intended, not done;
 * the climb in qualify stops at the noun. */
static bool plan_infinitive(const Tree *t, uint32_t w) {
  uint32_t h = parent(t, w), m = child_is(t, w, "mark");
  return h != FG_NONE && rel_base(t, w, "acl") && m != FG_NONE && lemma_is(t, m, "to") &&
         word(t, h)->upos == FG_UPOS_NOUN && lemma_listed(t, h, "plan-noun");
}

/* "plans to leave Y", "is expected to quit Y", "will resign from Y": the
 * leaving verb v is only intended, under a future auxiliary or a verb of
 * plan it complements. */
static bool planned_act(const Tree *t, uint32_t v) {
  if (dependent_in(t, v, "aux", FG_LIST_FUTURE))
    return true;
  for (uint32_t w = v, depth = 0; depth < MAX_CLIMB && parent(t, w) != FG_NONE &&
                                  (rel_base(t, w, "xcomp") || rel_base(t, w, "ccomp"));
       depth++) {
    w = parent(t, w);
    if (in_list(t, FG_LIST_FUTURE, w) || dependent_in(t, w, "aux", FG_LIST_FUTURE))
      return true;
  }
  return false;
}

/* "stepped down", "stood aside": a verb of standing with a particle of
 * leaving gives up what it is done "as" */
static bool stepped_down(const Tree *t, uint32_t h) {
  if (!lemma_listed(t, h, "relinquish-particle-verb"))
    return false;
  /* the particle as the parser gives it: "down" a particle, "aside" an adverb */
  for (uint32_t c = t->first_child[h]; c != FG_NONE; c = t->next_sibling[c])
    if ((rel_is(t, c, "compound:prt") || rel_is(t, c, "advmod")) &&
        lemma_listed(t, c, "relinquish-particle"))
      return true;
  return false;
}

/* h gives a post up ("resigned", "stepped down"), done, not planned or
 * denied ("will retire", "has not resigned"). */
static bool gives_up(const Tree *t, uint32_t h) {
  if (!(in_list(t, FG_LIST_RELINQUISH_VERB, h) || stepped_down(t, h)))
    return false;
  /* "plans to resign as": not yet */
  uint32_t g = rel_base(t, h, "xcomp") ? parent(t, h) : FG_NONE;
  return !dependent_in(t, h, "aux", FG_LIST_FUTURE) &&
         !dependent_in(t, h, "aux", FG_LIST_HEDGE) &&
         !dependent_in(t, h, "aux", FG_LIST_NEGATION) &&
         !dependent_in(t, h, "advmod", FG_LIST_NEGATION) &&
         !(g != FG_NONE &&
           (in_list(t, FG_LIST_FUTURE, g) || in_list(t, FG_LIST_HEDGE, g)));
}

/* "X will (may, plans to, did not) step down as chief of Y": the role v
 * a verb of giving up takes, not (yet) given up, is one its subject holds
 * now, whatever that verb's own modality and negation. */
static bool role_not_given_up(const Tree *t, uint32_t v) {
  uint32_t h = parent(t, v);
  return h != FG_NONE && (rel_is(t, v, "obj") || rel_base(t, v, "obl")) &&
         (in_list(t, FG_LIST_RELINQUISH_VERB, h) || stepped_down(t, h)) &&
         !gives_up(t, h);
}

/* "the former deputy minister" with "former" hung on "deputy" */
static bool former_on_modifier(const Tree *t, uint32_t v) {
  for (uint32_t c = t->first_child[v]; c != FG_NONE && c < v; c = t->next_sibling[c])
    if ((rel_base(t, c, "amod") || rel_base(t, c, "compound")) &&
        dependent_in(t, c, "amod", FG_LIST_FORMER))
      return true;
  return false;
}

/* "former Halvern Mayor X", "Ex-Halvern Mayor X": a dating word
 * right before the title before a name, or before the place or body the
 * title is of, whatever the parser hung it on. */
static bool former_before_title(const Tree *t, uint32_t v) {
  const FgDocAnalysis *doc = t->doc;
  TitleSpan span = title_span(t, v);
  const FgMention *m =
      span.end < t->s->last ? fg_mention_at(doc, span.end) : NULL;
  if (!m || m->first != span.end || m->kind != FG_MENTION_NAME)
    return false;
  size_t k = span.first;
  m = k > t->s->first ? fg_mention_at(doc, k - 1) : NULL;
  if (m && m->last == k) /* mentions end one past their last token */
    k = m->first;
  if (k > t->s->first + 1 && fg_tok_is(&doc->tok.tokens[k - 1], "-"))
    k--;
  return k > t->s->first && fg_in_at(doc, FG_LIST_FORMER, k - 1);
}

/* h is a verb that puts a post's holder out (list dismiss-verb), done:
 * not denied, planned, hedged or wanted ("will not fire", "wants to
 * replace"). */
static bool puts_out(const Tree *t, uint32_t h) {
  return lemma_listed(t, h, "dismiss-verb") && !rel_base(t, h, "xcomp") &&
         !dependent_in(t, h, "aux", FG_LIST_NEGATION) &&
         !dependent_in(t, h, "advmod", FG_LIST_NEGATION) &&
         !dependent_in(t, h, "aux", FG_LIST_FUTURE) && !dependent_in(t, h, "aux", FG_LIST_HEDGE) &&
         !dependent_in(t, h, "advmod", FG_LIST_HEDGE);
}

/* A role noun in the "as" phrase of a verb ("will serve as chairman",
 * "did not replace Y as chief"): the verb's modality is the role's. */
static bool as_role(const Tree *t, uint32_t w) {
  uint32_t h = parent(t, w), k = case_of(t, w);
  return h != FG_NONE && word(t, h)->upos == FG_UPOS_VERB && rel_base(t, w, "obl") &&
         word(t, w)->upos == FG_UPOS_NOUN && k != FG_NONE && lemma_is(t, k, "as");
}

/* The verb that dates role noun w: the verb of its "as" phrase ("served
 * as mayor since 2019"), or one that names, appoints or links whose
 * object or complement it is ("was appointed chief executive in 2018",
 * "became chairman in 2010"); else FG_NONE. */
static uint32_t role_verb(const Tree *t, uint32_t w) {
  uint32_t h = parent(t, w);
  if (as_role(t, w))
    return h;
  if (h == FG_NONE || word(t, w)->upos != FG_UPOS_NOUN || word(t, h)->upos != FG_UPOS_VERB ||
      !(rel_is(t, w, "obj") || rel_base(t, w, "xcomp")))
    return FG_NONE;
  return appointing_verb(t, h) || naming_verb(t, h) || lemma_listed(t, h, "linking-verb") ? h
                                                                                         : FG_NONE;
}

/* "X was urged (asked) to sell Y to Z", "urged X to sell": w is an
 * infinitive of a verb that asks for it, an act that has not happened,
 * whoever its other arguments are. */
static bool asked_to(const Tree *t, uint32_t w) {
  uint32_t h = parent(t, w), m = child_is(t, w, "mark");
  /* a gerund after "to" is no infinitive ("pleaded guilty to killing Y") */
  return h != FG_NONE && !present_participle(t, w) &&
         (rel_base(t, w, "xcomp") || (rel_base(t, w, "advcl") && m != FG_NONE && lemma_is(t, m, "to"))) &&
         lemma_listed(t, h, "ask-verb");
}

/* "A former banker, X now runs Z" parsed with the clause as the
 * fronted noun's parataxis: the description does not qualify the clause. */
static bool fronted_description_clause(const Tree *t, uint32_t v) {
  uint32_t h = parent(t, v), s = h != FG_NONE && rel_base(t, v, "parataxis")
                                    ? subject_after_fronted_description(t, h)
                                    : FG_NONE;
  return s != FG_NONE && parent(t, s) == v;
}

/* Negation, hedges, intent and former status on the trigger and on the
 * verbs that govern it through control or complement clauses ("did not
 * agree to join", "is believed to have led", "plans to buy", "denied
 * that it attacked"); attribution to the speaker of a reporting verb or
 * an "according to" phrase. */
static void qualify(const Tree *t, uint32_t v, FgFactInput *claim) {
  uint32_t w = v, from = FG_NONE;
  for (unsigned depth = 0; w != FG_NONE && depth <= MAX_CLIMB; depth++) {
    /* "accused of killing Y": climbed through to the hedge word */
    uint32_t alleger = alleged_by(t, w);
    /* amod: a noun trigger's "the failed takeover" */
    if (dependent_in(t, w, "advmod", FG_LIST_NEGATION) ||
        dependent_in(t, w, "det", FG_LIST_NEGATION) ||
        dependent_in(t, w, "aux", FG_LIST_NEGATION) ||
        dependent_in(t, w, "amod", FG_LIST_NEGATION))
      claim->negated = true;
    if ((w != v && (in_list(t, FG_LIST_DENIAL, w) || in_list(t, FG_LIST_NEGATION, w))) ||
        cleared_of(t, w))
      claim->negated = true;
    /* amod: a noun trigger's "the alleged killer", "the suspected leader";
     * below, "the planned takeover" */
    /* a hedge verb the trigger is coordinated with does not hedge it:
     * "was charged and later convicted by Y" */
    bool conjunct = w != v && from != FG_NONE && rel_base(t, from, "conj") && parent(t, from) == w;
    if (dependent_in(t, w, "aux", FG_LIST_HEDGE) || dependent_in(t, w, "advmod", FG_LIST_HEDGE) ||
        dependent_in(t, w, "amod", FG_LIST_HEDGE) ||
        (w != v && !conjunct && in_list(t, FG_LIST_HEDGE, w)) ||
        alleger != FG_NONE || (w == v && suspicion_verb(t, w) != FG_NONE))
      claim->modality = FG_MODALITY_HEDGED;
    else if (claim->modality == FG_MODALITY_ASSERTED &&
             (dependent_in(t, w, "aux", FG_LIST_FUTURE) ||
              dependent_in(t, w, "amod", FG_LIST_FUTURE) || (w != v && in_list(t, FG_LIST_FUTURE, w)) ||
              root_infinitive(t, w)))
      claim->modality = FG_MODALITY_FUTURE;
    if (claim->modality == FG_MODALITY_ASSERTED &&
        (asked_to(t, w) || plan_infinitive(t, w) || (w == v && planned_noun(t, w))))
      claim->modality = FG_MODALITY_FUTURE;
    if (former_adverb(t, w) || dependent_in(t, w, "amod", FG_LIST_FORMER) ||
        dependent_in(t, w, "compound", FG_LIST_FORMER) || no_longer(t, w) ||
        (w == v && (ended_until(t, w) || moved_on_before(t, w))))
      claim->former = true;
    /* "X served as mayor of Y from 2010 to 2018": the verb of the role's "as" phrase */
    if (w == v && as_role(t, w) && ended_until(t, parent(t, w)))
      claim->former = true;
    /* "the former chief executive" with "executive" hung on "chief" */
    if (w == v && title_noun_before(t, v) != FG_NONE &&
        dependent_in(t, title_noun_before(t, v), "amod", FG_LIST_FORMER))
      claim->former = true;
    if (w == v && (former_on_modifier(t, v) || former_before_title(t, v)))
      claim->former = true;
    /* "X previously served as minister", "X once worked as Y's editor":
     * the verb's adverb dates the role its "as" phrase names */
    if (w == v && parent(t, w) != FG_NONE && rel_base(t, w, "obl") && case_of(t, w) != FG_NONE &&
        lemma_is(t, case_of(t, w), "as") && former_adverb(t, parent(t, w)))
      claim->former = true;
    /* "Y fired its chief executive, X", "X replaced the chairman": a
     * post whose holder is put out is former */
    if (w == v && parent(t, w) != FG_NONE && rel_is(t, w, "obj") && puts_out(t, parent(t, w)))
      claim->former = true;
    /* "resigned (from) his leadership of Y", "stepped down as chief of Y":
     * a role given up is former */
    if (w == v && parent(t, w) != FG_NONE && (rel_is(t, w, "obj") || rel_base(t, w, "obl")) &&
        gives_up(t, parent(t, w)))
      claim->former = true;
    uint32_t who = according_phrase(t, w);
    uint32_t says = w != v && in_list(t, FG_LIST_REPORTING_VERB, w) ? w : reported_aside(t, w);
    if (says != FG_NONE)
      who = child_is(t, says, "nsubj");
    attribute(t, who, v, says != FG_NONE, claim);
    uint32_t reporter = reporter_of_relative_slip(t, w);
    if (reporter != FG_NONE) {
      from = FG_NONE;
      w = reporter;
      continue;
    }
    /* "X, a former executive at Y, now runs Z": the aside is not the verb's clause */
    if ((!rel_base(t, w, "xcomp") && !rel_base(t, w, "ccomp") && !rel_base(t, w, "parataxis") &&
         !rel_base(t, w, "conj") && !infinitive_complement(t, w) && !(w == v && as_role(t, w)) &&
         !asked_to(t, w) &&
         (alleger == FG_NONE || alleger != parent(t, w)) && !deed_clause(t, w)) ||
        name_before_aside(t, w) != FG_NONE || fronted_description_clause(t, w))
      break;
    /* "convict X of killing Y" with the clause hung on X: on to the verb */
    from = w;
    w = deed_clause(t, w) && rel_is(t, w, "acl") ? parent(t, parent(t, w)) : parent(t, w);
  }
}

/* ---- explaining a match (what -v prints) ---- */

/* Appends the dependency path from v to w: "^rel" for each step up from v
 * to the nearest common head, then each relation down to w ("nsubj",
 * "obj>conj", "^acl", "^appos>nmod:poss"); "=" when w is v. */
static bool append_tree_path(const Tree *t, uint32_t v, uint32_t w, FgBuf *b) {
  uint32_t up[2 * MAX_CLIMB + 2], down[2 * MAX_CLIMB + 2];
  size_t nu = 0, nd = 0;
  for (uint32_t u = v; u != FG_NONE && nu < sizeof up / sizeof up[0]; u = parent(t, u))
    up[nu++] = u;
  size_t meet = nu;
  for (uint32_t d = w; d != FG_NONE && nd < sizeof down / sizeof down[0]; d = parent(t, d)) {
    for (size_t i = 0; i < nu && meet == nu; i++)
      if (up[i] == d)
        meet = i;
    if (meet != nu)
      break;
    down[nd++] = d;
  }
  if (meet == nu)
    return fg_buf_append_str(b, "?");
  if (meet == 0 && nd == 0)
    return fg_buf_append_str(b, "=");
  bool ok = true;
  for (size_t i = 0; ok && i < meet; i++)
    ok = fg_buf_append_str(b, i ? ">^" : "^") &&
         fg_buf_append_str(b, word(t, up[i])->deprel ? word(t, up[i])->deprel : "_");
  for (size_t i = nd; ok && i-- > 0;)
    ok = fg_buf_append_str(b, i + 1 < nd || meet ? ">" : "") &&
         fg_buf_append_str(b, word(t, down[i])->deprel ? word(t, down[i])->deprel : "_");
  return ok;
}

static bool append_word(const Tree *t, uint32_t w, FgBuf *b) {
  const FgWord *x = word(t, w);
  char at[16];
  snprintf(at, sizeof at, "#%u", w + 1);
  return fg_buf_append(b, x->form, x->form_len ? x->form_len : strlen(x->form)) &&
         fg_buf_append_str(b, at);
}

/* "dep.lead lead#3 leaderOf: subj Reyna#2 [nsubj], obj Union#6 [obj]",
 * then the qualifiers the tree gave: into t->path, for the emitted fact. */
static bool describe_match(Tree *t, const FgDepRule *r, uint32_t v, uint32_t s, uint32_t o,
                           const FgFactInput *claim) {
  FgBuf *b = &t->path;
  const char *lemma = word(t, v)->lemma ? word(t, v)->lemma : word(t, v)->form;
  char at[16];
  snprintf(at, sizeof at, "#%u ", v + 1);
  fg_buf_clear(b);
  bool ok = fg_buf_append_str(b, r->id) && fg_buf_append_char(b, ' ') &&
            fg_buf_append_str(b, lemma) && fg_buf_append_str(b, at) &&
            fg_buf_append_str(b, claim->predicate) && fg_buf_append_str(b, ": subj ") &&
            append_word(t, s, b) && fg_buf_append_str(b, " [") &&
            append_tree_path(t, v, s, b) && fg_buf_append_str(b, "], obj ") &&
            (o == FG_NONE ? fg_buf_append_str(b, claim->object_assumed
                                                     ? "the article's country"
                                                     : "the country its name opens with")
                          : append_word(t, o, b) && fg_buf_append_str(b, " [") &&
                                append_tree_path(t, v, o, b) && fg_buf_append_char(b, ']'));
  if (ok && r->swap)
    ok = fg_buf_append_str(b, " swapped");
  if (ok && claim->negated)
    ok = fg_buf_append_str(b, " negated");
  if (ok && claim->modality == FG_MODALITY_HEDGED)
    ok = fg_buf_append_str(b, " hedged");
  if (ok && claim->modality == FG_MODALITY_FUTURE)
    ok = fg_buf_append_str(b, " future");
  if (ok && claim->former)
    ok = fg_buf_append_str(b, " former");
  if (ok && claim->attributed_to != FG_NONE)
    ok = fg_buf_append_str(b, " attributedTo=") &&
         fg_buf_append_str(b, t->doc->entities->items[claim->attributed_to].label);
  else if (ok && claim->attributed_label)
    ok = fg_buf_append_str(b, " attributedTo=") && fg_buf_append_str(b, claim->attributed_label);
  if (ok && claim->time)
    ok = fg_buf_append_str(b, " time=") && fg_buf_append_str(b, claim->time);
  return ok;
}

/* ---- matching ---- */

static double sentence_weight(const FgSentence *s) {
  return (s->flags & FG_SENT_HEADING) ? 0.8 : 1.0;
}

static void emit(Tree *t, const FgDepRule *r, FgFactInput *claim) {
  if (!t->ok || claim->subject == FG_NONE || (claim->object == FG_NONE && !claim->literal) ||
      claim->subject == claim->object)
    return;
  double factor = claim->modality == FG_MODALITY_ASSERTED ? 1.0 : 0.7;
  if (claim->object_assumed)
    factor *= 0.75; /* an office whose country is assumed, not read */
  FgLocalFact fact = {*claim, t->ps->sentence, r->id,
                      r->confidence * factor * sentence_weight(t->s), fg_buf_cstr(&t->path)};
  if (!t->emit(t->handle, &fact))
    t->ok = false;
}

enum { MAX_DATED = 4 }; /* dated words of a sentence kept by scan_dated */

/* The sentence's date, read once and only when a rule is tried; and,
 * found once by scan_dated, the years hung on names and the clauses on
 * nouns with a date of their own (a few of each: a very long sentence
 * is not walked again for every verb). */
typedef struct {
  const char *time;
  bool read;
  bool scanned;
  size_t years, clauses;
  uint32_t year_word[MAX_DATED], clause[MAX_DATED];
  const char *year[MAX_DATED], *clause_time[MAX_DATED];
} SentenceTime;

static const char *sentence_time(const Tree *t, SentenceTime *time) {
  if (!time->read) {
    time->time = fg_sentence_time(t->doc, t->s, t->doc_date);
    time->read = true;
  }
  return time->time;
}

/* Whether one of v's case phrases before c opens with "until" or "till". */
static bool until_before(const Tree *t, uint32_t v, uint32_t c) {
  for (uint32_t k = t->first_child[v]; k != FG_NONE && k < c; k = t->next_sibling[k]) {
    uint32_t m = case_of(t, k);
    if (m != FG_NONE && (lemma_is(t, m, "until") || lemma_is(t, m, "till")))
      return true;
  }
  return false;
}

/* The date of v's own time phrase before word before (FG_NONE: any), else
 * NULL. */
static const char *own_time(const Tree *t, uint32_t v, uint32_t before) {
  /* a copula's noun takes its time phrase as nmod ("X was CEO of Y from 2015 to 2019"),
   * and so does an apposition, a copula unsaid ("X, Y's minister since 2019,"), and
   * a linking verb's ("X became chief executive in 2015") */
  bool nominal = word(t, v)->upos == FG_UPOS_NOUN &&
                 (child_is(t, v, "cop") != FG_NONE || rel_is(t, v, "appos") ||
                  rel_base(t, v, "xcomp"));
  for (uint32_t c = t->first_child[v]; c != FG_NONE && c < before; c = t->next_sibling[c]) {
    if (!rel_base(t, c, "obl") && !rel_is(t, c, "nmod:tmod") && !(nominal && rel_is(t, c, "nmod")))
      continue;
    /* "was an affiliate of Y until a dispute in 2023": a date after the
     * end phrase is the end's, hung on the noun by the parser */
    if (nominal && rel_is(t, c, "nmod") && until_before(t, v, c))
      continue;
    uint32_t k = case_of(t, c);
    size_t first = t->ps->token[k != FG_NONE ? k : c];
    /* (a range's end too: "from 2015 to 2019" is dated by its start) */
    size_t span = k != FG_NONE && (lemma_is(t, k, "from") || lemma_is(t, k, "between")) ? 3 : 2;
    size_t last = t->ps->token[c] + span < t->s->last ? t->ps->token[c] + span : t->s->last;
    const char *time = fg_span_time(t->doc, first, last, t->doc_date);
    if (time)
      return time;
  }
  return NULL;
}

/* A clause of another time set on its verb by "before", "after" or
 * "until" ("before joining Y in 2012"): a word of the sequence-mark list
 * as its mark or case. */
static bool sequence_clause(const Tree *t, uint32_t w) {
  if (!rel_base(t, w, "advcl"))
    return false;
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c])
    if ((rel_is(t, c, "mark") || rel_is(t, c, "case")) && lemma_listed(t, c, "sequence-mark"))
      return true;
  return false;
}

/* The parser may hang the sequence clause on a clause between it and v
 * ("worked for Y, where he ran Z, before joining W in 2015"): the date
 * of a sequence clause on v's advcl c is c's sequence clause's too. */
static bool date_of_nested_sequence_clause(const Tree *t, uint32_t c, const char *time) {
  if (!rel_base(t, c, "advcl") || sequence_clause(t, c))
    return false;
  for (uint32_t k = t->first_child[c]; k != FG_NONE; k = t->next_sibling[k]) {
    const char *own = sequence_clause(t, k) ? own_time(t, k, FG_NONE) : NULL;
    if (own && strcmp(own, time) == 0)
      return true;
  }
  return false;
}

/* The sentence's date is such a clause's on v, not v's ("studied at Y
 * before joining Z in 2012"). */
static bool date_of_sequence_clause(const Tree *t, uint32_t v, const char *time) {
  for (uint32_t c = t->first_child[v]; time && c != FG_NONE; c = t->next_sibling[c]) {
    /* also a participle set before the clause: "Founded in 1998, X is
     * based in Y" */
    bool before = sequence_clause(t, c) || (rel_base(t, c, "advcl") && fronted_participle(t, c) != FG_NONE);
    const char *own = before ? own_time(t, c, FG_NONE) : NULL;
    if ((own && strcmp(own, time) == 0) || date_of_nested_sequence_clause(t, c, time))
      return true;
  }
  return false;
}

/* The sentence's date is a later conjunct's own, a year or one the
 * conjunct says came after ("was born in Y and joined the army in 1998",
 * "founded Y and later moved to Z in 2004"), not v's. */
static bool date_of_later_conjunct(const Tree *t, uint32_t v, const char *time) {
  for (uint32_t c = t->first_child[v]; time && c != FG_NONE; c = t->next_sibling[c]) {
    if (c < v || !rel_is(t, c, "conj") || word(t, c)->upos != FG_UPOS_VERB)
      continue;
    const char *own = own_time(t, c, FG_NONE);
    uint32_t adv = child_is(t, c, "advmod");
    if (own && strcmp(own, time) == 0 &&
        (fg_time_is_year(own) || (adv != FG_NONE && lemma_listed(t, adv, "sequence-adverb"))))
      return true;
  }
  return false;
}

/* One walk of the sentence for scan_dated's words: a bare "in YEAR" the
 * parser hangs as nmod on a name, and a relative clause or past
 * participle on a noun with a date of its own. */
static void scan_dated(const Tree *t, SentenceTime *st) {
  if (st->scanned)
    return;
  st->scanned = true;
  for (uint32_t w = 0; w < t->ps->count; w++) {
    uint32_t h = parent(t, w), k = case_of(t, w);
    if (h != FG_NONE && rel_is(t, w, "nmod") && k != FG_NONE && lemma_is(t, k, "in") &&
        word(t, h)->upos == FG_UPOS_PROPN) {
      const char *time = fg_span_time(t->doc, t->ps->token[k], t->ps->token[w] + 1, t->doc_date);
      if (time && fg_time_is_year(time) && st->years < MAX_DATED) {
        st->year_word[st->years] = w;
        st->year[st->years++] = time;
      }
    } else if (rel_base(t, w, "acl") && word(t, w)->upos == FG_UPOS_VERB &&
               (rel_is(t, w, "acl:relcl") || past_participle(t, w)) && st->clauses < MAX_DATED) {
      const char *own = own_time(t, w, FG_NONE);
      if (own) {
        st->clause[st->clauses] = w;
        st->clause_time[st->clauses++] = own;
      }
    }
  }
}

/* A bare "in YEAR" that the parser hangs as nmod on a name in v's clause
 * ("was acquired by firm Bellmont Partners in 2021"): a name takes no
 * date, so the year is v's; else NULL. */
static const char *year_on_name_in_clause(const Tree *t, uint32_t v, SentenceTime *st) {
  scan_dated(t, st);
  for (size_t i = 0; i < st->years; i++)
    if (clause_head(t, parent(t, st->year_word[i])) == v)
      return st->year[i];
  return NULL;
}

/* The sentence's date is that of a clause on a noun, outside v ("X,
 * founded in 2009, was acquired by Y"): never v's. A present participle
 * is left out: the parser hangs v's own "starting in 2014" on a noun. */
static bool date_of_noun_clause(const Tree *t, uint32_t v, const char *time, SentenceTime *st) {
  if (!time)
    return false;
  scan_dated(t, st);
  for (size_t i = 0; i < st->clauses; i++) {
    uint32_t c = st->clause[i];
    if (c != v && !governed_by(t, v, c) && strcmp(st->clause_time[i], time) == 0)
      return true;
  }
  return false;
}

/* The date attached to the predicate: an obl or tmod dependent of the
 * trigger ("joined in 2019", "has led since 2011", "met on Sunday"); else,
 * for a verb, the sentence's date; a noun or a name ("the capital",
 * "Mombasa, Kenya") states no event, so takes no date of the sentence. */
static const char *predicate_time(const Tree *t, uint32_t v, SentenceTime *st) {
  const char *time = own_time(t, v, FG_NONE);
  if (time)
    return time;
  if (word(t, v)->upos != FG_UPOS_VERB)
    return NULL;
  time = year_on_name_in_clause(t, v, st);
  if (time)
    return time;
  /* "X was born in Y in 1940 and studied at Z", "joined Y on Monday and
   * later left": a year the first verb has before the conjunct, or any
   * date when the conjunct says it came after, is that verb's alone (a
   * day's is shared: "visited Y on Monday and met Z") */
  const char *first = rel_is(t, v, "conj") && parent(t, v) != FG_NONE
                          ? own_time(t, parent(t, v), v)
                          : NULL;
  uint32_t adv = child_is(t, v, "advmod");
  if (first && (fg_time_is_year(first) ||
                (adv != FG_NONE && lemma_listed(t, adv, "sequence-adverb"))))
    return NULL;
  /* "X, born in Y, moved to Z in 1990": a participle set off on a noun
   * has no date of the clause around it */
  if (rel_is(t, v, "acl") && past_participle(t, v) && v > 0 && lemma_is(t, v - 1, ","))
    return NULL;
  /* ... nor one that modifies a noun before it ("the Lindby-born chemist
   * X joined Y in 2001"), nor one set before the clause ("Raised in Y, X
   * joined Z in 2001") */
  if (rel_base(t, v, "amod") || (rel_base(t, v, "advcl") && fronted_participle(t, v) != FG_NONE) ||
      fronted_conjunct(t, v) != FG_NONE)
    return NULL;
  /* a clause set before or after the main one takes not the main verb's
   * date, nor the main verb that clause's */
  time = fg_fact_time(t->doc, t->s, t->ps->token[v], sentence_time(t, st), t->doc_date);
  const char *main = sequence_clause(t, v) ? own_time(t, parent(t, v), FG_NONE) : NULL;
  return (main && time && strcmp(main, time) == 0) || date_of_sequence_clause(t, v, time) ||
                 date_of_later_conjunct(t, v, time) || date_of_noun_clause(t, v, time, st)
             ? NULL
             : time;
}

/* ---- rule conditions and literal objects (verb events) ---- */

/* The word's lemma or its form is text ("blamed" read as "blam"). */
static bool word_is(const Tree *t, uint32_t w, const char *text) {
  const char *f = word(t, w)->form;
  return lemma_is(t, w, text) || (f && strcasecmp(f, text) == 0);
}

static bool word_in(const Tree *t, uint32_t w, const FgWords *words) {
  for (size_t i = 0; i < words->count; i++)
    if (word_is(t, w, words->items[i]))
      return true;
  return false;
}

/* For a gov= row, the verb of an object relative clause on trigger v
 * that is one of the row's words ("sanctions, which X imposed on Y",
 * "the sanctions X imposed"): its object is the relative pronoun, or it
 * has none and a subject of its own; or such a participle with a "by"
 * agent ("sanctions imposed by X on Y"). */
static uint32_t relative_governor(const Tree *t, const FgDepRule *r, uint32_t v) {
  for (uint32_t c = t->first_child[v]; c != FG_NONE; c = t->next_sibling[c]) {
    if (!rel_base(t, c, "acl") || word(t, c)->upos != FG_UPOS_VERB || !word_in(t, c, &r->gov))
      continue;
    /* "sanctions imposed by X on Y": a participle with its agent */
    if (rel_is(t, c, "acl") && past_participle(t, c) && agent(t, c) != FG_NONE)
      return c;
    if (!rel_is(t, c, "acl:relcl"))
      continue;
    uint32_t o = child_is(t, c, "obj"), s = child_is(t, c, "nsubj");
    if (s != FG_NONE && !relative(t, s, c) && (o == FG_NONE || relative(t, o, c)))
      return c;
  }
  return FG_NONE;
}

/* The word trigger v hangs on: its head; for a gov= row whose words the
 * head is not, the verb's object right before v's phrase where the
 * parser hung that phrase on the verb instead: an infinitive ("foiled two
 * plots to assassinate X", "to assassinate" an xcomp of "foiled") or a
 * case phrase ("confirmed X's removal from Y's terror list", "from" on
 * "confirmed"), when that object is one of the row's words. */
static uint32_t governor_of(const Tree *t, const FgDepRule *r, uint32_t v) {
  uint32_t h = parent(t, v);
  if (h == FG_NONE)
    return h;
  /* "sentenced X to life in prison for the murder of Y": the deed's "for"
   * phrase hung on the bare "in" noun of the verb (the treebanks hang
   * "in time for", "in retaliation for" so; the row's verb decides) */
  uint32_t g = parent(t, h);
  if (g != FG_NONE && r->gov.count && rel_base(t, v, "nmod") && rel_base(t, h, "obl") &&
      word(t, h)->upos == FG_UPOS_NOUN && child_is(t, h, "det") == FG_NONE) {
    uint32_t hc = case_of(t, h), vc = case_of(t, v);
    if (hc != FG_NONE && lemma_is(t, hc, "in") && vc != FG_NONE && lemma_is(t, vc, "for") &&
        word_in(t, g, &r->gov))
      return g;
  }
  if (!r->gov.count || word_in(t, h, &r->gov))
    return h;
  uint32_t clause = relative_governor(t, r, v);
  if (clause != FG_NONE)
    return clause;
  uint32_t o = child_is(t, h, "obj"), m = child_is(t, v, "mark");
  /* "Envoys from X and Y held talks": a subject's governor is the verb's
   * object noun of the row's words (the verb says only that it happened) */
  if (rel_base(t, v, "nsubj") && o != FG_NONE && word(t, o)->upos == FG_UPOS_NOUN &&
      word_in(t, o, &r->gov))
    return o;
  if (o == FG_NONE || o > v || word(t, o)->upos != FG_UPOS_NOUN || !word_in(t, o, &r->gov))
    return h;
  bool infinitive = (rel_base(t, v, "xcomp") || rel_base(t, v, "advcl")) && m != FG_NONE &&
                    lemma_is(t, m, "to") && phrase_end(t, o) + 2 == v;
  bool phrase = rel_base(t, v, "obl") && phrase_end(t, o) + 1 == phrase_start(t, v);
  return infinitive || phrase ? o : h;
}

/* gov=: the trigger hangs on a word of those lemmas (its governor, from
 * governor_of), as the object of a verb or the "of" phrase of a noun
 * ("claimed responsibility for Y", "a suspension of sanctions on Y");
 * nogov=: its head is none of those. */
static bool governed(const Tree *t, const FgDepRule *r, uint32_t v, uint32_t governor) {
  uint32_t h = parent(t, v);
  return (r->gov.count == 0 || (governor != FG_NONE && word_in(t, governor, &r->gov))) &&
         (h == FG_NONE || !word_in(t, h, &r->nogov));
}

enum { MAX_BELOW = 8 }; /* how deep below a word needs= and phrases look */

/* One of the words hangs at most MAX_BELOW steps below w (a walk of the
 * subtree, so its cost is the subtree's, not the sentence's). */
static bool found_below(const Tree *t, uint32_t w, const FgWords *words, unsigned depth) {
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c])
    if (word_in(t, c, words) || (depth + 1 < MAX_BELOW && found_below(t, c, words, depth + 1)))
      return true;
  return false;
}

/* objhead=/notobjhead=: the object's head word is (is not) in a list:
 * "Dr. X of the Y Clinic" works at a workplace, is a member elsewhere. */
static bool object_head_fits(const Tree *t, const FgDepRule *r, uint32_t o) {
  if (r->objhead && (o == FG_NONE || !lemma_listed(t, o, r->objhead)))
    return false;
  return !r->notobjhead || o == FG_NONE || !lemma_listed(t, o, r->notobjhead);
}

/* needs=: one of the words hangs below the trigger ("removed him from
 * the list of terrorists"). */
static bool needs_met(const Tree *t, const FgDepRule *r, uint32_t v) {
  uint32_t title = title_noun_before(t, v); /* "chief" of "chief executive" as the head */
  /* a name's row reads only titles beside the name: a listed word below
   * it may be another person's title in a run-on list ("musician X of
   * Y; publishers Z of W") */
  if (r->needs.count == 0 || (!r->on_name && found_below(t, v, &r->needs, 0)) ||
      (title != FG_NONE && word_in(t, title, &r->needs)))
    return true;
  /* "Police Chief X" with "Chief" hung on "Police" as a flat word, or
   * both hung side by side on the verb */
  if (v > 0 && (parent(t, v) == v - 1 || parent(t, v) == parent(t, v - 1)) &&
      word_in(t, v - 1, &r->needs))
    return true;
  /* a name's row: the title right before the name ("Professor X of Y") */
  uint32_t before = r->on_name ? word_before_name(t, v) : FG_NONE;
  if (before != FG_NONE && word_in(t, before, &r->needs))
    return true;
  /* a word of the title form the trigger ends, however the parser hung
   * it ("chief" an adjective of the verb in "Y chief executive X said") */
  TitleSpan span = title_span(t, v);
  for (size_t k = span.first; span.rule && k < span.end; k++) {
    uint32_t w = word_at(t, k);
    if (w != FG_NONE && w != v && word_in(t, w, &r->needs))
      return true;
  }
  return false;
}

/* A word of the list hangs at most MAX_BELOW steps below w; not in a
 * conjunct with an object of its own beside w's ("X shot Y and then
 * killed himself"). */
static bool listed_below(const Tree *t, uint32_t w, const char *list, unsigned depth) {
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c]) {
    if (rel_base(t, c, "conj") && child_is(t, c, "obj") != FG_NONE &&
        child_is(t, w, "obj") != FG_NONE)
      continue;
    if (lemma_listed(t, c, list) || (depth + 1 < MAX_BELOW && listed_below(t, c, list, depth + 1)))
      return true;
  }
  return false;
}

/* unless=@LIST: a word of the list in the trigger's clause, below it or
 * heading the clause it modifies, silences the row; an injury whose
 * clause says the victim died is the killing's (a kill row reads it):
 * "X shot and killed Y", "shot Y, who died", "shot Y dead", "Y, who was
 * shot by X, died", "Y died after he was shot". */
static bool unless_met(const Tree *t, const FgDepRule *r, uint32_t v) {
  if (!r->unless)
    return false;
  if (listed_below(t, v, r->unless, 0) ||
      (rel_base(t, v, "advcl") && lemma_listed(t, parent(t, v), r->unless)))
    return true;
  uint32_t n = rel_base(t, v, "acl") ? parent(t, v) : FG_NONE;
  uint32_t g = n != FG_NONE ? parent(t, n) : FG_NONE;
  return g != FG_NONE && lemma_listed(t, g, r->unless);
}

/* Widens [lo, hi] over the words of the noun phrase below w: its
 * modifiers, numbers and "of" phrases, not its clauses, appositions,
 * conjuncts or asides, nor skip or other. */
static void phrase_span(const Tree *t, uint32_t w, uint32_t skip, uint32_t other, unsigned depth,
                        uint32_t *lo, uint32_t *hi) {
  static const char *const OUT[] = {"acl", "advcl", "appos", "conj", "cc", "parataxis",
                                    "dep", "list", "reparandum"};
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c]) {
    bool out = c == skip || c == other || depth >= MAX_BELOW;
    for (size_t i = 0; !out && i < sizeof OUT / sizeof OUT[0]; i++)
      out = rel_base(t, c, OUT[i]);
    if (out)
      continue;
    *lo = c < *lo ? c : *lo;
    *hi = c > *hi ? c : *hi;
    phrase_span(t, c, skip, other, depth + 1, lo, hi);
  }
}

enum { MAX_LITERAL_WORDS = 12 };

/* For a row whose objects are organisations, the only value: a part of a
 * named organisation ("founded the Syrian branch of Y"), the trigger
 * read by its lemma (not "found" as the past of "find"). */
static bool organisation_part(const Tree *t, const FgDepRule *r, uint32_t v, uint32_t o) {
  const char *lemma = word(t, v)->lemma;
  bool by_lemma = false;
  for (size_t i = 0; lemma && i < r->lemmas.count; i++)
    by_lemma |= strcasecmp(lemma, r->lemmas.items[i]) == 0;
  uint32_t of = with_case(t, o, "of");
  return by_lemma && in_list(t, FG_LIST_ORG_PART, o) && of != FG_NONE &&
         names_kind(t, of, FG_KIND_ORG);
}

/* counted: the phrase o heads is a number or counts ("12 activists",
 * "dozens of protesters", "several journalists", and one with "a":
 * "arrested a second suspect"), not any noun phrase ("jailed the
 * ex-mayor", "threatened to kill the pair"). */
static bool counted_phrase(const Tree *t, uint32_t o) {
  if (word(t, o)->upos == FG_UPOS_NUM || lemma_listed(t, o, "count-noun") ||
      lemma_listed(t, o, "quantity-word"))
    return true;
  for (uint32_t c = t->first_child[o]; c != FG_NONE; c = t->next_sibling[c])
    if (rel_base(t, c, "nummod") || word(t, c)->upos == FG_UPOS_NUM ||
        ((rel_base(t, c, "amod") || rel_base(t, c, "det")) && lemma_listed(t, c, "quantity-word")) ||
        (rel_base(t, c, "det") && lemma_is(t, c, "a")))
      return true;
  return false;
}

/* literal: the object of v as written, when it is a common noun or a
 * number that names no entity ("detained 71 people", "foiled two ISIL
 * plots", "claimed responsibility for the bombing"): the first word the
 * object paths give, without a leading determiner or quote; NULL when
 * there is none. *at gets the object's word. */
static const char *literal_object(const Tree *t, const FgDepRule *r, uint32_t v, uint32_t *at) {
  Words ws = {{0}, 0};
  for (size_t p = 0; p < r->obj_count && ws.count == 0; p++)
    follow(t, v, &r->obj_paths[p], &ws);
  uint32_t o = ws.count ? ws.at[0] : FG_NONE;
  if (o == FG_NONE || mention_of(t, o) ||
      (word(t, o)->upos != FG_UPOS_NOUN && word(t, o)->upos != FG_UPOS_NUM) ||
      (!(r->obj & FG_KIND_VALUE) && !organisation_part(t, r, v, o)) ||
      (r->counted && !counted_phrase(t, o)))
    return NULL;
  /* "killed his wife, Ivy Rusk": the noun stands for a name, not a count,
   * even when that name is typed as no person */
  uint32_t a = child_is(t, o, "appos");
  if (a != FG_NONE && word(t, a)->upos == FG_UPOS_PROPN && fg_mention_at(t->doc, t->ps->token[a]))
    return NULL;
  *at = o;
  return phrase_text(t, o, v);
}

/* Word w opens "at least" or "at most", a count's words, not a case. */
static bool at_least(const Tree *t, uint32_t w) {
  return lemma_is(t, w, "at") && w + 1 < t->ps->count &&
         (lemma_is(t, w + 1, "least") || lemma_is(t, w + 1, "most"));
}

/* The noun phrase o heads, as written: its modifiers, numbers and "of"
 * phrases (not skip, nor anything under it, nor its own case word),
 * without a leading determiner, preposition or quote, cut at a comma or a
 * quotation mark; NULL when longer
 * than MAX_LITERAL_WORDS. */
static const char *phrase_text(const Tree *t, uint32_t o, uint32_t skip) {
  uint32_t lo = o, hi = o;
  phrase_span(t, o, skip, case_of(t, o) /* "according to", "for" */, 0, &lo, &hi);
  /* (also "according to", whose first word the tagger may read as a verb) */
  while (lo < o && (word(t, lo)->upos == FG_UPOS_DET || word(t, lo)->upos == FG_UPOS_PUNCT ||
                    word(t, lo)->upos == FG_UPOS_ADP || word_is(t, lo, "according") ||
                    rel_is(t, lo, "fixed")) &&
         !at_least(t, lo))
    lo++;
  /* "a second suspect, a 27-year-old"; "four ministers \"for their safety\"" */
  for (uint32_t w = o + 1; w < hi; w++)
    if (lemma_is(t, w, ",") || fg_tok_is(&t->doc->tok.tokens[t->ps->token[w]], "\""))
      hi = w;
  while (hi > o && word(t, hi)->upos == FG_UPOS_PUNCT)
    hi--;
  if (hi - lo >= MAX_LITERAL_WORDS)
    return NULL;
  const FgToken *a = &t->doc->tok.tokens[t->ps->token[lo]];
  const FgToken *b = &t->doc->tok.tokens[t->ps->token[hi]];
  return b->end > a->begin
             ? fg_arena_strndup(t->doc->arena, t->doc->text + a->begin, b->end - a->begin)
             : NULL;
}

/* "ran past midnight, according to X" with the phrase hung on the
 * verb's object, as parsers often do: X, for the host clause. */
static uint32_t source_below(const Tree *t, uint32_t w) {
  for (uint32_t c = t->first_child[w]; c != FG_NONE; c = t->next_sibling[c])
    if ((rel_base(t, c, "obj") || rel_base(t, c, "obl")) && according_phrase(t, c) != FG_NONE)
      return according_phrase(t, c);
  return FG_NONE;
}

/* The word whose qualifiers and date the claim takes besides the
 * trigger's: a gov= row's governor ("did not claim responsibility ... in
 * May"); for an event noun, the verb it is an argument of ("on Monday, a
 * meeting between A and B ran late, officials said"). */
static uint32_t host_clause(const Tree *t, const FgDepRule *r, uint32_t v) {
  uint32_t h = parent(t, v);
  if (r->gov.count)
    return t->governor;
  if (h == FG_NONE)
    return h;
  bool argument = rel_base(t, v, "nsubj") || rel_base(t, v, "obj") || rel_base(t, v, "obl");
  return r->event && word(t, v)->upos == FG_UPOS_NOUN && argument ? h : FG_NONE;
}

/* "the Damascus suburb of X" beside "the X district of Valencia": which
 * place holds the other is known, not written. The object holds the
 * subject when it is a country, or the gazetteer knows it and not the
 * subject, or the text made it a city ("the capital, X", "the X suburb")
 * and the subject only a place. */
static bool known_container(const Tree *t, uint32_t subject, uint32_t object) {
  const FgLocalEntity *s = &t->doc->entities->items[subject];
  const FgLocalEntity *o = &t->doc->entities->items[object];
  bool city_holds_place = o->gaz < 0 && s->gaz < 0 && o->type && s->type &&
                          strcmp(o->type, "City") == 0 && strcmp(s->type, "Place") == 0;
  return (o->kind & FG_KIND_COUNTRY) || (o->gaz >= 0 && s->gaz < 0) || city_holds_place;
}

/* notsubj=: the entity's name holds one of the words ("the Kenya Police
 * Service" raids a house it searches; it does not attack it). */
static bool name_holds(const Tree *t, uint32_t entity, const FgWords *words) {
  const char *label = t->doc->entities->items[entity].label;
  for (const char *w = label; w && *w;) {
    size_t n = strcspn(w, " -");
    for (size_t i = 0; i < words->count; i++)
      if (strlen(words->items[i]) == n && strncasecmp(w, words->items[i], n) == 0)
        return true;
    w += n;
    w += strspn(w, " -");
  }
  return false;
}

/* A second-in-command's title: "vice president", "deputy director",
 * "vice-chairman" (the tokenizer splits the hyphen), or a department's
 * head ("finance director"). Its holder does not lead the organisation. */
static bool deputy_title(const Tree *t, uint32_t v) {
  for (uint32_t c = t->first_child[v]; c != FG_NONE; c = t->next_sibling[c])
    if ((rel_base(t, c, "amod") || rel_base(t, c, "compound")) &&
        (lemma_listed(t, c, "deputy-word") ||
         (c + 1 == v && (lemma_listed(t, c, "department-word") || lemma_listed(t, c, "unit-word")))))
      return true;
  /* "Y vice president X" read by position: the title form's first word
   * (looked up only when the word before is one) */
  if (v == 0)
    return false;
  TitleSpan span = lemma_listed(t, v - 1, "deputy-word") ? title_span(t, v)
                                                         : (TitleSpan){0, 0, NULL, false};
  return span.rule && span.first < t->ps->token[v] && word_at(t, span.first) == v - 1;
}

/* Whether the name at word v comes right after an office's title, a word
 * some holdsPosition row reads ("Mayor X of Y": the "of" is the office's). */
static bool office_titled_name(const Tree *t, uint32_t v) {
  const FgMention *m = fg_mention_at(t->doc, t->ps->token[v]);
  size_t k = m ? m->first : 0;
  if (k > 0 && fg_tok_is(&t->doc->tok.tokens[k - 1], "."))
    k--;
  uint32_t w = k > 0 ? word_at(t, k - 1) : FG_NONE;
  size_t n = 0;
  const uint32_t *rules = w != FG_NONE ? rules_of(t, lemma_id(t, w), &n) : NULL;
  for (size_t i = 0; rules && i < n; i++)
    if (strcmp(fg_lexicon_dep(t->doc->lex, rules[i])->predicate, "holdsPosition") == 0)
      return true;
  return false;
}

/* A kin noun hyphened to "in-law" ("sister-in-law"): a tie by marriage,
 * not the kin the noun names. */
static bool in_law(const Tree *t, uint32_t v) {
  return v + 4 < t->ps->count && lemma_is(t, v + 1, "-") && lemma_is(t, v + 2, "in") &&
         lemma_is(t, v + 3, "-") && lemma_is(t, v + 4, "law");
}

/* w is a conjunct of a noun or a name, not of a verb. */
static bool nominal_conjunct(const Tree *t, uint32_t w) {
  uint32_t h = parent(t, w);
  return rel_base(t, w, "conj") && h != FG_NONE && word(t, h)->upos != FG_UPOS_VERB &&
         word(t, w)->upos != FG_UPOS_VERB;
}

/* The verb whose subject word w is, through an apposition ("X, the
 * finance director of Y, left"; "Y's finance director, X, left") or as a
 * second subject ("Y chairman A and chief executive B resigned"). */
static uint32_t verb_of_subject(const Tree *t, uint32_t w) {
  for (unsigned depth = 0; w != FG_NONE && depth < 3; depth++, w = parent(t, w)) {
    if (rel_base(t, w, "nsubj"))
      return parent(t, w);
    if (!rel_is(t, w, "appos") && !rel_base(t, w, "flat") && !nominal_conjunct(t, w))
      break;
  }
  return FG_NONE;
}

/* A role noun v describing s, who left the organisation org in the same
 * clause ("X, the finance director of Y, left the company"): the role
 * is a former one. */
static bool role_left(const Tree *t, uint32_t v, uint32_t s, uint32_t org) {
  uint32_t h = verb_of_subject(t, v);
  if (h == FG_NONE)
    h = verb_of_subject(t, s);
  if (h == FG_NONE || word(t, v)->upos == FG_UPOS_VERB || !lemma_listed(t, h, "leave-verb"))
    return false;
  for (uint32_t c = t->first_child[h]; c != FG_NONE; c = t->next_sibling[c]) {
    uint32_t k = case_of(t, c);
    bool left = rel_is(t, c, "obj") ||
                (rel_base(t, c, "obl") && k != FG_NONE && lemma_is(t, k, "from"));
    if (left && fg_arg_of(t->doc, mention_of(t, c), FG_KIND_ORG).entity == org)
      return true;
  }
  return false;
}

/* A title v describing s, the subject of a verb giving up a post with
 * no object of its own ("Y's chief executive, X, resigned", "Y chairman
 * X stepped down"): the office is over; not when the verb is planned,
 * denied or wanted ("will retire", "refused to resign", an xcomp). */
static bool holder_gave_up(const Tree *t, uint32_t v, uint32_t s) {
  uint32_t h = verb_of_subject(t, v);
  if (h == FG_NONE)
    h = verb_of_subject(t, s);
  return h != FG_NONE && word(t, v)->upos != FG_UPOS_VERB && child_is(t, h, "obj") == FG_NONE &&
         !rel_base(t, h, "xcomp") && gives_up(t, h);
}

/* "X, who had been coach of Y, joined Z": a post v that a relative
 * clause in the pluperfect says of its holder was held before the story's
 * time; not one held "since" a date ("who had been chief since 2019"). */
static bool pluperfect_relative_post(const Tree *t, uint32_t v) {
  bool had = false, cop = false;
  if (!rel_is(t, v, "acl:relcl") || word(t, v)->upos == FG_UPOS_VERB)
    return false;
  for (uint32_t c = t->first_child[v]; c != FG_NONE; c = t->next_sibling[c]) {
    const char *f = word(t, c)->form;
    had |= rel_is(t, c, "aux") && f && strcasecmp(f, "had") == 0;
    cop |= rel_is(t, c, "cop") && lemma_is(t, c, "be");
    if (case_of(t, c) != FG_NONE && lemma_is(t, case_of(t, c), "since"))
      return false;
  }
  return had && cop;
}

/* The facts of an office, which giving it up ends (not "founded"). */
static bool office_fact(const FgFactInput *claim) {
  return claim->role || strcmp(claim->predicate, "leaderOf") == 0 ||
         strcmp(claim->predicate, "worksFor") == 0;
}

static void try_rule(Tree *t, const FgDepRule *r, uint32_t v, SentenceTime *st) {
  FgArg subj[MAX_ARGS], obj[MAX_ARGS];
  uint32_t subj_at[MAX_ARGS], obj_at[MAX_ARGS];
  FgPathKind subj_path, obj_path = FG_PATH_SUBJ;
  t->governor = governor_of(t, r, v);
  if (!governed(t, r, v, t->governor) || !needs_met(t, r, v) || in_law(t, v) ||
      unless_met(t, r, v) ||
      (r->own_agent && passive_conjunct(t, v) && agent(t, v) == FG_NONE))
    return;
  /* only a rule that can say leaderOf asks whether the title is a deputy's */
  bool leads = strcmp(r->predicate, "leaderOf") == 0;
  bool deputy = (leads || r->org_head) && deputy_title(t, v);
  if (deputy && leads)
    return;
  /* "X, a senior commander of Y": one of its leaders, not the leader */
  if (leads && word(t, v)->upos == FG_UPOS_NOUN && child_is(t, v, "det") != FG_NONE &&
      lemma_is(t, child_is(t, v, "det"), "a") && !new_post_named(t, v))
    return;
  /* "chief operating officer X": a leader's word opening a longer title
   * is that title's (the chief executive's rows read it at its head) */
  if (leads && title_span(t, v).end > t->ps->token[v] + 1)
    return;
  t->case_on_governor = r->gov.count > 0;
  t->body_object = !(r->obj & (FG_KIND_PLACE | FG_KIND_COUNTRY));
  t->nationality = strcmp(r->predicate, "citizenOf") == 0;
  t->buying = strcmp(r->predicate, "acquired") == 0;
  t->office_seat = false;
  t->reading_subject = true;
  size_t ns = arguments(t, v, v, r->subj_paths, r->subj_count, r->subj, &r->subj_types, false,
                        subj, subj_at, &subj_path);
  t->coarg = ns ? subj_at[0] : FG_NONE;
  /* only a firm is founded, bought, sold or held in shares: such a row's
   * object may be a name the recognizer alone read as a person's */
  bool firm = ns && fg_lexicon_has(t->doc->lex, "org-object-rule", r->id, NULL);
  t->office_seat = r->role;
  t->reading_subject = false;
  size_t no = ns ? arguments(t, v, v, r->obj_paths, r->obj_count, r->obj, &r->obj_types, firm,
                             obj, obj_at, &obj_path)
                 : 0;
  uint32_t h = r->on_name && ns && !no ? shared_head(t, v) : FG_NONE;
  if (h != FG_NONE)
    no = arguments(t, h, v, r->obj_paths, r->obj_count, r->obj, &r->obj_types, firm, obj, obj_at,
                   &obj_path);
  uint32_t title = r->on_name && ns && !no ? title_heading_name(t, v) : FG_NONE;
  if (title != FG_NONE)
    no = arguments(t, title, title, r->obj_paths, r->obj_count, r->obj, &r->obj_types, firm, obj,
                   obj_at, &obj_path);
  const char *literal = NULL;
  if (r->literal && !r->swap && ns && !no && (literal = literal_object(t, r, v, &obj_at[0]))) {
    obj[0] = (FgArg){NULL, FG_NONE};
    no = 1;
  }
  /* a gov= row's event is its governor's: "claiming responsibility ... in May" */
  uint32_t host = host_clause(t, r, v);
  if (conditional(t, v) || (host != FG_NONE && conditional(t, host)))
    return;
  /* notafter=@LIST: "Professor X of Y", an employee's title makes "of
   * Y" employment (dep.titled-name-of), not membership */
  uint32_t before = r->on_name && r->notafter.count ? word_before_name(t, v) : FG_NONE;
  for (size_t k = 0; before != FG_NONE && k < r->notafter.count; k++)
    if (lemma_listed(t, before, r->notafter.items[k]))
      return;
  uint32_t when = host != FG_NONE ? host : role_verb(t, v) != FG_NONE ? role_verb(t, v) : v;
  /* "became chief executive in 2015": the title's own date before its verb's */
  const char *time = ns && no && when != v && rel_base(t, v, "xcomp") ? own_time(t, v, FG_NONE) : NULL;
  if (!time)
    time = ns && no ? predicate_time(t, when, st) : NULL;
  for (size_t i = 0; i < ns; i++)
    for (size_t j = 0; j < no; j++) {
      if (subj[i].mention == obj[j].mention ||
          (r->notsubj.count && name_holds(t, subj[i].entity, &r->notsubj)))
        continue;
      if ((r->contains && !known_container(t, subj[i].entity, obj[j].entity)) ||
          !object_head_fits(t, r, obj_at[j]))
        continue;
      /* an office's place is not where its holder lives ("Mayor X of Y") */
      if (r->on_name && strcmp(r->predicate, "residesIn") == 0 && obj_at[j] != FG_NONE &&
          case_of(t, obj_at[j]) != FG_NONE && lemma_is(t, case_of(t, obj_at[j]), "of") &&
          office_titled_name(t, v))
        continue;
      /* "A and B met": A with B, once */
      if ((obj_path == FG_PATH_COSUBJ || obj_path == FG_PATH_COARG) && obj_at[j] <= subj_at[i])
        continue;
      FgFactInput claim;
      memset(&claim, 0, sizeof claim);
      claim.predicate = r->predicate;
      claim.subject = r->swap ? obj[j].entity : subj[i].entity;
      claim.object = r->swap ? subj[i].entity : obj[j].entity;
      claim.attributed_to = FG_NONE;
      claim.time = time;
      claim.literal = literal;
      claim.former = r->former;
      claim.object_assumed = obj_path == FG_PATH_COUNTRY;
      /* a president of an organisation leads it; of a country, holds office */
      bool head = r->org_head && !deputy && claim.object != FG_NONE && (t->doc->entities->items[claim.object].kind & FG_KIND_ORG);
      if (head)
        claim.predicate = "leaderOf";
      else if (r->role && !(claim.role = r->role_label ? r->role_label : role_of(t, v)))
        t->ok = false;
      qualify(t, v, &claim);
      /* a leaving that is only planned presupposes the membership: current,
       * not former ("plans to leave the party") */
      if (r->former && planned_act(t, v)) {
        claim.former = false;
        if (claim.modality == FG_MODALITY_FUTURE)
          claim.modality = FG_MODALITY_ASSERTED;
      }
      if (r->no_former && dependent_in(t, v, "amod", FG_LIST_FORMER))
        claim.former = false;
      if (office_fact(&claim) && role_not_given_up(t, v)) {
        claim.modality = FG_MODALITY_ASSERTED;
        claim.negated = false;
      }
      if ((subj_at[i] != FG_NONE && claim.object != FG_NONE &&
           role_left(t, v, subj_at[i], claim.object)) ||
          (office_fact(&claim) && (holder_gave_up(t, v, subj_at[i]) || pluperfect_relative_post(t, v))))
        claim.former = true;
      if (host != FG_NONE) /* "did not claim responsibility" */
        qualify(t, host, &claim);
      if (phrase_negated(t, obj_at[j]))
        claim.negated = true;
      else if (claim.negated && set_against_denied(t, obj_at[j]))
        claim.negated = false;
      /* "was charged with the murder of Y": the governor only alleges it */
      if (host != FG_NONE && in_list(t, FG_LIST_HEDGE, host))
        claim.modality = FG_MODALITY_HEDGED;
      if (host != FG_NONE)
        attribute(t, source_below(t, host), FG_NONE, false, &claim);
      if (!describe_match(t, r, v, subj_at[i], obj_at[j], &claim))
        t->ok = false;
      emit(t, r, &claim);
    }
}

/* The lexicon id of the word's lemma, folded to lower case. */
static uint32_t lemma_id(const Tree *t, uint32_t w) {
  char folded[LEMMA_MAX];
  size_t n = folded_lemma(t, w, folded);
  return n ? fg_lexicon_word(t->doc->lex, folded, n) : FG_NO_ID;
}

/* The dep rules of the lexicon word id, or NULL. */
static const uint32_t *rules_of(const Tree *t, uint32_t id, size_t *n) {
  const uint32_t *rules = id == FG_NO_ID ? NULL : fg_lexicon_deps_from(t->doc->lex, id, n);
  return rules && *n ? rules : NULL;
}

/* The dep rules of the lower-case word text[0..len), or NULL. */
static const uint32_t *rules_of_text(const Tree *t, const char *text, size_t len, size_t *n) {
  return rules_of(t, fg_lexicon_word(t->doc->lex, text, len), n);
}

/* The dep rules of a noun no rule names by its lemma that a rule names by
 * its ending, written "-ologist" ("cardiologist", "virologist": an open
 * class of professions no list could hold), or NULL; the longest ending
 * wins. */
static const uint32_t *suffix_rules(const Tree *t, uint32_t v, size_t *n) {
  char folded[LEMMA_MAX], ending[LEMMA_MAX + 1] = "-";
  size_t len = word(t, v)->upos == FG_UPOS_NOUN ? folded_lemma(t, v, folded) : 0;
  for (size_t k = 0; k + 4 <= len; k++) {
    memcpy(ending + 1, folded + k, len - k);
    const uint32_t *rules = rules_of_text(t, ending, len - k + 1, n);
    if (rules)
      return rules;
  }
  return NULL;
}

/* The dep rules word v triggers: by its lemma; else by an ending a rule
 * names; else, for a verb the lemmatizer got wrong ("blamed" read as
 * "blam"), by a stem of its form. */
static const uint32_t *trigger_rules(const Tree *t, uint32_t v, size_t *n) {
  const uint32_t *rules = rules_of(t, lemma_id(t, v), n);
  if (!rules)
    rules = suffix_rules(t, v, n);
  char stems[MAX_STEMS][LEMMA_MAX];
  for (size_t i = 0, k = rules ? 0 : verb_stems(t, v, stems); i < k; i++)
    if ((rules = rules_of_text(t, stems[i], strlen(stems[i]), n)))
      return rules;
  return rules;
}

#define MAX_CHILDREN 64

static bool build_children(Tree *t) {
  size_t n = t->ps->count;
  t->first_child = fg_arena_alloc(t->doc->arena, n * sizeof *t->first_child);
  t->next_sibling = fg_arena_alloc(t->doc->arena, n * sizeof *t->next_sibling);
  if (!t->first_child || !t->next_sibling)
    return false;
  uint32_t *last = fg_arena_alloc(t->doc->arena, n * sizeof *last);
  uint16_t *count = fg_arena_calloc(t->doc->arena, n, sizeof *count);
  if (!last || !count)
    return false;
  for (size_t i = 0; i < n; i++)
    t->first_child[i] = t->next_sibling[i] = last[i] = FG_NONE;
  /* In word order, and at most MAX_CHILDREN a word: only a sentence the
   * parser cut into pieces has more (each piece's root hangs from the
   * first's), and scanning those for every trigger would be quadratic. */
  for (size_t i = 0; i < n; i++) {
    uint32_t h = parent(t, (uint32_t)i);
    if (h == FG_NONE || h == i || count[h] == MAX_CHILDREN)
      continue;
    count[h]++;
    if (last[h] == FG_NONE)
      t->first_child[h] = (uint32_t)i;
    else
      t->next_sibling[last[h]] = (uint32_t)i;
    last[h] = (uint32_t)i;
  }
  return true;
}

/* A word the name rules start at: a proper noun of a named mention; in a
 * name the mention finder read, also a word the tagger took for a common
 * noun ("wai" of "Wu Chi-wai") and the name's head word whatever its tag
 * (the last piece of "Tam Wai-ling" as a verb), so that what hangs on the
 * name still reaches it. */
static bool name_word(const Tree *t, uint32_t w) {
  const FgMention *m = fg_mention_at(t->doc, t->ps->token[w]);
  if (!m)
    return false;
  if (word(t, w)->upos == FG_UPOS_PROPN)
    return true;
  if (m->kind != FG_MENTION_NAME)
    return false;
  if (word(t, w)->upos == FG_UPOS_NOUN)
    return true;
  uint32_t h = parent(t, w);
  return m->last > m->first + 1 &&
         (h == FG_NONE || t->ps->token[h] < m->first || t->ps->token[h] >= m->last);
}

/* Where a rule of a noun that describes its subject ("X is an offshoot
 * of Y") reads its arguments: the group noun the trigger is compounded
 * with, whose dependents they are ("a splinter group of Y" as "a
 * splinter of Y"; not "a support group for Y"); else the trigger. */
static uint32_t trigger_head(const Tree *t, const FgDepRule *r, uint32_t v) {
  uint32_t h = parent(t, v);
  if (word(t, v)->upos != FG_UPOS_NOUN || !rel_is(t, v, "compound") || h == FG_NONE || h < v ||
      !group_noun(t, h) || fg_mention_at(t->doc, t->ps->token[h]))
    return v;
  for (size_t p = 0; p < r->subj_count; p++)
    if (r->subj_paths[p].kind == FG_PATH_SELF)
      return h;
  return v;
}

/* "... in the capital. Image: X Navy.": the token where a picture's credit
 * glued to the sentence opens (its label before a colon), else the
 * sentence's end. Nothing from there on is stated. */
static size_t credit_start(const FgDocAnalysis *doc, const FgSentence *s) {
  for (size_t k = s->first; k + 1 < s->last; k++)
    if (fg_lexicon_credit_at(doc->lex, doc->tok.tokens, k, s->last))
      return k;
  return s->last;
}

bool fg_extract_tree_facts(const FgDocAnalysis *doc, const FgParsedSentence *ps,
                           const char *doc_date, FgFactFunc emit_fact, void *handle) {
  /* a dateline ("CAIRO, Egypt (Reuters) --") states no fact */
  if (ps->count == 0 || ps->sentence >= doc->tok.sentence_count ||
      (doc->tok.sentences[ps->sentence].flags & FG_SENT_DATELINE))
    return true;
  Tree t = {doc, ps, &doc->tok.sentences[ps->sentence], NULL, NULL, doc_date,
            emit_fact, handle, {0}, true, FG_NONE, false, FG_NONE, false, false, false, false, FG_NONE,
            FG_NONE, FG_NONE, false};
  fg_buf_init(&t.path);
  if (!build_children(&t))
    return false;
  t.sole_org = sole_organisation(&t);
  find_it_object(&t);
  SentenceTime time = {0};
  size_t deps = fg_lexicon_dep_count(doc->lex);
  size_t credit = credit_start(doc, t.s);
  for (uint32_t v = 0; t.ok && v < ps->count; v++) {
    if (ps->token[v] >= credit)
      break;
    size_t n;
    const uint32_t *rules = trigger_rules(&t, v, &n);
    for (size_t i = 0; rules && i < n && t.ok; i++)
      if (!fg_lexicon_dep(doc->lex, rules[i])->on_name)
        try_rule(&t, fg_lexicon_dep(doc->lex, rules[i]),
                 trigger_head(&t, fg_lexicon_dep(doc->lex, rules[i]), v), &time);
    bool named = name_word(&t, v);
    for (size_t i = 0; named && i < deps && t.ok; i++)
      if (fg_lexicon_dep(doc->lex, i)->on_name)
        try_rule(&t, fg_lexicon_dep(doc->lex, i), v, &time);
  }
  fg_buf_free(&t.path);
  return t.ok;
}

uint32_t fg_words_to_tokens(const FgDocAnalysis *doc, const FgWord *words, size_t n,
                            uint32_t *token) {
  const FgToken *tokens = doc->tok.tokens;
  size_t count = doc->tok.token_count;
  for (size_t w = 0; w < n; w++) {
    size_t lo = 0, hi = count; /* the first token starting after the word */
    while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      if (tokens[mid].begin <= words[w].begin)
        lo = mid + 1;
      else
        hi = mid;
    }
    token[w] = lo ? (uint32_t)(lo - 1) : 0;
  }
  const FgSentence *s = doc->tok.sentences;
  size_t lo = 0, hi = doc->tok.sentence_count;
  while (n && lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (token[0] < s[mid].first)
      hi = mid;
    else if (token[0] >= s[mid].last)
      lo = mid + 1;
    else
      return (uint32_t)mid;
  }
  return FG_NONE;
}

void fg_mark_recognized(const FgDocAnalysis *doc, const FgWord *words, size_t n,
                        const uint32_t *token, uint8_t *ner) {
  const FgToken *tokens = doc->tok.tokens;
  for (size_t w = 0; w < n; w++) {
    if (words[w].ner_iob == FG_IOB_O || words[w].ner_type >= FG_NER_COUNT)
      continue;
    /* Only the tokens of the word's own form: "John" of "John's" leaves
     * out the "'s" that shares its multiword token. */
    size_t end = words[w].begin + words[w].form_len;
    ner[token[w]] = words[w].ner_type;
    for (size_t t = token[w] + 1; t < doc->tok.token_count && tokens[t].end <= end; t++)
      ner[t] = words[w].ner_type;
    if (words[w].ner_iob == FG_IOB_B)
      ner[token[w]] |= FG_TOKEN_NER_START;
  }
}
