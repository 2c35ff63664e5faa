/* SPDX-License-Identifier: MIT */
/* The fact graph: documents, entities and facts with their provenance.
 *
 * A graph is built by adding documents, entities and one fact per
 * supporting sentence, then frozen with fg_graph_finish(), which merges
 * duplicate facts, aggregates their evidence and sorts everything so that
 * the same input gives byte-identical output in any input order. The read
 * accessors are valid only after fg_graph_finish().
 *
 * Sentences are kept out of memory: past a few hundred kilobytes they go
 * to an unlinked temporary file in $TMPDIR (else /tmp), and a fact's
 * evidence is read back on demand with fg_graph_fact_evidence(). */
#ifndef FACTGRAPH_GRAPH_H
#define FACTGRAPH_GRAPH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "api.h"
#include "status.h"

/* "No entity" for optional entity indexes. */
#define FG_NONE UINT32_MAX

typedef struct FgGraph FgGraph;

typedef enum {
  FG_MODALITY_ASSERTED = 0,
  FG_MODALITY_HEDGED,  /* appears, may, likely, analysts say */
  FG_MODALITY_FUTURE   /* would, will, plans to */
} FgModality;

/* A source document. Every string is NULL when the text does not state it. */
typedef struct {
  const char *id;        /* file name without directory: "a.txt", or the
                            source when another document has that id too,
                            or "ID~N" when that one has the source too
                            (fg_graph_unique_document_ids); never NULL */
  const char *source;    /* where it was read: the path as given
                            ("in/a.txt"), plus ":LINE" for a JSON Lines
                            record (so a file named "f.jsonl:2" shares it
                            with line 2 of "f.jsonl"); NULL: the id */
  const char *headline;
  const char *date;      /* ISO 8601 as precise as the text: 2025-11-12, --11-11 */
  const char *author;
  const char *publisher; /* the text's, else the agency of its dateline */
  const char *dateline_place; /* "Dayton, Ohio": where the dateline says the
                                 report was filed */
  const char *url;       /* canonical URL, when the input has one */
  size_t length;         /* code points in the (repaired) text: offsets end here */
  uint64_t digest;       /* a hash of the text (fg_run sets it): orders
                            documents that share id and source; 0: unknown */
} FgDocument;

typedef struct {
  const char *slug;      /* IRI local name, unique in the graph: "ahmed-al-sharaa" */
  const char *label;     /* preferred label */
  const char *type;      /* ontology class local name: "Person", "ArmedGroup" */
  const char *wikidata;  /* "Q858" or NULL */
  const char *const *alt_labels; /* every other spelling seen, sorted */
  size_t alt_count;
} FgEntity;

/* One supporting sentence. */
typedef struct {
  uint32_t document;     /* index into the graph's documents */
  uint32_t begin, end;   /* code points from the start of the text, end exclusive */
  const char *sentence;  /* the sentence as written */
  const char *rule;      /* id of the extractor rule that fired */
  double confidence;     /* this sentence's own confidence */
} FgEvidence;

/* What an extractor states; strings are copied by fg_graph_add_fact. */
typedef struct {
  uint32_t subject;           /* entity index */
  const char *predicate;      /* ontology property local name: "leaderOf" */
  uint32_t object;            /* entity index, or FG_NONE for a literal */
  const char *literal;        /* the value when object is FG_NONE */
  const char *role;           /* holdsPosition's role: "President", or NULL */
  bool former;                /* formerly / previously / once / former */
  const char *time;           /* ISO 8601 as precise as the text, or NULL */
  FgModality modality;
  bool negated;               /* denied or negated: never asserted plainly */
  uint32_t attributed_to;     /* entity the article attributes it to, or FG_NONE */
  const char *attributed_label; /* who, when not an entity ("analysts"), or NULL */
  bool object_assumed;        /* not stated: the article's country ("Prime
                                 Minister X"); dropped by a run when another
                                 article states the person's office */
} FgFactInput;

/* A merged fact, as read back after fg_graph_finish(). */
typedef struct {
  FgFactInput claim;          /* strings owned by the graph */
  double confidence;          /* combined over sources, in [0,1] */
  size_t source_count;        /* distinct documents stating it */
  size_t evidence_count;      /* distinct supporting sentences */
  size_t evidence_omitted;    /* of them, not kept: a run keeps the first
                                 FG_EVIDENCE_PER_DOCUMENT of a fact in each
                                 document (and any more confident one) */
} FgFact;

/* A fact's supporting sentences, read back by fg_graph_fact_evidence().
 * Start from {0}; one list can be reused for fact after fact, and is
 * released with fg_evidence_list_free(). */
typedef struct {
  const FgEvidence *items; /* sorted by document id, then offset; valid
                              until the list is reused or freed */
  size_t count;
  void *internal;          /* the list's storage */
} FgEvidenceList;

/* Returns a new empty graph, or NULL when out of memory. */
FG_API FgGraph *fg_graph_new(void);
FG_API void fg_graph_free(FgGraph *graph);

/* Adds a document (strings copied). Returns its index, FG_NONE on error.
 * Every call adds a new document, even one with the id or source of an
 * earlier one (a file named "f.jsonl:2" and line 2 of "f.jsonl"):
 * fg_graph_unique_document_ids() gives each its own id. */
FG_API uint32_t fg_graph_add_document(FgGraph *graph, const FgDocument *doc);

/* A later segment of a long text: the document's text now ends at length
 * code points (when that is more) and its digest becomes digest. FG_OK, or
 * FG_ERR_USAGE for an unknown index or after finish. */
FG_API FgStatus fg_graph_extend_document(FgGraph *graph, uint32_t index,
                                         size_t length, uint64_t digest);

/* Told that doc, which shares its id with another document, will be written
 * with the id new_id; both are borrowed for the call. */
typedef void (*FgIdChangeFunc)(void *handle, const FgDocument *doc,
                               const char *new_id);

/* Makes document ids unique: every document whose id another document also
 * has takes its source as id, until no two ids are equal; documents that
 * still share an id (and so their source) are ordered by their digest and
 * fields, and all but the first take "ID~2", "ID~3", ..., the first such
 * name no document has. The result depends only on the documents, not on
 * the order they were added in.
 * Reports each change to report (may be NULL) in source order.
 * fg_graph_finish() does this too, silently. FG_OK, FG_NOTHING when no id
 * changed, FG_ERR_NOMEM, or FG_ERR_USAGE after finish. */
FG_API FgStatus fg_graph_unique_document_ids(FgGraph *graph,
                                             FgIdChangeFunc report,
                                             void *handle);

/* Adds an entity (strings copied; alt labels are added separately) and
 * returns its index; a slug already present returns the existing index.
 * FG_NONE when out of memory. */
FG_API uint32_t fg_graph_add_entity(FgGraph *graph, const char *slug,
                                    const char *label, const char *type,
                                    const char *wikidata);

/* Records one more spelling of an entity (ignored when equal to its label
 * or already known). */
FG_API FgStatus fg_graph_add_alt_label(FgGraph *graph, uint32_t entity,
                                       const char *label);

/* Records one sentence's support for a fact. Facts equal in subject,
 * predicate, object, role, former, modality and negated are merged; their
 * time and attribution are taken from the earliest evidence that has one. */
FG_API FgStatus fg_graph_add_fact(FgGraph *graph, const FgFactInput *fact,
                                  const FgEvidence *evidence);

/* Merges, aggregates and sorts; after it the graph is read-only. FG_OK;
 * FG_ERR_NOMEM with the graph unchanged; FG_ERR_IO when the evidence
 * cannot be read back, after which only fg_graph_free() is left. */
FG_API FgStatus fg_graph_finish(FgGraph *graph);

FG_API size_t fg_graph_document_count(const FgGraph *graph);
FG_API const FgDocument *fg_graph_document(const FgGraph *graph, size_t i);
FG_API size_t fg_graph_entity_count(const FgGraph *graph);
FG_API const FgEntity *fg_graph_entity(const FgGraph *graph, size_t i);
FG_API size_t fg_graph_fact_count(const FgGraph *graph);
FG_API const FgFact *fg_graph_fact(const FgGraph *graph, size_t i);

/* Reads fact i's evidence into list (fact->evidence_count items). FG_OK,
 * FG_ERR_USAGE before finish or for a bad index, FG_ERR_NOMEM, or
 * FG_ERR_IO when the temporary file cannot be read. */
FG_API FgStatus fg_graph_fact_evidence(const FgGraph *graph, size_t i,
                                       FgEvidenceList *list);
FG_API void fg_evidence_list_free(FgEvidenceList *list);

/* Finds an entity by slug, label or any alt label (case-insensitive);
 * FG_NONE when none. */
FG_API uint32_t fg_graph_entity_find(const FgGraph *graph, const char *name);

#endif
