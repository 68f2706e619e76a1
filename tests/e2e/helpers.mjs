// Shared by the page tests: a local server (scripts/serve.mjs, strict CSP), headless Debian
// Chromium through playwright-core (never a downloaded browser), and canvas inspection.
import { before, after } from 'node:test';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { chromium } from 'playwright-core';
import { CHARTS } from '../../www/chart-meta.js';

/** Every chart's id, in the registry's order (www/chart-meta.js is generated from it). */
export const IDS = Object.keys(CHARTS);
export { CHARTS };

/** How many charts www/pages/languages.html shows: each chart once per language it is drawn in. */
export const LANGUAGE_FIGURES = IDS.reduce((n, id) => n + CHARTS[id].langs.length, 0);

/** The charts the article places, in its order: www/pages/index.html is written by hand. */
export const ARTICLE_CHARTS = [...readFileSync(new URL('../../www/pages/index.html', import.meta.url), 'utf8')
  .matchAll(/<apac-ai-chart chart="([^"]+)"/g)].map((m) => m[1]);

/** A page of bare elements, one per chart, without pictures or the stylesheet: what a page that
 *  pastes only the element has. */
export const BARE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bare</title>
<script type="module" src="/embed.min.js"></script></head><body>
${IDS.map((id) => `<apac-ai-chart chart="${id}"></apac-ai-chart>`).join('\n')}</body></html>`;

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

export async function startServer() {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = await once(server.stdout, 'data');
  return { server, origin: line.toString().match(/http:\/\/localhost:\d+/)[0] };
}

/** Serves `handler` (a node:http request handler) on a free localhost port; resolves to
 *  { server, origin }. For tests that compose their own origin (a deploy under /charts/…). */
export async function listen(handler) {
  const server = createServer(handler);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, origin: `http://localhost:${server.address().port}` };
}

/** Starts the server and the browser before this file's tests and stops them after; `ready`
 *  receives `{ origin, browser }`. */
export function withServerAndBrowser(ready) {
  let server;
  let browser;
  before(async () => {
    const started = await startServer();
    server = started.server;
    browser = await launch();
    ready({ origin: started.origin, browser });
  });
  after(async () => {
    await browser?.close();
    server?.kill();
  });
}

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc'],
  });
}

/** A new context and page that records console errors/warnings, CSP violations and requests. */
export async function newPage(browser, { viewport = { width: 1000, height: 900 }, scheme = 'light', deviceScaleFactor = 1, javaScriptEnabled = true, serviceWorkers = 'allow', ...more } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor, colorScheme: scheme, javaScriptEnabled, serviceWorkers, ...more });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (m) => {
    // The tests' own pixel readbacks make Chromium suggest willReadFrequently: not the widget's doing.
    if ((m.type() === 'error' || m.type() === 'warning') && !m.text().includes('willReadFrequently')) problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return { context, page, problems, requests };
}

/** Serves `html` at `url` with the strict CSP header (fixture pages for the embed tests). */
export async function serveFixture(page, url, html) {
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': CSP }, body: html }));
}

/** Waits until every <apac-ai-chart> on the page has drawn (or failed). The elements load lazily
 *  (within a screen of the viewport), so it first brings each into view, as a reader scrolling
 *  down would, and then scrolls back. */
export async function waitForCharts(page, count) {
  await page.waitForFunction((n) => document.querySelectorAll('apac-ai-chart').length >= n, count);
  await page.evaluate(async () => {
    const [x, y] = [window.scrollX, window.scrollY];
    for (const el of document.querySelectorAll('apac-ai-chart')) {
      el.scrollIntoView({ block: 'center' });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    window.scrollTo(x, y);
  });
  return page.waitForFunction((n) => {
    const els = [...document.querySelectorAll('apac-ai-chart')];
    return els.length >= n && els.every((el) => el.state === 'drawn' || el.state === 'error');
  }, count);
}

/** For every <apac-ai-chart>: its state, sizes and how much of its canvas differs from its background. */
export function inspectCharts(page) {
  return page.$$eval('apac-ai-chart', (elements) => elements.map((el) => {
    const c = el.shadowRoot.querySelector('canvas');
    const box = el.shadowRoot.querySelector('.box');
    const out = { chart: el.getAttribute('chart'), state: el.state, draws: el.drawCount, width: c.width, height: c.height,
      cssWidth: c.getBoundingClientRect().width, cssHeight: c.getBoundingClientRect().height,
      boxHeight: box.getBoundingClientRect().height, hostWidth: el.getBoundingClientRect().width, label: c.getAttribute('aria-label') };
    if (c.width && c.height) {
      const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
      const [br, bg, bb] = data;
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i] - br) + Math.abs(data[i + 1] - bg) + Math.abs(data[i + 2] - bb) > 60) inked += 1;
      }
      out.background = [br, bg, bb];
      out.inkedShare = inked / (c.width * c.height);
    }
    return out;
  }));
}
