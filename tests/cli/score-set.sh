# SPDX-License-Identifier: MIT
# shellcheck shell=bash
# How `make eval` and `make eval-renamed` score a set of articles (sourced,
# not run): factgraph's facts TSV of the articles, scored by
# shared/tools/score-facts against a gold entity and fact table.

# score-facts needs only the standard library; prefer Debian's python.
SCORE_PYTHON=/usr/bin/python3
[ -x "$SCORE_PYTHON" ] || SCORE_PYTHON=python3

# score_set BIN SHARED TSV ENTITIES FACTS [SCORE-FACTS OPTION...] -- DOC...:
# runs BIN on the DOCs into TSV and prints score-facts' report.
score_set() {
  local bin=$1 shared=$2 tsv=$3 entities=$4 facts=$5 options=()
  shift 5
  while [ "$#" -gt 0 ] && [ "$1" != -- ]; do
    options+=("$1")
    shift
  done
  shift
  "$bin" -q --format tsv "$@" >"$tsv"
  "$SCORE_PYTHON" "$shared/tools/score-facts" "$tsv" "$entities" "$facts" \
    ${options[@]+"${options[@]}"}
}
