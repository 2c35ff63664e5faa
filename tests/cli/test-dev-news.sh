#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The twelve real Wikinews articles of shared/dev-news (the development set
# for relations): every output is valid for rapper, serdi, rdflib and dot,
# and the facts score against their gold with no negative fact asserted and
# recall and precision at least the dev_* floors, so that a change which
# loses real-news facts fails here and not only in `make eval`.
. "$(dirname "$0")/lib.sh"
need_tool rapper serdi dot "$PY"

docs=("$SHARED"/dev-news/docs/*.txt)
[ -e "${docs[0]}" ] || skip "no $SHARED/dev-news/docs/*.txt"
[ -f "$SHARED/tools/score-facts" ] || skip "no $SHARED/tools/score-facts"

cd "$TMP"
export_all "${docs[@]}"
score x.tsv "$SHARED/dev-news/entities.tsv" "$SHARED/dev-news/facts.tsv" \
  "$(threshold dev_core_min)" 0 "$(threshold dev_precision_min)"
