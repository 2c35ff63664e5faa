/* SPDX-License-Identifier: MIT */
#include "dates.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const FgToken *tok(const FgDocAnalysis *doc, size_t t) {
  return &doc->tok.tokens[t];
}

/* True for punctuation that ends a clause (; : . ? ! quotes, "--"); the
 * period of "Mr.", "Gen." or "U.S." ends nothing. */
static bool clause_boundary(const FgDocAnalysis *doc, size_t t) {
  const FgToken *k = tok(doc, t);
  if (t > 0 && fg_tok_is(k, ".") && tok(doc, t - 1)->end == k->begin &&
      (fg_in_at(doc, FG_LIST_PERSON_TITLE, t - 1) ||
       strlen(tok(doc, t - 1)->norm) == 1))
    return false;
  return (k->flags & FG_TOK_PUNCT) &&
         (fg_tok_is(k, ";") || fg_tok_is(k, ":") || fg_tok_is(k, ".") ||
          fg_tok_is(k, "?") || fg_tok_is(k, "!") || fg_tok_is(k, "\"") ||
          fg_tok_is(k, "--"));
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

int fg_year_of(const char *word) { return year_of(word); }

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
  char buf[40]; /* room for any three ints: no truncation warning */
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

/* The year of the latest month and day not after the article date
 * doc_date, or 0 without one. */
static int latest_year_of(const char *doc_date, int month, int day) {
  int y, m, d;
  if (!parse_full_date(doc_date, &y, &m, &d))
    return 0;
  return month > m || (month == m && day > d) ? y - 1 : y;
}

/* "in December": the latest such month not after the article date. */
static const char *month_date(const FgDocAnalysis *doc, int month, int year,
                              const char *doc_date) {
  if (!year)
    year = latest_year_of(doc_date, month, 0);
  return year ? format(doc->arena, year, month, 0) : NULL;
}

/* "yesterday", "last month", "last year": a date counted back from the
 * article date, as precise as the words are ("last week" names no day or
 * month and gives none). */
static const char *relative_date(const FgDocAnalysis *doc, size_t t, size_t last,
                                 const char *doc_date) {
  int y, m, d;
  const FgToken *word = tok(doc, t);
  bool yesterday = fg_tok_is(word, "yesterday");
  /* "the last year" is the past twelve months, not the year before */
  if (!yesterday && !(fg_tok_is(word, "last") && t + 1 < last &&
                      (t == 0 || !fg_tok_is(tok(doc, t - 1), "the"))))
    return NULL;
  if (!parse_full_date(doc_date, &y, &m, &d))
    return NULL;
  if (yesterday) {
    civil_from_days(days_from_civil(y, m, d) - 1, &y, &m, &d);
    return format(doc->arena, y, m, d);
  }
  if (fg_tok_is(tok(doc, t + 1), "year"))
    return format(doc->arena, y - 1, 0, 0);
  if (fg_tok_is(tok(doc, t + 1), "month"))
    return m == 1 ? format(doc->arena, y - 1, 12, 0) : format(doc->arena, y, m - 1, 0);
  return NULL;
}

/* "from 2011 to 2019", "between 2004 and 2010": a range of years at t,
 * dated by its start as "since 2011" is (not "up from 2019 levels"). */
static bool range_start(const FgDocAnalysis *doc, size_t t, size_t last) {
  if (t + 3 >= last || !year_of(tok(doc, t + 1)->norm) || !year_of(tok(doc, t + 3)->norm))
    return false;
  const FgToken *to = tok(doc, t + 2);
  return (fg_tok_is(tok(doc, t), "from") &&
          (fg_tok_is(to, "to") || fg_tok_is(to, "until") || fg_tok_is(to, "through"))) ||
         (fg_tok_is(tok(doc, t), "between") && fg_tok_is(to, "and"));
}

/* The day of the month a token names ("3" of "Dec. 3"), else 0. */
static int day_of(const char *w) {
  size_t len = strlen(w);
  if (len == 0 || len > 2 || w[0] < '0' || w[0] > '9' || (len == 2 && (w[1] < '0' || w[1] > '9')))
    return 0;
  int d = atoi(w);
  return d <= 31 ? d : 0;
}

/* "March 4, 1961", "Dec. 3": a month name and a day at t, the year after
 * them or else the latest such day not after the article date; wire copy
 * writes them bare ("died Dec. 3 in Y", "was born March 4, 1961"). */
static const char *month_day(const FgDocAnalysis *doc, size_t t, size_t last,
                             const char *doc_date) {
  int month = month_of(tok(doc, t)->norm);
  int day = t + 1 < last ? day_of(tok(doc, t + 1)->norm) : 0;
  if (!month || !day || !(tok(doc, t)->flags & FG_TOK_CAP))
    return NULL;
  int year = t + 2 < last ? year_of(tok(doc, t + 2)->norm) : 0;
  if (!year && t + 3 < last && fg_tok_is(tok(doc, t + 2), ","))
    year = year_of(tok(doc, t + 3)->norm);
  if (!year)
    year = latest_year_of(doc_date, month, day);
  return year ? format(doc->arena, year, month, day) : NULL;
}

/* "3 March 2015", "3 March": a day and a month name at t, day first as
 * British and agency copy write it; the year as for month_day. */
static const char *day_month(const FgDocAnalysis *doc, size_t t, size_t last,
                             const char *doc_date) {
  int day = day_of(tok(doc, t)->norm);
  int month = t + 1 < last ? month_of(tok(doc, t + 1)->norm) : 0;
  if (!day || !month || !(tok(doc, t + 1)->flags & FG_TOK_CAP))
    return NULL;
  int year = t + 2 < last ? year_of(tok(doc, t + 2)->norm) : 0;
  if (!year)
    year = latest_year_of(doc_date, month, day);
  return year ? format(doc->arena, year, month, day) : NULL;
}

/* fg_span_time, also giving the date's first token in *at. */
static const char *span_time_at(const FgDocAnalysis *doc, size_t first, size_t last,
                                const char *doc_date, size_t *at) {
  for (size_t t = first; t < last; t++) {
    *at = t;
    const char *relative = relative_date(doc, t, last, doc_date);
    if (!relative)
      relative = month_day(doc, t, last, doc_date);
    if (!relative)
      relative = day_month(doc, t, last, doc_date);
    if (relative)
      return relative;
    if (t + 1 == last)
      break;
    const FgToken *prep = tok(doc, t);
    if (range_start(doc, t, last))
      return format(doc->arena, year_of(tok(doc, t + 1)->norm), 0, 0);
    if (!fg_tok_is(prep, "in") && !fg_tok_is(prep, "on") && !fg_tok_is(prep, "since"))
      continue;
    const char *w = tok(doc, t + 1)->norm;
    int month = month_of(w), wd = weekday_of(w), year = year_of(w);
    if (month && (tok(doc, t + 1)->flags & FG_TOK_CAP)) {
      const char *full = month_day(doc, t + 1, last, doc_date);
      if (full)
        return full;
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
/* Words of an apposition's noun phrase before its relative pronoun. */
#define RELATIVE_NOUN_MAX 6

/* The relative clause set off by a comma around token t (", who led the
 * party in 2019,", ", a group that laid down arms in 2024,"): [*first, *last) from the comma to the next comma or
 * boundary; false when t is in none. */
static bool relative_clause(const FgDocAnalysis *doc, const FgSentence *s, size_t t,
                            size_t *first, size_t *last) {
  size_t start = t;
  for (;; start--) {
    if (start == s->first || t - start > RELATIVE_MAX || clause_boundary(doc, start))
      return false;
    if (fg_tok_is(tok(doc, start), ",") && start < t)
      break;
  }
  /* ", who led ...", also an apposition's ", a coalition that laid ..." */
  size_t rel = start + 1;
  const FgToken *det = tok(doc, rel);
  bool apposition = fg_tok_is(det, "a") || fg_tok_is(det, "an") || fg_tok_is(det, "the");
  while (apposition && rel < t && rel - start <= RELATIVE_NOUN_MAX &&
         !fg_tok_is(tok(doc, rel), ",") && !fg_in_at(doc, FG_LIST_RELATIVE_PRONOUN, rel))
    rel++;
  if (rel >= t || !fg_in_at(doc, FG_LIST_RELATIVE_PRONOUN, rel))
    return false;
  size_t end = t;
  while (end < s->last && end - t <= RELATIVE_MAX && !fg_tok_is(tok(doc, end), ",") &&
         !clause_boundary(doc, end))
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

bool fg_time_is_year(const char *time) {
  return year_of(time) != 0;
}
