/* SPDX-License-Identifier: MIT */
#include "metadata.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Metadata lives near the top: this many sentences are searched. */
#define HEADER_SENTENCES 40

static const FgToken *tok(const FgDocAnalysis *doc, size_t t) {
  return &doc->tok.tokens[t];
}

static size_t words_in(const FgDocAnalysis *doc, size_t first, size_t last) {
  size_t n = 0;
  for (size_t t = first; t < last; t++)
    n += (tok(doc, t)->flags & (FG_TOK_WORD | FG_TOK_NUM)) != 0;
  return n;
}

static size_t words(const FgDocAnalysis *doc, const FgSentence *s) {
  return words_in(doc, s->first, s->last);
}

static char *text_of(const FgDocAnalysis *doc, size_t first, size_t last) {
  const FgToken *a = tok(doc, first), *b = tok(doc, last - 1);
  return fg_arena_strndup(doc->arena, doc->text + a->begin, b->end - a->begin);
}

/* A body paragraph: a long sentence in a block with sentence punctuation. */
static bool is_prose(const FgDocAnalysis *doc, const FgSentence *s) {
  return !(s->flags & FG_SENT_HEADING) && words(doc, s) >= 15;
}

/* Where the names of a byline end: "By X | Business | Thursday ...". */
static size_t byline_end(const FgDocAnalysis *doc, const FgSentence *s) {
  for (size_t t = s->first + 1; t < s->last; t++)
    if (fg_tok_is(tok(doc, t), "|") || fg_tok_is(tok(doc, t), ",") ||
        fg_tok_is(tok(doc, t), "--"))
      return t;
  return s->last;
}

static bool is_byline(const FgDocAnalysis *doc, const FgSentence *s) {
  if (!fg_tok_is(tok(doc, s->first), "by") || !(tok(doc, s->first)->flags & FG_TOK_CAP))
    return false;
  size_t n = words_in(doc, s->first, byline_end(doc, s));
  return n >= 2 && n <= 8;
}

/* Whether a blank line is among the bytes [from, to) of the text. */
static bool has_blank_line(const FgDocAnalysis *doc, size_t from, size_t to) {
  const char *p = doc->text + from, *end = doc->text + to;
  while (p < end && (p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
    const char *q = p + 1;
    while (q < end && (*q == ' ' || *q == '\t'))
      q++;
    if (q < end && *q == '\n')
      return true;
    p = q;
  }
  return false;
}

/* Whether the sentence is a line of its own set off from a block after it
 * by a blank line, or by a line break in a text that has no blank lines
 * after it (one line per paragraph): a headline is told by layout, so a
 * text of one paragraph (or one sentence) has none. */
static bool is_set_off(const FgDocAnalysis *doc, size_t i) {
  const FgSentence *s = &doc->tok.sentences[i];
  if (!(tok(doc, s->first)->flags & FG_TOK_BLOCK) || i + 1 >= doc->tok.sentence_count)
    return false;
  const FgToken *next = tok(doc, doc->tok.sentences[i + 1].first);
  return (next->flags & FG_TOK_BLOCK) &&
         (has_blank_line(doc, s->end, next->begin) || !has_blank_line(doc, s->end, doc->len));
}

/* Most words capitalised: "Factory Owner Charged in Ohio Fire." */
static bool is_title_case(const FgDocAnalysis *doc, const FgSentence *s) {
  size_t n = 0, caps = 0;
  for (size_t t = s->first; t < s->last; t++) {
    n += (tok(doc, t)->flags & FG_TOK_WORD) != 0;
    caps += (tok(doc, t)->flags & (FG_TOK_WORD | FG_TOK_CAP)) == (FG_TOK_WORD | FG_TOK_CAP);
  }
  return caps * 10 >= n * 6;
}

static const char *author(const FgDocAnalysis *doc) {
  for (size_t i = 0; i < doc->tok.sentence_count && i < HEADER_SENTENCES; i++) {
    const FgSentence *s = &doc->tok.sentences[i];
    if (!is_byline(doc, s))
      continue;
    size_t last = byline_end(doc, s);
    while (last > s->first + 1 && (tok(doc, last - 1)->flags & FG_TOK_PUNCT))
      last--;
    return text_of(doc, s->first + 1, last);
  }
  return NULL;
}

static int month_number(const char *w) {
  static const char *const M[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                   "jul", "aug", "sep", "oct", "nov", "dec"};
  size_t len = strlen(w);
  if (len < 3)
    return 0;
  for (int i = 0; i < 12; i++)
    if (strncmp(w, M[i], 3) == 0)
      return i + 1;
  return 0;
}

static int number(const FgToken *t, int lo, int hi) {
  if (!(t->flags & FG_TOK_NUM))
    return 0;
  char *end;
  long v = strtol(t->norm, &end, 10);
  return *end == '\0' && v >= lo && v <= hi ? (int)v : 0;
}

/* Tries the date shapes at token t; returns an ISO string or NULL. */
static const char *date_at(const FgDocAnalysis *doc, size_t t, size_t last) {
  char buf[16];
  int y, m, d;
  /* 2025-11-12 */
  if (t + 4 < last && (y = number(tok(doc, t), 1900, 2100)) && fg_tok_is(tok(doc, t + 1), "-") &&
      (m = number(tok(doc, t + 2), 1, 12)) && fg_tok_is(tok(doc, t + 3), "-") &&
      (d = number(tok(doc, t + 4), 1, 31))) {
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return fg_arena_strdup(doc->arena, buf);
  }
  /* Nov. 12, 2025 / November 12 2025 / November 11 (no year) */
  if ((m = month_number(tok(doc, t)->norm)) && (tok(doc, t)->flags & FG_TOK_CAP)) {
    size_t k = t + 1;
    if (k < last && fg_tok_is(tok(doc, k), "."))
      k++;
    if (k < last && (d = number(tok(doc, k), 1, 31))) {
      k++;
      if (k < last && fg_tok_is(tok(doc, k), ","))
        k++;
      if (k < last && (y = number(tok(doc, k), 1900, 2100)))
        snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
      else
        snprintf(buf, sizeof buf, "--%02d-%02d", m, d);
      return fg_arena_strdup(doc->arena, buf);
    }
  }
  /* 12 November 2025 / 14 April (no year) */
  if (t + 1 < last && (d = number(tok(doc, t), 1, 31)) &&
      (m = month_number(tok(doc, t + 1)->norm)) && (tok(doc, t + 1)->flags & FG_TOK_CAP)) {
    if (t + 2 < last && (y = number(tok(doc, t + 2), 1900, 2100)))
      snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    else
      snprintf(buf, sizeof buf, "--%02d-%02d", m, d);
    return fg_arena_strdup(doc->arena, buf);
  }
  return NULL;
}

/* A line of its own that is a date, with at most two words before it
 * ("Published 12 May 2023", "Updated: March 3, 2024"). */
static bool is_date_line(const FgDocAnalysis *doc, const FgSentence *s) {
  if (!(tok(doc, s->first)->flags & FG_TOK_BLOCK) || words(doc, s) > 8)
    return false;
  for (size_t t = s->first; t < s->last && words_in(doc, s->first, t) <= 2; t++)
    if (date_at(doc, t, s->last))
      return true;
  return false;
}

/* A short line (4 to 20 words) set off by a blank line, with no final
 * period or in title case, before the first paragraph of prose; a byline
 * or a date line right under it sets it off as well ("Storm floods three
 * towns\nPublished 12 May 2023\n\n..."), and is never one itself. */
static const char *headline(const FgDocAnalysis *doc) {
  for (size_t i = 0; i < doc->tok.sentence_count && i < HEADER_SENTENCES; i++) {
    const FgSentence *s = &doc->tok.sentences[i];
    if (is_prose(doc, s) || (s->flags & FG_SENT_DATELINE))
      return NULL;
    size_t n = words(doc, s);
    /* A final period is a body sentence's, unless the line is in title
     * case or page furniture follows it ("Related Articles", a byline). */
    const FgSentence *next = i + 1 < doc->tok.sentence_count ? s + 1 : NULL;
    bool credit_next = next && (is_byline(doc, next) || is_date_line(doc, next));
    bool ends_ok = (s->flags & FG_SENT_HEADING) || is_title_case(doc, s) ||
                   (next && ((next->flags & FG_SENT_HEADING) || credit_next));
    /* a credit line under it is a line of its own (is_date_line,
     * is_set_off); so must the headline be */
    bool set_off = is_set_off(doc, i) || (credit_next && is_set_off(doc, i + 1) &&
                                          (tok(doc, s->first)->flags & FG_TOK_BLOCK));
    if (n >= 4 && n <= 20 && ends_ok && set_off && !is_byline(doc, s) &&
        !is_date_line(doc, s) && !fg_tok_in(doc, FG_LIST_BOILERPLATE, tok(doc, s->first)))
      return text_of(doc, s->first, s->last);
  }
  return NULL;
}

static const char *date(const FgDocAnalysis *doc) {
  bool in_body = false;
  for (size_t i = 0; i < doc->tok.sentence_count && i < HEADER_SENTENCES; i++) {
    const FgSentence *s = &doc->tok.sentences[i];
    /* In prose a date is an event's date, unless it opens the first
     * paragraph (a dateline: "Nov. 11, 2025 — ...") or a line ("Nov. 12,
     * 2025Updated 6:47 a.m." after a summary). */
    size_t limit = !is_prose(doc, s) ? s->last : !in_body ? s->first + 4 : s->first + 1;
    in_body = in_body || is_prose(doc, s);
    for (size_t t = s->first; t < limit && t < s->last; t++) {
      const char *d = date_at(doc, t, s->last);
      if (d)
        return d;
    }
  }
  return NULL;
}

static bool is_media(const FgDocAnalysis *doc, const FgMention *m) {
  return m && m->entity != FG_NONE &&
         strcmp(doc->entities->items[m->entity].type, "MediaOrganization") == 0;
}

/* A media organisation alone on a header line, or the outlet the text
 * speaks of as itself: "told The National", "writes UNN". */
static const char *publisher(const FgDocAnalysis *doc) {
  for (size_t i = 0; i < doc->tok.sentence_count && i < HEADER_SENTENCES; i++) {
    const FgSentence *s = &doc->tok.sentences[i];
    if (is_prose(doc, s))
      break;
    const FgMention *m = fg_mention_at(doc, s->first);
    if (is_media(doc, m) && m->last == s->last)
      return doc->entities->items[m->entity].label;
  }
  for (size_t i = 0; i < doc->mention_count; i++) {
    const FgMention *m = &doc->mentions[i];
    if (!is_media(doc, m) || m->first == 0)
      continue;
    size_t before = m->first - 1;
    if (fg_tok_is(tok(doc, before), "the") && before > 0)
      before--;
    if (fg_tok_in(doc, FG_LIST_PUBLISHER_CUE, tok(doc, before)))
      return doc->entities->items[m->entity].label;
  }
  return NULL;
}

/* The dateline of the text: the first sentence marked as one. */
static bool dateline(const FgDocAnalysis *doc, FgDateline *d) {
  for (size_t i = 0; i < doc->tok.sentence_count && i < HEADER_SENTENCES; i++) {
    const FgSentence *s = &doc->tok.sentences[i];
    if (s->flags & FG_SENT_DATELINE)
      return fg_text_dateline(doc->tok.tokens, doc->tok.token_count, s->first, d);
  }
  return false;
}

static bool is_place(const FgDocAnalysis *doc, const FgMention *m) {
  static const char *const PLACES[] = {"Place", "City", "Region", "Country", "Facility"};
  if (!m || m->entity == FG_NONE)
    return true; /* a place the gazetteer does not know */
  for (size_t i = 0; i < sizeof PLACES / sizeof *PLACES; i++)
    if (strcmp(doc->entities->items[m->entity].type, PLACES[i]) == 0)
      return true;
  return false;
}

/* Particles a place name in capitals keeps in lower case after its first
 * word: "RIO DE JANEIRO" is "Rio de Janeiro". */
static bool is_particle(const char *norm) {
  static const char *const P[] = {"de", "da", "do", "du", "des", "del", "la", "le", "les", "au",
                                  "aux", "of", "on", "upon", "am", "an", "der", "den", "van",
                                  "von", NULL};
  for (const char *const *p = P; *p; p++)
    if (strcmp(*p, norm) == 0)
      return true;
  return false;
}

/* The place as written, its words in capitals in title case: "DAYTON,
 * Ohio" is "Dayton, Ohio", "PORT-AU-PRINCE" "Port-au-Prince". */
static const char *place_name(const FgDocAnalysis *doc, const FgDateline *d) {
  const FgToken *a = tok(doc, d->place_first), *b = tok(doc, d->place_last - 1);
  size_t len = b->end - a->begin;
  char *out = fg_arena_alloc(doc->arena, 4 * len + 1);
  if (!out)
    return NULL;
  size_t o = 0, t = d->place_first;
  for (size_t i = a->begin; i < b->end;) {
    while (t + 1 < d->place_last && tok(doc, t)->end <= i)
      t++;
    const FgToken *k = tok(doc, t);
    bool lower = (k->flags & FG_TOK_UPPER) && i >= k->begin &&
                 (i > k->begin || (t > d->place_first && is_particle(k->norm)));
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)doc->text + i,
                                          (utf8proc_ssize_t)(b->end - i), &cp);
    if (n <= 0)
      return NULL;
    o += (size_t)utf8proc_encode_char(lower ? utf8proc_tolower(cp) : cp,
                                      (utf8proc_uint8_t *)out + o);
    i += (size_t)n;
  }
  out[o] = '\0';
  return out;
}

/* The agency in the dateline's brackets, by its gazetteer name when the
 * gazetteer knows it: "(AP)" is "Associated Press". */
static const char *agency(const FgDocAnalysis *doc, const FgDateline *d) {
  if (d->agency_last == d->agency_first)
    return NULL;
  const FgMention *m = fg_mention_at(doc, d->agency_first);
  if (is_media(doc, m) && m->first == d->agency_first && m->last == d->agency_last)
    return doc->entities->items[m->entity].label;
  return text_of(doc, d->agency_first, d->agency_last);
}

void fg_read_metadata(const FgDocAnalysis *doc, FgDocument *out) {
  out->headline = headline(doc);
  out->date = date(doc);
  out->author = author(doc);
  out->publisher = publisher(doc);
  FgDateline d;
  if (dateline(doc, &d)) {
    /* "NATO -- The alliance ...": a known name that is not a place */
    const FgMention *m = fg_mention_at(doc, d.place_first);
    if (d.place_last > d.place_first && is_place(doc, m))
      out->dateline_place = place_name(doc, &d);
    if (!out->publisher)
      out->publisher = agency(doc, &d);
  }
}
