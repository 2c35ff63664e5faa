/* SPDX-License-Identifier: MIT */
#include "learn/train.h"

#include <stdio.h>
#include <string.h>

#include "learn/model.h"

FgTrainConfig fg_train_config_default(void) {
  FgTrainConfig c = {0};
  c.seed = 1;
  c.hash_seed = 0;
  c.max_epochs = 10;
  c.patience = 2;
  c.min_updates = 1;
  c.corpora = "";
  return c;
}

static FgStatus refuse(const FgTrainConfig *config, const char *message) {
  if (config->diag) {
    FgDiag d = {FG_ERR_USAGE, FG_SEV_ERROR, NULL, 0, 0, message};
    config->diag(config->diag_handle, &d);
  }
  return FG_ERR_USAGE;
}

FgStatus fg_train_config_check(const FgTrainConfig *config) {
  if (config->max_epochs < 1 || config->max_epochs > 1000)
    return refuse(config, "max_epochs must be between 1 and 1000");
  if (config->patience > config->max_epochs)
    return refuse(config, "patience must not exceed max_epochs");
  if (!config->corpora || strlen(config->corpora) >= FG_MODEL_CORPORA_LEN)
    return refuse(config, "corpora names must be under 64 bytes");
  return FG_OK;
}

void fg_train_info(const FgTrainConfig *config, const char *message) {
  if (!config->diag)
    return;
  FgDiag d = {FG_OK, FG_SEV_INFO, NULL, 0, 0, message};
  config->diag(config->diag_handle, &d);
}

FgStatus fg_train_model_bytes(const FgTrainConfig *config, uint32_t kind,
                              uint64_t template_hash, uint32_t epochs,
                              const FgTrainSection *sections, size_t n,
                              FgBuf *out) {
  FgModelInfo info = {0};
  info.kind = kind;
  info.template_hash = template_hash;
  info.hash_seed = config->hash_seed;
  info.train_seed = config->seed;
  info.epochs = epochs;
  snprintf(info.corpora, sizeof info.corpora, "%s", config->corpora);
  FgModelWriter *w = fg_model_writer_new(&info);
  if (!w)
    return FG_ERR_NOMEM;
  FgStatus st = FG_OK;
  for (size_t i = 0; st == FG_OK && i < n; i++)
    st = fg_model_writer_add(w, sections[i].id, sections[i].data,
                             sections[i].len);
  if (st == FG_OK)
    st = fg_model_writer_bytes(w, out);
  fg_model_writer_free(w);
  return st;
}
