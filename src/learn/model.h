/* SPDX-License-Identifier: MIT */
/* The model container: one versioned binary file per trained model.
 *
 * Layout (all fields little-endian, fixed width):
 *   0   magic "FGMODEL\x1a"            8
 *   8   format version (1)             u32
 *   12  model kind (FgModelKind)       u32
 *   16  template-table hash            u64
 *   24  hash function (1 = XXH3-64)    u32, then u32 0
 *   32  hash seed                      u64
 *   40  training seed                  u64
 *   48  training epochs                u32, then section count u32
 *   56  training corpora, NUL-padded   64
 *   120 total file length              u64
 *   128 directory: per section id u32, 0 u32, offset u64, length u64,
 *       XXH3-64 of the section u64 (32 bytes each), sorted by offset
 *   ... sections, each 16-byte aligned, zero padding between
 *   end-16: XXH3-64 of every byte before it (u64), "FGMEND\0\0"
 * No time, no host name: the same training gives the same bytes.
 *
 * Writing: fill an FgModelInfo, add sections (bytes built with le.h),
 * then fg_model_writer_bytes or fg_model_writer_save (temp file + rename).
 * Reading: fg_model_open / fg_model_open_memory validate everything
 * (magic, version, kind, lengths, alignment, the file checksum, which
 * covers the sections and their recorded sums) and keep an
 * immutable 16-byte aligned copy; fg_model_section lends a section's bytes.
 * Errors: a missing or unreadable file is FG_ERR_IO; anything wrong inside
 * is FG_ERR_SYNTAX with a message naming the file, the section and the
 * byte offset (fg_model_fail does the same for the section decoders). */
#ifndef FG_LEARN_MODEL_H
#define FG_LEARN_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "factgraph/diag.h"
#include "factgraph/status.h"
#include "util/buf.h"

#define FG_MODEL_MAGIC "FGMODEL\x1a"
#define FG_MODEL_VERSION 1u
#define FG_MODEL_HASH_XXH3 1u
#define FG_MODEL_CORPORA_LEN 64
#define FG_MODEL_MAX_SECTIONS 64
#define FG_MODEL_HEADER_LEN 128
#define FG_MODEL_DIR_ENTRY_LEN 32
#define FG_MODEL_TRAILER_LEN 16

/* Ids are never reused once released. */
typedef enum {
  FG_MODEL_KIND_TEST = 1, /* unit tests only */
  FG_MODEL_KIND_TAGGER = 2,
  FG_MODEL_KIND_LEMMATIZER = 3,
  FG_MODEL_KIND_PARSER = 4,
  FG_MODEL_KIND_NER = 5
} FgModelKind;

/* A four-character section id, 'A' in the lowest byte: FG_SECTION('W','G','H','T'). */
#define FG_SECTION(a, b, c, d)                                                 \
  ((uint32_t)(uint8_t)(a) | ((uint32_t)(uint8_t)(b) << 8) |                   \
   ((uint32_t)(uint8_t)(c) << 16) | ((uint32_t)(uint8_t)(d) << 24))

typedef struct {
  uint32_t kind;          /* FgModelKind */
  uint64_t template_hash; /* hash of the stage's template table */
  uint64_t hash_seed;     /* seed of the feature-key hash */
  uint64_t train_seed;
  uint32_t epochs;
  char corpora[FG_MODEL_CORPORA_LEN]; /* "ewt-train+gum-train", NUL-padded */
} FgModelInfo;

typedef struct FgModelWriter FgModelWriter;

FgModelWriter *fg_model_writer_new(const FgModelInfo *info);
void fg_model_writer_free(FgModelWriter *writer);
/* Copies len bytes as section id. FG_ERR_USAGE for a repeated id or more
 * than FG_MODEL_MAX_SECTIONS sections, FG_ERR_NOMEM. */
FgStatus fg_model_writer_add(FgModelWriter *writer, uint32_t id,
                             const void *data, size_t len);
/* The whole file into out (cleared first). */
FgStatus fg_model_writer_bytes(const FgModelWriter *writer, FgBuf *out);
/* Writes path.tmp then renames it to path; FG_ERR_IO (reported through
 * diag, naming the file) when anything fails, leaving no partial file. */
FgStatus fg_model_writer_save(const FgModelWriter *writer, const char *path,
                              FgDiagFunc diag, void *diag_handle);

/* Writes finished model bytes (from fg_model_writer_bytes) the same way. */
FgStatus fg_model_save_bytes(const void *bytes, size_t len, const char *path,
                             FgDiagFunc diag, void *diag_handle);

typedef struct FgModel FgModel;

/* Opens and validates a model of the given kind (0 accepts any kind).
 * *out is NULL on failure. */
FgStatus fg_model_open(const char *path, uint32_t kind, FgDiagFunc diag,
                       void *diag_handle, FgModel **out);
/* The same from len bytes in memory (copied); name is used in messages. */
FgStatus fg_model_open_memory(const void *data, size_t len, const char *name,
                              uint32_t kind, FgDiagFunc diag,
                              void *diag_handle, FgModel **out);
void fg_model_free(FgModel *model);

const FgModelInfo *fg_model_info(const FgModel *model);
const char *fg_model_name(const FgModel *model);
/* Lends section id's bytes (16-byte aligned, valid until fg_model_free);
 * false when the model has no such section. */
bool fg_model_section(const FgModel *model, uint32_t id, const uint8_t **data,
                      size_t *len);
/* Like fg_model_section, but a missing section is reported as an error
 * (FG_ERR_SYNTAX through the model's diag). */
FgStatus fg_model_require(const FgModel *model, uint32_t id,
                          const uint8_t **data, size_t *len);
/* Reports FG_ERR_SYNTAX through the model's diag: "NAME: section ABCD,
 * byte OFFSET (of the file): MESSAGE"; offset is relative to the section.
 * Returns FG_ERR_SYNTAX. */
FgStatus fg_model_fail(const FgModel *model, uint32_t section, size_t offset,
                       const char *message);
/* Checks that the model's template hash is the stage's: a model trained
 * with other templates refuses to load. */
FgStatus fg_model_check_templates(const FgModel *model, uint64_t template_hash);

/* "WGHT" for a section id (out must hold 5 bytes). */
void fg_model_section_name(uint32_t id, char out[5]);

#endif
