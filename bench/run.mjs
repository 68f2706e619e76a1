#!/usr/bin/env node
// Side-by-side benchmark: this widget vs Chart.js 4 drawing the same three charts, in one run, on
// one machine, in headless Debian Chromium (playwright-core). Run on demand, not a pass/fail test:
//   node bench/run.mjs            (after scripts/build.sh; RUNS=10 REDRAWS=60 by default)
// Prints: bundle sizes (gzip -9), cold load to all three charts drawn (median of RUNS fresh
// contexts), redraw of all three at a new size at devicePixelRatio 2 (median and p95 of REDRAWS),
// JS heap and wasm memory after load, and the ratios ours ÷ Chart.js.
import { spawn, execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus } from 'node:os';
import { chromium } from 'playwright-core';

const RUNS = Number(process.env.RUNS ?? 10);
const REDRAWS = Number(process.env.REDRAWS ?? 60);

mkdirSync('bench/dist', { recursive: true });
execFileSync('node_modules/.bin/esbuild', ['bench/chartjs-charts.js', '--bundle', '--minify', '--format=esm', '--target=es2020',
  '--outfile=bench/dist/chartjs-bundle.js', '--log-level=warning']);

const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const sizes = {
  ours: gz('www/pkg/apac_ai_charts_bg.wasm') + gz('www/pkg/apac_ai_charts.js') + gz('bench/ours.js'),
  oursEmbed: gz('www/pkg/apac_ai_charts_bg.wasm') + gz('www/pkg/apac_ai_charts.js') + gz('www/embed.min.js'),
  chartjs: gz('bench/dist/chartjs-bundle.js'),
};

const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0', '--root', '.'], { stdio: ['ignore', 'pipe', 'inherit'] });
const origin = (await once(server.stdout, 'data'))[0].toString().match(/http:\/\/localhost:\d+/)[0];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]; };

// Cold loads, interleaved across the pages so that drift on the machine hits all of them alike.
// ours.html preloads the glue and the wasm, as the article page does; ours-plain.html is the bare
// script, whose wasm is requested only once it runs, as with the one-line embed (the element adds
// embed.min.js and an animation frame on top).
async function coldLoads(libs) {
  const out = Object.fromEntries(libs.map((lib) => [lib, { cold: [], init: [] }]));
  for (let i = 0; i < RUNS; i += 1) {
    for (const lib of libs) {
      const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, deviceScaleFactor: 2 });
      const page = await context.newPage();
      await page.goto(`${origin}/bench/${lib}.html`);
      await page.waitForFunction(() => window.benchDone !== undefined);
      out[lib].cold.push(await page.evaluate(() => window.benchDone));
      out[lib].init.push(await page.evaluate(() => window.benchInit));
      await context.close();
    }
  }
  return Object.fromEntries(libs.map((lib) => [lib, { cold: median(out[lib].cold), init: median(out[lib].init) }]));
}

async function measure(lib) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(`${origin}/bench/${lib}.html`);
  await page.waitForFunction(() => window.benchDone !== undefined);
  const redraw = await page.evaluate((n) => {
    const times = [];
    for (let i = 0; i < 5; i += 1) window.redrawAll(600 + i * 10); // warm up
    for (let i = 0; i < n; i += 1) times.push(window.redrawAll(i % 2 ? 640 : 760));
    return times;
  }, REDRAWS);
  // The browser's own share of a redraw at a new size: the same canvases set to the same backing
  // sizes, with one pixel drawn (which makes Chromium allocate and clear the new backing store),
  // and nothing else. Both libraries pay it; what is left is each library's drawing work.
  const floor = await page.evaluate((n) => {
    const canvases = [...document.querySelectorAll('canvas')];
    const dims = [760, 640].map((w) => { window.redrawAll(w); return canvases.map((c) => [c.width, c.height]); });
    const times = [];
    for (let i = 0; i < n; i += 1) {
      const dim = dims[i % 2];
      const t = performance.now();
      canvases.forEach((c, k) => {
        [c.width, c.height] = dim[k];
        const ctx = c.getContext('2d');
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.fillRect(0, 0, 1, 1);
      });
      times.push(performance.now() - t);
    }
    window.redrawAll(760);
    return times;
  }, REDRAWS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  const wasm = lib === 'ours' ? await page.evaluate(() => window.wasmMemoryBytes()) : 0;
  await page.screenshot({ path: `bench/dist/${lib}.png`, fullPage: true });
  await context.close();
  return { redrawMedian: median(redraw), redrawP95: p95(redraw),
    floor: median(floor), drawing: median(redraw) - median(floor), heap, wasm };
}

const loads = await coldLoads(['ours', 'ours-plain', 'chartjs']);
const ours = { ...loads.ours, ...await measure('ours') };
const chartjs = { ...loads.chartjs, ...await measure('chartjs') };
const plain = loads['ours-plain'];
await browser.close();
server.kill();

const fmt = (v, unit) => (v === null || v === undefined ? 'n/a' : `${unit === 'ms' ? v.toFixed(1) : Math.round(v / 1024)} ${unit === 'ms' ? 'ms' : 'KiB'}`);
const rows = [
  ['gzip -9 bytes to draw the three charts', sizes.ours, sizes.chartjs, 'B'],
  ['cold load → 3 charts drawn (median of ' + RUNS + ')', ours.cold, chartjs.cold, 'ms'],
  ['cold load, without the page\'s preload hints (median of ' + RUNS + ')', plain.cold, chartjs.cold, 'ms'],
  ['script start → 3 charts drawn (median)', ours.init, chartjs.init, 'ms'],
  ['redraw 3 charts at a new size, DPR 2 (median of ' + REDRAWS + ')', ours.redrawMedian, chartjs.redrawMedian, 'ms'],
  ['redraw per chart (median ÷ 3)', ours.redrawMedian / 3, chartjs.redrawMedian / 3, 'ms'],
  ['redraw 3 charts, p95', ours.redrawP95, chartjs.redrawP95, 'ms'],
  ['of the median: browser resizing the same canvases, nothing drawn', ours.floor, chartjs.floor, 'ms'],
  ['of the median: the library\'s own work (redraw − resizing)', ours.drawing, chartjs.drawing, 'ms'],
  ['JS heap after load', ours.heap, chartjs.heap, 'B'],
];
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, Chromium ${browser.version?.() ?? ''}`);
console.log(`| measure | this widget | Chart.js 4 | ours ÷ Chart.js |\n|---|---:|---:|---:|`);
for (const [name, a, b, unit] of rows) {
  console.log(`| ${name} | ${fmt(a, unit)} | ${fmt(b, unit)} | ${(a / b).toFixed(2)} |`);
}
console.log(`| wasm linear memory after load | ${fmt(ours.wasm, 'B')} | – | – |`);
console.log(`embed page total (wasm + glue + embed.min.js, which carries chart-meta.js and i18n/en.js): ${Math.round(sizes.oursEmbed / 1024)} KiB gzip`);
