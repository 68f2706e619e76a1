// The npm package as a user gets it: `npm pack` at the root (after scripts/build.sh), installed
// from the tarball into a fresh project in a temp folder (offline: it has no dependencies), imported
// in Node (server-side rendering), and bundled with esbuild and with Vite (this repo's pinned
// devDependencies, no download) into a page that Chromium loads under the strict CSP: every chart
// is drawn by each bundle, by the element in English and Chinese (a language module the bundler
// split off) and through the API entry's render(). It ships the pictures its pictureHtml() names
// (apac-ai-charts/pictures) and their stylesheet. A package made from the test-trap build shows
// that a bundle replaces a trapped wasm instance as the deploy does (its glue is a factory).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { access, copyFile, cp, mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import webpack from 'webpack';
import { createHandler } from '../../scripts/serve.mjs';
import { cargoVersion, packageProblems, repositoryProblem } from '../../scripts/check-package.mjs';
import { launch, newPage, IDS } from '../e2e/helpers.mjs';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;

let tmp;
let tarball;
let packed;
let browser;

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'apac-npm-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', tmp], { cwd: ROOT, maxBuffer: 1 << 24 });
  [packed] = JSON.parse(stdout.slice(stdout.indexOf('[')));
  tarball = join(tmp, packed.filename);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

test('package.json: the version is the crate\'s, and what a package needs is there', async () => {
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  assert.equal(pkg.version, cargoVersion(await readFile(join(ROOT, 'Cargo.toml'), 'utf8')));
  assert.deepEqual(await packageProblems(), []);
  assert.equal(pkg.name, 'apac-ai-charts');
  assert.equal(pkg.private, undefined, 'publishable');
  assert.deepEqual(Object.keys(pkg.exports).sort(), ['.', './api', './embed.css', './i18n/*', './package.json', './pictures', './preact', './react', './solid', './svelte', './vue']);
  assert.equal(pkg.license, 'MIT');
  // No public repository is known here: packing works, publishing refuses until a valid one is set.
  assert.equal(repositoryProblem(pkg) === null, Boolean(pkg.repository), repositoryProblem(pkg) ?? 'set and valid');
  assert.match(repositoryProblem({ ...pkg, repository: undefined }), /set it to the public repository/);
  assert.equal(repositoryProblem({ ...pkg, repository: { type: 'git', url: 'TODO' } }), 'package.json repository.url "TODO" is not an https URL');
  assert.equal(repositoryProblem({ ...pkg, repository: { type: 'git', url: 'git+https://example.org/news/apac-ai-charts.git' } }), null);
  // A stylesheet imported for its effect must not be dropped by a bundler (webpack drops side-effect-free imports).
  assert.deepEqual(pkg.sideEffects, ['./dist/index.js', './dist/embed.css'], 'only the element registration and the stylesheet have side effects');
  assert.equal(pkg.dependencies, undefined, 'users install no build or test tool');
  for (const tool of ['binaryen', 'esbuild', 'vite', 'webpack', 'eslint', 'playwright-core']) assert.ok(pkg.devDependencies[tool], tool);
});

test('npm pack: apac-ai-charts-<Cargo version>.tgz with the built files, the docs and nothing else', async () => {
  const version = cargoVersion(await readFile(join(ROOT, 'Cargo.toml'), 'utf8'));
  assert.equal(packed.filename, `apac-ai-charts-${version}.tgz`);
  const files = packed.files.map((f) => f.path).sort();
  const pictures = files.filter((f) => f.startsWith('dist/static/'));
  assert.deepEqual(files.filter((f) => !pictures.includes(f)), ['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/apac_ai_charts_bg.wasm',
    'dist/api.d.ts', 'dist/api.js', 'dist/attributes.d.ts', 'dist/chart-meta.d.ts', 'dist/chart-meta.js', 'dist/custom-elements.json',
    'dist/embed.css', 'dist/glue.js', 'dist/i18n/en.js', 'dist/i18n/ur.js', 'dist/i18n/zh-Hans.js', 'dist/index.d.ts', 'dist/index.js',
    'dist/pictures.d.ts', 'dist/pictures.js', 'dist/preact.d.ts', 'dist/react.d.ts', 'dist/solid.d.ts', 'dist/svelte.d.ts', 'dist/vue.d.ts',
    'package.json']);
  // The pictures: exactly the files pictureHtml() names, for every chart, language and theme.
  const { CHARTS, LANGS, pictureHtml } = await import('../../dist/chart-meta.js');
  const named = new Set();
  for (const chart of Object.keys(CHARTS)) {
    for (const lang of LANGS) {
      for (const theme of ['light', 'dark', 'auto']) {
        for (const [, url] of pictureHtml(chart, { lang, theme, base: 'dist/' }).matchAll(/(?:src|srcset)="([^"]+)"/g)) named.add(url);
      }
    }
  }
  assert.deepEqual(pictures, [...named].sort());
  assert.ok(pictures.length >= Object.keys(CHARTS).length * 2, `${pictures.length} pictures`);
  const index = await readFile(join(ROOT, 'dist/index.js'), 'utf8');
  // The registry's module is the package's own file, shared with the API and ./pictures, not a copy.
  assert.match(index, /from ["']\.\/chart-meta\.js["']/);
  assert.doesNotMatch(index, /export const CHARTS/);
  assert.equal(await readFile(join(ROOT, 'dist/chart-meta.js'), 'utf8'), await readFile(join(ROOT, 'www/chart-meta.js'), 'utf8'));
  // The literal forms bundlers follow, and no deploy hash.
  assert.match(index, /new URL\(["']\.\/apac_ai_charts_bg\.wasm["'], import\.meta\.url\)/);
  assert.match(index, /import\(["']\.\/glue\.js["']\)/);
  assert.match(index, /import\(["']\.\/i18n\/zh-Hans\.js["']\)/);
  assert.doesNotMatch(index, /\.[0-9a-f]{12}\.(js|wasm)/);
  const api = await readFile(join(ROOT, 'dist/api.js'), 'utf8');
  assert.match(api, /new URL\(["']\.\/apac_ai_charts_bg\.wasm["'], import\.meta\.url\)/);
  assert.match(api, /export\s*\{[^}]*\brender\b/);
  const manifest = JSON.parse(await readFile(join(ROOT, 'dist/custom-elements.json'), 'utf8'));
  assert.deepEqual(manifest.modules.map((m) => m.path), ['dist/index.js']);
  assert.deepEqual(manifest.modules[0].exports.map((e) => [e.kind, e.name, e.declaration.module]), [['custom-element-definition', 'apac-ai-chart', 'dist/index.js']]);
  assert.equal(manifest.modules[0].declarations[0].tagName, 'apac-ai-chart');
});

/** A fresh project in `dir` with the tarball installed (offline: the package has no dependencies). */
async function project(dir) {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await run('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir });
  return dir;
}

test('importing every entry in Node (server-side rendering) defines nothing and throws nothing', async () => {
  const dir = await project(join(tmp, 'ssr'));
  await writeFile(join(dir, 'ssr.mjs'), [
    'const before = Object.keys(globalThis).sort().join();',
    "const api = await import('apac-ai-charts/api');",
    "await import('apac-ai-charts');",
    "const zh = await import('apac-ai-charts/i18n/zh-Hans');",
    "const pictures = await import('apac-ai-charts/pictures');",
    "const id = Object.keys(pictures.CHARTS)[0];",
    "const picture = pictures.pictureHtml(id, { base: '/charts/', alt: pictures.CHARTS[id].alt });",
    "if (typeof globalThis.window !== 'undefined' || typeof globalThis.customElements !== 'undefined') throw new Error('browser globals');",
    "if (Object.keys(globalThis).sort().join() !== before) throw new Error('new globals');",
    "console.log(JSON.stringify({ api: Object.keys(api).sort(), zh: Object.keys(zh).sort(), pictures: Object.keys(pictures).sort(), id, picture }));",
  ].join('\n'));
  const { stdout } = await run(process.execPath, ['ssr.mjs'], { cwd: dir });
  const { api, zh, pictures, id, picture } = JSON.parse(stdout);
  for (const name of ['default', 'render', 'preferredHeight', 'Chart']) assert.ok(api.includes(name), name);
  assert.deepEqual(zh, ['chartStrings', 'charts', 'dir', 'ui']);
  assert.deepEqual(pictures, ['CHARTS', 'pictureHtml']);
  // The very markup of the snippets (www/chart-meta.js, which Rust's picture_html is tested equal to).
  const meta = await import('../../www/chart-meta.js');
  assert.equal(picture, meta.pictureHtml(id, { base: '/charts/', alt: meta.CHARTS[id].alt }));
  assert.match(picture, new RegExp(`^<picture>\\n  <source [^>]*srcset="/charts/static/${id}-dark-`));
});

test('TypeScript resolves the types of the entries through "exports"', async () => {
  const dir = await project(join(tmp, 'types'));
  await writeFile(join(dir, 'use.ts'), [
    "import 'apac-ai-charts';",
    "import init, { render, type ChartId } from 'apac-ai-charts/api';",
    "import { CHARTS, pictureHtml } from 'apac-ai-charts/pictures';",
    'await init();',
    "const id: ChartId = 'patent-share';",
    "const picture: string = pictureHtml(id, { base: '/charts/', lang: 'zh-Hans', theme: 'auto', alt: CHARTS[id].alt });",
    "const el = document.querySelector('apac-ai-chart');",
    'const state: ApacAiChartState | undefined = el?.state;',
    "render(document.createElement('canvas'), id).draw();",
    'export { state, picture };',
    '',
  ].join('\n'));
  const flags = ['--noEmit', '--strict', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler',
    '--lib', 'es2022,esnext.disposable,dom,dom.iterable', '--types', '', '--pretty', 'false'];
  await run(join(ROOT, 'node_modules/.bin/tsc'), [...flags, 'use.ts'], { cwd: dir });
  // …and the check can fail: an unknown chart id is a type error.
  await writeFile(join(dir, 'bad.ts'), "import { render } from 'apac-ai-charts/api';\nrender(document.createElement('canvas'), 'no-such-chart');\n");
  await assert.rejects(run(join(ROOT, 'node_modules/.bin/tsc'), [...flags, 'bad.ts'], { cwd: dir }), (e) => /bad\.ts.*no-such-chart/s.test(e.stdout));
});

const PAGE_SCRIPT = `import 'apac-ai-charts';
import init, { render } from 'apac-ai-charts/api';

window.apiDrawn = init().then(() => {
  const chart = render(document.getElementById('api'), 'patent-share', { theme: 'light' });
  return chart.id;
}).catch((e) => 'failed: ' + e.message);
`;

/** The page's body: every chart as an element, one in Chinese, and a canvas for render(). */
function pageBody(script, type = 'module') {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>package</title></head><body>
${IDS.map((c) => `<apac-ai-chart chart="${c}"></apac-ai-chart>`).join('\n')}
<apac-ai-chart chart="patent-share" lang="zh-Hans"></apac-ai-chart>
<canvas id="api" width="640" height="400"></canvas>
<script ${type === 'module' ? 'type="module"' : 'defer'} src="${script}"></script>
</body></html>
`;
}

/** Serves `dir` as scripts/serve.mjs does (MIME types, strict CSP); resolves to its origin. */
async function serve(dir) {
  const server = createServer(createHandler({ root: dir }));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

async function drawsEverything(dir) {
  const { server, origin } = await serve(dir);
  const { context, page, problems, requests } = await newPage(browser, { viewport: { width: 800, height: 4000 } });
  try {
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction((count) => {
      const els = [...document.querySelectorAll('apac-ai-chart')];
      return els.length === count && els.every((el) => el.state !== 'loading');
    }, IDS.length + 1, { timeout: 30_000 });
    const charts = await page.$$eval('apac-ai-chart', (els) => els.map((el) => {
      const c = el.shadowRoot.querySelector('canvas');
      const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - data[0]) + Math.abs(data[i + 1] - data[1]) + Math.abs(data[i + 2] - data[2]) > 60) inked += 1;
      return { chart: el.getAttribute('chart'), state: el.state, error: el.error ?? null, inked: inked / (c.width * c.height),
        label: c.getAttribute('aria-label') ?? '' };
    }));
    for (const c of charts) {
      assert.equal(c.state, 'drawn', `${c.chart}: ${c.error}`);
      assert.ok(c.inked > 0.01, `${c.chart} has ink (${c.inked})`);
    }
    assert.deepEqual(charts.map((c) => c.chart), [...IDS, 'patent-share']);
    assert.match(charts.at(-1).label, /[\u4e00-\u9fff]/, 'the Chinese element is labelled in Chinese');
    assert.equal(await page.evaluate(() => window.apiDrawn), 'patent-share', 'render() returned its chart');
    const apiInk = await page.$eval('#api', (c) => {
      const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0) inked += 1;
      return inked / (c.width * c.height);
    });
    assert.ok(apiInk > 0.5, `render() drew on the canvas (${apiInk})`);
    assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the wasm came from the bundle');
    assert.ok(requests.every((u) => u.startsWith(origin)), `only its own origin: ${requests.filter((u) => !u.startsWith(origin))}`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    server.close();
  }
}

test('bundled with esbuild (the wasm copied beside it), every chart draws under the strict CSP', async () => {
  const dir = await project(join(tmp, 'esbuild'));
  await writeFile(join(dir, 'main.js'), PAGE_SCRIPT);
  const out = join(dir, 'out');
  await esbuild({ absWorkingDir: dir, entryPoints: ['main.js'], bundle: true, splitting: true, format: 'esm', outdir: out, logLevel: 'warning' });
  // esbuild leaves new URL(…, import.meta.url) alone (docs/embedding.md, "npm and bundlers"): the one file to copy.
  await copyFile(join(dir, 'node_modules/apac-ai-charts/dist/apac_ai_charts_bg.wasm'), join(out, 'apac_ai_charts_bg.wasm'));
  await writeFile(join(out, 'index.html'), pageBody('./main.js'));
  await drawsEverything(out);
});

test('bundled with webpack 5 (entry and output only), every chart draws under the strict CSP', async () => {
  const dir = await project(join(tmp, 'webpack'));
  await writeFile(join(dir, 'main.js'), PAGE_SCRIPT);
  const out = join(dir, 'dist');
  // Nothing about the wasm or the language modules: webpack follows new URL(…, import.meta.url)
  // and import('./…') itself. (A classic script, so that its automatic publicPath finds itself.)
  const stats = await new Promise((resolve, reject) => {
    webpack({ mode: 'production', context: dir, entry: './main.js', output: { path: out, filename: 'main.js' } },
      (error, result) => (error ? reject(error) : resolve(result)));
  });
  assert.ok(!stats.hasErrors(), stats.toString({ all: false, errors: true }));
  const emitted = Object.keys(stats.compilation.assets);
  assert.ok(emitted.some((f) => f.endsWith('.wasm')), `webpack copied the wasm: ${emitted}`);
  await writeFile(join(out, 'index.html'), pageBody('./main.js', 'classic'));
  await drawsEverything(out);
});

test('bundled with Vite (no configuration), every chart draws under the strict CSP', async () => {
  const dir = await project(join(tmp, 'vite'));
  await writeFile(join(dir, 'main.js'), PAGE_SCRIPT);
  await writeFile(join(dir, 'index.html'), pageBody('./main.js'));
  const out = join(dir, 'dist');
  await viteBuild({ root: dir, configFile: false, logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
  await drawsEverything(out);
});

test('bundled, a trapped wasm instance is replaced: every element redraws, and init() recovers render() users', async () => {
  // The test-trap build's package (scripts/test.sh builds it into target/dist-test-trap).
  const from = join(ROOT, 'target/dist-test-trap');
  await access(join(from, 'index.js')).catch(() => {
    throw new Error(`${from} is missing: run scripts/test.sh (it builds it)`);
  });
  const dir = join(tmp, 'trap');
  await cp(from, join(dir, 'package'), { recursive: true });
  await writeFile(join(dir, 'main.js'), [
    "import './package/index.js';",
    "import init, { render, forceTrap } from './package/api.js';",
    'window.api = { init, render, forceTrap };',
    '',
  ].join('\n'));
  const out = join(dir, 'out');
  await esbuild({ absWorkingDir: dir, entryPoints: ['main.js'], bundle: true, splitting: true, format: 'esm', outdir: out, logLevel: 'warning' });
  await copyFile(join(dir, 'package/apac_ai_charts_bg.wasm'), join(out, 'apac_ai_charts_bg.wasm'));
  await writeFile(join(out, 'index.html'), pageBody('./main.js'));
  const { server, origin } = await serve(out);
  const { context, page } = await newPage(browser, { viewport: { width: 800, height: 4000 } });
  try {
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction(() => [...document.querySelectorAll('apac-ai-chart')].every((el) => el.state === 'drawn'), null, { timeout: 30_000 });
    const counts = await page.$$eval('apac-ai-chart', (els) => els.map((el) => el.drawCount));
    assert.equal(await page.evaluate(() => customElements.get('apac-ai-chart').wasmInstances), 1);
    assert.equal(await page.evaluate(() => customElements.get('apac-ai-chart').forceTrapForTests()), true);
    await page.waitForFunction((drawsBefore) => customElements.get('apac-ai-chart').wasmInstances === 2
      && [...document.querySelectorAll('apac-ai-chart')].every((el, i) => el.state === 'drawn' && el.drawCount > drawsBefore[i]), counts, { timeout: 10_000 });
    const inked = await page.$$eval('apac-ai-chart', (els) => els.map((el) => {
      const canvas = el.shadowRoot.querySelector('canvas');
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      return data[3] === 255;
    }));
    assert.deepEqual(inked, [true, true, true, true], 'every element redrawn by the fresh instance');

    const api = await page.evaluate(async () => {
      const canvas = document.getElementById('api');
      const outcome = (fn) => { try { fn(); return 'drawn'; } catch (e) { return `${e.code}`; } };
      const firstExports = await window.api.init();
      const first = outcome(() => window.api.render(canvas, 'patent-share'));
      const trap = outcome(() => window.api.forceTrap());
      const dead = outcome(() => window.api.render(canvas, 'patent-share'));
      const secondExports = await window.api.init();
      const again = outcome(() => window.api.render(canvas, 'patent-share'));
      // A fresh instance, not the trapped one handed back by a glue that kept its state.
      const freshMemory = secondExports.memory !== firstExports.memory;
      return { first, trap, dead, again, freshMemory };
    });
    assert.deepEqual(api, { first: 'drawn', trap: 'INSTANCE_LOST', dead: 'INSTANCE_LOST', again: 'drawn', freshMemory: true });
  } finally {
    await context.close();
    server.close();
  }
});
