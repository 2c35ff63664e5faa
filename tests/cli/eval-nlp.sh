#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `make eval-nlp`: the CoNLL 2018 shared-task scores (F1 x100, fg-nlp-eval)
# of the front end on the EWT and GUM test sets, from raw text (rebuilt
# from the `# text` lines with their document and paragraph breaks) and
# from the gold tokens (--input-format conllu, the gold's documents in the
# order of their ids, as factgraph writes them); Tokens and Sentences on
# PUD test from raw text. A stage whose model is missing shows `-`.
#   usage: eval-nlp.sh BIN EVAL_BIN SHARED
set -euo pipefail

if [ "$#" -ne 3 ]; then
  echo "usage: $0 BIN EVAL_BIN SHARED" >&2
  exit 2
fi
bin=$1 eval=$2 corpora=$3/corpora
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [ ! -f "$corpora/ud-en-ewt/test.conllu" ]; then
  echo "eval-nlp: skipped, $corpora/ is missing (expected ../shared beside the checkout)"
  exit 0
fi
python=/usr/bin/python3
[ -x "$python" ] || python=python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# score LABEL GOLD [factgraph options]: one row of the table
score() {
  local label=$1 gold=$2 name
  shift 2
  name=$(echo "$label" | tr -c 'a-zA-Z0-9\n' '-')
  if [ "${1:-}" = raw ]; then
    "$python" "$root/tests/cli/conllu-text.py" "$gold" >"$tmp/$name.txt"
    "$bin" -q -f conllu "$tmp/$name.txt" >"$tmp/$name.conllu"
  else
    # factgraph writes the documents in the order of their ids: so is the
    # gold scored (EWT's are not in that order; the counts are the same)
    "$python" "$root/tests/cli/conllu-sort.py" "$gold" >"$tmp/$name.gold.conllu"
    gold=$tmp/$name.gold.conllu
    "$bin" -q --input-format conllu -f conllu "$gold" >"$tmp/$name.conllu"
  fi
  "$eval" --row "$label" "$gold" "$tmp/$name.conllu"
}

{
  printf 'corpus\tTokens\tSentences\tWords\tUPOS\tXPOS\tUFeats\tLemmas\tUAS\tLAS\tLAS-full\n'
  for c in ewt gum; do
    name=$(echo "$c" | tr a-z A-Z)
    score "$name test, raw text" "$corpora/ud-en-$c/test.conllu" raw
    score "$name test, gold tokens" "$corpora/ud-en-$c/test.conllu" gold
  done
  score "PUD test, raw text" "$corpora/ud-en-pud/test.conllu" raw | cut -f1-3
} | column -t -s "$(printf '\t')"
echo "(F1 x 100, CoNLL 2018 alignment; LAS ignores relation subtypes, LAS-full does not;"
echo " '-': that stage has no model yet, and a parser-less run writes a flat tree)"
