/* SPDX-License-Identifier: MIT */
/* fg-ner: train, score and dump the named-entity recognizer.
 *
 *   fg-ner train -g GAZ.ttl -o MODEL --gum TRAIN.conllu [--iob2 EXTRA.iob2]
 *                [--dev DEV.conllu] [--epochs N] [--seed S] [--min-updates N]
 *                [--corpora NAME] [--tags [--tagger TAGGER]] [--explore]
 *                [--no-memory] [--clusters TEXT.conllu] [--names DIR]
 *                [--names-hidden PCT]
 *   fg-ner eval  -g GAZ.ttl -m MODEL [--tagger TAGGER] (--gum FILE | --iob2 FILE)
 *                [--errors] [--no-memory]
 *   fg-ner dump  -m MODEL
 *   fg-ner gold  -g GAZ.ttl (--gum FILE | --iob2 FILE)
 * Exit status: 0 done, 1 failure, 2 usage or an unusable model. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lexicon/gazetteer.h"
#include "tag/tag.h"
#include "ner/clusters.h"
#include "ner/eval.h"
#include "ner/namelists.h"
#include "ner/ner.h"
#include "ner/sources.h"

typedef struct {
  const char *cmd, *gaz, *model, *gum, *iob2, *dev, *tagger;
  bool show_errors;
  bool no_memory; /* --no-memory: sentences scored on their own */
  const char *text; /* --clusters: more plain text for the word clusters */
  const char *names; /* --names: the folder of the name lists */
  FgNerTrainConfig cfg;
} Options;

static void print_diag(void *handle, const FgDiag *d) {
  (void)handle;
  const char *sev = d->severity == FG_SEV_ERROR     ? "error"
                    : d->severity == FG_SEV_WARNING ? "warning"
                                                    : "note";
  if (d->line)
    fprintf(stderr, "%s:%lu: %s: %s\n", d->source ? d->source : "-", d->line,
            sev, d->message);
  else
    fprintf(stderr, "%s: %s: %s\n", d->source ? d->source : "-", sev,
            d->message);
}

static int usage(void) {
  fprintf(stderr,
          "usage: fg-ner train -g GAZ -o MODEL --gum FILE [--iob2 FILE] "
          "[--dev FILE] [--epochs N] [--seed S] [--min-updates N] "
          "[--corpora NAME] [--tags [--tagger M]] [--explore] [--no-memory] "
          "[--clusters TEXT.conllu] [--names DIR] [--names-hidden PCT]\n"
          "       fg-ner eval -g GAZ -m MODEL [--tagger M] (--gum FILE | --iob2 FILE) "
          "[--errors] [--no-memory]\n"
          "       fg-ner dump -m MODEL\n"
          "       fg-ner gold -g GAZ (--gum FILE | --iob2 FILE)\n");
  return 2;
}

static bool parse(int argc, char **argv, Options *o) {
  if (argc < 2)
    return false;
  o->cmd = argv[1];
  o->cfg = fg_ner_train_config_default();
  for (int i = 2; i < argc; i++) {
    const char *a = argv[i];
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (strcmp(a, "--tags") == 0 || strcmp(a, "--errors") == 0 ||
        strcmp(a, "--no-memory") == 0 || strcmp(a, "--explore") == 0) {
      o->cfg.use_tags = o->cfg.use_tags || a[2] == 't';
      o->cfg.explore = o->cfg.explore || (a[2] == 'e' && a[3] == 'x');
      o->show_errors = o->show_errors || (a[2] == 'e' && a[3] == 'r');
      o->no_memory = o->no_memory || a[2] == 'n';
      o->cfg.use_memory = !o->no_memory;
      continue;
    }
    if (!v)
      return false;
    i++;
    if (strcmp(a, "-g") == 0)
      o->gaz = v;
    else if (strcmp(a, "-o") == 0 || strcmp(a, "-m") == 0)
      o->model = v;
    else if (strcmp(a, "--gum") == 0)
      o->gum = v;
    else if (strcmp(a, "--iob2") == 0)
      o->iob2 = v;
    else if (strcmp(a, "--dev") == 0)
      o->dev = v;
    else if (strcmp(a, "--tagger") == 0)
      o->tagger = v;
    else if (strcmp(a, "--epochs") == 0)
      o->cfg.epochs = (uint32_t)strtoul(v, NULL, 10);
    else if (strcmp(a, "--seed") == 0)
      o->cfg.seed = strtoull(v, NULL, 10);
    else if (strcmp(a, "--min-updates") == 0)
      o->cfg.min_updates = (uint32_t)strtoul(v, NULL, 10);
    else if (strcmp(a, "--corpora") == 0)
      o->cfg.corpora = v;
    else if (strcmp(a, "--clusters") == 0)
      o->text = v;
    else if (strcmp(a, "--names") == 0)
      o->names = v;
    else if (strcmp(a, "--names-hidden") == 0)
      o->cfg.names_hidden_pct = (uint32_t)strtoul(v, NULL, 10);
    else
      return false;
  }
  return o->model != NULL || strcmp(o->cmd, "gold") == 0;
}

static FgStatus load_gaz(const char *path, FgNerGaz **out) {
  *out = NULL;
  if (!path)
    return fg_ner_gaz_new(NULL, out);
  FgGazetteer *gaz;
  FgStatus st = fg_gazetteer_new(&gaz);
  if (st == FG_OK)
    st = fg_gazetteer_load(gaz, path, print_diag, NULL);
  if (st == FG_OK)
    st = fg_ner_gaz_new(gaz, out);
  fg_gazetteer_free(gaz);
  return st;
}

/* A source whose words the tagger tags (after the names were read from
 * the gold trees), so that training sees the tags it will see at run
 * time. */
typedef struct {
  FgNerSource inner;
  const FgTagger *tagger;
  FgArena *arena;
} Tagging;

static FgStatus tagging_next(void *handle, FgNerExample *out) {
  Tagging *t = handle;
  FgStatus st = t->inner.next(t->inner.handle, out);
  if (st != FG_OK)
    return st;
  fg_arena_reset(t->arena);
  FgWord *words = fg_arena_calloc(t->arena, out->n + 1, sizeof *words);
  if (!words)
    return FG_ERR_NOMEM;
  memcpy(words, out->words, out->n * sizeof *words);
  st = fg_tagger_predict(t->tagger, words, out->n, t->arena);
  out->words = words;
  return st;
}

static FgStatus tagging_rewind(void *handle) {
  Tagging *t = handle;
  return t->inner.rewind(t->inner.handle);
}

/* src itself without a tagger, else a tagging view of it in *t. */
static FgNerSource tagged(FgNerSource src, const FgTagger *tagger,
                          Tagging *t) {
  if (!tagger)
    return src;
  *t = (Tagging){src, tagger, fg_arena_new()};
  return (FgNerSource){t, tagging_next, tagging_rewind};
}

/* Word clusters from the training text (untagged) and the plain text of
 * the CoNLL-U file at path (its annotations unread). */
static FgStatus build_clusters(const char *path, FgNerChain *chain,
                               FgBuf *out) {
  FgNerCorpus *text;
  FgStatus st = fg_ner_corpus_open(path, FG_CORPUS_CONLLU, NULL, print_diag,
                                   NULL, &text);
  if (st != FG_OK)
    return st;
  FgNerSource srcs[2] = {fg_ner_chain_source(chain),
                         fg_ner_corpus_source(text)};
  clock_t start = clock();
  st = fg_ner_clusters_build(srcs, 2, out);
  fprintf(stderr, "fg-ner: word clusters: %zu bytes, %.1f s\n", out->len,
          (double)(clock() - start) / CLOCKS_PER_SEC);
  fg_ner_corpus_free(text);
  return st;
}

static int train(const Options *o, const FgNerGaz *gaz) {
  FgTagger *tagger = NULL;
  if (o->tagger && fg_tagger_open(o->tagger, print_diag, NULL, &tagger) != FG_OK)
    return 2;
  Tagging tag_train = {0}, tag_dev = {0};
  FgNerCorpus *parts[2] = {NULL, NULL}, *dev = NULL;
  FgNerSource srcs[2];
  size_t count = 0;
  FgStatus st = FG_OK;
  if (o->gum && (st = fg_ner_corpus_open(o->gum, FG_CORPUS_CONLLU, gaz,
                                         print_diag, NULL, &parts[count])) ==
                    FG_OK)
    srcs[count] = fg_ner_corpus_source(parts[count]), count++;
  if (st == FG_OK && o->iob2 &&
      (st = fg_ner_corpus_open(o->iob2, FG_CORPUS_IOB2, gaz, print_diag, NULL,
                               &parts[count])) == FG_OK)
    srcs[count] = fg_ner_corpus_source(parts[count]), count++;
  if (st == FG_OK && o->dev)
    st = fg_ner_corpus_open(o->dev, FG_CORPUS_CONLLU, gaz, print_diag, NULL,
                            &dev);
  FgNerChain chain = {srcs, count, 0};
  FgNerSource train_src =
      tagged(fg_ner_chain_source(&chain), tagger, &tag_train);
  FgNerSource dev_src =
      dev ? tagged(fg_ner_corpus_source(dev), tagger, &tag_dev)
          : (FgNerSource){0};
  FgBuf out, clusters, names;
  fg_buf_init(&out);
  fg_buf_init(&clusters);
  fg_buf_init(&names);
  if (tagger && (!tag_train.arena || (dev && !tag_dev.arena)))
    st = FG_ERR_NOMEM;
  FgNerTrainConfig cfg = o->cfg;
  if (st == FG_OK && o->text)
    st = build_clusters(o->text, &chain, &clusters);
  if (st == FG_OK && o->text)
    cfg.clusters = (const uint8_t *)clusters.data, cfg.clusters_len = clusters.len;
  if (st == FG_OK && o->names &&
      (st = fg_ner_names_build(o->names, &names)) != FG_OK)
    fprintf(stderr, "%s: error: cannot read the name lists\n", o->names);
  if (st == FG_OK && o->names)
    cfg.names = (const uint8_t *)names.data, cfg.names_len = names.len;
  if (st == FG_OK)
    st = fg_ner_train(&cfg, gaz, &train_src, dev ? &dev_src : NULL,
                      print_diag, NULL, &out);
  if (st == FG_OK) {
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", o->model);
    FILE *f = fopen(tmp, "wb");
    bool ok = f && fwrite(out.data, 1, out.len, f) == out.len;
    ok = f && fclose(f) == 0 && ok;
    if (!ok || rename(tmp, o->model) != 0) {
      fprintf(stderr, "%s: error: cannot write the model\n", o->model);
      remove(tmp);
      st = FG_ERR_IO;
    }
  }
  fg_buf_free(&out);
  fg_buf_free(&clusters);
  fg_buf_free(&names);
  for (size_t i = 0; i < 2; i++)
    fg_ner_corpus_free(parts[i]);
  fg_ner_corpus_free(dev);
  fg_arena_free(tag_train.arena);
  fg_arena_free(tag_dev.arena);
  fg_tagger_free(tagger);
  return st == FG_OK ? 0 : 1;
}

static void print_scores(const FgNerScore *s, const char *title) {
  printf("%s\n%-14s %7s %7s %7s %6s %6s %6s\n", title, "type", "P", "R", "F1",
         "tp", "fp", "fn");
  for (unsigned t = 0; t < FG_NER_COUNT; t++) {
    FgNerPrf r = fg_ner_score_prf(s, t);
    if (t != FG_NER_NONE && r.tp + r.fp + r.fn == 0)
      continue;
    printf("%-14s %7.2f %7.2f %7.2f %6llu %6llu %6llu\n",
           t ? fg_ner_type_name(t) : "all", r.precision, r.recall, r.f1,
           (unsigned long long)r.tp, (unsigned long long)r.fp,
           (unsigned long long)r.fn);
  }
}

static void print_span(char sign, const FgWord *w, const FgNerSpan *s) {
  printf("%c %-12s", sign, fg_ner_type_name(s->type));
  for (uint32_t i = s->begin; i < s->end; i++)
    printf(" %s", w[i].form);
  printf("\n");
}

static bool same_span(const FgNerSpan *a, const FgNerSpan *b) {
  return a->begin == b->begin && a->end == b->end && a->type == b->type;
}

/* Gold names the recognizer missed (-) and its wrong ones (+). */
static void show_errors(const FgNerExample *ex, const FgNerSpan *pred,
                        size_t count) {
  for (size_t g = 0; g < ex->span_count; g++) {
    bool found = false;
    for (size_t p = 0; p < count && !found; p++)
      found = same_span(&ex->spans[g], &pred[p]);
    if (!found)
      print_span('-', ex->words, &ex->spans[g]);
  }
  for (size_t p = 0; p < count; p++) {
    bool found = false;
    for (size_t g = 0; g < ex->span_count && !found; g++)
      found = same_span(&ex->spans[g], &pred[p]);
    if (!found)
      print_span('+', ex->words, &pred[p]);
  }
}

static int eval(const Options *o, const FgNerGaz *gaz, const FgNer *ner) {
  bool gum = o->gum != NULL;
  FgNerCorpus *c;
  FgTagger *tagger = NULL;
  if (o->tagger && fg_tagger_open(o->tagger, print_diag, NULL, &tagger) != FG_OK)
    return 2;
  if (fg_ner_corpus_open(gum ? o->gum : o->iob2,
                         gum ? FG_CORPUS_CONLLU : FG_CORPUS_IOB2, gaz,
                         print_diag, NULL, &c) != FG_OK) {
    fg_tagger_free(tagger);
    return 1;
  }
  FgNerSource src = fg_ner_corpus_source(c);
  FgNerScore strict = {0}, merged = {0};
  FgArena *arena = fg_arena_new();
  FgNerMemory *memory = fg_ner_memory_new();
  FgNerExample ex;
  FgStatus st = arena && memory ? FG_OK : FG_ERR_NOMEM;
  size_t words = 0;
  double seconds = 0;
  while (st == FG_OK && (st = src.next(src.handle, &ex)) == FG_OK) {
    fg_arena_reset(arena);
    FgWord *w = fg_arena_calloc(arena, ex.n + 1, sizeof *w);
    FgNerSpan *spans = fg_arena_calloc(arena, ex.n + 1, sizeof *spans);
    if (!w || !spans) {
      st = FG_ERR_NOMEM;
      break;
    }
    memcpy(w, ex.words, ex.n * sizeof *w);
    if (tagger && (st = fg_tagger_predict(tagger, w, ex.n, arena)) != FG_OK)
      break;
    clock_t start = clock();
    if (ex.newdoc)
      fg_ner_memory_clear(memory);
    st = fg_ner_predict_in(ner, gaz, o->no_memory ? NULL : memory, w, ex.n,
                           arena);
    seconds += (double)(clock() - start) / CLOCKS_PER_SEC;
    words += ex.n;
    size_t count = fg_spans_from_words(w, ex.n, spans);
    if (o->show_errors)
      show_errors(&ex, spans, count);
    fg_ner_score_add(&strict, ex.spans, ex.span_count, spans, count,
                     gum ? FG_NER_MAP_STRICT : FG_NER_MAP_UNER);
    fg_ner_score_add(&merged, ex.spans, ex.span_count, spans, count,
                     gum ? FG_NER_MAP_LOCATION : FG_NER_MAP_UNER);
  }
  if (gum)
    print_scores(&strict, "exact span, each type");
  print_scores(&merged, gum ? "exact span, Country and Place as one type"
                            : "exact span, PER/ORG/LOC (Country and Place as "
                              "LOC, Event not scored)");
  printf("%zu words, %.0f words/s (recognizer only, one core), %zu "
         "features\n",
         words, seconds > 0 ? (double)words / seconds : 0.0,
         fg_ner_features_count(ner));
  fg_arena_free(arena);
  fg_ner_memory_free(memory);
  fg_ner_corpus_free(c);
  fg_tagger_free(tagger);
  return st == FG_NOTHING ? 0 : 1;
}

/* The names a corpus gives, as training and scoring read them: one line
 * per name, its type and words, so the span rules can be checked. */
static int gold(const Options *o, const FgNerGaz *gaz) {
  bool gum = o->gum != NULL;
  FgNerCorpus *c;
  if (fg_ner_corpus_open(gum ? o->gum : o->iob2,
                         gum ? FG_CORPUS_CONLLU : FG_CORPUS_IOB2, gaz,
                         print_diag, NULL, &c) != FG_OK)
    return 1;
  FgNerSource src = fg_ner_corpus_source(c);
  FgNerExample ex;
  FgStatus st;
  while ((st = src.next(src.handle, &ex)) == FG_OK)
    for (size_t k = 0; k < ex.span_count; k++)
      print_span('=', ex.words, &ex.spans[k]);
  fg_ner_corpus_free(c);
  return st == FG_NOTHING ? 0 : 1;
}

int main(int argc, char **argv) {
  Options o;
  memset(&o, 0, sizeof o);
  if (!parse(argc, argv, &o))
    return usage();
  FgNerGaz *gaz = NULL;
  if (strcmp(o.cmd, "dump") != 0 && load_gaz(o.gaz, &gaz) != FG_OK)
    return 1;
  int rc;
  if (strcmp(o.cmd, "train") == 0) {
    rc = o.gum || o.iob2 ? train(&o, gaz) : usage();
  } else if (strcmp(o.cmd, "gold") == 0) {
    rc = o.gum || o.iob2 ? gold(&o, gaz) : usage();
  } else if (strcmp(o.cmd, "eval") == 0 || strcmp(o.cmd, "dump") == 0) {
    FgNer *ner;
    if (fg_ner_open(o.model, print_diag, NULL, &ner) != FG_OK) {
      fg_ner_gaz_free(gaz);
      return 2;
    }
    if (o.cmd[0] == 'e') {
      rc = o.gum || o.iob2 ? eval(&o, gaz, ner) : usage();
    } else {
      FgBuf text;
      fg_buf_init(&text);
      rc = fg_ner_dump(ner, &text) == FG_OK ? 0 : 1;
      if (text.len)
        fwrite(text.data, 1, text.len, stdout);
      fg_buf_free(&text);
    }
    fg_ner_free(ner);
  } else {
    rc = usage();
  }
  fg_ner_gaz_free(gaz);
  return rc;
}
