/* SPDX-License-Identifier: MIT */
/* What rules ask of mentions and tokens: the entity a mention gives for
 * the kinds a rule allows, a lexicon word sequence at a token, a verb
 * per the tagger, a role's words in title case. */
#ifndef FG_EXTRACT_ARGS_H
#define FG_EXTRACT_ARGS_H

#include <stdbool.h>
#include <stddef.h>

#include "analysis.h"
#include "nlp/word.h"

/* An entity reference: a mention and the entity it gives. */
typedef struct {
  const FgMention *mention; /* NULL when none */
  uint32_t entity;          /* the mention's entity, or its actor reading */
} FgArg;

/* The entity kind bits of a mention, or of its actor reading. */
unsigned fg_mention_kind(const FgDocAnalysis *doc, const FgMention *m);

/* Resolves a mention against allowed kinds: its entity, or the entity it
 * stands for as an actor (Washington for the United States). */
FgArg fg_arg_of(const FgDocAnalysis *doc, const FgMention *m, unsigned kinds);

/* fg_arg_of for a rule's object: where only an organisation fits, also an
 * unknown name of two words or more that only the recognizer read as a
 * person's (no given name, title, honorific or pronoun: "acquired Orvane
 * Dairy"). */
FgArg fg_object_arg_of(const FgDocAnalysis *doc, const FgMention *m, unsigned kinds);

/* Matches a lexicon word sequence against the tokens from t (not past
 * last); returns the token after it, or 0. */
size_t fg_match_words(const FgDocAnalysis *doc, size_t t, size_t last,
                      const FgWordSeq *words);

/* True when the tagger reads the word starting at token t as a verb or an
 * auxiliary, except a participle right after a determiner, which
 * modifies the noun after it ("the disputed election", "a written
 * ruling"); false without a tagger. */
static inline bool fg_is_verb_form(const FgDocAnalysis *doc, size_t t) {
  if (!doc->token_upos)
    return false;
  uint8_t upos = doc->token_upos[t];
  if (upos == FG_UPOS_AUX)
    return true;
  return upos == FG_UPOS_VERB &&
         !(t > 0 && fg_tok_in(doc, FG_LIST_DETERMINER, &doc->tok.tokens[t - 1]));
}

/* The tokens [first, last) as written, in title case ("chief executive"
 * gives "Chief Executive"); allocated in the arena, NULL when out of
 * memory. */
const char *fg_title_case(const FgDocAnalysis *doc, size_t first, size_t last);

#endif
