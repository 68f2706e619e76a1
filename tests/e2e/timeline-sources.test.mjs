// The initiative timeline's particulars as a reader meets them: an event with two sources cites
// both and says which gives what, in the tooltip and in the table (so the CSV); Chinese citations
// keep full-width punctuation without ASCII spaces. Headless Chromium, after scripts/build.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser, newPage, serveFixture, waitForCharts, ARTICLE_CHARTS } from './helpers.mjs';
import { charts as READER } from '../../www/i18n/en.js';

const ID = 'initiative-timeline';
let origin;
let browser;
withServerAndBrowser((env) => ({ origin, browser } = env));

const tipOf = (el) => el.evaluate((e) => {
  const tip = e.shadowRoot.querySelector('.tip');
  return tip.hidden ? null : tip.innerText;
});

test('an event with two sources cites both in its tooltip, saying which gives what', async () => {
  const { context, page, problems } = await newPage(browser, { viewport: { width: 1000, height: 900 } });
  await context.route((url) => !url.href.startsWith(origin), (route) => route.abort());
  await page.goto(`${origin}/`);
  await waitForCharts(page, ARTICLE_CHARTS.length);
  const timeline = page.locator(`apac-ai-chart[chart="${ID}"]`);
  await timeline.scrollIntoViewIfNeeded();
  const canvas = timeline.locator('canvas');
  await canvas.focus();
  await canvas.press('End');
  await canvas.press('ArrowUp');
  await canvas.press('ArrowUp'); // the AI Basic Act
  const tip = await tipOf(timeline);
  assert.match(tip, /^South Korea's AI Basic Act takes effect/);
  assert.match(tip, /\nSources:\nEvent and place: Ministry of Science and ICT, Republic of Korea, \[Notice: the AI Basic Act takes effect in January 2026\], undated\.\nDate: Korea\.net, \[Report, published after the article: the AI Basic Act took effect on 22 Jan\], undated\./);
  const links = await timeline.evaluate((el) => [...el.shadowRoot.querySelectorAll('.tip a')].map((a) => a.title));
  assert.equal(links.length, 2);
  assert.ok(links.every((title) => title.startsWith('Titles in [square brackets] are our descriptions')), 'our titles say so on hover');
  // The caption names a source the article does not link: read via another publisher.
  const items = await timeline.evaluate((el) => [...el.shadowRoot.querySelectorAll('.panel .sources li')].map((li) => li.textContent));
  assert.ok(items.includes('Xinhua, [Report: APEC Symposium and Informal Senior Officials\' Meeting begins in Shenzhen], 11 Dec 2025; read via People\'s Daily Online.'), items.join('\n'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the table (and so the CSV) gives each event its sources; a row with two says which gives what', () => {
  const { columns, rows } = READER[ID];
  assert.deepEqual(columns.slice(-4), ['Source', 'Source URL', 'Second source', 'Second source URL']);
  const korea = rows.find((r) => r[0] === '22 Jan 2026');
  assert.ok(korea, rows.map((r) => r[0]).join(', '));
  assert.match(korea[columns.indexOf('Source')], /^Event and place: Ministry of Science and ICT, Republic of Korea, \[Notice: .*\], undated\.$/);
  assert.match(korea[columns.indexOf('Second source')], /^Date: Korea\.net, \[Report, published after the article: the AI Basic Act took effect on 22 Jan\], undated\.$/);
});

test('Chinese citations: no ASCII space after a full-width colon, 精确 said once, titles as published', async () => {
  const zh = await newPage(browser, { viewport: { width: 800, height: 900 } });
  const html = `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>中文</title>
<script type="module" src="/embed.min.js"></script></head><body><apac-ai-chart chart="${ID}" theme="light"></apac-ai-chart></body></html>`;
  await serveFixture(zh.page, `${origin}/zh-timeline.html`, html);
  await zh.page.goto(`${origin}/zh-timeline.html`);
  await waitForCharts(zh.page, 1);
  const timeline = zh.page.locator(`apac-ai-chart[chart="${ID}"]`);
  await zh.page.waitForFunction((id) => /[\u4e00-\u9fff]/.test(document.querySelector(`apac-ai-chart[chart="${id}"]`).shadowRoot.querySelector('canvas').getAttribute('aria-label') ?? ''), ID);
  await timeline.locator('canvas').focus();
  await timeline.locator('canvas').press('End');
  const tip = await tipOf(timeline);
  assert.doesNotMatch(tip, /： /, 'no ASCII space after a full-width colon');
  assert.match(tip, /日期精确到：日/);
  assert.match(tip, /来源：\n事件、日期和地点：aipmo\.co，［欧盟《人工智能法》时间表］，未注明日期。/);
  assert.deepEqual(zh.problems, []);
  await zh.context.close();
});
