#!/usr/bin/env bash
# The five seed articles in shared/: every output is valid for rapper,
# serdi, rdflib and dot, and the facts score against shared/gold with no
# negative fact asserted and core recall at least seeds_core_min.
. "$(dirname "$0")/lib.sh"
need_tool rapper serdi dot "$PY"

seeds=("$SHARED"/seeds/*.txt)
[ -e "${seeds[0]}" ] || skip "no $SHARED/seeds/*.txt"

cd "$TMP"
fg -o x.ttl -o x.nt -o x.nq -o x.dot -o x.tsv "${seeds[@]}"
expect_status 0 "export of the seeds"
ttl=$(valid_rdf x.ttl)
nt=$(valid_rdf x.nt)
nq=$(valid_rdf x.nq)
[ "$ttl" -gt 0 ] || fail "x.ttl holds no triples"
[ "$ttl" -eq "$nt" ] || fail "x.ttl has $ttl triples, x.nt $nt"
counts=$(rdflib_check x.ttl x.nt x.nq)
read -r rdflib_triples rdflib_quads <<<"$counts"
[ "$rdflib_triples" -eq "$ttl" ] ||
  fail "rdflib reads $rdflib_triples triples, serdi $ttl"
[ "$rdflib_quads" -eq "$nq" ] ||
  fail "rdflib reads $rdflib_quads quads in x.nq, serdi $nq"
valid_dot x.dot
valid_tsv x.tsv

if [ -f "$SHARED/tools/score-facts" ]; then
  score x.tsv "$SHARED/gold/seed-entities.tsv" "$SHARED/gold/seed-facts.tsv" \
    "$(threshold seeds_core_min)"
else
  echo "  $TEST: no $SHARED/tools/score-facts, facts not scored"
fi
