#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The output conforms to ontology/shapes.ttl under a real SHACL engine
# (rdf-validate-shacl), for the fixtures and the samples, in Turtle and in
# N-Quads; and the shapes catch what they promise to: each broken copy of
# the fixtures' N-Triples below fails with the matching message. What SHACL
# Core cannot say (a fact triple and its statement go together) is checked
# with SPARQL in Oxigraph.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/rdf-tools.sh"
skip_when_sanitized
need_npm_tools

SHAPES=$ROOT/ontology/shapes.ttl
ONTOLOGY=$ROOT/ontology/factgraph.ttl
FG=https://w3id.org/factgraph/ontology#

# shacl DATA...: runs the validator on the ontology plus DATA; the report
# goes to $TMP/report and the exit status to $conforms (0 = conforms).
shacl() {
  conforms=0
  node "$TOOLS/shacl.mjs" "$SHAPES" "$ONTOLOGY" "$@" >"$TMP/report" \
    2>"$TMP/shacl.err" || conforms=$?
  [ "$conforms" -le 1 ] || fail "shacl.mjs failed on $*: $(head -c 2000 "$TMP/shacl.err")"
}

# expect_conforms DATA...
expect_conforms() {
  shacl "$@"
  [ "$conforms" -eq 0 ] ||
    fail "$* does not conform to shapes.ttl: $(head -c 3000 "$TMP/report")"
  grep -qx 'conforms: true' "$TMP/report" || fail "no verdict for $*"
}

# expect_violation WHAT MESSAGE FILE: FILE fails with a violation whose
# line holds MESSAGE.
expect_violation() {
  shacl "$3"
  [ "$conforms" -eq 1 ] || fail "$1: the shapes accept it"
  grep -F 'Violation' "$TMP/report" | grep -qF -- "$2" ||
    fail "$1: no violation saying '$2': $(head -c 3000 "$TMP/report")"
}

cd "$TMP"
fg -o fixtures.ttl -o fixtures.nq -o fixtures.nt "$ROOT"/tests/fixtures/*.txt
expect_status 0 "export of the fixtures"
mapfile -t inputs < <(sample_files)
fg -o samples.ttl -o samples.nq "${inputs[@]}"
expect_status 0 "export of the samples"
for data in fixtures.ttl fixtures.nq samples.ttl samples.nq; do
  expect_conforms "$data"
done

# Broken copies of the fixtures. The first statement's confidence above 1:
sed -E "0,\\|(<${FG}confidence> )\"[0-9.]+\"|s||\\1\"1.50\"|" fixtures.nt >m.nt
grep -q '"1.50"' m.nt || fail "could not break a confidence"
expect_violation "a confidence of 1.50" "one confidence, a decimal in [0,1]" m.nt
# Every document shorter than its sentences:
sed -E "s|(<${FG}textLength> )\"[0-9]+\"|\\1\"5\"|" fixtures.nt >m.nt
expect_violation "offsets past the end of the text" "ends inside its document" m.nt
# No document length at all:
grep -v "<${FG}textLength>" fixtures.nt >m.nt
expect_violation "no text length" "states the length of its text" m.nt
# An impossible date, on a document and on a fact:
sed -E 's|("[0-9]{4}-[0-9]{2}-[0-9]{2}")(\^\^<http://www.w3.org/2001/XMLSchema#date>)|"1982-13-45"\2|' \
  fixtures.nt >m.nt
grep -q '<http://schema.org/datePublished> "1982-13-45"' m.nt &&
  grep -q "<${FG}time> \"1982-13-45\"" m.nt || fail "could not break the dates"
expect_violation "the 13th month" "a date as precise as the text" m.nt
# A start offset after the end:
sed -E '0,/(<http:\/\/www\.w3\.org\/ns\/oa#start> )"[0-9]+"/s//\1"99999"/' fixtures.nt >m.nt
expect_violation "start after end" "start offset, before its end" m.nt
# Facts without their documents:
grep -v '<http://www.w3.org/ns/prov#wasDerivedFrom>' fixtures.nt >m.nt
expect_violation "no prov:wasDerivedFrom" "comes from at least one news article" m.nt
# Evidence without a fact:
grep -v "<${FG}evidence>" fixtures.nt >m.nt
expect_violation "no fg:evidence" "at least one evidence sentence" m.nt
# An entity with a second label, and one without a type:
entity=$(grep -m1 -o '^<[^>]*/entity/[^>]*> <http://www.w3.org/2000/01/rdf-schema#label>' \
  fixtures.nt | cut -d' ' -f1)
[ -n "$entity" ] || fail "no entity label in the fixtures"
{ cat fixtures.nt; echo "$entity <http://www.w3.org/2000/01/rdf-schema#label> \"Another Name\" ."; } >m.nt
expect_violation "two labels" "exactly one rdfs:label" m.nt
grep -vF "$entity <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>" fixtures.nt >m.nt
expect_violation "no type" "exactly one type, a class of the ontology" m.nt
# A type the ontology does not have:
sed "s|^\\($entity <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>\\) <[^>]*>|\\1 <${FG}Spaceship>|" \
  fixtures.nt >m.nt
expect_violation "a class not in the ontology" "exactly one type, a class of the ontology" m.nt

# The news relations: a graph that uses each one with the types its shape
# wants conforms; a wrong subject or object type is caught, each with its
# message.
cat >news.ttl <<TTL
@prefix fg: <${FG}> .
@prefix e: <https://example.org/factgraph/entity/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
e:ada a fg:Person ; rdfs:label "Ada" .
e:ben a fg:Person ; rdfs:label "Ben" .
e:cy a fg:Person ; rdfs:label "Cy" .
e:acme a fg:Company ; rdfs:label "Acme" .
e:acme-rail a fg:Company ; rdfs:label "Acme Rail" .
e:tech a fg:Organization ; rdfs:label "Tech Institute" .
e:court a fg:Court ; rdfs:label "High Court" .
e:north a fg:Country ; rdfs:label "Northland" .
e:south a fg:Country ; rdfs:label "Southland" .
e:port a fg:City ; rdfs:label "Port City" .
e:band a fg:ArmedGroup ; rdfs:label "The Band" .
e:v a fg:Value ; rdfs:label "two guards" .
e:ada fg:worksFor e:acme ; fg:educatedAt e:tech ; fg:bornIn e:port ; fg:spouseOf e:ben ;
  fg:parentOf e:cy ; fg:sued e:acme .
e:ben fg:diedIn e:north ; fg:siblingOf e:cy .
e:acme fg:owns e:v ; fg:acquired e:acme-rail .
e:acme-rail fg:subsidiaryOf e:acme .
e:north fg:invaded e:south ; fg:controls e:port ; fg:threatened e:band ;
  fg:negotiatedWith e:south .
e:band fg:kidnapped e:v ; fg:released e:cy ; fg:injured e:v .
e:court fg:charged e:ben ; fg:convicted e:ben ; fg:sentenced e:ben .
e:south fg:accused e:band .
TTL
expect_conforms news.ttl
for p in worksFor educatedAt bornIn diedIn spouseOf parentOf siblingOf owns subsidiaryOf \
  acquired controls invaded kidnapped released charged convicted sentenced sued accused \
  threatened negotiatedWith; do
  grep -q "fg:$p " news.ttl || fail "news.ttl does not use fg:$p"
done
# A country that works for a company; a subject that is a value:
{ cat news.ttl; echo 'e:north fg:worksFor e:acme .'; } >m.ttl
expect_violation "a country works for" "the subject of fg:worksFor is a fg:Person" m.ttl
{ cat news.ttl; echo 'e:v fg:charged e:ben .'; } >m.ttl
expect_violation "a value charges" "the subject of fg:charged is an fg:Agent" m.ttl
# Objects: a person as employer, a company as spouse, an armed group as
# birthplace, a value sued:
{ cat news.ttl; echo 'e:ada fg:worksFor e:ben .'; } >m.ttl
expect_violation "works for a person" "the object of fg:worksFor is an fg:Organization" m.ttl
{ cat news.ttl; echo 'e:ada fg:spouseOf e:acme .'; } >m.ttl
expect_violation "married to a company" "the object of fg:spouseOf is a fg:Person" m.ttl
{ cat news.ttl; echo 'e:cy fg:bornIn e:band .'; } >m.ttl
expect_violation "born in an armed group" "the object of fg:bornIn is a fg:Place or a fg:Country" m.ttl
{ cat news.ttl; echo 'e:ada fg:sued e:v .'; } >m.ttl
expect_violation "sued a value" "the object of fg:sued is an fg:Agent" m.ttl
{ cat news.ttl; echo 'e:acme fg:subsidiaryOf e:north .'; } >m.ttl
expect_violation "a subsidiary of a country" "the object of fg:subsidiaryOf is an fg:Organization" m.ttl

# Beyond SHACL Core: every fact triple between entities has its statement,
# and the triple of a statement is asserted unless the statement is negated.
cat >pairing.rq <<'RQ'
PREFIX fg:   <https://w3id.org/factgraph/ontology#>
PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?problem ?s ?p ?o
WHERE {
  {
    ?s ?p ?o .
    ?s skos:prefLabel [] .
    FILTER (STRSTARTS(STR(?p), STR(fg:)))
    FILTER NOT EXISTS { ?st a fg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }
    BIND ("triple without statement" AS ?problem)
  } UNION {
    ?st a fg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    FILTER NOT EXISTS { ?st fg:negated true }
    FILTER NOT EXISTS { ?s ?p ?o }
    BIND ("asserted statement without triple" AS ?problem)
  } UNION {
    ?st a fg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; fg:negated true .
    FILTER NOT EXISTS { ?other a fg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
                        FILTER NOT EXISTS { ?other fg:negated true } }
    ?s ?p ?o .
    BIND ("denied fact asserted" AS ?problem)
  }
}
RQ
for data in fixtures.nq samples.nq; do
  mkdir -p "pairs-$data"
  node "$TOOLS/sparql.mjs" "$data" "pairs-$data" pairing.rq 2>"$TMP/sparql.err" ||
    fail "sparql.mjs: $(head -c 2000 "$TMP/sparql.err")"
  [ "$(wc -l <"pairs-$data/pairing.tsv")" -eq 1 ] ||
    fail "$data: facts and statements do not pair: $(head -c 3000 "pairs-$data/pairing.tsv")"
done
# ... and that check finds a missing statement.
grep -v "<${FG}Statement>" fixtures.nt >m.nt
mkdir -p pairs-broken
node "$TOOLS/sparql.mjs" m.nt pairs-broken pairing.rq 2>"$TMP/sparql.err" ||
  fail "sparql.mjs: $(head -c 2000 "$TMP/sparql.err")"
grep -q 'triple without statement' pairs-broken/pairing.tsv ||
  fail "the pairing check misses facts without statements"
