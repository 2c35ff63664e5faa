#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `make bench` (NLP part): words per second of the tagger and of the
# lemmatizer on one core, and their load times, over EWT dev (gold tokens).
# Skips with a reason when the models or ../shared are absent.
#   usage: bench-tag.sh NLPTOOL SHARED
set -euo pipefail
if [ "$#" -ne 2 ]; then
  echo "usage: $0 NLPTOOL SHARED" >&2
  exit 2
fi
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
models=$root/ontology/models
dev=$2/corpora/ud-en-ewt/dev.conllu
if [ ! -f "$models/tagger.fgm" ] || [ ! -f "$models/lemmatizer.fgm" ]; then
  echo "bench-tag: skipped (no models in $models; run make models)"
  exit 0
fi
if [ ! -f "$dev" ]; then
  echo "bench-tag: skipped ($dev is absent)"
  exit 0
fi
"$1" eval --tagger "$models/tagger.fgm" --lemmatizer "$models/lemmatizer.fgm" \
  "$dev" | grep -E 'words/s'
