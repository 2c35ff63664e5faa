#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# --version names the program's version and the versions the knowledge
# files it loaded state (ontology, gazetteer, lexicon) and lists the
# models; it fails, after the first line, when the files cannot be loaded
# (exit 2 for a model file that is missing, damaged or foreign).
. "$(dirname "$0")/lib.sh"

header_version=$(sed -n 's/^#define FG_VERSION "\(.*\)"$/\1/p' \
  "$ROOT/include/factgraph/version.h")
[ -n "$header_version" ] || fail "no FG_VERSION in include/factgraph/version.h"

# A copy of the ontology directory whose files state other versions.
dir=$TMP/ontology
cp -R "$ROOT/ontology" "$dir"
sed -i 's/owl:versionInfo "[^"]*"/owl:versionInfo "7.7.1"/' "$dir/factgraph.ttl"
sed -i 's/owl:versionInfo "[^"]*"/owl:versionInfo "7.7.2"/' "$dir/gazetteer.ttl"
sed -i 's/^version\t.*/version\t7.7.3/' "$dir/lexicon.tsv"
rm -rf "$dir/models"

fg --version --ontology "$dir"
expect_status 0 "--version"
cat >"$TMP/expected" <<OUT
factgraph $header_version
knowledge files: $dir
ontology: 7.7.1
gazetteer: 7.7.2
lexicon: 7.7.3
models: none
OUT
diff "$TMP/expected" "$TMP/stdout" >"$TMP/diff" ||
  fail "--version printed other lines: $(cat "$TMP/diff")"

# Model files are listed by name, in order; other files are not models.
mkdir "$dir/models"
cp "$ROOT"/ontology/models/*.fgm "$dir/models/"
touch "$dir/models/.draft.fgm" "$dir/models/README" "$dir/models/parser.fgm.tmp"
FACTGRAPH_ONTOLOGY=$dir fg -V
expect_status 0 "-V with models"
grep -qx 'models: lemmatizer.fgm ner.fgm parser.fgm tagger.fgm' "$TMP/stdout" ||
  fail "-V lists the models wrongly: $(grep models "$TMP/stdout")"

# A model file that is missing from the folder, truncated, corrupted or
# foreign is an error naming the file, with exit status 2, for -V and
# for a run alike, and a run writes nothing.
models=$dir/models
echo "Paris is the capital of France." >"$TMP/one.txt"
bad_model() { # WHAT FILE: expects both commands to refuse FILE
  FACTGRAPH_ONTOLOGY=$dir fg -V
  expect_status 2 "-V with $1"
  expect_stderr "models/$2" "-V with $1"
  FACTGRAPH_ONTOLOGY=$dir fg -f nt "$TMP/one.txt"
  expect_status 2 "a run with $1"
  expect_stderr "models/$2: .*(cannot open|bad model)" "a run with $1"
  [ ! -s "$TMP/stdout" ] || fail "a run with $1 wrote output"
  cp "$ROOT/ontology/models/$2" "$models/"
}
rm "$models/parser.fgm"
bad_model "the parser model missing" parser.fgm
: >"$models/tagger.fgm"
bad_model "an empty tagger model" tagger.fgm
head -c 100000 "$ROOT/ontology/models/ner.fgm" >"$models/ner.fgm"
bad_model "a truncated recognizer model" ner.fgm
python3 - "$models/lemmatizer.fgm" <<'PY'
import sys
data = bytearray(open(sys.argv[1], "rb").read())
data[len(data) // 2] ^= 0x10
open(sys.argv[1], "wb").write(bytes(data))
PY
bad_model "a corrupted lemmatizer model" lemmatizer.fgm
cp "$ROOT/ontology/models/tagger.fgm" "$models/parser.fgm"
bad_model "a tagger model in the parser's place" parser.fgm
printf 'GIF89a not a model at all' >"$models/ner.fgm"
bad_model "a foreign file as the recognizer model" ner.fgm
FACTGRAPH_ONTOLOGY=$dir fg -V
expect_status 0 "-V with the models restored"

# Files that state no version are "unversioned".
sed -i 's/owl:versionInfo "[^"]*"/rdfs:comment "no version"/' "$dir/factgraph.ttl"
sed -i '/^version\t/d' "$dir/lexicon.tsv"
fg --version --ontology "$dir"
expect_status 0 "--version with unversioned files"
grep -qx 'ontology: unversioned' "$TMP/stdout" ||
  fail "an ontology without owl:versionInfo: $(cat "$TMP/stdout")"
grep -qx 'lexicon: unversioned' "$TMP/stdout" ||
  fail "a lexicon without a version row: $(cat "$TMP/stdout")"

# No knowledge files: the program's version, then an error.
fg --version --ontology "$TMP/absent"
expect_status 1 "--version without knowledge files"
[ "$(cat "$TMP/stdout")" = "factgraph $header_version" ] ||
  fail "--version without knowledge files printed: $(cat "$TMP/stdout")"
expect_stderr "$TMP/absent/factgraph.ttl" "--version without knowledge files"
