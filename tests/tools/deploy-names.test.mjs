// The build step that names a deploy's files by their content (scripts/deploy-names.mjs), on a
// made-up build: the hashed names follow the bytes, the glue names its own wasm, the API entry
// exports what the glue does and refuses calls before init(), the pages name files that exist.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { baseUrl, contentHash, fillPage, nameDeploy, pngSize } from '../../scripts/deploy-names.mjs';
import { CHARTS } from '../../www/chart-meta.js';

const GLUE = "let wasm; export function render(a, b, c) {} export class Chart { free() {} }\n"
  + "export default async function init(p) { p ??= new URL('apac_ai_charts_bg.wasm', import.meta.url); }\n";
const DTS = `export function render(canvas: any, chart: any, options: any): Chart;
export function preferredHeight(chart: any, width: any, options: any): number;
export class Chart { free(): void; }
/**
 * Instantiates the given \`module\`, which can either be bytes or a precompiled \`WebAssembly.Module\`.
 */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;
export default function __wbg_init (module_or_path?: any): Promise<InitOutput>;
`;
let root;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'deploy-names-test-'));
  for (const dir of ['pkg', 'i18n', 'pages', 'src', 'static']) await mkdir(join(root, dir));
  // A 1280×640 PNG's signature and IHDR chunk: all the build reads of the social-card pictures.
  const png = Buffer.alloc(24);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(png);
  png.write('IHDR', 12, 'latin1');
  png.writeUInt32BE(1280, 16);
  png.writeUInt32BE(640, 20);
  for (const chart of Object.keys(CHARTS)) await writeFile(join(root, `static/${chart}-light-1280.png`), png);
  await writeFile(join(root, 'pages/embed.html'), '<title>{{title}}</title>\n{{meta}}\n<apac-ai-chart chart="{{chart}}"></apac-ai-chart>');
  await writeFile(join(root, 'pkg/apac_ai_charts.js'), GLUE);
  await writeFile(join(root, 'pkg/apac_ai_charts_bg.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  await writeFile(join(root, 'pkg/apac_ai_charts.d.ts'), DTS);
  for (const tag of ['en', 'ur', 'zh-Hans']) await writeFile(join(root, `i18n/${tag}.js`), `export const dir = '${tag}';\n`);
  await writeFile(join(root, 'pages/index.html'), '<link rel="modulepreload" href="{{glue}}"><link rel="preload" href="{{wasm}}">'
    + '<link rel="modulepreload" href="{{i18n/ur}}">');
  // The entry's runtime, as deployed.
  for (const file of ['src/api.js', 'src/instance.js', 'chart-meta.js']) await cp(join('www', file), join(root, file));
});
afterEach(() => rm(root, { recursive: true, force: true }));

test('the wasm, the glue and the languages but English get content-hashed names; the glue names its wasm', async () => {
  const assets = await nameDeploy(root);
  const wasmBytes = await readFile(join(root, assets.wasm));
  assert.equal(assets.wasm, `pkg/apac_ai_charts_bg.${contentHash(wasmBytes)}.wasm`);
  const glue = await readFile(join(root, assets.glue), 'utf8');
  assert.equal(assets.glue, `pkg/apac_ai_charts.${contentHash(glue)}.js`);
  assert.ok(glue.includes(`new URL('${assets.wasm.slice(4)}', import.meta.url)`), glue);
  assert.deepEqual(Object.keys(assets.i18n), ['ur', 'zh-Hans']);
  for (const [tag, path] of Object.entries(assets.i18n)) {
    assert.match(path, new RegExp(`^pkg/i18n/${tag}\\.[0-9a-f]{12}\\.js$`));
    assert.equal(await readFile(join(root, path), 'utf8'), `export const dir = '${tag}';\n`);
  }
  assert.deepEqual(JSON.parse(await readFile(join(root, 'pkg/assets.json'), 'utf8')), assets);
  const pkg = (await readdir(join(root, 'pkg'))).sort();
  assert.ok(!pkg.includes('apac_ai_charts_bg.wasm'), 'the unhashed wasm is gone');
  assert.equal(await readFile(join(root, 'index.html'), 'utf8'),
    `<link rel="modulepreload" href="${assets.glue}"><link rel="preload" href="${assets.wasm}">`
    + `<link rel="modulepreload" href="${assets.i18n.ur}">`);
});

test('one changed byte of the wasm renames the wasm and the glue, and nothing else', async () => {
  const first = await nameDeploy(root);
  await rm(join(root, 'pkg'), { recursive: true });
  await mkdir(join(root, 'pkg'));
  await writeFile(join(root, 'pkg/apac_ai_charts.js'), GLUE);
  await writeFile(join(root, 'pkg/apac_ai_charts_bg.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 1]));
  await writeFile(join(root, 'pkg/apac_ai_charts.d.ts'), DTS);
  const second = await nameDeploy(root);
  assert.notEqual(second.wasm, first.wasm);
  assert.notEqual(second.glue, first.glue);
  assert.deepEqual(second.i18n, first.i18n);
});

test('the API entry exports what the glue exports (no initSync) and refuses calls before init()', async () => {
  const assets = await nameDeploy(root);
  const entry = await import(pathToFileURL(join(root, 'pkg/apac_ai_charts.js')).href);
  assert.deepEqual(Object.keys(entry).sort(), ['Chart', 'default', 'preferredHeight', 'render']);
  assert.equal(entry.Chart, null, 'Chart is set by init()');
  assert.throws(() => entry.render(), (e) => e instanceof Error && e.code === 'INSTANCE_LOST' && /init\(\)/.test(e.message));
  const source = await readFile(join(root, 'pkg/apac_ai_charts.js'), 'utf8');
  assert.ok(source.includes(assets.glue.slice(4)) && source.includes(assets.wasm.slice(4)), source);
  const dts = await readFile(join(root, 'pkg/apac_ai_charts.d.ts'), 'utf8');
  assert.ok(!dts.includes('initSync') && !dts.includes('Instantiates the given'), dts);
  assert.ok(dts.includes('export default function __wbg_init'));
});

test('a page naming a file the build did not write is an error', () => {
  assert.equal(fillPage('a {{glue}} b', { glue: 'pkg/x.1.js' }), 'a pkg/x.1.js b');
  assert.throws(() => fillPage('{{i18n/fr}}', { glue: 'x' }, 'pages/x.html'), /pages\/x\.html: no file for \{\{i18n\/fr\}\}/);
});

test('each chart gets a page with its oEmbed link and social cards, and an oEmbed JSON, at BASE_URL', async () => {
  await nameDeploy(root, baseUrl('https://news.example/charts'));
  for (const chart of Object.keys(CHARTS)) {
    const html = await readFile(join(root, `embed-${chart}.html`), 'utf8');
    const title = CHARTS[chart].title;
    assert.ok(html.startsWith(`<title>${title}</title>`), html.slice(0, 80));
    assert.ok(html.includes(`<apac-ai-chart chart="${chart}">`));
    const attr = (name) => html.match(new RegExp(`(?:property|name)="${name}" content="([^"]*)"`))?.[1];
    assert.equal(attr('og:image'), `https://news.example/charts/static/${chart}-light-1280.png`);
    assert.equal(attr('og:url'), `https://news.example/charts/embed-${chart}.html`);
    assert.equal(attr('twitter:card'), 'summary_large_image');
    assert.equal(attr('og:image:width'), '1280');
    assert.equal(attr('og:image:height'), '640');
    assert.ok(attr('og:image:alt').includes(CHARTS[chart].alt.slice(0, 20).replaceAll('"', '&quot;')));
    assert.ok(html.includes(`<link rel="alternate" type="application/json+oembed" href="https://news.example/charts/oembed/${chart}.json"`));
    const oembed = JSON.parse(await readFile(join(root, `oembed/${chart}.json`), 'utf8'));
    assert.equal(oembed.version, '1.0');
    assert.equal(oembed.type, 'rich');
    assert.equal(oembed.title, title);
    assert.ok(Number.isInteger(oembed.width) && Number.isInteger(oembed.height) && oembed.height > 300);
    assert.ok(oembed.html.startsWith(`<iframe src="https://news.example/charts/embed.html?chart=${chart}" title="${title}" data-apac-chart`));
    assert.ok(oembed.html.endsWith('<script src="https://news.example/charts/embed-resize.js" defer></script>'));
    assert.equal(oembed.thumbnail_url, `https://news.example/charts/static/${chart}-light-1280.png`);
  }
  // The generic page: the first chart, with its discovery link only.
  const generic = await readFile(join(root, 'embed.html'), 'utf8');
  assert.equal((generic.match(/json\+oembed/g) ?? []).length, 1);
  assert.throws(() => baseUrl('ftp://x/'), /http\(s\)/);
  assert.throws(() => baseUrl('/charts/'), /absolute URL/);
  assert.throws(() => pngSize(Buffer.from('not a png at all, no IHDR')), /not a PNG/);
});
