/* SPDX-License-Identifier: MIT */
/* Unit tests for src/nlp: UD words from the tokens (segment.c), the
 * CoNLL-U writer and the CoNLL 2018 evaluator on hand-built pairs. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nlp/conll18.h"
#include "nlp/conllu.h"
#include "nlp/pipeline.h"
#include "text/text.h"
#include "util/arena.h"

static int setup(void **state) {
  FgArena *arena = fg_arena_new();
  if (!arena)
    return -1;
  *state = arena;
  return 0;
}

static int teardown(void **state) {
  fg_arena_free(*state);
  return 0;
}

static FgNlpDoc analyse(void **state, const char *text) {
  FgArena *arena = *state;
  fg_arena_reset(arena);
  FgTokenized tok;
  FgNlpDoc doc;
  assert_true(fg_text_analyse(arena, text, strlen(text), &tok));
  assert_true(fg_nlp_analyse(arena, text, strlen(text), &tok, NULL, &doc));
  return doc;
}

/* The sentence's words as "w1 w2 ...", multiword tokens as [tok=a+b]. */
static void words_of(const FgNlpDoc *doc, size_t s, char *out, size_t size) {
  const FgNlpSentence *sent = &doc->sentences[s];
  size_t n = 0;
  out[0] = '\0';
  for (uint32_t i = 0; i < sent->count; i++) {
    const FgWord *w = &sent->words[i];
    const char *sep = i ? " " : "";
    if (w->mwt_last) {
      n += (size_t)snprintf(out + n, size - n, "%s[%.*s=", sep, (int)(w->end - w->begin),
                            doc->text + w->begin);
      for (uint32_t k = i; k < w->mwt_last; k++)
        n += (size_t)snprintf(out + n, size - n, "%s%s", k > i ? "+" : "", sent->words[k].form);
      n += (size_t)snprintf(out + n, size - n, "]");
      i = w->mwt_last - 1;
    } else {
      n += (size_t)snprintf(out + n, size - n, "%s%s", sep, w->form);
    }
    assert_true(n < size);
  }
}

static void test_ud_words(void **state) {
  static const struct {
    const char *text, *words;
  } cases[] = {
      {"Lt. Gen. John F. Kennedy Jr. of the U.S. Army can't go.",
       "Lt. Gen. John F. Kennedy Jr. of the U.S. Army [can't=ca+n't] go ."},
      {"It's John's 3.5% rise, 1,000 at 10:30 ...",
       "[It's=It+'s] [John's=John+'s] 3.5 % rise , 1,000 at 10:30 ..."},
      {"I cannot say (e.g. AT&T) we're gonna win",
       "I [cannot=can+not] say ( e.g. AT&T ) [we're=we+'re] [gonna=gon+na] win"},
      {"Mail a@b.com or see http://x.org/a?b=1 now",
       "Mail a@b.com or see http://x.org/a?b=1 now"},
      {"O'Brien's well-known e-mail \xE2\x98\x85\xE2\x98\x85 :)",
       "[O'Brien's=O'Brien+'s] well - known e-mail \xE2\x98\x85\xE2\x98\x85 :)"},
      {"Kenya\xE2\x80\x99s don\xE2\x80\x99t",
       "[Kenya\xE2\x80\x99s=Kenya+\xE2\x80\x99s] [don\xE2\x80\x99t=do+n\xE2\x80\x99t]"},
      /* contractions without their apostrophe, but not words of their own */
      {"I dont know, im sure its fur is ok but IM me",
       "I [dont=do+nt] know , [im=i+m] sure its fur is ok but IM me"},
      /* "its" for "it's" before a word that never follows the possessive */
      {"Its a pity its not its own", "[Its=It+s] a pity [its=it+s] not its own"},
      /* prefixes keep their hyphen, other compounds and ranges do not; a
       * capitalized prefix starts a name, whose parts stay apart */
      {"The non-human re-run of the mid-week well-known Anti-Graft Unit",
       "The non-human re-run of the mid-week well - known Anti - Graft Unit"},
      /* telephone numbers are one token, ranges three */
      {"Call 555-0134 or 1-800-555-0199 for 10-15 or 1990-1995 days",
       "Call 555-0134 or 1-800-555-0199 for 10 - 15 or 1990 - 1995 days"},
      /* an address in angle brackets, masked, without a domain; hashtags
       * and names joined by underscores */
      {"Write <kim@example.net> or jo...@example.org or Kim@ACME on #budget re Lisa_cv.doc",
       "Write < kim@example.net > or jo...@example.org or Kim@ACME on #budget re Lisa_cv.doc"},
      /* a quoted name glued before the address is no part of it */
      {"Mail \"Kim Lee\"<kim...@example.net> now",
       "Mail \" Kim Lee \" < kim...@example.net > now"},
      /* a word broken off in speech keeps its hyphen, a dash does not */
      {"I th- the plan- it works PS- call", "I th- the plan - it works PS - call"},
      /* the sentence's last period is a token of its own after an
       * abbreviation, not inside the sentence */
      {"Pens, ink etc. were sold with nibs etc.",
       "Pens , ink etc. were sold with nibs etc ."},
      /* "No." keeps its period before a number only */
      {"Room No. 5 said no.", "Room No. 5 said no ."},
      /* a number and its unit are two tokens; ordinals, decades, single
       * letters stay glued */
      {"Open 9am to 5PM, 650k for 375mm on the 4th in the 90s at 12b",
       "Open 9 am to 5 PM , 650 k for 375 mm on the 4th in the 90s at 12b"},
      /* a decade is one word, a year's or a number's possessive two */
      {"Hits of the 60's and 2004's best",
       "Hits of the 60's and [2004's=2004+'s] best"},
      /* an apostrophe inside a capitalised word is part of it */
      {"Harak\xE2\x80\x99" "at Qul'an's Tor'an met",
       "Harak\xE2\x80\x99" "at [Qul'an's=Qul'an+'s] Tor'an met"},
  };
  char got[512];
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    FgNlpDoc doc = analyse(state, cases[i].text);
    if (doc.sentence_count != 1)
      fail_msg("%s: %zu sentences", cases[i].text, doc.sentence_count);
    words_of(&doc, 0, got, sizeof got);
    if (strcmp(got, cases[i].words) != 0)
      fail_msg("%s\n  got  %s\n  want %s", cases[i].text, got, cases[i].words);
  }
}

/* Characters the tokenizer skips still land in tokens, and the first and
 * last sentences take what lies before and after them. */
static void test_every_character_in_a_token(void **state) {
  FgNlpDoc doc = analyse(state, "\xE2\x86\x92 Talks* ended. \xC2\xA9 2025 \xE2\x84\xA2");
  assert_int_equal(doc.sentence_count, 2);
  char got[256];
  words_of(&doc, 0, got, sizeof got);
  assert_string_equal(got, "\xE2\x86\x92 Talks * ended .");
  words_of(&doc, 1, got, sizeof got);
  assert_string_equal(got, "\xC2\xA9 2025 \xE2\x84\xA2");
  /* only symbols: one sentence all the same */
  doc = analyse(state, " \xE2\x98\x85 ");
  assert_int_equal(doc.sentence_count, 1);
  assert_int_equal(doc.sentences[0].count, 1);
  assert_int_equal(doc.sentences[0].words[0].begin, 1);
}

/* A rule line of skipped symbols standing alone is a sentence of its
 * own; one glued to a word stays with it. */
static void test_rule_line_sentence(void **state) {
  FgNlpDoc doc = analyse(state, "The fair opened. ***** Tickets are free ***** Bring water.");
  static const char *const want[] = {"The fair opened .", "*****", "Tickets are free", "*****",
                                     "Bring water ."};
  assert_int_equal(doc.sentence_count, 5);
  char got[256];
  for (size_t s = 0; s < 5; s++) {
    words_of(&doc, s, got, sizeof got);
    assert_string_equal(got, want[s]);
  }
  doc = analyse(state, "The fair opened. **Tickets** are free.");
  assert_int_equal(doc.sentence_count, 2);
}

static void test_conllu_writer(void **state) {
  FgNlpDoc doc = analyse(state, "Don't go, Mr. Smith");
  /* an entity, as the recognizer will set it */
  FgNlpSentence *s = &doc.sentences[0];
  assert_int_equal(s->count, 6);
  s->words[4].ner_type = FG_NER_PERSON;
  s->words[4].ner_iob = FG_IOB_B;
  s->words[5].ner_type = FG_NER_PERSON;
  s->words[5].ner_iob = FG_IOB_I;
  char *buf = NULL;
  size_t size = 0;
  FILE *f = open_memstream(&buf, &size);
  assert_non_null(f);
  uint32_t n = 0;
  assert_true(fg_conllu_write(f, &n, &doc));
  fclose(f);
  /* the block, without the document's id */
  assert_string_equal(buf, "# sent_id = 1\n"
                           "# text = Don't go, Mr. Smith\n"
                           "1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
                           "1\tDo\t_\t_\t_\t_\t0\troot\t_\t_\n"
                           "2\tn't\t_\t_\t_\t_\t1\tdep\t_\t_\n"
                           "3\tgo\t_\t_\t_\t_\t1\tdep\t_\tSpaceAfter=No\n"
                           "4\t,\t_\t_\t_\t_\t1\tdep\t_\t_\n"
                           "5\tMr.\t_\t_\t_\t_\t1\tdep\t_\tNER=B-Person\n"
                           "6\tSmith\t_\t_\t_\t_\t1\tdep\t_\tNER=I-Person\n"
                           "\n");
  assert_int_equal(n, 1);
  /* with it, once known */
  FILE *in = fmemopen(buf, size, "rb");
  assert_non_null(in);
  char *doc_out = NULL;
  size_t doc_size = 0;
  FILE *out = open_memstream(&doc_out, &doc_size);
  assert_non_null(out);
  assert_true(fg_conllu_put_document(out, "a b", in, size));
  assert_int_equal(fclose(out), 0);
  fclose(in);
  /* the same lines after the two with the id */
  static const char head[] = "# newdoc id = a_b\n# sent_id = a_b-";
  assert_memory_equal(doc_out, head, sizeof head - 1);
  assert_string_equal(doc_out + sizeof head - 1, buf + strlen("# sent_id = "));
  free(doc_out);
  free(buf);
}

/* The id goes into every sentence's id line and nowhere else: a line
 * that only begins like one ("# sent") or holds one further on ("# text =
 * # sent_id = x") is left alone; a short read is an error. */
static void test_conllu_put_document(void **state) {
  (void)state;
  static const char block[] = "# sent_id = 1\n# text = # sent_id = x\n1\tx\n\n"
                              "# sent\n# sent_id = 2\n# text = y\n1\ty\n\n";
  FILE *in = fmemopen((void *)(uintptr_t)block, sizeof block - 1, "rb");
  assert_non_null(in);
  char *got = NULL;
  size_t size = 0;
  FILE *out = open_memstream(&got, &size);
  assert_non_null(out);
  assert_true(fg_conllu_put_document(out, "d", in, sizeof block - 1));
  assert_int_equal(fclose(out), 0);
  assert_string_equal(
      got, "# newdoc id = d\n# sent_id = d-1\n# text = # sent_id = x\n"
           "1\tx\n\n# sent\n# sent_id = d-2\n# text = y\n1\ty\n\n");
  free(got);
  rewind(in);
  out = open_memstream(&got, &size);
  assert_non_null(out);
  assert_false(fg_conllu_put_document(out, "d", in, sizeof block));
  fclose(out);
  free(got);
  fclose(in);
}

/* ---- the evaluator ---- */

static const char GOLD[] = "# text = Don't go.\n"
                           "1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
                           "1\tDo\tdo\tAUX\tVBP\tMood=Ind|Tense=Pres\t3\taux\t_\t_\n"
                           "2\tn't\tnot\tPART\tRB\tPolarity=Neg\t3\tadvmod\t_\t_\n"
                           "3\tgo\tgo\tVERB\tVB\tVerbForm=Inf\t0\troot\t_\tSpaceAfter=No\n"
                           "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
                           "\n"
                           "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj:pass\t_\t_\n"
                           "2\twere\tbe\tAUX\tVBD\t_\t0\troot\t_\t_\n"
                           "3\tseen\t_\tVERB\tVBN\t_\t2\txcomp\t_\t_\n"
                           "\n";

static void evaluate(const char *system, FgEvalScore *scores) {
  char err[256];
  if (!fg_conll18_evaluate(GOLD, strlen(GOLD), system, strlen(system), scores, err, sizeof err))
    fail_msg("not scored: %s", err);
}

static void test_eval_identical(void **state) {
  (void)state;
  FgEvalScore s[FG_EVAL_COUNT];
  evaluate(GOLD, s);
  for (int m = 0; m < FG_EVAL_COUNT; m++) {
    assert_true(s[m].correct == s[m].gold && s[m].gold == s[m].system);
    assert_true(s[m].predicted);
  }
  assert_int_equal(s[FG_EVAL_TOKENS].gold, 6);
  assert_int_equal(s[FG_EVAL_WORDS].gold, 7);
  assert_int_equal(s[FG_EVAL_SENTENCES].gold, 2);
}

/* One sentence instead of two, "Don" + "'t" instead of do + n't, a
 * different root, a missing lemma and a relation without its subtype. */
static void test_eval_known_scores(void **state) {
  (void)state;
  static const char system[] =
      "1\tDon\tdo\tAUX\tVBP\tTense=Pres|Mood=Ind\t3\taux\t_\tSpaceAfter=No\n"
      "2\t't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n"
      "3\tgo\tgo\tVERB\tVB\tVerbForm=Inf|Foo=Bar\t0\troot\t_\tSpaceAfter=No\n"
      "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
      "5\tThey\tthey\tPRON\tPRP\t_\t6\tnsubj\t_\t_\n"
      "6\twere\tbe\tVERB\tVBD\t_\t3\tparataxis\t_\t_\n"
      "7\tseen\tsee\tVERB\tVBN\t_\t6\txcomp\t_\t_\n"
      "\n";
  FgEvalScore s[FG_EVAL_COUNT];
  evaluate(system, s);
  /* tokens: go . They were seen match; Don 't against Don't do not */
  assert_int_equal(s[FG_EVAL_TOKENS].gold, 6);
  assert_int_equal(s[FG_EVAL_TOKENS].system, 7);
  assert_int_equal(s[FG_EVAL_TOKENS].correct, 5);
  assert_int_equal(s[FG_EVAL_SENTENCES].correct, 0);
  assert_int_equal(s[FG_EVAL_SENTENCES].system, 1);
  /* words: the LCS of (do, n't) and (Don, 't) is empty: 5 of 7 aligned */
  assert_int_equal(s[FG_EVAL_WORDS].correct, 5);
  assert_int_equal(s[FG_EVAL_WORDS].aligned, 5);
  assert_int_equal(s[FG_EVAL_UPOS].correct, 4);     /* were: VERB, not AUX */
  assert_int_equal(s[FG_EVAL_XPOS].correct, 5);
  assert_int_equal(s[FG_EVAL_UFEATS].correct, 5);   /* Foo is not universal */
  assert_int_equal(s[FG_EVAL_LEMMAS].correct, 5);   /* gold "_" counts as right */
  /* go root, . -> go, They -> were, seen -> were: right; were is no root */
  assert_int_equal(s[FG_EVAL_UAS].correct, 4);
  assert_int_equal(s[FG_EVAL_LAS].correct, 4);      /* nsubj = nsubj:pass */
  assert_int_equal(s[FG_EVAL_LAS_FULL].correct, 3);
  assert_true(fabs(fg_eval_f1(&s[FG_EVAL_TOKENS]) - 10.0 / 13.0) < 1e-9);
  assert_true(fabs(fg_eval_precision(&s[FG_EVAL_UAS]) - 4.0 / 7.0) < 1e-9);
}

/* A word aligned only inside a multiword span: the system's "do" + "n't"
 * as two tokens still aligns by forms with the gold's words. */
static void test_eval_multiword_lcs(void **state) {
  (void)state;
  static const char system[] =
      "1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "1\tdO\t_\tAUX\t_\t_\t3\tdep\t_\t_\n"
      "2\tnot\t_\tPART\t_\t_\t3\tdep\t_\t_\n"
      "3\tgo.\t_\tVERB\t_\t_\t0\troot\t_\t_\n"
      "\n"
      "1\tThey\t_\tPRON\t_\t_\t2\tdep\t_\t_\n"
      "2\twere\t_\tAUX\t_\t_\t0\troot\t_\t_\n"
      "3\tseen\t_\tVERB\t_\t_\t2\tdep\t_\t_\n"
      "\n";
  FgEvalScore s[FG_EVAL_COUNT];
  evaluate(system, s);
  /* "dO" matches "Do" without case; "not" is no "n't"; "go." no word */
  assert_int_equal(s[FG_EVAL_WORDS].correct, 4);
  assert_int_equal(s[FG_EVAL_TOKENS].correct, 4);
  assert_int_equal(s[FG_EVAL_SENTENCES].correct, 2);
  assert_false(s[FG_EVAL_XPOS].predicted);
  assert_false(s[FG_EVAL_UAS].predicted); /* a flat tree of root and dep */
  assert_true(s[FG_EVAL_UPOS].predicted);
}

static void test_eval_refuses_bad_input(void **state) {
  (void)state;
  FgEvalScore s[FG_EVAL_COUNT];
  char err[256];
  static const char other_text[] = "1\tDon't\t_\t_\t_\t_\t0\troot\t_\t_\n\n";
  assert_false(fg_conll18_evaluate(GOLD, strlen(GOLD), other_text, strlen(other_text), s, err,
                                   sizeof err));
  assert_non_null(strstr(err, "differ"));
  static const char nine[] = "1\tDon't\t_\t_\t_\t_\t0\troot\t_\n\n";
  assert_false(fg_conll18_evaluate(GOLD, strlen(GOLD), nine, strlen(nine), s, err, sizeof err));
  assert_non_null(strstr(err, "line 1"));
  static const char head[] = "1\tx\t_\t_\t_\t_\t7\troot\t_\t_\n\n";
  assert_false(fg_conll18_evaluate(head, strlen(head), head, strlen(head), s, err, sizeof err));
  assert_non_null(strstr(err, "HEAD"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_ud_words, setup, teardown),
      cmocka_unit_test_setup_teardown(test_every_character_in_a_token, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_rule_line_sentence, setup, teardown),
      cmocka_unit_test_setup_teardown(test_conllu_writer, setup, teardown),
      cmocka_unit_test(test_conllu_put_document),
      cmocka_unit_test(test_eval_identical),
      cmocka_unit_test(test_eval_known_scores),
      cmocka_unit_test(test_eval_multiword_lcs),
      cmocka_unit_test(test_eval_refuses_bad_input),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
