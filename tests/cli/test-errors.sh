#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Bad inputs and bad outputs: each is named, gets the documented exit
# status (0 ok, 1 failure, 2 usage), the other inputs are still exported,
# and whatever output exists afterwards is valid.
. "$(dirname "$0")/lib.sh"
need_tool serdi rapper

good=$(richest_sample)

# Every output left in the current directory is complete and valid.
outputs_valid() {
  local f
  for f in *.ttl *.nt *.nq; do
    [ -f "$f" ] || continue
    valid_rdf "$f" >/dev/null
  done
}

# Nothing but the named files is left in the current directory.
only_files() {
  local left
  left=$(ls -A | sort | paste -sd ' ' -)
  [ "$left" = "$*" ] || fail "$WHAT: files left: '$left', expected '$*'"
}

# Starts a case in an empty directory of its own.
fresh() {
  WHAT=$1
  cd "$TMP"
  rm -rf work
  mkdir work
  cd work
}

fresh "missing file"
fg -o x.ttl -o x.nt missing-input.txt "$good"
expect_status 1 "$WHAT"
expect_stderr 'missing-input\.txt' "$WHAT"
only_files "x.nt x.ttl"
[ "$(valid_rdf x.nt)" -gt 0 ] || fail "$WHAT: the good input was not exported"
outputs_valid

fresh "empty file beside a good one"
: >empty.txt
fg -o x.ttl -o x.nt empty.txt "$good"
expect_status 0 "$WHAT"
expect_stderr 'empty\.txt.*warning|warning.*empty\.txt' "$WHAT"
[ "$(valid_rdf x.nt)" -gt 0 ] || fail "$WHAT: the good input was not exported"
outputs_valid

fresh "only an empty file"
: >empty.txt
fg -o x.ttl -o x.nt empty.txt
expect_status 1 "$WHAT (nothing usable)"
expect_stderr 'empty\.txt' "$WHAT"
only_files "empty.txt"

fresh "binary file"
head -c 4096 /bin/ls >binary.txt
fg -o x.ttl -o x.nq binary.txt "$good"
expect_status 1 "$WHAT"
expect_stderr 'binary\.txt' "$WHAT"
[ "$(valid_rdf x.nq)" -gt 0 ] || fail "$WHAT: the good input was not exported"
outputs_valid

fresh "invalid UTF-8"
printf 'Syria joined NATO \xff\xfe.\n' >bad-utf8.txt
fg -o x.ttl -o x.nt -o x.nq bad-utf8.txt
expect_status 0 "$WHAT"
expect_stderr 'bad-utf8\.txt: byte 18: warning: ' "$WHAT"
outputs_valid

fresh "unknown option"
fg --no-such-option -o x.ttl "$good"
expect_status 2 "$WHAT"
expect_stderr "no-such-option" "$WHAT"
expect_stderr "Try 'factgraph --help'\\." "$WHAT"
only_files ""

fresh "no input"
fg -o x.ttl
expect_status 2 "$WHAT"
expect_stderr "Try 'factgraph --help'\\." "$WHAT"
only_files ""

fresh "unknown output extension"
fg -o x.ttl -o x.foo "$good"
expect_status 2 "$WHAT"
expect_stderr 'x\.foo' "$WHAT"
only_files ""

# Outputs are all or none: x.nt is not written either.
fresh "unwritable output"
fg -o /nonexistent/dir/x.ttl -o x.nt "$good"
expect_status 1 "$WHAT"
expect_stderr '/nonexistent/dir/x\.ttl' "$WHAT"
[ ! -e /nonexistent/dir/x.ttl ] || fail "$WHAT: /nonexistent/dir/x.ttl exists"
only_files ""

# A directory in the way is refused, nothing is replaced, and no
# temporary file is left behind.
fresh "output path is a directory"
mkdir in-the-way.nt
fg -o x.ttl -o in-the-way.nt "$good"
expect_status 1 "$WHAT"
expect_stderr 'in-the-way\.nt: error: cannot create a temporary file for it: Is a directory' "$WHAT"
only_files "in-the-way.nt"
[ -z "$(ls -A in-the-way.nt)" ] || fail "$WHAT: files written into the directory"
outputs_valid

if [ -w /dev/full ]; then
  fresh "standard output full"
  status=0
  "$FACTGRAPH" -f nt "$good" >/dev/full 2>stderr.log || status=$?
  [ "$status" -eq 1 ] || fail "$WHAT: exit status $status, expected 1"
  grep -q 'standard output' stderr.log ||
    fail "$WHAT: stderr does not say so: $(cat stderr.log)"
fi

fresh "--help"
fg --help
expect_status 0 "$WHAT"
grep -q '^Usage: factgraph \[OPTIONS\] FILE\.\.\.' "$TMP/stdout" ||
  fail "$WHAT prints no usage line"
only_files ""

fresh "--version"
fg --version
expect_status 0 "$WHAT"
grep -Eqx 'factgraph [0-9]+\.[0-9]+\.[0-9]+' "$TMP/stdout" ||
  fail "$WHAT prints '$(cat "$TMP/stdout")'"
