/* SPDX-License-Identifier: MIT */
/* The parser trainer: gold sentences in memory, dynamic-oracle perceptron
 * epochs, dev scoring with the real decoder, best epoch kept. */
#include "parse/train.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "learn/feature.h"
#include "learn/model.h"
#include "learn/perceptron.h"
#include "parse/arc_hybrid.h"
#include "parse/decoder.h"
#include "parse/features.h"
#include "parse/model.h"
#include "util/arena.h"
#include "util/grow.h"
#include "util/intern.h"

void fg_parser_train_config_default(FgParserTrainConfig *cfg) {
  *cfg = (FgParserTrainConfig){.seed = 1,
                               .max_epochs = 15,
                               .patience = 3,
                               .explore_from = 2,
                               .explore_permille = 900,
                               .bound = 256,
                               .min_updates = 1,
                               .corpora = ""};
}

const char *fg_parser_train_config_check(const FgParserTrainConfig *cfg) {
  if (cfg->max_epochs < 1 || cfg->max_epochs > 1000)
    return "max_epochs must be 1..1000";
  if (cfg->patience < 1)
    return "patience must be at least 1";
  if (cfg->explore_permille > 1000)
    return "explore_permille must be 0..1000";
  if (cfg->bound < 1 || cfg->bound > 100000)
    return "bound must be 1..100000";
  if (!cfg->corpora || strlen(cfg->corpora) >= FG_MODEL_CORPORA_LEN)
    return "corpora must be a string shorter than 64 bytes";
  return NULL;
}

/* ---- gold data in memory ---- */

typedef struct {
  size_t n_sent;
  uint32_t *n;      /* words per sentence */
  size_t *base;     /* index of the sentence's slot 0 in the arrays below */
  FgPaAtoms *atoms; /* n + 2 per sentence */
  uint32_t *head;   /* n + 2 per sentence, 1..n used */
  uint16_t *label;  /* n + 2 per sentence, 1..n used */
  size_t len, cap_sent, cap_slots;
  uint32_t max_n;
  FgIntern *labels; /* label name -> interned id, remapped when sorted */
  size_t skipped_nonproj, skipped_long, skipped_bad;
} Gold;

static void gold_free(Gold *g) {
  free(g->n);
  free(g->base);
  free(g->atoms);
  free(g->head);
  free(g->label);
  fg_intern_free(g->labels);
}

static bool projective(const uint32_t *head, uint32_t n) {
  for (uint32_t d = 1; d <= n; d++) {
    uint32_t lo = d < head[d] ? d : head[d], hi = d < head[d] ? head[d] : d;
    for (uint32_t k = lo + 1; k < hi; k++) /* every word inside the arc */
      if (head[k] < lo || head[k] > hi)    /* is dominated by lo..hi */
        return false;
  }
  return true;
}

/* A single-rooted, acyclic tree with labels. */
static bool tree(const FgWord *w, size_t n) {
  size_t roots = 0;
  for (size_t i = 0; i < n; i++) {
    if (w[i].head > n || !w[i].deprel || w[i].head == i + 1)
      return false;
    roots += w[i].head == 0;
    size_t h = w[i].head, steps = 0;
    while (h != 0 && steps++ <= n)
      h = w[h - 1].head;
    if (h != 0)
      return false;
  }
  return roots == 1;
}

static FgStatus gold_add(Gold *g, const FgWord *w, size_t n, uint32_t bound) {
  if (n == 0)
    return FG_OK;
  if (n > bound) {
    g->skipped_long++;
    return FG_OK;
  }
  if (!tree(w, n)) {
    g->skipped_bad++;
    return FG_OK;
  }
  size_t need = g->len + n + 2;
  size_t c1 = g->cap_slots, c2 = g->cap_slots, c3 = g->cap_slots;
  FgPaAtoms *a = fg_grow(g->atoms, need, &c1, sizeof *a);
  if (a)
    g->atoms = a;
  uint32_t *h = a ? fg_grow(g->head, need, &c2, sizeof *h) : NULL;
  if (h)
    g->head = h;
  uint16_t *l = h ? fg_grow(g->label, need, &c3, sizeof *l) : NULL;
  if (!l)
    return FG_ERR_NOMEM;
  g->label = l;
  g->cap_slots = c1;
  size_t cs1 = g->cap_sent, cs2 = g->cap_sent;
  uint32_t *nn = fg_grow(g->n, g->n_sent + 1, &cs1, sizeof *nn);
  if (nn)
    g->n = nn;
  size_t *bb = nn ? fg_grow(g->base, g->n_sent + 1, &cs2, sizeof *bb) : NULL;
  if (!bb)
    return FG_ERR_NOMEM;
  g->base = bb;
  g->cap_sent = cs1;
  size_t base = g->len;
  uint32_t *gh = g->head + base;
  gh[0] = gh[n + 1] = 0;
  for (size_t i = 0; i < n; i++) {
    gh[i + 1] = w[i].head;
    uint32_t id = fg_intern_add_str(g->labels, w[i].deprel);
    if (id == FG_NO_ID)
      return FG_ERR_NOMEM;
    g->label[base + i + 1] = (uint16_t)id;
  }
  if (!projective(gh, (uint32_t)n)) {
    g->skipped_nonproj++;
    return FG_OK;
  }
  if (fg_intern_count(g->labels) > FG_PA_MAX_LABELS)
    return FG_ERR_INPUT;
  fg_pa_atoms(w, (uint32_t)n, g->atoms + base);
  g->n[g->n_sent] = (uint32_t)n;
  g->base[g->n_sent++] = base;
  g->len = need;
  if (n > g->max_n)
    g->max_n = (uint32_t)n;
  return FG_OK;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Sorts the label names and renumbers the gold labels to match. */
static FgStatus sort_labels(Gold *g, char ***names, uint32_t *n_labels,
                            uint32_t *root) {
  size_t n = fg_intern_count(g->labels);
  char **sorted = calloc(n ? n : 1, sizeof *sorted);
  uint16_t *remap = calloc(n ? n : 1, sizeof *remap);
  if (!sorted || !remap) {
    free(sorted);
    free(remap);
    return FG_ERR_NOMEM;
  }
  for (size_t i = 0; i < n; i++)
    sorted[i] = (char *)(uintptr_t)fg_intern_str(g->labels, (uint32_t)i);
  qsort(sorted, n, sizeof *sorted, cmp_str);
  *root = UINT32_MAX;
  for (size_t i = 0; i < n; i++) {
    remap[fg_intern_find(g->labels, sorted[i], strlen(sorted[i]))] =
        (uint16_t)i;
    if (strcmp(sorted[i], "root") == 0)
      *root = (uint32_t)i;
  }
  for (size_t s = 0; s < g->n_sent; s++)
    for (uint32_t i = 1; i <= g->n[s]; i++)
      g->label[g->base[s] + i] = remap[g->label[g->base[s] + i]];
  free(remap);
  *names = sorted; /* borrowed from the interner */
  *n_labels = (uint32_t)n;
  return *root == UINT32_MAX ? FG_ERR_INPUT : FG_OK;
}

static FgStatus read_gold(Gold *g, FgParseSource *src, uint32_t bound) {
  FgStatus st = src->rewind(src->handle);
  const FgWord *w;
  size_t n;
  while (st == FG_OK && (st = src->next(src->handle, &w, &n)) == FG_OK)
    st = gold_add(g, w, n, bound);
  return st == FG_NOTHING ? FG_OK : st;
}

/* ---- one epoch ---- */

typedef struct {
  const FgParserTrainConfig *cfg;
  FgPerceptron *p;
  uint32_t n_labels, root;
  uint32_t *stack;
  FgHyNode *node;
  int64_t *scores;
  uint32_t *cost; /* per class */
  size_t errors, moves;
} Epoch;

/* Costs of every valid class (UINT32_MAX for invalid ones); returns the
 * best (lowest-cost, then highest-scoring) class. */
static uint32_t oracle(Epoch *e, const FgHyState *st, const uint32_t *gh,
                       const uint16_t *gl) {
  uint32_t classes = fg_hy_class_count(e->n_labels);
  for (uint32_t c = 0; c < classes; c++)
    e->cost[c] = UINT32_MAX;
  if (fg_hy_valid(st, FG_HY_SHIFT))
    e->cost[0] = fg_hy_cost(st, FG_HY_SHIFT, 0, gh, gl);
  for (unsigned move = FG_HY_LEFT; move <= FG_HY_RIGHT; move++) {
    if (!fg_hy_valid(st, move))
      continue;
    bool from_root = move == FG_HY_RIGHT && fg_hy_s(st, 1) == 0;
    uint32_t s0 = fg_hy_s(st, 0);
    uint32_t target = move == FG_HY_LEFT ? st->b : fg_hy_s(st, 1);
    /* the unlabelled cost: the gold label never adds to it */
    uint32_t base = fg_hy_cost(st, move, gl[s0], gh, gl);
    for (uint32_t l = 0; l < e->n_labels; l++) {
      if (from_root != (l == e->root))
        continue;
      uint32_t c = fg_hy_class(move, l);
      e->cost[c] = base + (gh[s0] == target && gl[s0] != l);
    }
  }
  uint32_t best = UINT32_MAX;
  for (uint32_t c = 0; c < classes; c++)
    if (e->cost[c] != UINT32_MAX &&
        (best == UINT32_MAX || e->cost[c] < e->cost[best] ||
         (e->cost[c] == e->cost[best] && e->scores[c] > e->scores[best])))
      best = c;
  return best;
}

static FgStatus train_sentence(Epoch *e, const Gold *g, size_t s, bool explore,
                               FgRng *rng) {
  uint32_t n = g->n[s];
  size_t base = g->base[s];
  const uint32_t *gh = g->head + base;
  const uint16_t *gl = g->label + base;
  uint64_t keys[FG_PA_MAX_FEATURES];
  uint32_t classes = fg_hy_class_count(e->n_labels);
  FgHyState st;
  fg_hy_init(&st, n, e->stack, e->node);
  while (!fg_hy_terminal(&st)) {
    size_t nk = fg_pa_features(&st, g->atoms + base, FG_PA_HASH_SEED, keys);
    memset(e->scores, 0, classes * sizeof *e->scores);
    fg_perceptron_score(e->p, keys, nk, e->scores);
    uint32_t guess = fg_pa_best_valid(&st, e->scores, e->n_labels, e->root);
    uint32_t gold = oracle(e, &st, gh, gl);
    bool wrong = e->cost[guess] > e->cost[gold];
    FgStatus rc =
        fg_perceptron_learn(e->p, keys, nk, wrong ? gold : guess, guess);
    if (rc != FG_OK)
      return rc;
    e->errors += wrong;
    e->moves++;
    uint32_t next = gold;
    if (explore && fg_rng_below(rng, 1000) < e->cfg->explore_permille)
      next = guess;
    fg_hy_apply(&st, fg_hy_move(next), fg_hy_label(next));
  }
  return FG_OK;
}

/* ---- freezing and scoring ---- */

typedef struct {
  char **names;
  uint32_t n_labels, root;
} Labels;

static FgStatus freeze(const FgParserTrainConfig *cfg, const FgPerceptron *p,
                       const Labels *lab, uint32_t epoch, FgBuf *out) {
  FgModelInfo info = {.kind = FG_MODEL_KIND_PARSER,
                      .template_hash = fg_pa_template_hash(),
                      .hash_seed = FG_PA_HASH_SEED,
                      .train_seed = cfg->seed,
                      .epochs = epoch};
  memcpy(info.corpora, cfg->corpora, strlen(cfg->corpora));
  FgBuf weights;
  fg_buf_init(&weights);
  FgStatus st = fg_perceptron_freeze(p, cfg->min_updates, &weights);
  if (st == FG_OK)
    st = fg_pa_model_write(&info, cfg->bound, lab->names, lab->n_labels, lab->root,
                           &weights, out);
  fg_buf_free(&weights);
  return st;
}

static bool same_base(const char *a, const char *b) {
  size_t la = strcspn(a, ":"), lb = strcspn(b, ":");
  return la == lb && memcmp(a, b, la) == 0;
}

static double cpu_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

FgStatus fg_parser_evaluate(const FgParser *parser, FgParseSource *source,
                            FgParseScore *score) {
  memset(score, 0, sizeof *score);
  FgArena *arena = fg_arena_new();
  if (!arena)
    return FG_ERR_NOMEM;
  FgStatus st = source->rewind(source->handle);
  const FgWord *gold;
  size_t n;
  while (st == FG_OK &&
         (st = source->next(source->handle, &gold, &n)) == FG_OK) {
    fg_arena_reset(arena);
    FgWord *w = fg_arena_calloc(arena, n ? n : 1, sizeof *w);
    if (!w) {
      st = FG_ERR_NOMEM;
      break;
    }
    memcpy(w, gold, n * sizeof *w);
    double t0 = cpu_seconds();
    st = fg_parser_predict(parser, w, n, arena);
    score->parse_seconds += cpu_seconds() - t0;
    if (st == FG_NOTHING)
      st = FG_OK;
    score->sentences++;
    for (size_t i = 0; st == FG_OK && i < n; i++) {
      bool head = w[i].head == gold[i].head;
      const char *gd = gold[i].deprel ? gold[i].deprel : "_";
      score->words++;
      score->heads += head;
      score->labelled += head && strcmp(w[i].deprel, gd) == 0;
      score->labelled_base += head && same_base(w[i].deprel, gd);
    }
  }
  fg_arena_free(arena);
  return st == FG_NOTHING ? FG_OK : st;
}

static void info(FgDiagFunc diag, void *handle, const char *message) {
  if (diag) {
    FgDiag d = {FG_OK, FG_SEV_INFO, NULL, 0, 0, message};
    diag(handle, &d);
  }
}

static double pct(size_t a, size_t b) {
  return b ? 100.0 * (double)a / (double)b : 0;
}

/* Loads frozen model bytes as a parser and scores it on dev. */
static FgStatus score_dev(const FgBuf *bytes, FgParseSource *dev,
                          FgDiagFunc diag, void *handle, FgParseScore *sc) {
  FgParser *parser = NULL;
  FgStatus st = fg_parser_open_buffer(bytes->data, bytes->len, "(training)",
                                      diag, handle, &parser);
  if (st == FG_OK)
    st = fg_parser_evaluate(parser, dev, sc);
  fg_parser_free(parser);
  return st;
}

typedef struct {
  const FgParserTrainConfig *cfg;
  FgParseSource *dev;
  FgDiagFunc diag;
  void *handle;
  Gold gold;
  Labels lab;
  Epoch ep;
  uint32_t *order;
} Run;

static FgStatus run_epochs(Run *r, FgBuf *best) {
  FgBuf bytes;
  fg_buf_init(&bytes);
  size_t best_las = 0;
  uint32_t best_epoch = 0;
  FgStatus st = FG_OK;
  char line[300];
  for (uint32_t epoch = 1; st == FG_OK && epoch <= r->cfg->max_epochs;
       epoch++) {
    double t0 = cpu_seconds();
    FgRng rng = fg_rng_init(r->cfg->seed, epoch);
    for (size_t i = 0; i < r->gold.n_sent; i++)
      r->order[i] = (uint32_t)i;
    fg_shuffle_u32(r->order, r->gold.n_sent, &rng);
    r->ep.errors = r->ep.moves = 0;
    bool explore = epoch >= r->cfg->explore_from;
    for (size_t i = 0; st == FG_OK && i < r->gold.n_sent; i++) {
      if (r->cfg->stop && *r->cfg->stop)
        st = FG_NOTHING;
      else
        st = train_sentence(&r->ep, &r->gold, r->order[i], explore, &rng);
    }
    if (st == FG_OK)
      st = freeze(r->cfg, r->ep.p, &r->lab, epoch, &bytes);
    FgParseScore sc = {0};
    if (st == FG_OK)
      st = score_dev(&bytes, r->dev, r->diag, r->handle, &sc);
    if (st != FG_OK)
      break;
    snprintf(line, sizeof line,
             "parser epoch %u: %zu errors in %zu moves, dev UAS %.2f LAS %.2f "
             "(base labels %.2f), %zu features, %zu bytes, %.1f s",
             epoch, r->ep.errors, r->ep.moves, pct(sc.heads, sc.words),
             pct(sc.labelled, sc.words), pct(sc.labelled_base, sc.words),
             fg_perceptron_features(r->ep.p), bytes.len, cpu_seconds() - t0);
    info(r->diag, r->handle, line);
    if (best_epoch == 0 || sc.labelled > best_las) {
      best_las = sc.labelled;
      best_epoch = epoch;
      FgBuf tmp = *best;
      *best = bytes;
      bytes = tmp;
    } else if (epoch - best_epoch >= r->cfg->patience) {
      break;
    }
  }
  fg_buf_free(&bytes);
  if (st == FG_OK) {
    snprintf(line, sizeof line, "parser: kept epoch %u", best_epoch);
    info(r->diag, r->handle, line);
  }
  return st;
}

static FgStatus prepare(Run *r, FgParseSource *train) {
  r->gold.labels = fg_intern_new();
  if (!r->gold.labels)
    return FG_ERR_NOMEM;
  FgStatus st = read_gold(&r->gold, train, r->cfg->bound);
  if (st == FG_OK)
    st = sort_labels(&r->gold, &r->lab.names, &r->lab.n_labels, &r->lab.root);
  if (st != FG_OK)
    return st;
  char line[300];
  snprintf(line, sizeof line,
           "parser: %zu training sentences, %u labels; skipped %zu "
           "non-projective, %zu longer than %u words, %zu not trees",
           r->gold.n_sent, r->lab.n_labels, r->gold.skipped_nonproj,
           r->gold.skipped_long, r->cfg->bound, r->gold.skipped_bad);
  info(r->diag, r->handle, line);
  uint32_t classes = fg_hy_class_count(r->lab.n_labels);
  r->ep.cfg = r->cfg;
  r->ep.n_labels = r->lab.n_labels;
  r->ep.root = r->lab.root;
  r->ep.p = fg_perceptron_new(classes);
  r->ep.stack = calloc(r->gold.max_n + 2, sizeof *r->ep.stack);
  r->ep.node = calloc(r->gold.max_n + 2, sizeof *r->ep.node);
  r->ep.scores = calloc(classes, sizeof *r->ep.scores);
  r->ep.cost = calloc(classes, sizeof *r->ep.cost);
  r->order = calloc(r->gold.n_sent + 1, sizeof *r->order);
  if (!r->ep.p || !r->ep.stack || !r->ep.node || !r->ep.scores || !r->ep.cost ||
      !r->order)
    return FG_ERR_NOMEM;
  return FG_OK;
}

FgStatus fg_parser_train(const FgParserTrainConfig *cfg, FgParseSource *train,
                         FgParseSource *dev, FgDiagFunc diag, void *diag_handle,
                         FgBuf *model) {
  fg_buf_clear(model);
  if (fg_parser_train_config_check(cfg))
    return FG_ERR_USAGE;
  Run r = {.cfg = cfg, .dev = dev, .diag = diag, .handle = diag_handle};
  FgStatus st = prepare(&r, train);
  if (st == FG_OK && r.gold.n_sent == 0)
    st = FG_ERR_INPUT;
  if (st == FG_OK)
    st = run_epochs(&r, model);
  free(r.order);
  free(r.ep.stack);
  free(r.ep.node);
  free(r.ep.scores);
  free(r.ep.cost);
  fg_perceptron_free(r.ep.p);
  free(r.lab.names);
  gold_free(&r.gold);
  return st;
}
