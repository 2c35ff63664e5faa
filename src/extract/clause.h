/* SPDX-License-Identifier: MIT */
/* Shallow clause reading: who is the subject of a verb, what is its
 * object, where a clause ends. Heuristics over tokens and mentions. */
#ifndef FG_EXTRACT_CLAUSE_H
#define FG_EXTRACT_CLAUSE_H

#include <stdbool.h>
#include <stddef.h>

#include "analysis.h"

/* An entity reference found by the clause reader. */
typedef struct {
  const FgMention *mention; /* NULL when none */
  uint32_t entity;          /* the mention's entity, or its actor reading */
} FgArg;

/* True for punctuation and words that end a clause (; : . and quotes). */
bool fg_clause_boundary(const FgDocAnalysis *doc, size_t t);

/* The subject of a verb starting at token v in sentence s: the nearest
 * mention to the left that is not inside a prepositional phrase, not a
 * modifier and not another verb's object; relative pronouns and
 * parentheticals are looked through. kinds filters the entity kinds. */
FgArg fg_clause_subject(const FgDocAnalysis *doc, const FgSentence *s, size_t v,
                        unsigned kinds);

/* The object starting at or after token t: the first mention to the right
 * within the clause that is not a modifier. */
FgArg fg_clause_object(const FgDocAnalysis *doc, const FgSentence *s, size_t t,
                       unsigned kinds);

/* A noun phrase from t taken as a literal value ("71 people"), without
 * leading determiners; NULL when there is none. Allocated in the arena. */
char *fg_clause_literal(const FgDocAnalysis *doc, const FgSentence *s, size_t t);

/* "Portugal and Angola", "Kenya, Uganda and Somalia": the mention joined
 * to m right before it, by "and" when m is the list's last (first is
 * true), else by "and" or a comma; NULL when there is none. */
const FgMention *fg_clause_conjunct_before(const FgDocAnalysis *doc, const FgSentence *s,
                                          const FgMention *m, bool first);

/* "the party, which she leads": when the subject follows "which" or "that",
 * the name before that is the verb's object. */
FgArg fg_clause_relative_object(const FgDocAnalysis *doc, const FgSentence *s,
                                const FgMention *subject, unsigned kinds);

/* The noun phrase ending right before t, as a value: "a \"cooperation
 * declaration\" signed by X" gives cooperation declaration. NULL if none. */
char *fg_clause_literal_before(const FgDocAnalysis *doc, const FgSentence *s, size_t t);

/* The entity kind bits of a mention, or of its actor reading. */
unsigned fg_mention_kind(const FgDocAnalysis *doc, const FgMention *m);

/* Resolves a mention against allowed kinds: its entity, or the entity it
 * stands for as an actor (Washington for the United States). */
FgArg fg_arg_of(const FgDocAnalysis *doc, const FgMention *m, unsigned kinds);

/* Matches a lexicon word sequence against the tokens from t (not past
 * last); returns the token after it, or 0. */
size_t fg_match_words(const FgDocAnalysis *doc, size_t t, size_t last,
                      const FgWordSeq *words);

/* True when token t is a form of any verb of the lexicon. Inline: the
 * rules ask it of most tokens. */
static inline bool fg_is_verb_form(const FgDocAnalysis *doc, size_t t) {
  return fg_tok_in(doc, FG_LIST_VERB_FORM, &doc->tok.tokens[t]);
}

/* The tokens [first, last) as written, in title case ("chief executive"
 * gives "Chief Executive"); allocated in the arena, NULL when out of
 * memory. */
const char *fg_title_case(const FgDocAnalysis *doc, size_t first, size_t last);

/* True when token t ends in "-ing" ("cooperating", "toppling"). */
bool fg_is_gerund(const FgDocAnalysis *doc, size_t t);

#endif
