# SPDX-License-Identifier: MIT
# Helpers shared by tests/cli/test-*.sh (sourced, not run).
#
# Environment: FACTGRAPH = the binary under test, SHARED = ../shared.
# A test passes by exiting 0, fails with `fail MESSAGE` (exit 1) and is
# skipped with `skip REASON` (exit 77). Each test gets its own $TMP,
# removed on exit.
set -euo pipefail
# Command substitutions such as n=$(valid_rdf f) must stop at a failure too.
shopt -s inherit_errexit

: "${FACTGRAPH:?set FACTGRAPH to the factgraph binary}"
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# FACTGRAPH_SAMPLES points the tests at other articles (for debugging).
SAMPLES=${FACTGRAPH_SAMPLES:-$ROOT/samples}
SHARED=${SHARED:-$ROOT/../shared}
# Tests change directory: make it absolute.
if [ -d "$SHARED" ]; then
  SHARED=$(cd "$SHARED" && pwd)
fi
# The rdflib that Debian installs; the first python3 on PATH may lack it.
PY=/usr/bin/python3
TEST=$(basename "$0" .sh)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/fg-$TEST.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

fail() {
  echo "FAIL $TEST: $*" >&2
  exit 1
}

skip() {
  echo "SKIP $TEST: $*"
  exit 77
}

need_tool() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 ||
      fail "$tool is not installed (make deps installs it)"
  done
}

# The sample articles, in glob order; fails when there are none.
sample_files() {
  local files=("$SAMPLES"/*.txt)
  [ -e "${files[0]}" ] || fail "no samples/*.txt to run on"
  printf '%s\n' "${files[@]}"
}

# richest_sample: the sample with the most facts, so that "the good input
# was exported" means something; fails when no sample yields one.
richest_sample() {
  local input rows best="" best_rows=0
  while IFS= read -r input; do
    "$FACTGRAPH" -q -f tsv "$input" >"$TMP/richest.tsv" ||
      fail "factgraph -f tsv $input failed"
    rows=$(tsv_rows "$TMP/richest.tsv")
    if [ "$rows" -gt "$best_rows" ]; then
      best=$input best_rows=$rows
    fi
  done < <(sample_files)
  [ -n "$best" ] || fail "no sample yields a single fact"
  echo "$best"
}

# fg ARGS...: runs factgraph with stdout in $TMP/stdout and stderr in
# $TMP/stderr, and its exit status in $status (never aborts the test).
fg() {
  status=0
  "$FACTGRAPH" "$@" >"$TMP/stdout" 2>"$TMP/stderr" || status=$?
}

# expect_status N WHAT: fails unless the last fg exited with N.
expect_status() {
  [ "$status" -eq "$1" ] ||
    fail "$2: exit status $status, expected $1; stderr: $(head -c 2000 "$TMP/stderr")"
}

# expect_stderr REGEX WHAT: fails unless the last fg's stderr matches.
expect_stderr() {
  grep -Eq -- "$1" "$TMP/stderr" ||
    fail "$2: stderr does not match /$1/: $(head -c 2000 "$TMP/stderr")"
}

# serdi_count FILE SYNTAX: statements in FILE, parsed strictly by serdi;
# fails on any error or warning.
serdi_count() {
  local out=$TMP/serdi.out err=$TMP/serdi.err
  serdi -i "$2" -o ntriples "$1" >"$out" 2>"$err" ||
    fail "serdi rejects $1 ($2): $(head -c 2000 "$err")"
  [ ! -s "$err" ] || fail "serdi warns on $1 ($2): $(head -c 2000 "$err")"
  grep -c . "$out" || true
}

# rapper_count FILE SYNTAX: statements in FILE according to rapper; fails
# on any error or warning (rapper is lenient, serdi_count is the strict one).
rapper_count() {
  local err=$TMP/rapper.err count
  rapper -i "$2" -c "$1" >/dev/null 2>"$err" ||
    fail "rapper rejects $1 ($2): $(head -c 2000 "$err")"
  if grep -Eq '^rapper: (Warning|Error)' "$err"; then
    fail "rapper complains about $1 ($2): $(head -c 2000 "$err")"
  fi
  count=$(sed -n 's/^rapper: Parsing returned \([0-9]*\) triple.*/\1/p' "$err")
  [ -n "$count" ] || fail "rapper gave no count for $1: $(cat "$err")"
  echo "$count"
}

# valid_rdf FILE: checks an output by its extension with serdi and rapper,
# which must agree; prints the statement count.
valid_rdf() {
  local syntax
  case "$1" in
  *.ttl) syntax=turtle ;;
  *.nt) syntax=ntriples ;;
  *.nq) syntax=nquads ;;
  *) fail "valid_rdf: no RDF syntax for $1" ;;
  esac
  local strict lenient
  strict=$(serdi_count "$1" "$syntax")
  lenient=$(rapper_count "$1" "$syntax")
  [ "$strict" -eq "$lenient" ] ||
    fail "$1: serdi reads $strict statements, rapper $lenient"
  echo "$strict"
}

# valid_dot FILE: `dot` lays it out with exit 0 and nothing on stderr.
valid_dot() {
  dot -Tsvg "$1" -o "$TMP/dot.svg" 2>"$TMP/dot.err" ||
    fail "dot rejects $1: $(head -c 2000 "$TMP/dot.err")"
  [ ! -s "$TMP/dot.err" ] ||
    fail "dot warns on $1: $(head -c 2000 "$TMP/dot.err")"
  [ -s "$TMP/dot.svg" ] || fail "dot made an empty SVG from $1"
}

# tsv_columns README: the column names of README's "The facts TSV" table,
# tab-separated (empty when it has none).
tsv_columns() {
  sed -n '/^## The facts TSV/,/^## /s/^| `\([a-z_]*\)` |.*/\1/p' "$1" |
    paste -sd '\t' -
}

# The facts TSV header, taken from the column table of the README's
# section "The facts TSV": the project owns its format.
tsv_header() {
  local readme=$ROOT/README.md columns
  [ -f "$readme" ] || fail "$readme is missing: cannot check the TSV header"
  columns=$(tsv_columns "$readme")
  [ -n "$columns" ] || fail "no TSV columns found in $readme"
  printf '%s\n' "$columns"
}

# valid_tsv FILE: the README's header, then rows of exactly as many
# tab-separated columns, a confidence in [0,1] and non-empty documents.
valid_tsv() {
  local header
  header=$(tsv_header)
  [ "$(head -n 1 "$1")" = "$header" ] ||
    fail "$1: header is '$(head -n 1 "$1")', expected '$header'"
  awk -F '\t' -v want="$(printf '%s' "$header" | awk -F '\t' '{print NF}')" '
    NR == 1 { next }
    NF != want { printf "line %d has %d columns, not %d\n", NR, NF, want; bad = 1; exit }
    $7 !~ /^[0-9]*\.?[0-9]+([eE][-+]?[0-9]+)?$/ || $7 + 0 > 1 {
      printf "line %d: confidence \"%s\" is not in [0,1]\n", NR, $7; bad = 1; exit }
    $8 == "" { printf "line %d: no documents\n", NR; bad = 1; exit }
    END { exit bad }' "$1" >"$TMP/tsv.err" ||
    fail "$1: $(cat "$TMP/tsv.err")"
}

# tsv_rows FILE: the number of fact rows (lines after the header).
tsv_rows() {
  echo $(($(wc -l <"$1") - 1))
}

# rdflib_check TTL NT NQ: rdflib reads all three without a single logged
# warning; TTL and NT hold isomorphic graphs; the union of NQ's graphs is
# isomorphic to NT too. Prints "triples quads".
rdflib_check() {
  "$PY" - "$@" <<'PY' 2>"$TMP/rdflib.err" ||
import logging, sys, warnings

class Record(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages = []
    def emit(self, record):
        self.messages.append(record.getMessage())

record = Record()
logging.getLogger().addHandler(record)
warnings.simplefilter("error")
from rdflib import ConjunctiveGraph, Graph
from rdflib.compare import isomorphic

ttl, nt, nq = sys.argv[1:4]
g_ttl = Graph().parse(ttl, format="turtle")
g_nt = Graph().parse(nt, format="nt")
quads = ConjunctiveGraph()
quads.parse(nq, format="nquads")
quad_count = len(list(quads.quads((None, None, None, None))))
if record.messages:
    sys.exit("\n".join("rdflib logged: " + m for m in record.messages))
union = Graph()
for triple in quads.triples((None, None, None)):
    union.add(triple)
problems = []
if len(g_ttl) != len(g_nt):
    problems.append(f"{ttl} has {len(g_ttl)} triples, {nt} {len(g_nt)}")
elif not isomorphic(g_ttl, g_nt):
    problems.append(f"{ttl} and {nt} hold different graphs")
if len(union) != len(g_nt):
    problems.append(f"union of {nq} has {len(union)} triples, {nt} {len(g_nt)}")
elif not isomorphic(union, g_nt):
    problems.append(f"union of {nq} differs from {nt}")
if problems:
    sys.exit("\n".join(problems))
print(len(g_nt), quad_count)
PY
    fail "rdflib: $(head -c 3000 "$TMP/rdflib.err")"
}

# threshold KEY: a value from tests/cli/expected-thresholds.
threshold() {
  local file=$ROOT/tests/cli/expected-thresholds value
  value=$(sed -n "s/^$1=[[:space:]]*\\([0-9.]*\\)[[:space:]]*\$/\\1/p" "$file")
  [[ "$value" =~ ^[0-9]*\.?[0-9]+$ ]] || fail "no number for $1 in $file"
  echo "$value"
}

# score FACTS ENTITIES GOLD CORE_MIN [EXTRA_MIN]: scores a facts TSV with
# shared/tools/score-facts and fails when a negative fact is asserted or a
# recall is below its minimum. Prints the score.
score() {
  local facts=$1 entities=$2 gold=$3 core_min=$4 extra_min=${5:-0} precision_min=${6:-0}
  local report=$TMP/score.out
  "$PY" "$SHARED/tools/score-facts" "$facts" "$entities" "$gold" --verbose \
    >"$report" 2>&1 || fail "score-facts failed: $(head -c 2000 "$report")"
  local line
  line=$(grep -E '^core recall [0-9]+/[0-9]+ +extra recall [0-9]+/[0-9]+ +negatives asserted [0-9]+/[0-9]+' \
    "$report") || fail "score-facts printed no score: $(head -c 2000 "$report")"
  grep -E '^(core recall|asserted rows|score:)' "$report" | sed 's/^/  /'
  local precision
  precision=$(sed -n 's/^score:.*precision_known=\([0-9.]*\).*/\1/p' "$report")
  local verdict
  verdict=$(awk -v core_min="$core_min" -v extra_min="$extra_min" \
    -v precision="${precision:-0}" -v precision_min="$precision_min" '
    function recall(fraction, parts) {
      split(fraction, parts, "/")
      return parts[2] > 0 ? parts[1] / parts[2] : 1
    }
    { core = recall($3); extra = recall($6); split($9, neg, "/") }
    neg[1] > 0 { print neg[1] " negative fact(s) asserted"; exit }
    core < core_min { printf "core recall %.2f is below %s\n", core, core_min; exit }
    extra < extra_min { printf "extra recall %.2f is below %s\n", extra, extra_min; exit }
    precision < precision_min { printf "precision %.2f is below %s\n", precision, precision_min; exit }' \
    <<<"$line")
  if [ -n "$verdict" ]; then
    { grep '^WRONG-NEGATIVE' "$report"; grep '^MISSED' "$report" | head -n 30; } |
      sed 's/^/  /' >&2
    fail "$verdict"
  fi
}

# export_all INPUT...: writes x.ttl, x.nt, x.nq, x.dot and x.tsv of the
# inputs into the current directory and checks them all: rapper, serdi
# and rdflib agree on every count, Turtle and N-Triples hold the same
# graph, the N-Quads' union graph is that graph too, dot lays the DOT out
# without a warning, and the TSV has facts in the README's shape.
export_all() {
  fg -o x.ttl -o x.nt -o x.nq -o x.dot -o x.tsv "$@"
  expect_status 0 "export of $# articles"
  local ttl nt nq counts rdflib_triples rdflib_quads
  ttl=$(valid_rdf x.ttl)
  nt=$(valid_rdf x.nt)
  nq=$(valid_rdf x.nq)
  [ "$nt" -gt 0 ] || fail "x.nt holds no triples"
  [ "$ttl" -eq "$nt" ] || fail "x.ttl has $ttl triples, x.nt $nt"
  counts=$(rdflib_check x.ttl x.nt x.nq)
  read -r rdflib_triples rdflib_quads <<<"$counts"
  [ "$rdflib_triples" -eq "$nt" ] ||
    fail "rdflib reads $rdflib_triples triples in x.nt, serdi $nt"
  [ "$rdflib_quads" -eq "$nq" ] ||
    fail "rdflib reads $rdflib_quads quads in x.nq, serdi $nq"
  valid_dot x.dot
  valid_tsv x.tsv
  [ "$(tsv_rows x.tsv)" -gt 0 ] || fail "x.tsv lists no facts"
}
