/* SPDX-License-Identifier: MIT */
/* Mentions: gazetteer names, unknown proper names, demonyms, descriptors
 * and pronouns, clustered into the document's local entities. */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analysis.h"
#include "args.h"
#include "mentions_internal.h"
#include "names.h"
#include "nlp/word.h"
#include "util/grow.h"

/* A gazetteer entry met in the document and its entity. */
typedef struct {
  uint32_t entry; /* entry + 1, 0 = empty */
  uint32_t entity;
} GazSlot;

#define GAZ_SLOTS 64

typedef struct {
  FgDocAnalysis *doc;
  FgMention *items;
  size_t count, cap;
  FgIntern *keys;      /* identity key -> slot in key_entity */
  uint32_t *key_entity;
  size_t key_cap;
  /* Scratch for the keys being looked up: an identity key, and a filing
   * key that may be built while the identity key is still in use. */
  FgBuf id_key, filed_key;
  GazSlot gaz_seen[GAZ_SLOTS]; /* by entry, see gazetteer_entity */
  /* The name mentions before the one-word names, sorted by position,
   * for the lookups of that pass (see sort_names). */
  FgMention *sorted;
  size_t sorted_count;
} Finder;

/* ---- small token helpers ---- */

static const FgToken *tok_at(const FgDocAnalysis *doc, size_t t) {
  return &doc->tok.tokens[t];
}

static bool has(const FgDocAnalysis *doc, FgListName list, const FgToken *tok) {
  return fg_tok_in(doc, list, tok);
}

static bool is_word(const FgToken *tok) { return (tok->flags & FG_TOK_WORD) != 0; }

static bool joined(const FgToken *a, const FgToken *b) { return a->end == b->begin; }

/* ---- local entities ---- */

bool fg_local_entity_add_form(FgLocalEntity *e, const char *form, size_t len) {
  const char *p = fg_buf_cstr(&e->forms);
  while (*p) {
    size_t l = strcspn(p, "\n");
    if (l == len && strncmp(p, form, len) == 0)
      return true;
    p += l + (p[l] == '\n');
  }
  return fg_buf_append(&e->forms, form, len) && fg_buf_append_char(&e->forms, '\n');
}

void fg_local_entity_clear(FgLocalEntity *e) {
  free(e->label);
  free(e->key);
  free(e->skeleton);
  free(e->acronym);
  fg_buf_free(&e->forms);
}

void fg_local_entities_free(FgLocalEntities *entities) {
  for (size_t i = 0; i < entities->count; i++)
    fg_local_entity_clear(&entities->items[i]);
  free(entities->items);
  free(entities->sources);
  fg_intern_free(entities->keys);
  memset(entities, 0, sizeof *entities);
}

uint32_t fg_local_entity_new(FgLocalEntities *es, uint32_t doc, const char *key,
                             const char *label, const char *type, unsigned kind,
                             int32_t gaz) {
  FgLocalEntity *items = fg_grow(es->items, es->count + 1, &es->cap, sizeof *items);
  if (!items)
    return FG_NONE;
  es->items = items;
  FgLocalEntity *e = &es->items[es->count];
  memset(e, 0, sizeof *e);
  fg_buf_init(&e->forms);
  e->key = strdup(key);
  e->label = strdup(label);
  e->type = type;
  e->kind = kind;
  e->gaz = gaz;
  e->doc = doc;
  e->first_source = e->last_source = FG_NONE;
  if (!e->key || !e->label) {
    free(e->key);
    free(e->label);
    return FG_NONE;
  }
  return (uint32_t)es->count++;
}

static uint32_t new_entity(Finder *f, const char *key, const char *label,
                           const char *type, unsigned kind, int32_t gaz) {
  return fg_local_entity_new(f->doc->entities, f->doc->doc, key, label, type, kind, gaz);
}

static FgLocalEntity *entity(Finder *f, uint32_t i) { return &f->doc->entities->items[i]; }

/* The document's entity with this key, or FG_NONE. */
static uint32_t find_key(Finder *f, const FgBuf *key) {
  uint32_t id = fg_intern_find(f->keys, key->data, key->len);
  return id == FG_NO_ID || id >= f->key_cap ? FG_NONE : f->key_entity[id];
}

static bool remember_key(Finder *f, const FgBuf *key, uint32_t entity_index) {
  uint32_t id = fg_intern_add(f->keys, key->data, key->len);
  if (id == FG_NO_ID)
    return false;
  if (id >= f->key_cap) {
    size_t cap = f->key_cap ? f->key_cap * 2 : 64;
    while (cap <= id)
      cap *= 2;
    uint32_t *grown = realloc(f->key_entity, cap * sizeof *grown);
    if (!grown)
      return false;
    for (size_t i = f->key_cap; i < cap; i++)
      grown[i] = FG_NONE;
    f->key_entity = grown;
    f->key_cap = cap;
  }
  f->key_entity[id] = entity_index;
  return true;
}

/* The key table also indexes this document's entities by other words:
 * "kind<TAB>word" (no identity key has a tab), so that finding a person by
 * surname or an organisation by acronym is a lookup, not a scan. */
static bool kind_key(Finder *f, const char *kind, const char *word, size_t len) {
  fg_buf_clear(&f->filed_key);
  return fg_buf_append_str(&f->filed_key, kind) && fg_buf_append_char(&f->filed_key, '\t') &&
         fg_buf_append(&f->filed_key, word, len);
}

/* Files entity e under kind and the len bytes of word; an entity filed
 * there before stays unless replace (then the last one filed wins). */
static bool file_entity_len(Finder *f, const char *kind, const char *word, size_t len,
                            uint32_t e, bool replace) {
  bool ok = kind_key(f, kind, word, len);
  if (ok && (replace || find_key(f, &f->filed_key) == FG_NONE))
    ok = remember_key(f, &f->filed_key, e);
  return ok;
}

static bool file_entity(Finder *f, const char *kind, const char *word, uint32_t e,
                        bool replace) {
  return file_entity_len(f, kind, word, strlen(word), e, replace);
}

/* *e gets the entity filed under kind and word, or FG_NONE. */
static bool filed_entity(Finder *f, const char *kind, const char *word, uint32_t *e) {
  bool ok = kind_key(f, kind, word, strlen(word));
  *e = ok ? find_key(f, &f->filed_key) : FG_NONE;
  return ok;
}

/* Makes f->id_key prefix and word: "gaz:syria", "name:ahmed shara". */
static bool identity_key(Finder *f, const char *prefix, const char *word) {
  fg_buf_clear(&f->id_key);
  return fg_buf_append_str(&f->id_key, prefix) && fg_buf_append_str(&f->id_key, word);
}

/* ---- mention list ---- */

static FgMention *push_mention(Finder *f, uint32_t first, uint32_t last,
                               uint32_t sentence, uint8_t kind) {
  if (f->count == f->cap) {
    size_t cap = f->cap ? f->cap * 2 : 128;
    FgMention *items = fg_arena_calloc(f->doc->arena, cap, sizeof *items);
    if (!items)
      return NULL;
    if (f->count)
      memcpy(items, f->items, f->count * sizeof *items);
    f->items = items;
    f->cap = cap;
  }
  FgMention *m = &f->items[f->count++];
  *m = (FgMention){first, last, sentence, FG_NONE, FG_NONE, FG_NONE, kind};
  return m;
}

/* ---- gazetteer matches ---- */

typedef struct {
  size_t end;          /* token after the match, 0 = none */
  const FgNameHit *hit;
} GazMatch;

static bool after_title(const FgDocAnalysis *doc, size_t t, size_t first);
static size_t domain_words_end(const FgDocAnalysis *doc, size_t t, size_t last, int loose);

/* "Dr. von der Heyden", "Mr. de Vries": lower-case particles right after
 * a person's title, up to a capitalised word. */
static bool titled_particles(const FgDocAnalysis *doc, size_t t, size_t last) {
  const FgToken *prev = t > 0 ? tok_at(doc, t - 1) : NULL;
  if (!prev || !(fg_tok_is(prev, ".") || (prev->flags & FG_TOK_CAP)) || !after_title(doc, t, 0))
    return false;
  size_t k = t;
  while (k < last && k < t + 3 && is_word(tok_at(doc, k)) && !(tok_at(doc, k)->flags & FG_TOK_CAP) &&
         fg_name_is_particle(tok_at(doc, k)->norm))
    k++;
  return k > t && k < last && is_word(tok_at(doc, k)) && (tok_at(doc, k)->flags & FG_TOK_CAP);
}

/* "al-Qaeda", "ash-Sharaa": a lower-case particle hyphenated to a
 * capitalised word starts a name as a capitalised word does, and so do
 * particles after a person's title. */
static bool particle_start(const FgDocAnalysis *doc, size_t t, size_t last) {
  const FgToken *tok = tok_at(doc, t);
  /* the particle list last: this runs at nearly every lower-case word */
  return (t + 2 < last && is_word(tok) && fg_tok_is(tok_at(doc, t + 1), "-") &&
          joined(tok, tok_at(doc, t + 1)) && joined(tok_at(doc, t + 1), tok_at(doc, t + 2)) &&
          (tok_at(doc, t + 2)->flags & FG_TOK_CAP) && fg_name_is_particle(tok->norm)) ||
         (is_word(tok) && titled_particles(doc, t, last));
}

static bool caps_ok(const FgDocAnalysis *doc, size_t first, size_t last, bool upper_only) {
  const FgToken *t0 = tok_at(doc, first);
  if (!(t0->flags & (FG_TOK_CAP | FG_TOK_NUM)) && !particle_start(doc, first, last))
    return false;
  if (!upper_only)
    return true;
  for (size_t t = first; t < last; t++) {
    const FgToken *tok = tok_at(doc, t);
    if (is_word(tok) && !(tok->flags & FG_TOK_UPPER) && strlen(tok->norm) > 1)
      return false;
  }
  return true;
}

/* Word tokens may be glued by hyphens, periods and apostrophes only. */
static bool name_glue(const FgToken *tok) {
  return (tok->flags & FG_TOK_PUNCT) &&
         (fg_tok_is(tok, "-") || fg_tok_is(tok, ".") || fg_tok_is(tok, "'"));
}

static uint8_t listed_as(const FgDocAnalysis *doc, size_t first, size_t last);

/* "Dane Harlow said": a one-word demonym (and nothing else) that the
 * names lists give a person, right before a capitalised word, opens that
 * person's name; "a Dane who" stays Denmark's. */
static bool given_name_not_demonym(const FgDocAnalysis *doc, const FgNameHit *hit, size_t t,
                                   size_t end, size_t last) {
  return hit->demonym >= 0 && hit->name < 0 && hit->metonym < 0 && end == t + 1 && end < last &&
         (tok_at(doc, end)->flags & FG_TOK_CAP) && is_word(tok_at(doc, end)) && doc->name_lists &&
         (listed_as(doc, t, end) & FG_NAMES_GIVEN);
}

/* The longest gazetteer name at t, a token take_name found able to start
 * one. */
static GazMatch match_gazetteer(const FgDocAnalysis *doc, size_t t, size_t last, FgBuf *key) {
  GazMatch best = {0, NULL};
  size_t words = 0, max = fg_name_index_max_words(doc->names);
  for (size_t e = t; e < last && words < max; e++) {
    const FgToken *tok = tok_at(doc, e);
    if (!(tok->flags & (FG_TOK_WORD | FG_TOK_NUM))) {
      if (!name_glue(tok))
        break;
      continue;
    }
    words++;
    size_t end = e + 1;
    /* include a trailing period of an initialism: "U.S." */
    if (end < last && fg_tok_is(tok_at(doc, end), ".") && strlen(tok->norm) == 1 &&
        joined(tok, tok_at(doc, end)))
      end++;
    fg_buf_clear(key);
    if (!fg_name_lookup_key(doc->tok.tokens, t, end, key))
      return best;
    bool longer;
    const FgNameHit *hit = fg_name_index_find(doc->names, key->data, key->len, &longer);
    if (hit && caps_ok(doc, t, end, hit->upper_only && hit->demonym < 0) &&
        !given_name_not_demonym(doc, hit, t, end, last))
      best = (GazMatch){end, hit};
    /* A longer key adds a space, unless this word is an initial that the
     * next one joins ("U.S." -> "us"). */
    if (!longer && end != e + 2)
      break;
  }
  return best;
}

/* "North and South Korea", "East or West Germany": a word before "and" or
 * "or" and a gazetteer name of two words or more after it, when the word
 * and the rest of that name make a gazetteer name too, is that name with
 * its shared words left out. The hit of the whole name, or NULL. */
static const FgNameHit *elided_name(Finder *f, size_t t, size_t last, FgBuf *key) {
  const FgDocAnalysis *doc = f->doc;
  if (t + 3 >= last || !(tok_at(doc, t)->flags & FG_TOK_CAP) || !is_word(tok_at(doc, t)) ||
      !(fg_tok_is(tok_at(doc, t + 1), "and") || fg_tok_is(tok_at(doc, t + 1), "or")))
    return NULL;
  GazMatch after = match_gazetteer(doc, t + 2, last, key);
  if (!after.end || after.end < t + 4 || after.hit->name < 0)
    return NULL;
  fg_buf_clear(key);
  if (!fg_name_lookup_key(doc->tok.tokens, t, t + 1, key) || !fg_buf_append_char(key, ' ') ||
      !fg_name_lookup_key(doc->tok.tokens, t + 3, after.end, key))
    return NULL;
  bool longer;
  const FgNameHit *hit = fg_name_index_find(doc->names, key->data, key->len, &longer);
  return hit && hit->name >= 0 && !hit->upper_only ? hit : NULL;
}

/* "the Unitde Nations": a name of two to four words that the gazetteer
 * knows with two adjacent letters of one word (of five letters or more)
 * swapped, a common typing slip. The hit, or NULL. */
static const FgNameHit *misspelt_name(const FgDocAnalysis *doc, size_t first, size_t last,
                                      FgBuf *key) {
  size_t words = 0;
  for (size_t t = first; t < last; t++)
    words += is_word(tok_at(doc, t));
  /* a typing slip is looked for in short names only: each letter pair
   * costs a lookup, and a run of names must stay cheap */
  fg_buf_clear(key);
  if (words < 2 || words > 4 || !fg_name_lookup_key(doc->tok.tokens, first, last, key))
    return NULL;
  char *k = key->data;
  size_t word = 0; /* where the current word starts */
  for (size_t i = 0; i < key->len; i++) {
    if (k[i] == ' ') {
      word = i + 1;
      continue;
    }
    size_t end = word + strcspn(k + word, " ");
    if (end - word < 5 || i + 1 >= end || k[i] == k[i + 1])
      continue;
    char c = k[i];
    k[i] = k[i + 1];
    k[i + 1] = c;
    bool longer;
    const FgNameHit *hit = fg_name_index_find(doc->names, k, key->len, &longer);
    k[i + 1] = k[i];
    k[i] = c;
    if (hit && hit->name >= 0 && !hit->upper_only)
      return hit;
  }
  return NULL;
}

/* ---- unknown names ---- */

/* "Nov. 12", "in March", "12 May", "January's raid", "the January
 * assault": a month word used as a date, not as a name ("the Mar Elias
 * Church", "Theresa May"; "May" alone also names a person: "May's
 * government", "May said"). */
/* "In Jan Velmar Bank cut jobs", "Since Feb Drosta Steel has ...": a
 * month's abbreviation right after a sentence's opening preposition of
 * time (capitalised there; the list "month-opening-preposition") is the
 * month, whatever capitalised word follows ("By Jan Kessler" signs). */
static bool month_after_opening_preposition(const FgDocAnalysis *doc, size_t t) {
  if (t == 0)
    return false;
  const FgToken *before = tok_at(doc, t - 1);
  return (before->flags & FG_TOK_CAP) &&
         fg_lexicon_has(doc->lex, "month-opening-preposition", before->norm, NULL);
}

/* "founded by Jan Kessler", "Jan and Erik Dalby": a month's abbreviation
 * the lists give as a given name, right before a capitalised word that is
 * no number, or before "and"/"or" and one, opens a person's name; "on Jan
 * 5", "in Jan 2020", "Jan. 5" and "in Jan and Feb" stay dates. */
static bool month_abbreviation_as_given_name(const FgDocAnalysis *doc, size_t t, size_t last) {
  const FgToken *tok = tok_at(doc, t);
  if (!doc->name_lists || !fg_lexicon_has(doc->lex, "month-abbreviation", tok->norm, NULL) ||
      !(listed_as(doc, t, t + 1) & FG_NAMES_GIVEN) || month_after_opening_preposition(doc, t))
    return false;
  size_t next = t + 1;
  if (next + 1 < last && (fg_tok_is(tok_at(doc, next), "and") || fg_tok_is(tok_at(doc, next), "or")))
    next++;
  if (next >= last)
    return false;
  const FgToken *after = tok_at(doc, next);
  /* "in Jan and Feb": a second month keeps both dates */
  return is_word(after) && (after->flags & FG_TOK_CAP) && !(after->flags & FG_TOK_NUM) &&
         !has(doc, FG_LIST_MONTH, after);
}

static bool month_at(const FgDocAnalysis *doc, size_t t, size_t first, size_t last) {
  if (!has(doc, FG_LIST_MONTH, tok_at(doc, t)) || month_abbreviation_as_given_name(doc, t, last))
    return false;
  /* outside a run of capitalised words: the possessive or a noun after */
  if (!fg_tok_is(tok_at(doc, t), "may") && t + 1 < last &&
      (t == first || !(tok_at(doc, t - 1)->flags & FG_TOK_CAP)) &&
      ((tok_at(doc, t + 1)->flags & FG_TOK_POSS) ||
       (is_word(tok_at(doc, t + 1)) && !(tok_at(doc, t + 1)->flags & (FG_TOK_CAP | FG_TOK_NUM)) &&
        /* "Jan van der Orsk": a given name before a surname's particle */
        !fg_name_is_particle(tok_at(doc, t + 1)->norm))))
    return true;
  size_t next = t + 1;
  if (next < last && fg_tok_is(tok_at(doc, next), "."))
    next++;
  if ((next < last && (tok_at(doc, next)->flags & FG_TOK_NUM)) ||
      (t > first && (tok_at(doc, t - 1)->flags & FG_TOK_NUM)))
    return true;
  return t > first && has(doc, FG_LIST_TIME_PREPOSITION, tok_at(doc, t - 1));
}

static bool is_stop_cap(const FgDocAnalysis *doc, size_t t, size_t first, size_t last) {
  const FgToken *tok = tok_at(doc, t);
  return has(doc, FG_LIST_NOT_A_NAME, tok) || has(doc, FG_LIST_PERSON_TITLE, tok) ||
         fg_lexicon_has(doc->lex, "person-adjective", tok->norm, NULL) ||
         month_at(doc, t, first, last) || has(doc, FG_LIST_WEEKDAY, tok);
}

/* "Ravi Sen said", "John King, 45,": a title's word right after a listed
 * given name that opens the name, before no capitalised word and no
 * abbreviation's period ("Sen. Ivo Marsh"), is the surname when the lists
 * give it as one or the recognizer reads both words as one person. */
static bool title_word_as_surname(const FgDocAnalysis *doc, size_t given, size_t last) {
  size_t t = given + 1;
  if (!doc->name_lists || t >= last || !(listed_as(doc, given, t) & FG_NAMES_GIVEN) ||
      !has(doc, FG_LIST_PERSON_TITLE, tok_at(doc, t)) || !(tok_at(doc, t)->flags & FG_TOK_CAP) ||
      (tok_at(doc, t)->flags & FG_TOK_UPPER))
    return false;
  if (t + 1 < last && ((is_word(tok_at(doc, t + 1)) && (tok_at(doc, t + 1)->flags & FG_TOK_CAP)) ||
                       (fg_tok_is(tok_at(doc, t + 1), ".") && joined(tok_at(doc, t), tok_at(doc, t + 1)))))
    return false;
  bool person_read = doc->token_ner && doc->token_ner[given] == (FG_NER_PERSON | FG_TOKEN_NER_START) &&
                     doc->token_ner[t] == FG_NER_PERSON;
  return person_read || (listed_as(doc, t, t + 1) & FG_NAMES_SURNAME);
}

/* Inside a run of capitalised words, a capitalised article or preposition
 * ("Ann Lee of QRTL In the west", "Harlow New Dawn Party") ends the name
 * before it: see the loop of scan_name. */

/* "Tavi Renholt Photo: Marlow Press": a word that is no name's ("Image",
 * "Photo", "Credit") before a colon labels a caption credit; it ends the
 * name before it. */
static bool caption_label(const FgDocAnalysis *doc, size_t t, size_t last) {
  return t + 1 < last && fg_tok_is(tok_at(doc, t + 1), ":") &&
         has(doc, FG_LIST_NOT_A_NAME, tok_at(doc, t));
}

/* "Kurdish-led", "Iranian-backed": a hyphen compound that modifies the
 * name after it. */
static bool modifier_compound(const FgDocAnalysis *doc, size_t t, size_t last) {
  return t + 2 < last && fg_tok_is(tok_at(doc, t + 1), "-") &&
         has(doc, FG_LIST_COMPOUND_PARTICIPLE, tok_at(doc, t + 2));
}

static bool is_head(const FgDocAnalysis *doc, size_t t) {
  const FgToken *tok = tok_at(doc, t);
  return has(doc, FG_LIST_ORG_HEAD, tok) || has(doc, FG_LIST_EVENT_HEAD, tok) || has(doc, FG_LIST_PLACE_HEAD, tok);
}

/* "Pro-Beijing", "Anti-Corruption", "Pan-democrat": a stance prefix
 * hyphenated to a word modifies what follows; it starts no name. */
static bool stance_compound(const FgDocAnalysis *doc, size_t t, size_t last) {
  return t + 2 < last && has(doc, FG_LIST_STANCE_PREFIX, tok_at(doc, t)) &&
         fg_tok_is(tok_at(doc, t + 1), "-") && joined(tok_at(doc, t), tok_at(doc, t + 1)) &&
         joined(tok_at(doc, t + 1), tok_at(doc, t + 2)) && is_word(tok_at(doc, t + 2));
}

/* "the Ethics and Anti-Corruption Commission", "the Trade and Industry
 * Ministry": after one capitalised common word, "and" joins the
 * capitalised words that end in an organisation's head noun (not a name
 * of its own before "and": "Kenya and Uganda Police" are two). A stance
 * compound after "and" starts no name, so there the recognizer's name
 * before it is no name of its own either. */
static bool and_joins_organisation_name(const FgDocAnalysis *doc, size_t first, size_t c,
                                        size_t last) {
  bool stance_after = stance_compound(doc, c + 1, last);
  if (c != first + 1 || is_head(doc, first) ||
      (!stance_after && doc->token_ner && (doc->token_ner[first] & FG_TOKEN_NER_START)))
    return false;
  size_t k = c + 1, end = c;
  while (k < last && ((is_word(tok_at(doc, k)) && (tok_at(doc, k)->flags & FG_TOK_CAP)) ||
                      (fg_tok_is(tok_at(doc, k), "-") && k + 1 < last))) {
    end = k;
    k++;
  }
  return end > c && has(doc, FG_LIST_ORG_HEAD, tok_at(doc, end));
}

/* "the Brill Institute of Technology and Kesta State University": two
 * words or more after the "and" at c that end in a school's or a
 * hospital's head name an institution of their own; no portfolio of a
 * department ends so ("Department of Health and Human Services"). */
static bool institution_after_and(const FgDocAnalysis *doc, size_t c, size_t last) {
  static const char *const HEADS[] = {"university", "college", "institute", "academy",
                                      "school",     "hospital", "museum",   NULL};
  size_t end = c + 1;
  while (end < last && is_word(tok_at(doc, end)) && (tok_at(doc, end)->flags & FG_TOK_CAP))
    end++;
  if (end < c + 3)
    return false;
  for (const char *const *head = HEADS; *head; head++)
    if (fg_tok_is(tok_at(doc, end - 1), *head))
      return true;
  return false;
}

/* "the Brotherhood of Ostra", "the Sons of Halvar": after "the", the
 * recognizer's organisation that runs from first over the connector at c
 * to the capitalised word after it is one name, though no head noun
 * comes before the connector; only the name's first connector ("the
 * University of Porto of Portugal" names a country after the second). */
static bool recognized_organisation_over(const FgDocAnalysis *doc, size_t first, size_t c) {
  const uint8_t *ner = doc->token_ner;
  if (!ner || first == 0 || !fg_tok_is(tok_at(doc, first - 1), "the") ||
      ner[first] != (FG_NER_ORGANIZATION | FG_TOKEN_NER_START))
    return false;
  for (size_t k = first + 1; k <= c + 1; k++)
    if (ner[k] != FG_NER_ORGANIZATION ||
        (k < c && has(doc, FG_LIST_NAME_CONNECTOR, tok_at(doc, k))))
      return false;
  return true;
}

/* Whether the connector at c ("of", "for", "on", "and") continues the
 * institution name begun at first: a head noun comes right before it
 * ("Council for ..."), the recognizer's organisation runs over it ("the
 * Brotherhood of Ostra"), or "and" joins the words after an earlier "for". */
static size_t capitalised_run_end(const FgDocAnalysis *doc, size_t t, size_t last);

/* "the Sword of Truth brigade": the capitals after a connector at t
 * (past "the") end right before a lower-case organisation's noun (list
 * "org-noun-after"), which makes the words before it one group's name
 * when "the" opens it (not "Members of the Velm party"). */
static bool group_noun_closes(const FgDocAnalysis *doc, size_t t, size_t last) {
  if (t < last && fg_tok_is(tok_at(doc, t), "the"))
    t++;
  size_t end = capitalised_run_end(doc, t, last);
  return end > t && end < last && !(tok_at(doc, end)->flags & FG_TOK_CAP) &&
         fg_lexicon_has(doc->lex, "org-noun-after", tok_at(doc, end)->norm, NULL);
}

static size_t collective_possessive(const FgDocAnalysis *doc, size_t p, size_t last);

/* "Fighters of the Kora Front", "Members of the Velm Army": a plural noun
 * of a group's men (lists "armed-men", "member-noun") alone before "of
 * the" and a name with a head noun of its own opens no name: the group is
 * the name after "of" ("Soldiers of the Caliphate" has no such head). */
static bool men_of_named_group(const FgDocAnalysis *doc, size_t first, size_t c, size_t last) {
  const char *men = tok_at(doc, first)->norm;
  if (c != first + 1 || c + 3 > last || !fg_tok_is(tok_at(doc, c), "of") ||
      !fg_tok_is(tok_at(doc, c + 1), "the") ||
      !(fg_lexicon_has(doc->lex, "armed-men", men, NULL) ||
        fg_lexicon_has(doc->lex, "member-noun", men, NULL)))
    return false;
  size_t end = capitalised_run_end(doc, c + 2, last);
  /* "Fighters of the Tarsa People's Army": a plural's possessive inside
   * the group's name, up to its head noun */
  if (end > c + 2 && end < last && collective_possessive(doc, end, last) > end)
    return true;
  return end > c + 3 && is_head(doc, end - 1);
}

/* "the Velm Council for the Dorsey grant": "for the" continues a name
 * only when the capitals after it are no modifier of a lower-case noun
 * ("the Society for the Blind opened"). c is at "for". */
static bool for_the_noun(const FgDocAnalysis *doc, size_t c, size_t last) {
  if (!fg_tok_is(tok_at(doc, c), "for") || c + 2 >= last || !fg_tok_is(tok_at(doc, c + 1), "the"))
    return false;
  size_t end = capitalised_run_end(doc, c + 2, last);
  return end < last && !(tok_at(doc, end)->flags & FG_TOK_CAP) && doc->token_upos &&
         doc->token_upos[end] == FG_UPOS_NOUN;
}

/* "the Institute for the Study of Rivers": "of" goes on with a name whose
 * "for" came after its head noun, though no head noun comes before "of". */
static bool of_after_purpose(const FgDocAnalysis *doc, size_t first, size_t c) {
  if (!fg_tok_is(tok_at(doc, c), "of"))
    return false;
  for (size_t k = first + 1; k < c; k++)
    if (fg_tok_is(tok_at(doc, k), "for") && is_head(doc, k - 1))
      return true;
  return false;
}

static bool name_connector(const FgDocAnalysis *doc, size_t first, size_t c, size_t last) {
  const FgToken *tok = tok_at(doc, c);
  if (!has(doc, FG_LIST_NAME_CONNECTOR, tok) || c + 1 >= last ||
      men_of_named_group(doc, first, c, last) || for_the_noun(doc, c, last))
    return false;
  if (!fg_tok_is(tok, "and"))
    return c > first && (is_head(doc, c - 1) || recognized_organisation_over(doc, first, c) ||
                         of_after_purpose(doc, first, c) ||
                         (first > 0 && fg_tok_is(tok_at(doc, first - 1), "the") &&
                          group_noun_closes(doc, c + 1, last)));
  /* "the X Institute of Optics and Harlan State University": the
   * recognizer starts a name after "and" ("Department of Health and Human
   * Services" it reads as one) */
  if (doc->token_ner && (doc->token_ner[c + 1] & FG_TOKEN_NER_START) &&
      !stance_compound(doc, c + 1, last))
    return false;
  if (institution_after_and(doc, c, last))
    return false;
  for (size_t k = first; k < c; k++)
    if (has(doc, FG_LIST_NAME_CONNECTOR, tok_at(doc, k)))
      return true;
  return and_joins_organisation_name(doc, first, c, last);
}

/* "at", "as", "an", "do": name particles when hyphenated ("at-Tall"),
 * English words when they stand alone ("the Gallery at Skidmore"). */
static bool english_particle(const FgToken *tok) {
  return fg_tok_is(tok, "at") || fg_tok_is(tok, "as") || fg_tok_is(tok, "an") ||
         fg_tok_is(tok, "do");
}

/* "the University of Velm at Harlow": the campus named after "at" in a
 * university's name is part of the name, when the capitalised words after
 * "at" have no head noun ("the X Gallery at Y College" is an institution
 * at another). */
static bool campus_at(const FgDocAnalysis *doc, size_t first, size_t c, size_t last) {
  if (!fg_tok_is(tok_at(doc, c), "at"))
    return false;
  bool university_of = false;
  for (size_t k = first; k + 1 < c; k++)
    university_of |= fg_tok_is(tok_at(doc, k), "university") && fg_tok_is(tok_at(doc, k + 1), "of");
  if (!university_of || c + 1 >= last)
    return false;
  size_t k = c + 1;
  for (; k < last && is_word(tok_at(doc, k)) && (tok_at(doc, k)->flags & FG_TOK_CAP); k++)
    if (is_head(doc, k))
      return false;
  return k > c + 1;
}

/* "Velkor" after "Velkor Energy": a company's name without its last word,
 * when that is a company's head noun ("Energy", "Motors", "Group"), is
 * filed as its "stem", for a shorter name nothing else claims (a surname
 * comes first; a name typed a place is left alone). match is the name's
 * match key. The first filed wins. */
static bool file_company_stem(Finder *f, size_t first, size_t last, const char *match,
                              uint32_t e) {
  const char *value = NULL, *space = strrchr(match, ' ');
  if (last - first < 2 || !space)
    return true;
  /* "Quenta" of "Quenta Cells": the first word of a two-word company or
   * plain organisation whose last word heads no name, for a one-word name
   * that its own cues type an organisation ("Quenta is a subsidiary of") */
  const char *type = entity(f, e)->type;
  /* "Kelso" of "Kelso Rovers", "Varno" of "FC Varno": a two-word club's
   * town word, for a one-word name no cue types a place or a person */
  if (last - first == 2 && strcmp(type, "Organization") == 0) {
    const FgLexicon *lex = f->doc->lex;
    if (fg_lexicon_has(lex, "club-head", tok_at(f->doc, last - 1)->norm, NULL) &&
        !file_entity_len(f, "club-stem", match, (size_t)(space - match), e, false))
      return false;
    /* "United manager X" after "Halden United": the club's head word alone,
     * as supporters and the press call a club (the first club filed wins) */
    if (fg_lexicon_has(lex, "club-head", tok_at(f->doc, last - 1)->norm, NULL) &&
        !file_entity(f, "club-stem", space + 1, e, false))
      return false;
    if (fg_lexicon_has(lex, "club-opening", tok_at(f->doc, first)->norm, NULL) &&
        !file_entity(f, "club-stem", space + 1, e, false))
      return false;
  }
  if (last - first == 2 && !is_head(f->doc, last - 1) &&
      (strcmp(type, "Company") == 0 || strcmp(type, "Organization") == 0) &&
      !file_entity_len(f, "org-stem", match, (size_t)(space - match), e, false))
    return false;
  if (!fg_tok_value(f->doc, FG_LIST_ORG_HEAD, tok_at(f->doc, last - 1), &value) || !value ||
      strcmp(value, "Company") != 0)
    return true;
  return file_entity_len(f, "stem", match, (size_t)(space - match), e, false);
}

/* "Ostrand's chief executive" after "Ostrand Capital Partners", "Brenn's
 * chairman" after "Brenn Valley Trust": the first word of an unknown
 * organisation's name of three words or more, a proper noun that heads no
 * name, is filed as its "stem" (a person's surname still comes first;
 * the first filed wins). A state's organ keeps to its full name. */
static bool file_first_word_stem(Finder *f, size_t first, size_t last, uint32_t e) {
  const FgDocAnalysis *doc = f->doc;
  const FgLocalEntity *ent = entity(f, e);
  if (last - first < 3 || ent->kind != FG_KIND_ORG || strcmp(ent->type, "GovernmentBody") == 0 ||
      !doc->token_upos || doc->token_upos[first] != FG_UPOS_PROPN || is_head(doc, first) ||
      (tok_at(doc, first)->flags & FG_TOK_UPPER) || !is_word(tok_at(doc, first)))
    return true;
  return file_entity(f, "org-stem", tok_at(doc, first)->norm, e, false);
}

/* "the Supreme Court" after "the Italian Supreme Court of Cassation": an
 * organisation or place is filed as "part" under the shorter names it
 * contains that keep its head noun: the words up to its head without the
 * leading ones (and with them, when words follow the head), two words at
 * least. The first filed wins. */
static bool file_name_parts(Finder *f, size_t first, size_t last, uint32_t e) {
  const FgDocAnalysis *doc = f->doc;
  size_t head = fg_name_head(doc, first, last);
  if (head <= first)
    return true;
  FgBuf lookup, match;
  fg_buf_init(&lookup);
  fg_buf_init(&match);
  bool ok = fg_name_lookup_key(doc->tok.tokens, first, head + 1, &lookup) &&
            fg_name_match_key(fg_buf_cstr(&lookup), false, &match);
  const char *part = fg_buf_cstr(&match);
  if (ok && head + 1 == last) /* the whole name up to its head is the name */
    part = strchr(part, ' ') ? strchr(part, ' ') + 1 : NULL;
  for (; ok && part && strchr(part, ' '); part = strchr(part, ' ') + 1)
    ok = file_entity(f, "part", part, e, false);
  /* "the Ministry of Health" after "the Norvel Ministry of Health": a
   * government body's name of one word before its head and words after
   * it goes by the name without that first word too (only a government
   * body: "Royal Bank of Scotland" is no "Bank of Scotland") */
  if (ok && head == first + 1 && head + 1 < last &&
      strcmp(entity(f, e)->type, "GovernmentBody") == 0) {
    fg_buf_clear(&lookup);
    fg_buf_clear(&match);
    ok = fg_name_lookup_key(doc->tok.tokens, head, last, &lookup) &&
         fg_name_match_key(fg_buf_cstr(&lookup), false, &match) &&
         file_entity(f, "part", fg_buf_cstr(&match), e, false);
  }
  fg_buf_free(&lookup);
  fg_buf_free(&match);
  return ok;
}

/* "the Korean People's Army", "the Women's Rights League": a possessive
 * 's of a plural noun inside an organisation's name. At the 's at p,
 * after a capitalised plural ("People", "Women", or a word in -s), with
 * capitalised words after it up to an organisation's head noun: the end
 * of those words, else p. A singular possessor ("Syria's Foreign
 * Ministry") is a name of its own. */
static size_t collective_possessive(const FgDocAnalysis *doc, size_t p, size_t last) {
  const FgToken *poss = tok_at(doc, p), *owner = tok_at(doc, p - 1);
  const char *w = owner->norm;
  size_t len = strlen(w);
  /* "the Farmers' Rights Watch": a bare apostrophe joined to a plural in -s */
  bool bare = fg_tok_is(poss, "'") && joined(owner, poss) && len > 3 && w[len - 1] == 's';
  if (!((poss->flags & FG_TOK_POSS) || bare) || !is_word(owner) || !(owner->flags & FG_TOK_CAP))
    return p;
  bool plural = strcmp(w, "people") == 0 || strcmp(w, "women") == 0 || strcmp(w, "men") == 0 ||
                strcmp(w, "children") == 0 || (len > 3 && w[len - 1] == 's' && w[len - 2] != 's');
  if (!plural)
    return p;
  size_t end = p + 1, headed = p;
  while (end < last && end < p + 1 + FG_NAME_MAX_WORDS && is_word(tok_at(doc, end)) &&
         (tok_at(doc, end)->flags & FG_TOK_CAP)) {
    if (has(doc, FG_LIST_ORG_HEAD, tok_at(doc, end)))
      headed = end + 1;
    end++;
  }
  return headed;
}

/* "the Orland County Sheriff's Department", "St. Brigid's Hospital": a
 * singular possessive inside one institution's name, when capitalised
 * words after the 's at p end in a head noun and the possessor holds an
 * office (a person's noun: "District Attorney"), follows a place's head
 * word ("County Sheriff"), or is the saint the name opens with. The end of those words, else p. A
 * possessor that is a name of its own keeps it ("Syria's Foreign
 * Ministry", "Velm County's Department of Roads"). */
static size_t office_possessive(const FgDocAnalysis *doc, size_t t, size_t p, size_t last) {
  const FgToken *owner = tok_at(doc, p - 1);
  if (!(tok_at(doc, p)->flags & FG_TOK_POSS) || !is_word(owner) || !(owner->flags & FG_TOK_CAP))
    return p;
  bool office = has(doc, FG_LIST_PERSON_NOUN, owner);
  for (size_t k = t; k + 1 < p && !office; k++)
    office = fg_tok_in(doc, FG_LIST_PLACE_HEAD, tok_at(doc, k)) && is_word(tok_at(doc, k + 1));
  bool saint = (fg_tok_is(tok_at(doc, t), "st") || fg_tok_is(tok_at(doc, t), "saint")) &&
               p - 1 <= t + 2;
  if (!office && !saint)
    return p;
  size_t end = p + 1, headed = p;
  while (end < last && end < p + 1 + FG_NAME_MAX_WORDS && is_word(tok_at(doc, end)) &&
         (tok_at(doc, end)->flags & FG_TOK_CAP) && !is_stop_cap(doc, end, t, last)) {
    if (is_head(doc, end))
      headed = end + 1;
    end++;
  }
  /* "the Kent County Sheriff's office": the office in lower case */
  if (end == p + 1 && office && end < last && is_word(tok_at(doc, end)) &&
      fg_lexicon_has(doc->lex, "office-possessive-head", tok_at(doc, end)->norm, NULL))
    return end + 1;
  return headed;
}

/* Whether the word (folded) is a company's legal form: "inc", "co", "sa",
 * "gmbh" (the lexicon's legal-form list, which resolution reads too). */
static bool legal_form(const FgDocAnalysis *doc, const char *word) {
  return fg_lexicon_has(doc->lex, "legal-form", word, NULL);
}

/* "Varenne Textiles S.A.": capital letters each glued to its stop at s
 * that spell a company's legal form close the name. The end of them, else
 * s. */
static size_t dotted_legal_form_end(const FgDocAnalysis *doc, size_t s, size_t last) {
  char form[8];
  size_t n = 0, k = s;
  while (n + 1 < sizeof form && k + 1 < last && is_word(tok_at(doc, k)) &&
         strlen(tok_at(doc, k)->norm) == 1 && (tok_at(doc, k)->flags & FG_TOK_CAP) &&
         fg_tok_is(tok_at(doc, k + 1), ".") && joined(tok_at(doc, k), tok_at(doc, k + 1)) &&
         (k == s || joined(tok_at(doc, k - 1), tok_at(doc, k)))) {
    form[n++] = tok_at(doc, k)->norm[0];
    k += 2;
  }
  form[n] = '\0';
  return n >= 2 && legal_form(doc, form) ? k : s;
}

/* "Drummond Parcel, Inc.", "Holt Freight, LLC": a legal form after a comma
 * (abbreviated, or in capitals) is the name's, unless a name goes on after
 * it ("Bray, Co. Wicklow"). The end of the form, else the comma at c. */
static size_t comma_legal_form_end(const FgDocAnalysis *doc, size_t c, size_t last) {
  if (c + 1 >= last || !fg_tok_is(tok_at(doc, c), ",") || !is_word(tok_at(doc, c + 1)))
    return c;
  const FgToken *form = tok_at(doc, c + 1);
  bool stop = c + 2 < last && fg_tok_is(tok_at(doc, c + 2), ".") && joined(form, tok_at(doc, c + 2));
  if (!(form->flags & FG_TOK_CAP) || !legal_form(doc, form->norm) ||
      !(stop || ((form->flags & FG_TOK_UPPER) && strlen(form->norm) > 1)))
    return c;
  size_t after = c + 2 + stop;
  if (after < last && is_word(tok_at(doc, after)) && (tok_at(doc, after)->flags & FG_TOK_CAP))
    return c;
  return c + 2;
}

static size_t scan_name(const FgDocAnalysis *doc, size_t t, size_t first_tok, size_t last);
static bool org_noun_after(const FgDocAnalysis *doc, size_t last, size_t sent_last,
                           const char **value);

/* "the New People Party", "an International Relief Board": a word that
 * starts no name ("New", "International"), capitalised inside a sentence
 * and not after a quote or a colon, starts the run of capitalised names
 * after it when that run ends in a head noun or comes before a lower-case
 * organisation's noun ("the National Renewal party": org_noun_after), or
 * when the recognizer read exactly the word and the run as one name. The
 * end of that name, else t. */
static size_t adjective_led_name(const FgDocAnalysis *doc, size_t t, size_t first_tok,
                                 size_t last) {
  const FgToken *tok = tok_at(doc, t), *before = t > first_tok ? tok_at(doc, t - 1) : NULL;
  if (t + 1 >= last || strlen(tok->norm) < 2 || fg_tok_is(tok, "the") ||
      fg_tok_is(tok, "an") || !has(doc, FG_LIST_NOT_A_NAME, tok) ||
      has(doc, FG_LIST_PERSON_TITLE, tok) ||
      (before && !is_word(before) && !fg_tok_is(before, ",")) ||
      has(doc, FG_LIST_NOT_A_NAME, tok_at(doc, t + 1)))
    return t;
  size_t end = scan_name(doc, t + 1, first_tok, last);
  if (end <= t + 1)
    return t;
  /* "in New Harlow": the recognizer read the word as the name's start */
  bool recognized = doc->token_ner && (doc->token_ner[t] & FG_TOKEN_NER_START) &&
                    doc->token_ner[end - 1] == (doc->token_ner[t] & (FG_TOKEN_NER_START - 1u)) &&
                    (end == last || doc->token_ner[end] != doc->token_ner[end - 1]);
  /* a sentence's first word is capitalised anyway: only the recognizer's
   * reading counts there ("New Harlow's mayor said") */
  if (!before)
    return recognized ? end : t;
  /* "flew to New Harlow", "in Western Velmia": after a word that puts a
   * place after it, the adjective opens the place's name */
  bool place_after = has(doc, FG_LIST_PLACE_BEFORE, before) && !fg_tok_is(before, "of");
  /* "the New Velmia government": inside a sentence a capitalised "New"
   * before a name is the name's ("New Harlow", "New Democrats") */
  bool new_led = fg_tok_is(tok, "new") && !(tok->flags & FG_TOK_UPPER);
  const char *org_class = NULL;
  return recognized || place_after || new_led || is_head(doc, fg_name_head(doc, t + 1, end)) ||
                 org_noun_after(doc, end, last, &org_class)
             ? end
             : t;
}

/* Whether the capitalised word at t may follow a connector inside a name:
 * not a word that starts no name, unless it is an adjective ("Southern",
 * "New") that a capitalised name word follows ("University of Southern
 * Harlow", "Bank of New Velm"). */
static bool continues_name(const FgDocAnalysis *doc, size_t t, size_t first_tok, size_t last) {
  if (!is_stop_cap(doc, t, first_tok, last))
    return true;
  const FgToken *tok = tok_at(doc, t);
  return t + 1 < last && has(doc, FG_LIST_NOT_A_NAME, tok) && !has(doc, FG_LIST_DETERMINER, tok) &&
         !has(doc, FG_LIST_TIME_PREPOSITION, tok) && !has(doc, FG_LIST_PERSON_TITLE, tok) &&
         strlen(tok->norm) > 2 && is_word(tok_at(doc, t + 1)) &&
         (tok_at(doc, t + 1)->flags & FG_TOK_CAP) && !is_stop_cap(doc, t + 1, first_tok, last);
}

/* A capitalised word shaped as a people's adjective ("Tolvian",
 * "Brastese", "Orkish"; fg_text_demonym_like) that the names lists give
 * no person. */
static bool demonym_shaped(const FgDocAnalysis *doc, size_t t) {
  const FgToken *tok = tok_at(doc, t);
  return is_word(tok) && (tok->flags & FG_TOK_CAP) && strlen(tok->norm) >= 6 &&
         !(doc->name_lists && (listed_as(doc, t, t + 1) & (FG_NAMES_GIVEN | FG_NAMES_SURNAME))) &&
         fg_text_demonym_like(tok->norm);
}

/* "the Tolvian-Kessarian border", "Orkish-Brastese talks": two peoples'
 * adjectives hyphened (the first at t) before a lower-case word describe
 * the noun after them; they are no one name. */
static bool demonym_pair(const FgDocAnalysis *doc, size_t t, size_t last) {
  return t + 3 < last && demonym_shaped(doc, t) && demonym_shaped(doc, t + 2) &&
         is_word(tok_at(doc, t + 3)) && !(tok_at(doc, t + 3)->flags & FG_TOK_CAP);
}

/* "Velm State University of the QX": two capitals that the gazetteer does
 * not know, ending a name after "of the", written as a country's code. */
static bool unknown_country_code_at(const FgDocAnalysis *doc, size_t t, size_t last) {
  const FgToken *tok = tok_at(doc, t);
  if (!is_word(tok) || !(tok->flags & FG_TOK_UPPER) || strlen(tok->norm) != 2 || t < 3 ||
      !fg_tok_is(tok_at(doc, t - 1), "the") || !fg_tok_is(tok_at(doc, t - 2), "of") ||
      !(tok_at(doc, t - 3)->flags & FG_TOK_CAP))
    return false;
  return t + 1 >= last || !(tok_at(doc, t + 1)->flags & FG_TOK_CAP);
}

/* "Velm State University of the US": a country written in initials after
 * "of the" says where the institution is; official names spell the
 * country out ("Bank of the United States"). */
static bool country_initialism_at(const FgDocAnalysis *doc, size_t t, size_t last) {
  if (!is_word(tok_at(doc, t)) || !(tok_at(doc, t)->flags & FG_TOK_UPPER) ||
      strlen(tok_at(doc, t)->norm) > 3)
    return false;
  FgBuf key;
  fg_buf_init(&key);
  GazMatch g = match_gazetteer(doc, t, last, &key);
  fg_buf_free(&key);
  if (!g.end)
    return unknown_country_code_at(doc, t, last);
  return g.end == t + 1 && g.hit->name >= 0 &&
         strcmp(fg_gazetteer_entry(doc->gaz, (size_t)g.hit->name)->type, "Country") == 0;
}

/* "L. Ron Hubbard", "K.C. Maurer": initials that open a name, each a
 * letter glued to its period, before a spaced word of two letters or more.
 * The end of the initials, or t + 1 when the name opens otherwise. */
static size_t leading_initials(const FgDocAnalysis *doc, size_t t, size_t last) {
  if (t > 0 && joined(tok_at(doc, t - 1), tok_at(doc, t)) &&
      (is_word(tok_at(doc, t - 1)) || fg_tok_is(tok_at(doc, t - 1), ".")))
    return t + 1; /* inside a word or a run of initials */
  size_t end = t;
  while (end + 2 < last && is_word(tok_at(doc, end)) && strlen(tok_at(doc, end)->norm) == 1 &&
         (tok_at(doc, end)->flags & FG_TOK_CAP) && fg_tok_is(tok_at(doc, end + 1), ".") &&
         joined(tok_at(doc, end), tok_at(doc, end + 1)))
    end += 2;
  const FgToken *next = tok_at(doc, end);
  if (end > t && !joined(tok_at(doc, end - 1), next) && is_word(next) &&
      (next->flags & FG_TOK_CAP) && strlen(next->norm) > 1)
    return end;
  return t + 1;
}

/* "KR Trade Minister Ana Velt", "Velmland Foreign Minister": the
 * title-domain words at t before a minister's or secretary's title (the
 * titles a government portfolio precedes) are the title's, not the end of
 * the name before them. */
static bool portfolio_before_title(const FgDocAnalysis *doc, size_t t, size_t last) {
  size_t end = domain_words_end(doc, t, last, 0);
  return end > t && end < last &&
         has(doc, FG_LIST_PORTFOLIO_TITLE, tok_at(doc, end));
}

/* "Canadian Finance Minister X", "the Mining Secretary", "Deputy Prime
 * Minister X": a portfolio before a minister's title names the office's
 * domain, no company and no person, also where it heads companies' names
 * ("Finance", "Energy"); a department's ("Treasury Secretary X") stays a
 * name. */
static bool portfolio_names_nothing(const FgDocAnalysis *doc, size_t t, size_t last) {
  const char *value = NULL;
  size_t end = domain_words_end(doc, t, last, 0);
  return end > t && portfolio_before_title(doc, t, last) &&
         (!fg_tok_value(doc, FG_LIST_ORG_HEAD, tok_at(doc, end - 1), &value) ||
          (value && strcmp(value, "Company") == 0));
}

/* "the General Confederation of Velm Labour", "Queen Mara Hospital": a
 * capitalised title before capitalised words whose head noun is an
 * organisation's opens the institution's name; no person is so named.
 * Not before a title: "Deputy Treasury Secretary X".
 * The name's end, else t. */
static size_t title_led_institution(const FgDocAnalysis *doc, size_t t, size_t first_tok,
                                    size_t last) {
  if (!has(doc, FG_LIST_PERSON_TITLE, tok_at(doc, t)) || t + 1 >= last ||
      !(tok_at(doc, t + 1)->flags & FG_TOK_CAP) || is_stop_cap(doc, t + 1, first_tok, last))
    return t;
  size_t end = scan_name(doc, t + 1, first_tok, last);
  /* not "Deputy Treasury Secretary X": a title's portfolio */
  bool title_after = end < last && (has(doc, FG_LIST_PERSON_TITLE, tok_at(doc, end)) ||
                                    has(doc, FG_LIST_PERSON_NOUN, tok_at(doc, end)));
  return end > t + 1 && !title_after &&
                 has(doc, FG_LIST_ORG_HEAD, tok_at(doc, fg_name_head(doc, t + 1, end)))
             ? end
             : t;
}

/* "Neighbouring Velmia closed", "Oil-rich Velmia offered": an adjective
 * of the list "name-epithet", or at a sentence's start a capitalised word
 * hyphened to a lower-case one that is no participle of a name ("War-torn",
 * not "Velm-backed"), before a capitalised word describes the name after
 * it and is none of its words. */
static bool epithet_at(const FgDocAnalysis *doc, size_t t, size_t first_tok, size_t last) {
  size_t next = t + 1;
  if (t == first_tok && t + 3 < last && fg_tok_is(tok_at(doc, t + 1), "-") &&
      joined(tok_at(doc, t), tok_at(doc, t + 1)) && joined(tok_at(doc, t + 1), tok_at(doc, t + 2)) &&
      is_word(tok_at(doc, t + 2)) && !(tok_at(doc, t + 2)->flags & FG_TOK_CAP) &&
      !has(doc, FG_LIST_COMPOUND_PARTICIPLE, tok_at(doc, t + 2)))
    next = t + 3;
  else if (!fg_lexicon_has(doc->lex, "name-epithet", tok_at(doc, t)->norm, NULL))
    return false;
  return next < last && is_word(tok_at(doc, next)) && (tok_at(doc, next)->flags & FG_TOK_CAP) &&
         !joined(tok_at(doc, next - 1), tok_at(doc, next));
}

/* "Castow County Sheriff Ana Lind", "Velm County District Attorney X": a
 * person's noun (after "District" or the like) right after a place's head
 * word and before a capitalised word that heads nothing is the title of
 * the person named next; the place's name ends before it. */
static bool title_after_place_head(const FgDocAnalysis *doc, size_t end, size_t last) {
  const FgToken *tok = tok_at(doc, end);
  if (!is_word(tok) || !(tok->flags & FG_TOK_CAP) ||
      !has(doc, FG_LIST_PLACE_HEAD, tok_at(doc, end - 1)))
    return false;
  size_t k = end;
  if (has(doc, FG_LIST_PLACE_HEAD, tok) && k + 1 < last)
    k++; /* "District Attorney" */
  return has(doc, FG_LIST_PERSON_NOUN, tok_at(doc, k)) && (tok_at(doc, k)->flags & FG_TOK_CAP) &&
         k + 1 < last && is_word(tok_at(doc, k + 1)) && (tok_at(doc, k + 1)->flags & FG_TOK_CAP) &&
         !is_head(doc, k + 1);
}

static const char *list_entry_at(const FgDocAnalysis *doc, const char *list, size_t t, bool two);

/* "Ashby Fire Chief X": a capitalised word at t that with the title after
 * it makes a town's office (list "local-office": "fire chief") is the
 * title's, not the end of the town's name; not an organisation's head
 * ("Corbin Police Chief X": the police are a body of their own). */
static bool office_word_before_title(const FgDocAnalysis *doc, size_t t, size_t last) {
  const FgToken *tok = tok_at(doc, t);
  return t + 1 < last && is_word(tok) && (tok->flags & FG_TOK_CAP) &&
         has(doc, FG_LIST_PERSON_TITLE, tok_at(doc, t + 1)) && !has(doc, FG_LIST_ORG_HEAD, tok) &&
         list_entry_at(doc, "local-office", t, true);
}

/* "the Ravenna Opera Company of Milbrook": after a company's complete
 * name, one or two capitalised words nobody listed, none a word of a
 * portfolio, an industry, a head noun or no name's ("Bank of Commerce",
 * "Company of Mining") and no "and" after them ("Bank of Trade and
 * Development"), are the town it is in. */
static bool unknown_seat(const FgDocAnalysis *doc, size_t place, size_t place_end, size_t last) {
  if (place_end - place > 2 || (place_end < last && (fg_tok_is(tok_at(doc, place_end), "and") ||
                                                     fg_tok_is(tok_at(doc, place_end), "&"))))
    return false;
  for (size_t k = place; k < place_end; k++) {
    const FgToken *tok = tok_at(doc, k);
    if (is_stop_cap(doc, k, place, last) || is_head(doc, k) ||
        has(doc, FG_LIST_TITLE_DOMAIN, tok) || has(doc, FG_LIST_PERSON_NOUN, tok) ||
        has(doc, FG_LIST_PLACE_HEAD, tok) ||
        fg_lexicon_has(doc->lex, "industry-word", tok->norm, NULL) ||
        fg_lexicon_has(doc->lex, "department-word", tok->norm, NULL))
      return false;
  }
  return true;
}

/* "Kestrel Bank of Montreal", "Dorsey Freight Corp. of Denver": "of" (at
 * of) and a city ending the name (a gazetteer city, or a name of the
 * names lists' places the gazetteer knows as nothing else) after a
 * company's head noun or legal form that is not the name's first word
 * (the name from t) say where the company is, no part of its name. Not
 * after a word of list public-name-word ("Royal Bank of Scotland",
 * "Federal Reserve Bank of Dallas"); "Bank of Montreal" and "University of
 * Chicago" stay whole. */
static bool city_seat_at(const FgDocAnalysis *doc, size_t t, size_t of, size_t last) {
  const char *value = NULL;
  if (of < t + 2 || of + 1 >= last || !fg_tok_is(tok_at(doc, of), "of"))
    return false;
  size_t head = of - 1;
  if (fg_tok_is(tok_at(doc, head), ".") && head > t + 1 && legal_form(doc, tok_at(doc, head - 1)->norm))
    head--; /* "Corp." */
  bool company = legal_form(doc, tok_at(doc, head)->norm) ||
                 (fg_tok_value(doc, FG_LIST_ORG_HEAD, tok_at(doc, head), &value) && value &&
                  strcmp(value, "Company") == 0);
  if (!company)
    return false;
  for (size_t k = t; k < head; k++)
    if (fg_lexicon_has(doc->lex, "public-name-word", tok_at(doc, k)->norm, NULL))
      return false;
  size_t place = of + 1, place_end = place;
  while (place_end < last && is_word(tok_at(doc, place_end)) &&
         (tok_at(doc, place_end)->flags & FG_TOK_CAP))
    place_end++;
  if (place_end == place)
    return false;
  FgBuf key;
  fg_buf_init(&key);
  GazMatch g = match_gazetteer(doc, place, last, &key);
  fg_buf_free(&key);
  if (g.end)
    return g.end == place_end && g.hit->name >= 0 &&
           strcmp(fg_gazetteer_entry(doc->gaz, (size_t)g.hit->name)->type, "City") == 0;
  if (doc->name_lists && (listed_as(doc, place, place_end) & FG_NAMES_PLACE))
    return true;
  return unknown_seat(doc, place, place_end, last);
}

static bool country_shaped(const FgDocAnalysis *doc, size_t t);

/* "Ostrava State University of Kessaria": "of" (at of) and a country
 * ending the name (a gazetteer country, or a word shaped as countries'
 * names are) after a university's, institute's or college's head (list
 * academy-head) with two words or more of its own before it (the name
 * from t) say where it is. "University of Tarsk", "National University of
 * Velmia" (one word before the head) and "Arvel Institute of Technology"
 * stay whole. */
static bool academy_country_at(const FgDocAnalysis *doc, size_t t, size_t of, size_t last) {
  if (of < t + 3 || of + 1 >= last || !fg_tok_is(tok_at(doc, of), "of"))
    return false;
  if (!fg_lexicon_has(doc->lex, "academy-head", tok_at(doc, of - 1)->norm, NULL))
    return false;
  size_t place = of + 1;
  if (place + 1 < last && is_word(tok_at(doc, place + 1)) &&
      (tok_at(doc, place + 1)->flags & FG_TOK_CAP))
    return false; /* one word: no name of two ("of Velm Harbour") */
  FgBuf key;
  fg_buf_init(&key);
  GazMatch g = match_gazetteer(doc, place, last, &key);
  fg_buf_free(&key);
  if (g.end)
    return g.end == place + 1 && g.hit->name >= 0 &&
           strcmp(fg_gazetteer_entry(doc->gaz, (size_t)g.hit->name)->type, "Country") == 0;
  return country_shaped(doc, place);
}

/* The place after "of" at first - 1 that ends a name before it, as seat_at
 * (city_seat_at, academy_country_at) says, its words capitalised back to
 * the sentence's start. */
static bool seat_before(const FgDocAnalysis *doc, size_t first, size_t sent_first, size_t sent_last,
                        bool (*seat_at)(const FgDocAnalysis *, size_t, size_t, size_t)) {
  if (first < sent_first + 3)
    return false;
  size_t t = first - 2;
  if (fg_tok_is(tok_at(doc, t), ".") && t > sent_first)
    t--;
  while (t > sent_first && is_word(tok_at(doc, t - 1)) && (tok_at(doc, t - 1)->flags & FG_TOK_CAP))
    t--;
  return seat_at(doc, t, first - 1, sent_last);
}

/* Whether a connector ("of", "for", "on") follows a head noun of names
 * between first and last: the words are an institution's name. */
static bool connector_after_head(const FgDocAnalysis *doc, size_t first, size_t last) {
  for (size_t k = first + 1; k < last; k++)
    if (has(doc, FG_LIST_NAME_CONNECTOR, tok_at(doc, k)) && is_head(doc, k - 1))
      return true;
  return false;
}

/* "the Council on Danish - Polish Relations": inside an institution's
 * name (a connector after its head noun at or after t, before the hyphen
 * at h) a spaced hyphen between two capitalised words joins them as an
 * unspaced one would, when the name goes on after the second word. */
static bool spaced_hyphen_inside(const FgDocAnalysis *doc, size_t t, size_t h, size_t last) {
  if (h < t + 3 || h + 2 >= last || !fg_tok_is(tok_at(doc, h), "-") ||
      joined(tok_at(doc, h - 1), tok_at(doc, h)) || joined(tok_at(doc, h), tok_at(doc, h + 1)))
    return false;
  for (size_t k = h - 1; k <= h + 2; k += (k == h - 1 ? 2 : 1)) {
    const FgToken *w = tok_at(doc, k);
    if (!is_word(w) || !(w->flags & FG_TOK_CAP) || (w->flags & FG_TOK_UPPER))
      return false;
  }
  return connector_after_head(doc, t, h - 1);
}

/* The end of a run of capitalised words (with particles and hyphens) that
 * starts at t, or t when there is none. */
/* "Brothers Erik and Nils Dalby founded": a relatives' plural (list
 * "kin-plural") capitalised as a sentence's first word, before a listed
 * given name, is no word of the name. */
static bool opening_kin_plural(const FgDocAnalysis *doc, size_t t, size_t first_tok, size_t last) {
  return t == first_tok && t + 1 < last && doc->name_lists &&
         fg_lexicon_has(doc->lex, "kin-plural", tok_at(doc, t)->norm, NULL) &&
         (tok_at(doc, t + 1)->flags & FG_TOK_CAP) && (listed_as(doc, t + 1, t + 2) & FG_NAMES_GIVEN);
}

static size_t scan_name(const FgDocAnalysis *doc, size_t t, size_t first_tok, size_t last) {
  const FgToken *first = tok_at(doc, t);
  bool cap = (first->flags & FG_TOK_CAP) || particle_start(doc, t, last);
  if (!is_word(first) || !cap || epithet_at(doc, t, first_tok, last) ||
      opening_kin_plural(doc, t, first_tok, last))
    return t;
  if (is_stop_cap(doc, t, first_tok, last)) {
    size_t titled = title_led_institution(doc, t, first_tok, last);
    return titled > t ? titled : adjective_led_name(doc, t, first_tok, last);
  }
  if (modifier_compound(doc, t, last))
    return t + 1; /* "URP-led": the name is the one word */
  if (portfolio_names_nothing(doc, t, last))
    return t;
  size_t end = leading_initials(doc, t, last), words = 1;
  for (; end < last && words < FG_NAME_MAX_WORDS; words++) {
    const FgToken *tok = tok_at(doc, end);
    size_t legal_end = dotted_legal_form_end(doc, end, last);
    if (legal_end == end)
      legal_end = comma_legal_form_end(doc, end, last);
    if (legal_end > end)
      return legal_end;
    /* "Jama'at", "N'Djamena": an apostrophe inside a word */
    if (fg_tok_is(tok, "'") && joined(tok_at(doc, end - 1), tok) && end + 1 < last &&
        joined(tok, tok_at(doc, end + 1)) && is_word(tok_at(doc, end + 1))) {
      end += 2;
      continue;
    }
    size_t poss_end = collective_possessive(doc, end, last);
    if (poss_end == end)
      poss_end = office_possessive(doc, t, end, last);
    if (poss_end > end) {
      words += poss_end - end - 2;
      end = poss_end;
      continue;
    }
    if (fg_tok_is(tok, "-") && joined(tok_at(doc, end - 1), tok) && end + 1 < last &&
        joined(tok, tok_at(doc, end + 1)) && is_word(tok_at(doc, end + 1))) {
      /* "Vice-chair of X": a prefix hyphened to a title is the title's */
      bool title = !(tok_at(doc, end + 1)->flags & FG_TOK_CAP) &&
                   has(doc, FG_LIST_PERSON_NOUN, tok_at(doc, end + 1));
      if (title || modifier_compound(doc, end - 1, last) || demonym_pair(doc, end - 1, last))
        return end - 1 > t ? end - 1 : t;
      end += 2; /* al-Sharaa, Hayat Tahrir al-Sham */
      continue;
    }
    if (spaced_hyphen_inside(doc, t, end, last)) {
      end += 2;
      continue;
    }
    /* "the Velm Church-owned ship": a name's last word may be hyphened
     * to the participle; the name ends with it */
    if (is_word(tok) && (tok->flags & FG_TOK_CAP) && modifier_compound(doc, end, last) &&
        !has(doc, FG_LIST_PERSON_TITLE, tok) && !has(doc, FG_LIST_DETERMINER, tok) &&
        !has(doc, FG_LIST_NOT_A_NAME, tok))
      return end + 1;
    if (is_word(tok) && (tok->flags & FG_TOK_CAP) && portfolio_before_title(doc, end, last))
      break;
    if (end > t && (title_after_place_head(doc, end, last) ||
                    office_word_before_title(doc, end, last)))
      break;
    if (end == t + 1 && title_word_as_surname(doc, t, last)) {
      end++;
      continue;
    }
    /* "Lowell General Hospital": a title's word inside a name, before the
     * name's head noun, is the name's */
    if (is_word(tok) && (tok->flags & FG_TOK_CAP) && has(doc, FG_LIST_PERSON_TITLE, tok) &&
        end + 1 < last && is_word(tok_at(doc, end + 1)) &&
        (tok_at(doc, end + 1)->flags & FG_TOK_CAP) && is_head(doc, end + 1)) {
      end++;
      continue;
    }
    if (is_word(tok) && (tok->flags & FG_TOK_CAP) && !has(doc, FG_LIST_PERSON_TITLE, tok) &&
        !month_at(doc, end, first_tok, last) && !has(doc, FG_LIST_WEEKDAY, tok) &&
        !modifier_compound(doc, end, last) && !caption_label(doc, end, last) &&
        !has(doc, FG_LIST_DETERMINER, tok) && !has(doc, FG_LIST_TIME_PREPOSITION, tok)) {
      end++;
      continue;
    }
    /* "St. Brigid's Hospital": the abbreviated saint opening a name */
    if (fg_tok_is(tok, ".") && end == t + 1 && fg_tok_is(tok_at(doc, t), "st") &&
        joined(tok_at(doc, t), tok) && end + 1 < last && is_word(tok_at(doc, end + 1)) &&
        (tok_at(doc, end + 1)->flags & FG_TOK_CAP) && !is_stop_cap(doc, end + 1, first_tok, last)) {
      end++;
      continue;
    }
    /* a middle initial: "John F. Kennedy", "Hubert H. Humphrey" */
    if (fg_tok_is(tok, ".") && end >= t + 2 && joined(tok_at(doc, end - 1), tok) &&
        strlen(tok_at(doc, end - 1)->norm) == 1 && is_word(tok_at(doc, end - 1)) &&
        strlen(tok_at(doc, end - 2)->norm) > 1 && is_word(tok_at(doc, end - 2)) &&
        end + 1 < last && is_word(tok_at(doc, end + 1)) &&
        (tok_at(doc, end + 1)->flags & FG_TOK_CAP) && !is_stop_cap(doc, end + 1, first_tok, last)) {
      end++;
      continue;
    }
    /* "&" between capitalised words is inside the name: "Lind & Partners",
     * "the Ada & Bo Holt Museum" */
    if (fg_tok_is(tok, "&") && end + 1 < last && is_word(tok_at(doc, end + 1)) &&
        (tok_at(doc, end + 1)->flags & FG_TOK_CAP) && continues_name(doc, end + 1, first_tok, last)) {
      end++;
      continue;
    }
    /* lower-case particles, and "of"/"for"/"and" inside institution
     * names: "Union for Renewal and Progress", "Ministry of the Interior" */
    bool hyphened = end + 2 < last && fg_tok_is(tok_at(doc, end + 1), "-");
    bool particle = is_word(tok) && !(tok->flags & FG_TOK_CAP) &&
                    ((fg_name_is_particle(tok->norm) && (hyphened || !english_particle(tok))) ||
                     name_connector(doc, t, end, last) || campus_at(doc, t, end, last));
    size_t next = end + 1;
    /* "Ministry of the Interior", "Society for the Blind" */
    if (particle && (fg_tok_is(tok, "of") || fg_tok_is(tok, "for")) && next < last &&
        fg_tok_is(tok_at(doc, next), "the"))
      next++;
    /* two particles in a row: "von der Heyden", "van den Berg" */
    else if (particle && next + 1 < last && fg_name_is_particle(tok_at(doc, next)->norm) &&
             !english_particle(tok_at(doc, next)) && !(tok_at(doc, next)->flags & FG_TOK_CAP))
      next++;
    if (particle && fg_tok_is(tok, "of") && next == end + 2 && country_initialism_at(doc, next, last))
      break;
    if (particle && (city_seat_at(doc, t, end, last) || academy_country_at(doc, t, end, last)))
      break;
    /* "Fighters of the Kessel brigade": a sentence's first word before
     * "of" and a group's name is the group's members, no name of its own */
    if (particle && t == first_tok && end == t + 1 && group_noun_closes(doc, end + 1, last))
      break;
    if (particle && next < last && is_word(tok_at(doc, next)) &&
        (tok_at(doc, next)->flags & FG_TOK_CAP) && continues_name(doc, next, first_tok, last)) {
      words += next - end - 1; /* "of the" */
      end = next;
      continue;
    }
    if (particle && end + 2 < last && fg_tok_is(tok_at(doc, end + 1), "-")) {
      end++;
      continue;
    }
    break;
  }
  return end;
}

/* "Officer Ray Dunn", "Director Jane Holt": a capitalised person's noun
 * at t before a name of two words or more that the recognizer reads as a
 * person's (from its first word on) is a title, not the name's first word. Neither a head noun nor
 * a hyphen may be among those words ("Son Heung-min" is a name). */
static bool role_title_at(const FgDocAnalysis *doc, size_t t, size_t first_tok, size_t last) {
  const FgToken *tok = tok_at(doc, t);
  if (!doc->token_ner || !is_word(tok) || !(tok->flags & FG_TOK_CAP) ||
      (tok->flags & FG_TOK_UPPER) ||
      !(has(doc, FG_LIST_PERSON_NOUN, tok) ||
        fg_lexicon_has(doc->lex, "title-occupation", tok->norm, NULL)) ||
      has(doc, FG_LIST_PERSON_TITLE, tok) || t + 2 >= last)
    return false;
  size_t end = scan_name(doc, t + 1, first_tok, last);
  if (end < t + 3)
    return false;
  /* the recognizer may stop short of the surname ("Director Jane | Holt"),
   * or miss a name that opens with a listed given name ("Coach Lars
   * Brekke said" opening a sentence) */
  bool given = doc->name_lists && (listed_as(doc, t + 1, t + 2) & FG_NAMES_GIVEN);
  /* "Drummer Kai Lund said": the recognizer may read the title and a
   * listed given name with the surname as a place's name; a title opening
   * the sentence before a listed given name and a surname still titles it */
  bool opening = t == first_tok && given && end == t + 3;
  for (size_t k = t + 1; k < end; k++) {
    unsigned type = doc->token_ner[k] & (FG_TOKEN_NER_START - 1u);
    if (!is_word(tok_at(doc, k)) || is_head(doc, k) ||
        !(type == FG_NER_PERSON || opening || ((k > t + 1 || given) && type == FG_NER_NONE)))
      return false;
  }
  return end == last || (doc->token_ner[end] & (FG_TOKEN_NER_START - 1u)) != FG_NER_PERSON ||
         (doc->token_ner[end] & FG_TOKEN_NER_START);
}

/* ---- typing ---- */

typedef struct {
  const char *type;
  unsigned kind;
} Typing;

static const struct {
  const char *type;
  unsigned kind;
} TYPE_KINDS[] = {
    {"Person", FG_KIND_PERSON},         {"Organization", FG_KIND_ORG},
    {"ArmedGroup", FG_KIND_ORG},        {"GovernmentBody", FG_KIND_ORG},
    {"Coalition", FG_KIND_ORG},         {"MediaOrganization", FG_KIND_ORG},
    {"InternationalOrganization", FG_KIND_ORG}, {"Company", FG_KIND_ORG},
    {"PoliticalParty", FG_KIND_ORG},    {"Court", FG_KIND_ORG},
    {"Country", FG_KIND_COUNTRY},       {"Place", FG_KIND_PLACE},
    {"City", FG_KIND_PLACE},            {"Region", FG_KIND_PLACE},
    {"Facility", FG_KIND_PLACE},        {"Event", FG_KIND_EVENT},
};

static Typing typing_of(const char *type) {
  for (size_t i = 0; i < sizeof TYPE_KINDS / sizeof TYPE_KINDS[0]; i++)
    if (strcmp(TYPE_KINDS[i].type, type) == 0)
      return (Typing){TYPE_KINDS[i].type, TYPE_KINDS[i].kind};
  return (Typing){"Organization", FG_KIND_ORG};
}

/* The words of an entry of the list (named name) right before t: 1 for
 * "in", 2 for "city of", 0 for none. */
static size_t cue_words_before(const FgDocAnalysis *doc, FgListName list, const char *name,
                               size_t t, size_t sent_first) {
  FgBuf two;
  fg_buf_init(&two);
  size_t found = 0;
  if (t > sent_first && has(doc, list, tok_at(doc, t - 1)))
    found = 1;
  else if (t > sent_first + 1 && fg_tok_starts(doc, list, tok_at(doc, t - 2))) {
    /* the pair is built only when an entry starts with its first word */
    found = fg_buf_append_str(&two, tok_at(doc, t - 2)->norm) &&
                    fg_buf_append_char(&two, ' ') &&
                    fg_buf_append_str(&two, tok_at(doc, t - 1)->norm) &&
                    fg_lexicon_has(doc->lex, name, two.data, NULL)
                ? 2
                : 0;
  }
  fg_buf_free(&two);
  return found;
}

/* "northern", "south-eastern", "central": a direction a place word may
 * take before the place ("in northern Velmia"); the word's first token. */
static size_t direction_before(const FgDocAnalysis *doc, size_t t, size_t sent_first) {
  static const char *const DIRECTIONS[] = {"northern", "southern", "eastern", "western",
                                           "central", NULL};
  if (t <= sent_first || (tok_at(doc, t - 1)->flags & FG_TOK_CAP))
    return t;
  const FgToken *tok = tok_at(doc, t - 1);
  for (const char *const *d = DIRECTIONS; *d; d++)
    if (fg_tok_is(tok, *d))
      return t >= sent_first + 3 && fg_tok_is(tok_at(doc, t - 2), "-") ? t - 3 : t - 1;
  return t;
}

/* "works for little X", "a stake in rival X": a lower-case adjective of
 * the list "name-epithet" right before t describes the name, so a cue
 * before it is the name's; the adjective's token, else t. */
static size_t epithet_before(const FgDocAnalysis *doc, size_t t, size_t sent_first) {
  if (t <= sent_first + 1 || (tok_at(doc, t - 1)->flags & FG_TOK_CAP) ||
      !fg_lexicon_has(doc->lex, "name-epithet", tok_at(doc, t - 1)->norm, NULL))
    return t;
  return t - 1;
}

static size_t place_cue_before(const FgDocAnalysis *doc, size_t t, size_t sent_first) {
  size_t found = cue_words_before(doc, FG_LIST_PLACE_BEFORE, "place-before", t, sent_first);
  size_t before = direction_before(doc, t, sent_first);
  if (!found && before < t)
    found = cue_words_before(doc, FG_LIST_PLACE_BEFORE, "place-before", before, sent_first);
  return found;
}

/* A cue word in the noun phrase right before t ("the militant group X"):
 * punctuation or a verb ends the search. */
static bool cue_within(const FgDocAnalysis *doc, size_t t, size_t sent_first,
                       size_t window, FgListName list) {
  for (size_t k = 1; k <= window && t >= sent_first + k; k++) {
    const FgToken *tok = tok_at(doc, t - k);
    if (has(doc, list, tok))
      return true;
    if (!is_word(tok) || fg_is_verb_form(doc, t - k))
      return false;
  }
  return false;
}

/* The class a head noun gives: "front" an armed group, "port" a place. */
static Typing head_typing(const FgDocAnalysis *doc, const FgToken *tok) {
  static const struct {
    FgListName list;
    const char *fallback;
  } HEADS[] = {{FG_LIST_ARMED_NOUN, "ArmedGroup"},
               {FG_LIST_GROUP_REF, "Organization"}, /* before org-head's "group" */
               {FG_LIST_ORG_HEAD, "Organization"},
               {FG_LIST_PLACE_HEAD, "Place"},
               {FG_LIST_EVENT_HEAD, "Event"},
               {FG_LIST_PERSON_NOUN, "Person"}};
  for (size_t i = 0; i < sizeof HEADS / sizeof HEADS[0]; i++) {
    const char *value = NULL;
    if (!fg_tok_value(doc, HEADS[i].list, tok, &value))
      continue;
    /* "the firm X", "the bank X": a business's noun that group-ref leaves
     * unclassed names a company, as its org-head row says */
    const char *head_value = NULL;
    if (!value && HEADS[i].list == FG_LIST_GROUP_REF &&
        fg_tok_value(doc, FG_LIST_ORG_HEAD, tok, &head_value) && head_value &&
        strcmp(head_value, "Company") == 0)
      value = head_value;
    return typing_of(value ? value : HEADS[i].fallback);
  }
  /* "the discounter X": a business's noun that heads no name */
  if (fg_lexicon_has(doc->lex, "company-noun", tok->norm, NULL))
    return typing_of("Company");
  return (Typing){NULL, 0};
}

/* Whether the plural tok ("retailers") has a singular the lexicon knows;
 * *probe is then tok as that singular. */
static bool singular_of(const FgDocAnalysis *doc, const FgToken *tok, FgToken *probe) {
  size_t len = strlen(tok->norm);
  char singular[64];
  if (len <= 3 || tok->norm[len - 1] != 's' || len - 1 >= sizeof singular)
    return false;
  memcpy(singular, tok->norm, len - 1);
  singular[len - 1] = '\0';
  uint32_t id = fg_lexicon_word(doc->lex, singular, len - 1);
  if (id == FG_NO_ID)
    return false;
  *probe = *tok;
  probe->word = id;
  return true;
}

/* The class a plural's singular gives ("retailers", "towns"); none for
 * another word. */
static Typing singular_typing(const FgDocAnalysis *doc, const FgToken *tok) {
  FgToken probe;
  return singular_of(doc, tok, &probe) ? head_typing(doc, &probe) : (Typing){NULL, 0};
}

/* head_typing, or a plural's as its singular's. */
static Typing head_typing_or_singular(const FgDocAnalysis *doc, const FgToken *tok) {
  Typing ty = head_typing(doc, tok);
  return ty.type ? ty : singular_typing(doc, tok);
}

/* A name's possessive at t: up to four capitalised words, then "'s". */
static bool possessor_at(const FgDocAnalysis *doc, size_t t, size_t sent_last) {
  size_t k = t;
  while (k < sent_last && k < t + 4 && is_word(tok_at(doc, k)) &&
         (tok_at(doc, k)->flags & FG_TOK_CAP) && !(tok_at(doc, k)->flags & FG_TOK_POSS))
    k++;
  return k > t && k < sent_last && (tok_at(doc, k)->flags & FG_TOK_POSS);
}

/* "X, police in Velm said", "X, officials at the port say": a bare noun's
 * phrase after its preposition running into a reporting verb with no
 * comma between; t is the word after the preposition. */
static bool reporting_verb_ahead(const FgDocAnalysis *doc, size_t t, size_t sent_last) {
  for (size_t k = t; k < sent_last && k < t + 6 && is_word(tok_at(doc, k)); k++)
    if (has(doc, FG_LIST_REPORTING_VERB, tok_at(doc, k)))
      return true;
  return false;
}

/* The class the head noun of the noun phrase at at gives ("a Dakar-based
 * armed group", "head of", "Velmia's largest port"); with no determiner
 * (an article or a possessor) the noun must come first, and only when
 * bare is allowed. After "one of" (plural) only a plural's singular
 * types: one of the towns is a town, one of the founders a person, but
 * one of the "commuter systems" no company (a plural name head). */
static Typing noun_phrase_typing(const FgDocAnalysis *doc, size_t at, size_t sent_last,
                                 bool bare, bool plural) {
  /* not ", despite talks": a possessor stands for the determiner */
  bool article = has(doc, FG_LIST_DETERMINER, tok_at(doc, at));
  bool determiner = article || possessor_at(doc, at, sent_last);
  if (!determiner && !bare)
    return (Typing){NULL, 0};
  size_t from = at + article;
  bool armed = false;
  /* hyphens and a possessive do not count against the six words */
  size_t limit = from + (determiner ? 6 : 1);
  for (size_t t = from; t < sent_last && t < limit; t++) {
    const FgToken *tok = tok_at(doc, t);
    bool compound = t + 1 < sent_last && fg_tok_is(tok_at(doc, t + 1), "-");
    if (fg_tok_is(tok, "-") || (determiner && (tok->flags & FG_TOK_POSS))) {
      limit++; /* "the country's second-largest rebel group" */
      continue;
    }
    /* "Dakar-based", and a number's "a 19-year-old student" */
    if (compound && (is_word(tok) || (tok->flags & FG_TOK_NUM)))
      continue;
    if (t + 1 < sent_last && (tok_at(doc, t + 1)->flags & FG_TOK_POSS))
      continue; /* a possessor: "the party's general secretary" */
    /* the head comes before its phrase's preposition: ", a member of the
     * Velm parliament" is no parliament */
    if (!is_word(tok) || has(doc, FG_LIST_PREPOSITION, tok))
      break;
    if (tok->flags & FG_TOK_CAP) {
      if (determiner)
        continue; /* "the Sahel militant group", "a Lagos shipping firm" */
      break;
    }
    if (has(doc, FG_LIST_ARMED_ADJECTIVE, tok) && t + 1 < sent_last && is_word(tok_at(doc, t + 1))) {
      armed = true; /* "a militant group": an adjective here, not a person */
      continue;
    }
    Typing ty = plural ? singular_typing(doc, tok) : head_typing(doc, tok);
    /* ", a suburb of Y": a place noun that heads no name */
    const char *place = NULL;
    if (!ty.type && fg_lexicon_has(doc->lex, "place-noun", tok->norm, &place))
      ty = typing_of(place ? place : "Place");
    /* ", a regional unit of Y", ", its subsidiary": a part of a body is
     * one (not so a noun before a name: "chapter IV") */
    if (!ty.type && has(doc, FG_LIST_ORG_PART, tok))
      ty = typing_of("Organization");
    /* ", the capital of Y": no head noun of a name ("Velmar Capital" is a firm) */
    if (!ty.type && determiner && fg_tok_is(tok, "capital"))
      ty = typing_of("City");
    /* "the police chief", "a rebel group leader": a typed noun before
     * another is its modifier; the last one heads */
    const FgToken *next = t + 1 < sent_last ? tok_at(doc, t + 1) : NULL;
    if (ty.type && next && is_word(next) && !(next->flags & FG_TOK_CAP) &&
        head_typing(doc, next).type)
      continue;
    /* "a board member", "a bank teller": a noun no list types heads
     * them, and says nothing of the name */
    if (ty.type && next && doc->token_upos && doc->token_upos[t + 1] == FG_UPOS_NOUN &&
        !(next->flags & FG_TOK_CAP) && !has(doc, FG_LIST_ORG_PART, next))
      return (Typing){NULL, 0};
    /* "X, police said", "X, officials say", "X, police in Velm said": a
     * bare noun with its verb opens a clause of its own, no apposition */
    if (ty.type && !determiner && next &&
        ((doc->token_upos &&
          (doc->token_upos[t + 1] == FG_UPOS_VERB || doc->token_upos[t + 1] == FG_UPOS_AUX)) ||
         (has(doc, FG_LIST_PREPOSITION, next) && reporting_verb_ahead(doc, t + 2, sent_last))))
      return (Typing){NULL, 0};
    /* "X, a lawyer said", "X, the company said on Monday": so with a
     * determiner, when the reporting verb ends the clause */
    if (ty.type && determiner && next &&
        has(doc, FG_LIST_REPORTING_VERB, next) &&
        (t + 2 >= sent_last || !is_word(tok_at(doc, t + 2)) ||
         fg_tok_is(tok_at(doc, t + 2), "on") ||
         fg_tok_is(tok_at(doc, t + 2), "in")))
      return (Typing){NULL, 0};
    if (ty.type)
      return armed && ty.kind == FG_KIND_ORG ? typing_of("ArmedGroup") : ty;
  }
  return (Typing){NULL, 0};
}

/* "one of the largest towns": the words "one of" before a plural noun
 * phrase with a determiner that classes one of its members; 2, else 0. */
static size_t one_of_at(const FgDocAnalysis *doc, size_t t, size_t sent_last) {
  return t + 3 < sent_last && fg_tok_is(tok_at(doc, t), "one") &&
                 fg_tok_is(tok_at(doc, t + 1), "of")
             ? 2
             : 0;
}

static bool age_after(const FgDocAnalysis *doc, size_t last, size_t sent_last);

/* "X, an armed group that ...", "X, a shipping company", "X, head of":
 * an apposition right after the name types it by its head noun. */
static Typing apposition_typing(const FgDocAnalysis *doc, size_t last, size_t sent_last) {
  /* "X (XYZ), a militia": the initials in brackets come between */
  if (last + 3 < sent_last && fg_tok_is(tok_at(doc, last), "(") &&
      (tok_at(doc, last + 1)->flags & FG_TOK_UPPER) && fg_tok_is(tok_at(doc, last + 2), ")"))
    last += 3;
  /* "Rita Steel, 41, a nurse": so does an age */
  if (last + 3 < sent_last && age_after(doc, last, sent_last) &&
      fg_tok_is(tok_at(doc, last + 2), ","))
    last += 2;
  if (last + 2 >= sent_last || !fg_tok_is(tok_at(doc, last), ","))
    return (Typing){NULL, 0};
  size_t one_of = one_of_at(doc, last + 1, sent_last);
  return noun_phrase_typing(doc, last + 1 + one_of, sent_last, !one_of, one_of > 0);
}

/* "X is a city in Y", "X was Velmia's largest lender", "X is the
 * capital of Y": a copula right after the name and a noun phrase that
 * classes it type the name as an apposition does. After "the" only a
 * place does: the noun may name a part the name plays ("X was the center
 * of the scene"), which places rarely do. */
static bool copula_at(const FgDocAnalysis *doc, size_t t, size_t sent_last) {
  if (t + 2 >= sent_last ||
      !(fg_tok_is(tok_at(doc, t), "is") || fg_tok_is(tok_at(doc, t), "was") ||
        fg_tok_is(tok_at(doc, t), "remains")))
    return false;
  size_t np = t + 1 + one_of_at(doc, t + 1, sent_last); /* "X is one of the ..." */
  const FgToken *next = tok_at(doc, np);
  return fg_tok_is(next, "a") || fg_tok_is(next, "an") || fg_tok_is(next, "the") ||
         possessor_at(doc, np, sent_last);
}

/* A lower-case adjective, ordinal or noun the tagger gives ("first",
 * "female", "energy"): a modifier between an owner and its office, or a
 * word of a bare role's phrase. */
static bool lower_modifier(const FgDocAnalysis *doc, size_t t) {
  const FgToken *tok = tok_at(doc, t);
  if (!doc->token_upos || !is_word(tok) || (tok->flags & FG_TOK_CAP))
    return false;
  uint8_t upos = doc->token_upos[t];
  return upos == FG_UPOS_ADJ || upos == FG_UPOS_NOUN;
}

/* "Holm was energy minister from 2015", "X is chief executive": a copula
 * and a bare noun phrase with no article type the name only when its head
 * is a person's noun; places and bodies are not called by a bare singular
 * noun ("X is home to", "X was part of" say nothing of the name). */
static Typing bare_role_after_copula(const FgDocAnalysis *doc, size_t last, size_t sent_last) {
  if (last + 2 >= sent_last ||
      !(fg_tok_is(tok_at(doc, last), "is") || fg_tok_is(tok_at(doc, last), "was") ||
        fg_tok_is(tok_at(doc, last), "remains")))
    return (Typing){NULL, 0};
  if (!lower_modifier(doc, last + 1))
    return (Typing){NULL, 0};
  /* the phrase's last noun heads it: "deputy energy minister" */
  size_t head = last + 1;
  while (head + 1 < sent_last && head < last + 5 && lower_modifier(doc, head + 1))
    head++;
  Typing ty = head_typing(doc, tok_at(doc, head));
  return ty.kind == FG_KIND_PERSON ? ty : (Typing){NULL, 0};
}

static Typing copula_typing(const FgDocAnalysis *doc, size_t last, size_t sent_last) {
  if (!copula_at(doc, last, sent_last))
    return bare_role_after_copula(doc, last, sent_last);
  size_t one_of = one_of_at(doc, last + 1, sent_last);
  Typing ty = noun_phrase_typing(doc, last + 1 + one_of, sent_last, false, one_of > 0);
  bool place = ty.kind & (FG_KIND_PLACE | FG_KIND_COUNTRY);
  return fg_tok_is(tok_at(doc, last + 1), "the") && !place ? (Typing){NULL, 0} : ty;
}

/* "the London-based Horn Rights Watch": what is based somewhere is an
 * organisation. */
static bool after_based_compound(const FgDocAnalysis *doc, size_t first, size_t sent_first) {
  return first >= sent_first + 2 && has(doc, FG_LIST_BASED_PARTICIPLE, tok_at(doc, first - 1)) &&
         fg_tok_is(tok_at(doc, first - 2), "-");
}

/* How much a cue that types an unknown name weighs against the entity
 * recognizer (see decide_type). */
typedef enum {
  CUE_NONE,
  CUE_CONTEXT, /* words around the name: "in X", "the London-based X" */
  CUE_VENUE,   /* the name's own head noun names a building or an event
                  ("X Church", "X Conference"), which institutions share */
  CUE_BOUND    /* the name's own head noun otherwise, a title, an apposition
                  or a noun right before it ("actor X") */
} CueStrength;

typedef struct {
  Typing typing;
  CueStrength strength;
} Cue;

static Cue cue(const char *type, const char *fallback, CueStrength strength) {
  return (Cue){typing_of(type ? type : fallback), strength};
}

/* "the animation studio X", "the music service X": a business's noun
 * right before the name (list "org-noun-before") gives its class; not
 * "the intelligence service X", a state's (list "state-service-word"),
 * nor a name opening with a listed given name or surname ("the label
 * Ana Lind"). */
static const char *business_noun_before(const FgDocAnalysis *doc, size_t first,
                                        size_t sent_first) {
  const char *value = NULL;
  if (!fg_lexicon_has(doc->lex, "org-noun-before", tok_at(doc, first - 1)->norm, &value) ||
      (doc->name_lists &&
       (listed_as(doc, first, first + 1) & (FG_NAMES_GIVEN | FG_NAMES_SURNAME))))
    return NULL;
  if (fg_tok_is(tok_at(doc, first - 1), "service") && first >= sent_first + 2 &&
      fg_lexicon_has(doc->lex, "state-service-word", tok_at(doc, first - 2)->norm, NULL))
    return NULL;
  return value;
}

/* "agreed to acquire rival X", "will buy smaller rival X": a firm's
 * noun of list its-org-noun right after a verb of list
 * business-object-verb (an adjective between them at most) names what is
 * bought or sold, a company ("defeated rival X" may be a candidate). */
static bool rival_bought(const FgDocAnalysis *doc, size_t first, size_t sent_first) {
  if (first < sent_first + 2 ||
      !fg_lexicon_has(doc->lex, "its-org-noun", tok_at(doc, first - 1)->norm, NULL))
    return false;
  size_t verb = first - 2;
  if (verb > sent_first && doc->token_upos && doc->token_upos[verb] == FG_UPOS_ADJ)
    verb--;
  return fg_lexicon_has(doc->lex, "business-object-verb", tok_at(doc, verb)->norm, NULL);
}

/* Whether the one-word name at first is one the lists give as a personal
 * name, or a longer name opens with a listed given name ("rival Tom
 * Brek", "a spokesman for Roe"). */
static bool listed_personal_word(const FgDocAnalysis *doc, size_t first) {
  return doc->name_lists && (listed_as(doc, first, first + 1) & (FG_NAMES_GIVEN | FG_NAMES_SURNAME));
}

/* "its Danish rival Skyline", "joins from rival Skyline": a rival's noun
 * (list "rival-noun") right before the name, an adjective at most before
 * it and then "its", a determiner or a preposition, makes a name the
 * personal-name lists do not give, and that modifies no noun after it, a
 * company ("his rival X", "beat rival X" may be a candidate's or a
 * team's). */
static bool rival_noun_before(const FgDocAnalysis *doc, size_t first, size_t sent_first) {
  if (first < sent_first + 2 || listed_personal_word(doc, first) ||
      !fg_lexicon_has(doc->lex, "rival-noun", tok_at(doc, first - 1)->norm, NULL))
    return false;
  size_t k = first - 2;
  if (k > sent_first && doc->token_upos && doc->token_upos[k] == FG_UPOS_ADJ)
    k--;
  /* "the rival Vardo faction": the name modifies a noun after it */
  size_t after = first;
  while (after < doc->tok.token_count && is_word(tok_at(doc, after)) &&
         (tok_at(doc, after)->flags & FG_TOK_CAP))
    after++;
  if (after < doc->tok.token_count && doc->token_upos && doc->token_upos[after] == FG_UPOS_NOUN &&
      !(tok_at(doc, after)->flags & FG_TOK_CAP))
    return false;
  const FgToken *before = tok_at(doc, k);
  return fg_tok_is(before, "its") || has(doc, FG_LIST_DETERMINER, before) ||
         has(doc, FG_LIST_PREPOSITION, before);
}

/* "the religious schools X", "actor X", "the rock band X": a lower-case
 * noun right before the name that the head lists type (a plural as its
 * singular). A news medium's word ("news", "times", "post") is left out:
 * it is as often an adverb's or a verb's neighbour as a noun's. */
static Typing noun_before_typing(const FgDocAnalysis *doc, size_t first, size_t sent_first) {
  if (first <= sent_first)
    return (Typing){NULL, 0};
  const FgToken *tok = tok_at(doc, first - 1);
  if (!is_word(tok) || (tok->flags & FG_TOK_CAP) || fg_is_verb_form(doc, first - 1))
    return (Typing){NULL, 0};
  const char *business = business_noun_before(doc, first, sent_first);
  if (business)
    return typing_of(business);
  if (rival_noun_before(doc, first, sent_first))
    return typing_of("Company");
  /* "its rival X", "its subsidiary X": what a thing has as a rival or a
   * unit is an organisation ("her rival X" may be a person) */
  if (first >= sent_first + 2 && fg_tok_is(tok_at(doc, first - 2), "its") &&
      fg_lexicon_has(doc->lex, "its-org-noun", tok->norm, NULL))
    return typing_of("Organization");
  if (rival_bought(doc, first, sent_first))
    return typing_of("Company");
  /* "the newspaper La Voce", "the Dravonian broadcaster NTV": an outlet's
   * own noun after a determiner (and a capitalised adjective) names it; a
   * listed given name there opens a person's ("the broadcaster Anna Lind") */
  size_t det = first >= sent_first + 3 && (tok_at(doc, first - 2)->flags & FG_TOK_CAP) &&
                       is_word(tok_at(doc, first - 2))
                   ? first - 3
                   : first - 2;
  if (first >= sent_first + 2 && has(doc, FG_LIST_DETERMINER, tok_at(doc, det)) &&
      fg_lexicon_has(doc->lex, "outlet-noun", tok->norm, NULL) &&
      !(doc->name_lists && (listed_as(doc, first, first + 1) & FG_NAMES_GIVEN)))
    return typing_of("MediaOrganization");
  Typing ty = head_typing_or_singular(doc, tok);
  if (ty.type && strcmp(ty.type, "MediaOrganization") == 0)
    return (Typing){NULL, 0};
  return ty;
}

/* "his wife, X", "the coach, X", "a party spokesman, X": a person's noun
 * after a determiner, then a comma, names the person the name apposes
 * (a place's or a firm's noun there is as often an opening phrase's: "In
 * the city, X said"). Not a title's first word: "the navy chief, Rear
 * Adm. X". */
static bool person_noun_apposed_before(const FgDocAnalysis *doc, size_t first, size_t last,
                                       size_t sent_first, size_t sent_last) {
  if (first < sent_first + 3 || !fg_tok_is(tok_at(doc, first - 1), ",") ||
      (last < sent_last && has(doc, FG_LIST_PERSON_TITLE, tok_at(doc, last))))
    return false;
  const FgToken *noun = tok_at(doc, first - 2);
  if (!is_word(noun) || (noun->flags & FG_TOK_CAP) || !has(doc, FG_LIST_PERSON_NOUN, noun))
    return false;
  for (size_t k = first - 2; k > sent_first && k + 3 >= first - 2; k--) {
    const FgToken *tok = tok_at(doc, k - 1);
    if (has(doc, FG_LIST_DETERMINER, tok) || (tok->flags & FG_TOK_POSS))
      return true;
    if (!is_word(tok))
      return false;
  }
  return false;
}

/* "the mayor of Dunmore, Rita Sand,": a title's "of" phrase (a name of
 * up to four capitalised words), then a comma, then two or three words
 * opening with a listed given name and ending in no head noun, names the
 * title's holder (the recognizer may read the name as the place's). */
static bool title_of_phrase_apposed_before(const FgDocAnalysis *doc, size_t first, size_t last,
                                           size_t sent_first) {
  if (!doc->name_lists || last - first < 2 || last - first > 3 || first < sent_first + 4 ||
      !fg_tok_is(tok_at(doc, first - 1), ",") || is_head(doc, last - 1) ||
      !(listed_as(doc, first, first + 1) & FG_NAMES_GIVEN) ||
      (listed_as(doc, first, last) & FG_NAMES_PLACE))
    return false;
  size_t k = first - 1;
  while (k > sent_first && k + 4 >= first - 1 && (tok_at(doc, k - 1)->flags & FG_TOK_CAP) &&
         is_word(tok_at(doc, k - 1)))
    k--;
  if (k == first - 1 || k < sent_first + 2 || !fg_tok_is(tok_at(doc, k - 1), "of"))
    return false;
  const FgToken *title = tok_at(doc, k - 2);
  return is_word(title) &&
         (has(doc, FG_LIST_PERSON_TITLE, title) || has(doc, FG_LIST_PERSON_NOUN, title));
}

/* "named X as envoy to Y", "named X its new spokeswoman", "named X prime
 * minister": a post after the name (a listed title or person noun, at
 * most three determiners, possessives or adjectives before it, "as"
 * first or not) makes "named" an appointment of X, not what X is called. */
static bool appointed_post_after(const FgDocAnalysis *doc, size_t last, size_t sent_last) {
  size_t k = last;
  if (k < sent_last && fg_tok_is(tok_at(doc, k), "as"))
    k++;
  for (size_t j = k; j < sent_last && j < k + 4; j++) {
    const FgToken *tok = tok_at(doc, j);
    if (!is_word(tok))
      return false;
    if (has(doc, FG_LIST_PERSON_TITLE, tok) || has(doc, FG_LIST_PERSON_NOUN, tok))
      return true;
    if (!has(doc, FG_LIST_DETERMINER, tok) && !has(doc, FG_LIST_POSSESSIVE_PRONOUN, tok) &&
        !(doc->token_upos && doc->token_upos[j] == FG_UPOS_ADJ))
      return false;
  }
  return false;
}

/* "the assembly named X prime minister", "appointed X chief executive":
 * the name right after a verb of appointing (list "appointing-verb", by
 * lemma) with a post after it is the person given the post, not a country
 * whose post it would be. */
static bool appointed_to_post(const FgDocAnalysis *doc, size_t first, size_t last,
                              size_t sent_first, size_t sent_last) {
  if (first == sent_first)
    return false;
  const char *lemma = doc->token_lemma ? doc->token_lemma[first - 1] : NULL;
  return lemma && fg_lexicon_has(doc->lex, "appointing-verb", lemma, NULL) &&
         appointed_post_after(doc, last, sent_last);
}

/* "a group called X", "the elite unit within Y known as X", "a man named
 * X", "a group calling itself X": the noun that the naming verb names, up to six words before it
 * (punctuation ends the search), types the name. */
static Typing named_as_typing(const FgDocAnalysis *doc, size_t first, size_t last,
                              size_t sent_first, size_t sent_last) {
  size_t k = first;
  if (k > sent_first && fg_tok_is(tok_at(doc, k - 1), "the"))
    k--;
  if (k > sent_first + 1 && fg_tok_is(tok_at(doc, k - 1), "as") &&
      fg_tok_is(tok_at(doc, k - 2), "known"))
    k--;
  else if (k > sent_first + 1 && fg_tok_is(tok_at(doc, k - 1), "itself") &&
           (fg_tok_is(tok_at(doc, k - 2), "calling") || fg_tok_is(tok_at(doc, k - 2), "calls") ||
            fg_tok_is(tok_at(doc, k - 2), "called")))
    k--; /* "a group calling itself X" */
  else if (!(k > sent_first &&
             (fg_tok_is(tok_at(doc, k - 1), "called") || fg_tok_is(tok_at(doc, k - 1), "named") ||
              fg_tok_is(tok_at(doc, k - 1), "dubbed"))))
    return (Typing){NULL, 0};
  /* "the firm Velt Energie named X as its chief": a name right before
   * the bare verb is the subject of an appointment, not what names X */
  else if ((k > sent_first + 1 && (tok_at(doc, k - 2)->flags & FG_TOK_CAP)) ||
           (fg_tok_is(tok_at(doc, k - 1), "named") && appointed_post_after(doc, last, sent_last)))
    return (Typing){NULL, 0};
  k--; /* the verb */
  for (size_t j = k; j > sent_first && j + 6 > k; j--) {
    const FgToken *tok = tok_at(doc, j - 1);
    if (!is_word(tok))
      break;
    if (tok->flags & FG_TOK_CAP)
      continue;
    Typing ty = head_typing(doc, tok);
    if (ty.type)
      return ty;
  }
  return (Typing){NULL, 0};
}

/* "at the X Church", "outside X Hall": a building named where something
 * happens is the building, whatever institution shares its name. */
static bool at_venue(const FgDocAnalysis *doc, size_t first, size_t sent_first) {
  size_t k = first;
  if (k > sent_first && fg_tok_is(tok_at(doc, k - 1), "the"))
    k--;
  if (k == sent_first)
    return false;
  const FgToken *before = tok_at(doc, k - 1);
  return fg_tok_is(before, "at") || fg_tok_is(before, "outside") ||
         fg_tok_is(before, "inside") || fg_tok_is(before, "near");
}

/* A well-formed roman numeral in lower case ("iii", "xiv", "mcmxc"): each
 * of thousands, hundreds, tens and units written at most once, in order,
 * as one of its nine forms. "lmm" or "cdc" are letters, not a number. */
static bool roman_numeral(const char *s) {
  static const char *const DIGITS[3][9] = {
      {"c", "cc", "ccc", "cd", "d", "dc", "dcc", "dccc", "cm"},
      {"x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"},
      {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"}};
  const char *p = s;
  while (*p == 'm' && p - s < 3)
    p++;
  for (size_t place = 0; place < 3; place++) {
    size_t best = 0; /* the longest form that matches: "iii" over "i" */
    for (size_t d = 0; d < 9; d++) {
      size_t n = strlen(DIGITS[place][d]);
      if (n > best && strncmp(p, DIGITS[place][d], n) == 0)
        best = n;
    }
    p += best;
  }
  return *s && *p == '\0';
}

/* "Ventis of QRTL", "QRTL's candidate": one word of two to six capitals in
 * a sentence written in lower case, that no bracket or name spelled out,
 * is an organisation's initials by its shape: people and places are not
 * written so. Roman numerals ("Elizabeth II", "Louis XIV"; any two of
 * their letters, "MD", "VD", which rarely name a body) and the common
 * initialisms
 * of the list "not-an-org-initialism" (CEO, TV, DNA) are not. */
static bool bare_initialism(const FgDocAnalysis *doc, size_t t, size_t sent_first,
                            size_t sent_last) {
  const FgToken *tok = tok_at(doc, t);
  size_t len = strlen(tok->norm);
  if (!is_word(tok) || !(tok->flags & FG_TOK_UPPER) || len < 2 || len > 6 ||
      (len == 2 ? strspn(tok->norm, "ivxlcdm") == len : roman_numeral(tok->norm)) ||
      fg_lexicon_has(doc->lex, "not-an-org-initialism", tok->norm, NULL))
    return false;
  /* in a run of capitals ("BREAKING NEWS"), one word says nothing */
  for (size_t k = t > sent_first + 1 ? t - 2 : sent_first; k < t + 3 && k < sent_last; k++)
    if (k != t && (tok_at(doc, k)->flags & FG_TOK_UPPER))
      return false;
  return true;
}

/* "W.Va.": a dotted capital and a second part of two letters, which the
 * gazetteer knows as a state's abbreviation. */
static bool two_letter_state_part(const FgDocAnalysis *doc, const FgToken *first,
                                  const FgToken *second) {
  char key[4];
  if (strlen(second->norm) != 2 ||
      snprintf(key, sizeof key, "%s%s", first->norm, second->norm) != 3)
    return false;
  return fg_gazetteer_find_abbreviation(doc->gaz, key) != SIZE_MAX;
}

/* A US state's abbreviation after the comma at comma, which follows a
 * name: "Ore.", or two dotted capitals, "N.C.". */
static bool state_after_comma(const FgDocAnalysis *doc, size_t comma, size_t sent_last) {
  size_t t = comma + 1;
  const FgToken *tok = tok_at(doc, t);
  if (comma == 0 || t + 1 >= sent_last || !(tok->flags & FG_TOK_CAP) ||
      !fg_tok_is(tok_at(doc, t + 1), ".") || !joined(tok, tok_at(doc, t + 1)))
    return false;
  if (strlen(tok->norm) > 1)
    return fg_text_is_state_after_town(tok->norm, tok->flags, true, tok_at(doc, comma - 1)->flags);
  if (t + 3 >= sent_last)
    return false;
  const FgToken *second = tok_at(doc, t + 2), *dot = tok_at(doc, t + 3);
  return (strlen(second->norm) == 1 || two_letter_state_part(doc, tok, second)) &&
         (second->flags & FG_TOK_CAP) && joined(tok_at(doc, t + 1), second) &&
         fg_tok_is(dot, ".") && joined(second, dot);
}

/* "Velmor, Indonesia", "Velm, Kenya", "Tamsen, Ore.": a name followed by a
 * comma and a country or region the gazetteer knows (not its possessive,
 * "Kenya's envoy"), or a US state's abbreviation, is a place in it. */
static bool comma_country_after(const FgDocAnalysis *doc, size_t last, size_t sent_last) {
  if (last + 1 >= sent_last || !fg_tok_is(tok_at(doc, last), ","))
    return false;
  if (state_after_comma(doc, last, sent_last))
    return true;
  FgBuf key;
  fg_buf_init(&key);
  GazMatch g = match_gazetteer(doc, last + 1, sent_last, &key);
  fg_buf_free(&key);
  if (!g.end || g.hit->name < 0 || (g.end < sent_last && (tok_at(doc, g.end)->flags & FG_TOK_POSS)))
    return false;
  const char *type = fg_gazetteer_entry(doc->gaz, (size_t)g.hit->name)->type;
  return strcmp(type, "Country") == 0 || strcmp(type, "Region") == 0;
}

/* "Nordair's new boss": after a name's possessive (at last) a lower-case
 * adjective before the role word; the token after it, else t. */
static size_t role_adjective_skipped(const FgDocAnalysis *doc, size_t last, size_t t,
                                     size_t sent_last) {
  if (t == last || t + 2 >= sent_last || !doc->token_upos || doc->token_upos[t] != FG_UPOS_ADJ ||
      (tok_at(doc, t)->flags & FG_TOK_CAP) || fg_tok_is(tok_at(doc, t), "chief"))
    return t;
  return t + 1;
}

/* "Norstad co-founder Ada Lind", "Quorvane spokeswoman Rana Holt",
 * "Velkor's chief executive, Rana Holt": a name (or its possessive) right
 * before a role that people hold in organisations (the list
 * "org-role-noun", after "chief" perhaps) and a capitalised name, or a
 * comma and one, is the organisation. The entry's value ("-" for none), or
 * NULL. The role is lower case or initials ("CEO"): a capitalised one
 * would be a name's word. */
static const char *before_org_role(const FgDocAnalysis *doc, size_t last, size_t sent_last) {
  size_t t = last;
  if (t < sent_last && (tok_at(doc, t)->flags & FG_TOK_POSS))
    t++;
  t = role_adjective_skipped(doc, last, t, sent_last);
  if (t + 1 < sent_last && fg_tok_is(tok_at(doc, t), "chief"))
    t++;
  if (t + 1 >= sent_last)
    return NULL;
  const FgToken *role = tok_at(doc, t), *name = tok_at(doc, t + 1);
  if (fg_tok_is(name, ",") && t + 2 < sent_last)
    name = tok_at(doc, t + 2);
  const char *value = NULL;
  bool lower_or_initials = !(role->flags & FG_TOK_CAP) || (role->flags & FG_TOK_UPPER);
  if (!is_word(role) || !lower_or_initials || !is_word(name) || !(name->flags & FG_TOK_CAP) ||
      !fg_lexicon_has(doc->lex, "org-role-noun", role->norm, &value))
    return NULL;
  return value ? value : "-";
}

/* "a spokeswoman for Nordair": a name the recognizer typed, right after a
 * spokesperson's noun (list "spokesperson-noun") and "for", is the body
 * spoken for, unless the personal-name lists give it ("a spokesman for
 * Roe", "for Ana Roe"); one it left out stays with the group cue. */
static bool spokesperson_for(const FgDocAnalysis *doc, size_t first, size_t sent_first) {
  return first >= sent_first + 2 && doc->token_ner &&
         (doc->token_ner[first] & (FG_TOKEN_NER_START - 1u)) != 0 &&
         fg_tok_is(tok_at(doc, first - 1), "for") &&
         fg_lexicon_has(doc->lex, "spokesperson-noun", tok_at(doc, first - 2)->norm, NULL) &&
         !listed_personal_word(doc, first);
}

/* The name after before_org_role's role word is a person's by the
 * recognizer or opens with a listed given name ("Drelco spokesman Ivo
 * Marsk"). */
static bool person_after_role(const FgDocAnalysis *doc, size_t last, size_t sent_last) {
  size_t t = last;
  if (t < sent_last && (tok_at(doc, t)->flags & FG_TOK_POSS))
    t++;
  t = role_adjective_skipped(doc, last, t, sent_last);
  if (t + 1 < sent_last && fg_tok_is(tok_at(doc, t), "chief"))
    t++;
  t++;
  if (t < sent_last && fg_tok_is(tok_at(doc, t), ","))
    t++;
  return t < sent_last && doc->token_ner &&
         ((doc->token_ner[t] & (FG_TOKEN_NER_START - 1u)) == FG_NER_PERSON ||
          (doc->name_lists && (listed_as(doc, t, t + 1) & FG_NAMES_GIVEN)));
}

/* "the Velkor Trust headquarters in Oslo", "at Velkor hq in Oslo": a name
 * whose headquarters stand in a place the text names is an organisation
 * (a place before "headquarters" is where they are: "the Oslo
 * headquarters of Velkor", with no place after). */
static bool headquarters_in_after(const FgDocAnalysis *doc, size_t last, size_t sent_last) {
  if (last + 2 >= sent_last)
    return false;
  const FgToken *seat = tok_at(doc, last), *prep = tok_at(doc, last + 1);
  const FgToken *place = tok_at(doc, last + 2);
  return !(seat->flags & FG_TOK_CAP) && fg_lexicon_has(doc->lex, "seat-noun", seat->norm, NULL) &&
         fg_lexicon_has(doc->lex, "seat-preposition", prep->norm, NULL) && is_word(place) &&
         (place->flags & FG_TOK_CAP);
}

/* "X, which is based in Y": what a relative "which" says is based or
 * headquartered somewhere is an organisation; so is an initialism that is
 * ("NTV is based in Y"; people are based somewhere too). */
static bool based_after(const FgDocAnalysis *doc, size_t first, size_t last, size_t sent_last) {
  size_t k = last;
  bool which = k + 1 < sent_last && fg_tok_is(tok_at(doc, k), ",") &&
               fg_tok_is(tok_at(doc, k + 1), "which");
  if (which)
    k += 2;
  /* "in" or "at": not "based on" (a film based on a novel) */
  if (k + 2 >= sent_last ||
      !(fg_tok_is(tok_at(doc, k), "is") || fg_tok_is(tok_at(doc, k), "was")) ||
      !has(doc, FG_LIST_BASED_PARTICIPLE, tok_at(doc, k + 1)) ||
      !(fg_tok_is(tok_at(doc, k + 2), "in") || fg_tok_is(tok_at(doc, k + 2), "at")))
    return false;
  const FgToken *word = tok_at(doc, first);
  return which || (last == first + 1 && (word->flags & FG_TOK_UPPER) && strlen(word->norm) > 1);
}

/* "a member of X", "former members of the X", "defectors from X": what
 * people belong to (the list "member-noun") is a group, never a person;
 * not a name a noun or a possessive follows ("members of the Kessel
 * family", "members of X's cabinet"), which is that noun's. */
static bool member_of_before(const FgDocAnalysis *doc, size_t first, size_t last,
                             size_t sent_first, size_t sent_last) {
  size_t k = first;
  if (k > sent_first && fg_tok_is(tok_at(doc, k - 1), "the"))
    k--;
  if (k < sent_first + 2)
    return false;
  const FgToken *prep = tok_at(doc, k - 1), *noun = tok_at(doc, k - 2);
  if (!(fg_tok_is(prep, "of") || fg_tok_is(prep, "from") || fg_tok_is(prep, "within")) ||
      !is_word(noun) || !fg_lexicon_has(doc->lex, "member-noun", noun->norm, NULL))
    return false;
  if (last >= sent_last)
    return true;
  const FgToken *next = tok_at(doc, last);
  /* without tags, any lower-case word may be the noun */
  bool noun_after = doc->token_upos ? doc->token_upos[last] == FG_UPOS_NOUN
                                    : is_word(next) && !(next->flags & FG_TOK_CAP);
  return !(next->flags & FG_TOK_POSS) && !noun_after;
}

/* "Ben Tolliver, 52, of Pike Hollow": after a person's age between
 * commas, "of" names the town the person comes from. */
static bool hometown_after_age(const FgDocAnalysis *doc, size_t first, size_t sent_first) {
  return first >= sent_first + 5 && fg_tok_is(tok_at(doc, first - 1), "of") &&
         fg_tok_is(tok_at(doc, first - 2), ",") && (tok_at(doc, first - 3)->flags & FG_TOK_NUM) &&
         fg_tok_is(tok_at(doc, first - 4), ",") && (tok_at(doc, first - 5)->flags & FG_TOK_CAP);
}

/* How many capitalised words (up to four) the name has that ends right
 * before "of" (or ", of") and the name at first: "Dale Hooper of", "Dale
 * Hooper, of"; *start gets the name's first token. */
static size_t name_before_of(const FgDocAnalysis *doc, size_t first, size_t sent_first,
                             size_t *start) {
  if (first < sent_first + 3 || !fg_tok_is(tok_at(doc, first - 1), "of"))
    return 0;
  size_t k = first - 1, words = 0;
  if (fg_tok_is(tok_at(doc, k - 1), ","))
    k--;
  while (k > sent_first && words < 4 && is_word(tok_at(doc, k - 1)) &&
         (tok_at(doc, k - 1)->flags & FG_TOK_CAP))
    k--, words++;
  *start = k;
  return words;
}

/* "Hana Broek and" before the name at k: a full name of two or three
 * capitalised words before "and"; *start gets its first token. */
static bool full_name_before_and(const FgDocAnalysis *doc, size_t k, size_t sent_first,
                                 size_t *start) {
  if (k < sent_first + 3 || !fg_tok_is(tok_at(doc, k - 1), "and"))
    return false;
  size_t t = k - 1, words = 0;
  while (t > sent_first && words < 4 && is_word(tok_at(doc, t - 1)) &&
         (tok_at(doc, t - 1)->flags & FG_TOK_CAP))
    t--, words++;
  *start = t;
  return words >= 2 && words <= 3;
}

/* "was" or "were" and a word of list right after the name ending at
 * last: "... of Delden were killed" (victim-passive), "Dunn was charged"
 * (person-treatment). */
static bool passive_after(const FgDocAnalysis *doc, size_t last, size_t sent_last,
                          const char *list) {
  return last + 1 < sent_last &&
         (fg_tok_is(tok_at(doc, last), "was") || fg_tok_is(tok_at(doc, last), "were")) &&
         fg_lexicon_has(doc->lex, list, tok_at(doc, last + 1)->norm, NULL);
}

/* "Jon Tate and Mia Roos, both of Carver": after a name, a comma and
 * "both" (list "people-both"), "of" names the people's town. */
static bool hometown_of_both(const FgDocAnalysis *doc, size_t first, size_t sent_first) {
  return first >= sent_first + 4 && fg_tok_is(tok_at(doc, first - 1), "of") &&
         fg_lexicon_has(doc->lex, "people-both", tok_at(doc, first - 2)->norm, NULL) &&
         fg_tok_is(tok_at(doc, first - 3), ",") && (tok_at(doc, first - 4)->flags & FG_TOK_CAP);
}

/* "identified as Dale Hooper of Brixfield", "The victim, Tobin Marsh, of
 * Edgerly", "Deputies arrested Cal Brody of Henley": a name of one or two
 * words after "of" behind a full name of two or three words that a police
 * report introduces (a verb of list identify-verb and "as", a noun of list
 * report-person and a comma, or a verb of list report-verb), or that
 * opens a sentence a report's passive ends ("X Y of Z was injured"), is
 * the town the person comes from; people of a firm are introduced by a
 * title or a trade ("analyst Ada Lind of Norstad"). */
static bool hometown_of_identified(const FgDocAnalysis *doc, size_t first, size_t last,
                                   size_t sent_first, size_t sent_last) {
  size_t k;
  size_t words = last - first > 2 ? 0 : name_before_of(doc, first, sent_first, &k);
  if (words < 2 || words > 3)
    return false;
  /* "arrested Hana Broek and Piet Vos of Delden": one hometown for two
   * people introduced together */
  size_t other;
  if (full_name_before_and(doc, k, sent_first, &other))
    k = other;
  /* "Hana Broek and Piet Vos of Delden were killed": opening the
   * sentence, the people a report's passive tells of ("Ana Lind and Bo
   * Quell of Velkor said" may speak for a firm) */
  if (k == sent_first)
    return passive_after(doc, last, sent_last, "victim-passive");
  if (k < sent_first + 2)
    return false;
  const FgToken *cue_word = tok_at(doc, k - 1);
  if (fg_lexicon_has(doc->lex, "report-verb", cue_word->norm, NULL))
    return true;
  if (fg_tok_is(cue_word, ","))
    return fg_lexicon_has(doc->lex, "report-person", tok_at(doc, k - 2)->norm, NULL);
  if (!fg_tok_is(cue_word, "as"))
    return false;
  /* the verb may have its object before "as": "identified the victim as" */
  for (size_t v = k - 1; v > sent_first && v + 4 > k; v--)
    if (fg_lexicon_has(doc->lex, "identify-verb", tok_at(doc, v - 1)->norm, NULL))
      return true;
  return false;
}

static const char *recognized_class(const FgDocAnalysis *doc, size_t first, size_t last);

/* "Velmar Foods said ... a Velmar baker": the words [first, last) open a
 * company's name elsewhere in the text, a capitalised head of class Company
 * after them (a town also names its council, school or newspaper). */
static bool opens_company_name_elsewhere(const FgDocAnalysis *doc, size_t first, size_t last) {
  size_t n = last - first;
  for (size_t k = 0; k + n < doc->tok.token_count; k++) {
    size_t i = 0;
    while (k != first && i < n && (tok_at(doc, k + i)->flags & FG_TOK_CAP) &&
           strcmp(tok_at(doc, k + i)->norm, tok_at(doc, first + i)->norm) == 0)
      i++;
    const char *head_class = NULL;
    if (k != first && i == n && (tok_at(doc, k + n)->flags & FG_TOK_CAP) &&
        fg_tok_value(doc, FG_LIST_ORG_HEAD, tok_at(doc, k + n), &head_class) && head_class &&
        strcmp(head_class, "Company") == 0)
      return true;
  }
  return false;
}

static bool vowel_an_nation(const FgDocAnalysis *doc, size_t t, size_t sent_first,
                            size_t sent_last);

/* "A Brockton man", "Cresston resident Hal Minter", "a Denver lawyer": a
 * name of one or two words and no head noun before a person's noun of
 * list hometown-noun (or hometown-trade after "a"/"an") is the town the
 * person comes from; before a trade, not an employer's name ("a Google
 * lawyer": the recognizer's organisation, or a company's name's opening). */
static bool hometown_before_person(const FgDocAnalysis *doc, size_t first, size_t last,
                                   size_t sent_first, size_t sent_last) {
  if (last - first > 2 || last >= sent_last || is_head(doc, last - 1))
    return false;
  const FgToken *noun = tok_at(doc, last);
  if (!is_word(noun) || (noun->flags & FG_TOK_CAP))
    return false;
  /* "a Caucasian woman", "a Laibrendian man": an adjective in -ian or -ish
   * the tagger reads as one names a people or a creed, not a town */
  const char *norm = tok_at(doc, first)->norm;
  size_t len = strlen(norm);
  if (last == first + 1 && len > 5 && doc->token_upos && doc->token_upos[first] == FG_UPOS_ADJ &&
      (strcmp(norm + len - 3, "ian") == 0 || strcmp(norm + len - 3, "ish") == 0))
    return false;
  /* "a Thabavaan woman" after a comma: a nation's, as vowel_an_nation reads it */
  if (last == first + 1 && vowel_an_nation(doc, first, sent_first, sent_last))
    return false;
  if (fg_lexicon_has(doc->lex, "hometown-noun", noun->norm, NULL))
    return true;
  if (!(first > sent_first && fg_lexicon_has(doc->lex, "hometown-trade", noun->norm, NULL) &&
        (fg_tok_is(tok_at(doc, first - 1), "a") || fg_tok_is(tok_at(doc, first - 1), "an"))))
    return false;
  const char *ner = recognized_class(doc, first, last);
  return !(ner && typing_of(ner).kind == FG_KIND_ORG) && !opens_company_name_elsewhere(doc, first, last);
}

/* "a village outside Lambeth", "downtown Orwell": one word no names list
 * gives a person, right after a word of list town-before and with no
 * possessive after it, is a place's name however the recognizer read it. */
static bool unlisted_town(const FgDocAnalysis *doc, size_t first, size_t last,
                          size_t sent_first, size_t sent_last) {
  return last == first + 1 && first > sent_first && doc->name_lists &&
         fg_lexicon_has(doc->lex, "town-before", tok_at(doc, first - 1)->norm, NULL) &&
         !(listed_as(doc, first, last) & (FG_NAMES_GIVEN | FG_NAMES_SURNAME)) &&
         (last >= sent_last || !(tok_at(doc, last)->flags & FG_TOK_POSS));
}

/* "of 14 Elm Street, Hadley": a name of one or two words after the comma
 * that closes a numbered address (a number, capitalised words, a street's
 * head of list place-head "Place") is the address's town. */
static bool town_after_address(const FgDocAnalysis *doc, size_t first, size_t last,
                               size_t sent_first) {
  const char *value = NULL;
  if (last - first > 2 || first < sent_first + 4 || !fg_tok_is(tok_at(doc, first - 1), ",") ||
      !(tok_at(doc, first - 2)->flags & FG_TOK_CAP) ||
      !fg_tok_value(doc, FG_LIST_PLACE_HEAD, tok_at(doc, first - 2), &value) || !value ||
      strcmp(value, "Place") != 0)
    return false;
  size_t k = first - 3;
  while (k > sent_first && is_word(tok_at(doc, k)) && (tok_at(doc, k)->flags & FG_TOK_CAP))
    k--;
  return k < first - 3 && (tok_at(doc, k)->flags & FG_TOK_NUM);
}

/* "Rep. Dale Hoskins, R-Marlow,": a party's letter hyphened to a
 * capitalised word after a comma or a bracket, at t; the word is the
 * member's state or town. */
static bool party_letter_at(const FgDocAnalysis *doc, size_t t, size_t sent_first, size_t last) {
  const FgToken *letter = tok_at(doc, t);
  if (t <= sent_first || t + 2 >= last || !is_word(letter) || strlen(letter->norm) != 1 ||
      !strchr("rdi", letter->norm[0]) || !(letter->flags & FG_TOK_CAP) ||
      !fg_tok_is(tok_at(doc, t + 1), "-") || !joined(letter, tok_at(doc, t + 1)) ||
      !joined(tok_at(doc, t + 1), tok_at(doc, t + 2)) || !is_word(tok_at(doc, t + 2)) ||
      !(tok_at(doc, t + 2)->flags & FG_TOK_CAP))
    return false;
  return fg_tok_is(tok_at(doc, t - 1), ",") || fg_tok_is(tok_at(doc, t - 1), "(");
}

static const char *recognized_class(const FgDocAnalysis *doc, size_t first, size_t last);

/* "an analyst at Kessel & Moore", "a nurse at Greenway Trust", "a pilot
 * with Nordvik": where a person's noun works "at" or "with" is an
 * organisation; "with" not before a name the recognizer or the names lists
 * give a person ("a lawyer with Dana Holt"), nor a country's ("a soldier
 * with Orsania"). */
static bool workplace_after_person_noun(const FgDocAnalysis *doc, size_t first, size_t last,
                                        size_t sent_first) {
  size_t k = first;
  if (k > sent_first && fg_tok_is(tok_at(doc, k - 1), "the"))
    k--;
  if (k < sent_first + 2)
    return false;
  const char *ner = recognized_class(doc, first, last);
  bool with = fg_tok_is(tok_at(doc, k - 1), "with") && !(ner && strcmp(ner, "Person") == 0) &&
              !(doc->name_lists && (listed_as(doc, first, first + 1) & FG_NAMES_GIVEN)) &&
              !country_shaped(doc, first);
  if (!with && !fg_tok_is(tok_at(doc, k - 1), "at"))
    return false;
  const FgToken *noun = tok_at(doc, k - 2);
  if (!is_word(noun))
    return false;
  if (!(noun->flags & FG_TOK_CAP) && has(doc, FG_LIST_PERSON_NOUN, noun))
    return true;
  /* "Officials at Tolbeck Water said": a plural, or a noun opening the
   * sentence, before a name of two words or more ("Students at Orvo" may
   * be a town's) */
  FgToken singular;
  return last - first >= 2 && (!(noun->flags & FG_TOK_CAP) || k - 2 == sent_first) &&
         (has(doc, FG_LIST_PERSON_NOUN, noun) ||
          (singular_of(doc, noun, &singular) && has(doc, FG_LIST_PERSON_NOUN, &singular)));
}

/* "Velm, Harlow, Ostrelia - The mayor said": names between commas that
 * open a sentence and end at a spaced dash are a dateline's places. */
static bool in_dateline(const FgDocAnalysis *doc, size_t last, size_t sent_first,
                        size_t sent_last) {
  /* the agency in brackets and the date ("VELMORA, Tolvia, May 3
   * (Reuters) -") may close the line; the place is before them */
  size_t commas = 0, t = sent_first, places_end = sent_last;
  for (; t < sent_last && t < sent_first + 16; t++) {
    const FgToken *tok = tok_at(doc, t);
    if (fg_tok_is(tok, ",")) {
      commas++;
    } else if (fg_tok_is(tok, "(") && t > sent_first) {
      size_t close = t + 1;
      while (close < sent_last && close < t + 6 && !fg_tok_is(tok_at(doc, close), ")"))
        close++;
      if (close >= sent_last || !fg_tok_is(tok_at(doc, close), ")"))
        break;
      places_end = places_end < t ? places_end : t;
      commas++;
      t = close;
    } else if ((tok->flags & FG_TOK_NUM) && t > sent_first) {
      places_end = places_end < t ? places_end : t - 1; /* not the month */
    } else if (!is_word(tok) || !(tok->flags & FG_TOK_CAP)) {
      break;
    }
  }
  return commas > 0 && t >= last && last <= places_end && t < sent_last && t > sent_first &&
         (fg_tok_is(tok_at(doc, t), "-") || fg_tok_is(tok_at(doc, t), "\u2013") ||
          fg_tok_is(tok_at(doc, t), "\u2014")) &&
         !joined(tok_at(doc, t - 1), tok_at(doc, t)) && !fg_tok_is(tok_at(doc, t - 1), ",");
}

/* An entry of the lexicon list that is the one word at t, or the two
 * words from t when two: the entry's value, "-" for none, or NULL. */
static const char *list_entry_at(const FgDocAnalysis *doc, const char *list, size_t t, bool two) {
  if (!is_word(tok_at(doc, t)) || (two && !is_word(tok_at(doc, t + 1))))
    return NULL;
  const char *value = NULL;
  if (!two)
    return fg_lexicon_has(doc->lex, list, tok_at(doc, t)->norm, &value) ? (value ? value : "-")
                                                                         : NULL;
  FgBuf words;
  fg_buf_init(&words);
  bool found = fg_buf_append_str(&words, tok_at(doc, t)->norm) &&
               fg_buf_append_char(&words, ' ') &&
               fg_buf_append_str(&words, tok_at(doc, t + 1)->norm) &&
               fg_lexicon_has(doc->lex, list, words.data, &value);
  fg_buf_free(&words);
  return found ? (value ? value : "-") : NULL;
}

/* An entry (one or two words) of the lexicon list right after the name
 * at last or its possessive: the entry's value, "-" for none, or NULL
 * when no entry follows. */
static const char *attribute_after(const FgDocAnalysis *doc, const char *list, size_t last,
                                   size_t sent_last) {
  size_t t = last;
  if (t < sent_last && (tok_at(doc, t)->flags & FG_TOK_POSS))
    t++;
  if (t >= sent_last)
    return NULL;
  const char *value = list_entry_at(doc, list, t, false);
  return value || t + 1 >= sent_last ? value : list_entry_at(doc, list, t, true);
}

/* Past the possessive of the name ending at last, up to two lower-case
 * modifiers after a possessive ("Norvia's first female prime minister")
 * and up to two title-domain words ("Norvalia's Trade ..."): where an
 * office may stand. */
static size_t office_position(const FgDocAnalysis *doc, size_t last, size_t sent_last) {
  size_t t = last;
  if (t < sent_last && (tok_at(doc, t)->flags & FG_TOK_POSS)) {
    t++;
    for (size_t k = 0; k < 2 && t + 1 < sent_last && lower_modifier(doc, t) &&
                       !has(doc, FG_LIST_TITLE_DOMAIN, tok_at(doc, t)) &&
                       !list_entry_at(doc, "country-office", t, false) &&
                       !list_entry_at(doc, "country-office", t, true);
         k++)
      t++;
  }
  for (size_t k = 0; k < 2 && t < sent_last && has(doc, FG_LIST_TITLE_DOMAIN, tok_at(doc, t)); k++)
    t++;
  return t;
}

/* "Norvalia's finance minister", "the Norvalia Trade Minister", "the
 * finance minister of Norvalia": an office of the list "country-office"
 * after the name at first..last (its possessive and up to two
 * title-domain words between), or before "of" and the name. */
static bool country_office_beside(const FgDocAnalysis *doc, size_t first, size_t last,
                                  size_t sent_first, size_t sent_last) {
  size_t t = office_position(doc, last, sent_last);
  if (attribute_after(doc, "country-office", t, sent_last))
    return true;
  if (first < sent_first + 2 || !fg_tok_is(tok_at(doc, first - 1), "of"))
    return false;
  return list_entry_at(doc, "country-office", first - 2, false) ||
         (first >= sent_first + 3 && list_entry_at(doc, "country-office", first - 3, true));
}

/* "Mayor Ana Veld of X", "Prime Minister Ana Veld of X": the entry (one
 * word or two) of the lexicon list that titles the person named right
 * before "of" and the name at first; its value ("-" for none), or NULL. */
static const char *title_of_holder_of(const FgDocAnalysis *doc, const char *list, size_t first,
                                      size_t sent_first) {
  if (first < sent_first + 3 || !fg_tok_is(tok_at(doc, first - 1), "of"))
    return NULL;
  /* the person's name: one to four capitalised words before "of" */
  for (size_t k = first - 2, words = 0; k >= sent_first && words < 5; k--, words++) {
    const FgToken *tok = tok_at(doc, k);
    if (!is_word(tok) || !(tok->flags & FG_TOK_CAP))
      return NULL;
    if (words > 0) {
      const char *value = list_entry_at(doc, list, k, false);
      if (!value && k > sent_first)
        value = list_entry_at(doc, list, k - 1, true);
      if (value)
        return value;
    }
    if (k == sent_first)
      break;
  }
  return NULL;
}

/* "Prime Minister Ana Veld of Ostravia", "King Ottar of Velmia": the
 * place after "of" behind a person titled as a head of state or
 * government is a country (not so "Senator X of Y", "Mayor X of Y"). */
static bool head_of_state_of(const FgDocAnalysis *doc, size_t first, size_t sent_first) {
  const char *value = title_of_holder_of(doc, "country-attribute", first, sent_first);
  return (value && strcmp(value, "Country") == 0) ||
         title_of_holder_of(doc, "country-office", first, sent_first);
}

/* "X is located in Y", "X is situated on the coast": where a thing is
 * located is a place, or an organisation's seat. */
static bool located_after(const FgDocAnalysis *doc, size_t last, size_t sent_last) {
  return last + 2 < sent_last &&
         (fg_tok_is(tok_at(doc, last), "is") || fg_tok_is(tok_at(doc, last), "are")) &&
         (fg_tok_is(tok_at(doc, last + 1), "located") ||
          fg_tok_is(tok_at(doc, last + 1), "situated")) &&
         has(doc, FG_LIST_PREPOSITION, tok_at(doc, last + 2));
}

/* "Denver's mayor", "the mayor of Velsk", "Mayor Ana Veld of Velsk": an
 * office of a city or a region (the list "local-office", whose value is
 * the class) beside the name; the class, or NULL. */
static const char *local_office_beside(const FgDocAnalysis *doc, size_t first, size_t last,
                                       size_t sent_first, size_t sent_last) {
  const char *value = attribute_after(doc, "local-office", last, sent_last);
  if (!value && first >= sent_first + 2 && fg_tok_is(tok_at(doc, first - 1), "of"))
    value = list_entry_at(doc, "local-office", first - 2, false);
  if (!value)
    value = title_of_holder_of(doc, "local-office", first, sent_first);
  return value;
}

/* "Norvalia's prime minister", "the Norvalia embassy", "the Norvalia
 * government": a word of the list "country-attribute" that only a country
 * has (value "Country": a head of government, an embassy) or that a
 * country has among places (value "Place": a government; "the Kessler
 * government" is a person's). The entry's value, or NULL. */
static const char *country_attribute_after(const FgDocAnalysis *doc, size_t last,
                                           size_t sent_last) {
  return attribute_after(doc, "country-attribute", last, sent_last);
}

/* "Irvana troops occupied", "Kordia soldiers": a one-word name that no
 * names list gives a person's right before what only a state fields (list
 * "state-troops-noun"); not its possessive ("Haftar's troops" may be a
 * warlord's). */
static bool state_troops_after(const FgDocAnalysis *doc, size_t first, size_t last,
                               size_t sent_last) {
  return last == first + 1 && last < sent_last &&
         !(doc->name_lists && (listed_as(doc, first, last) & (FG_NAMES_GIVEN | FG_NAMES_SURNAME))) &&
         fg_lexicon_has(doc->lex, "state-troops-noun", tok_at(doc, last)->norm, NULL);
}

/* "Troops from Irvana and Kordia patrolled", "soldiers of Irvana": one
 * word after a state's troops noun and "from" or "of", or coordinated after such a word, is the
 * country that sent them; not where troops were moved from ("moved
 * troops from Kandahar": a verb before the noun). */
static bool troops_from_before(const FgDocAnalysis *doc, size_t first, size_t last,
                               size_t sent_first) {
  if (last != first + 1 ||
      (doc->name_lists && (listed_as(doc, first, last) & (FG_NAMES_GIVEN | FG_NAMES_SURNAME))))
    return false;
  size_t t = first;
  if (t >= sent_first + 4 && fg_tok_is(tok_at(doc, t - 1), "and") &&
      (tok_at(doc, t - 2)->flags & FG_TOK_CAP))
    t -= 2;
  if (t < sent_first + 2 ||
      !(fg_tok_is(tok_at(doc, t - 1), "from") || fg_tok_is(tok_at(doc, t - 1), "of")) ||
      !fg_lexicon_has(doc->lex, "state-troops-noun", tok_at(doc, t - 2)->norm, NULL))
    return false;
  return t - 2 == sent_first || !doc->token_upos ||
         (doc->token_upos[t - 3] != FG_UPOS_VERB && doc->token_upos[t - 3] != FG_UPOS_AUX);
}

/* "Ravi province has been hit": a region's noun right after the name
 * (list place-after, a region's class) types it where it opens a
 * sentence too; not a resident's noun ("Velsk residents said"). */
static bool region_noun_after(const FgDocAnalysis *doc, size_t last, size_t sent_last) {
  const char *value = NULL;
  return last < sent_last && fg_tok_value(doc, FG_LIST_PLACE_AFTER, tok_at(doc, last), &value) &&
         value && strcmp(value, "Region") == 0;
}

/* "Kestria's capital, Brelsk", "Brelsk, the capital of Kestria": what has
 * a capital is a country (a region's name has its own head noun, "X
 * Province"); not the money of "Quillan's capital reserves": the name of
 * the city, a comma or a copula follows. */
static bool has_capital(const FgDocAnalysis *doc, size_t first, size_t last, size_t sent_first,
                        size_t sent_last) {
  /* not "the capital of Rafiq province": a region's name, whose noun follows */
  if (first >= sent_first + 2 && fg_tok_is(tok_at(doc, first - 1), "of") &&
      fg_tok_is(tok_at(doc, first - 2), "capital"))
    return !region_noun_after(doc, last, sent_last);
  if (last + 1 >= sent_last || !(tok_at(doc, last)->flags & FG_TOK_POSS) ||
      !fg_tok_is(tok_at(doc, last + 1), "capital"))
    return false;
  if (last + 2 >= sent_last)
    return true;
  const FgToken *next = tok_at(doc, last + 2);
  return fg_tok_is(next, ",") || (is_word(next) && (next->flags & FG_TOK_CAP)) ||
         (doc->token_upos && doc->token_upos[last + 2] == FG_UPOS_AUX);
}

/* "Velmia's second-largest city", "Velmia's northern provinces": what
 * owns towns or provinces is a place (a country or a region), not a
 * person or a firm. Adjectives may come between. */
static bool owns_a_place(const FgDocAnalysis *doc, size_t last, size_t sent_last) {
  static const char *const PARTS[] = {"city",  "cities",    "town",    "towns",   "village",
                                      "villages", "province", "provinces", "region", "regions",
                                      NULL};
  if (last >= sent_last || !(tok_at(doc, last)->flags & FG_TOK_POSS) || !doc->token_upos)
    return false;
  for (size_t k = last + 1; k < sent_last && k < last + 6; k++) {
    const FgToken *tok = tok_at(doc, k);
    if (fg_tok_is(tok, "-"))
      continue;
    if (!is_word(tok) || (tok->flags & FG_TOK_CAP))
      return false;
    /* not a compound's modifier: "Dana Holt's town hall meeting" */
    bool compound = k + 1 < sent_last && is_word(tok_at(doc, k + 1)) &&
                    doc->token_upos[k + 1] == FG_UPOS_NOUN;
    for (const char *const *p = PARTS; *p; p++)
      if (fg_tok_is(tok, *p))
        return !compound;
    if (doc->token_upos[k] != FG_UPOS_ADJ)
      return false;
  }
  return false;
}

/* "X, who founded Y": "who" refers to a person, X when X is no noun's
 * complement ("members of X, who helped him" are the members). */
static bool who_follows(const FgDocAnalysis *doc, size_t first, size_t last, size_t sent_first,
                        size_t sent_last) {
  if (last + 1 >= sent_last || !fg_tok_is(tok_at(doc, last), ",") ||
      !fg_tok_is(tok_at(doc, last + 1), "who"))
    return false;
  return !(first >= sent_first + 2 && has(doc, FG_LIST_PREPOSITION, tok_at(doc, first - 1)) &&
           doc->token_upos && doc->token_upos[first - 2] == FG_UPOS_NOUN);
}

/* "Tomas Vey founded Veyline Shoes": the name right after a verb of
 * founding (the list "founding-participle", past tense alike) is what was
 * founded, unless a listed given name opens it. */
static bool founded_object(const FgDocAnalysis *doc, size_t first,
                           size_t sent_first) {
  return first > sent_first + 1 && doc->name_lists &&
         fg_lexicon_has(doc->lex, "founding-participle",
                        tok_at(doc, first - 1)->norm, NULL) &&
         !(listed_as(doc, first, first + 1) & FG_NAMES_GIVEN);
}

/* "X, founded in 2011", "X was established by", "X, which was founded
 * in 1890": a participle that only an organisation takes (the list
 * "founding-participle") right after the name's comma or its "was" (after
 * ", which" perhaps: not for a name the lists give as a place's, as towns
 * are founded too), before "in" or "by". */
static bool founded_after(const FgDocAnalysis *doc, size_t first, size_t last, size_t sent_last) {
  if (last + 3 < sent_last && fg_tok_is(tok_at(doc, last), ",") &&
      fg_tok_is(tok_at(doc, last + 1), "which") && fg_tok_is(tok_at(doc, last + 2), "was")) {
    if (doc->name_lists && (listed_as(doc, first, last) & FG_NAMES_PLACE))
      return false;
    last += 2;
  }
  if (last + 2 >= sent_last ||
      !(fg_tok_is(tok_at(doc, last), ",") || fg_tok_is(tok_at(doc, last), "was")))
    return false;
  const FgToken *by = tok_at(doc, last + 2);
  return fg_lexicon_has(doc->lex, "founding-participle", tok_at(doc, last + 1)->norm, NULL) &&
         (fg_tok_is(by, "in") || fg_tok_is(by, "by"));
}

/* "X's shares fell", "X's board approved", "X, which makes brake pads":
 * what only a business owns after the name's possessive (not "X's shares
 * in Y", a holder's), or a business's verb after ", which", makes X an
 * organisation. */
static bool business_context_after(const FgDocAnalysis *doc, size_t last, size_t sent_last) {
  if (last + 1 >= sent_last)
    return false;
  size_t owned = last + 1; /* "X's shares", "X, whose owner" */
  const char *list = "org-possession";
  /* "Pruvex shares fell": a name before the noun "shares" or "stock" (not
   * the verb: "Halden shares the view") */
  const FgToken *next = tok_at(doc, last);
  if ((fg_tok_is(next, "shares") || fg_tok_is(next, "stock")) && doc->token_upos &&
      doc->token_upos[last] == FG_UPOS_NOUN)
    return true;
  if (!(tok_at(doc, last)->flags & FG_TOK_POSS)) {
    if (last + 2 >= sent_last || !fg_tok_is(tok_at(doc, last), ","))
      return false;
    const FgToken *rel = tok_at(doc, last + 1);
    list = fg_tok_is(rel, "which") ? "business-verb" : fg_tok_is(rel, "whose") ? list : NULL;
    owned = last + 2;
  }
  bool holding_in = owned + 1 < sent_last && (fg_tok_is(tok_at(doc, owned + 1), "in") ||
                                              fg_tok_is(tok_at(doc, owned + 1), "of"));
  return list && !holding_in && fg_lexicon_has(doc->lex, list, tok_at(doc, owned)->norm, NULL);
}

static bool company_noun(const FgDocAnalysis *doc, const FgToken *tok);

/* "Brenner AG has bought Nordbuss": a one-word name right after a verb
 * of buying whose subject, before the verb and its auxiliaries (as
 * tagged), ends in a company's head or legal form ("AG", "Group",
 * "Motors"), or is one word after a business's noun ("the carmaker
 * Renova"), is a business too (no listed given name: "Kessel Rovers
 * bought Dan" is a player). */
static bool bought_by_firm(const FgDocAnalysis *doc, size_t first, size_t sent_first) {
  if (!fg_lexicon_has(doc->lex, "buying-verb", tok_at(doc, first - 1)->norm, NULL) ||
      (doc->name_lists && (listed_as(doc, first, first + 1) & FG_NAMES_GIVEN)))
    return false;
  size_t k = first - 1;
  while (k > sent_first && doc->token_upos && doc->token_upos[k - 1] == FG_UPOS_AUX)
    k--;
  if (k < sent_first + 2)
    return false;
  const FgToken *subject_head = tok_at(doc, k - 1), *before = tok_at(doc, k - 2);
  if (!(subject_head->flags & FG_TOK_CAP))
    return false;
  return (before->flags & FG_TOK_CAP) ? company_noun(doc, subject_head) : company_noun(doc, before);
}

/* "Investors sold X after the company reported a loss": the object of a
 * verb whose object is a business (the list "business-object-verb"), when
 * "the company" or "the firm" follows in the sentence with no other name
 * between, is that company (one that the recognizer read as a person). */
static bool company_object(const FgDocAnalysis *doc, size_t first, size_t last,
                           size_t sent_first, size_t sent_last) {
  if (first == sent_first ||
      !fg_lexicon_has(doc->lex, "business-object-verb", tok_at(doc, first - 1)->norm, NULL))
    return false;
  /* "agreed to buy Merovy Credit": a name of two words or more that a
   * verb of buying takes, opening with no listed given name ("bought Dan
   * Oste" from a club is a player) and not one of a list ("sold X and Y") */
  if (last - first >= 2 && doc->name_lists &&
      fg_lexicon_has(doc->lex, "buying-verb", tok_at(doc, first - 1)->norm,
                     NULL) &&
      !(last < sent_last && fg_tok_is(tok_at(doc, last), "and")) &&
      !(listed_as(doc, first, first + 1) & FG_NAMES_GIVEN))
    return true;
  if (last - first == 1 && bought_by_firm(doc, first, sent_first))
    return true;
  for (size_t k = last; k + 1 < sent_last; k++) {
    if (tok_at(doc, k)->flags & FG_TOK_CAP)
      return false;
    if (fg_tok_is(tok_at(doc, k), "the") &&
        (fg_tok_is(tok_at(doc, k + 1), "company") || fg_tok_is(tok_at(doc, k + 1), "firm")))
      return true;
  }
  return false;
}

/* "X acquired", "X makes", "bought X": a business's verb right after the
 * name, or a verb whose object is a business right before it. */
static bool business_act_beside(const FgDocAnalysis *doc, size_t first, size_t last,
                                size_t sent_first, size_t sent_last) {
  const char *next = last < sent_last ? tok_at(doc, last)->norm : "";
  if (fg_lexicon_has(doc->lex, "business-object-verb", next, NULL) ||
      fg_lexicon_has(doc->lex, "business-verb", next, NULL))
    return true;
  return first > sent_first &&
         fg_lexicon_has(doc->lex, "business-object-verb", tok_at(doc, first - 1)->norm, NULL);
}

/* "X said in a statement": a statement issued in X's name is usually a
 * company's or a body's; it only hints (people issue statements too), so
 * the recognizer's person keeps its class. */
static bool statement_after(const FgDocAnalysis *doc, size_t last, size_t sent_last) {
  static const char *const WORDS[] = {"said", "in", "a", "statement"};
  if (last + 4 > sent_last)
    return false;
  for (size_t i = 0; i < 4; i++)
    if (!fg_tok_is(tok_at(doc, last + i), WORDS[i]))
      return false;
  return true;
}

/* "Greer lives in Hollins": a name of one or two words before a verb of
 * list person-verb-after is a person's. */
static bool person_verb_after(const FgDocAnalysis *doc, size_t first, size_t last,
                              size_t sent_last) {
  return last - first <= 2 && last < sent_last && !is_head(doc, last - 1) &&
         fg_lexicon_has(doc->lex, "person-verb-after", tok_at(doc, last)->norm, NULL);
}

/* The token after a noun at t does not make it a modifier: no lower-case
 * noun follows ("Brockton's murder rate", "the Tarvik police"). */
static bool heads_its_phrase(const FgDocAnalysis *doc, size_t t, size_t sent_last) {
  const FgToken *next = t + 1 < sent_last ? tok_at(doc, t + 1) : NULL;
  return !next || !doc->token_upos || !is_word(next) || (next->flags & FG_TOK_CAP) ||
         doc->token_upos[t + 1] != FG_UPOS_NOUN;
}

/* "Hart's killer", "Dunn's widow": a name of one or two words, no head
 * noun, whose possessive owns a noun only a person has (list
 * "person-possession") heading its phrase is a person's. */
static bool person_possession_after(const FgDocAnalysis *doc, size_t first, size_t last,
                                    size_t sent_last) {
  return last - first <= 2 && last + 1 < sent_last && !is_head(doc, last - 1) &&
         (tok_at(doc, last)->flags & FG_TOK_POSS) &&
         fg_lexicon_has(doc->lex, "person-possession", tok_at(doc, last + 1)->norm, NULL) &&
         heads_its_phrase(doc, last + 1, sent_last);
}

static const char *recognized_class(const FgDocAnalysis *doc, size_t first, size_t last);

/* A name of one or two words, no head noun, heading its phrase, right
 * after the "of" of a killing's noun (list "killing-noun"), its victim,
 * or after its "by", its doer, the victim's "of" phrase perhaps between:
 * "the stabbing of Corrigan by Vasko", "Ward's murder by Kettle", "the
 * shooting of Officer Ada Holt by Rory Platt" name people. */
static bool killing_party(const FgDocAnalysis *doc, size_t first, size_t last,
                          size_t sent_first, size_t sent_last) {
  if (last - first > 2 || first < sent_first + 2 || is_head(doc, last - 1) ||
      !heads_its_phrase(doc, last - 1, sent_last) ||
      (last < sent_last && (tok_at(doc, last)->flags & FG_TOK_POSS)))
    return false;
  size_t k = first - 2;
  if (fg_tok_is(tok_at(doc, first - 1), "by")) {
    size_t j = k;
    while (j > sent_first && is_word(tok_at(doc, j)) && (tok_at(doc, j)->flags & FG_TOK_CAP))
      j--;
    if (j < k && j > sent_first && fg_tok_is(tok_at(doc, j), "of"))
      k = j - 1;
    /* a victim named before: not "the killing by Velmora", a state's */
    else if (k == sent_first || !(tok_at(doc, k - 1)->flags & FG_TOK_POSS))
      return false;
  } else if (!fg_tok_is(tok_at(doc, first - 1), "of")) {
    return false;
  } else if (fg_lexicon_has(doc->lex, "ordeal-noun", tok_at(doc, k)->norm, NULL)) {
    /* "the arrest of Ivo Brenner": only its "of" names whom it befell;
     * not over the recognizer's organisation ("the indictment of Orvex") */
    const char *ner = recognized_class(doc, first, last);
    return !ner || typing_of(ner).kind != FG_KIND_ORG;
  }
  return fg_lexicon_has(doc->lex, "killing-noun", tok_at(doc, k)->norm, NULL);
}

/* "convicted Leon Sacks of killing his neighbor": a name of two words or
 * more (one may be a state's: "accused Velmora of kidnapping"), no head
 * noun and no "the" before, then "of" and a crime against a person (list
 * "person-crime") is the one accused, a person. */
static bool person_crime_after(const FgDocAnalysis *doc, size_t first, size_t last,
                               size_t sent_first, size_t sent_last) {
  return last - first >= 2 && last + 1 < sent_last && !is_head(doc, last - 1) &&
         fg_tok_is(tok_at(doc, last), "of") &&
         fg_lexicon_has(doc->lex, "person-crime", tok_at(doc, last + 1)->norm, NULL) &&
         !(first > sent_first && fg_tok_is(tok_at(doc, first - 1), "the"));
}

/* "Dunn, 34,": a name followed by an age between commas (or a comma, an
 * age and the sentence's end), a number of one to three digits. */
static bool age_after(const FgDocAnalysis *doc, size_t last, size_t sent_last) {
  if (last + 2 > sent_last || !fg_tok_is(tok_at(doc, last), ","))
    return false;
  const FgToken *num = tok_at(doc, last + 1);
  size_t len = strlen(num->norm);
  if (!(num->flags & FG_TOK_NUM) || len > 3 || strspn(num->norm, "0123456789") != len ||
      atoi(num->norm) > 119)
    return false;
  return last + 2 == sent_last || fg_tok_is(tok_at(doc, last + 2), ",") ||
         !is_word(tok_at(doc, last + 2));
}

/* What happens to the name at [first, last) that happens only to people:
 * "Police arrested Dunn" (a verb of list person-treatment right before
 * it), "Dunn was charged" (its passive after), "Kettle was taken to
 * hospital" (a passive of person-moved, "to" and a person-destination),
 * "Dunn pleaded guilty" (plea-verb, plea-word). */
static bool treated_as_person(const FgDocAnalysis *doc, size_t first, size_t last,
                              size_t sent_first, size_t sent_last) {
  if (first > sent_first && doc->token_upos && doc->token_upos[first - 1] == FG_UPOS_VERB &&
      fg_lexicon_has(doc->lex, "person-treatment", tok_at(doc, first - 1)->norm, NULL))
    return true;
  /* the subject, not a name inside a phrase before the verb ("Coach X of
   * the Dayton Hawks was fired") */
  const FgToken *before = first > sent_first ? tok_at(doc, first - 1) : NULL;
  if (last + 1 >= sent_last ||
      (before && (fg_tok_is(before, "the") || has(doc, FG_LIST_PREPOSITION, before))))
    return false;
  const FgToken *next = tok_at(doc, last), *after = tok_at(doc, last + 1);
  if (fg_lexicon_has(doc->lex, "plea-verb", next->norm, NULL))
    return fg_lexicon_has(doc->lex, "plea-word", after->norm, NULL);
  if (passive_after(doc, last, sent_last, "person-treatment"))
    return true;
  return last + 3 < sent_last && passive_after(doc, last, sent_last, "person-moved") &&
         fg_tok_is(tok_at(doc, last + 2), "to") &&
         fg_lexicon_has(doc->lex, "person-destination", tok_at(doc, last + 3)->norm, NULL);
}

static const char *recognized_class(const FgDocAnalysis *doc, size_t first, size_t last);

/* "Police in Kelso arrested Dunn", "Dunn, 34, was freed": a name of one or
 * two words, no head noun, heading its phrase and owning nothing, that is
 * treated as only people are or takes an age (not after a place's word),
 * is a person over the recognizer's place; not over its organisation
 * ("hired Orrin Partners"). */
static bool person_by_treatment(const FgDocAnalysis *doc, size_t first, size_t last,
                                size_t sent_first, size_t sent_last) {
  if (last - first > 2 || is_head(doc, last - 1) || !heads_its_phrase(doc, last - 1, sent_last) ||
      (last < sent_last && (tok_at(doc, last)->flags & FG_TOK_POSS)))
    return false;
  const char *ner = recognized_class(doc, first, last);
  if (ner && typing_of(ner).kind == FG_KIND_ORG)
    return false;
  /* a sentence's first word only as the tagger's proper noun: not
   * "Residents were injured", "Sixteen were charged" */
  if (first == sent_first && !ner && doc->token_upos && doc->token_upos[first] != FG_UPOS_PROPN)
    return false;
  /* "In Marlow, 58, ran the firm": a place's word before outweighs the age */
  bool place_word = first > sent_first && has(doc, FG_LIST_PLACE_BEFORE, tok_at(doc, first - 1));
  return treated_as_person(doc, first, last, sent_first, sent_last) ||
         (!place_word && age_after(doc, last, sent_last));
}

/* A name particle that opens a surname after one capitalised word: not an
 * Arabic article ("al", "el": they join places' names too), nor one of
 * NOT_OPENING ("la", "le" or "der" alone open no surname). */
static bool opens_surname(const FgToken *tok) {
  static const char *const NOT_OPENING[] = {"la", "le", "der", "den", "do", "y",
                                            "abu", "ben", "ould", "ag"};
  if (!fg_name_is_particle(tok->norm) || fg_name_is_article(tok->norm))
    return false;
  for (size_t i = 0; i < sizeof NOT_OPENING / sizeof *NOT_OPENING; i++)
    if (fg_tok_is(tok, NOT_OPENING[i]))
      return false;
  return true;
}

/* "Hendrik de Vries", "Johan van der Berg", "Ali bin Hamad": one
 * capitalised word, a lower-case surname particle (maybe two: "van
 * der"), then one or two capitalised words, none a head noun nor a
 * gazetteer name ("Tour de France", "Banco de Chile"), is a person's
 * name. */
static bool particle_surname(const FgDocAnalysis *doc, size_t first, size_t last) {
  if (last < first + 3 || !(tok_at(doc, first)->flags & FG_TOK_CAP) || is_head(doc, first))
    return false;
  size_t k = first + 1;
  if (!opens_surname(tok_at(doc, k)) || (tok_at(doc, k)->flags & FG_TOK_CAP))
    return false;
  if (!(tok_at(doc, k + 1)->flags & FG_TOK_CAP) && fg_name_is_particle(tok_at(doc, k + 1)->norm))
    k++;
  if (last - (k + 1) < 1 || last - (k + 1) > 2)
    return false;
  for (size_t w = k + 1; w < last; w++)
    if (!is_word(tok_at(doc, w)) || !(tok_at(doc, w)->flags & FG_TOK_CAP) || is_head(doc, w))
      return false;
  FgBuf key;
  fg_buf_init(&key);
  GazMatch g = match_gazetteer(doc, k + 1, last, &key);
  fg_buf_free(&key);
  return g.end == 0;
}

/* "the Velm Democratic Forces", "the Patriotic Forces of Orsa": forces
 * whose name holds a cause (the list "cause-word") are an armed movement's,
 * not a state's armed forces. */
static bool cause_forces(const FgDocAnalysis *doc, size_t first, size_t last,
                         const FgToken *head) {
  if (!fg_tok_is(head, "forces"))
    return false;
  for (size_t k = first; k < last; k++)
    if (fg_lexicon_has(doc->lex, "cause-word", tok_at(doc, k)->norm, NULL))
      return true;
  return false;
}

/* "neighbouring X", "the country of X": lower-case words that say X is a
 * country (not "the Nation of X", a name's words). */
static bool country_before(const FgDocAnalysis *doc, size_t first, size_t sent_first) {
  size_t n = cue_words_before(doc, FG_LIST_COUNTRY_BEFORE, "country-before", first, sent_first);
  /* a sentence's first word is capitalised anyway ("Neighbouring X") */
  return n && (first - n == sent_first || !(tok_at(doc, first - n)->flags & FG_TOK_CAP));
}

static bool state_act_after(const FgDocAnalysis *doc, size_t last, size_t sent_last);

/* "Tarek Osk": a name of two words or more opening with a listed given
 * name is a person's ("the government of Tarek Osk" is his). */
static bool given_name_opens(const FgDocAnalysis *doc, size_t first, size_t last) {
  return last - first >= 2 && doc->name_lists &&
         (listed_as(doc, first, first + 1) & FG_NAMES_GIVEN);
}

/* "the army of Napoleon", "the government of Maduro": one word the lists
 * give as a given name or a surname and not as a place's is a person's. */
static bool lone_personal_name(const FgDocAnalysis *doc, size_t first, size_t last) {
  if (last != first + 1 || !doc->name_lists)
    return false;
  unsigned listed = listed_as(doc, first, last);
  return (listed & (FG_NAMES_GIVEN | FG_NAMES_SURNAME)) && !(listed & FG_NAMES_PLACE);
}

/* One capitalised word shaped as countries' names are (-ia, -stan; not
 * -land, which ends too many surnames) that no list gives as a given
 * name or a surname ("Maria", "Garcia"). */
static bool country_shaped(const FgDocAnalysis *doc, size_t t) {
  static const char *const ENDINGS[] = {"ia", "stan"};
  const char *w = tok_at(doc, t)->norm;
  size_t len = strlen(w);
  if (len < 5 || !(tok_at(doc, t)->flags & FG_TOK_CAP) ||
      (doc->name_lists && (listed_as(doc, t, t + 1) & (FG_NAMES_GIVEN | FG_NAMES_SURNAME))))
    return false;
  bool shaped = false;
  for (size_t i = 0; i < sizeof ENDINGS / sizeof ENDINGS[0]; i++)
    shaped |= len > strlen(ENDINGS[i]) && strcmp(w + len - strlen(ENDINGS[i]), ENDINGS[i]) == 0;
  return shaped;
}

/* "Velmaria joined the alliance", "Ostavia and Belmora signed": a
 * country-shaped word, or one coordinated after it, doing what only a
 * state does (the list "state-act", or a verb of list "conquest-verb") is
 * a country whatever the recognizer read. */
static bool country_shaped_actor(const FgDocAnalysis *doc, size_t first, size_t last,
                                 size_t sent_first, size_t sent_last) {
  if (last != first + 1)
    return false;
  bool shaped = country_shaped(doc, first) ||
                (first >= sent_first + 2 && fg_tok_is(tok_at(doc, first - 1), "and") &&
                 country_shaped(doc, first - 2) &&
                 (first - 2 == sent_first || !(tok_at(doc, first - 3)->flags & FG_TOK_CAP)));
  /* a conquest ("Tolvia occupied Arn") is a state's act too */
  return shaped && (state_act_after(doc, last, sent_last) ||
                    (last < sent_last &&
                     fg_lexicon_has(doc->lex, "conquest-verb", tok_at(doc, last)->norm, NULL)));
}

static bool state_target(const FgDocAnalysis *doc, size_t first, size_t sent_first,
                         size_t reach);

/* "Tolvia announced on Monday that it would join Y": a country-shaped
 * word reporting what "it" will do (a verb or an auxiliary after it, not
 * "it is", which may be anything) is no person, whom "it" never names. */
static bool reports_what_it_does(const FgDocAnalysis *doc, size_t first, size_t last,
                                 size_t sent_last) {
  if (last != first + 1 || !country_shaped(doc, first) || !doc->token_upos ||
      last >= sent_last || !has(doc, FG_LIST_REPORTING_VERB, tok_at(doc, last)))
    return false;
  for (size_t k = last + 1; k + 1 < sent_last && k <= last + 5; k++) {
    const FgToken *tok = tok_at(doc, k);
    if (!is_word(tok))
      return false;
    if (fg_tok_is(tok, "it"))
      return (doc->token_upos[k + 1] == FG_UPOS_AUX || doc->token_upos[k + 1] == FG_UPOS_VERB) &&
             !has(doc, FG_LIST_BE_AUX, tok_at(doc, k + 1));
  }
  return false;
}

/* "Belmira and Costavo signed a trade deal", "Velmora ratified the
 * treaty": a one-word name no names list gives a person's, or one
 * coordinated after it, whose verb of signing or ratifying (list
 * "signing-verb", up to three adverbs or auxiliaries between) has what
 * only states sign (list "state-deal", a few words on) as its object. */
static size_t after_conjunct(const FgDocAnalysis *doc, size_t t, size_t sent_last);

static bool state_deal_signer(const FgDocAnalysis *doc, size_t first, size_t last,
                              size_t sent_last) {
  if (last != first + 1 || !doc->name_lists || !doc->token_upos ||
      (listed_as(doc, first, last) & (FG_NAMES_GIVEN | FG_NAMES_SURNAME)))
    return false;
  size_t t = after_conjunct(doc, last, sent_last);
  for (size_t k = 0; k < 3 && t < sent_last &&
                     (doc->token_upos[t] == FG_UPOS_ADV || doc->token_upos[t] == FG_UPOS_AUX);
       k++)
    t++;
  if (t >= sent_last || !fg_lexicon_has(doc->lex, "signing-verb", tok_at(doc, t)->norm, NULL))
    return false;
  /* the object: "a", "the new", "a landmark free" before the deal's noun */
  for (size_t k = t + 1; k < sent_last && k <= t + 4; k++) {
    const FgToken *tok = tok_at(doc, k);
    if (!is_word(tok) || (tok->flags & FG_TOK_CAP))
      return false;
    if (list_entry_at(doc, "state-deal", k, false) ||
        (k + 1 < sent_last && list_entry_at(doc, "state-deal", k, true)))
      return true;
  }
  return false;
}

/* "Kestria's government", "Brastovia's president", "Tolvia's army",
 * "Tolvia, whose army",
 * "imposed by Kestria", "sanctions imposed by Kestria on Brastovia": a
 * one-word name shaped as countries' are (country_shaped) before a
 * country's attribute, or its possessive before a country's office or
 * forces; the agent of what only a state does (list "state-act"); or after
 * "on" or "against" up to five words after a state's sanctions (list
 * "state-target-noun"). */
static bool shaped_state_cue(const FgDocAnalysis *doc, size_t first, size_t last,
                             size_t sent_first, size_t sent_last, const char *attribute) {
  if (last != first + 1 || !country_shaped(doc, first))
    return false;
  /* "Tolvia, whose president ..." owns as "Tolvia's president" does */
  size_t owned = last + 2 < sent_last && fg_tok_is(tok_at(doc, last), ",") &&
                         fg_tok_is(tok_at(doc, last + 1), "whose")
                     ? last + 2
                     : last;
  if (attribute || (owned < sent_last &&
                    (owned > last || (tok_at(doc, last)->flags & FG_TOK_POSS)) &&
                    (attribute_after(doc, "country-office", owned, sent_last) ||
                     attribute_after(doc, "state-forces", owned, sent_last))))
    return true;
  if (first < sent_first + 2)
    return false;
  if (fg_tok_is(tok_at(doc, first - 1), "by"))
    return list_entry_at(doc, "state-act", first - 2, false) != NULL;
  return state_target(doc, first, sent_first, 5);
}

/* "the Velm Dockworkers Union", "the Union of Tarva Journalists": a
 * union named by its members' work (list "trade-union-word", or a person
 * noun's plural) is a trade union, no party. */
static bool trade_union(const FgDocAnalysis *doc, size_t first, size_t last,
                        const FgToken *head) {
  if (!fg_tok_is(head, "union"))
    return false;
  for (size_t k = first; k < last; k++)
    if (tok_at(doc, k) != head &&
        (fg_lexicon_has(doc->lex, "trade-union-word", tok_at(doc, k)->norm, NULL) ||
         singular_typing(doc, tok_at(doc, k)).kind == FG_KIND_PERSON))
      return true;
  return false;
}

/* A creed's or a nation's adjective ("Maoist", "Islamist", "Velmish"):
 * what it modifies is no name of its own. */
static bool creed_or_nation_word(const FgToken *tok) {
  size_t len = strlen(tok->norm);
  return (len > 3 && strcmp(tok->norm + len - 3, "ist") == 0) ||
         fg_text_demonym_like(tok->norm);
}

/* "the Kesh rebels", "Tarvo militants": a plural noun of an armed group's
 * men (list "armed-men") right after a name no head noun types names the
 * men's group; not after a nation's or a creed's adjective ("Velmish
 * rebels", "Maoist rebels"), nor after a possessive ("Velm's rebels"). */
static bool armed_men_after(const FgDocAnalysis *doc, size_t first, size_t last,
                            size_t sent_last) {
  const FgToken *name = tok_at(doc, last - 1);
  return last < sent_last && !(name->flags & FG_TOK_POSS) && !creed_or_nation_word(name) &&
         fg_lexicon_has(doc->lex, "armed-men", tok_at(doc, last)->norm, NULL) &&
         !(tok_at(doc, last)->flags & FG_TOK_CAP) && (last > first + 1 || !is_head(doc, first));
}

/* "the Alvarez campaign", "the Tarsk campaign": a one-word name right
 * before a candidate's noun (list "candidate-after"), a candidate's or
 * a war's. */
static bool name_before_campaign(const FgDocAnalysis *doc, size_t first, size_t last,
                                 size_t sent_last) {
  return last == first + 1 && last < sent_last && !(tok_at(doc, first)->flags & FG_TOK_POSS) &&
         !(tok_at(doc, last)->flags & FG_TOK_CAP) &&
         fg_lexicon_has(doc->lex, "candidate-after", tok_at(doc, last)->norm, NULL);
}

/* "the Liberty Front party", "the Sable Hand militia": an organisation's
 * noun (list "org-noun-after") right after the name wins over its own
 * head; not a pact the name makes ("the Velm alliance with Tarsk"), a
 * creed's or a nation's adjective ("the Islamist movement"), nor a noun
 * the group's own name follows ("the Kessel group Velm Holdings": Kessel
 * says where). */
static bool org_noun_after(const FgDocAnalysis *doc, size_t last, size_t sent_last,
                             const char **value) {
  if (last >= sent_last || (tok_at(doc, last)->flags & FG_TOK_CAP) ||
      creed_or_nation_word(tok_at(doc, last - 1)) ||
      !fg_lexicon_has(doc->lex, "org-noun-after", tok_at(doc, last)->norm, value))
    return false;
  if (last + 1 >= sent_last)
    return true;
  const FgToken *next = tok_at(doc, last + 1);
  return !(fg_tok_is(next, "with") || fg_tok_is(next, "between") || fg_tok_is(next, "against") ||
           (is_word(next) && (next->flags & FG_TOK_CAP)));
}

/* "Kesmira closed its border", "Pelmar recalled its ambassador": a
 * one-word name no list gives as a person's, then up to three verbs or
 * adverbs and "its" before a thing only a state has (list
 * "state-possession"); or, for a name shaped as countries' are, a
 * state's office ("Bralia said its president"). */
static bool state_possession_after(const FgDocAnalysis *doc, size_t first, size_t last,
                                   size_t sent_last) {
  if (last != first + 1 ||
      (doc->name_lists && (listed_as(doc, first, last) & (FG_NAMES_GIVEN | FG_NAMES_SURNAME))))
    return false;
  for (size_t t = last; t + 1 < sent_last && t <= last + 3; t++) {
    const FgToken *tok = tok_at(doc, t);
    if (fg_tok_is(tok, "its"))
      return fg_lexicon_has(doc->lex, "state-possession", tok_at(doc, t + 1)->norm, NULL) ||
             (country_shaped(doc, first) &&
              attribute_after(doc, "country-office", office_position(doc, t + 1, sent_last),
                              sent_last));
    /* only the name's verb between: not "X said it closed its border" */
    if (!is_word(tok) || (tok->flags & FG_TOK_CAP) || !doc->token_upos ||
        !(doc->token_upos[t] == FG_UPOS_VERB || doc->token_upos[t] == FG_UPOS_AUX ||
          doc->token_upos[t] == FG_UPOS_ADV))
      return false;
  }
  return false;
}

/* "Mercer & Lowe", "Pryor & Vance": names joined by "&" with no head noun
 * name a firm, not a person. */
static bool ampersand_firm(const FgDocAnalysis *doc, size_t first, size_t last) {
  for (size_t k = first + 1; k + 1 < last; k++)
    if (fg_tok_is(tok_at(doc, k), "&"))
      return true;
  return false;
}

static bool company_noun(const FgDocAnalysis *doc, const FgToken *tok) {
  const char *value = NULL;
  /* "the discounter X", "her record label, X": a business's noun that
   * heads no name (list "company-noun") */
  return (fg_tok_value(doc, FG_LIST_ORG_HEAD, tok, &value) && value && strcmp(value, "Company") == 0) ||
         fg_lexicon_has(doc->lex, "company-noun", tok->norm, NULL);
}

/* "firm Olsen & Dahl", "daily Arvel Herald", "broadcaster NTV": a
 * company's or a news outlet's noun at k, its own name right after. */
static bool company_noun_named(const FgDocAnalysis *doc, size_t k, size_t sent_last) {
  const char *value = NULL;
  const FgToken *noun = tok_at(doc, k);
  bool media = (fg_tok_value(doc, FG_LIST_ORG_HEAD, noun, &value) && value &&
                strcmp(value, "MediaOrganization") == 0) ||
               fg_lexicon_has(doc->lex, "media-opening", noun->norm, NULL) ||
               fg_lexicon_has(doc->lex, "outlet-noun", noun->norm, NULL);
  return k + 1 < sent_last && (media || company_noun(doc, noun)) &&
         !(tok_at(doc, k)->flags & FG_TOK_CAP) && is_word(tok_at(doc, k + 1)) &&
         (tok_at(doc, k + 1)->flags & FG_TOK_CAP);
}

/* "the Atlanta textile maker", "a Denver snack producer": a name the
 * names lists hold as a place, after an article and before up to three
 * lower-case words that end in a company's head noun heading its phrase,
 * is where the company is ("the Ford plant": no listed place, no
 * company's noun). So is one word the lists hold as no person's when the
 * firm's own name follows the noun ("the Brask firm Olsen & Dahl", "the
 * Velmar bank Sorvik Trust"): the word before says where, not who. */
static bool place_before_company_noun(const FgDocAnalysis *doc, size_t first, size_t last,
                                      size_t sent_first, size_t sent_last) {
  if (first == sent_first || !doc->name_lists || !has(doc, FG_LIST_DETERMINER, tok_at(doc, first - 1)))
    return false;
  uint8_t listed = listed_as(doc, first, last);
  bool place = listed & FG_NAMES_PLACE;
  /* "the Tolvian firm X": a nation's adjective, no town */
  if (!place && (last != first + 1 || (listed & (FG_NAMES_GIVEN | FG_NAMES_SURNAME)) ||
                 fg_text_demonym_like(tok_at(doc, first)->norm)))
    return false;
  for (size_t k = last; k < sent_last && k < last + 3; k++) {
    const FgToken *tok = tok_at(doc, k);
    if (!is_word(tok) || (tok->flags & FG_TOK_CAP))
      return false;
    if (company_noun(doc, tok) || company_noun_named(doc, k, sent_last))
      return heads_its_phrase(doc, k, sent_last) &&
             (place || company_noun_named(doc, k, sent_last));
  }
  return false;
}

/* "A Halden court convicted", "the Rostad district court": one word after
 * an article, before up to two lower-case words ending in a noun of
 * justice (list "court-noun", which the tree reads so too) that heads its
 * phrase, is the court's town; not a possessive ("Ekker's court case"),
 * nor a personal name the lists give as no place's ("the Simpson jury"). */
static bool town_before_court(const FgDocAnalysis *doc, size_t first, size_t last,
                              size_t sent_first, size_t sent_last) {
  if (last != first + 1 || first == sent_first || !doc->name_lists ||
      !has(doc, FG_LIST_DETERMINER, tok_at(doc, first - 1)))
    return false;
  uint8_t listed = listed_as(doc, first, last);
  if ((listed & (FG_NAMES_GIVEN | FG_NAMES_SURNAME)) && !(listed & FG_NAMES_PLACE))
    return false;
  for (size_t k = last; k < sent_last && k < last + 3; k++) {
    const FgToken *tok = tok_at(doc, k);
    if (!is_word(tok) || (tok->flags & FG_TOK_CAP))
      return false;
    if (fg_lexicon_has(doc->lex, "court-noun", tok->norm, NULL))
      return heads_its_phrase(doc, k, sent_last);
  }
  return false;
}

/* "Brentwood's Halloway Investments", "Fresno's Orrin Textiles Inc.": one
 * word the names lists hold as a place and not as a surname, whose
 * possessive opens a company's name of two words or more (a company's
 * head or legal form last), is the company's town; a surname would be its
 * owner ("Buffett's Berkshire Hathaway"). */
static bool town_owns_company(const FgDocAnalysis *doc, size_t first, size_t last,
                              size_t sent_first, size_t sent_last) {
  if (last != first + 1 || last + 3 > sent_last || !doc->name_lists ||
      !(tok_at(doc, last)->flags & FG_TOK_POSS) ||
      (listed_as(doc, first, last) & (FG_NAMES_PLACE | FG_NAMES_SURNAME)) != FG_NAMES_PLACE)
    return false;
  size_t end = scan_name(doc, last + 1, sent_first, sent_last);
  if (end < last + 3)
    return false;
  const FgToken *head = tok_at(doc, fg_name_head(doc, last + 1, end));
  const char *value = NULL;
  return legal_form(doc, head->norm) ||
         (fg_tok_value(doc, FG_LIST_ORG_HEAD, head, &value) && value && strcmp(value, "Company") == 0);
}

/* "from Selbury to Rosswick": a one-word name after "from" before "to"
 * and a capitalised word, or after "to" behind "from" and one, ends a
 * route, a place; only a context cue, so the recognizer's person keeps
 * "the post passed from Hale to Pike". */
static bool route_end(const FgDocAnalysis *doc, size_t first, size_t last, size_t sent_first,
                      size_t sent_last) {
  if (last != first + 1 || first < sent_first + 1)
    return false;
  const FgToken *before = tok_at(doc, first - 1);
  if (fg_tok_is(before, "from"))
    return last + 1 < sent_last && fg_tok_is(tok_at(doc, last), "to") &&
           (tok_at(doc, last + 1)->flags & FG_TOK_CAP);
  return fg_tok_is(before, "to") && first >= sent_first + 3 &&
         (tok_at(doc, first - 2)->flags & FG_TOK_CAP) && fg_tok_is(tok_at(doc, first - 3), "from");
}

/* "A Velmar court sentenced X", "a Velmar jury": a one-word name no names
 * list gives a person's right before a noun of justice (list court-noun)
 * is where the court sits; "the Simpson jury" is a listed surname's. */
static bool court_seat_before(const FgDocAnalysis *doc, size_t first, size_t last,
                              size_t sent_last) {
  return last == first + 1 && last < sent_last && doc->name_lists &&
         !(tok_at(doc, last)->flags & FG_TOK_CAP) &&
         fg_lexicon_has(doc->lex, "court-noun", tok_at(doc, last)->norm, NULL) &&
         !(listed_as(doc, first, last) & (FG_NAMES_GIVEN | FG_NAMES_SURNAME));
}

/* Whether the word at t is the last of a longer capitalised name
 * elsewhere in the document ("Dan Oste ... attacked Oste"). */
static bool ends_longer_name(const FgDocAnalysis *doc, size_t t) {
  const char *norm = tok_at(doc, t)->norm;
  for (size_t k = 1; k < doc->tok.token_count; k++)
    if (k != t && (tok_at(doc, k - 1)->flags & FG_TOK_CAP) && is_word(tok_at(doc, k - 1)) &&
        strcmp(tok_at(doc, k)->norm, norm) == 0)
      return true;
  return false;
}

/* "Tolvia invaded Arn", "the Kessel Front captured Sorn": a verb of
 * conquest (list conquest-verb) right after a capitalised word, a name,
 * takes a place as its one-word object (armed_target checks the rest). */
static bool named_conqueror(const FgDocAnalysis *doc, size_t first, size_t last,
                            size_t sent_first) {
  return last == first + 1 && first >= sent_first + 2 &&
         fg_lexicon_has(doc->lex, "conquest-verb", tok_at(doc, first - 1)->norm, NULL) &&
         is_word(tok_at(doc, first - 2)) && (tok_at(doc, first - 2)->flags & FG_TOK_CAP);
}

/* "Rebels attacked Dorsk", "Tolvian troops captured Ostrel": a one-word
 * name that no names list holds, right after a verb of taking or striking
 * a place (list armed-place-verb) whose subject, within four words before
 * it, is an armed force's noun (list armed-subject), or a name before a
 * verb of conquest (named_conqueror), is a place: not a
 * possessive ("captured Oste's aide"), nor a surname the document gives
 * with a given name. */
static bool armed_target(const FgDocAnalysis *doc, size_t first, size_t last, size_t sent_first,
                         size_t sent_last) {
  bool conquest = named_conqueror(doc, first, last, sent_first);
  if (last != first + 1 || first < sent_first + 2 || !doc->name_lists ||
      !(conquest ||
        fg_lexicon_has(doc->lex, "armed-place-verb", tok_at(doc, first - 1)->norm, NULL)) ||
      (last < sent_last && (tok_at(doc, last)->flags & FG_TOK_POSS)))
    return false;
  bool armed = conquest;
  for (size_t k = first - 1; k > sent_first && k + 5 > first && !armed; k--) {
    const FgToken *tok = tok_at(doc, k - 1);
    if (!is_word(tok))
      break;
    armed = fg_lexicon_has(doc->lex, "armed-subject", tok->norm, NULL);
  }
  return armed && !(listed_as(doc, first, last) & (FG_NAMES_GIVEN | FG_NAMES_SURNAME)) &&
         !ends_longer_name(doc, first);
}

/* "Mira Falls", "Cedar Springs": a name of two words or more ending in a
 * town's head (list town-head), which surnames share, is a town unless a
 * reporting verb beside it makes it a speaker ("Dean Springs said") or a
 * person's passive follows ("Quinn Springs was arrested"). */
static bool town_head(const FgDocAnalysis *doc, size_t first, size_t last, size_t sent_first,
                      size_t sent_last) {
  if (last - first < 2 || !fg_lexicon_has(doc->lex, "town-head", tok_at(doc, last - 1)->norm, NULL))
    return false;
  return !(last < sent_last && has(doc, FG_LIST_REPORTING_VERB, tok_at(doc, last))) &&
         !(first > sent_first && has(doc, FG_LIST_REPORTING_VERB, tok_at(doc, first - 1))) &&
         !passive_after(doc, last, sent_last, "victim-passive");
}

/* "Velmora's Civil Defense Authority", "X's Border Agency": after a
 * possessive at t, capitalised words with a service only a nation runs
 * (list national-service-word) ending in a state body's noun (list
 * office-noun-in-name) make the owner at first a country; not a person's
 * name (a listed given name first). */
static bool national_service_after(const FgDocAnalysis *doc, size_t first, size_t t,
                                   size_t sent_last) {
  if (doc->name_lists && (listed_as(doc, first, first + 1) & FG_NAMES_GIVEN))
    return false;
  bool national = false;
  size_t k = t;
  for (; k < sent_last && k < t + 5 && is_word(tok_at(doc, k)) && (tok_at(doc, k)->flags & FG_TOK_CAP);
       k++)
    national = national || fg_lexicon_has(doc->lex, "national-service-word", tok_at(doc, k)->norm, NULL);
  return national && k > t + 1 &&
         fg_lexicon_has(doc->lex, "office-noun-in-name", tok_at(doc, k - 1)->norm, NULL);
}

/* "Sela Copper", "Orvik Coal": a raw material (list "trade-head") after a
 * name no list gives as a given name, the material no listed surname,
 * names a company that trades it ("Anna Copper" is a person); an
 * airline's word (list "carrier-head") after any name a carrier ("Velda
 * Air"). */
static bool trade_named(const FgDocAnalysis *doc, size_t first, size_t last) {
  const char *head = tok_at(doc, last - 1)->norm;
  if (last - first >= 2 && fg_lexicon_has(doc->lex, "carrier-head", head, NULL))
    return true;
  if (last - first < 2 || !fg_lexicon_has(doc->lex, "trade-head", head, NULL))
    return false;
  return !doc->name_lists || !((listed_as(doc, first, first + 1) & FG_NAMES_GIVEN) ||
                               (listed_as(doc, last - 1, last) & FG_NAMES_SURNAME));
}

/* "Fennick Shipping Line", "Orvel Mining Works": a name of three words or
 * more whose last word no list knows as a head (of an organisation, a
 * place, an event, a title or a person) comes right after a trade's word
 * (list "industry-word"): a firm's. */
static bool trade_before_head(const FgDocAnalysis *doc, size_t first, size_t last,
                              const FgToken *head) {
  return last - first >= 3 && head == tok_at(doc, last - 1) &&
         fg_lexicon_has(doc->lex, "industry-word", tok_at(doc, last - 2)->norm, NULL) &&
         !fg_tok_in(doc, FG_LIST_ORG_HEAD, head) && !fg_tok_in(doc, FG_LIST_PLACE_HEAD, head) &&
         !fg_tok_in(doc, FG_LIST_EVENT_HEAD, head) && !has(doc, FG_LIST_PERSON_TITLE, head) &&
         !has(doc, FG_LIST_PERSON_NOUN, head);
}

/* The class a name's organisation head gives (list "org-head"), else
 * "Organization": an armed group for a cause's forces, no party for a
 * trade union. */
static const char *org_head_class(const FgDocAnalysis *doc, size_t first, size_t last,
                                  const FgToken *head) {
  const char *value = NULL;
  if (!fg_tok_value(doc, FG_LIST_ORG_HEAD, head, &value) || !value)
    return trade_before_head(doc, first, last, head) ? "Company" : "Organization";
  /* "the Tallis News Agency", "the Orvel Press Agency": a publisher's word
   * right before "agency" makes it a news agency, no state's agency */
  const char *before = NULL;
  if (fg_tok_is(head, "agency") && head == tok_at(doc, last - 1) && last - first >= 2 &&
      fg_tok_value(doc, FG_LIST_ORG_HEAD, tok_at(doc, last - 2), &before) && before &&
      strcmp(before, "MediaOrganization") == 0)
    return before;
  return cause_forces(doc, first, last, head)  ? "ArmedGroup"
         : trade_union(doc, first, last, head) ? "Organization"
                                                : value;
}

/* "the Dunmore shipyard", "the Varna customs office": a name of one or
 * two words after "the", then a lower-case noun of a body (list
 * "org-noun-in-name"), or a state's office noun (list
 * "office-noun-in-name") after a service word or a place's word, heading
 * its phrase, names that body: the end past the noun, *type its class;
 * else last. */
static size_t org_noun_in_name_end(const FgDocAnalysis *doc, size_t first, size_t last,
                                   size_t sent_first, size_t sent_last, const char **type) {
  if (first == sent_first || last - first > 2 || last + 1 >= sent_last ||
      !fg_tok_is(tok_at(doc, first - 1), "the") || (tok_at(doc, last - 1)->flags & FG_TOK_POSS))
    return last;
  const char *norm = tok_at(doc, last)->norm;
  bool modified = fg_lexicon_has(doc->lex, "state-service-word", norm, NULL) ||
                  fg_lexicon_has(doc->lex, "body-modifier", norm, NULL);
  size_t k = modified ? last + 1 : last;
  const FgToken *noun = tok_at(doc, k);
  const char *value = NULL;
  if (!is_word(noun) || (noun->flags & FG_TOK_CAP) || (tok_at(doc, last)->flags & FG_TOK_CAP) ||
      !fg_lexicon_has(doc->lex, modified ? "office-noun-in-name" : "org-noun-in-name",
                      noun->norm, &value) ||
      !value || !heads_its_phrase(doc, k, sent_last))
    return last;
  *type = value;
  return k + 1;
}

/* "Joan Mills", "Ana Steel": two words, a listed given name and a head
 * noun that is also a listed surname, name a person when no business word,
 * founding or purchase around them said company (type_unknown asks
 * those first). */
static bool given_name_and_surname(const FgDocAnalysis *doc, size_t first, size_t last) {
  if (!doc->name_lists || last - first != 2)
    return false;
  /* "Miro Brands": a business noun in the plural is a firm's head, however
   * the lists give it as a rare surname, but for the few plurals common as
   * surnames (list plural-surname-head: "Joan Mills") */
  const char *head = tok_at(doc, first + 1)->norm;
  size_t len = strlen(head);
  if (len > 3 && head[len - 1] == 's' && head[len - 2] != 's' &&
      !fg_lexicon_has(doc->lex, "plural-surname-head", head, NULL))
    return false;
  return (listed_as(doc, first, first + 1) & FG_NAMES_GIVEN) &&
         (listed_as(doc, first + 1, last) & FG_NAMES_SURNAME) &&
         !(listed_as(doc, first, last) & FG_NAMES_PLACE);
}

/* "Kelso Press, a publisher in Dunby": a noun that people and businesses
 * both bear (list "shared-role-noun") within the apposition after last
 * says nothing against the name's own head. */
static bool shared_role_apposed(const FgDocAnalysis *doc, size_t last, size_t sent_last) {
  for (size_t k = last + 1; k < sent_last && k <= last + 5; k++) {
    if (!is_word(tok_at(doc, k)))
      return false;
    if (fg_lexicon_has(doc->lex, "shared-role-noun", tok_at(doc, k)->norm, NULL))
      return true;
  }
  return false;
}

/* "Drelco will buy X, the company said": a one-word name opening its
 * sentence whose words a trailing ", the company (firm) said" reports is
 * that company (the recognizer may read it a person, or miss it); a
 * proper noun by the tagger ("Shares will rise, the company said" has
 * none), not a listed given name or surname ("Holt will join X"). */
static bool company_reports_after(const FgDocAnalysis *doc, size_t first, size_t last,
                                  size_t sent_first, size_t sent_last) {
  if (first != sent_first || last != first + 1 || !doc->token_upos ||
      doc->token_upos[first] != FG_UPOS_PROPN ||
      (doc->name_lists && (listed_as(doc, first, last) & (FG_NAMES_GIVEN | FG_NAMES_SURNAME))))
    return false;
  for (size_t k = last; k + 3 < sent_last; k++)
    if (fg_tok_is(tok_at(doc, k), ",") && fg_tok_is(tok_at(doc, k + 1), "the") &&
        (fg_tok_is(tok_at(doc, k + 2), "company") || fg_tok_is(tok_at(doc, k + 2), "firm")) &&
        has(doc, FG_LIST_REPORTING_VERB, tok_at(doc, k + 3)))
      return true;
  return false;
}

/* "Dastra's largest bank, Hollin Savings, agreed", "the carmaker,
 * Brindle Motors, said": a company's noun after a possessive or a
 * determiner, then the name between two commas, names the firm (the
 * phrase after no preposition: "In the bank, X said" opens a clause). */
static bool company_noun_apposed_before(const FgDocAnalysis *doc, size_t first, size_t last,
                                        size_t sent_first, size_t sent_last) {
  if (first < sent_first + 3 || last >= sent_last || !fg_tok_is(tok_at(doc, first - 1), ",") ||
      !fg_tok_is(tok_at(doc, last), ","))
    return false;
  const FgToken *noun = tok_at(doc, first - 2);
  if (!is_word(noun) || (noun->flags & FG_TOK_CAP) || !company_noun(doc, noun))
    return false;
  for (size_t k = first - 2; k > sent_first && k + 4 >= first - 2; k--) {
    const FgToken *tok = tok_at(doc, k - 1);
    if (has(doc, FG_LIST_DETERMINER, tok) || (tok->flags & FG_TOK_POSS))
      return k - 1 == sent_first || !has(doc, FG_LIST_PREPOSITION, tok_at(doc, k - 2));
    /* "Kenya's minister of finance, X": the noun is another's complement */
    if (!is_word(tok) || fg_tok_is(tok, "of") || has(doc, FG_LIST_PERSON_NOUN, tok) ||
        has(doc, FG_LIST_PERSON_TITLE, tok))
      return false;
  }
  return false;
}

/* "Dastra's largest bank", "Velmar's biggest carmaker": what is the
 * largest of its trade in a name is a place's, not a person's. */
static bool largest_firm_after(const FgDocAnalysis *doc, size_t last, size_t sent_last) {
  if (last + 2 >= sent_last || !(tok_at(doc, last)->flags & FG_TOK_POSS))
    return false;
  const char *adj = tok_at(doc, last + 1)->norm;
  size_t len = strlen(adj);
  return (strcmp(adj, "largest") == 0 || strcmp(adj, "biggest") == 0 ||
          strcmp(adj, "oldest") == 0 || (len > 4 && strcmp(adj + len - 3, "est") == 0 &&
                                         doc->token_upos && doc->token_upos[last + 1] == FG_UPOS_ADJ)) &&
         company_noun(doc, tok_at(doc, last + 2));
}

static bool creed_or_nation_word(const FgToken *tok);

/* A proper noun of one word, not in capitals, right after a verb, right
 * after "on", "against" or "with", or right before a verb (not opening its
 * sentence, where any word is capitalised); no nation's or creed's word
 * nor a deity's name, nor an initial ("T.M. sanctions"). */
static bool lone_argument_name(const FgDocAnalysis *doc, size_t t, size_t sent_first,
                               size_t sent_last) {
  if (t <= sent_first || !doc->token_upos || doc->token_upos[t] != FG_UPOS_PROPN ||
      (tok_at(doc, t)->flags & FG_TOK_UPPER) || creed_or_nation_word(tok_at(doc, t)) ||
      fg_lexicon_has(doc->lex, "deity-name", tok_at(doc, t)->norm, NULL))
    return false; /* "speaks English", "praised God" */
  if (strlen(tok_at(doc, t)->norm) < 2 ||
      (t + 1 < sent_last && fg_tok_is(tok_at(doc, t + 1), ".") &&
       !(tok_at(doc, t + 1)->flags & FG_TOK_SPACE)))
    return false;
  const FgToken *before = tok_at(doc, t - 1);
  /* a conjunct is typed by its conjuncts (conjunct_typing,
   * conjoined_countries); "attacked X", "visited X": a verb that takes
   * places types its object by its subject (armed_target) */
  if ((t + 2 < sent_last && (fg_tok_is(tok_at(doc, t + 1), "and") ||
                             fg_tok_is(tok_at(doc, t + 1), "or") ||
                             fg_tok_is(tok_at(doc, t + 1), ","))) ||
      fg_tok_is(before, "and") || fg_tok_is(before, "or") ||
      fg_lexicon_has(doc->lex, "armed-place-verb", before->norm, NULL))
    return false;
  return doc->token_upos[t - 1] == FG_UPOS_VERB || fg_tok_is(before, "on") ||
         fg_tok_is(before, "against") || fg_tok_is(before, "with") ||
         (t + 1 < sent_last && doc->token_upos[t + 1] == FG_UPOS_VERB);
}

/* A determiner right before the noun at noun, or before one lower-case
 * modifier of it ("the rock band", "the local station"). */
static bool determiner_opens(const FgDocAnalysis *doc, size_t noun, size_t sent_first) {
  size_t det = noun - 1;
  const FgToken *modifier = tok_at(doc, det);
  if (det > sent_first && is_word(modifier) && !(modifier->flags & FG_TOK_CAP) &&
      !has(doc, FG_LIST_DETERMINER, modifier))
    det--;
  return has(doc, FG_LIST_DETERMINER, tok_at(doc, det));
}

/* "the drummer X of the rock band Rust Pilots was arrested": an
 * organisation's own noun before the name, after a determiner and at most
 * one lower-case modifier, types it before the verbs after it do (they may
 * be the person's before the "of"); not "the band Ana Lind" (a given name). */
static Typing org_noun_before_typing(const FgDocAnalysis *doc, size_t first, size_t last,
                                     size_t sent_first) {
  if (first < sent_first + 2 || given_name_opens(doc, first, last))
    return (Typing){NULL, 0};
  Typing ty = noun_before_typing(doc, first, sent_first);
  if (!ty.type || ty.kind != FG_KIND_ORG)
    return (Typing){NULL, 0};
  return determiner_opens(doc, first - 1, sent_first) ? ty : (Typing){NULL, 0};
}

/* "played for Dunmore City", "a striker for Ashby Town": a name of two
 * words or more ending in a city's or a town's head, right after a
 * player's word of list club-before and "for", or right after a verb of
 * list club-join-verb ("joined Dunmore City"), is the club's. */
static bool town_named_club(const FgDocAnalysis *doc, size_t first, size_t last, size_t sent_first) {
  const char *place_class = NULL;
  if (last - first < 2 || first < sent_first + 1 ||
      !fg_tok_value(doc, FG_LIST_PLACE_HEAD, tok_at(doc, last - 1), &place_class) ||
      !place_class || strcmp(place_class, "City") != 0)
    return false;
  if (fg_lexicon_has(doc->lex, "club-join-verb", tok_at(doc, first - 1)->norm, NULL))
    return true;
  return first >= sent_first + 2 && fg_tok_is(tok_at(doc, first - 1), "for") &&
         fg_lexicon_has(doc->lex, "club-before", tok_at(doc, first - 2)->norm, NULL);
}

/* "in Lyon, Paris and Nice, the minister, ...": the name closes a
 * coordination whose previous name the recognizer reads as a place. */
static bool closes_place_list(const FgDocAnalysis *doc, size_t first, size_t sent_first) {
  if (first < sent_first + 2 || !doc->token_ner ||
      !(fg_tok_is(tok_at(doc, first - 1), "and") || fg_tok_is(tok_at(doc, first - 1), "or")))
    return false;
  return (doc->token_ner[first - 2] & (FG_TOKEN_NER_START - 1u)) == FG_NER_PLACE;
}

/* A capitalised word of a personal name's shape, or a hyphen and the
 * piece it joins ("Bazan-ser"): no head noun and no title. */
static bool personal_name_piece(const FgDocAnalysis *doc, size_t t, size_t first) {
  const FgToken *tok = tok_at(doc, t);
  if (t > first && fg_tok_is(tok, "-"))
    return joined(tok_at(doc, t - 1), tok);
  if (t > first && fg_tok_is(tok_at(doc, t - 1), "-") && joined(tok_at(doc, t - 1), tok))
    return is_word(tok);
  return is_word(tok) && (tok->flags & FG_TOK_CAP) && !(tok->flags & FG_TOK_UPPER) &&
         !is_head(doc, t) && !has(doc, FG_LIST_PERSON_TITLE, tok);
}

/* [first, last) reads as a person's full name: two or three capitalised
 * words (a hyphened piece belongs to its word), none a head noun or a
 * title. */
static bool personal_name_shape(const FgDocAnalysis *doc, size_t first, size_t last) {
  size_t words = 0;
  for (size_t t = first; t < last; t++) {
    if (!personal_name_piece(doc, t, first))
      return false;
    words += !(t > first && (fg_tok_is(tok_at(doc, t), "-") ||
                             fg_tok_is(tok_at(doc, t - 1), "-")));
  }
  return words >= 2 && words <= 3;
}

/* "of ZMV", "of the Arvel Party" from t: the end of the capitalised name
 * (initials too) after "of" and an optional "the"; t when none. */
static size_t of_name_end(const FgDocAnalysis *doc, size_t t, size_t sent_last) {
  if (t + 1 >= sent_last || !fg_tok_is(tok_at(doc, t), "of"))
    return t;
  size_t k = t + 1;
  if (fg_tok_is(tok_at(doc, k), "the"))
    k++;
  size_t start = k;
  while (k < sent_last && k < start + 5 && is_word(tok_at(doc, k)) &&
         (tok_at(doc, k)->flags & FG_TOK_CAP))
    k++;
  return k > start ? k : t;
}

/* "Ana Lind of ZMV and" before the conjunction at c: a full name of a
 * person's shape, "of" and a capitalised name. */
static bool person_of_name_before(const FgDocAnalysis *doc, size_t c, size_t sent_first) {
  for (size_t of = c; of > sent_first + 2 && of + 7 > c; of--) {
    if (!fg_tok_is(tok_at(doc, of - 1), "of"))
      continue;
    if (of_name_end(doc, of - 1, c + 1) != c)
      return false;
    for (size_t start = of - 1; start > sent_first && start + 6 > of; start--)
      if (personal_name_shape(doc, start - 1, of - 1) &&
          (start - 1 == sent_first || !personal_name_piece(doc, start - 2, sent_first)))
        return true;
    return false;
  }
  return false;
}

/* "and Piet Vos of FFH" after the name's "of" phrase ending at t: a
 * conjunction, then a full name of a person's shape, "of" and a
 * capitalised name. */
static bool person_of_name_after(const FgDocAnalysis *doc, size_t t, size_t sent_last) {
  if (t + 3 >= sent_last || !(fg_tok_is(tok_at(doc, t), "and") || fg_tok_is(tok_at(doc, t), ",")))
    return false;
  for (size_t of = t + 3; of < sent_last && of < t + 7; of++)
    if (fg_tok_is(tok_at(doc, of), "of"))
      return personal_name_shape(doc, t + 1, of) && of_name_end(doc, of, sent_last) > of;
  return false;
}

/* "councillors Ana Lind of ZMV and Piet Vos of FFH": in a list of names
 * each followed by "of" and the name of what they belong to, a name of a
 * person's shape conjoined to another such is a person's, whatever the
 * recognizer reads in the list (it takes the second for an organisation
 * conjoined to the first one's). */
static bool person_in_of_list(const FgDocAnalysis *doc, size_t first, size_t last,
                              size_t sent_first, size_t sent_last) {
  if (!personal_name_shape(doc, first, last))
    return false;
  size_t end = of_name_end(doc, last, sent_last);
  if (end == last)
    return false;
  return (first > sent_first + 4 &&
          (fg_tok_is(tok_at(doc, first - 1), "and") || fg_tok_is(tok_at(doc, first - 1), ",")) &&
          person_of_name_before(doc, first - 1, sent_first)) ||
         person_of_name_after(doc, end, sent_last);
}

/* "the station DXRZ", "the local network WQTV": a broadcaster's noun (list
 * "call-sign-noun"), after a determiner and at most one lower-case
 * modifier, right before a lone word of capitals names the broadcaster by
 * its call sign ("the station" alone is as often a building's). */
static bool call_sign_after_noun(const FgDocAnalysis *doc, size_t first, size_t last,
                                 size_t sent_first, size_t sent_last) {
  if (last != first + 1 || first < sent_first + 2 ||
      !fg_lexicon_has(doc->lex, "call-sign-noun", tok_at(doc, first - 1)->norm, NULL) ||
      (tok_at(doc, first - 1)->flags & FG_TOK_CAP) ||
      !bare_initialism(doc, first, sent_first, sent_last))
    return false;
  return determiner_opens(doc, first - 1, sent_first);
}

/* Types an unknown name from its head word and its context, and says how
 * strong the cue is. */
static Cue type_unknown(const FgDocAnalysis *doc, size_t first, size_t last,
                        size_t sent_first, size_t sent_last, bool titled) {
  const char *value = NULL;
  const FgToken *head = tok_at(doc, last - 1);
  /* "Council for National Salvation": the head comes before "for" */
  for (size_t k = first + 1; k + 1 < last; k++)
    if (!(tok_at(doc, k)->flags & FG_TOK_CAP) && has(doc, FG_LIST_NAME_CONNECTOR, tok_at(doc, k)) &&
        is_head(doc, k - 1)) {
      head = tok_at(doc, k - 1);
      break;
    }
  if (titled)
    return cue("Person", NULL, CUE_BOUND);
  Typing apposed = apposition_typing(doc, last, sent_last);
  /* a person apposed there describes the sentence's subject, not the
   * place list's last name (which a singular person noun cannot be) */
  if (apposed.kind == FG_KIND_PERSON && closes_place_list(doc, first, sent_first))
    apposed = (Typing){NULL, 0};
  if (!apposed.type)
    apposed = copula_typing(doc, last, sent_last);
  bool own_org_head = last - first >= 2 && fg_tok_in(doc, FG_LIST_ORG_HEAD, head) &&
                      !given_name_and_surname(doc, first, last);
  /* "Velmar AG, the Swiss commodities trader,": a legal form is only a
   * company's, whatever person's noun the apposition has */
  if (apposed.type && apposed.kind == FG_KIND_PERSON && own_org_head &&
      (shared_role_apposed(doc, last, sent_last) || legal_form(doc, head->norm)))
    return cue(org_head_class(doc, first, last, head), "Organization", CUE_BOUND);
  if (apposed.type)
    return (Cue){apposed, CUE_BOUND};
  /* "FC Varno", "AFC Torvale": a club's marker opens the name, whatever
   * verb or possession around it reads like a person's; a business's
   * head after it still names a business ("Real Capital Partners") */
  if (last - first >= 2 && fg_lexicon_has(doc->lex, "club-opening", tok_at(doc, first)->norm, NULL) &&
      !is_head(doc, last - 1))
    return cue("Organization", NULL, CUE_BOUND);
  if (call_sign_after_noun(doc, first, last, sent_first, sent_last))
    return cue("MediaOrganization", NULL, CUE_BOUND);
  Typing org_before = org_noun_before_typing(doc, first, last, sent_first);
  if (org_before.type)
    return (Cue){org_before, CUE_BOUND};
  if (who_follows(doc, first, last, sent_first, sent_last) ||
      person_verb_after(doc, first, last, sent_last) ||
      person_possession_after(doc, first, last, sent_last) ||
      killing_party(doc, first, last, sent_first, sent_last) ||
      person_crime_after(doc, first, last, sent_first, sent_last) ||
      person_noun_apposed_before(doc, first, last, sent_first, sent_last) ||
      title_of_phrase_apposed_before(doc, first, last, sent_first) ||
      person_by_treatment(doc, first, last, sent_first, sent_last) ||
      person_in_of_list(doc, first, last, sent_first, sent_last))
    return cue("Person", NULL, CUE_BOUND);
  /* "Nadir Foods, founded by ...": the head's class is the more precise */
  if (business_context_after(doc, last, sent_last) ||
      founded_after(doc, first, last, sent_last) ||
      founded_object(doc, first, sent_first))
    return cue(org_head_class(doc, first, last, head), "Organization", CUE_BOUND);
  if (company_object(doc, first, last, sent_first, sent_last) ||
      company_reports_after(doc, first, last, sent_first, sent_last) ||
      company_noun_apposed_before(doc, first, last, sent_first, sent_last))
    return cue("Company", NULL, CUE_BOUND);
  if (largest_firm_after(doc, last, sent_last))
    return cue("Place", NULL, CUE_BOUND);
  for (size_t k = first + 1; fg_tok_is(head, ".") && k + 4 <= last; k++)
    if (dotted_legal_form_end(doc, k, last) == last) /* "Varenne Textiles S.A." */
      return cue("Company", NULL, CUE_BOUND);
  if (org_noun_after(doc, last, sent_last, &value))
    return cue(value, "Organization", CUE_BOUND);
  /* "Rita Steel, 41, died": a listed given name and an age make a person
   * of a name with a business's head */
  if (fg_tok_in(doc, FG_LIST_ORG_HEAD, head))
    return given_name_and_surname(doc, first, last) ||
                   (given_name_opens(doc, first, last) && age_after(doc, last, sent_last))
               ? cue("Person", NULL, CUE_BOUND)
               : cue(org_head_class(doc, first, last, head), "Organization", CUE_BOUND);
  /* "Pinecrest Capital": an investment firm's head, kept out of org-head
   * since "the capital" before or after a name is a city */
  if (last - first >= 2 && fg_lexicon_has(doc->lex, "company-head-not-alone", head->norm, NULL))
    return cue("Company", NULL, CUE_BOUND);
  if (ampersand_firm(doc, first, last) || trade_named(doc, first, last) ||
      trade_before_head(doc, first, last, head))
    return cue("Company", NULL, CUE_BOUND);
  /* "Velskor United", "Harlow Rovers": a club's head after a name */
  if (last - first >= 2 && fg_lexicon_has(doc->lex, "club-head", head->norm, NULL))
    return cue("Organization", NULL, CUE_BOUND);
  /* "the Daily Varnet", "Radio Caribe": a newspaper's or a station's word
   * opens the name; not a place's head noun's ("Radio City") */
  if (last - first >= 2 && fg_lexicon_has(doc->lex, "media-opening", tok_at(doc, first)->norm, NULL) &&
      !fg_tok_in(doc, FG_LIST_PLACE_HEAD, head))
    return cue("MediaOrganization", NULL, CUE_BOUND);
  /* "Team Brastovia": a team's word opens the name, a country's or not */
  if (last - first >= 2 && fg_lexicon_has(doc->lex, "team-opening", tok_at(doc, first)->norm, NULL))
    return cue("Organization", NULL, CUE_BOUND);
  if (town_named_club(doc, first, last, sent_first))
    return cue("Organization", NULL, CUE_BOUND);
  /* "Lake Orvan", "Mount Teska": a natural feature's word opens the name */
  if (last - first >= 2 && fg_lexicon_has(doc->lex, "feature-opening", tok_at(doc, first)->norm, NULL))
    return cue("Place", NULL, CUE_BOUND);
  const char *attribute = country_attribute_after(doc, last, sent_last);
  /* not "Velorian Prime Minister X": a nation's adjective, not a name */
  if (((attribute && strcmp(attribute, "Country") == 0) ||
       state_troops_after(doc, first, last, sent_last) ||
       troops_from_before(doc, first, last, sent_first)) &&
      !fg_text_demonym_like(tok_at(doc, last - 1)->norm) &&
      !appointed_to_post(doc, first, last, sent_first, sent_last))
    return cue("Country", NULL, CUE_BOUND);
  /* "the capital of Vella County": a region's or a city's own head noun
   * says what the name is, whatever has a capital or a government */
  const char *place_class = NULL;
  bool own_place_head = last - first >= 2 && head == tok_at(doc, last - 1) &&
                        fg_tok_value(doc, FG_LIST_PLACE_HEAD, head, &place_class) &&
                        place_class && strcmp(place_class, "Country") != 0;
  if (!own_place_head &&
      (has_capital(doc, first, last, sent_first, sent_last) ||
       head_of_state_of(doc, first, sent_first) ||
       (country_before(doc, first, sent_first) && !given_name_opens(doc, first, last) &&
        !lone_personal_name(doc, first, last)) ||
       (last < sent_last && (tok_at(doc, last)->flags & FG_TOK_POSS) &&
        (fg_ministerial_office_after(doc, last, sent_last) ||
         national_service_after(doc, first, last + 1, sent_last))) ||
       country_shaped_actor(doc, first, last, sent_first, sent_last) ||
       reports_what_it_does(doc, first, last, sent_last) ||
       state_deal_signer(doc, first, last, sent_last) ||
       shaped_state_cue(doc, first, last, sent_first, sent_last, attribute) ||
       state_possession_after(doc, first, last, sent_last)))
    return cue("Country", NULL, CUE_BOUND);
  if (owns_a_place(doc, last, sent_last))
    return cue("Place", NULL, CUE_BOUND);
  if (armed_target(doc, first, last, sent_first, sent_last))
    return cue("Place", NULL, CUE_BOUND);
  /* "the Marlow County police chief": a region's head noun keeps it a
   * region; "Republican senator X": a party's word is no place */
  const char *local = fg_tok_in(doc, FG_LIST_PLACE_HEAD, head) ||
                              (last == first + 1 &&
                               fg_lexicon_has(doc->lex, "party-member-word", head->norm, NULL))
                          ? NULL
                          : local_office_beside(doc, first, last, sent_first, sent_last);
  if (local)
    return cue(local, "Place", CUE_BOUND);
  /* "the terrorist group X State": the noun before the name says what it
   * is over a place's or an event's head ("State" also heads regions'
   * names); an organisation's head is the more precise ("a group calling
   * itself X Sunna" is an armed group) */
  Typing before = noun_before_typing(doc, first, sent_first);
  if (!before.type)
    before = named_as_typing(doc, first, last, sent_first, sent_last);
  if (before.type)
    return (Cue){before, CUE_BOUND};
  if (armed_men_after(doc, first, last, sent_last))
    return cue("ArmedGroup", NULL, CUE_BOUND);
  /* the recognizer's organisation still wins ("Corriere della Sera") */
  if (particle_surname(doc, first, last))
    return cue("Person", NULL, CUE_VENUE);
  if (place_before_company_noun(doc, first, last, sent_first, sent_last) ||
      town_owns_company(doc, first, last, sent_first, sent_last))
    return cue("City", NULL, CUE_BOUND);
  if (town_before_court(doc, first, last, sent_first, sent_last) ||
      hometown_after_age(doc, first, sent_first) || hometown_of_both(doc, first, sent_first) ||
      hometown_of_identified(doc, first, last, sent_first, sent_last) ||
      hometown_before_person(doc, first, last, sent_first, sent_last) ||
      town_after_address(doc, first, last, sent_first) ||
      (first >= sent_first + 2 && party_letter_at(doc, first - 2, sent_first, sent_last)))
    return cue("Place", NULL, CUE_BOUND);
  if (town_head(doc, first, last, sent_first, sent_last))
    return cue("City", NULL, CUE_BOUND);
  /* "the Fallbrook School District": a region's head after an
   * organisation's yields to the recognizer as a building's does */
  bool district_of_org = last - first >= 2 && head == tok_at(doc, last - 1) &&
                         is_head(doc, last - 2) && has(doc, FG_LIST_ORG_HEAD, tok_at(doc, last - 2));
  bool facility = fg_tok_value(doc, FG_LIST_PLACE_HEAD, head, &value);
  /* "the Rev. Amos Tate of Grace Baptist Church": people are "of" a
   * building's congregation or staff, not of the building */
  size_t person_first, of_first = first;
  if (of_first > sent_first && fg_tok_is(tok_at(doc, of_first - 1), "the"))
    of_first--;
  if (facility && value && strcmp(value, "Facility") == 0 &&
      name_before_of(doc, of_first, sent_first, &person_first) >= 2)
    return cue("Organization", NULL, CUE_BOUND);
  if (facility) /* a region is no venue */
    return cue(value, "Place",
               value && (strcmp(value, "Facility") == 0 || district_of_org) &&
                       !at_venue(doc, first, sent_first)
                   ? CUE_VENUE
                   : CUE_BOUND);
  /* "Tolvian Airways Flight 9": a name ending in "Flight" before its
   * number is a flight, no person */
  if (last - first >= 2 && head == tok_at(doc, last - 1) && fg_tok_is(head, "flight") &&
      last < sent_last && (tok_at(doc, last)->flags & FG_TOK_NUM))
    return cue("Event", NULL, CUE_BOUND);
  /* "Lumo Games acquired X", "bought Orin Games": a name an event's head
   * may end ("games", not a sure one) that buys, sells or makes is a firm */
  if (last - first >= 2 && fg_tok_in(doc, FG_LIST_EVENT_HEAD, head) &&
      !fg_lexicon_has(doc->lex, "event-head-sure", head->norm, NULL) &&
      business_act_beside(doc, first, last, sent_first, sent_last))
    return cue("Company", NULL, CUE_BOUND);
  /* "join the Arden Pact", "quit the Tarsk Accord": the named treaty a
   * state joins or leaves stands for the bloc its members form (list
   * "bloc-treaty-head"; "signed the Arden Pact" stays an event) */
  if (last - first >= 2 && fg_lexicon_has(doc->lex, "bloc-treaty-head", head->norm, NULL) &&
      first >= sent_first + 2 && fg_tok_is(tok_at(doc, first - 1), "the") &&
      fg_lexicon_has(doc->lex, "bloc-member-verb", tok_at(doc, first - 2)->norm, NULL))
    return cue("Organization", NULL, CUE_BOUND);
  /* "the Arvel Science Fair": a head no institution's name ends in */
  if (fg_tok_value(doc, FG_LIST_EVENT_HEAD, head, &value))
    return cue(value, "Event",
               fg_lexicon_has(doc->lex, "event-head-sure", head->norm, NULL) ? CUE_BOUND
                                                                            : CUE_VENUE);
  if (member_of_before(doc, first, last, sent_first, sent_last) ||
      workplace_after_person_noun(doc, first, last, sent_first))
    return cue("Organization", NULL, CUE_BOUND);
  const char *org_role = before_org_role(doc, last, sent_last);
  /* "works for X", "who chairs X"; not "who chairs X's committee" */
  bool owns = last < sent_last && (tok_at(doc, last)->flags & FG_TOK_POSS);
  if ((org_role && strcmp(org_role, "Organization") == 0) ||
      spokesperson_for(doc, first, sent_first) ||
      (!owns && cue_words_before(doc, FG_LIST_ORG_BEFORE, "org-before",
                                  epithet_before(doc, first, sent_first), sent_first)))
    return cue("Organization", NULL, CUE_BOUND);
  if (headquarters_in_after(doc, last, sent_last) || based_after(doc, first, last, sent_last))
    return cue("Organization", NULL, CUE_BOUND);
  if (last < sent_last && fg_tok_value(doc, FG_LIST_PLACE_AFTER, tok_at(doc, last), &value))
    return cue(value, "Place", CUE_BOUND);
  /* the recognizer's organisation keeps its seat (CUE_VENUE) */
  if (located_after(doc, last, sent_last))
    return cue("Place", NULL, CUE_VENUE);
  if (comma_country_after(doc, last, sent_last))
    return cue("Place", NULL, CUE_BOUND);
  if (last == first + 1 && unknown_country_code_at(doc, first, sent_last))
    return cue("Country", NULL, CUE_BOUND);
  /* "Kestrel Bank of Montreal": the city a company's name ends before */
  if (seat_before(doc, first, sent_first, sent_last, city_seat_at))
    return cue("City", NULL, CUE_BOUND);
  if (seat_before(doc, first, sent_first, sent_last, academy_country_at))
    return cue("Country", NULL, CUE_BOUND);
  /* "the nation's capital, X": the apposition names the capital */
  if (first >= sent_first + 2 && fg_tok_is(tok_at(doc, first - 1), ",") &&
      fg_tok_is(tok_at(doc, first - 2), "capital"))
    return cue("City", NULL, CUE_BOUND);
  if (in_dateline(doc, last, sent_first, sent_last))
    return cue("Place", NULL, CUE_BOUND);
  if (last + 1 < sent_last && fg_tok_is(tok_at(doc, last), "-") &&
      (has(doc, FG_LIST_BASED_PARTICIPLE, tok_at(doc, last + 1)) ||
       has(doc, FG_LIST_ORIGIN_PARTICIPLE, tok_at(doc, last + 1))))
    return cue("Place", NULL, CUE_BOUND); /* "Limassol-based", "Toledo-born" */
  /* "the Kessaria-backed militia", "a KLR-led force": the one word hyphened
   * to a participle of backing or leading is the agent; a country-shaped
   * word is a state, initials an organisation (other words may be anyone's) */
  if (last == first + 1 && modifier_compound(doc, first, sent_last) && is_word(tok_at(doc, first))) {
    if (country_shaped(doc, first))
      return cue("Country", NULL, CUE_BOUND);
    if ((tok_at(doc, first)->flags & FG_TOK_UPPER) && strlen(tok_at(doc, first)->norm) >= 2)
      return cue("Organization", NULL, CUE_BOUND);
  }
  /* "the city of X", "the suburb of X" say what X is, as an apposition
   * does; "in X" says only where something is */
  size_t place_cue = place_cue_before(doc, first, sent_first);
  /* "the city of X", "the Texas town of X": a city, which no act a state's
   * too ("declared an emergency") makes a country */
  if (place_cue == 2 && fg_tok_is(tok_at(doc, first - 1), "of") &&
      fg_tok_value(doc, FG_LIST_PLACE_HEAD, tok_at(doc, first - 2), &value) && value &&
      strcmp(value, "City") == 0)
    return cue(value, NULL, CUE_BOUND);
  if (place_cue)
    return cue("Place", NULL,
               place_cue == 2 || unlisted_town(doc, first, last, sent_first, sent_last)
                   ? CUE_BOUND
                   : CUE_CONTEXT);
  if (route_end(doc, first, last, sent_first, sent_last))
    return cue("Place", NULL, CUE_CONTEXT);
  if (court_seat_before(doc, first, last, sent_last))
    return cue("Place", NULL, CUE_CONTEXT);
  /* not "the Ostravian government": a nation's adjective, not a name */
  if (attribute && !fg_text_demonym_like(tok_at(doc, last - 1)->norm))
    return cue("Country", NULL, CUE_CONTEXT); /* narrows a place, see decide_type */
  /* bound: people are not "the X-based" one, whatever the recognizer says */
  if (after_based_compound(doc, first, sent_first))
    return cue("Organization", NULL, CUE_BOUND);
  /* "spokeswoman for the Alvarez campaign": a candidate's surname (when
   * the lists know it), never the armed group a spokeswoman speaks for */
  bool campaign = name_before_campaign(doc, first, last, sent_last);
  if (campaign && doc->name_lists && (listed_as(doc, first, last) & FG_NAMES_SURNAME))
    return cue("Person", NULL, CUE_CONTEXT);
  if (!campaign && cue_within(doc, first, sent_first, 3, FG_LIST_GROUP_CUE))
    return cue("ArmedGroup", NULL, CUE_CONTEXT);
  if (org_role)
    return cue("Organization", NULL, CUE_CONTEXT);
  /* "the BK President", "BK forces shelled": initials before what a state
   * has (its office, troops or forces) are a country's, where no cue
   * above made them an organisation's */
  if (last == first + 1 && bare_initialism(doc, first, sent_first, sent_last))
    return cue(last < sent_last && (attribute_after(doc, "country-office", last, sent_last) ||
                                    state_troops_after(doc, first, last, sent_last) ||
                                    attribute_after(doc, "state-forces", last, sent_last) ||
                                    fg_tok_is(tok_at(doc, last), "forces"))
                   ? "Country"
                   : "Organization",
               NULL, CUE_CONTEXT);
  if (statement_after(doc, last, sent_last))
    return cue("Organization", NULL, CUE_CONTEXT);
  /* "condemned Tolvia", "accused Ravalia of": a word shaped as countries'
   * names are, right after a verb, that nothing else types; weaker than a
   * context cue, so that the recognizer's class or any other mention's
   * typing wins ("the capital, Ostravia") */
  if (last == first + 1 && first > sent_first && doc->token_upos &&
      doc->token_upos[first - 1] == FG_UPOS_VERB && country_shaped(doc, first))
    return cue("Country", NULL, CUE_NONE);
  /* "accused Velmora of", "sanctions on Velmora", "then Velmora hit
   * back": a lone proper noun the recognizer left out, in a verb's
   * argument slot, is a name; a single unknown word is a person's (as a
   * titled one is) unless a state's sanctions fall on it. The weakest cue:
   * the recognizer's class and any other mention's typing win. */
  if (last == first + 1 && lone_argument_name(doc, first, sent_first, sent_last))
    return cue(state_target(doc, first, sent_first, 5) ? "Country" : "Person", NULL, CUE_NONE);
  return (Cue){{NULL, 0}, CUE_NONE};
}

/* A country cue narrows the recognizer's place: it has no class of its
 * own for countries. */
static bool narrows(Cue c, Typing ner) {
  return c.typing.kind == FG_KIND_COUNTRY && ner.kind == FG_KIND_PLACE;
}

/* The one rule between the cues and the entity recognizer, for a name the
 * gazetteer does not know (a gazetteer entry keeps its own class):
 *  - what is bound to the name itself decides: a title, an apposition, a
 *    noun right before it, its head noun ("X Party", "X University");
 *  - a head noun that names a building or an event ("X Church", "X
 *    Conference") yields to the recognizer when it reads an organisation,
 *    since institutions take the names of their buildings and meetings;
 *  - a country cue narrows the recognizer's place ("the X government");
 *  - otherwise the recognizer's class wins over the words around the name
 *    ("at X", "in X"), which say where something is, not what it is;
 *  - with neither, the context cue, else nothing (the caller's default).
 * ner_type is the class the recognizer gave the name's head, or NULL. */
static Typing decide_type(Cue c, const char *ner_type) {
  if (!ner_type || c.strength == CUE_BOUND)
    return c.typing;
  Typing ner = typing_of(ner_type);
  if (c.strength == CUE_VENUE)
    return ner.kind == FG_KIND_ORG ? ner : c.typing;
  if (c.strength != CUE_NONE && narrows(c, ner))
    return c.typing;
  return ner;
}

/* The FG_NAMES_* bits of the words [first, last) as written. */
static uint8_t listed_as(const FgDocAnalysis *doc, size_t first, size_t last) {
  const FgToken *a = tok_at(doc, first), *b = tok_at(doc, last - 1);
  return fg_ner_names_kinds(doc->name_lists, doc->text + a->begin, b->end - a->begin);
}

/* "Carl Hobbs", "Lucy Ann Ortiz": an unknown name of two or three
 * capitalised words, a listed given name first, a listed surname last
 * (ontology/names/), a listed name between, no head noun and no listed
 * city as a whole, reads as a person's whatever the recognizer, which
 * has not seen it, says ("Red Robin", "Roman Catholicism", "Royal
 * Caribbean" end in no surname). A title's word ("King") opens none. */
static bool listed_personal_name(const FgDocAnalysis *doc, size_t first, size_t last) {
  if (!doc->name_lists || last - first < 2 || last - first > 3 || is_head(doc, last - 1) ||
      has(doc, FG_LIST_PERSON_TITLE, tok_at(doc, first)))
    return false;
  for (size_t k = first; k < last; k++) {
    const FgToken *w = tok_at(doc, k);
    if (!is_word(w) || !(w->flags & FG_TOK_CAP) || (w->flags & FG_TOK_UPPER))
      return false;
  }
  /* two words may end in a given name used as a surname ("Ray Beckett") */
  uint8_t last_as = last - first == 2 ? FG_NAMES_SURNAME | FG_NAMES_GIVEN : FG_NAMES_SURNAME;
  return (listed_as(doc, first, first + 1) & FG_NAMES_GIVEN) &&
         (listed_as(doc, last - 1, last) & last_as) &&
         (last - first == 2 ||
          (listed_as(doc, first + 1, first + 2) & (FG_NAMES_GIVEN | FG_NAMES_SURNAME))) &&
         !(listed_as(doc, first, last) & FG_NAMES_PLACE);
}

/* ---- entity assignment ---- */

static char *span_text(const FgDocAnalysis *doc, size_t first, size_t last) {
  const FgToken *a = tok_at(doc, first), *b = tok_at(doc, last - 1);
  return fg_arena_strndup(doc->arena, doc->text + a->begin, b->end - a->begin);
}

/* A spelling of entity e; each is kept once. The key table knows which
 * it has, "form<TAB>ENTITY<TAB>spelling", so that an entity spelled 40,000
 * ways is not searched once per mention. */
static bool add_form(Finder *f, uint32_t e, size_t first, size_t last) {
  const FgToken *a = tok_at(f->doc, first), *b = tok_at(f->doc, last - 1);
  const char *form = f->doc->text + a->begin;
  size_t len = b->end - a->begin;
  FgLocalEntity *ent = entity(f, e);
  ent->weight++;
  char number[16];
  snprintf(number, sizeof number, "%u\t", (unsigned)e);
  fg_buf_clear(&f->filed_key);
  if (!fg_buf_append_str(&f->filed_key, "form\t") ||
      !fg_buf_append_str(&f->filed_key, number) || !fg_buf_append(&f->filed_key, form, len))
    return false;
  if (find_key(f, &f->filed_key) != FG_NONE)
    return true;
  return remember_key(f, &f->filed_key, e) && fg_buf_append(&ent->forms, form, len) &&
         fg_buf_append_char(&ent->forms, '\n');
}

/* A document names the same few places and bodies again and again: the
 * entries seen last are remembered, sparing the "gaz:" key and its hash.
 * A slot taken by another entry only sends this one to the key table. */
static uint32_t gazetteer_entity(Finder *f, int32_t entry) {
  GazSlot *seen = &f->gaz_seen[(uint32_t)entry % GAZ_SLOTS];
  if (seen->entry == (uint32_t)entry + 1)
    return seen->entity;
  const FgGazEntry *g = fg_gazetteer_entry(f->doc->gaz, (size_t)entry);
  if (!identity_key(f, "gaz:", g->slug))
    return FG_NONE;
  uint32_t e = find_key(f, &f->id_key);
  if (e == FG_NONE) {
    Typing ty = typing_of(g->type);
    e = new_entity(f, f->id_key.data, g->label, ty.type, ty.kind, entry);
    if (e != FG_NONE && !remember_key(f, &f->id_key, e))
      e = FG_NONE;
  }
  if (e != FG_NONE)
    *seen = (GazSlot){(uint32_t)entry + 1, e};
  return e;
}

/* The country a gazetteer hit names, by name or demonym; FG_NONE for
 * anything else. */
static uint32_t country_of_hit(Finder *f, const FgNameHit *hit) {
  int32_t entry = hit->demonym >= 0 ? hit->demonym : hit->name;
  if (entry < 0 || strcmp(fg_gazetteer_entry(f->doc->gaz, (size_t)entry)->type, "Country") != 0)
    return FG_NONE;
  return gazetteer_entity(f, entry);
}

typedef struct {
  FgBuf lookup, match, skeleton;
  bool has_skeleton; /* most names never need theirs: made on demand */
} Keys;

static bool make_keys(const FgDocAnalysis *doc, size_t first, size_t last, Keys *k) {
  fg_buf_clear(&k->lookup);
  fg_buf_clear(&k->match);
  k->has_skeleton = false;
  return fg_name_lookup_key(doc->tok.tokens, first, last, &k->lookup) &&
         fg_name_match_key(fg_buf_cstr(&k->lookup), false, &k->match);
}

/* The skeleton key of the name make_keys saw last, or NULL when out of
 * memory. */
static const char *skeleton_key(Keys *k) {
  if (!k->has_skeleton) {
    fg_buf_clear(&k->skeleton);
    if (!fg_name_match_key(fg_buf_cstr(&k->lookup), true, &k->skeleton))
      return NULL;
    k->has_skeleton = true;
  }
  return fg_buf_cstr(&k->skeleton);
}

/* Files a person under every tail of their name ("diouf", "kane diouf")
 * as "surname", the last word of their skeleton as "fuzzy" and their
 * first word as "given". A surname stays with the first person filed: the
 * one the article introduced, whose relatives it names in full ("his
 * father X Y Kessel"); for the others the later person wins. */
static bool file_person(Finder *f, const FgLocalEntity *e, uint32_t i) {
  const char *name = e->key + 5;
  bool ok = true;
  for (const char *p = strchr(name, ' '); ok && p; p = strchr(p + 1, ' ')) {
    /* two people of one surname: "surname-shared" says so */
    uint32_t before = FG_NONE;
    ok = filed_entity(f, "surname", p + 1, &before) &&
         (before == FG_NONE || before == i || file_entity(f, "surname-shared", p + 1, i, false)) &&
         file_entity(f, "surname", p + 1, i, false);
  }
  if (ok && e->skeleton)
    ok = file_entity(f, "fuzzy", fg_name_last_word(e->skeleton), i, true);
  size_t given = strcspn(name, " ");
  uint32_t before = FG_NONE;
  if (ok && name[given] && (ok = kind_key(f, "given", name, given)))
    before = find_key(f, &f->filed_key);
  /* two people of one given name: "Daniel" alone is neither */
  if (ok && before != FG_NONE && before != i)
    ok = file_entity_len(f, "given-shared", name, given, i, true);
  if (ok && name[given])
    ok = file_entity_len(f, "given", name, given, i, true);
  return ok;
}

/* A new person's skeleton: kept on the entity, filed, and the person filed
 * by their name's parts (file_person). */
static bool file_new_person(Finder *f, uint32_t e, const char *skeleton) {
  return (entity(f, e)->skeleton = strdup(skeleton)) != NULL &&
         file_entity(f, "skeleton", skeleton, e, false) && file_person(f, entity(f, e), e);
}

/* Before the one-word names: files the document's organisations by
 * acronym, the first winning (define_acronyms may have changed them). The
 * full personal names were filed as they were made, in this order too. */
static bool file_acronyms(Finder *f) {
  FgLocalEntities *es = f->doc->entities;
  bool ok = true;
  for (size_t i = f->doc->first_entity; ok && i < es->count; i++)
    if (es->items[i].acronym)
      ok = file_entity(f, "acronym", es->items[i].acronym, (uint32_t)i, false);
  return ok;
}

/* *e gets the person whose last name(s) match a surname key; the
 * transliteration-tolerant skeleton and the given name ("Mr. Yonas", as
 * Ethiopians and Eritreans are called) only for a titled mention, so that
 * a place like Guaviare never becomes Gaviria. */
static bool find_surname(Finder *f, Keys *k, bool titled, uint32_t *e) {
  const char *match = fg_buf_cstr(&k->match);
  if (!filed_entity(f, "surname", match, e))
    return false;
  if (*e == FG_NONE && titled) {
    const char *skeleton = skeleton_key(k);
    if (!skeleton || !filed_entity(f, "fuzzy", skeleton, e))
      return false;
  }
  return *e != FG_NONE || !titled || filed_entity(f, "given", match, e);
}

/* ---- the passes ---- */

/* Where the words around a mention put its name: in a place's position
 * ("in X", "across X", "the town of X"; not after words people take too,
 * list place-before-people: "shot at X", "reached X by phone"), or in a
 * person's (a title, a cue typing a person, a reporting verb beside it, a
 * person's noun in an apposition, a person's passive or pronoun after). */
enum { SIDE_PLACE = 1, SIDE_PERSON = 2 };

static uint8_t position_side(const FgDocAnalysis *doc, Cue c, size_t first, size_t last,
                             const FgSentence *s, bool titled) {
  bool person = titled || (c.typing.type && c.typing.kind == FG_KIND_PERSON) ||
                (last < s->last && has(doc, FG_LIST_REPORTING_VERB, tok_at(doc, last))) ||
                (first > s->first && has(doc, FG_LIST_REPORTING_VERB, tok_at(doc, first - 1))) ||
                passive_after(doc, last, s->last, "victim-passive");
  /* "X, the mayor,": a person's noun in an apposition */
  for (size_t k = last + 1; !person && k < s->last && k < last + 3 &&
                            fg_tok_is(tok_at(doc, last), ",");
       k++)
    person = has(doc, FG_LIST_PERSON_NOUN, tok_at(doc, k)) ||
             has(doc, FG_LIST_PERSON_TITLE, tok_at(doc, k));
  for (size_t k = last; !person && k < s->last && k < last + 3; k++)
    person = fg_tok_is(tok_at(doc, k), "he") || fg_tok_is(tok_at(doc, k), "she") ||
             fg_tok_is(tok_at(doc, k), "his");
  if (person)
    return SIDE_PERSON;
  bool place = c.typing.type && c.typing.kind == FG_KIND_PLACE && c.strength == CUE_CONTEXT &&
               !(first > s->first &&
                 fg_lexicon_has(doc->lex, "place-before-people", tok_at(doc, first - 1)->norm, NULL));
  return place ? SIDE_PLACE : 0;
}

typedef struct {
  uint32_t first, last, sentence;
  bool titled;
  bool recognized; /* the entity recognizer found and typed it */
  uint8_t weight;  /* how surely typing was found: 3 a bound cue, 2 the
                      recognizer, 1 the context, 0 nothing */
  Typing typing;
  bool owner; /* its possessive opens a person's full name: typed surely */
  bool issuer; /* nothing but "said in a statement" (or a person's verb
                 after: "lives", a town's company after: "Brentwood's
                 Halloway Investments") types it: a name even as a
                 sentence's first word */
  uint32_t country; /* the country its first words name, or FG_NONE */
  uint32_t demonym_of; /* 1 + the candidate whose country this word is the
                          adjective of ("Dravonian" of "Dravonia"), or 0 */
  uint8_t side; /* SIDE_* bits: where the words around this mention put it */
  bool unnamed_state; /* the adjective of a country the article does not
                         name ("the Ardanian army"; unnamed_state_adjective) */
} NameCand;

/* The unknown names take_name found, for the passes after it; grown as
 * found, up to max (later ones are dropped). */
typedef struct {
  NameCand *items;
  size_t count, cap, max;
  bool failed; /* out of memory */
} Cands;

static void add_cand(Cands *c, NameCand cand) {
  if (c->count == c->max || c->failed)
    return;
  NameCand *items = fg_grow(c->items, c->count + 1, &c->cap, sizeof *items);
  if (!items) {
    c->failed = true;
    return;
  }
  c->items = items;
  c->items[c->count++] = cand;
}

/* Whether the capitalised run is exactly a descriptor: "Interior Ministry". */
static bool is_descriptor(const FgDocAnalysis *doc, size_t first, size_t last) {
  /* nearly every run starts with no descriptor's word: skip the scan */
  if (!fg_tok_starts(doc, FG_LIST_DESCRIPTOR, tok_at(doc, first)))
    return false;
  const FgWordList *lists[32];
  size_t n = fg_lexicon_lists(doc->lex, "descriptor", lists, 32);
  for (size_t l = 0; l < n && l < 32; l++)
    for (size_t w = 0; w < lists[l]->words.count; w++)
      if (fg_words_match(&lists[l]->words.seqs[w], doc->tok.tokens, first, last) == last)
        return true;
  return false;
}

/* The end of the capitalised words from t that the title-domain list
 * holds ("Foreign Affairs"), no title among them; `loose` more words
 * outside the list may come first or between them. */
static size_t domain_words_end(const FgDocAnalysis *doc, size_t t, size_t last, int loose) {
  size_t end = t;
  for (; end < last && is_word(tok_at(doc, end)) && (tok_at(doc, end)->flags & FG_TOK_CAP) &&
         !has(doc, FG_LIST_PERSON_TITLE, tok_at(doc, end));
       end++)
    if (!has(doc, FG_LIST_TITLE_DOMAIN, tok_at(doc, end)) && loose-- <= 0)
      break;
  return end;
}

static size_t capitalised_run_end(const FgDocAnalysis *doc, size_t t, size_t last) {
  while (t < last && is_word(tok_at(doc, t)) && (tok_at(doc, t)->flags & FG_TOK_CAP))
    t++;
  return t;
}

/* "Minister for Science and Technology", "of Culture, Youth and Sports":
 * a portfolio of words joined by commas and "and" (or "&"), each part
 * with one word at most outside the title-domain list; the part after
 * "and" is its first word and the domain words after it. The end of the
 * portfolio, or t when there is none. What follows must be a full name
 * or no name at all: in "President of Velm and Tomas Brenn" the words
 * after "and" are a person's. */
static size_t joined_portfolio_end(const FgDocAnalysis *doc, size_t t, size_t last) {
  size_t k = t;
  for (;;) {
    size_t part_end = domain_words_end(doc, k, last, 1);
    if (part_end == k || part_end + 1 >= last)
      return t;
    const FgToken *joint = tok_at(doc, part_end);
    if (fg_tok_is(joint, ",")) {
      k = part_end + 1;
      continue;
    }
    if (!fg_tok_is(joint, "and") && !fg_tok_is(joint, "&"))
      return t;
    size_t after = part_end + 1;
    if (!is_word(tok_at(doc, after)) || !(tok_at(doc, after)->flags & FG_TOK_CAP) ||
        has(doc, FG_LIST_PERSON_TITLE, tok_at(doc, after)))
      return t;
    size_t end = domain_words_end(doc, after + 1, last, 0);
    size_t name_words = capitalised_run_end(doc, end, last) - end;
    return name_words == 1 ? t : end;
  }
}

/* The end of "State" in "Secretary of State", "Foreign Affairs" in
 * "Minister of Foreign Affairs", "Science and Technology" in "Minister
 * for Science and Technology": capitalised words of a title, not a
 * name. */
static size_t title_domain_end(const FgDocAnalysis *doc, size_t t, size_t first, size_t last) {
  if (t < first + 2 || !(fg_tok_is(tok_at(doc, t - 1), "of") || fg_tok_is(tok_at(doc, t - 1), "for")) ||
      !has(doc, FG_LIST_PERSON_TITLE, tok_at(doc, t - 2)))
    return t;
  size_t joined_end = joined_portfolio_end(doc, t, last);
  return joined_end > t ? joined_end : domain_words_end(doc, t, last, 0);
}

/* Whether a title stands right before t: "President", "Mr.", "Secretary
 * of State", "Minister for Science and Technology". */
static bool after_title(const FgDocAnalysis *doc, size_t t, size_t first) {
  /* a portfolio is a few words long: look back that far for its start */
  for (size_t k = t; k > first + 2 && k + 10 > t; k--)
    if (k < t && title_domain_end(doc, k, first, doc->tok.token_count) == t)
      return true;
  size_t k = t;
  if (k > first && fg_tok_is(tok_at(doc, k - 1), "."))
    k--;
  return k > first && has(doc, FG_LIST_PERSON_TITLE, tok_at(doc, k - 1));
}

/* The recognizer's name starting at t, as the token after it (t when it
 * saw none there), and its type. */
static size_t recognized_name(const FgDocAnalysis *doc, size_t t, size_t last,
                              unsigned *type) {
  const uint8_t *ner = doc->token_ner;
  if (!ner || !(ner[t] & FG_TOKEN_NER_START))
    return t;
  *type = ner[t] & (FG_TOKEN_NER_START - 1u);
  size_t end = t + 1;
  while (end < last && ner[end] == *type)
    end++;
  return end;
}

/* The class the recognizer gave exactly the name [first, last), or NULL:
 * a name it reads with other bounds ("Estonia" of "Team Estonia", "Paris"
 * of "Valeska Paris") says nothing of this one. */
static const char *recognized_class(const FgDocAnalysis *doc, size_t first, size_t last) {
  unsigned type = FG_NER_NONE;
  size_t end = recognized_name(doc, first, doc->tok.token_count, &type);
  return end == last ? fg_ner_type_name(type) : NULL;
}

/* "the Obama administration", "the Veld Wardens exhibit": a lower-case word
 * right after the name at last may be a noun that the name modifies,
 * unless it reads as a verb (of the lexicon, of reporting, or in -ed: "the
 * Sea Wardens marched") or a function word. */
static bool modifies_noun_after(const FgDocAnalysis *doc, size_t last, size_t sent_last) {
  if (last >= sent_last)
    return false;
  const FgToken *next = tok_at(doc, last);
  size_t len = strlen(next->norm);
  bool past = len > 3 && strcmp(next->norm + len - 2, "ed") == 0;
  return is_word(next) && !(next->flags & FG_TOK_CAP) && !past &&
         !fg_is_verb_form(doc, last) && !has(doc, FG_LIST_REPORTING_VERB, next) &&
         !has(doc, FG_LIST_NOT_A_NAME, next);
}

/* "Norstad's Bergen plant", "the party's Gary Kwan group": a lower-case
 * head or person noun right after the name at last. */
static bool head_noun_after(const FgDocAnalysis *doc, size_t last, size_t sent_last) {
  if (last >= sent_last)
    return false;
  const FgToken *next = tok_at(doc, last);
  return is_word(next) && !(next->flags & FG_TOK_CAP) &&
         (is_head(doc, last) || has(doc, FG_LIST_GROUP_REF, next) ||
          has(doc, FG_LIST_PERSON_NOUN, next));
}

/* "the Sea Wardens", "Rana Holt of Civic Dawn": a name right after "the",
 * or after "of" that follows a person's full name, or opening with (or
 * being) initials, is no person: people
 * take no article, and a person "of" a name belongs to an organisation or
 * comes from a place; not when the name modifies a noun after it. */
static bool unlike_a_person(const FgDocAnalysis *doc, const Cands *cands, size_t first,
                            size_t last, const FgSentence *s) {
  /* "QRTL Harlow", "QRTL": no one's name opens with initials of three
   * capitals, nor is one */
  bool one_word = last - first < 2;
  const FgToken *opening = tok_at(doc, first);
  if ((opening->flags & FG_TOK_UPPER) && strlen(opening->norm) >= 3 &&
      bare_initialism(doc, first, s->first, one_word ? s->last : first + 1))
    return true;
  /* "Velnor said its chief executive ...": a person reports "his" or
   * "her", never "its"; a listed given name keeps the person ("Dana Velk
   * said its impact", the "its" another's) */
  if (last - first <= 2 && last + 1 < s->last &&
      has(doc, FG_LIST_REPORTING_VERB, tok_at(doc, last)) &&
      fg_tok_is(tok_at(doc, last + 1), "its") &&
      !(doc->name_lists && (listed_as(doc, first, first + 1) & FG_NAMES_GIVEN)))
    return true;
  if (one_word)
    return false;
  if (modifies_noun_after(doc, last, s->last) || first == s->first)
    return false;
  if (fg_tok_is(tok_at(doc, first - 1), "the"))
    return true;
  if (!fg_tok_is(tok_at(doc, first - 1), "of") || cands->count == 0)
    return false;
  const NameCand *before = &cands->items[cands->count - 1];
  return before->last + 1 == first && before->last - before->first >= 2 &&
         (!before->typing.type || before->typing.kind == FG_KIND_PERSON);
}

/* "the Vossen Party's Gary Kwan": a name of two words or more right after
 * an organisation's possessive is one of its people; what an organisation
 * owns is named by a head noun ("Norstad's Bergen Plant", "Norstad's
 * Bergen plant"), and the caller asks only when none typed the name. */
static bool organisation_person(const Finder *f, const Cands *cands, size_t first,
                                size_t last, const FgSentence *s) {
  const FgDocAnalysis *doc = f->doc;
  if (first < s->first + 2 || last - first < 2 || !(tok_at(doc, first - 1)->flags & FG_TOK_POSS))
    return false;
  if (head_noun_after(doc, last, s->last))
    return false;
  size_t owner_end = first - 1;
  if (cands->count && cands->items[cands->count - 1].last == owner_end) {
    const Typing *ty = &cands->items[cands->count - 1].typing;
    return ty->type && ty->kind == FG_KIND_ORG;
  }
  if (f->count && f->items[f->count - 1].last == owner_end &&
      f->items[f->count - 1].entity != FG_NONE)
    return doc->entities->items[f->items[f->count - 1].entity].kind == FG_KIND_ORG;
  return false;
}

/* How far around a word written_after_given_name looks, in tokens: a
 * bounded look, so that a text of a thousand "Kalmo employs 400 people"
 * stays linear. */
#define GIVEN_NAME_LOOKAROUND 2000

/* Whether the word at t follows a listed given name in the document
 * around it ("Steve Harlan ... Harlan's company"): then it is a surname. */
static bool written_after_given_name(const FgDocAnalysis *doc, size_t t) {
  const char *norm = tok_at(doc, t)->norm;
  size_t from = t > GIVEN_NAME_LOOKAROUND ? t - GIVEN_NAME_LOOKAROUND : 1;
  size_t to = doc->tok.token_count - t > GIVEN_NAME_LOOKAROUND ? t + GIVEN_NAME_LOOKAROUND
                                                              : doc->tok.token_count;
  for (size_t k = from; k < to; k++)
    if (strcmp(tok_at(doc, k)->norm, norm) == 0 && (tok_at(doc, k - 1)->flags & FG_TOK_CAP) &&
        (listed_as(doc, k - 1, k) & FG_NAMES_GIVEN))
      return true;
  return false;
}

/* The verb after a subject ending at last, past auxiliaries and adverbs
 * as tagged ("Nordair has now bought"), or sent_last. */
static size_t verb_after_subject(const FgDocAnalysis *doc, size_t last, size_t sent_last) {
  size_t k = last;
  while (k < sent_last && doc->token_upos &&
         (doc->token_upos[k] == FG_UPOS_AUX || doc->token_upos[k] == FG_UPOS_ADV))
    k++;
  return k < sent_last && doc->token_upos && doc->token_upos[k] == FG_UPOS_VERB ? k : sent_last;
}

/* "Nordair bought Skyline": the verb after the subject ending at last
 * (list "buying-verb") buys a capitalised name. */
static bool buys_a_name_after(const FgDocAnalysis *doc, size_t last, size_t sent_last) {
  size_t v = verb_after_subject(doc, last, sent_last);
  return v + 1 < sent_last && fg_lexicon_has(doc->lex, "buying-verb", tok_at(doc, v)->norm, NULL) &&
         (tok_at(doc, v + 1)->flags & FG_TOK_CAP);
}

/* "appointed Sara Lind as its new chief executive": after the verb at v,
 * a person's name (a listed given name first) and "as its" before a
 * firm's officer (lists "staff-title", "org-role-noun" of value
 * Organization), at most three modifiers between: "its" can only be the
 * subject's, which has officers. */
static bool names_its_officer(const FgDocAnalysis *doc, size_t v, size_t sent_last) {
  size_t k = v + 1;
  if (!doc->name_lists || k + 4 >= sent_last || !(listed_as(doc, k, k + 1) & FG_NAMES_GIVEN))
    return false;
  while (k < sent_last && k < v + 4 && is_word(tok_at(doc, k)) && (tok_at(doc, k)->flags & FG_TOK_CAP))
    k++;
  if (k < v + 3 || k + 2 >= sent_last || !fg_tok_is(tok_at(doc, k), "as") ||
      !fg_tok_is(tok_at(doc, k + 1), "its"))
    return false;
  for (size_t j = k + 2; j < sent_last && j < k + 6; j++) {
    const FgToken *tok = tok_at(doc, j);
    const char *value = NULL;
    if (!is_word(tok))
      return false;
    if (fg_lexicon_has(doc->lex, "staff-title", tok->norm, NULL) ||
        (fg_lexicon_has(doc->lex, "org-role-noun", tok->norm, &value) && value &&
         strcmp(value, "Organization") == 0))
      return true;
  }
  return false;
}

/* "Nordair bought Skyline", "Kalmo employs 400 people", "Veltra merged
 * with X", "Nordair completed its acquisition of X": acts only a business
 * does, as the subject right before the verb: buying a name, employing a
 * number, merging with, or a verb on "its" own deal or unit (the lists
 * "buying-verb", "staffing-verb", "merging-verb", "its-deal-noun"). */
static bool business_only_act_after(const FgDocAnalysis *doc, size_t last, size_t sent_last) {
  size_t v = verb_after_subject(doc, last, sent_last);
  if (v + 1 >= sent_last)
    return false;
  const FgToken *verb = tok_at(doc, v), *next = tok_at(doc, v + 1);
  if (buys_a_name_after(doc, last, sent_last))
    return true;
  if (fg_lexicon_has(doc->lex, "staffing-verb", verb->norm, NULL) && (next->flags & FG_TOK_NUM))
    return true;
  if (fg_lexicon_has(doc->lex, "merging-verb", verb->norm, NULL) && fg_tok_is(next, "with"))
    return true;
  if (names_its_officer(doc, v, sent_last))
    return true;
  return v + 2 < sent_last && fg_tok_is(next, "its") &&
         fg_lexicon_has(doc->lex, "its-deal-noun", tok_at(doc, v + 2)->norm, NULL);
}

/* "Nordair's acquisition of X", "Velmo's takeover": the name's possessive
 * before a business's own deal or unit (the list "its-deal-noun"). */
static bool business_deal_possessive(const FgDocAnalysis *doc, size_t last, size_t sent_last) {
  return last + 1 < sent_last && (tok_at(doc, last)->flags & FG_TOK_POSS) &&
         fg_lexicon_has(doc->lex, "its-deal-noun", tok_at(doc, last + 1)->norm, NULL);
}

/* A one-word name the recognizer reads as a person's (or nothing), which
 * the lists know as no given name or surname and which follows no given
 * name in the document, that does what only a business does
 * (business_only_act_after) or owns its deal (business_deal_possessive)
 * is a company: people are named in full first, and a lone invented word
 * is a firm's. */
static bool lone_name_acting_as_firm(const FgDocAnalysis *doc, size_t first, size_t last,
                                     const FgSentence *s) {
  /* the cue first: the document's scan is for the few names it fits */
  return last == first + 1 && doc->name_lists &&
         (business_only_act_after(doc, last, s->last) ||
          business_deal_possessive(doc, last, s->last)) &&
         !(listed_as(doc, first, last) & (FG_NAMES_GIVEN | FG_NAMES_SURNAME)) &&
         !written_after_given_name(doc, first);
}

/* Whether the word at t opens a longer capitalised name elsewhere in the
 * document ("Lisma" of "Lisma United"). */
static bool opens_longer_name(const FgDocAnalysis *doc, size_t t) {
  const char *norm = tok_at(doc, t)->norm;
  for (size_t k = 0; k + 1 < doc->tok.token_count; k++)
    if (k != t && strcmp(tok_at(doc, k)->norm, norm) == 0 &&
        (tok_at(doc, k + 1)->flags & FG_TOK_CAP) && is_word(tok_at(doc, k + 1)))
      return true;
  return false;
}

/* "Kelburn's manager, Tom Acre": after a one-word name's possessive at
 * poss - 1, a club's staff noun (list "club-staff-noun") and maybe a
 * comma before a person's name make the name a club, as the name of one
 * of its people right after the possessive does (owner_of_full_name);
 * not a listed given name's ("Adele's manager" is a singer's), nor a
 * word the document names a club by in full ("Lisma" of "Lisma United",
 * which joins that club only once it is named). Where the person's name
 * would start: after the noun and comma, else poss. */
static size_t club_staff_end(const FgDocAnalysis *doc, size_t first, size_t poss,
                             size_t sent_last) {
  if (poss + 2 >= sent_last ||
      !fg_lexicon_has(doc->lex, "club-staff-noun", tok_at(doc, poss)->norm, NULL) ||
      (doc->name_lists && (listed_as(doc, first, first + 1) & FG_NAMES_GIVEN)) ||
      opens_longer_name(doc, first))
    return poss;
  return fg_tok_is(tok_at(doc, poss + 1), ",") ? poss + 2 : poss + 1;
}

/* "Velmora's Tomas Reed": a one-word name whose possessive opens a full
 * name of two words or more, which no head noun makes a thing it owns
 * ("Velmora's Tarn Plant"), is an organisation with one of its people,
 * whatever the recognizer guessed (a person is not owned by a surname). */
static bool owner_of_full_name(const FgDocAnalysis *doc, size_t first, size_t last,
                               const FgSentence *s) {
  if (last != first + 1 || last + 3 > s->last || !(tok_at(doc, last)->flags & FG_TOK_POSS))
    return false;
  size_t person = club_staff_end(doc, first, last + 1, s->last);
  size_t end = scan_name(doc, person, s->first, s->last);
  return end >= person + 2 && !is_head(doc, fg_name_head(doc, person, end)) &&
         !head_noun_after(doc, end, s->last);
}

/* "Tarsia's Velmar Steel", "Orvania's Supreme Court": a name with no head
 * noun of its own whose possessive opens a name an organisation's head
 * noun ends is where that body is: a country for a state's body, else a
 * place. Not a name the lists know as a person's, nor a word the document
 * names a firm by in full ("Dorvan" of "Dorvan Motors"). The class, or
 * NULL. */
static const char *seat_owning_org_name(const FgDocAnalysis *doc, size_t first, size_t last,
                                        const FgSentence *s) {
  if (last + 3 > s->last || !(tok_at(doc, last)->flags & FG_TOK_POSS) || is_head(doc, last - 1) ||
      (last == first + 1 && opens_longer_name(doc, first)) ||
      (doc->name_lists && (listed_as(doc, first, first + 1) & (FG_NAMES_GIVEN | FG_NAMES_SURNAME))))
    return NULL;
  size_t end = scan_name(doc, last + 1, s->first, s->last);
  const char *value = NULL;
  if (end < last + 3 || !fg_tok_value(doc, FG_LIST_ORG_HEAD, tok_at(doc, end - 1), &value))
    return NULL;
  return value && strcmp(value, "GovernmentBody") == 0 ? "Country" : "Place";
}

/* How surely a name is typed: 3 by a cue bound to it (or sure otherwise),
 * 2 by the recognizer, 1 by its context alone. */
static uint8_t cue_weight(Cue c, const char *ner_class, bool sure) {
  return c.strength >= CUE_VENUE || sure ? 3 : ner_class ? 2 : c.strength == CUE_CONTEXT;
}

/* A word of [first, last) the text after sentence s repeats. */
static bool repeated_after(const FgDocAnalysis *doc, size_t first, size_t last,
                           const FgSentence *s) {
  for (size_t k = s->last; k < doc->tok.token_count; k++)
    for (size_t w = first; w < last; w++)
      if (is_word(tok_at(doc, k)) && strcmp(tok_at(doc, k)->norm, tok_at(doc, w)->norm) == 0)
        return true;
  return false;
}

/* "Kessel Foods to buy Orvane Dairy": in a title-case headline every word
 * is capitalised, so a name there is only the words the tagger reads as
 * proper nouns, between lower-case words or the line's ends ("Velmor
 * Court Jails Former Mayor" runs on, and names nothing); and only one the
 * text below never repeats: a name it repeats is found there, in words
 * that type it better. */
static size_t headline_name_end(const FgDocAnalysis *doc, size_t t, const FgSentence *s) {
  if (!doc->token_upos || (t > s->first && (tok_at(doc, t - 1)->flags & FG_TOK_CAP)))
    return t;
  size_t end = scan_name(doc, t, s->first, s->last);
  size_t k = t;
  while (k < end && doc->token_upos[k] == FG_UPOS_PROPN)
    k++;
  bool closed = k == s->last || !(tok_at(doc, k)->flags & FG_TOK_CAP);
  return k > t && k == end && closed && !repeated_after(doc, t, k, s) ? k : t;
}

/* "Fenwick, Mich.", "Dunn, N.C.": a US state's abbreviation after a town
 * and its comma names the state whose abbreviation (skos:hiddenLabel) it
 * is; so does one after a party's letter ("Rep. X, D-Wis."). The mention's
 * end, its closing period included, else t. */
static size_t state_abbreviation(Finder *f, size_t t, const FgSentence *s, uint32_t si,
                                 FgBuf *key) {
  const FgDocAnalysis *doc = f->doc;
  bool after_party = t >= s->first + 2 && party_letter_at(doc, t - 2, s->first, s->last);
  if (t <= s->first || !(fg_tok_is(tok_at(doc, t - 1), ",") || after_party) ||
      !state_after_comma(doc, t - 1, s->last))
    return t;
  size_t end = strlen(tok_at(doc, t)->norm) > 1 ? t + 2 : t + 4;
  fg_buf_clear(key);
  bool ok = true;
  for (size_t k = t; k < end; k += 2)
    ok = ok && fg_buf_append_str(key, tok_at(doc, k)->norm);
  size_t entry = ok && fg_buf_append_char(key, '\0')
                     ? fg_gazetteer_find_abbreviation(doc->gaz, key->data)
                     : SIZE_MAX;
  if (entry == SIZE_MAX)
    return t;
  FgMention *m = push_mention(f, (uint32_t)t, (uint32_t)end, si, FG_MENTION_NAME);
  if (m && (m->entity = gazetteer_entity(f, (int32_t)entry)) != FG_NONE)
    entity(f, m->entity)->weight++;
  return end;
}

/* How many of the latest candidates own_longer_name looks back over: the
 * document's own longer name stands a few paragraphs before its short
 * form, and the bound keeps a long piece linear. */
#define OWN_NAME_LOOKBACK 200

/* "the Velm State Department ... the State Department": the latest
 * candidate that ends in the words [first,last) of a gazetteer name, is
 * longer, is an organisation's (a place's, "Greater X", is not X) and
 * opens with no known country (the gazetteer's
 * "US State Department" is its own); NULL if none. The document's own
 * longer name wins over the gazetteer's. */
static const NameCand *own_longer_name(const FgDocAnalysis *doc, const Cands *cands, size_t first,
                                       size_t last) {
  size_t len = last - first;
  for (size_t i = cands->count, seen = 0; i > 0 && seen < OWN_NAME_LOOKBACK; i--, seen++) {
    const NameCand *c = &cands->items[i - 1];
    if (c->last - c->first <= len || c->country != FG_NONE || !c->typing.type ||
        c->typing.kind != FG_KIND_ORG)
      continue;
    size_t k = 1;
    while (k <= len && strcmp(tok_at(doc, c->last - k)->norm, tok_at(doc, last - k)->norm) == 0)
      k++;
    if (k > len)
      return c;
  }
  return NULL;
}

/* "Sofia Lind", "Victoria Marsh": a city's one-word name that the names
 * lists give as a given name, opening a person's name of two or three
 * capitalised words, is the person's given name; a country's name
 * ("Jordan") keeps its class. */
static bool city_as_given_name(const FgDocAnalysis *doc, GazMatch g, size_t t, size_t n_end) {
  if (g.end != t + 1 || n_end > t + 3 || g.hit->name < 0 || !doc->name_lists ||
      !(listed_as(doc, t, t + 1) & FG_NAMES_GIVEN))
    return false;
  const char *type = fg_gazetteer_entry(doc->gaz, (size_t)g.hit->name)->type;
  return strcmp(type, "City") == 0;
}

/* "Striker Mensah joins X", "Singer Varga wins": a headline's capitalised
 * person's noun (lists "person-noun", "role-ref-noun") before a one-word
 * name is the person's role, not the name's first word, so the name meets
 * the body's "Kofi Mensah"; a head noun after it ("Chief Minister") keeps
 * the two together. */
static bool headline_role_before_name(const FgDocAnalysis *doc, size_t t) {
  const FgToken *role = tok_at(doc, t), *name = tok_at(doc, t + 1);
  return is_word(role) && !(role->flags & FG_TOK_UPPER) && is_word(name) &&
         (name->flags & FG_TOK_CAP) && !(name->flags & FG_TOK_UPPER) && !is_head(doc, t + 1) &&
         !has(doc, FG_LIST_PERSON_NOUN, name) && !has(doc, FG_LIST_PERSON_TITLE, name) &&
         (has(doc, FG_LIST_PERSON_NOUN, role) ||
          fg_lexicon_has(doc->lex, "role-ref-noun", role->norm, NULL));
}

/* Whether a dep rule of the noun reads a modifier of it as its object, a
 * place ("the Dunmore plant of X": dep.plant-in), so that a name before
 * the noun says where, not which. */
static bool modifier_read_as_place(const FgDocAnalysis *doc, const FgToken *noun) {
  size_t n = 0;
  const uint32_t *rules = noun->word == FG_NO_ID ? NULL : fg_lexicon_deps_from(doc->lex, noun->word, &n);
  for (size_t i = 0; rules && i < n; i++) {
    const FgDepRule *r = fg_lexicon_dep(doc->lex, rules[i]);
    for (size_t k = 0; k < r->obj_count; k++)
      if (r->obj_paths[k].kind == FG_PATH_MOD && (r->obj & FG_KIND_PLACE))
        return true;
  }
  return false;
}

/* "owns the Korvo mine", "captured the Tarsa dam": one unknown proper
 * noun after "the" and before a lower-case facility's head (list
 * place-head, value Facility) names the facility with that noun, the
 * name then the two words; not a listed personal name ("the Kessler
 * house" is a family's) or place ("the Lagos port" stays the city's), a
 * day's, a month's, a nation's or a creed's word. */
static bool facility_compound(const FgDocAnalysis *doc, size_t t, size_t sent_first,
                              size_t sent_last) {
  const char *value = NULL;
  if (t <= sent_first || t + 1 >= sent_last || !fg_tok_is(tok_at(doc, t - 1), "the") ||
      !doc->token_upos || doc->token_upos[t] != FG_UPOS_PROPN ||
      (tok_at(doc, t)->flags & FG_TOK_UPPER) || creed_or_nation_word(tok_at(doc, t)) ||
      has(doc, FG_LIST_WEEKDAY, tok_at(doc, t)) || has(doc, FG_LIST_MONTH, tok_at(doc, t)))
    return false; /* "the Sunday market", "the Muslim shrine" */
  const FgToken *noun = tok_at(doc, t + 1);
  if (!is_word(noun) || (noun->flags & FG_TOK_CAP) ||
      !fg_tok_value(doc, FG_LIST_PLACE_HEAD, noun, &value) || !value ||
      strcmp(value, "Facility") != 0)
    return false;
  if (modifier_read_as_place(doc, noun))
    return false;
  /* "the Lagos bridge collapse": the head modifies another noun */
  if (t + 2 < sent_last && is_word(tok_at(doc, t + 2)) && doc->token_upos[t + 2] == FG_UPOS_NOUN)
    return false;
  return !(doc->name_lists &&
           (listed_as(doc, t, t + 1) & (FG_NAMES_GIVEN | FG_NAMES_SURNAME | FG_NAMES_PLACE)));
}

/* Decides at token t between a gazetteer match and an unknown name. Adds
 * the mention (or the candidate) and returns the next token to look at. */
static size_t take_name(Finder *f, size_t t, const FgSentence *s, uint32_t si,
                        FgBuf *key, Cands *cands) {
  const FgDocAnalysis *doc = f->doc;
  /* Most tokens start nothing: a name, a title's domain or a gazetteer
   * match starts with a capital, a number or a particle (al-Qaeda). */
  if (!(tok_at(doc, t)->flags & (FG_TOK_CAP | FG_TOK_NUM)) && !particle_start(doc, t, s->last))
    return t + 1;
  if (stance_compound(doc, t, s->last))
    return t + 2; /* the word after the hyphen may still be a name */
  if (role_title_at(doc, t, s->first, s->last))
    return t + 1;
  if (party_letter_at(doc, t, s->first, s->last))
    return t + 2; /* "R-Marlow": the place after the party's letter */
  const FgNameHit *elided = elided_name(f, t, s->last, key);
  if (elided) {
    FgMention *m = push_mention(f, (uint32_t)t, (uint32_t)t + 1, si, FG_MENTION_NAME);
    /* the word alone ("North") is no spelling of the name */
    if (m && (m->entity = gazetteer_entity(f, elided->name)) != FG_NONE)
      entity(f, m->entity)->weight++;
    return t + 1;
  }
  size_t state_end = state_abbreviation(f, t, s, si, key);
  if (state_end > t)
    return state_end;
  GazMatch g = match_gazetteer(doc, t, s->last, key);
  /* a headline of one word ("Probe") gives no context to read a name by
   * (a one-word line further on may sign a letter: "Chris") */
  bool one_word_heading = si == 0 && (s->flags & FG_SENT_HEADING) && s->last == s->first + 1;
  /* a dateline of its own ("VELMORA, Tolvia (Reuters) -") is in title
   * case but names its places as any line does */
  bool heading = ((s->flags & FG_SENT_TITLECASE) && !(s->flags & FG_SENT_DATELINE)) ||
                 one_word_heading;
  /* "The National Prosecution Service": a gazetteer name opening with
   * "The" ("The National") that a longer name with a head noun holds is
   * only the article and that name's first word */
  if (g.end && !heading && fg_tok_is(tok_at(doc, t), "the")) {
    size_t longer = scan_name(doc, t + 1, s->first, s->last);
    if (longer > g.end && is_head(doc, fg_name_head(doc, t + 1, longer)))
      return t + 1;
  }
  bool headline = si == 0 && !one_word_heading && !(s->flags & FG_SENT_DATELINE);
  size_t n_end = !heading   ? scan_name(doc, t, s->first, s->last)
                 : headline ? headline_name_end(doc, t, s)
                            : t;
  const char *in_name = NULL;
  if (!heading && !g.end && n_end > t)
    n_end = org_noun_in_name_end(doc, t, n_end, s->first, s->last, &in_name);
  if (!heading && !g.end && n_end == t + 1 && facility_compound(doc, t, s->first, s->last))
    n_end = t + 2;
  size_t domain_end = title_domain_end(doc, t, s->first, s->last);
  if (domain_end > t)
    return domain_end;
  /* "Striker quits": a headline's person noun alone names no one */
  if (si == 0 && n_end == t + 1 && !g.end && has(doc, FG_LIST_PERSON_NOUN, tok_at(doc, t)))
    return n_end;
  if (si == 0 && n_end == t + 2 && !g.end && headline_role_before_name(doc, t))
    return t + 1;
  /* "Democrat Ana Ruiz", "Republican Ivo Marsh": a party's member word
   * before a listed given name is the person's party, not the name's */
  if (!g.end && !heading && n_end >= t + 3 && doc->name_lists && !is_head(doc, n_end - 1) &&
      fg_lexicon_has(doc->lex, "party-member-word", tok_at(doc, t)->norm, NULL) &&
      (listed_as(doc, t + 1, t + 2) & FG_NAMES_GIVEN))
    return t + 1;
  /* "County Commissioner X", "State Senator X": a place's head word alone
   * before a title qualifies the title and names nothing; so does a
   * party's member word ("Democratic Sen. X", "Republican Governor X") */
  if (n_end == t + 1 && !g.end && n_end < s->last &&
      (has(doc, FG_LIST_PLACE_HEAD, tok_at(doc, t)) ||
       fg_lexicon_has(doc->lex, "party-member-word", tok_at(doc, t)->norm, NULL)) &&
      has(doc, FG_LIST_PERSON_TITLE, tok_at(doc, n_end)))
    return n_end;
  /* "Castow County Sheriff X": the title after the place names nothing */
  if (t > s->first && !g.end && title_after_place_head(doc, t, s->last))
    return t + 1;
  /* "Ashby Fire Chief X", "Fire Chief X": the office's first word names
   * nothing */
  if (!g.end && office_word_before_title(doc, t, s->last))
    return t + 1;
  /* only an unknown name needs its title */
  bool titled = n_end > t && (after_title(doc, t, s->first) ||
                              (t > s->first && role_title_at(doc, t - 1, s->first, s->last)));
  bool descriptor = n_end > t && is_descriptor(doc, t, n_end);
  size_t descriptor_end = n_end;
  if (descriptor)
    n_end = t; /* "Ministry of Interior" is the descriptors' to key */
  /* The recognizer's class counts as decide_type says; it does not move
   * a name's bounds, and only a name it found whole may open a sentence
   * as one word (assign_short_name). */
  unsigned ner_type = FG_NER_NONE;
  size_t ner_end = heading || descriptor ? t : recognized_name(doc, t, s->last, &ner_type);
  Cue cue_found = in_name    ? cue(in_name, "Organization", CUE_BOUND)
                  : n_end > t ? type_unknown(doc, t, n_end, s->first, s->last, titled)
                              : (Cue){{NULL, 0}, CUE_NONE};
  const char *ner_class = n_end > t && !heading ? recognized_class(doc, t, n_end) : NULL;
  Typing ty = decide_type(cue_found, ner_class);
  /* a listed personal name outweighs the recognizer's organisation or
   * place when nothing bound to the name types it; a gazetteer name at
   * its start ("Jordan", "Chelsea") keeps its own class */
  if (ner_class && cue_found.strength < CUE_BOUND &&
      (!cue_found.typing.type || cue_found.typing.kind == FG_KIND_PERSON) && !g.end &&
      (ty.kind == FG_KIND_ORG || ty.kind == FG_KIND_PLACE) &&
      ty.kind == typing_of(ner_class).kind && listed_personal_name(doc, t, n_end))
    ty = typing_of("Person");
  bool recognized = ner_end > t && ner_end == n_end;
  /* "U.S. District Judge Ana Holt": a region's head word between a known
   * name and a title is the title's ("District Judge", "State Senator") */
  bool title_region = n_end == g.end + 1 && n_end < s->last &&
                      fg_tok_in(doc, FG_LIST_PLACE_HEAD, tok_at(doc, g.end)) &&
                      (has(doc, FG_LIST_PERSON_TITLE, tok_at(doc, n_end)) ||
                       has(doc, FG_LIST_PERSON_NOUN, tok_at(doc, n_end)));
  bool prefer_name = n_end > g.end && g.end > 0 && ty.type &&
                     (ty.kind != FG_KIND_PERSON || city_as_given_name(doc, g, t, n_end)) &&
                     !title_region;
  const NameCand *own = g.end >= t + 2 && !prefer_name && !heading && g.hit->name >= 0
                            ? own_longer_name(doc, cands, t, g.end)
                            : NULL;
  if (own) {
    n_end = g.end;
    ty = own->typing;
  }
  /* this says what the name is not, too little to beat a gazetteer name
   * inside it ("the State Department Spokesperson") */
  bool unlike = n_end > t && !titled && cue_found.strength < CUE_BOUND &&
                (!ty.type || ty.kind == FG_KIND_PERSON) &&
                unlike_a_person(doc, cands, t, n_end, s);
  if (unlike)
    ty = typing_of("Organization");
  bool member = n_end > t && cue_found.strength < CUE_BOUND &&
                organisation_person(f, cands, t, n_end, s);
  if (member)
    ty = typing_of("Person");
  bool owner = !titled && cue_found.strength < CUE_BOUND &&
               (!ty.type || ty.kind == FG_KIND_PERSON) && owner_of_full_name(doc, t, n_end, s);
  if (owner)
    ty = typing_of("Organization");
  bool firm = !titled && !g.end && cue_found.strength < CUE_BOUND &&
              (!ty.type || ty.kind == FG_KIND_PERSON) && lone_name_acting_as_firm(doc, t, n_end, s);
  if (firm)
    ty = typing_of("Company");
  const char *seat = !titled && !g.end && cue_found.strength < CUE_BOUND &&
                             ty.kind != FG_KIND_PERSON
                         ? seat_owning_org_name(doc, t, n_end, s)
                         : NULL;
  if (seat)
    ty = typing_of(seat);
  if (g.end && !prefer_name && !own) {
    const FgNameHit *hit = g.hit;
    FgMention *m = NULL;
    if (hit->name >= 0) {
      m = push_mention(f, (uint32_t)t, (uint32_t)g.end, si, FG_MENTION_NAME);
      if (m) {
        m->entity = gazetteer_entity(f, hit->name);
        if (hit->metonym >= 0)
          m->actor = gazetteer_entity(f, hit->metonym);
      }
    } else if (hit->demonym >= 0) {
      m = push_mention(f, (uint32_t)t, (uint32_t)g.end, si, FG_MENTION_DEMONYM);
      if (m)
        m->entity = gazetteer_entity(f, hit->demonym);
    } else if (hit->metonym >= 0) {
      m = push_mention(f, (uint32_t)t, (uint32_t)g.end, si, FG_MENTION_NAME);
      if (m)
        m->entity = m->actor = gazetteer_entity(f, hit->metonym);
    }
    if (m && m->entity != FG_NONE && m->kind == FG_MENTION_NAME)
      add_form(f, m->entity, t, g.end);
    return title_region ? n_end : g.end;
  }
  if (n_end == t) /* none of a descriptor's words starts a name: not "Ministry" */
    return descriptor ? descriptor_end : t + 1;
  const FgNameHit *misspelt = g.end ? NULL : misspelt_name(doc, t, n_end, key);
  if (misspelt) {
    FgMention *m = push_mention(f, (uint32_t)t, (uint32_t)n_end, si, FG_MENTION_NAME);
    if (m && (m->entity = gazetteer_entity(f, misspelt->name)) != FG_NONE)
      add_form(f, m->entity, t, n_end);
    return n_end;
  }
  /* a narrowed place outweighs the recognizer's other readings of it */
  bool narrowed = ner_class && cue_found.strength == CUE_CONTEXT &&
                  narrows(cue_found, typing_of(ner_class));
  uint8_t weight =
      cue_weight(cue_found, ner_class, unlike || member || owner || seat || narrowed || firm);
  /* "the US National Park Service", "the Indonesian Navy": a longer name
   * opening with a country's name or demonym */
  uint32_t country = prefer_name ? country_of_hit(f, g.hit) : FG_NONE;
  /* "Torvane employs 3,000 workers": a business's own act types even a
   * sentence's first word the recognizer missed, when the tagger reads a
   * proper noun ("Tourism employs", "Investors bought" are common nouns)
   * and the act is not buying, which the suite leaves to reports ("Drelco
   * will buy X, the union said": no name) */
  bool firm_issuer = firm && doc->token_upos && doc->token_upos[t] == FG_UPOS_PROPN &&
                     !buys_a_name_after(doc, n_end, s->last);
  bool issuer = firm_issuer || (!ner_class && ty.kind == FG_KIND_ORG &&
                 (statement_after(doc, n_end, s->last) ||
                  company_reports_after(doc, t, n_end, s->first, s->last))) ||
                (ty.kind == FG_KIND_PERSON &&
                 (person_verb_after(doc, t, n_end, s->last) ||
                  person_possession_after(doc, t, n_end, s->last) ||
                  person_by_treatment(doc, t, n_end, s->first, s->last))) ||
                (ty.kind == FG_KIND_PLACE && town_owns_company(doc, t, n_end, s->first, s->last));
  add_cand(cands, (NameCand){(uint32_t)t, (uint32_t)n_end, si, titled, recognized, weight, ty,
                             owner, issuer, country, 0,
                             position_side(doc, cue_found, t, n_end, s, titled), false});
  return n_end;
}

/* "the Foo Bar Alliance (FBA)", "the Korean People's Army [KPA]": a name
 * followed by its initials in brackets is an organisation's; people are
 * not given acronyms where they are introduced. Only a name nothing else
 * typed asks. */
static bool acronym_follows(const FgDocAnalysis *doc, size_t first, size_t last) {
  if (last + 2 >= doc->tok.token_count)
    return false;
  const FgToken *open = tok_at(doc, last), *acro = tok_at(doc, last + 1),
                *close = tok_at(doc, last + 2);
  if (!(fg_tok_is(open, "(") && fg_tok_is(close, ")")) &&
      !(fg_tok_is(open, "[") && fg_tok_is(close, "]")))
    return false;
  if (!(acro->flags & FG_TOK_UPPER))
    return false;
  FgBuf initials;
  fg_buf_init(&initials);
  bool same = fg_name_acronym(doc->tok.tokens, first, last, &initials) && initials.len >= 2 &&
              strcmp(fg_buf_cstr(&initials), acro->norm) == 0;
  fg_buf_free(&initials);
  return same;
}

size_t fg_name_head(const FgDocAnalysis *doc, size_t first, size_t last) {
  for (size_t k = first + 1; k + 1 < last; k++) {
    const FgToken *tok = tok_at(doc, k);
    if (is_word(tok) && !(tok->flags & FG_TOK_CAP) && has(doc, FG_LIST_NAME_CONNECTOR, tok))
      return k - 1;
  }
  return last - 1;
}

/* How many names back the lookups of the one-word pass go. */
#define NEAR_NAMES 64

/* Snapshots the name mentions found so far, sorted by position. */
static bool sort_names(Finder *f) {
  FgMention *copy = fg_arena_alloc(f->doc->arena, (f->count ? f->count : 1) * sizeof *copy);
  if (!copy)
    return false;
  size_t n = 0;
  for (size_t i = 0; i < f->count; i++)
    if (f->items[i].kind == FG_MENTION_NAME)
      copy[n++] = f->items[i];
  f->sorted = copy;
  f->sorted_count = n;
  return fg_mentions_sort(copy, n);
}

size_t fg_mentions_before(const FgMention *items, size_t count, size_t t) {
  size_t lo = 0, hi = count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (items[mid].first < t)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* The number of snapshot names that start before token t. */
static size_t names_before(const Finder *f, size_t t) {
  return fg_mentions_before(f->sorted, f->sorted_count, t);
}

/* "the Church" after "the Church of Scientology": a capitalised head noun
 * after "the" is the nearest name before it with that head (not a
 * person's). FG_NONE when there is none. */
static uint32_t named_by_head(const Finder *f, size_t t) {
  const FgDocAnalysis *doc = f->doc;
  if (t == 0 || !fg_tok_is(tok_at(doc, t - 1), "the") || !is_head(doc, t))
    return FG_NONE;
  const char *word = tok_at(doc, t)->norm;
  /* the nearest of the last NEAR_NAMES names before t: a bounded look */
  size_t i = names_before(f, t), stop = i > NEAR_NAMES ? i - NEAR_NAMES : 0;
  while (i-- > stop) {
    const FgMention *m = &f->sorted[i];
    if (m->entity == FG_NONE || m->last - m->first < 2 || m->last > t ||
        f->doc->entities->items[m->entity].kind == FG_KIND_PERSON)
      continue;
    if (strcmp(tok_at(doc, fg_name_head(doc, m->first, m->last))->norm, word) == 0)
      return m->entity;
  }
  return FG_NONE;
}

/* "the Social Democrats": a party's name of two words or more in the
 * plural ("s" after a last word not in "ss") is filed under its singular,
 * for "Social Democrat leader X", "a Social Democrat lawmaker" later on
 * (assign_full_name). */
static bool file_party_singular(Finder *f, const char *match, uint32_t e) {
  size_t len = strlen(match);
  const FgLocalEntity *party = entity(f, e);
  if (!party->type || strcmp(party->type, "PoliticalParty") != 0 || !strchr(match, ' ') ||
      len < 4 || match[len - 1] != 's' || match[len - 2] == 's' || match[len - 2] == ' ')
    return true;
  return file_entity_len(f, "party-singular", match, len - 1, e, false);
}

/* "Adjei-Mensah": the name's words are written joined, with no space. */
static bool one_written_word(const FgDocAnalysis *doc, const NameCand *c) {
  for (size_t k = c->first; k + 1 < c->last; k++)
    if (!joined(tok_at(doc, k), tok_at(doc, k + 1)))
      return false;
  return true;
}

static bool assign_full_name(Finder *f, NameCand *c, Keys *k) {
  const FgDocAnalysis *doc = f->doc;
  if (!make_keys(doc, c->first, c->last, k))
    return false;
  const char *match = fg_buf_cstr(&k->match);
  bool one_word = strchr(match, ' ') == NULL;
  if (one_word)
    return true; /* surnames wait for pass two */
  Typing ty = c->typing.type ? c->typing
                             : typing_of(acronym_follows(doc, c->first, c->last) ? "Organization"
                                                                                 : "Person");
  bool person = ty.kind == FG_KIND_PERSON;
  bool ok = identity_key(f, "name:", match);
  uint32_t e = ok ? find_key(f, &f->id_key) : FG_NONE;
  const char *skeleton = NULL; /* a person's; only a new name needs it */
  if (ok && e == FG_NONE && person)
    ok = (skeleton = skeleton_key(k)) != NULL;
  /* "Mr. Kane-Diouf" after "Mamadou Kane-Diouf" */
  if (ok && e == FG_NONE && c->titled && person)
    ok = find_surname(f, k, true, &e);
  /* "Van der Hoek said" after "Pieter van der Hoek", "Adjei-Mensah, 24,"
   * after "Kofi Adjei-Mensah": a name opening with a particle (capitalised
   * at a sentence's start), or one hyphened word, is a surname first */
  /* "Ruiz Delgado, 51," after "Ana Sofia Ruiz-Delgado": the last words
   * of a person's name with no listed given name first are the compound
   * surname ("Carlos Lopez" after "Juan Carlos Lopez" is another) */
  if (ok && e == FG_NONE && !c->titled && person &&
      (fg_name_is_particle(tok_at(doc, c->first)->norm) || one_written_word(doc, c) ||
       (doc->name_lists && !(listed_as(doc, c->first, c->first + 1) & FG_NAMES_GIVEN))))
    ok = filed_entity(f, "surname", match, &e);
  if (ok && e == FG_NONE && person)
    ok = filed_entity(f, "skeleton", skeleton, &e);
  if (ok && e == FG_NONE && !person)
    ok = filed_entity(f, "part", match, &e);
  if (ok && e == FG_NONE && !c->titled && !(ty.kind & (FG_KIND_PLACE | FG_KIND_COUNTRY)))
    ok = filed_entity(f, "stem", match, &e);
  /* "Social Democrat leader X" after "the Social Democrats": the party,
   * which keeps its own name as its label (the singular adds no form) */
  bool singular = false;
  if (ok && e == FG_NONE && !c->titled) {
    ok = filed_entity(f, "party-singular", match, &e);
    singular = e != FG_NONE;
  }
  if (ok && e == FG_NONE) {
    char *label = span_text(doc, c->first, c->last);
    e = label ? new_entity(f, f->id_key.data, label, ty.type, ty.kind, -1) : FG_NONE;
    ok = e != FG_NONE && remember_key(f, &f->id_key, e);
    if (ok && person)
      ok = file_new_person(f, e, skeleton); /* for "Mr. Kane-Diouf" later on */
    /* an unknown country or place goes by its initials too ("Orsa Velka"
     * then "the OV", "OV President X"), as an organisation does */
    if (ok && (ty.kind & (FG_KIND_ORG | FG_KIND_COUNTRY | FG_KIND_PLACE))) {
      FgBuf acro;
      fg_buf_init(&acro);
      ok = fg_name_acronym(doc->tok.tokens, c->first, c->last, &acro);
      if (ok && acro.len >= 2)
        entity(f, e)->acronym = fg_buf_take(&acro);
      fg_buf_free(&acro);
    }
    if (ok && !person)
      ok = file_name_parts(f, c->first, c->last, e) &&
           file_company_stem(f, c->first, c->last, match, e) &&
           file_first_word_stem(f, c->first, c->last, e) && file_party_singular(f, match, e);
  }
  if (!ok)
    return false;
  FgMention *m = push_mention(f, c->first, c->last, c->sentence, FG_MENTION_NAME);
  if (!m)
    return false;
  m->entity = e;
  m->country = c->country;
  entity(f, e)->has_role |= c->titled;
  c->typing.type = NULL; /* done */
  c->last = c->first;
  return singular || add_form(f, e, m->first, m->last);
}

/* "the schools Santo Verde and Immacolata": a one-word name that nothing
 * typed, joined by "and", "or" or a comma to the name right before it,
 * is of that name's class. */
static Typing conjunct_typing(const Finder *f, size_t t) {
  const FgDocAnalysis *doc = f->doc;
  size_t k = t;
  if (k > 0 && fg_tok_is(tok_at(doc, k - 1), "the"))
    k--;
  if (k < 2 || !(fg_tok_is(tok_at(doc, k - 1), "and") || fg_tok_is(tok_at(doc, k - 1), "or") ||
                 fg_tok_is(tok_at(doc, k - 1), ",")))
    return (Typing){NULL, 0};
  size_t i = names_before(f, k - 1);
  for (size_t back = 0; back < 2 && i > back; back++) {
    const FgMention *m = &f->sorted[i - 1 - back];
    if (m->last == k - 1 && m->entity != FG_NONE) {
      const FgLocalEntity *e = &f->doc->entities->items[m->entity];
      return (Typing){e->type, e->kind};
    }
  }
  return (Typing){NULL, 0};
}

/* "the North", "the South" after "North Korea" and "South Korea": a
 * capitalised compass word after "the", alone, stands for the one country
 * of the document whose name it begins (Korea, Sudan). FG_NONE when none
 * or two do. */
static const char *const COMPASS[] = {"north", "south", "east", "west"};

/* Before the one-word names: files each country of the document whose
 * name begins with a compass word under "compass" and that word, and the
 * word under "compass-shared" when two countries begin with it. */
static bool file_compass_countries(Finder *f) {
  const FgLocalEntities *es = f->doc->entities;
  bool ok = true;
  for (size_t i = f->doc->first_entity; ok && i < es->count; i++) {
    const FgLocalEntity *e = &es->items[i];
    for (size_t w = 0; ok && e->kind == FG_KIND_COUNTRY && e->gaz >= 0 &&
                       w < sizeof COMPASS / sizeof COMPASS[0];
         w++) {
      size_t len = strlen(COMPASS[w]);
      if (strncasecmp(e->label, COMPASS[w], len) != 0 || e->label[len] != ' ')
        continue;
      uint32_t before = FG_NONE;
      ok = filed_entity(f, "compass", COMPASS[w], &before);
      if (ok && before != FG_NONE && before != i)
        ok = file_entity(f, "compass-shared", COMPASS[w], (uint32_t)i, false);
      ok = ok && file_entity(f, "compass", COMPASS[w], (uint32_t)i, false);
    }
  }
  return ok;
}

static uint32_t compass_country(Finder *f, const NameCand *c) {
  const FgDocAnalysis *doc = f->doc;
  const FgToken *tok = tok_at(doc, c->first);
  const FgSentence *s = &doc->tok.sentences[c->sentence];
  const char *word = NULL;
  for (size_t i = 0; i < sizeof COMPASS / sizeof COMPASS[0]; i++)
    if (fg_tok_is(tok, COMPASS[i]))
      word = COMPASS[i];
  if (!word || c->last != c->first + 1 || c->first == s->first ||
      !fg_tok_is(tok_at(doc, c->first - 1), "the"))
    return FG_NONE;
  uint32_t found = FG_NONE, shared = FG_NONE;
  if (!filed_entity(f, "compass-shared", word, &shared) || shared != FG_NONE ||
      !filed_entity(f, "compass", word, &found))
    return FG_NONE;
  return found;
}

/* The most letters of dotted initials read as an acronym ("O.V."). */
#define MAX_DOTTED_INITIALS 15

/* The entity of the document whose initials dotted initials [first,last)
 * spell ("O.V." -> "ov", file_acronyms); FG_NONE for fewer than two
 * letters or more than MAX_DOTTED_INITIALS. False when out of memory. */
static bool dotted_initials_entity(Finder *f, size_t first, size_t last, uint32_t *e) {
  char letters[MAX_DOTTED_INITIALS + 1];
  size_t n = 0;
  *e = FG_NONE;
  if (last - first < 4 || last - first > 2 * MAX_DOTTED_INITIALS)
    return true;
  for (size_t t = first; t < last; t += 2)
    letters[n++] = tok_at(f->doc, t)->norm[0];
  letters[n] = '\0';
  if (!filed_entity(f, "acronym", letters, e))
    return false;
  /* "the FV ... F.V. sanctions": the initials written without stops */
  if (*e == FG_NONE && identity_key(f, "name:", letters))
    *e = find_key(f, &f->id_key);
  return true;
}

/* "Tarrow, a suburb of Velsk, was": an apposition at at, opening with a
 * determiner or "one of", that types the name and that a comma closes
 * before any verb (a hyphened participle, "photo-sharing", is a
 * modifier); the tagger may read its unknown subject as a common noun,
 * while "Meanwhile, the group said" runs on into its verb and "Oil, gold
 * or food products, are" has no determiner. */
static bool apposition_closed(const FgDocAnalysis *doc, size_t at, size_t sent_last) {
  if (!has(doc, FG_LIST_DETERMINER, tok_at(doc, at)) && !one_of_at(doc, at, sent_last))
    return false;
  if (!apposition_typing(doc, at - 1, sent_last).type)
    return false;
  for (size_t t = at + 1; t < sent_last; t++) {
    if (fg_tok_is(tok_at(doc, t), ","))
      return true;
    if (fg_is_verb_form(doc, t) && !fg_tok_is(tok_at(doc, t - 1), "-"))
      return false;
  }
  return false;
}

/* "brothers Tom and Walter Harlan": a bare given name c joined by "and" to
 * a person's full name right after it shares that name's surname, when a
 * plural noun of relatives comes before it or the word is a listed given
 * name. *e gets that person ("Tom Harlan"), made when new; FG_NONE when c
 * is no such name. False when out of memory. */
static bool sibling_of_full_name(Finder *f, const NameCand *c, uint32_t *e) {
  const FgDocAnalysis *doc = f->doc;
  const FgSentence *s = &doc->tok.sentences[c->sentence];
  *e = FG_NONE;
  if (c->last + 2 >= s->last || !fg_tok_is(tok_at(doc, c->last), "and"))
    return true;
  size_t i = names_before(f, c->last + 1);
  if (i >= f->sorted_count)
    return true;
  const FgMention *full = &f->sorted[i];
  if (full->first != c->last + 1 || full->last - full->first < 2 || full->entity == FG_NONE ||
      entity(f, full->entity)->kind != FG_KIND_PERSON)
    return true;
  bool kin = c->first > s->first &&
             fg_lexicon_has(doc->lex, "kin-plural", tok_at(doc, c->first - 1)->norm, NULL);
  if (!kin && !(doc->name_lists && (listed_as(doc, c->first, c->last) & FG_NAMES_GIVEN)))
    return true;
  FgBuf lookup, match, skeleton;
  fg_buf_init(&lookup);
  fg_buf_init(&match);
  fg_buf_init(&skeleton);
  bool ok = fg_name_lookup_key(doc->tok.tokens, c->first, c->last, &lookup) &&
            fg_buf_append_char(&lookup, ' ') &&
            fg_name_lookup_key(doc->tok.tokens, full->first + 1, full->last, &lookup) &&
            fg_name_match_key(fg_buf_cstr(&lookup), false, &match) &&
            identity_key(f, "name:", fg_buf_cstr(&match));
  if (ok)
    *e = find_key(f, &f->id_key);
  if (ok && *e == FG_NONE) {
    char *given = span_text(doc, c->first, c->last), *rest = span_text(doc, full->first + 1, full->last);
    char *label = given && rest ? fg_arena_alloc(doc->arena, strlen(given) + strlen(rest) + 2) : NULL;
    if (label)
      sprintf(label, "%s %s", given, rest);
    *e = label ? new_entity(f, f->id_key.data, label, "Person", FG_KIND_PERSON, -1) : FG_NONE;
    ok = *e != FG_NONE && remember_key(f, &f->id_key, *e) &&
         fg_name_match_key(fg_buf_cstr(&lookup), true, &skeleton) &&
         file_new_person(f, *e, fg_buf_cstr(&skeleton)) &&
         /* the full name as written nowhere: its spelling for the label */
         fg_buf_append_str(&entity(f, *e)->forms, label) &&
         fg_buf_append_char(&entity(f, *e)->forms, '\n');
  }
  fg_buf_free(&lookup);
  fg_buf_free(&match);
  fg_buf_free(&skeleton);
  return ok;
}

/* Which of a person and an organisation the words around a one-word name
 * [first, last) point to: a person's cue bound to it ("Harlan, who",
 * "Harlan, 54,", "Harlan said he", "Harlan and his") or an organisation's ("Harlan's
 * board", "Harlan said it", "Harlan raised its"). FG_KIND_PERSON,
 * FG_KIND_ORG or 0 when they do not say. */
static unsigned short_name_side(const FgDocAnalysis *doc, const NameCand *c) {
  const FgSentence *s = &doc->tok.sentences[c->sentence];
  Cue own = type_unknown(doc, c->first, c->last, s->first, s->last, c->titled);
  if (own.strength == CUE_BOUND && (own.typing.kind & (FG_KIND_PERSON | FG_KIND_ORG)))
    return own.typing.kind & (FG_KIND_PERSON | FG_KIND_ORG);
  size_t t = c->last;
  /* "Harlan, 54, said": a person's age between commas */
  if (t + 2 < s->last && fg_tok_is(tok_at(doc, t), ",") &&
      (tok_at(doc, t + 1)->flags & FG_TOK_NUM) && strlen(tok_at(doc, t + 1)->norm) <= 3 &&
      fg_tok_is(tok_at(doc, t + 2), ","))
    return FG_KIND_PERSON;
  /* "Harlan, which was founded in 1952" (who_follows has "Harlan, who") */
  if (t + 1 < s->last && fg_tok_is(tok_at(doc, t), ",") && fg_tok_is(tok_at(doc, t + 1), "which"))
    return FG_KIND_ORG;
  /* "Harlan's shares rose", not "Harlan's shares in Velkor" (a person's) */
  if (t + 1 < s->last && (tok_at(doc, t)->flags & FG_TOK_POSS)) {
    const FgToken *owned = tok_at(doc, t + 1);
    bool holding = fg_tok_is(owned, "shares") || fg_tok_is(owned, "stock");
    bool of_what = t + 2 < s->last && (fg_tok_is(tok_at(doc, t + 2), "in") ||
                                       fg_tok_is(tok_at(doc, t + 2), "of"));
    if (fg_tok_is(owned, "board") || has(doc, FG_LIST_ORG_PART, owned) || (holding && !of_what))
      return FG_KIND_ORG;
    return 0;
  }
  /* the subject pronoun after a reporting verb, or a possessive within
   * three words (an object pronoun may be someone else: "Harlan hired him") */
  bool reported = t + 1 < s->last && has(doc, FG_LIST_REPORTING_VERB, tok_at(doc, t));
  for (size_t k = t; k < s->last && k < t + 3; k++) {
    const FgToken *tok = tok_at(doc, k);
    if (is_word(tok) && (tok->flags & FG_TOK_CAP))
      break;
    bool subject = reported && k == t + 1;
    if (fg_tok_is(tok, "his") || (subject && (fg_tok_is(tok, "he") || fg_tok_is(tok, "she"))))
      return FG_KIND_PERSON;
    if (fg_tok_is(tok, "its") || (subject && fg_tok_is(tok, "it")))
      return FG_KIND_ORG;
  }
  return 0;
}

/* "Harlan" after "Harlan Foods Inc." and "Walter Harlan": a one-word name
 * that is both a person's surname and the opening of an organisation's
 * name is the one the words around it point to, else the one the document
 * introduced first (as a surname stays with the first person filed). */
static uint32_t surname_or_stem(Finder *f, const NameCand *c, uint32_t person, uint32_t org) {
  if (org == FG_NONE || org == person || c->titled)
    return person;
  unsigned side = short_name_side(f->doc, c);
  if (side)
    return side == FG_KIND_ORG ? org : person;
  return org < person ? org : person;
}

/* How many of the latest entities state_by_initials scans: the bound
 * keeps a long piece with many such initials linear. */
#define INITIALS_LOOKBACK 1000

/* "Bremo Kuda (an agency) ... Bremo Krevia (a place) ... BK President
 * X": initials that two names of the document share, first filed for an
 * organisation, go to the place or country among them when a state's
 * office, attribute or troops follow them (narrow_places_to_countries then
 * makes it a country); e otherwise. A scan of the latest entities, only
 * for such a clash. */
static uint32_t state_by_initials(Finder *f, const NameCand *c, uint32_t e) {
  const FgDocAnalysis *doc = f->doc;
  const FgLocalEntities *es = doc->entities;
  size_t sent_first = doc->tok.sentences[c->sentence].first;
  size_t sent_last = doc->tok.sentences[c->sentence].last;
  if (e == FG_NONE || (entity(f, e)->kind & (FG_KIND_PLACE | FG_KIND_COUNTRY)) ||
      !(country_attribute_after(doc, c->last, sent_last) ||
        country_office_beside(doc, c->first, c->last, sent_first, sent_last) ||
        state_troops_after(doc, c->first, c->last, sent_last) ||
        attribute_after(doc, "state-forces", c->last, sent_last)))
    return e;
  const char *acro = entity(f, e)->acronym;
  size_t from = es->count > doc->first_entity + INITIALS_LOOKBACK ? es->count - INITIALS_LOOKBACK
                                                                  : doc->first_entity;
  for (size_t i = from; acro && i < es->count; i++)
    if (es->items[i].acronym && (es->items[i].kind & (FG_KIND_PLACE | FG_KIND_COUNTRY)) &&
        es->items[i].gaz < 0 && strcmp(es->items[i].acronym, acro) == 0)
      return (uint32_t)i;
  return e;
}

/* "Mrs. Holm said her daughters, Lena Holm and Vera Holm, had left": a
 * bare surname that two people of the document share stays apart from
 * them when it comes before both full names (it may be a third Holm);
 * after one, it stays with the person filed first. *e becomes FG_NONE
 * then. False when out of memory. */
static bool surname_named_before(Finder *f, const NameCand *c, const char *match, uint32_t *e) {
  uint32_t shared = FG_NONE;
  if (!filed_entity(f, "surname-shared", match, &shared))
    return false;
  if (shared == FG_NONE)
    return true;
  size_t len = strlen(match);
  for (size_t i = 0; i < f->count; i++) {
    const FgMention *m = &f->items[i];
    if (m->kind != FG_MENTION_NAME || m->entity == FG_NONE || m->first >= c->first ||
        m->last <= m->first + 1)
      continue;
    const char *key = entity(f, m->entity)->key;
    size_t n = strlen(key);
    if (entity(f, m->entity)->kind == FG_KIND_PERSON && n > len + 1 &&
        key[n - len - 1] == ' ' && strcmp(key + n - len, match) == 0)
      return true;
  }
  *e = FG_NONE;
  return true;
}

/* "Greer and his wife, Nadia Greer,": a bare surname before "and", a
 * possessive pronoun, a relative's noun and a full name ending in that
 * surname is another person of the family, not the relative named. */
static bool relative_of_full_name_after(const FgDocAnalysis *doc, const NameCand *c) {
  size_t last = doc->tok.sentences[c->sentence].last, k = c->last;
  if (c->last != c->first + 1 || k + 3 >= last || !fg_tok_is(tok_at(doc, k), "and") ||
      !has(doc, FG_LIST_POSSESSIVE_PRONOUN, tok_at(doc, k + 1)) ||
      !fg_lexicon_has(doc->lex, "kin-noun", tok_at(doc, k + 2)->norm, NULL))
    return false;
  k += 3;
  if (fg_tok_is(tok_at(doc, k), ","))
    k++;
  size_t name = k;
  while (k < last && is_word(tok_at(doc, k)) && (tok_at(doc, k)->flags & FG_TOK_CAP))
    k++;
  return k >= name + 2 && strcmp(tok_at(doc, k - 1)->norm, tok_at(doc, c->first)->norm) == 0;
}

/* "Greer and his wife, Nadia Greer, ... Greer said": the bare surname
 * the document first gave the relative's own person (one joined to no
 * full name, see relative_of_full_name_after) goes on naming that person,
 * not the relative named in full; a title ("Mrs Greer") still looks the
 * surname up. e is set when such a person is found; false when out of
 * memory. */
static bool bare_relative_named_before(Finder *f, const char *match, uint32_t *e) {
  if (!identity_key(f, "surname:", match))
    return false;
  uint32_t found = find_key(f, &f->id_key);
  if (found != FG_NONE && entity(f, found)->kind == FG_KIND_PERSON &&
      !entity(f, found)->surname_only)
    *e = found;
  return true;
}

/* "Karin Dahl will join Velmar." after "Velmar AG": a one-word name
 * that only the recognizer reads a place (no cue bound to it, no place's
 * position such as "in Velmar", no listed place name) may still be the
 * short form of a company the document named; a placed one stays a place. */
static bool place_by_recognizer_alone(const FgDocAnalysis *doc, const NameCand *c) {
  return c->weight == 2 && c->last == c->first + 1 && !(c->side & SIDE_PLACE) &&
         c->typing.kind == FG_KIND_PLACE && c->recognized &&
         !(doc->name_lists && (listed_as(doc, c->first, c->last) & FG_NAMES_PLACE));
}

/* One-word names: a surname of a known person, an acronym of a known
 * organisation, or a new entity when the context types it. */
/* The entity a short name stands for that the document named before, by
 * its surname, stem, given name or words (e may hold one already found);
 * false when out of memory. */
static bool named_before_short(Finder *f, NameCand *c, Keys *k, const char *match,
                               const FgToken *t0, uint32_t *e) {
  if (*e == FG_NONE && !find_surname(f, k, c->titled, e))
    return false;
  if (*e != FG_NONE && !surname_named_before(f, c, match, e))
    return false;
  uint32_t stem = FG_NONE;
  if (*e != FG_NONE && !c->titled && entity(f, *e)->kind == FG_KIND_PERSON) {
    if (!filed_entity(f, "stem", match, &stem))
      return false;
    *e = surname_or_stem(f, c, *e, stem);
  }
  if (*e == FG_NONE && !c->titled &&
      (!(c->typing.type && (c->typing.kind & (FG_KIND_PLACE | FG_KIND_COUNTRY))) ||
       place_by_recognizer_alone(f->doc, c)) &&
      !filed_entity(f, "stem", match, e))
    return false;
  if (*e == FG_NONE && c->typing.type && c->typing.kind == FG_KIND_ORG && c->weight >= 3 &&
      !filed_entity(f, "org-stem", match, e))
    return false;
  if (*e == FG_NONE && !c->titled && c->last == c->first + 1 &&
      !(c->typing.type && (c->typing.kind & (FG_KIND_PLACE | FG_KIND_COUNTRY | FG_KIND_PERSON))) &&
      !filed_entity(f, "club-stem", match, e))
    return false;
  if (*e == FG_NONE && c->last == c->first + 1 && !c->titled)
    *e = named_by_head(f, c->first);
  /* "Daniel" alone after "Daniel Okafor", when no other person of the
   * document has that given name (an acronym is no given name, nor a
   * word its cues type otherwise) */
  uint32_t shared = FG_NONE;
  if (*e == FG_NONE && !c->titled && c->last == c->first + 1 && !(t0->flags & FG_TOK_UPPER) &&
      (!c->typing.type || c->typing.kind == FG_KIND_PERSON) &&
      (!filed_entity(f, "given-shared", match, &shared) ||
       (shared == FG_NONE && !filed_entity(f, "given", match, e))))
    return false;
  if (*e == FG_NONE && !c->titled && c->last == c->first + 1 && !(t0->flags & FG_TOK_UPPER) &&
      (!c->typing.type || c->typing.kind == FG_KIND_PERSON) &&
      !sibling_of_full_name(f, c, e))
    return false;
  /* the word named before in this document, however typed then */
  for (size_t i = 0; i < 2 && *e == FG_NONE; i++) {
    if (!identity_key(f, i ? "surname:" : "name:", match))
      return false;
    *e = find_key(f, &f->id_key);
  }
  return true;
}

static bool assign_short_name(Finder *f, NameCand *c, Keys *k) {
  const FgDocAnalysis *doc = f->doc;
  if (c->last == c->first)
    return true;
  if (!make_keys(doc, c->first, c->last, k))
    return false;
  const char *match = fg_buf_cstr(&k->match);
  const FgToken *t0 = tok_at(doc, c->first);
  uint32_t e = FG_NONE;
  if ((t0->flags & FG_TOK_UPPER) && c->last == c->first + 1 &&
      !filed_entity(f, "acronym", t0->norm, &e))
    return false;
  if ((t0->flags & FG_TOK_UPPER) && c->last == c->first + 1)
    e = state_by_initials(f, c, e);
  if (e == FG_NONE && fg_name_dotted_initials(doc->tok.tokens, c->first, c->last) &&
      !dotted_initials_entity(f, c->first, c->last, &e))
    return false;
  if (e == FG_NONE)
    e = compass_country(f, c);
  /* the relative's own surname names another of the family, a person
   * whatever firm its word opens: no lookup of one named before */
  bool relative = relative_of_full_name_after(doc, c);
  if (relative)
    c->typing = typing_of("Person");
  else if ((e == FG_NONE && !c->titled && !bare_relative_named_before(f, match, &e)) ||
           !named_before_short(f, c, k, match, t0, &e))
    return false;
  bool sentence_start = c->first == doc->tok.sentences[c->sentence].first;
  if (e == FG_NONE && !c->typing.type && !sentence_start)
    c->typing = conjunct_typing(f, c->first);
  /* a sentence's first word is a name when the recognizer or a sure cue
   * says so ("Ostrelia's prime minister"; not "Meanwhile, the group") */
  bool sure_country = c->weight >= 3 && c->typing.type && c->typing.kind == FG_KIND_COUNTRY;
  /* "Velsk, a town in ...", "Velsk is a town in ...": a proper noun its
   * apposition or copula types ("Meanwhile, the group" is an adverb); the
   * tagger may read a copula's unknown subject as a common noun */
  size_t sent_last = doc->tok.sentences[c->sentence].last;
  bool copula = c->last < sent_last && (copula_at(doc, c->last, sent_last) ||
                                         bare_role_after_copula(doc, c->last, sent_last).type);
  bool comma = c->last < sent_last && fg_tok_is(tok_at(doc, c->last), ",");
  bool sure_name = c->weight >= 3 && c->typing.type && doc->token_upos &&
                   (doc->token_upos[c->first] == FG_UPOS_PROPN ||
                    ((copula || (comma && apposition_closed(doc, c->last + 1, sent_last))) &&
                     doc->token_upos[c->first] == FG_UPOS_NOUN)) &&
                   (comma || copula);
  /* "Kessavo-based Brindle Motors said", "VELMORA (Reuters) -": a proper
   * noun typed a place by the "-based" or "-born" after it, or by its
   * dateline (not "Community-based groups": a common noun) */
  bool place_cued = c->typing.type && c->typing.kind == FG_KIND_PLACE && c->weight >= 3 &&
                    doc->token_upos && doc->token_upos[c->first] == FG_UPOS_PROPN &&
                    ((c->last + 1 < sent_last && fg_tok_is(tok_at(doc, c->last), "-") &&
                      (has(doc, FG_LIST_BASED_PARTICIPLE, tok_at(doc, c->last + 1)) ||
                       has(doc, FG_LIST_ORIGIN_PARTICIPLE, tok_at(doc, c->last + 1)))) ||
                     (doc->tok.sentences[c->sentence].flags & FG_SENT_DATELINE) ||
                     region_noun_after(doc, c->last, sent_last));
  /* "Ostrel's Kanto Foods cut jobs": a proper noun whose possessive opens
   * a body's name is where that body is */
  bool seat_cued = c->typing.type && (c->typing.kind & (FG_KIND_PLACE | FG_KIND_COUNTRY)) &&
                   c->weight >= 3 && doc->token_upos &&
                   doc->token_upos[c->first] == FG_UPOS_PROPN &&
                   seat_owning_org_name(doc, c->first, c->last, &doc->tok.sentences[c->sentence]);
  /* "Velsk Mayor Ana Veld said": a city's or region's office right after */
  bool office_after = c->typing.type && c->typing.kind != FG_KIND_PERSON &&
                      attribute_after(doc, "local-office", c->last, sent_last);
  /* "Drelco spokesman Ivo Marsk said": an unknown proper noun right
   * before an organisation's role word and the person holding it; not a
   * name's head noun ("Hospital spokesman Ivo Marsk") nor a listed
   * personal name ("Hollis spokesman": a candidate's) */
  bool org_role_after = c->typing.type && c->typing.kind == FG_KIND_ORG && doc->token_upos &&
                        doc->token_upos[c->first] == FG_UPOS_PROPN && doc->token_ner &&
                        !is_head(doc, c->first) &&
                        !(doc->name_lists && (listed_as(doc, c->first, c->last) &
                                              (FG_NAMES_GIVEN | FG_NAMES_SURNAME))) &&
                        before_org_role(doc, c->last, sent_last) &&
                        person_after_role(doc, c->last, sent_last);
  /* "Velsk resident Ana Berg won": a proper noun typed a town by the
   * resident's or native's noun between it and a capitalised name */
  bool hometown_cued = c->typing.type && c->typing.kind == FG_KIND_PLACE && c->weight >= 3 &&
                       doc->token_upos && doc->token_upos[c->first] == FG_UPOS_PROPN &&
                       c->last + 1 < sent_last && (tok_at(doc, c->last + 1)->flags & FG_TOK_CAP) &&
                       hometown_before_person(doc, c->first, c->last, doc->tok.sentences[c->sentence].first,
                                              sent_last);
  /* "ZMV's leaders met", "BK forces shelled": a sentence's first word of
   * two to five capitals before its possessive or a lower-case word is
   * initials, a name however it opens the sentence (no dateline's town) */
  const FgSentence *sent = &doc->tok.sentences[c->sentence];
  bool initials = sentence_start && c->typing.type && c->last == c->first + 1 &&
                  c->last < sent_last && (t0->flags & FG_TOK_UPPER) && strlen(t0->norm) <= 5 &&
                  !(sent->flags & FG_SENT_DATELINE) &&
                  ((tok_at(doc, c->last)->flags & FG_TOK_POSS) ||
                   (is_word(tok_at(doc, c->last)) && !(tok_at(doc, c->last)->flags & FG_TOK_CAP)));
  if (e == FG_NONE &&
      (c->titled || relative ||
       (c->typing.type && (!sentence_start || c->recognized || c->owner || c->issuer ||
                           sure_country || sure_name || office_after || initials || place_cued ||
                           org_role_after || seat_cued || hometown_cued)))) {
    Typing ty = c->typing.type ? c->typing : typing_of("Person");
    bool ok = identity_key(f, ty.kind == FG_KIND_PERSON ? "surname:" : "name:", match);
    if (ok && e == FG_NONE) {
      char *label = span_text(doc, c->first, c->last);
      e = label ? new_entity(f, f->id_key.data, label, ty.type, ty.kind, -1) : FG_NONE;
      ok = e != FG_NONE && remember_key(f, &f->id_key, e);
      if (ok && ty.kind == FG_KIND_PERSON) {
        /* a relative's surname joins no full name later (resolve.c) */
        entity(f, e)->surname_only = !relative;
        const char *skeleton = skeleton_key(k);
        ok = skeleton && (entity(f, e)->skeleton = strdup(skeleton)) != NULL;
      }
    }
    if (!ok)
      return false;
  }
  if (e == FG_NONE)
    return true;
  FgMention *m = push_mention(f, c->first, c->last, c->sentence, FG_MENTION_NAME);
  if (!m)
    return false;
  m->entity = e;
  m->country = c->country;
  entity(f, e)->has_role |= c->titled;
  return add_form(f, e, m->first, m->last);
}

/* "the National Liberation Front (NLF)": the acronym becomes its alias. */
static bool define_acronyms(Finder *f) {
  const FgDocAnalysis *doc = f->doc;
  for (size_t i = 0; i < f->count; i++) {
    FgMention *m = &f->items[i];
    size_t t = m->last;
    if (m->kind != FG_MENTION_NAME || t + 2 >= doc->tok.token_count)
      continue;
    const FgToken *open = tok_at(doc, t), *acro = tok_at(doc, t + 1);
    if (!fg_tok_is(open, "(") || !(acro->flags & FG_TOK_UPPER) ||
        !fg_tok_is(tok_at(doc, t + 2), ")"))
      continue;
    FgLocalEntity *e = entity(f, m->entity);
    if (e->kind != FG_KIND_ORG)
      continue;
    free(e->acronym);
    if (!(e->acronym = strdup(acro->norm)))
      return false;
  }
  return true;
}

/* The local entity that e was joined to (joined[] holds, by entity from
 * the document's first, the entity each was joined to, or itself). */
static uint32_t joined_root(uint32_t *joined, size_t base, uint32_t e) {
  while (joined[e - base] != e) {
    joined[e - base] = joined[joined[e - base] - base];
    e = joined[e - base];
  }
  return e;
}

/* "the CVK (Velm Kitchen Council)": initials followed by a
 * bracketed name of an organisation are that organisation, and every
 * mention of them (define_acronyms does the other order). */
static bool join_expanded_acronyms(Finder *f) {
  const FgDocAnalysis *doc = f->doc;
  size_t base = doc->first_entity, n = doc->entities->count - base;
  size_t tokens = doc->tok.token_count;
  uint32_t *joined = fg_arena_alloc(doc->arena, (n ? n : 1) * sizeof *joined);
  uint32_t *starting = fg_arena_alloc(doc->arena, (tokens ? tokens : 1) * sizeof *starting);
  if (!joined || !starting)
    return false;
  for (size_t e = 0; e < n; e++)
    joined[e] = (uint32_t)(base + e);
  for (size_t t = 0; t < tokens; t++)
    starting[t] = FG_NONE;
  for (size_t i = 0; i < f->count; i++)
    if (f->items[i].kind == FG_MENTION_NAME)
      starting[f->items[i].first] = (uint32_t)i;
  bool any = false;
  for (size_t i = 0; i < f->count; i++) {
    const FgMention *m = &f->items[i];
    if (m->kind != FG_MENTION_NAME || m->last != m->first + 1 || m->entity == FG_NONE ||
        m->entity < base || !(tok_at(doc, m->first)->flags & FG_TOK_UPPER) ||
        m->last + 2 >= tokens || !fg_tok_is(tok_at(doc, m->last), "(") ||
        starting[m->last + 1] == FG_NONE)
      continue;
    const FgMention *full = &f->items[starting[m->last + 1]];
    if (full->entity == FG_NONE || full->entity < base || full->last - full->first < 2 ||
        full->last >= tokens || !fg_tok_is(tok_at(doc, full->last), ")") ||
        entity(f, full->entity)->kind != FG_KIND_ORG)
      continue;
    uint32_t from = joined_root(joined, base, m->entity), to = joined_root(joined, base, full->entity);
    if (from != to) {
      joined[from - base] = to;
      any = true;
    }
  }
  for (size_t i = 0; any && i < f->count; i++) {
    FgMention *m = &f->items[i];
    if (m->entity == FG_NONE || m->entity < base)
      continue;
    uint32_t to = joined_root(joined, base, m->entity);
    if (to == m->entity)
      continue;
    if (entity(f, m->entity)->weight)
      entity(f, m->entity)->weight--;
    m->entity = to;
    if (!add_form(f, to, m->first, m->last))
      return false;
  }
  return true;
}

/* "Orsa Velka ... the O.V. forces": initials with stops ("O.V.", no name's
 * part) are the country, place or organisation of the document whose
 * initials they spell (file_acronyms). */
static bool name_dotted_initials(Finder *f) {
  const FgDocAnalysis *doc = f->doc;
  size_t tokens = doc->tok.token_count;
  bool *covered = fg_arena_calloc(doc->arena, tokens ? tokens : 1, sizeof *covered);
  if (!covered)
    return false;
  for (size_t i = 0; i < f->count; i++)
    for (size_t t = f->items[i].first; t < f->items[i].last && t < tokens; t++)
      covered[t] = true;
  for (size_t si = 0; si < doc->tok.sentence_count; si++) {
    const FgSentence *s = &doc->tok.sentences[si];
    for (size_t t = s->first; t < s->last;) {
      size_t end = t;
      bool free_run = t == 0 || !joined(tok_at(doc, t - 1), tok_at(doc, t));
      while (free_run && end + 1 < s->last && end - t < 2 * MAX_DOTTED_INITIALS &&
             is_word(tok_at(doc, end)) && strlen(tok_at(doc, end)->norm) == 1 &&
             (tok_at(doc, end)->flags & FG_TOK_CAP) && !covered[end] &&
             fg_tok_is(tok_at(doc, end + 1), ".") &&
             joined(tok_at(doc, end), tok_at(doc, end + 1)) &&
             (end == t || joined(tok_at(doc, end - 1), tok_at(doc, end))))
        end += 2;
      uint32_t e = FG_NONE;
      if (!dotted_initials_entity(f, t, end, &e))
        return false;
      if (e != FG_NONE) {
        FgMention *m = push_mention(f, (uint32_t)t, (uint32_t)end, (uint32_t)si,
                                    FG_MENTION_NAME);
        if (!m)
          return false;
        m->entity = e;
        if (!add_form(f, e, t, end))
          return false;
      }
      t = end > t ? end : t + 1;
    }
  }
  return true;
}

/* Past "and" and the capitalised words of another name ("Orsa and Velka
 * signed"): where the words after a coordinated name start; else t. */
static size_t after_conjunct(const FgDocAnalysis *doc, size_t t, size_t sent_last) {
  if (t + 1 >= sent_last || !fg_tok_is(tok_at(doc, t), "and"))
    return t;
  size_t end = capitalised_run_end(doc, t + 1, sent_last);
  return end > t + 1 ? end : t;
}

/* Token t is a lower-case adverb, particle or auxiliary not of "be" that
 * may stand between a subject's name and its verb ("Tarvia did not join",
 * "Tarvia may have invaded"; "Tarvia was invaded" is done to it). */
static bool word_before_verb(const FgDocAnalysis *doc, size_t t) {
  const FgToken *tok = tok_at(doc, t);
  uint8_t upos = doc->token_upos[t];
  return !(tok->flags & FG_TOK_CAP) &&
         (upos == FG_UPOS_ADV || upos == FG_UPOS_PART ||
          (upos == FG_UPOS_AUX && !has(doc, FG_LIST_BE_AUX, tok)));
}

/* "Tarvia invaded", "Orsa and Velka signed", "Tarvia reportedly
 * invaded", "Tarvia may have invaded", "Tarvia, which invaded": what only a state does (the list
 * "state-act") after the name at last, a coordinated name and up to three
 * lower-case adverbs or auxiliaries between; no form of "be" ("Tarvia was
 * invaded" is done to it). */
static bool state_act_after(const FgDocAnalysis *doc, size_t last, size_t sent_last) {
  size_t t = after_conjunct(doc, last, sent_last);
  /* "Tarvia, which invaded Y last year, ...": the relative clause's act */
  if (t + 2 < sent_last && fg_tok_is(tok_at(doc, t), ",") && fg_tok_is(tok_at(doc, t + 1), "which"))
    t += 2;
  for (size_t k = 0; k < 3 && t + 1 < sent_last && doc->token_upos; k++, t++)
    /* "has invaded", "will sign": the list's own forms come first */
    if (!word_before_verb(doc, t) || attribute_after(doc, "state-act", t, sent_last))
      break;
  return attribute_after(doc, "state-act", t, sent_last) != NULL;
}

/* "imposed sanctions on Kesmira", "an embargo against Ostria": what a
 * state's sanctions (list "state-target-noun") fall on, a place's name
 * right after "on" or "against", is a country; reach: how many words,
 * all words, may stand between the noun and the preposition plus one
 * ("sanctions imposed by X on Y": reach 5). */
static bool state_target(const FgDocAnalysis *doc, size_t first, size_t sent_first,
                         size_t reach) {
  if (first < sent_first + 2 ||
      !(fg_tok_is(tok_at(doc, first - 1), "on") || fg_tok_is(tok_at(doc, first - 1), "against")))
    return false;
  for (size_t k = first - 1; k > sent_first && k + reach >= first; k--) {
    if (!is_word(tok_at(doc, k - 1)))
      return false;
    if (fg_lexicon_has(doc->lex, "state-target-noun", tok_at(doc, k - 1)->norm, NULL))
      return true;
  }
  return false;
}

/* "Quellia denied the claim. Its foreign minister, X, said": a name
 * opening its sentence whose next sentence opens with "Its" and a
 * minister is a country (the minister is its). */
static bool its_minister_next(const FgDocAnalysis *doc, const FgMention *m) {
  const FgSentence *s = &doc->tok.sentences[m->sentence];
  if (m->first != s->first || m->sentence + 1 >= doc->tok.sentence_count)
    return false;
  const FgSentence *next = s + 1;
  return next->first + 2 < next->last && fg_tok_is(tok_at(doc, next->first), "its") &&
         fg_ministerial_office_after(doc, next->first + 1, next->last);
}

/* "Tarvo sanctioned Kesh. The country also expelled ...": a name opening
 * its sentence, which names no place or country besides, whose next
 * sentence opens with "the country" or "the nation" (list "country-noun")
 * as its subject, a verb or an adverb after it (not "The country singer",
 * which the tagger may read as an adverb), is a country:
 * the noun takes up the last sentence's subject, and names no person; not
 * a listed given name or surname ("Marek praised X. The nation cheered"). */
static bool country_noun_next(const Finder *f, const FgMention *m) {
  const FgDocAnalysis *doc = f->doc;
  const FgSentence *s = &doc->tok.sentences[m->sentence];
  if (m->first != s->first || m->sentence + 1 >= doc->tok.sentence_count || !doc->token_upos ||
      (doc->name_lists && (listed_as(doc, m->first, m->last) & (FG_NAMES_GIVEN | FG_NAMES_SURNAME))))
    return false;
  const FgSentence *next = s + 1;
  size_t t = next->first;
  if (t + 2 >= next->last || !fg_tok_is(tok_at(doc, t), "the") ||
      !has(doc, FG_LIST_COUNTRY_NOUN, tok_at(doc, t + 1)) ||
      !(doc->token_upos[t + 2] == FG_UPOS_VERB || doc->token_upos[t + 2] == FG_UPOS_AUX ||
        doc->token_upos[t + 2] == FG_UPOS_ADV) ||
      has(doc, FG_LIST_PERSON_NOUN, tok_at(doc, t + 2)))
    return false;
  for (size_t i = 0; i < f->count; i++) {
    const FgMention *o = &f->items[i];
    if (o->sentence == m->sentence && o->entity != FG_NONE && o->entity != m->entity &&
        (f->doc->entities->items[o->entity].kind & (FG_KIND_PLACE | FG_KIND_COUNTRY)))
      return false;
  }
  return true;
}

/* "X, who has ruled Velmoria since 2012", "ruled over Tarsk": a one-word
 * place right after a verb of a ruler's rule (list "rule-verb", "over"
 * between) is a state; a court "ruled in" or "ruled that", so no name
 * follows its verb. */
static bool ruled_place(const FgDocAnalysis *doc, const FgMention *m, size_t sent_first) {
  size_t t = m->first;
  if (m->last != t + 1 || t < sent_first + 2)
    return false;
  if (fg_tok_is(tok_at(doc, t - 1), "over"))
    t--;
  return t > sent_first + 1 && list_entry_at(doc, "rule-verb", t - 1, false) != NULL;
}

/* Whether a rule fires on more than its lemma: a word below the trigger
 * (needs=) or an object's head word (objhead=) must be there too. */
static bool rule_needs_more_than_lemma(const FgDepRule *r) {
  return r->needs.count > 0 || r->objhead != NULL;
}

/* Whether a dep rule of the lemma text[0..len) reads its logical subject
 * as an agent only (a person, an organisation or a country, no place),
 * and none of its rules that read the logical subject takes a place. A
 * rule that needs more than its lemma makes no agent of the lemma alone
 * ("beat ... dead" is a killer's, "Kelton beat Dunmore" a team's). */
static bool agent_only_lemma(const FgDocAnalysis *doc, const char *text, size_t len) {
  size_t n = 0;
  uint32_t id = len ? fg_lexicon_word(doc->lex, text, len) : FG_NO_ID;
  const uint32_t *rules = id == FG_NO_ID ? NULL : fg_lexicon_deps_from(doc->lex, id, &n);
  bool agent = false;
  for (size_t i = 0; rules && i < n; i++) {
    const FgDepRule *r = fg_lexicon_dep(doc->lex, rules[i]);
    if (r->on_name || !r->subj_count || r->subj_paths[0].kind != FG_PATH_SUBJ)
      continue;
    if (r->subj & FG_KIND_PLACE)
      return false;
    agent |= r->gov.count == 0 && !rule_needs_more_than_lemma(r) &&
             (r->subj & FG_KIND_COUNTRY) != 0;
  }
  return agent;
}

/* Whether the verb at t ("backs", "bombed", "funding") is of a lemma
 * agent_only_lemma: the lemmatizer's, or the form itself (a lemma the
 * lemmatizer got wrong: the tree rules trigger by form too). */
static bool agent_only_verb(const FgDocAnalysis *doc, size_t t) {
  const char *w = tok_at(doc, t)->norm;
  const char *lemma = doc->token_lemma ? doc->token_lemma[t] : NULL;
  return (lemma && agent_only_lemma(doc, lemma, strlen(lemma))) ||
         agent_only_lemma(doc, w, strlen(w));
}

/* "Orvania backs X", "Tolvia has funded X": a verb a rule reads only with
 * an agent for its subject (agent_only_verb) right after the name ending
 * at last, up to three adverbs, particles or auxiliaries not of "be"
 * between (as state_act_after skips them). */
static bool agent_verb_after(const FgDocAnalysis *doc, size_t last, size_t sent_last) {
  size_t t = last;
  for (size_t k = 0; k < 3 && t + 1 < sent_last && doc->token_upos; k++, t++)
    if (!word_before_verb(doc, t))
      break;
  return t < sent_last && doc->token_upos && doc->token_upos[t] == FG_UPOS_VERB &&
         is_word(tok_at(doc, t)) && !(tok_at(doc, t)->flags & FG_TOK_CAP) &&
         agent_only_verb(doc, t);
}

/* "Orsa Velka ... OV President Ilse Marr", "the O.V. government": a
 * country's attribute after any spelling of an unknown place (its initials
 * most often), an office only a country among places has beside it
 * (country_office_beside), or what only a state does (the list "state-act")
 * makes the whole entity a country; a cue types only
 * the spelling it follows, and the recognizer has no class of its own for
 * countries. Places a head noun typed (City, Region) stay. An office alone
 * types nothing: organisations have presidents too. */
static void narrow_places_to_countries(Finder *f) {
  const FgDocAnalysis *doc = f->doc;
  for (size_t i = 0; i < f->count; i++) {
    const FgMention *m = &f->items[i];
    if (m->kind != FG_MENTION_NAME || m->entity == FG_NONE)
      continue;
    FgLocalEntity *e = entity(f, m->entity);
    size_t sent_last = doc->tok.sentences[m->sentence].last;
    size_t sent_first = doc->tok.sentences[m->sentence].first;
    /* "Quellia" the recognizer read as a person: only the minister */
    bool one_word_person = e->kind == FG_KIND_PERSON && m->last == m->first + 1 && e->surname_only;
    bool place = e->kind == FG_KIND_PLACE && strcmp(e->type, "Place") == 0;
    /* "the mosque in Lorton condemned": a preposition's object is not the
     * verb's subject */
    bool objected = m->first > sent_first && has(doc, FG_LIST_PREPOSITION, tok_at(doc, m->first - 1));
    if (e->gaz >= 0 || !(place || one_word_person) ||
        !(its_minister_next(doc, m) || country_noun_next(f, m) ||
          (place && (country_attribute_after(doc, m->last, sent_last) ||
                     country_office_beside(doc, m->first, m->last, sent_first, sent_last) ||
                     has_capital(doc, m->first, m->last, sent_first, sent_last) ||
                     state_target(doc, m->first, sent_first, 1) || ruled_place(doc, m, sent_first) ||
                     (!objected && state_act_after(doc, m->last, sent_last)) ||
                     (!objected && m->last == m->first + 1 &&
                      agent_verb_after(doc, m->last, sent_last))))))
      continue;
    Typing country = typing_of("Country");
    e->type = country.type;
    e->kind = country.kind;
  }
}

/* Whether the mention m is an unknown one-word name that only a weak cue
 * typed: a plain place, an organisation of no class, or a one-word person
 * with no title. */
static bool weak_one_word_name(const Finder *f, const FgMention *m) {
  if (m->entity == FG_NONE || m->last != m->first + 1)
    return false;
  const FgLocalEntity *e = &f->doc->entities->items[m->entity];
  return e->gaz < 0 && ((e->kind == FG_KIND_PLACE && strcmp(e->type, "Place") == 0) ||
                        (e->kind == FG_KIND_ORG && strcmp(e->type, "Organization") == 0) ||
                        (e->kind == FG_KIND_PERSON && e->surname_only && !e->has_role));
}

static bool weak_shaped_name(const Finder *f, const FgMention *m) {
  return weak_one_word_name(f, m) && country_shaped(f->doc, m->first);
}

/* A one-word name read as a person's with nothing but the recognizer
 * behind it, which no names list gives as a given name or a surname
 * ("Belmira", not "Marsh"); a place stays ("Mombasa, Kenya"). */
static bool weak_unlisted_person(const Finder *f, const FgMention *m) {
  return weak_one_word_name(f, m) && f->doc->entities->items[m->entity].kind == FG_KIND_PERSON &&
         f->doc->name_lists &&
         !(listed_as(f->doc, m->first, m->last) & (FG_NAMES_GIVEN | FG_NAMES_SURNAME));
}

/* "sanctions on Mardovia and Brastovia", "Tolvia, Mardovia and Brastovia
 * agreed", "France and Belmira signed": names coordinated by "and", "or"
 * or a comma share a country's type. A weakly typed name shaped as
 * countries' are, or a bare one-word person's no names list knows,
 * becomes a country when another conjunct is one; names shaped as countries' are
 * become countries when every conjunct (two or more) is such a name; a
 * city or a person among them ("Herast and Tolvia") keeps the others as
 * they are. */
static bool conjoined_countries(Finder *f) {
  const FgDocAnalysis *doc = f->doc;
  FgMention *names = malloc((f->count ? f->count : 1) * sizeof *names);
  if (!names)
    return false;
  size_t n = 0;
  for (size_t i = 0; i < f->count; i++)
    if (f->items[i].kind == FG_MENTION_NAME && f->items[i].entity != FG_NONE)
      names[n++] = f->items[i];
  if (!fg_mentions_sort(names, n)) {
    free(names);
    return false;
  }
  Typing country = typing_of("Country");
  for (size_t i = 0, j; i < n; i = j) {
    /* the chain names[i..j): each next name one or two joining tokens on */
    for (j = i + 1; j < n && names[j].sentence == names[i].sentence; j++) {
      size_t at = names[j - 1].last, gap = names[j].first - at;
      const FgToken *join = gap == 2 && fg_tok_is(tok_at(doc, at), ",") ? tok_at(doc, at + 1)
                                                                      : tok_at(doc, at);
      if (names[j].first <= at || gap > 2 || (gap == 2 && fg_tok_is(join, ",")) ||
          !(fg_tok_is(join, "and") || fg_tok_is(join, "or") || fg_tok_is(join, ",")))
        break;
    }
    if (j - i < 2)
      continue;
    size_t weak = 0;
    bool state = false;
    for (size_t k = i; k < j; k++) {
      weak += weak_shaped_name(f, &names[k]);
      state |= doc->entities->items[names[k].entity].kind == FG_KIND_COUNTRY;
    }
    if (!(state || (weak && weak == j - i)))
      continue;
    for (size_t k = i; k < j; k++)
      if (weak_shaped_name(f, &names[k]) || (state && weak_unlisted_person(f, &names[k]))) {
        FgLocalEntity *e = entity(f, names[k].entity);
        e->type = country.type;
        e->kind = country.kind;
        e->surname_only = false;
      }
  }
  free(names);
  return true;
}

/* Whether a name of a country in the sentence ends at t: the actor of
 * the verb that follows it. */
static bool country_ends_at(const Finder *f, size_t t, size_t sentence) {
  for (size_t i = 0; i < f->count; i++) {
    const FgMention *m = &f->items[i];
    if (m->sentence == sentence && m->last == t && m->kind == FG_MENTION_NAME &&
        m->entity != FG_NONE &&
        f->doc->entities->items[m->entity].kind == FG_KIND_COUNTRY)
      return true;
  }
  return false;
}

/* "Norland sanctioned Kestria", "Tarvia condemned Orsk", "Velka is
 * negotiating with Orsa": what a country does to a counterpart (the list
 * "state-counterpart-verb", "with" after its verbs of talks) has a state
 * as its object: an unknown one-word name that only a weak cue typed a
 * place or an organisation of no class there is a country. The actor must
 * be a country already (adverbs, auxiliaries and "not" between), and a
 * conquest's object ("invaded Arn") is a place, so that list has none. */
static void states_acted_on(Finder *f) {
  const FgDocAnalysis *doc = f->doc;
  if (!doc->token_upos)
    return;
  Typing country = typing_of("Country");
  for (size_t i = 0; i < f->count; i++) {
    const FgMention *m = &f->items[i];
    size_t sent_first = doc->tok.sentences[m->sentence].first;
    if (m->kind != FG_MENTION_NAME || !weak_one_word_name(f, m) ||
        doc->entities->items[m->entity].kind == FG_KIND_PERSON || m->first < sent_first + 2)
      continue;
    size_t verb = m->first - 1;
    const char *value = list_entry_at(doc, "state-counterpart-verb", verb, false);
    if (!value && fg_tok_is(tok_at(doc, verb), "with") && verb > sent_first + 1) {
      verb--;
      value = list_entry_at(doc, "state-counterpart-verb", verb, false);
      value = value && strcmp(value, "with") == 0 ? value : NULL;
    }
    if (!value)
      continue;
    size_t t = verb;
    for (size_t k = 0; k < 3 && t > sent_first + 1 &&
                       (doc->token_upos[t - 1] == FG_UPOS_ADV || doc->token_upos[t - 1] == FG_UPOS_AUX ||
                        doc->token_upos[t - 1] == FG_UPOS_PART);
         k++)
      t--;
    if (!country_ends_at(f, t, m->sentence))
      continue;
    FgLocalEntity *e = entity(f, m->entity);
    e->type = country.type;
    e->kind = country.kind;
  }
}

/* Whether the words after the name ending at last (office_position) are
 * an office no organisation has: a minister, a
 * ministry, "Secretary of State" ("the ACR Foreign Minister", "ACR
 * Secretary of State X"). */
bool fg_ministerial_office_after(const FgDocAnalysis *doc, size_t last, size_t sent_last) {
  size_t t = office_position(doc, last, sent_last);
  if (t >= sent_last)
    return false;
  const FgToken *word = tok_at(doc, t);
  return fg_tok_is(word, "minister") || fg_tok_is(word, "ministry") ||
         (t + 2 < sent_last && fg_tok_is(word, "secretary") && fg_tok_is(tok_at(doc, t + 1), "of") &&
          fg_tok_is(tok_at(doc, t + 2), "state"));
}

/* "the Kestavian ambassador to (the) ACR": who is sent to it is a country. */
static bool ambassador_to(const FgDocAnalysis *doc, size_t first, size_t sent_first) {
  size_t t = first;
  if (t > sent_first && fg_tok_is(tok_at(doc, t - 1), "the"))
    t--;
  return t >= sent_first + 2 && fg_tok_is(tok_at(doc, t - 1), "to") &&
         fg_tok_is(tok_at(doc, t - 2), "ambassador");
}

/* Kinds of evidence that an unknown name read as an organisation is a
 * country; an organisation may show one of them ("Acme's president",
 * "Acme forces"), a country two. */
enum {
  STATE_OFFICE = 1,    /* "ACR President X", "the president of ACR" */
  STATE_GOVERNMENT = 2, /* "the ACR government" */
  STATE_ACT = 4,       /* "ACR sanctions", "ACR signed" (the list "state-act") */
  STATE_FORCES = 8,    /* "ACR military", "ACR army", "ACR armed forces" */
  STATE_SURE = 16      /* what only a country has: see narrow_organisations_to_countries */
};

static unsigned state_evidence(const FgDocAnalysis *doc, const FgMention *m) {
  size_t sent_first = doc->tok.sentences[m->sentence].first;
  size_t sent_last = doc->tok.sentences[m->sentence].last;
  const char *attribute = country_attribute_after(doc, m->last, sent_last);
  const char *holder = title_of_holder_of(doc, "country-attribute", m->first, sent_first);
  if ((attribute && strcmp(attribute, "Country") == 0) || (holder && strcmp(holder, "Country") == 0) ||
      has_capital(doc, m->first, m->last, sent_first, sent_last) ||
      fg_ministerial_office_after(doc, m->last, sent_last) || ambassador_to(doc, m->first, sent_first) ||
      its_minister_next(doc, m))
    return STATE_SURE;
  unsigned found = 0;
  if (country_office_beside(doc, m->first, m->last, sent_first, sent_last) ||
      title_of_holder_of(doc, "country-office", m->first, sent_first))
    found |= STATE_OFFICE;
  if (attribute)
    found |= STATE_GOVERNMENT;
  if (state_act_after(doc, m->last, sent_last))
    found |= STATE_ACT;
  if (attribute_after(doc, "state-forces", m->last, sent_last))
    found |= STATE_FORCES;
  return found;
}

/* "RV Secretary of State X", "the RV embassy", or "RV President X ... RV
 * sanctions": an unknown name that only the recognizer or its initials
 * typed as an organisation of no class (no head noun of its own names
 * it) is a country when the document gives it what only a country has
 * (an embassy, an ambassador, a prime minister, a minister, a capital),
 * or two kinds of a state's evidence (state_evidence). */
static bool narrow_organisations_to_countries(Finder *f) {
  const FgDocAnalysis *doc = f->doc;
  size_t base = doc->first_entity, n = doc->entities->count - base;
  unsigned *evidence = fg_arena_calloc(doc->arena, n ? n : 1, sizeof *evidence);
  bool *headed = fg_arena_calloc(doc->arena, n ? n : 1, sizeof *headed);
  if (!evidence || !headed)
    return false;
  for (size_t i = 0; i < f->count; i++) {
    const FgMention *m = &f->items[i];
    if (m->kind != FG_MENTION_NAME || m->entity == FG_NONE || m->entity < base)
      continue;
    const FgLocalEntity *e = entity(f, m->entity);
    if (e->gaz >= 0 || e->kind != FG_KIND_ORG || strcmp(e->type, "Organization") != 0)
      continue;
    for (size_t t = m->first; t < m->last; t++)
      headed[m->entity - base] |= is_head(doc, t);
    evidence[m->entity - base] |= state_evidence(doc, m);
  }
  Typing country = typing_of("Country");
  for (size_t e = 0; e < n; e++) {
    unsigned found = evidence[e];
    bool two = found & (found - 1);
    if (headed[e] || !(found & STATE_SURE || two))
      continue;
    entity(f, (uint32_t)(base + e))->type = country.type;
    entity(f, (uint32_t)(base + e))->kind = country.kind;
  }
  return true;
}

/* The country entity of this document whose name or initials match key
 * ("name:" as assign_short_name files one), else FG_NONE. */
static uint32_t document_country(Finder *f, const char *match) {
  uint32_t e = FG_NONE;
  if (identity_key(f, "name:", match))
    e = find_key(f, &f->id_key);
  if (e == FG_NONE && !filed_entity(f, "acronym", match, &e))
    return FG_NONE;
  return e != FG_NONE && entity(f, e)->kind == FG_KIND_COUNTRY ? e : FG_NONE;
}

/* "the Orsa Velka Coast Guard", "the O.V. Water Board", "the Orsan Water
 * Board": an organisation's name opening with the name, initials or
 * adjective of a country the gazetteer does not know but this document
 * names opens with that country, as one opening with a known country's
 * does (take_name). The longest opening words are tried first. */
static bool countries_opening_names(Finder *f, Keys *k) {
  const FgDocAnalysis *doc = f->doc;
  for (size_t i = 0; i < f->count; i++) {
    FgMention *m = &f->items[i];
    if (m->kind != FG_MENTION_NAME || m->entity == FG_NONE || m->country != FG_NONE ||
        m->last < m->first + 2 || entity(f, m->entity)->kind != FG_KIND_ORG)
      continue;
    uint32_t c = FG_NONE;
    for (size_t end = m->last - 1; c == FG_NONE && end > m->first; end--) {
      if (!make_keys(doc, m->first, end, k))
        return false;
      c = document_country(f, fg_buf_cstr(&k->match));
    }
    char bases[FG_DEMONYM_BASES][64];
    size_t nb = c == FG_NONE ? fg_text_demonym_bases(tok_at(doc, m->first)->norm, bases) : 0;
    for (size_t b = 0; b < nb && c == FG_NONE; b++) {
      fg_buf_clear(&k->match);
      if (!fg_name_match_key(bases[b], false, &k->match))
        return false;
      c = document_country(f, fg_buf_cstr(&k->match));
    }
    m->country = c;
  }
  return true;
}

/* "Lorna Paris ... Paris said": a one-word name that the gazetteer knows
 * but that is the surname of a person the document named before is that
 * person, unless a place word comes right before it ("in Paris"). */
static bool surnames_over_gazetteer(Finder *f, Keys *k) {
  const FgDocAnalysis *doc = f->doc;
  /* where each of the document's entities is first named */
  size_t base = doc->first_entity, n = doc->entities->count - base;
  uint32_t *first = fg_arena_alloc(doc->arena, (n ? n : 1) * sizeof *first);
  if (!first)
    return false;
  for (size_t e = 0; e < n; e++)
    first[e] = UINT32_MAX;
  for (size_t i = 0; i < f->count; i++) {
    uint32_t e = f->items[i].entity;
    if (e != FG_NONE && e >= base && f->items[i].first < first[e - base])
      first[e - base] = f->items[i].first;
  }
  for (size_t i = 0; i < f->count; i++) {
    FgMention *m = &f->items[i];
    if (m->kind != FG_MENTION_NAME || m->last != m->first + 1 || m->entity == FG_NONE ||
        entity(f, m->entity)->gaz < 0 ||
        place_cue_before(doc, m->first, doc->tok.sentences[m->sentence].first))
      continue;
    uint32_t person = FG_NONE;
    if (!make_keys(doc, m->first, m->last, k) ||
        !filed_entity(f, "surname", fg_buf_cstr(&k->match), &person))
      return false;
    if (person == FG_NONE || person < base || first[person - base] >= m->first)
      continue;
    FgLocalEntity *place = entity(f, m->entity);
    if (place->weight)
      place->weight--;
    m->entity = person;
    m->actor = FG_NONE;
    if (!add_form(f, person, m->first, m->last))
      return false;
  }
  return true;
}

/* Whether typing a is a place's more precise than b, a bare "Place":
 * "in Carvel" says only that Carvel is a place, ", the capital of Y" that
 * it is a city. */
static bool refines_place(Typing a, Typing b) {
  return b.type && strcmp(b.type, "Place") == 0 && a.type && strcmp(a.type, "Place") != 0 &&
         (a.kind & (FG_KIND_PLACE | FG_KIND_COUNTRY));
}

/* One name, one class in a document: every mention of a name takes the
 * typing of its most surely typed mention ("X of Civic Passion", which
 * the recognizer reads as a place, and "the group Civic Passion"); the
 * first of equal weight wins, unless a later one refines its place. */
static bool harmonise_types(Finder *f, Cands *cands, Keys *k) {
  size_t n = cands->count;
  FgIntern *names = fg_intern_new();
  uint32_t *id = malloc((n ? n : 1) * sizeof *id), *best = malloc((n ? n : 1) * sizeof *best);
  uint8_t *sides = calloc(n ? n : 1, 1), *count = calloc(n ? n : 1, 1);
  bool ok = names && id && best && sides && count;
  for (size_t i = 0; ok && i < n; i++) {
    NameCand *c = &cands->items[i];
    ok = make_keys(f->doc, c->first, c->last, k);
    size_t before = ok ? fg_intern_count(names) : 0;
    id[i] = ok ? fg_intern_add(names, k->match.data, k->match.len) : FG_NO_ID;
    ok = id[i] != FG_NO_ID;
    const NameCand *b = ok && fg_intern_count(names) == before ? &cands->items[best[id[i]]] : NULL;
    if (ok && (!b || c->weight > b->weight ||
               (c->weight == b->weight && refines_place(c->typing, b->typing))))
      best[id[i]] = (uint32_t)i;
    if (ok) {
      sides[id[i]] |= c->side;
      count[id[i]] = count[id[i]] < 2 ? (uint8_t)(count[id[i]] + 1) : 2;
    }
  }
  /* a name met more than once, in a place's position and never in a
   * person's, is a place over the recognizer's person ("reached Lusk",
   * "Lusk had been cut off"); once alone it stays the recognizer's */
  for (size_t i = 0; ok && i < n; i++) {
    const NameCand *b = &cands->items[best[id[i]]];
    if (sides[id[i]] == SIDE_PLACE && count[id[i]] == 2 && b->weight == 2 && b->typing.type &&
        b->typing.kind == FG_KIND_PERSON)
      count[id[i]] = 3; /* marks the name a place */
  }
  for (size_t i = 0; ok && i < n; i++)
    if (count[id[i]] == 3)
      cands->items[i].typing = typing_of("Place");
  for (size_t i = 0; ok && i < n; i++) {
    NameCand *c = &cands->items[i];
    const NameCand *b = &cands->items[best[id[i]]];
    if ((b->weight > c->weight || (b->weight == c->weight && refines_place(b->typing, c->typing))) &&
        !c->titled) {
      c->typing = b->typing;
      c->weight = b->weight;
    }
  }
  fg_intern_free(names);
  free(id);
  free(best);
  free(sides);
  free(count);
  return ok;
}

/* The words that stand alone as a name somewhere in the document: a
 * capitalised word between words that are not, or after a title ("Holt
 * said", "said Holt", "Dr. Holt"), as their norms, in one pass. A word
 * inside a run of capitals never stands alone, so a run need not be
 * left out when its own words are looked up. NULL when out of memory. */
static FgIntern *words_standing_alone(const FgDocAnalysis *doc) {
  FgIntern *alone = fg_intern_new();
  for (size_t si = 0; alone && si < doc->tok.sentence_count; si++) {
    const FgSentence *s = &doc->tok.sentences[si];
    for (size_t t = s->first; t < s->last; t++) {
      const FgToken *tok = tok_at(doc, t);
      if (!(tok->flags & FG_TOK_CAP) || !is_word(tok))
        continue;
      bool before = t > s->first && (tok_at(doc, t - 1)->flags & FG_TOK_CAP) &&
                    is_word(tok_at(doc, t - 1)) && !has(doc, FG_LIST_PERSON_TITLE, tok_at(doc, t - 1));
      bool after = t + 1 < s->last && (tok_at(doc, t + 1)->flags & FG_TOK_CAP) &&
                   is_word(tok_at(doc, t + 1));
      if (!before && !after && fg_intern_add_str(alone, tok->norm) == FG_NO_ID) {
        fg_intern_free(alone);
        return NULL;
      }
    }
  }
  return alone;
}

/* "the League for Nordic Friendship Ana Holm said": the two last words of
 * the run first..last a listed given name and a surname after an
 * institution's name (a connector after its head noun), the word before
 * them no given name ("Mary Ann Holm"). */
static bool given_after_institution(const FgDocAnalysis *doc, size_t first, size_t last) {
  return doc->name_lists && (listed_as(doc, last - 2, last - 1) & FG_NAMES_GIVEN) &&
         !(listed_as(doc, last - 3, last - 2) & FG_NAMES_GIVEN) &&
         connector_after_head(doc, first, last - 3);
}

/* "Chemistry student at Velm State University Dara Holt", "Ambassador to
 * Norway Ivo Sander": a run of capitals that ends in a person's given name
 * and surname, the surname standing alone elsewhere in the article ("Holt
 * said"), is the name before it and that person. The part before keeps
 * two words at least and ends in a capital ("Goldman Sachs", "University
 * of Southern Indiana" stay whole), and neither of the two last words is
 * a head noun of names ("Wall Street Journal"). The candidates are copied
 * once, in document order, the person after the name it is split from. */
static bool split_trailing_people(const FgDocAnalysis *doc, Cands *cands) {
  FgIntern *alone = words_standing_alone(doc);
  Cands out = {NULL, 0, 0, cands->max, alone == NULL};
  for (size_t i = 0; i < cands->count && !out.failed; i++) {
    NameCand c = cands->items[i];
    const FgToken *given = c.last - c.first >= 4 ? tok_at(doc, c.last - 2) : NULL;
    const FgToken *surname = given ? tok_at(doc, c.last - 1) : NULL;
    if (!given || c.titled || !is_word(given) || !is_word(surname) ||
        !(given->flags & FG_TOK_CAP) || !(surname->flags & FG_TOK_CAP) ||
        (given->flags & FG_TOK_UPPER) || (surname->flags & FG_TOK_UPPER) ||
        is_head(doc, c.last - 2) || is_head(doc, c.last - 1) ||
        has(doc, FG_LIST_PERSON_TITLE, given) || !is_word(tok_at(doc, c.last - 3)) ||
        !(tok_at(doc, c.last - 3)->flags & FG_TOK_CAP) ||
        !(fg_intern_find(alone, surname->norm, strlen(surname->norm)) != FG_NO_ID ||
          given_after_institution(doc, c.first, c.last))) {
      add_cand(&out, c);
      continue;
    }
    NameCand person = {c.last - 2, c.last, c.sentence, false, false, 3, typing_of("Person"), false,
                       false, FG_NONE, 0, SIDE_PERSON, false};
    c.last -= 2;
    /* the whole run's cues typed the person's words too: the name before
     * them is typed afresh, as take_name would have */
    const FgSentence *s = &doc->tok.sentences[c.sentence];
    Cue before = type_unknown(doc, c.first, c.last, s->first, s->last, false);
    const char *ner_class = recognized_class(doc, c.first, c.last);
    c.typing = decide_type(before, ner_class);
    c.weight = cue_weight(before, ner_class, false);
    add_cand(&out, c);
    add_cand(&out, person);
  }
  fg_intern_free(alone);
  if (out.failed) {
    free(out.items);
    cands->failed = true;
    return false;
  }
  free(cands->items);
  out.failed = cands->failed;
  *cands = out;
  return true;
}

/* "Velm, Harlow" once Harlow is surely a place or a country (after
 * harmonise_types and derived_demonyms: "Kesto, Pelvoria" in an article of
 * the Pelvorian navy): an unknown name before a comma and a place of sure
 * type is a place in it,
 * as before a known country (comma_country_after). True when one was
 * retyped. */
static bool places_before_places(const FgDocAnalysis *doc, Cands *cands) {
  bool changed = false;
  for (size_t i = 0; i + 1 < cands->count; i++) {
    NameCand *c = &cands->items[i];
    const NameCand *next = &cands->items[i + 1];
    size_t after = next->last;
    if (c->titled || c->weight >= 3 || next->first != c->last + 1 ||
        next->sentence != c->sentence || next->weight < 3 || !next->typing.type ||
        !(next->typing.kind & (FG_KIND_PLACE | FG_KIND_COUNTRY)) ||
        !fg_tok_is(tok_at(doc, c->last), ",") ||
        (after < doc->tok.token_count && (tok_at(doc, after)->flags & FG_TOK_POSS)))
      continue;
    c->typing = typing_of("Place");
    c->weight = 3;
    changed = true;
  }
  return changed;
}

/* ---- adjectives of countries the gazetteer does not know ---- */

/* "the Kestrian-born architect": the word at t hyphened to an origin
 * participle (list origin-participle). */
static bool origin_compound(const FgDocAnalysis *doc, size_t t, size_t sent_last) {
  return t + 2 < sent_last && fg_tok_is(tok_at(doc, t + 1), "-") &&
         joined(tok_at(doc, t), tok_at(doc, t + 1)) && joined(tok_at(doc, t + 1), tok_at(doc, t + 2)) &&
         has(doc, FG_LIST_ORIGIN_PARTICIPLE, tok_at(doc, t + 2));
}

/* Whether the one-word name at t modifies what follows it: a lower-case
 * noun ("Dravonian troops") or a title ("Dravonian President X"). */
static bool adjective_use(const FgDocAnalysis *doc, size_t t, size_t sent_last) {
  return modifies_noun_after(doc, t + 1, sent_last) || origin_compound(doc, t, sent_last) ||
         (t + 1 < sent_last && has(doc, FG_LIST_PERSON_TITLE, tok_at(doc, t + 1)));
}

static bool surely_person(const NameCand *c) {
  return c->titled || (c->weight >= 3 && c->typing.type && c->typing.kind == FG_KIND_PERSON);
}

/* "United Velmoria", "Federal Republic of Kasvia": the words before the
 * last name a form of state, which the recognizer reads as an
 * organisation's name ("United" opens airlines' and nations' names alike);
 * the demonym decides. */
static bool state_form_name(const FgDocAnalysis *doc, const NameCand *c) {
  for (size_t k = c->first; k + 1 < c->last; k++)
    if (!fg_lexicon_has(doc->lex, "state-form-word", tok_at(doc, k)->norm, NULL))
      return false;
  return true;
}

/* The word of a name candidate a nation's adjective is made from: a
 * one-word name itself; of a longer name its last word ("Kasvian" of "North
 * Kasvia", "the Republic of Kasvia"), unless that word heads a name
 * ("Republican" is no adjective of "the Dominican Republic") or the name is
 * typed as something other than a country by a cue or the recognizer: a
 * person's full name makes adjectives of schools of thought ("Orskian
 * economists" after "Pavel Orsk"), not of nations. FG_NONE if none. */
static uint32_t demonym_base_word(const FgDocAnalysis *doc, const NameCand *c) {
  if (surely_person(c))
    return FG_NONE;
  if (c->last == c->first + 1)
    return c->first;
  bool typed_other = c->weight >= 2 && c->typing.type && c->typing.kind != FG_KIND_COUNTRY &&
                     c->typing.kind != FG_KIND_PLACE &&
                     !(c->weight == 2 && state_form_name(doc, c));
  return typed_other || is_head(doc, c->last - 1) ? FG_NONE : c->last - 1;
}

/* "Tarvonian Foreign Minister X met Y": an adjective the front end does
 * not know as a nation's, with no determiner before a capitalised word,
 * the parser reads as a second subject, which would take the person's
 * acts: no unnamed country's adjective there. */
static bool bare_before_capital(const FgDocAnalysis *doc, size_t t, size_t sent_first) {
  return (tok_at(doc, t + 1)->flags & FG_TOK_CAP) &&
         !(t > sent_first && has(doc, FG_LIST_DETERMINER, tok_at(doc, t - 1)));
}

/* "Y met Tarvonian Foreign Minister Ana Velt", "Tarvonian President Ivo
 * Marek" read as an adjective: the adjective at t before a title (alone
 * or after its portfolio) and a capitalised word, the holder's name, where
 * the parser cannot make it a subject of its own: the tagger reads it as
 * an adjective, or a lower-case word comes right before it (a verb's or
 * a preposition's object). */
static bool title_before_name(const FgDocAnalysis *doc, size_t t, size_t sent_first,
                              size_t sent_last) {
  bool adjective = doc->token_upos && doc->token_upos[t] == FG_UPOS_ADJ;
  if (!adjective && !(t > sent_first && is_word(tok_at(doc, t - 1)) &&
                      !(tok_at(doc, t - 1)->flags & FG_TOK_CAP)))
    return false;
  size_t title = t + 1;
  if (!has(doc, FG_LIST_PERSON_TITLE, tok_at(doc, title)) &&
      portfolio_before_title(doc, title, sent_last))
    title = domain_words_end(doc, title, sent_last, 0);
  return title + 1 < sent_last && has(doc, FG_LIST_PERSON_TITLE, tok_at(doc, title)) &&
         (tok_at(doc, title + 1)->flags & FG_TOK_CAP) && is_word(tok_at(doc, title + 1));
}

/* "Tolvian Senator Ana Brix", "Brastese Foreign Minister X": the adjective
 * at t before a title and its holder's name (title_before_name), any title
 * but a city's ("Velmar Mayor X" names a town), so the holder serves the
 * nation the adjective names. */
static bool state_title_before_name(const FgDocAnalysis *doc, size_t t, size_t sent_first,
                                    size_t sent_last) {
  if (!title_before_name(doc, t, sent_first, sent_last))
    return false;
  size_t title = t + 1;
  if (!has(doc, FG_LIST_PERSON_TITLE, tok_at(doc, title)))
    title = domain_words_end(doc, title, sent_last, 0);
  const char *value = list_entry_at(doc, "local-office", title, false);
  return !value || strcmp(value, "City") != 0;
}

/* "Korean", "Guinean", "Thabavaan": a capitalised adjective in "-an" right
 * after a vowel, the ending of the peoples of names in "-a" or "-e" that
 * are not "-ia" ("Korea", "Guinea"); not "Republican", "Lutheran" (a
 * consonant before "-an"). */
static bool vowel_an_adjective(const char *norm) {
  size_t len = strlen(norm);
  return len >= 6 && strcmp(norm + len - 2, "an") == 0 && strchr("aeou", norm[len - 3]);
}

/* "X, a Thabavaan woman,", "a Thabavaan national": an adjective in "-an"
 * (vowel_an_adjective) names an unnamed country only where it tells a
 * person's nation: before a citizen's noun, or before a person's noun in an
 * apposition after a comma; the other "-an" words ("Caribbean", "Pyrenean")
 * name regions, creeds and schools as often. */
static bool vowel_an_nation(const FgDocAnalysis *doc, size_t t, size_t sent_first,
                            size_t sent_last) {
  const char *norm = tok_at(doc, t)->norm;
  if (!vowel_an_adjective(norm) || t + 1 >= sent_last || !(tok_at(doc, t)->flags & FG_TOK_CAP) ||
      (doc->name_lists && listed_as(doc, t, t + 1)) ||
      fg_lexicon_has(doc->lex, "not-a-nation-adjective", norm, NULL))
    return false;
  const char *noun = tok_at(doc, t + 1)->norm;
  if (fg_lexicon_has(doc->lex, "citizen-noun", noun, NULL))
    return true;
  return t >= sent_first + 2 && fg_tok_is(tok_at(doc, t - 2), ",") &&
         (fg_tok_is(tok_at(doc, t - 1), "a") || fg_tok_is(tok_at(doc, t - 1), "an")) &&
         fg_lexicon_has(doc->lex, "demonym-person-noun", noun, NULL);
}

/* "the Ardanian army", "Ardanian troops", "the Ardanian embassy": a
 * one-word adjective in -ian right before what only a state has (lists
 * state-forces, state-troops-noun, country-office after up to two
 * title-domain words, country-attribute: "the Ardanian
 * government" is no person's as "the Kessler government" may be) is a
 * country's even when the article never names it ("the Orsanian foreign
 * minister"); not a word the names lists give a person ("Christian",
 * "Julian"), nor one made from a name they know ("Victorian"), nor one
 * bare_before_capital. */
static bool unnamed_state_adjective(const FgDocAnalysis *doc, size_t t, size_t sent_first,
                                    size_t sent_last) {
  const char *norm = tok_at(doc, t)->norm;
  size_t len = strlen(norm);
  bool ish = len >= 6 && strcmp(norm + len - 3, "ish") == 0;
  /* "Brastese Senator X", "Dastrani Foreign Minister X": other nations'
   * endings, only before a title and the holder's name */
  bool other = len >= 6 && (strcmp(norm + len - 3, "ese") == 0 || norm[len - 1] == 'i');
  if (other)
    return t + 1 < sent_last && !(doc->name_lists && listed_as(doc, t, t + 1)) &&
           !fg_lexicon_has(doc->lex, "not-a-nation-adjective", norm, NULL) &&
           state_title_before_name(doc, t, sent_first, sent_last);
  if (!ish && strcmp(norm + len - 3, "ian") != 0 && vowel_an_adjective(norm))
    return vowel_an_nation(doc, t, sent_first, sent_last);
  if (t + 1 >= sent_last || len < 6 || (strcmp(norm + len - 3, "ian") != 0 && !ish) ||
      (doc->name_lists && (listed_as(doc, t, t + 1) & (FG_NAMES_GIVEN | FG_NAMES_SURNAME))) ||
      (bare_before_capital(doc, t, sent_first) && !title_before_name(doc, t, sent_first, sent_last)))
    return false;
  /* "the Victorian government": a state's or a province's, whose name
   * ("Victoria") the names lists know; a country's would be known too */
  if (doc->name_lists &&
      (fg_ner_names_kinds(doc->name_lists, norm, len - 1) & (FG_NAMES_GIVEN | FG_NAMES_PLACE)))
    return false;
  /* "the Orsanian-born architect X": born in a country, as a person's
   * adjective in -ian says ("Christian-born" and kin fail the lists above) */
  if (!ish && origin_compound(doc, t, sent_last) &&
      !fg_lexicon_has(doc->lex, "not-a-nation-adjective", norm, NULL))
    return true;
  /* "the Tolvian firm Orsk Partners": a firm named after its noun is of
   * the country, as "the Dutch firm X" is */
  if (!ish && t > sent_first && has(doc, FG_LIST_DETERMINER, tok_at(doc, t - 1)) &&
      company_noun_named(doc, t + 1, sent_last) &&
      !fg_lexicon_has(doc->lex, "not-a-nation-adjective", norm, NULL))
    return true;
  /* "the Tolvian town of Brasko", "the Orsanian port of X": a place's
   * head and "of" after the adjective, as "the Texas town of X" has its
   * state ("the Victorian town of" failed the names lists above) */
  if (!ish && t > sent_first && t + 2 < sent_last && has(doc, FG_LIST_DETERMINER, tok_at(doc, t - 1)) &&
      !(tok_at(doc, t + 1)->flags & FG_TOK_CAP) && fg_tok_is(tok_at(doc, t + 2), "of") &&
      has(doc, FG_LIST_PLACE_HEAD, tok_at(doc, t + 1)) &&
      !fg_lexicon_has(doc->lex, "not-a-nation-adjective", norm, NULL))
    return true;
  /* "a Brenish national", "an Orsanian citizen": a person's country */
  if (doc->token_upos && doc->token_upos[t + 1] == FG_UPOS_NOUN &&
      fg_lexicon_has(doc->lex, "citizen-noun", tok_at(doc, t + 1)->norm, NULL))
    return true;
  /* "X, a Laibrendian woman,", "X, an Orsanian journalist": a person's
   * noun (list demonym-person-noun) in an apposition after a comma; not a
   * creed's or a race's word (list not-a-nation-adjective: "a Caucasian
   * man"), nor a school of thought's ("a Keslerian economist") */
  if (t >= sent_first + 2 && fg_tok_is(tok_at(doc, t - 2), ",") &&
      (fg_tok_is(tok_at(doc, t - 1), "a") || fg_tok_is(tok_at(doc, t - 1), "an")) &&
      fg_lexicon_has(doc->lex, "demonym-person-noun", tok_at(doc, t + 1)->norm, NULL) &&
      !fg_lexicon_has(doc->lex, "not-a-nation-adjective", norm, NULL))
    return true;
  /* "the Dravonian capital, Kell": a state's capital (not its "capital
   * markets": no noun after it) */
  if (!ish && t > sent_first && has(doc, FG_LIST_DETERMINER, tok_at(doc, t - 1)) &&
      fg_tok_is(tok_at(doc, t + 1), "capital") &&
      !(t + 2 < sent_last && doc->token_upos && doc->token_upos[t + 2] == FG_UPOS_NOUN &&
        !(tok_at(doc, t + 2)->flags & FG_TOK_CAP)) &&
      !fg_lexicon_has(doc->lex, "not-a-nation-adjective", norm, NULL))
    return true;
  /* "a Dravonian journalist, Mila Horn,": the same noun after "a" with the
   * person's name in an apposition after it */
  if (t > sent_first && t + 3 < sent_last &&
      (fg_tok_is(tok_at(doc, t - 1), "a") || fg_tok_is(tok_at(doc, t - 1), "an")) &&
      fg_lexicon_has(doc->lex, "demonym-person-noun", tok_at(doc, t + 1)->norm, NULL) &&
      fg_tok_is(tok_at(doc, t + 2), ",") && (tok_at(doc, t + 3)->flags & FG_TOK_CAP) &&
      !fg_lexicon_has(doc->lex, "not-a-nation-adjective", norm, NULL))
    return true;
  /* "the Orsanian president", "the Orsanian Information Minister, X"; an
   * adjective in -ish ("Kurdish", "Jewish" name peoples without a state
   * too) needs an office only a state has: "the Vandish ambassador" */
  size_t office = office_position(doc, t + 1, sent_last);
  /* "the Flemish president of the club": the office is the club's */
  for (size_t k = t + 1; k < sent_last && k <= t + 4 && is_word(tok_at(doc, k)); k++)
    if (fg_tok_is(tok_at(doc, k), "of"))
      office = sent_last;
  if (state_title_before_name(doc, t, sent_first, sent_last) &&
      !fg_lexicon_has(doc->lex, "not-a-nation-adjective", norm, NULL))
    return true;
  if (ish)
    return country_attribute_after(doc, t + 1, sent_last) ||
           attribute_after(doc, "country-office", office, sent_last);
  /* "Kestavian forces seized X": after an adjective in -ian, "forces" are
   * a state's as its troops are (not after a name: "Haftar forces"; nor
   * "Civilian troops", "Guardian forces": no nation's adjective) */
  if (fg_lexicon_has(doc->lex, "not-a-nation-adjective", norm, NULL))
    return false;
  return country_attribute_after(doc, t + 1, sent_last) ||
         attribute_after(doc, "country-office", office, sent_last) ||
         attribute_after(doc, "state-forces", t + 1, sent_last) ||
         fg_lexicon_has(doc->lex, "state-troops-noun", tok_at(doc, t + 1)->norm, NULL) ||
         fg_tok_is(tok_at(doc, t + 1), "forces");
}

/* "Ostravian President X" in an article that names Ostrava: an adjective
 * in -ian whose stem, with "a", "e", "o" or nothing after it, is a name of
 * the article (words: the base words of its names) is that name's, by an
 * ending fg_text_demonym_bases does not list; no unnamed country in -ia
 * is made up for it. */
static bool stem_named(const FgIntern *words, const char *adj) {
  size_t len = strlen(adj);
  if (len < 6 || len > 60 || strcmp(adj + len - 3, "ian") != 0)
    return false;
  char name[64];
  memcpy(name, adj, len - 3);
  static const char ENDINGS[] = "aeo";
  for (size_t e = 0; e <= sizeof ENDINGS - 1; e++) {
    size_t n = len - 3;
    if (e < sizeof ENDINGS - 1)
      name[n++] = ENDINGS[e];
    if (fg_intern_find(words, name, n) != FG_NO_ID)
      return true;
  }
  return false;
}

/* "Dravonian troops" in an article that names Dravonia: a one-word unknown
 * name used as an adjective, formed from a name of the article (its
 * demonym_base_word) by a nation's adjective ending, is that name's
 * demonym, and the name is a country's ("Dravonian President X", "the
 * Dravonian government"). Neither may be surely a person (Julia, Julian).
 * A lookup in a table of the base words keeps it linear. */
static bool derived_demonyms(const FgDocAnalysis *doc, Cands *cands) {
  FgIntern *words = fg_intern_new();
  bool ok = words != NULL;
  size_t n = cands->count;
  uint32_t *first_of = malloc((n ? n : 1) * sizeof *first_of);
  uint32_t *country = calloc(n ? n : 1, sizeof *country);
  ok = ok && first_of && country;
  for (size_t i = 0; ok && i < n; i++) {
    uint32_t base = demonym_base_word(doc, &cands->items[i]);
    if (base == FG_NONE)
      continue;
    const char *norm = tok_at(doc, base)->norm;
    size_t before = fg_intern_count(words);
    uint32_t id = fg_intern_add_str(words, norm);
    ok = id != FG_NO_ID;
    if (ok && fg_intern_count(words) > before)
      first_of[id] = (uint32_t)i;
  }
  for (size_t i = 0; ok && i < n; i++) {
    NameCand *c = &cands->items[i];
    /* "Dravonian Information Minister X": an adjective read as the first
     * word of the domain before a title, a name nothing types but as a
     * person's (a typed one, "the Dravonian Democratic Forces", keeps it, as
     * a gazetteer demonym's does; "Julian Marek" is no title's domain) */
    size_t sent_last = doc->tok.sentences[c->sentence].last;
    bool opens = c->last > c->first + 1 && !c->titled && c->last < sent_last &&
                 has(doc, FG_LIST_PERSON_TITLE, tok_at(doc, c->last)) &&
                 (!c->typing.type || c->typing.kind == FG_KIND_PERSON);
    /* "Dravonian Trade Minister X": the portfolio is the title's, and
     * the adjective stands alone before it */
    bool before_portfolio = c->last == c->first + 1 && portfolio_before_title(doc, c->last, sent_last);
    /* "the Dravonian Gazette", "Dravonian Broadcasting Corporation": the
     * adjective opens an organisation's name, which keeps it */
    bool opens_org = c->last > c->first + 1 && !opens && c->typing.type &&
                     c->typing.kind == FG_KIND_ORG && has(doc, FG_LIST_ORG_HEAD, tok_at(doc, c->last - 1));
    if (opens_org) {
      char org_bases[FG_DEMONYM_BASES][64];
      size_t nob = fg_text_demonym_bases(tok_at(doc, c->first)->norm, org_bases);
      for (size_t b = 0; b < nob; b++) {
        uint32_t id = fg_intern_find(words, org_bases[b], strlen(org_bases[b]));
        const NameCand *base_cand = id == FG_NO_ID ? NULL : &cands->items[first_of[id]];
        /* "Julian Holdings" after "Julia Brenn" is no nation's */
        if (base_cand && !(base_cand->typing.type && base_cand->typing.kind == FG_KIND_PERSON)) {
          country[id] = 1;
          break;
        }
      }
      continue;
    }
    if ((c->last != c->first + 1 && !opens) ||
        (!opens && (surely_person(c) ||
                    !(before_portfolio || adjective_use(doc, c->first, sent_last)))))
      continue;
    char bases[FG_DEMONYM_BASES][64];
    size_t nb = fg_text_demonym_bases(tok_at(doc, c->first)->norm, bases);
    uint32_t base = 0; /* 1 + the candidate the adjective is made from */
    for (size_t b = 0; b < nb && !base; b++) {
      uint32_t id = fg_intern_find(words, bases[b], strlen(bases[b]));
      if (id != FG_NO_ID) {
        country[id] = 1;
        base = first_of[id] + 1;
      }
    }
    if (!base && (stem_named(words, tok_at(doc, c->first)->norm) ||
                  !unnamed_state_adjective(doc, c->first, doc->tok.sentences[c->sentence].first,
                                           sent_last)))
      continue;
    if (!opens) {
      c->demonym_of = base;
      c->unnamed_state = !base;
      continue;
    }
    NameCand adjective = *c;
    adjective.last = adjective.first + 1;
    adjective.demonym_of = base;
    adjective.unnamed_state = !base;
    c->first++;
    if (c->last == c->first + 1) /* "Information" alone names nothing */
      c->typing = (Typing){NULL, 0}, c->weight = 0;
    add_cand(cands, adjective); /* c may move */
    ok = !cands->failed;
  }
  /* every mention of the adjective is one, and every mention of the name
   * the country's */
  for (size_t i = 0; ok && i < n; i++) {
    NameCand *c = &cands->items[i];
    uint32_t base = demonym_base_word(doc, c);
    if (base == FG_NONE)
      continue;
    const char *norm = tok_at(doc, base)->norm;
    uint32_t id = fg_intern_find(words, norm, strlen(norm));
    if (id != FG_NO_ID && country[id]) {
      c->typing = typing_of("Country");
      c->weight = 3;
    }
  }
  fg_intern_free(words);
  free(first_of);
  free(country);
  return ok;
}

/* "The Ardanian army shelled Kesh. An Ardanian journalist was hurt": once
 * a state's noun shows an adjective is an unnamed country's, its other
 * uses as an adjective are that country's too. */
static bool spread_unnamed_states(const FgDocAnalysis *doc, Cands *cands) {
  FgIntern *states = fg_intern_new();
  bool ok = states != NULL;
  for (size_t i = 0; ok && i < cands->count; i++)
    if (cands->items[i].unnamed_state)
      ok = fg_intern_add_str(states, tok_at(doc, cands->items[i].first)->norm) != FG_NO_ID;
  for (size_t i = 0; ok && fg_intern_count(states) && i < cands->count; i++) {
    NameCand *c = &cands->items[i];
    const char *norm = tok_at(doc, c->first)->norm;
    const FgSentence *s = &doc->tok.sentences[c->sentence];
    if (c->last == c->first + 1 && !c->demonym_of && !surely_person(c) &&
        adjective_use(doc, c->first, s->last) && !bare_before_capital(doc, c->first, s->first) &&
        fg_intern_find(states, norm, strlen(norm)) != FG_NO_ID)
      c->unnamed_state = true;
  }
  fg_intern_free(states);
  return ok;
}

/* The name of the country an adjective of unnamed_state_adjective (len
 * bytes at adj) stands for, into label (64 bytes): "Ardanian" ->
 * "Ardania", "Brenish" -> "Brenland", "Pellish" -> "Pelland" (as Poland,
 * Finland, England are named); false for any other word. */
static bool unnamed_state_label(const char *adj, size_t len, char *label) {
  /* "Brastese" -> "Brast" (Malta, Japan), "Dastrani" -> "Dastran" */
  size_t cut = len > 4 && strncmp(adj + len - 3, "ese", 3) == 0 ? 3
               : len > 4 && (adj[len - 1] | 0x20) == 'i'       ? 1
                                                               : 0;
  if (cut && len < 64) {
    memcpy(label, adj, len - cut);
    label[len - cut] = '\0';
    return true;
  }
  if (len > 4 && strncmp(adj + len - 3, "ish", 3) == 0) {
    size_t stem = len - 3;
    const char *end = adj[stem - 1] == 'l' ? "and" : "land";
    if (stem + strlen(end) >= 64)
      return false;
    memcpy(label, adj, stem);
    strcpy(label + stem, end);
    return true;
  }
  if (len < 2 || len > 64 || (adj[len - 1] | 0x20) != 'n')
    return false;
  memcpy(label, adj, len - 1);
  label[len - 1] = '\0';
  return true;
}

/* The country the adjective c of no name of the article stands for
 * (unnamed_state_adjective), named by unnamed_state_label; one entity for
 * every such mention. */
static bool link_unnamed_state(Finder *f, const NameCand *c) {
  const FgToken *tok = tok_at(f->doc, c->first);
  size_t len = tok->end - tok->begin;
  char label[64];
  if (!unnamed_state_label(f->doc->text + tok->begin, len, label))
    return true;
  char key[64];
  if (!unnamed_state_label(tok->norm, strlen(tok->norm), key) || !identity_key(f, "name:", key))
    return false;
  uint32_t e = find_key(f, &f->id_key);
  if (e == FG_NONE) {
    Typing country = typing_of("Country");
    e = new_entity(f, f->id_key.data, label, country.type, country.kind, -1);
    if (e == FG_NONE || !remember_key(f, &f->id_key, e))
      return false;
  }
  FgMention *m = push_mention(f, c->first, c->first + 1, c->sentence, FG_MENTION_DEMONYM);
  if (m)
    m->entity = e;
  return m != NULL;
}

/* The adjectives derived_demonyms found become demonym mentions of their
 * country, once the country's name has its entity. */
static bool link_derived_demonyms(Finder *f, const Cands *cands, Keys *k) {
  bool ok = true;
  for (size_t i = 0; ok && i < cands->count; i++) {
    const NameCand *c = &cands->items[i];
    if (c->unnamed_state) {
      ok = link_unnamed_state(f, c);
      continue;
    }
    if (!c->demonym_of)
      continue;
    const NameCand *base = &cands->items[c->demonym_of - 1];
    uint32_t e = FG_NONE;
    if (base->last == base->first) { /* a longer name assign_full_name named */
      size_t before = names_before(f, base->first + 1);
      if (before && f->sorted[before - 1].first == base->first)
        e = f->sorted[before - 1].entity;
    } else {
      ok = make_keys(f->doc, base->first, base->last, k) &&
           identity_key(f, "name:", fg_buf_cstr(&k->match));
      e = ok ? find_key(f, &f->id_key) : FG_NONE;
    }
    if (e == FG_NONE || entity(f, e)->kind != FG_KIND_COUNTRY)
      continue;
    FgMention *m = push_mention(f, c->first, c->first + 1, c->sentence, FG_MENTION_DEMONYM);
    ok = m != NULL;
    if (ok)
      m->entity = e;
  }
  return ok;
}

static bool find_names(Finder *f) {
  FgDocAnalysis *doc = f->doc;
  FgBuf key;
  fg_buf_init(&key);
  Cands cands = {NULL, 0, 0, doc->tok.token_count / 2 + 16, false};
  for (size_t si = 0; !cands.failed && si < doc->tok.sentence_count; si++) {
    const FgSentence *s = &doc->tok.sentences[si];
    for (size_t t = s->first; t < s->last;)
      t = take_name(f, t, s, (uint32_t)si, &key, &cands);
  }
  fg_buf_free(&key);
  bool ok = !cands.failed;
  Keys k;
  fg_buf_init(&k.lookup);
  fg_buf_init(&k.match);
  fg_buf_init(&k.skeleton);
  ok = ok && split_trailing_people(doc, &cands);
  size_t n = cands.count;
  ok = ok && harmonise_types(f, &cands, &k) && derived_demonyms(doc, &cands) &&
       spread_unnamed_states(doc, &cands);
  if (ok && places_before_places(doc, &cands))
    ok = harmonise_types(f, &cands, &k);
  for (size_t i = 0; ok && i < n; i++)
    ok = assign_full_name(f, &cands.items[i], &k);
  ok = ok && define_acronyms(f) && file_acronyms(f) && file_compass_countries(f) &&
       sort_names(f);
  /* a sentence's first word waits for the words inside sentences, so that
   * "Velna student X" at the top finds the Velna that "in Velna" below
   * names (the word named elsewhere in the document) */
  for (int late = 0; late < 2; late++)
    for (size_t i = 0; ok && i < n; i++) {
      NameCand *c = &cands.items[i];
      if ((c->first == doc->tok.sentences[c->sentence].first) == (late == 1))
        ok = c->demonym_of || c->unnamed_state || assign_short_name(f, c, &k);
    }
  ok = ok && link_derived_demonyms(f, &cands, &k) && join_expanded_acronyms(f) &&
       name_dotted_initials(f) && surnames_over_gazetteer(f, &k);
  if (ok)
    narrow_places_to_countries(f);
  ok = ok && narrow_organisations_to_countries(f) && conjoined_countries(f) &&
       countries_opening_names(f, &k);
  if (ok)
    states_acted_on(f);
  free(cands.items);
  fg_buf_free(&k.lookup);
  fg_buf_free(&k.match);
  fg_buf_free(&k.skeleton);
  return ok;
}

/* Mentions may overlap ("US-led coalition" over "US"): this search
 * decides which one covers t. */
const FgMention *fg_mention_search(const FgDocAnalysis *doc, size_t t) {
  size_t lo = 0, hi = doc->mention_count;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    const FgMention *m = &doc->mentions[mid];
    if (t < m->first)
      hi = mid;
    else if (t >= m->last)
      lo = mid + 1;
    else
      return m;
  }
  return NULL;
}

/* Once the mentions are final, the rules look them up by token. Without
 * overlaps each token has at most one mention, which the search finds. */
static bool map_tokens(FgDocAnalysis *doc) {
  size_t n = doc->tok.token_count;
  uint32_t *map = fg_arena_calloc(doc->arena, n ? n : 1, sizeof *map);
  if (!map)
    return false;
  for (size_t t = 0; t < n; t++)
    map[t] = FG_NONE;
  for (size_t i = 0; i < doc->mention_count; i++)
    for (size_t t = doc->mentions[i].first; t < doc->mentions[i].last; t++)
      map[t] = (uint32_t)i;
  doc->token_mention = map;
  return true;
}

/* The end of the run of mentions in position order that starts at from. */
static size_t run_end(const FgMention *items, size_t from, size_t count) {
  size_t i = from + 1;
  while (i < count && items[i - 1].first <= items[i].first)
    i++;
  return i;
}

/* Merges the runs [lo, mid) and [mid, hi) through tmp; on a tie the left
 * run's mention goes first, which keeps the sort stable. */
static void merge_runs(FgMention *items, size_t lo, size_t mid, size_t hi, FgMention *tmp) {
  size_t n = mid - lo, i = 0, j = mid, k = lo;
  memcpy(tmp, items + lo, n * sizeof *tmp);
  while (i < n && j < hi)
    items[k++] = items[j].first < tmp[i].first ? items[j++] : tmp[i++];
  while (i < n)
    items[k++] = tmp[i++];
}

/* Each pass appends its mentions in token order, so the list is a few
 * sorted runs: merging them costs far less than qsort. The scratch run is
 * freed here, not kept in the arena: it would stay for the whole piece of
 * text (9 MB on a 4 MiB piece). */
bool fg_mentions_sort(FgMention *items, size_t count) {
  FgMention *tmp = NULL;
  bool merged = true;
  while (merged) {
    merged = false;
    for (size_t lo = 0; lo < count;) {
      size_t mid = run_end(items, lo, count);
      if (mid == count)
        break;
      size_t hi = run_end(items, mid, count);
      if (!tmp)
        tmp = malloc(count * sizeof *tmp);
      if (!tmp)
        return false;
      merge_runs(items, lo, mid, hi, tmp);
      merged = true;
      lo = hi;
    }
  }
  free(tmp);
  return true;
}

/* The country with the most mentions, the first mentioned on a tie. The
 * mentions are counted per entity first (they name this document's
 * entities only). */
static bool main_country(FgDocAnalysis *doc) {
  size_t first = doc->first_entity, n = doc->entities->count - first;
  uint32_t *count = fg_arena_calloc(doc->arena, n ? n : 1, sizeof *count);
  if (!count)
    return false;
  for (size_t i = 0; i < doc->mention_count; i++) {
    uint32_t e = doc->mentions[i].entity;
    assert(e == FG_NONE || (e >= first && e - first < n));
    if (e != FG_NONE)
      count[e - first]++;
  }
  uint32_t best = FG_NONE, best_weight = 0;
  for (size_t i = 0; i < doc->mention_count; i++) {
    uint32_t e = doc->mentions[i].entity;
    if (e == FG_NONE || doc->entities->items[e].kind != FG_KIND_COUNTRY)
      continue;
    if (count[e - first] > best_weight) {
      best = e;
      best_weight = count[e - first];
    }
  }
  doc->main_country = best;
  return true;
}

/* The country entity of a country's name or demonym mention at token t
 * ("Tolvia", "Tolvian"), else FG_NONE. */
static uint32_t country_named_at(const FgDocAnalysis *doc, size_t t) {
  const FgMention *c = fg_mention_search(doc, t);
  return c && c->entity != FG_NONE && doc->entities->items[c->entity].kind == FG_KIND_COUNTRY
             ? c->entity
             : FG_NONE;
}

/* The country whose capital the text says the name m is: "Velmora, the
 * capital of Tolvia", "Velmora is the capital of Tolvia", "the Tolvian
 * capital, Velmora", "Tolvia's capital, Velmora"; else FG_NONE. */
static uint32_t capital_named_for(const FgDocAnalysis *doc, const FgMention *m) {
  size_t t = m->last, n = doc->tok.token_count;
  if (t + 4 < n && (fg_tok_is(tok_at(doc, t), ",") || fg_tok_is(tok_at(doc, t), "is")) &&
      fg_tok_is(tok_at(doc, t + 1), "the") && fg_tok_is(tok_at(doc, t + 2), "capital") &&
      fg_tok_is(tok_at(doc, t + 3), "of"))
    return country_named_at(doc, t + 4);
  size_t f = m->first;
  if (f < 3 || !fg_tok_is(tok_at(doc, f - 1), ",") || !fg_tok_is(tok_at(doc, f - 2), "capital"))
    return FG_NONE;
  if (tok_at(doc, f - 3)->flags & FG_TOK_POSS)
    return f >= 4 ? country_named_at(doc, f - 4) : FG_NONE;
  return country_named_at(doc, f - 3);
}

/* A city the text names as a country's capital stands for that country
 * as an actor everywhere in the document ("Velmora said on Monday it
 * would ..."), as a capital the gazetteer knows does. At most
 * NAMED_CAPITALS such cities per document keep the pass linear. */
enum { NAMED_CAPITALS = 8 };
static void named_capitals(FgDocAnalysis *doc) {
  uint32_t city[NAMED_CAPITALS], country[NAMED_CAPITALS];
  size_t pairs = 0;
  for (size_t i = 0; i < doc->mention_count && pairs < NAMED_CAPITALS; i++) {
    const FgMention *m = &doc->mentions[i];
    if (m->kind != FG_MENTION_NAME || m->entity == FG_NONE || m->actor != FG_NONE ||
        doc->entities->items[m->entity].kind != FG_KIND_PLACE)
      continue;
    uint32_t c = capital_named_for(doc, m);
    if (c == FG_NONE)
      continue;
    size_t p = 0;
    while (p < pairs && city[p] != m->entity)
      p++;
    if (p == pairs) { /* the first country named wins */
      city[pairs] = m->entity;
      country[pairs++] = c;
    }
  }
  for (size_t i = 0; pairs && i < doc->mention_count; i++) {
    FgMention *m = &doc->mentions[i];
    for (size_t p = 0; p < pairs && m->kind == FG_MENTION_NAME && m->actor == FG_NONE; p++)
      if (m->entity == city[p])
        m->actor = country[p];
  }
}

/* The run's table of entity keys, emptied for this document. */
static FgIntern *document_keys(FgLocalEntities *entities) {
  if (entities->keys)
    fg_intern_clear(entities->keys);
  else
    entities->keys = fg_intern_new();
  return entities->keys;
}












/* "President X of Estmark", "President of Estmark": mention m is the
 * country of a title; the title's token, else SIZE_MAX, and the name
 * between, if any, into *holder. */
static size_t title_of_country(const FgDocAnalysis *doc, const FgMention *m,
                               const FgMention **holder) {
  size_t at = m->first;
  *holder = NULL;
  if (at >= 2 && fg_tok_is(&doc->tok.tokens[at - 1], "the"))
    at--;
  if (at < 3 || !fg_tok_is(&doc->tok.tokens[at - 1], "of"))
    return SIZE_MAX;
  if (fg_in_at(doc, FG_LIST_PERSON_TITLE, at - 2))
    return at - 2;
  const FgMention *name = fg_mention_at(doc, at - 2);
  if (!name || name->first == 0 || !fg_in_at(doc, FG_LIST_PERSON_TITLE, name->first - 1))
    return SIZE_MAX;
  *holder = name;
  return name->first - 1;
}

/* What a title's country fallback (tree.c) asks of the main country c, in
 * one pass over the mentions: whether the text marks c as its own (its
 * dateline, its demonym "Estmarkian", its possessive "Estmark's", or a
 * title of it: a country named only as a place or the other side is not
 * the home of a title that names none), whether it names c after a word
 * of the other side ("neighbouring Estmark"), and who it titles for c. */
static void main_country_marks(FgDocAnalysis *doc) {
  uint32_t c = doc->main_country;
  doc->main_country_home = doc->main_country_other_side = doc->main_holders_many = false;
  doc->main_holder_count = 0;
  for (size_t i = 0; c != FG_NONE && i < doc->mention_count; i++) {
    const FgMention *m = &doc->mentions[i], *holder;
    bool dateline = doc->tok.sentences[m->sentence].flags & FG_SENT_DATELINE;
    if (dateline && (m->entity == c || m->actor == c))
      doc->main_country_home = true;
    if (m->entity != c)
      continue;
    size_t title = title_of_country(doc, m, &holder);
    if (m->kind == FG_MENTION_DEMONYM || title != SIZE_MAX ||
        (m->last < doc->tok.token_count && (doc->tok.tokens[m->last].flags & FG_TOK_POSS)))
      doc->main_country_home = true;
    if (m->first > 0 &&
        fg_lexicon_has(doc->lex, "other-side", doc->tok.tokens[m->first - 1].norm, NULL))
      doc->main_country_other_side = true;
    if (holder && doc->main_holder_count == FG_MAIN_HOLDERS)
      doc->main_holders_many = true;
    else if (holder) {
      doc->main_holder_title[doc->main_holder_count] = (uint32_t)title;
      doc->main_holder_entity[doc->main_holder_count++] = holder->entity;
    }
  }
}

bool fg_find_mentions(FgDocAnalysis *doc) {
  Finder f = {doc, NULL, 0, 0, document_keys(doc->entities), NULL, 0,
              {NULL, 0, 0}, {NULL, 0, 0}, {{0, 0}}, NULL, 0};
  /* every later stage matches the lexicon by word id */
  fg_analysis_prepare(doc);
  bool ok = f.keys && find_names(&f);
  free(f.key_entity);
  fg_buf_free(&f.id_key);
  fg_buf_free(&f.filed_key);
  if (!ok || !fg_mentions_sort(f.items, f.count))
    return false;
  doc->mentions = f.items;
  doc->mention_count = f.count;
  named_capitals(doc);
  if (!main_country(doc))
    return false;
  if (!fg_find_descriptors(doc, &f.items, &f.count, &f.cap) ||
      !fg_mentions_sort(f.items, f.count))
    return false;
  doc->mentions = f.items;
  doc->mention_count = f.count;
  doc->sentence_mention = fg_arena_calloc(doc->arena, doc->tok.sentence_count + 1,
                                          sizeof(uint32_t));
  if (!doc->sentence_mention)
    return false;
  size_t m = 0;
  for (size_t s = 0; s <= doc->tok.sentence_count; s++) {
    while (m < f.count && f.items[m].sentence < s)
      m++;
    doc->sentence_mention[s] = (uint32_t)m;
  }
  /* a title's country fallback wants to know whether the main country is
   * named outside the title's sentence (tree.c) */
  uint32_t only = FG_NONE;
  bool several = false;
  for (size_t i = 0; doc->main_country != FG_NONE && i < f.count; i++)
    if (f.items[i].entity == doc->main_country) {
      several |= only != FG_NONE && only != f.items[i].sentence;
      only = f.items[i].sentence;
    }
  doc->main_country_sentence = several ? FG_NONE : only;
  if (!map_tokens(doc))
    return false;
  main_country_marks(doc);
  return true;
}
