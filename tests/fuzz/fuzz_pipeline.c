/* SPDX-License-Identifier: MIT */
/* libFuzzer target: the whole pipeline through the public API. Each input
 * is read as a document (format detection, readers, UTF-8 repair, text
 * analysis, extraction); every RECYCLE inputs the graph is finished,
 * written in every format, and the run started afresh. The facts TSV must
 * be valid UTF-8 with nine cells a line and no control character or line
 * separator in a cell, a DOT label no '&' but "&amp;", and every message
 * made printable must hold no control character.
 *
 * Loading the knowledge files takes about 50 ms, so the run outlives one
 * input: libFuzzer gives no context pointer, hence the one static. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "factgraph/factgraph.h"

#define RECYCLE 256

typedef struct {
  FgRun *run;
  unsigned inputs;
} Harness;

static Harness harness;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Length of the valid UTF-8 sequence at s (n > 0 bytes), 0 if invalid. */
static size_t utf8_length(const unsigned char *s, size_t n) {
  size_t len = s[0] < 0x80 ? 1 : s[0] < 0xC2 ? 0 : s[0] < 0xE0 ? 2
               : s[0] < 0xF0 ? 3 : s[0] < 0xF5 ? 4 : 0;
  if (len == 0 || len > n)
    return 0;
  for (size_t i = 1; i < len; i++)
    if ((s[i] & 0xC0) != 0x80)
      return 0;
  if ((s[0] == 0xE0 && s[1] < 0xA0) || (s[0] == 0xED && s[1] > 0x9F) ||
      (s[0] == 0xF0 && s[1] < 0x90) || (s[0] == 0xF4 && s[1] > 0x8F))
    return 0;
  return len;
}

/* A control character other than keep (C0, DEL, C1) or U+2028/U+2029 at
 * s, whose valid sequence is len bytes long. */
static bool is_control(const unsigned char *s, size_t len, const char *keep) {
  if (len == 1)
    return (s[0] < 0x20 || s[0] == 0x7F) && !strchr(keep, s[0]);
  return (len == 2 && s[0] == 0xC2 && s[1] < 0xA0) ||
         (len == 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0xA8 || s[2] == 0xA9));
}

/* Valid UTF-8 without a control character but those in keep. */
static bool clean_text(const char *text, size_t n, const char *keep) {
  const unsigned char *s = (const unsigned char *)text;
  for (size_t i = 0; i < n;) {
    size_t len = utf8_length(s + i, n - i);
    if (len == 0 || is_control(s + i, len, keep))
      return false;
    i += len;
  }
  return true;
}

static void check_tsv(const char *text, size_t n) {
  if (!clean_text(text, n, "\t\n"))
    abort();
  for (size_t i = 0, tabs = 0; i < n; i++) {
    tabs += text[i] == '\t';
    if (text[i] == '\n') {
      if (tabs != 8)
        abort();
      tabs = 0;
    }
  }
}

static void check_dot(const char *text, size_t n) {
  for (const char *amp = memchr(text, '&', n); amp;
       amp = memchr(amp + 1, '&', n - (size_t)(amp + 1 - text)))
    if ((size_t)(text + n - amp) < 5 || memcmp(amp, "&amp;", 5) != 0)
      abort();
}

/* What a terminal would be shown of text. */
static void check_printable(const char *text) {
  if (!text)
    return;
  char *safe = fg_diag_printable(text);
  if (!safe)
    abort();
  if (!clean_text(safe, strlen(safe), ""))
    abort();
  free(safe);
}

/* Errors from the writers are findings: show them before aborting. Every
 * message must be printable. */
static void print_errors(void *handle, const FgDiag *diag) {
  (void)handle;
  check_printable(diag->source);
  check_printable(diag->message);
  if (diag->severity == FG_SEV_ERROR && diag->source &&
      strcmp(diag->source, "raptor") == 0)
    fprintf(stderr, "fuzz_pipeline: raptor: %s\n", diag->message);
}

/* Whatever was read, the graph must build and every writer succeed. */
static void finish_and_write(FgRun *run) {
  if (fg_run_finish(run) != FG_OK)
    abort();
  const FgFormat formats[] = {FG_FORMAT_NTRIPLES, FG_FORMAT_TURTLE,
                              FG_FORMAT_NQUADS, FG_FORMAT_TSV, FG_FORMAT_DOT};
  for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
    char *text = NULL;
    size_t len = 0;
    FILE *sink = open_memstream(&text, &len);
    if (!sink || fg_run_write(run, formats[i], NULL, sink) > FG_NOTHING ||
        fclose(sink) != 0)
      abort();
    if (formats[i] == FG_FORMAT_TSV)
      check_tsv(text, len);
    if (formats[i] == FG_FORMAT_DOT)
      check_dot(text, len);
    free(text);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!harness.run) {
    FgConfig config = fg_config_default();
    config.diag = print_errors;
    if (fg_run_new(&config, &harness.run) != FG_OK)
      abort();
  }
  char id[32];
  snprintf(id, sizeof id, "fuzz-%u", harness.inputs);
  fg_run_add_memory(harness.run, id, (const char *)data, size);
  if (++harness.inputs % RECYCLE == 0) {
    finish_and_write(harness.run);
    fg_run_free(harness.run);
    harness.run = NULL;
  }
  return 0;
}
