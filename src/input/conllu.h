/* SPDX-License-Identifier: MIT */
/* Pre-tokenized input in CoNLL-U (--input-format conllu): only the FORM
 * column, multiword-token ranges, SpaceAfter=No and the sentence breaks
 * are read; everything else (tags, trees) is ignored. Each "# newdoc"
 * starts a document (id from "# newdoc id = X", else the input's); the
 * text is the tokens joined by one space (none after SpaceAfter=No), a
 * line break after each sentence and a blank line before a "# newpar". */
#ifndef FG_INPUT_CONLLU_H
#define FG_INPUT_CONLLU_H

#include "input/read.h"
#include "input/source.h"

typedef struct {
  FgDiagFunc diag;
  void *diag_handle;
  const char *source; /* the name in messages */
  const char *id;     /* the document id when no "# newdoc id" gives one */
  const char *path;   /* the document's source */
  FgPieceSink sink;
  void *sink_handle;
} FgConlluInput;

/* Reads src to the end, a piece per document (*articles counts them). A
 * malformed line is an error naming its line: that document is skipped,
 * FG_ERR_INPUT returned once the rest is read. */
FgStatus fg_conllu_input_read(const FgConlluInput *ci, FgSource *src, size_t *articles);

#endif
