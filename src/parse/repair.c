/* SPDX-License-Identifier: MIT */
#include "parse/repair.h"

#include <string.h>
#include <strings.h>

/* Longer sentences were parsed in pieces; the walk up the heads below
 * costs up to the sentence's length per word, so they are left alone. */
#define REPAIR_MAX_WORDS 256

/* Word w carries the XPOS tag x. */
static bool xpos_is(const FgWord *w, const char *x) { return w->xpos && strcmp(w->xpos, x) == 0; }

/* Word k (1-based). */
static FgWord *at(FgWord *words, size_t k) { return &words[k - 1]; }

static bool is_comma(const FgWord *w) { return w->form_len == 1 && w->form[0] == ','; }

static bool rel_is(const FgWord *w, const char *rel) {
  return w->deprel && strcmp(w->deprel, rel) == 0;
}

static bool rel_starts(const FgWord *w, const char *prefix) {
  return w->deprel && strncmp(w->deprel, prefix, strlen(prefix)) == 0;
}

static bool finite(const FgWord *w) { return w->feats && strstr(w->feats, "VerbForm=Fin"); }

/* Word k lies in the subtree of word a (a itself included). */
static bool under(FgWord *words, size_t n, size_t k, size_t a) {
  for (size_t steps = 0; k && steps <= n; steps++, k = at(words, k)->head)
    if (k == a)
      return true;
  return false;
}

/* The first word of word k's subtree. */
static size_t subtree_start(FgWord *words, size_t n, size_t k) {
  for (size_t j = 1; j < k; j++)
    if (under(words, n, j, k))
      return j;
  return k;
}

/* The dependent of word h with relation rel (its prefix), or 0. */
static size_t child_with(FgWord *words, size_t n, size_t h, const char *rel) {
  for (size_t k = 1; k <= n; k++)
    if (at(words, k)->head == h && rel_starts(at(words, k), rel))
      return k;
  return 0;
}

/* The first word of word k's phrase past a comma that opens it (the
 * parser may hang that comma inside the phrase or before it). */
static size_t start_past_comma(FgWord *words, size_t n, size_t k) {
  size_t start = subtree_start(words, n, k);
  return is_comma(at(words, start)) ? start + 1 : start;
}

/* A comma opens word k's phrase: its first word, or the word before it. */
static bool opens_after_comma(FgWord *words, size_t n, size_t k) {
  size_t start = start_past_comma(words, n, k);
  return start > 1 && is_comma(at(words, start - 1));
}

/* Verb v stands alone: finite itself or through an
 * auxiliary ("was abducted"), with no subject or coordinator of its own
 * (", and lives in Z" is a conjunct of the clause). */
static bool bare_verb(FgWord *words, size_t n, size_t v) {
  FgWord *w = at(words, v);
  if (w->upos != FG_UPOS_VERB)
    return false;
  bool fin = finite(w);
  for (size_t k = 1; k <= n; k++) {
    FgWord *c = at(words, k);
    if (c->head != v)
      continue;
    if (rel_starts(c, "nsubj") || rel_starts(c, "csubj") || rel_is(c, "expl") ||
        rel_is(c, "cc"))
      return false;
    if ((rel_is(c, "aux") || rel_is(c, "aux:pass")) && finite(c))
      fin = true;
  }
  return fin;
}

/* The last bare verb after the relative clause's head inside its subtree
 * whose phrase opens after a comma and runs to the sentence's end
 * (punctuation aside), or 0. */
static size_t main_verb_inside(FgWord *words, size_t n, size_t rel) {
  size_t found = 0;
  for (size_t v = rel + 1; v <= n; v++) {
    if (!under(words, n, v, rel) || !bare_verb(words, n, v))
      continue;
    /* its phrase ("is based", "later died") opens after a comma */
    size_t lo = v;
    for (size_t k = rel + 1; k < v && lo == v; k++)
      if (under(words, n, k, v))
        lo = k;
    if (!is_comma(at(words, lo)) && !is_comma(at(words, lo - 1)))
      continue;
    bool to_end = true;
    for (size_t k = v + 1; k <= n && to_end; k++)
      to_end = under(words, n, k, v) || at(words, k)->upos == FG_UPOS_PUNCT;
    if (to_end)
      found = v;
  }
  return found;
}

/* Verb c becomes the root with word s its subject (passive with a
 * passive auxiliary), and the old root r the dependent of word to with
 * relation rel (r == s: r is only the subject); what hung from r after c
 * (the full stop) is c's now. */
static void hand_root_over(FgWord *words, size_t n, size_t r, size_t c, size_t s, size_t to,
                           const char *rel) {
  bool passive = false;
  for (size_t k = 1; k <= n; k++) {
    passive = passive || (at(words, k)->head == c && rel_is(at(words, k), "aux:pass"));
    if (k > c && at(words, k)->head == r)
      at(words, k)->head = (uint32_t)c;
  }
  at(words, c)->head = 0;
  at(words, c)->deprel = "root";
  if (r != s) {
    at(words, r)->head = (uint32_t)to;
    at(words, r)->deprel = rel;
  }
  at(words, s)->head = (uint32_t)c;
  at(words, s)->deprel = passive ? "nsubj:pass" : "nsubj";
}

/* The sentence's root when it is a nominal (noun, proper noun, pronoun),
 * else 0. */
static size_t nominal_root(FgWord *words, size_t n) {
  for (size_t k = 1; k <= n; k++)
    if (at(words, k)->head == 0) {
      FgUpos u = (FgUpos)at(words, k)->upos;
      return u == FG_UPOS_NOUN || u == FG_UPOS_PROPN || u == FG_UPOS_PRON ? k : 0;
    }
  return 0;
}

static bool attach_relative_after_comma(FgWord *words, size_t n);

bool fg_parse_repair_relative_subject(FgWord *words, size_t n) {
  if (n < 6 || n > REPAIR_MAX_WORDS)
    return false;
  /* "whose" clauses first: they may hang as parataxis until then */
  bool changed = attach_relative_after_comma(words, n);
  size_t root = nominal_root(words, n);
  if (!root)
    return changed;
  for (size_t rel = root + 1; rel <= n; rel++) {
    if (at(words, rel)->head != root || !rel_is(at(words, rel), "acl:relcl"))
      continue;
    size_t first = rel;
    for (size_t k = root + 1; k < rel && first == rel; k++)
      if (under(words, n, k, rel))
        first = k;
    /* the opening comma hangs from the clause or from the subject */
    if (!is_comma(at(words, first)) && (first < 2 || !is_comma(at(words, first - 1))))
      continue;
    size_t verb = main_verb_inside(words, n, rel);
    /* or the root's next clause with no subject ("X, who founded Y,
     * stepped/acl:relcl down") */
    size_t next = verb ? 0 : main_verb_inside(words, n, root);
    if (next > rel && at(words, next)->head == root && rel_is(at(words, next), "acl:relcl"))
      verb = next;
    if (!verb)
      continue;
    hand_root_over(words, n, root, verb, root, 0, NULL);
    return true;
  }
  return changed;
}

static bool form_is(const FgWord *w, const char *s) {
  size_t len = strlen(s);
  return w->form_len == len && strncasecmp(w->form, s, len) == 0;
}

/* An age: one to three digits. */
static bool is_age(const FgWord *w) {
  if (w->upos != FG_UPOS_NUM || w->form_len == 0 || w->form_len > 3)
    return false;
  for (uint32_t i = 0; i < w->form_len; i++)
    if (w->form[i] < '0' || w->form[i] > '9')
      return false;
  return true;
}

/* The first and last word of the run of proper nouns word k is in. */
static void name_run(FgWord *words, size_t n, size_t k, size_t *lo, size_t *hi) {
  *lo = *hi = k;
  while (*lo > 1 && at(words, *lo - 1)->upos == FG_UPOS_PROPN)
    (*lo)--;
  while (*hi < n && at(words, *hi + 1)->upos == FG_UPOS_PROPN)
    (*hi)++;
}

/* The head of the run of proper nouns word k is in: the word of the run
 * whose head lies outside it. */
static size_t name_head(FgWord *words, size_t n, size_t k) {
  size_t lo, hi;
  name_run(words, n, k, &lo, &hi);
  for (size_t steps = 0; steps <= hi - lo; steps++) {
    size_t h = at(words, k)->head;
    if (h < lo || h > hi)
      return k;
    k = h;
  }
  return k; /* a cycle inside the run cannot come from the parser */
}

/* Word k takes word to as its head with relation rel, unless that would
 * close a cycle; true when it moved. */
static bool move(FgWord *words, size_t n, size_t k, size_t to, const char *rel) {
  FgWord *w = at(words, k);
  if ((w->head == to && rel_is(w, rel)) || under(words, n, to, k))
    return false;
  w->head = (uint32_t)to;
  w->deprel = rel;
  return true;
}

/* Word age is an age set off by commas right after a name ("X, 48,"). */
static bool age_after_name(FgWord *words, size_t age) {
  return is_age(at(words, age)) && is_comma(at(words, age - 1)) &&
         is_comma(at(words, age + 1)) && at(words, age - 2)->upos == FG_UPOS_PROPN;
}

bool fg_parse_repair_age_and_home(FgWord *words, size_t n) {
  if (n < 6 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t age = 3; age + 3 <= n; age++) {
    if (!age_after_name(words, age) ||
        !(form_is(at(words, age + 2), "of") || form_is(at(words, age + 2), "from")) ||
        at(words, age + 3)->upos != FG_UPOS_PROPN)
      continue;
    size_t person = name_head(words, n, age - 2);
    size_t home = name_head(words, n, age + 3);
    if (at(words, age)->head != person)
      changed |= move(words, n, age, person, "nmod:unmarked");
    if (!move(words, n, home, person, "nmod"))
      continue;
    changed = true;
    move(words, n, age + 1, home, "punct");
    /* names coordinated after the town ("X, 22, of A and Y, 25, of B")
     * are the person's conjuncts */
    for (size_t k = home + 1; k <= n; k++)
      if (at(words, k)->head == home && rel_is(at(words, k), "conj"))
        move(words, n, k, person, "conj");
  }
  return changed;
}

/* "Okafor, 48, previously worked at Y": a name, its age set off by commas
 * and the clause after them, which the parser read as the name's
 * parataxis with the name its head (the root): the clause's verb (or its
 * copula's predicate) takes the name's place, the name its subject. Only
 * a clause with no subject of its own. */
bool fg_parse_repair_age_then_clause(FgWord *words, size_t n) {
  if (n < 6 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t age = 3; age + 2 <= n; age++) {
    if (!age_after_name(words, age))
      continue;
    size_t person = name_head(words, n, age - 2), v = 0;
    for (size_t k = age + 2; k <= n && !v; k++)
      if (at(words, k)->head == person && rel_is(at(words, k), "parataxis"))
        v = k;
    FgWord *clause = v ? at(words, v) : NULL;
    if (!clause || (clause->upos != FG_UPOS_VERB && !child_with(words, n, v, "cop")) ||
        child_with(words, n, v, "nsubj") || child_with(words, n, v, "csubj"))
      continue;
    clause->head = at(words, person)->head;
    clause->deprel = at(words, person)->deprel;
    bool passive = child_with(words, n, v, "aux:pass") != 0;
    at(words, person)->head = (uint32_t)v;
    at(words, person)->deprel = passive ? "nsubj:pass" : "nsubj";
    /* what hung on the name past the clause (the final stop) is the clause's */
    for (size_t k = v + 1; k <= n; k++)
      if (at(words, k)->head == person)
        at(words, k)->head = (uint32_t)v;
    changed = true;
  }
  return changed;
}

/* The "of" phrase (nmod with the case "of") on word h after word after,
 * or 0. */
static size_t of_phrase_after(FgWord *words, size_t n, size_t h, size_t after) {
  for (size_t k = after + 1; k <= n; k++) {
    FgWord *w = at(words, k);
    if (w->head != h || !rel_is(w, "nmod"))
      continue;
    for (size_t c = after + 1; c < k; c++)
      if (at(words, c)->head == k && rel_is(at(words, c), "case") && form_is(at(words, c), "of"))
        return k;
  }
  return 0;
}

/* The number of proper nouns in the run word k is in. */
static size_t name_length(FgWord *words, size_t n, size_t k) {
  size_t lo, hi;
  name_run(words, n, k, &lo, &hi);
  return hi - lo + 1;
}

/* "A B of X and C D of Y": the second name read as a conjunct of X,
 * the organisation of the first, with its own "of" phrase on it or on the
 * first name, is the first name's conjunct, and that phrase its own. Both
 * names have a person's length, two or three words (not "the Institute
 * of History and Philology of Y"). */
bool fg_parse_repair_name_of_list(FgWord *words, size_t n) {
  if (n < 8 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t c = 4; c <= n; c++) {
    FgWord *second = at(words, c);
    size_t org = second->head;
    if (second->upos != FG_UPOS_PROPN || !rel_is(second, "conj") || !org || org >= c ||
        !rel_is(at(words, org), "nmod") || at(words, org)->upos != FG_UPOS_PROPN ||
        !of_phrase_after(words, n, at(words, org)->head, 0))
      continue;
    size_t first = name_head(words, n, at(words, org)->head);
    size_t len1 = name_length(words, n, first), len2 = name_length(words, n, c);
    if (at(words, first)->upos != FG_UPOS_PROPN || first >= org || len1 < 2 || len1 > 3 ||
        len2 < 2 || len2 > 3)
      continue;
    /* the second name's "of" phrase: on it, or stray on a word of the first */
    size_t own = of_phrase_after(words, n, c, c), stray = 0, lo, hi;
    name_run(words, n, first, &lo, &hi);
    for (size_t k = lo; k <= hi && !own && !stray; k++)
      stray = of_phrase_after(words, n, k, c);
    if (!own && !stray)
      continue;
    second->head = (uint32_t)first;
    if (stray)
      move(words, n, stray, c, "nmod");
    changed = true;
  }
  return changed;
}

/* The common noun whose clause (acl, acl:relcl) word k is in, or 0. */
static size_t clause_noun(FgWord *words, size_t n, size_t k) {
  for (size_t steps = 0; k && steps <= n; steps++) {
    FgWord *w = at(words, k);
    if (w->head && (rel_is(w, "acl") || rel_is(w, "acl:relcl")))
      return at(words, w->head)->upos == FG_UPOS_NOUN && w->head < k ? w->head : 0;
    k = w->head;
  }
  return 0;
}

/* The last word of word k's subtree. */
static size_t subtree_end(FgWord *words, size_t n, size_t k) {
  size_t end = k;
  for (size_t j = k + 1; j <= n; j++)
    if (under(words, n, j, k))
      end = j;
  return end;
}

bool fg_parse_repair_clause_apposition(FgWord *words, size_t n) {
  if (n < 6 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t a = 2; a <= n; a++) {
    FgWord *w = at(words, a);
    /* the name hung on a name or a year ("killed X in 1978, Y,") */
    if (!rel_is(w, "appos") || w->ner_type != FG_NER_PERSON || !w->head || w->head > a ||
        (at(words, w->head)->upos != FG_UPOS_PROPN && at(words, w->head)->upos != FG_UPOS_NUM) ||
        !is_comma(at(words, a - 1)))
      continue;
    size_t noun = clause_noun(words, n, w->head);
    size_t end = subtree_end(words, n, a);
    /* the comma after the name closes the noun's phrase: the parser hung
     * it on the noun, or the noun's own verb follows it */
    if (!noun || end + 1 >= n || !is_comma(at(words, end + 1)) ||
        (at(words, end + 1)->head != noun && at(words, noun)->head != end + 2))
      continue;
    changed |= move(words, n, a, noun, "appos");
    at(words, a - 1)->head = (uint32_t)a;
  }
  return changed;
}

/* Word j is a modifier of a nominal (det, amod, compound, nummod). */
static bool nominal_modifier(const FgWord *w) {
  return rel_is(w, "det") || rel_is(w, "amod") || rel_is(w, "compound") || rel_is(w, "nummod");
}

/* The case marker of verb v that opens the phrase of v's subject s, with
 * nothing between but s's own words and modifiers the parser gave v ("to
 * the singer": "to" and "the" both on the verb), or 0. */
static size_t case_opening_subject(FgWord *words, size_t n, size_t v, size_t s) {
  for (size_t k = s; k-- > 1;) {
    FgWord *w = at(words, k);
    if (w->head == v && rel_is(w, "case"))
      return k;
    if (!under(words, n, k, s) && !(w->head == v && nominal_modifier(w)))
      return 0;
  }
  return 0;
}

bool fg_parse_repair_case_before_subject(FgWord *words, size_t n) {
  if (n < 6 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t v = 2; v <= n; v++) {
    FgWord *verb = at(words, v);
    if (verb->upos != FG_UPOS_VERB || !verb->head)
      continue;
    for (size_t s = 2; s < v; s++) {
      FgWord *subj = at(words, s);
      size_t k = subj->head == v && rel_starts(subj, "nsubj") ? case_opening_subject(words, n, v, s)
                                                              : 0;
      if (!k || !move(words, n, s, verb->head,
                      at(words, verb->head)->upos == FG_UPOS_VERB ? "obl" : "nmod"))
        continue;
      for (size_t j = k; j < s; j++)
        if (at(words, j)->head == v)
          at(words, j)->head = (uint32_t)s;
      changed = true;
    }
  }
  return changed;
}

/* Word root has an apposition before word v ("The victim, X, was shot"). */
static bool apposition_before(FgWord *words, size_t root, size_t v) {
  for (size_t k = root + 1; k < v; k++)
    if (at(words, k)->head == root && rel_is(at(words, k), "appos"))
      return true;
  return false;
}

/* Word v hangs inside an apposition of word root that opens before it
 * ("Tamsin Crowe, a pilot for X, lives in Y" with "lives" under "pilot"),
 * and a comma opens v's phrase. */
static bool inside_apposition(FgWord *words, size_t n, size_t root, size_t v) {
  if (!opens_after_comma(words, n, v))
    return false;
  for (size_t k = root + 1; k < v; k++)
    if (at(words, k)->head == root && rel_is(at(words, k), "appos") &&
        under(words, n, at(words, v)->head, k))
      return true;
  return false;
}

bool fg_parse_repair_verb_under_nominal(FgWord *words, size_t n) {
  size_t root = n >= 4 && n <= REPAIR_MAX_WORDS ? nominal_root(words, n) : 0;
  for (size_t v = root + 1; root && v <= n; v++) {
    FgWord *w = at(words, v);
    /* an acl only when finite itself, and the root no predicate or
     * phrase of its own ("Negotiators met/VBD behind ..."; not "There
     * was speculation about X developing/VBD", "From the amount of time
     * spent/VBD"); an apposition too when finite, which no nominal is
     * ("The ruling bars/appos the company from ...") */
    bool hung = w->upos == FG_UPOS_VERB &&
                (rel_is(w, "nmod") || rel_is(w, "obl") || rel_is(w, "dep") ||
                 rel_is(w, "parataxis") || (rel_is(w, "appos") && finite(w)) ||
                 (rel_is(w, "acl") && finite(w) && !child_with(words, n, root, "cop") &&
                  !child_with(words, n, root, "expl") && !child_with(words, n, root, "case")));
    if (!hung || !bare_verb(words, n, v))
      continue;
    bool placed = w->head == root ? !rel_is(w, "parataxis") || apposition_before(words, root, v)
                                  : inside_apposition(words, n, root, v);
    if (placed && subtree_end(words, n, v) >= n - 1) {
      hand_root_over(words, n, root, v, root, 0, NULL);
      return true;
    }
  }
  return false;
}

/* The word that stands for punctuation mark p heading a phrase ('ran "
 * Tolvik Freight"' with the quote the object and the name its
 * apposition): p's first dependent that is no punctuation, after p if
 * any, else 0. */
static size_t phrase_under_punct(FgWord *words, size_t n, size_t p) {
  size_t before = 0;
  for (size_t k = 1; k <= n; k++)
    if (at(words, k)->head == p && at(words, k)->upos != FG_UPOS_PUNCT) {
      if (k > p)
        return k;
      before = before ? before : k;
    }
  return before;
}

/* A nominal the parser hung on a case marker right before it ("a pilot
 * for Brevik Air, lives" with "Brevik" an apposition of "for", and "for"
 * a case marker of "lives"): the nominal heads the phrase, the marker is
 * its case, and the phrase hangs on the nearest noun, name or verb before
 * the marker (nmod on a nominal, obl on a verb). */
static bool nominal_under_case(FgWord *words, size_t n) {
  bool changed = false;
  for (size_t a = 2; a < n; a++) {
    size_t d = a + 1;
    FgWord *adp = at(words, a), *nom = at(words, d);
    if (adp->upos != FG_UPOS_ADP || !rel_is(adp, "case") || nom->head != a ||
        !(nom->upos == FG_UPOS_PROPN || nom->upos == FG_UPOS_NOUN) ||
        !(rel_is(nom, "appos") || rel_is(nom, "obj") || rel_is(nom, "nmod") ||
          rel_is(nom, "compound") || rel_is(nom, "flat") || rel_is(nom, "dep")))
      continue;
    size_t h = a - 1;
    while (h > 0 && !(at(words, h)->upos == FG_UPOS_NOUN || at(words, h)->upos == FG_UPOS_PROPN ||
                      at(words, h)->upos == FG_UPOS_PRON || at(words, h)->upos == FG_UPOS_VERB))
      h--;
    if (!h || !move(words, n, d, h, at(words, h)->upos == FG_UPOS_VERB ? "obl" : "nmod"))
      continue;
    move(words, n, a, d, "case");
    changed = true;
  }
  return changed;
}

/* The relation a word between a case marker and its nominal takes on
 * the nominal, by its part of speech; NULL for a word that is none of
 * a nominal's premodifiers. */
static const char *premodifier_rel(const FgWord *w) {
  switch (w->upos) {
  case FG_UPOS_DET:
    return "det";
  case FG_UPOS_ADJ:
    return "amod";
  case FG_UPOS_NUM:
    return "nummod";
  case FG_UPOS_PRON:
    return xpos_is(w, "PRP$") ? "nmod:poss" : NULL;
  case FG_UPOS_NOUN:
  case FG_UPOS_PROPN:
    return "compound";
  default:
    return NULL;
  }
}

/* A possessive ending ("'s", "'"). */
static bool possessive(const FgWord *w) {
  return w->upos == FG_UPOS_PART && (form_is(w, "'s") || form_is(w, "'"));
}

/* The nominal a case marker a in a content word's place stands for:
 * the first noun or name after it in its subtree, past premodifiers and
 * possessors ("for the Velm Brotherhood's newspaper": newspaper), followed
 * up its compound chain ("to the Elm Street School": School); 0 when
 * there is none. */
static size_t nominal_after_case(FgWord *words, size_t n, size_t a) {
  for (size_t c = a + 1;;) {
    while (c <= n && under(words, n, c, a) && premodifier_rel(at(words, c)) &&
           at(words, c)->upos != FG_UPOS_NOUN && at(words, c)->upos != FG_UPOS_PROPN)
      c++;
    if (c > n || !under(words, n, c, a) ||
        !(at(words, c)->upos == FG_UPOS_NOUN || at(words, c)->upos == FG_UPOS_PROPN))
      return 0;
    while (rel_is(at(words, c), "compound") && at(words, c)->head > c &&
           under(words, n, at(words, c)->head, a))
      c = at(words, c)->head;
    size_t end = c + 1;
    while (end <= n && at(words, end)->head == c && rel_is(at(words, end), "flat"))
      end++;
    if (end > n || !possessive(at(words, end)))
      return c;
    c = end + 1;
  }
}

/* A case marker the parser put in a content word's place ("married to
 * the singer Y" with "to" an oblique of "married", "the" its conjunct
 * and "singer" the conjunct's): the nominal after it takes its place,
 * the marker is its case, the words between are its premodifiers, and
 * what hung on the marker or on them hangs on the nominal. A root marker
 * ("Of course", "I'll be in tomorrow") is left alone. */
static bool case_in_nominal_place(FgWord *words, size_t n) {
  bool changed = false;
  for (size_t a = 1; a < n; a++) {
    FgWord *adp = at(words, a);
    if (adp->upos != FG_UPOS_ADP || !adp->head ||
        !(rel_starts(adp, "obl") || rel_starts(adp, "nmod") || rel_is(adp, "obj") ||
          rel_is(adp, "conj") || rel_is(adp, "appos") || rel_is(adp, "dep")))
      continue;
    size_t c = nominal_after_case(words, n, a);
    if (!c)
      continue;
    FgWord *nom = at(words, c);
    nom->head = adp->head;
    nom->deprel = adp->deprel;
    adp->head = (uint32_t)c;
    adp->deprel = "case";
    /* words between hung on the marker or outside the phrase; those on
     * another word of the phrase ("Velm" on "Brotherhood") keep it */
    for (size_t k = a + 1; k < c; k++) {
      FgWord *w = at(words, k);
      const char *rel = premodifier_rel(w);
      if (w->head == a || w->head < a || w->head > c)
        move(words, n, k, c, rel ? rel : w->deprel);
    }
    for (size_t k = 1; k <= n; k++)
      if ((k < a || k > c) && at(words, k)->head >= a && at(words, k)->head < c)
        move(words, n, k, c, at(words, k)->deprel);
    changed = true;
  }
  return changed;
}

bool fg_parse_repair_punct_heads(FgWord *words, size_t n) {
  if (n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  /* a mark in a word's place (a subject, an object): the word under it
   * takes that place, and the mark and its other dependents go to it */
  for (size_t p = 1; p <= n; p++) {
    FgWord *mark = at(words, p);
    size_t c = mark->upos == FG_UPOS_PUNCT && !rel_is(mark, "punct") && mark->head
                   ? phrase_under_punct(words, n, p)
                   : 0;
    if (!c)
      continue;
    at(words, c)->head = mark->head;
    at(words, c)->deprel = mark->deprel;
    for (size_t k = 1; k <= n; k++)
      if (at(words, k)->head == p && k != c)
        at(words, k)->head = (uint32_t)c;
    mark->head = (uint32_t)c;
    mark->deprel = "punct";
    changed = true;
  }
  changed |= nominal_under_case(words, n);
  changed |= case_in_nominal_place(words, n);
  /* a word hung on a mark: the mark's nearest ancestor that is no
   * punctuation */
  for (size_t k = 1; k <= n; k++) {
    FgWord *w = at(words, k);
    size_t h = w->head;
    if (w->upos == FG_UPOS_PUNCT || !h || at(words, h)->upos != FG_UPOS_PUNCT)
      continue;
    for (size_t steps = 0; h && at(words, h)->upos == FG_UPOS_PUNCT && steps <= n; steps++)
      h = at(words, h)->head;
    if (h && h != k && !under(words, n, h, k)) {
      w->head = (uint32_t)h;
      changed = true;
    }
  }
  return changed;
}

/* The finite conjunct of word r with no subject or coordinator, opening
 * after a comma and running to the sentence's end (its full stop aside),
 * or 0. */
static size_t main_verb_conjunct(FgWord *words, size_t n, size_t r) {
  for (size_t c = r + 1; c <= n; c++)
    if (at(words, c)->head == r && rel_is(at(words, c), "conj") && bare_verb(words, n, c) &&
        opens_after_comma(words, n, c) && subtree_end(words, n, c) >= n - 1)
      return c;
  return 0;
}

bool fg_parse_repair_reduced_relative(FgWord *words, size_t n) {
  size_t r = n >= 6 && n <= REPAIR_MAX_WORDS ? child_with(words, n, 0, "root") : 0;
  FgWord *verb = r ? at(words, r) : NULL;
  size_t s = r ? child_with(words, n, r, "nsubj") : 0;
  if (!s || verb->upos != FG_UPOS_VERB || !verb->xpos || strcmp(verb->xpos, "VBD") != 0 ||
      at(words, s)->upos != FG_UPOS_NOUN || !child_with(words, n, s, "det") ||
      subtree_end(words, n, s) + 1 != r || child_with(words, n, r, "obj"))
    return false;
  /* a second subject after it ("... , continued the agency") makes it
   * finite */
  for (size_t k = r + 1; k <= n; k++)
    if (at(words, k)->head == r && rel_starts(at(words, k), "nsubj"))
      return false;
  size_t c = main_verb_conjunct(words, n, r);
  if (!c)
    return false;
  hand_root_over(words, n, r, c, s, s, "acl");
  verb->xpos = "VBN";
  verb->feats = "Tense=Past|VerbForm=Part|Voice=Pass";
  return true;
}

/* The name whose words end at word e (its flat or compound words hung on
 * a later head of the run), climbing to that head. */
static size_t name_ending_at(FgWord *words, size_t e, size_t limit) {
  while (e && (rel_is(at(words, e), "flat") || rel_is(at(words, e), "compound")) &&
         at(words, e)->head < limit)
    e = at(words, e)->head;
  return e;
}

static bool relative_word(const FgWord *w) {
  return form_is(w, "who") || form_is(w, "whom") || form_is(w, "whose") || form_is(w, "which");
}

/* Nominal a, which hangs on a word before it, is an "of" phrase: "of"
 * is its case marker. */
static bool of_phrase(FgWord *words, size_t n, size_t a) {
  for (size_t k = at(words, a)->head + 1; k < a && k <= n; k++)
    if (at(words, k)->head == a && rel_is(at(words, k), "case") && form_is(at(words, k), "of"))
      return true;
  return false;
}

/* "whose company": "whose" as the possessor of the first noun after it;
 * and a relative clause after a comma that the parser hung on a verb is
 * the nominal's before the comma. */
static bool attach_relative_after_comma(FgWord *words, size_t n) {
  bool changed = false;
  for (size_t k = 1; k < n; k++) {
    /* "X met Y, who founded/parataxis Z": "who" or "which" as the
     * clause's subject */
    size_t subject = k;
    if (form_is(at(words, k), "whose")) {
      size_t noun = k + 1;
      while (noun <= n && at(words, noun)->upos == FG_UPOS_ADJ)
        noun++;
      if (noun > n ||
          (at(words, noun)->upos != FG_UPOS_NOUN && at(words, noun)->upos != FG_UPOS_PROPN))
        continue;
      changed |= move(words, n, k, noun, "nmod:poss");
      subject = noun;
    } else if (!form_is(at(words, k), "who") && !form_is(at(words, k), "which")) {
      continue;
    } else if (k >= 3 && is_comma(at(words, k - 1))) {
      /* "X, who founded/acl:relcl Y, stepped down" with the clause hung
       * on its own pronoun: the pronoun becomes the clause's subject, the
       * clause a stray one, attached below */
      for (size_t c = k + 1; c <= n; c++)
        if (at(words, c)->head == k && rel_is(at(words, c), "acl:relcl") &&
            at(words, c)->upos == FG_UPOS_VERB && at(words, k)->head) {
          at(words, c)->head = at(words, k)->head;
          at(words, c)->deprel = "dep";
          changed |= move(words, n, k, c, "nsubj");
          break;
        }
    }
    /* the clause is a relative clause of the nominal before the comma
     * ("The bank, whose chief resigned/advcl in May, sold ...") */
    size_t v = at(words, subject)->head;
    /* past an age set off by commas ("Almadi, 61, who ran/parataxis Y"),
     * which may hold the clause itself */
    bool aged = k >= 5 && is_age(at(words, k - 2)) && is_comma(at(words, k - 3));
    if (k < 3 || !is_comma(at(words, k - 1)) || !v || !rel_starts(at(words, subject), "nsubj") ||
        !(rel_is(at(words, v), "advcl") || rel_is(at(words, v), "conj") ||
          rel_is(at(words, v), "parataxis") || rel_is(at(words, v), "dep") ||
          (aged && at(words, v)->head == k - 2)))
      continue;
    size_t before = aged ? k - 4 : k - 2;
    size_t a = name_ending_at(words, before, k);
    /* "X, whose company is based/advcl in Y, said" with X a second
     * subject of the clause: X is the subject of the clause's head */
    if (subject != k && a && at(words, a)->head == v && rel_starts(at(words, a), "nsubj") &&
        at(words, v)->head && at(words, at(words, v)->head)->upos == FG_UPOS_VERB)
      changed |= move(words, n, a, at(words, v)->head,
                      child_with(words, n, at(words, v)->head, "aux:pass") ? "nsubj:pass"
                                                                          : "nsubj");
    /* "members of X, who helped ...": the clause is the common noun's
     * whose "of" phrase ends before the comma */
    if (subject == k && a && rel_is(at(words, a), "nmod") && at(words, a)->head < a &&
        at(words, at(words, a)->head)->upos == FG_UPOS_NOUN && of_phrase(words, n, a))
      a = at(words, a)->head;
    if (a && (at(words, a)->upos == FG_UPOS_NOUN || at(words, a)->upos == FG_UPOS_PROPN))
      changed |= move(words, n, v, a, "acl:relcl");
  }
  return changed;
}

/* "Brenner, whose largest shareholder is the state of Bavaria, bought
 * Y": the parser makes the copular "whose" clause the root, the name
 * before it a stray dependent of it and the main verb its conjunct. The
 * main verb becomes the root, the name its subject and the clause the
 * name's relative clause. */
static bool copular_whose_root(FgWord *words, size_t n) {
  size_t r = child_with(words, n, 0, "root");
  size_t s = r ? child_with(words, n, r, "nsubj") : 0;
  size_t whose = s ? child_with(words, n, s, "nmod:poss") : 0;
  if (!whose || s > r || !child_with(words, n, r, "cop") || !form_is(at(words, whose), "whose") ||
      whose < 3 || !is_comma(at(words, whose - 1)))
    return false;
  size_t a = name_ending_at(words, whose - 2, whose);
  size_t c = main_verb_conjunct(words, n, r);
  if (!a || !c || at(words, a)->head != r ||
      !(at(words, a)->upos == FG_UPOS_NOUN || at(words, a)->upos == FG_UPOS_PROPN))
    return false;
  hand_root_over(words, n, r, c, a, a, "acl:relcl");
  return true;
}

bool fg_parse_repair_relative_root(FgWord *words, size_t n) {
  if (n < 8 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = copular_whose_root(words, n);
  changed |= attach_relative_after_comma(words, n);
  size_t r = child_with(words, n, 0, "root");
  if (!r || at(words, r)->upos != FG_UPOS_VERB)
    return changed;
  for (size_t s = 1; s < r; s++) {
    FgUpos u = (FgUpos)at(words, s)->upos;
    if (at(words, s)->head != r || !rel_starts(at(words, s), "nsubj") ||
        !(u == FG_UPOS_NOUN || u == FG_UPOS_PROPN))
      continue;
    size_t end = subtree_end(words, n, s);
    /* "X, whose company, Y, is based in Z, denied": the parser hangs the
     * whose-noun and its apposition on the name as an apposition, so the
     * clause opens right after the name's own words */
    size_t whose_noun = 0;
    if (end + 2 >= r || !is_comma(at(words, end + 1)) || !relative_word(at(words, end + 2))) {
      size_t e = s;
      while (e < end && at(words, e + 1)->head == s && rel_is(at(words, e + 1), "flat"))
        e++;
      size_t noun = e + 2 <= n ? at(words, e + 2)->head : 0;
      if (e + 2 >= r || !is_comma(at(words, e + 1)) || !form_is(at(words, e + 2), "whose") ||
          !noun || at(words, noun)->head != s || !rel_is(at(words, noun), "appos"))
        continue;
      whose_noun = noun;
    }
    size_t c = main_verb_conjunct(words, n, r);
    /* after a whose-noun's apposition, the main verb may hang as an
     * adverbial clause with no marker ("X, whose owner, Y, lives in Z, is
     * based in W") */
    for (size_t k = r + 1; whose_noun && !c && k <= n; k++)
      if (at(words, k)->head == r && rel_is(at(words, k), "advcl") && bare_verb(words, n, k) &&
          !child_with(words, n, k, "mark") && opens_after_comma(words, n, k) &&
          subtree_end(words, n, k) >= n - 1)
        c = k;
    if (!c)
      return changed;
    hand_root_over(words, n, r, c, s, s, "acl:relcl");
    if (whose_noun)
      move(words, n, whose_noun, r,
           child_with(words, n, r, "aux:pass") ? "nsubj:pass" : "nsubj");
    return true;
  }
  return changed;
}

/* Word k if it is a verb, else its nearest ancestor that is one; 0 when
 * none is. */
static size_t verb_above(FgWord *words, size_t k) {
  while (k && at(words, k)->upos != FG_UPOS_VERB)
    k = at(words, k)->head;
  return k;
}

bool fg_parse_repair_name_before_and(FgWord *words, size_t n) {
  if (n < 8 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t s = 3; s + 2 <= n; s++) {
    size_t v = at(words, s)->head, end = s;
    while (end < n && at(words, end + 1)->upos == FG_UPOS_PROPN && at(words, end + 1)->head == s)
      end++;
    if (at(words, s)->upos != FG_UPOS_PROPN || !rel_starts(at(words, s), "nsubj") ||
        v != end + 2 || !is_comma(at(words, s - 1)) || at(words, end + 1)->head != v ||
        !rel_is(at(words, end + 1), "cc") || at(words, v)->upos != FG_UPOS_VERB)
      continue;
    /* the noun right before the comma ("the capital, Tarsk"), or the
     * head of the name it ends */
    FgUpos before = (FgUpos)at(words, s - 2)->upos;
    size_t nominal = before == FG_UPOS_NOUN   ? s - 2
                     : before == FG_UPOS_PROPN ? name_head(words, n, s - 2)
                                               : 0;
    size_t verb = verb_above(words, nominal);
    if (!nominal || !verb || !move(words, n, s, nominal, "appos"))
      continue;
    move(words, n, s - 1, s, "punct");
    move(words, n, v, verb, "conj");
    changed = true;
  }
  return changed;
}

/* Nouns of a time span and the words that make them deictic ("next
 * month", "last week"). */
static const char *const SPAN_NOUNS[] = {"day",   "week",    "weekend", "month",  "year",
                                          "night", "morning", "evening", "season", "summer",
                                          "winter", "spring", "autumn"};
static const char *const SPAN_DEICTICS[] = {"next", "last", "this", "previous", "coming"};

static bool form_in(const FgWord *w, const char *const *forms, size_t count) {
  for (size_t k = 0; k < count; k++)
    if (form_is(w, forms[k]))
      return true;
  return false;
}
#define FORM_IN(w, forms) form_in(w, forms, sizeof forms / sizeof *forms)

/* Prepositions that tie a role noun to what it serves or where ("a
 * spokesman for X", "the head of X", "its ambassador to X", "its envoy in
 * X"). */
static const char *const ROLE_CASES[] = {"for", "of", "to", "at", "in"};

/* The common noun that the phrase of name x (whose case marker is c)
 * follows: x's head when x is its nmod, or the object right before x's
 * phrase when x hangs on the object's verb ("recalled its ambassador to
 * X"); else 0. */
static size_t noun_before_phrase(FgWord *words, size_t n, size_t x, size_t c) {
  size_t h = at(words, x)->head;
  if (!h || h >= c)
    return 0;
  if (rel_is(at(words, x), "nmod"))
    return at(words, h)->upos == FG_UPOS_NOUN ? h : 0;
  size_t o = child_with(words, n, h, "obj");
  if (!rel_is(at(words, x), "obl") || !o || o >= c || at(words, o)->upos != FG_UPOS_NOUN ||
      subtree_end(words, n, o) + 1 != subtree_start(words, n, x))
    return 0;
  return o;
}

bool fg_parse_repair_name_on_role_noun(FgWord *words, size_t n) {
  if (n < 6 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t a = 4; a <= n; a++) {
    FgWord *w = at(words, a);
    size_t x = w->head;
    /* the cheap tests first: a person's name after a comma, apposed to a
     * name the recognizer gave another type (or hung on it as an nmod
     * with no case marker: "in Vesk, Lena/compound Holm/nmod,") */
    if (w->ner_type != FG_NER_PERSON || !x || x >= a || at(words, x)->upos != FG_UPOS_PROPN ||
        at(words, x)->ner_type == FG_NER_NONE || at(words, x)->ner_type == FG_NER_PERSON ||
        !(rel_is(w, "appos") || (rel_is(w, "nmod") && !child_with(words, n, a, "case"))))
      continue;
    size_t c = child_with(words, n, x, "case");
    /* the comma before the name (the parser may hang it on the name) */
    size_t start = subtree_start(words, n, a), end = subtree_end(words, n, a);
    size_t comma = is_comma(at(words, start)) ? start : start - 1;
    if (comma < 2 || !is_comma(at(words, comma)) || !c || !FORM_IN(at(words, c), ROLE_CASES) ||
        end + 1 > n || at(words, end + 1)->upos != FG_UPOS_PUNCT)
      continue;
    size_t noun = noun_before_phrase(words, n, x, c);
    if (noun && move(words, n, a, noun, "appos")) {
      at(words, comma)->head = (uint32_t)a;
      changed = true;
    }
  }
  return changed;
}

/* Word h has a case marker before word c ("on Tolvia next month"; a bare
 * time span has none: "bought the firm Kivo Pay last year"). */
static bool case_before(FgWord *words, size_t c, size_t h) {
  for (size_t j = 1; j < c; j++)
    if (at(words, j)->head == h && rel_is(at(words, j), "case"))
      return true;
  return false;
}

bool fg_parse_repair_time_after_name(FgWord *words, size_t n) {
  if (n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t k = 3; k <= n; k++) {
    size_t c = k - 2;
    FgWord *span = at(words, k), *nom = at(words, c);
    /* the tree's tests first: the word lists cost more */
    /* a name's last word may have been read as the noun's adjective
     * ("for Halden United/amod last season"; GUM's "United" is a VERB
     * tagged NNP) */
    bool proper = nom->xpos && strncmp(nom->xpos, "NNP", 3) == 0;
    if (nom->head != k || at(words, k - 1)->head != k ||
        !(rel_is(nom, "compound") || (rel_is(nom, "amod") && proper)) ||
        !(nom->upos == FG_UPOS_PROPN || nom->upos == FG_UPOS_NOUN || proper) ||
        !FORM_IN(span, SPAN_NOUNS) || !FORM_IN(at(words, k - 1), SPAN_DEICTICS) ||
        !case_before(words, c, k))
      continue;
    nom->head = span->head;
    nom->deprel = span->deprel;
    for (size_t j = 1; j < c; j++)
      if (at(words, j)->head == k)
        at(words, j)->head = (uint32_t)c;
    /* on the nearest verb; with none, on the name's head (the name when
     * it is the root) */
    size_t verb = verb_above(words, nom->head);
    span->head = (uint32_t)(verb ? verb : nom->head ? nom->head : c);
    span->deprel = verb ? "obl:tmod" : "nmod:tmod";
    changed = true;
  }
  return changed;
}

/* "German carmaker Falkner Motors said ...": a common noun after an
 * opening adjective and the name right after it both read as the verb's
 * subjects (and the demonym as the verb's adverb). The name is the
 * subject and the noun its descriptor, as EWT has "Founder Jack Smith
 * got", and the demonym the noun's adjective. */
bool fg_parse_repair_noun_and_name_subjects(FgWord *words, size_t n) {
  if (n < 4 || n > REPAIR_MAX_WORDS)
    return false;
  /* only after an adjective ("German carmaker X"): GUM hangs a bare
   * opening "Biologist X Y tells" the other way, the name flat on the noun */
  /* the nouns may be a compound ("Swiss commodities giant X said"): a is
   * the last, and the subject the parser took is one of them */
  size_t a = 2;
  while (a + 1 <= n && a < 4 && at(words, a + 1)->upos == FG_UPOS_NOUN)
    a++;
  size_t s1 = 0;
  for (size_t k = 2; k <= a && !s1; k++)
    if (rel_is(at(words, k), "nsubj"))
      s1 = k;
  if (n < a + 2 || !s1 || at(words, 1)->upos != FG_UPOS_ADJ ||
      at(words, 2)->upos != FG_UPOS_NOUN || at(words, a + 1)->upos != FG_UPOS_PROPN)
    return false;
  size_t v = at(words, s1)->head;
  /* or the last noun a second subject with the name its apposition
   * ("Swiss chemicals/nsubj giant/nsubj X/appos said") */
  bool apposed = s1 < a && v && at(words, a)->head == v && rel_is(at(words, a), "nsubj") &&
                 at(words, a + 1)->head == a && rel_is(at(words, a + 1), "appos");
  /* the nouns' words hang on nothing past them */
  for (size_t k = 2; k <= a; k++)
    if (subtree_end(words, n, k) > a && !(apposed && k == a))
      return false;
  size_t b = apposed ? a + 1 : 0;
  for (size_t k = a + 1; k <= n && !b; k++)
    if (at(words, k)->head == v && rel_is(at(words, k), "nsubj"))
      b = k;
  if (!v || !b || at(words, b)->upos != FG_UPOS_PROPN || subtree_start(words, n, b) != a + 1)
    return false;
  if (apposed) {
    at(words, b)->head = (uint32_t)v;
    at(words, b)->deprel = "nsubj";
  }
  FgWord *noun = at(words, a);
  noun->head = (uint32_t)b;
  noun->deprel = "nmod:desc";
  for (size_t k = 2; k < a; k++) {
    at(words, k)->head = (uint32_t)a;
    at(words, k)->deprel = "compound";
  }
  if (at(words, 1)->head == v || at(words, 1)->head < a) {
    at(words, 1)->head = (uint32_t)a;
    at(words, 1)->deprel = "amod";
  }
  return true;
}

/* "German carmaker Falkner Motors said it would ...": the parser may make
 * the opening adjective the root, with the noun its dependent and the
 * verb after the name a clause on it. The verb is the root, the name its
 * subject, the noun the name's descriptor and the adjective the noun's. */
bool fg_parse_repair_opening_adjective_root(FgWord *words, size_t n) {
  if (n < 5 || n > REPAIR_MAX_WORDS || at(words, 1)->upos != FG_UPOS_ADJ ||
      at(words, 1)->head != 0)
    return false;
  size_t a = 1; /* the last noun, then the name's last word */
  while (a + 1 <= n && a < 4 && at(words, a + 1)->upos == FG_UPOS_NOUN)
    a++;
  size_t last = a;
  while (last + 1 <= n && at(words, last + 1)->upos == FG_UPOS_PROPN)
    last++;
  size_t v = last + 1;
  if (a == 1 || last == a || v > n || at(words, v)->upos != FG_UPOS_VERB ||
      !finite(at(words, v)) || at(words, v)->head != 1)
    return false;
  size_t name = name_head(words, n, a + 1);
  if (name < a + 1 || name > last)
    return false;
  for (size_t k = 1; k <= n; k++) /* the root's other words go to the verb */
    if (at(words, k)->head == 1 && (k < 2 || k > last) && k != v)
      at(words, k)->head = (uint32_t)v;
  at(words, v)->head = 0;
  at(words, v)->deprel = "root";
  at(words, name)->head = (uint32_t)v;
  at(words, name)->deprel = "nsubj";
  at(words, a)->head = (uint32_t)name;
  at(words, a)->deprel = "nmod:desc";
  for (size_t k = 2; k < a; k++) {
    at(words, k)->head = (uint32_t)a;
    at(words, k)->deprel = "compound";
  }
  at(words, 1)->head = (uint32_t)a;
  at(words, 1)->deprel = "amod";
  return true;
}

bool fg_parse_repair_apposition_on_time(FgWord *words, size_t n) {
  if (n < 6 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t a = 3; a <= n; a++) {
    FgWord *name = at(words, a);
    size_t h = name->head;
    if (!rel_is(name, "appos") || name->upos != FG_UPOS_PROPN || h <= a + 2 ||
        !FORM_IN(at(words, h), SPAN_NOUNS) || !FORM_IN(at(words, h - 1), SPAN_DEICTICS))
      continue;
    /* ", NAME, last year": commas on both sides of the name's phrase, the
     * time phrase right after the second, a common noun before the first */
    size_t first = subtree_start(words, n, a), last = subtree_end(words, n, a);
    if (first < 3 || !is_comma(at(words, first - 1)) || last + 3 != h || !is_comma(at(words, last + 1)))
      continue;
    size_t o = first - 2;
    if (at(words, o)->upos != FG_UPOS_NOUN || at(words, o)->head != at(words, h)->head)
      continue;
    name->head = (uint32_t)o;
    at(words, first - 1)->head = (uint32_t)a;
    at(words, last + 1)->head = (uint32_t)a;
    changed = true;
  }
  return changed;
}

/* Names of days and months. */
static const char *const WEEKDAYS[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                       "Friday", "Saturday", "Sunday"};
static const char *const MONTHS[] = {"January", "February", "March",     "April",
                                     "May",     "June",     "July",      "August",
                                     "September", "October", "November", "December"};

static bool date_name(const FgWord *w) { return FORM_IN(w, WEEKDAYS) || FORM_IN(w, MONTHS); }

bool fg_parse_repair_particle_before_date(FgWord *words, size_t n) {
  if (n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t p = 2; p < n; p++) {
    FgWord *on = at(words, p), *date = at(words, p + 1);
    size_t v = on->head;
    if (!rel_is(on, "compound:prt") || date->head != v || !form_is(on, "on") ||
        date->upos != FG_UPOS_PROPN || !date_name(date))
      continue;
    on->head = (uint32_t)(p + 1);
    on->deprel = "case";
    date->deprel = "obl";
    changed = true;
  }
  return changed;
}

/* A day a report gives right after its verb ("said Tuesday that"). */
static bool report_day(const FgWord *w) {
  return FORM_IN(w, WEEKDAYS) || form_is(w, "today") || form_is(w, "yesterday");
}

/* A subject between word a and verb c inside c's phrase (the parser may
 * hang it on c's auxiliary). */
static bool own_subject(FgWord *words, size_t n, size_t a, size_t c) {
  for (size_t k = a + 1; k < c; k++)
    if (rel_starts(at(words, k), "nsubj") && under(words, n, k, c))
      return true;
  return false;
}

bool fg_parse_repair_day_before_clause(FgWord *words, size_t n) {
  if (n < 6 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t d = 2; d + 2 <= n; d++) {
    FgWord *day = at(words, d), *that = at(words, d + 1);
    /* the clause may open without "that" ("said Monday it had agreed") */
    bool marked = form_is(that, "that");
    /* the day may take "on" ("said on Monday it had agreed") */
    bool on = d >= 3 && form_is(at(words, d - 1), "on") && at(words, d - 1)->head == d;
    size_t v = on ? d - 2 : d - 1, c = marked ? that->head : d + 1;
    if (!marked && relative_word(that)) /* "implemented Monday, which included" */
      continue;
    if (!marked)
      while (c <= n && at(words, c)->upos != FG_UPOS_VERB)
        c++;
    if (c <= n && c > d + 1 && rel_starts(at(words, c), "aux")) /* "that" on "had" */
      c = at(words, c)->head;
    if (!report_day(day) || at(words, v)->upos != FG_UPOS_VERB || c > n ||
        c <= d + 1 || at(words, c)->upos != FG_UPOS_VERB || child_with(words, n, d, "det"))
      continue;
    /* the clause hung on the day (acl, acl:relcl), or the day inside the
     * verb's clause ("said yesterday/nsubj that ...", "said Monday/mark
     * it had agreed") */
    bool on_day = day->head == v && at(words, c)->head == d && rel_starts(at(words, c), "acl");
    bool day_inside = at(words, c)->head == v && rel_is(at(words, c), "ccomp") && day->head == c;
    if ((!on_day && !day_inside) || !own_subject(words, n, marked ? d + 1 : d, c))
      continue;
    day->head = (uint32_t)v;
    day->deprel = on ? "obl" : "obl:unmarked";
    at(words, c)->head = (uint32_t)v;
    at(words, c)->deprel = "ccomp";
    if (marked) {
      that->head = (uint32_t)c;
      that->deprel = "mark";
    }
    for (size_t k = d + 2; k < c; k++) /* a subject on the auxiliary */
      if (rel_starts(at(words, k), "nsubj") && at(words, at(words, k)->head)->head == c &&
          rel_starts(at(words, at(words, k)->head), "aux"))
        at(words, k)->head = (uint32_t)c;
    changed = true;
  }
  return changed;
}

/* Conjunctions that English also writes as prepositions. */
static const char *const SUBORDINATORS[] = {"after", "before", "since", "until", "as",
                                            "once", "because", "while", "when"};

/* The verb right after nominal c's phrase: the first word after it, past
 * that verb's own auxiliaries and adverbs; 0 when the next word is
 * none of these. */
static size_t verb_after_phrase(FgWord *words, size_t n, size_t c) {
  size_t v = subtree_end(words, n, c) + 1;
  while (v <= n && at(words, v)->upos != FG_UPOS_VERB &&
         (at(words, v)->upos == FG_UPOS_AUX || at(words, v)->upos == FG_UPOS_ADV) &&
         at(words, v)->head > v)
    v++;
  return v <= n && at(words, v)->upos == FG_UPOS_VERB ? v : 0;
}

bool fg_parse_repair_subordinate_clause(FgWord *words, size_t n) {
  if (n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t p = 1; p + 2 <= n; p++) {
    FgWord *mark = at(words, p);
    size_t c = mark->head;
    if (!rel_is(mark, "case") || c <= p ||
        !FORM_IN(mark, SUBORDINATORS) ||
        !(at(words, c)->upos == FG_UPOS_NOUN || at(words, c)->upos == FG_UPOS_PROPN ||
          at(words, c)->upos == FG_UPOS_PRON))
      continue;
    size_t h = at(words, c)->head;
    if (h > c && at(words, h)->upos == FG_UPOS_VERB && rel_starts(at(words, c), "nsubj") &&
        at(words, h)->head && !rel_is(at(words, h), "advcl")) {
      /* the subject is right, the marker is not: "closed as the storm
       * approached" with "as" on "storm" and "approached" a complement */
      mark->head = (uint32_t)h;
      mark->deprel = "mark";
      at(words, h)->deprel = "advcl";
      changed = true;
      continue;
    }
    /* the verb after the phrase, or the phrase's own finite clause right
     * after its head ("after troops massed/acl along the border", "after
     * the talks collapsed/acl:relcl", with no relative pronoun) */
    size_t v = c + 1;
    bool own_clause = v <= n && at(words, v)->head == c &&
                      (rel_is(at(words, v), "acl") || rel_is(at(words, v), "acl:relcl")) &&
                      finite(at(words, v)) && bare_verb(words, n, v);
    if (!own_clause) {
      v = verb_after_phrase(words, n, c);
      if (!v || !at(words, v)->head || !bare_verb(words, n, v) || under(words, n, c, v) ||
          under(words, n, h, v))
        continue;
    }
    /* the clause modifies the verb the phrase hung on, or the nearest
     * verb above that */
    h = verb_above(words, h);
    if (!h || under(words, n, h, v))
      continue;
    at(words, v)->head = (uint32_t)h;
    at(words, v)->deprel = "advcl";
    at(words, c)->head = (uint32_t)v;
    at(words, c)->deprel = "nsubj";
    mark->head = (uint32_t)v;
    mark->deprel = "mark";
    changed = true;
  }
  return changed;
}

bool fg_parse_repair_participle_root(FgWord *words, size_t n) {
  if (n < 5 || n > REPAIR_MAX_WORDS)
    return false;
  size_t r = child_with(words, n, 0, "root");
  FgWord *root = r ? at(words, r) : NULL;
  if (!root || root->upos != FG_UPOS_VERB || !root->xpos || strcmp(root->xpos, "VBN") != 0 ||
      child_with(words, n, r, "aux"))
    return false;
  size_t s = child_with(words, n, r, "nsubj");
  if (!s || s > r || !child_with(words, n, r, "obl:agent"))
    return false;
  /* the finite verb after the agent, hung somewhere below the root, whose
   * phrase runs to the end */
  for (size_t v = r + 1; v <= n; v++) {
    if (!finite(at(words, v)) || !bare_verb(words, n, v) || !under(words, n, v, r) ||
        subtree_end(words, n, v) < n - 1)
      continue;
    hand_root_over(words, n, r, v, s, s, "acl");
    return true;
  }
  return false;
}

/* Participles English uses as adjectives before a noun, not as verbs
 * with an object after a verb. */
static const char *const ADJECTIVAL_PARTICIPLES[] = {
    "neighbouring", "neighboring", "surrounding", "warring", "ruling", "opposing", "outgoing"};

bool fg_parse_repair_participle_modifier(FgWord *words, size_t n) {
  if (n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t v = 2; v < n; v++) {
    FgWord *part = at(words, v);
    size_t h = part->head;
    if (part->upos != FG_UPOS_VERB || !h || at(words, h)->upos != FG_UPOS_VERB ||
        !FORM_IN(part, ADJECTIVAL_PARTICIPLES) || child_with(words, n, h, "obj"))
      continue;
    size_t c = child_with(words, n, v, "obj");
    FgWord *obj = c ? at(words, c) : NULL;
    if (!obj || subtree_start(words, n, c) != v + 1 ||
        !(obj->upos == FG_UPOS_NOUN || obj->upos == FG_UPOS_PROPN))
      continue;
    obj->head = (uint32_t)h;
    obj->deprel = "obj";
    for (size_t k = 1; k <= n; k++)
      if (k != c && at(words, k)->head == v)
        at(words, k)->head = (uint32_t)h;
    part->head = (uint32_t)c;
    part->deprel = "amod";
    changed = true;
  }
  return changed;
}

bool fg_parse_repair_to_before_subject(FgWord *words, size_t n) {
  if (n > REPAIR_MAX_WORDS)
    return false;
  size_t root = nominal_root(words, n);
  for (size_t p = 2; root && p + 2 < n; p++) {
    FgWord *to = at(words, p);
    size_t v = to->head, s = p + 1;
    if (!form_is(to, "to") || !rel_is(to, "mark") || v <= s || !finite(at(words, v)) ||
        at(words, v)->upos != FG_UPOS_VERB)
      continue;
    /* the phrase after "to" is the verb's subject, right before it */
    while (s < v && at(words, s)->head != v)
      s++;
    if (s >= v || !rel_starts(at(words, s), "nsubj") || subtree_start(words, n, s) != p + 1 ||
        subtree_end(words, n, s) + 1 != v || !under(words, n, v, root))
      continue;
    size_t h = at(words, v)->head;
    at(words, s)->head = (uint32_t)h;
    at(words, s)->deprel = at(words, h)->upos == FG_UPOS_NOUN || at(words, h)->upos == FG_UPOS_PROPN
                               ? "nmod"
                               : "obl";
    to->head = (uint32_t)s;
    to->deprel = "case";
    hand_root_over(words, n, root, v, root, 0, NULL);
    return true;
  }
  return false;
}

/* Participles UD reads as the first word of a preposition ("Based on
 * the results, X ...", "According to Y, ..."). */
static const char *const PREPOSITION_PARTICIPLES[] = {
    "based", "according", "following", "given", "including", "regarding", "concerning"};

bool fg_parse_repair_fronted_participle_obl(FgWord *words, size_t n) {
  if (n < 6 || n > REPAIR_MAX_WORDS)
    return false;
  FgWord *part = at(words, 1);
  size_t h = part->head;
  if (part->upos != FG_UPOS_VERB || !part->xpos ||
      (strcmp(part->xpos, "VBN") != 0 && strcmp(part->xpos, "VBG") != 0) ||
      !rel_starts(part, "advcl") || h <= 2 || FORM_IN(part, PREPOSITION_PARTICIPLES))
    return false;
  /* the clause ends at its comma, with no other stop before it */
  size_t comma = 2;
  while (comma < h && at(words, comma)->upos != FG_UPOS_PUNCT)
    comma++;
  if (comma >= h || !is_comma(at(words, comma)))
    return false;
  bool changed = false;
  for (size_t k = 2; k < comma; k++) {
    FgWord *w = at(words, k);
    if (w->head != h || !rel_starts(w, "obl") || subtree_end(words, n, k) > comma)
      continue;
    w->head = 1;
    changed = true;
  }
  /* the closing comma belongs to the participle's clause */
  if (changed && at(words, comma)->head != 1 && at(words, comma)->head < comma)
    at(words, comma)->head = 1;
  return changed;
}

/* Pairs of a verb's oblique's marker and the marker of a second phrase
 * that names another role of the same verb ("filed by X against Y",
 * "signed for X from Y"); "in prison for the murder" is left alone, as
 * "in time for", "in retaliation for" hang on the noun in the treebanks.
 * for/from only with a verb of moving between teams or employers: "voted
 * for X from the Y Party" is X's party. */
static const struct {
  const char *oblique, *phrase;
  bool transfer;
} ROLE_PAIRS[] = {{"by", "against", false}, {"for", "from", true}};

static const char *const TRANSFER_VERBS[] = {"sign", "move", "transfer", "switch", "leave", "join"};

static bool lemma_in(const FgWord *w, const char *const *lemmas, size_t count) {
  for (size_t i = 0; w->lemma && i < count; i++)
    if (strcasecmp(w->lemma, lemmas[i]) == 0)
      return true;
  return false;
}
#define LEMMA_IN(w, lemmas) lemma_in(w, lemmas, sizeof lemmas / sizeof *lemmas)

static bool lemma_is(const FgWord *w, const char *lemma) { return lemma_in(w, &lemma, 1); }

/* Phrase p (marked cp) on date o is the date's own: any but "of"; an "of"
 * phrase only after "the" ("on the Friday of Easter week") or naming a time
 * ("on Friday of last week"); "convicted on Friday of the murder" is the
 * verb's. */
static bool date_of_phrase(FgWord *words, size_t n, size_t o, size_t p, size_t cp) {
  if (!form_is(at(words, cp), "of"))
    return false;
  return child_with(words, n, o, "det") || FORM_IN(at(words, p), SPAN_NOUNS) ||
         date_name(at(words, p)) || at(words, p)->upos == FG_UPOS_NUM;
}

bool fg_parse_repair_role_phrase_on_oblique(FgWord *words, size_t n) {
  if (n < 6 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t p = 3; p <= n; p++) {
    FgWord *w = at(words, p);
    size_t o = w->head;
    if (!rel_is(w, "nmod") || !o || o >= p || !rel_starts(at(words, o), "obl"))
      continue;
    size_t v = at(words, o)->head;
    if (!v || v > o || at(words, v)->upos != FG_UPOS_VERB)
      continue;
    size_t co = child_with(words, n, o, "case"),
           cp = child_with(words, n, p, "case");
    if (!co || !cp)
      continue;
    /* "works in Dorval for Aster Systems": a place's name takes no "for"
     * phrase ("the Centre for ..." has its article) */
    if (form_is(at(words, co), "in") && form_is(at(words, cp), "for") &&
        at(words, o)->upos == FG_UPOS_PROPN && !child_with(words, n, o, "det") &&
        at(words, p)->upos == FG_UPOS_PROPN) {
      changed |= move(words, n, p, v, "obl");
      continue;
    }
    /* "sentenced X on Friday for the murder of Y": a date says when, it
     * has no phrase of its own but "of" ("on the Friday of ...") */
    if (date_name(at(words, o)) && !date_of_phrase(words, n, o, p, cp)) {
      changed |= move(words, n, p, v, "obl");
      continue;
    }
    for (size_t i = 0; i < sizeof ROLE_PAIRS / sizeof *ROLE_PAIRS; i++) {
      if (!form_is(at(words, co), ROLE_PAIRS[i].oblique) ||
          !form_is(at(words, cp), ROLE_PAIRS[i].phrase))
        continue;
      /* a name's phrase ("by X", "for X"): a common noun's often has its own */
      if (at(words, o)->upos != FG_UPOS_PROPN ||
          (ROLE_PAIRS[i].transfer && !LEMMA_IN(at(words, v), TRANSFER_VERBS)))
        continue;
      changed |= move(words, n, p, v, "obl");
      break;
    }
  }
  return changed;
}

/* Word k, an adjective right after "chief", becomes the noun and "chief"
 * its modifier, with what hung on "chief" before it (its determiner,
 * possessor, "as"). */
static void chief_modifies(FgWord *words, size_t k) {
  FgWord *w = at(words, k), *chief = at(words, k - 1);
  for (size_t c = 1; c < k - 1; c++)
    if (at(words, c)->head == k - 1)
      at(words, c)->head = (uint32_t)k;
  w->upos = FG_UPOS_NOUN;
  w->xpos = "NN";
  chief->head = (uint32_t)k;
  chief->deprel = "amod";
  chief->upos = FG_UPOS_ADJ;
  chief->xpos = "JJ";
}

/* "as its chief executive" with "as" the mark of a clause whose
 * predicate is the adjective and "chief" its subject: "as" is the case
 * marker of the noun, an oblique of the clause's head. */
static bool chief_as_clause(FgWord *words, size_t n, size_t k) {
  FgWord *w = at(words, k), *chief = at(words, k - 1);
  size_t mark = child_with(words, n, k, "mark");
  if (w->upos != FG_UPOS_ADJ || chief->head != k || !rel_starts(chief, "nsubj") ||
      !form_is(chief, "chief") || chief->upos != FG_UPOS_NOUN || !mark || mark > k ||
      !form_is(at(words, mark), "as") || !w->head || subtree_end(words, n, k) != k)
    return false;
  at(words, mark)->deprel = "case";
  w->deprel = "obl";
  chief_modifies(words, k);
  return true;
}

bool fg_parse_repair_chief_noun(FgWord *words, size_t n) {
  if (n < 3 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t k = 2; k <= n; k++) {
    FgWord *w = at(words, k), *chief = at(words, k - 1);
    if (chief_as_clause(words, n, k)) {
      changed = true;
      continue;
    }
    /* "as its chief/ADJ executive/ADJ" already headed right: only the tags;
     * read as a clause "as" marks ("named X, who ran Y, as its chief
     * executive/advcl"), an oblique "as" is the case of */
    size_t mark = w->upos == FG_UPOS_ADJ && rel_is(w, "advcl") ? child_with(words, n, k, "mark") : 0;
    bool as_clause = mark && mark < k && form_is(at(words, mark), "as") &&
                     subtree_end(words, n, k) == k;
    if (w->upos == FG_UPOS_ADJ && chief->head == k && rel_is(chief, "amod") &&
        form_is(chief, "chief") &&
        (rel_starts(w, "obl") || rel_starts(w, "nmod") || rel_is(w, "obj") ||
         rel_starts(w, "nsubj") || rel_is(w, "appos") || as_clause)) {
      if (as_clause) {
        at(words, mark)->deprel = "case";
        w->deprel = "obl";
      }
      w->upos = FG_UPOS_NOUN;
      w->xpos = "NN";
      changed = true;
      continue;
    }
    if (w->upos != FG_UPOS_ADJ || w->head != k - 1 || !rel_is(w, "amod") ||
        !form_is(chief, "chief") || chief->upos != FG_UPOS_NOUN)
      continue;
    /* nothing of "chief"'s own after it but the adjective */
    bool last = true;
    for (size_t c = k + 1; c <= n && last; c++)
      last = at(words, c)->head != k - 1;
    if (!last)
      continue;
    /* the adjective heads the phrase in the noun's place */
    w->head = chief->head;
    w->deprel = chief->deprel;
    chief_modifies(words, k);
    changed = true;
  }
  return changed;
}

/* "X, whom Y fired/parataxis in May, joined/conj Z": the relative
 * clause hung on the nominal root as a parataxis, the main verb its
 * conjunct. The clause becomes the nominal's relative clause, the
 * conjunct the root with the nominal its subject. */
static bool object_clause_with_main_verb(FgWord *words, size_t n, size_t k) {
  size_t c = at(words, k)->head, a = c ? at(words, c)->head : 0;
  if (!rel_is(at(words, k), "obj") || form_is(at(words, k), "who") || !c || c < k || !a ||
      a >= k || !rel_is(at(words, a), "root") || !rel_is(at(words, c), "parataxis") ||
      at(words, c)->upos != FG_UPOS_VERB || !child_with(words, n, c, "nsubj"))
    return false;
  size_t v = main_verb_conjunct(words, n, c);
  if (!v)
    return false;
  at(words, c)->deprel = "acl:relcl";
  hand_root_over(words, n, a, v, a, a, "root");
  return true;
}

/* "X, whom Y fired/advcl in May, joined Z" with X already the subject of
 * "joined": the clause that opens with the object pronoun right after
 * the subject's comma is the subject's relative clause. */
static bool object_clause_on_main_verb(FgWord *words, size_t n, size_t k) {
  size_t c = at(words, k)->head, r = c ? at(words, c)->head : 0;
  if (!rel_is(at(words, k), "obj") || form_is(at(words, k), "who") || !c || c < k || !r ||
      r < c || at(words, c)->upos != FG_UPOS_VERB || !child_with(words, n, c, "nsubj") ||
      !(rel_is(at(words, c), "advcl") || rel_is(at(words, c), "parataxis") ||
        rel_is(at(words, c), "dep")))
    return false;
  size_t a = child_with(words, n, r, "nsubj");
  if (!a || a >= k || subtree_end(words, n, a) != k - 2 ||
      !(at(words, a)->upos == FG_UPOS_NOUN || at(words, a)->upos == FG_UPOS_PROPN))
    return false;
  return move(words, n, c, a, "acl:relcl");
}

bool fg_parse_repair_pronoun_subject(FgWord *words, size_t n) {
  if (n < 7 || n > REPAIR_MAX_WORDS)
    return false;
  for (size_t k = 3; k + 2 <= n; k++) {
    FgWord *w = at(words, k);
    size_t v = w->head;
    if (!relative_word(w) || !is_comma(at(words, k - 1)))
      continue;
    if (object_clause_with_main_verb(words, n, k) || object_clause_on_main_verb(words, n, k))
      return true;
    if (!rel_starts(w, "nsubj") || v <= k)
      continue;
    size_t c = child_with(words, n, k, "acl:relcl");
    if (!c || c > v || at(words, c)->upos != FG_UPOS_VERB)
      continue;
    /* the nominal before the comma, and the verb's place under it */
    size_t a = k - 2;
    while (a && (rel_is(at(words, a), "flat") || rel_is(at(words, a), "compound")) &&
           at(words, a)->head < k)
      a = at(words, a)->head;
    FgUpos au = (FgUpos)at(words, a)->upos;
    if (!(au == FG_UPOS_NOUN || au == FG_UPOS_PROPN) || !rel_is(at(words, a), "root") ||
        at(words, v)->head != a)
      continue;
    at(words, c)->head = (uint32_t)a;
    at(words, c)->deprel = "acl:relcl";
    size_t noun = k + 1;
    if (form_is(w, "whose") && at(words, noun)->upos == FG_UPOS_NOUN && under(words, n, noun, c)) {
      /* "whose husband Goran Ilvane founded Y": the noun is the clause's
       * subject, a name after it its apposition */
      size_t s = child_with(words, n, c, "nsubj");
      if (s && s > noun && s < c && at(words, s)->upos == FG_UPOS_PROPN)
        move(words, n, s, noun, "appos");
      move(words, n, noun, c, "nsubj");
      move(words, n, k, noun, "nmod:poss");
    } else if (!form_is(w, "whose")) {
      /* "whom" and "which" with a subject of the clause's own are its object */
      bool object = !form_is(w, "who") && child_with(words, n, c, "nsubj") != 0;
      move(words, n, k, c, object ? "obj" : "nsubj");
    }
    hand_root_over(words, n, a, v, a, a, "root");
    return true;
  }
  return false;
}

bool fg_parse_repair_whose_noun_name(FgWord *words, size_t n) {
  if (n < 5 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t k = 1; k + 3 <= n; k++) {
    size_t noun = k + 1, c = at(words, noun)->head;
    if (!form_is(at(words, k), "whose") || at(words, noun)->upos != FG_UPOS_NOUN || !c ||
        c <= noun || !rel_starts(at(words, noun), "nsubj"))
      continue;
    /* the name right after the noun, a second subject of the same verb */
    size_t s = noun + 1;
    if (at(words, s)->upos == FG_UPOS_PROPN && at(words, s)->head == c &&
        rel_starts(at(words, s), "nsubj"))
      changed |= move(words, n, s, noun, "appos");
  }
  return changed;
}

bool fg_parse_repair_place_on_agent(FgWord *words, size_t n) {
  if (n < 6 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t y = 3; y <= n; y++) {
    size_t x = at(words, y)->head, c = child_with(words, n, y, "case");
    /* the cheap tests first: a name's "in" phrase on a name after "by" */
    if (!x || x >= y || at(words, y)->upos != FG_UPOS_PROPN || !rel_is(at(words, y), "nmod") ||
        !c || !form_is(at(words, c), "in") || at(words, x)->upos != FG_UPOS_PROPN)
      continue;
    size_t by = child_with(words, n, x, "case"), v = at(words, x)->head;
    if (!by || !form_is(at(words, by), "by") || !v)
      continue;
    /* "shot dead by X": the agent hangs on the predicate adjective */
    if (at(words, v)->upos == FG_UPOS_ADJ && rel_is(at(words, v), "xcomp"))
      v = at(words, v)->head;
    if (v && at(words, v)->upos == FG_UPOS_VERB && child_with(words, n, v, "aux:pass"))
      changed |= move(words, n, y, v, "obl");
  }
  return changed;
}

static const char *const CAUSE_CASES[] = {"of", "from"};
static const char *const DEATH_PLACE_CASES[] = {"in", "at"};

bool fg_parse_repair_place_on_cause(FgWord *words, size_t n) {
  if (n < 6 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t p = 4; p <= n; p++) {
    size_t o = at(words, p)->head, c = child_with(words, n, p, "case");
    if (!o || o >= p || !rel_is(at(words, p), "nmod") || !c ||
        !FORM_IN(at(words, c), DEATH_PLACE_CASES) || !rel_is(at(words, o), "obl") ||
        at(words, o)->upos != FG_UPOS_NOUN)
      continue;
    size_t oc = child_with(words, n, o, "case"), v = at(words, o)->head;
    if (oc && FORM_IN(at(words, oc), CAUSE_CASES) && v && v < o &&
        at(words, v)->upos == FG_UPOS_VERB && lemma_is(at(words, v), "die"))
      changed |= move(words, n, p, v, "obl");
  }
  return changed;
}

/* Adjectives that date a title, never a clause ("Former President X
 * died", "ex-minister X said"). */
static const char *const TITLE_DATING_ADJECTIVES[] = {"former", "ex", "onetime",
                                                      "erstwhile"};

/* "Former/nsubj Senator/appos X, a lawyer, died": the dating adjective
 * heads the title and name after it as their apposition; the title's
 * phrase takes its place and the adjective becomes the title's. True
 * when it moved. */
static bool former_over_title(FgWord *words, size_t n, size_t k) {
  FgWord *w = at(words, k);
  size_t c = k + 1;
  while (c <= n && at(words, c)->head != k)
    c = at(words, c)->head > c ? at(words, c)->head : n + 1;
  if (c > n || !rel_is(at(words, c), "appos") || subtree_start(words, n, c) != k + 1 ||
      (at(words, c)->upos != FG_UPOS_NOUN && at(words, c)->upos != FG_UPOS_PROPN))
    return false;
  /* the adjective as the verb's adverb: the phrase is its missing subject */
  const char *rel = w->deprel;
  if (rel_is(w, "advmod")) {
    if (!w->head || at(words, w->head)->upos != FG_UPOS_VERB ||
        child_with(words, n, w->head, "nsubj"))
      return false;
    rel = child_with(words, n, w->head, "aux:pass") ? "nsubj:pass" : "nsubj";
  }
  at(words, c)->head = w->head;
  at(words, c)->deprel = rel;
  for (size_t j = 1; j <= n; j++)
    if (j != c && at(words, j)->head == k)
      at(words, j)->head = (uint32_t)c;
  size_t noun = k + 1;
  while (noun != c && at(words, noun)->upos != FG_UPOS_NOUN &&
         at(words, noun)->upos != FG_UPOS_PROPN)
    noun = at(words, noun)->head;
  w->head = (uint32_t)noun;
  w->deprel = "amod";
  return true;
}

bool fg_parse_repair_former_on_verb(FgWord *words, size_t n) {
  if (n < 3 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t k = 1; k < n; k++) {
    FgWord *w = at(words, k);
    size_t h = w->head;
    if (w->upos == FG_UPOS_ADJ && FORM_IN(w, TITLE_DATING_ADJECTIVES) && h != k + 1 &&
        !rel_is(w, "amod") && former_over_title(words, n, k)) {
      changed = true;
      continue;
    }
    if (w->upos != FG_UPOS_ADJ || !rel_is(w, "advmod") ||
        !FORM_IN(w, TITLE_DATING_ADJECTIVES) || h <= k + 1 ||
        at(words, h)->upos != FG_UPOS_VERB)
      continue;
    /* the noun phrase that starts right after it, a dependent of the verb */
    size_t s = k + 1;
    while (s && at(words, s)->head != h)
      s = at(words, s)->head;
    if (!s || s > h || subtree_start(words, n, s) != k + 1 ||
        (at(words, s)->upos != FG_UPOS_NOUN &&
         at(words, s)->upos != FG_UPOS_PROPN))
      continue;
    /* the adjective's noun: the one the next word hangs from, below s
     * ("Former Tarvian President X": "President", under the name) */
    size_t noun = k + 1;
    while (noun != s && at(words, noun)->upos != FG_UPOS_NOUN &&
           at(words, noun)->upos != FG_UPOS_PROPN)
      noun = at(words, noun)->head;
    w->head = (uint32_t)noun;
    w->deprel = "amod";
    changed = true;
  }
  return changed;
}

/* Word p heads a bare name: no case marker, its first word a proper noun
 * and no date ("founded his own firm, Osei Lines"). */
static bool bare_name(FgWord *words, size_t n, size_t p) {
  size_t start = start_past_comma(words, n, p);
  return !child_with(words, n, p, "case") && at(words, start)->upos == FG_UPOS_PROPN &&
         !date_name(at(words, p));
}

bool fg_parse_repair_apposition_on_verb(FgWord *words, size_t n) {
  if (n < 5 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t p = 3; p <= n; p++) {
    FgWord *w = at(words, p);
    size_t v = w->head;
    if (!v || v >= p || at(words, v)->upos != FG_UPOS_VERB)
      continue;
    /* an apposition, a bare name the parser read as an oblique, or a
     * name read as the verb's conjunct with no coordinator after a
     * singular object ("sell its unit, X Mining, to Y") */
    bool conjunct = rel_is(w, "conj") && w->upos == FG_UPOS_PROPN && !child_with(words, n, p, "cc");
    if (!rel_is(w, "appos") && !(rel_is(w, "obl") && bare_name(words, n, p)) && !conjunct)
      continue;
    size_t start = start_past_comma(words, n, p);
    if (start < 3 || !is_comma(at(words, start - 1)))
      continue;
    /* the verb's object, its phrase ending at the comma */
    size_t o = child_with(words, n, v, "obj");
    if (!o || o >= start ||
        (at(words, o)->upos != FG_UPOS_NOUN &&
         at(words, o)->upos != FG_UPOS_PROPN) ||
        (conjunct && xpos_is(at(words, o), "NNS")))
      continue;
    size_t last = o;
    for (size_t k = o + 1; k < start - 1; k++)
      if (under(words, n, k, o))
        last = k;
    if (last != start - 2)
      continue;
    w->head = (uint32_t)o;
    w->deprel = "appos";
    changed = true;
    /* the conjunct's phrases past the comma that closes it are the verb's */
    for (size_t k = p + 1; conjunct && k <= n; k++)
      if (at(words, k)->head == p && rel_is(at(words, k), "nmod") && opens_after_comma(words, n, k))
        move(words, n, k, v, "obl");
  }
  return changed;
}

/* Verbs whose "to" phrase is the one who receives the object; not
 * "give", whose objects take theirs ("gave answers to the questions"). */
static const char *const GIVING_VERBS[] = {"sell", "transfer", "hand", "lease",
                                           "cede"};

/* The verb whose object word p's phrase hangs on as an nmod, with
 * the phrase's case word in *case_word; 0 when p is no such phrase. */
static size_t verb_of_object_phrase(FgWord *words, size_t n, size_t p, size_t *case_word) {
  FgWord *w = at(words, p);
  size_t o = w->head;
  if (!rel_is(w, "nmod") || !o || o >= p || !rel_is(at(words, o), "obj"))
    return 0;
  size_t v = at(words, o)->head, c = child_with(words, n, p, "case");
  if (!v || v > o || at(words, v)->upos != FG_UPOS_VERB || !c)
    return 0;
  *case_word = c;
  return v;
}

bool fg_parse_repair_recipient_on_object(FgWord *words, size_t n) {
  if (n < 5 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t p = 4; p <= n; p++) {
    size_t c = 0, v = verb_of_object_phrase(words, n, p, &c);
    if (v && form_is(at(words, c), "to") && LEMMA_IN(at(words, v), GIVING_VERBS))
      changed |= move(words, n, p, v, "obl");
  }
  return changed;
}

/* Verbs whose "of" or "with" phrase names what the object is blamed
 * for ("convicted X of the murder of Y", "charged X with fraud"). */
static const char *const ACCUSING_VERBS[] = {"convict", "accuse", "charge", "acquit",
                                             "suspect", "indict", "clear"};
static const char *const CHARGE_CASES[] = {"of", "with"};

bool fg_parse_repair_charge_on_name(FgWord *words, size_t n) {
  if (n < 5 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t p = 4; p <= n; p++) {
    size_t c = 0, v = verb_of_object_phrase(words, n, p, &c);
    /* only on a name, and only a common noun: "convicted X of Hallam"
     * is X's home */
    if (v && at(words, p)->upos == FG_UPOS_NOUN &&
        at(words, at(words, p)->head)->upos == FG_UPOS_PROPN &&
        FORM_IN(at(words, c), CHARGE_CASES) && LEMMA_IN(at(words, v), ACCUSING_VERBS))
      changed |= move(words, n, p, v, "obl");
  }
  return changed;
}

/* Word k's head lies outside the words [first, last]. */
static bool hangs_outside(FgWord *words, size_t k, size_t first, size_t last) {
  size_t h = at(words, k)->head;
  return h < first || h > last;
}

bool fg_parse_repair_titled_name(FgWord *words, size_t n) {
  if (n < 5 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t a1 = 1; a1 + 4 <= n; a1++) {
    if (at(words, a1)->upos != FG_UPOS_PROPN ||
        (a1 > 1 && at(words, a1 - 1)->upos == FG_UPOS_PROPN))
      continue;
    /* the runs: names A, the title's words ending in a noun, names B */
    size_t k = a1;
    while (k <= n && at(words, k)->upos == FG_UPOS_PROPN)
      k++;
    size_t a2 = k - 1, t1 = k, t2 = 0;
    while (k <= n && (at(words, k)->upos == FG_UPOS_NOUN ||
                      at(words, k)->upos == FG_UPOS_ADJ))
      t2 = at(words, k)->upos == FG_UPOS_NOUN ? k : t2, k++;
    size_t b1 = k;
    while (k <= n && at(words, k)->upos == FG_UPOS_PROPN)
      k++;
    size_t b2 = k - 1;
    /* a person's full name, then the verb or an adverb of it; the title
     * read as it stands */
    if (t2 != b1 - 1 || b2 < b1 + 1 || k > n ||
        (at(words, k)->upos != FG_UPOS_VERB &&
         at(words, k)->upos != FG_UPOS_AUX &&
         at(words, k)->upos != FG_UPOS_ADV) ||
        at(words, t2)->head == b1)
      continue;
    /* "Y founder X will join Z" parsed with the title as the root and
     * the verb its relative clause, X that clause's subject: the verb
     * becomes the root first */
    size_t clause = at(words, b1)->head;
    if (at(words, t2)->head == 0 && clause > b2 && rel_starts(at(words, b1), "nsubj") &&
        at(words, clause)->head == t2 && rel_is(at(words, clause), "acl:relcl")) {
      hand_root_over(words, n, t2, clause, b1, b1, "nmod:desc");
      changed = true;
    }
    /* one head outside the phrase, taking it as a subject; nothing else
     * of the sentence hung inside it but punctuation */
    size_t v = 0, subject = 0;
    bool one = true;
    for (size_t j = a1; j <= b2 && one; j++) {
      if (!hangs_outside(words, j, a1, b2))
        continue;
      one = v == 0 || at(words, j)->head == v;
      v = at(words, j)->head;
      if (rel_starts(at(words, j), "nsubj"))
        subject = j;
    }
    for (size_t j = 1; j <= n && one; j++)
      one = (j >= a1 && j <= b2) || hangs_outside(words, j, a1, b2) ||
            at(words, j)->upos == FG_UPOS_PUNCT;
    if (!one || !v || !subject)
      continue;
    const char *rel = at(words, subject)->deprel;
    size_t a_head = a1;
    for (size_t j = a1; j <= a2; j++)
      if (hangs_outside(words, j, a1, a2))
        a_head = j;
    for (size_t j = a1; j <= a2; j++)
      if (j != a_head && hangs_outside(words, j, a1, a2))
        at(words, j)->head = (uint32_t)a_head, at(words, j)->deprel = "flat";
    at(words, a_head)->head = (uint32_t)t2;
    at(words, a_head)->deprel = "compound";
    for (size_t j = t1; j < t2; j++)
      if (hangs_outside(words, j, t1, t2))
        at(words, j)->head = (uint32_t)t2;
    at(words, t2)->head = (uint32_t)b1;
    at(words, t2)->deprel = "nmod:desc";
    for (size_t j = b1 + 1; j <= b2; j++)
      if (hangs_outside(words, j, b1, b2))
        at(words, j)->head = (uint32_t)b1, at(words, j)->deprel = "flat";
    at(words, b1)->head = (uint32_t)v;
    at(words, b1)->deprel = rel;
    changed = true;
  }
  return changed;
}

bool fg_parse_repair_second_subject(FgWord *words, size_t n) {
  if (n < 8 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t s2 = 4; s2 <= n; s2++) {
    FgWord *w = at(words, s2);
    size_t v = w->head;
    if (!rel_starts(w, "nsubj") || w->upos != FG_UPOS_PROPN || !v || v < s2)
      continue;
    /* the first subject: a common noun with a clause, before the name */
    size_t s1 = 0;
    for (size_t k = 1; k < s2 && !s1; k++)
      if (at(words, k)->head == v && rel_starts(at(words, k), "nsubj") &&
          at(words, k)->upos == FG_UPOS_NOUN &&
          (child_with(words, n, k, "acl") || child_with(words, n, k, "acl:relcl")))
        s1 = k;
    size_t start = start_past_comma(words, n, s2), end = subtree_end(words, n, s2);
    if (is_comma(at(words, end)))
      end--;
    /* the name set off by commas, the verb's words right after */
    if (!s1 || start < 2 || !is_comma(at(words, start - 1)) || end + 1 >= v ||
        !is_comma(at(words, end + 1)) || subtree_end(words, n, s1) != start - 2)
      continue;
    changed |= move(words, n, s2, s1, "appos");
  }
  return changed;
}

bool fg_parse_repair_apposition_on_conjunct(FgWord *words, size_t n) {
  if (n < 6 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t a = 4; a <= n; a++) {
    size_t h = at(words, a)->head, start = start_past_comma(words, n, a);
    if (!rel_is(at(words, a), "appos") || !h || h >= a || at(words, h)->upos != FG_UPOS_NOUN ||
        start < 3 || !is_comma(at(words, start - 1)))
      continue;
    /* the common noun conjoined to the head whose phrase ends right
     * before the apposition's comma, a referent of its own by its own
     * determiner, number or possessor ("his wife and a son, X"); a bare
     * conjunct shares the head's ("our founder and chief executive, X") */
    for (size_t c = h + 1; c < start - 1; c++)
      if (at(words, c)->head == h && rel_is(at(words, c), "conj") &&
          at(words, c)->upos == FG_UPOS_NOUN && subtree_end(words, n, c) == start - 2 &&
          (child_with(words, n, c, "det") || child_with(words, n, c, "nummod") ||
           child_with(words, n, c, "nmod:poss"))) {
        changed |= move(words, n, a, c, "appos");
        break;
      }
  }
  return changed;
}

static const char *const SPEAKER_POSSESSIVES[] = {"its", "their"};
static const char *const SAYING_VERBS[] = {"say", "tell", "add"};

bool fg_parse_repair_possessive_speaker(FgWord *words, size_t n) {
  if (n < 6 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t t = 3; t <= n; t++) {
    FgWord *w = at(words, t);
    size_t poss = child_with(words, n, t, "nmod:poss");
    if (!rel_is(w, "appos") || w->upos != FG_UPOS_NOUN || !poss || poss > t ||
        !FORM_IN(at(words, poss), SPEAKER_POSSESSIVES) ||
        !is_comma(at(words, subtree_start(words, n, poss) - 1)))
      continue;
    /* the saying verb right after the phrase (and its comma), without a
     * subject of its own */
    size_t end = subtree_end(words, n, t), v = end + 1;
    if (v <= n && is_comma(at(words, v)))
      v++;
    if (v > n || at(words, v)->upos != FG_UPOS_VERB || !LEMMA_IN(at(words, v), SAYING_VERBS) ||
        child_with(words, n, v, "nsubj") || under(words, n, v, t))
      continue;
    changed |= move(words, n, t, v, "nsubj");
    if (v > end + 1)
      at(words, end + 1)->head = (uint32_t)t, at(words, end + 1)->deprel = "punct";
  }
  return changed;
}

/* Case words of a place or time phrase a clause may end with. */
static const char *const SCENE_CASES[] = {"in", "at", "near", "on"};

bool fg_parse_repair_scene_after_apposition(FgWord *words, size_t n) {
  if (n < 7 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t p = 6; p <= n; p++) {
    size_t a = at(words, p)->head, c = child_with(words, n, p, "case");
    if (!a || a >= p || !rel_is(at(words, p), "nmod") || !c || !FORM_IN(at(words, c), SCENE_CASES) ||
        !rel_is(at(words, a), "appos") || at(words, a)->upos != FG_UPOS_NOUN)
      continue;
    /* the phrase opens after a comma that closes the apposition */
    size_t start = start_past_comma(words, n, p);
    if (start < 3 || !is_comma(at(words, start - 1)))
      continue;
    size_t last = a;
    for (size_t k = a + 1; k < start - 1; k++)
      if (under(words, n, k, a) && !under(words, n, k, p))
        last = k;
    if (last != start - 2)
      continue;
    /* the apposition describes a verb's subject or object */
    size_t x = at(words, a)->head, v = x ? at(words, x)->head : 0;
    if (v && at(words, v)->upos == FG_UPOS_VERB &&
        (rel_is(at(words, x), "obj") || rel_starts(at(words, x), "nsubj")))
      changed |= move(words, n, p, v, "obl");
  }
  return changed;
}

bool fg_parse_repair_plea_on_guilty(FgWord *words, size_t n) {
  if (n < 6 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t p = 4; p <= n; p++) {
    size_t v = at(words, p)->head, c = child_with(words, n, p, "case");
    if (!v || v >= p || !rel_is(at(words, p), "obl") || at(words, p)->upos != FG_UPOS_NOUN || !c ||
        !form_is(at(words, c), "to") || !lemma_is(at(words, v), "plead"))
      continue;
    /* the plea's word between the verb and the phrase */
    for (size_t g = v + 1; g < c; g++)
      if (at(words, g)->head == v && form_is(at(words, g), "guilty")) {
        changed |= move(words, n, p, g, at(words, g)->upos == FG_UPOS_NOUN ? "nmod" : "obl");
        break;
      }
  }
  return changed;
}

bool fg_parse_repair_subject_after_subordinator(FgWord *words, size_t n) {
  if (n < 6 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t p = 1; p + 3 <= n; p++) {
    FgWord *mark = at(words, p), *subject = at(words, p + 1);
    size_t v = mark->head, c = p + 1;
    if (!FORM_IN(mark, SUBORDINATORS) || !(rel_is(mark, "mark") || rel_is(mark, "advmod")) ||
        v <= c || at(words, v)->upos != FG_UPOS_VERB || !bare_verb(words, n, v) ||
        subject->head != p || !(rel_is(subject, "appos") || rel_is(subject, "dep")) ||
        !(subject->upos == FG_UPOS_PROPN || subject->upos == FG_UPOS_NOUN))
      continue;
    /* only punctuation and the verb's own words between the phrase and
     * the verb */
    size_t end = subtree_end(words, n, c);
    bool next_to_verb = end < v;
    for (size_t k = end + 1; k < v && next_to_verb; k++)
      next_to_verb = is_comma(at(words, k)) || under(words, n, k, v);
    if (!next_to_verb)
      continue;
    for (size_t k = end + 1; k < v; k++)
      if (at(words, k)->head == p)
        at(words, k)->head = (uint32_t)c;
    subject->head = (uint32_t)v;
    subject->deprel = "nsubj";
    mark->head = (uint32_t)v;
    mark->deprel = "mark";
    /* a marked clause is no conjunct ("started shortly after X met Y") */
    if (rel_is(at(words, v), "conj"))
      at(words, v)->deprel = "advcl";
    changed = true;
  }
  return changed;
}

/* The apposition whose phrase covers word k, opening at it or at the
 * comma before it and ending before word h, or 0: one by its relation, or
 * a common noun with a determiner that the parser hung elsewhere ("the
 * head of Y" as an oblique of the participle). */
static size_t apposition_from(FgWord *words, size_t n, size_t k, size_t h) {
  for (size_t a = k; a < h; a++)
    if ((rel_is(at(words, a), "appos") ||
         (at(words, a)->upos == FG_UPOS_NOUN && child_with(words, n, a, "det") &&
          at(words, a)->head < k)) &&
        start_past_comma(words, n, a) <= k &&
        subtree_start(words, n, a) >= k - 1 && subtree_end(words, n, a) < h)
      return a;
  return 0;
}

/* The repair below with the participle clause already an advcl. */
static bool subject_after_participle(FgWord *words, size_t n) {
  FgWord *part = at(words, 1);
  size_t h = part->head;
  if (part->upos != FG_UPOS_VERB || !part->xpos ||
      (strcmp(part->xpos, "VBG") != 0 && strcmp(part->xpos, "VBN") != 0) ||
      !rel_is(part, "advcl") || h <= 4 || !bare_verb(words, n, h))
    return false;
  for (size_t c = 3; c + 1 < h; c++) {
    FgWord *name = at(words, c);
    if (name->upos != FG_UPOS_PROPN || !(rel_is(name, "conj") || rel_is(name, "appos")) ||
        !is_comma(at(words, c - 1)) || !under(words, n, c, 1) || child_with(words, n, c, "cc") ||
        start_past_comma(words, n, c) != c)
      continue;
    /* past the name, only commas and appositions up to the verb */
    size_t end = subtree_end(words, n, c), k = end + 1, appos[8], count = 0;
    while (k < h) {
      if (is_comma(at(words, k))) {
        k++;
        continue;
      }
      size_t a = apposition_from(words, n, k, h);
      if (!a || count == sizeof appos / sizeof *appos)
        break;
      appos[count++] = a;
      k = subtree_end(words, n, a) + 1;
    }
    if (k < h)
      return false;
    name->head = (uint32_t)h;
    name->deprel = "nsubj";
    at(words, c - 1)->head = 1;
    at(words, c - 1)->deprel = "punct";
    for (size_t i = 0; i < count; i++)
      move(words, n, appos[i], c, "appos");
    /* a comma around an apposition is the apposition's */
    for (size_t j = end + 1; j < h; j++) {
      if (!is_comma(at(words, j)) || (at(words, j)->head > c && at(words, j)->head < h))
        continue;
      size_t near = 0;
      for (size_t i = 0; i < count && !near; i++)
        if (appos[i] > j)
          near = appos[i];
      near = near ? near : count ? appos[count - 1] : 0;
      if (near)
        at(words, j)->head = (uint32_t)near;
    }
    return true;
  }
  return false;
}

bool fg_parse_repair_opening_participle_subject(FgWord *words, size_t n) {
  if (n < 6 || n > REPAIR_MAX_WORDS)
    return false;
  if (subject_after_participle(words, n))
    return true;
  /* the participle read as the root, the main verb its conjunct without
   * "and" after a comma: the verb is the root when a subject is found */
  FgWord *part = at(words, 1);
  if (part->head || part->upos != FG_UPOS_VERB || !part->xpos ||
      (strcmp(part->xpos, "VBG") != 0 && strcmp(part->xpos, "VBN") != 0))
    return false;
  size_t v = 0;
  for (size_t k = 3; k <= n && !v; k++)
    if (at(words, k)->head == 1 && rel_is(at(words, k), "conj") && finite(at(words, k)) &&
        bare_verb(words, n, k) && start_past_comma(words, n, k) == k && is_comma(at(words, k - 1)) &&
        subtree_end(words, n, k) + 1 >= n)
      v = k;
  if (!v)
    return false;
  uint32_t heads[REPAIR_MAX_WORDS];
  const char *rels[REPAIR_MAX_WORDS];
  for (size_t k = 1; k <= n; k++) {
    heads[k - 1] = at(words, k)->head;
    rels[k - 1] = at(words, k)->deprel;
    if (k > v && at(words, k)->head == 1)
      at(words, k)->head = (uint32_t)v;
  }
  at(words, v)->head = 0;
  at(words, v)->deprel = "root";
  part->head = (uint32_t)v;
  part->deprel = "advcl";
  if (subject_after_participle(words, n))
    return true;
  for (size_t k = 1; k <= n; k++) {
    at(words, k)->head = heads[k - 1];
    at(words, k)->deprel = rels[k - 1];
  }
  return false;
}

bool fg_parse_repair_copular_relative_subject(FgWord *words, size_t n) {
  if (n < 8 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t s2 = 4; s2 <= n; s2++) {
    FgWord *w = at(words, s2);
    size_t v = w->head, who = child_with(words, n, s2, "nsubj"), cop = child_with(words, n, s2, "cop");
    if (!rel_is(w, "nsubj") || !v || v < s2 || !who || !cop || who > cop || cop > s2 ||
        !relative_word(at(words, who)) || !is_comma(at(words, who - 1)))
      continue;
    /* the verb's first subject ends at or right before the clause's comma */
    size_t s1 = 0;
    for (size_t k = 1; k + 1 < who && !s1; k++)
      if (at(words, k)->head == v && rel_starts(at(words, k), "nsubj") &&
          (at(words, k)->upos == FG_UPOS_PROPN || at(words, k)->upos == FG_UPOS_NOUN) &&
          subtree_end(words, n, k) + 2 >= who && subtree_end(words, n, k) < who)
        s1 = k;
    if (s1 && move(words, n, s2, s1, "acl:relcl")) {
      at(words, who - 1)->head = (uint32_t)s2;
      changed = true;
    }
  }
  return changed;
}

bool fg_parse_repair_copula_among(FgWord *words, size_t n) {
  if (n < 5 || n > REPAIR_MAX_WORDS)
    return false;
  size_t r = nominal_root(words, n);
  for (size_t b = 2; r && b < n; b++) {
    FgWord *be = at(words, b);
    size_t h = be->head;
    if (!lemma_is(be, "be") || !finite(be) || !h || h >= b ||
        !(h == r || (at(words, h)->head == r && rel_is(at(words, h), "flat"))) ||
        rel_is(be, "cop") || rel_starts(be, "aux"))
      continue;
    /* the "among" phrase right after the verb */
    size_t p = 0;
    for (size_t k = b + 1; k <= n && !p; k++)
      if (at(words, k)->head == b && (rel_starts(at(words, k), "obl") || rel_starts(at(words, k), "nmod")))
        p = k;
    size_t c = p ? child_with(words, n, p, "case") : 0;
    if (!c || !form_is(at(words, c), "among") || c != b + 1)
      return false;
    for (size_t k = 1; k <= n; k++)
      if (k != p && k > b && (at(words, k)->head == b || at(words, k)->head == r))
        at(words, k)->head = (uint32_t)p;
    at(words, p)->head = 0;
    at(words, p)->deprel = "root";
    at(words, r)->head = (uint32_t)p;
    at(words, r)->deprel = "nsubj";
    be->head = (uint32_t)p;
    be->deprel = "cop";
    return true;
  }
  return false;
}

/* Name s follows common noun h, which now stands as head with relation
 * rel: with a determiner or a possessor the name is the noun's
 * apposition ("the singer X"), as the treebanks have it; a bare noun or
 * one with adjectives only describes the name, which takes the noun's
 * place ("Ghanaian striker X": nmod:desc). */
static void attach_descriptor(FgWord *words, size_t n, size_t h, size_t s, uint32_t head,
                              const char *rel) {
  FgWord *noun = at(words, h), *name = at(words, s);
  if (child_with(words, n, h, "det") || child_with(words, n, h, "nmod:poss")) {
    noun->head = head, noun->deprel = rel;
    name->head = (uint32_t)h, name->deprel = "appos";
  } else {
    name->head = head, name->deprel = rel;
    noun->head = (uint32_t)s, noun->deprel = "nmod:desc";
  }
}

/* Word k opens a name: a proper noun, or a capitalised adjective of the
 * name's ("the opposition Social/JJ Democrats"). */
static bool opens_name(FgWord *words, size_t k) {
  const FgWord *w = at(words, k);
  return w->upos == FG_UPOS_PROPN ||
         (w->upos == FG_UPOS_ADJ && rel_is(w, "amod") && w->form[0] >= 'A' && w->form[0] <= 'Z' &&
          at(words, w->head)->upos == FG_UPOS_PROPN);
}

/* Bare singular noun h right before name s, both objects of one verb
 * ("to acquire rival/obj Velocom/obj"): no verb takes a bare singular
 * common noun and a name as two objects. */
static bool bare_noun_before_object(FgWord *words, size_t h, size_t s) {
  const FgWord *noun = at(words, h), *name = at(words, s);
  return rel_is(name, "obj") && rel_is(noun, "obj") && noun->head == name->head && noun->xpos &&
         strcmp(noun->xpos, "NN") == 0;
}

bool fg_parse_repair_name_after_noun(FgWord *words, size_t n) {
  if (n < 5 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t s = 3; s <= n; s++) {
    FgWord *w = at(words, s);
    size_t v = w->head;
    /* the cheap tests first: the subtree walks cost a sentence's length */
    if (!(rel_starts(w, "nsubj") || rel_is(w, "obj")) || !v || w->form[0] < 'A' ||
        w->form[0] > 'Z')
      continue;
    size_t start = subtree_start(words, n, s), h = start - 1;
    if (!opens_name(words, start) || h < 2 || at(words, h)->upos != FG_UPOS_NOUN ||
        (subtree_start(words, n, h) == h && !bare_noun_before_object(words, h, s)))
      continue;
    FgWord *noun = at(words, h), *verb = at(words, v);
    /* two subjects (objects) of one verb, the noun read as an object or
     * a bare modifier before the verb's subject ("Ghanaian striker/obj X
     * has signed for Y"), or the name hung on the noun, an argument, as
     * its object: a noun takes none */
    bool before_subject = rel_starts(w, "nsubj") && v > s &&
                          (rel_is(noun, "obj") || rel_is(noun, "obl:unmarked"));
    if ((noun->head == v && (rel_is(noun, w->deprel) || before_subject)) ||
        (v == h && (rel_starts(noun, "nsubj") || rel_is(noun, "obj")))) {
      attach_descriptor(words, n, h, s, noun->head, before_subject ? w->deprel : noun->deprel);
      /* the same misreading makes a name after the verb its xcomp ("has
       * joined/xcomp Y"): with no object, the verb's object */
      size_t x = before_subject && !child_with(words, n, v, "obj") ? child_with(words, n, v, "xcomp")
                                                                    : 0;
      /* (a name's word the tagger may give a verb's UPOS: "Halden United/VERB/NNP") */
      const char *xpos = x ? at(words, x)->xpos : NULL;
      if (x > v && xpos && strncmp(xpos, "NNP", 3) == 0 && !child_with(words, n, x, "case") &&
          !child_with(words, n, x, "mark") && !child_with(words, n, x, "cop"))
        at(words, x)->deprel = "obj";
      changed = true;
      continue;
    }
    /* the noun stands as a clause (the root, or a parataxis: "..., the
     * firm's chief executive X told reporters") and the verb has its
     * objects */
    if (v < s || !rel_starts(w, "nsubj") || verb->head != h || !rel_is(verb, "acl:relcl") ||
        !(rel_is(noun, "root") || rel_is(noun, "parataxis")) ||
        !(child_with(words, n, v, "obj") || child_with(words, n, v, "iobj") ||
          child_with(words, n, v, "ccomp")))
      continue;
    /* the noun's words after the clause (the full stop) go to the verb */
    size_t end = subtree_end(words, n, v);
    for (size_t k = end + 1; k <= n; k++)
      if (at(words, k)->head == h)
        at(words, k)->head = (uint32_t)v;
    verb->head = noun->head;
    verb->deprel = noun->deprel;
    attach_descriptor(words, n, h, s, (uint32_t)v, w->deprel);
    changed = true;
  }
  return changed;
}

/* The nearest dependent of verb v before word k that is a case phrase
 * (obl or nmod) with the case word of word p, or 0. */
static size_t case_phrase_before(FgWord *words, size_t n, size_t v, size_t k, size_t p) {
  const FgWord *c = at(words, child_with(words, n, p, "case"));
  for (size_t j = k - 1; j >= 1; j--) {
    size_t cj = child_with(words, n, j, "case");
    if (at(words, j)->head == v && (rel_starts(at(words, j), "obl") || rel_starts(at(words, j), "nmod")) &&
        cj && at(words, cj)->form_len == c->form_len &&
        strncasecmp(at(words, cj)->form, c->form, c->form_len) == 0)
      return j;
  }
  return 0;
}

/* The verb whose case phrase the misplaced phrase p pairs with, or 0: the
 * verb of the coordinator p hangs on, or the verb of the aside ("as was
 * reported") p was made the conjunct of (a case phrase conjoins no verb). */
static size_t verb_of_stray_phrase(FgWord *words, size_t n, size_t p, size_t *before) {
  size_t h = at(words, p)->head;
  if (!h || h >= p || !child_with(words, n, p, "case"))
    return 0;
  if (rel_is(at(words, h), "cc") &&
      (rel_starts(at(words, p), "nmod") || rel_starts(at(words, p), "obl"))) {
    *before = h;
    return at(words, h)->head;
  }
  if (rel_is(at(words, p), "conj") && at(words, h)->upos == FG_UPOS_VERB &&
      rel_is(at(words, h), "advcl") && opens_after_comma(words, n, h)) {
    *before = subtree_start(words, n, h);
    return at(words, h)->head;
  }
  return 0;
}

bool fg_parse_repair_phrase_on_coordinator(FgWord *words, size_t n) {
  if (n < 5 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t p = 3; p <= n; p++) {
    size_t before = 0, v = verb_of_stray_phrase(words, n, p, &before);
    if (!v || at(words, v)->upos != FG_UPOS_VERB)
      continue;
    size_t cc = child_with(words, n, p, "cc");
    if (rel_is(at(words, at(words, p)->head), "cc"))
      cc = at(words, p)->head;
    size_t first = case_phrase_before(words, n, v, before, p);
    if (!first || !move(words, n, p, first, "conj"))
      continue;
    if (cc)
      move(words, n, cc, p, "cc");
    changed = true;
  }
  return changed;
}

/* Noun k heads a phrase that names its referent: a determiner and a
 * proper noun hung after the noun ("the businessman Dmitri Orlov"). */
static bool determined_noun_with_name(FgWord *words, size_t n, size_t k) {
  if (at(words, k)->upos != FG_UPOS_NOUN || !child_with(words, n, k, "det"))
    return false;
  for (size_t j = k + 1; j <= n; j++)
    if (at(words, j)->head == k && at(words, j)->upos == FG_UPOS_PROPN)
      return true;
  return false;
}

/* Word k may be the first subject of verb v: its subject, or a
 * possessed noun the parser gave as a bare oblique ("X's founder"). */
static bool first_subject_of(FgWord *words, size_t n, size_t k, size_t v) {
  FgWord *w = at(words, k);
  if (w->head != v || (w->upos != FG_UPOS_NOUN && w->upos != FG_UPOS_PROPN))
    return false;
  return rel_starts(w, "nsubj") || (rel_is(w, "obl") && !child_with(words, n, k, "case") &&
                                    child_with(words, n, k, "nmod:poss"));
}

bool fg_parse_repair_apposed_subject(FgWord *words, size_t n) {
  if (n < 8 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t s2 = 4; s2 <= n; s2++) {
    FgWord *w = at(words, s2);
    size_t v = w->head;
    /* "X, the noun Y," or a name after a common noun ("X's founder, Y,") */
    bool name = w->upos == FG_UPOS_PROPN;
    if (!rel_starts(w, "nsubj") || !v || v < s2 ||
        (!name && !determined_noun_with_name(words, n, s2)))
      continue;
    /* the phrase set off by commas, the verb's words right after, and
     * the first subject's phrase ending at the opening comma */
    size_t start = start_past_comma(words, n, s2), end = subtree_end(words, n, s2);
    if (is_comma(at(words, end)))
      end--;
    if (start < 3 || !is_comma(at(words, start - 1)) || end + 1 >= v ||
        !is_comma(at(words, end + 1)))
      continue;
    size_t s1 = 0;
    for (size_t k = 1; k + 1 < start && !s1; k++)
      if (first_subject_of(words, n, k, v) && subtree_end(words, n, k) + 2 >= start &&
          subtree_end(words, n, k) < start && (!name || at(words, k)->upos == FG_UPOS_NOUN))
        s1 = k;
    const char *subject_rel = w->deprel;
    if (!s1 || !move(words, n, s2, s1, "appos"))
      continue;
    if (rel_is(at(words, s1), "obl"))
      at(words, s1)->deprel = subject_rel;
    at(words, start - 1)->head = (uint32_t)s2;
    changed = true;
  }
  return changed;
}

bool fg_parse_repair_whose_clause_subject(FgWord *words, size_t n) {
  if (n < 8 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t c = 4; c <= n; c++) {
    FgWord *w = at(words, c);
    size_t v = w->head;
    /* a copular clause "whose N is Y" made the subject of the verb after
     * it; the cheap tests first: each child_with walks the sentence */
    if (!rel_starts(w, "nsubj") || !v || v < c || at(words, v)->upos != FG_UPOS_VERB)
      continue;
    size_t o = child_with(words, n, c, "nsubj"), cop = child_with(words, n, c, "cop");
    size_t whose = o && cop ? child_with(words, n, o, "nmod:poss") : 0;
    if (!whose || o > cop || cop > c || !form_is(at(words, whose), "whose") || whose < 3 ||
        !is_comma(at(words, whose - 1)))
      continue;
    /* the name right before the comma, hung inside the clause or on the verb */
    size_t a = name_ending_at(words, whose - 2, whose);
    if (!a || (at(words, a)->upos != FG_UPOS_PROPN && at(words, a)->upos != FG_UPOS_NOUN) ||
        !(at(words, a)->head == c || at(words, a)->head == v))
      continue;
    at(words, a)->head = (uint32_t)v;
    at(words, a)->deprel = child_with(words, n, v, "aux:pass") ? "nsubj:pass" : "nsubj";
    move(words, n, c, a, "acl:relcl");
    at(words, whose - 1)->head = (uint32_t)c;
    changed = true;
  }
  return changed;
}

bool fg_parse_repair_object_on_predicate_adjective(FgWord *words, size_t n) {
  if (n < 4 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t o = 3; o <= n; o++) {
    FgWord *w = at(words, o);
    size_t a = w->head, v = a ? at(words, a)->head : 0;
    /* the object after the verb's secondary predicate right after it,
     * an adjective ("shot dead the journalist") or a noun with its case
     * word ("stabbed to death the priest"): neither takes an object; the
     * verb has none of its own */
    if (!rel_is(w, "obj") || !a || a >= o || !rel_is(at(words, a), "xcomp") || !v || v >= a ||
        at(words, v)->upos != FG_UPOS_VERB || child_with(words, n, v, "obj") ||
        child_with(words, n, o, "case") || subtree_start(words, n, a) != v + 1)
      continue;
    /* a noun only with its case word right before it: "named chief
     * executive of Y" has an "of" phrase the parser made an object */
    if (at(words, a)->upos != FG_UPOS_ADJ &&
        !(at(words, a)->upos == FG_UPOS_NOUN && a == v + 2 &&
          (rel_is(at(words, v + 1), "mark") || rel_is(at(words, v + 1), "case"))))
      continue;
    changed |= move(words, n, o, v, "obj");
    /* so are the predicate's case phrases after the object ("... the
     * priest in Y") */
    for (size_t k = o + 1; k <= n; k++)
      if (at(words, k)->head == a && rel_starts(at(words, k), "obl"))
        at(words, k)->head = (uint32_t)v;
  }
  return changed;
}

/* Verb c is finite itself or through an auxiliary. */
static bool finite_clause(FgWord *words, size_t c) {
  if (finite(at(words, c)))
    return true;
  for (size_t k = 1; k < c; k++)
    if (at(words, k)->head == c && rel_starts(at(words, k), "aux") && finite(at(words, k)))
      return true;
  return false;
}

bool fg_parse_repair_preposition_as_subordinator(FgWord *words, size_t n) {
  if (n < 8 || n > REPAIR_MAX_WORDS)
    return false;
  size_t root = nominal_root(words, n);
  for (size_t m = 3; root && m + 2 <= n; m++) {
    FgWord *w = at(words, m);
    size_t c = w->head, r = c ? at(words, c)->head : 0;
    /* a preposition made the subordinator of the main verb, with the
     * preposition's noun its subject, inside a relative clause on the
     * root nominal ("X, who works for Y, was arrested"); the cheap tests
     * first: the subtree walks cost a sentence's length */
    if (!rel_is(w, "mark") || w->upos != FG_UPOS_ADP || !c || c < m || !r ||
        !rel_is(at(words, r), "acl:relcl") || at(words, r)->head != root || r > m)
      continue;
    size_t s = child_with(words, n, c, "nsubj");
    if (!opens_after_comma(words, n, r) || !s || s > c || subtree_start(words, n, s) != m + 1 ||
        !finite_clause(words, c))
      continue;
    /* the relative clause closes with a comma right after the noun's phrase */
    size_t end = subtree_end(words, n, s);
    if (is_comma(at(words, end)))
      end--;
    if (end + 1 >= c || !is_comma(at(words, end + 1)))
      continue;
    move(words, n, s, r, "obl");
    move(words, n, m, s, "case");
    at(words, end + 1)->head = (uint32_t)r;
    hand_root_over(words, n, root, c, root, 0, NULL);
    return true;
  }
  return false;
}

bool fg_parse_repair_name_after_agent(FgWord *words, size_t n) {
  if (n < 6 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t s = 4; s <= n; s++) {
    FgWord *w = at(words, s);
    size_t v = w->head;
    /* a bare oblique (no case word of its own) that opens with a name */
    if (!rel_is(w, "obl") || !v || w->form[0] < 'A' || w->form[0] > 'Z' ||
        child_with(words, n, s, "case"))
      continue;
    size_t start = subtree_start(words, n, s), h = start - 1;
    if (at(words, start)->upos != FG_UPOS_PROPN || h < 3 || at(words, h)->upos != FG_UPOS_NOUN ||
        at(words, h)->head != v || !rel_is(at(words, h), "obl:agent") ||
        subtree_start(words, n, h) == h)
      continue;
    /* the "by" goes with the name when the noun comes to describe it */
    size_t by = child_with(words, n, h, "case");
    attach_descriptor(words, n, h, s, (uint32_t)v, "obl:agent");
    if (by && at(words, h)->head == s)
      at(words, by)->head = (uint32_t)s;
    changed = true;
  }
  return changed;
}

bool fg_parse_repair_verdict_complement(FgWord *words, size_t n) {
  if (n < 5 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t g = 3; g <= n; g++) {
    FgWord *guilty = at(words, g);
    size_t v = guilty->head;
    if (!form_is(guilty, "guilty") || !rel_is(guilty, "obj") || !v || v >= g ||
        at(words, v)->upos != FG_UPOS_VERB)
      continue;
    /* the one found guilty, read as the word's compound: the verb's object */
    size_t named = child_with(words, n, g, "compound");
    if (named && named < g && at(words, named)->upos == FG_UPOS_PROPN &&
        !child_with(words, n, v, "nsubj:pass"))
      changed |= move(words, n, named, v, "obj");
    guilty->deprel = "xcomp";
    changed = true;
    /* "was found guilty of Y by a court": the passive's agent */
    if (!child_with(words, n, v, "nsubj:pass"))
      continue;
    for (size_t k = g + 1; k <= n; k++) {
      size_t c = child_with(words, n, k, "case");
      if (at(words, k)->head == g && rel_starts(at(words, k), "nmod") && c && form_is(at(words, c), "by"))
        changed |= move(words, n, k, v, "obl:agent");
    }
  }
  return changed;
}

/* Whether word h has a dependent only a verb takes (an object, an
 * oblique, a clause, an adverb): "waiver or modification amounts/NNS to
 * a waiver" is a clause, its verb tagged a noun. */
static bool takes_verb_dependents(FgWord *words, size_t n, size_t h) {
  static const char *const VERBAL[] = {"obj", "obl", "xcomp", "ccomp", "advcl", "advmod", "mark"};
  for (size_t i = 0; i < sizeof VERBAL / sizeof VERBAL[0]; i++)
    if (child_with(words, n, h, VERBAL[i]))
      return true;
  return false;
}

bool fg_parse_repair_noun_pair_as_clause(FgWord *words, size_t n) {
  if (n < 6 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t s = 1; s + 3 <= n; s++) {
    FgWord *first = at(words, s);
    size_t h = first->head, c = h ? h - 1 : 0;
    /* "wife/nsubj and business/conj partner": a noun the subject of the
     * noun after it, with no copula, and the word before that noun a
     * conjunct of the first with its coordinator */
    if (!rel_is(first, "nsubj") || first->upos != FG_UPOS_NOUN || h <= s + 2 ||
        at(words, h)->upos != FG_UPOS_NOUN || !at(words, h)->head ||
        child_with(words, n, h, "cop") || child_with(words, n, h, "aux") ||
        at(words, c)->head != s || !rel_is(at(words, c), "conj") ||
        at(words, c)->upos != FG_UPOS_NOUN || !child_with(words, n, c, "cc") ||
        !(rel_starts(at(words, h), "nsubj") || rel_is(at(words, h), "obj") ||
          rel_is(at(words, h), "appos")) ||
        takes_verb_dependents(words, n, h))
      continue;
    FgWord *second = at(words, h);
    first->head = second->head, first->deprel = second->deprel;
    second->head = (uint32_t)s, second->deprel = "conj";
    at(words, child_with(words, n, c, "cc"))->head = (uint32_t)h;
    at(words, c)->head = (uint32_t)h, at(words, c)->deprel = "compound";
    /* what follows the pair (an apposition, its commas) is the pair's:
     * on the first conjunct, as the treebanks hang shared dependents */
    for (size_t k = h + 1; k <= n; k++)
      if (at(words, k)->head == h)
        at(words, k)->head = (uint32_t)s;
    changed = true;
  }
  return changed;
}

/* A bare time phrase: a day or month name, or a number a month name
 * modifies ("Dec. 3", "March 4"), as the parser tags them. */
static bool bare_date(FgWord *words, size_t n, size_t t) {
  FgWord *w = at(words, t);
  if (w->upos == FG_UPOS_PROPN)
    return date_name(w) && !child_with(words, n, t, "case");
  size_t m = child_with(words, n, t, "compound");
  return w->upos == FG_UPOS_NUM && m && m < t && at(words, m)->upos == FG_UPOS_PROPN &&
         date_name(at(words, m)) && !child_with(words, n, t, "case");
}

/* The verb bare date t hangs on: as its bare obl or its object ("died
 * Thursday/obj"), or as the apposition, with no comma, of the verb's
 * oblique ("died of cancer Sunday"); else 0. */
static size_t verb_of_date(FgWord *words, size_t n, size_t t) {
  FgWord *w = at(words, t);
  size_t h = w->head;
  if (!h || !bare_date(words, n, t))
    return 0;
  if (rel_is(w, "appos") && !is_comma(at(words, t - 1)) && rel_is(at(words, h), "obl"))
    h = at(words, h)->head;
  else if (!rel_is(w, "obl:unmarked") && !rel_is(w, "obl:tmod") && !rel_is(w, "obj"))
    return 0;
  return h && at(words, h)->upos == FG_UPOS_VERB ? h : 0;
}

bool fg_parse_repair_place_on_date(FgWord *words, size_t n) {
  if (n < 5 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t p = 3; p <= n; p++) {
    FgWord *place = at(words, p);
    size_t t = place->head;
    size_t v = rel_is(place, "nmod") && t < p ? verb_of_date(words, n, t) : 0;
    if (!v)
      continue;
    /* a case phrase of its own ("in Y", "at his home"), not "of" (the
     * day "of the vote" is the day's) */
    size_t c = child_with(words, n, p, "case");
    if (!c || form_is(at(words, c), "of"))
      continue;
    place->head = (uint32_t)v;
    place->deprel = "obl";
    changed = true;
  }
  return changed;
}

/* Past participle p (VBN or VBD) read as the clause of subject s right
 * before it, with an object of its own and the subject's verb r a
 * coordinated verb after it ("Police arrested/acl X and charged him"):
 * a reduced relative takes no object there. */
static bool participle_before_coordinated_verb(FgWord *words, size_t n, size_t p) {
  FgWord *part = at(words, p);
  size_t s = part->head, r = s ? at(words, s)->head : 0;
  if (!rel_is(part, "acl") || s + 1 != p || r <= p || !part->xpos ||
      (strcmp(part->xpos, "VBN") != 0 && strcmp(part->xpos, "VBD") != 0) ||
      !rel_is(at(words, s), "nsubj") || at(words, r)->upos != FG_UPOS_VERB ||
      !finite(at(words, r)) || !child_with(words, n, p, "obj"))
    return false;
  size_t cc = child_with(words, n, r, "cc");
  return cc > subtree_end(words, n, p) && cc < r;
}

bool fg_parse_repair_participle_before_conjunct(FgWord *words, size_t n) {
  if (n < 6 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t p = 2; p < n; p++) {
    if (!participle_before_coordinated_verb(words, n, p))
      continue;
    FgWord *part = at(words, p), *subj = at(words, part->head);
    size_t r = subj->head;
    part->head = at(words, r)->head;
    part->deprel = at(words, r)->deprel;
    part->xpos = "VBD";
    part->feats = "Mood=Ind|Tense=Past|VerbForm=Fin";
    at(words, r)->head = (uint32_t)p;
    at(words, r)->deprel = "conj";
    subj->head = (uint32_t)p;
    /* the full stop is the root's */
    if (!part->head && at(words, n)->head == r && at(words, n)->upos == FG_UPOS_PUNCT)
      at(words, n)->head = (uint32_t)p;
    changed = true;
  }
  return changed;
}

/* "Gunmen shot dead Y": the parser may hang the one shot on the
 * adjective as its apposition. An adjective right after its verb (xcomp)
 * whose apposition follows it with no comma, the verb having no object:
 * that nominal is the verb's object. */
bool fg_parse_repair_object_after_result(FgWord *words, size_t n) {
  if (n < 4 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t a = 2; a < n; a++) {
    FgWord *adj = at(words, a), *x = at(words, a + 1);
    size_t v = adj->head, o = a + 1;
    /* the nominal's first word may be a premodifier of its head */
    while (o <= n && at(words, o)->head > o && at(words, o)->head <= n &&
           !rel_is(at(words, o), "punct"))
      o = at(words, o)->head;
    if (adj->upos != FG_UPOS_ADJ || !rel_is(adj, "xcomp") || v + 1 != a || is_comma(x) ||
        o > n || at(words, o)->head != a || !rel_is(at(words, o), "appos") ||
        at(words, v)->upos != FG_UPOS_VERB || child_with(words, n, v, "obj"))
      continue;
    at(words, o)->head = (uint32_t)v;
    at(words, o)->deprel = "obj";
    changed = true;
  }
  return changed;
}

bool fg_parse_repair_apposition_as_subject(FgWord *words, size_t n) {
  if (n < 7 || n > REPAIR_MAX_WORDS)
    return false;
  size_t r = child_with(words, n, 0, "root");
  if (!r || at(words, r)->upos != FG_UPOS_PROPN)
    return false;
  for (size_t v = r + 4; v <= n; v++) {
    FgWord *verb = at(words, v);
    if (verb->head != r || !rel_is(verb, "parataxis") || verb->upos != FG_UPOS_VERB ||
        !finite(verb))
      continue;
    size_t s = child_with(words, n, v, "nsubj");
    if (!s || s > v || at(words, s)->upos != FG_UPOS_NOUN)
      return false;
    /* the noun's phrase fills the commas between the names and the verb */
    size_t start = start_past_comma(words, n, s), end = subtree_end(words, n, s);
    if (start < 3 || !is_comma(at(words, start - 1)) || end + 1 >= v ||
        !is_comma(at(words, end + 1)) || subtree_start(words, n, v) < start - 1)
      return false;
    for (size_t k = r + 1; k < start - 1; k++)
      if (!under(words, n, k, r) || under(words, n, k, v))
        return false;
    hand_root_over(words, n, r, v, r, 0, NULL);
    move(words, n, s, r, "appos");
    at(words, start - 1)->head = (uint32_t)s;
    at(words, end + 1)->head = (uint32_t)s;
    return true;
  }
  return false;
}

bool fg_parse_repair_apposition_as_oblique(FgWord *words, size_t n) {
  if (n < 7 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t a = 4; a <= n; a++) {
    FgWord *noun = at(words, a);
    size_t v = noun->head;
    /* the cheap tests first: most obliques have a case word, and every
     * sentence passes through here */
    if (!rel_is(noun, "obl") || noun->upos != FG_UPOS_NOUN || !v || v > a ||
        at(words, v)->upos != FG_UPOS_VERB || child_with(words, n, a, "case") ||
        !child_with(words, n, a, "det"))
      continue;
    size_t start = start_past_comma(words, n, a);
    size_t o = start >= 3 && is_comma(at(words, start - 1)) ? name_ending_at(words, start - 2, start) : 0;
    if (!o || at(words, o)->upos != FG_UPOS_PROPN || at(words, o)->head != v ||
        !rel_is(at(words, o), "obj"))
      continue;
    /* its phrases after a comma inside it are the verb's (", of fraud") */
    for (size_t c = a + 1; c <= n; c++)
      if (at(words, c)->head == a && rel_is(at(words, c), "nmod") &&
          opens_after_comma(words, n, c))
        move(words, n, c, v, "obl");
    changed |= move(words, n, a, o, "appos");
  }
  return changed;
}

bool fg_parse_repair_opening_time_subject(FgWord *words, size_t n) {
  if (n < 5 || n > REPAIR_MAX_WORDS)
    return false;
  /* "Last month", "This week", "Earlier this year": a deictic word
   * among the first two, the span noun right after it */
  size_t t = FORM_IN(at(words, 1), SPAN_DEICTICS) ? 2 : FORM_IN(at(words, 2), SPAN_DEICTICS) ? 3 : 0;
  if (!t || !FORM_IN(at(words, t), SPAN_NOUNS))
    return false;
  FgWord *span = at(words, t);
  size_t v = span->head;
  if (!v)
    return false;
  /* a bare time oblique takes the subject's place only when the verb
   * has no subject of its own */
  bool oblique = rel_is(span, "obl:unmarked") && !child_with(words, n, v, "nsubj");
  if (!rel_is(span, "nsubj") && !rel_is(span, "nsubj:pass") && !rel_is(span, "nmod:desc") &&
      !oblique)
    return false;
  if (rel_is(span, "nmod:desc")) {
    /* "Last week X met Y": the span hangs on the subject's name */
    FgWord *name = at(words, v);
    if (!name->head || !rel_starts(name, "nsubj"))
      return false;
    return move(words, n, t, name->head, "obl:unmarked");
  }
  /* "Last month, Y's minister, X, visited Z": the span took the subject's
   * place, the subject hangs on it as its apposition */
  size_t subject = 0;
  for (size_t k = t + 1; k < v && !subject; k++)
    if (at(words, k)->head == t && rel_is(at(words, k), "appos"))
      subject = k;
  if (!subject || !move(words, n, subject, v, oblique ? "nsubj" : span->deprel))
    return false;
  move(words, n, t, v, "obl:unmarked");
  /* the comma after the span closes it, not the subject's phrase */
  if (t + 1 < subject && is_comma(at(words, t + 1)))
    move(words, n, t + 1, t, "punct");
  return true;
}

/* The possessed noun of an "of" phrase under word h ("of his wife",
 * "the accounts of his mother") whose phrase ends at word e, the nearest
 * to e, or 0. */
static size_t possessed_of_phrase_ending(FgWord *words, size_t n, size_t h, size_t e) {
  for (size_t m = e; m > h; m--) {
    FgWord *w = at(words, m);
    if (w->head >= h && under(words, n, m, h) && rel_is(w, "nmod") && w->upos == FG_UPOS_NOUN &&
        subtree_end(words, n, m) == e && of_phrase(words, n, m) &&
        child_with(words, n, m, "nmod:poss"))
      return m;
  }
  return 0;
}

bool fg_parse_repair_apposition_after_possessed(FgWord *words, size_t n) {
  if (n < 7 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t p = 6; p <= n; p++) {
    FgWord *name = at(words, p);
    size_t h = name->head;
    if (!rel_is(name, "appos") || name->upos != FG_UPOS_PROPN || !h || h > p ||
        at(words, h)->upos != FG_UPOS_NOUN)
      continue;
    /* the name opens its phrase ("one of her friends, most probably X" stays) */
    size_t start = start_past_comma(words, n, p);
    if (start < 4 || !is_comma(at(words, start - 1)) || at(words, start)->upos != FG_UPOS_PROPN)
      continue;
    /* the name set off by the comma names the nearest noun before it */
    size_t m = possessed_of_phrase_ending(words, n, h, start - 2);
    if (m)
      changed |= move(words, n, p, m, "appos");
  }
  return changed;
}

bool fg_parse_repair_possessor_on_modifier(FgWord *words, size_t n) {
  if (n < 4 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t k = 1; k + 2 <= n; k++) {
    size_t a = at(words, k)->head;
    if (!rel_is(at(words, k), "nmod:poss") || a <= k || a > n || !rel_is(at(words, a), "amod") ||
        at(words, a)->upos != FG_UPOS_NOUN)
      continue;
    /* a noun hung as an adjectival modifier ("female/NN") takes no
     * possessor: the noun it modifies does; a word tagged adjective is
     * left alone, the treebanks let one take it */
    size_t h = at(words, a)->head;
    if (h > a && (at(words, h)->upos == FG_UPOS_NOUN || at(words, h)->upos == FG_UPOS_PROPN))
      changed |= move(words, n, k, h, "nmod:poss");
  }
  return changed;
}

/* Forms of the verbs that take a predicate noun ("became president"). */
static const char *const BECOME_FORMS[] = {"become", "became", "becomes", "becoming",
                                           "remain", "remained", "remains", "remaining"};

bool fg_parse_repair_predicate_of_become(FgWord *words, size_t n) {
  if (n < 4 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t k = 3; k <= n; k++) {
    FgWord *w = at(words, k);
    size_t v = w->head;
    if (!rel_is(w, "obl") || w->upos != FG_UPOS_NOUN || !v || v >= k ||
        !FORM_IN(at(words, v), BECOME_FORMS) || child_with(words, n, k, "case") ||
        child_with(words, n, v, "xcomp") || child_with(words, n, v, "obj"))
      continue;
    w->deprel = "xcomp";
    changed = true;
  }
  return changed;
}

/* Verbs that put their object into a post named right after it
 * ("appointed X chairman", "elected X mayor"). */
static const char *const NAMING_VERBS[] = {"appoint", "name", "elect", "re-elect",
                                           "nominate", "crown"};

bool fg_parse_repair_name_before_post(FgWord *words, size_t n) {
  if (n < 4 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t o = 3; o <= n; o++) {
    FgWord *post = at(words, o);
    size_t v = post->head;
    if (!rel_is(post, "obj") || post->upos != FG_UPOS_NOUN || !xpos_is(post, "NN") || !v ||
        v >= o ||
        !LEMMA_IN(at(words, v), NAMING_VERBS) || child_with(words, n, v, "xcomp"))
      continue;
    /* the object's phrase opens with a name that ends right before it */
    size_t lo, hi;
    name_run(words, n, o - 1, &lo, &hi);
    size_t c = name_head(words, n, o - 1);
    if (at(words, o - 1)->upos != FG_UPOS_PROPN || lo <= v || at(words, c)->head != o ||
        !rel_is(at(words, c), "compound") || subtree_start(words, n, o) != lo)
      continue;
    at(words, c)->head = (uint32_t)v;
    at(words, c)->deprel = "obj";
    post->deprel = "xcomp";
    changed = true;
  }
  return changed;
}

/* The verb that appoints (NAMING_VERBS) whose object phrase holds word
 * h: the object itself, or a name hung on it ("named veteran diplomat X
 * as ..."); 0 when there is none. */
static size_t naming_verb_of(FgWord *words, size_t h) {
  for (int steps = 0; steps < 2 && h; steps++) {
    FgWord *w = at(words, h);
    if (rel_is(w, "obj"))
      return w->head && LEMMA_IN(at(words, w->head), NAMING_VERBS) ? w->head : 0;
    if (!rel_is(w, "appos") && !rel_is(w, "nmod"))
      return 0;
    h = w->head;
  }
  return 0;
}

bool fg_parse_repair_post_on_object(FgWord *words, size_t n) {
  if (n < 5 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t p = 4; p <= n; p++) {
    FgWord *w = at(words, p);
    size_t c = child_with(words, n, p, "case");
    if (!rel_is(w, "nmod") || (w->upos != FG_UPOS_NOUN && w->upos != FG_UPOS_PROPN) || !c ||
        !form_is(at(words, c), "as") || !w->head || w->head >= p)
      continue;
    size_t v = naming_verb_of(words, w->head);
    if (v && v < p)
      changed |= move(words, n, p, v, "obl");
  }
  return changed;
}

/* Verbs whose own "of" phrase may follow their object ("robbed the bank
 * of its cash", "informed the board of the sale"), besides ACCUSING_VERBS. */
static const char *const OF_OBJECT_VERBS[] = {
    "inform", "notify", "remind", "warn",    "rob",     "strip",  "deprive", "rid",
    "relieve", "cure",  "convince", "persuade", "assure", "ask",  "expect",  "demand",
    "require", "make",  "think",   "tell"};

bool fg_parse_repair_of_phrase_on_object(FgWord *words, size_t n) {
  if (n < 5 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t p = 4; p <= n; p++) {
    FgWord *w = at(words, p);
    size_t v = w->head;
    if (!rel_is(w, "obl") || w->upos != FG_UPOS_PROPN || !v || v >= p ||
        at(words, v)->upos != FG_UPOS_VERB)
      continue;
    size_t start = subtree_start(words, n, p); /* measured only now: it walks the sentence */
    if (!form_is(at(words, start), "of") || !rel_is(at(words, start), "case") ||
        LEMMA_IN(at(words, v), ACCUSING_VERBS) || LEMMA_IN(at(words, v), OF_OBJECT_VERBS))
      continue;
    /* the object's phrase ends right before the "of" phrase starts */
    size_t o = child_with(words, n, v, "obj");
    if (!o || o >= start || at(words, o)->upos != FG_UPOS_NOUN || !under(words, n, start - 1, o))
      continue;
    changed |= move(words, n, p, o, "nmod");
  }
  return changed;
}

bool fg_parse_repair_object_of_noun(FgWord *words, size_t n) {
  if (n < 3 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t p = 2; p <= n; p++) {
    FgWord *w = at(words, p);
    if (rel_is(w, "obj") && w->upos == FG_UPOS_PROPN && w->head == p - 1 &&
        at(words, p - 1)->upos == FG_UPOS_NOUN && xpos_is(at(words, p - 1), "NN")) {
      w->deprel = "appos";
      changed = true;
    }
  }
  return changed;
}

bool fg_parse_repair_plural_compound(FgWord *words, size_t n) {
  if (n < 4 || n > REPAIR_MAX_WORDS)
    return false;
  bool changed = false;
  for (size_t k = 2; k < n; k++) {
    FgWord *plural = at(words, k), *noun = at(words, k + 1);
    /* the cheap tests first: a plural, then a singular noun it governs
     * as an object (or an nmod with no case marker) */
    if (!xpos_is(plural, "NNS") || !xpos_is(noun, "NN") || noun->head != k ||
        !(rel_is(noun, "obj") || (rel_is(noun, "nmod") && !child_with(words, n, k + 1, "case"))))
      continue;
    /* a determiner, possessive or adjective before the plural: a noun
     * phrase, not a verb's object ("Germany's largest chemicals maker") */
    size_t modifier = 0;
    for (size_t j = 1; j < k && !modifier; j++)
      if (at(words, j)->head == k &&
          (rel_is(at(words, j), "det") || rel_is(at(words, j), "nmod:poss") ||
           rel_is(at(words, j), "amod")))
        modifier = j;
    if (!modifier)
      continue;
    noun->head = plural->head;
    noun->deprel = plural->deprel;
    for (size_t j = 1; j <= n; j++)
      if (j != k + 1 && at(words, j)->head == k)
        at(words, j)->head = (uint32_t)(k + 1);
    plural->head = (uint32_t)(k + 1);
    plural->deprel = "compound";
    changed = true;
  }
  return changed;
}

bool fg_parse_repair_according_root(FgWord *words, size_t n) {
  if (n < 6 || n > REPAIR_MAX_WORDS || !form_is(at(words, 1), "according") ||
      !form_is(at(words, 2), "to") || at(words, 1)->head != 0)
    return false;
  /* the source: the nominal the parser gave "According" */
  size_t x = 0;
  for (size_t k = 3; k <= n && !x; k++)
    if (at(words, k)->head == 1 && (rel_is(at(words, k), "obj") || rel_starts(at(words, k), "obl") ||
                                    rel_starts(at(words, k), "nmod")))
      x = k;
  if (!x)
    return false;
  /* the clause after the comma that closes the source's phrase: a verb
   * hung on the source (acl, acl:relcl) or on "According" */
  size_t v = 0;
  for (size_t k = x + 1; k <= n && !v; k++) {
    FgWord *w = at(words, k);
    if (w->upos == FG_UPOS_VERB && (w->head == x || w->head == 1) &&
        is_comma(at(words, subtree_start(words, n, k) - 1)))
      v = k;
  }
  if (!v)
    return false;
  for (size_t k = v + 1; k <= n; k++)
    if (at(words, k)->head == 1)
      at(words, k)->head = (uint32_t)v;
  at(words, v)->head = 0;
  at(words, v)->deprel = "root";
  at(words, x)->head = (uint32_t)v;
  at(words, x)->deprel = "obl";
  at(words, 1)->head = (uint32_t)x;
  at(words, 1)->deprel = "case";
  at(words, 2)->head = 1;
  at(words, 2)->deprel = "fixed";
  return true;
}

bool fg_parse_repair_headline_infinitive(FgWord *words, size_t n) {
  if (n < 4 || n > REPAIR_MAX_WORDS)
    return false;
  size_t r = nominal_root(words, n);
  if (!r || at(words, r)->upos != FG_UPOS_PROPN)
    return false;
  size_t v = 0;
  for (size_t k = r + 1; k <= n && !v; k++)
    if (at(words, k)->head == r && rel_is(at(words, k), "acl") &&
        at(words, k)->upos == FG_UPOS_VERB && xpos_is(at(words, k), "VB"))
      v = k;
  /* "to" right before the verb, right after the name, and no finite verb */
  if (!v || !form_is(at(words, v - 1), "to") || at(words, v - 1)->head != v ||
      subtree_start(words, n, r) != 1)
    return false;
  for (size_t k = 1; k <= n; k++)
    if (finite(at(words, k)) ||
        (k < v - 1 && k != r && (!under(words, n, k, r) || under(words, n, k, v))))
      return false;
  hand_root_over(words, n, r, v, r, 0, NULL);
  return true;
}

void fg_parse_repair_tree(FgWord *words, size_t n) {
  fg_parse_repair_punct_heads(words, n);
  fg_parse_repair_case_before_subject(words, n);
  fg_parse_repair_pronoun_subject(words, n);
  fg_parse_repair_verb_under_nominal(words, n);
  fg_parse_repair_relative_subject(words, n);
  fg_parse_repair_reduced_relative(words, n);
  fg_parse_repair_participle_root(words, n);
  fg_parse_repair_relative_root(words, n);
  fg_parse_repair_name_after_noun(words, n);
  fg_parse_repair_name_before_and(words, n);
  fg_parse_repair_age_and_home(words, n);
  fg_parse_repair_age_then_clause(words, n);
  fg_parse_repair_name_of_list(words, n);
  fg_parse_repair_time_after_name(words, n);
  fg_parse_repair_noun_and_name_subjects(words, n);
  fg_parse_repair_opening_adjective_root(words, n);
  fg_parse_repair_apposition_on_time(words, n);
  fg_parse_repair_opening_time_subject(words, n);
  fg_parse_repair_particle_before_date(words, n);
  fg_parse_repair_day_before_clause(words, n);
  fg_parse_repair_subordinate_clause(words, n);
  fg_parse_repair_subject_after_subordinator(words, n);
  fg_parse_repair_participle_modifier(words, n);
  fg_parse_repair_to_before_subject(words, n);
  fg_parse_repair_fronted_participle_obl(words, n);
  fg_parse_repair_opening_participle_subject(words, n);
  fg_parse_repair_former_on_verb(words, n);
  fg_parse_repair_role_phrase_on_oblique(words, n);
  fg_parse_repair_chief_noun(words, n);
  fg_parse_repair_whose_noun_name(words, n);
  fg_parse_repair_titled_name(words, n);
  fg_parse_repair_apposition_on_verb(words, n);
  fg_parse_repair_scene_after_apposition(words, n);
  fg_parse_repair_apposition_on_conjunct(words, n);
  fg_parse_repair_recipient_on_object(words, n);
  fg_parse_repair_charge_on_name(words, n);
  fg_parse_repair_plea_on_guilty(words, n);
  fg_parse_repair_place_on_agent(words, n);
  fg_parse_repair_place_on_cause(words, n);
  fg_parse_repair_possessive_speaker(words, n);
  fg_parse_repair_second_subject(words, n);
  fg_parse_repair_copular_relative_subject(words, n);
  fg_parse_repair_copula_among(words, n);
  fg_parse_repair_phrase_on_coordinator(words, n);
  fg_parse_repair_apposed_subject(words, n);
  fg_parse_repair_whose_clause_subject(words, n);
  fg_parse_repair_object_on_predicate_adjective(words, n);
  fg_parse_repair_preposition_as_subordinator(words, n);
  fg_parse_repair_name_after_agent(words, n);
  fg_parse_repair_verdict_complement(words, n);
  fg_parse_repair_noun_pair_as_clause(words, n);
  fg_parse_repair_place_on_date(words, n);
  fg_parse_repair_participle_before_conjunct(words, n);
  fg_parse_repair_object_after_result(words, n);
  fg_parse_repair_apposition_as_subject(words, n);
  fg_parse_repair_apposition_as_oblique(words, n);
  fg_parse_repair_predicate_of_become(words, n);
  fg_parse_repair_name_before_post(words, n);
  fg_parse_repair_post_on_object(words, n);
  fg_parse_repair_of_phrase_on_object(words, n);
  fg_parse_repair_object_of_noun(words, n);
  fg_parse_repair_apposition_after_possessed(words, n);
  fg_parse_repair_possessor_on_modifier(words, n);
  fg_parse_repair_headline_infinitive(words, n);
  fg_parse_repair_according_root(words, n);
  fg_parse_repair_plural_compound(words, n);
}
