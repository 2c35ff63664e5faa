/* SPDX-License-Identifier: MIT */
#include "nlp/conll18.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "util/grow.h"

typedef struct {
  size_t start, end; /* bytes into the document's characters */
} Span;

typedef struct {
  Span span;
  bool mwt;
  const char *form, *lemma, *upos, *xpos, *feats, *deprel, *label;
  long parent; /* index of the head word, -1 for the root */
} Word;

typedef struct {
  char *copy; /* the file, its columns cut in place */
  size_t chars; /* characters seen so far (bytes of FORMs without Zs) */
  Span *tokens, *sentences;
  size_t token_count, token_cap, sentence_count, sentence_cap;
  Word *words;
  size_t word_count, word_cap;
  char *characters; /* the FORMs' characters, for the comparison */
  size_t char_cap;
  char *err;
  size_t errlen;
} Doc;

static void doc_free(Doc *d) {
  free(d->copy);
  free(d->tokens);
  free(d->sentences);
  free(d->words);
  free(d->characters);
}

__attribute__((format(printf, 3, 4))) static bool fail(char *err, size_t errlen,
                                                       const char *format, ...) {
  if (err && errlen) {
    va_list args;
    va_start(args, format);
    vsnprintf(err, errlen, format, args);
    va_end(args);
  }
  return false;
}

static bool push_span(Span **arr, size_t *count, size_t *cap, Span s) {
  Span *grown = fg_grow(*arr, *count + 1, cap, sizeof **arr);
  if (!grown)
    return false;
  *arr = grown;
  grown[(*count)++] = s;
  return true;
}

/* The FORM's characters without space separators (Zs), as the script
 * deletes them: appended to the document's characters. */
static bool add_form(Doc *d, const char *form, size_t line) {
  size_t len = strlen(form), before = d->chars;
  char *grown = fg_grow(d->characters, d->chars + len + 1, &d->char_cap, 1);
  if (!grown)
    return fail(d->err, d->errlen, "out of memory");
  d->characters = grown;
  for (utf8proc_ssize_t i = 0; (size_t)i < len;) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n =
        utf8proc_iterate((const utf8proc_uint8_t *)form + i, (utf8proc_ssize_t)len - i, &cp);
    if (n <= 0)
      return fail(d->err, d->errlen, "line %zu: FORM is not valid UTF-8", line);
    if (utf8proc_category(cp) != UTF8PROC_CATEGORY_ZS) {
      memcpy(d->characters + d->chars, form + i, (size_t)n);
      d->chars += (size_t)n;
    }
    i += n;
  }
  if (d->chars == before)
    return fail(d->err, d->errlen, "line %zu: empty FORM", line);
  return push_span(&d->tokens, &d->token_count, &d->token_cap, (Span){before, d->chars}) ||
         fail(d->err, d->errlen, "out of memory");
}

static int compare_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Keeps the universal features, sorted, as the script does (in place). */
static void universal_feats(char *feats) {
  static const char *const UNIVERSAL[] = {
      "PronType", "NumType", "Poss",   "Reflex", "Foreign", "Abbr",     "Gender",
      "Animacy",  "Number",  "Case",   "Definite", "Degree", "VerbForm", "Mood",
      "Tense",    "Aspect",  "Voice",  "Evident", "Polarity", "Person", "Polite", NULL};
  size_t len = strlen(feats);
  char **items = malloc((len / 2 + 2) * sizeof *items);
  char *out = malloc(len + 1);
  if (!items || !out || strcmp(feats, "_") == 0) {
    free(items);
    free(out);
    return;
  }
  size_t n = 0;
  for (char *p = feats, *bar; p; p = bar ? bar + 1 : NULL) {
    bar = strchr(p, '|');
    if (bar)
      *bar = '\0';
    char *eq = strchr(p, '=');
    size_t name = eq ? (size_t)(eq - p) : strlen(p);
    for (const char *const *u = UNIVERSAL; *u; u++)
      if (strlen(*u) == name && strncmp(*u, p, name) == 0)
        items[n++] = p;
  }
  qsort(items, n, sizeof *items, compare_str);
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    if (i)
      out[o++] = '|';
    size_t l = strlen(items[i]);
    memcpy(out + o, items[i], l);
    o += l;
  }
  out[o] = '\0';
  memcpy(feats, out, o + 1);
  free(items);
  free(out);
}

/* Cuts a line into its 10 columns. */
static bool split_columns(char *line, char *cols[10]) {
  size_t n = 0;
  for (char *p = line;; p++) {
    if (n == 10)
      return false;
    cols[n++] = p;
    p = strchr(p, '\t');
    if (!p)
      break;
    *p = '\0';
  }
  return n == 10;
}

static bool add_word(Doc *d, char *cols[10], Span span, bool mwt, size_t line) {
  Word *grown = fg_grow(d->words, d->word_count + 1, &d->word_cap, sizeof *d->words);
  if (!grown)
    return fail(d->err, d->errlen, "out of memory");
  d->words = grown;
  char *end = NULL;
  long head = strtol(cols[6], &end, 10);
  if (end == cols[6] || *end || head < 0)
    return fail(d->err, d->errlen, "line %zu: HEAD '%s' is not a number", line, cols[6]);
  universal_feats(cols[5]);
  Word *w = &d->words[d->word_count++];
  w->span = span;
  w->mwt = mwt;
  w->form = cols[1];
  w->lemma = cols[2];
  w->upos = cols[3];
  w->xpos = cols[4];
  w->feats = cols[5];
  w->label = cols[7];
  char *colon = strchr(cols[7], ':');
  w->deprel = colon ? strndup(cols[7], (size_t)(colon - cols[7])) : NULL;
  if (colon && !w->deprel)
    return fail(d->err, d->errlen, "out of memory");
  w->parent = head; /* made absolute when the sentence ends */
  return true;
}

static char *next_line(char **p, char *end) {
  if (*p >= end)
    return NULL;
  char *line = *p, *nl = memchr(line, '\n', (size_t)(end - line));
  if (nl) {
    *nl = '\0';
    *p = nl + 1;
  } else {
    *p = end;
  }
  size_t len = strlen(line);
  if (len && line[len - 1] == '\r')
    line[len - 1] = '\0';
  return line;
}

static bool end_sentence(Doc *d, size_t first_word, size_t sentence_start, size_t line) {
  size_t n = d->word_count - first_word;
  for (size_t i = first_word; i < d->word_count; i++) {
    long head = d->words[i].parent;
    if ((size_t)head > n)
      return fail(d->err, d->errlen, "line %zu: a HEAD points outside its sentence", line);
    d->words[i].parent = head == 0 ? -1 : (long)(first_word + (size_t)head - 1);
  }
  return push_span(&d->sentences, &d->sentence_count, &d->sentence_cap,
                   (Span){sentence_start, d->chars}) ||
         fail(d->err, d->errlen, "out of memory");
}

static bool load(Doc *d, const char *text, size_t len) {
  if (!(d->copy = malloc(len + 1)))
    return fail(d->err, d->errlen, "out of memory");
  memcpy(d->copy, text, len);
  d->copy[len] = '\0';
  char *p = d->copy, *end = d->copy + len, *line;
  size_t lineno = 0, first_word = 0, sentence_start = 0;
  bool in_sentence = false;
  while ((line = next_line(&p, end))) {
    lineno++;
    if (!in_sentence && (line[0] == '#' || line[0] == '\0'))
      continue;
    if (line[0] == '\0') {
      if (!end_sentence(d, first_word, sentence_start, lineno))
        return false;
      in_sentence = false;
      continue;
    }
    if (!in_sentence) {
      in_sentence = true;
      first_word = d->word_count;
      sentence_start = d->chars;
    }
    char *cols[10];
    if (!split_columns(line, cols))
      return fail(d->err, d->errlen, "line %zu: not 10 tab-separated columns", lineno);
    if (strchr(cols[0], '.'))
      continue; /* empty node */
    char *dash = strchr(cols[0], '-');
    if (!add_form(d, cols[1], lineno))
      return false;
    Span span = d->tokens[d->token_count - 1];
    if (!dash) {
      if (!add_word(d, cols, span, false, lineno))
        return false;
      continue;
    }
    long a = strtol(cols[0], NULL, 10), b = strtol(dash + 1, NULL, 10);
    if (a < 1 || b < a)
      return fail(d->err, d->errlen, "line %zu: bad range '%s'", lineno, cols[0]);
    for (long k = a; k <= b; k++) {
      char *wl = next_line(&p, end), *wc[10];
      lineno++;
      if (!wl || !split_columns(wl, wc) || strchr(wc[0], '-') || strchr(wc[0], '.'))
        return fail(d->err, d->errlen, "line %zu: a word of the range %s is missing", lineno,
                    cols[0]);
      if (!add_word(d, wc, span, true, lineno))
        return false;
    }
  }
  if (in_sentence && !end_sentence(d, first_word, sentence_start, lineno))
    return false;
  return true;
}

/* ---- alignment ---- */

typedef struct {
  const Word *gold, *sys;
  size_t gold_count, sys_count;
  long *gold_of_sys; /* aligned gold word of each system word, or -1 */
  size_t aligned;
} Alignment;

static bool same_form(const char *a, const char *b) {
  utf8proc_int32_t x, y;
  while (*a && *b) {
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)a, -1, &x);
    utf8proc_ssize_t m = utf8proc_iterate((const utf8proc_uint8_t *)b, -1, &y);
    if (n <= 0 || m <= 0)
      return strcmp(a, b) == 0;
    if (utf8proc_tolower(x) != utf8proc_tolower(y))
      return false;
    a += n;
    b += m;
  }
  return *a == *b;
}

static void align(Alignment *al, size_t g, size_t s) {
  al->gold_of_sys[s] = (long)g;
  al->aligned++;
}

static bool beyond_end(const Word *w, size_t n, size_t i, size_t end) {
  if (i >= n)
    return true;
  return w[i].mwt ? w[i].span.start >= end : w[i].span.end > end;
}

static size_t extend_end(const Word *w, size_t end) {
  return w->mwt && w->span.end > end ? w->span.end : end;
}

/* Words of a multiword span, aligned by their forms' longest common
 * subsequence (lower case). */
static bool align_lcs(Alignment *al, size_t gs, size_t gi, size_t ss, size_t si) {
  size_t G = gi - gs, S = si - ss;
  if (G && S > (SIZE_MAX / sizeof(unsigned)) / (G + 1) - 1)
    return false;
  unsigned *lcs = calloc((G + 1) * (S + 1), sizeof *lcs);
  if (!lcs)
    return false;
#define LCS(g, s) lcs[(g) * (S + 1) + (s)]
  for (size_t g = G; g-- > 0;)
    for (size_t s = S; s-- > 0;) {
      unsigned v = same_form(al->gold[gs + g].form, al->sys[ss + s].form) ? 1 + LCS(g + 1, s + 1)
                                                                          : 0;
      if (LCS(g + 1, s) > v)
        v = LCS(g + 1, s);
      if (LCS(g, s + 1) > v)
        v = LCS(g, s + 1);
      LCS(g, s) = v;
    }
  for (size_t g = 0, s = 0; g < G && s < S;) {
    if (same_form(al->gold[gs + g].form, al->sys[ss + s].form)) {
      align(al, gs + g, ss + s);
      g++;
      s++;
    } else if (LCS(g, s) == LCS(g + 1, s)) {
      g++;
    } else {
      s++;
    }
  }
#undef LCS
  free(lcs);
  return true;
}

static bool align_words(Alignment *al) {
  const Word *gw = al->gold, *sw = al->sys;
  size_t gn = al->gold_count, sn = al->sys_count, gi = 0, si = 0;
  while (gi < gn && si < sn) {
    if (!gw[gi].mwt && !sw[si].mwt) {
      if (gw[gi].span.start == sw[si].span.start && gw[gi].span.end == sw[si].span.end) {
        align(al, gi++, si++);
      } else if (gw[gi].span.start <= sw[si].span.start) {
        gi++;
      } else {
        si++;
      }
      continue;
    }
    size_t end;
    if (gw[gi].mwt) {
      end = gw[gi].span.end;
      if (!sw[si].mwt && sw[si].span.start < gw[gi].span.start)
        si++;
    } else {
      end = sw[si].span.end;
      if (!gw[gi].mwt && gw[gi].span.start < sw[si].span.start)
        gi++;
    }
    size_t gs = gi, ss = si;
    while (!beyond_end(gw, gn, gi, end) || !beyond_end(sw, sn, si, end)) {
      if (gi < gn && (si >= sn || gw[gi].span.start <= sw[si].span.start))
        end = extend_end(&gw[gi++], end);
      else
        end = extend_end(&sw[si++], end);
    }
    if (si > ss && gi > gs && !align_lcs(al, gs, gi, ss, si))
      return false;
  }
  return true;
}

/* ---- scores ---- */

static FgEvalScore spans_score(const Span *g, size_t gn, const Span *s, size_t sn) {
  FgEvalScore r = {gn, sn, 0, 0, true};
  for (size_t gi = 0, si = 0; gi < gn && si < sn;) {
    if (s[si].start < g[gi].start) {
      si++;
    } else if (g[gi].start < s[si].start) {
      gi++;
    } else {
      r.correct += g[gi].end == s[si].end;
      gi++;
      si++;
    }
  }
  r.aligned = r.correct;
  return r;
}

static const char *universal(const Word *w) { return w->deprel ? w->deprel : w->label; }

static bool blank(const char *s) { return strcmp(s, "_") == 0; }

/* Does the system word agree with its aligned gold word on the metric? */
static bool agrees(const Alignment *al, FgEvalMetric m, size_t s, size_t g) {
  const Word *sw = &al->sys[s], *gw = &al->gold[g];
  long parent = sw->parent < 0 ? -1 : al->gold_of_sys[sw->parent];
  /* a system head that is aligned to no gold word never matches */
  bool same_head = sw->parent < 0 ? gw->parent < 0 : parent >= 0 && parent == gw->parent;
  switch (m) {
  case FG_EVAL_UPOS:
    return strcmp(sw->upos, gw->upos) == 0;
  case FG_EVAL_XPOS:
    return strcmp(sw->xpos, gw->xpos) == 0;
  case FG_EVAL_UFEATS:
    return strcmp(sw->feats, gw->feats) == 0;
  case FG_EVAL_LEMMAS:
    return blank(gw->lemma) || strcmp(sw->lemma, gw->lemma) == 0;
  case FG_EVAL_UAS:
    return same_head;
  case FG_EVAL_LAS:
    return same_head && strcmp(universal(sw), universal(gw)) == 0;
  case FG_EVAL_LAS_FULL:
    return same_head && strcmp(sw->label, gw->label) == 0;
  default:
    return true;
  }
}

/* Whether the system filled what metric m reads. */
static bool predicted(const Doc *sys, FgEvalMetric m) {
  for (size_t i = 0; i < sys->word_count; i++) {
    const Word *w = &sys->words[i];
    switch (m) {
    case FG_EVAL_UPOS:
      if (!blank(w->upos))
        return true;
      break;
    case FG_EVAL_XPOS:
      if (!blank(w->xpos))
        return true;
      break;
    case FG_EVAL_UFEATS:
      if (!blank(w->feats) && *w->feats)
        return true;
      break;
    case FG_EVAL_LEMMAS:
      if (!blank(w->lemma))
        return true;
      break;
    case FG_EVAL_UAS:
    case FG_EVAL_LAS:
    case FG_EVAL_LAS_FULL:
      if (strcmp(w->label, "root") != 0 && strcmp(w->label, "dep") != 0)
        return true;
      break;
    default:
      return true;
    }
  }
  return false;
}

static void free_words(Doc *d) {
  for (size_t i = 0; i < d->word_count; i++)
    free((char *)(uintptr_t)d->words[i].deprel);
}

bool fg_conll18_evaluate(const char *gold, size_t gold_len, const char *system,
                         size_t system_len, FgEvalScore scores[FG_EVAL_COUNT],
                         char *err, size_t errlen) {
  char gerr[256] = "", serr[256] = "";
  Doc g = {0}, s = {0};
  g.err = gerr;
  g.errlen = sizeof gerr;
  s.err = serr;
  s.errlen = sizeof serr;
  bool ok = load(&g, gold, gold_len);
  if (!ok)
    fail(err, errlen, "gold: %s", gerr);
  ok = ok && (load(&s, system, system_len) || fail(err, errlen, "system: %s", serr));
  if (ok && (g.chars != s.chars || (g.chars && memcmp(g.characters, s.characters, g.chars)))) {
    size_t i = 0;
    while (i < g.chars && i < s.chars && g.characters[i] == s.characters[i])
      i++;
    ok = fail(err, errlen,
              "the texts differ at byte %zu of their non-space characters: gold '%.20s', "
              "system '%.20s'",
              i, i < g.chars ? g.characters + i : "", i < s.chars ? s.characters + i : "");
  }
  Alignment al = {g.words, s.words, g.word_count, s.word_count, NULL, 0};
  if (ok) {
    al.gold_of_sys = malloc((s.word_count + 1) * sizeof *al.gold_of_sys);
    for (size_t i = 0; al.gold_of_sys && i < s.word_count; i++)
      al.gold_of_sys[i] = -1;
    ok = (al.gold_of_sys && align_words(&al)) || fail(err, errlen, "out of memory");
  }
  if (ok) {
    scores[FG_EVAL_TOKENS] = spans_score(g.tokens, g.token_count, s.tokens, s.token_count);
    scores[FG_EVAL_SENTENCES] =
        spans_score(g.sentences, g.sentence_count, s.sentences, s.sentence_count);
    for (int m = FG_EVAL_WORDS; m < FG_EVAL_COUNT; m++) {
      FgEvalScore *r = &scores[m];
      *r = (FgEvalScore){g.word_count, s.word_count, 0, al.aligned, predicted(&s, m)};
      for (size_t i = 0; i < s.word_count; i++)
        r->correct += al.gold_of_sys[i] >= 0 &&
                      agrees(&al, (FgEvalMetric)m, i, (size_t)al.gold_of_sys[i]);
    }
  }
  free(al.gold_of_sys);
  free_words(&g);
  free_words(&s);
  doc_free(&g);
  doc_free(&s);
  return ok;
}

const char *fg_eval_metric_name(FgEvalMetric metric) {
  static const char *const NAMES[FG_EVAL_COUNT] = {
      "Tokens", "Sentences", "Words", "UPOS", "XPOS", "UFeats", "Lemmas", "UAS", "LAS",
      "LAS-full"};
  return (unsigned)metric < FG_EVAL_COUNT ? NAMES[metric] : "?";
}

double fg_eval_precision(const FgEvalScore *s) {
  return s->system ? (double)s->correct / (double)s->system : 0.0;
}

double fg_eval_recall(const FgEvalScore *s) {
  return s->gold ? (double)s->correct / (double)s->gold : 0.0;
}

double fg_eval_f1(const FgEvalScore *s) {
  return s->gold + s->system ? 2.0 * (double)s->correct / (double)(s->gold + s->system) : 0.0;
}
