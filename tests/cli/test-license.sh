#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The licences are there (LICENSE: MIT; ontology/models/LICENSE: CC BY-SA
# 4.0 with the EWT and GUM attributions), and every tracked source file
# (C, shell, Python, JavaScript, the Makefiles, the man page and the .pc
# template) says `SPDX-License-Identifier: MIT` in its first two lines.
. "$(dirname "$0")/lib.sh"
need_tool git

grep -q '^MIT License$' "$ROOT/LICENSE" || fail "LICENSE is not the MIT licence"
grep -q 'the factgraph authors' "$ROOT/LICENSE" || fail "LICENSE names no copyright holder"
models=$ROOT/ontology/models/LICENSE
[ -f "$models" ] || fail "no ontology/models/LICENSE"
for needed in 'CC BY-SA 4.0' 'Universal Dependencies English Web Treebank' \
  'Georgetown University Multilayer Corpus'; do
  grep -qF "$needed" "$models" || fail "ontology/models/LICENSE does not say '$needed'"
done

git -C "$ROOT" rev-parse --git-dir >/dev/null 2>&1 ||
  skip "$ROOT is not a git checkout: the tracked files are unknown"
checked=0 missing=()
while IFS= read -r -d '' path; do
  case $path in
  tests/fixtures/*) continue ;;
  src/* | include/* | tests/* | .ci/* | Makefile) ;;
  *) continue ;;
  esac
  case $path in
  *.c | *.h | *.sh | *.py | *.js | *.mjs | *.1 | *.pc.in | Makefile | */Makefile | .ci/*) ;;
  *) continue ;;
  esac
  [ -f "$ROOT/$path" ] || continue # deleted in the working tree
  checked=$((checked + 1))
  head -n 2 "$ROOT/$path" | grep -q 'SPDX-License-Identifier: MIT' || missing+=("$path")
done < <(git -C "$ROOT" ls-files -z)
[ "$checked" -gt 100 ] || fail "only $checked source files found: is this the factgraph tree?"
[ "${#missing[@]}" -eq 0 ] ||
  fail "${#missing[@]} source files lack 'SPDX-License-Identifier: MIT' in their first two lines: ${missing[*]}"
echo "licence: $checked source files carry SPDX-License-Identifier: MIT"
