/* SPDX-License-Identifier: MIT */
/* Command-line parsing for the factgraph tool (getopt_long). */
#include "cli/options.h"
#include "cli/report.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Long-only options get codes above the char range. */
enum {
  OPT_BASE = 256,
  OPT_ONTOLOGY,
  OPT_GAZETTEER,
  OPT_FOCUS,
  OPT_DEPTH,
  OPT_MIN_SOURCES,
  OPT_MAX_NODES,
  OPT_MAX_EDGES,
  OPT_CLUSTER,
  OPT_INPUT_FORMAT,
  OPT_PARTIAL,
  OPT_WITH_CONLLU
};

/* The leading ':' makes getopt_long return ':' for a missing argument; its
 * own messages are off (opterr = 0): they would print an option's bytes
 * raw, escape sequences included. */
static const char short_options[] = ":o:f:j:rqvhV";

static const struct option long_options[] = {
    {"output", required_argument, NULL, 'o'},
    {"format", required_argument, NULL, 'f'},
    {"base", required_argument, NULL, OPT_BASE},
    {"ontology", required_argument, NULL, OPT_ONTOLOGY},
    {"gazetteer", required_argument, NULL, OPT_GAZETTEER},
    {"focus", required_argument, NULL, OPT_FOCUS},
    {"depth", required_argument, NULL, OPT_DEPTH},
    {"min-sources", required_argument, NULL, OPT_MIN_SOURCES},
    {"max-nodes", required_argument, NULL, OPT_MAX_NODES},
    {"max-edges", required_argument, NULL, OPT_MAX_EDGES},
    {"cluster", no_argument, NULL, OPT_CLUSTER},
    {"input-format", required_argument, NULL, OPT_INPUT_FORMAT},
    {"jobs", required_argument, NULL, 'j'},
    {"partial", required_argument, NULL, OPT_PARTIAL},
    {"with-conllu", no_argument, NULL, OPT_WITH_CONLLU},
    {"recursive", no_argument, NULL, 'r'},
    {"quiet", no_argument, NULL, 'q'},
    {"verbose", no_argument, NULL, 'v'},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'},
    {NULL, 0, NULL, 0}};

__attribute__((format(printf, 2, 3))) static int
usage_error(FILE *err, const char *format, ...) {
  va_list args;
  va_start(args, format);
  fputs("factgraph: ", err);
  cli_print_formatted(err, format, args);
  va_end(args);
  fputs("\nTry 'factgraph --help'.\n", err);
  return 2;
}

/* Parses a whole decimal number in [min, max]; no sign, no trailing text. */
static bool parse_number(const char *text, unsigned long min, unsigned long max,
                         unsigned long *out) {
  if (text[0] < '0' || text[0] > '9')
    return false;
  char *end = NULL;
  errno = 0;
  unsigned long value = strtoul(text, &end, 10);
  if (errno != 0 || *end != '\0' || value < min || value > max)
    return false;
  *out = value;
  return true;
}

static int add_output(CliOptions *opts, const char *path, FILE *err) {
  if (opts->output_count == CLI_MAX_OUTPUTS)
    return usage_error(err, "too many outputs (at most %d)", CLI_MAX_OUTPUTS);
  CliOutput *output = &opts->outputs[opts->output_count];
  if (!fg_format_from_path(path, &output->format))
    return usage_error(err,
                       "cannot tell the format of '%s': use .ttl, .nt, .nq, "
                       ".dot, .tsv or .conllu",
                       path);
  output->path = path;
  opts->output_count++;
  return 0;
}

static int add_gazetteer(CliOptions *opts, const char *path, FILE *err) {
  FgConfig *config = &opts->config;
  if (config->gazetteer_count == FG_MAX_GAZETTEERS)
    return usage_error(err, "too many gazetteers (at most %d)",
                       FG_MAX_GAZETTEERS);
  config->gazetteers[config->gazetteer_count++] = path;
  return 0;
}

static int set_stdout_format(CliOptions *opts, const char *name, FILE *err) {
  if (!fg_format_from_name(name, &opts->stdout_format))
    return usage_error(err,
                       "unknown format '%s': use turtle, ntriples, nquads, "
                       "dot, tsv or conllu",
                       name);
  opts->to_stdout = true;
  return 0;
}

/* The DOT-view numbers: --depth, --min-sources, --max-nodes, --max-edges. */
static int set_view_number(CliOptions *opts, int code, const char *text,
                           FILE *err) {
  unsigned long value = 0;
  switch (code) {
  case OPT_DEPTH:
    if (!parse_number(text, 0, UINT_MAX, &value))
      return usage_error(err, "--depth wants a number, not '%s'", text);
    opts->write.depth = (unsigned)value;
    return 0;
  case OPT_MIN_SOURCES:
    if (!parse_number(text, 1, UINT_MAX, &value))
      return usage_error(err, "--min-sources wants a number >= 1, not '%s'",
                         text);
    opts->write.min_sources = (unsigned)value;
    return 0;
  case OPT_MAX_EDGES:
    if (!parse_number(text, 0, SIZE_MAX, &value))
      return usage_error(err, "--max-edges wants a number, not '%s'", text);
    opts->write.max_edges = (size_t)value;
    return 0;
  default:
    if (!parse_number(text, 0, SIZE_MAX, &value))
      return usage_error(err, "--max-nodes wants a number, not '%s'", text);
    opts->write.max_nodes = (size_t)value;
    return 0;
  }
}

/* Checked before anything is read: a bad base would spoil every IRI. The
 * value itself is not echoed, it may hold terminal controls. */
static int set_base(CliOptions *opts, const char *iri, FILE *err) {
  size_t offset = 0;
  const char *problem = fg_base_iri_problem(iri, &offset);
  if (problem)
    return usage_error(err, "--base is not an absolute IRI: %s at byte %zu",
                       problem, offset);
  opts->config.base_iri = iri;
  opts->write.base_iri = iri;
  return 0;
}

static int apply_option(CliOptions *opts, int code, FILE *err) {
  switch (code) {
  case 'o':
    return add_output(opts, optarg, err);
  case 'f':
    return set_stdout_format(opts, optarg, err);
  case OPT_BASE:
    return set_base(opts, optarg, err);
  case OPT_ONTOLOGY:
    if (optarg[0] == '\0') /* "" would read /factgraph.ttl */
      return usage_error(err, "--ontology wants a directory, not ''");
    opts->config.ontology_dir = optarg;
    return 0;
  case OPT_GAZETTEER:
    if (optarg[0] == '\0')
      return usage_error(err, "--gazetteer wants a file, not ''");
    return add_gazetteer(opts, optarg, err);
  case OPT_FOCUS:
    opts->write.focus = optarg;
    return 0;
  case OPT_DEPTH:
  case OPT_MIN_SOURCES:
  case OPT_MAX_NODES:
  case OPT_MAX_EDGES:
    return set_view_number(opts, code, optarg, err);
  case OPT_CLUSTER:
    opts->write.cluster_by_type = true;
    return 0;
  case OPT_INPUT_FORMAT:
    if (!fg_input_format_from_name(optarg, &opts->config.input_format))
      return usage_error(err,
                         "unknown input format '%s': use auto, text, html, "
                         "nitf, newsml, jsonl or conllu",
                         optarg);
    return 0;
  case 'j': {
    unsigned long jobs = 0;
    if (!parse_number(optarg, 1, CLI_MAX_JOBS, &jobs))
      return usage_error(err, "-j wants a number of threads from 1 to %d, not '%s'",
                         CLI_MAX_JOBS, optarg);
    opts->jobs = (unsigned)jobs;
    return 0;
  }
  case OPT_PARTIAL:
    if (optarg[0] == '\0')
      return usage_error(err, "--partial wants a file, not ''");
    opts->partial = optarg;
    return 0;
  case OPT_WITH_CONLLU:
    opts->with_conllu = true;
    return 0;
  case 'r':
    opts->config.recursive = true;
    return 0;
  case 'q':
    opts->verbosity = CLI_QUIET;
    return 0;
  case 'v':
    opts->verbosity = CLI_VERBOSE;
    return 0;
  case 'h':
    opts->action = CLI_HELP;
    return 0;
  case 'V':
    opts->action = CLI_VERSION;
    return 0;
  default: /* only the codes of short_options and long_options come here */
    return usage_error(err, "internal error: option code %d", code);
  }
}

/* What getopt_long refused: optopt is the short option or a long option's
 * code (0 for an unknown long one), argv[optind - 1] the word it was in. */
static int option_error(FILE *err, int code, const char *word) {
  bool short_option = optopt > 0 && optopt < 128 &&
                      strchr(short_options + 1, optopt) != NULL;
  if (code == ':' && short_option)
    return usage_error(err, "option '-%c' requires an argument", optopt);
  if (code == ':')
    return usage_error(err, "option '%s' requires an argument", word);
  if (optopt > 0 && optopt < 128 && !short_option)
    return usage_error(err, "unknown option '-%c'", optopt);
  return usage_error(err, "unknown, ambiguous or misused option '%s'", word);
}

/* --partial writes the part only, with the CoNLL-U analysis when
 * --with-conllu asks (it is several times the part's size). */
static int check_partial(const CliOptions *opts, FILE *err) {
  if (opts->partial && (opts->output_count > 0 || opts->to_stdout))
    return usage_error(err, "--partial writes a part only: no -o or -f with it");
  if (opts->with_conllu && !opts->partial)
    return usage_error(err, "--with-conllu goes with --partial (the part carries "
                            "the CoNLL-U analysis)");
  return 0;
}

static void set_defaults(CliOptions *opts) {
  memset(opts, 0, sizeof *opts);
  opts->action = CLI_RUN;
  opts->config = fg_config_default();
  opts->write = fg_write_options_default();
  opts->verbosity = CLI_NORMAL;
  opts->stdout_format = FG_FORMAT_TURTLE;
  const char *env_ontology = getenv("FACTGRAPH_ONTOLOGY");
  if (env_ontology != NULL && env_ontology[0] != '\0')
    opts->config.ontology_dir = env_ontology;
}

int cli_options_parse(int argc, char **argv, CliOptions *opts, FILE *err) {
  set_defaults(opts);
  opterr = 0;
  for (;;) {
    int code = getopt_long(argc, argv, short_options, long_options, NULL);
    if (code == -1)
      break;
    if (code == '?' || code == ':')
      return option_error(err, code, argv[optind - 1]);
    int status = apply_option(opts, code, err);
    if (status != 0)
      return status;
  }
  if (opts->action != CLI_RUN)
    return 0;
  /* "merge" as the first operand: the rest are parts (./merge is a file) */
  if (optind < argc && strcmp(argv[optind], "merge") == 0) {
    opts->merge = true;
    optind++;
  }
  if (optind >= argc)
    return usage_error(err, opts->merge ? "merge: no part to merge"
                                        : "no input file (use '-' for standard input)");
  opts->files = argv + optind;
  opts->file_count = (size_t)(argc - optind);
  for (size_t i = 0; i < opts->file_count; i++)
    if (opts->files[i][0] == '\0')
      return usage_error(err, "an input file name is empty ('')");
  int status = check_partial(opts, err);
  if (status != 0)
    return status;
  if (opts->output_count == 0 && !opts->partial)
    opts->to_stdout = true;
  /* the CoNLL-U analysis is kept during the run only when asked for; a
   * merge that keeps it wants it from every part */
  opts->config.conllu = opts->with_conllu ||
                        (opts->to_stdout && opts->stdout_format == FG_FORMAT_CONLLU);
  for (size_t i = 0; i < opts->output_count; i++)
    opts->config.conllu |= opts->outputs[i].format == FG_FORMAT_CONLLU;
  return 0;
}

void cli_options_print_help(FILE *out) {
  FgConfig defaults = fg_config_default();
  /* two strings: one would pass the length C compilers must support */
  fputs(
      "Usage: factgraph [OPTIONS] FILE...\n"
      "       factgraph merge [OPTIONS] PART.fgp...\n"
      "Read news articles, extract the facts they state with their\n"
      "provenance, and export them as a knowledge graph. FILE '-' is\n"
      "standard input.\n"
      "\n"
      "Input:\n"
      "      --input-format F  auto (default: told by content), text, html,\n"
      "                        nitf, newsml, jsonl (one article per line)\n"
      "                        or conllu (pre-tokenized: FORMs and sentence\n"
      "                        breaks only)\n"
      "  -r, --recursive       read the files in directories, and below\n"
      "  -j, --jobs N          read and analyse the files in N threads\n"
      "                        (default: one per online core); the output\n"
      "                        is the same for every N. A file, or a\n"
      "                        directory named with -r, goes whole to one\n"
      "                        thread\n"
      "\n"
      "Partial results (map, then merge):\n"
      "      --partial PATH    write what the run read to the part PATH\n"
      "                        (binary, checked), not the outputs\n"
      "      --with-conllu     with --partial: the part carries the CoNLL-U\n"
      "                        analysis too, for a merge to write it\n"
      "  merge PART...         as a first operand: the operands are parts;\n"
      "                        they are merged and written with -o, -f or\n"
      "                        --partial, byte for byte as one run over all\n"
      "                        their inputs (CoNLL-U: in the parts' order)\n"
      "\n",
      out);
  fprintf(
      out,
      "Output (default: Turtle on standard output):\n"
      "  -o, --output PATH     write to PATH, format from the extension:\n"
      "                        .ttl Turtle, .nt N-Triples, .nq N-Quads,\n"
      "                        .dot GraphViz, .tsv facts table, .conllu\n"
      "                        the linguistic analysis; repeatable. All are\n"
      "                        replaced together once complete, or none; a\n"
      "                        symbolic link is written through\n"
      "  -f, --format NAME     write NAME to standard output: turtle (ttl),\n"
      "                        ntriples (nt), nquads (nq), dot, tsv,\n"
      "                        conllu (each document's sentences and words)\n"
      "      --base IRI        base of the minted IRIs\n"
      "                        (default %s)\n"
      "\n"
      "Knowledge:\n"
      "      --ontology DIR    ontology, gazetteer and lexicon directory\n"
      "                        (default $FACTGRAPH_ONTOLOGY, else\n"
      "                        %s)\n"
      "      --gazetteer FILE  an extra gazetteer in Turtle; repeatable\n"
      "\n"
      "DOT views (for .dot outputs and -f dot; denied facts are never\n"
      "drawn, former ones dashed, hedged and planned ones dotted):\n"
      "      --focus NAME      only the entities around NAME (any spelling)\n"
      "      --depth N         hops around the focus entity (default 1)\n"
      "      --min-sources N   only facts stated by at least N documents\n"
      "      --cluster         group the entities by type in boxes\n"
      "      --max-nodes N     at most N nodes, the most connected\n"
      "      --max-edges N     at most N facts, the best attested\n"
      "                        (0, the default: limits that keep `dot`\n"
      "                        within seconds); the legend says what the\n"
      "                        limits left out\n"
      "\n"
      "Messages:\n"
      "  -q, --quiet           print errors only\n"
      "  -v, --verbose         print progress and information too\n"
      "  -h, --help            print this help and exit\n"
      "  -V, --version         print the versions of factgraph, of the\n"
      "                        knowledge files and of the models, and exit\n"
      "\n"
      "Environment:\n"
      "  TMPDIR                where the supporting sentences go once they\n"
      "                        pass 1 MiB (an unlinked file; default /tmp)\n"
      "\n"
      "Exit status:\n"
      "  0  every input was read and every output written\n"
      "  1  an input could not be read (each failure is named and the\n"
      "     other inputs are still exported), or an output could not be\n"
      "     written; when no input at all was usable, nothing is written\n"
      "  2  usage error, or a model file (models/*.fgm in the ontology\n"
      "     directory) missing, truncated, corrupted or foreign\n"
      "\n"
      "Examples:\n"
      "  factgraph article.txt > graph.ttl\n"
      "  factgraph -o graph.ttl -o graph.dot -o facts.tsv news/*.txt\n"
      "  factgraph -r -f tsv saved-pages/ crawl.jsonl\n"
      "  factgraph --partial a.fgp news/a*.txt\n"
      "  factgraph merge -o graph.nq a.fgp b.fgp\n"
      "  curl -s https://example.org/a.html | factgraph -f nt -\n"
      "  factgraph --focus NATO --depth 2 -o nato.dot news/*.txt\n"
      "  dot -Tsvg nato.dot > nato.svg\n",
      defaults.base_iri ? defaults.base_iri : "(none)",
      defaults.ontology_dir ? defaults.ontology_dir : "(none)");
}
