#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the tagger's word classes (ontology/names/word-classes.txt) from
WordNet 3.0 as Debian's wordnet-base installs it (/usr/share/wordnet):
each single-word lemma and the inflected forms English spelling gives it,
with the parts of speech WordNet lists for it.

    word-classes.py [WNDIR] > ontology/names/word-classes.txt

One line per lower-case form: FORM TAB CLASSES, sorted; the class letters:
  n  common noun            p  a noun WordNet writes only capitalized
  N  plural of a noun       v  verb, base form
  s  verb, third person -s  d  verb, past or participle
  g  verb, -ing             a  adjective
  c  comparative or superlative adjective
  r  adverb
Regular inflections are made by rule (a form English never uses costs
nothing: no text has it); WordNet's exception lists add the irregular ones
("drew" -> draw, "geese" -> goose, "better" -> good). The classes are
features of the tagger, never its answer."""
import os
import re
import sys

WN = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
WORD = re.compile(r"^[a-z][a-z'-]*[a-z]$")
VOWELS = set("aeiou")
classes = {}


def add(form, letter):
    if WORD.match(form) and len(form) <= 24:
        classes.setdefault(form, set()).add(letter)


def lemmas(pos):
    with open(os.path.join(WN, "index." + pos), encoding="latin-1") as f:
        for line in f:
            if not line.startswith(" "):
                lemma = line.split(" ", 1)[0]
                if WORD.match(lemma):
                    yield lemma


def exceptions(pos):
    with open(os.path.join(WN, pos + ".exc"), encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                yield parts[0], parts[1:]


def plural(w):
    """-s forms (nouns and verbs): both spellings after a final o."""
    if w.endswith(("s", "x", "z", "ch", "sh")):
        return [w + "es"]
    if w.endswith("y") and len(w) > 1 and w[-2] not in VOWELS:
        return [w[:-1] + "ies"]
    if w.endswith("o"):
        return [w + "s", w + "es"]
    return [w + "s"]


def suffixed(w, suffix):
    """-ed, -ing, -er, -est without doubling (the exception lists hold the
    doubled forms: "stopped", "bigger")."""
    if suffix == "ing":
        if w.endswith("ie"):
            return w[:-2] + "ying"
        if w.endswith("e") and not w.endswith(("ee", "ye", "oe")):
            return w[:-1] + "ing"
        return w + "ing"
    if w.endswith("e"):
        return w + suffix[1:]
    if w.endswith("y") and len(w) > 1 and w[-2] not in VOWELS:
        return w[:-1] + "i" + suffix
    return w + suffix


def noun_case():
    """Lower-case noun lemmas WordNet also (or only) writes capitalized."""
    lower, upper = set(), set()
    with open(os.path.join(WN, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split(" ")
            count = int(fields[3], 16)
            for k in range(count):
                word = fields[4 + 2 * k]
                (upper if word != word.lower() else lower).add(word.lower())
    return lower, upper - lower


common, proper = noun_case()
for lemma in lemmas("noun"):
    add(lemma, "p" if lemma in proper else "n")
    if lemma in common:
        for form in plural(lemma):
            add(form, "N")
for form, _ in exceptions("noun"):
    add(form, "N")
for lemma in lemmas("verb"):
    add(lemma, "v")
    for form in plural(lemma):
        add(form, "s")
    add(suffixed(lemma, "ed"), "d")
    add(suffixed(lemma, "ing"), "g")
for form, _ in exceptions("verb"):
    add(form, "g" if form.endswith("ing") else "d")
for lemma in lemmas("adj"):
    add(lemma, "a")
    if len(lemma) <= 7:
        add(suffixed(lemma, "er"), "c")
        add(suffixed(lemma, "est"), "c")
for form, _ in exceptions("adj"):
    add(form, "c")
for lemma in lemmas("adv"):
    add(lemma, "r")

HEADER = """\
# Word classes of English word forms for factgraph's tagger (lexicon
# features), made by src/tools/word-classes.py from WordNet 3.0 as Debian's
# wordnet-base 1:3.0 installs it: FORM TAB CLASSES (letters: n common noun,
# p noun written only capitalized, N plural noun, v verb, s verb -s, d verb
# past or participle, g verb -ing, a adjective, c comparative or
# superlative, r adverb). Regular inflections are made by rule.
#
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Permission to use, copy, modify and distribute this software and database
# and its documentation for any purpose and without fee or royalty is
# hereby granted, provided that you agree to comply with the following
# copyright notice and statements, including the disclaimer, and that the
# same appear on ALL copies of the software, database and documentation,
# including modifications that you make for internal use or for
# distribution. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR
# IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES
# NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY
# PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
# DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS,
# TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or Princeton
# may not be used in advertising or publicity pertaining to distribution of
# the software and/or database. Title to copyright in this software,
# database and any associated documentation shall at all times remain with
# Princeton University and LICENSEE agrees to preserve same.
"""
ORDER = "npNvsdgacr"
out = sys.stdout
out.write(HEADER)
for form in sorted(classes):
    out.write(form + "\t" + "".join(c for c in ORDER if c in classes[form]) + "\n")
