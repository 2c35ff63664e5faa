#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Rebuilds the raw text of a CoNLL-U file from its `# text` lines: the
sentences of a paragraph joined by one space, a blank line between
paragraphs (`# newpar`, `# newpar id = ...`) and documents (`# newdoc`).
What a system reading raw text gets. Standard library only.
usage: conllu-text.py FILE.conllu > FILE.txt"""
import sys


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    paragraphs, current = [], []
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# newdoc") or line == "# newpar" or \
                    line.startswith("# newpar ") or line.startswith("# newpar="):
                if current:
                    paragraphs.append(" ".join(current))
                current = []
            elif line.startswith("# text = ") or line == "# text =":
                current.append(line[len("# text = "):].strip())
    if current:
        paragraphs.append(" ".join(current))
    sys.stdout.write("\n\n".join(paragraphs) + "\n")


main()
