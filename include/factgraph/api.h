/* SPDX-License-Identifier: MIT */
/* Symbol export macro: the library is built with -fvisibility=hidden. */
#ifndef FACTGRAPH_API_H
#define FACTGRAPH_API_H

#if defined(__GNUC__)
#define FG_API __attribute__((visibility("default")))
#else
#define FG_API
#endif

#endif
