#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# A real rule reasoner over the ontology and the exported data: EYE runs the
# OWL 2 RL rules of tests/tools/owl-rl.n3.
# - The ontology stays in the OWL 2 RL subset we use (check-owl-rl.py), and
#   every one of its classes is satisfiable: a probe individual per class
#   gives no clash.
# - On the fixtures and the samples, everything the axioms entail for each
#   fact (super-properties: joined gives memberOf; inverses; symmetric
#   metWith both ways; domain and range types) is derived, and no entity
#   ends up in two disjoint classes (Person, Organization, Place, Event;
#   Country and Person or Event): check-entailments.py.
# - On the fixtures, named entailments hold and a denied meeting stays
#   unasserted in both directions.
# - A probe that no sample states yet: offshootOf gives affiliatedWith; and
#   the reasoner does find a clash when one entity is a Person and, through
#   the domain of capitalOf, a Place.
. "$(dirname "$0")/lib.sh"
need_tool eye.pvm "$PY"

ONTOLOGY=$ROOT/ontology/factgraph.ttl
RULES=$ROOT/tests/tools/owl-rl.n3
ENT=https://example.org/factgraph/entity/
FG=https://w3id.org/factgraph/ontology#
RDF_TYPE=http://www.w3.org/1999/02/22-rdf-syntax-ns#type

# reason OUT DATA...: what EYE derives from the ontology, the rules and DATA.
reason() {
  local out=$1
  shift
  eye.pvm --nope --quiet --pass-only-new "$ONTOLOGY" "$@" "$RULES" >"$out" \
    2>"$TMP/eye.err" || fail "eye on $*: $(tail -c 2000 "$TMP/eye.err")"
}

# entailments DATA DERIVED ARGS...: check-entailments.py, failing the test
# with its report; prints its counts.
entailments() {
  "$PY" "$ROOT/tests/cli/check-entailments.py" "$ONTOLOGY" "$@" 2>"$TMP/check.err" ||
    fail "entailments of $1: $(head -c 3000 "$TMP/check.err")"
}

cd "$TMP"

# The ontology: the RL subset, and every class satisfiable.
"$PY" "$ROOT/tests/cli/check-owl-rl.py" "$ONTOLOGY" probes.ttl >/dev/null \
  2>"$TMP/rl.err" || fail "ontology: $(head -c 3000 "$TMP/rl.err")"
reason probes.out probes.ttl
! grep -q 'inconsistent' probes.out ||
  fail "unsatisfiable classes: $(grep inconsistent probes.out | head -c 2000)"
# ... and the profile check rejects what OWL 2 RL cannot have.
{
  cat "$ONTOLOGY"
  echo '<https://w3id.org/factgraph/ontology#Person> <http://www.w3.org/2000/01/rdf-schema#subClassOf> [ a <http://www.w3.org/2002/07/owl#Restriction> ; <http://www.w3.org/2002/07/owl#onProperty> <https://w3id.org/factgraph/ontology#memberOf> ; <http://www.w3.org/2002/07/owl#someValuesFrom> <https://w3id.org/factgraph/ontology#Organization> ] .'
} >not-rl.ttl
if "$PY" "$ROOT/tests/cli/check-owl-rl.py" not-rl.ttl probes2.ttl >/dev/null 2>&1; then
  fail "check-owl-rl.py accepts an existential in a superclass"
fi

# The fixtures: generic entailments, then named ones.
fg -o fixtures.ttl "$ROOT"/tests/fixtures/*.txt
expect_status 0 "export of the fixtures"
reason fixtures.out fixtures.ttl
cat >entailed.nt <<EOF
<${ENT}norway> <${FG}memberOf> <${ENT}nordic-shipping-federation> .
<${ENT}harbour-association> <${FG}memberOf> <${ENT}nordic-shipping-federation> .
<${ENT}nordic-shipping-federation> <${FG}hasMember> <${ENT}norway> .
<${ENT}norway> <http://schema.org/memberOf> <${ENT}nordic-shipping-federation> .
<${ENT}harbour-association> <${FG}hasLeader> <${ENT}khalid-al-nouri> .
<${ENT}harbour-association> <${FG}hasLeader> <${ENT}ingrid-solberg> .
<${ENT}khalid-al-nouri> <${FG}metWith> <${ENT}ingrid-solberg> .
<${ENT}norway> <${FG}capital> <${ENT}oslo> .
<${ENT}oslo> <${RDF_TYPE}> <${FG}Place> .
<${ENT}oslo> <${RDF_TYPE}> <http://schema.org/Place> .
<${ENT}norway> <${RDF_TYPE}> <${FG}Agent> .
<${ENT}norway> <${RDF_TYPE}> <http://www.w3.org/ns/prov#Agent> .
<${ENT}khalid-al-nouri> <${RDF_TYPE}> <http://schema.org/Person> .
EOF
cat >not-entailed.nt <<EOF
<${ENT}khalid-al-nouri> <${FG}metWith> <${ENT}pavel-ostrik> .
<${ENT}pavel-ostrik> <${FG}metWith> <${ENT}khalid-al-nouri> .
EOF
entailments fixtures.ttl fixtures.out subproperty=1 inverse=1 symmetric=1 \
  domain=1 range=1 --entailed entailed.nt --not-entailed not-entailed.nt >/dev/null

# The samples, whatever the extractor finds in them today.
mapfile -t inputs < <(sample_files)
fg -o samples.ttl "${inputs[@]}"
expect_status 0 "export of the samples"
reason samples.out samples.ttl
entailments samples.ttl samples.out subproperty=1 inverse=1 domain=1 range=1 >/dev/null

# Probes: a sub-property no sample yields yet, and a clash the rules find.
cat >probe.ttl <<EOF
<https://example.org/probe/splinter> <${FG}offshootOf> <https://example.org/probe/group> .
<https://example.org/probe/someone> a <${FG}Person> ;
  <${FG}capitalOf> <https://example.org/probe/country> .
EOF
reason probe.out probe.ttl
cat >probe-entailed.nt <<EOF
<https://example.org/probe/splinter> <${FG}affiliatedWith> <https://example.org/probe/group> .
EOF
if "$PY" "$ROOT/tests/cli/check-entailments.py" "$ONTOLOGY" probe.ttl probe.out \
  --entailed probe-entailed.nt >/dev/null 2>"$TMP/probe.err"; then
  fail "a Person that is the capital of something raises no clash"
fi
grep -q 'probe/someone> is in disjoint classes' "$TMP/probe.err" ||
  fail "the probe clash is not the Person/Place one: $(head -c 2000 "$TMP/probe.err")"
grep -q 'the reasoner finds a clash for <https://example.org/probe/someone>' "$TMP/probe.err" ||
  fail "EYE derives no clash for the probe: $(head -c 2000 "$TMP/probe.err")"
! grep -q 'not entailed' "$TMP/probe.err" ||
  fail "offshootOf does not give affiliatedWith: $(head -c 2000 "$TMP/probe.err")"

# Probes for the general news relations no fixture states yet: the symmetric
# family and negotiation properties, the inverses, the schema.org
# super-properties, and the domain and range types they give.
P=https://example.org/probe/
cat >news.ttl <<EOF2
<${P}ana> <${FG}spouseOf> <${P}ben> .
<${P}ana> <${FG}parentOf> <${P}cai> .
<${P}cai> <${FG}siblingOf> <${P}dee> .
<${P}ben> <${FG}worksFor> <${P}acme> .
<${P}dee> <${FG}educatedAt> <${P}college> .
<${P}ana> <${FG}bornIn> <${P}town> .
<${P}acme-shipping> <${FG}subsidiaryOf> <${P}acme> .
<${P}acme> <${FG}owns> <${P}mill> .
<${P}north> <${FG}negotiatedWith> <${P}south> .
<${P}north> <${FG}sued> <${P}acme> .
EOF2
reason news.out news.ttl
cat >news-entailed.nt <<EOF2
<${P}ben> <${FG}spouseOf> <${P}ana> .
<${P}ben> <http://schema.org/spouse> <${P}ana> .
<${P}cai> <${FG}childOf> <${P}ana> .
<${P}cai> <http://schema.org/parent> <${P}ana> .
<${P}dee> <${FG}siblingOf> <${P}cai> .
<${P}acme> <${FG}employs> <${P}ben> .
<${P}ben> <http://schema.org/worksFor> <${P}acme> .
<${P}acme> <${RDF_TYPE}> <${FG}Organization> .
<${P}college> <${RDF_TYPE}> <${FG}Organization> .
<${P}dee> <http://schema.org/alumniOf> <${P}college> .
<${P}ana> <http://schema.org/birthPlace> <${P}town> .
<${P}acme> <${FG}hasSubsidiary> <${P}acme-shipping> .
<${P}acme> <http://schema.org/subOrganization> <${P}acme-shipping> .
<${P}mill> <${FG}ownedBy> <${P}acme> .
<${P}south> <${FG}negotiatedWith> <${P}north> .
<${P}north> <${RDF_TYPE}> <${FG}Agent> .
EOF2
entailments news.ttl news.out subproperty=5 inverse=4 symmetric=3 domain=5 \
  range=4 --entailed news-entailed.nt >/dev/null
# A person that worksFor another person is an Organization too: the
# disjointness of Person and Organization must make that a clash.
cat >news-clash.ttl <<EOF2
<${P}eve> a <${FG}Person> .
<${P}fay> <${FG}worksFor> <${P}eve> .
EOF2
reason news-clash.out news-clash.ttl
if "$PY" "$ROOT/tests/cli/check-entailments.py" "$ONTOLOGY" news-clash.ttl \
  news-clash.out >/dev/null 2>"$TMP/news-clash.err"; then
  fail "working for a Person raises no clash"
fi
grep -q 'probe/eve> is in disjoint classes' "$TMP/news-clash.err" ||
  fail "the worksFor clash is not found: $(head -c 2000 "$TMP/news-clash.err")"
