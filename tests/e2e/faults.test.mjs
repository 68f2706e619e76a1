// The element's smaller faults on pages it does not control (issue 10, part 4), in headless
// Chromium after scripts/build.sh: chart ids that are only inherited properties, source links with
// other schemes, failed wasm and language loads tried again (next connect, `online`), and a
// change of <html lang> (or of an ancestor's lang) followed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser, newPage, serveFixture, waitForCharts } from './helpers.mjs';

let origin;
let browser;
withServerAndBrowser((env) => ({ origin, browser } = env));

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
  canvasShown: !el.shadowRoot.querySelector('canvas').hidden,
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
    assert.ok(c.error.includes('patent-share'), `${id}: the error lists the real ids`);
    assert.doesNotMatch(c.status, /Loading/);
  }
  assert.equal(charts.at(-1).state, 'drawn', 'a real chart beside them draws');
  // Set later, too (attributeChangedCallback), and back to a real id.
  const el = page.locator('apac-ai-chart').last();
  await el.evaluate((e) => e.setAttribute('chart', 'toString'));
  await page.waitForFunction(() => document.querySelector('apac-ai-chart:last-of-type').state === 'error');
  await el.evaluate((e) => e.setAttribute('chart', 'projected-gains'));
  await page.waitForFunction(() => document.querySelector('apac-ai-chart:last-of-type').state === 'drawn');
  assert.deepEqual(problems, []);
  await context.close();
});

