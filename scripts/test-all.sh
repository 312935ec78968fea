#!/usr/bin/env bash
# Every test Bounce Lens has, in the order a failure is cheapest to find: types, unit tests
# (engine, knowledge base, adapters, UI), production builds and zips, the Firefox linter, then the
# built extension in headless Chromium and Firefox. `npm test` runs this; so does .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }
for b in "${CHROMIUM_PATH:-/usr/bin/chromium}" "${FIREFOX_PATH:-/usr/bin/firefox-esr}"; do
  if [ ! -x "$b" ]; then
    echo "Browser tests need $b. On Debian or Ubuntu: sudo apt-get install -y chromium firefox-esr" >&2
    exit 1
  fi
done

step "type-check"
[ -f .wxt/tsconfig.json ] || npx wxt prepare
npx tsc --noEmit

step "lint (includes the rules against unsanitized DOM writes)"
npx eslint .

step "unit tests (includes the ReDoS check of every regular expression and a short fuzzing run)"
npx vitest run

step "production builds and store zips (Chrome, Firefox, Firefox sources)"
npm run --silent zip

step "web-ext lint (Firefox build)"
node scripts/web-ext-lint.mjs .output/firefox-mv2

step "test builds (production builds plus the fixture host) and browser tests"
npm run --silent build:e2e
node --test --test-concurrency=1 e2e/*.test.mjs
