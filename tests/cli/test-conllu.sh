#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# --format conllu: the samples and hostile texts give CoNLL-U that the
# independent checker (check-conllu.py) accepts, with every non-space
# character of each text in exactly one token; -o x.conllu writes the same;
# --input-format conllu keeps the given tokens and sentences. Documents
# come in the graph's order under their final ids: the inputs in another
# order give the same bytes, and two files with one name get two ids, those
# of the RDF documents.
. "$(dirname "$0")/lib.sh"
need_tool "$PY" timeout
check=$ROOT/tests/cli/check-conllu.py

mapfile -t inputs < <(sample_files)
"$FACTGRAPH" -q -f conllu "${inputs[@]}" >"$TMP/samples.conllu" ||
  fail "factgraph -f conllu on the samples failed"
out=$("$PY" "$check" "$TMP/samples.conllu" "${inputs[@]}") || fail "samples: $out"
docs=$(grep -c '^# newdoc id = ' "$TMP/samples.conllu")
[ "$docs" -eq "${#inputs[@]}" ] || fail "$docs documents for ${#inputs[@]} samples"

# the inputs backwards: the same bytes (documents in the order of their ids)
mapfile -t backwards < <(printf '%s\n' "${inputs[@]}" | tac)
"$FACTGRAPH" -q -f conllu "${backwards[@]}" >"$TMP/backwards.conllu" ||
  fail "factgraph -f conllu on the samples backwards failed"
cmp -s "$TMP/samples.conllu" "$TMP/backwards.conllu" ||
  fail "the samples backwards give another CoNLL-U"

# two files with one name, read in either order: distinct ids in
# '# newdoc id' and '# sent_id', each that of its RDF document (listed in
# the N-Quads' order, that of the ids)
mkdir -p "$TMP/same/a" "$TMP/same/b"
cp "${inputs[0]}" "$TMP/same/b/same.txt"
cp "${inputs[1]}" "$TMP/same/a/same.txt"
cp "${inputs[2]}" "$TMP/same/c.txt"
(cd "$TMP/same" && "$FACTGRAPH" -q -o ab.conllu -o ab.nq a/same.txt b/same.txt c.txt &&
  "$FACTGRAPH" -q -f conllu c.txt b/same.txt a/same.txt >ba.conllu) 2>"$TMP/same.err" ||
  fail "two files with one name: $(cat "$TMP/same.err")"
cmp -s "$TMP/same/ab.conllu" "$TMP/same/ba.conllu" ||
  fail "two files with one name: the order of the inputs changes the CoNLL-U"
ids=$(sed -n 's/^# newdoc id = //p' "$TMP/same/ab.conllu" | tr '\n' ' ')
[ "$ids" = "a/same.txt b/same.txt c.txt " ] ||
  fail "two files with one name: documents '$ids', not a/same.txt b/same.txt c.txt"
rdf=$(sed -n 's|^<[^>]*/doc/[^>]*> <http://schema.org/identifier> "\(.*\)" \.$|\1|p' \
  "$TMP/same/ab.nq" | tr '\n' ' ')
[ "$ids" = "$rdf" ] || fail "CoNLL-U documents '$ids', RDF documents '$rdf'"
grep -q '^# sent_id = b/same.txt-1$' "$TMP/same/ab.conllu" ||
  fail "two files with one name: no sentence b/same.txt-1"
out=$("$PY" "$check" "$TMP/same/ab.conllu" "$TMP/same/a/same.txt" "$TMP/same/b/same.txt" \
  "$TMP/same/c.txt") || fail "two files with one name: $out"

# the same through -o, and the formats' names
"$FACTGRAPH" -q -o "$TMP/o.conllu" "${inputs[@]}" || fail "-o x.conllu failed"
cmp -s "$TMP/samples.conllu" "$TMP/o.conllu" || fail "-o x.conllu differs from -f conllu"

# the checker itself must catch what it claims to: a broken copy fails
sed '0,/^2\t/s/^2\t\([^\t]*\)\t/2\t\1X\t/' "$TMP/samples.conllu" >"$TMP/bad-form.conllu"
"$PY" "$check" "$TMP/bad-form.conllu" "${inputs[@]}" >/dev/null &&
  fail "the checker accepted a changed FORM"
awk -F'\t' 'BEGIN{OFS="\t"} NF==10 && $1=="3" && !done {$7="0"; $8="root"; done=1} {print}' \
  "$TMP/samples.conllu" >"$TMP/two-roots.conllu"
"$PY" "$check" "$TMP/two-roots.conllu" >/dev/null && fail "the checker accepted two roots"

# hostile texts (the long line is smaller under valgrind)
mkdir "$TMP/h"
"$PY" "$ROOT/tests/cli/make-hostile-text.py" "$TMP/h" "${FG_CONLLU_WORDS:-300000}"
for text in "$TMP"/h/*.txt; do
  name=$(basename "$text" .txt)
  # a bound on time, not a measure: quadratic work on one long sentence hangs
  timeout "${FG_HOSTILE_TIMEOUT:-600}" "$FACTGRAPH" -q -f conllu "$text" \
    >"$TMP/h/$name.conllu" 2>"$TMP/h/$name.err" ||
    fail "$name: factgraph failed or timed out: $(head -c 300 "$TMP/h/$name.err")"
  out=$("$PY" "$check" "$TMP/h/$name.conllu" "$text") || fail "$name: $out"
done

# pre-tokenized input: the tokens and sentences come back as given
if grep -q conllu <("$FACTGRAPH" --help); then
  "$FACTGRAPH" -q --input-format conllu -f conllu "$TMP/samples.conllu" >"$TMP/again.conllu" ||
    fail "--input-format conllu failed"
  out=$("$PY" "$check" "$TMP/again.conllu") || fail "again: $out"
  diff <(grep -v '^#' "$TMP/samples.conllu" | cut -f1,2) \
    <(grep -v '^#' "$TMP/again.conllu" | cut -f1,2) >/dev/null ||
    fail "--input-format conllu changed the tokens, words or sentences"
fi

# malformed pre-tokenized input: an error naming the line, nothing written
printf '1\tGood\t_\t_\t_\t_\t0\troot\t_\t_\n\n1\n' >"$TMP/one-column.conllu"
printf '1-2\tdon'"'"'t\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\t_\t_\t_\t_\t0\troot\t_\t_\n\n' \
  >"$TMP/short-range.conllu"
printf 'x\tword\t_\t_\t_\t_\t0\troot\t_\t_\n\n' >"$TMP/bad-id.conllu"
for bad in one-column:3 short-range:3 bad-id:1; do
  name=${bad%:*} line=${bad#*:}
  status=0
  "$FACTGRAPH" -q --input-format conllu -f conllu "$TMP/$name.conllu" >"$TMP/$name.out" \
    2>"$TMP/$name.err" || status=$?
  [ "$status" -eq 1 ] || fail "$name: exit $status, not 1"
  grep -q ":$line:" "$TMP/$name.err" || fail "$name: the error does not name line $line: $(cat "$TMP/$name.err")"
  [ ! -s "$TMP/$name.out" ] || fail "$name: output written"
done

# a document id that is no single word still gives one (space, tab, no-break space)
mkdir -p "$TMP/odd"
odd="$TMP/odd/a b"$'\t'"c"$'\u00a0'"d.txt"
cp "${inputs[0]}" "$odd"
"$FACTGRAPH" -q -f conllu "$odd" >"$TMP/odd.conllu"
out=$("$PY" "$check" "$TMP/odd.conllu") || fail "odd id: $out"
