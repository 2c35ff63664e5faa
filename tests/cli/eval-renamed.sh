#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `make eval-renamed`: the seeds and dev-news with every name replaced by
# an invented one (tests/cli/rename-names.py), scored against their gold
# renamed the same way, once per draw of invented names. Draws use the
# seeds 1..N, so the figures are the same on every run.
#   usage: eval-renamed.sh [--draws N] [--keep] BIN SHARED
# --keep leaves the renamed articles and gold in the temporary directory
# (its name is printed) instead of removing it.
set -euo pipefail

draws=3 keep=0
while [ "$#" -gt 0 ]; do
  case $1 in
  --draws) draws=$2; shift 2 ;;
  --keep) keep=1; shift ;;
  *) break ;;
  esac
done
if [ "$#" -ne 2 ] || ! [[ "$draws" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: $0 [--draws N] [--keep] BIN SHARED" >&2
  exit 2
fi
bin=$1 shared=$2
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [ ! -f "$shared/tools/score-facts" ]; then
  echo "eval-renamed: skipped, $shared/ is missing (expected beside the checkout, with tools/score-facts)"
  exit 0
fi
. "$root/tests/cli/score-set.sh"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fg-renamed.XXXXXX")
if [ "$keep" -eq 1 ]; then
  echo "eval-renamed: renamed copies kept in $tmp"
else
  trap 'rm -rf "$tmp"' EXIT
fi

# renamed_set NAME SEED DOCS_DIR ENTITIES FACTS: renames one set into
# $tmp/NAME-SEED and scores it.
renamed_set() {
  local name=$1 seed=$2
  local out=$tmp/$name-$seed
  shift 2
  "$SCORE_PYTHON" "$root/tests/cli/rename-names.py" --seed "$seed" \
    --ontology "$root/ontology" --out "$out" "$@" | sed 's/^/  /'
  score_set "$bin" "$shared" "$out/facts-out.tsv" "$out/entities.tsv" \
    "$out/facts.tsv" -- "$out"/docs/*.txt | tee "$out.score"
}

# summary NAME: "NAME core 28, 28, 25/30, precision 0.89, 0.94, 0.91".
summary() {
  local core precision seed scores=()
  for seed in $(seq 1 "$draws"); do
    [ ! -f "$tmp/$1-$seed.score" ] || scores+=("$tmp/$1-$seed.score")
  done
  [ "${#scores[@]}" -gt 0 ] || return 0
  core=$(sed -n 's/^core recall \([0-9]*\)\/\([0-9]*\) .*/\1 \2/p' "${scores[@]}" |
    awk '{ s = s (NR > 1 ? ", " : "") $1; n = $2 } END { if (s != "") print s "/" n }')
  precision=$(sed -n 's/^score:.*precision_known=\([0-9.]*\).*/\1/p' "${scores[@]}" |
    paste -sd, - | sed 's/,/, /g')
  echo "$1: core $core, precision $precision"
}

for seed in $(seq 1 "$draws"); do
  echo "== draw $seed: seeds, renamed"
  renamed_set seeds "$seed" "$shared/seeds" "$shared/gold/seed-entities.tsv" \
    "$shared/gold/seed-facts.tsv"
  if [ -f "$shared/dev-news/facts.tsv" ]; then
    echo "== draw $seed: dev-news, renamed"
    renamed_set dev-news "$seed" "$shared/dev-news/docs" \
      "$shared/dev-news/entities.tsv" "$shared/dev-news/facts.tsv"
  fi
done

echo
echo "== renamed, $draws draw(s)"
summary seeds
summary dev-news
