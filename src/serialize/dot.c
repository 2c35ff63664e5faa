/* SPDX-License-Identifier: MIT */
/* GraphViz DOT, written by hand (it is not RDF): one node per entity in an
 * asserted fact, one edge per asserted fact (former ones dashed, hedged and
 * planned ones dotted), a legend of what is drawn, optionally one cluster
 * per entity type. Denied facts are never drawn.
 *
 * `dot` needs minutes for about a thousand nodes and edges, so a view keeps
 * at most max_nodes nodes (the most connected) and max_edges edges (the
 * best attested) and says in the legend how much it left out. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "serialize/lexical.h"
#include "serialize/writers.h"
#include "text/utf8.h"
#include "util/buf.h"
#include "util/intern.h"

#define DEFAULT_MAX_NODES 150
/* Measured here on a dense synthetic run: 150 nodes with 250 edges lay out
 * in 0.3 s, with 400 edges in 2 s, with 600 edges in over two minutes. */
#define DEFAULT_MAX_EDGES 250
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
  size_t candidate_nodes, candidate_edges; /* in the view before the limits */
  size_t shown_nodes;
  bool cluster;   /* one cluster per node style */
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
 * drop_isolated, keeps only nodes that still have an edge (and the focus).
 * Counts the nodes kept. */
static void prune(DotView *v, bool drop_isolated) {
  size_t kept = 0, nodes = 0;
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
  for (size_t n = 0; n < v->node_count; n++) {
    if (drop_isolated)
      v->keep[n] = v->degree[n] > 0 || n == v->focus;
    nodes += v->keep[n];
  }
  v->shown_nodes = nodes;
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
  }
  free(ranks);
  return FG_OK;
}

/* Edge ranks: more sources first, then higher confidence, then graph
 * order, so the cut is deterministic. */
typedef struct {
  Edge edge;
  size_t sources;
  double confidence;
  size_t order;
} EdgeRank;

static int cmp_edge_rank(const void *pa, const void *pb) {
  const EdgeRank *a = pa, *b = pb;
  if (a->sources != b->sources)
    return a->sources > b->sources ? -1 : 1;
  if (a->confidence != b->confidence)
    return a->confidence > b->confidence ? -1 : 1;
  return (a->order > b->order) - (a->order < b->order);
}

static int cmp_edge_order(const void *pa, const void *pb) {
  const EdgeRank *a = pa, *b = pb;
  return (a->order > b->order) - (a->order < b->order);
}

/* Keeps the max_edges best attested edges, in their original order, and
 * drops the nodes whose every edge this cut. */
static FgStatus keep_strongest_edges(DotView *v, size_t max_edges) {
  if (v->edge_count <= max_edges)
    return FG_OK;
  EdgeRank *ranks = malloc(v->edge_count * sizeof(EdgeRank));
  bool *had_edge = malloc(v->node_count * sizeof(bool));
  if (!ranks || !had_edge) {
    free(ranks);
    free(had_edge);
    return FG_ERR_NOMEM;
  }
  for (size_t n = 0; n < v->node_count; n++)
    had_edge[n] = v->degree[n] > 0;
  for (size_t i = 0; i < v->edge_count; i++) {
    const FgFact *fact = fg_graph_fact(v->graph, v->edges[i].fact);
    ranks[i] = (EdgeRank){v->edges[i], fact->source_count, fact->confidence, i};
  }
  qsort(ranks, v->edge_count, sizeof(EdgeRank), cmp_edge_rank);
  qsort(ranks, max_edges, sizeof(EdgeRank), cmp_edge_order);
  for (size_t i = 0; i < max_edges; i++)
    v->edges[i] = ranks[i].edge;
  v->edge_count = max_edges;
  free(ranks);
  prune(v, false);
  for (size_t n = 0; n < v->node_count; n++)
    if (had_edge[n] && v->degree[n] == 0 && n != v->focus && v->keep[n]) {
      v->keep[n] = false;
      v->shown_nodes--;
    }
  free(had_edge);
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
  v->candidate_nodes = v->shown_nodes;
  v->candidate_edges = v->edge_count;
  v->cluster = opt->cluster_by_type;
  st = keep_most_connected(v, opt->max_nodes ? opt->max_nodes
                                             : DEFAULT_MAX_NODES);
  if (st != FG_OK)
    return st;
  return keep_strongest_edges(v, opt->max_edges ? opt->max_edges
                                                : DEFAULT_MAX_EDGES);
}

/* ---- DOT text ---------------------------------------------------------- */

/* Invalid UTF-8 and noncharacters become U+FFFD (Graphviz warns about
 * the one, Pango about the other), control characters a space, a newline
 * DOT's own "\n". Graphviz reads HTML entities in every label ("&amp;",
 * "&#1;") and writes them into SVG as they are: '&' is written "&amp;",
 * so a label shows what the text says and the SVG stays well-formed. */
static bool append_escaped_char(FgBuf *buf, const char *s, size_t len,
                                uint32_t c) {
  if (len == 0 || fg_utf8_is_noncharacter((int32_t)c))
    return fg_buf_append_str(buf, "\xEF\xBF\xBD");
  if (c == '&')
    return fg_buf_append_str(buf, "&amp;");
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

/* extra: more attributes, "" for none. */
static bool append_node(FgBuf *buf, const char *indent, const char *id,
                        const char *label, size_t style, const char *extra) {
  return fg_buf_append_str(buf, indent) && fg_buf_append_str(buf, id) &&
         fg_buf_append_str(buf, " [label=") && append_quoted(buf, label) &&
         fg_buf_append_str(buf, ", shape=") &&
         fg_buf_append_str(buf, styles[style].shape) &&
         fg_buf_append_str(buf, ", fillcolor=\"") &&
         fg_buf_append_str(buf, styles[style].fill) &&
         fg_buf_append_str(buf, "\"") && fg_buf_append_str(buf, extra) &&
         fg_buf_append_str(buf, "];\n");
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

/* ---- edge styles ------------------------------------------------------- */

/* How an asserted fact is drawn; the legend shows the kinds in use. */
typedef enum { EDGE_ASSERTED, EDGE_FORMER, EDGE_UNCERTAIN, EDGE_KINDS } EdgeKind;

static const struct {
  const char *legend;
  const char *attrs;
} edge_styles[EDGE_KINDS] = {
    [EDGE_ASSERTED] = {"stated", ""},
    [EDGE_FORMER] = {"former", ", style=dashed, color=\"#999999\""},
    [EDGE_UNCERTAIN] = {"hedged or planned", ", style=dotted"},
};

static const char *const modality_tags[] = {
    [FG_MODALITY_ASSERTED] = NULL,
    [FG_MODALITY_HEDGED] = "hedged",
    [FG_MODALITY_FUTURE] = "planned",
};

static EdgeKind edge_kind(const FgFactInput *c) {
  if (c->former)
    return EDGE_FORMER;
  return c->modality == FG_MODALITY_ASSERTED ? EDGE_ASSERTED : EDGE_UNCERTAIN;
}

/* " [former, hedged]": the qualifiers the style stands for, in words too. */
static bool append_tags(FgBuf *buf, const FgFactInput *c) {
  const char *tags[2] = {c->former ? "former" : NULL,
                         modality_tags[c->modality]};
  bool open = false, good = true;
  for (size_t i = 0; good && i < 2; i++) {
    if (!tags[i])
      continue;
    good = fg_buf_append_str(buf, open ? ", " : " [") &&
           fg_buf_append_str(buf, tags[i]);
    open = true;
  }
  return good && (!open || fg_buf_append_char(buf, ']'));
}

/* "leader of (President) [former]\n2024-12": property label, role,
 * qualifiers, time. */
static bool append_edge_label(FgBuf *buf, const DotView *v,
                              const FgFactInput *c) {
  bool good = fg_buf_append_str(buf, " [label=\"") &&
              append_text(buf, property_label(v, c->predicate));
  if (good && c->role)
    good = fg_buf_append_str(buf, " (") && append_text(buf, c->role) &&
           fg_buf_append_char(buf, ')');
  good = good && append_tags(buf, c);
  if (good && c->time)
    good = fg_buf_append_str(buf, "\\n") && append_text(buf, c->time);
  return good && fg_buf_append_char(buf, '"');
}

static bool append_edge(FgBuf *buf, const DotView *v, const Edge *e,
                        bool used_kinds[]) {
  const FgFact *fact = fg_graph_fact(v->graph, e->fact);
  const FgFactInput *c = &fact->claim;
  char from[32], to[32];
  node_id(v, e->from, from);
  node_id(v, e->to, to);
  EdgeKind kind = edge_kind(c);
  used_kinds[kind] = true;
  return fg_buf_append_str(buf, "  ") && fg_buf_append_str(buf, from) &&
         fg_buf_append_str(buf, " -> ") && fg_buf_append_str(buf, to) &&
         append_edge_label(buf, v, c) &&
         append_penwidth(buf, fact->source_count) &&
         fg_buf_append_str(buf, edge_styles[kind].attrs) &&
         fg_buf_append_str(buf, "];\n");
}

/* ---- the document ------------------------------------------------------ */

static const char header[] =
    "digraph factgraph {\n"
    "  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=12, "
    "nodesep=0.3, ranksep=0.8];\n"
    "  node [fontname=\"Helvetica\", fontsize=11, style=filled, "
    "penwidth=0.8];\n"
    "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\", "
    "fontcolor=\"#333333\"];\n";

/* The kept nodes of one style (SIZE_MAX: of every style). */
static bool append_nodes_of(FgBuf *buf, const DotView *v, size_t style,
                            const char *indent, bool used[]) {
  for (size_t n = 0; n < v->node_count; n++) {
    size_t s = v->keep[n] ? node_style(v, n) : SIZE_MAX;
    if (s == SIZE_MAX || (style != SIZE_MAX && s != style))
      continue;
    char id[32];
    node_id(v, n, id);
    used[s] = true;
    /* The focus entity stands out with a heavier border. */
    const char *extra = n == v->focus ? ", penwidth=2.5" : "";
    if (!append_node(buf, indent, id, node_label(v, n), s, extra))
      return false;
  }
  return true;
}

static bool has_style(const DotView *v, size_t style) {
  for (size_t n = 0; n < v->node_count; n++)
    if (v->keep[n] && node_style(v, n) == style)
      return true;
  return false;
}

/* One cluster per node style, labelled with the style's name. */
static bool append_clusters(FgBuf *buf, const DotView *v, bool used[]) {
  bool good = true;
  for (size_t i = 0; good && i < STYLE_COUNT; i++) {
    if (!has_style(v, i))
      continue;
    char open[160];
    snprintf(open, sizeof open,
             "  subgraph cluster_type_%zu {\n    label=\"%s\"; style=dashed; "
             "color=\"#bbbbbb\"; fontsize=11;\n",
             i, styles[i].legend);
    good = fg_buf_append_str(buf, open) &&
           append_nodes_of(buf, v, i, "    ", used) &&
           fg_buf_append_str(buf, "  }\n");
  }
  return good;
}

static bool append_omitted_note(FgBuf *buf, const DotView *v) {
  size_t nodes = v->candidate_nodes - v->shown_nodes;
  size_t facts = v->candidate_edges - v->edge_count;
  char label[256];
  snprintf(label, sizeof label,
           "%zu more nodes not shown, %zu more facts not shown:\\n"
           "drawn are the %zu most connected nodes\\n"
           "and the %zu best attested facts between them",
           nodes, facts, v->shown_nodes, v->edge_count);
  return fg_buf_append_str(buf, "    omitted [label=\"") &&
         fg_buf_append_str(buf, label) &&
         fg_buf_append_str(buf, "\", shape=note, fillcolor=\"#ffffff\"];\n");
}

/* A short sample edge per edge kind in use, labelled with its meaning. */
static bool append_edge_legend(FgBuf *buf, const bool used_kinds[]) {
  bool good = true;
  for (size_t k = 0; good && k < EDGE_KINDS; k++) {
    if (!used_kinds[k])
      continue;
    char line[256];
    snprintf(line, sizeof line,
             "    legend_edge_%zu_from [label=\"\", shape=point, width=0.05];\n"
             "    legend_edge_%zu_to [label=\"\", shape=point, width=0.05];\n"
             "    legend_edge_%zu_from -> legend_edge_%zu_to [label=\"%s\"%s];\n",
             k, k, k, k, edge_styles[k].legend, edge_styles[k].attrs);
    good = fg_buf_append_str(buf, line);
  }
  return good;
}

static bool append_legend(FgBuf *buf, const DotView *v, const bool used[],
                          const bool used_kinds[]) {
  bool hidden = v->shown_nodes < v->candidate_nodes ||
                v->edge_count < v->candidate_edges;
  bool any = hidden;
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
      good = append_node(buf, "    ", id, styles[i].legend, i, "");
  }
  good = good && append_edge_legend(buf, used_kinds);
  if (good && hidden)
    good = append_omitted_note(buf, v);
  return good && fg_buf_append_str(buf, "  }\n");
}

static bool append_dot(FgBuf *buf, const DotView *v) {
  bool used[STYLE_COUNT] = {false};
  bool used_kinds[EDGE_KINDS] = {false};
  bool good = fg_buf_append_str(buf, header) &&
              (v->cluster ? append_clusters(buf, v, used)
                          : append_nodes_of(buf, v, SIZE_MAX, "  ", used));
  for (size_t i = 0; good && i < v->edge_count; i++)
    good = append_edge(buf, v, &v->edges[i], used_kinds);
  return good && append_legend(buf, v, used, used_kinds) &&
         fg_buf_append_str(buf, "}\n");
}

/* The view is small (the limits bound nodes and edges), so the text is
 * built whole and written once. */
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
