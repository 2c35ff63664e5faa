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

/* Whether a was found before b by content: document id, source, digest,
 * then the piece. Not by arrival, so that the entity a copy folds into
 * is found where it is whatever order the documents (or parts) came in. */
static bool found_before(const FgGraph *graph, const FgLocalEntity *a,
                         const FgLocalEntity *b) {
  const FgDocument *da = fg_graph_document(graph, a->doc);
  const FgDocument *db = fg_graph_document(graph, b->doc);
  if (!da || !db || da == db)
    return da == db && a->at < b->at;
  int c = cmp_opt(da->id, db->id);
  if (!c)
    c = cmp_opt(da->source, db->source);
  if (!c)
    c = (da->digest > db->digest) - (da->digest < db->digest);
  return c ? c < 0 : a->at < b->at;
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
      if (graph && found_before(graph, e, &es->items[into])) {
        es->items[into].doc = e->doc;
        es->items[into].at = e->at;
      }
      es->items[into].weight += e->weight;
      es->items[into].copies += 1 + e->copies;
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
