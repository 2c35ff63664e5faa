/* SPDX-License-Identifier: MIT */
/* A small, strict JSON reader (RFC 8259) for JSON Lines and JSON-LD:
 * bounded nesting, strings decoded to UTF-8 with U+FFFD for lone
 * surrogates and \u0000. */
#ifndef FG_INPUT_JSON_H
#define FG_INPUT_JSON_H

#include <stdbool.h>
#include <stddef.h>

/* Deeper nesting is an error, so that hostile input cannot exhaust the
 * stack of the recursive reader. */
#define FG_JSON_MAX_DEPTH 64

typedef enum {
  FG_JSON_NULL,
  FG_JSON_BOOL,
  FG_JSON_NUMBER,
  FG_JSON_STRING,
  FG_JSON_ARRAY,
  FG_JSON_OBJECT
} FgJsonType;

typedef struct FgJson FgJson;
struct FgJson {
  FgJsonType type;
  char *text;    /* string value, number or literal as written */
  size_t count;  /* array items or object members */
  FgJson *items; /* array items or object values */
  char **keys;   /* object member names, parallel to items */
};

/* Parses one JSON value filling the whole of text[0..len) (whitespace
 * around it allowed). On success *out is a tree to release with
 * fg_json_free and NULL is returned; otherwise a static message, with
 * *error_at the byte offset of the problem (out of memory included). */
const char *fg_json_parse(const char *text, size_t len, FgJson **out,
                          size_t *error_at);

void fg_json_free(FgJson *json);

/* The value of an object member (the first when repeated), or NULL. */
const FgJson *fg_json_get(const FgJson *object, const char *key);

/* The string of a string value, else NULL (json may be NULL). */
const char *fg_json_string(const FgJson *json);

#endif
