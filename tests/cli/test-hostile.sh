#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Hostile inputs, generated here: each gets a message naming the file
# (with a line or byte offset where it helps), exit 1 only when nothing
# usable was read, and never a crash, a hang, invalid RDF or a partial
# output. Sizes: a 200 MB file without a newline, and a 1 GB JSON Lines
# stream and a 1 GB text stream on stdin, with memory flat (about 15 s in
# all). Under a sanitizer or valgrind (FG_SANITIZED / FG_VALGRIND set)
# every size is FG_HOSTILE_SMALL_MB (32) to keep the suite quick.
. "$(dirname "$0")/lib.sh"
need_tool serdi rapper dot "$PY" timeout

WEB=$ROOT/samples/web
good=$WEB/lake-turkana-accord.txt
if [ -n "${FG_SANITIZED:-}${FG_VALGRIND:-}" ]; then
  small=${FG_HOSTILE_SMALL_MB:-32}
  file_mb=$small text_mb=$small jsonl_mb=$small
else
  file_mb=200 text_mb=1024 jsonl_mb=1024
fi
# A hang is a failure: nothing here may take this long.
LIMIT=${FG_HOSTILE_TIMEOUT:-600}

# run ARGS...: factgraph with a time limit; status in $status.
run() {
  status=0
  timeout "$LIMIT" "$FACTGRAPH" "$@" >"$TMP/stdout" 2>"$TMP/stderr" || status=$?
  [ "$status" -ne 124 ] || fail "$WHAT: no answer after ${LIMIT}s"
  [ "$status" -lt 128 ] || fail "$WHAT: killed by signal $((status - 128))"
}

# Starts a case in an empty directory of its own.
fresh() {
  WHAT=$1
  rm -rf "$TMP/work"
  mkdir "$TMP/work"
  cd "$TMP/work"
}

# Every output left here is complete and valid, and nothing else is.
outputs_valid() {
  local f
  for f in *; do
    case $f in
    *.ttl | *.nt | *.nq) valid_rdf "$f" >/dev/null ;;
    *.dot) valid_dot "$f" ;;
    *.tsv) valid_tsv "$f" ;;
    *) ;;
    esac
  done
  ! ls ./*.XXXXXX* ./*.?????? ./.factgraph-* >/dev/null 2>&1 ||
    fail "$WHAT: temporary files left: $(ls -A)"
}

# export_with INPUT...: every output format, then they must all be valid.
export_with() {
  run -o x.ttl -o x.nt -o x.nq -o x.dot -o x.tsv "$@"
}

# expect_exported: the outputs exist and hold the good article's facts.
expect_exported() {
  [ -f x.nt ] || fail "$WHAT: nothing written; stderr: $(head -c 2000 "$TMP/stderr")"
  outputs_valid
  [ "$(tsv_rows x.tsv)" -gt 0 ] || fail "$WHAT: no facts exported"
}

# expect_nothing_written: exit 1 and no output file at all.
expect_nothing_written() {
  expect_status 1 "$WHAT"
  [ ! -e x.nt ] && [ ! -e x.ttl ] || fail "$WHAT: an output was written"
}

fresh "invalid UTF-8 in a page"
sed 's/Lodwar on Tuesday/Lodwar \xff\xfe on Tuesday/' "$WEB/lake-turkana-accord.html" >bad.html
export_with bad.html
expect_status 0 "$WHAT"
expect_stderr 'bad\.html: byte [0-9]+: warning: invalid UTF-8 replaced by U\+FFFD' "$WHAT"
expect_exported
grep -q 'Lodwar \\uFFFD\\uFFFD on' x.nt || fail "$WHAT: no U+FFFD in the output"

fresh "Unicode noncharacters in headline and names"
# raptor cut literals at U+FFFF and its Turtle writer dropped the rest of
# the graph silently (a libFuzzer leak report led here).
sed -e '1s/water accord/water \xef\xbf\xbf accord/' \
  -e 's/Lokiru Ekai/Lokiru E\xef\xbf\xbekai/' "$good" >nonchar.txt
export_with nonchar.txt
expect_status 0 "$WHAT"
expect_stderr 'nonchar\.txt: byte 30: warning: Unicode noncharacter replaced by U\+FFFD' "$WHAT"
expect_exported
[ "$(valid_rdf x.ttl)" -eq "$(valid_rdf x.nt)" ] ||
  fail "$WHAT: Turtle and N-Triples hold different triple counts"
grep -q '"Kenya and Ethiopia sign water \\uFFFD accord' x.nt &&
  grep -q 'led by Lokiru E\\uFFFDkai, praised' x.nt || fail "$WHAT: a literal lost its U+FFFD or its tail"

fresh "NUL bytes in text"
{ head -c 300 "$good"; printf '\0\0'; tail -c +301 "$good"; } >nul.txt
export_with nul.txt
expect_status 0 "$WHAT"
expect_stderr 'nul\.txt: byte 300: warning: NUL byte replaced' "$WHAT"
expect_exported
! grep -q '\\u0000' x.nt || fail "$WHAT: a NUL reached a literal"

fresh "UTF-16 with a BOM"
iconv -f UTF-8 -t UTF-16 "$WEB/lake-turkana-accord.html" >u16.html
iconv -f UTF-8 -t UTF-16 "$good" >u16.txt
run -f tsv "$good"
cut -f 1-7 "$TMP/stdout" >utf8.facts
for f in u16.html u16.txt; do
  run -f tsv "$f"
  expect_status 0 "$WHAT: $f"
  cut -f 1-7 "$TMP/stdout" | diff -q - utf8.facts >/dev/null ||
    fail "$WHAT: $f gives other facts than the UTF-8 text"
done

fresh "binary file"
head -c 65536 "$(command -v ls)" >binary.html
export_with binary.html "$good"
expect_status 1 "$WHAT"
expect_stderr 'binary\.html: error: binary file' "$WHAT"
expect_exported

fresh "empty file"
: >empty.xml
export_with empty.xml
expect_stderr 'empty\.xml: warning: empty document' "$WHAT"
expect_nothing_written

fresh "deeply nested HTML (100,000 levels)"
"$PY" -c 'import sys; n = 100000; sys.stdout.write("<html><body>" + "<div>" * n + "<p>Deep text.</p>" + "</div>" * n + "</body></html>")' >deep.html
export_with deep.html "$good"
expect_status 0 "$WHAT"
expect_stderr 'deep\.html:1: warning: malformed HTML: Excessive depth' "$WHAT"
expect_exported

fresh "deeply nested NITF"
"$PY" -c 'import sys; n = 100000; sys.stdout.write("<nitf><body><body.content>" + "<block>" * n + "<p>Deep.</p>" + "</block>" * n + "</body.content></body></nitf>")' >deep.xml
export_with deep.xml "$good"
expect_status 0 "$WHAT"
expect_stderr 'deep\.xml:1: warning: malformed XML: Excessive depth' "$WHAT"
expect_exported

# The inputs that were quadratic (test-scaling.sh measures their growth):
# here each once, small enough for valgrind, with every output valid.
for c in names:2000 hyphens:2000 particles:2000 coordination:1000 clauses:2000 \
  clause-facts:1000 spellings:500 restated:2000 label:5000 aliases:500; do
  fresh "quadratic for a naive extractor: ${c%%:*}"
  "$PY" "$ROOT/tests/bench/scaling-input.py" "${c%%:*}" "${c#*:}" case.in
  case ${c%%:*} in
  label | aliases) export_with --gazetteer case.in "$good" ;;
  *) export_with case.in "$good" ;;
  esac
  expect_status 0 "$WHAT"
  expect_exported
done

fresh "billion laughs"
{
  echo '<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY l0 "lol">'
  for i in 1 2 3 4 5 6 7 8 9; do
    printf '<!ENTITY l%d "' "$i"
    for _ in 1 2 3 4 5 6 7 8 9 10; do printf '&l%d;' $((i - 1)); done
    echo '">'
  done
  echo ']><nitf><head><title>&l9;</title></head><body><body.content>'
  echo '<p>Kenya joined NATO on Monday. &l9;</p></body.content></body></nitf>'
} >laughs.xml
export_with laughs.xml "$good"
expect_status 0 "$WHAT"
expect_stderr 'laughs\.xml:[0-9]+: warning: malformed XML: Detected an entity reference loop' "$WHAT"
expect_exported
! grep -q lollol x.nt || fail "$WHAT: an entity was expanded"

fresh "external entities"
echo "CANARY-$$-SECRET" >canary.txt
cat >xxe.xml <<XML
<?xml version="1.0"?>
<!DOCTYPE nitf SYSTEM "http://127.0.0.1:9/nitf.dtd" [
  <!ENTITY file SYSTEM "file://$PWD/canary.txt">
  <!ENTITY web SYSTEM "http://127.0.0.1:9/entity.xml">
  <!ENTITY % remote SYSTEM "http://127.0.0.1:9/remote.dtd"> %remote;
]>
<nitf><body><body.content><p>President Amara Wekesa of Kenya met with
Ethiopian Prime Minister Dawit Alemu in Lodwar. &file; &web;</p>
</body.content></body></nitf>
XML
export_with xxe.xml
expect_status 0 "$WHAT"
expect_exported
! grep -rq CANARY x.* || fail "$WHAT: the file entity was read"

fresh "truncated and malformed news XML"
head -c 2000 "$WEB/lake-turkana-accord.nitf.xml" >cut.xml
printf '<nitf><body><body.content><p>Unclosed <b>tags & bare ampersands</p>' >bad.xml
export_with cut.xml bad.xml
expect_status 0 "$WHAT"
expect_stderr 'cut\.xml:[0-9]+: warning: malformed XML: Premature end of data' "$WHAT"
expect_stderr 'bad\.xml:1: warning: malformed XML' "$WHAT"
expect_exported

fresh "XML that is no news format"
printf '<?xml version="1.0"?><rss><channel><item>Kenya</item></channel></rss>' >feed.xml
export_with feed.xml "$good"
expect_status 1 "$WHAT"
expect_stderr 'feed\.xml: error: no NITF or NewsML-G2 article' "$WHAT"
expect_exported

fresh "truncated page"
head -c 4000 "$WEB/lake-turkana-accord.html" >cut.html
export_with cut.html
expect_status 0 "$WHAT"
expect_exported

fresh "malformed and truncated JSON Lines"
{
  head -n 1 "$WEB/lake-turkana-accord.jsonl"
  echo '{"text": "unterminated'
  echo '[1, 2, 3]'
  echo '{"title": "no text"}'
  echo '{"text": "a \ud800 lone surrogate"}'
  printf '{"text": "trunca'
} >dump.jsonl
export_with dump.jsonl
expect_status 0 "$WHAT"
expect_stderr 'dump\.jsonl:2: warning: malformed JSON at column 23: unterminated string' "$WHAT"
expect_stderr 'dump\.jsonl:3: warning: not a JSON object' "$WHAT"
expect_stderr 'dump\.jsonl:4: warning: no "text" or "html"' "$WHAT"
expect_stderr 'dump\.jsonl:6: warning: malformed JSON' "$WHAT"
expect_exported

fresh "JSON Lines with no usable line"
printf '{"text": \n{oops}\n' >bad.jsonl
export_with bad.jsonl
expect_stderr 'bad\.jsonl: error: no line holds a usable article' "$WHAT"
expect_nothing_written

fresh "a ${file_mb} MB file without a newline"
head -c $((file_mb * 1000000)) /dev/zero | tr '\0' 'a' >long.txt
printf '. President Amara Wekesa of Kenya met with Ethiopian Prime Minister Dawit Alemu in Lodwar.' >>long.txt
/usr/bin/time -f %M -o rss.kb "$FACTGRAPH" -f tsv long.txt >long.tsv 2>"$TMP/stderr" ||
  fail "$WHAT: exit status $?: $(head -c 2000 "$TMP/stderr")"
valid_tsv long.tsv
grep -q "metWith	Dawit Alemu.*long\.txt:$((file_mb * 1000000 + 2))-$((file_mb * 1000000 + 90))" long.tsv ||
  fail "$WHAT: the sentence at the end is missing or misplaced: $(cat long.tsv)"
rm long.txt

# The memory bound: one 4 MiB text segment or one 64 MiB JSON line, not
# the input's size. ASan and valgrind change what RSS means: only the
# plain build is measured.
expect_flat_memory() {
  [ -z "${FG_SANITIZED:-}${FG_VALGRIND:-}" ] || return 0
  local kb
  kb=$(tail -n 1 rss.kb)
  [ "$kb" -lt 262144 ] || fail "$WHAT: peak memory $((kb / 1024)) MiB"
}
expect_flat_memory

fresh "a ${text_mb} MB text stream on stdin"
{
  printf 'President Amara Wekesa of Kenya met with Ethiopian Prime Minister Dawit Alemu.\n\n'
  # yes ends on SIGPIPE when head has had enough.
  yes "$(head -c 4000 /dev/zero | tr '\0' 'b')" | head -c $((text_mb * 1000000)) || true
} | /usr/bin/time -f %M -o rss.kb timeout "$LIMIT" "$FACTGRAPH" -f tsv - >stream.tsv 2>"$TMP/stderr" ||
  fail "$WHAT: exit status $?: $(head -c 2000 "$TMP/stderr")"
valid_tsv stream.tsv
grep -q 'metWith' stream.tsv || fail "$WHAT: the article at the start is missing"
expect_flat_memory

fresh "a ${jsonl_mb} MB JSON Lines stream on stdin, lines too long among them"
"$PY" - "$jsonl_mb" <<'PY' |
import sys
total = int(sys.argv[1]) * 1000000
good = ('{"id": "ok-%d", "text": "President Amara Wekesa of Kenya met with '
        'Ethiopian Prime Minister Dawit Alemu in Lodwar."}\n')
junk = '{"text": "' + 'x' * min(total // 4, 70 << 20) + '"}\n'
written, n = 0, 0
while written < total:
    line = good % n + junk
    sys.stdout.write(line)
    written += len(line)
    n += 1
sys.stdout.write(good % n)
PY
  /usr/bin/time -f %M -o rss.kb timeout "$LIMIT" "$FACTGRAPH" -f tsv - >stream.tsv 2>"$TMP/stderr" ||
  fail "$WHAT: exit status $?: $(head -c 2000 "$TMP/stderr")"
valid_tsv stream.tsv
grep -q 'ok-0,.*ok-1' stream.tsv || fail "$WHAT: the good lines are missing"
if [ "$jsonl_mb" -ge 256 ]; then
  expect_stderr 'stdin:2: warning: line longer than 64 MiB; line skipped' "$WHAT"
fi
expect_flat_memory

fresh "a directory loop"
mkdir -p tree/a
cp "$good" tree/a/article.txt
ln -s .. tree/a/up
ln -s ../.. tree/a/way-up
export_with -r tree
expect_status 0 "$WHAT"
expect_stderr 'tree/a/up: warning: directory loop' "$WHAT"
expect_exported

fresh "an unreadable file"
export_with /proc/self/mem "$good"
expect_status 1 "$WHAT"
expect_stderr '/proc/self/mem: error: Input/output error' "$WHAT"
expect_exported

fresh "a missing file and a dangling link"
ln -s nowhere dangling.txt
export_with dangling.txt missing.html "$good"
expect_status 1 "$WHAT"
expect_stderr 'dangling\.txt: error: No such file' "$WHAT"
expect_stderr 'missing\.html: error: No such file' "$WHAT"
expect_exported

fresh "an output path that cannot be written"
# All outputs or none: x.ttl is not written either.
run -o x.ttl -o /nonexistent/dir/x.nt "$good"
expect_status 1 "$WHAT"
expect_stderr '/nonexistent/dir/x\.nt: error: cannot create a temporary file for it: No such file or directory' "$WHAT"
expect_stderr 'no output file replaced' "$WHAT"
[ -z "$(ls -A)" ] || fail "$WHAT: files left: $(ls -A)"
if [ -w /dev/full ]; then
  run -f nt "$good" -o x.ttl >/dev/full
  status=0
  timeout "$LIMIT" "$FACTGRAPH" -f nt "$good" >/dev/full 2>"$TMP/stderr" || status=$?
  expect_status 1 "$WHAT (/dev/full)"
  expect_stderr 'standard output' "$WHAT (/dev/full)"
fi

# ---- Hostile names and labels: document ids, TSV cells, DOT labels and
# messages (issue 13, defects 11, 12, 13, 15, 16). Every string that
# reaches a TSV cell, a DOT label, a document IRI or the terminal.

# tsv_sound FILE: valid UTF-8 without a control character but tab and
# newline, no line split by splitlines() alone, nine cells a row; prints
# the decoded document ids of the documents and evidence columns, one a
# line, with invalid bytes as \xHH (Python's repr).
tsv_sound() {
  "$PY" - "$1" <<'PY' || fail "$WHAT: $1 is not sound TSV"
import sys, unicodedata
from urllib.parse import unquote
data = open(sys.argv[1], "rb").read()
text = data.decode("utf-8")  # raises on invalid UTF-8
bad = [c for c in text if c not in "\t\n" and unicodedata.category(c) == "Cc"]
assert not bad, f"control characters {bad!r}"
lines = text.split("\n")[:-1]
assert text.splitlines() == lines, "splitlines() cuts a line"
ids = set()
for line in lines[1:]:
    cells = line.split("\t")
    assert len(cells) == 9, f"{len(cells)} cells: {line!r}"
    docs = {unquote(d, errors="surrogateescape") for d in cells[7].split(",")}
    spans = {unquote(s.rsplit(":", 1)[0], errors="surrogateescape")
             for s in cells[8].split()}
    assert spans <= docs, f"evidence {spans!r} outside documents {docs!r}"
    ids |= docs
for i in sorted(ids):
    print(ascii(i)[1:-1])
PY
}

# hostile_gazetteer CLASS LABEL ALIAS: gaz.ttl, one entity of CLASS whose
# label is LABEL (Turtle string escapes allowed) and that the text names
# by ALIAS.
hostile_gazetteer() {
  printf '%s\n' '@prefix fg: <https://w3id.org/factgraph/ontology#> .' \
    '@prefix gz: <https://w3id.org/factgraph/gazetteer/> .' \
    '@prefix skos: <http://www.w3.org/2004/02/skos/core#> .' \
    "gz:hostile a fg:$1 ; skos:prefLabel \"$2\" ; skos:altLabel \"$3\" ." >gaz.ttl
}

fresh "document ids with a space, a comma, a percent sign and invalid UTF-8"
# three different articles: the cookbook's answers tell facts by label
mapfile -t three < <(sample_files | head -n 3)
cp "${three[0]}" "my article.txt"
cp "${three[1]}" "a,b 100%.txt"
cp "${three[2]}" "$(printf 'x\377\376.txt')"
export_with "my article.txt" "a,b 100%.txt" "$(printf 'x\377\376.txt')"
expect_status 0 "$WHAT"
outputs_valid
tsv_sound x.tsv >ids.txt
printf '%s\n' 'a,b 100%.txt' 'my article.txt' 'x\udcff\udcfe.txt' | diff -u - ids.txt ||
  fail "$WHAT: the TSV's ids do not decode to the file names"
mkdir answers
"$PY" "$ROOT/tests/cli/cookbook-answers.py" x.tsv x.nq . answers >"$TMP/answers.err" 2>&1 ||
  fail "$WHAT: cookbook-answers.py: $(head -c 2000 "$TMP/answers.err")"
rm -rf answers ./*.txt

fresh "control characters and entities in a label (TSV, RDF, DOT, SVG)"
hostile_gazetteer Company 'AT&amp;T &#1; &#xD800;\u000b\u000c\u001c\u001f\u001b[2J\u007f\u0085\u009b\u2028\u2029 Corp' \
  "Acme Holdings"
printf 'Kenya sanctioned Acme Holdings on Monday.\n' >acme.txt
export_with --gazetteer gaz.ttl acme.txt
expect_status 0 "$WHAT"
outputs_valid
tsv_sound x.tsv >/dev/null
grep -q 'AT&amp;T &#1; &#xD800;' x.tsv || fail "$WHAT: the label's text is not kept: $(cat x.tsv)"
dot -Tsvg x.dot -o x.svg 2>"$TMP/dot.err" || fail "$WHAT: dot failed: $(cat "$TMP/dot.err")"
[ ! -s "$TMP/dot.err" ] || fail "$WHAT: dot warns: $(head -c 2000 "$TMP/dot.err")"
"$PY" - x.svg <<'PY' || fail "$WHAT: the SVG of dot is not well-formed or loses the label"
import sys, xml.etree.ElementTree as ET
texts = ["".join(t.itertext()) for t in ET.parse(sys.argv[1]).iter("{http://www.w3.org/2000/svg}text")]
assert any(t.startswith("AT&amp;T &#1; &#xD800;") for t in texts), texts
PY
rm -f x.svg gaz.ttl acme.txt

fresh "control characters in messages: an input's id, a file name, an option"
printf '{"id": "\\u001b]0;owned\\u0007\\u001b[2J\\u009b\\u202e", "text": "Kenya joined the coalition."}\n' >evil.jsonl
cat evil.jsonl evil.jsonl >twice.jsonl
cp "$good" "$(printf 'name\033[31m.txt')"
run -o x.tsv twice.jsonl "$(printf 'name\033[31m.txt')" "$(printf 'gone\033[2J.txt')"
expect_status 1 "$WHAT"
expect_stderr 'warning: document id "\\x1b\]0;owned\\x07\\x1b\[2J\\u009b\\u202e" is not unique' "$WHAT"
expect_stderr 'gone\\x1b\[2J\.txt: error' "$WHAT"
run "$(printf -- '--\033]0;x\007')" "$good"
expect_status 2 "$WHAT (option)"
for f in 1 2; do
  [ "$f" = 1 ] || { run -o x.tsv twice.jsonl "$(printf 'name\033[31m.txt')"; expect_status 0 "$WHAT"; }
  ! LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177]')" "$TMP/stderr" ||
    fail "$WHAT: a control character reaches the terminal: $(od -c "$TMP/stderr" | head -n 20)"
  ! grep -q "$(printf '\302[\200-\237]')" "$TMP/stderr" ||
    fail "$WHAT: a C1 control reaches the terminal"
done
rm -f ./*.jsonl ./*.txt x.tsv

fresh "a file named like a JSON Lines record: one IRI per document, in any order"
printf '{"text": "Mr. Dawit praised Syria on Monday."}\n{"text": "Kenya joined the coalition on Tuesday."}\n' >f.jsonl
printf 'Ethiopia condemned Egypt on Friday.\n' >f.jsonl:2
run -o a.nt -o a.tsv f.jsonl f.jsonl:2
expect_status 0 "$WHAT"
run -o b.nt -o b.tsv f.jsonl:2 f.jsonl
expect_status 0 "$WHAT (reversed)"
outputs_valid
articles=$(grep -c 'schema.org/NewsArticle> \.$' a.nt || true)
[ "$articles" -eq 3 ] || fail "$WHAT: $articles document IRIs for 3 documents"
cmp -s a.nt b.nt && cmp -s a.tsv b.tsv || fail "$WHAT: the output depends on the input order"
[ "$(tsv_sound a.tsv | sort -u | wc -l)" -eq 3 ] || fail "$WHAT: facts of 3 documents under fewer ids"
rm -f f.jsonl f.jsonl:2 ./*.nt ./*.tsv
fresh "a qualifier's value that reads as qualifiers"
hostile_gazetteer MediaOrganization 'Wire;negated=true;status=former 100%' "Acme Wire"
printf 'Kenya joined the coalition on Monday, according to Acme Wire.\n' >att.txt
run -o x.tsv --gazetteer gaz.ttl att.txt
expect_status 0 "$WHAT"
tsv_sound x.tsv >/dev/null
"$PY" - x.tsv <<'PY' || fail "$WHAT: $(cut -f 6 x.tsv)"
import sys
from urllib.parse import unquote
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")][1:]
quals = [dict(q.split("=", 1) for q in r[5].split(";") if q) for r in rows if r[0] == "Kenya"]
assert quals and all(set(q) == {"attributedTo"} for q in quals), quals
assert unquote(quals[0]["attributedTo"]) == "Wire;negated=true;status=former 100%", quals
PY
rm -f gaz.ttl att.txt x.tsv
# ---- end of hostile names and labels
# ---- Descriptors, temporary files, signals and output files (issue 13:
# defects 1, 5, 10 and the output parts of 17). Outputs are all or none,
# the temporary files (.factgraph-XXXXXX beside each target) go when a
# signal ends the run, and file modes follow the umask or the file
# replaced. ----

# A corpus whose evidence spills to the temporary file (over 1 MiB) and
# whose Turtle takes a while to write: copies of the samples.
corpus() {
  local copies=$1 i
  for ((i = 0; i < copies; i++)); do cat "$SAMPLES"/*.txt; done >corpus.txt
}

# old_outputs: a.tsv, b.ttl, c.nt as a previous run left them.
old_outputs() {
  printf 'old a\n' >a.tsv
  printf 'old b\n' >b.ttl
  printf 'old c\n' >c.nt
}

# expect_old_outputs: the previous run's files are untouched, nothing else.
expect_old_outputs() {
  [ "$(cat a.tsv b.ttl c.nt)" = "$(printf 'old a\nold b\nold c')" ] ||
    fail "$WHAT: an output was replaced: $(ls -A; head -c 300 a.tsv b.ttl c.nt; cat "$TMP/stderr")"
  [ "$(ls -A | grep -cv '^corpus\.txt$')" -eq 3 ] ||
    fail "$WHAT: files left: $(ls -A)"
}

fresh "standard error closed, evidence spilled to a temporary file"
# The spill file took descriptor 2 and the progress messages overwrote
# its records: a segfault and a temporary output left behind.
# valgrind itself cannot start with stderr closed (exit 127): the plain
# and the ASan runs cover this case.
if [ -z "${FG_VALGRIND:-}" ]; then
  corpus 100
  status=0
  timeout "$LIMIT" "$FACTGRAPH" -v -o x.nt -o x.tsv corpus.txt "$good" 2>&- || status=$?
  expect_status 0 "$WHAT"
  outputs_valid
  [ "$(tsv_rows x.tsv)" -gt 100 ] || fail "$WHAT: facts missing"
fi

fresh "standard output or input closed"
status=0
timeout "$LIMIT" "$FACTGRAPH" -f tsv "$good" >&- 2>"$TMP/stderr" || status=$?
expect_status 1 "$WHAT (stdout)"
expect_stderr 'standard output is closed' "$WHAT"
status=0
timeout "$LIMIT" "$FACTGRAPH" -o x.nt - <&- 2>"$TMP/stderr" || status=$?
expect_status 1 "$WHAT (stdin)"
expect_stderr 'stdin: error: standard input is closed: skipped' "$WHAT"
[ -z "$(ls -A)" ] || fail "$WHAT: files left: $(ls -A)"

if [ -w /dev/full ]; then
  fresh "a full disk on standard output"
  status=0
  timeout "$LIMIT" "$FACTGRAPH" -f nt "$good" >/dev/full 2>"$TMP/stderr" || status=$?
  expect_status 1 "$WHAT"
  expect_stderr 'standard output: error: not written \(No space left on device\)' "$WHAT"
fi

fresh "a file size limit: SIGXFSZ while writing, then EFBIG"
# 20 copies keep the evidence under 1 MiB, in memory: only outputs grow.
corpus 20
for xfsz in default ignored; do
  old_outputs
  status=0
  # (the braces keep bash's "File size limit exceeded" out of the log)
  { (
    [ "$xfsz" = default ] || trap '' XFSZ
    ulimit -f 512 # KiB: a.tsv fits, b.ttl does not
    exec "$FACTGRAPH" -o a.tsv -o b.ttl -o c.nt corpus.txt
  ) 2>"$TMP/stderr"; } 2>/dev/null || status=$?
  if [ "$xfsz" = default ]; then
    [ "$status" -eq $((128 + $(kill -l XFSZ))) ] ||
      fail "$WHAT: exit status $status, not SIGXFSZ; stderr: $(head -c 500 "$TMP/stderr")"
  else
    expect_status 1 "$WHAT (SIGXFSZ ignored)"
    expect_stderr 'b\.ttl: error: not written: File too large' "$WHAT"
  fi
  expect_old_outputs
done

# interrupt SIG COPIES: SIG while b.ttl is being written, a.tsv complete.
interrupt() {
  local sig=$1 pid line
  fresh "SIG$sig while writing the second of three outputs"
  corpus "$2"
  old_outputs
  # stderr comes through a pipe, and the signal goes out the moment "writing
  # b.ttl" is printed: writing b.ttl takes tens of milliseconds, which
  # polling the log could miss on a busy machine. tee and grep read the
  # verbose log in blocks; a shell loop reading it all would fall behind.
  rm -f "$TMP/err.fifo"
  mkfifo "$TMP/err.fifo"
  # env: a background job of a script starts with SIGINT ignored.
  env --default-signal="$sig" "$FACTGRAPH" -v -o a.tsv -o b.ttl -o c.nt corpus.txt \
    2>"$TMP/err.fifo" &
  pid=$!
  {
    # "writing b.ttl" (a.tsv complete); before this fix: "wrote a.tsv".
    if IFS= read -r line; then
      kill -s "$sig" "$pid" 2>/dev/null || true
    fi
    # the rest, so that no writer in the pipe meets a closed end
    cat >/dev/null
  } < <(tee "$TMP/stderr" <"$TMP/err.fifo" |
    grep --line-buffered -e 'writing b\.ttl' -e 'wrote a\.tsv')
  status=0
  wait "$pid" || status=$?
  [ "$status" -eq $((128 + $(kill -l "$sig"))) ] ||
    fail "$WHAT: exit status $status, not SIG$sig (too small a corpus?); stderr: $(head -c 500 "$TMP/stderr")"
  expect_old_outputs
}
if [ -n "${FG_VALGRIND:-}" ]; then
  interrupt INT 10
  interrupt TERM 10
elif [ -n "${FG_SANITIZED:-}" ]; then
  interrupt INT 100
  interrupt TERM 100
else
  interrupt INT 400
  interrupt TERM 400
fi

fresh "output file modes, symbolic links and non-regular targets"
(umask 027 && exec "$FACTGRAPH" -q -o new.nt "$good") || fail "$WHAT: exit $?"
[ "$(stat -c %a new.nt)" = 640 ] || fail "$WHAT: new file mode $(stat -c %a new.nt) under umask 027"
printf 'old\n' >kept.tsv
chmod 604 kept.tsv
(umask 077 && exec "$FACTGRAPH" -q -o kept.tsv "$good") || fail "$WHAT: exit $?"
[ "$(stat -c %a kept.tsv)" = 604 ] || fail "$WHAT: a replaced file's mode became $(stat -c %a kept.tsv)"
mkdir real
printf 'old\n' >real/target.nt
ln -s real/target.nt link.nt
ln -s nowhere.nt dangling.nt
fg -q -o link.nt -o dangling.nt "$good"
expect_status 0 "$WHAT"
[ -L link.nt ] && [ -L dangling.nt ] || fail "$WHAT: a symbolic link was replaced by a file"
valid_rdf real/target.nt >/dev/null
valid_rdf nowhere.nt >/dev/null
mkdir dir.nt
fg -o dir.nt "$good"
expect_status 1 "$WHAT (a directory)"
expect_stderr 'dir\.nt: error: cannot create a temporary file for it: Is a directory' "$WHAT"
[ -d dir.nt ] && [ -z "$(ls -A dir.nt)" ] || fail "$WHAT: the directory was touched"
rmdir dir.nt
outputs_valid

fresh "output names of 250 to 255 bytes"
for n in 250 255; do
  name=$(head -c $((n - 3)) /dev/zero | tr '\0' 'n').nt
  fg -o "$name" "$good"
  expect_status 0 "$WHAT ($n bytes)"
  valid_rdf "$name" >/dev/null
done
outputs_valid

fresh "a bad --base, refused before anything is read"
# U+FFFF and U+FFFE collapsed every IRI into one node, C1 and bidi
# controls passed, a space was refused only after the corpus was read.
for base in 'https://x.org/a b' $'https://x.org/\uffff' $'https://x.org/\ufffe' \
  $'https://x.org/\ufdd0' $'https://x.org/\u0085' $'https://x.org/\u202e' \
  $'https://x.org/\u2066' $'https://x.org/\x1b]0;t\x07' $'https://x.org/\xff' 'x.org/'; do
  # a FIFO nobody writes to: reading it would hang until the time limit
  rm -f fifo.txt && mkfifo fifo.txt
  status=0
  timeout 20 "$FACTGRAPH" --base "$base" -o x.nt -o x.tsv -o x.dot fifo.txt 2>"$TMP/stderr" || status=$?
  expect_status 2 "$WHAT ($(printf %q "$base"))"
  expect_stderr '^factgraph: --base is not an absolute IRI: .* at byte [0-9]+$' "$WHAT"
  ! grep -q $'\x1b\|\u202e' "$TMP/stderr" || fail "$WHAT: the base was echoed raw"
  [ "$(ls -A)" = fifo.txt ] || fail "$WHAT: files written: $(ls -A)"
done

fresh "URLs that are not http(s) never become schema:url"
{
  echo '{"id": "j1", "url": "javascript:alert(1)", "text": "President Amara Wekesa of Kenya met with Ethiopian Prime Minister Dawit Alemu in Lodwar."}'
  echo '{"id": "j2", "url": "data:text/html,x", "text": "Kenya joined NATO on Monday."}'
  echo '{"id": "j3", "url": "https://example.org/j3", "text": "Kenya joined NATO on Monday."}'
} >urls.jsonl
printf '<html><head><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="vbscript:x"></head><body><article><p>President Amara Wekesa of Kenya met with Ethiopian Prime Minister Dawit Alemu in Lodwar.</p></article></body></html>' >urls.html
printf '<html><head><link rel="canonical" href=" JavaScript:x"><meta property="og:url" content="https://example.org/good"></head><body><article><p>Kenya joined NATO on Monday.</p></article></body></html>' >fallback.html
run -f nt urls.jsonl urls.html fallback.html
expect_status 0 "$WHAT"
expect_stderr 'urls\.jsonl:1: warning: the document.s URL is not an http or https URL: left out' "$WHAT"
expect_stderr 'urls\.jsonl:2: warning: the document.s URL' "$WHAT"
urls=$(grep -o '<http://schema.org/url> <[^>]*>' "$TMP/stdout" | sort | paste -sd ' ' -)
[ "$urls" = '<http://schema.org/url> <https://example.org/good> <http://schema.org/url> <https://example.org/j3>' ] ||
  fail "$WHAT: schema:url values: $urls"

fresh "compressed, archived and binary inputs"
# A gzip file gave a NewsArticle, 1 MB of random bytes 35,000 triples.
gzip -c "$good" >gz.txt
bzip2 -c "$good" >bz2.txt
xz -c "$good" >xz.html
if command -v zstd >/dev/null; then zstd -q -c "$good" >zst.txt; fi
(cd "$(dirname "$good")" && zip -q - "$(basename "$good")") >zip.jsonl
printf '%%PDF-1.7\n%s\n' "$(cat "$good")" >pdf.txt
printf '\x89PNG\r\n\x1a\n' >png.txt && cat "$good" >>png.txt
printf '\xff\xd8\xff\xe0' >jpeg.txt && cat "$good" >>jpeg.txt
head -c 1000000 /dev/urandom >random.txt
for f in gz.txt bz2.txt xz.html zst.txt zip.jsonl pdf.txt png.txt jpeg.txt random.txt; do
  [ -e "$f" ] || continue
  run -f nt "$f"
  expect_status 1 "$WHAT ($f)"
  expect_stderr "^factgraph: ${f//./\\.}: error: binary file \(.+\), not text: skipped" "$WHAT ($f)"
  [ ! -s "$TMP/stdout" ] || fail "$WHAT ($f): $(wc -l <"$TMP/stdout") triples written"
  [ "$f" != gz.txt ] || expect_stderr 'gzip-compressed data: decompress it first' "$WHAT"
done
run -f nt - <random.txt
expect_status 1 "$WHAT (stdin)"
expect_stderr '^factgraph: stdin: error: binary file' "$WHAT"
# Text in a legacy 8-bit encoding is still read (and repaired), and so
# is a text with a few stray control bytes.
printf 'Caf\xe9 owner Amara Wekesa of Kenya met with Ethiopian Prime Minister Dawit Alemu in Lodwar.\n' >latin1.txt
{ printf '\x01\x02'; cat "$good"; } >stray.txt
export_with latin1.txt stray.txt
expect_status 0 "$WHAT"
expect_exported

fresh "knowledge files: an unknown gazetteer type, an empty lexicon, empty paths"
cat >unicorn.ttl <<'TTL'
@prefix fg:   <https://w3id.org/factgraph/ontology#> .
@prefix gz:   <https://w3id.org/factgraph/gazetteer/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

gz:sparkle a fg:Unicorn ;
    skos:prefLabel "Sparkle" .
TTL
run --gazetteer unicorn.ttl -o x.nt "$good"
expect_status 1 "$WHAT (fg:Unicorn)"
expect_stderr '^factgraph: unicorn\.ttl:[56]: error: type fg:Unicorn of .sparkle. is not a class of the ontology' "$WHAT"
mkdir onto
cp "$ROOT"/ontology/*.ttl "$ROOT"/ontology/lexicon.tsv onto/
run --ontology onto -o x.nt "$good"
expect_status 0 "$WHAT (no models folder)"
expect_stderr '^factgraph: onto: warning: no models folder: without a parser no relations are extracted' "$WHAT"
rm -f x.nt
printf '# only comments\n\n' >onto/lexicon.tsv
run --ontology onto -o x.nt "$good"
expect_status 1 "$WHAT (empty lexicon)"
expect_stderr '^factgraph: onto/lexicon\.tsv: error: no extraction rules in it' "$WHAT"
rm onto/lexicon.tsv && mkdir onto/lexicon.tsv
run --ontology onto -o x.nt "$good"
expect_status 1 "$WHAT (lexicon is a directory)"
expect_stderr '^factgraph: onto/lexicon\.tsv: error: Is a directory' "$WHAT"
for args in "--ontology=" "--gazetteer=" ""; do
  run ${args:+"$args"} -o x.nt "$good" ""
  expect_status 2 "$WHAT ('$args')"
  expect_stderr "^factgraph: (--ontology wants a directory|--gazetteer wants a file|an input file name is empty)" "$WHAT"
done
[ "$(ls -A | paste -sd ' ' -)" = "onto unicorn.ttl" ] || fail "$WHAT: files written: $(ls -A)"

fresh "a soft hyphen or a zero-width character inside a name"
# "Ama\u00adra Wekesa" became "Ama"; offsets must still count the
# invisible character.
for c in $'\u00ad' $'\u200b' $'\u200c' $'\u200d' $'\u2060' $'\ufeff'; do
  printf 'President Ama%sra Wekesa of Kenya met with Ethiopian Prime Minister Dawit Alemu in Lodwar.\n' "$c" >name.txt
  run -f tsv name.txt
  expect_status 0 "$WHAT ($(printf %q "$c"))"
  grep -Eq "^Ama${c}ra Wekesa	Person	metWith	Dawit Alemu	.*	name\.txt:0-89( |$)" "$TMP/stdout" ||
    fail "$WHAT ($(printf %q "$c")): $(cut -f 1-4,9 "$TMP/stdout")"
done
# The same person written with and without one is one entity.
printf 'Amara Wekesa praised Ethiopia on Monday.\n' >plain.txt
run -f nt name.txt plain.txt
ama=$(grep -o '/entity/ama[^>]*' "$TMP/stdout" | sort -u | paste -sd ' ' -)
[ "$ama" = /entity/amara-wekesa ] || fail "$WHAT: not one entity: $ama"

fresh "a 25 MB web page: memory bounded by pieces of text, not the page"
# It was analysed as one text: 541 MB (a 100 MB page took 2.4 GB); then
# in 4 MiB pieces like plain text, 342 MiB, of which about 70 were the page's
# bytes, its repaired copy and its text, kept beside every piece's
# analysis; those are freed once read (session 32): 271 MiB, the models
# (57 MB) and one piece's analysis most of it.
if [ -z "${FG_SANITIZED:-}${FG_VALGRIND:-}" ]; then
  "$PY" -c '
import sys
p = "<p>President Amara Wekesa of Kenya met with Ethiopian Prime Minister Dawit Alemu in Lodwar on Tuesday, officials said.</p>\n"
last = "<p>Amara Wekesa later met with Chief Justice Halima Obuya in Nairobi.</p>\n"
sys.stdout.write("<html><head><title>t</title></head><body><article>" + p * (25000000 // len(p)) + last + "</article></body></html>")' >page.html
  /usr/bin/time -f %M -o rss.kb timeout "$LIMIT" "$FACTGRAPH" -f tsv page.html >page.tsv 2>"$TMP/stderr" ||
    fail "$WHAT: exit status $?: $(head -c 2000 "$TMP/stderr")"
  # A fact keeps its first sentences only: the one stated last shows that
  # the last piece's offsets are counted from the start of the page.
  grep -q '^Amara Wekesa	Person	metWith	Dawit Alemu	' page.tsv &&
    grep -q '^Amara Wekesa	Person	metWith	Halima Obuya	.*page\.html:2[0-9]\{7\}-' page.tsv ||
    fail "$WHAT: the facts or the last offsets are missing"
  kb=$(tail -n 1 rss.kb)
  [ "$kb" -lt $((300 * 1024)) ] || fail "$WHAT: peak memory $((kb / 1024)) MiB"
  rm page.html
fi
