/* SPDX-License-Identifier: MIT */
/* The parser's sections of the model container. */
#include "parse/model.h"

#include <stdlib.h>
#include <string.h>

#include "learn/le.h"
#include "parse/arc_hybrid.h"
#include "parse/features.h"
#include "util/buf.h"

void fg_pa_model_clear(FgPaModel *m) {
  if (m->labels)
    for (uint32_t i = 0; i < m->n_labels; i++)
      free(m->labels[i]);
  free(m->labels);
  fg_weights_free(m->weights);
  memset(m, 0, sizeof *m);
}

static FgStatus load_conf(FgPaModel *m, const FgModel *file) {
  const uint8_t *d;
  size_t len;
  FgStatus st = fg_model_require(file, FG_PA_SECTION_CONF, &d, &len);
  if (st != FG_OK)
    return st;
  FgLeCursor c = fg_le_cursor(d, len);
  m->n_labels = fg_le_u32(&c);
  m->bound = fg_le_u32(&c);
  m->root_label = fg_le_u32(&c);
  if (!fg_le_at_end(&c))
    return fg_model_fail(file, FG_PA_SECTION_CONF, c.pos,
                         "section is not three 32-bit counts");
  if (m->n_labels == 0 || m->n_labels > FG_PA_MAX_LABELS || m->bound == 0 ||
      m->root_label >= m->n_labels)
    return fg_model_fail(file, FG_PA_SECTION_CONF, 0,
                         "label count, bound or root label out of range");
  return FG_OK;
}

static FgStatus load_labels(FgPaModel *m, const FgModel *file) {
  const uint8_t *d;
  size_t len, pos = 0;
  FgStatus st = fg_model_require(file, FG_PA_SECTION_LABELS, &d, &len);
  if (st != FG_OK)
    return st;
  m->labels = calloc(m->n_labels, sizeof *m->labels);
  if (!m->labels)
    return FG_ERR_NOMEM;
  for (uint32_t i = 0; i < m->n_labels; i++) {
    const uint8_t *end = pos < len ? memchr(d + pos, 0, len - pos) : NULL;
    if (!end || end == d + pos)
      return fg_model_fail(file, FG_PA_SECTION_LABELS, pos,
                           "a label is empty or runs off the end");
    size_t n = (size_t)(end - (d + pos));
    m->labels[i] = malloc(n + 1);
    if (!m->labels[i])
      return FG_ERR_NOMEM;
    memcpy(m->labels[i], d + pos, n + 1);
    if (i > 0 && strcmp(m->labels[i - 1], m->labels[i]) >= 0)
      return fg_model_fail(file, FG_PA_SECTION_LABELS, pos,
                           "labels are not strictly sorted");
    pos += n + 1;
  }
  if (pos != len)
    return fg_model_fail(file, FG_PA_SECTION_LABELS, pos,
                         "bytes after the last label");
  if (strcmp(m->labels[m->root_label], "root") != 0)
    return fg_model_fail(file, FG_PA_SECTION_CONF, 8,
                         "the root label is not \"root\"");
  return FG_OK;
}

static FgStatus load_weights(FgPaModel *m, const FgModel *file) {
  const uint8_t *d;
  size_t len;
  FgWeights *w = NULL;
  FgStatus st = fg_model_require(file, FG_PA_SECTION_WEIGHTS, &d, &len);
  if (st == FG_OK)
    st = fg_weights_load(d, len, file, FG_PA_SECTION_WEIGHTS, &w);
  if (st == FG_OK && fg_weights_classes(w) != fg_hy_class_count(m->n_labels))
    st = fg_model_fail(file, FG_PA_SECTION_WEIGHTS, 0,
                       "class count does not match the labels");
  /* the filter drops ~0.9 M keys absent from the model on 36 news
   * articles, probes that each cost a slot to read */
  if (st == FG_OK)
    st = fg_weights_filter_absent_keys(w);
  if (st == FG_OK)
    m->weights = w;
  else
    fg_weights_free(w);
  return st;
}

FgStatus fg_pa_model_load(FgPaModel *m, const FgModel *file) {
  memset(m, 0, sizeof *m);
  FgStatus st = fg_model_check_templates(file, fg_pa_template_hash());
  if (st == FG_OK)
    st = load_conf(m, file);
  if (st == FG_OK)
    st = load_labels(m, file);
  if (st == FG_OK)
    st = load_weights(m, file);
  m->hash_seed = fg_model_info(file)->hash_seed;
  m->info = *fg_model_info(file);
  fg_pa_plan(&m->plan);
  if (st != FG_OK)
    fg_pa_model_clear(m);
  return st;
}

static FgStatus add_sections(FgModelWriter *w, uint32_t bound, char *const *labels,
                             uint32_t n_labels, uint32_t root_label) {
  FgBuf b;
  fg_buf_init(&b);
  bool ok = fg_le_put_u32(&b, n_labels) && fg_le_put_u32(&b, bound) &&
            fg_le_put_u32(&b, root_label);
  FgStatus st = ok ? fg_model_writer_add(w, FG_PA_SECTION_CONF, b.data, b.len)
                   : FG_ERR_NOMEM;
  fg_buf_clear(&b);
  for (uint32_t i = 0; ok && i < n_labels; i++)
    ok = fg_buf_append(&b, labels[i], strlen(labels[i]) + 1);
  if (st == FG_OK)
    st = ok ? fg_model_writer_add(w, FG_PA_SECTION_LABELS, b.data, b.len)
            : FG_ERR_NOMEM;
  fg_buf_free(&b);
  return st;
}

FgStatus fg_pa_model_write(const FgModelInfo *info, uint32_t bound,
                           char *const *labels, uint32_t n_labels,
                           uint32_t root_label, const FgBuf *weights, FgBuf *out) {
  FgModelWriter *w = fg_model_writer_new(info);
  FgStatus st = w ? add_sections(w, bound, labels, n_labels, root_label) : FG_ERR_NOMEM;
  if (st == FG_OK)
    st = fg_model_writer_add(w, FG_PA_SECTION_WEIGHTS, weights->data, weights->len);
  if (st == FG_OK)
    st = fg_model_writer_bytes(w, out);
  fg_model_writer_free(w);
  return st;
}

FgStatus fg_pa_model_encode(const FgPaModel *m, FgBuf *out) {
  FgBuf weights;
  fg_buf_init(&weights);
  FgStatus st = fg_weights_encode(m->weights, &weights);
  if (st == FG_OK)
    st = fg_pa_model_write(&m->info, m->bound, m->labels, m->n_labels, m->root_label,
                           &weights, out);
  fg_buf_free(&weights);
  return st;
}
