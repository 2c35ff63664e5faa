#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The same input gives byte-identical output in every format: run twice,
# in reversed input order, and on standard output instead of a file.
. "$(dirname "$0")/lib.sh"

mapfile -t inputs < <(sample_files)
reversed=()
for ((i = ${#inputs[@]} - 1; i >= 0; i--)); do
  reversed+=("${inputs[i]}")
done
formats=(ttl nt nq dot tsv)

export_to() {
  local dir=$1 args=() ext
  shift
  mkdir -p "$dir"
  for ext in "${formats[@]}"; do
    args+=(-o "$dir/graph.$ext")
  done
  fg "${args[@]}" "$@"
  expect_status 0 "export into $dir"
}

export_to "$TMP/first" "${inputs[@]}"
export_to "$TMP/second" "${inputs[@]}"
export_to "$TMP/reversed" "${reversed[@]}"

for ext in "${formats[@]}"; do
  [ -s "$TMP/first/graph.$ext" ] || fail "graph.$ext is empty"
  cmp -s "$TMP/first/graph.$ext" "$TMP/second/graph.$ext" ||
    fail "two runs give different graph.$ext"
  cmp -s "$TMP/first/graph.$ext" "$TMP/reversed/graph.$ext" ||
    fail "reversing the inputs changes graph.$ext"
  fg -f "$ext" "${inputs[@]}"
  expect_status 0 "-f $ext"
  cmp -s "$TMP/first/graph.$ext" "$TMP/stdout" ||
    fail "-f $ext on standard output differs from -o graph.$ext"
done
