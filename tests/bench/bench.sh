#!/usr/bin/env bash
# `make bench`: throughput and peak memory of factgraph on a corpus made by
# repeating samples/*.txt under new names, so that every copy is a distinct
# document. N-Triples, N-Quads and TSV run on ~20 MB; Turtle, whose raptor
# serializer holds the whole graph in memory, on ~2 MB. Five runs each;
# prints the medians. Writes nothing into the repository.
#   usage: bench.sh BIN
set -euo pipefail

if [ "$#" -ne 1 ]; then
  echo "usage: $0 BIN" >&2
  exit 2
fi
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
runs=5
big_mb=20
small_mb=2

if [ ! -x /usr/bin/time ]; then
  echo "bench: /usr/bin/time is missing (make deps installs it)" >&2
  exit 1
fi
samples=("$root"/samples/*.txt)
if [ ! -e "${samples[0]}" ]; then
  echo "bench: no samples/*.txt to build a corpus from" >&2
  exit 1
fi

# The samples' texts, read once ("x" keeps trailing newlines).
texts=() names=() sample_bytes=0
for sample in "${samples[@]}"; do
  text=$(cat "$sample"; echo x)
  texts+=("${text%x}")
  names+=("$(basename "$sample")")
  sample_bytes=$((sample_bytes + $(wc -c <"$sample")))
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# make_corpus DIR MB: copies of the samples, each under a new file name
# (a document's id is its file name), until DIR holds about MB megabytes.
# Written with builtins: ten thousand `cp` processes would take longer.
make_corpus() {
  local dir=$1 target=$(($2 * 1000 * 1000)) size=0 copy=0 i
  mkdir -p "$dir"
  while [ "$size" -lt "$target" ]; do
    copy=$((copy + 1))
    for i in "${!samples[@]}"; do
      printf '%s' "${texts[i]}" >"$dir/c$(printf '%05d' "$copy")-${names[i]}"
    done
    size=$((size + sample_bytes))
  done
  echo "$size"
}

median() {
  sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# seconds "h:mm:ss" or "m:ss.ss" -> seconds
seconds() {
  awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }' <<<"$1"
}

# measure FORMAT DIR BYTES TRIPLES: five timed runs; prints one table row.
measure() {
  local format=$1 dir=$2 bytes=$3 triples=$4 i wall rss
  local times=$tmp/times rsses=$tmp/rss
  : >"$times"
  : >"$rsses"
  for ((i = 0; i < runs; i++)); do
    if ! /usr/bin/time -v -o "$tmp/time.log" "$bin" -q -f "$format" "$dir"/*.txt \
      >"$tmp/out.$format" 2>"$tmp/err.log"; then
      echo "bench: factgraph -f $format failed: $(head -c 2000 "$tmp/err.log")" >&2
      exit 1
    fi
    wall=$(sed -n 's/.*Elapsed (wall clock) time.*: \([0-9:.]*\)$/\1/p' "$tmp/time.log")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): \([0-9]*\)$/\1/p' "$tmp/time.log")
    seconds "$wall" >>"$times"
    echo "$rss" >>"$rsses"
  done
  local t r
  t=$(median <"$times")
  r=$(median <"$rsses")
  awk -v f="$format" -v b="$bytes" -v n="$triples" -v t="$t" -v r="$r" 'BEGIN {
    if (t <= 0) t = 0.005  # below /usr/bin/time resolution
    printf "%-9s %8.1f %9.2f %10.2f %12.0f %9.1f\n", f, b / 1e6, t, b / 1e6 / t, n / t, r / 1024 }'
}

# triples_in DIR: statements of the corpus, as lines of its N-Triples.
triples_in() {
  "$bin" -q -f nt "$1"/*.txt | grep -c . || true
}

echo "bench: building corpora from ${#samples[@]} samples"
big_bytes=$(make_corpus "$tmp/big" "$big_mb")
small_bytes=$(make_corpus "$tmp/small" "$small_mb")
big_triples=$(triples_in "$tmp/big")
small_triples=$(triples_in "$tmp/small")
echo "bench: $(ls "$tmp/big" | wc -l) documents ($big_bytes bytes, $big_triples triples);" \
  "$(ls "$tmp/small" | wc -l) for Turtle ($small_bytes bytes, $small_triples triples)"
echo "bench: medians of $runs runs"
printf '%-9s %8s %9s %10s %12s %9s\n' format "input MB" seconds "MB/s" triples/s "RSS MiB"
measure ntriples "$tmp/big" "$big_bytes" "$big_triples"
measure nquads "$tmp/big" "$big_bytes" "$big_triples"
measure tsv "$tmp/big" "$big_bytes" "$big_triples"
measure turtle "$tmp/small" "$small_bytes" "$small_triples"
