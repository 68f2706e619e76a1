// The service worker's build step (scripts/sw-build.mjs) on a made-up deploy: what it precaches,
// and that its hash follows every deployed byte and nothing else.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWorker, deployedFiles } from '../../scripts/sw-build.mjs';

let root;
const FILES = {
  'index.html': 'article', 'embed.html': 'iframe', 'main.js': 'main', 'embed.min.js': 'min', 'style.css': 'css',
  'embed.js': 'source', 'chart-meta.js': 'meta', 'src/element.js': 'split source',
  'i18n/ur.js': 'ur', 'pkg/i18n/ur.0123456789ab.js': 'ur, hashed', 'pages/index.html': 'template',
  'pkg/apac_ai_charts.js': 'api entry', 'pkg/apac_ai_charts.0123456789ab.js': 'glue', 'pkg/assets.json': '{}',
  'pkg/apac_ai_charts_bg.0123456789ab.wasm': 'wasm', 'pkg/apac_ai_charts.d.ts': 'types', 'static/patent-share-light-640.svg': '<svg/>',
  'sw.js': 'the previous build\'s worker', '.DS_Store': 'junk', '.cache/x.js': 'junk',
};

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'sw-build-test-'));
  for (const [path, body] of Object.entries(FILES)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), body);
  }
});
after(() => rm(root, { recursive: true, force: true }));

test('precaches what the pages load, not pictures, sources the build bundles or renames, types, dotfiles or itself', async () => {
  assert.deepEqual(await deployedFiles(root), Object.keys(FILES).filter((p) => p !== 'sw.js' && !p.startsWith('.')).sort());
  const { precache, source } = await buildWorker(root);
  assert.deepEqual(precache, ['embed.html', 'embed.min.js', 'index.html', 'main.js', 'pkg/apac_ai_charts.0123456789ab.js',
    'pkg/apac_ai_charts.js', 'pkg/apac_ai_charts_bg.0123456789ab.wasm', 'pkg/i18n/ur.0123456789ab.js', 'style.css']);
  assert.ok(!source.includes('__BUILD__'));
  assert.ok(source.includes(`const BUILD = ${JSON.stringify({ hash: (await buildWorker(root)).hash, precache })};`));
  new Function(source.replace(/^const BUILD/m, 'var BUILD')); // parses as a script
});

test('the hash is stable and changes with any deployed byte, a picture included, but not with sw.js', async () => {
  const first = (await buildWorker(root)).hash;
  assert.match(first, /^[0-9a-f]{16}$/);
  assert.equal((await buildWorker(root)).hash, first);
  await writeFile(join(root, 'sw.js'), 'rewritten');
  assert.equal((await buildWorker(root)).hash, first);
  await writeFile(join(root, 'static/patent-share-light-640.svg'), '<svg></svg>');
  const second = (await buildWorker(root)).hash;
  assert.notEqual(second, first);
  await writeFile(join(root, 'pkg/apac_ai_charts_bg.0123456789ab.wasm'), 'wasm 2');
  assert.notEqual((await buildWorker(root)).hash, second);
});

test('a template without its placeholder is an error, not a worker without a build', async () => {
  const template = join(root, '.template.js');
  await writeFile(template, 'const BUILD = {};');
  await assert.rejects(buildWorker(root, template), /__BUILD__/);
});
