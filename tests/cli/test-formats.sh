#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Every output format of the samples is valid for strict and lenient
# readers alike: Turtle, N-Triples and N-Quads parse with rapper, serdi and
# rdflib to the same counts; DOT lays out without a warning; the TSV has
# the README's header and nine columns per row, and the README's columns are
# those of ../shared/README.md when it is there.
. "$(dirname "$0")/lib.sh"
need_tool rapper serdi dot "$PY"

mapfile -t inputs < <(sample_files)
cd "$TMP"
export_all "${inputs[@]}"

# The project owns the format; ../shared's scorer reads the same columns.
# Checked when ../shared is there, noted when it is not.
shared_readme=$SHARED/README.md
if [ -f "$shared_readme" ]; then
  theirs=$(tsv_columns "$shared_readme")
  [ "$theirs" = "$(tsv_header)" ] ||
    fail "README's TSV columns differ from $shared_readme's: '$theirs'"
else
  echo "  $TEST: no $shared_readme, TSV columns not compared with it"
fi
