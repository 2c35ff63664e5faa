/* SPDX-License-Identifier: MIT */
/* Unit tests for src/lexicon/gazetteer.c against ontology/gazetteer.ttl
 * (found through FACTGRAPH_ONTOLOGY) and small Turtle files written to a
 * temporary directory. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lexicon/gazetteer.h"

#define PREFIXES                                                         \
  "@prefix fg: <https://w3id.org/factgraph/ontology#> .\n"               \
  "@prefix gz: <https://w3id.org/factgraph/gazetteer/> .\n"              \
  "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"                    \
  "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"             \
  "@prefix wd: <http://www.wikidata.org/entity/> .\n"

/* PREFIXES is five lines: the first line of a test body is line 6. */
#define FIRST_LINE 6

static const char *const file_names[] = {"a.ttl", "b.ttl", "c.ttl",
                                         "broken.ttl", "empty.ttl"};

typedef struct {
  FgGazetteer *gaz; /* the project's gazetteer, loaded once */
  char dir[64];     /* temporary directory for the test's own files */
} Fixture;

/* Diagnostics of one load; strings copied since FgDiag is borrowed. */
typedef struct {
  int warnings;
  int errors;
  FgStatus status;
  unsigned long line;
  char source[256];
  char message[512];
} Diags;

static void collect(void *handle, const FgDiag *diag) {
  Diags *diags = handle;
  if (diag->severity == FG_SEV_ERROR)
    diags->errors++;
  if (diag->severity == FG_SEV_WARNING)
    diags->warnings++;
  diags->status = diag->status;
  diags->line = diag->line;
  snprintf(diags->source, sizeof diags->source, "%s",
           diag->source ? diag->source : "");
  snprintf(diags->message, sizeof diags->message, "%s",
           diag->message ? diag->message : "");
}

static int setup(void **state) {
  const char *dir = getenv("FACTGRAPH_ONTOLOGY");
  if (!dir) {
    fprintf(stderr, "FACTGRAPH_ONTOLOGY is not set\n");
    return -1;
  }
  Fixture *fx = calloc(1, sizeof *fx);
  if (!fx || fg_gazetteer_new(&fx->gaz) != FG_OK) {
    free(fx);
    return -1;
  }
  char path[4096];
  snprintf(path, sizeof path, "%s/gazetteer.ttl", dir);
  Diags diags = {0};
  FgStatus status = fg_gazetteer_load(fx->gaz, path, collect, &diags);
  snprintf(fx->dir, sizeof fx->dir, "/tmp/fg-test-gazetteer-XXXXXX");
  if (status != FG_OK || diags.warnings + diags.errors != 0 ||
      !mkdtemp(fx->dir)) {
    fprintf(stderr, "%s:%lu: %s\n", diags.source, diags.line, diags.message);
    fg_gazetteer_free(fx->gaz);
    free(fx);
    return -1;
  }
  *state = fx;
  return 0;
}

static int teardown(void **state) {
  Fixture *fx = *state;
  char path[128];
  for (size_t i = 0; i < sizeof file_names / sizeof file_names[0]; i++) {
    snprintf(path, sizeof path, "%s/%s", fx->dir, file_names[i]);
    unlink(path);
  }
  rmdir(fx->dir);
  fg_gazetteer_free(fx->gaz);
  free(fx);
  return 0;
}

/* Writes text (after the prefixes) to dir/name; returns a static path. */
static const char *write_file(const Fixture *fx, const char *name,
                              const char *text) {
  static char path[4][128];
  static int next;
  char *out = path[next++ % 4];
  snprintf(out, sizeof path[0], "%s/%s", fx->dir, name);
  FILE *file = fopen(out, "w");
  assert_non_null(file);
  assert_true(fputs(PREFIXES, file) >= 0);
  assert_true(fputs(text, file) >= 0);
  assert_int_equal(fclose(file), 0);
  return out;
}

static bool has(const char *const *list, size_t count, const char *str) {
  for (size_t i = 0; i < count; i++)
    if (strcmp(list[i], str) == 0)
      return true;
  return false;
}

static const FgGazEntry *find(const FgGazetteer *gaz, const char *slug) {
  const FgGazEntry *entry = fg_gazetteer_find(gaz, slug);
  if (!entry)
    fail_msg("no gazetteer entry '%s'", slug);
  return entry;
}

static void test_syria(void **state) {
  const Fixture *fx = *state;
  const FgGazEntry *syria = find(fx->gaz, "syria");
  assert_string_equal(syria->slug, "syria");
  assert_string_equal(syria->label, "Syria");
  assert_string_equal(syria->type, "Country");
  assert_non_null(syria->wikidata);
  assert_string_equal(syria->wikidata, "Q858");
  assert_true(has(syria->demonyms, syria->demonym_count, "Syrian"));
  assert_true(has(syria->metonyms, syria->metonym_count, "Damascus"));
  assert_true(has(syria->alt_labels, syria->alt_count,
                  "Syrian Arab Republic"));
  /* A demonym or metonym is not an alias. */
  assert_false(has(syria->alt_labels, syria->alt_count, "Syrian"));
  assert_false(has(syria->alt_labels, syria->alt_count, "Damascus"));
}

static void test_united_states(void **state) {
  const Fixture *fx = *state;
  const FgGazEntry *us = find(fx->gaz, "united-states");
  assert_string_equal(us->type, "Country");
  assert_string_equal(us->wikidata, "Q30");
  assert_true(has(us->alt_labels, us->alt_count, "U.S."));
  assert_true(has(us->alt_labels, us->alt_count, "USA"));
  assert_true(has(us->alt_labels, us->alt_count, "United States of America"));
  assert_true(has(us->demonyms, us->demonym_count, "American"));
  assert_false(has(us->demonyms, us->demonym_count, "U.S."));
  assert_true(has(us->metonyms, us->metonym_count, "Washington"));
}

/* A US state's abbreviation is found with its periods and case folded
 * away, and is no alias: the name index never matches "Mass" as a name. */
static void test_state_abbreviations(void **state) {
  const Fixture *fx = *state;
  const FgGazEntry *mass = find(fx->gaz, "massachusetts");
  assert_true(has(mass->abbreviations, mass->abbreviation_count, "Mass."));
  assert_false(has(mass->alt_labels, mass->alt_count, "Mass."));
  size_t i = fg_gazetteer_find_abbreviation(fx->gaz, "mass");
  assert_int_not_equal(i, SIZE_MAX);
  assert_string_equal(fg_gazetteer_entry(fx->gaz, i)->slug, "massachusetts");
  i = fg_gazetteer_find_abbreviation(fx->gaz, "nc");
  assert_int_not_equal(i, SIZE_MAX);
  assert_string_equal(fg_gazetteer_entry(fx->gaz, i)->label, "North Carolina");
  assert_int_equal(fg_gazetteer_find_abbreviation(fx->gaz, "massa"), SIZE_MAX);
  assert_int_equal(fg_gazetteer_find_abbreviation(fx->gaz, "mas"), SIZE_MAX);
}

static void test_islamic_state_aliases(void **state) {
  const Fixture *fx = *state;
  const FgGazEntry *is = find(fx->gaz, "islamic-state");
  assert_string_equal(is->label, "Islamic State");
  assert_string_equal(is->type, "ArmedGroup");
  assert_string_equal(is->wikidata, "Q2429253");
  static const char *const aliases[] = {
      "ISIS", "ISIL", "IS", "Daesh", "Islamic State of Iraq and the Levant",
      "Islamic State of Iraq and Syria", "the Islamic State"};
  for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
    if (!has(is->alt_labels, is->alt_count, aliases[i]))
      fail_msg("'%s' is not an alias of Islamic State", aliases[i]);
  assert_int_equal(is->demonym_count, 0);
  assert_int_equal(is->metonym_count, 0);
}

static void test_capitals_are_separate_cities(void **state) {
  const Fixture *fx = *state;
  const FgGazEntry *damascus = find(fx->gaz, "damascus");
  assert_string_equal(damascus->type, "City");
  assert_string_equal(damascus->label, "Damascus");
  const FgGazEntry *washington = find(fx->gaz, "washington-dc");
  assert_string_equal(washington->label, "Washington");
  assert_true(has(washington->alt_labels, washington->alt_count,
                  "Washington, D.C."));
  assert_string_equal(find(fx->gaz, "reuters")->type, "MediaOrganization");
  assert_string_equal(find(fx->gaz, "nato")->type,
                      "InternationalOrganization");
  assert_string_equal(find(fx->gaz, "kremlin")->type, "GovernmentBody");
}

static void test_every_state_is_there(void **state) {
  const Fixture *fx = *state;
  size_t countries = 0;
  for (size_t i = 0; i < fg_gazetteer_count(fx->gaz); i++)
    if (strcmp(fg_gazetteer_entry(fx->gaz, i)->type, "Country") == 0)
      countries++;
  /* 193 UN member states plus Palestine, Kosovo, Taiwan, Vatican City, and
   * eight states that no longer exist (Soviet Union, Yugoslavia, ...). */
  assert_int_equal(countries, 205);
  assert_non_null(fg_gazetteer_find(fx->gaz, "palestine"));
  assert_non_null(fg_gazetteer_find(fx->gaz, "vatican-city"));
}

static void test_entries_are_sorted_and_complete(void **state) {
  const Fixture *fx = *state;
  size_t count = fg_gazetteer_count(fx->gaz);
  assert_true(count > 400);
  for (size_t i = 0; i < count; i++) {
    const FgGazEntry *entry = fg_gazetteer_entry(fx->gaz, i);
    assert_non_null(entry->slug);
    assert_non_null(entry->label);
    assert_non_null(entry->type);
    assert_ptr_equal(fg_gazetteer_find(fx->gaz, entry->slug), entry);
    if (i > 0 &&
        strcmp(fg_gazetteer_entry(fx->gaz, i - 1)->slug, entry->slug) >= 0)
      fail_msg("'%s' is out of order", entry->slug);
  }
  assert_null(fg_gazetteer_entry(fx->gaz, count));
  assert_null(fg_gazetteer_find(fx->gaz, "atlantis"));
}

/* A gazetteer of the files first and second, loaded without a warning. */
static FgGazetteer *load_two(const char *first, const char *second) {
  FgGazetteer *gaz = NULL;
  assert_int_equal(fg_gazetteer_new(&gaz), FG_OK);
  Diags diags = {0};
  assert_int_equal(fg_gazetteer_load(gaz, first, collect, &diags), FG_OK);
  assert_int_equal(fg_gazetteer_load(gaz, second, collect, &diags), FG_OK);
  assert_int_equal(diags.warnings + diags.errors, 0);
  return gaz;
}

static void test_later_file_merges_labels(void **state) {
  const Fixture *fx = *state;
  const char *a = write_file(fx, "a.ttl",
                             "gz:foo a fg:City ; skos:prefLabel \"Foo\" ;\n"
                             "  skos:altLabel \"F1\" ; fg:metonym \"M\" ;\n"
                             "  owl:sameAs wd:Q1 .\n"
                             "gz:bar a fg:Region ; skos:prefLabel \"Bar\" .\n");
  const char *b = write_file(fx, "b.ttl",
                             "gz:foo skos:altLabel \"F2\" , \"F1\" , \"Foo\" ;\n"
                             "  skos:prefLabel \"Fooville\" ;\n"
                             "  fg:metonym \"M\" ; owl:sameAs wd:Q2 .\n");
  FgGazetteer *gaz = load_two(a, b);
  assert_int_equal(fg_gazetteer_count(gaz), 2);
  assert_string_equal(fg_gazetteer_entry(gaz, 0)->slug, "bar");
  const FgGazEntry *foo = fg_gazetteer_entry(gaz, 1);
  assert_string_equal(foo->slug, "foo");
  assert_string_equal(foo->label, "Fooville");
  assert_string_equal(foo->type, "City");
  assert_string_equal(foo->wikidata, "Q2");
  assert_int_equal(foo->alt_count, 3);
  assert_true(has(foo->alt_labels, foo->alt_count, "F1"));
  assert_true(has(foo->alt_labels, foo->alt_count, "F2"));
  assert_true(has(foo->alt_labels, foo->alt_count, "Foo"));
  assert_int_equal(foo->metonym_count, 1);
  fg_gazetteer_free(gaz);
}

static void test_incomplete_entries_are_skipped(void **state) {
  const Fixture *fx = *state;
  const char *path = write_file(fx, "c.ttl",
                                "gz:good a fg:City ; skos:prefLabel \"Good\" .\n"
                                "gz:untyped skos:prefLabel \"Untyped\" .\n"
                                "gz:unnamed a fg:City .\n"
                                "gz:foreign a owl:Thing ; skos:prefLabel \"F\" .\n");
  FgGazetteer *gaz = NULL;
  assert_int_equal(fg_gazetteer_new(&gaz), FG_OK);
  Diags diags = {0};
  assert_int_equal(fg_gazetteer_load(gaz, path, collect, &diags), FG_OK);
  assert_int_equal(diags.warnings, 3);
  assert_int_equal(diags.errors, 0);
  assert_string_equal(diags.source, path);
  assert_true(diags.line >= FIRST_LINE && diags.line <= FIRST_LINE + 3);
  assert_non_null(strstr(diags.message, "foreign"));
  assert_int_equal(fg_gazetteer_count(gaz), 1);
  assert_non_null(fg_gazetteer_find(gaz, "good"));
  assert_null(fg_gazetteer_find(gaz, "untyped"));
  assert_null(fg_gazetteer_find(gaz, "unnamed"));
  fg_gazetteer_free(gaz);
}

static void test_first_type_and_english_label_win(void **state) {
  const Fixture *fx = *state;
  const char *path = write_file(
      fx, "c.ttl",
      "gz:x a fg:City , fg:Region ;\n"
      "  skos:prefLabel \"Ixstadt\"@de , \"Ex\"@en , \"Second\" .\n");
  FgGazetteer *gaz = NULL;
  assert_int_equal(fg_gazetteer_new(&gaz), FG_OK);
  Diags diags = {0};
  assert_int_equal(fg_gazetteer_load(gaz, path, collect, &diags), FG_OK);
  assert_int_equal(diags.warnings, 1);
  assert_non_null(strstr(diags.message, "several types"));
  const FgGazEntry *x = find(gaz, "x");
  assert_string_equal(x->type, "City");
  assert_string_equal(x->label, "Ex");
  assert_true(has(x->alt_labels, x->alt_count, "Ixstadt"));
  assert_true(has(x->alt_labels, x->alt_count, "Second"));
  assert_null(x->wikidata);
  fg_gazetteer_free(gaz);
}

static void test_malformed_file_adds_nothing(void **state) {
  const Fixture *fx = *state;
  const char *path =
      write_file(fx, "broken.ttl",
                 "gz:ok a fg:City ; skos:prefLabel \"Ok\" .\n"
                 "gz:bad a fg:City ; skos:prefLabel \"unterminated .\n");
  FgGazetteer *gaz = NULL;
  assert_int_equal(fg_gazetteer_new(&gaz), FG_OK);
  Diags diags = {0};
  assert_int_equal(fg_gazetteer_load(gaz, path, collect, &diags),
                   FG_ERR_SYNTAX);
  assert_true(diags.errors >= 1);
  assert_int_equal(diags.status, FG_ERR_SYNTAX);
  assert_string_equal(diags.source, path);
  assert_int_equal(diags.line, FIRST_LINE + 1);
  assert_int_equal(fg_gazetteer_count(gaz), 0);
  assert_null(fg_gazetteer_find(gaz, "ok"));
  fg_gazetteer_free(gaz);
}

static void test_missing_file_is_an_io_error(void **state) {
  const Fixture *fx = *state;
  char path[160];
  snprintf(path, sizeof path, "%s/no-such-file.ttl", fx->dir);
  FgGazetteer *gaz = NULL;
  assert_int_equal(fg_gazetteer_new(&gaz), FG_OK);
  Diags diags = {0};
  assert_int_equal(fg_gazetteer_load(gaz, path, collect, &diags), FG_ERR_IO);
  assert_int_equal(diags.errors, 1);
  assert_int_equal(diags.status, FG_ERR_IO);
  assert_string_equal(diags.source, path);
  assert_int_equal(fg_gazetteer_count(gaz), 0);
  fg_gazetteer_free(gaz);
}

static void test_file_without_entries_warns(void **state) {
  const Fixture *fx = *state;
  const char *path = write_file(fx, "empty.ttl", "# nothing here\n");
  FgGazetteer *gaz = NULL;
  assert_int_equal(fg_gazetteer_new(&gaz), FG_OK);
  Diags diags = {0};
  assert_int_equal(fg_gazetteer_load(gaz, path, collect, &diags), FG_OK);
  assert_int_equal(diags.warnings, 1);
  assert_string_equal(diags.source, path);
  assert_int_equal(fg_gazetteer_count(gaz), 0);
  fg_gazetteer_free(gaz);
}

/* The first file's owl:versionInfo is the version; it makes no entry. */
static void test_version_of_first_file(void **state) {
  const Fixture *fx = *state;
  assert_non_null(fg_gazetteer_version(fx->gaz));
  const char *a = write_file(fx, "a.ttl",
                             "<https://w3id.org/factgraph/gazetteer> a owl:Ontology ;\n"
                             "  owl:versionInfo \"1.2\" , \"1.3\" .\n"
                             "gz:foo a fg:City ; skos:prefLabel \"Foo\" .\n");
  const char *b = write_file(fx, "b.ttl",
                             "<https://example.org/mine> owl:versionInfo \"7\" .\n"
                             "gz:bar a fg:City ; skos:prefLabel \"Bar\" .\n");
  FgGazetteer *gaz = load_two(a, b);
  assert_string_equal(fg_gazetteer_version(gaz), "1.2");
  assert_int_equal(fg_gazetteer_count(gaz), 2);
  fg_gazetteer_free(gaz);
  const char *c = write_file(fx, "c.ttl",
                             "gz:foo a fg:City ; skos:prefLabel \"Foo\" .\n");
  gaz = load_two(c, b);
  assert_null(fg_gazetteer_version(gaz));
  fg_gazetteer_free(gaz);
}

static void test_null_is_safe(void **state) {
  (void)state;
  fg_gazetteer_free(NULL);
  assert_int_equal(fg_gazetteer_count(NULL), 0);
  assert_null(fg_gazetteer_entry(NULL, 0));
  assert_null(fg_gazetteer_find(NULL, "syria"));
  assert_null(fg_gazetteer_version(NULL));
  assert_int_equal(fg_gazetteer_load(NULL, "x.ttl", NULL, NULL),
                   FG_ERR_USAGE);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_syria),
      cmocka_unit_test(test_united_states),
      cmocka_unit_test(test_islamic_state_aliases),
      cmocka_unit_test(test_state_abbreviations),
      cmocka_unit_test(test_capitals_are_separate_cities),
      cmocka_unit_test(test_every_state_is_there),
      cmocka_unit_test(test_entries_are_sorted_and_complete),
      cmocka_unit_test(test_later_file_merges_labels),
      cmocka_unit_test(test_incomplete_entries_are_skipped),
      cmocka_unit_test(test_first_type_and_english_label_win),
      cmocka_unit_test(test_malformed_file_adds_nothing),
      cmocka_unit_test(test_missing_file_is_an_io_error),
      cmocka_unit_test(test_file_without_entries_warns),
      cmocka_unit_test(test_version_of_first_file),
      cmocka_unit_test(test_null_is_safe),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
