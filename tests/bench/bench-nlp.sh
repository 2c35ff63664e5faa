#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `make bench` (front-end part): words per second of each stage of the
# linguistic front end (tokenize+segment, tagger, lemmatizer, parser,
# recognizer) and of the whole front end on one core, model load times
# and peak memory, on the raw text of EWT test (its `# text` lines, one
# file per document, paragraphs apart; samples/*.txt when ../shared is
# absent); then factgraph end to end with N-Triples on real news (the
# dev-news articles, else samples/*.txt, copied under new names to about
# 2 MB), in MB of text per CPU second. Medians of three runs. Rates are per
# CPU second, but a busy machine still slows them (shared caches): the
# load average is printed with them. Writes nothing into the repository.
#   usage: bench-nlp.sh FACTGRAPH NLPTOOL SHARED
set -euo pipefail
if [ "$#" -ne 3 ]; then
  echo "usage: $0 FACTGRAPH NLPTOOL SHARED" >&2
  exit 2
fi
bin=$1 tool=$2 shared=$3
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
models=$root/ontology/models
if [ ! -f "$models/parser.fgm" ]; then
  echo "bench-nlp: skipped (no models in $models; run make models)"
  exit 0
fi
if [ ! -x /usr/bin/time ]; then
  echo "bench-nlp: /usr/bin/time is missing (make deps installs it)" >&2
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

ewt=$shared/corpora/ud-en-ewt/test.conllu
mkdir "$tmp/raw"
if [ -f "$ewt" ]; then
  awk -v dir="$tmp/raw" '
    /^# newdoc/ { if (out) { print "" > out; close(out) } n++; out = sprintf("%s/d%04d.txt", dir, n); sep = "" }
    /^# newpar/ { if (out && sep != "") { printf "\n\n" > out; sep = "" } }
    /^# text = / { if (!out) { n++; out = sprintf("%s/d%04d.txt", dir, n) }
                   printf "%s%s", sep, substr($0, 10) > out; sep = " " }
    END { if (out) print "" > out }' "$ewt"
  echo "front-end corpus: EWT test raw text ($(ls "$tmp/raw" | wc -l) documents)"
else
  cp "$root"/samples/*.txt "$tmp/raw/"
  echo "front-end corpus: samples/*.txt ($ewt is absent)"
fi
"$tool" bench --models "$models" --gazetteer "$root/ontology/gazetteer.ttl" \
  --runs 3 "$tmp"/raw/*.txt

# End to end on real news.
news=("$shared"/dev-news/docs/*.txt)
what="dev-news articles"
if [ ! -e "${news[0]}" ]; then
  news=("$root"/samples/*.txt)
  what="samples/*.txt"
fi
mkdir "$tmp/news"
size=0 copy=0
while [ "$size" -lt 2000000 ]; do
  copy=$((copy + 1))
  for f in "${news[@]}"; do
    cp "$f" "$tmp/news/c$(printf '%03d' "$copy")-$(basename "$f")"
    size=$((size + $(wc -c <"$f")))
  done
done
: >"$tmp/cpus"
: >"$tmp/rsses"
for run in 1 2 3; do
  /usr/bin/time -f '%U %S %M' -o "$tmp/time" "$bin" -q -f nt "$tmp"/news/*.txt \
    >"$tmp/out.nt"
  read -r user sys rss <"$tmp/time"
  awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }' >>"$tmp/cpus"
  echo "$rss" >>"$tmp/rsses"
done
cpu=$(sort -g "$tmp/cpus" | sed -n 2p)
rss=$(sort -g "$tmp/rsses" | sed -n 2p)
awk -v b="$size" -v c="$cpu" -v r="$rss" -v w="$what" -v n="$copy" 'BEGIN {
  printf "end to end, N-Triples: %.2f MB of text in %.2f CPU s = %.3f MB/s " \
         "(%s x %d), peak memory %.0f MB\n", b / 1e6, c, b / 1e6 / c, w, n, r / 1024 }'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
