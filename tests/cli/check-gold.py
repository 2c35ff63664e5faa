#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Checks an exported graph against a gold table of shared/gold or samples/.
    usage: check-gold.py entities GRAPH.nt ENTITIES.tsv
           check-gold.py documents GRAPH.nt DOCUMENTS.tsv
entities: every row of the table is exactly one entity: every spelling of
the row that appears as an rdfs:label or skos:altLabel names the same
entity, the row is found at all, and no entity carries two rows' spellings.
documents: headline, date, author and publisher are exported exactly when
the table gives them, with its value. Gold dates may carry a note after the
value ("--11-11 (no year)"), gold publishers one in brackets, and several
authors are joined by "; " (the graph may join them with " and ").
Prints one line per problem; exits 1 when there is any."""
import re
import sys
import unicodedata
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDFS, SKOS

SCHEMA = Namespace("http://schema.org/")
FIELDS = [("headline", SCHEMA.headline), ("date", SCHEMA.datePublished),
          ("author", SCHEMA.author), ("publisher", SCHEMA.publisher)]


def norm(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.casefold().replace(".", "").split())


def check_entities(graph, gold_path):
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
    return problems



def canonical(field, text):
    text = text.strip()
    if field == "date":
        text = text.split(" ")[0]
    if field == "publisher":
        text = re.sub(r"\s*\(.*\)$", "", text)
    if field == "author":
        names = re.split(r";\s*|\s+and\s+", text)
        return "; ".join(sorted(n.strip() for n in names if n.strip()))
    return text


def check_documents(graph, gold_path):
    documents = {str(d).rsplit("/", 1)[-1]: d
                 for d in graph.subjects(None, SCHEMA.NewsArticle)}
    problems = []
    for line in open(gold_path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t") + [""] * 5
        doc_id = cols[0]
        node = documents.get(doc_id) or URIRef("urn:missing")
        if doc_id not in documents:
            problems.append(f"{doc_id}: no such document in the graph")
            continue
        for (field, prop), gold in zip(FIELDS, cols[1:5]):
            got = sorted(str(v) for v in graph.objects(node, prop))
            want = canonical(field, gold) if gold.strip() else None
            have = canonical(field, "; ".join(got)) if got else None
            if want != have:
                problems.append(f"{doc_id}: {field} is {have!r}, expected {want!r}")
    return problems



CHECKS = {"entities": check_entities, "documents": check_documents}


def main(argv):
    if len(argv) != 4 or argv[1] not in CHECKS:
        print(__doc__, file=sys.stderr)
        return 2
    graph = Graph()
    graph.parse(argv[2], format="nt")
    problems = CHECKS[argv[1]](graph, argv[3])
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
