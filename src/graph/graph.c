/* SPDX-License-Identifier: MIT */
/* The fact graph: collects documents, entities and claims, each claim
 * with a chain of supporting sentences in the evidence store, then merges,
 * aggregates and sorts them in fg_graph_finish() so that output does not
 * depend on insertion order. */
#include "factgraph/graph.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "evidence.h"
#include "graph_internal.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/grow.h"
#include "util/intern.h"

typedef struct {
  FgDocument pub;
  uint32_t old; /* index before sorting */
} Document;

typedef struct {
  FgEntity pub;
  const char **alts; /* owns the array, not the strings */
  size_t alt_cap;
  uint32_t old;
} Entity;

/* One claim as added, with its supporting sentences. */
typedef struct {
  FgFactInput claim;
  uint64_t chain;         /* its newest record in the evidence store */
  uint64_t omitted;       /* sentences not kept in the store */
  const char *object_key; /* object slug or literal, for sorting */
} Support;

/* A merged fact: the supports [first, first + count) while finishing,
 * then its distinct sentences, sorted, in the range [from, to) of
 * graph->sorted. */
typedef struct {
  FgFact pub;
  size_t first, count;
  uint64_t from, to;
} Fact;

struct FgGraph {
  FgIntern *slugs;   /* entity slug -> index until finish */
  FgIntern *strings; /* every other copied string, shared */
  FgIntern *alts;    /* (entity, string id) of every alt label added */
  Document *docs;
  size_t doc_count, doc_cap;
  Entity *ents;
  size_t ent_count, ent_cap;
  Support *supports;
  size_t support_count, support_cap;
  Fact *facts;
  size_t fact_count;
  FgEvidenceStore *store;  /* sentences as added, one chain per support */
  FgEvidenceStore *sorted; /* made by finish: each fact's, in fact order */
  uint32_t *doc_order; /* document index as added -> sorted, after finish */
  bool finished;
  bool broken;         /* finish failed after it began to change things */
};

/* ---- allocation helpers ------------------------------------------------ */

/* Copies an optional string; "" counts as absent. False when out of memory. */
static bool copy_opt(FgGraph *graph, const char *str, const char **out) {
  *out = NULL;
  if (!str || !*str)
    return true;
  uint32_t id = fg_intern_add_str(graph->strings, str);
  if (id == FG_NO_ID)
    return false;
  *out = fg_intern_str(graph->strings, id);
  return true;
}

FgGraph *fg_graph_new(void) {
  FgGraph *graph = calloc(1, sizeof(FgGraph));
  if (!graph)
    return NULL;
  graph->slugs = fg_intern_new();
  graph->strings = fg_intern_new();
  graph->alts = fg_intern_new();
  graph->store = fg_evidence_store_new();
  if (!graph->slugs || !graph->strings || !graph->alts || !graph->store) {
    fg_graph_free(graph);
    return NULL;
  }
  return graph;
}

void fg_graph_free(FgGraph *graph) {
  if (!graph)
    return;
  for (size_t i = 0; i < graph->ent_count; i++)
    free(graph->ents[i].alts);
  free(graph->docs);
  free(graph->ents);
  free(graph->supports);
  free(graph->facts);
  free(graph->doc_order);
  fg_evidence_store_free(graph->store);
  fg_evidence_store_free(graph->sorted);
  fg_intern_free(graph->slugs);
  fg_intern_free(graph->strings);
  fg_intern_free(graph->alts);
  free(graph);
}

/* ---- building ---------------------------------------------------------- */

/* Nothing more can be added once finish has begun to change the graph. */
static bool closed(const FgGraph *graph) {
  return graph->finished || graph->broken;
}

static bool copy_document_fields(FgGraph *graph, const FgDocument *in,
                                 FgDocument *out) {
  out->length = in->length;
  return copy_opt(graph, in->headline, &out->headline) &&
         copy_opt(graph, in->date, &out->date) &&
         copy_opt(graph, in->author, &out->author) &&
         copy_opt(graph, in->publisher, &out->publisher) &&
         copy_opt(graph, in->dateline_place, &out->dateline_place) &&
         copy_opt(graph, in->url, &out->url);
}

uint32_t fg_graph_add_document(FgGraph *graph, const FgDocument *doc) {
  if (!graph || closed(graph) || !doc || !doc->id || !*doc->id ||
      graph->doc_count >= FG_NONE)
    return FG_NONE;
  Document *docs = fg_grow(graph->docs, graph->doc_count + 1, &graph->doc_cap,
                               sizeof(Document));
  if (!docs)
    return FG_NONE;
  graph->docs = docs;
  Document *d = &docs[graph->doc_count];
  memset(d, 0, sizeof *d);
  const char *source = doc->source && *doc->source ? doc->source : doc->id;
  if (!copy_opt(graph, doc->id, &d->pub.id) ||
      !copy_opt(graph, source, &d->pub.source) ||
      !copy_document_fields(graph, doc, &d->pub))
    return FG_NONE;
  d->pub.digest = doc->digest;
  return (uint32_t)graph->doc_count++;
}

FgStatus fg_graph_extend_document(FgGraph *graph, uint32_t index,
                                  size_t length, uint64_t digest) {
  if (!graph || closed(graph) || index >= graph->doc_count)
    return FG_ERR_USAGE;
  FgDocument *d = &graph->docs[index].pub;
  if (length > d->length)
    d->length = length;
  d->digest = digest;
  return FG_OK;
}

uint32_t fg_graph_add_entity(FgGraph *graph, const char *slug,
                             const char *label, const char *type,
                             const char *wikidata) {
  if (!graph || closed(graph) || !slug || !*slug || !label || !*label ||
      !type || !*type)
    return FG_NONE;
  Entity *ents = fg_grow(graph->ents, graph->ent_count + 1, &graph->ent_cap,
                             sizeof(Entity));
  if (!ents)
    return FG_NONE;
  graph->ents = ents;
  uint32_t index = fg_intern_add_str(graph->slugs, slug);
  if (index == FG_NO_ID || index < graph->ent_count)
    return index == FG_NO_ID ? FG_NONE : index;
  Entity *e = &ents[index];
  memset(e, 0, sizeof *e);
  e->pub.slug = fg_intern_str(graph->slugs, index);
  if (!copy_opt(graph, label, &e->pub.label) ||
      !copy_opt(graph, type, &e->pub.type) ||
      !copy_opt(graph, wikidata, &e->pub.wikidata))
    return FG_NONE;
  graph->ent_count++;
  return index;
}

/* Alt labels are found in graph->alts by entity and interned string, not
 * by a scan of the entity's labels: an entity spelled 40,000 ways would
 * make adding them quadratic. */
FgStatus fg_graph_add_alt_label(FgGraph *graph, uint32_t entity,
                                const char *label) {
  if (!graph || closed(graph) || entity >= graph->ent_count || !label)
    return FG_ERR_USAGE;
  Entity *e = &graph->ents[entity];
  if (!*label || strcmp(e->pub.label, label) == 0)
    return FG_NOTHING;
  uint32_t key[2] = {entity, fg_intern_add_str(graph->strings, label)};
  if (key[1] == FG_NO_ID)
    return FG_ERR_NOMEM;
  if (fg_intern_find(graph->alts, (const char *)key, sizeof key) != FG_NO_ID)
    return FG_NOTHING;
  const char **alts =
      fg_grow(e->alts, e->pub.alt_count + 1, &e->alt_cap, sizeof(char *));
  if (!alts || fg_intern_add(graph->alts, (const char *)key, sizeof key) == FG_NO_ID)
    return FG_ERR_NOMEM;
  e->alts = alts;
  alts[e->pub.alt_count++] = fg_intern_str(graph->strings, key[1]);
  e->pub.alt_labels = alts;
  return FG_OK;
}

static bool valid_entity(const FgGraph *graph, uint32_t index, bool optional) {
  return index < graph->ent_count || (optional && index == FG_NONE);
}

static bool valid_claim(const FgGraph *graph, const FgFactInput *fact) {
  return valid_entity(graph, fact->subject, false) &&
         valid_entity(graph, fact->object, true) &&
         valid_entity(graph, fact->attributed_to, true) && fact->predicate &&
         *fact->predicate && (fact->object != FG_NONE || fact->literal) &&
         fact->modality <= FG_MODALITY_FUTURE;
}

/* NaN and out-of-range confidences are clamped so sums stay in [0,1]. */
static double clamp_unit(double x) {
  if (!(x > 0.0))
    return 0.0;
  return x > 1.0 ? 1.0 : x;
}

static bool copy_claim(FgGraph *graph, const FgFactInput *in,
                       FgFactInput *out) {
  *out = *in;
  /* An entity object or attribution wins over the text alternative. */
  const char *literal = in->object == FG_NONE ? in->literal : NULL;
  const char *who = in->attributed_to == FG_NONE ? in->attributed_label : NULL;
  bool ok = copy_opt(graph, in->predicate, &out->predicate) &&
            copy_opt(graph, in->role, &out->role) &&
            copy_opt(graph, in->time, &out->time) &&
            copy_opt(graph, who, &out->attributed_label);
  /* An empty literal is still a value: intern it as is. */
  out->literal = NULL;
  if (ok && literal) {
    uint32_t id = fg_intern_add_str(graph->strings, literal);
    ok = id != FG_NO_ID;
    out->literal = ok ? fg_intern_str(graph->strings, id) : NULL;
  }
  return ok;
}

/* The evidence as the store takes it; false when it does not hold. */
static bool store_form(const FgGraph *graph, const FgEvidence *evidence, FgEvidence *ev) {
  if (!graph || closed(graph) || !evidence || evidence->document >= graph->doc_count ||
      evidence->begin > evidence->end)
    return false;
  *ev = *evidence;
  ev->confidence = clamp_unit(ev->confidence);
  /* "" counts as absent, as in every other copied string */
  if (ev->sentence && !*ev->sentence)
    ev->sentence = NULL;
  if (ev->rule && !*ev->rule)
    ev->rule = NULL;
  return true;
}

FgStatus fg_graph_add_evidence(FgGraph *graph, uint64_t *chain,
                               const FgEvidence *evidence) {
  FgEvidence ev;
  if (!store_form(graph, evidence, &ev))
    return FG_ERR_USAGE;
  return fg_evidence_store_add(graph->store, chain, &ev) ? FG_OK
                                                         : FG_ERR_NOMEM;
}

uint32_t fg_graph_attach_evidence_file(FgGraph *graph, int fd, const char *name) {
  return closed(graph) ? 0 : fg_evidence_store_attach(graph->store, fd, name);
}

FgStatus fg_graph_add_evidence_at(FgGraph *graph, uint64_t *chain, const FgEvidence *evidence,
                                  uint32_t file, uint64_t text, uint32_t text_len) {
  FgEvidence ev;
  if (!store_form(graph, evidence, &ev))
    return FG_ERR_USAGE;
  return fg_evidence_store_add_at(graph->store, chain, &ev, file, text, text_len)
             ? FG_OK
             : FG_ERR_INPUT;
}

FgStatus fg_graph_add_claim(FgGraph *graph, const FgFactInput *fact,
                            uint64_t chain, uint64_t omitted) {
  if (!graph || closed(graph) || !fact || !valid_claim(graph, fact))
    return FG_ERR_USAGE;
  if (chain == FG_NO_EVIDENCE)
    return FG_NOTHING;
  Support *supports = fg_grow(graph->supports, graph->support_count + 1,
                                  &graph->support_cap, sizeof(Support));
  if (!supports)
    return FG_ERR_NOMEM;
  graph->supports = supports;
  Support *s = &supports[graph->support_count];
  memset(s, 0, sizeof *s);
  if (!copy_claim(graph, fact, &s->claim))
    return FG_ERR_NOMEM;
  s->chain = chain;
  s->omitted = omitted;
  graph->support_count++;
  return FG_OK;
}

FgStatus fg_graph_add_fact(FgGraph *graph, const FgFactInput *fact,
                           const FgEvidence *evidence) {
  if (!graph || closed(graph) || !fact || !valid_claim(graph, fact))
    return FG_ERR_USAGE;
  uint64_t chain = FG_NO_EVIDENCE;
  FgStatus st = fg_graph_add_evidence(graph, &chain, evidence);
  return st == FG_OK ? fg_graph_add_claim(graph, fact, chain, 0) : st;
}

bool fg_graph_read_chain(const FgGraph *graph, uint64_t chain, FgArena *strings,
                         FgEvidenceFunc fn, void *handle) {
  return !closed(graph) && fg_evidence_store_read(graph->store, chain, strings, fn, handle);
}

const char *fg_graph_evidence_error(const FgGraph *graph) {
  const char *error =
      graph->store ? fg_evidence_store_read_error(graph->store) : NULL;
  return error || !graph->sorted ? error
                                 : fg_evidence_store_read_error(graph->sorted);
}

int fg_graph_spill_error(const FgGraph *graph) {
  int error = graph->store ? fg_evidence_store_spill_error(graph->store) : 0;
  return error || !graph->sorted ? error
                                 : fg_evidence_store_spill_error(graph->sorted);
}

/* ---- comparisons ------------------------------------------------------- */

static int cmp_uint(uint32_t a, uint32_t b) { return (a > b) - (a < b); }

/* NULL sorts before any string. */
static int cmp_str(const char *a, const char *b) {
  if (!a || !b)
    return (a != NULL) - (b != NULL);
  return strcmp(a, b);
}

/* Present values first: used where "the first one that has one" wins. */
static int cmp_present_first(const char *a, const char *b) {
  if (!a || !b)
    return (a == NULL) - (b == NULL);
  return strcmp(a, b);
}

static int cmp_double_desc(double a, double b) { return (a < b) - (a > b); }

static int cmp_strp(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int cmp_document(const void *a, const void *b) {
  return strcmp(((const Document *)a)->pub.id, ((const Document *)b)->pub.id);
}

static int cmp_entity(const void *a, const void *b) {
  return strcmp(((const Entity *)a)->pub.slug, ((const Entity *)b)->pub.slug);
}

/* The merge key. Entity and document indexes are compared as numbers:
 * once remapped, index order is slug (or id) order. */
static int cmp_key(const Support *a, const Support *b) {
  const FgFactInput *x = &a->claim, *y = &b->claim;
  int c = cmp_uint(x->subject, y->subject);
  if (!c)
    c = strcmp(x->predicate, y->predicate);
  if (!c)
    c = strcmp(a->object_key, b->object_key);
  if (!c) /* an entity and a literal that share a spelling: entity first */
    c = (x->object == FG_NONE) - (y->object == FG_NONE);
  if (!c)
    c = cmp_str(x->role, y->role);
  if (!c)
    c = (int)x->former - (int)y->former;
  if (!c)
    c = (int)x->modality - (int)y->modality;
  if (!c)
    c = (int)x->negated - (int)y->negated;
  return c;
}

static int cmp_evidence_pos(const FgEvidence *a, const FgEvidence *b) {
  int c = cmp_uint(a->document, b->document);
  if (!c)
    c = cmp_uint(a->begin, b->begin);
  if (!c)
    c = cmp_uint(a->end, b->end);
  if (!c)
    c = cmp_str(a->rule, b->rule);
  return c;
}

/* Orders the claims of one merge key by their qualifiers, so that
 * qsort's instability cannot leak insertion order into a fact's claim. */
static int cmp_support(const void *pa, const void *pb) {
  const Support *a = pa, *b = pb;
  int c = cmp_key(a, b);
  if (!c)
    c = cmp_present_first(a->claim.time, b->claim.time);
  if (!c)
    c = cmp_uint(a->claim.attributed_to, b->claim.attributed_to);
  if (!c)
    c = cmp_present_first(a->claim.attributed_label, b->claim.attributed_label);
  if (!c)
    c = (int)a->claim.object_assumed - (int)b->claim.object_assumed;
  return c;
}

/* One record read back from the store (its text left there), with the
 * claim it supports. */
typedef struct {
  FgEvidenceRef ref;
  const FgFactInput *claim;
} Loaded;

/* A total order over everything that reaches the output, so that qsort's
 * instability cannot leak insertion order. */
static int cmp_loaded(const void *pa, const void *pb) {
  const Loaded *a = pa, *b = pb;
  int c = cmp_evidence_pos(&a->ref.ev, &b->ref.ev);
  if (!c) /* of duplicate sentences, keep the most confident */
    c = cmp_double_desc(a->ref.ev.confidence, b->ref.ev.confidence);
  /* records of one position hold one text: its presence and length tell
   * them apart without reading it */
  if (!c)
    c = (int)a->ref.has_text - (int)b->ref.has_text;
  if (!c)
    c = cmp_uint(a->ref.text_len, b->ref.text_len);
  if (!c)
    c = cmp_present_first(a->claim->time, b->claim->time);
  if (!c)
    c = cmp_uint(a->claim->attributed_to, b->claim->attributed_to);
  if (!c)
    c = cmp_present_first(a->claim->attributed_label,
                          b->claim->attributed_label);
  return c;
}

/* ---- unique document ids ---------------------------------------------- */

static int cmp_id_then_source(const void *pa, const void *pb) {
  const Document *a = *(const Document *const *)pa;
  const Document *b = *(const Document *const *)pb;
  int c = strcmp(a->pub.id, b->pub.id);
  return c ? c : strcmp(a->pub.source, b->pub.source);
}

static int cmp_opt_str(const char *a, const char *b) {
  return a && b ? strcmp(a, b) : (a != NULL) - (b != NULL);
}

/* Id and source, then what tells apart documents that share both (a file
 * "f.jsonl:2" and line 2 of "f.jsonl"): their text and fields. */
static int cmp_document_content(const void *pa, const void *pb) {
  const FgDocument *a = &(*(const Document *const *)pa)->pub;
  const FgDocument *b = &(*(const Document *const *)pb)->pub;
  int c = cmp_id_then_source(pa, pb);
  if (!c)
    c = a->digest < b->digest ? -1 : a->digest > b->digest;
  if (!c)
    c = a->length < b->length ? -1 : a->length > b->length;
  const char *const fa[] = {a->headline, a->date,           a->author,
                            a->publisher, a->dateline_place, a->url};
  const char *const fb[] = {b->headline, b->date,           b->author,
                            b->publisher, b->dateline_place, b->url};
  for (size_t i = 0; !c && i < sizeof fa / sizeof *fa; i++)
    c = cmp_opt_str(fa[i], fb[i]);
  return c;
}

static bool take_id(FgGraph *graph, Document *d, const char *id,
                    FgIdChangeFunc report, void *handle) {
  const char *copy = NULL;
  if (!copy_opt(graph, id, &copy))
    return false;
  if (report)
    report(handle, &d->pub, copy);
  d->pub.id = copy;
  return true;
}

/* One pass over documents sorted by id: every member of a run of equal ids
 * takes its source (where that differs). True when an id changed. */
static bool separate_equal_ids(FgGraph *graph, Document **order, size_t n,
                               FgIdChangeFunc report, void *handle, bool *ok) {
  bool changed = false;
  for (size_t first = 0; first < n;) {
    size_t end = first + 1;
    while (end < n && strcmp(order[end]->pub.id, order[first]->pub.id) == 0)
      end++;
    for (size_t i = first; end - first > 1 && i < end; i++) {
      Document *d = order[i];
      if (strcmp(d->pub.id, d->pub.source) == 0)
        continue;
      *ok = *ok && take_id(graph, d, d->pub.source, report, handle);
      changed = true;
    }
    first = end;
  }
  return changed;
}

/* Documents that still share an id share their source too: all but the
 * first (in content order) take "ID~N" with the smallest N >= 2 that no
 * document has as id. ids holds every id; false when out of memory. */
static bool number_equal_ids(FgGraph *graph, Document **order, size_t n,
                             FgIntern *ids, FgIdChangeFunc report,
                             void *handle) {
  FgBuf name;
  fg_buf_init(&name);
  bool ok = true;
  for (size_t i = 1; ok && i < n; i++) {
    if (strcmp(order[i]->pub.id, order[i - 1]->pub.id) != 0)
      continue;
    const char *id = order[i]->pub.id;
    for (unsigned long k = 2; ok; k++) {
      char suffix[32];
      snprintf(suffix, sizeof suffix, "~%lu", k);
      fg_buf_clear(&name);
      ok = fg_buf_append_str(&name, id) && fg_buf_append_str(&name, suffix);
      if (ok && fg_intern_find(ids, name.data, name.len) == FG_NO_ID)
        break;
    }
    /* order[i]'s old id stays in ids: a later equal one still matches */
    ok = ok && fg_intern_add_str(ids, fg_buf_cstr(&name)) != FG_NO_ID &&
         take_id(graph, order[i], fg_buf_cstr(&name), report, handle);
  }
  fg_buf_free(&name);
  return ok;
}

/* Sources taken as ids are unique except where a source repeats, so each
 * pass changes at least one document for good, and the passes end; the
 * numbering settles the rest. Each step depends only on the set of
 * documents, so the result does too. */
FgStatus fg_graph_unique_document_ids(FgGraph *graph, FgIdChangeFunc report,
                                      void *handle) {
  if (!graph || closed(graph))
    return FG_ERR_USAGE;
  size_t n = graph->doc_count;
  Document **order = calloc(n ? n : 1, sizeof *order);
  FgIntern *ids = fg_intern_new();
  bool ok = order && ids, changed = false, again = ok;
  for (size_t i = 0; ok && i < n; i++)
    order[i] = &graph->docs[i];
  while (ok && again) {
    if (n)
      qsort(order, n, sizeof *order, cmp_id_then_source);
    again = separate_equal_ids(graph, order, n, report, handle, &ok);
    changed |= again;
  }
  bool repeated = false;
  for (size_t i = 1; ok && i < n; i++)
    repeated |= strcmp(order[i]->pub.id, order[i - 1]->pub.id) == 0;
  if (ok && repeated) {
    qsort(order, n, sizeof *order, cmp_document_content);
    for (size_t i = 0; ok && i < n; i++)
      ok = fg_intern_add_str(ids, order[i]->pub.id) != FG_NO_ID;
    ok = ok && number_equal_ids(graph, order, n, ids, report, handle);
    changed = true;
  }
  free(order);
  fg_intern_free(ids);
  if (!ok)
    return FG_ERR_NOMEM;
  return changed ? FG_OK : FG_NOTHING;
}

/* ---- finishing --------------------------------------------------------- */

static void sort_documents(FgGraph *graph, uint32_t *remap) {
  for (size_t i = 0; i < graph->doc_count; i++)
    graph->docs[i].old = (uint32_t)i;
  if (graph->doc_count)
    qsort(graph->docs, graph->doc_count, sizeof(Document), cmp_document);
  for (size_t i = 0; i < graph->doc_count; i++)
    remap[graph->docs[i].old] = (uint32_t)i;
}

static void sort_alt_labels(Entity *e) {
  if (e->pub.alt_count < 2)
    return;
  qsort(e->alts, e->pub.alt_count, sizeof(char *), cmp_strp);
  size_t kept = 1;
  for (size_t i = 1; i < e->pub.alt_count; i++)
    if (strcmp(e->alts[i], e->alts[kept - 1]) != 0)
      e->alts[kept++] = e->alts[i];
  e->pub.alt_count = kept;
}

static void sort_entities(FgGraph *graph, uint32_t *remap) {
  for (size_t i = 0; i < graph->ent_count; i++) {
    graph->ents[i].old = (uint32_t)i;
    sort_alt_labels(&graph->ents[i]);
  }
  if (graph->ent_count)
    qsort(graph->ents, graph->ent_count, sizeof(Entity), cmp_entity);
  for (size_t i = 0; i < graph->ent_count; i++)
    remap[graph->ents[i].old] = (uint32_t)i;
}

static uint32_t remap_opt(const uint32_t *remap, uint32_t index) {
  return index == FG_NONE ? FG_NONE : remap[index];
}

static void remap_supports(FgGraph *graph, const uint32_t *ents) {
  for (size_t i = 0; i < graph->support_count; i++) {
    Support *s = &graph->supports[i];
    s->claim.subject = ents[s->claim.subject];
    s->claim.object = remap_opt(ents, s->claim.object);
    s->claim.attributed_to = remap_opt(ents, s->claim.attributed_to);
    s->object_key = s->claim.object == FG_NONE
                        ? s->claim.literal
                        : graph->ents[s->claim.object].pub.slug;
  }
}

/* Groups the sorted supports by merge key: one fact per group. */
static void group_supports(FgGraph *graph) {
  size_t n = graph->support_count;
  if (n)
    qsort(graph->supports, n, sizeof(Support), cmp_support);
  for (size_t first = 0; first < n;) {
    size_t end = first + 1;
    while (end < n &&
           cmp_key(&graph->supports[first], &graph->supports[end]) == 0)
      end++;
    Fact *fact = &graph->facts[graph->fact_count++];
    memset(fact, 0, sizeof *fact);
    fact->pub.claim = graph->supports[first].claim;
    fact->first = first;
    fact->count = end - first;
    for (size_t i = first; i < end; i++)
      fact->pub.evidence_omitted += graph->supports[i].omitted;
    first = end;
  }
}

/* A fact's evidence as read back from the store: every record with its
 * claim, sorted, and the distinct sentences. FgEvidenceList's storage. */
typedef struct {
  Loaded *loaded;
  size_t loaded_count, loaded_cap;
  FgEvidence *items;
  size_t item_count, item_cap;
  FgArena *strings;
} EvidenceBuffer;

typedef struct {
  const FgGraph *graph;
  EvidenceBuffer *buf;
  const FgFactInput *claim;
} Reader;

static bool collect(void *handle, const FgEvidenceRef *ref) {
  Reader *r = handle;
  EvidenceBuffer *b = r->buf;
  if (ref->ev.document >= r->graph->doc_count)
    return false; /* a record the store could not vouch for */
  Loaded *loaded = fg_grow(b->loaded, b->loaded_count + 1, &b->loaded_cap,
                           sizeof *loaded);
  if (!loaded)
    return false;
  b->loaded = loaded;
  Loaded *l = &loaded[b->loaded_count++];
  l->ref = *ref;
  l->ref.ev.document = r->graph->doc_order[ref->ev.document];
  l->claim = r->claim;
  return true;
}

/* Keeps the distinct sentences of the fact, in order, as finish stored
 * them: they go to graph->sorted, where writers read them in one go. */
static bool store_sorted(FgGraph *graph, Fact *fact, const EvidenceBuffer *buf) {
  fact->from = fg_evidence_store_size(graph->sorted);
  for (size_t i = 0; i < buf->item_count; i++) {
    uint64_t chain = FG_NO_EVIDENCE;
    if (!fg_evidence_store_add(graph->sorted, &chain, &buf->items[i]))
      return false;
  }
  fact->to = fg_evidence_store_size(graph->sorted);
  return true;
}

static bool collect_sorted(void *handle, const FgEvidence *ev) {
  EvidenceBuffer *b = handle;
  FgEvidence *items = fg_grow(b->items, b->item_count + 1, &b->item_cap,
                              sizeof *items);
  if (!items)
    return false;
  b->items = items;
  items[b->item_count++] = *ev;
  return true;
}

/* Reads the fact's evidence from its supports' chains into buf: every
 * record, sorted, in buf->loaded, and the distinct sentences (by document
 * and offset, the most confident of equal ones kept) in buf->items. Only
 * the distinct sentences' texts are read: a sentence stating thousands of
 * facts is read once per fact, not once per record. */
static bool load_evidence(const FgGraph *graph, const Fact *fact,
                          EvidenceBuffer *buf) {
  buf->loaded_count = 0;
  fg_arena_reset(buf->strings);
  Reader r = {graph, buf, NULL};
  for (size_t i = fact->first; i < fact->first + fact->count; i++) {
    r.claim = &graph->supports[i].claim;
    if (!fg_evidence_store_read_refs(graph->store, graph->supports[i].chain,
                                     collect, &r))
      return false;
  }
  if (buf->loaded_count)
    qsort(buf->loaded, buf->loaded_count, sizeof(Loaded), cmp_loaded);
  FgEvidence *items = fg_grow(buf->items, buf->loaded_count + 1,
                              &buf->item_cap, sizeof *items);
  if (!items)
    return false;
  buf->items = items;
  size_t n = 0;
  for (size_t i = 0; i < buf->loaded_count; i++) {
    const FgEvidenceRef *ref = &buf->loaded[i].ref;
    if (n > 0 && cmp_evidence_pos(&items[n - 1], &ref->ev) == 0)
      continue;
    items[n] = ref->ev;
    if (!fg_evidence_store_text(graph->store, ref, buf->strings, &items[n].sentence))
      return false;
    n++;
  }
  buf->item_count = n;
  return true;
}

static EvidenceBuffer *evidence_buffer_new(void) {
  EvidenceBuffer *buf = calloc(1, sizeof *buf);
  if (buf && !(buf->strings = fg_arena_new())) {
    free(buf);
    return NULL;
  }
  return buf;
}

static void evidence_buffer_free(EvidenceBuffer *buf) {
  if (!buf)
    return;
  free(buf->loaded);
  free(buf->items);
  fg_arena_free(buf->strings);
  free(buf);
}

static double round_cents(double x) { return round(x * 100.0) / 100.0; }

/* 1 - prod(1 - best confidence per document); evidence is sorted by
 * document, so each document is one run. */
static void combine_confidence(FgFact *fact, const FgEvidence *ev, size_t n) {
  double doubt = 1.0;
  size_t sources = 0;
  for (size_t i = 0; i < n;) {
    uint32_t doc = ev[i].document;
    double best = 0.0;
    for (; i < n && ev[i].document == doc; i++)
      best = fmax(best, ev[i].confidence);
    doubt *= 1.0 - best;
    sources++;
  }
  fact->source_count = sources;
  fact->evidence_count = n + fact->evidence_omitted;
  fact->confidence = round_cents(fmin(1.0 - doubt, 0.99));
}

static bool has_attribution(const FgFactInput *claim) {
  return claim->attributed_to != FG_NONE || claim->attributed_label;
}

/* Time and attribution come from the earliest sentence that has one. */
static bool summarise(FgGraph *graph, Fact *fact, EvidenceBuffer *buf) {
  if (!load_evidence(graph, fact, buf))
    return false;
  FgFactInput *claim = &fact->pub.claim;
  claim->time = NULL;
  claim->attributed_to = FG_NONE;
  claim->attributed_label = NULL;
  for (size_t i = 0; i < buf->loaded_count; i++) {
    const FgFactInput *from = buf->loaded[i].claim;
    if (!claim->time)
      claim->time = from->time;
    if (!has_attribution(claim) && has_attribution(from)) {
      claim->attributed_to = from->attributed_to;
      claim->attributed_label = from->attributed_label;
    }
  }
  combine_confidence(&fact->pub, buf->items, buf->item_count);
  return store_sorted(graph, fact, buf);
}

static void *alloc_array(size_t count, size_t size) {
  return calloc(count ? count : 1, size);
}

/* Everything is allocated before anything changes, so a graph that cannot
 * get the memory stays as it was and can be finished again. Reading the
 * evidence back comes after the sorting: when that fails, the graph is
 * broken and only fg_graph_free remains. */
FgStatus fg_graph_finish(FgGraph *graph) {
  if (!graph || graph->broken)
    return FG_ERR_USAGE;
  if (graph->finished)
    return FG_NOTHING;
  FgStatus st = fg_graph_unique_document_ids(graph, NULL, NULL);
  if (st > FG_NOTHING)
    return st;
  uint32_t *doc_order = alloc_array(graph->doc_count, sizeof(uint32_t));
  uint32_t *ent_map = alloc_array(graph->ent_count, sizeof(uint32_t));
  Fact *facts = alloc_array(graph->support_count, sizeof(Fact));
  EvidenceBuffer *buf = evidence_buffer_new();
  FgEvidenceStore *sorted = fg_evidence_store_new();
  if (!doc_order || !ent_map || !facts || !buf || !sorted) {
    free(doc_order);
    free(ent_map);
    free(facts);
    evidence_buffer_free(buf);
    fg_evidence_store_free(sorted);
    return FG_ERR_NOMEM;
  }
  graph->sorted = sorted;
  graph->facts = facts;
  graph->doc_order = doc_order;
  sort_documents(graph, doc_order);
  sort_entities(graph, ent_map);
  remap_supports(graph, ent_map);
  free(ent_map);
  group_supports(graph);
  st = FG_OK;
  for (size_t i = 0; st == FG_OK && i < graph->fact_count; i++)
    if (!summarise(graph, &graph->facts[i], buf))
      st = FG_ERR_IO;
  evidence_buffer_free(buf);
  if (st == FG_OK) { /* the facts and graph->sorted hold all they said */
    fg_evidence_store_free(graph->store);
    graph->store = NULL;
    free(graph->supports);
    graph->supports = NULL;
    graph->support_count = graph->support_cap = 0;
  }
  graph->finished = st == FG_OK;
  graph->broken = st != FG_OK;
  return st;
}

FgStatus fg_graph_fact_evidence(const FgGraph *graph, size_t fact,
                                FgEvidenceList *list) {
  if (!graph || !graph->finished || fact >= graph->fact_count || !list)
    return FG_ERR_USAGE;
  EvidenceBuffer *buf = list->internal;
  if (!buf && !(buf = list->internal = evidence_buffer_new()))
    return FG_ERR_NOMEM;
  const Fact *f = &graph->facts[fact];
  buf->item_count = 0;
  fg_arena_reset(buf->strings);
  bool ok = fg_evidence_store_read_range(graph->sorted, f->from, f->to,
                                         buf->strings, collect_sorted, buf);
  for (size_t i = 0; ok && i < buf->item_count; i++)
    ok = buf->items[i].document < graph->doc_count;
  list->items = ok ? buf->items : NULL;
  list->count = ok ? buf->item_count : 0;
  return ok ? FG_OK : FG_ERR_IO;
}

void fg_evidence_list_free(FgEvidenceList *list) {
  if (!list)
    return;
  evidence_buffer_free(list->internal);
  memset(list, 0, sizeof *list);
}

/* ---- reading ----------------------------------------------------------- */

size_t fg_graph_document_count(const FgGraph *graph) {
  return graph ? graph->doc_count : 0;
}

const FgDocument *fg_graph_document(const FgGraph *graph, size_t i) {
  return graph && i < graph->doc_count ? &graph->docs[i].pub : NULL;
}

uint32_t fg_graph_document_rank(const FgGraph *graph, uint32_t added) {
  return graph && graph->finished && added < graph->doc_count
             ? graph->doc_order[added]
             : FG_NONE;
}

size_t fg_graph_entity_count(const FgGraph *graph) {
  return graph ? graph->ent_count : 0;
}

const FgEntity *fg_graph_entity(const FgGraph *graph, size_t i) {
  return graph && i < graph->ent_count ? &graph->ents[i].pub : NULL;
}

size_t fg_graph_fact_count(const FgGraph *graph) {
  return graph && graph->finished ? graph->fact_count : 0;
}

const FgFact *fg_graph_fact(const FgGraph *graph, size_t i) {
  return graph && graph->finished && i < graph->fact_count
             ? &graph->facts[i].pub
             : NULL;
}

/* ASCII-only folding: locale-independent, and names typed on a command
 * line differ from the text in ASCII case far more often than otherwise. */
static bool same_ignoring_case(const char *a, const char *b) {
  for (; *a && *b; a++, b++) {
    unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
    if (x >= 'A' && x <= 'Z')
      x = (unsigned char)(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z')
      y = (unsigned char)(y - 'A' + 'a');
    if (x != y)
      return false;
  }
  return *a == *b;
}

static bool entity_has_alt(const FgEntity *e, const char *name) {
  for (size_t i = 0; i < e->alt_count; i++)
    if (same_ignoring_case(e->alt_labels[i], name))
      return true;
  return false;
}

/* Slugs are unique, labels nearly so, alt labels least: search in that
 * order so that an alias never shadows another entity's own name. */
uint32_t fg_graph_entity_find(const FgGraph *graph, const char *name) {
  if (!graph || !name)
    return FG_NONE;
  for (int pass = 0; pass < 3; pass++) {
    for (size_t i = 0; i < graph->ent_count; i++) {
      const FgEntity *e = &graph->ents[i].pub;
      bool hit = pass == 0   ? same_ignoring_case(e->slug, name)
                 : pass == 1 ? same_ignoring_case(e->label, name)
                             : entity_has_alt(e, name);
      if (hit)
        return (uint32_t)i;
    }
  }
  return FG_NONE;
}
