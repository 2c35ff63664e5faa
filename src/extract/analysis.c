/* Lexicon lookups for one document's tokens. */
#include "analysis.h"

#include <stdint.h>

bool fg_analysis_prepare(FgDocAnalysis *doc) {
  fg_lexicon_tag_tokens(doc->lex, doc->tok.tokens, doc->tok.token_count);
  doc->list_masks = fg_lexicon_list_masks(doc->lex);
  doc->starts_masks = fg_lexicon_starts_masks(doc->lex);
  doc->list_slots = fg_arena_calloc(doc->arena, FG_LIST_SLOTS, sizeof(FgListSlot));
  doc->sources = fg_arena_calloc(doc->arena, doc->tok.sentence_count + 1,
                                 sizeof(FgSentenceSource));
  return doc->list_slots && doc->sources;
}

/* Rules name lists with string literals, called for every token: a name's
 * id is looked up once per document and then found by its address. A full
 * run of slots only costs the lookup. */
static uint32_t list_id(const FgDocAnalysis *doc, const char *name) {
  uint64_t mixed = (uint64_t)(uintptr_t)name * UINT64_C(0x9E3779B97F4A7C15);
  size_t at = (size_t)(mixed >> 40) % FG_LIST_SLOTS;
  for (size_t k = 0; k < 8; k++) {
    FgListSlot *slot = &doc->list_slots[(at + k) % FG_LIST_SLOTS];
    if (slot->name == name)
      return slot->id;
    if (!slot->name) {
      slot->name = name;
      slot->id = fg_lexicon_list_id(doc->lex, name);
      return slot->id;
    }
  }
  return fg_lexicon_list_id(doc->lex, name);
}

static bool word_in(const FgDocAnalysis *doc, uint32_t list, uint32_t word) {
  if (list < 64)
    return (doc->list_masks[word] >> list) & 1;
  return fg_lexicon_word_in(doc->lex, list, word);
}

bool fg_word_in_list(const FgDocAnalysis *doc, const char *name, uint32_t word) {
  return word_in(doc, list_id(doc, name), word);
}

bool fg_in_list_value(const FgDocAnalysis *doc, const char *name, const FgToken *tok,
                      const char **value) {
  uint32_t list = list_id(doc, name);
  if (tok->word == FG_NO_ID || !word_in(doc, list, tok->word))
    return false;
  *value = fg_lexicon_word_value(doc->lex, list, tok->word);
  return true;
}

bool fg_starts_list(const FgDocAnalysis *doc, const char *name, const FgToken *tok) {
  return tok->word != FG_NO_ID &&
         fg_lexicon_word_starts(doc->lex, list_id(doc, name), tok->word);
}
