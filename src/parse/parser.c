/* SPDX-License-Identifier: MIT */
/* The parser stage: open a model, parse sentences in bounded pieces. */
#include "parse/parser.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse/decoder.h"

struct FgParser {
  FgPaModel model;
  uint32_t bound;
  FgDiagFunc diag;
  void *diag_handle;
};

static FgStatus adopt(FgModel *file, FgDiagFunc diag, void *diag_handle,
                      FgParser **out) {
  FgParser *p = calloc(1, sizeof *p);
  FgStatus st = p ? fg_pa_model_load(&p->model, file) : FG_ERR_NOMEM;
  if (st == FG_ERR_NOMEM && diag) {
    FgDiag d = {st,
                FG_SEV_ERROR,
                fg_model_name(file),
                0,
                0,
                "out of memory while loading the parser model"};
    diag(diag_handle, &d);
  }
  fg_model_free(file);
  if (st != FG_OK) {
    free(p);
    return st;
  }
  p->bound = p->model.bound;
  p->diag = diag;
  p->diag_handle = diag_handle;
  *out = p;
  return FG_OK;
}

FgStatus fg_parser_open_buffer(const void *data, size_t len, const char *name,
                               FgDiagFunc diag, void *diag_handle,
                               FgParser **out) {
  *out = NULL;
  FgModel *file = NULL;
  FgStatus st = fg_model_open_memory(data, len, name, FG_MODEL_KIND_PARSER,
                                     diag, diag_handle, &file);
  return st == FG_OK ? adopt(file, diag, diag_handle, out) : st;
}

FgStatus fg_parser_open(const char *path, FgDiagFunc diag, void *diag_handle,
                        FgParser **out) {
  *out = NULL;
  FgModel *file = NULL;
  FgStatus st =
      fg_model_open(path, FG_MODEL_KIND_PARSER, diag, diag_handle, &file);
  return st == FG_OK ? adopt(file, diag, diag_handle, out) : st;
}

void fg_parser_free(FgParser *parser) {
  if (!parser)
    return;
  fg_pa_model_clear(&parser->model);
  free(parser);
}

FgStatus fg_parser_save(const FgParser *parser, FgBuf *out) {
  return fg_pa_model_encode(&parser->model, out);
}

size_t fg_parser_bound(const FgParser *parser) { return parser->bound; }

void fg_parser_set_bound(FgParser *parser, size_t bound) {
  if (bound >= 1 && bound < parser->model.bound)
    parser->bound = (uint32_t)bound;
  else
    parser->bound = parser->model.bound;
}

static void warn_cut(const FgParser *p, const FgWord *words, size_t n,
                     FgDiagFunc diag, void *diag_handle) {
  if (!diag)
    return;
  char message[200];
  size_t pieces = (n + p->bound - 1) / p->bound;
  snprintf(message, sizeof message,
           "sentence of %zu words is longer than the parser's bound of %u: "
           "parsed as %zu separate pieces, the first cut at byte %lu",
           n, p->bound, pieces, (unsigned long)words[p->bound].begin);
  FgDiag d = {FG_OK, FG_SEV_WARNING, NULL, 0, words[p->bound].begin, message};
  diag(diag_handle, &d);
}

FgStatus fg_parser_predict(const FgParser *parser, FgWord *words, size_t n,
                           FgArena *scratch) {
  return parser ? fg_parser_predict_to(parser, words, n, scratch, parser->diag,
                                       parser->diag_handle)
                : FG_ERR_USAGE;
}

FgStatus fg_parser_predict_to(const FgParser *parser, FgWord *words, size_t n,
                              FgArena *scratch, FgDiagFunc diag, void *diag_handle) {
  if (!parser || (n && (!words || !scratch)))
    return FG_ERR_USAGE;
  if (n == 0)
    return FG_NOTHING;
  uint32_t cap = n < parser->bound ? (uint32_t)n : parser->bound;
  FgPaScratch sc = {cap, fg_arena_calloc(scratch, cap + 1, sizeof *sc.stack),
                    fg_arena_calloc(scratch, cap + 1, sizeof *sc.node),
                    fg_arena_calloc(scratch, cap + 2, sizeof *sc.atoms),
                    fg_arena_calloc(scratch,
                                    fg_hy_class_count(parser->model.n_labels),
                                    sizeof *sc.scores),
                    {NULL, NULL},
                    {NULL, NULL}};
  /* rows written before they are read: not zeroed */
  size_t row = (size_t)fg_hy_class_count(parser->model.n_labels) * sizeof(int64_t);
  for (int g = 0; g < 2; g++) {
    sc.memo[g] = fg_arena_alloc_raw(scratch, (cap + 2) * row);
    sc.known[g] = fg_arena_alloc_raw(scratch, cap + 2);
  }
  if (!sc.stack || !sc.node || !sc.atoms || !sc.scores || !sc.memo[0] ||
      !sc.memo[1] || !sc.known[0] || !sc.known[1])
    return FG_ERR_NOMEM;
  if (n > parser->bound)
    warn_cut(parser, words, n, diag, diag_handle);
  size_t first_root = 0;
  for (size_t off = 0; off < n; off += cap) {
    uint32_t len = n - off < cap ? (uint32_t)(n - off) : cap;
    fg_pa_decode(&parser->model, words + off, len, &sc);
    for (uint32_t i = 0; i < len; i++) {
      FgWord *w = &words[off + i];
      if (w->head != 0)
        w->head += (uint32_t)off;
      else if (off == 0)
        first_root = i + 1;
      else {
        w->head = (uint32_t)first_root;
        w->deprel = "parataxis";
      }
    }
  }
  return FG_OK;
}
