/* SPDX-License-Identifier: MIT */
#include "corpus/corpus.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/arena.h"
#include "util/grow.h"

/* Longest line accepted: GUM's comment lines run to a few KB. */
#define MAX_LINE ((size_t)1 << 20)

typedef struct {
  uint32_t first, last; /* 1-based word ids */
  uint32_t form_len;
  uint8_t space_after;
  unsigned long line;
} Range;

struct FgCorpus {
  FgCorpusFormat format;
  char *name;
  char *memory; /* copy of the in-memory input, or NULL */
  size_t memory_len;
  FILE *file;
  FgDiagFunc diag;
  void *diag_handle;
  unsigned long line_no;
  char *line;
  size_t line_cap;
  bool failed;
  FgArena *arena; /* the current sentence's strings */
  FgWord *words;
  const char **misc;
  unsigned long *lines; /* each word's line, for late errors */
  size_t nwords, cap_words, cap_misc, cap_lines;
  Range *ranges;
  size_t nranges, cap_ranges;
  char *doc_id;
  bool newdoc;
  const char *sent_id, *text;
  unsigned long first_line;
};

static FgStatus fail_at(FgCorpus *c, unsigned long line, FgStatus st,
                        const char *message) {
  char msg[512];
  snprintf(msg, sizeof msg, "%s:%lu: %s", c->name, line, message);
  if (c->diag) {
    FgDiag d = {st, FG_SEV_ERROR, c->name, line, 0, msg};
    c->diag(c->diag_handle, &d);
  }
  c->failed = true;
  return st;
}

static FgStatus fail(FgCorpus *c, FgStatus st, const char *message) {
  return fail_at(c, c->line_no, st, message);
}

static FgStatus open_stream(FgCorpus *c) {
  if (c->memory)
    c->file = fmemopen(c->memory, c->memory_len ? c->memory_len : 1, "r");
  else
    c->file = fopen(c->name, "r");
  if (c->file)
    return FG_OK;
  char msg[512];
  snprintf(msg, sizeof msg, "%s: cannot open corpus: %s", c->name,
           strerror(errno));
  if (c->diag) {
    FgDiag d = {FG_ERR_IO, FG_SEV_ERROR, c->name, 0, 0, msg};
    c->diag(c->diag_handle, &d);
  }
  return FG_ERR_IO;
}

static FgStatus corpus_new(const char *name, FgCorpusFormat format,
                           FgDiagFunc diag, void *diag_handle, FgCorpus **out) {
  *out = NULL;
  FgCorpus *c = calloc(1, sizeof *c);
  if (!c)
    return FG_ERR_NOMEM;
  c->format = format;
  c->diag = diag;
  c->diag_handle = diag_handle;
  c->name = strdup(name ? name : "(corpus)");
  c->arena = fg_arena_new();
  if (!c->name || !c->arena) {
    fg_corpus_free(c);
    return FG_ERR_NOMEM;
  }
  *out = c;
  return FG_OK;
}

FgStatus fg_corpus_open(const char *path, FgCorpusFormat format,
                        FgDiagFunc diag, void *diag_handle, FgCorpus **out) {
  FgStatus st = corpus_new(path, format, diag, diag_handle, out);
  if (st == FG_OK && (st = open_stream(*out)) != FG_OK) {
    fg_corpus_free(*out);
    *out = NULL;
  }
  return st;
}

FgStatus fg_corpus_open_memory(const char *data, size_t len, const char *name,
                               FgCorpusFormat format, FgDiagFunc diag,
                               void *diag_handle, FgCorpus **out) {
  FgStatus st = corpus_new(name, format, diag, diag_handle, out);
  if (st != FG_OK)
    return st;
  FgCorpus *c = *out;
  c->memory = malloc(len + 1);
  if (!c->memory) {
    fg_corpus_free(c);
    *out = NULL;
    return FG_ERR_NOMEM;
  }
  if (len)
    memcpy(c->memory, data, len);
  c->memory[len] = '\0';
  c->memory_len = len;
  if ((st = open_stream(c)) != FG_OK) {
    fg_corpus_free(c);
    *out = NULL;
  }
  return st;
}

void fg_corpus_free(FgCorpus *corpus) {
  if (!corpus)
    return;
  if (corpus->file)
    fclose(corpus->file);
  fg_arena_free(corpus->arena);
  free(corpus->memory);
  free(corpus->name);
  free(corpus->line);
  free(corpus->words);
  free(corpus->misc);
  free(corpus->lines);
  free(corpus->ranges);
  free(corpus->doc_id);
  free(corpus);
}

FgStatus fg_corpus_rewind(FgCorpus *corpus) {
  if (corpus->file)
    fclose(corpus->file);
  corpus->file = NULL;
  corpus->line_no = 0;
  corpus->failed = false;
  free(corpus->doc_id);
  corpus->doc_id = NULL;
  return open_stream(corpus);
}

/* ---- one sentence ---- */

static void begin_sentence(FgCorpus *c) {
  fg_arena_reset(c->arena);
  c->nwords = 0;
  c->nranges = 0;
  c->newdoc = false;
  c->sent_id = NULL;
  c->text = NULL;
  c->first_line = 0;
}

/* Splits line at tabs into at most max fields; returns the count. */
static size_t split_tabs(char *line, char **fields, size_t max) {
  size_t n = 0;
  fields[n++] = line;
  for (char *p = line; *p; p++)
    if (*p == '\t') {
      if (n == max)
        return max + 1;
      *p = '\0';
      fields[n++] = p + 1;
    }
  return n;
}

/* A decimal id of at most 9 digits; false otherwise. */
static bool parse_uint(const char *s, size_t len, uint32_t *out) {
  if (len == 0 || len > 9)
    return false;
  uint32_t v = 0;
  for (size_t i = 0; i < len; i++) {
    if (s[i] < '0' || s[i] > '9')
      return false;
    v = v * 10 + (uint32_t)(s[i] - '0');
  }
  *out = v;
  return true;
}

static const char *or_null(const char *field) {
  return strcmp(field, "_") == 0 ? NULL : field;
}

static bool misc_has_no_space(const char *misc) {
  for (const char *p = misc; p && *p;) {
    const char *bar = strchr(p, '|');
    size_t len = bar ? (size_t)(bar - p) : strlen(p);
    if (len == 13 && memcmp(p, "SpaceAfter=No", 13) == 0)
      return true;
    p = bar ? bar + 1 : NULL;
  }
  return false;
}

static FgStatus comment(FgCorpus *c, const char *line) {
  if (c->nwords)
    return fail(c, FG_ERR_SYNTAX, "comment line inside a sentence");
  static const char *const keys[] = {"# newdoc id = ", "# sent_id = ",
                                     "# text = "};
  if (strcmp(line, "# newdoc") == 0) {
    c->newdoc = true;
    free(c->doc_id);
    c->doc_id = NULL;
    return FG_OK;
  }
  for (int k = 0; k < 3; k++) {
    size_t klen = strlen(keys[k]);
    if (strncmp(line, keys[k], klen) != 0)
      continue;
    const char *value = line + klen;
    if (k == 0) {
      char *copy = strdup(value);
      if (!copy)
        return fail(c, FG_ERR_NOMEM, "out of memory");
      free(c->doc_id);
      c->doc_id = copy;
      c->newdoc = true;
      return FG_OK;
    }
    const char *kept = fg_arena_strdup(c->arena, value);
    if (!kept)
      return fail(c, FG_ERR_NOMEM, "out of memory");
    if (k == 1)
      c->sent_id = kept;
    else
      c->text = kept;
  }
  return FG_OK;
}

static FgWord *new_word(FgCorpus *c) {
  if (c->nwords >= FG_CORPUS_MAX_WORDS) {
    fail(c, FG_ERR_SYNTAX, "sentence longer than the reader's bound");
    return NULL;
  }
  FgWord *words = fg_grow(c->words, c->nwords + 1, &c->cap_words,
                          sizeof *c->words);
  const char **misc = words ? fg_grow(c->misc, c->nwords + 1, &c->cap_misc,
                                      sizeof *c->misc)
                            : NULL;
  if (words)
    c->words = words;
  if (misc)
    c->misc = misc;
  unsigned long *lines = misc ? fg_grow(c->lines, c->nwords + 1,
                                        &c->cap_lines, sizeof *c->lines)
                              : NULL;
  if (!lines) {
    fail(c, FG_ERR_NOMEM, "out of memory");
    return NULL;
  }
  c->lines = lines;
  c->lines[c->nwords] = c->line_no;
  if (!c->first_line)
    c->first_line = c->line_no;
  FgWord *w = &c->words[c->nwords];
  memset(w, 0, sizeof *w);
  w->space_after = 1;
  c->misc[c->nwords++] = NULL;
  return w;
}

static FgStatus range_line(FgCorpus *c, char **f, const char *dash) {
  uint32_t first, last;
  if (!parse_uint(f[0], (size_t)(dash - f[0]), &first) ||
      !parse_uint(dash + 1, strlen(dash + 1), &last) || last <= first)
    return fail(c, FG_ERR_SYNTAX, "bad multiword token range");
  if (first != c->nwords + 1 ||
      (c->nranges && c->ranges[c->nranges - 1].last >= first))
    return fail(c, FG_ERR_SYNTAX, "multiword token range out of order");
  Range *grown = fg_grow(c->ranges, c->nranges + 1, &c->cap_ranges,
                         sizeof *c->ranges);
  if (!grown)
    return fail(c, FG_ERR_NOMEM, "out of memory");
  c->ranges = grown;
  size_t len = strlen(f[1]);
  c->ranges[c->nranges++] = (Range){first, last, (uint32_t)len,
                                    (uint8_t)!misc_has_no_space(f[9]),
                                    c->line_no};
  return FG_OK;
}

static FgStatus conllu_word(FgCorpus *c, char **f) {
  uint32_t id, head = 0;
  if (!parse_uint(f[0], strlen(f[0]), &id))
    return fail(c, FG_ERR_SYNTAX, "bad word id");
  if (id != c->nwords + 1)
    return fail(c, FG_ERR_SYNTAX, "word ids not consecutive from 1");
  if (strcmp(f[6], "_") != 0 && !parse_uint(f[6], strlen(f[6]), &head))
    return fail(c, FG_ERR_SYNTAX, "bad HEAD");
  FgUpos upos = FG_UPOS_NONE;
  if (strcmp(f[3], "_") != 0 && (upos = fg_upos_from_name(f[3])) == 0)
    return fail(c, FG_ERR_SYNTAX, "unknown UPOS tag");
  FgWord *w = new_word(c);
  if (!w)
    return FG_ERR_SYNTAX;
  w->form = f[1];
  w->form_len = (uint32_t)strlen(f[1]);
  w->lemma = strcmp(f[1], "_") == 0 ? f[2] : or_null(f[2]);
  w->upos = (uint8_t)upos;
  w->xpos = or_null(f[4]);
  w->feats = or_null(f[5]);
  w->head = head;
  w->deprel = or_null(f[7]);
  w->space_after = (uint8_t)!misc_has_no_space(f[9]);
  c->misc[c->nwords - 1] = or_null(f[9]);
  return FG_OK;
}

static FgStatus iob2_word(FgCorpus *c, char **f, size_t nf) {
  uint32_t id;
  if (nf < 3)
    return fail(c, FG_ERR_SYNTAX, "IOB2 line needs ID, FORM and LABEL");
  if (!parse_uint(f[0], strlen(f[0]), &id) || id != c->nwords + 1)
    return fail(c, FG_ERR_SYNTAX, "word ids not consecutive from 1");
  static const char *const types[][2] = {
      {"PER", "Person"}, {"ORG", "Organization"}, {"LOC", "Place"}};
  uint8_t iob = FG_IOB_O, type = FG_NER_NONE;
  const char *label = f[2];
  if (strcmp(label, "O") != 0) {
    if ((label[0] != 'B' && label[0] != 'I') || label[1] != '-')
      return fail(c, FG_ERR_SYNTAX, "label is not O, B-TYPE or I-TYPE");
    iob = label[0] == 'B' ? FG_IOB_B : FG_IOB_I;
    for (int t = 0; t < 3; t++)
      if (strcmp(label + 2, types[t][0]) == 0)
        type = (uint8_t)fg_ner_type_from_name(types[t][1]);
    if (type == FG_NER_NONE)
      return fail(c, FG_ERR_SYNTAX, "unknown entity type (not PER/ORG/LOC)");
  }
  FgWord *w = new_word(c);
  if (!w)
    return FG_ERR_SYNTAX;
  w->form = f[1];
  w->form_len = (uint32_t)strlen(f[1]);
  w->ner_iob = iob;
  w->ner_type = type;
  return FG_OK;
}

static FgStatus word_line(FgCorpus *c, const char *line, size_t len) {
  char *copy = fg_arena_strndup(c->arena, line, len);
  if (!copy)
    return fail(c, FG_ERR_NOMEM, "out of memory");
  char *f[10];
  if (c->format == FG_CORPUS_IOB2) {
    char *g[6];
    size_t nf = split_tabs(copy, g, 5);
    return nf > 5 ? fail(c, FG_ERR_SYNTAX, "too many columns")
                  : iob2_word(c, g, nf);
  }
  if (split_tabs(copy, f, 10) != 10)
    return fail(c, FG_ERR_SYNTAX, "expected 10 tab-separated columns");
  for (int i = 0; i < 10; i++)
    if (!f[i][0])
      return fail(c, FG_ERR_SYNTAX, "empty column");
  const char *dash = strchr(f[0], '-');
  if (dash)
    return range_line(c, f, dash);
  if (strchr(f[0], '.'))
    return FG_OK; /* empty node of the enhanced graph */
  return conllu_word(c, f);
}

/* Offsets, multiword tokens and heads, once every word is in. */
static FgStatus finish_sentence(FgCorpus *c) {
  size_t n = c->nwords;
  for (size_t i = 0; i < n; i++)
    if (c->words[i].head > n)
      return fail_at(c, c->lines[i], FG_ERR_SYNTAX,
                     "HEAD outside the sentence");
  uint32_t pos = 0;
  size_t r = 0;
  for (size_t i = 0; i < n; i++) {
    FgWord *w = &c->words[i];
    if (r < c->nranges && c->ranges[r].first == i + 1) {
      const Range *range = &c->ranges[r++];
      if (range->last > n)
        return fail_at(c, range->line, FG_ERR_SYNTAX,
                       "multiword token range past the end");
      w->mwt_last = range->last;
      for (size_t j = i; j < range->last; j++) {
        c->words[j].begin = pos;
        c->words[j].end = pos + range->form_len;
        c->words[j].space_after = 0;
      }
      c->words[range->last - 1].space_after = range->space_after;
      pos += range->form_len + range->space_after;
      i = range->last - 1;
      continue;
    }
    w->begin = pos;
    w->end = pos + w->form_len;
    pos = w->end + w->space_after;
  }
  return FG_OK;
}

static void lend(const FgCorpus *c, FgCorpusSentence *out) {
  out->words = c->words;
  out->misc = c->format == FG_CORPUS_CONLLU ? c->misc : NULL;
  out->n = c->nwords;
  out->doc_id = c->doc_id;
  out->newdoc = c->newdoc;
  out->sent_id = c->sent_id;
  out->text = c->text;
  out->line = c->first_line;
}

FgStatus fg_corpus_next(FgCorpus *c, FgCorpusSentence *out) {
  memset(out, 0, sizeof *out);
  if (c->failed || !c->file)
    return c->failed ? FG_ERR_SYNTAX : FG_NOTHING;
  begin_sentence(c);
  bool any = false; /* a comment or word seen */
  for (;;) {
    errno = 0;
    ssize_t got = getline(&c->line, &c->line_cap, c->file);
    if (got < 0) {
      if (ferror(c->file))
        return fail(c, FG_ERR_IO, "read error");
      break;
    }
    c->line_no++;
    size_t len = (size_t)got;
    if (len && c->line[len - 1] == '\n')
      c->line[--len] = '\0';
    if (len > MAX_LINE)
      return fail(c, FG_ERR_SYNTAX, "line too long");
    if (memchr(c->line, '\0', len) || memchr(c->line, '\r', len))
      return fail(c, FG_ERR_SYNTAX, "NUL or CR byte in a line");
    if (len == 0) {
      if (c->nwords)
        break;
      if (any)
        return fail(c, FG_ERR_SYNTAX, "sentence without words");
      continue;
    }
    any = true;
    FgStatus st = c->line[0] == '#' ? comment(c, c->line)
                                    : word_line(c, c->line, len);
    if (st != FG_OK)
      return st;
  }
  if (!c->nwords) {
    if (any) {
      c->line_no++;
      return fail(c, FG_ERR_SYNTAX, "sentence without words at the end");
    }
    return FG_NOTHING;
  }
  FgStatus st = finish_sentence(c);
  if (st == FG_OK)
    lend(c, out);
  return st;
}
