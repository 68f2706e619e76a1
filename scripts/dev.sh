#!/usr/bin/env bash
# Quick start 1: install what is missing, build the wasm, serve www/ on http://localhost:${PORT:-8080}/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec node scripts/serve.mjs --port "${PORT:-8080}"
