#!/usr/bin/env node
// Pools several runs of bench/run.mjs (the bench/dist/results-*.json each run writes): cold-load
// numbers are the median of every load of every run; redraw numbers are the median of the runs'
// medians. Prints the tables docs/performance.md carries, and each run's own ratios beside them.
//   node bench/pool.mjs bench/dist/results-*.json
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2);
if (!files.length) throw new Error('usage: node bench/pool.mjs bench/dist/results-*.json');
const runs = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const ms = (v) => (v === null || v === undefined || Number.isNaN(v) ? 'n/a' : `${v.toFixed(0)} ms`);
const ms1 = (v) => `${v.toFixed(1)} ms`;
const kib = (v) => `${(v / 1024).toFixed(1)} KiB`;
const r2 = (a, b) => (a === null || b === null || !b ? '–' : (a / b).toFixed(2));
const LABEL = {
  ours: 'ours, API, page with the 2 preload hints', 'ours-plain': 'ours, API, no hints',
  'ours-element': 'ours, element (one-line embed, no hints)', 'ours-element-hints': 'ours, element + the 2 preload hints',
  chartjs: 'Chart.js 4',
};

console.log(`${runs.length} runs × ${runs.map((r) => r.runs).join('/')} cold loads per page; Chromium ${runs[0].version}`);
for (const profile of Object.keys(runs[0].raw)) {
  const pages = Object.keys(runs[0].raw[profile]);
  const pooled = (lib, key) => median(runs.flatMap((r) => r.raw[profile][lib][key]));
  const perRun = (lib, key) => runs.map((r) => median(r.raw[profile][lib][key]));
  const c = { done: pooled('chartjs', 'done'), tbt: pooled('chartjs', 'tbt'), bytes: pooled('chartjs', 'bytes') };
  console.log(`\n### ${profile}\n`);
  console.log('| page | navigation → charts drawn | ÷ Chart.js | total blocking time | ÷ Chart.js | bytes on the wire | ÷ Chart.js | last byte of code | code → drawn |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const lib of pages) {
    const d = pooled(lib, 'done');
    const t = pooled(lib, 'tbt');
    const b = pooled(lib, 'bytes');
    console.log(`| ${LABEL[lib] ?? lib} | ${ms(d)} | **${r2(d, c.done)}** | ${ms(t)} | **${r2(t, c.tbt)}** | ${kib(b)} | ${r2(b, c.bytes)} | ${ms(pooled(lib, 'arrived'))} | ${ms(pooled(lib, 'after'))} |`);
  }
  console.log('\nper run, navigation → drawn ÷ Chart.js / TBT ÷ Chart.js:');
  for (const lib of pages.filter((p) => p !== 'chartjs')) {
    const d = perRun(lib, 'done');
    const t = perRun(lib, 'tbt');
    const cd = perRun('chartjs', 'done');
    const ct = perRun('chartjs', 'tbt');
    console.log(`  ${lib}: ${d.map((x, i) => r2(x, cd[i])).join(' ')} / ${t.map((x, i) => r2(x, ct[i])).join(' ')}`);
  }
  const m = (lib, key) => median(runs.map((r) => r.results[profile][lib][key]));
  const each = (key) => runs.map((r) => r2(r.results[profile].ours[key], r.results[profile].chartjs[key])).join(' ');
  console.log('\n| redraw (median of the runs\' medians) | this widget | Chart.js 4 | ours ÷ Chart.js | each run |\n|---|---:|---:|---:|---|');
  for (const [name, key] of [['the charts at a new size', 'redrawMedian'], ['p95', 'redrawP95'],
    ['of it: the browser resizing the canvases, nothing drawn', 'floor'], ['of it: the library\'s own work (median of redraw − resizing, pairwise)', 'drawing'],
    ['the charts at the size they have (draw() / update(\'none\'))', 'same']]) {
    console.log(`| ${name} | ${ms1(m('ours', key))} | ${ms1(m('chartjs', key))} | **${r2(m('ours', key), m('chartjs', key))}** | ${each(key)} |`);
  }
  console.log(`| JS heap after load | ${kib(m('ours', 'heap'))} | ${kib(m('chartjs', 'heap'))} | ${r2(m('ours', 'heap'), m('chartjs', 'heap'))} | |`);
  const s = (key) => runs.map((r) => r.results[profile].ours[key]);
  const ratioRuns = (a, b) => s(a).map((x, i) => r2(x, s(b)[i])).join(' ');
  console.log('\n| this widget, scaled fit vs natural | natural | scaled | scaled ÷ natural | each run |\n|---|---:|---:|---:|---|');
  for (const [name, a, b] of [['redraw at a new size', 'redrawMedian', 'scaledRedraw'], ['own work (redraw − resizing)', 'drawing', 'scaledDrawing'],
    ['redraw at the size it has', 'same', 'scaledSame']]) {
    console.log(`| ${name} | ${ms1(median(s(a)))} | ${ms1(median(s(b)))} | **${r2(median(s(b)), median(s(a)))}** | ${ratioRuns(b, a)} |`);
  }
  console.log(`fits: ${runs[0].results[profile].ours.fits.scaled.join(', ')} (scaled); ${runs[0].results[profile].ours.fits.natural.join(', ')} (natural); measured CPU slowdown ${runs.map((r) => r.results[profile].slowdown.toFixed(2)).join(' ')}`);
}
