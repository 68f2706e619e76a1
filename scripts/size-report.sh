#!/usr/bin/env bash
# Size report of what a page downloads to show the charts through the embed (raw and gzip -9
# bytes): the wasm, the minified glue and embed.min.js (the element with chart-meta.js and the
# English texts, as scripts/build.sh bundles it), checked against the ceiling in
# scripts/size-budget.txt: sizes are deterministic, so a build that grows past it fails (raise the
# ceiling only on purpose, in the same commit).
set -euo pipefail
cd "$(dirname "$0")/.."
# The files carry content hashes in their names (scripts/deploy-names.mjs): pkg/assets.json says which.
asset() { node -e 'const a = require("./www/pkg/assets.json"); const p = process.argv[1].split("."); let v = a; for (const k of p) v = v[k]; console.log(`www/${v}`)' "$1"; }
total_raw=0; total_gz=0
printf '%-40s %10s %10s\n' "file" "raw B" "gzip-9 B"
for f in "$(asset wasm)" "$(asset glue)" www/embed.min.js; do
  raw=$(wc -c <"$f"); gz=$(gzip -9c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-40s %10d %10d\n' "${f#www/}" "$raw" "$gz"
done
printf '%-40s %10d %10d\n' "total" "$total_raw" "$total_gz"
# Pages in another language also fetch its module (texts for readers, and the strings the wasm
# draws, which it does not carry): reported, not in the total.
for tag in zh-Hans ur; do
  f=$(asset "i18n.$tag")
  printf '%-40s %10d %10d  (+ on %s pages)\n' "${f#www/}" "$(wc -c <"$f")" "$(gzip -9c "$f" | wc -c)" "$tag"
done
ceiling=$(tr -dc '0-9' < scripts/size-budget.txt)
if [ "$total_gz" -gt "$ceiling" ]; then
  printf 'size budget exceeded: %d B gzip > ceiling %d B (scripts/size-budget.txt)\n' "$total_gz" "$ceiling" >&2
  exit 1
fi
printf 'size budget: %d B gzip of %d B ceiling\n' "$total_gz" "$ceiling"
