#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Independent check of factgraph's CoNLL-U output (standard library only).

usage: check-conllu.py OUTPUT.conllu [TEXT ...]

Checks the format: UTF-8 without CR; comment lines, then word lines of ten
tab-separated non-empty columns, then one empty line per sentence; exactly
one `# sent_id` (unique in the file) and one `# text` per sentence, after a
`# newdoc id` that opens the file; ids 1..n in order, multiword ranges a-b
(a < b) right before word a and inside the sentence; FORM without white
space; HEAD an integer in 0..n, exactly one word with HEAD 0 and DEPREL
`root` (and `root` nowhere else), no cycles; MISC `_` or Key=Value items,
SpaceAfter=No only as `SpaceAfter=No`, NER=B-Type / I-Type with Type one of
Person, Organization, Country, Place, Event and I- only after B- / I- of the
same type; `# text` equal to the tokens joined as SpaceAfter says.

With TEXT files (one per `# newdoc`, in order), also checks that every
character of each text other than white space (str.isspace) belongs to
exactly one token, in order: the tokens' FORMs (range lines for multiword
tokens, else words) concatenated equal the text with its white space
removed. A leading byte-order mark is not text, CR LF counts as LF, and
each byte that is not UTF-8 and each NUL reads as U+FFFD, as factgraph reads them.

Prints "conllu: OK (D documents, S sentences, W words)" or each problem and
exits 1.
"""
import sys

NER_TYPES = {"Person", "Organization", "Country", "Place", "Event"}


class Checker:
    def __init__(self):
        self.errors = []
        self.docs = []  # per document: list of token forms
        self.sent_ids = set()
        self.sentences = 0
        self.words = 0

    def error(self, line, message):
        if len(self.errors) < 50:
            self.errors.append("line %d: %s" % (line, message))

    def sentence(self, first_line, comments, rows):
        self.sentences += 1
        keys = [c.split("=", 1)[0].strip() for c in comments]
        if keys.count("# sent_id") != 1:
            self.error(first_line, "a sentence needs exactly one # sent_id")
        if keys.count("# text") != 1:
            self.error(first_line, "a sentence needs exactly one # text")
        text = None
        for c in comments:
            if c.startswith("# sent_id = "):
                sid = c[len("# sent_id = "):]
                if not sid or any(ch.isspace() for ch in sid):
                    self.error(first_line, "bad sent_id %r" % sid)
                if sid in self.sent_ids:
                    self.error(first_line, "sent_id %r is not unique" % sid)
                self.sent_ids.add(sid)
            elif c.startswith("# text = "):
                text = c[len("# text = "):]
        if not rows:
            self.error(first_line, "a sentence without words")
            return
        if not self.docs:
            self.error(first_line, "a sentence before any # newdoc id")
            self.docs.append([])
        tokens = self.docs[-1]
        expect = 1
        heads, deprels = [], []
        range_end = 0
        rebuilt = []
        ner_prev = "O"
        n_words = sum(1 for ln, c in rows if c[0].isdigit())
        for line, cols in rows:
            if len(cols) != 10:
                self.error(line, "%d columns, not 10" % len(cols))
                continue
            if any(c == "" for c in cols):
                self.error(line, "an empty column")
            ident, form, misc = cols[0], cols[1], cols[9]
            if not form or any(ch.isspace() for ch in form):
                self.error(line, "FORM %r holds white space or is empty" % form)
            items = [] if misc == "_" else misc.split("|")
            for item in items:
                if "=" not in item or item.startswith("="):
                    self.error(line, "MISC item %r is not Key=Value" % item)
            space_no = "SpaceAfter=No" in items
            if any(i.startswith("SpaceAfter=") and i != "SpaceAfter=No" for i in items):
                self.error(line, "bad SpaceAfter in %r" % misc)
            if "-" in ident:
                parts = ident.split("-")
                if len(parts) != 2 or not all(p.isdigit() for p in parts):
                    self.error(line, "bad range %r" % ident)
                    continue
                a, b = int(parts[0]), int(parts[1])
                if a != expect or b <= a or b > n_words:
                    self.error(line, "range %s out of place (next id %d)" % (ident, expect))
                if any(c != "_" for c in cols[2:9]):
                    self.error(line, "a range line's columns 3-9 must be _")
                range_end = b
                tokens.append(form)
                rebuilt.append((form, space_no))
                continue
            if not ident.isdigit() or int(ident) != expect:
                self.error(line, "id %r where %d was due" % (ident, expect))
                expect = int(ident) + 1 if ident.isdigit() else expect + 1
            else:
                expect += 1
            self.words += 1
            in_range = int(ident) <= range_end if ident.isdigit() else False
            if not in_range:
                tokens.append(form)
                rebuilt.append((form, space_no))
            elif space_no:
                self.error(line, "SpaceAfter belongs on the range line")
            head = cols[6]
            if not head.isdigit() or int(head) > n_words:
                self.error(line, "HEAD %r is not a word of the sentence (0..%d)" % (head, n_words))
                heads.append(None)
            else:
                heads.append(int(head))
            deprels.append(cols[7])
            ner = [i[4:] for i in items if i.startswith("NER=")]
            if len(ner) > 1:
                self.error(line, "more than one NER item")
            label = ner[0] if ner else "O"
            if label != "O":
                iob, _, etype = label.partition("-")
                if iob not in ("B", "I") or etype not in NER_TYPES:
                    self.error(line, "bad NER label %r" % label)
                elif iob == "I" and ner_prev not in ("B-" + etype, "I-" + etype):
                    self.error(line, "%s does not continue a %s name" % (label, etype))
            ner_prev = label
        if range_end > expect - 1:
            self.error(first_line, "a range reaches past the last word")
        roots = [i for i, h in enumerate(heads) if h == 0]
        if len(roots) != 1:
            self.error(first_line, "%d roots, not exactly one" % len(roots))
        for i, (h, d) in enumerate(zip(heads, deprels)):
            if (h == 0) != (d == "root"):
                self.error(first_line, "word %d: DEPREL root exactly when HEAD is 0" % (i + 1))
        for start in range(len(heads)):
            seen, node = set(), start + 1
            while node and node not in seen and heads[node - 1] is not None:
                seen.add(node)
                node = heads[node - 1]
            if node in seen:
                self.error(first_line, "a cycle through word %d" % (start + 1))
                break
        joined = "".join(f + ("" if no or k == len(rebuilt) - 1 else " ")
                         for k, (f, no) in enumerate(rebuilt))
        if text is not None and text != joined:
            self.error(first_line, "# text %r is not the tokens %r" % (text[:60], joined[:60]))

    def run(self, path):
        with open(path, "rb") as f:
            data = f.read()
        if b"\r" in data:
            self.error(0, "a carriage return")
        try:
            content = data.decode("utf-8")
        except UnicodeDecodeError as e:
            self.error(0, "not UTF-8: %s" % e)
            return
        if content and not content.endswith("\n\n"):
            self.error(content.count("\n"), "the file must end with an empty line")
        comments, rows, first = [], [], 0
        lines = content.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        for number, line in enumerate(lines, 1):
            if line == "":
                if rows or comments:
                    self.sentence(first, comments, rows)
                comments, rows = [], []
                continue
            if not rows and not comments:
                first = number
            if line.startswith("#"):
                if rows:
                    self.error(number, "a comment among the words")
                if line.startswith("# newdoc"):
                    if comments and any(not c.startswith("# newdoc") for c in comments):
                        self.error(number, "# newdoc must open the sentence's comments")
                    if not line.startswith("# newdoc id = ") or len(line) == len("# newdoc id = "):
                        self.error(number, "# newdoc without an id")
                    self.docs.append([])
                else:
                    comments.append(line)
                continue
            rows.append((number, line.split("\t")))
        if rows or comments:
            self.sentence(first, comments, rows)


def read_text(path):
    with open(path, "rb") as f:
        data = f.read()
    text = data.decode("utf-8", errors="surrogateescape").replace("\x00", "\ufffd")
    # each byte of an invalid sequence is one U+FFFD
    text = "".join("\ufffd" if "\udc80" <= ch <= "\udcff" else ch for ch in text)
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    checker = Checker()
    checker.run(sys.argv[1])
    texts = sys.argv[2:]
    if texts and len(texts) != len(checker.docs):
        checker.error(0, "%d documents for %d texts" % (len(checker.docs), len(texts)))
    for k, (path, tokens) in enumerate(zip(texts, checker.docs)):
        want = "".join(ch for ch in read_text(path) if not ch.isspace())
        got = "".join(tokens)
        if want != got:
            i = 0
            while i < min(len(want), len(got)) and want[i] == got[i]:
                i += 1
            checker.error(0, "document %d (%s): the tokens differ from the text at "
                          "character %d: text %r, tokens %r"
                          % (k + 1, path, i, want[i:i + 20], got[i:i + 20]))
    if checker.errors:
        for e in checker.errors:
            print("conllu: " + e)
        sys.exit(1)
    print("conllu: OK (%d documents, %d sentences, %d words)"
          % (len(checker.docs), checker.sentences, checker.words))


main()
