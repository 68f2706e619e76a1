#!/usr/bin/env node
// Rasterises the 1280 px light static SVG of every chart (www/static/<chart>-light-1280.svg, written
// by `cargo run --bin render-static`) to PNG for social previews (og:image), in headless Debian
// Chromium. The charts are chart-meta.js's CHARTS (generated from the registry). Run after
// changing the charts; the PNGs are committed.
// Usage: node scripts/rasterize-static.mjs [--root DIR]   (DIR holds www/; default: this repository)
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

/** Writes `www/static/<chart>-light-1280.png` under `root` for every chart; returns their paths. */
export async function rasterize(root) {
  const www = join(root, 'www');
  const { CHARTS } = await import(pathToFileURL(join(www, 'chart-meta.js')).href);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const written = [];
  try {
    for (const chart of Object.keys(CHARTS)) {
      const svg = await readFile(join(www, `static/${chart}-light-1280.svg`), 'utf8');
      const [, width, height] = svg.match(/<svg width="(\d+)" height="(\d+)"/);
      const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
      await page.setContent(`<style>body{margin:0}</style>${svg}`);
      const path = join(www, `static/${chart}-light-1280.png`);
      await page.screenshot({ path });
      await page.close();
      written.push(path);
    }
  } finally {
    await browser.close();
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const i = process.argv.indexOf('--root');
  const root = i > 0 ? resolve(process.argv[i + 1]) : fileURLToPath(new URL('../', import.meta.url));
  for (const path of await rasterize(root)) console.log(path);
}
