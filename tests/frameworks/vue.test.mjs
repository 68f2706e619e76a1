// Vue 3 with the npm package as a user installs it: the app in tests/frameworks/vue/ compiled by
// Vite and @vitejs/plugin-vue (Vue's development build, whose warnings go to the console), with
// `compilerOptions.isCustomElement` as docs/frameworks.md gives it. Chromium loads it under the
// strict CSP: the charts draw with no console error or warning, their events reach the template's
// handlers, and a new `chart` redraws. The first chart carries its picture (v-html of
// apac-ai-charts/pictures' pictureHtml, the package's SVGs in Vite's public/, its embed.css
// imported by main.js): the live chart takes the box the picture held as mounted, with no layout
// shift and the light DOM untouched. Built without isCustomElement, Vue warns, which shows the
// console check can fail. The app's charts are the registry's first three (www/chart-meta.js),
// passed as props through the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import vue from '@vitejs/plugin-vue';
import { IDS, launch, newPage } from '../e2e/helpers.mjs';
import { ROOT, project, serve } from './project.mjs';

let dir;
let browser;
const servers = [];

/** The app's props: its first chart, its second (in Chinese), and the one #next shows instead of the first. */
const [FIRST, SECOND, NEXT] = IDS;

const INDEX = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Vue</title></head><body>
<div id="app" data-first="${FIRST}" data-second="${SECOND}" data-next="${NEXT}"></div>
<script type="module" src="./main.js"></script>
</body></html>
`;

/** Builds the app into `out` (Vue's development build), with or without isCustomElement; serves it. */
async function builtApp(out, { isCustomElement }) {
  const template = isCustomElement ? { compilerOptions: { isCustomElement: (tag) => tag === 'apac-ai-chart' } } : {};
  // (Vite's build replaces process.env.NODE_ENV with "production" whatever the mode: Vue's warnings
  // need it defined.)
  await build({ root: dir, mode: 'development', configFile: false, logLevel: 'warn', plugins: [vue({ template })],
    define: { 'process.env.NODE_ENV': '"development"' }, build: { outDir: join(dir, out), emptyOutDir: true, minify: false } });
  const served = await serve(join(dir, out));
  servers.push(served.server);
  return served.origin;
}

before(async () => {
  assert.ok(IDS.length >= 3, `the app shows three charts; the registry has ${IDS.length}`);
  dir = await project('vue', ['vue']);
  await cp(join(ROOT, 'tests/frameworks/vue'), dir, { recursive: true });
  // Vite copies public/ into the build: the pictures where the app's pictureHtml() says.
  await cp(join(dir, 'node_modules/apac-ai-charts/dist/static'), join(dir, 'public/charts/static'), { recursive: true });
  await writeFile(join(dir, 'index.html'), INDEX);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const server of servers) server.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const allDrawn = (p) => p.waitForFunction(() => {
  const els = [...document.querySelectorAll('apac-ai-chart')];
  return els.length === 2 && els.every((el) => el.state === 'drawn');
}, null, { timeout: 30_000 });

test('a Vue 3 app (Vite, isCustomElement) draws the charts; events reach the template; a new chart redraws', async () => {
  const origin = await builtApp('dist', { isCustomElement: true });
  const { context, page, problems, requests } = await newPage(browser);
  try {
    await page.addInitScript(() => {
      window.layoutShifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.layoutShifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${origin}/index.html`);
    await allDrawn(page);
    // The first chart: its picture as mounted, then the live chart in the very same box.
    await page.waitForFunction(() => document.querySelector('apac-ai-chart > picture > img')?.complete);
    const pictured = await page.$eval('apac-ai-chart', (el) => {
      const [mounted] = window.mounted;
      const img = el.querySelector(':scope > picture > img');
      return { mountedState: mounted.state, before: mounted.rect, after: el.getBoundingClientRect().toJSON(),
        sameNodes: el.childNodes.length === mounted.nodes.length && [...el.childNodes].every((node, i) => node === mounted.nodes[i]),
        live: el.shadowRoot.querySelector('.box').classList.contains('live'), src: img.currentSrc, loaded: img.naturalWidth > 0,
        height: img.getBoundingClientRect().height };
    });
    assert.equal(pictured.mountedState, 'loading', 'measured before the first draw');
    assert.match(pictured.src, new RegExp(`/charts/static/${FIRST}-light-640\\.svg$`));
    assert.ok(pictured.loaded && pictured.height > 200, `the picture is loaded and laid out (${pictured.height} px)`);
    assert.ok(pictured.live, 'the canvas took the picture\'s box');
    assert.deepEqual(pictured.after, pictured.before, 'the element\'s box, from the picture to the live chart');
    assert.ok(pictured.sameNodes, 'the light DOM is the one Vue mounted');
    assert.deepEqual(await page.evaluate(() => window.layoutShifts), [], 'layout shifts');
    const drawn = await page.$$eval('apac-ai-chart', (els) => els.map((el) => {
      const canvas = el.shadowRoot.querySelector('canvas');
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - data[0]) + Math.abs(data[i + 1] - data[1]) + Math.abs(data[i + 2] - data[2]) > 60) inked += 1;
      return { chart: el.getAttribute('chart'), label: canvas.getAttribute('aria-label'), inked: inked / (canvas.width * canvas.height),
        ratio: canvas.getBoundingClientRect().width / canvas.getBoundingClientRect().height };
    }));
    assert.deepEqual(drawn.map((c) => c.chart), [FIRST, SECOND]);
    for (const c of drawn) assert.ok(c.inked > 0.01, `${c.chart} has ink (${c.inked})`);
    assert.match(drawn[1].label, /[\u4e00-\u9fff]/, 'lang reached the element: labelled in Chinese');
    assert.ok(Math.abs(drawn[1].ratio - 16 / 9) < 0.02, `aspect-ratio reached the element (${drawn[1].ratio})`);
    await page.waitForFunction(() => window.drawnEvents.length === 2);
    assert.deepEqual((await page.evaluate(() => window.drawnEvents)).sort(), [FIRST, SECOND].sort(), '@apac-ai-chart-drawn');

    const draws = await page.$eval('apac-ai-chart', (el) => el.drawCount);
    await page.click('#next');
    await page.waitForFunction(([chart, n]) => {
      const el = document.querySelector('apac-ai-chart');
      return el.getAttribute('chart') === chart && el.state === 'drawn' && el.drawCount > n;
    }, [NEXT, draws]);
    const label = await page.$eval('apac-ai-chart', (el) => el.shadowRoot.querySelector('canvas').getAttribute('aria-label'));
    assert.notEqual(label, drawn[0].label, 'the canvas describes the new chart');

    await page.evaluate(() => window.vueApp.unmount());
    assert.equal(await page.evaluate(() => document.querySelectorAll('apac-ai-chart').length), 0, 'unmounted: no element left');
    assert.ok(requests.every((u) => u.startsWith(origin)), 'only its own origin');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the check can fail: without isCustomElement, Vue warns that it cannot resolve the component', async () => {
  const origin = await builtApp('dist-unconfigured', { isCustomElement: false });
  const { context, page, problems } = await newPage(browser);
  try {
    await page.goto(`${origin}/index.html`);
    await allDrawn(page); // Vue falls back to the element; only the warning differs
    assert.ok(problems.some((m) => m.includes('Failed to resolve component: apac-ai-chart')), `a warning:\n${problems.join('\n')}`);
  } finally {
    await context.close();
  }
});
