/* SPDX-License-Identifier: MIT */
/* The mention finder (src/extract/mentions.c, descriptors.c) on short
 * texts written for these tests, with the entity recognizer's output set
 * by the test itself, so that what is checked is the finder's rules and
 * not a model's guesses. The names are invented: none is in the
 * gazetteer, unless a test says so. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/analysis.h"
#include "lexicon/gazetteer.h"
#include "nlp/word.h"

typedef struct {
  FgLexicon *lex;
  FgGazetteer *gaz;
  FgNameIndex *names;
  FgNerNames name_lists; /* ontology/names/ */
} Knowledge;

typedef struct {
  FgArena *arena;
  FgLocalEntities entities;
  FgDocAnalysis doc;
  uint8_t *ner;
  uint8_t *upos; /* the tagger's classes, once a test sets them */
} Doc;

static char *ontology_path(const char *file) {
  const char *dir = getenv("FACTGRAPH_ONTOLOGY");
  static char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir ? dir : "ontology", file);
  return path;
}

static int setup(void **state) {
  Knowledge *k = calloc(1, sizeof *k);
  if (!k || fg_lexicon_load(ontology_path("lexicon.tsv"), NULL, NULL, &k->lex) != FG_OK ||
      fg_gazetteer_new(&k->gaz) != FG_OK ||
      fg_gazetteer_load(k->gaz, ontology_path("gazetteer.ttl"), NULL, NULL) != FG_OK ||
      !(k->names = fg_name_index_new(k->gaz)) ||
      fg_ner_names_read(ontology_path("names"), &k->name_lists) != FG_OK)
    return -1;
  *state = k;
  return 0;
}

static int teardown(void **state) {
  Knowledge *k = *state;
  fg_name_index_free(k->names);
  fg_ner_names_free(&k->name_lists);
  fg_gazetteer_free(k->gaz);
  fg_lexicon_free(k->lex);
  free(k);
  return 0;
}

/* A document of text, analysed up to its tokens; no recognizer output. */
static Doc *doc_new(const Knowledge *k, const char *text) {
  Doc *d = calloc(1, sizeof *d);
  assert_non_null(d);
  assert_non_null(d->arena = fg_arena_new());
  size_t len = strlen(text);
  assert_true(fg_text_analyse(d->arena, text, len, &d->doc.tok));
  d->doc.id = "test.txt";
  d->doc.text = text;
  d->doc.len = len;
  d->doc.lex = k->lex;
  d->doc.gaz = k->gaz;
  d->doc.names = k->names;
  d->doc.name_lists = &k->name_lists;
  d->doc.entities = &d->entities;
  d->doc.arena = d->arena;
  d->doc.main_country = FG_NONE;
  return d;
}

static void doc_free(Doc *d) {
  fg_local_entities_free(&d->entities);
  fg_arena_free(d->arena);
  free(d);
}

/* The byte offset of the n-th (from 0) occurrence of span. */
static size_t offset_of(const Doc *d, const char *span, int n) {
  const char *p = d->doc.text;
  for (int i = 0; p && i <= n; i++)
    p = strstr(i ? p + 1 : p, span);
  if (!p)
    fail_msg("no occurrence %d of \"%s\"", n, span);
  return (size_t)(p - d->doc.text);
}

/* The recognizer read the n-th occurrence of span as a name of type. */
static void recognized_nth(Doc *d, const char *span, int n, unsigned type) {
  if (!d->ner) {
    d->ner = fg_arena_calloc(d->arena, d->doc.tok.token_count + 1, 1);
    assert_non_null(d->ner);
    d->doc.token_ner = d->ner;
  }
  size_t begin = offset_of(d, span, n), end = begin + strlen(span);
  bool first = true;
  for (size_t t = 0; t < d->doc.tok.token_count; t++) {
    const FgToken *tok = &d->doc.tok.tokens[t];
    if (tok->begin < begin || tok->end > end)
      continue;
    d->ner[t] = (uint8_t)(type | (first ? FG_TOKEN_NER_START : 0));
    first = false;
  }
  assert_false(first);
}

static void recognized(Doc *d, const char *span, unsigned type) {
  recognized_nth(d, span, 0, type);
}

static void find(Doc *d) { assert_true(fg_find_mentions(&d->doc)); }

/* The entity of the mention that covers the n-th occurrence of span
 * (its first token), or NULL when no mention covers it. */
static const FgLocalEntity *entity_at(const Doc *d, const char *span, int n) {
  size_t begin = offset_of(d, span, n);
  for (size_t t = 0; t < d->doc.tok.token_count; t++) {
    if (d->doc.tok.tokens[t].begin != begin)
      continue;
    const FgMention *m = fg_mention_at(&d->doc, t);
    return m && m->entity != FG_NONE ? &d->entities.items[m->entity] : NULL;
  }
  fail_msg("no token starts \"%s\"", span);
  return NULL;
}

static void assert_typed(const Doc *d, const char *span, int n, const char *type) {
  const FgLocalEntity *e = entity_at(d, span, n);
  if (!e) {
    fail_msg("\"%s\" (occurrence %d) is no mention", span, n);
    return;
  }
  if (strcmp(e->type, type) != 0)
    fail_msg("\"%s\" is a %s (%s), not a %s", span, e->type, e->label, type);
}

/* No mention at span, or one of another type. */
static void assert_not_typed(const Doc *d, const char *span, int n, const char *type) {
  const FgLocalEntity *e = entity_at(d, span, n);
  if (e && strcmp(e->type, type) == 0)
    fail_msg("\"%s\" is a %s (%s)", span, type, e->label);
}

static void assert_label(const Doc *d, const char *span, int n, const char *label) {
  const FgLocalEntity *e = entity_at(d, span, n);
  if (!e)
    fail_msg("\"%s\" (occurrence %d) is no mention", span, n);
  else if (strcmp(e->label, label) != 0)
    fail_msg("\"%s\" is %s, not %s", span, e->label, label);
}

static void assert_same(const Doc *d, const char *a, int na, const char *b, int nb) {
  const FgLocalEntity *ea = entity_at(d, a, na), *eb = entity_at(d, b, nb);
  if (!ea || !eb) {
    fail_msg("\"%s\" or \"%s\" is no mention", a, b);
    return;
  }
  if (ea != eb)
    fail_msg("\"%s\" is %s, \"%s\" is %s", a, ea->label, b, eb->label);
}

/* ---- typing: the cues and the recognizer ------------------------------ */

/* "at X" says where something happens, not what X is: the recognizer's
 * class wins over it. */
static void test_recognizer_beats_a_preposition(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe engineers met at Quorvane on Tuesday.\n");
  recognized(d, "Quorvane", FG_NER_ORGANIZATION);
  find(d);
  assert_typed(d, "Quorvane", 0, "Organization");
  doc_free(d);
}

/* "the suburb of X", "the city of X" say what X is, as an apposition
 * does: the recognizer's person does not beat them. */
static void test_place_noun_of_beats_the_recognizer(void **state) {
  Doc *d = doc_new(*state, "Title\n\nShells fell on the Karsen suburb of Velm Odrin.\n");
  recognized(d, "Velm Odrin", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Velm Odrin", 0, "Place");
  doc_free(d);
}

/* "the state of X", "the county of X" before an unknown name make it a
 * place, a direction between ("the northern state of X") or not. */
static void test_state_and_county_of_make_a_place(void **state) {
  Doc *d = doc_new(*state, "Title\n\nKessel Mining sued the northern state of Tamsor. Arne "
                           "Vell was born in the county of Brask.\n");
  find(d);
  assert_typed(d, "Tamsor", 0, "Place");
  assert_typed(d, "Brask", 0, "Place");
  doc_free(d);
}

/* A head noun that names a meeting or a building yields to the
 * recognizer's organisation: institutions take such names. */
static void test_recognizer_reads_a_venue_name_as_institution(void **state) {
  Doc *d = doc_new(*state,
                   "Title\n\nThe Brellin Bay Conference issued a statement on Monday.\n");
  recognized(d, "Brellin Bay Conference", FG_NER_ORGANIZATION);
  find(d);
  assert_typed(d, "Brellin Bay Conference", 0, "Organization");
  doc_free(d);
}

/* Without the recognizer, or when it reads a place, the head noun stays. */
static void test_venue_head_stays_without_the_recognizer(void **state) {
  Doc *d = doc_new(*state,
                   "Title\n\nThe Brellin Bay Conference opened on Monday.\n");
  find(d);
  assert_typed(d, "Brellin Bay Conference", 0, "Event");
  doc_free(d);
}

/* A building named where something happens ("at the X Church") is the
 * building, even where the recognizer reads the institution; the same
 * name as a subject is the institution. */
static void test_building_where_something_happens(void **state) {
  Doc *d = doc_new(*state,
                   "Title\n\nA crowd gathered at the Saint Orlen Church on Sunday.\n");
  recognized(d, "Saint Orlen Church", FG_NER_ORGANIZATION);
  find(d);
  assert_typed(d, "Saint Orlen Church", 0, "Facility");
  doc_free(d);
  d = doc_new(*state, "Title\n\nThe Saint Orlen Church condemned the attack.\n");
  recognized(d, "Saint Orlen Church", FG_NER_ORGANIZATION);
  find(d);
  assert_typed(d, "Saint Orlen Church", 0, "Organization");
  doc_free(d);
}

/* A region's head noun is no venue: it stays against the recognizer. */
static void test_region_head_stays(void **state) {
  Doc *d = doc_new(*state, "Title\n\nTroops left the Orvask Region on Monday.\n");
  recognized(d, "Orvask Region", FG_NER_ORGANIZATION);
  find(d);
  assert_typed(d, "Orvask Region", 0, "Region");
  doc_free(d);
}

/* "Velkor" after "Velkor Energy" is the company (its stem); a surname
 * comes first, and a name typed a place stays its own. */
static void test_company_stem_names_the_company(void **state) {
  Doc *d = doc_new(*state, "Title\n\nOrvask Motors cut jobs. Analysts said Orvask would hire.\n");
  recognized_nth(d, "Orvask", 1, FG_NER_PERSON);
  find(d);
  const FgLocalEntity *firm = entity_at(d, "Orvask Motors", 0);
  assert_non_null(firm);
  assert_ptr_equal(entity_at(d, "Orvask", 1), firm);
  doc_free(d);
  d = doc_new(*state, "Title\n\nDana Orvask met Orvask Motors staff. Analysts said Orvask was tired.\n");
  find(d);
  const FgLocalEntity *person = entity_at(d, "Dana Orvask", 0);
  assert_non_null(person);
  assert_ptr_equal(entity_at(d, "Orvask", 2), person);
  doc_free(d);
}

/* A word that opens a company's name and is a person's surname is the
 * one the article introduced first, unless the words around it decide:
 * "Orvask, which", "Orvask's board", "Orvask said it" for the company;
 * "Orvask said he", "Orvask, 54," and a title for the person. */
static void test_stem_or_surname_is_the_first_introduced(void **state) {
  Doc *d = doc_new(*state, "Title\n\nOrvask Motors cut jobs. Dana Orvask, the founder, "
                           "left. Last year, Orvask was sued by a union.\n");
  find(d);
  assert_same(d, "Orvask Motors", 0, "Orvask was", 0);
  doc_free(d);
  d = doc_new(*state, "Title\n\nDana Orvask founded Orvask Motors. Last year, Orvask was "
                      "sued by a union. Orvask, which makes vans, hired staff. Orvask's "
                      "board met. Orvask said it would grow.\n");
  find(d);
  assert_same(d, "Dana Orvask", 0, "Orvask was", 0);
  assert_same(d, "Orvask Motors", 0, "Orvask, which", 0);
  assert_same(d, "Orvask Motors", 0, "Orvask's board", 0);
  assert_same(d, "Orvask Motors", 0, "Orvask said it", 0);
  doc_free(d);
  d = doc_new(*state, "Title\n\nOrvask Motors hired Dana Orvask. Orvask said he was glad. "
                      "Orvask, 54, smiled. Mr. Orvask left.\n");
  find(d);
  assert_same(d, "Dana Orvask", 0, "Orvask said he", 0);
  assert_same(d, "Dana Orvask", 0, "Orvask, 54", 0);
  assert_same(d, "Dana Orvask", 0, "Orvask left", 0);
  doc_free(d);
}

/* "brothers Tam and Ivo Orvask": a bare given name joined by "and" to a
 * full name after a plural noun of relatives shares its surname; without
 * such a noun (nor a listed given name) the word stays its own. */
static void test_given_name_before_and_shares_the_surname(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe firm was founded by brothers Tam and Ivo Orvask "
                           "in 1952.\n");
  recognized(d, "Tam", FG_NER_PERSON);
  find(d);
  assert_label(d, "Tam", 0, "Tam Orvask");
  assert_label(d, "Ivo Orvask", 0, "Ivo Orvask");
  doc_free(d);
  d = doc_new(*state, "Title\n\nThe firm was backed by Velkor and Ivo Orvask in 1952.\n");
  recognized(d, "Velkor", FG_NER_PERSON);
  find(d);
  assert_label(d, "Velkor", 0, "Velkor");
  doc_free(d);
}

/* A street's name is a place, whatever the recognizer read. */
static void test_street_head_is_a_place(void **state) {
  Doc *d = doc_new(*state, "Title\n\nProtesters marched down Orvask Avenue on Monday.\n");
  recognized(d, "Orvask Avenue", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Orvask Avenue", 0, "Place");
  doc_free(d);
}

/* The noun before a name beats a place's head ("the terrorist group X
 * State"), not an organisation's ("the militia X Front" stays an armed
 * group). */
static void test_noun_before_beats_a_place_head(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe group Dravosh State took the town, and the "
                           "militia Kelvar Front left it.\n");
  find(d);
  assert_typed(d, "Dravosh State", 0, "Organization");
  assert_typed(d, "Kelvar Front", 0, "ArmedGroup");
  doc_free(d);
}

/* A head noun of the organisation's own ("X Party") is bound to the name
 * and beats a recognizer that reads a place. */
static void test_bound_head_beats_the_recognizer(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Velmora Unity Party won four seats.\n");
  recognized(d, "Velmora Unity Party", FG_NER_PLACE);
  find(d);
  assert_typed(d, "Velmora Unity Party", 0, "PoliticalParty");
  doc_free(d);
}

/* A name the recognizer reads with other bounds says nothing of this one. */
static void test_recognizer_with_other_bounds_is_ignored(void **state) {
  Doc *d = doc_new(*state, "Title\n\nIn the evening Dorla Feyquist spoke to the press.\n");
  recognized(d, "Feyquist", FG_NER_PLACE);
  find(d);
  assert_typed(d, "Dorla Feyquist", 0, "Person");
  doc_free(d);
}

/* A noun right before the name types it, as its head would. */
static void test_noun_before_the_name_types_it(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe concert featured musician Ombrecht and the "
                           "religious schools Talvenhof and Quillmere.\n");
  find(d);
  assert_typed(d, "Ombrecht", 0, "Person");
  assert_typed(d, "Talvenhof", 0, "Organization");
  doc_free(d);
}


/* An outlet's noun after a determiner and a nation's adjective names the
 * outlet ("the Dravonian broadcaster NTV"); a listed given name after it
 * opens a person's name ("the broadcaster David Marsh"). */
static void test_outlet_noun_after_an_adjective_types_a_medium(void **state) {
  Doc *d = doc_new(*state, "Title\n\nMila Horn works for the Dravonian broadcaster Orvetta. "
                           "The broadcaster David Marsh visited Kessaria.\n");
  find(d);
  assert_typed(d, "Orvetta", 0, "MediaOrganization");
  assert_not_typed(d, "David Marsh", 0, "MediaOrganization");
  doc_free(d);
}

/* A business's noun before a name types it (list "org-noun-before"),
 * "service" a company's unless a state's word comes before it; not a
 * name of a listed given name and surname. */
static void test_business_noun_before_the_name_types_it(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe animation studio Brellik bought the music service "
                           "Tonvale, and the intelligence service Karsvet watched. The app "
                           "Carl Hobbs built leaked data.\n");
  recognized(d, "Carl Hobbs", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Carl Hobbs", 0, "Person");
  assert_typed(d, "Brellik", 0, "Company");
  assert_typed(d, "Tonvale", 0, "Company");
  assert_typed(d, "Karsvet", 0, "GovernmentBody");
  doc_free(d);
}

/* "the X Front party", "the X militia": the organisation's noun after
 * the name beats its head; a creed's adjective before it is no name. */
static void test_party_noun_after_the_name_types_it(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Dawnward Front party and the Selm Harbour movement "
                           "marched past the Tarn Ridge militia and the Islamist movement.\n");
  find(d);
  assert_typed(d, "Dawnward Front", 0, "PoliticalParty");
  assert_typed(d, "Selm Harbour", 0, "PoliticalParty");
  assert_typed(d, "Tarn Ridge", 0, "ArmedGroup");
  const FgLocalEntity *creed = entity_at(d, "Islamist", 0);
  assert_true(!creed || strcmp(creed->type, "PoliticalParty") != 0);
  doc_free(d);
}

/* "a society of X called Y": the nearest noun before the naming verb types Y. */
static void test_called_names_its_noun(void **state) {
  Doc *d = doc_new(*state, "Title\n\nShe left a secret society of the north called the "
                           "Grey Lantern last year.\n");
  find(d);
  assert_typed(d, "Grey Lantern", 0, "Organization");
  doc_free(d);
}

/* "The firm Veltro Energie named X as its chief": with a name right
 * before it, "named" appoints X, and the firm's noun does not type X. */
static void test_name_before_named_appoints(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe firm Veltro Energie named Karin Blum as its chief.\n");
  recognized(d, "Karin Blum", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Karin Blum", 0, "Person");
  assert_typed(d, "Veltro Energie", 0, "Company");
  doc_free(d);
}

/* "a group calling itself Y" types Y by the noun, as "called" does, over
 * the recognizer's person; "a man calling himself Y" says nothing. */
static void test_calling_itself_names_its_noun(void **state) {
  Doc *d = doc_new(*state, "Title\n\nA group calling itself Quorin Oshen claimed the attack.\n");
  recognized(d, "Quorin Oshen", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Quorin Oshen", 0, "Organization");
  doc_free(d);
}

/* "a member of Y", "defectors from Y": Y is a group, over the recognizer's
 * person; not "a member of the Y family". */
static void test_member_of_a_name_is_a_group(void **state) {
  Doc *d = doc_new(*state, "Title\n\nTalo Venn, a member of Brellavor, "
                           "met a member of the Quenby family.\n");
  recognized(d, "Brellavor", FG_NER_PERSON);
  recognized(d, "Quenby", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Brellavor", 0, "Organization");
  assert_typed(d, "Quenby", 0, "Person");
  doc_free(d);
}

/* A one-word name that nothing types takes the class of the name it is
 * coordinated with. */
static void test_conjunct_shares_the_class(void **state) {
  Doc *d = doc_new(*state, "Title\n\nFunds went to the Marlow Rowing Club and Tessaly "
                           "this year.\n");
  find(d);
  assert_typed(d, "Tessaly", 0, "Organization");
  doc_free(d);
}

/* A name takes, at every mention, the class of its most surely typed
 * mention: a bound cue over the recognizer, the recognizer over context. */
static void test_one_name_one_class(void **state) {
  Doc *d = doc_new(*state, "Title\n\nOdo Brask of Velgrove Unity won a seat. Members of the "
                           "activist group Velgrove Unity cheered.\n");
  recognized(d, "Velgrove Unity", FG_NER_PLACE);
  find(d);
  assert_typed(d, "Velgrove Unity", 0, "Organization");
  assert_same(d, "Velgrove Unity", 0, "Velgrove Unity", 1);
  doc_free(d);
}

/* ---- within-document resolution --------------------------------------- */

/* Initials in brackets after a name nothing else typed make it an
 * organisation, and the acronym then names it. */
static void test_bracketed_initials_make_an_organisation(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Ardent Tide Collective (ATC) marched on Friday. "
                           "Later the ATC said it would march again.\n");
  find(d);
  assert_typed(d, "Ardent Tide Collective", 0, "Organization");
  assert_same(d, "Ardent Tide Collective", 0, "ATC", 1);
  doc_free(d);
}

/* A person's surname alone is that person, even where the gazetteer
 * knows the word as a place; after a place word it stays the place. */
static void test_surname_beats_the_gazetteer(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe chemist Lorna Paris won the prize. "
                           "Paris thanked her colleagues in Paris.\n");
  find(d);
  assert_same(d, "Lorna Paris", 0, "Paris", 1);
  assert_typed(d, "Paris", 2, "City");
  doc_free(d);
}

/* One word is one entity in a document, even when the cues of its
 * mentions disagree on its class. */
static void test_one_word_is_one_entity(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe activist group Veltrane held a rally. "
                           "Voters backed Veltrane in the east.\n");
  recognized_nth(d, "Veltrane", 1, FG_NER_PERSON);
  find(d);
  assert_same(d, "Veltrane", 0, "Veltrane", 1);
  doc_free(d);
}

/* "the Court" after "the Halvard Supreme Court of Appeal": a capitalised
 * head noun is the name with that head. */
static void test_capitalised_head_is_the_named_body(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Halvard Supreme Court of Appeal met on Monday. "
                           "Observers said the Court would rule soon.\n");
  find(d);
  assert_same(d, "Halvard Supreme Court", 0, "Court would", 0);
  doc_free(d);
}

/* A descriptor after its owner's name is labelled as written ("the
 * Kenyan army"); one with no owner written keeps the list's label; the
 * owner's adjective is its name where the demonym names its people. */
static void test_descriptor_label_as_written(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Kenyan army closed the road. "
                           "Later the military reopened it.\n");
  find(d);
  assert_same(d, "army closed", 0, "military reopened", 0);
  assert_string_equal(entity_at(d, "army closed", 0)->label, "Kenyan army");
  doc_free(d);
  d = doc_new(*state, "Title\n\nOn Monday the army closed the road.\n");
  find(d);
  assert_non_null(entity_at(d, "army closed", 0));
  assert_string_equal(entity_at(d, "army closed", 0)->label, "armed forces");
  doc_free(d);
  /* a demonym that is the name and "-er" names the people, not the body */
  d = doc_new(*state, "Title\n\nThe New Zealand government closed the Velm road.\n");
  find(d);
  assert_non_null(entity_at(d, "government closed", 0));
  assert_string_equal(entity_at(d, "government closed", 0)->label, "New Zealand government");
  doc_free(d);
}

/* A country right after "in" owns the descriptor before it, over the
 * article's main country ("police in Chile" are Chile's); a sentence's
 * capitalised first word does not label the body; a city after "in" owns
 * nothing. */
static void test_descriptor_in_a_country_is_its(void **state) {
  Doc *d = doc_new(*state, "Title\n\nPeru said Peru would act. Police in Chile closed the road. "
                           "The authorities in Lima reopened it.\n");
  find(d);
  assert_non_null(entity_at(d, "Police in", 0));
  assert_string_equal(entity_at(d, "Police in", 0)->label, "Chilean police");
  assert_non_null(entity_at(d, "authorities in", 0));
  assert_string_equal(entity_at(d, "authorities in", 0)->label, "Peruvian government");
  doc_free(d);
}

/* "the group" is the last organisation named that is no organ of a
 * state, whatever its class ("group" heads Company names too). */
static void test_the_group_is_the_last_non_state_organisation(void **state) {
  Doc *d = doc_new(*state, "Title\n\nTarek Osmani raised money for Harakat al-Velmor, "
                           "a militant group. According to the Interior Ministry, "
                           "he joined the group in 2022.\n");
  find(d);
  assert_same(d, "Harakat al-Velmor", 0, "group in", 0);
  doc_free(d);
}

/* "the group" in a sentence of an armed group's deeds is the armed
 * group named shortly before, over a charity named after it; without
 * such words the last organisation stays. */
static void test_the_group_of_armed_deeds_is_the_armed_group(void **state) {
  Doc *d = doc_new(*state, "Title\n\nFighters of the Orsk Brigade seized two nurses of the "
                           "charity Halden Aid. The group demanded a ransom.\n");
  find(d);
  assert_same(d, "Orsk Brigade", 0, "group demanded", 0);
  doc_free(d);
  d = doc_new(*state, "Title\n\nFighters of the Orsk Brigade left Kelt, and the charity "
                      "Halden Aid moved in. The group said the nurses were well.\n");
  find(d);
  assert_same(d, "Halden Aid", 0, "group said", 0);
  doc_free(d);
}

/* A capitalised modifier in an apposition does not hide its head noun:
 * "X, the Sahel militant group" is an armed group. */
static void test_apposition_past_a_capitalised_modifier(void **state) {
  Doc *d = doc_new(*state, "Title\n\nTarek Osmani raised money for Harakat al-Velmor, "
                           "the Sahel militant group, last year.\n");
  find(d);
  assert_typed(d, "Harakat al-Velmor", 0, "ArmedGroup");
  doc_free(d);
}

/* Of two typed nouns in an apposition the last heads: "X, the police
 * chief" is a person, "Y, an army base" a facility; "Z, the army" is
 * still typed by "army" (the near miss). */
static void test_apposition_typed_by_its_last_noun(void **state) {
  Doc *d = doc_new(*state, "Title\n\nDara Velkan, the police chief, said Kesso Farm, an army "
                           "base, was shelled. Brask Vell, the army, denied it.\n");
  recognized(d, "Dara Velkan", FG_NER_ORGANIZATION);
  recognized(d, "Kesso Farm", FG_NER_PERSON);
  recognized(d, "Brask Vell", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Dara Velkan", 0, "Person");
  assert_typed(d, "Kesso Farm", 0, "Facility");
  assert_typed(d, "Brask Vell", 0, "ArmedGroup");
  doc_free(d);
}

/* "X, who founded Y" is a person whatever the recognizer read; not when
 * X is a noun's complement ("members of X, who answered"). */
static void test_who_after_a_name_is_a_person(void **state) {
  Doc *d = doc_new(*state, "Title\n\nTalks with Hendrik Vallo, who founded the firm, ended. "
                           "Orlan wrote to members of Velmor Trust, who answered him.\n");
  recognized(d, "Hendrik Vallo", FG_NER_ORGANIZATION);
  recognized(d, "Velmor Trust", FG_NER_ORGANIZATION);
  uint8_t *upos = fg_arena_calloc(d->arena, d->doc.tok.token_count + 1, 1);
  assert_non_null(upos);
  size_t members = offset_of(d, "members", 0);
  for (size_t t = 0; t < d->doc.tok.token_count; t++)
    if (d->doc.tok.tokens[t].begin == members)
      upos[t] = FG_UPOS_NOUN;
  d->doc.token_upos = upos;
  find(d);
  assert_typed(d, "Hendrik Vallo", 0, "Person");
  assert_typed(d, "Velmor Trust", 0, "Organization");
  doc_free(d);
}

/* A listed given name first and a listed surname last (ontology/names/)
 * make an unknown name a person's against the recognizer's organisation
 * or place; not a name ending in no surname ("Royal Caribbean"), one
 * with a head noun, one opening with a gazetteer name ("Jordan"), one
 * an apposition types, nor without the lists. */
static void test_listed_personal_name_beats_the_recognizer(void **state) {
  const char *text = "Title\n\nA jury believed Carl Hobbs, not Lucy Ortiz. "
                     "Royal Caribbean hired Martin Hobbs Systems. Jordan Smith spoke. "
                     "Dean Morrow, a bank in Velk, lent it money.\n";
  for (int lists = 1; lists >= 0; lists--) {
    Doc *d = doc_new(*state, text);
    if (!lists)
      d->doc.name_lists = NULL;
    recognized(d, "Carl Hobbs", FG_NER_ORGANIZATION);
    recognized(d, "Lucy Ortiz", FG_NER_PLACE);
    recognized(d, "Royal Caribbean", FG_NER_ORGANIZATION);
    recognized(d, "Martin Hobbs Systems", FG_NER_ORGANIZATION);
    recognized(d, "Dean Morrow", FG_NER_ORGANIZATION);
    find(d);
    assert_typed(d, "Carl Hobbs", 0, lists ? "Person" : "Organization");
    assert_typed(d, "Lucy Ortiz", 0, lists ? "Person" : "Place");
    assert_typed(d, "Royal Caribbean", 0, "Organization");
    assert_typed(d, "Martin Hobbs Systems", 0, "Company");
    assert_typed(d, "Jordan", 0, "Country");
    assert_typed(d, "Dean Morrow", 0, "Company");
    doc_free(d);
  }
}

/* A business's noun right before an unknown name or heading its
 * apposition types it a company over the recognizer's person and a
 * listed given name and surname ("the restaurant chain Red Robin"); a
 * valueless group-ref noun ("the bank X") takes its org-head class. */
static void test_business_noun_types_a_company(void **state) {
  const char *text = "Title\n\nThe retailer Brisco opened a store. "
                     "The restaurant chain Red Robin closed. "
                     "Fennick, the online retailer, reported a loss. "
                     "The bank Carvel lent money. Ana Velt met Brisco. "
                     "Dorvik, the Dutch steelmaker, and Maren, a shipbuilder, cut jobs.\n";
  Doc *d = doc_new(*state, text);
  recognized(d, "Dorvik", FG_NER_PERSON);
  recognized(d, "Maren", FG_NER_PERSON);
  recognized(d, "Brisco", FG_NER_PERSON);
  recognized(d, "Red Robin", FG_NER_PERSON);
  recognized(d, "Fennick", FG_NER_PERSON);
  recognized(d, "Carvel", FG_NER_PERSON);
  recognized(d, "Ana Velt", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Brisco", 0, "Company");
  assert_typed(d, "Red Robin", 0, "Company");
  assert_typed(d, "Fennick", 0, "Company");
  assert_typed(d, "Carvel", 0, "Company");
  assert_typed(d, "Ana Velt", 0, "Person");
  assert_typed(d, "Dorvik", 0, "Company");
  assert_typed(d, "Maren", 0, "Company");
  doc_free(d);
}


/* "X, one of the largest towns" and "X is one of the biggest ports"
 * type X as one member of the plural (its singular's class: "one of the
 * founders" is a person, not a group); "the Halden-based X" is an organisation
 * whatever the recognizer read. */
static void test_one_of_and_based_type_a_name(void **state) {
  const char *text = "Title\n\nPolice said Kessra, one of the largest towns in the region, flooded. "
                     "Talks with Orvel, one of the founders, ended. Dorvik is one of the biggest ports. "
                     "The Halden-based Tessra hired Ana Velt.\n";
  Doc *d = doc_new(*state, text);
  recognized(d, "Kessra", FG_NER_PERSON);
  recognized(d, "Orvel", FG_NER_ORGANIZATION);
  recognized(d, "Dorvik", FG_NER_PERSON);
  recognized(d, "Tessra", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Kessra", 0, "City");
  assert_typed(d, "Orvel", 0, "Person");
  assert_typed(d, "Dorvik", 0, "Facility");
  assert_typed(d, "Tessra", 0, "Organization");
  doc_free(d);
}

/* A sentence's first word the tagger read as a common noun is a name
 * when an apposition with a determiner types it and a comma closes it
 * before any verb ("Tarrow, a suburb of Velsk, was"); not "Meanwhile,
 * the group said", which runs on into its verb. */
static void test_closed_apposition_names_a_first_word(void **state) {
  const char *text = "Title\n\nTarrow, a suburb of Velsk, was flooded. "
                     "Meanwhile, the group said it would appeal.\n";
  Doc *d = doc_new(*state, text);
  uint8_t *upos = fg_arena_calloc(d->arena, d->doc.tok.token_count + 1, 1);
  assert_non_null(upos);
  size_t tarrow = offset_of(d, "Tarrow", 0), meanwhile = offset_of(d, "Meanwhile", 0),
         said = offset_of(d, "said", 0);
  for (size_t t = 0; t < d->doc.tok.token_count; t++) {
    uint32_t b = d->doc.tok.tokens[t].begin;
    if (b == tarrow || b == meanwhile)
      upos[t] = FG_UPOS_NOUN;
    else if (b == said)
      upos[t] = FG_UPOS_VERB;
  }
  d->doc.token_upos = upos;
  find(d);
  assert_typed(d, "Tarrow", 0, "City");
  assert_null(entity_at(d, "Meanwhile", 0));
  doc_free(d);
}

/* The tagger read every capitalised word as a proper noun, the others as
 * verbs. */
static void tag_capitals_as_proper(Doc *d) {
  uint8_t *upos = fg_arena_calloc(d->arena, d->doc.tok.token_count + 1, 1);
  assert_non_null(upos);
  for (size_t t = 0; t < d->doc.tok.token_count; t++)
    upos[t] = d->doc.tok.tokens[t].flags & FG_TOK_CAP ? FG_UPOS_PROPN : FG_UPOS_VERB;
  d->doc.token_upos = d->upos = upos;
}

/* Sets the tagger's class of the n-th occurrence of word. */
static void tag_word(Doc *d, const char *word, int n, uint8_t upos) {
  size_t begin = offset_of(d, word, n);
  for (size_t t = 0; t < d->doc.tok.token_count; t++)
    if (d->doc.tok.tokens[t].begin == begin)
      d->upos[t] = upos;
}

/* Sets the lemmatizer's lemma of the n-th occurrence of word. */
static void lemma_word(Doc *d, const char *word, int n, const char *lemma) {
  if (!d->doc.token_lemma) {
    d->doc.token_lemma = fg_arena_calloc(d->arena, d->doc.tok.token_count + 1, sizeof(char *));
    assert_non_null(d->doc.token_lemma);
  }
  size_t begin = offset_of(d, word, n);
  for (size_t t = 0; t < d->doc.tok.token_count; t++)
    if (d->doc.tok.tokens[t].begin == begin)
      ((const char **)(uintptr_t)d->doc.token_lemma)[t] = lemma;
}

/* After finding, each of names[n] is typed as types says. Frees d. */
static void typed_as(Doc *d, const char *const *names, const char *const *types, size_t n) {
  find(d);
  for (size_t i = 0; i < n; i++)
    assert_typed(d, names[i], 0, types[i]);
  doc_free(d);
}

/* typed_as, the recognizer having read each of names[n] as ner. */
static void recognized_typed_as(Doc *d, const char *const *names, const char *const *types,
                                size_t n, unsigned ner) {
  for (size_t i = 0; i < n; i++)
    recognized(d, names[i], ner);
  typed_as(d, names, types, n);
}

/* A person's surname before a business's head word ("Digital",
 * "Networks", "Realty") names the person's firm, not the person; the
 * surname alone stays the person. */
static void test_surname_before_a_business_word_is_a_company(void **state) {
  Doc *d = doc_new(*state, "Title\n\nRui Matos founded Matos Digital. Kara Lind left Lind "
                           "Wireless. Omar Tessa sold Tessa Realty. Ana Kovac praised Kovac.\n");
  static const char *const NAMES[] = {"Matos Digital", "Lind Wireless", "Tessa Realty", "Kovac"};
  static const char *const TYPES[] = {"Company", "Company", "Company", "Person"};
  recognized_typed_as(d, NAMES, TYPES, 4, FG_NER_PERSON);
}

/* A spokeswoman for "the Alvarez campaign" speaks for a candidate, a
 * person the lists know by surname; an unlisted name before "campaign"
 * is no armed group either, where a name after a spokesman is one. */
static void test_name_before_campaign_is_no_armed_group(void **state) {
  Doc *d = doc_new(*state, "Title\n\nRia Holm, spokeswoman for the Alvarez campaign, left. "
                           "A spokesman for the Varnel campaign spoke. A spokesman for Dorrak "
                           "spoke.\n");
  find(d);
  assert_typed(d, "Alvarez", 0, "Person");
  assert_not_typed(d, "Varnel", 0, "ArmedGroup");
  assert_typed(d, "Dorrak", 0, "ArmedGroup");
  doc_free(d);
}

/* "A Brockton man", "a Denver lawyer": an unknown name before a person's
 * noun is the person's town; a trade's noun says so only after "a"
 * ("the Tusk lawyer" may be the defendant's). "Longtime" opens no name
 * even where the recognizer read it with the town. */
static void test_name_before_a_person_noun_is_a_town(void **state) {
  Doc *d = doc_new(*state, "Title\n\nLongtime Cresvale resident Hal Minter died. A Brockley "
                           "man was held. Ida Rusk, a Denholm lawyer, spoke. The Tarrick lawyer "
                           "left.\n");
  recognized(d, "Longtime Cresvale", FG_NER_PERSON);
  find(d);
  assert_null(entity_at(d, "Longtime", 0));
  assert_typed(d, "Cresvale", 0, "Place");
  assert_typed(d, "Brockley", 0, "Place");
  assert_typed(d, "Denholm", 0, "Place");
  assert_not_typed(d, "Tarrick", 0, "Place");
  doc_free(d);
}

/* "a village outside Lambeth", "downtown Orwell", "the army shelled
 * Vessa": one unlisted word after a word of town-before is a place over
 * the recognizer's person; not a listed surname ("near Hobbs") nor a
 * possessor ("in Tarvik's office"). */
static void test_town_before_an_unlisted_word_makes_a_place(void **state) {
  Doc *d = doc_new(*state, "Title\n\nA fire broke out in downtown Orvella. The farm lies "
                           "outside Lambrey. Ada Holt lives near Hobbs. They met in Tarvik's "
                           "office. The army shelled Vessa.\n");
  static const char *const NAMES[] = {"Orvella", "Lambrey", "Hobbs", "Tarvik", "Vessa"};
  static const char *const TYPES[] = {"Place", "Place", "Person", "Person", "Place"};
  recognized_typed_as(d, NAMES, TYPES, 5, FG_NER_PERSON);
}

/* "the Brask firm Olsen & Dahl", "the Kessel group Velm Holdings": one
 * unknown word between a determiner and a company's noun that the firm's
 * name follows is its town (a nation's adjective in -ian its country).
 * "Team" opens an
 * organisation's name, and an event's head no institution takes ends an
 * event's name over the recognizer's organisation. */
static void test_word_before_a_named_firm_is_its_place(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Brask firm Olsen & Dahl won. The Kessel group Velm "
                           "Holdings bought it. The Tolvian firm Orsk Partners lost. Team Vessa"
                           " won the Arvel Science Fair.\n");
  static const char *const NAMES[] = {"Brask", "Kessel", "Tolvian", "Team Vessa",
                                      "Arvel Science Fair"};
  static const char *const TYPES[] = {"City", "City", "Country", "Organization", "Event"};
  recognized(d, "Team Vessa", FG_NER_PERSON);
  recognized(d, "Arvel Science Fair", FG_NER_ORGANIZATION);
  typed_as(d, NAMES, TYPES, 5);
}

/* "moved to Tennick", "fled to Carrowby": a verb of moving house before
 * "to" makes the name a place over the recognizer's person; not other
 * verbs before "to" ("The award went to Harlan"). */
static void test_moving_to_a_name_makes_a_place(void **state) {
  Doc *d = doc_new(*state, "Title\n\nIda Lusk moved to Tennick in 2004. The family fled to "
                           "Carrowby. Kip Dorr returned to Ellsmere after the war. The award "
                           "went to Harlan.\n");
  static const char *const NAMES[] = {"Tennick", "Carrowby", "Ellsmere", "Harlan"};
  static const char *const TYPES[] = {"Place", "Place", "Place", "Person"};
  recognized_typed_as(d, NAMES, TYPES, 4, FG_NER_PERSON);
}

/* "Mira Falls", "Cedar Springs": a town's head that surnames share ends a
 * town's name over the recognizer's person, unless the name reports
 * speech ("Dean Springs said") or a person's passive follows. */
static void test_town_head_shared_with_surnames(void **state) {
  Doc *d = doc_new(*state, "Title\n\nMira Falls has lost 2,000 jobs. The plant in Marlow "
                           "Springs shut. Dean Springs said he would appeal. Quinn Falls was "
                           "arrested in May.\n");
  static const char *const NAMES[] = {"Mira Falls", "Marlow Springs", "Dean Springs",
                                      "Quinn Falls"};
  static const char *const TYPES[] = {"City", "City", "Person", "Person"};
  recognized_typed_as(d, NAMES, TYPES, 4, FG_NER_PERSON);
}

/* A name met twice, in a place's position and never in a person's, is a
 * place over the recognizer's person ("homes across Brandvale", then
 * "Brandvale expects rain"); not after a word people take too ("reached
 * Dorsey"), nor with a person's apposition ("Marlow, the mayor,") or
 * after "with" ("talks with Penwick"). */
static void test_place_positions_outweigh_the_recognizers_person(void **state) {
  Doc *d = doc_new(*state, "Title\n\nFlooding hit homes across Brandvale. Brandvale expects "
                           "more rain. Reporters reached Dorsey by phone. Dorsey declined to "
                           "comment. A crowd gathered across Marlow. Marlow, the mayor, spoke. "
                           "Talks with Penwick stalled. Penwick wants more money.\n");
  static const char *const NAMES[] = {"Brandvale", "Dorsey", "Marlow", "Penwick"};
  static const char *const TYPES[] = {"Place", "Person", "Person", "Person"};
  recognized_typed_as(d, NAMES, TYPES, 4, FG_NER_PERSON);
}

/* "from Selbury to Rosswick": both ends of a route are places when
 * nothing else types them; the recognizer's people keep theirs ("the post
 * passed from Hale to Pike"). */
static void test_route_ends_are_places(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe firm moved from Selbury to Rosswick. The post passed "
                           "from Hale to Pike.\n");
  recognized(d, "Hale", FG_NER_PERSON);
  recognized(d, "Pike", FG_NER_PERSON);
  static const char *const NAMES[] = {"Selbury", "Rosswick", "Hale", "Pike"};
  static const char *const TYPES[] = {"Place", "Place", "Person", "Person"};
  typed_as(d, NAMES, TYPES, 4);
}

/* "of 14 Elm Street, Hadley": the name after a numbered address's comma
 * is its town, over the recognizer's person; not after a street with no
 * number ("on Oak Lane, Dale Brisk"). */
static void test_town_after_a_numbered_address(void **state) {
  Doc *d = doc_new(*state, "Title\n\nBo Lusk, of 14 Elm Street, Halvery, was held. Ida Fenn, "
                           "of 9 Oak Avenue, West Carrow, left. The car on Mill Road, Dale "
                           "Brisk said, was his.\n");
  static const char *const NAMES[] = {"Halvery", "West Carrow", "Dale Brisk"};
  static const char *const TYPES[] = {"Place", "Place", "Person"};
  recognized_typed_as(d, NAMES, TYPES, 3, FG_NER_PERSON);
}

/* "identified as Dale Hooper of Brixvale", "The victim, Tobin Marsh, of
 * Edgerly", "Deputies arrested Cal Brody of Henvale": the name after "of"
 * behind a full name that a verb of identifying, a report's noun or a
 * verb of arrest introduces is a town, over the recognizer's
 * organisation; not behind a title ("Analyst Ada Lind of Norvex"). */
static void test_identified_person_of_a_town(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe suspect, identified as Dale Hooper of Brixvale, fled. "
                           "Police identified the victim as Nora Pell of Ashcombe Hill. The "
                           "victim, Tobin Marsh, of Edgerly, died. Deputies arrested Cal Brody "
                           "of Henvale. Analyst Ada Lind of Norvex spoke.\n");
  static const char *const NAMES[] = {"Brixvale", "Ashcombe Hill", "Edgerly", "Henvale",
                                      "Norvex"};
  static const char *const TYPES[] = {"Place", "Place", "Place", "Place", "Organization"};
  recognized_typed_as(d, NAMES, TYPES, 5, FG_NER_ORGANIZATION);
}

/* Two people introduced together share the town after "of" ("arrested
 * Lena Dorsch and Karl Wendt of Mapleton", "X and Y, both of Carver");
 * a pair opening the sentence does when a report's passive follows
 * ("... of Delden were killed"), and may speak for a firm otherwise
 * ("Ana Lind and Bo Quell of Velkor said"). */
static void test_coordinated_people_of_a_town(void **state) {
  Doc *d = doc_new(*state, "Title\n\nDeputies arrested Lena Dorsch and Karl Wendt of Mapleton. "
                           "The victims, Rosa Vell and Ian Pike, of Stanwick, died. Jon Tate "
                           "and Mia Roos, both of Carver, were hurt. Ana Lind and Bo Quell of "
                           "Velkor said so. Hana Broek and Piet Vos of Delden were killed.\n");
  static const char *const NAMES[] = {"Mapleton", "Stanwick", "Carver", "Velkor", "Delden"};
  static const char *const TYPES[] = {"Place", "Place", "Place", "Organization", "Place"};
  recognized_typed_as(d, NAMES, TYPES, 5, FG_NER_ORGANIZATION);
}

/* "Ashby Fire Chief Gil Moreno": the office's first word is the title's,
 * so the town is "Ashby", a city; a body's head keeps its name ("Corbin
 * Police Chief X": the Corbin Police). */
static void test_town_before_a_capitalised_office(void **state) {
  Doc *d = doc_new(*state, "Title\n\nAshby Fire Chief Gil Moreno spoke. Corbin Police Chief "
                           "Ned Pryor left.\n");
  recognized(d, "Ashby Fire Chief Gil Moreno", FG_NER_PERSON);
  find(d);
  assert_label(d, "Ashby", 0, "Ashby");
  assert_typed(d, "Ashby", 0, "City");
  assert_label(d, "Gil Moreno", 0, "Gil Moreno");
  assert_null(entity_at(d, "Fire", 0));
  assert_label(d, "Corbin", 0, "Corbin Police");
  doc_free(d);
}

/* "the Lakeview police", "Dorsey police said": an unknown name before a
 * town's police (or its police chief) is a city that owns the body, which
 * is labelled with it; "the Kenyan police" stay the country's. */
static void test_town_before_its_police_owns_them(void **state) {
  Doc *d = doc_new(*state, "Title\n\nWren Adair, the Lakevale police chief, spoke. Dorrow "
                           "police said the road was closed. The Kenyan police agreed.\n");
  recognized(d, "Lakevale", FG_NER_PERSON);
  recognized(d, "Dorrow", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Lakevale", 0, "City");
  assert_typed(d, "Dorrow", 0, "City");
  assert_non_null(entity_at(d, "police chief", 0));
  assert_string_equal(entity_at(d, "police chief", 0)->label, "Lakevale police");
  assert_non_null(entity_at(d, "police said", 0));
  assert_string_equal(entity_at(d, "police said", 0)->label, "Dorrow police");
  assert_non_null(entity_at(d, "police agreed", 0));
  assert_string_equal(entity_at(d, "police agreed", 0)->label, "Kenyan police");
  doc_free(d);
}

/* "Republican senator X", "a Democratic mayor": a party's word before a
 * local office names no region or city; "Velmont senator X" still does. */
static void test_party_word_before_an_office_is_no_place(void **state) {
  Doc *d = doc_new(*state, "Title\n\nIda Holt met Republican senator Carl Ibsen. A Democratic "
                           "mayor, Ana Ruiz, won. Velmont senator Tam Oduya agreed.\n");
  find(d);
  const char *const party[] = {"Republican", "Democratic"};
  for (size_t i = 0; i < 2; i++) {
    const FgLocalEntity *e = entity_at(d, party[i], 0);
    assert_true(!e || !(e->kind & (FG_KIND_PLACE | FG_KIND_COUNTRY)));
  }
  assert_typed(d, "Velmont", 0, "Region");
  doc_free(d);
}

/* "20 miles south of Dunmere", "just east of Corliss": a compass point
 * and "of" before a name make it a place over the recognizer's person; a
 * head noun still types its own name ("north of the Kessel Institute"). */
static void test_compass_point_of_makes_a_place(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe farm lies 20 miles south of Dunmere. The crash was "
                           "just east of Corliss. The lab is north of the Kessel Institute.\n");
  static const char *const NAMES[] = {"Dunmere", "Corliss", "Kessel Institute"};
  static const char *const TYPES[] = {"Place", "Place", "Organization"};
  recognized_typed_as(d, NAMES, TYPES, 3, FG_NER_PERSON);
}

/* "Imam X of the Noor Mosque", "Warden X of Ridgeway Prison": a building's
 * name after "of" behind a person's full name is the congregation or the
 * staff, an organisation; "married at Grace Church" keeps the building. */
static void test_building_of_a_person_is_an_organisation(void **state) {
  Doc *d = doc_new(*state, "Title\n\nImam Yusuf Adel of the Noor Mosque spoke. Warden Jim Cole "
                           "of Ridgeway Prison agreed. Ada Holt was married at Grace Church.\n");
  static const char *const NAMES[] = {"Noor Mosque", "Ridgeway Prison", "Grace Church"};
  static const char *const TYPES[] = {"Organization", "Organization", "Facility"};
  recognized_typed_as(d, NAMES, TYPES, 3, FG_NER_PLACE);
}

/* "Pastor Ella Moon", "Warden Jim Cole", "Rabbi Dov Lerner": a title of
 * list person-title stays out of the name. */
static void test_clergy_and_warden_titles_stay_out_of_names(void **state) {
  Doc *d = doc_new(*state, "Title\n\nPastor Ella Moon spoke. Then Warden Jim Cole and Rabbi "
                           "Dov Lerner agreed.\n");
  const char *const titled[] = {"Pastor Ella Moon", "Warden Jim Cole", "Rabbi Dov Lerner"};
  for (size_t i = 0; i < 3; i++)
    recognized(d, titled[i], FG_NER_PERSON);
  find(d);
  const char *const names[] = {"Ella Moon", "Jim Cole", "Dov Lerner"};
  for (size_t i = 0; i < 3; i++)
    assert_label(d, names[i], 0, names[i]);
  doc_free(d);
}

/* "Officials in Tarsk imposed a curfew": a preposition's object does not
 * do the state's act after it, and stays a place; "Velmoria imposed
 * sanctions" makes a country. */
static void test_state_act_after_a_preposition_types_nothing(void **state) {
  Doc *d = doc_new(*state, "Title\n\nOfficials in Tarsk imposed a curfew. Velmoria imposed "
                           "sanctions.\n");
  static const char *const NAMES[] = {"Tarsk", "Velmoria"};
  static const char *const TYPES[] = {"Place", "Country"};
  recognized_typed_as(d, NAMES, TYPES, 2, FG_NER_PLACE);
}

/* "the city of X", "the Ohio town of X": a city, which an act a state
 * does too ("declared an emergency") leaves one; "the province of X"
 * keeps the plain place cue. */
static void test_city_of_makes_a_city(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Varn town of Dorrelby declared an emergency. The "
                           "city of Ostmark Falls declared a curfew. Ada Holt visited the "
                           "province of Kelvara.\n");
  static const char *const NAMES[] = {"Dorrelby", "Ostmark Falls", "Kelvara"};
  static const char *const TYPES[] = {"City", "City", "Place"};
  recognized_typed_as(d, NAMES, TYPES, 3, FG_NER_PLACE);
}

/* A name's more precise place class beats a bare "Place" of equal
 * surety wherever it comes: "in Torvane" (a place, bound) in the
 * headline, ", the capital of Y" (a city) after it. */
static void test_city_beats_an_earlier_place(void **state) {
  Doc *d = doc_new(*state, "Talks resume in Torvane\n\nEnvoys met in Torvane, the capital of "
                           "Lessovia, on Monday.\n");
  static const char *const NAMES[] = {"Torvane"};
  static const char *const TYPES[] = {"City"};
  recognized_typed_as(d, NAMES, TYPES, 1, FG_NER_PERSON);
}

/* "Hesby's killer" (even as a sentence's first word), "the stabbing of
 * Corrin by Vasko", "convicted Arno Pilsk of strangling": what only a
 * person owns, suffers or does makes an unknown name a person's over the
 * recognizer's organisation; not "Tarrow's murder rate", the modifier of
 * "by Kessel police", one word accused ("Velmora", maybe a state) nor a
 * "by" with no victim named before ("the killing by Lunesia"). */
static void test_killing_parties_are_people(void **state) {
  Doc *d = doc_new(*state, "Title\n\nHesby's killer was jailed. The stabbing of Corrin by Vasko "
                           "shocked us. Jurors convicted Arno Pilsk of strangling a man. "
                           "Tarrow's murder rate fell. The beating by Kessel police drew "
                           "protests. They accused Velmora of killing fishermen. The killing by "
                           "Lunesia drew protests.\n");
  static const char *const NAMES[] = {"Hesby",  "Corrin", "Vasko",   "Arno Pilsk",
                                      "Tarrow", "Kessel", "Velmora", "Lunesia"};
  /* "Kessel police" are a town's (local-office) */
  static const char *const TYPES[] = {"Person",       "Person", "Person",
                                      "Person",       "Organization", "City",
                                      "Organization", "Organization"};
  tag_capitals_as_proper(d);
  tag_word(d, "rate", 0, FG_UPOS_NOUN);
  tag_word(d, "police", 0, FG_UPOS_NOUN);
  recognized_typed_as(d, NAMES, TYPES, 8, FG_NER_ORGANIZATION);
}

/* "The Tallis Savings Bank of Fresno", "Dorsey Freight Corp. of Denver":
 * a listed city after a company's head or legal form and "of" is the
 * company's seat, a city of its own, and so is a town no list holds
 * ("Tarvik Holdings of Velmora"); a public institution's name ("the
 * National Savings Bank of Fresno"), a name the head opens ("the Bank of
 * Fresno") and a portfolio word ("Tarvik Bank of Commerce") keep it. */
static void test_city_after_a_company_is_its_seat(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Tallis Savings Bank of Fresno cut rates. Dorsey "
                           "Freight Corp. of Denver lost money. The National Savings Bank of "
                           "Fresno cut rates. The Bank of Fresno cut rates. Tarvik Holdings of "
                           "Velmora grew. Tarvik Bank of Commerce grew.\n");
  static const char *const SPANS[] = {"Tallis", "National", "Bank of Fresno", "Tarvik", "Tarvik"};
  static const int NTH[] = {0, 0, 2, 0, 1};
  static const char *const LABELS[] = {"Tallis Savings Bank", "National Savings Bank of Fresno",
                                       "Bank of Fresno", "Tarvik Holdings", "Tarvik Bank of Commerce"};
  find(d);
  for (size_t i = 0; i < 5; i++)
    assert_label(d, SPANS[i], NTH[i], LABELS[i]);
  assert_typed(d, "Fresno", 0, "City");
  assert_typed(d, "Denver", 0, "City");
  doc_free(d);
}

/* "Pell & Quarry" is a firm over the recognizer's person ("the Ada & Bo
 * Holt Museum" keeps its head); "the Tulsa yarn maker": a listed city
 * before a company's noun is a city over the recognizer's organisation,
 * not an unlisted name ("the Velmor yarn maker") nor one before another
 * noun ("the Tulsa maker plant"). */
static void test_ampersand_firm_and_city_before_a_company_noun(void **state) {
  Doc *d = doc_new(*state, "Title\n\nAda Voss joined Pell & Quarry. The Ada & Bo Holt Museum "
                           "opened. Orrin Inc., the Tulsa yarn maker, grew. Ilse Marr, the Velmor "
                           "yarn maker, grew. The Reno maker plant closed.\n");
  static const char *const NAMES[] = {"Pell & Quarry", "Ada & Bo Holt Museum", "Tulsa", "Velmor",
                                      "Reno"};
  static const char *const TYPES[] = {"Company", "Organization", "City", "Organization",
                                      "Organization"};
  tag_capitals_as_proper(d);
  tag_word(d, "plant", 0, FG_UPOS_NOUN);
  recognized(d, "Pell & Quarry", FG_NER_PERSON);
  recognized(d, "Tulsa", FG_NER_ORGANIZATION);
  recognized(d, "Velmor", FG_NER_ORGANIZATION);
  recognized(d, "Reno", FG_NER_ORGANIZATION);
  typed_as(d, NAMES, TYPES, 5);
}

/* "Tulsa's Orrin Textiles Inc.": a listed city, no surname, owning a
 * company's name is its town over the recognizer's person, even as a
 * sentence's first word; not a surname ("Hobbs's Kestrel Holdings") nor a
 * city owning a person ("Fresno's Ada Voss"). */
static void test_town_owning_a_company(void **state) {
  Doc *d = doc_new(*state, "Title\n\nTulsa's Orrin Textiles Inc. grew. Fresno's Ada Voss "
                           "spoke.\n");
  static const char *const NAMES[] = {"Tulsa", "Fresno"};
  static const char *const TYPES[] = {"City", "Organization"};
  recognized_typed_as(d, NAMES, TYPES, 2, FG_NER_PERSON);
}

/* "Greer lives in Hollins": a person's verb after an unknown name makes
 * it a person's, even as a sentence's first word; not a name with a head
 * noun ("Harlow Bank lives on"). */
static void test_person_verb_after_makes_a_person(void **state) {
  Doc *d = doc_new(*state, "Title\n\nGrevel lives in Hollins. Tamsiny died in 1990. Harlow "
                           "Bank lives on.\n");
  static const char *const NAMES[] = {"Grevel", "Tamsiny", "Harlow Bank"};
  static const char *const TYPES[] = {"Person", "Person", "Company"};
  typed_as(d, NAMES, TYPES, 3);
}

/* "X, police said": a bare noun before its verb opens a clause and does
 * not type the name before it; "X, spokesman for Y" is an apposition. */
static void test_noun_before_its_verb_is_no_apposition(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe shot was fired by Tova Brenn, police said. "
                           "Orla Vesk, officials say, left town. Kelm Darrow, spokesman for "
                           "the mayor, declined comment.\n");
  static const char *const NOUNS[] = {"police", "officials", "spokesman"};
  static const char *const NAMES[] = {"Tova Brenn", "Orla Vesk", "Kelm Darrow"};
  tag_capitals_as_proper(d);
  tag_word(d, "for", 0, FG_UPOS_ADP);
  for (size_t i = 0; i < 3; i++) {
    tag_word(d, NOUNS[i], 0, FG_UPOS_NOUN);
    recognized(d, NAMES[i], i < 2 ? FG_NER_PERSON : FG_NER_ORGANIZATION);
  }
  find(d);
  for (size_t i = 0; i < 3; i++)
    assert_typed(d, NAMES[i], 0, "Person");
  doc_free(d);
}

/* "Ray Beckett": two words, a listed given name first and one last,
 * read as a person's over the recognizer's organisation; not with a
 * head noun last ("Austin Harbor"). */
static void test_two_given_names_make_a_person(void **state) {
  Doc *d = doc_new(*state, "Title\n\nGlen Beckett met Dale Hadley near Austin Harbor.\n");
  static const char *const NAMES[] = {"Glen Beckett", "Dale Hadley", "Austin Harbor"};
  static const char *const TYPES[] = {"Person", "Person", "Facility"};
  recognized_typed_as(d, NAMES, TYPES, 3, FG_NER_ORGANIZATION);
}

/* "X closed its border": a one-word name whose verb reaches "its" and a
 * thing only a state has is a country; "its president", which firms have
 * too, only for a name shaped as countries' are. */
static void test_state_possession_after_makes_a_country(void **state) {
  Doc *d = doc_new(*state, "Title\n\nKesvarn closed its border. Last month Pelmor quietly "
                           "recalled its ambassador. Daltrek said its president had resigned. "
                           "Velsaria said its president had resigned.\n");
  recognized(d, "Kesvarn", FG_NER_PERSON);
  recognized(d, "Velsaria", FG_NER_PERSON);
  recognized(d, "Pelmor", FG_NER_PERSON);
  recognized(d, "Daltrek", FG_NER_ORGANIZATION);
  tag_capitals_as_proper(d);
  find(d);
  assert_typed(d, "Kesvarn", 0, "Country");
  assert_typed(d, "Pelmor", 0, "Country");
  assert_typed(d, "Daltrek", 0, "Organization");
  assert_typed(d, "Velsaria", 0, "Country");
  doc_free(d);
}

/* A title-case headline's proper nouns between lower-case words name
 * what the text below never names ("Kessel Foods to buy Orvane Bakery"
 * over a body of other words); a name the body repeats is found there,
 * not in the headline, and a run into a title names nothing. */
static void test_names_only_in_the_headline(void **state) {
  Doc *d = doc_new(*state, "Kessel Foods to buy Orvane Bakery\n\nThe deal was announced on "
                           "Monday.\n");
  tag_capitals_as_proper(d);
  find(d);
  assert_typed(d, "Kessel Foods", 0, "Company");
  assert_typed(d, "Orvane Bakery", 0, "Company");
  doc_free(d);
  d = doc_new(*state, "Tarsk Mills to buy Velmor Court Jails Former Mayor\n\nTarsk Mills Ltd said "
                      "on Monday it would buy the plant.\n");
  tag_capitals_as_proper(d);
  find(d);
  assert_null(entity_at(d, "Tarsk", 0));
  assert_null(entity_at(d, "Velmor", 0));
  assert_non_null(entity_at(d, "Tarsk", 1));
  doc_free(d);
}

/* "Van der Hoek said" opening a sentence is the surname of "Pieter van
 * der Hoek", however many particles, and "Adjei-Mensah" that of "Kofi
 * Adjei-Mensah"; such a name no one of the text bears stays its own. */
static void test_particle_led_surname_opening_a_sentence(void **state) {
  Doc *d = doc_new(*state, "Title\n\nPieter van der Hoek met Carla de la Fuente. Kofi "
                           "Adjei-Mensah came. Van der Hoek left. De la Fuente stayed. "
                           "Adjei-Mensah, 24, spoke. De Vries came. Brekke-Holm came.\n");
  find(d);
  assert_same(d, "Van der Hoek", 0, "Pieter van der Hoek", 0);
  assert_same(d, "De la Fuente", 0, "Carla de la Fuente", 0);
  assert_same(d, "Adjei-Mensah", 1, "Kofi Adjei-Mensah", 0);
  assert_label(d, "De Vries", 0, "De Vries");
  assert_label(d, "Brekke-Holm", 0, "Brekke-Holm");
  doc_free(d);
}

/* "the Brotherhood of Ostra": the recognizer's organisation over "of"
 * after "the" is one name though no head noun comes before "of"; without
 * it ("the Fellowship of Tarsk") the words stay apart. */
static void test_recognized_organisation_over_of(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Brotherhood of Ostra met the Fellowship of Tarsk "
                           "Vell.\n");
  recognized(d, "Brotherhood of Ostra", FG_NER_ORGANIZATION);
  find(d);
  assert_label(d, "Brotherhood", 0, "Brotherhood of Ostra");
  assert_typed(d, "Brotherhood", 0, "Organization");
  assert_label(d, "Tarsk Vell", 0, "Tarsk Vell");
  doc_free(d);
}

/* A capitalised person's noun opening a sentence before a name that opens
 * with a listed given name is its title, though the recognizer read
 * nothing there ("Coach Lars Brekke"); not before a word no list names. */
static void test_title_before_a_listed_given_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nCoach Lars Brekke praised Orsk. Coach Vrell Tamsk "
                           "left.\n");
  recognized(d, "Orsk", FG_NER_PLACE);
  find(d);
  assert_label(d, "Lars Brekke", 0, "Lars Brekke");
  assert_null(entity_at(d, "Coach Lars", 0));
  assert_label(d, "Coach Vrell", 0, "Coach Vrell Tamsk");
  doc_free(d);
}

/* An occupation opening a sentence before a person's name is no part of
 * the name ("Investor Mira Castell", "Chemist Ines Harrow"). */
static void test_occupation_before_a_name_is_a_title(void **state) {
  Doc *d = doc_new(*state, "Title\n\nInvestor Mira Castell bought Halden Foods. Chemist Ines "
                           "Harrow left.\n");
  recognized(d, "Mira Castell", FG_NER_PERSON);
  recognized(d, "Ines Harrow", FG_NER_PERSON);
  find(d);
  assert_null(entity_at(d, "Investor", 0));
  assert_label(d, "Mira Castell", 0, "Mira Castell");
  assert_null(entity_at(d, "Chemist", 0));
  assert_label(d, "Ines Harrow", 0, "Ines Harrow");
  doc_free(d);
}

/* A title of list title-occupation opening a sentence before a listed
 * given name and a surname is no word of the name, however the recognizer
 * read the three words ("Drummer Kai Lund" as a place); before a word no
 * list names, it stays. */
static void test_occupation_title_before_a_listed_given_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nDrummer Kai Lund met Orsk. Guitarist Vrell Tamsk "
                           "left.\n");
  recognized(d, "Drummer Kai Lund", FG_NER_PLACE);
  recognized(d, "Orsk", FG_NER_PLACE);
  recognized(d, "Guitarist Vrell Tamsk", FG_NER_PLACE);
  find(d);
  assert_null(entity_at(d, "Drummer", 0));
  assert_label(d, "Kai Lund", 0, "Kai Lund");
  assert_label(d, "Guitarist Vrell", 0, "Guitarist Vrell Tamsk");
  doc_free(d);
}

/* Two peoples' adjectives hyphened before a lower-case noun ("the
 * Tolvian-Kessarian border") are no one's name, however the recognizer
 * read them; before a capitalised head they open an organisation's name. */
static void test_hyphened_demonyms_before_a_noun_are_no_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nTroops crossed the Tolvian-Kessarian border. The "
                           "Orkish-Brastese Friendship Society met.\n");
  recognized(d, "Tolvian-Kessarian", FG_NER_PERSON);
  find(d);
  assert_null(entity_at(d, "Tolvian", 0));
  assert_null(entity_at(d, "Kessarian", 0));
  assert_label(d, "Orkish", 0, "Orkish-Brastese Friendship Society");
  doc_free(d);
}

/* A person's noun after a place's head word and before a name is the
 * person's title: "Castow County Sheriff Odo Marsh" names a county and a
 * person, "District Attorney" too; before a head noun it stays in the
 * name ("Orrin County Teachers Union"). */
static void test_title_after_a_place_head_ends_the_place(void **state) {
  Doc *d = doc_new(*state, "Title\n\nCastow County Sheriff Odo Marsh and Brell County District "
                           "Attorney Kerrin Abate met the Orrin County Teachers Union.\n");
  find(d);
  assert_label(d, "Castow", 0, "Castow County");
  assert_label(d, "Odo Marsh", 0, "Odo Marsh");
  assert_label(d, "Brell", 0, "Brell County");
  assert_null(entity_at(d, "District", 0));
  assert_label(d, "Kerrin Abate", 0, "Kerrin Abate");
  assert_label(d, "Orrin", 0, "Orrin County Teachers Union");
  doc_free(d);
}

/* A club's last word after an unknown name makes the recognizer's
 * person an organisation ("Velskor United"); a player's position opening
 * a sentence is a title, not the name's first word, and alone in the
 * headline names no one. One word ("Rovers") is no club's name. */
static void test_sports_club_and_position(void **state) {
  Doc *d = doc_new(*state, "Striker quits\n\nStriker Jonas Kreel left Velskor United for Harlow "
                           "Rovers. Goalkeeper Ilse Varn said Rovers won.\n");
  static const char *const PEOPLE[] = {"Jonas Kreel", "Velskor United", "Harlow Rovers",
                                        "Ilse Varn"};
  for (size_t i = 0; i < sizeof PEOPLE / sizeof PEOPLE[0]; i++)
    recognized(d, PEOPLE[i], FG_NER_PERSON);
  recognized_nth(d, "Rovers", 1, FG_NER_PERSON);
  find(d);
  assert_null(entity_at(d, "Striker", 0));
  assert_label(d, "Jonas Kreel", 0, "Jonas Kreel");
  assert_null(entity_at(d, "Striker", 1));
  assert_typed(d, "Velskor United", 0, "Organization");
  assert_typed(d, "Harlow Rovers", 0, "Organization");
  assert_label(d, "Ilse Varn", 0, "Ilse Varn");
  doc_free(d);
}

/* A team's plural mascot after an unknown name ("the Baxter Bulldogs",
 * "the Orvel Sharks") makes a club over the recognizer's place or person;
 * the mascot alone ("the Sharks") names none. */
static void test_team_mascot_makes_a_club(void **state) {
  Doc *d = doc_new(*state, "Title\n\nLars Ek left the Baxter Bulldogs for the Orvel Sharks. "
                           "The Sharks won.\n");
  recognized(d, "Baxter Bulldogs", FG_NER_PLACE);
  recognized(d, "Orvel Sharks", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Baxter Bulldogs", 0, "Organization");
  assert_typed(d, "Orvel Sharks", 0, "Organization");
  doc_free(d);
}

/* A headline of one word names nothing unknown, whatever the recognizer
 * read ("Probe"); nor does a place's head word alone before a title
 * ("County Commissioner X"), which is the title's. */
static void test_headline_word_and_title_qualifier_name_nothing(void **state) {
  Doc *d = doc_new(*state, "Probe\n\nOn Monday, County Commissioner Dale Kortner spoke.\n");
  recognized(d, "Probe", FG_NER_PERSON);
  recognized(d, "County", FG_NER_PLACE);
  recognized(d, "Dale Kortner", FG_NER_PERSON);
  find(d);
  assert_null(entity_at(d, "Probe", 0));
  assert_null(entity_at(d, "County", 0));
  assert_typed(d, "Dale Kortner", 0, "Person");
  doc_free(d);
}

/* "Velsk police chief X" makes Velsk a city, not a region a head noun
 * types ("the Marlow County police chief"); "X Capital" is a company. */
static void test_police_chief_and_capital_type_a_name(void **state) {
  const char *text = "Title\n\nTalks with Velsk police chief Anton Mirek ended. "
                     "The Marlow County police chief resigned. "
                     "Jack Ember joined the board of Pinecrest Capital.\n";
  Doc *d = doc_new(*state, text);
  recognized(d, "Velsk", FG_NER_PERSON);
  recognized(d, "Pinecrest Capital", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Velsk", 0, "City");
  assert_typed(d, "Marlow County", 0, "Region");
  assert_typed(d, "Pinecrest Capital", 0, "Company");
  doc_free(d);
}

/* A raw material after a name makes a company ("Sela Copper"), not after
 * a listed given name ("Anna Copper" is a person); an airline's word after
 * any name makes a carrier ("Merin Air", "a steward with Orvan Air",
 * "Velda Air"). */
static void test_trade_head_names_a_company(void **state) {
  static const char *const NAMES[] = {"Sela Copper", "Orvik Coal", "Anna Copper",
                                      "Merin Air",   "Orvan Air",  "Velda Air"};
  static const char *const TYPES[] = {"Company", "Company", "Person",
                                      "Company", "Company", "Company"};
  Doc *d = doc_new(*state, "Title\n\nSela Copper cut jobs. Orvik Coal said output fell. "
                           "Police arrested Anna Copper in Velm. Merin Air said it would cut "
                           "jobs. Pell Kirsa, a steward with Orvan Air, was hurt. A spokeswoman "
                           "for Velda Air said the jet landed.\n");
  recognized_typed_as(d, NAMES, TYPES, 6, FG_NER_PERSON);
}

/* "X, police in Y said": a bare noun whose phrase runs into a reporting
 * verb opens a clause of its own, no apposition that types X; an
 * apposition closed by its comma still does ("X, head of the Y party,"). */
static void test_reporting_clause_after_a_name_is_no_apposition(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe fire started at Kelso, police in Tessby said. The bus "
                           "crashed near Ulvik, police at the scene said. Dara Voss, head of the "
                           "Velm party, said talks failed.\n");
  static const char *const NAMES[] = {"Kelso", "Ulvik", "Dara Voss"};
  static const char *const TYPES[] = {"Place", "Place", "Person"};
  recognized_typed_as(d, NAMES, TYPES, 3, FG_NER_PLACE);
}

/* What armies shell, besiege or annex is a place when nothing else types
 * the name; the recognizer's person still wins over this context. */
static void test_shelled_name_is_a_place(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe army shelled Kesh on Monday. Rebels besieged Ortavo "
                           "for weeks. Korvia annexed Velmark in 1921. Police shelled Ivo Brask's "
                           "house.\n");
  static const char *const NAMES[] = {"Kesh", "Ortavo", "Velmark", "Ivo Brask"};
  static const char *const TYPES[] = {"Place", "Place", "Place", "Person"};
  recognized(d, "Ivo Brask", FG_NER_PERSON);
  typed_as(d, NAMES, TYPES, 4);
}

/* A lake's, a mountain's or a headland's word opening a name makes a
 * place, whatever the recognizer read; an organisation's head after it
 * keeps the organisation ("Lake Forest College"). */
static void test_feature_word_opens_a_place(void **state) {
  static const char *const NAMES[] = {"Lake Selvin", "Mount Teska", "Cape Dorrel",
                                      "Lake Forest College"};
  static const char *const TYPES[] = {"Place", "Place", "Place", "Organization"};
  Doc *d = doc_new(*state, "Title\n\nTwo hikers drowned in Lake Selvin. Mount Teska erupted "
                           "again. Fishermen near Cape Dorrel found the boat. Lake Forest College "
                           "hired a dean.\n");
  recognized_typed_as(d, NAMES, TYPES, 4, FG_NER_PERSON);
}

/* "Troops from X and Y": both sent the troops, so both are countries; not
 * a person's name ("soldiers from Anna Kell's unit"). */
static void test_troops_from_name_countries(void **state) {
  Doc *d = doc_new(*state, "Title\n\nTroops from Irvana and Kordia patrolled. Soldiers from "
                           "Velmar arrived. Soldiers from Anna were hurt.\n");
  static const char *const COUNTRIES[] = {"Irvana", "Kordia", "Velmar"};
  recognized(d, "Anna", FG_NER_PLACE);
  for (size_t i = 0; i < 3; i++)
    recognized(d, COUNTRIES[i], FG_NER_PLACE);
  find(d);
  for (size_t i = 0; i < 3; i++)
    assert_typed(d, COUNTRIES[i], 0, "Country");
  assert_not_typed(d, "Anna", 0, "Country");
  doc_free(d);
}

/* Two particles in a row stay inside a name: "Marta van der Lindqvist". */
static void test_two_particles_in_a_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe chief executive, Marta van der Lindqvist, will lead "
                           "the company.\n");
  find(d);
  assert_non_null(entity_at(d, "Marta", 0));
  assert_string_equal(entity_at(d, "Marta", 0)->label, "Marta van der Lindqvist");
  doc_free(d);
}

/* A capitalised word, a surname particle and a capitalised surname name
 * a person over the recognizer's place ("Hendrik de Vries said"); the
 * recognizer's organisation still wins, and an organisation's head noun
 * after the surname makes the name an organisation's (near misses). */
static void test_particle_surname_is_a_person(void **state) {
  Doc *d = doc_new(*state, "Title\n\nOskar de Vellmar said sales rose. Brita van der Holm "
                           "agreed. Lisa da Quorva declined. Staff at Tomas de Brevik Bank left.\n");
  recognized(d, "Oskar de Vellmar", FG_NER_PLACE);
  recognized(d, "Brita van der Holm", FG_NER_PLACE);
  recognized(d, "Lisa da Quorva", FG_NER_ORGANIZATION);
  find(d);
  assert_typed(d, "Oskar de Vellmar", 0, "Person");
  assert_typed(d, "Brita van der Holm", 0, "Person");
  assert_typed(d, "Lisa da Quorva", 0, "Organization");
  assert_typed(d, "Tomas de Brevik Bank", 0, "Company");
  doc_free(d);
}

/* A company's suffix, a trade or a board heads its name: "Harrow Bell
 * Co" and "Ostmark Brewing" are companies and "Velmor Trade Board" an
 * organisation, whatever the recognizer said; the person who founded it
 * stays one. */
static void test_company_suffix_and_board_head_a_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nAma Tovel founded Harrow Bell Co in 1990 and now chairs "
                           "the Velmor Trade Board. She sold Ostmark Brewing and Tarn Mining.\n");
  recognized(d, "Ama Tovel", FG_NER_PERSON);
  recognized(d, "Ostmark Brewing", FG_NER_PERSON);
  recognized(d, "Tarn Mining", FG_NER_PERSON);
  recognized(d, "Harrow Bell Co", FG_NER_PERSON);
  recognized(d, "Velmor Trade Board", FG_NER_PLACE);
  find(d);
  assert_typed(d, "Harrow Bell Co", 0, "Company");
  assert_typed(d, "Velmor Trade Board", 0, "Organization");
  assert_typed(d, "Ostmark Brewing", 0, "Company");
  assert_typed(d, "Tarn Mining", 0, "Company");
  assert_typed(d, "Ama Tovel", 0, "Person");
  doc_free(d);
}

/* "the army" in an article that writes "the Kenyan army" gives no
 * spelling "Kenyan armed forces" (the list's label), which as the longer
 * form would name the body in the graph. */
static void test_bare_descriptor_takes_the_written_owner(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Velmor Front has fought the Kenyan army since 1994. "
                           "According to army intelligence, the front moved north.\n");
  find(d);
  assert_same(d, "army since", 0, "army intelligence", 0);
  const FgLocalEntity *e = entity_at(d, "army since", 0);
  assert_non_null(strstr(e->forms.data, "Kenyan army"));
  assert_null(strstr(e->forms.data, "armed forces"));
  doc_free(d);
}

/* Initials in brackets and a possessive do not hide an apposition:
 * "X (XYZ), the country's second-largest guerrilla group". */
static void test_apposition_after_initials_and_possessive(void **state) {
  Doc *d = doc_new(*state, "Title\n\nVeltria and the Frente Popular Tomas Quiros (FPTQ), the "
                           "country's second-largest guerrilla group, signed a truce.\n");
  recognized(d, "Frente Popular Tomas Quiros", FG_NER_PLACE);
  find(d);
  assert_typed(d, "Frente Popular Tomas Quiros", 0, "ArmedGroup");
  doc_free(d);
}

/* An ampersand between capitalised words joins one name. */
static void test_ampersand_joins_a_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nOrin Tesk works for Velmar & Partners, a law firm "
                           "in Mombasa.\n");
  find(d);
  assert_non_null(entity_at(d, "Velmar", 0));
  assert_string_equal(entity_at(d, "Velmar", 0)->label, "Velmar & Partners");
  doc_free(d);
}

/* "the Integrity and Anti-Fraud Commission": a stance compound after "and"
 * starts no name, so "and" joins the words before it into the
 * organisation's name even where the recognizer split them in two. */
static void test_and_before_a_stance_compound_joins_a_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nIn May, the Integrity and Anti-Fraud Commission sued "
                           "Orin Tesk.\n");
  recognized(d, "Integrity", FG_NER_PERSON);
  recognized(d, "Anti-Fraud Commission", FG_NER_PERSON);
  find(d);
  assert_label(d, "Integrity", 0, "Integrity and Anti-Fraud Commission");
  doc_free(d);
}

/* A month before a possessive or a common noun is a date ("January's
 * raid", "whose March assault"), even where the recognizer reads an
 * organisation. */
static void test_month_before_a_noun_is_no_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Velm Front, whose March assault on a camp failed, "
                           "admitted January's raid.\n");
  recognized(d, "March", FG_NER_ORGANIZATION);
  recognized(d, "January", FG_NER_ORGANIZATION);
  find(d);
  assert_null(entity_at(d, "March", 0));
  assert_null(entity_at(d, "January", 0));
  doc_free(d);
}

/* "X Declaration" is an event; "the compact" is the name headed by
 * "Compact" before it, not the class's named event (the declaration). */
static void test_declaration_event_and_compact_by_head(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Orsava Declaration, signed by Tomas Reyna, sets up "
                           "the Velm Security Compact. Critics opposed the compact.\n");
  find(d);
  assert_typed(d, "Orsava Declaration", 0, "Event");
  assert_same(d, "Velm Security Compact", 0, "compact.", 0);
  doc_free(d);
}

/* A possessor in an apposition is not its head: "X, the party's general
 * secretary" is a person, not a party. */
static void test_apposition_skips_the_possessor(void **state) {
  Doc *d = doc_new(*state, "Title\n\n\"It came late,\" said Lina Oskarra, the party's general "
                           "secretary, on Monday.\n");
  recognized(d, "Lina Oskarra", FG_NER_ORGANIZATION);
  find(d);
  assert_typed(d, "Lina Oskarra", 0, "Person");
  doc_free(d);
}

/* A descriptor whose label is a named body's, case aside, is that body:
 * "the Chilean Navy" ... "by Chilean navy"; another country's is not. */
static void test_descriptor_is_the_named_body_of_its_label(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Chilean Navy left port on Monday. The boat was "
                           "stopped by Chilean navy and then by Peruvian navy.\n");
  find(d);
  assert_same(d, "Navy left", 0, "navy and", 0);
  assert_non_null(entity_at(d, "navy.", 0));
  assert_ptr_not_equal(entity_at(d, "Navy left", 0), entity_at(d, "navy.", 0));
  doc_free(d);
}

/* A staff noun heads its apposition: "X, a representative for the Y
 * Sheriff's office" is a person, not the office its phrase names. */
static void test_apposition_staff_noun_is_a_person(void **state) {
  Doc *d = doc_new(*state, "Title\n\nTomas Verrel, a representative for the Harlow "
                           "Sheriff's office, declined to comment.\n");
  find(d);
  assert_typed(d, "Tomas Verrel", 0, "Person");
  doc_free(d);
}

/* An institution's name with a spaced hyphen between capitalised words is
 * one name; a listed given name and a surname running on after it are a
 * person's, the word before them no given name, the name an institution's. */
static void test_institution_name_runs_into_a_person(void **state) {
  static const struct {
    const char *text, *opening, *label, *person;
  } CASES[] = {
      {"Title\n\nDirector of the Council on Danish - Polish Relations Carla Benz said the "
       "talks failed.\n",
       "Council", "Council on Danish - Polish Relations", "Carla Benz"},
      {"Title\n\nSecretary of the Ministry of Trade Oskar Hein said exports fell.\n", "Ministry",
       "Ministry of Trade", "Oskar Hein"},
      /* no connector: the run stays whole */
      {"Title\n\nAnalysts at Velm Trade Bank Carla Benz said the deal would close.\n", "Velm",
       "Velm Trade Bank Carla Benz", NULL},
  };
  for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
    Doc *d = doc_new(*state, CASES[i].text);
    find(d);
    assert_label(d, CASES[i].opening, 0, CASES[i].label);
    if (CASES[i].person)
      assert_typed(d, CASES[i].person, 0, "Person");
    doc_free(d);
  }
}

/* "the Red Dawn group": an organisation's noun right after a name types it
 * an organisation over the names lists' person; not before "with". */
static void test_group_noun_after_types_an_organisation(void **state) {
  Doc *d = doc_new(*state, "Title\n\nIlse Varga founded the Red Dawn group in 1979. Police "
                           "said the Kessel faction had claimed the attack.\n");
  find(d);
  assert_typed(d, "Red Dawn", 0, "Organization");
  assert_typed(d, "Kessel", 0, "Organization");
  doc_free(d);
  d = doc_new(*state, "Title\n\nMarta Quist led the Kessel group with Tovik Holm.\n");
  find(d);
  assert_not_typed(d, "Kessel", 0, "Organization");
  doc_free(d);
}

/* The gazetteer's "The National" (a newspaper) opening a longer name with
 * a head noun is not that name; standing alone it is. */
static void test_gazetteer_the_name_inside_a_longer_one(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe National Velmor Service charged Orin Tesk on "
                           "Monday.\n");
  find(d);
  assert_non_null(entity_at(d, "National", 0));
  assert_string_equal(entity_at(d, "National", 0)->label, "National Velmor Service");
  doc_free(d);
  d = doc_new(*state, "Title\n\nThe National reported the verdict on Monday.\n");
  find(d);
  assert_typed(d, "The National", 0, "MediaOrganization");
  doc_free(d);
}

/* A run of capitals that ends in a person whose surname stands alone
 * elsewhere is the name before and that person; without the lone
 * surname, or with a lower-case word before the two last, it stays whole. */
static void test_trailing_person_splits_off(void **state) {
  Doc *d = doc_new(*state, "Title\n\nA chemistry major at Velm State University Dara Holt "
                           "wrote the letter. Holt said it was read.\n");
  find(d);
  assert_typed(d, "Dara Holt", 0, "Person");
  assert_same(d, "Dara Holt", 0, "Holt said", 0);
  assert_string_equal(entity_at(d, "Velm State University", 0)->label, "Velm State University");
  doc_free(d);
  d = doc_new(*state, "Title\n\nA chemistry major at Velm State University Dara Holt "
                      "wrote the letter. Her friends read it.\n");
  find(d);
  assert_same(d, "Velm State University", 0, "Dara Holt", 0);
  doc_free(d);
  d = doc_new(*state, "Title\n\nShe studied at the University of Northern Holt. "
                      "Holt is a small town.\n");
  find(d);
  assert_same(d, "University of Northern Holt", 0, "Northern Holt", 0);
  doc_free(d);
}

/* A shorter name that keeps an organisation's head is that organisation. */
static void test_shorter_name_with_the_head(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Velmoran Supreme Court of Appeal met on Monday. "
                           "Critics of the Supreme Court protested.\n");
  find(d);
  assert_same(d, "Velmoran Supreme Court", 0, "Supreme Court protested", 0);
  doc_free(d);
}

/* "the museum" is the nearest name with that head; "the company" the
 * nearest Company; neither takes another kind of name. */
static void test_head_noun_finds_its_antecedent(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Orrin Glass Museum bought a painting from Tarrow "
                           "Freight Ltd on Monday. The museum paid in cash. "
                           "The company said the sale was final.\n");
  find(d);
  assert_same(d, "Orrin Glass Museum", 0, "museum paid", 0);
  assert_same(d, "Tarrow Freight Ltd", 0, "company said", 0);
  doc_free(d);
}

/* "the bank" after "Morrow Bank" is that bank, not the Company that is the
 * subject of its own clause; a Company inside a prepositional phrase of
 * that clause is still meant ("a lawyer for Vance Corp said the bank"). */
static void test_head_noun_skips_its_clauses_subject(void **state) {
  Doc *d = doc_new(*state, "Title\n\nMorrow Bank lost money last year. Vance Corp said it "
                           "would buy the bank.\n");
  find(d);
  assert_same(d, "Morrow Bank", 0, "bank.", 0);
  doc_free(d);
  d = doc_new(*state, "Title\n\nMorrow Bank lost money last year. A lawyer for Vance Corp "
                      "said the bank would appeal.\n");
  tag_capitals_as_proper(d);
  tag_word(d, "for", 0, FG_UPOS_ADP);
  find(d);
  assert_same(d, "Vance Corp", 0, "bank would", 0);
  doc_free(d);
}

/* "who chairs X", "who headed X": what a person chairs or heads is an
 * organisation, over the recognizer's person; not when X owns what
 * follows ("who chairs Orla Venn's committee"). */
static void test_chaired_name_is_an_organisation(void **state) {
  Doc *d = doc_new(*state, "Title\n\nIvo Brenn, who chairs Elbe Tessin, spoke. Ada Sorn, who "
                           "headed Orvel Marken, spoke. Lena Falk, who chairs Orla Venn's "
                           "committee, spoke.\n");
  static const char *const NAMES[] = {"Elbe Tessin", "Orvel Marken", "Orla Venn"};
  for (size_t i = 0; i < 3; i++)
    recognized(d, NAMES[i], FG_NER_PERSON);
  static const char *const TYPES[] = {"Organization", "Organization", "Person"};
  typed_as(d, NAMES, TYPES, 3);
}

/* "the Sword of Truth brigade": "of" joins capitals that end right before
 * an organisation's noun into one group's name, typed by the noun;
 * without the noun, or with no "the" before the name (a sentence's first
 * word), "of" stays outside a name without a head noun. */
static void test_group_noun_closes_a_name_with_of(void **state) {
  Doc *d = doc_new(*state, "Title\n\nAbu Karim, a commander of the Blade of Dawn brigade, "
                           "was killed.\n");
  find(d);
  assert_label(d, "Blade", 0, "Blade of Dawn");
  assert_typed(d, "Blade", 0, "ArmedGroup");
  doc_free(d);
  d = doc_new(*state, "Title\n\nThe Blade of Dawn was shown to Abu Karim. Members of the "
                      "Velm party marched.\n");
  find(d);
  const FgLocalEntity *e = entity_at(d, "Blade", 0);
  assert_true(!e || strcmp(e->label, "Blade of Dawn") != 0);
  e = entity_at(d, "Members", 0);
  assert_true(!e || strcmp(e->label, "Members of the Velm") != 0);
  doc_free(d);
  /* a sentence's first word that is a head noun ("Fighters") opens no name
   * with "of" and the group's name: the group is the name */
  d = doc_new(*state, "Title\n\nFighters of the Kessel brigade seized Brenn.\n");
  find(d);
  assert_label(d, "Kessel", 0, "Kessel");
  assert_typed(d, "Kessel", 0, "ArmedGroup");
  doc_free(d);
}

/* "X, the company's general counsel, said Brennan Oil would appeal": a
 * possessive head noun nothing before names stands for the one fitting
 * name after it in its sentence that opens the clause reported; with two
 * (Corvel Bank, Harwell Bank) for neither. */
static void test_possessive_head_noun_names_the_name_after_it(void **state) {
  Doc *d = doc_new(*state, "Title\n\nPetra Lind, the company's lawyer, said Brennan Oil would "
                           "appeal.\n");
  find(d);
  assert_same(d, "company's", 0, "Brennan Oil", 0);
  doc_free(d);
  d = doc_new(*state, "Title\n\nIda Marsh, the bank's head, said Corvel Bank and Harwell Bank "
                      "would merge.\n");
  find(d);
  assert_null(entity_at(d, "bank's", 0));
  doc_free(d);
  /* a name after it that opens no reported clause is another party */
  d = doc_new(*state, "Title\n\nTom Brek, the company's founder, sold his stake to Kessler AG "
                      "last year.\n");
  find(d);
  assert_null(entity_at(d, "company's", 0));
  doc_free(d);
}

/* "the Dunmore shipyard", "the Varna customs office", "the Orvik port
 * authority": a lower-case noun of a body, or a state's office noun after
 * a service word or a place's word, ends the name; not an office alone ("the Tarsk office" of a firm), nor with no
 * "the" before the name. */
static void test_lower_case_body_noun_ends_the_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nIlse Braun, an engineer at the Dunmore shipyard, spoke. "
                           "Nina Pell, head of the Varna customs office, resigned. Ivo Dane "
                           "visited the Tarsk office of Brix Capital. Staff at Orvath brewery "
                           "went on strike. Lena Ost spoke for the Orvik port authority and Tom "
                           "Haller for the Kesh municipality. The Brellport district court "
                           "sat.\n");
  static const char *const BODIES[][3] = {
      {"Dunmore", "Dunmore shipyard", "Company"},
      {"Varna", "Varna customs office", "GovernmentBody"},
      {"Orvik", "Orvik port authority", "GovernmentBody"},
      {"Kesh", "Kesh municipality", "GovernmentBody"},
      {"Brellport", "Brellport district court", "GovernmentBody"}};
  find(d);
  for (size_t i = 0; i < sizeof BODIES / sizeof BODIES[0]; i++) {
    assert_label(d, BODIES[i][0], 0, BODIES[i][1]);
    assert_typed(d, BODIES[i][0], 0, BODIES[i][2]);
  }
  assert_null(entity_at(d, "office of Brix", 0));
  assert_null(entity_at(d, "brewery", 0));
  doc_free(d);
}

/* A name ending in a trade's plural or mass noun (org-head Company) is a
 * company, not a person whose surname opens it. */
static void test_trade_head_makes_a_company(void **state) {
  static const char *const FIRMS[] = {"Tarsk Aviation", "Kestrel Haulage", "Hollis Furniture",
                                      "Nordvik Seafood", "Castell Advisory", "Marlow Health"};
  Doc *d = doc_new(*state, "Title\n\nTarsk Aviation will lease four jets. Orla Venn said "
                           "Kestrel Haulage had cut jobs. Hollis Furniture closed a store. "
                           "Nordvik Seafood and Castell Advisory will cut jobs. Marlow Health "
                           "opened a clinic.\n");
  find(d);
  for (size_t i = 0; i < sizeof FIRMS / sizeof FIRMS[0]; i++)
    assert_typed(d, FIRMS[i], 0, "Company");
  assert_typed(d, "Orla Venn", 0, "Person");
  doc_free(d);
}

/* A noun people and businesses both bear in the apposition ("a
 * publisher") leaves a name its own org head's class; a person's name
 * keeps a person's. */
static void test_shared_role_apposition_keeps_the_org_head(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe book was printed by Kelso Press, a publisher in "
                           "Dunby. Varn Lines, the operator, cut routes. Ana Ruiz, the publisher, "
                           "said sales rose.\n");
  find(d);
  static const char *const TYPED[][2] = {
      {"Kelso Press", "MediaOrganization"}, {"Varn Lines", "Company"}, {"Ana Ruiz", "Person"}};
  for (size_t i = 0; i < sizeof TYPED / sizeof TYPED[0]; i++)
    assert_typed(d, TYPED[i][0], 0, TYPED[i][1]);
  doc_free(d);
}

/* A listed given name before a head noun that is also a listed surname
 * names a person ("Joan Mills said"); a name with no listed given name
 * keeps the trade's class. */
static void test_given_name_before_a_surname_head_is_a_person(void **state) {
  Doc *d = doc_new(*state, "Title\n\nJoan Mills said the plan would fail. Tarsk Mills cut "
                           "jobs.\n");
  find(d);
  assert_typed(d, "Joan Mills", 0, "Person");
  assert_typed(d, "Tarsk Mills", 0, "Company");
  doc_free(d);
}

/* A party's member word names no one: alone before a title ("Democratic
 * Sen. X", "Labour MP X") it qualifies the title, before a listed given
 * name ("Democrat Ana Ruiz") it is no part of the name, at most the party
 * the gazetteer gives it ("Republican"); a company's name keeps it. */
static void test_party_word_before_a_person_names_no_one(void **state) {
  Doc *d = doc_new(*state, "Title\n\nTom Haller and Democratic Senator Ivo Marsh met on "
                           "Monday. Later, Republican Ana Ruiz said no. Conservative Ana Ruiz "
                           "Holdings did too. Labour MP Lena Ost agreed.\n");
  find(d);
  assert_null(entity_at(d, "Democratic", 0));
  assert_typed(d, "Republican", 0, "PoliticalParty");
  assert_label(d, "Ana Ruiz", 0, "Ana Ruiz");
  assert_label(d, "Conservative", 0, "Conservative Ana Ruiz Holdings");
  assert_label(d, "Lena Ost", 0, "Lena Ost");
  assert_null(entity_at(d, "MP Lena", 0));
  doc_free(d);
}

/* "the carrier" is the nearest name whose head is of a carrier's trade
 * (list "head-kin"): an airline's, not a carmaker's; "the carrier's"
 * with none before, the one after it. */
static void test_business_noun_finds_a_name_of_its_trade(void **state) {
  Doc *d = doc_new(*state, "Title\n\nOrla Venn runs Pellam Motors. Tarsk Group said the "
                           "carrier owed it money. Dalton Pierce, the carrier's chairman, said "
                           "Morrow Airlines would fly. Ivo Dane runs Kell Airways. Rusk Motors "
                           "said the carrier was late.\n");
  find(d);
  assert_null(entity_at(d, "carrier owed", 0));
  assert_same(d, "carrier's", 0, "Morrow Airlines", 0);
  assert_same(d, "Kell Airways", 0, "carrier was", 0);
  doc_free(d);
}

/* "the club" is the nearest name whose head is a club's last word
 * ("United", "Rovers"), not a firm's. */
static void test_club_noun_finds_a_club(void **state) {
  Doc *d = doc_new(*state, "Title\n\nHalden United sacked Erik Sund. Velmar AG sponsors "
                           "the league. Sund joined the club in 2021.\n");
  find(d);
  assert_same(d, "Halden United", 0, "club in", 0);
  doc_free(d);
}

/* "the gallery" is the nearest name whose head is its plural. */
static void test_head_noun_finds_a_plural_head(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Orrin Galleries opened on Monday. "
                           "The gallery paid in cash.\n");
  find(d);
  assert_same(d, "Orrin Galleries", 0, "gallery paid", 0);
  doc_free(d);
}

/* A one-word name opening a sentence is an organisation when its
 * possessive opens a person's full name; not when a head noun makes the
 * name after it a thing it owns. */
static void test_owner_of_a_full_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nVelmora's Tomas Reed won the seat on Monday.\n");
  find(d);
  assert_typed(d, "Velmora", 0, "Organization");
  doc_free(d);
  d = doc_new(*state, "Title\n\nVelmora's Tarn Plant closed on Monday.\n");
  find(d);
  assert_not_typed(d, "Velmora", 0, "Organization");
  doc_free(d);
}

static void test_head_noun_without_a_compatible_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Orrin Glass Foundation opened on Monday. "
                           "The company said the sale was final.\n");
  find(d);
  assert_null(entity_at(d, "company said", 0));
  doc_free(d);
}

/* A person called "she" before is not "he": the pronoun takes the latest
 * person whose gender agrees. */
static void test_pronouns_agree_in_gender(void **state) {
  Doc *d = doc_new(*state, "Title\n\nMira Holloway spoke on Friday. She said that her "
                           "brother, Edwin Stroud, left after he lost his job.\n");
  find(d);
  assert_same(d, "Mira Holloway", 0, "She said", 0);
  assert_same(d, "Edwin Stroud", 0, "he lost", 0);
  doc_free(d);
}

/* "Its foreign minister" after a sentence a name opens makes the name a
 * country (the recognizer's place or person) and is that country as
 * surely as "the country's" is; "its chief" after a company is only a
 * pronoun. */
static void test_its_minister_is_the_country_before(void **state) {
  Doc *d = doc_new(*state, "Title\n\nQuellia denied the claim. Its foreign minister, Hanna "
                           "Verhoef, resigned. Dravonia rejected it. Its defence minister left. "
                           "Tovask Mining denied it. Its chief, Ada Renn, left.\n");
  static const struct {
    const char *name, *its;
    unsigned ner;
  } COUNTRIES[] = {{"Quellia", "Its foreign", FG_NER_PLACE},
                   {"Dravonia", "Its defence", FG_NER_PERSON}};
  for (size_t i = 0; i < 2; i++)
    recognized(d, COUNTRIES[i].name, COUNTRIES[i].ner);
  recognized(d, "Tovask Mining", FG_NER_ORGANIZATION);
  find(d);
  for (size_t i = 0; i < 2; i++) {
    assert_typed(d, COUNTRIES[i].name, 0, "Country");
    assert_same(d, COUNTRIES[i].name, 0, COUNTRIES[i].its, 0);
  }
  size_t its = 0;
  for (size_t t = 0; t < d->doc.tok.token_count; t++) {
    const FgMention *m = fg_mention_at(&d->doc, t);
    if (m && strcmp(d->doc.tok.tokens[t].norm, "its") == 0)
      assert_int_equal(m->kind, its++ < 2 ? FG_MENTION_DESCRIPTOR : FG_MENTION_PRONOUN);
  }
  assert_int_equal(its, 3);
  doc_free(d);
}

/* A given name alone is the one person of the document who has it; with
 * two such people it is neither. */
static void test_given_name_alone(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe court heard Tobiah Wrenfield on Monday. "
                           "Lawyers said Tobiah was tired.\n");
  find(d);
  assert_same(d, "Tobiah Wrenfield", 0, "Tobiah", 1);
  doc_free(d);
  d = doc_new(*state, "Title\n\nThe court heard Tobiah Wrenfield and Tobiah Carrack. "
                      "Lawyers said Tobiah was tired.\n");
  find(d);
  const FgLocalEntity *alone = entity_at(d, "Tobiah", 2);
  assert_true(!alone || strcmp(alone->label, "Tobiah") == 0);
  doc_free(d);
}

/* ---- bounds of names -------------------------------------------------- */

/* A stance prefix hyphenated to a word modifies the name after it. */
static void test_stance_compound_starts_no_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nVoters backed the Pro-Harbour Quell Alliance and "
                           "Pan-regional candidate Odile Varnay.\n");
  find(d);
  assert_null(entity_at(d, "Pro-Harbour", 0));
  assert_typed(d, "Quell Alliance", 0, "PoliticalParty");
  assert_typed(d, "Odile Varnay", 0, "Person");
  doc_free(d);
}

/* A plural's possessive inside an organisation's name stays in it; a
 * singular possessor is a name of its own. */
static void test_collective_possessive_in_a_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Tarnish People's Liberation Army crossed the river. "
                           "Ilvena's Harbour Authority closed the port.\n");
  find(d);
  const FgLocalEntity *army = entity_at(d, "Tarnish", 0);
  assert_non_null(army);
  assert_string_equal(army->label, "Tarnish People's Liberation Army");
  const FgLocalEntity *authority = entity_at(d, "Harbour Authority", 0);
  assert_non_null(authority);
  assert_string_equal(authority->label, "Harbour Authority");
  doc_free(d);
}

/* A bare apostrophe after a plural in -s is its possessive too ("the
 * Farmers' Grain Watch"); without a head noun after it the names stay
 * apart ("the Quell Brothers' Ivo Sander"). */
static void test_bare_apostrophe_in_a_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nAda Lind chairs the Farmers' Grain Watch in Velmar. "
                           "The Quell Brothers' Ivo Sander spoke.\n");
  find(d);
  const FgLocalEntity *watch = entity_at(d, "Farmers", 0);
  assert_non_null(watch);
  assert_string_equal(watch->label, "Farmers' Grain Watch");
  assert_typed(d, "Farmers' Grain Watch", 0, "Organization");
  const FgLocalEntity *ivo = entity_at(d, "Ivo Sander", 0);
  assert_non_null(ivo);
  assert_string_equal(ivo->label, "Ivo Sander");
  doc_free(d);
}

/* "the front" is no "X Army": a head noun finds only a name with that
 * head, or, for the words the lexicon lists as referring back to
 * organisations, one of its class. */
static void test_front_is_not_the_army(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Orvish Army moved north. Soldiers at the front "
                           "waited.\n");
  find(d);
  assert_null(entity_at(d, "front", 0));
  doc_free(d);
}

/* "at" alone is English, not the article of "at-Tall": it ends a name. */
static void test_at_ends_a_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe show moved to the Corrow Art Gallery at "
                           "Denholm College last week.\n");
  find(d);
  assert_same(d, "Corrow Art Gallery", 0, "Corrow", 0);
  const FgLocalEntity *gallery = entity_at(d, "Corrow", 0);
  assert_non_null(gallery);
  assert_string_equal(gallery->label, "Corrow Art Gallery");
  assert_typed(d, "Denholm College", 0, "Organization");
  doc_free(d);
}

/* A country in initials after "of the" ends an institution's name (it
 * says where the institution is); other words after "of the" continue it. */
static void test_country_initials_end_an_institution_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nAda Lind teaches at Velm State University of the US. "
                           "Bo Quell studied at the University of the Harlow Islands.\n");
  find(d);
  assert_label(d, "Velm State University", 0, "Velm State University");
  assert_typed(d, "US", 0, "Country");
  assert_label(d, "University of the Harlow", 0, "University of the Harlow Islands");
  doc_free(d);
}

/* A place's name in an event's phrase stays the place's mention; the
 * event's label keeps it ("the Velmar city election"). */
static void test_place_name_inside_an_event_phrase(void **state) {
  Doc *d = doc_new(*state, "Title\n\nVoters in Velmar queued. The Velmar city election was "
                           "held on Sunday.\n");
  recognized_nth(d, "Velmar", 0, FG_NER_PLACE);
  recognized_nth(d, "Velmar", 1, FG_NER_PLACE);
  find(d);
  assert_same(d, "Velmar city", 0, "Velmar", 0);
  assert_typed(d, "city election", 0, "Event");
  assert_label(d, "city election", 0, "Velmar city election");
  doc_free(d);
}

/* "the attack" names the event of its class mentioned last, except one
 * brought in by "a"/"an" more than two sentences before: that was told in
 * passing, and the noun names another event. */
static void test_far_definite_event_is_not_a_passing_one(void **state) {
  Doc *d = doc_new(*state, "Title\n\nVelm fell. Its chief died in an air strike in May. "
                           "Troops left. Aid came. Rain fell. Ada Lind condemned the attack.\n");
  find(d);
  const FgLocalEntity *strike = entity_at(d, "air strike", 0), *attack = entity_at(d, "attack", 0);
  assert_non_null(strike);
  assert_non_null(attack);
  assert_ptr_not_equal(strike, attack);
  doc_free(d);
  d = doc_new(*state, "Title\n\nVelm fell. Its chief died in an air strike in May. "
                      "Ada Lind condemned the attack.\n");
  find(d);
  assert_same(d, "air strike", 0, "attack", 0);
  doc_free(d);
  d = doc_new(*state, "Title\n\nThe raid on Velm killed six. Troops left. Aid came. "
                      "Rain fell. Ada Lind condemned the attack.\n");
  find(d);
  assert_same(d, "raid", 0, "attack", 0);
  doc_free(d);
}

/* A university's campus after "at" is part of its name; an institution
 * after "at" (a head noun ends its words) is not. */
static void test_campus_after_at_in_a_university_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nAda Lind teaches at the University of Velmar at Harlow "
                           "in winter. Bo Quell studied at the University of Corrow at Denholm "
                           "College.\n");
  find(d);
  assert_label(d, "University of Velmar", 0, "University of Velmar at Harlow");
  assert_label(d, "University of Corrow", 0, "University of Corrow");
  assert_typed(d, "Denholm College", 0, "Organization");
  doc_free(d);
}

/* "&" between capitalised words is inside the name ("Lind & Partners",
 * "the Ada & Bo Holt Museum"); before a lower-case word it ends it. */
static void test_ampersand_inside_a_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nIvo Sander works for Lind & Partners in Velmar. The show "
                           "opened at the Ada & Bo Holt Museum. Ivo Sander & co left.\n");
  find(d);
  assert_label(d, "Lind", 0, "Lind & Partners");
  assert_label(d, "Ada", 0, "Ada & Bo Holt Museum");
  assert_same(d, "Ivo Sander", 1, "Ivo Sander", 0);
  doc_free(d);
}

/* "X Institute of Y and Z University": where the recognizer starts a name
 * after "and", that is a second name; else "and" joins as before (but see
 * test_and_before_a_school_name_splits). */
static void test_and_before_a_recognized_name_splits(void **state) {
  static const char TEXT[] = "Title\n\nResearchers from the Fenwick Institute of Optics and "
                             "Harlan State University wrote the report.\n";
  Doc *d = doc_new(*state, "Title\n\nResearchers from the Fenwick Institute of Optics and "
                           "Laser Physics wrote the report.\n");
  find(d);
  const FgLocalEntity *joined_name = entity_at(d, "Fenwick", 0);
  assert_non_null(joined_name);
  assert_string_equal(joined_name->label, "Fenwick Institute of Optics and Laser Physics");
  doc_free(d);
  d = doc_new(*state, TEXT);
  recognized(d, "Fenwick Institute of Optics", FG_NER_ORGANIZATION);
  recognized(d, "Harlan State University", FG_NER_ORGANIZATION);
  find(d);
  const FgLocalEntity *first = entity_at(d, "Fenwick", 0);
  assert_non_null(first);
  assert_string_equal(first->label, "Fenwick Institute of Optics");
  assert_typed(d, "Harlan State University", 0, "Organization");
  doc_free(d);
}

/* A caption's credit label ("Photo:", "Image:") and a time word
 * ("Yesterday") are no part of the name beside them. */
static void test_caption_label_and_time_word_end_a_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe prize went to the student Tavi Renholt Photo: "
                           "Marlow Press.\n\nYesterday Renholt visited the lab.\n");
  find(d);
  const FgLocalEntity *student = entity_at(d, "Tavi Renholt", 0);
  assert_non_null(student);
  assert_string_equal(student->label, "Tavi Renholt");
  assert_same(d, "Tavi Renholt", 0, "Renholt visited", 0);
  doc_free(d);
}

/* A surname two people share is the first named of them, the one the
 * article introduced; the relative named later keeps his full name. */
static void test_shared_surname_is_the_first_named(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe student Omar Kessel built a radio. His father "
                           "Idris Bahar Kessel said the family was proud. Teachers said "
                           "Kessel will visit the capital on Monday.\n");
  find(d);
  assert_same(d, "Omar Kessel", 0, "Kessel will", 0);
  doc_free(d);
}

/* A word of capitals that nothing spelled out is an organisation's
 * initials by its shape; common initialisms and roman numerals are not. */
static void test_bare_initials_are_an_organisation(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe councillor Dara Ventis of QRTL won the seat, "
                           "and the CEO of Marrow Foods backed Ventis. Voters said QRTL ran "
                           "a strong campaign, as chapter IV of its plan says.\n");
  find(d);
  assert_typed(d, "QRTL", 0, "Organization");
  assert_same(d, "QRTL", 0, "QRTL", 1);
  assert_null(entity_at(d, "CEO", 0));
  assert_null(entity_at(d, "IV", 0));
  doc_free(d);
}

/* Letters that roman numerals use but that spell no number ("LMM", "CDC")
 * are initials; a well-formed numeral ("XIV") is not. */
static void test_numeral_letters_that_spell_no_number_are_initials(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe councillor Dara Ventis of LMM won the seat, "
                           "and Ventis thanked CDC for its help, as chapter XIV of its plan "
                           "says.\n");
  find(d);
  assert_typed(d, "LMM", 0, "Organization");
  assert_typed(d, "CDC", 0, "Organization");
  assert_null(entity_at(d, "XIV", 0));
  doc_free(d);
}

/* A word that starts no name ("New", "International"), capitalised
 * inside a sentence before a name with a head noun, is the name's first
 * word; at the start of a sentence only when the recognizer read it so. */
static void test_capitalised_adjective_starts_a_headed_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nVoters in the east backed Mira Solt of the New Harrow "
                           "Party on Sunday. New Harrow Party leaders were pleased.\n");
  find(d);
  const FgLocalEntity *party = entity_at(d, "New Harrow Party", 0);
  assert_non_null(party);
  assert_string_equal(party->label, "New Harrow Party");
  assert_null(entity_at(d, "New Harrow Party", 1));
  doc_free(d);
  /* with no head noun, when the recognizer read the whole name */
  d = doc_new(*state, "Title\n\nThe delegates met in New Harlow on Monday.\n");
  recognized(d, "New Harlow", FG_NER_PLACE);
  find(d);
  const FgLocalEntity *town = entity_at(d, "New Harlow", 0);
  assert_non_null(town);
  assert_string_equal(town->label, "New Harlow");
  doc_free(d);
  /* at a sentence's start, only when the recognizer read the whole name */
  d = doc_new(*state, "Title\n\nNew Harlow's mayor opened the bridge on Monday.\n");
  recognized(d, "New Harlow", FG_NER_PLACE);
  find(d);
  town = entity_at(d, "New Harlow", 0);
  assert_non_null(town);
  assert_string_equal(town->label, "New Harlow");
  doc_free(d);
}

/* After a word that puts a place after it ("in", "near"), a word that
 * starts no name opens the place's name though the recognizer did not
 * read it; elsewhere it stays out of the name, but for "New". */
static void test_adjective_after_a_place_word_starts_the_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nTwo ferries docked in New Tarvik before dawn.\n");
  find(d);
  const FgLocalEntity *town = entity_at(d, "New Tarvik", 0);
  assert_non_null(town);
  assert_string_equal(town->label, "New Tarvik");
  doc_free(d);
  d = doc_new(*state, "Title\n\nThe mayor thanked Western Tarvik volunteers before dawn.\n");
  find(d);
  assert_null(entity_at(d, "Western Tarvik", 0));
  doc_free(d);
  /* a capitalised "New" inside a sentence is the name's anywhere */
  d = doc_new(*state, "Title\n\nOn Monday the New Tarvik government set a date.\n");
  find(d);
  town = entity_at(d, "New Tarvik", 0);
  assert_non_null(town);
  assert_string_equal(town->label, "New Tarvik");
  doc_free(d);
}

/* "the X headquarters in Y": X, whose seat stands in a place, is an
 * organisation whatever the recognizer read; a place before
 * "headquarters" with no place after is where the seat is. */
static void test_headquarters_in_a_place_make_an_organisation(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe envoy spoke at the Vorlund Ostrum headquarters "
                           "in Port Selka on Friday.\n");
  recognized(d, "Vorlund Ostrum", FG_NER_PLACE);
  find(d);
  assert_typed(d, "Vorlund Ostrum", 0, "Organization");
  doc_free(d);
  d = doc_new(*state, "Title\n\nThe envoy spoke at the Vorlund Ostrum headquarters "
                      "of the guild on Friday.\n");
  recognized(d, "Vorlund Ostrum", FG_NER_PLACE);
  find(d);
  assert_typed(d, "Vorlund Ostrum", 0, "Place");
  doc_free(d);
}

/* People take no article, a person "of" a name belongs to an
 * organisation, and no one's name opens with initials: such a name is no
 * person, whatever the recognizer read. */
static void test_article_and_person_of_say_no_person(void **state) {
  Doc *d = doc_new(*state, "Title\n\nMembers of the Veld Wardens marched on Friday. "
                           "The candidate Rana Holt of Civic Dawn addressed voters.\n");
  recognized(d, "Veld Wardens", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Veld Wardens", 0, "Organization");
  assert_typed(d, "Civic Dawn", 0, "Organization");
  assert_typed(d, "Rana Holt", 0, "Person");
  doc_free(d);
  d = doc_new(*state, "Title\n\nThe prints went to QRTL Harlow in March, and the "
                      "QRTL Harlow exhibit drew crowds.\n");
  recognized(d, "QRTL Harlow", FG_NER_PERSON);
  find(d);
  assert_typed(d, "QRTL Harlow", 0, "Organization");
  doc_free(d);
  /* nor is anyone's name initials alone */
  d = doc_new(*state, "Title\n\nThe police said they had been fighting QRTL for years.\n");
  recognized(d, "QRTL", FG_NER_PERSON);
  find(d);
  assert_typed(d, "QRTL", 0, "Organization");
  doc_free(d);
  d = doc_new(*state, "Title\n\nCritics of the Veld Wardens exhibit said it was dull.\n");
  recognized(d, "Veld Wardens", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Veld Wardens", 0, "Person");
  doc_free(d);
}

/* A capitalised article or preposition inside a run of capitals (a
 * caption run into the next sentence) ends the name. */
static void test_capitalised_preposition_ends_a_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nTomas Weld of the Harrow League In the east, "
                           "turnout rose.\n");
  find(d);
  const FgLocalEntity *league = entity_at(d, "Harrow League", 0);
  assert_non_null(league);
  assert_string_equal(league->label, "Harrow League");
  doc_free(d);
}

/* A name right after an organisation's possessive is one of its people,
 * even where the recognizer reads a place. */
static void test_organisation_possessive_names_a_person(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Vossen Party's Gary Kwan won easily.\n");
  recognized(d, "Gary Kwan", FG_NER_PLACE);
  find(d);
  assert_typed(d, "Gary Kwan", 0, "Person");
  doc_free(d);
}

/* "North and South Korea": the word before "and" is the gazetteer name
 * it shares the rest of; "the North" alone is the one country of the
 * document whose name it begins. (Gazetteer names.) */
static void test_elided_and_compass_country_names(void **state) {
  Doc *d = doc_new(*state, "Title\n\nTalks between North and South Korea resumed. "
                           "South Korea said the North fired shells at a border post.\n");
  find(d);
  const FgLocalEntity *north = entity_at(d, "North and", 0);
  assert_non_null(north);
  assert_string_equal(north->label, "North Korea");
  const FgLocalEntity *alone = entity_at(d, "North fired", 0);
  assert_non_null(alone);
  assert_string_equal(alone->label, "North Korea");
  doc_free(d);
}

/* "X, Indonesia": a name before a comma and a known country is a place,
 * whatever the recognizer read; not before the country's possessive. */
static void test_name_before_a_country_is_a_place(void **state) {
  Doc *d = doc_new(*state, "Title\n\nSurvivors swam ashore at Velmor, Indonesia, on Monday. "
                           "The talks were led by Rana Talu, Kenya's envoy.\n");
  recognized(d, "Velmor", FG_NER_PERSON);
  recognized(d, "Rana Talu", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Velmor", 0, "Place");
  assert_typed(d, "Rana Talu", 0, "Person");
  doc_free(d);
}

/* "Quorvane spokeswoman Rana Holt": one word before a role people hold
 * in organisations and a name is the organisation; "Harlow student X"
 * says nothing of Harlow. */
static void test_word_before_an_organisation_role(void **state) {
  Doc *d = doc_new(*state, "Title\n\nOn Monday Quorvane spokeswoman Rana Holt denied it, "
                           "and the Harlow student Ada Lind agreed.\n");
  find(d);
  assert_typed(d, "Quorvane", 0, "Organization");
  const FgLocalEntity *harlow = entity_at(d, "Harlow", 0);
  assert_true(harlow == NULL || strcmp(harlow->type, "Organization") != 0);
  doc_free(d);
}

/* "University of Southern X": an adjective that starts no name continues
 * one after its connector when a name word follows it. */
static void test_adjective_after_a_connector_continues_a_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nShe studied at the University of Southern Harlow, "
                           "and USH students cheered her.\n");
  find(d);
  const FgLocalEntity *uni = entity_at(d, "University of Southern Harlow", 0);
  assert_non_null(uni);
  assert_string_equal(uni->label, "University of Southern Harlow");
  assert_same(d, "University of Southern Harlow", 0, "USH", 0);
  doc_free(d);
}

/* "the CVK (Velm Kitchen Council)": initials before their bracketed
 * organisation (in another language's order) are that organisation, and
 * so are their other mentions. */
static void test_initials_before_their_bracketed_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe head of the CVK (Velm Kitchen Council), Ada Lind, "
                           "resigned. Later the CVK said it regretted this.\n");
  find(d);
  assert_same(d, "CVK (", 0, "Velm Kitchen Council", 0);
  assert_same(d, "CVK said", 0, "Velm Kitchen Council", 0);
  doc_free(d);
}

/* A known name of two words with two adjacent letters swapped ("Unitde
 * Nations") is that name, a typing slip; its spelling joins it. (The
 * gazetteer's United Nations.) */
static void test_swapped_letters_of_a_known_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nAid groups and the Unitde Nations urged both sides "
                           "to talk. The United Nations sent an envoy.\n");
  find(d);
  assert_same(d, "Unitde Nations", 0, "United Nations", 0);
  doc_free(d);
}

/* "Dunmere, Harlow" once Harlow is surely a place ("Harlow, Kenya"): the
 * name before it is a place too, whatever the recognizer read. */
static void test_name_before_a_sure_place_is_a_place(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe fair was held in Harlow, Kenya, last year. "
                           "The painter grew up in Dunmere, Harlow, and moved away.\n");
  recognized(d, "Dunmere", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Dunmere", 0, "Place");
  doc_free(d);
}

static void test_country_attribute_of_initials_narrows_the_place(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe talks in Velmora Tarsk ended on Monday. "
                           "Opponents of V.T. President Kaspo Merren marched on Tuesday, "
                           "and VT President Merren replied.\n");
  recognized(d, "Velmora Tarsk", FG_NER_PLACE);
  find(d);
  assert_same(d, "Velmora Tarsk", 0, "V.T.", 0);
  assert_same(d, "Velmora Tarsk", 0, "VT", 0);
  assert_typed(d, "Velmora Tarsk", 0, "Country");
  doc_free(d);
}

static void test_place_without_a_country_attribute_stays(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe talks in Velmora Tarsk ended on Monday. "
                           "Opponents of V.T. Mayor Kaspo Merren marched on Tuesday.\n");
  recognized(d, "Velmora Tarsk", FG_NER_PLACE);
  find(d);
  assert_typed(d, "Velmora Tarsk", 0, "Place");
  doc_free(d);
}

/* Each name the recognizer read as a place, and the class the finder
 * gives it in text. */
typedef struct {
  const char *name, *type;
} PlaceTyping;

/* Each name of cases, read by the recognizer as ner, is typed as said. */
static void assert_read_and_typed(const Knowledge *k, const char *text, unsigned ner,
                                  const PlaceTyping *cases, size_t n) {
  Doc *d = doc_new(k, text);
  for (size_t i = 0; i < n; i++)
    recognized(d, cases[i].name, ner);
  find(d);
  for (size_t i = 0; i < n; i++)
    assert_typed(d, cases[i].name, 0, cases[i].type);
  doc_free(d);
}

static void assert_places_typed(const Knowledge *k, const char *text, const PlaceTyping *cases,
                                size_t n) {
  assert_read_and_typed(k, text, FG_NER_PLACE, cases, n);
}

/* What only a country is or does types an unknown name a country
 * whatever the recognizer read: "neighbouring X", "the country of X",
 * "X's foreign minister", a country-shaped word (-ia, -stan) or one
 * coordinated after it doing what states do; a listed given name or
 * surname ("Maria", "Garcia") or another word ("Grell") doing it stays a
 * person. */
static void test_country_cues_beat_the_recognizer(void **state) {
  static const PlaceTyping cases[] = {
      {"Norvalia", "Country"}, {"Lunaria", "Country"}, {"Velmia", "Country"},
      {"Velmaria", "Country"}, {"Ostavia", "Country"}, {"Belmora", "Country"},
      {"Maria", "Person"},     {"Grell", "Person"},     {"Garcia", "Person"}};
  assert_read_and_typed(*state,
                        "Title\n\nThe president accused neighbouring Norvalia. Troops entered "
                        "the country of Lunaria. Velmia's foreign minister resigned. Velmaria "
                        "joined the pact. Ostavia and Belmora signed a treaty. Maria joined the "
                        "board. Grell signed the letter. Garcia joined the club.\n",
                        FG_NER_PERSON, cases, sizeof cases / sizeof cases[0]);
}

/* What only a state does, right after an unknown place's name (or
 * after "and" and another name), makes it a country: "Norvalia imposed",
 * "Orsa and Velka signed"; a place that only hosts stays one, as does a
 * city a head noun typed. */
static void test_state_act_narrows_the_place(void **state) {
  static const PlaceTyping cases[] = {{"Norvalia", "Country"}, {"Orsa", "Country"},
                                      {"Velka", "Country"},    {"Tarsk", "Place"},
                                      {"Amble City", "City"}};
  assert_places_typed(*state,
                      "Title\n\nNorvalia imposed new tariffs. Orsa and Velka signed a treaty in "
                      "Tarsk. Amble City has banned the ships.\n",
                      cases, sizeof cases / sizeof cases[0]);
}

/* One lower-case adverb between the name and the state's act keeps the
 * cue ("Tarsk reportedly invaded"); a noun between ("Velka officials
 * signed") does not. */
static void test_state_act_after_an_adverb_narrows_the_place(void **state) {
  Doc *d = doc_new(*state, "Title\n\nTarsk reportedly invaded Brenn. Orsa also imposed tariffs. "
                           "Velka officials signed a deal.\n");
  static const char *const NAMES[] = {"Tarsk", "Orsa", "Velka", "Brenn"};
  for (size_t i = 0; i < 4; i++)
    recognized(d, NAMES[i], FG_NER_PLACE);
  tag_capitals_as_proper(d);
  tag_word(d, "reportedly", 0, FG_UPOS_ADV);
  tag_word(d, "also", 0, FG_UPOS_ADV);
  tag_word(d, "officials", 0, FG_UPOS_NOUN);
  static const char *const TYPES[] = {"Country", "Country", "Place", "Place"};
  typed_as(d, NAMES, TYPES, 4);
}

/* A modal and "have" between the name and the state's act keep the cue
 * ("Kordia may have annexed"); a form of "be" ("Selvia may have been
 * invaded": the act is done to it) does not. */
static void test_state_act_after_auxiliaries_narrows_the_place(void **state) {
  Doc *d = doc_new(*state, "Title\n\nKordia may have annexed Brenn. Selvia may have been "
                           "invaded twice.\n");
  static const char *const NAMES[] = {"Kordia", "Selvia", "Brenn"};
  for (size_t i = 0; i < 3; i++)
    recognized(d, NAMES[i], FG_NER_PLACE);
  tag_capitals_as_proper(d);
  static const char *const AUX[] = {"may", "have"};
  for (size_t i = 0; i < 2; i++) {
    tag_word(d, AUX[i], 0, FG_UPOS_AUX);
    tag_word(d, AUX[i], 1, FG_UPOS_AUX);
  }
  tag_word(d, "been", 0, FG_UPOS_AUX);
  static const char *const TYPES[] = {"Country", "Place", "Place"};
  typed_as(d, NAMES, TYPES, 3);
}

/* "Irvana troops": a one-word name before what only a state fields is a
 * country; not a listed person's name ("Holt soldiers"), nor a name that
 * owns the troops ("Orsk's troops"). */
static void test_state_troops_make_a_country(void **state) {
  Doc *d = doc_new(*state, "Title\n\nIrvana troops took Brenn. Later Orsk's troops left. "
                           "Then Holt soldiers came.\n");
  static const char *const NAMES[] = {"Irvana", "Orsk", "Holt"};
  for (size_t i = 0; i < 3; i++)
    recognized(d, NAMES[i], FG_NER_PLACE);
  find(d);
  assert_typed(d, "Irvana", 0, "Country");
  assert_not_typed(d, "Orsk", 0, "Country");
  assert_not_typed(d, "Holt", 0, "Country");
  doc_free(d);
}

/* What sanctions or an embargo fall on is a country ("sanctions on
 * Kesmira"); a curfew's place stays a place. */
static void test_sanctions_target_narrows_the_place(void **state) {
  static const PlaceTyping cases[] = {{"Kesmira", "Country"}, {"Ostria", "Country"},
                                      {"Brenton", "Place"}};
  assert_places_typed(*state,
                      "Title\n\nThe bloc imposed sanctions on Kesmira. Talks on an embargo "
                      "against Ostria failed. The mayor imposed a curfew on Brenton.\n",
                      cases, sizeof cases / sizeof cases[0]);
}

/* A minister's office beside a place makes it a country; a mayor's or a
 * director's does not. */
static void test_minister_beside_narrows_the_place(void **state) {
  static const PlaceTyping cases[] = {{"Norvalia", "Country"}, {"Orsa", "Country"},
                                      {"Tarsk", "Country"},    {"Velka", "City"},
                                      {"Brenn", "Place"}};
  assert_places_typed(*state,
                      "Title\n\nNorvalia's finance minister spoke. The minister of Orsa left. "
                      "Tarsk Trade Minister Ilse Marr came. The mayor of Velka stayed. Brenn's "
                      "finance director left.\n",
                      cases, sizeof cases / sizeof cases[0]);
}

/* Roles only organisations have, before or after a name, outweigh the
 * recognizer's place; a spokesman (a state has one too) does not. */
static void test_company_role_beats_the_recognizer(void **state) {
  static const PlaceTyping cases[] = {{"Brenmore", "Organization"}, {"Kelvane", "Organization"},
                                      {"Tarsk", "Organization"},    {"Ulm Rade", "Place"},
                                      {"Velka", "Country"}};
  assert_places_typed(*state,
                      "Title\n\nDara Voss, chief executive of Brenmore, spoke. Ilse Marr works "
                      "for Kelvane. Tarsk's chairman, Ada Lind, left. Ulm Rade spokesman Rana "
                      "Holt came. Ivo Sand, the president of Velka, left.\n",
                      cases, sizeof cases / sizeof cases[0]);
}

/* "X said in a statement" names an organisation even as a sentence's
 * first word when nothing else types it; the recognizer's person stays. */
static void test_statement_issuer_is_an_organisation(void **state) {
  Doc *d = doc_new(*state, "Title\n\nGlimmerware said in a statement that it would cut jobs. "
                           "Ada Lind said in a statement that she would stay.\n");
  recognized(d, "Ada Lind", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Glimmerware", 0, "Organization");
  assert_typed(d, "Ada Lind", 0, "Person");
  doc_free(d);
}

/* What only a business owns after a name's possessive, a business's verb
 * after ", which", and "the board of" make the recognizer's person an
 * organisation; a holder's "shares in" leaves a person one. */
static void test_business_context_beats_the_recognizer(void **state) {
  static const PlaceTyping cases[] = {{"Brakton", "Organization"},
                                      {"Dunmere", "Organization"},
                                      {"Trellis Nova", "Organization"},
                                      {"Kiri Vandel", "Person"}};
  assert_read_and_typed(*state,
                        "Title\n\nAnalysts said Brakton's shares fell. Dunmere, which makes "
                        "brake pads, grew. The board of Trellis Nova met. Kiri Vandel's shares "
                        "in Rostel were sold.\n",
                        FG_NER_PERSON, cases, sizeof cases / sizeof cases[0]);
}

/* "X, whose owner" and "X's owner": what has an owner is an organisation
 * (not "X, whose shares in Y", a holder's); "the utility X" a company. */
static void test_owner_and_utility_type_organisations(void **state) {
  static const PlaceTyping cases[] = {{"Harrow Stone", "Organization"},
                                      {"Kessel Trams", "Organization"},
                                      {"Dorin Pask", "Person"},
                                      {"Orna Energi", "Company"}};
  assert_read_and_typed(*state,
                        "Title\n\nIt was built by Harrow Stone, whose owner, Lise Varga, quit. "
                        "Kessel Trams's owner left. Dorin Pask, whose shares in Velm fell, spoke. "
                        "The utility Orna Energi said demand fell.\n",
                        FG_NER_PERSON, cases, sizeof cases / sizeof cases[0]);
}

/* The object of "sold", "downgraded" with "the company" or "the firm"
 * after it is that company; not the object of another verb ("arrested"),
 * nor one with another name between it and the noun. */
static void test_sold_name_before_the_company_is_one(void **state) {
  static const PlaceTyping cases[] = {{"Pellow Rand", "Company"},
                                      {"Brannock Vale", "Company"},
                                      {"Velk Tarn", "Person"},
                                      {"Orvik Tessel", "Person"}};
  assert_read_and_typed(*state,
                        "Title\n\nInvestors sold Pellow Rand after the company reported a loss. "
                        "Analysts downgraded Brannock Vale when the firm cut its forecast. Police "
                        "arrested Velk Tarn after the company reported a theft. Investors sold "
                        "Orvik Tessel and Marda Lune before the company reported.\n",
                        FG_NER_PERSON, cases, sizeof cases / sizeof cases[0]);
}

/* "his wife, X", "its chief executive, X": a person's noun with its
 * determiner before the comma makes the recognizer's organisation a
 * person; a place's noun there ("In the city, X") does not type X. */
static void test_person_noun_apposed_before_the_name(void **state) {
  static const PlaceTyping cases[] = {{"Ivy Rusk", "Person"},
                                      {"Oren Tal", "Person"},
                                      {"Kell Marrow", "Organization"}};
  assert_read_and_typed(*state,
                        "Title\n\nThe mayor came with his wife, Ivy Rusk, on Friday. Its chief "
                        "executive, Oren Tal, resigned. In the city, Kell Marrow opened a "
                        "branch.\n",
                        FG_NER_ORGANIZATION, cases, sizeof cases / sizeof cases[0]);
}

static void test_name_split_from_a_person_is_typed_afresh(void **state) {
  Doc *d = doc_new(*state, "Title\n\nAccording to the envoy to the Velmora Tarsk Daro Heskin, the "
                           "visit of the team went well. "
                           "Heskin said the talks in Velmora Tarsk would resume.\n");
  recognized(d, "Velmora Tarsk", FG_NER_PLACE);
  find(d);
  assert_label(d, "Daro Heskin", 0, "Daro Heskin");
  assert_typed(d, "Velmora Tarsk", 0, "Place");
  assert_typed(d, "Velmora Tarsk", 1, "Place");
  doc_free(d);
}

/* "Minister for Science and Technology": a portfolio joined by "and"
 * after the title's "for" or "of" is the title's, with its words outside
 * the title-domain list; the full name after it is the person's, titled.
 * When the words after "and" are a full name themselves, they are a
 * person's ("the President of Orvania and Tomas Brenn"). */
static void test_joined_portfolio_stays_in_the_title(void **state) {
  Doc *d = doc_new(*state, "Title\n\nMinister for Oceans and Forestry Ilse Marrow opened the "
                           "port. Secretary of Culture, Heritage and Crafts Bo Tennard "
                           "spoke later. The President of Orvania and Tomas Brenn met.\n");
  find(d);
  assert_null(entity_at(d, "Forestry", 0));
  assert_label(d, "Ilse Marrow", 0, "Ilse Marrow");
  assert_typed(d, "Ilse Marrow", 0, "Person");
  assert_null(entity_at(d, "Crafts", 0));
  assert_label(d, "Bo Tennard", 0, "Bo Tennard");
  assert_label(d, "Tomas Brenn", 0, "Tomas Brenn");
  doc_free(d);
}

/* "KR Trade Minister Ana Velt": the portfolio before a minister's or a
 * secretary's title is the title's, not the end of the initials (or the
 * name) before it; before a company's title the words stay the name's
 * ("Harlow Oil Chairman"). */
static void test_portfolio_before_a_title_leaves_the_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nQV Fisheries Minister Ilse Marrow opened the port. "
                           "Velmland Foreign Secretary Bo Tennard spoke later. Harlow Oil "
                           "Chairman Ivo Pell was absent.\n");
  find(d);
  assert_null(entity_at(d, "Fisheries", 0));
  assert_label(d, "Ilse Marrow", 0, "Ilse Marrow");
  assert_typed(d, "Ilse Marrow", 0, "Person");
  assert_null(entity_at(d, "Foreign", 0));
  assert_label(d, "Bo Tennard", 0, "Bo Tennard");
  assert_label(d, "Harlow Oil", 0, "Harlow Oil");
  doc_free(d);
}

/* Names the recognizer read as ner (none with FG_NER_NONE) and the class
 * the finder must give them. */
typedef struct {
  const char *name;
  unsigned ner;
  const char *type;
} NameTyping;

static void assert_names_typed(const Knowledge *k, const char *text, const NameTyping *cases,
                               size_t n) {
  Doc *d = doc_new(k, text);
  for (size_t i = 0; i < n; i++)
    if (cases[i].ner != FG_NER_NONE)
      recognized(d, cases[i].name, cases[i].ner);
  find(d);
  for (size_t i = 0; i < n; i++)
    assert_typed(d, cases[i].name, 0, cases[i].type);
  doc_free(d);
}

#define ASSERT_NAMES_TYPED(state, text, cases) \
  assert_names_typed(*(state), text, cases, sizeof cases / sizeof cases[0])

/* A company's head noun ("Analytics", "Mutual") types an unknown name
 * whatever the recognizer read. */
static void test_company_head_beats_the_recognizer(void **state) {
  static const NameTyping cases[] = {{"Corvell Analytics", FG_NER_PERSON, "Company"},
                                     {"Hesketh Mutual", FG_NER_PERSON, "Company"}};
  ASSERT_NAMES_TYPED(state, "Title\n\nIda Permont set up Corvell Analytics after leaving "
                            "Hesketh Mutual last spring.\n", cases);
}

/* A copula with an indefinite article or a possessor types the name as an
 * apposition does; after "the" only a place noun does ("the center" may
 * name a part a person plays). */
static void test_copula_types_the_name(void **state) {
  static const NameTyping cases[] = {{"Marrow Lees", FG_NER_PERSON, "City"},
                                     {"Quillan Dorr", FG_NER_PERSON, "Company"},
                                     {"Ansel Brook", FG_NER_PERSON, "Person"},
                                     {"Salk Imber", FG_NER_PERSON, "City"}};
  ASSERT_NAMES_TYPED(state, "Title\n\nOfficials said Marrow Lees is a town near the coast, "
                            "and Quillan Dorr is Velsa's largest lender. Ansel Brook was "
                            "the center of the festival. They said Salk Imber is the "
                            "largest town in the valley.\n", cases);
}

/* Place nouns that head no name type an apposition: "X, a suburb of Y". */
static void test_place_noun_in_an_apposition(void **state) {
  static const NameTyping cases[] = {{"Tessel Grange", FG_NER_PERSON, "City"}};
  ASSERT_NAMES_TYPED(state, "Title\n\nVoters in Tessel Grange, a suburb of Orvale, "
                            "went to the polls.\n", cases);
}

/* An apposition's head comes before its preposition: "a member of the
 * X parliament" says nothing of the name, "a suburb of Y" does. */
static void test_apposition_head_before_its_preposition(void **state) {
  static const NameTyping cases[] = {{"Sara Lindvik", FG_NER_PERSON, "Person"},
                                     {"Orla Brenn", FG_NER_PERSON, "City"}};
  ASSERT_NAMES_TYPED(state, "Title\n\nOn Monday Sara Lindvik, a member of the Velmian "
                            "parliament, criticized the deal. Voters in Orla Brenn, a "
                            "suburb of Tessa, went to the polls.\n", cases);
}

/* A mayor's, a governor's or a senator's office beside a name (its
 * possessive, "the mayor of X", "Mayor A B of X") makes the name a city's
 * or a region's. */
static void test_local_office_types_the_place(void **state) {
  static const NameTyping cases[] = {{"Pellwick", FG_NER_PERSON, "City"},
                                     {"Cottra", FG_NER_NONE, "City"},
                                     {"Lannoch Vale", FG_NER_NONE, "Region"},
                                     {"Ada Brin", FG_NER_NONE, "Person"},
                                     {"Orrin Fell", FG_NER_NONE, "Region"}};
  ASSERT_NAMES_TYPED(state, "Title\n\nThe council backed Pellwick's mayor on Monday. "
                            "Mayor Ada Brin of Cottra signed it. He met the governor of "
                            "Lannoch Vale. Senator Ivo Dask of Orrin Fell voted.\n", cases);
}

/* An unknown word opening a sentence is a name when a city's or a
 * region's office follows it ("Tellbury Mayor A B"), whatever the
 * recognizer read; another title after it says nothing of it. */
static void test_local_office_after_a_sentence_opening_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nTellbury Mayor Ana Brin opened the bridge. Corran "
                           "Governor Ivo Dask voted. Marlow Professor Ede Vant spoke.\n");
  recognized(d, "Tellbury Mayor Ana Brin", FG_NER_PERSON);
  recognized(d, "Marlow Professor Ede Vant", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Tellbury", 0, "City");
  assert_typed(d, "Corran", 0, "Region");
  assert_typed(d, "Ana Brin", 0, "Person");
  assert_null(entity_at(d, "Marlow", 0));
  doc_free(d);
}

/* "X is located in Y" makes X a place, unless the recognizer reads an
 * organisation there (a seat). */
static void test_located_in_makes_a_place(void **state) {
  static const NameTyping cases[] = {{"Harl Dunmere", FG_NER_PERSON, "Place"},
                                     {"Brask Orven", FG_NER_ORGANIZATION, "Organization"}};
  ASSERT_NAMES_TYPED(state, "Title\n\nThe report said Harl Dunmere is located in the "
                            "hills, and Brask Orven is located in Velm.\n", cases);
}

/* A possessive inside one institution's name: an office holder's
 * ("Sheriff's Office" after a county), a saint's ("St. Oswin's Hospital");
 * a possessor named on its own keeps its name ("Ilvena's Harbour
 * Authority", in test_collective_possessive_in_a_name). */
static void test_office_and_saint_possessives_in_a_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nA deputy of the Brackwell County Sheriff's Office spoke. "
                           "Nurses at St. Oswin's Hospital in Tarrow were thanked.\n");
  find(d);
  assert_label(d, "Brackwell", 0, "Brackwell County Sheriff's Office");
  assert_typed(d, "Brackwell", 0, "GovernmentBody");
  assert_label(d, "St. Oswin", 0, "St. Oswin's Hospital");
  assert_typed(d, "St. Oswin", 0, "Organization");
  doc_free(d);
}

/* A person's noun before a person's name is a title ("Officer Ada Venn"),
 * also when the recognizer stops short of the surname; not when it reads
 * no person in the words after it. */
static void test_person_noun_before_a_name_is_a_title(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe driver shot Officer Ada Venn near Orlo. "
                           "Nurse Ivo Brenn helped. The Student Cargo Fund paid.\n");
  recognized(d, "Officer Ada Venn", FG_NER_PERSON);
  recognized(d, "Nurse Ivo", FG_NER_PERSON); /* stopping short of the surname */
  recognized(d, "Student Cargo Fund", FG_NER_ORGANIZATION);
  find(d);
  assert_null(entity_at(d, "Officer", 0));
  assert_label(d, "Ada Venn", 0, "Ada Venn");
  assert_typed(d, "Ada Venn", 0, "Person");
  assert_label(d, "Ivo Brenn", 0, "Ivo Brenn");
  assert_label(d, "Student Cargo", 0, "Student Cargo Fund");
  doc_free(d);
}

/* A company's legal form closes its name: in dotted initials ("S.A.") or
 * after a comma ("Ltd."); not a county's "Co." before a name. */
static void test_legal_form_closes_a_company_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe bank lent to Velmore Dyes S.A. on Monday. "
                           "Ada Venn joined Orlin Parcel, Ltd. in May. "
                           "Ivo Brenn moved to Tarrow, Co. Kelvane.\n");
  recognized(d, "Velmore Dyes S.A.", FG_NER_PERSON);
  recognized(d, "Tarrow", FG_NER_PLACE);
  find(d);
  assert_label(d, "Velmore", 0, "Velmore Dyes S.A.");
  assert_typed(d, "Velmore", 0, "Company");
  assert_label(d, "Orlin", 0, "Orlin Parcel, Ltd");
  assert_typed(d, "Orlin", 0, "Company");
  assert_label(d, "Tarrow", 0, "Tarrow");
  doc_free(d);
}

/* ", 52, of X" after a person names the town the person comes from;
 * "an analyst at X", "a pilot with X" the organisation the person works
 * at; not "with" a country-shaped name. */
static void test_hometown_after_age_and_workplace_after_a_person_noun(void **state) {
  Doc *d = doc_new(*state, "Title\n\nAda Venn, 41, of Orlo Ford, was fined. "
                           "Ivo Brenn, an analyst at Kelldorne, spoke. Ada Sorn, a pilot with "
                           "Nordvik, spoke. A soldier with Orsania spoke.\n");
  recognized(d, "Orlo Ford", FG_NER_PERSON);
  static const char *const PLACES[] = {"Kelldorne", "Nordvik", "Orsania"};
  for (size_t i = 0; i < 3; i++)
    recognized(d, PLACES[i], FG_NER_PLACE);
  find(d);
  assert_typed(d, "Orlo Ford", 0, "Place");
  assert_typed(d, "Kelldorne", 0, "Organization");
  assert_typed(d, "Nordvik", 0, "Organization");
  assert_not_typed(d, "Orsania", 0, "Organization");
  doc_free(d);
}

/* A title's word before a head noun is the name's ("Tarrow General
 * Hospital"); a region's head after an organisation's ("School District")
 * yields to the recognizer's organisation, and stays without it. */
static void test_title_word_and_district_inside_institution_names(void **state) {
  Doc *d = doc_new(*state, "Title\n\nDr. Ada Venn of Tarrow General Hospital spoke. "
                           "The Orlo School District hired Ivo Brenn. "
                           "The Kelm School District is hilly.\n");
  recognized(d, "Orlo School District", FG_NER_ORGANIZATION);
  find(d);
  assert_label(d, "Tarrow", 0, "Tarrow General Hospital");
  assert_typed(d, "Tarrow", 0, "Organization");
  assert_typed(d, "Orlo", 0, "Organization");
  assert_typed(d, "Kelm", 0, "Region");
  doc_free(d);
}

/* A region's head word between a known name and a title is the title's
 * ("Ostrelia District Judge"); the known name stands alone. */
static void test_region_word_before_a_title_is_the_titles(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Syria District Judge Ada Venn ruled.\n");
  find(d);
  assert_label(d, "Syria", 0, "Syria");
  assert_null(entity_at(d, "District", 0));
  assert_typed(d, "Ada Venn", 0, "Person");
  doc_free(d);
}

/* "R-Orlo", "(D-Velmar)": a party's letter hyphened to a member's state or
 * town is no part of the name, and the name is a place; a US state's
 * abbreviation there ("D-Wis.") names the state. */
static void test_party_letter_before_a_place(void **state) {
  Doc *d = doc_new(*state, "Title\n\nSen. Ana Holt (D-Velmar) and Rep. Ivo Kade, R-Orlo, "
                           "spoke. Rep. Ida Marsh, D-Wis., and Sen. Lev Orr (R-Tenn.) left.\n");
  recognized(d, "R-Orlo", FG_NER_PERSON);
  find(d);
  assert_label(d, "Velmar", 0, "Velmar");
  assert_typed(d, "Velmar", 0, "Place");
  assert_label(d, "Orlo", 0, "Orlo");
  assert_typed(d, "Orlo", 0, "Place");
  assert_label(d, "Wis", 0, "Wisconsin");
  assert_label(d, "Tenn", 0, "Tennessee");
  doc_free(d);
}

/* "Library" heads an institution's name over the recognizer's place:
 * people work at "the Dunmore Public Library". */
static void test_library_heads_an_institution(void **state) {
  Doc *d = doc_new(*state, "Title\n\nAna Lisk works at the Orvel County Library in Kessel.\n");
  recognized(d, "Orvel County Library", FG_NER_PLACE);
  find(d);
  assert_typed(d, "Orvel County Library", 0, "Organization");
  doc_free(d);
}

/* A nation's adjective of the article makes the "United" name it is
 * made from a country, over the recognizer's organisation; a "United"
 * name with no adjective stays an organisation. The adjective opening an
 * organisation's name counts too, not one made from a person's name. */
static void test_demonym_makes_a_state_form_name_a_country(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe United Velmoria said it would act. Velmorian troops "
                           "left. The United Dravel met in Orsk. Tarsk is far. The Tarskian "
                           "Gazette wrote. Julia Brenn spoke. Julian Holdings grew.\n");
  recognized(d, "United Velmoria", FG_NER_ORGANIZATION);
  recognized(d, "United Dravel", FG_NER_ORGANIZATION);
  recognized(d, "Tarsk", FG_NER_PLACE);
  recognized(d, "Julia Brenn", FG_NER_PERSON);
  find(d);
  assert_typed(d, "United Velmoria", 0, "Country");
  assert_typed(d, "United Dravel", 0, "Organization");
  assert_typed(d, "Tarsk", 0, "Country");
  assert_typed(d, "Julia Brenn", 0, "Person");
  doc_free(d);
}

/* An adjective in -ian before what only a state has names a country the
 * article never names ("Ardanian" -> "Ardania"), and so do its other
 * uses as an adjective; not a listed given name ("Christian"), nor an
 * adjective before no state's noun ("a Keslerian economist", "the
 * Velbonian school president"), nor one made from a name the names lists
 * know ("the Victorian government"), nor one before a capitalised title with
 * no determiner ("Kordian Trade Minister X"), which the parser reads as a
 * subject of its own. */
static void test_state_noun_makes_an_unnamed_country(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Ardanian army shelled Kesh. Pellorian soldiers crossed "
                           "the river. The Torvanian embassy closed. Mira Tolk, an Ardanian "
                           "writer, fled. The Orsanian foreign minister, Ivo Brask, left. The "
                           "Christian army marched. Ida Kell, a Keslerian economist, spoke. The "
                           "Velbonian school president quit. The Velmian Information Minister, "
                           "Tor Aas, spoke. Kordian Trade Minister Ola Brun met Ivo Rask. The "
                           "Victorian government met.\n");
  recognized(d, "Ardanian", FG_NER_PERSON);
  recognized(d, "Christian", FG_NER_PERSON);
  find(d);
  static const char *const ADJECTIVES[] = {"Ardanian", "Pellorian", "Torvanian", "Orsanian"};
  static const char *const COUNTRIES[] = {"Ardania", "Pelloria", "Torvania", "Orsania"};
  for (size_t i = 0; i < 4; i++) {
    assert_typed(d, ADJECTIVES[i], 0, "Country");
    assert_label(d, ADJECTIVES[i], 0, COUNTRIES[i]);
  }
  assert_label(d, "Ardanian", 1, "Ardania");
  assert_not_typed(d, "Christian", 0, "Country");
  assert_null(entity_at(d, "Keslerian", 0));
  assert_not_typed(d, "Velbonian", 0, "Country");
  assert_label(d, "Velmian", 0, "Velmia");
  assert_null(entity_at(d, "Information", 0));
  assert_null(entity_at(d, "Kordian", 0));
  assert_null(entity_at(d, "Victorian", 0));
  doc_free(d);
}

/* A navy and an air force are a state's forces too: "the Ravian air
 * force" and "the Ostrian navy" name unnamed countries, each force an
 * entity of its own; "a Keslerian air show" names none. */
static void test_air_force_and_navy_make_an_unnamed_country(void **state) {
  Doc *d = doc_new(*state, "Title\n\nGen. Piotr Sall, the head of the Ravian air force, died. "
                           "The Ostrian navy seized a boat. Ida Kell went to a Keslerian air "
                           "show.\n");
  find(d);
  static const char *const STATES[][2] = {{"Ravian", "Ravia"}, {"Ostrian", "Ostria"}};
  for (size_t i = 0; i < 2; i++) {
    assert_typed(d, STATES[i][0], 0, "Country");
    assert_label(d, STATES[i][0], 0, STATES[i][1]);
  }
  assert_label(d, "air force", 0, "Ravian air force");
  assert_typed(d, "air force", 0, "GovernmentBody");
  assert_null(entity_at(d, "Keslerian", 0));
  doc_free(d);
}

/* "Prime" before "Minister" is the title's, as a portfolio is: with no
 * name of the article to make the adjective from, "Velorian" is no name
 * ("Velorian Prime" a person, "Velorian" a country: with no determiner
 * before a capitalised title the parser reads it as a subject), while a
 * name before the title is its country. */
static void test_prime_is_the_titles_word(void **state) {
  Doc *d = doc_new(*state, "Title\n\nVelorian Prime Minister Ida Sarn left. Kesmark Prime "
                           "Minister Tor Aas came.\n");
  recognized(d, "Velorian Prime", FG_NER_PERSON);
  recognized(d, "Ida Sarn", FG_NER_PERSON);
  recognized(d, "Tor Aas", FG_NER_PERSON);
  find(d);
  assert_null(entity_at(d, "Velorian", 0));
  assert_null(entity_at(d, "Prime", 0));
  assert_label(d, "Ida Sarn", 0, "Ida Sarn");
  assert_typed(d, "Kesmark", 0, "Country");
  doc_free(d);
}

/* "X, founded in 2011", "X was established by": only an organisation is
 * founded, whatever the recognizer read, of the class its head word gives
 * when it has one ("Orvane Dairy" a company); "X founded Y" says nothing
 * of X. */
static void test_founded_name_is_an_organisation(void **state) {
  Doc *d = doc_new(*state, "Title\n\nQuenta Cells, founded in 2011, makes cells. Orvane Dairy "
                           "was established by farmers. Ada Lind founded Brell Tamm in 2004.\n");
  recognized(d, "Quenta Cells", FG_NER_PERSON);
  recognized(d, "Orvane Dairy", FG_NER_PERSON);
  recognized(d, "Ada Lind", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Quenta Cells", 0, "Organization");
  assert_typed(d, "Orvane Dairy", 0, "Company");
  assert_typed(d, "Ada Lind", 0, "Person");
  doc_free(d);
}

/* A name of two words or more opening with a newspaper's word ("Daily",
 * "Evening") is a news medium, over the recognizer's place; the word
 * alone names none. */
static void test_newspaper_word_opens_a_medium(void **state) {
  Doc *d = doc_new(*state, "Title\n\nAda Lind edits the Daily Varnet in Orsk. The Evening "
                           "Pellham said the Daily Varnet was sold.\n");
  recognized(d, "Daily Varnet", FG_NER_PLACE);
  recognized(d, "Evening Pellham", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Daily Varnet", 0, "MediaOrganization");
  assert_typed(d, "Evening Pellham", 0, "MediaOrganization");
  assert_same(d, "Daily Varnet", 0, "Daily Varnet", 1);
  doc_free(d);
}

/* "Radio" opening a name of two words or more makes a station over the
 * recognizer's person; not before a place's head noun ("Radio City"). */
static void test_radio_opens_a_station(void **state) {
  Doc *d = doc_new(*state, "Title\n\nIvo Rand runs Radio Caribe in Orsk. Fans filled "
                           "Radio City.\n");
  recognized(d, "Radio Caribe", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Radio Caribe", 0, "MediaOrganization");
  assert_typed(d, "Radio City", 0, "City");
  doc_free(d);
}

/* A listed adjective before a name ("Neighbouring", "Rival") and, as a
 * sentence's first word, a capitalised word hyphened to a lower-case one
 * ("Oil-rich") describe the name after them and are none of its words,
 * even where the recognizer read them into it; "New" still opens a name
 * the recognizer reads whole. */
static void test_epithet_is_no_word_of_the_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nNeighbouring Velmoria closed its border. Oil-rich "
                           "Dravelia sent aid to Velmoria. Rival Kessel Motors said sales fell. "
                           "New Harlow joined the league.\n");
  recognized(d, "Neighbouring Velmoria", FG_NER_PERSON);
  recognized(d, "Kessel Motors", FG_NER_ORGANIZATION);
  recognized(d, "Dravelia", FG_NER_PLACE);
  recognized(d, "New Harlow", FG_NER_PLACE);
  find(d);
  assert_label(d, "Velmoria", 0, "Velmoria");
  assert_typed(d, "Velmoria", 0, "Country");
  assert_same(d, "Velmoria", 0, "Velmoria", 1);
  assert_null(entity_at(d, "Neighbouring", 0));
  assert_label(d, "Dravelia", 0, "Dravelia");
  assert_null(entity_at(d, "Oil", 0));
  assert_label(d, "Kessel Motors", 0, "Kessel Motors");
  assert_null(entity_at(d, "Rival", 0));
  assert_label(d, "New Harlow", 0, "New Harlow");
  doc_free(d);
}

/* Initials the recognizer reads as an organisation are a country's when
 * what only a country has comes beside them (a minister, "Secretary of
 * State", an ambassador sent to it), or two kinds of a state's evidence
 * (a president and sanctions); a president alone, as firms have, leaves
 * them an organisation. */
static void test_state_evidence_makes_initials_a_country(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe talks went on. RV Secretary of State Ana Holt spoke. "
                           "QX President Ivo Sand said QX sanctions on Orsk stay. BKT President "
                           "Dara Voss spoke. The Orskan ambassador to the ZL left. KV "
                           "President Ola Brun spoke. KV's armed forces moved north.\n");
  recognized(d, "RV", FG_NER_ORGANIZATION);
  recognized(d, "KV", FG_NER_ORGANIZATION);
  recognized(d, "QX", FG_NER_ORGANIZATION);
  recognized(d, "BKT", FG_NER_ORGANIZATION);
  recognized(d, "ZL", FG_NER_ORGANIZATION);
  find(d);
  assert_typed(d, "RV", 0, "Country");
  assert_typed(d, "QX", 0, "Country");
  assert_typed(d, "BKT", 0, "Organization");
  assert_typed(d, "ZL", 0, "Country");
  assert_typed(d, "KV", 0, "Country");
  doc_free(d);
}

/* Initials with stops name the entity of the same initials written
 * without them ("the FV ... F.V. sanctions"), whose evidence they add. */
static void test_dotted_initials_join_bare_initials(void **state) {
  Doc *d = doc_new(*state, "Title\n\nOrsk joined the pact led by the FV. The talks, hosted by "
                           "F.V. President Ivo Sand, ended. He kept F.V. sanctions on Orsk.\n");
  find(d);
  assert_same(d, "FV", 0, "F.V.", 1);
  assert_typed(d, "FV", 0, "Country");
  doc_free(d);
}

/* "and" before two words or more ending in a school's head starts a name
 * of its own, though a connector came before; a portfolio ending in
 * another head stays inside the name. */
static void test_and_before_a_school_name_splits(void **state) {
  Doc *d = doc_new(*state, "Title\n\nA team from the Brill Institute of Technology and Kesta "
                           "State University came. The Office of Lore and Civic Services met.\n");
  recognized(d, "Brill Institute of Technology", FG_NER_ORGANIZATION);
  find(d);
  assert_label(d, "Brill", 0, "Brill Institute of Technology");
  assert_label(d, "Kesta", 0, "Kesta State University");
  assert_label(d, "Office", 0, "Office of Lore and Civic Services");
  doc_free(d);
}

/* "the Kesh rebels", "Tarvo militants": a plural noun of an armed group's
 * men right after a name no head noun types names their group; not after
 * a nation's adjective or a creed's ("Velmish rebels", "Maoist rebels"). */
static void test_armed_men_name_their_group(void **state) {
  Doc *d = doc_new(*state, "Title\n\nOn Sunday the Kesh rebels seized a bridge, and "
                           "witnesses saw Tarvo militants near Lenvo. Later Velmish rebels "
                           "and Maoist guerrillas fled.\n");
  find(d);
  assert_typed(d, "Kesh", 0, "ArmedGroup");
  assert_typed(d, "Tarvo", 0, "ArmedGroup");
  const FgLocalEntity *velmish = entity_at(d, "Velmish", 0), *maoist = entity_at(d, "Maoist", 0);
  assert_true(!velmish || strcmp(velmish->type, "ArmedGroup") != 0);
  assert_true(!maoist || strcmp(maoist->type, "ArmedGroup") != 0);
  doc_free(d);
}

/* "Fighters of the Kora Front": a group's men before "of the" and a name
 * with a head noun of its own open no name; the group is the name after
 * "of". "the Sons of Halvar" keeps its connector. */
static void test_men_of_a_named_group(void **state) {
  Doc *d = doc_new(*state, "Title\n\nFighters of the Kora Front seized the bridge. "
                           "Later, Rebels of the Velm Army fled. Members of the Ostan Unity "
                           "Party met on Friday.\n");
  find(d);
  assert_label(d, "Kora Front", 0, "Kora Front");
  assert_typed(d, "Kora Front", 0, "ArmedGroup");
  assert_label(d, "Velm Army", 0, "Velm Army");
  assert_label(d, "Ostan Unity Party", 0, "Ostan Unity Party");
  assert_null(entity_at(d, "Fighters", 0));
  doc_free(d);
  d = doc_new(*state, "Title\n\nThe Sons of Halvar marched on Friday.\n");
  recognized(d, "Sons of Halvar", FG_NER_ORGANIZATION);
  find(d);
  assert_label(d, "Sons of Halvar", 0, "Sons of Halvar");
  doc_free(d);
}

/* "the General Confederation of Velm Labour": a title before words with an
 * organisation's head opens the name; not before another title ("Deputy
 * Treasury Secretary X"), and a title before a person stays a title. */
static void test_title_opens_an_institution(void **state) {
  Doc *d = doc_new(*state, "Title\n\nOn Monday the General Confederation of Velm Labour "
                           "backed the strike. Doctors at the Queen Mara Hospital agreed. "
                           "Then General Ivo Brask spoke.\n");
  recognized(d, "Ivo Brask", FG_NER_PERSON);
  find(d);
  assert_label(d, "General Confederation", 0, "General Confederation of Velm Labour");
  assert_typed(d, "General Confederation", 0, "Organization");
  assert_label(d, "Queen Mara Hospital", 0, "Queen Mara Hospital");
  assert_typed(d, "Ivo Brask", 0, "Person");
  doc_free(d);
  d = doc_new(*state, "Title\n\nOn Monday Deputy Treasury Secretary Lara Voss spoke.\n");
  recognized(d, "Lara Voss", FG_NER_PERSON);
  find(d);
  assert_null(entity_at(d, "Deputy", 0));
  assert_typed(d, "Lara Voss", 0, "Person");
  doc_free(d);
}

/* Heads of institutions' names: a newspaper's, a police force's, a
 * school's; and a union named by its members' work is a trade union, no
 * party. */
static void test_institution_heads_type_names(void **state) {
  static const NameTyping cases[] = {{"Tarvo Weekly", FG_NER_PERSON, "MediaOrganization"},
                                     {"Ostrel Observer", FG_NER_PLACE, "MediaOrganization"},
                                     {"Ostrel Gendarmerie", FG_NER_NONE, "GovernmentBody"},
                                     {"Kestrow Polytechnic", FG_NER_PLACE, "Organization"},
                                     {"Ostrel Dockworkers Union", FG_NER_NONE, "Organization"},
                                     {"Tarva Nurses Union", FG_NER_NONE, "Organization"},
                                     {"Union of Kestrow Journalists", FG_NER_NONE, "Organization"},
                                     {"Brava Democratic Union", FG_NER_NONE, "PoliticalParty"}};
  ASSERT_NAMES_TYPED(state, "Title\n\nOn Monday the Tarvo Weekly and the Ostrel Observer "
                            "said the Ostrel Gendarmerie had raided Kestrow Polytechnic. "
                            "The Ostrel Dockworkers Union called a strike, the Tarva Nurses "
                            "Union joined it and the Union of Kestrow Journalists backed it, "
                            "but the Brava Democratic Union did not.\n",
                     cases);
}

/* What is done only to people makes a one- or two-word name the
 * recognizer read as a place a person's: the object of a person-treatment
 * verb, that verb's passive after it, "was taken to hospital", a plea, an
 * age between commas. */
static void test_treatment_makes_a_person_over_a_place(void **state) {
  Doc *d = doc_new(*state, "Title\n\nPolice in Kelvar arrested Dunstal on Monday. "
                           "Gunmen shot Orlep Vant outside a bar. Tarwin was charged with fraud. "
                           "Mesk was taken to hospital. Brannet pleaded guilty. Hesk, 34, was freed.\n");
  tag_capitals_as_proper(d);
  recognized(d, "Kelvar", FG_NER_PLACE);
  static const char *const names[] = {"Dunstal", "Orlep Vant", "Tarwin", "Mesk", "Brannet", "Hesk",
                                      "Kelvar"};
  static const char *const types[] = {"Person", "Person", "Person", "Person", "Person", "Person",
                                      "Place"};
  for (size_t i = 0; i < 6; i++)
    recognized(d, names[i], FG_NER_PLACE);
  typed_as(d, names, types, 7);
}

/* Near misses: what towns undergo too ("shelled", "freed", "taken by"),
 * a passive of moving to no person's destination, the recognizer's
 * organisation after a treatment verb, and a town owning the treated
 * person ("charged Harnby's mayor"), keep their types. */
static void test_treatment_near_misses_keep_their_types(void **state) {
  Doc *d = doc_new(*state, "Title\n\nTroops shelled Kelvar overnight. Rebels freed Dunstal. "
                           "Tarwin was taken by rebels. The bank hired Orlep Partners. "
                           "Flights to Mesk were cancelled. Police charged Harnby's mayor. "
                           "The mayor of Brask was charged.\n");
  tag_capitals_as_proper(d);
  static const char *const places[] = {"Kelvar", "Dunstal", "Tarwin", "Mesk", "Harnby", "Brask"};
  static const char *const types[] = {"Place", "Place", "Place", "Place", "City", "City"};
  recognized(d, "Orlep Partners", FG_NER_ORGANIZATION);
  recognized_typed_as(d, places, types, 6, FG_NER_PLACE);
}

/* "for the" after an institution's head noun goes on with the name, and
 * an "of" after it too ("the Institute for the Study of Rivers"); not
 * when the capitals after "the" modify a lower-case noun ("thanked the
 * Velm Council for the Dorsey grant"). */
static void test_for_the_continues_an_institution_name(void **state) {
  const char *text = "Title\n\nThe Orlen Society for the Deaf opened a home. The Kesk Institute "
                     "for the Study of Lakes hired Ana Vell. Ivo Marr thanked the Tesk Council "
                     "for the Brandby grant.\n";
  Doc *d = doc_new(*state, text);
  tag_capitals_as_proper(d);
  tag_word(d, "grant", 0, FG_UPOS_NOUN);
  find(d);
  assert_label(d, "Orlen Society", 0, "Orlen Society for the Deaf");
  assert_label(d, "Kesk Institute", 0, "Kesk Institute for the Study of Lakes");
  assert_label(d, "Tesk Council", 0, "Tesk Council");
  doc_free(d);
}

/* "brotherhood", "sisterhood", "fraternity" head a group's name, which
 * goes on over "of" ("the Brotherhood of Velk"). */
static void test_brotherhood_heads_a_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nMembers of the Brotherhood of Velk marched. The Orsk "
                           "Sisterhood of Hope met the Harle Fraternity of Miners.\n");
  find(d);
  assert_label(d, "Brotherhood", 0, "Brotherhood of Velk");
  assert_typed(d, "Brotherhood", 0, "Organization");
  assert_label(d, "Orsk Sisterhood", 0, "Orsk Sisterhood of Hope");
  assert_label(d, "Harle Fraternity", 0, "Harle Fraternity of Miners");
  doc_free(d);
}

/* A minister's portfolio whose word heads companies' names ("Finance",
 * "Energy") names no company after an adjective or "the"; a
 * department's ("Treasury") stays a name. */
static void test_company_word_portfolio_names_nothing(void **state) {
  Doc *d = doc_new(*state, "Title\n\nVelmish Finance Minister Ola Brask resigned. The Energy "
                           "Minister, Ivo Renn, spoke. Yesterday Mining Secretary Pia Lund left. "
                           "Later Treasury Secretary Ana Velt came.\n");
  find(d);
  assert_null(entity_at(d, "Finance", 0));
  assert_null(entity_at(d, "Energy", 0));
  assert_null(entity_at(d, "Mining", 0));
  assert_non_null(entity_at(d, "Treasury", 0));
  doc_free(d);
}

/* A plural person's noun ("officials at"), or one opening the sentence,
 * before "at" and a name of two words or more types it the people's
 * workplace; a one-word name after a plural stays a town ("Students at
 * Orvosk"). */
static void test_plural_staff_at_a_name_types_a_workplace(void **state) {
  Doc *d = doc_new(*state, "Title\n\nEngineers at Morrow Cable fixed it. Two analysts at "
                           "Kessby Paper left. Students at Orvosk protested.\n");
  find(d);
  assert_typed(d, "Morrow Cable", 0, "Organization");
  assert_typed(d, "Kessby Paper", 0, "Organization");
  assert_typed(d, "Orvosk", 0, "Place");
  doc_free(d);
}

/* An epithet ("rival", "embattled") between an organisation's cue words
 * and a one-word name leaves the cue the name's: "works for rival X",
 * "shares of embattled X", "its acquisition of rival X"; with no cue
 * before the epithet the name stays untyped. */
static void test_epithet_after_an_org_cue_keeps_the_cue(void **state) {
  Doc *d = doc_new(*state, "Title\n\nLena Hask works for rival Brenlow. Shares of embattled "
                           "Horvick fell. Talks on its merger with wealthy Quillet stalled. "
                           "Dorn Air completed its acquisition of rival Skaven. Mobs met rival "
                           "Tervask.\n");
  find(d);
  for (const char *const *name = (const char *const[]){"Horvick", "Quillet", NULL}; *name; name++)
    assert_typed(d, *name, 0, "Organization");
  /* a rival's noun makes a company: rival_noun_before */
  assert_typed(d, "Brenlow", 0, "Company");
  assert_typed(d, "Skaven", 0, "Company");
  assert_null(entity_at(d, "Tervask", 0));
  doc_free(d);
}

/* A parliament is a state's body as its government is: "the Dutch
 * parliament" and "the Kenyan legislature" are bodies named for their
 * country, which "the parliament" later refers to. */
static void test_parliament_is_a_state_body(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Dutch parliament passed the bill. Later the "
                           "parliament adjourned. The Kenyan legislature met.\n");
  find(d);
  assert_typed(d, "parliament passed", 0, "GovernmentBody");
  assert_string_equal(entity_at(d, "parliament passed", 0)->label, "Dutch parliament");
  assert_same(d, "parliament passed", 0, "parliament adjourned", 0);
  assert_string_equal(entity_at(d, "legislature met", 0)->label, "Kenyan legislature");
  doc_free(d);
}

/* "the Kellan army", "the Ardish navy": a capitalised word that is no
 * country the article knows, between a determiner and a state's forces,
 * names whose forces they are (not a date's word, nor one with no
 * determiner: "On Monday army units"); the article's country (none here) keeps its bare "the
 * army", and "the Tessan government" (a leader's, perhaps) stays the
 * country's. */
static void test_capitalised_word_names_the_forces_after_it(void **state) {
  Doc *d = doc_new(*state, "Title\n\nOfficials in Dorsia said the Kellan army shelled Orvo. "
                           "The Ardish navy seized a boat. The army withdrew. The Tessan "
                           "government resigned. On Monday army units left. The May army "
                           "offensive ended.\n");
  find(d);
  assert_string_equal(entity_at(d, "army shelled", 0)->label, "Kellan army");
  assert_typed(d, "army shelled", 0, "GovernmentBody");
  assert_string_equal(entity_at(d, "navy seized", 0)->label, "Ardish navy");
  assert_string_equal(entity_at(d, "army withdrew", 0)->label, "armed forces");
  assert_string_equal(entity_at(d, "army units", 0)->label, "armed forces");
  assert_string_equal(entity_at(d, "army offensive", 0)->label, "armed forces");
  doc_free(d);
}

/* "its rival X", "its subsidiary X": a business's relation after "its"
 * makes a lone unknown word an organisation (a rival a company); "her
 * rival X" does not. */
static void test_its_rival_is_an_organisation(void **state) {
  Doc *d = doc_new(*state, "Title\n\nVarro Mining sued its rival Tesko. The bank sold its "
                           "subsidiary Kestra. Dana Holt met her rival Kessler.\n");
  find(d);
  assert_typed(d, "Tesko", 0, "Company"); /* a rival's noun: rival_noun_before */
  assert_typed(d, "Kestra", 0, "Organization");
  const FgLocalEntity *e = entity_at(d, "Kessler", 0);
  assert_true(!e || e->kind != FG_KIND_ORG);
  doc_free(d);
}

/* "a Dane", "a Spaniard": nationality nouns are their country's demonyms
 * (the gazetteer), but a listed given name before a capitalised word
 * opens a person's name ("Dane Harlow"). */
static void test_nationality_noun_unless_a_given_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nOrla Venn, a Dane, met Ivo Sark, a Spaniard. "
                           "Dane Harlow said the roof fell.\n");
  find(d);
  assert_string_equal(entity_at(d, "Dane,", 0)->label, "Denmark");
  assert_string_equal(entity_at(d, "Spaniard", 0)->label, "Spain");
  assert_string_equal(entity_at(d, "Dane Harlow", 0)->label, "Dane Harlow");
  assert_typed(d, "Dane Harlow", 0, "Person");
  doc_free(d);
}

/* "a Tessish citizen", "the Vandish ambassador": an unknown adjective in
 * -ish before a citizen's noun or a state's office is an unnamed
 * country's, named as Poland and Finland are; not before forces a people
 * without a state has ("Kurdish forces"), nor an office of something
 * else ("the Pellish president of the club"). */
static void test_unnamed_state_adjective_in_ish(void **state) {
  Doc *d = doc_new(*state, "Title\n\nIvo Marr, a Tessish citizen, met the Vandish ambassador. "
                           "Kordish forces took Orvo. The Pellish president of the club "
                           "resigned.\n");
  tag_capitals_as_proper(d);
  tag_word(d, "citizen", 0, FG_UPOS_NOUN);
  find(d);
  assert_non_null(entity_at(d, "Tessish", 0));
  assert_string_equal(entity_at(d, "Tessish", 0)->label, "Tessland");
  assert_typed(d, "Tessish", 0, "Country");
  assert_string_equal(entity_at(d, "Vandish", 0)->label, "Vandland");
  const FgLocalEntity *e = entity_at(d, "Kordish", 0);
  assert_true(!e || e->kind != FG_KIND_COUNTRY);
  e = entity_at(d, "Pellish", 0);
  assert_true(!e || e->kind != FG_KIND_COUNTRY);
  doc_free(d);
}

/* Names coordinated with a country, or all shaped as countries' names
 * are, share a country's type ("sanctions on Norvalia and Kordia",
 * "condemned Velmaria and Ostavia"); a one-word name shaped so before a
 * state's attribute or office, or the agent or target of sanctions, is
 * a country. A person among the conjuncts ("Grell and Lunaria") leaves
 * the others as the recognizer read them. */
static void test_conjoined_and_shaped_countries(void **state) {
  static const PlaceTyping cases[] = {
      {"Norvalia", "Country"}, {"Kordia", "Country"},  {"Velmaria", "Country"},
      {"Ostavia", "Country"},  {"Kestria", "Country"}, {"Brastovia", "Country"},
      {"Pelmaria", "Country"}, {"Grell", "Person"},    {"Lunaria", "Person"}};
  assert_read_and_typed(*state,
                        "Title\n\nThe council imposed sanctions on Norvalia and Kordia. The "
                        "UN condemned Velmaria and Ostavia. Officials said Kestria's government "
                        "fell. Aid was blocked by Brastovia's army. Tariffs imposed by Pelmaria "
                        "rose. The mayor praised Grell and Lunaria.\n",
                        FG_NER_PERSON, cases, sizeof cases / sizeof cases[0]);
}

/* "the newspaper La Voce": an outlet's noun after a determiner types the
 * name after it; "the nightclub Studio Nine" is a venue; a name ending in
 * "Flight" before its number is a flight, while "Flight" in a title
 * ("a Flight Sergeant") names nothing. */
static void test_outlet_venue_and_flight_names(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe newspaper La Voce said police raided the nightclub "
                           "Studio Nine. Tolvian Airways Flight 9 landed in Kessel. Ivo Dask, a "
                           "Flight Sergeant, was hurt.\n");
  recognized(d, "La Voce", FG_NER_PERSON);
  recognized(d, "Studio Nine", FG_NER_PERSON);
  recognized(d, "Tolvian Airways Flight", FG_NER_PERSON);
  find(d);
  assert_typed(d, "La Voce", 0, "MediaOrganization");
  assert_typed(d, "Studio Nine", 0, "Facility");
  assert_typed(d, "Tolvian Airways Flight", 0, "Event");
  const FgLocalEntity *e = entity_at(d, "Flight Sergeant", 0);
  assert_true(!e || e->kind != FG_KIND_EVENT);
  doc_free(d);
}

/* Session 35: "A Velmar court" sits in a place the recognizer left
 * alone; what rebels attack is a place whatever it read ("attacked
 * Dorsk"), a person named with a given name stays one ("attacked Oste"
 * after "Dan Oste"); a company's noun apposed before a name and the
 * two-word object of "buy" are firms. */
static void test_court_seat_armed_target_and_firm_nouns(void **state) {
  Doc *d = doc_new(*state, "Title\n\nA Velmar court sentenced Ivo Darn. Rebels attacked Dorsk "
                           "on Monday. Dan Oste fled. Rebels attacked Oste on Monday. The lender, "
                           "Hollin Savings, agreed to buy Merovy Credit.\n");
  recognized(d, "Ivo Darn", FG_NER_PERSON);
  recognized(d, "Dorsk", FG_NER_PERSON);
  recognized(d, "Dan Oste", FG_NER_PERSON);
  recognized(d, "Hollin Savings", FG_NER_PERSON);
  recognized(d, "Merovy Credit", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Velmar", 0, "Place");
  assert_typed(d, "Dorsk", 0, "Place");
  assert_typed(d, "Oste", 1, "Person");
  assert_typed(d, "Hollin Savings", 0, "Company");
  assert_typed(d, "Merovy Credit", 0, "Company");
  doc_free(d);
}

/* The one-sentence article text, span read by the recognizer as ner:
 * typed type (a firing case) or not (a near miss). */
static void check_typing(void **state, const char *text, const char *span, unsigned ner,
                         const char *type, bool typed) {
  Doc *d = doc_new(*state, text);
  recognized(d, span, ner);
  find(d);
  if (typed)
    assert_typed(d, span, 0, type);
  else
    assert_not_typed(d, span, 0, type);
  doc_free(d);
}

/* A state's own media after a name's possessive ("Velmora's state news
 * agency") make it a country over the recognizer's person; a news agency
 * alone does not (list country-attribute). */
static void test_state_media_make_a_country(void **state) {
  check_typing(state, "Title\n\nVelmora's state news agency said the talks had failed.\n",
               "Velmora", FG_NER_PERSON, "Country", true);
  check_typing(state, "Title\n\nVelmora's news agency said the talks had failed.\n", "Velmora",
               FG_NER_PERSON, "Country", false);
}

/* "the arrest of X" (list ordeal-noun): what befalls only people names a
 * person over the recognizer's place; "the capture of X" befalls towns. */
static void test_ordeal_of_names_a_person(void **state) {
  check_typing(state, "Title\n\nState media reported the arrest of Tamsin Orrel.\n",
               "Tamsin Orrel", FG_NER_PLACE, "Person", true);
  check_typing(state, "Title\n\nState media reported the capture of Tamsin Orrel.\n",
               "Tamsin Orrel", FG_NER_PLACE, "Person", false);
}

/* ---- session 38, helper B38b ---- */

/* "Dunmore State University of Kessaria": a university with words of its
 * own before its head ends before "of" and a country, which that types;
 * "the National University of Velmia" (one word before the head) and
 * "Arvel Institute of Technology" keep the words after "of". */
static void test_university_ends_before_of_a_country(void **state) {
  Doc *d = doc_new(*state, "Title\n\nMira Stol lectures at Dunmore State University of Kessaria. "
                           "Ivo Rask teaches at the National University of Velmia and the "
                           "Arvel Polytechnic Institute of Technology.\n");
  find(d);
  assert_label(d, "Dunmore", 0, "Dunmore State University");
  assert_typed(d, "Kessaria", 0, "Country");
  assert_label(d, "National", 0, "National University of Velmia");
  assert_label(d, "Arvel", 0, "Arvel Polytechnic Institute of Technology");
  doc_free(d);
}

/* "X announced that it would join Y": a country-shaped word reporting
 * what "it" will do is a country over the recognizer's person ("it"
 * never names a person); "it was" (anything) or "he would" keeps it. */
static void test_country_shaped_word_reporting_what_it_does(void **state) {
  Doc *d = doc_new(*state, "Title\n\nTolvia announced on Monday that it would join the Arden "
                           "Pact. Marvessa said it was a hard year. Dorvia said he would resign.\n");
  tag_capitals_as_proper(d);
  tag_word(d, "would", 0, FG_UPOS_AUX);
  tag_word(d, "would", 1, FG_UPOS_AUX);
  tag_word(d, "was", 0, FG_UPOS_AUX);
  static const char *const NAMES[] = {"Tolvia", "Marvessa", "Dorvia"};
  static const char *const TYPES[] = {"Country", "Person", "Person"};
  recognized_typed_as(d, NAMES, TYPES, 3, FG_NER_PERSON);
}

/* "Ravi Sen said", "Tom Major, 45,": a title's word after a listed given
 * name is the surname when the recognizer reads both as one person or the
 * lists give it as a surname; before a name or an abbreviation's period
 * ("John Sen. Ivo Marsh") it stays a title. */
static void test_title_word_after_a_given_name_is_a_surname(void **state) {
  Doc *d = doc_new(*state, "Title\n\nRavi Sen said the plant would close. Police said Tom "
                           "Major, 45, was held. The panel heard Anna Sen. Ivo Marsh testify.\n");
  recognized(d, "Ravi Sen", FG_NER_PERSON);
  find(d);
  assert_label(d, "Ravi Sen", 0, "Ravi Sen");
  assert_typed(d, "Ravi Sen", 0, "Person");
  assert_label(d, "Tom Major", 0, "Tom Major");
  const FgLocalEntity *anna = entity_at(d, "Anna", 0);
  assert_true(!anna || strcmp(anna->label, "Anna Sen") != 0);
  assert_label(d, "Ivo Marsh", 0, "Ivo Marsh");
  doc_free(d);
}

/* "a KLR-led force": initials hyphened to a participle of leading or
 * backing are an organisation; another unknown word there ("Velmar-owned")
 * may be anyone's and stays untyped. */
static void test_initials_hyphened_to_a_participle_are_an_organisation(void **state) {
  Doc *d = doc_new(*state, "Title\n\nA KLR-led force entered Dornby. The Velmar-owned tanker "
                           "sank.\n");
  find(d);
  assert_typed(d, "KLR", 0, "Organization");
  assert_not_typed(d, "Velmar", 0, "Organization");
  doc_free(d);
}

/* session 39, helper B39b: a group's noun after a determiner types the
 * name before a person's verb after it does ("the drummer X of the rock
 * band Y was arrested"); a listed given name still opens a person's. */
static void test_group_noun_before_beats_a_person_verb(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe drummer Pell Ashby of the rock band Rust Pilots was "
                           "arrested. The singer of the band Anna Lind was arrested.\n");
  tag_capitals_as_proper(d);
  tag_word(d, "band", 0, FG_UPOS_NOUN);
  tag_word(d, "band", 1, FG_UPOS_NOUN);
  tag_word(d, "rock", 0, FG_UPOS_NOUN);
  recognized(d, "Pell Ashby", FG_NER_PERSON);
  recognized(d, "Rust Pilots", FG_NER_PERSON);
  recognized(d, "Anna Lind", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Rust Pilots", 0, "Organization");
  assert_typed(d, "Anna Lind", 0, "Person");
  doc_free(d);
}

/* session 39, helper B39b: a one-word name after "its ambassador from"
 * (list state-troops-noun) is a state's; one the ambassador visits is not
 * said to be. */
static void test_ambassador_from_names_a_country(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe envoy said Ostrania recalled its ambassador from "
                           "Velmora. The ambassador toured Dastrow on Monday.\n");
  recognized(d, "Velmora", FG_NER_PLACE);
  recognized(d, "Dastrow", FG_NER_PLACE);
  find(d);
  assert_typed(d, "Velmora", 0, "Country");
  assert_not_typed(d, "Dastrow", 0, "Country");
  doc_free(d);
}

/* "the striker", "the singer", "the company's founder": a role noun stands
 * for the one person an earlier apposition, copula or title described
 * with it; with two such people, or none, for nobody. */
static void test_role_noun_refers_to_the_person_it_described(void **state) {
  Doc *d = doc_new(*state, "Title\n\nKofi Mensah, a striker for Dunmore Rovers, scored. "
                           "The striker's brother, Ama Mensah, watched. Nadia Ferro is a "
                           "singer. Later the singer married Tomas Rell. Oskar Brandt, the "
                           "founder of Telvio, left. The company's founder married Hanna "
                           "Roth.\n");
  find(d);
  assert_same(d, "Kofi Mensah", 0, "The striker", 0);
  assert_same(d, "Nadia Ferro", 0, "the singer", 0);
  assert_same(d, "Oskar Brandt", 0, "founder married", 0);
  doc_free(d);
  d = doc_new(*state, "Title\n\nAri Sato, a striker for Penford Athletic, met Ben Ode, a "
                      "striker for Castor United. The striker's sister left. Jonas Weller, a "
                      "defender, was hurt. The singer's wife called.\n");
  find(d);
  assert_null(entity_at(d, "The striker", 0));
  assert_null(entity_at(d, "The singer", 0));
  doc_free(d);
}

/* Two people of one surname stay two; a bare surname after them is the
 * one filed first, and one before both full names is neither. */
static void test_shared_surname_before_both_full_names_is_neither(void **state) {
  Doc *d = doc_new(*state, "Title\n\nMrs. Holm said her daughters, Lena Holm and Vera Holm, "
                           "had left. Holm said they would return.\n");
  find(d);
  const FgLocalEntity *mother = entity_at(d, "Holm", 0), *lena = entity_at(d, "Lena Holm", 0),
                      *vera = entity_at(d, "Vera Holm", 0);
  assert_non_null(mother);
  assert_ptr_not_equal(lena, vera);
  assert_ptr_not_equal(mother, lena);
  assert_ptr_not_equal(mother, vera);
  assert_same(d, "Lena Holm", 0, "Holm said they", 0);
  doc_free(d);
  d = doc_new(*state, "Title\n\nMrs. Holm said her daughter, Lena Holm, had left.\n");
  find(d);
  assert_same(d, "Holm", 0, "Lena Holm", 0);
  doc_free(d);
}

/* "Kelburn's manager, Tom Acre": a one-word name's possessive before a
 * club's staff noun and a person's name makes a club, whatever the
 * recognizer read; not a listed given name's ("Adele's manager"). A town
 * name after "joined" is a club too. */
static void test_town_word_as_a_club(void **state) {
  Doc *d = doc_new(*state, "Title\n\nKelburn's manager, Tom Acre, said the team was tired. "
                           "Ole Brink joined Dunmore City in 2019. Adele's manager, Ivo Marsh, "
                           "said she would rest.\n");
  recognized(d, "Kelburn", FG_NER_PERSON);
  recognized(d, "Dunmore City", FG_NER_PERSON);
  recognized(d, "Adele", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Kelburn", 0, "Organization");
  assert_typed(d, "Dunmore City", 0, "Organization");
  assert_typed(d, "Adele", 0, "Person");
  doc_free(d);
}

/* "Tolvia invaded Arn", "the Kessel Front captured Sorn": a one-word
 * object of a verb of conquest after a name is a place, and a
 * country-shaped conqueror a country; not a listed surname ("Police
 * captured Marek") nor a possessive ("captured Oste's aide"). */
static void test_conquered_name_is_a_place(void **state) {
  Doc *d = doc_new(*state, "Title\n\nTolvia occupied Arn in 2004. The Kessel Front captured "
                           "Sorn. Police captured Marek in Kelso. Velda captured Oste's aide.\n");
  recognized(d, "Tolvia", FG_NER_PERSON);
  recognized(d, "Arn", FG_NER_PERSON);
  recognized(d, "Sorn", FG_NER_PERSON);
  recognized(d, "Marek", FG_NER_PERSON);
  recognized(d, "Oste", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Tolvia", 0, "Country");
  assert_typed(d, "Arn", 0, "Place");
  assert_typed(d, "Sorn", 0, "Place");
  assert_not_typed(d, "Marek", 0, "Place");
  assert_not_typed(d, "Oste", 0, "Place");
  doc_free(d);
}

/* "Veldoria sanctioned Kestor", "France is negotiating with Selm": the
 * object of what a country does to a counterpart is a country, the actor's
 * "has not" between included; not a conquest's object ("Tolvia invaded
 * Arn"), nor one whose actor is no country ("Police condemned Dunst"). */
static void test_state_counterpart_is_a_country(void **state) {
  Doc *d = doc_new(*state, "Title\n\nVeldoria sanctioned Kestor over the raid. Ostravia has "
                           "not condemned Brelm. France is negotiating with Selm. Tolvia "
                           "invaded Arn. Police condemned Dunst.\n");
  tag_capitals_as_proper(d);
  tag_word(d, "has", 0, FG_UPOS_AUX);
  tag_word(d, "not", 0, FG_UPOS_PART);
  tag_word(d, "is", 0, FG_UPOS_AUX);
  recognized(d, "Kestor", FG_NER_PLACE);
  recognized(d, "Brelm", FG_NER_PLACE);
  recognized(d, "Selm", FG_NER_PLACE);
  recognized(d, "Arn", FG_NER_PLACE);
  recognized(d, "Dunst", FG_NER_PLACE);
  find(d);
  assert_typed(d, "Ostravia", 0, "Country");
  assert_typed(d, "Kestor", 0, "Country");
  assert_typed(d, "Brelm", 0, "Country");
  assert_typed(d, "Selm", 0, "Country");
  assert_typed(d, "Arn", 0, "Place");
  assert_not_typed(d, "Dunst", 0, "Country");
  doc_free(d);
}

/* "Striker Mensah joins X": a headline's role noun before a one-word name
 * is no part of it, which is the body's "Kofi Mensah"; a two-word name
 * after it stays whole ("Singer Vera Holm"). */
static void test_headline_role_noun_before_a_name(void **state) {
  Doc *d = doc_new(*state, "Striker Mensah joins Halden United in record deal\n\nGhanaian "
                           "striker Kofi Mensah has joined Halden United.\n");
  tag_capitals_as_proper(d);
  tag_word(d, "in", 0, FG_UPOS_ADP);
  recognized(d, "Striker Mensah", FG_NER_PERSON);
  recognized(d, "Kofi Mensah", FG_NER_PERSON);
  find(d);
  assert_null(entity_at(d, "Striker", 0));
  assert_same(d, "Mensah", 0, "Kofi Mensah", 0);
  doc_free(d);
}

/* "X, who has ruled Velmoria since 2012": a place a ruler rules is a
 * state; "ruled over Tarsk" too; a court's "ruled in Dorn" is no rule. */
static void test_ruled_place_is_a_country(void **state) {
  Doc *d = doc_new(*state, "Title\n\nGoran Teslic, who has ruled Velmoria since 2012, spoke. "
                           "Anna Berg ruled over Tarsk. The court ruled in Dorn.\n");
  tag_capitals_as_proper(d);
  recognized(d, "Velmoria", FG_NER_PLACE);
  recognized(d, "Tarsk", FG_NER_PLACE);
  recognized(d, "Dorn", FG_NER_PLACE);
  find(d);
  assert_typed(d, "Velmoria", 0, "Country");
  assert_typed(d, "Tarsk", 0, "Country");
  assert_not_typed(d, "Dorn", 0, "Country");
  doc_free(d);
}

/* "Orvask's founder, X, who owns 18 percent of the company": a name of no
 * class with a firm's founder or owner is a business "the company" takes
 * up, nearer than the Company named before, and so a Company; one with a
 * spokesman is not. */
static void test_company_noun_finds_a_staffed_organisation(void **state) {
  Doc *d = doc_new(*state, "Title\n\nTarrow Freight Ltd reported a loss. Orvask's founder, "
                           "Ida Holm, who owns 18 percent of the company, spoke.\n");
  recognized(d, "Orvask", FG_NER_ORGANIZATION);
  find(d);
  assert_same(d, "Orvask", 0, "company,", 0);
  assert_typed(d, "Orvask", 0, "Company");
  doc_free(d);
  d = doc_new(*state, "Title\n\nTarrow Freight Ltd reported a loss. Orvask's spokesman, "
                      "Ida Holm, who owns 18 percent of the company, spoke.\n");
  recognized(d, "Orvask", FG_NER_ORGANIZATION);
  find(d);
  assert_same(d, "Tarrow Freight Ltd", 0, "company,", 0);
  doc_free(d);
}

/* "the Harmani government": a proper noun that is no mention, between a
 * determiner and a government, names whose government it is; a person's
 * name does not ("the Holt government" after Ana Holt stays the
 * article's country's, as "the Trump administration" does). */
static void test_unknown_proper_noun_names_the_government(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Harmani government accused Dorsia. Ana Holt spoke. "
                           "The Holt government fell.\n");
  tag_capitals_as_proper(d);
  recognized(d, "Ana Holt", FG_NER_PERSON);
  find(d);
  assert_string_equal(entity_at(d, "government accused", 0)->label, "Harmani government");
  assert_string_not_equal(entity_at(d, "government fell", 0)->label, "Holt government");
  doc_free(d);
}

/* "The carmaker Renova has bought Voltek": what a one-word subject after
 * a business's noun buys is a business; not what "Coach Ansel" buys. */
static void test_bought_by_a_described_firm_is_a_business(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe carmaker Renova has bought Voltek. Coach Ansel "
                           "bought Brekke.\n");
  tag_capitals_as_proper(d);
  tag_word(d, "has", 0, FG_UPOS_AUX);
  recognized(d, "Voltek", FG_NER_PERSON);
  recognized(d, "Brekke", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Voltek", 0, "Company");
  assert_not_typed(d, "Brekke", 0, "Company");
  doc_free(d);
}

/* "her former record label, Bluewave Music, ...": a business's noun that
 * heads no name (list company-noun) before an apposed name types it a
 * company; a person's noun ("her former manager, Dana Holt,") does not. */
static void test_company_noun_list_types_an_apposed_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nShe left her former record label, Bluewave Music, in "
                           "2020. She left her former manager, Dana Holt, in 2021.\n");
  recognized(d, "Bluewave Music", FG_NER_PERSON);
  recognized(d, "Dana Holt", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Bluewave Music", 0, "Company");
  assert_typed(d, "Dana Holt", 0, "Person");
  doc_free(d);
  /* a name the recognizer missed after the noun ("the discounter X") */
  d = doc_new(*state, "Title\n\nLena Brandt, an executive at the German discounter "
                      "Kaltmann, resigned.\n");
  tag_capitals_as_proper(d);
  tag_word(d, "German", 0, FG_UPOS_ADJ);
  tag_word(d, "discounter", 0, FG_UPOS_NOUN);
  recognized(d, "Lena Brandt", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Kaltmann", 0, "Company");
  doc_free(d);
}

/* "the label" after "Corvo Records": a record company named by its trade
 * (list head-kin, row label). */
static void test_label_finds_a_record_company(void **state) {
  Doc *d = doc_new(*state, "Title\n\nIvo Marsh signed with Corvo Records. The label said he "
                           "would tour.\n");
  find(d);
  assert_same(d, "Corvo Records", 0, "label said", 0);
  doc_free(d);
}

/* "Rita Steel, 41, a nurse": an age between commas does not hide the
 * apposition, and alone it makes a person of a listed given name with a
 * business's head; a firm's name keeps its head. */
static void test_age_makes_a_person_of_a_business_head(void **state) {
  Doc *d = doc_new(*state, "Title\n\nCarla Motors, 54, a teacher, was injured. Rita Steel, "
                           "41, died. Kestrel Airlines, 41, fell.\n");
  tag_capitals_as_proper(d);
  recognized(d, "Carla Motors", FG_NER_PERSON);
  recognized(d, "Rita Steel", FG_NER_PERSON);
  recognized(d, "Kestrel Airlines", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Carla Motors", 0, "Person");
  assert_typed(d, "Rita Steel", 0, "Person");
  assert_typed(d, "Kestrel Airlines", 0, "Company");
  doc_free(d);
}

/* "the army of Zambor": an armed force's "of" names a country, as "the
 * government of" does; not a lone listed surname or given name's. */
static void test_army_of_names_a_country(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe army of Zambor shelled Kivra. The army of Brandt "
                           "shelled Kivra.\n");
  tag_capitals_as_proper(d);
  find(d);
  assert_typed(d, "Zambor", 0, "Country");
  assert_not_typed(d, "Brandt", 0, "Country");
  doc_free(d);
}

/* "The Harmani army ... Chad ... The army's chief": a bare body is left
 * unowned rather than the main country's when an unknown nation's body
 * is written; without one it is the main country's. */
static void test_unknown_nation_leaves_the_bare_body_unowned(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Harmani army crossed into Chad. Chad protested. "
                           "The army's chief spoke.\n");
  tag_capitals_as_proper(d);
  find(d);
  const FgLocalEntity *e = entity_at(d, "army's chief", 0);
  assert_true(e == NULL || strstr(e->label, "Chad") == NULL);
  doc_free(d);
  d = doc_new(*state, "Title\n\nTroops crossed into Chad. Chad protested. The army's chief "
                      "spoke.\n");
  tag_capitals_as_proper(d);
  find(d);
  assert_non_null(entity_at(d, "army's chief", 0));
  assert_string_equal(entity_at(d, "army's chief", 0)->label, "Chadian armed forces");
  doc_free(d);
}

/* "Clarkston, W.Va.": a dotted capital and two letters after a town's
 * comma are a state's abbreviation when the gazetteer knows them; not
 * any such pair ("Lena Osk, A.Bc."). */
static void test_two_letter_state_abbreviation(void **state) {
  Doc *d = doc_new(*state, "Title\n\nOfficials in Clarkston, W.Va., said the river rose. "
                           "Lena Osk, A.Bc., said so.\n");
  tag_capitals_as_proper(d);
  recognized(d, "Clarkston", FG_NER_PLACE);
  recognized(d, "Lena Osk", FG_NER_PERSON);
  find(d);
  assert_label(d, "W.Va.", 0, "West Virginia");
  assert_typed(d, "Lena Osk", 0, "Person");
  doc_free(d);
}

/* "Bluewave Music signed": a record company's head after a name types it
 * a company (list company-head-not-alone); an apposed person's noun
 * still makes a person of it ("Rita Music, a singer,"). */
static void test_music_heads_a_company_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nBluewave Music signed Ivo Marsk. Rita Music, a singer, "
                           "sang.\n");
  tag_capitals_as_proper(d);
  recognized(d, "Bluewave Music", FG_NER_PERSON);
  recognized(d, "Ivo Marsk", FG_NER_PERSON);
  recognized(d, "Rita Music", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Bluewave Music", 0, "Company");
  assert_typed(d, "Rita Music", 0, "Person");
  doc_free(d);
}

/* "Max Energy, a 19-year-old student,": a number's hyphened compound
 * ("19-year-old") does not end the apposition before its head noun. */
static void test_numbered_compound_in_an_apposition(void **state) {
  Doc *d = doc_new(*state, "Title\n\nMax Energy, a 19-year-old student, was arrested. Kessel "
                           "Works, a 40-member militia, attacked Velm.\n");
  tag_capitals_as_proper(d);
  recognized(d, "Max Energy", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Max Energy", 0, "Person");
  assert_typed(d, "Kessel", 0, "ArmedGroup");
  doc_free(d);
}

/* "acquire rival X", "buy smaller rival X": a firm's relation noun right
 * after a buying verb (an adjective between at most) makes a lone unknown
 * word a company, as "the miner X" does; "defeated rival X" does not. */
static void test_bought_rival_and_miner_are_companies(void **state) {
  Doc *d = doc_new(*state, "Title\n\nHalvex Group will acquire rival Velocom. Dorna Bank will "
                           "buy smaller rival Kestrin. Ana Ruiz defeated rival Kessler. "
                           "Ivo Marsk ran the miner Tarsmet.\n");
  tag_capitals_as_proper(d);
  tag_word(d, "smaller", 0, FG_UPOS_ADJ);
  for (int i = 0; i < 3; i++)
    tag_word(d, "rival", i, FG_UPOS_NOUN);
  tag_word(d, "miner", 0, FG_UPOS_NOUN);
  find(d);
  assert_typed(d, "Velocom", 0, "Company");
  assert_typed(d, "Kestrin", 0, "Company");
  assert_typed(d, "Tarsmet", 0, "Company");
  assert_not_typed(d, "Kessler", 0, "Company");
  doc_free(d);
}

/* "the rebels", "the militants", "the rebel group" take up the armed
 * group named shortly before; with none named, nothing ("the rebels"
 * after a firm stays no one). */
static void test_rebels_take_up_the_armed_group(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Free Keldar Army seized Dovrin. The rebel group said "
                           "it would stay. The rebels are led by Idris Mahmoud. Later the "
                           "insurgents left.\n");
  find(d);
  assert_same(d, "Free Keldar Army", 0, "rebel group", 0);
  assert_same(d, "Free Keldar Army", 0, "rebels are", 0);
  assert_same(d, "Free Keldar Army", 0, "insurgents", 0);
  doc_free(d);
  d = doc_new(*state, "Title\n\nVelmar Steel said profits rose. The rebels are led by Omar "
                      "Tayeb.\n");
  find(d);
  assert_null(entity_at(d, "rebels", 0));
  doc_free(d);
}

/* "Orvania backs X": an unknown one-word place before a verb a rule reads
 * only with an agent for its subject stands for its state; not before a
 * verb a place may do ("Kelton hosted"), nor when done to ("was backed"). */
static void test_place_acting_as_an_agent_is_a_country(void **state) {
  Doc *d = doc_new(*state, "Title\n\nOrvania backs the Brenn Brigades. Kelton hosted the "
                           "summit. Tarsk was backed by Ivo Marsk.\n");
  tag_capitals_as_proper(d);
  tag_word(d, "was", 0, FG_UPOS_AUX);
  lemma_word(d, "backs", 0, "back");
  lemma_word(d, "hosted", 0, "host");
  lemma_word(d, "backed", 0, "back");
  recognized(d, "Orvania", FG_NER_PLACE);
  recognized(d, "Kelton", FG_NER_PLACE);
  recognized(d, "Tarsk", FG_NER_PLACE);
  find(d);
  assert_typed(d, "Orvania", 0, "Country");
  assert_typed(d, "Kelton", 0, "Place");
  assert_typed(d, "Tarsk", 0, "Place");
  doc_free(d);
}

/* "Fjord Savings": a savings bank's head word names a company, even
 * where the recognizer reads a person; its first word alone later
 * ("Fjord's chairman") is the same company. */
static void test_savings_heads_a_company_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nFjord Savings bought Lanmark. Fjord's chairman, Anders "
                           "Moe, said so.\n");
  tag_capitals_as_proper(d);
  recognized(d, "Fjord Savings", FG_NER_PERSON);
  recognized(d, "Anders Moe", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Fjord Savings", 0, "Company");
  assert_same(d, "Fjord Savings", 0, "Fjord's", 0);
  doc_free(d);
}

/* "United manager X" after "Halden United": a club's head word alone is
 * the club; with no such club before, it names none. */
static void test_club_head_word_alone_is_the_club(void **state) {
  Doc *d = doc_new(*state, "Title\n\nHalden United have signed Ivo Brak. United manager Pete "
                           "Rowe was pleased.\n");
  tag_capitals_as_proper(d);
  tag_word(d, "United", 1, FG_UPOS_ADJ);
  tag_word(d, "manager", 0, FG_UPOS_NOUN);
  recognized(d, "Ivo Brak", FG_NER_PERSON);
  recognized(d, "Pete Rowe", FG_NER_PERSON);
  find(d);
  assert_same(d, "Halden United", 0, "United manager", 0);
  doc_free(d);
  d = doc_new(*state, "Title\n\nOstby Town have signed Ivo Brak. United manager Pete Rowe was "
                      "pleased.\n");
  tag_capitals_as_proper(d);
  tag_word(d, "United", 0, FG_UPOS_ADJ);
  tag_word(d, "manager", 0, FG_UPOS_NOUN);
  find(d);
  const FgLocalEntity *e = entity_at(d, "United", 0);
  assert_true(!e || strcmp(e->label, "Ostby Town") != 0);
  doc_free(d);
}

/* "the Korvo mine", "the Tarsa dam": an unknown proper noun before a
 * facility's lower-case head names the facility, both words; not a
 * listed surname ("the Kessler house"), a day ("the Sunday market"), a
 * place a rule reads off the head ("the Brenby plant of X"), nor before
 * another noun ("the Ostvik bridge collapse"). */
static void test_proper_noun_before_a_facility_head_names_it(void **state) {
  Doc *d = doc_new(*state, "Title\n\nVelmar Steel owns the Korvo mine. Police searched the "
                           "Kessler house. Crowds filled the Sunday market. The Brenby plant "
                           "of Velmar Steel closed. Two died in the Ostvik bridge collapse.\n");
  tag_capitals_as_proper(d);
  recognized(d, "Velmar Steel", FG_NER_ORGANIZATION);
  tag_word(d, "collapse", 0, FG_UPOS_NOUN);
  find(d);
  assert_typed(d, "Korvo mine", 0, "Facility");
  assert_string_equal(entity_at(d, "Korvo mine", 0)->label, "Korvo mine");
  assert_not_typed(d, "Kessler", 0, "Facility");
  assert_not_typed(d, "Sunday", 0, "Facility");
  /* a rule reads the plant's modifier as its place (dep.plant-in); the
   * bridge modifies the collapse */
  assert_not_typed(d, "Brenby", 0, "Facility");
  assert_not_typed(d, "Ostvik", 0, "Facility");
  doc_free(d);
}

/* "Ostrand's chief executive" after "Ostrand Capital Partners": the first
 * word of a longer organisation's name, typed an organisation by its
 * cues, is that organisation. */
static void test_first_word_of_a_long_organisation_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nOstrand Capital Partners bought Lanmark Bank. Ostrand's "
                           "chief executive, Ida Berg, said so.\n");
  tag_capitals_as_proper(d);
  recognized(d, "Ida Berg", FG_NER_PERSON);
  find(d);
  assert_same(d, "Ostrand Capital Partners", 0, "Ostrand's", 0);
  doc_free(d);
}

/* "Holm was energy minister": a copula and a bare noun phrase a person's
 * noun heads type the name a person, whatever the recognizer read; a bare
 * noun of no person's ("Tarvel is home to") types nothing. */
static void test_bare_role_after_copula_is_a_person(void **state) {
  Doc *d = doc_new(*state, "Title\n\nHolm was energy minister from 2015 to 2019. Tarvel is "
                           "home to a port.\n");
  tag_capitals_as_proper(d);
  tag_word(d, "energy", 0, FG_UPOS_NOUN);
  tag_word(d, "minister", 0, FG_UPOS_NOUN);
  tag_word(d, "home", 0, FG_UPOS_NOUN);
  recognized(d, "Holm", FG_NER_PLACE);
  recognized(d, "Tarvel", FG_NER_PLACE);
  find(d);
  assert_typed(d, "Holm", 0, "Person");
  assert_typed(d, "Tarvel", 0, "Place");
  doc_free(d);
}

/* "Tarsia's Velmar Steel": an unknown name whose possessive opens a
 * company's name is its place, a state's body's its country, whatever
 * organisation the recognizer read; not a person the recognizer found
 * ("Ana Pell's"), nor a word the document names a firm by in full. */
static void test_possessor_of_an_org_name_is_its_seat(void **state) {
  Doc *d = doc_new(*state, "Title\n\nTarsia's Velmar Steel cut jobs. Orvania's Supreme Court "
                           "ruled. Ana Pell's Brask Foods grew. Dorvan Motors said Dorvan's "
                           "Lisk Bank grew.\n");
  tag_capitals_as_proper(d);
  recognized(d, "Tarsia", FG_NER_ORGANIZATION);
  recognized(d, "Orvania", FG_NER_ORGANIZATION);
  recognized(d, "Ana Pell", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Tarsia", 0, "Place");
  assert_typed(d, "Orvania", 0, "Country");
  assert_typed(d, "Ana Pell", 0, "Person");
  assert_not_typed(d, "Dorvan's", 0, "Place");
  doc_free(d);
}

/* "the ruling Unity Front": a name right after "the ruling" is a party's,
 * and "ruling" before it no event; "upheld the ruling" still is one. */
static void test_ruling_before_a_name_is_a_party(void **state) {
  Doc *d = doc_new(*state, "Title\n\nMira Taun joined the ruling Unity Front in 2010. The court "
                           "upheld the ruling on Monday.\n");
  recognized(d, "Mira Taun", FG_NER_PERSON);
  recognized(d, "Unity Front", FG_NER_ORGANIZATION);
  find(d);
  assert_typed(d, "Unity Front", 0, "PoliticalParty");
  assert_null(entity_at(d, "ruling Unity", 0));
  assert_typed(d, "ruling on", 0, "Event");
  doc_free(d);
}

/* "Ravi province has been hit": an unknown proper noun opening a sentence
 * before a region's noun is the region's name; a common noun there is no
 * name ("Meanwhile state officials said"). */
static void test_region_noun_after_a_sentence_opening_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nRavi province was hit by floods. Meanwhile state officials "
                           "met.\n");
  tag_capitals_as_proper(d);
  tag_word(d, "Meanwhile", 0, FG_UPOS_ADV);
  find(d);
  assert_typed(d, "Ravi", 0, "Region");
  assert_null(entity_at(d, "Meanwhile", 0));
  doc_free(d);
}

/* A person's administration or government, by possessive or "of", is
 * the one the person leads: not the article's country's by default (nor
 * the country its act is against); a bare "the government" still is. */
static void test_persons_administration_is_no_countrys(void **state) {
  Doc *d = doc_new(*state, "Title\n\nPeru said Peru would act. President Ana Holt's "
                           "administration imposed sanctions on Peru. The administration of "
                           "President Ivo Dask sanctioned Peru. The government closed the road.\n");
  tag_capitals_as_proper(d);
  recognized(d, "Ana Holt", FG_NER_PERSON);
  recognized(d, "Ivo Dask", FG_NER_PERSON);
  find(d);
  assert_null(entity_at(d, "administration imposed", 0));
  const FgLocalEntity *of = entity_at(d, "administration of", 0);
  assert_true(!of || of->kind == FG_KIND_PERSON);
  assert_non_null(entity_at(d, "government closed", 0));
  assert_string_equal(entity_at(d, "government closed", 0)->label, "Peruvian government");
  doc_free(d);
}

/* "Real Varno": a club's opening word (list club-opening) makes a club
 * of the recognizer's person; a business's head after it keeps the
 * business ("Real Kessel Partners"). */
static void test_club_opening_real_unless_a_business_head(void **state) {
  Doc *d = doc_new(*state, "Title\n\nReal Varno signed Ilse Brand. Real Kessel Partners "
                           "bought Velmar Steel.\n");
  recognized(d, "Real Varno", FG_NER_PERSON);
  recognized(d, "Ilse Brand", FG_NER_PERSON);
  recognized(d, "Real Kessel Partners", FG_NER_PERSON);
  recognized(d, "Velmar Steel", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Real Varno", 0, "Organization");
  assert_typed(d, "Real Kessel Partners", 0, "Company");
  doc_free(d);
}

/* An office after an unknown place's possessive makes it a country across
 * lower-case modifiers ("Norvia's first female prime minister") and as
 * an attorney general; a modifier with no office after it does not
 * ("Velka's first female mayor"). A capital's region, whose noun follows
 * ("the capital of Rafiq province"), is no country. */
static void test_office_across_modifiers_and_capital_of_a_region(void **state) {
  Doc *d = doc_new(*state, "Title\n\nLena Hart became Norvia's first female prime minister. "
                           "Tolvia's attorney general spoke. Velka's first female mayor left. "
                           "Troops took Sarvo, the capital of Rafiq province.\n");
  tag_capitals_as_proper(d);
  tag_word(d, "first", 0, FG_UPOS_ADJ);
  tag_word(d, "female", 0, FG_UPOS_NOUN);
  tag_word(d, "first", 1, FG_UPOS_ADJ);
  tag_word(d, "female", 1, FG_UPOS_NOUN);
  tag_word(d, "province", 0, FG_UPOS_NOUN);
  recognized(d, "Lena Hart", FG_NER_PERSON);
  recognized(d, "Norvia", FG_NER_PLACE);
  recognized(d, "Tolvia", FG_NER_PLACE);
  recognized(d, "Velka", FG_NER_PLACE);
  recognized(d, "Sarvo", FG_NER_PLACE);
  recognized(d, "Rafiq", FG_NER_PLACE);
  find(d);
  assert_typed(d, "Norvia", 0, "Country");
  assert_typed(d, "Tolvia", 0, "Country");
  assert_not_typed(d, "Velka", 0, "Country");
  assert_not_typed(d, "Rafiq", 0, "Country");
  doc_free(d);
}

/* "Velsk resident Ana Berg won": a sentence's first word before a
 * resident's noun and a capitalised name is the town, as it is inside a
 * sentence; "Brockley man held" (no name after the noun) stays untyped. */
static void test_sentence_opening_town_before_a_resident(void **state) {
  Doc *d = doc_new(*state, "Title\n\nCresvale resident Hal Minter won. Brockley man held.\n");
  tag_capitals_as_proper(d);
  find(d);
  assert_typed(d, "Cresvale", 0, "Place");
  assert_null(entity_at(d, "Brockley", 0));
  doc_free(d);
}

/* "Judge Ellen Marsh sentenced Dan Royce for the murder of his wife": a
 * common given name says its bearer's gender, so "his" is the man's; with
 * unlisted given names the possessive stays unresolved (either's). */
static void test_given_name_tells_whose_possessive(void **state) {
  Doc *d = doc_new(*state, "Title\n\nJudge Ellen Marsk sentenced Dan Rovce for the murder of "
                           "his wife. Judge Kerrin Vold sentenced Taro Quill for the murder of "
                           "his wife.\n");
  find(d);
  assert_same(d, "Dan Rovce", 0, "his wife", 0);
  assert_null(entity_at(d, "his wife", 1));
  doc_free(d);
}

/* "Corvo coach Luis Arana", "Velmora manager Pete Rowe": a club's coach
 * or manager before a name makes the word before it an organisation, as a
 * spokeswoman does; "the Harlow coach trip" (no name after) does not. */
static void test_word_before_a_coach_or_manager(void **state) {
  Doc *d = doc_new(*state, "Title\n\nOn Monday Corvo coach Luis Arana left, and Velmora "
                           "manager Pete Rowe stayed. The Harlow coach trip was cancelled.\n");
  find(d);
  assert_typed(d, "Corvo", 0, "Organization");
  assert_typed(d, "Velmora", 0, "Organization");
  const FgLocalEntity *harlow = entity_at(d, "Harlow", 0);
  assert_true(harlow == NULL || strcmp(harlow->type, "Organization") != 0);
  doc_free(d);
}

/* "Kelton beat Dunmore": a verb whose agent-only rules all need more than
 * the verb ("beat ... dead", "beat ... to death") leaves a place before it
 * a place; a verb a rule reads alone ("backs") still makes a state. */
static void test_verb_needing_more_makes_no_agent(void **state) {
  Doc *d = doc_new(*state, "Title\n\nKelton beat Dunmore on Saturday. Orvania backs the Brenn "
                           "Brigades.\n");
  tag_capitals_as_proper(d);
  tag_word(d, "on", 0, FG_UPOS_ADP);
  lemma_word(d, "beat", 0, "beat");
  lemma_word(d, "backs", 0, "back");
  recognized(d, "Kelton", FG_NER_PLACE);
  recognized(d, "Orvania", FG_NER_PLACE);
  find(d);
  assert_typed(d, "Kelton", 0, "Place");
  assert_typed(d, "Orvania", 0, "Country");
  doc_free(d);
}

/* "the Popular Renewal party": a word that starts no name ("Popular")
 * opens the capitalised run after it when a lower-case organisation's
 * noun follows the run, as it does before a head noun; not before a
 * lower-case noun of no organisation ("the Popular Renewal plan"). */
static void test_adjective_led_name_before_an_org_noun(void **state) {
  Doc *d = doc_new(*state, "Title\n\nIvo Marsk leads the Popular Renewal party. Critics read "
                           "the Popular Harvest plan.\n");
  find(d);
  assert_label(d, "Popular Renewal", 0, "Popular Renewal");
  assert_typed(d, "Popular Renewal", 0, "PoliticalParty");
  assert_null(entity_at(d, "Popular Harvest", 0));
  doc_free(d);
}

/* "A B of X and C D of Y": a name of a person's shape conjoined to
 * another such, each with its "of" phrase, is a person's, whatever the
 * recognizer says; "the Bank of X and the University of Y" have heads. */
static void test_person_in_a_list_of_names_of_groups(void **state) {
  Doc *d = doc_new(*state, "Title\n\nCouncillors Marvo Tellick of KSV and Orsa Brandel of FHL were "
                           "re-elected. The Bank of Velmora and the University of Tarrin "
                           "signed a deal.\n");
  recognized(d, "Marvo Tellick", FG_NER_PERSON);
  recognized(d, "Orsa Brandel", FG_NER_ORGANIZATION);
  recognized(d, "University of Tarrin", FG_NER_ORGANIZATION);
  find(d);
  assert_typed(d, "Orsa Brandel", 0, "Person");
  assert_not_typed(d, "University of Tarrin", 0, "Person");
  doc_free(d);
}

/* "X, a Thabavaan woman": an adjective in "-an" after a vowel, before a
 * person's noun in an apposition, is the people of a country the article
 * does not name; "a Republican activist" (a consonant before "-an") is
 * none. */
static void test_vowel_an_adjective_names_an_unnamed_country(void **state) {
  Doc *d = doc_new(*state, "Title\n\nMerra Ostil, a Thabavaan woman, sued the firm. Doran "
                           "Kell, a Republican activist, spoke.\n");
  recognized(d, "Merra Ostil", FG_NER_PERSON);
  recognized(d, "Doran Kell", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Thabavaan", 0, "Country");
  assert_label(d, "Thabavaan", 0, "Thabavaa");
  assert_not_typed(d, "Republican", 0, "Country");
  doc_free(d);
}

/* "Social Democrat leader X" after "the Social Democrats": the singular
 * of a party's plural name is that party, which keeps its own label. */
static void test_singular_of_a_party_name_is_the_party(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Social Democrats won the vote. Social Democrat "
                           "leader Ingrid Vallan thanked supporters.\n");
  recognized(d, "Ingrid Vallan", FG_NER_PERSON);
  find(d);
  assert_typed(d, "Social Democrats", 0, "PoliticalParty");
  assert_same(d, "Social Democrats", 0, "Social Democrat", 1);
  assert_label(d, "Social Democrat", 1, "Social Democrats");
  doc_free(d);
}

/* "the station DXRZ": a broadcaster's noun after a determiner before a
 * lone word of capitals names the broadcaster by its call sign; a
 * building's noun does not ("the airport KVRN"), nor a station's noun
 * before a name of words ("the station Brannock Cross"). */
static void test_call_sign_after_a_broadcaster_noun(void **state) {
  Doc *d = doc_new(*state, "Title\n\nIda Holm, a reporter for the station DXRZ, spoke. "
                           "Ana Veld, a reporter for the local network WQTV, spoke. "
                           "The plane landed at the airport KVRN.\n");
  find(d);
  assert_typed(d, "DXRZ", 0, "MediaOrganization");
  assert_typed(d, "WQTV", 0, "MediaOrganization");
  assert_not_typed(d, "KVRN", 0, "MediaOrganization");
  doc_free(d);
}

/* "the prime minister of Velmora": a state's office before "of" makes
 * the unknown name after it a country; a firm's office too ("the
 * president of Kessler") does not. */
static void test_state_office_of_names_a_country(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe prime minister of Velmora met Ana Holt. "
                           "The king of Dravia resigned. The president of Kessler resigned.\n");
  tag_capitals_as_proper(d);
  find(d);
  assert_typed(d, "Velmora", 0, "Country");
  assert_typed(d, "Dravia", 0, "Country");
  assert_not_typed(d, "Kessler", 0, "Country");
  doc_free(d);
}

/* "The Brennick-based company": a head noun after an "X-based" modifier
 * stands for the firm named before, as "the company" does; not when its
 * own name follows ("the Velm-based company Skarn Foods"), nor when the
 * firm is named in the same sentence ("Tarn Freight sued the Velm-based
 * firm"). */
static void test_based_company_refers_back(void **state) {
  Doc *d = doc_new(*state, "Title\n\nOrvo Motors cut jobs on Monday. The Brennick-based "
                           "company has 400 workers. The Velm-based company Skarn Foods "
                           "hired staff.\n");
  recognized(d, "Orvo Motors", FG_NER_ORGANIZATION);
  find(d);
  assert_same(d, "Orvo Motors", 0, "company has", 0);
  const FgLocalEntity *e = entity_at(d, "company Skarn", 0);
  assert_true(e == NULL || strcmp(e->label, "Orvo Motors") != 0);
  assert_typed(d, "Brennick", 0, "Place");
  doc_free(d);
  /* a firm its own sentence names is another party */
  d = doc_new(*state, "Title\n\nTarn Freight sued the Velm-based firm on Monday.\n");
  recognized(d, "Tarn Freight", FG_NER_ORGANIZATION);
  find(d);
  e = entity_at(d, "firm on", 0);
  assert_true(e == NULL || strcmp(e->label, "Tarn Freight") != 0);
  doc_free(d);
}

/* "founded by Jan Kessler", "Jan and Eero Dalby": a month's abbreviation
 * the lists give as a given name opens a name before a capitalised word;
 * "on Jan 5", "in Jan 2020" and "in Jan and Feb" stay dates. */
static void test_month_abbreviation_as_given_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nBrenner Foods was founded by Jan Kessler in 1952. "
                           "Jan and Erik Dalby run it. Talks resume on Jan 5 and closed "
                           "in Jan 2020. Sales rose in Jan and Feb.\n");
  recognized(d, "Jan Kessler", FG_NER_PERSON);
  recognized_nth(d, "Jan", 1, FG_NER_PERSON);
  recognized_nth(d, "Jan 5", 0, FG_NER_PLACE);
  recognized_nth(d, "Jan 2020", 0, FG_NER_PLACE);
  recognized_nth(d, "Jan and Feb", 0, FG_NER_PLACE);
  find(d);
  assert_label(d, "Jan Kessler", 0, "Jan Kessler");
  assert_typed(d, "Jan", 1, "Person");
  assert_null(entity_at(d, "Jan 5", 0));
  assert_null(entity_at(d, "Jan 2020", 0));
  assert_null(entity_at(d, "Jan and Feb", 0));
  doc_free(d);
}

/* "Greer and his wife, Nadia Greer,": a bare surname before "and", a
 * possessive pronoun, a relative's noun and a full name of that surname is
 * another person of the family, one no later step joins to the full name
 * (not surname_only), even where a firm's name opens with the word; a
 * bare surname later goes on naming that bare-named person, not the
 * relative named in full. */
static void test_surname_before_a_relative_of_that_surname(void **state) {
  Doc *d = doc_new(*state, "Title\n\nHolm Tools grew. Holm and her husband, Erik Holm, run "
                           "it. Later Greer and his wife, Nadia Greer, came. Nadia Greer left "
                           "and Greer stayed.\n");
  recognized(d, "Holm Tools", FG_NER_ORGANIZATION);
  recognized(d, "Erik Holm", FG_NER_PERSON);
  recognized(d, "Nadia Greer", FG_NER_PERSON);
  recognized(d, "Greer and", FG_NER_PERSON);
  find(d);
  const FgLocalEntity *holm = entity_at(d, "Holm and", 0);
  assert_non_null(holm);
  assert_string_equal(holm->type, "Person");
  assert_false(holm->surname_only);
  assert_ptr_not_equal(holm, entity_at(d, "Erik Holm", 0));
  assert_ptr_not_equal(holm, entity_at(d, "Holm Tools", 0));
  const FgLocalEntity *greer = entity_at(d, "Greer and", 0);
  assert_non_null(greer);
  assert_ptr_not_equal(greer, entity_at(d, "Nadia Greer", 0));
  assert_same(d, "Greer and", 0, "Greer stayed", 0);
  assert_ptr_not_equal(entity_at(d, "Greer stayed", 0), entity_at(d, "Nadia Greer", 1));
  doc_free(d);
}

/* Organisation cues for names the recognizer mistypes or leaves out: a
 * spokesperson's noun and "for", a rival's noun (its own adjective
 * between), a role after an unknown name's possessive (an adjective
 * between); a personal name the lists give keeps its class ("for Roe",
 * "Ana Roe's spokesman", "his rival Roe"), and a name before a noun is
 * that noun's modifier ("the rival Vardo faction"). */
static void test_org_role_cues_type_unknown_names(void **state) {
  Doc *d = doc_new(*state, "Title\n\nIlse Varga, a spokeswoman for Nordair, spoke. Nordair's new "
                           "boss, Karin Alm, came from its Danish rival Skyline. Ivo Lund joins "
                           "from rival Tarvik. A spokesman for Roe spoke. Ana Roe's spokesman, "
                           "Piet Lund, spoke. Tom Brek beat his rival Kessler. Men of the "
                           "rival Vardo faction fled.\n");
  recognized_nth(d, "Nordair", 0, FG_NER_PLACE);
  recognized_nth(d, "Nordair", 1, FG_NER_PERSON);
  recognized(d, "Karin Alm", FG_NER_PERSON);
  recognized(d, "Roe spoke", FG_NER_PERSON);
  recognized(d, "Ana Roe", FG_NER_PERSON);
  recognized(d, "Kessler", FG_NER_PERSON);
  tag_capitals_as_proper(d);
  tag_word(d, "new", 0, FG_UPOS_ADJ);
  tag_word(d, "Danish", 0, FG_UPOS_ADJ);
  for (int n = 0; n < 2; n++)
    tag_word(d, "rival", n, FG_UPOS_NOUN);
  tag_word(d, "from", 1, FG_UPOS_ADP);
  tag_word(d, "faction", 0, FG_UPOS_NOUN);
  find(d);
  assert_typed(d, "Nordair", 0, "Organization");
  assert_typed(d, "Nordair's", 0, "Organization");
  assert_typed(d, "Skyline", 0, "Company");
  assert_typed(d, "Tarvik", 0, "Company");
  assert_typed(d, "Roe spoke", 0, "Person");
  assert_typed(d, "Ana Roe", 0, "Person");
  assert_typed(d, "Kessler", 0, "Person");
  assert_not_typed(d, "Vardo", 0, "Company");
  doc_free(d);
}

/* "Brothers Erik and Nils Dalby": a relatives' plural opening the
 * sentence before a listed given name is no word of the name; the given
 * name shares the surname after "and". */
static void test_opening_kin_plural_is_no_name(void **state) {
  Doc *d = doc_new(*state, "Title\n\nBrothers Erik and Nils Dalby founded Dalby Tools in "
                           "1961.\n");
  recognized(d, "Nils Dalby", FG_NER_PERSON);
  find(d);
  assert_null(entity_at(d, "Brothers", 0));
  assert_label(d, "Erik", 0, "Erik Dalby");
  doc_free(d);
}

/* "X, which was founded in 1890": the founding participle after ", which
 * was" types an organisation too, even a lone word opening the sentence;
 * not a name the lists give as a place's (towns are founded too). */
static void test_which_was_founded_is_an_organisation(void **state) {
  Doc *d = doc_new(*state, "Title\n\nBrandvik, which was founded in 1890 by Otto Brandt, "
                           "employs 900 people. Halden, which was founded in 1290, is a "
                           "town.\n");
  recognized(d, "Otto Brandt", FG_NER_PERSON);
  tag_capitals_as_proper(d);
  find(d);
  assert_typed(d, "Brandvik", 0, "Organization");
  assert_not_typed(d, "Halden", 0, "Organization");
  doc_free(d);
}

/* The mention at the n-th occurrence of span (its first token), or NULL. */
static const FgMention *mention_at_span(const Doc *d, const char *span, int n) {
  size_t begin = offset_of(d, span, n);
  for (size_t t = 0; t < d->doc.tok.token_count; t++)
    if (d->doc.tok.tokens[t].begin == begin)
      return fg_mention_at(&d->doc, t);
  return NULL;
}

/* "The Turkish army said it had captured Y": an "it" right after a
 * reporting verb whose subject is a nation's body is that body, trusted
 * as a descriptor; not an expletive "it was clear", nor after a bare "the
 * army" (no nation's adjective). */
static void test_reported_it_of_a_nation_body(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Turkish army said it had captured the town. The "
                           "Turkish army said it was clear. Then the army said it had left.\n");
  tag_capitals_as_proper(d);
  for (int n = 0; n < 2; n++)
    tag_word(d, "Turkish", n, FG_UPOS_ADJ);
  tag_word(d, "clear", 0, FG_UPOS_ADJ);
  find(d);
  const FgMention *it = mention_at_span(d, "it had captured", 0);
  assert_non_null(it);
  assert_int_equal(it->kind, FG_MENTION_DESCRIPTOR);
  assert_same(d, "army said it had captured", 0, "it had captured", 0);
  const FgMention *clear = mention_at_span(d, "it was clear", 0);
  assert_true(!clear || clear->kind != FG_MENTION_DESCRIPTOR);
  const FgMention *bare = mention_at_span(d, "it had left", 0);
  assert_true(!bare || bare->kind != FG_MENTION_DESCRIPTOR);
  doc_free(d);
}

/* A lone invented word the recognizer reads as a person's that buys a
 * name, employs a number, merges with another or acts on "its" own deal
 * (or whose possessive opens its deal: "Velmo's takeover") is a company;
 * not a surname written after a given name in the document, a listed
 * given name, nor one buying a thing with no name. */
static void test_lone_name_acting_as_a_firm_is_a_company(void **state) {
  Doc *d = doc_new(*state, "Title\n\nNordair completed its acquisition of Skyline Airways. "
                           "Kalmo employs 400 people. Veltra merged with Orvik Mining. "
                           "Brantex bought Corvel Foods. Steve Harlan founded Orbix. Harlan "
                           "bought Tessly. Mira bought Holt Foods. Dessen bought a farm. "
                           "Regulators blocked Velmo's takeover of Brill Foods.\n");
  static const char *const NAMES[] = {"Nordair", "Kalmo", "Veltra", "Brantex",
                                      "Harlan", "Mira", "Dessen", "Velmo"};
  static const char *const TYPES[] = {"Company", "Company", "Company", "Company",
                                      "Person", "Person", "Person", "Company"};
  for (size_t i = 0; i < 8; i++)
    recognized(d, NAMES[i], FG_NER_PERSON);
  recognized(d, "Steve Harlan", FG_NER_PERSON);
  tag_capitals_as_proper(d);
  typed_as(d, NAMES, TYPES, 8);
}

/* "In Jan Velmar Bank cut jobs": a month's abbreviation right after a
 * sentence's opening "In", "Since" or "Until" is the month, the name
 * after it a name of its own; "By Jan Kessler" still signs a person. */
static void test_month_after_opening_preposition(void **state) {
  Doc *d = doc_new(*state, "Title\n\nIn Jan Velmar Bank cut 200 jobs. Since Feb Drosta Steel "
                           "has closed a plant. By Jan Kessler.\n");
  recognized(d, "Jan Velmar Bank", FG_NER_PLACE);
  recognized(d, "Feb Drosta Steel", FG_NER_PERSON);
  recognized(d, "Jan Kessler", FG_NER_PERSON);
  find(d);
  assert_label(d, "Velmar Bank", 0, "Velmar Bank");
  assert_null(entity_at(d, "Jan", 0));
  assert_label(d, "Drosta Steel", 0, "Drosta Steel");
  assert_label(d, "Jan Kessler", 0, "Jan Kessler");
  doc_free(d);
}

/* "The government named X as envoy", "the ministry named X its new
 * spokeswoman", "Parliament named X prime minister": a post after the
 * name makes "named" an appointment; X keeps the recognizer's person and
 * is no country. "a man named X", "a firm named Y" still type the name. */
static void test_named_to_a_post_is_an_appointment(void **state) {
  Doc *d = doc_new(*state, "Title\n\nThe Velorian government named Teodor Wask as envoy to "
                           "Kessia. The ministry named Petra Ulvik its new spokeswoman. "
                           "Parliament named Ivo Sandholm prime minister. A firm named Korvex "
                           "hired a man named Brek Tamsin.\n");
  recognized(d, "Teodor Wask", FG_NER_PERSON);
  recognized(d, "Petra Ulvik", FG_NER_PERSON);
  recognized(d, "Ivo Sandholm", FG_NER_PERSON);
  recognized(d, "Korvex", FG_NER_PERSON);
  recognized(d, "Brek Tamsin", FG_NER_ORGANIZATION);
  tag_capitals_as_proper(d);
  tag_word(d, "new", 0, FG_UPOS_ADJ);
  tag_word(d, "prime", 0, FG_UPOS_ADJ);
  for (int k = 0; k < 5; k++) /* the lemmatizer's, as the pipeline gives them */
    lemma_word(d, "named", k, "name");
  find(d);
  assert_typed(d, "Teodor Wask", 0, "Person");
  assert_typed(d, "Petra Ulvik", 0, "Person");
  assert_typed(d, "Ivo Sandholm", 0, "Person");
  assert_typed(d, "Korvex", 0, "Company");
  assert_typed(d, "Brek Tamsin", 0, "Person");
  doc_free(d);
}

/* "Korvane AG, a veteran of the grain trade,": a legal form keeps the
 * name a company over the apposition's person noun; "Kelso Trading Group,
 * a grain trader," keeps its head's class too (trader is a shared role). */
static void test_legal_form_beats_an_apposed_person_noun(void **state) {
  Doc *d = doc_new(*state, "Title\n\nKorvane AG, a veteran of the grain trade, said it "
                           "would buy Dresk Mining. Kelso Trading Group, a grain trader, "
                           "cut jobs.\n");
  find(d);
  assert_typed(d, "Korvane AG", 0, "Company");
  assert_typed(d, "Kelso Trading Group", 0, "Company");
  doc_free(d);
}

/* "Karin Dahl will join Korvane." after "Korvane AG": a one-word name
 * that only the recognizer reads a place is the company's short form;
 * "the plant in Orlik" after "Orlik Bank" stays the town. */
static void test_recognized_place_short_form_joins_the_company(void **state) {
  Doc *d = doc_new(*state, "Title\n\nKorvane AG agreed to buy Dresk Mining. Orlik Bank cut "
                           "jobs.\n\nKarin Dahl will join Korvane. The plant in Orlik will "
                           "close.\n");
  recognized_nth(d, "Korvane", 1, FG_NER_PLACE);
  recognized_nth(d, "Orlik", 1, FG_NER_PLACE);
  recognized(d, "Karin Dahl", FG_NER_PERSON);
  tag_capitals_as_proper(d);
  find(d);
  assert_same(d, "Korvane AG", 0, "Korvane", 1);
  assert_typed(d, "Orlik", 1, "Place");
  assert_typed(d, "Orlik Bank", 0, "Company");
  doc_free(d);
}

/* "Torvane employs 3,000 workers" opening a sentence, missed by the
 * recognizer, is a company all the same (not a common noun: "Tourism
 * employs"); "Nordair appointed Sara Lind as its new chief executive":
 * "its" before a firm's officer is the subject's. A listed surname ("Holm
 * hired ...") and "its" after another body ("Pelmo sued Arvena Bank over
 * its fees") say nothing. */
static void test_firm_opening_a_sentence_and_its_officer(void **state) {
  Doc *d = doc_new(*state, "Title\n\nTorvane employs 3,000 workers. Nordair appointed Sara "
                           "Lind as its new chief executive. Holm hired Ana Roe as its chief "
                           "executive. Pelmo sued Arvena Bank over its fees. Tourism employs "
                           "400 people.\n");
  recognized(d, "Nordair", FG_NER_PERSON);
  recognized(d, "Sara Lind", FG_NER_PERSON);
  recognized(d, "Holm", FG_NER_PERSON);
  recognized(d, "Ana Roe", FG_NER_PERSON);
  recognized(d, "Pelmo", FG_NER_PERSON);
  tag_capitals_as_proper(d);
  tag_word(d, "Tourism", 0, FG_UPOS_NOUN);
  find(d);
  assert_null(entity_at(d, "Tourism", 0));
  assert_typed(d, "Torvane", 0, "Company");
  assert_typed(d, "Nordair", 0, "Company");
  assert_typed(d, "Holm", 0, "Person");
  assert_typed(d, "Pelmo", 0, "Person");
  doc_free(d);
}

/* "A Halden court convicted X": one word between an article and a
 * court's noun is the court's town over the recognizer's person; not
 * "the Halden court case" (the noun modifies another) nor a possessive. */
static void test_word_before_a_court_is_its_town(void **state) {
  Doc *d = doc_new(*state, "Title\n\nA Halden court convicted Jon Ekker. The Norrvik court "
                           "case ended. Orsted's court ruled.\n");
  recognized(d, "Halden", FG_NER_PERSON);
  recognized(d, "Jon Ekker", FG_NER_PERSON);
  recognized(d, "Norrvik", FG_NER_PERSON);
  recognized(d, "Orsted", FG_NER_PERSON);
  tag_capitals_as_proper(d);
  tag_word(d, "court", 1, FG_UPOS_NOUN);
  tag_word(d, "case", 0, FG_UPOS_NOUN);
  find(d);
  assert_typed(d, "Halden", 0, "Place");
  assert_typed(d, "Norrvik", 0, "Person");
  assert_typed(d, "Orsted", 0, "Person");
  doc_free(d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_recognizer_beats_a_preposition),
      cmocka_unit_test(test_business_context_beats_the_recognizer),
      cmocka_unit_test(test_sold_name_before_the_company_is_one),
      cmocka_unit_test(test_owner_and_utility_type_organisations),
      cmocka_unit_test(test_statement_issuer_is_an_organisation),
      cmocka_unit_test(test_person_noun_apposed_before_the_name),
      cmocka_unit_test(test_names_only_in_the_headline),
      cmocka_unit_test(test_particle_led_surname_opening_a_sentence),
      cmocka_unit_test(test_recognized_organisation_over_of),
      cmocka_unit_test(test_title_before_a_listed_given_name),
      cmocka_unit_test(test_occupation_before_a_name_is_a_title),
      cmocka_unit_test(test_occupation_title_before_a_listed_given_name),
      cmocka_unit_test(test_hyphened_demonyms_before_a_noun_are_no_name),
      cmocka_unit_test(test_title_after_a_place_head_ends_the_place),
      cmocka_unit_test(test_sports_club_and_position),
      cmocka_unit_test(test_recognizer_reads_a_venue_name_as_institution),
      cmocka_unit_test(test_venue_head_stays_without_the_recognizer),
      cmocka_unit_test(test_building_where_something_happens),
      cmocka_unit_test(test_place_noun_of_beats_the_recognizer),
      cmocka_unit_test(test_state_and_county_of_make_a_place),
      cmocka_unit_test(test_region_head_stays),
      cmocka_unit_test(test_street_head_is_a_place),
      cmocka_unit_test(test_company_stem_names_the_company),
      cmocka_unit_test(test_stem_or_surname_is_the_first_introduced),
      cmocka_unit_test(test_given_name_before_and_shares_the_surname),
      cmocka_unit_test(test_bound_head_beats_the_recognizer),
      cmocka_unit_test(test_recognizer_with_other_bounds_is_ignored),
      cmocka_unit_test(test_noun_before_the_name_types_it),
      cmocka_unit_test(test_business_noun_before_the_name_types_it),
      cmocka_unit_test(test_outlet_noun_after_an_adjective_types_a_medium),
      cmocka_unit_test(test_party_noun_after_the_name_types_it),
      cmocka_unit_test(test_state_possession_after_makes_a_country),
      cmocka_unit_test(test_called_names_its_noun),
      cmocka_unit_test(test_name_before_named_appoints),
      cmocka_unit_test(test_calling_itself_names_its_noun),
      cmocka_unit_test(test_noun_before_beats_a_place_head),
      cmocka_unit_test(test_member_of_a_name_is_a_group),
      cmocka_unit_test(test_conjunct_shares_the_class),
      cmocka_unit_test(test_one_name_one_class),
      cmocka_unit_test(test_city_beats_an_earlier_place),
      cmocka_unit_test(test_killing_parties_are_people),
      cmocka_unit_test(test_team_mascot_makes_a_club),
      cmocka_unit_test(test_radio_opens_a_station),
      cmocka_unit_test(test_possessive_head_noun_names_the_name_after_it),
      cmocka_unit_test(test_city_after_a_company_is_its_seat),
      cmocka_unit_test(test_ampersand_firm_and_city_before_a_company_noun),
      cmocka_unit_test(test_town_owning_a_company),
      cmocka_unit_test(test_bracketed_initials_make_an_organisation),
      cmocka_unit_test(test_surname_beats_the_gazetteer),
      cmocka_unit_test(test_one_word_is_one_entity),
      cmocka_unit_test(test_capitalised_head_is_the_named_body),
      cmocka_unit_test(test_descriptor_label_as_written),
      cmocka_unit_test(test_descriptor_in_a_country_is_its),
      cmocka_unit_test(test_the_group_is_the_last_non_state_organisation),
      cmocka_unit_test(test_the_group_of_armed_deeds_is_the_armed_group),
      cmocka_unit_test(test_apposition_past_a_capitalised_modifier),
      cmocka_unit_test(test_apposition_typed_by_its_last_noun),
      cmocka_unit_test(test_who_after_a_name_is_a_person),
      cmocka_unit_test(test_listed_personal_name_beats_the_recognizer),
      cmocka_unit_test(test_surname_before_a_business_word_is_a_company),
      cmocka_unit_test(test_name_before_campaign_is_no_armed_group),
      cmocka_unit_test(test_two_particles_in_a_name),
      cmocka_unit_test(test_particle_surname_is_a_person),
      cmocka_unit_test(test_company_suffix_and_board_head_a_name),
      cmocka_unit_test(test_bare_descriptor_takes_the_written_owner),
      cmocka_unit_test(test_apposition_after_initials_and_possessive),
      cmocka_unit_test(test_ampersand_joins_a_name),
      cmocka_unit_test(test_and_before_a_stance_compound_joins_a_name),
      cmocka_unit_test(test_month_before_a_noun_is_no_name),
      cmocka_unit_test(test_declaration_event_and_compact_by_head),
      cmocka_unit_test(test_apposition_skips_the_possessor),
      cmocka_unit_test(test_apposition_staff_noun_is_a_person),
      cmocka_unit_test(test_descriptor_is_the_named_body_of_its_label),
      cmocka_unit_test(test_gazetteer_the_name_inside_a_longer_one),
      cmocka_unit_test(test_trailing_person_splits_off),
      cmocka_unit_test(test_shorter_name_with_the_head),
      cmocka_unit_test(test_head_noun_finds_its_antecedent),
      cmocka_unit_test(test_business_noun_finds_a_name_of_its_trade),
      cmocka_unit_test(test_club_noun_finds_a_club),
      cmocka_unit_test(test_trade_head_makes_a_company),
      cmocka_unit_test(test_shared_role_apposition_keeps_the_org_head),
      cmocka_unit_test(test_given_name_before_a_surname_head_is_a_person),
      cmocka_unit_test(test_party_word_before_a_person_names_no_one),
      cmocka_unit_test(test_lower_case_body_noun_ends_the_name),
      cmocka_unit_test(test_head_noun_finds_a_plural_head),
      cmocka_unit_test(test_owner_of_a_full_name),
      cmocka_unit_test(test_head_noun_without_a_compatible_name),
      cmocka_unit_test(test_pronouns_agree_in_gender),
      cmocka_unit_test(test_its_minister_is_the_country_before),
      cmocka_unit_test(test_given_name_alone),
      cmocka_unit_test(test_stance_compound_starts_no_name),
      cmocka_unit_test(test_at_ends_a_name),
      cmocka_unit_test(test_ampersand_inside_a_name),
      cmocka_unit_test(test_campus_after_at_in_a_university_name),
      cmocka_unit_test(test_place_name_inside_an_event_phrase),
      cmocka_unit_test(test_far_definite_event_is_not_a_passing_one),
      cmocka_unit_test(test_country_initials_end_an_institution_name),
      cmocka_unit_test(test_collective_possessive_in_a_name),
      cmocka_unit_test(test_bare_apostrophe_in_a_name),
      cmocka_unit_test(test_front_is_not_the_army),
      cmocka_unit_test(test_and_before_a_recognized_name_splits),
      cmocka_unit_test(test_caption_label_and_time_word_end_a_name),
      cmocka_unit_test(test_shared_surname_is_the_first_named),
      cmocka_unit_test(test_bare_initials_are_an_organisation),
      cmocka_unit_test(test_numeral_letters_that_spell_no_number_are_initials),
      cmocka_unit_test(test_capitalised_adjective_starts_a_headed_name),
      cmocka_unit_test(test_article_and_person_of_say_no_person),
      cmocka_unit_test(test_capitalised_preposition_ends_a_name),
      cmocka_unit_test(test_organisation_possessive_names_a_person),
      cmocka_unit_test(test_elided_and_compass_country_names),
      cmocka_unit_test(test_name_before_a_country_is_a_place),
      cmocka_unit_test(test_word_before_an_organisation_role),
      cmocka_unit_test(test_adjective_after_a_connector_continues_a_name),
      cmocka_unit_test(test_initials_before_their_bracketed_name),
      cmocka_unit_test(test_swapped_letters_of_a_known_name),
      cmocka_unit_test(test_name_before_a_sure_place_is_a_place),
      cmocka_unit_test(test_country_attribute_of_initials_narrows_the_place),
      cmocka_unit_test(test_place_without_a_country_attribute_stays),
      cmocka_unit_test(test_state_act_narrows_the_place),
      cmocka_unit_test(test_state_act_after_an_adverb_narrows_the_place),
      cmocka_unit_test(test_state_act_after_auxiliaries_narrows_the_place),
      cmocka_unit_test(test_state_troops_make_a_country),
      cmocka_unit_test(test_sanctions_target_narrows_the_place),
      cmocka_unit_test(test_country_cues_beat_the_recognizer),
      cmocka_unit_test(test_minister_beside_narrows_the_place),
      cmocka_unit_test(test_company_role_beats_the_recognizer),
      cmocka_unit_test(test_name_split_from_a_person_is_typed_afresh),
      cmocka_unit_test(test_joined_portfolio_stays_in_the_title),
      cmocka_unit_test(test_portfolio_before_a_title_leaves_the_name),
      cmocka_unit_test(test_adjective_after_a_place_word_starts_the_name),
      cmocka_unit_test(test_headquarters_in_a_place_make_an_organisation),
      cmocka_unit_test(test_company_head_beats_the_recognizer),
      cmocka_unit_test(test_copula_types_the_name),
      cmocka_unit_test(test_place_noun_in_an_apposition),
      cmocka_unit_test(test_apposition_head_before_its_preposition),
      cmocka_unit_test(test_local_office_types_the_place),
      cmocka_unit_test(test_local_office_after_a_sentence_opening_name),
      cmocka_unit_test(test_located_in_makes_a_place),
      cmocka_unit_test(test_office_and_saint_possessives_in_a_name),
      cmocka_unit_test(test_person_noun_before_a_name_is_a_title),
      cmocka_unit_test(test_legal_form_closes_a_company_name),
      cmocka_unit_test(test_hometown_after_age_and_workplace_after_a_person_noun),
      cmocka_unit_test(test_title_word_and_district_inside_institution_names),
      cmocka_unit_test(test_region_word_before_a_title_is_the_titles),
      cmocka_unit_test(test_party_letter_before_a_place),
      cmocka_unit_test(test_library_heads_an_institution),
      cmocka_unit_test(test_demonym_makes_a_state_form_name_a_country),
      cmocka_unit_test(test_epithet_is_no_word_of_the_name),
      cmocka_unit_test(test_newspaper_word_opens_a_medium),
      cmocka_unit_test(test_founded_name_is_an_organisation),
      cmocka_unit_test(test_prime_is_the_titles_word),
      cmocka_unit_test(test_state_noun_makes_an_unnamed_country),
      cmocka_unit_test(test_air_force_and_navy_make_an_unnamed_country),
      cmocka_unit_test(test_state_evidence_makes_initials_a_country),
      cmocka_unit_test(test_dotted_initials_join_bare_initials),
      cmocka_unit_test(test_and_before_a_school_name_splits),
      cmocka_unit_test(test_business_noun_types_a_company),
      cmocka_unit_test(test_one_of_and_based_type_a_name),
      cmocka_unit_test(test_noun_before_its_verb_is_no_apposition),
      cmocka_unit_test(test_two_given_names_make_a_person),
      cmocka_unit_test(test_name_before_a_person_noun_is_a_town),
      cmocka_unit_test(test_town_before_an_unlisted_word_makes_a_place),
      cmocka_unit_test(test_word_before_a_named_firm_is_its_place),
      cmocka_unit_test(test_moving_to_a_name_makes_a_place),
      cmocka_unit_test(test_town_head_shared_with_surnames),
      cmocka_unit_test(test_place_positions_outweigh_the_recognizers_person),
      cmocka_unit_test(test_route_ends_are_places),
      cmocka_unit_test(test_town_after_a_numbered_address),
      cmocka_unit_test(test_identified_person_of_a_town),
      cmocka_unit_test(test_coordinated_people_of_a_town),
      cmocka_unit_test(test_town_before_a_capitalised_office),
      cmocka_unit_test(test_town_before_its_police_owns_them),
      cmocka_unit_test(test_party_word_before_an_office_is_no_place),
      cmocka_unit_test(test_compass_point_of_makes_a_place),
      cmocka_unit_test(test_building_of_a_person_is_an_organisation),
      cmocka_unit_test(test_clergy_and_warden_titles_stay_out_of_names),
      cmocka_unit_test(test_state_act_after_a_preposition_types_nothing),
      cmocka_unit_test(test_city_of_makes_a_city),
      cmocka_unit_test(test_person_verb_after_makes_a_person),
      cmocka_unit_test(test_closed_apposition_names_a_first_word),
      cmocka_unit_test(test_headline_word_and_title_qualifier_name_nothing),
      cmocka_unit_test(test_police_chief_and_capital_type_a_name),
      cmocka_unit_test(test_trade_head_names_a_company),
      cmocka_unit_test(test_feature_word_opens_a_place),
      cmocka_unit_test(test_shelled_name_is_a_place),
      cmocka_unit_test(test_reporting_clause_after_a_name_is_no_apposition),
      cmocka_unit_test(test_troops_from_name_countries),
      cmocka_unit_test(test_armed_men_name_their_group),
      cmocka_unit_test(test_men_of_a_named_group),
      cmocka_unit_test(test_title_opens_an_institution),
      cmocka_unit_test(test_institution_heads_type_names),
      cmocka_unit_test(test_treatment_makes_a_person_over_a_place),
      cmocka_unit_test(test_treatment_near_misses_keep_their_types),
      cmocka_unit_test(test_institution_name_runs_into_a_person),
      cmocka_unit_test(test_group_noun_after_types_an_organisation),
      cmocka_unit_test(test_head_noun_skips_its_clauses_subject),
      cmocka_unit_test(test_chaired_name_is_an_organisation),
      cmocka_unit_test(test_group_noun_closes_a_name_with_of),
      cmocka_unit_test(test_for_the_continues_an_institution_name),
      cmocka_unit_test(test_brotherhood_heads_a_name),
      cmocka_unit_test(test_company_word_portfolio_names_nothing),
      cmocka_unit_test(test_plural_staff_at_a_name_types_a_workplace),
      cmocka_unit_test(test_epithet_after_an_org_cue_keeps_the_cue),
      cmocka_unit_test(test_parliament_is_a_state_body),
      cmocka_unit_test(test_capitalised_word_names_the_forces_after_it),
      cmocka_unit_test(test_its_rival_is_an_organisation),
      cmocka_unit_test(test_nationality_noun_unless_a_given_name),
      cmocka_unit_test(test_unnamed_state_adjective_in_ish),
      cmocka_unit_test(test_conjoined_and_shaped_countries),
      cmocka_unit_test(test_outlet_venue_and_flight_names),
      cmocka_unit_test(test_court_seat_armed_target_and_firm_nouns),
      cmocka_unit_test(test_state_media_make_a_country),
      cmocka_unit_test(test_ordeal_of_names_a_person),
      cmocka_unit_test(test_university_ends_before_of_a_country),
      cmocka_unit_test(test_country_shaped_word_reporting_what_it_does),
      cmocka_unit_test(test_title_word_after_a_given_name_is_a_surname),
      cmocka_unit_test(test_initials_hyphened_to_a_participle_are_an_organisation),
      cmocka_unit_test(test_group_noun_before_beats_a_person_verb),
      cmocka_unit_test(test_ambassador_from_names_a_country),
      cmocka_unit_test(test_role_noun_refers_to_the_person_it_described),
      cmocka_unit_test(test_shared_surname_before_both_full_names_is_neither),
      cmocka_unit_test(test_town_word_as_a_club),
      cmocka_unit_test(test_conquered_name_is_a_place),
      cmocka_unit_test(test_state_counterpart_is_a_country),
      cmocka_unit_test(test_headline_role_noun_before_a_name),
      cmocka_unit_test(test_ruled_place_is_a_country),
      cmocka_unit_test(test_company_noun_finds_a_staffed_organisation),
      cmocka_unit_test(test_unknown_proper_noun_names_the_government),
      cmocka_unit_test(test_bought_by_a_described_firm_is_a_business),
      cmocka_unit_test(test_company_noun_list_types_an_apposed_name),
      cmocka_unit_test(test_label_finds_a_record_company),
      cmocka_unit_test(test_age_makes_a_person_of_a_business_head),
      cmocka_unit_test(test_army_of_names_a_country),
      cmocka_unit_test(test_unknown_nation_leaves_the_bare_body_unowned),
      cmocka_unit_test(test_two_letter_state_abbreviation),
      cmocka_unit_test(test_music_heads_a_company_name),
      cmocka_unit_test(test_numbered_compound_in_an_apposition),
      cmocka_unit_test(test_bought_rival_and_miner_are_companies),
      cmocka_unit_test(test_rebels_take_up_the_armed_group),
      cmocka_unit_test(test_place_acting_as_an_agent_is_a_country),
      cmocka_unit_test(test_savings_heads_a_company_name),
      cmocka_unit_test(test_club_head_word_alone_is_the_club),
      cmocka_unit_test(test_proper_noun_before_a_facility_head_names_it),
      cmocka_unit_test(test_first_word_of_a_long_organisation_name),
      cmocka_unit_test(test_bare_role_after_copula_is_a_person),
      cmocka_unit_test(test_possessor_of_an_org_name_is_its_seat),
      cmocka_unit_test(test_ruling_before_a_name_is_a_party),
      cmocka_unit_test(test_region_noun_after_a_sentence_opening_name),
      cmocka_unit_test(test_persons_administration_is_no_countrys),
      cmocka_unit_test(test_club_opening_real_unless_a_business_head),
      cmocka_unit_test(test_office_across_modifiers_and_capital_of_a_region),
      cmocka_unit_test(test_sentence_opening_town_before_a_resident),
      cmocka_unit_test(test_given_name_tells_whose_possessive),
      cmocka_unit_test(test_word_before_a_coach_or_manager),
      cmocka_unit_test(test_verb_needing_more_makes_no_agent),
      cmocka_unit_test(test_adjective_led_name_before_an_org_noun),
      cmocka_unit_test(test_person_in_a_list_of_names_of_groups),
      cmocka_unit_test(test_vowel_an_adjective_names_an_unnamed_country),
      cmocka_unit_test(test_singular_of_a_party_name_is_the_party),
      cmocka_unit_test(test_call_sign_after_a_broadcaster_noun),
      cmocka_unit_test(test_state_office_of_names_a_country),
      cmocka_unit_test(test_based_company_refers_back),
      cmocka_unit_test(test_month_abbreviation_as_given_name),
      cmocka_unit_test(test_surname_before_a_relative_of_that_surname),
      cmocka_unit_test(test_org_role_cues_type_unknown_names),
      cmocka_unit_test(test_opening_kin_plural_is_no_name),
      cmocka_unit_test(test_which_was_founded_is_an_organisation),
      cmocka_unit_test(test_reported_it_of_a_nation_body),
      cmocka_unit_test(test_lone_name_acting_as_a_firm_is_a_company),
      cmocka_unit_test(test_month_after_opening_preposition),
      cmocka_unit_test(test_named_to_a_post_is_an_appointment),
      cmocka_unit_test(test_legal_form_beats_an_apposed_person_noun),
      cmocka_unit_test(test_recognized_place_short_form_joins_the_company),
      cmocka_unit_test(test_firm_opening_a_sentence_and_its_officer),
      cmocka_unit_test(test_word_before_a_court_is_its_town),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
