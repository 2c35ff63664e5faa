#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes hostile plain-text inputs for the CoNLL-U test into DIR, one file
each: punctuation runs, a 100,000-character token, mixed scripts and
emoji, control and odd space characters, NUL and invalid bytes, CR LF, a
long line without a stop, symbols only, stray apostrophes and half URLs,
one sentence of many clauses that the tagger's repairs read.
usage: make-hostile-text.py DIR [WORDS]"""
import os
import sys

d = sys.argv[1]
words = int(sys.argv[2]) if len(sys.argv) > 2 else 300000
cases = {
    "punct-runs": ("!!!???...---,,,;;;::((()))[[]]\"\"''" * 3000).encode(),
    "long-token": ("x" * 100000 + " y. " + "9" * 100000 + ".").encode(),
    "scripts": ("北京是中国的首都。 Москва — столица России. القاهرة عاصمة مصر. "
                "नमस्ते दुनिया। Ṩ̣̇ e\u0301 👨\u200d👩\u200d👧 🇫🇷 Zoë's café. "
                "ｆｕｌｌ－ｗｉｄｔｈ．\n").encode() * 200,
    # controls among ordinary prose: too many would make it a binary file
    "controls": ("a\x01b \x7f c\x1c d\x1fe \u200bword\u200b \u00a0nbsp\u2028sep\u3000ideo"
                 "\u00ad soft\ufeffbom \ufffd. The rest of this line is ordinary prose, "
                 "written so that the control bytes stay a small share of the text, "
                 "as they would in a real file that has a few of them.\n").encode() * 500,
    "bad-bytes": b"Valid text here \xff broken \xc3 and \xe2\x80 cut. Again a sentence.\n" * 300,
    "crlf": b"Line one.\r\nLine two\r\n\r\nPara two. Mr. X\r\n" * 300,
    "no-stop": ("word " * words).encode(),
    "symbols": "★ ☆ ♥ → ≠ ± § ¶ © ® ™ ° ¢ £ ¥ € ∞ ✓ ✗\n".encode() * 200,
    "apostrophes": ("'s 's' ''' n't don't' '''t O' I' ' 't ’s ’ ’’ can’t "
                    "rock'n'roll y'all '90s O'Brien's D'Angelo ").encode() * 500,
    "urls": ("http:// www. @@@ a@b a@b. x@y.z. http://a.b/c?d=e&f=g. "
             "www.x.com... mailto:me@x.org) (see http://e.g/) ").encode() * 500,
    # one sentence of clauses each of which a tag repair rereads: the
    # repairs must stay linear ("whose" clauses, titles before "of", modals)
    "clauses": ("The bank" + ", whose chief executive resigned, Ada Lund, chief "
                "executive of Kivo, said talks would resume" * (words // 20) + ".").encode(),
    "abbrevs": ("U.S. U.S.A. e.g. i.e. a.m. p.m. Lt. Gen. Jr. No. 10 3.5 1,000 "
                "10:30 12/25/2006 ... !? ?! -- - -- ---- $$$ AT&T ").encode() * 500,
}
for name, data in cases.items():
    with open(os.path.join(d, name + ".txt"), "wb") as f:
        f.write(data)
