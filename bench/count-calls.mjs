#!/usr/bin/env node
// Counts the canvas calls a redraw of the page's charts makes, natural against scaled fit, on the
// benchmark's API page (bench/ours.html) in the desktop profile: the 2D context's methods and
// `font` writes are wrapped in counters before the page's scripts run. Diagnostic only:
//   node bench/count-calls.mjs
import { chromium } from 'playwright-core';
import { startGzipServer } from './gzip-server.mjs';

const server = await startGzipServer('.');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, deviceScaleFactor: 2 });
await context.addInitScript(() => {
  const proto = CanvasRenderingContext2D.prototype;
  window.callCounts = {};
  const count = (name) => { window.callCounts[name] = (window.callCounts[name] ?? 0) + 1; };
  for (const name of ['measureText', 'fillText', 'setTransform', 'fillRect', 'beginPath', 'stroke', 'fill', 'save', 'restore']) {
    const original = proto[name];
    proto[name] = function counted(...args) { count(name); return original.apply(this, args); };
  }
  const font = Object.getOwnPropertyDescriptor(proto, 'font');
  Object.defineProperty(proto, 'font', { ...font, set(v) { count('font='); font.set.call(this, v); } });
});
const page = await context.newPage();
await page.goto(`${server.origin}/bench/ours.html`);
await page.waitForFunction(() => window.benchDone !== undefined);
const firstLoad = await page.evaluate(() => ({ ...window.callCounts }));
const run = (factor, same) => page.evaluate(([f, s]) => {
  window.setHeightFactor(f);
  window.redrawAll(700);
  window.redrawAll(760);
  window.callCounts = {};
  const times = [];
  for (let i = 0; i < 20; i += 1) times.push(s ? window.drawSameSize() : window.redrawAll(i % 2 ? 640 : 760));
  const per = Object.fromEntries(Object.entries(window.callCounts).map(([k, v]) => [k, v / 20]));
  times.sort((a, b) => a - b);
  return { fits: window.fits(), median: times[10], per };
}, [factor, same]);
const charts = (await page.evaluate(() => window.fits())).length;
console.log(`first load (${charts} charts):`, JSON.stringify(firstLoad));
for (const [label, factor, same] of [['natural, same size', 1, true], ['scaled, same size', 0.5, true],
  ['natural, new size', 1, false], ['scaled, new size', 0.5, false]]) {
  const r = await run(factor, same);
  console.log(`${label} (${r.fits.join(', ')}): median ${r.median.toFixed(2)} ms per redraw of ${charts}; calls per redraw ${JSON.stringify(r.per)}`);
}
await browser.close();
server.close();
