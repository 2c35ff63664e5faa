/* SPDX-License-Identifier: MIT */
/* One syntactic word of a sentence as the linguistic front end sees it:
 * the tokenizer fills the form and offsets, then each stage (tagger,
 * lemmatizer, parser, entity recognizer) fills its own fields. The corpus
 * readers fill the same struct with gold values, so a trainer compares a
 * predicted array with a gold one. Strings are borrowed: forms and lemmas
 * from the caller's arena, tag and label names from the model that
 * predicted them (they live as long as the model). */
#ifndef FG_NLP_WORD_H
#define FG_NLP_WORD_H

#include <stdint.h>

/* Universal POS tags, in the order of the UD documentation. */
typedef enum {
  FG_UPOS_NONE = 0,
  FG_UPOS_ADJ,
  FG_UPOS_ADP,
  FG_UPOS_ADV,
  FG_UPOS_AUX,
  FG_UPOS_CCONJ,
  FG_UPOS_DET,
  FG_UPOS_INTJ,
  FG_UPOS_NOUN,
  FG_UPOS_NUM,
  FG_UPOS_PART,
  FG_UPOS_PRON,
  FG_UPOS_PROPN,
  FG_UPOS_PUNCT,
  FG_UPOS_SCONJ,
  FG_UPOS_SYM,
  FG_UPOS_VERB,
  FG_UPOS_X,
  FG_UPOS_COUNT
} FgUpos;

/* Entity types of the recognizer (the NER=B-Type / I-Type names). */
typedef enum {
  FG_NER_NONE = 0,
  FG_NER_PERSON,
  FG_NER_ORGANIZATION,
  FG_NER_COUNTRY,
  FG_NER_PLACE,
  FG_NER_EVENT,
  FG_NER_COUNT
} FgNerType;

/* Where a word stands in a name: outside, or Begin / Inside (IOB2 at the
 * boundary; the recognizer may decode BILOU internally). */
typedef enum { FG_IOB_O = 0, FG_IOB_B, FG_IOB_I } FgIob;

typedef struct {
  /* tokenizer (or the CoNLL-U reader) */
  const char *form;    /* as written, NUL-terminated */
  uint32_t form_len;   /* bytes */
  uint32_t begin, end; /* bytes into the document text; the words of one
                          multiword token share their token's offsets */
  uint32_t mwt_last;   /* 0, or on the first word of a multiword token the
                          1-based index of its last word */
  uint8_t space_after; /* 1 when white space follows in the text */
  /* tagger */
  uint8_t upos;        /* FgUpos */
  const char *xpos;    /* Penn tag, or NULL */
  const char *feats;   /* "Number=Sing|Person=3", or NULL for none */
  /* lemmatizer */
  const char *lemma;   /* or NULL */
  /* parser */
  uint32_t head;       /* 0 for the root, else the 1-based head index */
  const char *deprel;  /* UD relation with subtype ("nsubj:pass"), or NULL */
  /* entity recognizer */
  uint8_t ner_type;    /* FgNerType */
  uint8_t ner_iob;     /* FgIob */
} FgWord;

/* The UPOS name ("NOUN"), or "_" for FG_UPOS_NONE and out-of-range values;
 * and the tag for a name, FG_UPOS_NONE when unknown. */
const char *fg_upos_name(unsigned upos);
FgUpos fg_upos_from_name(const char *name);

/* The entity type's name ("Person"), or "" for FG_NER_NONE; and back. */
const char *fg_ner_type_name(unsigned type);
FgNerType fg_ner_type_from_name(const char *name);

#endif
