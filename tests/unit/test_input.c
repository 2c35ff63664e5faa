/* SPDX-License-Identifier: MIT */
/* Reading inputs: format detection, the chunked source, and documents
 * through the public run API (formats, JSON Lines, long text segments). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "factgraph/factgraph.h"
#include "input/detect.h"
#include "input/read.h"
#include "input/source.h"

static FgInputFormat detect(const char *head) {
  return fg_input_detect(head, strlen(head));
}

static void test_detect(void **state) {
  (void)state;
  assert_int_equal(detect("Plain text.\n"), FG_INPUT_TEXT);
  assert_int_equal(detect("\xEF\xBB\xBF  {\"text\": \"x\"}\n"), FG_INPUT_JSONL);
  assert_int_equal(detect("{}\n"), FG_INPUT_JSONL);
  assert_int_equal(detect("{Update} Plain text after all."), FG_INPUT_TEXT);
  assert_int_equal(detect("<!DOCTYPE html><p>x"), FG_INPUT_HTML);
  assert_int_equal(detect("<div>fragment</div>"), FG_INPUT_HTML);
  assert_int_equal(detect("<?xml version=\"1.0\"?>\n<!-- c -->\n<nitf>"),
                   FG_INPUT_NITF);
  assert_int_equal(detect("<?xml version=\"1.0\"?><!DOCTYPE nitf SYSTEM "
                          "\"nitf.dtd\"><nitf>"),
                   FG_INPUT_NITF);
  assert_int_equal(detect("<g2:newsItem xmlns:g2=\"x\">"), FG_INPUT_NEWSML);
  assert_int_equal(detect("<newsMessage>"), FG_INPUT_NEWSML);
  assert_int_equal(detect("<?xml version=\"1.0\"?><html xmlns=\"x\">"),
                   FG_INPUT_HTML);
  /* Other XML goes to the XML reader, which refuses it by name. */
  assert_int_equal(detect("<?xml version=\"1.0\"?><rss>"), FG_INPUT_NEWSML);
  assert_int_equal(detect("<!-- never closed"), FG_INPUT_HTML);
  assert_int_equal(detect(""), FG_INPUT_TEXT);
}

/* Magic numbers, control bytes and invalid UTF-8 tell binary input; a
 * legacy 8-bit text and a stray control byte do not. */
static void test_binary_kinds(void **state) {
  (void)state;
  assert_non_null(strstr(fg_input_binary_kind("\x1F\x8B\x08\x00", 4), "gzip"));
  assert_non_null(strstr(fg_input_binary_kind("%PDF-1.7\nKenya", 14), "PDF"));
  assert_non_null(strstr(fg_input_binary_kind("\xFF\xD8\xFF\xE0 text", 9), "JPEG"));
  assert_non_null(strstr(fg_input_binary_kind("\x28\xB5\x2F\xFD", 4), "zstd"));
  char block[8192];
  uint32_t x = 12345;
  for (size_t i = 0; i < sizeof block; i++) {
    x = x * 1103515245u + 12345u;
    block[i] = (char)(x >> 24);
  }
  assert_non_null(fg_input_binary_kind(block, sizeof block));
  for (size_t i = 0; i < sizeof block; i++)
    block[i] = i % 7 ? 'a' : (char)0xE9; /* Latin-1 text */
  assert_null(fg_input_binary_kind(block, sizeof block));
  block[10] = '\x01';
  assert_null(fg_input_binary_kind(block, sizeof block));
  assert_null(fg_input_binary_kind("Kenya joined NATO.", 18));
  assert_null(fg_input_binary_kind("", 0));
}

static void test_format_names(void **state) {
  (void)state;
  FgInputFormat f;
  const char *names[] = {"auto", "text", "html", "nitf", "newsml", "jsonl"};
  for (size_t i = 0; i < 6; i++) {
    assert_true(fg_input_format_from_name(names[i], &f));
    assert_int_equal(f, (FgInputFormat)i);
    assert_string_equal(fg_input_format_name(f), names[i]);
  }
  assert_false(fg_input_format_from_name("HTML", &f));
  assert_false(fg_input_format_from_name("", &f));
}

static FILE *open_string(const char *s) {
  return fmemopen((void *)(uintptr_t)s, strlen(s), "rb");
}

static void test_segments_cut_at_paragraphs(void **state) {
  (void)state;
#define E2 "\xC3\xA9\xC3\xA9" /* two e-acutes: 4 bytes */
  FILE *f = open_string("one two\n\nthree four five\nsix seven\n" E2 E2 E2
                        E2 E2 E2);
  FgSource src;
  fg_source_init(&src, f);
  /* After a blank line, a line end, else a character boundary. */
  const char *expected[] = {"one two\n\n", "three four five\n",
                            "six seven\n", E2 E2 E2 E2, E2 E2};
  const char *seg;
  size_t len, n = 0;
  while (fg_source_segment(&src, 17, &seg, &len)) {
    assert_true(n < 5);
    assert_int_equal(len, strlen(expected[n]));
    assert_memory_equal(seg, expected[n], len);
    n++;
  }
  assert_int_equal(n, 5);
  assert_false(src.failed);
  fg_source_free(&src);
  fclose(f);
}

/* The bytes of a page read whole are freed once consumed; unread bytes
 * stay, and reading goes on after. */
static void test_release_after_rest(void **state) {
  (void)state;
  FILE *f = open_string("line one\nthe rest of the page");
  FgSource src;
  fg_source_init(&src, f);
  const char *line, *rest;
  size_t len;
  assert_int_equal(fg_source_line(&src, 100, &line, &len), FG_LINE_OK);
  fg_source_release(&src); /* "the rest ..." is unread: kept */
  assert_non_null(src.buf.data);
  assert_true(fg_source_rest(&src, 100, &rest, &len));
  assert_int_equal(len, strlen("the rest of the page"));
  assert_memory_equal(rest, "the rest of the page", len);
  fg_source_release(&src);
  assert_null(src.buf.data);
  assert_int_equal(src.buf.cap, 0);
  assert_true(fg_source_rest(&src, 100, &rest, &len));
  assert_int_equal(len, 0);
  assert_false(src.failed);
  fg_source_free(&src);
  fclose(f);
}

static void test_lines_and_long_lines(void **state) {
  (void)state;
  FILE *f = open_string("short\r\nthis line is far too long\nlast");
  FgSource src;
  fg_source_init(&src, f);
  const char *line;
  size_t len;
  assert_int_equal(fg_source_line(&src, 10, &line, &len), FG_LINE_OK);
  assert_int_equal(len, 5);
  assert_memory_equal(line, "short", 5);
  assert_int_equal(fg_source_line(&src, 10, &line, &len), FG_LINE_TOO_LONG);
  assert_int_equal(fg_source_line(&src, 10, &line, &len), FG_LINE_OK);
  assert_memory_equal(line, "last", 4);
  assert_int_equal(src.line, 3);
  assert_int_equal(fg_source_line(&src, 10, &line, &len), FG_LINE_END);
  fg_source_free(&src);
  fclose(f);
}

/* ---- through the run ---- */

/* The default configuration with the ontology the tests are given. */
static FgConfig test_config(void) {
  FgConfig config = fg_config_default();
  const char *dir = getenv("FACTGRAPH_ONTOLOGY");
  if (dir)
    config.ontology_dir = dir;
  return config;
}

static int new_run(void **state) {
  FgConfig config = test_config();
  FgRun *run = NULL;
  *state = NULL;
  if (fg_run_new(&config, &run) != FG_OK)
    return -1;
  *state = run;
  return 0;
}

static int free_run(void **state) {
  fg_run_free(*state);
  return 0;
}

static const char MEETING[] =
    "President Amara Okonkwo of Nigeria met with Kenyan Foreign Minister "
    "Wanjiru Kamau in the capital, Abuja, on Monday to discuss trade.";

static const FgFact *met_with(const FgGraph *graph) {
  for (size_t i = 0; i < fg_graph_fact_count(graph); i++) {
    const FgFact *fact = fg_graph_fact(graph, i);
    if (strcmp(fact->claim.predicate, "metWith") == 0)
      return fact;
  }
  return NULL;
}

/* The first sentence of the metWith fact, read back from the graph; its
 * strings are not kept. */
static FgEvidence met_with_evidence(const FgGraph *graph) {
  FgEvidenceList list = {0};
  FgEvidence ev = {0};
  for (size_t i = 0; i < fg_graph_fact_count(graph); i++)
    if (fg_graph_fact(graph, i) == met_with(graph) &&
        fg_graph_fact_evidence(graph, i, &list) == FG_OK && list.count)
      ev = list.items[0];
  fg_evidence_list_free(&list);
  ev.sentence = ev.rule = NULL;
  return ev;
}

static void test_jsonl_documents(void **state) {
  FgRun *run = *state;
  char lines[1024];
  snprintf(lines, sizeof lines,
           "{\"id\": \"first\", \"text\": \"%s\"}\n"
           "not json\n\n"
           "{\"html\": \"<p>%s</p>\", \"url\": \"https://example.org/x\"}\n",
           MEETING, MEETING);
  assert_int_equal(fg_run_add_memory(run, "dump.jsonl", lines, strlen(lines)),
                   FG_OK);
  assert_int_equal(fg_run_document_count(run), 2);
  assert_int_equal(fg_run_finish(run), FG_OK);
  const FgGraph *graph = fg_run_graph(run);
  assert_string_equal(fg_graph_document(graph, 0)->id, "dump.jsonl:4");
  assert_string_equal(fg_graph_document(graph, 0)->url, "https://example.org/x");
  assert_string_equal(fg_graph_document(graph, 1)->id, "first");
  const FgFact *fact = met_with(graph);
  assert_non_null(fact);
  if (!fact)
    return;
  assert_int_equal(fact->source_count, 2);
}

typedef struct {
  char sources[4][32];
  char messages[4][128];
  size_t count;
} Warnings;

static void keep_warning(void *handle, const FgDiag *d) {
  Warnings *w = handle;
  if (d->severity != FG_SEV_WARNING || w->count == 4)
    return;
  snprintf(w->sources[w->count], sizeof w->sources[0], "%s:%lu",
           d->source ? d->source : "", d->line);
  snprintf(w->messages[w->count++], sizeof w->messages[0], "%s", d->message);
}

/* Two records claim the id "same": both become FILE:LINE, with a warning
 * naming each; a third record's id is left alone. */
static void test_jsonl_duplicate_ids(void **state) {
  (void)state;
  FgConfig config = test_config();
  Warnings w = {.count = 0};
  config.diag = keep_warning;
  config.diag_handle = &w;
  FgRun *run = NULL;
  assert_int_equal(fg_run_new(&config, &run), FG_OK);
  char lines[1024];
  snprintf(lines, sizeof lines,
           "{\"id\": \"same\", \"text\": \"%s\"}\n"
           "{\"id\": \"other\", \"text\": \"%s\"}\n"
           "{\"id\": \"same\", \"text\": \"%s\"}\n",
           MEETING, MEETING, MEETING);
  assert_int_equal(fg_run_add_memory(run, "dump.jsonl", lines, strlen(lines)),
                   FG_OK);
  assert_int_equal(fg_run_document_count(run), 3);
  assert_int_equal(w.count, 0);
  assert_int_equal(fg_run_finish(run), FG_OK);
  const FgGraph *graph = fg_run_graph(run);
  assert_int_equal(fg_graph_document_count(graph), 3);
  assert_string_equal(fg_graph_document(graph, 0)->id, "dump.jsonl:1");
  assert_string_equal(fg_graph_document(graph, 1)->id, "dump.jsonl:3");
  assert_string_equal(fg_graph_document(graph, 2)->id, "other");
  assert_int_equal(w.count, 2);
  assert_string_equal(w.sources[0], "dump.jsonl:1:0");
  assert_string_equal(w.sources[1], "dump.jsonl:3:0");
  assert_string_equal(w.messages[1], "document id \"same\" is not unique: "
                                     "written as \"dump.jsonl:3\"");
  const FgFact *fact = met_with(graph);
  assert_non_null(fact);
  if (fact)
    assert_int_equal(fact->source_count, 3);
  fg_run_free(run);
}

/* A text longer than one segment: offsets still count code points from
 * the start of the whole document. */
static void test_long_text_offsets(void **state) {
  FgRun *run = *state;
  const char filler[] = "Caf\xC3\xA9 \xC3\xA9t\xC3\xA9 calme.\n\n";
  size_t copies = FG_TEXT_SEGMENT / (sizeof filler - 1) + 100;
  size_t len = copies * (sizeof filler - 1) + sizeof MEETING;
  char *text = malloc(len);
  assert_non_null(text);
  for (size_t i = 0; i < copies; i++)
    memcpy(text + i * (sizeof filler - 1), filler, sizeof filler - 1);
  memcpy(text + copies * (sizeof filler - 1), MEETING, sizeof MEETING);
  assert_int_equal(fg_run_add_memory(run, "long.txt", text, strlen(text)),
                   FG_OK);
  free(text);
  assert_int_equal(fg_run_document_count(run), 1);
  assert_int_equal(fg_run_finish(run), FG_OK);
  const FgFact *fact = met_with(fg_run_graph(run));
  assert_non_null(fact);
  if (!fact)
    return;
  uint32_t begin = (uint32_t)(copies * 17); /* 17 code points per filler */
  FgEvidence ev = met_with_evidence(fg_run_graph(run));
  assert_int_equal(ev.begin, begin);
  assert_int_equal(ev.end, begin + strlen(MEETING));
}

static void test_empty_and_binary(void **state) {
  FgRun *run = *state;
  assert_int_equal(fg_run_add_memory(run, "empty.txt", "", 0), FG_NOTHING);
  assert_int_equal(fg_run_add_memory(run, "blank.txt", " \n\t\n", 4),
                   FG_NOTHING);
  const char binary[] = "\x7F" "ELF\0\0\0\0\0\0\0\0\0\0\0\0";
  assert_int_equal(fg_run_add_memory(run, "a.out", binary, sizeof binary),
                   FG_ERR_INPUT);
  assert_int_equal(fg_run_document_count(run), 0);
}

static void test_utf16_html(void **state) {
  FgRun *run = *state;
  const char html[] = "<p>Caf\xC3\xA9 text.</p>";
  char utf16[2 * sizeof html + 2] = {'\xFF', '\xFE'};
  size_t n = 2;
  for (const char *p = "<p>Caf\xE9 text.</p>"; *p; p++) {
    utf16[n++] = *p;
    utf16[n++] = '\0';
  }
  assert_int_equal(fg_run_add_memory(run, "u16.html", utf16, n), FG_OK);
  assert_int_equal(fg_run_document_count(run), 1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_detect),
      cmocka_unit_test(test_binary_kinds),
      cmocka_unit_test(test_format_names),
      cmocka_unit_test(test_segments_cut_at_paragraphs),
      cmocka_unit_test(test_lines_and_long_lines),
      cmocka_unit_test(test_release_after_rest),
      cmocka_unit_test_setup_teardown(test_jsonl_documents, new_run, free_run),
      cmocka_unit_test(test_jsonl_duplicate_ids),
      cmocka_unit_test_setup_teardown(test_long_text_offsets, new_run, free_run),
      cmocka_unit_test_setup_teardown(test_empty_and_binary, new_run, free_run),
      cmocka_unit_test_setup_teardown(test_utf16_html, new_run, free_run),
  };
  return cmocka_run_group_tests_name("input", tests, NULL, NULL);
}
