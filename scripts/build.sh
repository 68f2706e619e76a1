#!/usr/bin/env bash
# The build (scripts/build.mjs): builds the wasm once and writes the deploy into target/site/ and
# the npm package into dist/, then the size report. Assumes scripts/setup.sh has run (dev.sh and
# test.sh call it). Arguments go to scripts/build.mjs: `--features test-trap`, `--nightly` (the
# opt-in smaller wasm: `scripts/setup.sh --nightly` installs its toolchain), `--site DIR`,
# `--dist DIR`; BASE_URL=https://…/charts/ gives the oEmbed cards their deploy's address.
set -euo pipefail
cd "$(dirname "$0")/.."
exec node scripts/build.mjs "$@"
