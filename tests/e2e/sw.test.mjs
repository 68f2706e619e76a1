// The service worker (target/site/sw.js, written by scripts/build.sh) where a newsroom would put
// it: the deploy under /charts/ on an origin whose own pages and caches live beside it. Headless
// Chromium through playwright-core. Run after scripts/build.sh.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { createHandler } from '../../scripts/serve.mjs';
import { launch, listen, newPage, waitForCharts, inspectCharts, ARTICLE_CHARTS } from './helpers.mjs';

const SITE = 'target/site';
const serveWww = createHandler({ root: SITE });
/** The precache list the build wrote into the worker. */
const precacheOf = (source) => JSON.parse(source.match(/const BUILD = (\{.*?\});/)[1]).precache;
let server;
let origin;
let browser;
let worker = { A: '', B: '' }; // two deploys' sw.js: the built one, and the same with another hash
let deploy = 'A';
let hashA;
let hashB;

before(async () => {
  const built = await readFile(`${SITE}/sw.js`, 'utf8');
  hashA = built.match(/"hash":"([0-9a-f]{16})"/)[1];
  hashB = [...hashA].reverse().join('');
  worker = { A: built, B: built.replace(`"hash":"${hashA}"`, `"hash":"${hashB}"`) };
  ({ server, origin } = await listen((req, res) => {
    const path = req.url.split('?')[0];
    if (path === '/host.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>The newsroom</title><p>The host\'s own page.');
    } else if (path === '/host-data.txt' || path === '/charts/plain.txt') {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-cache' });
      res.end(`plain ${req.url}`);
    } else if (path === '/charts/no-store.txt') {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'private, No-Store' });
      res.end('secret');
    } else if (path === '/charts/sw.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end(worker[deploy]);
    } else if (path.startsWith('/charts/')) {
      req.url = req.url.slice('/charts'.length);
      serveWww(req, res);
    } else {
      res.writeHead(404);
      res.end();
    }
  }));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

const own = (hash) => `apac-ai-charts|${origin}/charts/|${hash}`;

/** Every cache on the origin: name → sorted request URLs. */
function cacheContents(page) {
  return page.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => r.url).sort();
    return out;
  });
}

/** Polls `fn(arg)` in the page (it may be async) until it returns true; fails after 10 s. */
async function until(page, fn, arg) {
  for (const start = Date.now(); Date.now() - start < 10_000; await new Promise((r) => setTimeout(r, 50))) {
    if (await page.evaluate(fn, arg)) return;
  }
  throw new Error(`timed out waiting for ${fn}`);
}

/** Visits /charts/ until the worker controls the page and every chart has drawn. */
async function visitCharts(page, query = '') {
  await page.goto(`${origin}/charts/${query}`);
  await waitForCharts(page, ARTICLE_CHARTS.length);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('the worker precaches every file the deployed pages reference, and nothing else', async () => {
  const precache = precacheOf(worker.A);
  const refs = new Set();
  for (const page of (await readdir(SITE)).filter((f) => f.endsWith('.html'))) {
    const html = await readFile(`${SITE}/${page}`, 'utf8');
    refs.add(page);
    for (const [, url] of html.matchAll(/(?:src|href)="([^"#?:]+)"/g)) refs.add(url);
  }
  for (const script of ['main.js', 'embed-frame.js']) {
    for (const [, url] of (await readFile(`${SITE}/${script}`, 'utf8')).matchAll(/import '\.\/([^']+)'/g)) refs.add(url);
  }
  const pictures = [...refs].filter((r) => r.startsWith('static/')); // <noscript> pictures: stored when shown
  assert.ok(pictures.length > 0);
  for (const ref of refs) if (!pictures.includes(ref)) assert.ok(precache.includes(ref), `${ref} is not precached`);
  assert.ok(precache.some((f) => f.endsWith('.wasm')));
  assert.ok(!precache.some((f) => f.startsWith('static/') || f === 'sw.js'));
});

test('host caches survive the worker\'s install, activate and a new deploy; its own old cache does not', async () => {
  deploy = 'A';
  const { context, page } = await newPage(browser);
  await page.goto(`${origin}/host.html`);
  const hostCaches = {
    'host-pages': [`${origin}/host.html`],
    [`workbox-precache-v2-${origin}/`]: [`${origin}/app.js`],
    [`apac-ai-charts|${origin}/charts-beta/|0123456789abcdef`]: [`${origin}/charts-beta/index.html`], // another deploy of ours
  };
  await page.evaluate(async ([host]) => {
    for (const [name, urls] of Object.entries(host)) {
      const cache = await caches.open(name);
      for (const url of urls) await cache.put(url, new Response(`kept by ${name}`));
    }
    await (await caches.open('apac-ai-charts-v3')).put('/index.html', new Response('left by the first worker'));
  }, [hostCaches]);

  await visitCharts(page);
  let all = await cacheContents(page);
  for (const [name, urls] of Object.entries(hostCaches)) assert.deepEqual(all[name], urls, name);
  assert.equal(all['apac-ai-charts-v3'], undefined, 'the first worker\'s fixed-name cache is ours to remove');
  const precache = precacheOf(worker.A);
  for (const file of precache) assert.ok(all[own(hashA)].includes(`${origin}/charts/${file}`), file);
  assert.deepEqual(Object.keys(all).sort(), [...Object.keys(hostCaches), own(hashA)].sort());
  assert.equal(await page.evaluate(async (name) => (await caches.open(name)).match('/host.html').then((r) => r.text()), 'host-pages'), 'kept by host-pages');

  deploy = 'B';
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await until(page, async (name) => (await caches.keys()).includes(name), own(hashB));
  await until(page, async (name) => !(await caches.keys()).includes(name), own(hashA));
  all = await cacheContents(page);
  assert.deepEqual(Object.keys(all).sort(), [...Object.keys(hostCaches), own(hashB)].sort());
  for (const [name, urls] of Object.entries(hostCaches)) assert.deepEqual(all[name], urls, name);
  await context.close();
  deploy = 'A';
});

test('tracking query strings leave one navigation entry per page, and offline any query still loads', async () => {
  const { context, page } = await newPage(browser);
  await visitCharts(page);
  for (const query of ['?utm_source=x', '?fbclid=y', '?utm_source=x&utm_medium=social']) await visitCharts(page, query);
  for (const query of ['?chart=patent-share&utm_source=x', '?chart=patent-share&fbclid=y']) {
    await page.goto(`${origin}/charts/embed.html${query}`);
    await waitForCharts(page, 1);
  }
  const wanted = [`${origin}/charts/`, `${origin}/charts/embed.html`];
  await until(page, async ([name, urls]) => {
    const keys = (await (await caches.open(name)).keys()).map((r) => r.url);
    return urls.every((u) => keys.includes(u));
  }, [own(hashA), wanted]);
  await page.waitForTimeout(300); // any late store would show up
  const keys = (await cacheContents(page))[own(hashA)];
  const pages = keys.filter((k) => ['/charts/', '/charts/embed.html'].includes(new URL(k).pathname));
  assert.deepEqual(pages, wanted);
  assert.ok(!keys.some((k) => /utm_|fbclid/.test(k)), keys.join('\n'));

  await context.setOffline(true);
  await page.goto(`${origin}/charts/?utm_campaign=never-seen`);
  await waitForCharts(page, ARTICLE_CHARTS.length);
  for (const c of await inspectCharts(page)) assert.ok(c.state === 'drawn' && c.inkedShare > 0.01, c.chart);
  await page.goto(`${origin}/charts/embed.html?chart=patent-share&theme=dark&gclid=z`);
  await waitForCharts(page, 1);
  assert.deepEqual((await inspectCharts(page)).map((c) => [c.chart, c.state]), [['patent-share', 'drawn']]);
  await context.close();
});

test('no-store responses and requests outside the scope are never stored; other queries are kept', async () => {
  const { context, page } = await newPage(browser);
  await visitCharts(page);
  const texts = await page.evaluate(async () => Promise.all(
    ['no-store.txt', 'plain.txt?utm_source=x', 'plain.txt?v=2', '/host-data.txt'].map((u) => fetch(u).then((r) => r.text())),
  ));
  assert.equal(texts[0], 'secret');
  const wanted = [`${origin}/charts/plain.txt`, `${origin}/charts/plain.txt?v=2`];
  await until(page, async ([name, urls]) => {
    const keys = (await (await caches.open(name)).keys()).map((r) => r.url);
    return urls.every((u) => keys.includes(u));
  }, [own(hashA), wanted]);
  await page.waitForTimeout(300);
  const all = await cacheContents(page);
  const keys = Object.values(all).flat();
  assert.ok(!keys.some((k) => k.includes('no-store')), 'a no-store response was stored');
  assert.ok(!keys.some((k) => k.includes('host-data')), 'a request outside /charts/ was stored');
  assert.ok(!keys.some((k) => k.includes('utm_')), 'a tracking parameter was kept');

  await context.setOffline(true);
  const offline = await page.evaluate(async () => Promise.all(['no-store.txt', 'plain.txt?utm_source=y', 'plain.txt?v=2']
    .map((u) => fetch(u).then((r) => r.text(), () => 'network error'))));
  assert.deepEqual(offline, ['network error', 'plain /charts/plain.txt?utm_source=x', 'plain /charts/plain.txt?v=2']);
  await context.close();
});
