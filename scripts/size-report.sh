#!/usr/bin/env bash
# Size report of what a page downloads to show the charts through the embed (raw and gzip -9
# bytes): the wasm, the minified glue and embed.min.js (the element with chart-meta.js and the
# English texts, as scripts/build.sh bundles it), checked against the ceiling in
# scripts/size-budget.txt: sizes are deterministic, so a build that grows past it fails (raise the
# ceiling only on purpose, in the same commit).
set -euo pipefail
cd "$(dirname "$0")/.."
total_raw=0; total_gz=0
printf '%-28s %10s %10s\n' "file" "raw B" "gzip-9 B"
for f in www/pkg/apac_ai_charts_bg.wasm www/pkg/apac_ai_charts.js www/embed.min.js; do
  raw=$(wc -c <"$f"); gz=$(gzip -9c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-28s %10d %10d\n' "${f#www/}" "$raw" "$gz"
done
printf '%-28s %10d %10d\n' "total" "$total_raw" "$total_gz"
# Pages in another language also fetch its module (texts for readers, and the strings the wasm
# draws, which it does not carry): reported, not in the total.
for f in www/i18n/zh-Hans.js www/i18n/ur.js; do
  printf '%-28s %10d %10d  (+ on %s pages)\n' "${f#www/}" "$(wc -c <"$f")" "$(gzip -9c "$f" | wc -c)" "$(basename "$f" .js)"
done
ceiling=$(tr -dc '0-9' < scripts/size-budget.txt)
if [ "$total_gz" -gt "$ceiling" ]; then
  printf 'size budget exceeded: %d B gzip > ceiling %d B (scripts/size-budget.txt)\n' "$total_gz" "$ceiling" >&2
  exit 1
fi
printf 'size budget: %d B gzip of %d B ceiling\n' "$total_gz" "$ceiling"
