/* SPDX-License-Identifier: MIT */
/* Temporary output files removed when a signal ends the run.
 *
 * A signal handler may only touch what is async-signal-safe: it reads a
 * fixed table (file-scope, because a handler has no other way to reach
 * it) and calls unlink(2), which is safe. The library adds and removes
 * entries with every signal blocked, so the handler never sees one half
 * written. */
#include "cli/signals.h"

#include <limits.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "cli/options.h"

static char temp_paths[CLI_MAX_OUTPUTS][PATH_MAX];
static volatile sig_atomic_t temp_live[CLI_MAX_OUTPUTS];

static const int fatal_signals[] = {SIGHUP,  SIGINT,  SIGQUIT, SIGPIPE,
                                    SIGALRM, SIGTERM, SIGXCPU, SIGXFSZ};

static void remove_temps_and_die(int sig) {
  for (size_t i = 0; i < CLI_MAX_OUTPUTS; i++)
    if (temp_live[i])
      unlink(temp_paths[i]);
  /* SA_RESETHAND has restored the default action: once this handler
   * returns, the raised signal ends the process with the right status. */
  raise(sig);
}

void cli_signals_catch(void) {
  for (size_t i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++) {
    struct sigaction old;
    if (sigaction(fatal_signals[i], NULL, &old) != 0 ||
        old.sa_handler == SIG_IGN) /* nohup, a background job's SIGINT */
      continue;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = remove_temps_and_die;
    sigfillset(&action.sa_mask);
    action.sa_flags = (int)SA_RESETHAND;
    sigaction(fatal_signals[i], &action, NULL);
  }
}

bool cli_signals_temp(void *handle, size_t index, const char *temp) {
  (void)handle;
  if (index >= CLI_MAX_OUTPUTS)
    return false;
  if (!temp) {
    temp_live[index] = 0;
    return true;
  }
  size_t len = strlen(temp);
  if (len >= sizeof temp_paths[index])
    return false;
  memcpy(temp_paths[index], temp, len + 1);
  temp_live[index] = 1;
  return true;
}
