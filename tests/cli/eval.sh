#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `make eval`: scores the seed articles against shared/gold (verbose:
# missed facts, wrongly asserted negatives, unmatched rows), the dev-news
# articles against shared/dev-news, then the samples against
# samples/expected-*.tsv.
#   usage: eval.sh BIN SHARED
set -euo pipefail

if [ "$#" -ne 2 ]; then
  echo "usage: $0 BIN SHARED" >&2
  exit 2
fi
bin=$1 shared=$2
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
score=$shared/tools/score-facts
if [ ! -f "$score" ]; then
  echo "eval: $shared/ is missing (expected beside the checkout, with tools/score-facts)" >&2
  exit 1
fi
. "$root/tests/cli/score-set.sh"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== seeds: $shared/seeds against $shared/gold"
score_set "$bin" "$shared" "$tmp/seeds.tsv" "$shared/gold/seed-entities.tsv" \
  "$shared/gold/seed-facts.tsv" --verbose -- "$shared"/seeds/*.txt

echo
echo "== dev-news: $shared/dev-news/docs against $shared/dev-news (real news: the development set for relations)"
if [ -f "$shared/dev-news/facts.tsv" ]; then
  score_set "$bin" "$shared" "$tmp/dev-news.tsv" "$shared/dev-news/entities.tsv" \
    "$shared/dev-news/facts.tsv" -- "$shared"/dev-news/docs/*.txt
else
  echo "no $shared/dev-news/facts.tsv"
fi

echo
echo "== samples: $root/samples against samples/expected-*.tsv"
if [ -f "$root/samples/expected-facts.tsv" ] &&
  [ -f "$root/samples/expected-entities.tsv" ]; then
  score_set "$bin" "$shared" "$tmp/samples.tsv" "$root/samples/expected-entities.tsv" \
    "$root/samples/expected-facts.tsv" -- "$root"/samples/*.txt
else
  echo "no samples/expected-facts.tsv and expected-entities.tsv yet"
fi
