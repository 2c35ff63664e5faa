/* SPDX-License-Identifier: MIT */
/* Every extractor rule, shown firing and shown silent (issue 3).
 *
 * tests/unit/rule-cases.tsv holds one sentence per row (its header says
 * how). Each row is run through the public API as a small article of its
 * own, and the facts' provenance must name the row's rule, or must not.
 * The lexicon (ontology/lexicon.tsv, found through FACTGRAPH_ONTOLOGY) is
 * read too, so that a dep rule without both a firing and a silent row, or
 * an explicit known gap, fails the suite. */
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
#include "lexicon/lexicon.h"

/* Tests run from the repository root (make unit-tests). */
#define CASES_PATH "tests/unit/rule-cases.tsv"
#define MAX_CASES 4096

typedef enum {
  CASE_FIRES,      /* the sentence yields a fact by the rule */
  CASE_SILENT,     /* no fact by the rule */
  CASE_GAP_FIRES,  /* known gap: should fire, does not yet */
  CASE_GAP_SILENT  /* known gap: should be silent, fires yet */
} CaseKind;

static const struct {
  const char *name;
  CaseKind kind;
} KINDS[] = {{"fires", CASE_FIRES},
             {"silent", CASE_SILENT},
             {"gap-fires", CASE_GAP_FIRES},
             {"gap-silent", CASE_GAP_SILENT}};

enum { COL_RULE, COL_KIND, COL_SUBJECT, COL_OBJECT, COL_SENTENCE, COL_NOTE,
       COL_COUNT };

typedef struct {
  char *line;               /* owns the strings below, split in place */
  const char *col[COL_COUNT]; /* the note is NULL when absent */
  CaseKind kind;
  unsigned lineno;
} Case;

typedef struct {
  Case cases[MAX_CASES];
  size_t count;
  FgLexicon *lexicon;
} Fixture;

/* ---- reading the cases ------------------------------------------------- */

static bool parse_kind(const char *name, CaseKind *kind) {
  for (size_t i = 0; i < sizeof KINDS / sizeof KINDS[0]; i++)
    if (strcmp(KINDS[i].name, name) == 0) {
      *kind = KINDS[i].kind;
      return true;
    }
  return false;
}

/* Splits a row into its columns; false (with a message) when malformed. */
static bool parse_case(Case *c) {
  size_t n = 0;
  char *save = NULL;
  for (char *f = strtok_r(c->line, "\t", &save); f && n < COL_COUNT;
       f = strtok_r(NULL, "\t", &save))
    c->col[n++] = f;
  bool gap = n > COL_KIND && strncmp(c->col[COL_KIND], "gap-", 4) == 0;
  if (n < COL_NOTE || (gap && n < COL_COUNT) || strtok_r(NULL, "\t", &save)) {
    fprintf(stderr, "%s:%u: want 5 columns (6 for a gap)\n", CASES_PATH,
            c->lineno);
    return false;
  }
  if (!parse_kind(c->col[COL_KIND], &c->kind)) {
    fprintf(stderr, "%s:%u: unknown kind '%s'\n", CASES_PATH, c->lineno,
            c->col[COL_KIND]);
    return false;
  }
  return true;
}

static bool read_cases(Fixture *fx, FILE *file) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  unsigned lineno = 0;
  bool ok = true;
  while (ok && (len = getline(&line, &cap, file)) >= 0) {
    lineno++;
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
      line[--len] = '\0';
    if (len == 0 || line[0] == '#')
      continue;
    if (fx->count == MAX_CASES) {
      fprintf(stderr, "%s: more than %d rows\n", CASES_PATH, MAX_CASES);
      ok = false;
      break;
    }
    Case *c = &fx->cases[fx->count++];
    c->lineno = lineno;
    c->line = strdup(line);
    ok = c->line && parse_case(c);
  }
  free(line);
  return ok;
}

static void free_fixture(Fixture *fx) {
  if (!fx)
    return;
  for (size_t i = 0; i < fx->count; i++)
    free(fx->cases[i].line);
  fg_lexicon_free(fx->lexicon);
  free(fx);
}

static int setup(void **state) {
  Fixture *fx = calloc(1, sizeof *fx);
  if (!fx)
    return -1;
  *state = fx;
  const char *dir = getenv("FACTGRAPH_ONTOLOGY");
  char path[4096];
  snprintf(path, sizeof path, "%s/lexicon.tsv", dir ? dir : "ontology");
  if (fg_lexicon_load(path, NULL, NULL, &fx->lexicon) != FG_OK)
    return -1;
  FILE *file = fopen(CASES_PATH, "r");
  if (!file) {
    fprintf(stderr, "cannot open %s (run from the repository root)\n",
            CASES_PATH);
    return -1;
  }
  bool ok = read_cases(fx, file);
  fclose(file);
  return ok ? 0 : -1;
}

static int teardown(void **state) {
  free_fixture(*state);
  return 0;
}

/* ---- running a case ---------------------------------------------------- */

static FgRun *run_sentence(const char *sentence) {
  FgConfig config = fg_config_default();
  const char *dir = getenv("FACTGRAPH_ONTOLOGY");
  if (dir)
    config.ontology_dir = dir;
  FgRun *run = NULL;
  assert_int_equal(fg_run_new(&config, &run), FG_OK);
  /* A headline, a blank line, then the body: one line alone is a headline. */
  char text[2048];
  int n = snprintf(text, sizeof text, "Rule case\n\n%s\n", sentence);
  assert_true(n > 0 && (size_t)n < sizeof text);
  assert_int_equal(fg_run_add_memory(run, "case.txt", text, (size_t)n), FG_OK);
  assert_int_equal(fg_run_finish(run), FG_OK);
  return run;
}

static const char *object_text(const FgGraph *graph, const FgFactInput *c) {
  if (c->object != FG_NONE)
    return fg_graph_entity(graph, c->object)->label;
  return c->literal ? c->literal : "-";
}

static bool fact_has_rule(const FgGraph *graph, size_t i, const char *rule) {
  FgEvidenceList list = {0};
  bool found = false;
  assert_int_equal(fg_graph_fact_evidence(graph, i, &list), FG_OK);
  for (size_t e = 0; e < list.count; e++)
    found |= strcmp(list.items[e].rule, rule) == 0;
  fg_evidence_list_free(&list);
  return found;
}

static bool matches(const char *want, const char *have) {
  return strcmp(want, "-") == 0 || strcmp(want, have) == 0;
}

/* True when an asserted fact by the row's rule links its subject and
 * object ('-' matches anything). */
static bool rule_fires(const FgGraph *graph, const Case *c) {
  for (size_t i = 0; i < fg_graph_fact_count(graph); i++) {
    const FgFact *fact = fg_graph_fact(graph, i);
    const FgFactInput *claim = &fact->claim;
    if (fact_has_rule(graph, i, c->col[COL_RULE]) && !claim->negated &&
        matches(c->col[COL_SUBJECT],
                fg_graph_entity(graph, claim->subject)->label) &&
        matches(c->col[COL_OBJECT], object_text(graph, claim)))
      return true;
  }
  return false;
}

/* True when any fact at all carries the row's rule. */
static bool rule_used(const FgGraph *graph, const Case *c) {
  for (size_t i = 0; i < fg_graph_fact_count(graph); i++)
    if (fact_has_rule(graph, i, c->col[COL_RULE]))
      return true;
  return false;
}

static void print_facts(const FgGraph *graph) {
  if (fg_graph_fact_count(graph) == 0)
    fprintf(stderr, "    (no facts)\n");
  for (size_t i = 0; i < fg_graph_fact_count(graph); i++) {
    const FgFact *fact = fg_graph_fact(graph, i);
    const FgFactInput *c = &fact->claim;
    fprintf(stderr, "    %s | %s | %s%s [", fg_graph_entity(graph, c->subject)->label,
            c->predicate, object_text(graph, c), c->negated ? " (negated)" : "");
    FgEvidenceList list = {0};
    if (fg_graph_fact_evidence(graph, i, &list) == FG_OK)
      for (size_t e = 0; e < list.count; e++)
        fprintf(stderr, "%s%s", e ? " " : "", list.items[e].rule);
    fg_evidence_list_free(&list);
    fprintf(stderr, "]\n");
  }
}

/* What the row expects, and the message when the sentence disagrees. */
static bool case_holds(const FgGraph *graph, const Case *c, const char **why) {
  switch (c->kind) {
  case CASE_FIRES:
    *why = "does not fire with this subject and object";
    return rule_fires(graph, c);
  case CASE_SILENT:
    *why = "fires on a sentence where it should stay silent";
    return !rule_used(graph, c);
  case CASE_GAP_FIRES:
    *why = "known gap closed: it fires now, make the row 'fires'";
    return !rule_fires(graph, c);
  case CASE_GAP_SILENT:
    *why = "known gap closed: it is silent now, make the row 'silent'";
    return rule_used(graph, c);
  }
  return false;
}

static bool check_case(const Case *c) {
  FgRun *run = run_sentence(c->col[COL_SENTENCE]);
  const FgGraph *graph = fg_run_graph(run);
  const char *why = NULL;
  bool ok = case_holds(graph, c, &why);
  if (!ok) {
    fprintf(stderr, "%s:%u: %s %s (%s -> %s)\n  sentence: %s\n  facts:\n",
            CASES_PATH, c->lineno, c->col[COL_RULE], why, c->col[COL_SUBJECT],
            c->col[COL_OBJECT], c->col[COL_SENTENCE]);
    print_facts(graph);
  }
  fg_run_free(run);
  return ok;
}

static void test_every_case_holds(void **state) {
  Fixture *fx = *state;
  assert_true(fx->count > 0);
  size_t failed = 0;
  for (size_t i = 0; i < fx->count; i++)
    failed += !check_case(&fx->cases[i]);
  assert_int_equal(failed, 0);
}

/* ---- coverage ------------------------------------------------------------ */

static size_t count_rows(const Fixture *fx, const char *rule, CaseKind kind) {
  size_t n = 0;
  for (size_t i = 0; i < fx->count; i++) {
    const Case *c = &fx->cases[i];
    n += c->kind == kind && strcmp(c->col[COL_RULE], rule) == 0;
  }
  return n;
}

/* A rule needs a firing row or a known gap for it, and likewise for
 * silence; a gap beside a passing row of the same side is stale. */
static bool rule_covered(const Fixture *fx, const char *rule) {
  size_t fires = count_rows(fx, rule, CASE_FIRES);
  size_t silent = count_rows(fx, rule, CASE_SILENT);
  size_t gap_fires = count_rows(fx, rule, CASE_GAP_FIRES);
  size_t gap_silent = count_rows(fx, rule, CASE_GAP_SILENT);
  bool ok = true;
  if (fires + gap_fires == 0 || silent + gap_silent == 0) {
    fprintf(stderr, "%s: rule %s lacks a %s row\n", CASES_PATH, rule,
            fires + gap_fires == 0 ? "fires" : "silent");
    ok = false;
  }
  if ((fires && gap_fires) || (silent && gap_silent)) {
    fprintf(stderr, "%s: rule %s has a stale gap row\n", CASES_PATH, rule);
    ok = false;
  }
  return ok;
}

static bool lexicon_has_rule(const FgLexicon *lex, const char *rule) {
  for (size_t i = 0; i < fg_lexicon_dep_count(lex); i++)
    if (strcmp(fg_lexicon_dep(lex, i)->id, rule) == 0)
      return true;
  return false;
}

static void test_every_rule_is_covered(void **state) {
  Fixture *fx = *state;
  const FgLexicon *lex = fx->lexicon;
  size_t missing = 0, rules = 0;
  for (size_t i = 0; i < fg_lexicon_dep_count(lex); i++, rules++)
    missing += !rule_covered(fx, fg_lexicon_dep(lex, i)->id);
  assert_true(fg_lexicon_dep_count(lex) > 0);
  assert_true(rules > 0);
  assert_int_equal(missing, 0);
}

/* A row naming no rule of the lexicon (a typo, a removed rule) tests
 * nothing: silent rows would pass forever. */
static void test_every_case_names_a_rule(void **state) {
  Fixture *fx = *state;
  size_t unknown = 0;
  for (size_t i = 0; i < fx->count; i++) {
    const Case *c = &fx->cases[i];
    if (!lexicon_has_rule(fx->lexicon, c->col[COL_RULE])) {
      fprintf(stderr, "%s:%u: no rule %s in the lexicon\n", CASES_PATH,
              c->lineno, c->col[COL_RULE]);
      unknown++;
    }
  }
  assert_int_equal(unknown, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_every_case_names_a_rule),
      cmocka_unit_test(test_every_rule_is_covered),
      cmocka_unit_test(test_every_case_holds),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
