#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The input formats: the same article as plain text, a cluttered web page,
# NITF, NewsML-G2 and JSON Lines gives the same facts; the publisher's
# metadata reaches the graph; --input-format, -r and stdin work.
. "$(dirname "$0")/lib.sh"
need_tool serdi rapper dot "$PY"

WEB=$ROOT/samples/web
article=lake-turkana-accord
forms=("$article.txt" "$article.html" "$article.nitf.xml" "$article.newsml.xml"
  "$article.jsonl")

# facts_without_ids FILE: the facts TSV with the document ids taken out
# of the documents and evidence columns, so formats can be compared.
facts_without_ids() {
  awk -F '\t' -v OFS='\t' 'NR > 1 { $8 = ""; gsub(/[^ ]*:/, ":", $9); print }' "$1"
}

cd "$TMP"
for form in "${forms[@]}"; do
  fg -f tsv "$WEB/$form"
  expect_status 0 "$form"
  [ ! -s "$TMP/stderr" ] || fail "$form: messages: $(cat "$TMP/stderr")"
  cp "$TMP/stdout" "$form.tsv"
  valid_tsv "$form.tsv"
  facts_without_ids "$form.tsv" >"$form.facts"
done
[ "$(tsv_rows "$article.txt.tsv")" -ge 5 ] ||
  fail "$article.txt gives only $(tsv_rows "$article.txt.tsv") facts"
for form in "${forms[@]:1}"; do
  diff -u "$article.txt.facts" "$form.facts" >"$form.diff" ||
    fail "$form and $article.txt give different facts: $(head -c 3000 "$form.diff")"
done
# Offsets count code points: the TSV evidence of the first sentence ends
# where its text ends in the .txt (the dash and curly quote are 1 each).
grep -q $'\t'"$article.txt:60-224"'\( \|$\)' "$article.txt.tsv" ||
  fail "evidence offsets of the first sentence are not 60-224"

# A crawler dump holding a page and a text gives what the two give alone.
fg -f tsv "$WEB/harbour-strike.html" "$WEB/$article.txt"
expect_status 0 "harbour-strike.html and $article.txt"
facts_without_ids "$TMP/stdout" | sort >alone.facts
fg -f tsv "$WEB/crawl.jsonl"
expect_status 0 "crawl.jsonl"
facts_without_ids "$TMP/stdout" | sort | diff -u alone.facts - >crawl.diff ||
  fail "crawl.jsonl differs from its page and text read alone: $(head -c 3000 crawl.diff)"
documents=$(cut -f 8 "$TMP/stdout" | tail -n +2 | tr ',' '\n' | sort -u | paste -sd ' ' -)
[ "$documents" = "crawl-0001 crawl-0002" ] || fail "crawl.jsonl: documents '$documents'"

# The page's metadata: canonical URL as identity, JSON-LD date and author.
fg -f nt "$WEB/$article.html"
expect_status 0 "$article.html to N-Triples"
cp "$TMP/stdout" page.nt
valid_rdf page.nt >/dev/null
canonical='<https://courier.example.org/news/2025/11/lake-turkana-accord>'
for property in 'http://schema.org/url' 'http://www.w3.org/ns/prov#hadPrimarySource'; do
  grep -qF "<$property> $canonical ." page.nt ||
    fail "$article.html: no <$property> $canonical"
done
grep -q 'datePublished> "2025-11-11"^^' page.nt || fail "$article.html: no datePublished"
grep -q 'author> "Achieng Odhiambo"' page.nt || fail "$article.html: no author"
grep -q 'publisher> "The Rift Valley Courier"' page.nt ||
  fail "$article.html: no publisher"
! grep -Eq 'cookie|Share on|Most read|Photo:|Advertisement|googletag' page.nt ||
  fail "$article.html: clutter reached the graph"

# Every sample in every output format, together with the text samples.
mkdir all && cd all
export_all "$WEB"/*.html "$WEB"/*.xml "$WEB"/*.jsonl
cd ..

# --input-format overrides detection; a wrong one is named.
fg --input-format text -f nt "$WEB/$article.html"
expect_status 0 "--input-format text on a page"
cp "$TMP/stdout" as-text.nt
valid_rdf as-text.nt >/dev/null
! grep -qF "$canonical" as-text.nt ||
  fail "--input-format text still read the page's canonical URL"
fg --input-format nitf -f tsv "$WEB/$article.html" "$WEB/$article.txt"
expect_status 1 "--input-format nitf on a page"
expect_stderr "$article\\.html: error: no NITF or NewsML-G2 article" "--input-format nitf"
fg --input-format jsonl -f tsv "$WEB/$article.txt"
expect_status 1 "--input-format jsonl on text"
expect_stderr "$article\\.txt:1: warning: malformed JSON" "--input-format jsonl"
fg --input-format html -f tsv - <"$WEB/$article.html"
expect_status 0 "--input-format html from stdin"
facts_without_ids "$TMP/stdout" | diff -q - "$article.txt.facts" >/dev/null ||
  fail "the page from stdin gives other facts"
fg --input-format pdf "$WEB/$article.txt"
expect_status 2 "--input-format pdf"
expect_stderr "unknown input format 'pdf'" "--input-format pdf"

# -r walks directories in name order; ids are paths below the operand.
mkdir -p tree/b tree/a/deeper
cp "$WEB/$article.nitf.xml" tree/b/wire.xml
cp "$WEB/$article.html" tree/a/deeper/page.html
cp "$WEB/$article.jsonl" tree/a/dump.jsonl
cp "$WEB/$article.txt" tree/.hidden.txt
fg -r -f tsv tree
expect_status 0 "-r tree"
documents=$(cut -f 8 "$TMP/stdout" | tail -n +2 | tr ',' '\n' | sort -u | paste -sd ' ' -)
[ "$documents" = "a/deeper/page.html b/wire.xml rvc-2025-11-11-lake-turkana" ] ||
  fail "-r tree: documents '$documents'"
fg -f tsv tree
expect_status 1 "a directory without -r"
expect_stderr "tree: error: is a directory \\(use -r" "a directory without -r"
fg --recursive -f nt tree/a "$WEB/$article.txt"
expect_status 0 "--recursive with a file beside"
