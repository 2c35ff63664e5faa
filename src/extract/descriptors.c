/* SPDX-License-Identifier: MIT */
/* Descriptors and pronouns: "the coalition", "Syrian security forces",
 * "the government", "he", "the group", "the Syrian leader" are tied to the
 * entity they stand for in this document. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analysis.h"
#include "args.h"
#include "mentions_internal.h"
#include "names.h"
#include "util/grow.h"

typedef struct {
  FgDocAnalysis *doc;
  FgMention **items;
  size_t *count, *cap;
} Adder;

static const FgToken *tok_at(const FgDocAnalysis *doc, size_t t) {
  return &doc->tok.tokens[t];
}

static FgLocalEntity *ent(const FgDocAnalysis *doc, uint32_t e) {
  return &doc->entities->items[e];
}

static FgMention *add(Adder *a, size_t first, size_t last, size_t sentence,
                      uint8_t kind, uint32_t entity_index) {
  if (*a->count == *a->cap) {
    size_t cap = *a->cap ? *a->cap * 2 : 128;
    FgMention *items = fg_arena_calloc(a->doc->arena, cap, sizeof *items);
    if (!items)
      return NULL;
    if (*a->count)
      memcpy(items, *a->items, *a->count * sizeof *items);
    *a->items = items;
    *a->cap = cap;
  }
  FgMention *m = &(*a->items)[(*a->count)++];
  *m = (FgMention){(uint32_t)first, (uint32_t)last, (uint32_t)sentence,
                   entity_index, FG_NONE, FG_NONE, kind};
  return m;
}

/* The document-local entity with this key, or a new one. Only entities
 * from first on (the descriptors') have "desc:" keys: the scan starts
 * there, and a document has few distinct descriptors. */
static uint32_t entity_for_key(FgDocAnalysis *doc, size_t first, const char *key,
                               const char *label, const char *type, unsigned kind) {
  FgLocalEntities *es = doc->entities;
  for (size_t i = first; i < es->count; i++)
    if (strcmp(es->items[i].key, key) == 0)
      return (uint32_t)i;
  return fg_local_entity_new(es, doc->doc, key, label, type, kind, -1);
}

/* The document's named organisation (entities before the descriptors')
 * whose label is the descriptor's, case aside, or FG_NONE. */
static uint32_t name_labelled(const FgDocAnalysis *doc, size_t end, const char *label) {
  for (size_t i = doc->first_entity; i < end; i++) {
    const FgLocalEntity *e = &doc->entities->items[i];
    if ((e->kind & FG_KIND_ORG) && e->label && strcasecmp(e->label, label) == 0)
      return (uint32_t)i;
  }
  return FG_NONE;
}

/* "the Ministry of Defence" after "the Brastian Ministry of Defence": the
 * one government body named earlier in the document whose name ends in
 * the descriptor's capitalised words, or FG_NONE (none, or two: "the
 * Brastian ... the Tolvian Ministry of Defence" leaves the short one to
 * the list). */
static uint32_t longer_name_ending(const FgDocAnalysis *doc, size_t first, size_t last) {
  size_t len = last - first;
  if (!(tok_at(doc, first)->flags & FG_TOK_CAP))
    return FG_NONE;
  uint32_t found = FG_NONE;
  for (size_t i = 0; i < doc->mention_count && doc->mentions[i].last <= first; i++) {
    const FgMention *m = &doc->mentions[i];
    if (m->kind != FG_MENTION_NAME || m->entity == FG_NONE || m->last - m->first <= len ||
        m->entity == found || strcmp(ent(doc, m->entity)->type, "GovernmentBody") != 0)
      continue;
    size_t k = 0;
    while (k < len && strcmp(tok_at(doc, m->last - len + k)->norm, tok_at(doc, first + k)->norm) == 0)
      k++;
    if (k < len)
      continue;
    if (found != FG_NONE)
      return FG_NONE;
    found = m->entity;
  }
  return found;
}

/* The words as written ("Ministry of Interior") become a spelling. */
static bool add_span_form(FgDocAnalysis *doc, uint32_t e, size_t first, size_t last) {
  const FgToken *a0 = tok_at(doc, first), *b0 = tok_at(doc, last - 1);
  return fg_local_entity_add_form(ent(doc, e), doc->text + a0->begin, b0->end - a0->begin);
}

/* The key used for an owner country in a descriptor key. */
static const char *owner_key(const FgDocAnalysis *doc, uint32_t owner) {
  return owner == FG_NONE ? "unknown" : ent(doc, owner)->key;
}

/* The country's adjective: its demonym, except one that is the name and
 * "-er", which names its people ("New Zealander"): then the name itself
 * ("the New Zealand government"). A country the gazetteer does not know
 * takes the adjective the article wrote for it (written[owner], from its
 * demonym mentions: "the Dravonian government"), else its name. */
static const char *owner_adjective(const FgDocAnalysis *doc, uint32_t owner,
                                   const char *const *written) {
  if (owner == FG_NONE)
    return NULL;
  const FgLocalEntity *e = ent(doc, owner);
  if (e->gaz >= 0) {
    const FgGazEntry *g = fg_gazetteer_entry(doc->gaz, (size_t)e->gaz);
    size_t n = strlen(e->label);
    if (g->demonym_count && !(strncmp(g->demonyms[0], e->label, n) == 0 &&
                              strcmp(g->demonyms[0] + n, "er") == 0))
      return g->demonyms[0];
  } else if (written && owner >= doc->first_entity && written[owner - doc->first_entity]) {
    return written[owner - doc->first_entity];
  }
  return e->label;
}

/* The first adjective written for each of the document's entities that
 * the gazetteer does not know (see owner_adjective), indexed from
 * first_entity; NULL when out of memory. */
static const char **written_adjectives(const FgDocAnalysis *doc) {
  size_t n = doc->entities->count - doc->first_entity;
  const char **written = fg_arena_calloc(doc->arena, n ? n : 1, sizeof *written);
  for (size_t i = 0; written && i < doc->mention_count; i++) {
    const FgMention *m = &doc->mentions[i];
    if (m->kind != FG_MENTION_DEMONYM || m->entity == FG_NONE || m->entity < doc->first_entity ||
        ent(doc, m->entity)->gaz >= 0 || written[m->entity - doc->first_entity])
      continue;
    const FgToken *a0 = tok_at(doc, m->first), *b0 = tok_at(doc, m->last - 1);
    written[m->entity - doc->first_entity] =
        fg_arena_strndup(doc->arena, doc->text + a0->begin, b0->end - a0->begin);
  }
  return written;
}

/* A country named right before the descriptor ("Syrian", "Syria's") or
 * right after it ("of Syria"; "police in Syria" are Syria's, as a body
 * with no other owner written is the country's it works in); before a
 * body that towns have too (town_body), a town's name ("the Lakeview
 * police"). */
static uint32_t explicit_owner(const FgDocAnalysis *doc, size_t first, size_t end,
                               const FgSentence *s, bool town_body) {
  size_t t = first;
  if (t > s->first && tok_at(doc, t - 1)->flags & FG_TOK_POSS)
    t--;
  unsigned before_kinds = FG_KIND_COUNTRY | (town_body ? FG_KIND_PLACE : 0u);
  if (t > s->first) {
    const FgMention *m = fg_mention_at(doc, t - 1);
    if (m && m->entity != FG_NONE && (ent(doc, m->entity)->kind & before_kinds))
      return m->entity;
  }
  if (end + 1 < s->last && (fg_tok_is(tok_at(doc, end), "of") || fg_tok_is(tok_at(doc, end), "in"))) {
    const FgMention *m = fg_mention_at(doc, end + 1);
    if (m && m->entity != FG_NONE && ent(doc, m->entity)->kind == FG_KIND_COUNTRY)
      return m->entity;
  }
  return FG_NONE;
}

/* "US-led coalition" or "coalition led by the United States". */
static uint32_t coalition_leader(const FgDocAnalysis *doc, size_t first, size_t end,
                                 const FgSentence *s, size_t *mod_first) {
  *mod_first = first;
  if (first >= s->first + 3 && fg_tok_is(tok_at(doc, first - 1), "led") &&
      fg_tok_is(tok_at(doc, first - 2), "-")) {
    const FgMention *m = fg_mention_at(doc, first - 3);
    if (m && m->entity != FG_NONE) {
      *mod_first = m->first;
      return m->actor != FG_NONE ? m->actor : m->entity;
    }
  }
  size_t t = end;
  if (t < s->last && fg_tok_is(tok_at(doc, t), ","))
    t++;
  if (t + 2 < s->last && fg_tok_is(tok_at(doc, t), "led") && fg_tok_is(tok_at(doc, t + 1), "by")) {
    t += 2;
    if (fg_tok_is(tok_at(doc, t), "the"))
      t++;
    const FgMention *m = fg_mention_at(doc, t);
    if (m && m->entity != FG_NONE)
      return m->actor != FG_NONE ? m->actor : m->entity;
  }
  return FG_NONE;
}

typedef struct {
  size_t first, last, sentence;
  const FgWordList *list;
  uint32_t owner, leader;
  bool named; /* first is the capitalised word that names it (named_owner) */
} Desc;

/* list descriptor <Type>:<key>:<label> <forms> */
static bool parse_value(const char *value, char *type, size_t tcap, char *key,
                        size_t kcap, const char **label) {
  const char *c1 = strchr(value, ':');
  const char *c2 = c1 ? strchr(c1 + 1, ':') : NULL;
  if (!c1 || !c2 || (size_t)(c1 - value) >= tcap || (size_t)(c2 - c1 - 1) >= kcap)
    return false;
  memcpy(type, value, (size_t)(c1 - value));
  type[c1 - value] = '\0';
  memcpy(key, c1 + 1, (size_t)(c2 - c1 - 1));
  key[c2 - c1 - 1] = '\0';
  *label = c2 + 1;
  return true;
}

/* Whether the descriptor list's key is in the lexicon list keys. */
static bool key_listed(const FgDocAnalysis *doc, const FgWordList *list, const char *keys) {
  char type[32], key[48];
  const char *head;
  return list->value && parse_value(list->value, type, sizeof type, key, sizeof key, &head) &&
         fg_lexicon_has(doc->lex, keys, key, NULL);
}

/* Whether the descriptor list's key is of a body a town has as a state
 * does (list "town-body": the police). */
static bool town_body(const FgDocAnalysis *doc, const FgWordList *list) {
  return key_listed(doc, list, "town-body");
}

/* "the Kellan army", "the Ardish navy": one capitalised word between a
 * determiner and a body of list "named-owner-body" that is no country's
 * name or demonym the article knows (explicit_owner) names whose body it
 * is, a nation the article does not name as one or a militia's leader,
 * not the article's country. Without the determiner the word may be
 * another phrase's ("On Monday army units", "told Reuters police had"); a
 * title-case line capitalises every word. */
static bool named_owner(const FgDocAnalysis *doc, size_t t, const FgSentence *s,
                        const FgWordList *list) {
  bool government = key_listed(doc, list, "named-owner-government");
  if (t < s->first + 2 || (s->flags & FG_SENT_TITLECASE) ||
      !fg_tok_in(doc, FG_LIST_DETERMINER, tok_at(doc, t - 2)) ||
      !(government || key_listed(doc, list, "named-owner-body")))
    return false;
  const FgToken *mod = tok_at(doc, t - 1);
  const FgMention *m = fg_mention_at(doc, t - 1);
  /* "the May army offensive": a date's word */
  if (!(mod->flags & FG_TOK_WORD) || !(mod->flags & FG_TOK_CAP) ||
      fg_tok_in(doc, FG_LIST_MONTH, mod) || fg_tok_in(doc, FG_LIST_WEEKDAY, mod))
    return false;
  /* "the Harmani government": a government is owned only by a proper noun
   * that is no mention ("the Trump administration" is a person's) and no
   * kind of government (list "government-kind-word": "the Interim
   * government") */
  if (government)
    return !m && doc->token_upos && doc->token_upos[t - 1] == FG_UPOS_PROPN &&
           !fg_lexicon_has(doc->lex, "government-kind-word", mod->norm, NULL);
  return !m || (m->kind == FG_MENTION_NAME && m->first == t - 1 &&
                (m->entity == FG_NONE || !(ent(doc, m->entity)->kind & FG_KIND_COUNTRY)));
}

static const char *static_type(const char *type) {
  static const char *const TYPES[] = {"Organization", "GovernmentBody", "Coalition",
                                      "ArmedGroup", "Person", NULL};
  for (size_t i = 0; TYPES[i]; i++)
    if (strcmp(TYPES[i], type) == 0)
      return TYPES[i];
  return "Organization";
}

/* *out gets the document's descriptors (to free), *count their number;
 * false when out of memory. */
static bool collect(FgDocAnalysis *doc, Desc **out, size_t *count) {
  const FgWordList *lists[32];
  size_t nlists = fg_lexicon_lists(doc->lex, "descriptor", lists, 32);
  if (nlists > 32)
    nlists = 32;
  /* at most max, grown as found: most documents have a few */
  size_t max = doc->tok.token_count / 2 + 8, n = 0, cap = 0;
  Desc *descs = NULL;
  for (size_t si = 0; si < doc->tok.sentence_count; si++) {
    const FgSentence *s = &doc->tok.sentences[si];
    for (size_t t = s->first; t < s->last && n < max; t++) {
      if (!fg_tok_starts(doc, FG_LIST_DESCRIPTOR, tok_at(doc, t)) || fg_mention_at(doc, t))
        continue;
      for (size_t l = 0; l < nlists; l++)
        for (size_t w = 0; w < lists[l]->words.count; w++) {
          size_t end = fg_match_words(doc, t, s->last, &lists[l]->words.seqs[w]);
          if (!end || fg_mention_at(doc, end - 1) || n >= max)
            continue;
          Desc *grown = fg_grow(descs, n + 1, &cap, sizeof *descs);
          if (!grown) {
            free(descs);
            return false;
          }
          descs = grown;
          size_t mod_first = t;
          uint32_t leader = coalition_leader(doc, t, end, s, &mod_first);
          uint32_t owner = explicit_owner(doc, t, end, s, town_body(doc, lists[l]));
          bool named = owner == FG_NONE && leader == FG_NONE && named_owner(doc, t, s, lists[l]);
          descs[n++] = (Desc){named ? t - 1 : mod_first, end, si, lists[l], owner, leader, named};
          t = end - 1;
          l = nlists;
          break;
        }
    }
  }
  *out = descs;
  *count = n;
  return true;
}

/* The descriptor's head as the article writes it after the owner's name
 * ("the Indonesian military", "Syria's army"), which is how readers name
 * the body; else the list's label ("the authorities" of a Syria article
 * are its government), also when the words run over a line. */
static bool append_head(const FgDocAnalysis *doc, const Desc *d, const char *head, FgBuf *label) {
  const FgToken *a0 = tok_at(doc, d->first), *b0 = tok_at(doc, d->last - 1);
  /* a sentence's first word is capitalised anyway ("Police in Syria") */
  if (d->owner == FG_NONE || b0->end <= a0->begin ||
      d->first == doc->tok.sentences[d->sentence].first ||
      memchr(doc->text + a0->begin, '\n', b0->end - a0->begin))
    return fg_buf_append_str(label, head);
  return fg_buf_append(label, doc->text + a0->begin, b0->end - a0->begin);
}

/* Whether the body d names with no owner written ("the army") is written
 * elsewhere in the document with its owner ("the Colombian army"): then
 * that spelling, not the list's label ("Colombian armed forces"), names
 * it. */
static bool written_with_owner(const Desc *descs, size_t n, const Desc *d,
                               const FgDocAnalysis *doc) {
  for (size_t j = 0; j < n; j++)
    if (descs[j].list == d->list && descs[j].owner != FG_NONE &&
        descs[j].owner == doc->main_country)
      return true;
  return false;
}

/* "Tessaly's government": a name's possessive right before d (the owner
 * explicit_owner did not find a country in). */
static bool possessed_by_name(const FgDocAnalysis *doc, const Desc *d) {
  if (d->first < doc->tok.sentences[d->sentence].first + 2)
    return false;
  return (tok_at(doc, d->first - 1)->flags & FG_TOK_POSS) &&
         (tok_at(doc, d->first - 2)->flags & FG_TOK_CAP);
}

/* "President Tomas Verin's administration": a person's possessive right
 * before d, or "of" and a person right after it. A person's government
 * is the one the person leads, never the main country's by default (nor
 * the object's: "X's administration sanctioned Y" is no Y's act against
 * Y). */
static bool possessed_by_person(const FgDocAnalysis *doc, const Desc *d) {
  const FgSentence *s = &doc->tok.sentences[d->sentence];
  const FgMention *m = NULL;
  if (possessed_by_name(doc, d))
    m = fg_mention_at(doc, d->first - 2);
  else if (d->last + 1 < s->last && fg_tok_is(tok_at(doc, d->last), "of")) {
    /* "the administration of (President) X" */
    size_t t = d->last + 1;
    if (t + 1 < s->last && fg_tok_in(doc, FG_LIST_PERSON_TITLE, tok_at(doc, t)))
      t++;
    m = fg_mention_at(doc, t);
  }
  return m && m->entity != FG_NONE && ent(doc, m->entity)->kind == FG_KIND_PERSON;
}

/* Whether d is of the list whose key is "coalition". */
static bool is_coalition(const Desc *d) {
  char type[32], kind_key[48];
  const char *head;
  return d->list->value &&
         parse_value(d->list->value, type, sizeof type, kind_key, sizeof kind_key, &head) &&
         strcmp(kind_key, "coalition") == 0;
}

/* "the Kora Bloc, a coalition led by Y": the organisation named right
 * before the comma that opens the coalition's apposition, else FG_NONE. */
static uint32_t apposed_organisation(const FgDocAnalysis *doc, const Desc *d) {
  size_t t = d->first, first = doc->tok.sentences[d->sentence].first;
  while (t > first && (fg_tok_in(doc, FG_LIST_DETERMINER, tok_at(doc, t - 1)) ||
                       fg_tok_in(doc, FG_LIST_COALITION_ADJECTIVE, tok_at(doc, t - 1))))
    t--;
  if (t < first + 2 || !fg_tok_is(tok_at(doc, t - 1), ","))
    return FG_NONE;
  const FgMention *m = fg_mention_at(doc, t - 2);
  return m && m->kind == FG_MENTION_NAME && m->last == t - 1 && m->entity != FG_NONE &&
                 ent(doc, m->entity)->kind == FG_KIND_ORG
             ? m->entity
             : FG_NONE;
}

/* The named body's mention (named_owner): the modifier's name mention, if
 * the recogniser found one, grows over the body's words and becomes it, so
 * that "Kellan" alone names nothing; else a new mention. */
static bool absorb_name(Adder *a, const Desc *d, uint32_t e) {
  const FgMention *m = fg_mention_search(a->doc, d->first);
  if (!m)
    return add(a, d->first, d->last, d->sentence, FG_MENTION_DESCRIPTOR, e) != NULL;
  FgMention *own = &(*a->items)[m - a->doc->mentions];
  if (own->entity != FG_NONE && ent(a->doc, own->entity)->weight)
    ent(a->doc, own->entity)->weight--;
  own->last = (uint32_t)d->last;
  own->kind = FG_MENTION_DESCRIPTOR;
  own->entity = e;
  return true;
}

/* Whether a body of d's kind (list "named-owner-body": an army, a
 * police) is owned in the article by a word naming no country it knows
 * ("the Harmani army"): a nation it does not name, whose body the bare
 * "the army" may as well be as the main country's. */
static bool unknown_nation_body(const FgDocAnalysis *doc, const Desc *descs, size_t n,
                                const Desc *d) {
  if (!key_listed(doc, d->list, "named-owner-body"))
    return false;
  for (size_t i = 0; i < n; i++)
    if (descs[i].named && descs[i].list == d->list)
      return true;
  return false;
}

static bool add_descriptors(Adder *a) {
  FgDocAnalysis *doc = a->doc;
  Desc *descs;
  size_t n;
  if (!collect(doc, &descs, &n))
    return false;
  /* One leader for every coalition of the article, when any names one. */
  uint32_t leader = FG_NONE;
  for (size_t i = 0; i < n && leader == FG_NONE; i++)
    leader = descs[i].leader;
  /* ... and one name, when one of them is a name's apposition */
  uint32_t coalition_name = FG_NONE;
  for (size_t i = 0; i < n && coalition_name == FG_NONE; i++)
    if (is_coalition(&descs[i]))
      coalition_name = apposed_organisation(doc, &descs[i]);
  size_t first_entity = doc->entities->count;
  const char **written = written_adjectives(doc);
  if (!written) {
    free(descs);
    return false;
  }
  FgBuf key, label;
  fg_buf_init(&key);
  fg_buf_init(&label);
  bool ok = true;
  for (size_t i = 0; ok && i < n; i++) {
    Desc *d = &descs[i];
    char type[32], kind_key[48];
    const char *head;
    if (!d->list->value || !parse_value(d->list->value, type, sizeof type, kind_key,
                                        sizeof kind_key, &head))
      continue;
    fg_buf_clear(&key);
    fg_buf_clear(&label);
    bool coalition = strcmp(kind_key, "coalition") == 0;
    if (coalition) {
      ok = fg_buf_append_str(&key, "desc:coalition|") &&
           (leader != FG_NONE ? fg_buf_append_str(&key, "led:") &&
                                    fg_buf_append_str(&key, ent(doc, leader)->key)
                              : fg_buf_append_str(&key, "doc:") &&
                                    fg_buf_append_str(&key, doc->id));
      const FgToken *a0 = tok_at(doc, d->first), *b0 = tok_at(doc, d->last - 1);
      size_t first = d->first;
      if (first == d->first && d->first > doc->tok.sentences[d->sentence].first) {
        const FgToken *prev = tok_at(doc, d->first - 1);
        if ((prev->flags & FG_TOK_WORD) && !(prev->flags & FG_TOK_CAP) &&
            fg_tok_in(doc, FG_LIST_COALITION_ADJECTIVE, prev))
          a0 = prev, first--;
      }
      ok = ok && fg_buf_append(&label, doc->text + a0->begin, b0->end - a0->begin);
      d->first = first;
    } else if (d->named) {
      const FgToken *a0 = tok_at(doc, d->first), *b0 = tok_at(doc, d->last - 1);
      ok = fg_buf_append_str(&key, "desc:") && fg_buf_append_str(&key, kind_key) &&
           fg_buf_append_str(&key, "|mod:") && fg_buf_append_str(&key, a0->norm) &&
           fg_buf_append(&label, doc->text + a0->begin, b0->end - a0->begin);
    } else {
      uint32_t owner = d->owner != FG_NONE ? d->owner : doc->main_country;
      /* "the Harmani army ... Chad ... the army's chief": no answer rather
       * than the main country's body when another nation's is written */
      if (d->owner == FG_NONE && owner != FG_NONE && unknown_nation_body(doc, descs, n, d))
        continue;
      /* whose body it is is written, but as no country the article names:
       * no body of every unnamed owner at once ("government") */
      if (owner == FG_NONE && possessed_by_name(doc, d))
        continue;
      /* a person's body with no country written: no entity */
      if (d->owner == FG_NONE && possessed_by_person(doc, d))
        continue;
      const char *adj = owner_adjective(doc, owner, written);
      ok = fg_buf_append_str(&key, "desc:") && fg_buf_append_str(&key, kind_key) &&
           fg_buf_append_char(&key, '|') && fg_buf_append_str(&key, owner_key(doc, owner)) &&
           (!adj || (fg_buf_append_str(&label, adj) && fg_buf_append_char(&label, ' '))) &&
           append_head(doc, d, head, &label);
    }
    if (!ok)
      break;
    if (coalition && coalition_name != FG_NONE) {
      ok = add(a, d->first, d->last, d->sentence, FG_MENTION_DESCRIPTOR, coalition_name);
      continue;
    }
    /* "Indonesian navy" after the name "the Indonesian Navy": that body */
    uint32_t e = coalition ? FG_NONE : name_labelled(doc, first_entity, label.data);
    if (e == FG_NONE && !coalition && !d->named && d->owner == FG_NONE)
      e = longer_name_ending(doc, d->first, d->last);
    if (e == FG_NONE)
      e = entity_for_key(doc, first_entity, key.data, label.data, static_type(type),
                         FG_KIND_ORG);
    ok = e != FG_NONE && (d->named ? absorb_name(a, d, e)
                                   : add(a, d->first, d->last, d->sentence,
                                         FG_MENTION_DESCRIPTOR, e) != NULL);
    if (ok) {
      ent(doc, e)->weight++;
      ok = (!coalition && !d->named && d->owner == FG_NONE &&
            written_with_owner(descs, n, d, doc)) ||
           fg_local_entity_add_form(ent(doc, e), label.data, label.len);
      ok = ok && add_span_form(doc, e, d->first, d->last);
    }
  }
  fg_buf_free(&key);
  fg_buf_free(&label);
  free(descs);
  return ok;
}

/* ---- "the company", "the museum": a head noun for a name before it ---- */

/* The class a head noun names when it is specific enough to pick an
 * antecedent by class alone ("company" Company, "party" PoliticalParty,
 * "city" City); NULL for a plain organisation or place ("group",
 * "museum"). */
static const char *head_class(const FgDocAnalysis *doc, const FgToken *tok) {
  /* a group-ref row with a class overrides the noun's org-head class */
  static const FgListName HEADS[] = {FG_LIST_GROUP_REF, FG_LIST_ORG_HEAD, FG_LIST_PLACE_HEAD,
                                     FG_LIST_EVENT_HEAD};
  for (size_t i = 0; i < sizeof HEADS / sizeof HEADS[0]; i++) {
    const char *value = NULL;
    if (fg_tok_value(doc, HEADS[i], tok, &value) && value)
      return strcmp(value, "Organization") != 0 ? value : NULL;
  }
  return NULL;
}

#define NEAR_MENTIONS 256
#define HEAD_KIN_ROWS 32

/* Whether a row's value, one noun or several joined by '|'
 * ("newspaper|paper"), holds noun. */
static bool value_holds(const char *value, const char *noun) {
  size_t len = strlen(noun);
  for (const char *p = value; p; p = strchr(p, '|') ? strchr(p, '|') + 1 : NULL)
    if (strncmp(p, noun, len) == 0 && (p[len] == '\0' || p[len] == '|'))
      return true;
  return false;
}

/* Whether a name's head word is of the trade a business's noun names
 * (list "head-kin", keyed by the noun): "Airlines" for "the carrier";
 * with head NULL, whether the noun keys a row at all. */
static bool head_kin(const FgDocAnalysis *doc, const char *head, const char *noun) {
  const FgWordList *rows[HEAD_KIN_ROWS];
  size_t n = fg_lexicon_lists(doc->lex, "head-kin", rows, HEAD_KIN_ROWS);
  for (size_t r = 0; r < n && r < HEAD_KIN_ROWS; r++) {
    if (!rows[r]->value || !value_holds(rows[r]->value, noun))
      continue;
    if (!head)
      return true;
    for (size_t w = 0; w < rows[r]->words.count; w++)
      if (strcmp(rows[r]->words.items[w], head) == 0)
        return true;
  }
  return false;
}

/* A noun that may refer back to a name: a name's head word, or a trade's
 * noun of list head-kin that heads no name ("the paper", "the broadcaster"). */
static bool is_head_noun(const FgDocAnalysis *doc, const FgToken *tok) {
  return fg_tok_in(doc, FG_LIST_ORG_HEAD, tok) || fg_tok_in(doc, FG_LIST_PLACE_HEAD, tok) ||
         fg_tok_in(doc, FG_LIST_EVENT_HEAD, tok) || head_kin(doc, NULL, tok->norm);
}

/* Whether the name [first, last) is of the trade the noun names: its head
 * word ("Airlines" for "the carrier"), or an outlet's opening word of list
 * media-opening ("the broadcaster" for "Radio Kestel"). */
static bool name_kin(const FgDocAnalysis *doc, size_t first, size_t last, const char *noun) {
  const char *opening = tok_at(doc, first)->norm;
  return head_kin(doc, tok_at(doc, fg_name_head(doc, first, last))->norm, noun) ||
         (last - first >= 2 && fg_lexicon_has(doc->lex, "media-opening", opening, NULL) &&
          head_kin(doc, opening, noun));
}

/* A name's head word is the noun or its plural: "the gallery" for the
 * "Orrin Galleries", "the library" for the "Marl Libraries". */
static bool head_or_its_plural(const char *head, const char *noun) {
  size_t n = strlen(noun), h = strlen(head);
  if (strncmp(head, noun, n) == 0 && (h == n || (h == n + 1 && head[n] == 's')))
    return true;
  return n >= 2 && noun[n - 1] == 'y' && h == n + 2 && strncmp(head, noun, n - 1) == 0 &&
         strcmp(head + n - 1, "ies") == 0;
}

/* Whether the name at first follows a preposition (its "the" between):
 * "X of the Greens". */
static bool after_preposition(const FgDocAnalysis *doc, size_t first) {
  if (first > 0 && fg_tok_is(tok_at(doc, first - 1), "the"))
    first--;
  return first > 0 && doc->token_upos && doc->token_upos[first - 1] == FG_UPOS_ADP;
}

/* Whether another "the NOUN" of the sentence than the one at noun fits
 * the name at m by its head word: "The bank accused the firm" after
 * "Oriel Bank sued Marten Holdings" keeps Oriel Bank for "the bank", so
 * "the firm", found by class alone, is another. */
static bool head_claimed_elsewhere(const FgDocAnalysis *doc, const FgMention *m, size_t noun,
                                   size_t sentence) {
  const FgSentence *s = &doc->tok.sentences[sentence];
  const char *head = tok_at(doc, fg_name_head(doc, m->first, m->last))->norm;
  for (size_t t = s->first + 1; t < s->last; t++) {
    const FgToken *tok = tok_at(doc, t);
    if (t == noun || !fg_tok_is(tok_at(doc, t - 1), "the") || !(tok->flags & FG_TOK_WORD) ||
        (tok->flags & FG_TOK_CAP))
      continue;
    if (head_or_its_plural(head, tok->norm) || name_kin(doc, m->first, m->last, tok->norm))
      return true;
  }
  return false;
}

/* "Maelstede's founder, X, who owns 18 percent of the company": a name
 * of no class before "'s" and a firm's founder, owner or officer (the
 * list "org-role-noun" with the value Organization; not a spokesman, whom
 * any body has) is a business, which "the company" (or another class's
 * noun) may take up. */
static bool staffed_organisation(const FgDocAnalysis *doc, const FgMention *m) {
  const char *value = NULL;
  return strcmp(ent(doc, m->entity)->type, "Organization") == 0 &&
         m->last + 1 < doc->tok.token_count && (tok_at(doc, m->last)->flags & FG_TOK_POSS) &&
         fg_lexicon_has(doc->lex, "org-role-noun", tok_at(doc, m->last + 1)->norm, &value) &&
         value && strcmp(value, "Organization") == 0;
}

/* The antecedent of "the NOUN" at t: the nearest name before it whose
 * head word is the noun ("the museum" for "the Harlow Museum of Art"),
 * else, when the noun is one the lexicon lists for referring back to
 * organisations ("group-ref") and names a specific class, the nearest
 * name of that class ("the company" for "Tarrow Freight Ltd"); never a
 * person. "the front" only ever finds an "X Front". FG_NONE when there
 * is none. */
static uint32_t head_antecedent(const FgDocAnalysis *doc, size_t noun, size_t sentence) {
  const FgToken *tok = tok_at(doc, noun);
  const char *cls = fg_tok_in(doc, FG_LIST_GROUP_REF, tok) ? head_class(doc, tok) : NULL;
  /* of the class, the first named in the nearest earlier sentence that
   * names one, most often its subject ("Brennick Mining agreed to buy
   * Oskar Metals. The company's chief ...": Brennick) */
  uint32_t by_class = FG_NONE;
  size_t by_class_sentence = 0;
  bool by_class_here = false;
  /* the mentions before the noun, the nearest NEAR_MENTIONS of them: a
   * bounded look, so that a text of a thousand "the company" stays linear */
  size_t lo = fg_mentions_before(doc->mentions, doc->mention_count, noun);
  size_t stop = lo > NEAR_MENTIONS ? lo - NEAR_MENTIONS : 0;
  for (size_t i = lo; i-- > stop;) {
    const FgMention *m = &doc->mentions[i];
    if (m->kind != FG_MENTION_NAME || m->entity == FG_NONE)
      continue;
    const FgLocalEntity *e = ent(doc, m->entity);
    if (e->kind == FG_KIND_PERSON)
      continue;
    size_t head = fg_name_head(doc, m->first, m->last);
    if (head_or_its_plural(tok_at(doc, head)->norm, tok->norm) ||
        name_kin(doc, m->first, m->last, tok->norm))
      /* a name of the class nearer in the noun's own sentence, inside a
       * prepositional phrase, is meant ("X of the Greens quit the party",
       * after a "Y Party"); not the clause's own subject or object ("Vance
       * Corp said it would buy the bank", after "Morrow Bank") */
      return by_class != FG_NONE && by_class_here ? by_class : m->entity;
    if (cls && (strcmp(e->type, cls) == 0 || staffed_organisation(doc, m)) &&
        (by_class == FG_NONE || (m->sentence == by_class_sentence && m->sentence != sentence)) &&
        !head_claimed_elsewhere(doc, m, noun, sentence)) {
      by_class = m->entity;
      by_class_sentence = m->sentence;
      by_class_here = m->sentence == sentence && after_preposition(doc, m->first);
    }
  }
  return by_class;
}

/* Whether the name at first opens a clause a reporting verb reports:
 * "said Brennan Oil would appeal", "said that Brennan Oil ...". */
static bool reported_subject(const FgDocAnalysis *doc, size_t first) {
  if (first > 0 && fg_tok_is(tok_at(doc, first - 1), "that"))
    first--;
  return first > 0 && fg_tok_in(doc, FG_LIST_REPORTING_VERB, tok_at(doc, first - 1));
}

/* "Petra Lind, the company's general counsel, said Brennan Oil would
 * appeal": a possessive "the NOUN's" that nothing before names stands for
 * the one name after it in its sentence that its head word or class fits,
 * when that name opens the clause reported; with two such names, for
 * none. FG_NONE when there is none. A name elsewhere after it is another
 * party ("Tom Brek, the company's founder, sold his stake to Kessler AG"). */
static uint32_t head_cataphor(const FgDocAnalysis *doc, size_t noun, size_t sentence) {
  const FgToken *tok = tok_at(doc, noun);
  if (noun + 1 >= doc->tok.token_count || !(tok_at(doc, noun + 1)->flags & FG_TOK_POSS))
    return FG_NONE;
  const char *cls = fg_tok_in(doc, FG_LIST_GROUP_REF, tok) ? head_class(doc, tok) : NULL;
  uint32_t found = FG_NONE;
  bool reported = false;
  for (size_t i = fg_mentions_before(doc->mentions, doc->mention_count, noun);
       i < doc->mention_count && doc->mentions[i].sentence == sentence; i++) {
    const FgMention *m = &doc->mentions[i];
    if (m->kind != FG_MENTION_NAME || m->entity == FG_NONE)
      continue;
    const FgLocalEntity *e = ent(doc, m->entity);
    const char *head = tok_at(doc, fg_name_head(doc, m->first, m->last))->norm;
    bool fits = head_or_its_plural(head, tok->norm) || name_kin(doc, m->first, m->last, tok->norm) ||
                (cls && strcmp(e->type, cls) == 0);
    if (!fits || e->kind == FG_KIND_PERSON || m->entity == found)
      continue;
    if (found != FG_NONE)
      return FG_NONE;
    found = m->entity;
    reported = reported_subject(doc, m->first);
  }
  return reported ? found : FG_NONE;
}

/* The one organisation named before the noun at t whose head word is the
 * noun ("Union" for the "Norland Workers Union"); FG_NONE when none or
 * two different ones are. */
static uint32_t sole_head_antecedent(const FgDocAnalysis *doc, size_t noun) {
  const char *word = tok_at(doc, noun)->norm;
  uint32_t found = FG_NONE;
  size_t lo = fg_mentions_before(doc->mentions, doc->mention_count, noun);
  size_t stop = lo > NEAR_MENTIONS ? lo - NEAR_MENTIONS : 0;
  for (size_t i = lo; i-- > stop;) {
    const FgMention *m = &doc->mentions[i];
    if (m->kind != FG_MENTION_NAME || m->entity == FG_NONE || m->entity == found ||
        !(ent(doc, m->entity)->kind & FG_KIND_ORG) ||
        !head_or_its_plural(tok_at(doc, fg_name_head(doc, m->first, m->last))->norm, word))
      continue;
    if (found != FG_NONE)
      return FG_NONE;
    found = m->entity;
  }
  return found;
}

/* "Union leader Ivar Sten", "the union leader Ivar Sten" after the
 * "Norland Workers Union": a head noun before a person's noun and a name
 * stands for the one organisation named before with that head, so that
 * the person's noun reads it as its modifier. */
static bool add_role_owners(Adder *a) {
  FgDocAnalysis *doc = a->doc;
  for (size_t si = 0; si < doc->tok.sentence_count; si++) {
    const FgSentence *s = &doc->tok.sentences[si];
    for (size_t t = s->first; t + 2 < s->last; t++) {
      const FgToken *noun = tok_at(doc, t), *name = tok_at(doc, t + 2);
      bool opens = t == s->first || (fg_tok_is(tok_at(doc, t - 1), "the") && t - 1 == s->first);
      bool after_the = t > s->first && fg_tok_is(tok_at(doc, t - 1), "the") &&
                       !(noun->flags & FG_TOK_CAP);
      if (!(opens || after_the) || !(noun->flags & FG_TOK_WORD) || fg_mention_at(doc, t) ||
          !fg_tok_in(doc, FG_LIST_ORG_HEAD, noun) ||
          !fg_tok_in(doc, FG_LIST_PERSON_NOUN, tok_at(doc, t + 1)) ||
          !(name->flags & FG_TOK_CAP) || !(name->flags & FG_TOK_WORD))
        continue;
      uint32_t e = sole_head_antecedent(doc, t);
      if (e == FG_NONE)
        continue;
      if (!add(a, t, t + 1, si, FG_MENTION_DESCRIPTOR, e))
        return false;
      ent(doc, e)->weight++;
    }
  }
  return true;
}

/* Whether a name mention of entity e stands in sentence si before the
 * token at t. */
static bool named_in_sentence_before(const FgDocAnalysis *doc, uint32_t e, size_t si, size_t t) {
  for (size_t i = fg_mentions_before(doc->mentions, doc->mention_count, t);
       i-- > 0 && doc->mentions[i].sentence == si;)
    if (doc->mentions[i].kind == FG_MENTION_NAME && doc->mentions[i].entity == e)
      return true;
  return false;
}

/* "the Velm-based company", "the Halden-headquartered lender": after "the"
 * at t, up to three capitalised words, a hyphen and a participle of list
 * "based-participle"; the index of the noun after them, or 0. */
static size_t based_modifier_end(const FgDocAnalysis *doc, const FgSentence *s, size_t t) {
  if (!fg_tok_is(tok_at(doc, t), "the"))
    return 0;
  size_t k = t + 1;
  while (k < s->last && k < t + 4 && (tok_at(doc, k)->flags & FG_TOK_WORD) &&
         (tok_at(doc, k)->flags & FG_TOK_CAP))
    k++;
  if (k == t + 1 || k + 2 >= s->last || !fg_tok_is(tok_at(doc, k), "-") ||
      !fg_lexicon_has(doc->lex, "based-participle", tok_at(doc, k + 1)->norm, NULL))
    return 0;
  return k + 2;
}

/* "the company", "the museum", "the party": a definite head noun, with no
 * mention of its own, stands for the nearest compatible name before it.
 * So does one after a possessive pronoun ("resigned from his party"),
 * the mention then the noun alone: the pronoun keeps its own. */
static bool add_head_references(Adder *a) {
  FgDocAnalysis *doc = a->doc;
  for (size_t si = 0; si < doc->tok.sentence_count; si++) {
    const FgSentence *s = &doc->tok.sentences[si];
    for (size_t t = s->first; t + 1 < s->last; t++) {
      size_t based = based_modifier_end(doc, s, t);
      size_t h = based ? based : t + 1;
      const FgToken *noun = tok_at(doc, h);
      bool possessed = fg_tok_in(doc, FG_LIST_POSSESSIVE_PRONOUN, tok_at(doc, t));
      if (!(fg_tok_is(tok_at(doc, t), "the") || possessed) || !(noun->flags & FG_TOK_WORD) ||
          (noun->flags & FG_TOK_CAP) || fg_mention_at(doc, h) || !is_head_noun(doc, noun))
        continue;
      /* "the party leader", "the city council": the noun modifies another;
       * "the Velm-based company Orvo Motors": its own name follows */
      const FgToken *next = h + 1 < s->last ? tok_at(doc, h + 1) : NULL;
      if (next && (next->flags & FG_TOK_WORD) && !(noun->flags & FG_TOK_POSS) &&
          (is_head_noun(doc, next) || fg_tok_in(doc, FG_LIST_PERSON_NOUN, next) ||
           (based && (next->flags & FG_TOK_CAP))))
        continue;
      uint32_t e = head_antecedent(doc, h, si);
      if (e == FG_NONE && !possessed && !based)
        e = head_cataphor(doc, h, si);
      /* "Norstad Holdings sued the Bergen-based firm": a firm its own
       * sentence named is another party, not the one re-described */
      if (e == FG_NONE || (based && named_in_sentence_before(doc, e, si, h)))
        continue;
      /* "Maelstede's founder ... the company": an organisation of no class
       * that "the company" takes up is one (staffed_organisation) */
      const char *cls = fg_tok_in(doc, FG_LIST_GROUP_REF, noun) ? head_class(doc, noun) : NULL;
      if (cls && strcmp(cls, "Company") == 0 && strcmp(ent(doc, e)->type, "Organization") == 0)
        ent(doc, e)->type = "Company";
      /* the based phrase's place keeps its own mention: the reference is
       * the noun alone */
      if (!add(a, possessed || based ? h : t, h + 1, si, FG_MENTION_DESCRIPTOR, e))
        return false;
      ent(doc, e)->weight++;
    }
  }
  return true;
}

/* ---- events named by a common noun ---- */

/* The event class of a head noun ("truce" -> agreement) of the list
 * "event-noun", or NULL. */
static const char *event_class(const FgDocAnalysis *doc, const FgToken *tok) {
  const char *cls = NULL;
  if (!(tok->flags & FG_TOK_WORD) || !fg_tok_value(doc, FG_LIST_EVENT_NOUN, tok, &cls))
    return NULL;
  return cls;
}

/* Where the noun phrase ending with the head at h starts: after its
 * determiner or possessive ("the six-month ceasefire", "Sunday's attack"),
 * up to three modifiers; h + 1 when it has no determiner, unless a place's
 * name modifies it right after a preposition, as headlines drop the
 * article ("killed in Velm bridge collapse"); not at a sentence's start,
 * where a capital says nothing ("Port talks open"). */
static size_t event_phrase_start(const FgDocAnalysis *doc, const FgSentence *s, size_t h) {
  size_t t = h, modifiers = 0, place_start = h + 1;
  for (size_t words = 0; t > s->first && words < 4; words++) {
    const FgToken *k = tok_at(doc, t - 1);
    if (fg_tok_in(doc, FG_LIST_DETERMINER, k) || (k->flags & FG_TOK_POSS)) {
      /* "that" and "those" also start clauses: as determiners they take
       * one modifier ("that deadly attack"), a clause takes more */
      return modifiers > 1 && fg_tok_in(doc, FG_LIST_DEMONSTRATIVE, k) ? h + 1 : t;
    }
    if (fg_tok_is(k, "-") || (k->flags & FG_TOK_NUM)) {
      t--;
      continue;
    }
    /* "the Hong Kong legislative election": a place's name, or a
     * country's, modifies the event's noun */
    const FgMention *place = fg_mention_at(doc, t - 1);
    if (place && place->kind == FG_MENTION_NAME && place->entity != FG_NONE &&
        (doc->entities->items[place->entity].kind & (FG_KIND_PLACE | FG_KIND_COUNTRY)) &&
        place->first >= s->first) {
      t = place_start = place->first;
      modifiers++;
      continue;
    }
    if (fg_tok_in(doc, FG_LIST_PREPOSITION, k))
      return t == place_start ? t : h + 1;
    if (!(k->flags & FG_TOK_WORD) || (k->flags & FG_TOK_CAP) || fg_mention_at(doc, t - 1) ||
        fg_is_verb_form(doc, t - 1))
      return h + 1;
    t--;
    modifiers++;
  }
  return h + 1;
}

/* The named events of a document by class of their head noun: "the deal"
 * is the Nairobi Port and Corridor Agreement named before. Found once per
 * document, the first named event of each class. */
typedef struct {
  const char *cls[16];
  uint32_t entity[16];
  size_t count;
} NamedEvents;

static void find_named_events(const FgDocAnalysis *doc, NamedEvents *out) {
  const FgLocalEntities *es = doc->entities;
  out->count = 0;
  for (size_t m = 0; m < doc->mention_count && out->count < 16; m++) {
    const FgMention *mn = &doc->mentions[m];
    if (mn->kind != FG_MENTION_NAME || mn->entity == FG_NONE ||
        es->items[mn->entity].kind != FG_KIND_EVENT)
      continue;
    const char *cls = event_class(doc, tok_at(doc, mn->last - 1));
    bool seen = !cls;
    for (size_t i = 0; i < out->count && !seen; i++)
      seen = strcmp(out->cls[i], cls) == 0;
    if (!seen) {
      out->cls[out->count] = cls;
      out->entity[out->count++] = mn->entity;
    }
  }
}

static uint32_t named_event(const NamedEvents *named, const char *cls) {
  for (size_t i = 0; i < named->count; i++)
    if (strcmp(named->cls[i], cls) == 0)
      return named->entity[i];
  return FG_NONE;
}

/* How many sentences back "the attack" still names the event that "an
 * air strike" brought in: a definite noun further away refers to an
 * event the article has named definitely (its subject: "The written
 * ruling ... condemned the ruling"), not to one told in passing. */
#define EVENT_REACH 2

/* The chain of the class's mentions that the one in sentence si joins:
 * the last one's, unless that one was indefinite ("an air strike") and
 * more than EVENT_REACH sentences before; chains[] holds the classes seen
 * (up to 16). */
typedef struct {
  const char *cls;
  size_t last_sentence, chain;
  bool indefinite;
} EventChain;

static size_t event_chain(EventChain *chains, size_t *n, const char *cls, size_t si,
                          bool indefinite) {
  size_t i = 0;
  while (i < *n && strcmp(chains[i].cls, cls) != 0)
    i++;
  if (i == *n) {
    if (*n == 16)
      return 0;
    chains[(*n)++] = (EventChain){cls, si, 0, false};
  }
  if (chains[i].indefinite && si > chains[i].last_sentence + EVENT_REACH)
    chains[i].chain++;
  chains[i].last_sentence = si;
  chains[i].indefinite = indefinite;
  return chains[i].chain;
}

/* "the ruling Unity Front": an event's noun right before a party's name
 * says what the party does, no event ("the ruling Kessler appealed" has
 * no party after it). */
static bool modifies_party_name(const FgDocAnalysis *doc, size_t h, const FgSentence *s) {
  const FgMention *m = h + 1 < s->last ? fg_mention_at(doc, h + 1) : NULL;
  return m && m->first == h + 1 && m->kind == FG_MENTION_NAME && m->entity != FG_NONE &&
         strcmp(doc->entities->items[m->entity].type, "PoliticalParty") == 0;
}

/* "the ceasefire", "Sunday's attack", "the church bombing": one Event
 * entity per class of event noun and document, and chain of mentions
 * near each other (event_chain), unless a named event of the class
 * stands for it. */
static bool add_events(Adder *a) {
  FgDocAnalysis *doc = a->doc;
  FgBuf key;
  fg_buf_init(&key);
  bool ok = true;
  size_t first_event = doc->entities->count; /* the events' keys start here */
  NamedEvents named;
  find_named_events(doc, &named);
  EventChain chains[16];
  size_t nchains = 0;
  for (size_t si = 0; ok && si < doc->tok.sentence_count; si++) {
    const FgSentence *s = &doc->tok.sentences[si];
    for (size_t h = s->first; ok && h < s->last; h++) {
      const char *cls = event_class(doc, tok_at(doc, h));
      if (!cls || fg_mention_at(doc, h) || modifies_party_name(doc, h, s))
        continue;
      size_t first = event_phrase_start(doc, s, h);
      if (first > h)
        continue;
      /* "the compact" after "the Horn Security Compact": a name with the
       * noun as its head, of any class, before the class's named event */
      uint32_t e = head_antecedent(doc, h, si);
      if (e == FG_NONE)
        e = named_event(&named, cls);
      if (e == FG_NONE) {
        const FgToken *a0 = tok_at(doc, first), *b0 = tok_at(doc, h);
        char *label = fg_arena_strndup(doc->arena, doc->text + a0->begin, b0->end - a0->begin);
        fg_buf_clear(&key);
        const FgToken *det = first > s->first ? tok_at(doc, first - 1) : NULL;
        bool indefinite = det && (fg_tok_is(det, "a") || fg_tok_is(det, "an"));
        char chain[24];
        snprintf(chain, sizeof chain, "|%zu", event_chain(chains, &nchains, cls, si, indefinite));
        ok = label && fg_buf_append_str(&key, "event:") && fg_buf_append_str(&key, cls) &&
             fg_buf_append_char(&key, '|') && fg_buf_append_str(&key, doc->id) &&
             fg_buf_append_str(&key, chain);
        e = ok ? entity_for_key(doc, first_event, key.data, label, "Event", FG_KIND_EVENT) : FG_NONE;
        ok = e != FG_NONE;
      }
      /* the mention starts after a place's name in the phrase, which
         stays that place's mention; the label keeps it */
      size_t own = first;
      for (size_t k = first; k < h; k++)
        if (fg_mention_at(doc, k))
          own = k + 1;
      ok = ok && add(a, own, h + 1, si, FG_MENTION_DESCRIPTOR, e) != NULL;
      if (ok) {
        ent(doc, e)->weight++;
        ok = add_span_form(doc, e, first, h + 1);
      }
    }
  }
  fg_buf_free(&key);
  return ok;
}

/* ---- pronouns, by salience ---- */

#define RECENT_PEOPLE 8

typedef struct {
  /* last_group: the last organisation that is no organ of a state nor
   * a news outlet */
  uint32_t last_person, last_thing, last_org, last_group, leader;
  uint32_t prev_subject_person, prev_subject_thing;
  uint32_t cur_subject_person, cur_subject_thing;
  /* the latest person of this sentence named after its subject */
  uint32_t cur_other_person;
  size_t sentence;
  /* The people named last, the latest first; and the gender each person
   * of the document was referred to by ("he" 'm', "she" 'f', else 0),
   * indexed from the document's first entity. */
  uint32_t recent[RECENT_PEOPLE];
  char *gender;
  size_t first_entity;
  /* the last armed group named, and the sentence it was named in */
  uint32_t last_armed;
  size_t armed_sentence;
  /* the last country named and its sentence; the sentence a country
   * other than it was last named in (SIZE_MAX for none) */
  uint32_t last_country;
  size_t country_sentence, other_country_sentence;
} Salience;

static void remember_person(Salience *sal, uint32_t e) {
  size_t i = 0;
  while (i + 1 < RECENT_PEOPLE && sal->recent[i] != e)
    i++;
  for (; i > 0; i--)
    sal->recent[i] = sal->recent[i - 1];
  sal->recent[0] = e;
}

static char *gender_of(Salience *sal, uint32_t e);

/* "Mr. X", "Ms. X": the honorific right before a person's name says the
 * person's gender; 0 when there is none. */
static char honorific_gender(const FgDocAnalysis *doc, const FgMention *m) {
  size_t first = doc->tok.sentences[m->sentence].first, t = m->first;
  if (t > first && fg_tok_is(tok_at(doc, t - 1), "."))
    t--;
  if (t <= first)
    return 0;
  const FgToken *k = tok_at(doc, t - 1);
  if (fg_tok_is(k, "mr"))
    return 'm';
  return fg_tok_is(k, "mrs") || fg_tok_is(k, "ms") || fg_tok_is(k, "miss") ? 'f' : 0;
}

/* "Ellen Marsh", "Dan Royce": the given name opening a person's name
 * says the person's gender where the lexicon's given-female or given-male
 * list holds it; 0 when neither does. */
static char given_name_gender(const FgDocAnalysis *doc, const FgMention *m) {
  if (m->kind != FG_MENTION_NAME || m->last < m->first + 2)
    return 0;
  const char *given = tok_at(doc, m->first)->norm;
  if (fg_lexicon_has(doc->lex, "given-female", given, NULL))
    return 'f';
  return fg_lexicon_has(doc->lex, "given-male", given, NULL) ? 'm' : 0;
}

/* A mention right after "according to". */
static bool after_according_to(const FgDocAnalysis *doc, const FgMention *m) {
  size_t first = doc->tok.sentences[m->sentence].first, t = m->first;
  return t >= first + 2 && fg_tok_is(tok_at(doc, t - 1), "to") &&
         fg_tok_is(tok_at(doc, t - 2), "according");
}

static void note_country(Salience *sal, const FgMention *m) {
  if (sal->last_country != FG_NONE && sal->last_country != m->entity)
    sal->other_country_sentence = sal->country_sentence;
  sal->last_country = m->entity;
  sal->country_sentence = m->sentence;
}

static void observe(const FgDocAnalysis *doc, Salience *sal, const FgMention *m) {
  if (m->sentence != sal->sentence) {
    sal->prev_subject_person = sal->cur_subject_person;
    sal->prev_subject_thing = sal->cur_subject_thing;
    sal->cur_subject_person = sal->cur_subject_thing = sal->cur_other_person = FG_NONE;
    sal->sentence = m->sentence;
  }
  if (m->entity == FG_NONE)
    return;
  const FgLocalEntity *e = ent(doc, m->entity);
  if (m->kind == FG_MENTION_DEMONYM) {
    /* "Former Kessarian president X, who ruled the country": a demonym
     * names its country for "the country", though it is no subject */
    if (e->kind == FG_KIND_COUNTRY)
      note_country(sal, m);
    return;
  }
  if (e->kind == FG_KIND_PERSON) {
    char *g = gender_of(sal, m->entity), honorific = honorific_gender(doc, m);
    if (g && !*g && honorific)
      *g = honorific;
    if (g && !*g)
      *g = given_name_gender(doc, m);
    remember_person(sal, m->entity);
    sal->last_person = m->entity;
    /* "According to X, ... he": the source is not what the sentence is about */
    if (sal->cur_subject_person == FG_NONE && !after_according_to(doc, m))
      sal->cur_subject_person = m->entity;
    else if (m->entity != sal->cur_subject_person)
      sal->cur_other_person = m->entity;
    /* the leader is the titled person the article speaks of most */
    if (e->has_role && (sal->leader == FG_NONE || e->weight > ent(doc, sal->leader)->weight))
      sal->leader = m->entity;
  } else if (e->kind & (FG_KIND_ORG | FG_KIND_COUNTRY)) {
    sal->last_thing = m->entity;
    if (e->kind == FG_KIND_ORG)
      sal->last_org = m->entity;
    /* a newspaper or a broadcaster is "the newspaper", not "the group" */
    if (e->kind == FG_KIND_ORG && strcmp(e->type, "GovernmentBody") != 0 &&
        strcmp(e->type, "Court") != 0 && strcmp(e->type, "MediaOrganization") != 0)
      sal->last_group = m->entity;
    if (e->kind == FG_KIND_ORG && strcmp(e->type, "ArmedGroup") == 0) {
      sal->last_armed = m->entity;
      sal->armed_sentence = m->sentence;
    }
    if (sal->cur_subject_thing == FG_NONE)
      sal->cur_subject_thing = m->entity;
    if (e->kind == FG_KIND_COUNTRY)
      note_country(sal, m);
  }
}

/* The antecedent of a pronoun, given the subjects seen so far: the one
 * this sentence is about so far, else the subject of the sentence before,
 * else the last one named. An object pronoun ("him") is never the subject
 * of its own clause. cur/prev/last are the person or the thing fields. */
static uint32_t antecedent_of(const Salience *sal, size_t si, uint32_t cur, uint32_t prev,
                              uint32_t last, bool object) {
  uint32_t current = sal->sentence == si ? cur : FG_NONE;
  uint32_t previous = sal->sentence == si ? prev : cur;
  if (current != FG_NONE && !object)
    return current;
  if (previous != FG_NONE && previous != current)
    return previous;
  return last;
}

static uint32_t person_antecedent(const Salience *sal, size_t si, bool object) {
  return antecedent_of(sal, si, sal->cur_subject_person, sal->prev_subject_person,
                       sal->last_person, object);
}

/* The gender a personal pronoun gives: 'm' for he, him, his; 'f' for
 * she, her, hers. */
static char pronoun_gender(const FgToken *tok) {
  if (fg_tok_is(tok, "he") || fg_tok_is(tok, "him") || fg_tok_is(tok, "his"))
    return 'm';
  if (fg_tok_is(tok, "she") || fg_tok_is(tok, "her") || fg_tok_is(tok, "hers"))
    return 'f';
  return 0;
}

static char *gender_of(Salience *sal, uint32_t e) {
  return sal->gender && e >= sal->first_entity ? &sal->gender[e - sal->first_entity] : NULL;
}

/* "Her father, Tom Reyes, said he ...": a person the document already
 * called "she" is not "he", nor the reverse. The antecedent salience
 * chose stays when its gender agrees or is unknown; else the latest
 * person named whose does; else none. The one chosen takes the gender. */
static uint32_t agreeing_person(Salience *sal, uint32_t chosen, char gender) {
  char *g = chosen == FG_NONE ? NULL : gender_of(sal, chosen);
  if (gender && g && *g && *g != gender) {
    chosen = FG_NONE;
    for (size_t i = 0; i < RECENT_PEOPLE && sal->recent[i] != FG_NONE; i++) {
      char *r = gender_of(sal, sal->recent[i]);
      if (r && (!*r || *r == gender)) {
        chosen = sal->recent[i];
        break;
      }
    }
    g = chosen == FG_NONE ? NULL : gender_of(sal, chosen);
  }
  if (g && !*g)
    *g = gender;
  return chosen;
}

/* Whether person e may be what a pronoun of the gender refers to. */
static bool gender_agrees(Salience *sal, uint32_t e, char gender) {
  char *g = gender_of(sal, e);
  return !g || !*g || !gender || *g == gender;
}

/* "X thanked Y at the end of his trip": a possessive "his" or "her" after a
 * second person of its own sentence may be either's; when the gender
 * known so far tells the sentence's subject from that person in neither
 * direction, it stands for no one (no fact rather than a guess). */
static bool ambiguous_possessive(Salience *sal, size_t si, uint32_t chosen, const FgToken *tok) {
  char gender = pronoun_gender(tok);
  uint32_t other = sal->cur_other_person;
  return (fg_tok_is(tok, "his") || fg_tok_is(tok, "her")) && sal->sentence == si &&
         chosen != FG_NONE && chosen == sal->cur_subject_person && other != FG_NONE &&
         other != chosen && gender_agrees(sal, chosen, gender) && gender_agrees(sal, other, gender);
}

static uint32_t thing_antecedent(const Salience *sal, size_t si) {
  return antecedent_of(sal, si, sal->cur_subject_thing, sal->prev_subject_thing,
                       sal->last_thing, false);
}

/* Whether "it" at t stands for target, the organisation or country
 * thing_antecedent gave, surely enough to state a fact on (a descriptor's
 * trust): target was last named in the sentence before (the tree reads
 * an "it" of its own sentence, and "its" keeps the tree's own checks),
 * and no other name of a thing nor a singular common noun that
 * "it" could stand for ("a plan", "the deal") comes between; no expletive
 * "it is clear that". */
static bool sure_thing_pronoun(const FgDocAnalysis *doc, const FgMention *seen, size_t n_seen,
                               size_t si, size_t t, uint32_t target) {
  if (!doc->token_upos || target == FG_NONE || !fg_tok_is(tok_at(doc, t), "it"))
    return false;
  size_t from = SIZE_MAX;
  for (size_t i = n_seen; i-- > 0;)
    if (seen[i].entity == target) {
      from = seen[i].sentence + 1 == si ? seen[i].last : SIZE_MAX;
      break;
    }
  if (from == SIZE_MAX || from > t)
    return false;
  /* another organisation, country or place named since ("X sued Y. It
   * said") leaves the pronoun a guess */
  for (size_t i = n_seen; i-- > 0 && seen[i].first >= from;)
    if (seen[i].entity != FG_NONE && seen[i].entity != target &&
        (ent(doc, seen[i].entity)->kind & (FG_KIND_ORG | FG_KIND_COUNTRY | FG_KIND_PLACE)))
      return false;
  for (size_t k = from; k < t; k++) {
    const char *w = tok_at(doc, k)->norm;
    size_t len = strlen(w);
    bool plural = len > 3 && w[len - 1] == 's' && w[len - 2] != 's';
    if (doc->token_upos[k] == FG_UPOS_NOUN && !plural)
      return false;
  }
  bool expletive = t + 2 < doc->tok.token_count &&
                   fg_tok_in(doc, FG_LIST_BE_AUX, tok_at(doc, t + 1)) &&
                   (doc->token_upos[t + 2] == FG_UPOS_ADJ || fg_tok_is(tok_at(doc, t + 2), "not"));
  return !expletive;
}

/* "The Turkish army said it had captured Y", "the Finnish government
 * says that it ...": an "it" right after a reporting verb (and "that")
 * whose subject, ending right before the verb, is a body the descriptors
 * made of a nation's adjective and a body noun stands for that body, as
 * the tree reads it for a named firm ("Velmar Bank said it"); not an
 * expletive "it is clear". The body's entity, or FG_NONE. */
static uint32_t reporting_body(const FgDocAnalysis *doc, const FgMention *seen, size_t n_seen,
                               size_t sent_first, size_t t) {
  if (!doc->token_upos || !fg_tok_is(tok_at(doc, t), "it") || t < sent_first + 3)
    return FG_NONE;
  size_t verb = t - 1;
  if (fg_tok_is(tok_at(doc, verb), "that"))
    verb--;
  if (!fg_tok_in(doc, FG_LIST_REPORTING_VERB, tok_at(doc, verb)) ||
      (t + 2 < doc->tok.token_count && fg_tok_in(doc, FG_LIST_BE_AUX, tok_at(doc, t + 1)) &&
       doc->token_upos[t + 2] == FG_UPOS_ADJ))
    return FG_NONE;
  for (size_t i = n_seen; i-- > 0 && seen[i].last >= verb;) {
    const FgMention *m = &seen[i];
    /* the nation's adjective right before the body's noun, in the
     * mention or before it */
    size_t adj = m->last - 2;
    if (m->last == verb && m->last >= sent_first + 2 && m->kind == FG_MENTION_DESCRIPTOR &&
        m->entity != FG_NONE && (ent(doc, m->entity)->kind & FG_KIND_ORG) &&
        (tok_at(doc, adj)->flags & FG_TOK_CAP) && doc->token_upos[adj] == FG_UPOS_ADJ)
      return m->entity;
  }
  return FG_NONE;
}

/* "this appears to be", "this is": a demonstrative before a verb. */
static bool demonstrative_subject(const FgDocAnalysis *doc, size_t t, size_t last) {
  if (t + 1 >= last || !fg_tok_in(doc, FG_LIST_PRONOUN_DEMONSTRATIVE, tok_at(doc, t)))
    return false;
  const FgToken *next = tok_at(doc, t + 1);
  return fg_tok_in(doc, FG_LIST_BE_AUX, next) || fg_tok_in(doc, FG_LIST_HEDGE, next) ||
         fg_is_verb_form(doc, t + 1);
}

static bool home_country(const FgDocAnalysis *doc, size_t t, size_t last) {
  return t + 1 < last && fg_tok_in(doc, FG_LIST_POSSESSIVE_PRONOUN, tok_at(doc, t)) &&
         fg_tok_in(doc, FG_LIST_COUNTRY_NOUN, tok_at(doc, t + 1));
}

/* "the nation's capital", "the country's president": the article's
 * country, unless the sentence named another country before it (then
 * "the country" may be that one). */
static bool the_countrys(const FgDocAnalysis *doc, const FgSentence *s, size_t t) {
  if (t + 2 >= s->last || !fg_tok_is(tok_at(doc, t), "the") ||
      !fg_tok_in(doc, FG_LIST_COUNTRY_NOUN, tok_at(doc, t + 1)) ||
      !fg_tok_is(tok_at(doc, t + 2), "'s"))
    return false;
  for (size_t k = s->first; k < t; k++) {
    const FgMention *m = fg_mention_at(doc, k);
    if (m && m->entity != FG_NONE && m->entity != doc->main_country &&
        ent(doc, m->entity)->kind == FG_KIND_COUNTRY)
      return false;
  }
  return true;
}

/* "Officials in Tarvia said the country had joined Y": "the country"
 * (list "country-noun"), no noun after it, stands for the country named
 * in its sentence or the one before, when no other country was named
 * there; FG_NONE otherwise. "the country's" is the_countrys'. */
static uint32_t country_just_named(const FgDocAnalysis *doc, const Salience *sal,
                                   const FgSentence *s, size_t si, size_t t) {
  if (t + 2 >= s->last || !fg_tok_is(tok_at(doc, t), "the") ||
      !fg_tok_in(doc, FG_LIST_COUNTRY_NOUN, tok_at(doc, t + 1)) ||
      (tok_at(doc, t + 2)->flags & FG_TOK_POSS) || !doc->token_upos ||
      doc->token_upos[t + 2] == FG_UPOS_NOUN || doc->token_upos[t + 2] == FG_UPOS_PROPN ||
      sal->last_country == FG_NONE || sal->country_sentence + 1 < si)
    return FG_NONE;
  bool other_near = sal->other_country_sentence != SIZE_MAX &&
                    sal->other_country_sentence + 1 >= si;
  return other_near ? FG_NONE : sal->last_country;
}

/* "Quellia denied it. Its foreign minister, X, said": "its" before a
 * minister is the country just spoken of as surely as "the country's"
 * is (an organisation has no minister). */
static bool countrys_minister(const FgDocAnalysis *doc, const Salience *sal, size_t si, size_t t,
                              size_t last) {
  if (!fg_tok_is(tok_at(doc, t), "its") || !fg_ministerial_office_after(doc, t + 1, last))
    return false;
  uint32_t e = thing_antecedent(sal, si);
  return e != FG_NONE && ent(doc, e)->kind == FG_KIND_COUNTRY;
}

/* "the Syrian leader", "the 43-year-old president": up to four modifiers. */
static size_t person_descriptor(const FgDocAnalysis *doc, size_t t, size_t last) {
  if (!fg_tok_is(tok_at(doc, t), "the"))
    return 0;
  for (size_t k = t + 1; k < last && k <= t + 6; k++) {
    const FgToken *tok = tok_at(doc, k);
    if (fg_tok_in(doc, FG_LIST_PERSON_DESCRIPTOR, tok))
      return k + 1;
    if (!(tok->flags & (FG_TOK_WORD | FG_TOK_NUM)) && !fg_tok_is(tok, "-"))
      return 0;
    if ((tok->flags & FG_TOK_CAP) && !fg_mention_at(doc, k))
      return 0;
  }
  return 0;
}

/* "The singer, whose real name is Anna Bekov, was born in Y": "the" and
 * up to four lower-case words at t, then a comma and "whose [one or two
 * words] name is (was)" before a person's name, stand for that person;
 * *end gets the comma. FG_NONE when the words say no such thing. */
static uint32_t real_name_after(const FgDocAnalysis *doc, size_t t, size_t last, size_t *end) {
  if (!fg_tok_is(tok_at(doc, t), "the"))
    return FG_NONE;
  size_t c = t + 1;
  while (c < last && c <= t + 4 && (tok_at(doc, c)->flags & FG_TOK_WORD) &&
         !(tok_at(doc, c)->flags & FG_TOK_CAP))
    c++;
  if (c == t + 1 || c + 4 >= last || !fg_tok_is(tok_at(doc, c), ",") ||
      !fg_tok_is(tok_at(doc, c + 1), "whose"))
    return FG_NONE;
  size_t n = c + 2;
  while (n < c + 5 && n < last && !fg_tok_is(tok_at(doc, n), "name"))
    n++;
  if (n + 2 >= last || !fg_tok_is(tok_at(doc, n), "name") ||
      !(fg_tok_is(tok_at(doc, n + 1), "is") || fg_tok_is(tok_at(doc, n + 1), "was")))
    return FG_NONE;
  const FgMention *m = fg_mention_at(doc, n + 2);
  if (!m || m->first != n + 2 || m->kind != FG_MENTION_NAME || m->entity == FG_NONE ||
      ent(doc, m->entity)->kind != FG_KIND_PERSON)
    return FG_NONE;
  *end = c;
  return m->entity;
}

/* "The group had threatened to kill the pair": "the group" whose
 * sentence speaks of an armed group's deeds (list "armed-word") is the
 * armed group named in the last three sentences, over a charity or a
 * firm named after it; else the last organisation. */
static uint32_t group_antecedent(const FgDocAnalysis *doc, const Salience *sal,
                                 const FgSentence *s, size_t si) {
  if (sal->last_armed == FG_NONE || sal->last_armed == sal->last_group ||
      si > sal->armed_sentence + 3)
    return sal->last_group;
  for (size_t k = s->first; k < s->last; k++)
    if (fg_lexicon_has(doc->lex, "armed-word", tok_at(doc, k)->norm, NULL))
      return sal->last_armed;
  return sal->last_group;
}

/* "the rebels", "the militants", "the rebel group", "the armed faction":
 * "the", an adjective of list armed-adjective at most, then a noun of list
 * armed-noun, or after that adjective a noun of list group-ref; the end
 * of the phrase, 0 when there is none. */
static size_t armed_group_phrase(const FgDocAnalysis *doc, size_t t, size_t last) {
  if (!fg_tok_is(tok_at(doc, t), "the") || t + 1 >= last)
    return 0;
  size_t n = t + 1;
  bool armed = fg_lexicon_has(doc->lex, "armed-adjective", tok_at(doc, n)->norm, NULL);
  if (armed && n + 1 < last)
    n++;
  const FgToken *noun = tok_at(doc, n);
  if (!(noun->flags & FG_TOK_WORD) || (noun->flags & FG_TOK_CAP) ||
      !(fg_tok_in(doc, FG_LIST_ARMED_NOUN, noun) || (armed && fg_tok_in(doc, FG_LIST_GROUP_REF, noun))))
    return 0;
  /* "the rebel commander", "the militants' leader": the noun is another's
   * modifier or possessor */
  if (noun->flags & FG_TOK_POSS)
    return 0;
  if (n + 1 < last && (tok_at(doc, n + 1)->flags & FG_TOK_WORD) &&
      !(tok_at(doc, n + 1)->flags & FG_TOK_CAP) && doc->token_upos &&
      doc->token_upos[n + 1] == FG_UPOS_NOUN)
    return 0;
  return n + 1;
}

/* The armed group an armed_group_phrase takes up: the last one named, in
 * the last five sentences; FG_NONE when none is. */
static uint32_t armed_antecedent(const Salience *sal, size_t si) {
  return sal->last_armed != FG_NONE && si <= sal->armed_sentence + 5 ? sal->last_armed : FG_NONE;
}

#define ROLE_LOOKBACK 600

/* A noun that names a person by role or trade ("the striker", "the
 * singer", "the founder"): a person noun, an occupation that titles a
 * name, or a role of list "role-ref-noun"; not "the leader", "the
 * president" (person_descriptor's, read by salience). */
static bool role_noun(const FgDocAnalysis *doc, const FgToken *tok) {
  return (tok->flags & FG_TOK_WORD) && !(tok->flags & FG_TOK_CAP) &&
         !fg_tok_in(doc, FG_LIST_PERSON_DESCRIPTOR, tok) &&
         (fg_tok_in(doc, FG_LIST_PERSON_NOUN, tok) ||
          fg_lexicon_has(doc->lex, "title-occupation", tok->norm, NULL) ||
          fg_lexicon_has(doc->lex, "role-ref-noun", tok->norm, NULL));
}

/* The person a person's name mention ending at end (exclusive) is. */
static uint32_t person_ending_at(const FgDocAnalysis *doc, size_t end) {
  const FgMention *m = end > 0 ? fg_mention_at(doc, end - 1) : NULL;
  if (!m || m->last != end || m->kind != FG_MENTION_NAME || m->entity == FG_NONE ||
      ent(doc, m->entity)->kind != FG_KIND_PERSON)
    return FG_NONE;
  return m->entity;
}

/* The person the role noun at k describes: the name right after it
 * ("striker Kofi Mensah", "Interior Minister Petra Sollen"), or the name
 * before its apposition or copula, a few words of its phrase between
 * ("Kofi Mensah, a striker", "X, the company's founder", "Nadia Ferro is
 * a singer"). FG_NONE when it describes no named person. */
static uint32_t person_described(const FgDocAnalysis *doc, size_t k, size_t sent_first) {
  const FgMention *after = fg_mention_at(doc, k + 1);
  if (after && after->first == k + 1 && after->kind == FG_MENTION_NAME &&
      after->entity != FG_NONE && ent(doc, after->entity)->kind == FG_KIND_PERSON)
    return after->entity;
  for (size_t j = k; j-- > sent_first && j + 6 > k;) {
    const FgToken *tok = tok_at(doc, j);
    if (fg_tok_is(tok, ",") || fg_tok_in(doc, FG_LIST_BE_AUX, tok))
      return person_ending_at(doc, j);
    const FgMention *m = fg_mention_at(doc, j);
    bool in_phrase = (m && m->entity != FG_NONE && ent(doc, m->entity)->kind != FG_KIND_PERSON) ||
                     (tok->flags & FG_TOK_POSS) || fg_tok_is(tok, "-") ||
                     ((tok->flags & (FG_TOK_WORD | FG_TOK_NUM)) && !(tok->flags & FG_TOK_CAP) &&
                      !fg_is_verb_form(doc, j));
    if (!in_phrase)
      return FG_NONE;
  }
  return FG_NONE;
}

/* "the company's", "the club's": "the" and a lower-case noun, or a
 * descriptor, ending at end (exclusive) before a possessive. */
static bool the_nouns(const FgDocAnalysis *doc, const FgSentence *s, size_t end) {
  const FgMention *m = end > s->first ? fg_mention_at(doc, end - 1) : NULL;
  if (m && m->kind == FG_MENTION_DESCRIPTOR)
    return true;
  return end >= s->first + 2 && fg_tok_is(tok_at(doc, end - 2), "the") &&
         (tok_at(doc, end - 1)->flags & FG_TOK_WORD) && !(tok_at(doc, end - 1)->flags & FG_TOK_CAP);
}

/* "Kofi Mensah, a striker for Y, scored. The striker's brother ...": the
 * role noun at t + 1 after "the" (or after a descriptor's possessive,
 * "the company's founder"), no name or noun after it, stands for the one
 * person an earlier phrase described with that noun; with two such
 * people, for none. FG_NONE when there is none. */
static uint32_t role_antecedent(const FgDocAnalysis *doc, const FgSentence *s, size_t t) {
  const FgToken *det = tok_at(doc, t);
  bool opens = fg_tok_is(det, "the") || ((det->flags & FG_TOK_POSS) && the_nouns(doc, s, t));
  if (!opens || t + 2 >= s->last || !role_noun(doc, tok_at(doc, t + 1)) ||
      fg_mention_at(doc, t + 1))
    return FG_NONE;
  const FgToken *next = tok_at(doc, t + 2);
  if ((next->flags & FG_TOK_CAP) ||
      (doc->token_upos && (doc->token_upos[t + 2] == FG_UPOS_NOUN ||
                           doc->token_upos[t + 2] == FG_UPOS_PROPN)))
    return FG_NONE;
  const char *noun = tok_at(doc, t + 1)->norm;
  uint32_t found = FG_NONE;
  size_t si = (size_t)(s - doc->tok.sentences);
  for (size_t k = t, stop = t > ROLE_LOOKBACK ? t - ROLE_LOOKBACK : 0; k-- > stop;) {
    while (si > 0 && k < doc->tok.sentences[si].first)
      si--;
    if (strcmp(tok_at(doc, k)->norm, noun) != 0)
      continue;
    uint32_t e = person_described(doc, k, doc->tok.sentences[si].first);
    if (e == FG_NONE || e == found)
      continue;
    if (found != FG_NONE)
      return FG_NONE;
    found = e;
  }
  return found;
}

static bool add_pronouns(Adder *a) {
  FgDocAnalysis *doc = a->doc;
  Salience sal = {FG_NONE, FG_NONE, FG_NONE, FG_NONE, FG_NONE, FG_NONE, FG_NONE, FG_NONE, FG_NONE,
                  FG_NONE, 0,
                  {0}, NULL, doc->first_entity, FG_NONE, 0, FG_NONE, 0, SIZE_MAX};
  for (size_t i = 0; i < RECENT_PEOPLE; i++)
    sal.recent[i] = FG_NONE;
  size_t entities = doc->entities->count - doc->first_entity;
  sal.gender = fg_arena_calloc(doc->arena, entities ? entities : 1, 1);
  if (!sal.gender)
    return false;
  size_t base = *a->count, m = 0;
  for (size_t si = 0; si < doc->tok.sentence_count; si++) {
    const FgSentence *s = &doc->tok.sentences[si];
    for (size_t t = s->first; t < s->last; t++) {
      while (m < base && (*a->items)[m].first <= t)
        observe(doc, &sal, &(*a->items)[m++]);
      if (m > 0 && (*a->items)[m - 1].last > t)
        continue;
      const FgToken *tok = tok_at(doc, t);
      uint32_t target = FG_NONE;
      size_t start = t, end = t + 1;
      uint8_t kind = FG_MENTION_PRONOUN;
      if (home_country(doc, t, s->last)) {
        target = doc->main_country; /* "his country": the article's country */
        end = t + 2;
      } else if (the_countrys(doc, s, t)) {
        target = doc->main_country;
        end = t + 2;
        kind = FG_MENTION_DESCRIPTOR;
      } else if ((target = country_just_named(doc, &sal, s, si, t)) != FG_NONE) {
        end = t + 2;
        kind = FG_MENTION_DESCRIPTOR;
      } else if (fg_tok_in(doc, FG_LIST_PRONOUN_PERSON, tok)) {
        uint32_t chosen = person_antecedent(&sal, si, fg_tok_is(tok, "him"));
        if (!ambiguous_possessive(&sal, si, chosen, tok))
          target = agreeing_person(&sal, chosen, pronoun_gender(tok));
      }
      else if (countrys_minister(doc, &sal, si, t, s->last)) {
        target = thing_antecedent(&sal, si);
        kind = FG_MENTION_DESCRIPTOR;
      } else if (demonstrative_subject(doc, t, s->last))
        target = sal.last_org;
      else if (fg_tok_in(doc, FG_LIST_PRONOUN_THING, tok)) {
        uint32_t body = reporting_body(doc, *a->items, m, s->first, t);
        target = body != FG_NONE ? body : thing_antecedent(&sal, si);
        if (body != FG_NONE || sure_thing_pronoun(doc, *a->items, m, si, t, target))
          kind = FG_MENTION_DESCRIPTOR;
      }
      else if ((end = armed_group_phrase(doc, t, s->last)) != 0 &&
               (target = armed_antecedent(&sal, si)) != FG_NONE) {
        kind = FG_MENTION_DESCRIPTOR;
      } else if (fg_tok_is(tok, "the") && t + 1 < s->last &&
               fg_tok_in(doc, FG_LIST_GROUP_REF, tok_at(doc, t + 1)) &&
               !head_class(doc, tok_at(doc, t + 1))) {
        /* "the group": the last organisation, never a ministry or an army;
         * "the company" and "the party" only ever take a name of their
         * class (add_head_references) */
        target = group_antecedent(doc, &sal, s, si);
        end = t + 2;
      } else if ((target = real_name_after(doc, t, s->last, &end)) != FG_NONE) {
        kind = FG_MENTION_DESCRIPTOR;
      } else if ((target = role_antecedent(doc, s, t)) != FG_NONE) {
        start = fg_tok_is(tok, "the") ? t : t + 1; /* "the company's founder": the noun */
        end = t + 2;
        kind = FG_MENTION_DESCRIPTOR;
      } else if ((end = person_descriptor(doc, t, s->last)) != 0) {
        target = sal.leader != FG_NONE ? sal.leader : sal.last_person;
      } else {
        end = t + 1;
      }
      if (target != FG_NONE) {
        FgMention *pm = add(a, start, end, si, kind, target);
        if (!pm)
          return false;
        FgMention seen = *pm;
        observe(doc, &sal, &seen);
      }
      t = end - 1;
    }
  }
  return true;
}

/* Sorts the mentions and makes them the document's, for fg_mention_at. */
static bool publish(FgDocAnalysis *doc, FgMention **items, const size_t *count) {
  if (!fg_mentions_sort(*items, *count))
    return false;
  doc->mentions = *items;
  doc->mention_count = *count;
  return true;
}

bool fg_find_descriptors(FgDocAnalysis *doc, FgMention **items, size_t *count,
                         size_t *cap) {
  Adder a = {doc, items, count, cap};
  return add_descriptors(&a) && publish(doc, items, count) && add_head_references(&a) &&
         add_role_owners(&a) &&
         publish(doc, items, count) && add_events(&a) &&
         publish(doc, items, count) && add_pronouns(&a);
}
