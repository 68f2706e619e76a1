#!/usr/bin/env node
// Measures time to first chart on the host page: navigation start → all its charts drawn,
// median of N cold loads (fresh browser context each) in headless Debian Chromium.
// Usage: node scripts/first-chart.mjs [N=10]   (after scripts/build.sh; starts its own server on target/site/)
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chromium } from 'playwright-core';

const runs = Number(process.argv[2] ?? 10);
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const origin = (await once(server.stdout, 'data'))[0].toString().match(/http:\/\/localhost:\d+/)[0];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
const results = [];
for (let i = 0; i < runs; i += 1) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => document.documentElement.dataset.charts?.startsWith('drawn'));
  results.push(await page.evaluate(() => ({
    charts: document.querySelectorAll('apac-ai-chart').length,
    drawnAt: Number(document.documentElement.dataset.drawnAtMs),
    firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  })));
  await context.close();
}
await browser.close();
server.kill();
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
console.log(`runs: ${runs}`);
console.log(`navigation start → ${results[0].charts} charts drawn: median ${median(results.map((r) => r.drawnAt))} ms`);
console.log(`navigation start → first contentful paint (the article's text): median ${Math.round(median(results.map((r) => r.firstContentfulPaint)))} ms`);
