/* SPDX-License-Identifier: MIT */
/* Unit tests for src/extract/tree.c: the dep rules of ontology/lexicon.tsv
 * over hand-written Universal Dependencies trees. Each case is a sentence
 * of invented names and its tree, one token a line (FORM LEMMA UPOS XPOS
 * HEAD DEPREL, tab-separated, as CoNLL-U would give them); the mentions
 * come from the real mention finder, the tree from the case, so a case
 * tests the rules and the path logic, not a parser. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/dates.h"
#include "extract/tree.h"
#include "util/buf.h"

typedef struct {
  FgLexicon *lex;
  FgGazetteer *gaz;
  FgNameIndex *names;
} Fixture;

static int setup(void **state) {
  const char *dir = getenv("FACTGRAPH_ONTOLOGY");
  char lex[4096], gaz[4096];
  snprintf(lex, sizeof lex, "%s/lexicon.tsv", dir ? dir : "ontology");
  snprintf(gaz, sizeof gaz, "%s/gazetteer.ttl", dir ? dir : "ontology");
  Fixture *fx = calloc(1, sizeof *fx);
  if (!fx || fg_lexicon_load(lex, NULL, NULL, &fx->lex) != FG_OK ||
      fg_gazetteer_new(&fx->gaz) != FG_OK ||
      fg_gazetteer_load(fx->gaz, gaz, NULL, NULL) != FG_OK ||
      !(fx->names = fg_name_index_new(fx->gaz)))
    return -1;
  *state = fx;
  return 0;
}

static int teardown(void **state) {
  Fixture *fx = *state;
  fg_name_index_free(fx->names);
  fg_gazetteer_free(fx->gaz);
  fg_lexicon_free(fx->lex);
  free(fx);
  return 0;
}

/* The facts of one case, one line each: "predicate(subject,object)" and
 * the qualifiers that are set: " role=ROLE", " negated", " hedged", " future",
 * " former", " by=LABEL", " time=DATE". */
typedef struct {
  FgBuf out;
  const FgDocAnalysis *doc;
} Facts;

static bool collect(void *handle, const FgLocalFact *f) {
  Facts *facts = handle;
  const FgLocalEntity *e = facts->doc->entities->items;
  const FgFactInput *c = &f->claim;
  char line[512];
  snprintf(line, sizeof line, "%s(%s,%s)%s%s%s%s%s%s%s%s%s%s\n", c->predicate,
           e[c->subject].label, c->object == FG_NONE ? c->literal : e[c->object].label,
           c->role ? " role=" : "",
           c->role ? c->role : "", c->negated ? " negated" : "",
           c->modality == FG_MODALITY_HEDGED ? " hedged" : "",
           c->modality == FG_MODALITY_FUTURE ? " future" : "",
           c->former ? " former" : "",
           c->attributed_to != FG_NONE || c->attributed_label ? " by=" : "",
           c->attributed_to != FG_NONE ? e[c->attributed_to].label
           : c->attributed_label      ? c->attributed_label
                                      : "",
           c->time ? " time=" : "", c->time ? c->time : "");
  return fg_buf_append_str(&facts->out, line);
}

/* The tree path -v prints for each fact, one a line. */
static bool collect_path(void *handle, const FgLocalFact *f) {
  Facts *facts = handle;
  return fg_buf_append_str(&facts->out, f->path ? f->path : "(no path)") &&
         fg_buf_append_char(&facts->out, '\n');
}

/* Reads the tree rows into words aligned one to one with the tokens of
 * the only sentence; fails the test when they do not line up. */
static size_t read_tree(const FgDocAnalysis *doc, char *rows, FgWord *words,
                        uint32_t *token, size_t max) {
  size_t n = 0;
  char *save = NULL;
  for (char *row = strtok_r(rows, "\n", &save); row; row = strtok_r(NULL, "\n", &save)) {
    char *col[6];
    char *cs = NULL;
    size_t k = 0;
    for (char *f = strtok_r(row, "\t", &cs); f && k < 6; f = strtok_r(NULL, "\t", &cs))
      col[k++] = f;
    if (k != 6 || n == max)
      fail_msg("tree row %zu: want 6 columns", n + 1);
    if (n >= doc->tok.token_count)
      fail_msg("tree has more rows than the text has tokens");
    const FgToken *t = &doc->tok.tokens[n];
    if (strlen(col[0]) != t->end - t->begin ||
        strncmp(col[0], doc->text + t->begin, t->end - t->begin) != 0)
      fail_msg("row %zu is '%s', token is '%.*s'", n + 1, col[0], (int)(t->end - t->begin),
               doc->text + t->begin);
    words[n] = (FgWord){.form = col[0],
                        .lemma = col[1],
                        .upos = (uint8_t)fg_upos_from_name(col[2]),
                        .xpos = col[3],
                        .head = (uint32_t)atoi(col[4]),
                        .deprel = col[5]};
    token[n] = (uint32_t)n;
    n++;
  }
  if (n != doc->tok.token_count)
    fail_msg("tree has %zu rows, the text %zu tokens", n, doc->tok.token_count);
  return n;
}

/* The recognizer's reading of each token from one letter a token: '.'
 * outside a name; P, G, C, L, E start a Person, Organization, Country,
 * Place or Event name; the lower-case letter goes on with it. */
static uint8_t *token_ner(FgArena *arena, const char *letters, size_t tokens) {
  static const char TYPES[] = ".PGCLE";
  if (!letters)
    return NULL;
  if (strlen(letters) != tokens)
    fail_msg("%zu NER letters for %zu tokens", strlen(letters), tokens);
  uint8_t *ner = fg_arena_alloc(arena, tokens);
  for (size_t i = 0; ner && i < tokens; i++) {
    char c = letters[i];
    const char *at = strchr(TYPES, c >= 'a' && c <= 'z' ? c - 32 : c);
    if (!at)
      fail_msg("bad NER letter '%c'", c);
    ner[i] = (uint8_t)(at - TYPES);
    if (c >= 'A' && c <= 'Z')
      ner[i] |= FG_TOKEN_NER_START;
  }
  return ner;
}

/* The document's date run_rules gives the rules (NULL: none). */
static const char *rules_doc_date;

/* Runs the dep rules over TEXT with TREE, and NER (or NULL) as the
 * recognizer's reading; returns what each fact gives to collect_fact,
 * one line a fact (malloc'd). */
static char *run_rules(const Fixture *fx, const char *text, const char *tree,
                       const char *ner, FgFactFunc collect_fact) {
  FgArena *arena = fg_arena_new();
  FgLocalEntities entities;
  memset(&entities, 0, sizeof entities);
  FgDocAnalysis doc;
  memset(&doc, 0, sizeof doc);
  doc.id = "case";
  doc.text = text;
  doc.len = strlen(text);
  doc.lex = fx->lex;
  doc.gaz = fx->gaz;
  doc.names = fx->names;
  doc.entities = &entities;
  doc.arena = arena;
  doc.main_country = FG_NONE;
  assert_non_null(arena);
  assert_true(fg_text_analyse(arena, text, doc.len, &doc.tok));
  doc.token_ner = token_ner(arena, ner, doc.tok.token_count);
  assert_true(fg_find_mentions(&doc));
  assert_int_equal(doc.tok.sentence_count, 1);
  FgWord words[64];
  uint32_t token[64];
  char *rows = strdup(tree);
  FgParsedSentence ps = {words, token, read_tree(&doc, rows, words, token, 64), 0};
  Facts facts = {.doc = &doc};
  fg_buf_init(&facts.out);
  assert_true(fg_extract_tree_facts(&doc, &ps, rules_doc_date, collect_fact, &facts));
  char *out = strdup(fg_buf_cstr(&facts.out));
  fg_buf_free(&facts.out);
  free(rows);
  fg_local_entities_free(&entities);
  fg_arena_free(arena);
  return out;
}

static char *facts_with(const Fixture *fx, const char *text, const char *tree,
                        const char *ner) {
  return run_rules(fx, text, tree, ner, collect);
}

static char *facts_of(const Fixture *fx, const char *text, const char *tree) {
  return facts_with(fx, text, tree, NULL);
}

static void expect_with(const Fixture *fx, const char *text, const char *tree,
                        const char *ner, const char *want) {
  char *got = facts_with(fx, text, tree, ner);
  if (strcmp(got, want) != 0)
    fail_msg("%s\n got:\n%s want:\n%s", text, got, want);
  free(got);
}

static void expect(const Fixture *fx, const char *text, const char *tree, const char *want) {
  char *got = facts_of(fx, text, tree);
  if (strcmp(got, want) != 0)
    fail_msg("%s\n got:\n%s want:\n%s", text, got, want);
  free(got);
}

static void test_active_and_passive(void **state) {
  expect(*state, "Mara Quell leads the Vossen Party.",
         "Mara\tMara\tPROPN\tNNP\t3\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         "leads\tlead\tVERB\tVBZ\t0\troot\n"
         "the\tthe\tDET\tDT\t6\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t6\tcompound\n"
         "Party\tParty\tPROPN\tNNP\t3\tobj\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "leaderOf(Mara Quell,Vossen Party)\n");
  expect(*state, "The Vossen Party was founded by Mara Quell.",
         "The\tthe\tDET\tDT\t3\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t3\tcompound\n"
         "Party\tParty\tPROPN\tNNP\t5\tnsubj:pass\n"
         "was\tbe\tAUX\tVBD\t5\taux:pass\n"
         "founded\tfound\tVERB\tVBN\t0\troot\n"
         "by\tby\tADP\tIN\t7\tcase\n"
         "Mara\tMara\tPROPN\tNNP\t5\tobl:agent\n"
         "Quell\tQuell\tPROPN\tNNP\t7\tflat\n"
         ".\t.\tPUNCT\t.\t5\tpunct\n",
         "founded(Mara Quell,Vossen Party)\n");
}

static void test_conjuncts_share_the_role(void **state) {
  expect(*state, "Benin and Nigeria joined the African Union.",
         "Benin\tBenin\tPROPN\tNNP\t4\tnsubj\n"
         "and\tand\tCCONJ\tCC\t3\tcc\n"
         "Nigeria\tNigeria\tPROPN\tNNP\t1\tconj\n"
         "joined\tjoin\tVERB\tVBD\t0\troot\n"
         "the\tthe\tDET\tDT\t7\tdet\n"
         "African\tAfrican\tPROPN\tNNP\t7\tamod\n"
         "Union\tUnion\tPROPN\tNNP\t4\tobj\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "joined(Benin,African Union)\njoined(Nigeria,African Union)\n");
}

/* A demonym before the first conjunct's title describes the second
 * conjunct only where they share that title: "and professor Y" (the
 * noun as the conjunct, or before the name) has a title of its own.
 * (dep.demonym and dep.demonym-before both read the first name.) */
static void test_demonym_not_shared_with_an_own_title(void **state) {
  static const char HEAD[] = "Kenyan\tKenyan\tADJ\tJJ\t2\tamod\n"
                             "journalist\tjournalist\tNOUN\tNN\t9\tnsubj\n"
                             "Ada\tAda\tPROPN\tNNP\t9\tnsubj\n"
                             "Lind\tLind\tPROPN\tNNP\t3\tflat\n"
                             "and\tand\tCCONJ\tCC\t6\tcc\n";
  static const char TAIL[] = "said\tsay\tVERB\tVBD\t0\troot\n"
                             "it\tit\tPRON\tPRP\t11\tnsubj\n"
                             "failed\tfail\tVERB\tVBD\t9\tccomp\n"
                             ".\t.\tPUNCT\t.\t9\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, "%s%s%s", HEAD,
           "professor\tprofessor\tNOUN\tNN\t3\tconj\n"
           "Tomas\tTomas\tPROPN\tNNP\t6\tappos\n"
           "Reyna\tReyna\tPROPN\tNNP\t7\tflat\n",
           TAIL);
  expect(*state, "Kenyan journalist Ada Lind and professor Tomas Reyna said it failed.", tree,
         "citizenOf(Ada Lind,Kenya)\ncitizenOf(Ada Lind,Kenya)\n");
  snprintf(tree, sizeof tree, "%s%s%s", HEAD,
           "professor\tprofessor\tNOUN\tNN\t7\tcompound\n"
           "Tomas\tTomas\tPROPN\tNNP\t3\tconj\n"
           "Reyna\tReyna\tPROPN\tNNP\t7\tflat\n",
           TAIL);
  expect(*state, "Kenyan journalist Ada Lind and professor Tomas Reyna said it failed.", tree,
         "citizenOf(Ada Lind,Kenya)\ncitizenOf(Ada Lind,Kenya)\n");
  /* the near miss: one title for both names */
  expect(*state, "Kenyan journalists Ada Lind and Tomas Reyna said it failed.",
         "Kenyan\tKenyan\tADJ\tJJ\t2\tamod\n"
         "journalists\tjournalist\tNOUN\tNNS\t8\tnsubj\n"
         "Ada\tAda\tPROPN\tNNP\t8\tnsubj\n"
         "Lind\tLind\tPROPN\tNNP\t3\tflat\n"
         "and\tand\tCCONJ\tCC\t6\tcc\n"
         "Tomas\tTomas\tPROPN\tNNP\t3\tconj\n"
         "Reyna\tReyna\tPROPN\tNNP\t6\tflat\n"
         "said\tsay\tVERB\tVBD\t0\troot\n"
         "it\tit\tPRON\tPRP\t10\tnsubj\n"
         "failed\tfail\tVERB\tVBD\t8\tccomp\n"
         ".\t.\tPUNCT\t.\t8\tpunct\n",
         "citizenOf(Ada Lind,Kenya)\ncitizenOf(Tomas Reyna,Kenya)\ncitizenOf(Ada Lind,Kenya)\n");
}

/* A main clause and an object relative clause. */
static const char RELATIVE_TEXT[] = "Tomas Brandt joined the Vossen Party, which Mara Quell founded.";
static const char RELATIVE_TREE[] = "Tomas\tTomas\tPROPN\tNNP\t3\tnsubj\n"
    "Brandt\tBrandt\tPROPN\tNNP\t1\tflat\n"
    "joined\tjoin\tVERB\tVBD\t0\troot\n"
    "the\tthe\tDET\tDT\t6\tdet\n"
    "Vossen\tVossen\tPROPN\tNNP\t6\tcompound\n"
    "Party\tParty\tPROPN\tNNP\t3\tobj\n"
    ",\t,\tPUNCT\t,\t6\tpunct\n"
    "which\twhich\tPRON\tWDT\t11\tobj\n"
    "Mara\tMara\tPROPN\tNNP\t11\tnsubj\n"
    "Quell\tQuell\tPROPN\tNNP\t9\tflat\n"
    "founded\tfound\tVERB\tVBD\t6\tacl:relcl\n"
    ".\t.\tPUNCT\t.\t3\tpunct\n";

/* The relative clause gives the founder's object; the main clause's
 * subject is not the founder (the near miss). */
static void test_relative_clause(void **state) {
  expect(*state, RELATIVE_TEXT, RELATIVE_TREE,
         "joined(Tomas Brandt,Vossen Party)\nfounded(Mara Quell,Vossen Party)\n");
}

/* What -v prints: the rule, the trigger's lemma and word, and each
 * argument's word with its path from the trigger, up (^) and down. */
static void test_tree_path_of_each_fact(void **state) {
  char *got = run_rules(*state, RELATIVE_TEXT, RELATIVE_TREE, NULL, collect_path);
  assert_string_equal(got, "dep.join join#3 joined: subj Tomas#1 [nsubj], obj Party#6 [obj]\n"
                           "dep.found found#11 founded: subj Mara#9 [nsubj], obj Party#6 "
                           "[^acl:relcl]\n");
  free(got);
}

static void test_nouns_copula_and_apposition(void **state) {
  expect(*state, "Mara Quell is the leader of the Vossen Party.",
         "Mara\tMara\tPROPN\tNNP\t5\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         "is\tbe\tAUX\tVBZ\t5\tcop\n"
         "the\tthe\tDET\tDT\t5\tdet\n"
         "leader\tleader\tNOUN\tNN\t0\troot\n"
         "of\tof\tADP\tIN\t9\tcase\n"
         "the\tthe\tDET\tDT\t9\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t9\tcompound\n"
         "Party\tParty\tPROPN\tNNP\t5\tnmod\n"
         ".\t.\tPUNCT\t.\t5\tpunct\n",
         "leaderOf(Mara Quell,Vossen Party)\n");
  expect(*state, "Mara Quell, the founder of the Vossen Party, spoke.",
         "Mara\tMara\tPROPN\tNNP\t12\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         ",\t,\tPUNCT\t,\t5\tpunct\n"
         "the\tthe\tDET\tDT\t5\tdet\n"
         "founder\tfounder\tNOUN\tNN\t1\tappos\n"
         "of\tof\tADP\tIN\t9\tcase\n"
         "the\tthe\tDET\tDT\t9\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t9\tcompound\n"
         "Party\tParty\tPROPN\tNNP\t5\tnmod\n"
         ",\t,\tPUNCT\t,\t5\tpunct\n"
         "spoke\tspeak\tVERB\tVBD\t0\troot\n"
         ".\t.\tPUNCT\t.\t11\tpunct\n",
         "founded(Mara Quell,Vossen Party)\n");
}

/* "the son of Y": the rule swaps, Y is the parent. */
static void test_swapped_noun(void **state) {
  expect(*state, "Tomas Brandt is the son of Mara Quell.",
         "Tomas\tTomas\tPROPN\tNNP\t5\tnsubj\n"
         "Brandt\tBrandt\tPROPN\tNNP\t1\tflat\n"
         "is\tbe\tAUX\tVBZ\t5\tcop\n"
         "the\tthe\tDET\tDT\t5\tdet\n"
         "son\tson\tNOUN\tNN\t0\troot\n"
         "of\tof\tADP\tIN\t7\tcase\n"
         "Mara\tMara\tPROPN\tNNP\t5\tnmod\n"
         "Quell\tQuell\tPROPN\tNNP\t7\tflat\n"
         ".\t.\tPUNCT\t.\t5\tpunct\n",
         "parentOf(Mara Quell,Tomas Brandt)\n");
}

static void test_born_in_reads_the_passive(void **state) {
  expect(*state, "Mara Quell was born in Nairobi.",
         "Mara\tMara\tPROPN\tNNP\t4\tnsubj:pass\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         "was\tbe\tAUX\tVBD\t4\taux:pass\n"
         "born\tbear\tVERB\tVBN\t0\troot\n"
         "in\tin\tADP\tIN\t6\tcase\n"
         "Nairobi\tNairobi\tPROPN\tNNP\t4\tobl\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "bornIn(Mara Quell,Nairobi)\n");
}

/* "Ilse Varga was found (not) guilty of killing Ray Dunn." with "guilty"
 * tagged and hung as GUILTY (upos, tag, head, relation) and the deed hung
 * on it as DEED_REL: stated by the one found guilty, denied with "not". */
static void expect_found_guilty(const Fixture *fx, const char *guilty, const char *deed_rel) {
  static const char FOUND[] = "Ilse\tIlse\tPROPN\tNNP\t4\tnsubj:pass\n"
                              "Varga\tVarga\tPROPN\tNNP\t1\tflat\n"
                              "was\tbe\tAUX\tVBD\t4\taux:pass\n"
                              "found\tfind\tVERB\tVBN\t0\troot\n"
                              "%s"
                              "guilty\tguilty\t%s\n"
                              "of\tof\tSCONJ\tIN\t%d\tmark\n"
                              "killing\tkill\tVERB\tVBG\t%d\t%s\n"
                              "Ray\tRay\tPROPN\tNNP\t%d\tcompound\n"
                              "Dunn\tDunn\tPROPN\tNNP\t%d\tobj\n"
                              ".\t.\tPUNCT\t.\t4\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, FOUND, "", guilty, 7, 5, deed_rel, 9, 7);
  expect_with(fx, "Ilse Varga was found guilty of killing Ray Dunn.", tree, "Pp.....Pp.",
              "killed(Ilse Varga,Ray Dunn)\n");
  snprintf(tree, sizeof tree, FOUND, "not\tnot\tPART\tRB\t6\tadvmod\n", guilty, 8, 6, deed_rel,
           10, 8);
  expect_with(fx, "Ilse Varga was found not guilty of killing Ray Dunn.", tree, "Pp......Pp.",
              "killed(Ilse Varga,Ray Dunn) negated\n");
}

/* "A jury found Ilse Varga not guilty of DEED.", "guilty" the verb's
 * complement and DEED's words (DEED_TREE, before the final stop) hung
 * on it: the deed is denied, by Ilse Varga. */
static void expect_jury_verdict(const Fixture *fx, const char *sentence, const char *deed_tree,
                                const char *mentions) {
  static const char JURY[] = "A\ta\tDET\tDT\t2\tdet\n"
                             "jury\tjury\tNOUN\tNN\t3\tnsubj\n"
                             "found\tfind\tVERB\tVBD\t0\troot\n"
                             "Ilse\tIlse\tPROPN\tNNP\t3\tobj\n"
                             "Varga\tVarga\tPROPN\tNNP\t4\tflat\n"
                             "not\tnot\tPART\tRB\t7\tadvmod\n"
                             "guilty\tguilty\tNOUN\tNN\t3\txcomp\n";
  char tree[1024];
  snprintf(tree, sizeof tree, "%s%s.\t.\tPUNCT\t.\t3\tpunct\n", JURY, deed_tree);
  expect_with(fx, sentence, tree, mentions, "killed(Ilse Varga,Ray Dunn) negated\n");
}

/* A plea's deed after "to" is a gerund, no plan: stated by the one who
 * pleads guilty, denied when the plea is not guilty. */
static void test_pleas(void **state) {
  expect_with(*state, "Ilse Varga pleaded guilty to killing Ray Dunn.",
              "Ilse\tIlse\tPROPN\tNNP\t3\tnsubj\n"
              "Varga\tVarga\tPROPN\tNNP\t1\tflat\n"
              "pleaded\tplead\tVERB\tVBD\t0\troot\n"
              "guilty\tguilty\tNOUN\tNN\t3\tobj\n"
              "to\tto\tSCONJ\tIN\t6\tmark\n"
              "killing\tkill\tVERB\tVBG\t3\tadvcl\n"
              "Ray\tRay\tPROPN\tNNP\t8\tcompound\n"
              "Dunn\tDunn\tPROPN\tNNP\t6\tobj\n"
              ".\t.\tPUNCT\t.\t3\tpunct\n",
              "Pp....Pp.", "killed(Ilse Varga,Ray Dunn)\n");
  expect_with(*state, "Ilse Varga pleaded not guilty to killing Ray Dunn.",
              "Ilse\tIlse\tPROPN\tNNP\t3\tnsubj\n"
              "Varga\tVarga\tPROPN\tNNP\t1\tflat\n"
              "pleaded\tplead\tVERB\tVBD\t0\troot\n"
              "not\tnot\tPART\tRB\t5\tadvmod\n"
              "guilty\tguilty\tADJ\tJJ\t3\txcomp\n"
              "to\tto\tSCONJ\tIN\t7\tmark\n"
              "killing\tkill\tVERB\tVBG\t5\tadvcl\n"
              "Ray\tRay\tPROPN\tNNP\t9\tcompound\n"
              "Dunn\tDunn\tPROPN\tNNP\t7\tobj\n"
              ".\t.\tPUNCT\t.\t3\tpunct\n",
              "Pp.....Pp.", "killed(Ilse Varga,Ray Dunn) negated\n");
}

/* A deed a verdict clears someone "of" is denied; one a court finds them
 * guilty of is stated, by the one found guilty (the passive's subject). */
static void test_verdicts(void **state) {
  static const char TREE[] = "Ilse\tIlse\tPROPN\tNNP\t4\tnsubj:pass\n"
                             "Varga\tVarga\tPROPN\tNNP\t1\tflat\n"
                             "was\tbe\tAUX\tVBD\t4\taux:pass\n"
                             "%s\t%s\tVERB\tVBN\t0\troot\n"
                             "of\tof\tSCONJ\tIN\t6\tmark\n"
                             "killing\tkill\tVERB\tVBG\t4\tadvcl\n"
                             "Ray\tRay\tPROPN\tNNP\t8\tcompound\n"
                             "Dunn\tDunn\tPROPN\tNNP\t6\tobj\n"
                             ".\t.\tPUNCT\t.\t4\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, TREE, "acquitted", "acquit");
  expect_with(*state, "Ilse Varga was acquitted of killing Ray Dunn.", tree, "Pp....Pp.",
              "killed(Ilse Varga,Ray Dunn) negated\n");
  snprintf(tree, sizeof tree, TREE, "convicted", "convict");
  expect_with(*state, "Ilse Varga was convicted of killing Ray Dunn.", tree, "Pp....Pp.",
              "killed(Ilse Varga,Ray Dunn)\n");
  /* the verdict's negation is the deed's */
  expect_with(*state, "Ilse Varga was not convicted of killing Ray Dunn.",
              "Ilse\tIlse\tPROPN\tNNP\t5\tnsubj:pass\n"
              "Varga\tVarga\tPROPN\tNNP\t1\tflat\n"
              "was\tbe\tAUX\tVBD\t5\taux:pass\n"
              "not\tnot\tPART\tRB\t5\tadvmod\n"
              "convicted\tconvict\tVERB\tVBN\t0\troot\n"
              "of\tof\tSCONJ\tIN\t7\tmark\n"
              "killing\tkill\tVERB\tVBG\t5\tadvcl\n"
              "Ray\tRay\tPROPN\tNNP\t9\tcompound\n"
              "Dunn\tDunn\tPROPN\tNNP\t7\tobj\n"
              ".\t.\tPUNCT\t.\t5\tpunct\n",
              "Pp.....Pp.", "killed(Ilse Varga,Ray Dunn) negated\n");
  /* the deed hung on "guilty" as a complement, or as the passive's object */
  expect_found_guilty(*state, "ADJ\tJJ\t4\txcomp", "advcl");
  expect_found_guilty(*state, "NOUN\tNN\t4\tobj", "acl");
  /* in the active, "guilty" the complement: the verdict's object is the
   * one found (not) guilty, of a deed told as a clause or as a noun */
  expect_jury_verdict(*state, "A jury found Ilse Varga not guilty of killing Ray Dunn.",
                      "of\tof\tSCONJ\tIN\t9\tmark\n"
                      "killing\tkill\tVERB\tVBG\t7\tacl\n"
                      "Ray\tRay\tPROPN\tNNP\t11\tcompound\n"
                      "Dunn\tDunn\tPROPN\tNNP\t9\tobj\n",
                      "...Pp....Pp.");
  expect_jury_verdict(*state, "A jury found Ilse Varga not guilty of the murder of Ray Dunn.",
                      "of\tof\tADP\tIN\t10\tcase\n"
                      "the\tthe\tDET\tDT\t10\tdet\n"
                      "murder\tmurder\tNOUN\tNN\t7\tnmod\n"
                      "of\tof\tADP\tIN\t13\tcase\n"
                      "Ray\tRay\tPROPN\tNNP\t13\tcompound\n"
                      "Dunn\tDunn\tPROPN\tNNP\t10\tnmod\n",
                      "...Pp......Pp.");
}

/* "Kenya is ADJ to join the African Union." with its tree: the copula's
 * adjective decides whether the join is an intent. */
static void expect_adjective_join(const Fixture *fx, const char *adj, const char *want) {
  char text[96], tree[512];
  snprintf(text, sizeof text, "Kenya is %s to join the African Union.", adj);
  snprintf(tree, sizeof tree,
           "Kenya\tKenya\tPROPN\tNNP\t3\tnsubj\n"
           "is\tbe\tAUX\tVBZ\t3\tcop\n"
           "%s\t%s\tADJ\tJJ\t0\troot\n"
           "to\tto\tPART\tTO\t5\tmark\n"
           "join\tjoin\tVERB\tVB\t3\txcomp\n"
           "the\tthe\tDET\tDT\t8\tdet\n"
           "African\tAfrican\tPROPN\tNNP\t8\tamod\n"
           "Union\tUnion\tPROPN\tNNP\t5\tobj\n"
           ".\t.\tPUNCT\t.\t3\tpunct\n",
           adj, adj);
  expect(fx, text, tree, want);
}

/* "Mara Quell VERB that Kenya joined the African Union." */
static void expect_verb_that_join(const Fixture *fx, const char *verb, const char *lemma,
                                  const char *xpos, const char *want) {
  char text[96], tree[512];
  snprintf(text, sizeof text, "Mara Quell %s that Kenya joined the African Union.", verb);
  snprintf(tree, sizeof tree,
           "Mara\tMara\tPROPN\tNNP\t3\tnsubj\n"
           "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
           "%s\t%s\tVERB\t%s\t0\troot\n"
           "that\tthat\tSCONJ\tIN\t6\tmark\n"
           "Kenya\tKenya\tPROPN\tNNP\t6\tnsubj\n"
           "joined\tjoin\tVERB\tVBD\t3\tccomp\n"
           "the\tthe\tDET\tDT\t9\tdet\n"
           "African\tAfrican\tPROPN\tNNP\t9\tamod\n"
           "Union\tUnion\tPROPN\tNNP\t6\tobj\n"
           ".\t.\tPUNCT\t.\t3\tpunct\n",
           verb, lemma, xpos);
  expect(fx, text, tree, want);
}

static void test_qualifiers_from_the_tree(void **state) {
  expect(*state, "Kenya did not join the African Union.",
         "Kenya\tKenya\tPROPN\tNNP\t4\tnsubj\n"
         "did\tdo\tAUX\tVBD\t4\taux\n"
         "not\tnot\tPART\tRB\t4\tadvmod\n"
         "join\tjoin\tVERB\tVB\t0\troot\n"
         "the\tthe\tDET\tDT\t7\tdet\n"
         "African\tAfrican\tPROPN\tNNP\t7\tamod\n"
         "Union\tUnion\tPROPN\tNNP\t4\tobj\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "joined(Kenya,African Union) negated\n");
  /* The controller of an xcomp is the subject; "plans" makes it future. */
  expect(*state, "Kenya plans to join the African Union.",
         "Kenya\tKenya\tPROPN\tNNP\t2\tnsubj\n"
         "plans\tplan\tVERB\tVBZ\t0\troot\n"
         "to\tto\tPART\tTO\t4\tmark\n"
         "join\tjoin\tVERB\tVB\t2\txcomp\n"
         "the\tthe\tDET\tDT\t7\tdet\n"
         "African\tAfrican\tPROPN\tNNP\t7\tamod\n"
         "Union\tUnion\tPROPN\tNNP\t4\tobj\n"
         ".\t.\tPUNCT\t.\t2\tpunct\n",
         "joined(Kenya,African Union) future\n");
  /* "ready to", "willing to": an intent, read through the copula's adjective */
  expect_adjective_join(*state, "ready", "joined(Kenya,African Union) future\n");
  expect_adjective_join(*state, "happy", "joined(Kenya,African Union)\n");
  /* "unlikely to" doubts the deed like "likely to" */
  expect_adjective_join(*state, "unlikely", "joined(Kenya,African Union) hedged\n");
  /* A headline's "X to join Y" is a plan; the same verb as a plain root
   * is not (above). */
  expect(*state, "Kenya to join the African Union",
         "Kenya\tKenya\tPROPN\tNNP\t3\tnsubj\n"
         "to\tto\tPART\tTO\t3\tmark\n"
         "join\tjoin\tVERB\tVB\t0\troot\n"
         "the\tthe\tDET\tDT\t6\tdet\n"
         "African\tAfrican\tPROPN\tNNP\t6\tamod\n"
         "Union\tUnion\tPROPN\tNNP\t3\tobj\n",
         "joined(Kenya,African Union) future\n");
  expect(*state, "Mara Quell said Kenya joined the African Union.",
         "Mara\tMara\tPROPN\tNNP\t3\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         "said\tsay\tVERB\tVBD\t0\troot\n"
         "Kenya\tKenya\tPROPN\tNNP\t5\tnsubj\n"
         "joined\tjoin\tVERB\tVBD\t3\tccomp\n"
         "the\tthe\tDET\tDT\t8\tdet\n"
         "African\tAfrican\tPROPN\tNNP\t8\tamod\n"
         "Union\tUnion\tPROPN\tNNP\t5\tobj\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "joined(Kenya,African Union) by=Mara Quell\n");
  /* a clause someone doubts is hedged ("Analysts doubt that ...") */
  expect_verb_that_join(*state, "doubts", "doubt", "VBZ", "joined(Kenya,African Union) hedged\n");
  /* a paper's report is its word too */
  expect_verb_that_join(*state, "reported", "report", "VBD",
                        "joined(Kenya,African Union) by=Mara Quell\n");
  /* a deed one is charged with is only alleged; one done before appearing
   * in court is not, though "appeared" hedges elsewhere */
  expect(*state, "Mara Quell was charged with killing Ada Lind.",
         "Mara\tMara\tPROPN\tNNP\t4\tnsubj:pass\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         "was\tbe\tAUX\tVBD\t4\taux:pass\n"
         "charged\tcharge\tVERB\tVBN\t0\troot\n"
         "with\twith\tSCONJ\tIN\t6\tmark\n"
         "killing\tkill\tVERB\tVBG\t4\tadvcl\n"
         "Ada\tAda\tPROPN\tNNP\t6\tobj\n"
         "Lind\tLind\tPROPN\tNNP\t7\tflat\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "killed(Mara Quell,Ada Lind) hedged\n");
  expect(*state, "Mara Quell appeared after killing Ada Lind.",
         "Mara\tMara\tPROPN\tNNP\t3\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         "appeared\tappear\tVERB\tVBD\t0\troot\n"
         "after\tafter\tSCONJ\tIN\t5\tmark\n"
         "killing\tkill\tVERB\tVBG\t3\tadvcl\n"
         "Ada\tAda\tPROPN\tNNP\t5\tobj\n"
         "Lind\tLind\tPROPN\tNNP\t6\tflat\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "killed(Mara Quell,Ada Lind)\n");
  /* ... also with the clause hung on the one accused, and with it hung
   * on the verb: the one accused (blamed) did it, not the accuser */
  static const char accused[] = "Ada\tAda\tPROPN\tNNP\t3\tnsubj\n"
                                "Lind\tLind\tPROPN\tNNP\t1\tflat\n"
                                "accused\taccuse\tVERB\tVBD\t0\troot\n"
                                "Mara\tMara\tPROPN\tNNP\t3\tobj\n"
                                "Quell\tQuell\tPROPN\tNNP\t4\tflat\n"
                                "of\tof\tSCONJ\tIN\t7\tmark\n"
                                "killing\tkill\tVERB\tVBG\t%s\n"
                                "Tomas\tTomas\tPROPN\tNNP\t7\tobj\n"
                                "Brandt\tBrandt\tPROPN\tNNP\t8\tflat\n"
                                ".\t.\tPUNCT\t.\t3\tpunct\n";
  static const char *const killing_arcs[] = {"4\tacl", "3\tadvcl"};
  for (size_t i = 0; i < 2; i++) {
    char rows[sizeof accused + 16];
    snprintf(rows, sizeof rows, accused, killing_arcs[i]);
    expect(*state, "Ada Lind accused Mara Quell of killing Tomas Brandt.", rows,
           "accused(Ada Lind,Mara Quell)\n"
           "killed(Mara Quell,Tomas Brandt) hedged\n");
  }
  expect(*state, "Ada Lind blamed Mara Quell for killing Tomas Brandt.",
         "Ada\tAda\tPROPN\tNNP\t3\tnsubj\n"
         "Lind\tLind\tPROPN\tNNP\t1\tflat\n"
         "blamed\tblame\tVERB\tVBD\t0\troot\n"
         "Mara\tMara\tPROPN\tNNP\t3\tobj\n"
         "Quell\tQuell\tPROPN\tNNP\t4\tflat\n"
         "for\tfor\tSCONJ\tIN\t7\tmark\n"
         "killing\tkill\tVERB\tVBG\t3\tadvcl\n"
         "Tomas\tTomas\tPROPN\tNNP\t7\tobj\n"
         "Brandt\tBrandt\tPROPN\tNNP\t8\tflat\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "blamed(Ada Lind,Mara Quell)\n"
         "killed(Mara Quell,Tomas Brandt) hedged\n");
  /* a party one plans to leave is one's party now: no future, no former */
  expect(*state, "Mara Quell plans to leave the Vossen Party.",
         "Mara\tMara\tPROPN\tNNP\t3\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         "plans\tplan\tVERB\tVBZ\t0\troot\n"
         "to\tto\tPART\tTO\t5\tmark\n"
         "leave\tleave\tVERB\tVB\t3\txcomp\n"
         "the\tthe\tDET\tDT\t8\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t8\tcompound\n"
         "Party\tParty\tPROPN\tNNP\t5\tobj\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "memberOf(Mara Quell,Vossen Party)\n");
  /* one who has left it is a former member */
  expect(*state, "Mara Quell has left the Vossen Party.",
         "Mara\tMara\tPROPN\tNNP\t4\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         "has\thave\tAUX\tVBZ\t4\taux\n"
         "left\tleave\tVERB\tVBN\t0\troot\n"
         "the\tthe\tDET\tDT\t7\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t7\tcompound\n"
         "Party\tParty\tPROPN\tNNP\t4\tobj\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "memberOf(Mara Quell,Vossen Party) former\n");
  /* a role one will give up is held now: no future, no former */
  expect(*state, "Mara Quell will resign as chairwoman of Velm Bank.",
         "Mara\tMara\tPROPN\tNNP\t4\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         "will\twill\tAUX\tMD\t4\taux\n"
         "resign\tresign\tVERB\tVB\t0\troot\n"
         "as\tas\tADP\tIN\t6\tcase\n"
         "chairwoman\tchairwoman\tNOUN\tNN\t4\tobl\n"
         "of\tof\tADP\tIN\t9\tcase\n"
         "Velm\tVelm\tPROPN\tNNP\t9\tcompound\n"
         "Bank\tBank\tPROPN\tNNP\t6\tnmod\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "leaderOf(Mara Quell,Velm Bank)\n"
         "holdsPosition(Mara Quell,Velm Bank) role=Chairwoman\n");
  /* the governor of a gov= row hedges the deed too */
  expect(*state, "Mara Quell was charged with the murder of Ada Lind.",
         "Mara\tMara\tPROPN\tNNP\t4\tnsubj:pass\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         "was\tbe\tAUX\tVBD\t4\taux:pass\n"
         "charged\tcharge\tVERB\tVBN\t0\troot\n"
         "with\twith\tADP\tIN\t7\tcase\n"
         "the\tthe\tDET\tDT\t7\tdet\n"
         "murder\tmurder\tNOUN\tNN\t4\tobl\n"
         "of\tof\tADP\tIN\t9\tcase\n"
         "Ada\tAda\tPROPN\tNNP\t7\tnmod\n"
         "Lind\tLind\tPROPN\tNNP\t9\tflat\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "killed(Mara Quell,Ada Lind) hedged\n");
}

/* holdsPosition takes its role from the title the trigger heads, named
 * as the title rows name it. */
static void test_roles_from_titles(void **state) {
  expect(*state, "Kenyan President Mara Quell visited Nairobi.",
         "Kenyan\tKenyan\tADJ\tJJ\t2\tamod\n"
         "President\tPresident\tPROPN\tNNP\t3\tcompound\n"
         "Mara\tMara\tPROPN\tNNP\t5\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t3\tflat\n"
         "visited\tvisit\tVERB\tVBD\t0\troot\n"
         "Nairobi\tNairobi\tPROPN\tNNP\t5\tobj\n"
         ".\t.\tPUNCT\t.\t5\tpunct\n",
         "holdsPosition(Mara Quell,Kenya) role=President\n"
         "visited(Mara Quell,Nairobi)\n");
  expect(*state, "The foreign minister of Kenya, Mara Quell, spoke.",
         "The\tthe\tDET\tDT\t3\tdet\n"
         "foreign\tforeign\tADJ\tJJ\t3\tamod\n"
         "minister\tminister\tNOUN\tNN\t10\tnsubj\n"
         "of\tof\tADP\tIN\t5\tcase\n"
         "Kenya\tKenya\tPROPN\tNNP\t3\tnmod\n"
         ",\t,\tPUNCT\t,\t7\tpunct\n"
         "Mara\tMara\tPROPN\tNNP\t3\tappos\n"
         "Quell\tQuell\tPROPN\tNNP\t7\tflat\n"
         ",\t,\tPUNCT\t,\t7\tpunct\n"
         "spoke\tspeak\tVERB\tVBD\t0\troot\n"
         ".\t.\tPUNCT\t.\t10\tpunct\n",
         "holdsPosition(Mara Quell,Kenya) role=Foreign Minister\n");
  /* a deputy's word before the title's words is the role's; "former"
   * hung on it makes the role former */
  expect(*state, "Kenya's former deputy finance minister, Mara Quell, resigned.",
         "Kenya\tKenya\tPROPN\tNNP\t6\tnmod:poss\n"
         "'s\t's\tPART\tPOS\t1\tcase\n"
         "former\tformer\tADJ\tJJ\t4\tamod\n"
         "deputy\tdeputy\tNOUN\tNN\t6\tamod\n"
         "finance\tfinance\tNOUN\tNN\t6\tcompound\n"
         "minister\tminister\tNOUN\tNN\t11\tnsubj\n"
         ",\t,\tPUNCT\t,\t8\tpunct\n"
         "Mara\tMara\tPROPN\tNNP\t6\tappos\n"
         "Quell\tQuell\tPROPN\tNNP\t8\tflat\n"
         ",\t,\tPUNCT\t,\t8\tpunct\n"
         "resigned\tresign\tVERB\tVBD\t0\troot\n"
         ".\t.\tPUNCT\t.\t11\tpunct\n",
         "holdsPosition(Mara Quell,Kenya) role=Deputy Finance Minister former\n");
  /* a president of an organisation leads it (orghead), of a country
   * holds office (above) */
  expect(*state, "Mara Quell, the president of the Vossen Party, spoke.",
         "Mara\tMara\tPROPN\tNNP\t11\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         ",\t,\tPUNCT\t,\t5\tpunct\n"
         "the\tthe\tDET\tDT\t5\tdet\n"
         "president\tpresident\tNOUN\tNN\t1\tappos\n"
         "of\tof\tADP\tIN\t9\tcase\n"
         "the\tthe\tDET\tDT\t9\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t9\tcompound\n"
         "Party\tParty\tPROPN\tNNP\t5\tnmod\n"
         ",\t,\tPUNCT\t,\t5\tpunct\n"
         "spoke\tspeak\tVERB\tVBD\t0\troot\n"
         ".\t.\tPUNCT\t.\t11\tpunct\n",
         "leaderOf(Mara Quell,Vossen Party)\n");
}

/* A one-word name nobody listed becomes an entity of the recognizer's
 * type, at the start of a sentence too; without the recognizer it stays
 * unknown and the rule is silent. */
static void test_recognized_names(void **state) {
  const char *text = "Oskarbank hired Telvik Rasmussen.";
  const char *tree = "Oskarbank\tOskarbank\tPROPN\tNNP\t2\tnsubj\n"
                     "hired\thire\tVERB\tVBD\t0\troot\n"
                     "Telvik\tTelvik\tPROPN\tNNP\t2\tobj\n"
                     "Rasmussen\tRasmussen\tPROPN\tNNP\t3\tflat\n"
                     ".\t.\tPUNCT\t.\t2\tpunct\n";
  expect_with(*state, text, tree, "G.Pp.", "worksFor(Telvik Rasmussen,Oskarbank)\n");
  expect(*state, text, tree, "");
  /* The recognizer's type wins over the default, which makes an untyped
   * two-word name a person, and a person is led by no one here. */
  const char *leads = "Telvik\tTelvik\tPROPN\tNNP\t3\tnsubj\n"
                      "Rasmussen\tRasmussen\tPROPN\tNNP\t1\tflat\n"
                      "leads\tlead\tVERB\tVBZ\t0\troot\n"
                      "Dunmore\tDunmore\tPROPN\tNNP\t3\tobj\n"
                      "Kelbray\tKelbray\tPROPN\tNNP\t4\tflat\n"
                      ".\t.\tPUNCT\t.\t3\tpunct\n";
  expect_with(*state, "Telvik Rasmussen leads Dunmore Kelbray.", leads, "Pp.Gg.",
              "leaderOf(Telvik Rasmussen,Dunmore Kelbray)\n");
  expect(*state, "Telvik Rasmussen leads Dunmore Kelbray.", leads, "");
}

/* Words find their tokens by offset, and the recognizer's names mark the
 * tokens of each word's own form: not the "'s" of a multiword token. */
static void test_words_to_tokens(void **state) {
  const Fixture *fx = *state;
  const char *text = "Telvik Rasmussen's bank, Oskarbank, grew.";
  FgArena *arena = fg_arena_new();
  FgDocAnalysis doc;
  memset(&doc, 0, sizeof doc);
  doc.text = text;
  doc.len = strlen(text);
  doc.lex = fx->lex;
  assert_true(fg_text_analyse(arena, text, doc.len, &doc.tok));
  FgWord w[] = {{.form = "Telvik", .form_len = 6, .begin = 0, .end = 6,
                 .ner_type = FG_NER_PERSON, .ner_iob = FG_IOB_B},
                {.form = "Rasmussen", .form_len = 9, .begin = 7, .end = 18, .mwt_last = 3,
                 .ner_type = FG_NER_PERSON, .ner_iob = FG_IOB_I},
                {.form = "'s", .form_len = 2, .begin = 7, .end = 18},
                {.form = "bank", .form_len = 4, .begin = 19, .end = 23},
                {.form = ",", .form_len = 1, .begin = 23, .end = 24},
                {.form = "Oskarbank", .form_len = 9, .begin = 25, .end = 34,
                 .ner_type = FG_NER_ORGANIZATION, .ner_iob = FG_IOB_B}};
  uint32_t token[6];
  assert_int_equal(fg_words_to_tokens(&doc, w, 6, token), 0);
  const char *want[] = {"Telvik", "Rasmussen", "Rasmussen", "bank", ",", "Oskarbank"};
  for (size_t i = 0; i < 6; i++) {
    const FgToken *t = &doc.tok.tokens[token[i]];
    assert_int_equal(t->end - t->begin, strlen(want[i]));
    assert_memory_equal(text + t->begin, want[i], strlen(want[i]));
  }
  uint8_t *ner = fg_arena_alloc(arena, doc.tok.token_count);
  memset(ner, 0, doc.tok.token_count);
  fg_mark_recognized(&doc, w, 6, token, ner);
  assert_int_equal(ner[token[0]], FG_NER_PERSON | FG_TOKEN_NER_START);
  assert_int_equal(ner[token[1]], FG_NER_PERSON);
  assert_int_equal(ner[token[1] + 1], 0); /* the 's token */
  assert_int_equal(ner[token[3]], 0);
  assert_int_equal(ner[token[5]], FG_NER_ORGANIZATION | FG_TOKEN_NER_START);
  fg_arena_free(arena);
}

/* Near misses the parser's trees invite: a title heading its person's
 * name is the person, not the country before it (which the title's own
 * rule reads as the office's country); "opposition leader"
 * leads the opposition, an office in the country, not the country; an
 * infinitive completing a noun ("plots to
 * kill") has no subject of its own. */
static void test_near_misses(void **state) {
  expect(*state, "US Secretary Mara Quell met Tomas Brandt.",
         "US\tUS\tPROPN\tNNP\t2\tcompound\n"
         "Secretary\tSecretary\tPROPN\tNNP\t5\tnsubj\n"
         "Mara\tMara\tPROPN\tNNP\t2\tappos\n"
         "Quell\tQuell\tPROPN\tNNP\t3\tflat\n"
         "met\tmeet\tVERB\tVBD\t0\troot\n"
         "Tomas\tTomas\tPROPN\tNNP\t5\tobj\n"
         "Brandt\tBrandt\tPROPN\tNNP\t6\tflat\n"
         ".\t.\tPUNCT\t.\t5\tpunct\n",
         "holdsPosition(Mara Quell,United States) role=Secretary\n"
         "metWith(Mara Quell,Tomas Brandt)\n");
  expect(*state, "Kenyan opposition leader Mara Quell spoke.",
         "Kenyan\tKenyan\tADJ\tJJ\t3\tamod\n"
         "opposition\topposition\tNOUN\tNN\t3\tcompound\n"
         "leader\tleader\tNOUN\tNN\t4\tcompound\n"
         "Mara\tMara\tPROPN\tNNP\t6\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t4\tflat\n"
         "spoke\tspeak\tVERB\tVBD\t0\troot\n"
         ".\t.\tPUNCT\t.\t6\tpunct\n",
         "holdsPosition(Mara Quell,Kenya) role=Opposition Leader\n");
  expect(*state, "Kenya foiled two plots to kill Mara Quell.",
         "Kenya\tKenya\tPROPN\tNNP\t2\tnsubj\n"
         "foiled\tfoil\tVERB\tVBD\t0\troot\n"
         "two\ttwo\tNUM\tCD\t4\tnummod\n"
         "plots\tplot\tNOUN\tNNS\t2\tobj\n"
         "to\tto\tPART\tTO\t6\tmark\n"
         "kill\tkill\tVERB\tVB\t4\tacl\n"
         "Mara\tMara\tPROPN\tNNP\t6\tobj\n"
         "Quell\tQuell\tPROPN\tNNP\t7\tflat\n"
         ".\t.\tPUNCT\t.\t2\tpunct\n",
         "foiled(Kenya,two plots)\n");
}

/* A trigger whose arguments are not entities of the rule's kinds, or are
 * missing, states nothing. */
static void test_silent_without_arguments(void **state) {
  expect(*state, "Mara Quell leads the polls.",
         "Mara\tMara\tPROPN\tNNP\t3\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         "leads\tlead\tVERB\tVBZ\t0\troot\n"
         "the\tthe\tDET\tDT\t5\tdet\n"
         "polls\tpoll\tNOUN\tNNS\t3\tobj\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "");
  expect(*state, "Nairobi was born in Kenya.",
         "Nairobi\tNairobi\tPROPN\tNNP\t3\tnsubj:pass\n"
         "was\tbe\tAUX\tVBD\t3\taux:pass\n"
         "born\tbear\tVERB\tVBN\t0\troot\n"
         "in\tin\tADP\tIN\t5\tcase\n"
         "Kenya\tKenya\tPROPN\tNNP\t3\tobl\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "");
}

/* A name's own rows ("@name"): each conjunct is a trigger of its own,
 * and "respectively" pairs the k-th name with the k-th object only. */
static void test_name_rows_and_respectively(void **state) {
  expect_with(*state, "Ana Lind and Ben Toh of respectively Vossen Party and Rall Party won.",
              "Ana\tAna\tPROPN\tNNP\t13\tnsubj\n"
              "Lind\tLind\tPROPN\tNNP\t1\tflat\n"
              "and\tand\tCCONJ\tCC\t4\tcc\n"
              "Ben\tBen\tPROPN\tNNP\t1\tconj\n"
              "Toh\tToh\tPROPN\tNNP\t4\tflat\n"
              "of\tof\tADP\tIN\t9\tcase\n"
              "respectively\trespectively\tADV\tRB\t9\tadvmod\n"
              "Vossen\tVossen\tPROPN\tNNP\t9\tcompound\n"
              "Party\tParty\tPROPN\tNNP\t1\tnmod\n"
              "and\tand\tCCONJ\tCC\t12\tcc\n"
              "Rall\tRall\tPROPN\tNNP\t12\tcompound\n"
              "Party\tParty\tPROPN\tNNP\t9\tconj\n"
              "won\twin\tVERB\tVBD\t0\troot\n"
              ".\t.\tPUNCT\t.\t13\tpunct\n",
              "Pp.Pp..Gg.Gg..",
              "memberOf(Ana Lind,Vossen Party)\nmemberOf(Ben Toh,Rall Party)\n");
  /* without "respectively" a phrase on the first conjunct is its own */
  expect_with(*state, "Ana Lind and Ben Toh of the Vossen Party won.",
              "Ana\tAna\tPROPN\tNNP\t11\tnsubj\n"
              "Lind\tLind\tPROPN\tNNP\t1\tflat\n"
              "and\tand\tCCONJ\tCC\t4\tcc\n"
              "Ben\tBen\tPROPN\tNNP\t1\tconj\n"
              "Toh\tToh\tPROPN\tNNP\t4\tflat\n"
              "of\tof\tADP\tIN\t9\tcase\n"
              "the\tthe\tDET\tDT\t9\tdet\n"
              "Vossen\tVossen\tPROPN\tNNP\t9\tcompound\n"
              "Party\tParty\tPROPN\tNNP\t1\tnmod\n"
              "won\twin\tVERB\tVBD\t0\troot\n"
              ".\t.\tPUNCT\t.\t10\tpunct\n",
              "Pp.Pp..Gg..", "memberOf(Ana Lind,Vossen Party)\n");
  /* a possessive before the coordination is every conjunct's */
  expect_with(*state, "The Vossen Party's Ana Lind and Ben Toh won.",
              "The\tthe\tDET\tDT\t3\tdet\n"
              "Vossen\tVossen\tPROPN\tNNP\t3\tcompound\n"
              "Party\tParty\tPROPN\tNNP\t5\tnmod:poss\n"
              "'s\t's\tPART\tPOS\t3\tcase\n"
              "Ana\tAna\tPROPN\tNNP\t10\tnsubj\n"
              "Lind\tLind\tPROPN\tNNP\t5\tflat\n"
              "and\tand\tCCONJ\tCC\t8\tcc\n"
              "Ben\tBen\tPROPN\tNNP\t5\tconj\n"
              "Toh\tToh\tPROPN\tNNP\t8\tflat\n"
              "won\twin\tVERB\tVBD\t0\troot\n"
              ".\t.\tPUNCT\t.\t10\tpunct\n",
              ".Gg.Pp.Pp..",
              "memberOf(Ana Lind,Vossen Party)\nmemberOf(Ben Toh,Vossen Party)\n");
}

/* The tree of "Mara Quell joined the Vossen Party", which the next cases
 * go on. */
#define MARA_JOINED_PARTY                                                                \
  "Mara\tMara\tPROPN\tNNP\t3\tnsubj\n"                                                  \
  "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"                                                 \
  "joined\tjoin\tVERB\tVBD\t0\troot\n"                                                  \
  "the\tthe\tDET\tDT\t6\tdet\n"                                                         \
  "Vossen\tVossen\tPROPN\tNNP\t6\tcompound\n"                                           \
  "Party\tParty\tPROPN\tNNP\t3\tobj\n"

/* The speaker above a repaired parse is kept: "Witnesses" tagged a name
 * at the start of the sentence; the main verb hung as a conjunct of a
 * relative clause on the object of "said". */
static void test_speaker_kept_through_parser_slips(void **state) {
  expect(*state, "Witnesses said Ivo Berg was shot and killed by Tam Rusk.",
         "Witnesses\tWitnesses\tPROPN\tNNPS\t2\tnsubj\n"
         "said\tsay\tVERB\tVBD\t0\troot\n"
         "Ivo\tIvo\tPROPN\tNNP\t6\tnsubj\n"
         "Berg\tBerg\tPROPN\tNNP\t3\tflat\n"
         "was\tbe\tAUX\tVBD\t6\tcop\n"
         "shot\tshot\tNOUN\tNN\t2\tccomp\n"
         "and\tand\tCCONJ\tCC\t8\tcc\n"
         "killed\tkill\tVERB\tVBN\t6\tconj\n"
         "by\tby\tADP\tIN\t10\tcase\n"
         "Tam\tTam\tPROPN\tNNP\t8\tobl:agent\n"
         "Rusk\tRusk\tPROPN\tNNP\t10\tflat\n"
         ".\t.\tPUNCT\t.\t2\tpunct\n",
         "killed(Tam Rusk,Ivo Berg) hedged by=Witnesses\n");
  expect(*state, "Police said Ivo Berg, who lives in Marlow, killed Tam Rusk.",
         "Police\tpolice\tNOUN\tNNS\t2\tnsubj\n"
         "said\tsay\tVERB\tVBD\t0\troot\n"
         "Ivo\tIvo\tPROPN\tNNP\t2\tobj\n"
         "Berg\tBerg\tPROPN\tNNP\t3\tflat\n"
         ",\t,\tPUNCT\t,\t7\tpunct\n"
         "who\twho\tPRON\tWP\t7\tnsubj\n"
         "lives\tlive\tVERB\tVBZ\t3\tacl:relcl\n"
         "in\tin\tADP\tIN\t9\tcase\n"
         "Marlow\tMarlow\tPROPN\tNNP\t7\tobl\n"
         ",\t,\tPUNCT\t,\t11\tpunct\n"
         "killed\tkill\tVERB\tVBD\t7\tconj\n"
         "Tam\tTam\tPROPN\tNNP\t13\tcompound\n"
         "Rusk\tRusk\tPROPN\tNNP\t11\tobj\n"
         ".\t.\tPUNCT\t.\t2\tpunct\n",
         "residesIn(Ivo Berg,Marlow)\nkilled(Ivo Berg,Tam Rusk) by=police\n");
}

/* "X will buy Y, the company said": the firm's noun read back to the
 * deal's object names its subject, the firm that speaks of its deal;
 * a noun of another kind than both firms keeps its reading. */
static void test_company_speaks_of_its_own_deal(void **state) {
  expect(*state, "Orsk Bank will buy Tamber Holdings, the company said.",
         "Orsk\tOrsk\tPROPN\tNNP\t2\tcompound\n"
         "Bank\tBank\tPROPN\tNNP\t4\tnsubj\n"
         "will\twill\tAUX\tMD\t4\taux\n"
         "buy\tbuy\tVERB\tVB\t10\tccomp\n"
         "Tamber\tTamber\tPROPN\tNNP\t6\tcompound\n"
         "Holdings\tHolding\tPROPN\tNNPS\t4\tobj\n"
         ",\t,\tPUNCT\t,\t10\tpunct\n"
         "the\tthe\tDET\tDT\t9\tdet\n"
         "company\tcompany\tNOUN\tNN\t10\tnsubj\n"
         "said\tsay\tVERB\tVBD\t0\troot\n"
         ".\t.\tPUNCT\t.\t10\tpunct\n",
         "acquired(Orsk Bank,Tamber Holdings) future by=Orsk Bank\n");
  /* the seller the clause is written about speaks, not the buyer named last */
  expect(*state, "Tamber Holdings agreed to sell Velm Foods to Orsk Bank, the company said.",
         "Tamber\tTamber\tPROPN\tNNP\t2\tcompound\n"
         "Holdings\tHolding\tPROPN\tNNPS\t3\tnsubj\n"
         "agreed\tagree\tVERB\tVBD\t14\tccomp\n"
         "to\tto\tPART\tTO\t5\tmark\n"
         "sell\tsell\tVERB\tVB\t3\txcomp\n"
         "Velm\tVelm\tPROPN\tNNP\t7\tcompound\n"
         "Foods\tFoods\tPROPN\tNNPS\t5\tobj\n"
         "to\tto\tADP\tIN\t9\tcase\n"
         "Orsk\tOrsk\tPROPN\tNNP\t5\tobl\n"
         "Bank\tBank\tPROPN\tNNP\t9\tflat\n"
         ",\t,\tPUNCT\t,\t9\tpunct\n"
         "the\tthe\tDET\tDT\t13\tdet\n"
         "company\tcompany\tNOUN\tNN\t14\tnsubj\n"
         "said\tsay\tVERB\tVBD\t0\troot\n"
         ".\t.\tPUNCT\t.\t14\tpunct\n",
         "acquired(Orsk Bank,Velm Foods) future by=Tamber Holdings\n");
}

/* "Raised in Y, X joined Z in 2001": a fronted participle describes the
 * main subject but takes no date of the main clause. */
static void test_fronted_participle_keeps_its_own_date(void **state) {
  expect(*state, "Raised in Velmar, Ida Brun joined Orsk Bank in 2001.",
         "Raised\traise\tVERB\tVBN\t7\tadvcl\n"
         "in\tin\tADP\tIN\t3\tcase\n"
         "Velmar\tVelmar\tPROPN\tNNP\t1\tobl\n"
         ",\t,\tPUNCT\t,\t3\tpunct\n"
         "Ida\tIda\tPROPN\tNNP\t7\tnsubj\n"
         "Brun\tBrun\tPROPN\tNNP\t5\tflat\n"
         "joined\tjoin\tVERB\tVBD\t0\troot\n"
         "Orsk\tOrsk\tPROPN\tNNP\t9\tcompound\n"
         "Bank\tBank\tPROPN\tNNP\t7\tobj\n"
         "in\tin\tADP\tIN\t11\tcase\n"
         "2001\t2001\tNUM\tCD\t7\tobl\n"
         ".\t.\tPUNCT\t.\t7\tpunct\n",
         "residesIn(Ida Brun,Velmar)\njoined(Ida Brun,Orsk Bank) time=2001\n"
         "worksFor(Ida Brun,Orsk Bank) time=2001\n");
  /* nor the main clause the participle's, with a passive subject */
  expect(*state, "Founded in 1998, Orsk Bank is based in Selvik.",
         "Founded\tfound\tVERB\tVBN\t8\tadvcl\n"
         "in\tin\tADP\tIN\t3\tcase\n"
         "1998\t1998\tNUM\tCD\t1\tobl\n"
         ",\t,\tPUNCT\t,\t1\tpunct\n"
         "Orsk\tOrsk\tPROPN\tNNP\t6\tcompound\n"
         "Bank\tBank\tPROPN\tNNP\t8\tnsubj:pass\n"
         "is\tbe\tAUX\tVBZ\t8\taux:pass\n"
         "based\tbase\tVERB\tVBN\t0\troot\n"
         "in\tin\tADP\tIN\t10\tcase\n"
         "Selvik\tSelvik\tPROPN\tNNP\t8\tobl\n"
         ".\t.\tPUNCT\t.\t8\tpunct\n",
         "basedIn(Orsk Bank,Selvik)\n");
}

/* "X was leader of Y until 2019", "X served as leader of Y from 2010 to
 * 2018": a past copula or the past verb of the role's "as" phrase with an
 * end date makes the tie former; "is leader until 2030" does not. */
#define LEADER_UNTIL(cop, cop_tag)                                                                 \
  "Mara\tMara\tPROPN\tNNP\t4\tnsubj\n"                                                         \
  "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"                                                        \
  cop "\tbe\tAUX\t" cop_tag "\t4\tcop\n"                                                         \
  "leader\tleader\tNOUN\tNN\t0\troot\n"                                                        \
  "of\tof\tADP\tIN\t8\tcase\n"                                                                 \
  "the\tthe\tDET\tDT\t8\tdet\n"                                                                \
  "Vossen\tVossen\tPROPN\tNNP\t8\tcompound\n"                                                  \
  "Party\tParty\tPROPN\tNNP\t4\tnmod\n"                                                        \
  "until\tuntil\tADP\tIN\t10\tcase\n"                                                          \
  "2019\t2019\tNUM\tCD\t4\tnmod\n"                                                             \
  ".\t.\tPUNCT\t.\t4\tpunct\n"

static void test_end_date_makes_role_former(void **state) {
  expect(*state, "Mara Quell was leader of the Vossen Party until 2019.",
         LEADER_UNTIL("was", "VBD"), "leaderOf(Mara Quell,Vossen Party) former\n");
  expect(*state, "Mara Quell is leader of the Vossen Party until 2019.",
         LEADER_UNTIL("is", "VBZ"), "leaderOf(Mara Quell,Vossen Party)\n");
  /* an end in the document's year or after it has not come */
  rules_doc_date = "2019-03-04";
  char *same_year = facts_of(*state, "Mara Quell was leader of the Vossen Party until 2019.",
                             LEADER_UNTIL("was", "VBD"));
  rules_doc_date = "2020-03-04";
  char *year_after = facts_of(*state, "Mara Quell was leader of the Vossen Party until 2019.",
                              LEADER_UNTIL("was", "VBD"));
  rules_doc_date = NULL;
  assert_string_equal(same_year, "leaderOf(Mara Quell,Vossen Party)\n");
  assert_string_equal(year_after, "leaderOf(Mara Quell,Vossen Party) former\n");
  free(same_year);
  free(year_after);
  expect(*state, "Mara Quell served as leader of the Vossen Party from 2010 to 2018.",
         "Mara\tMara\tPROPN\tNNP\t3\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         "served\tserve\tVERB\tVBD\t0\troot\n"
         "as\tas\tADP\tIN\t5\tcase\n"
         "leader\tleader\tNOUN\tNN\t3\tobl\n"
         "of\tof\tADP\tIN\t9\tcase\n"
         "the\tthe\tDET\tDT\t9\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t9\tcompound\n"
         "Party\tParty\tPROPN\tNNP\t5\tnmod\n"
         "from\tfrom\tADP\tIN\t11\tcase\n"
         "2010\t2010\tNUM\tCD\t3\tobl\n"
         "to\tto\tADP\tIN\t13\tcase\n"
         "2018\t2018\tNUM\tCD\t11\tnmod\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "leaderOf(Mara Quell,Vossen Party) former time=2010\n");
}

/* "Ivo Berg, 58, previously ran Y" read with the age as the subject and
 * the name as an aside: the person before the age's comma runs Y; a
 * number after a date is no age. */
static void test_age_read_as_subject(void **state) {
  expect(*state, "Ivo Berg, 58, previously ran Velm Systems.",
         "Ivo\tIvo\tPROPN\tNNP\t7\tdiscourse\n"
         "Berg\tBerg\tPROPN\tNNP\t1\tflat\n"
         ",\t,\tPUNCT\t,\t1\tpunct\n"
         "58\t58\tNUM\tCD\t7\tnsubj\n"
         ",\t,\tPUNCT\t,\t4\tpunct\n"
         "previously\tpreviously\tADV\tRB\t7\tadvmod\n"
         "ran\trun\tVERB\tVBD\t0\troot\n"
         "Velm\tVelm\tPROPN\tNNP\t9\tcompound\n"
         "Systems\tSystems\tPROPN\tNNPS\t7\tobj\n"
         ".\t.\tPUNCT\t.\t7\tpunct\n",
         "leaderOf(Ivo Berg,Velm Systems) former\n");
  expect(*state, "In Marlow, 58, previously ran Velm Systems.",
         "In\tin\tADP\tIN\t2\tcase\n"
         "Marlow\tMarlow\tPROPN\tNNP\t7\tobl\n"
         ",\t,\tPUNCT\t,\t2\tpunct\n"
         "58\t58\tNUM\tCD\t7\tnsubj\n"
         ",\t,\tPUNCT\t,\t4\tpunct\n"
         "previously\tpreviously\tADV\tRB\t7\tadvmod\n"
         "ran\trun\tVERB\tVBD\t0\troot\n"
         "Velm\tVelm\tPROPN\tNNP\t9\tcompound\n"
         "Systems\tSystems\tPROPN\tNNPS\t7\tobj\n"
         ".\t.\tPUNCT\t.\t7\tpunct\n",
         "");
}

/* "Velm Systems VERBED Ivo Berg as chief executive in March", the "as"
 * phrase hung on the name */
#define VELM_AS_CHIEF(form, lemma)                                                       \
  "Velm\tVelm\tPROPN\tNNP\t2\tcompound\n"                                               \
  "Systems\tSystems\tPROPN\tNNPS\t3\tnsubj\n"                                           \
  form "\t" lemma "\tVERB\tVBD\t0\troot\n"                                                \
  "Ivo\tIvo\tPROPN\tNNP\t3\tobj\n"                                                      \
  "Berg\tBerg\tPROPN\tNNP\t4\tflat\n"                                                   \
  "as\tas\tADP\tIN\t8\tcase\n"                                                          \
  "chief\tchief\tADJ\tJJ\t8\tamod\n"                                                    \
  "executive\texecutive\tADJ\tJJ\t4\tnmod\n"                                            \
  "in\tin\tADP\tIN\t10\tcase\n"                                                         \
  "March\tMarch\tPROPN\tNNP\t8\tobl\n"                                                  \
  ".\t.\tPUNCT\t.\t3\tpunct\n"

/* A post with no owner of its own is the appointer's; not when the verb
 * appoints nobody. */
static void test_post_of_the_appointer(void **state) {
  expect(*state, "Velm Systems appointed Ivo Berg as chief executive in March.",
         VELM_AS_CHIEF("appointed", "appoint"),
         "holdsPosition(Ivo Berg,Velm Systems) role=Chief Executive\n"
         "leaderOf(Ivo Berg,Velm Systems)\nworksFor(Ivo Berg,Velm Systems)\n");
  expect(*state, "Velm Systems praised Ivo Berg as chief executive in March.",
         VELM_AS_CHIEF("praised", "praise"), "praised(Velm Systems,Ivo Berg)\n");
}

/* Parser slips of crime reports: "shot" tagged a noun and "killed" joined
 * to "said" (the name before "shot" is the doer, never the reporter);
 * "killed" read as a participle on the name after a relative clause. */
static void test_killing_told_through_parser_slips(void **state) {
  expect(*state, "Police said Ivo Berg shot and killed Tam Rusk.",
         "Police\tpolice\tNOUN\tNNS\t2\tnsubj\n"
         "said\tsay\tVERB\tVBD\t0\troot\n"
         "Ivo\tIvo\tPROPN\tNNP\t5\tcompound\n"
         "Berg\tBerg\tPROPN\tNNP\t3\tflat\n"
         "shot\tshot\tNOUN\tNN\t2\tobl\n"
         "and\tand\tCCONJ\tCC\t7\tcc\n"
         "killed\tkill\tVERB\tVBD\t2\tconj\n"
         "Tam\tTam\tPROPN\tNNP\t7\tobj\n"
         "Rusk\tRusk\tPROPN\tNNP\t8\tflat\n"
         ".\t.\tPUNCT\t.\t2\tpunct\n",
         "killed(Ivo Berg,Tam Rusk) by=police\n");
  expect(*state, "Police said Ivo Berg, who lives in Kisumu, killed Tam Rusk.",
         "Police\tpolice\tNOUN\tNNS\t2\tnsubj\n"
         "said\tsay\tVERB\tVBD\t0\troot\n"
         "Ivo\tIvo\tPROPN\tNNP\t2\tobj\n"
         "Berg\tBerg\tPROPN\tNNP\t3\tflat\n"
         ",\t,\tPUNCT\t,\t7\tpunct\n"
         "who\twho\tPRON\tWP\t7\tnsubj\n"
         "lives\tlive\tVERB\tVBZ\t3\tacl:relcl\n"
         "in\tin\tADP\tIN\t9\tcase\n"
         "Kisumu\tKisumu\tPROPN\tNNP\t7\tobl\n"
         ",\t,\tPUNCT\t,\t11\tpunct\n"
         "killed\tkill\tVERB\tVBN\t3\tacl\n"
         "Tam\tTam\tPROPN\tNNP\t11\tobj\n"
         "Rusk\tRusk\tPROPN\tNNP\t12\tflat\n"
         ".\t.\tPUNCT\t.\t2\tpunct\n",
         "residesIn(Ivo Berg,Kisumu)\n"
         "killed(Ivo Berg,Tam Rusk) by=police\n");
  /* the name read as the report's object, its age set off, the deed its
   * conjunct: the name is the doer, not the police */
  expect(*state, "Police say Ivo Berg, 33, stabbed Tam Rusk to death.",
         "Police\tpolice\tNOUN\tNNS\t2\tnsubj\n"
         "say\tsay\tVERB\tVBP\t0\troot\n"
         "Ivo\tIvo\tPROPN\tNNP\t2\tobj\n"
         "Berg\tBerg\tPROPN\tNNP\t3\tflat\n"
         ",\t,\tPUNCT\t,\t6\tpunct\n"
         "33\t33\tNUM\tCD\t3\tnmod:unmarked\n"
         ",\t,\tPUNCT\t,\t8\tpunct\n"
         "stabbed\tstab\tVERB\tVBD\t2\tconj\n"
         "Tam\tTam\tPROPN\tNNP\t8\tobj\n"
         "Rusk\tRusk\tPROPN\tNNP\t9\tflat\n"
         "to\tto\tADP\tIN\t12\tcase\n"
         "death\tdeath\tNOUN\tNN\t8\tobl\n"
         ".\t.\tPUNCT\t.\t2\tpunct\n",
         "killed(Ivo Berg,Tam Rusk) by=police\n");
}

/* "X, the chief executive of Y, lives in Z" with "executive" tagged an
 * adjective and made the verb's second subject: the title is X's. */
static void test_title_read_as_a_second_subject(void **state) {
  expect(*state, "Ada Lind, the chief executive of Norstad Holdings, lives in Kisumu.",
         "Ada\tAda\tPROPN\tNNP\t11\tnsubj\n"
         "Lind\tLind\tPROPN\tNNP\t1\tflat\n"
         ",\t,\tPUNCT\t,\t1\tpunct\n"
         "the\tthe\tDET\tDT\t6\tdet\n"
         "chief\tchief\tADJ\tJJ\t6\tamod\n"
         "executive\texecutive\tADJ\tJJ\t11\tnsubj\n"
         "of\tof\tADP\tIN\t9\tcase\n"
         "Norstad\tNorstad\tPROPN\tNNP\t9\tcompound\n"
         "Holdings\tHoldings\tPROPN\tNNP\t6\tnmod\n"
         ",\t,\tPUNCT\t,\t6\tpunct\n"
         "lives\tlive\tVERB\tVBZ\t0\troot\n"
         "in\tin\tADP\tIN\t13\tcase\n"
         "Kisumu\tKisumu\tPROPN\tNNP\t11\tobl\n"
         ".\t.\tPUNCT\t.\t11\tpunct\n",
         "holdsPosition(Ada Lind,Norstad Holdings) role=Chief Executive\n"
         "leaderOf(Ada Lind,Norstad Holdings)\n"
         "worksFor(Ada Lind,Norstad Holdings)\n"
         "residesIn(Ada Lind,Kisumu)\n");
}

/* "X, born in Y, moved to Z in 1990": a participle set off on a noun has
 * no date of the clause around it. */
static void test_set_off_participle_takes_no_clause_date(void **state) {
  expect(*state, "Ada Lind, born in Kisumu, moved to Nairobi in 1990.",
         "Ada\tAda\tPROPN\tNNP\t8\tnsubj\n"
         "Lind\tLind\tPROPN\tNNP\t1\tflat\n"
         ",\t,\tPUNCT\t,\t4\tpunct\n"
         "born\tbear\tVERB\tVBN\t1\tacl\n"
         "in\tin\tADP\tIN\t6\tcase\n"
         "Kisumu\tKisumu\tPROPN\tNNP\t4\tobl\n"
         ",\t,\tPUNCT\t,\t4\tpunct\n"
         "moved\tmove\tVERB\tVBD\t0\troot\n"
         "to\tto\tADP\tIN\t10\tcase\n"
         "Nairobi\tNairobi\tPROPN\tNNP\t8\tobl\n"
         "in\tin\tADP\tIN\t12\tcase\n"
         "1990\t1990\tNUM\tCD\t8\tobl\n"
         ".\t.\tPUNCT\t.\t8\tpunct\n",
         "bornIn(Ada Lind,Kisumu)\n"
         "residesIn(Ada Lind,Nairobi) time=1990\n");
}

/* "the Kisumu-born chemist X joined Y in 2001": a participle that
 * modifies a noun takes no date of the clause around it. */
static void test_attributive_participle_takes_no_clause_date(void **state) {
  expect(*state, "The Kisumu-born chemist Ada Lind joined Norstad Holdings in 2001.",
         "The\tthe\tDET\tDT\t5\tdet\n"
         "Kisumu\tKisumu\tPROPN\tNNP\t4\tcompound\n"
         "-\t-\tPUNCT\tHYPH\t2\tpunct\n"
         "born\tbear\tVERB\tVBN\t5\tamod\n"
         "chemist\tchemist\tNOUN\tNN\t8\tnsubj\n"
         "Ada\tAda\tPROPN\tNNP\t5\tappos\n"
         "Lind\tLind\tPROPN\tNNP\t6\tflat\n"
         "joined\tjoin\tVERB\tVBD\t0\troot\n"
         "Norstad\tNorstad\tPROPN\tNNP\t8\tobj\n"
         "Holdings\tHoldings\tPROPN\tNNP\t9\tflat\n"
         "in\tin\tADP\tIN\t12\tcase\n"
         "2001\t2001\tNUM\tCD\t8\tobl\n"
         ".\t.\tPUNCT\t.\t8\tpunct\n",
         "bornIn(Ada Lind,Kisumu)\n"
         "joined(Ada Lind,Norstad Holdings) time=2001\n"
         "worksFor(Ada Lind,Norstad Holdings) time=2001\n");
}

/* "was charged and later convicted by Y": the charge, a hedge verb, is
 * coordinated with the conviction and does not hedge it. */
static void test_coordinated_hedge_verb_does_not_hedge(void **state) {
  expect(*state, "Ada Lind was charged and later convicted by a court in Kenya.",
         "Ada\tAda\tPROPN\tNNP\t4\tnsubj:pass\n"
         "Lind\tLind\tPROPN\tNNP\t1\tflat\n"
         "was\tbe\tAUX\tVBD\t4\taux:pass\n"
         "charged\tcharge\tVERB\tVBN\t0\troot\n"
         "and\tand\tCCONJ\tCC\t7\tcc\n"
         "later\tlate\tADV\tRB\t7\tadvmod\n"
         "convicted\tconvict\tVERB\tVBN\t4\tconj\n"
         "by\tby\tADP\tIN\t10\tcase\n"
         "a\ta\tDET\tDT\t10\tdet\n"
         "court\tcourt\tNOUN\tNN\t7\tobl:agent\n"
         "in\tin\tADP\tIN\t12\tcase\n"
         "Kenya\tKenya\tPROPN\tNNP\t10\tnmod\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "convicted(Kenya,Ada Lind)\n");
}

/* "born in Y in 1940 and studied at Z": a year the first verb has before
 * the conjunct is not the conjunct's. */
static void test_year_not_shared_with_a_later_conjunct(void **state) {
  expect(*state, "Ada Lind was born in Kisumu in 1940 and studied at Velm University.",
         "Ada\tAda\tPROPN\tNNP\t4\tnsubj:pass\n"
         "Lind\tLind\tPROPN\tNNP\t1\tflat\n"
         "was\tbe\tAUX\tVBD\t4\taux:pass\n"
         "born\tbear\tVERB\tVBN\t0\troot\n"
         "in\tin\tADP\tIN\t6\tcase\n"
         "Kisumu\tKisumu\tPROPN\tNNP\t4\tobl\n"
         "in\tin\tADP\tIN\t8\tcase\n"
         "1940\t1940\tNUM\tCD\t4\tobl\n"
         "and\tand\tCCONJ\tCC\t10\tcc\n"
         "studied\tstudy\tVERB\tVBD\t4\tconj\n"
         "at\tat\tADP\tIN\t13\tcase\n"
         "Velm\tVelm\tPROPN\tNNP\t13\tcompound\n"
         "University\tUniversity\tPROPN\tNNP\t10\tobl\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "bornIn(Ada Lind,Kisumu) time=1940\n"
         "educatedAt(Ada Lind,Velm University)\n");
}

/* "Defence Minister X accused Y" parsed with "Defence" the subject,
 * "Minister" flat on it and the name its nmod: the name is the subject. */
static void test_title_with_flat_title_word(void **state) {
  expect(*state, "Defence Minister Lars Quill accused Chad of starting the fighting.",
         "Defence\tDefence\tPROPN\tNNP\t5\tnsubj\n"
         "Minister\tMinister\tPROPN\tNNP\t1\tflat\n"
         "Lars\tLars\tPROPN\tNNP\t4\tcompound\n"
         "Quill\tQuill\tPROPN\tNNP\t1\tnmod\n"
         "accused\taccuse\tVERB\tVBD\t0\troot\n"
         "Chad\tChad\tPROPN\tNNP\t5\tobj\n"
         "of\tof\tSCONJ\tIN\t8\tmark\n"
         "starting\tstart\tVERB\tVBG\t5\tadvcl\n"
         "the\tthe\tDET\tDT\t10\tdet\n"
         "fighting\tfighting\tNOUN\tNN\t8\tobj\n"
         ".\t.\tPUNCT\t.\t5\tpunct\n",
         "accused(Lars Quill,Chad)\n");
}

/* "the bank, X": the name in apposition is what the noun names there,
 * not the bank named earlier in the sentence. */
static void test_noun_named_by_its_apposition(void **state) {
  expect(*state, "Norlake Bank said the bank, Vesta Capital, acquired Orlen Corp.",
         "Norlake\tNorlake\tPROPN\tNNP\t3\tnsubj\n"
         "Bank\tBank\tPROPN\tNNP\t1\tflat\n"
         "said\tsay\tVERB\tVBD\t0\troot\n"
         "the\tthe\tDET\tDT\t5\tdet\n"
         "bank\tbank\tNOUN\tNN\t10\tnsubj\n"
         ",\t,\tPUNCT\t,\t7\tpunct\n"
         "Vesta\tVesta\tPROPN\tNNP\t5\tappos\n"
         "Capital\tCapital\tPROPN\tNNP\t7\tflat\n"
         ",\t,\tPUNCT\t,\t7\tpunct\n"
         "acquired\tacquire\tVERB\tVBD\t3\tccomp\n"
         "Orlen\tOrlen\tPROPN\tNNP\t10\tobj\n"
         "Corp\tCorp\tPROPN\tNNP\t11\tflat\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "acquired(Vesta Capital,Orlen Corp) by=Norlake Bank\n");
}

/* "The chief executive of Y, X, resigned" with X read as a conjunct of
 * Y: the name after the comma that follows the title's "of" name. */
static void test_name_after_title_of_phrase(void **state) {
  expect(*state, "The chief executive of Aerovel Airlines, Simon Kask, resigned.",
         "The\tthe\tDET\tDT\t3\tdet\n"
         "chief\tchief\tADJ\tJJ\t3\tamod\n"
         "executive\texecutive\tADJ\tJJ\t11\tnsubj\n"
         "of\tof\tADP\tIN\t6\tcase\n"
         "Aerovel\tAerovel\tPROPN\tNNP\t6\tcompound\n"
         "Airlines\tAirlines\tPROPN\tNNPS\t3\tobl\n"
         ",\t,\tPUNCT\t,\t9\tpunct\n"
         "Simon\tSimon\tPROPN\tNNP\t9\tcompound\n"
         "Kask\tKask\tPROPN\tNNP\t6\tconj\n"
         ",\t,\tPUNCT\t,\t11\tpunct\n"
         "resigned\tresign\tVERB\tVBD\t0\troot\n"
         ".\t.\tPUNCT\t.\t11\tpunct\n",
         "holdsPosition(Simon Kask,Aerovel Airlines) role=Chief Executive former\n"
         "leaderOf(Simon Kask,Aerovel Airlines) former\n");
}

/* Only a bare year keeps a conjunct from sharing the date. */
static void test_time_is_year(void **state) {
  (void)state;
  assert_true(fg_time_is_year("1940"));
  assert_false(fg_time_is_year("1940-05"));
  assert_false(fg_time_is_year("1940-05-02"));
  assert_false(fg_time_is_year("194"));
  assert_false(fg_time_is_year("19400"));
  assert_false(fg_time_is_year(""));
}

/* A date attached to the verb dates the fact; a noun trigger states no
 * event, so the sentence's date is not its date. */
static void test_time_attached_to_the_predicate(void **state) {
  expect(*state, "Mara Quell joined the Vossen Party in 2019.",
         MARA_JOINED_PARTY
         "in\tin\tADP\tIN\t8\tcase\n"
         "2019\t2019\tNUM\tCD\t3\tobl\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "joined(Mara Quell,Vossen Party) time=2019\n");
  expect(*state, "Mara Quell, the Vossen Party's founder, spoke in 2019.",
         "Mara\tMara\tPROPN\tNNP\t10\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         ",\t,\tPUNCT\t,\t8\tpunct\n"
         "the\tthe\tDET\tDT\t6\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t6\tcompound\n"
         "Party\tParty\tPROPN\tNNP\t8\tnmod:poss\n"
         "'s\t's\tPART\tPOS\t6\tcase\n"
         "founder\tfounder\tNOUN\tNN\t1\tappos\n"
         ",\t,\tPUNCT\t,\t8\tpunct\n"
         "spoke\tspeak\tVERB\tVBD\t0\troot\n"
         "in\tin\tADP\tIN\t12\tcase\n"
         "2019\t2019\tNUM\tCD\t10\tobl\n"
         ".\t.\tPUNCT\t.\t10\tpunct\n",
         "founded(Mara Quell,Vossen Party)\n");
}

/* A parser slip: a relative clause set off by commas hung on the main
 * verb (advcl, parataxis) instead of on its noun. "who" is the noun
 * phrase before its comma: its head, not the name its "of" phrase ends
 * with. */
static void test_relative_clause_hung_on_the_main_verb(void **state) {
  expect(*state, "Mara Quell, who heads the Vossen Party, declined.",
         "Mara\tMara\tPROPN\tNNP\t10\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         ",\t,\tPUNCT\t,\t5\tpunct\n"
         "who\twho\tPRON\tWP\t5\tnsubj\n"
         "heads\thead\tVERB\tVBZ\t10\tadvcl\n"
         "the\tthe\tDET\tDT\t8\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t8\tcompound\n"
         "Party\tParty\tPROPN\tNNP\t5\tobj\n"
         ",\t,\tPUNCT\t,\t5\tpunct\n"
         "declined\tdecline\tVERB\tVBD\t0\troot\n"
         ".\t.\tPUNCT\t.\t10\tpunct\n",
         "leaderOf(Mara Quell,Vossen Party)\n");
  expect(*state, "Ana Ruiz met members of the Vossen Party, who lead the Tarn Union.",
         "Ana\tAna\tPROPN\tNNP\t3\tnsubj\n"
         "Ruiz\tRuiz\tPROPN\tNNP\t1\tflat\n"
         "met\tmeet\tVERB\tVBD\t0\troot\n"
         "members\tmember\tNOUN\tNNS\t3\tobj\n"
         "of\tof\tADP\tIN\t8\tcase\n"
         "the\tthe\tDET\tDT\t8\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t8\tcompound\n"
         "Party\tParty\tPROPN\tNNP\t4\tnmod\n"
         ",\t,\tPUNCT\t,\t11\tpunct\n"
         "who\twho\tPRON\tWP\t11\tnsubj\n"
         "lead\tlead\tVERB\tVBP\t3\tparataxis\n"
         "the\tthe\tDET\tDT\t14\tdet\n"
         "Tarn\tTarn\tPROPN\tNNP\t14\tcompound\n"
         "Union\tUnion\tPROPN\tNNP\t11\tobj\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "");
}

/* A date in a relative clause of an apposition (", a militia that laid
 * down arms in 2019,") dates that clause, not the main verb. */
static void test_date_in_an_appositions_relative_clause(void **state) {
  expect(*state, "Mara Quell founded the Vossen Front, a militia that laid down arms in 2019.",
         "Mara\tMara\tPROPN\tNNP\t3\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         "founded\tfound\tVERB\tVBD\t0\troot\n"
         "the\tthe\tDET\tDT\t6\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t6\tcompound\n"
         "Front\tFront\tPROPN\tNNP\t3\tobj\n"
         ",\t,\tPUNCT\t,\t9\tpunct\n"
         "a\ta\tDET\tDT\t9\tdet\n"
         "militia\tmilitia\tNOUN\tNN\t6\tappos\n"
         "that\tthat\tPRON\tWDT\t11\tnsubj\n"
         "laid\tlay\tVERB\tVBD\t9\tacl:relcl\n"
         "down\tdown\tADP\tRP\t11\tcompound:prt\n"
         "arms\tarm\tNOUN\tNNS\t11\tobj\n"
         "in\tin\tADP\tIN\t15\tcase\n"
         "2019\t2019\tNUM\tCD\t11\tobl\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "founded(Mara Quell,Vossen Front)\n");
}

/* "The protest came as Norway removed Y": the clause's subject read as
 * the "as" phrase of the verb above, the clause a conjunct with no "and"
 * or an adverbial clause; not a conjunct after "and". */
#define PROTEST_CAME_AS_NORWAY(rel)                                                      \
  "The\tthe\tDET\tDT\t2\tdet\n"                                                         \
  "protest\tprotest\tNOUN\tNN\t3\tnsubj\n"                                              \
  "came\tcome\tVERB\tVBD\t0\troot\n"                                                    \
  "as\tas\tADP\tIN\t5\tcase\n"                                                          \
  "Norway\tNorway\tPROPN\tNNP\t3\tobl\n"                                                \
  "removed\tremove\tVERB\tVBD\t3\t" rel "\n"

static void test_subject_read_as_a_clause_opener_phrase(void **state) {
  for (size_t i = 0; i < 2; i++) {
    char tree[1024];
    snprintf(tree, sizeof tree, "%s%s", i == 0 ? PROTEST_CAME_AS_NORWAY("conj")
                                               : PROTEST_CAME_AS_NORWAY("advcl"),
             "the\tthe\tDET\tDT\t9\tdet\n"
             "Velm\tVelm\tPROPN\tNNP\t9\tcompound\n"
             "Front\tFront\tPROPN\tNNP\t6\tobj\n"
             "from\tfrom\tADP\tIN\t13\tcase\n"
             "its\tits\tPRON\tPRP$\t13\tnmod:poss\n"
             "terrorist\tterrorist\tADJ\tJJ\t13\tamod\n"
             "list\tlist\tNOUN\tNN\t6\tobl\n"
             ".\t.\tPUNCT\t.\t3\tpunct\n");
    expect(*state, "The protest came as Norway removed the Velm Front from its terrorist list.",
           tree, "removedFromTerrorList(Norway,Velm Front)\n");
  }
}

/* "Mara Quell VERB her leadership of the Vossen Party." */
#define MARA_LEADERSHIP(form, lemma)                                                     \
  "Mara\tMara\tPROPN\tNNP\t3\tnsubj\n"                                                  \
  "Quell\tQuell\tPROPN\tNNP\t1\tflat\n" form "\t" lemma "\tVERB\tVBD\t0\troot\n"           \
  "her\ther\tPRON\tPRP$\t5\tnmod:poss\n"                                                 \
  "leadership\tleadership\tNOUN\tNN\t3\tobj\n"                                            \
  "of\tof\tADP\tIN\t9\tcase\n"                                                           \
  "the\tthe\tDET\tDT\t9\tdet\n"                                                          \
  "Vossen\tVossen\tPROPN\tNNP\t9\tcompound\n"                                            \
  "Party\tParty\tPROPN\tNNP\t5\tnmod\n"                                                  \
  ".\t.\tPUNCT\t.\t3\tpunct\n"

/* "former" before a place's title before a name dates the title, however
 * the parser hung it (here on the name, the title inside the place's
 * name); another adjective there does not. */
static void test_former_before_titled_place(void **state) {
  static const char tree[] = "Police\tpolice\tNOUN\tNNS\t2\tnsubj\n"
                             "arrested\tarrest\tVERB\tVBD\t0\troot\n"
                             "%s\t%s\tADJ\tJJ\t7\tamod\n"
                             "Halvern\tHalvern\tPROPN\tNNP\t7\tcompound\n"
                             "Mayor\tMayor\tPROPN\tNNP\t4\tflat\n"
                             "Dina\tDina\tPROPN\tNNP\t7\tcompound\n"
                             "Roast\tRoast\tPROPN\tNNP\t2\tobj\n"
                             ".\t.\tPUNCT\t.\t2\tpunct\n";
  char rows[sizeof tree + 32];
  snprintf(rows, sizeof rows, tree, "former", "former");
  expect_with(*state, "Police arrested former Halvern Mayor Dina Roast.", rows,
              "...L.Pp.",
              "arrested(police,Dina Roast)\n"
              "holdsPosition(Dina Roast,Halvern) role=Mayor former\n");
  snprintf(rows, sizeof rows, tree, "popular", "popular");
  expect_with(*state, "Police arrested popular Halvern Mayor Dina Roast.", rows,
              "...L.Pp.",
              "arrested(police,Dina Roast)\n"
              "holdsPosition(Dina Roast,Halvern) role=Mayor\n");
}

/* A role given up ("resigned his leadership") is former. */
static void test_relinquished_role_is_former(void **state) {
  expect(*state, "Mara Quell resigned her leadership of the Vossen Party.",
         MARA_LEADERSHIP("resigned", "resign"), "leaderOf(Mara Quell,Vossen Party) former\n");
  expect(*state, "Mara Quell praised her leadership of the Vossen Party.",
         MARA_LEADERSHIP("praised", "praise"), "leaderOf(Mara Quell,Vossen Party)\n");
  /* "stepped down as", "stood aside as": a verb of standing with a
   * particle of leaving gives the role up */
  expect(*state, "Mara Quell stepped down as chairman of the Vossen Party.",
         "Mara\tMara\tPROPN\tNNP\t3\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         "stepped\tstep\tVERB\tVBD\t0\troot\n"
         "down\tdown\tADP\tRP\t3\tcompound:prt\n"
         "as\tas\tADP\tIN\t6\tcase\n"
         "chairman\tchairman\tNOUN\tNN\t3\tobl\n"
         "of\tof\tADP\tIN\t10\tcase\n"
         "the\tthe\tDET\tDT\t10\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t10\tcompound\n"
         "Party\tParty\tPROPN\tNNP\t6\tnmod\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "leaderOf(Mara Quell,Vossen Party) former\n"
         "holdsPosition(Mara Quell,Vossen Party) role=Chairman former\n");
  /* a removal verb's passive subject gave the role up too */
  expect(*state, "Mara Quell was ousted as chairman of the Vossen Party.",
         "Mara\tMara\tPROPN\tNNP\t4\tnsubj:pass\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         "was\tbe\tAUX\tVBD\t4\taux:pass\n"
         "ousted\toust\tVERB\tVBN\t0\troot\n"
         "as\tas\tADP\tIN\t6\tcase\n"
         "chairman\tchairman\tNOUN\tNN\t4\tobl\n"
         "of\tof\tADP\tIN\t10\tcase\n"
         "the\tthe\tDET\tDT\t10\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t10\tcompound\n"
         "Party\tParty\tPROPN\tNNP\t6\tnmod\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "leaderOf(Mara Quell,Vossen Party) former\n"
         "holdsPosition(Mara Quell,Vossen Party) role=Chairman former\n");
}

/* "as chairman of the Pellam Bank", words 5 to 10 hung on a verb at word 4 */
#define AS_PELLAM_CHAIRMAN                                                               \
  "as\tas\tADP\tIN\t6\tcase\n"                                                          \
  "chairman\tchairman\tNOUN\tNN\t4\tobl\n"                                              \
  "of\tof\tADP\tIN\t10\tcase\n"                                                          \
  "the\tthe\tDET\tDT\t10\tdet\n"                                                         \
  "Pellam\tPellam\tPROPN\tNNP\t10\tcompound\n"                                           \
  "Bank\tBank\tPROPN\tNNP\t6\tnmod\n"

/* A role in a verb's "as" phrase takes the verb's modality ("will serve
 * as chairman"); after a verb of succession it is the successor's, also
 * in the passive, and the one replaced held it before. */
static void test_as_role_of_verb(void **state) {
  expect(*state, "Orla Finch will serve as chairman of the Pellam Bank.",
         "Orla\tOrla\tPROPN\tNNP\t4\tnsubj\n"
         "Finch\tFinch\tPROPN\tNNP\t1\tflat\n"
         "will\twill\tAUX\tMD\t4\taux\n"
         "serve\tserve\tVERB\tVB\t0\troot\n"
         AS_PELLAM_CHAIRMAN
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "leaderOf(Orla Finch,Pellam Bank) future\n"
         "holdsPosition(Orla Finch,Pellam Bank) role=Chairman future\n");
  expect(*state, "Dov Amir was replaced as chairman of the Pellam Bank by Orla Finch.",
         "Dov\tDov\tPROPN\tNNP\t4\tnsubj:pass\n"
         "Amir\tAmir\tPROPN\tNNP\t1\tflat\n"
         "was\tbe\tAUX\tVBD\t4\taux:pass\n"
         "replaced\treplace\tVERB\tVBN\t0\troot\n"
         AS_PELLAM_CHAIRMAN
         "by\tby\tADP\tIN\t12\tcase\n"
         "Orla\tOrla\tPROPN\tNNP\t4\tobl:agent\n"
         "Finch\tFinch\tPROPN\tNNP\t12\tflat\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "leaderOf(Orla Finch,Pellam Bank)\n"
         "holdsPosition(Orla Finch,Pellam Bank) role=Chairman\n"
         "holdsPosition(Dov Amir,Pellam Bank) role=Chairman former\n");
  /* ... and its date ("since 2019") */
  expect(*state, "Ivo Mank has served as mayor of Tellin since 2019.",
         "Ivo\tIvo\tPROPN\tNNP\t4\tnsubj\n"
         "Mank\tMank\tPROPN\tNNP\t1\tflat\n"
         "has\thave\tAUX\tVBZ\t4\taux\n"
         "served\tserve\tVERB\tVBN\t0\troot\n"
         "as\tas\tADP\tIN\t6\tcase\n"
         "mayor\tmayor\tNOUN\tNN\t4\tobl\n"
         "of\tof\tADP\tIN\t8\tcase\n"
         "Tellin\tTellin\tPROPN\tNNP\t6\tnmod\n"
         "since\tsince\tADP\tIN\t10\tcase\n"
         "2019\t2019\tNUM\tCD\t4\tobl\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "holdsPosition(Ivo Mank,Tellin) role=Mayor time=2019\n");
}

/* A title that is the object of a verb putting its holder out is a
 * former post ("fired its chief executive, X"), unless the verb is
 * denied or planned. */
static void test_post_of_dismissed_is_former(void **state) {
  expect(*state, "Kell Bank fired its chief executive, Ana Roth.",
         "Kell\tKell\tPROPN\tNNP\t2\tcompound\n"
         "Bank\tBank\tPROPN\tNNP\t3\tnsubj\n"
         "fired\tfire\tVERB\tVBD\t0\troot\n"
         "its\tits\tPRON\tPRP$\t6\tnmod:poss\n"
         "chief\tchief\tADJ\tJJ\t6\tamod\n"
         "executive\texecutive\tNOUN\tNN\t3\tobj\n"
         ",\t,\tPUNCT\t,\t8\tpunct\n"
         "Ana\tAna\tPROPN\tNNP\t6\tappos\n"
         "Roth\tRoth\tPROPN\tNNP\t8\tflat\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "worksFor(Ana Roth,Kell Bank) former\n"
         "holdsPosition(Ana Roth,Kell Bank) role=Chief Executive former\n"
         "leaderOf(Ana Roth,Kell Bank) former\n"
         "worksFor(Ana Roth,Kell Bank) former\n");
  expect(*state, "Kell Bank did not fire its chief executive, Ana Roth.",
         "Kell\tKell\tPROPN\tNNP\t2\tcompound\n"
         "Bank\tBank\tPROPN\tNNP\t5\tnsubj\n"
         "did\tdo\tAUX\tVBD\t5\taux\n"
         "not\tnot\tPART\tRB\t5\tadvmod\n"
         "fire\tfire\tVERB\tVB\t0\troot\n"
         "its\tits\tPRON\tPRP$\t8\tnmod:poss\n"
         "chief\tchief\tADJ\tJJ\t8\tamod\n"
         "executive\texecutive\tNOUN\tNN\t5\tobj\n"
         ",\t,\tPUNCT\t,\t10\tpunct\n"
         "Ana\tAna\tPROPN\tNNP\t8\tappos\n"
         "Roth\tRoth\tPROPN\tNNP\t10\tflat\n"
         ".\t.\tPUNCT\t.\t5\tpunct\n",
         "worksFor(Ana Roth,Kell Bank) negated former\n"
         "holdsPosition(Ana Roth,Kell Bank) role=Chief Executive\n"
         "leaderOf(Ana Roth,Kell Bank)\n"
         "worksFor(Ana Roth,Kell Bank)\n");
}

/* "Ada Lind, the finance director of Velm Foods, VERB the company." */
#define ADA_DIRECTOR(form, lemma)                                                        \
  "Ada\tAda\tPROPN\tNNP\t11\tnsubj\n"                                                    \
  "Lind\tLind\tPROPN\tNNP\t1\tflat\n"                                                    \
  ",\t,\tPUNCT\t,\t6\tpunct\n"                                                         \
  "the\tthe\tDET\tDT\t6\tdet\n"                                                          \
  "finance\tfinance\tNOUN\tNN\t6\tcompound\n"                                            \
  "director\tdirector\tNOUN\tNN\t1\tappos\n"                                             \
  "of\tof\tADP\tIN\t9\tcase\n"                                                           \
  "Velm\tVelm\tPROPN\tNNP\t9\tcompound\n"                                                \
  "Foods\tFoods\tPROPN\tNNPS\t6\tnmod\n"                                                 \
  ",\t,\tPUNCT\t,\t6\tpunct\n" form "\t" lemma "\tVERB\tVBD\t0\troot\n"               \
  "the\tthe\tDET\tDT\t13\tdet\n"                                                         \
  "company\tcompany\tNOUN\tNN\t11\tobj\n"                                                \
  ".\t.\tPUNCT\t.\t11\tpunct\n"

/* A role held at an organisation its holder left in the same clause is
 * former. */
static void test_role_at_organisation_left_is_former(void **state) {
  expect(*state, "Ada Lind, the finance director of Velm Foods, left the company.",
         ADA_DIRECTOR("left", "leave"),
         "worksFor(Ada Lind,Velm Foods) former\nworksFor(Ada Lind,Velm Foods) former\n");
  expect(*state, "Ada Lind, the finance director of Velm Foods, praised the company.",
         ADA_DIRECTOR("praised", "praise"),
         "worksFor(Ada Lind,Velm Foods)\npraised(Ada Lind,Velm Foods)\n");
}

/* "Y's finance minister, X, VERB on Friday." */
#define MINISTER_VERB(verb_rows)                                                          \
  "Kenya\tKenya\tPROPN\tNNP\t4\tnmod:poss\n"                                          \
  "'s\t's\tPART\tPOS\t1\tcase\n"                                                       \
  "finance\tfinance\tNOUN\tNN\t4\tcompound\n"                                           \
  "minister\tminister\tNOUN\tNN\t10\tnsubj\n"                                           \
  ",\t,\tPUNCT\t,\t6\tpunct\n"                                                          \
  "Mara\tMara\tPROPN\tNNP\t4\tappos\n"                                                  \
  "Quell\tQuell\tPROPN\tNNP\t6\tflat\n"                                                 \
  ",\t,\tPUNCT\t,\t6\tpunct\n" verb_rows ".\t.\tPUNCT\t.\t10\tpunct\n"

/* A title's holder who resigns with no object of its own gives the
 * office up; not one who will. */
static void test_holder_who_resigns_is_former(void **state) {
  expect(*state, "Kenya's finance minister, Mara Quell, has resigned.",
         MINISTER_VERB("has\thave\tAUX\tVBZ\t10\taux\n"
                       "resigned\tresign\tVERB\tVBN\t0\troot\n"),
         "holdsPosition(Mara Quell,Kenya) role=Minister of Finance former\n");
  expect(*state, "Kenya's finance minister, Mara Quell, will resign.",
         MINISTER_VERB("will\twill\tAUX\tMD\t10\taux\n"
                       "resign\tresign\tVERB\tVB\t0\troot\n"),
         "holdsPosition(Mara Quell,Kenya) role=Minister of Finance\n");
}

/* A date in a clause set before or after the main one is that clause's:
 * "studied" takes no date of "before joining Y in 2012". */
static void test_date_of_a_sequence_clause(void **state) {
  expect(*state, "Mara Quell studied law at Velm University before joining the Vossen Party in 2012.",
         "Mara\tMara\tPROPN\tNNP\t3\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         "studied\tstudy\tVERB\tVBD\t0\troot\n"
         "law\tlaw\tNOUN\tNN\t3\tobj\n"
         "at\tat\tADP\tIN\t7\tcase\n"
         "Velm\tVelm\tPROPN\tNNP\t7\tcompound\n"
         "University\tUniversity\tPROPN\tNNP\t4\tnmod\n"
         "before\tbefore\tSCONJ\tIN\t9\tmark\n"
         "joining\tjoin\tVERB\tVBG\t3\tadvcl\n"
         "the\tthe\tDET\tDT\t12\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t12\tcompound\n"
         "Party\tParty\tPROPN\tNNP\t9\tobj\n"
         "in\tin\tADP\tIN\t14\tcase\n"
         "2012\t2012\tNUM\tCD\t9\tobl\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "educatedAt(Mara Quell,Velm University)\njoined(Mara Quell,Vossen Party) time=2012\n");
}

/* "Mara Quell led the Vossen Party from 2011" and what follows. */
#define MARA_LED_FROM_2011                                                                \
  "Mara\tMara\tPROPN\tNNP\t3\tnsubj\n"                                                  \
  "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"                                                 \
  "led\tlead\tVERB\tVBD\t0\troot\n"                                                     \
  "the\tthe\tDET\tDT\t6\tdet\n"                                                         \
  "Vossen\tVossen\tPROPN\tNNP\t6\tcompound\n"                                           \
  "Party\tParty\tPROPN\tNNP\t3\tobj\n"                                                  \
  "from\tfrom\tADP\tIN\t8\tcase\n"                                                      \
  "2011\t2011\tNUM\tCD\t3\tobl\n"

/* A range of years is dated by its start, as "since 2011" is, and its end
 * makes a past tie former; "from" a
 * year with no end is no date ("up from 2019 levels"). */
static void test_range_of_years(void **state) {
  expect(*state, "Mara Quell led the Vossen Party from 2011 to 2019.",
         MARA_LED_FROM_2011 "to\tto\tADP\tIN\t10\tcase\n"
                            "2019\t2019\tNUM\tCD\t8\tnmod\n"
                            ".\t.\tPUNCT\t.\t3\tpunct\n",
         "leaderOf(Mara Quell,Vossen Party) former time=2011\n");
  expect(*state, "Mara Quell led the Vossen Party from 2011.",
         MARA_LED_FROM_2011 ".\t.\tPUNCT\t.\t3\tpunct\n", "leaderOf(Mara Quell,Vossen Party)\n");
}

/* "..., X said" beside the clause attributes it to X; "ex-" makes a
 * relation noun former. */
static void test_aside_speaker_and_ex(void **state) {
  expect(*state, "Mara Quell joined the Vossen Party, Tomas Brandt said.",
         MARA_JOINED_PARTY
         ",\t,\tPUNCT\t,\t10\tpunct\n"
         "Tomas\tTomas\tPROPN\tNNP\t10\tnsubj\n"
         "Brandt\tBrandt\tPROPN\tNNP\t8\tflat\n"
         "said\tsay\tVERB\tVBD\t3\tparataxis\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "joined(Mara Quell,Vossen Party) by=Tomas Brandt\n");
  expect(*state, "Tomas Brandt, the ex-husband of Mara Quell, spoke.",
         "Tomas\tTomas\tPROPN\tNNP\t12\tnsubj\n"
         "Brandt\tBrandt\tPROPN\tNNP\t1\tflat\n"
         ",\t,\tPUNCT\t,\t7\tpunct\n"
         "the\tthe\tDET\tDT\t7\tdet\n"
         "ex\tex\tADJ\tAFX\t7\tcompound\n"
         "-\t-\tPUNCT\tHYPH\t5\tpunct\n"
         "husband\thusband\tNOUN\tNN\t1\tappos\n"
         "of\tof\tADP\tIN\t9\tcase\n"
         "Mara\tMara\tPROPN\tNNP\t7\tnmod\n"
         "Quell\tQuell\tPROPN\tNNP\t9\tflat\n"
         ",\t,\tPUNCT\t,\t7\tpunct\n"
         "spoke\tspeak\tVERB\tVBD\t0\troot\n"
         ".\t.\tPUNCT\t.\t12\tpunct\n",
         "spouseOf(Tomas Brandt,Mara Quell) former\n");
}

/* A row marked former ("a defector from Y") states a tie that is over. */
static void test_former_row(void **state) {
  expect(*state, "Mara Quell, a defector from the Vossen Party, spoke.",
         "Mara\tMara\tPROPN\tNNP\t11\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         ",\t,\tPUNCT\t,\t5\tpunct\n"
         "a\ta\tDET\tDT\t5\tdet\n"
         "defector\tdefector\tNOUN\tNN\t1\tappos\n"
         "from\tfrom\tADP\tIN\t9\tcase\n"
         "the\tthe\tDET\tDT\t9\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t9\tcompound\n"
         "Party\tParty\tPROPN\tNNP\t5\tnmod\n"
         ",\t,\tPUNCT\t,\t5\tpunct\n"
         "spoke\tspeak\tVERB\tVBD\t0\troot\n"
         ".\t.\tPUNCT\t.\t11\tpunct\n",
         "memberOf(Mara Quell,Vossen Party) former\n");
}

/* "the Vossen Party publication Freedom Gazette" with "Freedom" tagged a
 * common noun: the noun before a name's word describes the name. */
static void test_noun_before_name_word(void **state) {
  expect(*state, "Mara Quell read the Vossen Party publication Freedom Gazette.",
         "Mara\tMara\tPROPN\tNNP\t3\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         "read\tread\tVERB\tVBD\t0\troot\n"
         "the\tthe\tDET\tDT\t9\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t6\tcompound\n"
         "Party\tParty\tPROPN\tNNP\t7\tcompound\n"
         "publication\tpublication\tNOUN\tNN\t8\tcompound\n"
         "Freedom\tfreedom\tNOUN\tNN\t9\tcompound\n"
         "Gazette\tGazette\tPROPN\tNNP\t3\tobj\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "owns(Vossen Party,Freedom Gazette)\n");
}

/* "Kovalo, a town in the NOUN of Bregania, fell." */
static void expect_town_in(const Fixture *fx, const char *noun, const char *want) {
  char text[128], tree[1024];
  snprintf(text, sizeof text, "Kovalo, a town in the %s of Bregania, fell.", noun);
  snprintf(tree, sizeof tree,
           "Kovalo\tKovalo\tPROPN\tNNP\t11\tnsubj\n"
           ",\t,\tPUNCT\t,\t4\tpunct\n"
           "a\ta\tDET\tDT\t4\tdet\n"
           "town\ttown\tNOUN\tNN\t1\tappos\n"
           "in\tin\tADP\tIN\t7\tcase\n"
           "the\tthe\tDET\tDT\t7\tdet\n"
           "%s\t%s\tNOUN\tNN\t4\tnmod\n"
           "of\tof\tADP\tIN\t9\tcase\n"
           "Bregania\tBregania\tPROPN\tNNP\t7\tnmod\n"
           ",\t,\tPUNCT\t,\t4\tpunct\n"
           "fell\tfall\tVERB\tVBD\t0\troot\n"
           ".\t.\tPUNCT\t.\t11\tpunct\n",
           noun, noun);
  expect_with(fx, text, tree, "L.......L...", want);
}

/* A place noun stands for the place its compound or its "of" names ("the
 * province of X", "the X district"); another noun does not ("in the
 * shadow of X"). */
static void test_place_nouns(void **state) {
  expect_town_in(*state, "province", "locatedIn(Kovalo,Bregania)\n");
  expect_town_in(*state, "shadow", "");
  expect_with(*state, "Police raided the Lindholm district of Gothenburg.",
              "Police\tpolice\tNOUN\tNN\t2\tnsubj\n"
              "raided\traid\tVERB\tVBD\t0\troot\n"
              "the\tthe\tDET\tDT\t5\tdet\n"
              "Lindholm\tLindholm\tPROPN\tNNP\t5\tcompound\n"
              "district\tdistrict\tNOUN\tNN\t2\tobj\n"
              "of\tof\tADP\tIN\t7\tcase\n"
              "Gothenburg\tGothenburg\tPROPN\tNNP\t5\tnmod\n"
              ".\t.\tPUNCT\t.\t2\tpunct\n",
              "...L..L.", "locatedIn(Lindholm,Gothenburg)\n");
  /* "the Amman suburb of X": the place the gazetteer knows holds the one
   * it does not, whichever the "of" names */
  expect_with(*state, "Police raided the Amman suburb of Kvarnby.",
              "Police\tpolice\tNOUN\tNN\t2\tnsubj\n"
              "raided\traid\tVERB\tVBD\t0\troot\n"
              "the\tthe\tDET\tDT\t5\tdet\n"
              "Amman\tAmman\tPROPN\tNNP\t5\tcompound\n"
              "suburb\tsuburb\tNOUN\tNN\t2\tobj\n"
              "of\tof\tADP\tIN\t7\tcase\n"
              "Kvarnby\tKvarnby\tPROPN\tNNP\t5\tnmod\n"
              ".\t.\tPUNCT\t.\t2\tpunct\n",
              "...L..L.", "locatedIn(Kvarnby,Amman)\n");
  /* neither known: "the X suburb" makes X a city, which holds the mere
   * place the "of" names (a district would hold nothing: rule cases) */
  expect_with(*state, "Police raided the Tollby suburb of Kvarnby.",
              "Police\tpolice\tNOUN\tNN\t2\tnsubj\n"
              "raided\traid\tVERB\tVBD\t0\troot\n"
              "the\tthe\tDET\tDT\t5\tdet\n"
              "Tollby\tTollby\tPROPN\tNNP\t5\tcompound\n"
              "suburb\tsuburb\tNOUN\tNN\t2\tobj\n"
              "of\tof\tADP\tIN\t7\tcase\n"
              "Kvarnby\tKvarnby\tPROPN\tNNP\t5\tnmod\n"
              ".\t.\tPUNCT\t.\t2\tpunct\n",
              "...L..L.", "locatedIn(Kvarnby,Tollby)\n");
}

/* "X, located in Y", "X, a former resident of Y": the name before the
 * comma that opens an aside, wherever the parser hangs the aside; not
 * when the phrase goes on into the clause ("In X, a resident of Y said"). */
static void test_name_before_an_aside(void **state) {
  expect_with(*state, "Pupils came from Velmar College, located in Tervik.",
              "Pupils\tpupil\tNOUN\tNNS\t2\tnsubj\n"
              "came\tcome\tVERB\tVBD\t0\troot\n"
              "from\tfrom\tADP\tIN\t5\tcase\n"
              "Velmar\tVelmar\tPROPN\tNNP\t5\tcompound\n"
              "College\tCollege\tPROPN\tNNP\t2\tobl\n"
              ",\t,\tPUNCT\t,\t7\tpunct\n"
              "located\tlocate\tVERB\tVBN\t1\tacl\n"
              "in\tin\tADP\tIN\t9\tcase\n"
              "Tervik\tTervik\tPROPN\tNNP\t7\tobl\n"
              ".\t.\tPUNCT\t.\t2\tpunct\n",
              "...Gg...L.", "basedIn(Velmar College,Tervik)\n");
  expect_with(*state, "Photos show Dana Pell, a former resident of Marlow.",
              "Photos\tphoto\tNOUN\tNNS\t2\tnsubj\n"
              "show\tshow\tVERB\tVBP\t0\troot\n"
              "Dana\tDana\tPROPN\tNNP\t2\tobj\n"
              "Pell\tPell\tPROPN\tNNP\t3\tflat\n"
              ",\t,\tPUNCT\t,\t8\tpunct\n"
              "a\ta\tDET\tDT\t8\tdet\n"
              "former\tformer\tADJ\tJJ\t8\tamod\n"
              "resident\tresident\tNOUN\tNN\t2\tparataxis\n"
              "of\tof\tADP\tIN\t10\tcase\n"
              "Marlow\tMarlow\tPROPN\tNNP\t8\tnmod\n"
              ".\t.\tPUNCT\t.\t2\tpunct\n",
              "..Pp.....L.", "residesIn(Dana Pell,Marlow) former\n");
  expect_with(*state, "In Tervik, a resident of Marlow said the fire spread.",
              "In\tin\tADP\tIN\t2\tcase\n"
              "Tervik\tTervik\tPROPN\tNNP\t8\tobl\n"
              ",\t,\tPUNCT\t,\t2\tpunct\n"
              "a\ta\tDET\tDT\t5\tdet\n"
              "resident\tresident\tNOUN\tNN\t8\tnsubj\n"
              "of\tof\tADP\tIN\t7\tcase\n"
              "Marlow\tMarlow\tPROPN\tNNP\t5\tnmod\n"
              "said\tsay\tVERB\tVBD\t0\troot\n"
              "the\tthe\tDET\tDT\t9\tdet\n"
              "fire\tfire\tNOUN\tNN\t11\tnsubj\n"
              "spread\tspread\tVERB\tVBD\t8\tccomp\n"
              ".\t.\tPUNCT\t.\t8\tpunct\n",
              ".L....L.....", "");
}

/* "A and B in Y": the "in" phrase after the last conjunct, hung on the
 * first, places both; one between them places the first alone. */
static void test_place_after_conjoined_names(void **state) {
  expect_with(*state, "Velmar Academy and Lindholm College in Tervik closed.",
              "Velmar\tVelmar\tPROPN\tNNP\t2\tcompound\n"
              "Academy\tAcademy\tPROPN\tNNP\t8\tnsubj\n"
              "and\tand\tCCONJ\tCC\t5\tcc\n"
              "Lindholm\tLindholm\tPROPN\tNNP\t5\tcompound\n"
              "College\tCollege\tPROPN\tNNP\t2\tconj\n"
              "in\tin\tADP\tIN\t7\tcase\n"
              "Tervik\tTervik\tPROPN\tNNP\t2\tnmod\n"
              "closed\tclose\tVERB\tVBD\t0\troot\n"
              ".\t.\tPUNCT\t.\t8\tpunct\n",
              "Gg.Gg.L..",
              "basedIn(Velmar Academy,Tervik)\nbasedIn(Lindholm College,Tervik)\n");
  expect_with(*state, "Velmar Academy in Tervik and Lindholm College closed.",
              "Velmar\tVelmar\tPROPN\tNNP\t2\tcompound\n"
              "Academy\tAcademy\tPROPN\tNNP\t8\tnsubj\n"
              "in\tin\tADP\tIN\t4\tcase\n"
              "Tervik\tTervik\tPROPN\tNNP\t2\tnmod\n"
              "and\tand\tCCONJ\tCC\t7\tcc\n"
              "Lindholm\tLindholm\tPROPN\tNNP\t7\tcompound\n"
              "College\tCollege\tPROPN\tNNP\t2\tconj\n"
              "closed\tclose\tVERB\tVBD\t0\troot\n"
              ".\t.\tPUNCT\t.\t8\tpunct\n",
              "Gg.L.Gg..", "basedIn(Velmar Academy,Tervik)\n");
}

/* "A, B and C met": each pair of the subject's conjuncts once, and only
 * when the verb has no object of its own ("A and B met C"). */
static const char RECIPROCAL_TREE[] = "Tomas\tTomas\tPROPN\tNNP\t9\tnsubj\n"
    "Brandt\tBrandt\tPROPN\tNNP\t1\tflat\n"
    ",\t,\tPUNCT\t,\t4\tpunct\n"
    "Mara\tMara\tPROPN\tNNP\t1\tconj\n"
    "Quell\tQuell\tPROPN\tNNP\t4\tflat\n"
    "and\tand\tCCONJ\tCC\t7\tcc\n"
    "Ines\tInes\tPROPN\tNNP\t1\tconj\n"
    "Duarte\tDuarte\tPROPN\tNNP\t7\tflat\n"
    "met\tmeet\tVERB\tVBD\t0\troot\n";

static void test_reciprocal_subjects(void **state) {
  char tree[1024];
  snprintf(tree, sizeof tree, "%s%s", RECIPROCAL_TREE,
           "privately\tprivately\tADV\tRB\t9\tadvmod\n.\t.\tPUNCT\t.\t9\tpunct\n");
  expect(*state, "Tomas Brandt, Mara Quell and Ines Duarte met privately.", tree,
         "metWith(Tomas Brandt,Mara Quell)\nmetWith(Tomas Brandt,Ines Duarte)\n"
         "metWith(Mara Quell,Ines Duarte)\n");
  snprintf(tree, sizeof tree, "%s%s", RECIPROCAL_TREE,
           "Pavel\tPavel\tPROPN\tNNP\t9\tobj\nHorak\tHorak\tPROPN\tNNP\t10\tflat\n"
           ".\t.\tPUNCT\t.\t9\tpunct\n");
  expect(*state, "Tomas Brandt, Mara Quell and Ines Duarte met Pavel Horak.", tree,
         "metWith(Tomas Brandt,Pavel Horak)\nmetWith(Mara Quell,Pavel Horak)\n"
         "metWith(Ines Duarte,Pavel Horak)\n");
}

/* "Kovalo, North Bregania": the second name after the comma is read as an
 * apposition even when the parser hangs it as nmod:unmarked by its last
 * word, with its first word as a compound. */
static void test_apposition_of_two_words(void **state) {
  expect_with(*state, "Rebels reached Kovalo, North Bregania.",
              "Rebels\trebel\tNOUN\tNNS\t2\tnsubj\n"
              "reached\treach\tVERB\tVBD\t0\troot\n"
              "Kovalo\tKovalo\tPROPN\tNNP\t2\tobj\n"
              ",\t,\tPUNCT\t,\t6\tpunct\n"
              "North\tNorth\tPROPN\tNNP\t6\tcompound\n"
              "Bregania\tBregania\tPROPN\tNNP\t3\tnmod:unmarked\n"
              ".\t.\tPUNCT\t.\t2\tpunct\n",
              "..L.Ll.", "locatedIn(Kovalo,North Bregania)\n");
}

/* The name rules start at a name's head word even when the tagger takes
 * the last piece of a hyphenated name for a common noun; a common noun
 * that is no name's head does not start them (the near miss). */
static void test_name_head_tagged_noun(void **state) {
  static const char TREE[] = "Tam\tTam\tPROPN\tNNP\t4\tcompound\n"
                             "Wai\tWai\tPROPN\tNNP\t4\tcompound\n"
                             "-\t-\tPUNCT\tHYPH\t2\tpunct\n"
                             "ling\tling\tNOUN\tNN\t9\tnsubj\n"
                             "of\tof\tADP\tIN\t8\tcase\n"
                             "the\tthe\tDET\tDT\t8\tdet\n"
                             "Vossen\tVossen\tPROPN\tNNP\t8\tcompound\n"
                             "Party\tParty\tPROPN\tNNP\t4\tnmod\n"
                             "won\twin\tVERB\tVBD\t0\troot\n"
                             ".\t.\tPUNCT\t.\t9\tpunct\n";
  expect_with(*state, "Tam Wai-ling of the Vossen Party won.", TREE, "Ppp...Gg..",
              "memberOf(Tam Wai-ling,Vossen Party)\n");
  expect(*state, "The chairwoman of the Vossen Party won.",
         "The\tthe\tDET\tDT\t2\tdet\n"
         "chairwoman\tchairwoman\tNOUN\tNN\t7\tnsubj\n"
         "of\tof\tADP\tIN\t6\tcase\n"
         "the\tthe\tDET\tDT\t6\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t6\tcompound\n"
         "Party\tParty\tPROPN\tNNP\t2\tnmod\n"
         "won\twin\tVERB\tVBD\t0\troot\n"
         ".\t.\tPUNCT\t.\t7\tpunct\n",
         "");
}

/* A title the parser hangs on the name as its descriptor (nmod:desc) is
 * what the name is; a word of another name in that place is not (the
 * near miss: no educatedAt from "Student"). */
static void test_title_as_name_descriptor(void **state) {
  expect(*state, "Kenyan President Ada Lind spoke.",
         "Kenyan\tKenyan\tADJ\tJJ\t2\tamod\n"
         "President\tPresident\tPROPN\tNNP\t3\tnmod:desc\n"
         "Ada\tAda\tPROPN\tNNP\t5\tnsubj\n"
         "Lind\tLind\tPROPN\tNNP\t3\tflat\n"
         "spoke\tspeak\tVERB\tVBD\t0\troot\n"
         ".\t.\tPUNCT\t.\t5\tpunct\n",
         "holdsPosition(Ada Lind,Kenya) role=President\n");
  expect_with(*state, "The Vossen Student Union president Ada Lind spoke.",
              "The\tthe\tDET\tDT\t4\tdet\n"
              "Vossen\tVossen\tPROPN\tNNP\t3\tcompound\n"
              "Student\tstudent\tNOUN\tNN\t6\tnmod:desc\n"
              "Union\tUnion\tPROPN\tNNP\t5\tcompound\n"
              "president\tpresident\tPROPN\tNNP\t6\tnmod:desc\n"
              "Ada\tAda\tPROPN\tNNP\t8\tnsubj\n"
              "Lind\tLind\tPROPN\tNNP\t6\tflat\n"
              "spoke\tspeak\tVERB\tVBD\t0\troot\n"
              ".\t.\tPUNCT\t.\t8\tpunct\n",
              ".Ggg.Pp..", "leaderOf(Ada Lind,Vossen Student Union)\n");
  /* titles in a row: each the next one's descriptor */
  expect_with(*state, "Vossen Union director General Ada Lind spoke.",
              "Vossen\tVossen\tPROPN\tNNP\t2\tcompound\n"
              "Union\tUnion\tPROPN\tNNP\t3\tcompound\n"
              "director\tdirector\tNOUN\tNN\t4\tnmod:desc\n"
              "General\tGeneral\tPROPN\tNNP\t5\tnmod:desc\n"
              "Ada\tAda\tPROPN\tNNP\t7\tnsubj\n"
              "Lind\tLind\tPROPN\tNNP\t5\tflat\n"
              "spoke\tspeak\tVERB\tVBD\t0\troot\n"
              ".\t.\tPUNCT\t.\t7\tpunct\n",
              "Gg..Pp..", "leaderOf(Ada Lind,Vossen Union)\n");
}

/* A common noun with "including" stands for the names it lists, as an
 * argument ("assisted by members") and as what a trigger noun describes
 * ("members of Y, including A"); with another preposition the names are
 * not its examples (the near miss). */
static void test_examples_of_a_noun(void **state) {
  static const char TREE[] = "Ada\tAda\tPROPN\tNNP\t4\tnsubj:pass\n"
                             "Lind\tLind\tPROPN\tNNP\t1\tflat\n"
                             "was\tbe\tAUX\tVBD\t4\taux:pass\n"
                             "assisted\tassist\tVERB\tVBN\t0\troot\n"
                             "by\tby\tADP\tIN\t7\tcase\n"
                             "former\tformer\tADJ\tJJ\t7\tamod\n"
                             "members\tmember\tNOUN\tNNS\t4\tobl:agent\n"
                             "of\tof\tADP\tIN\t11\tcase\n"
                             "the\tthe\tDET\tDT\t11\tdet\n"
                             "Vossen\tVossen\tPROPN\tNNP\t11\tcompound\n"
                             "Party\tParty\tPROPN\tNNP\t7\tnmod\n"
                             ",\t,\tPUNCT\t,\t14\tpunct\n"
                             "%s\t%s\t%s\t%s\t14\tcase\n"
                             "Tomas\tTomas\tPROPN\tNNP\t7\tnmod\n"
                             "Brandt\tBrandt\tPROPN\tNNP\t14\tflat\n"
                             "and\tand\tCCONJ\tCC\t17\tcc\n"
                             "Ivo\tIvo\tPROPN\tNNP\t14\tconj\n"
                             "Sander\tSander\tPROPN\tNNP\t17\tflat\n"
                             ".\t.\tPUNCT\t.\t4\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, TREE, "including", "include", "VERB", "VBG");
  expect(*state,
         "Ada Lind was assisted by former members of the Vossen Party, including Tomas "
         "Brandt and Ivo Sander.",
         tree,
         "supports(Tomas Brandt,Ada Lind)\nsupports(Ivo Sander,Ada Lind)\n"
         "memberOf(Tomas Brandt,Vossen Party) former\nmemberOf(Ivo Sander,Vossen Party) former\n");
  snprintf(tree, sizeof tree, TREE, "beside", "beside", "ADP", "IN");
  expect(*state,
         "Ada Lind was assisted by former members of the Vossen Party, beside Tomas "
         "Brandt and Ivo Sander.",
         tree, "");
}

/* A place the parser coordinates with the place before it, after a
 * comma and with no "and", is its apposition ("in Kovalo, Bregania"):
 * the first is located in it and it does not share the first's role.
 * A list of places stays a list (the near misses: "and" before the
 * last place; an "and" after it that joins a noun hung elsewhere). */
#define VISITED_KOVALO_LUSK                                                                \
  "Mara\tMara\tPROPN\tNNP\t3\tnsubj\n"                                                \
  "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"                                               \
  "visited\tvisit\tVERB\tVBD\t0\troot\n"                                              \
  "Kovalo\tKovalo\tPROPN\tNNP\t3\tobj\n"                                              \
  ",\t,\tPUNCT\t,\t6\tpunct\n"                                                        \
  "Lusk\tLusk\tPROPN\tNNP\t4\tconj\n"
static void test_place_apposition_read_as_conj(void **state) {
  expect_with(*state, "Mara Quell lives in Kovalo, Bregania.",
              "Mara\tMara\tPROPN\tNNP\t3\tnsubj\n"
              "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
              "lives\tlive\tVERB\tVBZ\t0\troot\n"
              "in\tin\tADP\tIN\t5\tcase\n"
              "Kovalo\tKovalo\tPROPN\tNNP\t3\tobl\n"
              ",\t,\tPUNCT\t,\t7\tpunct\n"
              "Bregania\tBregania\tPROPN\tNNP\t5\tconj\n"
              ".\t.\tPUNCT\t.\t3\tpunct\n",
              "Pp..L.L.", "residesIn(Mara Quell,Kovalo)\nlocatedIn(Kovalo,Bregania)\n");
  expect_with(*state, "Mara Quell visited Kovalo, Lusk and Bregania.",
              VISITED_KOVALO_LUSK
              "and\tand\tCCONJ\tCC\t8\tcc\n"
              "Bregania\tBregania\tPROPN\tNNP\t4\tconj\n"
              ".\t.\tPUNCT\t.\t3\tpunct\n",
              "Pp.L.L.L.",
              "visited(Mara Quell,Kovalo)\nvisited(Mara Quell,Lusk)\n"
              "visited(Mara Quell,Bregania)\n");
  expect_with(*state, "Mara Quell visited Kovalo, Lusk, and other towns.",
              VISITED_KOVALO_LUSK
              ",\t,\tPUNCT\t,\t10\tpunct\n"
              "and\tand\tCCONJ\tCC\t10\tcc\n"
              "other\tother\tADJ\tJJ\t10\tamod\n"
              "towns\ttown\tNOUN\tNNS\t3\tdep\n"
              ".\t.\tPUNCT\t.\t3\tpunct\n",
              "Pp.L.L.....", "visited(Mara Quell,Kovalo)\nvisited(Mara Quell,Lusk)\n");
}

/* "Y's Foreign Minister, X, said" parsed with title and name as two
 * subjects: the person right after the title's comma is the one it
 * describes; a sibling that names no person is not (the near miss). */
static void test_title_and_name_as_two_subjects(void **state) {
  expect_with(*state, "Kenya's Prime Minister, Ada Lind said.",
              "Kenya\tKenya\tPROPN\tNNP\t4\tnmod:poss\n"
              "'s\t's\tPART\tPOS\t1\tcase\n"
              "Prime\tPrime\tADJ\tJJ\t4\tamod\n"
              "Minister\tMinister\tPROPN\tNNP\t8\tnsubj\n"
              ",\t,\tPUNCT\t,\t4\tpunct\n"
              "Ada\tAda\tPROPN\tNNP\t8\tnsubj\n"
              "Lind\tLind\tPROPN\tNNP\t6\tflat\n"
              "said\tsay\tVERB\tVBD\t0\troot\n"
              ".\t.\tPUNCT\t.\t8\tpunct\n",
              "C....Pp..", "holdsPosition(Ada Lind,Kenya) role=Prime Minister\n");
  expect_with(*state, "Kenya's Prime Minister, the Vossen Party said.",
              "Kenya\tKenya\tPROPN\tNNP\t4\tnmod:poss\n"
              "'s\t's\tPART\tPOS\t1\tcase\n"
              "Prime\tPrime\tADJ\tJJ\t4\tamod\n"
              "Minister\tMinister\tPROPN\tNNP\t9\tnsubj\n"
              ",\t,\tPUNCT\t,\t4\tpunct\n"
              "the\tthe\tDET\tDT\t8\tdet\n"
              "Vossen\tVossen\tPROPN\tNNP\t8\tcompound\n"
              "Party\tParty\tPROPN\tNNP\t9\tnsubj\n"
              "said\tsay\tVERB\tVBD\t0\troot\n"
              ".\t.\tPUNCT\t.\t9\tpunct\n",
              "C.....Gg..", "");
}

/* A possessive the parser hangs on a verb belongs to the verb's subject
 * right after it; a name elsewhere does not take it (the near miss). */
static void test_possessive_hung_on_the_verb(void **state) {
  expect_with(*state, "The Vossen Party's Ana Lind was elected.",
              "The\tthe\tDET\tDT\t3\tdet\n"
              "Vossen\tVossen\tPROPN\tNNP\t3\tcompound\n"
              "Party\tParty\tPROPN\tNNP\t8\tnmod:poss\n"
              "'s\t's\tPART\tPOS\t3\tcase\n"
              "Ana\tAna\tPROPN\tNNP\t8\tnsubj:pass\n"
              "Lind\tLind\tPROPN\tNNP\t5\tflat\n"
              "was\tbe\tAUX\tVBD\t8\taux:pass\n"
              "elected\telect\tVERB\tVBN\t0\troot\n"
              ".\t.\tPUNCT\t.\t8\tpunct\n",
              ".Gg.Pp...", "memberOf(Ana Lind,Vossen Party)\n");
  expect_with(*state, "The Vossen Party's rivals elected Ana Lind.",
              "The\tthe\tDET\tDT\t3\tdet\n"
              "Vossen\tVossen\tPROPN\tNNP\t3\tcompound\n"
              "Party\tParty\tPROPN\tNNP\t6\tnmod:poss\n"
              "'s\t's\tPART\tPOS\t3\tcase\n"
              "rivals\trival\tNOUN\tNNS\t6\tnsubj\n"
              "elected\telect\tVERB\tVBD\t0\troot\n"
              "Ana\tAna\tPROPN\tNNP\t6\tobj\n"
              "Lind\tLind\tPROPN\tNNP\t7\tflat\n"
              ".\t.\tPUNCT\t.\t6\tpunct\n",
              ".Gg...Pp.", "");
}

/* A name right after another name's "'s" is what that name possesses,
 * wherever the parser hung the two (here the possessor a conjunct of the
 * name before, the person a word of that name; or the possessor a word of
 * a name the parser made the possessive); not across a common noun
 * between them (the near miss). */
static void test_possessor_right_before_a_name(void **state) {
  static const char TREE[] = "Kim\tKim\tPROPN\tNNP\t%d\tnsubj\n"
                             "Sung\tSung\tPROPN\tNNP\t1\tflat\n"
                             "and\tand\tCCONJ\tCC\t6\tcc\n"
                             "the\tthe\tDET\tDT\t6\tdet\n"
                             "Vossen\tVossen\tPROPN\tNNP\t6\tcompound\n"
                             "Party\tParty\tPROPN\tNNP\t1\tconj\n"
                             "'s\t's\tPART\tPOS\t6\tcase\n"
                             "%s"
                             "Ana\tAna\tPROPN\tNNP\t1\tflat\n"
                             "Lind\tLind\tPROPN\tNNP\t%d\tflat\n"
                             "won\twin\tVERB\tVBD\t0\troot\n"
                             ".\t.\tPUNCT\t.\t%d\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, TREE, 10, "", 8, 10);
  expect_with(*state, "Kim Sung and the Vossen Party's Ana Lind won.", tree, "Pp..Gg.Pp..",
              "memberOf(Ana Lind,Vossen Party)\n");
  snprintf(tree, sizeof tree, TREE, 11, "rival\trival\tNOUN\tNN\t1\tconj\n", 9, 11);
  expect_with(*state, "Kim Sung and the Vossen Party's rival Ana Lind won.", tree,
              "Pp..Gg..Pp..", "");
  /* it beats another possessor the parser gave, and a bare later
     conjunct shares it */
  expect_with(*state, "Pro-Lima QRTL's Ana Lind and Bo Quell won.",
              "Pro\tpro\tADJ\tJJ\t3\tamod\n"
              "-\t-\tPUNCT\tHYPH\t3\tpunct\n"
              "Lima\tLima\tPROPN\tNNP\t6\tnmod:poss\n"
              "QRTL\tQRTL\tPROPN\tNNP\t3\tflat\n"
              "'s\t's\tPART\tPOS\t3\tcase\n"
              "Ana\tAna\tPROPN\tNNP\t11\tnsubj\n"
              "Lind\tLind\tPROPN\tNNP\t6\tflat\n"
              "and\tand\tCCONJ\tCC\t9\tcc\n"
              "Bo\tBo\tPROPN\tNNP\t6\tconj\n"
              "Quell\tQuell\tPROPN\tNNP\t9\tflat\n"
              "won\twin\tVERB\tVBD\t0\troot\n"
              ".\t.\tPUNCT\t.\t11\tpunct\n",
              "..LG.Pp.Pp..", "memberOf(Ana Lind,QRTL)\nmemberOf(Bo Quell,QRTL)\n");
}

/* A word of a name hung as a case word beside the real one ("To" of
 * "Kim To" tagged a preposition) is not the phrase's case word; the real
 * one still decides (the near miss: "with" is no membership). */
static void test_name_word_as_case_word(void **state) {
  static const char TREE[] = "Kim\tKim\tPROPN\tNNP\t7\tnsubj\n"
                             "To\tto\tADP\tIN\t6\tcase\n"
                             "%s\t%s\tADP\tIN\t6\tcase\n"
                             "the\tthe\tDET\tDT\t6\tdet\n"
                             "Vossen\tVossen\tPROPN\tNNP\t6\tcompound\n"
                             "Party\tParty\tPROPN\tNNP\t1\tnmod\n"
                             "won\twin\tVERB\tVBD\t0\troot\n"
                             ".\t.\tPUNCT\t.\t7\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, TREE, "of", "of");
  expect_with(*state, "Kim To of the Vossen Party won.", tree, "Pp..Gg..",
              "memberOf(Kim To,Vossen Party)\n");
  snprintf(tree, sizeof tree, TREE, "with", "with");
  expect_with(*state, "Kim To with the Vossen Party won.", tree, "Pp..Gg..", "");
}

/* A vice president or a deputy holds an office of the organisation; it
 * does not lead it. */
static void test_deputy_does_not_lead(void **state) {
  expect(*state, "Ada Lind, vice president of Norstad Holdings, spoke.",
         "Ada\tAda\tPROPN\tNNP\t10\tnsubj\n"
         "Lind\tLind\tPROPN\tNNP\t1\tflat\n"
         ",\t,\tPUNCT\t,\t5\tpunct\n"
         "vice\tvice\tADJ\tJJ\t5\tamod\n"
         "president\tpresident\tNOUN\tNN\t1\tappos\n"
         "of\tof\tADP\tIN\t8\tcase\n"
         "Norstad\tNorstad\tPROPN\tNNP\t8\tcompound\n"
         "Holdings\tHoldings\tPROPN\tNNP\t5\tnmod\n"
         ",\t,\tPUNCT\t,\t1\tpunct\n"
         "spoke\tspeak\tVERB\tVBD\t0\troot\n"
         ".\t.\tPUNCT\t.\t10\tpunct\n",
         "holdsPosition(Ada Lind,Norstad Holdings) role=Vice President\n");
}

/* The holder before a title hyphened to a prefix ("co-founder"), which
 * the tokenizer splits: the name before "co-" still holds it. */
static void test_holder_before_a_hyphened_title(void **state) {
  expect(*state, "Norstad Holdings co-founder Ada Lind resigned.",
         "Norstad\tNorstad\tPROPN\tNNP\t2\tcompound\n"
         "Holdings\tHoldings\tPROPN\tNNP\t8\tnsubj\n"
         "co\tco\tX\tAFX\t5\tcompound\n"
         "-\t-\tPUNCT\tHYPH\t3\tpunct\n"
         "founder\tfounder\tNOUN\tNN\t8\tnsubj\n"
         "Ada\tAda\tPROPN\tNNP\t5\tappos\n"
         "Lind\tLind\tPROPN\tNNP\t6\tflat\n"
         "resigned\tresign\tVERB\tVBD\t0\troot\n"
         ".\t.\tPUNCT\t.\t8\tpunct\n",
         "founded(Ada Lind,Norstad Holdings)\n");
  /* near miss: a verb stands between the name and the title */
  expect(*state, "Norstad Holdings thanked co-founder Ada Lind.",
         "Norstad\tNorstad\tPROPN\tNNP\t2\tcompound\n"
         "Holdings\tHoldings\tPROPN\tNNP\t3\tnsubj\n"
         "thanked\tthank\tVERB\tVBD\t0\troot\n"
         "co\tco\tX\tAFX\t6\tcompound\n"
         "-\t-\tPUNCT\tHYPH\t4\tpunct\n"
         "founder\tfounder\tNOUN\tNN\t3\tobj\n"
         "Ada\tAda\tPROPN\tNNP\t6\tappos\n"
         "Lind\tLind\tPROPN\tNNP\t7\tflat\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "");
}

/* A title before a name, whatever shape the parser gives the phrase: the
 * title split from the name in a chain of flats ("Cypriot Finance
 * Minister X" under "Cypriot"), or in two subjects of one verb; the
 * holder named right before the title, even as the object of a
 * preposition when it is a demonym ("by Kenyan Foreign Minister X"); the
 * country of "of" after the name, on whichever word of the name the
 * parser hangs it. */
static void test_titles_before_names(void **state) {
  expect(*state, "Cypriot Finance Minister Mara Quell spoke.",
         "Cypriot\tCypriot\tADJ\tJJ\t6\tnsubj\n"
         "Finance\tFinance\tPROPN\tNNP\t1\tflat\n"
         "Minister\tMinister\tPROPN\tNNP\t2\tflat\n"
         "Mara\tMara\tPROPN\tNNP\t2\tflat\n"
         "Quell\tQuell\tPROPN\tNNP\t2\tflat\n"
         "spoke\tspeak\tVERB\tVBD\t0\troot\n"
         ".\t.\tPUNCT\t.\t6\tpunct\n",
         "holdsPosition(Mara Quell,Cyprus) role=Minister of Finance\n");
  expect(*state, "Kenyan Foreign Minister Mara Quell spoke.",
         "Kenyan\tKenyan\tADJ\tJJ\t6\tnsubj\n"
         "Foreign\tForeign\tPROPN\tNNP\t1\tflat\n"
         "Minister\tMinister\tPROPN\tNNP\t2\tflat\n"
         "Mara\tMara\tPROPN\tNNP\t6\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t4\tflat\n"
         "spoke\tspeak\tVERB\tVBD\t0\troot\n"
         ".\t.\tPUNCT\t.\t6\tpunct\n",
         "holdsPosition(Mara Quell,Kenya) role=Foreign Minister\n");
  /* near miss: the name is no part of the title's phrase */
  expect(*state, "Kenyan Foreign Minister thanked Mara Quell.",
         "Kenyan\tKenyan\tADJ\tJJ\t3\tamod\n"
         "Foreign\tForeign\tPROPN\tNNP\t3\tcompound\n"
         "Minister\tMinister\tPROPN\tNNP\t4\tnsubj\n"
         "thanked\tthank\tVERB\tVBD\t0\troot\n"
         "Mara\tMara\tPROPN\tNNP\t4\tobj\n"
         "Quell\tQuell\tPROPN\tNNP\t5\tflat\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "");
  expect(*state, "It was signed by Kenyan President Mara Quell.",
         "It\tit\tPRON\tPRP\t3\tnsubj:pass\n"
         "was\tbe\tAUX\tVBD\t3\taux:pass\n"
         "signed\tsign\tVERB\tVBN\t0\troot\n"
         "by\tby\tADP\tIN\t5\tcase\n"
         "Kenyan\tKenyan\tPROPN\tNNP\t3\tobl:agent\n"
         "President\tPresident\tPROPN\tNNP\t7\tcompound\n"
         "Mara\tMara\tPROPN\tNNP\t5\tconj\n"
         "Quell\tQuell\tPROPN\tNNP\t7\tflat\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "holdsPosition(Mara Quell,Kenya) role=President\n");
  expect(*state, "President Mara Quell of Kenya spoke.",
         "President\tPresident\tPROPN\tNNP\t2\tnmod:desc\n"
         "Mara\tMara\tPROPN\tNNP\t6\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t2\tflat\n"
         "of\tof\tADP\tIN\t5\tcase\n"
         "Kenya\tKenya\tPROPN\tNNP\t3\tnmod\n"
         "spoke\tspeak\tVERB\tVBD\t0\troot\n"
         ".\t.\tPUNCT\t.\t6\tpunct\n",
         "holdsPosition(Mara Quell,Kenya) role=President\n");
  /* near miss: "of" a party after the name is no office in it */
  expect(*state, "President Mara Quell of the Vossen Party resigned.",
         "President\tPresident\tPROPN\tNNP\t2\tnmod:desc\n"
         "Mara\tMara\tPROPN\tNNP\t8\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t2\tflat\n"
         "of\tof\tADP\tIN\t7\tcase\n"
         "the\tthe\tDET\tDT\t7\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t7\tcompound\n"
         "Party\tParty\tPROPN\tNNP\t3\tnmod\n"
         "resigned\tresign\tVERB\tVBD\t0\troot\n"
         ".\t.\tPUNCT\t.\t8\tpunct\n",
         "memberOf(Mara Quell,Vossen Party)\n");
  /* the parser's coordination around a title is not the holder's: only
   * Kenya is Ines Duarte's; the demonym made the object's head is no one
   * met, the person titled after it is */
  expect(*state, "Mara Quell met Kenyan Foreign Minister Ines Duarte and Nigeria.",
         "Mara\tMara\tPROPN\tNNP\t3\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         "met\tmeet\tVERB\tVBD\t0\troot\n"
         "Kenyan\tKenyan\tPROPN\tNNP\t3\tobj\n"
         "Foreign\tForeign\tADJ\tJJ\t6\tamod\n"
         "Minister\tMinister\tPROPN\tNNP\t7\tnmod:desc\n"
         "Ines\tInes\tPROPN\tNNP\t4\tconj\n"
         "Duarte\tDuarte\tPROPN\tNNP\t7\tflat\n"
         "and\tand\tCCONJ\tCC\t10\tcc\n"
         "Nigeria\tNigeria\tPROPN\tNNP\t4\tconj\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "metWith(Mara Quell,Ines Duarte)\nmetWith(Mara Quell,Nigeria)\n"
         "holdsPosition(Ines Duarte,Kenya) role=Foreign Minister\n");
  /* "Y's minister of finance, X" with the apposition hung on the comma */
  expect(*state, "Kenya's minister of finance, Mara Quell, spoke.",
         "Kenya\tKenya\tPROPN\tNNP\t3\tnmod:poss\n"
         "'s\t's\tPART\tPOS\t1\tcase\n"
         "minister\tminister\tNOUN\tNN\t11\tnsubj\n"
         "of\tof\tADP\tIN\t5\tcase\n"
         "finance\tfinance\tNOUN\tNN\t3\tnmod\n"
         ",\t,\tPUNCT\t,\t3\tpunct\n"
         "Mara\tMara\tPROPN\tNNP\t6\tappos\n"
         "Quell\tQuell\tPROPN\tNNP\t7\tflat\n"
         ",\t,\tPUNCT\t,\t3\tpunct\n"
         "spoke\tspeak\tVERB\tVBD\t0\troot\n"
         ".\t.\tPUNCT\t.\t10\tpunct\n",
         "holdsPosition(Mara Quell,Kenya) role=Minister of Finance\n");
}

/* A national office with no country named is held in the article's main
 * country (assumed); not one whose title says whose it is ("the president
 * of the X region" holds it in X), and not a city's or a region's office. */
static void test_office_in_the_article_country(void **state) {
  expect(*state, "Interior Minister Mara Quell praised the police of Kenya.",
         "Interior\tinterior\tADJ\tJJ\t2\tamod\n"
         "Minister\tMinister\tPROPN\tNNP\t5\tnsubj\n"
         "Mara\tMara\tPROPN\tNNP\t2\tflat\n"
         "Quell\tQuell\tPROPN\tNNP\t2\tflat\n"
         "praised\tpraise\tVERB\tVBD\t0\troot\n"
         "the\tthe\tDET\tDT\t7\tdet\n"
         "police\tpolice\tNOUN\tNN\t5\tobj\n"
         "of\tof\tADP\tIN\t9\tcase\n"
         "Kenya\tKenya\tPROPN\tNNP\t7\tnmod\n"
         ".\t.\tPUNCT\t.\t5\tpunct\n",
         /* a country only the title's sentence names is not assumed its holder */
         "praised(Mara Quell,Kenyan police)\n");
  expect(*state, "Mayor Mara Quell praised the police of Kenya.",
         "Mayor\tMayor\tPROPN\tNNP\t2\tnmod:desc\n"
         "Mara\tMara\tPROPN\tNNP\t4\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t2\tflat\n"
         "praised\tpraise\tVERB\tVBD\t0\troot\n"
         "the\tthe\tDET\tDT\t6\tdet\n"
         "police\tpolice\tNOUN\tNN\t4\tobj\n"
         "of\tof\tADP\tIN\t8\tcase\n"
         "Kenya\tKenya\tPROPN\tNNP\t6\tnmod\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "praised(Mara Quell,Kenyan police)\n");
  expect(*state, "The president of the Tarn region, Mara Quell, spoke in Kenya.",
         "The\tthe\tDET\tDT\t2\tdet\n"
         "president\tpresident\tNOUN\tNN\t11\tnsubj\n"
         "of\tof\tADP\tIN\t6\tcase\n"
         "the\tthe\tDET\tDT\t6\tdet\n"
         "Tarn\tTarn\tPROPN\tNNP\t6\tcompound\n"
         "region\tregion\tNOUN\tNN\t2\tnmod\n"
         ",\t,\tPUNCT\t,\t8\tpunct\n"
         "Mara\tMara\tPROPN\tNNP\t2\tappos\n"
         "Quell\tQuell\tPROPN\tNNP\t8\tflat\n"
         ",\t,\tPUNCT\t,\t8\tpunct\n"
         "spoke\tspeak\tVERB\tVBD\t0\troot\n"
         "in\tin\tADP\tIN\t13\tcase\n"
         "Kenya\tKenya\tPROPN\tNNP\t11\tobl\n"
         ".\t.\tPUNCT\t.\t11\tpunct\n",
         "holdsPosition(Mara Quell,Tarn) role=President\n");
}

/* "the capital, X": the name after the comma, whatever word the parser
 * hangs it on, is what the noun describes; the capital of the article's
 * country when none is named. Not a name that opens a clause. */
static void test_name_after_the_comma(void **state) {
  expect_with(*state, "Nigeria's envoy told reporters in the capital, Abuja, on Monday.",
              "Nigeria\tNigeria\tPROPN\tNNP\t3\tnmod:poss\n"
              "'s\t's\tPART\tPOS\t1\tcase\n"
              "envoy\tenvoy\tNOUN\tNN\t4\tnsubj\n"
              "told\ttell\tVERB\tVBD\t0\troot\n"
              "reporters\treporter\tNOUN\tNNS\t4\tiobj\n"
              "in\tin\tADP\tIN\t8\tcase\n"
              "the\tthe\tDET\tDT\t8\tdet\n"
              "capital\tcapital\tNOUN\tNN\t4\tobl\n"
              ",\t,\tPUNCT\t,\t10\tpunct\n"
              "Abuja\tAbuja\tPROPN\tNNP\t4\tconj\n"
              ",\t,\tPUNCT\t,\t13\tpunct\n"
              "on\ton\tADP\tIN\t13\tcase\n"
              "Monday\tMonday\tPROPN\tNNP\t10\tnmod\n"
              ".\t.\tPUNCT\t.\t4\tpunct\n",
              "C........L....", "capitalOf(Abuja,Nigeria)\n");
  expect_with(*state, "Nigeria's envoy left the capital, Abuja hosted the talks.",
              "Nigeria\tNigeria\tPROPN\tNNP\t3\tnmod:poss\n"
              "'s\t's\tPART\tPOS\t1\tcase\n"
              "envoy\tenvoy\tNOUN\tNN\t4\tnsubj\n"
              "left\tleave\tVERB\tVBD\t0\troot\n"
              "the\tthe\tDET\tDT\t6\tdet\n"
              "capital\tcapital\tNOUN\tNN\t4\tobj\n"
              ",\t,\tPUNCT\t,\t9\tpunct\n"
              "Abuja\tAbuja\tPROPN\tNNP\t9\tnsubj\n"
              "hosted\thost\tVERB\tVBD\t4\tparataxis\n"
              "the\tthe\tDET\tDT\t11\tdet\n"
              "talks\ttalk\tNOUN\tNNS\t9\tobj\n"
              ".\t.\tPUNCT\t.\t4\tpunct\n",
              "C......L....", "locatedIn(talks,Abuja)\n");
}

static const char FOUNDER_OF_THE_OPPOSITION[] = "Mara\tMara\tPROPN\tNNP\t5\tnsubj\n"
    "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
    "is\tbe\tAUX\tVBZ\t5\tcop\n"
    "the\tthe\tDET\tDT\t5\tdet\n"
    "founder\tfounder\tNOUN\tNN\t0\troot\n"
    "of\tof\tADP\tIN\t8\tcase\n"
    "the\tthe\tDET\tDT\t8\tdet\n"
    "opposition\topposition\tNOUN\tNN\t5\tnmod\n";

/* A common noun stands for the name it is in apposition to, or whose
 * copula it completes ("X, the Bergen-based firm"; "X is a citizen who
 * lives in Y"); a noun trigger "as" a verb's complement describes the
 * verb's subject ("X began as an offshoot of Y"). */
static void test_nouns_standing_for_names(void **state) {
  expect_with(*state, "Norstad Holdings, the Bergen-based firm, collapsed.",
              "Norstad\tNorstad\tPROPN\tNNP\t2\tcompound\n"
              "Holdings\tHoldings\tPROPN\tNNP\t10\tnsubj\n"
              ",\t,\tPUNCT\t,\t8\tpunct\n"
              "the\tthe\tDET\tDT\t8\tdet\n"
              "Bergen\tBergen\tPROPN\tNNP\t7\tcompound\n"
              "-\t-\tPUNCT\tHYPH\t5\tpunct\n"
              "based\tbase\tVERB\tVBN\t8\tamod\n"
              "firm\tfirm\tNOUN\tNN\t2\tappos\n"
              ",\t,\tPUNCT\t,\t8\tpunct\n"
              "collapsed\tcollapse\tVERB\tVBD\t0\troot\n"
              ".\t.\tPUNCT\t.\t10\tpunct\n",
              "Gg..L......", "basedIn(Norstad Holdings,Bergen)\n");
  /* the participle hung on the first noun of a compound */
  expect_with(*state, "Norstad Holdings, the Bergen-based grid operator, collapsed.",
              "Norstad\tNorstad\tPROPN\tNNP\t2\tcompound\n"
              "Holdings\tHoldings\tPROPN\tNNP\t11\tnsubj\n"
              ",\t,\tPUNCT\t,\t9\tpunct\n"
              "the\tthe\tDET\tDT\t9\tdet\n"
              "Bergen\tBergen\tPROPN\tNNP\t7\tcompound\n"
              "-\t-\tPUNCT\tHYPH\t5\tpunct\n"
              "based\tbase\tVERB\tVBN\t8\tamod\n"
              "grid\tgrid\tNOUN\tNN\t9\tcompound\n"
              "operator\toperator\tNOUN\tNN\t2\tappos\n"
              ",\t,\tPUNCT\t,\t9\tpunct\n"
              "collapsed\tcollapse\tVERB\tVBD\t0\troot\n"
              ".\t.\tPUNCT\t.\t11\tpunct\n",
              "Gg..L.......", "basedIn(Norstad Holdings,Bergen)\n");
  /* "the opposition X Party" with the name hung on the noun, no "of";
   * near miss: a name after a preposition is no name of the noun */
  char tree[1024];
  snprintf(tree, sizeof tree, "%s%s", FOUNDER_OF_THE_OPPOSITION,
           "Vossen\tVossen\tPROPN\tNNP\t10\tcompound\n"
           "Party\tParty\tPROPN\tNNP\t8\tnmod\n.\t.\tPUNCT\t.\t5\tpunct\n");
  expect_with(*state, "Mara Quell is the founder of the opposition Vossen Party.", tree,
              "Pp......Gg.", "founded(Mara Quell,Vossen Party)\n");
  snprintf(tree, sizeof tree, "%s%s", FOUNDER_OF_THE_OPPOSITION,
           "in\tin\tADP\tIN\t11\tcase\n"
           "Vossen\tVossen\tPROPN\tNNP\t11\tcompound\n"
           "Party\tParty\tPROPN\tNNP\t8\tnmod\n.\t.\tPUNCT\t.\t5\tpunct\n");
  expect_with(*state, "Mara Quell is the founder of the opposition in Vossen Party.", tree,
              "Pp.......Gg.", "");
  /* near miss: the firm is no apposition of the name */
  expect_with(*state, "Norstad Holdings sued the Bergen-based firm.",
              "Norstad\tNorstad\tPROPN\tNNP\t2\tcompound\n"
              "Holdings\tHoldings\tPROPN\tNNP\t3\tnsubj\n"
              "sued\tsue\tVERB\tVBD\t0\troot\n"
              "the\tthe\tDET\tDT\t8\tdet\n"
              "Bergen\tBergen\tPROPN\tNNP\t7\tcompound\n"
              "-\t-\tPUNCT\tHYPH\t5\tpunct\n"
              "based\tbase\tVERB\tVBN\t8\tamod\n"
              "firm\tfirm\tNOUN\tNN\t3\tobj\n"
              ".\t.\tPUNCT\t.\t3\tpunct\n",
              "Gg..L....", "");
  expect_with(*state, "Marta Kowal is a citizen who lives in Gdansk.",
         "Marta\tMarta\tPROPN\tNNP\t5\tnsubj\n"
         "Kowal\tKowal\tPROPN\tNNP\t1\tflat\n"
         "is\tbe\tAUX\tVBZ\t5\tcop\n"
         "a\ta\tDET\tDT\t5\tdet\n"
         "citizen\tcitizen\tNOUN\tNN\t0\troot\n"
         "who\twho\tPRON\tWP\t7\tnsubj\n"
         "lives\tlive\tVERB\tVBZ\t5\tacl:relcl\n"
         "in\tin\tADP\tIN\t9\tcase\n"
         "Gdansk\tGdansk\tPROPN\tNNP\t7\tobl\n"
         ".\t.\tPUNCT\t.\t5\tpunct\n",
         "Pp......L.", "residesIn(Marta Kowal,Gdansk)\n");
  expect_with(*state, "The Kidal Brigade began as an offshoot of the Vossen Party.",
              "The\tthe\tDET\tDT\t3\tdet\n"
              "Kidal\tKidal\tPROPN\tNNP\t3\tcompound\n"
              "Brigade\tBrigade\tPROPN\tNNP\t4\tnsubj\n"
              "began\tbegin\tVERB\tVBD\t0\troot\n"
              "as\tas\tADP\tIN\t7\tcase\n"
              "an\ta\tDET\tDT\t7\tdet\n"
              "offshoot\toffshoot\tNOUN\tNN\t4\tobl\n"
              "of\tof\tADP\tIN\t11\tcase\n"
              "the\tthe\tDET\tDT\t11\tdet\n"
              "Vossen\tVossen\tPROPN\tNNP\t11\tcompound\n"
              "Party\tParty\tPROPN\tNNP\t7\tnmod\n"
              ".\t.\tPUNCT\t.\t4\tpunct\n",
              ".Gg......Gg.", "offshootOf(Kidal Brigade,Vossen Party)\n");
  /* near miss: the offshoot is the subject, not "as" anything */
  expect_with(*state, "The offshoot of the Vossen Party began as a protest.",
              "The\tthe\tDET\tDT\t2\tdet\n"
              "offshoot\toffshoot\tNOUN\tNN\t7\tnsubj\n"
              "of\tof\tADP\tIN\t6\tcase\n"
              "the\tthe\tDET\tDT\t6\tdet\n"
              "Vossen\tVossen\tPROPN\tNNP\t6\tcompound\n"
              "Party\tParty\tPROPN\tNNP\t2\tnmod\n"
              "began\tbegin\tVERB\tVBD\t0\troot\n"
              "as\tas\tADP\tIN\t10\tcase\n"
              "a\ta\tDET\tDT\t10\tdet\n"
              "protest\tprotest\tNOUN\tNN\t7\tobl\n"
              ".\t.\tPUNCT\t.\t7\tpunct\n",
              "....Gg.....", "");
}

/* "Y's leader, X": the name after the comma is the leader even with the
 * apposition hung on the comma; not a name that is no apposition. */
static void test_leader_after_the_comma(void **state) {
  expect_with(*state, "The Tarn Front's leader, Pavel Horak, had resigned.",
              "The\tthe\tDET\tDT\t3\tdet\n"
              "Tarn\tTarn\tPROPN\tNNP\t3\tcompound\n"
              "Front\tFront\tPROPN\tNNP\t5\tnmod:poss\n"
              "'s\t's\tPART\tPOS\t3\tcase\n"
              "leader\tleader\tNOUN\tNN\t12\tnsubj\n"
              ",\t,\tPUNCT\t,\t5\tpunct\n"
              "Pavel\tPavel\tPROPN\tNNP\t6\tappos\n"
              "Horak\tHorak\tPROPN\tNNP\t7\tflat\n"
              ",\t,\tPUNCT\t,\t5\tpunct\n"
              "had\thave\tAUX\tVBD\t11\taux\n"
              "resigned\tresign\tVERB\tVBN\t0\troot\n"
              ".\t.\tPUNCT\t.\t11\tpunct\n",
              ".Gg...Pp....", "leaderOf(Pavel Horak,Tarn Front)\n");
  expect_with(*state, "The Tarn Front's leader met Pavel Horak.",
              "The\tthe\tDET\tDT\t3\tdet\n"
              "Tarn\tTarn\tPROPN\tNNP\t3\tcompound\n"
              "Front\tFront\tPROPN\tNNP\t5\tnmod:poss\n"
              "'s\t's\tPART\tPOS\t3\tcase\n"
              "leader\tleader\tNOUN\tNN\t6\tnsubj\n"
              "met\tmeet\tVERB\tVBD\t0\troot\n"
              "Pavel\tPavel\tPROPN\tNNP\t6\tobj\n"
              "Horak\tHorak\tPROPN\tNNP\t7\tflat\n"
              ".\t.\tPUNCT\t.\t6\tpunct\n",
              ".Gg...Pp.", "");
}

/* A person the parser makes the apposition of an organisation after the
 * trigger ("the founder of Y, X") is what the trigger describes, and so
 * is a person's name hung on another person's name; a description hung
 * there is that person's own (the near miss). */
static void test_person_apposition_of_an_organisation(void **state) {
  static const char TREE[] = "The\tthe\tDET\tDT\t2\tdet\n"
                             "%s\t%s\tNOUN\tNN\t10\tnsubj\n"
                             "of\tof\tADP\tIN\t5\tcase\n"
                             "%s\t%s\tPROPN\tNNP\t5\tcompound\n"
                             "%s\t%s\tPROPN\tNNP\t2\tnmod\n"
                             ",\t,\tPUNCT\t,\t7\tpunct\n"
                             "Ada\tAda\tPROPN\tNNP\t5\tappos\n"
                             "Lind\tLind\tPROPN\tNNP\t7\tflat\n"
                             ",\t,\tPUNCT\t,\t7\tpunct\n"
                             "spoke\tspeak\tVERB\tVBD\t0\troot\n"
                             ".\t.\tPUNCT\t.\t10\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, TREE, "founder", "founder", "Norstad", "Norstad", "Holdings",
           "Holdings");
  expect_with(*state, "The founder of Norstad Holdings, Ada Lind, spoke.", tree, "...Gg.Pp...",
              "founded(Ada Lind,Norstad Holdings)\n");
  snprintf(tree, sizeof tree, TREE, "daughter", "daughter", "Tomas", "Tomas", "Brandt",
           "Brandt");
  /* nor is one person's name another's apposition: the noun's */
  expect_with(*state, "The daughter of Tomas Brandt, Ada Lind, spoke.", tree, "...Pp.Pp...",
              "parentOf(Tomas Brandt,Ada Lind)\n");
  /* a description apposed to the person is that person's */
  expect_with(*state, "The daughter of Tomas Brandt, a judge, spoke.",
              "The\tthe\tDET\tDT\t2\tdet\n"
              "daughter\tdaughter\tNOUN\tNN\t10\tnsubj\n"
              "of\tof\tADP\tIN\t5\tcase\n"
              "Tomas\tTomas\tPROPN\tNNP\t5\tcompound\n"
              "Brandt\tBrandt\tPROPN\tNNP\t2\tnmod\n"
              ",\t,\tPUNCT\t,\t8\tpunct\n"
              "a\ta\tDET\tDT\t8\tdet\n"
              "judge\tjudge\tNOUN\tNN\t5\tappos\n"
              ",\t,\tPUNCT\t,\t8\tpunct\n"
              "spoke\tspeak\tVERB\tVBD\t0\troot\n"
              ".\t.\tPUNCT\t.\t10\tpunct\n",
              "...Pp......", "");
}

/* A place set off by a comma right after a place, hung by the parser on
 * the name before that place, is the place's apposition ("the X Museum
 * in Kovalo, Bregania"); before that place it is not (the near miss). */
static void test_place_apposition_hung_on_the_neighbour(void **state) {
  expect_with(*state, "Rebels reached the Vossen Museum in Kovalo, Bregania.",
              "Rebels\trebel\tNOUN\tNNS\t2\tnsubj\n"
              "reached\treach\tVERB\tVBD\t0\troot\n"
              "the\tthe\tDET\tDT\t5\tdet\n"
              "Vossen\tVossen\tPROPN\tNNP\t5\tcompound\n"
              "Museum\tMuseum\tPROPN\tNNP\t2\tobj\n"
              "in\tin\tADP\tIN\t7\tcase\n"
              "Kovalo\tKovalo\tPROPN\tNNP\t5\tnmod\n"
              ",\t,\tPUNCT\t,\t9\tpunct\n"
              "Bregania\tBregania\tPROPN\tNNP\t5\tappos\n"
              ".\t.\tPUNCT\t.\t2\tpunct\n",
              "...Gg.L.L.", "basedIn(Vossen Museum,Kovalo)\nlocatedIn(Kovalo,Bregania)\n");
  expect_with(*state, "Rebels reached the Vossen Museum, Bregania, in Kovalo.",
              "Rebels\trebel\tNOUN\tNNS\t2\tnsubj\n"
              "reached\treach\tVERB\tVBD\t0\troot\n"
              "the\tthe\tDET\tDT\t5\tdet\n"
              "Vossen\tVossen\tPROPN\tNNP\t5\tcompound\n"
              "Museum\tMuseum\tPROPN\tNNP\t2\tobj\n"
              ",\t,\tPUNCT\t,\t7\tpunct\n"
              "Bregania\tBregania\tPROPN\tNNP\t5\tappos\n"
              ",\t,\tPUNCT\t,\t7\tpunct\n"
              "in\tin\tADP\tIN\t10\tcase\n"
              "Kovalo\tKovalo\tPROPN\tNNP\t5\tnmod\n"
              ".\t.\tPUNCT\t.\t2\tpunct\n",
              "...Gg.L..L.", "basedIn(Vossen Museum,Kovalo)\n");
  /* hung on the person as a list item ("X of Kovalo, Bregania, won") */
  expect_with(*state, "Ada Lind of Kovalo, Bregania, won.",
              "Ada\tAda\tPROPN\tNNP\t8\tnsubj\n"
              "Lind\tLind\tPROPN\tNNP\t1\tflat\n"
              "of\tof\tADP\tIN\t4\tcase\n"
              "Kovalo\tKovalo\tPROPN\tNNP\t2\tnmod\n"
              ",\t,\tPUNCT\t,\t6\tpunct\n"
              "Bregania\tBregania\tPROPN\tNNP\t1\tlist\n"
              ",\t,\tPUNCT\t,\t8\tpunct\n"
              "won\twin\tVERB\tVBD\t0\troot\n"
              ".\t.\tPUNCT\t.\t8\tpunct\n",
              "Pp.L.L...", "residesIn(Ada Lind,Kovalo)\nlocatedIn(Kovalo,Bregania)\n");
  /* a person there is another item of the list */
  expect_with(*state, "Ada Lind of Kovalo, Ivo Berg, won.",
              "Ada\tAda\tPROPN\tNNP\t9\tnsubj\n"
              "Lind\tLind\tPROPN\tNNP\t1\tflat\n"
              "of\tof\tADP\tIN\t4\tcase\n"
              "Kovalo\tKovalo\tPROPN\tNNP\t2\tnmod\n"
              ",\t,\tPUNCT\t,\t6\tpunct\n"
              "Ivo\tIvo\tPROPN\tNNP\t1\tlist\n"
              "Berg\tBerg\tPROPN\tNNP\t6\tflat\n"
              ",\t,\tPUNCT\t,\t9\tpunct\n"
              "won\twin\tVERB\tVBD\t0\troot\n"
              ".\t.\tPUNCT\t.\t9\tpunct\n",
              "Pp.L.Pp...", "residesIn(Ada Lind,Kovalo)\n");
}

/* The apposition right after a trigger noun's phrase that the parser
 * hangs on a word above the noun is what the noun describes; one before
 * the noun is not (the near miss). */
static void test_apposition_hung_above_the_noun(void **state) {
  expect_with(*state, "Rebels built a camp near Bregania's capital, Kovalo.",
              "Rebels\trebel\tNOUN\tNNS\t2\tnsubj\n"
              "built\tbuild\tVERB\tVBD\t0\troot\n"
              "a\ta\tDET\tDT\t4\tdet\n"
              "camp\tcamp\tNOUN\tNN\t2\tobj\n"
              "near\tnear\tADP\tIN\t8\tcase\n"
              "Bregania\tBregania\tPROPN\tNNP\t8\tnmod:poss\n"
              "'s\t's\tPART\tPOS\t6\tcase\n"
              "capital\tcapital\tNOUN\tNN\t4\tnmod\n"
              ",\t,\tPUNCT\t,\t10\tpunct\n"
              "Kovalo\tKovalo\tPROPN\tNNP\t4\tappos\n"
              ".\t.\tPUNCT\t.\t2\tpunct\n",
              ".....C...L.", "capitalOf(Kovalo,Bregania)\n");
  expect_with(*state, "Rebels built a camp, Kovalo, near Bregania's capital.",
              "Rebels\trebel\tNOUN\tNNS\t2\tnsubj\n"
              "built\tbuild\tVERB\tVBD\t0\troot\n"
              "a\ta\tDET\tDT\t4\tdet\n"
              "camp\tcamp\tNOUN\tNN\t2\tobj\n"
              ",\t,\tPUNCT\t,\t6\tpunct\n"
              "Kovalo\tKovalo\tPROPN\tNNP\t4\tappos\n"
              ",\t,\tPUNCT\t,\t6\tpunct\n"
              "near\tnear\tADP\tIN\t11\tcase\n"
              "Bregania\tBregania\tPROPN\tNNP\t11\tnmod:poss\n"
              "'s\t's\tPART\tPOS\t9\tcase\n"
              "capital\tcapital\tNOUN\tNN\t4\tnmod\n"
              ".\t.\tPUNCT\t.\t2\tpunct\n",
              ".....L..C...", "");
}

/* "professor of history at Y" with "at Y" hung on "history": the "at"
 * phrase of a common "of" noun is the trigger's; a preposition the
 * trigger does not read there is not (the near miss). */
static void test_at_phrase_under_the_of_noun(void **state) {
  static const char TREE[] = "Ada\tAda\tPROPN\tNNP\t10\tnsubj\n"
                             "Lind\tLind\tPROPN\tNNP\t1\tflat\n"
                             ",\t,\tPUNCT\t,\t4\tpunct\n"
                             "professor\tprofessor\tNOUN\tNN\t1\tappos\n"
                             "of\tof\tADP\tIN\t6\tcase\n"
                             "history\thistory\tNOUN\tNN\t4\tnmod\n"
                             "%s\t%s\tADP\tIN\t9\tcase\n"
                             "Norstad\tNorstad\tPROPN\tNNP\t9\tcompound\n"
                             "University\tUniversity\tPROPN\tNNP\t6\tnmod\n"
                             "spoke\tspeak\tVERB\tVBD\t0\troot\n"
                             ".\t.\tPUNCT\t.\t10\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, TREE, "at", "at");
  expect_with(*state, "Ada Lind, professor of history at Norstad University spoke.", tree,
              "Pp.....Gg..", "worksFor(Ada Lind,Norstad University)\n");
  snprintf(tree, sizeof tree, TREE, "against", "against");
  expect_with(*state, "Ada Lind, professor of history against Norstad University spoke.", tree,
              "Pp.....Gg..", "");
}

/* A title coordinated with another describes what that one describes
 * ("X, curator and director at Y"); coordinated titles that describe
 * nobody give no fact (the near miss). */
static void test_coordinated_titles(void **state) {
  expect_with(*state, "Ada Lind, curator and director at Norstad University, spoke.",
              "Ada\tAda\tPROPN\tNNP\t12\tnsubj\n"
              "Lind\tLind\tPROPN\tNNP\t1\tflat\n"
              ",\t,\tPUNCT\t,\t4\tpunct\n"
              "curator\tcurator\tNOUN\tNN\t1\tappos\n"
              "and\tand\tCCONJ\tCC\t6\tcc\n"
              "director\tdirector\tNOUN\tNN\t4\tconj\n"
              "at\tat\tADP\tIN\t9\tcase\n"
              "Norstad\tNorstad\tPROPN\tNNP\t9\tcompound\n"
              "University\tUniversity\tPROPN\tNNP\t6\tnmod\n"
              ",\t,\tPUNCT\t,\t4\tpunct\n"
              "spoke\tspeak\tVERB\tVBD\t0\troot\n"
              ".\t.\tPUNCT\t.\t12\tpunct\n",
              "Pp.....Gg...", "worksFor(Ada Lind,Norstad University)\n");
  expect_with(*state, "The curator and director at Norstad University spoke.",
              "The\tthe\tDET\tDT\t2\tdet\n"
              "curator\tcurator\tNOUN\tNN\t8\tnsubj\n"
              "and\tand\tCCONJ\tCC\t4\tcc\n"
              "director\tdirector\tNOUN\tNN\t2\tconj\n"
              "at\tat\tADP\tIN\t7\tcase\n"
              "Norstad\tNorstad\tPROPN\tNNP\t7\tcompound\n"
              "University\tUniversity\tPROPN\tNNP\t4\tnmod\n"
              "spoke\tspeak\tVERB\tVBD\t0\troot\n"
              ".\t.\tPUNCT\t.\t8\tpunct\n",
              ".....Gg..", "");
}

/* A common noun in apposition to a name stands for that name as an
 * argument ("X, the Bergen-based shipping firm"), a title only for a
 * person ("X, a citizen who lives in Y"); in apposition to a common
 * noun, or a title to an organisation, it stands for nothing (the near
 * misses). */
static void test_noun_in_apposition_to_a_name(void **state) {
  static const char TREE[] = "%s\t%s\t%s\tNNP\t3\tcompound\n"
                             "%s\t%s\t%s\tNNP\t11\tnsubj\n"
                             ",\t,\tPUNCT\t,\t9\tpunct\n"
                             "the\tthe\tDET\tDT\t9\tdet\n"
                             "Bergen\tBergen\tPROPN\tNNP\t7\tcompound\n"
                             "-\t-\tPUNCT\tHYPH\t5\tpunct\n"
                             "based\tbase\tVERB\tVBN\t9\tamod\n"
                             "shipping\tshipping\tNOUN\tNN\t9\tcompound\n"
                             "firm\tfirm\tNOUN\tNN\t2\tappos\n"
                             ",\t,\tPUNCT\t,\t9\tpunct\n"
                             "cut\tcut\tVERB\tVBD\t0\troot\n"
                             "jobs\tjob\tNOUN\tNNS\t11\tobj\n"
                             ".\t.\tPUNCT\t.\t11\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, TREE, "Norstad", "Norstad", "PROPN", "Holdings", "Holdings",
           "PROPN");
  expect_with(*state, "Norstad Holdings, the Bergen-based shipping firm, cut jobs.", tree,
              "Gg..L........", "basedIn(Norstad Holdings,Bergen)\n");
  snprintf(tree, sizeof tree, TREE, "Its", "its", "PRON", "owner", "owner", "NOUN");
  expect_with(*state, "Its owner, the Bergen-based shipping firm, cut jobs.", tree,
              "....L........", "");
  /* a title stands only for a person's name */
  static const char TITLED[] = "%s\t%s\tPROPN\tNNP\t2\tcompound\n"
                               "%s\t%s\tPROPN\tNNP\t11\tnsubj\n"
                               ",\t,\tPUNCT\t,\t5\tpunct\n"
                               "a\ta\tDET\tDT\t5\tdet\n"
                               "citizen\tcitizen\tNOUN\tNN\t2\tappos\n"
                               "who\twho\tPRON\tWP\t7\tnsubj\n"
                               "lives\tlive\tVERB\tVBZ\t5\tacl:relcl\n"
                               "in\tin\tADP\tIN\t9\tcase\n"
                               "Kovalo\tKovalo\tPROPN\tNNP\t7\tobl\n"
                               ",\t,\tPUNCT\t,\t5\tpunct\n"
                               "spoke\tspeak\tVERB\tVBD\t0\troot\n"
                               ".\t.\tPUNCT\t.\t11\tpunct\n";
  snprintf(tree, sizeof tree, TITLED, "Ada", "Ada", "Lind", "Lind");
  expect_with(*state, "Ada Lind, a citizen who lives in Kovalo, spoke.", tree, "Pp......L...",
              "residesIn(Ada Lind,Kovalo)\n");
  /* a gazetteer organisation keeps its class beside a title */
  expect(*state, "Reuters, a citizen who visited Nairobi, spoke.",
         "Reuters\tReuters\tPROPN\tNNP\t9\tnsubj\n"
         ",\t,\tPUNCT\t,\t4\tpunct\n"
         "a\ta\tDET\tDT\t4\tdet\n"
         "citizen\tcitizen\tNOUN\tNN\t1\tappos\n"
         "who\twho\tPRON\tWP\t6\tnsubj\n"
         "visited\tvisit\tVERB\tVBD\t4\tacl:relcl\n"
         "Nairobi\tNairobi\tPROPN\tNNP\t6\tobj\n"
         ",\t,\tPUNCT\t,\t4\tpunct\n"
         "spoke\tspeak\tVERB\tVBD\t0\troot\n"
         ".\t.\tPUNCT\t.\t9\tpunct\n",
         "");
}

/* "the town where X lives": the noun a "where" clause modifies is where
 * its verb happens; a "when" clause's noun is not (the near miss). */
static void test_where_relative_clause(void **state) {
  expect_with(*state, "Kovalo, the town where Ada Lind lives, flooded.",
              "Kovalo\tKovalo\tPROPN\tNNP\t10\tnsubj\n"
              ",\t,\tPUNCT\t,\t4\tpunct\n"
              "the\tthe\tDET\tDT\t4\tdet\n"
              "town\ttown\tNOUN\tNN\t1\tappos\n"
              "where\twhere\tADV\tWRB\t8\tadvmod\n"
              "Ada\tAda\tPROPN\tNNP\t8\tnsubj\n"
              "Lind\tLind\tPROPN\tNNP\t6\tflat\n"
              "lives\tlive\tVERB\tVBZ\t4\tacl:relcl\n"
              ",\t,\tPUNCT\t,\t4\tpunct\n"
              "flooded\tflood\tVERB\tVBD\t0\troot\n"
              ".\t.\tPUNCT\t.\t10\tpunct\n",
              "L....Pp....", "residesIn(Ada Lind,Kovalo)\n");
  expect_with(*state, "Kovalo flooded in the year when Ada Lind lived.",
              "Kovalo\tKovalo\tPROPN\tNNP\t2\tnsubj\n"
              "flooded\tflood\tVERB\tVBD\t0\troot\n"
              "in\tin\tADP\tIN\t5\tcase\n"
              "the\tthe\tDET\tDT\t5\tdet\n"
              "year\tyear\tNOUN\tNN\t2\tobl\n"
              "when\twhen\tADV\tWRB\t9\tadvmod\n"
              "Ada\tAda\tPROPN\tNNP\t9\tnsubj\n"
              "Lind\tLind\tPROPN\tNNP\t7\tflat\n"
              "lived\tlive\tVERB\tVBD\t5\tacl:relcl\n"
              ".\t.\tPUNCT\t.\t2\tpunct\n",
              "L.....Pp..", "");
}

/* "with 40 people arrested": the participle's subject is what it was
 * done to, the clause's subject the doer; a participle with its own
 * auxiliary is no such phrase. Of two subjects the parser gave, the one
 * that names an entity. */
static void test_absolute_with_and_two_subjects(void **state) {
  static const char TREE[] = "Kenya\tKenya\tPROPN\tNNP\t2\tnsubj\n"
                             "raided\traid\tVERB\tVBD\t0\troot\n"
                             "Mombasa\tMombasa\tPROPN\tNNP\t2\tobj\n"
                             ",\t,\tPUNCT\t,\t8\tpunct\n"
                             "%s\t%s\t%s\tIN\t8\tmark\n"
                             "40\t40\tNUM\tCD\t7\tnummod\n"
                             "people\tpeople\tNOUN\tNNS\t8\tnsubj\n"
                             "arrested\tarrest\tVERB\tVBN\t2\tadvcl\n"
                             ".\t.\tPUNCT\t.\t2\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, TREE, "with", "with", "ADP");
  expect(*state, "Kenya raided Mombasa, with 40 people arrested.", tree,
         "arrested(Kenya,40 people)\n");
  snprintf(tree, sizeof tree, TREE, "after", "after", "SCONJ");
  expect(*state, "Kenya raided Mombasa, after 40 people arrested.", tree, "");
  expect(*state, "A group calling itself the Vossen Party claimed responsibility for the raid.",
         "A\ta\tDET\tDT\t2\tdet\n"
         "group\tgroup\tNOUN\tNN\t8\tnsubj\n"
         "calling\tcall\tVERB\tVBG\t2\tacl\n"
         "itself\titself\tPRON\tPRP\t3\tobj\n"
         "the\tthe\tDET\tDT\t7\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t7\tcompound\n"
         "Party\tParty\tPROPN\tNNP\t8\tnsubj\n"
         "claimed\tclaim\tVERB\tVBD\t0\troot\n"
         "responsibility\tresponsibility\tNOUN\tNN\t8\tobj\n"
         "for\tfor\tADP\tIN\t12\tcase\n"
         "the\tthe\tDET\tDT\t12\tdet\n"
         "raid\traid\tNOUN\tNN\t9\tnmod\n"
         ".\t.\tPUNCT\t.\t8\tpunct\n",
         "claimedResponsibilityFor(Vossen Party,raid)\n");
  expect(*state, "Prime Minister Mara Quell was arrested by Kenya.",
         "Prime\tPrime\tADJ\tJJ\t6\tnsubj:pass\n"
         "Minister\tMinister\tPROPN\tNNP\t6\tnsubj:pass\n"
         "Mara\tMara\tPROPN\tNNP\t2\tflat\n"
         "Quell\tQuell\tPROPN\tNNP\t2\tflat\n"
         "was\tbe\tAUX\tVBD\t6\taux:pass\n"
         "arrested\tarrest\tVERB\tVBN\t0\troot\n"
         "by\tby\tADP\tIN\t8\tcase\n"
         "Kenya\tKenya\tPROPN\tNNP\t6\tobl:agent\n"
         ".\t.\tPUNCT\t.\t6\tpunct\n",
         /* a country only the title's sentence names is not the office's */
         "arrested(Kenya,Mara Quell)\n");
}

/* leader: the one who led the operation that did it ("an offensive led
 * by X ousted Y"); an operation nobody is said to lead gives nothing. */
static void test_operation_leader(void **state) {
  static const char TREE[] = "An\ta\tDET\tDT\t2\tdet\n"
                             "offensive\toffensive\tNOUN\tNN\t7\tnsubj\n"
                             "%s\t%s\tVERB\tVBN\t2\tacl\n"
                             "by\tby\tADP\tIN\t5\tcase\n"
                             "Kenya\tKenya\tPROPN\tNNP\t3\tobl:agent\n"
                             "swiftly\tswiftly\tADV\tRB\t7\tadvmod\n"
                             "ousted\toust\tVERB\tVBD\t0\troot\n"
                             "Mara\tMara\tPROPN\tNNP\t7\tobj\n"
                             "Quell\tQuell\tPROPN\tNNP\t8\tflat\n"
                             ".\t.\tPUNCT\t.\t7\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, TREE, "led", "lead");
  expect(*state, "An offensive led by Kenya swiftly ousted Mara Quell.", tree,
         "toppled(Kenya,Mara Quell)\n");
  snprintf(tree, sizeof tree, TREE, "seen", "see");
  expect(*state, "An offensive seen by Kenya swiftly ousted Mara Quell.", tree, "");
}

/* "X joined a coalition led by Y to combat Z": the member takes on what
 * the group was formed for; a verb that makes X no member does not. */
static void test_group_joiner(void **state) {
  static const char TREE[] = "Chad\tChad\tPROPN\tNNP\t2\tnsubj\n"
                             "%s\t%s\tVERB\tVBD\t0\troot\n"
                             "a\ta\tDET\tDT\t4\tdet\n"
                             "coalition\tcoalition\tNOUN\tNN\t2\tobj\n"
                             "led\tlead\tVERB\tVBN\t4\tacl\n"
                             "by\tby\tADP\tIN\t7\tcase\n"
                             "Mali\tMali\tPROPN\tNNP\t5\tobl:agent\n"
                             "to\tto\tPART\tTO\t9\tmark\n"
                             "combat\tcombat\tVERB\tVB\t5\tadvcl\n"
                             "the\tthe\tDET\tDT\t12\tdet\n"
                             "Kidal\tKidal\tPROPN\tNNP\t12\tcompound\n"
                             "Front\tFront\tPROPN\tNNP\t9\tobj\n"
                             ".\t.\tPUNCT\t.\t2\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, TREE, "joined", "join");
  expect(*state, "Chad joined a coalition led by Mali to combat the Kidal Front.", tree,
         "joined(Chad,coalition)\nleaderOf(Mali,coalition)\n"
         "fights(coalition,Kidal Front)\nfights(Chad,Kidal Front)\n");
  snprintf(tree, sizeof tree, TREE, "praised", "praise");
  expect(*state, "Chad praised a coalition led by Mali to combat the Kidal Front.", tree,
         "praised(Chad,coalition)\nleaderOf(Mali,coalition)\n"
         "fights(coalition,Kidal Front)\n");
}

/* A noun of a name's own people stands for the name ("by NATO forces");
 * a demonym's does not ("by Kenyan forces"). */
static void test_acting_name(void **state) {
  static const char TREE[] = "Mara\tMara\tPROPN\tNNP\t4\tnsubj:pass\n"
                             "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
                             "was\tbe\tAUX\tVBD\t4\taux:pass\n"
                             "jailed\tjail\tVERB\tVBN\t0\troot\n"
                             "by\tby\tADP\tIN\t7\tcase\n"
                             "%s\t%s\t%s\t%s\t7\t%s\n"
                             "forces\tforce\tNOUN\tNNS\t4\tobl:agent\n"
                             ".\t.\tPUNCT\t.\t4\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, TREE, "NATO", "NATO", "PROPN", "NNP", "compound");
  expect(*state, "Mara Quell was jailed by NATO forces.", tree,
         "imprisoned(North Atlantic Treaty Organization,Mara Quell)\n");
  snprintf(tree, sizeof tree, TREE, "Kenyan", "Kenyan", "ADJ", "JJ", "amod");
  expect(*state, "Mara Quell was jailed by Kenyan forces.", tree, "");
}

/* govobj and govposs: the arguments of the word the trigger hangs on ("X
 * was taken off Y's terror list", "a plot by Y to kill X"); a plot that
 * is nobody's gives nothing. */
static void test_governor_arguments(void **state) {
  expect(*state, "Mara Quell was taken off Kenya's terror list.",
         "Mara\tMara\tPROPN\tNNP\t4\tnsubj:pass\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         "was\tbe\tAUX\tVBD\t4\taux:pass\n"
         "taken\ttake\tVERB\tVBN\t0\troot\n"
         "off\toff\tADP\tIN\t9\tcase\n"
         "Kenya\tKenya\tPROPN\tNNP\t9\tnmod:poss\n"
         "'s\t's\tPART\tPOS\t6\tcase\n"
         "terror\tterror\tNOUN\tNN\t9\tcompound\n"
         "list\tlist\tNOUN\tNN\t4\tobl\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "removedFromTerrorList(Kenya,Mara Quell)\n");
  static const char PLOT[] = "A\ta\tDET\tDT\t2\tdet\n"
                             "plot\tplot\tNOUN\tNN\t9\tnsubj\n"
                             "%s\t%s\t%s\t%s\t%d\t%s\n"
                             "%s\t%s\t%s\t%s\t%d\t%s\n"
                             "to\tto\tPART\tTO\t6\tmark\n"
                             "kill\tkill\tVERB\tVB\t2\tacl\n"
                             "Mara\tMara\tPROPN\tNNP\t6\tobj\n"
                             "Quell\tQuell\tPROPN\tNNP\t7\tflat\n"
                             "failed\tfail\tVERB\tVBD\t0\troot\n"
                             ".\t.\tPUNCT\t.\t9\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, PLOT, "by", "by", "ADP", "IN", 4, "case", "Kenya", "Kenya",
           "PROPN", "NNP", 2, "nmod");
  expect(*state, "A plot by Kenya to kill Mara Quell failed.", tree,
         "targeted(Kenya,Mara Quell)\n");
  snprintf(tree, sizeof tree, PLOT, "in", "in", "ADP", "IN", 4, "case", "Kenya", "Kenya",
           "PROPN", "NNP", 2, "nmod");
  expect(*state, "A plot in Kenya to kill Mara Quell failed.", tree, "");
}

/* event: a meeting takes the date and the source of the clause it is an
 * argument of, also with "according to" hung on the verb's object, and
 * a source naming no entity gives its words; a noun without the option
 * ("leader") takes neither. */
static void test_event_noun_clause(void **state) {
  static const char TREE[] = "In\tin\tADP\tIN\t2\tcase\n"
                             "2019\t2019\tNUM\tCD\t11\tobl\n"
                             ",\t,\tPUNCT\t,\t2\tpunct\n"
                             "a\ta\tDET\tDT\t5\tdet\n"
                             "meeting\tmeeting\tNOUN\tNN\t11\tnsubj\n"
                             "between\tbetween\tADP\tIN\t7\tcase\n"
                             "Mara\tMara\tPROPN\tNNP\t5\tnmod\n"
                             "Quell\tQuell\tPROPN\tNNP\t7\tflat\n"
                             "and\tand\tCCONJ\tCC\t10\tcc\n"
                             "Kenya\tKenya\tPROPN\tNNP\t7\tconj\n"
                             "ran\trun\tVERB\tVBD\t0\troot\n"
                             "late\tlate\tNOUN\tNN\t11\tobj\n"
                             ",\t,\tPUNCT\t,\t14\tpunct\n"
                             "according\taccord\tVERB\tVBG\t16\tcase\n"
                             "to\tto\tADP\tIN\t14\tfixed\n"
                             "officials\tofficial\tNOUN\tNNS\t12\tnmod\n"
                             ".\t.\tPUNCT\t.\t11\tpunct\n";
  expect(*state, "In 2019, a meeting between Mara Quell and Kenya ran late, according to officials.",
         TREE, "metWith(Mara Quell,Kenya) by=officials time=2019\n");
  expect(*state, "On Monday, the leader of the Vossen Party ran late, according to officials.",
         "On\ton\tADP\tIN\t2\tcase\n"
         "Monday\tMonday\tPROPN\tNNP\t10\tobl\n"
         ",\t,\tPUNCT\t,\t2\tpunct\n"
         "the\tthe\tDET\tDT\t5\tdet\n"
         "leader\tleader\tNOUN\tNN\t10\tnsubj\n"
         "of\tof\tADP\tIN\t9\tcase\n"
         "the\tthe\tDET\tDT\t9\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t9\tcompound\n"
         "Party\tParty\tPROPN\tNNP\t5\tnmod\n"
         "ran\trun\tVERB\tVBD\t0\troot\n"
         "late\tlate\tNOUN\tNN\t10\tobj\n"
         ",\t,\tPUNCT\t,\t13\tpunct\n"
         "according\taccord\tVERB\tVBG\t15\tcase\n"
         "to\tto\tADP\tIN\t13\tfixed\n"
         "officials\tofficial\tNOUN\tNNS\t11\tnmod\n"
         ".\t.\tPUNCT\t.\t10\tpunct\n",
         "");
}

/* "according to the ministry" on the verb: the source is the ministry,
 * without the phrase's "according to" or its article. */
static void test_according_to_source(void **state) {
  expect(*state, "Kenya joined the African Union, according to the ministry.",
         "Kenya\tKenya\tPROPN\tNNP\t2\tnsubj\n"
         "joined\tjoin\tVERB\tVBD\t0\troot\n"
         "the\tthe\tDET\tDT\t5\tdet\n"
         "African\tAfrican\tPROPN\tNNP\t5\tamod\n"
         "Union\tUnion\tPROPN\tNNP\t2\tobj\n"
         ",\t,\tPUNCT\t,\t10\tpunct\n"
         "according\taccord\tVERB\tVBG\t10\tcase\n"
         "to\tto\tADP\tIN\t7\tfixed\n"
         "the\tthe\tDET\tDT\t10\tdet\n"
         "ministry\tministry\tNOUN\tNN\t2\tobl\n"
         ".\t.\tPUNCT\t.\t2\tpunct\n",
         "joined(Kenya,African Union) by=ministry\n");
}

/* "told the council that Kenya had attacked Somalia" with "that" read as a
 * relative pronoun (the object of "attacked"): the verb's own object is
 * the one attacked, never the council. */
static void test_relative_object_beside_own_object(void **state) {
  expect(*state, "Mara Quell told the council that Kenya attacked Somalia.",
         "Mara\tMara\tPROPN\tNNP\t3\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         "told\ttell\tVERB\tVBD\t0\troot\n"
         "the\tthe\tDET\tDT\t5\tdet\n"
         "council\tcouncil\tNOUN\tNN\t3\tiobj\n"
         "that\tthat\tPRON\tWDT\t8\tobj\n"
         "Kenya\tKenya\tPROPN\tNNP\t8\tnsubj\n"
         "attacked\tattack\tVERB\tVBD\t5\tacl:relcl\n"
         "Somalia\tSomalia\tPROPN\tNNP\t8\tobj\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "attacked(Kenya,Somalia)\n");
}

/* A verb the lemmatizer got wrong ("blamed" as "blam") triggers by its
 * form; a noun with the same wrong lemma does not. */
static void test_trigger_by_form(void **state) {
  expect(*state, "Kenya blamed the Vossen Party.",
         "Kenya\tKenya\tPROPN\tNNP\t2\tnsubj\n"
         "blamed\tblam\tVERB\tVBD\t0\troot\n"
         "the\tthe\tDET\tDT\t5\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t5\tcompound\n"
         "Party\tParty\tPROPN\tNNP\t2\tobj\n"
         ".\t.\tPUNCT\t.\t2\tpunct\n",
         "blamed(Kenya,Vossen Party)\n");
  expect(*state, "Kenya blamed the Vossen Party.",
         "Kenya\tKenya\tPROPN\tNNP\t2\tnsubj\n"
         "blamed\tblam\tNOUN\tNN\t0\troot\n"
         "the\tthe\tDET\tDT\t5\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t5\tcompound\n"
         "Party\tParty\tPROPN\tNNP\t2\tobj\n"
         ".\t.\tPUNCT\t.\t2\tpunct\n",
         "");
}

/* literal: an object that names no entity is the value as written, cut
 * at a comma, without its determiner; a pronoun is no value. */
static void test_literal_objects(void **state) {
  expect(*state, "Kenya detained 40 people, a record.",
         "Kenya\tKenya\tPROPN\tNNP\t2\tnsubj\n"
         "detained\tdetain\tVERB\tVBD\t0\troot\n"
         "40\t40\tNUM\tCD\t4\tnummod\n"
         "people\tpeople\tNOUN\tNNS\t2\tobj\n"
         ",\t,\tPUNCT\t,\t7\tpunct\n"
         "a\ta\tDET\tDT\t7\tdet\n"
         "record\trecord\tNOUN\tNN\t4\tnmod:unmarked\n"
         ".\t.\tPUNCT\t.\t2\tpunct\n",
         "arrested(Kenya,40 people)\n");
  expect(*state, "Kenya detained them.",
         "Kenya\tKenya\tPROPN\tNNP\t2\tnsubj\n"
         "detained\tdetain\tVERB\tVBD\t0\troot\n"
         "them\tthey\tPRON\tPRP\t2\tobj\n"
         ".\t.\tPUNCT\t.\t2\tpunct\n",
         "");
}

/* gov=: "responsibility" counts only as what is claimed, and its "for"
 * phrase may hang on the verb; the verb's negation carries over. */
static void test_governed_noun(void **state) {
  static const char TREE[] = "Mara\tMara\tPROPN\tNNP\t3\tnsubj\n"
                             "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
                             "%s\t%s\tVERB\tVBD\t0\troot\n"
                             "responsibility\tresponsibility\tNOUN\tNN\t3\tobj\n"
                             "for\tfor\tADP\tIN\t7\tcase\n"
                             "the\tthe\tDET\tDT\t7\tdet\n"
                             "raid\traid\tNOUN\tNN\t3\tobl\n"
                             ".\t.\tPUNCT\t.\t3\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, TREE, "claimed", "claim");
  expect(*state, "Mara Quell claimed responsibility for the raid.", tree,
         "claimedResponsibilityFor(Mara Quell,raid)\n");
  snprintf(tree, sizeof tree, TREE, "denied", "deny");
  expect(*state, "Mara Quell denied responsibility for the raid.", tree, "");
}

/* An infinitive after a verb's object, hung by the parser on the verb:
 * a gov= row's governor is that object ("foiled two plots to kill X"),
 * not when the object is no such noun ("forced two guards to kill X"). */
static void test_infinitive_on_the_object_verb(void **state) {
  static const char TREE[] = "Kenya\tKenya\tPROPN\tNNP\t2\tnsubj\n"
                             "foiled\tfoil\tVERB\tVBD\t0\troot\n"
                             "two\ttwo\tNUM\tCD\t6\tnummod\n"
                             "Vossen\tVossen\tPROPN\tNNP\t5\tcompound\n"
                             "Front\tFront\tPROPN\tNNP\t6\tcompound\n"
                             "%s\t%s\tNOUN\tNNS\t2\tobj\n"
                             "to\tto\tPART\tTO\t8\tmark\n"
                             "kill\tkill\tVERB\tVB\t2\txcomp\n"
                             "Mara\tMara\tPROPN\tNNP\t8\tobj\n"
                             "Quell\tQuell\tPROPN\tNNP\t9\tflat\n"
                             ".\t.\tPUNCT\t.\t2\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, TREE, "plots", "plot");
  char *got = facts_of(*state, "Kenya foiled two Vossen Front plots to kill Mara Quell.", tree);
  if (!strstr(got, "targeted(Vossen Front,Mara Quell)"))
    fail_msg("got:\n%s", got);
  free(got);
  snprintf(tree, sizeof tree, TREE, "guards", "guard");
  got = facts_of(*state, "Kenya foiled two Vossen Front guards to kill Mara Quell.", tree);
  assert_null(strstr(got, "targeted("));
  free(got);
}

/* "until" read as a preposition: the noun phrase after it that ends right
 * before the verb is the verb's subject, not the noun it hangs on. */
static void test_clause_read_as_phrase(void **state) {
  static const char TREE[] = "Kenya\tKenya\tPROPN\tNNP\t2\tnsubj\n"
                             "held\thold\tVERB\tVBD\t0\troot\n"
                             "the\tthe\tDET\tDT\t4\tdet\n"
                             "towns\ttown\tNOUN\tNNS\t13\tnsubj\n"
                             "%s\t%s\tADP\tIN\t7\tcase\n"
                             "an\ta\tDET\tDT\t7\tdet\n"
                             "offensive\toffensive\tNOUN\tNN\t4\tnmod\n"
                             "led\tlead\tVERB\tVBN\t7\tacl\n"
                             "by\tby\tADP\tIN\t10\tcase\n"
                             "the\tthe\tDET\tDT\t12\tdet\n"
                             "Vossen\tVossen\tPROPN\tNNP\t12\tcompound\n"
                             "Front\tFront\tPROPN\tNNP\t8\tobl:agent\n"
                             "toppled\ttopple\tVERB\tVBD\t2\tconj\n"
                             "Mara\tMara\tPROPN\tNNP\t13\tobj\n"
                             "Quell\tQuell\tPROPN\tNNP\t14\tflat\n"
                             ".\t.\tPUNCT\t.\t2\tpunct\n";
  char tree[1536];
  snprintf(tree, sizeof tree, TREE, "until", "until");
  char *got = facts_of(*state,
                       "Kenya held the towns until an offensive led by the Vossen Front "
                       "toppled Mara Quell.",
                       tree);
  assert_non_null(strstr(got, "toppled(Vossen Front,Mara Quell)"));
  free(got);
  snprintf(tree, sizeof tree, TREE, "near", "near");
  got = facts_of(*state,
                 "Kenya held the towns near an offensive led by the Vossen Front "
                 "toppled Mara Quell.",
                 tree);
  assert_null(strstr(got, "toppled(Vossen Front"));
  free(got);
}

/* needs=: removed from a list of terrorists, not from the talks. */
static void test_needed_word(void **state) {
  static const char TREE[] = "Kenya\tKenya\tPROPN\tNNP\t2\tnsubj\n"
                             "removed\tremove\tVERB\tVBD\t0\troot\n"
                             "the\tthe\tDET\tDT\t5\tdet\n"
                             "Vossen\tVossen\tPROPN\tNNP\t5\tcompound\n"
                             "Party\tParty\tPROPN\tNNP\t2\tobj\n"
                             "from\tfrom\tADP\tIN\t8\tcase\n"
                             "the\tthe\tDET\tDT\t8\tdet\n"
                             "%s\t%s\tNOUN\tNN\t2\tobl\n"
                             "%s"
                             ".\t.\tPUNCT\t.\t2\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, TREE, "list", "list",
           "of\tof\tADP\tIN\t10\tcase\nterrorists\tterrorist\tNOUN\tNNS\t8\tnmod\n");
  expect(*state, "Kenya removed the Vossen Party from the list of terrorists.", tree,
         "removedFromTerrorList(Kenya,Vossen Party)\n");
  snprintf(tree, sizeof tree, TREE, "talks", "talk", "");
  expect(*state, "Kenya removed the Vossen Party from the talks.", tree, "");
}

/* "the former chief executive of Y" tagged as the noun "chief" with the
 * adjective "executive" after it, the "of" phrase on the adjective: the
 * title still describes the name the noun is in apposition to, and needs=
 * finds "chief" above it; "the former executive" is no chief's office. */
static void test_title_split_by_the_tagger(void **state) {
  static const char TREE[] = "Ada\tAda\tPROPN\tNNP\t12\tnsubj\n"
                             "Lind\tLind\tPROPN\tNNP\t1\tflat\n"
                             ",\t,\tPUNCT\t,\t%d\tpunct\n"
                             "the\tthe\tDET\tDT\t%d\tdet\n"
                             "former\tformer\tADJ\tJJ\t%d\tamod\n"
                             "%s"
                             "of\tof\tADP\tIN\t%d\tcase\n"
                             "Norstad\tNorstad\tPROPN\tNNP\t%d\tcompound\n"
                             "Holdings\tHoldings\tPROPN\tNNP\t%d\tobl\n"
                             ",\t,\tPUNCT\t,\t1\tpunct\n"
                             "%s\tresign\tVERB\tVBD\t0\troot\n"
                             ".\t.\tPUNCT\t.\t%d\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, TREE, 6, 6, 6,
           "chief\tchief\tNOUN\tNN\t1\tappos\nexecutive\texecutive\tADJ\tJJ\t6\tamod\n", 10,
           10, 7, "resigned", 13);
  expect(*state, "Ada Lind, the former chief executive of Norstad Holdings, resigned.", tree,
         "holdsPosition(Ada Lind,Norstad Holdings) role=Chief Executive former\n"
         "leaderOf(Ada Lind,Norstad Holdings) former\n"
         "worksFor(Ada Lind,Norstad Holdings) former\n");
  snprintf(tree, sizeof tree, TREE, 6, 6, 6, "executive\texecutive\tADJ\tJJ\t1\tappos\n", 9, 9,
           6, "resigned", 12);
  expect(*state, "Ada Lind, the former executive of Norstad Holdings, resigned.", tree,
         "worksFor(Ada Lind,Norstad Holdings) former\n");
}

/* objposs: the owner of a common-noun object ("praised X's courage");
 * an object that names an entity is itself the one praised. The subject
 * is a determined title with its name after the comma, hung on the
 * comma ("Its leader, X, praised"). */
static void test_owner_of_the_object(void **state) {
  static const char TREE[] = "The\tthe\tDET\tDT\t2\tdet\n"
                             "chairwoman\tchairwoman\tNOUN\tNN\t7\tnsubj\n"
                             ",\t,\tPUNCT\t,\t2\tpunct\n"
                             "Ada\tAda\tPROPN\tNNP\t3\tappos\n"
                             "Lind\tLind\tPROPN\tNNP\t4\tflat\n"
                             ",\t,\tPUNCT\t,\t2\tpunct\n"
                             "praised\tpraise\tVERB\tVBD\t0\troot\n"
                             "Tomas\tTomas\tPROPN\tNNP\t%d\t%s\n"
                             "Brandt\tBrandt\tPROPN\tNNP\t8\tflat\n"
                             "%s"
                             ".\t.\tPUNCT\t.\t7\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, TREE, 11, "nmod:poss",
           "'s\t's\tPART\tPOS\t8\tcase\ncourage\tcourage\tNOUN\tNN\t7\tobj\n");
  expect(*state, "The chairwoman, Ada Lind, praised Tomas Brandt's courage.", tree,
         "praised(Ada Lind,Tomas Brandt)\n");
  snprintf(tree, sizeof tree, TREE, 7, "obj", "");
  expect(*state, "The chairwoman, Ada Lind, praised Tomas Brandt.", tree,
         "praised(Ada Lind,Tomas Brandt)\n");
}

/* A noun of a group's people with the group's possessive acts for the
 * group ("the Vossen Front's fighters"); a country's people do not. */
static void test_people_of_an_owner(void **state) {
  static const char TREE[] = "%s\t%s\tPROPN\tNNP\t%d\t%s\n"
                             "%s"
                             "'s\t's\tPART\tPOS\t%d\tcase\n"
                             "%s\t%s\tNOUN\tNNS\t%d\tnsubj\n"
                             "captured\tcapture\tVERB\tVBD\t0\troot\n"
                             "Kovalo\tKovalo\tPROPN\tNNP\t%d\tobj\n"
                             ".\t.\tPUNCT\t.\t%d\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, TREE, "Vossen", "Vossen", 2, "compound",
           "Front\tFront\tPROPN\tNNP\t4\tnmod:poss\n", 2, "fighters", "fighter", 5, 5, 5);
  expect_with(*state, "Vossen Front's fighters captured Kovalo.", tree, "Gg...L.",
              "captured(Vossen Front,Kovalo)\n");
  /* a country's people are no actor of its own ("Bregania's fighters"
   * may serve anyone) ... */
  snprintf(tree, sizeof tree, TREE, "Bregania", "Bregania", 3, "nmod:poss", "", 1, "fighters",
           "fighter", 4, 4, 4);
  expect_with(*state, "Bregania's fighters captured Kovalo.", tree, "C...L.", "");
  /* ... but its troops capture for it, as "Breganian troops" do (path troops) */
  snprintf(tree, sizeof tree, TREE, "Bregania", "Bregania", 3, "nmod:poss", "", 1, "soldiers",
           "soldier", 4, 4, 4);
  expect_with(*state, "Bregania's soldiers captured Kovalo.", tree, "C...L.",
              "captured(Bregania,Kovalo)\n");
}

/* "not A but B": the conjunct "but" sets against the denied object is
 * asserted; "or" shares the denial; a negation on the object's own phrase
 * denies it ("joined not A but B"). */
static void test_contrast_after_negation(void **state) {
  static const char TREE[] = "Kenya\tKenya\tPROPN\tNNP\t4\tnsubj\n"
                             "did\tdo\tAUX\tVBD\t4\taux\n"
                             "not\tnot\tPART\tRB\t4\tadvmod\n"
                             "join\tjoin\tVERB\tVB\t0\troot\n"
                             "the\tthe\tDET\tDT\t7\tdet\n"
                             "Arab\tArab\tPROPN\tNNP\t7\tamod\n"
                             "League\tLeague\tPROPN\tNNP\t4\tobj\n"
                             "%s\t%s\tCCONJ\tCC\t11\tcc\n"
                             "the\tthe\tDET\tDT\t11\tdet\n"
                             "African\tAfrican\tPROPN\tNNP\t11\tamod\n"
                             "Union\tUnion\tPROPN\tNNP\t7\tconj\n"
                             ".\t.\tPUNCT\t.\t4\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, TREE, "but", "but");
  expect(*state, "Kenya did not join the Arab League but the African Union.", tree,
         "joined(Kenya,Arab League) negated\njoined(Kenya,African Union)\n");
  snprintf(tree, sizeof tree, TREE, "or", "or");
  expect(*state, "Kenya did not join the Arab League or the African Union.", tree,
         "joined(Kenya,Arab League) negated\njoined(Kenya,African Union) negated\n");
  expect(*state, "Kenya joined not the Arab League but the African Union.",
         "Kenya\tKenya\tPROPN\tNNP\t2\tnsubj\n"
         "joined\tjoin\tVERB\tVBD\t0\troot\n"
         "not\tnot\tPART\tRB\t6\tadvmod\n"
         "the\tthe\tDET\tDT\t6\tdet\n"
         "Arab\tArab\tPROPN\tNNP\t6\tamod\n"
         "League\tLeague\tPROPN\tNNP\t2\tobj\n"
         "but\tbut\tCCONJ\tCC\t10\tcc\n"
         "the\tthe\tDET\tDT\t10\tdet\n"
         "African\tAfrican\tPROPN\tNNP\t10\tamod\n"
         "Union\tUnion\tPROPN\tNNP\t6\tconj\n"
         ".\t.\tPUNCT\t.\t2\tpunct\n",
         "joined(Kenya,Arab League) negated\njoined(Kenya,African Union)\n");
}

/* A determined noun set off by a comma right after a name that the
 * parser made a clause of its own is that name's apposition ("in Kovalo,
 * the city where X lives"); not after "or", which joins another thing. */
static void test_apposition_before_the_noun(void **state) {
  static const char TREE[] = "Ada\tAda\tPROPN\tNNP\t3\tnsubj\n"
                             "Lind\tLind\tPROPN\tNNP\t1\tflat\n"
                             "works\twork\tVERB\tVBZ\t0\troot\n"
                             "in\tin\tADP\tIN\t5\tcase\n"
                             "Kovalo\tKovalo\tPROPN\tNNP\t3\tobl\n"
                             ",\t,\tPUNCT\t,\t%d\tpunct\n"
                             "%s"
                             "the\tthe\tDET\tDT\t%d\tdet\n"
                             "city\tcity\tNOUN\tNN\t3\tparataxis\n"
                             "where\twhere\tADV\tWRB\t%d\tadvmod\n"
                             "Tomas\tTomas\tPROPN\tNNP\t%d\tnsubj\n"
                             "Brandt\tBrandt\tPROPN\tNNP\t%d\tflat\n"
                             "lives\tlive\tVERB\tVBZ\t%d\tacl:relcl\n"
                             ".\t.\tPUNCT\t.\t3\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, TREE, 8, "", 8, 12, 12, 10, 8);
  expect_with(*state, "Ada Lind works in Kovalo, the city where Tomas Brandt lives.", tree,
              "Pp..L....Pp..", "residesIn(Tomas Brandt,Kovalo)\n");
  snprintf(tree, sizeof tree, TREE, 9, "or\tor\tCCONJ\tCC\t9\tcc\n", 9, 13, 13, 11, 9);
  expect_with(*state, "Ada Lind works in Kovalo, or the city where Tomas Brandt lives.", tree,
              "Pp..L.....Pp..", "");
}

/* "around Kovalo, in eastern Bregania" with both phrases on the verb:
 * the "in" phrase right after the name's comma is the name's; one that
 * does not follow it is the verb's. */
static void test_case_phrase_beside_a_name(void **state) {
  static const char TREE[] = "Ada\tAda\tPROPN\tNNP\t3\tnsubj\n"
                             "Lind\tLind\tPROPN\tNNP\t1\tflat\n"
                             "settled\tsettle\tVERB\tVBD\t0\troot\n"
                             "around\taround\tADP\tIN\t5\tcase\n"
                             "Kovalo\tKovalo\tPROPN\tNNP\t3\tobl\n"
                             "%s\t%s\tPUNCT\t,\t%d\tpunct\n"
                             "in\tin\tADP\tIN\t9\tcase\n"
                             "eastern\teastern\tADJ\tJJ\t9\tamod\n"
                             "Bregania\tBregania\tPROPN\tNNP\t3\tobl\n"
                             ".\t.\tPUNCT\t.\t3\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, TREE, ",", ",", 9);
  expect_with(*state, "Ada Lind settled around Kovalo, in eastern Bregania.", tree,
              "Pp..L...L.", "locatedIn(Kovalo,Bregania)\n");
  snprintf(tree, sizeof tree, TREE, ";", ";", 9);
  expect_with(*state, "Ada Lind settled around Kovalo; in eastern Bregania.", tree,
              "Pp..L...L.", "");
}

/* "Lusk's Kovalo jail": a name compounded with the place noun that heads
 * it takes the noun's possessive; a noun that is no place does not give
 * it ("Lusk's Kovalo team"). */
static void test_possessive_of_the_head_noun(void **state) {
  static const char TREE[] = "He\the\tPRON\tPRP\t3\tnsubj:pass\n"
                             "was\tbe\tAUX\tVBD\t3\taux:pass\n"
                             "%s\t%s\tVERB\tVBN\t0\troot\n"
                             "%s\t%s\tADP\tIN\t8\tcase\n"
                             "Lusk\tLusk\tPROPN\tNNP\t8\tnmod:poss\n"
                             "'s\t's\tPART\tPOS\t5\tcase\n"
                             "Kovalo\tKovalo\tPROPN\tNNP\t8\tcompound\n"
                             "%s\t%s\tNOUN\tNN\t3\tobl\n"
                             ".\t.\tPUNCT\t.\t3\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, TREE, "held", "hold", "in", "in", "jail", "jail");
  expect_with(*state, "He was held in Lusk's Kovalo jail.", tree, "....L.L..",
              "locatedIn(Kovalo,Lusk)\n");
  snprintf(tree, sizeof tree, TREE, "coached", "coach", "at", "at", "team", "team");
  expect_with(*state, "He was coached at Lusk's Kovalo team.", tree, "....L.L..", "");
}

/* A name hung on another as flat after "and" is a conjunct ("A and B
 * met"); after a comma it is no partner. */
static void test_flat_name_after_and(void **state) {
  expect_with(*state, "Mara Quell and Tomas Brandt met.",
              "Mara\tMara\tPROPN\tNNP\t6\tnsubj\n"
              "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
              "and\tand\tCCONJ\tCC\t4\tcc\n"
              "Tomas\tTomas\tPROPN\tNNP\t1\tflat\n"
              "Brandt\tBrandt\tPROPN\tNNP\t4\tflat\n"
              "met\tmeet\tVERB\tVBD\t0\troot\n"
              ".\t.\tPUNCT\t.\t6\tpunct\n",
              "Pp.Pp..", "metWith(Mara Quell,Tomas Brandt)\n");
  expect_with(*state, "Mara Quell, Tomas Brandt, met.",
              "Mara\tMara\tPROPN\tNNP\t7\tnsubj\n"
              "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
              ",\t,\tPUNCT\t,\t4\tpunct\n"
              "Tomas\tTomas\tPROPN\tNNP\t1\tflat\n"
              "Brandt\tBrandt\tPROPN\tNNP\t4\tflat\n"
              ",\t,\tPUNCT\t,\t4\tpunct\n"
              "met\tmeet\tVERB\tVBD\t0\troot\n"
              ".\t.\tPUNCT\t.\t7\tpunct\n",
              "Pp.Pp...", "");
}

/* coarg: "a meeting between A and B" pairs the conjuncts of the subject
 * found; "with" names no pair. Also a phrase the parser hung on the "of"
 * phrase: "the arrival of A in Y". */
static void test_between_and_phrase_under_of(void **state) {
  static const char TREE[] = "The\tthe\tDET\tDT\t2\tdet\n"
                             "meeting\tmeeting\tNOUN\tNN\t9\tnsubj\n"
                             "%s\t%s\tADP\tIN\t4\tcase\n"
                             "Mara\tMara\tPROPN\tNNP\t2\tnmod\n"
                             "Quell\tQuell\tPROPN\tNNP\t4\tflat\n"
                             "and\tand\tCCONJ\tCC\t7\tcc\n"
                             "Tomas\tTomas\tPROPN\tNNP\t4\tconj\n"
                             "Brandt\tBrandt\tPROPN\tNNP\t7\tflat\n"
                             "ended\tend\tVERB\tVBD\t0\troot\n"
                             ".\t.\tPUNCT\t.\t9\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, TREE, "between", "between");
  expect(*state, "The meeting between Mara Quell and Tomas Brandt ended.", tree,
         "metWith(Mara Quell,Tomas Brandt)\n");
  snprintf(tree, sizeof tree, TREE, "with", "with");
  expect(*state, "The meeting with Mara Quell and Tomas Brandt ended.", tree, "");
  static const char ARRIVAL[] = "The\tthe\tDET\tDT\t2\tdet\n"
                                "arrival\tarrival\tNOUN\tNN\t8\tnsubj\n"
                                "of\tof\tADP\tIN\t4\tcase\n"
                                "%s"
                                "in\tin\tADP\tIN\t%d\tcase\n"
                                "Kenya\tKenya\tPROPN\tNNP\t4\tnmod\n"
                                "ended\tend\tVERB\tVBD\t0\troot\n"
                                ".\t.\tPUNCT\t.\t%d\tpunct\n";
  snprintf(tree, sizeof tree, ARRIVAL,
           "Mara\tMara\tPROPN\tNNP\t2\tnmod\nQuell\tQuell\tPROPN\tNNP\t4\tflat\n", 7, 8);
  expect(*state, "The arrival of Mara Quell in Kenya ended.", tree,
         "visited(Mara Quell,Kenya)\n");
}

/* "X plans to visit Y" with the infinitive hung as acl of "plans": its
 * subject is the planner's, and the visit is future; not when "plans" is
 * a noun with no subject of its own. */
static void test_infinitive_hung_as_acl(void **state) {
  expect_with(*state, "Mara Quell plans to visit Gdansk.",
              "Mara\tMara\tPROPN\tNNP\t3\tnsubj\n"
              "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
              "plans\tplan\tVERB\tVBZ\t0\troot\n"
              "to\tto\tPART\tTO\t5\tmark\n"
              "visit\tvisit\tVERB\tVB\t3\tacl\n"
              "Gdansk\tGdansk\tPROPN\tNNP\t5\tobj\n"
              ".\t.\tPUNCT\t.\t3\tpunct\n",
              "Pp...L.", "visited(Mara Quell,Gdansk) future\n");
  expect_with(*state, "The plans to visit Gdansk were dropped.",
              "The\tthe\tDET\tDT\t2\tdet\n"
              "plans\tplan\tNOUN\tNNS\t7\tnsubj:pass\n"
              "to\tto\tPART\tTO\t4\tmark\n"
              "visit\tvisit\tVERB\tVB\t2\tacl\n"
              "Gdansk\tGdansk\tPROPN\tNNP\t4\tobj\n"
              "were\tbe\tAUX\tVBD\t7\taux:pass\n"
              "dropped\tdrop\tVERB\tVBN\t0\troot\n"
              ".\t.\tPUNCT\t.\t7\tpunct\n",
              "....L...", "");
}

/* A name's rows fire at any word of the name, also one the tagger makes a
 * common noun ("wai" of "Wu Chi-wai"); not at a common noun outside it. */
static void test_name_word_tagged_as_noun(void **state) {
  expect_with(*state, "Lena Chi-wai of the Vossen Party was elected.",
              "Lena\tLena\tPROPN\tNNP\t4\tcompound\n"
              "Chi\tChi\tPROPN\tNNP\t1\tflat\n"
              "-\t-\tPUNCT\tHYPH\t2\tpunct\n"
              "wai\twai\tNOUN\tNN\t10\tnsubj:pass\n"
              "of\tof\tADP\tIN\t8\tcase\n"
              "the\tthe\tDET\tDT\t8\tdet\n"
              "Vossen\tVossen\tPROPN\tNNP\t8\tcompound\n"
              "Party\tParty\tPROPN\tNNP\t4\tnmod\n"
              "was\tbe\tAUX\tVBD\t10\taux:pass\n"
              "elected\telect\tVERB\tVBN\t0\troot\n"
              ".\t.\tPUNCT\t.\t10\tpunct\n",
              "Pppp..Gg...", "memberOf(Lena Chi-wai,Vossen Party)\n");
  expect_with(*state, "The councillor of the Vossen Party was elected.",
              "The\tthe\tDET\tDT\t2\tdet\n"
              "councillor\tcouncillor\tNOUN\tNN\t8\tnsubj:pass\n"
              "of\tof\tADP\tIN\t6\tcase\n"
              "the\tthe\tDET\tDT\t6\tdet\n"
              "Vossen\tVossen\tPROPN\tNNP\t6\tcompound\n"
              "Party\tParty\tPROPN\tNNP\t2\tnmod\n"
              "was\tbe\tAUX\tVBD\t8\taux:pass\n"
              "elected\telect\tVERB\tVBN\t0\troot\n"
              ".\t.\tPUNCT\t.\t8\tpunct\n",
              "....Gg...", "");
}

/* A noun trigger compounded with a group noun reads that noun's
 * dependents ("a splinter group of Y"), only for a row whose subject is
 * what the noun describes: "a support group for Y" is no support. */
static void test_trigger_compounded_with_group(void **state) {
  expect(*state, "The Kidal Front, a splinter group of the Sahel Front, fled.",
         "The\tthe\tDET\tDT\t3\tdet\n"
         "Kidal\tKidal\tPROPN\tNNP\t3\tcompound\n"
         "Front\tFront\tPROPN\tNNP\t13\tnsubj\n"
         ",\t,\tPUNCT\t,\t7\tpunct\n"
         "a\ta\tDET\tDT\t7\tdet\n"
         "splinter\tsplinter\tNOUN\tNN\t7\tcompound\n"
         "group\tgroup\tNOUN\tNN\t3\tappos\n"
         "of\tof\tADP\tIN\t11\tcase\n"
         "the\tthe\tDET\tDT\t11\tdet\n"
         "Sahel\tSahel\tPROPN\tNNP\t11\tcompound\n"
         "Front\tFront\tPROPN\tNNP\t7\tnmod\n"
         ",\t,\tPUNCT\t,\t7\tpunct\n"
         "fled\tflee\tVERB\tVBD\t0\troot\n"
         ".\t.\tPUNCT\t.\t13\tpunct\n",
         "offshootOf(Kidal Front,Sahel Front)\n");
  expect(*state, "The Kidal Front formed a support group for the Sahel Front.",
         "The\tthe\tDET\tDT\t3\tdet\n"
         "Kidal\tKidal\tPROPN\tNNP\t3\tcompound\n"
         "Front\tFront\tPROPN\tNNP\t4\tnsubj\n"
         "formed\tform\tVERB\tVBD\t0\troot\n"
         "a\ta\tDET\tDT\t7\tdet\n"
         "support\tsupport\tNOUN\tNN\t7\tcompound\n"
         "group\tgroup\tNOUN\tNN\t4\tobj\n"
         "for\tfor\tADP\tIN\t11\tcase\n"
         "the\tthe\tDET\tDT\t11\tdet\n"
         "Sahel\tSahel\tPROPN\tNNP\t11\tcompound\n"
         "Front\tFront\tPROPN\tNNP\t7\tnmod\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "");
}

/* A past participle opening the sentence with its agent describes the
 * subject of the clause after it, not that clause's object: as advcl
 * (UD), and as the root the parser coordinates with that clause (with
 * "Led" lemmatized "l", found by its form). */
static void test_fronted_participle(void **state) {
  expect(*state, "Founded by Mara Quell, the Vossen Party bought the Kidal Front.",
         "Founded\tfound\tVERB\tVBN\t9\tadvcl\n"
         "by\tby\tADP\tIN\t3\tcase\n"
         "Mara\tMara\tPROPN\tNNP\t1\tobl:agent\n"
         "Quell\tQuell\tPROPN\tNNP\t3\tflat\n"
         ",\t,\tPUNCT\t,\t1\tpunct\n"
         "the\tthe\tDET\tDT\t8\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t8\tcompound\n"
         "Party\tParty\tPROPN\tNNP\t9\tnsubj\n"
         "bought\tbuy\tVERB\tVBD\t0\troot\n"
         "the\tthe\tDET\tDT\t12\tdet\n"
         "Kidal\tKidal\tPROPN\tNNP\t12\tcompound\n"
         "Front\tFront\tPROPN\tNNP\t9\tobj\n"
         ".\t.\tPUNCT\t.\t9\tpunct\n",
         "founded(Mara Quell,Vossen Party)\n"
         "acquired(Vossen Party,Kidal Front)\n");
  expect(*state, "Led by Mara Quell, the Vossen Party fought the Kidal Front.",
         "Led\tl\tVERB\tVBN\t0\troot\n"
         "by\tby\tADP\tIN\t3\tcase\n"
         "Mara\tMara\tPROPN\tNNP\t1\tobl:agent\n"
         "Quell\tQuell\tPROPN\tNNP\t3\tflat\n"
         ",\t,\tPUNCT\t,\t3\tpunct\n"
         "the\tthe\tDET\tDT\t8\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t8\tcompound\n"
         "Party\tParty\tPROPN\tNNP\t9\tnsubj\n"
         "fought\tfight\tVERB\tVBD\t1\tconj\n"
         "the\tthe\tDET\tDT\t12\tdet\n"
         "Kidal\tKidal\tPROPN\tNNP\t12\tcompound\n"
         "Front\tFront\tPROPN\tNNP\t9\tobj\n"
         ".\t.\tPUNCT\t.\t1\tpunct\n",
         "leaderOf(Mara Quell,Vossen Party)\n"
         "fights(Vossen Party,Kidal Front)\n");
}

/* "at the X Church in Y" with "in Y" hung on the verb: the place where
 * something happened is in the place right after it; not when another
 * phrase comes between ("on Friday"). */
#define ARRESTED_AT_CHURCH \
  "Police\tpolice\tNOUN\tNN\t2\tnsubj\n" \
  "arrested\tarrest\tVERB\tVBD\t0\troot\n" \
  "Mara\tMara\tPROPN\tNNP\t2\tobj\n" \
  "Quell\tQuell\tPROPN\tNNP\t3\tflat\n" \
  "at\tat\tADP\tIN\t8\tcase\n" \
  "the\tthe\tDET\tDT\t8\tdet\n" \
  "Vossen\tVossen\tPROPN\tNNP\t8\tcompound\n" \
  "Church\tChurch\tPROPN\tNNP\t2\tobl\n"

static void test_in_after_at(void **state) {
  expect(*state, "Police arrested Mara Quell at the Vossen Church in Nairobi.",
         ARRESTED_AT_CHURCH "in\tin\tADP\tIN\t10\tcase\n"
         "Nairobi\tNairobi\tPROPN\tNNP\t2\tobl\n"
         ".\t.\tPUNCT\t.\t2\tpunct\n",
         "arrested(police,Mara Quell)\n"
         "locatedIn(Vossen Church,Nairobi)\n");
  expect(*state, "Police arrested Mara Quell at the Vossen Church on Friday in Nairobi.",
         ARRESTED_AT_CHURCH "on\ton\tADP\tIN\t10\tcase\n"
         "Friday\tFriday\tPROPN\tNNP\t2\tobl\n"
         "in\tin\tADP\tIN\t12\tcase\n"
         "Nairobi\tNairobi\tPROPN\tNNP\t2\tobl\n"
         ".\t.\tPUNCT\t.\t2\tpunct\n",
         "arrested(police,Mara Quell)\n");
}

/* Words 6-10 of "X VERBED the youth NOUN of the Vossen Party." */
#define OF_THE_VOSSEN_PARTY \
  "of\tof\tADP\tIN\t9\tcase\n" \
  "the\tthe\tDET\tDT\t9\tdet\n" \
  "Vossen\tVossen\tPROPN\tNNP\t9\tcompound\n" \
  "Party\tParty\tPROPN\tNNP\t5\tnmod\n" \
  ".\t.\tPUNCT\t.\t2\tpunct\n"

/* A verb coordinated with a passive shares its written subject, not its
 * agent; an organisation's row takes as a value only a part of a named
 * organisation, with the trigger read by its lemma ("found" as the past
 * of "find" founds nothing). */
static void test_founded_part_of_organisation(void **state) {
  expect(*state, "Mara Quell was jailed by Chad and later founded the youth wing of the Vossen Party.",
         "Mara\tMara\tPROPN\tNNP\t4\tnsubj:pass\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         "was\tbe\tAUX\tVBD\t4\taux:pass\n"
         "jailed\tjail\tVERB\tVBN\t0\troot\n"
         "by\tby\tADP\tIN\t6\tcase\n"
         "Chad\tChad\tPROPN\tNNP\t4\tobl:agent\n"
         "and\tand\tCCONJ\tCC\t9\tcc\n"
         "later\tlater\tADV\tRB\t9\tadvmod\n"
         "founded\tfound\tVERB\tVBD\t4\tconj\n"
         "the\tthe\tDET\tDT\t12\tdet\n"
         "youth\tyouth\tNOUN\tNN\t12\tcompound\n"
         "wing\twing\tNOUN\tNN\t9\tobj\n"
         "of\tof\tADP\tIN\t16\tcase\n"
         "the\tthe\tDET\tDT\t16\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t16\tcompound\n"
         "Party\tParty\tPROPN\tNNP\t12\tnmod\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "imprisoned(Chad,Mara Quell)\n"
         "founded(Mara Quell,youth wing of the Vossen Party)\n");
  expect(*state, "Chad found the youth wing of the Vossen Party.",
         "Chad\tChad\tPROPN\tNNP\t2\tnsubj\n"
         "found\tfind\tVERB\tVBD\t0\troot\n"
         "the\tthe\tDET\tDT\t5\tdet\n"
         "youth\tyouth\tNOUN\tNN\t5\tcompound\n"
         "wing\twing\tNOUN\tNN\t2\tobj\n"
         OF_THE_VOSSEN_PARTY,
         "");
  expect(*state, "Chad founded the youth choir of the Vossen Party.",
         "Chad\tChad\tPROPN\tNNP\t2\tnsubj\n"
         "founded\tfound\tVERB\tVBD\t0\troot\n"
         "the\tthe\tDET\tDT\t5\tdet\n"
         "youth\tyouth\tNOUN\tNN\t5\tcompound\n"
         "choir\tchoir\tNOUN\tNN\t2\tobj\n"
         OF_THE_VOSSEN_PARTY,
         "");
}

/* Every dep row of the shipped lexicon has a trigger and both paths. */
static void test_shipped_dep_rows(void **state) {
  const Fixture *fx = *state;
  size_t n = fg_lexicon_dep_count(fx->lex);
  assert_true(n >= 20);
  for (size_t i = 0; i < n; i++) {
    const FgDepRule *r = fg_lexicon_dep(fx->lex, i);
    assert_true(r->lemmas.count > 0 || r->on_name);
    assert_true(r->subj_count > 0 && r->obj_count > 0);
  }
}

/* The parse of "Arne Solberg, who AUX been coach of Velm Systems,
 * joined the board." with the auxiliary AUX (tagged XPOS). */
static void coach_parse(char *buf, size_t size, const char *aux, const char *xpos) {
  snprintf(buf, size,
           "Arne\tArne\tPROPN\tNNP\t12\tnsubj\n"
           "Solberg\tSolberg\tPROPN\tNNP\t1\tflat\n"
           ",\t,\tPUNCT\t,\t7\tpunct\n"
           "who\twho\tPRON\tWP\t7\tnsubj\n"
           "%s\thave\tAUX\t%s\t7\taux\n"
           "been\tbe\tAUX\tVBN\t7\tcop\n"
           "coach\tcoach\tNOUN\tNN\t1\tacl:relcl\n"
           "of\tof\tADP\tIN\t10\tcase\n"
           "Velm\tVelm\tPROPN\tNNP\t10\tcompound\n"
           "Systems\tSystems\tPROPN\tNNPS\t7\tnmod\n"
           ",\t,\tPUNCT\t,\t1\tpunct\n"
           "joined\tjoin\tVERB\tVBD\t0\troot\n"
           "the\tthe\tDET\tDT\t14\tdet\n"
           "board\tboard\tNOUN\tNN\t12\tobj\n"
           ".\t.\tPUNCT\t.\t12\tpunct\n",
           aux, xpos);
}

/* "X, who had been coach of Y, joined Z": a post a pluperfect relative
 * clause gives its holder is a former one; "who has been" is not. */
/* "former" on an occupation dates the occupation, not where the person
 * is from (noformer); on "resident" it dates the residence */
static void expect_former_noun_of(const Fixture *fx, const char *noun, const char *prep,
                                  const char *want) {
  char text[128], tree[1024];
  snprintf(text, sizeof text, "Jonas Berk, a former %s %s Ulma, was charged.", noun, prep);
  snprintf(tree, sizeof tree,
           "Jonas\tJonas\tPROPN\tNNP\t11\tnsubj:pass\n"
           "Berk\tBerk\tPROPN\tNNP\t1\tflat\n"
           ",\t,\tPUNCT\t,\t6\tpunct\n"
           "a\ta\tDET\tDT\t6\tdet\n"
           "former\tformer\tADJ\tJJ\t6\tamod\n"
           "%s\t%s\tNOUN\tNN\t1\tappos\n"
           "%s\t%s\tADP\tIN\t8\tcase\n"
           "Ulma\tUlma\tPROPN\tNNP\t6\tnmod\n"
           ",\t,\tPUNCT\t,\t1\tpunct\n"
           "was\tbe\tAUX\tVBD\t11\taux:pass\n"
           "charged\tcharge\tVERB\tVBN\t0\troot\n"
           ".\t.\tPUNCT\t.\t11\tpunct\n",
           noun, noun, prep, prep);
  expect_with(fx, text, tree, "Pp.....L....", want);
}

static void test_former_occupation_keeps_origin(void **state) {
  expect_former_noun_of(*state, "soldier", "from", "residesIn(Jonas Berk,Ulma)\n");
  expect_former_noun_of(*state, "resident", "of", "residesIn(Jonas Berk,Ulma) former\n");
}

static void test_pluperfect_relative_post_is_former(void **state) {
  char parse[1024];
  coach_parse(parse, sizeof parse, "had", "VBD");
  expect(*state, "Arne Solberg, who had been coach of Velm Systems, joined the board.", parse,
         "worksFor(Arne Solberg,Velm Systems) former\n");
  coach_parse(parse, sizeof parse, "has", "VBZ");
  expect(*state, "Arne Solberg, who has been coach of Velm Systems, joined the board.", parse,
         "worksFor(Arne Solberg,Velm Systems)\n");
}

/* "X previously served as chief executive of Y": an adverb of the former
 * list on the verb makes the role its "as" phrase names former; without
 * it the role holds. */
static void test_former_adverb_on_as_verb(void **state) {
  expect(*state, "Edda Rusk previously served as chief executive of Velm Systems.",
         "Edda\tEdda\tPROPN\tNNP\t4\tnsubj\n"
         "Rusk\tRusk\tPROPN\tNNP\t1\tflat\n"
         "previously\tpreviously\tADV\tRB\t4\tadvmod\n"
         "served\tserve\tVERB\tVBD\t0\troot\n"
         "as\tas\tADP\tIN\t7\tcase\n"
         "chief\tchief\tADJ\tJJ\t7\tamod\n"
         "executive\texecutive\tNOUN\tNN\t4\tobl\n"
         "of\tof\tADP\tIN\t10\tcase\n"
         "Velm\tVelm\tPROPN\tNNP\t10\tcompound\n"
         "Systems\tSystem\tPROPN\tNNPS\t7\tnmod\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "holdsPosition(Edda Rusk,Velm Systems) role=Chief Executive former\n"
         "leaderOf(Edda Rusk,Velm Systems) former\n"
         "worksFor(Edda Rusk,Velm Systems) former\n");
  expect(*state, "Ola Brekke now serves as head of Tarn Mining.",
         "Ola\tOla\tPROPN\tNNP\t4\tnsubj\n"
         "Brekke\tBrekke\tPROPN\tNNP\t1\tflat\n"
         "now\tnow\tADV\tRB\t4\tadvmod\n"
         "serves\tserve\tVERB\tVBZ\t0\troot\n"
         "as\tas\tADP\tIN\t6\tcase\n"
         "head\thead\tNOUN\tNN\t4\tobl\n"
         "of\tof\tADP\tIN\t9\tcase\n"
         "Tarn\tTarn\tPROPN\tNNP\t9\tcompound\n"
         "Mining\tMining\tPROPN\tNNP\t6\tnmod\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "leaderOf(Ola Brekke,Tarn Mining)\n");
}

/* "X was named chief executive of Y" with Y made the title's obj and
 * "of" hung on Y's first word: the "of" phrase all the same. */
static void test_title_object_opened_by_case(void **state) {
  expect(*state, "Mara Quell was named chief executive of Velm Bank.",
         "Mara\tMara\tPROPN\tNNP\t4\tnsubj:pass\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         "was\tbe\tAUX\tVBD\t4\taux:pass\n"
         "named\tname\tVERB\tVBN\t0\troot\n"
         "chief\tchief\tADJ\tJJ\t6\tamod\n"
         "executive\texecutive\tNOUN\tNN\t4\txcomp\n"
         "of\tof\tADP\tIN\t8\tcase\n"
         "Velm\tVelm\tPROPN\tNNP\t9\tcompound\n"
         "Bank\tBank\tPROPN\tNNP\t6\tobj\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "holdsPosition(Mara Quell,Velm Bank) role=Chief Executive\n"
         "leaderOf(Mara Quell,Velm Bank)\n"
         "worksFor(Mara Quell,Velm Bank)\n");
}

/* "X led Y from 1998 to 2004": a past tie with the range's end date is
 * over; a start date alone ("from 2011") leaves it open. */
static void test_dated_range_ends_the_tie(void **state) {
  expect(*state, "Lise Aas led Tarn Mining from 1998 to 2004.",
         "Lise\tLise\tPROPN\tNNP\t3\tnsubj\n"
         "Aas\tAas\tPROPN\tNNP\t1\tflat\n"
         "led\tlead\tVERB\tVBD\t0\troot\n"
         "Tarn\tTarn\tPROPN\tNNP\t5\tcompound\n"
         "Mining\tMining\tPROPN\tNNP\t3\tobj\n"
         "from\tfrom\tADP\tIN\t7\tcase\n"
         "1998\t1998\tNUM\tCD\t3\tobl\n"
         "to\tto\tADP\tIN\t9\tcase\n"
         "2004\t2004\tNUM\tCD\t7\tnmod\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "leaderOf(Lise Aas,Tarn Mining) former time=1998\n");
  expect(*state, "Kurt Olm ran Vessby Foods from 2011.",
         "Kurt\tKurt\tPROPN\tNNP\t3\tnsubj\n"
         "Olm\tOlm\tPROPN\tNNP\t1\tflat\n"
         "ran\trun\tVERB\tVBD\t0\troot\n"
         "Vessby\tVessby\tPROPN\tNNP\t5\tcompound\n"
         "Foods\tFoods\tPROPN\tNNP\t3\tobj\n"
         "from\tfrom\tADP\tIN\t7\tcase\n"
         "2011\t2011\tNUM\tCD\t3\tobl\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "leaderOf(Kurt Olm,Vessby Foods)\n");
}

/* Parser slips around event verbs: a passive's "by" phrase read as the
 * object with "by" hung on the name's first word; a second verb read as
 * a participle on the first verb's object ("killed one soldier and
 * wounded X"); "no longer" makes the tie former. */
static void test_event_verb_slips(void **state) {
  expect(*state, "The Vossen Front was founded by Mara Quell.",
         "The\tthe\tDET\tDT\t3\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t3\tcompound\n"
         "Front\tFront\tPROPN\tNNP\t5\tnsubj:pass\n"
         "was\tbe\tAUX\tVBD\t5\taux:pass\n"
         "founded\tfound\tVERB\tVBN\t0\troot\n"
         "by\tby\tADP\tIN\t7\tcase\n"
         "Mara\tMara\tPROPN\tNNP\t8\tcompound\n"
         "Quell\tQuell\tPROPN\tNNP\t5\tobj\n"
         ".\t.\tPUNCT\t.\t5\tpunct\n",
         "founded(Mara Quell,Vossen Front)\n");
  char *got = facts_of(*state, "The Vossen Front killed one soldier and wounded Mara Quell.",
                       "The\tthe\tDET\tDT\t3\tdet\n"
                       "Vossen\tVossen\tPROPN\tNNP\t3\tcompound\n"
                       "Front\tFront\tPROPN\tNNP\t4\tnsubj\n"
                       "killed\tkill\tVERB\tVBD\t0\troot\n"
                       "one\tone\tNUM\tCD\t6\tnummod\n"
                       "soldier\tsoldier\tNOUN\tNN\t4\tobj\n"
                       "and\tand\tCCONJ\tCC\t10\tcc\n"
                       "wounded\twounded\tADJ\tJJ\t10\tamod\n"
                       "Mara\tMara\tPROPN\tNNP\t10\tcompound\n"
                       "Quell\tQuell\tPROPN\tNNP\t6\tconj\n"
                       ".\t.\tPUNCT\t.\t4\tpunct\n");
  if (strstr(got, "killed(Vossen Front,Mara Quell)"))
    fail_msg("the wounded conjunct was read as killed:\n%s", got);
  free(got);
  expect(*state, "Mara Quell no longer leads the Vossen Party.",
         "Mara\tMara\tPROPN\tNNP\t5\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         "no\tno\tADV\tRB\t4\tadvmod\n"
         "longer\tlong\tADV\tRBR\t5\tadvmod\n"
         "leads\tlead\tVERB\tVBZ\t0\troot\n"
         "the\tthe\tDET\tDT\t8\tdet\n"
         "Vossen\tVossen\tPROPN\tNNP\t8\tcompound\n"
         "Party\tParty\tPROPN\tNNP\t5\tobj\n"
         ".\t.\tPUNCT\t.\t5\tpunct\n",
         "leaderOf(Mara Quell,Vossen Party) former\n");
}

/* "X, whose owner is the investor Y, ...": the copula's predicate noun
 * names nobody, its apposition does; with no name there, nobody. */
static void test_predicate_noun_apposition(void **state) {
  static const char TREE[] = "Tarn\tTarn\tPROPN\tNNP\t2\tcompound\n"
                             "Mining\tMining\tPROPN\tNNP\t12\tnsubj\n"
                             ",\t,\tPUNCT\t,\t8\tpunct\n"
                             "whose\twhose\tPRON\tWP$\t5\tnmod:poss\n"
                             "owner\towner\tNOUN\tNN\t8\tnsubj\n"
                             "is\tbe\tAUX\tVBZ\t8\tcop\n"
                             "the\tthe\tDET\tDT\t8\tdet\n"
                             "investor\tinvestor\tNOUN\tNN\t2\tacl:relcl\n"
                             "Mara\tMara\tPROPN\tNNP\t8\t%s\n"
                             "Quell\tQuell\tPROPN\tNNP\t9\tflat\n"
                             ",\t,\tPUNCT\t,\t8\tpunct\n"
                             "closed\tclose\tVERB\tVBD\t0\troot\n"
                             "a\ta\tDET\tDT\t14\tdet\n"
                             "mine\tmine\tNOUN\tNN\t12\tobj\n"
                             ".\t.\tPUNCT\t.\t12\tpunct\n";
  static const char TEXT[] = "Tarn Mining, whose owner is the investor Mara Quell, closed a mine.";
  char tree[1024];
  snprintf(tree, sizeof tree, TREE, "appos");
  char *got = facts_of(*state, TEXT, tree);
  if (!strstr(got, "owns(Mara Quell,Tarn Mining)"))
    fail_msg("the predicate's apposition was not the owner:\n%s", got);
  free(got);
  /* the name hung as the noun's possessor-like modifier, not its
   * apposition: no owner */
  snprintf(tree, sizeof tree, TREE, "nmod");
  got = facts_of(*state, TEXT, tree);
  if (strstr(got, "owns("))
    fail_msg("a non-apposition was read as the owner:\n%s", got);
  free(got);
}

/* "X, who became mayor of Y, ...": the title a relative clause's
 * predicate describes the clause's noun, not the pronoun. */
static void test_title_in_relative_clause(void **state) {
  expect(*state, "Mara Quell, who became chairman of Velm Bank, spoke.",
         "Mara\tMara\tPROPN\tNNP\t11\tnsubj\n"
         "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
         ",\t,\tPUNCT\t,\t5\tpunct\n"
         "who\twho\tPRON\tWP\t5\tnsubj\n"
         "became\tbecome\tVERB\tVBD\t1\tacl:relcl\n"
         "chairman\tchairman\tNOUN\tNN\t5\txcomp\n"
         "of\tof\tADP\tIN\t9\tcase\n"
         "Velm\tVelm\tPROPN\tNNP\t9\tcompound\n"
         "Bank\tBank\tPROPN\tNNP\t6\tnmod\n"
         ",\t,\tPUNCT\t,\t5\tpunct\n"
         "spoke\tspeak\tVERB\tVBD\t0\troot\n"
         ".\t.\tPUNCT\t.\t11\tpunct\n",
         "leaderOf(Mara Quell,Velm Bank)\n"
         "holdsPosition(Mara Quell,Velm Bank) role=Chairman\n");
}

/* "A's lawyer and sister, B": the bare conjunct shares the first noun's
 * possessor; with a determiner of its own it does not. */
static void test_possessor_shared_by_conjunct(void **state) {
  static const char TREE[] = "Mara\tMara\tPROPN\tNNP\t%d\tnmod:poss\n"
                             "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
                             "'s\t's\tPART\tPOS\t1\tcase\n"
                             "lawyer\tlawyer\tNOUN\tNN\t%d\tnsubj\n"
                             "and\tand\tCCONJ\tCC\t%d\tcc\n"
                             "%s"
                             "sister\tsister\tNOUN\tNN\t4\tconj\n"
                             ",\t,\tPUNCT\t,\t%d\tpunct\n"
                             "Ida\tIda\tPROPN\tNNP\t4\tappos\n"
                             "Quell\tQuell\tPROPN\tNNP\t%d\tflat\n"
                             ",\t,\tPUNCT\t,\t4\tpunct\n"
                             "spoke\tspeak\tVERB\tVBD\t0\troot\n"
                             ".\t.\tPUNCT\t.\t%d\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, TREE, 4, 11, 6, "", 8, 8, 11);
  char *got = facts_with(*state, "Mara Quell's lawyer and sister, Ida Quell, spoke.", tree,
                         "Pp.....Pp...");
  if (!strstr(got, "siblingOf(Ida Quell,Mara Quell)"))
    fail_msg("the conjunct did not share the possessor:\n%s", got);
  free(got);
  snprintf(tree, sizeof tree, TREE, 4, 12, 7, "a\ta\tDET\tDT\t7\tdet\n", 9, 9, 12);
  /* the rows after the article sit one lower */
  got = facts_with(*state, "Mara Quell's lawyer and a sister, Ida Quell, spoke.", tree,
                   "Pp......Pp...");
  if (strstr(got, "siblingOf("))
    fail_msg("a conjunct with its own article took the possessor:\n%s", got);
  free(got);
}

/* "A founded X with B" with "with B" hung on the name X: the verb's
 * phrase, since a name takes no "with" of its own. */
static void test_with_phrase_on_object_name(void **state) {
  expect_with(*state, "Ida Lund founded Velmar with Karl Berg.",
              "Ida\tIda\tPROPN\tNNP\t3\tnsubj\n"
              "Lund\tLund\tPROPN\tNNP\t1\tflat\n"
              "founded\tfound\tVERB\tVBD\t0\troot\n"
              "Velmar\tVelmar\tPROPN\tNNP\t3\tobj\n"
              "with\twith\tADP\tIN\t6\tcase\n"
              "Karl\tKarl\tPROPN\tNNP\t4\tnmod\n"
              "Berg\tBerg\tPROPN\tNNP\t6\tflat\n"
              ".\t.\tPUNCT\t.\t3\tpunct\n",
              "Pp.G.Pp.", "founded(Ida Lund,Velmar)\nfounded(Karl Berg,Velmar)\n");
  /* the phrase on a place after the name is that place's */
  char *got = facts_with(*state, "Ida Lund founded Velmar in Kessa with Karl Berg.",
                         "Ida\tIda\tPROPN\tNNP\t3\tnsubj\n"
                         "Lund\tLund\tPROPN\tNNP\t1\tflat\n"
                         "founded\tfound\tVERB\tVBD\t0\troot\n"
                         "Velmar\tVelmar\tPROPN\tNNP\t3\tobj\n"
                         "in\tin\tADP\tIN\t6\tcase\n"
                         "Kessa\tKessa\tPROPN\tNNP\t4\tnmod\n"
                         "with\twith\tADP\tIN\t8\tcase\n"
                         "Karl\tKarl\tPROPN\tNNP\t6\tnmod\n"
                         "Berg\tBerg\tPROPN\tNNP\t8\tflat\n"
                         ".\t.\tPUNCT\t.\t3\tpunct\n",
                         "Pp.G.L.Pp.");
  if (strstr(got, "founded(Karl Berg"))
    fail_msg("a phrase not right after the object's name was the verb's:\n%s", got);
  free(got);
}

/* "born in Y and joined the army in 1998": the conjunct's year is not
 * the first verb's. */
static void test_year_of_a_later_conjunct_not_shared(void **state) {
  expect(*state, "Ada Lind was born in Kisumu and joined Velm University in 1998.",
         "Ada\tAda\tPROPN\tNNP\t4\tnsubj:pass\n"
         "Lind\tLind\tPROPN\tNNP\t1\tflat\n"
         "was\tbe\tAUX\tVBD\t4\taux:pass\n"
         "born\tbear\tVERB\tVBN\t0\troot\n"
         "in\tin\tADP\tIN\t6\tcase\n"
         "Kisumu\tKisumu\tPROPN\tNNP\t4\tobl\n"
         "and\tand\tCCONJ\tCC\t8\tcc\n"
         "joined\tjoin\tVERB\tVBD\t4\tconj\n"
         "Velm\tVelm\tPROPN\tNNP\t10\tcompound\n"
         "University\tUniversity\tPROPN\tNNP\t8\tobj\n"
         "in\tin\tADP\tIN\t12\tcase\n"
         "1998\t1998\tNUM\tCD\t8\tobl\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "bornIn(Ada Lind,Kisumu)\n"
         "joined(Ada Lind,Velm University) time=1998\n");
}

/* "born March 4, 1961, in Y": wire copy's bare month and day date the
 * birth, the year after the comma. */
static void test_bare_month_day_dates_the_verb(void **state) {
  expect(*state, "Ada Lind was born March 4, 1961, in Kisumu.",
         "Ada\tAda\tPROPN\tNNP\t4\tnsubj:pass\n"
         "Lind\tLind\tPROPN\tNNP\t1\tflat\n"
         "was\tbe\tAUX\tVBD\t4\taux:pass\n"
         "born\tbear\tVERB\tVBN\t0\troot\n"
         "March\tMarch\tPROPN\tNNP\t6\tcompound\n"
         "4\t4\tNUM\tCD\t4\tobl:unmarked\n"
         ",\t,\tPUNCT\t,\t8\tpunct\n"
         "1961\t1961\tNUM\tCD\t6\tnmod:unmarked\n"
         ",\t,\tPUNCT\t,\t11\tpunct\n"
         "in\tin\tADP\tIN\t11\tcase\n"
         "Kisumu\tKisumu\tPROPN\tNNP\t4\tobl\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "bornIn(Ada Lind,Kisumu) time=1961-03-04\n");
}

/* "A former banker at Y, X now runs Z": the noun phrase that opens the
 * sentence before a comma describes the clause's subject, and its
 * "former" does not date the clause. */
static void test_fronted_description_describes_the_subject(void **state) {
  expect(*state, "A former banker at Hoven Bank, Ivo Lind now runs Orvo Capital.",
         "A\ta\tDET\tDT\t3\tdet\n"
         "former\tformer\tADJ\tJJ\t3\tamod\n"
         "banker\tbanker\tNOUN\tNN\t0\troot\n"
         "at\tat\tADP\tIN\t6\tcase\n"
         "Hoven\tHoven\tPROPN\tNNP\t6\tcompound\n"
         "Bank\tBank\tPROPN\tNNP\t3\tnmod\n"
         ",\t,\tPUNCT\t,\t11\tpunct\n"
         "Ivo\tIvo\tPROPN\tNNP\t9\tcompound\n"
         "Lind\tLind\tPROPN\tNNP\t11\tnsubj\n"
         "now\tnow\tADV\tRB\t11\tadvmod\n"
         "runs\trun\tVERB\tVBZ\t3\tparataxis\n"
         "Orvo\tOrvo\tPROPN\tNNP\t13\tcompound\n"
         "Capital\tCapital\tPROPN\tNNP\t11\tobj\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "worksFor(Ivo Lind,Hoven Bank) former\nleaderOf(Ivo Lind,Orvo Capital)\n");
  expect(*state, "In Vantel, Ivo Lind now runs Orvo Capital.",
         "In\tin\tADP\tIN\t2\tcase\n"
         "Vantel\tVantel\tPROPN\tNNP\t7\tobl\n"
         ",\t,\tPUNCT\t,\t2\tpunct\n"
         "Ivo\tIvo\tPROPN\tNNP\t5\tcompound\n"
         "Lind\tLind\tPROPN\tNNP\t7\tnsubj\n"
         "now\tnow\tADV\tRB\t7\tadvmod\n"
         "runs\trun\tVERB\tVBZ\t0\troot\n"
         "Orvo\torvo\tADP\tIN\t9\tcase\n"
         "Capital\tCapital\tPROPN\tNNP\t7\tobl\n"
         ".\t.\tPUNCT\t.\t7\tpunct\n",
         "");
}

/* "X employs 3,000 people and is based in Y": the passive conjunct's
 * object is the first verb's subject. */
static void test_passive_conjunct_shares_the_active_subject(void **state) {
  expect(*state, "Varro Tools makes drills and is headquartered in Kesslin.",
         "Varro\tVarro\tPROPN\tNNP\t2\tcompound\n"
         "Tools\tTool\tPROPN\tNNPS\t3\tnsubj\n"
         "makes\tmake\tVERB\tVBZ\t0\troot\n"
         "drills\tdrill\tNOUN\tNNS\t3\tobj\n"
         "and\tand\tCCONJ\tCC\t7\tcc\n"
         "is\tbe\tAUX\tVBZ\t7\taux:pass\n"
         "headquartered\theadquarter\tVERB\tVBN\t3\tconj\n"
         "in\tin\tADP\tIN\t9\tcase\n"
         "Kesslin\tKesslin\tPROPN\tNNP\t7\tobl\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "basedIn(Varro Tools,Kesslin)\n");
}

/* "buy Swedish carmaker/obj Brenna/flat": the noun describes the name
 * hung on it. */
static void test_name_hung_on_the_noun_before_it(void **state) {
  expect(*state, "Talvo Motors agreed to buy Swedish carmaker Brenna.",
         "Talvo\tTalvo\tPROPN\tNNP\t2\tcompound\n"
         "Motors\tMotor\tPROPN\tNNPS\t3\tnsubj\n"
         "agreed\tagree\tVERB\tVBD\t0\troot\n"
         "to\tto\tPART\tTO\t5\tmark\n"
         "buy\tbuy\tVERB\tVB\t3\txcomp\n"
         "Swedish\tSwedish\tADJ\tJJ\t7\tamod\n"
         "carmaker\tcarmaker\tNOUN\tNN\t5\tobj\n"
         "Brenna\tBrenna\tPROPN\tNNP\t7\tflat\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "acquired(Talvo Motors,Brenna) future\nbasedIn(Brenna,Sweden)\n");
}

/* "on 3 March 2015" dates the verb; "was CEO of Y from 2015 to 2019"
 * (the range an nmod of the copula's noun) dates the tie and ends it. */
static void test_day_first_date_and_copular_range(void **state) {
  expect(*state, "Ana Kroll joined Velmar Steel on 3 March 2015.",
         "Ana\tAna\tPROPN\tNNP\t3\tnsubj\n"
         "Kroll\tKroll\tPROPN\tNNP\t1\tflat\n"
         "joined\tjoin\tVERB\tVBD\t0\troot\n"
         "Velmar\tVelmar\tPROPN\tNNP\t5\tcompound\n"
         "Steel\tSteel\tPROPN\tNNP\t3\tobj\n"
         "on\ton\tADP\tIN\t7\tcase\n"
         "3\t3\tNUM\tCD\t3\tobl\n"
         "March\tMarch\tPROPN\tNNP\t7\tnmod:unmarked\n"
         "2015\t2015\tNUM\tCD\t7\tnmod:unmarked\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "joined(Ana Kroll,Velmar Steel) time=2015-03-03\nworksFor(Ana Kroll,Velmar Steel) time=2015-03-03\n");
  expect(*state, "Pim Auder was chairman of Hoven Bank from 2001 until 2008.",
         "Pim\tPim\tPROPN\tNNP\t4\tnsubj\n"
         "Auder\tAuder\tPROPN\tNNP\t1\tflat\n"
         "was\tbe\tAUX\tVBD\t4\tcop\n"
         "chairman\tchairman\tNOUN\tNN\t0\troot\n"
         "of\tof\tADP\tIN\t6\tcase\n"
         "Hoven\tHoven\tPROPN\tNNP\t4\tnmod\n"
         "Bank\tBank\tPROPN\tNNP\t6\tflat\n"
         "from\tfrom\tADP\tIN\t9\tcase\n"
         "2001\t2001\tNUM\tCD\t4\tnmod\n"
         "until\tuntil\tADP\tIN\t11\tcase\n"
         "2008\t2008\tNUM\tCD\t9\tnmod\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "leaderOf(Pim Auder,Hoven Bank) former time=2001\n"
         "holdsPosition(Pim Auder,Hoven Bank) role=Chairman former time=2001\n");
  /* the date after the end phrase, hung on the noun, is the end's */
  expect(*state, "The Vell Front was an affiliate of the Kor Movement until a split in 2019.",
         "The\tthe\tDET\tDT\t3\tdet\n"
         "Vell\tVell\tPROPN\tNNP\t3\tcompound\n"
         "Front\tFront\tPROPN\tNNP\t6\tnsubj\n"
         "was\tbe\tAUX\tVBD\t6\tcop\n"
         "an\ta\tDET\tDT\t6\tdet\n"
         "affiliate\taffiliate\tNOUN\tNN\t0\troot\n"
         "of\tof\tADP\tIN\t10\tcase\n"
         "the\tthe\tDET\tDT\t10\tdet\n"
         "Kor\tKor\tPROPN\tNNP\t10\tcompound\n"
         "Movement\tMovement\tPROPN\tNNP\t6\tnmod\n"
         "until\tuntil\tADP\tIN\t13\tcase\n"
         "a\ta\tDET\tDT\t13\tdet\n"
         "split\tsplit\tNOUN\tNN\t6\tnmod\n"
         "in\tin\tADP\tIN\t15\tcase\n"
         "2019\t2019\tNUM\tCD\t6\tnmod\n"
         ".\t.\tPUNCT\t.\t6\tpunct\n",
         "affiliatedWith(Vell Front,Kor Movement)\n");
}

/* "was pronounced dead at a hospital in Y": the place in the site phrase
 * of a verb's predicate adjective. */
static void test_in_below_site_of_predicate_adjective(void **state) {
  expect(*state, "Jax Morrow was pronounced dead at a hospital in Wexby.",
         "Jax\tJax\tPROPN\tNNP\t4\tnsubj:pass\n"
         "Morrow\tMorrow\tPROPN\tNNP\t1\tflat\n"
         "was\tbe\tAUX\tVBD\t4\taux:pass\n"
         "pronounced\tpronounce\tVERB\tVBN\t0\troot\n"
         "dead\tdead\tADJ\tJJ\t4\txcomp\n"
         "at\tat\tADP\tIN\t8\tcase\n"
         "a\ta\tDET\tDT\t8\tdet\n"
         "hospital\thospital\tNOUN\tNN\t5\tobl\n"
         "in\tin\tADP\tIN\t10\tcase\n"
         "Wexby\tWexby\tPROPN\tNNP\t8\tnmod\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "diedIn(Jax Morrow,Wexby)\n");
}

/* "Jonas Reim was killed in a shelling by rebels PREP Malby." */
#define JONAS_SHELLING(prep)                                                             \
  "Jonas\tJonas\tPROPN\tNNP\t4\tnsubj:pass\n"                                           \
  "Reim\tReim\tPROPN\tNNP\t1\tflat\n"                                                   \
  "was\tbe\tAUX\tVBD\t4\taux:pass\n"                                                    \
  "killed\tkill\tVERB\tVBN\t0\troot\n"                                                  \
  "in\tin\tADP\tIN\t7\tcase\n"                                                          \
  "a\ta\tDET\tDT\t7\tdet\n"                                                             \
  "shelling\tshelling\tNOUN\tNN\t4\tobl\n"                                              \
  "by\tby\tADP\tIN\t9\tcase\n"                                                          \
  "rebels\trebel\tNOUN\tNNS\t7\tnmod\n"                                                 \
  prep "\t" prep "\tADP\tIN\t11\tcase\n"                                                \
  "Malby\tMalby\tPROPN\tNNP\t9\tnmod\n"                                                 \
  ".\t.\tPUNCT\t.\t4\tpunct\n"

/* "killed by militants in a raid in Y" with the raid hung on the agent,
 * and "killed in a shelling by rebels in Y" with the place hung on the
 * event's agent: the place of the deadly event; "near Y" places no one. */
static void test_place_of_event_beside_agent(void **state) {
  expect(*state, "Petra Lund was killed by militants in a raid in Havring.",
         "Petra\tPetra\tPROPN\tNNP\t4\tnsubj:pass\n"
         "Lund\tLund\tPROPN\tNNP\t1\tflat\n"
         "was\tbe\tAUX\tVBD\t4\taux:pass\n"
         "killed\tkill\tVERB\tVBN\t0\troot\n"
         "by\tby\tADP\tIN\t6\tcase\n"
         "militants\tmilitant\tNOUN\tNNS\t4\tobl:agent\n"
         "in\tin\tADP\tIN\t9\tcase\n"
         "a\ta\tDET\tDT\t9\tdet\n"
         "raid\traid\tNOUN\tNN\t6\tnmod\n"
         "in\tin\tADP\tIN\t11\tcase\n"
         "Havring\tHavring\tPROPN\tNNP\t9\tnmod\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "diedIn(Petra Lund,Havring)\n"
         "locatedIn(raid,Havring)\n");
  expect(*state, "Jonas Reim was killed in a shelling by rebels in Malby.",
         JONAS_SHELLING("in"),
         "diedIn(Jonas Reim,Malby)\n");
  expect(*state, "Jonas Reim was killed in a shelling by rebels near Malby.",
         JONAS_SHELLING("near"),
         "");
}

/* "X, founded in 2009 by Y, was acquired by Z in 2021" with "in 2021"
 * hung on Z's name: the participle's year is not the main verb's, the
 * year on the name is; without it the main verb has no date. */
static void test_date_of_a_noun_clause_and_on_a_name(void **state) {
  static const char TREE[] =
      "Velm\tVelm\tPROPN\tNNP\t2\tcompound\n"
      "Foods\tFoods\tPROPN\tNNPS\t12\tnsubj:pass\n"
      ",\t,\tPUNCT\t,\t4\tpunct\n"
      "founded\tfound\tVERB\tVBN\t2\tacl\n"
      "in\tin\tADP\tIN\t6\tcase\n"
      "2009\t2009\tNUM\tCD\t4\tobl\n"
      "by\tby\tADP\tIN\t8\tcase\n"
      "Mara\tMara\tPROPN\tNNP\t4\tobl:agent\n"
      "Quell\tQuell\tPROPN\tNNP\t8\tflat\n"
      ",\t,\tPUNCT\t,\t2\tpunct\n"
      "was\tbe\tAUX\tVBD\t12\taux:pass\n"
      "acquired\tacquire\tVERB\tVBN\t0\troot\n"
      "by\tby\tADP\tIN\t15\tcase\n"
      "Orsk\tOrsk\tPROPN\tNNP\t15\tcompound\n"
      "Bank\tBank\tPROPN\tNNP\t12\tobl:agent\n";
  char with_year[sizeof TREE + 96];
  snprintf(with_year, sizeof with_year, "%s%s", TREE,
           "in\tin\tADP\tIN\t17\tcase\n"
           "2021\t2021\tNUM\tCD\t15\tnmod\n"
           ".\t.\tPUNCT\t.\t12\tpunct\n");
  expect(*state, "Velm Foods, founded in 2009 by Mara Quell, was acquired by Orsk Bank in 2021.",
         with_year,
         "founded(Mara Quell,Velm Foods) time=2009\n"
         "acquired(Orsk Bank,Velm Foods) time=2021\n");
  char without[sizeof TREE + 32];
  snprintf(without, sizeof without, "%s%s", TREE, ".\t.\tPUNCT\t.\t12\tpunct\n");
  expect(*state, "Velm Foods, founded in 2009 by Mara Quell, was acquired by Orsk Bank.", without,
         "founded(Mara Quell,Velm Foods) time=2009\n"
         "acquired(Orsk Bank,Velm Foods)\n");
}

/* "The board fired X as chief executive of Y": a removal verb's "as"
 * post is its object's, given up; "Y replaced X as chief" stays the
 * successor's, held now. */
/* "... VERB Ana Roth as chief executive of Kell Bank." after two words */
#define AS_CHIEF_OF_KELL_BANK                                \
  "Ana\tAna\tPROPN\tNNP\t3\tobj\n"                       \
  "Roth\tRoth\tPROPN\tNNP\t4\tflat\n"                    \
  "as\tas\tADP\tIN\t8\tcase\n"                           \
  "chief\tchief\tADJ\tJJ\t8\tamod\n"                     \
  "executive\texecutive\tNOUN\tNN\t3\tobl\n"             \
  "of\tof\tADP\tIN\t11\tcase\n"                          \
  "Kell\tKell\tPROPN\tNNP\t11\tcompound\n"               \
  "Bank\tBank\tPROPN\tNNP\t8\tnmod\n"                    \
  ".\t.\tPUNCT\t.\t3\tpunct\n"

static void test_removed_object_held_the_as_post(void **state) {
  expect(*state, "The board fired Ana Roth as chief executive of Kell Bank.",
         "The\tthe\tDET\tDT\t2\tdet\n"
         "board\tboard\tNOUN\tNN\t3\tnsubj\n"
         "fired\tfire\tVERB\tVBD\t0\troot\n" AS_CHIEF_OF_KELL_BANK,
         "holdsPosition(Ana Roth,Kell Bank) role=Chief Executive former\n"
         "leaderOf(Ana Roth,Kell Bank) former\n"
         "worksFor(Ana Roth,Kell Bank) former\n");
  expect(*state, "Ada Lind replaced Ana Roth as chief executive of Kell Bank.",
         "Ada\tAda\tPROPN\tNNP\t3\tnsubj\n"
         "Lind\tLind\tPROPN\tNNP\t1\tflat\n"
         "replaced\treplace\tVERB\tVBD\t0\troot\n" AS_CHIEF_OF_KELL_BANK,
         "holdsPosition(Ada Lind,Kell Bank) role=Chief Executive\n"
         "leaderOf(Ada Lind,Kell Bank)\n"
         "worksFor(Ada Lind,Kell Bank)\n"
         "holdsPosition(Ana Roth,Kell Bank) role=Chief Executive former\n"
         "worksFor(Ana Roth,Kell Bank) former\n");
}

/* "X is expected to be named chief executive of Y": the title of a
 * passive naming verb set as a complement is its governor's subject's,
 * with the governor's modality. */
static void test_title_of_a_passive_complement(void **state) {
  expect(*state, "Ana Roth is expected to be named chief executive of Kell Bank.",
         "Ana\tAna\tPROPN\tNNP\t4\tnsubj:pass\n"
         "Roth\tRoth\tPROPN\tNNP\t1\tflat\n"
         "is\tbe\tAUX\tVBZ\t4\taux:pass\n"
         "expected\texpect\tVERB\tVBN\t0\troot\n"
         "to\tto\tPART\tTO\t7\tmark\n"
         "be\tbe\tAUX\tVB\t7\taux:pass\n"
         "named\tname\tVERB\tVBN\t4\txcomp\n"
         "chief\tchief\tADJ\tJJ\t9\tamod\n"
         "executive\texecutive\tNOUN\tNN\t7\txcomp\n"
         "of\tof\tADP\tIN\t12\tcase\n"
         "Kell\tKell\tPROPN\tNNP\t12\tcompound\n"
         "Bank\tBank\tPROPN\tNNP\t9\tnmod\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "holdsPosition(Ana Roth,Kell Bank) role=Chief Executive future\n"
         "leaderOf(Ana Roth,Kell Bank) future\n"
         "worksFor(Ana Roth,Kell Bank) future\n");
}

/* "Kell Bank hired the banker X as its chief executive" with the "as"
 * phrase hung on the object noun, as the treebanks do: the post is the
 * noun's apposed name's. */
static void test_as_post_on_object_noun_with_a_name(void **state) {
  expect(*state, "Kell Bank hired the banker Ana Roth as its chief executive.",
         "Kell\tKell\tPROPN\tNNP\t2\tcompound\n"
         "Bank\tBank\tPROPN\tNNP\t3\tnsubj\n"
         "hired\thire\tVERB\tVBD\t0\troot\n"
         "the\tthe\tDET\tDT\t5\tdet\n"
         "banker\tbanker\tNOUN\tNN\t3\tobj\n"
         "Ana\tAna\tPROPN\tNNP\t5\tappos\n"
         "Roth\tRoth\tPROPN\tNNP\t6\tflat\n"
         "as\tas\tADP\tIN\t11\tcase\n"
         "its\tits\tPRON\tPRP$\t11\tnmod:poss\n"
         "chief\tchief\tADJ\tJJ\t11\tamod\n"
         "executive\texecutive\tNOUN\tNN\t5\tnmod\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "worksFor(Ana Roth,Kell Bank)\n"
         "holdsPosition(Ana Roth,Kell Bank) role=Chief Executive\n"
         "leaderOf(Ana Roth,Kell Bank)\n"
         "worksFor(Ana Roth,Kell Bank)\n");
}

/* "Norway's government appointed X as its ambassador": the post a
 * country's government fills is the country's. */
static void test_government_appoints_to_its_countrys_post(void **state) {
  expect(*state, "Norway's government appointed Ana Roth as its ambassador to Chile.",
         "Norway\tNorway\tPROPN\tNNP\t3\tnmod:poss\n"
         "'s\t's\tPART\tPOS\t1\tcase\n"
         "government\tgovernment\tNOUN\tNN\t4\tnsubj\n"
         "appointed\tappoint\tVERB\tVBD\t0\troot\n"
         "Ana\tAna\tPROPN\tNNP\t4\tobj\n"
         "Roth\tRoth\tPROPN\tNNP\t5\tflat\n"
         "as\tas\tADP\tIN\t9\tcase\n"
         "its\tits\tPRON\tPRP$\t9\tnmod:poss\n"
         "ambassador\tambassador\tNOUN\tNN\t4\tobl\n"
         "to\tto\tADP\tIN\t11\tcase\n"
         "Chile\tChile\tPROPN\tNNP\t9\tnmod\n"
         ".\t.\tPUNCT\t.\t4\tpunct\n",
         "holdsPosition(Ana Roth,Norway) role=Ambassador\n");
}

/* "Velm Foods bought Tamber Holdings from Orsk Bank" with "from Orsk
 * Bank" hung on the object's name: the seller owned it. */
static void test_seller_hung_on_the_bought_name(void **state) {
  expect(*state, "Velm Foods bought Tamber Holdings from Orsk Bank.",
         "Velm\tVelm\tPROPN\tNNP\t2\tcompound\n"
         "Foods\tFoods\tPROPN\tNNPS\t3\tnsubj\n"
         "bought\tbuy\tVERB\tVBD\t0\troot\n"
         "Tamber\tTamber\tPROPN\tNNP\t5\tcompound\n"
         "Holdings\tHoldings\tPROPN\tNNPS\t3\tobj\n"
         "from\tfrom\tADP\tIN\t8\tcase\n"
         "Orsk\tOrsk\tPROPN\tNNP\t8\tcompound\n"
         "Bank\tBank\tPROPN\tNNP\t5\tnmod\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "acquired(Velm Foods,Tamber Holdings)\n"
         "owns(Orsk Bank,Tamber Holdings) former\n");
}

/* "shelled Somali border villages": the demonym on an unnamed target of
 * an attack names the country attacked; not on people ("tourists"). */
static void test_country_of_attacked_targets(void **state) {
  static const char TREE[] =
      "Kenyan\tKenyan\tADJ\tJJ\t2\tamod\n"
      "troops\ttroops\tNOUN\tNNS\t3\tnsubj\n"
      "shelled\tshell\tVERB\tVBD\t0\troot\n"
      "Somali\tSomali\tADJ\tJJ\t6\tamod\n"
      "border\tborder\tNOUN\tNN\t6\tcompound\n"
      "%s\t%s\tNOUN\tNNS\t3\tobj\n"
      ".\t.\tPUNCT\t.\t3\tpunct\n";
  char tree[512];
  snprintf(tree, sizeof tree, TREE, "villages", "village");
  expect(*state, "Kenyan troops shelled Somali border villages.", tree,
         "attacked(Kenya,Somalia)\n");
  snprintf(tree, sizeof tree, TREE, "tourists", "tourist");
  expect(*state, "Kenyan troops shelled Somali border tourists.", tree, "");
}

/* "launched strikes against targets in Somalia": the place an attack's
 * unnamed target lies in is attacked; condemning such strikes is not. */
static void test_place_of_attack_target(void **state) {
  static const char TREE[] =
      "Kenya\tKenya\tPROPN\tNNP\t2\tnsubj\n"
      "%s\t%s\tVERB\tVBD\t0\troot\n"
      "strikes\tstrike\tNOUN\tNNS\t2\tobj\n"
      "against\tagainst\tADP\tIN\t5\tcase\n"
      "targets\ttarget\tNOUN\tNNS\t3\tnmod\n"
      "in\tin\tADP\tIN\t7\tcase\n"
      "Somalia\tSomalia\tPROPN\tNNP\t5\tnmod\n"
      ".\t.\tPUNCT\t.\t2\tpunct\n";
  char tree[512];
  snprintf(tree, sizeof tree, TREE, "launched", "launch");
  expect(*state, "Kenya launched strikes against targets in Somalia.", tree,
         "attacked(Kenya,Somalia)\n");
  snprintf(tree, sizeof tree, TREE, "condemned", "condemn");
  expect(*state, "Kenya condemned strikes against targets in Somalia.", tree, "");
}

/* "annexed the Somali region of Gedo": the region's noun stands for the
 * place its "of" phrase names; praising it takes nothing. */
static void test_region_named_by_its_of_phrase(void **state) {
  static const char TREE[] =
      "Kenya\tKenya\tPROPN\tNNP\t2\tnsubj\n"
      "%s\t%s\tVERB\tVBD\t0\troot\n"
      "the\tthe\tDET\tDT\t5\tdet\n"
      "Somali\tSomali\tADJ\tJJ\t5\tamod\n"
      "region\tregion\tNOUN\tNN\t2\tobj\n"
      "of\tof\tADP\tIN\t7\tcase\n"
      "Gedo\tGedo\tPROPN\tNNP\t5\tnmod\n"
      ".\t.\tPUNCT\t.\t2\tpunct\n";
  char tree[512];
  snprintf(tree, sizeof tree, TREE, "annexed", "annex");
  char *got = facts_of(*state, "Kenya annexed the Somali region of Gedo.", tree);
  assert_non_null(strstr(got, "captured(Kenya,Gedo)\n"));
  free(got);
  snprintf(tree, sizeof tree, TREE, "praised", "praise");
  got = facts_of(*state, "Kenya praised the Somali region of Gedo.", tree);
  assert_null(strstr(got, "captured("));
  free(got);
}

/* "X, Kenya's finance minister since 2019, spoke": an apposition is a
 * copula unsaid, its "since" phrase dates the office; no date, no time. */
static void test_apposition_office_dated_by_its_phrase(void **state) {
  static const char TREE[] =
      "Mara\tMara\tPROPN\tNNP\t10\tnsubj\n"
      "Quell\tQuell\tPROPN\tNNP\t1\tflat\n"
      ",\t,\tPUNCT\t,\t6\tpunct\n"
      "Kenya\tKenya\tPROPN\tNNP\t6\tnmod:poss\n"
      "'s\t's\tPART\tPOS\t4\tcase\n"
      "minister\tminister\tNOUN\tNN\t1\tappos\n"
      "%s\t%s\tADP\tIN\t8\tcase\n"
      "%s\t%s\t%s\t6\tnmod\n"
      ",\t,\tPUNCT\t,\t1\tpunct\n"
      "spoke\tspeak\tVERB\tVBD\t0\troot\n"
      ".\t.\tPUNCT\t.\t10\tpunct\n";
  char tree[768];
  snprintf(tree, sizeof tree, TREE, "since", "since", "2019", "2019", "NUM\tCD");
  expect(*state, "Mara Quell, Kenya's minister since 2019, spoke.", tree,
         "holdsPosition(Mara Quell,Kenya) role=Minister time=2019\n");
  snprintf(tree, sizeof tree, TREE, "for", "for", "years", "year", "NOUN\tNNS");
  expect(*state, "Mara Quell, Kenya's minister for years, spoke.", tree,
         "holdsPosition(Mara Quell,Kenya) role=Minister\n");
}

/* "\"Growth will slow,\" Orsk Bank's economist, Mara Quell, wrote" parsed
 * with the noun apposed to the quote's verb: a verb has no apposition, the
 * noun describes its own; apposed to a name it describes that name. */
static void test_noun_apposed_to_a_verb(void **state) {
  static const char TREE[] =
      "\"\t\"\tPUNCT\t``\t4\tpunct\n"
      "Growth\tgrowth\tNOUN\tNN\t4\tnsubj\n"
      "will\twill\tAUX\tMD\t4\taux\n"
      "slow\tslow\tVERB\tVB\t0\troot\n"
      ",\t,\tPUNCT\t,\t4\tpunct\n"
      "\"\t\"\tPUNCT\t''\t10\tpunct\n"
      "Orsk\tOrsk\tPROPN\tNNP\t8\tcompound\n"
      "Bank\tBank\tPROPN\tNNP\t10\tnmod:poss\n"
      "'s\t's\tPART\tPOS\t8\tcase\n"
      "economist\teconomist\tNOUN\tNN\t4\tappos\n"
      ",\t,\tPUNCT\t,\t12\tpunct\n"
      "Mara\tMara\tPROPN\tNNP\t10\tappos\n"
      "Quell\tQuell\tPROPN\tNNP\t12\tflat\n"
      ",\t,\tPUNCT\t,\t15\tpunct\n"
      "wrote\twrite\tVERB\tVBD\t10\tacl:relcl\n"
      ".\t.\tPUNCT\t.\t4\tpunct\n";
  char *got = facts_of(*state, "\"Growth will slow,\" Orsk Bank's economist, Mara Quell, wrote.", TREE);
  assert_non_null(strstr(got, "worksFor(Mara Quell,Orsk Bank)\n"));
  free(got);
}

/* "X said (that) chief executive Y would retire": a bare title is of the
 * sentence's one organisation when that organisation reports it; not when
 * a second is named ("X told Y that ..."), nor when a person reports. */
#define REPORTED_CHIEF(subject)                                                          \
  subject "said\tsay\tVERB\tVBD\t0\troot\n"                                               \
  "chief\tchief\tADJ\tJJ\t5\tamod\n"                                                    \
  "executive\texecutive\tNOUN\tNN\t7\tnmod:desc\n"                                     \
  "Ana\tAna\tPROPN\tNNP\t7\tcompound\n"                                                 \
  "Roe\tRoe\tPROPN\tNNP\t9\tnsubj\n"                                                    \
  "would\twould\tAUX\tMD\t9\taux\n"                                                     \
  "retire\tretire\tVERB\tVB\t3\tccomp\n"                                                \
  ".\t.\tPUNCT\t.\t3\tpunct\n"

static void test_bare_title_of_the_reporting_firm(void **state) {
  char *got = facts_of(*state, "Velmar Steel said chief executive Ana Roe would retire.",
                       REPORTED_CHIEF("Velmar\tVelmar\tPROPN\tNNP\t3\tnsubj\n"
                                      "Steel\tSteel\tPROPN\tNNP\t1\tflat\n"));
  assert_non_null(strstr(got, "leaderOf(Ana Roe,Velmar Steel)\n"));
  free(got);
  got = facts_of(*state, "Tom Brek said chief executive Ana Roe would retire.",
                 REPORTED_CHIEF("Tom\tTom\tPROPN\tNNP\t3\tnsubj\n"
                                "Brek\tBrek\tPROPN\tNNP\t1\tflat\n"));
  assert_null(strstr(got, "leaderOf(Ana Roe"));
  free(got);
}

/* "Y joined X in 2001 and became chief executive in 2015": the conjoined
 * verb's title is of the first verb's object, dated by its own phrase. */
static void test_bare_title_of_the_conjoined_object(void **state) {
  static const char TREE[] = "Ana\tAna\tPROPN\tNNP\t3\tnsubj\n"
                             "Roe\tRoe\tPROPN\tNNP\t1\tflat\n"
                             "joined\tjoin\tVERB\tVBD\t0\troot\n"
                             "Kessler\tKessler\tPROPN\tNNP\t5\tcompound\n"
                             "Foods\tFoods\tPROPN\tNNPS\t3\tobj\n"
                             "in\tin\tADP\tIN\t7\tcase\n"
                             "2001\t2001\tNUM\tCD\t3\tobl\n"
                             "and\tand\tCCONJ\tCC\t9\tcc\n"
                             "became\tbecome\tVERB\tVBD\t3\tconj\n"
                             "chief\tchief\tADJ\tJJ\t11\tamod\n"
                             "executive\texecutive\tNOUN\tNN\t9\txcomp\n"
                             "in\tin\tADP\tIN\t13\tcase\n"
                             "2015\t2015\tNUM\tCD\t11\tnmod\n"
                             ".\t.\tPUNCT\t.\t3\tpunct\n";
  char *got = facts_of(*state, "Ana Roe joined Kessler Foods in 2001 and became chief executive in 2015.",
                       TREE);
  assert_non_null(strstr(got, "leaderOf(Ana Roe,Kessler Foods) time=2015\n"));
  free(got);
}

/* "Y appointed X, previously at Z, as chief financial officer": the adverb
 * with its own "at" phrase says where X was, not that the post is over. */
static void test_former_adverb_with_its_own_phrase(void **state) {
  static const char TREE[] = "Velmar\tVelmar\tPROPN\tNNP\t3\tnsubj\n"
                             "Steel\tSteel\tPROPN\tNNP\t1\tflat\n"
                             "appointed\tappoint\tVERB\tVBD\t0\troot\n"
                             "Ana\tAna\tPROPN\tNNP\t3\tobj\n"
                             "Roe\tRoe\tPROPN\tNNP\t4\tflat\n"
                             ",\t,\tPUNCT\t,\t7\tpunct\n"
                             "previously\tpreviously\tADV\tRB\t3\tadvmod\n"
                             "at\tat\tADP\tIN\t10\tcase\n"
                             "Kessler\tKessler\tPROPN\tNNP\t10\tcompound\n"
                             "Bank\tBank\tPROPN\tNNP\t7\tobl\n"
                             ",\t,\tPUNCT\t,\t15\tpunct\n"
                             "as\tas\tADP\tIN\t15\tcase\n"
                             "chief\tchief\tADJ\tJJ\t15\tamod\n"
                             "financial\tfinancial\tADJ\tJJ\t15\tamod\n"
                             "officer\tofficer\tNOUN\tNN\t3\tobl\n"
                             ".\t.\tPUNCT\t.\t3\tpunct\n";
  char *got = facts_of(
      *state, "Velmar Steel appointed Ana Roe, previously at Kessler Bank, as chief financial officer.",
      TREE);
  assert_non_null(strstr(got, "holdsPosition(Ana Roe,Velmar Steel) role=Chief Financial Officer\n"));
  free(got);
}

/* "X bought Y and sold it to Z": the object "it" stands for the one
 * organisation named as an object before it; not when another is named
 * before it ("bought Y from W and sold it"). */
static void test_it_object_stands_for_the_one_object_named(void **state) {
  static const char ONE[] = "Velmar\tVelmar\tPROPN\tNNP\t3\tnsubj\n"
                           "Steel\tSteel\tPROPN\tNNP\t1\tflat\n"
                           "bought\tbuy\tVERB\tVBD\t0\troot\n"
                           "Orvan\tOrvan\tPROPN\tNNP\t3\tobj\n"
                           "Mining\tMining\tPROPN\tNNP\t4\tflat\n"
                           "and\tand\tCCONJ\tCC\t7\tcc\n"
                           "sold\tsell\tVERB\tVBD\t3\tconj\n"
                           "it\tit\tPRON\tPRP\t7\tobj\n"
                           "to\tto\tADP\tIN\t10\tcase\n"
                           "Kessler\tKessler\tPROPN\tNNP\t7\tobl\n"
                           "AG\tAG\tPROPN\tNNP\t10\tflat\n"
                           ".\t.\tPUNCT\t.\t3\tpunct\n";
  static const char TWO[] = "Velmar\tVelmar\tPROPN\tNNP\t3\tnsubj\n"
                           "Steel\tSteel\tPROPN\tNNP\t1\tflat\n"
                           "bought\tbuy\tVERB\tVBD\t0\troot\n"
                           "Orvan\tOrvan\tPROPN\tNNP\t3\tobj\n"
                           "Mining\tMining\tPROPN\tNNP\t4\tflat\n"
                           "from\tfrom\tADP\tIN\t7\tcase\n"
                           "Dask\tDask\tPROPN\tNNP\t3\tobl\n"
                           "Oil\tOil\tPROPN\tNNP\t7\tflat\n"
                           "and\tand\tCCONJ\tCC\t10\tcc\n"
                           "sold\tsell\tVERB\tVBD\t3\tconj\n"
                           "it\tit\tPRON\tPRP\t10\tobj\n"
                           "to\tto\tADP\tIN\t13\tcase\n"
                           "Kessler\tKessler\tPROPN\tNNP\t10\tobl\n"
                           "AG\tAG\tPROPN\tNNP\t13\tflat\n"
                           ".\t.\tPUNCT\t.\t3\tpunct\n";
  char *got = facts_of(*state, "Velmar Steel bought Orvan Mining and sold it to Kessler AG.", ONE);
  assert_non_null(strstr(got, "acquired(Kessler AG,Orvan Mining)"));
  free(got);
  got = facts_of(*state, "Velmar Steel bought Orvan Mining from Dask Oil and sold it to Kessler AG.", TWO);
  assert_null(strstr(got, "acquired(Kessler AG"));
  free(got);
}

/* "A and B restored relations with C": a noun of ties with a party of its
 * own pairs each subject with that party, not the subjects together. */
static void test_reciprocal_noun_with_its_own_party(void **state) {
  static const char TREE[] = "Chile\tChile\tPROPN\tNNP\t4\tnsubj\n"
                             "and\tand\tCCONJ\tCC\t3\tcc\n"
                             "Peru\tPeru\tPROPN\tNNP\t1\tconj\n"
                             "restored\trestore\tVERB\tVBD\t0\troot\n"
                             "relations\trelation\tNOUN\tNNS\t4\tobj\n"
                             "with\twith\tADP\tIN\t7\tcase\n"
                             "Bolivia\tBolivia\tPROPN\tNNP\t5\tnmod\n"
                             ".\t.\tPUNCT\t.\t4\tpunct\n";
  char *got = facts_of(*state, "Chile and Peru restored relations with Bolivia.", TREE);
  assert_non_null(strstr(got, "cooperatesWith(Chile,Bolivia)"));
  assert_null(strstr(got, "cooperatesWith(Chile,Peru)"));
  free(got);
}

/* "X runs the Asian unit of Y", "X, who heads the Halden branch of Y": a
 * verb's object that is a part of an organisation names the organisation
 * its head works for, with "of Y" hung on the part or on the verb; not
 * when the part's own "of" phrase names nobody ("a team of lawyers"). */
static void test_part_object_names_its_organisation(void **state) {
  static const char ON_PART[] = "Mikel\tMikel\tPROPN\tNNP\t3\tnsubj\n"
                                "Arana\tArana\tPROPN\tNNP\t1\tflat\n"
                                "runs\trun\tVERB\tVBZ\t0\troot\n"
                                "the\tthe\tDET\tDT\t6\tdet\n"
                                "Asian\tAsian\tADJ\tJJ\t6\tamod\n"
                                "unit\tunit\tNOUN\tNN\t3\tobj\n"
                                "of\tof\tADP\tIN\t10\tcase\n"
                                "the\tthe\tDET\tDT\t10\tdet\n"
                                "Norcap\tNorcap\tPROPN\tNNP\t10\tcompound\n"
                                "Group\tGroup\tPROPN\tNNP\t6\tnmod\n"
                                ".\t.\tPUNCT\t.\t3\tpunct\n";
  static const char ON_VERB[] = "Ana\tAna\tPROPN\tNNP\t13\tnsubj\n"
                                "Roe\tRoe\tPROPN\tNNP\t1\tflat\n"
                                ",\t,\tPUNCT\t,\t5\tpunct\n"
                                "who\twho\tPRON\tWP\t5\tnsubj\n"
                                "heads\thead\tVERB\tVBZ\t1\tacl:relcl\n"
                                "the\tthe\tDET\tDT\t8\tdet\n"
                                "Halden\tHalden\tPROPN\tNNP\t8\tcompound\n"
                                "branch\tbranch\tNOUN\tNN\t5\tobj\n"
                                "of\tof\tADP\tIN\t10\tcase\n"
                                "Kessler\tKessler\tPROPN\tNNP\t11\tcompound\n"
                                "Bank\tBank\tPROPN\tNNP\t5\tobl\n"
                                ",\t,\tPUNCT\t,\t1\tpunct\n"
                                "declined\tdecline\tVERB\tVBD\t0\troot\n"
                                "to\tto\tPART\tTO\t15\tmark\n"
                                "comment\tcomment\tVERB\tVB\t13\txcomp\n"
                                ".\t.\tPUNCT\t.\t13\tpunct\n";
  static const char NOBODY[] = "Mikel\tMikel\tPROPN\tNNP\t3\tnsubj\n"
                               "Arana\tArana\tPROPN\tNNP\t1\tflat\n"
                               "runs\trun\tVERB\tVBZ\t0\troot\n"
                               "a\ta\tDET\tDT\t5\tdet\n"
                               "team\tteam\tNOUN\tNN\t3\tobj\n"
                               "of\tof\tADP\tIN\t7\tcase\n"
                               "lawyers\tlawyer\tNOUN\tNNS\t5\tnmod\n"
                               "for\tfor\tADP\tIN\t11\tcase\n"
                               "the\tthe\tDET\tDT\t11\tdet\n"
                               "Norcap\tNorcap\tPROPN\tNNP\t11\tcompound\n"
                               "Group\tGroup\tPROPN\tNNP\t5\tnmod\n"
                               ".\t.\tPUNCT\t.\t3\tpunct\n";
  char *got = facts_of(*state, "Mikel Arana runs the Asian unit of the Norcap Group.", ON_PART);
  assert_non_null(strstr(got, "worksFor(Mikel Arana,Norcap Group)\n"));
  assert_null(strstr(got, "leaderOf("));
  free(got);
  got = facts_of(*state, "Ana Roe, who heads the Halden branch of Kessler Bank, declined to comment.",
                 ON_VERB);
  assert_non_null(strstr(got, "worksFor(Ana Roe,Kessler Bank)\n"));
  assert_null(strstr(got, "leaderOf("));
  free(got);
  got = facts_of(*state, "Mikel Arana runs a team of lawyers for the Norcap Group.", NOBODY);
  assert_null(strstr(got, "worksFor("));
  free(got);
}

/* "X and his wife, Y, run a shop": the name after the comma, which the
 * parser lists after X rather than apposing it to "wife", is the one the
 * noun describes. */
static void test_name_listed_after_the_comma(void **state) {
  static const char TREE[] = "Tom\tTom\tPROPN\tNNP\t10\tnsubj\n"
                             "Reyes\tReyes\tPROPN\tNNP\t1\tflat\n"
                             "and\tand\tCCONJ\tCC\t5\tcc\n"
                             "his\this\tPRON\tPRP$\t5\tnmod:poss\n"
                             "wife\twife\tNOUN\tNN\t1\tconj\n"
                             ",\t,\tPUNCT\t,\t8\tpunct\n"
                             "Ana\tAna\tPROPN\tNNP\t8\tcompound\n"
                             "Reyes\tReyes\tPROPN\tNNP\t1\tlist\n"
                             ",\t,\tPUNCT\t,\t10\tpunct\n"
                             "run\trun\tVERB\tVBP\t0\troot\n"
                             "a\ta\tDET\tDT\t12\tdet\n"
                             "bakery\tbakery\tNOUN\tNN\t10\tobj\n"
                             ".\t.\tPUNCT\t.\t10\tpunct\n";
  char *got = facts_of(*state, "Tom Reyes and his wife, Ana Reyes, run a bakery.", TREE);
  assert_non_null(strstr(got, "spouseOf(Ana Reyes,Tom Reyes)\n"));
  free(got);
}

/* "Finland appointed X as ambassador to Kenya": a diplomatic post with
 * only its host named is the appointing state's, named itself or by its
 * government's demonym; "as an envoy to Y" is Y's, as a seat of several. */
static void test_envoy_post_is_the_sending_states(void **state) {
  static const char NAMED[] = "Finland\tFinland\tPROPN\tNNP\t2\tnsubj\n"
                              "appointed\tappoint\tVERB\tVBD\t0\troot\n"
                              "Aino\tAino\tPROPN\tNNP\t4\tcompound\n"
                              "Lepp\tLepp\tPROPN\tNNP\t2\tobj\n"
                              "as\tas\tADP\tIN\t6\tcase\n"
                              "ambassador\tambassador\tNOUN\tNN\t2\tobl\n"
                              "to\tto\tADP\tIN\t8\tcase\n"
                              "Kenya\tKenya\tPROPN\tNNP\t6\tnmod\n"
                              ".\t.\tPUNCT\t.\t2\tpunct\n";
  static const char DEMONYM[] = "The\tthe\tDET\tDT\t3\tdet\n"
                                "Danish\tDanish\tADJ\tJJ\t3\tamod\n"
                                "government\tgovernment\tNOUN\tNN\t4\tnsubj\n"
                                "appointed\tappoint\tVERB\tVBD\t0\troot\n"
                                "Mads\tMads\tPROPN\tNNP\t4\tobj\n"
                                "Kjer\tKjer\tPROPN\tNNP\t5\tflat\n"
                                "as\tas\tADP\tIN\t%d\tcase\n"
                                "%s"
                                "envoy\tenvoy\tNOUN\tNN\t4\tobl\n"
                                "to\tto\tADP\tIN\t%d\tcase\n"
                                "Peru\tPeru\tPROPN\tNNP\t%d\tnmod\n"
                                ".\t.\tPUNCT\t.\t4\tpunct\n";
  char *got = facts_of(*state, "Finland appointed Aino Lepp as ambassador to Kenya.", NAMED);
  assert_non_null(strstr(got, "holdsPosition(Aino Lepp,Finland) role=Ambassador\n"));
  assert_null(strstr(got, ",Kenya)"));
  free(got);
  char tree[1024];
  snprintf(tree, sizeof tree, DEMONYM, 8, "", 10, 8);
  got = facts_of(*state, "The Danish government appointed Mads Kjer as envoy to Peru.", tree);
  assert_non_null(strstr(got, "holdsPosition(Mads Kjer,Denmark) role=Envoy\n"));
  free(got);
  snprintf(tree, sizeof tree, DEMONYM, 9, "an\ta\tDET\tDT\t9\tdet\n", 11, 9);
  got = facts_of(*state, "The Danish government appointed Mads Kjer as an envoy to Peru.", tree);
  assert_non_null(strstr(got, "holdsPosition(Mads Kjer,Peru) role=Envoy\n"));
  free(got);
}

/* "X has agreed to be bought by Y", "Y wants X to be sold": a passive
 * infinitive's subject is its controller's, or the object it completes. */
static void test_passive_infinitive_takes_the_controller(void **state) {
  char *got = facts_of(*state, "Orvan Mining has agreed to be bought by Kessler Group.",
                       "Orvan\tOrvan\tPROPN\tNNP\t4\tnsubj\n"
                       "Mining\tMining\tPROPN\tNNP\t1\tflat\n"
                       "has\thave\tAUX\tVBZ\t4\taux\n"
                       "agreed\tagree\tVERB\tVBN\t0\troot\n"
                       "to\tto\tPART\tTO\t7\tmark\n"
                       "be\tbe\tAUX\tVB\t7\taux:pass\n"
                       "bought\tbuy\tVERB\tVBN\t4\txcomp\n"
                       "by\tby\tADP\tIN\t9\tcase\n"
                       "Kessler\tKessler\tPROPN\tNNP\t10\tcompound\n"
                       "Group\tGroup\tPROPN\tNNP\t7\tobj\n"
                       ".\t.\tPUNCT\t.\t4\tpunct\n");
  assert_non_null(strstr(got, "acquired(Kessler Group,Orvan Mining)"));
  free(got);
  got = facts_of(*state, "Danvers Capital wants Belko Systems to be sold to Kessler Group.",
                 "Danvers\tDanvers\tPROPN\tNNP\t2\tcompound\n"
                 "Capital\tCapital\tPROPN\tNNP\t3\tnsubj\n"
                 "wants\twant\tVERB\tVBZ\t0\troot\n"
                 "Belko\tBelko\tPROPN\tNNP\t5\tcompound\n"
                 "Systems\tSystems\tPROPN\tNNPS\t3\tobj\n"
                 "to\tto\tPART\tTO\t8\tmark\n"
                 "be\tbe\tAUX\tVB\t8\taux:pass\n"
                 "sold\tsell\tVERB\tVBN\t3\txcomp\n"
                 "to\tto\tADP\tIN\t11\tcase\n"
                 "Kessler\tKessler\tPROPN\tNNP\t11\tcompound\n"
                 "Group\tGroup\tPROPN\tNNP\t8\tobl\n"
                 ".\t.\tPUNCT\t.\t3\tpunct\n");
  assert_non_null(strstr(got, "acquired(Kessler Group,Belko Systems)"));
  assert_null(strstr(got, "acquired(Kessler Group,Danvers Capital)"));
  free(got);
}

/* "Y chairman A and chief executive B both resigned": the second title
 * shares the first's organisation, and its holder gave the post up too. */
static void test_conjoined_title_after_a_titled_name(void **state) {
  char *got = facts_of(*state, "Velmar Steel chairman Ana Roe and chief executive Tom Brek resigned.",
                       "Velmar\tVelmar\tPROPN\tNNP\t11\tnsubj\n"
                       "Steel\tSteel\tPROPN\tNNP\t1\tflat\n"
                       "chairman\tchairman\tNOUN\tNN\t4\tnmod:desc\n"
                       "Ana\tAna\tPROPN\tNNP\t11\tnsubj\n"
                       "Roe\tRoe\tPROPN\tNNP\t4\tflat\n"
                       "and\tand\tCCONJ\tCC\t8\tcc\n"
                       "chief\tchief\tADJ\tJJ\t8\tamod\n"
                       "executive\texecutive\tNOUN\tNN\t4\tconj\n"
                       "Tom\tTom\tPROPN\tNNP\t8\tappos\n"
                       "Brek\tBrek\tPROPN\tNNP\t9\tflat\n"
                       "resigned\tresign\tVERB\tVBD\t0\troot\n"
                       ".\t.\tPUNCT\t.\t11\tpunct\n");
  assert_non_null(strstr(got, "leaderOf(Ana Roe,Velmar Steel) former\n"));
  assert_non_null(strstr(got, "leaderOf(Tom Brek,Velmar Steel) former\n"));
  free(got);
}

#define BASED_IN_OSLO                                                                              \
  "Kessler\tKessler\tPROPN\tNNP\t2\tcompound\n"                                                 \
  "Group\tGroup\tPROPN\tNNP\t4\tnsubj:pass\n"                                                   \
  "is\tbe\tAUX\tVBZ\t4\taux:pass\n"                                                             \
  "based\tbase\tVERB\tVBN\t0\troot\n"                                                           \
  "in\tin\tADP\tIN\t6\tcase\n"                                                                  \
  "Oslo\tOslo\tPROPN\tNNP\t4\tobl\n"

/* "based in Oslo, in southern Norway": the comma's "in" phrase says where
 * the place before it is; "in Oslo and in Bergen" are both bases. */
static void test_in_phrase_after_a_place_is_its_container(void **state) {
  char *got = facts_of(*state, "Kessler Group is based in Oslo, in southern Norway.",
                       BASED_IN_OSLO
                       ",\t,\tPUNCT\t,\t10\tpunct\n"
                       "in\tin\tADP\tIN\t10\tcase\n"
                       "southern\tsouthern\tADJ\tJJ\t10\tamod\n"
                       "Norway\tNorway\tPROPN\tNNP\t4\tobl\n"
                       ".\t.\tPUNCT\t.\t4\tpunct\n");
  assert_non_null(strstr(got, "basedIn(Kessler Group,Oslo)"));
  assert_null(strstr(got, "basedIn(Kessler Group,Norway)"));
  free(got);
  got = facts_of(*state, "Kessler Group is based in Oslo and in Bergen.",
                 BASED_IN_OSLO
                 "and\tand\tCCONJ\tCC\t9\tcc\n"
                 "in\tin\tADP\tIN\t9\tcase\n"
                 "Bergen\tBergen\tPROPN\tNNP\t6\tconj\n"
                 ".\t.\tPUNCT\t.\t4\tpunct\n");
  assert_non_null(strstr(got, "basedIn(Kessler Group,Bergen)"));
  free(got);
}

/* "Y chose (picked, tapped) X as chief executive" fills Y's post as
 * "appointed" does; "praised X as chief executive" fills none. */
static void test_chosen_post_is_the_choosers(void **state) {
  static const char CHOSE[] = "Velmar\tVelmar\tPROPN\tNNP\t3\tnsubj\n"
                              "Bank\tBank\tPROPN\tNNP\t1\tflat\n"
                              "%s\t%s\tVERB\tVBD\t0\troot\n"
                              "Rita\tRita\tPROPN\tNNP\t5\tcompound\n"
                              "Kosse\tKosse\tPROPN\tNNP\t3\tobj\n"
                              "as\tas\tADP\tIN\t8\tcase\n"
                              "chief\tchief\tADJ\tJJ\t8\tamod\n"
                              "executive\texecutive\tNOUN\tNN\t3\tobl\n"
                              ".\t.\tPUNCT\t.\t3\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, CHOSE, "chose", "choose");
  char *got = facts_with(*state, "Velmar Bank chose Rita Kosse as chief executive.", tree,
                         "Gg.Pp....");
  assert_non_null(strstr(got, "holdsPosition(Rita Kosse,Velmar Bank) role=Chief Executive\n"));
  free(got);
  snprintf(tree, sizeof tree, CHOSE, "tapped", "tap");
  got = facts_with(*state, "Velmar Bank tapped Rita Kosse as chief executive.", tree, "Gg.Pp....");
  assert_non_null(strstr(got, "holdsPosition(Rita Kosse,Velmar Bank) role=Chief Executive\n"));
  free(got);
  snprintf(tree, sizeof tree, CHOSE, "praised", "praise");
  got = facts_with(*state, "Velmar Bank praised Rita Kosse as chief executive.", tree, "Gg.Pp....");
  assert_null(strstr(got, "holdsPosition(Rita Kosse,Velmar Bank)"));
  free(got);
}

/* "X agreed to the sale of Y to Z": a deal noun under a verb of plan is
 * future, as under one that stops it ("blocked the sale"); "completed the
 * sale" states it done. */
static void test_planned_noun_is_future(void **state) {
  static const char SALE[] = "Kessler\tKessler\tPROPN\tNNP\t3\tnsubj\n"
                             "AG\tAG\tPROPN\tNNP\t1\tflat\n"
                             "%s\t%s\tVERB\tVBD\t0\troot\n"
                             "%s"
                             "the\tthe\tDET\tDT\t%d\tdet\n"
                             "sale\tsale\tNOUN\tNN\t3\t%s\n"
                             "of\tof\tADP\tIN\t%d\tcase\n"
                             "Kovo\tKovo\tPROPN\tNNP\t%d\tnmod\n"
                             "Ltd\tLtd\tPROPN\tNNP\t%d\tflat\n"
                             "to\tto\tADP\tIN\t%d\tcase\n"
                             "Brenner\tBrenner\tPROPN\tNNP\t%d\tcompound\n"
                             "Group\tGroup\tPROPN\tNNP\t%d\tnmod\n"
                             ".\t.\tPUNCT\t.\t3\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, SALE, "agreed", "agree", "to\tto\tADP\tIN\t6\tcase\n", 6, "obl", 8,
           6, 8, 12, 12, 8);
  char *got = facts_with(*state, "Kessler AG agreed to the sale of Kovo Ltd to Brenner Group.",
                         tree, "Gg.....Gg.Gg.");
  assert_non_null(strstr(got, "acquired(Brenner Group,Kovo Ltd) future\n"));
  free(got);
  snprintf(tree, sizeof tree, SALE, "completed", "complete", "", 5, "obj", 7, 5, 7, 11, 11, 7);
  got = facts_with(*state, "Kessler AG completed the sale of Kovo Ltd to Brenner Group.", tree,
                   "Gg....Gg.Gg.");
  assert_non_null(strstr(got, "acquired(Brenner Group,Kovo Ltd)\n"));
  free(got);
  snprintf(tree, sizeof tree, SALE, "blocked", "block", "", 5, "obj", 7, 5, 7, 11, 11, 7);
  got = facts_with(*state, "Kessler AG blocked the sale of Kovo Ltd to Brenner Group.", tree,
                   "Gg....Gg.Gg.");
  assert_non_null(strstr(got, "acquired(Brenner Group,Kovo Ltd) future\n"));
  free(got);
}

/* A person's noun under a verb of plan names no act: "The leader of the
 * Civic Alliance, Petra Sund, is expected to become prime minister" (she
 * leads it now). */
static void test_planned_noun_is_no_person(void **state) {
  char *got =
      facts_with(*state,
                 "The leader of the Civic Alliance, Petra Sund, is expected to become prime "
                 "minister.",
                 "The\tthe\tDET\tDT\t2\tdet\n"
                 "leader\tleader\tNOUN\tNN\t12\tnsubj:pass\n"
                 "of\tof\tADP\tIN\t6\tcase\n"
                 "the\tthe\tDET\tDT\t6\tdet\n"
                 "Civic\tCivic\tPROPN\tNNP\t6\tcompound\n"
                 "Alliance\tAlliance\tPROPN\tNNP\t2\tnmod\n"
                 ",\t,\tPUNCT\t,\t8\tpunct\n"
                 "Petra\tPetra\tPROPN\tNNP\t2\tappos\n"
                 "Sund\tSund\tPROPN\tNNP\t8\tflat\n"
                 ",\t,\tPUNCT\t,\t2\tpunct\n"
                 "is\tbe\tAUX\tVBZ\t12\taux:pass\n"
                 "expected\texpect\tVERB\tVBN\t0\troot\n"
                 "to\tto\tPART\tTO\t14\tmark\n"
                 "become\tbecome\tVERB\tVB\t12\txcomp\n"
                 "prime\tprime\tADJ\tJJ\t16\tamod\n"
                 "minister\tminister\tNOUN\tNN\t14\txcomp\n"
                 ".\t.\tPUNCT\t.\t12\tpunct\n",
                 "....Gg.Pp........");
  assert_non_null(strstr(got, "leaderOf(Petra Sund,Civic Alliance)\n"));
  free(got);
}

/* "freed two hostages, A and B, on Monday" with the names hung on
 * "Monday": they are the hostages, each one freed. */
static void test_apposition_hung_on_a_later_phrase(void **state) {
  char *got = facts_with(*state, "Hamas freed two hostages, Karl Hest and Petra Lind, on Monday.",
                         "Hamas\tHamas\tPROPN\tNNP\t2\tnsubj\n"
                         "freed\tfree\tVERB\tVBD\t0\troot\n"
                         "two\ttwo\tNUM\tCD\t4\tnummod\n"
                         "hostages\thostage\tNOUN\tNNS\t2\tobj\n"
                         ",\t,\tPUNCT\t,\t13\tpunct\n"
                         "Karl\tKarl\tPROPN\tNNP\t13\tappos\n"
                         "Hest\tHest\tPROPN\tNNP\t6\tflat\n"
                         "and\tand\tCCONJ\tCC\t9\tcc\n"
                         "Petra\tPetra\tPROPN\tNNP\t6\tconj\n"
                         "Lind\tLind\tPROPN\tNNP\t9\tflat\n"
                         ",\t,\tPUNCT\t,\t13\tpunct\n"
                         "on\ton\tADP\tIN\t13\tcase\n"
                         "Monday\tMonday\tPROPN\tNNP\t2\tobl\n"
                         ".\t.\tPUNCT\t.\t2\tpunct\n",
                         "G....Pp.Pp....");
  assert_non_null(strstr(got, "released(Hamas,Karl Hest)"));
  assert_non_null(strstr(got, "released(Hamas,Petra Lind)"));
  free(got);
}

/* "Velm Systems appointed a new chief executive, Ivo Berg,": the post an
 * appointing verb's object names, its holder apposed, is the appointer's;
 * not a post a verb of praise takes, nor one with an owner of its own. */
static void test_apposed_holder_of_the_appointers_post(void **state) {
  static const char POST[] = "Velm\tVelm\tPROPN\tNNP\t2\tcompound\n"
                             "Systems\tSystems\tPROPN\tNNPS\t3\tnsubj\n"
                             "%s\t%s\tVERB\tVBD\t0\troot\n"
                             "a\ta\tDET\tDT\t7\tdet\n"
                             "new\tnew\tADJ\tJJ\t7\tamod\n"
                             "chief\tchief\tNOUN\tNN\t7\tcompound\n"
                             "executive\texecutive\tNOUN\tNN\t3\tobj\n"
                             ",\t,\tPUNCT\t,\t9\tpunct\n"
                             "Ivo\tIvo\tPROPN\tNNP\t7\tappos\n"
                             "Berg\tBerg\tPROPN\tNNP\t9\tflat\n"
                             ",\t,\tPUNCT\t,\t13\tpunct\n"
                             "in\tin\tADP\tIN\t13\tcase\n"
                             "March\tMarch\tPROPN\tNNP\t3\tobl\n"
                             ".\t.\tPUNCT\t.\t3\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, POST, "appointed", "appoint");
  char *got = facts_of(*state, "Velm Systems appointed a new chief executive, Ivo Berg, in March.",
                       tree);
  assert_non_null(strstr(got, "holdsPosition(Ivo Berg,Velm Systems) role=Chief Executive"));
  assert_non_null(strstr(got, "leaderOf(Ivo Berg,Velm Systems)"));
  free(got);
  snprintf(tree, sizeof tree, POST, "praised", "praise");
  got = facts_of(*state, "Velm Systems praised a new chief executive, Ivo Berg, in March.", tree);
  assert_null(strstr(got, "holdsPosition(Ivo Berg,Velm Systems)"));
  assert_null(strstr(got, "leaderOf(Ivo Berg,Velm Systems)"));
  free(got);
  got = facts_of(*state, "Velm Systems hired a lawyer for Orsk Bank, Ivo Berg, in March.",
                 "Velm\tVelm\tPROPN\tNNP\t2\tcompound\n"
                 "Systems\tSystems\tPROPN\tNNPS\t3\tnsubj\n"
                 "hired\thire\tVERB\tVBD\t0\troot\n"
                 "a\ta\tDET\tDT\t5\tdet\n"
                 "lawyer\tlawyer\tNOUN\tNN\t3\tobj\n"
                 "for\tfor\tADP\tIN\t8\tcase\n"
                 "Orsk\tOrsk\tPROPN\tNNP\t8\tcompound\n"
                 "Bank\tBank\tPROPN\tNNP\t5\tnmod\n"
                 ",\t,\tPUNCT\t,\t10\tpunct\n"
                 "Ivo\tIvo\tPROPN\tNNP\t5\tappos\n"
                 "Berg\tBerg\tPROPN\tNNP\t10\tflat\n"
                 ",\t,\tPUNCT\t,\t14\tpunct\n"
                 "in\tin\tADP\tIN\t14\tcase\n"
                 "March\tMarch\tPROPN\tNNP\t3\tobl\n"
                 ".\t.\tPUNCT\t.\t3\tpunct\n");
  assert_null(strstr(got, "holdsPosition(Ivo Berg,Velm Systems)"));
  free(got);
}

/* "France recalled its ambassador, Ivo Berg,": the "its" of an envoy a
 * verb of a state's acting on its officials takes is the named country;
 * a verb of praise leaves "its" to the mention finder. */
static void test_its_envoy_of_the_acting_state(void **state) {
  static const char RECALL[] = "France\tFrance\tPROPN\tNNP\t2\tnsubj\n"
                               "%s\t%s\tVERB\tVBD\t0\troot\n"
                               "its\tits\tPRON\tPRP$\t4\tnmod:poss\n"
                               "ambassador\tambassador\tNOUN\tNN\t2\tobj\n"
                               ",\t,\tPUNCT\t,\t6\tpunct\n"
                               "Ivo\tIvo\tPROPN\tNNP\t4\tappos\n"
                               "Berg\tBerg\tPROPN\tNNP\t6\tflat\n"
                               ",\t,\tPUNCT\t,\t10\tpunct\n"
                               "on\ton\tADP\tIN\t10\tcase\n"
                               "Friday\tFriday\tPROPN\tNNP\t2\tobl\n"
                               ".\t.\tPUNCT\t.\t2\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, RECALL, "recalled", "recall");
  char *got = facts_with(*state, "France recalled its ambassador, Ivo Berg, on Friday.", tree,
                         "C....Pp....");
  assert_non_null(strstr(got, "holdsPosition(Ivo Berg,France) role=Ambassador"));
  free(got);
  snprintf(tree, sizeof tree, RECALL, "praised", "praise");
  got = facts_with(*state, "France praised its ambassador, Ivo Berg, on Friday.", tree,
                   "C....Pp....");
  assert_null(strstr(got, "holdsPosition(Ivo Berg,France)"));
  free(got);
}

/* "X said profits rose after it bought Y": the "it" of an adverbial
 * clause of the reported clause is the speaker, an organisation; a
 * person's saying so leaves "it" untrusted. */
static void test_reported_it_in_an_adverbial_clause(void **state) {
  static const char SAID[] = "%s\t%s\tPROPN\tNNP\t2\tnsubj\n"
                             "said\tsay\tVERB\tVBD\t0\troot\n"
                             "profits\tprofit\tNOUN\tNNS\t4\tnsubj\n"
                             "rose\trise\tVERB\tVBD\t2\tccomp\n"
                             "after\tafter\tSCONJ\tIN\t7\tmark\n"
                             "it\tit\tPRON\tPRP\t7\tnsubj\n"
                             "acquired\tacquire\tVERB\tVBD\t4\tadvcl\n"
                             "Orsk\tOrsk\tPROPN\tNNP\t9\tcompound\n"
                             "Bank\tBank\tPROPN\tNNP\t7\tobj\n"
                             ".\t.\tPUNCT\t.\t2\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, SAID, "Velmcorp", "Velmcorp");
  char *got = facts_with(*state, "Velmcorp said profits rose after it acquired Orsk Bank.", tree,
                         "G......Gg.");
  assert_non_null(strstr(got, "acquired(Velmcorp,Orsk Bank)"));
  free(got);
  snprintf(tree, sizeof tree, SAID, "Lindqvist", "Lindqvist");
  got = facts_with(*state, "Lindqvist said profits rose after it acquired Orsk Bank.", tree,
                   "P......Gg.");
  assert_null(strstr(got, "acquired(Lindqvist"));
  free(got);
}

/* "taken over by the French state": a state noun with a country's
 * demonym acts as that country. */
static void test_demonym_state_acts_as_its_country(void **state) {
  char *got = facts_with(*state, "Orsk Bank was taken over by the French state in 2023.",
                         "Orsk\tOrsk\tPROPN\tNNP\t2\tcompound\n"
                         "Bank\tBank\tPROPN\tNNP\t4\tnsubj:pass\n"
                         "was\tbe\tAUX\tVBD\t4\taux:pass\n"
                         "taken\ttake\tVERB\tVBN\t0\troot\n"
                         "over\tover\tADP\tRP\t4\tcompound:prt\n"
                         "by\tby\tADP\tIN\t9\tcase\n"
                         "the\tthe\tDET\tDT\t9\tdet\n"
                         "French\tFrench\tADJ\tJJ\t9\tamod\n"
                         "state\tstate\tNOUN\tNN\t4\tobl:agent\n"
                         "in\tin\tADP\tIN\t11\tcase\n"
                         "2023\t2023\tNUM\tCD\t4\tobl\n"
                         ".\t.\tPUNCT\t.\t4\tpunct\n",
                         "Gg.....C....");
  assert_non_null(strstr(got, "acquired(France,Orsk Bank)"));
  free(got);
}

/* "X is in talks to buy Y", "analysts expect X to buy Y": a deal under a
 * plan noun or a forecast is future; "X bought Y in a bid" is not. */
static void test_deal_under_plan_noun_or_forecast_is_future(void **state) {
  char *got = facts_with(*state, "Velmcorp is in talks to buy Orsk Bank.",
                         "Velmcorp\tVelmcorp\tPROPN\tNNP\t4\tnsubj\n"
                         "is\tbe\tAUX\tVBZ\t4\tcop\n"
                         "in\tin\tADP\tIN\t4\tcase\n"
                         "talks\ttalk\tNOUN\tNNS\t0\troot\n"
                         "to\tto\tPART\tTO\t6\tmark\n"
                         "buy\tbuy\tVERB\tVB\t4\tacl\n"
                         "Orsk\tOrsk\tPROPN\tNNP\t8\tcompound\n"
                         "Bank\tBank\tPROPN\tNNP\t6\tobj\n"
                         ".\t.\tPUNCT\t.\t4\tpunct\n",
                         "G.....Gg.");
  assert_non_null(strstr(got, "acquired(Velmcorp,Orsk Bank) future"));
  free(got);
  got = facts_with(*state, "Analysts expect Velmcorp to buy Orsk Bank.",
                   "Analysts\tanalyst\tNOUN\tNNS\t2\tnsubj\n"
                   "expect\texpect\tVERB\tVBP\t0\troot\n"
                   "Velmcorp\tVelmcorp\tPROPN\tNNP\t2\tobj\n"
                   "to\tto\tPART\tTO\t5\tmark\n"
                   "buy\tbuy\tVERB\tVB\t2\txcomp\n"
                   "Orsk\tOrsk\tPROPN\tNNP\t7\tcompound\n"
                   "Bank\tBank\tPROPN\tNNP\t5\tobj\n"
                   ".\t.\tPUNCT\t.\t2\tpunct\n",
                   "..G..Gg.");
  assert_non_null(strstr(got, "acquired(Velmcorp,Orsk Bank) future"));
  free(got);
  got = facts_with(*state, "Velmcorp bought Orsk Bank in March.",
                   "Velmcorp\tVelmcorp\tPROPN\tNNP\t2\tnsubj\n"
                   "bought\tbuy\tVERB\tVBD\t0\troot\n"
                   "Orsk\tOrsk\tPROPN\tNNP\t4\tcompound\n"
                   "Bank\tBank\tPROPN\tNNP\t2\tobj\n"
                   "in\tin\tADP\tIN\t6\tcase\n"
                   "March\tMarch\tPROPN\tNNP\t2\tobl\n"
                   ".\t.\tPUNCT\t.\t2\tpunct\n",
                   "G.Gg...");
  assert_non_null(strstr(got, "acquired(Velmcorp,Orsk Bank)"));
  assert_null(strstr(got, "future"));
  free(got);
}

/* "bought by the French government": the state buys, for its country;
 * the government itself still praises. */
static void test_government_buys_for_its_country(void **state) {
  static const char GOV[] = "The\tthe\tDET\tDT\t3\tdet\n"
                            "French\tFrench\tADJ\tJJ\t3\tamod\n"
                            "government\tgovernment\tNOUN\tNN\t4\tnsubj\n"
                            "%s\t%s\tVERB\tVBD\t0\troot\n"
                            "Orsk\tOrsk\tPROPN\tNNP\t6\tcompound\n"
                            "Bank\tBank\tPROPN\tNNP\t4\tobj\n"
                            ".\t.\tPUNCT\t.\t4\tpunct\n";
  char tree[1024];
  snprintf(tree, sizeof tree, GOV, "bought", "buy");
  char *got = facts_with(*state, "The French government bought Orsk Bank.", tree, ".C..Gg.");
  assert_non_null(strstr(got, "acquired(France,Orsk Bank)"));
  free(got);
  snprintf(tree, sizeof tree, GOV, "praised", "praise");
  got = facts_with(*state, "The French government praised Orsk Bank.", tree, ".C..Gg.");
  assert_null(strstr(got, "(France,Orsk Bank)"));
  free(got);
}

/* A sequence clause the parser hangs on a clause between it and the main
 * verb still keeps its date: "worked" takes no date of "before joining
 * Y in 2015" hung on "where he ran Z". */
static void test_date_of_a_nested_sequence_clause(void **state) {
  expect(*state, "Tomas Keel worked for Brenna Bank, where he ran the desk, before joining Halden Capital in 2015.",
         "Tomas\tTomas\tPROPN\tNNP\t3\tnsubj\n"
         "Keel\tKeel\tPROPN\tNNP\t1\tflat\n"
         "worked\twork\tVERB\tVBD\t0\troot\n"
         "for\tfor\tADP\tIN\t5\tcase\n"
         "Brenna\tBrenna\tPROPN\tNNP\t3\tobl\n"
         "Bank\tBank\tPROPN\tNNP\t5\tflat\n"
         ",\t,\tPUNCT\t,\t10\tpunct\n"
         "where\twhere\tADV\tWRB\t10\tadvmod\n"
         "he\the\tPRON\tPRP\t10\tnsubj\n"
         "ran\trun\tVERB\tVBD\t3\tadvcl\n"
         "the\tthe\tDET\tDT\t12\tdet\n"
         "desk\tdesk\tNOUN\tNN\t10\tobj\n"
         ",\t,\tPUNCT\t,\t15\tpunct\n"
         "before\tbefore\tSCONJ\tIN\t15\tmark\n"
         "joining\tjoin\tVERB\tVBG\t10\tadvcl\n"
         "Halden\tHalden\tPROPN\tNNP\t17\tcompound\n"
         "Capital\tCapital\tPROPN\tNNP\t15\tobj\n"
         "in\tin\tADP\tIN\t19\tcase\n"
         "2015\t2015\tNUM\tCD\t15\tobl\n"
         ".\t.\tPUNCT\t.\t3\tpunct\n",
         "worksFor(Tomas Keel,Brenna Bank)\njoined(Tomas Keel,Halden Capital) time=2015\n"
         "worksFor(Tomas Keel,Halden Capital) time=2015\n");
}

#define WORKED_BEFORE(clause)                                                                      \
  "Piet\tPiet\tPROPN\tNNP\t3\tnsubj\n"                                                             \
  "Rask\tRask\tPROPN\tNNP\t1\tflat\n"                                                              \
  "worked\twork\tVERB\tVBD\t0\troot\n"                                                             \
  "for\tfor\tADP\tIN\t6\tcase\n"                                                                   \
  "Velmar\tVelmar\tPROPN\tNNP\t6\tcompound\n"                                                      \
  "Bank\tBank\tPROPN\tNNP\t3\tobl\n"                                                               \
  "before\tbefore\tSCONJ\tIN\t8\tmark\n" clause ".\t.\tPUNCT\t.\t3\tpunct\n"

/* "worked for Y before joining Z": a past tie followed by the same
 * person's move is over; not when the "before" clause has a subject of
 * its own, nor a verb of no move. */
static void test_worked_before_moving_on_is_former(void **state) {
  expect(*state, "Piet Rask worked for Velmar Bank before entering politics.",
         WORKED_BEFORE("entering\tenter\tVERB\tVBG\t3\tadvcl\n"
                       "politics\tpolitics\tNOUN\tNNS\t8\tobj\n"),
         "worksFor(Piet Rask,Velmar Bank) former\n");
  expect(*state, "Piet Rask worked for Velmar Bank before it closed.",
         WORKED_BEFORE("it\tit\tPRON\tPRP\t9\tnsubj\n"
                       "closed\tclose\tVERB\tVBD\t3\tadvcl\n"),
         "worksFor(Piet Rask,Velmar Bank)\n");
  expect(*state, "Piet Rask worked for Velmar Bank before becoming chairman.",
         WORKED_BEFORE("becoming\tbecome\tVERB\tVBG\t3\tadvcl\n"
                       "chairman\tchairman\tNOUN\tNN\t8\txcomp\n"),
         "worksFor(Piet Rask,Velmar Bank)\n");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_active_and_passive),
      cmocka_unit_test(test_deputy_does_not_lead),
      cmocka_unit_test(test_demonym_not_shared_with_an_own_title),
      cmocka_unit_test(test_conjuncts_share_the_role),
      cmocka_unit_test(test_relative_clause),
      cmocka_unit_test(test_year_not_shared_with_a_later_conjunct),
      cmocka_unit_test(test_tree_path_of_each_fact),
      cmocka_unit_test(test_name_rows_and_respectively),
      cmocka_unit_test(test_title_with_flat_title_word),
      cmocka_unit_test(test_name_after_title_of_phrase),
      cmocka_unit_test(test_noun_named_by_its_apposition),
      cmocka_unit_test(test_time_is_year),
      cmocka_unit_test(test_time_attached_to_the_predicate),
      cmocka_unit_test(test_date_in_an_appositions_relative_clause),
      cmocka_unit_test(test_relative_clause_hung_on_the_main_verb),
      cmocka_unit_test(test_subject_read_as_a_clause_opener_phrase),
      cmocka_unit_test(test_aside_speaker_and_ex),
      cmocka_unit_test(test_former_row),
      cmocka_unit_test(test_noun_before_name_word),
      cmocka_unit_test(test_relinquished_role_is_former),
      cmocka_unit_test(test_former_before_titled_place),
      cmocka_unit_test(test_as_role_of_verb),
      cmocka_unit_test(test_post_of_dismissed_is_former),
      cmocka_unit_test(test_role_at_organisation_left_is_former),
      cmocka_unit_test(test_holder_who_resigns_is_former),
      cmocka_unit_test(test_date_of_a_sequence_clause),
      cmocka_unit_test(test_range_of_years),
      cmocka_unit_test(test_nouns_copula_and_apposition),
      cmocka_unit_test(test_swapped_noun),
      cmocka_unit_test(test_born_in_reads_the_passive),
      cmocka_unit_test(test_killing_told_through_parser_slips),
      cmocka_unit_test(test_title_read_as_a_second_subject),
      cmocka_unit_test(test_set_off_participle_takes_no_clause_date),
      cmocka_unit_test(test_attributive_participle_takes_no_clause_date),
      cmocka_unit_test(test_coordinated_hedge_verb_does_not_hedge),
      cmocka_unit_test(test_qualifiers_from_the_tree),
      cmocka_unit_test(test_roles_from_titles),
      cmocka_unit_test(test_recognized_names),
      cmocka_unit_test(test_words_to_tokens),
      cmocka_unit_test(test_near_misses),
      cmocka_unit_test(test_silent_without_arguments),
      cmocka_unit_test(test_place_nouns),
      cmocka_unit_test(test_reciprocal_subjects),
      cmocka_unit_test(test_apposition_of_two_words),
      cmocka_unit_test(test_name_head_tagged_noun),
      cmocka_unit_test(test_title_as_name_descriptor),
      cmocka_unit_test(test_examples_of_a_noun),
      cmocka_unit_test(test_place_apposition_read_as_conj),
      cmocka_unit_test(test_title_and_name_as_two_subjects),
      cmocka_unit_test(test_possessive_hung_on_the_verb),
      cmocka_unit_test(test_possessor_right_before_a_name),
      cmocka_unit_test(test_name_word_as_case_word),
      cmocka_unit_test(test_person_apposition_of_an_organisation),
      cmocka_unit_test(test_verdicts),
      cmocka_unit_test(test_pleas),
      cmocka_unit_test(test_speaker_kept_through_parser_slips),
      cmocka_unit_test(test_company_speaks_of_its_own_deal),
      cmocka_unit_test(test_fronted_participle_keeps_its_own_date),
      cmocka_unit_test(test_post_of_the_appointer),
      cmocka_unit_test(test_age_read_as_subject),
      cmocka_unit_test(test_end_date_makes_role_former),
      cmocka_unit_test(test_place_apposition_hung_on_the_neighbour),
      cmocka_unit_test(test_apposition_hung_above_the_noun),
      cmocka_unit_test(test_at_phrase_under_the_of_noun),
      cmocka_unit_test(test_coordinated_titles),
      cmocka_unit_test(test_noun_in_apposition_to_a_name),
      cmocka_unit_test(test_where_relative_clause),
      cmocka_unit_test(test_holder_before_a_hyphened_title),
      cmocka_unit_test(test_titles_before_names),
      cmocka_unit_test(test_office_in_the_article_country),
      cmocka_unit_test(test_name_after_the_comma),
      cmocka_unit_test(test_nouns_standing_for_names),
      cmocka_unit_test(test_leader_after_the_comma),
      cmocka_unit_test(test_infinitive_hung_as_acl),
      cmocka_unit_test(test_name_word_tagged_as_noun),
      cmocka_unit_test(test_trigger_compounded_with_group),
      cmocka_unit_test(test_fronted_participle),
      cmocka_unit_test(test_in_after_at),
      cmocka_unit_test(test_founded_part_of_organisation),
      cmocka_unit_test(test_shipped_dep_rows),
      cmocka_unit_test(test_according_to_source),
      cmocka_unit_test(test_relative_object_beside_own_object),
      cmocka_unit_test(test_trigger_by_form),
      cmocka_unit_test(test_event_noun_clause),
      cmocka_unit_test(test_governor_arguments),
      cmocka_unit_test(test_acting_name),
      cmocka_unit_test(test_operation_leader),
      cmocka_unit_test(test_group_joiner),
      cmocka_unit_test(test_absolute_with_and_two_subjects),
      cmocka_unit_test(test_literal_objects),
      cmocka_unit_test(test_governed_noun),
      cmocka_unit_test(test_infinitive_on_the_object_verb),
      cmocka_unit_test(test_clause_read_as_phrase),
      cmocka_unit_test(test_needed_word),
      cmocka_unit_test(test_title_split_by_the_tagger),
      cmocka_unit_test(test_owner_of_the_object),
      cmocka_unit_test(test_people_of_an_owner),
      cmocka_unit_test(test_apposition_before_the_noun),
      cmocka_unit_test(test_contrast_after_negation),
      cmocka_unit_test(test_case_phrase_beside_a_name),
      cmocka_unit_test(test_possessive_of_the_head_noun),
      cmocka_unit_test(test_flat_name_after_and),
      cmocka_unit_test(test_between_and_phrase_under_of),
      cmocka_unit_test(test_name_before_an_aside),
      cmocka_unit_test(test_place_after_conjoined_names),
      cmocka_unit_test(test_event_verb_slips),
      cmocka_unit_test(test_dated_range_ends_the_tie),
      cmocka_unit_test(test_former_adverb_on_as_verb),
      cmocka_unit_test(test_pluperfect_relative_post_is_former),
      cmocka_unit_test(test_former_occupation_keeps_origin),
      cmocka_unit_test(test_title_object_opened_by_case),
      cmocka_unit_test(test_predicate_noun_apposition),
      cmocka_unit_test(test_title_in_relative_clause),
      cmocka_unit_test(test_possessor_shared_by_conjunct),
      cmocka_unit_test(test_with_phrase_on_object_name),
      cmocka_unit_test(test_year_of_a_later_conjunct_not_shared),
      cmocka_unit_test(test_bare_month_day_dates_the_verb),
      cmocka_unit_test(test_fronted_description_describes_the_subject),
      cmocka_unit_test(test_passive_conjunct_shares_the_active_subject),
      cmocka_unit_test(test_name_hung_on_the_noun_before_it),
      cmocka_unit_test(test_day_first_date_and_copular_range),
      cmocka_unit_test(test_in_below_site_of_predicate_adjective),
      cmocka_unit_test(test_place_of_event_beside_agent),
      cmocka_unit_test(test_date_of_a_noun_clause_and_on_a_name),
      cmocka_unit_test(test_removed_object_held_the_as_post),
      cmocka_unit_test(test_title_of_a_passive_complement),
      cmocka_unit_test(test_as_post_on_object_noun_with_a_name),
      cmocka_unit_test(test_government_appoints_to_its_countrys_post),
      cmocka_unit_test(test_seller_hung_on_the_bought_name),
      cmocka_unit_test(test_country_of_attacked_targets),
      cmocka_unit_test(test_place_of_attack_target),
      cmocka_unit_test(test_region_named_by_its_of_phrase),
      cmocka_unit_test(test_apposition_office_dated_by_its_phrase),
      cmocka_unit_test(test_noun_apposed_to_a_verb),
      cmocka_unit_test(test_bare_title_of_the_reporting_firm),
      cmocka_unit_test(test_bare_title_of_the_conjoined_object),
      cmocka_unit_test(test_former_adverb_with_its_own_phrase),
      cmocka_unit_test(test_it_object_stands_for_the_one_object_named),
      cmocka_unit_test(test_reciprocal_noun_with_its_own_party),
      cmocka_unit_test(test_part_object_names_its_organisation),
      cmocka_unit_test(test_name_listed_after_the_comma),
      cmocka_unit_test(test_envoy_post_is_the_sending_states),
      cmocka_unit_test(test_passive_infinitive_takes_the_controller),
      cmocka_unit_test(test_conjoined_title_after_a_titled_name),
      cmocka_unit_test(test_in_phrase_after_a_place_is_its_container),
      cmocka_unit_test(test_chosen_post_is_the_choosers),
      cmocka_unit_test(test_planned_noun_is_future),
      cmocka_unit_test(test_planned_noun_is_no_person),
      cmocka_unit_test(test_apposition_hung_on_a_later_phrase),
      cmocka_unit_test(test_apposed_holder_of_the_appointers_post),
      cmocka_unit_test(test_its_envoy_of_the_acting_state),
      cmocka_unit_test(test_reported_it_in_an_adverbial_clause),
      cmocka_unit_test(test_demonym_state_acts_as_its_country),
      cmocka_unit_test(test_deal_under_plan_noun_or_forecast_is_future),
      cmocka_unit_test(test_government_buys_for_its_country),
      cmocka_unit_test(test_date_of_a_nested_sequence_clause),
      cmocka_unit_test(test_worked_before_moving_on_is_former),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
