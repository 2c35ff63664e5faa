/* SPDX-License-Identifier: MIT */
/* Repairs of the parser's output for constructions news writes often and
 * the treebanks seldom, run by the pipeline after the parser (the models
 * and `fg-parse eval` do not depend on them). */
#ifndef FG_PARSE_REPAIR_H
#define FG_PARSE_REPAIR_H

#include <stdbool.h>
#include <stddef.h>

#include "nlp/word.h"

/* "X, who founded Y in 1990, lives in Z.": a greedy parse that closes
 * the relative clause too late hangs the main verb inside it (a conjunct
 * of "founded") and leaves the subject the root. When the root is a
 * nominal whose relative clause opens after a comma, and a verb after a
 * later comma inside that clause has no subject, coordinator or other
 * verb after it, that verb becomes the root with the nominal as its
 * subject. words[0..n) with 1-based heads; true when the tree changed. */
bool fg_parse_repair_relative_subject(FgWord *words, size_t n);

/* The parser, which may attach any word to any other, hangs a word on a
 * punctuation mark now and then (about 30 words of EWT dev's 25,000;
 * "The victim, Tara Doyle, ..." with "Tara" an apposition of the comma),
 * which no treebank tree does. Such a word takes the mark's nearest
 * ancestor that is no punctuation, with its relation. So with a case
 * marker: a nominal right after it and hung on it ("for Brevik Air" with
 * "Brevik" the apposition of "for") heads the phrase, which hangs on the
 * nearest noun, name or verb before; and a case marker in a content
 * word's place ("married to the singer Y" with "to" an oblique, "the" its
 * conjunct) gives that place to the nominal after it, past its
 * premodifiers and possessors. Run first. True when the tree changed. */
bool fg_parse_repair_punct_heads(FgWord *words, size_t n);

/* "X, who was married to the singer Y, lives in Z.": the parser may
 * read "the singer" as the subject of "lives", with "to" a case marker of
 * the verb, which no treebank tree has. A verb whose case marker opens
 * the phrase of its subject: that phrase is the prepositional phrase
 * ("to the singer Y"), hung on the verb's head, and the verb is left
 * without a subject, for the relative-clause repair above (run after
 * this one). True when the tree changed. */
bool fg_parse_repair_case_before_subject(FgWord *words, size_t n);

/* "Rebels of the X Movement seized the town.": a finite verb without a
 * subject that the parser hung on a nominal root as a modifier (nmod,
 * obl, dep; parataxis after the root's apposition: "The victim, X, was
 * shot"; acl when the verb itself is finite and the root has no copula,
 * expletive or case marker: "Negotiators met/acl behind closed doors"),
 * or inside the root's apposition after a comma ("X, a pilot for Y, lives
 * in Z" with "lives" under "pilot"), and whose phrase runs to the
 * sentence's end is the root, the nominal its subject. Run after the
 * case-marker repair, which leaves such verbs. True when the tree
 * changed. */
bool fg_parse_repair_verb_under_nominal(FgWord *words, size_t n);

/* "The man accused of murdering X, Y, appeared in court.": the parser
 * reads the participle after "the man" as the main verb and hangs the
 * real one on it as a conjunct with no "and". A past-tense root right
 * after its subject (a common noun with a determiner) and without an
 * object or a second subject after it, with such a conjunct (finite, no subject or coordinator of its
 * own, opening after a comma, running to the end): the conjunct is the
 * root with the noun its subject, and the participle the noun's clause
 * (`acl`, retagged VBN, passive). True when the tree changed. */
bool fg_parse_repair_reduced_relative(FgWord *words, size_t n);

/* "Soldiers led by Gen. X toppled President Y": the parser may make the
 * participle the root, with the noun before it its subject, and hang the
 * finite verb below the agent. A root participle (VBN, no auxiliary) with
 * a subject before it and an agent, and a finite verb after it without a
 * subject or coordinator of its own whose phrase runs to the end: the
 * verb is the root with the noun its subject, and the participle the
 * noun's clause (acl). True when the tree changed. */
bool fg_parse_repair_participle_root(FgWord *words, size_t n);

/* "Tom Abel, whose company makes boats, was elected mayor.": the parser
 * may make the relative clause's verb the root, with the name, "whose"
 * and "company" all its subjects and the main verb its conjunct. "whose"
 * is the possessor of the noun after it (nmod:poss), and after a comma
 * that noun's verb, read as an adverbial clause, conjunct, parataxis or
 * dep, is a relative clause of the nominal before the comma; and when the root
 * verb has a nominal subject set off before a comma and a relative word
 * ("who", "whom", "whose", "which") after that comma, and a conjunct that
 * is finite, has no subject or coordinator of its own, opens after a
 * comma and runs to the end, the conjunct is the root with the nominal
 * its subject and the root verb the nominal's relative clause. True when
 * the tree changed. */
bool fg_parse_repair_relative_root(FgWord *words, size_t n);

/* "The singer Ana Belo has cancelled her tour", "Ghanaian striker X has
 * joined Y": a name right after a common noun that a determiner, an
 * adjective or a possessor opens is that noun's apposition. The parser
 * makes them two subjects of one verb, or reads the name's verb as a
 * relative clause of the noun (the root, or a parataxis) though that
 * verb has an object of its own, so no gap a relative clause needs: the
 * verb takes the noun's place with the noun its subject. True when the
 * tree changed. */
bool fg_parse_repair_name_after_noun(FgWord *words, size_t n);

/* "A bomber attacked a church in the capital, Tarsk and killed 25
 * people.": the parser makes the name after the comma the subject of the
 * verb after "and", which no treebank tree does (a subject set off by a
 * comma right before "and" and its verb). The name is the apposition of
 * the nominal before the comma, and the verb the conjunct of the verb
 * that nominal hangs under. True when the tree changed. */
bool fg_parse_repair_name_before_and(FgWord *words, size_t n);

/* "Ivo Petrov, 44, of Rusel was shot.": news gives a person's age and
 * home town in commas after the name, which the treebanks have a handful
 * of times; the parser hangs the town on the verb (a second subject, an
 * oblique). A proper name, a comma, a number of at most three digits, a
 * comma, "of" or "from" and a proper name: the second name becomes an
 * `nmod` of the first, with the comma before "of" its punctuation, as
 * the treebanks annotate it. True when the tree changed. */
bool fg_parse_repair_age_and_home(FgWord *words, size_t n);
/* "Okafor, 48, previously worked at Y" read as the name's parataxis: the
 * clause's verb heads the sentence, the name its subject. */
bool fg_parse_repair_age_then_clause(FgWord *words, size_t n);
/* "A B of X and C D of Y": C D read as X's conjunct is A B's, with its
 * own "of" phrase. */
bool fg_parse_repair_name_of_list(FgWord *words, size_t n);
/* "German carmaker Falkner Motors said": a sentence-opening noun and the
 * name after it read as two subjects; the noun is the name's descriptor. */
bool fg_parse_repair_noun_and_name_subjects(FgWord *words, size_t n);

/* "German carmaker X said ...": an opening adjective the parser made the
 * root, before nouns, a name and the finite verb hung on it, gives the
 * root to the verb, the name as its subject and the nouns as the name's
 * descriptor. True when the tree changed. */
bool fg_parse_repair_opening_adjective_root(FgWord *words, size_t n);

/* "The man who shot Judge Ada Pruitt, Carl Voss, was sentenced.": a
 * person's name set off by commas after a clause that modifies a common
 * noun names that noun, but the parser hangs it on the nearest name,
 * inside the clause (one person's name is no apposition of another's). A
 * word the recognizer marked a person, in apposition to a proper noun
 * inside a clause (acl, acl:relcl) of a common noun, closed by a comma
 * the parser gave that noun or followed by the noun's own verb, becomes
 * the noun's apposition; a place after a place ("located in Tarsk,
 * Ostland,") stays. Run after the recognizer. True when the tree
 * changed. */
bool fg_parse_repair_clause_apposition(FgWord *words, size_t n);

/* "A spokesman for Velm Bank, Ana Roe, said", "recalled its ambassador
 * to Italy, Jan Brek,": a person's name set off by a comma after a role
 * noun's "for/of/to/at" phrase names the noun, but the parser hangs it on
 * the phrase's name. A word the recognizer marked a person, in apposition
 * to a name of another type whose phrase is the nmod of a common noun (or
 * the oblique right after its verb's object), closed by punctuation,
 * becomes the noun's apposition. Run after the recognizer. True when the
 * tree changed. */
bool fg_parse_repair_name_on_role_noun(FgWord *words, size_t n);

/* "Velm AG to buy Orvan Steel": a headline's name and infinitive with no
 * finite verb, which the parser reads as the name (root) with the verb
 * its clause (acl). The verb is the root and the name its subject, as the
 * treebanks annotate such headlines. True when the tree changed. */
bool fg_parse_repair_headline_infinitive(FgWord *words, size_t n);

/* "According to X, Y bought Z" read with "According" the root, X its
 * object and the clause hung on X (acl:relcl) or on "According": the
 * clause's verb is the root, X its oblique with "According to" as its
 * case marker, as the treebanks annotate it. True when the tree changed. */
bool fg_parse_repair_according_root(FgWord *words, size_t n);

/* "Germany's largest chemicals/appos maker/obj": a plural that a
 * determiner, a possessive or an adjective opens, read as governing the
 * singular noun right after it as an object (or a bare nmod), is that
 * noun's compound, and the noun takes the plural's place and modifiers.
 * True when the tree changed. */
bool fg_parse_repair_plural_compound(FgWord *words, size_t n);

/* The repairs above that need no entity types, in the order they build
 * on each other (punctuation first; the case marker before the
 * subjectless verbs it leaves; the relative clause before the roots
 * handed over). fg_parse_repair_clause_apposition runs after the
 * recognizer. */
void fg_parse_repair_tree(FgWord *words, size_t n);

/* "impose sanctions on Tolvia next month": the parser may read the name
 * before "next/last/this" and a time span as a compound of the span. When
 * a case marker opens the span's phrase, the name takes the span's place and relation, with what hung on the span
 * before it ("on"), and the span modifies the nearest verb above
 * (obl:tmod; nmod:tmod when there is none). True when the tree changed. */
bool fg_parse_repair_time_after_name(FgWord *words, size_t n);

/* "The parliament voted on Tuesday to ...": the parser may read "on" as
 * the verb's particle (compound:prt) and the day as a bare oblique. "on"
 * as a particle right before a day's or a month's name hung on the same
 * verb is that name's case marker, the name an oblique. True when the
 * tree changed. */
bool fg_parse_repair_particle_before_date(FgWord *words, size_t n);

/* "Shares fell after the company warned on profits": the parser may read
 * "after" as the case marker of "the company" and leave "warned" without
 * a subject. A conjunction that is also a preposition (after, before,
 * since, until, as, once, because, while, when) marking a nominal right
 * before a finite verb without a subject (or with the verb a finite
 * clause of the nominal: "after troops massed/acl along the border"): the
 * nominal is the verb's subject, the word its mark, and the clause an
 * adverbial clause of the
 * verb the phrase hung on (or the nearest verb above); when the nominal
 * already is the verb's subject, the word marks the verb. True when the
 * tree changed. */
bool fg_parse_repair_subordinate_clause(FgWord *words, size_t n);

/* "The X army invaded neighbouring Y": the parser may read a participle
 * English uses as an adjective (neighbouring, surrounding, warring,
 * ruling, opposing, outgoing) as an open clause of the verb with the noun
 * after it its object. When the verb has no object of its own, the noun
 * is the verb's object, the participle its modifier, and the participle's
 * other dependents the verb's. True when the tree changed. */
bool fg_parse_repair_participle_modifier(FgWord *words, size_t n);

/* "Militants loyal to X stormed Y": the parser may read "to" as the mark
 * of "stormed" with X its subject, under a nominal root. "to" never marks
 * a finite verb: the phrase after it is "to"'s object, hung where the verb
 * hung, and the verb becomes the root with the nominal its subject. True
 * when the tree changed. */
bool fg_parse_repair_to_before_subject(FgWord *words, size_t n);

/* "Born in Velmar in 1950, X studied at Y": an oblique inside the
 * participle that opens the sentence, before its comma, may be hung on the
 * main verb after the comma; it is the participle's (a phrase does not
 * reach across the comma that closes the fronted clause). True when the
 * tree changed. */
bool fg_parse_repair_fronted_participle_obl(FgWord *words, size_t n);

/* "Former President X died": an adjective that dates a title ("former",
 * "ex", "onetime") hung on the verb as an adverb belongs to the noun
 * phrase that starts right after it, as an amod of its first noun. True
 * when the tree changed. */
bool fg_parse_repair_former_on_verb(FgWord *words, size_t n);

/* "The suit filed by X against Y", "signed for X from Y": the parser
 * hangs the second prepositional phrase on the name of the verb's oblique
 * before it, though the two markers pair as roles of the verb (by/against;
 * for/from with a verb of moving between teams: sign, move, transfer,
 * switch, leave, join), or hangs a phrase on a day's or month's name ("sentenced X
 * on Friday for the murder of Y"; an "of" phrase stays). The phrase
 * becomes the verb's oblique ("from" on the object's name is left: "backed
 * X from the Y Party" is the person's). True when the tree changed. */
bool fg_parse_repair_role_phrase_on_oblique(FgWord *words, size_t n);

/* "named X as its new chief executive": the tagger reads the noun after
 * "chief" as an adjective ending the phrase. An adjective hung on "chief"
 * right before it, with nothing else of "chief"'s after it, is the
 * phrase's head noun, "chief" its modifier; so an adjective ending the
 * sentence's phrase with "chief" its subject and "as" its mark ("as"
 * then the noun's case marker, the noun an oblique); and "chief" an
 * adjective of an adjective in a nominal's place is retagged only. True
 * when the tree changed. */
bool fg_parse_repair_chief_noun(FgWord *words, size_t n);

/* "X, whom Y fired in May, joined Z" / "X, whose husband Y founded Z,
 * died": the parser makes the relative word after the comma the subject
 * of the main verb, hangs the relative clause on it and the main verb on
 * the nominal root. The clause becomes the nominal's relative clause
 * (the pronoun its object or subject; "whose" the possessor of the noun
 * after it, that noun the clause's subject and a name after it its
 * apposition), and the main verb the root with the nominal its subject;
 * so when "whom" or "which" is the object of a clause hung on the nominal
 * root as a parataxis whose conjunct after a comma is the main verb, or
 * hung on the main verb (advcl, parataxis, dep) right after its
 * subject's comma (then only the clause moves, to the subject).
 * Run before the repairs of verbs under nominals. True when the tree
 * changed. */
bool fg_parse_repair_pronoun_subject(FgWord *words, size_t n);

/* "Jon Arbel, whose wife Mira Arbel founded Y, died": the parser may make
 * both the noun after "whose" and the name after it subjects of the
 * clause's verb. The name is the noun's apposition. True when the tree
 * changed. */
bool fg_parse_repair_whose_noun_name(FgWord *words, size_t n);

/* "Vessa Airlines flight attendant Ana Kree was hurt", "Drelco chief
 * executive Ivo Marsk said": names, a title's nouns and adjectives, a
 * person's name of two words or more, then its verb (or an adverb of it),
 * hung apart (the parser often makes the first name and the title or the
 * person two subjects) with one head outside them that takes one of them as
 * its subject (and nothing else of the sentence inside them), are one
 * phrase: the first name a compound of the title's noun, that noun the
 * person's descriptor, the person the subject. True when the tree
 * changed. */
bool fg_parse_repair_titled_name(FgWord *words, size_t n);

/* "guilty of killing his partner, Dean Ashby": a verb has no apposition;
 * one after a comma that ends the verb's object's phrase is the object's.
 * True when the tree changed. */
bool fg_parse_repair_apposition_on_verb(FgWord *words, size_t n);

/* "his wife, A, and two sons, B and C": the parser may hang the second
 * apposition on the first conjunct; an apposition after a comma that
 * ends a later conjunct's phrase is that conjunct's. True when the tree
 * changed. */
bool fg_parse_repair_apposition_on_conjunct(FgWord *words, size_t n);

/* "sold the firm to Arbor Group": the parser may hang the "to" phrase on
 * the object; with a verb of giving (sell, transfer, hand, lease, cede)
 * it names who receives the object, the verb's oblique. True when
 * the tree changed. */
bool fg_parse_repair_recipient_on_object(FgWord *words, size_t n);

/* "convicted Ada Moss of the murder of Y": the parser may hang the "of"
 * (or "with") phrase on the object's name; with a verb of accusing
 * (convict, accuse, charge, acquit, suspect, indict, clear) a common
 * noun's phrase is the verb's oblique. True when the tree changed. */
bool fg_parse_repair_charge_on_name(FgWord *words, size_t n);

/* "Y was shot dead by A in Lisk": the parser hangs the place's "in"
 * phrase on the passive's agent name, where a name takes none; it is the
 * passive verb's (also through "dead" or another predicate adjective).
 * True when the tree changed. */
bool fg_parse_repair_place_on_agent(FgWord *words, size_t n);

/* "X announced Monday that it had bought Y": the parser takes the day
 * right after the verb (a weekday, "today", "yesterday") as its object
 * with the "that" clause hung on it (acl; acl:relcl with "that" its
 * subject), or as the clause's subject. With no determiner on the day and
 * a subject of the clause's own, the day is the verb's obl:unmarked and
 * the clause its ccomp, "that" the mark. True when the tree changed. */
bool fg_parse_repair_day_before_clause(FgWord *words, size_t n);

/* "X bought its rival, Y Ltd., last year": the parser hangs the name set
 * off by commas as the apposition of the time noun after it ("year"
 * after "last", "next", "this"...) rather than of the common noun right
 * before its first comma, a dependent of the same verb: the name becomes
 * that noun's apposition. True when the tree changed. */
bool fg_parse_repair_apposition_on_time(FgWord *words, size_t n);

/* "Last month, Y's minister, X, visited Z": the parser makes the time
 * phrase that opens the sentence the verb's subject and the subject its
 * apposition ("Last week X met Y": the name's nmod:desc). The time noun
 * is the verb's obl:unmarked and the apposition its subject. True when
 * the tree changed. */
bool fg_parse_repair_opening_time_subject(FgWord *words, size_t n);

/* "X died of cancer in a hospital in Lisk": the parser hangs the "in"
 * (or "at") phrase on the cause of death; it is the verb's, where the
 * death took place. True when the tree changed. */
bool fg_parse_repair_place_on_cause(FgWord *words, size_t n);

/* "Gunmen seized X, a priest, in the town of Y": the parser hangs the
 * "in" (at, near, on) phrase set off by the comma that closes the
 * apposition on its noun; it is the verb's, where the event took place,
 * not where the priest works or lives. True when the tree changed. */
bool fg_parse_repair_scene_after_apposition(FgWord *words, size_t n);

/* "X pleaded guilty to the murder of Y": the parser hangs the "to" phrase
 * on the verb; it is what the plea's "guilty" admits, as in "found guilty
 * of the murder of Y". True when the tree changed. */
bool fg_parse_repair_plea_on_guilty(FgWord *words, size_t n);

/* "Corvo will not buy Pelican Air, its chief executive, Dag Holm, said":
 * the parser may hang the speaker's title on the object before it as an
 * apposition. A common noun whose possessor "its" or "their" opens a phrase
 * after a comma, followed (after a comma) by "say", "tell" or "add" without
 * a subject, is that verb's subject. True when the tree changed. */
bool fg_parse_repair_possessive_speaker(FgWord *words, size_t n);

/* "The woman who shot X in 2003, Greta Vahl, was released": the parser
 * may make the name after the clause a second subject of the main verb.
 * A proper noun subject set off by commas right after the phrase of the
 * verb's first subject, a common noun with a clause, is that noun's
 * apposition. True when the tree changed. */
bool fg_parse_repair_second_subject(FgWord *words, size_t n);

/* "The vote came a day after X, who took office in May, met Y": the
 * parser may hang the name after a subordinating conjunction (after,
 * before, since, when...) that marks a verb without a subject on that
 * conjunction as an apposition. The name, followed only by its own
 * phrase, commas and the verb's words, is the verb's subject, and a
 * conjunct so marked is an adverbial clause. True when the tree changed. */
bool fg_parse_repair_subject_after_subordinator(FgWord *words, size_t n);

/* "Speaking in Lyon, X, the head of Y, said ...": the parser may read
 * the name after the comma that closes an opening participle clause as a
 * conjunct or apposition inside that clause, leaving the main verb
 * without a subject. A proper noun that opens after a comma inside the
 * clause, followed by nothing but commas and appositions up to a main
 * verb without a subject, is that verb's subject, and those appositions
 * are the name's. True when the tree changed. */
bool fg_parse_repair_opening_participle_subject(FgWord *words, size_t n);

/* "X, who was the chairman of Y until 2015, now runs Z": the parser may
 * read the predicate noun of a relative clause with a copula as a second
 * subject of the main verb (with "who" and "was" its own). Such a noun,
 * whose relative pronoun opens after a comma right after the verb's first
 * subject, heads a relative clause of that subject. True when the tree
 * changed. */
bool fg_parse_repair_copular_relative_subject(FgWord *words, size_t n);

/* "X was among those killed in Y": the parser may read the finite "be"
 * as a modifier of the name at the root, with the "among" phrase its
 * dependent. That phrase is the root, "be" its copula and the name its
 * subject, as in "X was among the people killed". True when the tree
 * changed. */
bool fg_parse_repair_copula_among(FgWord *words, size_t n);

/* "X was not born in A, as was reported, but in B": the parser may hang
 * the second case phrase on the coordinator, which has no dependents in a
 * treebank tree. A case phrase on a coordinator of a verb becomes the
 * conjunct of the verb's nearest case phrase before the coordinator, with
 * the coordinator its own, as in "not in A but in B"; with no such phrase
 * before it, an oblique of the verb. True when the tree changed. */
bool fg_parse_repair_phrase_on_coordinator(FgWord *words, size_t n);

/* "X's owner, the businessman Y, was arrested": the parser may make the
 * determined noun of a name, set off by commas, a second subject of the
 * verb (or the first noun a bare oblique). The noun phrase is the
 * apposition of the first subject, which keeps (or takes) the subject's
 * relation. True when the tree changed. */
bool fg_parse_repair_apposed_subject(FgWord *words, size_t n);

/* "X, whose owner is the investor Y, sold its plant": the parser may
 * make the copular whose-clause the subject of the verb after it, with
 * the name before the clause its dependent. The clause is the name's
 * relative clause and the name the verb's subject. True when the tree
 * changed. */
bool fg_parse_repair_whose_clause_subject(FgWord *words, size_t n);

/* "Gunmen shot dead the journalist X", "stabbed to death the priest X":
 * the parser may hang the object on the adjective (or the noun) right
 * after the verb, its secondary predicate (xcomp), which takes no object. The object is the verb's, as the treebanks have
 * it ("pushed open the door"). True when the tree changed. */
bool fg_parse_repair_object_on_predicate_adjective(FgWord *words, size_t n);

/* "X, who works for Y, was arrested": the parser may read the
 * preposition closing a relative clause as the subordinator of the main
 * verb, with its noun the verb's subject. When that noun's phrase is
 * closed by a comma before the verb, the noun is the relative clause's
 * oblique (the preposition its case word) and the verb the root, with
 * the root nominal its subject. True when the tree changed. */
bool fg_parse_repair_preposition_as_subordinator(FgWord *words, size_t n);

/* "X was set up by the late industrialist Hans Kessler in 1987": the
 * parser makes the noun the passive's agent and the name right after it
 * a bare oblique of the same verb; the name is the noun's apposition (or,
 * the noun bare but for adjectives, the agent the noun describes). True
 * when the tree changed. */
bool fg_parse_repair_name_after_agent(FgWord *words, size_t n);

/* "A court found X guilty of Y", "X was found guilty by a court in Z":
 * the tagger may read "guilty" as a noun, which the parser makes the
 * verb's object, with X its compound and the "by" phrase its modifier.
 * "guilty" is the verb's complement (xcomp), X the object and the "by"
 * phrase of a passive its agent. True when the tree changed. */
bool fg_parse_repair_verdict_complement(FgWord *words, size_t n);

/* "X's wife and business partner, Y, said": the parser makes the first
 * noun the subject of the last (no copula between), the modifier before
 * that noun the first one's conjunct. The first noun takes the last
 * one's place, the last becomes its conjunct with the modifier its
 * compound, and the words after the pair go to the first noun. True
 * when the tree changed. */
bool fg_parse_repair_noun_pair_as_clause(FgWord *words, size_t n);

/* "X died Sunday in Y.", "was arrested Friday at his home in Y": wire
 * copy puts a bare date between a verb and its place, and the parser
 * hangs the place on the date (nmod of an obl:unmarked "Sunday"). A case
 * phrase (not "of") under a bare day or month name, or a month's day
 * number ("Dec. 3"), that is a verb's bare obl or object, or the
 * apposition with no comma of its oblique ("died of cancer Sunday in
 * Y"), is the verb's obl. True when the tree changed. */
bool fg_parse_repair_place_on_date(FgWord *words, size_t n);

/* "Police arrested X and charged him with theft.": the parser may read
 * the first verb as a participle clause of the subject (acl, VBN) and
 * make the second the root. A past participle right after the subject of
 * a finite verb, with an object of its own and that verb coordinated
 * after it (its "and" after the participle's phrase), is the finite verb
 * of the subject, and the later verb its conjunct. True when the tree
 * changed. */
bool fg_parse_repair_participle_before_conjunct(FgWord *words, size_t n);

/* "Gunmen shot dead Ike Morrow in Savoy.": the parser may read the name
 * as the apposition of "dead" (xcomp of "shot"). An adjective right
 * after its verb with an apposition after it and no comma between, the
 * verb having no object: the apposition is the verb's object. True when
 * the tree changed. */
bool fg_parse_repair_object_after_result(FgWord *words, size_t n);

/* "Ana Kroll and Tom Brek, both former executives at Y, founded Z.": the
 * parser may make the names the root, the verb their parataxis and the
 * noun set off by commas after them the verb's subject. A proper-noun
 * root whose phrase ends at a comma, with a finite parataxis verb after
 * it whose nominal subject (no pronoun) fills the stretch between that
 * comma and one before the verb: the verb becomes the root, the names its
 * subject and the noun their apposition. True when the tree changed. */
bool fg_parse_repair_apposition_as_subject(FgWord *words, size_t n);

/* "A jury convicted Rick Dawes, a former Vanta Energy trader, of fraud.":
 * the parser may hang the noun set off by commas after the object's name
 * on the verb as a bare oblique, and the verb's own phrase after the next
 * comma on that noun. A determined noun with no case marker, the verb's
 * obl, whose phrase opens at a comma right after the verb's object name,
 * is that name's apposition; its phrases after a comma inside it go back
 * to the verb as obliques. True when the tree changed. */
bool fg_parse_repair_apposition_as_oblique(FgWord *words, size_t n);

/* "X was jailed for the murder of his wife, Ana Royce.": the parser may
 * hang the name set off by a comma on the noun that the "of" phrase
 * modifies. A proper-noun apposition of word h whose phrase opens at a
 * comma right after an "of" phrase on h with a possessor ("of his wife",
 * "of the firm's founder") is the apposition of that phrase's noun, the
 * nearest. True when the tree changed. */
bool fg_parse_repair_apposition_after_possessed(FgWord *words, size_t n);

/* "X was sworn in as Kenya's first female prime minister": with "female"
 * tagged a noun, the parser may hang the possessor on it, an adjectival
 * modifier (amod) of the noun after it. A possessor whose head is a noun
 * hung as amod after it is the possessor of the noun that word modifies.
 * True when the tree changed. */
bool fg_parse_repair_possessor_on_modifier(FgWord *words, size_t n);

/* "X became Y's president in 2019": the parser may hang the predicate
 * noun of "become" or "remain" as a bare oblique (no case word); with no
 * object or xcomp of the verb's own it is the verb's xcomp. True when the
 * tree changed. */
bool fg_parse_repair_predicate_of_become(FgWord *words, size_t n);

/* "The board named X Y chairman": the parser may hang the name as the
 * post's compound; after a verb that appoints (appoint, name, elect ...)
 * with no xcomp, the name is the object and the post its xcomp. True
 * when the tree changed. */
bool fg_parse_repair_name_before_post(FgWord *words, size_t n);

/* "named veteran diplomat X as its ambassador": an "as" phrase the parser
 * hung on the object of a verb that appoints (or on a name in the
 * object's phrase) is the verb's oblique. True when the tree changed. */
bool fg_parse_repair_post_on_object(FgWord *words, size_t n);

/* "heads the X branch of Y": an "of" phrase with a name that the parser
 * hung on the verb right after its object is the object's, unless the verb takes one of
 * its own ("accused X of", "informed X of"). True when the tree changed. */
bool fg_parse_repair_of_phrase_on_object(FgWord *words, size_t n);

/* "its Danish rival/NN Skyline/obj": a noun takes no object; a name right
 * after a singular noun that the parser made its object is its apposition
 * (a plural may be a verb the tagger missed: "interviews/NNS X"). True
 * when the tree changed. */
bool fg_parse_repair_object_of_noun(FgWord *words, size_t n);

#endif
