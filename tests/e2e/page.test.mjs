// The host page (target/site/index.html, built from www/pages/index.html: the article with its charts)
// end to end in headless
// Chromium, served with the strict CSP header. Run after the release build (scripts/build.sh).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser, newPage, waitForCharts, inspectCharts, CHARTS, IDS, ARTICLE_CHARTS } from './helpers.mjs';

let origin;
let browser;
withServerAndBrowser((env) => ({ origin, browser } = env));

async function open(options) {
  const opened = await newPage(browser, options);
  await opened.page.goto(`${origin}/`);
  await waitForCharts(opened.page, ARTICLE_CHARTS.length);
  return opened;
}

for (const [name, viewport] of [['phone 360', { width: 360, height: 740 }], ['desktop 1280', { width: 1280, height: 900 }]]) {
  test(`${name}: all the article's charts drawn, no errors, nothing leaves the origin`, async () => {
    const { context, page, problems, requests } = await open({ viewport });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.charts), `drawn:${ARTICLE_CHARTS.length}`);
    const charts = await inspectCharts(page);
    assert.deepEqual(charts.map((c) => c.chart), ARTICLE_CHARTS);
    for (const c of charts) {
      assert.equal(c.state, 'drawn', c.chart);
      assert.ok(c.inkedShare > 0.01, `${c.chart} looks blank (${c.inkedShare})`);
      assert.equal(c.width, Math.round(c.cssWidth), `${c.chart}: backing store = CSS width at DPR 1`);
      assert.ok(c.cssWidth <= viewport.width, `${c.chart} wider than the viewport`);
      assert.equal(c.label, CHARTS[c.chart].alt, `${c.chart} text alternative`);
    }
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(pageWidth <= viewport.width, `page scrolls sideways: ${pageWidth}px`);
    assert.deepEqual(problems, []);
    assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), []);
    assert.equal(requests.filter((u) => /_bg\.[0-9a-f]{12}\.wasm$/.test(u)).length, 1, 'wasm fetched once');
    await page.screenshot({ path: `test-results/page-${viewport.width}.png`, fullPage: true }).catch(() => {});
    await context.close();
  });
}

test('2x screen: backing stores are twice the CSS size', async () => {
  const { context, page, problems } = await open({ viewport: { width: 800, height: 900 }, deviceScaleFactor: 2 });
  for (const c of await inspectCharts(page)) {
    assert.equal(c.width, Math.round(c.cssWidth * 2), c.chart);
    assert.equal(c.height, Math.round(c.cssHeight * 2), c.chart);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('dark reader preference: charts drawn on the dark background', async () => {
  const { context, page } = await open({ viewport: { width: 800, height: 900 }, scheme: 'dark' });
  for (const c of await inspectCharts(page)) assert.deepEqual(c.background, [18, 20, 24], c.chart);
  await context.close();
});

test('resizing the window redraws at the new width without a resize loop', async () => {
  const { context, page, problems } = await open({ viewport: { width: 1280, height: 900 } });
  await page.setViewportSize({ width: 400, height: 900 });
  await page.waitForFunction(() => [...document.querySelectorAll('apac-ai-chart')]
    .every((el) => el.shadowRoot.querySelector('canvas').width === Math.round(el.getBoundingClientRect().width)));
  const before = (await inspectCharts(page)).map((c) => c.draws);
  await page.waitForTimeout(300);
  const charts = await inspectCharts(page);
  assert.deepEqual(charts.map((c) => c.draws), before, 'draws continued with no resize: a resize loop');
  for (const c of charts) assert.ok(c.cssWidth < 400 && c.inkedShare > 0.01, `${c.chart} at ${c.cssWidth}px`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the JS API: bad input throws an Error naming the argument; other charts keep working', async () => {
  const { context, page } = await open({ viewport: { width: 800, height: 900 } });
  const results = await page.evaluate(async () => {
    const api = await import('./pkg/apac_ai_charts.js'); // the API entry: its own instance, once init() has run
    await api.default();
    const { render, charts, dataset } = api;
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
      badColor: attempt(() => render(canvas, 'patent-share', { colors: { accent: 'bleu' } })),
      tiny: attempt(() => { const t = document.createElement('canvas'); t.width = 10; t.height = 10; render(t, 'patent-share'); }),
    };
    // The wasm holds English only: Chinese needs its strings first (the element does this itself).
    const { addTranslations } = await import('./pkg/apac_ai_charts.js');
    out.chineseBefore = attempt(() => render(canvas, 'patent-share', { lang: 'zh-Hans' }));
    out.badPairs = attempt(() => addTranslations('zh-Hans', [['China', '中国'], ['India']]));
    const { chartStrings } = await import('./i18n/zh-Hans.js');
    out.given = [addTranslations('zh-Hans', chartStrings), addTranslations('zh-Hans', chartStrings)];
    const chinese = render(canvas, 'patent-share', { lang: 'zh-Hans' });
    out.chineseLabel = chinese.point(0).label;
    chinese.free();
    const chart = render(canvas, 'patent-share', { theme: 'dark' });
    chart.draw();
    out.afterwards = Array.from(canvas.getContext('2d').getImageData(1, 1, 1, 1).data.slice(0, 3));
    out.id = chart.id;
    chart.free();
    return out;
  });
  assert.deepEqual(results.charts, IDS.map((id) => ({ id, title: CHARTS[id].title })));
  assert.equal(results.asOf, '2025-12-28');
  assert.match(results.badCanvas, /^true:render\(\): argument `canvas` must be an HTMLCanvasElement, got a HTMLBodyElement/);
  assert.match(results.badId, /^true:.*"pie-chart"/);
  assert.ok(results.badId.includes(`valid ids are ${IDS.join(', ')}`), results.badId);
  assert.match(results.badTheme, /^true:.*theme.*"blue"/);
  assert.match(results.unknownKey, /^true:.*"colour".*theme, pixelRatio, colors/);
  assert.match(results.badColor, /^true:.*colors.*accent.*"bleu"/);
  assert.match(results.tiny, /^true:.*10×10/);
  assert.match(results.chineseBefore, /^true:.*`lang`.*zh-Hans strings are not loaded.*addTranslations\('zh-Hans', chartStrings\)/);
  assert.match(results.badPairs, /^true:addTranslations\(\).*`chartStrings`.*index 1/);
  assert.deepEqual(results.given, [true, false], 'a language is given once; the first strings stand');
  assert.equal(results.chineseLabel, '中国');
  assert.deepEqual(results.afterwards, [18, 20, 24]);
  assert.equal(results.id, 'patent-share');
  await context.close();
});

test('English text is never set in a CJK face: "’" advances at most 0.4 em, with the CJK fonts installed', async () => {
  const { context, page } = await open({ viewport: { width: 1000, height: 900 } });
  const advances = await page.evaluate(async () => {
    await document.fonts.ready;
    /** Advance of the first "’" in `el`'s text, in ems of its font size (a Range over the one character). */
    const inText = (el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf('’');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        return range.getBoundingClientRect().width / parseFloat(getComputedStyle(node.parentElement).fontSize);
      }
      return null;
    };
    /** Advance of "’" on a canvas in `family`, in ems. */
    const onCanvas = (family) => {
      const ctx = document.createElement('canvas').getContext('2d');
      ctx.font = `100px ${family}`;
      return ctx.measureText('’').width / 100;
    };
    const chart = document.querySelector('apac-ai-chart');
    return {
      // The check can fail here: a CJK face sets "’" a full em wide.
      cjkFace: onCanvas('"Noto Serif CJK SC"'),
      article: inText(document.querySelector('article')),
      caption: inText(document.querySelector('figure.chart figcaption')),
      notes: inText(document.querySelector('.notes')),
      // What the chart draws in: the host's font (as the element passes it), and the wasm's default.
      chartFont: onCanvas(getComputedStyle(chart).fontFamily),
      chartDefault: onCanvas('sans-serif'),
    };
  });
  assert.ok(advances.cjkFace > 0.8, `the CJK fonts are installed: "’" is ${advances.cjkFace} em in Noto Serif CJK SC`);
  for (const [where, em] of Object.entries(advances).filter(([k]) => k !== 'cjkFace')) {
    assert.ok(em !== null && em <= 0.4, `${where}: "’" advances ${em} em`);
  }
  await context.close();
});
