#!/usr/bin/env bash
# Formats the whole tree and applies Biome's automatic fixes: run once by hand (for example after a
# merge), then read `npm run lint` for what is left to fix by hand. It rewrites files: commit first.
#   1. format, and the fixes Biome marks safe;
#   2. two fixes Biome marks unsafe that are plain rewrites in this code: o['key'] -> o.key (the
#      compiler still checks the key) and 'a' + b -> `a${b}` (every operand here is a string or number).
#      useOptionalChain is left to a person: `a && a.b` is false where `a?.b` is undefined, and the
#      compiler rejects that where a boolean is declared.
# Then it type-checks, since a fix must not change what the code means.
set -euo pipefail
cd "$(dirname "$0")/.."
biome=node_modules/.bin/biome
if [ ! -x "$biome" ]; then
  echo "fix-code-style: $biome is missing; run \"npm ci\" first" >&2
  exit 2
fi
"$biome" check --write --max-diagnostics=0 . || true
"$biome" lint --write --unsafe --only=complexity/useLiteralKeys --only=style/useTemplate --max-diagnostics=0 . || true
# A fix can leave a line longer or shorter than before: format once more.
"$biome" format --write --max-diagnostics=0 . >/dev/null || true
npx tsc -p tsconfig.json --noEmit
# test/eval/fingerprint.ts hashes these files as written, so new formatting makes the model stale.
if ! git diff --quiet -- src/judge src/nlp src/lint/events.ts src/lint/decide.ts src/answer/signals.ts src/lint/rules test/eval/train.ts; then
  echo "fix-code-style: files in the judgement model's fingerprint changed; run \"npm run train\" before \"npm test\"" >&2
fi
echo "fix-code-style: done; \"npm run lint\" lists what is left to fix by hand" >&2
