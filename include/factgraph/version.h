/* SPDX-License-Identifier: MIT */
/* The version of factgraph: the only place it is written. The Makefile
 * takes the shared library's file name and soname from it
 * (libfactgraph.so.MAJOR), and factgraph.pc its Version. */
#ifndef FACTGRAPH_VERSION_H
#define FACTGRAPH_VERSION_H

#include "api.h"

/* MAJOR.MINOR.PATCH. MAJOR changes when the ABI breaks (a function
 * removed or changed, a public struct or enum laid out differently),
 * MINOR when functions are added, PATCH for fixes. */
#define FG_VERSION "0.1.0"

/* The version of the library the program runs with (FG_VERSION when it
 * was built): with the shared library it may be newer than the
 * FG_VERSION the program was compiled against. Static string. */
FG_API const char *fg_version(void);

#endif
