/* SPDX-License-Identifier: MIT */
/* Output files replaced atomically (see outfile.h). */
#include "outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "util/buf.h"

/* Links followed before giving up with ELOOP, as the kernel does. */
#define MAX_LINKS 40

/* Names tried before giving up when every one exists already. */
#define MAX_TRIES 100

/* The directory part of path with its slash ("a/b" -> "a/", "b" -> ""). */
static size_t dir_len(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? (size_t)(slash - path) + 1 : 0;
}

/* The link's target, relative to the link's directory when relative. */
static char *link_target(const char *link, int *error) {
  FgBuf b;
  fg_buf_init(&b);
  char target[4096];
  ssize_t n = readlink(link, target, sizeof target);
  if (n < 0 || (size_t)n == sizeof target) {
    *error = n < 0 ? errno : ENAMETOOLONG;
    return NULL;
  }
  if ((target[0] != '/' && !fg_buf_append(&b, link, dir_len(link))) ||
      !fg_buf_append(&b, target, (size_t)n)) {
    fg_buf_free(&b);
    *error = ENOMEM;
    return NULL;
  }
  return fg_buf_take(&b);
}

/* The file path names once its symbolic links are followed (it may not
 * exist yet); *st describes it when *exists. */
static char *resolve(const char *path, struct stat *st, bool *exists,
                     int *error) {
  char *at = strdup(path);
  if (!at) {
    *error = ENOMEM;
    return NULL;
  }
  for (int hops = 0;; hops++) {
    *exists = lstat(at, st) == 0;
    if (!*exists && errno != ENOENT) {
      *error = errno;
      break;
    }
    if (!*exists || !S_ISLNK(st->st_mode))
      return at;
    if (hops == MAX_LINKS) {
      *error = ELOOP;
      break;
    }
    char *next = link_target(at, error);
    free(at);
    if (!next)
      return NULL;
    at = next;
  }
  free(at);
  return NULL;
}

/* A short name beside target that nobody is likely to hold: six letters
 * from the process id, the clock and a counter. */
static char *temp_name(const char *target, unsigned attempt) {
  static const char letters[] =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  struct timespec now;
  clock_gettime(CLOCK_REALTIME, &now);
  uint64_t x = (uint64_t)now.tv_nsec ^ (uint64_t)now.tv_sec << 30 ^
               (uint64_t)getpid() << 40 ^ (uint64_t)attempt * 0x9E3779B97F4A7C15u;
  x ^= x >> 33;
  x *= 0xFF51AFD7ED558CCDu;
  x ^= x >> 33;
  char suffix[7];
  for (size_t i = 0; i < 6; i++, x /= 62)
    suffix[i] = letters[x % 62];
  suffix[6] = '\0';
  FgBuf b;
  fg_buf_init(&b);
  if (!fg_buf_append(&b, target, dir_len(target)) ||
      !fg_buf_append_str(&b, ".factgraph-") || !fg_buf_append_str(&b, suffix)) {
    fg_buf_free(&b);
    return NULL;
  }
  return fg_buf_take(&b);
}

static void remove_temp(FgOutFile *file) {
  if (!file->temp)
    return;
  unlink(file->temp);
  if (file->hook)
    file->hook(file->handle, file->index, NULL);
  free(file->temp);
  file->temp = NULL;
}

/* Creates a new temporary file with the mode the target should get. The
 * hook hears of the name before the file exists, and no signal arrives
 * between the two, so a handler never misses the file. */
static int create_temp(FgOutFile *file, mode_t mode, bool keep_mode) {
  for (unsigned attempt = 0; attempt < MAX_TRIES; attempt++) {
    char *temp = temp_name(file->target, attempt);
    if (!temp)
      return ENOMEM;
    sigset_t all, old;
    sigfillset(&all);
    sigprocmask(SIG_BLOCK, &all, &old);
    int fd = -1, error = 0;
    if (file->hook && !file->hook(file->handle, file->index, temp)) {
      error = ENAMETOOLONG;
    } else {
      /* a new file's mode is 0666 less the umask: open applies it */
      fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
      error = fd < 0 ? errno : 0;
      if (fd < 0 && file->hook)
        file->hook(file->handle, file->index, NULL);
    }
    sigprocmask(SIG_SETMASK, &old, NULL);
    if (fd >= 0) {
      file->temp = temp;
      if ((keep_mode && fchmod(fd, mode) != 0) ||
          !(file->out = fdopen(fd, "w"))) {
        error = errno;
        close(fd);
        remove_temp(file);
        return error;
      }
      return 0;
    }
    free(temp);
    if (error != EEXIST)
      return error;
  }
  return EEXIST;
}

int fg_outfile_open(FgOutFile *file, const char *path, size_t index,
                    FgTempHook hook, void *handle) {
  memset(file, 0, sizeof *file);
  file->index = index;
  file->hook = hook;
  file->handle = handle;
  struct stat st;
  memset(&st, 0, sizeof st);
  bool exists = false;
  int error = 0;
  file->target = resolve(path, &st, &exists, &error);
  if (!file->target)
    return error;
  if (exists && !S_ISREG(st.st_mode))
    error = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
  if (!error)
    error = create_temp(file, st.st_mode & 07777, exists);
  if (error) {
    free(file->target);
    file->target = NULL;
  }
  return error;
}

/* Why the stream failed: glibc drops the bytes of a failed write, and
 * the errno of the moment is gone, so one more byte asks the file (the
 * temporary file is thrown away anyway). */
static int write_error(FILE *out) {
  ssize_t n = write(fileno(out), "\n", 1);
  return n < 0 ? errno : EIO;
}

int fg_outfile_close(FgOutFile *file) {
  if (!file->out)
    return EBADF;
  int error = 0;
  if (ferror(file->out))
    error = write_error(file->out);
  if (!error && fflush(file->out) != 0)
    error = errno;
  if (!error && fsync(fileno(file->out)) != 0 && errno != EINVAL)
    error = errno;
  if (fclose(file->out) != 0 && !error)
    error = errno;
  file->out = NULL;
  return error;
}

int fg_outfile_commit(FgOutFile *file) {
  if (!file->temp || file->out)
    return EBADF;
  if (rename(file->temp, file->target) != 0)
    return errno;
  if (file->hook)
    file->hook(file->handle, file->index, NULL);
  free(file->temp);
  file->temp = NULL;
  return 0;
}

void fg_outfile_discard(FgOutFile *file) {
  if (file->out) {
    fclose(file->out);
    file->out = NULL;
  }
  remove_temp(file);
  free(file->target);
  file->target = NULL;
}
