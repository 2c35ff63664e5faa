// SPDX-License-Identifier: MIT
// Loads factgraph output into an Oxigraph store and runs SPARQL queries on
// it, writing each query's result as a tab-separated table.
//
//   node sparql.mjs [--param NAME=VALUE]... DATA OUTDIR QUERY.rq...
//
// DATA is .nq (named graphs kept), .ttl or .nt (default graph). The default
// graph is queried as the union of all graphs, as in GraphDB or in Jena with
// tdb:unionDefaultGraph. OUTDIR/<query>.tsv gets a header of the variable
// names, then one line per solution: IRIs and literal values as they are,
// an unbound variable as an empty field.
//
// Parameters: a query declares one as a line `VALUES ?NAME { default }`.
// --param NAME=VALUE puts VALUE in the default literal's quotes (keeping a
// ^^datatype) or makes it "VALUE" when the default is UNDEF; an empty
// VALUE gives UNDEF. A parameter that no query declares is an error.
import { readFileSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import oxigraph from "oxigraph";

const FORMATS = {
  ".nq": "application/n-quads",
  ".nt": "application/n-triples",
  ".ttl": "text/turtle",
};

function usage(message) {
  process.stderr.write(`sparql.mjs: ${message}\n` +
    "usage: node sparql.mjs [--param NAME=VALUE]... DATA OUTDIR QUERY.rq...\n");
  process.exit(2);
}

function parseArgs(argv) {
  const params = new Map();
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== "--param") {
      rest.push(argv[i]);
      continue;
    }
    const spec = argv[++i] ?? usage("--param wants NAME=VALUE");
    const eq = spec.indexOf("=");
    if (eq <= 0) usage(`--param wants NAME=VALUE, not '${spec}'`);
    params.set(spec.slice(0, eq), spec.slice(eq + 1));
  }
  if (rest.length < 3) usage("DATA, OUTDIR and at least one query are needed");
  return { params, data: rest[0], outdir: rest[1], queries: rest.slice(2) };
}

function sparqlString(text) {
  return '"' + text.replace(/[\\"]/g, "\\$&").replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r") + '"';
}

// Sets one VALUES parameter; returns the new query text, or null when the
// query does not declare it.
function setParam(query, name, value) {
  const line = new RegExp(`^(\\s*VALUES\\s+\\?${name}\\s*\\{)([^}]*)(\\})`, "m");
  const found = query.match(line);
  if (!found) return null;
  let term = found[2].trim();
  if (value === "") term = "UNDEF";
  else if (term === "UNDEF") term = sparqlString(value);
  else term = term.replace(/^"(?:[^"\\]|\\.)*"/, sparqlString(value));
  return query.replace(line, `$1 ${term} $3`);
}

function field(term) {
  if (!term) return "";
  const text = term.termType === "BlankNode" ? `_:${term.value}` : term.value;
  return text.replace(/[\t\n\r]/g, " ");
}

function table(solutions, query) {
  // The columns are the outer SELECT's variables, in order.
  const select = query.replace(/^\s*#.*$/gm, "").match(/SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?((?:\?\w+\s+)+)WHERE/i);
  if (!select) throw new Error("the outer SELECT must list plain variables");
  const names = [...select[1].matchAll(/\?(\w+)/g)].map((m) => m[1]);
  const lines = [names.join("\t")];
  for (const solution of solutions)
    lines.push(names.map((n) => field(solution.get(n))).join("\t"));
  return lines.join("\n") + "\n";
}

function main() {
  const { params, data, outdir, queries } = parseArgs(process.argv.slice(2));
  const format = FORMATS[extname(data)];
  if (!format) usage(`cannot tell the syntax of ${data}: use .nq, .nt or .ttl`);
  const store = new oxigraph.Store();
  store.load(readFileSync(data, "utf8"), { format });
  const used = new Set();
  for (const path of queries) {
    let query = readFileSync(path, "utf8");
    for (const [name, value] of params) {
      const set = setParam(query, name, value);
      if (set !== null) {
        query = set;
        used.add(name);
      }
    }
    const solutions = store.query(query, { use_default_graph_as_union: true });
    writeFileSync(join(outdir, basename(path, ".rq") + ".tsv"),
      table(solutions, query));
  }
  for (const name of params.keys())
    if (!used.has(name)) usage(`no query declares the parameter ?${name}`);
  process.stderr.write(`sparql.mjs: ${store.size} quads, ${queries.length} queries\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`sparql.mjs: ${error.message}\n`);
  process.exit(1);
}
