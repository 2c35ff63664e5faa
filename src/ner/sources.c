/* SPDX-License-Identifier: MIT */
#include "ner/sources.h"

#include <stdlib.h>

#include "ner/gum.h"

struct FgNerCorpus {
  FgCorpus *corpus;
  FgCorpusFormat format;
  const FgNerGaz *gaz;
  FgArena *arena;  /* one sentence's names */
  FgDiagFunc diag;
  void *diag_handle;
  const char *path;
};

FgStatus fg_ner_corpus_open(const char *path, FgCorpusFormat format,
                            const FgNerGaz *gaz, FgDiagFunc diag,
                            void *diag_handle, FgNerCorpus **out) {
  *out = NULL;
  FgNerCorpus *c = calloc(1, sizeof *c);
  if (!c)
    return FG_ERR_NOMEM;
  *c = (FgNerCorpus){NULL, format, gaz, fg_arena_new(), diag, diag_handle,
                     path};
  FgStatus st = c->arena ? fg_corpus_open(path, format, diag, diag_handle,
                                          &c->corpus)
                         : FG_ERR_NOMEM;
  if (st != FG_OK) {
    fg_ner_corpus_free(c);
    return st;
  }
  *out = c;
  return FG_OK;
}

void fg_ner_corpus_free(FgNerCorpus *c) {
  if (!c)
    return;
  fg_corpus_free(c->corpus);
  fg_arena_free(c->arena);
  free(c);
}

static bool is_country(const FgNerCorpus *c, const FgWord *words,
                       const FgGumName *name) {
  if (fg_ner_gaz_types(c->gaz, words, name->span.begin, name->span.end) &
      FG_GAZ_COUNTRY)
    return true;
  return name->identity &&
         (fg_ner_gaz_text_types(c->gaz, name->identity) & FG_GAZ_COUNTRY);
}

static FgStatus gum_example(FgNerCorpus *c, const FgCorpusSentence *s,
                            FgNerExample *out) {
  FgGumName *names = fg_arena_calloc(c->arena, s->n + 1, sizeof *names);
  FgNerSpan *spans = fg_arena_calloc(c->arena, s->n + 1, sizeof *spans);
  if (!names || !spans)
    return FG_ERR_NOMEM;
  size_t count = 0;
  FgStatus st = fg_gum_names(s->words, s->misc, s->n, c->arena, names, &count);
  if (st == FG_ERR_SYNTAX && c->diag) {
    FgDiag d = {st, FG_SEV_ERROR, c->path, s->line, 0,
                "malformed Entity= annotation"};
    c->diag(c->diag_handle, &d);
  }
  if (st != FG_OK)
    return st;
  for (size_t k = 0; k < count; k++) {
    spans[k] = names[k].span;
    if (spans[k].type == FG_NER_PLACE && is_country(c, s->words, &names[k]))
      spans[k].type = FG_NER_COUNTRY;
  }
  *out = (FgNerExample){s->words, s->n, spans, count, s->newdoc};
  return FG_OK;
}

static FgStatus corpus_next(void *handle, FgNerExample *out) {
  FgNerCorpus *c = handle;
  FgCorpusSentence s;
  FgStatus st = fg_corpus_next(c->corpus, &s);
  if (st != FG_OK)
    return st;
  fg_arena_reset(c->arena);
  if (c->format == FG_CORPUS_CONLLU)
    return gum_example(c, &s, out);
  FgNerSpan *spans = fg_arena_calloc(c->arena, s.n + 1, sizeof *spans);
  if (!spans)
    return FG_ERR_NOMEM;
  size_t count = fg_spans_from_words(s.words, s.n, spans);
  for (size_t k = 0; k < count; k++)
    if (spans[k].type == FG_NER_PLACE &&
        (fg_ner_gaz_types(c->gaz, s.words, spans[k].begin, spans[k].end) &
         FG_GAZ_COUNTRY))
      spans[k].type = FG_NER_COUNTRY;
  *out = (FgNerExample){s.words, s.n, spans, count, s.newdoc};
  return FG_OK;
}

static FgStatus corpus_rewind(void *handle) {
  FgNerCorpus *c = handle;
  return fg_corpus_rewind(c->corpus);
}

FgNerSource fg_ner_corpus_source(FgNerCorpus *c) {
  return (FgNerSource){c, corpus_next, corpus_rewind};
}

static FgStatus chain_next(void *handle, FgNerExample *out) {
  FgNerChain *ch = handle;
  while (ch->at < ch->count) {
    FgNerSource *src = &ch->parts[ch->at];
    FgStatus st = src->next(src->handle, out);
    if (st != FG_NOTHING)
      return st;
    ch->at++;
  }
  return FG_NOTHING;
}

static FgStatus chain_rewind(void *handle) {
  FgNerChain *ch = handle;
  ch->at = 0;
  for (size_t i = 0; i < ch->count; i++) {
    FgStatus st = ch->parts[i].rewind(ch->parts[i].handle);
    if (st != FG_OK)
      return st;
  }
  return FG_OK;
}

FgNerSource fg_ner_chain_source(FgNerChain *chain) {
  return (FgNerSource){chain, chain_next, chain_rewind};
}
