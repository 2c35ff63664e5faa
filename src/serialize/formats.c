/* SPDX-License-Identifier: MIT */
/* The output formats as data: one row per format (serdi's syntaxes[]). */
#include "serialize/formats.h"
#include "serialize/lexical.h"

#include <string.h>

#define MAX_ALIASES 3

typedef struct {
  FgFormat format;
  const char *name;                    /* canonical */
  const char *aliases[MAX_ALIASES];    /* other accepted names */
  const char *extensions[MAX_ALIASES]; /* first one is preferred */
  const char *raptor_name;             /* NULL: not written by raptor */
  const char *mime_type;
} FormatInfo;

static const FormatInfo formats[] = {
    {FG_FORMAT_TURTLE, "turtle", {"ttl"}, {".ttl"}, "turtle", "text/turtle"},
    {FG_FORMAT_NTRIPLES,
     "ntriples",
     {"nt", "n-triples"},
     {".nt"},
     "ntriples",
     "application/n-triples"},
    {FG_FORMAT_NQUADS,
     "nquads",
     {"nq", "n-quads"},
     {".nq"},
     "nquads",
     "application/n-quads"},
    {FG_FORMAT_DOT,
     "dot",
     {"gv", "graphviz"},
     {".dot", ".gv"},
     NULL,
     "text/vnd.graphviz"},
    {FG_FORMAT_TSV,
     "tsv",
     {"facts"},
     {".tsv"},
     NULL,
     "text/tab-separated-values"},
    {FG_FORMAT_CONLLU, "conllu", {"conll-u"}, {".conllu"}, NULL, "text/plain"},
};

#define FORMAT_COUNT (sizeof formats / sizeof formats[0])

/* Names typed by users: compare ASCII letters without case. */
static bool same_name(const char *a, const char *b) {
  for (; *a && *b; a++, b++) {
    char x = (*a >= 'A' && *a <= 'Z') ? (char)(*a - 'A' + 'a') : *a;
    char y = (*b >= 'A' && *b <= 'Z') ? (char)(*b - 'A' + 'a') : *b;
    if (x != y)
      return false;
  }
  return *a == *b;
}

static bool in_list(const char *const list[MAX_ALIASES], const char *name) {
  for (size_t i = 0; i < MAX_ALIASES && list[i]; i++)
    if (same_name(list[i], name))
      return true;
  return false;
}

static const FormatInfo *find_format(FgFormat format) {
  for (size_t i = 0; i < FORMAT_COUNT; i++)
    if (formats[i].format == format)
      return &formats[i];
  return NULL;
}

bool fg_format_from_name(const char *name, FgFormat *out) {
  if (!name || !out)
    return false;
  for (size_t i = 0; i < FORMAT_COUNT; i++) {
    if (same_name(formats[i].name, name) || in_list(formats[i].aliases, name)) {
      *out = formats[i].format;
      return true;
    }
  }
  return false;
}

bool fg_format_from_path(const char *path, FgFormat *out) {
  if (!path || !out)
    return false;
  const char *slash = strrchr(path, '/');
  const char *dot = strrchr(slash ? slash + 1 : path, '.');
  if (!dot)
    return false;
  for (size_t i = 0; i < FORMAT_COUNT; i++) {
    if (in_list(formats[i].extensions, dot)) {
      *out = formats[i].format;
      return true;
    }
  }
  return false;
}

const char *fg_format_name(FgFormat format) {
  const FormatInfo *info = find_format(format);
  return info ? info->name : NULL;
}

const char *fg_format_raptor_name(FgFormat format) {
  const FormatInfo *info = find_format(format);
  return info ? info->raptor_name : NULL;
}

const char *fg_format_mime_type(FgFormat format) {
  const FormatInfo *info = find_format(format);
  return info ? info->mime_type : NULL;
}

const char *fg_format_extension(FgFormat format) {
  const FormatInfo *info = find_format(format);
  return info ? info->extensions[0] : NULL;
}

FgWriteOptions fg_write_options_default(void) {
  FgWriteOptions options = {
      .base_iri = NULL,
      .focus = NULL,
      .depth = 1,
      .min_sources = 1,
      .max_nodes = 0,
      .max_edges = 0,
      .cluster_by_type = false,
  };
  return options;
}

const char *fg_base_iri_problem(const char *iri, size_t *offset) {
  *offset = 0;
  return iri ? fg_lexical_iri_problem(iri, offset) : NULL;
}
