/* SPDX-License-Identifier: MIT */
/* Name keys: how spellings of one name are recognised as the same. */
#ifndef FG_EXTRACT_NAMES_H
#define FG_EXTRACT_NAMES_H

#include <stdbool.h>
#include <stddef.h>

#include "text/text.h"
#include "util/buf.h"

/* The most words a name has: a longer run of capitalised words is cut
 * there, its rest read as names of their own, and a gazetteer name of more
 * words is never matched. It keeps a run of thousands of names (or of
 * "al-" particles) from making every name key of it. */
#define FG_NAME_MAX_WORDS 12

/* Appends the lookup key of tokens [first, last): word norms joined by
 * single spaces, punctuation dropped, initialisms joined ("U.S." -> "us").
 * False when out of memory. */
bool fg_name_lookup_key(const FgToken *tokens, size_t first, size_t last,
                        FgBuf *out);

/* Transliteration-tolerant key of a name's lookup key: Arabic articles
 * (al-, ash-, el- ...) dropped, doubled letters collapsed, so al-Shara,
 * al-Sharaa, ash-Sharaa and Al Shara agree. With skeleton, vowels after the
 * first letter of each word are dropped too (Ahmed/Ahmad, Mustafa/Moustafa)
 * and the count of the word's vowel runs is written after it ("ahm2 shr2"),
 * so that Ferro (fr2) and Farr (fr1) stay apart. */
bool fg_name_match_key(const char *lookup_key, bool skeleton, FgBuf *out);

/* The last word of a match key ("ahmed shara" -> "shara"). Borrowed. */
const char *fg_name_last_word(const char *key);

/* Initials of the capitalised words of tokens [first,last) ("Hayat Tahrir
 * al-Sham" -> "hts"), skipping particles and function words. */
bool fg_name_acronym(const FgToken *tokens, size_t first, size_t last,
                     FgBuf *out);

/* Tokens [first,last) are two or more capital letters, each glued to its
 * stop: "V.D.", "Q.R.". */
bool fg_name_dotted_initials(const FgToken *tokens, size_t first, size_t last);

/* True for lower-case name particles: al, ash, bin, abu, von, der, de ... */
bool fg_name_is_particle(const char *norm);

/* True for the Arabic articles among them: al, el, ash, an ... */
bool fg_name_is_article(const char *norm);

/* Turns a label into an IRI-safe slug: ASCII lower case words joined by
 * '-' (accents dropped); nothing for a label without Latin letters or
 * digits. */
bool fg_name_slug(const char *label, FgBuf *out);

#endif
