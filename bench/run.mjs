#!/usr/bin/env node
// Side-by-side benchmark: this widget vs Chart.js 4 drawing the same charts (every chart of
// www/chart-meta.js, each with its Chart.js twin in bench/chartjs-charts.js), in one run, on
// one machine, in headless Debian Chromium (playwright-core). Run on demand, not a pass/fail test:
//   node bench/run.mjs            (after scripts/build.sh; RUNS=10 REDRAWS=60 by default)
// Two profiles, each with fresh browser contexts:
// - desktop: 1000 × 900 px at devicePixelRatio 2, no throttling;
// - mobile: Lighthouse's mobile screen (412 × 823 px at devicePixelRatio 1.75, touch) and its
//   "Slow 4G" throttling through the DevTools protocol: 4× CPU slowdown
//   (Emulation.setCPUThrottlingRate) and Network.emulateNetworkConditions with the values
//   Lighthouse applies for its own DevTools throttling (see MOBILE below).
// Files are served gzip -9 compressed (as a CDN would), so "bytes on the wire" is what a reader's
// phone downloads. For each profile and page it prints: navigation → every chart drawn (median of
// RUNS cold loads, interleaved across pages so that drift on the machine hits all alike), total
// blocking time over that span, bytes on the wire; then redraws at a new size (median and p95 of
// REDRAWS), the browser's own share of them, the library's own work, the scaled fit path against
// the natural one, JS heap and wasm memory after load, and the ratios ours ÷ Chart.js.
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus, totalmem } from 'node:os';
import { chromium } from 'playwright-core';
import { startGzipServer } from './gzip-server.mjs';
import { CHARTS } from '../www/chart-meta.js';

/** How many charts each page draws: one per chart of the registry. */
const N = Object.keys(CHARTS).length;
const RUNS = Number(process.env.RUNS ?? 10);
const REDRAWS = Number(process.env.REDRAWS ?? 60);
const PROFILES = (process.env.PROFILES ?? 'desktop,mobile').split(',');

// Lighthouse's "Slow 4G" (its mobile default, lighthouse core/config/constants.js): 150 ms RTT,
// 1.6 Mbps (1,638.4 kbps) down, 750 kbps up, 4× CPU. DevTools throttling delays each *request* by
// a fixed latency and caps throughput; it cannot see connection setup, TCP slow start or
// congestion, so Lighthouse, when it throttles through DevTools, applies the RTT × 3.75 as request
// latency and the throughputs × 0.9 (DEVTOOLS_RTT_ADJUSTMENT_FACTOR and
// DEVTOOLS_THROUGHPUT_ADJUSTMENT_FACTOR). We use those applied values: they are what Lighthouse
// itself runs with this method, and a page on a phone pays DNS, TCP and TLS round trips that the
// bare 150 ms per request would leave out. MOBILE_NETWORK=raw uses 150 ms / 1.6 Mbps / 750 kbps
// instead (the unadjusted preset), to show how much the choice matters.
const RAW_NETWORK = process.env.MOBILE_NETWORK === 'raw';
const SLOW_4G = RAW_NETWORK
  ? { latency: 150, downloadKbps: 1638.4, uploadKbps: 750 }
  : { latency: 150 * 3.75, downloadKbps: 1638.4 * 0.9, uploadKbps: 750 * 0.9 };
const PROFILE = {
  desktop: { context: { viewport: { width: 1000, height: 900 }, deviceScaleFactor: 2 }, cpu: 1, network: null, widths: [760, 640] },
  mobile: {
    context: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
    cpu: 4,
    network: { offline: false, latency: SLOW_4G.latency,
      downloadThroughput: (SLOW_4G.downloadKbps * 1024) / 8, uploadThroughput: (SLOW_4G.uploadKbps * 1024) / 8 },
    widths: [412, 360],
  },
};

mkdirSync('bench/dist', { recursive: true });
execFileSync('node_modules/.bin/esbuild', ['bench/chartjs-charts.js', '--bundle', '--minify', '--format=esm', '--target=es2020',
  '--outfile=bench/dist/chartjs-bundle.js', '--log-level=warning']);

const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
// The build's content-hashed file names (scripts/build/deploy.mjs).
const assets = JSON.parse(readFileSync('target/site/pkg/assets.json', 'utf8'));
const sizes = {
  ours: gz(`target/site/${assets.wasm}`) + gz(`target/site/${assets.glue}`) + gz('target/site/pkg/apac_ai_charts.js') + gz('bench/ours.js'),
  oursEmbed: gz(`target/site/${assets.wasm}`) + gz(`target/site/${assets.glue}`) + gz('target/site/embed.min.js'),
  chartjs: gz('bench/dist/chartjs-bundle.js'),
};

const server = await startGzipServer('.');
const { origin } = server;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]; };

// Runs in every page before its own scripts: records long tasks from the start, and, on the
// element's pages (which load nothing of the benchmark's), sets benchDone when every
// <apac-ai-chart> has fired apac-ai-chart-drawn.
function pageProbe() {
  window.benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.benchLongTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  let drawn = 0;
  document.addEventListener('apac-ai-chart-drawn', () => {
    drawn += 1;
    if (drawn === document.querySelectorAll('apac-ai-chart').length) window.benchDone = performance.now();
  });
}

/** A fresh context and page with the profile's emulation, and a CDP session counting bytes. */
async function openPage(profile) {
  const context = await browser.newContext(PROFILE[profile].context);
  await context.addInitScript(pageProbe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const wire = { bytes: 0, byUrl: new Map() };
  const urls = new Map();
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
  cdp.on('Network.loadingFinished', (e) => {
    wire.bytes += e.encodedDataLength;
    const url = (urls.get(e.requestId) ?? '?').replace(origin, '');
    wire.byUrl.set(url, (wire.byUrl.get(url) ?? 0) + e.encodedDataLength);
  });
  await cdp.send('Network.enable');
  if (PROFILE[profile].cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE[profile].cpu });
  if (PROFILE[profile].network) await cdp.send('Network.emulateNetworkConditions', PROFILE[profile].network);
  return { context, page, cdp, wire };
}

async function loadPage(page, lib) {
  // An error on the page (a chart without its Chart.js twin, say) ends the run at once.
  const failed = new Promise((_, reject) => page.once('pageerror', (e) => reject(new Error(`bench/${lib}.html: ${e.message}`))));
  const drawn = page.goto(`${origin}/bench/${lib}.html`)
    .then(() => page.waitForFunction(() => window.benchDone !== undefined, null, { polling: 50, timeout: 60000 }));
  await Promise.race([failed, drawn]);
  // The observer reports a long task once it has ended: give the last one time to arrive.
  return page.evaluate(() => new Promise((ok) => setTimeout(() => {
    const done = window.benchDone;
    const tbt = window.benchLongTasks.filter(([start]) => start < done).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
    const longest = Math.max(0, ...window.benchLongTasks.filter(([start]) => start < done).map(([, d]) => d));
    // When the last byte of the page's code (scripts and wasm) arrived: the rest is the CPU's.
    const code = performance.getEntriesByType('resource').filter((r) => /\.(m?js|wasm)$/.test(new URL(r.name).pathname));
    const arrived = Math.max(0, ...code.map((r) => r.responseEnd));
    ok({ done, init: window.benchInit ?? null, tbt, longest, arrived });
  }, 300)));
}

// Cold loads, interleaved across the pages so that drift on the machine hits all of them alike.
// ours.html preloads the glue and the wasm, as the article page does; ours-plain.html is the bare
// script, whose wasm is requested only once it runs. ours-element.html is the README's one-line
// embed (embed.min.js and an element per chart); ours-element-hints.html adds the two preload hints.
async function coldLoads(profile, libs) {
  const out = Object.fromEntries(libs.map((lib) => [lib, { done: [], init: [], tbt: [], longest: [], arrived: [], after: [], bytes: [], byUrl: null }]));
  for (let i = 0; i < RUNS; i += 1) {
    for (const lib of libs) {
      const { context, page, wire } = await openPage(profile);
      const r = await loadPage(page, lib);
      for (const key of ['done', 'init', 'tbt', 'longest', 'arrived']) out[lib][key].push(r[key]);
      out[lib].after.push(r.done - r.arrived);
      out[lib].bytes.push(wire.bytes);
      out[lib].byUrl = wire.byUrl;
      await context.close();
    }
  }
  raw[profile] = Object.fromEntries(libs.map((lib) => [lib, { ...out[lib], byUrl: Object.fromEntries(out[lib].byUrl) }]));
  return Object.fromEntries(libs.map((lib) => [lib, {
    done: median(out[lib].done), init: out[lib].init[0] === null ? null : median(out[lib].init),
    tbt: median(out[lib].tbt), longest: median(out[lib].longest), arrived: median(out[lib].arrived), after: median(out[lib].after), bytes: median(out[lib].bytes), byUrl: out[lib].byUrl,
  }]));
}

// How much slower the profile's pages run a fixed piece of JavaScript than the desktop's: checks
// that the CPU throttling survives the navigation (Chromium may swap the renderer process).
// Chromium throttles by suspending the renderer's main thread in proportion to the time it runs,
// so on a machine whose cores are shared (the unthrottled page already waits for a core) this
// comes out below the rate: 1.6–3.5× at rate 4 on the 2-core machine of 2026-12-02.
async function cpuSlowdown(profile) {
  const work = () => { const t = performance.now(); let x = 0; for (let i = 0; i < 1e7; i += 1) x += Math.sqrt(i) % 3; return [performance.now() - t, x]; };
  const time = async (p) => {
    const { context, page } = await openPage(p);
    await page.goto(`${origin}/bench/chartjs.html`);
    const ts = [];
    for (let i = 0; i < 5; i += 1) ts.push((await page.evaluate(work))[0]);
    await context.close();
    return median(ts);
  };
  return (await time(profile)) / (await time('desktop'));
}

// One block of redraws on a loaded page, in pairs: a redraw at a new size (alternating between the
// profile's two widths), then the browser's own share of it: the same canvases set to the same
// backing sizes with one pixel drawn (which makes Chromium allocate and clear the new backing
// store) and nothing else. Both libraries pay that share; each pair's difference is the library's
// own work. Pairs, rather than two separate series, so that the machine's drift (2 shared cores)
// hits both halves alike. Then redraws at the size the canvases already have.
function redrawBlock([count, w1, w2]) {
  const canvases = [...document.querySelectorAll('canvas')];
  const dims = [w1, w2].map((w) => { window.redrawAll(w); return canvases.map((c) => [c.width, c.height]); });
  const resizeOnly = (dim) => {
    const t = performance.now();
    canvases.forEach((c, k) => {
      [c.width, c.height] = dim[k];
      const ctx = c.getContext('2d');
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.fillRect(0, 0, 1, 1);
    });
    return performance.now() - t;
  };
  for (let i = 0; i < 4; i += 1) window.redrawAll(i % 2 ? w2 : w1); // warm up
  const times = [];
  const floor = [];
  for (let i = 0; i < count; i += 1) {
    const k = i % 2; // dims[k] is the backing size at width [w1, w2][k]
    times.push(window.redrawAll(k ? w2 : w1));
    resizeOnly(dims[1 - k]); // untimed: back to the other size, so that the timed one is the same change
    floor.push(resizeOnly(dims[k]));
  }
  window.redrawAll(w1);
  const same = [];
  for (let i = 0; i < 3; i += 1) window.drawSameSize();
  for (let i = 0; i < count; i += 1) same.push(window.drawSameSize());
  return { times, floor, same };
}

// Redraws of both libraries' pages, open side by side, in ROUNDS alternating blocks (ours, then
// Chart.js, then ours…), so that a busy spell on the machine is shared out between them; for this
// widget, each round also has a block with every canvas half the height its chart wants: below
// each chart's minimum height, so each is laid out for a larger box and scaled down (fit
// 'scaled'). Then JS heap and wasm memory after a garbage collection.
async function measureRedraws(profile) {
  const ROUNDS = 6;
  const [wide, narrow] = PROFILE[profile].widths;
  const open = {};
  for (const lib of ['ours', 'chartjs']) {
    open[lib] = await openPage(profile);
    await open[lib].page.goto(`${origin}/bench/${lib}.html`);
    await open[lib].page.waitForFunction(() => window.benchDone !== undefined, null, { polling: 50, timeout: 60000 });
  }
  const blocks = { ours: [], chartjs: [], scaled: [] };
  const n = Math.ceil(REDRAWS / ROUNDS);
  let fits = null;
  for (let r = 0; r < ROUNDS; r += 1) {
    blocks.ours.push(await open.ours.page.evaluate(redrawBlock, [n, wide, narrow]));
    blocks.chartjs.push(await open.chartjs.page.evaluate(redrawBlock, [n, wide, narrow]));
    await open.ours.page.evaluate(() => window.setHeightFactor(0.5));
    blocks.scaled.push(await open.ours.page.evaluate(redrawBlock, [n, wide, narrow]));
    fits ??= { scaled: await open.ours.page.evaluate(() => window.fits()) };
    await open.ours.page.evaluate((w) => { window.setHeightFactor(1); window.redrawAll(w); }, wide);
    fits.natural ??= await open.ours.page.evaluate(() => window.fits());
  }
  const summary = (bs) => {
    const times = bs.flatMap((b) => b.times);
    const floor = bs.flatMap((b) => b.floor);
    return { redrawMedian: median(times), redrawP95: p95(times), floor: median(floor),
      drawing: median(times.map((t, i) => t - floor[i])), same: median(bs.flatMap((b) => b.same)) };
  };
  const out = { ours: summary(blocks.ours), chartjs: summary(blocks.chartjs) };
  const scaled = summary(blocks.scaled);
  Object.assign(out.ours, { fits, scaledRedraw: scaled.redrawMedian, scaledFloor: scaled.floor,
    scaledDrawing: scaled.drawing, scaledSame: scaled.same });
  for (const lib of ['ours', 'chartjs']) {
    const { context, page, cdp } = open[lib];
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    out[lib].heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    out[lib].wasm = lib === 'ours' ? await page.evaluate(() => window.wasmMemoryBytes()) : 0;
    await page.screenshot({ path: `bench/dist/${profile}-${lib}.png`, fullPage: true });
    await context.close();
  }
  return out;
}

const raw = {}; // every cold load's numbers, written to bench/dist/ for pooling several runs
const PAGES = ['ours', 'ours-plain', 'ours-element', 'ours-element-hints', 'chartjs'];
const results = {};
for (const profile of PROFILES) {
  const slowdown = profile === 'desktop' ? 1 : await cpuSlowdown(profile);
  const loads = await coldLoads(profile, PAGES);
  results[profile] = { slowdown, loads, ...await measureRedraws(profile) };
}
const version = browser.version();
writeFileSync(`bench/dist/results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
  JSON.stringify({ runs: RUNS, redraws: REDRAWS, rawNetwork: RAW_NETWORK, version, sizes, raw, results }, null, 1));
await browser.close();
server.close();

const ms = (v) => (v === null || v === undefined ? 'n/a' : `${v.toFixed(1)} ms`);
const kib = (v) => `${(v / 1024).toFixed(1)} KiB`;
const ratio = (a, b) => (a === null || b === null ? '–' : b === 0 ? (a === 0 ? '–' : '∞') : (a / b).toFixed(2));
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB; Chromium ${version}; RUNS=${RUNS} REDRAWS=${REDRAWS}`);
console.log(`gzip -9 bytes to draw the ${N} charts: ours ${kib(sizes.ours)} (wasm + glue + API entry + bench/ours.js), element ${kib(sizes.oursEmbed)} (wasm + glue + embed.min.js), Chart.js ${kib(sizes.chartjs)}`);
for (const profile of PROFILES) {
  const { slowdown, loads, ours, chartjs } = results[profile];
  const c = loads.chartjs;
  const net = PROFILE[profile].network;
  console.log(`\n## ${profile}: ${JSON.stringify(PROFILE[profile].context)}${net
    ? `, CPU ${PROFILE[profile].cpu}× (measured ${slowdown.toFixed(2)}×), request latency ${net.latency} ms, ${(net.downloadThroughput * 8 / 1024).toFixed(1)} kbps down, ${(net.uploadThroughput * 8 / 1024).toFixed(1)} kbps up${RAW_NETWORK ? ' (raw preset)' : ' (Lighthouse applied DevTools values)'}`
    : ', no throttling'}`);
  console.log(`| page | navigation → ${N} charts drawn | ÷ Chart.js | total blocking time | ÷ Chart.js | longest task | bytes on the wire | ÷ Chart.js | last code byte | code → drawn |`);
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const lib of PAGES) {
    const l = loads[lib];
    console.log(`| ${lib} | ${ms(l.done)} | ${ratio(l.done, c.done)} | ${ms(l.tbt)} | ${ratio(l.tbt, c.tbt)} | ${ms(l.longest)} | ${kib(l.bytes)} | ${ratio(l.bytes, c.bytes)} | ${ms(l.arrived)} | ${ms(l.after)} |`);
  }
  console.log(`script start → ${N} charts drawn: ours ${ms(loads.ours.init)}, Chart.js ${ms(c.init)}, ratio ${ratio(loads.ours.init, c.init)}`);
  for (const lib of PAGES) console.log(`  wire ${lib}: ${[...loads[lib].byUrl].map(([u, b]) => `${u} ${b}`).join(', ')}`);
  const rows = [
    [`redraw ${N} charts at a new size (median of ${REDRAWS}, in 6 blocks alternating with Chart.js)`, ours.redrawMedian, chartjs.redrawMedian],
    [`redraw ${N} charts, p95`, ours.redrawP95, chartjs.redrawP95],
    ['of the median: browser resizing the same canvases, nothing drawn', ours.floor, chartjs.floor],
    ['the library\'s own work: median of (redraw − resizing) over pairs', ours.drawing, chartjs.drawing],
    [`redraw ${N} charts at the size they have (draw() / update('none'))`, ours.same, chartjs.same],
  ];
  console.log('| measure | this widget | Chart.js 4 | ours ÷ Chart.js |\n|---|---:|---:|---:|');
  for (const [name, a, b] of rows) console.log(`| ${name} | ${ms(a)} | ${ms(b)} | ${ratio(a, b)} |`);
  console.log(`| JS heap after load | ${kib(ours.heap)} | ${kib(chartjs.heap)} | ${ratio(ours.heap, chartjs.heap)} |`);
  console.log(`| wasm linear memory after load | ${kib(ours.wasm)} | – | – |`);
  console.log(`scaled fit path (canvases half their charts' height; fits ${ours.fits.scaled.join(', ')}; natural: ${ours.fits.natural.join(', ')}):`);
  console.log('| this widget | natural | scaled | scaled ÷ natural |\n|---|---:|---:|---:|');
  console.log(`| redraw at a new size | ${ms(ours.redrawMedian)} | ${ms(ours.scaledRedraw)} | ${ratio(ours.scaledRedraw, ours.redrawMedian)} |`);
  console.log(`| own work (redraw − resizing) | ${ms(ours.drawing)} | ${ms(ours.scaledDrawing)} | ${ratio(ours.scaledDrawing, ours.drawing)} |`);
  console.log(`| redraw at the size it has | ${ms(ours.same)} | ${ms(ours.scaledSame)} | ${ratio(ours.scaledSame, ours.same)} |`);
}
