#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes one input of the scaling cases of issue 13, built to be quadratic
for a naive extractor: scaling-input.py CASE N FILE. The cases: names (one
name repeated N times in a sentence), hyphens, particles (N al- names),
coordination (N conjuncts), clauses (N comma-joined clauses), clause-facts
(N clauses with a fact each), spellings (N spellings of one name), restated (one fact in N sentences),
titles (N people titled with no country beside the article's main country), firms (N
sentences of lone names doing what only a business does) and label
(a gazetteer file whose label has N words) and aliases (a gazetteer entry
with N alt labels). Used by tests/cli/test-scaling.sh
and tests/bench/bench.sh."""
import sys
case, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
COUNTRIES = ["Kenya", "Ethiopia", "Somalia", "Sudan", "Egypt", "Libya", "Chad", "Niger",
             "Mali", "Ghana", "Togo", "Benin", "Nigeria", "Cameroon", "Gabon", "Angola"]
if case == "names":
    text = "Mr. " + "Amara Wekesa " * n + "praised Kenya.\n"
elif case == "hyphens":
    text = "Mr. " + "-".join(["Wekesa"] * n) + " praised Kenya.\n"
elif case == "particles":
    text = "Ahmed" + " al-Sharaa" * n + " praised Kenya.\n"
elif case == "coordination":
    text = " and ".join(COUNTRIES[i % len(COUNTRIES)] for i in range(n)) + \
        " joined the coalition.\n"
elif case == "clauses":
    text = "Kenya" + ", officials praised" * n + " Ethiopia.\n"
elif case == "clause-facts":
    text = "Mr. Dawit praised Kenya" + ", Kenya praised Ethiopia" * n + ".\n"
elif case == "spellings":
    # n spellings of one name: doubled letters collapse in its key
    def spelling(k):
        return "Sh" + "".join("a" * (1 + (k >> b & 1)) + "r" for b in range(17))
    text = " ".join("Ahmed al-%s praised Kenya." % spelling(k) for k in range(n)) + "\n"
elif case == "titles":
    # each title asks what the text says of the main country (tree.c's fallback)
    text = "Title\n\n" + " ".join(
        "President Oren Pask%d met officials in Nairobi. Kenya praised the talks." % i
        for i in range(n)) + "\n"
elif case == "firms":
    # each lone name's business act asks whether a given name precedes it
    # elsewhere (mentions.c written_after_given_name)
    firms = ["Kalmo", "Vestra", "Orlik", "Tarven", "Dolmen", "Brisko", "Quell"]
    text = "Title\n\n" + " ".join(
        "%s employs 400 people." % firms[i % len(firms)] for i in range(n)) + "\n"
elif case == "restated":
    text = "Mr. Dawit praised Kenya. " * n + "\n"
elif case in ("label", "aliases"):
    text = ("@prefix fg: <https://w3id.org/factgraph/ontology#> .\n"
            "@prefix gz: <https://w3id.org/factgraph/gazetteer/> .\n"
            "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n")
    if case == "label":
        text += 'gz:zed a fg:Person ; skos:prefLabel "%s" .\n' % " ".join(["Zed"] * n)
    else:
        text += 'gz:zed a fg:Person ; skos:prefLabel "Zed" ; skos:altLabel %s .\n' % \
            ", ".join('"Zed%d Twomey"' % i for i in range(n))
else:
    sys.exit("scaling-input.py: unknown case " + case)
open(out, "w").write(text)
