# SPDX-License-Identifier: MIT
"""Checks that an ontology stays in the part of OWL 2 RL that factgraph uses,
and writes one probe individual per class for a satisfiability run.

usage: check-owl-rl.py ONTOLOGY PROBES.ttl

Stricter than the profile: only named classes (no class expressions at
all, so none can appear where OWL 2 RL forbids it), only the property
characteristics RL allows, datatype ranges from the OWL 2 RL datatypes,
and every class and property used in an axiom declared. The documented
exception is fg:Statement rdfs:subClassOf rdf:Statement. PROBES.ttl gets
`<probe/Class> a Class` for every declared class: a reasoner that finds a
clash there has found an unsatisfiable class."""
import sys

from rdflib import BNode, Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, XSD

FG = Namespace("https://w3id.org/factgraph/ontology#")

ANNOTATIONS = {RDFS.label, RDFS.comment, RDFS.seeAlso, OWL.versionInfo,
               DCTERMS.title, DCTERMS.description}
AXIOMS = {RDF.type, RDFS.subClassOf, OWL.equivalentClass, RDFS.subPropertyOf,
          OWL.equivalentProperty, OWL.inverseOf, RDFS.domain, RDFS.range, OWL.disjointWith, OWL.members,
          RDF.first, RDF.rest}
DECLARATIONS = {OWL.Ontology, OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
                OWL.AnnotationProperty, OWL.AllDisjointClasses}
# Characteristics OWL 2 RL handles (not reflexive: it needs every individual).
CHARACTERISTICS = {OWL.SymmetricProperty, OWL.TransitiveProperty,
                   OWL.FunctionalProperty, OWL.InverseFunctionalProperty,
                   OWL.AsymmetricProperty, OWL.IrreflexiveProperty}
# OWL 2 RL datatypes (section 4.2 of OWL 2 Profiles) that we may need.
DATATYPES = {XSD.string, XSD.boolean, XSD.decimal, XSD.integer,
             XSD.nonNegativeInteger, XSD.positiveInteger, XSD.dateTime,
             XSD.dateTimeStamp, XSD.anyURI, RDFS.Literal}
EXCEPTIONS = {(FG.Statement, RDFS.subClassOf, RDF.Statement)}


def check(g):
    problems = []
    classes = set(g.subjects(RDF.type, OWL.Class))
    object_props = set(g.subjects(RDF.type, OWL.ObjectProperty))
    data_props = set(g.subjects(RDF.type, OWL.DatatypeProperty))
    annotation_props = set(g.subjects(RDF.type, OWL.AnnotationProperty))
    for s, p, o in g:
        if (s, p, o) in EXCEPTIONS or p in ANNOTATIONS:
            continue
        if p not in AXIOMS:
            problems.append(f"{p.n3()} is not in the RL subset used here")
        elif p == RDF.type and o not in DECLARATIONS | CHARACTERISTICS:
            problems.append(f"{s.n3()} a {o.n3()}: not an RL declaration")
        elif p in (RDFS.subClassOf, OWL.equivalentClass, OWL.disjointWith):
            for c in (s, o):
                if not isinstance(c, URIRef) or c not in classes:
                    problems.append(f"{c.n3()} in {p.n3()} is not a declared named class")
        elif p in (RDFS.subPropertyOf, OWL.equivalentProperty, OWL.inverseOf):
            for q in (s, o):
                if q not in object_props | data_props:
                    problems.append(f"{q.n3()} in {p.n3()} is not a declared property")
        elif p == RDFS.range and s in data_props and o not in DATATYPES:
            problems.append(f"range of {s.n3()}: {o.n3()} is not an OWL 2 RL datatype")
        elif p in (RDFS.domain, RDFS.range) and s not in annotation_props and (
                not isinstance(o, URIRef) or (o not in classes and o not in DATATYPES)):
            problems.append(f"{p.n3()} of {s.n3()}: {o.n3()} is not a declared class")
        elif p == OWL.members and not isinstance(s, BNode):
            problems.append(f"{s.n3()}: owl:members on a named node")
    for c in classes & (object_props | data_props):
        problems.append(f"{c.n3()} is both a class and a property")
    return problems, classes


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    g = Graph().parse(sys.argv[1], format="turtle")
    problems, classes = check(g)
    if problems:
        sys.exit("\n".join(sorted(set(problems))))
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for c in sorted(classes):
            name = str(c).replace("://", "/").replace("#", "/")
            out.write(f"<https://example.org/probe/{name}> a {c.n3()} .\n")
    print(f"{len(classes)} classes, {len(g)} axioms and annotations")


main()
