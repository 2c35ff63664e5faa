#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The five seed articles in shared/: every output is valid for rapper,
# serdi, rdflib and dot, and the facts score against shared/gold with no
# negative fact asserted and core recall at least seeds_core_min.
. "$(dirname "$0")/lib.sh"
need_tool rapper serdi dot "$PY"

seeds=("$SHARED"/seeds/*.txt)
[ -e "${seeds[0]}" ] || skip "no $SHARED/seeds/*.txt"

cd "$TMP"
export_all "${seeds[@]}"

if [ -f "$SHARED/tools/score-facts" ]; then
  score x.tsv "$SHARED/gold/seed-entities.tsv" "$SHARED/gold/seed-facts.tsv" \
    "$(threshold seeds_core_min)" "$(threshold seeds_extra_min)" \
    "$(threshold seeds_precision_min)"
else
  echo "  $TEST: no $SHARED/tools/score-facts, facts not scored"
fi

# Every gold entity is exactly one node: no spelling split off, no two
# entities merged.
if [ -f "$SHARED/gold/seed-entities.tsv" ]; then
  "$PY" "$ROOT/tests/cli/check-gold.py" entities x.nt "$SHARED/gold/seed-entities.tsv" >entities.out ||
    fail "seed entities: $(cat entities.out)"
fi

# Headline, date, author and publisher where the text states them, and
# nothing where it does not.
if [ -f "$SHARED/gold/seed-documents.tsv" ]; then
  "$PY" "$ROOT/tests/cli/check-gold.py" documents x.nt "$SHARED/gold/seed-documents.tsv" >documents.out ||
    fail "seed documents: $(cat documents.out)"
fi
