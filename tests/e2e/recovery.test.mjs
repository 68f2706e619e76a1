// When the wasm instance dies anyway (defence in depth behind the catching reads: a trap, or a
// foreign exception unwinding through the wasm), nothing stays dead: every <apac-ai-chart> on the
// page redraws from a fresh instance, and `render()` users get an 'INSTANCE_LOST' Error until
// `init()` starts a fresh one. Runs on the test-trap build (scripts/build.sh --features test-trap,
// written to target/site-test-trap by scripts/test.sh), whose wasm has a `forceTrap()` export.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { access } from 'node:fs/promises';
import { createHandler } from '../../scripts/serve.mjs';
import { launch, listen, newPage, waitForCharts, ARTICLE_CHARTS } from './helpers.mjs';

const ROOT = 'target/site-test-trap';
let server;
let origin;
let browser;

before(async () => {
  await access(`${ROOT}/pkg/assets.json`).catch(() => {
    throw new Error(`${ROOT} is missing: scripts/test.sh builds it (scripts/build.sh --features test-trap --site target/site-test-trap)`);
  });
  ({ server, origin } = await listen(createHandler({ root: ROOT, deploy: true })));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Every element: state, draws, whether its canvas is drawn (opaque background, some ink), and
 *  whether a picture shows in its place (the snippet's own, or the status box's). */
function charts(page) {
  return page.$$eval('apac-ai-chart', (els) => els.map((el) => {
    const c = el.shadowRoot.querySelector('canvas');
    const img = el.shadowRoot.querySelector('.status:not([hidden]) img')
      ?? (el.querySelector(':scope > picture') && getComputedStyle(el.shadowRoot.querySelector('.picture')).visibility === 'visible');
    let opaque = false;
    let inked = 0;
    if (c.width && c.height) {
      const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
      opaque = data[3] === 255;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i] - data[0]) + Math.abs(data[i + 1] - data[1]) + Math.abs(data[i + 2] - data[2]) > 60) inked += 1;
      }
      inked /= c.width * c.height;
    }
    return { chart: el.getAttribute('chart'), state: el.state, draws: el.drawCount, opaque, inked, picture: Boolean(img) };
  }));
}

/** Clears every canvas to transparent, so only a real redraw makes it opaque again. */
function clearCanvases(page) {
  return page.$$eval('apac-ai-chart', (els) => els.forEach((el) => {
    const c = el.shadowRoot.querySelector('canvas');
    c.getContext('2d').clearRect(0, 0, c.width, c.height);
  }));
}

test('after a forced trap every element on the page redraws from a fresh instance, up to three times', async () => {
  const { context, page, problems } = await newPage(browser);
  await page.goto(`${origin}/index.html`);
  await waitForCharts(page, ARTICLE_CHARTS.length);
  const Element = 'customElements.get("apac-ai-chart")';
  assert.equal(await page.evaluate(`${Element}.wasmInstances`), 1);
  let previous = await charts(page);
  assert.deepEqual(previous.map((c) => c.state), ARTICLE_CHARTS.map(() => 'drawn'));

  for (let n = 2; n <= 4; n += 1) {
    await clearCanvases(page);
    assert.ok((await charts(page)).every((c) => !c.opaque), 'canvases cleared');
    assert.equal(await page.evaluate(`${Element}.forceTrapForTests()`), true, 'the test-trap build has forceTrap');
    await page.waitForFunction(([count, draws]) => {
      const els = [...document.querySelectorAll('apac-ai-chart')];
      return customElements.get('apac-ai-chart').wasmInstances === count
        && els.every((el, i) => el.state === 'drawn' && el.drawCount > draws[i]);
    }, [n, previous.map((c) => c.draws)]);
    const redrawn = await charts(page);
    for (const c of redrawn) assert.ok(c.opaque && c.inked > 0.01, `${c.chart} redrawn by instance ${n}: ${JSON.stringify(c)}`);
    previous = redrawn;
  }

  // The fresh instance is a working one: a theme change redraws, in the other colours.
  await page.$eval('apac-ai-chart', (el) => el.setAttribute('theme', 'dark'));
  await page.waitForFunction((draws) => document.querySelector('apac-ai-chart').drawCount > draws, previous[0].draws);

  // A fourth death: no more fresh instances (a wasm that keeps dying stays down); every element
  // shows its picture and says why.
  assert.equal(await page.evaluate(`${Element}.forceTrapForTests()`), true);
  await page.waitForFunction(() => [...document.querySelectorAll('apac-ai-chart')].every((el) => el.state === 'error'));
  const down = await charts(page);
  assert.ok(down.every((c) => c.picture), JSON.stringify(down));
  assert.match(await page.$eval('apac-ai-chart', (el) => el.error), /wasm instance stopped/);
  assert.equal(await page.evaluate(`${Element}.wasmInstances`), 4);
  assert.deepEqual(problems, []);
  await context.close();
});

test('render() users get INSTANCE_LOST from every call on a dead instance, and init() recovers them', async () => {
  const { context, page, problems } = await newPage(browser);
  await page.goto(`${origin}/embed.html?chart=patent-share`); // a page of the deploy, for its origin and CSP
  await waitForCharts(page, 1);
  const result = await page.evaluate(async () => {
    const m = await import('./pkg/apac_ai_charts.js');
    const out = {};
    const code = (fn) => {
      try {
        fn();
        return 'no error';
      } catch (e) {
        return `${e instanceof Error ? 'Error' : typeof e} ${e.code}: ${e.message}`;
      }
    };
    out.beforeInit = code(() => m.render(document.createElement('canvas'), 'patent-share'));
    const firstExports = await m.default();
    const canvas = document.body.appendChild(document.createElement('canvas'));
    canvas.style.cssText = `width: 640px; height: ${m.preferredHeight('patent-share', 640)}px; display: block`;
    const first = m.render(canvas, 'patent-share', {});
    out.firstIsChart = first instanceof m.Chart;
    out.trap = code(() => m.forceTrap());
    out.render = code(() => m.render(canvas, 'patent-share', {}));
    out.height = code(() => m.preferredHeight('patent-share', 640));
    out.draw = code(() => first.draw());
    out.pointCount = code(() => first.pointCount);
    out.free = code(() => first.free());
    const secondExports = await m.default();
    out.freshMemory = secondExports.memory !== firstExports.memory; // a fresh instance, not the trapped one handed back
    canvas.getContext('2d').clearRect(0, 0, canvas.width, canvas.height);
    const second = m.render(canvas, 'patent-share', {});
    out.secondIsChart = second instanceof m.Chart;
    out.fit = second.fit;
    out.points = second.pointCount;
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    out.opaque = data[3] === 255;
    out.badOption = code(() => m.render(canvas, 'patent-share', { theme: 'plaid' }));
    out.stillDraws = code(() => second.draw());
    return out;
  });
  assert.match(result.beforeInit, /^Error INSTANCE_LOST: render\(\): no wasm instance yet; await init\(\) first$/);
  assert.equal(result.firstIsChart, true);
  for (const key of ['trap', 'render', 'height', 'draw', 'pointCount']) {
    assert.match(result[key], /^Error INSTANCE_LOST: .*the wasm instance stopped \(RuntimeError: unreachable.*call init\(\)/, key);
  }
  assert.match(result.trap, /^Error INSTANCE_LOST: forceTrap\(\)/);
  assert.match(result.pointCount, /^Error INSTANCE_LOST: chart\.pointCount/);
  assert.equal(result.free, 'no error', 'free() on a dead handle is a no-op');
  assert.equal(result.freshMemory, true, 'init() after INSTANCE_LOST starts a fresh instance');
  assert.equal(result.secondIsChart, true);
  assert.equal(result.fit, 'natural');
  assert.equal(result.points, 5);
  assert.equal(result.opaque, true);
  assert.match(result.badOption, /^Error BAD_OPTION: /, 'an ordinary error does not end the instance');
  assert.equal(result.stillDraws, 'no error');
  assert.deepEqual(problems, []);
  await context.close();
});
