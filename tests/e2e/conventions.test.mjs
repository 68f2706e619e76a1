// The element's conventions, as a newsroom developer expects of any web component: lazy loading
// (nothing fetched below the fold), framework-friendly event names, ::part() names, the host's
// font, attributes reflected as properties, a printable picture, an embed-code button, and the
// iframe kit (the hosted resizer, Datawrapper's height message). Headless Chromium, strict CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withServerAndBrowser, newPage, serveFixture, waitForCharts, BARE_PAGE, CHARTS, IDS, ARTICLE_CHARTS, LANGUAGE_FIGURES } from './helpers.mjs';
import { embedSnippet } from '../../www/chart-meta.js';
import { charts as READER } from '../../www/i18n/en.js';

let origin;
let browser;
withServerAndBrowser((ready) => ({ origin, browser } = ready));

/** A page with every chart, each element with `attrs`, below a spacer. */
const everyChart = (attrs = '', head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Below the fold</title>
<script type="module" src="/embed.min.js"></script>${head}</head><body>
<p id="top">The article starts here.</p><div id="spacer"></div>
${IDS.map((id) => `<apac-ai-chart chart="${id}" ${attrs}></apac-ai-chart>`).join('\n')}</body></html>`;

/** Serves /fold.css: a spacer three screens tall above the charts. */
async function tallSpacer(page) {
  await page.route(`${origin}/fold.css`, (r) => r.fulfill({ contentType: 'text/css', body: '#spacer { height: 300vh; }' }));
}

const pkgRequests = (requests) => requests.filter((u) => /\/pkg\/|\.wasm/.test(new URL(u).pathname));

test('loading="lazy" is the default: charts three screens down fetch nothing until the reader scrolls near', async () => {
  const { context, page, problems, requests } = await newPage(browser, { viewport: { width: 800, height: 700 } });
  await tallSpacer(page);
  await serveFixture(page, `${origin}/fold.html`, everyChart('', '<link rel="stylesheet" href="/fold.css">'));
  await page.goto(`${origin}/fold.html`);
  await page.waitForLoadState('load');
  await page.waitForTimeout(1500);
  assert.deepEqual(pkgRequests(requests), [], 'nothing of the wasm, glue or languages before scrolling');
  const before = await page.evaluate(() => ({
    bytes: performance.getEntriesByType('resource').reduce((sum, e) => sum + e.transferSize, 0),
    wasm: performance.getEntriesByType('resource').filter((e) => /\.wasm$/.test(e.name)).reduce((s, e) => s + e.transferSize, 0),
    states: [...document.querySelectorAll('apac-ai-chart')].map((el) => [el.loading, el.state]),
    heights: [...document.querySelectorAll('apac-ai-chart')].map((el) => el.shadowRoot.querySelector('.box').getBoundingClientRect().height),
  }));
  assert.equal(before.wasm, 0);
  assert.deepEqual(before.states, IDS.map(() => ['lazy', 'loading']));
  for (const h of before.heights) assert.ok(h > 200, `height reserved before loading: ${before.heights}`);
  console.log(`# below the fold: ${before.bytes} B transferred before scrolling (page + embed.min.js), 0 B of wasm`);

  // Scrolling to within a screen of the first chart loads everything, once.
  await page.evaluate(() => window.scrollTo(0, document.querySelector('apac-ai-chart').offsetTop - 2 * window.innerHeight + 50));
  await page.waitForFunction(() => document.querySelector('apac-ai-chart').state === 'drawn');
  await waitForCharts(page, IDS.length);
  assert.equal(requests.filter((u) => /\.wasm$/.test(u)).length, 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('loading="eager" loads at once however far down; setting the property does the same', async () => {
  const { context, page, problems } = await newPage(browser, { viewport: { width: 800, height: 700 } });
  await tallSpacer(page);
  await serveFixture(page, `${origin}/eager.html`, everyChart('loading="eager"', '<link rel="stylesheet" href="/fold.css">'));
  await page.goto(`${origin}/eager.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('apac-ai-chart')].every((el) => el.state === 'drawn'));
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'drawn without scrolling');

  await serveFixture(page, `${origin}/lazy-then-eager.html`, everyChart('', '<link rel="stylesheet" href="/fold.css">'));
  await page.goto(`${origin}/lazy-then-eager.html`);
  await page.waitForTimeout(500);
  assert.equal(await page.$eval('apac-ai-chart', (el) => el.state), 'loading');
  await page.$eval('apac-ai-chart', (el) => { el.loading = 'eager'; });
  assert.equal(await page.$eval('apac-ai-chart', (el) => el.getAttribute('loading')), 'eager');
  await page.waitForFunction(() => document.querySelector('apac-ai-chart').state === 'drawn');
  assert.deepEqual(problems, []);
  await context.close();
});

test('events without a colon (and the old names), attributes reflected as properties', async () => {
  const [first, second] = IDS;
  const { context, page, problems } = await newPage(browser);
  await page.addInitScript(() => {
    window.seen = [];
    for (const type of ['apac-ai-chart-drawn', 'apac-ai-chart:drawn', 'apac-ai-chart-error']) {
      document.addEventListener(type, (e) => window.seen.push([type, e.detail.chart, e.detail.message ?? null]));
    }
  });
  await serveFixture(page, `${origin}/events.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="/embed.min.js"></script></head><body>
<apac-ai-chart chart="${first}" theme="dark" aspect-ratio="16/9"></apac-ai-chart><apac-ai-chart chart="pie"></apac-ai-chart></body></html>`);
  await page.goto(`${origin}/events.html`);
  await waitForCharts(page, 2);
  const seen = await page.evaluate(() => window.seen);
  assert.deepEqual(seen.filter(([t]) => t !== 'apac-ai-chart-error'), [
    ['apac-ai-chart-drawn', first, null], ['apac-ai-chart:drawn', first, null]]);
  const errors = seen.filter(([t]) => t === 'apac-ai-chart-error');
  assert.equal(errors.length, 1, JSON.stringify(seen));
  assert.equal(errors[0][1], 'pie');
  assert.match(errors[0][2], /Unknown chart "pie"/);

  const props = await page.$eval('apac-ai-chart', (el, other) => {
    const out = { chart: el.chart, theme: el.theme, aspectRatio: el.aspectRatio, loading: el.loading, lang: el.lang };
    el.chart = other;
    el.theme = 'light';
    el.aspectRatio = '';
    out.after = [el.getAttribute('chart'), el.getAttribute('theme'), el.hasAttribute('aspect-ratio')];
    // null and undefined remove the attribute (frameworks assign them when a bound prop goes away).
    el.loading = 'eager';
    el.theme = null;
    el.loading = undefined;
    out.removed = [el.hasAttribute('theme'), el.theme, el.hasAttribute('loading'), el.loading];
    return out;
  }, second);
  assert.deepEqual(props, { chart: first, theme: 'dark', aspectRatio: '16/9', loading: 'lazy', lang: '',
    after: [second, 'light', false], removed: [false, 'auto', false, 'lazy'] });
  // Redrawn as the other chart: its summary is the canvas's label.
  await page.waitForFunction((summary) => document.querySelector('apac-ai-chart').shadowRoot.querySelector('canvas').getAttribute('aria-label') === summary,
    CHARTS[second].alt);
  assert.deepEqual(problems, []);
  await context.close();
});

test('::part() names style the caption, buttons, table, tooltip; the font is the host\'s or --apac-chart-font', async () => {
  const { context, page, problems } = await newPage(browser);
  await page.route(`${origin}/parts.css`, (r) => r.fulfill({ contentType: 'text/css', body: `
body { font-family: "Courier New", monospace; }
apac-ai-chart::part(caption) { color: rgb(1, 2, 3); }
apac-ai-chart::part(buttons) { gap: 17px; }
apac-ai-chart::part(table) { outline-color: rgb(4, 5, 6); }
apac-ai-chart::part(tooltip) { border-color: rgb(7, 8, 9); }
#second { --apac-chart-font: Georgia, serif; }` }));
  await serveFixture(page, `${origin}/parts.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="/parts.css"><script type="module" src="/embed.min.js"></script></head><body>
<apac-ai-chart chart="patent-share"></apac-ai-chart><apac-ai-chart id="second" chart="patent-share"></apac-ai-chart></body></html>`);
  await page.goto(`${origin}/parts.html`);
  await waitForCharts(page, 2);
  const styles = await page.$$eval('apac-ai-chart', (els) => els.map((el) => {
    const get = (sel) => getComputedStyle(el.shadowRoot.querySelector(sel));
    return { caption: get('[part~="caption"]').color, buttons: get('[part~="buttons"]').gap, table: get('[part~="table"]').outlineColor,
      tooltip: get('[part~="tooltip"]').borderTopColor, font: get('[part~="caption"]').fontFamily, tipFont: get('[part~="tooltip"]').fontFamily,
      canvasFont: el.shadowRoot.querySelector('canvas').getContext('2d').font };
  }));
  // The canvas's text too: the last text drawn was set in the same family.
  assert.match(styles[0].canvasFont, /"Courier New", monospace$/);
  assert.match(styles[1].canvasFont, /Georgia, serif$/);
  delete styles[0].canvasFont;
  assert.deepEqual(styles[0], { caption: 'rgb(1, 2, 3)', buttons: '17px', table: 'rgb(4, 5, 6)', tooltip: 'rgb(7, 8, 9)',
    font: '"Courier New", monospace', tipFont: '"Courier New", monospace' });
  assert.equal(styles[1].font, 'Georgia, serif');
  assert.deepEqual(problems, []);
  await context.close();
});

test('printing shows the static SVG of each chart instead of its canvas: the snippet\'s picture, or a fetched one', async () => {
  const { context, page, problems, requests } = await newPage(browser);
  await page.goto(`${origin}/`);
  await waitForCharts(page, ARTICLE_CHARTS.length);
  // On screen each chart's picture is its snippet's, one SVG at the layout for this viewport;
  // the 1280 px print picture is never fetched where the snippet has a picture.
  const screen = requests.filter((u) => u.includes('/static/')).map((u) => new URL(u).pathname);
  assert.equal(screen.length, ARTICLE_CHARTS.length, screen.join(' '));
  await page.emulateMedia({ media: 'print' });
  const printed = await page.$$eval('apac-ai-chart', (els) => els.map((el) => {
    const img = el.querySelector(':scope > picture > img');
    return { chart: el.getAttribute('chart'), src: new URL(img.currentSrc).pathname, alt: img.alt.length, height: img.getBoundingClientRect().height,
      canvas: getComputedStyle(el.shadowRoot.querySelector('canvas')).display, print: el.shadowRoot.querySelector('img.print').hasAttribute('src') };
  }));
  assert.deepEqual(printed.map((p) => p.chart), ARTICLE_CHARTS);
  for (const p of printed) {
    assert.match(p.src, new RegExp(`^/static/${p.chart}-light-\\d+\\.svg$`));
    assert.ok(p.alt > 20 && p.canvas === 'none' && p.height > 100 && !p.print, JSON.stringify(p));
  }
  assert.ok(requests.every((u) => !u.endsWith('-1280.svg')), 'no print picture fetched');
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.$eval('apac-ai-chart', (el) => getComputedStyle(el.shadowRoot.querySelector('canvas')).display), 'block');
  assert.deepEqual(problems, []);
  await context.close();

  // Elements without a picture: the 1280 px light SVG, fetched only once printing starts.
  const bare = await newPage(browser);
  await serveFixture(bare.page, `${origin}/bare.html`, BARE_PAGE);
  await bare.page.goto(`${origin}/bare.html`);
  await waitForCharts(bare.page, IDS.length);
  assert.equal(bare.requests.filter((u) => u.includes('/static/')).length, 0, 'no picture fetched for the screen');
  await bare.page.emulateMedia({ media: 'print' });
  await bare.page.waitForFunction(() => [...document.querySelectorAll('apac-ai-chart')].every((el) => {
    const img = el.shadowRoot.querySelector('img.print');
    return img.complete && img.naturalWidth > 0;
  }));
  const fetched = await bare.page.$$eval('apac-ai-chart', (els) => els.map((el) => {
    const img = el.shadowRoot.querySelector('img.print');
    return { chart: el.getAttribute('chart'), src: new URL(img.src).pathname, alt: img.alt.length, img: getComputedStyle(img).display,
      canvas: getComputedStyle(el.shadowRoot.querySelector('canvas')).display, height: img.getBoundingClientRect().height };
  }));
  for (const p of fetched) {
    assert.equal(p.src, `/static/${p.chart}-light-1280.svg`);
    assert.ok(p.alt > 20 && p.img === 'block' && p.canvas === 'none' && p.height > 100, JSON.stringify(p));
  }
  assert.deepEqual(bare.problems, []);
  await bare.context.close();
});

test('"Copy embed code" copies the snippet; without a clipboard it shows the code selected', async () => {
  const { context, page, problems } = await newPage(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.goto(`${origin}/`);
  await waitForCharts(page, ARTICLE_CHARTS.length);
  const first = page.locator('apac-ai-chart').first();
  await first.locator('.bar .more').click(); // the panel with the sources and buttons
  await first.locator('button', { hasText: 'Copy embed code' }).click();
  await page.waitForFunction(() => document.querySelector('apac-ai-chart').shadowRoot.querySelector('[aria-live]').textContent === 'Embed code copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const id = await first.evaluate((el) => el.chart);
  // The snippet with the chart's picture, as chart-meta.js writes it; and as Rust writes it into
  // the README (the README's one chart, under its /charts/ base).
  assert.equal(copied, embedSnippet(id, `${origin}/`, { lang: 'en', alt: READER[id].summary }));
  const readme = readFileSync('README.md', 'utf8').match(/```html\n(<script type="module" src="\/charts\/embed\.min\.js">[^`]*?)\n```/)[1];
  if (readme.includes(`chart="${id}"`)) assert.equal(copied.replaceAll(`${origin}/`, '/charts/'), readme);
  await context.close();

  const second = await newPage(browser);
  await second.page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await second.page.goto(`${origin}/languages.html`);
  await waitForCharts(second.page, LANGUAGE_FIGURES);
  const chinese = second.page.locator('apac-ai-chart[lang="zh-Hans"], section[lang="zh-Hans"] apac-ai-chart').first();
  await chinese.locator('.bar .more').click();
  await chinese.locator('button', { hasText: '复制嵌入代码' }).click();
  const shown = await chinese.evaluate((el) => {
    const box = el.shadowRoot.querySelector('.embed-code textarea');
    return { chart: el.chart, value: box.value, focused: el.shadowRoot.activeElement === box, selected: box.selectionEnd - box.selectionStart,
      label: el.shadowRoot.querySelector('.embed-code span').textContent };
  });
  const zh = await import('../../www/i18n/zh-Hans.js');
  assert.equal(shown.value, embedSnippet(shown.chart, `${origin}/`, { lang: 'zh-Hans', alt: zh.charts[shown.chart].summary }));
  assert.match(shown.value, /<apac-ai-chart chart="[a-z-]+" lang="zh-Hans">\n {2}<picture>/);
  assert.ok(shown.focused && shown.selected === shown.value.length, JSON.stringify(shown));
  assert.equal(shown.label, '复制以下代码即可嵌入此图表：');
  assert.deepEqual([...problems, ...second.problems], []);
  await second.context.close();
});

test('iframe kit: the hosted resizer and Datawrapper\'s own resizer size embed.html frames under a strict CSP', async () => {
  const { context, page, problems } = await newPage(browser, { viewport: { width: 700, height: 900 } });
  // Datawrapper's published resizer, as sites already run it (here from a file: the CSP forbids inline scripts).
  await page.route(`${origin}/datawrapper-resizer.js`, (r) => r.fulfill({ contentType: 'text/javascript', body: `
window.addEventListener('message', function (a) {
  if (void 0 !== a.data['datawrapper-height']) {
    var e = document.querySelectorAll('iframe');
    for (var t in a.data['datawrapper-height']) for (var r = 0; r < e.length; r++) {
      if (e[r].contentWindow === a.source) { var i = a.data['datawrapper-height'][t] + 'px'; e[r].style.height = i; }
    }
  }
});` }));
  await serveFixture(page, `${origin}/kit.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script src="/embed-resize.js" defer></script></head><body>
<iframe id="ours" title="AI patent share" src="/embed.html?chart=patent-share" data-apac-chart width="100%" height="150" frameborder="0"></iframe>
</body></html>`);
  await serveFixture(page, `${origin}/dw.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script src="/datawrapper-resizer.js" defer></script></head><body>
<iframe id="dw" title="AI patent share" src="/embed.html?chart=patent-share" width="100%" height="150" frameborder="0"></iframe>
</body></html>`);
  for (const [url, id] of [['/kit.html', 'ours'], ['/dw.html', 'dw']]) {
    await page.goto(`${origin}${url}`);
    await page.waitForFunction((sel) => {
      const f = document.getElementById(sel);
      const doc = f.contentDocument;
      const inner = doc?.documentElement;
      return inner && doc.querySelector('apac-ai-chart')?.state === 'drawn'
        && Math.abs(f.getBoundingClientRect().height - Math.ceil(inner.getBoundingClientRect().height)) <= 1
        && f.getBoundingClientRect().height > 300;
    }, id);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('oEmbed and social cards: each chart\'s page draws that chart and names its oEmbed JSON, which embeds it', async () => {
  const { context, page, problems } = await newPage(browser);
  for (const chart of IDS) {
    await page.goto(`${origin}/embed-${chart}.html`);
    await waitForCharts(page, 1);
    assert.equal(await page.$eval('apac-ai-chart', (el) => `${el.chart} ${el.state}`), `${chart} drawn`);
    const link = await page.$eval('link[type="application/json+oembed"]', (l) => l.href);
    const image = await page.$eval('meta[property="og:image"]', (m) => m.content);
    assert.match(link, new RegExp(`^https?://[^/]+/(.*/)?oembed/${chart}\\.json$`));
    assert.match(image, new RegExp(`^https?://[^/]+/(.*/)?static/${chart}-light-1280\\.png$`));
    // Fetched from this server (the build's BASE_URL may name another host).
    const oembed = await page.evaluate(async (path) => (await fetch(path)).json(), `/oembed/${chart}.json`);
    assert.equal(oembed.type, 'rich');
    assert.match(oembed.html, new RegExp(`<iframe src="[^"]*/embed-${chart}\\.html"`));
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('charts that appear together make their first draws in separate frames (separate tasks), not one long task', async () => {
  const { context, page, problems } = await newPage(browser, { viewport: { width: 900, height: 3000 } });
  await page.addInitScript(() => {
    window.frameNumber = 0;
    const tick = () => { window.frameNumber += 1; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    window.firstDraws = [];
    document.addEventListener('apac-ai-chart-drawn', (e) => window.firstDraws.push([e.detail.chart, window.frameNumber]));
  });
  await serveFixture(page, `${origin}/together.html`, everyChart('loading="eager"'));
  await page.goto(`${origin}/together.html`);
  await waitForCharts(page, IDS.length);
  const draws = await page.evaluate(() => window.firstDraws);
  assert.equal(draws.length, IDS.length, JSON.stringify(draws));
  assert.equal(new Set(draws.map(([, frame]) => frame)).size, IDS.length, `one first draw a frame: ${JSON.stringify(draws)}`);
  assert.deepEqual(problems, []);
  await context.close();
});
