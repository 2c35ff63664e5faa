/* SPDX-License-Identifier: MIT */
/* The relation rules: verb frames (active, passive, compound), surface
 * patterns and role titles, all driven by ontology/lexicon.tsv. */
#include <stdlib.h>
#include <string.h>

#include "clause.h"
#include "extract.h"
#include "modality.h"
#include "nlp/word.h"

typedef struct {
  size_t *at; /* token indexes, in order */
  size_t count;
} Starts;

typedef struct {
  const FgDocAnalysis *doc;
  const char *doc_date;
  FgFactFunc emit;
  void *handle;
  bool ok;
  uint32_t *cue_seen;     /* by cue: 1 + the last sentence that has it */
  uint32_t *pattern_cues; /* by pattern: its cues the sentence has */
  uint32_t *word_seen;    /* by lexicon word: 1 + the last sentence having it */
  /* Where in the current sentence a pattern starting with a slot may
   * start: the tokens where fg_mention_at gives a mention starting there,
   * and those and the numbers, for a Value slot. */
  Starts mention_starts, value_starts;
} Ctx;

static const FgToken *tok(const FgDocAnalysis *doc, size_t t) {
  return &doc->tok.tokens[t];
}

static size_t match_any(const FgDocAnalysis *doc, size_t t, size_t last,
                        const FgWords *w) {
  for (size_t i = 0; i < w->count; i++) {
    size_t end = fg_match_words(doc, t, last, &w->seqs[i]);
    if (end)
      return end;
  }
  return 0;
}

static bool span_has(const FgDocAnalysis *doc, size_t first, size_t last, const FgWords *w) {
  for (size_t t = first; t < last; t++)
    for (size_t i = 0; i < w->count; i++)
      if (w->seqs[i].len == 1 && tok(doc, t)->word == w->seqs[i].ids[0])
        return true;
  return false;
}

static bool sentence_has(const FgDocAnalysis *doc, const FgSentence *s, const FgWords *w) {
  return span_has(doc, s->first, s->last, w);
}

/* Headings and captions are weaker evidence than body sentences. */
static double sentence_weight(const FgSentence *s) {
  return (s->flags & FG_SENT_HEADING) ? 0.8 : 1.0;
}

static void emit(Ctx *c, const FgSentence *s, FgFactInput *claim, const char *rule,
                 double confidence) {
  if (!c->ok || claim->subject == FG_NONE || claim->subject == claim->object)
    return;
  if (claim->object == FG_NONE && !claim->literal)
    return;
  double factor = claim->modality == FG_MODALITY_ASSERTED ? 1.0 : 0.7;
  FgLocalFact fact = {*claim, (uint32_t)(s - c->doc->tok.sentences), rule,
                      confidence * factor * sentence_weight(s), NULL};
  if (!c->emit(c->handle, &fact))
    c->ok = false;
}

static FgFactInput new_claim(const char *predicate) {
  FgFactInput claim;
  memset(&claim, 0, sizeof claim);
  claim.predicate = predicate;
  claim.subject = claim.object = claim.attributed_to = FG_NONE;
  return claim;
}

/* ---- verb frames ---- */

/* "Baltrex Maritime, the Limassol-based firm": the name that the phrase
 * starting at t (after its determiner) is in apposition to. */
static FgArg apposed_to(const FgDocAnalysis *doc, const FgSentence *s, size_t t,
                        unsigned kinds) {
  while (t > s->first && fg_in_at(doc, FG_LIST_DETERMINER, t - 1))
    t--;
  if (t < s->first + 2 || !fg_tok_is(tok(doc, t - 1), ","))
    return (FgArg){NULL, FG_NONE};
  const FgMention *m = fg_mention_at(doc, t - 2);
  return m && m->last == t - 1 ? fg_arg_of(doc, m, kinds) : (FgArg){NULL, FG_NONE};
}

/* "is based in", "was affiliated with": a state, read as active; not
 * "was set to arrive in". */
static bool stative(const FgDocAnalysis *doc, const FgSentence *s, const FgVerbRule *r,
                    size_t v) {
  return r->tail.count && v > s->first && !fg_tok_is(tok(doc, v - 1), "to");
}

/* A be-auxiliary within three tokens before v (adverbs between); a
 * present participle is progressive, not passive: "has been cooperating". */
static bool passive_aux(const FgDocAnalysis *doc, const FgSentence *s, size_t v) {
  if (fg_is_gerund(doc, v))
    return false;
  for (size_t k = 1; k <= 3 && v >= s->first + k; k++) {
    if (fg_in_at(doc, FG_LIST_BE_AUX, v - k))
      return true;
    if (!(tok(doc, v - k)->flags & FG_TOK_WORD) || (tok(doc, v - k)->flags & FG_TOK_CAP))
      return false;
  }
  return false;
}

static void verb_object(Ctx *c, const FgSentence *s, const FgVerbRule *r, size_t from,
                        FgFactInput *claim) {
  FgArg o = fg_clause_object(c->doc, s, from, r->obj);
  if (o.mention) {
    claim->object = o.entity;
    return;
  }
  if (r->object_literal)
    claim->literal = fg_clause_literal(c->doc, s, from);
}

static void try_verb(Ctx *c, const FgSentence *s, const FgVerbRule *r, size_t v,
                     size_t v_end) {
  const FgDocAnalysis *doc = c->doc;
  if (r->needs.count && !sentence_has(doc, s, &r->needs))
    return;
  size_t after = v_end;
  if (r->tail.count) {
    after = match_any(doc, v_end, s->last, &r->tail);
    if (!after)
      return;
  }
  FgFactInput claim = new_claim(r->predicate);
  const FgMention *subject = NULL; /* the active subject's mention */
  /* "US-led coalition": the name before the hyphen is the subject. */
  if (v >= s->first + 2 && fg_tok_is(tok(doc, v - 1), "-") &&
      tok(doc, v - 1)->begin == tok(doc, v - 2)->end) {
    const FgMention *m = fg_mention_at(doc, v - 2);
    if (!r->compound || !m)
      return;
    FgArg sub = fg_arg_of(doc, m, r->subj);
    FgArg obj = fg_clause_object(doc, s, v_end, r->obj);
    if (!obj.mention)
      obj = apposed_to(doc, s, m->first, r->obj);
    claim.subject = r->swap ? obj.entity : sub.entity;
    claim.object = r->swap ? sub.entity : obj.entity;
    fg_read_qualifiers(doc, s, v, v_end, c->doc_date, &claim);
    claim.negated = false;
    emit(c, s, &claim, r->id, r->confidence);
    return;
  }
  bool by = after < s->last && fg_tok_is(tok(doc, after), "by");
  if (by && r->passive) {
    size_t agent_at = after + 1;
    FgArg agent = fg_clause_object(doc, s, agent_at, r->subj);
    size_t left = v;
    while (left > s->first && (fg_in_at(doc, FG_LIST_BE_AUX, left - 1) ||
                               fg_in_at(doc, FG_LIST_ADVERB, left - 1) ||
                               fg_in_at(doc, FG_LIST_FORMER, left - 1)))
      left--;
    /* "the coalition led by X": the noun right before is the patient;
     * with an auxiliary ("Y, a group ..., is led by X") the subject is */
    size_t near = left;
    if (near > s->first && fg_tok_is(tok(doc, near - 1), ","))
      near--;
    const FgMention *adj = near > s->first && left == v ? fg_mention_at(doc, near - 1) : NULL;
    FgArg patient = adj ? fg_arg_of(doc, adj, r->obj) : (FgArg){NULL, FG_NONE};
    if (!patient.mention)
      patient = fg_clause_subject(doc, s, left, r->obj);
    claim.subject = agent.entity;
    claim.object = patient.entity;
    if (!patient.mention && r->object_literal && left == v)
      claim.literal = fg_clause_literal_before(doc, s, v);
  } else if (r->active && (!passive_aux(doc, s, v) || stative(doc, s, r, v))) {
    FgArg sub = fg_clause_subject(doc, s, v, r->subj);
    subject = sub.mention;
    claim.subject = sub.entity;
    verb_object(c, s, r, after, &claim);
    if (sub.mention && claim.object == FG_NONE && !claim.literal)
      claim.object = fg_clause_relative_object(doc, s, sub.mention, r->obj).entity;
  } else {
    return;
  }
  if (claim.subject == FG_NONE)
    return;
  fg_read_qualifiers(doc, s, v, after, c->doc_date, &claim);
  emit(c, s, &claim, r->id, r->confidence);
  /* "Portugal and Angola condemned X": each conjunct is a subject */
  for (bool first = true; subject; first = false) {
    subject = fg_clause_conjunct_before(doc, s, subject, first);
    if (!subject)
      break;
    FgArg other = fg_arg_of(doc, subject, r->subj);
    if (!other.mention || other.entity == claim.object)
      break;
    claim.subject = other.entity;
    emit(c, s, &claim, r->id, r->confidence);
  }
}

static bool noun_after_preposition(const FgDocAnalysis *doc, size_t t) {
  return !fg_is_gerund(doc, t) && fg_in_at(doc, FG_LIST_PREPOSITION, t - 1) &&
         !fg_tok_is(tok(doc, t - 1), "to");
}

static void run_verbs(Ctx *c, const FgSentence *s) {
  const FgDocAnalysis *doc = c->doc;
  for (size_t t = s->first; t < s->last && c->ok; t++) {
    if (!(tok(doc, t)->flags & FG_TOK_WORD) || !fg_is_verb_form(doc, t) || fg_mention_at(doc, t))
      continue;
    /* "received support from Y": a form the tagger reads as a noun is no verb */
    if (doc->token_upos &&
        (doc->token_upos[t] == FG_UPOS_NOUN || doc->token_upos[t] == FG_UPOS_PROPN))
      continue;
    /* "the overthrow of", "his visit", "responsibility for attacks": a
     * noun, left to the patterns; "after toppling X" stays a verb */
    if (t > s->first && (fg_in_at(doc, FG_LIST_DETERMINER, t - 1) ||
                         noun_after_preposition(doc, t)))
      continue;
    size_t n;
    const uint32_t *verbs = fg_lexicon_verbs_from(doc->lex, tok(doc, t)->word, &n);
    for (size_t i = 0; i < n; i++) {
      const FgVerbRule *r = fg_lexicon_verb(doc->lex, verbs[i]);
      size_t end = match_any(doc, t, s->last, &r->forms);
      if (end)
        try_verb(c, s, r, t, end);
    }
  }
}

/* ---- surface patterns ---- */

typedef struct {
  FgArg subject, object;
  const char *literal;
  size_t first, last;
} Slots;

/* "Syrian leader X", "Kenyan President X": a demonym describing the
 * person named after it fills no slot. */
static bool describes_person(const FgDocAnalysis *doc, const FgSentence *s, const FgMention *m) {
  if (m->kind != FG_MENTION_DEMONYM || m->last >= s->last)
    return false;
  const FgToken *next = tok(doc, m->last);
  return (next->flags & FG_TOK_CAP) ||
         fg_in_at(doc, FG_LIST_PERSON_TITLE, m->last) ||
         fg_in_at(doc, FG_LIST_PERSON_DESCRIPTOR, m->last);
}

static bool match_elements(Ctx *c, const FgSentence *s, const FgPatternRule *p,
                           size_t e, size_t t, Slots *slots) {
  const FgDocAnalysis *doc = c->doc;
  if (e == p->element_count) {
    slots->last = t;
    return true;
  }
  const FgElement *el = &p->elements[e];
  switch (el->type) {
  case FG_EL_WORDS:
  case FG_EL_OPTIONAL: {
    size_t end = t < s->last ? match_any(doc, t, s->last, &el->words) : 0;
    if (end && match_elements(c, s, p, e + 1, end, slots))
      return true;
    return el->type == FG_EL_OPTIONAL && match_elements(c, s, p, e + 1, t, slots);
  }
  case FG_EL_SKIP:
    for (size_t n = 0; n <= el->skip && t + n <= s->last; n++) {
      if (n > 0 && fg_clause_boundary(doc, t + n - 1))
        break;
      if (match_elements(c, s, p, e + 1, t + n, slots))
        return true;
    }
    return false;
  case FG_EL_SUBJECT:
  case FG_EL_OBJECT: {
    if (t >= s->last)
      return false;
    const FgMention *m = fg_mention_at(doc, t);
    FgArg a = {NULL, FG_NONE};
    size_t end = t + 1;
    if (m && m->first == t) {
      if (!describes_person(doc, s, m))
        a = fg_arg_of(doc, m, el->kinds);
      end = m->last;
    } else if ((el->kinds & FG_KIND_VALUE) && (tok(doc, t)->flags & FG_TOK_NUM)) {
      /* a counted value: "71 people" */
      end = t + 1;
      while (end < s->last && end < t + 3 && (tok(doc, end)->flags & FG_TOK_WORD) &&
             !(tok(doc, end)->flags & FG_TOK_CAP) && !fg_is_verb_form(doc, end))
        end++;
      const FgToken *a0 = tok(doc, t), *b0 = tok(doc, end - 1);
      char *lit = fg_arena_strndup(doc->arena, doc->text + a0->begin, b0->end - a0->begin);
      if (!lit)
        return false;
      Slots saved = *slots;
      slots->literal = lit;
      if (match_elements(c, s, p, e + 1, end, slots))
        return true;
      *slots = saved;
      return false;
    }
    if (!a.mention)
      return false;
    Slots saved = *slots;
    if (el->type == FG_EL_SUBJECT)
      slots->subject = a;
    else
      slots->object = a;
    if (match_elements(c, s, p, e + 1, end, slots))
      return true;
    *slots = saved;
    return false;
  }
  }
  return false;
}

/* "the Damascus suburb of X" / "the X district of Valencia": the place
 * the gazetteer knows is the one that contains the other. */
static bool known_container(const FgDocAnalysis *doc, const Slots *slots) {
  if (!slots->subject.mention || !slots->object.mention)
    return false;
  const FgLocalEntity *sub = &doc->entities->items[slots->subject.entity];
  const FgLocalEntity *obj = &doc->entities->items[slots->object.entity];
  return obj->gaz >= 0 && sub->gaz < 0;
}

/* Whether a pattern whose first element is no slot can match at token t:
 * words need one of their first words there; skips and optional words can
 * start anywhere. */
static bool may_start(const FgDocAnalysis *doc, const FgElement *el, size_t t) {
  if (el->type != FG_EL_WORDS)
    return true;
  for (size_t i = 0; i < el->words.count; i++)
    if (tok(doc, t)->word == el->words.seqs[i].ids[0])
      return true;
  return false;
}

/* Counts in c->pattern_cues the cues of each pattern that the sentence
 * has: a pattern can match only when it has them all. */
static void count_cues(Ctx *c, const FgSentence *s) {
  const FgLexicon *lex = c->doc->lex;
  uint32_t stamp = (uint32_t)(s - c->doc->tok.sentences) + 1;
  memset(c->pattern_cues, 0, fg_lexicon_pattern_count(lex) * sizeof *c->pattern_cues);
  for (size_t t = s->first; t < s->last; t++) {
    uint32_t w = tok(c->doc, t)->word;
    if (w == FG_NO_ID || c->word_seen[w] == stamp)
      continue;
    c->word_seen[w] = stamp;
    size_t n;
    const uint32_t *cues = fg_lexicon_cues_from(lex, w, &n);
    for (size_t i = 0; i < n; i++)
      if (c->cue_seen[cues[i]] != stamp) {
        c->cue_seen[cues[i]] = stamp;
        c->pattern_cues[fg_lexicon_cue_pattern(lex, cues[i])]++;
      }
  }
}

/* Fills c->mention_starts and c->value_starts for the sentence: most
 * patterns start with a slot, and are tried only there. */
static void find_starts(Ctx *c, const FgSentence *s) {
  c->mention_starts.count = c->value_starts.count = 0;
  for (size_t t = s->first; t < s->last; t++) {
    const FgMention *m = fg_mention_at(c->doc, t);
    bool mention = m && m->first == t;
    if (mention)
      c->mention_starts.at[c->mention_starts.count++] = t;
    if (mention || (tok(c->doc, t)->flags & FG_TOK_NUM))
      c->value_starts.at[c->value_starts.count++] = t;
  }
}

/* Tries pattern p from token t, emitting its fact; returns the token from
 * which to try it next. */
static size_t try_pattern(Ctx *c, const FgSentence *s, const FgPatternRule *p, size_t t) {
  const FgDocAnalysis *doc = c->doc;
  Slots slots = {{NULL, FG_NONE}, {NULL, FG_NONE}, NULL, t, t};
  if (!match_elements(c, s, p, 0, t, &slots))
    return t + 1;
  /* "a suspension of US sanctions on X" states no new sanction */
  size_t before = t >= s->first + 4 ? t - 4 : s->first;
  if (p->unless.count && span_has(doc, before, t, &p->unless))
    return t + 1;
  /* Of overlapping matches ending at the same token, the one starting
   * last binds the nearest subject. */
  for (size_t t2 = t + 1; t2 < slots.last; t2++) {
    Slots later = {{NULL, FG_NONE}, {NULL, FG_NONE}, NULL, t2, t2};
    if (match_elements(c, s, p, 0, t2, &later) && later.last == slots.last)
      slots = later;
  }
  if (p->known_object && !known_container(doc, &slots))
    return t + 1;
  FgFactInput claim = new_claim(p->predicate);
  claim.subject = slots.subject.entity;
  claim.object = p->object_is_doc_country ? doc->main_country : slots.object.entity;
  claim.literal = slots.literal;
  if (p->swap) {
    uint32_t tmp = claim.subject;
    claim.subject = claim.object;
    claim.object = tmp;
  }
  fg_read_qualifiers(doc, s, t, slots.last, c->doc_date, &claim);
  emit(c, s, &claim, p->id, p->confidence);
  return slots.last > t + 1 ? slots.last : t + 1;
}

static void run_pattern(Ctx *c, const FgSentence *s, const FgPatternRule *p) {
  const FgElement *el = &p->elements[0];
  if (el->type == FG_EL_SUBJECT || el->type == FG_EL_OBJECT) {
    const Starts *starts = (el->kinds & FG_KIND_VALUE) ? &c->value_starts : &c->mention_starts;
    size_t next = s->first;
    for (size_t k = 0; k < starts->count; k++)
      if (starts->at[k] >= next)
        next = try_pattern(c, s, p, starts->at[k]);
    return;
  }
  for (size_t t = s->first; t < s->last;)
    t = may_start(c->doc, el, t) ? try_pattern(c, s, p, t) : t + 1;
}

static void run_patterns(Ctx *c, const FgSentence *s) {
  const FgLexicon *lex = c->doc->lex;
  count_cues(c, s);
  find_starts(c, s);
  for (size_t i = 0; i < fg_lexicon_pattern_count(lex) && c->ok; i++) {
    const FgPatternRule *p = fg_lexicon_pattern(lex, i);
    if (c->pattern_cues[i] == p->cue_count)
      run_pattern(c, s, p);
  }
}

/* ---- roles and titles ---- */

static const FgMention *mention_starting(const FgDocAnalysis *doc, size_t t, size_t last) {
  if (t >= last)
    return NULL;
  const FgMention *m = fg_mention_at(doc, t);
  return m && m->first == t ? m : NULL;
}

static const FgMention *mention_ending(const FgDocAnalysis *doc, const FgSentence *s,
                                       size_t end) {
  if (end <= s->first)
    return NULL;
  const FgMention *m = fg_mention_at(doc, end - 1);
  return m && m->last == end ? m : NULL;
}

/* The country or organisation that a role belongs to, written before it:
 * "Syrian", "Syria's", "US", "the group's". */
static FgArg role_holder_before(const FgDocAnalysis *doc, const FgSentence *s, size_t r,
                                bool *former) {
  size_t end = r;
  if (end > s->first && (tok(doc, end - 1)->flags & FG_TOK_POSS))
    end--;
  const FgMention *m = mention_ending(doc, s, end);
  if (m) {
    size_t before = m->first;
    if (before > s->first && fg_in_at(doc, FG_LIST_FORMER, before - 1))
      *former = true;
    return fg_arg_of(doc, m, FG_KIND_COUNTRY | FG_KIND_ORG);
  }
  return (FgArg){NULL, FG_NONE};
}

/* States the role at [at, end) of person in holder (or in the article's
 * country, for an office whose country is not named). */
static void emit_role(Ctx *c, const FgSentence *s, const FgRoleRule *r, uint32_t person,
                      FgArg holder, bool former, size_t at, size_t end) {
  bool office = strcmp(r->predicate, "holdsPosition") == 0;
  uint32_t held = holder.mention ? holder.entity : FG_NONE;
  double confidence = r->confidence;
  /* "Prime Minister X" with no country named: the article's country */
  if (held == FG_NONE && office) {
    held = c->doc->main_country;
    confidence *= 0.75;
  }
  if (person == FG_NONE || held == FG_NONE)
    return;
  /* "Syrian leader X" leads a state: a position, as heads of state hold */
  bool state = c->doc->entities->items[held].kind == FG_KIND_COUNTRY &&
               strcmp(r->predicate, "leaderOf") == 0;
  /* "the students' association president X" heads it: the office of a
   * country's head, held in an organisation, is its leadership */
  bool head = r->org_head && (c->doc->entities->items[held].kind & FG_KIND_ORG);
  office = office && !head;
  FgFactInput claim = new_claim(state ? "holdsPosition" : head ? "leaderOf" : r->predicate);
  claim.subject = person;
  claim.object = held;
  claim.object_assumed = !holder.mention;
  const char *title = r->also_position ? fg_title_case(c->doc, at, end) : NULL;
  if (state)
    claim.role = "Leader";
  else if (office)
    claim.role = title ? title : r->label;
  fg_read_qualifiers(c->doc, s, at, at + 1, c->doc_date, &claim);
  claim.former = claim.former || former;
  emit(c, s, &claim, r->id, confidence);
  /* "Rhenwald's chief executive, X": heading an organisation is also a
   * position in it, named as written */
  if (!state && !office && title) {
    claim.predicate = "holdsPosition";
    claim.role = title;
    emit(c, s, &claim, r->id, confidence);
  }
}

static uint32_t person_of(const FgDocAnalysis *doc, const FgMention *m) {
  FgArg a = fg_arg_of(doc, m, FG_KIND_PERSON);
  return a.mention ? a.entity : FG_NONE;
}

static void try_role(Ctx *c, const FgSentence *s, const FgRoleRule *r, size_t at,
                     size_t end) {
  const FgDocAnalysis *doc = c->doc;
  bool former = at > s->first && fg_in_at(doc, FG_LIST_FORMER, at - 1);
  FgArg holder = role_holder_before(doc, s, at, &former);
  size_t p_at = end;
  if (p_at < s->last && fg_tok_is(tok(doc, p_at), "."))
    p_at++;
  /* "Defence Minister Brig. Gen. X": titles between the role and the name */
  while (p_at < s->last && fg_in_at(doc, FG_LIST_PERSON_TITLE, p_at) &&
         !fg_mention_at(doc, p_at)) {
    p_at++;
    if (p_at < s->last && fg_tok_is(tok(doc, p_at), "."))
      p_at++;
  }
  bool comma = p_at < s->last && fg_tok_is(tok(doc, p_at), ",");
  const FgMention *after = mention_starting(doc, comma ? p_at + 1 : p_at, s->last);
  uint32_t person = after ? person_of(doc, after) : FG_NONE;
  if (person != FG_NONE) {
    /* "President X of Syria" */
    if (!holder.mention && !comma && after->last + 1 < s->last &&
        fg_tok_is(tok(doc, after->last), "of"))
      holder = fg_arg_of(doc, mention_starting(doc, after->last + 1, s->last),
                         strcmp(r->predicate, "holdsPosition") == 0
                             ? FG_KIND_COUNTRY /* "... of the X Party" is a membership */
                             : FG_KIND_COUNTRY | FG_KIND_ORG);
    emit_role(c, s, r, person, holder, former, at, end);
    return;
  }
  /* "X, head of Y" / "X, the president of Y" / "X, Y's foreign minister" */
  size_t left = at;
  while (left > s->first && (fg_in_at(doc, FG_LIST_DETERMINER, left - 1) ||
                             fg_in_at(doc, FG_LIST_FORMER, left - 1)))
    left--;
  if (holder.mention)
    left = holder.mention->first;
  if (left <= s->first + 1 || !fg_tok_is(tok(doc, left - 1), ","))
    return;
  const FgMention *pm = mention_ending(doc, s, left - 1);
  person = pm ? person_of(doc, pm) : FG_NONE;
  if (!holder.mention && end + 1 < s->last && fg_tok_is(tok(doc, end), "of"))
    holder = fg_clause_object(doc, s, end + 1, FG_KIND_COUNTRY | FG_KIND_ORG);
  former = former || (at > s->first && fg_in_at(doc, FG_LIST_FORMER, at - 1));
  emit_role(c, s, r, person, holder, former, at, end);
}

static void run_roles(Ctx *c, const FgSentence *s) {
  const FgDocAnalysis *doc = c->doc;
  for (size_t t = s->first; t < s->last && c->ok; t++) {
    if (!(tok(doc, t)->flags & FG_TOK_WORD))
      continue;
    size_t best_end = 0, n;
    const FgRoleRule *best = NULL;
    const uint32_t *roles = fg_lexicon_roles_from(doc->lex, tok(doc, t)->word, &n);
    for (size_t i = 0; i < n; i++) {
      const FgRoleRule *r = fg_lexicon_role(doc->lex, roles[i]);
      size_t end = match_any(doc, t, s->last, &r->forms);
      if (end > best_end) {
        best_end = end;
        best = r;
      }
    }
    if (best) {
      try_role(c, s, best, t, best_end);
      t = best_end - 1;
    }
  }
}

bool fg_extract_facts(const FgDocAnalysis *doc, const char *doc_date,
                      FgFactFunc emit_fn, void *handle) {
  /* FACTGRAPH_RULES=tree measures the tree rules alone, on the way to
     deleting this engine (issue 16); it is read per document, which is cheap */
  const char *only = getenv("FACTGRAPH_RULES");
  if (only && strcmp(only, "tree") == 0)
    return true;
  size_t cues = fg_lexicon_cue_count(doc->lex);
  size_t patterns = fg_lexicon_pattern_count(doc->lex);
  size_t words = fg_lexicon_word_count(doc->lex);
  Ctx c = {doc, doc_date, emit_fn, handle, true,
           fg_arena_calloc(doc->arena, cues ? cues : 1, sizeof(uint32_t)),
           fg_arena_calloc(doc->arena, patterns ? patterns : 1, sizeof(uint32_t)),
           fg_arena_calloc(doc->arena, words ? words : 1, sizeof(uint32_t)),
           {fg_arena_calloc(doc->arena, doc->tok.token_count + 1, sizeof(size_t)), 0},
           {fg_arena_calloc(doc->arena, doc->tok.token_count + 1, sizeof(size_t)), 0}};
  if (!c.cue_seen || !c.pattern_cues || !c.word_seen || !c.mention_starts.at || !c.value_starts.at)
    return false;
  for (size_t i = 0; i < doc->tok.sentence_count && c.ok; i++) {
    const FgSentence *s = &doc->tok.sentences[i];
    /* a sentence without any mention states no fact */
    if (doc->sentence_mention[i + 1] == doc->sentence_mention[i])
      continue;
    run_roles(&c, s);
    run_verbs(&c, s);
    run_patterns(&c, s);
  }
  return c.ok;
}
