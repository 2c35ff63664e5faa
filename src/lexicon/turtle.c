/* SPDX-License-Identifier: MIT */
#include "turtle.h"

#include <errno.h>
#include <raptor2.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

/* Input is fed to raptor in chunks of this size. */
#define READ_CHUNK 16384

typedef struct {
  const char *path;
  raptor_parser *parser;
  FgTripleFunc on_triple;
  void *handle;
  FgDiagFunc diag;
  void *diag_handle;
  FgStatus stopped; /* status returned by on_triple, FG_OK while running */
  bool syntax_error; /* raptor logged an error */
  int read_errno;
} Reader;

void fg_rdf_report(FgDiagFunc diag, void *diag_handle, FgStatus status,
                   FgSeverity severity, const char *source,
                   unsigned long line, const char *message) {
  if (!diag)
    return;
  FgDiag d = {status, severity, source, line, 0, message};
  diag(diag_handle, &d);
}

const char *fg_rdf_local(const FgRdfTerm *term, const char *ns) {
  size_t ns_len = strlen(ns);
  if (term->kind != FG_RDF_IRI || term->len <= ns_len ||
      memcmp(term->value, ns, ns_len) != 0)
    return NULL;
  return term->value + ns_len;
}

static unsigned long locator_line(const raptor_locator *locator) {
  return locator && locator->line > 0 ? (unsigned long)locator->line : 0;
}

static void on_log(void *user_data, raptor_log_message *message) {
  Reader *reader = user_data;
  FgSeverity severity = FG_SEV_INFO;
  if (message->level >= RAPTOR_LOG_LEVEL_ERROR) {
    severity = FG_SEV_ERROR;
    reader->syntax_error = true;
  } else if (message->level == RAPTOR_LOG_LEVEL_WARN) {
    severity = FG_SEV_WARNING;
  } else if (message->level < RAPTOR_LOG_LEVEL_INFO) {
    return; /* raptor's tracing is not for our users */
  }
  FgStatus status = severity == FG_SEV_INFO ? FG_OK : FG_ERR_SYNTAX;
  unsigned long line = locator_line(message->locator);
  /* Some Turtle errors come without a locator; the parser still knows. */
  if (line == 0 && reader->parser)
    line = locator_line(raptor_parser_get_locator(reader->parser));
  fg_rdf_report(reader->diag, reader->diag_handle, status, severity,
                reader->path, line,
                message->text ? message->text : "raptor error");
}

static bool view_term(const raptor_term *term, FgRdfTerm *out) {
  memset(out, 0, sizeof *out);
  switch (term->type) {
  case RAPTOR_TERM_TYPE_URI:
    out->kind = FG_RDF_IRI;
    out->value = (const char *)raptor_uri_as_counted_string(term->value.uri,
                                                            &out->len);
    return out->value != NULL;
  case RAPTOR_TERM_TYPE_BLANK:
    out->kind = FG_RDF_BLANK;
    out->value = (const char *)term->value.blank.string;
    out->len = term->value.blank.string_len;
    return out->value != NULL;
  case RAPTOR_TERM_TYPE_LITERAL:
    out->kind = FG_RDF_LITERAL;
    out->value = (const char *)term->value.literal.string;
    out->len = term->value.literal.string_len;
    if (term->value.literal.language_len > 0)
      out->language = (const char *)term->value.literal.language;
    if (term->value.literal.datatype)
      out->datatype =
          (const char *)raptor_uri_as_string(term->value.literal.datatype);
    return out->value != NULL;
  case RAPTOR_TERM_TYPE_UNKNOWN:
  default:
    return false;
  }
}

static void on_statement(void *user_data, raptor_statement *statement) {
  Reader *reader = user_data;
  if (reader->stopped != FG_OK)
    return;
  FgRdfTriple triple;
  if (!view_term(statement->subject, &triple.subject) ||
      !view_term(statement->predicate, &triple.predicate) ||
      !view_term(statement->object, &triple.object))
    return;
  triple.line = locator_line(raptor_parser_get_locator(reader->parser));
  FgStatus status = reader->on_triple(reader->handle, &triple);
  if (status != FG_OK) {
    reader->stopped = status;
    raptor_parser_parse_abort(reader->parser);
  }
}

typedef enum { FEED_OK, FEED_READ_ERROR, FEED_PARSE_ERROR } FeedResult;

/* Feeds the open file to the started parser; errno is kept on a read
 * error. Parse errors are also reported through the log handler. */
static FeedResult feed(Reader *reader, FILE *file) {
  unsigned char chunk[READ_CHUNK];
  for (;;) {
    size_t len = fread(chunk, 1, sizeof chunk, file);
    if (len == 0)
      break;
    if (raptor_parser_parse_chunk(reader->parser, chunk, len, 0) != 0)
      return FEED_PARSE_ERROR;
    if (reader->stopped != FG_OK)
      return FEED_OK;
  }
  if (ferror(file)) {
    reader->read_errno = errno;
    return FEED_READ_ERROR;
  }
  if (raptor_parser_parse_chunk(reader->parser, NULL, 0, 1) != 0)
    return FEED_PARSE_ERROR;
  return FEED_OK;
}

static raptor_uri *new_base_uri(raptor_world *world, const char *path) {
  unsigned char *str = raptor_uri_filename_to_uri_string(path);
  if (!str)
    return NULL;
  raptor_uri *uri = raptor_new_uri(world, str);
  raptor_free_memory(str);
  return uri;
}

/* Maps how feeding ended to a status; a parse failure that raptor did not
 * explain gets a diagnostic of its own. */
static FgStatus feed_status(Reader *reader, FeedResult result) {
  if (reader->stopped != FG_OK)
    return reader->stopped;
  if (result == FEED_READ_ERROR)
    return FG_ERR_IO;
  if (result == FEED_PARSE_ERROR && !reader->syntax_error)
    fg_rdf_report(reader->diag, reader->diag_handle, FG_ERR_SYNTAX,
                  FG_SEV_ERROR, reader->path, 0, "Turtle parser failed");
  if (result == FEED_PARSE_ERROR || reader->syntax_error)
    return FG_ERR_SYNTAX;
  return FG_OK;
}

static FgStatus parse_stream(Reader *reader, raptor_world *world,
                             FILE *file) {
  raptor_world_set_log_handler(world, reader, on_log);
  if (raptor_world_open(world) != 0) {
    fg_rdf_report(reader->diag, reader->diag_handle, FG_ERR_INTERNAL,
                  FG_SEV_ERROR, reader->path, 0, "raptor2 would not start");
    return FG_ERR_INTERNAL;
  }
  reader->parser = raptor_new_parser(world, "turtle");
  raptor_uri *base = new_base_uri(world, reader->path);
  FgStatus status = FG_ERR_NOMEM;
  if (reader->parser && base) {
    raptor_parser_set_statement_handler(reader->parser, reader, on_statement);
    if (raptor_parser_parse_start(reader->parser, base) != 0)
      status = FG_ERR_INTERNAL;
    else
      status = feed_status(reader, feed(reader, file));
  }
  if (base)
    raptor_free_uri(base);
  if (reader->parser)
    raptor_free_parser(reader->parser);
  reader->parser = NULL;
  return status;
}

static void report_errno(const Reader *reader, const char *what, int err) {
  char message[256];
  snprintf(message, sizeof message, "%s: %s", what, strerror(err));
  fg_rdf_report(reader->diag, reader->diag_handle, FG_ERR_IO, FG_SEV_ERROR,
                reader->path, 0, message);
}

FgStatus fg_turtle_read(const char *path, FgTripleFunc on_triple, void *handle,
                        FgDiagFunc diag, void *diag_handle) {
  Reader reader = {.path = path,
                   .on_triple = on_triple,
                   .handle = handle,
                   .diag = diag,
                   .diag_handle = diag_handle,
                   .stopped = FG_OK};
  FILE *file = fopen(path, "rb");
  if (!file) {
    report_errno(&reader, "cannot open", errno);
    return FG_ERR_IO;
  }
  raptor_world *world = raptor_new_world();
  FgStatus status = FG_ERR_NOMEM;
  if (world)
    status = parse_stream(&reader, world, file);
  if (status == FG_ERR_IO)
    report_errno(&reader, "cannot read", reader.read_errno);
  if (world)
    raptor_free_world(world);
  fclose(file);
  return status;
}
