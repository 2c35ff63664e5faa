#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `make install` gives a binary that reads the ontology installed beside it
# (not the source tree's), with PREFIX alone and staged under DESTDIR; a
# second install with another PREFIX builds that PREFIX's path in. The
# tree holds the shared and static libraries, headers, factgraph.pc, the
# manual page and the licences; a program builds against it with
# pkg-config, shared and static; `make uninstall` removes every file.
. "$(dirname "$0")/lib.sh"
need_tool make cc pkg-config readelf
# The installed binary is a plain build either way: once is enough.
[ "${FG_SANITIZED:-}" != 1 ] || skip "make install is tested by the plain pass"

# A test run by make must not pass make's variables (BUILD, OPT) on.
install_to() {
  env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -C "$ROOT" install "$@" \
    >"$TMP/make.log" 2>&1 ||
    fail "make install $* failed: $(tail -n 5 "$TMP/make.log")"
}

version=$(sed -n 's/^#define FG_VERSION "\(.*\)"$/\1/p' "$ROOT/include/factgraph/version.h")
major=${version%%.*}

# expect_layout ROOT LIBDIR MANDIR: the files of an install under ROOT.
expect_layout() {
  local root=$1 lib=$2 man=$3 file
  for file in bin/factgraph "$lib/libfactgraph.a" "$lib/libfactgraph.so.$version" \
    "$lib/pkgconfig/factgraph.pc" include/factgraph/factgraph.h \
    include/factgraph/version.h "$man/man1/factgraph.1" \
    share/factgraph/ontology/factgraph.ttl share/factgraph/ontology/gazetteer.ttl \
    share/factgraph/ontology/lexicon.tsv share/factgraph/ontology/models/LICENSE \
    share/doc/factgraph/LICENSE share/doc/factgraph/LICENSE.models; do
    [ -f "$root/$file" ] || fail "make install did not install $file"
  done
  for file in libfactgraph.so "libfactgraph.so.$major"; do
    [ "$(readlink "$root/$lib/$file")" = "libfactgraph.so.$version" ] ||
      fail "make install: $lib/$file is not a link to libfactgraph.so.$version"
  done
}

prefix=$TMP/prefix
install_to PREFIX="$prefix"
expect_layout "$prefix" lib share/man

cd "$TMP"
installed=$prefix/bin/factgraph
env -u FACTGRAPH_ONTOLOGY "$installed" -q -o installed.nt "$SAMPLES"/[0-9]*.txt 2>stderr ||
  fail "the installed binary failed on the samples: $(cat stderr)"
"$FACTGRAPH" -q -o built.nt "$SAMPLES"/[0-9]*.txt
cmp -s installed.nt built.nt || fail "the installed binary writes other N-Triples"

# --version names the installed knowledge files and their versions.
env -u FACTGRAPH_ONTOLOGY "$installed" --version >version.out 2>stderr ||
  fail "the installed binary's --version failed: $(cat stderr)"
grep -qx "knowledge files: $prefix/share/factgraph/ontology" version.out ||
  fail "the installed binary does not name its knowledge files: $(cat version.out)"
ontology_version=$(sed -n 's/.*owl:versionInfo "\([^"]*\)".*/\1/p' "$ROOT/ontology/factgraph.ttl" | head -n 1)
grep -qx "ontology: $ontology_version" version.out ||
  fail "the installed binary's ontology version is not $ontology_version: $(cat version.out)"

# A program built with pkg-config against the install: shared (it needs
# libfactgraph.so.MAJOR at run time), then static (--static must name
# every library libfactgraph.a needs; the dependencies stay shared, as
# Debian has no static ICU). Both find the installed knowledge files.
export PKG_CONFIG_PATH=$prefix/lib/pkgconfig
[ "$(pkg-config --modversion factgraph)" = "$version" ] ||
  fail "pkg-config says version $(pkg-config --modversion factgraph), not $version"
program=$ROOT/tests/cli/pkgconfig/count-facts.c
sample=$(richest_sample)
"$FACTGRAPH" -q -f tsv "$sample" >sample.tsv
facts=$(tsv_rows sample.tsv)
# shellcheck disable=SC2046 # pkg-config prints several words
cc -std=c11 -Wall -Wextra -Werror -o shared-program "$program" \
  $(pkg-config --cflags --libs factgraph) 2>cc.err ||
  fail "cannot build against the install with pkg-config: $(cat cc.err)"
readelf -d shared-program >shared.dynamic
grep -q "NEEDED.*\[libfactgraph\.so\.$major\]" shared.dynamic ||
  fail "the program built with pkg-config does not need libfactgraph.so.$major"
LD_LIBRARY_PATH=$prefix/lib ./shared-program "$sample" >shared.out 2>stderr ||
  fail "the program linked with libfactgraph.so failed: $(cat stderr)"
[ "$(cat shared.out)" = "$version $facts" ] ||
  fail "the shared program printed '$(cat shared.out)', not '$version $facts'"
static_libs=$(pkg-config --static --libs factgraph)
# shellcheck disable=SC2046
cc -std=c11 -Wall -Wextra -Werror -o static-program "$program" \
  $(pkg-config --cflags factgraph) ${static_libs/-lfactgraph/-l:libfactgraph.a} 2>cc.err ||
  fail "cannot build against libfactgraph.a with pkg-config --static: $(cat cc.err)"
readelf -d static-program >static.dynamic
if grep -q 'NEEDED.*libfactgraph' static.dynamic; then
  fail "the static program needs libfactgraph.so"
fi
./static-program "$sample" >static.out 2>stderr ||
  fail "the program linked with libfactgraph.a failed: $(cat stderr)"
[ "$(cat static.out)" = "$version $facts" ] ||
  fail "the static program printed '$(cat static.out)', not '$version $facts'"
unset PKG_CONFIG_PATH

mv "$prefix/share/factgraph/ontology" "$prefix/share/factgraph/moved"
if env -u FACTGRAPH_ONTOLOGY "$installed" -q -o moved.nt "$SAMPLES"/[0-9]*.txt 2>stderr; then
  fail "the installed binary ran without its installed ontology"
fi
grep -qF "$prefix/share/factgraph/ontology/" stderr ||
  fail "the installed binary does not look in $prefix/share: $(cat stderr)"

mv "$prefix/share/factgraph/moved" "$prefix/share/factgraph/ontology"

# uninstall_from ROOT VARIABLES...: no file of the install is left.
uninstall_from() {
  local root=$1
  shift
  env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -C "$ROOT" uninstall "$@" \
    >"$TMP/make.log" 2>&1 || fail "make uninstall $* failed: $(tail -n 5 "$TMP/make.log")"
  local left
  left=$(find "$root" ! -type d | head -n 5)
  [ -z "$left" ] || fail "make uninstall $* left $left"
}
uninstall_from "$prefix" PREFIX="$prefix"

# Staged: files under DESTDIR, the path built in is PREFIX's; LIBDIR and
# MANDIR put the libraries and the page elsewhere.
install_to DESTDIR="$TMP/stage" PREFIX=/opt/factgraph-test \
  LIBDIR=/opt/factgraph-test/lib64 MANDIR=/opt/factgraph-test/man
staged=$TMP/stage/opt/factgraph-test
expect_layout "$staged" lib64 man
grep -qx 'prefix=/opt/factgraph-test' "$staged/lib64/pkgconfig/factgraph.pc" ||
  fail "the staged factgraph.pc does not name its PREFIX"
grep -qx 'libdir=${prefix}/lib64' "$staged/lib64/pkgconfig/factgraph.pc" ||
  fail "the staged factgraph.pc does not name its LIBDIR"
if env -u FACTGRAPH_ONTOLOGY "$staged/bin/factgraph" -q -o staged.nt "$SAMPLES"/[0-9]*.txt 2>stderr; then
  fail "the staged binary found an ontology outside /opt/factgraph-test"
fi
grep -qF /opt/factgraph-test/share/factgraph/ontology/ stderr ||
  fail "the staged binary does not look in its PREFIX: $(cat stderr)"
env -u FACTGRAPH_ONTOLOGY "$staged/bin/factgraph" --ontology "$staged/share/factgraph/ontology" \
  -q -o staged.nt "$SAMPLES"/[0-9]*.txt || fail "the staged binary failed with --ontology"
cmp -s staged.nt built.nt || fail "the staged binary writes other N-Triples"
uninstall_from "$TMP/stage" DESTDIR="$TMP/stage" PREFIX=/opt/factgraph-test \
  LIBDIR=/opt/factgraph-test/lib64 MANDIR=/opt/factgraph-test/man
