/* SPDX-License-Identifier: MIT */
#include "model_files.h"

#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/grow.h"

static bool is_model_name(const char *name) {
  size_t len = strlen(name), ext = strlen(FG_MODEL_EXTENSION);
  return name[0] != '.' && len > ext &&
         strcmp(name + len - ext, FG_MODEL_EXTENSION) == 0;
}

static int compare_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static FgStatus add_name(FgModelFiles *files, size_t *cap, const char *name) {
  char **names = fg_grow(files->names, files->count + 1, cap, sizeof *names);
  if (!names)
    return FG_ERR_NOMEM;
  files->names = names;
  names[files->count] = strdup(name);
  if (!names[files->count])
    return FG_ERR_NOMEM;
  files->count++;
  return FG_OK;
}

static void warn(FgDiagFunc diag, void *handle, const char *dir, int error) {
  if (!diag)
    return;
  FgDiag d = {FG_ERR_IO, FG_SEV_WARNING, dir, 0, 0, strerror(error)};
  diag(handle, &d);
}

FgStatus fg_model_files_list(const char *ontology_dir, FgDiagFunc diag,
                             void *handle, FgModelFiles *out) {
  memset(out, 0, sizeof *out);
  FgBuf path;
  fg_buf_init(&path);
  if (!fg_buf_append_str(&path, ontology_dir) ||
      !fg_buf_append_str(&path, "/models")) {
    fg_buf_free(&path);
    return FG_ERR_NOMEM;
  }
  char *dir_path = fg_buf_take(&path);
  if (!dir_path)
    return FG_ERR_NOMEM;
  DIR *dir = opendir(dir_path);
  if (!dir) {
    if (errno != ENOENT && errno != ENOTDIR)
      warn(diag, handle, dir_path, errno);
    free(dir_path);
    return FG_OK;
  }
  FgStatus status = FG_OK;
  size_t cap = 0;
  while (status == FG_OK) {
    errno = 0;
    const struct dirent *entry = readdir(dir);
    if (!entry) {
      if (errno != 0)
        warn(diag, handle, dir_path, errno);
      break;
    }
    if (is_model_name(entry->d_name))
      status = add_name(out, &cap, entry->d_name);
  }
  closedir(dir);
  free(dir_path);
  if (out->count > 1)
    qsort(out->names, out->count, sizeof *out->names, compare_names);
  return status;
}

void fg_model_files_free(FgModelFiles *files) {
  if (!files)
    return;
  for (size_t i = 0; i < files->count; i++)
    free(files->names[i]);
  free(files->names);
  files->names = NULL;
  files->count = 0;
}
