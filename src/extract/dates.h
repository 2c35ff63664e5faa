/* SPDX-License-Identifier: MIT */
/* The time of a fact read from its sentence: dates resolved against the
 * article's date. (Negation, hedges, former status and attribution are
 * read from the tree, in tree.c.) */
#ifndef FG_EXTRACT_DATES_H
#define FG_EXTRACT_DATES_H

#include <stdbool.h>
#include <stddef.h>

#include "analysis.h"
#include "factgraph/graph.h"

/* Resolves the first date expression ("in May 2019", "on Sunday", "since
 * 2011") of tokens [first, last) against the document date; NULL when
 * there is none. Allocated in the arena. */
const char *fg_span_time(const FgDocAnalysis *doc, size_t first, size_t last,
                         const char *doc_date);

/* The sentence's first date that is not inside a relative clause set off
 * by commas (", who joined in 2019,"): the date of its main clause. */
const char *fg_sentence_time(const FgDocAnalysis *doc, const FgSentence *s,
                             const char *doc_date);

/* The date a fact whose predicate is token v takes from its sentence:
 * inside such a relative clause, the clause's own date; elsewhere
 * main_time, fg_sentence_time's answer. */
const char *fg_fact_time(const FgDocAnalysis *doc, const FgSentence *s, size_t v,
                         const char *main_time, const char *doc_date);

/* The year a word names ("2019"; 1800 to 2200), else 0. */
int fg_year_of(const char *word);

/* The time names a year and nothing finer ("2019", not "2019-05"). */
bool fg_time_is_year(const char *time);

#endif
