#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The GNU parallel recipe of the README ("Beyond one core"): parallel maps
# the inputs, three at a time, to parts in two processes, then one merge
# writes every format; each is byte for byte what one run writes. With
# --with-conllu, the CoNLL-U too, whatever the order of the parts.
. "$(dirname "$0")/lib.sh"

command -v parallel >/dev/null 2>&1 ||
  skip "GNU parallel is not installed (make deps installs it)"
# parallel keeps its state under $PARALLEL_HOME; not in the user's home
export PARALLEL_HOME=$TMP/parallel-home

mapfile -t inputs < <(sample_files)
inputs+=("$ROOT"/tests/fixtures/*.txt)
formats=(ttl nt nq dot tsv)
outputs() { # outputs DIR: -o DIR/graph.EXT for every format
  local ext
  for ext in "${formats[@]}"; do
    printf '%s\n' -o "$1/graph.$ext"
  done
}
mkdir -p "$TMP/single" "$TMP/merged" "$TMP/parts"
mapfile -t single_args < <(outputs "$TMP/single")
fg -j 1 "${single_args[@]}" "${inputs[@]}"
expect_status 0 "one run"

printf '%s\0' "${inputs[@]}" |
  parallel --will-cite -0 -j 2 -n 3 --halt now,fail=1 \
    "$FACTGRAPH" -q -j 1 --partial "$TMP/parts/part-{#}.fgp" {} ||
  fail "parallel: a map step failed"
parts=("$TMP"/parts/part-*.fgp)
[ "${#parts[@]}" -ge 2 ] || fail "parallel made ${#parts[@]} part(s), expected several"

mapfile -t merged_args < <(outputs "$TMP/merged")
fg merge "${merged_args[@]}" "${parts[@]}"
expect_status 0 "merge of the parts parallel made"
for ext in "${formats[@]}"; do
  [ -s "$TMP/single/graph.$ext" ] || fail "one run wrote an empty graph.$ext"
  cmp -s "$TMP/single/graph.$ext" "$TMP/merged/graph.$ext" ||
    fail "merging parallel's parts gives another graph.$ext than one run"
done

# CoNLL-U: one input a part, so that there are ten parts and more, whose
# names (p1, p10, p11, ..., p2) sort otherwise than the inputs
fg -j 1 -o "$TMP/single/graph.conllu" "${inputs[@]}"
expect_status 0 "one run to CoNLL-U"
mkdir -p "$TMP/parts1"
printf '%s\0' "${inputs[@]}" |
  parallel --will-cite -0 -j 2 -n 1 --halt now,fail=1 \
    "$FACTGRAPH" -q -j 1 --partial "$TMP/parts1/p{#}.fgp" --with-conllu {} ||
  fail "parallel: a map step with --with-conllu failed"
parts=("$TMP"/parts1/p*.fgp)
[ "${#parts[@]}" -ge 10 ] || fail "parallel made ${#parts[@]} parts, expected ten or more"
fg merge -o "$TMP/merged/graph.conllu" -o "$TMP/merged/graph1.nq" "${parts[@]}"
expect_status 0 "merge to CoNLL-U of the parts parallel made"
[ -s "$TMP/single/graph.conllu" ] &&
  cmp -s "$TMP/single/graph.conllu" "$TMP/merged/graph.conllu" ||
  fail "merging parallel's parts gives another CoNLL-U than one run"
cmp -s "$TMP/single/graph.nq" "$TMP/merged/graph1.nq" ||
  fail "merging parallel's parts with the analysis gives another graph.nq than one run"
