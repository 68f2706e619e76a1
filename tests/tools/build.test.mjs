// The build stage (scripts/build.mjs) as it ran before this test (scripts/test.sh builds first): the
// renamed wasm and glue instantiate together and answer; every content-hashed name is its file's
// hash and the glue names its wasm; the pages name only files the build wrote; the service worker
// precaches what the build listed; the API's types leave out initSync and refuse a wasm-bindgen
// output of another shape; nothing of the build lands in www/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { baseUrl, chartCard, contentHash, fillPage, pngSize } from '../../scripts/build/deploy.mjs';
import { apiTypes, exportedNames } from '../../scripts/build/types.mjs';
import { workerSource } from '../../scripts/build/worker.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SITE = join(ROOT, 'target/site');
const read = (path) => readFile(join(SITE, path));
const assets = JSON.parse(await readFile(join(SITE, 'pkg/assets.json'), 'utf8').catch(() => {
  throw new Error('target/site/ is missing: run scripts/build.sh first (scripts/test.sh does)');
}));
const { CHARTS } = await import(pathToFileURL(join(ROOT, 'www/chart-meta.js')).href);

test('the renamed wasm and glue instantiate together, and the instance answers', async () => {
  const wasm = await read(assets.wasm);
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm));
  assert.deepEqual([...new Set(imports.map((i) => i.module))], ['a'], 'one module, renamed "a"');
  assert.ok(imports.length > 50 && imports.every((i) => /^[A-Za-z]{1,2}$/.test(i.name)), 'short names only');
  const glue = await import(pathToFileURL(join(SITE, assets.glue)).href);
  await glue.default({ module_or_path: wasm });
  assert.deepEqual(glue.charts().map((c) => c.id), Object.keys(CHARTS));
  assert.equal(glue.dataset().asOf, '2025-12-28');
  assert.throws(() => glue.preferredHeight('no-such-chart', 640), (e) => e.code === 'UNKNOWN_CHART');
});

test('content-hashed names follow the bytes, and the glue names its own wasm', async () => {
  const wasm = await read(assets.wasm);
  assert.equal(assets.wasm, `pkg/apac_ai_charts_bg.${contentHash(wasm)}.wasm`);
  const glue = await read(assets.glue);
  assert.equal(assets.glue, `pkg/apac_ai_charts.${contentHash(glue)}.js`);
  assert.ok(glue.toString().includes(assets.wasm.slice('pkg/'.length)));
  assert.deepEqual(Object.keys(assets.i18n).sort(), (await readdir(join(ROOT, 'www/i18n'))).map((f) => f.slice(0, -3)).filter((t) => t !== 'en').sort());
  for (const path of Object.values(assets.i18n)) assert.equal(path, `${path.replace(/\.[0-9a-f]{12}\.js$/, '')}.${contentHash(await read(path))}.js`);
  const embed = (await read('embed.min.js')).toString();
  for (const path of [assets.glue, assets.wasm, ...Object.values(assets.i18n)]) assert.ok(embed.includes(path), `embed.min.js names ${path}`);
});

test('the API entry exports what the glue does (no initSync) and refuses calls before init()', async () => {
  const entry = await import(pathToFileURL(join(SITE, 'pkg/apac_ai_charts.js')).href);
  const dts = (await read('pkg/apac_ai_charts.d.ts')).toString();
  assert.deepEqual(Object.keys(entry).sort(), ['default', ...exportedNames(dts)].sort());
  assert.throws(() => entry.render(), (e) => e instanceof Error && e.code === 'INSTANCE_LOST' && /init\(\)/.test(e.message));
  assert.ok(!dts.includes('initSync') && !dts.includes('SyncInitInput'), 'no initSync in the types');
  assert.match(dts, /export default function __wbg_init/);
  assert.doesNotMatch(dts, /^\/\/ /m, "the repository's notes are not published");
});

test('the types generator refuses a wasm-bindgen output of another shape', () => {
  const dts = 'export function render(): void;\nexport class Chart {\n}\nexport type InitInput = any;\n'
    + 'export interface InitOutput {\n}\nexport type SyncInitInput = any;\n'
    + 'export function initSync(module: any): InitOutput;\nexport default function __wbg_init (m?: any): Promise<InitOutput>;\n';
  assert.doesNotMatch(apiTypes(dts), /initSync|SyncInitInput/);
  assert.throws(() => apiTypes(dts.replace('export function initSync', 'export function initSynchronously')),
    /no longer has the shape .*initSync .* found 0 times/);
  assert.throws(() => apiTypes(`${dts}export function render(): void;\n`), /render .* found 2 times/);
});

test('the pages name only files the build wrote, and carry the generated alt texts', async () => {
  const files = new Set((await readdir(SITE, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name).slice(SITE.length + 1)));
  for (const page of ['index.html', 'languages.html', 'embed.html', ...Object.keys(CHARTS).map((c) => `embed-${c}.html`)]) {
    const html = (await read(page)).toString();
    assert.doesNotMatch(html, /\{\{/, `${page}: a placeholder left`);
    for (const [, path] of html.matchAll(/(?:href|src)="([^"#?:]+)"/g)) assert.ok(files.has(path), `${page} names ${path}, which the build did not write`);
  }
  const article = (await read('index.html')).toString();
  for (const chart of Object.keys(CHARTS)) {
    if (!article.includes(`static/${chart}-light-640.svg`)) continue;
    const alt = CHARTS[chart].alt.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
    assert.ok(article.includes(`alt="${alt}"`), `the article's ${chart} picture has the generated alt`);
  }
  assert.equal(fillPage('a {{glue}} b', { glue: 'pkg/x.1.js' }), 'a pkg/x.1.js b');
  assert.throws(() => fillPage('{{i18n/fr}}', { glue: 'x' }, 'www/pages/x.html'), /www\/pages\/x\.html: nothing to put in \{\{i18n\/fr\}\}/);
});

test('each chart gets a page with its oEmbed link and social cards, and an oEmbed card, at BASE_URL', () => {
  const base = baseUrl('https://news.example/charts');
  for (const chart of Object.keys(CHARTS)) {
    const { meta, oembed } = chartCard(chart, CHARTS[chart], base, { width: 1280, height: 640 });
    assert.ok(meta.includes(`<meta property="og:image" content="https://news.example/charts/static/${chart}-light-1280.png">`));
    assert.ok(meta.includes(`<link rel="alternate" type="application/json+oembed" href="https://news.example/charts/oembed/${chart}.json"`));
    assert.equal(oembed.type, 'rich');
    assert.ok(oembed.html.startsWith(`<iframe src="https://news.example/charts/embed-${chart}.html"`), oembed.html);
    assert.ok(oembed.html.endsWith('<script src="https://news.example/charts/embed-resize.js" defer></script>'));
  }
  assert.throws(() => baseUrl('ftp://x/'), /http\(s\)/);
  assert.throws(() => baseUrl('/charts/'), /absolute URL/);
  assert.throws(() => pngSize(Buffer.from('not a png at all, no IHDR')), /not a PNG/);
});

test('the service worker precaches the files the build listed for the pages, and its hash follows every byte', async () => {
  const worker = (await read('sw.js')).toString();
  const build = JSON.parse(worker.match(/const BUILD = (\{.*?\});/)[1]);
  for (const path of build.precache) assert.ok((await read(path)).length > 0, path);
  for (const path of ['index.html', 'embed.html', 'embed.min.js', assets.wasm, assets.glue, 'pkg/apac_ai_charts.js']) {
    assert.ok(build.precache.includes(path), `${path} precached`);
  }
  for (const path of build.precache) assert.doesNotMatch(path, /^(static|src|i18n)\/|\.d\.ts$|^embed\.js$|^sw\.js$/, path);
  const files = new Map([['a.html', Buffer.from('a')], ['static/x.svg', Buffer.from('x')]]);
  const template = 'const BUILD = __BUILD__;';
  const first = workerSource(template, files, ['a.html']);
  assert.deepEqual(JSON.parse(first.source.slice('const BUILD = '.length, -1)).precache, ['a.html']);
  files.set('static/x.svg', Buffer.from('y'));
  assert.notEqual(workerSource(template, files, ['a.html']).hash, first.hash, 'a picture changed: a new cache');
  assert.throws(() => workerSource(template, files, ['b.html']), /did not write: b\.html/);
});

test('the build writes nothing into the sources: www/ holds only what git tracks', () => {
  const run = spawnSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'www'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const untracked = run.stdout.split('\n').filter((line) => line.startsWith('??'));
  assert.deepEqual(untracked, [], 'untracked files in www/');
});
