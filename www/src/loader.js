// The page-wide loader: where the embed was served from, and what every <apac-ai-chart> on a page
// shares: the one wasm instance (and its replacement if it dies: instance.js) and the one
// stylesheet. Every runtime URL (the glue and the wasm in pkg/, other languages' modules, the
// static pictures) resolves against the entry file's directory, set once by www/embed.js: the
// bundle (the deploy's embed.min.js) and the readable source load from the same place. The glue, the wasm
// and the language modules are named by the build with a hash of their content (assets.js).
// A failed load is tried again on request. Owns no element state; imports nothing of the element.
import styles from './styles.css' with { type: 'css' };
import { importGlue, wasmUrl } from './assets.js';
import { compileWasm, instantiate, withInstanceQuery } from './instance.js';

const MAX_REPLACEMENTS = 3;
let base = null; // URL of the directory the entry file was loaded from
let wasm = null; // Promise of the Instance (instance.js), started by the first element
let compiled = null; // Promise of the compiled WebAssembly.Module, kept for fresh instances
let current = null; // the Instance, once ready
let attempts = 0; // failed loads so far
let replacements = 0; // instances started after one died
let lostListener = null;
let sheet = null;

/** Called once by the entry file with `new URL('./', import.meta.url)`. */
export function setBase(url) {
  base = url;
}

/** A path under www/ (e.g. 'static/…svg') as an absolute URL on the embed's own origin. */
export function assetUrl(path) {
  return new URL(path, base).href;
}

/** `path` as an absolute URL; on a retry, with a query the browser has not seen, because a module
 *  script whose fetch failed stays failed under its URL until the page reloads. */
export function retryUrl(path, attempt) {
  return attempt > 0 ? `${assetUrl(path)}?retry=${attempt}` : assetUrl(path);
}

/** Loads the glue and the wasm once per page (the wasm compiles while the glue downloads);
 *  resolves to the live Instance (instance.js). After a failed load the next call tries again
 *  (elements call it when they connect, and on the `online` event). After the instance died, the
 *  next call starts a fresh one from the compiled module, at most MAX_REPLACEMENTS times a page: a
 *  wasm that keeps dying stays down, and the elements show their pictures. */
export function loadWasm() {
  if (current?.lost && replacements < MAX_REPLACEMENTS) {
    replacements += 1;
    current = null;
    wasm = null;
  }
  if (!wasm) {
    const attempt = attempts;
    compiled ??= compileWasm(wasmUrl((path) => retryUrl(path, attempt)));
    compiled.catch(() => {}); // handled below, once the glue is in
    const module = compiled;
    const generation = replacements;
    const glue = () => importGlue((path) => withInstanceQuery(retryUrl(path, attempt), generation));
    const starting = instantiate(glue, module, (instance) => {
      if (instance === current) lostListener?.();
    }).then((instance) => {
      current = instance;
      return instance;
    });
    wasm = starting;
    starting.catch(() => {
      attempts = attempt + 1;
      if (wasm === starting) wasm = null; // failed: the next call starts again
      if (compiled === module) compiled = null;
    });
  }
  return wasm;
}

/** `listener()` runs when the live instance dies (page.js: start a fresh one, redraw every element). */
export function onInstanceLost(listener) {
  lostListener = listener;
}

/** True after a failed load, until the next attempt starts. */
export function wasmFailed() {
  return wasm === null && attempts > 0 && !current;
}

/** True once the instance died and no fresh one may start: elements show their pictures. */
export function wasmGaveUp() {
  return Boolean(current?.lost) && replacements >= MAX_REPLACEMENTS;
}

/** The live instance's exports (render, preferredHeight, addTranslations…, each throwing an
 *  'INSTANCE_LOST' Error once the instance has died), or null before it loads and once it died. */
export function wasmModule() {
  return current && !current.lost ? current.exports : null;
}

/** How many wasm instances this page has started: 1, or more if one died and was replaced. */
export function instanceCount() {
  return replacements + (current || wasm ? 1 : 0);
}

/** Bytes of wasm linear memory, or 0 before it loads. */
export function wasmMemoryBytes() {
  return current ? current.memory.buffer.byteLength : 0;
}

/** The element's stylesheet, one for the page. Bundled, `styles` is its minified text
 *  (scripts/build/bundle.mjs); loaded unbundled, the browser hands over the parsed sheet (a CSS
 *  module script). */
export function styleSheet() {
  if (!sheet && typeof styles === 'string') {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
  }
  return sheet ?? styles;
}
