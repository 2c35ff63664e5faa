/* SPDX-License-Identifier: MIT */
#include "ontology.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "turtle.h"
#include "util/grow.h"
#include "util/intern.h"

#define RDF_NS "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define RDFS_NS "http://www.w3.org/2000/01/rdf-schema#"
#define OWL_NS "http://www.w3.org/2002/07/owl#"

enum { KIND_CLASS = 1u, KIND_PROPERTY = 2u, KIND_SYMMETRIC = 4u };

/* English labels beat untagged ones; other languages are ignored. */
enum { LABEL_NONE, LABEL_UNTAGGED, LABEL_ENGLISH };

typedef struct {
  uint32_t label; /* intern id, FG_NO_ID when none */
  uint8_t label_rank;
  uint8_t kinds;
} Term;

/* sub rdfs:subClassOf super, both given as intern ids of local names. */
typedef struct {
  uint32_t sub;
  uint32_t super;
} Edge;

typedef struct {
  Edge *items;
  size_t count;
  size_t cap;
} EdgeList;

struct FgOntology {
  FgIntern *strings; /* local names and labels */
  Term *terms;       /* indexed by the intern id of a local name */
  size_t term_cap;
  EdgeList direct;    /* stated subclass edges inside FG_NS */
  EdgeList ancestors; /* their transitive closure, sorted for bsearch */
  uint32_t version;   /* intern id of the owl:versionInfo, FG_NO_ID none */
};

static bool edge_push(EdgeList *list, uint32_t sub, uint32_t super) {
  Edge *items = fg_grow(list->items, list->count + 1, &list->cap, sizeof *items);
  if (!items)
    return false;
  list->items = items;
  list->items[list->count++] = (Edge){sub, super};
  return true;
}

/* Interns a local name and makes sure it has a Term slot. */
static uint32_t term_id(FgOntology *onto, const char *local) {
  uint32_t id = fg_intern_add_str(onto->strings, local);
  if (id == FG_NO_ID)
    return FG_NO_ID;
  size_t old_cap = onto->term_cap;
  Term *terms = fg_grow(onto->terms, (size_t)id + 1, &onto->term_cap, sizeof *terms);
  if (!terms)
    return FG_NO_ID;
  onto->terms = terms;
  for (size_t i = old_cap; i < onto->term_cap; i++)
    onto->terms[i] = (Term){FG_NO_ID, LABEL_NONE, 0};
  return id;
}

static FgStatus mark(FgOntology *onto, const char *local, unsigned kinds) {
  uint32_t id = term_id(onto, local);
  if (id == FG_NO_ID)
    return FG_ERR_NOMEM;
  onto->terms[id].kinds |= (uint8_t)kinds;
  return FG_OK;
}

/* What an rdf:type object says about a subject in FG_NS. */
static const struct {
  const char *iri;
  unsigned kinds;
} type_kinds[] = {
    {OWL_NS "Class", KIND_CLASS},
    {RDFS_NS "Class", KIND_CLASS},
    {RDF_NS "Property", KIND_PROPERTY},
    {OWL_NS "ObjectProperty", KIND_PROPERTY},
    {OWL_NS "DatatypeProperty", KIND_PROPERTY},
    {OWL_NS "AnnotationProperty", KIND_PROPERTY},
    {OWL_NS "SymmetricProperty", KIND_PROPERTY | KIND_SYMMETRIC},
    {OWL_NS "TransitiveProperty", KIND_PROPERTY},
    {OWL_NS "FunctionalProperty", KIND_PROPERTY},
    {OWL_NS "InverseFunctionalProperty", KIND_PROPERTY},
    {OWL_NS "AsymmetricProperty", KIND_PROPERTY},
    {OWL_NS "ReflexiveProperty", KIND_PROPERTY},
    {OWL_NS "IrreflexiveProperty", KIND_PROPERTY},
};

static FgStatus on_type(FgOntology *onto, const char *subject,
                        const FgRdfTerm *object) {
  if (object->kind != FG_RDF_IRI)
    return FG_OK;
  for (size_t i = 0; i < sizeof type_kinds / sizeof type_kinds[0]; i++)
    if (strcmp(object->value, type_kinds[i].iri) == 0)
      return mark(onto, subject, type_kinds[i].kinds);
  return FG_OK;
}

static uint8_t label_rank(const FgRdfTerm *object) {
  if (object->kind != FG_RDF_LITERAL)
    return LABEL_NONE;
  const char *lang = object->language;
  if (!lang)
    return LABEL_UNTAGGED;
  if ((lang[0] == 'e' || lang[0] == 'E') && (lang[1] == 'n' || lang[1] == 'N') &&
      (lang[2] == '\0' || lang[2] == '-'))
    return LABEL_ENGLISH;
  return LABEL_NONE;
}

static FgStatus on_label(FgOntology *onto, const char *subject,
                         const FgRdfTerm *object) {
  uint8_t rank = label_rank(object);
  if (rank == LABEL_NONE)
    return FG_OK;
  uint32_t id = term_id(onto, subject);
  if (id == FG_NO_ID)
    return FG_ERR_NOMEM;
  if (onto->terms[id].label_rank >= rank)
    return FG_OK; /* the first label of the best rank wins */
  uint32_t label = fg_intern_add(onto->strings, object->value, object->len);
  if (label == FG_NO_ID)
    return FG_ERR_NOMEM;
  onto->terms[id].label = label;
  onto->terms[id].label_rank = rank;
  return FG_OK;
}

/* Records sub rdfs:subClassOf super when both are in FG_NS; classes
 * outside the namespace (schema:, prov:) cannot be asked about. */
static FgStatus add_subclass(FgOntology *onto, const char *sub,
                             const char *super) {
  uint32_t sub_id = term_id(onto, sub);
  uint32_t super_id = sub_id == FG_NO_ID ? FG_NO_ID : term_id(onto, super);
  if (super_id == FG_NO_ID)
    return FG_ERR_NOMEM;
  onto->terms[sub_id].kinds |= KIND_CLASS;
  onto->terms[super_id].kinds |= KIND_CLASS;
  return edge_push(&onto->direct, sub_id, super_id) ? FG_OK : FG_ERR_NOMEM;
}

static FgStatus on_subclass(FgOntology *onto, const char *subject,
                            const FgRdfTerm *object) {
  const char *super = fg_rdf_local(object, FG_NS);
  if (!super)
    return mark(onto, subject, KIND_CLASS);
  return add_subclass(onto, subject, super);
}

static FgStatus on_equivalent_class(FgOntology *onto, const char *subject,
                                    const FgRdfTerm *object) {
  const char *other = fg_rdf_local(object, FG_NS);
  if (!other)
    return mark(onto, subject, KIND_CLASS);
  FgStatus status = add_subclass(onto, subject, other);
  return status != FG_OK ? status : add_subclass(onto, other, subject);
}

/* Property axioms: subject and (when in FG_NS) object are properties. */
static FgStatus on_property_axiom(FgOntology *onto, const char *subject,
                                  const FgRdfTerm *object) {
  FgStatus status = mark(onto, subject, KIND_PROPERTY);
  const char *other = fg_rdf_local(object, FG_NS);
  if (status != FG_OK || !other)
    return status;
  return mark(onto, other, KIND_PROPERTY);
}

typedef FgStatus (*Rule)(FgOntology *onto, const char *subject,
                         const FgRdfTerm *object);

static const struct {
  const char *predicate;
  Rule rule;
} rules[] = {
    {RDF_NS "type", on_type},
    {RDFS_NS "label", on_label},
    {RDFS_NS "subClassOf", on_subclass},
    {OWL_NS "equivalentClass", on_equivalent_class},
    {RDFS_NS "subPropertyOf", on_property_axiom},
    {OWL_NS "equivalentProperty", on_property_axiom},
    {OWL_NS "inverseOf", on_property_axiom},
};

/* The version is a property of the ontology, not of a term: its subject
 * is the ontology's own IRI, outside FG_NS. The first one counts. */
static FgStatus on_version(FgOntology *onto, const FgRdfTriple *triple) {
  if (onto->version != FG_NO_ID || triple->object.kind != FG_RDF_LITERAL)
    return FG_OK;
  onto->version = fg_intern_add(onto->strings, triple->object.value,
                                triple->object.len);
  return onto->version == FG_NO_ID ? FG_ERR_NOMEM : FG_OK;
}

static FgStatus on_triple(void *handle, const FgRdfTriple *triple) {
  FgOntology *onto = handle;
  if (triple->predicate.kind == FG_RDF_IRI &&
      strcmp(triple->predicate.value, FG_OWL_VERSION_INFO) == 0)
    return on_version(onto, triple);
  const char *subject = fg_rdf_local(&triple->subject, FG_NS);
  if (!subject || triple->predicate.kind != FG_RDF_IRI)
    return FG_OK;
  for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
    if (strcmp(triple->predicate.value, rules[i].predicate) == 0)
      return rules[i].rule(onto, subject, &triple->object);
  return FG_OK;
}

static int compare_edges(const void *a, const void *b) {
  const Edge *x = a;
  const Edge *y = b;
  if (x->sub != y->sub)
    return x->sub < y->sub ? -1 : 1;
  if (x->super != y->super)
    return x->super < y->super ? -1 : 1;
  return 0;
}

/* Adds every class reachable from start through direct edges as an
 * ancestor of start (never start itself, even on a cycle). seen and stack
 * hold one slot per term; each class is pushed at most once. */
static bool close_class(FgOntology *onto, uint32_t start, bool *seen,
                        uint32_t *stack) {
  size_t top = 0;
  memset(seen, 0, onto->term_cap * sizeof *seen);
  seen[start] = true;
  stack[top++] = start;
  while (top > 0) {
    uint32_t cls = stack[--top];
    for (size_t i = 0; i < onto->direct.count; i++) {
      const Edge *edge = &onto->direct.items[i];
      if (edge->sub != cls || seen[edge->super])
        continue;
      seen[edge->super] = true;
      stack[top++] = edge->super;
      if (!edge_push(&onto->ancestors, start, edge->super))
        return false;
    }
  }
  return true;
}

/* Precomputes the subclass closure so that is_a is one binary search. */
static FgStatus build_ancestors(FgOntology *onto) {
  bool *seen = calloc(onto->term_cap ? onto->term_cap : 1, sizeof *seen);
  uint32_t *stack = calloc(onto->term_cap ? onto->term_cap : 1, sizeof *stack);
  bool ok = seen && stack;
  for (uint32_t id = 0; ok && id < onto->term_cap; id++)
    if (onto->terms[id].kinds & KIND_CLASS)
      ok = close_class(onto, id, seen, stack);
  free(seen);
  free(stack);
  if (!ok)
    return FG_ERR_NOMEM;
  if (onto->ancestors.count > 0)
    qsort(onto->ancestors.items, onto->ancestors.count, sizeof(Edge),
          compare_edges);
  return FG_OK;
}

static size_t count_classes(const FgOntology *onto) {
  size_t count = 0;
  for (size_t id = 0; id < onto->term_cap; id++)
    if (onto->terms[id].kinds & KIND_CLASS)
      count++;
  return count;
}

FgStatus fg_ontology_load(const char *path, FgDiagFunc diag, void *handle,
                          FgOntology **out) {
  *out = NULL;
  FgOntology *onto = calloc(1, sizeof *onto);
  if (!onto)
    return FG_ERR_NOMEM;
  onto->strings = fg_intern_new();
  onto->version = FG_NO_ID;
  FgStatus status = FG_ERR_NOMEM;
  if (onto->strings)
    status = fg_turtle_read(path, on_triple, onto, diag, handle);
  if (status == FG_OK)
    status = build_ancestors(onto);
  if (status == FG_OK && count_classes(onto) == 0) {
    /* Most likely the wrong file, such as a gazetteer. */
    fg_rdf_report(diag, handle, FG_ERR_SYNTAX, FG_SEV_ERROR, path, 0,
                  "the ontology declares no class in " FG_NS);
    status = FG_ERR_SYNTAX;
  }
  if (status != FG_OK) {
    fg_ontology_free(onto);
    return status;
  }
  *out = onto;
  return FG_OK;
}

void fg_ontology_free(FgOntology *onto) {
  if (!onto)
    return;
  fg_intern_free(onto->strings);
  free(onto->terms);
  free(onto->direct.items);
  free(onto->ancestors.items);
  free(onto);
}

/* The term of a local name, NULL when the ontology never mentions it. */
static const Term *find_term(const FgOntology *onto, const char *local,
                             uint32_t *id_out) {
  if (!onto || !local)
    return NULL;
  uint32_t id = fg_intern_find(onto->strings, local, strlen(local));
  if (id == FG_NO_ID || id >= onto->term_cap)
    return NULL;
  if (id_out)
    *id_out = id;
  return &onto->terms[id];
}

bool fg_ontology_has_class(const FgOntology *onto, const char *local) {
  const Term *term = find_term(onto, local, NULL);
  return term && (term->kinds & KIND_CLASS);
}

bool fg_ontology_has_property(const FgOntology *onto, const char *local) {
  const Term *term = find_term(onto, local, NULL);
  return term && (term->kinds & KIND_PROPERTY);
}

const char *fg_ontology_label(const FgOntology *onto, const char *local) {
  const Term *term = find_term(onto, local, NULL);
  if (!term || term->label == FG_NO_ID)
    return NULL;
  return fg_intern_str(onto->strings, term->label);
}

bool fg_ontology_is_a(const FgOntology *onto, const char *cls,
                      const char *ancestor) {
  if (!cls || !ancestor)
    return false;
  if (strcmp(cls, ancestor) == 0)
    return true;
  Edge key;
  if (!find_term(onto, cls, &key.sub) || !find_term(onto, ancestor, &key.super))
    return false;
  if (onto->ancestors.count == 0)
    return false;
  return bsearch(&key, onto->ancestors.items, onto->ancestors.count,
                 sizeof(Edge), compare_edges) != NULL;
}

bool fg_ontology_is_symmetric(const FgOntology *onto, const char *property) {
  const Term *term = find_term(onto, property, NULL);
  return term && (term->kinds & KIND_SYMMETRIC);
}

const char *fg_ontology_version(const FgOntology *onto) {
  if (!onto || onto->version == FG_NO_ID)
    return NULL;
  return fg_intern_str(onto->strings, onto->version);
}
