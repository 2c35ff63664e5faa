/* SPDX-License-Identifier: MIT */
/* Partial results through the public API: a part written by one run and
 * added to another gives the graph of one run over the same documents;
 * a part that is cut short, has a byte changed or is not a part at all is
 * refused, named, and leaves the run as it was. A run that keeps the
 * CoNLL-U analysis writes each document's into its parts and takes it
 * from them, and writes it in the graph's order under the final ids. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xxhash.h>

#include "factgraph/run.h"

static const char A[] =
    "President Amara Okonkwo of Nigeria met with Kenyan Foreign Minister "
    "Wanjiru Kamau in the capital, Abuja, on Monday to discuss trade.";
static const char B[] =
    "Wanjiru Kamau praised Amara Okonkwo. Kamau later criticised the "
    "African Union over the summit in Addis Ababa.";

/* One claim stated more often than a run keeps sentences of
 * (FG_EVIDENCE_PER_DOCUMENT): four are counted as omitted. */
#define PRAISED(day) "Wanjiru Kamau praised Amara Okonkwo on day " day ". "
static const char C[] = PRAISED("1") PRAISED("2") PRAISED("3") PRAISED("4") PRAISED("5")
    PRAISED("6") PRAISED("7") PRAISED("8") PRAISED("9") PRAISED("10") PRAISED("11")
        PRAISED("12") PRAISED("13") PRAISED("14");
/* One person in two spellings of one word count: the label is the one
 * used in more documents, the byte-wise smaller on a tie. */
static const char X[] = "Jos\u00e9 Garc\u00eda praised Kenya on Monday.";
static const char Y[] = "Jose Garcia criticised Chad on Tuesday.";
static const char Z[] = "Wanjiru Kamau visited Nairobi on Friday.";

/* The errors a run reported, and the source of the last. */
typedef struct {
  size_t errors, warnings;
  char source[256];
  char message[512];
} Seen;

static void record(void *handle, const FgDiag *d) {
  Seen *seen = handle;
  if (d->severity == FG_SEV_ERROR)
    seen->errors++;
  else if (d->severity == FG_SEV_WARNING)
    seen->warnings++;
  snprintf(seen->source, sizeof seen->source, "%s", d->source ? d->source : "");
  snprintf(seen->message, sizeof seen->message, "%s", d->message ? d->message : "");
}

static FgRun *new_run_conllu(Seen *seen, bool conllu) {
  FgConfig config = fg_config_default();
  config.conllu = conllu;
  const char *dir = getenv("FACTGRAPH_ONTOLOGY");
  if (dir)
    config.ontology_dir = dir;
  config.diag = record;
  config.diag_handle = seen;
  FgRun *run = NULL;
  assert_int_equal(fg_run_new(&config, &run), FG_OK);
  return run;
}

static FgRun *new_run(Seen *seen) { return new_run_conllu(seen, false); }

static void add(FgRun *run, const char *id, const char *text) {
  assert_int_equal(fg_run_add_memory(run, id, text, strlen(text)), FG_OK);
}

/* The finished run written in format, owned by the caller. */
static char *write_to_text(const FgRun *run, FgFormat format) {
  char *text = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&text, &len);
  assert_non_null(out);
  assert_int_equal(fg_run_write(run, format, NULL, out), FG_OK);
  assert_int_equal(fclose(out), 0);
  return text;
}

/* The finished run's graph as N-Quads, owned by the caller. */
static char *finish_to_nquads(FgRun *run) {
  assert_int_equal(fg_run_finish(run), FG_OK);
  return write_to_text(run, FG_FORMAT_NQUADS);
}

/* A part of the documents given, as bytes (*len of them), with the
 * CoNLL-U analysis when conllu. */
static char *part_of_conllu(const char *const *ids, const char *const *texts, size_t n,
                            size_t *len, bool conllu) {
  Seen seen = {0};
  FgRun *run = new_run_conllu(&seen, conllu);
  for (size_t i = 0; i < n; i++)
    add(run, ids[i], texts[i]);
  char *bytes = NULL;
  FILE *out = open_memstream(&bytes, len);
  assert_non_null(out);
  assert_int_equal(fg_run_write_part_stream(run, out, "part"), FG_OK);
  assert_int_equal(fclose(out), 0);
  fg_run_free(run);
  return bytes;
}

static char *part_of(const char *const *ids, const char *const *texts, size_t n,
                     size_t *len) {
  return part_of_conllu(ids, texts, n, len, false);
}

/* Adds a part from memory: its sentences are copied into the run. */
static FgStatus add_memory_bytes(FgRun *run, const char *bytes, size_t len) {
  FILE *in = fmemopen((void *)(uintptr_t)bytes, len ? len : 1, "rb");
  assert_non_null(in);
  FgStatus st = fg_run_add_part_stream(run, in, "bytes.fgp");
  fclose(in);
  return st;
}

/* Adds a part from a (temporary) file: its sentences stay there. */
static FgStatus add_bytes(FgRun *run, const char *bytes, size_t len) {
  FILE *in = tmpfile();
  assert_non_null(in);
  assert_int_equal(fwrite(bytes, 1, len, in), len);
  rewind(in);
  FgStatus st = fg_run_add_part_stream(run, in, "bytes.fgp");
  fclose(in);
  return st;
}

/* One run over the documents given, as N-Quads. */
static char *one_run_of(const char *const *ids, const char *const *texts, size_t n) {
  Seen seen = {0};
  FgRun *run = new_run(&seen);
  for (size_t i = 0; i < n; i++)
    add(run, ids[i], texts[i]);
  char *nq = finish_to_nquads(run);
  fg_run_free(run);
  return nq;
}

static char *one_run_nquads(void) {
  Seen seen = {0};
  FgRun *run = new_run(&seen);
  add(run, "a.txt", A);
  add(run, "b.txt", B);
  char *nq = finish_to_nquads(run);
  fg_run_free(run);
  /* facts with their sentences from both documents, or nothing is tested */
  assert_non_null(strstr(nq, "/fact/"));
  assert_non_null(strstr(nq, "later criticised"));
  assert_non_null(strstr(nq, "to discuss trade"));
  return nq;
}

static void test_round_trip_any_order(void **state) {
  (void)state;
  char *expected = one_run_nquads();
  const char *ida[] = {"a.txt"}, *ta[] = {A}, *idb[] = {"b.txt"}, *tb[] = {B};
  size_t la, lb;
  char *pa = part_of(ida, ta, 1, &la), *pb = part_of(idb, tb, 1, &lb);
  assert_memory_equal(pa, "\x89" "FGPART\n", 8);
  for (int order = 0; order < 2; order++) {
    Seen seen = {0};
    FgRun *run = new_run(&seen);
    /* sentences copied from memory, or read back from the parts' files */
    FgStatus (*adder)(FgRun *, const char *, size_t) = order ? add_memory_bytes : add_bytes;
    assert_int_equal(adder(run, order ? pb : pa, order ? lb : la), FG_OK);
    assert_int_equal(adder(run, order ? pa : pb, order ? la : lb), FG_OK);
    assert_int_equal(fg_run_document_count(run), 2);
    char *nq = finish_to_nquads(run);
    assert_string_equal(nq, expected);
    assert_int_equal(seen.errors, 0);
    free(nq);
    fg_run_free(run);
  }
  free(pa);
  free(pb);
  free(expected);
}

/* A part of a merge is the part of one run: a tree of merges is flat. */
static void test_part_of_parts(void **state) {
  (void)state;
  const char *ids[] = {"a.txt", "b.txt"}, *texts[] = {A, B};
  size_t la, lb;
  char *pa = part_of(ids, texts, 1, &la), *pb = part_of(ids + 1, texts + 1, 1, &lb);
  Seen seen = {0};
  FgRun *run = new_run(&seen);
  assert_int_equal(add_bytes(run, pa, la), FG_OK);
  assert_int_equal(add_bytes(run, pb, lb), FG_OK);
  char *merged = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&merged, &len);
  assert_int_equal(fg_run_write_part_stream(run, out, "merged"), FG_OK);
  fclose(out);
  fg_run_free(run);
  run = new_run(&seen);
  assert_int_equal(add_bytes(run, merged, len), FG_OK);
  char *nq = finish_to_nquads(run);
  char *expected = one_run_nquads();
  assert_string_equal(nq, expected);
  /* a finished run writes no part */
  free(merged);
  out = open_memstream(&merged, &len);
  assert_int_equal(fg_run_write_part_stream(run, out, "late"), FG_ERR_USAGE);
  fclose(out);
  fg_run_free(run);
  free(nq);
  free(expected);
  free(merged);
  free(pa);
  free(pb);
}

/* A part's bytes with their length. */
typedef struct {
  char *bytes;
  size_t len;
} Part;

/* Adds the parts to a new run, the second with status second (the first
 * is new); the run warns warnings times and finishes to expected. */
static void expect_merge(Part first, Part second, FgStatus status, size_t warnings,
                         const char *expected) {
  Seen seen = {0};
  FgRun *run = new_run(&seen);
  assert_int_equal(add_bytes(run, first.bytes, first.len), FG_OK);
  assert_int_equal(add_bytes(run, second.bytes, second.len), status);
  assert_int_equal(seen.warnings, warnings);
  assert_int_equal(seen.errors, 0);
  char *nq = finish_to_nquads(run);
  assert_string_equal(nq, expected);
  free(nq);
  fg_run_free(run);
}

static Part part_of_docs(const char *const *ids, const char *const *texts, size_t n) {
  Part p;
  p.bytes = part_of(ids, texts, n, &p.len);
  return p;
}

/* Parts that share some documents: each document counts once, with one
 * warning, whichever part brings it first, and a tree of such merges is
 * flat. The shared document b has entities folded with the others' and
 * c a fact with sentences counted as omitted. */
static void test_overlapping_parts(void **state) {
  (void)state;
  const char *ids[] = {"a.txt", "b.txt", "c.txt"}, *texts[] = {A, B, C};
  char *expected = one_run_of(ids, texts, 3);
  assert_non_null(strstr(expected, "omittedEvidenceCount> \"4\""));
  Part ab = part_of_docs(ids, texts, 2), bc = part_of_docs(ids + 1, texts + 1, 2);
  Part abc = part_of_docs(ids, texts, 3), b = part_of_docs(ids + 1, texts + 1, 1);
  Part c = part_of_docs(ids + 2, texts + 2, 1);
  expect_merge(ab, bc, FG_OK, 1, expected);
  expect_merge(bc, ab, FG_OK, 1, expected);
  expect_merge(abc, b, FG_NOTHING, 1, expected);
  expect_merge(b, abc, FG_OK, 1, expected);
  /* a tree: a part of {b,c} + {a,b}, then with {c} either way */
  Seen seen = {0};
  FgRun *run = new_run(&seen);
  assert_int_equal(add_bytes(run, bc.bytes, bc.len), FG_OK);
  assert_int_equal(add_bytes(run, ab.bytes, ab.len), FG_OK);
  Part tree = {NULL, 0};
  FILE *out = open_memstream(&tree.bytes, &tree.len);
  assert_int_equal(fg_run_write_part_stream(run, out, "tree"), FG_OK);
  assert_int_equal(fclose(out), 0);
  fg_run_free(run);
  expect_merge(tree, c, FG_NOTHING, 1, expected);
  expect_merge(c, tree, FG_OK, 1, expected);
  Part all[] = {ab, bc, abc, b, c, tree};
  for (size_t i = 0; i < sizeof all / sizeof *all; i++)
    free(all[i].bytes);
  free(expected);
}

/* What a document left out brought to an entity is left out too: x's
 * spelling, in one document, ties with y's, so the smaller wins; counting
 * x's copy of the part {x,z} would make its spelling win. */
static void test_left_out_copies_not_counted(void **state) {
  (void)state;
  const char *ids[] = {"x.txt", "y.txt", "z.txt"}, *texts[] = {X, Y, Z};
  char *expected = one_run_of(ids, texts, 3);
  assert_non_null(strstr(expected, "#label> \"Jose Garcia\""));
  const char *idxz[] = {"x.txt", "z.txt"}, *txz[] = {X, Z};
  Part xy = part_of_docs(ids, texts, 2), xz = part_of_docs(idxz, txz, 2);
  expect_merge(xy, xz, FG_OK, 1, expected);
  expect_merge(xz, xy, FG_OK, 1, expected);
  free(xy.bytes);
  free(xz.bytes);
  free(expected);
}

/* A run given one text twice under one name (through the library) has
 * two documents, and so has its part: copies are matched one to one, so
 * a part with one more copy is the same in either order. */
static void test_copies_matched_one_to_one(void **state) {
  (void)state;
  const char *ids[] = {"b.txt", "b.txt"}, *texts[] = {B, B};
  char *expected = one_run_of(ids, texts, 2);
  assert_non_null(strstr(expected, "b.txt~2"));
  Part bb = part_of_docs(ids, texts, 2), b = part_of_docs(ids, texts, 1);
  expect_merge(bb, b, FG_NOTHING, 1, expected);
  expect_merge(b, bb, FG_OK, 1, expected);
  expect_merge(bb, bb, FG_NOTHING, 2, expected);
  free(bb.bytes);
  free(b.bytes);
  free(expected);
}

/* Every cut and every changed byte is refused before anything is taken,
 * so the run still finishes to the right graph afterwards. */
static void test_bad_parts_refused(void **state) {
  (void)state;
  /* c: a fact with omitted sentences; a and b: entities with two copies */
  const char *ids[] = {"a.txt", "b.txt", "c.txt"}, *texts[] = {A, B, C};
  size_t len;
  char *part = part_of(ids, texts, 3, &len);
  char *bad = malloc(len);
  assert_non_null(bad);
  Seen seen = {0};
  FgRun *run = new_run(&seen);
  size_t refused = 0;
  for (size_t cut = 0; cut < len; cut += 1 + cut / 8, refused++)
    assert_int_equal(add_bytes(run, part, cut), FG_ERR_INPUT);
  for (size_t i = 0; i < len; i++, refused++) {
    memcpy(bad, part, len);
    bad[i] = (char)(bad[i] ^ 0x20);
    assert_int_equal(add_bytes(run, bad, len), FG_ERR_INPUT);
  }
  assert_int_equal(add_bytes(run, "not a part, a text\n", 19), FG_ERR_INPUT);
  refused++;
  assert_int_equal(seen.errors, refused);
  assert_string_equal(seen.source, "bytes.fgp");
  assert_int_equal(fg_run_document_count(run), 0);
  assert_int_equal(fg_run_add_part(run, "/nonexistent/x.fgp"), FG_ERR_IO);
  assert_string_equal(seen.source, "/nonexistent/x.fgp");
  /* the good part still goes in, once: the second time it is skipped */
  assert_int_equal(add_bytes(run, part, len), FG_OK);
  size_t warnings = seen.warnings;
  assert_int_equal(add_bytes(run, part, len), FG_NOTHING);
  assert_int_equal(seen.warnings, warnings + 3);
  char *nq = finish_to_nquads(run);
  char *expected = one_run_of(ids, texts, 3);
  assert_string_equal(nq, expected);
  fg_run_free(run);
  free(nq);
  free(expected);
  free(bad);
  free(part);
}

/* Rewrites the checksum of a part of len bytes after a change. */
static void reseal(char *part, size_t len) {
  uint64_t sum = XXH3_64bits(part, len - 16);
  for (size_t i = 0; i < 8; i++)
    part[len - 16 + i] = (char)(sum >> (8 * i));
}

/* A part whose checksum holds but whose content was changed (as a program
 * other than factgraph could write): every changed byte of the body is
 * refused or taken, never a crash, an overread or a huge allocation (the
 * sanitizer build and valgrind check that). */
static void resealed_changes(bool conllu) {
  const char *ids[] = {"a.txt", "b.txt"}, *texts[] = {A, B};
  size_t len;
  char *part = part_of_conllu(ids, texts, 2, &len, conllu);
  char *bad = malloc(len);
  assert_non_null(bad);
  Seen seen = {0};
  FgRun *run = new_run_conllu(&seen, conllu);
  size_t refused = 0, taken = 0;
  for (size_t i = 12; i + 24 < len; i++) {
    for (int bit = 0; bit < 8; bit += 7) {
      memcpy(bad, part, len);
      bad[i] = (char)(bad[i] ^ (1 << bit));
      reseal(bad, len);
      FgStatus st = add_bytes(run, bad, len);
      /* FG_ERR_USAGE: the byte saying the analysis is carried was
       * cleared, and this run wants it */
      assert_true(st == FG_OK || st == FG_NOTHING || st == FG_ERR_INPUT ||
                  (conllu && st == FG_ERR_USAGE));
      refused += st == FG_ERR_INPUT ? 1u : 0u;
      taken += st == FG_OK ? 1u : 0u; /* a changed letter of a sentence */
    }
  }
  assert_true(refused > 0);
  assert_true(taken > 0); /* the checksum was made right again */
  fg_run_free(run);
  free(bad);
  free(part);
}

static void test_resealed_changes_never_crash(void **state) {
  (void)state;
  resealed_changes(false);
}

/* The same with the analysis carried and copied to the run's. */
static void test_resealed_analysis_never_crash(void **state) {
  (void)state;
  resealed_changes(true);
}

/* One run's CoNLL-U over the documents in this order, owned by the
 * caller. */
static char *one_run_conllu(const char *const *ids, const char *const *texts, size_t n) {
  Seen seen = {0};
  FgRun *run = new_run_conllu(&seen, true);
  for (size_t i = 0; i < n; i++)
    add(run, ids[i], texts[i]);
  assert_int_equal(fg_run_finish(run), FG_OK);
  char *conllu = write_to_text(run, FG_FORMAT_CONLLU);
  fg_run_free(run);
  assert_int_equal(seen.errors, 0);
  return conllu;
}

/* Parts a (documents ids[0..1)) and b (the rest), each carrying the
 * analysis, merged in the order given, directly and through a part of
 * that merge: both give one run's N-Quads and CoNLL-U. */
static void merge_both_ways(const char *const *ids, const char *const *texts,
                            size_t n, const char *nq_expected,
                            const char *conllu_expected) {
  size_t la, lb;
  char *pa = part_of_conllu(ids, texts, 1, &la, true);
  char *pb = part_of_conllu(ids + 1, texts + 1, n - 1, &lb, true);
  for (int order = 0; order < 2; order++) {
    Seen seen = {0};
    FgRun *run = new_run_conllu(&seen, true);
    assert_int_equal(add_bytes(run, order ? pb : pa, order ? lb : la), FG_OK);
    assert_int_equal(add_bytes(run, order ? pa : pb, order ? la : lb), FG_OK);
    /* a part of this merge, read back, is the merge */
    char *merged = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&merged, &len);
    assert_int_equal(fg_run_write_part_stream(run, out, "merged"), FG_OK);
    assert_int_equal(fclose(out), 0);
    FgRun *again = new_run_conllu(&seen, true);
    assert_int_equal(add_bytes(again, merged, len), FG_OK);
    FgRun *runs[] = {run, again};
    for (size_t r = 0; r < 2; r++) {
      char *nq = finish_to_nquads(runs[r]);
      char *conllu = write_to_text(runs[r], FG_FORMAT_CONLLU);
      assert_string_equal(nq, nq_expected);
      assert_string_equal(conllu, conllu_expected);
      free(nq);
      free(conllu);
      fg_run_free(runs[r]);
    }
    assert_int_equal(seen.errors, 0);
    free(merged);
  }
  free(pa);
  free(pb);
}

/* CoNLL-U follows the graph: the documents in the order of their ids
 * whatever the order of reading, so parts carrying each document's
 * analysis merge, in either order or through a part of parts, into one
 * run's CoNLL-U, with the graph unchanged. */
static void test_conllu_carried(void **state) {
  (void)state;
  const char *ids[] = {"b.txt", "a.txt"}, *texts[] = {B, A};
  const char *rids[] = {"a.txt", "b.txt"}, *rtexts[] = {A, B};
  char *forward = one_run_conllu(ids, texts, 2),
       *backward = one_run_conllu(rids, rtexts, 2);
  assert_string_equal(forward, backward);
  /* a.txt first, though read second; B's two sentences numbered under
   * its own id */
  const char *a = strstr(forward, "# newdoc id = a.txt\n# sent_id = a.txt-1\n");
  const char *b = strstr(forward, "# newdoc id = b.txt\n# sent_id = b.txt-1\n");
  assert_true(a == forward && b > a);
  assert_non_null(strstr(b, "# sent_id = b.txt-2\n"));
  char *nq_expected = one_run_nquads();
  merge_both_ways(ids, texts, 2, nq_expected, forward);
  free(forward);
  free(backward);
  free(nq_expected);
}

/* Whether bytes[0, len) hold s. */
static bool holds(const char *bytes, size_t len, const char *s) {
  size_t n = strlen(s);
  for (size_t i = 0; i + n <= len; i++)
    if (memcmp(bytes + i, s, n) == 0)
      return true;
  return false;
}

/* Documents that share an id are told apart in CoNLL-U as in the graph:
 * each part alone calls its document "same.txt", the merge (and one run)
 * "same.txt" and "same.txt~2", in every sentence id too. */
static void test_conllu_final_ids(void **state) {
  (void)state;
  const char *ids[] = {"same.txt", "same.txt"}, *texts[] = {A, B},
             *rtexts[] = {B, A};
  char *conllu = one_run_conllu(ids, texts, 2),
       *reversed = one_run_conllu(ids, rtexts, 2);
  assert_string_equal(conllu, reversed);
  const char *first =
      strstr(conllu, "# newdoc id = same.txt\n# sent_id = same.txt-1\n");
  const char *second =
      strstr(conllu, "# newdoc id = same.txt~2\n# sent_id = same.txt~2-1\n");
  assert_true(first == conllu && second > first);
  Seen seen = {0};
  FgRun *run = new_run(&seen);
  add(run, ids[0], texts[0]);
  add(run, ids[1], texts[1]);
  char *nq = finish_to_nquads(run);
  fg_run_free(run);
  assert_non_null(strstr(nq, "/doc/same.txt~2>"));
  size_t len;
  char *alone = part_of_conllu(ids, texts + 1, 1, &len, true);
  assert_true(holds(alone, len, "# sent_id = 1\n"));
  assert_false(holds(alone, len, "same.txt~2"));
  merge_both_ways(ids, texts, 2, nq, conllu);
  free(alone);
  free(nq);
  free(conllu);
  free(reversed);
}

/* A run that writes CoNLL-U refuses a part without the analysis (a usage
 * error naming it) before taking anything; a run that does not skips the
 * analysis a part carries. */
static void test_conllu_missing_refused(void **state) {
  (void)state;
  const char *ids[] = {"a.txt", "b.txt"}, *texts[] = {A, B};
  size_t plain_len, full_len;
  char *plain = part_of_conllu(ids, texts, 2, &plain_len, false);
  char *full = part_of_conllu(ids, texts, 2, &full_len, true);
  assert_true(full_len > plain_len);
  Seen seen = {0};
  FgRun *run = new_run_conllu(&seen, true);
  assert_int_equal(add_bytes(run, plain, plain_len), FG_ERR_USAGE);
  assert_int_equal(seen.errors, 1);
  assert_string_equal(seen.source, "bytes.fgp");
  assert_int_equal(fg_run_document_count(run), 0);
  fg_run_free(run);
  run = new_run(&seen);
  assert_int_equal(add_bytes(run, full, full_len), FG_OK);
  char *nq = finish_to_nquads(run);
  char *expected = one_run_nquads();
  assert_string_equal(nq, expected);
  /* and no CoNLL-U from a run that did not keep it */
  FILE *out = fopen("/dev/null", "w");
  assert_non_null(out);
  assert_int_equal(fg_run_write(run, FG_FORMAT_CONLLU, NULL, out), FG_ERR_USAGE);
  fclose(out);
  fg_run_free(run);
  free(nq);
  free(expected);
  free(plain);
  free(full);
}

/* Written to a path: atomically, read back by path. */
static void test_part_file(void **state) {
  (void)state;
  char dir[] = "/tmp/fg-test-part-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char path[64];
  snprintf(path, sizeof path, "%s/p.fgp", dir);
  Seen seen = {0};
  FgRun *run = new_run(&seen);
  add(run, "a.txt", A);
  add(run, "b.txt", B);
  assert_int_equal(fg_run_write_part(run, path), FG_OK);
  fg_run_free(run);
  run = new_run(&seen);
  assert_int_equal(fg_run_add_part(run, path), FG_OK);
  char *nq = finish_to_nquads(run);
  char *expected = one_run_nquads();
  assert_string_equal(nq, expected);
  fg_run_free(run);
  /* its sentences are read from it at the end: a part changed in between
   * is an I/O error, not other sentences */
  run = new_run(&seen);
  assert_int_equal(fg_run_add_part(run, path), FG_OK);
  FILE *part = fopen(path, "ab");
  assert_non_null(part);
  assert_int_equal(fputc('x', part), 'x');
  assert_int_equal(fclose(part), 0);
  size_t errors = seen.errors;
  assert_int_equal(fg_run_finish(run), FG_ERR_IO);
  assert_int_equal(seen.errors, errors + 1);
  assert_non_null(strstr(seen.message, "p.fgp: changed since it was merged"));
  fg_run_free(run);
  free(nq);
  free(expected);
  assert_int_equal(remove(path), 0);
  assert_int_equal(remove(dir), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_round_trip_any_order),
      cmocka_unit_test(test_part_of_parts),
      cmocka_unit_test(test_overlapping_parts),
      cmocka_unit_test(test_left_out_copies_not_counted),
      cmocka_unit_test(test_copies_matched_one_to_one),
      cmocka_unit_test(test_bad_parts_refused),
      cmocka_unit_test(test_resealed_changes_never_crash),
      cmocka_unit_test(test_resealed_analysis_never_crash),
      cmocka_unit_test(test_conllu_carried),
      cmocka_unit_test(test_conllu_final_ids),
      cmocka_unit_test(test_conllu_missing_refused),
      cmocka_unit_test(test_part_file),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
