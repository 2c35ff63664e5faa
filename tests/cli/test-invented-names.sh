#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Entities nobody listed: an article written for this test, whose people,
# organisations and places are invented (none is in the gazetteer), must
# give its facts between entities of the right classes, found and typed
# from the text alone: a noun before a name ("the shipping firm X"), an
# appositive title ("a spokeswoman for X"), a head noun ("X Federation",
# "X Police"), an acronym defined in brackets, a surname alone, "the
# federation" and "the firm" for the names before them, and "he". A second
# article invents a country that only the adjective the article makes from
# its name types ("Ostravian President X", "the Ostravian government"),
# and groups typed by "a member of X" and "a group calling itself X".
. "$(dirname "$0")/lib.sh"

cat >"$TMP/harbour.txt" <<'EOF'
Harbour union leader arrested after strike

The Coastal Dockers Federation (CDF) called a strike on Monday. Its leader, Taviel Orsund, said the federation would not back down. Orsund was arrested by the Elvane Harbour Police on Tuesday. The CDF is based in Port Elvane.

The shipping firm Brannick Lines condemned the strike. The company said it had lost two days of work. Marit Solvane, a spokeswoman for Brannick Lines, said the firm would ask for damages.

Orsund founded the federation in 2011. He previously worked for the Quarrin Ferry Company.
EOF

fg -q -f tsv "$TMP/harbour.txt"
expect_status 0 "the invented article"
cut -f 1-5 "$TMP/stdout" >"$TMP/facts"

# expect SUBJECT SUBJECT_TYPE PREDICATE OBJECT OBJECT_TYPE
expect() {
  local row
  row=$(printf '%s\t%s\t%s\t%s\t%s' "$@")
  grep -qxF -- "$row" "$TMP/facts" ||
    fail "no fact '$*'; the facts were:
$(cat "$TMP/facts")"
}

expect "Taviel Orsund" Person leaderOf "Coastal Dockers Federation" Organization
expect "Elvane Harbour Police" GovernmentBody arrested "Taviel Orsund" Person
expect "Coastal Dockers Federation" Organization basedIn "Port Elvane" Place
expect "Brannick Lines" Company condemned strike Event
expect "Marit Solvane" Person worksFor "Brannick Lines" Company
expect "Taviel Orsund" Person founded "Coastal Dockers Federation" Organization
expect "Taviel Orsund" Person worksFor "Quarrin Ferry Company" Company

# Each name is one entity of one class: no person named after a company,
# no second node for the surname or the acronym.
for name in Orsund CDF federation firm company Brannick; do
  if cut -f 1,4 "$TMP/facts" | tr '\t' '\n' | grep -qxF -- "$name"; then
    fail "'$name' is an entity of its own; the facts were:
$(cat "$TMP/facts")"
  fi
done
grep -q $'^Brannick Lines\tPerson' "$TMP/facts" && fail "Brannick Lines typed Person"

cat >"$TMP/ostravia.txt" <<'EOF'
Ostravian minister visits the coast

Ostravia closed its northern border on Monday. Ostravian President Oskar Dunne said the Ostravian government would reopen it in May. The announcement was made by Ostravian Interior Minister Lida Marrow in Kelsa, Ostravia.

Tomas Brenn, a member of Valdren since 2009, was arrested on Tuesday. A group calling itself Kesh Tavor claimed responsibility for the protest.
EOF

fg -q -f tsv "$TMP/ostravia.txt"
expect_status 0 "the invented country"
cut -f 1-5 "$TMP/stdout" >"$TMP/facts"
expect "Oskar Dunne" Person holdsPosition Ostravia Country
expect "Lida Marrow" Person holdsPosition Ostravia Country
expect "Ostravian government" GovernmentBody partOf Ostravia Country
expect Kelsa Place locatedIn Ostravia Country
expect "Tomas Brenn" Person memberOf Valdren Organization
grep -q $'^Kesh Tavor\tOrganization' "$TMP/facts" ||
  fail "Kesh Tavor is no organisation; the facts were:
$(cat "$TMP/facts")"
# the adjective is the country's, never a name of its own
if cut -f 1,4 "$TMP/facts" | tr '\t' '\n' | grep -qxE "Ostravian|Ostravian Interior"; then
  fail "the adjective is an entity of its own; the facts were:
$(cat "$TMP/facts")"
fi

# A title with no country of its own takes none the text gives another
# holder ("President A of Y ... President B") or names as the other side
# ("accused neighbouring Y"); a silent rule case cannot say "not this
# pair", so the pairs are checked here.
cat >"$TMP/summit.txt" <<'EOF'
Two presidents meet at the border

President Ada Lind of Velmar met President Oren Pask on Monday. Velmar will open an embassy. President Oren Pask praised the talks. Later, President Oren Pask accused neighbouring Velmar of spying.
EOF

fg -q -f tsv "$TMP/summit.txt"
expect_status 0 "the summit article"
cut -f 1-5 "$TMP/stdout" >"$TMP/facts"
expect "Ada Lind" Person holdsPosition Velmar Country
if grep -q $'^Oren Pask\tPerson\tholdsPosition\tVelmar' "$TMP/facts"; then
  fail "Oren Pask given Velmar's presidency; the facts were:
$(cat "$TMP/facts")"
fi
exit 0
