#!/usr/bin/python3
"""Checks that every row of a gold entity table is exactly one entity of an
exported graph: every spelling of the row that appears as an rdfs:label or
skos:altLabel names the same entity, the row is found at all, and no entity
carries the spellings of two rows.
    usage: check-entities.py GRAPH.nt ENTITIES.tsv
Prints one line per problem and exits 1 when there is any."""
import sys
import unicodedata
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS, SKOS


def norm(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.casefold().replace(".", "").split())


def main(graph_path, gold_path):
    graph = Graph()
    graph.parse(graph_path, format="nt")
    names = {}  # spelling -> entity IRIs
    for predicate in (RDFS.label, SKOS.altLabel):
        for entity, _, label in graph.triples((None, predicate, None)):
            if isinstance(entity, URIRef) and "/entity/" in entity:
                names.setdefault(norm(str(label)), set()).add(entity)
    problems, owner = [], {}
    for line in open(gold_path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        key, _, forms = line.rstrip("\n").split("\t")[:3]
        found = set()
        for form in forms.split("|"):
            found |= names.get(norm(form), set())
        if not found:
            problems.append(f"{key}: no entity has any of its spellings")
        elif len(found) > 1:
            problems.append(f"{key}: split into {len(found)} entities: "
                            + " ".join(sorted(str(e) for e in found)))
        for entity in found:
            if entity in owner and owner[entity] != key:
                problems.append(f"{entity}: merges {owner[entity]} and {key}")
            owner.setdefault(entity, key)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
