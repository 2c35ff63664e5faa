/* SPDX-License-Identifier: MIT */
/* Tokens, blocks and sentences of one document. All offsets are bytes into
 * the document's repaired UTF-8 text; code points are counted on demand. */
#ifndef FG_TEXT_TEXT_H
#define FG_TEXT_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"
#include "util/intern.h"

enum {
  FG_TOK_WORD = 1 << 0,    /* letters (possibly with digits) */
  FG_TOK_NUM = 1 << 1,     /* starts with a digit */
  FG_TOK_PUNCT = 1 << 2,   /* one punctuation mark */
  FG_TOK_CAP = 1 << 3,     /* first letter upper case */
  FG_TOK_UPPER = 1 << 4,   /* two or more letters, all upper case */
  FG_TOK_SPACE = 1 << 5,   /* white space before it */
  FG_TOK_NEWLINE = 1 << 6, /* a line break before it */
  FG_TOK_POSS = 1 << 7,    /* the possessive 's */
  FG_TOK_BLOCK = 1 << 8,   /* first token of a block (paragraph or line) */
  FG_TOK_BLANK = 1 << 9,   /* white space before it, not only skipped symbols */
  FG_TOK_PARAGRAPH = 1 << 10 /* a blank line before it (two line breaks) */
};

typedef struct {
  uint32_t begin, end; /* bytes */
  const char *norm;    /* case-folded, accents stripped; punctuation mapped
                          to ASCII: ' " - -- . , ( ) : ; ? ! */
  uint16_t flags;
  uint32_t word;       /* lexicon word id of norm, FG_NO_ID until the
                          extractor tags it (fg_lexicon_tag_tokens) */
} FgToken;

enum {
  FG_SENT_HEADING = 1 << 0, /* a block with no sentence punctuation */
  FG_SENT_TITLECASE = 1 << 1, /* most words capitalised: names unreliable */
  FG_SENT_DATELINE = 1 << 2   /* a dateline, "DAYTON, Ohio (AP) --": not a sentence */
};

/* The parts of a dateline, token ranges [first, last); an empty range when
 * the dateline does not have the part. */
typedef struct {
  uint32_t place_first, place_last;   /* "DAYTON, Ohio", "NEW YORK" */
  uint32_t date_first, date_last;     /* "Nov. 12", "March 3, 2025" */
  uint32_t agency_first, agency_last; /* inside the brackets: "AP" */
  uint32_t dash;                      /* the dash that ends it */
} FgDateline;

typedef struct {
  uint32_t first, last; /* token range [first, last) */
  uint32_t begin, end;  /* bytes */
  uint32_t block;       /* block number */
  uint16_t flags;
} FgSentence;

typedef struct {
  FgToken *tokens;
  size_t token_count;
  FgSentence *sentences;
  size_t sentence_count;
} FgTokenized;

/* Tokenizes text and splits it into blocks and sentences. Everything lives
 * in the arena. False when out of memory. */
bool fg_text_analyse(FgArena *arena, const char *text, size_t len,
                     FgTokenized *out);

/* The same for pre-tokenized text whose sentences are given: a sentence
 * starts exactly at the first token at or after each of the nbreaks byte
 * offsets in breaks (ascending). */
bool fg_text_analyse_split(FgArena *arena, const char *text, size_t len,
                           const uint32_t *breaks, size_t nbreaks, FgTokenized *out);

/* Splits sentence `sentence` before its token t (not its first): the
 * part before keeps the flags of the whole, whose punctuation ends it.
 * False when out of memory. */
bool fg_text_break_before(FgArena *arena, FgTokenized *tok, size_t sentence, size_t t);

/* Whether a dateline opens the block that starts at tokens[first]: a place
 * in capitals ("LONDON", "NEW YORK", "ST. LOUIS", "BERLIN/PARIS"), or in
 * title case when an agency follows, then optionally ", Region" or ",
 * Country" and ", Date", optionally "(Agency)", then a dash ("—", "–",
 * "--", or " - ") and the body's first word; or "(Agency)" alone, or a
 * date and "(Agency)", and the dash (an empty place). Fills out when it
 * does. */
bool fg_text_dateline(const FgToken *tokens, size_t count, size_t first, FgDateline *out);

/* The names a country's adjective may be made from, by the endings
 * nations' adjectives take: Dravonia -> Dravonian, Velmany -> Velmanian,
 * Qarun -> Qaruni, Qarunese, Qarunian, Tibek -> Tibekan; Moravco ->
 * Moravcan; Torvia -> Torvese; Qasira -> Qasiri; Somalia -> Somali;
 * Marnland -> Marnlander; Afghan -> Afghanistan. Writes up to
 * FG_DEMONYM_BASES names of 4 to 63 bytes into out (the stem keeps adj's
 * case) and returns how many. */
#define FG_DEMONYM_BASES 13
size_t fg_text_demonym_bases(const char *adj, char out[][64]);

/* Does the word end as a nation's adjective does: an ending of
 * fg_text_demonym_bases ("Dravonian", "Torvese", "Qaruni"), or one no name
 * can be rebuilt from ("Orsish", "Velmic")? */
bool fg_text_demonym_like(const char *adj);

/* True when norm (a lower-case word) is an abbreviation whose period does
 * not end a sentence ("gen", "jr", "no"). */
bool fg_text_is_abbreviation(const char *norm);

/* True when norm is one of those abbreviations that is a title before a
 * name ("prof", "lt", "gov"). */
bool fg_text_is_title_abbreviation(const char *norm);

/* True when norm is an abbreviation only before a number ("no": "No. 5"),
 * the word itself elsewhere ("I said no."). */
bool fg_text_is_number_abbreviation(const char *norm);

/* True when a word of norm and flags, after a comma (after_comma) that
 * follows a word of town_flags, is AP's abbreviation of a US state:
 * "Salem, Ore.". Some are words too ("ore", "ill"), so only one
 * capitalised after ", Town" is the state. */
bool fg_text_is_state_after_town(const char *norm, unsigned flags, bool after_comma,
                                 unsigned town_flags);

/* Is s[0, len) a rule line of symbols the tokenizer skips ("***",
 * "=====", "_____"): three or more of * = _ ~ and nothing else? Such a
 * line standing alone is a sentence of its own in the UD layer. */
bool fg_text_is_rule_line(const char *s, size_t len);

/* True when the token's normalised form equals word. */
static inline bool fg_tok_is(const FgToken *tok, const char *word) {
  const char *a = tok->norm;
  while (*a && *a == *word) {
    a++;
    word++;
  }
  return *a == *word;
}

#endif
