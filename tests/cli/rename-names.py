#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Copies a set of articles and its gold tables with every name replaced by
an invented one, for `make eval-renamed` (tests/cli/eval-renamed.sh).
    usage: rename-names.py --seed N --ontology DIR --out DIR
                           DOCS_DIR ENTITIES.tsv FACTS.tsv
Writes OUT/docs/*.txt, OUT/entities.tsv and OUT/facts.tsv, and prints one
line of counts. Every Person, Organization, Country and Place of ENTITIES
is renamed: each capitalized word of its spellings that is a name (not a
kind word such as "University" or "Party", not a title such as "Mr") gets
one invented word, the same everywhere (so a surname alone follows the full
name), an acronym gets the initials of the renamed spelling it abbreviates,
a country's demonyms (listed in the gold or in the gazetteer) are made from
its invented name. The documents, the spellings, literal objects and the
"where" column go through the same replacement, so the renamed gold
describes the renamed text. Invented words are pronounceable, capitalized,
and found in no knowledge file of ontology/ nor in the articles.
Entity keys become ent-NNN so no original name survives as an alias."""
import argparse
import glob
import os
import random
import re
import sys

RENAMED = {"Person", "Organization", "Country", "Place"}
# Titles and name particles: kept as written.
TITLES = set("""Mr Mrs Ms Dr Col President General Major Professor Emeritus
Prime Minister Ambassador Sheikh Sir Lord Lady Judge Senator King Queen
al Al el El ash as ad bin ibn de De da la le van von""".split())
# Words that say what kind of organisation or place a name is, kept so the
# renamed name keeps its cue ("Brovan University"). Function words too.
KIND = set("""of the The and for at on in to a an And For At On University College
Institute School District Independent Department Ministry Agency News Office
Police Army Navy Force Forces Council Party Movement Alliance Association
League Federation Union Unions Foundation Museum Gallery Galleries Art Arts
Center Centre Hall Church Court Supreme National Central State States
Security Defense Defence Authority Civil Magazine Times Post Herald Gazette
Television TV Weekly Station Sheriff County City Island Constituency Region
Municipality Mosque Grand Program Project Society Service Services Park
Science Technology Environmental Protection Agriculture Homeland Emergency
Task Interior Government Republic Democratic People Kingdom Global
International Coalition Commission Committee Company Corporation
Broadcasting Trade Workers Worker Social Democrats Professionals Business
Student Students Teaching Visual Photographic Legacy Fair Challenge Team
Girls Robotics North South East West Northern Southern Eastern Western New
Upper Lower Saint St Mount Lake River Bay Port Fort Land Base Towers Tower
Military Armed Conference Episcopal Affairs Internal Relations Chapter
Public Human Rights Geographical Legislative Betterment Progress Livelihood
Against Defeat Organization Organisation Group Political Muslim Islamic
Christian Catholic Jewish""".split())
# A country keeps only these: "North X", "X Republic", "United Kingdom".
COUNTRY_KIND = set("""of the North South East West New Democratic People
Republic Kingdom Arab Federal Islamic""".split())
ONSETS = "b d f g k l m n p r s t v z br dr gr kr pl st tr sk th".split()
VOWELS = "a e i o u a e o ai ei".split()
CODAS = ["", "", "", "n", "l", "r", "s", "m", "k", "t", "nd", "rk"]
WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+")
# Surnames that are also function words ("James To", "Wilson Or") are
# not renamed where a sentence starts: there they are the English word.
FUNCTION = set("to or so no on in an as at by he it of we do go if is be up us".split())
SENTENCE_START = re.compile(r"(?:^|[.!?][\"'\u201d\u2019)]*\s+|\n)[\"'\u201c\u2018(]*$")


def words_of(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    return {w.casefold() for w in re.findall(r"[^\W\d_]+", text)}


def forbidden_words(ontology, docs):
    """Every word of the knowledge files and of the articles."""
    out = set()
    paths = glob.glob(os.path.join(ontology, "*.ttl"))
    paths += glob.glob(os.path.join(ontology, "*.tsv"))
    paths += glob.glob(os.path.join(ontology, "names", "*"))
    for path in paths + docs:
        out |= words_of(path)
    return out


def gazetteer_demonyms(ontology):
    """Lower-case label -> demonyms, for the gazetteer's countries."""
    path = os.path.join(ontology, "gazetteer.ttl")
    out = {}
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as f:
        entries = f.read().split(" .\n")
    for entry in entries:
        dem = re.findall(r'"([^"]+)"', " ".join(
            re.findall(r"fg:demonym([^;]*)", entry)))
        if not dem:
            continue
        labels = re.findall(r'"([^"]+)"', " ".join(
            re.findall(r"(?:prefLabel|altLabel)([^;]*)", entry)))
        for label in labels:
            out[label.casefold()] = dem
    return out


class Inventor:
    """Pronounceable invented words, never a forbidden one, never twice."""

    def __init__(self, rng, forbidden):
        self.rng, self.forbidden, self.used = rng, forbidden, set()

    def fresh(self, word):
        key = word.casefold()
        if key in self.forbidden or key in self.used or len(word) < 2:
            return False
        self.used.add(key)
        return True

    def word(self, syllables=None, suffix=""):
        while True:
            n = syllables or self.rng.choice((2, 2, 3))
            w = "".join(self.rng.choice(ONSETS) + self.rng.choice(VOWELS)
                        for _ in range(n)) + self.rng.choice(CODAS)
            w = (w + suffix).capitalize()
            if self.fresh(w):
                return w

    def country(self):
        return self.word(suffix=self.rng.choice(("ia", "ia", "a", "")))

    def letters(self, acronym):
        while True:
            out = "".join(self.rng.choice("BCDFGHKLMNPRSTVZ") if c.isalpha()
                          else c for c in acronym)
            if out != acronym and self.fresh(out):
                return out


def demonym(name):
    """The adjective of an invented country name: Velmoria -> Velmorian."""
    if name.endswith("a"):
        return name + "n"
    if name.endswith("y"):
        return name[:-1] + "ian"
    if name[-1] in "eiou":
        return name + "an"
    return name + "ian"


def is_acronym(word):
    letters = word.replace(".", "")
    return (len(letters) >= 2 and letters.isalnum() and
            sum(c.isupper() for c in letters) >= 2 and letters.upper() == letters)


def clean(form):
    """A gold spelling without its note ("Syrian (adjective)") or quotes."""
    return re.sub(r"\s*\(.*?\)", "", form).strip().strip('"')


def read_entities(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            key, kind, forms = line.rstrip("\n").split("\t")[:3]
            rows.append((key, kind, [clean(x) for x in forms.split("|")]))
    return rows


class Renamer:
    """The replacement of one draw, built from the gold entities; calling
    it on a text renames every mapped word there."""

    def __init__(self, inventor, entities, demonyms):
        self.inv, self.map, self.lower_map = inventor, {}, {}
        self.entities, self.gaz_demonyms = entities, demonyms
        self.demonym_words = self.find_demonyms()
        order = {"Country": 0, "Place": 1, "Organization": 2, "Person": 3}
        named = sorted((e for e in entities if e[1] in RENAMED),
                       key=lambda e: order[e[1]])
        for key, kind, forms in named:
            for form in forms:
                self.map_words(kind, form)
        self.map_demonyms()
        self.map_adjectives(named)
        for key, kind, forms in named:
            if not self.touched(forms[0]):
                self.force(kind, forms[0])
        self.map_acronyms(named)

    def find_demonyms(self):
        """Country adjective -> the name word it comes from (Syrian -> Syria).
        An adjective that starts a longer name ("Saudi Arabia") is a name."""
        out = {}
        for key, kind, forms in self.entities:
            if kind != "Country":
                continue
            # the stems: the words of the first spelling, the name itself
            stems = [w for w in WORD.findall(forms[0])
                     if w[:1].isupper() and not is_acronym(w)]
            cands, starts = set(), set()
            for f in forms:
                ws = [w for w in WORD.findall(f) if w[:1].isupper()]
                cands |= {w for w in ws if not is_acronym(w)}
                if len(ws) > 1 and any(w not in COUNTRY_KIND for w in ws[1:]):
                    starts.add(ws[0])
                cands |= {d.split()[-1] for d in
                          self.gaz_demonyms.get(f.casefold(), ())}
            # Korean comes from Korea (longer), Afghan from Afghanistan (the
            # name), never the other way round
            for last in cands - starts - set(stems):
                near = [n for n in cands - {last}
                        if common_prefix(n, last) >= min(4, len(n), len(last))
                        and (len(last) > len(n) or n in stems)]
                if near:
                    out[last] = max(near, key=lambda n: common_prefix(n, last))
        return out

    def name_words(self, kind, form):
        tokens = WORD.findall(form)
        keep = COUNTRY_KIND if kind == "Country" else (
            TITLES if kind == "Person" else KIND | TITLES)
        return [t for t in tokens if t[:1].isupper() and not is_acronym(t)
                and len(t) > 1 and t not in keep
                and t not in self.demonym_words]

    def new_word(self, kind, word):
        if word not in self.map:
            self.map[word] = self.inv.country() if kind == "Country" \
                else self.inv.word()

    def map_words(self, kind, form):
        for word in self.name_words(kind, form):
            self.new_word(kind, word)
        if kind == "Person":
            # "Che-cheung": the lower-case part after a hyphen too
            for part in re.findall(r"(?<=[^\W_]-)([a-z]+)\b", form):
                if part not in self.lower_map:
                    self.lower_map[part] = self.inv.word(1).lower()

    def map_demonyms(self):
        for adj, stem in self.demonym_words.items():
            if stem not in self.map:
                self.new_word("Country", stem)
            self.map[adj] = demonym(self.map[stem])
            self.map[adj + "s"] = self.map[adj] + "s"

    def map_adjectives(self, named):
        """Adjectives of other places ("Estonian" beside "Team Estonia"):
        made from the renamed place as a country's demonym is."""
        words = {w for key, kind, forms in named if kind != "Person"
                 for f in forms for w in self.name_words(kind, f)}
        for word in sorted(words):
            stems = [w for w in words if 4 <= len(w) < len(word)
                     and common_prefix(w, word) >= len(w) - 1]
            if stems and word.endswith(("an", "ese", "i")):
                self.map[word] = demonym(self.map[max(stems, key=len)])

    def touched(self, form):
        return any(w in self.map or is_acronym(w) and w not in KIND
                   for w in WORD.findall(form))

    def force(self, kind, form):
        """A name of kind words only ("Democratic Party"): rename its first
        word, so that the entity's own name is invented too."""
        words = [w for w in WORD.findall(form)
                 if w[:1].isupper() and w not in TITLES and len(w) > 1
                 and not is_acronym(w)
                 and w not in ("The", "North", "South", "East", "West")]
        if words:
            self.new_word(kind, words[0])

    def map_acronyms(self, named):
        every = [f for e in self.entities for f in e[2]]
        for key, kind, forms in named:
            for form in forms:
                for word in WORD.findall(form):
                    bare = word.replace(".", "")
                    if is_acronym(word) and bare not in self.map \
                            and bare not in KIND:
                        self.map[bare] = self.acronym(bare, forms + every)
        for bare, new in list(self.map.items()):
            if is_acronym(bare) and bare.isalpha():
                self.map[".".join(bare) + "."] = ".".join(new) + "."

    def acronym(self, bare, forms):
        """The initials of the renamed spelling whose initials it is."""
        for form in forms:
            words = [w for w in WORD.findall(form) if w[:1].isupper()
                     and not is_acronym(w)]
            for ws in (words, [w for w in words if w not in ("The",)]):
                if "".join(w[0] for w in ws) == bare and len(ws) > 1:
                    new = "".join(self.map.get(w, w)[0] for w in ws)
                    if new != bare and self.inv.fresh(new):
                        return new
        return self.inv.letters(bare)

    def __call__(self, text):
        def swap(m):
            word, start = m.group(0), m.start()
            if word.lower() in FUNCTION and word[1:].islower() and \
                    SENTENCE_START.search(text, max(0, start - 6), start):
                return word
            if word in self.map:
                return self.map[word]
            if word in self.lower_map and start and text[start - 1] == "-":
                return self.lower_map[word]
            return word
        return WORD.sub(swap, text)


def common_prefix(a, b):
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def rewrite_table(src, dst, fix):
    """Copies a gold table without comments and blank lines, each row's
    columns passed through fix (which changes the list in place)."""
    with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as o:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            fix(cols)
            o.write("\t".join(cols) + "\n")


def entity_row(rename, keys):
    def fix(cols):
        cols[0] = keys[cols[0]]
        cols[2] = rename(cols[2])
    return fix


def fact_row(rename, keys):
    def fix(cols):
        for i in (2, 4):
            if i < len(cols):
                cols[i] = keys.get(cols[i], rename(cols[i]))
        if len(cols) > 5:
            cols[5] = re.sub(r"(?<==)([a-z0-9-]+)",
                             lambda m: keys.get(m.group(1), m.group(1)), cols[5])
        if len(cols) > 7:
            cols[7] = rename(cols[7])
    return fix


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--ontology", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("docs")
    ap.add_argument("entities")
    ap.add_argument("facts")
    a = ap.parse_args()
    docs = sorted(glob.glob(os.path.join(a.docs, "*.txt")))
    if not docs:
        sys.exit(f"rename-names: no {a.docs}/*.txt")
    entities = read_entities(a.entities)
    inventor = Inventor(random.Random(f"{a.seed}:{os.path.basename(a.entities)}"), forbidden_words(a.ontology, docs))
    rename = Renamer(inventor, entities, gazetteer_demonyms(a.ontology))
    keys = {e[0]: f"ent-{i:03d}" for i, e in enumerate(entities)}
    os.makedirs(os.path.join(a.out, "docs"), exist_ok=True)
    changed = 0
    for doc in docs:
        with open(doc, encoding="utf-8") as f:
            text = f.read()
        new = rename(text)
        changed += sum(x != y for x, y in zip(WORD.findall(text), WORD.findall(new)))
        with open(os.path.join(a.out, "docs", os.path.basename(doc)), "w",
                  encoding="utf-8") as f:
            f.write(new)
    rewrite_table(a.entities, os.path.join(a.out, "entities.tsv"), entity_row(rename, keys))
    rewrite_table(a.facts, os.path.join(a.out, "facts.tsv"), fact_row(rename, keys))
    print(f"seed {a.seed}: {len(docs)} documents, {len(rename.map)} words "
          f"and acronyms mapped, {changed} words replaced")


if __name__ == "__main__":
    main()
