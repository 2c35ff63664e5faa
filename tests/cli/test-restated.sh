#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# A fact restated in many sentences of a document keeps the first ten of
# them as evidence (FG_EVIDENCE_PER_DOCUMENT) and counts the others in
# fg:omittedEvidenceCount; fg:sourceCount stays exact. Memory so stays
# flat however often a text repeats itself (test-scaling.sh measures it).
. "$(dirname "$0")/lib.sh"

restate() { # restate N FILE
  local i
  for ((i = 0; i < $1; i++)); do
    printf 'Amara Wekesa praised Kenya. '
  done >"$2"
}
restate 25 "$TMP/a.txt"
restate 12 "$TMP/b.txt"
restate 3 "$TMP/c.txt"
fg -o "$TMP/x.nt" -o "$TMP/x.tsv" "$TMP/a.txt" "$TMP/b.txt" "$TMP/c.txt"
expect_status 0 "export of three restating documents"

FG_NS=https://w3id.org/factgraph/ontology#
statements=$(grep -c "<${FG_NS}sourceCount>" "$TMP/x.nt" || true)
[ "$statements" -eq 1 ] || fail "expected one fact, found $statements statements"
evidence=$(grep -c "<${FG_NS}evidence>" "$TMP/x.nt" || true)
[ "$evidence" -eq 23 ] || fail "fg:evidence: $evidence sentences, expected 10 + 10 + 3"
grep -q "<${FG_NS}sourceCount> \"3\"^^" "$TMP/x.nt" ||
  fail "fg:sourceCount is not 3: $(grep "sourceCount" "$TMP/x.nt")"
grep -q "<${FG_NS}omittedEvidenceCount> \"17\"^^" "$TMP/x.nt" ||
  fail "fg:omittedEvidenceCount is not 15 + 2: $(grep -c omittedEvidenceCount "$TMP/x.nt") lines"
cells=$(awk -F '\t' 'NR == 2 { print split($9, parts, " ") }' "$TMP/x.tsv")
[ "$cells" -eq 23 ] || fail "the TSV lists $cells evidence sentences, expected 23"

# A document with no more than ten says nothing of omitted sentences.
fg -f nt "$TMP/c.txt"
expect_status 0 "export of one short document"
! grep -q omittedEvidenceCount "$TMP/stdout" ||
  fail "fg:omittedEvidenceCount written when nothing was left out"
