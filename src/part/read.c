/* SPDX-License-Identifier: MIT */
/* Partial results, read: a part (part.h) checked whole, then added to a
 * run as reading its documents did. Documents are added, entities folded
 * into identical ones (fold.c), facts merged by claim with their omitted
 * counts summed, and sentences added to the run's evidence store one by
 * one, never the whole part in memory: as records of where they are in
 * the part's file (read back from there), or copied when the part is not
 * a file the store can keep open. A document the run has already
 * (same source and digest) is left out with a warning: every entity copy,
 * sentence, omitted count and CoNLL-U block the part has from it, each
 * recorded with its document, is passed over, so it counts once as a file
 * named twice. The CoNLL-U analysis, when the part carries it, is streamed
 * to the end of the run's, each document's block recorded as the run
 * records its own. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <xxhash.h>

#include "graph/graph_internal.h"
#include "lexicon/gazetteer.h"
#include "part/part.h"
#include "run_internal.h"
#include "util/buf.h"
#include "util/grow.h"

typedef struct {
  FILE *in;
  uint64_t left; /* bytes of the body not read yet */
  bool ok;
  uint64_t size; /* of the body */
} Reader;

static void get(Reader *r, void *data, size_t len) {
  if (!r->ok || len > r->left || fread(data, 1, len, r->in) != len) {
    r->ok = false;
    memset(data, 0, len);
    return;
  }
  r->left -= len;
}

static uint64_t get_u64(Reader *r) {
  unsigned char b[8];
  get(r, b, 8);
  uint64_t v = 0;
  for (int i = 7; i >= 0; i--)
    v = v << 8 | b[i];
  return v;
}

static uint32_t get_u32(Reader *r) {
  unsigned char b[4];
  get(r, b, 4);
  return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
}

static unsigned get_u8(Reader *r) {
  unsigned char b = 0;
  get(r, &b, 1);
  return b;
}

static double get_double(Reader *r) {
  uint64_t bits = get_u64(r);
  double d;
  memcpy(&d, &bits, sizeof d);
  return d;
}

/* A string in buf (reused; NULL for none). A string cannot be longer than
 * what is left of the body, so a corrupt length allocates nothing big. */
static const char *get_str(Reader *r, FgBuf *buf) {
  uint32_t len = get_u32(r);
  if (!r->ok || len == FG_PART_NO_STRING)
    return NULL;
  if (len > r->left) {
    r->ok = false;
    return NULL;
  }
  fg_buf_clear(buf);
  for (uint32_t done = 0; r->ok && done < len;) {
    char chunk[4096];
    uint32_t n = len - done < sizeof chunk ? len - done : (uint32_t)sizeof chunk;
    get(r, chunk, n);
    r->ok = r->ok && fg_buf_append(buf, chunk, n);
    done += n;
  }
  return r->ok ? fg_buf_cstr(buf) : NULL;
}

/* A string left where it is in the file: its offset and length; false
 * for none, or when it does not hold (r->ok false then). */
static bool skip_str(Reader *r, uint64_t *at, uint32_t *len) {
  *len = get_u32(r);
  if (!r->ok || *len == FG_PART_NO_STRING)
    return false;
  *at = FG_PART_HEADER_SIZE + r->size - r->left;
  if (*len > r->left || fseek(r->in, (long)*len, SEEK_CUR) != 0) {
    r->ok = false;
    return false;
  }
  r->left -= *len;
  return true;
}

/* The whole file checked before anything is taken from it: the end
 * marker, the size and the checksum; *analysis tells whether it carries
 * the CoNLL-U analysis. Leaves in at the body's start with r->left its
 * size. NULL, or what is wrong. */
static const char *check_file(FILE *in, Reader *r, bool *analysis) {
  char head[FG_PART_HEADER_SIZE], tail[FG_PART_TRAILER_SIZE];
  if (fseek(in, 0, SEEK_END) != 0)
    return "cannot seek in it (a part is read twice: give a file, not a pipe)";
  long size = ftell(in);
  if (size < 0 || fseek(in, 0, SEEK_SET) != 0)
    return "cannot seek in it (a part is read twice: give a file, not a pipe)";
  if ((uint64_t)size < sizeof fg_part_magic || fread(head, 1, sizeof fg_part_magic, in) != sizeof fg_part_magic ||
      memcmp(head, fg_part_magic, sizeof fg_part_magic) != 0)
    return "not a factgraph part (no magic number)";
  if ((uint64_t)size < FG_PART_HEADER_SIZE + FG_PART_TRAILER_SIZE)
    return "truncated";
  Reader h = {in, 4, true, 4};
  uint32_t version = get_u32(&h);
  if (version != FG_PART_FORMAT_VERSION)
    return "made with another version of the part format";
  if (fseek(in, size - (long)FG_PART_TRAILER_SIZE, SEEK_SET) != 0 ||
      fread(tail, 1, sizeof tail, in) != sizeof tail)
    return "cannot read its end";
  if (memcmp(tail + 16, fg_part_end_magic, sizeof fg_part_end_magic) != 0)
    return "truncated (no end marker)";
  uint64_t body = 0, sum = 0;
  for (int i = 7; i >= 0; i--) {
    body = body << 8 | (unsigned char)tail[i];
    sum = sum << 8 | (unsigned char)tail[8 + i];
  }
  if (body != (uint64_t)size - FG_PART_HEADER_SIZE - FG_PART_TRAILER_SIZE)
    return "truncated or padded (its size is not the one recorded)";
  XXH3_state_t *hash = XXH3_createState();
  if (!hash || fseek(in, 0, SEEK_SET) != 0) {
    XXH3_freeState(hash);
    return "cannot read it";
  }
  XXH3_64bits_reset(hash);
  uint64_t left = (uint64_t)size - 16; /* up to the checksum */
  char chunk[1 << 16];
  while (left > 0) {
    size_t n = left < sizeof chunk ? (size_t)left : sizeof chunk;
    if (fread(chunk, 1, n, in) != n)
      break;
    XXH3_64bits_update(hash, chunk, n);
    left -= n;
  }
  uint64_t got = XXH3_64bits_digest(hash);
  XXH3_freeState(hash);
  if (left > 0)
    return "cannot read it";
  if (got != sum)
    return "corrupted (checksum mismatch)";
  /* the body's last byte: whether the part carries the analysis */
  int carried = body > 0 && fseeko(in, (off_t)(FG_PART_HEADER_SIZE + body - 1), SEEK_SET) == 0
                    ? fgetc(in)
                    : EOF;
  if (carried != 0 && carried != 1)
    return "its content does not hold together";
  *analysis = carried == 1;
  if (fseek(in, FG_PART_HEADER_SIZE, SEEK_SET) != 0)
    return "cannot read it";
  *r = (Reader){in, body, true, body};
  return NULL;
}

/* What a part holds that adding it needs at once; the rest streams. */
typedef struct {
  FgRun *run;
  const char *name;
  Reader r;
  FgBuf a, b;         /* string buffers */
  FgDocument *docs;   /* the part's documents, strings owned */
  size_t doc_count;
  uint32_t *doc_map;  /* part document -> run document, FG_NONE: left out */
  uint32_t *map;      /* part entity -> run entity, FG_NONE: left out */
  uint32_t file;      /* the part's file in the evidence store, 0: none */
  size_t entity_count;
  bool analysis;      /* the part carries the CoNLL-U analysis */
  bool copy_failed;   /* the run's CoNLL-U file could not take it */
  const char *problem; /* what is wrong, for the error */
} Loader;

static char *dup_opt(const char *s, bool *ok) {
  char *d = s ? strdup(s) : NULL;
  *ok = *ok && (!s || d);
  return d;
}

static void free_docs(Loader *l) {
  for (size_t i = 0; i < l->doc_count; i++) {
    FgDocument *d = &l->docs[i];
    char *fields[] = {(char *)(uintptr_t)d->id,       (char *)(uintptr_t)d->source,
                      (char *)(uintptr_t)d->headline, (char *)(uintptr_t)d->date,
                      (char *)(uintptr_t)d->author,   (char *)(uintptr_t)d->publisher,
                      (char *)(uintptr_t)d->dateline_place, (char *)(uintptr_t)d->url};
    for (size_t k = 0; k < sizeof fields / sizeof *fields; k++)
      free(fields[k]);
  }
  free(l->docs);
  l->docs = NULL;
}

/* Compares a version the part states with the run's. */
static bool same_version(Loader *l, const char *mine, const char *what) {
  const char *theirs = get_str(&l->r, &l->a);
  if (!l->r.ok)
    return false;
  if ((!mine && !theirs) || (mine && theirs && strcmp(mine, theirs) == 0))
    return true;
  l->problem = what;
  return false;
}

static bool check_versions(Loader *l) {
  const FgRun *run = l->run;
  if (!same_version(l, fg_run_version(run, FG_KNOWLEDGE_ONTOLOGY),
                    "made with another ontology version") ||
      !same_version(l, fg_run_version(run, FG_KNOWLEDGE_GAZETTEER),
                    "made with another gazetteer version") ||
      !same_version(l, fg_run_version(run, FG_KNOWLEDGE_LEXICON),
                    "made with another lexicon version"))
    return false;
  uint32_t models = get_u32(&l->r);
  if (l->r.ok && models != fg_run_model_count(run)) {
    l->problem = "made with other models";
    return false;
  }
  for (size_t i = 0; l->r.ok && i < models; i++)
    if (!same_version(l, fg_run_model_name(run, i), "made with other models"))
      return false;
  uint32_t entries = get_u32(&l->r);
  if (l->r.ok && entries != fg_gazetteer_count(run->gaz)) {
    l->problem = "made with other gazetteers (--gazetteer)";
    return false;
  }
  return l->r.ok;
}

static bool read_documents(Loader *l) {
  uint32_t n = get_u32(&l->r);
  if (!l->r.ok || n > l->r.left / 30) /* a document takes at least 30 bytes */
    return false;
  l->docs = calloc(n ? n : 1, sizeof *l->docs);
  if (!l->docs)
    return false;
  bool ok = true;
  for (uint32_t i = 0; ok && l->r.ok && i < n; i++) {
    FgDocument *d = &l->docs[l->doc_count++];
    const char **fields[] = {&d->id,     &d->source,    &d->headline,       &d->date,
                             &d->author, &d->publisher, &d->dateline_place, &d->url};
    for (size_t k = 0; k < sizeof fields / sizeof *fields; k++)
      *fields[k] = dup_opt(get_str(&l->r, &l->a), &ok);
    d->length = (size_t)get_u64(&l->r);
    d->digest = get_u64(&l->r);
    ok = ok && (d->id || !l->r.ok);
  }
  return ok && l->r.ok;
}

/* A document's identity across parts: its source and its text's digest. */
static bool doc_key(FgBuf *key, const FgDocument *d) {
  fg_buf_clear(key);
  const char *source = d->source ? d->source : d->id;
  return fg_buf_append(key, source, strlen(source) + 1) &&
         fg_buf_append(key, (const char *)&d->digest, sizeof d->digest);
}

static const char *doc_name(const FgDocument *d) { return d->source ? d->source : d->id; }

/* Keys the run's documents not keyed yet, once each as parts come,
 * counting the documents of each key. */
static bool key_run_documents(Loader *l) {
  FgRun *run = l->run;
  if (!run->doc_keys && !(run->doc_keys = fg_intern_new()))
    return false;
  size_t n = fg_graph_document_count(run->graph);
  for (; run->docs_keyed < n; run->docs_keyed++) {
    if (!doc_key(&l->b, fg_graph_document(run->graph, run->docs_keyed)))
      return false;
    size_t before = fg_intern_count(run->doc_keys);
    uint32_t id = fg_intern_add(run->doc_keys, l->b.data, l->b.len);
    if (id == FG_NO_ID)
      return false;
    if (fg_intern_count(run->doc_keys) > before) {
      void *grown = fg_grow(run->key_docs, (size_t)id + 1, &run->key_docs_cap,
                            sizeof *run->key_docs);
      if (!grown)
        return false;
      run->key_docs = grown;
      run->key_docs[id].first = (uint32_t)run->docs_keyed;
      run->key_docs[id].count = 0;
    }
    run->key_docs[id].count++;
  }
  return true;
}

static bool same_str(const char *a, const char *b) {
  return a && b ? strcmp(a, b) == 0 : a == b;
}

/* Whether two documents with one key agree in everything the run keeps. */
static bool same_document(const FgDocument *a, const FgDocument *b) {
  return same_str(a->id, b->id) && same_str(a->source, b->source) &&
         same_str(a->headline, b->headline) && same_str(a->date, b->date) &&
         same_str(a->author, b->author) && same_str(a->publisher, b->publisher) &&
         same_str(a->dateline_place, b->dateline_place) && same_str(a->url, b->url) &&
         a->length == b->length && a->digest == b->digest;
}

/* Which of the part's documents the run has already (same source and
 * digest): doc_map holds FG_NONE for those, 0 for the others, and *known
 * counts them. Copies of one key are matched one to one (a run given one
 * text twice under one name through the library has two), so the part's
 * n-th copy is known when the run has n. A document the run has with
 * other metadata is an error (neither copy could be chosen by the order of
 * the parts). */
static FgStatus find_known(Loader *l, size_t *known) {
  FgRun *run = l->run;
  FgIntern *seen = fg_intern_new(); /* the part's keys so far */
  uint32_t *copies = calloc(l->doc_count + 1, sizeof *copies); /* by key of seen */
  FgStatus st = seen && copies && key_run_documents(l) &&
                        (l->doc_map = calloc(l->doc_count + 1, sizeof *l->doc_map))
                    ? FG_OK
                    : FG_ERR_NOMEM;
  *known = 0;
  for (size_t i = 0; st == FG_OK && i < l->doc_count; i++) {
    uint32_t nth = FG_NO_ID; /* the part's key id */
    if (!doc_key(&l->b, &l->docs[i]) ||
        (nth = fg_intern_add(seen, l->b.data, l->b.len)) == FG_NO_ID) {
      st = FG_ERR_NOMEM;
      break;
    }
    uint32_t id = fg_intern_find(run->doc_keys, l->b.data, l->b.len);
    if (id == FG_NO_ID || copies[nth]++ >= run->key_docs[id].count)
      continue;
    if (!same_document(fg_graph_document(run->graph, run->key_docs[id].first),
                       &l->docs[i])) {
      fg_part_report(run, FG_ERR_INPUT, FG_SEV_ERROR, l->name,
                     "bad part: a document read already (same source and digest) comes "
                     "with other metadata: ",
                     doc_name(&l->docs[i]));
      st = FG_ERR_INPUT;
      break;
    }
    l->doc_map[i] = FG_NONE;
    ++*known;
  }
  fg_intern_free(seen);
  free(copies);
  return st;
}

/* Names each document read already: counted once, as a file named twice. */
static void warn_known(Loader *l) {
  for (size_t i = 0; i < l->doc_count; i++)
    if (l->doc_map[i] == FG_NONE)
      fg_part_report(l->run, FG_OK, FG_SEV_WARNING, l->name,
                     "already read (same source and digest), counted once: ",
                     doc_name(&l->docs[i]));
}

/* The documents the run does not have, added. */
static bool add_documents(Loader *l) {
  for (size_t i = 0; i < l->doc_count; i++)
    if (l->doc_map[i] != FG_NONE &&
        (l->doc_map[i] = fg_graph_add_document(l->run->graph, &l->docs[i])) == FG_NONE)
      return false;
  return true;
}

/* The entity's gazetteer entry: the part's index, checked by its slug. */
static bool read_gaz(Loader *l, int32_t *gaz) {
  const char *slug = get_str(&l->r, &l->a);
  uint32_t index = get_u32(&l->r);
  *gaz = -1;
  if (!l->r.ok || (!slug && index == FG_PART_NO_STRING))
    return l->r.ok;
  const FgGazEntry *e = slug && index < fg_gazetteer_count(l->run->gaz)
                            ? fg_gazetteer_entry(l->run->gaz, index)
                            : NULL;
  if (!e || strcmp(e->slug, slug) != 0) {
    l->problem = "made with other gazetteers (an entry differs)";
    return false;
  }
  *gaz = (int32_t)index;
  return true;
}

static const char *keep_type(Loader *l, const char *type) {
  FgRun *run = l->run;
  if (!type || (!run->part_types && !(run->part_types = fg_intern_new())))
    return NULL;
  uint32_t id = fg_intern_add_str(run->part_types, type);
  return id == FG_NO_ID ? NULL : fg_intern_str(run->part_types, id);
}

/* One entity appended to the run's with the sources of its copies in
 * documents kept; none when every copy is in documents left out
 * (l->map[index] is FG_NONE then, else the run's index before folding).
 * False when it does not hold. */
static bool read_entity(Loader *l, uint32_t index) {
  FgLocalEntities *es = &l->run->entities;
  char *key = dup_opt(get_str(&l->r, &l->a), &l->r.ok);
  char *label = dup_opt(get_str(&l->r, &l->a), &l->r.ok);
  const char *type = keep_type(l, get_str(&l->r, &l->a));
  char *skeleton = dup_opt(get_str(&l->r, &l->a), &l->r.ok);
  char *acronym = dup_opt(get_str(&l->r, &l->a), &l->r.ok);
  const char *forms = get_str(&l->r, &l->b);
  int32_t gaz = -1;
  bool ok = l->r.ok && key && label && type && forms && read_gaz(l, &gaz);
  unsigned kind = get_u32(&l->r);
  unsigned flags = get_u8(&l->r);
  uint32_t n = get_u32(&l->r);
  ok = ok && l->r.ok && n > 0 && n <= l->r.left / 12; /* a source takes 12 bytes */
  uint32_t i = FG_NONE;
  for (uint32_t k = 0; ok && k < n; k++) {
    uint32_t doc = get_u32(&l->r), at = get_u32(&l->r), weight = get_u32(&l->r);
    ok = l->r.ok && doc < l->doc_count;
    uint32_t d = ok ? l->doc_map[doc] : FG_NONE;
    if (d == FG_NONE)
      continue;
    if (i == FG_NONE) {
      i = fg_local_entity_new(es, d, key, label, type, kind, gaz);
      if (i == FG_NONE || !fg_buf_append_str(&es->items[i].forms, forms)) {
        ok = false;
        break;
      }
      FgLocalEntity *e = &es->items[i];
      e->skeleton = skeleton;
      e->acronym = acronym;
      e->surname_only = flags & 1;
      e->has_role = (flags >> 1) & 1;
      skeleton = acronym = NULL;
    }
    ok = fg_local_entity_add_source(es, i, d, at, weight, l->run->graph);
  }
  free(key);
  free(label);
  free(skeleton);
  free(acronym);
  l->map[index] = i;
  return ok;
}

/* The part's entities, folded into the run's as a document's are. */
static bool read_entities(Loader *l) {
  uint32_t n = get_u32(&l->r);
  if (!l->r.ok || n > l->r.left / 40) /* an entity takes at least 40 bytes */
    return false;
  size_t first = l->run->entities.count;
  l->entity_count = n;
  l->map = calloc(n + 1, sizeof *l->map);
  if (!l->map)
    return false;
  for (uint32_t i = 0; i < n; i++)
    if (!read_entity(l, i))
      return false;
  uint32_t *folded = calloc(l->run->entities.count - first + 1, sizeof *folded);
  bool ok = folded && fg_local_entities_fold(&l->run->entities, first, l->run->folder,
                                             l->run->graph, folded);
  for (uint32_t i = 0; ok && i < n; i++)
    if (l->map[i] != FG_NONE)
      l->map[i] = folded[l->map[i] - first];
  free(folded);
  return ok;
}

/* An entity of the part, checked (FG_NONE only where optional). */
static bool entity_in_part(const Loader *l, uint32_t entity, bool optional) {
  return entity == FG_NONE ? optional : entity < l->entity_count;
}

/* The run's entity for one of the part (FG_NONE stays); false when every
 * copy of it is in documents left out. */
static bool map_entity(Loader *l, uint32_t *entity) {
  if (*entity == FG_NONE)
    return true;
  *entity = l->map[*entity];
  if (*entity != FG_NONE)
    return true;
  l->problem = "a fact of a document kept names an entity of documents left out only";
  return false;
}

/* A claim, its entities the part's (checked). */
static bool read_claim(Loader *l, FgFactInput *c) {
  FgRun *run = l->run;
  bool ok = true;
  memset(c, 0, sizeof *c);
  c->subject = get_u32(&l->r);
  c->predicate = fg_run_keep_str(run, get_str(&l->r, &l->a), &ok);
  c->object = get_u32(&l->r);
  c->literal = fg_run_keep_str(run, get_str(&l->r, &l->a), &ok);
  c->role = fg_run_keep_str(run, get_str(&l->r, &l->a), &ok);
  c->time = fg_run_keep_str(run, get_str(&l->r, &l->a), &ok);
  c->attributed_to = get_u32(&l->r);
  c->attributed_label = fg_run_keep_str(run, get_str(&l->r, &l->a), &ok);
  unsigned modality = get_u8(&l->r), flags = get_u8(&l->r);
  c->modality = (FgModality)modality;
  c->former = flags & 1;
  c->negated = (flags >> 1) & 1;
  c->object_assumed = (flags >> 2) & 1;
  return ok && l->r.ok && c->predicate && modality <= FG_MODALITY_FUTURE &&
         entity_in_part(l, c->subject, false) && entity_in_part(l, c->object, true) &&
         entity_in_part(l, c->attributed_to, true);
}

/* The run's stored fact for the claim, made when a document kept first
 * supports it (a claim of documents left out only is not made). */
static StoredFact *kept_fact(Loader *l, const FgFactInput *claim, StoredFact **f) {
  if (*f)
    return *f;
  FgFactInput c = *claim;
  if (map_entity(l, &c.subject) && map_entity(l, &c.object) &&
      map_entity(l, &c.attributed_to))
    *f = fg_run_stored_fact(l->run, &c);
  return *f;
}

/* The run's document for one of the part; FG_NONE when left out, *ok
 * false when there is no such document. */
static uint32_t map_doc(Loader *l, uint32_t doc, bool *ok) {
  *ok = *ok && l->r.ok && doc < l->doc_count;
  return *ok ? l->doc_map[doc] : FG_NONE;
}

/* The fact's sentences, one at a time into the run's evidence store, then
 * its omitted counts; those of documents left out are passed over. */
static bool read_fact(Loader *l) {
  FgFactInput c;
  if (!read_claim(l, &c))
    return false;
  StoredFact *f = NULL;
  bool ok = true;
  for (unsigned more; ok && (more = get_u8(&l->r)) != 0;) {
    FgEvidence ev;
    ev.document = get_u32(&l->r);
    ev.begin = get_u32(&l->r);
    ev.end = get_u32(&l->r);
    uint64_t text = 0;
    uint32_t len = 0;
    ev.sentence = NULL;
    bool has_sentence = l->file ? skip_str(&l->r, &text, &len)
                                : (ev.sentence = get_str(&l->r, &l->a)) != NULL;
    ev.rule = get_str(&l->r, &l->b);
    ev.confidence = get_double(&l->r);
    ok = more == 1 && has_sentence && ev.rule;
    ev.document = map_doc(l, ev.document, &ok);
    if (ok && ev.document != FG_NONE)
      ok = kept_fact(l, &c, &f) &&
           (l->file ? fg_graph_add_evidence_at(l->run->graph, &f->chain, &ev, l->file, text,
                                               len)
                    : fg_graph_add_evidence(l->run->graph, &f->chain, &ev)) == FG_OK;
  }
  uint32_t n = get_u32(&l->r);
  ok = ok && l->r.ok && n <= l->r.left / 12; /* an omitted count takes 12 bytes */
  for (uint32_t i = 0; ok && i < n; i++) {
    uint32_t doc = get_u32(&l->r);
    uint64_t count = get_u64(&l->r);
    doc = map_doc(l, doc, &ok);
    if (ok && doc != FG_NONE)
      ok = kept_fact(l, &c, &f) && fg_run_omit(l->run, f, doc, count);
  }
  return ok && l->r.ok;
}

static bool read_facts(Loader *l) {
  uint32_t n = get_u32(&l->r);
  for (uint32_t i = 0; l->r.ok && i < n; i++)
    if (!read_fact(l))
      return false;
  return l->r.ok;
}

/* Copies (or skips, when the run keeps none or doc is FG_NONE: a
 * document left out) one document's block of len bytes to the end of the
 * run's analysis, a chunk at a time, recording it as document doc's. A
 * block that is not empty begins with a sentence's id line and ends with
 * the blank line after its last sentence. */
static bool copy_block(Loader *l, uint32_t doc, uint64_t len) {
  static const char first[] = "# sent_id = ";
  FILE *out = doc != FG_NONE ? l->run->conllu : NULL;
  off_t begin = 0;
  if (out)
    begin = fseeko(out, 0, SEEK_END) == 0 ? ftello(out) : -1;
  if (begin < 0) {
    l->run->conllu_failed = l->copy_failed = true;
    return false;
  }
  char chunk[1 << 16], tail[2] = {0, 0};
  bool head_ok = len == 0;
  for (uint64_t done = 0; l->r.ok && done < len;) {
    size_t n = len - done < sizeof chunk ? (size_t)(len - done) : sizeof chunk;
    get(&l->r, chunk, n);
    if (done == 0)
      head_ok =
          n >= sizeof first - 1 && memcmp(chunk, first, sizeof first - 1) == 0;
    tail[0] = n >= 2 ? chunk[n - 2] : tail[1];
    tail[1] = chunk[n - 1];
    if (l->r.ok && out && fwrite(chunk, 1, n, out) != n) {
      l->run->conllu_failed = l->copy_failed = true;
      return false;
    }
    done += n;
  }
  if (!head_ok || (len > 0 && (tail[0] != '\n' || tail[1] != '\n'))) {
    l->problem = "its CoNLL-U analysis does not hold together";
    return false;
  }
  if (out && !fg_run_conllu_block(l->run, doc, (uint64_t)begin,
                                  (uint64_t)begin + len)) {
    l->run->conllu_failed = l->copy_failed = true;
    return false;
  }
  return l->r.ok;
}

/* The analysis section: each document's block length, then the blocks,
 * when carried; then the byte check_file looked at, where the body ends. */
static bool read_analysis(Loader *l) {
  if (l->analysis) {
    uint64_t *lens = calloc(l->doc_count ? l->doc_count : 1, sizeof *lens);
    if (!lens)
      return false;
    uint64_t total = 0;
    for (size_t i = 0; l->r.ok && i < l->doc_count; i++) {
      lens[i] = get_u64(&l->r);
      /* the blocks and the last byte must fit in what is left */
      l->r.ok = l->r.ok && total <= l->r.left && lens[i] < l->r.left - total;
      total += lens[i];
    }
    for (size_t i = 0; l->r.ok && i < l->doc_count; i++)
      if (!copy_block(l, l->doc_map[i], lens[i]))
        l->r.ok = false;
    free(lens);
  }
  return get_u8(&l->r) == (unsigned)l->analysis && l->r.ok && l->r.left == 0;
}

static FgStatus load(Loader *l) {
  const char *bad = check_file(l->r.in, &l->r, &l->analysis);
  if (bad) {
    fg_part_report(l->run, FG_ERR_INPUT, FG_SEV_ERROR, l->name, "bad part: ", bad);
    return FG_ERR_INPUT;
  }
  if (!check_versions(l) || !read_documents(l)) {
    fg_part_report(l->run, FG_ERR_INPUT, FG_SEV_ERROR, l->name, "bad part: ",
           l->problem ? l->problem : "its header does not hold together");
    return FG_ERR_INPUT;
  }
  if (l->run->conllu && !l->analysis) {
    fg_part_report(l->run, FG_ERR_USAGE, FG_SEV_ERROR, l->name,
                   "carries no CoNLL-U analysis, which this run writes (make the part "
                   "with --partial and --with-conllu, FgConfig.conllu)",
                   NULL);
    return FG_ERR_USAGE;
  }
  size_t known = 0;
  FgStatus st = find_known(l, &known);
  if (st != FG_OK)
    return st;
  warn_known(l);
  if (known > 0 && known == l->doc_count)
    return FG_NOTHING; /* nothing new: the rest is not read */
  /* a part in a file keeps its sentences: the store reads them there */
  int fd = fileno(l->r.in);
  l->file = fd >= 0 ? fg_graph_attach_evidence_file(l->run->graph, fd, l->name) : 0;
  if (!add_documents(l) || !read_entities(l) || !read_facts(l) || !read_analysis(l)) {
    if (l->copy_failed) {
      fg_part_report(l->run, FG_ERR_IO, FG_SEV_ERROR, l->name,
                     "cannot copy its CoNLL-U analysis to a temporary file: ",
                     strerror(errno ? errno : EIO));
      return FG_ERR_IO;
    }
    fg_part_report(l->run, FG_ERR_INPUT, FG_SEV_ERROR, l->name, "bad part: ",
           l->problem ? l->problem : "its content does not hold together; the run is spoilt");
    return FG_ERR_INPUT;
  }
  return FG_OK;
}

FgStatus fg_run_add_part_stream(FgRun *run, FILE *in, const char *name) {
  if (run->finished)
    return FG_ERR_USAGE;
  Loader l;
  memset(&l, 0, sizeof l);
  l.run = run;
  l.name = name;
  l.r.in = in;
  fg_buf_init(&l.a);
  fg_buf_init(&l.b);
  FgStatus st = load(&l);
  free_docs(&l);
  free(l.doc_map);
  free(l.map);
  fg_buf_free(&l.a);
  fg_buf_free(&l.b);
  return st;
}

FgStatus fg_run_add_part(FgRun *run, const char *path) {
  if (strcmp(path, "-") == 0) /* a file behind it can be read twice, a pipe not */
    return fg_run_add_part_stream(run, stdin, "stdin");
  struct stat st_buf;
  if (stat(path, &st_buf) == 0 && S_ISDIR(st_buf.st_mode)) {
    fg_part_report(run, FG_ERR_IO, FG_SEV_ERROR, path, "is a directory, not a part", NULL);
    return FG_ERR_IO;
  }
  FILE *in = fopen(path, "rb");
  if (!in) {
    fg_part_report(run, FG_ERR_IO, FG_SEV_ERROR, path, "cannot open it: ", strerror(errno));
    return FG_ERR_IO;
  }
  FgStatus st = fg_run_add_part_stream(run, in, path);
  fclose(in);
  return st;
}
