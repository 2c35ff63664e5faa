/* SPDX-License-Identifier: MIT */
/* libFuzzer target: model files for the tagger and the lemmatizer. The
 * first byte picks the stage and whether the rest is a whole file (which
 * the checksums mostly stop) or three section bodies, split by two 16-bit
 * lengths and wrapped in a valid container, so the stage's own decoders
 * see hostile content. A model that loads is run on a short sentence. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "learn/model.h"
#include "learn/train.h"
#include "lemma/features.h"
#include "lemma/lemma.h"
#include "tag/features.h"
#include "tag/tag.h"
#include "util/arena.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void run(const uint8_t *file, size_t len, int lemma) {
  static const char *const forms[] = {"The", "dogs", "barked", "."};
  FgWord words[4] = {0};
  for (size_t i = 0; i < 4; i++) {
    words[i].form = forms[i];
    words[i].form_len = (uint32_t)strlen(forms[i]);
    words[i].xpos = "NN";
  }
  FgArena *arena = fg_arena_new();
  if (lemma) {
    FgLemmatizer *l = NULL;
    if (fg_lemmatizer_open_memory(file, len, "fuzz", NULL, NULL, &l) == FG_OK)
      fg_lemmatizer_predict(l, words, 4, arena);
    fg_lemmatizer_free(l);
  } else {
    FgTagger *t = NULL;
    if (fg_tagger_open_memory(file, len, "fuzz", NULL, NULL, &t) == FG_OK)
      fg_tagger_predict(t, words, 4, arena);
    fg_tagger_free(t);
  }
  fg_arena_free(arena);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 5)
    return 0;
  int lemma = data[0] & 1, wrap = data[0] & 2;
  if (!wrap) {
    run(data + 1, size - 1, lemma);
    return 0;
  }
  size_t a = (size_t)(data[1] | data[2] << 8), b = (size_t)(data[3] | data[4] << 8);
  const uint8_t *rest = data + 5;
  size_t left = size - 5;
  a = a < left ? a : left;
  b = b < left - a ? b : left - a;
  FgTrainConfig config = fg_train_config_default();
  config.corpora = "fuzz";
  FgTrainSection sections[3] = {
      {lemma ? FG_LEMMA_SEC_CLASSES : FG_TAG_SEC_LABELS, rest, a},
      {lemma ? FG_LEMMA_SEC_EXCEPTIONS : FG_TAG_SEC_DICT, rest + a, b},
      {lemma ? FG_LEMMA_SEC_WEIGHTS : FG_TAG_SEC_WEIGHTS, rest + a + b,
       left - a - b}};
  FgBuf file;
  fg_buf_init(&file);
  if (fg_train_model_bytes(&config,
                           lemma ? FG_MODEL_KIND_LEMMATIZER : FG_MODEL_KIND_TAGGER,
                           lemma ? fg_lemma_template_hash()
                                 : fg_tag_template_hash(false),
                           1, sections, 3, &file) == FG_OK)
    run((const uint8_t *)file.data, file.len, lemma);
  fg_buf_free(&file);
  return 0;
}
