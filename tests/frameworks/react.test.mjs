// React 19 with the npm package as a user installs it: the app in tests/frameworks/react/ is
// rendered to HTML on the server (react-dom/server's renderToString, in Node) and hydrated in the
// browser (hydrateRoot), both bundled by esbuild with React's development build, whose hydration
// checks report every mismatch. Chromium loads the page under the strict CSP. Each element carries
// its picture (apac-ai-charts/pictures' pictureHtml, the package's SVGs copied to /charts/static/,
// its embed.css imported by the client): with no script at all the server's HTML shows every chart
// at its size; hydrated, the charts draw live in the very box the picture held (nothing moves:
// no layout shift) with no console error and no hydration warning, and the light DOM is the
// server's, node for node. A new `chart` prop redraws; unmounting removes the elements and stops
// them (their disconnectedCallback ran). A page whose client renders another chart than the server
// shows that a mismatch is caught, and one without the stylesheet that a moving box is. The app's
// charts are the registry's first three (www/chart-meta.js), passed as props.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, cp, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { CHARTS, pictureHtml } from '../../www/chart-meta.js';
import { charts as zhHans } from '../../www/i18n/zh-Hans.js';
import { IDS, launch, newPage } from '../e2e/helpers.mjs';
import { ROOT, project, serve } from './project.mjs';

let dir;
let site;
let browser;
let server;
let origin;

/** The app's props: its first chart, its second (in Chinese), and the one #next shows instead of the first. */
const [FIRST, SECOND, NEXT] = IDS;
const PROPS = { first: FIRST, second: SECOND, next: NEXT };
/** Where the app says its pictures are (App.jsx's BASE), and the page serves the package's. */
const BASE = '/charts/';

/** Runs before client.js (a classic script before a module one, after the stylesheet): each
 *  element's box and light DOM as the server's HTML laid them out, before hydration. */
const SNAPSHOT = `window.beforeHydration = [...document.querySelectorAll('apac-ai-chart')].map((el) => ({
  defined: Boolean(customElements.get('apac-ai-chart')), rect: el.getBoundingClientRect().toJSON(),
  html: el.innerHTML, nodes: [...el.childNodes] }));
`;

/** The page: the server's HTML in #root, the props the client will hydrate with in its data
 *  attributes; the stylesheet esbuild wrote from client.jsx's import unless `css` is false. */
const page = (html, props, { css = true } = {}) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>React</title>
${css ? '<link rel="stylesheet" href="./client.css">' : ''}</head><body>
<div id="root" ${Object.entries(props).map(([name, value]) => `data-${name}="${value}"`).join(' ')}>${html}</div>
<script src="./snapshot.js"></script>
<script type="module" src="./client.js"></script>
</body></html>
`;

before(async () => {
  assert.ok(IDS.length >= 3, `the app shows three charts; the registry has ${IDS.length}`);
  dir = await project('react', ['react', 'react-dom', 'scheduler']);
  await cp(join(ROOT, 'tests/frameworks/react'), join(dir, 'src'), { recursive: true });
  const common = { absWorkingDir: dir, bundle: true, format: 'esm', jsx: 'automatic', logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"development"' } };
  site = join(dir, 'site');
  await build({ ...common, entryPoints: ['src/client.jsx'], splitting: true, outdir: site });
  // esbuild leaves new URL(…, import.meta.url) alone: the wasm is the one file to copy (docs/embedding.md);
  // the pictures go where the app's pictureHtml() says (docs/frameworks.md).
  await copyFile(join(dir, 'node_modules/apac-ai-charts/dist/apac_ai_charts_bg.wasm'), join(site, 'apac_ai_charts_bg.wasm'));
  await cp(join(dir, 'node_modules/apac-ai-charts/dist/static'), join(site, 'charts/static'), { recursive: true });
  assert.ok((await readdir(site)).includes('client.css'), 'esbuild wrote the imported embed.css');
  // On the server, Node imports React and the package themselves (packages stay external).
  await build({ ...common, entryPoints: ['src/server.jsx'], platform: 'node', packages: 'external', outfile: join(dir, 'server.mjs') });
  const { render } = await import(pathToFileURL(join(dir, 'server.mjs')).href);
  const html = render(PROPS);
  // Each element's picture is in the server's HTML, as the snippets write it.
  const first = pictureHtml(FIRST, { base: BASE, theme: 'light', alt: CHARTS[FIRST].alt });
  const second = pictureHtml(SECOND, { base: BASE, lang: 'zh-Hans', alt: zhHans[SECOND].summary });
  assert.ok(html.includes(`<apac-ai-chart chart="${FIRST}" loading="eager" theme="light">${first}</apac-ai-chart>`), html);
  assert.ok(html.includes(`<apac-ai-chart chart="${SECOND}" lang="zh-Hans" loading="eager">${second}</apac-ai-chart>`), html);
  await writeFile(join(site, 'snapshot.js'), SNAPSHOT);
  await writeFile(join(site, 'index.html'), page(html, PROPS));
  await writeFile(join(site, 'mismatch.html'), page(html, { ...PROPS, first: NEXT }));
  await writeFile(join(site, 'unstyled.html'), page(html, PROPS, { css: false }));
  ({ server, origin } = await serve(site));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Each element's chart, state, draws, its canvas's label and a fingerprint of its pixels. */
const charts = (p) => p.$$eval('apac-ai-chart', (els) => els.map((el) => {
  const canvas = el.shadowRoot.querySelector('canvas');
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  let hash = 0;
  let inked = 0;
  for (let i = 0; i < data.length; i += 4) {
    hash = (hash * 31 + data[i] + data[i + 1] * 3 + data[i + 2] * 7) % 1_000_000_007;
    if (Math.abs(data[i] - data[0]) + Math.abs(data[i + 1] - data[1]) + Math.abs(data[i + 2] - data[2]) > 60) inked += 1;
  }
  return { chart: el.getAttribute('chart'), state: el.state, error: el.error, draws: el.drawCount,
    label: canvas.getAttribute('aria-label'), hash, inked: inked / (canvas.width * canvas.height) };
}));

const allDrawn = (p) => p.waitForFunction(() => {
  const els = [...document.querySelectorAll('apac-ai-chart')];
  return els.length > 0 && els.every((el) => el.state === 'drawn');
}, null, { timeout: 30_000 });

/** Records every layout shift from navigation on (buffered), before any of the page's scripts run. */
const recordShifts = (p) => p.addInitScript(() => {
  window.layoutShifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.layoutShifts.push(e.value);
  }).observe({ type: 'layout-shift', buffered: true });
});

/** As on a network: the server's HTML paints before the client script arrives, and the script runs
 *  before the wasm does. */
async function slowScripts(p) {
  await p.route('**/client.js', async (route) => { await new Promise((r) => setTimeout(r, 400)); await route.continue(); });
  await p.route('**/*.wasm', async (route) => { await new Promise((r) => setTimeout(r, 800)); await route.continue(); });
}

/** Each element's box now, beside the one snapshot.js saw before hydration, and whether its light
 *  DOM is still the snapshot's: the same nodes, the same markup. */
const boxes = (p) => p.$$eval('apac-ai-chart', (els) => els.map((el, i) => {
  const snapshot = window.beforeHydration[i];
  const same = el.childNodes.length === snapshot.nodes.length && [...el.childNodes].every((node, j) => node === snapshot.nodes[j]);
  return { chart: el.getAttribute('chart'), definedBefore: snapshot.defined, before: snapshot.rect, after: el.getBoundingClientRect().toJSON(),
    sameNodes: same, sameHtml: el.innerHTML === snapshot.html, live: el.shadowRoot.querySelector('.box').classList.contains('live') };
}));

test('with no script at all, the server\'s HTML shows each chart\'s picture, loaded, at its size', async () => {
  const { context, page: p } = await newPage(browser, { javaScriptEnabled: false });
  try {
    await p.goto(`${origin}/index.html`);
    await p.waitForFunction(() => [...document.querySelectorAll('apac-ai-chart > picture > img')].every((img) => img.complete));
    assert.equal(await p.evaluate(() => typeof window.beforeHydration), 'undefined', 'no page script ran');
    const shown = await p.$$eval('apac-ai-chart', (els) => els.map((el) => {
      const img = el.querySelector(':scope > picture > img');
      const box = img.getBoundingClientRect();
      return { chart: el.getAttribute('chart'), src: img.currentSrc, loaded: img.naturalWidth > 0, width: box.width, height: box.height,
        host: el.getBoundingClientRect().height, column: el.parentElement.getBoundingClientRect().width };
    }));
    assert.deepEqual(shown.map((c) => c.chart), [FIRST, SECOND]);
    // At 1000 px the 640 px layout, in the theme and language each element asks for.
    assert.match(shown[0].src, new RegExp(`${BASE}static/${FIRST}-light-640\\.svg$`));
    assert.match(shown[1].src, new RegExp(`${BASE}static/${SECOND}-light-640\\.zh-Hans\\.svg$`));
    for (const c of shown) {
      assert.ok(c.loaded, `${c.chart}: its picture loaded`);
      assert.ok(c.height > 200, `${c.chart}: laid out ${c.width}×${c.height}`);
      assert.equal(c.width, c.column, `${c.chart}: the picture fills its column`);
      assert.equal(c.host, c.height + 36, `${c.chart}: the element reserves the bar under the picture`);
    }
  } finally {
    await context.close();
  }
});

test('hydrated: each chart goes live in the box its picture held, nothing moves, no hydration warning, the light DOM is the server\'s', async () => {
  const { context, page: p, problems, requests } = await newPage(browser);
  try {
    await recordShifts(p);
    await slowScripts(p);
    await p.goto(`${origin}/index.html`);
    await allDrawn(p);
    const drawn = await charts(p);
    assert.deepEqual(drawn.map((c) => [c.chart, c.state]), [[FIRST, 'drawn'], [SECOND, 'drawn']]);
    for (const c of drawn) assert.ok(c.inked > 0.01, `${c.chart} has ink (${c.inked})`);
    assert.match(drawn[1].label, /[\u4e00-\u9fff]/, 'the lang prop reached the element: labelled in Chinese');
    for (const box of await boxes(p)) {
      assert.ok(!box.definedBefore, `${box.chart}: snapshot.js ran before the element was defined`);
      assert.ok(box.live, `${box.chart}: the canvas took the picture's box`);
      assert.deepEqual(box.after, box.before, `${box.chart}: the element's box, from the server's picture to the live chart`);
      assert.ok(box.sameNodes && box.sameHtml, `${box.chart}: the light DOM is the server's`);
    }
    assert.deepEqual(await p.evaluate(() => window.layoutShifts), [], 'layout shifts');
    // The listeners added through refs after hydration heard each element's first draw.
    await p.waitForFunction(() => window.drawnEvents.length === 2);
    assert.deepEqual((await p.evaluate(() => window.drawnEvents)).sort(), [FIRST, SECOND].sort());
    assert.deepEqual(await p.evaluate(() => window.recoverableErrors), []);
    assert.ok(requests.every((u) => u.startsWith(origin)), 'only its own origin');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a new chart prop redraws the element, a dropped theme prop is removed; unmounting removes the elements and stops them', async () => {
  const { context, page: p, problems } = await newPage(browser);
  try {
    await p.goto(`${origin}/index.html`);
    await allDrawn(p);
    const [first] = await charts(p);
    await p.click('#next');
    await p.waitForFunction(([chart, draws]) => {
      const el = document.querySelector('apac-ai-chart');
      return el.getAttribute('chart') === chart && el.state === 'drawn' && el.drawCount > draws;
    }, [NEXT, first.draws]);
    const [next] = await charts(p);
    assert.equal(next.chart, NEXT);
    assert.match(await p.$eval('apac-ai-chart > picture > img', (img) => img.src), new RegExp(`/static/${NEXT}-`), 'React gave it the new picture');
    assert.notEqual(next.label, first.label, 'the canvas describes the new chart');
    assert.notEqual(next.hash, first.hash, 'the canvas shows the new chart');
    assert.ok(next.inked > 0.01);

    // A prop that goes away (React 19 sets the element's property to null) removes its attribute.
    await p.click('#unthemed');
    await p.waitForFunction(() => document.querySelector('apac-ai-chart').getAttribute('theme') !== 'light');
    assert.deepEqual(await p.$eval('apac-ai-chart', (el) => [el.getAttribute('theme'), el.theme]), [null, 'auto']);

    // Unmount the first chart (state), then the whole app: keep the elements to look at them.
    await p.evaluate(() => { window.removed = [...document.querySelectorAll('apac-ai-chart')]; });
    await p.click('#remove');
    await p.waitForFunction(() => document.querySelectorAll('apac-ai-chart').length === 1);
    await p.evaluate(() => window.reactRoot.unmount());
    assert.equal(await p.evaluate(() => document.getElementById('root').childNodes.length), 0, 'nothing left in the container');
    assert.equal(await p.evaluate(() => document.querySelectorAll('apac-ai-chart').length), 0);
    const gone = () => p.evaluate(() => window.removed.map((el) => ({ connected: el.isConnected, state: el.state, draws: el.drawCount })));
    const removed = await gone();
    // disconnectedCallback ran: it freed each chart's wasm handle (state back to 'loading', not
    // 'drawn'; nothing else does while the wasm lives).
    assert.deepEqual(removed.map(({ connected, state }) => [connected, state]), [[false, 'loading'], [false, 'loading']]);
    // No listener is left on them (the refs' effects removed theirs; React added none of its own).
    const cdp = await context.newCDPSession(p);
    for (const i of [0, 1]) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: `window.removed[${i}]` });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
      assert.deepEqual(listeners.map((l) => l.type), [], `listeners left on removed element ${i}`);
    }
    // A resize, a colour-scheme flip and a change of <html lang> draw none of them again.
    await p.setViewportSize({ width: 700, height: 800 });
    await p.emulateMedia({ colorScheme: 'dark' });
    await p.evaluate(() => { document.documentElement.lang = 'zh-Hans'; });
    await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.deepEqual(await gone(), removed, 'a removed element never draws again');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the check can fail: a client that renders another chart than the server is reported', async () => {
  const { context, page: p, problems } = await newPage(browser);
  try {
    await p.goto(`${origin}/mismatch.html`);
    await allDrawn(p);
    assert.ok(problems.some((m) => /hydrat/i.test(m) && m.includes(NEXT)), `a hydration warning:\n${problems.join('\n')}`);
  } finally {
    await context.close();
  }
});

test('the check can fail: without the stylesheet, the box moves when the element is defined and goes live', async () => {
  const { context, page: p } = await newPage(browser);
  try {
    await recordShifts(p);
    await slowScripts(p);
    await p.goto(`${origin}/unstyled.html`);
    await allDrawn(p);
    const moved = (await boxes(p)).filter((box) => JSON.stringify(box.after) !== JSON.stringify(box.before));
    assert.ok(moved.length > 0, 'a box moved or resized');
    const shifts = await p.evaluate(() => window.layoutShifts);
    assert.ok(shifts.reduce((sum, v) => sum + v, 0) > 0, `layout shifts: ${shifts}`);
  } finally {
    await context.close();
  }
});
