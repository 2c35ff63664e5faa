#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# -j N: the same outputs, byte for byte, and the same messages in the same
# order, for N = 1, 2 and 3, in every format, over the samples (every input
# format), the fixtures, and the awkward inputs whose messages come from
# the worker threads: a file named twice, a hard link in a directory, an
# empty file, a binary one, a missing one, standard input, and a sentence
# too long for the parser. A part made with threads merges into the same
# graph. Then bad -j values are usage errors.
. "$(dirname "$0")/lib.sh"

in=$TMP/in
mkdir -p "$in/sub"
cp -R "$SAMPLES"/. "$in/"
cp "$ROOT"/tests/fixtures/*.txt "$in/"
mapfile -t texts < <(sample_files)
first=$(basename "${texts[0]}")
cp "${texts[1]}" "$in/sub/copy.txt"
ln "$in/$first" "$in/sub/hard-link.txt"
: >"$in/empty.txt"
printf '\x00\x01\x02 not text' >"$in/binary.dat"
# one sentence of 600 words: the parser cuts it and warns
{
  printf 'Officials said'
  for ((i = 0; i < 300; i++)); do printf ' talks in Nairobi and'; done
  printf ' Addis Ababa continued.\n'
} >"$in/long-sentence.txt"
# more paths than threads times the read-ahead, so that workers wait
for ((i = 0; i < 12; i++)); do
  cp "${texts[i % ${#texts[@]}]}" "$in/sub/more-$i.txt"
done

formats=(ttl nt nq dot tsv conllu)
run_jobs() {
  local jobs=$1 args=() ext
  mkdir -p "$TMP/j$jobs"
  for ext in "${formats[@]}"; do
    args+=(-o "$TMP/j$jobs/graph.$ext")
  done
  (cd "$in" && "$FACTGRAPH" -j "$jobs" -r "${args[@]}" -- * "./$first" \
    missing.txt - <"$in/$first" >"$TMP/j$jobs/stdout" 2>"$TMP/j$jobs/stderr") &&
    status=0 || status=$?
  echo "$status" >"$TMP/j$jobs/status"
}

for jobs in 1 2 3; do
  run_jobs "$jobs"
done
[ "$(cat "$TMP/j1/status")" -eq 1 ] ||
  fail "-j 1: exit status $(cat "$TMP/j1/status"), expected 1 (missing.txt)"
grep -q 'hard-link.txt: warning: the same file as' "$TMP/j1/stderr" ||
  fail "-j 1 did not skip the hard link: $(cat "$TMP/j1/stderr")"
grep -q "longer than the parser's bound" "$TMP/j1/stderr" ||
  fail "-j 1 did not cut the long sentence: $(cat "$TMP/j1/stderr")"
for ext in "${formats[@]}"; do
  [ -s "$TMP/j1/graph.$ext" ] || fail "-j 1 wrote an empty graph.$ext"
done
for jobs in 2 3; do
  for ext in "${formats[@]}"; do
    cmp -s "$TMP/j1/graph.$ext" "$TMP/j$jobs/graph.$ext" ||
      fail "-j $jobs gives another graph.$ext than -j 1"
  done
  cmp -s "$TMP/j1/stderr" "$TMP/j$jobs/stderr" ||
    fail "-j $jobs gives other messages than -j 1: $(diff "$TMP/j1/stderr" "$TMP/j$jobs/stderr")"
  cmp -s "$TMP/j1/status" "$TMP/j$jobs/status" ||
    fail "-j $jobs exits $(cat "$TMP/j$jobs/status"), -j 1 $(cat "$TMP/j1/status")"
done

# Standard output and the default (one thread per online core) too.
fg -f nq "$in"/*.txt
expect_status 0 "-f nq without -j"
cp "$TMP/stdout" "$TMP/default.nq"
fg -j 1 -f nq "$in"/*.txt
expect_status 0 "-j 1 -f nq"
cmp -s "$TMP/stdout" "$TMP/default.nq" ||
  fail "the default number of threads gives another graph than -j 1"

# A part made with -j 3 merges into the same graph as -j 1, and into the
# same CoNLL-U when it carries the analysis.
fg -j 3 --partial "$TMP/threads.fgp" "$in"/*.txt
expect_status 0 "-j 3 --partial"
fg merge -f nq "$TMP/threads.fgp"
expect_status 0 "merge of the part made with -j 3"
cmp -s "$TMP/stdout" "$TMP/default.nq" ||
  fail "a part made with -j 3 merges into another graph than -j 1 writes"
fg -j 1 -f conllu "$in"/*.txt
expect_status 0 "-j 1 -f conllu"
cp "$TMP/stdout" "$TMP/j1.conllu"
fg -j 3 --partial "$TMP/threads.fgp" --with-conllu "$in"/*.txt
expect_status 0 "-j 3 --partial --with-conllu"
fg merge -f conllu "$TMP/threads.fgp"
expect_status 0 "merge to CoNLL-U of the part made with -j 3"
[ -s "$TMP/j1.conllu" ] && cmp -s "$TMP/stdout" "$TMP/j1.conllu" ||
  fail "a part made with -j 3 merges into another CoNLL-U than -j 1 writes"

for bad in 0 -1 x 1025 ''; do
  fg -j "$bad" "$in/$first"
  expect_status 2 "-j '$bad'"
  expect_stderr "-j wants a number of threads" "-j '$bad'"
done
