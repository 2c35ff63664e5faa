/* SPDX-License-Identifier: MIT */
#include "resolve.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/names.h"
#include "lexicon/lexicon.h"
#include "util/buf.h"
#include "util/grow.h"
#include "util/intern.h"

typedef struct {
  uint32_t *parent;
  size_t n;
} Sets;

static uint32_t find(Sets *s, uint32_t i) {
  while (s->parent[i] != i) {
    s->parent[i] = s->parent[s->parent[i]];
    i = s->parent[i];
  }
  return i;
}

static void unite(Sets *s, uint32_t a, uint32_t b) {
  a = find(s, a);
  b = find(s, b);
  /* The smaller index becomes the root; roots are never compared by
   * index for output, so input order does not leak into results. */
  if (a < b)
    s->parent[b] = a;
  else if (b < a)
    s->parent[a] = b;
}

/* An entity's key for one way of uniting: its length in *len, or NULL
 * when the entity takes no part. */
typedef const char *(*KeyOf)(const FgLocalEntity *e, const FgLexicon *lex, size_t *len);

/* Entities with the same key are one entity; those marked in skip (may
 * be NULL) take no part. */
static bool unite_by_except(Sets *s, const FgLocalEntities *ls, const FgLexicon *lex,
                            KeyOf key_of, const bool *skip) {
  FgIntern *keys = fg_intern_new();
  uint32_t *first = calloc(ls->count + 1, sizeof *first);
  bool ok = keys && first;
  for (size_t i = 0; ok && i < ls->count; i++) {
    size_t len = 0;
    const char *key = skip && skip[i] ? NULL : key_of(&ls->items[i], lex, &len);
    if (!key)
      continue;
    size_t before = fg_intern_count(keys);
    uint32_t id = fg_intern_add(keys, key, len);
    ok = id != FG_NO_ID;
    if (!ok)
      break;
    if (fg_intern_count(keys) > before)
      first[id] = (uint32_t)i;
    else
      unite(s, first[id], (uint32_t)i);
  }
  fg_intern_free(keys);
  free(first);
  return ok;
}

static bool unite_by(Sets *s, const FgLocalEntities *ls, const FgLexicon *lex, KeyOf key_of) {
  return unite_by_except(s, ls, lex, key_of, NULL);
}

static const char *whole(const char *key, size_t *len) {
  if (key)
    *len = strlen(key);
  return key;
}

static const char *identity_key(const FgLocalEntity *e, const FgLexicon *lex, size_t *len) {
  (void)lex;
  return whole(strncmp(e->key, "surname:", 8) == 0 ? NULL : e->key, len);
}

static const char *skeleton_key(const FgLocalEntity *e, const FgLexicon *lex, size_t *len) {
  (void)lex;
  return whole(e->kind == FG_KIND_PERSON && !e->surname_only && e->skeleton &&
                       strchr(e->skeleton, ' ')
                   ? e->skeleton
                   : NULL,
               len);
}

/* "Orvel Mining Company", "Orvel Mining Co." and "Orvel Mining" are one
 * company: an organisation's name is keyed by its words before a legal
 * form (the lexicon's legal-form list). A name that is only a legal form
 * keeps it. */
static const char *legal_form_of(const FgLocalEntity *e, const FgLexicon *lex, size_t *len,
                                 char *form, size_t size);

static const char *legal_stem_key(const FgLocalEntity *e, const FgLexicon *lex, size_t *len) {
  char form[16]; /* longer than any legal form */
  return legal_form_of(e, lex, len, form, sizeof form);
}

/* An organisation's name key without its legal form, its length in *len
 * (NULL when the entity takes no part); form gets the form as one
 * spelling stands for all ("co" is "company"), or "" when none. */
static const char *legal_form_of(const FgLocalEntity *e, const FgLexicon *lex, size_t *len,
                                 char *form, size_t size) {
  form[0] = '\0';
  if (!lex || !(e->kind & FG_KIND_ORG) || strncmp(e->key, "name:", 5) != 0)
    return NULL;
  const char *stem = e->key + 5, *space = strrchr(stem, ' ');
  *len = strlen(stem);
  size_t fl = space ? strlen(space + 1) : 0;
  fl -= fl && space[fl] == '.';
  if (fl && fl < size) {
    memcpy(form, space + 1, fl);
    form[fl] = '\0';
    const char *value = NULL;
    if (!fg_lexicon_has(lex, "legal-form", form, &value))
      form[0] = '\0';
    else {
      *len = (size_t)(space - stem);
      if (value && strlen(value) < size)
        memmove(form, value, strlen(value) + 1);
    }
  }
  return stem;
}

/* "Kessler AG's American unit, Kessler Inc.": names one document states
 * with two different legal forms of one stem are a parent and its unit,
 * two companies; their entities (marked in apart) take no part in uniting
 * by the stem, only by their whole names. */
static bool stated_apart(const FgLocalEntities *ls, const FgLexicon *lex, bool *apart) {
  FgIntern *keys = fg_intern_new();
  uint32_t *first = calloc(ls->count + 1, sizeof *first);
  bool ok = keys && first;
  FgBuf key;
  fg_buf_init(&key);
  for (size_t i = 0; ok && i < ls->count; i++) {
    size_t len = 0;
    char form[16], other[16];
    const char *stem = legal_form_of(&ls->items[i], lex, &len, form, sizeof form);
    if (!stem || !form[0])
      continue;
    char doc[16];
    snprintf(doc, sizeof doc, "%u:", (unsigned)ls->items[i].doc);
    fg_buf_clear(&key);
    ok = fg_buf_append_str(&key, doc) && fg_buf_append(&key, stem, len);
    size_t before = fg_intern_count(keys);
    uint32_t id = ok ? fg_intern_add(keys, fg_buf_cstr(&key), key.len) : FG_NO_ID;
    ok = id != FG_NO_ID;
    if (!ok)
      break;
    if (fg_intern_count(keys) > before) {
      first[id] = (uint32_t)i;
      continue;
    }
    legal_form_of(&ls->items[first[id]], lex, &len, other, sizeof other);
    if (strcmp(form, other) != 0)
      apart[i] = apart[first[id]] = true;
  }
  fg_buf_free(&key);
  fg_intern_free(keys);
  free(first);
  return ok;
}

/* Names with and without their legal form are one company, save those
 * one document states apart (stated_apart). */
static bool unite_legal_stems(Sets *s, const FgLocalEntities *ls, const FgLexicon *lex) {
  bool *apart = calloc(ls->count + 1, sizeof *apart);
  bool ok = apart && stated_apart(ls, lex, apart) &&
            unite_by_except(s, ls, lex, legal_stem_key, apart);
  free(apart);
  return ok;
}

/* ---- entities filed by a word, one member per set ----
 * A name joins the one set it can belong to, and stays apart when the
 * word points to several sets. Candidates are filed once per pass by the
 * word and by their set at the start of the pass, so each name looks at a
 * few sets instead of every entity of the run. */

typedef struct {
  uint32_t word, root; /* word id, set at the start of the pass */
  uint32_t first, second; /* two members, so that one can be left out */
} Group;

typedef struct {
  FgIntern *words;
  Group *groups;  /* sorted by word */
  size_t count;
  uint32_t *start; /* by word id: its first group; [word count] = count */
} Filed;

static int by_word_root(const void *a, const void *b) {
  const Group *x = a, *y = b;
  if (x->word != y->word)
    return x->word < y->word ? -1 : 1;
  if (x->root != y->root)
    return x->root < y->root ? -1 : 1;
  return (x->first > y->first) - (x->first < y->first);
}

/* Merges groups of one word and one set into one, in place. */
static void merge_groups(Filed *f) {
  size_t n = 0;
  for (size_t i = 0; i < f->count; i++) {
    Group *g = &f->groups[i];
    if (n > 0 && f->groups[n - 1].word == g->word && f->groups[n - 1].root == g->root) {
      if (f->groups[n - 1].second == FG_NONE)
        f->groups[n - 1].second = g->first;
      continue;
    }
    f->groups[n++] = *g;
  }
  f->count = n;
}

/* Files every entity that word_of gives a word (NULL: not a candidate). */
static bool file_by_word(Sets *s, const FgLocalEntities *ls,
                         const char *(*word_of)(const FgLocalEntity *), Filed *f) {
  memset(f, 0, sizeof *f);
  f->words = fg_intern_new();
  f->groups = malloc((ls->count ? ls->count : 1) * sizeof *f->groups);
  if (!f->words || !f->groups)
    return false;
  for (size_t i = 0; i < ls->count; i++) {
    const char *word = word_of(&ls->items[i]);
    if (!word)
      continue;
    uint32_t id = fg_intern_add_str(f->words, word);
    if (id == FG_NO_ID)
      return false;
    f->groups[f->count++] = (Group){id, find(s, (uint32_t)i), (uint32_t)i, FG_NONE};
  }
  qsort(f->groups, f->count, sizeof *f->groups, by_word_root);
  merge_groups(f);
  size_t words = fg_intern_count(f->words);
  f->start = malloc((words + 1) * sizeof *f->start);
  if (!f->start)
    return false;
  size_t g = 0;
  for (size_t w = 0; w <= words; w++) {
    while (g < f->count && f->groups[g].word < w)
      g++;
    f->start[w] = (uint32_t)g;
  }
  return true;
}

static void filed_free(Filed *f) {
  fg_intern_free(f->words);
  free(f->groups);
  free(f->start);
}

/* The one set that the entities filed under word belong to now, leaving
 * out entity skip; FG_NONE when there is none or more than one. */
static uint32_t only_set(Sets *s, const Filed *f, const char *word, uint32_t skip) {
  uint32_t id = fg_intern_find(f->words, word, strlen(word));
  if (id == FG_NO_ID)
    return FG_NONE;
  uint32_t found = FG_NONE;
  for (size_t g = f->start[id]; g < f->start[id + 1]; g++) {
    uint32_t member = f->groups[g].first != skip ? f->groups[g].first : f->groups[g].second;
    if (member == FG_NONE)
      continue;
    uint32_t root = find(s, member);
    if (found != FG_NONE && found != root)
      return FG_NONE;
    found = root;
  }
  return found;
}

static bool is_full_name(const FgLocalEntity *f) {
  return f->kind == FG_KIND_PERSON && !f->surname_only && strncmp(f->key, "name:", 5) == 0;
}

static const char *last_name(const FgLocalEntity *f) {
  return is_full_name(f) ? fg_name_last_word(f->key + 5) : NULL;
}

static const char *last_skeleton(const FgLocalEntity *f) {
  if (!is_full_name(f))
    return NULL;
  return f->skeleton ? fg_name_last_word(f->skeleton) : "";
}

/* A skeleton of two letters ("mr2") says too little to join a lone word
 * to a full name: "Mira" is no "Ali Marro". */
static bool skeleton_too_short(const char *skeleton) {
  size_t letters = 0;
  for (const char *p = skeleton; *p; p++)
    letters += isalpha((unsigned char)*p) != 0;
  return letters < 3;
}

/* A one-word personal name joins the one full name it can be the surname
 * of, when exactly one set of full names qualifies. */
static bool unite_surnames(Sets *s, const FgLocalEntities *ls, bool fuzzy) {
  Filed f;
  bool ok = file_by_word(s, ls, fuzzy ? last_skeleton : last_name, &f);
  for (size_t i = 0; ok && i < ls->count; i++) {
    const FgLocalEntity *e = &ls->items[i];
    if (!e->surname_only || !e->skeleton || (fuzzy && skeleton_too_short(e->skeleton)))
      continue;
    const char *word = fuzzy ? e->skeleton : e->key + strlen("surname:");
    uint32_t found = only_set(s, &f, word, FG_NONE);
    if (found != FG_NONE)
      unite(s, (uint32_t)i, found);
  }
  filed_free(&f);
  return ok;
}

static const char *acronym_of(const FgLocalEntity *f) { return f->acronym; }

/* An all-capitals name joins the organisation whose initials it is. */
static bool unite_acronyms(Sets *s, const FgLocalEntities *ls) {
  Filed f;
  bool ok = file_by_word(s, ls, acronym_of, &f);
  for (size_t i = 0; ok && i < ls->count; i++) {
    const FgLocalEntity *e = &ls->items[i];
    if (e->kind != FG_KIND_ORG || strncmp(e->key, "name:", 5) != 0 || strchr(e->key, ' '))
      continue;
    uint32_t found = only_set(s, &f, e->key + 5, (uint32_t)i);
    if (found != FG_NONE)
      unite(s, (uint32_t)i, found);
  }
  filed_free(&f);
  return ok;
}

/* ---- choosing what a merged entity is called ---- */

typedef struct {
  const char *form;
  size_t len;
  unsigned docs;
  unsigned words;
} Form;

/* Words of a form; an Arabic article's hyphen parts words too, so that
 * "Khalid al-Tamimi" (three) labels the person over "Al Tamimi" (two). */
static unsigned count_words(const char *s, size_t len) {
  unsigned n = 1;
  for (size_t i = 0, word = 0; i < len; i++) {
    if (s[i] == '-' && i > word && i - word < 4) {
      char article[4] = {0};
      for (size_t k = word; k < i; k++)
        article[k - word] = (char)tolower((unsigned char)s[k]);
      n += fg_name_is_article(article);
    }
    if (s[i] == ' ' || s[i] == '-')
      word = i + 1;
    n += s[i] == ' ';
  }
  return n;
}

/* Better label: more words (a full name over a surname), then used in more
 * documents, then the byte-wise smaller for determinism. */
/* Whether a form longer than initials has no lower-case letter
 * ("VELMORA" of a dateline). */
static bool has_lower(const Form *f) {
  for (size_t i = 0; i < f->len; i++)
    if (f->form[i] >= 'a' && f->form[i] <= 'z')
      return true;
  return false;
}

static bool shouted(const Form *f) {
  return f->len > 4 && !has_lower(f);
}

static bool better(const Form *a, const Form *b) {
  if (a->words != b->words)
    return a->words > b->words;
  /* "Velmora" over a dateline's "VELMORA", in however many documents;
   * "Vesk" over "VESK", the same letters (a short word in capitals alone
   * may be initials) */
  if (shouted(a) != shouted(b))
    return !shouted(a);
  if (a->len == b->len && has_lower(a) != has_lower(b) &&
      strncasecmp(a->form, b->form, a->len) == 0)
    return has_lower(a);
  if (a->docs != b->docs)
    return a->docs > b->docs;
  size_t n = a->len < b->len ? a->len : b->len;
  int c = memcmp(a->form, b->form, n);
  return c ? c < 0 : a->len < b->len;
}

typedef struct {
  Form *items;
  size_t count, cap;
  FgIntern *seen; /* form -> its index in items: a lookup, not a scan */
} Forms;

static bool add_form(Forms *fs, const char *form, size_t len, unsigned docs) {
  size_t before = fg_intern_count(fs->seen);
  uint32_t id = fg_intern_add(fs->seen, form, len);
  if (id == FG_NO_ID)
    return false;
  if (fg_intern_count(fs->seen) == before) {
    fs->items[id].docs += docs;
    return true;
  }
  Form *items = fg_grow(fs->items, fs->count + 1, &fs->cap, sizeof *items);
  if (!items)
    return false;
  fs->items = items;
  fs->items[fs->count++] = (Form){form, len, docs, count_words(form, len)};
  return true;
}

static bool collect_forms(const FgLocalEntities *ls, const uint32_t *members, size_t n,
                          Forms *fs) {
  for (size_t k = 0; k < n; k++) {
    FgLocalEntity *e = &ls->items[members[k]]; /* fg_buf_cstr needs it writable */
    const char *p = fg_buf_cstr(&e->forms);
    while (*p) {
      size_t len = strcspn(p, "\n");
      if (len && !add_form(fs, p, len, 1 + e->copies))
        return false;
      p += len + (p[len] == '\n');
    }
  }
  return true;
}

typedef struct {
  const char *type;
  uint32_t weight;
} Vote;

/* The type with the most weight over the members, the smaller name on a
 * tie; NULL when out of memory. Weights are summed per distinct type. */
static const char *vote_type(const FgLocalEntities *ls, const uint32_t *members, size_t n) {
  Vote *votes = malloc((n ? n : 1) * sizeof *votes);
  if (!votes)
    return NULL;
  size_t nvotes = 0;
  for (size_t k = 0; k < n; k++) {
    const FgLocalEntity *e = &ls->items[members[k]];
    size_t v = 0;
    while (v < nvotes && strcmp(votes[v].type, e->type) != 0)
      v++;
    if (v == nvotes)
      votes[nvotes++] = (Vote){e->type, 0};
    votes[v].weight += e->weight + 1 + e->copies; /* one more per document */
  }
  const char *best = NULL;
  uint32_t best_weight = 0;
  for (size_t v = 0; v < nvotes; v++)
    if (votes[v].weight > best_weight ||
        (votes[v].weight == best_weight && best && strcmp(votes[v].type, best) < 0)) {
      best = votes[v].type;
      best_weight = votes[v].weight;
    }
  free(votes);
  return best;
}

typedef struct {
  uint32_t *members;
  size_t count;
  char *label;
  char *slug;      /* the gazetteer's, else the label's ("" if none) */
  bool hashed;     /* the IRI adds a hash of the identity to the slug */
  const char *type;
  const FgGazEntry *gaz;
  const char *key; /* smallest identity key of the members: a stable tie-break */
  const FgLocalEntity *found; /* the member with key found first in the text */
  Forms forms;
} Cluster;

/* Where a local entity was found: document id, then piece. Content, never
 * arrival: ids are unique once fg_graph_unique_document_ids has run, and a
 * long text's pieces are cut by its content. */
static const char *doc_id(const FgGraph *graph, uint32_t doc) {
  const FgDocument *d = fg_graph_document(graph, doc);
  return d ? d->id : "";
}

static int cmp_found(const FgGraph *graph, const FgLocalEntity *a, const FgLocalEntity *b) {
  int c = strcmp(doc_id(graph, a->doc), doc_id(graph, b->doc));
  return c ? c : (a->at > b->at) - (a->at < b->at);
}

static bool describe(const FgLocalEntities *ls, const FgGazetteer *gaz, const FgGraph *graph,
                     Cluster *c) {
  c->gaz = NULL;
  c->key = ls->items[c->members[0]].key;
  c->found = &ls->items[c->members[0]];
  for (size_t k = 0; k < c->count; k++) {
    const FgLocalEntity *m = &ls->items[c->members[k]];
    int by_key = strcmp(m->key, c->key);
    if (by_key < 0 || (by_key == 0 && cmp_found(graph, m, c->found) < 0)) {
      c->key = m->key;
      c->found = m;
    }
    const FgGazEntry *e = m->gaz >= 0 ? fg_gazetteer_entry(gaz, (size_t)m->gaz) : NULL;
    if (e && (!c->gaz || strcmp(e->slug, c->gaz->slug) < 0))
      c->gaz = e;
  }
  if (!collect_forms(ls, c->members, c->count, &c->forms))
    return false;
  const Form *best = NULL;
  for (size_t i = 0; i < c->forms.count; i++)
    if (!best || better(&c->forms.items[i], best))
      best = &c->forms.items[i];
  if (c->gaz)
    c->label = strdup(c->gaz->label);
  else if (best)
    c->label = strndup(best->form, best->len);
  else
    c->label = strdup(ls->items[c->members[0]].label);
  c->type = c->gaz ? c->gaz->type : vote_type(ls, c->members, c->count);
  FgBuf slug;
  fg_buf_init(&slug);
  bool ok = c->label && c->type &&
            (c->gaz ? fg_buf_append_str(&slug, c->gaz->slug) : fg_name_slug(c->label, &slug));
  c->slug = slug.len ? fg_buf_take(&slug) : strdup(""); /* take gives NULL for "" */
  fg_buf_free(&slug);
  return ok && c->slug;
}

static int by_slug(const void *a, const void *b) {
  return strcmp(((const Cluster *)a)->slug, ((const Cluster *)b)->slug);
}

/* ---- IRIs ----
 * An entity's IRI is its gazetteer slug, else the slug of its label. A
 * label's slug that is empty (no Latin letter or digit), that names a
 * gazetteer entry, or that another entity of the run has too, is followed
 * by a hash of the entity's identity: "x-1f0e3c2a", "dawit-9b41d07c". The
 * identity is its smallest identity key ("name:ahmed shara"), with the
 * document and piece that found it when another entity has that key too
 * (one bare "Dawit" per article). So an IRI never depends on input order
 * or on a counter, and never takes a gazetteer entry's. */

static bool identity_of(const FgGraph *graph, const Cluster *c, bool key_shared, FgBuf *out) {
  fg_buf_clear(out);
  bool ok = fg_buf_append_str(out, c->key);
  if (ok && key_shared) {
    char at[16];
    snprintf(at, sizeof at, "%u", (unsigned)c->found->at);
    ok = fg_buf_append_char(out, '\x1f') &&
         fg_buf_append_str(out, doc_id(graph, c->found->doc)) &&
         fg_buf_append_char(out, '\x1f') && fg_buf_append_str(out, at);
  }
  return ok;
}

/* Replaces c->slug with SLUG-HEX (x-HEX for an empty slug), hex_digits of
 * the hash of identity. */
static bool hash_slug(Cluster *c, const FgBuf *identity, int hex_digits) {
  char hex[17];
  snprintf(hex, sizeof hex, "%016llx", (unsigned long long)fg_hash(identity->data, identity->len));
  hex[hex_digits] = '\0';
  FgBuf b;
  fg_buf_init(&b);
  bool ok = fg_buf_append_str(&b, *c->slug ? c->slug : "x") && fg_buf_append_char(&b, '-') &&
            fg_buf_append_str(&b, hex);
  char *slug = ok ? fg_buf_take(&b) : NULL;
  fg_buf_free(&b);
  if (!slug)
    return false;
  free(c->slug);
  c->slug = slug;
  c->hashed = true;
  return true;
}

/* Marks the clusters whose slug is empty, a gazetteer entry's, or shared
 * with another cluster (cs sorted by slug). */
static void mark_collisions(Cluster *cs, size_t n, const FgGazetteer *gaz) {
  for (size_t i = 0; i < n; i++) {
    Cluster *c = &cs[i];
    if (c->gaz)
      continue;
    c->hashed = !*c->slug || fg_gazetteer_find(gaz, c->slug) ||
                (i > 0 && strcmp(cs[i - 1].slug, c->slug) == 0) ||
                (i + 1 < n && strcmp(cs[i + 1].slug, c->slug) == 0);
  }
}

/* Counts of each smallest identity key over the clusters. */
static bool key_counts(const Cluster *cs, size_t n, FgIntern *keys, uint32_t *count) {
  for (size_t i = 0; i < n; i++) {
    uint32_t id = fg_intern_add_str(keys, cs[i].key);
    if (id == FG_NO_ID)
      return false;
    count[id]++;
  }
  return true;
}

/* Gives every cluster its IRI's slug, unique in the run; cs ends sorted
 * by it. A hash of 8 digits that still meets another slug takes 16. */
static bool name_clusters(Cluster *cs, size_t n, const FgGazetteer *gaz, const FgGraph *graph) {
  FgIntern *keys = fg_intern_new();
  uint32_t *count = calloc(n ? n : 1, sizeof *count);
  FgBuf identity;
  fg_buf_init(&identity);
  bool ok = keys && count && key_counts(cs, n, keys, count);
  qsort(cs, n, sizeof *cs, by_slug);
  mark_collisions(cs, n, gaz);
  for (int digits = 8; ok && digits <= 16; digits += 8) {
    for (size_t i = 0; ok && i < n; i++) {
      Cluster *c = &cs[i];
      bool again = digits > 8 && c->hashed &&
                   ((i > 0 && strcmp(cs[i - 1].slug, c->slug) == 0) ||
                    (i + 1 < n && strcmp(cs[i + 1].slug, c->slug) == 0) ||
                    fg_gazetteer_find(gaz, c->slug));
      if (!(digits == 8 ? c->hashed : again))
        continue;
      if (again) /* back to the label's slug before the hash */
        c->slug[strlen(c->slug) - 9] = '\0';
      bool shared = count[fg_intern_find(keys, c->key, strlen(c->key))] > 1;
      ok = identity_of(graph, c, shared, &identity) && hash_slug(c, &identity, digits);
    }
    qsort(cs, n, sizeof *cs, by_slug);
  }
  fg_buf_free(&identity);
  fg_intern_free(keys);
  free(count);
  return ok;
}

static bool add_cluster(FgGraph *graph, Cluster *c,
                        const char *slug, uint32_t *map) {
  const char *wikidata = NULL;
  if (c->gaz && c->gaz->wikidata)
    wikidata = c->gaz->wikidata;
  uint32_t g = fg_graph_add_entity(graph, slug, c->label, c->type, wikidata);
  if (g == FG_NONE)
    return false;
  for (size_t k = 0; k < c->count; k++)
    map[c->members[k]] = g;
  for (size_t i = 0; i < c->forms.count; i++) {
    char *form = strndup(c->forms.items[i].form, c->forms.items[i].len);
    bool ok = form && fg_graph_add_alt_label(graph, g, form) <= FG_NOTHING;
    free(form);
    if (!ok)
      return false;
  }
  return true;
}

static bool emit_clusters(FgGraph *graph, const FgGazetteer *gaz, Cluster *cs,
                          size_t n, uint32_t *map) {
  bool ok = name_clusters(cs, n, gaz, graph);
  for (size_t i = 0; ok && i < n; i++)
    ok = add_cluster(graph, &cs[i], cs[i].slug, map);
  return ok;
}

static bool build_clusters(Sets *s, const FgLocalEntities *ls, const FgGazetteer *gaz,
                           FgGraph *graph, uint32_t *map) {
  size_t n = ls->count, nc = 0;
  uint32_t *index = malloc((n ? n : 1) * sizeof *index);
  uint32_t *order = malloc((n ? n : 1) * sizeof *order);
  uint32_t *sizes = calloc(n ? n : 1, sizeof *sizes);
  bool ok = index && order && sizes;
  for (size_t i = 0; ok && i < n; i++)
    index[i] = FG_NONE;
  /* clusters numbered in the order of their first member; counted first
   * so that only as many clusters as there are take memory */
  for (size_t i = 0; ok && i < n; i++) {
    uint32_t r = find(s, (uint32_t)i);
    if (index[r] == FG_NONE)
      index[r] = (uint32_t)nc++;
    sizes[index[r]]++;
  }
  Cluster *cs = ok ? calloc(nc ? nc : 1, sizeof *cs) : NULL;
  ok = cs != NULL;
  size_t offset = 0;
  for (size_t c = 0; ok && c < nc; c++) {
    cs[c].members = order + offset;
    offset += sizes[c];
  }
  for (size_t i = 0; ok && i < n; i++) {
    Cluster *c = &cs[index[find(s, (uint32_t)i)]];
    c->members[c->count++] = (uint32_t)i;
  }
  /* one table of forms for the clusters, emptied for each; made anew
   * after a large one, since emptying costs as much as its size */
  FgIntern *seen = NULL;
  for (size_t c = 0; ok && c < nc; c++) {
    if (seen && fg_intern_count(seen) > 64) {
      fg_intern_free(seen);
      seen = NULL;
    }
    if (seen)
      fg_intern_clear(seen);
    else
      ok = (seen = fg_intern_new()) != NULL;
    cs[c].forms.seen = seen;
    ok = ok && describe(ls, gaz, graph, &cs[c]);
  }
  fg_intern_free(seen);
  ok = ok && emit_clusters(graph, gaz, cs, nc, map);
  for (size_t c = 0; cs && c < nc; c++) {
    free(cs[c].label);
    free(cs[c].slug);
    free(cs[c].forms.items);
  }
  free(cs);
  free(index);
  free(order);
  free(sizes);
  return ok;
}

bool fg_resolve_entities(const FgLocalEntities *locals, const FgGazetteer *gaz,
                         const FgLexicon *lex, FgGraph *graph, uint32_t *map) {
  Sets s = {malloc((locals->count ? locals->count : 1) * sizeof(uint32_t)), locals->count};
  if (!s.parent)
    return false;
  for (size_t i = 0; i < s.n; i++)
    s.parent[i] = (uint32_t)i;
  bool ok = unite_by(&s, locals, lex, identity_key) && unite_by(&s, locals, lex, skeleton_key) &&
            unite_surnames(&s, locals, false) && unite_surnames(&s, locals, true) &&
            unite_legal_stems(&s, locals, lex) && unite_acronyms(&s, locals);
  ok = ok && build_clusters(&s, locals, gaz, graph, map);
  free(s.parent);
  return ok;
}
