#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The renaming behind `make eval-renamed` (tests/cli/rename-names.py), on
# an invented article and gold (tests/fixtures/renamed/): every name word,
# acronym and demonym is replaced and nothing else; a surname alone, an
# acronym and a country's adjective follow the renamed full name; the
# renamed gold matches the renamed text; no invented word is in a
# knowledge file; the same seed gives the same bytes, another seed others.
. "$(dirname "$0")/lib.sh"
need_tool "$PY"

fixture=$ROOT/tests/fixtures/renamed
rename() {
  "$PY" "$ROOT/tests/cli/rename-names.py" --seed "$1" --ontology "$ROOT/ontology" \
    --out "$TMP/$2" "$fixture/docs" "$fixture/entities.tsv" "$fixture/facts.tsv" \
    >"$TMP/$2.log" || fail "rename-names.py --seed $1: $(cat "$TMP/$2.log")"
}
rename 1 a
rename 1 b
rename 2 c
diff -r "$TMP/a" "$TMP/b" >/dev/null || fail "seed 1 gave two different copies"
cmp -s "$TMP/a/docs/r1.txt" "$TMP/c/docs/r1.txt" && fail "seeds 1 and 2 gave the same names"

"$PY" - "$fixture" "$TMP/a" "$ROOT/ontology" >"$TMP/check.out" 2>&1 <<'PY' ||
import glob, os, re, sys
fixture, out, ontology = sys.argv[1:4]
WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+")
old = open(os.path.join(fixture, "docs", "r1.txt"), encoding="utf-8").read()
new = open(os.path.join(out, "docs", "r1.txt"), encoding="utf-8").read()
problems = []
if WORD.sub("", old) != WORD.sub("", new):
    problems.append("text between the words changed")
pairs = dict(zip(WORD.findall(old), WORD.findall(new)))
for w in "Ostravia Ostravian Kestrel Dunmore Velden Harbour VHA Haro Min tak Tarrow Freight O.R. OR Bren".split():
    if re.search(r"(?<![\w.])" + re.escape(w) + r"(?![\w])", new):
        problems.append(f"'{w}' is still in the renamed text")
for w in "Trade Minister Authority Museum Port Union Mr Monday".split():
    if pairs.get(w) != w:
        problems.append(f"'{w}' became '{pairs.get(w)}'")
# the surname "To" is renamed, the word that starts a quote is not
if '"To us' not in new or " To and " in new:
    problems.append("'To' renamed at a sentence start or kept as a surname")

def forms(path):
    rows = {}
    for line in open(path, encoding="utf-8"):
        if not line.startswith("#"):
            key, _, spellings = line.rstrip("\n").split("\t")[:3]
            rows[key] = [re.sub(r"\s*\(.*?\)", "", s) for s in spellings.split("|")]
    return rows
gold_old = forms(os.path.join(fixture, "entities.tsv"))
gold_new = forms(os.path.join(out, "entities.tsv"))
by_old = dict(zip(gold_old, gold_new.values()))
for key, spellings in gold_old.items():
    for a, b in zip(spellings, by_old[key]):
        if a in old and b not in new:
            problems.append(f"renamed spelling '{b}' (of '{a}') is not in the text")
person, org = by_old["kestrel-dunmore"], by_old["velden-harbour-authority"]
if person[1] != person[0].split()[-1] or person[2] != "Mr. " + person[1]:
    problems.append(f"surname and title do not follow the full name: {person}")
if org[1] != "".join(w[0] for w in org[0].split()):
    problems.append(f"acronym {org[1]} is not the initials of {org[0]}")
country = by_old["ostravia"]
if not country[3].startswith(country[0][:-1]) or country[3] == country[0]:
    problems.append(f"adjective {country[3]} is not made from {country[0]}")
if by_old["haro-min-tak"][1] != by_old["haro-min-tak"][0].split()[-1]:
    problems.append(f"hyphenated surname not kept whole: {by_old['haro-min-tak']}")
if set(gold_old) & set(gold_new):
    problems.append("an original entity key survives")
facts = [l.split("\t") for l in open(os.path.join(out, "facts.tsv"), encoding="utf-8")
         if not l.startswith("#")]
for f in facts:
    if f[2] not in gold_new or not (f[4] in gold_new or f[4].startswith("literal:")):
        problems.append(f"fact {f[0]} names an unknown key")
    if "Velden" in f[4] or "Dunmore" in f[5] + f[7]:
        problems.append(f"fact {f[0]} keeps an original name")
known = set()
for path in glob.glob(os.path.join(ontology, "*.t*")) + glob.glob(os.path.join(ontology, "names", "*")):
    known |= {w.casefold() for w in re.findall(r"[^\W\d_]+", open(path, encoding="utf-8").read())}
for a, b in pairs.items():
    if a != b and b.isalpha() and b.casefold() in known:
        problems.append(f"invented '{b}' is in a knowledge file")
print("\n".join(problems))
sys.exit(1 if problems else 0)
PY
  fail "$(cat "$TMP/check.out")"
