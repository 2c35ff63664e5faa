#!/usr/bin/env bash
# Every output format of the samples is valid for strict and lenient
# readers alike: Turtle, N-Triples and N-Quads parse with rapper, serdi and
# rdflib to the same counts; DOT lays out without a warning; the TSV has
# the README's header and nine columns per row.
. "$(dirname "$0")/lib.sh"
need_tool rapper serdi dot "$PY"

mapfile -t inputs < <(sample_files)
cd "$TMP"
fg -o x.ttl -o x.nt -o x.nq -o x.dot -o x.tsv "${inputs[@]}"
expect_status 0 "export of samples/*.txt"
for f in x.ttl x.nt x.nq x.dot x.tsv; do
  [ -s "$f" ] || fail "$f was not written"
done

ttl=$(valid_rdf x.ttl)
nt=$(valid_rdf x.nt)
nq=$(valid_rdf x.nq)
[ "$nt" -gt 0 ] || fail "x.nt holds no triples"
[ "$ttl" -eq "$nt" ] || fail "x.ttl has $ttl triples, x.nt $nt"

counts=$(rdflib_check x.ttl x.nt x.nq)
read -r rdflib_triples rdflib_quads <<<"$counts"
[ "$rdflib_triples" -eq "$nt" ] ||
  fail "rdflib reads $rdflib_triples triples in x.nt, serdi $nt"
[ "$rdflib_quads" -eq "$nq" ] ||
  fail "rdflib reads $rdflib_quads quads in x.nq, serdi $nq"

valid_dot x.dot
valid_tsv x.tsv
[ "$(tsv_rows x.tsv)" -gt 0 ] || fail "x.tsv lists no facts"
