#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Every option once, with a good value and with a bad one.
. "$(dirname "$0")/lib.sh"
need_tool serdi rapper dot gc

mapfile -t inputs < <(sample_files)
good=$(richest_sample)
DEFAULT_BASE=https://example.org/factgraph/

# dot_count -n|-e FILE: nodes or edges in a DOT file.
dot_count() {
  gc "$1" "$2" | awk '{ n += $1 } END { print n + 0 }'
}

# -o and -f: every format name writes that format.
fg -o "$TMP/x.nt" "$good"
expect_status 0 "-o x.nt"
[ "$(valid_rdf "$TMP/x.nt")" -gt 0 ] || fail "-o x.nt wrote no triples"
fg "$good" -o
expect_status 2 "-o without a path"
for name in turtle ttl ntriples nt nquads nq dot tsv; do
  fg -f "$name" "${inputs[@]}"
  expect_status 0 "-f $name"
  case $name in
  turtle | ttl) cp "$TMP/stdout" "$TMP/f.ttl" && valid_rdf "$TMP/f.ttl" >/dev/null ;;
  ntriples | nt) cp "$TMP/stdout" "$TMP/f.nt" && valid_rdf "$TMP/f.nt" >/dev/null ;;
  nquads | nq) cp "$TMP/stdout" "$TMP/f.nq" && valid_rdf "$TMP/f.nq" >/dev/null ;;
  dot) cp "$TMP/stdout" "$TMP/f.dot" && valid_dot "$TMP/f.dot" ;;
  tsv) cp "$TMP/stdout" "$TMP/f.tsv" && valid_tsv "$TMP/f.tsv" ;;
  esac
done
fg -f rdfxml "$good"
expect_status 2 "-f rdfxml"
expect_stderr rdfxml "-f rdfxml"
fg "$good"
expect_status 0 "no -o and no -f"
cp "$TMP/stdout" "$TMP/default.ttl"
fg -f turtle "$good"
cmp -s "$TMP/stdout" "$TMP/default.ttl" ||
  fail "without -o or -f the output is not Turtle"

# --base replaces the default base in every minted IRI.
fg --base https://kg.example.net/news/ -f nt "${inputs[@]}"
expect_status 0 "--base"
cp "$TMP/stdout" "$TMP/base.nt"
valid_rdf "$TMP/base.nt" >/dev/null
grep -q '<https://kg\.example\.net/news/' "$TMP/base.nt" ||
  fail "--base: no IRI uses the new base"
! grep -qF "<$DEFAULT_BASE" "$TMP/base.nt" ||
  fail "--base: IRIs with the default base remain"
grep -qF "<$DEFAULT_BASE" "$TMP/f.nt" ||
  fail "without --base no IRI uses $DEFAULT_BASE"
fg "$good" --base
expect_status 2 "--base without an IRI"

# --ontology, and FACTGRAPH_ONTOLOGY which it overrides.
fg --ontology "$ROOT/ontology" -f nt "${inputs[@]}"
expect_status 0 "--ontology $ROOT/ontology"
cmp -s "$TMP/stdout" "$TMP/f.nt" || fail "--ontology with the default changes the output"
fg --ontology "$TMP/no-such-dir" -o "$TMP/o.nt" "$good"
expect_status 1 "--ontology with a missing directory"
expect_stderr 'no-such-dir' "--ontology with a missing directory"
[ ! -e "$TMP/o.nt" ] || fail "--ontology with a missing directory wrote output"
status=0
FACTGRAPH_ONTOLOGY=$TMP/no-such-dir "$FACTGRAPH" -f nt "$good" \
  >/dev/null 2>"$TMP/stderr" || status=$?
expect_status 1 "FACTGRAPH_ONTOLOGY with a missing directory"
status=0
FACTGRAPH_ONTOLOGY=$TMP/no-such-dir "$FACTGRAPH" --ontology "$ROOT/ontology" \
  -f nt "$good" >/dev/null 2>"$TMP/stderr" || status=$?
expect_status 0 "--ontology overriding FACTGRAPH_ONTOLOGY"

# --gazetteer: a user gazetteer (the shape of ontology/gazetteer.ttl)
# adds an entity known by an alias; our own gazetteer a second time changes
# nothing; a missing or malformed one is an error that names it.
cat >"$TMP/user-gazetteer.ttl" <<'TTL'
@prefix fg:   <https://w3id.org/factgraph/ontology#> .
@prefix gz:   <https://w3id.org/factgraph/gazetteer/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

gz:zarvonian-league a fg:InternationalOrganization ;
    skos:prefLabel "Zarvonian League" ;
    skos:altLabel "ZL" .
TTL
printf 'Portugal joined the ZL on Monday, the foreign ministry said.\n' >"$TMP/zl.txt"
fg -f tsv "$TMP/zl.txt"
expect_status 0 "an article naming an unknown alias"
! grep -q 'Zarvonian League' "$TMP/stdout" ||
  fail "the Zarvonian League is known without its gazetteer"
fg --gazetteer "$TMP/user-gazetteer.ttl" -f tsv "$TMP/zl.txt"
expect_status 0 "--gazetteer user-gazetteer.ttl"
grep -q "$(printf 'Zarvonian League\tInternationalOrganization')" "$TMP/stdout" ||
  fail "--gazetteer: 'ZL' is not read as the Zarvonian League: $(cat "$TMP/stdout")"
[ -f "$ROOT/ontology/gazetteer.ttl" ] || fail "ontology/gazetteer.ttl is missing"
fg --gazetteer "$ROOT/ontology/gazetteer.ttl" -f nt "${inputs[@]}"
expect_status 0 "--gazetteer ontology/gazetteer.ttl"
cmp -s "$TMP/stdout" "$TMP/f.nt" || fail "loading our gazetteer twice changes the output"
fg --gazetteer "$TMP/no-such-gazetteer.ttl" -o "$TMP/g.nt" "$good"
expect_status 1 "--gazetteer with a missing file"
expect_stderr 'no-such-gazetteer\.ttl' "--gazetteer with a missing file"
[ ! -e "$TMP/g.nt" ] || fail "--gazetteer with a missing file wrote output"
printf '@prefix : <#> .\n:a :b "unterminated .\n' >"$TMP/broken-gazetteer.ttl"
fg --gazetteer "$TMP/broken-gazetteer.ttl" -f nt "$good"
expect_status 1 "--gazetteer with a malformed file"
expect_stderr 'broken-gazetteer\.ttl' "--gazetteer with a malformed file"

# DOT views. The focus is the entity named most often in the facts.
focus=$(awk -F '\t' 'NR > 1 { n[$1]++; if ($5 != "literal") n[$4]++ }
  END { for (k in n) if (n[k] > best || (n[k] == best && k < name)) { best = n[k]; name = k }
        print name }' "$TMP/f.tsv")
[ -n "$focus" ] || fail "no entity to focus on in the samples' facts"
all_nodes=$(dot_count -n "$TMP/f.dot")
fg -f dot --focus "$focus" "${inputs[@]}"
expect_status 0 "--focus '$focus'"
cp "$TMP/stdout" "$TMP/focus1.dot"
valid_dot "$TMP/focus1.dot"
nodes1=$(dot_count -n "$TMP/focus1.dot")
[ "$nodes1" -ge 1 ] && [ "$nodes1" -le "$all_nodes" ] ||
  fail "--focus '$focus': $nodes1 nodes of $all_nodes"
grep -qF "$focus" "$TMP/focus1.dot" || fail "--focus '$focus': the entity is not in the view"
fg -f dot --focus "No Such Entity Xyzzy" "${inputs[@]}"
[ "$status" -eq 1 ] || [ "$status" -eq 2 ] ||
  fail "--focus with an unknown name: exit status $status, expected 1 or 2"
expect_stderr 'No Such Entity Xyzzy|focus' "--focus with an unknown name"

fg -f dot --focus "$focus" --depth 2 "${inputs[@]}"
expect_status 0 "--depth 2"
cp "$TMP/stdout" "$TMP/focus2.dot"
valid_dot "$TMP/focus2.dot"
nodes2=$(dot_count -n "$TMP/focus2.dot")
[ "$nodes2" -ge "$nodes1" ] || fail "--depth 2 shows $nodes2 nodes, depth 1 $nodes1"
fg -f dot --focus "$focus" --depth 0 "${inputs[@]}"
expect_status 0 "--depth 0"
[ "$(dot_count -n "$TMP/stdout")" -le "$nodes1" ] ||
  fail "--depth 0 shows more nodes than --depth 1"
for bad in x -1 1.5 ""; do
  fg -f dot --focus "$focus" --depth "$bad" "$good"
  expect_status 2 "--depth '$bad'"
done

all_edges=$(dot_count -e "$TMP/f.dot")
fg -f dot --min-sources 2 "${inputs[@]}"
expect_status 0 "--min-sources 2"
cp "$TMP/stdout" "$TMP/min2.dot"
valid_dot "$TMP/min2.dot"
edges2=$(dot_count -e "$TMP/min2.dot")
[ "$edges2" -le "$all_edges" ] || fail "--min-sources 2 shows $edges2 edges, default $all_edges"
fg -f dot --min-sources 100000 "${inputs[@]}"
expect_status 0 "--min-sources 100000"
[ "$(dot_count -e "$TMP/stdout")" -le "$edges2" ] ||
  fail "--min-sources 100000 shows more edges than --min-sources 2"
for bad in 0 many -3; do
  fg -f dot --min-sources "$bad" "$good"
  expect_status 2 "--min-sources '$bad'"
done

fg -f dot --max-nodes 3 "${inputs[@]}"
expect_status 0 "--max-nodes 3"
cp "$TMP/stdout" "$TMP/max3.dot"
valid_dot "$TMP/max3.dot"
# The limit is on entity nodes (n<index>); the legend and the note saying
# what was left out are not entities.
entity_nodes=$(grep -cE '^  n[0-9]+ \[' "$TMP/max3.dot")
[ "$entity_nodes" -ge 1 ] && [ "$entity_nodes" -le 3 ] ||
  fail "--max-nodes 3 shows $entity_nodes entity nodes"
grep -q 'not shown' "$TMP/max3.dot" || fail "--max-nodes 3 does not say what was left out"
fg -f dot --max-nodes lots "$good"
expect_status 2 "--max-nodes lots"

# -q: nothing at all on a clean run, nor for a warning; errors still shown.
fg -q -f nt "${inputs[@]}"
expect_status 0 "-q"
[ ! -s "$TMP/stderr" ] || fail "-q prints: $(head -c 2000 "$TMP/stderr")"
[ -s "$TMP/stdout" ] || fail "-q writes no output"
: >"$TMP/empty.txt"
fg --quiet -f nt "$TMP/empty.txt" "$good"
expect_status 0 "--quiet with an empty file"
[ ! -s "$TMP/stderr" ] || fail "--quiet prints a warning: $(head -c 2000 "$TMP/stderr")"
fg -q -f nt "$TMP/missing.txt" "$good"
expect_status 1 "-q with a missing file"
expect_stderr 'missing\.txt' "-q with a missing file"

# -v: progress for each input.
fg -v -f nt "$good" "$TMP/empty.txt"
expect_status 0 "-v"
expect_stderr "^factgraph: \\[1/2\\] $good\$" "-v"
expect_stderr "^factgraph: \\[2/2\\] $TMP/empty\\.txt\$" "-v"
fg --verbose --quiet -f nt "$good"
[ ! -s "$TMP/stderr" ] || fail "--verbose --quiet: the last one does not win"

# -v: per sentence, the tree path of each fact the dep rules add (rule,
# trigger lemma and word, each argument's word and dependency path).
printf 'Rule case\n\nMarta Kowal was born in Gdansk in 1971.\n' >"$TMP/born.txt"
fg -v -f tsv "$TMP/born.txt"
expect_status 0 "-v on a sentence for the tree rules"
expect_stderr '^factgraph: born\.txt: info: sentence 2: dep\.born bear#[0-9]+ bornIn: subj Marta#1 \[nsubj:pass\], obj Gdansk#[0-9]+ \[obl\] time=1971$' \
  "-v: the tree path of a dep fact"
fg -f tsv "$TMP/born.txt"
! grep -q 'dep\.born' "$TMP/stderr" || fail "without -v, tree paths are printed"

# -h, -V and their long forms.
for option in -h --help; do
  fg "$option"
  expect_status 0 "$option"
  grep -q '^Usage: factgraph' "$TMP/stdout" || fail "$option prints no usage"
  grep -q -- '--min-sources' "$TMP/stdout" || fail "$option does not list every option"
  grep -q -- '(default https://example\.org/factgraph/)' "$TMP/stdout" ||
    fail "$option does not give the default base"
done
for option in -V --version; do
  fg "$option"
  expect_status 0 "$option"
  grep -Eqx 'factgraph [0-9]+\.[0-9]+\.[0-9]+' "$TMP/stdout" ||
    fail "$option prints '$(cat "$TMP/stdout")'"
done
fg --version=2
expect_status 2 "--version=2"
