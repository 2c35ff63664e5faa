/* SPDX-License-Identifier: MIT */
/* Name lists for the recognizer (ontology/names/: given names, surnames,
 * world cities, nouns that end an event's name; Ratinov & Roth's
 * gazetteer features): each word gets whether it is a listed given name,
 * surname or event head noun and the B/I/L/U position of the longest
 * listed city it is part of. Features of the model, never
 * its answer. Matching ignores ASCII letter case.
 *
 * The trainer reads the lists and stores them in the model (section
 * NLST), so the recognizer needs no other file: u32 entry count, then per
 * entry its u64 key (fg_hash of the lower-case words joined by one space,
 * sorted ascending), then per entry a u8 of FG_NAMES_* bits; the first
 * words of a longer city are entries too (FG_NAMES_PREFIX), so the
 * matcher stops where no listed city goes on. */
#ifndef FG_NER_NAMELISTS_H
#define FG_NER_NAMELISTS_H

#include <stddef.h>
#include <stdint.h>

#include "factgraph/status.h"
#include "learn/model.h"
#include "nlp/word.h"
#include "util/buf.h"

#define FG_NER_SECTION_NAMES FG_SECTION('N', 'L', 'S', 'T')

enum {
  FG_NAMES_GIVEN = 1,
  FG_NAMES_SURNAME = 2,
  FG_NAMES_PLACE = 4,
  FG_NAMES_EVENT_HEAD = 8,
  FG_NAMES_PREFIX = 16 /* the first words of a longer listed city */
};

/* A word's mark (fg_ner_names_mark): its own list bits and its place in
 * a listed city. */
#define FG_NAMES_MARK_PERSONAL(m) ((m) & 3u)
#define FG_NAMES_MARK_CITY(m) (((m) >> 2) & 7u)
#define FG_NAMES_MARK_EVENT_HEAD(m) (((m) >> 5) & 1u)

/* Longest listed city the matcher tries, in words. */
#define FG_NAMES_MAX_WORDS 6

typedef struct {
  uint64_t *keys; /* sorted */
  uint8_t *kinds;
  size_t count;
} FgNerNames;

/* Reads DIR/given.txt, DIR/surnames.txt, DIR/places.txt and
 * DIR/event-heads.txt (one name a line, '#' lines are comments) and writes the section bytes into out
 * (cleared first). FG_ERR_IO for a file that cannot be read,
 * FG_ERR_NOMEM. */
FgStatus fg_ner_names_build(const char *dir, FgBuf *out);

/* Decodes section bytes (allocated; fg_ner_names_free). FG_ERR_SYNTAX for
 * malformed bytes, FG_ERR_NOMEM. */
FgStatus fg_ner_names_load(const uint8_t *data, size_t len, FgNerNames *out);
void fg_ner_names_free(FgNerNames *names);

/* fg_ner_names_build and fg_ner_names_load at once: the lists of DIR for
 * a reader other than the recognizer (the mention finder's cues). */
FgStatus fg_ner_names_read(const char *dir, FgNerNames *out);

/* The FG_NAMES_* bits of one name (its words joined by one space, any
 * ASCII case); 0 when no list has it or names is NULL. */
uint8_t fg_ner_names_kinds(const FgNerNames *names, const char *name, size_t len);

/* marks[i] = (whether the word is an event head << 5) | (FgBilou
 * position in the longest listed city << 2) | the word's FG_NAMES_GIVEN
 * and FG_NAMES_SURNAME bits (read with FG_NAMES_MARK_*); leftmost-longest
 * cities. names may be NULL (all 0). */
void fg_ner_names_mark(const FgNerNames *names, const FgWord *words, size_t n,
                       uint8_t *marks);

#endif
