# SPDX-License-Identifier: MIT
"""Fails when an edge label of a rendered graph overlaps another label.

usage: check-svg-labels.py GRAPH.svg

Reads the text elements `dot -Tsvg` writes for nodes and edges and boxes
each one from its position and font size, with an average Helvetica glyph
width of 0.52 em: a label of one edge must not overlap a label of another
edge or of a node. Prints the number of labels."""
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
GLYPH_EM = 0.52


def label_boxes(path):
    for g in ET.parse(path).getroot().iter(SVG + "g"):
        kind = g.get("class")
        if kind not in ("edge", "node"):
            continue
        owner = g.find(SVG + "title").text
        for text in g.findall(SVG + "text"):
            x, y = float(text.get("x")), float(text.get("y"))
            size = float(text.get("font-size"))
            width = len(text.text or "") * size * GLYPH_EM
            left = x - width / 2 if text.get("text-anchor") == "middle" else x
            yield owner, kind, text.text, (left, y - 0.8 * size, left + width, y + 0.2 * size)


def overlap(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    boxes = list(label_boxes(sys.argv[1]))
    problems = [f"{a[0]} {a[2]!r} overlaps {b[0]} {b[2]!r}"
                for i, a in enumerate(boxes) for b in boxes[i + 1:]
                if a[0] != b[0] and "edge" in (a[1], b[1]) and overlap(a[3], b[3])]
    if problems:
        sys.exit("\n".join(problems[:20]))
    print(f"{len(boxes)} labels")


main()
