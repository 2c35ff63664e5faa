#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `make bench`: throughput and peak memory of factgraph on a corpus made by
# repeating samples/*.txt under new names, so that every copy is a distinct
# document. N-Triples, N-Quads and TSV run on ~20 MB, N-Triples also on
# ~5 MB to show how time and memory grow with the input (a per-byte time
# ratio of 1.00 is linear); Turtle, whose raptor serializer holds the whole
# graph in memory, runs alone on ~2 MB. Five runs each; prints the medians.
# Writes nothing into the repository.
# Then "beyond one core" on a ~4 MB corpus (FG_BENCH_JOBS_MB): -j 2 against -j 1, the map
# step in 2 processes (--partial) plus the merge against one process, the
# merge's share of that time and its peak RSS against one run's.
# FG_BENCH_ONLY=jobs runs that part alone.
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
mid_mb=5
small_mb=2
jobs_mb=${FG_BENCH_JOBS_MB:-4} # the beyond-one-core corpus, MB

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

# measure FORMAT DIR BYTES TRIPLES: five timed runs; prints one table row
# and leaves the medians in $cpu_median (seconds) and $rss_median (KiB).
# Rates are per CPU second (user + system): the machine is shared, and
# waiting for a core is not factgraph's time; wall time is shown as well.
measure() {
  local format=$1 dir=$2 bytes=$3 triples=$4 i
  : >"$tmp/walls"
  : >"$tmp/cpus"
  : >"$tmp/rsses"
  for ((i = 0; i < runs; i++)); do
    if ! /usr/bin/time -v -o "$tmp/time.log" "$bin" -q -j 1 -f "$format" "$dir"/*.txt \
      >"$tmp/out.$format" 2>"$tmp/err.log"; then
      echo "bench: factgraph -f $format failed: $(head -c 2000 "$tmp/err.log")" >&2
      exit 1
    fi
    seconds "$(sed -n 's/.*Elapsed (wall clock) time.*: \([0-9:.]*\)$/\1/p' "$tmp/time.log")" \
      >>"$tmp/walls"
    awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$tmp/time.log" \
      >>"$tmp/cpus"
    sed -n 's/.*Maximum resident set size (kbytes): \([0-9]*\)$/\1/p' "$tmp/time.log" \
      >>"$tmp/rsses"
  done
  local w c r
  w=$(median <"$tmp/walls")
  c=$(median <"$tmp/cpus")
  r=$(median <"$tmp/rsses")
  cpu_median=$c rss_median=$r
  awk -v f="$format" -v b="$bytes" -v n="$triples" -v w="$w" -v c="$c" -v r="$r" 'BEGIN {
    if (c <= 0) c = 0.005  # below /usr/bin/time resolution
    printf "%-9s %8.1f %8.2f %8.2f %8.2f %11.0f %8.1f\n", f, b / 1e6, w, c, b / 1e6 / c,
      n / c, r / 1024 }'
}

# triples_in DIR: statements of the corpus, as lines of its N-Triples.
triples_in() {
  "$bin" -q -f nt "$1"/*.txt | grep -c . || true
}

# ratio NEW OLD: NEW / OLD with two decimals.
ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'
}

# timed DIR CMD...: runs CMD under /usr/bin/time -v into DIR/time.log.
timed() {
  local dir=$1
  shift
  /usr/bin/time -v -o "$dir/time.log" "$@" 2>"$dir/err.log" ||
    { echo "bench: $* failed: $(head -c 2000 "$dir/err.log")" >&2; exit 1; }
}
wall_of() { seconds "$(sed -n 's/.*Elapsed (wall clock) time.*: \([0-9:.]*\)$/\1/p' "$1")"; }
rss_of() { sed -n 's/.*Maximum resident set size (kbytes): \([0-9]*\)$/\1/p' "$1"; }
now() { date +%s.%N; }

# beyond_one_core DIR: -j 1, -j 2, and 2 map processes + merge, 3 runs
# each, N-Quads to a file; prints medians and ratios.
beyond_one_core() {
  local dir=$1 i files half j1=() j2=() map=() merge=() total=() rss1=() rssm=()
  local r=$tmp/jobs t0 t1 t2 pa pb
  mkdir -p "$r/a" "$r/b" "$r/m" "$r/s"
  files=("$dir"/*.txt)
  half=$((${#files[@]} / 2))
  for ((i = 0; i < 3; i++)); do
    timed "$r/s" "$bin" -q -j 1 -o "$r/one.nq" "${files[@]}"
    j1+=("$(wall_of "$r/s/time.log")") rss1+=("$(rss_of "$r/s/time.log")")
    timed "$r/s" "$bin" -q -j 2 -o "$r/two.nq" "${files[@]}"
    j2+=("$(wall_of "$r/s/time.log")")
    cmp -s "$r/one.nq" "$r/two.nq" || { echo "bench: -j 2 differs from -j 1" >&2; exit 1; }
    t0=$(now)
    timed "$r/a" "$bin" -q -j 1 --partial "$r/a.fgp" "${files[@]:0:half}" &
    pa=$!
    timed "$r/b" "$bin" -q -j 1 --partial "$r/b.fgp" "${files[@]:half}" &
    pb=$!
    { wait "$pa" && wait "$pb"; } || { echo "bench: a map process failed" >&2; exit 1; }
    t1=$(now)
    timed "$r/m" "$bin" -q merge -o "$r/merged.nq" "$r/a.fgp" "$r/b.fgp"
    t2=$(now)
    cmp -s "$r/one.nq" "$r/merged.nq" || { echo "bench: the merge differs from -j 1" >&2; exit 1; }
    map+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')")
    merge+=("$(awk -v a="$t1" -v b="$t2" 'BEGIN { print b - a }')")
    total+=("$(awk -v a="$t0" -v b="$t2" 'BEGIN { print b - a }')")
    rssm+=("$(rss_of "$r/m/time.log")")
  done
  local m1 m2 mm mg mt r1 rm
  m1=$(printf '%s\n' "${j1[@]}" | median) m2=$(printf '%s\n' "${j2[@]}" | median)
  mm=$(printf '%s\n' "${map[@]}" | median) mg=$(printf '%s\n' "${merge[@]}" | median)
  mt=$(printf '%s\n' "${total[@]}" | median)
  r1=$(printf '%s\n' "${rss1[@]}" | median) rm=$(printf '%s\n' "${rssm[@]}" | median)
  echo "beyond one core ($(nproc) online cores; $(uptime | sed 's/.*load average/load average/')),"
  echo "  ${#files[@]} documents, N-Quads, medians of 3 runs (wall seconds):"
  awk -v m1="$m1" -v m2="$m2" -v mm="$mm" -v mg="$mg" -v mt="$mt" 'BEGIN {
    printf "  -j 1 %.2f s, -j 2 %.2f s: speed-up x%.2f\n", m1, m2, m1 / m2
    printf "  2 map processes %.2f s (x%.2f) + merge %.2f s = %.2f s: speed-up x%.2f over -j 1;" \
      " the merge is %.1f%% of it\n", mm, m1 / mm, mg, mt, m1 / mt, 100 * mg / mt }'
  echo "  peak RSS: merge $((rm / 1024)) MiB, one run (-j 1) $((r1 / 1024)) MiB" \
    "(x$(ratio "$rm" "$r1"))"
}

if [ "${FG_BENCH_ONLY:-}" = jobs ]; then
  make_corpus "$tmp/jobs-corpus" "$jobs_mb" >/dev/null
  beyond_one_core "$tmp/jobs-corpus"
  exit 0
fi

echo "bench: building corpora from ${#samples[@]} samples"
big_bytes=$(make_corpus "$tmp/big" "$big_mb")
mid_bytes=$(make_corpus "$tmp/mid" "$mid_mb")
small_bytes=$(make_corpus "$tmp/small" "$small_mb")
big_triples=$(triples_in "$tmp/big")
mid_triples=$(triples_in "$tmp/mid")
small_triples=$(triples_in "$tmp/small")
echo "bench: $(ls "$tmp/big" | wc -l) documents ($big_bytes bytes, $big_triples triples);" \
  "$(ls "$tmp/mid" | wc -l) ($mid_bytes bytes, $mid_triples triples);" \
  "$(ls "$tmp/small" | wc -l) for Turtle ($small_bytes bytes, $small_triples triples)"
echo "bench: medians of $runs runs"
printf '%-9s %8s %8s %8s %8s %11s %8s\n' format "input MB" "wall s" "cpu s" "MB/s" \
  triples/s "RSS MiB"
measure ntriples "$tmp/mid" "$mid_bytes" "$mid_triples"
mid_cpu=$cpu_median mid_rss=$rss_median
measure ntriples "$tmp/big" "$big_bytes" "$big_triples"
big_cpu=$cpu_median big_rss=$rss_median
measure nquads "$tmp/big" "$big_bytes" "$big_triples"
measure tsv "$tmp/big" "$big_bytes" "$big_triples"
tsv_cpu=$cpu_median
measure turtle "$tmp/small" "$small_bytes" "$small_triples"
input_x=$(ratio "$big_bytes" "$mid_bytes")
time_x=$(ratio "$big_cpu" "$mid_cpu")
echo "linearity, N-Triples $big_mb MB vs $mid_mb MB: input x$input_x, cpu time x$time_x" \
  "(per-byte time ratio $(ratio "$time_x" "$input_x")), peak RSS x$(ratio "$big_rss" "$mid_rss")"
# The TSV run reads and extracts the same facts; what N-Triples costs on top
# is writing the RDF through raptor2.
awk -v nt="$big_cpu" -v tsv="$tsv_cpu" -v n="$big_triples" -v b="$big_bytes" 'BEGIN {
  w = nt - tsv
  if (w <= 0) { print "writing N-Triples: within the noise of the TSV run"; exit }
  printf "writing N-Triples (N-Triples cpu - TSV cpu, %d MB): %.2f s, %.0f triples/s; " \
    "extraction alone (TSV) %.1f MB/s\n", b / 1e6, w, n / w, b / 1e6 / tsv }'

# The inputs of tests/cli/test-scaling.sh (built to be quadratic for a
# naive extractor), one run each at n and 4n: how CPU time and peak RSS
# grow with 4x the input (the test fails above x5, on the best of three).
echo "scaling cases, one run each at n and 4n (N-Triples and TSV):"
echo "Mr. Zed praised Kenya." >"$tmp/small.txt"
for c in names:200000 hyphens:200000 particles:200000 coordination:50000 \
  clauses:100000 clause-facts:50000 spellings:20000 restated:100000 label:500000 \
  aliases:20000 titles:10000 firms:20000; do
  case=${c%%:*} n=${c#*:} row=""
  for size in "$n" $((4 * n)); do
    python3 "$root/tests/bench/scaling-input.py" "$case" "$size" "$tmp/case.txt"
    args=("$tmp/case.txt")
    case $case in label | aliases) args=(--gazetteer "$tmp/case.txt" "$tmp/small.txt") ;; esac
    /usr/bin/time -f '%U %S %M' -o "$tmp/time.log" "$bin" -q -o "$tmp/case.nt" \
      -o "$tmp/case.tsv" "${args[@]}" 2>"$tmp/err.log" ||
      { echo "bench: $case at $size failed: $(head -c 2000 "$tmp/err.log")" >&2; exit 1; }
    row="$row $(awk '{ print $1 + $2, $3 }' "$tmp/time.log")"
  done
  awk -v c="$case" -v n="$n" -v r="$row" 'BEGIN {
    split(r, v, " "); c1 = v[1] > 0.01 ? v[1] : 0.01
    printf "  %-12s n=%-7d cpu %.2f s -> %.2f s (x%.1f), peak RSS %d -> %d MiB (x%.1f)\n",
      c, n, v[1], v[3], v[3] / c1, v[2] / 1024, v[4] / 1024, v[4] / v[2] }'
done

make_corpus "$tmp/jobs-corpus" "$jobs_mb" >/dev/null
beyond_one_core "$tmp/jobs-corpus"
