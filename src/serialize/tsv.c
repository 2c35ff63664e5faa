/* SPDX-License-Identifier: MIT */
/* The facts TSV of README.md ("The facts TSV"): one header line, one line
 * per fact. */
#include <math.h>
#include <stdio.h>

#include "serialize/lexical.h"
#include "serialize/writers.h"
#include "util/buf.h"

/* The format has no quoting: in every cell, separators and controls become
 * spaces (fg_lexical_append_cell); qualifier values and document ids are
 * percent-encoded where they would split their list. */
static const char header[] = "subject\tsubject_type\tpredicate\tobject\t"
                             "object_type\tqualifiers\tconfidence\tdocuments\t"
                             "evidence\n";

static const char *const modality_names[] = {
    [FG_MODALITY_ASSERTED] = NULL,
    [FG_MODALITY_HEDGED] = "hedged",
    [FG_MODALITY_FUTURE] = "future",
};

/* Integer hundredths: printf's "%.2f" would follow LC_NUMERIC. */
static bool append_cents(FgBuf *buf, double value) {
  char text[32];
  unsigned long cents = (unsigned long)lround(value * 100.0);
  snprintf(text, sizeof text, "%lu.%02lu", cents / 100, cents % 100);
  return fg_buf_append_str(buf, text);
}

/* Appends key=value, preceded by ';' unless the column (from start) is
 * still empty. */
static bool append_qualifier(FgBuf *buf, size_t start, const char *key,
                             const char *value) {
  if (!value)
    return true;
  if (buf->len > start && !fg_buf_append_char(buf, ';'))
    return false;
  return fg_buf_append_str(buf, key) && fg_buf_append_char(buf, '=') &&
         fg_lexical_append_qualifier(buf, value);
}

static const char *attribution(const FgGraph *graph, const FgFactInput *c) {
  if (c->attributed_to != FG_NONE)
    return fg_graph_entity(graph, c->attributed_to)->label;
  return c->attributed_label;
}

static bool append_qualifiers(FgBuf *buf, const FgGraph *graph,
                              const FgFactInput *c) {
  size_t s = buf->len;
  return append_qualifier(buf, s, "role", c->role) &&
         append_qualifier(buf, s, "status", c->former ? "former" : NULL) &&
         append_qualifier(buf, s, "time", c->time) &&
         append_qualifier(buf, s, "modality", modality_names[c->modality]) &&
         append_qualifier(buf, s, "negated", c->negated ? "true" : NULL) &&
         append_qualifier(buf, s, "attributedTo", attribution(graph, c));
}

/* Evidence is sorted by document, so each document is one run. */
static bool append_documents(FgBuf *buf, const FgGraph *graph,
                             const FgEvidenceList *evidence) {
  const FgEvidence *ev = evidence->items;
  for (size_t i = 0; i < evidence->count; i++) {
    uint32_t doc = ev[i].document;
    if (i > 0 && doc == ev[i - 1].document)
      continue;
    if (i > 0 && !fg_buf_append_char(buf, ','))
      return false;
    if (!fg_lexical_append_id(buf, fg_graph_document(graph, doc)->id))
      return false;
  }
  return true;
}

static bool append_evidence(FgBuf *buf, const FgGraph *graph,
                            const FgEvidenceList *evidence) {
  for (size_t i = 0; i < evidence->count; i++) {
    const FgEvidence *ev = &evidence->items[i];
    char span[48];
    snprintf(span, sizeof span, ":%lu-%lu", (unsigned long)ev->begin,
             (unsigned long)ev->end);
    if ((i > 0 && !fg_buf_append_char(buf, ' ')) ||
        !fg_lexical_append_id(buf, fg_graph_document(graph, ev->document)->id) ||
        !fg_buf_append_str(buf, span))
      return false;
  }
  return true;
}

static bool append_object(FgBuf *buf, const FgGraph *graph,
                          const FgFactInput *c) {
  if (c->object == FG_NONE)
    return fg_lexical_append_cell(buf, c->literal) &&
           fg_buf_append_str(buf, "\tliteral\t");
  const FgEntity *object = fg_graph_entity(graph, c->object);
  return fg_lexical_append_cell(buf, object->label) && fg_buf_append_char(buf, '\t') &&
         fg_lexical_append_cell(buf, object->type) && fg_buf_append_char(buf, '\t');
}

static bool append_fact(FgBuf *buf, const FgGraph *graph, const FgFact *f,
                        const FgEvidenceList *evidence) {
  const FgFactInput *c = &f->claim;
  const FgEntity *subject = fg_graph_entity(graph, c->subject);
  return fg_lexical_append_cell(buf, subject->label) && fg_buf_append_char(buf, '\t') &&
         fg_lexical_append_cell(buf, subject->type) && fg_buf_append_char(buf, '\t') &&
         fg_lexical_append_cell(buf, c->predicate) && fg_buf_append_char(buf, '\t') &&
         append_object(buf, graph, c) && append_qualifiers(buf, graph, c) &&
         fg_buf_append_char(buf, '\t') && append_cents(buf, f->confidence) &&
         fg_buf_append_char(buf, '\t') && append_documents(buf, graph, evidence) &&
         fg_buf_append_char(buf, '\t') && append_evidence(buf, graph, evidence) &&
         fg_buf_append_char(buf, '\n');
}

FgStatus fg_write_tsv(const FgGraph *graph, FILE *out) {
  if (!graph || !out)
    return FG_ERR_USAGE;
  FgBuf line;
  fg_buf_init(&line);
  FgEvidenceList evidence = {0};
  FgStatus st = FG_OK;
  if (fputs(header, out) == EOF)
    st = FG_ERR_IO;
  for (size_t i = 0; st == FG_OK && i < fg_graph_fact_count(graph); i++) {
    fg_buf_clear(&line);
    st = fg_graph_fact_evidence(graph, i, &evidence);
    if (st != FG_OK)
      break;
    if (!append_fact(&line, graph, fg_graph_fact(graph, i), &evidence))
      st = FG_ERR_NOMEM;
    else if (fwrite(line.data, 1, line.len, out) != line.len)
      st = FG_ERR_IO;
  }
  fg_buf_free(&line);
  fg_evidence_list_free(&evidence);
  if (st == FG_OK && (fflush(out) == EOF || ferror(out)))
    st = FG_ERR_IO;
  return st;
}
