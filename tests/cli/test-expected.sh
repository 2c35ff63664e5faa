#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The samples' facts, scored against samples/expected-*.tsv: no negative
# fact asserted, recall at least the minimums in expected-thresholds; the
# documents against samples/expected-documents.tsv.
. "$(dirname "$0")/lib.sh"

need_tool "$PY"
mapfile -t inputs < <(sample_files)

# The documents' headline, date, author and publisher.
fg --format nt "${inputs[@]}"
expect_status 0 "N-Triples export of samples/*.txt"
"$PY" "$ROOT/tests/cli/check-gold.py" documents "$TMP/stdout" "$ROOT/samples/expected-documents.tsv" \
  >"$TMP/documents.out" || fail "sample documents: $(cat "$TMP/documents.out")"

# The scorer is ../shared's: without it the facts are not scored.
[ -f "$SHARED/tools/score-facts" ] || skip "no $SHARED/tools/score-facts: sample facts not scored (documents checked)"
entities=$SAMPLES/expected-entities.tsv
gold=$SAMPLES/expected-facts.tsv
[ -f "$gold" ] || skip "no $gold yet"
[ -f "$entities" ] || fail "$gold exists but $entities does not"

fg --format tsv "${inputs[@]}"
expect_status 0 "export of samples/*.txt"
cp "$TMP/stdout" "$TMP/samples.tsv"
valid_tsv "$TMP/samples.tsv"
score "$TMP/samples.tsv" "$entities" "$gold" \
  "$(threshold core_min)" "$(threshold extra_min)" "$(threshold precision_min)"

