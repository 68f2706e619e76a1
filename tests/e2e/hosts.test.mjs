// Strict hosts, in headless Chromium after scripts/build.sh: embed.html inside an
// <iframe sandbox="allow-scripts"> (an opaque origin, as many CMSes frame embeds) draws and throws
// nothing, though neither storage nor a service worker is allowed there; and the iframe page passes
// an axe-core audit with no violation at all (a main landmark and a heading, as the article has).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { withServerAndBrowser, newPage, serveFixture, waitForCharts, IDS } from './helpers.mjs';

let origin;
let browser;
withServerAndBrowser((env) => ({ origin, browser } = env));

test('embed.html in a sandboxed iframe (allow-scripts only) draws, and nothing throws', async () => {
  const { context, page, problems } = await newPage(browser, { viewport: { width: 800, height: 750 * IDS.length } });
  // Errors inside the frame: uncaught exceptions and rejections, reported by the page itself.
  const inFrame = [];
  context.on('weberror', (e) => inFrame.push(e.error().message));
  await serveFixture(page, `${origin}/sandboxed.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>A CMS page</title></head><body><main><h1>A CMS page</h1>
${IDS.map((id) => `<iframe src="/embed.html?chart=${id}" sandbox="allow-scripts" title="${id}" width="700" height="700"></iframe>`).join('\n')}
</main></body></html>`);
  await page.goto(`${origin}/sandboxed.html`);
  const frames = page.frames().filter((f) => f.url().includes('embed.html'));
  assert.equal(frames.length, IDS.length, 'every iframe loaded');
  for (const frame of frames) {
    await frame.waitForFunction(() => document.querySelector('apac-ai-chart')?.state === 'drawn', null, { timeout: 30000 });
    assert.equal(await frame.evaluate(() => window.origin), 'null', 'the frame has an opaque origin');
    // Reading navigator.serviceWorker there throws: the page must have caught it.
    assert.equal(await frame.evaluate(() => { try { return typeof navigator.serviceWorker; } catch (e) { return e.name; } }), 'SecurityError');
  }
  await page.waitForTimeout(300);
  assert.deepEqual(inFrame, [], 'no uncaught error in the frame');
  assert.deepEqual(problems.filter((p) => !/Failed to load resource/.test(p)), [], 'no console error or page error');
  await context.close();
});

for (const [id, scheme] of IDS.flatMap((chart) => [[chart, 'light'], [chart, 'dark']])) {
  test(`axe-core finds no violation on the iframe page of ${id} (${scheme})`, async () => {
    const axe = await readFile('node_modules/axe-core/axe.min.js', 'utf8');
    const { context, page } = await newPage(browser, { viewport: { width: 700, height: 900 }, scheme });
    await page.goto(`${origin}/embed.html?chart=${id}`);
    await waitForCharts(page, 1);
    await page.evaluate(axe);
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
    });
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
    assert.equal(await page.locator('main h1').count(), 1, 'a main landmark with a heading');
    await context.close();
  });
}
