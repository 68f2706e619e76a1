#!/usr/bin/env bash
# Builds the optimised wasm package into www/pkg and prints its size report.
# Assumes scripts/setup.sh has run (dev.sh and test.sh call it).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"   # binaryen@132's wasm-opt first

wasm-pack --quiet build --target web --release --out-dir www/pkg --no-pack
rm -f www/pkg/.gitignore
scripts/size-report.sh
