/* SPDX-License-Identifier: MIT */
/* The dependency parser stage: a greedy arc-hybrid parser with averaged
 * perceptron weights. It fills FgWord.head and FgWord.deprel from form,
 * upos and xpos. The parser is immutable once opened, so one can serve
 * many threads, each with its own scratch arena. */
#ifndef FG_PARSE_PARSER_H
#define FG_PARSE_PARSER_H

#include <stddef.h>

#include "factgraph/diag.h"
#include "factgraph/status.h"
#include "nlp/word.h"
#include "util/arena.h"
#include "util/buf.h"

typedef struct FgParser FgParser;

/* Opens the model file at path. A missing file gives FG_ERR_IO; a
 * truncated, corrupted or foreign one FG_ERR_SYNTAX, reported through
 * diag naming the file, the section and the byte offset. The diag
 * callback and handle are kept for the warnings of fg_parser_predict. */
FgStatus fg_parser_open(const char *path, FgDiagFunc diag, void *diag_handle,
                        FgParser **out);
/* The same from a buffer (borrowed for the call); name is for messages. */
FgStatus fg_parser_open_buffer(const void *data, size_t len, const char *name,
                               FgDiagFunc diag, void *diag_handle,
                               FgParser **out);
void fg_parser_free(FgParser *parser);

/* Parses one sentence: fills head (0 for the one root, else 1..n) and
 * deprel (a name owned by the parser) of words[0..n-1], with scratch from
 * the arena. A sentence longer than the model's bound is cut into pieces
 * of at most bound words parsed separately (linear time overall): the
 * root of each later piece is attached to the first piece's root as
 * "parataxis", and one warning names the byte offset of the first cut.
 * FG_NOTHING for n == 0, FG_ERR_NOMEM when the arena is exhausted. */
FgStatus fg_parser_predict(const FgParser *parser, FgWord *words, size_t n,
                           FgArena *scratch);

/* The same with the warning to diag (NULL: none) instead of the sink the
 * parser was opened with: for a parser shared by several threads. */
FgStatus fg_parser_predict_to(const FgParser *parser, FgWord *words, size_t n,
                              FgArena *scratch, FgDiagFunc diag, void *diag_handle);

/* Encodes the opened model again into out (cleared first): the bytes of
 * the file it came from. FG_ERR_NOMEM. */
FgStatus fg_parser_save(const FgParser *parser, FgBuf *out);

/* The bound in words (the model's; fg_parser_set_bound may lower it, for
 * tests and for callers that want smaller pieces). */
size_t fg_parser_bound(const FgParser *parser);
void fg_parser_set_bound(FgParser *parser, size_t bound);

#endif
