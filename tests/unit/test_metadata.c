/* SPDX-License-Identifier: MIT */
/* Document metadata read from the text's layout (src/input/metadata.c),
 * through the public API: datelines give the place and the agency, a
 * headline is a short line set off by a blank line. Invented articles. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "factgraph/graph.h"
#include "factgraph/run.h"

static int setup(void **state) {
  FgConfig config = fg_config_default();
  const char *dir = getenv("FACTGRAPH_ONTOLOGY");
  if (dir)
    config.ontology_dir = dir;
  FgRun *run = NULL;
  if (fg_run_new(&config, &run) != FG_OK)
    return -1;
  *state = run;
  return 0;
}

static int teardown(void **state) {
  fg_run_free(*state);
  return 0;
}

/* Reads each text as a document named by its index; the graph after. */
static const FgGraph *read_all(FgRun *run, const char *const *texts, size_t n) {
  for (size_t i = 0; i < n; i++) {
    char id[32];
    snprintf(id, sizeof id, "%zu.txt", i);
    assert_int_equal(fg_run_add_memory(run, id, texts[i], strlen(texts[i])), FG_OK);
  }
  assert_int_equal(fg_run_finish(run), FG_OK);
  return fg_run_graph(run);
}

static const FgDocument *doc(const FgGraph *graph, size_t i) {
  char id[32];
  snprintf(id, sizeof id, "%zu.txt", i);
  for (size_t d = 0; d < fg_graph_document_count(graph); d++)
    if (strcmp(fg_graph_document(graph, d)->id, id) == 0)
      return fg_graph_document(graph, d);
  fail_msg("no document %s", id);
  return NULL;
}

static void expect(const char *what, const char *got, const char *want) {
  if (!want && got)
    fail_msg("%s: \"%s\", expected none", what, got);
  if (want && (!got || strcmp(got, want) != 0))
    fail_msg("%s: \"%s\", expected \"%s\"", what, got ? got : "(none)", want);
}

static void test_dateline_place_and_agency(void **state) {
  static const struct {
    const char *text, *place, *publisher, *date;
  } cases[] = {
      {"Plant Fire Kills Two\n\nDAYTON, Ohio (AP) \xE2\x80\x94 A fire at a paint plant killed two "
       "workers on Monday, the county coroner said.",
       "Dayton, Ohio", "Associated Press", NULL},
      {"WASHINGTON, Nov. 12 (Reuters) - The Senate approved a stopgap spending bill on Tuesday "
       "after a week of talks.",
       "Washington", "Reuters", "--11-12"},
      {"NEW YORK \xE2\x80\x94 Shares of the retailer fell sharply after it cut its forecast for "
       "the year.",
       "New York", NULL, NULL},
      {"BEIRUT, Lebanon, March 3 (AFP) -- Rescue workers pulled three people alive from a "
       "collapsed building in the south of the city.",
       "Beirut, Lebanon", "Agence France-Presse", "--03-03"},
      {"RIO DE JANEIRO (Xinhuanet) - Heavy rain flooded several streets in the north of the "
       "city overnight.",
       "Rio de Janeiro", "Xinhuanet", NULL},
      /* the text names its publisher: the agency does not replace it */
      {"Ferry Service Resumes\n\nPORTLAND, Maine (AP) \xE2\x80\x94 The ferry service resumed on "
       "Friday after a storm, a spokeswoman for the port told CNN.",
       "Portland, Maine", "CNN", NULL},
      /* an agency alone, and a report from two places */
      {"(CNN) \xE2\x80\x94 Floods cut off two villages in the north of the country on Sunday.",
       NULL, "CNN", NULL},
      {"BERLIN/PARIS, Dec 5 (Reuters) - The two governments agreed on a joint budget plan.",
       "Berlin/Paris", "Reuters", NULL},
      /* no dateline */
      {"Prosecutors in the city charged two men with fraud on Monday, court records show.", NULL,
       NULL, NULL},
      {"NASA said on Monday that the launch \xE2\x80\x94 its third this year \xE2\x80\x94 would "
       "slip to June.",
       NULL, NULL, NULL},
  };
  size_t n = sizeof cases / sizeof cases[0];
  const char *texts[sizeof cases / sizeof cases[0]];
  for (size_t i = 0; i < n; i++)
    texts[i] = cases[i].text;
  const FgGraph *graph = read_all(*state, texts, n);
  for (size_t i = 0; i < n; i++) {
    const FgDocument *d = doc(graph, i);
    expect(texts[i], d->dateline_place, cases[i].place);
    expect(texts[i], d->publisher, cases[i].publisher);
    if (cases[i].date)
      expect(texts[i], d->date, cases[i].date);
  }
}

/* The dateline is a sentence of its own: no fact has its place or agency,
 * and no evidence sentence starts with it. */
static void test_dateline_makes_no_facts(void **state) {
  static const char *const texts[] = {
      "CAIRO, Egypt (Reuters) \xE2\x80\x94 Egypt and Sudan signed a water agreement on Sunday.",
      "KHARTOUM \xE2\x80\x94 Sudan's army said it had retaken the airport.",
  };
  const FgGraph *graph = read_all(*state, texts, 2);
  for (size_t i = 0; i < fg_graph_fact_count(graph); i++) {
    const FgFact *f = fg_graph_fact(graph, i);
    const FgFactInput *c = &f->claim;
    const char *s = fg_graph_entity(graph, c->subject)->label;
    const char *o = c->object == FG_NONE ? "" : fg_graph_entity(graph, c->object)->label;
    if (strstr(s, "Reuters") || strstr(o, "Reuters") || strcmp(s, "Cairo") == 0 ||
        strcmp(o, "Cairo") == 0 || strcmp(o, "Khartoum") == 0)
      fail_msg("a fact from the dateline: %s %s %s", s, c->predicate, o);
  }
}

static void test_headline_by_layout(void **state) {
  static const struct {
    const char *text, *headline;
  } cases[] = {
      {"Storm Floods Coastal Towns\n\nHeavy rain flooded three towns on the coast on Sunday, "
       "and hundreds of people left their homes.",
       "Storm Floods Coastal Towns"},
      /* lower case, no final period */
      {"Storm floods three coastal towns\n\nHeavy rain flooded three towns on the coast on "
       "Sunday.",
       "Storm floods three coastal towns"},
      /* a final period, but in title case */
      {"Storm Floods Three Coastal Towns.\n\nHeavy rain flooded three towns on the coast.",
       "Storm Floods Three Coastal Towns."},
      /* one sentence: all body */
      {"Heavy rain flooded three towns on the coast.", NULL},
      /* one paragraph of short sentences: all body */
      {"Rain flooded three towns. Hundreds left home. Roads closed.", NULL},
      /* a short first sentence ending in a period, not in title case */
      {"Rain flooded three towns.\n\nHundreds of people left their homes on Sunday night.",
       NULL},
      /* a first line without a blank line after it, in a text of blank
       * lines between paragraphs: the first line of the body */
      {"Storm floods three coastal towns\nHeavy rain flooded three towns on Sunday.\n\nRoads "
       "closed on Monday.",
       NULL},
      /* one line per paragraph, no blank line anywhere: lines are blocks */
      {"Storm floods three coastal towns\nHeavy rain flooded three towns on Sunday.\nRoads "
       "closed on Monday.",
       "Storm floods three coastal towns"},
      /* a final period, then page furniture: still the headline */
      {"Share:\n\nStorm floods three coastal towns.\n\nRelated Articles\n\nHeavy rain flooded "
       "three towns on the coast on Sunday, and hundreds of people left their homes.",
       "Storm floods three coastal towns."},
      /* too short: page furniture */
      {"Main Image\n\nHeavy rain flooded three towns on the coast on Sunday, and hundreds of "
       "people left their homes.",
       NULL},
      /* a date line or a byline right under it sets it off; neither is
       * a headline itself */
      {"Storm floods three coastal towns\nPublished 12 May 2023\n\nHeavy rain flooded three "
       "towns on Sunday.\n\nRoads closed on Monday.",
       "Storm floods three coastal towns"},
      {"Storm floods three coastal towns\nBy Jane Holt\n\nHeavy rain flooded three towns on "
       "Sunday.\n\nRoads closed on Monday.",
       "Storm floods three coastal towns"},
      {"Updated: March 3, 2024\n\nHeavy rain flooded three towns on the coast on Sunday, and "
       "hundreds of people left their homes.",
       NULL},
      /* a dateline is no headline */
      {"LONDON \xE2\x80\x94 Heavy rain flooded three towns.\n\nRoads closed.", NULL},
  };
  size_t n = sizeof cases / sizeof cases[0];
  const char *texts[sizeof cases / sizeof cases[0]];
  for (size_t i = 0; i < n; i++)
    texts[i] = cases[i].text;
  const FgGraph *graph = read_all(*state, texts, n);
  for (size_t i = 0; i < n; i++)
    expect(texts[i], doc(graph, i)->headline, cases[i].headline);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_dateline_place_and_agency, setup, teardown),
      cmocka_unit_test_setup_teardown(test_dateline_makes_no_facts, setup, teardown),
      cmocka_unit_test_setup_teardown(test_headline_by_layout, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
