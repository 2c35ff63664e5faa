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
  ! ls ./*.XXXXXX* ./*.??????  >/dev/null 2>&1 || fail "$WHAT: temporary files left: $(ls)"
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
run -o /nonexistent/dir/x.nt -o x.ttl "$good"
expect_status 1 "$WHAT"
expect_stderr '/nonexistent/dir/x\.nt' "$WHAT"
[ "$(ls)" = x.ttl ] || fail "$WHAT: files left: $(ls)"
outputs_valid
if [ -w /dev/full ]; then
  run -f nt "$good" -o x.ttl >/dev/full
  status=0
  timeout "$LIMIT" "$FACTGRAPH" -f nt "$good" >/dev/full 2>"$TMP/stderr" || status=$?
  expect_status 1 "$WHAT (/dev/full)"
  expect_stderr 'standard output' "$WHAT (/dev/full)"
fi
