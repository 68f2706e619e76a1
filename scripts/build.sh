#!/usr/bin/env bash
# Builds the optimised wasm package into www/pkg, minifies the JavaScript a page downloads, writes
# the service worker (www/sw.js) for what it built, and prints its size report. Assumes
# scripts/setup.sh has run (dev.sh and test.sh call it).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"   # binaryen@132's wasm-opt first
# `scripts/build.sh --nightly`: the opt-in smaller wasm, built by the pinned nightly toolchain
# (scripts/nightly-env.sh says how; `scripts/setup.sh --nightly` installs it). Default: stable.
if [ "${1:-}" = "--nightly" ]; then . scripts/nightly-env.sh; fi

# Feature flags for test builds (e.g. `scripts/build.sh --features test-trap`), passed to cargo.
cargo_args=()
if [ "${1:-}" = "--features" ]; then cargo_args=(-- --features "$2"); fi

rm -rf www/pkg   # only this build's files: the hashed names below must not pile up
wasm-pack --quiet build --target web --release --out-dir www/pkg --no-pack "${cargo_args[@]}"
rm -f www/pkg/.gitignore

# JavaScript, minified by esbuild for the browsers the element already needs (private class
# fields, `??=`, popover: ES2022, nothing down-levelled). Property names are never mangled: the
# glue's wasm imports and the DOM are looked up by name.
minify=(esbuild --minify --format=esm --target=es2022 --legal-comments=none --log-level=warning)
# The wasm-bindgen glue, in place; it still finds the wasm with new URL(…, import.meta.url).
"${minify[@]}" www/pkg/apac_ai_charts.js --outfile=www/pkg/apac_ai_charts.js --allow-overwrite
# Short names for the wasm's imports, in the wasm and the glue together (wasm-bindgen's carry a
# 16-digit hash each, twice over: ~1.3 KB gzip).
node scripts/short-imports.mjs
# Content-hashed names for the glue, the wasm and the language modules; the stable API entry
# pkg/apac_ai_charts.js; pkg/assets.json (the names, which the element's bundle carries); the pages
# (www/*.html from www/pages/, their preload hints naming the hashed files).
node scripts/deploy-names.mjs

# The element (www/embed.js and its modules in www/src/, with chart-meta.js, i18n/en.js and the
# stylesheet) as one file, www/embed.min.js: same esbuild settings, plus the stylesheet minified
# and inlined as text.
node scripts/bundle-embed.mjs

# The npm package's files, dist/ (unhashed names, literal new URL()/import() forms that bundlers
# follow): scripts/build-npm.mjs. `npm pack` at the root packs them.
node scripts/build-npm.mjs

# The service worker, last: its cache name is a hash of every file written above, and it precaches
# the ones the pages need (scripts/sw-build.mjs says which).
node scripts/sw-build.mjs

scripts/size-report.sh
