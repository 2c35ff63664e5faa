#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `make run`: exports the sample articles into OUT/ in every format and,
# when Graphviz is installed, renders the graph (graph.svg, graph.png), the
# same grouped by entity type (types.svg) and a view around its most
# connected entity (focus.svg, focus.png).
#   usage: make-run.sh BIN SAMPLES OUT
set -euo pipefail

if [ "$#" -ne 3 ]; then
  echo "usage: $0 BIN SAMPLES OUT" >&2
  exit 2
fi
bin=$1 samples=$2 out=$3

shopt -s nullglob
inputs=("$samples"/*.txt "$samples"/*.html "$samples"/*.htm "$samples"/*.xml)
shopt -u nullglob
if [ "${#inputs[@]}" -eq 0 ]; then
  echo "run: no articles in $samples" >&2
  exit 1
fi

mkdir -p "$out"
log=$(mktemp)
trap 'rm -f "$log"' EXIT

echo "run: exporting ${#inputs[@]} articles from $samples into $out/"
status=0
"$bin" -v -o "$out/graph.ttl" -o "$out/graph.nt" -o "$out/graph.nq" \
  -o "$out/graph.dot" -o "$out/facts.tsv" "${inputs[@]}" 2>"$log" || status=$?
# Progress lines are noise here; warnings and errors are not.
grep -Ev '^factgraph: (\[[0-9]+/[0-9]+\] |wrote )' "$log" || true
if [ "$status" -ne 0 ] && [ ! -s "$out/graph.nt" ]; then
  echo "run: factgraph failed (exit $status), nothing exported" >&2
  exit "$status"
fi

written=(graph.ttl graph.nt graph.nq graph.dot facts.tsv)
if command -v dot >/dev/null 2>&1; then
  dot -Tsvg "$out/graph.dot" -o "$out/graph.svg" && written+=(graph.svg)
  dot -Tpng "$out/graph.dot" -o "$out/graph.png" && written+=(graph.png)
  # The same graph with one box per entity type.
  if "$bin" -q --cluster -o "$out/types.dot" "${inputs[@]}" &&
    dot -Tsvg "$out/types.dot" -o "$out/types.svg"; then
    written+=(types.dot types.svg)
  fi
  # The most connected entity: the label named most often in the facts.
  focus=$(awk -F '\t' 'NR > 1 { n[$1]++; if ($5 != "literal") n[$4]++ }
    END { for (k in n) if (n[k] > best || (n[k] == best && k < name)) { best = n[k]; name = k }
          print name }' "$out/facts.tsv")
  if [ -n "$focus" ]; then
    if "$bin" -q --focus "$focus" -o "$out/focus.dot" "${inputs[@]}" &&
      dot -Tsvg "$out/focus.dot" -o "$out/focus.svg" &&
      dot -Tpng "$out/focus.dot" -o "$out/focus.png"; then
      written+=(focus.dot focus.svg focus.png)
      echo "run: focus view around '$focus'"
    fi
  fi
else
  echo "run: dot is not installed (make deps): no SVG or PNG"
fi

facts=$(($(wc -l <"$out/facts.tsv") - 1))
entities=$(awk -F '\t' 'NR > 1 { seen[$1]; if ($5 != "literal") seen[$4] }
  END { print length(seen) }' "$out/facts.tsv")
triples=$(grep -c . "$out/graph.nt" || true)
echo "run: $facts facts about $entities entities, $triples triples"
echo "run: wrote ${#written[@]} files in $out/:"
for f in "${written[@]}"; do
  printf '  %-10s %10s bytes\n' "$f" "$(wc -c <"$out/$f")"
done
exit "$status"
