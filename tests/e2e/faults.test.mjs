// The element's smaller faults on pages it does not control, in headless Chromium after
// scripts/build.sh: chart ids that are only inherited properties, source links with other schemes,
// failed wasm and language loads tried again (next connect, `online`), and a change of <html lang>
// (or of an ancestor's lang) followed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser, newPage, serveFixture, waitForCharts, IDS, ARTICLE_CHARTS, LANGUAGE_FIGURES } from './helpers.mjs';

let origin;
let browser;
withServerAndBrowser((env) => ({ origin, browser } = env));

const HAN = /[\u4e00-\u9fff]/;
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

/** A fixture page at /fixture-faults.html loading `script` with `body`. */
async function openFixture(body, { script = '/embed.min.js', lang = 'en', ...options } = {}) {
  const opened = await newPage(browser, { viewport: { width: 800, height: 900 }, ...options });
  await serveFixture(opened.page, `${origin}/fixture-faults.html`, `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<title>Faults</title><script type="module" src="${script}"></script></head><body>${body}</body></html>`);
  return opened;
}

/** state, status text, canvas label and `lang` of the frame of every element matching `selector`. */
const describe = (page, selector = 'apac-ai-chart') => page.$$eval(selector, (els) => els.map((el) => ({
  id: el.id,
  chart: el.getAttribute('chart'),
  state: el.state,
  error: el.error,
  status: el.shadowRoot.querySelector('.status').hidden ? '' : el.shadowRoot.querySelector('.status').textContent,
  canvasShown: !el.shadowRoot.querySelector('canvas').hidden && getComputedStyle(el.shadowRoot.querySelector('canvas')).display !== 'none',
  // The snippet's picture shown in the box, and the message of the bar under it.
  pictureShown: Boolean(el.querySelector(':scope > picture')) && getComputedStyle(el.shadowRoot.querySelector('.picture')).visibility === 'visible',
  note: el.shadowRoot.querySelector('.bar .note').hidden ? '' : el.shadowRoot.querySelector('.bar .note').textContent,
  label: el.shadowRoot.querySelector('canvas').getAttribute('aria-label') ?? '',
  frameLang: el.shadowRoot.querySelector('.frame').getAttribute('lang'),
  draws: el.drawCount,
})));

test('chart ids that are only inherited properties (constructor, toString, __proto__…) show a clear error, not "Loading chart…"', async () => {
  const ids = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
  const { context, page, problems } = await openFixture(
    `${ids.map((id) => `<apac-ai-chart chart="${id}"></apac-ai-chart>`).join('\n')}<apac-ai-chart chart="patent-share"></apac-ai-chart>`);
  await page.goto(`${origin}/fixture-faults.html`);
  await waitForCharts(page, ids.length + 1);
  const charts = await describe(page);
  for (const [i, id] of ids.entries()) {
    const c = charts[i];
    assert.equal(c.state, 'error', id);
    assert.ok(c.status.includes(`Unknown chart "${id}"`), `${id}: ${c.status}`);
    for (const real of IDS) assert.ok(c.error.includes(real), `${id}: the error lists the real ids (${real})`);
    assert.doesNotMatch(c.status, /Loading/);
  }
  assert.equal(charts.at(-1).state, 'drawn', 'a real chart beside them draws');
  // Set later, too (attributeChangedCallback), and back to a real id.
  const el = page.locator('apac-ai-chart').last();
  await el.evaluate((e) => e.setAttribute('chart', 'toString'));
  await page.waitForFunction(() => document.querySelector('apac-ai-chart:last-of-type').state === 'error');
  await el.evaluate((e) => e.setAttribute('chart', 'patent-share'));
  await page.waitForFunction(() => document.querySelector('apac-ai-chart:last-of-type').state === 'drawn');
  assert.deepEqual(problems, []);
  await context.close();
});

/** Every source link in the elements' shadow roots (not the SVG download, a same-origin file), and
 *  the texts of the table cells and the paragraphs and citations under the charts. */
const linksOf = (page) => page.$$eval('apac-ai-chart', (els) => els.flatMap((el) => [...el.shadowRoot.querySelectorAll('a:not([download])')].map((a) => ({
  href: a.getAttribute('href'), protocol: a.protocol, rel: a.rel, target: a.target, text: a.textContent,
}))));
const cellTexts = (page) => page.$$eval('apac-ai-chart', (els) => els.flatMap((el) => [...el.shadowRoot.querySelectorAll('td, th, .below p, .below li')].map((c) => c.textContent)));

/** Rewrites source URLs in the Chinese module: a javascript: table cell, a data: source, an
 *  upper-case HTTPS: source (still a web link). */
async function hostileSources(page) {
  await page.route('**/i18n/zh-Hans.*.js', async (route) => {
    const response = await route.fetch();
    const body = (await response.text())
      .replace('https://hai-production.s3.amazonaws.com/files/hai_ai_index_report_2025.pdf', 'javascript:alert(document.domain)')
      .replaceAll('https://www.undp.org/asia-pacific/next-great-divergence', 'data:text/html,<script>alert(1)</script>')
      .replaceAll('https://www.miragenews.com/', 'HTTPS://www.miragenews.com/');
    await route.fulfill({ response, body });
  });
}

function assertSafeLinks(links, where) {
  assert.ok(links.length >= 3, `${where}: links found`);
  for (const l of links) {
    assert.match(l.protocol, /^https?:$/, `${where}: ${l.href}`);
    assert.equal(l.rel, 'noopener noreferrer', `${where}: ${l.href}`);
    assert.equal(l.target, '_blank', `${where}: ${l.href}`);
  }
}

test('source links: only http(s) URLs become links, each with rel="noopener noreferrer" and target="_blank" (host page and iframe page)', async () => {
  // The iframe page with the chart whose sources include the javascript: one; then a host page
  // with every chart, so every rewritten source.
  for (const url of ['/embed.html?chart=patent-share&lang=zh-Hans', '/languages.html']) {
    const { context, page, problems } = await newPage(browser, { viewport: { width: 800, height: 900 } });
    await hostileSources(page);
    await page.goto(`${origin}${url}`);
    await waitForCharts(page, 1); // brings each (lazy) element into view
    await page.waitForFunction(() => [...document.querySelectorAll('apac-ai-chart')].every((el) => el.state === 'drawn')
      && [...document.querySelectorAll('apac-ai-chart')].some((el) => /[\u4e00-\u9fff]/.test(el.shadowRoot.querySelector('canvas').getAttribute('aria-label'))));
    const links = await linksOf(page);
    assertSafeLinks(links, url);
    const texts = await cellTexts(page);
    assert.ok(texts.includes('javascript:alert(document.domain)'), `${url}: the javascript: URL stays as text`);
    assert.ok(links.some((l) => l.href.startsWith('https://hai-production')), `${url}: the other rows keep their links`);
    if (url === '/languages.html') {
      assert.ok(texts.some((t) => t.includes('The Next Great Divergence')), `${url}: the data: source keeps its title, as text`);
      assert.ok(links.some((l) => l.href.startsWith('https://www.miragenews.com/')), `${url}: an upper-case HTTPS: source is a link`);
    }
    assert.ok(!links.some((l) => /^(javascript|data):/i.test(l.href)), url);
    // The tooltip's source link (keyboard: focus the chart, move to the first point).
    const chart = page.locator('apac-ai-chart').first();
    await chart.evaluate((el) => el.shadowRoot.querySelector('canvas').focus());
    await page.keyboard.press('ArrowDown');
    const tip = await chart.evaluate((el) => {
      const a = el.shadowRoot.querySelector('.tip a');
      return a && { protocol: a.protocol, rel: a.rel, target: a.target };
    });
    assert.deepEqual(tip, { protocol: 'https:', rel: 'noopener noreferrer', target: '_blank' }, `${url}: tooltip link`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

/** Aborts every request matching `pattern` (any query string, preloads too) until `release()`;
 *  `seen` lists the requests let through after it. */
async function failUntilReleased(page, pattern) {
  const gate = { open: false, seen: [], release() { this.open = true; } };
  await page.route(pattern, (route) => {
    if (!gate.open) return route.abort();
    gate.seen.push(route.request().url());
    return route.continue();
  });
  return gate;
}

const allDrawn = (page) => page.waitForFunction(() => [...document.querySelectorAll('apac-ai-chart')].every((el) => el.state === 'drawn'));

test('a failed wasm load is tried again on the `online` event, and every element draws', async () => {
  // No service worker: once it has precached the glue, it answers the retry itself and the route
  // below never sees it (a race the smaller wasm made frequent). This test counts the loader's tries.
  const { context, page } = await newPage(browser, { viewport: { width: 800, height: 900 }, serviceWorkers: 'block' });
  const glue = await failUntilReleased(page, '**/pkg/apac_ai_charts.*.js*');
  await page.goto(`${origin}/`);
  await waitForCharts(page, ARTICLE_CHARTS.length);
  const failed = await describe(page);
  assert.deepEqual(failed.map((c) => c.state), ARTICLE_CHARTS.map(() => 'error'));
  // The article's snippets carry pictures: each stays, and the bar under it says why.
  for (const c of failed) assert.ok(c.pictureShown && !c.canvasShown && c.status === '' && /live chart could not be shown/.test(c.note), JSON.stringify(c));
  glue.release();
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await allDrawn(page);
  assert.equal(glue.seen.length, 1, `one new attempt for the page: ${glue.seen}`);
  for (const c of await describe(page)) assert.ok(c.status === '' && c.note === '' && c.canvasShown && !c.pictureShown, `${c.chart}: live, the note gone`);
  // Once loaded, `online` loads nothing again.
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await page.waitForTimeout(300);
  assert.equal(glue.seen.length, 1);
  await context.close();
});

test('a failed wasm load is tried again when an element connects, and the failed ones draw too', async () => {
  const { context, page, problems } = await openFixture('<apac-ai-chart chart="patent-share"></apac-ai-chart>');
  const glue = await failUntilReleased(page, '**/pkg/apac_ai_charts.*.js*');
  await page.goto(`${origin}/fixture-faults.html`);
  await waitForCharts(page, 1);
  assert.equal((await describe(page))[0].state, 'error');
  glue.release();
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('apac-ai-chart'), { id: 'later' })));
  await page.evaluate(() => document.getElementById('later').setAttribute('chart', 'patent-share'));
  await allDrawn(page);
  assert.deepEqual((await describe(page)).map((c) => c.state), ['drawn', 'drawn']);
  assert.equal(glue.seen.length, 1);
  assert.ok(problems.every((p) => /Failed to fetch|net::ERR_FAILED|Failed to load/i.test(p)), problems.join('\n'));
  await context.close();
});

const chineseLabels = (page) => page.$$eval('section[lang="zh-Hans"] apac-ai-chart',
  (els) => els.map((el) => el.shadowRoot.querySelector('canvas').getAttribute('aria-label') ?? ''));

test('a failed language load is tried again on `online` and on the next connect', async () => {
  for (const how of ['online', 'connect']) {
    const { context, page } = await newPage(browser, { viewport: { width: 800, height: 900 } });
    const module = await failUntilReleased(page, '**/i18n/zh-Hans.*.js*');
    await page.goto(`${origin}/languages.html`);
    await waitForCharts(page, LANGUAGE_FIGURES);
    for (const label of await chineseLabels(page)) assert.doesNotMatch(label, HAN, `${how}: English while the language failed`);
    module.release();
    if (how === 'online') {
      await page.evaluate(() => window.dispatchEvent(new Event('online')));
    } else {
      await page.evaluate(() => {
        const el = document.createElement('apac-ai-chart');
        el.setAttribute('chart', 'patent-share');
        document.querySelector('section[lang="zh-Hans"]').append(el);
        el.scrollIntoView(); // lazy: it loads (and retries) when it comes near
      });
    }
    await page.waitForFunction(() => [...document.querySelectorAll('section[lang="zh-Hans"] apac-ai-chart')]
      .every((el) => el.state === 'drawn' && /[\u4e00-\u9fff]/.test(el.shadowRoot.querySelector('canvas').getAttribute('aria-label') ?? '')));
    assert.equal(module.seen.length, 1, `${how}: ${module.seen}`);
    await context.close();
  }
});

test('<html lang> and an ancestor\'s lang are followed by elements without their own; the watch ends with the last element', async () => {
  // The readable source, so the test can ask page.js (the same module instance) about its watch.
  const { context, page, problems } = await openFixture(`
<apac-ai-chart id="page" chart="patent-share"></apac-ai-chart>
<section lang="en"><apac-ai-chart id="section" chart="patent-share"></apac-ai-chart></section>
<apac-ai-chart id="own" chart="patent-share" lang="en"></apac-ai-chart>`, { script: '/embed.js' });
  await page.goto(`${origin}/fixture-faults.html`);
  await waitForCharts(page, 3);
  const byId = async () => Object.fromEntries((await describe(page)).map((c) => [c.id, c]));
  const before = await byId();
  for (const c of Object.values(before)) assert.doesNotMatch(c.label, HAN);
  const watching = () => page.evaluate(async () => (await import('/src/page.js')).watchingLang());
  assert.equal(await watching(), true);

  await page.evaluate(() => { document.documentElement.lang = 'zh-Hans'; });
  await page.waitForFunction(() => /[\u4e00-\u9fff]/.test(document.getElementById('page').shadowRoot.querySelector('canvas').getAttribute('aria-label')));
  await page.waitForTimeout(300);
  let now = await byId();
  assert.equal(now.page.frameLang, 'zh-Hans');
  assert.doesNotMatch(now.section.label, HAN, 'the section\'s own lang="en" still applies');
  assert.doesNotMatch(now.own.label, HAN, 'its own lang attribute wins');
  assert.equal(now.own.draws, before.own.draws, 'an element with its own lang is not redrawn');

  await page.evaluate(() => { document.querySelector('section').lang = 'ur'; });
  await page.waitForFunction(() => /[\u0600-\u06ff]/.test(document.getElementById('section').shadowRoot.querySelector('canvas').getAttribute('aria-label')));
  now = await byId();
  assert.match(now.section.label, ARABIC_SCRIPT);
  assert.equal(now.section.frameLang, 'ur');
  assert.match(now.page.label, HAN, 'the page-level element stays in Chinese');

  // Back to English: the page-level element follows.
  await page.evaluate(() => { document.documentElement.lang = 'en'; });
  await page.waitForFunction(() => !/[\u4e00-\u9fff]/.test(document.getElementById('page').shadowRoot.querySelector('canvas').getAttribute('aria-label')));

  // No element connected: no watch. A new one starts it again and draws in the page's language.
  await page.evaluate(() => document.querySelectorAll('apac-ai-chart').forEach((el) => el.remove()));
  assert.equal(await watching(), false);
  await page.evaluate(() => {
    document.documentElement.lang = 'zh-Hans';
    const el = document.createElement('apac-ai-chart');
    el.setAttribute('chart', 'patent-share');
    document.body.append(el);
  });
  assert.equal(await watching(), true);
  await page.waitForFunction(() => /[\u4e00-\u9fff]/.test(document.querySelector('apac-ai-chart').shadowRoot.querySelector('canvas').getAttribute('aria-label') ?? ''));
  assert.deepEqual(problems, []);
  await context.close();
});
