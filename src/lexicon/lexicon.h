/* SPDX-License-Identifier: MIT */
/* The extraction lexicon (ontology/lexicon.tsv): dependency-tree rules,
 * titles, name cues and modality words, as data. The format is
 * documented at the top of the file itself. */
#ifndef FG_LEXICON_LEXICON_H
#define FG_LEXICON_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "factgraph/diag.h"
#include "factgraph/status.h"
#include "text/text.h"

/* Coarse entity kinds used in rule constraints, as bits. */
enum {
  FG_KIND_PERSON = 1 << 0,
  FG_KIND_ORG = 1 << 1,
  FG_KIND_COUNTRY = 1 << 2,
  FG_KIND_PLACE = 1 << 3,
  FG_KIND_EVENT = 1 << 4,
  FG_KIND_VALUE = 1 << 5, /* an unnamed object taken as a literal */
  FG_KIND_ANY = 0x1F
};

/* One alternative as lexicon word ids (see fg_lexicon_word). */
typedef struct {
  const uint32_t *ids;
  size_t len;
} FgWordSeq;

/* A list of alternatives, each a space-separated word sequence, already
 * case-folded: {"claimed responsibility for", "took responsibility for"}.
 * seqs[i] is items[i] as word ids, for matching tokens by id. */
typedef struct {
  char **items;
  FgWordSeq *seqs;
  size_t count;
} FgWords;

/* A title (a title row): its words and the role it names. */
typedef struct {
  FgWords forms; /* "foreign minister", "minister of foreign affairs" */
  char *label;   /* the role: "Foreign Minister"; NULL: as written */
} FgTitle;

/* Where a dependency rule finds an argument, starting from its trigger
 * word (see the dep rows of lexicon.tsv). */
typedef enum {
  FG_PATH_SUBJ, /* the logical subject */
  FG_PATH_OBJ,  /* the logical object */
  FG_PATH_CASE, /* an obl or nmod dependent with this case word */
  FG_PATH_POSS, /* the possessor: nmod:poss */
  FG_PATH_MOD,  /* a compound or adjective modifier that names an entity */
  FG_PATH_SELF, /* what a noun trigger describes */
  FG_PATH_IT,   /* the trigger word itself (a name's rule) */
  FG_PATH_APPOS,   /* the trigger's apposition ("Irving, Texas") */
  FG_PATH_COMPOUND, /* the name a participle is hyphened to ("US-led") */
  FG_PATH_GOVSUBJ,  /* the subject of the verb whose object the noun is */
  FG_PATH_AMID,     /* the subject of the clause the noun's "after" phrase is of */
  FG_PATH_COSUBJ,   /* another conjunct of the subject ("A and B met") */
  FG_PATH_COARG,    /* another conjunct of the subject argument found
                       ("a meeting between A and B") */
  FG_PATH_LEADER,   /* who led the operation that is the logical subject
                       ("an offensive led by X toppled Y") */
  FG_PATH_GOVOBJ,   /* the object of the word the trigger hangs on ("X was
                       taken off Y's terror list") */
  FG_PATH_GOVPOSS,  /* the possessor, name or "by" phrase of the noun the
                       trigger hangs on ("ISIL plots to kill X") */
  FG_PATH_XOBJ,     /* the logical object of the trigger's to-infinitive
                       ("X threatened to attack Y") */
  FG_PATH_OBJPOSS,  /* the possessor of the logical object that names no
                       entity ("X praised Y's courage") */
  FG_PATH_TROOPS,   /* the country whose demonym modifies a logical subject
                       of its troops ("Kenyan troops captured Y") */
  FG_PATH_RELSUBJ,  /* for a passive with no agent in a relative phrase, the
                       subject of the clause before ("X raided houses, in
                       which 12 were arrested") */
  /* titles before names ("Cypriot Finance Minister X of Y"), read through
   * the parser's many shapes of such phrases */
  FG_PATH_TITLE,   /* the person named right after the title */
  FG_PATH_BEFORE,  /* the name right before the title ("Cypriot", "Syria's") */
  FG_PATH_NAMEOF,  /* the country in "of" after that person's name */
  FG_PATH_COUNTRY, /* none named: the article's main country, assumed */
  FG_PATH_OPENS,   /* the country the trigger's own name opens with */
  FG_PATH_NEXT,    /* "the capital, X": the name after the comma, by position */
  FG_PATH_JOINER,  /* who joined the group that is the logical subject ("X
                      joined a coalition led by Y to fight Z") */
  FG_PATH_PREV,    /* "X, located in Y": the name before the comma, by position */
  FG_PATH_ALONE,   /* the logical subject of a verb with no object ("X moved to Y") */
  FG_PATH_PARTOF,  /* the organisation whose part the "of" phrase names ("head of
                      the youth wing of Y") */
  FG_PATH_FIRM     /* the one organisation the sentence names, as the subject of
                      the report or the object of the verb the trigger's clause
                      is conjoined to ("X said chief executive Y would retire") */
} FgPathKind;

typedef struct {
  FgPathKind kind;
  char *word; /* FG_PATH_CASE: the case word ("with"), else NULL */
} FgDepPath;

/* A predicate read from the dependency tree: a trigger lemma and, for
 * each argument, the paths tried in order. */
typedef struct {
  char *id;
  char *predicate;
  FgWords lemmas;       /* one word each; none for a name's rule */
  bool on_name;         /* "@name": triggered by every word of a named mention */
  FgWords subj_types, obj_types; /* subjtype=, objtype=: allowed classes */
  FgDepPath *subj_paths, *obj_paths;
  size_t subj_count, obj_count;
  unsigned subj, obj;   /* FG_KIND_* bits allowed */
  bool swap;            /* subject and object change places in the triple */
  bool role;            /* the trigger's title phrase is the fact's role */
  char *role_label;     /* role=LABEL: the role itself, for a verb ("governed": Governor) */
  bool org_head;        /* with an organisation as object, leaderOf instead */
  bool literal;         /* literal: an object noun naming no entity is a value */
  bool counted;         /* counted: that value must be counted ("12 activists") */
  bool own_agent;       /* ownagent: a passive conjunct borrows no agent ("... and arrested") */
  bool event;           /* event: a noun whose clause's qualifiers and date are its own */
  bool contains;        /* contains: the object is a country, or known and the subject not */
  bool former;          /* former: the trigger says the tie is over ("a defector from Y") */
  bool no_former;       /* noformer: "former" on the trigger dates the trigger's noun only */
  FgWords gov;          /* gov=: lemmas of which the trigger must be a dependent */
  FgWords nogov;        /* nogov=: lemmas of which it must not be */
  FgWords needs;        /* needs=: one lemma must be in the trigger's subtree */
  FgWords notsubj;      /* notsubj=: words the subject's name must not hold */
  FgWords notafter;     /* notafter=@LIST,@LIST: lists the word before a name's trigger must not be in */
  char *unless;         /* unless=@LIST: a list no word of the trigger's clause may be in */
  char *objhead;        /* objhead=@LIST: a list the object's head word must be in */
  char *notobjhead;     /* notobjhead=@LIST: a list the object's head word must not be in */
  double confidence;
} FgDepRule;

/* Word lists by name ("negation", "hedge", "org-head", ...). */
typedef struct {
  char *name;
  FgWords words;
  char *value; /* optional third column: a type or a role, or NULL */
} FgWordList;

/* Every list of the shipped lexicon, by fixed id rather than by name: each
 * value is the list's id (fg_lexicon_list_id), and a mask bit. */
typedef enum {
  FG_LIST_ACTOR_NOUN,
  FG_LIST_ARMED_ADJECTIVE,
  FG_LIST_ARMED_NOUN,
  FG_LIST_BASED_PARTICIPLE,
  FG_LIST_ORIGIN_PARTICIPLE,
  FG_LIST_BE_AUX,
  FG_LIST_BOILERPLATE,
  FG_LIST_COALITION_ADJECTIVE,
  FG_LIST_COMPOUND_PARTICIPLE,
  FG_LIST_CONDITION_MARK,
  FG_LIST_COUNTRY_NOUN,
  FG_LIST_DEMONSTRATIVE,
  FG_LIST_DENIAL,
  FG_LIST_DESCRIPTOR,
  FG_LIST_DETERMINER,
  FG_LIST_EVENT_HEAD,
  FG_LIST_EVENT_NOUN,
  FG_LIST_FORMER,
  FG_LIST_FUTURE,
  FG_LIST_GROUP_CUE,
  FG_LIST_GROUP_REF,
  FG_LIST_HEDGE,
  FG_LIST_INFINITIVE_NOUN,
  FG_LIST_MONTH,
  FG_LIST_NAME_CONNECTOR,
  FG_LIST_NEGATION,
  FG_LIST_NOT_A_NAME,
  FG_LIST_COUNTRY_BEFORE,
  FG_LIST_ORG_BEFORE,
  FG_LIST_ORG_HEAD,
  FG_LIST_ORG_PART,
  FG_LIST_PERSON_DESCRIPTOR,
  FG_LIST_PERSON_NOUN,
  FG_LIST_PERSON_TITLE,
  FG_LIST_PICTURE_CREDIT,
  FG_LIST_PLACE_AFTER,
  FG_LIST_PLACE_BEFORE,
  FG_LIST_PLACE_HEAD,
  FG_LIST_PORTFOLIO_TITLE,
  FG_LIST_POSSESSIVE_PRONOUN,
  FG_LIST_PREPOSITION,
  FG_LIST_PRONOUN_DEMONSTRATIVE,
  FG_LIST_PRONOUN_PERSON,
  FG_LIST_PRONOUN_THING,
  FG_LIST_PUBLISHER_CUE,
  FG_LIST_RELATIVE_PRONOUN,
  FG_LIST_RELINQUISH_VERB,
  FG_LIST_REPORTING_VERB,
  FG_LIST_SOURCE_NOUN,
  FG_LIST_STANCE_PREFIX,
  FG_LIST_TIME_PREPOSITION,
  FG_LIST_TITLE_DOMAIN,
  FG_LIST_WEEKDAY,
  FG_LIST_COUNT
} FgListName;

typedef struct FgLexicon FgLexicon;

FgStatus fg_lexicon_load(const char *path, FgDiagFunc diag, void *handle,
                         FgLexicon **out);
void fg_lexicon_free(FgLexicon *lex);
/* The file's version row ("version<TAB>1.2.3"), or NULL when it has none.
 * Owned by lex. */
const char *fg_lexicon_version(const FgLexicon *lex);

size_t fg_lexicon_dep_count(const FgLexicon *lex);
const FgDepRule *fg_lexicon_dep(const FgLexicon *lex, size_t i);
size_t fg_lexicon_title_count(const FgLexicon *lex);
const FgTitle *fg_lexicon_title(const FgLexicon *lex, size_t i);
/* All lists with this name (a name may have several rows, e.g. one per
 * type for "org-head"). Returns the number found, fills at most max. */
size_t fg_lexicon_lists(const FgLexicon *lex, const char *name,
                        const FgWordList **found, size_t max);
/* True when word (folded, may contain spaces) is in any list of that name;
 * *value gets the row's value when not NULL. */
bool fg_lexicon_has(const FgLexicon *lex, const char *name, const char *word,
                    const char **value);
/* True when tokens[k] (of a sentence ending before last) opens a
 * picture's credit: a label of the picture-credit list before a colon
 * ("Image: X Navy", "Photo: ..."). */
bool fg_lexicon_credit_at(const FgLexicon *lex, const FgToken *tokens, size_t k, size_t last);

/* Matching by word id. Every word of the lexicon has a small id; a token
 * gets the id of its normalised form once (fg_lexicon_tag_tokens), so rules
 * compare integers and look up only the entries that can start at a token. */

/* The id of a folded word, FG_NO_ID when no rule or list mentions it. */
uint32_t fg_lexicon_word(const FgLexicon *lex, const char *word, size_t len);
/* Number of word ids: every id is below it. */
size_t fg_lexicon_word_count(const FgLexicon *lex);
/* Sets each token's word to the id of its norm (FG_NO_ID when unknown). */
void fg_lexicon_tag_tokens(const FgLexicon *lex, FgToken *tokens, size_t count);
/* The id of a list name (every row of that name), FG_NO_ID when no list
 * has it. */
uint32_t fg_lexicon_list_id(const FgLexicon *lex, const char *name);
/* By word id: bit l is set when the word is a one-word entry of the list
 * with id l (an FgListName, or any id below 64; a list with a larger id
 * is found by name only). Owned by the lexicon. */
const uint64_t *fg_lexicon_list_masks(const FgLexicon *lex);
/* The same by word id for fg_lexicon_word_starts: bit l is set when an
 * entry of list l starts with the word. Owned by the lexicon. */
const uint64_t *fg_lexicon_starts_masks(const FgLexicon *lex);
/* True when word is a one-word entry of the list: fg_lexicon_has on the
 * word without building strings. False for FG_NO_ID and for a list id of
 * 64 or more. */
bool fg_lexicon_word_in(const FgLexicon *lex, uint32_t list, uint32_t word);
/* The value column of the first row of the list that has word as a
 * one-word entry (fg_lexicon_has's *value), NULL when none or "-". */
const char *fg_lexicon_word_value(const FgLexicon *lex, uint32_t list, uint32_t word);
/* True when an entry (of one word or more) of the list starts with word. */
bool fg_lexicon_word_starts(const FgLexicon *lex, uint32_t list, uint32_t word);
/* Indexes (in lexicon order) of the titles having a form whose first word
 * is word; *n gets their number. */
const uint32_t *fg_lexicon_titles_from(const FgLexicon *lex, uint32_t word, size_t *n);
/* Indexes of the dependency rules with the lemma whose word id is word. */
const uint32_t *fg_lexicon_deps_from(const FgLexicon *lex, uint32_t word, size_t *n);
/* Token ids [t, last) start with seq: returns the token after it, or 0. */
size_t fg_words_match(const FgWordSeq *seq, const FgToken *tokens, size_t t, size_t last);

/* Parses a kind list "Person|Organization" into FG_KIND_* bits; 0 if bad. */
unsigned fg_kinds_parse(const char *text);

#endif
