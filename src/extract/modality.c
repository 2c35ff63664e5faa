/* SPDX-License-Identifier: MIT */
#include "modality.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clause.h"

static const FgToken *tok(const FgDocAnalysis *doc, size_t t) {
  return &doc->tok.tokens[t];
}

/* The lists with a fixed id having a word within [from, to). */
static uint64_t lists_in(const FgDocAnalysis *doc, size_t from, size_t to) {
  uint64_t lists = 0;
  for (size_t t = from; t < to; t++)
    lists |= fg_tok_lists(doc, tok(doc, t));
  return lists;
}

static bool has(uint64_t lists, FgListName list) { return (lists >> list) & 1; }

/* Start of the verb's clause: after the last boundary or comma before it. */
static size_t clause_start(const FgDocAnalysis *doc, const FgSentence *s, size_t v) {
  for (size_t t = v; t > s->first; t--)
    if (fg_clause_boundary(doc, t - 1))
      return t;
  return s->first;
}

static void read_attribution(const FgDocAnalysis *doc, const FgSentence *s,
                             FgSentenceSource *source) {
  for (size_t t = s->first; t + 2 < s->last; t++) {
    if (fg_tok_is(tok(doc, t), "according") && fg_tok_is(tok(doc, t + 1), "to")) {
      FgArg a = fg_clause_object(doc, s, t + 2, FG_KIND_PERSON | FG_KIND_ORG | FG_KIND_COUNTRY);
      if (a.mention) {
        source->attributed_to = a.entity;
        return;
      }
      /* "according to counterterrorism analysts": keep who, as words */
      source->attributed_label = fg_clause_literal(doc, s, t + 2);
      return;
    }
  }
  /* "Analysts say ...": a source noun before a reporting verb */
  for (size_t t = s->first; t + 1 < s->last; t++)
    if (fg_in_at(doc, FG_LIST_SOURCE_NOUN, t) &&
        fg_in_at(doc, FG_LIST_REPORTING_VERB, t + 1)) {
      size_t first = t;
      while (first > s->first && (tok(doc, first - 1)->flags & FG_TOK_WORD))
        first--;
      const FgToken *a = tok(doc, first), *b = tok(doc, t);
      source->attributed_label =
          fg_arena_strndup(doc->arena, doc->text + a->begin, b->end - a->begin);
      source->hedged = true;
      return;
    }
}

/* Sentences of more tokens get prefix_lists. */
#define PREFIX_LISTS_FROM 64

/* The lists before each token of the sentence, in its clause and in the
 * sentence, in one pass: a sentence of many clauses or conjuncts has
 * many facts, and each would otherwise rescan it. */
static void prefix_lists(const FgDocAnalysis *doc, const FgSentence *s,
                         FgSentenceSource *source) {
  size_t n = s->last - s->first + 1;
  if (n <= PREFIX_LISTS_FROM)
    return; /* scanning a short sentence costs less than the arrays */
  /* when out of memory, fg_read_qualifiers scans instead */
  uint64_t *clause = fg_arena_alloc(doc->arena, n * sizeof *clause);
  uint64_t *sentence = fg_arena_alloc(doc->arena, n * sizeof *sentence);
  if (!clause || !sentence)
    return;
  clause[0] = sentence[0] = 0;
  for (size_t t = s->first; t < s->last; t++) {
    size_t i = t - s->first;
    uint64_t lists = fg_tok_lists(doc, tok(doc, t));
    sentence[i + 1] = sentence[i] | lists;
    clause[i + 1] = fg_clause_boundary(doc, t) ? 0 : clause[i] | lists;
  }
  source->clause_lists = clause;
  source->sentence_lists = sentence;
}

/* The sentence's attribution and time, read at its first fact. */
static const FgSentenceSource *sentence_source(const FgDocAnalysis *doc,
                                               const FgSentence *s, const char *doc_date) {
  FgSentenceSource *source = &doc->sources[s - doc->tok.sentences];
  if (!source->read) {
    source->attributed_to = FG_NONE;
    read_attribution(doc, s, source);
    source->time = fg_sentence_time(doc, s, doc_date);
    prefix_lists(doc, s, source);
    source->read = true;
  }
  return source;
}

void fg_read_qualifiers(const FgDocAnalysis *doc, const FgSentence *s, size_t v,
                        size_t v_end, const char *doc_date, FgFactInput *claim) {
  const FgSentenceSource *source = sentence_source(doc, s, doc_date);
  /* the lists in the three tokens before the verb (within its clause),
   * in its clause and in the sentence before it */
  uint64_t close = 0, clause, before;
  if (source->clause_lists) {
    clause = source->clause_lists[v - s->first];
    before = source->sentence_lists[v - s->first];
    for (size_t t = v; t > s->first && t + 3 > v && !fg_clause_boundary(doc, t - 1); t--)
      close |= fg_tok_lists(doc, tok(doc, t - 1));
  } else {
    size_t start = clause_start(doc, s, v);
    size_t near = v > start + 3 ? v - 3 : start;
    close = lists_in(doc, near, v);
    clause = close | lists_in(doc, start, near);
    before = clause | lists_in(doc, s->first, start);
  }
  if (has(close, FG_LIST_NEGATION) || has(before, FG_LIST_DENIAL))
    claim->negated = true;
  if (has(clause, FG_LIST_HEDGE))
    claim->modality = FG_MODALITY_HEDGED;
  else if (has(close, FG_LIST_FUTURE))
    claim->modality = FG_MODALITY_FUTURE;
  if (has(close, FG_LIST_FORMER))
    claim->former = true;
  (void)v_end;
  if (source->attributed_to != FG_NONE)
    claim->attributed_to = source->attributed_to;
  if (source->attributed_label)
    claim->attributed_label = source->attributed_label;
  if (source->hedged)
    claim->modality = FG_MODALITY_HEDGED;
  if (!claim->time)
    claim->time = fg_fact_time(doc, s, v, source->time, doc_date);
}

/* ---- dates ---- */

static const char *const MONTHS[] = {"january", "february", "march", "april",
                                     "may", "june", "july", "august",
                                     "september", "october", "november", "december"};
static const char *const WEEKDAYS[] = {"monday", "tuesday", "wednesday", "thursday",
                                       "friday", "saturday", "sunday"};

/* Most words after "in" or "on" are no date: they fail on the first letter
 * that every month, or every weekday, starts with. */
static bool starts_with_one_of(const char *w, const char *letters) {
  return w[0] != '\0' && strchr(letters, w[0]) != NULL;
}

static int month_of(const char *w) {
  if (!starts_with_one_of(w, "jfmasond"))
    return 0;
  for (int i = 0; i < 12; i++)
    if (strcmp(w, MONTHS[i]) == 0 || (strlen(w) >= 3 && strncmp(w, MONTHS[i], 3) == 0 &&
                                     strlen(w) <= 4 && strcmp(w, "may") != 0))
      return i + 1;
  return strcmp(w, "may") == 0 ? 5 : 0;
}

static int weekday_of(const char *w) {
  if (!starts_with_one_of(w, "mtwfs"))
    return -1;
  for (int i = 0; i < 7; i++)
    if (strcmp(w, WEEKDAYS[i]) == 0)
      return i;
  return -1;
}

static int year_of(const char *w) {
  if (strlen(w) != 4 || w[0] < '1' || w[0] > '2')
    return 0;
  int y = atoi(w);
  return y >= 1800 && y <= 2200 ? y : 0;
}

/* Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm). */
static long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

static bool parse_full_date(const char *date, int *y, int *m, int *d) {
  return date && sscanf(date, "%4d-%2d-%2d", y, m, d) == 3;
}

static char *format(FgArena *arena, int y, int m, int d) {
  char buf[16];
  if (d)
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  else if (m)
    snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  else
    snprintf(buf, sizeof buf, "%04d", y);
  return fg_arena_strdup(arena, buf);
}

/* "on Monday": the latest such weekday on or before the article date. */
static const char *weekday_date(const FgDocAnalysis *doc, int wd, const char *doc_date) {
  int y, m, d;
  if (!parse_full_date(doc_date, &y, &m, &d))
    return NULL;
  long days = days_from_civil(y, m, d);
  int doc_wd = (int)(((days % 7) + 7 + 3) % 7); /* 1970-01-01 was a Thursday */
  long back = (doc_wd - wd + 7) % 7;
  civil_from_days(days - back, &y, &m, &d);
  return format(doc->arena, y, m, d);
}

/* "in December": the latest such month not after the article date. */
static const char *month_date(const FgDocAnalysis *doc, int month, int year,
                              const char *doc_date) {
  if (year)
    return format(doc->arena, year, month, 0);
  int y, m, d;
  if (!parse_full_date(doc_date, &y, &m, &d))
    return NULL;
  return format(doc->arena, month > m ? y - 1 : y, month, 0);
}

/* fg_span_time, also giving the date's first token in *at. */
static const char *span_time_at(const FgDocAnalysis *doc, size_t first, size_t last,
                                const char *doc_date, size_t *at) {
  for (size_t t = first; t + 1 < last; t++) {
    *at = t;
    const FgToken *prep = tok(doc, t);
    if (!fg_tok_is(prep, "in") && !fg_tok_is(prep, "on") && !fg_tok_is(prep, "since"))
      continue;
    const char *w = tok(doc, t + 1)->norm;
    int month = month_of(w), wd = weekday_of(w), year = year_of(w);
    if (month && (tok(doc, t + 1)->flags & FG_TOK_CAP)) {
      int y2 = t + 2 < last ? year_of(tok(doc, t + 2)->norm) : 0;
      return month_date(doc, month, y2, doc_date);
    }
    if (wd >= 0)
      return weekday_date(doc, wd, doc_date);
    if (year)
      return format(doc->arena, year, 0, 0);
  }
  return NULL;
}

const char *fg_span_time(const FgDocAnalysis *doc, size_t first, size_t last,
                         const char *doc_date) {
  size_t at;
  return span_time_at(doc, first, last, doc_date, &at);
}

/* Relative clauses longer than this are not looked for: the walks stay
 * bounded in a sentence of any length. */
#define RELATIVE_MAX 48

/* The relative clause set off by a comma around token t (", who led the
 * party in 2019,"): [*first, *last) from the comma to the next comma or
 * boundary; false when t is in none. */
static bool relative_clause(const FgDocAnalysis *doc, const FgSentence *s, size_t t,
                            size_t *first, size_t *last) {
  size_t start = t;
  for (;; start--) {
    if (start == s->first || t - start > RELATIVE_MAX || fg_clause_boundary(doc, start))
      return false;
    if (fg_tok_is(tok(doc, start), ",") && start < t)
      break;
  }
  if (!fg_in_at(doc, FG_LIST_RELATIVE_PRONOUN, start + 1))
    return false;
  size_t end = t;
  while (end < s->last && end - t <= RELATIVE_MAX && !fg_tok_is(tok(doc, end), ",") &&
         !fg_clause_boundary(doc, end))
    end++;
  *first = start;
  *last = end;
  return true;
}

const char *fg_sentence_time(const FgDocAnalysis *doc, const FgSentence *s,
                             const char *doc_date) {
  size_t from = s->first, at, first, last;
  const char *time;
  while ((time = span_time_at(doc, from, s->last, doc_date, &at)) != NULL &&
         relative_clause(doc, s, at, &first, &last))
    from = last;
  return time;
}

const char *fg_fact_time(const FgDocAnalysis *doc, const FgSentence *s, size_t v,
                         const char *main_time, const char *doc_date) {
  size_t first, last;
  if (!relative_clause(doc, s, v, &first, &last))
    return main_time;
  return fg_span_time(doc, first, last, doc_date);
}
