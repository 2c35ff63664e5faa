/* SPDX-License-Identifier: MIT */
/* Unit tests for src/graph/graph.c through include/factgraph/graph.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
/* cmocka 1.1.5 needs the four headers above first. */
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "factgraph/graph.h"
#include "serialize/writers.h"

/* ---- helpers ----------------------------------------------------------- */

static uint32_t add_doc_from(FgGraph *g, const char *id, const char *source) {
  FgDocument doc = {.id = id, .source = source};
  uint32_t index = fg_graph_add_document(g, &doc);
  assert_int_not_equal(index, FG_NONE);
  return index;
}

static uint32_t add_doc(FgGraph *g, const char *id) {
  return add_doc_from(g, id, NULL);
}

static uint32_t add_ent(FgGraph *g, const char *slug, const char *label,
                        const char *type) {
  uint32_t index = fg_graph_add_entity(g, slug, label, type, NULL);
  assert_int_not_equal(index, FG_NONE);
  return index;
}

static FgFactInput claim(uint32_t s, const char *p, uint32_t o) {
  FgFactInput c = {
      .subject = s, .predicate = p, .object = o, .attributed_to = FG_NONE};
  return c;
}

static FgEvidence sentence(uint32_t doc, uint32_t begin, uint32_t end,
                           const char *rule, double confidence) {
  FgEvidence ev = {doc, begin, end, "A sentence.", rule, confidence};
  return ev;
}

static void add(FgGraph *g, const FgFactInput *c, FgEvidence ev) {
  assert_int_equal(fg_graph_add_fact(g, c, &ev), FG_OK);
}

/* Fact i's evidence, read back into list (the caller frees it). */
static const FgEvidence *evidence_of(const FgGraph *g, size_t i,
                                     FgEvidenceList *list) {
  assert_int_equal(fg_graph_fact_evidence(g, i, list), FG_OK);
  assert_int_equal(list->count, fg_graph_fact(g, i)->evidence_count);
  return list->items;
}

/* Everything written to a memory stream, as one string to free. */
typedef FgStatus (*WriteFunc)(const FgGraph *g, FILE *out);

static char *write_to_string(const FgGraph *g, WriteFunc write) {
  char *text = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&text, &len);
  assert_non_null(out);
  assert_int_equal(write(g, out), FG_OK);
  assert_int_equal(fclose(out), 0);
  return text;
}

static FgStatus write_ntriples(const FgGraph *g, FILE *out) {
  return fg_write_rdf(g, NULL, FG_FORMAT_NTRIPLES, NULL, out, NULL, NULL);
}

/* ---- building and merging ---------------------------------------------- */

static void test_free_null(void **state) {
  (void)state;
  fg_graph_free(NULL);
}

/* Strings are copied; a document with the id and source of an earlier
 * one is a document of its own; a segment extends one. */
static void test_documents_copied_never_merged(void **state) {
  (void)state;
  FgGraph *g = fg_graph_new();
  char id[] = "a.txt";
  char headline[] = "Headline";
  FgDocument doc = {.id = id, .headline = headline, .length = 10};
  uint32_t first = fg_graph_add_document(g, &doc);
  id[0] = 'x';
  headline[0] = 'X';
  assert_string_equal(fg_graph_document(g, first)->id, "a.txt");
  assert_string_equal(fg_graph_document(g, first)->headline, "Headline");
  id[0] = 'a';
  assert_int_equal(fg_graph_add_document(g, &doc), first + 1);
  assert_int_equal(fg_graph_document_count(g), 2);
  assert_int_equal(fg_graph_extend_document(g, first, 25, 7), FG_OK);
  assert_int_equal(fg_graph_extend_document(g, first, 5, 8), FG_OK);
  assert_int_equal(fg_graph_document(g, first)->length, 25);
  assert_int_equal(fg_graph_document(g, first)->digest, 8);
  assert_int_equal(fg_graph_extend_document(g, 2, 5, 8), FG_ERR_USAGE);
  FgDocument no_id = {.id = NULL};
  assert_int_equal(fg_graph_add_document(g, &no_id), FG_NONE);
  fg_graph_free(g);
}

/* ---- unique document ids --------------------------------------------- */

/* Same-named files from two directories, one more and a fact in each;
 * reversed adds them in the opposite order. */
static FgGraph *same_names(bool reversed) {
  static const char *const docs[][2] = {
      {"x.txt", "a/x.txt"}, {"x.txt", "b/x.txt"}, {"y.txt", "y.txt"}};
  FgGraph *g = fg_graph_new();
  uint32_t p = add_ent(g, "p", "P", "Person");
  uint32_t o = add_ent(g, "o", "O", "Organization");
  FgFactInput c = claim(p, "leaderOf", o);
  for (size_t k = 0; k < 3; k++) {
    size_t i = reversed ? 2 - k : k;
    uint32_t d = add_doc_from(g, docs[i][0], docs[i][1]);
    add(g, &c, sentence(d, (uint32_t)i, 10, "r", 0.5));
  }
  assert_int_equal(fg_graph_finish(g), FG_OK);
  return g;
}

static void test_equal_ids_take_their_source(void **state) {
  (void)state;
  FgGraph *forward = same_names(false), *backward = same_names(true);
  assert_int_equal(fg_graph_document_count(forward), 3);
  assert_string_equal(fg_graph_document(forward, 0)->id, "a/x.txt");
  assert_string_equal(fg_graph_document(forward, 1)->id, "b/x.txt");
  assert_string_equal(fg_graph_document(forward, 2)->id, "y.txt");
  /* each sentence still points at its own document: begin is its index */
  const FgFact *fact = fg_graph_fact(forward, 0);
  FgEvidenceList list = {0};
  const FgEvidence *ev = evidence_of(forward, 0, &list);
  assert_int_equal(fact->evidence_count, 3);
  assert_int_equal(fact->source_count, 3);
  for (uint32_t i = 0; i < 3; i++) {
    assert_int_equal(ev[i].document, i);
    assert_int_equal(ev[i].begin, i);
  }
  fg_evidence_list_free(&list);
  char *nt1 = write_to_string(forward, write_ntriples);
  char *nt2 = write_to_string(backward, write_ntriples);
  assert_string_equal(nt1, nt2);
  assert_non_null(strstr(nt1, "/doc/a%2Fx.txt>"));
  assert_non_null(strstr(nt1, "/doc/b%2Fx.txt>"));
  assert_null(strstr(nt1, "/doc/x.txt>"));
  free(nt1);
  free(nt2);
  fg_graph_free(forward);
  fg_graph_free(backward);
}

typedef struct {
  char changes[4][64];
  size_t count;
} Changes;

static void record_change(void *handle, const FgDocument *doc,
                          const char *new_id) {
  Changes *c = handle;
  assert_true(c->count < 4);
  snprintf(c->changes[c->count++], sizeof c->changes[0], "%s %s>%s",
           doc->source, doc->id, new_id);
}

/* A source taken as id can meet another document's id ("sub/x.txt" read
 * with -r from d/): that one changes in a second pass. */
static void test_id_changes_reported_until_unique(void **state) {
  (void)state;
  FgGraph *g = fg_graph_new();
  add_doc_from(g, "sub/x.txt", "d/sub/x.txt");
  add_doc_from(g, "x.txt", "sub/x.txt");
  add_doc_from(g, "x.txt", "e/x.txt");
  add_doc_from(g, "z.txt", NULL);
  Changes c = {.count = 0};
  assert_int_equal(fg_graph_unique_document_ids(g, record_change, &c), FG_OK);
  assert_int_equal(c.count, 3);
  assert_string_equal(c.changes[0], "e/x.txt x.txt>e/x.txt");
  assert_string_equal(c.changes[1], "sub/x.txt x.txt>sub/x.txt");
  assert_string_equal(c.changes[2], "d/sub/x.txt sub/x.txt>d/sub/x.txt");
  assert_int_equal(fg_graph_unique_document_ids(g, record_change, &c),
                   FG_NOTHING);
  assert_int_equal(c.count, 3);
  assert_int_equal(fg_graph_finish(g), FG_OK);
  assert_int_equal(fg_graph_document_count(g), 4);
  const char *want[] = {"d/sub/x.txt", "e/x.txt", "sub/x.txt", "z.txt"};
  for (size_t i = 0; i < 4; i++)
    assert_string_equal(fg_graph_document(g, i)->id, want[i]);
  assert_int_equal(fg_graph_unique_document_ids(g, NULL, NULL), FG_ERR_USAGE);
  fg_graph_free(g);
}

/* A file named "f.jsonl:2" and line 2 of "f.jsonl" share id and source:
 * the one with the smaller digest keeps it, the other is numbered past
 * every id in use ("f.jsonl:2~2" is taken), in any order of adding. */
static FgGraph *equal_sources(bool reversed) {
  static const struct {
    const char *id;
    uint64_t digest;
  } docs[] = {{"f.jsonl:2", 9}, {"f.jsonl:2", 4}, {"f.jsonl:2~2", 1}};
  FgGraph *g = fg_graph_new();
  for (size_t k = 0; k < 3; k++) {
    size_t i = reversed ? 2 - k : k;
    FgDocument doc = {.id = docs[i].id, .digest = docs[i].digest};
    assert_int_not_equal(fg_graph_add_document(g, &doc), FG_NONE);
  }
  return g;
}

static void test_equal_sources_numbered_by_content(void **state) {
  (void)state;
  for (int reversed = 0; reversed < 2; reversed++) {
    FgGraph *g = equal_sources(reversed);
    Changes c = {.count = 0};
    assert_int_equal(fg_graph_unique_document_ids(g, record_change, &c), FG_OK);
    assert_int_equal(c.count, 1);
    assert_string_equal(c.changes[0], "f.jsonl:2 f.jsonl:2>f.jsonl:2~3");
    assert_int_equal(fg_graph_finish(g), FG_OK);
    const char *want[] = {"f.jsonl:2", "f.jsonl:2~2", "f.jsonl:2~3"};
    const uint64_t digest[] = {4, 1, 9};
    for (size_t i = 0; i < 3; i++) {
      assert_string_equal(fg_graph_document(g, i)->id, want[i]);
      assert_int_equal(fg_graph_document(g, i)->digest, digest[i]);
    }
    fg_graph_free(g);
  }
}

static void test_entities_deduplicated(void **state) {
  (void)state;
  FgGraph *g = fg_graph_new();
  uint32_t a = add_ent(g, "hts", "HTS", "ArmedGroup");
  assert_int_equal(fg_graph_add_entity(g, "hts", "Other", "Person", NULL), a);
  assert_int_equal(fg_graph_entity_count(g), 1);
  assert_string_equal(fg_graph_entity(g, a)->label, "HTS");
  assert_int_equal(fg_graph_add_entity(g, "", "X", "Person", NULL), FG_NONE);
  fg_graph_free(g);
}

static void test_alt_labels_sorted_unique(void **state) {
  (void)state;
  FgGraph *g = fg_graph_new();
  uint32_t e = add_ent(g, "ahmed-al-sharaa", "Ahmed al-Sharaa", "Person");
  assert_int_equal(fg_graph_add_alt_label(g, e, "al-Sharaa"), FG_OK);
  assert_int_equal(fg_graph_add_alt_label(g, e, "Abu Mohammad al-Jolani"),
                   FG_OK);
  assert_int_equal(fg_graph_add_alt_label(g, e, "al-Sharaa"), FG_NOTHING);
  assert_int_equal(fg_graph_add_alt_label(g, e, "Ahmed al-Sharaa"), FG_NOTHING);
  assert_int_equal(fg_graph_add_alt_label(g, 7, "x"), FG_ERR_USAGE);
  assert_int_equal(fg_graph_finish(g), FG_OK);
  const FgEntity *ent = fg_graph_entity(g, 0);
  assert_int_equal(ent->alt_count, 2);
  assert_string_equal(ent->alt_labels[0], "Abu Mohammad al-Jolani");
  assert_string_equal(ent->alt_labels[1], "al-Sharaa");
  fg_graph_free(g);
}

static void test_merge_equal_facts(void **state) {
  (void)state;
  FgGraph *g = fg_graph_new();
  uint32_t d = add_doc(g, "a.txt");
  uint32_t p = add_ent(g, "p", "P", "Person");
  uint32_t o = add_ent(g, "o", "O", "Organization");
  FgFactInput c = claim(p, "leaderOf", o);
  add(g, &c, sentence(d, 0, 10, "r1", 0.5));
  add(g, &c, sentence(d, 20, 30, "r1", 0.5));
  FgFactInput former = c;
  former.former = true;
  add(g, &former, sentence(d, 40, 50, "r1", 0.5));
  FgFactInput negated = c;
  negated.negated = true;
  add(g, &negated, sentence(d, 60, 70, "r1", 0.5));
  assert_int_equal(fg_graph_fact_count(g), 0); /* not finished yet */
  assert_int_equal(fg_graph_finish(g), FG_OK);
  assert_int_equal(fg_graph_fact_count(g), 3);
  const FgFact *plain = fg_graph_fact(g, 0);
  assert_false(plain->claim.former);
  assert_false(plain->claim.negated);
  assert_int_equal(plain->evidence_count, 2);
  /* qualifiers sort role, former, modality, negated: former comes last */
  assert_true(fg_graph_fact(g, 1)->claim.negated);
  assert_true(fg_graph_fact(g, 2)->claim.former);
  fg_graph_free(g);
}

static void test_duplicate_evidence_dropped(void **state) {
  (void)state;
  FgGraph *g = fg_graph_new();
  uint32_t d = add_doc(g, "a.txt");
  uint32_t p = add_ent(g, "p", "P", "Person");
  FgFactInput c = claim(p, "citizenOf", FG_NONE);
  c.literal = "Syria";
  add(g, &c, sentence(d, 0, 10, "r1", 0.4));
  add(g, &c, sentence(d, 0, 10, "r1", 0.6)); /* duplicate: best kept */
  add(g, &c, sentence(d, 0, 10, "r2", 0.3)); /* another rule: kept */
  assert_int_equal(fg_graph_finish(g), FG_OK);
  const FgFact *f = fg_graph_fact(g, 0);
  FgEvidenceList list = {0};
  const FgEvidence *ev = evidence_of(g, 0, &list);
  assert_int_equal(f->evidence_count, 2);
  assert_string_equal(ev[0].rule, "r1");
  assert_true(ev[0].confidence == 0.6);
  assert_string_equal(ev[1].rule, "r2");
  assert_int_equal(f->source_count, 1);
  assert_true(f->confidence == 0.6);
  fg_evidence_list_free(&list);
  fg_graph_free(g);
}

/* 1 - (1 - best in A)(1 - best in B) = 1 - 0.3 * 0.5 = 0.85. */
static void test_confidence_combined_per_document(void **state) {
  (void)state;
  FgGraph *g = fg_graph_new();
  uint32_t a = add_doc(g, "a.txt"), b = add_doc(g, "b.txt");
  uint32_t p = add_ent(g, "p", "P", "Person");
  uint32_t o = add_ent(g, "o", "O", "Organization");
  FgFactInput c = claim(p, "memberOf", o);
  add(g, &c, sentence(a, 0, 10, "r1", 0.6));
  add(g, &c, sentence(a, 20, 30, "r1", 0.7));
  add(g, &c, sentence(b, 0, 10, "r1", 0.5));
  assert_int_equal(fg_graph_finish(g), FG_OK);
  const FgFact *f = fg_graph_fact(g, 0);
  assert_int_equal(f->source_count, 2);
  assert_int_equal(f->evidence_count, 3);
  assert_true(f->confidence == 0.85);
  fg_graph_free(g);
}

static void test_confidence_capped_and_rounded(void **state) {
  (void)state;
  FgGraph *g = fg_graph_new();
  uint32_t p = add_ent(g, "p", "P", "Person");
  uint32_t o = add_ent(g, "o", "O", "Organization");
  const char *ids[] = {"a", "b", "c"};
  FgFactInput sure = claim(p, "memberOf", o);
  FgFactInput unsure = claim(p, "supports", o);
  for (size_t i = 0; i < 3; i++)
    add(g, &sure, sentence(add_doc(g, ids[i]), 0, 5, "r", 0.95));
  add(g, &unsure, sentence(0, 0, 5, "r", 0.333));
  add(g, &unsure, sentence(1, 0, 5, "r", 0.0)); /* zero adds nothing */
  assert_int_equal(fg_graph_finish(g), FG_OK);
  assert_true(fg_graph_fact(g, 0)->confidence == 0.99);
  assert_int_equal(fg_graph_fact(g, 0)->source_count, 3);
  assert_true(fg_graph_fact(g, 1)->confidence == 0.33);
  assert_int_equal(fg_graph_fact(g, 1)->source_count, 2);
  fg_graph_free(g);
}

/* Time and attribution come from the earliest evidence (document id,
 * then offset) that has one, whatever the insertion order. */
static void test_time_and_attribution_from_earliest(void **state) {
  (void)state;
  FgGraph *g = fg_graph_new();
  uint32_t b = add_doc(g, "b.txt"), a = add_doc(g, "a.txt");
  uint32_t p = add_ent(g, "p", "P", "Person");
  uint32_t o = add_ent(g, "o", "O", "Organization");
  uint32_t r = add_ent(g, "reuters", "Reuters", "MediaOrganization");
  FgFactInput c = claim(p, "leaderOf", o);
  FgFactInput late = c, early = c, first = c;
  late.time = "2020";
  late.attributed_label = "officials";
  early.time = "2019";
  early.attributed_to = r;
  add(g, &late, sentence(b, 0, 10, "r", 0.5));
  add(g, &early, sentence(a, 50, 60, "r", 0.5));
  add(g, &first, sentence(a, 0, 10, "r", 0.5)); /* earliest, but bare */
  assert_int_equal(fg_graph_finish(g), FG_OK);
  const FgFact *f = fg_graph_fact(g, 0);
  assert_string_equal(f->claim.time, "2019");
  assert_string_equal(fg_graph_entity(g, f->claim.attributed_to)->slug,
                      "reuters");
  assert_null(f->claim.attributed_label);
  fg_graph_free(g);
}

/* ---- sorting and remapping --------------------------------------------- */

static void test_sorted_and_remapped(void **state) {
  (void)state;
  FgGraph *g = fg_graph_new();
  uint32_t dz = add_doc(g, "z.txt"), da = add_doc(g, "a.txt");
  uint32_t zed = add_ent(g, "zed", "Zed", "Person");
  uint32_t mid = add_ent(g, "mid", "Mid", "Organization");
  uint32_t abe = add_ent(g, "abe", "Abe", "Person");
  FgFactInput c1 = claim(zed, "memberOf", mid);
  c1.attributed_to = abe;
  FgFactInput c2 = claim(abe, "memberOf", mid);
  FgFactInput c3 = claim(abe, "leaderOf", zed);
  add(g, &c1, sentence(dz, 5, 9, "r", 0.5));
  add(g, &c1, sentence(da, 7, 9, "r", 0.5));
  add(g, &c2, sentence(dz, 1, 2, "r", 0.5));
  add(g, &c3, sentence(da, 3, 4, "r", 0.5));
  assert_int_equal(fg_graph_finish(g), FG_OK);

  assert_string_equal(fg_graph_document(g, 0)->id, "a.txt");
  assert_string_equal(fg_graph_document(g, 1)->id, "z.txt");
  assert_string_equal(fg_graph_entity(g, 0)->slug, "abe");
  assert_string_equal(fg_graph_entity(g, 1)->slug, "mid");
  assert_string_equal(fg_graph_entity(g, 2)->slug, "zed");

  /* abe leaderOf zed, abe memberOf mid, zed memberOf mid */
  const FgFact *f0 = fg_graph_fact(g, 0), *f1 = fg_graph_fact(g, 1),
               *f2 = fg_graph_fact(g, 2);
  assert_int_equal(f0->claim.subject, 0);
  assert_string_equal(f0->claim.predicate, "leaderOf");
  assert_int_equal(f0->claim.object, 2);
  assert_string_equal(f1->claim.predicate, "memberOf");
  assert_int_equal(f1->claim.subject, 0);
  assert_int_equal(f2->claim.subject, 2);
  assert_int_equal(f2->claim.object, 1);
  assert_int_equal(f2->claim.attributed_to, 0);
  /* evidence by document id: a.txt (index 0) before z.txt (index 1) */
  FgEvidenceList list = {0};
  const FgEvidence *ev = evidence_of(g, 2, &list);
  assert_int_equal(ev[0].document, 0);
  assert_int_equal(ev[0].begin, 7);
  assert_int_equal(ev[1].document, 1);
  ev = evidence_of(g, 1, &list); /* the list is reused */
  assert_int_equal(ev[0].document, 1);
  fg_evidence_list_free(&list);
  fg_graph_free(g);
}

/* Literal objects sort by their text, entity objects by slug. */
static void test_literal_objects_sorted(void **state) {
  (void)state;
  FgGraph *g = fg_graph_new();
  uint32_t d = add_doc(g, "a.txt");
  uint32_t p = add_ent(g, "p", "P", "Person");
  uint32_t m = add_ent(g, "m", "M", "Country");
  FgFactInput lit_z = claim(p, "citizenOf", FG_NONE);
  lit_z.literal = "z";
  FgFactInput lit_a = lit_z;
  lit_a.literal = "a";
  FgFactInput ent = claim(p, "citizenOf", m);
  add(g, &lit_z, sentence(d, 0, 1, "r", 0.5));
  add(g, &ent, sentence(d, 0, 1, "r", 0.5));
  add(g, &lit_a, sentence(d, 0, 1, "r", 0.5));
  assert_int_equal(fg_graph_finish(g), FG_OK);
  assert_string_equal(fg_graph_fact(g, 0)->claim.literal, "a");
  assert_int_equal(fg_graph_fact(g, 1)->claim.object, 0); /* "m" */
  assert_string_equal(fg_graph_fact(g, 2)->claim.literal, "z");
  fg_graph_free(g);
}

/* ---- determinism ------------------------------------------------------- */

typedef struct {
  const char *slug, *label, *type;
} EntitySpec;

typedef struct {
  int subject, object; /* indexes into entity_specs; -1: literal */
  const char *predicate, *literal, *time;
  bool negated;
  int doc; /* index into doc_ids */
  uint32_t begin, end;
  const char *rule;
  double confidence;
} FactSpec;

static const char *const doc_ids[] = {"c.txt", "a b.txt", "b.txt"};

static const EntitySpec entity_specs[] = {
    {"syria", "Syria", "Country"},
    {"ahmed-al-sharaa", "Ahmed al-Sharaa", "Person"},
    {"hts", "Hay'at Tahrir al-Sham", "ArmedGroup"},
    {"damascus", "Damascus", "City"},
};

static const FactSpec fact_specs[] = {
    {1, 2, "leaderOf", NULL, "2017", false, 0, 10, 20, "lead", 0.7},
    {1, 2, "leaderOf", NULL, "2016", false, 1, 5, 9, "lead", 0.6},
    {1, 2, "leaderOf", NULL, NULL, false, 1, 5, 9, "lead2", 0.4},
    {1, -1, "holdsPosition", "President", NULL, false, 2, 0, 30, "pos", 0.8},
    {3, 0, "capitalOf", NULL, NULL, false, 0, 40, 60, "cap", 0.9},
    {0, 2, "sanctioned", NULL, NULL, true, 2, 70, 90, "neg", 0.5},
    {2, 3, "attacked", NULL, "2024-12", false, 1, 30, 40, "att", 0.5},
    {2, 3, "attacked", NULL, NULL, false, 2, 30, 40, "att", 0.6},
};

#define N_DOCS (sizeof doc_ids / sizeof doc_ids[0])
#define N_ENTS (sizeof entity_specs / sizeof entity_specs[0])
#define N_FACTS (sizeof fact_specs / sizeof fact_specs[0])

/* Builds the same graph adding everything forwards or backwards. */
static FgGraph *build_in_order(bool reverse) {
  FgGraph *g = fg_graph_new();
  uint32_t docs[N_DOCS], ents[N_ENTS];
  for (size_t k = 0; k < N_DOCS; k++) {
    size_t i = reverse ? N_DOCS - 1 - k : k;
    docs[i] = add_doc(g, doc_ids[i]);
  }
  for (size_t k = 0; k < N_ENTS; k++) {
    size_t i = reverse ? N_ENTS - 1 - k : k;
    const EntitySpec *e = &entity_specs[i];
    ents[i] = add_ent(g, e->slug, e->label, e->type);
  }
  for (size_t k = 0; k < N_FACTS; k++) {
    const FactSpec *f = &fact_specs[reverse ? N_FACTS - 1 - k : k];
    FgFactInput c = claim(ents[f->subject], f->predicate,
                          f->object < 0 ? FG_NONE : ents[f->object]);
    c.literal = f->literal;
    c.time = f->time;
    c.negated = f->negated;
    add(g, &c,
        sentence(docs[f->doc], f->begin, f->end, f->rule, f->confidence));
  }
  assert_int_equal(fg_graph_finish(g), FG_OK);
  return g;
}

static void test_deterministic_output(void **state) {
  (void)state;
  FgGraph *forward = build_in_order(false);
  FgGraph *backward = build_in_order(true);
  char *tsv1 = write_to_string(forward, fg_write_tsv);
  char *tsv2 = write_to_string(backward, fg_write_tsv);
  char *nt1 = write_to_string(forward, write_ntriples);
  char *nt2 = write_to_string(backward, write_ntriples);
  assert_string_equal(tsv1, tsv2);
  assert_string_equal(nt1, nt2);
  /* time from the earliest evidence with one: "a b.txt" sorts first */
  assert_non_null(strstr(tsv1, "\tleaderOf\tHay'at Tahrir al-Sham\t"
                               "ArmedGroup\ttime=2016\t"));
  free(tsv1);
  free(tsv2);
  free(nt1);
  free(nt2);
  fg_graph_free(forward);
  fg_graph_free(backward);
}

/* ---- lookup and errors ------------------------------------------------- */

static void test_entity_find(void **state) {
  (void)state;
  FgGraph *g = fg_graph_new();
  add_ent(g, "hts", "Hay'at Tahrir al-Sham", "ArmedGroup");
  uint32_t p = add_ent(g, "ahmed-al-sharaa", "Ahmed al-Sharaa", "Person");
  assert_int_equal(fg_graph_add_alt_label(g, p, "al-Jolani"), FG_OK);
  assert_int_equal(fg_graph_finish(g), FG_OK);
  assert_int_equal(fg_graph_entity_find(g, "AHMED-AL-SHARAA"), 0);
  assert_int_equal(fg_graph_entity_find(g, "ahmed al-sharaa"), 0);
  assert_int_equal(fg_graph_entity_find(g, "AL-JOLANI"), 0);
  assert_int_equal(fg_graph_entity_find(g, "hay'at tahrir al-sham"), 1);
  assert_int_equal(fg_graph_entity_find(g, "HTS"), 1);
  assert_int_equal(fg_graph_entity_find(g, "nobody"), FG_NONE);
  assert_int_equal(fg_graph_entity_find(g, "al-Jolan"), FG_NONE);
  assert_int_equal(fg_graph_entity_find(NULL, "hts"), FG_NONE);
  fg_graph_free(g);
}

static void test_bad_facts_refused(void **state) {
  (void)state;
  FgGraph *g = fg_graph_new();
  uint32_t d = add_doc(g, "a.txt");
  uint32_t p = add_ent(g, "p", "P", "Person");
  FgEvidence ev = sentence(d, 0, 10, "r", 0.5);
  FgFactInput bad_subject = claim(9, "memberOf", p);
  FgFactInput no_object = claim(p, "memberOf", FG_NONE);
  FgFactInput no_predicate = claim(p, NULL, p);
  assert_int_equal(fg_graph_add_fact(g, &bad_subject, &ev), FG_ERR_USAGE);
  assert_int_equal(fg_graph_add_fact(g, &no_object, &ev), FG_ERR_USAGE);
  assert_int_equal(fg_graph_add_fact(g, &no_predicate, &ev), FG_ERR_USAGE);
  FgFactInput good = claim(p, "memberOf", p);
  FgEvidence bad_doc = sentence(4, 0, 10, "r", 0.5);
  FgEvidence backwards = sentence(d, 10, 0, "r", 0.5);
  assert_int_equal(fg_graph_add_fact(g, &good, &bad_doc), FG_ERR_USAGE);
  assert_int_equal(fg_graph_add_fact(g, &good, &backwards), FG_ERR_USAGE);
  assert_int_equal(fg_graph_add_fact(g, &good, NULL), FG_ERR_USAGE);
  assert_int_equal(fg_graph_finish(g), FG_OK);
  assert_int_equal(fg_graph_finish(g), FG_NOTHING);
  assert_int_equal(fg_graph_add_fact(g, &good, &ev), FG_ERR_USAGE);
  assert_int_equal(fg_graph_fact_count(g), 0);
  assert_null(fg_graph_fact(g, 0));
  fg_graph_free(g);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_free_null),
      cmocka_unit_test(test_documents_copied_never_merged),
      cmocka_unit_test(test_equal_ids_take_their_source),
      cmocka_unit_test(test_id_changes_reported_until_unique),
      cmocka_unit_test(test_equal_sources_numbered_by_content),
      cmocka_unit_test(test_entities_deduplicated),
      cmocka_unit_test(test_alt_labels_sorted_unique),
      cmocka_unit_test(test_merge_equal_facts),
      cmocka_unit_test(test_duplicate_evidence_dropped),
      cmocka_unit_test(test_confidence_combined_per_document),
      cmocka_unit_test(test_confidence_capped_and_rounded),
      cmocka_unit_test(test_time_and_attribution_from_earliest),
      cmocka_unit_test(test_sorted_and_remapped),
      cmocka_unit_test(test_literal_objects_sorted),
      cmocka_unit_test(test_deterministic_output),
      cmocka_unit_test(test_entity_find),
      cmocka_unit_test(test_bad_facts_refused),
  };
  return cmocka_run_group_tests_name("graph", tests, NULL, NULL);
}
