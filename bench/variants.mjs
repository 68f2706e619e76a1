// The loading levers the benchmark weighs against the one-line embed as shipped, built from the
// deploy in target/site/ into bench/dist/ (never deployed; bench/run.mjs builds them each run):
// - embed-glue.min.js: the element with the wasm-bindgen glue bundled in (one request fewer: the
//   wasm alone is fetched once the element runs);
// - embed-inline.min.js: the element with the glue and the wasm inside, base64 (no request after
//   the script; the wasm is decoded and compiled from bytes instead of streamed). It records the
//   decoding and compiling times in window.benchInline.
// Both resolve the wasm and the language modules in target/site/ (paths from bench/dist/).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundle, cssAsMinifiedText, inMemory } from '../scripts/build/bundle.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const SITE = join(ROOT, 'target/site');
const WWW = join(ROOT, 'www');
/** The deploy, as a path from bench/dist/ (where the variants are served from). */
const DEPLOY = '../../target/site/';
/** What compileWasm is given in place of a URL when the wasm is inline. */
const INLINE = 'inline:wasm';

/** The element's src/assets.js with the glue imported statically (bundled), and, if `inline`,
 *  the wasm as base64. */
function assetsModule(assets, inline) {
  const glue = JSON.stringify(join(SITE, assets.glue));
  const wasm = inline ? JSON.stringify(readFileSync(join(SITE, assets.wasm)).toString('base64')) : 'null';
  return `import * as glue from ${glue};
const assets = ${JSON.stringify(assets)};
export const WASM_BASE64 = ${wasm};
export const wasmUrl = (url) => (WASM_BASE64 ? ${JSON.stringify(INLINE)} : url(${JSON.stringify(DEPLOY)} + assets.wasm));
export const importGlue = () => Promise.resolve(glue);
export const importLanguage = (tag, url) => import(url(${JSON.stringify(DEPLOY)} + assets.i18n[tag]));
`;
}

/** src/instance.js whose compileWasm compiles the inline wasm from its bytes, timed. */
function instanceModule() {
  const source = readFileSync(join(WWW, 'src/instance.js'), 'utf8');
  const head = 'export function compileWasm(url) {\n';
  if (source.split(head).length !== 2) throw new Error('www/src/instance.js: compileWasm(url) not found once');
  return `import { WASM_BASE64 } from './assets.js';\n${source.replace(head, `${head}  if (url === ${JSON.stringify(INLINE)}) {
    const t0 = performance.now();
    const bytes = Uint8Array.fromBase64(WASM_BASE64);
    const t1 = performance.now();
    return WebAssembly.compile(bytes).then((module) => {
      window.benchInline = { decode: t1 - t0, compile: performance.now() - t1 };
      return module;
    });
  }
`)}`;
}

/** Builds both variants into bench/dist/; returns their gzip -9 sizes, bytes. */
export async function buildVariants() {
  const assets = JSON.parse(readFileSync(join(SITE, 'pkg/assets.json'), 'utf8'));
  mkdirSync(join(ROOT, 'bench/dist'), { recursive: true });
  const sizes = {};
  for (const [name, inline] of [['embed-glue.min.js', false], ['embed-inline.min.js', true]]) {
    const modules = { [join(WWW, 'src/assets.js')]: assetsModule(assets, inline) };
    if (inline) modules[join(WWW, 'src/instance.js')] = instanceModule();
    const text = await bundle({ entryPoints: [join(WWW, 'embed.js')], plugins: [cssAsMinifiedText, inMemory(modules)] });
    writeFileSync(join(ROOT, 'bench/dist', name), text);
    sizes[name] = gzipSync(text, { level: 9 }).length;
  }
  return sizes;
}
