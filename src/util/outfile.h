/* SPDX-License-Identifier: MIT */
/* Output files replaced atomically: each is written to a temporary file
 * beside its target and renamed over it only when complete.
 *
 * - The temporary file has a short name of its own (".factgraph-XXXXXX"),
 *   so any target name the file system allows works, even 255 bytes long.
 * - A new file gets mode 0666 less the umask; a file replaced keeps its
 *   permission bits (not its owner or other hard links to it).
 * - A symbolic link is written through: its final target is replaced and
 *   the link stays. A target that exists and is not a regular file (a
 *   directory, a device, a FIFO) is refused.
 * - A hook is told each temporary path before the file exists and when it
 *   is gone, with every signal blocked in between, so that a signal
 *   handler can remove the temporary files it knows and nothing else. */
#ifndef FG_UTIL_OUTFILE_H
#define FG_UTIL_OUTFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Told temp before it is created and NULL once it is gone; false refuses
 * the name (the open then fails with ENAMETOOLONG). */
typedef bool (*FgTempHook)(void *handle, size_t index, const char *temp);

typedef struct {
  char *target;   /* the file replaced: the path, or its link's target */
  char *temp;     /* the temporary file while it exists, else NULL */
  FILE *out;      /* open on temp between open and close */
  size_t index;   /* handed to the hook */
  FgTempHook hook;
  void *handle;
} FgOutFile;

/* Resolves path and creates its temporary file, open for writing in
 * file->out. 0, or an errno value (file->temp is then NULL). */
int fg_outfile_open(FgOutFile *file, const char *path, size_t index,
                    FgTempHook hook, void *handle);

/* Flushes file->out to the disk and closes it: 0, or the errno of the
 * first failure (ENOSPC, EIO, ...), also one that an earlier write on
 * the stream met. The temporary file stays until commit or discard. */
int fg_outfile_close(FgOutFile *file);

/* Renames the temporary file over the target: 0 or an errno value. */
int fg_outfile_commit(FgOutFile *file);

/* Closes and removes the temporary file if there is one, and frees the
 * names; also after commit. Accepts a file never opened (zeroed). */
void fg_outfile_discard(FgOutFile *file);

#endif
