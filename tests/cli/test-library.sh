#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The shared library beside the tool: libfactgraph.so -> .so.MAJOR ->
# .so.VERSION, soname libfactgraph.so.MAJOR (FG_VERSION of version.h), and
# its dynamic symbols are exactly the FG_API functions of the public
# headers, all named fg_.
. "$(dirname "$0")/lib.sh"
need_tool nm readelf
# Sanitizer builds add their own symbols; the plain pass checks the ABI.
[ "${FG_SANITIZED:-}" != 1 ] || skip "the exported symbols are checked by the plain pass"

version=$(sed -n 's/^#define FG_VERSION "\(.*\)"$/\1/p' "$ROOT/include/factgraph/version.h")
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "FG_VERSION '$version' is not MAJOR.MINOR.PATCH"
major=${version%%.*}
dir=$(dirname "$FACTGRAPH")
lib=$dir/libfactgraph.so
[ -f "$dir/libfactgraph.so.$version" ] && [ ! -L "$dir/libfactgraph.so.$version" ] ||
  fail "no libfactgraph.so.$version beside $FACTGRAPH (make builds it)"
for link in libfactgraph.so libfactgraph.so.$major; do
  [ "$(readlink "$dir/$link")" = "libfactgraph.so.$version" ] ||
    fail "$link does not point at libfactgraph.so.$version"
done
readelf -d "$lib" >"$TMP/dynamic"
soname=$(sed -n 's/.*(SONAME).*\[\(.*\)\]$/\1/p' "$TMP/dynamic")
[ "$soname" = "libfactgraph.so.$major" ] || fail "soname is '$soname', not libfactgraph.so.$major"
# What a packager checks: the dependencies are recorded (so a program
# needs only -lfactgraph), no search path is built in, and the code is
# position-independent (no text relocations).
grep -q 'NEEDED.*\[libraptor2\.so' "$TMP/dynamic" || fail "the library does not record libraptor2"
if grep -Eq '\((RPATH|RUNPATH|TEXTREL)\)' "$TMP/dynamic"; then
  fail "the library has $(grep -Eo '\((RPATH|RUNPATH|TEXTREL)\)' "$TMP/dynamic" | head -n 1)"
fi

# Every function the public headers declare with FG_API (a declaration may
# span lines: its name is the word before the first '(').
grep -hv "^#" "$ROOT"/include/factgraph/*.h | tr '\n' ' ' | grep -o 'FG_API[^;(]*(' |
  sed 's/.*[^A-Za-z0-9_]\([A-Za-z0-9_]*\)($/\1/' | sort -u >"$TMP/declared"
[ "$(wc -l <"$TMP/declared")" -ge 20 ] ||
  fail "found only $(wc -l <"$TMP/declared") FG_API functions in include/factgraph"
nm -D --defined-only "$lib" | awk '$2 ~ /^[A-Za-z]$/ { print $3 }' |
  sed 's/@.*//' | sort -u >"$TMP/exported"

extra=$(comm -13 "$TMP/declared" "$TMP/exported" | paste -sd ' ' -)
[ -z "$extra" ] || fail "exported but not FG_API in include/factgraph: $extra"
missing=$(comm -23 "$TMP/declared" "$TMP/exported" | paste -sd ' ' -)
[ -z "$missing" ] || fail "FG_API but not exported: $missing"
unprefixed=$(grep -v '^fg_' "$TMP/exported" | paste -sd ' ' - || true)
[ -z "$unprefixed" ] || fail "exported without the fg_ prefix: $unprefixed"
echo "library: libfactgraph.so.$version exports the $(wc -l <"$TMP/exported") FG_API functions"
