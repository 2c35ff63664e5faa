/* SPDX-License-Identifier: MIT */
#include "nlp/conllu.h"

#include <string.h>
#include <utf8proc.h>

#include "nlp/segment.h"

/* A sentence's id line; the document's id goes after it on output. */
static const char SENT_ID[] = "# sent_id = ";

/* A comment value on one line and one word: white space and control
 * characters as '_', bytes that are not UTF-8 (a file name's) as U+FFFD. */
static void put_id(FILE *out, const char *id) {
  const char *p = id && *id ? id : "doc";
  while (*p) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)p, -1, &cp);
    if (n <= 0) {
      fputs("\xEF\xBF\xBD", out);
      p++;
    } else if (cp < 0x20 || cp == 0x7F || fg_nlp_is_space(cp)) {
      fputc('_', out);
      p += n;
    } else {
      fwrite(p, 1, (size_t)n, out);
      p += n;
    }
  }
}

static const char *or_blank(const char *s) { return s && *s ? s : "_"; }

/* The surface of the token that starts at word i: its index after. */
static uint32_t token_end(const FgWord *w, uint32_t i) {
  return w[i].mwt_last ? w[i].mwt_last : i + 1;
}

static void put_text(FILE *out, const FgNlpDoc *doc, const FgNlpSentence *s) {
  fputs("# text = ", out);
  for (uint32_t i = 0; i < s->count; i = token_end(s->words, i)) {
    const FgWord *w = &s->words[i];
    fwrite(doc->text + w->begin, 1, w->end - w->begin, out);
    if (w->space_after && token_end(s->words, i) < s->count)
      fputc(' ', out);
  }
  fputc('\n', out);
}

static void put_word(FILE *out, const FgWord *w, uint32_t id, bool in_mwt) {
  fprintf(out, "%u\t%s\t%s\t%s\t%s\t%s\t%u\t%s\t_\t", id, w->form, or_blank(w->lemma),
          fg_upos_name(w->upos), or_blank(w->xpos), or_blank(w->feats), w->head,
          or_blank(w->deprel));
  bool misc = false;
  if (!in_mwt && !w->space_after) {
    fputs("SpaceAfter=No", out);
    misc = true;
  }
  if (w->ner_iob != FG_IOB_O && w->ner_type != FG_NER_NONE) {
    fprintf(out, "%sNER=%s-%s", misc ? "|" : "", w->ner_iob == FG_IOB_B ? "B" : "I",
            fg_ner_type_name(w->ner_type));
    misc = true;
  }
  fputs(misc ? "\n" : "_\n", out);
}

bool fg_conllu_write(FILE *out, uint32_t *sentence_no, const FgNlpDoc *doc) {
  for (size_t s = 0; s < doc->sentence_count; s++) {
    const FgNlpSentence *sent = &doc->sentences[s];
    fprintf(out, "%s%u\n", SENT_ID, ++*sentence_no);
    put_text(out, doc, sent);
    uint32_t mwt_end = 0;
    for (uint32_t i = 0; i < sent->count; i++) {
      const FgWord *w = &sent->words[i];
      if (w->mwt_last > i + 1) {
        fprintf(out, "%u-%u\t", i + 1, w->mwt_last);
        fwrite(doc->text + w->begin, 1, w->end - w->begin, out);
        fputs(w->space_after ? "\t_\t_\t_\t_\t_\t_\t_\t_\n"
                             : "\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n",
              out);
        mwt_end = w->mwt_last;
      }
      put_word(out, w, i + 1, i + 1 <= mwt_end);
    }
    fputc('\n', out);
  }
  return !ferror(out);
}

bool fg_conllu_put_document(FILE *out, const char *doc_id, FILE *in,
                            uint64_t len) {
  fputs("# newdoc id = ", out);
  put_id(out, doc_id);
  fputc('\n', out);
  /* matched: how much of SENT_ID the current line began with so far, or
   * SIZE_MAX once it cannot (or did: the id is in) */
  size_t matched = 0, prefix = sizeof SENT_ID - 1;
  char chunk[1 << 16];
  while (len > 0) {
    size_t n = len < sizeof chunk ? (size_t)len : sizeof chunk;
    if (fread(chunk, 1, n, in) != n)
      return false;
    len -= n;
    size_t from = 0; /* chunk[from, i) is still to write */
    for (size_t i = 0; i < n; i++) {
      if (matched < prefix && chunk[i] == SENT_ID[matched]) {
        if (++matched == prefix) {
          fwrite(chunk + from, 1, i + 1 - from, out);
          put_id(out, doc_id);
          fputc('-', out);
          from = i + 1;
          matched = SIZE_MAX;
        }
        continue;
      }
      matched = chunk[i] == '\n' ? 0 : SIZE_MAX;
    }
    fwrite(chunk + from, 1, n - from, out);
  }
  return !ferror(out);
}
