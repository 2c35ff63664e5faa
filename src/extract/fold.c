/* SPDX-License-Identifier: MIT */
/* Folding identical local entities across documents.
 *
 * Every document makes its own local entities; a corpus that names the
 * same people in thousands of articles would hold thousands of copies
 * until entity resolution. A document's entity that is identical in every
 * field resolution reads to one of an earlier document is folded into it
 * (its mentions and weight added), so memory grows with distinct entities.
 * Resolution then gives the same clusters, labels and types: a copy only
 * adds its weight and its spellings' document counts, which `copies`
 * keeps. A bare surname is never folded: two articles' "Bello" may be two
 * people, and resolution decides that. */
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "util/buf.h"
#include "util/grow.h"

struct FgEntityFolder {
  FgIntern *signatures;
  uint32_t *entity; /* by signature id */
  size_t cap;
};

FgEntityFolder *fg_entity_folder_new(void) {
  FgEntityFolder *f = calloc(1, sizeof *f);
  if (f && !(f->signatures = fg_intern_new())) {
    free(f);
    return NULL;
  }
  return f;
}

void fg_entity_folder_free(FgEntityFolder *f) {
  if (!f)
    return;
  fg_intern_free(f->signatures);
  free(f->entity);
  free(f);
}

static bool append_field(FgBuf *b, const char *s) {
  return fg_buf_append_str(b, s ? s : "\x01") && fg_buf_append_char(b, '\x1f');
}

/* Everything resolution reads of an entity but its weight and document.
 * The numbers go first as fixed-width bytes: only equality matters, and
 * formatting them took as long as the rest. */
static bool signature(FgLocalEntity *e, FgBuf *b) {
  const int32_t numbers[4] = {(int32_t)e->kind, e->gaz, e->surname_only, e->has_role};
  fg_buf_clear(b);
  return fg_buf_append(b, (const char *)numbers, sizeof numbers) &&
         append_field(b, e->key) && append_field(b, e->label) && append_field(b, e->type) &&
         append_field(b, e->skeleton) && append_field(b, e->acronym) &&
         append_field(b, fg_buf_cstr(&e->forms));
}

static int cmp_opt(const char *a, const char *b) {
  return a && b ? strcmp(a, b) : (a != NULL) - (b != NULL);
}

/* Whether (doc a, piece at_a) comes before (doc b, piece at_b) by content:
 * document id, source, digest, then the piece. Not by arrival, so that
 * the entity a copy folds into is found where it is whatever order the
 * documents (or parts) came in. */
static bool found_before(const FgGraph *graph, uint32_t a, uint32_t at_a, uint32_t b,
                         uint32_t at_b) {
  const FgDocument *da = fg_graph_document(graph, a);
  const FgDocument *db = fg_graph_document(graph, b);
  if (!da || !db || da == db)
    return da == db && at_a < at_b;
  int c = cmp_opt(da->id, db->id);
  if (!c)
    c = cmp_opt(da->source, db->source);
  if (!c)
    c = (da->digest > db->digest) - (da->digest < db->digest);
  return c ? c < 0 : at_a < at_b;
}

/* Adds copies found at (doc, at) with weight to into. */
static void absorb(const FgGraph *graph, FgLocalEntity *into, uint32_t doc, uint32_t at,
                   uint32_t weight, uint32_t copies) {
  if (graph && found_before(graph, doc, at, into->doc, into->at)) {
    into->doc = doc;
    into->at = at;
  }
  into->weight += weight;
  into->copies += copies;
}

bool fg_local_entity_add_source(FgLocalEntities *es, uint32_t i, uint32_t doc,
                                uint32_t at, uint32_t weight, const FgGraph *graph) {
  if (es->source_count >= FG_NONE)
    return false;
  FgEntitySource *sources =
      fg_grow(es->sources, es->source_count + 1, &es->source_cap, sizeof *sources);
  if (!sources)
    return false;
  es->sources = sources;
  uint32_t id = (uint32_t)es->source_count++;
  sources[id] = (FgEntitySource){doc, at, weight, FG_NONE};
  FgLocalEntity *e = &es->items[i];
  if (e->first_source == FG_NONE) {
    e->first_source = id;
    e->doc = doc;
    e->at = at;
    e->weight = weight;
    e->copies = 0;
  } else {
    sources[e->last_source].next = id;
    absorb(graph, e, doc, at, weight, 1);
  }
  e->last_source = id;
  return true;
}

bool fg_local_entities_fold(FgLocalEntities *es, size_t first, FgEntityFolder *f,
                            const FgGraph *graph, uint32_t *map) {
  FgBuf sig;
  fg_buf_init(&sig);
  size_t kept = first;
  bool ok = true;
  for (size_t i = first; i < es->count; i++) {
    FgLocalEntity *e = &es->items[i];
    uint32_t into = FG_NONE;
    /* a document's own entity is its first source */
    if (e->first_source == FG_NONE &&
        !fg_local_entity_add_source(es, (uint32_t)i, e->doc, e->at, e->weight, graph))
      ok = false;
    if (ok && strncmp(e->key, "surname:", 8) != 0 && (ok = signature(e, &sig))) {
      size_t before = fg_intern_count(f->signatures);
      uint32_t id = fg_intern_add(f->signatures, sig.data, sig.len);
      uint32_t *entity = id == FG_NO_ID ? NULL : fg_grow(f->entity, id + 1, &f->cap, sizeof *entity);
      ok = entity != NULL;
      if (ok) {
        f->entity = entity;
        if (fg_intern_count(f->signatures) > before)
          entity[id] = (uint32_t)kept; /* the first of its kind stays */
        else
          into = entity[id];
      }
    }
    if (into != FG_NONE) {
      FgLocalEntity *kept_e = &es->items[into];
      absorb(graph, kept_e, e->doc, e->at, e->weight, 1 + e->copies);
      if (e->first_source != FG_NONE && kept_e->first_source != FG_NONE) {
        es->sources[kept_e->last_source].next = e->first_source;
        kept_e->last_source = e->last_source;
      }
      fg_local_entity_clear(e);
      map[i - first] = into;
    } else {
      es->items[kept] = *e;
      map[i - first] = (uint32_t)kept++;
    }
  }
  es->count = kept;
  fg_buf_free(&sig);
  return ok;
}
