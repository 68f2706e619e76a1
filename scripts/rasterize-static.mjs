#!/usr/bin/env node
// Rasterises the 1280 px light static SVGs (www/static/*-light-1280.svg, written by
// `cargo run --bin render-static`) to PNG for social previews (og:image), in headless Debian
// Chromium. Run after changing the charts; the PNGs are committed.
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const chart of ['patent-share', 'projected-gains', 'initiative-timeline']) {
  const svg = await readFile(`www/static/${chart}-light-1280.svg`, 'utf8');
  const [, width, height] = svg.match(/<svg width="(\d+)" height="(\d+)"/);
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  await page.setContent(`<style>body{margin:0}</style>${svg}`);
  await page.screenshot({ path: `www/static/${chart}-light-1280.png` });
  await page.close();
  console.log(`www/static/${chart}-light-1280.png`);
}
await browser.close();
