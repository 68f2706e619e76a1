// Static first, live second, in headless Chromium after scripts/build.sh: the picture a snippet
// carries inside <apac-ai-chart> (the chart's own static SVG) shows before any script has run and
// while the wasm is held back; the live chart then takes its very box, so nothing on the page moves
// (cumulative layout shift 0 from navigation to every chart live) at phone to desktop widths,
// under the strict CSP; where the CSP forbids wasm the picture stays, with a message; the picture
// follows the colour scheme, and the page's language picks the language's picture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { CHARTS, embedSnippet } from '../../www/chart-meta.js';
import { withServerAndBrowser, newPage, serveFixture } from './helpers.mjs';

let origin;
let browser;
withServerAndBrowser((env) => ({ origin, browser } = env));

const WIDTHS = [280, 320, 412, 768, 1280];
const ids = Object.keys(CHARTS);
const alt = (id) => CHARTS[id].alt;

/** A host page: a paragraph of article text, then each chart's snippet as docs/charts.md gives it
 *  (one script tag and one stylesheet for all), each followed by a paragraph marked `after`. */
function snippetPage() {
  const snippets = ids.map((id) => embedSnippet(id, '/', { alt: alt(id) }).split('\n').slice(2).join('\n'));
  const text = 'Words of the article, which must not move while the charts arrive. '.repeat(5);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="/embed.min.js"></script><link rel="stylesheet" href="/embed.css"></head>
<body><main><h1>A host page</h1><p>${text}</p>${snippets.map((s) => `${s.replace('<apac-ai-chart ', '<apac-ai-chart loading="eager" ')}<p class="after">${text}</p>`).join('')}</main></body></html>`;
}

/** Records every layout shift from navigation on (buffered), and, every frame from the first one,
 *  where each chart and the text after it are on the page (in or out of the viewport), before
 *  any of the page's scripts run. */
async function recordShifts(page) {
  await page.addInitScript(() => {
    window.layoutShifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.hadRecentInput) window.layoutShifts.push({ value: e.value, at: Math.round(e.startTime) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
    window.positions = [];
    const track = () => {
      const marks = [...document.querySelectorAll('apac-ai-chart, p.after, main > figure + p')];
      if (marks.length) window.positions.push(marks.map((el) => Math.round(el.getBoundingClientRect().top + window.scrollY)).join(' '));
      if (window.positions.length < 2000) requestAnimationFrame(track);
    };
    requestAnimationFrame(track);
  });
}

/** Brings every chart into view, as a reader scrolling would, and waits until each is live. */
async function waitLive(page) {
  await page.evaluate(async () => {
    for (const el of document.querySelectorAll('apac-ai-chart')) {
      el.scrollIntoView({ block: 'center' });
      await new Promise((r) => setTimeout(r, 150));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForFunction(() => [...document.querySelectorAll('apac-ai-chart')].every((el) => el.state === 'drawn'), null, { timeout: 30000 });
  await page.waitForTimeout(200);
}

/** The slotted picture's image of every element: whether it is seen, its size and source. */
const pictures = (page) => page.$$eval('apac-ai-chart', (els) => els.map((el) => {
  const img = el.querySelector(':scope > picture > img');
  const slotBox = el.shadowRoot?.querySelector('.picture');
  const seen = img && (!slotBox || getComputedStyle(slotBox).visibility !== 'hidden');
  const box = img?.getBoundingClientRect();
  return { chart: el.getAttribute('chart'), seen: Boolean(seen), loaded: (img?.naturalWidth ?? 0) > 0, src: img?.currentSrc ?? '',
    width: box?.width ?? 0, height: box?.height ?? 0, state: el.state, note: el.shadowRoot?.querySelector('.bar .note')?.textContent ?? '' };
}));

test('the picture shows, in its box, while the wasm is held back', async () => {
  const { context, page, problems } = await newPage(browser, { viewport: { width: 412, height: 900 } });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await serveFixture(page, `${origin}/host.html`, snippetPage());
  await page.goto(`${origin}/host.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('apac-ai-chart > picture > img')].every((img) => img.complete && img.naturalWidth > 0));
  const before = await pictures(page);
  assert.equal(before.length, ids.length);
  for (const p of before) {
    assert.ok(p.seen && p.loaded, `${p.chart}: the picture is shown`);
    assert.equal(p.state, 'loading', `${p.chart}: not live yet`);
    assert.match(p.src, new RegExp(`/static/${p.chart}-light-360\\.svg$`), `${p.chart}: the 360 px layout at 412 px`);
    assert.ok(p.width > 300 && p.height > 200, `${p.chart}: ${p.width}×${p.height}`);
  }
  const canvasShown = await page.$$eval('apac-ai-chart', (els) => els.map((el) => getComputedStyle(el.shadowRoot.querySelector('canvas')).display));
  assert.deepEqual(canvasShown, ids.map(() => 'none'), 'no canvas before the first draw');
  release();
  await waitLive(page);
  const after = await pictures(page);
  for (const p of after) assert.ok(!p.seen, `${p.chart}: the picture gave way to the canvas`);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const width of WIDTHS) {
  test(`nothing moves from navigation to every chart live, at ${width} px (snippets and the article)`, async () => {
    for (const path of ['/host.html', '/']) {
      const { context, page, problems } = await newPage(browser, { viewport: { width, height: 800 } });
      await recordShifts(page);
      await serveFixture(page, `${origin}/host.html`, snippetPage());
      // As on a network: the page paints before the element's script arrives, and the script runs
      // before the wasm does.
      await page.route('**/embed.min.js', async (route) => { await new Promise((r) => setTimeout(r, 400)); await route.continue(); });
      await page.route('**/*.wasm', async (route) => { await new Promise((r) => setTimeout(r, 800)); await route.continue(); });
      await page.goto(`${origin}${path}`);
      await waitLive(page);
      const shifts = await page.evaluate(() => window.layoutShifts);
      assert.deepEqual(shifts, [], `${path} at ${width} px: layout shifts`);
      // Every chart and the text after it stayed where the first paint put them, seen or not.
      const positions = [...new Set(await page.evaluate(() => window.positions))];
      assert.equal(positions.length, 1, `${path} at ${width} px: positions over time ${positions.join(' → ')}`);
      // The canvas has the picture's box: its size is the picture's, to the pixel.
      const boxes = await page.$$eval('apac-ai-chart', (els) => els.map((el) => {
        const canvas = el.shadowRoot.querySelector('canvas').getBoundingClientRect();
        const picture = el.shadowRoot.querySelector('.picture').getBoundingClientRect();
        return [Math.round(canvas.width), Math.round(canvas.height), Math.round(picture.width), Math.round(picture.height)];
      }));
      for (const [cw, ch, pw, ph] of boxes) assert.deepEqual([cw, ch], [pw, ph], `${path} at ${width}: canvas vs picture`);
      // The layout the viewport picked is never wider than its column: the picture is scaled up to
      // it, never down, so its text is no smaller than the live chart's.
      const scales = await page.$$eval('apac-ai-chart > picture > img', (imgs) => imgs.map((img) => [
        img.currentSrc, Number(img.currentSrc.match(/-(\d+)(?:\.[\w-]+)?\.svg$/)[1]), img.getBoundingClientRect().width]));
      for (const [src, layout, shown] of scales) assert.ok(shown >= layout, `${path} at ${width} px: ${src} shown ${shown} px wide`);
      assert.deepEqual(problems, [], path);
      await context.close();
    }
  });
}

test('where the CSP forbids wasm, the picture stays, with a message in the bar', async () => {
  const { context, page } = await newPage(browser, { viewport: { width: 800, height: 900 } });
  const noWasm = "default-src 'self'; script-src 'self'; style-src 'self'";
  await page.route(`${origin}/nowasm.html`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8',
    headers: { 'Content-Security-Policy': noWasm }, body: snippetPage() }));
  await page.goto(`${origin}/nowasm.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('apac-ai-chart')].every((el) => el.state === 'error'), null, { timeout: 30000 });
  for (const p of await pictures(page)) {
    assert.ok(p.seen && p.loaded, `${p.chart}: its picture stays`);
    assert.ok(p.note.length > 10, `${p.chart}: the bar says why: ${p.note}`);
  }
  await context.close();
});

test('the picture follows the colour scheme; the page language picks its picture', async () => {
  for (const scheme of ['light', 'dark']) {
    const { context, page } = await newPage(browser, { viewport: { width: 1000, height: 900 }, scheme });
    await serveFixture(page, `${origin}/host.html`, snippetPage());
    await page.route('**/*.wasm', () => {}); // never answered: pictures only
    await page.goto(`${origin}/host.html`);
    await page.waitForFunction(() => [...document.querySelectorAll('apac-ai-chart > picture > img')].every((img) => img.currentSrc));
    for (const p of await pictures(page)) assert.match(p.src, new RegExp(`/static/${p.chart}-${scheme}-640\\.svg$`), scheme);
    await context.close();
  }
  // The languages page: each section's charts show that language's pictures.
  const { context, page } = await newPage(browser, { viewport: { width: 1000, height: 900 } });
  await page.route('**/*.wasm', () => {});
  await page.goto(`${origin}/languages.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('apac-ai-chart > picture > img')].every((img) => img.currentSrc));
  const bySection = await page.$$eval('section[lang]', (sections) => sections.map((s) => ({
    lang: s.getAttribute('lang'), srcs: [...s.querySelectorAll('apac-ai-chart > picture > img')].map((img) => img.currentSrc),
  })));
  for (const { lang, srcs } of bySection) {
    assert.ok(srcs.length > 0, lang);
    for (const src of srcs) {
      if (lang === 'en') assert.match(src, /-640\.svg$/, src);
      else assert.match(src, new RegExp(`-640\\.${lang}\\.svg$`), `${lang}: ${src}`);
    }
  }
  assert.ok(bySection.some((s) => s.lang === 'zh-Hans') && bySection.some((s) => s.lang === 'ur'));
  await context.close();
});

test("the README's one-line embed is the snippet the generator writes", async () => {
  const readme = await readFile('README.md', 'utf8');
  const block = readme.split('### One line: the custom element')[1].split('```html\n')[1].split('```')[0].trim();
  const chart = block.match(/chart="([^"]+)"/)[1];
  assert.equal(block, embedSnippet(chart, '/charts/', { alt: alt(chart) }));
});
