#!/usr/bin/env bash
# Size report of what a page downloads to show the charts with the embed: raw and gzip -9 bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
total_raw=0; total_gz=0
printf '%-28s %10s %10s\n' "file" "raw B" "gzip-9 B"
for f in www/pkg/apac_ai_charts_bg.wasm www/pkg/apac_ai_charts.js www/embed.js www/chart-meta.js; do
  raw=$(wc -c <"$f"); gz=$(gzip -9c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-28s %10d %10d\n' "${f#www/}" "$raw" "$gz"
done
printf '%-28s %10d %10d\n' "total" "$total_raw" "$total_gz"
