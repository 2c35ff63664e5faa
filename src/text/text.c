/* SPDX-License-Identifier: MIT */
#include "text.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "utf8.h"

/* Titles written abbreviated before a name ("Prof. X", "Lt. Col. Y"). */
static const char *const TITLE_ABBREVIATIONS[] = {
    "mr",   "mrs",  "ms",  "dr",   "prof", "col",  "gen", "lt",     "sgt",  "capt",
    "maj",  "adm",  "gov", "sen",  "rep",  "rev",  "hon", "pres",   "amb",  "cmdr",
    "brig", "supt", "insp", "cpl", "pvt",  "atty", "det", "messrs", "msgr", "sens",
    "reps", "gens", "drs", NULL};

/* Other abbreviations whose period does not end a sentence. */
static const char *const ABBREVIATIONS[] = {
    "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "apr",
    "aug", "sep", "sept", "oct", "nov", "dec", "approx", "fig", "mt", "ft", "al",
    "cf", "dept", "univ", "assn", "bros",
    "ave", "blvd", "calif", "ariz", "colo", "conn", "fla", "kan", "okla",
    "tenn", "tex", "minn", "mich", "neb", "nev", "wis", "wyo",
    "jul", "jun", "mar", "esq", "ph", "c", "ca", "cal", "ext",
    "sts", "ps", NULL};

/* Abbreviations that close a name and so often end a sentence: "signed by
 * Acme Co. The buyer", "John Smith Jr. He". They end one only where a
 * typical sentence opener follows ("Acme Co. shares" goes on), as an
 * initialism does. */
static const char *const NAME_SUFFIXES[] = {"inc", "ltd", "co", "corp", "jr", "sr",
                                            "bros", "esq", NULL};

/* AP's abbreviations of US states' names ("Salem, Ore."). Some are also
 * words ("iron ore", "fell ill"), so one is read as a state only
 * capitalised after ", Town"; there it closes a name as a company's suffix
 * does. */
static const char *const STATE_ABBREVIATIONS[] = {
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
    "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
    "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", NULL};

/* Capitalised words that start a new sentence after an initialism ("U.S."). */
static const char *const SENTENCE_STARTERS[] = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "this",
    "that", "these", "those", "but", "and", "in", "on", "at", "after",
    "since", "his", "her", "its", "their", "there", "some", "when", NULL};

static bool in_list(const char *const *list, const char *word) {
  for (; *list; list++)
    if (strcmp(*list, word) == 0)
      return true;
  return false;
}

bool fg_text_is_abbreviation(const char *norm) {
  return in_list(ABBREVIATIONS, norm) || in_list(TITLE_ABBREVIATIONS, norm);
}

bool fg_text_is_title_abbreviation(const char *norm) { return in_list(TITLE_ABBREVIATIONS, norm); }

bool fg_text_is_number_abbreviation(const char *norm) { return strcmp(norm, "no") == 0; }

bool fg_text_is_state_after_town(const char *norm, unsigned flags, bool after_comma,
                                 unsigned town_flags) {
  return after_comma && (town_flags & FG_TOK_CAP) && (flags & FG_TOK_CAP) &&
         !(flags & FG_TOK_UPPER) && in_list(STATE_ABBREVIATIONS, norm);
}

bool fg_text_is_rule_line(const char *s, size_t len) {
  if (len < 3)
    return false;
  for (size_t i = 0; i < len; i++)
    if (!strchr("*=_~", s[i]) || !s[i])
      return false;
  return true;
}

/* A rule line stands alone between offsets from and to (the end of one
 * token and the start of the next): white space, the line, white space. */
static bool rule_line_between(const char *text, uint32_t from, uint32_t to) {
  for (uint32_t i = from; i < to;) {
    uint32_t end = i;
    while (end < to && text[end] != ' ' && text[end] != '\n')
      end++;
    if (i > from && end < to && fg_text_is_rule_line(text + i, end - i))
      return true;
    i = end + 1;
  }
  return false;
}

typedef struct {
  FgArena *arena;
  const char *text;
  size_t len;
  FgToken *tokens;
  size_t count, cap;
  char *norms;       /* the ASCII words' norms, one after the other */
  size_t norms_used, norms_cap;
} Lexer;

static bool push_token(Lexer *lx, size_t begin, size_t end, const char *norm,
                       uint16_t flags) {
  if (lx->count == lx->cap) {
    /* news text has a token per five or six bytes: one allocation mostly */
    size_t cap = lx->cap ? lx->cap * 2 : lx->len / 4 + 64;
    FgToken *tokens = cap <= SIZE_MAX / sizeof(FgToken)
                          ? fg_arena_alloc_raw(lx->arena, cap * sizeof(FgToken))
                          : NULL;
    if (!tokens)
      return false;
    if (lx->count)
      memcpy(tokens, lx->tokens, lx->count * sizeof(FgToken));
    lx->tokens = tokens;
    lx->cap = cap;
  }
  lx->tokens[lx->count++] =
      (FgToken){(uint32_t)begin, (uint32_t)end, norm, flags, FG_NO_ID};
  return true;
}

static bool is_word_cp(int32_t cp) {
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= '0' && cp <= '9');
  utf8proc_category_t cat = utf8proc_category(cp);
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_MN) ||
         cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_ME ||
         cat == UTF8PROC_CATEGORY_ND;
}

/* Maps a punctuation code point to its ASCII stand-in, or NULL to skip it. */
static const char *punct_norm(int32_t cp) {
  switch (cp) {
  case '\'': case 0x2018: case 0x2019: case 0x02BC: return "'";
  case '"': case 0x201C: case 0x201D: case 0x201E: case 0xAB: case 0xBB:
    return "\"";
  case '-': case 0x2010: case 0x2011: return "-";
  case 0x2013: case 0x2014: case 0x2015: return "--";
  case 0x2026: return ".";
  case '.': return ".";
  case ',': return ",";
  case '(': case '[': return "(";
  case ')': case ']': return ")";
  case ':': return ":";
  case ';': return ";";
  case '?': return "?";
  case '!': return "!";
  case '/': return "/";
  case '$': return "$";
  case '%': return "%";
  case '&': return "&";
  case '#': return "#";
  case '@': return "@";
  case '|': return "|";
  case 0xFFFD: return NULL;
  default: return NULL;
  }
}

/* Room for a norm of len bytes and its NUL. The norms share buffers of
 * about the text's size (words and NULs rarely take more), so that a token
 * costs no allocation of its own. */
static char *norm_room(Lexer *lx, size_t len) {
  if (lx->norms_cap - lx->norms_used < len + 1) {
    size_t cap = lx->len > len ? lx->len + 1 : len + 1;
    if (!(lx->norms = fg_arena_alloc_raw(lx->arena, cap)))
      return NULL;
    lx->norms_cap = cap;
    lx->norms_used = 0;
  }
  char *out = lx->norms + lx->norms_used;
  lx->norms_used += len + 1;
  return out;
}

/* An ASCII word, nearly every word of news text: its lower-case norm and
 * its case flags (as case_flags gives them) in one pass. */
static char *fold_ascii(Lexer *lx, const char *s, size_t len, uint16_t *flags) {
  char *out = norm_room(lx, len);
  if (!out)
    return NULL;
  size_t letters = 0, upper = 0;
  for (size_t i = 0; i < len; i++) {
    char c = s[i];
    bool up = c >= 'A' && c <= 'Z';
    if (up || (c >= 'a' && c <= 'z')) {
      if (letters == 0 && up)
        *flags |= FG_TOK_CAP;
      letters++;
      upper += up;
    }
    out[i] = up ? (char)(c - 'A' + 'a') : c;
  }
  if (letters >= 2 && upper == letters)
    *flags |= FG_TOK_UPPER;
  out[len] = '\0';
  return out;
}

static char *fold(FgArena *arena, const char *s, size_t len) {
  utf8proc_uint8_t *mapped = NULL;
  utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s,
                                    (utf8proc_ssize_t)len, &mapped,
                                    UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
                                        UTF8PROC_COMPOSE | UTF8PROC_STABLE |
                                        UTF8PROC_IGNORE);
  if (n < 0)
    return fg_arena_strndup(arena, s, len);
  char *out = fg_arena_strndup(arena, (const char *)mapped, (size_t)n);
  free(mapped);
  return out;
}

static uint16_t case_flags(const char *s, size_t len) {
  size_t i = 0, letters = 0, upper = 0;
  uint16_t flags = 0;
  bool first = true;
  while (i < len) {
    int32_t cp = fg_utf8_next(s, len, &i);
    if (cp < 0x80 ? !((cp | 32) >= 'a' && (cp | 32) <= 'z')
                  : !utf8proc_isupper(cp) && !utf8proc_islower(cp))
      continue;
    letters++;
    bool up = cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : utf8proc_isupper(cp);
    upper += up;
    if (first && up)
      flags |= FG_TOK_CAP;
    first = false;
  }
  if (letters >= 2 && upper == letters)
    flags |= FG_TOK_UPPER;
  return flags;
}

/* Invisible characters that may sit inside a word: the soft hyphen
 * (U+00AD), zero-width space, non-joiner and joiner (U+200B..U+200D),
 * the word joiner (U+2060) and a stray BOM (U+FEFF). */
static bool is_invisible_in_word(int32_t cp) {
  return cp == 0xAD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 ||
         cp == 0xFEFF;
}

/* Where the run of invisible characters at `at` ends when a word
 * character follows it (the word goes on), else `at`. */
static size_t skip_invisible(const Lexer *lx, size_t at) {
  size_t end = at, next = at;
  while (next < lx->len) {
    size_t after = next;
    int32_t cp = fg_utf8_next(lx->text, lx->len, &after);
    if (!is_invisible_in_word(cp))
      return next > at && is_word_cp(cp) ? next : at;
    next = after;
  }
  return end;
}

/* Scans one word starting at *i: letters and digits, split where digits
 * meet an upper-case letter ("2025Updated"). A soft hyphen or zero-width
 * character between two letters stays inside the word ("Ama\u00ADra"), its
 * norm without it, so that it neither cuts a name nor changes its key;
 * the token keeps its true offsets. */
static bool lex_word(Lexer *lx, size_t *i, uint16_t flags) {
  size_t begin = *i, end = *i;
  bool ascii = true, prev_digit = false;
  while (end < lx->len) {
    size_t next = end;
    int32_t cp = fg_utf8_next(lx->text, lx->len, &next);
    if (end > begin && is_invisible_in_word(cp)) {
      size_t after = skip_invisible(lx, end);
      if (after == end)
        break;
      ascii = false;
      end = after;
      continue;
    }
    if (!is_word_cp(cp))
      break;
    bool digit = cp >= '0' && cp <= '9';
    if (end > begin && prev_digit && !digit &&
        (cp < 0x80 ? cp >= 'A' && cp <= 'Z' : utf8proc_isupper(cp)))
      break;
    prev_digit = digit;
    ascii = ascii && cp < 0x80;
    end = next;
  }
  const char *word = lx->text + begin;
  uint16_t cases = 0;
  const char *norm = ascii ? fold_ascii(lx, word, end - begin, &cases)
                           : fold(lx->arena, word, end - begin);
  if (!norm)
    return false;
  unsigned char c0 = (unsigned char)lx->text[begin];
  flags |= (c0 >= '0' && c0 <= '9') ? FG_TOK_NUM : FG_TOK_WORD;
  flags |= ascii ? cases : case_flags(word, end - begin);
  *i = end;
  return push_token(lx, begin, end, norm, flags);
}

/* After an apostrophe: "'s" followed by a non-letter is the possessive. */
static bool is_possessive(const Lexer *lx, size_t after) {
  if (after >= lx->len || (lx->text[after] | 32) != 's')
    return false;
  size_t next = after + 1;
  if (next >= lx->len)
    return true;
  size_t j = next;
  return !is_word_cp(fg_utf8_next(lx->text, lx->len, &j));
}

static bool tokenize(Lexer *lx) {
  size_t i = 0;
  uint16_t pending = FG_TOK_BLOCK | FG_TOK_NEWLINE | FG_TOK_BLANK;
  while (i < lx->len) {
    size_t start = i;
    int32_t cp = fg_utf8_next(lx->text, lx->len, &i);
    if (cp == '\n') {
      if (pending & FG_TOK_NEWLINE)
        pending |= FG_TOK_PARAGRAPH;
      pending |= FG_TOK_NEWLINE | FG_TOK_SPACE | FG_TOK_BLANK;
      continue;
    }
    /* the only ASCII space separator is ' ' */
    if (cp == ' ' || cp == '\t' || (cp >= 0x80 && utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS) ||
        cp == '\f' || cp == '\v' || cp == 0x200B || cp == 0xFEFF) {
      pending |= FG_TOK_SPACE | FG_TOK_BLANK;
      continue;
    }
    if (is_word_cp(cp)) {
      i = start;
      if (!lex_word(lx, &i, pending))
        return false;
      pending = 0;
      continue;
    }
    const char *norm = punct_norm(cp);
    if (!norm) {
      pending |= FG_TOK_SPACE;
      continue;
    }
    if (norm[0] == '\'' && is_possessive(lx, i)) {
      if (!push_token(lx, start, i + 1, "'s", pending | FG_TOK_POSS))
        return false;
      i++;
    } else if (!push_token(lx, start, i, norm, pending | FG_TOK_PUNCT)) {
      return false;
    }
    pending = 0;
  }
  return true;
}

static bool is_terminal(const FgToken *tok) {
  return (tok->flags & FG_TOK_PUNCT) &&
         (fg_tok_is(tok, ".") || fg_tok_is(tok, "?") || fg_tok_is(tok, "!"));
}

/* A line break starts a new block unless it only wraps a sentence: the
 * line does not end a sentence and the next one starts in lower case. A
 * blank line never wraps one ("Let me know\n\nyou said"). */
static void mark_blocks(FgToken *tokens, size_t count) {
  for (size_t t = 1; t < count; t++) {
    if (!(tokens[t].flags & FG_TOK_NEWLINE))
      continue;
    const FgToken *prev = &tokens[t - 1];
    bool wraps = !(tokens[t].flags & FG_TOK_PARAGRAPH) && !is_terminal(prev) &&
                 !(prev->flags & FG_TOK_PUNCT && fg_tok_is(prev, ":")) &&
                 (tokens[t].flags & FG_TOK_WORD) &&
                 !(tokens[t].flags & FG_TOK_CAP);
    if (!wraps)
      tokens[t].flags |= FG_TOK_BLOCK;
  }
}

static bool is_closer(const FgToken *tok) {
  return (tok->flags & FG_TOK_PUNCT) &&
         (fg_tok_is(tok, "\"") || fg_tok_is(tok, "'") || fg_tok_is(tok, ")"));
}

/* The first token after tokens[t] and the closing quotes and brackets glued
 * to it, looking through an opening quote or bracket that follows a space
 * (`." Then`, `. "Then`, `. (AFP)`). */
static size_t next_after_quotes(const FgToken *tokens, size_t count, size_t t) {
  size_t n = t + 1;
  while (n < count && !(tokens[n].flags & (FG_TOK_SPACE | FG_TOK_BLOCK)) && is_closer(&tokens[n]))
    n++;
  if (n + 1 < count && (tokens[n].flags & FG_TOK_SPACE) && !(tokens[n].flags & FG_TOK_BLOCK) &&
      (tokens[n].flags & FG_TOK_PUNCT) && (fg_tok_is(&tokens[n], "\"") || fg_tok_is(&tokens[n], "(")))
    n++;
  return n;
}

static bool is_lower_word(const FgToken *tok) {
  return (tok->flags & FG_TOK_WORD) && !(tok->flags & FG_TOK_CAP);
}

/* The index of the last token of an emoticon (":)", ";-(") starting at
 * tokens[c], else 0. */
static size_t emoticon_at(const FgToken *tokens, size_t count, size_t c) {
  if (c + 1 >= count || !(fg_tok_is(&tokens[c], ":") || fg_tok_is(&tokens[c], ";")))
    return 0;
  size_t e = c + 1;
  if (e + 1 < count && fg_tok_is(&tokens[e], "-") && !(tokens[e].flags & FG_TOK_SPACE))
    e++;
  return !(tokens[e].flags & FG_TOK_SPACE) &&
                 (fg_tok_is(&tokens[e], ")") || fg_tok_is(&tokens[e], "("))
             ? e
             : 0;
}

/* A footnote mark glued to the stop before it ("in 1805.[25] In"): the
 * index of its closing bracket, else 0. */
static size_t footnote_after(const FgToken *tokens, size_t count, size_t t) {
  if (t + 3 >= count || (tokens[t + 1].flags & (FG_TOK_SPACE | FG_TOK_BLOCK)) ||
      !fg_tok_is(&tokens[t + 1], "(") || !(tokens[t + 2].flags & FG_TOK_NUM) ||
      (tokens[t + 2].flags & FG_TOK_SPACE) || !fg_tok_is(&tokens[t + 3], ")") ||
      (tokens[t + 3].flags & FG_TOK_SPACE))
    return 0;
  return t + 3;
}

/* Is next a capitalised typical sentence opener ("The", not "THE" or "the")? */
static bool starter_follows(const FgToken *next) {
  return !is_lower_word(next) && !(next->flags & FG_TOK_UPPER) &&
         in_list(SENTENCE_STARTERS, next->norm);
}

/* Does the period at tokens[t] end a sentence? */
static bool period_ends(const FgToken *tokens, size_t count, size_t t) {
  if (t + 1 >= count || (tokens[t + 1].flags & FG_TOK_BLOCK))
    return true;
  /* Runs of periods ("Credit...Name") are looked through, as is a "?" or
   * "!" glued after them ("help pls..?"): the sentence ends after the run. */
  /* no sentence starts with a comma or semicolon ("Salem, Ore., said") */
  if (fg_tok_is(&tokens[t + 1], ".") || fg_tok_is(&tokens[t + 1], ",") ||
      fg_tok_is(&tokens[t + 1], ";") ||
      (!(tokens[t + 1].flags & FG_TOK_SPACE) &&
       (fg_tok_is(&tokens[t + 1], "?") || fg_tok_is(&tokens[t + 1], "!"))))
    return false;
  size_t n = next_after_quotes(tokens, count, t);
  if (n >= count || (tokens[n].flags & FG_TOK_BLOCK))
    return true;
  const FgToken *next = &tokens[n];
  if (t == 0)
    return true;
  const FgToken *prev = &tokens[t - 1];
  /* "wait ... and see": an ellipsis before a lower-case word goes on */
  if (fg_tok_is(prev, ".") && prev->end == tokens[t].begin)
    return !is_lower_word(next);
  if (prev->end != tokens[t].begin || !(prev->flags & FG_TOK_WORD))
    return true;
  /* "No." is "number" only before one ("No. 5"), else the word no; "etc."
   * ends a sentence before a capitalized word, as lists end there */
  if (fg_text_is_number_abbreviation(prev->norm))
    return !(next->flags & FG_TOK_NUM);
  if (fg_tok_is(prev, "etc"))
    return (next->flags & FG_TOK_CAP) && !(next->flags & FG_TOK_UPPER);
  /* An initial or initialism (J. Smith, U.S., a.m.): a sentence ends only
   * when a typical sentence opener follows. The last letter of an
   * initialism is no abbreviation of its own: "D.C.", "N.C." end in the
   * "c" of "c. 1500". */
  bool dotted = t >= 2 && fg_tok_is(&tokens[t - 2], ".") && tokens[t - 2].end == prev->begin;
  if (!dotted && in_list(NAME_SUFFIXES, prev->norm))
    return starter_follows(next);
  if (!dotted && t >= 3 &&
      fg_text_is_state_after_town(prev->norm, prev->flags, fg_tok_is(&tokens[t - 2], ","),
                                  tokens[t - 3].flags))
    return starter_follows(next);
  if (!(dotted && strlen(prev->norm) == 1) && fg_text_is_abbreviation(prev->norm))
    return false;
  /* "e.g." and "i.e." go on */
  if (dotted && t >= 3 &&
      ((fg_tok_is(prev, "g") && fg_tok_is(&tokens[t - 3], "e")) ||
       (fg_tok_is(prev, "e") && fg_tok_is(&tokens[t - 3], "i"))))
    return false;
  if (strlen(prev->norm) == 1 && ((prev->flags & FG_TOK_CAP) || dotted))
    return starter_follows(next);
  /* a lower-case word after a full stop starts a sentence too (web text,
   * headlines run in); abbreviations were caught above */
  return true;
}

static bool sentence_ends_after(const FgToken *tokens, size_t count, size_t t) {
  if (t + 1 < count && (tokens[t + 1].flags & FG_TOK_BLOCK))
    return true;
  /* an emoticon standing alone (":)", ";-(") ends a sentence in web text */
  if (t + 1 < count && (tokens[t + 1].flags & FG_TOK_SPACE) && t >= 1) {
    size_t c = t >= 2 && fg_tok_is(&tokens[t - 1], "-") ? t - 2 : t - 1;
    if ((c == 0 || (tokens[c].flags & FG_TOK_SPACE)) && emoticon_at(tokens, count, c) == t)
      return true;
  }
  /* after a footnote mark, as after the stop it follows */
  if (t >= 3 && fg_tok_is(&tokens[t], ")") && is_terminal(&tokens[t - 3]) &&
      footnote_after(tokens, count, t - 3) == t)
    return t + 1 >= count || !is_lower_word(&tokens[t + 1]);
  if (!is_terminal(&tokens[t]))
    return false;
  /* "I love her. :) I have": the emoticon closes the sentence */
  if (footnote_after(tokens, count, t) ||
      (t + 1 < count && (tokens[t + 1].flags & FG_TOK_SPACE) && emoticon_at(tokens, count, t + 1)))
    return false;
  /* "3.5", "e.g", "www.example.com", "?b=1": no sentence ends inside a word,
   * nor inside a masked e-mail address ("julie...@example.net") */
  if (t + 1 < count && !(tokens[t + 1].flags & FG_TOK_SPACE) &&
      ((tokens[t + 1].flags & (FG_TOK_WORD | FG_TOK_NUM)) || fg_tok_is(&tokens[t + 1], "@")))
    return false;
  if (fg_tok_is(&tokens[t], "."))
    return period_ends(tokens, count, t);
  /* ? or ! : end unless more punctuation follows ("?!") or a quote closes
   * on a lower-case word (`?" he asked`). */
  if (t + 1 >= count)
    return true;
  if ((tokens[t + 1].flags & FG_TOK_PUNCT) && !(tokens[t + 1].flags & FG_TOK_SPACE) &&
      !is_closer(&tokens[t + 1]))
    return false;
  size_t n = next_after_quotes(tokens, count, t);
  return n >= count || (tokens[n].flags & FG_TOK_BLOCK) || n == t + 1 ||
         !is_lower_word(&tokens[n]);
}

static uint16_t sentence_flags(const FgToken *tokens, size_t first, size_t last) {
  size_t words = 0, caps = 0;
  bool has_terminal = false;
  for (size_t t = first; t < last; t++) {
    if (tokens[t].flags & FG_TOK_WORD) {
      words++;
      caps += (tokens[t].flags & FG_TOK_CAP) != 0;
    }
  }
  /* "U.S. and Britain Sanction ..." has periods but does not end in one */
  for (size_t t = last; t > first && t + 2 >= last; t--)
    has_terminal = has_terminal || is_terminal(&tokens[t - 1]);
  uint16_t flags = 0;
  if (!has_terminal)
    flags |= FG_SENT_HEADING;
  /* Only a heading can be in title case; a sentence ending in a period
   * full of names is still a sentence. */
  if (!has_terminal && words >= 3 && caps * 10 >= words * 6)
    flags |= FG_SENT_TITLECASE;
  return flags;
}

/* ---- datelines ---- */

/* Datelines are looked for in the first blocks only: after a headline, a
 * byline and a date line at most. */
#define DATELINE_BLOCKS 6
#define DATELINE_WORDS 5

/* Labels set before a headline or a paragraph in capitals and a dash,
 * never a place: "BREAKING — ...", "UPDATE -- ...". */
static const char *const KICKERS[] = {"breaking", "update", "updated", "exclusive",
                                      "analysis", "opinion", "editorial", "watch",
                                      "live", "correction", "urgent", "flash",
                                      "developing", "factbox", "explainer", NULL};

/* Month names as dates and datelines write them. */
static const char *const MONTHS[] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "january", "february", "march", "april", "june", "july",
    "august", "september", "october", "november", "december", NULL};

static bool is_month(const FgToken *tok) {
  return (tok->flags & FG_TOK_CAP) && in_list(MONTHS, tok->norm);
}

/* "." or "-" glued to the word before it and, for "-" and "/", to the
 * next: "ST. LOUIS", "PORT-AU-PRINCE", "Calif.", "BERLIN/PARIS" (a report
 * from two places). */
static bool is_name_glue(const FgToken *tokens, size_t count, size_t t) {
  if ((tokens[t].flags & (FG_TOK_SPACE | FG_TOK_BLOCK)) || !(tokens[t - 1].flags & FG_TOK_WORD))
    return false;
  if (fg_tok_is(&tokens[t], "."))
    return true;
  return (fg_tok_is(&tokens[t], "-") || fg_tok_is(&tokens[t], "/")) && t + 1 < count &&
         !(tokens[t + 1].flags & FG_TOK_SPACE) && (tokens[t + 1].flags & FG_TOK_WORD);
}

/* A run of at most DATELINE_WORDS words with `need` flags (and numbers when
 * numbers is set), with their glue, from *t; false when it is empty. */
static bool name_run(const FgToken *tokens, size_t count, size_t *t, uint16_t need,
                     bool numbers) {
  size_t words = 0, i = *t;
  while (i < count && !(i > *t && (tokens[i].flags & FG_TOK_BLOCK))) {
    uint16_t f = tokens[i].flags;
    if (((f & FG_TOK_WORD) && (f & need) == need) || (numbers && (f & FG_TOK_NUM)))
      words++;
    else if (!(i > *t && is_name_glue(tokens, count, i)))
      break;
    i++;
  }
  if (words == 0 || words > DATELINE_WORDS)
    return false;
  *t = i;
  return true;
}

/* The dash that ends a dateline at tokens[t] ("--", or "-" between spaces);
 * the index of its last token, or 0. */
static size_t dash_at(const FgToken *tokens, size_t count, size_t t) {
  if (t >= count || !(tokens[t].flags & FG_TOK_SPACE) || (tokens[t].flags & FG_TOK_BLOCK))
    return 0;
  if (fg_tok_is(&tokens[t], "--"))
    return t;
  if (!fg_tok_is(&tokens[t], "-"))
    return 0;
  if (t + 1 < count && fg_tok_is(&tokens[t + 1], "-") && !(tokens[t + 1].flags & FG_TOK_SPACE))
    return t + 1;
  return t;
}

bool fg_text_dateline(const FgToken *tokens, size_t count, size_t first, FgDateline *out) {
  FgDateline d = {(uint32_t)first, (uint32_t)first, 0, 0, 0, 0, 0};
  size_t t = first;
  /* the place: in capitals, else in title case (then only with an
   * agency); none before a date or an agency alone, which need the
   * agency ("Dec 5 (Reuters) - ...", "(CNN) -- ...") */
  if (in_list(KICKERS, tokens[first].norm))
    return false;
  bool capitals = false;
  if (is_month(&tokens[first]) && first + 1 < count && (tokens[first + 1].flags & FG_TOK_NUM)) {
    if (!name_run(tokens, count, &t, FG_TOK_WORD | FG_TOK_CAP, true))
      return false;
    d.date_first = (uint32_t)first;
    d.date_last = (uint32_t)t;
  } else if (fg_tok_is(&tokens[first], "(")) {
    if (first + 1 >= count || !(tokens[first + 1].flags & FG_TOK_CAP))
      return false;
  } else {
    capitals = name_run(tokens, count, &t, FG_TOK_WORD | FG_TOK_UPPER, false);
    if (!capitals && !name_run(tokens, count, &t, FG_TOK_WORD | FG_TOK_CAP, false))
      return false;
    d.place_last = (uint32_t)t;
  }
  /* ", Ohio", ", Nov. 12", ", 2025": a region or country, then a date */
  for (int segments = 0; segments < 3 && t + 1 < count && fg_tok_is(&tokens[t], ","); segments++) {
    size_t start = t + 1;
    bool is_date = (tokens[start].flags & FG_TOK_NUM) || is_month(&tokens[start]);
    if (!is_date && d.date_last > 0)
      return false;
    t = start;
    if (!name_run(tokens, count, &t, FG_TOK_WORD | FG_TOK_CAP, is_date))
      return false;
    if (is_date) {
      d.date_first = d.date_last ? d.date_first : (uint32_t)start;
      d.date_last = (uint32_t)t;
    } else {
      d.place_last = (uint32_t)t;
    }
  }
  /* "(AP)", "(Reuters)", "(dpa)" */
  if (t < count && fg_tok_is(&tokens[t], "(")) {
    size_t start = t + 1;
    t = start;
    if (!name_run(tokens, count, &t, FG_TOK_WORD, false) || t >= count ||
        !fg_tok_is(&tokens[t], ")"))
      return false;
    d.agency_first = (uint32_t)start;
    d.agency_last = (uint32_t)t;
    t++;
  }
  if (!capitals && d.agency_last == 0)
    return false;
  size_t dash = dash_at(tokens, count, t);
  /* the body's first sentence goes on in the same block, after a space */
  if (dash == 0 || dash + 1 >= count || (tokens[dash + 1].flags & FG_TOK_BLOCK) ||
      !(tokens[dash + 1].flags & FG_TOK_SPACE) ||
      !((tokens[dash + 1].flags & (FG_TOK_CAP | FG_TOK_NUM)) ||
        fg_tok_is(&tokens[dash + 1], "\"")))
    return false;
  d.dash = (uint32_t)dash;
  *out = d;
  return true;
}

/* ---- web text: breaks without sentence punctuation ---- */

/* Walks back at most this many tokens (a line with no space stays linear). */
#define WEB_LOOKBACK 64

/* No white space before tok: symbols the tokenizer skips ("_" in a URL) glue. */
static bool glued(const FgToken *tok) { return !(tok->flags & (FG_TOK_BLANK | FG_TOK_BLOCK)); }

/* The first token of the glued chunk (no space inside) ending at t. */
static size_t chunk_start(const FgToken *tokens, size_t t) {
  size_t k = t;
  while (k > 0 && t - k < WEB_LOOKBACK && glued(&tokens[k]))
    k--;
  return k;
}

/* A URL starts at tokens[k]: "http://", "https://" or "www.". */
static bool url_at(const FgToken *tokens, size_t count, size_t k) {
  if (k + 1 >= count || !(tokens[k].flags & FG_TOK_WORD) || !glued(&tokens[k + 1]))
    return false;
  return ((fg_tok_is(&tokens[k], "http") || fg_tok_is(&tokens[k], "https")) &&
          fg_tok_is(&tokens[k + 1], ":")) ||
         (strncmp(tokens[k].norm, "www", 3) == 0 && fg_tok_is(&tokens[k + 1], "."));
}

static bool is_num(const FgToken *tok) { return (tok->flags & FG_TOK_NUM) != 0; }

/* The glued chunk [k, t] holds an e-mail address: a word, "@", and a
 * later "." ("jo.ng@example.com", "<kim@example.net>"), the word's end
 * possibly masked ("kim...@example.net"). */
static bool email_in(const FgToken *tokens, size_t k, size_t t) {
  bool at = false;
  for (; k < t; k++) {
    if (at && fg_tok_is(&tokens[k + 1], "."))
      return true;
    at = at || (fg_tok_is(&tokens[k + 1], "@") &&
                ((tokens[k].flags & (FG_TOK_WORD | FG_TOK_NUM)) || fg_tok_is(&tokens[k], ".")));
  }
  return false;
}

/* The text between two tokens is a closing angle bracket, spaces around
 * it allowed ("kim@example.net> Date", "kim@example.net > Date"). */
static bool angle_closes(const char *text, uint32_t from, uint32_t to) {
  bool angle = false;
  for (uint32_t i = from; i < to; i++) {
    if (text[i] == '>' && !angle)
      angle = true;
    else if (text[i] != ' ')
      return false;
  }
  return angle;
}

/* tokens[t] ends a date and time as e-mail headers write them
 * ("08/16/2000 03:48 PM", "04/25/01 12:42:55"): true with *ampm set when
 * the time has AM or PM and *date at the date's first token. */
static bool date_time_ends(const FgToken *tokens, size_t t, bool *ampm, size_t *date) {
  *ampm = t >= 1 && (tokens[t].flags & FG_TOK_WORD) &&
          (fg_tok_is(&tokens[t], "am") || fg_tok_is(&tokens[t], "pm"));
  size_t e = *ampm ? t - 1 : t; /* the time's last number */
  if (e < 6 || !is_num(&tokens[e]) || !fg_tok_is(&tokens[e - 1], ":") || !glued(&tokens[e - 1]) ||
      !glued(&tokens[e]))
    return false;
  size_t k = e - 2; /* the time's first number */
  if (k >= 2 && fg_tok_is(&tokens[k - 1], ":") && glued(&tokens[k]) && glued(&tokens[k - 1]))
    k -= 2;
  if (!is_num(&tokens[k]) || glued(&tokens[k]) || k < 5)
    return false;
  /* the date before it: N/N/N */
  *date = k - 5;
  return is_num(&tokens[k - 1]) && fg_tok_is(&tokens[k - 2], "/") && glued(&tokens[k - 1]) &&
         glued(&tokens[k - 2]) && is_num(&tokens[k - 3]) && glued(&tokens[k - 3]) &&
         fg_tok_is(&tokens[k - 4], "/") && glued(&tokens[k - 4]) && is_num(&tokens[k - 5]);
}

/* A date and time start at tokens[k] ("08/16/2000 03:48"). */
static bool date_time_starts(const FgToken *tokens, size_t count, size_t k) {
  if (k + 7 >= count)
    return false;
  const FgToken *d = &tokens[k];
  return is_num(&d[0]) && fg_tok_is(&d[1], "/") && glued(&d[1]) && is_num(&d[2]) &&
         glued(&d[2]) && fg_tok_is(&d[3], "/") && glued(&d[3]) && is_num(&d[4]) &&
         glued(&d[4]) && is_num(&d[5]) && !glued(&d[5]) && fg_tok_is(&d[6], ":") &&
         glued(&d[6]) && is_num(&d[7]) && glued(&d[7]);
}

/* Closings of letters and e-mails before the signature ("Regards,"). */
static const char *const CLOSINGS[] = {"regards", "sincerely", "thanks", "cheers", "best",
                                       NULL};

/* Capitalized words that open a new sentence after a greeting or a name
 * and a comma ("Hi, Please find", "Kathleen, You will"): in running text
 * they would be lower case there. */
static const char *const AFTER_GREETING[] = {
    "you", "we", "please", "thanks", "thank", "this", "here", "attached", "yes",
    "what", "what's", "how", "hope", "congratulations", "let", "can", "could",
    "would", "do", "is", "are", "the", "it", "my", "our", "your", "just", "good",
    "great", "sorry", "as", NULL};

static bool is_cap_word(const FgToken *tok) {
  return (tok->flags & FG_TOK_WORD) && (tok->flags & FG_TOK_CAP) && !(tok->flags & FG_TOK_UPPER);
}

/* Words of speech that open a new sentence after a dash that breaks one
 * off ("I need a -- Do you have a pin?"); news continues after a dash
 * with a name or lower case. */
static const char *const AFTER_BREAK_OFF[] = {
    "and", "oh", "yeah", "yes", "okay", "well", "so", "wait", "what", "who", "why",
    "how", "do", "does", "did", "can", "this", "that's", "see", "really", "right", NULL};

static bool is_dash(const FgToken *tok) {
  return (tok->flags & FG_TOK_PUNCT) && (fg_tok_is(tok, "-") || fg_tok_is(tok, "--"));
}

/* tokens[first, t] are only dashes glued together, four or more: a rule
 * line ("-----"). Two or three are as often a bullet ("-- The budget"). */
static bool dash_line(const FgToken *tokens, size_t first, size_t t) {
  if (t < first + 3)
    return false;
  for (size_t k = first; k <= t; k++)
    if (!is_dash(&tokens[k]) || (k > first && !glued(&tokens[k])))
      return false;
  return true;
}

/* Does a sentence without sentence punctuation end after tokens[t] (the
 * sentence so far starts at first)? The conventions of web text and
 * e-mail: an e-mail header's date and time, a URL followed by another or
 * by a capitalized word, "Hi," or a name and a comma or colon before a
 * capitalized opener, a closing ("Regards,") before the signature. */
static bool web_break_after(const char *text, const FgToken *tokens, size_t count, size_t first,
                            size_t t) {
  const FgToken *next = &tokens[t + 1];
  bool spaced = !glued(next);
  /* after the date and time: before any word when they stand alone (a
   * header line), else before a capitalized word */
  bool ampm;
  size_t date;
  if (spaced && date_time_ends(tokens, t, &ampm, &date) &&
      (ampm && (date == first || !is_lower_word(&tokens[date - 1]))
           ? !(next->flags & FG_TOK_PUNCT)
           : is_cap_word(next)))
    return true;
  /* the header's date and time after the sender's name stand alone */
  if (spaced && !is_lower_word(&tokens[t]) && date_time_starts(tokens, count, t + 1))
    return true;
  /* "Best regards, Debra", "Thanks, Sean" */
  if (spaced && fg_tok_is(&tokens[t], ",") && t > first && t - first <= 2 &&
      in_list(CLOSINGS, tokens[t - 1].norm) && is_cap_word(next))
    return true;
  if (spaced && (url_at(tokens, count, t + 1) || is_cap_word(next)) &&
      url_at(tokens, count, chunk_start(tokens, t)))
    return true;
  /* an e-mail address ends a signature or header line before a number
   * (a date) or, unless a name comes just before it (an author line:
   * "Kim Lee kim@example.edu University of ..."), a capitalized word; in
   * angle brackets it ends a header line after the name too ("From: Kim
   * Lee <kim@example.net> Date:"; EWT train: 8 of 8 break there) */
  size_t chunk = chunk_start(tokens, t);
  if (spaced && !fg_tok_is(&tokens[t], ",") &&
      (is_num(next) ||
       (is_cap_word(next) && (chunk == 0 || !is_cap_word(&tokens[chunk - 1]) ||
                              angle_closes(text, tokens[t].end, next->begin)))) &&
      email_in(tokens, chunk, t))
    return true;
  /* a speaker breaks off at a dash and starts again */
  if (spaced && fg_tok_is(&tokens[t], "--") && t > first && is_cap_word(next) &&
      in_list(AFTER_BREAK_OFF, next->norm))
    return true;
  /* a rule line of symbols ("*****") stands alone */
  if (rule_line_between(text, tokens[t].end, next->begin))
    return true;
  /* a rule line of dashes stands alone, no symbol glued after it */
  if (spaced && !is_lower_word(next) && dash_line(tokens, first, t) &&
      (text[tokens[t].end] == ' ' || text[tokens[t].end] == '\n'))
    return true;
  if (spaced && (fg_tok_is(&tokens[t], ",") || fg_tok_is(&tokens[t], ":")) && t > first &&
      t - first <= 2 && is_cap_word(next) &&
      in_list(AFTER_GREETING, next->norm) && !in_list(MONTHS, tokens[first].norm)) {
    for (size_t k = first; k < t; k++)
      if (!is_cap_word(&tokens[k]))
        return false;
    return true;
  }
  return false;
}

/* Closing quotes and brackets right after the terminal belong to the sentence. */
static size_t absorb_closers(const FgToken *tokens, size_t count, size_t t) {
  while (t + 1 < count && !(tokens[t + 1].flags & (FG_TOK_SPACE | FG_TOK_BLOCK)) &&
         (fg_tok_is(&tokens[t + 1], "\"") || fg_tok_is(&tokens[t + 1], ")") ||
          fg_tok_is(&tokens[t + 1], "'")))
    t++;
  return t;
}

/* After a sentence that ends at tokens[t] (sentence punctuation), the
 * tokens that still belong to it: a bracket that closes one the sentence
 * opened ("(We fly on Monday. ) Then"), a credit in brackets of at most
 * five capitalized words ("Jihad. (Jerusalem Post) The") or a reference
 * mark in square brackets ("in 1805. [6] He", "[6, 7]") before a new
 * sentence. The index of its last token. */
static size_t absorb_brackets(const char *text, const FgToken *tokens, size_t count, size_t first,
                              size_t t) {
  /* the stop may have closing quotes after it ('."') */
  size_t stop = t;
  while (stop > first && is_closer(&tokens[stop]) && !(tokens[stop].flags & FG_TOK_SPACE))
    stop--;
  if (t + 1 >= count || (tokens[t + 1].flags & FG_TOK_BLOCK) || !is_terminal(&tokens[stop]))
    return t;
  if (fg_tok_is(&tokens[t + 1], ")")) {
    int depth = 0;
    for (size_t k = t; k > first && t - k < WEB_LOOKBACK; k--)
      depth += fg_tok_is(&tokens[k - 1], "(") ? 1 : fg_tok_is(&tokens[k - 1], ")") ? -1 : 0;
    return depth > 0 ? t + 1 : t;
  }
  if (!fg_tok_is(&tokens[t + 1], "("))
    return t;
  bool reference = text[tokens[t + 1].begin] == '[';
  for (size_t k = t + 2; k < count && k <= t + 7; k++) {
    if (fg_tok_is(&tokens[k], ")")) {
      bool ends = k + 1 >= count || (tokens[k + 1].flags & FG_TOK_BLOCK) ||
                  ((tokens[k + 1].flags & FG_TOK_SPACE) &&
                   (is_cap_word(&tokens[k + 1]) || fg_tok_is(&tokens[k + 1], "\"")));
      return ends && k > t + 2 ? k : t;
    }
    bool fits = reference ? is_num(&tokens[k]) || fg_tok_is(&tokens[k], ",")
                          : (tokens[k].flags & FG_TOK_WORD) && (tokens[k].flags & FG_TOK_CAP);
    if (!fits)
      return t;
  }
  return t;
}

/* Splits at the punctuation, or when breaks is not NULL exactly before
 * the first token at or after each of the n byte offsets in breaks. */
static bool split_sentences(FgArena *arena, const char *text, FgTokenized *out,
                            const uint32_t *breaks, size_t nbreaks) {
  const FgToken *tokens = out->tokens;
  size_t k = 0;
  size_t count = out->token_count, n = 0, cap = 64;
  FgSentence *sents = fg_arena_calloc(arena, cap, sizeof(FgSentence));
  if (!sents)
    return false;
  uint32_t block = 0;
  size_t first = 0;
  /* the dateline ends a sentence of its own at its dash */
  size_t dateline = SIZE_MAX;
  bool dateline_seen = false;
  for (size_t t = 0; t < count; t++) {
    FgDateline d;
    if (!breaks && !dateline_seen && t == first && (tokens[t].flags & FG_TOK_BLOCK) &&
        block + (n > 0) < DATELINE_BLOCKS && fg_text_dateline(tokens, count, t, &d)) {
      dateline_seen = true;
      dateline = d.dash;
    }
    /* the text's last tokens end a sentence even without punctuation */
    if (breaks) {
      while (k < nbreaks && breaks[k] <= tokens[t].begin)
        k++;
      if (t + 1 < count && (k == nbreaks || tokens[t + 1].begin < breaks[k]))
        continue;
    } else {
      if (t < dateline && dateline != SIZE_MAX)
        continue;
      if (t != dateline) {
        /* a list item's number ("2. The attachment ...") opens its sentence */
        bool item = t == first + 1 && is_num(&tokens[first]) &&
                    tokens[first].end - tokens[first].begin <= 2 && fg_tok_is(&tokens[t], ".") &&
                    glued(&tokens[t]) && t + 1 < count && !(tokens[t + 1].flags & FG_TOK_BLOCK);
        if (t + 1 < count && (item || !sentence_ends_after(tokens, count, t)) &&
            !web_break_after(text, tokens, count, first, t))
          continue;
        t = absorb_brackets(text, tokens, count, first, absorb_closers(tokens, count, t));
      }
    }
    if (n == cap) {
      FgSentence *grown = fg_arena_calloc(arena, cap * 2, sizeof(FgSentence));
      if (!grown)
        return false;
      memcpy(grown, sents, n * sizeof(FgSentence));
      sents = grown;
      cap *= 2;
    }
    if (tokens[first].flags & FG_TOK_BLOCK && n > 0)
      block++;
    sents[n++] = (FgSentence){(uint32_t)first, (uint32_t)(t + 1), tokens[first].begin,
                              tokens[t].end, block,
                              (uint16_t)(sentence_flags(tokens, first, t + 1) |
                                         (t == dateline ? FG_SENT_DATELINE : 0))};
    if (t == dateline)
      dateline = SIZE_MAX;
    first = t + 1;
  }
  out->sentences = sents;
  out->sentence_count = n;
  return true;
}

bool fg_text_break_before(FgArena *arena, FgTokenized *tok, size_t sentence, size_t t) {
  FgSentence *old = &tok->sentences[sentence];
  if (t <= old->first || t >= old->last)
    return true;
  FgSentence *sents = fg_arena_calloc(arena, tok->sentence_count + 1, sizeof(FgSentence));
  if (!sents)
    return false;
  memcpy(sents, tok->sentences, (sentence + 1) * sizeof(FgSentence));
  memcpy(sents + sentence + 2, tok->sentences + sentence + 1,
         (tok->sentence_count - sentence - 1) * sizeof(FgSentence));
  FgSentence *before = &sents[sentence], *after = &sents[sentence + 1];
  *after = (FgSentence){(uint32_t)t, before->last, tok->tokens[t].begin, before->end,
                        before->block, sentence_flags(tok->tokens, t, before->last)};
  before->last = (uint32_t)t;
  before->end = tok->tokens[t - 1].end;
  tok->sentences = sents;
  tok->sentence_count++;
  return true;
}

static bool analyse(FgArena *arena, const char *text, size_t len, const uint32_t *breaks,
                    size_t nbreaks, FgTokenized *out) {
  memset(out, 0, sizeof *out);
  if (len >= UINT32_MAX)
    return false;
  Lexer lx = {arena, text, len, NULL, 0, 0, NULL, 0, 0};
  if (!tokenize(&lx))
    return false;
  out->tokens = lx.tokens;
  out->token_count = lx.count;
  mark_blocks(lx.tokens, lx.count);
  return split_sentences(arena, text, out, breaks, nbreaks);
}

bool fg_text_analyse(FgArena *arena, const char *text, size_t len, FgTokenized *out) {
  return analyse(arena, text, len, NULL, 0, out);
}

bool fg_text_analyse_split(FgArena *arena, const char *text, size_t len,
                           const uint32_t *breaks, size_t nbreaks, FgTokenized *out) {
  static const uint32_t none[1] = {0};
  return analyse(arena, text, len, nbreaks ? breaks : none, nbreaks, out);
}

/* The rules of fg_text_demonym_bases: adj = stem + ending, name = stem +
 * name_end. */
static const struct {
  const char *ending, *name_end;
  bool consonant; /* the stem must end in a consonant */
} DEMONYM_RULES[FG_DEMONYM_BASES] = {
    {"an", "a", false}, {"ian", "", true}, {"ian", "y", false}, {"an", "", true},
    {"an", "o", false}, {"an", "e", false}, {"ese", "", true},  {"ese", "a", false},
    {"i", "", true},    {"i", "a", true},      {"i", "ia", true},  {"lander", "land", false},
    {"", "istan", true}};

bool fg_text_demonym_like(const char *adj) {
  static const char *const UNDERIVED[] = {"ish", "ic"};
  size_t a = strlen(adj);
  for (size_t r = 0; r < sizeof UNDERIVED / sizeof UNDERIVED[0]; r++)
    if (a > strlen(UNDERIVED[r]) + 2 && strcmp(adj + a - strlen(UNDERIVED[r]), UNDERIVED[r]) == 0)
      return true;
  char bases[FG_DEMONYM_BASES][64];
  size_t n = fg_text_demonym_bases(adj, bases);
  /* the last rule, the empty ending ("Afghan" -> "Afghanistan"), fits any
   * word after a consonant: it alone says nothing */
  size_t last = n ? strlen(bases[n - 1]) : 0;
  return n > 1 || (n == 1 && !(last >= 5 && strcmp(bases[0] + last - 5, "istan") == 0));
}

size_t fg_text_demonym_bases(const char *adj, char out[][64]) {
  size_t a = strlen(adj), count = 0;
  for (size_t r = 0; r < FG_DEMONYM_BASES; r++) {
    size_t e = strlen(DEMONYM_RULES[r].ending), stem = a - e,
           len = stem + strlen(DEMONYM_RULES[r].name_end);
    if (a <= e || strcmp(adj + stem, DEMONYM_RULES[r].ending) != 0 || len < 4 || len >= 64)
      continue;
    if (DEMONYM_RULES[r].consonant && strchr("aeiouy", adj[stem - 1]))
      continue;
    memcpy(out[count], adj, stem);
    strcpy(out[count] + stem, DEMONYM_RULES[r].name_end);
    count++;
  }
  return count;
}
