/* SPDX-License-Identifier: MIT */
/* From the tokenizer's tokens to UD tokens and words (EWT conventions):
 * pieces the tokenizer keeps apart but UD writes as one token are joined
 * ("U.S.", "3.5", "...", "don't", URLs), characters it skips (symbols,
 * emoji) become tokens of their own, and clitics are split into words
 * of a multiword token ("don't" -> do + n't, "John's" -> John + 's,
 * "cannot", "gonna"). Every character of the text other than white space
 * lands in exactly one token, in order. */
#ifndef FG_NLP_SEGMENT_H
#define FG_NLP_SEGMENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nlp/word.h"
#include "text/text.h"
#include "util/arena.h"

/* True for the white space of CoNLL-U and of Python's str.isspace (the
 * independent checker's definition): everything else must be in a token. */
bool fg_nlp_is_space(int32_t cp);

/* Where a sentence's words end: its last token's end, then any symbols
 * glued to it that the tokenizer skipped (the ">" of "<kim@example.com>"),
 * never past limit (the next sentence's first token). */
size_t fg_nlp_sentence_end(const char *text, size_t len, size_t end, size_t limit);

/* The words of the text bytes [lo, hi), which hold the tokens
 * [first, last) of tok: forms are arena copies, offsets are bytes into
 * text, mwt_last marks multiword tokens, space_after is whether white
 * space (or the end of the text) follows. *out is NULL when there is no
 * word. False when out of memory. */
bool fg_nlp_segment(FgArena *arena, const char *text, size_t len,
                    const FgToken *tokens, size_t first, size_t last,
                    size_t lo, size_t hi, FgWord **out, uint32_t *count);

#endif
