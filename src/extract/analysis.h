/* SPDX-License-Identifier: MIT */
/* One document under analysis: its tokens, mentions and local entities,
 * shared by the mention finder (mentions.c) and the relation rules
 * (rules.c). Local entities outlive the document; they are merged across
 * documents by resolve.c when the run finishes. */
#ifndef FG_EXTRACT_ANALYSIS_H
#define FG_EXTRACT_ANALYSIS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "factgraph/graph.h"
#include "lexicon/gazetteer.h"
#include "lexicon/lexicon.h"
#include "ner/namelists.h"
#include "text/text.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/intern.h"

typedef enum {
  FG_MENTION_NAME,       /* a proper name, known or not */
  FG_MENTION_DEMONYM,    /* "Syrian": an adjective standing for a country */
  FG_MENTION_PRONOUN,    /* he, she, it, the group */
  FG_MENTION_DESCRIPTOR  /* the coalition, security forces, the government */
} FgMentionKind;

typedef struct {
  uint32_t first, last;  /* token range */
  uint32_t sentence;
  uint32_t entity;       /* local entity index (run-wide) */
  uint32_t actor;        /* entity it stands for as an actor (a capital for its
                            country), or FG_NONE */
  uint32_t country;      /* the country a name of several words opens with
                            ("US National Park Service"), or FG_NONE */
  uint8_t kind;          /* FgMentionKind */
} FgMention;

/* An entity as seen in one document. */
typedef struct {
  char *label;           /* best surface form */
  const char *type;      /* ontology class local name (static string) */
  unsigned kind;         /* FG_KIND_* */
  int32_t gaz;           /* gazetteer entry, -1 when unknown */
  char *key;             /* identity key: "gaz:slug", "name:...", "desc:..." */
  char *skeleton;        /* vowel-less key of a personal name, or NULL */
  char *acronym;         /* initials of an organisation's name, or NULL */
  FgBuf forms;           /* spellings seen, one per line */
  uint32_t weight;       /* number of mentions */
  uint32_t copies;       /* identical entities of other documents folded
                            into this one (fold.c) */
  uint32_t doc;          /* the document's index in the run's graph */
  uint32_t at;           /* code point where the document's piece that
                            found it starts (long texts come in pieces) */
  bool surname_only;     /* one-word personal name ("Trump") */
  bool has_role;         /* a title or role was seen with it */
  uint32_t first_source, last_source; /* its copies' sources (entities->
                            sources), FG_NONE until it is folded */
} FgLocalEntity;

/* Where one copy of a folded entity was found and the weight it brought
 * (fold.c): a part keeps them, so that a merge can leave out a document
 * read twice exactly. */
typedef struct {
  uint32_t doc, at, weight;
  uint32_t next; /* the entity's next source, FG_NONE after its last */
} FgEntitySource;

typedef struct {
  FgLocalEntity *items;
  size_t count, cap;
  FgEntitySource *sources; /* of every entity, each list linked by next */
  size_t source_count, source_cap;
  /* fg_find_mentions's table of one document's entity keys, cleared for
   * each document rather than made anew; NULL until the first. */
  FgIntern *keys;
} FgLocalEntities;

/* Gazetteer names indexed by lookup key. */
typedef struct FgNameIndex FgNameIndex;

FgNameIndex *fg_name_index_new(const FgGazetteer *gaz);
void fg_name_index_free(FgNameIndex *index);

/* In FgDocAnalysis.token_ner: the first token of a recognized name. */
#define FG_TOKEN_NER_START 0x80

/* Holders of a title of the main country kept for tree.c's fallback. */
#define FG_MAIN_HOLDERS 16

typedef struct {
  const char *id;         /* document id */
  uint32_t doc;           /* document index in the run */
  const char *text;
  size_t len;
  FgTokenized tok;
  FgMention *mentions;    /* in token order */
  size_t mention_count;
  uint32_t *sentence_mention; /* first mention of each sentence; [n] = count */
  uint32_t *token_mention; /* mention fg_mention_at gives for each token, or
                              FG_NONE; NULL until every mention is found */
  uint32_t main_country;  /* the most mentioned country, or FG_NONE */
  uint32_t main_country_sentence; /* the one sentence every mention of the
                              main country is in, or FG_NONE */
  /* What a title's country fallback (tree.c) asks of the main country,
   * found once per document (mentions.c, main_country_marks): the text
   * marks it as its own (its dateline, demonym, possessive or "President
   * X of Y"); it names it after a word of the other side ("neighbouring
   * Y"); the title tokens and holders of "President X of Y", up to
   * FG_MAIN_HOLDERS (main_holders_many when there are more). */
  bool main_country_home, main_country_other_side, main_holders_many;
  uint32_t main_holder_count;
  uint32_t main_holder_title[FG_MAIN_HOLDERS], main_holder_entity[FG_MAIN_HOLDERS];
  /* The entity recognizer's reading of each token: an FgNerType, with
   * FG_TOKEN_NER_START where a name starts; NULL without a recognizer. */
  const uint8_t *token_ner;
  /* The tagger's FgUpos of the word that starts at each token, or 0;
   * NULL without a tagger. */
  const uint8_t *token_upos;
  /* The lemmatizer's lemma of the word that starts at each token (the
   * front end's strings, alive while the document is read), or NULL;
   * NULL without a front end. */
  const char *const *token_lemma;
  const FgLexicon *lex;
  const FgGazetteer *gaz;
  const FgNameIndex *names;
  const FgNerNames *name_lists; /* given names, places; NULL for none */
  const uint64_t *list_masks; /* fg_lexicon_list_masks, see fg_tok_in */
  const uint64_t *starts_masks; /* fg_lexicon_starts_masks */
  FgLocalEntities *entities;
  size_t first_entity;    /* this document's entities start here */
  FgArena *arena;
} FgDocAnalysis;

/* Tags the tokens with lexicon word ids. Called first by fg_find_mentions. */
void fg_analysis_prepare(FgDocAnalysis *doc);

/* The lists with a fixed id that have the token, as bits by FgListName. */
static inline uint64_t fg_tok_lists(const FgDocAnalysis *doc, const FgToken *tok) {
  return tok->word == FG_NO_ID ? 0 : doc->list_masks[tok->word];
}

/* True when the token is a one-word entry of the list (fg_lexicon_has on
 * its norm): one load, no lookup by name. */
static inline bool fg_tok_in(const FgDocAnalysis *doc, FgListName list,
                             const FgToken *tok) {
  return (fg_tok_lists(doc, tok) >> list) & 1;
}

/* fg_tok_in for the document's token t. */
static inline bool fg_in_at(const FgDocAnalysis *doc, FgListName list,
                            size_t t) {
  return fg_tok_in(doc, list, &doc->tok.tokens[t]);
}

/* True when an entry of the list (of one word or more) starts with the
 * token. */
static inline bool fg_tok_starts(const FgDocAnalysis *doc, FgListName list,
                                 const FgToken *tok) {
  return tok->word != FG_NO_ID && ((doc->starts_masks[tok->word] >> list) & 1);
}

/* fg_tok_in that also gives the value column of the first row of the list
 * having the token (fg_lexicon_has's *value), looked up only on a hit. */
static inline bool fg_tok_value(const FgDocAnalysis *doc, FgListName list,
                                const FgToken *tok, const char **value) {
  if (!fg_tok_in(doc, list, tok))
    return false;
  *value = fg_lexicon_word_value(doc->lex, list, tok->word);
  return true;
}

/* Finds and types the mentions of every sentence, clusters them into local
 * entities (names, acronyms, surnames, pronouns, descriptors). */
bool fg_find_mentions(FgDocAnalysis *doc);

/* The mention covering token t by binary search, or NULL: fg_mention_at
 * while the mentions are still being found. */
const FgMention *fg_mention_search(const FgDocAnalysis *doc, size_t t);

/* The mention covering token t, or NULL. Inline because the extractors ask
 * at nearly every token, and once the mentions are final it is one load. */
static inline const FgMention *fg_mention_at(const FgDocAnalysis *doc, size_t t) {
  if (!doc->token_mention)
    return fg_mention_search(doc, t);
  uint32_t m = doc->token_mention[t];
  return m == FG_NONE ? NULL : &doc->mentions[m];
}

/* Frees the strings of one local entity. */
void fg_local_entity_clear(FgLocalEntity *e);

/* Frees the strings of local entities. */
void fg_local_entities_free(FgLocalEntities *entities);

/* Appends a new local entity of document doc (strings copied); returns its
 * index, FG_NONE when out of memory. */
uint32_t fg_local_entity_new(FgLocalEntities *entities, uint32_t doc, const char *key,
                             const char *label, const char *type, unsigned kind,
                             int32_t gaz);

/* Adds a spelling to an entity's forms (deduplicated). */
bool fg_local_entity_add_form(FgLocalEntity *e, const char *form, size_t len);

/* Remembers the local entities of the documents read so far (fold.c). */
typedef struct FgEntityFolder FgEntityFolder;
FgEntityFolder *fg_entity_folder_new(void);
void fg_entity_folder_free(FgEntityFolder *folder);

/* Folds entities [first, count) into identical ones of earlier documents
 * and closes the gaps; map[i - first] receives entity i's new index. The
 * entity kept is found (doc, at) where the first of its copies by content
 * is (documents of graph by id, source, digest; graph NULL: the first to
 * arrive). False when out of memory (entities then stay unfolded, and map
 * still holds). */
bool fg_local_entities_fold(FgLocalEntities *entities, size_t first,
                            FgEntityFolder *folder, const FgGraph *graph,
                            uint32_t *map);

/* Adds to entity i one copy found at (doc, at) with weight, as folding it
 * would: the first source sets the entity's document, piece, weight and
 * copies, each later one adds its weight and one copy, and the entity is
 * found where the first of its sources by content is (graph as for
 * fg_local_entities_fold). False when out of memory. */
bool fg_local_entity_add_source(FgLocalEntities *entities, uint32_t i, uint32_t doc,
                                uint32_t at, uint32_t weight, const FgGraph *graph);

#endif
