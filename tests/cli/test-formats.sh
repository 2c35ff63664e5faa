#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Every output format of the samples is valid for strict and lenient
# readers alike: Turtle, N-Triples and N-Quads parse with rapper, serdi and
# rdflib to the same counts; DOT lays out without a warning; the TSV has
# the README's header and nine columns per row.
. "$(dirname "$0")/lib.sh"
need_tool rapper serdi dot "$PY"

mapfile -t inputs < <(sample_files)
cd "$TMP"
export_all "${inputs[@]}"
