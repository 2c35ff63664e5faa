#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes a CoNLL-U file with its documents in the order of their
`# newdoc id` (compared as UTF-8 bytes, as factgraph orders documents by
id), each document unchanged; lines before the first `# newdoc` stay
first. A gold file whose documents factgraph reads (--input-format conllu)
is scored in this order, the order factgraph writes them. Fails when two
documents share an id (factgraph would rename one). Standard library only.
usage: conllu-sort.py FILE.conllu > SORTED.conllu"""
import sys


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    head, docs = [], []
    with open(sys.argv[1], "rb") as f:
        for line in f:
            if line.startswith(b"# newdoc"):
                key = line.split(b"=", 1)[1].strip() if b"=" in line else b""
                docs.append((key, [line]))
            elif docs:
                docs[-1][1].append(line)
            else:
                head.append(line)
    keys = [key for key, _ in docs]
    if len(set(keys)) != len(keys):
        sys.exit("conllu-sort.py: %s: documents share an id" % sys.argv[1])
    out = sys.stdout.buffer
    out.writelines(head)
    for _, lines in sorted(docs, key=lambda d: d[0]):
        out.writelines(lines)


main()
