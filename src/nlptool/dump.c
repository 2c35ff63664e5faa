/* SPDX-License-Identifier: MIT */
/* dump: a model as text, in a fixed order (header, labels, tables, then
 * weights by key), so two models can be compared with diff. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "learn/le.h"
#include "learn/model.h"
#include "learn/perceptron.h"
#include "lemma/lemma.h"
#include "nlptool/tool.h"
#include "tag/features.h"
#include "tag/tag.h"

static void dump_weights(const FgModel *model, uint32_t id) {
  const uint8_t *data;
  size_t len;
  FgWeights *w = NULL;
  if (!fg_model_section(model, id, &data, &len) ||
      fg_weights_load(data, len, model, id, &w) != FG_OK)
    return;
  char name[5];
  fg_model_section_name(id, name);
  printf("weights %s: %u classes, %zu features\n", name,
         fg_weights_classes(w), fg_weights_features(w));
  for (size_t i = 0; i < fg_weights_features(w); i++) {
    FgWeightRow row = fg_weights_row(w, i);
    printf("%016" PRIx64, row.key);
    for (uint32_t j = 0; j < row.count; j++)
      printf(" %u:%d", fg_weight_row_class(&row, j),
             fg_weight_row_weight(&row, j));
    putchar('\n');
  }
  fg_weights_free(w);
}

static void dump_tagger(const FgTagger *t) {
  for (uint32_t c = 0; c < fg_tagger_classes(t); c++) {
    const FgTagLabel *l = fg_tagger_label(t, c);
    printf("tag %u\t%s\t%s\t%s\n", c, fg_upos_name(l->upos), l->xpos,
           l->feats ? l->feats : "_");
  }
  const uint8_t *data;
  size_t len;
  const FgModel *m = fg_tagger_model(t);
  if (fg_model_section(m, FG_TAG_SEC_DICT, &data, &len)) {
    FgLeCursor c = fg_le_cursor(data, len);
    uint32_t n = fg_le_u32(&c);
    fg_le_u32(&c);
    for (uint32_t i = 0; i < n && !c.failed; i++) {
      uint64_t key = fg_le_u64(&c), amb = fg_le_u64(&c);
      unsigned sure = fg_le_u16(&c);
      printf("word %016" PRIx64 " class-set %016" PRIx64 " only %d\n", key,
             amb, (int)sure - 1);
    }
  }
  dump_weights(m, FG_TAG_SEC_WEIGHTS);
}

static void dump_lemmatizer(const FgLemmatizer *l) {
  char name[128];
  for (uint32_t c = 0; c < fg_lemmatizer_classes(l); c++) {
    fg_lemmatizer_class_name(l, c, name, sizeof name);
    printf("edit %u\t%s\n", c, name);
  }
  for (size_t i = 0; i < fg_lemmatizer_exceptions(l); i++) {
    uint64_t key;
    const char *lemma = fg_lemmatizer_exception(l, i, &key);
    printf("exception %016" PRIx64 "\t%s\n", key, lemma);
  }
  dump_weights(fg_lemmatizer_model(l), FG_SECTION('L', 'W', 'G', 'T'));
}

int fg_nlptool_dump(const char *path, FgDiagFunc diag) {
  FgModel *model = NULL;
  if (fg_model_open(path, 0, diag, NULL, &model) != FG_OK)
    return 2;
  const FgModelInfo *info = fg_model_info(model);
  printf("model %s\nkind %u\ntemplates %016" PRIx64 "\nhash-seed %" PRIu64
         "\ntrain-seed %" PRIu64 "\nepochs %u\ncorpora %s\n",
         path, info->kind, info->template_hash, info->hash_seed,
         info->train_seed, info->epochs, info->corpora);
  FgStatus st = FG_OK;
  if (info->kind == FG_MODEL_KIND_TAGGER) {
    FgTagger *t = NULL;
    if ((st = fg_tagger_from_model(model, &t)) == FG_OK)
      dump_tagger(t);
    fg_tagger_free(t);
  } else if (info->kind == FG_MODEL_KIND_LEMMATIZER) {
    FgLemmatizer *l = NULL;
    if ((st = fg_lemmatizer_from_model(model, &l)) == FG_OK)
      dump_lemmatizer(l);
    fg_lemmatizer_free(l);
  } else {
    fg_model_free(model);
  }
  return st == FG_OK ? 0 : 2;
}
