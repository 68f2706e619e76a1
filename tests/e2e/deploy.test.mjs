// A rolling deploy, as a newsroom runs one: build A is served under /charts/ with the cache headers
// of docs/embedding.md (hashed files immutable for a year, everything else no-cache) and visited,
// with its service worker; then build B replaces it and the reader comes back, online and then offline.
// B must be drawn by B's glue, B's wasm and B's language modules, never one file of A's; the
// host's own cache survives both. A is the test-trap build (target/site-test-trap, made by
// scripts/test.sh), B the release build in target/site/: two real builds whose wasm differ.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createHandler } from '../../scripts/serve.mjs';
import { launch, listen, newPage, waitForCharts, inspectCharts, ARTICLE_CHARTS, LANGUAGE_FIGURES } from './helpers.mjs';

const ROOTS = { A: 'target/site-test-trap', B: 'target/site' };
const handlers = { A: createHandler({ root: ROOTS.A, deploy: true }), B: createHandler({ root: ROOTS.B, deploy: true }) };
let deployed = 'A';
let server;
let origin;
let browser;
const builds = {};

before(async () => {
  for (const [name, root] of Object.entries(ROOTS)) {
    const assets = JSON.parse(await readFile(`${root}/pkg/assets.json`, 'utf8').catch(() => {
      throw new Error(`${root}/pkg/assets.json is missing: run scripts/test.sh (it builds both)`);
    }));
    const hash = (await readFile(`${root}/sw.js`, 'utf8')).match(/"hash":"([0-9a-f]{16})"/)[1];
    builds[name] = { assets, hash, files: [assets.glue, assets.wasm, ...Object.values(assets.i18n)] };
  }
  assert.notEqual(builds.A.assets.wasm, builds.B.assets.wasm, 'two different builds');
  // A file whose content both builds share keeps its name (the language modules here): only
  // A's other files would be a mix.
  builds.A.only = builds.A.files.filter((f) => !builds.B.files.includes(f));
  assert.deepEqual(builds.A.only, [builds.A.assets.glue, builds.A.assets.wasm]);
  ({ server, origin } = await listen((req, res) => {
    const path = req.url.split('?')[0];
    if (path === '/host.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>The newsroom</title><p>The host\'s own page.');
    } else if (path.startsWith('/charts/')) {
      req.url = req.url.slice('/charts'.length);
      handlers[deployed](req, res);
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

/** The deploy's files (under /charts/pkg/) this page loaded, as paths like 'pkg/…'. */
function loadedPkgFiles(page) {
  return page.evaluate(() => performance.getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.startsWith('/charts/pkg/'))
    .map((p) => p.slice('/charts/'.length)));
}

/** Polls `fn(arg)` in the page until it returns true; fails after 15 s. */
async function until(page, fn, arg) {
  for (const start = Date.now(); Date.now() - start < 15_000; await new Promise((r) => setTimeout(r, 50))) {
    if (await page.evaluate(fn, arg)) return;
  }
  throw new Error(`timed out waiting for ${fn}`);
}

test('deploy A, visit, deploy B, visit again: B is drawn by B\'s files only, online and offline; host caches survive', async () => {
  const own = (hash) => `apac-ai-charts|${origin}/charts/|${hash}`;
  const { context, page, problems } = await newPage(browser);
  await page.goto(`${origin}/host.html`);
  await page.evaluate(async () => (await caches.open('host-pages')).put('/host.html', new Response('the host\'s page')));

  // Build A: the article and the languages page, until A's worker controls the page.
  deployed = 'A';
  await page.goto(`${origin}/charts/languages.html`);
  await waitForCharts(page, LANGUAGE_FIGURES);
  await page.goto(`${origin}/charts/`);
  await waitForCharts(page, ARTICLE_CHARTS.length);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const loadedA = await loadedPkgFiles(page);
  assert.ok(loadedA.includes(builds.A.assets.glue) && loadedA.includes(builds.A.assets.wasm), loadedA.join('\n'));
  await until(page, async (name) => (await caches.keys()).includes(name), own(builds.A.hash));

  // Build B replaces A on the server. The reader comes back, with A's files in the HTTP cache
  // (immutable) and in A's worker's cache.
  deployed = 'B';
  for (const path of ['', 'languages.html']) {
    await page.goto(`${origin}/charts/${path}`);
    await waitForCharts(page, path ? LANGUAGE_FIGURES : ARTICLE_CHARTS.length);
    const loaded = await loadedPkgFiles(page);
    const stale = loaded.filter((f) => builds.A.only.includes(f));
    assert.deepEqual(stale, [], `/charts/${path} loaded A's files`);
    assert.ok(loaded.includes(builds.B.assets.glue) && loaded.includes(builds.B.assets.wasm), loaded.join('\n'));
    if (path) assert.ok(loaded.includes(builds.B.assets.i18n['zh-Hans']), loaded.join('\n'));
    for (const c of await inspectCharts(page)) assert.ok(c.state === 'drawn' && c.inkedShare > 0.01, `${path} ${c.chart}`);
    // B's element runs B's wasm: A's (the test-trap build) has forceTrap, B's has not.
    assert.equal(await page.evaluate(() => customElements.get('apac-ai-chart').forceTrapForTests()), false);
  }

  // B's worker takes over: its cache holds B's files only, A's cache is gone, the host's is kept.
  await until(page, async ([mine, old]) => {
    const keys = await caches.keys();
    return keys.includes(mine) && !keys.includes(old);
  }, [own(builds.B.hash), own(builds.A.hash)]);
  const contents = await page.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    return out;
  });
  assert.deepEqual(Object.keys(contents).sort(), ['host-pages', own(builds.B.hash)].sort());
  assert.deepEqual(contents['host-pages'], ['/host.html']);
  const stored = contents[own(builds.B.hash)].filter((p) => p.startsWith('/charts/pkg/')).map((p) => p.slice('/charts/'.length));
  for (const file of builds.B.files) assert.ok(stored.includes(file), `${file} precached`);
  assert.deepEqual(stored.filter((f) => builds.A.only.includes(f)), []);

  // Offline: B's worker serves B, whole.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.endsWith('/charts/sw.js'));
  await context.setOffline(true);
  await page.goto(`${origin}/charts/languages.html?utm_source=offline`);
  await waitForCharts(page, LANGUAGE_FIGURES);
  const offline = await loadedPkgFiles(page);
  assert.deepEqual(offline.filter((f) => builds.A.only.includes(f)), []);
  assert.ok(offline.includes(builds.B.assets.wasm) && offline.includes(builds.B.assets.i18n.ur), offline.join('\n'));
  for (const c of await inspectCharts(page)) assert.ok(c.state === 'drawn' && c.inkedShare > 0.01, `offline ${c.chart}`);
  assert.deepEqual(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(p)), []);
  await context.close();
});
