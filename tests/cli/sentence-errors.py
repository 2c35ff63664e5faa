#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Lists the sentence boundaries a system missed (MISS) and the ones it
added (EXTRA) against a gold CoNLL-U file, both read from raw text: a
boundary is the count of non-space characters before it, as the CoNLL
2018 alignment sees it. Each line shows the gold text around the
boundary, `|` at the boundary, `//` at the gold's other boundaries.
Standard library only.
usage: sentence-errors.py GOLD.conllu SYSTEM.conllu [CONTEXT]"""
import sys


def sentences(path):
    """The non-space text of each sentence, in order."""
    out, cur, skip_to = [], [], 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if cur:
                    out.append("".join(cur))
                cur, skip_to = [], 0
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "." in cols[0]:
                continue
            if "-" in cols[0]:
                skip_to = int(cols[0].split("-")[1])
                cur.append("".join(cols[1].split()))
                continue
            if int(cols[0]) <= skip_to:
                continue
            cur.append("".join(cols[1].split()))
    if cur:
        out.append("".join(cur))
    return out


def ends(sents):
    pos, result = 0, []
    for s in sents:
        pos += len(s)
        result.append(pos)
    return result


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    width = int(sys.argv[3]) if len(sys.argv) == 4 else 60
    gold = sentences(sys.argv[1])
    system = sentences(sys.argv[2])
    gold_ends, sys_ends = ends(gold), set(ends(system))
    # the gold text with its spaces, and each non-space character's place
    text, where = [], []
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            if line.startswith("# text = "):
                text.append(line[len("# text = "):].strip())
    joined = ""
    for t in text:
        if joined:
            joined += " // "
        where.extend(len(joined) + i for i, ch in enumerate(t) if not ch.isspace())
        joined += t
    gold_set = set(gold_ends)

    def show(kind, b):
        at = where[b] if b < len(where) else len(joined)
        left = joined[max(0, at - width):at].replace("\n", " ")
        right = joined[at:at + width].replace("\n", " ")
        print(f"{kind}\t{left.rjust(width)} | {right}")

    for b in gold_ends[:-1]:
        if b not in sys_ends:
            show("MISS", b)
    for b in sorted(sys_ends - gold_set):
        show("EXTRA", b)


main()
