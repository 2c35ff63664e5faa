// SPDX-License-Identifier: MIT
// Validates RDF files against SHACL shapes with rdf-validate-shacl.
//
//   node shacl.mjs SHAPES.ttl DATA...
//
// Every DATA file (.ttl, .nt or .nq; the graphs of N-Quads are merged, as
// SHACL validates one data graph) goes into one data graph: pass the
// ontology too, so that sh:class sees its rdfs:subClassOf axioms. Prints
// one line per result (severity, focus node, path, value, message) and
// "conforms: true|false"; exits 0 when the data conforms, 1 when not, 2 on
// usage errors.
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import oxigraph from "oxigraph";
import SHACLValidator from "rdf-validate-shacl";

const FORMATS = {
  ".nq": "application/n-quads",
  ".nt": "application/n-triples",
  ".ttl": "text/turtle",
};

function read(path) {
  const format = FORMATS[extname(path)];
  if (!format) {
    process.stderr.write(`shacl.mjs: cannot tell the syntax of ${path}\n`);
    process.exit(2);
  }
  return oxigraph.parse(readFileSync(path, "utf8"), { format })
    .map((q) => oxigraph.quad(q.subject, q.predicate, q.object));
}

function term(t) {
  if (!t) return "-";
  return t.termType === "Literal" ? JSON.stringify(t.value) : t.value;
}

function path(p) {
  if (!p) return "-";
  if (Array.isArray(p)) return p.map(path).join("/");
  if (p.termType) return p.value;
  return JSON.stringify(p);
}

async function main() {
  const [shapesPath, ...dataPaths] = process.argv.slice(2);
  if (!shapesPath || dataPaths.length === 0) {
    process.stderr.write("usage: node shacl.mjs SHAPES.ttl DATA...\n");
    process.exit(2);
  }
  const validator = new SHACLValidator(read(shapesPath));
  const data = validator.factory.dataset(dataPaths.flatMap(read));
  const report = await validator.validate(data);
  for (const r of report.results) {
    const message = r.message.map((m) => m.value).join(" ");
    process.stdout.write([r.severity?.value.replace(/.*#/, ""),
      term(r.focusNode), path(r.path), term(r.value), message].join("\t") + "\n");
  }
  process.stdout.write(`conforms: ${report.conforms}\n`);
  process.exit(report.conforms ? 0 : 1);
}

main().catch((error) => {
  process.stderr.write(`shacl.mjs: ${error.stack}\n`);
  process.exit(2);
});
