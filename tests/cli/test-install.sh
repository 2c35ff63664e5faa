#!/usr/bin/env bash
# `make install` gives a binary that reads the ontology installed beside it
# (not the source tree's), with PREFIX alone and staged under DESTDIR; a
# second install with another PREFIX builds that PREFIX's path in.
. "$(dirname "$0")/lib.sh"
need_tool make cc
# The installed binary is a plain build either way: once is enough.
[ "${FG_SANITIZED:-}" != 1 ] || skip "make install is tested by the plain pass"

# A test run by make must not pass make's variables (BUILD, OPT) on.
install_to() {
  env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -C "$ROOT" install "$@" \
    >"$TMP/make.log" 2>&1 ||
    fail "make install $* failed: $(tail -n 5 "$TMP/make.log")"
}

prefix=$TMP/prefix
install_to PREFIX="$prefix"
for file in bin/factgraph lib/libfactgraph.a include/factgraph/factgraph.h \
  share/factgraph/ontology/factgraph.ttl share/factgraph/ontology/gazetteer.ttl \
  share/factgraph/ontology/lexicon.tsv; do
  [ -e "$prefix/$file" ] || fail "make install did not install $file"
done

cd "$TMP"
installed=$prefix/bin/factgraph
env -u FACTGRAPH_ONTOLOGY "$installed" -q -o installed.nt "$SAMPLES"/[0-9]*.txt 2>stderr ||
  fail "the installed binary failed on the samples: $(cat stderr)"
"$FACTGRAPH" -q -o built.nt "$SAMPLES"/[0-9]*.txt
cmp -s installed.nt built.nt || fail "the installed binary writes other N-Triples"

mv "$prefix/share/factgraph/ontology" "$prefix/share/factgraph/moved"
if env -u FACTGRAPH_ONTOLOGY "$installed" -q -o moved.nt "$SAMPLES"/[0-9]*.txt 2>stderr; then
  fail "the installed binary ran without its installed ontology"
fi
grep -qF "$prefix/share/factgraph/ontology/" stderr ||
  fail "the installed binary does not look in $prefix/share: $(cat stderr)"

# Staged: files under DESTDIR, the path built in is PREFIX's.
install_to DESTDIR="$TMP/stage" PREFIX=/opt/factgraph-test
staged=$TMP/stage/opt/factgraph-test
[ -x "$staged/bin/factgraph" ] || fail "no binary under DESTDIR"
if env -u FACTGRAPH_ONTOLOGY "$staged/bin/factgraph" -q -o staged.nt "$SAMPLES"/[0-9]*.txt 2>stderr; then
  fail "the staged binary found an ontology outside /opt/factgraph-test"
fi
grep -qF /opt/factgraph-test/share/factgraph/ontology/ stderr ||
  fail "the staged binary does not look in its PREFIX: $(cat stderr)"
env -u FACTGRAPH_ONTOLOGY "$staged/bin/factgraph" --ontology "$staged/share/factgraph/ontology" \
  -q -o staged.nt "$SAMPLES"/[0-9]*.txt || fail "the staged binary failed with --ontology"
cmp -s staged.nt built.nt || fail "the staged binary writes other N-Triples"
