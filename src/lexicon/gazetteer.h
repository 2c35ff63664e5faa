/* SPDX-License-Identifier: MIT */
/* Gazetteers (ontology/gazetteer.ttl and the user's --gazetteer files):
 * names, aliases, types and Wikidata ids. Never relations between entities. */
#ifndef FG_LEXICON_GAZETTEER_H
#define FG_LEXICON_GAZETTEER_H

#include <stddef.h>

#include "factgraph/diag.h"
#include "factgraph/status.h"
#include "lexicon/ontology.h"

typedef struct {
  const char *slug;      /* local name of the entry's IRI: "islamic-state" */
  const char *label;     /* skos:prefLabel */
  const char *type;      /* ontology class local name */
  const char *wikidata;  /* "Q2429253" from owl:sameAs wd:..., or NULL */
  const char *const *alt_labels;  /* skos:altLabel */
  size_t alt_count;
  const char *const *demonyms;    /* fg:demonym: "Syrian" */
  size_t demonym_count;
  const char *const *metonyms;    /* fg:metonym: "Damascus" for its government */
  size_t metonym_count;
  /* skos:hiddenLabel: an abbreviation read only where its kind is
   * expected ("Mich." after ", Town"), never matched as a name: "Mass." */
  const char *const *abbreviations;
  size_t abbreviation_count;
} FgGazEntry;

typedef struct FgGazetteer FgGazetteer;

FgStatus fg_gazetteer_new(FgGazetteer **out);
void fg_gazetteer_free(FgGazetteer *gaz);
/* Loads from now on refuse a type the ontology has no class for (a
 * typo, fg:Unicorn) with FG_ERR_SYNTAX naming the file and line, rather
 * than let it reach the writers. onto is borrowed for the loads. */
void fg_gazetteer_check_types(FgGazetteer *gaz, const FgOntology *onto);
/* Adds the entries of one Turtle file; may be called for several files. An
 * entry needs a type and a prefLabel; others are skipped with a warning.
 * A slug seen in an earlier file is merged: the later file's prefLabel,
 * type and Wikidata id replace the earlier ones (the earlier prefLabel is
 * kept as an alt label) and its other labels are added.
 * Returns FG_OK (a file without entries only gets a warning), FG_ERR_IO,
 * FG_ERR_SYNTAX (then nothing of the file is added), FG_ERR_NOMEM (then
 * part of the file may have been added) or FG_ERR_USAGE for NULL
 * arguments. Diagnostics name the file and, where known, the line. */
FgStatus fg_gazetteer_load(FgGazetteer *gaz, const char *path,
                           FgDiagFunc diag, void *handle);
size_t fg_gazetteer_count(const FgGazetteer *gaz);
/* Entries in a stable order (sorted by slug); NULL when i is out of range.
 * Borrowed: valid until the next load or fg_gazetteer_free. */
const FgGazEntry *fg_gazetteer_entry(const FgGazetteer *gaz, size_t i);
/* The entry with this slug ("syria"), or NULL. Borrowed like above. */
const FgGazEntry *fg_gazetteer_find(const FgGazetteer *gaz, const char *slug);
/* The version the first file loaded states (its first owl:versionInfo),
 * or NULL when it states none. Borrowed until fg_gazetteer_free. */
const char *fg_gazetteer_version(const FgGazetteer *gaz);
/* The entry one of whose abbreviations, without its periods and in lower
 * case, is folded ("mich", "nc"), or SIZE_MAX. A linear scan: callers ask
 * only where the text expects one. */
size_t fg_gazetteer_find_abbreviation(const FgGazetteer *gaz, const char *folded);

#endif
