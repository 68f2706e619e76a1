#!/usr/bin/env bash
# Quick start 1 (`npm start`): install what building and serving need and is missing (no browsers,
# drivers or fonts: scripts/test.sh adds those), build (the deploy into target/site/), and serve
# it on http://localhost:${PORT:-8080}/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --serve
scripts/build.sh
exec node scripts/serve.mjs --port "${PORT:-8080}"
