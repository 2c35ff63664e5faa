#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The query cookbook (ontology/queries/*.rq) in a real SPARQL store:
# Oxigraph loads the N-Quads and the Turtle output, keeping every quad.
# - On tests/fixtures/, each query's answer is exactly the one in
#   tests/fixtures/expected/ (written by hand from the two articles).
# - On the fixtures and on samples/, every query with every parameter unset,
#   and again with parameters picked from the data, gives exactly the rows
#   cookbook-answers.py computes without SPARQL from the facts TSV.
# - The Turtle store answers as the N-Quads store does, except that it has
#   no named graphs: the per-document and per-publisher queries find nothing.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/rdf-tools.sh"
skip_when_sanitized
need_tool serdi "$PY"
need_npm_tools

NAMED_GRAPH_QUERIES="document-facts publisher-facts"

# same_rows GOT WANT WHAT: the same header and the same rows in any order.
same_rows() {
  [ "$(head -n 1 "$1")" = "$(head -n 1 "$2")" ] ||
    fail "$3: columns '$(head -n 1 "$1")', expected '$(head -n 1 "$2")'"
  if ! diff <(tail -n +2 "$1" | LC_ALL=C sort) <(tail -n +2 "$2" | LC_ALL=C sort) \
    >"$TMP/rows.diff"; then
    fail "$3: rows differ (< store, > expected):
$(head -c 3000 "$TMP/rows.diff")"
  fi
}

# export_and_load NAME INPUT...: NAME.nq, NAME.ttl and NAME.tsv; both RDF
# files load into the store with every statement serdi reads.
export_and_load() {
  local name=$1
  shift
  fg -o "$name.nq" -o "$name.ttl" -o "$name.tsv" "$@"
  expect_status 0 "export of $name"
  local syntax file want got
  for syntax in nq ttl; do
    file=$name.$syntax
    want=$(serdi_count "$file" "$([ "$syntax" = nq ] && echo nquads || echo turtle)")
    got=$(sparql "$file" "$name-all-$syntax")
    [ "$got" -eq "$want" ] || fail "Oxigraph holds $got quads of $file, serdi reads $want"
  done
}

# check_answers NAME TEXTS OUT [NAME=VALUE]...: the store's answers on
# NAME.nq with these parameters are the ones computed without SPARQL.
check_answers() {
  local name=$1 texts=$2 out=$3 spec
  shift 3
  local params=()
  for spec in "$@"; do params+=(--param "$spec"); done
  sparql "$name.nq" "$out-store" "${params[@]}" >/dev/null
  mkdir -p "$out-want"
  "$PY" "$ROOT/tests/cli/cookbook-answers.py" "$name.tsv" "$name.nq" "$texts" \
    "$out-want" "$@" 2>"$TMP/answers.err" ||
    fail "cookbook-answers.py: $(head -c 2000 "$TMP/answers.err")"
  local query
  for query in "$ROOT"/ontology/queries/*.rq; do
    query=$(basename "$query" .rq)
    [ -f "$out-want/$query.tsv" ] || fail "cookbook-answers.py has no answer for $query"
    same_rows "$out-store/$query.tsv" "$out-want/$query.tsv" "$name: $query ($*)"
  done
}

# turtle_agrees NAME: the Turtle store gives the N-Quads store's answers;
# the named-graph queries find nothing in it.
turtle_agrees() {
  local query rows
  for query in "$ROOT"/ontology/queries/*.rq; do
    query=$(basename "$query" .rq)
    if [[ " $NAMED_GRAPH_QUERIES " == *" $query "* ]]; then
      rows=$(($(wc -l <"$1-all-ttl/$query.tsv") - 1))
      [ "$rows" -eq 0 ] || fail "$query finds $rows rows without named graphs"
    else
      cmp -s "$1-all-nq/$query.tsv" "$1-all-ttl/$query.tsv" ||
        fail "$query answers differently on $1.ttl and $1.nq"
    fi
  done
}

cd "$TMP"
fixtures=("$ROOT"/tests/fixtures/*.txt)

# The fixtures: exact answers for one set of parameters.
export_and_load fixtures "${fixtures[@]}"
turtle_agrees fixtures
sparql fixtures.nq one >/dev/null \
  --param name="KHALID AL-NOURI" --param subjectName="khalid al-nouri" \
  --param propertyName=leaderOf --param objectName="Harbour Association" \
  --param personName="Ingrid Solberg" --param from=2026-03-03 \
  --param to=2026-03-10 --param document=harbour-2.txt \
  --param publisher="Agence France-Presse"
for query in "$ROOT"/ontology/queries/*.rq; do
  query=$(basename "$query" .rq)
  want=$ROOT/tests/fixtures/expected/$query.tsv
  [ -f "$want" ] || fail "no tests/fixtures/expected/$query.tsv"
  diff "one/$query.tsv" "$want" >"$TMP/one.diff" ||
    fail "$query on the fixtures (< store, > expected):
$(head -c 3000 "$TMP/one.diff")"
done
check_answers fixtures "$ROOT/tests/fixtures" fixtures-all
check_answers fixtures "$ROOT/tests/fixtures" fixtures-one \
  name="Khalid al-Nouri" subjectName="Ingrid Solberg" propertyName=metWith \
  personName="Ingrid Solberg" from=2026-03-02 to=2026-03-03 document=harbour-1.txt \
  publisher="Associated Press"

# The samples, whatever the extractor finds in them today.
mapfile -t inputs < <(sample_files)
export_and_load samples "${inputs[@]}"
turtle_agrees samples
check_answers samples "$SAMPLES" samples-all
# Parameters from the data: the entity with the most spellings, named by its
# last alternative; the first fact; the first attributed person; the first
# document; the dates of the two earliest documents.
picks=$(
  "$PY" - samples.tsv samples-all-store <<'PY'
import csv, sys
tsv, store = sys.argv[1:3]
def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
spellings = {}
for entity, spelling, kind in rows(f"{store}/spellings.tsv"):
    spellings.setdefault(entity, []).append(spelling)
entity = max(sorted(spellings), key=lambda e: len(spellings[e]))
facts = rows(tsv)
first = facts[0]
dates = sorted({r[0] for r in rows(f"{store}/changes.tsv")})
people = [r[0] for r in rows(f"{store}/attributed.tsv")]
employers = [r[3] for r in facts if r[2] == "worksFor"]
defendants = [r[3] for r in facts if r[2] in ("charged", "convicted", "sentenced", "sued", "accused")]
print(f"name={sorted(spellings[entity])[-1]}")
print(f"subjectName={first[0]}")
print(f"propertyName={first[2]}")
print(f"objectName={first[3]}")
print(f"personName={people[0] if people else 'Nobody Named So'}")
print(f"document={first[7].split(',')[0]}")
print(f"organizationName={employers[0] if employers else 'Nobody Named So'}")
print(f"defendantName={defendants[0] if defendants else 'Nobody Named So'}")
if len(dates) >= 2:
    print(f"from={dates[0]}")
    print(f"to={dates[1]}")
PY
) || fail "cannot pick parameters from the samples"
mapfile -t params <<<"$picks"
check_answers samples "$SAMPLES" samples-one "${params[@]}"

# The news-relation queries on sample 13, a reader's questions: who was
# convicted and sentenced and by whom, who bought whom, who works (or
# worked) for the Kenya Ports Authority. Each row a reader expects and the
# exporter finds today must be in the store's answer.
sample13=$SAMPLES/13-mombasa-bribery-verdict.txt
[ -f "$sample13" ] || fail "no $sample13"
fg -o s13.nq "$sample13"
expect_status 0 "export of sample 13"
sparql s13.nq s13 --param organizationName="kenya ports authority" >/dev/null
has_row() {
  grep -qxF -- "$2" "s13/$1.tsv" ||
    fail "$1 on sample 13 lacks '$2': $(head -c 2000 "s13/$1.tsv")"
}
T=$'\t'
has_row justice "Daniel Kiprono Mutua${T}convicted${T}Coast Economic Crimes Court${T}2026-03-12${T}asserted${T}1"
has_row justice "Daniel Kiprono Mutua${T}sentenced${T}Coast Economic Crimes Court${T}2026-03-12${T}asserted${T}1"
grep -q "^Tana Holdings${T}Pwani Cargo Services${T}" s13/acquisitions.tsv ||
  fail "acquisitions on sample 13: $(head -c 2000 s13/acquisitions.tsv)"
has_row employees "Samuel Kibet Rono${T}Kenya Ports Authority${T}former${T}asserted${T}1"
[ "$(wc -l <s13/employees.tsv)" -eq 2 ] ||
  fail "employees of the Kenya Ports Authority: $(head -c 2000 s13/employees.tsv)"

# invasions.rq and justice.rq on statements written by hand: an invasion
# with its year, a former control, a denied one (left out), a hedged
# charge, and a fact of another property (left out).
cat >news.ttl <<'TTL'
@prefix fg: <https://w3id.org/factgraph/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix e: <https://example.org/factgraph/entity/> .
@prefix f: <https://example.org/factgraph/fact/> .
e:north rdfs:label "Northland" . e:south rdfs:label "Southland" .
e:isle rdfs:label "Grey Isle" . e:court rdfs:label "High Court" . e:ada rdfs:label "Ada Moss" .
f:1 a fg:Statement ; rdf:subject e:north ; rdf:predicate fg:invaded ; rdf:object e:south ;
  fg:sourceCount 2 ; fg:time "1979"^^xsd:gYear .
f:2 a fg:Statement ; rdf:subject e:north ; rdf:predicate fg:controls ; rdf:object e:isle ;
  fg:sourceCount 1 ; fg:status "former" .
f:3 a fg:Statement ; rdf:subject e:south ; rdf:predicate fg:invaded ; rdf:object e:north ;
  fg:sourceCount 1 ; fg:negated true .
f:4 a fg:Statement ; rdf:subject e:court ; rdf:predicate fg:charged ; rdf:object e:ada ;
  fg:sourceCount 1 ; fg:modality "hedged" .
f:5 a fg:Statement ; rdf:subject e:north ; rdf:predicate fg:metWith ; rdf:object e:south ;
  fg:sourceCount 1 .
TTL
sparql news.ttl news >/dev/null
printf '%s\n' "agent${T}property${T}territory${T}time${T}status${T}modality${T}sources" \
  "Northland${T}controls${T}Grey Isle${T}${T}former${T}asserted${T}1" \
  "Northland${T}invaded${T}Southland${T}1979${T}current${T}asserted${T}2" >want.tsv
diff news/invasions.tsv want.tsv >"$TMP/news.diff" ||
  fail "invasions.rq (< store, > expected): $(head -c 2000 "$TMP/news.diff")"
printf '%s\n' "defendant${T}action${T}by${T}time${T}modality${T}sources" \
  "Ada Moss${T}charged${T}High Court${T}${T}hedged${T}1" >want.tsv
diff news/justice.tsv want.tsv >"$TMP/news.diff" ||
  fail "justice.rq (< store, > expected): $(head -c 2000 "$TMP/news.diff")"
