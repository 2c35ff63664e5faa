/* SPDX-License-Identifier: MIT */
/* fg_run_add_files: the inputs of a run read in worker threads.
 *
 * Each worker thread has a worker run (run_internal.h) that borrows the
 * run's knowledge files and models. It takes whole paths in order, reads
 * them, and prepares each piece (tokens and the front end's reading, the
 * bulk of the time); what it produces goes into its path's queue of
 * events: pieces, diagnostics, and the regular files it opens. The
 * calling thread takes the paths in order and replays their events: it
 * decides which files named twice to skip, finishes each piece's analysis
 * in the run and passes each diagnostic on. The run thus sees the same
 * pieces in the same order as with one thread, and the messages come in
 * the same order, from one thread. */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "factgraph/run.h"
#include "run_internal.h"

/* Text a worker may hold ready for a path that is not the one being
 * added, before it waits (one piece always goes through). */
#define AHEAD_BYTES ((size_t)4 << 20)
/* Paths a worker may start ahead of the one being added, per worker. */
#define AHEAD_PATHS 2

typedef enum { EV_PIECE, EV_DIAG, EV_FILE, EV_FILE_DONE } EventKind;

typedef struct Event {
  struct Event *next;
  EventKind kind;
  FgPrepared *piece; /* EV_PIECE */
  FgDiag diag;       /* EV_DIAG, its strings those below */
  char *source, *message;
  uint64_t dev, ino; /* EV_FILE */
  char *path;        /* EV_FILE, owned */
  size_t bytes;      /* text held, for AHEAD_BYTES */
} Event;

typedef struct {
  const char *path;
  Event *first, *last;
  size_t held; /* bytes of the pieces queued */
  bool done, on_caller; /* on_caller: "-", read by the calling thread */
  FgStatus status;      /* of the reading, once done */
} Job;

typedef struct {
  pthread_mutex_t lock;
  pthread_cond_t changed; /* an event queued or taken, a job done, head on */
  Job *jobs;
  size_t count, next, head; /* next: to hand out; head: being added */
  size_t ahead;             /* jobs handed out beyond head, at most */
  bool stop;
} Pool;

typedef struct {
  Pool *pool;
  FgRun *run; /* the worker run */
  Job *job;   /* the job being read */
  pthread_t thread;
} Worker;

static void free_event(Event *e) {
  if (!e)
    return;
  if (e->piece) {
    fg_arena_free(e->piece->arena);
    free(e->piece);
  }
  free(e->source);
  free(e->message);
  free(e->path);
  free(e);
}

/* Queues e on the worker's job, then waits while the job is not the one
 * being added and holds more than AHEAD_BYTES. */
static void queue(Worker *w, Event *e) {
  Pool *pool = w->pool;
  Job *job = w->job;
  pthread_mutex_lock(&pool->lock);
  if (job->last)
    job->last->next = e;
  else
    job->first = e;
  job->last = e;
  job->held += e->bytes;
  pthread_cond_broadcast(&pool->changed);
  while (!pool->stop && (size_t)(job - pool->jobs) != pool->head &&
         job->held > AHEAD_BYTES)
    pthread_cond_wait(&pool->changed, &pool->lock);
  pthread_mutex_unlock(&pool->lock);
}

static Event *new_event(EventKind kind) {
  Event *e = calloc(1, sizeof *e);
  if (e)
    e->kind = kind;
  return e;
}

/* The worker run's diag sink: a copy of the message, queued. */
static void keep_diag(void *handle, const FgDiag *d) {
  Event *e = new_event(EV_DIAG);
  char *source = d->source ? strdup(d->source) : NULL;
  char *message = d->message ? strdup(d->message) : NULL;
  if (!e || (d->source && !source) || (d->message && !message)) {
    free(e);
    free(source);
    free(message);
    return; /* out of memory: the message is lost, not the run */
  }
  e->diag = *d;
  e->diag.source = e->source = source;
  e->diag.message = e->message = message;
  queue(handle, e);
}

static bool keep_piece(void *handle, FgPrepared *p) {
  Event *e = new_event(EV_PIECE);
  if (!e) {
    fg_arena_free(p->arena);
    free(p);
    return false;
  }
  e->piece = p;
  e->bytes = p->piece.len;
  queue(handle, e);
  return true;
}

static void keep_file(void *handle, uint64_t dev, uint64_t ino, const char *path,
                      bool done) {
  Event *e = new_event(done ? EV_FILE_DONE : EV_FILE);
  if (e && !done && !(e->path = strdup(path))) {
    free(e);
    e = NULL;
  }
  if (!e) /* the file is then read as if never named before */
    return;
  e->dev = dev;
  e->ino = ino;
  queue(handle, e);
}

/* The next job to read, or NULL when there is none left. */
static Job *take_job(Pool *pool) {
  pthread_mutex_lock(&pool->lock);
  while (!pool->stop && pool->next < pool->count &&
         pool->next >= pool->head + pool->ahead)
    pthread_cond_wait(&pool->changed, &pool->lock);
  Job *job = !pool->stop && pool->next < pool->count ? &pool->jobs[pool->next++] : NULL;
  pthread_mutex_unlock(&pool->lock);
  return job;
}

static void *work(void *handle) {
  Worker *w = handle;
  Pool *pool = w->pool;
  Job *job;
  while ((job = take_job(pool)) != NULL) {
    w->job = job;
    bool on_caller = strcmp(job->path, "-") == 0;
    FgStatus st = on_caller ? FG_OK
                            : fg_run_read_prepared(w->run, job->path, keep_piece,
                                                   keep_file, w);
    pthread_mutex_lock(&pool->lock);
    job->status = st;
    job->on_caller = on_caller;
    job->done = true;
    pthread_cond_broadcast(&pool->changed);
    pthread_mutex_unlock(&pool->lock);
  }
  return NULL;
}

/* The next event of job, waiting for it; NULL once the job is done. */
static Event *next_event(Pool *pool, Job *job) {
  pthread_mutex_lock(&pool->lock);
  while (!job->first && !job->done)
    pthread_cond_wait(&pool->changed, &pool->lock);
  Event *e = job->first;
  if (e) {
    job->first = e->next;
    if (!job->first)
      job->last = NULL;
    job->held -= e->bytes;
    pthread_cond_broadcast(&pool->changed);
  }
  pthread_mutex_unlock(&pool->lock);
  return e;
}

/* What became of one job's events in the run. */
typedef struct {
  bool skipping;    /* inside a file read before */
  bool skipped;     /* a file was skipped */
  size_t added;     /* pieces analysed */
  FgStatus failure; /* the first analysis error */
} Replay;

static void replay(FgRun *run, const FgConfig *config, const Event *e, Replay *r) {
  switch (e->kind) {
  case EV_FILE: {
    FgStatus st = fg_run_claim_file(run, e->dev, e->ino, e->path);
    r->skipping = st != FG_OK;
    r->skipped |= st == FG_NOTHING;
    if (st > FG_NOTHING && r->failure == FG_OK)
      r->failure = st;
    break;
  }
  case EV_FILE_DONE:
    r->skipping = false;
    break;
  case EV_DIAG:
    if (!r->skipping && config->diag)
      config->diag(config->diag_handle, &e->diag);
    break;
  case EV_PIECE:
    if (r->skipping || r->failure != FG_OK)
      break;
    r->failure = fg_run_add_prepared(run, e->piece);
    r->failure = r->failure > FG_NOTHING ? r->failure : FG_OK;
    r->added++;
    break;
  }
}

/* Adds job's documents to the run (or only drains them when skipped),
 * returning what fg_run_add_file would have. */
static FgStatus add_job(Pool *pool, FgRun *run, const FgConfig *config, Job *job,
                        bool take) {
  Replay r = {false, false, 0, FG_OK};
  Event *e;
  while ((e = next_event(pool, job)) != NULL) {
    if (take)
      replay(run, config, e, &r);
    free_event(e);
  }
  if (job->on_caller)
    return take ? fg_run_add_file(run, job->path) : FG_NOTHING;
  if (r.failure != FG_OK)
    return r.failure;
  return job->status == FG_OK && r.added == 0 && r.skipped ? FG_NOTHING : job->status;
}

static FgStatus combine(FgStatus all, FgStatus one) {
  if (all > FG_NOTHING || one > FG_NOTHING)
    return all > FG_NOTHING ? all : one;
  return all == FG_OK || one == FG_OK ? FG_OK : FG_NOTHING;
}

static FgStatus add_serially(FgRun *run, const char *const *paths, size_t count,
                             const FgFilesProgress *p) {
  FgStatus all = FG_NOTHING;
  for (size_t i = 0; i < count; i++) {
    if (p && p->before && !p->before(p->handle, i))
      continue;
    FgStatus st = fg_run_add_file(run, paths[i]);
    if (p && p->after)
      p->after(p->handle, i, st);
    all = combine(all, st);
  }
  return all;
}

/* Starts up to n workers with every signal blocked, so that signals go to
 * the calling thread; returns how many run. */
static size_t start_workers(Pool *pool, FgRun *run, Worker *workers, size_t n) {
  sigset_t all, old;
  sigfillset(&all);
  pthread_sigmask(SIG_BLOCK, &all, &old);
  size_t started = 0;
  for (size_t i = 0; i < n; i++) {
    Worker *w = &workers[started];
    w->pool = pool;
    if (fg_run_new_worker(run, keep_diag, w, &w->run) != FG_OK)
      break;
    if (pthread_create(&w->thread, NULL, work, w) != 0) {
      fg_run_free(w->run);
      break;
    }
    started++;
  }
  pthread_sigmask(SIG_SETMASK, &old, NULL);
  return started;
}

static void stop_workers(Pool *pool, Worker *workers, size_t n) {
  pthread_mutex_lock(&pool->lock);
  pool->stop = true;
  pthread_cond_broadcast(&pool->changed);
  pthread_mutex_unlock(&pool->lock);
  for (size_t i = 0; i < n; i++) {
    pthread_join(workers[i].thread, NULL);
    fg_run_free(workers[i].run);
  }
}

static FgStatus add_in_threads(FgRun *run, const char *const *paths, size_t count,
                               size_t threads, const FgFilesProgress *p) {
  Pool pool;
  memset(&pool, 0, sizeof pool);
  pool.jobs = calloc(count, sizeof *pool.jobs);
  Worker *workers = calloc(threads, sizeof *workers);
  if (!pool.jobs || !workers || pthread_mutex_init(&pool.lock, NULL) != 0) {
    free(pool.jobs);
    free(workers);
    return FG_ERR_NOMEM;
  }
  if (pthread_cond_init(&pool.changed, NULL) != 0) {
    pthread_mutex_destroy(&pool.lock);
    free(pool.jobs);
    free(workers);
    return FG_ERR_NOMEM;
  }
  for (size_t i = 0; i < count; i++)
    pool.jobs[i].path = paths[i];
  pool.count = count;
  pool.ahead = threads * AHEAD_PATHS;
  fg_input_init_threads();
  size_t started = start_workers(&pool, run, workers, threads);
  FgStatus all = FG_NOTHING;
  const FgConfig *config = fg_run_config(run);
  for (size_t i = 0; started > 0 && i < count; i++) {
    bool take = !p || !p->before || p->before(p->handle, i);
    FgStatus st = add_job(&pool, run, config, &pool.jobs[i], take);
    if (take && p && p->after)
      p->after(p->handle, i, st);
    if (take)
      all = combine(all, st);
    pthread_mutex_lock(&pool.lock);
    pool.head++;
    pthread_cond_broadcast(&pool.changed);
    pthread_mutex_unlock(&pool.lock);
  }
  stop_workers(&pool, workers, started);
  for (size_t i = 0; i < count; i++) /* the jobs not reached: none */
    for (Event *e = pool.jobs[i].first, *next; e; e = next) {
      next = e->next;
      free_event(e);
    }
  pthread_cond_destroy(&pool.changed);
  pthread_mutex_destroy(&pool.lock);
  free(pool.jobs);
  free(workers);
  /* no thread could start: this one reads them all */
  return started > 0 ? all : add_serially(run, paths, count, p);
}

FgStatus fg_run_add_files(FgRun *run, const char *const *paths, size_t count,
                          unsigned jobs, const FgFilesProgress *progress) {
  size_t threads = jobs;
  if (threads == 0) {
    long online = sysconf(_SC_NPROCESSORS_ONLN);
    threads = online > 0 ? (size_t)online : 1;
  }
  if (threads > count)
    threads = count;
  if (threads <= 1)
    return add_serially(run, paths, count, progress);
  return add_in_threads(run, paths, count, threads, progress);
}
