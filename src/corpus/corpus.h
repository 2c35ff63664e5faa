/* SPDX-License-Identifier: MIT */
/* Streaming readers for annotated corpora (training, evaluation, tests):
 * CoNLL-U (UD treebanks) and the IOB2 files of Universal NER.
 *
 *   FgCorpus *c; fg_corpus_open(path, FG_CORPUS_CONLLU, diag, h, &c);
 *   FgCorpusSentence s;
 *   while ((st = fg_corpus_next(c, &s)) == FG_OK) use s.words[0..s.n);
 *   st == FG_NOTHING at the end; fg_corpus_rewind(c) starts over.
 *
 * Each call lends one sentence; everything in it (words, strings, misc)
 * is owned by the reader and valid until the next call, rewind or free.
 * CoNLL-U: integer-id lines become words with every gold column (FORM,
 * LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL; "_" gives NULL, except LEMMA "_"
 * on the word "_"); a range line "3-4" sets words[2].mwt_last = 4 and its
 * SpaceAfter=No applies to the token's last word; empty nodes "8.1" are
 * skipped; misc[i] is word i's raw MISC column (NULL for "_"), so the
 * entity recognizer can read GUM's Entity= annotations. begin/end are byte
 * offsets into the sentence's text rebuilt from the forms and SpaceAfter
 * (the words of a multiword token share the token's offsets).
 * Comments kept: "# newdoc id = X" (doc_id, newdoc), "# sent_id = X",
 * "# text = X". IOB2 ("ID FORM LABEL - ANNOTATOR"): form and ner_type /
 * ner_iob (PER Person, ORG Organization, LOC Place); other columns unset.
 * Errors: FG_ERR_IO for a file that cannot be read, FG_ERR_SYNTAX for a
 * malformed line, reported through diag as "FILE:LINE: message". */
#ifndef FG_CORPUS_CORPUS_H
#define FG_CORPUS_CORPUS_H

#include <stdbool.h>
#include <stddef.h>

#include "factgraph/diag.h"
#include "factgraph/status.h"
#include "nlp/word.h"

/* Longest sentence the reader accepts (words); longer is FG_ERR_SYNTAX. */
#define FG_CORPUS_MAX_WORDS 100000

typedef enum { FG_CORPUS_CONLLU, FG_CORPUS_IOB2 } FgCorpusFormat;

typedef struct {
  FgWord *words;
  const char *const *misc; /* n raw MISC strings or NULL (CoNLL-U) */
  size_t n;
  const char *doc_id;  /* id of the current document, or NULL */
  bool newdoc;         /* this sentence starts a document */
  const char *sent_id; /* or NULL */
  const char *text;    /* or NULL */
  unsigned long line;  /* line of the sentence's first word */
} FgCorpusSentence;

typedef struct FgCorpus FgCorpus;

FgStatus fg_corpus_open(const char *path, FgCorpusFormat format,
                        FgDiagFunc diag, void *diag_handle, FgCorpus **out);
/* Reads from len bytes in memory (copied); name is used in messages. */
FgStatus fg_corpus_open_memory(const char *data, size_t len, const char *name,
                               FgCorpusFormat format, FgDiagFunc diag,
                               void *diag_handle, FgCorpus **out);
void fg_corpus_free(FgCorpus *corpus);
/* FG_OK with the next sentence, FG_NOTHING at the end, or an error (the
 * reader then stays at the end). */
FgStatus fg_corpus_next(FgCorpus *corpus, FgCorpusSentence *out);
FgStatus fg_corpus_rewind(FgCorpus *corpus);

#endif
