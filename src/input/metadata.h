/* SPDX-License-Identifier: MIT */
/* Document metadata stated by the text itself: headline, date, byline
 * and publisher. Nothing is guessed where the text is silent. */
#ifndef FG_INPUT_METADATA_H
#define FG_INPUT_METADATA_H

#include "extract/analysis.h"
#include "factgraph/graph.h"

/* Fills headline, date, author and publisher of doc (strings in the
 * document's arena; NULL where the text does not state them). */
void fg_read_metadata(const FgDocAnalysis *doc, FgDocument *out);

#endif
