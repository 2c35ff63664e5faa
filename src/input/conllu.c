/* SPDX-License-Identifier: MIT */
#include "input/conllu.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/utf8.h"
#include "util/buf.h"
#include "util/grow.h"

/* A line longer than this is an error (no CoNLL-U line comes near it). */
#define LINE_MAX_BYTES ((size_t)1 << 24)

typedef struct {
  const FgConlluInput *ci;
  FgBuf text, forms, line, id;
  FgWord *words;
  uint32_t *form_at; /* each word's form: an offset into forms */
  size_t word_count, word_cap, form_cap;
  uint32_t *firsts;  /* each sentence's first word */
  size_t sentence_count, sentence_cap;
  size_t sentence_start; /* first word of the open sentence */
  uint32_t range_left;   /* words of the open multiword token still due */
  uint32_t range_first;  /* its first word */
  uint32_t token_begin, token_end;
  bool token_space;
  bool paragraph;        /* a "# newpar" before the next sentence */
  bool bad;              /* the document has a malformed line: skipped */
  FgStatus status;
} Reader;

static void say(Reader *r, FgStatus st, FgSeverity sev, unsigned long line, const char *msg) {
  if (!r->ci->diag)
    return;
  FgDiag d = {st, sev, r->ci->source, line, 0, msg};
  r->ci->diag(r->ci->diag_handle, &d);
}

static void malformed(Reader *r, unsigned long line, const char *msg) {
  if (!r->bad)
    say(r, FG_ERR_INPUT, FG_SEV_ERROR, line, msg);
  r->bad = true;
  r->status = FG_ERR_INPUT;
}

static bool add_word(Reader *r, const char *form, size_t len) {
  FgWord *words = fg_grow(r->words, r->word_count + 1, &r->word_cap, sizeof *words);
  if (!words)
    return false;
  r->words = words;
  uint32_t *at = fg_grow(r->form_at, r->word_count + 1, &r->form_cap, sizeof *at);
  if (!at)
    return false;
  r->form_at = at;
  at[r->word_count] = (uint32_t)r->forms.len;
  if (!fg_buf_append(&r->forms, form, len) || !fg_buf_append_char(&r->forms, '\0'))
    return false;
  FgWord *w = &words[r->word_count++];
  memset(w, 0, sizeof *w);
  w->form_len = (uint32_t)len;
  w->begin = r->token_begin;
  w->end = r->token_end;
  w->space_after = r->token_space;
  return true;
}

/* The token's characters go into the text, a space after unless told. */
static bool add_token(Reader *r, const char *form, size_t len, bool space) {
  if (r->word_count == r->sentence_start && r->paragraph && r->text.len &&
      !fg_buf_append_char(&r->text, '\n'))
    return false;
  r->paragraph = false;
  r->token_begin = (uint32_t)r->text.len;
  if (!fg_buf_append(&r->text, form, len))
    return false;
  r->token_end = (uint32_t)r->text.len;
  r->token_space = space;
  return !space || fg_buf_append_char(&r->text, ' ');
}

static bool end_sentence(Reader *r, unsigned long line) {
  if (r->range_left) {
    malformed(r, line, "a multiword token's words are missing");
    r->range_left = 0;
  }
  if (r->word_count == r->sentence_start)
    return true;
  if (r->text.len && r->text.data[r->text.len - 1] == ' ')
    r->text.len--;
  uint32_t *firsts = fg_grow(r->firsts, r->sentence_count + 1, &r->sentence_cap, sizeof *firsts);
  if (!firsts || !fg_buf_append_char(&r->text, '\n'))
    return false;
  r->firsts = firsts;
  firsts[r->sentence_count++] = (uint32_t)r->sentence_start;
  r->sentence_start = r->word_count;
  return true;
}

static void clear_document(Reader *r) {
  fg_buf_clear(&r->text);
  fg_buf_clear(&r->forms);
  r->word_count = r->sentence_count = r->sentence_start = 0;
  r->range_left = 0;
  r->paragraph = r->bad = false;
}

static FgStatus flush_document(Reader *r, unsigned long line, size_t *articles) {
  if (!end_sentence(r, line))
    return FG_ERR_NOMEM;
  FgStatus st = FG_OK;
  if (r->word_count && !r->bad) {
    for (size_t i = 0; i < r->word_count; i++)
      r->words[i].form = r->forms.data + r->form_at[i];
    FgPretokenized pre = {r->words, r->word_count, r->firsts, r->sentence_count};
    FgDocument meta = {.id = r->id.len ? fg_buf_cstr(&r->id) : r->ci->id,
                       .source = r->ci->path};
    FgPiece piece = {&meta, fg_buf_cstr(&r->text), r->text.len, 0, &pre};
    st = r->ci->sink(r->ci->sink_handle, &piece);
    *articles += st == FG_OK;
  }
  clear_document(r);
  return st;
}

/* The value of "SpaceAfter=No" in a MISC column: whether a space follows. */
static bool space_after(const char *misc, size_t len) {
  static const char key[] = "SpaceAfter=No";
  size_t k = sizeof key - 1;
  for (size_t i = 0; i + k <= len; i++)
    if ((i == 0 || misc[i - 1] == '|') && memcmp(misc + i, key, k) == 0 &&
        (i + k == len || misc[i + k] == '|'))
      return false;
  return true;
}

static bool parse_id(const char *s, size_t len, unsigned long *a, unsigned long *b) {
  char buf[32];
  if (len == 0 || len >= sizeof buf)
    return false;
  memcpy(buf, s, len);
  buf[len] = '\0';
  char *end;
  *a = strtoul(buf, &end, 10);
  *b = *a;
  if (end == buf || buf[0] < '0' || buf[0] > '9')
    return false;
  if (*end == '-') {
    char *start = end + 1;
    *b = strtoul(start, &end, 10);
    if (end == start || *start < '0' || *start > '9')
      return false;
  }
  return *end == '\0' && *a >= 1 && *b >= *a;
}

static bool word_line(Reader *r, const char *line, size_t len, unsigned long no) {
  const char *cols[10];
  size_t lens[10], n = 0;
  for (const char *p = line, *end = line + len; n < 10;) {
    const char *tab = memchr(p, '\t', (size_t)(end - p));
    cols[n] = p;
    lens[n++] = (size_t)((tab ? tab : end) - p);
    if (!tab)
      break;
    p = tab + 1;
  }
  if (n < 2 || lens[1] == 0) {
    malformed(r, no, "not a CoNLL-U word line (ID, FORM, ... separated by tabs)");
    return true;
  }
  if (memchr(cols[0], '.', lens[0]))
    return true; /* an empty node */
  unsigned long a, b;
  if (!parse_id(cols[0], lens[0], &a, &b)) {
    malformed(r, no, "the ID column is not a number or a range");
    return true;
  }
  bool space = n < 10 || space_after(cols[9], lens[9]);
  if (a != b) {
    if (r->range_left) {
      malformed(r, no, "a multiword token inside another");
      return true;
    }
    r->range_left = (uint32_t)(b - a + 1);
    r->range_first = (uint32_t)r->word_count;
    return add_token(r, cols[1], lens[1], space);
  }
  if (r->range_left) {
    if (!add_word(r, cols[1], lens[1]))
      return false;
    if (--r->range_left == 0)
      r->words[r->range_first].mwt_last = (uint32_t)(r->word_count - r->sentence_start);
    return true;
  }
  return add_token(r, cols[1], lens[1], space) && add_word(r, cols[1], lens[1]);
}

static bool comment(Reader *r, const char *line, size_t len, unsigned long no,
                    size_t *articles) {
  static const char newdoc[] = "# newdoc", newpar[] = "# newpar";
  if (len >= sizeof newdoc - 1 && memcmp(line, newdoc, sizeof newdoc - 1) == 0) {
    FgStatus st = flush_document(r, no, articles);
    if (st == FG_ERR_NOMEM)
      return false;
    if (st != FG_OK)
      r->status = st;
    const char *eq = memchr(line, '=', len);
    fg_buf_clear(&r->id);
    if (eq) {
      const char *v = eq + 1, *end = line + len;
      while (v < end && *v == ' ')
        v++;
      while (end > v && end[-1] == ' ')
        end--;
      if (!fg_buf_append(&r->id, v, (size_t)(end - v)))
        return false;
    }
    return true;
  }
  if (len >= sizeof newpar - 1 && memcmp(line, newpar, sizeof newpar - 1) == 0)
    r->paragraph = true;
  return true;
}

FgStatus fg_conllu_input_read(const FgConlluInput *ci, FgSource *src, size_t *articles) {
  Reader r;
  memset(&r, 0, sizeof r);
  r.ci = ci;
  fg_buf_init(&r.text);
  fg_buf_init(&r.forms);
  fg_buf_init(&r.line);
  fg_buf_init(&r.id);
  const char *raw;
  size_t len;
  unsigned long no = 0;
  bool ok = true;
  FgLineStatus ls;
  while (ok && (ls = fg_source_line(src, LINE_MAX_BYTES, &raw, &len)) != FG_LINE_END) {
    no++;
    if (ls == FG_LINE_TOO_LONG) {
      malformed(&r, no, "line longer than 16 MiB");
      continue;
    }
    FgUtf8Report rep;
    fg_buf_clear(&r.line);
    if (!fg_utf8_repair(raw, len, &r.line, &rep)) {
      ok = false;
      break;
    }
    const char *line = fg_buf_cstr(&r.line);
    len = r.line.len;
    if (r.text.len > UINT32_MAX / 2) {
      malformed(&r, no, "document longer than 2 GiB");
      continue;
    }
    if (len == 0)
      ok = end_sentence(&r, no);
    else if (line[0] == '#')
      ok = comment(&r, line, len, no, articles);
    else
      ok = word_line(&r, line, len, no);
  }
  FgStatus st = ok ? flush_document(&r, no, articles) : FG_ERR_NOMEM;
  if (st == FG_OK || st == FG_NOTHING)
    st = r.status;
  fg_buf_free(&r.text);
  fg_buf_free(&r.forms);
  fg_buf_free(&r.line);
  fg_buf_free(&r.id);
  free(r.words);
  free(r.form_at);
  free(r.firsts);
  return st;
}
