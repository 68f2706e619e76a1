// For every reader: tooltips on hover, tap and keyboard focus; focus order and live
// announcements; CSV / PNG / SVG downloads; Chinese and right-to-left Urdu; an axe-core audit.
// Headless Chromium, strict CSP, after scripts/build.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { withServerAndBrowser, newPage, serveFixture, waitForCharts, CHARTS, IDS, ARTICLE_CHARTS, LANGUAGE_FIGURES } from './helpers.mjs';
import { charts as READER } from '../../www/i18n/en.js';

let origin;
let browser;
let dataset;
withServerAndBrowser((env) => ({ origin, browser } = env));

async function openArticle(options = {}) {
  const opened = await newPage(browser, { viewport: { width: 1000, height: 900 }, ...options });
  // Source links open in new tabs: keep the test inside the origin, and note where they went.
  opened.leaving = [];
  await opened.context.route((url) => !url.href.startsWith(origin), (route) => { opened.leaving.push(route.request().url()); route.abort(); });
  await opened.page.goto(`${origin}/`);
  await waitForCharts(opened.page, ARTICLE_CHARTS.length);
  dataset ??= await opened.page.evaluate(async () => {
    const api = await import('./pkg/apac_ai_charts.js');
    await api.default();
    return api.dataset();
  });
  return opened;
}

const chart = (page, id) => page.locator(`apac-ai-chart[chart="${id}"]`);
const tipText = (page, id) => chart(page, id).evaluate((el) => {
  const tip = el.shadowRoot.querySelector('.tip');
  return tip.hidden ? null : tip.innerText;
});

/** Page coordinates of the centre of the widest run of `rgb` in a chart's canvas (a bar). */
async function barCentre(page, id, rgb) {
  return chart(page, id).evaluate((el, colour) => {
    const c = el.shadowRoot.querySelector('canvas');
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    // The rows holding the longest run of the colour: the bar; aim at their middle.
    let best = { len: 0 };
    for (let y = 0; y < c.height; y += 1) {
      let run = 0;
      for (let x = 0; x < c.width; x += 1) {
        const i = (y * c.width + x) * 4;
        run = data[i] === colour[0] && data[i + 1] === colour[1] && data[i + 2] === colour[2] ? run + 1 : 0;
        if (run > best.len) best = { len: run, x: x - run / 2, top: y, bottom: y };
        else if (run === best.len && y > best.bottom) best.bottom = y;
      }
    }
    best.y = (best.top + best.bottom) / 2;
    const r = c.getBoundingClientRect();
    const scale = c.width / r.width;
    return { x: r.left + best.x / scale, y: r.top + best.y / scale };
  }, rgb);
}

test('hovering a bar shows its value and source, and rings the bar', async () => {
  const { context, page, problems } = await openArticle();
  await chart(page, 'patent-share').scrollIntoViewIfNeeded();
  const china = await barCentre(page, 'patent-share', [26, 86, 160]);
  const strongPixels = () => chart(page, 'patent-share').evaluate((el) => {
    const c = el.shadowRoot.querySelector('canvas');
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === 26 && data[i + 1] === 26 && data[i + 2] === 26) n += 1;
    return n;
  });
  const before = await strongPixels();
  await page.mouse.move(china.x, china.y);
  await page.waitForFunction(() => !document.querySelector('apac-ai-chart[chart="patent-share"]').shadowRoot.querySelector('.tip').hidden);
  assert.ok((await strongPixels()) > before + 400, 'the hovered bar gets a focus ring');
  const text = await tipText(page, 'patent-share');
  assert.match(text, /^China\n69\.7%/);
  // The source in full: publisher, title as published, date, and the copy it was read in.
  assert.match(text, /Source: Stanford Institute for Human-Centered AI \(HAI\), "Artificial Intelligence Index Report 2025", Apr 2025; read via a text copy of the report\./);
  const link = await chart(page, 'patent-share').evaluate((el) => el.shadowRoot.querySelector('.tip a').href);
  assert.equal(link, dataset.sources.find((s) => s.id === 'ai-index-2025').url);
  // The tooltip stays inside the viewport and is not clipped by the canvas.
  const tip = await chart(page, 'patent-share').evaluate((el) => {
    const r = el.shadowRoot.querySelector('.tip').getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, width: window.innerWidth };
  });
  assert.ok(tip.left >= 0 && tip.right <= tip.width && tip.top >= 0, JSON.stringify(tip));
  // Off the bars: gone.
  await page.mouse.move(china.x, china.y - 200);
  await page.waitForFunction(() => document.querySelector('apac-ai-chart[chart="patent-share"]').shadowRoot.querySelector('.tip').hidden);
  assert.deepEqual(problems, []);
  await context.close();
});

test('tapping a bar on a touch screen pins its tooltip', async () => {
  const { context, page } = await openArticle({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await chart(page, 'patent-share').scrollIntoViewIfNeeded();
  const us = await barCentre(page, 'patent-share', [120, 134, 153]); // the widest neutral bar: United States
  await page.touchscreen.tap(us.x, us.y);
  await page.waitForFunction(() => !document.querySelector('apac-ai-chart[chart="patent-share"]').shadowRoot.querySelector('.tip').hidden);
  assert.match(await tipText(page, 'patent-share'), /^×\nUnited States\n14\.2%/, 'pinned, with a close button');
  const tip = await chart(page, 'patent-share').evaluate((el) => el.shadowRoot.querySelector('.tip').getBoundingClientRect().toJSON());
  assert.ok(tip.left >= 0 && tip.right <= 390, `tooltip leaves a 390 px screen: ${JSON.stringify(tip)}`);
  await context.close();
});

/** What the wasm says of each of chart `id`'s points (hitTest's datums, in keyboard order), laid
 *  out as the element on the page lays it out: at its canvas's CSS size. */
const pointsOf = (page, id) => chart(page, id).evaluate(async (el, chartId) => {
  const api = await import('./pkg/apac_ai_charts.js');
  await api.default();
  const box = el.shadowRoot.querySelector('canvas').getBoundingClientRect();
  const canvas = document.createElement('canvas');
  canvas.style.cssText = `display: block; width: ${box.width}px; height: ${box.height}px`;
  document.body.append(canvas);
  const handle = api.render(canvas, chartId);
  const points = Array.from({ length: handle.pointCount }, (_, i) => handle.point(i));
  handle.free();
  canvas.remove();
  return points;
}, id);

/** The start of the tooltip's text for datum `p`: its label, then its value. */
const tipStart = (p) => [p.label, p.value].filter(Boolean).join('\n');

test('keyboard: Tab focuses the chart, arrows move, the live region announces, Enter opens the source, Escape closes', async () => {
  const { context, page, problems, leaving } = await openArticle();
  // The article's first chart, its points as the wasm gives them.
  const [first, next] = ARTICLE_CHARTS;
  const points = await pointsOf(page, first);
  assert.ok(points.length >= 2, `${first}: ${points.length} points`);
  // Focus order: first focusable thing in the article is the first chart's canvas.
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const host = document.activeElement;
    return { host: host?.getAttribute('chart'), inner: host?.shadowRoot?.activeElement?.tagName };
  });
  assert.deepEqual(focused, { host: first, inner: 'CANVAS' });
  assert.ok((await tipText(page, first)).startsWith(tipStart(points[0])), 'focus shows the first point');
  await page.keyboard.press('ArrowDown');
  assert.ok((await tipText(page, first)).startsWith(tipStart(points[1])), 'ArrowDown moves to the second');
  const live = await chart(page, first).evaluate((el) => el.shadowRoot.querySelector('[aria-live]').textContent);
  assert.equal(live, points[1].announcement);
  assert.match(live, /\. Source: /, 'the announcement names its source');
  await page.keyboard.press('End');
  const last = points.at(-1);
  assert.ok((await tipText(page, first)).startsWith(tipStart(last)), 'End moves to the last');
  const popup = context.waitForEvent('page');
  await page.keyboard.press('Enter');
  const opened = await popup;
  await opened.waitForEvent('requestfailed').catch(() => {});
  assert.deepEqual([...new Set(leaving)], [last.sourceUrl], 'Enter opened the source in a new tab');
  assert.ok(dataset.sources.some((s) => s.url === last.sourceUrl), 'a source of the dataset');
  await opened.close();
  await page.keyboard.press('Escape');
  assert.equal(await tipText(page, first), null);
  // Tab order continues: the tooltip's link is gone, so next is the bar's "Sources and data"
  // button; Enter opens its panel, whose sources links, CSV and PNG buttons, SVG link and
  // embed-code button come next; then the next chart.
  await page.keyboard.press('Tab');
  const more = () => page.evaluate(() => {
    const inner = document.activeElement?.shadowRoot?.activeElement;
    return { chart: document.activeElement?.getAttribute('chart'), text: inner?.textContent, expanded: inner?.getAttribute('aria-expanded') };
  });
  assert.deepEqual(await more(), { chart: first, text: 'Sources and data', expanded: 'false' });
  await page.keyboard.press('Enter');
  assert.deepEqual(await more(), { chart: first, text: 'Sources and data', expanded: 'true' });
  const expected = [...READER[first].sources.map(() => 'A'), 'BUTTON', 'BUTTON', 'A', 'BUTTON'].map((tag) => `${first}:${tag}`);
  const order = [];
  for (let i = 0; i < expected.length; i += 1) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => {
      const inner = document.activeElement?.shadowRoot?.activeElement;
      return `${document.activeElement?.getAttribute('chart')}:${inner?.tagName}:${inner?.textContent.slice(0, 22)}`;
    }));
  }
  assert.deepEqual(order.map((o) => o.split(':').slice(0, 2).join(':')), expected);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('chart')), next);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the panel under each chart cites every source of its description, in full, behind the bar\'s button', async () => {
  const { context, page } = await openArticle();
  for (const id of ARTICLE_CHARTS) {
    const el = chart(page, id);
    await el.scrollIntoViewIfNeeded();
    const closed = await el.evaluate((e) => e.shadowRoot.querySelector('.panel').hidden);
    assert.equal(closed, true, `${id}: the panel starts closed`);
    await el.locator('.bar .more').click();
    const caption = await el.evaluate((e) => {
      const panel = e.shadowRoot.querySelector('.panel');
      const details = panel.querySelector('details');
      return { hidden: panel.hidden, expanded: e.shadowRoot.querySelector('.bar .more').getAttribute('aria-expanded'),
        summary: details?.querySelector('summary').textContent ?? null, heading: details ? null : panel.querySelector('p').textContent,
        items: [...panel.querySelectorAll('.sources li')].map((li) => li.textContent), legend: panel.querySelector('.ours')?.textContent ?? null };
    });
    const sources = READER[id].sources;
    assert.equal(caption.hidden, false, id);
    assert.equal(caption.expanded, 'true', id);
    assert.deepEqual(caption.items, sources.map((c) => c.text), id);
    if (sources.length > 2) assert.equal(caption.summary, `Sources (${sources.length})`, id);
    else assert.equal(caption.heading, sources.length > 1 ? 'Sources:' : 'Source:', id);
    assert.equal(caption.legend !== null, sources.some((c) => c.titleIsOurs), `${id}: the [brackets] legend where a title is ours`);
    if (caption.legend) assert.match(caption.legend, /^Titles in \[square brackets\]/);
  }
  await context.close();
});

test('screen readers: role=img with a generated summary, and a data table with source links', async () => {
  const { context, page } = await openArticle();
  const info = await chart(page, 'patent-share').evaluate((el) => {
    const c = el.shadowRoot.querySelector('canvas');
    const table = el.shadowRoot.querySelector('table');
    return {
      role: c.getAttribute('role'),
      label: c.getAttribute('aria-label'),
      caption: table.caption.textContent,
      head: [...table.tHead.rows[0].cells].map((th) => th.textContent),
      rows: [...table.tBodies[0].rows].map((r) => [...r.cells].map((td) => td.textContent)),
      links: [...table.querySelectorAll('a')].map((a) => a.href),
    };
  });
  assert.equal(info.role, 'img');
  assert.match(info.label, /^Share of AI patents granted in 2023: China 69\.7%, United States 14\.2%, Europe 2\.8%, India 0\.4%, Rest of world 13\.0%\./);
  assert.deepEqual(info.head, ['Area', 'Share of AI patents granted in 2023 (%)', 'Source', 'Source URL']);
  for (const slice of dataset.patentShare.slices) {
    const row = info.rows.find((r) => r[0] === slice.label);
    assert.ok(row, `${slice.label} missing from the table`);
    assert.equal(Number(row[1]), slice.percent);
  }
  assert.equal(info.links.length, 5);
  await context.close();
});

function parseCsv(text) {
  const rows = [];
  let row = [''];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { row[row.length - 1] += '"'; i += 1; } else if (c === '"') quoted = false; else row[row.length - 1] += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push('');
    else if (c === '\r' && text[i + 1] === '\n') { rows.push(row); row = ['']; i += 1; } else row[row.length - 1] += c;
  }
  return rows;
}

test('downloads: each chart\'s CSV parses to its data table, the PNG is 2x, the SVG is the static rendering', async () => {
  const { context, page } = await openArticle();
  for (const id of ARTICLE_CHARTS) {
    const below = chart(page, id);
    await below.scrollIntoViewIfNeeded();
    await below.locator('.bar .more').click(); // the panel with the buttons
    const get = async (name) => {
      const [dl] = await Promise.all([page.waitForEvent('download'), below.locator(`.actions >> text=${name}`).click()]);
      return { name: dl.suggestedFilename(), body: await readFile(await dl.path()) };
    };
    const csv = await get('Get the data (CSV)');
    assert.equal(csv.name, `${id}.csv`);
    const text = csv.body.toString('utf8');
    assert.equal(text.charCodeAt(0), 0xfeff, 'UTF-8 byte-order mark');
    // The same table the screen reader gets (www/i18n/en.js, generated from the dataset).
    assert.deepEqual(parseCsv(text.slice(1)), [READER[id].columns, ...READER[id].rows], `${id}.csv`);

    const png = await get('Download PNG');
    assert.equal(png.name, `${id}.png`);
    assert.deepEqual([...png.body.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'PNG signature');
    const width = png.body.readUInt32BE(16);
    const height = png.body.readUInt32BE(20);
    const css = await below.evaluate((el) => el.shadowRoot.querySelector('canvas').getBoundingClientRect().toJSON());
    assert.equal(width, Math.round(css.width) * 2, id);
    assert.equal(height, Math.round(css.height) * 2, id);

    const svg = await get('Download SVG');
    assert.equal(svg.name, `${id}.svg`);
    const href = await below.evaluate((el) => el.shadowRoot.querySelector('.actions a[download]').href);
    assert.match(new URL(href).pathname, new RegExp(`^/static/${id}-light-(240|280|360|480|640|1280)\\.svg$`));
    assert.equal(svg.body.toString('utf8'), await readFile(`www${new URL(href).pathname}`, 'utf8'), `${id}.svg is the static picture`);
  }
  // The patent chart's rows are the dataset's shares.
  const rows = READER['patent-share'].rows;
  for (const slice of dataset.patentShare.slices) assert.equal(Number(rows.find((row) => row[0] === slice.label)?.[1]), slice.percent, slice.label);
  await context.close();
});

/** The charts drawn in `lang`. */
const drawnIn = (lang) => IDS.filter((id) => CHARTS[id].langs.includes(lang));
const LANGUAGE_PAGE = `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>中文</title>
<script type="module" src="/embed.min.js"></script></head><body>
${drawnIn('zh-Hans').map((id) => `<apac-ai-chart chart="${id}" theme="light"></apac-ai-chart>`).join('\n')}
<div lang="ur" dir="rtl">${drawnIn('ur').map((id) => `<apac-ai-chart chart="${id}" theme="light"></apac-ai-chart>`).join('\n')}</div></body></html>`;

test('lang="zh-Hans" draws and describes in Chinese; lang="ur" draws every chart in Urdu, mirrored right to left', async () => {
  const { context, page, problems } = await newPage(browser, { viewport: { width: 800, height: 900 } });
  await serveFixture(page, `${origin}/languages-fixture.html`, LANGUAGE_PAGE);
  await page.goto(`${origin}/languages-fixture.html`);
  await waitForCharts(page, drawnIn('zh-Hans').length + drawnIn('ur').length);
  // Wait for each language's texts: Chinese in the page, Urdu in its section.
  await page.waitForFunction(() => [...document.querySelectorAll('apac-ai-chart')].every((el) => {
    const label = el.shadowRoot.querySelector('canvas').getAttribute('aria-label') ?? '';
    return el.closest('[lang="ur"]') ? /[\u0600-\u06ff]/.test(label) : /[\u4e00-\u9fff]/.test(label);
  }));
  const charts = await page.$$eval('apac-ai-chart', (els) => els.map((el) => {
    const c = el.shadowRoot.querySelector('canvas');
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    // The longest accent-coloured run: the China bar on the patent chart.
    let bar = { len: 0, start: 0 };
    for (let y = 0; y < c.height; y += 1) {
      let run = 0;
      for (let x = 0; x < c.width; x += 1) {
        const i = (y * c.width + x) * 4;
        run = data[i] === 26 && data[i + 1] === 86 && data[i + 2] === 160 ? run + 1 : 0;
        if (run > bar.len) bar = { len: run, start: x - run + 1 };
      }
    }
    const barStart = bar.start / c.width;
    const barEnd = (bar.start + bar.len) / c.width;
    const frame = el.shadowRoot.querySelector('.frame');
    return { chart: el.getAttribute('chart'), label: c.getAttribute('aria-label'), caption: el.shadowRoot.querySelector('caption').textContent,
      barStart, barEnd, dir: frame.dir, lang: frame.getAttribute('lang'), button: el.shadowRoot.querySelector('.actions button').textContent };
  }));
  const chinese = charts.filter((c) => c.lang === 'zh-Hans');
  const urdu = charts.filter((c) => c.lang === 'ur');
  assert.deepEqual(chinese.map((c) => c.chart), drawnIn('zh-Hans'));
  assert.deepEqual(urdu.map((c) => c.chart), drawnIn('ur'));
  for (const c of chinese) {
    assert.match(c.caption, /^图表所示数据/, c.chart);
    assert.equal(c.button, '获取数据（CSV）', c.chart);
    assert.notEqual(c.dir, 'rtl', c.chart);
  }
  for (const c of urdu) {
    assert.equal(c.dir, 'rtl', c.chart);
    assert.match(c.label, /[\u0600-\u06ff]/, `${c.chart}: Urdu summary`);
  }
  // The patent chart: its summary in each language, and its China bar on the reading side.
  const patentIn = (list) => list.find((c) => c.chart === 'patent-share');
  const zhPatent = patentIn(chinese);
  assert.match(zhPatent.label, /^2023年授权AI专利份额：中国69\.7%，美国14\.2%，欧洲2\.8%，印度0\.4%，世界其他地区13\.0%。来源：/);
  assert.ok(zhPatent.barStart < 0.3 && zhPatent.barEnd < 0.9, `left to right: the China bar starts on the left (${zhPatent.barStart}–${zhPatent.barEnd})`);
  const urPatent = patentIn(urdu);
  assert.match(urPatent.label, /^2023 میں عطا کیے گئے AI پیٹنٹس کا حصہ/, 'Urdu patent summary');
  assert.ok(urPatent.barEnd > 0.7 && urPatent.barStart > 0.1, `right to left: the China bar grows from the right (${urPatent.barStart}–${urPatent.barEnd})`);
  await page.screenshot({ path: 'test-results/languages.png', fullPage: true }).catch(() => {});
  assert.deepEqual(problems, []);
  await context.close();
});

test('languages.html: no text of any chart, Chinese or Urdu, runs past its canvas at any width', async () => {
  // The Urdu charts come after the Chinese ones: words such as "2023" and "AI" measured on a
  // Chinese canvas (Chinese fallback fonts) once drew the Urdu texts too wide, past the left edge.
  for (const width of [1000, 700, 420]) {
    const { context, page, problems } = await newPage(browser, { viewport: { width, height: 900 } });
    await page.goto(`${origin}/languages.html`);
    await waitForCharts(page, LANGUAGE_FIGURES);
    await page.waitForFunction(() => /[\u0600-\u06ff]/.test(document.querySelector('section[lang="ur"] apac-ai-chart').shadowRoot.querySelector('canvas').getAttribute('aria-label') ?? ''));
    const edges = await page.$$eval('apac-ai-chart', (els) => els.map((el) => {
      const c = el.shadowRoot.querySelector('canvas');
      const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
      const bg = [data[0], data[1], data[2]];
      const inked = (x) => {
        let n = 0;
        for (let y = 0; y < c.height; y += 1) {
          const i = (y * c.width + x) * 4;
          if (Math.abs(data[i] - bg[0]) + Math.abs(data[i + 1] - bg[1]) + Math.abs(data[i + 2] - bg[2]) > 30) n += 1;
        }
        return n;
      };
      return { chart: el.getAttribute('chart'), lang: el.closest('[lang]').getAttribute('lang'), ink: [0, 1, 2, c.width - 3, c.width - 2, c.width - 1].map(inked) };
    }));
    for (const e of edges) assert.deepEqual(e.ink, [0, 0, 0, 0, 0, 0], `${e.chart} (${e.lang}) at ${width} px: ink at the canvas's edge`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

const MIXED = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mixed themes</title>
<link rel="stylesheet" href="/style.css"><script type="module" src="/embed.min.js"></script></head><body><main>
<h1>Charts whose theme differs from the page's</h1>
${IDS.map((id, i) => `<apac-ai-chart chart="${id}" theme="${i % 2 ? 'light' : 'dark'}"></apac-ai-chart>`).join('\n')}</main></body></html>`;

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no serious or critical accessibility violation (${scheme})`, async () => {
    const axe = await readFile('node_modules/axe-core/axe.min.js', 'utf8');
    for (const path of ['/', '/languages.html', '/mixed.html']) {
      const { context, page } = await newPage(browser, { viewport: { width: 1000, height: 900 }, scheme });
      await serveFixture(page, `${origin}/mixed.html`, MIXED);
      await page.goto(`${origin}${path}`);
      await waitForCharts(page, { '/': ARTICLE_CHARTS.length, '/languages.html': LANGUAGE_FIGURES, '/mixed.html': IDS.length }[path]);
      // With a tooltip open too.
      await page.keyboard.press('Tab');
      await page.evaluate(axe);
      const result = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
      });
      const serious = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(serious, [], `${path}: ${JSON.stringify(result, null, 1)}`);
      await context.close();
    }
  });
}

test('tooltips are built from text nodes only, and motion is off under prefers-reduced-motion', async () => {
  // The sources (the entry and its modules in www/src/) and the shipped bundle.
  const modules = (await readdir('www/src')).filter((f) => f.endsWith('.js')).map((f) => `www/src/${f}`);
  assert.ok(modules.length >= 8, `the element's modules: ${modules}`);
  for (const file of ['www/embed.js', ...modules, 'target/site/embed.min.js']) {
    const source = await readFile(file, 'utf8');
    assert.doesNotMatch(source, /innerHTML|outerHTML|insertAdjacentHTML|document\.write/, `no HTML strings anywhere in the element (${file})`);
  }
  for (const [motion, expected] of [['no-preference', '0.08s'], ['reduce', '0s']]) {
    const { context, page } = await openArticle({ reducedMotion: motion });
    await page.keyboard.press('Tab');
    const duration = await chart(page, ARTICLE_CHARTS[0]).evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.tip')).transitionDuration);
    assert.equal(duration, expected, `tooltip transition with prefers-reduced-motion: ${motion}`);
    await context.close();
  }
});
