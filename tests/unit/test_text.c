/* SPDX-License-Identifier: MIT */
/* Unit tests for src/text: UTF-8 repair, code point counting, tokens and
 * sentence splitting. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "text/text.h"
#include "text/utf8.h"
#include "util/arena.h"
#include "util/buf.h"

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

static FgTokenized analyse(void **state, const char *text) {
  FgArena *arena = *state;
  fg_arena_reset(arena);
  FgTokenized out;
  memset(&out, 0, sizeof out);
  assert_true(fg_text_analyse(arena, text, strlen(text), &out));
  return out;
}

/* Index of the first token whose norm is word, or token_count. */
static size_t find_token(const FgTokenized *t, const char *word) {
  for (size_t i = 0; i < t->token_count; i++)
    if (fg_tok_is(&t->tokens[i], word))
      return i;
  return t->token_count;
}

static void repair(const char *in, size_t len, FgBuf *out,
                   FgUtf8Report *report) {
  fg_buf_init(out);
  memset(report, 0, sizeof *report);
  assert_true(fg_utf8_repair(in, len, out, report));
}

static void test_invalid_byte_becomes_replacement(void **state) {
  (void)state;
  static const char in[] = "ab\xff" "cd";
  FgBuf out;
  FgUtf8Report report;
  repair(in, sizeof in - 1, &out, &report);
  assert_string_equal(fg_buf_cstr(&out), "ab\xEF\xBF\xBD" "cd");
  assert_int_equal(report.invalid, 1);
  assert_int_equal(report.first_invalid, 2);
  assert_int_equal(report.nul, 0);
  fg_buf_free(&out);
}

static void test_nul_becomes_replacement(void **state) {
  (void)state;
  static const char in[] = "x\0y";
  FgBuf out;
  FgUtf8Report report;
  repair(in, 3, &out, &report);
  assert_int_equal(out.len, 5);
  assert_memory_equal(out.data, "x\xEF\xBF\xBDy", 5);
  assert_int_equal(report.nul, 1);
  assert_int_equal(report.first_nul, 1);
  fg_buf_free(&out);
}

/* raptor would cut a literal at U+FFFF and its Turtle writer the graph. */
static void test_noncharacters_become_replacement(void **state) {
  (void)state;
  static const char in[] = "a\xEF\xBF\xBF" "b\xEF\xBF\xBE" "c\xEF\xB7\x90" "d\xEF\xBF\xBC";
  FgBuf out;
  FgUtf8Report report;
  repair(in, sizeof in - 1, &out, &report);
  assert_string_equal(fg_buf_cstr(&out), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD"
                                         "c\xEF\xBF\xBD" "d\xEF\xBF\xBC");
  assert_int_equal(report.nonchar, 3);
  assert_int_equal(report.first_nonchar, 1);
  assert_int_equal(report.invalid, 0);
  fg_buf_free(&out);
}

static void test_line_endings_and_bom(void **state) {
  (void)state;
  static const char in[] = "\xEF\xBB\xBFone\r\ntwo\rthree\n";
  FgBuf out;
  FgUtf8Report report;
  repair(in, sizeof in - 1, &out, &report);
  assert_string_equal(fg_buf_cstr(&out), "one\ntwo\nthree\n");
  assert_int_equal(report.invalid, 0);
  assert_false(report.utf16);
  fg_buf_free(&out);
}

static void test_utf16le_is_converted(void **state) {
  (void)state;
  /* BOM, then "Hé" in UTF-16LE. */
  static const char in[] = "\xFF\xFE" "H\0" "\xE9\0";
  FgBuf out;
  FgUtf8Report report;
  repair(in, sizeof in - 1, &out, &report);
  assert_true(report.utf16);
  assert_string_equal(fg_buf_cstr(&out), "H\xC3\xA9");
  fg_buf_free(&out);
}

static void test_count_code_points(void **state) {
  (void)state;
  const char *s = "Bogot\xC3\xA1 \xE2\x80\x99 \xF0\x9F\x98\x80";
  assert_int_equal(fg_utf8_count(s, strlen(s)), 10);
  assert_int_equal(fg_utf8_count("", 0), 0);
  /* every start and length, across the eight-byte steps */
  const char *mixed = "a\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80" "bc \xC2\xA0\xE2\x80\x99xyz\xCE\xA9!";
  size_t len = strlen(mixed);
  for (size_t from = 0; from < len; from++)
    for (size_t n = 0; from + n <= len; n++) {
      size_t expected = 0;
      for (size_t i = from; i < from + n; i++)
        expected += ((unsigned char)mixed[i] & 0xC0) != 0x80;
      assert_int_equal(fg_utf8_count(mixed + from, n), expected);
    }
}

static void test_abbreviations_do_not_split(void **state) {
  FgTokenized t = analyse(state, "Mr. Okafor met U.S. officials in Lagos.");
  assert_int_equal(t.sentence_count, 1);
  assert_int_equal(t.sentences[0].first, 0);
  assert_int_equal(t.sentences[0].last, t.token_count);
}

static void test_abbreviation_at_sentence_end_splits(void **state) {
  FgTokenized t = analyse(state, "He left the U.S. The talks ended.");
  assert_int_equal(t.sentence_count, 2);
  size_t the = t.sentences[1].first;
  assert_true(the < t.token_count);
  assert_string_equal(t.tokens[the].norm, "the");
  assert_true(t.tokens[the].flags & FG_TOK_CAP);
}

static void test_month_abbreviation_does_not_split(void **state) {
  FgTokenized t = analyse(state, "The deal was signed on Nov. 12, 2025 in Accra.");
  assert_int_equal(t.sentence_count, 1);
}

static void test_curly_possessive(void **state) {
  FgTokenized t = analyse(state, "Kenya\xE2\x80\x99s envoy spoke.");
  size_t poss = find_token(&t, "'s");
  assert_true(poss < t.token_count);
  assert_true(t.tokens[poss].flags & FG_TOK_POSS);
  assert_true(poss > 0);
  assert_string_equal(t.tokens[poss - 1].norm, "kenya");
}

static void test_glued_number_and_word_split(void **state) {
  FgTokenized t = analyse(state, "2025Updated");
  assert_int_equal(t.token_count, 2);
  assert_string_equal(t.tokens[0].norm, "2025");
  assert_true(t.tokens[0].flags & FG_TOK_NUM);
  assert_string_equal(t.tokens[1].norm, "updated");
  assert_true(t.tokens[1].flags & FG_TOK_WORD);
}

static void test_paragraph_starts_sentence(void **state) {
  /* No full stop before the break: the blank line alone ends the sentence. */
  FgTokenized t = analyse(state, "Talks continued in Nairobi\n\nDelegates left.");
  assert_int_equal(t.sentence_count, 2);
  assert_int_equal(t.sentences[0].last, t.sentences[1].first);
  size_t second = t.sentences[1].first;
  assert_string_equal(t.tokens[second].norm, "delegates");
  assert_true(t.tokens[second].flags & FG_TOK_NEWLINE);
  assert_true(t.tokens[second].flags & FG_TOK_BLOCK);
  assert_true(t.sentences[1].block != t.sentences[0].block);
}

static void test_norm_folds_case_and_accents(void **state) {
  FgTokenized t = analyse(state, "Bogot\xC3\xA1 ZURICH");
  assert_int_equal(t.token_count, 2);
  assert_string_equal(t.tokens[0].norm, "bogota");
  assert_true(t.tokens[0].flags & FG_TOK_CAP);
  assert_int_equal(t.tokens[0].begin, 0);
  assert_int_equal(t.tokens[0].end, 7);
  assert_string_equal(t.tokens[1].norm, "zurich");
  assert_true(t.tokens[1].flags & FG_TOK_UPPER);
}

/* A soft hyphen or a zero-width character inside a word does not cut
 * it ("Ama\u00ADra" stayed "Ama"); its norm drops it, offsets keep it. */
static void test_invisible_characters_inside_words(void **state) {
  static const char *const invisible[] = {"\xC2\xAD", "\xE2\x80\x8B",
                                          "\xE2\x80\x8C", "\xE2\x80\x8D",
                                          "\xE2\x81\xA0", "\xEF\xBB\xBF"};
  for (size_t i = 0; i < sizeof invisible / sizeof *invisible; i++) {
    char text[64];
    snprintf(text, sizeof text, "Ama%sra Wekesa%s spoke", invisible[i],
             invisible[i]);
    size_t n = strlen(invisible[i]);
    FgTokenized t = analyse(state, text);
    assert_int_equal(t.token_count, 3);
    assert_string_equal(t.tokens[0].norm, "amara");
    assert_true(t.tokens[0].flags & FG_TOK_CAP);
    assert_int_equal(t.tokens[0].begin, 0);
    assert_int_equal(t.tokens[0].end, 5 + n);
    /* at the end of a word it is no part of it */
    assert_string_equal(t.tokens[1].norm, "wekesa");
    assert_int_equal(t.tokens[1].end, 5 + n + 7);
    assert_string_equal(t.tokens[2].norm, "spoke");
  }
}

/* Case flags are the same whether a word is ASCII or not. */
static void test_case_flags_ascii_and_wider(void **state) {
  static const struct {
    const char *text;
    uint16_t flags; /* of FG_TOK_CAP | FG_TOK_UPPER */
  } cases[] = {
      {"NATO", FG_TOK_CAP | FG_TOK_UPPER}, {"\xC3\x89TAT", FG_TOK_CAP | FG_TOK_UPPER},
      {"Nato", FG_TOK_CAP},                {"\xC3\x89tat", FG_TOK_CAP},
      {"nATO", 0},                         {"\xC3\xA9TAT", 0},
      {"A", FG_TOK_CAP},                   {"\xC3\x89", FG_TOK_CAP},
      {"G7", FG_TOK_CAP},                  {"7g", 0},
      {"7\xC3\xA9", 0},                     {"ab", 0},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    FgTokenized t = analyse(state, cases[i].text);
    assert_int_equal(t.token_count, 1);
    assert_int_equal(t.tokens[0].flags & (FG_TOK_CAP | FG_TOK_UPPER), cases[i].flags);
  }
}

/* Words glued by the digit-capital split take more bytes with their NULs
 * than the text: their norms still come out whole. */
static void test_norms_longer_than_text(void **state) {
  FgTokenized t = analyse(state, "1A1A1A1A1A");
  static const char *const norms[] = {"1", "a1", "a1", "a1", "a1", "a"};
  assert_int_equal(t.token_count, 6);
  for (size_t i = 0; i < 6; i++)
    assert_string_equal(t.tokens[i].norm, norms[i]);
}


/* Sentences the splitter once cut, and ones it once ran together. */
static void test_sentence_counts(void **state) {
  static const struct {
    const char *text;
    size_t sentences;
  } cases[] = {
      {"John F. Kennedy and Hubert H. Humphrey spoke in Lt. Gen. Smith's No. 10 office.", 1},
      {"Prices rose 3.5 percent, e.g. in Lagos, said www.example.com today.", 1},
      {"We waited ... and then we left.", 1},
      {"He said \"we will win.\" Then he left.", 2},
      {"He asked \"why?\" The crowd cheered.", 2},
      {"She said \"why?\" he recalled.", 1},
      {"The talks ended. \"We are done,\" he said.", 2},
      {"the talks ended. the delegates left.", 2},
      {"He came at 5 p.m. and left.", 1},
      {"Smith et al. found it.", 1},
      {"great food :) the staff was nice", 2},
      {"I love her. :) I have a dog.", 2},
      {"He said (see above) that it was fine", 1},
      {"He studied at Harrow.[25] In later years he wrote.", 2},
      {"Tools (e.g. The Programming Historian) help.", 1},
      /* web text and e-mail: breaks without sentence punctuation */
      {"Kim Lee 03/04/2001 10:15 AM please call me.", 3},
      {"Sent on 03/04/2001 10:15:20 The file is attached.", 2},
      {"See http://a.example.org/x.html http://b.example.org/y.html", 2},
      {"Hi, Please send the file.", 2},
      {"Team: Please send the file.", 2},
      {"Best regards, Dana Wu", 2},
      {"We need two things. 1. The file. 2. The date.", 3}, /* list items */
      {"Call me (Fax) dana.wu@example.net Sorry about the delay.", 2},
      {"<dana.wu@example.net> 03/04/2001 10:15 AM", 2},
      {"See http://a.example.org/x_1.html http://b.example.org/y.html", 2},
      /* and what must not break */
      {"The vote is on 03/04/2001 10:15 AM and ends at noon.", 1},
      {"Meanwhile, President Ahmed spoke.", 1},
      {"WASHINGTON, Dec. 1 -- The talks ended.", 2}, /* the dateline stands alone */
      {"Later, I left.", 1},
      {"Thanks, everyone, for coming.", 1},
      {"Write to dana...@example.net for the list.", 1},
      {"Dana Wu dana.wu@example.edu University of Tana", 1}, /* an author line */
      /* in angle brackets the address ends its header line after the name too */
      {"From: Dana Wu <dana.wu@example.edu> Subject: the budget", 2},
      {"Mail: \"Dana Wu\"<dana...@example.edu> Groups: rec.gardens", 2},
      {"Dana Wu <dana.wu@example.edu> wrote the note.", 1},
      {"(We land on Monday. ) Then we rest.", 2},
      {"The talks ended. (Coastal Times) The delegates left.", 2},
      {"The talks ended. (See below.) The delegates left.", 3},
      /* a blank line ends a sentence before lower case, a line break wraps */
      {"Call me when you land\n\nthe rest can wait.", 2},
      {"Call me when you land\nand the rest can wait.", 1},
      {"Can anyone help with the form..? It keeps failing.", 2}, /* "..?" is one stop */
      {"Mail: lee...@example.org Thanks for the photos.", 2}, /* a masked address */
      {"We need a \xE2\x80\x94 Do you have a pin?", 2}, /* speech broken off */
      {"The mayor \xE2\x80\x94 Dana Okafor \xE2\x80\x94 spoke.", 1},
      {"Notes below. ------ Budget is flat.", 3}, /* a rule line */
      {"Notes below. -- Budget is flat.", 2},
      {"Notes below ***** Budget is flat.", 2}, /* a rule line of symbols */
      {"Notes below **ok** here.", 1},
      /* "No." is "number" only before one; "etc." ends before a capital */
      {"Did she win? No. She lost. No. 4 came first.", 4},
      {"They sold pens, ink etc. Then they closed.", 2},
      {"They sold pens, ink etc. to all of us.", 1},
      /* an initialism's last letter is no abbreviation ("c." for circa):
       * "N.C." ends a sentence before an opener as "U.S." does */
      {"Her firm moved to Dunmore, N.C. The staff stayed behind.", 2},
      {"Tovel flew to Washington D.C. His aides stayed.", 2},
      {"The D.C. police met U.S. President Harlan in N.C. today.", 1},
      {"The jar dates from c. 1400 and Lt. Gen. Ova Brask kept it.", 1},
      /* a company's or a family's suffix ends a sentence only before an opener */
      {"The mill was sold to Harrow Bell Co. The new owner kept the staff.", 2},
      {"The speech was given by Ama Tovel Jr. He spoke for an hour.", 2},
      {"Shares of Harrow Bell Inc. rose on Monday.", 1},
      {"Harrow Bell Corp. Chief Executive Ama Tovel spoke.", 1},
      {"Harrow Bell Ltd. and its bank agreed.", 1},
      /* a state's abbreviation after ", Town" likewise; a comma never opens */
      {"Ivo Brask, 54, of Tamsen, Ore., was arrested.", 1},
      {"Ivo Brask of Tamsen, Ore. was arrested.", 1},
      {"The plant is in Tamsen, Pa. The staff stayed.", 2},
      {"The mine sold iron ore. Then it closed.", 2},
      {"The mine sold Ore. Prices fell.", 2},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    FgTokenized t = analyse(state, cases[i].text);
    if (t.sentence_count != cases[i].sentences)
      fail_msg("%s: %zu sentences, not %zu", cases[i].text, t.sentence_count,
               cases[i].sentences);
  }
}

/* The text of tokens [first, last) of text, in buf. */
static const char *span(const char *text, const FgTokenized *t, uint32_t first, uint32_t last,
                        char *buf, size_t size) {
  if (first == last)
    return "";
  size_t b = t->tokens[first].begin, e = t->tokens[last - 1].end;
  snprintf(buf, size, "%.*s", (int)(e - b), text + b);
  return buf;
}

/* A dateline ends a sentence of its own at its dash, and its parts are
 * found: place, date, agency, with any dash news uses. */
static void test_datelines(void **state) {
  static const struct {
    const char *text, *dateline, *place, *date, *agency, *body;
  } cases[] = {
      {"Fire Closes Plant\n\nDAYTON, Ohio (AP) \xE2\x80\x94 A fire shut a plant on Monday.",
       "DAYTON, Ohio (AP) \xE2\x80\x94", "DAYTON, Ohio", "", "AP", "A fire"},
      {"WASHINGTON, Nov. 12 (Reuters) - Senators passed the bill late on Tuesday.",
       "WASHINGTON, Nov. 12 (Reuters) -", "WASHINGTON", "Nov. 12", "Reuters", "Senators passed"},
      {"LONDON \xE2\x80\x94 The bank held its rate.", "LONDON \xE2\x80\x94", "LONDON", "", "",
       "The bank"},
      {"BEIRUT, Lebanon, March 3 (AFP) -- Rescuers searched the rubble.",
       "BEIRUT, Lebanon, March 3 (AFP) --", "BEIRUT, Lebanon", "March 3", "AFP", "Rescuers searched"},
      {"NEW YORK (CNN) \xE2\x80\x93 Shares of the carmaker fell.", "NEW YORK (CNN) \xE2\x80\x93",
       "NEW YORK", "", "CNN", "Shares of"},
      {"ST. LOUIS, Mo., 4 May 2026 (dpa) \xE2\x80\x94 \"We are ready,\" the mayor said.",
       "ST. LOUIS, Mo., 4 May 2026 (dpa) \xE2\x80\x94", "ST. LOUIS, Mo.", "4 May 2026", "dpa",
       "\"We"},
      {"PORT-AU-PRINCE, Haiti \xE2\x80\x94 Schools reopened.", "PORT-AU-PRINCE, Haiti \xE2\x80\x94",
       "PORT-AU-PRINCE, Haiti", "", "", "Schools reopened"},
      {"Lagos, Nigeria (Reuters) - The port reopened.", "Lagos, Nigeria (Reuters) -",
       "Lagos, Nigeria", "", "Reuters", "The port"},
      {"BERLIN/PARIS, Dec 5 (Reuters) - Ministers met.", "BERLIN/PARIS, Dec 5 (Reuters) -",
       "BERLIN/PARIS", "Dec 5", "Reuters", "Ministers met"},
      {"(CNN) \xE2\x80\x94 Floods cut the town off.", "(CNN) \xE2\x80\x94", "", "", "CNN",
       "Floods cut"},
      {"Markets Slide\n\nDec 5 (Reuters) - Shares fell.", "Dec 5 (Reuters) -", "", "Dec 5",
       "Reuters", "Shares fell"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const char *text = cases[i].text;
    FgTokenized t = analyse(state, text);
    size_t s = 0;
    while (s < t.sentence_count && !(t.sentences[s].flags & FG_SENT_DATELINE))
      s++;
    if (s + 1 >= t.sentence_count)
      fail_msg("%s: no dateline sentence before the body", text);
    const FgSentence *d = &t.sentences[s];
    char buf[128];
    assert_string_equal(span(text, &t, d->first, d->last, buf, sizeof buf), cases[i].dateline);
    FgDateline dl;
    assert_true(fg_text_dateline(t.tokens, t.token_count, d->first, &dl));
    assert_int_equal(dl.dash, d->last - 1);
    assert_string_equal(span(text, &t, dl.place_first, dl.place_last, buf, sizeof buf),
                        cases[i].place);
    assert_string_equal(span(text, &t, dl.date_first, dl.date_last, buf, sizeof buf),
                        cases[i].date);
    assert_string_equal(span(text, &t, dl.agency_first, dl.agency_last, buf, sizeof buf),
                        cases[i].agency);
    const FgSentence *body = &t.sentences[s + 1];
    assert_int_equal(body->flags & FG_SENT_DATELINE, 0);
    size_t n = strlen(cases[i].body);
    if (strncmp(text + body->begin, cases[i].body, n) != 0)
      fail_msg("%s: the body starts at \"%s\"", text, text + body->begin);
  }
}

/* What looks like a dateline but is not: capitals opening a sentence, a
 * dash inside a sentence, a title-case place without an agency, a kicker,
 * a dash before a lower-case word, a dateline deep in the text. */
static void test_dateline_near_misses(void **state) {
  static const char *const texts[] = {
      "NASA said on Monday that the launch \xE2\x80\x94 its third \xE2\x80\x94 would slip.",
      "Officials in the U.S. \xE2\x80\x94 and in Canada \xE2\x80\x94 disagreed.",
      "Trade talks resumed. U.S. \xE2\x80\x94 Chinese ties have thawed.",
      "Dayton, Ohio \xE2\x80\x94 Police said two men were held.",
      "BREAKING \xE2\x80\x94 Storm reaches the coast",
      "UN \xE2\x80\x94 which has 193 members \xE2\x80\x94 met.",
      "PARIS - the talks went on.",
      "A.\n\nB.\n\nC.\n\nD.\n\nE.\n\nF.\n\nLONDON \xE2\x80\x94 Late datelines are text.",
      "The new ROME-BASED group formed.",
      "(see below) \xE2\x80\x94 Rain fell.",
      "(AP) \xE2\x80\x94 rain fell.",
      "March 3 - the markets closed early.",
  };
  for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
    FgTokenized t = analyse(state, texts[i]);
    for (size_t s = 0; s < t.sentence_count; s++)
      if (t.sentences[s].flags & FG_SENT_DATELINE)
        fail_msg("%s: sentence %zu taken for a dateline", texts[i], s);
  }
  /* and only the first dateline of a text is one */
  FgTokenized t = analyse(state, "LONDON \xE2\x80\x94 Rain fell.\n\nPARIS \xE2\x80\x94 Snow fell.");
  assert_int_equal(t.sentence_count, 3);
  assert_true(t.sentences[0].flags & FG_SENT_DATELINE);
  assert_int_equal(t.sentences[2].flags & FG_SENT_DATELINE, 0);
}

/* A reference mark in square brackets after the stop stays with its
 * sentence; a list number in round brackets opens the next one. */
static void test_reference_mark_after_stop(void **state) {
  static const struct {
    const char *text, *first;
  } cases[] = {
      {"Tomas Okeke moved to Lagos in 1911. [4] He taught there.",
       "Tomas Okeke moved to Lagos in 1911. [4]"},
      {"The pier was rebuilt. [12, 13] It opened in May.", "The pier was rebuilt. [12, 13]"},
      {"The first step is done. (2) The second one waits.", "The first step is done."},
      /* after a closing quote too */
      {"She wrote \"it is done.\" [7] Then she left.", "She wrote \"it is done.\" [7]"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    FgTokenized t = analyse(state, cases[i].text);
    char buf[128];
    assert_int_equal(t.sentence_count, 2);
    assert_string_equal(span(cases[i].text, &t, t.sentences[0].first, t.sentences[0].last, buf,
                             sizeof buf),
                        cases[i].first);
  }
}

/* Whether fg_text_demonym_bases offers name among adj's bases. */
static bool demonym_base(const char *adj, const char *name) {
  char bases[FG_DEMONYM_BASES][64];
  size_t n = fg_text_demonym_bases(adj, bases);
  for (size_t i = 0; i < n; i++)
    if (strcmp(bases[i], name) == 0)
      return true;
  return false;
}

/* The names an invented nation's adjective is made from, by its ending;
 * not from names of three letters, nor a vowel's stem by a consonant's
 * ending. */
static void test_demonym_bases(void **state) {
  (void)state;
  assert_true(demonym_base("Ostravian", "Ostravia"));
  assert_true(demonym_base("Velmanian", "Velmany"));
  assert_true(demonym_base("Qaruni", "Qarun"));
  assert_true(demonym_base("Qarunese", "Qarun"));
  assert_true(demonym_base("Torvese", "Torva"));
  assert_true(demonym_base("Moravcan", "Moravco"));
  assert_true(demonym_base("Qasiri", "Qasira"));
  assert_true(demonym_base("Velmali", "Velmalia"));
  assert_true(demonym_base("Marnlander", "Marnland"));
  assert_true(demonym_base("Kelmian", "Kelm"));
  assert_true(demonym_base("Kelm", "Kelmistan"));
  assert_false(demonym_base("Oran", "Ora"));      /* three letters */
  assert_false(demonym_base("Ostravia", "Ostrav")); /* no ending */
  assert_false(demonym_base("Velmaian", "Velma"));  /* "ian" after a vowel */
}

/* Words that end as nations' adjectives do, with a base or without one
 * ("Orsish"); not a word the empty ending alone fits, nor a name. */
static void test_demonym_like(void **state) {
  (void)state;
  assert_true(fg_text_demonym_like("Ostravian"));
  assert_true(fg_text_demonym_like("Qaruni"));
  assert_true(fg_text_demonym_like("Torvese"));
  assert_true(fg_text_demonym_like("Orsish"));
  assert_true(fg_text_demonym_like("Velmic"));
  assert_false(fg_text_demonym_like("Acting"));
  assert_false(fg_text_demonym_like("Deputy"));
  assert_false(fg_text_demonym_like("Ostravia"));
  assert_false(fg_text_demonym_like("Fish"));
}

/* Pre-tokenized text: sentences start exactly at the given offsets. */
static void test_given_sentence_breaks(void **state) {
  FgArena *arena = *state;
  fg_arena_reset(arena);
  const char *text = "Mr. Smith came. He left\nand so on";
  const uint32_t breaks[] = {0, 10, 24};
  FgTokenized t;
  assert_true(fg_text_analyse_split(arena, text, strlen(text), breaks, 3, &t));
  assert_int_equal(t.sentence_count, 3);
  assert_int_equal(t.sentences[1].begin, 10);
  assert_int_equal(t.sentences[2].begin, 24);
  assert_int_equal(t.sentences[2].last, t.token_count);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_invalid_byte_becomes_replacement),
      cmocka_unit_test(test_nul_becomes_replacement),
      cmocka_unit_test(test_line_endings_and_bom),
      cmocka_unit_test(test_utf16le_is_converted),
      cmocka_unit_test(test_noncharacters_become_replacement),
      cmocka_unit_test(test_count_code_points),
      cmocka_unit_test(test_abbreviations_do_not_split),
      cmocka_unit_test(test_abbreviation_at_sentence_end_splits),
      cmocka_unit_test(test_month_abbreviation_does_not_split),
      cmocka_unit_test(test_curly_possessive),
      cmocka_unit_test(test_glued_number_and_word_split),
      cmocka_unit_test(test_paragraph_starts_sentence),
      cmocka_unit_test(test_norm_folds_case_and_accents),
      cmocka_unit_test(test_invisible_characters_inside_words),
      cmocka_unit_test(test_case_flags_ascii_and_wider),
      cmocka_unit_test(test_norms_longer_than_text),
      cmocka_unit_test_setup_teardown(test_sentence_counts, setup, teardown),
      cmocka_unit_test_setup_teardown(test_given_sentence_breaks, setup, teardown),
      cmocka_unit_test_setup_teardown(test_reference_mark_after_stop, setup, teardown),
      cmocka_unit_test(test_demonym_bases),
      cmocka_unit_test(test_demonym_like),
      cmocka_unit_test_setup_teardown(test_datelines, setup, teardown),
      cmocka_unit_test_setup_teardown(test_dateline_near_misses, setup, teardown),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
