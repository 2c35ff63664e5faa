#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Inputs that would get the same document id stay distinct documents: two
# files of one name in two directories (as operands and with -r), and JSON
# Lines records with the same "id". Each takes the path as given (plus
# :LINE for a record) as its id, with a warning, whatever the input order.
# The reverse: one file named twice is one document, read once.
. "$(dirname "$0")/lib.sh"
need_tool serdi rapper "$PY"

mapfile -t samples < <(sample_files)
[ "${#samples[@]}" -ge 2 ] || fail "need two samples/*.txt"
ARTICLE='<http://schema.org/NewsArticle>'

# articles FILE: the schema:NewsArticle subjects in an N-Triples file.
articles() {
  grep -F " $ARTICLE ." "$1" | cut -d ' ' -f 1 | sort
}

cd "$TMP"
mkdir one two
cp "${samples[0]}" one/report.txt
cp "${samples[1]}" two/report.txt

# One file alone keeps its file name as id, without a word.
fg -f nt one/report.txt
expect_status 0 "one/report.txt alone"
cp "$TMP/stdout" alone.nt
[ ! -s "$TMP/stderr" ] || fail "one file alone: messages: $(cat "$TMP/stderr")"
articles "$TMP/stdout" | grep -q '/doc/report\.txt>$' ||
  fail "one/report.txt alone is not doc/report.txt: $(articles "$TMP/stdout")"

fg -f nt one/report.txt two/report.txt
expect_status 0 "two report.txt"
cp "$TMP/stdout" forward.nt
[ "$(valid_rdf forward.nt)" -gt 0 ] || fail "forward.nt holds no triples"
[ "$(articles forward.nt | wc -l)" -eq 2 ] ||
  fail "two report.txt give $(articles forward.nt | wc -l) schema:NewsArticle, not 2"
articles forward.nt | grep -q '/doc/one%2Freport\.txt>$' ||
  fail "no document one/report.txt: $(articles forward.nt)"
articles forward.nt | grep -q '/doc/two%2Freport\.txt>$' ||
  fail "no document two/report.txt: $(articles forward.nt)"
for dir in one two; do
  expect_stderr "^factgraph: $dir/report\\.txt: warning: document id \"report\\.txt\" is not unique: written as \"$dir/report\\.txt\"$" \
    "two report.txt"
done

fg -f nt two/report.txt one/report.txt
expect_status 0 "two report.txt, swapped"
cmp -s forward.nt "$TMP/stdout" ||
  fail "swapping two same-named inputs changes the N-Triples"

# -r reaches the same files by the same paths: the same graph.
fg -r -f nt two one
expect_status 0 "-r two one"
cmp -s forward.nt "$TMP/stdout" || fail "-r two one differs from the two files"
fg -r -f nt two/ one/
expect_status 0 "-r two/ one/"
cmp -s forward.nt "$TMP/stdout" ||
  fail "-r two/ one/ differs from the two files: $(cat "$TMP/stderr")"

# The same path twice is still one document.
fg -f nt one/report.txt one/report.txt
expect_status 0 "one/report.txt twice"
[ "$(articles "$TMP/stdout" | wc -l)" -eq 1 ] ||
  fail "one/report.txt twice gives $(articles "$TMP/stdout" | wc -l) documents"

# One file under other names (./, a hard link) is read once: its facts
# must not count as two sources. Each repeat is named with a warning.
ln one/report.txt linked.txt
fg -f nt one/report.txt ./one/report.txt linked.txt
expect_status 0 "one file under three names"
cmp -s alone.nt "$TMP/stdout" || fail "one file under three names differs from the file alone"
for repeat in "\./one/report\.txt" "linked\.txt"; do
  expect_stderr "^factgraph: $repeat: warning: the same file as one/report\.txt, read already: skipped\$" \
    "one file under three names"
done

# JSON Lines: two records claim the id "dup", a third has its own.
"$PY" - "${samples[0]}" "${samples[1]}" >dump.jsonl <<'PY'
import json, sys
texts = [open(path, encoding="utf-8").read() for path in sys.argv[1:3]]
for record in ({"id": "dup", "text": texts[0]}, {"id": "own", "text": texts[1]},
               {"id": "dup", "text": texts[1]}):
    print(json.dumps(record))
PY
fg -f nt dump.jsonl
expect_status 0 "dump.jsonl"
cp "$TMP/stdout" dump.nt
[ "$(valid_rdf dump.nt)" -gt 0 ] || fail "dump.nt holds no triples"
documents=$(articles dump.nt | sed 's|.*/doc/||; s|>$||' | paste -sd ' ' -)
[ "$documents" = "dump.jsonl%3A1 dump.jsonl%3A3 own" ] ||
  fail "dump.jsonl: documents '$documents'"
for line in 1 3; do
  expect_stderr "^factgraph: dump\\.jsonl:$line: warning: document id \"dup\" is not unique: written as \"dump\\.jsonl:$line\"$" \
    "dump.jsonl"
done
[ "$(grep -c 'not unique' "$TMP/stderr")" -eq 2 ] ||
  fail "dump.jsonl: not two warnings: $(cat "$TMP/stderr")"
