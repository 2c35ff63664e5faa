/* SPDX-License-Identifier: MIT */
#include "nlp/pipeline.h"

#include <string.h>
#include <strings.h>

#include "lemma/lemma.h"
#include "ner/gazmatch.h"
#include "ner/ner.h"
#include "nlp/segment.h"
#include "parse/parser.h"
#include "parse/repair.h"
#include "tag/tag.h"
#include "text/text.h"
#include "util/intern.h"

/* Until a parser is loaded: a flat tree, the first word the root and every
 * other word attached to it with the relation "dep". */
static void flat_tree(FgWord *words, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) {
    words[i].head = i == 0 ? 0 : 1;
    words[i].deprel = i == 0 ? "root" : "dep";
  }
}

/* UD tags a nationality word before a noun or a name as an adjective
 * ("Kenyan Foreign Minister X"); the tagger, meeting a capitalized word it
 * rarely saw, often says PROPN, and the parser then reads a name of its
 * own there ("met with Kenyan" as a subject). A word the gazetteer lists
 * only as a demonym, before a noun, a name or an adjective, is made ADJ. */
static bool indefinite_article(const FgWord *w) {
  return (w->form_len == 1 && (w->form[0] == 'a' || w->form[0] == 'A')) ||
         (w->form_len == 2 && strncasecmp(w->form, "an", 2) == 0);
}

static void tag_demonyms(const FgNerGaz *gaz, FgWord *words, uint32_t n) {
  for (uint32_t i = 0; gaz && i + 1 < n; i++) {
    uint8_t next = words[i + 1].upos;
    if (words[i].upos == FG_UPOS_PROPN &&
        (next == FG_UPOS_PROPN || next == FG_UPOS_NOUN || next == FG_UPOS_ADJ) &&
        fg_ner_gaz_types(gaz, words, i, i + 1) == FG_GAZ_DEMONYM) {
      words[i].upos = FG_UPOS_ADJ;
      words[i].xpos = "JJ";
      words[i].feats = "Degree=Pos";
    }
    /* and a capitalized adjective standing alone after "a" or "an" (a
     * comma, stop or "and" next; not "an Iraqi-British architect") is a
     * noun, a proper noun as UD tags it ("Ravi Menon, an Indian, was
     * freed"): as an adjective the parser made "an" a subject */
    if (i > 0 && words[i].upos == FG_UPOS_ADJ && words[i].form_len > 1 &&
        words[i].form[0] >= 'A' && words[i].form[0] <= 'Z' &&
        (next == FG_UPOS_CCONJ || (next == FG_UPOS_PUNCT && words[i + 1].form_len == 1 &&
                                   strchr(",.;", words[i + 1].form[0]))) &&
        indefinite_article(&words[i - 1])) {
      words[i].upos = FG_UPOS_PROPN;
      words[i].xpos = "NNP";
      words[i].feats = "Number=Sing";
    }
  }
}

/* The word of a sentence the tagger read again as its main verb (n:
 * none), and its tags as first read, which its lemma is found with. */
typedef struct {
  size_t word;
  FgTagLabel before;
} Mended;

/* Lemmatizes the words, the mended one (if any) with the tags it was
 * first given; a noun (or an adjective: "invaded/JJ") read again as a
 * past tense with the participle's tags, as the two are one form for
 * most irregular verbs and the lemmatizer seldom saw such a past after a
 * name ("Ray Beckett shot/NN" becomes "shoot", where VBD would give
 * "sold"); one read again as a present tense with its new tags. */
static FgStatus lemmatize(const FgNlpStages *stages, FgLemmaCache *lemmas, FgWord *words,
                          uint32_t n, const Mended *mended, FgArena *scratch) {
  FgWord *w = mended->word < n ? &words[mended->word] : NULL;
  FgTagLabel after = {0};
  /* "whose owner lives": as a noun "lives" would be "life" */
  if (w && mended->before.upos == FG_UPOS_NOUN && w->xpos &&
      (strcmp(w->xpos, "VBZ") == 0 || strcmp(w->xpos, "VBP") == 0))
    w = NULL;
  if (w) {
    after = (FgTagLabel){w->upos, w->xpos, w->feats};
    bool noun_to_past =
        (mended->before.upos == FG_UPOS_NOUN || mended->before.upos == FG_UPOS_ADJ) && w->xpos &&
        strcmp(w->xpos, "VBD") == 0;
    w->upos = noun_to_past ? FG_UPOS_VERB : mended->before.upos;
    w->xpos = noun_to_past ? "VBN" : mended->before.xpos;
    w->feats = noun_to_past ? "Tense=Past|VerbForm=Part" : mended->before.feats;
  }
  FgStatus st = fg_lemmatizer_predict_cached(stages->lemmatizer, lemmas, words, n, scratch);
  if (w) {
    w->upos = after.upos;
    w->xpos = after.xpos;
    w->feats = after.feats;
  }
  return st;
}

/* The one place where the trained stages after the tagger are called (the
 * tagger ran over the article before, fg_nlp_annotate), each predicting
 * into the sentence's words in turn: the lemmatizer reads the tagger's tags,
 * the parser both, the recognizer the forms (and tags when its model was
 * trained with them). A stage whose model is not loaded is skipped; the
 * flat tree stands in for the parser. */
static bool run_stages(FgArena *arena, const FgNlpStages *stages, FgLemmaCache *lemmas,
                       FgWord *words, uint32_t n, const Mended *mended) {
  FgStatus st = FG_OK;
  /* Scores and features die with the sentence; lemmas are copied to live
   * with the words, in the document's arena. */
  FgArena *scratch = stages && stages->scratch ? stages->scratch : arena;
  if (st == FG_OK && stages && stages->tagger)
    tag_demonyms(stages->ner_gaz, words, n);
  if (st == FG_OK && stages && stages->lemmatizer)
    st = lemmatize(stages, lemmas, words, n, mended, scratch);
  for (uint32_t i = 0; st == FG_OK && scratch != arena && i < n; i++)
    if (words[i].lemma && !(words[i].lemma = fg_arena_strdup(arena, words[i].lemma)))
      st = FG_ERR_NOMEM;
  if (st == FG_OK && stages && stages->parser)
    st = fg_parser_predict_to(stages->parser, words, n, scratch, stages->diag,
                              stages->diag_handle);
  if (st == FG_OK && stages && stages->parser)
    fg_parse_repair_tree(words, n);
  if (st == FG_OK && stages && stages->ner)
    st = fg_ner_predict_in(stages->ner, stages->ner_gaz, stages->ner_memory, words, n, scratch);
  if (st == FG_OK && stages && stages->parser && stages->ner) {
    fg_parse_repair_clause_apposition(words, n);
    fg_parse_repair_name_on_role_noun(words, n);
  }
  if (!stages || !stages->parser)
    flat_tree(words, n);
  if (scratch != arena)
    fg_arena_reset(scratch);
  return st == FG_OK;
}

/* The same for a country the gazetteer does not know, which only the
 * article shows: a capitalised word the gazetteer does not know, before a
 * noun, a name or an adjective, made from a name the article writes (a
 * proper noun there) by a nation's adjective ending ("Dravonian troops" in
 * an article that names Dravonia; fg_text_demonym_bases). The words are
 * looked up in a table of the article's proper nouns: linear time. */
static bool tag_derived_demonyms(const FgNerGaz *gaz, FgNlpDoc *doc) {
  FgIntern *names = fg_intern_new();
  if (!names)
    return false;
  for (size_t s = 0; s < doc->sentence_count; s++)
    for (uint32_t i = 0; i < doc->sentences[s].count; i++) {
      const FgWord *w = &doc->sentences[s].words[i];
      if (w->upos == FG_UPOS_PROPN && fg_intern_add(names, w->form, w->form_len) == FG_NO_ID) {
        fg_intern_free(names);
        return false;
      }
    }
  for (size_t s = 0; s < doc->sentence_count; s++) {
    FgWord *words = doc->sentences[s].words;
    for (uint32_t i = 0; i + 1 < doc->sentences[s].count; i++) {
      uint8_t next = words[i + 1].upos;
      if (words[i].upos != FG_UPOS_PROPN ||
          !(next == FG_UPOS_PROPN || next == FG_UPOS_NOUN || next == FG_UPOS_ADJ) ||
          (gaz && fg_ner_gaz_types(gaz, words, i, i + 1) != 0))
        continue;
      char bases[FG_DEMONYM_BASES][64];
      size_t n = fg_text_demonym_bases(words[i].form, bases);
      for (size_t b = 0; b < n; b++)
        if (fg_intern_find(names, bases[b], strlen(bases[b])) != FG_NO_ID) {
          words[i].upos = FG_UPOS_ADJ;
          words[i].xpos = "JJ";
          words[i].feats = "Degree=Pos";
          break;
        }
    }
  }
  fg_intern_free(names);
  return true;
}

static bool capitalized(const FgWord *w) {
  return w->form_len > 1 && w->form[0] >= 'A' && w->form[0] <= 'Z';
}

/* Sentences that open with a word the article writes elsewhere as the last
 * word of a name of two proper nouns or more ("Mila Horn ... Horn works
 * for Y") but that the tagger read as no name are tagged again with that
 * word a proper noun where it makes the next word a verb
 * (fg_tagger_predict_clause). The last words are looked up in a table of
 * the article's: linear time. */
static bool retag_name_openings(const FgNlpStages *stages, FgArena *scratch, FgArena *arena,
                                FgNlpDoc *doc, Mended *mended) {
  FgIntern *last_words = fg_intern_new();
  if (!last_words)
    return false;
  bool ok = true;
  for (size_t s = 0; ok && s < doc->sentence_count; s++) {
    const FgWord *words = doc->sentences[s].words;
    for (uint32_t i = 1; ok && i < doc->sentences[s].count; i++)
      if (words[i].upos == FG_UPOS_PROPN && words[i - 1].upos == FG_UPOS_PROPN &&
          capitalized(&words[i]) && capitalized(&words[i - 1]) &&
          (i + 1 == doc->sentences[s].count || words[i + 1].upos != FG_UPOS_PROPN))
        ok = fg_intern_add(last_words, words[i].form, words[i].form_len) != FG_NO_ID;
  }
  for (size_t s = 0; ok && s < doc->sentence_count; s++) {
    FgWord *words = doc->sentences[s].words;
    if (doc->sentences[s].count < 3 || words[0].upos == FG_UPOS_PROPN ||
        !capitalized(&words[0]) ||
        fg_intern_find(last_words, words[0].form, words[0].form_len) == FG_NO_ID)
      continue;
    ok = fg_tagger_predict_clause(stages->tagger, words, doc->sentences[s].count, scratch, true,
                                  &mended[s].word, &mended[s].before) == FG_OK;
    if (scratch != arena)
      fg_arena_reset(scratch);
  }
  fg_intern_free(last_words);
  return ok;
}

bool fg_nlp_annotate(FgArena *arena, const FgNlpStages *stages, FgNlpDoc *doc) {
  /* the tagger first over the whole article, since an adjective may be
   * made from a name written in a later sentence */
  FgArena *scratch = stages && stages->scratch ? stages->scratch : arena;
  Mended *mended = fg_arena_calloc(arena, doc->sentence_count + 1, sizeof *mended);
  if (!mended)
    return false;
  for (size_t s = 0; s < doc->sentence_count; s++) {
    mended[s].word = SIZE_MAX;
    if (doc->sentences[s].count && stages && stages->tagger &&
        fg_tagger_predict_clause(stages->tagger, doc->sentences[s].words,
                                 doc->sentences[s].count, scratch, false, &mended[s].word,
                                 &mended[s].before) != FG_OK)
      return false;
    if (scratch != arena)
      fg_arena_reset(scratch);
  }
  if (stages && stages->tagger && !retag_name_openings(stages, scratch, arena, doc, mended))
    return false;
  if (stages && stages->tagger && !tag_derived_demonyms(stages->ner_gaz, doc))
    return false;
  size_t words = 0;
  for (size_t s = 0; s < doc->sentence_count; s++)
    words += doc->sentences[s].count;
  /* malloc'd, not from the arena: freed memory comes back warm for the
   * next document, where fresh arena pages cost more than the cache saves */
  FgLemmaCache *lemmas = NULL;
  if (stages && stages->lemmatizer &&
      !(lemmas = fg_lemma_cache_new(stages->lemmatizer, words)))
    return false;
  bool ok = true;
  for (size_t s = 0; ok && s < doc->sentence_count; s++)
    ok = !doc->sentences[s].count ||
         run_stages(arena, stages, lemmas, doc->sentences[s].words, doc->sentences[s].count,
                    &mended[s]);
  fg_lemma_cache_free(lemmas);
  return ok;
}

bool fg_nlp_analyse(FgArena *arena, const char *text, size_t len,
                    const FgTokenized *tok, const FgNlpStages *stages,
                    FgNlpDoc *out) {
  memset(out, 0, sizeof *out);
  out->text = text;
  out->len = len;
  size_t n = tok->sentence_count ? tok->sentence_count : 1;
  /* room for a rule line before each sentence */
  out->sentences = fg_arena_calloc(arena, 2 * n, sizeof *out->sentences);
  if (!out->sentences)
    return false;
  /* symbols glued after a sentence's last token stay in it */
  for (size_t s = 0, lo = 0, hi; s < n; s++, lo = hi) {
    const FgSentence *sent = tok->sentence_count ? &tok->sentences[s] : NULL;
    hi = s + 1 == n ? len
                    : fg_nlp_sentence_end(text, len, tok->sentences[s].end,
                                          tok->sentences[s + 1].begin);
    FgNlpSentence *o = &out->sentences[out->sentence_count];
    /* a rule line ("*****") standing alone before the sentence is one of its
     * own */
    size_t rule_begin = lo, rule_end;
    while (rule_begin < len && fg_nlp_is_space((unsigned char)text[rule_begin]))
      rule_begin++;
    rule_end = fg_nlp_sentence_end(text, len, rule_begin, len);
    if (sent && rule_end < sent->begin &&
        fg_text_is_rule_line(text + rule_begin, rule_end - rule_begin)) {
      if (!fg_nlp_segment(arena, text, len, tok->tokens, sent->first,
                          sent->first, rule_begin, rule_end, &o->words,
                          &o->count))
        return false;
      out->sentence_count += o->count > 0;
      o = &out->sentences[out->sentence_count];
      lo = rule_end;
    }
    if (!fg_nlp_segment(arena, text, len, tok->tokens, sent ? sent->first : 0,
                        sent ? sent->last : 0, lo, hi, &o->words, &o->count))
      return false;
    out->sentence_count += o->count > 0;
  }
  return fg_nlp_annotate(arena, stages, out);
}
