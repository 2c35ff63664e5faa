#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# '-' reads an article from standard input: valid N-Triples with facts,
# as many facts as from the same file, credited to the document "-" or
# "stdin".
. "$(dirname "$0")/lib.sh"
need_tool serdi rapper

best=$(richest_sample)
fg -f tsv "$best"
expect_status 0 "$best"
best_rows=$(tsv_rows "$TMP/stdout")

status=0
"$FACTGRAPH" -f nt - <"$best" >"$TMP/stdin.nt" 2>"$TMP/stderr" || status=$?
expect_status 0 "factgraph -f nt - < $best"
triples=$(valid_rdf "$TMP/stdin.nt")
[ "$triples" -gt 0 ] || fail "no triples from standard input"

"$FACTGRAPH" -f tsv - <"$best" >"$TMP/stdin.tsv" 2>"$TMP/stderr" ||
  fail "factgraph -f tsv - < $best failed: $(cat "$TMP/stderr")"
valid_tsv "$TMP/stdin.tsv"
rows=$(tsv_rows "$TMP/stdin.tsv")
[ "$rows" -eq "$best_rows" ] ||
  fail "standard input gives $rows facts, the file $best_rows ($best)"
documents=$(cut -f 8 "$TMP/stdin.tsv" | tail -n +2 | sort -u | paste -sd ' ' -)
case "$documents" in
"-" | stdin) ;;
*) fail "facts from standard input credit the documents '$documents'" ;;
esac
