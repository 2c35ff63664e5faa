/* SPDX-License-Identifier: MIT */
/* Unit tests for src/corpus/: CoNLL-U sentences with every gold column,
 * multiword tokens, empty nodes, SpaceAfter=No and offsets, the comments
 * kept, raw MISC, rewind, errors naming file:line; IOB2 labels; and the
 * shared treebanks' sentence and word counts when ../shared is present. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "corpus/corpus.h"

typedef struct {
  char message[1024];
  unsigned long line;
} Diags;

static void collect(void *handle, const FgDiag *diag) {
  Diags *d = handle;
  snprintf(d->message, sizeof d->message, "%s", diag->message);
  d->line = diag->line;
}

/* Invented sentences (not from any corpus). */
static const char SAMPLE[] =
    "# newdoc id = doc-one\n"
    "# sent_id = s1\n"
    "# text = Pim's cats don't sleep.\n"
    "1\tPim\tPim\tPROPN\tNNP\tNumber=Sing\t3\tnmod:poss\t_\tSpaceAfter=No\n"
    "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
    "3\tcats\tcat\tNOUN\tNNS\tNumber=Plur\t6\tnsubj\t_\t_\n"
    "4-5\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "4\tdo\tdo\tAUX\tVBP\tMood=Ind\t6\taux\t_\t_\n"
    "5\tn't\tnot\tPART\tRB\t_\t6\tadvmod\t_\t_\n"
    "5.1\tsnooze\tsnooze\tVERB\tVB\t_\t_\t_\t6:conj\t_\n"
    "6\tsleep\tsleep\tVERB\tVB\tVerbForm=Inf\t0\troot\t_\t"
    "SpaceAfter=No|Entity=(1-person-new)\n"
    "7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n"
    "\n"
    "# sent_id = s2\n"
    "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n"
    "\n"
    "# newdoc id = doc-two\n"
    "# sent_id = s3\n"
    "1\t_\t_\tPUNCT\tNFP\t_\t0\troot\t_\t_\n"
    "\n";

static FgCorpus *open_text(const char *text, FgCorpusFormat format,
                           Diags *d) {
  FgCorpus *c = NULL;
  assert_int_equal(fg_corpus_open_memory(text, strlen(text), "mem.conllu",
                                         format, collect, d, &c),
                   FG_OK);
  return c;
}

static void test_conllu_sentence(void **state) {
  (void)state;
  Diags d = {0};
  FgCorpus *c = open_text(SAMPLE, FG_CORPUS_CONLLU, &d);
  FgCorpusSentence s;
  assert_int_equal(fg_corpus_next(c, &s), FG_OK);
  assert_int_equal(s.n, 7);
  assert_string_equal(s.doc_id, "doc-one");
  assert_true(s.newdoc);
  assert_string_equal(s.sent_id, "s1");
  assert_string_equal(s.text, "Pim's cats don't sleep.");
  assert_int_equal(s.line, 4);
  const FgWord *w = s.words;
  assert_string_equal(w[0].form, "Pim");
  assert_int_equal(w[0].upos, FG_UPOS_PROPN);
  assert_string_equal(w[0].xpos, "NNP");
  assert_string_equal(w[0].feats, "Number=Sing");
  assert_int_equal(w[0].head, 3);
  assert_string_equal(w[0].deprel, "nmod:poss");
  assert_int_equal(w[0].space_after, 0);
  assert_null(w[1].feats);
  assert_string_equal(w[2].lemma, "cat");
  /* the multiword token: do + n't share "don't" */
  assert_int_equal(w[3].mwt_last, 5);
  assert_int_equal(w[4].mwt_last, 0);
  assert_string_equal(w[4].lemma, "not");
  assert_int_equal(w[3].begin, 11);
  assert_int_equal(w[3].end, 16);
  assert_int_equal(w[4].begin, 11);
  assert_int_equal(w[4].end, 16);
  assert_int_equal(w[4].space_after, 1);
  /* the empty node was skipped: word 6 is "sleep" */
  assert_string_equal(w[5].form, "sleep");
  assert_int_equal(w[5].head, 0);
  assert_int_equal(w[5].space_after, 0);
  assert_string_equal(s.misc[5], "SpaceAfter=No|Entity=(1-person-new)");
  assert_null(s.misc[1]);
  /* offsets rebuild the text */
  for (size_t i = 0; i < s.n; i++)
    if (!s.words[i].mwt_last && (i == 0 || !(w[i - 1].mwt_last)))
      assert_memory_equal(s.text + w[i].begin, w[i].form, w[i].form_len);
  assert_int_equal(w[6].begin, 22);
  assert_int_equal(w[6].end, 23);

  assert_int_equal(fg_corpus_next(c, &s), FG_OK);
  assert_int_equal(s.n, 1);
  assert_false(s.newdoc);
  assert_string_equal(s.doc_id, "doc-one");
  assert_null(s.text);
  assert_string_equal(s.words[0].lemma, "yes");

  assert_int_equal(fg_corpus_next(c, &s), FG_OK);
  assert_true(s.newdoc);
  assert_string_equal(s.doc_id, "doc-two");
  assert_string_equal(s.words[0].form, "_");
  assert_string_equal(s.words[0].lemma, "_"); /* the word "_" keeps it */
  assert_int_equal(fg_corpus_next(c, &s), FG_NOTHING);
  assert_int_equal(fg_corpus_next(c, &s), FG_NOTHING);

  assert_int_equal(fg_corpus_rewind(c), FG_OK);
  assert_int_equal(fg_corpus_next(c, &s), FG_OK);
  assert_string_equal(s.sent_id, "s1");
  assert_int_equal(s.n, 7);
  fg_corpus_free(c);
}

static void expect_error(const char *text, unsigned long line,
                         const char *what) {
  Diags d = {0};
  FgCorpus *c = open_text(text, FG_CORPUS_CONLLU, &d);
  FgCorpusSentence s;
  FgStatus st;
  while ((st = fg_corpus_next(c, &s)) == FG_OK)
    ;
  if (st != FG_ERR_SYNTAX)
    fail_msg("expected a syntax error for %s, got %d", what, st);
  if (d.line != line)
    fail_msg("%s: line %lu, expected %lu (%s)", what, d.line, line, d.message);
  char where[64];
  snprintf(where, sizeof where, "mem.conllu:%lu: ", line);
  if (!strstr(d.message, where) || !strstr(d.message, what))
    fail_msg("message '%s' lacks '%s' or '%s'", d.message, where, what);
  assert_int_equal(fg_corpus_next(c, &s), FG_ERR_SYNTAX); /* stays failed */
  fg_corpus_free(c);
}

#define LINE(id, head) id "\tw\tw\tNOUN\tNN\t_\t" head "\tdep\t_\t_\n"

static void test_conllu_errors(void **state) {
  (void)state;
  expect_error(LINE("1", "0") "1\tw\tw\tNOUN\n\n", 2, "10 tab-separated");
  expect_error(LINE("1", "0") LINE("3", "1") "\n", 2, "consecutive");
  expect_error(LINE("1", "0") LINE("2", "7") "\n", 2, "HEAD outside");
  expect_error(LINE("1", "x") "\n", 1, "bad HEAD");
  expect_error("1\tw\tw\tNOUNISH\tNN\t_\t0\troot\t_\t_\n\n", 1, "UPOS");
  expect_error(LINE("1", "0") "\n" LINE("1", "0") "# late\n\n", 4,
               "comment line inside");
  expect_error("# sent_id = a\n\n", 2, "without words");
  expect_error("2-3\tab\t_\t_\t_\t_\t_\t_\t_\t_\n" LINE("1", "0") "\n", 1,
               "out of order");
  expect_error("1-3\tab\t_\t_\t_\t_\t_\t_\t_\t_\n" LINE("1", "0")
                   LINE("2", "1") "\n",
               1, "past the end");
  expect_error(LINE("1", "0") "1\tw\tw\tNOUN\tNN\t\t0\troot\t_\t_\n\n", 2,
               "empty column");
}

static void test_missing_file(void **state) {
  (void)state;
  Diags d = {0};
  FgCorpus *c = (FgCorpus *)1;
  assert_int_equal(fg_corpus_open("/nonexistent/x.conllu", FG_CORPUS_CONLLU,
                                  collect, &d, &c),
                   FG_ERR_IO);
  assert_null(c);
  assert_non_null(strstr(d.message, "/nonexistent/x.conllu"));
}

static void test_iob2(void **state) {
  (void)state;
  static const char text[] = "# sent_id = u1\n"
                             "# text = Ada met Bo Li in Oslo\n"
                             "1\tAda\tB-PER\t-\tann1\n"
                             "2\tmet\tO\t-\tann1\n"
                             "3\tBo\tB-PER\t-\tann1\n"
                             "4\tLi\tI-PER\t-\tann1\n"
                             "5\tin\tO\t-\t-\n"
                             "6\tOslo\tB-LOC\t-\t-\n"
                             "\n"
                             "1\tAcme\tB-ORG\t-\t-\n"
                             "\n";
  Diags d = {0};
  FgCorpus *c = open_text(text, FG_CORPUS_IOB2, &d);
  FgCorpusSentence s;
  assert_int_equal(fg_corpus_next(c, &s), FG_OK);
  assert_int_equal(s.n, 6);
  assert_null(s.misc);
  assert_string_equal(s.sent_id, "u1");
  assert_int_equal(s.words[0].ner_iob, FG_IOB_B);
  assert_int_equal(s.words[0].ner_type, FG_NER_PERSON);
  assert_int_equal(s.words[1].ner_iob, FG_IOB_O);
  assert_int_equal(s.words[1].ner_type, FG_NER_NONE);
  assert_int_equal(s.words[3].ner_iob, FG_IOB_I);
  assert_int_equal(s.words[5].ner_type, FG_NER_PLACE);
  assert_string_equal(s.words[5].form, "Oslo");
  assert_int_equal(fg_corpus_next(c, &s), FG_OK);
  assert_int_equal(s.words[0].ner_type, FG_NER_ORGANIZATION);
  assert_int_equal(fg_corpus_next(c, &s), FG_NOTHING);
  fg_corpus_free(c);

  static const char bad[] = "1\tAda\tB-MISC\t-\t-\n\n";
  c = open_text(bad, FG_CORPUS_IOB2, &d);
  assert_int_equal(fg_corpus_next(c, &s), FG_ERR_SYNTAX);
  assert_non_null(strstr(d.message, "mem.conllu:1: unknown entity type"));
  fg_corpus_free(c);
}

/* Counts from ../shared/corpora/README.md. */
static void count_file(const char *rel, FgCorpusFormat format,
                       size_t sentences, size_t words, size_t mwt) {
  const char *shared = getenv("SHARED");
  char path[512];
  snprintf(path, sizeof path, "%s/corpora/%s", shared ? shared : "../shared",
           rel);
  if (access(path, R_OK) != 0) {
    print_message("skipped: %s is absent\n", path);
    return;
  }
  Diags d = {0};
  FgCorpus *c = NULL;
  assert_int_equal(fg_corpus_open(path, format, collect, &d, &c), FG_OK);
  FgCorpusSentence s;
  FgStatus st;
  size_t ns = 0, nw = 0, nm = 0;
  while ((st = fg_corpus_next(c, &s)) == FG_OK) {
    ns++;
    nw += s.n;
    for (size_t i = 0; i < s.n; i++)
      nm += s.words[i].mwt_last != 0;
  }
  if (st != FG_NOTHING)
    fail_msg("%s: %s", path, d.message);
  assert_int_equal(ns, sentences);
  assert_int_equal(nw, words);
  assert_int_equal(nm, mwt);
  fg_corpus_free(c);
}

static void test_shared_corpora(void **state) {
  (void)state;
  count_file("ud-en-ewt/train.conllu", FG_CORPUS_CONLLU, 12544, 204577, 2614);
  count_file("ud-en-ewt/dev.conllu", FG_CORPUS_CONLLU, 2001, 25147, 359);
  count_file("ud-en-gum/dev.conllu", FG_CORPUS_CONLLU, 1022, 18432, 338);
  count_file("ud-en-pud/test.conllu", FG_CORPUS_CONLLU, 1000, 21180, 129);
  count_file("uner-en-ewt/dev.iob2", FG_CORPUS_IOB2, 2001, 25149, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_conllu_sentence),
      cmocka_unit_test(test_conllu_errors),
      cmocka_unit_test(test_missing_file),
      cmocka_unit_test(test_iob2),
      cmocka_unit_test(test_shared_corpora),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
