// Page end-to-end tests: www/index.html in headless Debian Chromium (playwright-core, never a
// downloaded browser), served by scripts/serve.mjs with the strict CSP header.
// Run: node --test tests/e2e/   (after the wasm is built into www/pkg)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let server;
let origin;
let browser;

before(async () => {
  server = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = await once(server.stdout, 'data');
  origin = line.toString().match(/http:\/\/localhost:\d+/)[0];
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

/** Opens the page at a viewport; records console errors, CSP violations and every request. */
async function open(viewport, { scheme = 'light', deviceScaleFactor = 1 } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor, colorScheme: scheme });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => document.documentElement.dataset.charts?.startsWith('drawn') || document.documentElement.dataset.charts === 'failed');
  return { context, page, problems, requests };
}

/** For each chart canvas: its sizes and how much of it differs from its background colour. */
function inspectCanvases(page) {
  return page.$$eval('canvas[data-chart]', (canvases) => canvases.map((c) => {
    const ctx = c.getContext('2d');
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    const [br, bg, bb] = data;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - br) + Math.abs(data[i + 1] - bg) + Math.abs(data[i + 2] - bb) > 60) inked += 1;
    }
    const rect = c.getBoundingClientRect();
    return { id: c.dataset.chart, width: c.width, height: c.height, cssWidth: rect.width, cssHeight: rect.height,
      inkedShare: inked / (c.width * c.height), background: [br, bg, bb], label: c.getAttribute('aria-label') };
  }));
}

for (const [name, viewport] of [['phone 360', { width: 360, height: 740 }], ['desktop 1280', { width: 1280, height: 900 }]]) {
  test(`${name}: all three charts drawn, no errors, nothing leaves the origin`, async () => {
    const { context, page, problems, requests } = await open(viewport);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.charts), 'drawn:3');
    const canvases = await inspectCanvases(page);
    assert.deepEqual(canvases.map((c) => c.id), ['projected-gains', 'patent-share', 'initiative-timeline']);
    for (const c of canvases) {
      assert.ok(c.inkedShare > 0.01, `${c.id} looks blank (${c.inkedShare})`);
      assert.equal(c.width, Math.round(c.cssWidth), `${c.id} backing store matches CSS width at DPR 1`);
      assert.ok(c.cssWidth <= viewport.width, `${c.id} wider than the viewport`);
      assert.ok(!c.label.includes('loading'), `${c.id} has no text alternative`);
    }
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(pageWidth <= viewport.width, `page scrolls sideways: ${pageWidth}px`);
    assert.deepEqual(problems, []);
    const foreign = requests.filter((u) => !u.startsWith(origin));
    assert.deepEqual(foreign, []);
    await page.screenshot({ path: `test-results/page-${viewport.width}.png`, fullPage: true }).catch(() => {});
    await context.close();
  });
}

test('2x screen: backing stores are twice the CSS size', async () => {
  const { context, page, problems } = await open({ width: 800, height: 900 }, { deviceScaleFactor: 2 });
  for (const c of await inspectCanvases(page)) {
    assert.equal(c.width, Math.round(c.cssWidth * 2), c.id);
    assert.equal(c.height, Math.round(c.cssHeight * 2), c.id);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('dark reader preference: charts drawn on the dark background', async () => {
  const { context, page } = await open({ width: 800, height: 900 }, { scheme: 'dark' });
  for (const c of await inspectCanvases(page)) assert.deepEqual(c.background, [18, 20, 24], c.id);
  await context.close();
});

test('resizing the column redraws at the new width without a resize loop', async () => {
  const { context, page, problems } = await open({ width: 1280, height: 900 });
  await page.setViewportSize({ width: 400, height: 900 });
  await page.waitForFunction(() => [...document.querySelectorAll('canvas[data-chart]')].every((c) => c.width === c.clientWidth));
  const before = await page.evaluate(() => Number(document.documentElement.dataset.redraws));
  await page.waitForTimeout(300);
  const afterIdle = await page.evaluate(() => Number(document.documentElement.dataset.redraws));
  assert.equal(afterIdle, before, 'redraws continued with no resize: a resize loop');
  for (const c of await inspectCanvases(page)) {
    assert.ok(c.cssWidth < 400 && c.inkedShare > 0.01, `${c.id} at ${c.cssWidth}px`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the JS API: bad input throws an Error naming the argument; other charts keep working', async () => {
  const { context, page } = await open({ width: 800, height: 900 });
  const results = await page.evaluate(async () => {
    const { render, charts, dataset } = await import('./pkg/apac_ai_charts.js');
    const canvas = document.createElement('canvas');
    canvas.width = 600; canvas.height = 500;
    const attempt = (f) => { try { f(); return 'no error'; } catch (e) { return `${e instanceof Error}:${e.message}`; } };
    const out = {
      charts: charts(),
      asOf: dataset().asOf,
      badCanvas: attempt(() => render(document.body, 'patent-share')),
      badId: attempt(() => render(canvas, 'pie-chart')),
      badTheme: attempt(() => render(canvas, 'patent-share', { theme: 'blue' })),
      unknownKey: attempt(() => render(canvas, 'patent-share', { colour: 'red' })),
      tiny: attempt(() => { const t = document.createElement('canvas'); t.width = 10; t.height = 10; render(t, 'initiative-timeline'); }),
    };
    const chart = render(canvas, 'patent-share', { theme: 'dark' });
    chart.draw();
    out.afterwards = Array.from(canvas.getContext('2d').getImageData(1, 1, 1, 1).data.slice(0, 3));
    out.id = chart.id;
    chart.free();
    return out;
  });
  assert.deepEqual(results.charts.map((c) => c.id), ['patent-share', 'projected-gains', 'initiative-timeline']);
  assert.equal(results.asOf, '2025-12-28');
  assert.match(results.badCanvas, /^true:render\(\): argument `canvas` must be an HTMLCanvasElement, got a HTMLBodyElement/);
  assert.match(results.badId, /^true:.*"pie-chart".*patent-share, projected-gains, initiative-timeline/);
  assert.match(results.badTheme, /^true:.*theme.*"blue"/);
  assert.match(results.unknownKey, /^true:.*"colour".*theme, pixelRatio/);
  assert.match(results.tiny, /^true:.*10×10/);
  assert.deepEqual(results.afterwards, [18, 20, 24]);
  assert.equal(results.id, 'patent-share');
  await context.close();
});
