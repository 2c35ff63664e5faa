/* SPDX-License-Identifier: MIT */
#include "lexicon.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/grow.h"
#include "util/intern.h"

/* Nonzero integer keys to ids, by open addressing. */
typedef struct {
  uint64_t *keys; /* 0 is empty */
  uint32_t *ids;
  unsigned bits;  /* 2^bits slots */
} IdMap;

/* Rule indexes grouped by the id of a first word of their forms. */
typedef struct {
  uint32_t *start; /* by word id, words + 1 entries */
  uint32_t *rules;
  size_t words;    /* word count, kept here as lookups are per token */
} FirstWords;

struct FgLexicon {
  char *version; /* the version row's, NULL when none */
  FgTitle *titles;
  size_t title_count, title_cap;
  FgDepRule *deps;
  size_t dep_count, dep_cap;
  FgWordList *lists;
  size_t list_count, list_cap;
  /* "list-name<TAB>word" -> index of its list in lists */
  FgIntern *index;
  uint32_t *index_list;
  size_t index_cap;
  FgIntern *words;      /* every word of every row -> word id */
  /* Words of up to eight bytes keyed by those bytes as one integer, so
   * that tagging a token (nearly all are that short) needs no string hash. */
  IdMap short_words;
  IdMap word_rows; /* value_key(list, word) -> first row with the word */
  FgIntern *list_names; /* list name -> list id */
  uint32_t *row_list; /* list id of each list row */
  /* The rows of one list in file order: its first row by list id, each
   * row's next of its list (FG_NO_ID after the last). */
  uint32_t *first_row, *next_row;
  /* The one-word entries by id: bit l of list_masks[word] is set when the
   * word is in a list with id l, of starts_masks[word] when an entry of
   * such a list starts with it. Every list the extractors read has a
   * fixed id below 64; a list past that is found by name only. */
  uint64_t *list_masks, *starts_masks;
  uint64_t fixed_listed; /* the FgListName ids that name a list in the file */
  FirstWords titles_from, deps_from;
};

typedef struct {
  const char *path;
  unsigned long line;
  FgDiagFunc diag;
  void *handle;
} Reader;

static FgStatus report(const Reader *rd, FgStatus st, const char *msg) {
  if (rd->diag) {
    FgDiag d = {st, FG_SEV_ERROR, rd->path, rd->line, 0, msg};
    rd->diag(rd->handle, &d);
  }
  return st;
}

static void lower_ascii(char *s) {
  for (; *s; s++)
    if (*s >= 'A' && *s <= 'Z')
      *s = (char)(*s - 'A' + 'a');
}

/* Splits "a|b c|d" at '|' into folded, trimmed alternatives. */
static bool parse_words(const char *text, FgWords *out) {
  memset(out, 0, sizeof *out);
  size_t n = 1;
  for (const char *p = text; *p; p++)
    n += *p == '|';
  out->items = calloc(n, sizeof(char *));
  if (!out->items)
    return false;
  const char *p = text;
  for (;;) {
    const char *bar = strchr(p, '|');
    size_t len = bar ? (size_t)(bar - p) : strlen(p);
    while (len && (*p == ' '))
      p++, len--;
    while (len && p[len - 1] == ' ')
      len--;
    if (len) {
      char *item = strndup(p, len);
      if (!item)
        return false;
      lower_ascii(item);
      out->items[out->count++] = item;
    }
    if (!bar)
      break;
    p = bar + 1;
  }
  return true;
}

static void free_words(FgWords *w) {
  for (size_t i = 0; i < w->count; i++) {
    free(w->items[i]);
    if (w->seqs)
      free((uint32_t *)(uintptr_t)w->seqs[i].ids);
  }
  free(w->items);
  free(w->seqs);
}

unsigned fg_kinds_parse(const char *text) {
  static const struct {
    const char *name;
    unsigned kinds;
  } table[] = {{"Person", FG_KIND_PERSON},   {"Organization", FG_KIND_ORG},
               {"Country", FG_KIND_COUNTRY}, {"Place", FG_KIND_PLACE},
               {"Event", FG_KIND_EVENT},     {"Value", FG_KIND_VALUE},
               {"Any", FG_KIND_ANY},
               {"Agent", FG_KIND_PERSON | FG_KIND_ORG | FG_KIND_COUNTRY}};
  unsigned kinds = 0;
  const char *p = text;
  while (*p) {
    size_t len = strcspn(p, "|");
    unsigned found = 0;
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
      if (strlen(table[i].name) == len && strncmp(table[i].name, p, len) == 0)
        found = table[i].kinds;
    if (!found)
      return 0;
    kinds |= found;
    p += len;
    if (*p == '|')
      p++;
  }
  return kinds;
}

/* Looks up key=value in "k1=v1;k2=v2"; returns a malloc'd value or NULL. */
static char *option(const char *opts, const char *key) {
  size_t klen = strlen(key);
  const char *p = opts;
  while (p && *p) {
    while (*p == ' ' || *p == ';')
      p++;
    size_t len = strcspn(p, ";");
    if (len > klen && strncmp(p, key, klen) == 0 && p[klen] == '=')
      return strndup(p + klen + 1, len - klen - 1);
    if (len == klen && strncmp(p, key, klen) == 0)
      return strdup("yes");
    p += len;
  }
  return NULL;
}

static bool option_flag(const char *opts, const char *key, bool dflt) {
  char *v = option(opts, key);
  if (!v)
    return dflt;
  bool yes = strcmp(v, "no") != 0;
  free(v);
  return yes;
}

static double option_conf(const char *opts, double dflt) {
  char *v = option(opts, "conf");
  if (!v)
    return dflt;
  char *end;
  double c = strtod(v, &end);
  bool ok = end != v && *end == '\0' && c >= 0 && c <= 1;
  free(v);
  return ok ? c : -1;
}

static unsigned option_kinds(const char *opts, const char *key) {
  char *v = option(opts, key);
  if (!v)
    return FG_KIND_PERSON | FG_KIND_ORG | FG_KIND_COUNTRY;
  unsigned kinds = fg_kinds_parse(v);
  free(v);
  return kinds;
}

static bool option_words(const char *opts, const char *key, FgWords *out) {
  char *v = option(opts, key);
  if (!v) {
    memset(out, 0, sizeof *out);
    return true;
  }
  bool ok = parse_words(v, out);
  free(v);
  return ok;
}

/* An option KEY=@NAME naming a list: *out is NAME, or NULL without the
 * option; false when the value is no list reference (or no memory). */
static bool option_list(const char *opts, const char *key, char **out) {
  char *v = option(opts, key);
  *out = NULL;
  if (!v)
    return true;
  if (v[0] == '@' && v[1])
    *out = strdup(v + 1);
  free(v);
  return *out != NULL;
}

/* An option KEY=@A,@B naming one list or several: out holds the names
 * (none without the option); false when an item is no list reference
 * or on no memory (out->items NULL then, or partly filled). */
static bool option_lists(const char *opts, const char *key, FgWords *out) {
  char *v = option(opts, key);
  memset(out, 0, sizeof *out);
  if (!v)
    return true;
  size_t n = 1;
  for (const char *p = v; *p; p++)
    n += *p == ',';
  out->items = calloc(n, sizeof(char *));
  bool ok = out->items != NULL;
  for (char *item = v, *comma; ok && item; item = comma ? comma + 1 : NULL) {
    if ((comma = strchr(item, ',')) != NULL)
      *comma = '\0';
    ok = item[0] == '@' && item[1] && (out->items[out->count] = strdup(item + 1)) != NULL;
    out->count += ok;
  }
  free(v);
  return ok;
}

/* title <TAB> label <TAB> forms: a title's words and the role it names
 * ("-": the words as written, in title case) */
static FgStatus parse_title(FgLexicon *lex, const Reader *rd, char **cols, size_t n) {
  if (n != 3 || !*cols[1])
    return report(rd, FG_ERR_SYNTAX, "title row needs a label (or -) and forms, nothing more");
  FgTitle *titles = fg_grow(lex->titles, lex->title_count + 1, &lex->title_cap, sizeof *titles);
  if (!titles)
    return FG_ERR_NOMEM;
  lex->titles = titles;
  FgTitle *r = &lex->titles[lex->title_count++];
  memset(r, 0, sizeof *r);
  if (strcmp(cols[1], "-") != 0 && !(r->label = strdup(cols[1])))
    return FG_ERR_NOMEM;
  return parse_words(cols[2], &r->forms) ? FG_OK : FG_ERR_NOMEM;
}

/* Parses "subj,obj,with" into paths; false on an empty item. */
static bool parse_paths(const char *text, FgDepPath **out, size_t *count) {
  static const struct {
    const char *name;
    FgPathKind kind;
  } named[] = {{"subj", FG_PATH_SUBJ}, {"obj", FG_PATH_OBJ},
               {"poss", FG_PATH_POSS}, {"mod", FG_PATH_MOD},
               {"self", FG_PATH_SELF}, {"it", FG_PATH_IT},
               {"appos", FG_PATH_APPOS}, {"compound", FG_PATH_COMPOUND},
               {"govsubj", FG_PATH_GOVSUBJ}, {"amid", FG_PATH_AMID}, {"cosubj", FG_PATH_COSUBJ},
               {"coarg", FG_PATH_COARG}, {"leader", FG_PATH_LEADER},
               {"govobj", FG_PATH_GOVOBJ}, {"govposs", FG_PATH_GOVPOSS},
               {"objposs", FG_PATH_OBJPOSS}, {"xobj", FG_PATH_XOBJ},
               {"relsubj", FG_PATH_RELSUBJ}, {"troops", FG_PATH_TROOPS},
               {"title", FG_PATH_TITLE}, {"before", FG_PATH_BEFORE},
               {"nameof", FG_PATH_NAMEOF}, {"country", FG_PATH_COUNTRY},
               {"opens", FG_PATH_OPENS},
               {"next", FG_PATH_NEXT}, {"joiner", FG_PATH_JOINER},
               {"prev", FG_PATH_PREV}, {"alone", FG_PATH_ALONE},
               {"partof", FG_PATH_PARTOF}, {"firm", FG_PATH_FIRM}};
  size_t n = 1;
  for (const char *p = text; *p; p++)
    n += *p == ',';
  *out = calloc(n, sizeof **out);
  *count = 0;
  if (!*out)
    return false;
  for (const char *p = text;;) {
    size_t len = strcspn(p, ",");
    if (len == 0)
      return false;
    FgDepPath *path = &(*out)[(*count)++];
    path->kind = FG_PATH_CASE;
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
      if (strlen(named[i].name) == len && strncmp(named[i].name, p, len) == 0)
        path->kind = named[i].kind;
    if (path->kind == FG_PATH_CASE && !(path->word = strndup(p, len)))
      return false;
    if (path->word)
      lower_ascii(path->word);
    if (!p[len])
      return true;
    p += len + 1;
  }
}

static void free_paths(FgDepPath *paths, size_t count) {
  for (size_t i = 0; i < count; i++)
    free(paths[i].word);
  free(paths);
}

/* dep <TAB> id <TAB> predicate <TAB> lemmas <TAB> options (S= and O= needed) */
static FgStatus parse_dep(FgLexicon *lex, const Reader *rd, char **cols, size_t n) {
  if (n < 5)
    return report(rd, FG_ERR_SYNTAX, "dep row needs id, predicate, lemmas and options");
  FgDepRule *deps = fg_grow(lex->deps, lex->dep_count + 1, &lex->dep_cap, sizeof *deps);
  if (!deps)
    return FG_ERR_NOMEM;
  lex->deps = deps;
  const char *opts = cols[4];
  FgDepRule *r = &lex->deps[lex->dep_count++];
  memset(r, 0, sizeof *r);
  r->id = strdup(cols[1]);
  r->predicate = strdup(cols[2]);
  r->on_name = strcmp(cols[3], "@name") == 0;
  if (!r->id || !r->predicate || (!r->on_name && !parse_words(cols[3], &r->lemmas)) ||
      !option_words(opts, "subjtype", &r->subj_types) ||
      !option_words(opts, "objtype", &r->obj_types) || !option_words(opts, "gov", &r->gov) ||
      !option_words(opts, "nogov", &r->nogov) || !option_words(opts, "needs", &r->needs) ||
      !option_words(opts, "notsubj", &r->notsubj))
    return FG_ERR_NOMEM;
  if (!option_lists(opts, "notafter", &r->notafter) || !option_list(opts, "unless", &r->unless) ||
      !option_list(opts, "objhead", &r->objhead) || !option_list(opts, "notobjhead", &r->notobjhead))
    return report(rd, FG_ERR_SYNTAX, "unless=, objhead= and notobjhead= name a list: @NAME; notafter= one or more: @A,@B");
  for (size_t i = 0; i < r->lemmas.count; i++)
    if (strchr(r->lemmas.items[i], ' '))
      return report(rd, FG_ERR_SYNTAX, "a dep row's lemmas are single words");
  char *subj = option(opts, "S"), *obj = option(opts, "O");
  bool parsed = subj && obj && parse_paths(subj, &r->subj_paths, &r->subj_count) &&
                parse_paths(obj, &r->obj_paths, &r->obj_count);
  free(subj);
  free(obj);
  if (!parsed)
    return report(rd, FG_ERR_SYNTAX, "dep row needs S=PATHS and O=PATHS "
                                     "(subj, obj, poss, mod, self, it, appos, compound, "
                                     "govsubj, govobj, govposs, objposs, xobj, relsubj, troops, cosubj, coarg, "
                                     "leader, joiner, prev, alone or a case word)");
  r->subj = option_kinds(opts, "subj");
  r->obj = option_kinds(opts, "obj");
  r->swap = option_flag(opts, "swap", false);
  r->role = option_flag(opts, "role", false);
  r->role_label = option(opts, "role");
  if (r->role_label && (strcmp(r->role_label, "yes") == 0 || strcmp(r->role_label, "no") == 0)) {
    free(r->role_label);
    r->role_label = NULL;
  }
  r->org_head = option_flag(opts, "orghead", false);
  r->literal = option_flag(opts, "literal", false);
  r->counted = option_flag(opts, "counted", false);
  r->own_agent = option_flag(opts, "ownagent", false);
  r->event = option_flag(opts, "event", false);
  r->contains = option_flag(opts, "contains", false);
  r->former = option_flag(opts, "former", false);
  r->no_former = option_flag(opts, "noformer", false);
  r->confidence = option_conf(opts, 0.75);
  if (!r->subj || !r->obj)
    return report(rd, FG_ERR_SYNTAX, "unknown kind in subj= or obj=");
  if (r->confidence < 0)
    return report(rd, FG_ERR_SYNTAX, "conf= must be a number in [0,1]");
  return FG_OK;
}

/* list <TAB> name <TAB> value or - <TAB> words */
static FgStatus parse_list(FgLexicon *lex, const Reader *rd, char **cols, size_t n) {
  if (n < 4)
    return report(rd, FG_ERR_SYNTAX, "list row needs name, value and words");
  FgWordList *lists = fg_grow(lex->lists, lex->list_count + 1, &lex->list_cap, sizeof *lists);
  if (!lists)
    return FG_ERR_NOMEM;
  lex->lists = lists;
  FgWordList *l = &lex->lists[lex->list_count++];
  memset(l, 0, sizeof *l);
  l->name = strdup(cols[1]);
  l->value = strcmp(cols[2], "-") == 0 ? NULL : strdup(cols[2]);
  if (!l->name || !parse_words(cols[3], &l->words))
    return FG_ERR_NOMEM;
  return FG_OK;
}

/* version <TAB> version: at most one row. */
static FgStatus parse_version(FgLexicon *lex, const Reader *rd, char **cols,
                              size_t n) {
  if (n != 2 || cols[1][0] == '\0')
    return report(rd, FG_ERR_SYNTAX, "version row needs one version");
  if (lex->version)
    return report(rd, FG_ERR_SYNTAX, "a second version row");
  lex->version = strdup(cols[1]);
  return lex->version ? FG_OK : FG_ERR_NOMEM;
}

static FgStatus parse_line(FgLexicon *lex, const Reader *rd, char *line) {
  char *cols[6];
  size_t n = 0;
  char *p = line;
  while (n < 6) {
    cols[n++] = p;
    char *tab = strchr(p, '\t');
    if (!tab)
      break;
    *tab = '\0';
    p = tab + 1;
  }
  static const struct {
    const char *kind;
    FgStatus (*parse)(FgLexicon *, const Reader *, char **, size_t);
  } kinds[] = {{"title", parse_title},
               {"dep", parse_dep},
               {"list", parse_list},
               {"version", parse_version}};
  for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
    if (strcmp(cols[0], kinds[i].kind) == 0)
      return kinds[i].parse(lex, rd, cols, n);
  return report(rd, FG_ERR_SYNTAX,
                "unknown row kind (dep, title, list, version)");
}

/* ---- word ids ---- */

/* Gives every word of every alternative an id. */
static bool resolve_words(FgLexicon *lex, FgWords *w) {
  w->seqs = calloc(w->count ? w->count : 1, sizeof *w->seqs);
  if (!w->seqs)
    return false;
  for (size_t i = 0; i < w->count; i++) {
    const char *item = w->items[i];
    size_t n = 1;
    for (const char *c = item; *c; c++)
      n += *c == ' ' && c[1] != ' ';
    uint32_t *ids = calloc(n, sizeof *ids);
    if (!ids)
      return false;
    w->seqs[i].ids = ids;
    for (const char *p = item; *p;) {
      size_t len = strcspn(p, " ");
      uint32_t id = fg_intern_add(lex->words, p, len);
      if (id == FG_NO_ID)
        return false;
      ids[w->seqs[i].len++] = id;
      p += len;
      while (*p == ' ')
        p++;
    }
  }
  return true;
}

static bool resolve_all(FgLexicon *lex) {
  bool ok = (lex->words = fg_intern_new()) != NULL;
  for (size_t i = 0; ok && i < lex->title_count; i++)
    ok = resolve_words(lex, &lex->titles[i].forms);
  for (size_t i = 0; ok && i < lex->dep_count; i++)
    ok = resolve_words(lex, &lex->deps[i].lemmas);
  for (size_t i = 0; ok && i < lex->list_count; i++)
    ok = resolve_words(lex, &lex->lists[i].words);
  return ok;
}

/* Interned first, in this order, so that each id is its FgListName. */
static const char *const FIXED_LISTS[FG_LIST_COUNT] = {
    [FG_LIST_ACTOR_NOUN] = "actor-noun",
    [FG_LIST_ARMED_ADJECTIVE] = "armed-adjective",
    [FG_LIST_ARMED_NOUN] = "armed-noun",
    [FG_LIST_BASED_PARTICIPLE] = "based-participle",
    [FG_LIST_ORIGIN_PARTICIPLE] = "origin-participle",
    [FG_LIST_BE_AUX] = "be-aux",
    [FG_LIST_BOILERPLATE] = "boilerplate",
    [FG_LIST_COALITION_ADJECTIVE] = "coalition-adjective",
    [FG_LIST_COMPOUND_PARTICIPLE] = "compound-participle",
    [FG_LIST_CONDITION_MARK] = "condition-mark",
    [FG_LIST_COUNTRY_NOUN] = "country-noun",
    [FG_LIST_DEMONSTRATIVE] = "demonstrative",
    [FG_LIST_DENIAL] = "denial",
    [FG_LIST_DESCRIPTOR] = "descriptor",
    [FG_LIST_DETERMINER] = "determiner",
    [FG_LIST_EVENT_HEAD] = "event-head",
    [FG_LIST_EVENT_NOUN] = "event-noun",
    [FG_LIST_FORMER] = "former",
    [FG_LIST_FUTURE] = "future",
    [FG_LIST_GROUP_CUE] = "group-cue",
    [FG_LIST_GROUP_REF] = "group-ref",
    [FG_LIST_HEDGE] = "hedge",
    [FG_LIST_INFINITIVE_NOUN] = "infinitive-noun",
    [FG_LIST_MONTH] = "month",
    [FG_LIST_NAME_CONNECTOR] = "name-connector",
    [FG_LIST_NEGATION] = "negation",
    [FG_LIST_NOT_A_NAME] = "not-a-name",
    [FG_LIST_COUNTRY_BEFORE] = "country-before",
    [FG_LIST_ORG_BEFORE] = "org-before",
    [FG_LIST_ORG_HEAD] = "org-head",
    [FG_LIST_ORG_PART] = "org-part",
    [FG_LIST_PERSON_DESCRIPTOR] = "person-descriptor",
    [FG_LIST_PERSON_NOUN] = "person-noun",
    [FG_LIST_PICTURE_CREDIT] = "picture-credit",
    [FG_LIST_PERSON_TITLE] = "person-title",
    [FG_LIST_PLACE_AFTER] = "place-after",
    [FG_LIST_PLACE_BEFORE] = "place-before",
    [FG_LIST_PLACE_HEAD] = "place-head",
    [FG_LIST_PORTFOLIO_TITLE] = "portfolio-title",
    [FG_LIST_POSSESSIVE_PRONOUN] = "possessive-pronoun",
    [FG_LIST_PREPOSITION] = "preposition",
    [FG_LIST_PRONOUN_DEMONSTRATIVE] = "pronoun-demonstrative",
    [FG_LIST_PRONOUN_PERSON] = "pronoun-person",
    [FG_LIST_PRONOUN_THING] = "pronoun-thing",
    [FG_LIST_PUBLISHER_CUE] = "publisher-cue",
    [FG_LIST_RELATIVE_PRONOUN] = "relative-pronoun",
    [FG_LIST_RELINQUISH_VERB] = "relinquish-verb",
    [FG_LIST_REPORTING_VERB] = "reporting-verb",
    [FG_LIST_SOURCE_NOUN] = "source-noun",
    [FG_LIST_STANCE_PREFIX] = "stance-prefix",
    [FG_LIST_TIME_PREPOSITION] = "time-preposition",
    [FG_LIST_TITLE_DOMAIN] = "title-domain",
    [FG_LIST_WEEKDAY] = "weekday"};

_Static_assert(FG_LIST_COUNT <= 64, "fixed ids fit in a word's mask");

/* Links the rows of each list, walking backwards so each chain is in file order. */
static bool chain_rows(FgLexicon *lex) {
  size_t names = fg_intern_count(lex->list_names);
  lex->first_row = malloc((names ? names : 1) * sizeof *lex->first_row);
  lex->next_row = malloc((lex->list_count ? lex->list_count : 1) * sizeof *lex->next_row);
  if (!lex->first_row || !lex->next_row)
    return false;
  for (size_t l = 0; l < names; l++)
    lex->first_row[l] = FG_NO_ID;
  for (size_t i = lex->list_count; i-- > 0;) {
    lex->next_row[i] = lex->first_row[lex->row_list[i]];
    lex->first_row[lex->row_list[i]] = (uint32_t)i;
  }
  return true;
}

/* Names every list with an id and makes the masks. */
static bool alloc_list_masks(FgLexicon *lex) {
  lex->list_names = fg_intern_new();
  lex->row_list = malloc((lex->list_count ? lex->list_count : 1) * sizeof *lex->row_list);
  bool ok = lex->list_names && lex->row_list;
  for (unsigned l = 0; ok && l < FG_LIST_COUNT; l++)
    ok = fg_intern_add_str(lex->list_names, FIXED_LISTS[l]) == l;
  lex->fixed_listed = 0;
  for (size_t i = 0; ok && i < lex->list_count; i++) {
    lex->row_list[i] = fg_intern_add_str(lex->list_names, lex->lists[i].name);
    ok = lex->row_list[i] != FG_NO_ID;
    if (ok && lex->row_list[i] < FG_LIST_COUNT)
      lex->fixed_listed |= (uint64_t)1 << lex->row_list[i];
  }
  if (!ok || !chain_rows(lex))
    return false;
  size_t words = fg_intern_count(lex->words);
  lex->list_masks = calloc(words ? words : 1, sizeof *lex->list_masks);
  lex->starts_masks = calloc(words ? words : 1, sizeof *lex->starts_masks);
  return lex->list_masks && lex->starts_masks;
}

static void set_bit(uint64_t *masks, uint32_t word, uint32_t list) {
  if (list < 64)
    masks[word] |= (uint64_t)1 << list;
}

static bool get_bit(const uint64_t *masks, uint32_t word, uint32_t list) {
  return list < 64 && ((masks[word] >> list) & 1);
}

/* Every word was given an id by resolve_all, every name by alloc_list_masks;
 * an entry of several words is not a token's. */
static void mark_in_list(FgLexicon *lex, const char *name, const char *word) {
  uint32_t l = fg_intern_find(lex->list_names, name, strlen(name));
  uint32_t first = fg_intern_find(lex->words, word, strcspn(word, " "));
  set_bit(lex->starts_masks, first, l);
  if (!strchr(word, ' '))
    set_bit(lex->list_masks, first, l);
}

static const FgWords *title_forms(const FgLexicon *lex, size_t i) {
  return &lex->titles[i].forms;
}

static const FgWords *dep_lemmas(const FgLexicon *lex, size_t i) {
  return &lex->deps[i].lemmas;
}

/* Files rule i under the first word of each of its forms, once per word;
 * counts only when out->rules is NULL. last[w] is the last rule filed. */
static void file_first_words(const FgWords *forms, uint32_t i, uint32_t *last,
                             FirstWords *out, uint32_t *fill) {
  for (size_t f = 0; f < forms->count; f++) {
    uint32_t w = forms->seqs[f].ids[0];
    if (last[w] == i)
      continue;
    last[w] = i;
    if (out->rules)
      out->rules[fill[w]++] = i;
    else
      out->start[w + 1]++;
  }
}

static bool index_first_words(const FgLexicon *lex, size_t rule_count,
                              const FgWords *(*forms_of)(const FgLexicon *, size_t),
                              FirstWords *out) {
  size_t words = fg_intern_count(lex->words);
  uint32_t *last = malloc((words ? words : 1) * sizeof *last);
  uint32_t *fill = malloc((words ? words : 1) * sizeof *fill);
  out->start = calloc(words + 1, sizeof *out->start);
  out->words = words;
  bool ok = last && fill && out->start;
  for (int pass = 0; ok && pass < 2; pass++) {
    for (size_t w = 0; w < words; w++)
      last[w] = FG_NO_ID;
    for (size_t i = 0; i < rule_count; i++)
      file_first_words(forms_of(lex, i), (uint32_t)i, last, out, fill);
    if (pass == 0) {
      for (size_t w = 0; w < words; w++)
        out->start[w + 1] += out->start[w];
      memcpy(fill, out->start, words * sizeof *fill);
      ok = (out->rules = malloc((out->start[words] + 1) * sizeof *out->rules)) != NULL;
    }
  }
  free(last);
  free(fill);
  return ok;
}

static bool index_word(FgLexicon *lex, const char *name, const char *word,
                       size_t list) {
  FgBuf key;
  fg_buf_init(&key);
  bool ok = fg_buf_append_str(&key, name) && fg_buf_append_char(&key, '\t') &&
            fg_buf_append_str(&key, word);
  size_t known = fg_intern_count(lex->index);
  uint32_t id = ok ? fg_intern_add(lex->index, key.data, key.len) : FG_NO_ID;
  fg_buf_free(&key);
  if (id == FG_NO_ID)
    return false;
  if (id >= lex->index_cap) {
    size_t cap = lex->index_cap ? lex->index_cap * 2 : 256;
    while (cap <= id)
      cap *= 2;
    uint32_t *grown = realloc(lex->index_list, cap * sizeof *grown);
    if (!grown)
      return false;
    lex->index_list = grown;
    lex->index_cap = cap;
  }
  if (id >= known) /* the first row with the word gives the value */
    lex->index_list[id] = (uint32_t)list;
  mark_in_list(lex, name, word);
  return true;
}

/* Indexes every list word. */
static bool build_index(FgLexicon *lex) {
  lex->index = fg_intern_new();
  if (!lex->index || !alloc_list_masks(lex))
    return false;
  for (size_t i = 0; i < lex->list_count; i++)
    for (size_t w = 0; w < lex->lists[i].words.count; w++)
      if (!index_word(lex, lex->lists[i].name, lex->lists[i].words.items[w], i))
        return false;
  return true;
}

/* The bytes of a word of at most eight bytes as an integer; false for a
 * longer word. */
static bool pack_short(const char *word, uint64_t *packed) {
  uint64_t v = 0;
  for (unsigned i = 0; i < 8; i++) {
    if (!word[i]) {
      *packed = v;
      return true;
    }
    v |= (uint64_t)(unsigned char)word[i] << (8 * i);
  }
  *packed = v;
  return word[8] == '\0';
}

static size_t map_slot(const IdMap *map, uint64_t key) {
  return (size_t)((key * UINT64_C(0x9E3779B97F4A7C15)) >> (64 - map->bits));
}

/* Makes room for count keys, keeping the map at most a quarter full. */
static bool map_alloc(IdMap *map, size_t count) {
  map->bits = 4;
  while (((size_t)1 << map->bits) < count * 4)
    map->bits++;
  map->keys = calloc((size_t)1 << map->bits, sizeof *map->keys);
  map->ids = calloc((size_t)1 << map->bits, sizeof *map->ids);
  return map->keys && map->ids;
}

/* Maps key to id unless it is mapped already. */
static void map_put(IdMap *map, uint64_t key, uint32_t id) {
  size_t mask = ((size_t)1 << map->bits) - 1;
  size_t i = map_slot(map, key);
  while (map->keys[i] && map->keys[i] != key)
    i = (i + 1) & mask;
  if (!map->keys[i]) {
    map->keys[i] = key;
    map->ids[i] = id;
  }
}

static uint32_t map_get(const IdMap *map, uint64_t key) {
  size_t mask = ((size_t)1 << map->bits) - 1;
  for (size_t i = map_slot(map, key); map->keys[i]; i = (i + 1) & mask)
    if (map->keys[i] == key)
      return map->ids[i];
  return FG_NO_ID;
}

static void map_free(IdMap *map) {
  free(map->keys);
  free(map->ids);
}

/* Fills lex->short_words from the words. */
static bool index_short_words(FgLexicon *lex) {
  size_t count = fg_intern_count(lex->words);
  if (!map_alloc(&lex->short_words, count))
    return false;
  for (uint32_t id = 0; id < count; id++) {
    uint64_t packed;
    if (pack_short(fg_intern_str(lex->words, id), &packed))
      map_put(&lex->short_words, packed, id);
  }
  return true;
}

static uint32_t find_word(const FgLexicon *lex, const char *word) {
  uint64_t packed;
  if (!pack_short(word, &packed))
    return fg_intern_find(lex->words, word, strlen(word));
  return map_get(&lex->short_words, packed);
}

/* A key for a list id and a word id, never 0. */
static uint64_t value_key(uint32_t list, uint32_t word) {
  return (uint64_t)(list + 1) << 32 | word;
}

/* Files each one-word entry of a list under its list and word, for
 * fg_lexicon_word_value: the first row with the word gives the value. */
static bool index_word_rows(FgLexicon *lex) {
  size_t count = 0;
  for (size_t i = 0; i < lex->list_count; i++)
    count += lex->lists[i].words.count;
  if (!map_alloc(&lex->word_rows, count))
    return false;
  for (size_t i = 0; i < lex->list_count; i++) {
    const FgWords *w = &lex->lists[i].words;
    for (size_t k = 0; k < w->count; k++)
      if (w->seqs[k].len == 1)
        map_put(&lex->word_rows, value_key(lex->row_list[i], w->seqs[k].ids[0]),
                (uint32_t)i);
  }
  return true;
}

static bool build_word_ids(FgLexicon *lex) {
  return resolve_all(lex) && index_short_words(lex) && build_index(lex) &&
         index_word_rows(lex) &&
         index_first_words(lex, lex->title_count, title_forms, &lex->titles_from) &&
         index_first_words(lex, lex->dep_count, dep_lemmas, &lex->deps_from);
}

/* Reports a problem with the whole file; returns st. */
static FgStatus lexicon_error(const Reader *rd, FgStatus st, const char *message) {
  FgDiag d = {st, FG_SEV_ERROR, rd->path, 0, 0, message};
  if (rd->diag)
    rd->diag(rd->handle, &d);
  return st;
}

/* An option "needs=@NAME" stands for the words of the list rows NAME, so
 * a rule does not repeat a list; false on an unknown list (*unknown set)
 * or no memory. */
static bool expand_list_ref(const FgLexicon *lex, FgWords *w, const char **unknown) {
  if (w->count != 1 || w->items[0][0] != '@')
    return true;
  FgWords all = {0};
  for (size_t i = 0; i < lex->list_count; i++) {
    const FgWords *l = &lex->lists[i].words;
    if (strcmp(lex->lists[i].name, w->items[0] + 1) != 0 || l->count == 0)
      continue;
    char **items = realloc(all.items, (all.count + l->count) * sizeof *items);
    if (!items) {
      free_words(&all);
      return false;
    }
    all.items = items;
    for (size_t k = 0; k < l->count; k++)
      if (!(all.items[all.count++] = strdup(l->items[k]))) {
        free_words(&all);
        return false;
      }
  }
  if (all.count == 0) {
    *unknown = w->items[0];
    return false;
  }
  free_words(w);
  *w = all;
  return true;
}

/* The list NAME has a row (a NULL name: no list asked for). */
static bool list_known(const FgLexicon *lex, const char *name) {
  for (size_t i = 0; name && i < lex->list_count; i++)
    if (strcmp(lex->lists[i].name, name) == 0)
      return true;
  return !name;
}

/* Expands the list references of every dep row's needs= and checks
 * those of notafter=, unless=, objhead= and notobjhead=; st. */
static FgStatus expand_list_refs(FgLexicon *lex, const Reader *rd) {
  for (size_t i = 0; i < lex->dep_count; i++) {
    const FgDepRule *r = &lex->deps[i];
    const char *unknown = NULL;
    char msg[256];
    bool notafter_known = true;
    for (size_t k = 0; k < r->notafter.count; k++)
      notafter_known = notafter_known && list_known(lex, r->notafter.items[k]);
    if (!notafter_known || !list_known(lex, r->unless) ||
        !list_known(lex, r->objhead) || !list_known(lex, r->notobjhead)) {
      snprintf(msg, sizeof msg, "dep row %s: a list option names no list row", r->id);
      return lexicon_error(rd, FG_ERR_SYNTAX, msg);
    }
    if (expand_list_ref(lex, &lex->deps[i].needs, &unknown))
      continue;
    if (!unknown)
      return FG_ERR_NOMEM;
    snprintf(msg, sizeof msg, "dep row %s: needs=%s names no list row", r->id, unknown);
    return lexicon_error(rd, FG_ERR_SYNTAX, msg);
  }
  return FG_OK;
}


FgStatus fg_lexicon_load(const char *path, FgDiagFunc diag, void *handle,
                         FgLexicon **out) {
  *out = NULL;
  Reader rd = {path, 0, diag, handle};
  FILE *f = fopen(path, "r");
  if (!f) {
    FgDiag d = {FG_ERR_IO, FG_SEV_ERROR, path, 0, 0, strerror(errno)};
    if (diag)
      diag(handle, &d);
    return FG_ERR_IO;
  }
  FgLexicon *lex = calloc(1, sizeof *lex);
  if (!lex) {
    fclose(f);
    return FG_ERR_NOMEM;
  }
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  FgStatus st = FG_OK;
  while (st == FG_OK && (len = getline(&line, &cap, f)) >= 0) {
    rd.line++;
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
      line[--len] = '\0';
    if (len == 0 || line[0] == '#')
      continue;
    st = parse_line(lex, &rd, line);
  }
  int read_error = ferror(f) ? errno : 0; /* a directory, a bad disk */
  free(line);
  fclose(f);
  if (st == FG_OK && read_error)
    st = lexicon_error(&rd, FG_ERR_IO, strerror(read_error));
  /* every fact comes from a rule: without one a run would say nothing */
  if (st == FG_OK &&
      lex->dep_count == 0)
    st = lexicon_error(&rd, FG_ERR_SYNTAX, "no extraction rules in it (dep rows)");
  if (st == FG_OK)
    st = expand_list_refs(lex, &rd);
  if (st == FG_OK && !build_word_ids(lex))
    st = FG_ERR_NOMEM;
  if (st != FG_OK) {
    fg_lexicon_free(lex);
    return st;
  }
  *out = lex;
  return FG_OK;
}

void fg_lexicon_free(FgLexicon *lex) {
  if (!lex)
    return;
  free(lex->version);
  for (size_t i = 0; i < lex->title_count; i++) {
    free(lex->titles[i].label);
    free_words(&lex->titles[i].forms);
  }
  for (size_t i = 0; i < lex->dep_count; i++) {
    FgDepRule *r = &lex->deps[i];
    free(r->id);
    free(r->predicate);
    free(r->role_label);
    free_words(&r->lemmas);
    free_words(&r->subj_types);
    free_words(&r->obj_types);
    free_words(&r->gov);
    free_words(&r->nogov);
    free_words(&r->needs);
    free_words(&r->notsubj);
    free_words(&r->notafter);
    free(r->unless);
    free(r->objhead);
    free(r->notobjhead);
    free_paths(r->subj_paths, r->subj_count);
    free_paths(r->obj_paths, r->obj_count);
  }
  for (size_t i = 0; i < lex->list_count; i++) {
    free(lex->lists[i].name);
    free(lex->lists[i].value);
    free_words(&lex->lists[i].words);
  }
  free(lex->titles);
  free(lex->deps);
  free(lex->lists);
  fg_intern_free(lex->index);
  free(lex->index_list);
  fg_intern_free(lex->words);
  fg_intern_free(lex->list_names);
  free(lex->row_list);
  free(lex->first_row);
  free(lex->next_row);
  free(lex->list_masks);
  free(lex->starts_masks);
  map_free(&lex->short_words);
  map_free(&lex->word_rows);
  free(lex->titles_from.start);
  free(lex->titles_from.rules);
  free(lex->deps_from.start);
  free(lex->deps_from.rules);
  free(lex);
}

const char *fg_lexicon_version(const FgLexicon *lex) {
  return lex ? lex->version : NULL;
}

size_t fg_lexicon_title_count(const FgLexicon *lex) { return lex->title_count; }
const FgTitle *fg_lexicon_title(const FgLexicon *lex, size_t i) { return &lex->titles[i]; }
size_t fg_lexicon_dep_count(const FgLexicon *lex) { return lex->dep_count; }
const FgDepRule *fg_lexicon_dep(const FgLexicon *lex, size_t i) { return &lex->deps[i]; }

size_t fg_lexicon_lists(const FgLexicon *lex, const char *name,
                        const FgWordList **found, size_t max) {
  size_t n = 0;
  uint32_t l = fg_intern_find(lex->list_names, name, strlen(name));
  for (uint32_t i = l == FG_NO_ID ? FG_NO_ID : lex->first_row[l]; i != FG_NO_ID;
       i = lex->next_row[i]) {
    if (n < max)
      found[n] = &lex->lists[i];
    n++;
  }
  return n;
}

bool fg_lexicon_has(const FgLexicon *lex, const char *name, const char *word,
                    const char **value) {
  char key[256];
  size_t nlen = strlen(name), wlen = strlen(word);
  if (nlen + wlen + 2 > sizeof key)
    return false;
  memcpy(key, name, nlen);
  key[nlen] = '\t';
  memcpy(key + nlen + 1, word, wlen);
  uint32_t id = fg_intern_find(lex->index, key, nlen + 1 + wlen);
  if (id == FG_NO_ID)
    return false;
  if (value) {
    uint32_t list = lex->index_list[id];
    *value = list < lex->list_count ? lex->lists[list].value : NULL;
  }
  return true;
}

bool fg_lexicon_credit_at(const FgLexicon *lex, const FgToken *tokens, size_t k, size_t last) {
  return k + 1 < last && fg_tok_is(&tokens[k + 1], ":") &&
         fg_lexicon_has(lex, "picture-credit", tokens[k].norm, NULL);
}

uint32_t fg_lexicon_word(const FgLexicon *lex, const char *word, size_t len) {
  return fg_intern_find(lex->words, word, len);
}

size_t fg_lexicon_word_count(const FgLexicon *lex) { return fg_intern_count(lex->words); }

void fg_lexicon_tag_tokens(const FgLexicon *lex, FgToken *tokens, size_t count) {
  for (size_t t = 0; t < count; t++)
    tokens[t].word = find_word(lex, tokens[t].norm);
}

uint32_t fg_lexicon_list_id(const FgLexicon *lex, const char *name) {
  uint32_t id = fg_intern_find(lex->list_names, name, strlen(name));
  if (id < FG_LIST_COUNT && !((lex->fixed_listed >> id) & 1))
    return FG_NO_ID;
  return id;
}

const uint64_t *fg_lexicon_list_masks(const FgLexicon *lex) { return lex->list_masks; }

const uint64_t *fg_lexicon_starts_masks(const FgLexicon *lex) { return lex->starts_masks; }

bool fg_lexicon_word_in(const FgLexicon *lex, uint32_t list, uint32_t word) {
  return list != FG_NO_ID && word != FG_NO_ID && get_bit(lex->list_masks, word, list);
}

const char *fg_lexicon_word_value(const FgLexicon *lex, uint32_t list, uint32_t word) {
  if (list == FG_NO_ID || word == FG_NO_ID)
    return NULL;
  uint32_t row = map_get(&lex->word_rows, value_key(list, word));
  return row == FG_NO_ID ? NULL : lex->lists[row].value;
}

bool fg_lexicon_word_starts(const FgLexicon *lex, uint32_t list, uint32_t word) {
  return list != FG_NO_ID && word != FG_NO_ID && get_bit(lex->starts_masks, word, list);
}

static const uint32_t *rules_from(const FirstWords *index, uint32_t word, size_t *n) {
  if (word >= index->words) {
    *n = 0;
    return NULL;
  }
  *n = index->start[word + 1] - index->start[word];
  return index->rules + index->start[word];
}

const uint32_t *fg_lexicon_titles_from(const FgLexicon *lex, uint32_t word, size_t *n) {
  return rules_from(&lex->titles_from, word, n);
}

const uint32_t *fg_lexicon_deps_from(const FgLexicon *lex, uint32_t word, size_t *n) {
  return rules_from(&lex->deps_from, word, n);
}

size_t fg_words_match(const FgWordSeq *seq, const FgToken *tokens, size_t t, size_t last) {
  for (size_t i = 0; i < seq->len; i++, t++)
    if (t >= last || tokens[t].word != seq->ids[i])
      return 0;
  return t;
}
