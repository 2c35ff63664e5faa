/* SPDX-License-Identifier: MIT */
#include "names.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static const char *const PARTICLES[] = {
    "al", "el", "ash", "as", "ad", "az", "an", "ar", "at", "ul", "bin", "ibn",
    "bint", "abu", "von", "van", "der", "den", "de", "da", "di", "del", "della",
    "la", "le", "dos", "das", "do", "ag", "ould", "ben", "ter", "zu", "y", NULL};

/* Arabic articles only: dropped from match keys. */
static const char *const ARTICLES[] = {"al", "el", "ash", "as", "ad", "adh", "az",
                                       "an", "ar", "at", "ath", "ul", NULL};

static bool in_list(const char *const *list, const char *w, size_t len) {
  for (; *list; list++)
    if ((*list)[0] == w[0] && strlen(*list) == len && memcmp(*list, w, len) == 0)
      return true;
  return false;
}

static bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

bool fg_name_is_particle(const char *norm) {
  return in_list(PARTICLES, norm, strlen(norm));
}

bool fg_name_is_article(const char *norm) {
  return in_list(ARTICLES, norm, strlen(norm));
}

static bool is_initial(const FgToken *tokens, size_t t, size_t last) {
  return (tokens[t].flags & FG_TOK_WORD) && strlen(tokens[t].norm) == 1 &&
         t + 1 < last && fg_tok_is(&tokens[t + 1], ".") &&
         tokens[t + 1].begin == tokens[t].end;
}

bool fg_name_dotted_initials(const FgToken *tokens, size_t first, size_t last) {
  if (last < first + 4 || (last - first) % 2)
    return false;
  for (size_t t = first; t < last; t += 2)
    if (!(tokens[t].flags & FG_TOK_CAP) || !is_initial(tokens, t, last))
      return false;
  return true;
}

bool fg_name_lookup_key(const FgToken *tokens, size_t first, size_t last,
                        FgBuf *out) {
  bool need_space = false, in_initials = false;
  for (size_t t = first; t < last; t++) {
    const FgToken *tok = &tokens[t];
    if (!(tok->flags & (FG_TOK_WORD | FG_TOK_NUM)))
      continue;
    bool initial = is_initial(tokens, t, last);
    bool glue = initial && in_initials;
    if (need_space && !glue && !fg_buf_append_char(out, ' '))
      return false;
    if (!fg_buf_append_str(out, tok->norm))
      return false;
    in_initials = initial;
    need_space = true;
  }
  return true;
}

/* "Abdulkarim", "Abdel Karim" and "Abd al-Karim" are one name: the
 * article fused after "abd" is split off and dropped. */
static size_t fused_abd(const char *w, size_t len) {
  return len > 6 && strncmp(w, "abd", 3) == 0 && strchr("aeou", w[3]) && w[4] == 'l' ? 5 : 0;
}

bool fg_name_match_key(const char *key, bool skeleton, FgBuf *out) {
  /* room for all of the key and a skeleton's digit per word, then plain
   * stores */
  size_t klen = strlen(key);
  if (!fg_buf_reserve(out, 2 * klen))
    return false;
  char *o = out->data + out->len;
  const char *p = key;
  bool first_word = true;
  while (*p) {
    size_t len = strcspn(p, " ");
    size_t rest = fused_abd(p, len);
    if (rest) { /* "abd" and a space take no more room than "abdul" */
      if (!first_word)
        *o++ = ' ';
      memcpy(o, "abd", 3);
      o += 3;
      first_word = false;
      p += rest;
      len -= rest;
    }
    /* An article is dropped unless it is the whole name. */
    bool article = in_list(ARTICLES, p, len) && p[len] == ' ';
    if (!article) {
      if (!first_word)
        *o++ = ' ';
      char prev = 0;
      unsigned runs = 0;
      for (size_t i = 0; i < len; i++) {
        char c = p[i];
        if (c != prev && !(skeleton && i > 0 && is_vowel(c)))
          *o++ = c;
        runs += is_vowel(c) && !(i > 0 && is_vowel(p[i - 1]));
        prev = c;
      }
      /* the vowels go, their runs' count stays: "Shara" is "Sharaa",
       * "Ferro" (fr2) no "Farr" (fr1) */
      if (skeleton)
        *o++ = (char)('0' + (runs < 9 ? runs : 9));
      first_word = false;
    }
    p += len;
    while (*p == ' ')
      p++;
  }
  *o = '\0';
  out->len = (size_t)(o - out->data);
  return true;
}

const char *fg_name_last_word(const char *key) {
  const char *space = strrchr(key, ' ');
  return space ? space + 1 : key;
}

static const char *const ACRONYM_SKIP[] = {"of", "and", "the", "for", "in",
                                           "on", "to", NULL};

bool fg_name_acronym(const FgToken *tokens, size_t first, size_t last,
                     FgBuf *out) {
  for (size_t t = first; t < last; t++) {
    const FgToken *tok = &tokens[t];
    if (!(tok->flags & FG_TOK_WORD))
      continue;
    if (fg_name_is_particle(tok->norm) || in_list(ACRONYM_SKIP, tok->norm, strlen(tok->norm)))
      continue;
    if (!fg_buf_append_char(out, tok->norm[0]))
      return false;
  }
  return true;
}

/* A small transliteration of Cyrillic and Greek (after case folding and
 * accent stripping), so that Владимир Путин is vladimir-putin rather than
 * a hash; other scripts have none. */
static const char *const CYRILLIC[] = { /* U+0430 to U+044F */
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
    "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
static const char *const GREEK[] = { /* U+03B1 to U+03C9 */
    "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p",
    "r", "s", "s", "t", "y", "f", "ch", "ps", "o"};

/* The Latin letters of code point cp (lower case), "" for a letter that
 * has none (the hard sign), NULL when cp is not a letter of those. */
static const char *latin_of(utf8proc_int32_t cp) {
  if (cp >= 0x430 && cp <= 0x44F)
    return CYRILLIC[cp - 0x430];
  if (cp >= 0x3B1 && cp <= 0x3C9)
    return GREEK[cp - 0x3B1];
  switch (cp) {
  case 0x454: return "ye"; /* є */
  case 0x456: return "i";  /* і */
  case 0x491: return "g";  /* ґ */
  default: return NULL;
  }
}

bool fg_name_slug(const char *label, FgBuf *out) {
  utf8proc_uint8_t *mapped = NULL;
  utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)label, 0, &mapped,
                                    UTF8PROC_NULLTERM | UTF8PROC_CASEFOLD |
                                        UTF8PROC_STRIPMARK | UTF8PROC_DECOMPOSE |
                                        UTF8PROC_IGNORE);
  const utf8proc_uint8_t *p = n >= 0 ? mapped : (const utf8proc_uint8_t *)label;
  bool dash = false, ok = true;
  size_t start = out->len;
  while (*p && ok) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t len = utf8proc_iterate(p, -1, &cp);
    if (len <= 0) { /* not UTF-8: one byte, a separator */
      len = 1;
      cp = -1;
    }
    p += len;
    char ascii[2] = {cp >= 'A' && cp <= 'Z' ? (char)(cp - 'A' + 'a') : (char)cp, '\0'};
    const char *latin = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
                                (cp >= '0' && cp <= '9')
                            ? ascii
                            : latin_of(cp);
    if (cp == '\'' || cp == '.' || (latin && !*latin))
      continue;
    if (!latin) {
      dash = true;
      continue;
    }
    if (dash && out->len > start)
      ok = fg_buf_append_char(out, '-');
    ok = ok && fg_buf_append_str(out, latin);
    dash = false;
  }
  free(mapped);
  return ok;
}
