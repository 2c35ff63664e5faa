# SPDX-License-Identifier: MIT
# Helpers for the tests that run real RDF tools from npm (sourced after
# lib.sh, not run): Oxigraph, a SPARQL 1.1 store, and rdf-validate-shacl.
# They are pinned by tests/tools/package-lock.json; a fresh clone gets them
# here with `npm ci` when .ci/install-deps has not run yet.

TOOLS=$ROOT/tests/tools

# Under ASan and UBSan (make check-asan, FG_SANITIZED=1) the Node.js tests
# are skipped: the sanitized binary already reads the same fixtures and
# samples in test-reasoner and test-dot-views, and the store or the SHACL
# engine would only check again what the plain build's run checked, at half
# a minute of Node.js.
skip_when_sanitized() {
  [ "${FG_SANITIZED:-0}" != 1 ] || skip "the plain build's run checks this output"
}

need_npm_tools() {
  need_tool node npm
  if [ ! -d "$TOOLS/node_modules/oxigraph" ] ||
    [ ! -d "$TOOLS/node_modules/rdf-validate-shacl" ]; then
    npm ci --prefix "$TOOLS" --no-audit --no-fund >"$TMP/npm.log" 2>&1 ||
      fail "npm ci in $TOOLS failed: $(tail -c 2000 "$TMP/npm.log")"
  fi
}

# sparql DATA OUTDIR [--param NAME=VALUE]...: runs every cookbook query on
# DATA in Oxigraph, one OUTDIR/<query>.tsv each; prints the store's size.
sparql() {
  local data=$1 outdir=$2
  shift 2
  mkdir -p "$outdir"
  node "$TOOLS/sparql.mjs" "$@" "$data" "$outdir" "$ROOT"/ontology/queries/*.rq \
    2>"$TMP/sparql.err" || fail "sparql.mjs on $data: $(head -c 2000 "$TMP/sparql.err")"
  sed -n 's/^sparql\.mjs: \([0-9]*\) quads.*/\1/p' "$TMP/sparql.err"
}
