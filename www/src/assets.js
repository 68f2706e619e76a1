// Where the files the element loads at run time come from: the wasm, the glue and the other
// languages' modules. This is the web deploy's copy: the build (scripts/build/deploy.mjs) names
// them with a hash of their content (pkg/apac_ai_charts.<hash>.js, …) and writes the names into
// pkg/assets.json, so a page never mixes files of two builds. Bundled, the JSON is inlined into
// embed.min.js; loaded unbundled, the browser imports it as a JSON module. Paths are relative to
// the embed's directory; `url(path)` (from loader.js) makes one absolute, with a query on a retry
// or for a fresh instance.
// The npm package's element (scripts/build/npm.mjs) swaps this module for one with the same
// exports whose URLs are `new URL('./…', import.meta.url)` and `import('./…')` literals, which
// bundlers follow, and whose glue is a factory (a fresh module state per instance).
import assets from '../pkg/assets.json' with { type: 'json' };

/** The wasm's URL. */
export const wasmUrl = (url) => url(assets.wasm);
/** The glue module (a new copy for each distinct `url` result). */
export const importGlue = (url) => import(url(assets.glue));
/** The language module for `tag` (one we ship, not English). */
export const importLanguage = (tag, url) => import(url(assets.i18n[tag]));
