#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# --version names the program's version and the versions the knowledge
# files it loaded state (ontology, gazetteer, lexicon) and lists the
# models; it fails, after the first line, when the files cannot be loaded.
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

# A model that cannot be read is an error naming it, like any knowledge file.
: >"$dir/models/tagger.fgm"
FACTGRAPH_ONTOLOGY=$dir fg -V
expect_status 1 "-V with an empty tagger model"
expect_stderr 'models/tagger.fgm' "-V with an empty tagger model"
cp "$ROOT/ontology/models/tagger.fgm" "$dir/models/"
# ... and so is one missing when the folder is there.
rm "$dir/models/parser.fgm"
FACTGRAPH_ONTOLOGY=$dir fg -V
expect_status 1 "-V without the parser model"
expect_stderr 'models/parser.fgm' "-V without the parser model"
cp "$ROOT/ontology/models/parser.fgm" "$dir/models/"

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
