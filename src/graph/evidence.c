/* SPDX-License-Identifier: MIT */
/* Evidence store: fixed-size records and sentence texts appended to one
 * byte stream, whose older part lives in an unlinked temporary file. */
#include "evidence.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/buf.h"
#include "util/grow.h"
#include "util/intern.h"

/* Bytes kept in memory before they go to the file: small runs never touch
 * the disk, large ones write in big sequential chunks. */
#define SPILL_AT ((size_t)1 << 20)

/* Bytes read along with a record: a new sentence is written right after
 * its first record, so one read usually fetches both. */
#define READ_AHEAD 512

typedef struct {
  uint64_t prev;      /* the chain's previous record, or FG_NO_EVIDENCE */
  uint64_t sentence;  /* offset of the sentence's text */
  double confidence;
  uint32_t document, begin, end;
  uint32_t rule;      /* id in store->rules */
  uint32_t sentence_len;
  uint32_t text_in;   /* TEXT_NONE, TEXT_STORE, or TEXT_FILE + an attached
                         file's index */
} Record;

#define TEXT_NONE 0u
#define TEXT_STORE 1u
#define TEXT_FILE 2u

/* A file that sentences are read from where they are (a part), as it was
 * when attached: a file changed since is an error, not other sentences. */
typedef struct {
  int fd;
  struct stat st;
  char *name; /* for errors */
} Attached;

struct FgEvidenceStore {
  FgBuf pending;     /* the newest bytes, not yet in the file */
  uint64_t spilled;  /* bytes in the file: pending starts at this offset */
  int fd;            /* -1 until the first spill */
  int spill_error;   /* errno of a failed spill: all stays in memory */
  FgIntern *rules;   /* rule ids: few, kept in memory */
  Record last;       /* the record added last, for its sentence */
  const char *last_text; /* the caller's text of it: the same pointer
                            again needs no strlen of a long sentence */
  bool has_last;
  uint64_t documents; /* 1 + the highest document index added */
  Attached *files;
  size_t file_count, file_cap;
  char *read_error;  /* why a read failed, "" until one does; reads are
                        const, so the message lives outside the struct */
};

#define READ_ERROR_MAX 400

FgEvidenceStore *fg_evidence_store_new(void) {
  FgEvidenceStore *store = calloc(1, sizeof *store);
  if (!store)
    return NULL;
  fg_buf_init(&store->pending);
  store->fd = -1;
  store->rules = fg_intern_new();
  store->read_error = calloc(1, READ_ERROR_MAX);
  if (!store->rules || !store->read_error) {
    fg_intern_free(store->rules);
    free(store->read_error);
    free(store);
    return NULL;
  }
  return store;
}

void fg_evidence_store_free(FgEvidenceStore *store) {
  if (!store)
    return;
  if (store->fd >= 0)
    close(store->fd);
  for (size_t i = 0; i < store->file_count; i++) {
    close(store->files[i].fd);
    free(store->files[i].name);
  }
  free(store->files);
  fg_buf_free(&store->pending);
  fg_intern_free(store->rules);
  free(store->read_error);
  free(store);
}

const char *fg_evidence_store_read_error(const FgEvidenceStore *store) {
  return store->read_error[0] ? store->read_error : NULL;
}

/* Remembers the first reason a read failed; always false. */
static bool read_failed(const FgEvidenceStore *store, uint64_t at,
                        const char *what) {
  if (!store->read_error[0])
    snprintf(store->read_error, READ_ERROR_MAX,
             "evidence store: %s at offset %" PRIu64, what, at);
  return false;
}

/* Remembers the first reason a read failed, an attached file's; false. */
static bool file_failed(const FgEvidenceStore *store, const Attached *a, const char *what) {
  if (!store->read_error[0])
    snprintf(store->read_error, READ_ERROR_MAX, "%.250s: %s", a->name, what);
  return false;
}

int fg_evidence_store_spill_error(const FgEvidenceStore *store) {
  return store->spill_error;
}

const char *fg_evidence_spill_dir(void) {
  const char *dir = getenv("TMPDIR");
  return dir && *dir ? dir : "/tmp";
}

/* An unlinked file: it disappears with the process, however that ends. */
static int open_spill_file(void) {
  FgBuf path;
  fg_buf_init(&path);
  if (!fg_buf_append_str(&path, fg_evidence_spill_dir()) ||
      !fg_buf_append_str(&path, "/factgraph-evidence-XXXXXX")) {
    fg_buf_free(&path);
    errno = ENOMEM;
    return -1;
  }
  /* no signal between creating and unlinking: nothing can be left */
  sigset_t all, old;
  sigfillset(&all);
  sigprocmask(SIG_BLOCK, &all, &old);
  int fd = mkstemp(path.data);
  if (fd >= 0)
    unlink(path.data);
  int made = errno;
  sigprocmask(SIG_SETMASK, &old, NULL);
  errno = made;
  fg_buf_free(&path);
  /* Never a standard descriptor, even when the caller closed one: what
   * is printed to it would overwrite the records. */
  if (fd >= 0 && fd <= STDERR_FILENO) {
    int high = fcntl(fd, F_DUPFD_CLOEXEC, STDERR_FILENO + 1);
    int error = errno;
    close(fd);
    errno = error;
    fd = high;
  }
  return fd;
}

static bool write_all(int fd, const char *data, size_t len, uint64_t at) {
  while (len > 0) {
    ssize_t n = pwrite(fd, data, len, (off_t)at);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0) {
      if (n == 0)
        errno = EIO;
      return false;
    }
    data += n;
    len -= (size_t)n;
    at += (uint64_t)n;
  }
  return true;
}

/* Moves the pending bytes to the file. A failure is remembered, not
 * fatal: the bytes stay pending, and so does everything after them. */
static void spill(FgEvidenceStore *store) {
  if (store->spill_error || store->pending.len < SPILL_AT)
    return;
  if (store->fd < 0 && (store->fd = open_spill_file()) < 0) {
    store->spill_error = errno ? errno : EIO;
    return;
  }
  if (!write_all(store->fd, store->pending.data, store->pending.len,
                 store->spilled)) {
    store->spill_error = errno;
    return;
  }
  store->spilled += store->pending.len;
  fg_buf_clear(&store->pending);
}

static uint64_t end_offset(const FgEvidenceStore *store) {
  return store->spilled + store->pending.len;
}

static bool same_sentence(const Record *a, const FgEvidence *ev) {
  return a->document == ev->document && a->begin == ev->begin &&
         a->end == ev->end;
}

/* A record of ev after head, without its text; false when out of memory. */
static bool new_record(FgEvidenceStore *store, uint64_t head, const FgEvidence *ev,
                       Record *r) {
  uint32_t rule = fg_intern_add_str(store->rules, ev->rule ? ev->rule : "");
  memset(r, 0, sizeof *r);
  r->prev = head;
  r->confidence = ev->confidence;
  r->document = ev->document;
  r->begin = ev->begin;
  r->end = ev->end;
  r->rule = rule;
  return rule != FG_NO_ID;
}

/* The record appended at offset at (text: the caller's sentence) is the
 * newest of its chain and of the store. */
static void appended(FgEvidenceStore *store, uint64_t *head, uint64_t at, const Record *r,
                     const char *text) {
  *head = at;
  if (r->document >= store->documents)
    store->documents = (uint64_t)r->document + 1;
  store->last = *r;
  store->last_text = text;
  store->has_last = true;
  spill(store);
}

bool fg_evidence_store_add(FgEvidenceStore *store, uint64_t *head,
                           const FgEvidence *ev) {
  Record r;
  if (!new_record(store, *head, ev, &r))
    return false;
  r.text_in = ev->sentence ? TEXT_STORE : TEXT_NONE;
  bool same_text = store->has_last && ev->sentence && ev->sentence == store->last_text &&
                   same_sentence(&store->last, ev);
  size_t len = same_text ? store->last.sentence_len : ev->sentence ? strlen(ev->sentence) : 0;
  if (len > UINT32_MAX)
    return false;
  r.sentence_len = (uint32_t)len;
  bool reuse = store->has_last && same_sentence(&store->last, ev) &&
               store->last.text_in == r.text_in &&
               store->last.sentence_len == r.sentence_len;
  uint64_t at = end_offset(store);
  r.sentence = reuse ? store->last.sentence : at + sizeof r;
  size_t before = store->pending.len;
  if (!fg_buf_append(&store->pending, (const char *)&r, sizeof r))
    return false;
  if (!reuse && len && !fg_buf_append(&store->pending, ev->sentence, len)) {
    store->pending.len = before;
    return false;
  }
  appended(store, head, at, &r, ev->sentence);
  return true;
}

uint32_t fg_evidence_store_attach(FgEvidenceStore *store, int fd, const char *name) {
  if (store->file_count >= UINT32_MAX - TEXT_FILE - 1)
    return 0;
  Attached *files = fg_grow(store->files, store->file_count + 1, &store->file_cap,
                            sizeof *files);
  if (!files)
    return 0;
  store->files = files;
  Attached *a = &files[store->file_count];
  if ((a->fd = fcntl(fd, F_DUPFD_CLOEXEC, STDERR_FILENO + 1)) < 0)
    return 0;
  /* half the descriptors at most: the outputs and the spill file need some */
  struct rlimit limit;
  bool room = getrlimit(RLIMIT_NOFILE, &limit) == 0 &&
              (limit.rlim_cur == RLIM_INFINITY || (rlim_t)a->fd < limit.rlim_cur / 2);
  if (!room || fstat(a->fd, &a->st) != 0 || !S_ISREG(a->st.st_mode) ||
      !(a->name = strdup(name))) {
    close(a->fd);
    return 0;
  }
  return (uint32_t)++store->file_count;
}

bool fg_evidence_store_add_at(FgEvidenceStore *store, uint64_t *head, const FgEvidence *ev,
                              uint32_t file, uint64_t text, uint32_t text_len) {
  Record r;
  if (file == 0 || file > store->file_count ||
      text > (uint64_t)store->files[file - 1].st.st_size ||
      text_len > (uint64_t)store->files[file - 1].st.st_size - text ||
      !new_record(store, *head, ev, &r))
    return false;
  r.text_in = text_len ? TEXT_FILE + file - 1 : TEXT_NONE;
  r.sentence = text_len ? text : 0;
  r.sentence_len = text_len;
  uint64_t at = end_offset(store);
  if (!fg_buf_append(&store->pending, (const char *)&r, sizeof r))
    return false;
  appended(store, head, at, &r, NULL);
  return true;
}

/* Copies up to want bytes at offset at, from the file or the pending
 * buffer, into out; false unless at least need of them are there. A
 * record with its text is appended whole, so it never straddles the two. */
static bool read_upto(const FgEvidenceStore *store, uint64_t at, char *out,
                      size_t want, size_t need, size_t *got) {
  *got = 0;
  if (at >= store->spilled) {
    size_t from = (size_t)(at - store->spilled);
    size_t have = from < store->pending.len ? store->pending.len - from : 0;
    *got = have < want ? have : want;
    memcpy(out, store->pending.data + from, *got);
    return *got >= need;
  }
  if (want > store->spilled - at) /* past it, a failed spill may have left junk */
    want = (size_t)(store->spilled - at);
  while (*got < need) {
    ssize_t n = pread(store->fd, out + *got, want - *got, (off_t)(at + *got));
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      return false;
    *got += (size_t)n;
  }
  return true;
}

/* A record read back is checked before use: the file is ours, but a
 * stray write into it (a descriptor mix-up, a bad disk) must give an
 * I/O error, never a wild pointer. at is the record's own offset. */
static bool record_valid(const FgEvidenceStore *store, const Record *r,
                         uint64_t at) {
  uint64_t end = end_offset(store);
  if (r->text_in >= TEXT_FILE)
    end = r->text_in - TEXT_FILE < store->file_count
              ? (uint64_t)store->files[r->text_in - TEXT_FILE].st.st_size
              : 0;
  bool text_ok = r->text_in != TEXT_NONE
                     ? r->sentence <= end && r->sentence_len <= end - r->sentence
                     : r->sentence_len == 0;
  return (r->prev == FG_NO_EVIDENCE || r->prev < at) && text_ok &&
         r->rule < fg_intern_count(store->rules) &&
         r->document < store->documents && r->begin <= r->end &&
         isfinite(r->confidence);
}

/* Reads len bytes of text at offset at of the store or of an attached
 * file (in: a record's text_in), checked to be the file it was. */
static bool read_text_in(const FgEvidenceStore *store, uint32_t in, uint64_t at, char *out,
                         uint32_t len) {
  size_t n;
  if (in < TEXT_FILE)
    return read_upto(store, at, out, len, len, &n) ||
           read_failed(store, at, "cannot read a sentence");
  const Attached *a = &store->files[in - TEXT_FILE];
  struct stat now;
  if (fstat(a->fd, &now) != 0 || now.st_size != a->st.st_size ||
      now.st_mtim.tv_sec != a->st.st_mtim.tv_sec ||
      now.st_mtim.tv_nsec != a->st.st_mtim.tv_nsec)
    return file_failed(store, a, "changed since it was merged (its sentences are read from it at the end)");
  for (n = 0; n < len;) {
    ssize_t got = pread(a->fd, out + n, len - n, (off_t)(at + n));
    if (got < 0 && errno == EINTR)
      continue;
    if (got <= 0)
      return file_failed(store, a, "cannot be read (its sentences are read from it at the end)");
    n += (size_t)got;
  }
  return true;
}

static bool read_text(const FgEvidenceStore *store, const Record *r,
                      uint64_t at, const char *ahead, size_t got, char *out) {
  if (r->text_in == TEXT_STORE && r->sentence >= at &&
      r->sentence - at + r->sentence_len <= got) {
    memcpy(out, ahead + (r->sentence - at), r->sentence_len);
    return true;
  }
  return read_text_in(store, r->text_in, r->sentence, out, r->sentence_len);
}

/* Hands the record at offset at to fn; block holds the got bytes read
 * from at, which may include its sentence. */
static bool emit_record(const FgEvidenceStore *store, const Record *r,
                        uint64_t at, const char *block, size_t got,
                        FgArena *strings, FgEvidenceFunc fn, void *handle) {
  if (!record_valid(store, r, at))
    return read_failed(store, at, "corrupt record");
  const char *rule = fg_intern_str(store->rules, r->rule);
  FgEvidence ev = {r->document, r->begin, r->end, NULL, *rule ? rule : NULL,
                   r->confidence};
  if (r->text_in != TEXT_NONE) {
    char *text = fg_arena_alloc(strings, (size_t)r->sentence_len + 1);
    if (!text || !read_text(store, r, at, block, got, text))
      return false;
    ev.sentence = text;
  }
  return fn(handle, &ev);
}

bool fg_evidence_store_read(const FgEvidenceStore *store, uint64_t head,
                            FgArena *strings, FgEvidenceFunc fn,
                            void *handle) {
  for (uint64_t at = head; at != FG_NO_EVIDENCE;) {
    char block[sizeof(Record) + READ_AHEAD];
    size_t got;
    Record r;
    if (at >= end_offset(store) ||
        !read_upto(store, at, block, sizeof block, sizeof r, &got))
      return read_failed(store, at, "cannot read a record");
    memcpy(&r, block, sizeof r);
    if (!emit_record(store, &r, at, block, got, strings, fn, handle))
      return false;
    at = r.prev;
  }
  return true;
}

bool fg_evidence_store_read_refs(const FgEvidenceStore *store, uint64_t head,
                                 FgEvidenceRefFunc fn, void *handle) {
  for (uint64_t at = head; at != FG_NO_EVIDENCE;) {
    Record r;
    size_t got;
    if (!read_upto(store, at, (char *)&r, sizeof r, sizeof r, &got))
      return read_failed(store, at, "cannot read a record");
    if (!record_valid(store, &r, at))
      return read_failed(store, at, "corrupt record");
    const char *rule = fg_intern_str(store->rules, r.rule);
    FgEvidenceRef ref = {{r.document, r.begin, r.end, NULL, *rule ? rule : NULL,
                          r.confidence},
                         r.sentence, r.sentence_len, r.text_in != TEXT_NONE, r.text_in};
    if (!fn(handle, &ref))
      return false;
    at = r.prev;
  }
  return true;
}

bool fg_evidence_store_text(const FgEvidenceStore *store, const FgEvidenceRef *ref,
                            FgArena *strings, const char **text) {
  *text = NULL;
  if (!ref->has_text)
    return true;
  char *out = fg_arena_alloc(strings, (size_t)ref->text_len + 1);
  if (!out || !read_text_in(store, ref->in, ref->text, out, ref->text_len))
    return false;
  out[ref->text_len] = '\0';
  *text = out;
  return true;
}

uint64_t fg_evidence_store_size(const FgEvidenceStore *store) {
  return end_offset(store);
}

bool fg_evidence_store_read_range(const FgEvidenceStore *store, uint64_t from,
                                  uint64_t to, FgArena *strings,
                                  FgEvidenceFunc fn, void *handle) {
  if (to < from || to - from > SIZE_MAX / 2)
    return false;
  size_t len = (size_t)(to - from), got = 0;
  char *block = malloc(len ? len : 1);
  bool ok = block != NULL;
  /* the range may span the file and the pending bytes: read it in parts */
  while (ok && got < len) {
    size_t n;
    ok = read_upto(store, from + got, block + got, len - got, 1, &n) ||
         read_failed(store, from + got, "cannot read records");
    got += n;
  }
  for (size_t pos = 0; ok && pos < len;) {
    Record r;
    ok = len - pos >= sizeof r || read_failed(store, from + pos, "truncated record");
    if (!ok)
      break;
    memcpy(&r, block + pos, sizeof r);
    uint64_t at = from + pos;
    ok = emit_record(store, &r, at, block + pos, len - pos, strings, fn,
                     handle);
    bool inline_text = r.text_in == TEXT_STORE && r.sentence == at + sizeof r;
    pos += sizeof r + (inline_text ? r.sentence_len : 0);
  }
  free(block);
  return ok;
}
