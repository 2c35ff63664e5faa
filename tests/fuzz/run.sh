#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs one libFuzzer target for SECONDS under `nice`, seeded from samples/:
#   tests/fuzz/run.sh build/fuzz/fuzz_html 600
# The corpus grows in build/fuzz/corpus/<target>; crashes land in
# build/fuzz/crashes/<target>/ and make the run fail.
set -euo pipefail
target=$1 seconds=${2:-600}
name=$(basename "$target")
root=$(cd "$(dirname "$0")/../.." && pwd)
corpus=$root/build/fuzz/corpus/$name
crashes=$root/build/fuzz/crashes/$name
mkdir -p "$corpus" "$crashes"

# Each target starts from the samples in the format it reads.
case $name in
fuzz_html) seeds=("$root"/samples/web/*.html) ;;
fuzz_xml) seeds=("$root"/samples/web/*.xml) ;;
fuzz_jsonl) seeds=("$root"/samples/web/*.jsonl) ;;
fuzz_parser_model) seeds=("$root"/ontology/models/parser.fgm) ;;
*) seeds=("$root"/samples/*.txt "$root"/samples/web/*) ;;
esac
cp -n "${seeds[@]}" "$corpus"/

echo "fuzz: $name for ${seconds}s"
nice -n 10 "$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
  -max_len=65536 -print_final_stats=1 -artifact_prefix="$crashes/" "$corpus"
