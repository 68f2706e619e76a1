// The embed as shipped (target/site/embed.min.js, built from www/embed.js; embed.html) on host pages
// it does not control, in headless Chromium: strict CSP, many charts, dynamic elements, resizing,
// colour-scheme flips, the iframe height protocol, no-JS and failed-wasm fallbacks, offline. Run
// after scripts/build.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { withServerAndBrowser, newPage, serveFixture, waitForCharts, BARE_PAGE, inspectCharts, CHARTS, IDS, ARTICLE_CHARTS, LANGUAGE_FIGURES } from './helpers.mjs';

let origin;
let browser;
withServerAndBrowser((env) => ({ origin, browser } = env));

// A host page with aggressive CSS resets of its own (they must not reach into the element).
const HOSTILE_CSS = `
*, *::before, *::after { box-sizing: content-box; margin: 0; padding: 0; font: 40px/1 serif !important; }
div { display: inline !important; } canvas { width: 50px !important; height: 20px !important; display: inline !important; }
img { display: none; }
.col { display: block !important; margin: 8px 0; }
.w360 { width: 360px; } .w900 { width: 900px; }
`;

/** Every chart in both themes at two widths. */
const MANY = IDS.flatMap((id) => ['light', 'dark'].flatMap((theme) => [360, 900].map((width) => ({ id, theme, width }))));

function manyPage() {
  const charts = MANY.map(({ id, theme, width }) =>
    `<section class="col w${width}"><apac-ai-chart chart="${id}" theme="${theme}"></apac-ai-chart></section>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${MANY.length} charts</title>
<link rel="stylesheet" href="/fixture.css"><script type="module" src="/embed.min.js"></script></head>
<body>${charts}</body></html>`;
}

async function openMany(options = {}) {
  const opened = await newPage(browser, { viewport: { width: 1000, height: 900 }, ...options });
  await serveFixture(opened.page, `${origin}/fixture-many.html`, manyPage());
  await opened.page.route(`${origin}/fixture.css`, (r) => r.fulfill({ contentType: 'text/css', body: HOSTILE_CSS }));
  // Heights of the boxes as the page first lays out, before the wasm has arrived.
  await opened.page.addInitScript(() => {
    window.globalsBefore = Object.getOwnPropertyNames(window);
    document.addEventListener('DOMContentLoaded', () => {
      window.reservedHeights = [...document.querySelectorAll('apac-ai-chart')].map((el) => el.getBoundingClientRect().height);
      window.reservedBoxes = [...document.querySelectorAll('apac-ai-chart')].map((el) => el.shadowRoot.querySelector('.box').getBoundingClientRect().height);
      window.wasmReadyAtDomContentLoaded = customElements.get('apac-ai-chart')?.wasmMemoryBytes > 0;
    });
  });
  await opened.page.goto(`${origin}/fixture-many.html`);
  await waitForCharts(opened.page, MANY.length);
  return opened;
}

test(`every chart in both themes at two widths (${MANY.length} elements) under a strict CSP: all drawn, no violations or errors, wasm fetched once, no layout shift`, async () => {
  const { context, page, problems, requests } = await openMany();
  const charts = await inspectCharts(page);
  assert.equal(charts.length, MANY.length);
  MANY.forEach((spec, i) => {
    const c = charts[i];
    assert.equal(c.state, 'drawn', `${spec.id} ${spec.theme}`);
    assert.ok(c.inkedShare > 0.01, `${spec.id} ${spec.theme} ${spec.width} blank`);
    assert.deepEqual(c.background, spec.theme === 'dark' ? [18, 20, 24] : [255, 255, 255], `${spec.id} ${spec.theme}`);
    assert.equal(Math.round(c.cssWidth), spec.width, `${spec.id} fills its ${spec.width}px container`);
  });
  // The box reserved before the wasm arrived is the box drawn in: no layout shift.
  const reserved = await page.evaluate(() => ({ hosts: window.reservedHeights, boxes: window.reservedBoxes }));
  assert.equal(await page.evaluate(() => window.wasmReadyAtDomContentLoaded), false, 'heights measured before the wasm loaded');
  assert.deepEqual(charts.map((c) => Math.round(c.boxHeight)), reserved.boxes.map(Math.round), 'chart boxes');
  const hosts = await page.$$eval('apac-ai-chart', (els) => els.map((el) => Math.round(el.getBoundingClientRect().height)));
  assert.deepEqual(hosts, reserved.hosts.map(Math.round), 'whole elements, sources and buttons included');
  assert.deepEqual(problems, []);
  assert.equal(requests.filter((u) => /_bg\.[0-9a-f]{12}\.wasm$/.test(u)).length, 1, 'wasm fetched once');
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), []);
  // The bundle carries its modules (src/), the stylesheet, chart-meta.js and the English texts:
  // the element is one script.
  assert.deepEqual(requests.filter((u) => /\/(embed|chart-meta|i18n\/en)\.js$|\/src\/[\w-]+\.(js|css)$/.test(u)), [], 'only embed.min.js, not its sources');
  const newGlobals = await page.evaluate(() => Object.getOwnPropertyNames(window)
    .filter((name) => !window.globalsBefore.includes(name) && !['globalsBefore', 'reservedHeights', 'reservedBoxes', 'wasmReadyAtDomContentLoaded'].includes(name)));
  assert.deepEqual(newGlobals, [], 'the embed defines no globals');
  assert.ok(await page.evaluate(() => customElements.get('apac-ai-chart') !== undefined), 'only the element name');
  await page.screenshot({ path: 'test-results/embed-many.png', fullPage: true }).catch(() => {});
  await context.close();
});

test('elements added later and removed work; the wasm is still fetched once', async () => {
  const { context, page, problems, requests } = await openMany();
  // The first half removed, one of every chart added (the last first).
  const kept = MANY.length / 2;
  await page.evaluate(([removed, ids]) => {
    const sections = document.querySelectorAll('section');
    for (const s of [...sections].slice(0, removed)) s.remove();
    for (const id of [...ids].reverse()) {
      const el = document.createElement('apac-ai-chart');
      el.setAttribute('chart', id);
      const holder = document.createElement('section');
      holder.className = 'col';
      holder.style.width = '500px';
      holder.append(el);
      document.body.append(holder);
    }
  }, [MANY.length - kept, IDS]);
  const total = kept + IDS.length;
  await waitForCharts(page, total);
  const before = (await inspectCharts(page)).map((c) => c.chart);
  // Move one element elsewhere (disconnect + connect) and change another's chart attribute.
  const changedTo = await page.evaluate((ids) => {
    const els = document.querySelectorAll('apac-ai-chart');
    document.body.prepend(els[els.length - 1]);
    const other = ids.find((id) => id !== els[0].getAttribute('chart'));
    els[0].setAttribute('chart', other);
    return other;
  }, IDS);
  await page.waitForTimeout(200);
  await waitForCharts(page, total);
  const charts = await inspectCharts(page);
  assert.equal(charts.length, total);
  for (const c of charts) assert.ok(c.state === 'drawn' && c.inkedShare > 0.01, `${c.chart}: ${c.state}`);
  const count = (list) => list.filter((chart) => chart === changedTo).length;
  assert.equal(count(charts.map((c) => c.chart)), count(before) + 1, 'the chart attribute change took effect');
  assert.deepEqual(problems, []);
  assert.equal(requests.filter((u) => /_bg\.[0-9a-f]{12}\.wasm$/.test(u)).length, 1);
  await context.close();
});

test('a container resized 200 times: one draw per frame at most, final size right, no loop, memory flat', async () => {
  const { context, page, problems } = await openMany();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  };
  const resize = (rounds) => page.evaluate(async (n) => {
    const section = document.querySelector('section');
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    for (let i = 0; i < n; i += 1) {
      section.style.width = `${300 + ((i * 37) % 600)}px`;
      await frame();
    }
    section.style.width = '640px';
    await frame(); await frame(); await frame();
  }, rounds);
  await resize(20); // warm up: caches, JIT
  const heapBefore = await heap();
  const wasmBefore = await page.evaluate(() => customElements.get('apac-ai-chart').wasmMemoryBytes);
  const drawsBefore = await page.evaluate(() => document.querySelector('apac-ai-chart').drawCount);
  await resize(200);
  const drawsAfter = await page.evaluate(() => document.querySelector('apac-ai-chart').drawCount);
  assert.ok(drawsAfter - drawsBefore <= 201 + 3, `${drawsAfter - drawsBefore} draws for 201 sizes: not coalesced`);
  assert.ok(drawsAfter - drawsBefore >= 100, 'the chart did not follow the resizes');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.querySelector('apac-ai-chart').drawCount), drawsAfter, 'drawing went on after resizing stopped: a loop');
  const first = (await inspectCharts(page))[0];
  assert.equal(Math.round(first.cssWidth), 640);
  assert.equal(first.width, 640);
  const heapGrowth = (await heap()) - heapBefore;
  const wasmGrowth = (await page.evaluate(() => customElements.get('apac-ai-chart').wasmMemoryBytes)) - wasmBefore;
  assert.ok(heapGrowth < 512 * 1024, `JS heap grew ${heapGrowth} bytes`);
  assert.ok(wasmGrowth <= 64 * 1024, `wasm memory grew ${wasmGrowth} bytes`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the readable source www/embed.js still loads and draws, with the same stylesheet as the bundle', async () => {
  const rules = {};
  for (const file of ['embed.js', 'embed.min.js']) {
    const { context, page, problems, requests } = await newPage(browser, { viewport: { width: 800, height: 900 } });
    await serveFixture(page, `${origin}/fixture-source.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="/${file}"></script></head><body>
${IDS.map((id) => `<apac-ai-chart chart="${id}" theme="light"></apac-ai-chart>`).join('\n')}</body></html>`);
    await page.goto(`${origin}/fixture-source.html`);
    await waitForCharts(page, IDS.length);
    for (const c of await inspectCharts(page)) assert.ok(c.state === 'drawn' && c.inkedShare > 0.01, `${file} ${c.chart}`);
    assert.equal(requests.some((u) => u.endsWith('/chart-meta.js')), file === 'embed.js', `${file}: chart-meta.js fetched only by the source`);
    assert.deepEqual(problems, []);
    rules[file] = await page.$eval('apac-ai-chart', (el) => [...el.shadowRoot.adoptedStyleSheets[0].cssRules].map((r) => r.cssText));
    await context.close();
  }
  // The build minifies the element's stylesheet (scripts/build/bundle.mjs): the browser must parse
  // the same rules from both.
  assert.ok(rules['embed.js'].length > 20);
  assert.deepEqual(rules['embed.min.js'], rules['embed.js']);
});

test('theme="auto" follows prefers-color-scheme live; explicit themes do not', async () => {
  const { context, page } = await newPage(browser, { viewport: { width: 800, height: 900 }, scheme: 'light' });
  await serveFixture(page, `${origin}/fixture-auto.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="/embed.min.js"></script></head><body>
<apac-ai-chart chart="patent-share"></apac-ai-chart><apac-ai-chart chart="patent-share" theme="light"></apac-ai-chart></body></html>`);
  await page.goto(`${origin}/fixture-auto.html`);
  await waitForCharts(page, 2);
  assert.deepEqual((await inspectCharts(page)).map((c) => c.background), [[255, 255, 255], [255, 255, 255]]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => {
    const c = document.querySelector('apac-ai-chart').shadowRoot.querySelector('canvas');
    return c.getContext('2d').getImageData(1, 1, 1, 1).data[0] === 18;
  });
  assert.deepEqual((await inspectCharts(page)).map((c) => c.background), [[18, 20, 24], [255, 255, 255]]);
  await context.close();
});

test('CSS custom properties recolour the chart at draw time', async () => {
  const { context, page } = await newPage(browser, { viewport: { width: 800, height: 900 } });
  await serveFixture(page, `${origin}/fixture-colors.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="/fixture-colors.css"><script type="module" src="/embed.min.js"></script></head><body>
<apac-ai-chart chart="patent-share" theme="light"></apac-ai-chart></body></html>`);
  await page.route(`${origin}/fixture-colors.css`, (r) => r.fulfill({ contentType: 'text/css',
    body: 'apac-ai-chart { --apac-chart-bg: #fdf6e3; --apac-chart-accent: rgb(214, 39, 40); }' }));
  await page.goto(`${origin}/fixture-colors.html`);
  await waitForCharts(page, 1);
  const colors = await page.evaluate(() => {
    const c = document.querySelector('apac-ai-chart').shadowRoot.querySelector('canvas');
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    let red = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === 214 && data[i + 1] === 39 && data[i + 2] === 40) red += 1;
    return { background: Array.from(data.slice(0, 3)), red };
  });
  assert.deepEqual(colors.background, [253, 246, 227]);
  assert.ok(colors.red > 1000, `accent bar not recoloured (${colors.red} px)`);
  await context.close();
});

test('the iframe embed posts a height that matches its content (and the AMP message)', async () => {
  const { context, page, problems } = await newPage(browser, { viewport: { width: 420, height: 900 } });
  await page.addInitScript(() => {
    window.heights = [];
    window.addEventListener('message', (e) => window.heights.push(e.data));
  });
  await serveFixture(page, `${origin}/fixture-iframe.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>
<iframe title="AI patent share" src="/embed.html?chart=patent-share&amp;theme=light" width="400" height="150"></iframe></body></html>`);
  await page.goto(`${origin}/fixture-iframe.html`);
  const frame = page.frames().find((f) => f.url().includes('embed.html')) ?? (await (await page.$('iframe')).contentFrame());
  await frame.waitForFunction(() => document.querySelector('apac-ai-chart')?.state === 'drawn');
  await page.waitForFunction(() => window.heights.some((m) => m.type === 'apac-ai-chart:height'));
  const { posted, amp } = await page.evaluate(() => ({
    posted: window.heights.filter((m) => m.type === 'apac-ai-chart:height').at(-1),
    amp: window.heights.filter((m) => m.sentinel === 'amp').at(-1),
  }));
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const chartBox = await frame.evaluate(() => document.querySelector('apac-ai-chart').getBoundingClientRect().height);
  assert.equal(posted.chart, 'patent-share');
  assert.equal(posted.height, content);
  assert.ok(Math.abs(posted.height - chartBox) <= 4, `posted ${posted.height}, chart ${chartBox}`);
  const canvas = await frame.evaluate(() => document.querySelector('apac-ai-chart').shadowRoot.querySelector('canvas').getBoundingClientRect().height);
  assert.ok(posted.height > canvas + 30, `the chart and the bar under it (${posted.height}), not the frame's 150 px`);
  assert.deepEqual(amp, { sentinel: 'amp', type: 'embed-size', height: posted.height });
  // Opening the panel of sources and buttons grows the frame: a new height is posted.
  await frame.locator('apac-ai-chart .bar .more').click();
  await page.waitForFunction((before) => window.heights.filter((m) => m.type === 'apac-ai-chart:height').at(-1).height > before + 60, posted.height);
  const opened = await page.evaluate(() => window.heights.filter((m) => m.type === 'apac-ai-chart:height').at(-1).height);
  assert.equal(opened, await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)));
  assert.deepEqual(problems, []);
  await context.close();
});

test('JavaScript disabled: each chart\'s picture, with its alt text, is shown', async () => {
  const { context, page, requests } = await newPage(browser, { viewport: { width: 800, height: 900 }, javaScriptEnabled: false });
  await page.goto(`${origin}/`);
  const images = page.locator('apac-ai-chart img');
  assert.equal(await images.count(), ARTICLE_CHARTS.length);
  for (const [i, chart] of ARTICLE_CHARTS.entries()) {
    const box = await images.nth(i).boundingBox();
    assert.ok(box && box.width > 300 && box.height > 200, `fallback ${i} not shown: ${JSON.stringify(box)}`);
    assert.equal(await images.nth(i).getAttribute('alt'), CHARTS[chart].alt, `${chart}: the generated summary`);
  }
  assert.equal(requests.filter((u) => /static\/.*\.svg$/.test(u)).length, ARTICLE_CHARTS.length);
  await context.close();
});

test('wasm blocked: the snippet\'s picture stays with a note in the bar; a bare element shows a readable error and the picture', async () => {
  const { context, page } = await newPage(browser, { viewport: { width: 800, height: 900 } });
  await page.route('**/*_bg.*.wasm*', (route) => route.abort());
  await page.goto(`${origin}/`);
  await waitForCharts(page, ARTICLE_CHARTS.length);
  const pictured = await page.$$eval('apac-ai-chart', (els) => els.map((el) => {
    const img = el.querySelector(':scope > picture > img');
    const note = el.shadowRoot.querySelector('.bar .note');
    return { chart: el.chart, state: el.state, note: note.hidden ? null : note.textContent, status: !el.shadowRoot.querySelector('.status').hidden,
      loaded: img.complete && img.naturalWidth > 0, height: img.getBoundingClientRect().height, visible: getComputedStyle(img).visibility };
  }));
  for (const s of pictured) {
    assert.equal(s.state, 'error', s.chart);
    assert.equal(s.note, 'The live chart could not be shown; this is its picture.', s.chart);
    assert.ok(!s.status && s.loaded && s.height > 200 && s.visible === 'visible', JSON.stringify(s));
  }
  await context.close();

  const bare = await newPage(browser, { viewport: { width: 800, height: 900 } });
  await bare.page.route('**/*_bg.*.wasm*', (route) => route.abort());
  await serveFixture(bare.page, `${origin}/bare.html`, BARE_PAGE);
  await bare.page.goto(`${origin}/bare.html`);
  await waitForCharts(bare.page, IDS.length);
  const states = await bare.page.$$eval('apac-ai-chart', (els) => els.map((el) => {
    const img = el.shadowRoot.querySelector('.status img');
    return { chart: el.chart, state: el.state, text: el.shadowRoot.querySelector('.status').textContent, img: img?.getAttribute('src'), alt: img?.alt };
  }));
  for (const s of states) {
    assert.equal(s.state, 'error');
    assert.match(s.text, /could not be loaded/);
    assert.match(s.img, new RegExp(`static/${s.chart}-light-(240|280|360|480|640|1280)\\.svg$`));
    assert.ok(s.alt.length > 40);
  }
  await bare.page.waitForFunction(() => [...document.querySelectorAll('apac-ai-chart')].every((el) => el.shadowRoot.querySelector('.status img').naturalWidth > 0));
  await bare.context.close();
});

test('a language that cannot load: those charts still draw, in English; the others in theirs', async () => {
  const { context, page } = await newPage(browser, { viewport: { width: 800, height: 900 } });
  await page.route('**/i18n/zh-Hans.*.js*', (route) => route.abort());
  await page.goto(`${origin}/languages.html`);
  await waitForCharts(page, LANGUAGE_FIGURES);
  const charts = await page.$$eval('apac-ai-chart', (els) => els.map((el) => ({
    state: el.state, lang: el.closest('[lang]').getAttribute('lang'), label: el.shadowRoot.querySelector('canvas').getAttribute('aria-label'),
  })));
  assert.deepEqual(charts.map((c) => c.state), Array(LANGUAGE_FIGURES).fill('drawn'));
  for (const c of charts.filter((x) => x.lang === 'zh-Hans')) assert.doesNotMatch(c.label, /[\u4e00-\u9fff]/, c.label);
  for (const c of charts.filter((x) => x.lang === 'ur')) assert.match(c.label, /[\u0600-\u06ff]/, 'Urdu, which did load, is still drawn in Urdu');
  await context.close();
});

/** The canvas labels of the Chinese section's charts on languages.html, and how many there are. */
const chineseLabels = (page) => page.$$eval('section[lang="zh-Hans"] apac-ai-chart', (els) => els.map((el) => ({
  state: el.state, label: el.shadowRoot.querySelector('canvas').getAttribute('aria-label') ?? '',
})));
const CHINESE_FIGURES = IDS.filter((id) => CHARTS[id].langs.includes('zh-Hans')).length;
const HAN = /[\u4e00-\u9fff]/;

test('a language that is slow to load: English after 3 s, then the language when it arrives', async () => {
  const { context, page } = await newPage(browser, { viewport: { width: 800, height: 900 } });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/i18n/zh-Hans.*.js', async (route) => { await held; await route.continue(); });
  await page.goto(`${origin}/languages.html`);
  await waitForCharts(page, LANGUAGE_FIGURES);
  const meanwhile = await chineseLabels(page);
  assert.deepEqual(meanwhile.map((c) => c.state), Array(CHINESE_FIGURES).fill('drawn'));
  for (const c of meanwhile) assert.doesNotMatch(c.label, HAN, 'English while the Chinese strings are late');
  release();
  await page.waitForFunction(() => [...document.querySelectorAll('section[lang="zh-Hans"] apac-ai-chart')]
    .every((el) => /[\u4e00-\u9fff]/.test(el.shadowRoot.querySelector('canvas').getAttribute('aria-label') ?? '')));
  await context.close();
});

test('a language module without the strings the wasm needs (an old cached copy): English, no error', async () => {
  const { context, page } = await newPage(browser, { viewport: { width: 800, height: 900 } });
  await page.route('**/i18n/zh-Hans.*.js', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/export const chartStrings = \[[\s\S]*\];\n?$/, '');
    await route.fulfill({ response, body });
  });
  await page.goto(`${origin}/languages.html`);
  await waitForCharts(page, LANGUAGE_FIGURES);
  const charts = await chineseLabels(page);
  assert.deepEqual(charts.map((c) => c.state), Array(CHINESE_FIGURES).fill('drawn'));
  for (const c of charts) assert.doesNotMatch(c.label, HAN, c.label);
  await context.close();
});

test('after one visit the article, its charts and the iframe embed work offline', async () => {
  const { context, page } = await newPage(browser, { viewport: { width: 800, height: 900 }, serviceWorkers: 'allow' });
  await page.goto(`${origin}/`);
  await waitForCharts(page, ARTICLE_CHARTS.length);
  await page.evaluate(() => navigator.serviceWorker.ready); // installed: the app shell is cached
  await context.setOffline(true);
  await page.reload();
  await waitForCharts(page, ARTICLE_CHARTS.length);
  for (const c of await inspectCharts(page)) assert.ok(c.state === 'drawn' && c.inkedShare > 0.01, c.chart);
  await page.goto(`${origin}/embed.html?chart=patent-share&theme=dark`);
  await waitForCharts(page, 1);
  const [frame] = await inspectCharts(page);
  assert.equal(frame.state, 'drawn');
  assert.deepEqual(frame.background, [18, 20, 24]);
  await context.close();
});

test('static SVGs match the canvas layout: same bar proportions and values', async () => {
  const svg = await readFile('www/static/patent-share-light-640.svg', 'utf8');
  const rects = [...svg.matchAll(/<rect x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"[^>]*fill="(#[0-9A-F]{6})"/g)]
    .map(([, x, y, w, h, fill]) => ({ x: +x, y: +y, w: +w, h: +h, fill }));
  const china = rects.find((r) => r.fill === '#1A56A0');
  const grid = rects.filter((r) => r.fill === '#D6DAE0' && r.w <= 2);
  const svgRatio = china.w / (Math.max(...grid.map((r) => r.x)) - Math.min(...grid.map((r) => r.x)));
  const texts = [...svg.matchAll(/<text[^>]*>\s*([^<]*?)\s*<\/text>/g)].map((m) => m[1]);
  for (const v of ['69.7%', '14.2%', '2.8%', '0.4%', '13.0%']) assert.ok(texts.includes(v), `${v} not in the static SVG`);

  const { context, page } = await newPage(browser, { viewport: { width: 640 + 32, height: 900 } });
  await serveFixture(page, `${origin}/fixture-640.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="/fixture-640.css"><script type="module" src="/embed.min.js"></script></head><body>
<apac-ai-chart chart="patent-share" theme="light"></apac-ai-chart></body></html>`);
  await page.route(`${origin}/fixture-640.css`, (r) => r.fulfill({ contentType: 'text/css', body: 'body { margin: 0; width: 640px; }' }));
  await page.goto(`${origin}/fixture-640.html`);
  await waitForCharts(page, 1);
  const canvasRatio = await page.evaluate(() => {
    const c = document.querySelector('apac-ai-chart').shadowRoot.querySelector('canvas');
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    const is = (x, y, rgb) => { const i = (y * c.width + x) * 4; return data[i] === rgb[0] && data[i + 1] === rgb[1] && data[i + 2] === rgb[2]; };
    let best = { y: 0, len: 0, x0: 0 };
    for (let y = 0; y < c.height; y += 1) {
      let run = 0;
      for (let x = 0; x < c.width; x += 1) {
        run = is(x, y, [26, 86, 160]) ? run + 1 : 0;
        if (run > best.len) best = { y, len: run, x0: x - run + 1 };
      }
    }
    let x100 = 0;
    for (let x = c.width - 1; x > 0; x -= 1) if (is(x, best.y, [214, 218, 224])) { x100 = x; break; }
    return best.len / (x100 - best.x0);
  });
  assert.ok(Math.abs(svgRatio - 0.697) < 0.01, `static SVG ratio ${svgRatio}`);
  assert.ok(Math.abs(canvasRatio - svgRatio) < 0.01, `canvas ${canvasRatio} vs static ${svgRatio}`);
  await context.close();
});

/** The first ```html block after `heading` in the doc `file`, with /charts/ pointing at this server. */
async function docSnippet(file, heading) {
  const doc = await readFile(file, 'utf8');
  const at = doc.indexOf(heading);
  assert.ok(at >= 0, `${file} has no heading "${heading}"`);
  return doc.slice(at).match(/```html\n([\s\S]*?)```/)[1].replaceAll('/charts/', '/');
}

test('the documented snippets (README, docs/embedding.md) work pasted into a fresh page', async () => {
  const element = await docSnippet('README.md', '### One line: the custom element');
  const iframe = await docSnippet('docs/embedding.md', '## Responsive iframe');
  const { context, page, problems } = await newPage(browser, { viewport: { width: 700, height: 900 } });
  // Under the strict CSP: neither snippet needs an inline script or style.
  await serveFixture(page, `${origin}/fresh.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fresh</title></head><body>${element}${iframe}</body></html>`);
  await page.goto(`${origin}/fresh.html`);
  await waitForCharts(page, 1);
  assert.equal((await inspectCharts(page))[0].state, 'drawn');
  await page.waitForFunction(() => {
    const f = document.querySelector('iframe[data-apac-chart]');
    const inner = f.contentDocument?.documentElement;
    return inner && f.contentDocument.querySelector('apac-ai-chart')?.state === 'drawn'
      && Math.abs(f.getBoundingClientRect().height - Math.ceil(inner.getBoundingClientRect().height)) <= 1
      && f.getBoundingClientRect().height !== 480;
  });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a narrow column draws the chart scaled; one too narrow to read gets a picture, and the chart comes back when there is room', async () => {
  const { context, page, problems } = await newPage(browser, { viewport: { width: 800, height: 900 } });
  await serveFixture(page, `${origin}/narrow.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="/narrow.css"><script type="module" src="/embed.min.js"></script></head><body>
<div class="col"><apac-ai-chart chart="patent-share" theme="light"></apac-ai-chart></div></body></html>`);
  await page.route(`${origin}/narrow.css`, (r) => r.fulfill({ contentType: 'text/css', body: '.col { width: 200px; }' }));
  await page.goto(`${origin}/narrow.html`);
  await waitForCharts(page, 1);
  // 200 px is under the 240 px the layouts are made for: any box draws, so it is the whole chart scaled.
  assert.equal(await page.$eval('apac-ai-chart', (el) => el.state), 'drawn');
  assert.ok((await inspectCharts(page))[0].inkedShare > 0.01);
  // Under 120 px nothing readable can be drawn: a picture and a plain message.
  await page.$eval('.col', (col) => { col.style.width = '100px'; });
  await page.waitForFunction(() => document.querySelector('apac-ai-chart').state === 'error');
  const narrow = await page.$eval('apac-ai-chart', (el) => ({
    state: el.state, error: el.error, text: el.shadowRoot.querySelector('.status p').textContent,
    img: el.shadowRoot.querySelector('.status img')?.getAttribute('src'),
  }));
  assert.equal(narrow.text, 'This chart needs a wider space; here is a picture of it.');
  assert.match(narrow.error, /needs at least 120×80/);
  assert.match(narrow.img, /static\/patent-share-light-240\.svg$/); // the narrowest picture
  await page.$eval('.col', (col) => { col.style.width = '500px'; });
  await page.waitForFunction(() => document.querySelector('apac-ai-chart').state === 'drawn');
  assert.ok((await inspectCharts(page))[0].inkedShare > 0.01);
  assert.deepEqual(problems, []);
  await context.close();
});
