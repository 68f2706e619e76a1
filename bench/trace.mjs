#!/usr/bin/env node
// Where the time goes in a cold load: loads bench pages in a profile of bench/run.mjs (mobile by
// default) with a DevTools trace (timeline + V8 sampling profiler), and prints for navigation →
// every chart drawn: each resource's request → response end, the main thread's long tasks, the
// main thread's time by trace event (self time), and the JavaScript/wasm functions with the most
// samples. Diagnostic only, one load per page per round (TRACES=3 rounds by default):
//   node bench/trace.mjs [profile] [page…]      e.g. node bench/trace.mjs mobile ours chartjs
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startGzipServer } from './gzip-server.mjs';

const [profile = 'mobile', ...pagesArg] = process.argv.slice(2);
const pages = pagesArg.length ? pagesArg : ['ours', 'ours-element-hints', 'chartjs'];
const ROUNDS = Number(process.env.TRACES ?? 3);
const PROFILE = {
  desktop: { context: { viewport: { width: 1000, height: 900 }, deviceScaleFactor: 2 }, cpu: 1, network: null },
  mobile: { // as bench/run.mjs: Lighthouse Slow 4G with its DevTools adjustments
    context: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
    cpu: 4, network: { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 },
  },
}[profile];

execFileSync('node_modules/.bin/esbuild', ['bench/chartjs-charts.js', '--bundle', '--minify', '--format=esm', '--target=es2020',
  '--outfile=bench/dist/chartjs-bundle.js', '--log-level=warning']);
const server = await startGzipServer('.'); // as run.mjs: gzip -9, the dev server's headers
const { origin } = server;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });

function probe() {
  let drawn = 0;
  document.addEventListener('apac-ai-chart-drawn', () => {
    drawn += 1;
    if (drawn === document.querySelectorAll('apac-ai-chart').length) window.benchDone = performance.now();
  });
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink',
  'blink.user_timing', 'loading', 'disabled-by-default-v8.cpu_profiler', 'toplevel', 'v8.wasm', 'disabled-by-default-v8.wasm.detailed'];

async function traceLoad(lib) {
  const context = await browser.newContext(PROFILE.context);
  await context.addInitScript(probe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (PROFILE.cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpu });
  if (PROFILE.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', PROFILE.network);
  }
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  await page.goto(`${origin}/bench/${lib}.html`);
  await page.waitForFunction(() => window.benchDone !== undefined, null, { polling: 50, timeout: 60000 });
  const done = await page.evaluate(() => window.benchDone);
  const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => ({
    name: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd })));
  await page.waitForTimeout(300);
  await cdp.send('Tracing.end');
  await complete;
  await context.close();
  return { lib, done, resources, events };
}

// A sampled function's name; anonymous functions in our minified files (the wasm-bindgen glue's
// imports are `function(…)` values of an object) are named by the source text where they start.
const sources = new Map();
function name(f) {
  const file = f.url ? f.url.replace(origin, '') : '';
  if (f.functionName || !file.endsWith('.js')) return `${f.functionName || '(anonymous)'} ${file.split('/').pop()}`;
  if (!sources.has(file)) {
    try { sources.set(file, readFileSync(`.${file}`, 'utf8').split('\n')); } catch { sources.set(file, []); }
  }
  const line = sources.get(file)[f.lineNumber] ?? '';
  const key = line.lastIndexOf('__wbg_', f.columnNumber);
  if (key >= 0 && f.columnNumber - key < 80) return `${line.slice(key, line.indexOf(':', key))} (glue)`;
  const before = line.slice(Math.max(0, f.columnNumber - 40), f.columnNumber).replace(/\s+/g, ' ');
  return `(anonymous …${before}⟩) ${file.split('/').pop()}`;
}

function analyse({ lib, done, resources, events }) {
  // The page's renderer main thread: the CrRendererMain that parsed the bench page.
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.includes(`/bench/${lib}.html`));
  const pid = parse?.pid;
  const tid = events.find((e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain')?.tid;
  const nav = events.find((e) => e.name === 'navigationStart' && e.pid === pid && e.args?.data?.documentLoaderURL?.includes('/bench/'))
    ?? events.find((e) => e.name === 'navigationStart' && e.pid === pid);
  const t0 = nav.ts;
  const t1 = t0 + done * 1000;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts < t1 && e.ts + (e.dur ?? 0) > t0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Self time per event name: each event's duration less its direct children's.
  const self = new Map();
  const stack = [];
  for (const e of main) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
    stack.push(e);
  }
  const isTask = (e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask';
  const tasks = main.filter((e) => isTask(e) && e.dur > 50000
    && !main.some((o) => o !== e && isTask(o) && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur));
  const describeTask = (task) => {
    const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
    const names = new Map();
    for (const e of inside) if (e.dur > 5000) names.set(e.name, Math.max(names.get(e.name) ?? 0, e.dur));
    return [...names].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`).join(', ');
  };
  // V8 sampling profiler: self samples per function in the window.
  const nodes = new Map();
  const samples = new Map();
  let time = null;
  for (const e of events.filter((x) => x.pid === pid && (x.name === 'Profile' || x.name === 'ProfileChunk'))) {
    if (e.name === 'Profile') time = e.args.data.startTime;
    const data = e.args.data;
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n.callFrame);
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i += 1) {
      time += deltas[i] ?? 0;
      const prev = time - (deltas[i + 1] ?? deltas[i] ?? 0);
      if (prev < t0 || time > t1) continue;
      const f = nodes.get(ids[i]);
      const key = f ? name(f) : '?';
      samples.set(key, (samples.get(key) ?? 0) + (deltas[i + 1] ?? 0));
    }
  }
  return { lib, done, resources, self, tasks: tasks.map((t) => ({ start: (t.ts - t0) / 1000, dur: t.dur / 1000, what: describeTask(t) })), samples };
}

const all = Object.fromEntries(pages.map((p) => [p, []]));
for (let r = 0; r < ROUNDS; r += 1) for (const lib of pages) all[lib].push(analyse(await traceLoad(lib)));
await browser.close();
server.close();

for (const lib of pages) {
  const runs = all[lib].sort((a, b) => a.done - b.done);
  const mid = runs[Math.floor(runs.length / 2)];
  console.log(`\n### ${lib} (${profile}): navigation → charts drawn ${runs.map((r) => r.done.toFixed(0)).join(' / ')} ms; the median load:`);
  for (const r of mid.resources) console.log(`  ${r.name}: ${r.start.toFixed(0)} → ${r.end.toFixed(0)} ms`);
  for (const t of mid.tasks) console.log(`  long task at ${t.start.toFixed(0)} ms, ${t.dur.toFixed(0)} ms: ${t.what}`);
  const self = [...mid.self].filter(([n]) => n !== 'RunTask' && n !== 'ThreadControllerImpl::RunTask').sort((a, b) => b[1] - a[1]).slice(0, 14);
  console.log(`  main thread self time: ${self.map(([n, d]) => `${n} ${(d / 1000).toFixed(1)}`).join(', ')}`);
  const top = [...mid.samples].sort((a, b) => b[1] - a[1]).slice(0, 16);
  console.log(`  sampled: ${top.map(([n, d]) => `${n.trim()} ${(d / 1000).toFixed(1)}`).join(', ')}`);
}
