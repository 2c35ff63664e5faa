#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The same input gives byte-identical output in every format: run twice,
# in reversed input order, and on standard output instead of a file.
. "$(dirname "$0")/lib.sh"

mapfile -t inputs < <(sample_files)
reversed=()
for ((i = ${#inputs[@]} - 1; i >= 0; i--)); do
  reversed+=("${inputs[i]}")
done
formats=(ttl nt nq dot tsv)

export_to() {
  local dir=$1 args=() ext
  shift
  mkdir -p "$dir"
  for ext in "${formats[@]}"; do
    args+=(-o "$dir/graph.$ext")
  done
  fg "${args[@]}" "$@"
  expect_status 0 "export into $dir"
}

export_to "$TMP/first" "${inputs[@]}"
export_to "$TMP/second" "${inputs[@]}"
export_to "$TMP/reversed" "${reversed[@]}"

for ext in "${formats[@]}"; do
  [ -s "$TMP/first/graph.$ext" ] || fail "graph.$ext is empty"
  cmp -s "$TMP/first/graph.$ext" "$TMP/second/graph.$ext" ||
    fail "two runs give different graph.$ext"
  cmp -s "$TMP/first/graph.$ext" "$TMP/reversed/graph.$ext" ||
    fail "reversing the inputs changes graph.$ext"
  fg -f "$ext" "${inputs[@]}"
  expect_status 0 "-f $ext"
  cmp -s "$TMP/first/graph.$ext" "$TMP/stdout" ||
    fail "-f $ext on standard output differs from -o graph.$ext"
done

# Ties broken by content, never by arrival: thirty articles each naming a
# "Mr. Dawit" (thirty people as far as the text tells) or a "Mr. Bello",
# two Russian and two Armenian names, and a gazetteer entry whose slug is
# dawit-2, in twelve orders, give one output; every Dawit has an IRI of
# its own that no counter made, the gazetteer's entry keeps its IRI,
# Cyrillic is transliterated and Armenian names get a hash.
ties=$TMP/ties
mkdir -p "$ties"
verbs=(praised condemned criticised)
countries=(Syria Kenya Chad Mali Ghana)
for ((i = 0; i < 30; i++)); do
  name=Dawit
  [ $((i % 4)) -ne 3 ] || name=Bello
  printf 'Mr. %s %s %s.\n' "$name" "${verbs[i % 3]}" "${countries[i % 5]}" \
    >"$ties/$(printf 'n%02d' "$i").txt"
done
printf 'Zed Twomey praised Chad.\n' >"$ties/zed.txt"
printf '\xd0\x9f\xd1\x80\xd0\xb5\xd0\xb7\xd0\xb8\xd0\xb4\xd0\xb5\xd0\xbd\xd1\x82 \xd0\x92\xd0\xbb\xd0\xb0\xd0\xb4\xd0\xb8\xd0\xbc\xd0\xb8\xd1\x80 \xd0\x9f\xd1\x83\xd1\x82\xd0\xb8\xd0\xbd praised Kenya.\n' \
  >"$ties/ru1.txt"
printf '\xd0\x9f\xd1\x80\xd0\xb5\xd0\xb7\xd0\xb8\xd0\xb4\xd0\xb5\xd0\xbd\xd1\x82 \xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd \xd0\x9f\xd0\xb5\xd1\x82\xd1\x80\xd0\xbe\xd0\xb2 condemned Chad.\n' \
  >"$ties/ru2.txt"
printf '\xd5\x86\xd5\xab\xd5\xaf\xd5\xb8\xd5\xac \xd5\x93\xd5\xa1\xd5\xb7\xd5\xab\xd5\xb6\xd5\xb5\xd5\xa1\xd5\xb6 praised Kenya.\n' \
  >"$ties/hy1.txt"
printf '\xd5\x84\xd5\xa1\xd6\x80\xd5\xab\xd5\xa1\xd5\xb4 \xd5\x8a\xd5\xa5\xd5\xbf\xd6\x80\xd5\xb8\xd5\xbd\xd5\xb5\xd5\xa1\xd5\xb6 condemned Chad.\n' \
  >"$ties/hy2.txt"
cat >"$TMP/gz.ttl" <<'TTL'
@prefix fg: <https://w3id.org/factgraph/ontology#> .
@prefix gz: <https://w3id.org/factgraph/gazetteer/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
gz:dawit-2 a fg:Person ; skos:prefLabel "Zed Twomey" .
TTL
mapfile -t tie_inputs < <(printf '%s\n' "$ties"/*.txt)
n=${#tie_inputs[@]}
for ((k = 0; k < 12; k++)); do # six rotations, each also reversed
  order=()
  for ((i = 0; i < n; i++)); do
    j=$(((i + k * 5) % n))
    [ "$k" -lt 6 ] || j=$((n - 1 - j))
    order+=("${tie_inputs[j]}")
  done
  fg --gazetteer "$TMP/gz.ttl" -o "$TMP/ties-$k.nt" -o "$TMP/ties-$k.tsv" "${order[@]}"
  expect_status 0 "tie-heavy corpus, order $k"
  for ext in nt tsv; do
    cmp -s "$TMP/ties-0.$ext" "$TMP/ties-$k.$ext" ||
      fail "input order $k changes the $ext output of the tie-heavy corpus"
  done
done
ENT=https://example.org/factgraph/entity/
LABEL='<http://www.w3.org/2000/01/rdf-schema#label>'
grep -F "<${ENT}dawit-2> $LABEL" "$TMP/ties-0.nt" | grep -q '"Zed Twomey"' ||
  fail "the gazetteer's entity/dawit-2 is not Zed Twomey alone"
[ "$(grep -cF "<${ENT}dawit-2> $LABEL" "$TMP/ties-0.nt")" -eq 1 ] ||
  fail "entity/dawit-2 has several labels: two entities share it"
dawits=$(grep -F "$LABEL \"Dawit\"" "$TMP/ties-0.nt" | cut -d ' ' -f 1 | sort -u)
[ "$(grep -c . <<<"$dawits")" -eq 23 ] ||
  fail "expected 23 Dawit entities, found $(grep -c . <<<"$dawits")"
if grep -Ev "^<${ENT}dawit-[0-9a-f]{8}>\$" <<<"$dawits" | grep -q .; then
  fail "a Dawit's IRI is not dawit-<8 hex digits>: $(head -n 3 <<<"$dawits")"
fi
grep -qF "<${ENT}prezident-vladimir-putin> $LABEL" "$TMP/ties-0.nt" &&
  grep -qF "<${ENT}prezident-ivan-petrov> $LABEL" "$TMP/ties-0.nt" ||
  fail "Cyrillic names are not transliterated: $(grep -o "entity/[a-z]*-i[a-z-]*" "$TMP/ties-0.nt" | sort -u)"
# N-Triples escapes them: Pashinyan, Petrosyan
for label in '\u0553\u0561\u0577\u056B\u0576\u0575\u0561\u0576"' \
  '\u054A\u0565\u057F\u0580\u0578\u057D\u0575\u0561\u0576"'; do
  iri=$(grep -F "$LABEL" "$TMP/ties-0.nt" | grep -F "$label" | cut -d ' ' -f 1 | sort -u)
  [[ "$iri" =~ ^\<${ENT}x-[0-9a-f]{8}\>$ ]] ||
    fail "the entity named $label has IRI '$iri', not entity/x-<8 hex digits>"
done
