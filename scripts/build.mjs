#!/usr/bin/env node
// The build: one stage that builds the wasm once and writes, from the same files in memory, the
// deploy (target/site/) and the npm package (dist/). Sources are never written: www/ holds the
// pages' templates, the element's modules and the committed generated files (render-static's).
//   1. wasm-pack builds the release wasm (wasm-opt from npm's binaryen, first on PATH) into a
//      scratch folder, target/build/;
//   2. the glue, read once: minified, and its imports and the wasm's given short names together
//      (build/wasm-imports.mjs);
//   3. content-hashed names for the wasm, the glue and the other languages' modules, written into
//      pkg/assets.json; the API entry pkg/apac_ai_charts.js; the API's types, generated from
//      wasm-bindgen's (build/types.mjs);
//   4. the element's bundle, embed.min.js, with the hashed names inline;
//   5. the pages from www/pages/ ({{alt/<chart>}}, {{picture/<chart>}}), a page and
//      an oEmbed card per chart from embed.html, and the files a deploy serves as they are;
//   6. sw.js, precaching what this build wrote for the pages (build/worker.mjs);
//   7. the npm package from the same glue and wasm (build/npm.mjs);
//   8. both written, then the size report, which fails past scripts/size-budget.txt.
// esbuild's settings live in build/bundle.mjs.
// Usage: [BASE_URL=https://news.example/charts/] node scripts/build.mjs [--features LIST]
//   [--nightly] [--site DIR] [--dist DIR]   (defaults: target/site/ and dist/; BASE_URL for the
//   oEmbed cards' absolute URLs, default http://localhost:8080/)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundle, cssAsMinifiedText, inMemory, minify } from './build/bundle.mjs';
import { apiEntry, baseUrl, chartCard, esc, fillPage, hashedName, pngSize } from './build/deploy.mjs';
import { PICTURES_ENTRY, WASM as PACKAGE_WASM, glueFactory, packageApiEntry, packageAssets, packageManifest, picturePaths } from './build/npm.mjs';
import { apiTypes, exportedNames } from './build/types.mjs';
import { shortenImports } from './build/wasm-imports.mjs';
import { workerSource } from './build/worker.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const WWW = join(ROOT, 'www');
const CRATE = 'apac_ai_charts';

/** Every file under `dir`, as sorted `/`-separated paths relative to it (no dotfiles). */
async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
    .filter((path) => !path.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/** Step 1: the release wasm, its glue and wasm-bindgen's types, from wasm-pack. */
async function buildWasm({ features, nightly }) {
  const out = join(ROOT, 'target/build/wasm-pack');
  const env = { ...process.env, PATH: [join(ROOT, 'node_modules/.bin'), join(process.env.HOME ?? '', '.cargo/bin'), process.env.PATH].join(':') };
  if (nightly) {
    // The opt-in smaller build: the standard library rebuilt for size, panics as bare traps
    // (CONTRIBUTING.md, "Toolchains"); the pinned toolchain in scripts/nightly-toolchain.txt.
    Object.assign(env, {
      RUSTUP_TOOLCHAIN: (await readFile(join(ROOT, 'scripts/nightly-toolchain.txt'), 'utf8')).trim(),
      RUSTFLAGS: '-Zunstable-options -Cpanic=immediate-abort',
      CARGO_UNSTABLE_BUILD_STD: 'std,panic_abort',
      CARGO_UNSTABLE_BUILD_STD_FEATURES: 'optimize_for_size',
      CARGO_TARGET_DIR: join(ROOT, 'target/nightly'),
    });
  }
  await rm(out, { recursive: true, force: true });
  const args = ['--quiet', 'build', '--target', 'web', '--release', '--out-dir', out, '--no-pack'];
  if (features) args.push('--', '--features', features);
  const run = spawnSync('wasm-pack', args, { cwd: ROOT, env, stdio: 'inherit' });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`wasm-pack failed (exit ${run.status})`);
  return {
    wasm: await readFile(join(out, `${CRATE}_bg.wasm`)),
    glue: await readFile(join(out, `${CRATE}.js`), 'utf8'),
    dts: await readFile(join(out, `${CRATE}.d.ts`), 'utf8'),
  };
}


/** The deploy: a Map of path → bytes, and the paths to precache. */
async function site({ wasm, glue, dts, base }) {
  const files = new Map();
  const precache = [];
  const put = (path, bytes, { cached = false } = {}) => {
    files.set(path, Buffer.from(bytes));
    if (cached) precache.push(path);
  };

  // Step 3: hashed names, the assets map, the API entry and its types.
  const wasmName = hashedName(`pkg/${CRATE}_bg.wasm`, wasm);
  const plainWasm = `${CRATE}_bg.wasm`;
  if (glue.split(plainWasm).length !== 2) throw new Error(`the glue: expected its wasm's name once, found it ${glue.split(plainWasm).length - 1} times`);
  const deployGlue = glue.replace(plainWasm, wasmName.slice('pkg/'.length));
  const glueName = hashedName(`pkg/${CRATE}.js`, deployGlue);
  put(wasmName, wasm, { cached: true });
  put(glueName, deployGlue, { cached: true });
  const i18n = {};
  for (const file of (await readdir(join(WWW, 'i18n'))).filter((f) => f.endsWith('.js')).sort()) {
    const tag = file.slice(0, -'.js'.length);
    if (tag === 'en') continue; // bundled into embed.min.js
    const bytes = await readFile(join(WWW, 'i18n', file));
    i18n[tag] = hashedName(`pkg/i18n/${file}`, bytes);
    put(i18n[tag], bytes, { cached: true });
  }
  const assets = { glue: glueName, wasm: wasmName, i18n };
  const assetsJson = `${JSON.stringify(assets, null, 2)}\n`;
  put('pkg/assets.json', assetsJson);
  const names = exportedNames(dts);
  put(`pkg/${CRATE}.js`, await bundle({
    stdin: { contents: apiEntry(names, join(WWW, 'src/api.js'), glueName, wasmName), resolveDir: WWW, sourcefile: 'api-entry.js' },
  }), { cached: true });
  put(`pkg/${CRATE}.d.ts`, apiTypes(dts));

  // Step 4: the element, with the hashed names inline (src/assets.js imports ../pkg/assets.json).
  put('embed.min.js', await bundle({
    entryPoints: [join(WWW, 'embed.js')],
    plugins: [cssAsMinifiedText, inMemory({ [join(WWW, 'pkg/assets.json')]: assetsJson })],
  }), { cached: true });

  // Step 5: the pages, the per-chart pages and cards, and the files served as they are.
  const { CHARTS, pictureHtml } = await import(pathToFileURL(join(WWW, 'chart-meta.js')).href);
  const ids = Object.keys(CHARTS);
  // A chart's picture as the article shows it: English, beside the deploy's files (static/…).
  const picture = (id, indent) => pictureHtml(id, { lang: 'en', alt: CHARTS[id].alt, indent });
  const values = {
    ...Object.fromEntries(ids.map((id) => [`alt/${id}`, esc(CHARTS[id].alt)])),
    ...Object.fromEntries(ids.map((id) => [`picture/${id}`, picture(id, '          ')])),
  };
  const cards = {};
  for (const chart of ids) {
    const png = pngSize(await readFile(join(WWW, `static/${chart}-light-1280.png`)));
    cards[chart] = chartCard(chart, CHARTS[chart], base, png);
    put(`oembed/${chart}.json`, `${JSON.stringify(cards[chart].oembed, null, 2)}\n`, { cached: true });
  }
  for (const page of (await readdir(join(WWW, 'pages'))).filter((f) => f.endsWith('.html')).sort()) {
    const template = await readFile(join(WWW, 'pages', page), 'utf8');
    const name = `www/pages/${page}`;
    // The generic page shows the first chart unless its query asks for another.
    const first = { ...values, chart: ids[0], title: 'A chart on the Asia-Pacific and AI', meta: cards[ids[0]].meta.split('\n').slice(1, 2).join('\n'), picture: '' };
    put(page, fillPage(template, first, name), { cached: true });
    if (page !== 'embed.html') continue;
    for (const chart of ids) {
      const perChart = { ...values, chart, title: esc(CHARTS[chart].title), meta: cards[chart].meta, picture: picture(chart, '    ') };
      put(`embed-${chart}.html`, fillPage(template, perChart, name), { cached: true });
    }
  }
  // Served as they are: the pages' scripts and styles (precached), and the pictures, the readable
  // sources (embed.js loads unbundled where CSS module scripts are supported) and the types.
  for (const path of await filesUnder(WWW)) {
    if (path.startsWith('pages/') || path.startsWith('types/')) continue; // types/: the npm package's
    const topLevel = !path.includes('/');
    const source = path === 'embed.js' || path === 'chart-meta.js' || path.endsWith('.d.ts');
    put(path, await readFile(join(WWW, path)), { cached: topLevel && !source });
  }

  // Step 6: the service worker.
  const worker = workerSource(await readFile(join(ROOT, 'scripts/sw.template.js'), 'utf8'), files, precache);
  put('sw.js', worker.source);
  return { files, assets, worker };
}

/** Step 7: the npm package, a Map of path → bytes. */
async function npmPackage({ wasm, glue, dts }) {
  const files = new Map();
  const put = (path, bytes) => files.set(path, Buffer.from(bytes));
  const tags = (await readdir(join(WWW, 'i18n'))).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3)).filter((t) => t !== 'en').sort();
  // The element's src/assets.js becomes literal URLs and imports; ./glue.js and ./i18n/*.js (which
  // only that module and the API entry import) stay imports of the package's own files, and so
  // does chart-meta.js, which the element, the API and ./pictures share.
  const metaPath = join(WWW, 'chart-meta.js');
  const external = {
    name: 'apac-ai-charts-package-files',
    setup(b) {
      b.onResolve({ filter: /^\.\/(glue|i18n\/[\w-]+)\.js$/ }, (args) => ({ path: args.path, external: true }));
      b.onResolve({ filter: /(^|\/)chart-meta\.js$/ }, (args) => (resolve(args.resolveDir, args.path) === metaPath ? { path: './chart-meta.js', external: true } : undefined));
    },
  };
  const assets = inMemory({ [join(WWW, 'src/assets.js')]: packageAssets(tags) });
  const unminified = { minify: false };
  put('index.js', await bundle({ ...unminified, entryPoints: [join(WWW, 'embed.js')], plugins: [cssAsMinifiedText, assets, external] }));
  put('api.js', await bundle({
    ...unminified,
    stdin: { contents: packageApiEntry(exportedNames(dts), join(WWW, 'src/api.js')), resolveDir: ROOT, sourcefile: 'api-entry.js' },
    plugins: [external],
  }));
  put('glue.js', await glueFactory(glue));
  put('chart-meta.js', await readFile(metaPath));
  put('pictures.js', PICTURES_ENTRY.js);
  put('pictures.d.ts', PICTURES_ENTRY.dts);
  // The picture's stylesheet and files, for the site that writes pictureHtml() into its pages.
  put('embed.css', await readFile(join(WWW, 'embed.css')));
  for (const path of picturePaths(await import(pathToFileURL(metaPath).href))) put(path, await readFile(join(WWW, path)));
  put(PACKAGE_WASM, wasm);
  for (const tag of ['en', ...tags]) put(`i18n/${tag}.js`, await readFile(join(WWW, 'i18n', `${tag}.js`)));
  put('api.d.ts', apiTypes(dts));
  put('index.d.ts', await readFile(join(WWW, 'embed.d.ts')));
  // index.d.ts names the chart ids through the generated chart-meta.d.ts, beside it.
  put('chart-meta.d.ts', await readFile(join(WWW, 'chart-meta.d.ts')));
  // The opt-in framework entries (apac-ai-charts/react, /vue…) and the attributes they share,
  // types only: each imports ChartId from chart-meta.d.ts and the element's types from index.d.ts.
  for (const file of (await readdir(join(WWW, 'types'))).filter((f) => f.endsWith('.d.ts')).sort()) {
    put(file, await readFile(join(WWW, 'types', file)));
  }
  const manifest = JSON.parse(await readFile(join(ROOT, 'custom-elements.json'), 'utf8'));
  put('custom-elements.json', `${JSON.stringify(packageManifest(manifest), null, 2)}\n`);
  return files;
}

/** Writes `files` (a Map of path → bytes) into an emptied `dir`. */
async function writeAll(dir, files) {
  await rm(dir, { recursive: true, force: true });
  for (const [path, bytes] of files) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), bytes);
  }
}

/** `bytes` compressed by `gzip -9`, the measure every size in docs/performance.md uses (zlib's
 *  level 9 differs from it by hundreds of bytes on the wasm). */
function gzipSize(bytes) {
  const run = spawnSync('gzip', ['-9c'], { input: bytes, maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`gzip failed: ${run.stderr}`);
  return run.stdout.length;
}

/** Step 8: what a page downloads to show the charts through the embed (the wasm, the glue and
 *  embed.min.js), raw and gzip -9; the other languages' modules are reported, not counted. */
export function sizeReport(files, assets, ceiling) {
  const gz = (path) => gzipSize(files.get(path));
  const counted = [assets.wasm, assets.glue, 'embed.min.js'];
  const rows = counted.map((path) => [path, files.get(path).length, gz(path)]);
  const total = rows.reduce((sum, [, raw, zipped]) => [sum[0] + raw, sum[1] + zipped], [0, 0]);
  const lines = ['file                                          raw B   gzip-9 B'];
  for (const [path, raw, zipped] of rows) lines.push(`${path.padEnd(40)} ${String(raw).padStart(10)} ${String(zipped).padStart(10)}`);
  lines.push(`${'total'.padEnd(40)} ${String(total[0]).padStart(10)} ${String(total[1]).padStart(10)}`);
  for (const [tag, path] of Object.entries(assets.i18n)) {
    lines.push(`${path.padEnd(40)} ${String(files.get(path).length).padStart(10)} ${String(gz(path)).padStart(10)}  (+ on ${tag} pages)`);
  }
  return { total: total[1], text: lines.join('\n'), over: total[1] > ceiling };
}

/** The whole stage; returns what it wrote. */
export async function buildAll({ features, nightly = false, siteDir = join(ROOT, 'target/site'), distDir = join(ROOT, 'dist'), base = baseUrl(process.env.BASE_URL || undefined) } = {}) {
  if (!existsSync(join(WWW, 'chart-meta.js'))) throw new Error('www/chart-meta.js is missing: run `cargo run --bin render-static`');
  const built = await buildWasm({ features, nightly });
  // Step 2: the glue, once: minified, then its imports and the wasm's renamed together.
  const short = shortenImports(built.wasm, await minify(built.glue), `./${CRATE}_bg.js`);
  const parts = { wasm: short.wasm, glue: short.glue, dts: built.dts };
  const deploy = await site({ ...parts, base });
  const npm = await npmPackage(parts);
  await writeAll(siteDir, deploy.files);
  await writeAll(distDir, npm);
  const ceiling = Number((await readFile(join(ROOT, 'scripts/size-budget.txt'), 'utf8')).replace(/\D/g, ''));
  const size = sizeReport(deploy.files, deploy.assets, ceiling);
  return { ...deploy, npm, renamed: short.renamed.length, size, ceiling };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const option = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
  const siteDir = resolve(option('--site') ?? join(ROOT, 'target/site'));
  const distDir = resolve(option('--dist') ?? join(ROOT, 'dist'));
  const result = await buildAll({ features: option('--features'), nightly: process.argv.includes('--nightly'), siteDir, distDir });
  console.log(`wasm imports: ${result.renamed} short names`);
  console.log(`deploy: ${relative(ROOT, siteDir) || '.'}/ (${result.files.size} files: ${result.assets.wasm}, ${result.assets.glue}, ${Object.values(result.assets.i18n).join(', ')})`);
  console.log(`sw.js: cache apac-ai-charts|<scope>|${result.worker.hash}, ${result.worker.precache.length} files precached`);
  const pictures = [...result.npm.keys()].filter((path) => path.startsWith('static/'));
  const packaged = [...result.npm.keys()].filter((path) => !pictures.includes(path)).sort();
  console.log(`npm package: ${relative(ROOT, distDir)}/ (${packaged.join(', ')}, and ${pictures.length} pictures in static/)`);
  if (!process.env.BASE_URL) console.log('oEmbed and social cards for http://localhost:8080/ (set BASE_URL=https://…/charts/ for a deploy)');
  console.log(result.size.text);
  if (result.size.over) {
    console.error(`size budget exceeded: ${result.size.total} B gzip > ceiling ${result.ceiling} B (scripts/size-budget.txt)`);
    process.exit(1);
  }
  console.log(`size budget: ${result.size.total} B gzip of ${result.ceiling} B ceiling`);
}
