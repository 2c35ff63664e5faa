/* SPDX-License-Identifier: MIT */
/* Unit tests for src/graph/resolve.c: local entities of several documents
 * merged by identity key, surname, transliteration skeleton, acronym and
 * an organisation's name without its legal form. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph/resolve.h"
#include "lexicon/lexicon.h"

typedef struct {
  FgLocalEntities locals;
  FgGazetteer *gaz;
  FgGraph *graph;
  FgLexicon *lex; /* the project's: its legal forms */
  uint32_t map[16];
} Fixture;

static int setup(void **state) {
  const char *dir = getenv("FACTGRAPH_ONTOLOGY");
  char path[4096];
  snprintf(path, sizeof path, "%s/lexicon.tsv", dir ? dir : "ontology");
  Fixture *fx = calloc(1, sizeof *fx);
  if (!fx || fg_gazetteer_new(&fx->gaz) != FG_OK || !(fx->graph = fg_graph_new()) ||
      fg_lexicon_load(path, NULL, NULL, &fx->lex) != FG_OK) {
    if (fx) {
      fg_gazetteer_free(fx->gaz);
      fg_graph_free(fx->graph);
    }
    free(fx);
    return -1;
  }
  /* the documents the local entities below come from */
  const char *const ids[] = {"d0.txt", "d1.txt", "d2.txt", "d3.txt", "d4.txt"};
  for (size_t i = 0; i < 5; i++) {
    FgDocument doc = {.id = ids[i]};
    if (fg_graph_add_document(fx->graph, &doc) != i)
      return -1;
  }
  *state = fx;
  return 0;
}

static int teardown(void **state) {
  Fixture *fx = *state;
  fg_local_entities_free(&fx->locals);
  fg_gazetteer_free(fx->gaz);
  fg_graph_free(fx->graph);
  fg_lexicon_free(fx->lex);
  free(fx);
  return 0;
}

/* Adds a local entity of document doc; skeleton and acronym may be NULL. */
static void add(Fixture *fx, uint32_t doc, const char *key, unsigned kind,
                const char *skeleton, const char *acronym) {
  const char *label = strchr(key, ':') + 1;
  uint32_t i = fg_local_entity_new(&fx->locals, doc, key, label,
                                   kind == FG_KIND_PERSON ? "Person" : "Organization",
                                   kind, -1);
  assert_int_not_equal(i, FG_NONE);
  FgLocalEntity *e = &fx->locals.items[i];
  e->surname_only = strncmp(key, "surname:", 8) == 0;
  e->skeleton = skeleton ? strdup(skeleton) : NULL;
  e->acronym = acronym ? strdup(acronym) : NULL;
}

static void resolve(Fixture *fx) {
  assert_true(fx->locals.count <= 16);
  assert_true(fg_resolve_entities(&fx->locals, fx->gaz, fx->lex, fx->graph, fx->map));
}

static void test_surname_joins_its_one_full_name(void **state) {
  Fixture *fx = *state;
  add(fx, 0, "name:ahmed shara", FG_KIND_PERSON, "ahmd shr", NULL);
  add(fx, 1, "name:ahmed shara", FG_KIND_PERSON, "ahmd shr", NULL);
  add(fx, 2, "surname:shara", FG_KIND_PERSON, "shr", NULL);
  resolve(fx);
  assert_int_equal(fx->map[0], fx->map[1]);
  assert_int_equal(fx->map[2], fx->map[0]);
  assert_int_equal(fg_graph_entity_count(fx->graph), 1);
}

static void test_surname_of_two_people_stays_apart(void **state) {
  Fixture *fx = *state;
  add(fx, 0, "name:ahmed shara", FG_KIND_PERSON, "ahmd shr", NULL);
  add(fx, 1, "name:omar shara", FG_KIND_PERSON, "omr shr", NULL);
  add(fx, 2, "surname:shara", FG_KIND_PERSON, "shr", NULL);
  resolve(fx);
  assert_int_not_equal(fx->map[0], fx->map[1]);
  assert_int_not_equal(fx->map[2], fx->map[0]);
  assert_int_not_equal(fx->map[2], fx->map[1]);
  assert_int_equal(fg_graph_entity_count(fx->graph), 3);
}

/* A company's name with and without its legal form is one company; a
 * shorter name, a person's name or a bare legal form is not. */
static void test_legal_form_joins_its_company(void **state) {
  Fixture *fx = *state;
  add(fx, 0, "name:orvel mining company", FG_KIND_ORG, NULL, NULL);
  add(fx, 1, "name:orvel mining co.", FG_KIND_ORG, NULL, NULL);
  add(fx, 2, "name:orvel mining", FG_KIND_ORG, NULL, NULL);
  add(fx, 3, "name:orvel", FG_KIND_ORG, NULL, NULL);
  add(fx, 3, "name:orvel mining ltd", FG_KIND_PERSON, NULL, NULL);
  add(fx, 4, "name:company", FG_KIND_ORG, NULL, NULL);
  add(fx, 4, "name:orvel mining group", FG_KIND_ORG, NULL, NULL);
  resolve(fx);
  assert_int_equal(fx->map[1], fx->map[0]);
  assert_int_equal(fx->map[2], fx->map[0]);
  for (size_t i = 3; i < 7; i++)
    assert_int_not_equal(fx->map[i], fx->map[0]);
  assert_int_equal(fg_graph_entity_count(fx->graph), 5);
}

/* A dateline's "VESK" and the text's "Vesk" label the place "Vesk"; a
 * short name written only in capitals keeps them ("NATO"). */
static void test_label_prefers_the_written_case(void **state) {
  Fixture *fx = *state;
  add(fx, 0, "name:vesk", FG_KIND_ORG, NULL, NULL);
  assert_true(fg_local_entity_add_form(&fx->locals.items[0], "VESK", 4));
  assert_true(fg_local_entity_add_form(&fx->locals.items[0], "Vesk", 4));
  add(fx, 1, "name:nato", FG_KIND_ORG, NULL, NULL);
  assert_true(fg_local_entity_add_form(&fx->locals.items[1], "NATO", 4));
  resolve(fx);
  assert_string_equal(fg_graph_entity(fx->graph, fx->map[0])->label, "Vesk");
  assert_string_equal(fg_graph_entity(fx->graph, fx->map[1])->label, "NATO");
}

/* "Kamal" is not "Kemal", but their skeletons agree. */
static void test_surname_joins_by_skeleton(void **state) {
  Fixture *fx = *state;
  add(fx, 0, "name:mustafa kemal", FG_KIND_PERSON, "mstf kml", NULL);
  add(fx, 1, "surname:kamal", FG_KIND_PERSON, "kml", NULL);
  add(fx, 1, "surname:kaplan", FG_KIND_PERSON, "kpln", NULL);
  resolve(fx);
  assert_int_equal(fx->map[1], fx->map[0]);
  assert_int_not_equal(fx->map[2], fx->map[0]);
}

/* Skeletons as fg_name_match_key writes them, with each word's count of
 * vowel runs: "Ferro" (fr2) is no "Lydia Farr" (fr1), "Sharaa" is "Ahmed
 * Shara" (shr2). */
static void test_skeleton_keeps_its_syllables(void **state) {
  Fixture *fx = *state;
  add(fx, 0, "name:lydia farr", FG_KIND_PERSON, "lyd2 fr1", NULL);
  add(fx, 1, "surname:ferro", FG_KIND_PERSON, "fr2", NULL);
  add(fx, 2, "name:ahmed shara", FG_KIND_PERSON, "ahmd2 shr2", NULL);
  add(fx, 3, "surname:sharaa", FG_KIND_PERSON, "shr2", NULL);
  resolve(fx);
  assert_int_not_equal(fx->map[1], fx->map[0]);
  assert_int_equal(fx->map[3], fx->map[2]);
}

static void test_acronym_joins_its_one_organisation(void **state) {
  Fixture *fx = *state;
  add(fx, 0, "name:hayat tahrir al sham", FG_KIND_ORG, NULL, "hts");
  add(fx, 1, "name:hts", FG_KIND_ORG, NULL, NULL);
  add(fx, 0, "name:national liberation front", FG_KIND_ORG, NULL, "nlf");
  add(fx, 1, "name:new labour forum", FG_KIND_ORG, NULL, "nlf");
  add(fx, 2, "name:nlf", FG_KIND_ORG, NULL, NULL);
  resolve(fx);
  assert_int_equal(fx->map[1], fx->map[0]);
  assert_int_not_equal(fx->map[4], fx->map[2]); /* two organisations are NLF */
  assert_int_not_equal(fx->map[4], fx->map[3]);
  assert_int_equal(fg_graph_entity_count(fx->graph), 4);
}

/* An organisation whose own acronym is its name is not its own match. */
static void test_acronym_leaves_itself_out(void **state) {
  Fixture *fx = *state;
  add(fx, 0, "name:nato", FG_KIND_ORG, NULL, "nato");
  add(fx, 1, "name:north atlantic treaty organization", FG_KIND_ORG, NULL, "nato");
  resolve(fx);
  assert_int_equal(fx->map[0], fx->map[1]);
}

/* The type of a merged entity is voted by mention weight, ties by name. */
static void test_type_vote(void **state) {
  Fixture *fx = *state;
  add(fx, 0, "name:river group", FG_KIND_PERSON, NULL, NULL);
  add(fx, 1, "name:river group", FG_KIND_ORG, NULL, NULL);
  add(fx, 2, "name:river group", FG_KIND_PERSON, NULL, NULL);
  add(fx, 0, "name:lake group", FG_KIND_PERSON, NULL, NULL);
  add(fx, 1, "name:lake group", FG_KIND_ORG, NULL, NULL);
  fx->locals.items[1].weight = 4; /* 5 for Organization, 2 for Person */
  resolve(fx);
  assert_string_equal(fg_graph_entity(fx->graph, fx->map[0])->type, "Organization");
  assert_string_equal(fg_graph_entity(fx->graph, fx->map[3])->type, "Organization");
  fx->locals.items[0].weight = fx->locals.items[2].weight = 9;
  FgGraph *again = fg_graph_new();
  assert_non_null(again);
  assert_true(fg_resolve_entities(&fx->locals, fx->gaz, fx->lex, again, fx->map));
  assert_string_equal(fg_graph_entity(again, fx->map[0])->type, "Person");
  fg_graph_free(again);
}

/* Folding a document's copies of an entity (fold.c) keeps what each copy
 * adds to the type vote; a bare surname and a differently spelled copy
 * are never folded. Without the copies, Organization would win 5 to 4. */
static void test_fold_keeps_the_vote(void **state) {
  Fixture *fx = *state;
  FgEntityFolder *folder = fg_entity_folder_new();
  assert_non_null(folder);
  uint32_t map[2];
  add(fx, 0, "name:river group", FG_KIND_ORG, NULL, NULL);
  fx->locals.items[0].weight = 4;
  assert_true(fg_local_entities_fold(&fx->locals, 0, folder, NULL, map));
  for (uint32_t doc = 1; doc <= 3; doc++) {
    size_t first = fx->locals.count;
    add(fx, doc, "name:river group", FG_KIND_PERSON, NULL, NULL);
    fx->locals.items[first].weight = 1;
    add(fx, doc, "surname:bello", FG_KIND_PERSON, "bll", NULL);
    assert_true(fg_local_entities_fold(&fx->locals, first, folder, NULL, map));
    assert_int_equal(map[0], 1);       /* into the first Person copy */
    assert_int_equal(map[1], doc + 1); /* moved down, never folded */
  }
  size_t first = fx->locals.count;
  add(fx, 4, "name:river group", FG_KIND_PERSON, NULL, NULL);
  free(fx->locals.items[first].label);
  fx->locals.items[first].label = strdup("River Group");
  assert_true(fg_local_entities_fold(&fx->locals, first, folder, NULL, map));
  assert_int_equal(map[0], first);
  fg_entity_folder_free(folder);

  assert_int_equal(fx->locals.count, 6);
  assert_int_equal(fx->locals.items[1].copies, 2);
  assert_int_equal(fx->locals.items[1].weight, 3);
  resolve(fx);
  assert_int_equal(fx->map[1], fx->map[0]);
  assert_string_equal(fg_graph_entity(fx->graph, fx->map[0])->type, "Person");
}

static bool is_hex(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
      return false;
  return s[n] == '\0';
}

/* Resolves a bare "Dawit" of a.txt and one of b.txt, the documents and
 * entities added in the given order; slugs[0] is a.txt's Dawit's. */
static void two_dawits(bool a_first, char *slugs[2]) {
  FgLocalEntities locals = {0};
  FgGazetteer *gaz = NULL;
  FgGraph *graph = fg_graph_new();
  assert_int_equal(fg_gazetteer_new(&gaz), FG_OK);
  assert_non_null(graph);
  const char *ids[2] = {a_first ? "a.txt" : "b.txt", a_first ? "b.txt" : "a.txt"};
  uint32_t map[2];
  for (uint32_t i = 0; i < 2; i++) {
    FgDocument doc = {.id = ids[i]};
    assert_int_equal(fg_graph_add_document(graph, &doc), i);
    assert_int_equal(fg_local_entity_new(&locals, i, "surname:dawit", "Dawit", "Person",
                                         FG_KIND_PERSON, -1), i);
    locals.items[i].surname_only = true;
  }
  assert_true(fg_resolve_entities(&locals, gaz, NULL, graph, map));
  assert_int_not_equal(map[0], map[1]);
  for (uint32_t i = 0; i < 2; i++)
    slugs[(ids[i][0] == 'a') ? 0 : 1] = strdup(fg_graph_entity(graph, map[i])->slug);
  fg_local_entities_free(&locals);
  fg_gazetteer_free(gaz);
  fg_graph_free(graph);
}

/* Two people of one name get IRIs by their documents, never by arrival:
 * the same in either order, and no "dawit-2" that another run's gazetteer
 * or entity could hold. */
static void test_shared_name_iris_follow_documents(void **state) {
  (void)state;
  char *first[2], *second[2];
  two_dawits(true, first);
  two_dawits(false, second);
  for (int i = 0; i < 2; i++) {
    assert_non_null(first[i]);
    assert_int_equal(strncmp(first[i], "dawit-", 6), 0);
    assert_true(is_hex(first[i] + 6, 8));
    assert_string_equal(first[i], second[i]);
  }
  assert_string_not_equal(first[0], first[1]);
  for (int i = 0; i < 2; i++) {
    free(first[i]);
    free(second[i]);
  }
}

/* A name in a script without transliteration (Armenian) gets a hash of
 * its identity, not "x". */
static void test_label_without_latin_letters(void **state) {
  Fixture *fx = *state;
  add(fx, 0, "name:\xD5\x86\xD5\xAB\xD5\xAF\xD5\xB8\xD5\xAC", FG_KIND_PERSON, NULL, NULL);
  add(fx, 1, "name:\xD5\x84\xD5\xA1\xD6\x80\xD5\xAB\xD5\xA1\xD5\xB4", FG_KIND_PERSON, NULL,
      NULL);
  resolve(fx);
  const char *a = fg_graph_entity(fx->graph, fx->map[0])->slug;
  const char *b = fg_graph_entity(fx->graph, fx->map[1])->slug;
  assert_int_equal(strncmp(a, "x-", 2), 0);
  assert_true(is_hex(a + 2, 8));
  assert_int_equal(strncmp(b, "x-", 2), 0);
  assert_string_not_equal(a, b);
}

/* Adds the spellings of the last local entity, one by one. */
static void add_forms(Fixture *fx, const char *const *forms) {
  FgLocalEntity *e = &fx->locals.items[fx->locals.count - 1];
  for (; *forms; forms++)
    assert_true(fg_local_entity_add_form(e, *forms, strlen(*forms)));
}

/* "Khalid al-Tamimi" labels the person over a later "Al Tamimi": an
 * Arabic article's hyphen parts words as a space does. Any other hyphen
 * does not: "Ana Sofia Holt" still has more words than "Ana Ruiz-Holt". */
static void test_label_counts_an_articles_hyphen(void **state) {
  Fixture *fx = *state;
  add(fx, 0, "name:khalid tamimi", FG_KIND_PERSON, NULL, NULL);
  add_forms(fx, (const char *const[]){"Khalid al-Tamimi", "Al Tamimi", NULL});
  add(fx, 1, "name:ana sofia holt", FG_KIND_PERSON, NULL, NULL);
  add_forms(fx, (const char *const[]){"Ana Ruiz-Holt", "Ana Sofia Holt", NULL});
  resolve(fx);
  assert_string_equal(fg_graph_entity(fx->graph, fx->map[0])->label, "Khalid al-Tamimi");
  assert_string_equal(fg_graph_entity(fx->graph, fx->map[1])->label, "Ana Sofia Holt");
}

/* A skeleton of two letters joins no lone word to a full name by
 * transliteration: "Mira" (mr2) is no "Ali Marro" (mr2); an exact surname
 * still joins ("Marro"). */
static void test_two_letter_skeleton_joins_nothing(void **state) {
  Fixture *fx = *state;
  add(fx, 0, "name:ali marro", FG_KIND_PERSON, "al1 mr2", NULL);
  add(fx, 1, "surname:mira", FG_KIND_PERSON, "mr2", NULL);
  add(fx, 2, "surname:marro", FG_KIND_PERSON, "mr2", NULL);
  resolve(fx);
  assert_int_not_equal(fx->map[1], fx->map[0]);
  assert_int_equal(fx->map[2], fx->map[0]);
}

/* "Kessler AG's unit, Kessler Inc.": two legal forms of one stem stated in
 * one document are two companies; one spelled two ways ("Co.", "Company")
 * is one, and across documents a form still joins the bare name. */
static void test_two_legal_forms_in_one_document_stay_apart(void **state) {
  Fixture *fx = *state;
  add(fx, 0, "name:kessler ag", FG_KIND_ORG, NULL, NULL);
  add(fx, 0, "name:kessler inc.", FG_KIND_ORG, NULL, NULL);
  add(fx, 1, "name:orvel mining company", FG_KIND_ORG, NULL, NULL);
  add(fx, 1, "name:orvel mining co.", FG_KIND_ORG, NULL, NULL);
  add(fx, 2, "name:brask ltd", FG_KIND_ORG, NULL, NULL);
  add(fx, 3, "name:brask", FG_KIND_ORG, NULL, NULL);
  resolve(fx);
  assert_int_not_equal(fx->map[0], fx->map[1]);
  assert_int_equal(fx->map[2], fx->map[3]);
  assert_int_equal(fx->map[4], fx->map[5]);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_surname_joins_its_one_full_name, setup, teardown),
      cmocka_unit_test_setup_teardown(test_surname_of_two_people_stays_apart, setup, teardown),
      cmocka_unit_test_setup_teardown(test_label_prefers_the_written_case, setup, teardown),
      cmocka_unit_test_setup_teardown(test_surname_joins_by_skeleton, setup, teardown),
      cmocka_unit_test_setup_teardown(test_skeleton_keeps_its_syllables, setup, teardown),
      cmocka_unit_test_setup_teardown(test_acronym_joins_its_one_organisation, setup, teardown),
      cmocka_unit_test_setup_teardown(test_legal_form_joins_its_company, setup, teardown),
      cmocka_unit_test_setup_teardown(test_acronym_leaves_itself_out, setup, teardown),
      cmocka_unit_test_setup_teardown(test_type_vote, setup, teardown),
      cmocka_unit_test_setup_teardown(test_fold_keeps_the_vote, setup, teardown),
      cmocka_unit_test(test_shared_name_iris_follow_documents),
      cmocka_unit_test_setup_teardown(test_label_without_latin_letters, setup, teardown),
      cmocka_unit_test_setup_teardown(test_label_counts_an_articles_hyphen, setup, teardown),
      cmocka_unit_test_setup_teardown(test_two_letter_skeleton_joins_nothing, setup, teardown),
      cmocka_unit_test_setup_teardown(test_two_legal_forms_in_one_document_stay_apart, setup,
                                      teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
