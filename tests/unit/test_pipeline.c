/* SPDX-License-Identifier: MIT */
/* End-to-end tests of the extraction pipeline through the public API
 * (factgraph/run.h and factgraph/graph.h), on short invented articles. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "factgraph/export.h"
#include "factgraph/graph.h"
#include "factgraph/run.h"
#include "factgraph/version.h"

static FgRun *new_run(void) {
  FgConfig config = fg_config_default();
  const char *dir = getenv("FACTGRAPH_ONTOLOGY");
  if (dir)
    config.ontology_dir = dir;
  FgRun *run = NULL;
  return fg_run_new(&config, &run) == FG_OK ? run : NULL;
}

static int setup(void **state) {
  FgRun *run = new_run();
  *state = run;
  return run ? 0 : -1;
}

static int teardown(void **state) {
  fg_run_free(*state);
  return 0;
}

static void add(FgRun *run, const char *id, const char *text) {
  assert_int_equal(fg_run_add_memory(run, id, text, strlen(text)), FG_OK);
}

static const FgGraph *finish(FgRun *run) {
  assert_int_equal(fg_run_finish(run), FG_OK);
  const FgGraph *graph = fg_run_graph(run);
  assert_non_null(graph);
  return graph;
}

static const char *label(const FgGraph *graph, uint32_t entity) {
  return entity == FG_NONE ? NULL : fg_graph_entity(graph, entity)->label;
}

/* The fact with this subject label, predicate and object label, or NULL. */
static const FgFact *find_fact(const FgGraph *graph, const char *subject,
                               const char *predicate, const char *object) {
  for (size_t i = 0; i < fg_graph_fact_count(graph); i++) {
    const FgFact *fact = fg_graph_fact(graph, i);
    const FgFactInput *c = &fact->claim;
    const char *o = label(graph, c->object);
    if (strcmp(c->predicate, predicate) == 0 &&
        strcmp(label(graph, c->subject), subject) == 0 && o &&
        strcmp(o, object) == 0)
      return fact;
  }
  return NULL;
}

static const char MEETING[] =
    "President Amara Okonkwo of Nigeria met with Kenyan Foreign Minister "
    "Wanjiru Kamau in the capital, Abuja, on Monday to discuss trade.";

static void test_meeting_and_positions(void **state) {
  FgRun *run = *state;
  add(run, "meeting.txt", MEETING);
  const FgGraph *graph = finish(run);

  uint32_t okonkwo = fg_graph_entity_find(graph, "Amara Okonkwo");
  assert_int_not_equal(okonkwo, FG_NONE);
  assert_string_equal(fg_graph_entity(graph, okonkwo)->type, "Person");

  const FgFact *met = find_fact(graph, "Amara Okonkwo", "metWith", "Wanjiru Kamau");
  assert_non_null(met);
  assert_false(met->claim.negated);
  assert_false(met->claim.former);
  assert_int_equal(met->source_count, 1);
  assert_true(met->evidence_count >= 1);
  FgEvidenceList list = {0};
  for (size_t i = 0; i < fg_graph_fact_count(graph); i++)
    if (fg_graph_fact(graph, i) == met)
      assert_int_equal(fg_graph_fact_evidence(graph, i, &list), FG_OK);
  assert_int_equal(list.count, met->evidence_count);
  assert_string_equal(fg_graph_document(graph, list.items[0].document)->id,
                      "meeting.txt");
  fg_evidence_list_free(&list);

  const FgFact *pres = find_fact(graph, "Amara Okonkwo", "holdsPosition", "Nigeria");
  assert_non_null(pres);
  assert_non_null(pres->claim.role);
  assert_string_equal(pres->claim.role, "President");

  const FgFact *fm = find_fact(graph, "Wanjiru Kamau", "holdsPosition", "Kenya");
  assert_non_null(fm);
  assert_non_null(fm->claim.role);
  assert_string_equal(fm->claim.role, "Foreign Minister");

  /* The roles are not crossed over. */
  assert_null(find_fact(graph, "Wanjiru Kamau", "holdsPosition", "Nigeria"));
}

/* An office written without a country falls back on the article's
 * country, but not for a person the article makes another country's
 * citizen ("his Orvanian counterpart, X"); the article's own minister
 * keeps it. */
static void test_assumed_office_yields_to_citizenship(void **state) {
  FgRun *run = *state;
  add(run, "talks.txt",
      "Tolvia and Orvania agree to talk\n\n"
      "Tolvian Foreign Minister Ivo Marsh and his Orvanian counterpart, Sara Vik, met in "
      "Geneva on Thursday.\n\n"
      "Vik, who was appointed foreign minister in January, said Orvania would attend.\n\n"
      "Tolvia will send its new trade minister, Lena Holm, who was appointed minister in May.\n");
  const FgGraph *graph = finish(run);
  assert_non_null(find_fact(graph, "Sara Vik", "citizenOf", "Orvania"));
  assert_null(find_fact(graph, "Sara Vik", "holdsPosition", "Tolvia"));
  assert_non_null(find_fact(graph, "Ivo Marsh", "holdsPosition", "Tolvia"));
}

static void test_passive_praise(void **state) {
  FgRun *run = *state;
  add(run, "praise.txt",
      "President Amara Okonkwo of Nigeria spoke to reporters in the capital "
      "for an hour on Monday. The Sahel Defence Alliance was praised by "
      "Okonkwo for its work.");
  const FgGraph *graph = finish(run);
  const FgFact *f =
      find_fact(graph, "Amara Okonkwo", "praised", "Sahel Defence Alliance");
  assert_non_null(f);
  assert_false(f->claim.negated);
  /* The passive must not be read the other way round. */
  assert_null(find_fact(graph, "Sahel Defence Alliance", "praised", "Amara Okonkwo"));
}

/* The "it" of what a company denies is the company, and the act denied is
 * negated; "it" after another verb of the speaker's stays unread. */
static void test_negation(void **state) {
  FgRun *run = *state;
  add(run, "refusal.txt",
      "Nigerian President Amara Okonkwo did not join the Sahel Defence "
      "Alliance, officials said.");
  add(run, "denial.txt",
      "Ostra Foods denied that it had bought Kemmel Dairy Ltd.\n\nLena Brisk "
      "praised Varn Capital and denied that it had bought Tolle Steel.");
  const FgGraph *graph = finish(run);
  const FgFact *f = find_fact(graph, "Amara Okonkwo", "joined", "Sahel Defence Alliance");
  assert_non_null(f);
  assert_true(f->claim.negated);
  f = find_fact(graph, "Ostra Foods", "acquired", "Kemmel Dairy Ltd");
  assert_non_null(f);
  assert_true(f->claim.negated);
  assert_null(find_fact(graph, "Varn Capital", "acquired", "Tolle Steel"));
}

/* How many facts link these labels by this predicate, and how many of
 * them are negated. */
static size_t count_facts(const FgGraph *graph, const char *subject, const char *predicate,
                          const char *object, size_t *negated) {
  size_t n = 0;
  *negated = 0;
  for (size_t i = 0; i < fg_graph_fact_count(graph); i++) {
    const FgFact *fact = fg_graph_fact(graph, i);
    const char *o = label(graph, fact->claim.object);
    if (strcmp(fact->claim.predicate, predicate) == 0 &&
        strcmp(label(graph, fact->claim.subject), subject) == 0 && o && strcmp(o, object) == 0) {
      n++;
      *negated += fact->claim.negated;
    }
  }
  return n;
}

/* One sentence that reads a claim at a noun and denies it at the verb
 * that governs the noun denies it; two sentences keep both readings. */
static void test_denial_in_the_same_sentence_wins(void **state) {
  FgRun *run = *state;
  add(run, "pending.txt",
      "Harwick Foods has not completed its takeover of Selby Dairies, its owner said.");
  add(run, "two-sentences.txt",
      "Corlin Mills announced its purchase of Tavish Grain in May. In June, Corlin Mills "
      "said it had not bought Tavish Grain.");
  const FgGraph *graph = finish(run);
  size_t negated = 0;
  assert_int_equal(count_facts(graph, "Harwick Foods", "acquired", "Selby Dairies", &negated), 1);
  assert_int_equal(negated, 1);
  assert_int_equal(count_facts(graph, "Corlin Mills", "acquired", "Tavish Grain", &negated), 2);
  assert_int_equal(negated, 1);
}

/* A tie in the past tense with an end date ("until 2020") is over, with
 * no word saying so; one still to come ("will lead Y until 2030") is not. */
static void test_former_leader(void **state) {
  FgRun *run = *state;
  add(run, "former.txt",
      "The former rebel commander Chidi Eze formerly led the Ogaden "
      "Liberation Front until 2019.");
  add(run, "until.txt",
      "Orla Quist, who led the Lindel Savings Bank until 2020, resigned.\n\n"
      "Ida Varne will lead the Korso Farmers Union until 2030.");
  const FgGraph *graph = finish(run);
  const FgFact *f = find_fact(graph, "Chidi Eze", "leaderOf", "Ogaden Liberation Front");
  assert_non_null(f);
  assert_true(f->claim.former);
  assert_false(f->claim.negated);
  f = find_fact(graph, "Orla Quist", "leaderOf", "Lindel Savings Bank");
  assert_non_null(f);
  assert_true(f->claim.former);
  f = find_fact(graph, "Ida Varne", "leaderOf", "Korso Farmers Union");
  assert_non_null(f);
  assert_false(f->claim.former);
}

/* A date inside a relative clause set off by commas dates that clause,
 * not the main clause around it, and the other way round. */
static void test_relative_clause_keeps_its_date(void **state) {
  FgRun *run = *state;
  add(run, "dates.txt",
      "Marta Kowal, who joined the National Renewal Party in 2019, now leads "
      "the Coastal Workers Union.\n\nTomas Reyna, who leads the Harbour "
      "Workers Union, joined the Vossen Party in 2011.");
  const FgGraph *graph = finish(run);
  const FgFact *joined = find_fact(graph, "Marta Kowal", "joined", "National Renewal Party");
  const FgFact *leads = find_fact(graph, "Marta Kowal", "leaderOf", "Coastal Workers Union");
  assert_non_null(joined);
  assert_non_null(leads);
  assert_non_null(joined->claim.time);
  assert_string_equal(joined->claim.time, "2019");
  assert_null(leads->claim.time);
  joined = find_fact(graph, "Tomas Reyna", "joined", "Vossen Party");
  leads = find_fact(graph, "Tomas Reyna", "leaderOf", "Harbour Workers Union");
  assert_non_null(joined);
  assert_non_null(leads);
  assert_non_null(joined->claim.time);
  assert_string_equal(joined->claim.time, "2011");
  assert_null(leads->claim.time);
}

/* "yesterday", "last month" and "last year" count back from the date in
 * the byline; "last week" names no day or month and dates nothing, and
 * "for the last year" is a span, not the year before. */
static void test_relative_dates_count_back_from_the_article_date(void **state) {
  FgRun *run = *state;
  add(run, "relative.txt",
      "Vossen Party gains\n\nBy Ana Pereira | Tuesday 3 March 2026\n\n"
      "Mara Quell joined the Vossen Party yesterday.\n\n"
      "Tomas Reyna joined the Harbour Workers Party last year.\n\n"
      "Lena Varga joined the Green Valley Party last month.\n\n"
      "Idris Haddad joined the Coastal Workers Party last week.\n\n"
      "Ana Ruiz has led the Rural Workers Party for the last year.");
  const FgGraph *graph = finish(run);
  const struct {
    const char *subject, *predicate, *object, *time;
  } cases[] = {{"Mara Quell", "joined", "Vossen Party", "2026-03-02"},
               {"Tomas Reyna", "joined", "Harbour Workers Party", "2025"},
               {"Lena Varga", "joined", "Green Valley Party", "2026-02"},
               {"Idris Haddad", "joined", "Coastal Workers Party", NULL},
               {"Ana Ruiz", "leaderOf", "Rural Workers Party", NULL}};
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const FgFact *f =
        find_fact(graph, cases[i].subject, cases[i].predicate, cases[i].object);
    assert_non_null(f);
    if (cases[i].time)
      assert_string_equal(f->claim.time, cases[i].time);
    else
      assert_null(f->claim.time);
  }
}

/* A hedge on a noun trigger ("the alleged killer of Y") hedges the fact;
 * the same apposition without it asserts it. */
static void test_alleged_killer_is_hedged(void **state) {
  FgRun *run = *state;
  add(run, "alleged.txt",
      "Henrik Sand, the alleged killer of Olav Brekke, was arrested on Monday.\n\n"
      "Ivo Mares, the killer of Tamsin Hale, was sentenced on Friday.");
  const FgGraph *graph = finish(run);
  const FgFact *alleged = find_fact(graph, "Henrik Sand", "killed", "Olav Brekke");
  const FgFact *plain = find_fact(graph, "Ivo Mares", "killed", "Tamsin Hale");
  assert_non_null(alleged);
  assert_non_null(plain);
  assert_int_equal(alleged->claim.modality, FG_MODALITY_HEDGED);
  assert_int_equal(plain->claim.modality, FG_MODALITY_ASSERTED);
}

/* A threat, a vow, a wish or a call to act states no act, nor does a planned
 * one (the act is only intended), and a failure to act negates it. */
static void test_intended_or_failed_act_is_not_asserted(void **state) {
  FgRun *run = *state;
  add(run, "threat.txt",
      "The Kidal Liberation Front threatened to attack Bamako.\n\n"
      "The Velm Front vows to attack Korvo.\n\n"
      "Olav Brekke wants to buy the Norvik Bank.\n\n"
      "The Kidal Liberation Front failed to capture Timbuktu.\n\n"
      "The Halden Group's planned takeover of the Norvik Bank was blocked.\n\n"
      "The Red Dune Brigade attacked Bamako on Monday.\n\n"
      "Darrow Mining was urged to sell Kelso Freight to Ambry Capital.\n\n"
      "Investors urged Pell Steel to sell Orvo Freight to Lusk Capital.");
  const FgGraph *graph = finish(run);
  const struct {
    const char *subject, *predicate, *object;
    FgModality modality;
    bool negated;
  } cases[] = {{"Kidal Liberation Front", "attacked", "Bamako", FG_MODALITY_FUTURE, false},
               {"Velm Front", "attacked", "Korvo", FG_MODALITY_FUTURE, false},
               {"Olav Brekke", "acquired", "Norvik Bank", FG_MODALITY_FUTURE, false},
               {"Kidal Liberation Front", "captured", "Timbuktu", FG_MODALITY_ASSERTED, true},
               {"Halden Group", "acquired", "Norvik Bank", FG_MODALITY_FUTURE, false},
               {"Red Dune Brigade", "attacked", "Bamako", FG_MODALITY_ASSERTED, false},
               /* an act only asked for: the buyer's "to" phrase too */
               {"Ambry Capital", "acquired", "Kelso Freight", FG_MODALITY_FUTURE, false},
               {"Lusk Capital", "acquired", "Orvo Freight", FG_MODALITY_FUTURE, false}};
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const FgFact *f =
        find_fact(graph, cases[i].subject, cases[i].predicate, cases[i].object);
    assert_non_null(f);
    assert_int_equal(f->claim.modality, cases[i].modality);
    assert_int_equal(f->claim.negated, cases[i].negated);
  }
}

static const char CEASEFIRE[] =
    "Militia commander Tunde Bakare met with Kenyan Foreign Minister Wanjiru "
    "Kamau in the town of Garissa on Tuesday to discuss the ceasefire.";
static const char TOUR[] =
    "Later in the week, the militia commander Tunde Bakare visited Somalia, "
    "where he was received by local officials at the airport.";

/* Writes "subject predicate object" lines for every fact. */
static char *describe(const FgGraph *graph) {
  size_t cap = 4096, len = 0;
  char *out = calloc(1, cap);
  assert_non_null(out);
  for (size_t i = 0; i < fg_graph_fact_count(graph); i++) {
    const FgFactInput *c = &fg_graph_fact(graph, i)->claim;
    const char *o = label(graph, c->object);
    int n = snprintf(out + len, cap - len, "%s %s %s\n", label(graph, c->subject),
                     c->predicate, o ? o : (c->literal ? c->literal : "-"));
    assert_true(n > 0 && (size_t)n < cap - len);
    len += (size_t)n;
  }
  return out;
}

/* Within one document: a respelt full name (Ahmed/Ahmad), a surname and an
 * acronym defined in brackets are the entities named before. */
static void test_names_within_a_document(void **state) {
  FgRun *run = *state;
  add(run, "within.txt",
      "Colonel Ahmed Sharif Bello met with President Amara Okonkwo in Abuja on "
      "Monday. Later, Ahmad Sharif Bello praised Okonkwo for the talks.\n\n"
      "The Sahel Defence Alliance (SDA) praised Amara Okonkwo on Tuesday. The "
      "SDA also praised Colonel Bello.");
  const FgGraph *graph = finish(run);
  uint32_t bello = fg_graph_entity_find(graph, "Ahmed Sharif Bello");
  assert_int_not_equal(bello, FG_NONE);
  assert_int_equal(fg_graph_entity_find(graph, "Ahmad Sharif Bello"), bello);
  assert_int_equal(fg_graph_entity_find(graph, "Bello"), bello);
  uint32_t sda = fg_graph_entity_find(graph, "Sahel Defence Alliance");
  assert_int_not_equal(sda, FG_NONE);
  assert_int_equal(fg_graph_entity_find(graph, "SDA"), sda);
  assert_non_null(find_fact(graph, "Sahel Defence Alliance", "praised", label(graph, bello)));
  assert_non_null(find_fact(graph, label(graph, bello), "praised", "Amara Okonkwo"));
}

/* An event noun after a determiner is an event ("that deadly attack"),
 * but "that" starting a clause is not: no event "usually means more
 * attacks". */
static void test_demonstrative_clause_is_no_event(void **state) {
  FgRun *run = *state;
  add(run, "events.txt",
      "Analysts in Dakar called the split bad news, as that usually means more "
      "attacks.\n\nThe army blamed the rebels for that deadly attack on the base.");
  const FgGraph *graph = finish(run);
  size_t events = 0;
  for (size_t i = 0; i < fg_graph_entity_count(graph); i++) {
    const FgEntity *e = fg_graph_entity(graph, i);
    if (strcmp(e->type, "Event") != 0)
      continue;
    events++;
    assert_string_equal(e->label, "deadly attack");
  }
  assert_int_equal(events, 1);
}

static void test_input_order_does_not_matter(void **state) {
  FgRun *first = *state;
  add(first, "a.txt", CEASEFIRE);
  add(first, "b.txt", TOUR);
  const FgGraph *g1 = finish(first);

  FgRun *second = new_run();
  assert_non_null(second);
  add(second, "b.txt", TOUR);
  add(second, "a.txt", CEASEFIRE);
  const FgGraph *g2 = finish(second);

  assert_true(fg_graph_fact_count(g1) >= 2);
  assert_int_equal(fg_graph_fact_count(g1), fg_graph_fact_count(g2));
  assert_int_equal(fg_graph_entity_count(g1), fg_graph_entity_count(g2));
  for (size_t i = 0; i < fg_graph_entity_count(g1); i++)
    assert_string_equal(fg_graph_entity(g1, i)->label, fg_graph_entity(g2, i)->label);
  char *d1 = describe(g1), *d2 = describe(g2);
  assert_string_equal(d1, d2);
  free(d1);
  free(d2);
  assert_non_null(find_fact(g1, "Tunde Bakare", "metWith", "Wanjiru Kamau"));
  assert_non_null(find_fact(g1, "Tunde Bakare", "visited", "Somalia"));
  fg_run_free(second);
}

static void test_empty_document(void **state) {
  FgRun *run = *state;
  assert_int_equal(fg_run_add_memory(run, "empty.txt", "", 0), FG_NOTHING);
  assert_int_equal(fg_run_add_memory(run, "blank.txt", " \n\t\n ", 5), FG_NOTHING);
  const FgGraph *graph = finish(run);
  assert_int_equal(fg_graph_fact_count(graph), 0);
}

static void test_binary_document(void **state) {
  FgRun *run = *state;
  static const char bytes[] = "\0\0\0\x01\x02\x7f\xff\xfe\0\0\x10\0";
  assert_int_equal(fg_run_add_memory(run, "blob.bin", bytes, sizeof bytes - 1),
                   FG_ERR_INPUT);
  /* The run stays usable after a rejected document. */
  add(run, "meeting.txt", MEETING);
  const FgGraph *graph = finish(run);
  assert_non_null(find_fact(graph, "Amara Okonkwo", "metWith", "Wanjiru Kamau"));
}

static void test_add_after_finish_is_refused(void **state) {
  FgRun *run = *state;
  finish(run);
  assert_int_equal(fg_run_add_memory(run, "late.txt", MEETING, strlen(MEETING)),
                   FG_ERR_USAGE);
}

static void count_spill_warnings(void *handle, const FgDiag *d) {
  if (d->severity == FG_SEV_WARNING && strstr(d->message, "temporary file"))
    (*(int *)handle)++;
}

enum { MEETINGS = 5000 };

/* Thousands of short articles, with TMPDIR set to tmpdir; their TSV. */
static char *many_meetings(const char *tmpdir, int *warnings, size_t *sources) {
  setenv("TMPDIR", tmpdir, 1);
  FgConfig config = fg_config_default();
  const char *dir = getenv("FACTGRAPH_ONTOLOGY");
  if (dir)
    config.ontology_dir = dir;
  config.diag = count_spill_warnings;
  config.diag_handle = warnings;
  FgRun *run = NULL;
  assert_int_equal(fg_run_new(&config, &run), FG_OK);
  for (int i = 0; i < MEETINGS; i++) {
    char id[32];
    snprintf(id, sizeof id, "m%04d.txt", i);
    add(run, id, MEETING);
  }
  const FgFact *met = find_fact(finish(run), "Amara Okonkwo", "metWith", "Wanjiru Kamau");
  assert_non_null(met);
  *sources = met->source_count;
  char *tsv = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&tsv, &len);
  assert_non_null(out);
  assert_int_equal(fg_run_write(run, FG_FORMAT_TSV, NULL, out), FG_OK);
  fclose(out);
  fg_run_free(run);
  unsetenv("TMPDIR");
  return tsv;
}

/* Past a megabyte the evidence goes to a temporary file; without a usable
 * TMPDIR it stays in memory, with one warning. The output is the same. */
static void test_evidence_on_disk_or_in_memory(void **state) {
  (void)state;
  int on_disk = 0, in_memory = 0;
  size_t disk_sources = 0, memory_sources = 0;
  char *disk = many_meetings("/tmp", &on_disk, &disk_sources);
  char *memory = many_meetings("/nonexistent/factgraph-test", &in_memory, &memory_sources);
  assert_int_equal(on_disk, 0);
  assert_int_equal(in_memory, 1);
  assert_int_equal(disk_sources, MEETINGS);
  assert_int_equal(memory_sources, MEETINGS);
  assert_true(strlen(disk) > (size_t)MEETINGS * 10);
  assert_string_equal(disk, memory);
  free(disk);
  free(memory);
}

/* A middle initial stays in the name, and the sentence is not cut there. */
static void test_middle_initials(void **state) {
  FgRun *run = *state;
  add(run, "initials.txt",
      "President Joaquim T. Mbeki met Vice President Hubert H. Okafor in Lagos on Monday.");
  const FgGraph *graph = finish(run);
  assert_non_null(find_fact(graph, "Joaquim T. Mbeki", "metWith", "Hubert H. Okafor"));
}

/* Initials that open a name stay in it ("L. Ron Hubbard", "K.C. Maurer");
 * an initialism ("U.S.") is no person's initial. */
static void test_leading_initials(void **state) {
  FgRun *run = *state;
  add(run, "leading.txt",
      "The Velm Guild was founded by science fiction writer T. Orrin Delacy in 1950. "
      "Later, R.J. Tamsin founded the Harlow Club. The U.S. Army said so.");
  const FgGraph *graph = finish(run);
  assert_non_null(find_fact(graph, "T. Orrin Delacy", "founded", "Velm Guild"));
  assert_non_null(find_fact(graph, "R.J. Tamsin", "founded", "Harlow Club"));
}

/* What the temporary-file hook heard: live files and every call. */
typedef struct {
  char temps[4][4096];
  bool live[4];
  size_t created, gone;
} Temps;

static bool track(void *handle, size_t index, const char *temp) {
  Temps *t = handle;
  assert_true(index < 4);
  if (temp) {
    assert_false(t->live[index]);
    snprintf(t->temps[index], sizeof t->temps[index], "%s", temp);
    /* told before the file exists */
    assert_int_not_equal(access(temp, F_OK), 0);
    t->created++;
  } else {
    assert_true(t->live[index]);
    t->gone++;
  }
  t->live[index] = temp != NULL;
  return true;
}

static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  char *text = calloc(1, 1 << 16);
  size_t n = fread(text, 1, (1 << 16) - 1, f);
  text[n] = '\0';
  fclose(f);
  return text;
}

/* Several outputs are all or none; each temporary file is announced
 * before it exists and retracted once renamed or removed. */
static void test_outputs_all_or_none(void **state) {
  FgRun *run = *state;
  add(run, "meeting.txt", MEETING);
  finish(run);
  char dir[] = "/tmp/fg-test-outputs-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char nt[256], tsv[256], bad[256], big[600];
  snprintf(nt, sizeof nt, "%s/x.nt", dir);
  snprintf(tsv, sizeof tsv, "%s/x.tsv", dir);
  snprintf(bad, sizeof bad, "%s/missing/x.ttl", dir);
  FILE *old = fopen(nt, "w");
  assert_non_null(old);
  fputs("old\n", old);
  fclose(old);
  FgOutput failing[] = {{FG_FORMAT_NTRIPLES, nt}, {FG_FORMAT_TSV, tsv},
                        {FG_FORMAT_TURTLE, bad}};
  Temps t;
  memset(&t, 0, sizeof t);
  assert_int_equal(fg_run_write_files(run, failing, 3, NULL, track, &t), FG_ERR_IO);
  char *text = slurp(nt);
  assert_string_equal(text, "old\n");
  free(text);
  assert_int_not_equal(access(tsv, F_OK), 0);
  /* the third is announced, then retracted when it cannot be made */
  assert_int_equal(t.created, 3);
  assert_int_equal(t.gone, 3);
  for (int i = 0; i < 3; i++)
    assert_int_not_equal(access(t.temps[i], F_OK), 0);
  /* a 255-byte name fits: the temporary file has a short name of its own */
  int n = snprintf(big, sizeof big, "%s/", dir);
  memset(big + n, 'n', 251);
  memcpy(big + n + 251, ".nt", 4);
  FgOutput good[] = {{FG_FORMAT_NTRIPLES, nt}, {FG_FORMAT_TSV, tsv},
                     {FG_FORMAT_NTRIPLES, big}};
  memset(&t, 0, sizeof t);
  assert_int_equal(fg_run_write_files(run, good, 3, NULL, track, &t), FG_OK);
  assert_int_equal(t.created, 3);
  assert_int_equal(t.gone, 3);
  text = slurp(nt);
  assert_non_null(strstr(text, "metWith"));
  free(text);
  assert_int_equal(unlink(nt), 0);
  assert_int_equal(unlink(tsv), 0);
  assert_int_equal(unlink(big), 0);
  assert_int_equal(rmdir(dir), 0);
}

/* The shipped knowledge files state their versions; nothing is made up
 * for an unknown file or a NULL run. */
static void test_versions(void **state) {
  const FgRun *run = *state;
  for (int file = FG_KNOWLEDGE_ONTOLOGY; file <= FG_KNOWLEDGE_LEXICON; file++) {
    const char *version = fg_run_version(run, (FgKnowledgeFile)file);
    assert_non_null(version);
    assert_true(version[0] >= '0' && version[0] <= '9');
  }
  assert_null(fg_run_version(run, (FgKnowledgeFile)(FG_KNOWLEDGE_LEXICON + 1)));
  assert_null(fg_run_version(NULL, FG_KNOWLEDGE_ONTOLOGY));
  assert_int_equal(fg_run_model_count(NULL), 0);
  assert_null(fg_run_model_name(NULL, 0));
  assert_null(fg_run_model_name(run, fg_run_model_count(run)));
  assert_non_null(fg_version());
  assert_string_equal(fg_version(), FG_VERSION);
}

/* What fg_run_add_files told and the run said, in order, as one text. */
typedef struct {
  FILE *log;
  size_t skip; /* the index the before hook refuses */
} Told;

static void log_diag(void *handle, const FgDiag *d) {
  Told *t = handle;
  fprintf(t->log, "diag %d %d %s %lu %s\n", (int)d->status, (int)d->severity,
          d->source ? d->source : "-", d->byte, d->message);
}

static bool log_before(void *handle, size_t index) {
  Told *t = handle;
  fprintf(t->log, "before %zu\n", index);
  return index != t->skip;
}

static void log_after(void *handle, size_t index, FgStatus status) {
  Told *t = handle;
  fprintf(t->log, "after %zu %d\n", index, (int)status);
}

/* The run's TSV after fg_run_add_files in jobs threads, then its log. */
static char *add_files_in(unsigned jobs, const char *const *paths, size_t count,
                          char **log) {
  size_t len = 0;
  Told told = {open_memstream(log, &len), 2};
  assert_non_null(told.log);
  FgConfig config = fg_config_default();
  const char *dir = getenv("FACTGRAPH_ONTOLOGY");
  if (dir)
    config.ontology_dir = dir;
  config.diag = log_diag;
  config.diag_handle = &told;
  FgRun *run = NULL;
  assert_int_equal(fg_run_new(&config, &run), FG_OK);
  FgFilesProgress progress = {log_before, log_after, &told};
  assert_int_equal(fg_run_add_files(run, paths, count, jobs, &progress), FG_ERR_IO);
  finish(run);
  char *tsv = NULL;
  FILE *out = open_memstream(&tsv, &len);
  assert_non_null(out);
  assert_int_equal(fg_run_write(run, FG_FORMAT_TSV, NULL, out), FG_OK);
  fclose(out);
  fclose(told.log);
  fg_run_free(run);
  return tsv;
}

/* Threads change nothing: the same graph, the same hooks and messages in
 * the same order, files named twice and skipped ones included. */
static void test_add_files_in_threads(void **state) {
  (void)state;
  char dir[] = "/tmp/fg-test-jobs-XXXXXX";
  assert_non_null(mkdtemp(dir));
  static const char *const texts[] = {
      "President Amara Okonkwo of Nigeria met Wanjiru Kamau in Nairobi.",
      "Wanjiru Kamau praised Amara Okonkwo on Tuesday.",
      "Mr. Tesfaye Alemu met Amara Okonkwo in Addis Ababa.",
      "", /* empty: a warning */
      "Wanjiru Kamau is the foreign minister of Kenya."};
  enum { TEXTS = sizeof texts / sizeof *texts, PATHS = TEXTS + 2 };
  char names[PATHS][64];
  const char *paths[PATHS];
  for (size_t i = 0; i < TEXTS; i++) {
    snprintf(names[i], sizeof names[i], "%s/a%zu.txt", dir, i);
    FILE *f = fopen(names[i], "w");
    assert_non_null(f);
    fputs(texts[i], f);
    fclose(f);
    paths[i] = names[i];
  }
  snprintf(names[TEXTS], sizeof names[TEXTS], "%s/./a0.txt", dir);
  snprintf(names[TEXTS + 1], sizeof names[TEXTS + 1], "%s/missing.txt", dir);
  paths[TEXTS] = names[TEXTS];
  paths[TEXTS + 1] = names[TEXTS + 1];
  char *log1 = NULL, *log3 = NULL;
  char *one = add_files_in(1, paths, PATHS, &log1);
  char *three = add_files_in(3, paths, PATHS, &log3);
  assert_non_null(strstr(one, "Wanjiru Kamau"));
  assert_null(strstr(one, "Tesfaye")); /* a2.txt was refused by before */
  assert_non_null(strstr(log1, "read already: skipped"));
  assert_string_equal(one, three);
  assert_string_equal(log1, log3);
  for (size_t i = 0; i < TEXTS; i++)
    unlink(names[i]);
  rmdir(dir);
  free(one);
  free(three);
  free(log1);
  free(log3);
}

/* A possessive "its" before
 * a role names the organisation spoken of ("Its leader, X"); a subject
 * "it" is not trusted to state a fact. */
static void test_its_leader_from_the_tree(void **state) {
  FgRun *run = *state;
  add(run, "its.txt",
      "The Tarn Farmers Movement backs the reform. Its leader, Pavel Horak, "
      "praised the vote. It founded the Tarn Youth League in May.");
  const FgGraph *graph = finish(run);
  assert_non_null(find_fact(graph, "Pavel Horak", "leaderOf", "Tarn Farmers Movement"));
  assert_null(find_fact(graph, "Tarn Farmers Movement", "founded", "Tarn Youth League"));
}

/* Titles of coordinated people stay with their own names: the parser
 * coordinates the names, and a title describes only the one it stands
 * before. A nationality word before a title is an adjective, not a name
 * of its own ("met with Kenyan ..."). */
static void test_coordinated_titles(void **state) {
  FgRun *run = *state;
  add(run, "pact.txt",
      "The Lake Basin Declaration, signed by Ugandan Prime Minister Ruth Akello "
      "Nabirye, Kenyan President Joel Kamau Otieno and the leaders of Rwanda and "
      "Burundi, establishes the Lake Security Compact. Later Ms. Nabirye met with "
      "Tanzanian Foreign Minister Asha Mrema in Kampala.");
  const FgGraph *graph = finish(run);
  assert_non_null(find_fact(graph, "Ruth Akello Nabirye", "holdsPosition", "Uganda"));
  assert_non_null(find_fact(graph, "Joel Kamau Otieno", "holdsPosition", "Kenya"));
  assert_null(find_fact(graph, "Joel Kamau Otieno", "holdsPosition", "Uganda"));
  assert_non_null(find_fact(graph, "Ruth Akello Nabirye", "metWith", "Asha Mrema"));
  assert_null(find_fact(graph, "Ruth Akello Nabirye", "metWith", "Tanzania"));
}

/* A nationality standing alone after "a" or "an" is a noun in
 * apposition ("X, an Indian,"): as an adjective the parser made the
 * article the verb's subject, and the sentence gave nothing. */
static void test_nationality_noun_in_apposition(void **state) {
  FgRun *run = *state;
  add(run, "hostages.txt",
      "Gopal Rao, an Indian, was freed by the Kessel Front on Monday. Anna Lutz, a "
      "German, was kidnapped by the Red Hand group in Kano.");
  const FgGraph *graph = finish(run);
  assert_non_null(find_fact(graph, "Kessel Front", "released", "Gopal Rao"));
  assert_non_null(find_fact(graph, "Red Hand", "kidnapped", "Anna Lutz"));
}

/* "Mr." and "Ms." say a person's gender, so "her" after "Mr. X" is the
 * woman named before him, not him. */
static void test_honorific_gender(void **state) {
  FgRun *run = *state;
  add(run, "rivals.txt",
      "Ms. Lina Okoro won the vote in Port Elmer. The result is a blow for Mr. Tobi "
      "Adeyemi, who opposed her candidacy in the courts last year.");
  const FgGraph *graph = finish(run);
  assert_non_null(find_fact(graph, "Tobi Adeyemi", "opposed", "Lina Okoro"));
  assert_null(find_fact(graph, "Tobi Adeyemi", "opposed", "Tobi Adeyemi"));
}

/* Examples the parser hangs on a noun's modifier ("defectors from the
 * organization including A and B") still illustrate the noun when their
 * class fits it; a newspaper named in between is not "the organization". */
static void test_examples_on_modifier_and_the_organization(void **state) {
  FgRun *run = *state;
  add(run, "fellowship.txt",
      "The Kestrel Fellowship runs schools across Belmora. Ivo Marek wrote for The "
      "Belmora Tribune, which attacked senior defectors from the organization "
      "including Tomas Brandl and Lena Sokol.");
  const FgGraph *graph = finish(run);
  assert_non_null(find_fact(graph, "Tomas Brandl", "memberOf", "Kestrel Fellowship"));
  assert_non_null(find_fact(graph, "Lena Sokol", "memberOf", "Kestrel Fellowship"));
  assert_null(find_fact(graph, "Lena Sokol", "memberOf", "Belmora Tribune"));
}

/* The person "according to" whom a sentence speaks is its source, not
 * its subject: "he" later in it is the person acted on. */
static void test_source_is_no_antecedent(void **state) {
  FgRun *run = *state;
  add(run, "source.txt",
      "Tomas Brandl sued the Velm Brotherhood in May. According to Ivo Marek the "
      "archive was handed to the group by Brandl shortly after he left the Velm "
      "Brotherhood.");
  const FgGraph *graph = finish(run);
  assert_non_null(find_fact(graph, "Tomas Brandl", "memberOf", "Velm Brotherhood"));
  assert_null(find_fact(graph, "Ivo Marek", "memberOf", "Velm Brotherhood"));
}

#define TEST(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void) {
  const struct CMUnitTest tests[] = {
      TEST(test_meeting_and_positions),
      TEST(test_assumed_office_yields_to_citizenship),
      TEST(test_passive_praise),
      TEST(test_middle_initials),
      TEST(test_leading_initials),
      TEST(test_negation),
      TEST(test_former_leader),
      TEST(test_relative_clause_keeps_its_date),
      TEST(test_relative_dates_count_back_from_the_article_date),
      TEST(test_alleged_killer_is_hedged),
      TEST(test_intended_or_failed_act_is_not_asserted),
      TEST(test_names_within_a_document),
      TEST(test_demonstrative_clause_is_no_event),
      TEST(test_input_order_does_not_matter),
      TEST(test_empty_document),
      TEST(test_binary_document),
      TEST(test_add_after_finish_is_refused),
      TEST(test_outputs_all_or_none),
      TEST(test_versions),
      TEST(test_its_leader_from_the_tree),
      TEST(test_coordinated_titles),
      TEST(test_nationality_noun_in_apposition),
      TEST(test_honorific_gender),
      TEST(test_examples_on_modifier_and_the_organization),
      TEST(test_source_is_no_antecedent),
      TEST(test_denial_in_the_same_sentence_wins),
      cmocka_unit_test(test_evidence_on_disk_or_in_memory),
      cmocka_unit_test(test_add_files_in_threads),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
