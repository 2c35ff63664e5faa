/* SPDX-License-Identifier: MIT */
/* Unit tests for src/extract/name_index.c: gazetteer names by lookup key,
 * and the key beginnings that let matching stop early. Uses
 * ontology/gazetteer.ttl (found through FACTGRAPH_ONTOLOGY). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/mentions_internal.h"

typedef struct {
  FgGazetteer *gaz;
  FgNameIndex *index;
} Fixture;

static int setup(void **state) {
  const char *dir = getenv("FACTGRAPH_ONTOLOGY");
  char path[4096];
  snprintf(path, sizeof path, "%s/gazetteer.ttl", dir ? dir : "ontology");
  Fixture *fx = calloc(1, sizeof *fx);
  if (!fx || fg_gazetteer_new(&fx->gaz) != FG_OK ||
      fg_gazetteer_load(fx->gaz, path, NULL, NULL) != FG_OK ||
      !(fx->index = fg_name_index_new(fx->gaz))) {
    if (fx)
      fg_gazetteer_free(fx->gaz);
    free(fx);
    return -1;
  }
  *state = fx;
  return 0;
}

static int teardown(void **state) {
  Fixture *fx = *state;
  fg_name_index_free(fx->index);
  fg_gazetteer_free(fx->gaz);
  free(fx);
  return 0;
}

static const FgNameHit *find(const Fixture *fx, const char *key, bool *longer) {
  *longer = !*longer; /* must be overwritten */
  return fg_name_index_find(fx->index, key, strlen(key), longer);
}

static const char *name_slug(const Fixture *fx, const FgNameHit *hit) {
  return fg_gazetteer_entry(fx->gaz, (size_t)hit->name)->slug;
}

static void test_full_names_are_found(void **state) {
  Fixture *fx = *state;
  bool longer = false;
  const FgNameHit *hit = find(fx, "hayat tahrir al sham", &longer);
  assert_non_null(hit);
  assert_string_equal(name_slug(fx, hit), "hayat-tahrir-al-sham");
  assert_false(longer);
  hit = find(fx, "us", &longer); /* "U.S." and "US" share the key */
  assert_non_null(hit);
  assert_string_equal(name_slug(fx, hit), "united-states");
  assert_true(hit->upper_only);
}

/* "united states" is a name and the beginning of "united states of america". */
static void test_name_that_longer_names_continue(void **state) {
  Fixture *fx = *state;
  bool longer = false;
  const FgNameHit *hit = find(fx, "united states", &longer);
  assert_non_null(hit);
  assert_string_equal(name_slug(fx, hit), "united-states");
  assert_true(longer);
}

static void test_beginnings_are_not_names(void **state) {
  Fixture *fx = *state;
  bool longer = false;
  assert_null(find(fx, "hayat", &longer));
  assert_true(longer);
  assert_null(find(fx, "hayat tahrir", &longer));
  assert_true(longer);
  assert_null(find(fx, "hayat tahrir al", &longer));
  assert_true(longer);
  assert_null(find(fx, "hayat tahr", &longer)); /* not at a space */
  assert_false(longer);
  assert_null(find(fx, "okonkwo", &longer));
  assert_false(longer);
}

static void test_max_words(void **state) {
  Fixture *fx = *state;
  assert_true(fg_name_index_max_words(fx->index) >= 4);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_full_names_are_found),
      cmocka_unit_test(test_name_that_longer_names_continue),
      cmocka_unit_test(test_beginnings_are_not_names),
      cmocka_unit_test(test_max_words),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
