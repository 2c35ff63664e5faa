/* SPDX-License-Identifier: MIT */
#include "learn/model.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "learn/le.h"
#include "util/intern.h"

#define TRAILER_MAGIC "FGMEND\0\0"

typedef struct {
  uint32_t id;
  uint8_t *data;
  size_t len;
} WriterSection;

struct FgModelWriter {
  FgModelInfo info;
  WriterSection sections[FG_MODEL_MAX_SECTIONS];
  size_t count;
};

typedef struct {
  uint32_t id;
  size_t offset, len;
} Section;

struct FgModel {
  FgModelInfo info;
  uint8_t *bytes; /* 16-byte aligned: the mapped file or a copy */
  size_t len;
  bool mapped;    /* bytes is an mmap of the file */
  Section sections[FG_MODEL_MAX_SECTIONS];
  size_t count;
  char *name;
  FgDiagFunc diag;
  void *diag_handle;
};

void fg_model_section_name(uint32_t id, char out[5]) {
  for (int i = 0; i < 4; i++) {
    unsigned char c = (unsigned char)(id >> (8 * i));
    out[i] = c >= 0x20 && c < 0x7f ? (char)c : '?';
  }
  out[4] = '\0';
}

/* ---- writing ---- */

FgModelWriter *fg_model_writer_new(const FgModelInfo *info) {
  FgModelWriter *w = calloc(1, sizeof *w);
  if (w)
    w->info = *info;
  return w;
}

void fg_model_writer_free(FgModelWriter *writer) {
  if (!writer)
    return;
  for (size_t i = 0; i < writer->count; i++)
    free(writer->sections[i].data);
  free(writer);
}

FgStatus fg_model_writer_add(FgModelWriter *writer, uint32_t id,
                             const void *data, size_t len) {
  if (writer->count >= FG_MODEL_MAX_SECTIONS)
    return FG_ERR_USAGE;
  for (size_t i = 0; i < writer->count; i++)
    if (writer->sections[i].id == id)
      return FG_ERR_USAGE;
  uint8_t *copy = malloc(len ? len : 1);
  if (!copy)
    return FG_ERR_NOMEM;
  if (len)
    memcpy(copy, data, len);
  writer->sections[writer->count++] = (WriterSection){id, copy, len};
  return FG_OK;
}

static size_t align16(size_t n) { return (n + 15) & ~(size_t)15; }

static bool put_header(const FgModelWriter *w, FgBuf *out, size_t total) {
  const FgModelInfo *in = &w->info;
  return fg_buf_append(out, FG_MODEL_MAGIC, 8) &&
         fg_le_put_u32(out, FG_MODEL_VERSION) && fg_le_put_u32(out, in->kind) &&
         fg_le_put_u64(out, in->template_hash) &&
         fg_le_put_u32(out, FG_MODEL_HASH_XXH3) && fg_le_put_u32(out, 0) &&
         fg_le_put_u64(out, in->hash_seed) &&
         fg_le_put_u64(out, in->train_seed) && fg_le_put_u32(out, in->epochs) &&
         fg_le_put_u32(out, (uint32_t)w->count) &&
         fg_buf_append(out, in->corpora, FG_MODEL_CORPORA_LEN) &&
         fg_le_put_u64(out, total);
}

FgStatus fg_model_writer_bytes(const FgModelWriter *writer, FgBuf *out) {
  fg_buf_clear(out);
  size_t dir_end = FG_MODEL_HEADER_LEN + writer->count * FG_MODEL_DIR_ENTRY_LEN;
  size_t offsets[FG_MODEL_MAX_SECTIONS];
  size_t pos = align16(dir_end);
  for (size_t i = 0; i < writer->count; i++) {
    offsets[i] = pos;
    pos = align16(pos + writer->sections[i].len);
  }
  size_t total = pos + FG_MODEL_TRAILER_LEN;
  bool ok = put_header(writer, out, total);
  for (size_t i = 0; ok && i < writer->count; i++) {
    const WriterSection *s = &writer->sections[i];
    ok = fg_le_put_u32(out, s->id) && fg_le_put_u32(out, 0) &&
         fg_le_put_u64(out, offsets[i]) && fg_le_put_u64(out, s->len) &&
         fg_le_put_u64(out, fg_hash(s->data, s->len));
  }
  ok = ok && fg_le_pad(out, 16);
  for (size_t i = 0; ok && i < writer->count; i++)
    ok = fg_buf_append(out, (const char *)writer->sections[i].data,
                       writer->sections[i].len) &&
         fg_le_pad(out, 16);
  ok = ok && fg_le_put_u64(out, fg_hash(out->data, out->len)) &&
       fg_buf_append(out, TRAILER_MAGIC, 8);
  if (!ok) {
    fg_buf_clear(out);
    return FG_ERR_NOMEM;
  }
  return FG_OK;
}

static void report(FgDiagFunc diag, void *handle, FgStatus status,
                   const char *source, size_t byte, const char *message) {
  if (!diag)
    return;
  FgDiag d = {status, FG_SEV_ERROR, source, 0, (unsigned long)byte, message};
  diag(handle, &d);
}

static FgStatus io_error(FgDiagFunc diag, void *handle, const char *path,
                         const char *what) {
  char msg[512];
  snprintf(msg, sizeof msg, "%s: %s: %s", path, what, strerror(errno));
  report(diag, handle, FG_ERR_IO, path, 0, msg);
  return FG_ERR_IO;
}

FgStatus fg_model_save_bytes(const void *bytes, size_t len, const char *path,
                             FgDiagFunc diag, void *diag_handle) {
  size_t plen = strlen(path);
  char *tmp = malloc(plen + 5);
  if (!tmp)
    return FG_ERR_NOMEM;
  memcpy(tmp, path, plen);
  memcpy(tmp + plen, ".tmp", 5);
  FgStatus st = FG_OK;
  FILE *f = fopen(tmp, "wb");
  if (!f)
    st = io_error(diag, diag_handle, tmp, "cannot create");
  else {
    bool ok = fwrite(bytes, 1, len, f) == len;
    ok = (fclose(f) == 0) && ok;
    if (!ok)
      st = io_error(diag, diag_handle, tmp, "cannot write");
    else if (rename(tmp, path) != 0)
      st = io_error(diag, diag_handle, path, "cannot rename the new model to");
    if (st != FG_OK)
      remove(tmp);
  }
  free(tmp);
  return st;
}

FgStatus fg_model_writer_save(const FgModelWriter *writer, const char *path,
                              FgDiagFunc diag, void *diag_handle) {
  FgBuf bytes;
  fg_buf_init(&bytes);
  FgStatus st = fg_model_writer_bytes(writer, &bytes);
  if (st == FG_OK)
    st = fg_model_save_bytes(bytes.data, bytes.len, path, diag, diag_handle);
  fg_buf_free(&bytes);
  return st;
}

/* ---- reading ---- */

FgStatus fg_model_fail(const FgModel *model, uint32_t section, size_t offset,
                       const char *message) {
  char name[5], msg[600];
  size_t base = 0;
  for (size_t i = 0; i < model->count; i++)
    if (model->sections[i].id == section)
      base = model->sections[i].offset;
  fg_model_section_name(section, name);
  snprintf(msg, sizeof msg, "%s: bad model: section %s, byte %zu: %s",
           model->name, name, base + offset, message);
  report(model->diag, model->diag_handle, FG_ERR_SYNTAX, model->name,
         base + offset, msg);
  return FG_ERR_SYNTAX;
}

static FgStatus header_fail(const FgModel *model, size_t offset,
                            const char *message) {
  char msg[600];
  snprintf(msg, sizeof msg, "%s: bad model: header, byte %zu: %s", model->name,
           offset, message);
  report(model->diag, model->diag_handle, FG_ERR_SYNTAX, model->name, offset,
         msg);
  return FG_ERR_SYNTAX;
}

static FgStatus check_trailer(const FgModel *m) {
  size_t minimum = FG_MODEL_HEADER_LEN + FG_MODEL_TRAILER_LEN;
  if (m->len < 8 || memcmp(m->bytes, FG_MODEL_MAGIC, 8) != 0)
    return header_fail(m, 0, "not a factgraph model (wrong magic number)");
  if (m->len < minimum)
    return header_fail(m, m->len, "file too short (truncated)");
  if (fg_le_load_u32(m->bytes + 8) != FG_MODEL_VERSION)
    return header_fail(m, 8, "unsupported format version");
  if (fg_le_load_u64(m->bytes + 120) != m->len)
    return header_fail(m, 120, "recorded length differs from the file's "
                               "(truncated or extended)");
  size_t end = m->len - FG_MODEL_TRAILER_LEN;
  if (memcmp(m->bytes + end + 8, TRAILER_MAGIC, 8) != 0)
    return header_fail(m, end + 8, "missing end marker");
  if (fg_le_load_u64(m->bytes + end) != fg_hash(m->bytes, end))
    return header_fail(m, end, "file checksum mismatch (corrupted)");
  return FG_OK;
}

static FgStatus read_header(FgModel *m, uint32_t kind) {
  FgLeCursor c = fg_le_cursor(m->bytes, m->len);
  fg_le_take(&c, 12);
  FgModelInfo *in = &m->info;
  in->kind = fg_le_u32(&c);
  in->template_hash = fg_le_u64(&c);
  uint32_t hash_fn = fg_le_u32(&c);
  uint32_t reserved = fg_le_u32(&c);
  in->hash_seed = fg_le_u64(&c);
  in->train_seed = fg_le_u64(&c);
  in->epochs = fg_le_u32(&c);
  uint32_t count = fg_le_u32(&c);
  memcpy(in->corpora, fg_le_take(&c, FG_MODEL_CORPORA_LEN),
         FG_MODEL_CORPORA_LEN);
  if (kind && in->kind != kind)
    return header_fail(m, 12, "a model of another kind");
  if (hash_fn != FG_MODEL_HASH_XXH3 || reserved != 0)
    return header_fail(m, 24, "unknown hash function");
  if (in->corpora[FG_MODEL_CORPORA_LEN - 1] != '\0')
    return header_fail(m, 56, "corpora field not terminated");
  if (count > FG_MODEL_MAX_SECTIONS)
    return header_fail(m, 52, "too many sections");
  m->count = count;
  return FG_OK;
}

static FgStatus read_directory(FgModel *m) {
  size_t dir_end = FG_MODEL_HEADER_LEN + m->count * FG_MODEL_DIR_ENTRY_LEN;
  size_t data_end = m->len - FG_MODEL_TRAILER_LEN;
  if (dir_end > data_end)
    return header_fail(m, FG_MODEL_HEADER_LEN, "section directory too long");
  size_t prev_end = dir_end;
  for (size_t i = 0; i < m->count; i++) {
    size_t at = FG_MODEL_HEADER_LEN + i * FG_MODEL_DIR_ENTRY_LEN;
    const uint8_t *e = m->bytes + at;
    uint32_t id = fg_le_load_u32(e);
    uint64_t off = fg_le_load_u64(e + 8), len = fg_le_load_u64(e + 16);
    if (fg_le_load_u32(e + 4) != 0)
      return header_fail(m, at + 4, "non-zero reserved field");
    if (off % 16 != 0 || off < prev_end || off > data_end ||
        len > data_end - off)
      return header_fail(m, at + 8, "section outside the file or misplaced");
    for (size_t j = 0; j < i; j++)
      if (m->sections[j].id == id)
        return header_fail(m, at, "section id repeated");
    /* The section's recorded XXH3 (e + 24) is not recomputed: the file
     * checksum, checked first, already covers every section byte and the
     * recorded sums, so a second pass over ~20 MB of models found nothing
     * new (it doubled the hashing at load). */
    m->sections[i] = (Section){id, (size_t)off, (size_t)len};
    prev_end = (size_t)(off + len);
  }
  return FG_OK;
}

static FgStatus open_bytes(FgModel *m, uint32_t kind, FgModel **out) {
  FgStatus st = check_trailer(m);
  if (st == FG_OK)
    st = read_header(m, kind);
  if (st == FG_OK)
    st = read_directory(m);
  if (st != FG_OK) {
    fg_model_free(m);
    return st;
  }
  *out = m;
  return FG_OK;
}

static FgModel *model_new(const char *name, size_t len, FgDiagFunc diag,
                          void *diag_handle) {
  FgModel *m = calloc(1, sizeof *m);
  if (!m)
    return NULL;
  m->diag = diag;
  m->diag_handle = diag_handle;
  m->name = strdup(name ? name : "(model)");
  m->len = len;
  size_t alloc = align16(len ? len : 1);
  m->bytes = aligned_alloc(16, alloc);
  if (!m->name || !m->bytes) {
    fg_model_free(m);
    return NULL;
  }
  return m;
}

FgStatus fg_model_open_memory(const void *data, size_t len, const char *name,
                              uint32_t kind, FgDiagFunc diag,
                              void *diag_handle, FgModel **out) {
  *out = NULL;
  FgModel *m = model_new(name, len, diag, diag_handle);
  if (!m)
    return FG_ERR_NOMEM;
  if (len)
    memcpy(m->bytes, data, len);
  return open_bytes(m, kind, out);
}

/* Largest model file accepted: far above any real model, below anything
 * that would exhaust memory. */
#define MAX_MODEL_BYTES ((size_t)1 << 30)

/* Maps the file read-only: no copy, and the page cache is shared between
 * processes. Models are replaced by rename, never rewritten in place, so
 * a mapping stays valid. Falls back to reading on a file mmap refuses. */
static FgStatus map_file(FgModel *m, int fd) {
  void *p = mmap(NULL, m->len, PROT_READ, MAP_PRIVATE, fd, 0);
  if (p != MAP_FAILED) {
    m->bytes = p;
    m->mapped = true;
    return FG_OK;
  }
  m->bytes = aligned_alloc(16, align16(m->len));
  if (!m->bytes)
    return FG_ERR_NOMEM;
  size_t done = 0;
  while (done < m->len) {
    ssize_t got = read(fd, m->bytes + done, m->len - done);
    if (got <= 0)
      return FG_ERR_IO;
    done += (size_t)got;
  }
  return FG_OK;
}

FgStatus fg_model_open(const char *path, uint32_t kind, FgDiagFunc diag,
                       void *diag_handle, FgModel **out) {
  *out = NULL;
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    return io_error(diag, diag_handle, path, "cannot open model");
  struct stat st_buf;
  if (fstat(fd, &st_buf) != 0) {
    FgStatus st = io_error(diag, diag_handle, path, "cannot read model");
    close(fd);
    return st;
  }
  if (!S_ISREG(st_buf.st_mode)) {
    close(fd);
    char msg[512];
    snprintf(msg, sizeof msg, "%s: cannot read model: not a regular file",
             path);
    report(diag, diag_handle, FG_ERR_IO, path, 0, msg);
    return FG_ERR_IO;
  }
  FgModel *m = calloc(1, sizeof *m);
  if (m) {
    m->diag = diag;
    m->diag_handle = diag_handle;
    m->name = strdup(path);
    m->len = (size_t)st_buf.st_size;
  }
  if (!m || !m->name) {
    close(fd);
    fg_model_free(m);
    return FG_ERR_NOMEM;
  }
  if (m->len == 0 || m->len > MAX_MODEL_BYTES) {
    close(fd);
    FgStatus st = header_fail(m, 0,
                              m->len ? "file too large for a model"
                                     : "empty file (not a model)");
    fg_model_free(m);
    return st;
  }
  FgStatus st = map_file(m, fd);
  close(fd);
  if (st != FG_OK) {
    fg_model_free(m);
    return st == FG_ERR_IO
               ? io_error(diag, diag_handle, path, "cannot read model")
               : st;
  }
  return open_bytes(m, kind, out);
}

void fg_model_free(FgModel *model) {
  if (!model)
    return;
  if (model->mapped)
    munmap(model->bytes, model->len);
  else
    free(model->bytes);
  free(model->name);
  free(model);
}

const FgModelInfo *fg_model_info(const FgModel *model) { return &model->info; }

const char *fg_model_name(const FgModel *model) { return model->name; }

bool fg_model_section(const FgModel *model, uint32_t id, const uint8_t **data,
                      size_t *len) {
  for (size_t i = 0; i < model->count; i++)
    if (model->sections[i].id == id) {
      *data = model->bytes + model->sections[i].offset;
      *len = model->sections[i].len;
      return true;
    }
  *data = NULL;
  *len = 0;
  return false;
}

FgStatus fg_model_require(const FgModel *model, uint32_t id,
                          const uint8_t **data, size_t *len) {
  if (fg_model_section(model, id, data, len))
    return FG_OK;
  return fg_model_fail(model, id, 0, "section missing");
}

FgStatus fg_model_check_templates(const FgModel *model,
                                  uint64_t template_hash) {
  if (model->info.template_hash == template_hash)
    return FG_OK;
  return header_fail(model, 16,
                     "trained with other feature templates (stale model: "
                     "retrain it with `make models`)");
}
