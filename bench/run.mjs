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
// Files are served gzip -9 compressed with a deploy's headers (as a CDN would), so "bytes on the
// wire" is what a reader's phone downloads. For each profile and page it prints, as medians of RUNS
// cold loads interleaved across the pages (so that drift on the machine hits all alike): navigation →
// every chart visible (its picture painted, by element timing, or its canvas drawn and painted) and →
// every chart live (drawn by the library), cumulative layout shift, total blocking time until live,
// bytes on the wire, the ratios to Chart.js's page; then redraws at a new size (median and p95 of
// REDRAWS), the browser's own share of them, the library's own work, the scaled fit path against the
// natural one, JS heap and wasm memory after load. PAGES=a,b,… measures only those pages.
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus, totalmem } from 'node:os';
import { chromium } from 'playwright-core';
import { startGzipServer, tls } from './gzip-server.mjs';
import { buildVariants } from './variants.mjs';
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
  // The snippet's pictures at the mobile profile's width (the 480 px layout, light) and the
  // desktop's (640 px), fetched with the page.
  pictures: Object.fromEntries([480, 640].map((w) => [w, Object.keys(CHARTS).reduce((n, id) => n + gz(`target/site/static/${id}-light-${w}.svg`), 0)])),
  variants: await buildVariants(),
};

const servers = { h1: await startGzipServer('.'), h2: await startGzipServer('.', { h2: true }) };
if (!servers.h2) console.warn('bench: no TLS files for HTTP/2 (openssl and certutil, from libnss3-tools, make them): the h2: pages are skipped');
const origins = { h1: servers.h1.origin, h2: servers.h2?.origin };
const { origin } = servers.h1;
// HOME holds the NSS database that trusts the HTTP/2 server's certificate authority (tls()).
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  env: servers.h2 ? { ...process.env, HOME: tls('.').home } : process.env });

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]; };

// Runs in every page before its own scripts: records long tasks and layout shifts from the start;
// on the element's pages (which load nothing of the benchmark's), when each chart first shows
// pixels (its snippet's picture painted, by element timing, or its live canvas drawn) and when it
// went live (apac-ai-chart-drawn), and sets benchDone when every <apac-ai-chart> has drawn.
function pageProbe() {
  window.benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.benchLongTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  window.benchShift = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.benchShift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  window.benchLcp = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.benchLcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  window.benchFirst = {};
  const first = (chart, t) => { window.benchFirst[chart] = Math.min(window.benchFirst[chart] ?? Infinity, t); };
  // A canvas drawn shows at the next paint: the time after it (a task queued from the frame's
  // requestAnimationFrame runs once the frame is painted), comparable to an image's render time.
  const afterPaint = (f) => requestAnimationFrame(() => setTimeout(() => f(performance.now()), 0));
  // The API's and Chart.js's pages set benchDone themselves when every chart is drawn.
  let done;
  Object.defineProperty(window, 'benchDone', { configurable: true, get: () => done, set: (t) => {
    done = t;
    afterPaint((p) => { window.benchPainted = p; });
  } });
  // The pictures' paint times: element timing, for images that carry the attribute, set here as
  // the parser inserts each picture's <img> (the snippet is used as given).
  new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        const host = n.localName === 'img' ? n.parentElement?.parentElement : null;
        if (host?.localName === 'apac-ai-chart') n.setAttribute('elementtiming', host.getAttribute('chart'));
      }
    }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.identifier) first(e.identifier, e.renderTime || e.loadTime);
  }).observe({ type: 'element', buffered: true });
  let drawn = 0;
  document.addEventListener('apac-ai-chart-drawn', (e) => {
    afterPaint((t) => first(e.detail.chart, t));
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
    const url = (urls.get(e.requestId) ?? '?').replace(origins.h1, '').replace(origins.h2, '');
    wire.byUrl.set(url, (wire.byUrl.get(url) ?? 0) + e.encodedDataLength);
  });
  await cdp.send('Network.enable');
  if (PROFILE[profile].cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE[profile].cpu });
  if (PROFILE[profile].network) await cdp.send('Network.emulateNetworkConditions', PROFILE[profile].network);
  return { context, page, cdp, wire };
}

/** A page of PAGES: its file under bench/, the query it is asked with, and whether over HTTP/2. */
function pageUrl(name) {
  const [proto, rest] = name.startsWith('h2:') ? ['h2', name.slice(3)] : ['h1', name];
  const [file, query] = rest.split('?');
  return `${origins[proto]}/bench/${file}.html${query ? `?${query}` : ''}`;
}

async function loadPage(page, lib) {
  // An error on the page (a chart without its Chart.js twin, say) ends the run at once.
  const failed = new Promise((_, reject) => page.once('pageerror', (e) => reject(new Error(`bench/${lib}.html: ${e.message}`))));
  const drawn = page.goto(pageUrl(lib))
    .then(() => page.waitForFunction(() => window.benchDone !== undefined, null, { polling: 50, timeout: 60000 }));
  await Promise.race([failed, drawn]);
  // The observer reports a long task once it has ended: give the last one time to arrive.
  return page.evaluate((charts) => new Promise((ok) => setTimeout(() => {
    const done = window.benchDone;
    const tbt = window.benchLongTasks.filter(([start]) => start < done).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
    const longest = Math.max(0, ...window.benchLongTasks.filter(([start]) => start < done).map(([, d]) => d));
    // When the last byte of the page's code (scripts and wasm) arrived: the rest is the CPU's.
    const code = performance.getEntriesByType('resource').filter((r) => /\.(m?js|wasm)$/.test(new URL(r.name).pathname));
    const arrived = Math.max(0, ...code.map((r) => r.responseEnd));
    // Every chart showing pixels: each element's picture painted or canvas drawn and painted,
    // whichever came first; the API's and Chart.js's canvases at the paint after their last draw.
    const firsts = charts.map((id) => window.benchFirst[id]);
    const visible = firsts.every((t) => t !== undefined) ? Math.max(...firsts) : window.benchPainted;
    const early = performance.getEntriesByType('resource').filter((r) => r.initiatorType === 'early-hints').length;
    ok({ done, visible, init: window.benchInit ?? null, tbt, longest, arrived, cls: window.benchShift, lcp: window.benchLcp,
      inline: window.benchInline ?? null, early });
  }, 300)), Object.keys(CHARTS));
}

// Cold loads, interleaved across the pages so that drift on the machine hits all of them alike.
const KEYS = ['done', 'visible', 'init', 'tbt', 'longest', 'arrived', 'cls', 'lcp', 'early'];
async function coldLoads(profile, libs) {
  const out = Object.fromEntries(libs.map((lib) => [lib, { ...Object.fromEntries(KEYS.map((k) => [k, []])), after: [], bytes: [], inline: [], byUrl: null }]));
  for (let i = 0; i < RUNS; i += 1) {
    for (const lib of libs) {
      const { context, page, wire } = await openPage(profile);
      const r = await loadPage(page, lib);
      for (const key of KEYS) out[lib][key].push(r[key]);
      if (r.inline) out[lib].inline.push(r.inline);
      out[lib].after.push(r.done - r.arrived);
      out[lib].bytes.push(wire.bytes);
      out[lib].byUrl = wire.byUrl;
      await context.close();
    }
  }
  raw[profile] = Object.fromEntries(libs.map((lib) => [lib, { ...out[lib], byUrl: Object.fromEntries(out[lib].byUrl) }]));
  return Object.fromEntries(libs.map((lib) => {
    const o = out[lib];
    return [lib, {
      ...Object.fromEntries(KEYS.map((k) => [k, o[k][0] === null ? null : median(o[k])])),
      clsMax: Math.max(...o.cls), after: median(o.after), bytes: median(o.bytes), byUrl: o.byUrl,
      inline: o.inline.length ? { decode: median(o.inline.map((x) => x.decode)), compile: median(o.inline.map((x) => x.compile)) } : null,
    }];
  }));
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
// The pages, each a file of bench/ (a query after '?', over HTTP/2 after 'h2:'):
// - ours-element: the README's snippet (pictures, embed.css), eager; the issue's targets are its;
// - ours-element-bare: bare elements, no picture (a page that pastes only the element);
// - ours-element-hints: the snippet plus the two preload hints of docs/embedding.md;
// - ours-element?lever=glue, =inline, =link: the levers (bench/variants.mjs, bench/gzip-server.mjs);
// - h2:…: over HTTP/2, where Chromium acts on 103 Early Hints: the snippet without and with a 103
//   preloading the element's script, the glue and the wasm, and Chart.js's page over HTTP/2;
// - ours: the API with preload hints, as the article page; ours-plain: the API's bare script;
// - chartjs: Chart.js 4 drawing the same charts, the reference.
const PAGES = (process.env.PAGES ?? ['ours-element', 'ours-element-bare', 'ours-element-hints', 'ours-element?lever=glue',
  'ours-element?lever=inline', 'ours-element?lever=link', 'h2:ours-element', 'h2:ours-element?early-hints', 'h2:chartjs', 'ours', 'ours-plain', 'chartjs'].join(','))
  .split(',').filter((page) => servers.h2 || !page.startsWith('h2:'));
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
servers.h1.close();
servers.h2?.close();

const ms = (v) => (v === null || v === undefined ? 'n/a' : `${v.toFixed(1)} ms`);
const kib = (v) => `${(v / 1024).toFixed(1)} KiB`;
const ratio = (a, b) => (a === null || b === null ? '–' : b === 0 ? (a === 0 ? '–' : '∞') : (a / b).toFixed(2));
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB; Chromium ${version}; RUNS=${RUNS} REDRAWS=${REDRAWS}`);
console.log(`gzip -9 bytes to draw the ${N} charts: ours ${kib(sizes.ours)} (wasm + glue + API entry + bench/ours.js), element ${kib(sizes.oursEmbed)} (wasm + glue + embed.min.js), Chart.js ${kib(sizes.chartjs)}; the pictures ${kib(sizes.pictures[480])} (480 px) / ${kib(sizes.pictures[640])} (640 px); levers: ${Object.entries(sizes.variants).map(([f, b]) => `${f} ${kib(b)}`).join(', ')}`);
for (const profile of PROFILES) {
  const { slowdown, loads, ours, chartjs } = results[profile];
  const c = loads.chartjs;
  const net = PROFILE[profile].network;
  console.log(`\n## ${profile}: ${JSON.stringify(PROFILE[profile].context)}${net
    ? `, CPU ${PROFILE[profile].cpu}× (measured ${slowdown.toFixed(2)}×), request latency ${net.latency} ms, ${(net.downloadThroughput * 8 / 1024).toFixed(1)} kbps down, ${(net.uploadThroughput * 8 / 1024).toFixed(1)} kbps up${RAW_NETWORK ? ' (raw preset)' : ' (Lighthouse applied DevTools values)'}`
    : ', no throttling'}`);
  console.log(`Ratios are to Chart.js's page drawn over the same protocol (h2: pages to h2:chartjs). "visible": every chart shows pixels (picture painted or canvas drawn); "live": every chart drawn by the library.`);
  console.log(`| page | ${N} charts visible | ÷ Chart.js drawn | ÷ Chart.js visible | ${N} charts live | ÷ Chart.js drawn | CLS (median / max) | total blocking time | ÷ Chart.js | longest task | bytes on the wire | ÷ Chart.js | last code byte | code → live |`);
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const lib of PAGES) {
    const l = loads[lib];
    const ref = lib.startsWith('h2:') && loads['h2:chartjs'] ? loads['h2:chartjs'] : c;
    console.log(`| ${lib} | ${ms(l.visible)} | ${ratio(l.visible, ref.done)} | ${ratio(l.visible, ref.visible)} | ${ms(l.done)} | ${ratio(l.done, ref.done)} | ${l.cls.toFixed(3)} / ${l.clsMax.toFixed(3)} | ${ms(l.tbt)} | ${ratio(l.tbt, ref.tbt)} | ${ms(l.longest)} | ${kib(l.bytes)}${l.early ? '*' : ''} | ${ratio(l.bytes, ref.bytes)} | ${ms(l.arrived)} | ${ms(l.after)} |`);
  }
  if (PAGES.some((lib) => loads[lib].early)) console.log('* without the responses the 103 preloaded: the page\'s DevTools session does not see them.');
  for (const lib of PAGES) {
    const l = loads[lib];
    if (l.inline) console.log(`${lib}: the inline wasm decoded in ${ms(l.inline.decode)}, compiled in ${ms(l.inline.compile)} (medians)`);
    if (l.early) console.log(`${lib}: ${l.early} responses preloaded by the 103 Early Hints (median)`);
  }
  if (loads.ours) console.log(`script start → ${N} charts drawn: ours ${ms(loads.ours.init)}, Chart.js ${ms(c.init)}, ratio ${ratio(loads.ours.init, c.init)}`);
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
