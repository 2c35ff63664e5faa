/* SPDX-License-Identifier: MIT */
/* Temporary output files removed when a signal ends the run. */
#ifndef FG_CLI_SIGNALS_H
#define FG_CLI_SIGNALS_H

#include <stdbool.h>
#include <stddef.h>

/* Catches the signals that end a process (HUP, INT, QUIT, PIPE, ALRM,
 * TERM, XCPU, XFSZ) unless they were ignored when the tool started; the
 * handler removes the temporary files it knows of, then lets the signal
 * end the process as it would have. */
void cli_signals_catch(void);

/* An FgTempFunc: records (temp) or forgets (NULL) output index's
 * temporary file. False when index or the path is too long for the
 * handler's fixed table. */
bool cli_signals_temp(void *handle, size_t index, const char *temp);

#endif
