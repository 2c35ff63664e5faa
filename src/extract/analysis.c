/* SPDX-License-Identifier: MIT */
/* Lexicon lookups for one document's tokens. */
#include "analysis.h"

void fg_analysis_prepare(FgDocAnalysis *doc) {
  fg_lexicon_tag_tokens(doc->lex, doc->tok.tokens, doc->tok.token_count);
  doc->list_masks = fg_lexicon_list_masks(doc->lex);
  doc->starts_masks = fg_lexicon_starts_masks(doc->lex);
}
