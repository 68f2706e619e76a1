// The social-preview PNGs (scripts/rasterize-static.mjs) come from the registry's list of charts,
// not a list of their own: with the test-only fourth chart compiled in (`--features test-chart`),
// render-static writes its pictures into a scratch root, and the rasteriser makes its PNG too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rasterize } from '../../scripts/rasterize-static.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let root;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'rasterize-test-'));
  const run = spawnSync('cargo', ['run', '--quiet', '--features', 'test-chart', '--bin', 'render-static', '--', root],
    { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, `render-static failed:\n${run.stderr}`);
});
after(() => rm(root, { recursive: true, force: true }));

test('every chart of chart-meta.js gets its PNG, the test-only chart included', async () => {
  const written = await rasterize(root);
  const charts = written.map((path) => path.match(/static\/(.+)-light-1280\.png$/)[1]);
  assert.ok(charts.includes('test-events-per-year'), `PNGs for ${charts}`);
  for (const path of written) {
    const png = await readFile(path);
    assert.equal(png.subarray(1, 4).toString(), 'PNG', path);
    const svg = await readFile(path.replace(/\.png$/, '.svg'), 'utf8');
    const [, width, height] = svg.match(/<svg width="(\d+)" height="(\d+)"/);
    // PNG's IHDR: width and height, big-endian, at bytes 16 and 20.
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [Number(width), Number(height)], path);
  }
});
