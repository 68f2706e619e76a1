// No input and no page can break the widget: random JS values thrown at every export, stress
// with many charts and resizes, freed handles, lost contexts, tiny and huge canvases.
// Short runs here (the test command); long runs: ROBUST_VALUES=100000 STRESS_ROUNDS=1000.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser, newPage, serveFixture, waitForCharts, IDS, ARTICLE_CHARTS } from './helpers.mjs';

const VALUES = Number(process.env.ROBUST_VALUES ?? 10000);
const ROUNDS = Number(process.env.STRESS_ROUNDS ?? 100);
let origin;
let browser;
withServerAndBrowser((env) => ({ origin, browser } = env));

test(`${VALUES} random JS values at render(), preferredHeight(), addTranslations() and the handle's methods: each draws or throws an Error`, async () => {
  const { context, page } = await newPage(browser, { viewport: { width: 900, height: 900 } });
  await page.goto(`${origin}/`);
  await waitForCharts(page, ARTICLE_CHARTS.length);
  const result = await page.evaluate(async ([count, ids]) => {
    const m = await import('./pkg/apac_ai_charts.js');
    await m.default();
    let seed = 12345;
    const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    const pick = (xs) => xs[Math.floor(rand() * xs.length)];
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const canvas = (w, h, attach) => {
      const c = document.createElement('canvas');
      c.width = w; c.height = h;
      if (attach) { c.style.width = `${w}px`; c.style.height = `${h}px`; document.body.append(c); }
      return c;
    };
    const webgl = canvas(300, 300, false); webgl.getContext('webgl');
    const offscreen = canvas(640, 480, false); offscreen.transferControlToOffscreen();
    const numbers = [0, -0, 1, -1, 0.5, 2, 3, 8, 9, 1e308, -1e308, 5e-324, NaN, Infinity, -Infinity, 2 ** 53, 4096, 640, 8192];
    const strings = ['', 'light', 'dark', 'auto', 'rtl', 'ltr', 'zh-Hans', 'ur', 'en', '#1a56a0', 'rgb(1,2,3)', 'x'.repeat(100000), '\u0000', '🙂', 'patent-share', 'pie'];
    const value = (depth = 0) => {
      switch (Math.floor(rand() * (depth > 2 ? 8 : 12))) {
        case 0: return pick(numbers);
        case 1: return pick(strings);
        case 2: return rand() < 0.5;
        case 3: return pick([null, undefined]);
        case 4: return Symbol('s');
        case 5: return BigInt(Math.floor(rand() * 1e6));
        case 6: return pick([revoked.proxy, new Date(), new Map([['theme', 'dark']]), () => 1, document.body, window]);
        case 7: return pick(ids);
        case 8: return Array.from({ length: Math.floor(rand() * 4) }, () => value(depth + 1));
        case 9: case 10: {
          const keys = ['theme', 'pixelRatio', 'colors', 'lang', 'dir', 'accent', 'background', 'foo', ''];
          const o = {};
          for (let i = 0; i < Math.floor(rand() * 4); i += 1) o[pick(keys)] = value(depth + 1);
          return o;
        }
        default: return Object.create(null);
      }
    };
    const canvases = () => pick([
      canvas(640, 480, true), canvas(1, 1, true), canvas(0, 0, true), canvas(640, 480, false), canvas(300, 150, false),
      canvas(2000, 3000, false), webgl, offscreen, null, document.body, value(),
    ]);
    const outcomes = { drew: 0, errors: 0, other: [] };
    const attempt = (f) => {
      try { f(); outcomes.drew += 1; } catch (e) {
        if (e instanceof Error && !(e instanceof WebAssembly.RuntimeError) && e.message.length > 0) outcomes.errors += 1;
        else if (outcomes.other.length < 5) outcomes.other.push(String(e));
      }
    };
    for (let i = 0; i < count; i += 1) {
      const id = rand() < 0.7 ? pick(ids) : value();
      const opts = rand() < 0.3 ? undefined : value();
      let handle = null;
      attempt(() => { handle = m.render(canvases(), id, opts); });
      if (handle) {
        attempt(() => handle.draw());
        attempt(() => handle.hitTest(value(), value()));
        attempt(() => handle.point(value()));
        attempt(() => handle.highlight(value()));
        attempt(() => handle.pointCount);
        handle.free();
        attempt(() => handle.draw()); // freed: must be a clean Error too
      }
      attempt(() => m.preferredHeight(value(), value(), value()));
      attempt(() => m.addTranslations(value(), value()));
      if (i % 200 === 0) document.querySelectorAll('body > canvas').forEach((c) => c.remove());
    }
    document.querySelectorAll('body > canvas').forEach((c) => c.remove());
    // Afterwards every chart still renders correctly.
    const after = ids.map((id) => {
      const c = canvas(640, 900, true);
      const h = m.render(c, id, { pixelRatio: 1 });
      const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] < 200) inked += 1;
      h.free();
      c.remove();
      return inked / (c.width * c.height);
    });
    return { ...outcomes, after };
  }, [VALUES, IDS]);
  assert.deepEqual(result.other, [], 'something other than an Error was thrown');
  assert.ok(result.drew > VALUES / 10 && result.errors > VALUES / 10, JSON.stringify(result));
  for (const share of result.after) assert.ok(share > 0.02, `a chart is blank afterwards: ${result.after}`);
  // The page's own charts were not disturbed either.
  assert.deepEqual(await page.$$eval('apac-ai-chart', (els) => els.map((el) => el.state)), ARTICLE_CHARTS.map(() => 'drawn'));
  await context.close();
});

const TWENTY_FOUR = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>24 charts</title>
<link rel="stylesheet" href="/grid.css"><script type="module" src="/embed.min.js"></script></head><body><div class="grid">
${Array.from({ length: 24 }, (_, i) => `<apac-ai-chart chart="${IDS[i % IDS.length]}" theme="${i % 2 ? 'dark' : 'light'}"></apac-ai-chart>`).join('\n')}
</div></body></html>`;

test(`24 charts through 3 × ${ROUNDS} resizes: no error, wasm memory and JS heap back within 64 KiB of the first round`, async () => {
  const { context, page, problems } = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await serveFixture(page, `${origin}/stress.html`, TWENTY_FOUR);
  await page.route(`${origin}/grid.css`, (r) => r.fulfill({ contentType: 'text/css', body: '.grid { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; width: 1200px; }' }));
  await page.goto(`${origin}/stress.html`);
  await waitForCharts(page, 24);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // JS heap: the bytes of JavaScript objects in a heap snapshot. Blink's own native records in
  // the same heap (hash tables that grow in steps, the browser's long-animation-frame timing
  // buffer) are reported separately: they are the browser's, not the widget's.
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const chunks = [];
    const onChunk = (e) => chunks.push(e.chunk);
    cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    const snap = JSON.parse(chunks.join(''));
    const fields = snap.snapshot.meta.node_fields;
    const types = snap.snapshot.meta.node_types[0];
    const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')];
    let js = 0;
    let native = 0;
    for (let i = 0; i < snap.nodes.length; i += fields.length) {
      const type = types[snap.nodes[i + typeAt]];
      if (type === 'native' || type === 'synthetic') native += snap.nodes[i + sizeAt];
      else js += snap.nodes[i + sizeAt];
    }
    return { heap: js, native, wasm: await page.evaluate(() => customElements.get('apac-ai-chart').wasmMemoryBytes) };
  };
  const rounds = (n) => page.evaluate(async (count) => {
    const grid = document.querySelector('.grid');
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    for (let i = 0; i < count; i += 1) {
      grid.style.width = `${1000 + ((i * 53) % 280)}px`;
      await frame();
    }
    grid.style.width = '1200px';
    await frame(); await frame();
  }, n);
  // The first round warms the engine's caches up (measured: the JS heap settles after about 700
  // resizes of 24 charts); memory is measured after it and after two more rounds.
  await rounds(Math.max(ROUNDS, 800));
  const first = await measure();
  const drawsBefore = await page.$$eval('apac-ai-chart', (els) => els.reduce((n, el) => n + el.drawCount, 0));
  await rounds(ROUNDS);
  await rounds(ROUNDS);
  const drawsAfter = await page.$$eval('apac-ai-chart', (els) => els.reduce((n, el) => n + el.drawCount, 0));
  const last = await measure();
  assert.ok(drawsAfter - drawsBefore >= 2 * 24 * ROUNDS * 0.5, `charts did not follow the resizes: ${drawsAfter - drawsBefore} draws`);
  assert.ok(last.wasm - first.wasm <= 64 * 1024, `wasm memory grew ${last.wasm - first.wasm} B`);
  assert.ok(last.heap - first.heap <= 64 * 1024, `JS heap grew ${last.heap - first.heap} B`);
  assert.deepEqual(await page.$$eval('apac-ai-chart', (els) => els.filter((el) => el.state !== 'drawn').length), 0);
  assert.deepEqual(problems, []);
  console.log(`# stress: ${drawsAfter - drawsBefore} draws; wasm ${first.wasm} → ${last.wasm} B; JS objects ${first.heap} → ${last.heap} B; Blink native ${first.native} → ${last.native} B`);
  await context.close();
});

test('freed handles leak nothing; lost contexts, 1×1 and 8192×8192 canvases fail cleanly or draw', async () => {
  const { context, page } = await newPage(browser, { viewport: { width: 900, height: 900 } });
  await page.goto(`${origin}/`);
  await waitForCharts(page, ARTICLE_CHARTS.length);
  const r = await page.evaluate(async (ids) => {
    const m = await import('./pkg/apac_ai_charts.js');
    const { memory: wasmMemory } = await m.default(); // the API entry's own instance
    const memory = () => wasmMemory.buffer.byteLength;
    const c = document.createElement('canvas');
    c.width = 640; c.height = 700;
    // Every chart once first: each leaves the memory its layout grew, which later draws reuse.
    for (let i = 0; i < 50 * ids.length; i += 1) m.render(c, ids[i % ids.length]).free();
    const before = memory();
    for (let i = 0; i < 1000; i += 1) m.render(c, ids[i % ids.length]).free();
    const afterFree = memory();
    const outcome = (f) => { try { f(); return 'drew'; } catch (e) { return e instanceof Error && !(e instanceof WebAssembly.RuntimeError) ? `error: ${e.message}` : `BAD ${e}`; } };
    // Canvas removed from the page after render: drawing goes on off-screen or fails cleanly.
    const attached = document.createElement('canvas');
    attached.style.width = '640px'; attached.style.height = '700px';
    document.body.append(attached);
    const h = m.render(attached, 'patent-share');
    attached.remove();
    const removed = outcome(() => h.draw());
    // No 2D context to be had (control transferred to an OffscreenCanvas).
    const lost = document.createElement('canvas');
    lost.width = 640; lost.height = 700;
    lost.transferControlToOffscreen();
    const lostContext = outcome(() => m.render(lost, 'patent-share'));
    const tiny = document.createElement('canvas'); tiny.width = 1; tiny.height = 1;
    const huge = document.createElement('canvas'); huge.width = 4096; huge.height = 4096;
    const hugeOutcome = outcome(() => m.render(huge, 'patent-share', { pixelRatio: 2 }).free());
    const tooHuge = document.createElement('canvas'); tooHuge.width = 4097; tooHuge.height = 400;
    return { before, afterFree, removed, lostContext, tiny: outcome(() => m.render(tiny, 'patent-share')),
      huge: hugeOutcome, hugeSize: [huge.width, huge.height], tooHuge: outcome(() => m.render(tooHuge, 'patent-share', { pixelRatio: 2 })),
      after: outcome(() => m.render(c, 'patent-share').free()) };
  }, IDS);
  assert.equal(r.afterFree - r.before, 0, `1000 render/free cycles grew wasm memory by ${r.afterFree - r.before} B`);
  assert.match(r.removed, /^(drew|error: draw\(\): )/);
  assert.match(r.lostContext, /^error: render\(\): drawing failed: the canvas has no 2D context/);
  assert.match(r.tiny, /^error: render\(\): canvas is 1×1 CSS px/);
  assert.equal(r.huge, 'drew', `8192×8192 backing store: ${r.huge}`);
  assert.deepEqual(r.hugeSize, [8192, 8192]);
  assert.match(r.tooHuge, /^error: render\(\): canvas backing store would be 8194×800 px/);
  assert.equal(r.after, 'drew');
  await context.close();
});
