#!/usr/bin/env node
// Build step (scripts/build.sh, after the web build): writes dist/, the npm package's files
// (package.json "files"; `npm pack` at the repository root packs them with README.md, LICENSE and
// CHANGELOG.md). Unhashed names: a consumer's bundler names them.
// - dist/index.js       "."        the element (www/embed.js and its modules, chart-meta.js, the
//                                   English texts and the stylesheet), with src/assets.js swapped
//                                   for literal `new URL('./apac_ai_charts_bg.wasm', import.meta.url)`
//                                   and `import('./glue.js')`, `import('./i18n/<tag>.js')`, which
//                                   Vite and webpack follow and copy (esbuild bundles the imports;
//                                   the wasm file it leaves to be copied: docs/embedding.md).
// - dist/api.js         "./api"    init() and render()… (src/api.js around the glue), same literals
// - dist/glue.js                    the wasm-bindgen glue (minified by build.sh) as createGlue()
// - dist/apac_ai_charts_bg.wasm
// - dist/i18n/<tag>.js  "./i18n/*" every language's module (English too)
// - dist/index.d.ts, dist/api.d.ts  from www/embed.d.ts and www/pkg/apac_ai_charts.d.ts
// - dist/custom-elements.json       the root's manifest, its module paths now dist/index.js
// A bundler makes one module of the glue, so dist/glue.js is the glue wrapped as a factory
// (createGlue(), a fresh module state per call): after a wasm instance died, the bundled element
// and API start a fresh one exactly as the web deploy does with a fresh import. Not minified: a
// consumer's bundler minifies.
// Usage: node scripts/build-npm.mjs [--from DIR] [--out DIR]   (after scripts/build.sh; defaults:
// www/ and dist/; tests/package/ builds a second dist from the test-trap build's copy of www/)
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { cssAsMinifiedText } from './bundle-embed.mjs';
import { exportedNames } from './deploy-names.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const WWW = join(ROOT, 'www');
const WASM = 'apac_ai_charts_bg.wasm';

/** The languages we ship other than English (the tags of www/i18n/*.js). */
async function otherLanguages(from) {
  return (await readdir(join(from, 'i18n'))).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3)).filter((t) => t !== 'en').sort();
}

/** The package's replacement for www/src/assets.js: the same exports, as literals bundlers follow. */
export function packageAssets(tags) {
  return [
    `export const wasmUrl = () => new URL('./${WASM}', import.meta.url).href;`,
    "export const importGlue = () => import('./glue.js').then((module) => module.createGlue());",
    'const languages = {',
    ...tags.map((tag) => `  '${tag}': () => import('./i18n/${tag}.js'),`),
    '};',
    'export const importLanguage = (tag) => languages[tag]();',
    '',
  ].join('\n');
}

/** The package's API entry: src/api.js around the glue (compare deploy-names.mjs apiEntry). */
export function packageApiEntry(names) {
  const classes = names.filter((n) => /^[A-Z]/.test(n));
  const functions = names.filter((n) => !/^[A-Z]/.test(n));
  return [
    `import { connect } from ${JSON.stringify(join(WWW, 'src/api.js'))};`,
    ...classes.map((name) => `export let ${name} = null;`),
    '// Each instance gets a fresh glue (dist/glue.js is a factory), so init() after a lost instance recovers.',
    "const glue = () => import('./glue.js').then((module) => module.createGlue());",
    `const api = connect(glue, new URL('./${WASM}', import.meta.url).href,`,
    `  (instance) => { ${classes.map((name) => `${name} = instance.glue.${name};`).join(' ')} });`,
    'export default api.init;',
    ...functions.map((name) => `export function ${name}(...args) { return api.call('${name}', args); }`),
    '',
  ].join('\n');
}

/** dist/glue.js: the wasm-bindgen glue `source` (an ES module whose state, the instance, lives at
 *  module level) as `createGlue()`, which evaluates it afresh on each call and returns its exports,
 *  so a bundle, which holds one copy of every module, can still start a fresh instance after one
 *  died. esbuild wraps the module as a function (format iife); the glue's own fallback URL for the
 *  wasm (used only when no `module_or_path` is given, which the element and the API never do) keeps
 *  resolving against this file through the `importMetaUrl` parameter. */
export async function glueFactory(source) {
  const { outputFiles } = await build({
    stdin: { contents: source, loader: 'js', sourcefile: 'glue.js' },
    bundle: false, write: false, format: 'iife', globalName: 'glue', target: 'es2022',
    legalComments: 'none', logLevel: 'warning', charset: 'utf8',
    define: { 'import.meta.url': 'importMetaUrl' },
  });
  const body = outputFiles[0].text.trimEnd();
  if (!body.startsWith('var glue = ')) throw new Error(`glue.js: unexpected esbuild output: ${body.slice(0, 40)}`);
  return [
    '// The wasm-bindgen glue as a factory: each createGlue() is a fresh copy with its own state',
    '// (scripts/build-npm.mjs glueFactory).',
    'export function createGlue(importMetaUrl = import.meta.url) {',
    body.replace(/^/gm, '  '),
    '  return glue;',
    '}',
    '',
  ].join('\n');
}

/** custom-elements.json for the package: the element's class and its definition both live in
 *  dist/index.js (which exports no class: the tag is its interface). */
export function packageManifest(manifest) {
  const path = 'dist/index.js';
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  const exports = manifest.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition')
    .map((e) => ({ ...e, declaration: { ...e.declaration, module: path } }));
  return { ...manifest, modules: [{ kind: 'javascript-module', path, declarations, exports }] };
}

/** esbuild plugin: `./glue.js` and `./i18n/*.js` stay imports of dist/'s own files; the element's
 *  src/assets.js becomes `assetsSource`. */
function packageFiles(assetsSource) {
  return {
    name: 'apac-ai-charts-package-files',
    setup(b) {
      b.onResolve({ filter: /^\.\/(glue|i18n\/[\w-]+)\.js$/ }, (args) => (args.importer.endsWith('assets-npm.js') || args.importer.endsWith('api-entry.js')
        ? { path: args.path, external: true } : undefined));
      b.onResolve({ filter: /\/assets\.js$/ }, (args) => (args.importer.startsWith(join(WWW, 'src'))
        ? { path: join(WWW, 'src/assets-npm.js'), namespace: 'apac-assets' } : undefined));
      b.onLoad({ filter: /.*/, namespace: 'apac-assets' }, () => ({ contents: assetsSource, loader: 'js', resolveDir: join(WWW, 'src') }));
    },
  };
}

const common = { bundle: true, format: 'esm', target: 'es2022', legalComments: 'none', logLevel: 'warning', charset: 'utf8' };

/** Writes the package's files from the built `from` (a www/ after scripts/build.sh) into `out`;
 *  returns their paths. The element's modules are always www/src/'s. */
export async function buildPackage({ from = WWW, out = join(ROOT, 'dist') } = {}) {
  const dist = out; // the package folder being written
  await rm(dist, { recursive: true, force: true });
  await mkdir(join(dist, 'i18n'), { recursive: true });
  const tags = await otherLanguages(from);
  const plugin = packageFiles(packageAssets(tags));

  await build({ ...common, entryPoints: [join(WWW, 'embed.js')], outfile: join(dist, 'index.js'), plugins: [cssAsMinifiedText, plugin] });

  const dts = await readFile(join(from, 'pkg/apac_ai_charts.d.ts'), 'utf8');
  await build({
    ...common,
    stdin: { contents: packageApiEntry(exportedNames(dts)), resolveDir: dist, sourcefile: 'api-entry.js' },
    outfile: join(dist, 'api.js'),
    plugins: [plugin],
  });

  // The glue and the wasm as the web build named them, back under plain names.
  const assets = JSON.parse(await readFile(join(from, 'pkg/assets.json'), 'utf8'));
  const hashedWasm = assets.wasm.slice('pkg/'.length);
  const glue = await readFile(join(from, assets.glue), 'utf8');
  if (glue.split(hashedWasm).length !== 2) throw new Error(`${assets.glue}: expected ${hashedWasm} once`);
  await writeFile(join(dist, 'glue.js'), await glueFactory(glue.replace(hashedWasm, WASM)));
  await copyFile(join(from, assets.wasm), join(dist, WASM));
  for (const tag of ['en', ...tags]) await copyFile(join(from, 'i18n', `${tag}.js`), join(dist, 'i18n', `${tag}.js`));

  await writeFile(join(dist, 'api.d.ts'), dts);
  await writeFile(join(dist, 'custom-elements.json'), `${JSON.stringify(packageManifest(JSON.parse(await readFile(join(ROOT, 'custom-elements.json'), 'utf8'))), null, 2)}\n`);
  await copyFile(join(from, 'embed.d.ts'), join(dist, 'index.d.ts'));
  return (await readdir(dist, { recursive: true })).sort();
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const option = (name) => { const i = process.argv.indexOf(name); return i > 0 ? resolve(process.argv[i + 1]) : undefined; };
  const out = option('--out');
  const files = await buildPackage({ from: option('--from'), out });
  console.log(`npm package: ${out ?? 'dist/'} ${files.join(', ')}`);
}
