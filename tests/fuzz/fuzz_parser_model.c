/* SPDX-License-Identifier: MIT */
/* libFuzzer target: opening a parser model from arbitrary bytes, and
 * parsing a short sentence with it when it opens. */
#include <stddef.h>
#include <stdint.h>

#include "parse/parser.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  FgParser *parser = NULL;
  if (fg_parser_open_buffer(data, size, "fuzz", NULL, NULL, &parser) != FG_OK)
    return 0;
  FgArena *arena = fg_arena_new();
  FgWord words[3] = {{.form = "a", .form_len = 1, .upos = FG_UPOS_DET},
                     {.form = "dog", .form_len = 3, .upos = FG_UPOS_NOUN},
                     {.form = "ran", .form_len = 3, .upos = FG_UPOS_VERB}};
  if (arena)
    fg_parser_predict(parser, words, 3, arena);
  fg_arena_free(arena);
  fg_parser_free(parser);
  return 0;
}
