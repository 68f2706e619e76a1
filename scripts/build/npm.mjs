// The npm package's pieces, for the build stage (scripts/build.mjs), which writes dist/ from the
// same glue and wasm as the deploy (package.json "files"; `npm pack` at the repository root packs
// them with README.md, LICENSE and CHANGELOG.md). Unhashed names: a consumer's bundler names them.
// - dist/index.js       "."        the element, with src/assets.js swapped for literal
//                                   `new URL('./apac_ai_charts_bg.wasm', import.meta.url)` and
//                                   `import('./glue.js')`, `import('./i18n/<tag>.js')`, which Vite and
//                                   webpack follow and copy (esbuild bundles the imports; the wasm
//                                   file it leaves to be copied: docs/embedding.md)
// - dist/api.js         "./api"    init() and render()… (src/api.js around the glue), same literals
// - dist/glue.js                    the glue as createGlue()
// - dist/pictures.js    "./pictures" CHARTS and pictureHtml(), re-exported from dist/chart-meta.js
//                                   (www/chart-meta.js as it is, which the element and the API
//                                   import too): the picture a page writes inside the element
// - dist/embed.css      "./embed.css" the stylesheet that sizes that picture before any script runs
// - dist/static/<chart>-<theme>-<width>[.<lang>].svg: every file pictureHtml() names, to copy to
//   the site (picturePaths())
// - dist/apac_ai_charts_bg.wasm, dist/i18n/<tag>.js (English too), the .d.ts files and
//   dist/custom-elements.json (the manifest, its module paths dist/index.js)
// A bundler makes one module of the glue, so dist/glue.js is the glue wrapped as a factory
// (createGlue(), a fresh module state per call): after a wasm instance died, the bundled element
// and API start a fresh one exactly as the web deploy does with a fresh import. Not minified: a
// consumer's bundler minifies.
import { build } from 'esbuild';
import { COMMON } from './bundle.mjs';

export const WASM = 'apac_ai_charts_bg.wasm';

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

/** dist/pictures.js and its types: the picture's part of chart-meta.js, which the package ships
 *  beside it. */
export const PICTURES_ENTRY = {
  js: [
    '// The picture a page writes inside <apac-ai-chart> (pictureHtml), and the charts (CHARTS: ids, titles,',
    "// English alt texts): the registry's own module, which the element imports too.",
    "export { CHARTS, pictureHtml } from './chart-meta.js';",
    '',
  ].join('\n'),
  dts: [
    '// The picture a page writes inside <apac-ai-chart> (pictureHtml), and the charts (CHARTS).',
    "export { CHARTS, pictureHtml } from './chart-meta.js';",
    "export type { ChartId, ChartLang, ChartMeta } from './chart-meta.js';",
    '',
  ].join('\n'),
};

/** Every static picture (`static/….svg`, relative to www/) that `pictureHtml` of chart-meta.js
 *  (`meta`, the module) names: each chart in each language and theme. */
export function picturePaths(meta) {
  const paths = new Set();
  for (const chart of Object.keys(meta.CHARTS)) {
    for (const lang of meta.LANGS) {
      for (const theme of ['light', 'dark']) {
        for (const [, path] of meta.pictureHtml(chart, { lang, theme }).matchAll(/(?:src|srcset)="([^"]+)"/g)) paths.add(path);
      }
    }
  }
  return [...paths].sort();
}

/** The package's API entry: src/api.js (at `runtime`) around the glue (compare deploy.mjs apiEntry). */
export function packageApiEntry(names, runtime) {
  const classes = names.filter((n) => /^[A-Z]/.test(n));
  const functions = names.filter((n) => !/^[A-Z]/.test(n));
  return [
    `import { connect } from ${JSON.stringify(runtime)};`,
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
    ...COMMON,
    stdin: { contents: source, loader: 'js', sourcefile: 'glue.js' },
    bundle: false, write: false, format: 'iife', globalName: 'glue',
    define: { 'import.meta.url': 'importMetaUrl' },
  });
  const body = outputFiles[0].text.trimEnd();
  if (!body.startsWith('var glue = ')) throw new Error(`glue.js: unexpected esbuild output: ${body.slice(0, 40)}`);
  return [
    '// The wasm-bindgen glue as a factory: each createGlue() is a fresh copy with its own state.',
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
