# SPDX-License-Identifier: MIT
"""The answers the query cookbook (ontology/queries/*.rq) must give,
computed without SPARQL: facts come from the facts TSV, and only what the
TSV does not carry (spellings, types, document metadata, evidence rules) is
read from the N-Quads by walking rdflib's graph. test-sparql.sh compares
these tables with what a real store answers.

usage: cookbook-answers.py TSV NQ TEXTS OUTDIR [NAME=VALUE]...

TEXTS is the directory of the input articles: every evidence sentence must
be the text between its offsets. NAME=VALUE sets a query parameter as
tests/tools/sparql.mjs does (an empty VALUE is UNDEF). Writes
OUTDIR/<query>.tsv: a header of the query's variables, then the rows in no
particular order."""
import csv
import os
import sys
from collections import defaultdict
from urllib.parse import unquote

from rdflib import ConjunctiveGraph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

FG = Namespace("https://w3id.org/factgraph/ontology#")
SCHEMA = Namespace("http://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
OA = Namespace("http://www.w3.org/ns/oa#")

HEADERS = {
    "leaders": "leader organization status modality sources",
    "entity-facts": "subject property object status modality negated document",
    "corroborated": "subject property object status modality independentSources",
    "provenance": "subject property object document publisher date start end rule sentence",
    "denied-hedged": "subject property object negated modality claimedBy",
    "attributed": "person subject property object negated modality",
    "spellings": "entity spelling kind",
    "changes": "firstReported subject property object status modality negated",
    "document-facts": "document subject property object",
    "publisher-facts": "publisher subject property object",
    "employees": "person organization status modality sources",
    "justice": "defendant action by time modality sources",
    "acquisitions": "buyer acquired time modality sources",
    "invasions": "agent property territory time status modality sources",
}


def fail(message):
    sys.exit(f"cookbook-answers: {message}")


# The file name of each document id, as read from the TSV.
FILE_NAMES = {}


def document_id(escaped):
    """A document id as the TSV writes it (README, "The facts TSV"):
    percent-encoded where it would split a list or not be UTF-8. Returns
    it as its schema:identifier holds it (an invalid byte as U+FFFD, a
    control character as a space) and remembers the exact file name."""
    raw = unquote(escaped, errors="surrogateescape")
    name = raw.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    name = "".join(" " if ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F else c for c in name)
    FILE_NAMES[name] = raw
    return name


class Fact:
    """One row of the facts TSV."""

    def __init__(self, row):
        self.subject, self.subject_type, self.property = row[0], row[1], row[2]
        self.object, self.object_type = row[3], row[4]
        qualifiers = {key: unquote(value) for key, value in
                      (q.split("=", 1) for q in row[5].split(";") if q)}
        self.status = qualifiers.get("status", "")
        self.modality = qualifiers.get("modality", "")
        self.negated = qualifiers.get("negated", "")
        self.attributed = qualifiers.get("attributedTo", "")
        self.time = qualifiers.get("time", "")
        self.documents = [document_id(d) for d in row[7].split(",")]
        self.spans = set()
        for span in row[8].split(" "):
            doc, offsets = span.rsplit(":", 1)
            begin, end = offsets.split("-")
            self.spans.add((document_id(doc), int(begin), int(end)))

    def spo(self):
        return (self.subject, self.property, self.object)


def read_facts(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [Fact(row) for row in rows[1:]]


class Rdf:
    """What the TSV does not say, read from the N-Quads."""

    def __init__(self, path):
        g = ConjunctiveGraph()
        g.parse(path, format="nquads")
        self.g = g
        self.spellings = defaultdict(set)  # label -> every spelling
        self.types = {}  # label -> class local name
        for node, label in g.subject_objects(RDFS.label):
            if (node, RDF.type, FG.Value) in g:
                continue
            label = str(label)
            self.spellings[label].add(label)
            self.spellings[label].update(str(a) for a in g.objects(node, SKOS.altLabel))
            for t in g.objects(node, RDF.type):
                self.types[label] = str(t).rsplit("#", 1)[-1]
        # date: a full xsd:date, for what changed between two dates;
        # published: any date the text gives ("--04-14"), for provenance.
        self.publisher, self.date, self.published = {}, {}, {}
        for doc, ident in g.subject_objects(SCHEMA.identifier):
            ident = str(ident)
            for p in g.objects(doc, SCHEMA.publisher):
                self.publisher[ident] = str(p)
            for d in g.objects(doc, SCHEMA.datePublished):
                self.published[ident] = str(d)
                if isinstance(d, Literal) and d.datatype == XSD.date:
                    self.date[ident] = str(d)
        self.statement_count = len(set(g.subjects(RDF.type, FG.Statement)))

    def label(self, node):
        return str(next(self.g.objects(node, RDFS.label)))

    def evidence(self):
        """(subject, property, object) -> {(doc, begin, end, rule, sentence)}."""
        found = defaultdict(set)
        g = self.g
        for st in set(g.subjects(RDF.type, FG.Statement)):
            spo = (self.label(g.value(st, RDF.subject)),
                   str(g.value(st, RDF.predicate)).rsplit("#", 1)[-1],
                   self.label(g.value(st, RDF.object)))
            for ev in g.objects(st, FG.evidence):
                doc = str(g.value(g.value(ev, OA.hasSource), SCHEMA.identifier))
                found[spo].add((doc, int(g.value(ev, OA.start)), int(g.value(ev, OA.end)),
                                str(g.value(ev, FG.rule)), str(g.value(ev, OA.exact))))
        return found


def matches(rdf, label, name):
    if name is None:
        return True
    return name.lower() in {s.lower() for s in rdf.spellings.get(label, {label})}


def spo_row(fact):
    return [fact.subject, fact.property, fact.object]


def leaders(facts, rdf, params):
    return [[f.subject, f.object, f.status or "current", f.modality or "asserted",
             str(len(f.documents))]
            for f in facts if f.property == "leaderOf" and not f.negated]


def entity_facts(facts, rdf, params):
    name = params.get("name")
    return {tuple(spo_row(f) + [f.status, f.modality, f.negated, d])
            for f in facts
            if matches(rdf, f.subject, name) or matches(rdf, f.object, name)
            for d in f.documents}


def corroborated(facts, rdf, params):
    rows = []
    for f in facts:
        sources = {rdf.publisher.get(d, "doc:" + d) for d in f.documents}
        if not f.negated and len(sources) >= 2:
            rows.append(spo_row(f) + [f.status, f.modality, str(len(sources))])
    return rows


def provenance(facts, rdf, params, texts):
    evidence = rdf.evidence()
    # the RDF gathers a triple's evidence over its TSV rows (one per role
    # or date: "Ambassador" and "Foreign Minister" of one country)
    tsv_spans = {}
    for f in facts:
        tsv_spans.setdefault(f.spo(), set()).update(f.spans)
    rows = set()
    for f in facts:
        if not (matches(rdf, f.subject, params.get("subjectName"))
                and matches(rdf, f.object, params.get("objectName"))
                and params.get("propertyName") in (None, f.property)):
            continue
        spans = {(doc, b, e) for doc, b, e, _, _ in evidence[f.spo()]}
        if spans != tsv_spans[f.spo()]:
            fail(f"{f.spo()}: the TSV gives {sorted(tsv_spans[f.spo()])}, the RDF {sorted(spans)}")
        for doc, b, e, rule, sentence in evidence[f.spo()]:
            if texts[doc][b:e] != sentence:
                fail(f"{doc}:{b}-{e} is {texts[doc][b:e]!r}, oa:exact {sentence!r}")
            rows.add(tuple(spo_row(f) + [doc, rdf.publisher.get(doc, ""),
                                         rdf.published.get(doc, ""), str(b), str(e), rule,
                                         sentence]))
    return rows


def denied_hedged(facts, rdf, params):
    return [spo_row(f) + [f.negated, f.modality, f.attributed]
            for f in facts if f.negated or f.modality == "hedged"]


def attributed(facts, rdf, params):
    return {tuple([f.attributed] + spo_row(f) + [f.negated, f.modality])
            for f in facts
            if rdf.types.get(f.attributed) == "Person"
            and matches(rdf, f.attributed, params.get("personName"))}


def spellings(facts, rdf, params):
    return [[label, s, "label" if s == label else "alternative"]
            for label, all_spellings in rdf.spellings.items()
            if matches(rdf, label, params.get("name"))
            for s in all_spellings]


def changes(facts, rdf, params):
    start, stop = params.get("from", "2026-01-01"), params.get("to", "2026-12-31")
    rows = []
    for f in facts:
        dates = [rdf.date[d] for d in f.documents if d in rdf.date]
        if dates and start < min(dates) <= stop:
            rows.append([min(dates)] + spo_row(f) + [f.status, f.modality, f.negated])
    return rows


def document_facts(facts, rdf, params):
    doc = params.get("document")
    return {tuple([d] + spo_row(f)) for f in facts if not f.negated
            for d in f.documents if doc in (None, d)}


def publisher_facts(facts, rdf, params):
    publisher = params.get("publisher")
    return {tuple([rdf.publisher[d]] + spo_row(f)) for f in facts if not f.negated
            for d in f.documents
            if d in rdf.publisher and publisher in (None, rdf.publisher[d])}


def employees(facts, rdf, params):
    return {(f.subject, f.object, f.status or "current", f.modality or "asserted",
             str(len(f.documents)))
            for f in facts if f.property == "worksFor" and not f.negated
            and matches(rdf, f.object, params.get("organizationName"))}


JUSTICE = {"charged", "convicted", "sentenced", "sued", "accused"}


def justice(facts, rdf, params):
    return {(f.object, f.property, f.subject, f.time, f.modality or "asserted",
             str(len(f.documents)))
            for f in facts if f.property in JUSTICE and not f.negated
            and matches(rdf, f.object, params.get("defendantName"))}


def acquisitions(facts, rdf, params):
    return {(f.subject, f.object, f.time, f.modality or "asserted", str(len(f.documents)))
            for f in facts if f.property == "acquired" and not f.negated}


def invasions(facts, rdf, params):
    return {(f.subject, f.property, f.object, f.time, f.status or "current",
             f.modality or "asserted", str(len(f.documents)))
            for f in facts if f.property in ("invaded", "controls") and not f.negated}


QUERIES = {
    "leaders": leaders, "entity-facts": entity_facts, "corroborated": corroborated,
    "denied-hedged": denied_hedged, "attributed": attributed, "spellings": spellings,
    "changes": changes, "document-facts": document_facts,
    "publisher-facts": publisher_facts, "employees": employees, "justice": justice,
    "acquisitions": acquisitions, "invasions": invasions,
}


def read_texts(directory, facts):
    texts = {}
    for doc in {d for f in facts for d in f.documents}:
        path = os.path.join(directory, FILE_NAMES[doc]).encode("utf-8", "surrogateescape")
        with open(path, encoding="utf-8", errors="replace") as f:
            texts[doc] = f.read()
    return texts


def main():
    if len(sys.argv) < 5:
        fail(__doc__)
    tsv, nq, text_dir, outdir = sys.argv[1:5]
    params = {}
    for spec in sys.argv[5:]:
        name, _, value = spec.partition("=")
        if value:
            params[name] = value
    facts = read_facts(tsv)
    rdf = Rdf(nq)
    if rdf.statement_count != len(facts):
        fail(f"{rdf.statement_count} fg:Statement nodes but {len(facts)} TSV rows")
    answers = {name: fn(facts, rdf, params) for name, fn in QUERIES.items()}
    answers["provenance"] = provenance(facts, rdf, params, read_texts(text_dir, facts))
    for name, rows in answers.items():
        with open(os.path.join(outdir, name + ".tsv"), "w", encoding="utf-8") as out:
            out.write("\t".join(HEADERS[name].split()) + "\n")
            for row in rows:
                out.write("\t".join(row) + "\n")


main()
