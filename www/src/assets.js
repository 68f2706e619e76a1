// The deployed names of the files the element loads at run time, written by the build
// (scripts/deploy-names.mjs) into pkg/assets.json: the glue, the wasm and the other languages'
// modules carry a hash of their content (pkg/apac_ai_charts.<hash>.js, …), so a page never mixes
// files of two builds. Bundled, the JSON is inlined into embed.min.js (and the API entry); loaded
// unbundled, the browser imports it as a JSON module. Paths are relative to the embed's directory.
import assets from '../pkg/assets.json' with { type: 'json' };

/** { glue, wasm, i18n: { <tag>: path } } */
export const ASSETS = assets;
