# SPDX-License-Identifier: MIT
"""Checks what a reasoner derived from the ontology and exported data.

usage: check-entailments.py ONTOLOGY DATA DERIVED [KIND=MIN]...
                             [--entailed NT] [--not-entailed NT]

DATA is factgraph's Turtle, DERIVED what EYE derived from ONTOLOGY + DATA
with tests/tools/owl-rl.n3 (--pass-only-new). From the ontology's axioms
alone this script computes, for every fact triple in DATA between two
nodes, what OWL 2 RL must entail: the triple under every super-property,
the inverse and symmetric triples, and the domain and range classes with
their super-classes. Every one must be in DATA or DERIVED. No entity may be
in two disjoint classes, and the reasoner must report no clash.

KIND=MIN demands at least MIN checked entailments of a kind (subproperty,
inverse, symmetric, domain, range), so that a test on data without such
facts cannot pass by checking nothing. --entailed and --not-entailed name
N-Triples files of triples that must, or must not, hold after reasoning.
Prints the counts per kind."""
import argparse
import sys
from collections import Counter, defaultdict
from itertools import combinations

from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS

FG = Namespace("https://w3id.org/factgraph/ontology#")
FGR = Namespace("https://w3id.org/factgraph/reasoning#")


def closure(start, edges):
    """start and everything reachable from it through edges."""
    seen, todo = {start}, [start]
    while todo:
        for nxt in edges.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


class Ontology:
    def __init__(self, g):
        self.super_props = defaultdict(set)
        self.super_classes = defaultdict(set)
        for a, b in g.subject_objects(RDFS.subPropertyOf):
            self.super_props[a].add(b)
        for a, b in g.subject_objects(OWL.equivalentProperty):
            self.super_props[a].add(b)
            self.super_props[b].add(a)
        for a, b in g.subject_objects(RDFS.subClassOf):
            self.super_classes[a].add(b)
        for a, b in g.subject_objects(OWL.equivalentClass):
            self.super_classes[a].add(b)
            self.super_classes[b].add(a)
        self.inverse = defaultdict(set)
        for a, b in g.subject_objects(OWL.inverseOf):
            self.inverse[a].add(b)
            self.inverse[b].add(a)
        self.symmetric = set(g.subjects(RDF.type, OWL.SymmetricProperty))
        self.object_props = set(g.subjects(RDF.type, OWL.ObjectProperty))
        self.domains = defaultdict(set)
        self.ranges = defaultdict(set)
        for p, c in g.subject_objects(RDFS.domain):
            self.domains[p].add(c)
        for p, c in g.subject_objects(RDFS.range):
            if p in self.object_props:
                self.ranges[p].add(c)
        self.disjoint = set()
        for a, b in g.subject_objects(OWL.disjointWith):
            self.disjoint.add(frozenset((a, b)))
        for node in g.subjects(RDF.type, OWL.AllDisjointClasses):
            members = list(Collection(g, g.value(node, OWL.members)))
            self.disjoint.update(frozenset(pair) for pair in combinations(members, 2))

    def classes(self, c):
        return closure(c, self.super_classes)

    def props(self, p):
        return closure(p, self.super_props)


def expected(onto, triples):
    """(kind, triple) for every entailment of the fact triples."""
    for s, p, o in triples:
        for q in onto.props(p):
            if q != p:
                yield "subproperty", (s, q, o)
            for r in onto.inverse[q]:
                yield "inverse", (o, r, s)
            if q in onto.symmetric:
                yield "symmetric", (o, q, s)
            for c in onto.domains[q]:
                for d in onto.classes(c):
                    yield "domain", (s, RDF.type, d)
            for c in onto.ranges[q]:
                for d in onto.classes(c):
                    yield "range", (o, RDF.type, d)


def main():
    args = argparse.ArgumentParser(usage=__doc__)
    args.add_argument("ontology")
    args.add_argument("data")
    args.add_argument("derived")
    args.add_argument("minimum", nargs="*")
    args.add_argument("--entailed")
    args.add_argument("--not-entailed")
    args = args.parse_args()
    minimum = {k: int(v) for k, v in (a.split("=") for a in args.minimum)}
    onto = Ontology(Graph().parse(args.ontology, format="turtle"))
    data = Graph().parse(args.data, format="turtle")
    derived = Graph().parse(args.derived, format="n3")
    known = set(data) | set(derived)
    facts = [(s, p, o) for s, p, o in data
             if p in onto.object_props and isinstance(o, URIRef)
             and str(p).startswith(str(FG))]
    counts, missing = Counter(), []
    for kind, triple in expected(onto, facts):
        counts[kind] += 1
        if triple not in known:
            missing.append((kind, triple))
    problems = [f"not entailed ({kind}): {' '.join(t.n3() for t in triple)}"
                for kind, triple in sorted(set(missing))[:20]]
    types = defaultdict(set)
    for s, p, o in known:
        if p == RDF.type:
            types[s].add(o)
    for node, classes in sorted(types.items()):
        for pair in onto.disjoint:
            if pair <= classes:
                problems.append(f"{node.n3()} is in disjoint classes "
                                f"{' and '.join(sorted(c.n3() for c in pair))}")
    if args.entailed:
        for triple in Graph().parse(args.entailed, format="nt"):
            if triple not in known:
                problems.append(f"not entailed: {' '.join(t.n3() for t in triple)}")
    if args.not_entailed:
        for triple in Graph().parse(args.not_entailed, format="nt"):
            if triple in known:
                problems.append(f"wrongly entailed: {' '.join(t.n3() for t in triple)}")
    for s, o in derived.subject_objects(FGR.inconsistent):
        problems.append(f"the reasoner finds a clash for {s.n3()}")
    for kind, least in sorted(minimum.items()):
        if counts[kind] < least:
            problems.append(f"only {counts[kind]} {kind} entailments checked, wanted {least}")
    print(" ".join(f"{k}={counts[k]}" for k in
                   ("subproperty", "inverse", "symmetric", "domain", "range")),
          f"facts={len(facts)} derived={len(derived)}")
    if problems:
        sys.exit("\n".join(problems))


main()
