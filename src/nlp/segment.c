/* SPDX-License-Identifier: MIT */
#include "nlp/segment.h"

#include <stdlib.h>
#include <string.h>

#include "text/utf8.h"
#include "util/grow.h"

bool fg_nlp_is_space(int32_t cp) {
  if (cp < 0x80)
    return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1C && cp <= 0x1F);
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

size_t fg_nlp_sentence_end(const char *text, size_t len, size_t end, size_t limit) {
  while (end < limit && end < len) {
    size_t next = end;
    if (fg_nlp_is_space(fg_utf8_next(text, len, &next)))
      break;
    end = next;
  }
  return end;
}

/* What a piece is: one of the tokenizer's tokens, or a run of characters
 * it skipped (symbols), which the UD layer keeps as a token. */
typedef struct {
  uint32_t begin, end;
  const char *norm; /* the token's norm, NULL for a skipped run */
  uint16_t flags;   /* the token's flags, 0 for a skipped run */
  bool space_before;
} Piece;

typedef struct {
  const char *text;
  size_t len;
  Piece *pieces;
  size_t count, cap;
} Pieces;

static bool push_piece(Pieces *ps, Piece p) {
  Piece *grown = fg_grow(ps->pieces, ps->count + 1, &ps->cap, sizeof *grown);
  if (!grown)
    return false;
  ps->pieces = grown;
  p.space_before = ps->count == 0 || p.begin > ps->pieces[ps->count - 1].end;
  ps->pieces[ps->count++] = p;
  return true;
}

/* The runs of non-space characters in [from, to), each a piece. */
static bool gap_pieces(Pieces *ps, size_t from, size_t to) {
  size_t i = from;
  while (i < to) {
    size_t start = i;
    if (fg_nlp_is_space(fg_utf8_next(ps->text, ps->len, &i)))
      continue;
    size_t end = i;
    while (end < to) {
      size_t next = end;
      if (fg_nlp_is_space(fg_utf8_next(ps->text, ps->len, &next)))
        break;
      end = next;
    }
    if (!push_piece(ps, (Piece){(uint32_t)start, (uint32_t)end, NULL, 0, false}))
      return false;
    i = end;
  }
  return true;
}

/* ---- which adjacent pieces make one UD token ---- */

static bool is_word(const Piece *p) { return (p->flags & (FG_TOK_WORD | FG_TOK_NUM)) != 0; }

static bool is_punct(const Piece *p, const char *norm) {
  return (p->flags & FG_TOK_PUNCT) && strcmp(p->norm, norm) == 0;
}

static size_t piece_len(const Piece *p) { return p->end - p->begin; }

/* A word of one or two ASCII letters ("U", "Ph", "e"). */
static bool is_short_letters(const Pieces *ps, const Piece *p) {
  if (!(p->flags & FG_TOK_WORD) || piece_len(p) > 2)
    return false;
  for (uint32_t i = p->begin; i < p->end; i++) {
    char c = (char)(ps->text[i] | 32);
    if (c < 'a' || c > 'z')
      return false;
  }
  return true;
}

/* pieces [i, j) alternate short letters and periods, starting with
 * letters: an initialism in progress ("U", "U.", "U.S", "e.g."). */
static bool is_initialism(const Pieces *ps, size_t i, size_t j) {
  for (size_t k = i; k < j; k++) {
    const Piece *p = &ps->pieces[k];
    if ((k - i) % 2 == 0 ? !is_short_letters(ps, p) : !is_punct(p, "."))
      return false;
  }
  return j > i;
}

static bool is_apostrophe(const Piece *p) { return is_punct(p, "'"); }

/* The clitics UD splits off after an apostrophe; "t" only after "n". */
static bool is_clitic_after_apostrophe(const Pieces *ps, const Piece *before,
                                       const Piece *p) {
  static const char *const CLITICS[] = {"s", "m", "d", "re", "ll", "ve", NULL};
  if (!(p->flags & FG_TOK_WORD))
    return false;
  if (strcmp(p->norm, "t") == 0)
    return piece_len(before) >= 2 && (ps->text[before->end - 1] | 32) == 'n';
  for (const char *const *c = CLITICS; *c; c++)
    if (strcmp(p->norm, *c) == 0)
      return true;
  return false;
}

/* Prefixes that UD English writes with the word they are hyphenated to
 * ("non-human", "re-elect", "anti-war"); other compounds are split
 * ("well - known"). Not "co": the extraction reads "founder" in
 * "co-founder". A capitalized prefix starts a name ("Anti-Graft Unit"),
 * whose parts stay words of their own. */
static const char *const HYPHEN_PREFIXES[] = {
    "non", "pre", "anti", "mid", "re", "post", "over", "pro", "multi", "ex", "sub",
    "semi", "cross", "neo", "counter", "inter", "intra", "micro", "mini", "mis", "socio",
    "psycho", "ultra", NULL};

static bool is_hyphen_prefix(const Piece *p) {
  if ((p->flags & (FG_TOK_WORD | FG_TOK_CAP)) != FG_TOK_WORD)
    return false;
  for (const char *const *w = HYPHEN_PREFIXES; *w; w++)
    if (strcmp(p->norm, *w) == 0)
      return true;
  return false;
}

/* A piece of skipped symbols that is only underscores ("Lisa_cv.doc"). */
static bool is_underscores(const Pieces *ps, const Piece *p) {
  if (p->norm)
    return false;
  for (uint32_t k = p->begin; k < p->end; k++)
    if (ps->text[k] != '_')
      return false;
  return true;
}

static size_t digit_count(const Piece *p) { return p->end - p->begin; }

static bool all_digits(const Pieces *ps, const Piece *p) {
  for (uint32_t k = p->begin; k < p->end; k++)
    if (ps->text[k] < '0' || ps->text[k] > '9')
      return false;
  return true;
}

/* A telephone number from piece i, written as digit groups joined by
 * hyphens ("555-0134", "1-800-555-0199"): the index after its last
 * piece, or 0. Two groups are a number only as 1-3 digits and 4 ("3-5290");
 * "10-15", "1990-1995" are ranges, which UD splits. */
static size_t phone_end(const Pieces *ps, size_t i) {
  size_t r = i, groups = 0;
  /* at most five groups: a long run of them is looked at in bounded steps */
  while (groups < 5 && r < ps->count && all_digits(ps, &ps->pieces[r]) &&
         (r == i || !ps->pieces[r].space_before)) {
    groups++;
    if (r + 2 < ps->count && is_punct(&ps->pieces[r + 1], "-") &&
        !ps->pieces[r + 1].space_before && !ps->pieces[r + 2].space_before &&
        all_digits(ps, &ps->pieces[r + 2]))
      r += 2;
    else
      break;
  }
  if (groups < 2 || (r + 1 < ps->count && !ps->pieces[r + 1].space_before &&
                     (is_word(&ps->pieces[r + 1]) || is_punct(&ps->pieces[r + 1], "-"))))
    return 0;
  if (groups == 2 && (digit_count(&ps->pieces[i]) > 3 || digit_count(&ps->pieces[r]) != 4))
    return 0;
  return r + 1;
}

static bool all_in(const Pieces *ps, size_t i, size_t j, const char *const *norms) {
  for (size_t k = i; k < j; k++) {
    const Piece *p = &ps->pieces[k];
    bool found = false;
    for (const char *const *n = norms; *n && !found; n++)
      found = is_punct(p, *n);
    if (!found)
      return false;
  }
  return true;
}

/* A token never joins more pieces than this: some of the tests below
 * look at every piece of the token so far, and a run of a million dots
 * must stay linear. */
#define MAX_TOKEN_PIECES 256

/* How many pieces from j join the token [i, j): 0 when none. */
static size_t joins(const Pieces *ps, size_t i, size_t j) {
  static const char *const STOPS[] = {".", "?", "!", NULL};
  static const char *const RUNS[] = {"-", "--", "$", "#", "/", "&", "@", "|", "%", NULL};
  const Piece *cur = &ps->pieces[j - 1], *next = &ps->pieces[j];
  const Piece *after = j + 1 < ps->count && !ps->pieces[j + 1].space_before
                           ? &ps->pieces[j + 1] : NULL;
  if (next->space_before || j - i >= MAX_TOKEN_PIECES)
    return 0;
  /* clitics: "John" + "'s", "don" + "'" + "t", "I" + "'" + "m" */
  if (is_word(cur) && (next->flags & FG_TOK_POSS))
    return 1;
  if (is_word(cur) && is_apostrophe(next) && after &&
      (is_clitic_after_apostrophe(ps, cur, after) ||
       /* O'Brien, D'Angelo */
       (j - i == 1 && piece_len(cur) == 1 && (cur->flags & FG_TOK_CAP) &&
        (after->flags & FG_TOK_CAP)) ||
       /* transliterated names: Jama'at, Qur'an, Sana'a (no clitic follows) */
       (j - i == 1 && (cur->flags & FG_TOK_CAP) && (after->flags & FG_TOK_WORD) &&
        !(after->flags & FG_TOK_CAP))))
    return 2;
  /* abbreviations and initials keep their period */
  if (is_punct(next, ".") && j - i == 1 && (cur->flags & FG_TOK_WORD) &&
      ((fg_text_is_abbreviation(cur->norm) &&
        (!fg_text_is_number_abbreviation(cur->norm) ||
         (j + 1 < ps->count && (ps->pieces[j + 1].flags & FG_TOK_NUM)))) ||
       (piece_len(cur) == 1 && (cur->flags & FG_TOK_CAP)) ||
       (i >= 2 && fg_text_is_state_after_town(cur->norm, cur->flags,
                                              is_punct(&ps->pieces[i - 1], ","),
                                              ps->pieces[i - 2].flags))))
    return 1;
  if (is_punct(next, ".") && j - i >= 3 && is_initialism(ps, i, j))
    return 1;
  if (is_initialism(ps, i, j) && is_punct(cur, ".") && is_short_letters(ps, next) &&
      after && is_punct(after, "."))
    return 1;
  /* 3.5, 1,000, 10:30, 12/25 */
  if ((cur->flags & FG_TOK_NUM) && after && (after->flags & FG_TOK_NUM) &&
      (is_punct(next, ".") || is_punct(next, ",") || is_punct(next, ":") ||
       is_punct(next, "/")))
    return 2;
  /* file and host names: "API.pdf", "alt.animals.cat", "Newsfeed.Com" */
  if (is_word(cur) && is_punct(next, ".") && after && is_word(after))
    return 2;
  /* non-human, re-elect */
  if (j - i == 1 && is_hyphen_prefix(cur) && is_punct(next, "-") && after &&
      (after->flags & FG_TOK_WORD))
    return 2;
  /* a word broken off in speech keeps its hyphen ("th- the", "A- and"),
   * not an initialism before a dash ("PS- Call me") */
  if (j - i == 1 && (cur->flags & (FG_TOK_WORD | FG_TOK_UPPER)) == FG_TOK_WORD &&
      piece_len(cur) <= 3 && is_punct(next, "-") &&
      !after && (j + 1 >= ps->count || !is_punct(&ps->pieces[j + 1], "-")))
    return 1;
  /* words joined by underscores ("Lisa_cv.doc", "snake_case") */
  if (is_word(cur) && is_underscores(ps, next) && after && is_word(after))
    return 2;
  /* addresses without a domain ("Kim@ACME"), hashtags ("#news") */
  if (is_word(cur) && is_punct(next, "@") && after && is_word(after))
    return 2;
  if (j - i == 1 && is_punct(cur, "#") && (next->flags & FG_TOK_WORD))
    return 1;
  /* e-mail, X-ray, T-shirt */
  if (j - i == 1 && (cur->flags & FG_TOK_WORD) && piece_len(cur) == 1 && is_punct(next, "-") &&
      after && (after->flags & FG_TOK_WORD))
    return 2;
  /* emoticons: ":)", ";(", ":-)" */
  if (j - i == 1 && (is_punct(cur, ":") || is_punct(cur, ";"))) {
    if (is_punct(next, ")") || is_punct(next, "("))
      return 1;
    if (is_punct(next, "-") && after && (is_punct(after, ")") || is_punct(after, "(")))
      return 2;
  }
  /* runs: "...", "?!", "--", "$$$" */
  if ((all_in(ps, i, j, STOPS) && all_in(ps, j, j + 1, STOPS)) ||
      (all_in(ps, i, j, RUNS) && (next->flags & FG_TOK_PUNCT) &&
       strcmp(cur->norm, next->norm) == 0))
    return 1;
  /* AT&T, S&P, Q&A */
  if (j - i == 1 && (cur->flags & FG_TOK_CAP) && piece_len(cur) <= 3 && is_punct(next, "&") &&
      after && (after->flags & FG_TOK_CAP) && piece_len(after) <= 3)
    return 2;
  return 0;
}

static bool has_at(const char *s, size_t n, const char *what) {
  size_t w = strlen(what);
  for (size_t k = 0; k + w <= n; k++)
    if (memcmp(s + k, what, w) == 0)
      return true;
  return false;
}

/* A URL or an e-mail address written without spaces, from piece i: the
 * index after its last piece, or 0. Closing punctuation stays outside. A
 * URL starts with its scheme ("https://") or "www."; an address has its
 * "@" within 64 bytes of its start and a dot within 255 after: each test
 * looks a bounded way ahead, and only a real URL or address is read to
 * its end, so a long run of pieces without spaces stays linear. */
static size_t url_end(const Pieces *ps, size_t i) {
  const Piece *p = &ps->pieces[i];
  const char *s = ps->text + p->begin;
  size_t room = ps->len - p->begin;
  bool url = is_word(p) && ((p->end + 3 <= ps->len && memcmp(ps->text + p->end, "://", 3) == 0) ||
                            (room > 4 && (s[0] | 32) == 'w' && (s[1] | 32) == 'w' &&
                             (s[2] | 32) == 'w' && s[3] == '.'));
  bool email = false;
  for (size_t k = i + 1; !url && k + 1 < ps->count && !ps->pieces[k].space_before &&
                         ps->pieces[k].begin - p->begin <= 64;
       k++) {
    if (!is_punct(&ps->pieces[k], "@"))
      continue;
    /* the name is words, numbers, dots, hyphens and underscores, and its
     * end may be masked: "kim...@example.net" (not 'Kim"<kim@...') */
    bool name = is_word(p);
    for (size_t n = i + 1; name && n < k; n++)
      name = is_word(&ps->pieces[n]) || is_punct(&ps->pieces[n], ".") ||
             is_punct(&ps->pieces[n], "-") || is_underscores(ps, &ps->pieces[n]);
    if (name && (is_word(&ps->pieces[k - 1]) || is_punct(&ps->pieces[k - 1], "."))) {
      size_t end = ps->pieces[k].end, stop = end;
      while (stop < ps->len && stop - end < 255 && ps->text[stop] != ' ' &&
             ps->text[stop] != '\n' && ps->text[stop] != '\t')
        stop++;
      email = has_at(ps->text + end, stop - end, ".");
    }
    break;
  }
  if (!url && !email)
    return 0;
  size_t r = i + 1;
  while (r < ps->count && !ps->pieces[r].space_before)
    r++;
  if (r - i < 3)
    return 0;
  static const char *const CLOSERS[] = {".", ",", ";", ":", "!", "?", ")", "\"", "'", NULL};
  /* and the ">" of "<kim@example.net>" */
  while (r > i + 1 && (all_in(ps, r - 1, r, CLOSERS) ||
                       (!ps->pieces[r - 1].norm && ps->text[ps->pieces[r - 1].begin] == '>')))
    r--;
  return r;
}

/* ---- words of a token ---- */

/* Length of the clitic at the end of the token s[0..n) ("n't", "'s"), or
 * 0. The apostrophe may be typographic (3 bytes). */
static size_t clitic_len(const char *s, size_t n) {
  static const char *const CLITICS[] = {"s", "m", "d", "re", "ll", "ve", "t", NULL};
  for (const char *const *c = CLITICS; *c; c++) {
    size_t cl = (*c)[1] ? 2 : 1; /* strlen(*c): each is one or two letters */
    if (n <= cl)
      continue;
    bool same = true;
    for (size_t k = 0; k < cl && same; k++)
      same = (s[n - cl + k] | 32) == (*c)[k];
    if (!same)
      continue;
    size_t a = n - cl; /* where the apostrophe ends */
    size_t apos = a >= 1 && s[a - 1] == '\'' ? 1
                  : a >= 3 && memcmp(s + a - 3, "\xE2\x80\x99", 3) == 0 ? 3 : 0;
    if (!apos)
      continue;
    size_t total = cl + apos;
    if ((*c)[0] == 't') { /* n't: the n goes with the clitic */
      if (n < total + 2 || (s[n - total - 1] | 32) != 'n')
        return 0;
      total++;
    }
    return total < n ? total : 0;
  }
  return 0;
}

/* Words that UD writes as two without an apostrophe: the first's length.
 * Contractions written without their apostrophe in web text are split
 * as with it ("dont" -> do + nt, EWT); not those that are words of their
 * own too ("its", "ill", "lets", "id", "hes"), nor "IM" in capitals. */
static size_t fused_split(const char *s, size_t n) {
  static const struct {
    const char *word;
    size_t first;
  } FUSED[] = {{"cannot", 3},  {"gonna", 3},   {"wanna", 3},   {"gotta", 3},    {"dont", 2},
               {"cant", 2},    {"wont", 2},    {"aint", 2},    {"didnt", 3},    {"doesnt", 4},
               {"isnt", 2},    {"wasnt", 3},   {"arent", 3},   {"werent", 4},   {"havent", 4},
               {"hasnt", 3},   {"hadnt", 3},   {"couldnt", 5}, {"wouldnt", 5},  {"shouldnt", 6},
               {"im", 1},      {"ive", 1},     {"thats", 4},   {"youre", 3},    {"theyre", 4},
               {"whats", 4},   {"theres", 5}};
  if (n == 2 && s[1] == 'M')
    return 0;
  for (size_t f = 0; f < sizeof FUSED / sizeof *FUSED; f++) {
    /* the word's bytes, then its end (s[k] | 32 is never NUL) */
    size_t k = 0;
    while (k < n && (s[k] | 32) == FUSED[f].word[k])
      k++;
    if (k == n && FUSED[f].word[n] == '\0')
      return FUSED[f].first;
  }
  return 0;
}

typedef struct {
  FgArena *arena;
  FgWord *words;
  size_t count, cap;
} Words;

static bool push_word(Words *ws, const char *text, uint32_t b, uint32_t e, uint32_t tb,
                      uint32_t te, uint8_t space_after) {
  FgWord *grown = fg_grow(ws->words, ws->count + 1, &ws->cap, sizeof *grown);
  if (!grown)
    return false;
  ws->words = grown;
  FgWord *w = &ws->words[ws->count++];
  memset(w, 0, sizeof *w);
  w->form = fg_arena_strndup(ws->arena, text + b, e - b);
  w->form_len = e - b;
  w->begin = tb;
  w->end = te;
  w->space_after = space_after;
  return w->form != NULL;
}

/* "its" written for "it's": before these words it is "it is" or "it has"
 * ("its a shame", "its not", "its been"), never the possessive (EWT and
 * GUM train: 48 such, 1 possessive). */
static const char *const AFTER_ITS_IS[] = {
    "a", "an", "the", "not", "really", "very", "all", "like", "still", "in", "now",
    "definitely", "for", "also", "only", "just", "been", "as", "your", "too", "pretty",
    "always", "never", "getting", "going", "about", "my", "that", "this", "nothing",
    "called", "simply", "probably", "actually", "kinda", "gonna", "what", "how", "no",
    "ok", "okay", "from", "between", NULL};

static bool its_is(const Pieces *ps, size_t i, size_t j) {
  if (j != i + 1 || j >= ps->count || !(ps->pieces[i].flags & FG_TOK_WORD) ||
      strcmp(ps->pieces[i].norm, "its") != 0 || !(ps->pieces[j].flags & FG_TOK_WORD))
    return false;
  for (const char *const *w = AFTER_ITS_IS; *w; w++)
    if (strcmp(ps->pieces[j].norm, *w) == 0)
      return true;
  return false;
}

/* A number glued to its unit is two tokens in UD ("5pm", "650k", "375mm",
 * "24hrs" -> 5 pm ...; EWT/GUM train: 40 of 41 such split, the other a
 * typo): where the unit starts in the token s[0..n), or 0. The unit is
 * lower-case letters, two or more (not an ordinal's "th", "st", "nd",
 * "rd"), "k" or "m", or "am"/"pm"; other single letters stay glued ("220b",
 * "3d"). The tokenizer already splits a number from capitals ("3G"). */
static size_t unit_split(const char *s, size_t n) {
  static const char *const ORDINALS[] = {"st", "nd", "rd", "th", NULL};
  size_t d = 0;
  while (d < n && s[d] >= '0' && s[d] <= '9')
    d++;
  if (d == 0 || d == n)
    return 0;
  size_t u = n - d;
  bool lower = true;
  for (size_t k = d; k < n; k++) {
    char c = (char)(s[k] | 32);
    if (c < 'a' || c > 'z')
      return 0;
    lower = lower && s[k] >= 'a';
  }
  if (u == 2 && ((s[d] | 32) == 'a' || (s[d] | 32) == 'p') && (s[d + 1] | 32) == 'm')
    return d;
  if (!lower)
    return 0;
  if (u == 1)
    return s[d] == 'k' || s[d] == 'm' ? d : 0;
  for (const char *const *o = ORDINALS; *o; o++)
    if (u == 2 && memcmp(s + d, *o, 2) == 0)
      return 0;
  return d;
}

/* split: where the token's second word starts, 0 to find it here */
static bool push_token_words(Words *ws, const char *text, size_t len, uint32_t b,
                             uint32_t e, size_t split) {
  size_t after = e;
  uint8_t space = e >= len || fg_nlp_is_space(fg_utf8_next(text, len, &after));
  size_t n = e - b;
  if (!split)
    split = fused_split(text + b, n);
  /* a decade ("the 70's") is one word, a plural (EWT train: 6 of 6) */
  bool decade = n >= 4 && text[b] >= '1' && text[b] <= '9' && text[b + 1] == '0' &&
                clitic_len(text + b, n) == n - 2;
  if (!split && !decade) {
    size_t cl = clitic_len(text + b, n);
    split = cl ? n - cl : 0;
  }
  if (!split)
    return push_word(ws, text, b, e, b, e, space);
  size_t first = ws->count;
  if (!push_word(ws, text, b, b + (uint32_t)split, b, e, space) ||
      !push_word(ws, text, b + (uint32_t)split, e, b, e, space))
    return false;
  ws->words[first].mwt_last = (uint32_t)ws->count;
  return true;
}

bool fg_nlp_segment(FgArena *arena, const char *text, size_t len,
                    const FgToken *tokens, size_t first, size_t last,
                    size_t lo, size_t hi, FgWord **out, uint32_t *count) {
  *out = NULL;
  *count = 0;
  Pieces ps = {text, len, NULL, 0, 0};
  Words ws = {arena, NULL, 0, 0};
  bool ok = true;
  size_t pos = lo;
  for (size_t t = first; ok && t < last; t++) {
    ok = gap_pieces(&ps, pos, tokens[t].begin) &&
         push_piece(&ps, (Piece){tokens[t].begin, tokens[t].end, tokens[t].norm,
                                 tokens[t].flags, false});
    pos = tokens[t].end;
  }
  ok = ok && gap_pieces(&ps, pos, hi);
  for (size_t i = 0; ok && i < ps.count;) {
    size_t j = url_end(&ps, i);
    if (!j)
      j = phone_end(&ps, i);
    if (!j) {
      j = i + 1;
      for (size_t k; j < ps.count && (k = joins(&ps, i, j)) > 0;)
        j += k;
    }
    /* UD ends a sentence with a period of its own: the one after an
     * abbreviation or initial there is split off ("etc .", "U.S .") */
    uint32_t end = ps.pieces[j - 1].end;
    bool final_stop = j == ps.count && j - i >= 2 && is_punct(&ps.pieces[j - 1], ".") &&
                      is_word(&ps.pieces[j - 2]);
    uint32_t begin = ps.pieces[i].begin;
    size_t unit = j == i + 1 && (ps.pieces[i].flags & FG_TOK_NUM)
                      ? unit_split(text + begin, piece_len(&ps.pieces[i])) : 0;
    if (unit) { /* the number, a token of its own before its unit */
      ok = push_word(&ws, text, begin, begin + (uint32_t)unit, begin, begin + (uint32_t)unit, 0);
      begin += (uint32_t)unit;
    }
    ok = ok &&
         push_token_words(&ws, text, len, begin, final_stop ? end - 1 : end,
                          its_is(&ps, i, j) ? 2 : 0) &&
         (!final_stop || push_token_words(&ws, text, len, end - 1, end, 0));
    i = j;
  }
  free(ps.pieces);
  if (ok && ws.count) {
    /* the words move to the arena: the caller frees nothing */
    *out = fg_arena_alloc_raw(arena, ws.count * sizeof(FgWord));
    ok = *out != NULL;
    if (ok) {
      memcpy(*out, ws.words, ws.count * sizeof(FgWord));
      *count = (uint32_t)ws.count;
    }
  }
  free(ws.words);
  return ok;
}
