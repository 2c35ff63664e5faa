/* SPDX-License-Identifier: MIT */
#include "gazetteer.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ontology.h"
#include "turtle.h"
#include "util/grow.h"
#include "util/intern.h"

#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define SKOS_NS "http://www.w3.org/2004/02/skos/core#"
#define OWL_SAME_AS "http://www.w3.org/2002/07/owl#sameAs"
#define GZ_NS "https://w3id.org/factgraph/gazetteer/"
#define WD_NS "http://www.wikidata.org/entity/"

typedef enum {
  FIELD_TYPE,
  FIELD_LABEL,
  FIELD_ALT,
  FIELD_DEMONYM,
  FIELD_METONYM,
  FIELD_ABBREVIATION,
  FIELD_WIKIDATA
} Field;

/* One useful triple of the file being loaded; strings are intern ids. */
typedef struct {
  Field field;
  uint32_t slug;
  uint32_t value;
  unsigned long line;
} Staged;

/* A list of strings interned in the gazetteer's table, so that equal
 * strings are equal pointers: its set finds one by pointer, and an entry
 * with 100,000 alt labels is not searched once per label. */
typedef struct {
  const char **items;
  size_t count;
  size_t cap;
  const char **set; /* open addressing, a power of two of slots, or NULL */
  size_t set_cap;
} StrList;

typedef struct {
  FgGazEntry pub; /* its arrays point into the lists below */
  uint32_t slug_id;
  StrList alts;
  StrList demonyms;
  StrList metonyms;
  StrList abbreviations;
  unsigned label_load; /* number of the load that set the label, 0 never */
  unsigned type_load;
  unsigned wikidata_load;
  unsigned long line; /* first line in the file that created the entry */
} Entry;

struct FgGazetteer {
  FgIntern *strings;
  Entry *entries;
  size_t count;
  size_t cap;
  uint32_t *index_of; /* intern id of a slug -> entry index + 1, 0 none */
  size_t index_cap;
  unsigned loads;
  const FgOntology *onto; /* checks the types when set */
  const char *version; /* of the first file loaded, NULL when none */
};

/* State of one fg_gazetteer_load call. */
typedef struct {
  FgGazetteer *gaz;
  const char *path;
  FgDiagFunc diag;
  void *handle;
  Staged *staged;
  size_t staged_count;
  size_t staged_cap;
  size_t first_new; /* entries from here on were created by this load */
  uint32_t version;  /* the file's first owl:versionInfo, FG_NO_ID none */
} Load;

static size_t home_of(const StrList *list, const char *str) {
  return (size_t)fg_hash(&str, sizeof str) & (list->set_cap - 1);
}

static size_t slot_of(const StrList *list, const char *str) {
  size_t mask = list->set_cap - 1;
  size_t i = home_of(list, str);
  while (list->set[i] && list->set[i] != str)
    i = (i + 1) & mask;
  return i;
}

static bool list_has(const StrList *list, const char *str) {
  return list->set && list->set[slot_of(list, str)] == str;
}

/* Makes the set anew for the items, with room for twice as many. */
static bool rebuild_set(StrList *list) {
  size_t cap = 16;
  while (cap < 2 * (list->count + 1))
    cap *= 2;
  const char **set = calloc(cap, sizeof *set);
  if (!set)
    return false;
  free((void *)list->set);
  list->set = set;
  list->set_cap = cap;
  for (size_t i = 0; i < list->count; i++)
    list->set[slot_of(list, list->items[i])] = list->items[i];
  return true;
}

/* Appends str (interned) unless the list already holds it. */
static bool list_add(StrList *list, const char *str) {
  if (list_has(list, str))
    return true;
  const char **items = fg_grow(list->items, list->count + 1, &list->cap, sizeof *items);
  if (!items)
    return false;
  list->items = items;
  list->items[list->count++] = str;
  if (2 * list->count > list->set_cap)
    return rebuild_set(list);
  list->set[slot_of(list, str)] = str;
  return true;
}

/* Empties slot i of the set, moving up the entries of the probe run after
 * it that would no longer be found (linear probing's deletion). */
static void set_delete(StrList *list, size_t i) {
  size_t mask = list->set_cap - 1;
  list->set[i] = NULL;
  for (size_t j = (i + 1) & mask; list->set[j]; j = (j + 1) & mask) {
    size_t k = home_of(list, list->set[j]);
    bool stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
    if (stays)
      continue;
    list->set[i] = list->set[j];
    list->set[j] = NULL;
    i = j;
  }
}

static void list_remove(StrList *list, const char *str) {
  if (!list_has(list, str))
    return;
  set_delete(list, slot_of(list, str));
  for (size_t i = 0; i < list->count; i++) {
    if (list->items[i] == str) {
      memmove(&list->items[i], &list->items[i + 1],
              (list->count - i - 1) * sizeof(const char *));
      list->count--;
      return;
    }
  }
}

static void list_release(StrList *list) {
  free((void *)list->items);
  free((void *)list->set);
}

static void entry_release(Entry *entry) {
  list_release(&entry->alts);
  list_release(&entry->demonyms);
  list_release(&entry->metonyms);
  list_release(&entry->abbreviations);
}

FgStatus fg_gazetteer_new(FgGazetteer **out) {
  *out = NULL;
  FgGazetteer *gaz = calloc(1, sizeof *gaz);
  if (!gaz)
    return FG_ERR_NOMEM;
  gaz->strings = fg_intern_new();
  if (!gaz->strings) {
    free(gaz);
    return FG_ERR_NOMEM;
  }
  *out = gaz;
  return FG_OK;
}

void fg_gazetteer_check_types(FgGazetteer *gaz, const FgOntology *onto) {
  gaz->onto = onto;
}

void fg_gazetteer_free(FgGazetteer *gaz) {
  if (!gaz)
    return;
  for (size_t i = 0; i < gaz->count; i++)
    entry_release(&gaz->entries[i]);
  free(gaz->entries);
  free(gaz->index_of);
  fg_intern_free(gaz->strings);
  free(gaz);
}

/* ---- Staging: parse the whole file before touching any entry ---------- */

/* The slug of a subject IRI: the part after GZ_NS, or after the last '/'
 * or '#' for gazetteers that use a namespace of their own. */
static const char *subject_slug(const FgRdfTerm *subject) {
  const char *slug = fg_rdf_local(subject, GZ_NS);
  if (slug || subject->kind != FG_RDF_IRI)
    return slug;
  const char *cut = strrchr(subject->value, '/');
  const char *hash = strrchr(subject->value, '#');
  if (hash && (!cut || hash > cut))
    cut = hash;
  return cut && cut[1] ? cut + 1 : NULL;
}

static bool is_english_or_untagged(const FgRdfTerm *literal) {
  const char *lang = literal->language;
  return !lang || ((lang[0] == 'e' || lang[0] == 'E') &&
                   (lang[1] == 'n' || lang[1] == 'N') &&
                   (lang[2] == '\0' || lang[2] == '-'));
}

/* "Q858" from wd:Q858, NULL for any other object. */
static const char *wikidata_id(const FgRdfTerm *object) {
  const char *id = fg_rdf_local(object, WD_NS);
  if (!id || id[0] != 'Q' || id[1] == '\0')
    return NULL;
  for (const char *c = id + 1; *c; c++)
    if (*c < '0' || *c > '9')
      return NULL;
  return id;
}

/* Predicates whose literal object is a name of the subject. */
static const struct {
  const char *predicate;
  Field field;
} name_fields[] = {
    {SKOS_NS "prefLabel", FIELD_LABEL},
    {SKOS_NS "altLabel", FIELD_ALT},
    {FG_NS "demonym", FIELD_DEMONYM},
    {FG_NS "metonym", FIELD_METONYM},
    {SKOS_NS "hiddenLabel", FIELD_ABBREVIATION},
};

static bool classify_name(const FgRdfTriple *triple, Field *field,
                          const char **value) {
  if (triple->object.kind != FG_RDF_LITERAL)
    return false;
  for (size_t i = 0; i < sizeof name_fields / sizeof name_fields[0]; i++) {
    if (strcmp(triple->predicate.value, name_fields[i].predicate) != 0)
      continue;
    *field = name_fields[i].field;
    /* A prefLabel in another language is still a name of the entry. */
    if (*field == FIELD_LABEL && !is_english_or_untagged(&triple->object))
      *field = FIELD_ALT;
    *value = triple->object.value;
    return true;
  }
  return false;
}

/* Classifies a triple: returns false when the gazetteer does not use it,
 * otherwise the field and the borrowed value string. */
static bool classify(const FgRdfTriple *triple, Field *field,
                     const char **value) {
  const char *pred = triple->predicate.value;
  if (strcmp(pred, RDF_TYPE) == 0) {
    *field = FIELD_TYPE;
    *value = fg_rdf_local(&triple->object, FG_NS);
  } else if (strcmp(pred, OWL_SAME_AS) == 0) {
    *field = FIELD_WIKIDATA;
    *value = wikidata_id(&triple->object);
  } else if (!classify_name(triple, field, value)) {
    return false;
  }
  return *value && **value;
}

static void report(const Load *load, FgSeverity severity, unsigned long line,
                   const char *message);

/* The file's version is kept apart: it belongs to no entry. */
static FgStatus stage_version(Load *load, const FgRdfTriple *triple) {
  if (load->version != FG_NO_ID || triple->object.kind != FG_RDF_LITERAL)
    return FG_OK;
  load->version = fg_intern_add(load->gaz->strings, triple->object.value,
                                triple->object.len);
  return load->version == FG_NO_ID ? FG_ERR_NOMEM : FG_OK;
}

static FgStatus stage_triple(void *handle, const FgRdfTriple *triple) {
  Load *load = handle;
  if (strcmp(triple->predicate.value, FG_OWL_VERSION_INFO) == 0)
    return stage_version(load, triple);
  Field field;
  const char *value;
  const char *slug = subject_slug(&triple->subject);
  if (!slug || !classify(triple, &field, &value))
    return FG_OK;
  if (field == FIELD_TYPE && load->gaz->onto &&
      !fg_ontology_has_class(load->gaz->onto, value)) {
    char message[256];
    snprintf(message, sizeof message,
             "type fg:%.120s of '%.80s' is not a class of the ontology", value,
             slug);
    report(load, FG_SEV_ERROR, triple->line, message);
    return FG_ERR_SYNTAX;
  }
  FgIntern *strings = load->gaz->strings;
  uint32_t slug_id = fg_intern_add_str(strings, slug);
  uint32_t value_id = fg_intern_add_str(strings, value);
  Staged *staged = slug_id == FG_NO_ID || value_id == FG_NO_ID
                       ? NULL
                       : fg_grow(load->staged, load->staged_count + 1, &load->staged_cap,
                                 sizeof *staged);
  if (!staged)
    return FG_ERR_NOMEM;
  load->staged = staged;
  load->staged[load->staged_count++] =
      (Staged){field, slug_id, value_id, triple->line};
  return FG_OK;
}

/* ---- Applying staged triples to entries -------------------------------- */

/* Returns the index of the entry for slug_id, creating it; SIZE_MAX when
 * out of memory. */
static size_t entry_for(FgGazetteer *gaz, uint32_t slug_id,
                        unsigned long line) {
  if (slug_id < gaz->index_cap && gaz->index_of[slug_id])
    return gaz->index_of[slug_id] - 1;
  size_t old_cap = gaz->index_cap;
  uint32_t *index_of = fg_grow(gaz->index_of, (size_t)slug_id + 1, &gaz->index_cap,
                               sizeof *index_of);
  if (!index_of)
    return SIZE_MAX;
  gaz->index_of = index_of;
  memset(gaz->index_of + old_cap, 0, (gaz->index_cap - old_cap) * sizeof *index_of);
  Entry *entries = gaz->count < UINT32_MAX - 1
                       ? fg_grow(gaz->entries, gaz->count + 1, &gaz->cap, sizeof *entries)
                       : NULL;
  if (!entries)
    return SIZE_MAX;
  gaz->entries = entries;
  Entry *entry = &gaz->entries[gaz->count];
  memset(entry, 0, sizeof *entry);
  entry->slug_id = slug_id;
  entry->pub.slug = fg_intern_str(gaz->strings, slug_id);
  entry->line = line;
  gaz->index_of[slug_id] = (uint32_t)(gaz->count + 1);
  return gaz->count++;
}

static bool add_alt(Entry *entry, const char *alt) {
  if (entry->pub.label && strcmp(entry->pub.label, alt) == 0)
    return true;
  return list_add(&entry->alts, alt);
}

/* The first prefLabel of a load becomes the label; an earlier file's label
 * and any further prefLabel of the same file become alt labels. */
static bool set_label(Entry *entry, const char *label, unsigned load) {
  if (entry->label_load == load)
    return add_alt(entry, label);
  const char *old = entry->pub.label;
  if (old && strcmp(old, label) != 0 && !list_add(&entry->alts, old))
    return false;
  entry->pub.label = label;
  entry->label_load = load;
  list_remove(&entry->alts, label);
  return true;
}

static void report(const Load *load, FgSeverity severity,
                   unsigned long line, const char *message) {
  fg_rdf_report(load->diag, load->handle, FG_ERR_SYNTAX, severity,
                load->path, line, message);
}

static void set_type(const Load *load, Entry *entry, const Staged *staged,
                     const char *type) {
  unsigned number = load->gaz->loads;
  if (entry->type_load == number) {
    if (strcmp(entry->pub.type, type) != 0) {
      char message[256];
      snprintf(message, sizeof message,
               "gazetteer entry '%s' has several types; keeping %s",
               entry->pub.slug, entry->pub.type);
      report(load, FG_SEV_WARNING, staged->line, message);
    }
    return;
  }
  entry->pub.type = type;
  entry->type_load = number;
}

static bool apply(const Load *load, const Staged *staged) {
  FgGazetteer *gaz = load->gaz;
  size_t index = entry_for(gaz, staged->slug, staged->line);
  if (index == SIZE_MAX)
    return false;
  Entry *entry = &gaz->entries[index];
  const char *value = fg_intern_str(gaz->strings, staged->value);
  switch (staged->field) {
  case FIELD_TYPE:
    set_type(load, entry, staged, value);
    return true;
  case FIELD_LABEL:
    return set_label(entry, value, gaz->loads);
  case FIELD_ALT:
    return add_alt(entry, value);
  case FIELD_DEMONYM:
    return list_add(&entry->demonyms, value);
  case FIELD_METONYM:
    return list_add(&entry->metonyms, value);
  case FIELD_ABBREVIATION:
    return list_add(&entry->abbreviations, value);
  case FIELD_WIKIDATA:
    if (entry->wikidata_load != gaz->loads)
      entry->pub.wikidata = value;
    entry->wikidata_load = gaz->loads;
    return true;
  }
  return true;
}

/* ---- Keeping the entry table valid ------------------------------------- */

/* Warns about and drops entries of this load without type or label.
 * Entries of earlier loads always have both. */
static void drop_incomplete(const Load *load) {
  FgGazetteer *gaz = load->gaz;
  size_t kept = load->first_new;
  for (size_t i = load->first_new; i < gaz->count; i++) {
    Entry *entry = &gaz->entries[i];
    const char *missing = !entry->pub.type    ? "type (a fg:<Class>)"
                          : !entry->pub.label ? "skos:prefLabel"
                                              : NULL;
    if (!missing) {
      gaz->entries[kept++] = *entry;
      continue;
    }
    char message[256];
    snprintf(message, sizeof message,
             "gazetteer entry '%s' has no %s; skipped", entry->pub.slug,
             missing);
    report(load, FG_SEV_WARNING, entry->line, message);
    entry_release(entry);
  }
  gaz->count = kept;
}

static int compare_entries(const void *a, const void *b) {
  const Entry *x = a;
  const Entry *y = b;
  return strcmp(x->pub.slug, y->pub.slug);
}

/* Sorts by slug, rebuilds the slug index and points every public view at
 * its lists again (they may have moved). */
static void finish_entries(FgGazetteer *gaz) {
  if (gaz->count > 0)
    qsort(gaz->entries, gaz->count, sizeof(Entry), compare_entries);
  if (gaz->index_cap > 0)
    memset(gaz->index_of, 0, gaz->index_cap * sizeof(uint32_t));
  for (size_t i = 0; i < gaz->count; i++) {
    Entry *entry = &gaz->entries[i];
    gaz->index_of[entry->slug_id] = (uint32_t)(i + 1);
    entry->pub.alt_labels = entry->alts.items;
    entry->pub.alt_count = entry->alts.count;
    entry->pub.demonyms = entry->demonyms.items;
    entry->pub.demonym_count = entry->demonyms.count;
    entry->pub.metonyms = entry->metonyms.items;
    entry->pub.metonym_count = entry->metonyms.count;
    entry->pub.abbreviations = entry->abbreviations.items;
    entry->pub.abbreviation_count = entry->abbreviations.count;
  }
}

static FgStatus apply_all(Load *load) {
  FgStatus status = FG_OK;
  for (size_t i = 0; i < load->staged_count && status == FG_OK; i++)
    if (!apply(load, &load->staged[i]))
      status = FG_ERR_NOMEM;
  drop_incomplete(load);
  finish_entries(load->gaz);
  if (status == FG_OK && load->staged_count == 0)
    report(load, FG_SEV_WARNING, 0, "no gazetteer entries in this file");
  return status;
}

FgStatus fg_gazetteer_load(FgGazetteer *gaz, const char *path,
                           FgDiagFunc diag, void *handle) {
  if (!gaz || !path)
    return FG_ERR_USAGE;
  Load load = {.gaz = gaz, .path = path, .diag = diag, .handle = handle,
               .version = FG_NO_ID};
  FgStatus status = fg_turtle_read(path, stage_triple, &load, diag, handle);
  if (status == FG_OK) {
    gaz->loads++;
    load.first_new = gaz->count;
    status = apply_all(&load);
  }
  if (status == FG_OK && gaz->loads == 1 && load.version != FG_NO_ID)
    gaz->version = fg_intern_str(gaz->strings, load.version);
  free(load.staged);
  return status;
}

size_t fg_gazetteer_count(const FgGazetteer *gaz) {
  return gaz ? gaz->count : 0;
}

const FgGazEntry *fg_gazetteer_entry(const FgGazetteer *gaz, size_t i) {
  if (!gaz || i >= gaz->count)
    return NULL;
  return &gaz->entries[i].pub;
}

const FgGazEntry *fg_gazetteer_find(const FgGazetteer *gaz, const char *slug) {
  if (!gaz || !slug)
    return NULL;
  uint32_t id = fg_intern_find(gaz->strings, slug, strlen(slug));
  if (id == FG_NO_ID || id >= gaz->index_cap || !gaz->index_of[id])
    return NULL;
  return &gaz->entries[gaz->index_of[id] - 1].pub;
}

/* "Mich." and "N.C." equal "mich" and "nc": periods dropped, ASCII case
 * folded. */
static bool same_abbreviation(const char *label, const char *folded) {
  for (; *label; label++) {
    if (*label == '.')
      continue;
    char c = *label >= 'A' && *label <= 'Z' ? (char)(*label - 'A' + 'a') : *label;
    if (c != *folded++)
      return false;
  }
  return *folded == '\0';
}

size_t fg_gazetteer_find_abbreviation(const FgGazetteer *gaz, const char *folded) {
  for (size_t i = 0; gaz && i < gaz->count; i++) {
    const FgGazEntry *e = &gaz->entries[i].pub;
    for (size_t k = 0; k < e->abbreviation_count; k++)
      if (same_abbreviation(e->abbreviations[k], folded))
        return i;
  }
  return SIZE_MAX;
}

const char *fg_gazetteer_version(const FgGazetteer *gaz) {
  return gaz ? gaz->version : NULL;
}
