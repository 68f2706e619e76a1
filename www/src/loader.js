// The page-wide loader: where the embed was served from, and what every <apac-ai-chart> on a page
// shares: the one wasm instance and the one stylesheet. Every runtime URL (the wasm and its glue in pkg/, other
// languages' i18n/*.js, the static pictures) resolves against the entry file's directory, set once
// by www/embed.js: the bundle (www/embed.min.js) and the readable source load from the same place.
// A failed load is tried again on request. Owns no element state; imports nothing of the element.
import styles from './styles.css' with { type: 'css' };

let base = null; // URL of the directory the entry file was loaded from
let wasm = null; // Promise of { module, memory }, started by the first element
let loaded = null; // the same, once ready
let attempts = 0; // failed loads so far
let sheet = null;

/** Called once by the entry file with `new URL('./', import.meta.url)`. */
export function setBase(url) {
  base = url;
}

/** A path under www/ (e.g. 'static/…svg') as an absolute URL on the embed's own origin. */
export function assetUrl(path) {
  return new URL(path, base).href;
}

/** Fetches and compiles the wasm while the glue downloads (the glue alone would fetch it only once
 *  it has loaded). Hosts that serve .wasm without `application/wasm` get the non-streaming path. */
function compileWasm(url) {
  return fetch(url).then((response) => {
    if (!response.ok) throw new Error(`failed to fetch ${url}: HTTP ${response.status}`);
    return response.headers.get('Content-Type')?.startsWith('application/wasm')
      ? WebAssembly.compileStreaming(response)
      : response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
  });
}

/** `path` as an absolute URL; on a retry, with a query the browser has not seen, because a module
 *  script whose fetch failed stays failed under its URL until the page reloads. */
export function retryUrl(path, attempt) {
  return attempt > 0 ? `${assetUrl(path)}?retry=${attempt}` : assetUrl(path);
}

/** Loads the glue and the wasm once per page; resolves to { module, memory }. After a failure the
 *  next call tries again (elements call it when they connect, and on the `online` event). */
export function loadWasm() {
  if (!wasm) {
    const attempt = attempts;
    const compiled = compileWasm(assetUrl('pkg/apac_ai_charts_bg.wasm'));
    compiled.catch(() => {}); // handled below, once the glue is in
    wasm = import(retryUrl('pkg/apac_ai_charts.js', attempt)).then(async (module) => {
      const exports = await module.default({ module_or_path: await compiled });
      loaded = { module, memory: exports.memory };
      return loaded;
    });
    wasm.catch(() => {
      attempts = attempt + 1;
      wasm = null; // failed: the next call starts again
    });
  }
  return wasm;
}

/** True after a failed load, until the next attempt starts. */
export function wasmFailed() {
  return wasm === null && attempts > 0 && !loaded;
}

/** The wasm-bindgen module (render, preferredHeight, addTranslations…) once loaded, else null. */
export function wasmModule() {
  return loaded?.module ?? null;
}

/** Bytes of wasm linear memory, or 0 before it loads. */
export function wasmMemoryBytes() {
  return loaded ? loaded.memory.buffer.byteLength : 0;
}

/** The element's stylesheet, one for the page. Bundled, `styles` is its minified text
 *  (scripts/bundle-embed.mjs); loaded unbundled, the browser hands over the parsed sheet (a CSS
 *  module script). */
export function styleSheet() {
  if (!sheet && typeof styles === 'string') {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
  }
  return sheet ?? styles;
}
