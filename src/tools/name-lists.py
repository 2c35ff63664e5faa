#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the recognizer's name lists (ontology/names/*.txt) from three
Debian packages unpacked into ROOT (dpkg-deb -x PKG.deb ROOT):
libtext-names-perl 0.46 (US Census 1990 given names and surnames),
python3-fake-factory 0.9.3 (Faker: given names and surnames per locale)
and libgeonames-common 0.3.0 (GeoNames' English names of world cities);
event-heads.txt is written here.

    name-lists.py ROOT OUTDIR

The lists are features of the recognizer, never its answer. Only names in
Latin script are kept; one name a line, sorted, duplicates dropped."""
import ast
import gettext
import glob
import os
import re
import sys
import unicodedata

ROOT, OUT = sys.argv[1], sys.argv[2]


def latin(name):
    """A name of letters of the Latin script, with inner spaces, hyphens,
    apostrophes and dots, starting with a capital."""
    if not name or not name[0].isupper():
        return False
    for c in name:
        if c in " -'.":
            continue
        if not c.isalpha() or "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


def census(kind):
    """The US Census 1990 lists inside Text/Names.pm (NAME PCT CUM RANK),
    written in capitals: first letter kept, the rest lower case."""
    text = open(os.path.join(ROOT, "usr/share/perl5/Text/Names.pm"),
                encoding="latin-1").read()
    block = re.search(r"\$%s = <<ENDNAMES;\n(.*?)\nENDNAMES" % kind, text,
                      re.S)
    names = set()
    for line in block.group(1).splitlines():
        m = re.match(r"([A-Z][A-Z'-]+)\s+[0-9.]+\s+[0-9.]+\s+\d+$", line)
        if m:
            names.add(m.group(1).capitalize())
    return names


def faker(attrs):
    """Faker's given names or surnames of every locale: the strings in the
    person providers' assignments to attrs (read, not imported: tuples,
    or dicts of name and weight)."""
    names = set()
    pattern = os.path.join(ROOT, "usr/lib/python3/dist-packages/faker/"
                           "providers/person/*/__init__.py")
    for path in sorted(glob.glob(pattern)):
        tree = ast.parse(open(path, encoding="utf-8").read())
        for node in ast.walk(tree):
            if not isinstance(node, ast.Assign) or not any(
                    isinstance(t, ast.Name) and t.id in attrs
                    for t in node.targets):
                continue
            for part in ast.walk(node.value):
                if isinstance(part, ast.Constant) and isinstance(part.value,
                                                                 str):
                    names.add(part.value.strip())
    return names


def cities():
    """GeoNames' English names of cities (the msgstr of the en catalogue)."""
    path = os.path.join(ROOT, "usr/share/locale/en/LC_MESSAGES/geonames.mo")
    with open(path, "rb") as f:
        catalog = gettext.GNUTranslations(f)._catalog
    return {v.strip() for k, v in catalog.items() if k}


HEADER = {
    "given": "# Given names (first names), a feature of the recognizer.\n"
             "# From the US Census 1990 lists of common first names (public\n"
             "# domain; as shipped in Text::Names 0.46, Debian\n"
             "# libtext-names-perl) and Faker 0.9.3's first names of every\n"
             "# locale (MIT, (c) 2012 Daniele Faraglia; Debian\n"
             "# python3-fake-factory). Latin script only.\n",
    "surnames": "# Surnames, a feature of the recognizer.\n"
                "# From the US Census 1990 list of common surnames (public\n"
                "# domain; as shipped in Text::Names 0.46, Debian\n"
                "# libtext-names-perl) and Faker 0.9.3's last names of every\n"
                "# locale (MIT, (c) 2012 Daniele Faraglia; Debian\n"
                "# python3-fake-factory). Latin script only.\n",
    "event-heads": "# Nouns that end an event's name (\"the X Summit\"), a feature\n"
                   "# of the recognizer; written for factgraph (MIT).\n",
    "places": "# World cities, a feature of the recognizer.\n"
              "# GeoNames (https://www.geonames.org), CC BY 4.0: the English\n"
              "# city names of libgeonames-common 0.3.0 (Debian). Latin script\n"
              "# only.\n",
}


def write(kind, names):
    names = sorted(n for n in names if latin(n) or kind == "event-heads")
    with open(os.path.join(OUT, kind + ".txt"), "w", encoding="utf-8") as f:
        f.write(HEADER[kind])
        f.write("# Made by src/tools/name-lists.py; %d names.\n" % len(names))
        for n in names:
            f.write(n + "\n")


# Written here, not derived: nouns that end the name of an event ("the X
# Summit", "the X Accord"), read on the last word of a capitalized run.
EVENT_HEADS = """accord accords agreement awards championship championships
conference convention cup election elections exhibition expo fair festival
games marathon olympics paralympics revolution series summit talks
tournament treaty uprising war""".split()

write("given", census("COMMON_MALE_FIRSTNAMES")
      | census("COMMON_FEMALE_FIRSTNAMES")
      | faker(("first_names", "first_names_male", "first_names_female")))
write("surnames", census("COMMON_SURNAMES") | faker(("last_names", "last_names_male", "last_names_female")))
write("places", cities())
write("event-heads", EVENT_HEADS)
