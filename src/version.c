/* SPDX-License-Identifier: MIT */
/* The library's version, for programs linked with the shared library. */
#include "factgraph/version.h"

const char *fg_version(void) { return FG_VERSION; }
