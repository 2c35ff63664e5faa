/* SPDX-License-Identifier: MIT */
#include "nlp/word.h"

#include <string.h>

static const char *const UPOS_NAMES[FG_UPOS_COUNT] = {
    "_",    "ADJ",  "ADP",   "ADV",   "AUX",  "CCONJ", "DET",
    "INTJ", "NOUN", "NUM",   "PART",  "PRON", "PROPN", "PUNCT",
    "SCONJ", "SYM", "VERB", "X"};

static const char *const NER_NAMES[FG_NER_COUNT] = {
    "", "Person", "Organization", "Country", "Place", "Event"};

const char *fg_upos_name(unsigned upos) {
  return upos < FG_UPOS_COUNT ? UPOS_NAMES[upos] : "_";
}

FgUpos fg_upos_from_name(const char *name) {
  for (unsigned i = 1; i < FG_UPOS_COUNT; i++)
    if (strcmp(UPOS_NAMES[i], name) == 0) return (FgUpos)i;
  return FG_UPOS_NONE;
}

const char *fg_ner_type_name(unsigned type) {
  return type < FG_NER_COUNT ? NER_NAMES[type] : "";
}

FgNerType fg_ner_type_from_name(const char *name) {
  for (unsigned i = 1; i < FG_NER_COUNT; i++)
    if (strcmp(NER_NAMES[i], name) == 0) return (FgNerType)i;
  return FG_NER_NONE;
}
