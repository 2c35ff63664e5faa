#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Partial results and merging: one run over every input gives the same
# bytes as merges of parts made of any partitioning of the inputs, in any
# order of the parts and through a tree of merges; bad parts are named,
# exit 1 and write nothing. Parts made --with-conllu carry the CoNLL-U
# analysis, which follows the graph like every other output: a merge
# writes one run's bytes for any order of the parts; a part without it
# cannot give it (exit 2).
. "$(dirname "$0")/lib.sh"

mapfile -t samples < <(sample_files)
# Two texts with one file name (their ids must be made unique), naming
# the same people as each other and as the samples, so that entities
# fold across parts and the ids come out of the merge.
mkdir -p "$TMP/in/a" "$TMP/in/b"
printf 'Ahmed al-Sharaa met Emmanuel Macron in Paris on Monday.\n' >"$TMP/in/a/same.txt"
printf 'Emmanuel Macron praised Ahmed al-Sharaa. Mr. Dawit criticised Chad.\n' \
  >"$TMP/in/b/same.txt"
printf 'Mr. Dawit praised Kenya. Ahmed al-Sharaa visited Kenya.\n' >"$TMP/in/dawit.txt"
# one fact stated more often than a run keeps sentences of (the rest are
# counted as omitted)
for ((i = 0; i < 14; i++)); do
  printf 'Emmanuel Macron praised Ahmed al-Sharaa on day %d. ' "$i"
done >"$TMP/in/often.txt"
inputs=("${samples[@]}" "$TMP/in/often.txt" "$ROOT"/tests/fixtures/*.txt "$TMP/in/a/same.txt"
  "$TMP/in/b/same.txt" "$TMP/in/dawit.txt")
n=${#inputs[@]}
formats=(nq ttl nt tsv dot conllu)

outputs_in() { # outputs_in DIR: the -o options of every format
  local ext
  for ext in "${formats[@]}"; do
    printf -- '-o\n%s/graph.%s\n' "$1" "$ext"
  done
}

mkdir -p "$TMP/one"
mapfile -t args < <(outputs_in "$TMP/one")
fg "${args[@]}" "${inputs[@]}"
expect_status 0 "one run over every input"
out=$("$PY" "$ROOT/tests/cli/check-conllu.py" "$TMP/one/graph.conllu") ||
  fail "one run's CoNLL-U: $out"
# the two same.txt under the ids the graph gives them
for dir in a b; do
  grep -qFx "# newdoc id = $TMP/in/$dir/same.txt" "$TMP/one/graph.conllu" ||
    fail "one run's CoNLL-U does not name $dir/same.txt by its path"
done

# CoNLL-U follows the graph, not the order of reading: the inputs
# backwards give the same bytes
reversed_inputs=()
for ((i = n - 1; i >= 0; i--)); do
  reversed_inputs+=("${inputs[i]}")
done
fg -f conllu "${reversed_inputs[@]}"
expect_status 0 "one run to CoNLL-U over the inputs backwards"
cmp -s "$TMP/stdout" "$TMP/one/graph.conllu" ||
  fail "the inputs backwards give another CoNLL-U"

same_as_one() { # same_as_one DIR WHAT: the outputs of $expected (one run)
  local ext
  for ext in "${formats[@]}"; do
    [ -s "$expected/graph.$ext" ] || fail "graph.$ext of the one run is empty"
    cmp -s "$expected/graph.$ext" "$1/graph.$ext" ||
      fail "$2: graph.$ext differs from one run over the same inputs ($expected)"
  done
}
expected=$TMP/one

merge_into() { # merge_into DIR WHAT PART...
  local dir=$1 what=$2
  shift 2
  mkdir -p "$dir"
  mapfile -t args < <(outputs_in "$dir")
  fg merge "${args[@]}" "$@"
  expect_status 0 "$what"
  same_as_one "$dir" "$what"
  # and CoNLL-U to standard output, alone
  fg merge -f conllu "$@"
  expect_status 0 "$what, -f conllu"
  cmp -s "$expected/graph.conllu" "$TMP/stdout" ||
    fail "$what: -f conllu differs from one run over the same inputs ($expected)"
}

# one part per file, merged in order and in reverse
singles=()
for ((i = 0; i < n; i++)); do
  fg --partial "$TMP/single-$i.fgp" --with-conllu "${inputs[i]}"
  expect_status 0 "--partial of ${inputs[i]}"
  [ -s "$TMP/single-$i.fgp" ] || fail "--partial wrote no part for ${inputs[i]}"
  singles+=("$TMP/single-$i.fgp")
done
merge_into "$TMP/singles" "one part per file" "${singles[@]}"
# the merge reads sentences back from the parts it keeps open; with too
# few descriptors for them all it copies the rest, with the same bytes
for limit in 16 24; do
  mkdir -p "$TMP/fds-$limit"
  mapfile -t args < <(outputs_in "$TMP/fds-$limit")
  (
    ulimit -n "$limit"
    fg merge "${args[@]}" "${singles[@]}"
    exit "$status"
  ) || status=$?
  expect_status 0 "one part per file, $limit descriptors"
  same_as_one "$TMP/fds-$limit" "one part per file, $limit descriptors"
done
reversed=()
for ((i = n - 1; i >= 0; i--)); do
  reversed+=("${singles[i]}")
done
merge_into "$TMP/reversed" "one part per file, reversed" "${reversed[@]}"

# two groups, odd and even files, each order
odd=() even=()
for ((i = 0; i < n; i++)); do
  if ((i % 2)); then odd+=("${inputs[i]}"); else even+=("${inputs[i]}"); fi
done
fg --partial "$TMP/odd.fgp" --with-conllu "${odd[@]}"
expect_status 0 "--partial of the odd files"
fg --with-conllu --partial "$TMP/even.fgp" "${even[@]}"
expect_status 0 "--partial of the even files"
merge_into "$TMP/groups" "two groups" "$TMP/odd.fgp" "$TMP/even.fgp"
merge_into "$TMP/groups-rev" "two groups, reversed" "$TMP/even.fgp" "$TMP/odd.fgp"

# a two-level tree: (singles of the first half) + (reversed second half)
half=$((n / 2))
fg merge --partial "$TMP/left.fgp" --with-conllu "${singles[@]:0:half}"
expect_status 0 "merge --partial of the first half"
fg merge --partial "$TMP/right.fgp" --with-conllu "${reversed[@]:0:n-half}"
expect_status 0 "merge --partial of the second half"
merge_into "$TMP/tree" "a tree of merges" "$TMP/right.fgp" "$TMP/left.fgp"
# and a part of everything, made through the tree or of the groups
fg merge --partial "$TMP/all-a.fgp" --with-conllu "$TMP/left.fgp" "$TMP/right.fgp"
expect_status 0 "merge --partial of the tree"
fg merge --partial "$TMP/all-b.fgp" --with-conllu "$TMP/odd.fgp" "$TMP/even.fgp"
expect_status 0 "merge --partial of the groups"
merge_into "$TMP/tree2" "a part of a tree" "$TMP/all-a.fgp"
merge_into "$TMP/tree3" "a part of two groups" "$TMP/all-b.fgp"

# ---- the same part twice: counted once, with a warning ----
mkdir -p "$TMP/twice"
fg merge -o "$TMP/twice/graph.nq" -o "$TMP/twice/graph.conllu" "$TMP/odd.fgp" \
  "$TMP/even.fgp" "$TMP/odd.fgp"
expect_status 0 "a part merged twice"
expect_stderr "already read .*counted once" "a part merged twice"
cmp -s "$TMP/one/graph.nq" "$TMP/twice/graph.nq" ||
  fail "a part merged twice changes the graph"
cmp -s "$TMP/one/graph.conllu" "$TMP/twice/graph.conllu" ||
  fail "a part merged twice changes the CoNLL-U"

# ---- parts without the analysis: the graph, never CoNLL-U ----
fg --partial "$TMP/plain-odd.fgp" "${odd[@]}"
expect_status 0 "--partial without --with-conllu"
fg --partial "$TMP/plain-even.fgp" "${even[@]}"
expect_status 0 "--partial without --with-conllu"
[ "$(stat -c %s "$TMP/plain-odd.fgp")" -lt "$(stat -c %s "$TMP/odd.fgp")" ] ||
  fail "a part without the analysis is not smaller than one with it"
mkdir -p "$TMP/plain"
fg merge -o "$TMP/plain/graph.nq" -o "$TMP/plain/graph.tsv" "$TMP/plain-odd.fgp" "$TMP/even.fgp"
expect_status 0 "a merge of parts with and without the analysis, no CoNLL-U"
cmp -s "$TMP/one/graph.nq" "$TMP/plain/graph.nq" && cmp -s "$TMP/one/graph.tsv" "$TMP/plain/graph.tsv" ||
  fail "a part without the analysis changes the graph"
for asked in "-o $TMP/x.conllu -o $TMP/x.nq" "-f conllu" "--partial $TMP/x.fgp --with-conllu"; do
  # shellcheck disable=SC2086 # the options are words
  fg merge $asked "$TMP/even.fgp" "$TMP/plain-odd.fgp"
  expect_status 2 "merge $asked with a part without the analysis"
  expect_stderr "plain-odd\.fgp: .*no CoNLL-U" "merge $asked names the part without the analysis"
  [ ! -e "$TMP/x.conllu" ] && [ ! -e "$TMP/x.nq" ] && [ ! -e "$TMP/x.fgp" ] && [ ! -s "$TMP/stdout" ] ||
    fail "merge $asked with a part without the analysis wrote an output"
done

# ---- parts that share some documents: each counted once ----
# Four groups of inputs; B is the overlap: it has the fact stated more
# often than kept, one of the two texts with one file name, and names
# people of the other groups. One run given B twice reads it once (a
# warning per file), and so does every merge below.
s=${#samples[@]}
q=$((s / 4))
A=("${samples[@]:0:q}")
B=("$TMP/in/often.txt" "$TMP/in/a/same.txt" "$TMP/in/dawit.txt" "${samples[@]:q:q}")
C=("$TMP/in/b/same.txt" "$ROOT"/tests/fixtures/*.txt "${samples[@]:2*q:q}")
D=("${samples[@]:3*q}")
((${#A[@]} + ${#B[@]} + ${#C[@]} + ${#D[@]} == n)) || fail "the four groups are not the inputs"
mkdir -p "$TMP/one-abc" "$TMP/one-abbc"
mapfile -t args < <(outputs_in "$TMP/one-abc")
fg "${args[@]}" "${A[@]}" "${B[@]}" "${C[@]}"
expect_status 0 "one run over A, B and C"
mapfile -t args < <(outputs_in "$TMP/one-abbc")
fg "${args[@]}" "${A[@]}" "${B[@]}" "${B[@]}" "${C[@]}"
expect_status 0 "one run over A, B, B and C"
expect_stderr "the same file as .*read already: skipped" "one run given B twice"
expected=$TMP/one-abc
same_as_one "$TMP/one-abbc" "one run given B twice"

fg --partial "$TMP/ab.fgp" --with-conllu "${A[@]}" "${B[@]}"
expect_status 0 "--partial of A and B"
fg --partial "$TMP/bc.fgp" --with-conllu "${B[@]}" "${C[@]}"
expect_status 0 "--partial of B and C"
fg --partial "$TMP/abc.fgp" --with-conllu "${A[@]}" "${B[@]}" "${C[@]}"
expect_status 0 "--partial of A, B and C"
fg --partial "$TMP/b.fgp" --with-conllu "${B[@]}"
expect_status 0 "--partial of B"
fg --partial "$TMP/cd.fgp" --with-conllu "${C[@]}" "${D[@]}"
expect_status 0 "--partial of C and D"

# overlap_into DIR WHAT DUP PART...: a merge that meets B twice, in the
# part DUP, says so once per document of B, naming DUP and the document
overlap_into() {
  local dir=$1 what=$2 dup=$3 doc
  shift 3
  merge_into "$dir" "$what" "$@"
  [ "$(grep -c "warning: already read" "$TMP/stderr")" -eq "${#B[@]}" ] ||
    fail "$what: not one warning per document of B: $(cat "$TMP/stderr")"
  for doc in "${B[@]}"; do
    grep -qF "/$dup.fgp: warning: already read (same source and digest), counted once: $doc" \
      "$TMP/stderr" || fail "$what: no warning that names $dup.fgp and $doc"
  done
}
overlap_into "$TMP/ab-bc" "parts {A,B} + {B,C}" bc "$TMP/ab.fgp" "$TMP/bc.fgp"
overlap_into "$TMP/bc-ab" "parts {B,C} + {A,B}" ab "$TMP/bc.fgp" "$TMP/ab.fgp"
overlap_into "$TMP/abc-b" "parts {A,B,C} + {B}" b "$TMP/abc.fgp" "$TMP/b.fgp"
overlap_into "$TMP/b-abc" "parts {B} + {A,B,C}" abc "$TMP/b.fgp" "$TMP/abc.fgp"
# a tree: ({A,B} + {B,C}) as a part, then with {C,D}; its part carries B
# once, and C, shared with {C,D}, is counted once again
fg merge --partial "$TMP/ab-bc.fgp" --with-conllu "$TMP/bc.fgp" "$TMP/ab.fgp"
expect_status 0 "merge --partial of {B,C} + {A,B}"
expected=$TMP/one
for order in 0 1; do
  if ((order)); then set -- "$TMP/cd.fgp" "$TMP/ab-bc.fgp"; else set -- "$TMP/ab-bc.fgp" "$TMP/cd.fgp"; fi
  merge_into "$TMP/tree-cd-$order" "a tree ({A,B} + {B,C}) with {C,D}, order $order" "$@"
  [ "$(grep -c "warning: already read" "$TMP/stderr")" -eq "${#C[@]}" ] ||
    fail "a tree with {C,D}: not one warning per document of C: $(cat "$TMP/stderr")"
done
set --

# the same source and text with other metadata (its author and canonical
# URL changed): neither copy could be chosen whatever the order, so it is
# refused
mkdir -p "$TMP/meta"
page() { # page AUTHOR: the page, by AUTHOR
  printf '<html><head><title>T</title><meta name="author" content="%s">' "$1"
  printf '<link rel="canonical" href="https://example.org/%s"></head>' "$1"
  printf '<body><p>Emmanuel Macron praised Kenya.</p></body></html>\n'
}
page One >"$TMP/meta/page.html"
fg --partial "$TMP/meta1.fgp" "$TMP/meta/page.html"
expect_status 0 "--partial of a page"
page Two >"$TMP/meta/page.html"
fg --partial "$TMP/meta2.fgp" "$TMP/meta/page.html" "${A[0]}"
expect_status 0 "--partial of the page by another author"
for order in 0 1; do
  if ((order)); then set -- "$TMP/meta2.fgp" "$TMP/meta1.fgp"; else set -- "$TMP/meta1.fgp" "$TMP/meta2.fgp"; fi
  fg merge -o "$TMP/meta.nq" "$@"
  expect_status 1 "one document with two sets of metadata, order $order"
  expect_stderr "fgp: error: bad part: a document read already \\(same source and digest\\) comes with other metadata: .*page\.html" \
    "one document with two sets of metadata, order $order"
  [ ! -e "$TMP/meta.nq" ] || fail "one document with two sets of metadata: an output was written"
done
set --

# ---- bad parts: named, exit 1, nothing written ----
good=$TMP/even.fgp
size=$(stat -c %s "$good")
head -c $((size - 40)) "$good" >"$TMP/truncated.fgp"
head -c 200 "$good" >"$TMP/short.fgp"
cp "$good" "$TMP/flipped.fgp"
middle=$((size / 2))
byte=$(od -An -tu1 -j "$middle" -N1 "$good" | tr -d ' ')
printf "\\$(printf '%03o' $(((byte + 1) % 256)))" |
  dd of="$TMP/flipped.fgp" bs=1 seek="$middle" conv=notrunc status=none
cp "${samples[0]}" "$TMP/foreign.fgp"
cp "$good" "$TMP/version.fgp"
printf '\x63' | dd of="$TMP/version.fgp" bs=1 seek=8 conv=notrunc status=none
# knowledge of another version: a copy of the ontology directory
cp -r "$ROOT/ontology" "$TMP/onto2"
sed -i 's/owl:versionInfo "\([^"]*\)"/owl:versionInfo "\1-other"/' "$TMP/onto2/factgraph.ttl"
grep -q 'versionInfo ".*-other"' "$TMP/onto2/factgraph.ttl" ||
  fail "cannot make an ontology of another version"
fg --ontology "$TMP/onto2" --partial "$TMP/ontology.fgp" "${samples[0]}"
expect_status 0 "--partial with another ontology"
cp -r "$ROOT/ontology" "$TMP/gaz2"
sed -i 's/owl:versionInfo "\([^"]*\)"/owl:versionInfo "\1-other"/' "$TMP/gaz2/gazetteer.ttl"
fg --ontology "$TMP/gaz2" --partial "$TMP/gazetteer.fgp" "${samples[0]}"
expect_status 0 "--partial with another gazetteer"

for bad in truncated short flipped foreign version ontology gazetteer; do
  fg merge -o "$TMP/bad.nq" -o "$TMP/bad.ttl" "$TMP/odd.fgp" "$TMP/$bad.fgp"
  expect_status 1 "merge with a $bad part"
  expect_stderr "$bad\\.fgp" "merge with a $bad part names it"
  [ ! -e "$TMP/bad.nq" ] && [ ! -e "$TMP/bad.ttl" ] ||
    fail "merge with a $bad part wrote an output"
  fg merge --partial "$TMP/bad.fgp" "$TMP/$bad.fgp"
  expect_status 1 "merge --partial with a $bad part"
  [ ! -e "$TMP/bad.fgp" ] || fail "merge --partial with a $bad part wrote a part"
done
fg merge -o "$TMP/bad.nq" "$TMP/flipped.fgp"
expect_stderr "checksum" "a flipped byte is told as a checksum mismatch"
fg merge -o "$TMP/bad.nq" "$TMP/foreign.fgp"
expect_stderr "not a factgraph part" "a foreign file is told as such"
fg merge -o "$TMP/bad.nq" "$TMP/version.fgp"
expect_stderr "version of the part format" "another format version is told as such"
fg merge -o "$TMP/bad.nq" "$TMP/ontology.fgp"
expect_stderr "ontology version" "another ontology version is told as such"
fg merge -o "$TMP/bad.nq" "$TMP/gazetteer.fgp"
expect_stderr "gazetteer version" "another gazetteer version is told as such"
fg merge -o "$TMP/bad.nq" "$TMP/missing.fgp"
expect_status 1 "a missing part"
expect_stderr "missing\\.fgp" "a missing part is named"

fg merge -o "$TMP/bad.nq" "$TMP/in"
expect_status 1 "a directory as a part"
expect_stderr "in: .*directory" "a directory as a part is named"
"$FACTGRAPH" merge -o "$TMP/stdin.nq" - <"$TMP/odd.fgp" 2>"$TMP/stderr" ||
  fail "a part on standard input from a file: $(cat "$TMP/stderr")"
status=0
cat "$TMP/odd.fgp" | "$FACTGRAPH" merge -o "$TMP/pipe.nq" - 2>"$TMP/stderr" || status=$?
expect_status 1 "a part through a pipe"
expect_stderr "stdin: .*pipe" "a part through a pipe says why"
[ ! -e "$TMP/pipe.nq" ] || fail "a part through a pipe wrote an output"

# ---- usage ----
fg --with-conllu -o "$TMP/x.nq" "${samples[0]}"
expect_status 2 "--with-conllu without --partial"
expect_stderr "with-conllu.*--partial" "--with-conllu without --partial says why"
fg --partial "$TMP/x.fgp" -o "$TMP/x.nq" "${samples[0]}"
expect_status 2 "--partial with -o"
fg merge
expect_status 2 "merge without parts"
exit 0
