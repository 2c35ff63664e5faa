#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The manual page src/cli/factgraph.1: groff reads it without a single
# warning (-ww: all of them), and every option --help lists is in it.
. "$(dirname "$0")/lib.sh"
need_tool groff
page=$ROOT/src/cli/factgraph.1
[ -f "$page" ] || fail "no manual page at src/cli/factgraph.1"

groff -man -ww -z "$page" >"$TMP/groff.out" 2>&1 ||
  fail "groff rejects the page: $(head -c 2000 "$TMP/groff.out")"
[ ! -s "$TMP/groff.out" ] || fail "groff warns: $(head -c 2000 "$TMP/groff.out")"

fg --help
expect_status 0 "--help"
# The options of the lines that describe one ("  -o, --output PATH ..."),
# looked for as the page shows them once roff's \- is read as -.
grep -E '^ +-' "$TMP/stdout" | grep -Eo -- '(^| )--?[a-zA-Z][a-z-]*' |
  tr -d ' ' | sort -u >"$TMP/options"
[ "$(wc -l <"$TMP/options")" -ge 18 ] ||
  fail "found only $(wc -l <"$TMP/options") options in --help"
sed 's/\\-/-/g' "$page" >"$TMP/page"
missing=()
while IFS= read -r option; do
  grep -Eq -- "(^|[^a-z-])${option}([^a-z-]|\$)" "$TMP/page" || missing+=("$option")
done <"$TMP/options"
[ "${#missing[@]}" -eq 0 ] ||
  fail "options of --help missing from src/cli/factgraph.1: ${missing[*]}"
# Every section a packager expects.
for section in NAME SYNOPSIS DESCRIPTION OPTIONS "EXIT STATUS" ENVIRONMENT FILES EXAMPLES; do
  grep -q "^\.SH \"\?$section\"\?\$" "$page" || fail "the page has no $section section"
done
for variable in TMPDIR FACTGRAPH_ONTOLOGY; do
  grep -q "$variable" "$page" || fail "the page does not document \$$variable"
done
