#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs every tests/cli/test-*.sh against $FACTGRAPH and ends with
# "cli: N passed, M failed"; exits non-zero when any failed. A test that
# exits 77 is skipped and counted apart.
set -uo pipefail

: "${FACTGRAPH:?set FACTGRAPH to the factgraph binary}"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
FACTGRAPH=$(cd "$(dirname "$FACTGRAPH")" && pwd)/$(basename "$FACTGRAPH")
SHARED=${SHARED:-$here/../../../shared}
# The tests change directory: make SHARED absolute when it exists.
if [ -d "$SHARED" ]; then
  SHARED=$(cd "$SHARED" && pwd)
fi
export FACTGRAPH SHARED

[ -x "$FACTGRAPH" ] || { echo "cli: $FACTGRAPH is not executable" >&2; exit 1; }

passed=0 failed=0 skipped=0 failures=()
for test in "$here"/test-*.sh; do
  name=$(basename "$test" .sh)
  started=$SECONDS
  bash "$test"
  status=$?
  elapsed=$((SECONDS - started))
  case $status in
  0) passed=$((passed + 1)); echo "PASS $name (${elapsed}s)" ;;
  77) skipped=$((skipped + 1)) ;;
  *) failed=$((failed + 1)); failures+=("$name"); echo "FAIL $name (exit $status)" ;;
  esac
done

[ "$skipped" -eq 0 ] || echo "cli: $skipped skipped"
[ "$failed" -eq 0 ] || echo "cli: failed: ${failures[*]}"
echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
