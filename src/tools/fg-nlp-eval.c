/* SPDX-License-Identifier: MIT */
/* fg-nlp-eval: the CoNLL 2018 shared-task scores of a system CoNLL-U file
 * against a gold one (src/nlp/conll18.c). Exit 0 when scored, 1 when a
 * file cannot be read or the two do not align, 2 on a usage error. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nlp/conll18.h"

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  for (size_t got; buf && (got = fread(buf + n, 1, cap - n, f)) > 0;) {
    n += got;
    if (n == cap) {
      char *grown = cap <= SIZE_MAX / 2 ? realloc(buf, cap * 2) : NULL;
      if (!grown)
        free(buf);
      buf = grown;
      cap *= 2;
    }
  }
  if (ferror(f)) {
    free(buf);
    buf = NULL;
  }
  fclose(f);
  *len = n;
  return buf;
}

static void usage(void) {
  fputs("usage: fg-nlp-eval [--row LABEL] GOLD.conllu SYSTEM.conllu\n"
        "Prints precision, recall, F1 and aligned accuracy of Tokens, Sentences,\n"
        "Words, UPOS, XPOS, UFeats, Lemmas, UAS, LAS (universal relation, as\n"
        "conll18_ud_eval.py) and LAS-full (relation with subtype). --row prints\n"
        "one tab-separated line instead: LABEL and each F1 (x100), '-' for what\n"
        "the system did not predict.\n",
        stderr);
}

int main(int argc, char **argv) {
  const char *row = NULL;
  int a = 1;
  if (a + 1 < argc && strcmp(argv[a], "--row") == 0) {
    row = argv[a + 1];
    a += 2;
  }
  if (argc - a != 2) {
    usage();
    return 2;
  }
  size_t glen = 0, slen = 0;
  char *gold = slurp(argv[a], &glen), *sys = gold ? slurp(argv[a + 1], &slen) : NULL;
  if (!gold || !sys) {
    fprintf(stderr, "fg-nlp-eval: cannot read %s\n", gold ? argv[a + 1] : argv[a]);
    free(gold);
    return 1;
  }
  FgEvalScore scores[FG_EVAL_COUNT];
  char err[512];
  bool ok = fg_conll18_evaluate(gold, glen, sys, slen, scores, err, sizeof err);
  free(gold);
  free(sys);
  if (!ok) {
    fprintf(stderr, "fg-nlp-eval: %s\n", err);
    return 1;
  }
  if (row) {
    printf("%s", row);
    for (int m = 0; m < FG_EVAL_COUNT; m++) {
      if (scores[m].predicted)
        printf("\t%.2f", 100.0 * fg_eval_f1(&scores[m]));
      else
        printf("\t-");
    }
    putchar('\n');
  } else {
    printf("Metric     | Precision |    Recall |  F1 Score | AligndAcc\n"
           "-----------+-----------+-----------+-----------+-----------\n");
    for (int m = 0; m < FG_EVAL_COUNT; m++) {
      const FgEvalScore *s = &scores[m];
      printf("%-11s|%10.2f |%10.2f |%10.2f |", fg_eval_metric_name((FgEvalMetric)m),
             100.0 * fg_eval_precision(s), 100.0 * fg_eval_recall(s), 100.0 * fg_eval_f1(s));
      if (m >= FG_EVAL_UPOS && s->aligned)
        printf("%10.2f", 100.0 * (double)s->correct / (double)s->aligned);
      putchar('\n');
    }
  }
  return fflush(stdout) == 0 ? 0 : 1;
}
