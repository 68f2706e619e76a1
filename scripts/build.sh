#!/usr/bin/env bash
# Builds the optimised wasm package into www/pkg, minifies the JavaScript a page downloads, writes
# the service worker (www/sw.js) for what it built, and prints its size report. Assumes
# scripts/setup.sh has run (dev.sh and test.sh call it).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"   # binaryen@132's wasm-opt first

wasm-pack --quiet build --target web --release --out-dir www/pkg --no-pack
rm -f www/pkg/.gitignore

# JavaScript, minified by esbuild for the browsers embed.js already needs (private class fields,
# `??=`, popover: ES2022, nothing down-levelled). Property names are never mangled: the glue's
# wasm imports and the DOM are looked up by name.
minify=(esbuild --minify --format=esm --target=es2022 --legal-comments=none --log-level=warning)
# The wasm-bindgen glue, in place; it still finds the wasm with new URL(…, import.meta.url).
"${minify[@]}" www/pkg/apac_ai_charts.js --outfile=www/pkg/apac_ai_charts.js --allow-overwrite
# The element with its static imports (chart-meta.js, i18n/en.js) as one file beside embed.js, so
# its runtime imports relative to import.meta.url (pkg/ glue, other languages' i18n/*.js, static/)
# still resolve and stay separate files. Its stylesheet string is minified first (read from stdin,
# esbuild resolves the imports from the current directory, www/).
node scripts/compact-styles.mjs < www/embed.js \
  | (cd www && "${minify[@]}" --bundle --sourcefile=embed.js --outfile=embed.min.js)

# The service worker, last: its cache name is a hash of every file written above, and it precaches
# the ones the pages need (scripts/sw-build.mjs says which).
node scripts/sw-build.mjs

scripts/size-report.sh
