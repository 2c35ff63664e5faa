#include "resolve.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/names.h"
#include "util/buf.h"
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

/* Entities with the same identity key are one entity. */
static bool unite_by(Sets *s, const FgLocalEntities *ls, const char *(*key_of)(const FgLocalEntity *)) {
  FgIntern *keys = fg_intern_new();
  uint32_t *first = calloc(ls->count + 1, sizeof *first);
  bool ok = keys && first;
  for (size_t i = 0; ok && i < ls->count; i++) {
    const char *key = key_of(&ls->items[i]);
    if (!key)
      continue;
    size_t before = fg_intern_count(keys);
    uint32_t id = fg_intern_add_str(keys, key);
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

static const char *identity_key(const FgLocalEntity *e) {
  return strncmp(e->key, "surname:", 8) == 0 ? NULL : e->key;
}

static const char *skeleton_key(const FgLocalEntity *e) {
  return e->kind == FG_KIND_PERSON && !e->surname_only && e->skeleton && strchr(e->skeleton, ' ')
             ? e->skeleton : NULL;
}

/* A one-word personal name joins the one full name it can be the surname
 * of, when exactly one set of full names qualifies. */
static void unite_surnames(Sets *s, const FgLocalEntities *ls, bool fuzzy) {
  for (size_t i = 0; i < ls->count; i++) {
    const FgLocalEntity *e = &ls->items[i];
    if (!e->surname_only || !e->skeleton)
      continue;
    const char *word = fuzzy ? e->skeleton : e->key + strlen("surname:");
    uint32_t found = FG_NONE;
    bool ambiguous = false;
    for (size_t j = 0; j < ls->count && !ambiguous; j++) {
      const FgLocalEntity *f = &ls->items[j];
      if (f->kind != FG_KIND_PERSON || f->surname_only || strncmp(f->key, "name:", 5) != 0)
        continue;
      const char *last = fuzzy ? (f->skeleton ? fg_name_last_word(f->skeleton) : "")
                               : fg_name_last_word(f->key + 5);
      if (strcmp(last, word) != 0)
        continue;
      uint32_t root = find(s, (uint32_t)j);
      if (found != FG_NONE && found != root)
        ambiguous = true;
      found = root;
    }
    if (found != FG_NONE && !ambiguous)
      unite(s, (uint32_t)i, found);
  }
}

/* An all-capitals name joins the organisation whose initials it is. */
static void unite_acronyms(Sets *s, const FgLocalEntities *ls) {
  for (size_t i = 0; i < ls->count; i++) {
    const FgLocalEntity *e = &ls->items[i];
    if (e->kind != FG_KIND_ORG || strncmp(e->key, "name:", 5) != 0 || strchr(e->key, ' '))
      continue;
    uint32_t found = FG_NONE;
    bool ambiguous = false;
    for (size_t j = 0; j < ls->count; j++) {
      const FgLocalEntity *f = &ls->items[j];
      if (j == i || !f->acronym || strcmp(f->acronym, e->key + 5) != 0)
        continue;
      uint32_t root = find(s, (uint32_t)j);
      ambiguous = ambiguous || (found != FG_NONE && found != root);
      found = root;
    }
    if (found != FG_NONE && !ambiguous)
      unite(s, (uint32_t)i, found);
  }
}

/* ---- choosing what a merged entity is called ---- */

typedef struct {
  const char *form;
  size_t len;
  unsigned docs;
  unsigned words;
} Form;

static unsigned count_words(const char *s, size_t len) {
  unsigned n = 1;
  for (size_t i = 0; i < len; i++)
    n += s[i] == ' ';
  return n;
}

/* Better label: more words (a full name over a surname), then used in more
 * documents, then the byte-wise smaller for determinism. */
static bool better(const Form *a, const Form *b) {
  if (a->words != b->words)
    return a->words > b->words;
  if (a->docs != b->docs)
    return a->docs > b->docs;
  size_t n = a->len < b->len ? a->len : b->len;
  int c = memcmp(a->form, b->form, n);
  return c ? c < 0 : a->len < b->len;
}

typedef struct {
  Form *items;
  size_t count, cap;
} Forms;

static bool add_form(Forms *fs, const char *form, size_t len) {
  for (size_t i = 0; i < fs->count; i++)
    if (fs->items[i].len == len && memcmp(fs->items[i].form, form, len) == 0) {
      fs->items[i].docs++;
      return true;
    }
  if (fs->count == fs->cap) {
    size_t cap = fs->cap ? fs->cap * 2 : 16;
    Form *items = realloc(fs->items, cap * sizeof *items);
    if (!items)
      return false;
    fs->items = items;
    fs->cap = cap;
  }
  fs->items[fs->count++] = (Form){form, len, 1, count_words(form, len)};
  return true;
}

static bool collect_forms(const FgLocalEntities *ls, const uint32_t *members, size_t n,
                          Forms *fs) {
  for (size_t k = 0; k < n; k++) {
    const char *p = fg_buf_cstr(&ls->items[members[k]].forms);
    while (*p) {
      size_t len = strcspn(p, "\n");
      if (len && !add_form(fs, p, len))
        return false;
      p += len + (p[len] == '\n');
    }
  }
  return true;
}

static const char *vote_type(const FgLocalEntities *ls, const uint32_t *members, size_t n) {
  const char *best = NULL;
  uint32_t best_weight = 0;
  for (size_t k = 0; k < n; k++) {
    const char *type = ls->items[members[k]].type;
    uint32_t w = 0;
    for (size_t j = 0; j < n; j++)
      if (strcmp(ls->items[members[j]].type, type) == 0)
        w += ls->items[members[j]].weight + 1;
    if (w > best_weight || (w == best_weight && best && strcmp(type, best) < 0)) {
      best = type;
      best_weight = w;
    }
  }
  return best;
}

typedef struct {
  uint32_t root;
  uint32_t *members;
  size_t count;
  char *label;
  char *slug;
  const char *type;
  const FgGazEntry *gaz;
  const char *key; /* smallest identity key of the members: a stable tie-break */
  Forms forms;
} Cluster;

static bool describe(const FgLocalEntities *ls, const FgGazetteer *gaz, Cluster *c) {
  c->gaz = NULL;
  c->key = ls->items[c->members[0]].key;
  for (size_t k = 0; k < c->count; k++) {
    if (strcmp(ls->items[c->members[k]].key, c->key) < 0)
      c->key = ls->items[c->members[k]].key;
    int32_t g = ls->items[c->members[k]].gaz;
    const FgGazEntry *e = g >= 0 ? fg_gazetteer_entry(gaz, (size_t)g) : NULL;
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
  bool ok = c->label && (c->gaz ? fg_buf_append_str(&slug, c->gaz->slug)
                                : fg_name_slug(c->label, &slug));
  c->slug = fg_buf_take(&slug);
  return ok && c->slug;
}

static int by_slug(const void *a, const void *b) {
  const Cluster *x = a, *y = b;
  int c = strcmp(x->slug, y->slug);
  if (c)
    return c;
  c = strcmp(x->label, y->label);
  if (c)
    return c;
  c = strcmp(x->type, y->type);
  return c ? c : strcmp(x->key, y->key);
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

static bool emit_clusters(FgGraph *graph, Cluster *cs,
                          size_t n, uint32_t *map) {
  qsort(cs, n, sizeof *cs, by_slug);
  FgBuf slug;
  fg_buf_init(&slug);
  bool ok = true;
  unsigned dup = 1;
  for (size_t i = 0; ok && i < n; i++) {
    dup = i > 0 && strcmp(cs[i].slug, cs[i - 1].slug) == 0 ? dup + 1 : 1;
    fg_buf_clear(&slug);
    ok = fg_buf_append_str(&slug, cs[i].slug);
    if (ok && dup > 1) {
      char suffix[16];
      snprintf(suffix, sizeof suffix, "-%u", dup);
      ok = fg_buf_append_str(&slug, suffix);
    }
    ok = ok && add_cluster(graph, &cs[i], slug.data, map);
  }
  fg_buf_free(&slug);
  return ok;
}

static bool build_clusters(Sets *s, const FgLocalEntities *ls, const FgGazetteer *gaz,
                           FgGraph *graph, uint32_t *map) {
  size_t n = ls->count, nc = 0;
  Cluster *cs = calloc(n ? n : 1, sizeof *cs);
  uint32_t *index = malloc((n ? n : 1) * sizeof *index);
  uint32_t *order = malloc((n ? n : 1) * sizeof *order);
  bool ok = cs && index && order;
  for (size_t i = 0; ok && i < n; i++)
    index[i] = FG_NONE;
  /* members grouped by root, in index order */
  for (size_t i = 0; ok && i < n; i++) {
    uint32_t r = find(s, (uint32_t)i);
    if (index[r] == FG_NONE) {
      index[r] = (uint32_t)nc;
      cs[nc++].root = r;
    }
    cs[index[r]].count++;
  }
  size_t offset = 0;
  for (size_t c = 0; ok && c < nc; c++) {
    cs[c].members = order + offset;
    offset += cs[c].count;
    cs[c].count = 0;
  }
  for (size_t i = 0; ok && i < n; i++) {
    Cluster *c = &cs[index[find(s, (uint32_t)i)]];
    c->members[c->count++] = (uint32_t)i;
  }
  for (size_t c = 0; ok && c < nc; c++)
    ok = describe(ls, gaz, &cs[c]);
  ok = ok && emit_clusters(graph, cs, nc, map);
  for (size_t c = 0; cs && c < nc; c++) {
    free(cs[c].label);
    free(cs[c].slug);
    free(cs[c].forms.items);
  }
  free(cs);
  free(index);
  free(order);
  return ok;
}

bool fg_resolve_entities(const FgLocalEntities *locals, const FgGazetteer *gaz,
                         FgGraph *graph, uint32_t *map) {
  Sets s = {malloc((locals->count ? locals->count : 1) * sizeof(uint32_t)), locals->count};
  if (!s.parent)
    return false;
  for (size_t i = 0; i < s.n; i++)
    s.parent[i] = (uint32_t)i;
  bool ok = unite_by(&s, locals, identity_key) && unite_by(&s, locals, skeleton_key);
  if (ok) {
    unite_surnames(&s, locals, false);
    unite_surnames(&s, locals, true);
    unite_acronyms(&s, locals);
  }
  ok = ok && build_clusters(&s, locals, gaz, graph, map);
  free(s.parent);
  return ok;
}
