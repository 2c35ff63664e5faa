/* SPDX-License-Identifier: MIT */
/* The model files of an ontology directory (the .fgm files in its
 * models/ folder), found by name: what `factgraph --version` reports
 * until models are loaded. */
#ifndef FG_LEXICON_MODEL_FILES_H
#define FG_LEXICON_MODEL_FILES_H

#include <stddef.h>

#include "factgraph/diag.h"
#include "factgraph/status.h"

/* The file extension of a trained model. */
#define FG_MODEL_EXTENSION ".fgm"

typedef struct {
  char **names; /* file names without directory, in byte order */
  size_t count;
} FgModelFiles;

/* Lists the .fgm files of <ontology_dir>/models into *out (empty when
 * there is no such directory). A directory that exists but cannot be
 * read gets a warning through diag and lists nothing. FG_OK or
 * FG_ERR_NOMEM; free with fg_model_files_free either way. */
FgStatus fg_model_files_list(const char *ontology_dir, FgDiagFunc diag,
                             void *handle, FgModelFiles *out);
void fg_model_files_free(FgModelFiles *files);

#endif
