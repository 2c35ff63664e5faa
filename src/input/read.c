/* SPDX-License-Identifier: MIT */
#include "read.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "input/article.h"
#include "input/conllu.h"
#include "input/detect.h"
#include "input/html.h"
#include "input/jsonl.h"
#include "input/source.h"
#include "input/xml.h"
#include "text/utf8.h"
#include "util/grow.h"
#include "util/intern.h"

/* One input being read: where messages go and what became of it. */
typedef struct {
  const FgInputReader *reader;
  const char *source; /* the name in messages: the path, or "stdin" */
  const char *path;   /* the path as given ("-": stdin), or the memory id */
  const char *id;     /* the document id */
  size_t articles;
  bool repaired;      /* a repair was reported (once per input but per line) */
} Input;

static void say(const Input *in, FgStatus st, FgSeverity sev,
                unsigned long line, unsigned long long byte,
                const char *message) {
  if (!in->reader->diag)
    return;
  FgDiag d = {st, sev, in->source, line, (unsigned long)byte, message};
  in->reader->diag(in->reader->diag_handle, &d);
}

static FgInputReport report_of(const Input *in) {
  FgInputReport r = {in->reader->diag, in->reader->diag_handle, in->source, 0};
  return r;
}

/* Copies bytes to out as valid UTF-8, warning at the first repair (at a
 * line when line > 0, else at base plus the byte offset, once per input). */
static bool repair(Input *in, const char *bytes, size_t len,
                   unsigned long long base, unsigned long line, FgBuf *out) {
  FgUtf8Report rep;
  fg_buf_clear(out);
  if (!fg_utf8_repair(bytes, len, out, &rep))
    return false;
  if (in->repaired && line == 0)
    return true;
  in->repaired = rep.invalid || rep.nul || rep.nonchar;
  if (rep.invalid)
    say(in, FG_OK, FG_SEV_WARNING, line, line ? 0 : base + rep.first_invalid,
        "invalid UTF-8 replaced by U+FFFD");
  if (rep.nul)
    say(in, FG_OK, FG_SEV_WARNING, line, line ? 0 : base + rep.first_nul,
        "NUL byte replaced by U+FFFD");
  if (rep.nonchar)
    say(in, FG_OK, FG_SEV_WARNING, line, line ? 0 : base + rep.first_nonchar,
        "Unicode noncharacter replaced by U+FFFD");
  return true;
}

/* Makes a reader's field valid UTF-8 (a page may lie about its bytes). */
static bool sanitize(char **field) {
  if (!*field)
    return true;
  FgBuf clean;
  fg_buf_init(&clean);
  FgUtf8Report rep;
  if (!fg_utf8_repair(*field, strlen(*field), &clean, &rep)) {
    fg_buf_free(&clean);
    return false;
  }
  free(*field);
  *field = fg_buf_take(&clean);
  return true;
}

static bool blank(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (!strchr(" \n\t\r", s[i]) || s[i] == '\0')
      return false;
  return true;
}

/* Hands a document's text on in pieces of at most FG_TEXT_SEGMENT bytes
 * cut as plain text is (the first carries the metadata that counts), so
 * that a huge page or JSON line takes the memory of one piece in the
 * analysis, as a huge text file does. */
static FgStatus sink_segments(Input *in, const FgDocument *meta,
                              const char *text, size_t len) {
  FgStatus st = FG_OK;
  uint64_t cp = 0;
  for (size_t at = 0; st == FG_OK && at < len;) {
    size_t n = len - at <= FG_TEXT_SEGMENT
                   ? len - at
                   : fg_source_cut_point(text + at, FG_TEXT_SEGMENT);
    size_t count = fg_utf8_count(text + at, n);
    if (cp + count > UINT32_MAX) {
      say(in, FG_OK, FG_SEV_WARNING, 0, 0,
          "text longer than 4G characters: the rest is not read");
      break;
    }
    FgPiece piece = {meta, text + at, n, (uint32_t)cp, NULL};
    if (!blank(text + at, n)) {
      st = in->reader->sink(in->reader->sink_handle, &piece);
      in->articles += st == FG_OK;
    }
    cp += count;
    at += n;
  }
  return st;
}

/* Hands the article on as document id (unless it names its own) read
 * from where (its source). */
static FgStatus sink_article(Input *in, FgArticle *a, const char *id,
                             const char *where, unsigned long line) {
  char **fields[] = {&a->id,     &a->headline,  &a->date,
                     &a->author, &a->publisher, &a->url};
  for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
    if (!sanitize(fields[i]))
      return FG_ERR_NOMEM;
  if (a->url && !fg_article_is_web_url(a->url)) {
    say(in, FG_OK, FG_SEV_WARNING, line, 0,
        "the document's URL is not an http or https URL: left out");
    free(a->url);
    a->url = NULL;
  }
  FgBuf text;
  fg_buf_init(&text);
  FgUtf8Report rep;
  bool repaired = fg_utf8_repair(a->text.data ? a->text.data : "", a->text.len, &text, &rep);
  fg_buf_free(&a->text); /* the repaired copy alone is read from here on */
  if (!repaired) {
    fg_buf_free(&text);
    return FG_ERR_NOMEM;
  }
  FgStatus st = FG_NOTHING;
  if (!blank(fg_buf_cstr(&text), text.len)) {
    FgDocument meta = {.id = a->id ? a->id : id, .source = where,
                       .headline = a->headline, .date = a->date,
                       .author = a->author, .publisher = a->publisher,
                       .url = a->url};
    st = sink_segments(in, &meta, fg_buf_cstr(&text), text.len);
  }
  fg_buf_free(&text);
  return st;
}

/* ---- plain text, in paragraph-bounded segments ---- */

static FgStatus read_text(Input *in, FgSource *src) {
  FgBuf text;
  fg_buf_init(&text);
  FgDocument meta = {.id = in->id, .source = in->path};
  uint64_t cp = 0;
  const char *seg;
  size_t len;
  FgStatus st = FG_OK;
  unsigned long long base = src->offset;
  while (st == FG_OK && fg_source_segment(src, FG_TEXT_SEGMENT, &seg, &len)) {
    if (!repair(in, seg, len, base, 0, &text)) {
      st = FG_ERR_NOMEM;
      break;
    }
    base = src->offset;
    size_t count = fg_utf8_count(fg_buf_cstr(&text), text.len);
    if (cp + count > UINT32_MAX) {
      say(in, FG_OK, FG_SEV_WARNING, 0, base,
          "text longer than 4G characters: the rest is not read");
      break;
    }
    /* Later segments repeat the id: the graph keeps the first one's
     * metadata, the only segment with a header. */
    FgPiece piece = {&meta, fg_buf_cstr(&text), text.len, (uint32_t)cp, NULL};
    if (!blank(piece.text, piece.len)) {
      st = in->reader->sink(in->reader->sink_handle, &piece);
      in->articles += st == FG_OK;
    }
    cp += count;
  }
  fg_buf_free(&text);
  return st;
}

/* ---- JSON Lines, line by line ---- */

/* "name:line", to free; NULL when out of memory. */
static char *name_line(const char *name, unsigned long line) {
  char number[32];
  snprintf(number, sizeof number, ":%lu", line);
  FgBuf b;
  fg_buf_init(&b);
  if (!fg_buf_append_str(&b, name) || !fg_buf_append_str(&b, number)) {
    fg_buf_free(&b);
    return NULL;
  }
  return fg_buf_take(&b);
}

static FgStatus read_jsonl_line(Input *in, const char *line, size_t len,
                                unsigned long line_no, FgBuf *utf8,
                                size_t *bad) {
  if (!repair(in, line, len, 0, line_no, utf8))
    return FG_ERR_NOMEM;
  FgArticle a;
  fg_article_init(&a);
  FgInputReport r = report_of(in);
  FgStatus st = fg_jsonl_read_line(fg_buf_cstr(utf8), utf8->len, line_no, &r, &a);
  if (st == FG_OK) {
    char *id = name_line(in->id, line_no);
    char *where = name_line(in->path, line_no);
    st = id && where ? sink_article(in, &a, id, where, line_no) : FG_ERR_NOMEM;
    free(id);
    free(where);
  }
  *bad += st == FG_ERR_INPUT;
  fg_article_free(&a);
  return st == FG_ERR_NOMEM ? st : FG_OK;
}

static FgStatus read_jsonl(Input *in, FgSource *src) {
  FgBuf utf8;
  fg_buf_init(&utf8);
  FgStatus st = FG_OK;
  size_t bad = 0;
  const char *line;
  size_t len;
  FgLineStatus ls;
  while (st == FG_OK &&
         (ls = fg_source_line(src, FG_JSONL_LINE_MAX, &line, &len)) != FG_LINE_END) {
    if (ls == FG_LINE_TOO_LONG) {
      say(in, FG_ERR_INPUT, FG_SEV_WARNING, src->line, 0,
          "line longer than 64 MiB; line skipped");
      bad++;
      continue;
    }
    st = read_jsonl_line(in, line, len, src->line, &utf8, &bad);
  }
  fg_buf_free(&utf8);
  if (st == FG_OK && in->articles == 0 && bad > 0) {
    say(in, FG_ERR_INPUT, FG_SEV_ERROR, 0, 0, "no line holds a usable article");
    st = FG_ERR_INPUT;
  }
  return st;
}

/* ---- HTML and news XML, read whole ---- */

static FgStatus read_markup(Input *in, FgSource *src, FgInputFormat format) {
  const char *data;
  size_t len;
  if (!fg_source_rest(src, FG_MARKUP_MAX, &data, &len)) {
    if (src->failed)
      return FG_ERR_IO;
    say(in, FG_ERR_INPUT, FG_SEV_ERROR, 0, 0,
        "larger than 256 MiB, the most a page or XML document may be: skipped");
    return FG_ERR_INPUT;
  }
  FgBuf utf8;
  fg_buf_init(&utf8);
  FgArticle a;
  fg_article_init(&a);
  FgInputReport r = report_of(in);
  FgStatus st = repair(in, data, len, 0, 0, &utf8) ? FG_OK : FG_ERR_NOMEM;
  /* the page's bytes, read whole, are not needed past their repaired copy:
   * freed before libxml2 builds its tree (the 100 MB page of the README) */
  fg_source_release(src);
  if (st == FG_OK)
    st = format == FG_INPUT_HTML
             ? fg_html_read(fg_buf_cstr(&utf8), utf8.len, &r, &a)
             : fg_news_xml_read(fg_buf_cstr(&utf8), utf8.len, &r, &a);
  /* nor is the repaired copy past the article's text: it would stay
   * beside every piece's analysis (the 25 MB web page of test-hostile.sh) */
  fg_buf_free(&utf8);
  if (st == FG_OK)
    st = sink_article(in, &a, in->id, in->path, 0);
  if (st == FG_ERR_INPUT)
    say(in, st, FG_SEV_ERROR, 0, 0,
        format == FG_INPUT_HTML
            ? "not readable as HTML: skipped"
            : "no NITF or NewsML-G2 article in it (root <nitf> or "
              "<newsItem>): skipped");
  fg_article_free(&a);
  fg_buf_free(&utf8);
  return st;
}

/* ---- pre-tokenized CoNLL-U (conllu.c), a piece per document ---- */

static FgStatus read_conllu(Input *in, FgSource *src) {
  FgConlluInput ci = {in->reader->diag, in->reader->diag_handle, in->source,
                      in->id,           in->path,                in->reader->sink,
                      in->reader->sink_handle};
  return fg_conllu_input_read(&ci, src, &in->articles);
}

/* ---- one stream ---- */

static FgStatus read_stream(Input *in, FILE *f);

static bool is_utf16(const char *head, size_t len) {
  const unsigned char *u = (const unsigned char *)head;
  return len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF));
}

/* UTF-16 with a BOM is converted whole, then read as UTF-8. */
static FgStatus read_utf16(Input *in, FgSource *src) {
  const char *data;
  size_t len;
  if (!fg_source_rest(src, FG_MARKUP_MAX, &data, &len)) {
    say(in, FG_ERR_INPUT, FG_SEV_ERROR, 0, 0,
        "UTF-16 input larger than 256 MiB: skipped");
    return src->failed ? FG_ERR_IO : FG_ERR_INPUT;
  }
  FgBuf utf8;
  fg_buf_init(&utf8);
  FgStatus st = repair(in, data, len, 0, 0, &utf8) ? FG_OK : FG_ERR_NOMEM;
  FILE *m = st == FG_OK && utf8.len > 0 ? fmemopen(utf8.data, utf8.len, "rb") : NULL;
  if (st == FG_OK)
    st = m ? read_stream(in, m) : FG_NOTHING;
  if (m)
    fclose(m);
  fg_buf_free(&utf8);
  return st;
}

/* "binary file (what it is), not text: skipped". */
static void say_binary(const Input *in, const char *kind) {
  FgBuf message;
  fg_buf_init(&message);
  if (fg_buf_append_str(&message, "binary file (") &&
      fg_buf_append_str(&message, kind) &&
      fg_buf_append_str(&message, "), not text: skipped"))
    say(in, FG_ERR_INPUT, FG_SEV_ERROR, 0, 0, fg_buf_cstr(&message));
  fg_buf_free(&message);
}

static FgStatus read_stream(Input *in, FILE *f) {
  FgSource src;
  fg_source_init(&src, f);
  size_t len;
  const char *head = fg_source_peek(&src, FG_DETECT_BYTES, &len);
  const char *kind = NULL;
  FgStatus st;
  if (!head) {
    st = FG_ERR_IO;
  } else if (is_utf16(head, len)) {
    st = read_utf16(in, &src);
  } else if ((kind = fg_input_binary_kind(head, len)) != NULL) {
    say_binary(in, kind);
    st = FG_ERR_INPUT;
  } else {
    FgInputFormat format = in->reader->format != FG_INPUT_AUTO
                               ? in->reader->format
                               : fg_input_detect(head, len);
    st = format == FG_INPUT_TEXT     ? read_text(in, &src)
         : format == FG_INPUT_JSONL  ? read_jsonl(in, &src)
         : format == FG_INPUT_CONLLU ? read_conllu(in, &src)
                                     : read_markup(in, &src, format);
  }
  if (src.failed && st != FG_ERR_NOMEM) {
    say(in, FG_ERR_IO, FG_SEV_ERROR, 0, src.offset,
        src.error ? strerror(src.error) : "out of memory while reading");
    st = FG_ERR_IO;
  }
  fg_source_free(&src);
  if (st == FG_OK && in->articles == 0)
    st = FG_NOTHING;
  if (st == FG_NOTHING)
    say(in, FG_NOTHING, FG_SEV_WARNING, 0, 0,
        len == 0 ? "empty document, nothing read"
                 : "no article text in it, nothing read");
  return st;
}

/* ---- files and directories ---- */

struct FgFilesRead {
  FgIntern *files; /* device and inode, as bytes */
  char **paths;    /* by the files' ids */
  size_t cap;
};

FgFilesRead *fg_files_read_new(void) {
  FgFilesRead *files = calloc(1, sizeof *files);
  if (files && !(files->files = fg_intern_new())) {
    free(files);
    return NULL;
  }
  return files;
}

void fg_files_read_free(FgFilesRead *files) {
  if (!files)
    return;
  for (size_t i = 0; i < fg_intern_count(files->files); i++)
    free(files->paths[i]);
  free(files->paths);
  fg_intern_free(files->files);
  free(files);
}

/* Records the file st describes as read under path. FG_OK when it is new;
 * FG_NOTHING, with *first the path it was read under, when it was read
 * before; FG_ERR_NOMEM. */
static FgStatus remember_file(FgFilesRead *files, uint64_t dev, uint64_t ino,
                              const char *path, const char **first) {
  const uint64_t key[2] = {dev, ino};
  uint32_t seen = fg_intern_find(files->files, (const char *)&key, sizeof key);
  if (seen != FG_NO_ID) {
    *first = files->paths[seen];
    return FG_NOTHING;
  }
  size_t count = fg_intern_count(files->files);
  char **paths = fg_grow(files->paths, count + 1, &files->cap, sizeof *paths);
  if (!paths)
    return FG_ERR_NOMEM;
  files->paths = paths;
  char *copy = strdup(path);
  paths[count] = copy; /* freed with the set once the key is in */
  if (!copy || fg_intern_add(files->files, (const char *)&key, sizeof key) == FG_NO_ID) {
    if (fg_intern_count(files->files) == count)
      free(copy);
    return FG_ERR_NOMEM;
  }
  return FG_OK;
}

FgStatus fg_input_claim_file(const FgInputReader *reader, uint64_t dev,
                             uint64_t ino, const char *path) {
  const char *first = NULL;
  FgStatus seen = remember_file(reader->files_read, dev, ino, path, &first);
  if (seen == FG_NOTHING) {
    Input in = {reader, path, path, NULL, 0, false};
    char message[300];
    snprintf(message, sizeof message, "the same file as %.250s, read already: skipped", first);
    say(&in, FG_NOTHING, FG_SEV_WARNING, 0, 0, message);
  }
  return seen;
}

/* The directories being walked, innermost first: a loop shows up as a
 * directory that is its own ancestor (same device and inode). */
typedef struct Walk {
  dev_t dev;
  ino_t ino;
  const struct Walk *up;
} Walk;

static FgStatus worse(FgStatus a, FgStatus b) {
  if (a > FG_NOTHING || b > FG_NOTHING)
    return a > FG_NOTHING ? a : b;
  return a == FG_OK || b == FG_OK ? FG_OK : FG_NOTHING;
}

static FgStatus read_file(const FgInputReader *reader, const char *path,
                          const char *id) {
  bool is_stdin = strcmp(path, "-") == 0;
  Input in = {reader, is_stdin ? "stdin" : path, path, id, 0, false};
  FILE *f = is_stdin ? stdin : fopen(path, "rb");
  if (!f) {
    say(&in, FG_ERR_IO, FG_SEV_ERROR, 0, 0, strerror(errno));
    return FG_ERR_IO;
  }
  FgStatus st = read_stream(&in, f);
  if (!is_stdin)
    fclose(f);
  return st;
}

/* a/b, or b when a is NULL; "dir/" given with -r does not double the '/'. */
static char *join(const char *a, const char *b) {
  FgBuf buf;
  fg_buf_init(&buf);
  bool slash = a && *a && a[strlen(a) - 1] == '/';
  if ((a && (!fg_buf_append_str(&buf, a) ||
             (!slash && !fg_buf_append_char(&buf, '/')))) ||
      !fg_buf_append_str(&buf, b)) {
    fg_buf_free(&buf);
    return NULL;
  }
  return fg_buf_take(&buf);
}

static FgStatus read_tree(const FgInputReader *reader, const char *path,
                          const char *id, const Walk *up, bool operand);

static FgStatus walk_entries(const FgInputReader *reader, const char *dir,
                             const char *id, const Walk *here) {
  struct dirent **entries = NULL;
  int n = scandir(dir, &entries, NULL, alphasort);
  Input in = {reader, dir, dir, id, 0, false};
  if (n < 0) {
    say(&in, FG_ERR_IO, FG_SEV_ERROR, 0, 0, strerror(errno));
    return FG_ERR_IO;
  }
  FgStatus st = FG_NOTHING;
  for (int i = 0; i < n; i++) {
    const char *name = entries[i]->d_name;
    char *child = name[0] == '.' ? NULL : join(dir, name);
    char *child_id = child ? join(id, name) : NULL;
    if (child && child_id)
      st = worse(st, read_tree(reader, child, child_id, here, false));
    else if (name[0] != '.')
      st = worse(st, FG_ERR_NOMEM);
    free(child);
    free(child_id);
    free(entries[i]);
  }
  free(entries);
  if (st == FG_NOTHING)
    say(&in, FG_NOTHING, FG_SEV_WARNING, 0, 0, "no article in this directory");
  return st;
}

static FgStatus read_tree(const FgInputReader *reader, const char *path,
                          const char *id, const Walk *up, bool operand) {
  Input in = {reader, path, path, id, 0, false};
  struct stat st;
  if (strcmp(path, "-") != 0 && stat(path, &st) != 0) {
    say(&in, FG_ERR_IO, FG_SEV_ERROR, 0, 0, strerror(errno));
    return FG_ERR_IO;
  }
  bool regular = strcmp(path, "-") != 0 && S_ISREG(st.st_mode);
  FgStatus seen = regular && reader->files_read
                      ? fg_input_claim_file(reader, st.st_dev, st.st_ino, path)
                      : FG_OK;
  if (seen != FG_OK)
    return seen;
  if (regular && !reader->files_read && reader->file_hook) {
    reader->file_hook(reader->sink_handle, st.st_dev, st.st_ino, path, false);
    FgStatus read = read_file(reader, path, id);
    reader->file_hook(reader->sink_handle, st.st_dev, st.st_ino, path, true);
    return read;
  }
  if (strcmp(path, "-") == 0 || (!S_ISDIR(st.st_mode) && (operand || S_ISREG(st.st_mode))))
    return read_file(reader, path, id);
  if (!S_ISDIR(st.st_mode)) {
    say(&in, FG_NOTHING, FG_SEV_WARNING, 0, 0, "not a regular file: skipped");
    return FG_NOTHING;
  }
  if (!reader->recursive) {
    say(&in, FG_ERR_INPUT, FG_SEV_ERROR, 0, 0,
        "is a directory (use -r to read the files in it)");
    return FG_ERR_INPUT;
  }
  for (const Walk *w = up; w; w = w->up)
    if (w->dev == st.st_dev && w->ino == st.st_ino) {
      say(&in, FG_NOTHING, FG_SEV_WARNING, 0, 0,
          "directory loop: already being read higher up, not followed");
      return FG_NOTHING;
    }
  Walk here = {st.st_dev, st.st_ino, up};
  return walk_entries(reader, path, operand ? NULL : id, &here);
}

static const char *base_name(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash && slash[1] ? slash + 1 : path;
}

FgStatus fg_input_read_path(const FgInputReader *reader, const char *path) {
  bool is_stdin = strcmp(path, "-") == 0;
  return read_tree(reader, path, is_stdin ? "stdin" : base_name(path), NULL,
                   true);
}

FgStatus fg_input_read_memory(const FgInputReader *reader, const char *id,
                              const char *bytes, size_t len) {
  Input in = {reader, id, id, id, 0, false};
  /* fmemopen wants a writable buffer even for reading: it is not written. */
  FILE *f = len > 0 ? fmemopen((void *)(uintptr_t)bytes, len, "rb") : NULL;
  if (len > 0 && !f)
    return FG_ERR_NOMEM;
  FgStatus st = FG_NOTHING;
  if (f) {
    st = read_stream(&in, f);
    fclose(f);
  } else {
    say(&in, FG_NOTHING, FG_SEV_WARNING, 0, 0, "empty document, nothing read");
  }
  return st;
}
