#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Dask recipe of the README: tests/dask-map.py maps batches of the
# inputs to parts on a LocalCluster of two worker processes (127.0.0.1),
# merges them and compares every format, CoNLL-U too, with one run.
. "$(dirname "$0")/lib.sh"

"$PY" -c 'import distributed' 2>/dev/null ||
  skip "Dask distributed is not installed for $PY (make deps installs python3-distributed)"

mapfile -t inputs < <(sample_files)
inputs+=("$ROOT"/tests/fixtures/*.txt)
# the workers' scratch space and Dask's own files stay in $TMP
cd "$TMP"
DASK_TEMPORARY_DIRECTORY=$TMP timeout 300 "$PY" "$ROOT/tests/dask-map.py" \
  "$FACTGRAPH" "$TMP" "${inputs[@]}" >"$TMP/dask.out" 2>"$TMP/dask.err" ||
  fail "dask-map.py: $(tail -n 20 "$TMP/dask.err") $(cat "$TMP/dask.out")"
grep -q 'merged parts equal one run' "$TMP/dask.out" ||
  fail "dask-map.py did not compare: $(cat "$TMP/dask.out")"
