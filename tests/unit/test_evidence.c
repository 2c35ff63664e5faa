/* SPDX-License-Identifier: MIT */
/* Unit tests for src/graph/evidence.c: chains read back newest first,
 * shared sentences, ranges, and the same answers once the records have
 * spilled to the temporary file, or when they cannot. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "graph/evidence.h"

/* What a read hands back, copied out of the arena. */
typedef struct {
  FgEvidence items[8192];
  char text[8192][64];
  size_t count;
} Seen;

static bool remember(void *handle, const FgEvidence *ev) {
  Seen *s = handle;
  if (s->count == sizeof s->items / sizeof *s->items)
    return false;
  s->items[s->count] = *ev;
  if (ev->sentence)
    snprintf(s->text[s->count], sizeof s->text[0], "%s", ev->sentence);
  s->items[s->count].sentence = ev->sentence ? s->text[s->count] : NULL;
  s->count++;
  return true;
}

static Seen *read_chain(const FgEvidenceStore *store, uint64_t head) {
  Seen *s = calloc(1, sizeof *s);
  FgArena *strings = fg_arena_new();
  assert_true(fg_evidence_store_read(store, head, strings, remember, s));
  fg_arena_free(strings);
  return s;
}

static Seen *read_range(const FgEvidenceStore *store, uint64_t from, uint64_t to) {
  Seen *s = calloc(1, sizeof *s);
  FgArena *strings = fg_arena_new();
  assert_true(fg_evidence_store_read_range(store, from, to, strings, remember, s));
  fg_arena_free(strings);
  return s;
}

static FgEvidence evidence(uint32_t doc, uint32_t begin, const char *text, const char *rule) {
  FgEvidence ev = {doc, begin, begin + 10, text, rule, 0.5};
  return ev;
}

static void test_chains_read_newest_first(void **state) {
  (void)state;
  FgEvidenceStore *store = fg_evidence_store_new();
  uint64_t a = FG_NO_EVIDENCE, b = FG_NO_EVIDENCE;
  FgEvidence one = evidence(0, 0, "One.", "r1");
  FgEvidence two = evidence(0, 20, "Two.", NULL);
  FgEvidence three = evidence(1, 0, NULL, "r2");
  assert_true(fg_evidence_store_add(store, &a, &one));
  assert_true(fg_evidence_store_add(store, &b, &one)); /* same sentence, other chain */
  assert_true(fg_evidence_store_add(store, &a, &two));
  assert_true(fg_evidence_store_add(store, &a, &three));
  Seen *s = read_chain(store, a);
  assert_int_equal(s->count, 3);
  assert_null(s->items[0].sentence);
  assert_string_equal(s->items[0].rule, "r2");
  assert_int_equal(s->items[0].document, 1);
  assert_string_equal(s->items[1].sentence, "Two.");
  assert_null(s->items[1].rule);
  assert_int_equal(s->items[1].begin, 20);
  assert_int_equal(s->items[1].end, 30);
  assert_string_equal(s->items[2].sentence, "One.");
  assert_true(s->items[2].confidence == 0.5);
  free(s);
  s = read_chain(store, b);
  assert_int_equal(s->count, 1);
  assert_string_equal(s->items[0].sentence, "One.");
  assert_string_equal(s->items[0].rule, "r1");
  free(s);
  s = read_chain(store, FG_NO_EVIDENCE);
  assert_int_equal(s->count, 0);
  free(s);
  fg_evidence_store_free(store);
}

static void test_range_reads_oldest_first(void **state) {
  (void)state;
  FgEvidenceStore *store = fg_evidence_store_new();
  uint64_t chain = FG_NO_EVIDENCE;
  FgEvidence first = evidence(0, 0, "First.", "r");
  assert_true(fg_evidence_store_add(store, &chain, &first));
  uint64_t from = fg_evidence_store_size(store);
  for (uint32_t i = 0; i < 3; i++) {
    char text[16];
    snprintf(text, sizeof text, "S%u.", i);
    FgEvidence ev = evidence(2, i * 100, text, "r");
    uint64_t own = FG_NO_EVIDENCE;
    assert_true(fg_evidence_store_add(store, &own, &ev));
    /* the same sentence again: stored once, read back twice */
    assert_true(fg_evidence_store_add(store, &own, &ev));
  }
  Seen *s = read_range(store, from, fg_evidence_store_size(store));
  assert_int_equal(s->count, 6);
  for (uint32_t i = 0; i < 6; i++) {
    char text[16];
    snprintf(text, sizeof text, "S%u.", i / 2);
    assert_string_equal(s->items[i].sentence, text);
    assert_int_equal(s->items[i].begin, (i / 2) * 100);
  }
  free(s);
  fg_evidence_store_free(store);
}

static size_t entries_in(const char *dir) {
  DIR *d = opendir(dir);
  assert_non_null(d);
  size_t n = 0;
  for (struct dirent *e; (e = readdir(d));)
    n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
  closedir(d);
  return n;
}

/* Enough records to pass the spill threshold several times: each chain
 * and range must read the same wherever its records ended up. */
static void fill_and_check(FgEvidenceStore *store) {
  enum { N = 8000 };
  uint64_t chains[4] = {FG_NO_EVIDENCE, FG_NO_EVIDENCE, FG_NO_EVIDENCE, FG_NO_EVIDENCE};
  uint64_t from = fg_evidence_store_size(store);
  char text[200];
  for (uint32_t i = 0; i < N; i++) {
    snprintf(text, sizeof text, "Sentence %05u %0150u.", i, i);
    FgEvidence ev = evidence(i % 7, i, text, i % 2 ? "odd" : "even");
    assert_true(fg_evidence_store_add(store, &chains[i % 4], &ev));
  }
  for (uint32_t c = 0; c < 4; c++) {
    Seen *s = read_chain(store, chains[c]);
    assert_int_equal(s->count, N / 4);
    for (size_t k = 0; k < s->count; k++) {
      uint32_t i = N - 4 + c - (uint32_t)k * 4;
      char want[64];
      snprintf(want, sizeof want, "Sentence %05u ", i);
      assert_int_equal(s->items[k].begin, i);
      assert_int_equal(s->items[k].document, i % 7);
      assert_memory_equal(s->items[k].sentence, want, strlen(want));
      assert_string_equal(s->items[k].rule, i % 2 ? "odd" : "even");
    }
    free(s);
  }
  Seen *s = read_range(store, from, fg_evidence_store_size(store));
  assert_int_equal(s->count, N);
  for (uint32_t i = 0; i < N; i++)
    assert_int_equal(s->items[i].begin, i);
  free(s);
}

static void test_spilled_records_read_back(void **state) {
  (void)state;
  char dir[] = "/tmp/fg-test-evidence-XXXXXX";
  assert_non_null(mkdtemp(dir));
  setenv("TMPDIR", dir, 1);
  FgEvidenceStore *store = fg_evidence_store_new();
  fill_and_check(store);
  assert_int_equal(fg_evidence_store_spill_error(store), 0);
  /* the file is unlinked as soon as it is made: nothing is left behind */
  assert_int_equal(entries_in(dir), 0);
  fg_evidence_store_free(store);
  unsetenv("TMPDIR");
  assert_int_equal(rmdir(dir), 0);
}

static void test_failed_spill_keeps_everything_in_memory(void **state) {
  (void)state;
  setenv("TMPDIR", "/nonexistent/factgraph-test", 1);
  FgEvidenceStore *store = fg_evidence_store_new();
  fill_and_check(store);
  assert_int_not_equal(fg_evidence_store_spill_error(store), 0);
  fg_evidence_store_free(store);
  unsetenv("TMPDIR");
}

/* The descriptor of the one store's (unlinked) temporary file, or -1. */
static int spill_fd(void) {
  DIR *d = opendir("/proc/self/fd");
  assert_non_null(d);
  int found = -1;
  for (struct dirent *e; (e = readdir(d)) != NULL;) {
    char link[300], target[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%s", e->d_name);
    ssize_t n = readlink(link, target, sizeof target - 1);
    if (n <= 0)
      continue;
    target[n] = '\0';
    if (strstr(target, "factgraph-evidence-")) {
      assert_int_equal(found, -1); /* one store at a time */
      found = atoi(e->d_name);
    }
  }
  closedir(d);
  return found;
}

/* Four chains of records, enough to spill several times. */
static void fill(FgEvidenceStore *store, uint64_t chains[4]) {
  char text[200];
  for (uint32_t i = 0; i < 8000; i++) {
    snprintf(text, sizeof text, "Sentence %05u %0150u.", i, i);
    FgEvidence ev = evidence(i % 7, i, text, i % 2 ? "odd" : "even");
    assert_true(fg_evidence_store_add(store, &chains[i % 4], &ev));
  }
}

/* What a message printed to a descriptor the store's file took (stderr
 * closed by the caller) does to it: every read is an error with a
 * reason, never a crash. */
static void test_corrupt_records_are_errors(void **state) {
  (void)state;
  char dir[] = "/tmp/fg-test-evidence-XXXXXX";
  assert_non_null(mkdtemp(dir));
  setenv("TMPDIR", dir, 1);
  FgEvidenceStore *store = fg_evidence_store_new();
  uint64_t chains[4] = {FG_NO_EVIDENCE, FG_NO_EVIDENCE, FG_NO_EVIDENCE, FG_NO_EVIDENCE};
  fill(store, chains);
  int fd = spill_fd();
  assert_true(fd > 2);
  char junk[65536];
  const char message[] = "factgraph: [2/2] news.txt\n\xff\xfe\x01";
  for (size_t i = 0; i < sizeof junk; i++)
    junk[i] = message[i % (sizeof message - 1)];
  assert_int_equal(pwrite(fd, junk, sizeof junk, 0), (ssize_t)sizeof junk);
  assert_null(fg_evidence_store_read_error(store));
  FgArena *strings = fg_arena_new();
  Seen *seen = calloc(1, sizeof *seen);
  for (int c = 0; c < 4; c++)
    assert_false(fg_evidence_store_read(store, chains[c], strings, remember, seen));
  assert_false(fg_evidence_store_read_range(store, 0, fg_evidence_store_size(store),
                                            strings, remember, seen));
  assert_non_null(fg_evidence_store_read_error(store));
  assert_non_null(strstr(fg_evidence_store_read_error(store), "corrupt record"));
  /* a head that is no record at all */
  assert_false(fg_evidence_store_read(store, fg_evidence_store_size(store) + 7,
                                      strings, remember, seen));
  free(seen);
  fg_arena_free(strings);
  fg_evidence_store_free(store);
  unsetenv("TMPDIR");
  assert_int_equal(rmdir(dir), 0);
}

/* With standard error closed, the temporary file must not become
 * descriptor 2, where the caller's messages would go. */
static void test_spill_file_is_never_a_standard_descriptor(void **state) {
  (void)state;
  int saved = dup(STDERR_FILENO);
  assert_true(saved > 2);
  close(STDERR_FILENO);
  FgEvidenceStore *store = fg_evidence_store_new();
  uint64_t chains[4] = {FG_NO_EVIDENCE, FG_NO_EVIDENCE, FG_NO_EVIDENCE, FG_NO_EVIDENCE};
  fill(store, chains);
  int fd = spill_fd();
  dup2(saved, STDERR_FILENO);
  close(saved);
  assert_int_equal(fg_evidence_store_spill_error(store), 0);
  assert_true(fd > 2);
  fg_evidence_store_free(store);
}

/* What a read without texts hands back. */
typedef struct {
  FgEvidenceRef refs[64];
  size_t count;
} Refs;

static bool remember_ref(void *handle, const FgEvidenceRef *ref) {
  Refs *r = handle;
  if (r->count == sizeof r->refs / sizeof *r->refs)
    return false;
  r->refs[r->count++] = *ref;
  return true;
}

/* Records of one sentence share its one copy: read without texts, they
 * point at the same place, and the text is read once, when asked for,
 * also after the store spilled to its file. */
static void test_refs_share_one_text(void **state) {
  (void)state;
  FgEvidenceStore *store = fg_evidence_store_new();
  char *filler = malloc(4096);
  memset(filler, 'f', 4095);
  filler[4095] = '\0';
  uint64_t a = FG_NO_EVIDENCE, b = FG_NO_EVIDENCE, pad = FG_NO_EVIDENCE;
  FgEvidence one = evidence(0, 0, "Kenya and Ethiopia and Chad joined.", "r1");
  assert_true(fg_evidence_store_add(store, &a, &one));
  assert_true(fg_evidence_store_add(store, &b, &one));
  assert_true(fg_evidence_store_add(store, &a, &one));
  for (uint32_t i = 0; i < 400; i++) { /* past the spill size */
    FgEvidence f = evidence(1, 100 + i * 10, filler, NULL);
    assert_true(fg_evidence_store_add(store, &pad, &f));
  }
  FgEvidence none = evidence(2, 0, NULL, "r2");
  assert_true(fg_evidence_store_add(store, &b, &none));
  Refs *r = calloc(1, sizeof *r);
  assert_true(fg_evidence_store_read_refs(store, a, remember_ref, r));
  assert_true(fg_evidence_store_read_refs(store, b, remember_ref, r));
  assert_int_equal(r->count, 4);
  assert_false(r->refs[2].has_text); /* b's newest: no sentence */
  assert_string_equal(r->refs[2].ev.rule, "r2");
  for (size_t i = 0; i < 4; i++)
    assert_null(r->refs[i].ev.sentence);
  assert_true(r->refs[0].text == r->refs[1].text && r->refs[1].text == r->refs[3].text);
  FgArena *strings = fg_arena_new();
  const char *text = NULL;
  assert_true(fg_evidence_store_text(store, &r->refs[3], strings, &text));
  assert_string_equal(text, "Kenya and Ethiopia and Chad joined.");
  assert_true(fg_evidence_store_text(store, &r->refs[2], strings, &text));
  assert_null(text);
  fg_arena_free(strings);
  free(r);
  free(filler);
  fg_evidence_store_free(store);
}

/* Sentences left in an attached file: read back from it by every kind of
 * read, mixed with the store's own in one chain; a text outside the file
 * is refused, and a file changed since is a read error naming it. */
static void test_texts_in_an_attached_file(void **state) {
  (void)state;
  FILE *part = tmpfile();
  assert_non_null(part);
  const char bytes[] = "headerKenya joined.Chad left.";
  assert_int_equal(fwrite(bytes, 1, sizeof bytes - 1, part), sizeof bytes - 1);
  assert_int_equal(fflush(part), 0);
  FgEvidenceStore *store = fg_evidence_store_new();
  assert_int_equal(fg_evidence_store_attach(store, -1, "bad"), 0);
  uint32_t file = fg_evidence_store_attach(store, fileno(part), "p.fgp");
  assert_int_equal(file, 1);
  uint64_t a = FG_NO_EVIDENCE;
  FgEvidence kenya = evidence(0, 0, NULL, "r1"), chad = evidence(1, 0, NULL, NULL);
  FgEvidence own = evidence(2, 0, "Own.", NULL);
  uint64_t from = fg_evidence_store_size(store);
  assert_true(fg_evidence_store_add_at(store, &a, &kenya, file, 6, 13));
  assert_true(fg_evidence_store_add(store, &a, &own));
  assert_true(fg_evidence_store_add_at(store, &a, &chad, file, 19, 10));
  uint64_t to = fg_evidence_store_size(store);
  /* past the file's end, or a file never attached */
  assert_false(fg_evidence_store_add_at(store, &a, &chad, file, 19, 11));
  assert_false(fg_evidence_store_add_at(store, &a, &chad, 2, 0, 1));
  Seen *s = read_chain(store, a);
  assert_int_equal(s->count, 3);
  assert_string_equal(s->items[0].sentence, "Chad left.");
  assert_string_equal(s->items[1].sentence, "Own.");
  assert_string_equal(s->items[2].sentence, "Kenya joined.");
  free(s);
  s = read_range(store, from, to);
  assert_int_equal(s->count, 3);
  assert_string_equal(s->items[0].sentence, "Kenya joined.");
  assert_string_equal(s->items[2].sentence, "Chad left.");
  free(s);
  Refs *r = calloc(1, sizeof *r);
  assert_true(fg_evidence_store_read_refs(store, a, remember_ref, r));
  FgArena *strings = fg_arena_new();
  const char *text = NULL;
  assert_true(fg_evidence_store_text(store, &r->refs[2], strings, &text));
  assert_string_equal(text, "Kenya joined.");
  /* the file changes: its sentences are no longer what was added */
  assert_int_equal(fputc('x', part), 'x');
  assert_int_equal(fflush(part), 0);
  assert_false(fg_evidence_store_text(store, &r->refs[2], strings, &text));
  assert_non_null(strstr(fg_evidence_store_read_error(store), "p.fgp: changed"));
  fg_arena_free(strings);
  free(r);
  fclose(part); /* the store keeps its own descriptor */
  fg_evidence_store_free(store);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_chains_read_newest_first),
      cmocka_unit_test(test_refs_share_one_text),
      cmocka_unit_test(test_range_reads_oldest_first),
      cmocka_unit_test(test_spilled_records_read_back),
      cmocka_unit_test(test_failed_spill_keeps_everything_in_memory),
      cmocka_unit_test(test_spill_file_is_never_a_standard_descriptor),
      cmocka_unit_test(test_corrupt_records_are_errors),
      cmocka_unit_test(test_texts_in_an_attached_file),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
