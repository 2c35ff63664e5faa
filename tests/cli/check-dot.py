# SPDX-License-Identifier: MIT
"""Checks a DOT view against the facts TSV of the same run.

usage: check-dot.py DOT TSV ONTOLOGY [--focus LABEL] [--depth N]
                    [--min-sources N]

From the TSV alone it computes what the view must draw: every fact that is
not denied, stated by at least N documents, and (with --focus) whose two
ends lie within N hops of the focus entity, edges taken both ways. Then the
DOT's fact edges must be exactly those, each as (subject label, property
label from the ontology, object label, line style: solid, dashed for former,
dotted for hedged or planned), and its nodes exactly their ends (plus the
focus). Labels are compared as the DOT shortens them. Prints
"nodes=N edges=M"."""
import argparse
import csv
import re
import sys
from collections import Counter, deque

from rdflib import Graph, Namespace
from rdflib.namespace import RDFS

FG = Namespace("https://w3id.org/factgraph/ontology#")
MAX_LABEL_CHARS = 60

NODE = re.compile(r'^\s+([nv]\d+) \[label="((?:[^"\\]|\\.)*)"')
EDGE = re.compile(r'^\s+([nv]\d+) -> ([nv]\d+) \[label="((?:[^"\\]|\\.)*)"(.*)\];$')


def unescape(text):
    """A DOT label as written: backslash escapes, and '&' as "&amp;" (the
    only entity factgraph writes; Graphviz reads entities in labels)."""
    text = re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), text)
    return text.replace("&amp;", "&")


def shorten(text):
    return text if len(text) <= MAX_LABEL_CHARS else text[:MAX_LABEL_CHARS] + "\u2026"


def style(attrs):
    if "style=dashed" in attrs:
        return "dashed"
    return "dotted" if "style=dotted" in attrs else "solid"


def read_dot(path):
    labels, edges = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = EDGE.match(line)
            if m:
                edges.append((m.group(1), m.group(2), unescape(m.group(3)), style(m.group(4))))
                continue
            m = NODE.match(line)
            if m:
                labels[m.group(1)] = unescape(m.group(2))
    drawn = Counter()
    for a, b, label, line_style in edges:
        prop = re.split(r" \(| \[|\n", label, maxsplit=1)[0]
        drawn[(labels[a], prop, labels[b], line_style)] += 1
    return set(labels.values()), drawn


def expected(tsv, ontology, focus, depth, min_sources):
    g = Graph().parse(ontology, format="turtle")
    prop_label = {str(p).split("#")[-1]: str(l) for p, l in g.subject_objects(RDFS.label)
                  if str(p).startswith(str(FG))}
    with open(tsv, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    facts = []
    for row in rows:
        qualifiers = dict(q.split("=", 1) for q in row[5].split(";") if q)
        if qualifiers.get("negated") or len(row[7].split(",")) < min_sources:
            continue
        line_style = ("dashed" if qualifiers.get("status") == "former"
                      else "dotted" if qualifiers.get("modality") else "solid")
        facts.append((shorten(row[0]), prop_label.get(row[2], row[2]),
                      shorten(row[3]), line_style))
    if focus is not None:
        focus = shorten(focus)
        near = {focus: 0}
        todo = deque([focus])
        while todo:
            node = todo.popleft()
            if near[node] == depth:
                continue
            for s, _, o, _ in facts:
                for a, b in ((s, o), (o, s)):
                    if a == node and b not in near:
                        near[b] = near[node] + 1
                        todo.append(b)
        facts = [f for f in facts if f[0] in near and f[2] in near]
    nodes = {f[0] for f in facts} | {f[2] for f in facts}
    if focus is not None:
        nodes.add(focus)
    return nodes, Counter(facts)


def main():
    args = argparse.ArgumentParser(usage=__doc__)
    args.add_argument("dot")
    args.add_argument("tsv")
    args.add_argument("ontology")
    args.add_argument("--focus")
    args.add_argument("--depth", type=int, default=1)
    args.add_argument("--min-sources", type=int, default=1)
    args = args.parse_args()
    got_nodes, got_edges = read_dot(args.dot)
    want_nodes, want_edges = expected(args.tsv, args.ontology, args.focus, args.depth,
                                      args.min_sources)
    problems = []
    for edge in sorted((want_edges - got_edges).elements()):
        problems.append(f"missing edge {edge}")
    for edge in sorted((got_edges - want_edges).elements()):
        problems.append(f"unexpected edge {edge}")
    for node in sorted(want_nodes - got_nodes):
        problems.append(f"missing node {node!r}")
    for node in sorted(got_nodes - want_nodes):
        problems.append(f"unexpected node {node!r}")
    if problems:
        sys.exit("\n".join(problems[:30]))
    print(f"nodes={len(got_nodes)} edges={sum(got_edges.values())}")


main()
