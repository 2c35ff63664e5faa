/* SPDX-License-Identifier: MIT */
/* Unit tests for src/lexicon/ontology.c against ontology/factgraph.ttl
 * (found through FACTGRAPH_ONTOLOGY) and small Turtle files written to a
 * temporary directory. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lexicon/ontology.h"

typedef struct {
  FgOntology *onto;
  char dir[64];    /* temporary directory for broken files */
  char path[128];  /* the last file written there */
} Fixture;

/* Records the diagnostics of one load; strings are copied because the
 * FgDiag is borrowed. */
typedef struct {
  int count;
  int errors;
  FgStatus status;
  FgSeverity severity;
  unsigned long line;
  char source[256];
  char message[512];
} Diags;

static void collect(void *handle, const FgDiag *diag) {
  Diags *diags = handle;
  diags->count++;
  if (diag->severity == FG_SEV_ERROR)
    diags->errors++;
  diags->status = diag->status;
  diags->severity = diag->severity;
  diags->line = diag->line;
  snprintf(diags->source, sizeof diags->source, "%s",
           diag->source ? diag->source : "");
  snprintf(diags->message, sizeof diags->message, "%s",
           diag->message ? diag->message : "");
}

static const char *write_file(Fixture *fx, const char *name,
                              const char *text) {
  snprintf(fx->path, sizeof fx->path, "%s/%s", fx->dir, name);
  FILE *file = fopen(fx->path, "w");
  assert_non_null(file);
  assert_int_equal(fputs(text, file) >= 0, 1);
  assert_int_equal(fclose(file), 0);
  return fx->path;
}

static int setup(void **state) {
  const char *dir = getenv("FACTGRAPH_ONTOLOGY");
  if (!dir) {
    fprintf(stderr, "FACTGRAPH_ONTOLOGY is not set\n");
    return -1;
  }
  Fixture *fx = calloc(1, sizeof *fx);
  if (!fx)
    return -1;
  char path[4096];
  snprintf(path, sizeof path, "%s/factgraph.ttl", dir);
  Diags diags = {0};
  if (fg_ontology_load(path, collect, &diags, &fx->onto) != FG_OK ||
      diags.count != 0) {
    fprintf(stderr, "%s:%lu: %s\n", diags.source, diags.line, diags.message);
    free(fx);
    return -1;
  }
  snprintf(fx->dir, sizeof fx->dir, "/tmp/fg-test-ontology-XXXXXX");
  if (!mkdtemp(fx->dir)) {
    fg_ontology_free(fx->onto);
    free(fx);
    return -1;
  }
  *state = fx;
  return 0;
}

static int teardown(void **state) {
  Fixture *fx = *state;
  static const char *const names[] = {"broken.ttl", "empty.ttl",
                                      "cycle.ttl", "labels.ttl",
                                      "version.ttl", "unversioned.ttl"};
  char path[128];
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    snprintf(path, sizeof path, "%s/%s", fx->dir, names[i]);
    unlink(path);
  }
  rmdir(fx->dir);
  fg_ontology_free(fx->onto);
  free(fx);
  return 0;
}

static const char *const classes[] = {
    "Agent",          "Person",         "Organization", "ArmedGroup",
    "GovernmentBody", "Coalition",      "MediaOrganization",
    "InternationalOrganization",        "Company",      "PoliticalParty",
    "Court",          "Country",        "Place",        "City",
    "Region",         "Facility",       "Event",        "NewsArticle",
    "Position",       "Statement",      "Evidence",     "Value",
};

/* Object properties between entities. */
static const char *const relations[] = {
    "holdsPosition",   "leaderOf",          "hasLeader",
    "memberOf",        "hasMember",         "joined",
    "affiliatedWith",  "offshootOf",        "founded",
    "partOf",          "basedIn",           "locatedIn",
    "containsPlace",   "capitalOf",         "capital",
    "citizenOf",       "residesIn",         "metWith",
    "visited",         "cooperatesWith",    "fights",
    "attacked",        "targeted",          "killed",
    "arrested",        "imprisoned",        "captured",
    "toppled",         "praised",           "condemned",
    "blamed",          "sanctioned",        "easedSanctionsOn",
    "removedFromTerrorList",                "signed",
    "claimedResponsibilityFor",             "pledgedAllegianceTo",
    "foiled",          "opposed",           "supports",
    "worksFor",        "employs",           "educatedAt",
    "bornIn",          "diedIn",            "spouseOf",
    "parentOf",        "childOf",           "siblingOf",
    "owns",            "ownedBy",           "subsidiaryOf",
    "hasSubsidiary",   "acquired",          "controls",
    "invaded",         "injured",           "kidnapped",
    "released",        "charged",           "convicted",
    "sentenced",       "sued",              "accused",
    "threatened",      "negotiatedWith",
};

/* Qualifier, provenance and gazetteer properties. */
static const char *const annotations[] = {
    "role",         "status",     "time",     "modality",
    "negated",      "attributedTo", "attributedToLabel",
    "confidence",   "sourceCount", "omittedEvidenceCount", "evidence", "rule",
    "sentenceIndex", "demonym",   "metonym",  "term",
};

#define COUNT(array) (sizeof(array) / sizeof((array)[0]))

static void test_every_class_is_declared_with_a_label(void **state) {
  const Fixture *fx = *state;
  for (size_t i = 0; i < COUNT(classes); i++) {
    if (!fg_ontology_has_class(fx->onto, classes[i]))
      fail_msg("class %s missing", classes[i]);
    if (!fg_ontology_label(fx->onto, classes[i]))
      fail_msg("class %s has no label", classes[i]);
    assert_false(fg_ontology_has_property(fx->onto, classes[i]));
  }
}

static void test_every_property_is_declared_with_a_label(void **state) {
  const Fixture *fx = *state;
  for (size_t i = 0; i < COUNT(relations); i++) {
    if (!fg_ontology_has_property(fx->onto, relations[i]))
      fail_msg("property %s missing", relations[i]);
    const char *label = fg_ontology_label(fx->onto, relations[i]);
    if (!label || label[0] < 'a' || label[0] > 'z')
      fail_msg("property %s needs a lower-case label", relations[i]);
    assert_false(fg_ontology_has_class(fx->onto, relations[i]));
  }
  for (size_t i = 0; i < COUNT(annotations); i++) {
    if (!fg_ontology_has_property(fx->onto, annotations[i]))
      fail_msg("property %s missing", annotations[i]);
    assert_non_null(fg_ontology_label(fx->onto, annotations[i]));
  }
}

static void test_labels(void **state) {
  const Fixture *fx = *state;
  assert_string_equal(fg_ontology_label(fx->onto, "Person"), "Person");
  assert_string_equal(fg_ontology_label(fx->onto, "ArmedGroup"),
                      "Armed group");
  assert_string_equal(fg_ontology_label(fx->onto, "leaderOf"), "leader of");
  assert_string_equal(fg_ontology_label(fx->onto, "metWith"), "met with");
  assert_string_equal(fg_ontology_label(fx->onto, "easedSanctionsOn"),
                      "eased sanctions on");
  assert_null(fg_ontology_label(fx->onto, "noSuchThing"));
  assert_null(fg_ontology_label(fx->onto, ""));
}

static void test_unknown_names(void **state) {
  const Fixture *fx = *state;
  assert_false(fg_ontology_has_class(fx->onto, "Dragon"));
  assert_false(fg_ontology_has_property(fx->onto, "befriended"));
  /* Terms of other vocabularies are not ours. */
  assert_false(fg_ontology_has_class(fx->onto, "Thing"));
  assert_false(fg_ontology_has_property(fx->onto, "wasAttributedTo"));
}

static void test_subclass_chains(void **state) {
  const Fixture *fx = *state;
  assert_true(fg_ontology_is_a(fx->onto, "ArmedGroup", "Organization"));
  assert_true(fg_ontology_is_a(fx->onto, "Organization", "Agent"));
  assert_true(fg_ontology_is_a(fx->onto, "ArmedGroup", "Agent"));
  assert_true(fg_ontology_is_a(fx->onto, "MediaOrganization", "Agent"));
  assert_true(fg_ontology_is_a(fx->onto, "Person", "Agent"));
  assert_true(fg_ontology_is_a(fx->onto, "Country", "Agent"));
  assert_true(fg_ontology_is_a(fx->onto, "City", "Place"));
  assert_true(fg_ontology_is_a(fx->onto, "Facility", "Place"));
  assert_true(fg_ontology_is_a(fx->onto, "Person", "Person"));
  /* Not upwards, not sideways, not through the external alignments. */
  assert_false(fg_ontology_is_a(fx->onto, "Organization", "ArmedGroup"));
  assert_false(fg_ontology_is_a(fx->onto, "Agent", "Person"));
  assert_false(fg_ontology_is_a(fx->onto, "Person", "Organization"));
  assert_false(fg_ontology_is_a(fx->onto, "City", "Agent"));
  assert_false(fg_ontology_is_a(fx->onto, "Event", "Place"));
  assert_false(fg_ontology_is_a(fx->onto, "Value", "Agent"));
  assert_false(fg_ontology_is_a(fx->onto, "ArmedGroup", "Dragon"));
}

static void test_symmetric_properties(void **state) {
  const Fixture *fx = *state;
  assert_true(fg_ontology_is_symmetric(fx->onto, "metWith"));
  assert_true(fg_ontology_is_symmetric(fx->onto, "cooperatesWith"));
  assert_false(fg_ontology_is_symmetric(fx->onto, "leaderOf"));
  assert_false(fg_ontology_is_symmetric(fx->onto, "affiliatedWith"));
  assert_false(fg_ontology_is_symmetric(fx->onto, "locatedIn"));
  assert_false(fg_ontology_is_symmetric(fx->onto, "Person"));
  assert_false(fg_ontology_is_symmetric(fx->onto, "noSuchThing"));
}

static void test_malformed_file_reports_file_and_line(void **state) {
  Fixture *fx = *state;
  const char *path = write_file(
      fx, "broken.ttl",
      "@prefix fg: <https://w3id.org/factgraph/ontology#> .\n"
      "fg:A a <http://www.w3.org/2002/07/owl#Class> .\n"
      "fg:B a a a ; ; .\n");
  Diags diags = {0};
  static char sentinel;
  FgOntology *onto = (FgOntology *)(void *)&sentinel; /* must become NULL */
  assert_int_equal(fg_ontology_load(path, collect, &diags, &onto),
                   FG_ERR_SYNTAX);
  assert_null(onto);
  assert_true(diags.errors >= 1);
  assert_int_equal(diags.status, FG_ERR_SYNTAX);
  assert_string_equal(diags.source, path);
  assert_int_equal(diags.line, 3);
}

static void test_missing_file_is_an_io_error(void **state) {
  Fixture *fx = *state;
  char path[160];
  snprintf(path, sizeof path, "%s/does-not-exist.ttl", fx->dir);
  Diags diags = {0};
  FgOntology *onto = NULL;
  assert_int_equal(fg_ontology_load(path, collect, &diags, &onto), FG_ERR_IO);
  assert_null(onto);
  assert_int_equal(diags.errors, 1);
  assert_int_equal(diags.status, FG_ERR_IO);
  assert_string_equal(diags.source, path);
}

static void test_directory_is_an_io_error(void **state) {
  Fixture *fx = *state;
  FgOntology *onto = NULL;
  assert_int_equal(fg_ontology_load(fx->dir, NULL, NULL, &onto), FG_ERR_IO);
  assert_null(onto);
}

static void test_file_without_classes_is_rejected(void **state) {
  Fixture *fx = *state;
  const char *path = write_file(
      fx, "empty.ttl", "@prefix gz: <https://w3id.org/factgraph/gazetteer/> .\n"
                       "gz:x gz:y \"z\" .\n");
  Diags diags = {0};
  FgOntology *onto = NULL;
  assert_int_equal(fg_ontology_load(path, collect, &diags, &onto),
                   FG_ERR_SYNTAX);
  assert_null(onto);
  assert_int_equal(diags.errors, 1);
  assert_string_equal(diags.source, path);
}

#define PREFIXES                                                    \
  "@prefix fg: <https://w3id.org/factgraph/ontology#> .\n"          \
  "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"               \
  "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"

/* Writes PREFIXES and text to the file name and loads it, which must work. */
static FgOntology *load_text(Fixture *fx, const char *name, const char *text) {
  char body[1024];
  snprintf(body, sizeof body, "%s%s", PREFIXES, text);
  FgOntology *onto = NULL;
  assert_int_equal(fg_ontology_load(write_file(fx, name, body), NULL, NULL, &onto),
                   FG_OK);
  return onto;
}

static void test_equivalent_classes_form_a_cycle(void **state) {
  FgOntology *onto = load_text(*state, "cycle.ttl",
                               "fg:A owl:equivalentClass fg:B .\n"
                               "fg:B rdfs:subClassOf fg:C .\n"
                               "fg:C rdfs:subClassOf fg:D .\n");
  assert_true(fg_ontology_is_a(onto, "A", "B"));
  assert_true(fg_ontology_is_a(onto, "B", "A"));
  assert_true(fg_ontology_is_a(onto, "A", "D"));
  assert_false(fg_ontology_is_a(onto, "D", "A"));
  assert_false(fg_ontology_is_a(onto, "C", "B"));
  fg_ontology_free(onto);
}

static void test_english_label_is_preferred(void **state) {
  FgOntology *onto = load_text(
      *state, "labels.ttl",
      "fg:A a owl:Class ; rdfs:label \"Klasse\"@de , \"plain\" ,"
      " \"English\"@en-GB , \"second\"@en .\n"
      "fg:B a owl:Class ; rdfs:label \"Klasse\"@de , \"untagged\" .\n"
      "fg:C a owl:Class ; rdfs:label \"Klasse\"@de .\n");
  assert_string_equal(fg_ontology_label(onto, "A"), "English");
  assert_string_equal(fg_ontology_label(onto, "B"), "untagged");
  assert_null(fg_ontology_label(onto, "C"));
  fg_ontology_free(onto);
}

/* The first owl:versionInfo is the version; the shipped file has one. */
static void test_version(void **state) {
  Fixture *fx = *state;
  assert_non_null(fg_ontology_version(fx->onto));
  FgOntology *onto = load_text(fx, "version.ttl",
                               "<https://w3id.org/factgraph/ontology> a owl:Ontology ;\n"
                               "  owl:versionInfo \"9.8.7\" .\n"
                               "fg:A a owl:Class ; owl:versionInfo \"later\" .\n");
  assert_string_equal(fg_ontology_version(onto), "9.8.7");
  assert_true(fg_ontology_has_class(onto, "A"));
  fg_ontology_free(onto);
  onto = load_text(fx, "unversioned.ttl", "fg:A a owl:Class .\n");
  assert_null(fg_ontology_version(onto));
  fg_ontology_free(onto);
}

static void test_null_is_safe(void **state) {
  (void)state;
  fg_ontology_free(NULL);
  assert_false(fg_ontology_has_class(NULL, "Person"));
  assert_false(fg_ontology_has_property(NULL, "leaderOf"));
  assert_null(fg_ontology_label(NULL, "Person"));
  assert_false(fg_ontology_is_symmetric(NULL, "metWith"));
  assert_false(fg_ontology_is_a(NULL, "ArmedGroup", "Agent"));
  assert_null(fg_ontology_version(NULL));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_every_class_is_declared_with_a_label),
      cmocka_unit_test(test_every_property_is_declared_with_a_label),
      cmocka_unit_test(test_labels),
      cmocka_unit_test(test_unknown_names),
      cmocka_unit_test(test_subclass_chains),
      cmocka_unit_test(test_symmetric_properties),
      cmocka_unit_test(test_malformed_file_reports_file_and_line),
      cmocka_unit_test(test_missing_file_is_an_io_error),
      cmocka_unit_test(test_directory_is_an_io_error),
      cmocka_unit_test(test_file_without_classes_is_rejected),
      cmocka_unit_test(test_equivalent_classes_form_a_cycle),
      cmocka_unit_test(test_english_label_is_preferred),
      cmocka_unit_test(test_version),
      cmocka_unit_test(test_null_is_safe),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
