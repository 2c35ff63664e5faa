/* GraphViz DOT, written by hand (it is not RDF): one node per entity in an
 * asserted fact, one edge per asserted fact, a legend of the node types. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "serialize/lexical.h"
#include "serialize/writers.h"
#include "util/buf.h"
#include "util/intern.h"

#define DEFAULT_MAX_NODES 150
/* Labels stay short: readable, and far below DOT's 16 KB string limit. */
#define MAX_LABEL_CHARS 60

/* ---- node styles ------------------------------------------------------- */

typedef struct {
  const char *legend;       /* legend text; also the class asked via is_a */
  const char *const *names; /* classes matched exactly without ontology */
  const char *shape;
  const char *fill;
} NodeStyle;

static const char *const person_names[] = {"Person", NULL};
static const char *const org_names[] = {"Organization",
                                        "ArmedGroup",
                                        "GovernmentBody",
                                        "Coalition",
                                        "MediaOrganization",
                                        "InternationalOrganization",
                                        "Company",
                                        "PoliticalParty",
                                        "Court",
                                        NULL};
static const char *const country_names[] = {"Country", NULL};
static const char *const place_names[] = {"Place", "City", "Region", "Facility",
                                          NULL};
static const char *const event_names[] = {"Event", NULL};
static const char *const value_names[] = {"Value", NULL};
static const char *const no_names[] = {NULL};

/* First match wins, so specific rows come before general ones. */
static const NodeStyle styles[] = {
    {"Person", person_names, "ellipse", "#cfe2ff"},
    {"Organization", org_names, "box", "#d1e7dd"},
    {"Country", country_names, "house", "#fff3cd"},
    {"Place", place_names, "hexagon", "#ffe5d0"},
    {"Event", event_names, "diamond", "#f8d7da"},
    {"Value", value_names, "note", "#e9ecef"},
    {"Other", no_names, "octagon", "#f8f9fa"},
};

#define STYLE_COUNT (sizeof styles / sizeof styles[0])
#define STYLE_VALUE 5
#define STYLE_OTHER (STYLE_COUNT - 1)

static bool named_in(const char *const *names, const char *type) {
  for (; *names; names++)
    if (strcmp(*names, type) == 0)
      return true;
  return false;
}

static size_t style_for(const FgOntology *onto, const char *type) {
  for (size_t i = 0; i < STYLE_OTHER; i++)
    if (named_in(styles[i].names, type) ||
        (onto && fg_ontology_is_a(onto, type, styles[i].legend)))
      return i;
  return STYLE_OTHER;
}

/* ---- the view: which facts and nodes are drawn ------------------------- */

/* Nodes are numbered entities first, then distinct literal values. */
typedef struct {
  size_t fact;
  size_t from, to;
} Edge;

typedef struct {
  const FgGraph *graph;
  const FgOntology *onto;
  size_t entity_count;
  FgIntern *values; /* literal -> value number */
  size_t node_count;
  Edge *edges;
  size_t edge_count;
  size_t *degree; /* per node, over the edges kept */
  bool *keep;     /* per node */
  size_t focus;   /* node, or SIZE_MAX */
  size_t hidden;  /* nodes left out by max_nodes */
} DotView;

static void view_free(DotView *v) {
  fg_intern_free(v->values);
  free(v->edges);
  free(v->degree);
  free(v->keep);
}

static bool selected(const FgFact *fact, unsigned min_sources) {
  return !fact->claim.negated && fact->source_count >= min_sources;
}

static FgStatus collect_edges(DotView *v, unsigned min_sources) {
  size_t n = fg_graph_fact_count(v->graph);
  v->edges = calloc(n ? n : 1, sizeof(Edge));
  v->values = fg_intern_new();
  if (!v->edges || !v->values)
    return FG_ERR_NOMEM;
  for (size_t i = 0; i < n; i++) {
    const FgFact *fact = fg_graph_fact(v->graph, i);
    if (!selected(fact, min_sources))
      continue;
    const FgFactInput *c = &fact->claim;
    size_t to = c->object;
    if (c->object == FG_NONE) {
      uint32_t id = fg_intern_add_str(v->values, c->literal);
      if (id == FG_NO_ID)
        return FG_ERR_NOMEM;
      to = v->entity_count + id;
    }
    v->edges[v->edge_count++] = (Edge){i, c->subject, to};
  }
  v->node_count = v->entity_count + fg_intern_count(v->values);
  v->degree = calloc(v->node_count + 1, sizeof(size_t));
  v->keep = calloc(v->node_count + 1, sizeof(bool));
  return v->degree && v->keep ? FG_OK : FG_ERR_NOMEM;
}

/* Drops edges touching a node not kept, then counts degrees; with
 * drop_isolated, keeps only nodes that still have an edge (and the focus). */
static void prune(DotView *v, bool drop_isolated) {
  size_t kept = 0;
  memset(v->degree, 0, v->node_count * sizeof(size_t));
  for (size_t i = 0; i < v->edge_count; i++) {
    Edge e = v->edges[i];
    if (!v->keep[e.from] || !v->keep[e.to])
      continue;
    v->edges[kept++] = e;
    v->degree[e.from]++;
    v->degree[e.to]++;
  }
  v->edge_count = kept;
  for (size_t n = 0; drop_isolated && n < v->node_count; n++)
    v->keep[n] = v->degree[n] > 0 || n == v->focus;
}

/* Breadth-first over edges in both directions, depth hops from focus. */
static FgStatus keep_neighbourhood(DotView *v, unsigned depth) {
  size_t *dist = malloc(v->node_count * sizeof(size_t));
  if (!dist)
    return FG_ERR_NOMEM;
  for (size_t n = 0; n < v->node_count; n++)
    dist[n] = SIZE_MAX;
  dist[v->focus] = 0;
  bool grew = true;
  for (size_t hop = 0; grew && hop < depth; hop++) {
    grew = false;
    for (size_t i = 0; i < v->edge_count; i++) {
      size_t a = v->edges[i].from, b = v->edges[i].to;
      size_t *next = dist[a] == hop && dist[b] == SIZE_MAX   ? &dist[b]
                     : dist[b] == hop && dist[a] == SIZE_MAX ? &dist[a]
                                                             : NULL;
      if (next) {
        *next = hop + 1;
        grew = true;
      }
    }
  }
  for (size_t n = 0; n < v->node_count; n++)
    v->keep[n] = dist[n] != SIZE_MAX;
  free(dist);
  return FG_OK;
}

/* qsort has no context: rank entries carry the degree they sort by. */
typedef struct {
  size_t node, degree;
} Rank;

static int cmp_rank(const void *pa, const void *pb) {
  const Rank *a = pa, *b = pb;
  if (a->degree != b->degree)
    return a->degree > b->degree ? -1 : 1;
  return (a->node > b->node) - (a->node < b->node);
}

/* Keeps the max_nodes most connected nodes (the focus always). */
static FgStatus keep_most_connected(DotView *v, size_t max_nodes) {
  Rank *ranks = malloc((v->node_count ? v->node_count : 1) * sizeof(Rank));
  if (!ranks)
    return FG_ERR_NOMEM;
  size_t count = 0;
  for (size_t n = 0; n < v->node_count; n++)
    if (v->keep[n])
      ranks[count++] = (Rank){n, n == v->focus ? SIZE_MAX : v->degree[n]};
  if (count > max_nodes) {
    qsort(ranks, count, sizeof(Rank), cmp_rank);
    for (size_t i = max_nodes; i < count; i++)
      v->keep[ranks[i].node] = false;
    /* the most connected nodes stay even when their edges led elsewhere */
    prune(v, false);
    size_t shown = 0;
    for (size_t n = 0; n < v->node_count; n++)
      shown += v->keep[n];
    v->hidden = count - shown;
  }
  free(ranks);
  return FG_OK;
}

static void report_unknown_focus(FgDiagFunc diag, void *handle,
                                 const char *focus) {
  char message[256];
  snprintf(message, sizeof message, "no entity named \"%.200s\"", focus);
  FgDiag d = {FG_ERR_USAGE, FG_SEV_ERROR, NULL, 0, 0, message};
  if (diag)
    diag(handle, &d);
}

static FgStatus build_view(DotView *v, const FgWriteOptions *opt,
                           FgDiagFunc diag, void *handle) {
  unsigned min_sources = opt->min_sources ? opt->min_sources : 1;
  FgStatus st = collect_edges(v, min_sources);
  if (st != FG_OK)
    return st;
  for (size_t n = 0; n < v->node_count; n++)
    v->keep[n] = true;
  if (opt->focus) {
    uint32_t found = fg_graph_entity_find(v->graph, opt->focus);
    if (found == FG_NONE) {
      report_unknown_focus(diag, handle, opt->focus);
      return FG_ERR_USAGE;
    }
    v->focus = found;
    st = keep_neighbourhood(v, opt->depth);
  }
  if (st != FG_OK)
    return st;
  prune(v, true);
  return keep_most_connected(v, opt->max_nodes ? opt->max_nodes
                                               : DEFAULT_MAX_NODES);
}

/* ---- DOT text ---------------------------------------------------------- */

/* Invalid UTF-8 becomes U+FFFD (Graphviz warns about it), control
 * characters a space, a newline DOT's own "\n". */
static bool append_escaped_char(FgBuf *buf, const char *s, size_t len,
                                uint32_t c) {
  if (len == 0)
    return fg_buf_append_str(buf, "\xEF\xBF\xBD");
  if (c == '"' || c == '\\')
    return fg_buf_append_char(buf, '\\') && fg_buf_append_char(buf, *s);
  if (c == '\n')
    return fg_buf_append_str(buf, "\\n");
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
    return fg_buf_append_char(buf, ' ');
  return fg_buf_append(buf, s, len);
}

/* Appends text escaped for a DOT quoted string, cut to MAX_LABEL_CHARS
 * code points with an ellipsis. */
static bool append_text(FgBuf *buf, const char *text) {
  size_t n = strlen(text);
  for (size_t i = 0, chars = 0; i < n; chars++) {
    if (chars == MAX_LABEL_CHARS)
      return fg_buf_append_str(buf, "\xE2\x80\xA6");
    uint32_t c = 0;
    size_t len = fg_lexical_decode((const unsigned char *)text + i, n - i, &c);
    if (!append_escaped_char(buf, text + i, len, c))
      return false;
    i += len ? len : 1;
  }
  return true;
}

static bool append_quoted(FgBuf *buf, const char *text) {
  return fg_buf_append_char(buf, '"') && append_text(buf, text) &&
         fg_buf_append_char(buf, '"');
}

static bool append_node(FgBuf *buf, const char *indent, const char *id,
                        const char *label, size_t style) {
  return fg_buf_append_str(buf, indent) && fg_buf_append_str(buf, id) &&
         fg_buf_append_str(buf, " [label=") && append_quoted(buf, label) &&
         fg_buf_append_str(buf, ", shape=") &&
         fg_buf_append_str(buf, styles[style].shape) &&
         fg_buf_append_str(buf, ", fillcolor=\"") &&
         fg_buf_append_str(buf, styles[style].fill) &&
         fg_buf_append_str(buf, "\"];\n");
}

static void node_id(const DotView *v, size_t node, char id[32]) {
  if (node < v->entity_count)
    snprintf(id, 32, "n%zu", node);
  else
    snprintf(id, 32, "v%zu", node - v->entity_count);
}

static size_t node_style(const DotView *v, size_t node) {
  if (node >= v->entity_count)
    return STYLE_VALUE;
  return style_for(v->onto, fg_graph_entity(v->graph, node)->type);
}

static const char *node_label(const DotView *v, size_t node) {
  if (node >= v->entity_count)
    return fg_intern_str(v->values, (uint32_t)(node - v->entity_count));
  return fg_graph_entity(v->graph, node)->label;
}

/* Penwidth 1 for one source, +0.75 per further source, at most 5. Integer
 * hundredths keep the decimal point whatever LC_NUMERIC says. */
static bool append_penwidth(FgBuf *buf, size_t sources) {
  size_t extra = sources <= 1 ? 0 : sources > 6 ? 5 : sources - 1;
  size_t hundredths = 100 + 75 * extra;
  char text[48];
  snprintf(text, sizeof text, ", penwidth=%zu.%02zu", hundredths / 100,
           hundredths % 100);
  return fg_buf_append_str(buf, text);
}

static const char *property_label(const DotView *v, const char *property) {
  const char *label = v->onto ? fg_ontology_label(v->onto, property) : NULL;
  return label ? label : property;
}

/* "leader of (President)\n2024-12": property label, role, time. */
static bool append_edge_label(FgBuf *buf, const DotView *v,
                              const FgFactInput *c) {
  bool good = fg_buf_append_str(buf, " [label=\"") &&
              append_text(buf, property_label(v, c->predicate));
  if (good && c->role)
    good = fg_buf_append_str(buf, " (") && append_text(buf, c->role) &&
           fg_buf_append_char(buf, ')');
  if (good && c->time)
    good = fg_buf_append_str(buf, "\\n") && append_text(buf, c->time);
  return good && fg_buf_append_char(buf, '"');
}

static bool append_edge(FgBuf *buf, const DotView *v, const Edge *e) {
  const FgFact *fact = fg_graph_fact(v->graph, e->fact);
  const FgFactInput *c = &fact->claim;
  char from[32], to[32];
  node_id(v, e->from, from);
  node_id(v, e->to, to);
  bool uncertain = c->former || c->modality != FG_MODALITY_ASSERTED;
  return fg_buf_append_str(buf, "  ") && fg_buf_append_str(buf, from) &&
         fg_buf_append_str(buf, " -> ") && fg_buf_append_str(buf, to) &&
         append_edge_label(buf, v, c) &&
         append_penwidth(buf, fact->source_count) &&
         fg_buf_append_str(buf, uncertain ? ", style=dashed];\n" : "];\n");
}

static const char header[] =
    "digraph factgraph {\n"
    "  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=12, "
    "nodesep=0.3, ranksep=0.8];\n"
    "  node [fontname=\"Helvetica\", fontsize=11, style=filled, "
    "penwidth=0.8];\n"
    "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\", "
    "fontcolor=\"#333333\"];\n";

static bool append_nodes(FgBuf *buf, const DotView *v, bool used[]) {
  for (size_t n = 0; n < v->node_count; n++) {
    if (!v->keep[n])
      continue;
    char id[32];
    node_id(v, n, id);
    size_t style = node_style(v, n);
    used[style] = true;
    if (!append_node(buf, "  ", id, node_label(v, n), style))
      return false;
  }
  return true;
}

static bool append_omitted_note(FgBuf *buf, size_t hidden) {
  char label[96];
  snprintf(label, sizeof label, "%zu more node%s not shown (max_nodes)", hidden,
           hidden == 1 ? "" : "s");
  return fg_buf_append_str(buf, "    omitted [label=\"") &&
         fg_buf_append_str(buf, label) &&
         fg_buf_append_str(buf, "\", shape=note, fillcolor=\"#ffffff\"];\n");
}

static bool append_legend(FgBuf *buf, const bool used[], size_t hidden) {
  bool any = hidden > 0;
  for (size_t i = 0; i < STYLE_COUNT; i++)
    any = any || used[i];
  if (!any)
    return true;
  bool good = fg_buf_append_str(
      buf, "  subgraph cluster_legend {\n    label=\"Legend\"; "
           "style=rounded; color=\"#999999\"; fontsize=10;\n");
  for (size_t i = 0; good && i < STYLE_COUNT; i++) {
    char id[32];
    snprintf(id, sizeof id, "legend_%zu", i);
    if (used[i])
      good = append_node(buf, "    ", id, styles[i].legend, i);
  }
  if (good && hidden > 0)
    good = append_omitted_note(buf, hidden);
  return good && fg_buf_append_str(buf, "  }\n");
}

static bool append_dot(FgBuf *buf, const DotView *v) {
  bool used[STYLE_COUNT] = {false};
  bool good = fg_buf_append_str(buf, header) && append_nodes(buf, v, used);
  for (size_t i = 0; good && i < v->edge_count; i++)
    good = append_edge(buf, v, &v->edges[i]);
  return good && append_legend(buf, used, v->hidden) &&
         fg_buf_append_str(buf, "}\n");
}

/* The view is small (max_nodes bounds the nodes, edges follow them), so
 * the text is built whole and written once. */
FgStatus fg_write_dot(const FgGraph *graph, const FgOntology *onto,
                      const FgWriteOptions *options, FILE *out, FgDiagFunc diag,
                      void *handle) {
  if (!graph || !out)
    return FG_ERR_USAGE;
  FgWriteOptions defaults = fg_write_options_default();
  DotView v = {.graph = graph,
               .onto = onto,
               .focus = SIZE_MAX,
               .entity_count = fg_graph_entity_count(graph)};
  FgStatus st = build_view(&v, options ? options : &defaults, diag, handle);
  FgBuf text;
  fg_buf_init(&text);
  if (st == FG_OK && !append_dot(&text, &v))
    st = FG_ERR_NOMEM;
  if (st == FG_OK && (fwrite(text.data, 1, text.len, out) != text.len ||
                      fflush(out) == EOF || ferror(out)))
    st = FG_ERR_IO;
  fg_buf_free(&text);
  view_free(&v);
  return st;
}
