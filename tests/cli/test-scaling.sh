#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Time and memory grow linearly on inputs built to be quadratic: one name
# repeated in a sentence, a long hyphenated name, a run of al- particles,
# a long gazetteer label, a gazetteer entry with thousands of alt labels,
# thousands of conjuncts, thousands of comma-joined clauses (with and
# without a fact each), one name spelled thousands of ways, one fact
# restated in every sentence and thousands of lone firm names. Each case runs at n and at 4n; CPU time
# (user + system) and peak RSS may grow at most 5x (the best of up to five
# runs, for a noisy machine). A case whose CPU seconds still grow too fast
# is judged on its instruction count instead (valgrind, at n/2 and 2n),
# which a busy machine does not change: a neighbour sharing the caches can
# slow the long 4n run by half while the short n run finds a quiet moment.
# Throughput itself is measured by `make bench`, not here. Under a
# sanitizer or valgrind the cases only run once, small, for their safety.
. "$(dirname "$0")/lib.sh"

[ -x /usr/bin/time ] || fail "/usr/bin/time is missing (make deps installs it)"

echo "Mr. Zed praised Kenya." >"$TMP/small.txt"

# Each case and its n: large enough that start-up does not dominate,
# small enough that the whole test takes well under a minute.
cases=(names:200000 hyphens:200000 particles:200000 coordination:50000
  clauses:100000 clause-facts:50000 spellings:20000 restated:100000 label:500000
  aliases:20000 titles:10000 firms:20000)

# run CASE N: one export of the case at size n; its CPU seconds and peak
# KiB in $cpu and $rss. Virtual memory is capped (not under ASan, which
# reserves terabytes of it), so that a quadratic build fails here instead
# of taking the machine's memory.
run() {
  local case=$1 n=$2 cap=$((2 * 1024 * 1024))
  [ -z "${FG_SANITIZED:-}${FG_VALGRIND:-}" ] || cap=unlimited
  case_args "$case" "$n"
  status=0
  (ulimit -v "$cap" &&
    exec timeout 60 /usr/bin/time -f '%U %S %M' -o "$TMP/time.log" \
      "$FACTGRAPH" -q -o "$TMP/out.nt" -o "$TMP/out.tsv" "${args[@]}") \
    2>"$TMP/stderr" || status=$?
  [ "$status" -eq 0 ] ||
    fail "$case at n=$n: exit status $status: $(head -c 1000 "$TMP/stderr")"
  read -r cpu rss < <(awk '{ print $1 + $2, $3 }' "$TMP/time.log")
}

# case_args CASE N: the command-line arguments of the case at size n in
# $args (the input is written on first use).
case_args() {
  local case=$1 n=$2 input=$TMP/$1-$2.txt
  [ -e "$input" ] || "$PY" "$ROOT/tests/bench/scaling-input.py" "$case" "$n" "$input"
  if [ "$case" = label ] || [ "$case" = aliases ]; then
    args=(--gazetteer "$input" "$TMP/small.txt")
  else
    args=("$input")
  fi
}

# instructions CASE N: the instructions one export of the case at size n
# executes, counted by valgrind, in $instr.
instructions() {
  case_args "$1" "$2"
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    "$FACTGRAPH" -q -o "$TMP/out.nt" -o "$TMP/out.tsv" "${args[@]}" 2>"$TMP/valgrind.log" ||
    fail "$1 at n=$2 under valgrind: $(tail -n 5 "$TMP/valgrind.log")"
  instr=$(sed -n 's/.*I *refs: *//p' "$TMP/valgrind.log" | tr -d ,)
  [ -n "$instr" ] || fail "$1 at n=$2: no instruction count in $(tail -n 5 "$TMP/valgrind.log")"
}

# lower VAR VALUE: VAR becomes VALUE when VALUE is smaller (or VAR empty).
lower() {
  local -n var=$1
  var=$(awk -v a="$2" -v b="${var:-$2}" 'BEGIN { print (a < b ? a : b) }')
}

if [ -n "${FG_SANITIZED:-}${FG_VALGRIND:-}" ]; then
  for c in "${cases[@]}"; do
    run "${c%%:*}" $((${c#*:} / 100))
  done
  echo "  the cases run once at n/100: time and memory under a sanitizer are not measured"
  exit 0
fi

# A case passes at its first try; one that seems to grow too fast is run
# again, four times at most, and judged on the best times and sizes seen (a busy
# machine only ever adds).
for c in "${cases[@]}"; do
  case=${c%%:*} n=${c#*:}
  cpu1="" rss1="" cpu4="" rss4=""
  for try in 1 2 3 4 5; do
    run "$case" "$n"
    lower cpu1 "$cpu"
    lower rss1 "$rss"
    run "$case" $((4 * n))
    lower cpu4 "$cpu"
    lower rss4 "$rss"
    # /usr/bin/time counts in hundredths: a floor keeps a fast run's
    # rounding from looking like growth
    verdict=$(awk -v c1="$cpu1" -v c4="$cpu4" -v r1="$rss1" -v r4="$rss4" 'BEGIN {
      t = c4 / (c1 > 0.05 ? c1 : 0.05); m = r4 / r1
      printf "cpu %.2fs -> %.2fs (x%.1f), peak RSS %d -> %d MiB (x%.1f)", c1, c4, t,
        r1 / 1024, r4 / 1024, m
      if (t > 5 || m > 5) printf " GROWS FASTER THAN THE INPUT"
    }')
    [[ "$verdict" == *FASTER* ]] || break
  done
  echo "  $case n=$n: $verdict"
  [[ "$verdict" == *FASTER* ]] || continue
  # Peak memory does not depend on the machine's load: only seconds are
  # judged again, on instructions.
  if awk -v a="$rss1" -v b="$rss4" 'BEGIN { exit !(b / a > 5) }'; then
    fail "$case: 4x the input takes more than 5x the memory: $verdict"
  fi 
  command -v valgrind >/dev/null ||
    fail "$case: 4x the input costs more than 5x: $verdict (and valgrind, to count instructions, is missing)"
  instructions "$case" $((n / 2))
  i1=$instr
  instructions "$case" $((2 * n))
  i4=$instr
  growth=$(awk -v a="$i1" -v b="$i4" 'BEGIN { printf "%.1f", b / a }')
  echo "  $case: instructions at n=$((n / 2)) -> $((2 * n)): $i1 -> $i4 (x$growth)"
  if awk -v g="$growth" 'BEGIN { exit !(g > 5) }'; then
    fail "$case: 4x the input executes more than 5x the instructions: x$growth"
  fi
done
