// The API entry's runtime (pkg/apac_ai_charts.js, the stable file `render()` users import): the
// build (scripts/build/deploy.mjs) generates that entry, naming every export of the glue, and
// bundles it with this file. Each export calls into the instance that the last `init()` started,
// through instance.js: a call on a dead instance, or before `init()`, throws an `Error` with code
// 'INSTANCE_LOST', and a fresh `init()` recovers. The glue and the wasm it loads carry a hash of
// their content in their names, so an entry never meets another build's wasm.
import { ERROR_CODES } from '../chart-meta.js';
import { codedError, compileWasm, instantiate, withInstanceQuery } from './instance.js';

export { codedError, withInstanceQuery };

/** The API over the glue that `importGlue(generation)` imports (for `generation` > 0, a fresh copy
 *  of the module, or a rejection where there can be none: the npm package's bundled entry) and the
 *  wasm at `wasmUrl` (an absolute URL). `onInstance(instance)` runs after each successful `init()`
 *  (the entry updates its `Chart`). */
export function connect(importGlue, wasmUrl, onInstance) {
  let instance = null;
  let generation = 0;
  let compiled = null; // the default wasm, compiled once, for every fresh instance

  /** Like wasm-bindgen's init: resolves to the wasm's exports. `{ module_or_path }` (a
   *  WebAssembly.Module, a URL, a Response or bytes) overrides the deployed wasm. A call while an
   *  instance is alive returns it; after one died, starts a fresh one. */
  async function init(options) {
    if (instance && !instance.lost) return instance.wasmExports;
    const given = options !== null && typeof options === 'object' && 'module_or_path' in options
      ? options.module_or_path
      : options;
    let wasm;
    if (given === undefined) {
      compiled ??= compileWasm(wasmUrl);
      compiled.catch(() => { compiled = null; });
      wasm = compiled;
    } else {
      wasm = given;
    }
    const fresh = generation;
    const started = await instantiate(() => importGlue(fresh), wasm, () => {});
    generation += 1;
    instance = started;
    onInstance(started);
    return started.wasmExports;
  }

  /** Calls the export `name` of the live instance. */
  function call(name, args) {
    if (!instance) throw codedError(ERROR_CODES.INSTANCE_LOST, `${name}(): no wasm instance yet; await init() first`);
    return instance.exports[name](...args);
  }

  return { init, call };
}
