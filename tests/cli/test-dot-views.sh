#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Every DOT view renders with `dot` without a single warning, and draws
# exactly the facts it should: check-dot.py recomputes each view's nodes
# and edges (with their line styles) from the facts TSV.
# - Views on the fixtures and the samples: the whole graph, --cluster,
#   --focus by label and by another spelling (the same view), --depth 0, 1
#   and 2, --min-sources 2, and the limits --max-nodes and --max-edges,
#   whose legend says how much they left out. In the whole graph no edge
#   label overlaps another label (check-svg-labels.py). Each news relation
#   (worksFor, charged, ...) has a label of words, and the samples' view
#   draws the ones sample 13 states with it.
# - A big synthetic run (about a thousand entities and two thousand facts):
#   the default view stays within the limits, says what it left out, has no
#   label anywhere near DOT's 16 KB string limit, and `dot` lays it out in
#   seconds.
. "$(dirname "$0")/lib.sh"
need_tool dot timeout "$PY"

ONTOLOGY=$ROOT/ontology/factgraph.ttl

# view NAME TSV [CHECK-ARGS...] -- [FACTGRAPH-ARGS...] INPUTS: writes
# NAME.dot with the factgraph options, renders it and checks it.
view() {
  local name=$1 tsv=$2
  shift 2
  local check=()
  while [ "$1" != "--" ]; do check+=("$1"); shift; done
  shift
  fg -f dot "$@"
  expect_status 0 "factgraph -f dot $name"
  cp "$TMP/stdout" "$name.dot"
  valid_dot "$name.dot"
  "$PY" "$ROOT/tests/cli/check-dot.py" "$name.dot" "$tsv" "$ONTOLOGY" "${check[@]}" \
    >"$name.counts" 2>"$TMP/check.err" ||
    fail "view $name draws other facts than the TSV says:
$(head -c 3000 "$TMP/check.err")"
}

# fact_edges DOT: the edges that draw facts (not the legend's).
fact_edges() {
  grep -cE '^ +[nv][0-9]+ -> [nv][0-9]+ ' "$1" || true
}

# entity_nodes DOT: the nodes that draw entities or values.
entity_nodes() {
  grep -cE '^ +[nv][0-9]+ \[' "$1" || true
}

# Every kind of view of one run.
views() {
  local run=$1 focus=$2 other_spelling=$3
  shift 3
  fg -o "$run.tsv" "$@"
  expect_status 0 "export of $run"
  view "$run-all" "$run.tsv" -- "$@"
  view "$run-cluster" "$run.tsv" -- --cluster "$@"
  grep -q '^  subgraph cluster_type_' "$run-cluster.dot" || fail "--cluster draws no clusters"
  [ "$(sed -n '/cluster_type_/,/^  }/p' "$run-cluster.dot" | grep -cE '^    [nv][0-9]+ \[')" \
    -eq "$(entity_nodes "$run-all.dot")" ] || fail "--cluster leaves nodes outside the type boxes"
  local depth
  for depth in 0 1 2; do
    view "$run-focus$depth" "$run.tsv" --focus "$focus" --depth "$depth" \
      -- --focus "$focus" --depth "$depth" "$@"
  done
  view "$run-spelling" "$run.tsv" --focus "$focus" -- --focus "$other_spelling" "$@"
  cmp -s "$run-spelling.dot" "$run-focus1.dot" ||
    fail "--focus '$other_spelling' and --focus '$focus' draw different views"
  view "$run-min2" "$run.tsv" --min-sources 2 -- --min-sources 2 "$@"
  [ "$(fact_edges "$run-min2.dot")" -ge 1 ] || fail "$run: no fact has two sources"
  view "$run-min3" "$run.tsv" --min-sources 3 -- --min-sources 3 "$@"
  [ "$(fact_edges "$run-min3.dot")" -lt "$(fact_edges "$run-all.dot")" ] ||
    fail "$run: --min-sources 3 leaves every fact in"
}

cd "$TMP"
views fixtures "Khalid Al Nouri" "khalid al-nouri" "$ROOT"/tests/fixtures/*.txt
grep -q 'style=dashed' fixtures-all.dot || fail "the former leader is not dashed"
grep -q 'style=dotted' fixtures-all.dot || fail "the hedged membership is not dotted"
grep -q 'legend_edge_1_from -> legend_edge_1_to \[label="former"' fixtures-all.dot ||
  fail "the legend does not show the former style"

# The samples: the focus is the entity with the most spellings.
mapfile -t inputs < <(sample_files)
fg -f nt "${inputs[@]}"
expect_status 0 "export of the samples"
pick=$(
  "$PY" - "$TMP/stdout" <<'PY'
import sys
from rdflib import Graph
from rdflib.namespace import RDFS, SKOS
g = Graph().parse(sys.argv[1], format="nt")
best = max(sorted(g.subjects(SKOS.altLabel)), key=lambda e: len(list(g.objects(e, SKOS.altLabel))))
print(g.value(best, RDFS.label))
print(sorted(g.objects(best, SKOS.altLabel))[0])
PY
) || fail "cannot pick an entity with two spellings in the samples"
focus=$(sed -n 1p <<<"$pick") spelling=$(sed -n 2p <<<"$pick")
# limits above the samples' size: these views check the whole graph (the
# default limits, for huge graphs, are checked below and on the big run)
views samples "$focus" "$spelling" --max-nodes 1000 --max-edges 1000 "${inputs[@]}"

# The news relations have labels for their edges, words and not local names
# ("works for", not "worksFor"), and the samples' view draws those that
# sample 13 states with them.
"$PY" - "$ONTOLOGY" <<'PY' || fail "a news relation has no DOT label of its own"
import sys
from rdflib import Graph, Literal, Namespace
from rdflib.namespace import RDFS
FG = Namespace("https://w3id.org/factgraph/ontology#")
g = Graph().parse(sys.argv[1])
news = ("worksFor bornIn diedIn spouseOf parentOf siblingOf educatedAt owns subsidiaryOf "
        "acquired injured kidnapped released charged convicted sentenced sued accused "
        "threatened negotiatedWith invaded controls").split()
bad = []
for p in news:
    labels = [str(l) for l in g.objects(FG[p], RDFS.label)
              if isinstance(l, Literal) and l.language in (None, "en")]
    if len(labels) != 1 or labels[0] != labels[0].lower() or labels[0].replace(" ", "") != p.lower():
        bad.append(f"{p}: {labels}")
if bad:
    sys.exit("\n".join(bad))
PY
for label in 'works for' 'works for [former]' convicted sentenced charged sued acquired; do
  grep -qE -- "-> [nv][0-9]+ \[label=\"$(sed 's/[][]/\\&/g' <<<"$label")"'(\\n[-0-9]+)?"' samples-all.dot ||
    fail "the samples' view has no '$label' edge"
done

# Edge labels do not overlap other labels in the whole graph.
for run in fixtures samples; do
  dot -Tsvg "$run-all.dot" -o "$run-all.svg"
  "$PY" "$ROOT/tests/cli/check-svg-labels.py" "$run-all.svg" >/dev/null \
    2>"$TMP/labels.err" || fail "$run: $(head -c 2000 "$TMP/labels.err")"
done

# The limits, with the note of what they left out.
total_edges=$(fact_edges samples-all.dot)
fg -f dot --max-edges 5 "${inputs[@]}"
expect_status 0 "--max-edges 5"
cp "$TMP/stdout" max-edges.dot
valid_dot max-edges.dot
[ "$(fact_edges max-edges.dot)" -eq 5 ] || fail "--max-edges 5 draws $(fact_edges max-edges.dot) facts"
grep -q "$((total_edges - 5)) more facts not shown" max-edges.dot ||
  fail "--max-edges 5 does not say that $((total_edges - 5)) facts were left out"
fg -f dot --max-nodes 10 "${inputs[@]}"
expect_status 0 "--max-nodes 10"
cp "$TMP/stdout" max-nodes.dot
valid_dot max-nodes.dot
[ "$(entity_nodes max-nodes.dot)" -le 10 ] || fail "--max-nodes 10 draws $(entity_nodes max-nodes.dot) nodes"
grep -q 'more nodes not shown' max-nodes.dot || fail "--max-nodes 10 does not say what it left out"
fg -f dot --max-edges many "${inputs[@]}"
expect_status 2 "--max-edges many"
fg -f dot --cluster=yes "${inputs[@]}"
expect_status 2 "--cluster=yes"

# A big run of invented articles: 700 people, 300 organisations.
mkdir big
"$PY" - big <<'PY'
import os, random, sys
random.seed(11)
syllables = "ka lo mi ren sa tor vel dan ris nor bel ta qui zan mar fe lin go pra su".split()
def word(n):
    return "".join(random.choice(syllables) for _ in range(n)).capitalize()
people = sorted({f"{word(2)} {word(3)}" for _ in range(700)})
orgs = sorted({f"{word(2)} {random.choice(['Association', 'Federation', 'Institute'])}"
               for _ in range(300)})
for d in range(150):
    lines = [f"Report {d}", "", f"March {d % 28 + 1}, 2026", ""]
    for _ in range(16):
        p, q, o = random.choice(people), random.choice(people), random.choice(orgs)
        lines += [random.choice([f"{p} leads the {o}.", f"{p} met with {q} in Oslo.",
                                 f"{p} praised {q}.", f"The {o} joined the {random.choice(orgs)}."]), ""]
    with open(os.path.join(sys.argv[1], f"doc{d:03d}.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
PY
fg -o big.dot -o big.tsv big/*.txt
expect_status 0 "the big run"
facts=$(awk -F '\t' 'NR > 1 && $6 !~ /negated=true/' big.tsv | wc -l)
[ "$facts" -ge 1000 ] || fail "the big run has only $facts facts"
nodes=$(entity_nodes big.dot) edges=$(fact_edges big.dot)
[ "$nodes" -le 150 ] && [ "$edges" -le 250 ] ||
  fail "the big run's default view draws $nodes nodes and $edges facts"
grep -q "$((facts - edges)) more facts not shown" big.dot ||
  fail "the big run's view does not say that $((facts - edges)) of $facts facts were left out"
longest=$(grep -o '"[^"]*"' big.dot | awk '{ if (length > n) n = length } END { print n + 0 }')
[ "$longest" -le 300 ] || fail "a quoted string of $longest bytes in the DOT"
started=$(date +%s.%N)
timeout 60 dot -Tsvg big.dot -o big.svg 2>big.err ||
  fail "dot needs more than a minute (or fails) on the big run's view: $(head -c 2000 big.err)"
[ ! -s big.err ] || fail "dot warns on the big run's view: $(head -c 2000 big.err)"
seconds=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
awk -v s="$seconds" 'BEGIN { exit !(s <= 15) }' ||
  fail "dot takes ${seconds}s on the big run's default view"
echo "big run: $facts facts, view of $nodes nodes and $edges facts, dot ${seconds}s"
