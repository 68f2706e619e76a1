// The wasm instance a page shares, behind calls that notice when it has died. Used by the element
// (through loader.js) and by the API entry (src/api.js, built into pkg/apac_ai_charts.js).
//
// By contract every wasm export either returns or throws an `Error` with a `code` from
// ERROR_CODES. Anything else coming out of a call (a `WebAssembly.RuntimeError` from a trap, or a
// foreign value unwinding through the wasm) means the instance's memory can no longer be trusted:
// the instance is marked lost, that call and every later one throw an `Error` with code
// 'INSTANCE_LOST', and nothing calls into it again. `instantiate()` then builds a fresh instance
// from the compiled module: a new copy of the glue (imported under another URL, so it gets its own
// module state) around a new `WebAssembly.Instance`. Chart handles of a lost instance are dead;
// their methods throw 'INSTANCE_LOST' too, and `free()` on them is a no-op.
// Touches nothing global; imports only the generated error codes.
import { ERROR_CODES } from '../chart-meta.js';

// Raised by the wasm itself; the last two (INSTANCE_LOST, CHART_FREED) only ever here.
const KNOWN_CODES = new Set(Object.values(ERROR_CODES).filter((c) => c !== ERROR_CODES.INSTANCE_LOST && c !== ERROR_CODES.CHART_FREED));

/** An `Error` with `code` and `message`. */
export function codedError(code, message, options) {
  const error = new Error(message, options);
  error.code = code;
  return error;
}

/** An `Error` with code 'INSTANCE_LOST', for `what` (e.g. 'render()'), caused by `cause`. */
function lostError(what, cause) {
  const why = cause instanceof Error ? `${cause.name}: ${cause.message}` : 'a value that is not an Error';
  return codedError(ERROR_CODES.INSTANCE_LOST, `${what}: the wasm instance stopped (${why}) and cannot be used again; `
    + 'call init() to start a fresh one (<apac-ai-chart> elements do this themselves)', { cause });
}

/** True for what a healthy export throws: an Error carrying one of the wasm's own codes. */
function expected(thrown) {
  return thrown instanceof Error && KNOWN_CODES.has(thrown.code);
}

/** One instance of the glue and the wasm. `exports` wraps every function and class the glue
 *  exports so that a call on a lost instance throws instead of running. */
class Instance {
  lost = null; // the Error that ended it, once lost
  #onLost;

  constructor(glue, wasmExports, onLost) {
    this.glue = glue;
    this.wasmExports = wasmExports;
    this.memory = wasmExports.memory;
    this.#onLost = onLost;
    this.exports = {};
    for (const [name, value] of Object.entries(glue)) {
      if (name === 'default' || name === 'initSync' || typeof value !== 'function') continue;
      // Classes (Chart) are not called by users, only returned: wrapped where they are returned.
      if (/^[A-Z]/.test(name)) continue;
      this.exports[name] = (...args) => this.call(`${name}()`, () => value(...args));
    }
  }

  /** Runs `fn` (a call into this instance) and returns its result, with handles wrapped. */
  call(what, fn) {
    if (this.lost) throw lostError(what, this.lost);
    let result;
    try {
      result = fn();
    } catch (thrown) {
      if (expected(thrown)) throw thrown;
      this.lost = thrown instanceof Error ? thrown : new Error(String(typeof thrown));
      this.#onLost(this);
      throw lostError(what, thrown);
    }
    return this.#wrap(result);
  }

  /** A chart handle of this instance: every method and getter goes through `call`. */
  #wrap(value) {
    if (value === null || typeof value !== 'object' || typeof value.free !== 'function' || !('__wbg_ptr' in value)) return value;
    const instance = this;
    // A freed handle's calls never reach the wasm (whose answer would be an uncoded Error thrown
    // through it): they throw 'CHART_FREED' here.
    const call = (what, fn) => {
      if (value.__wbg_ptr === 0) throw codedError(ERROR_CODES.CHART_FREED, `${what}: this chart was freed; render() a new one`);
      return instance.call(what, fn);
    };
    return new Proxy(value, {
      get(target, key) {
        if (key === 'free' || key === Symbol.dispose) {
          return () => { if (!instance.lost && target.__wbg_ptr !== 0) instance.call('chart.free()', () => target.free()); };
        }
        const getter = accessor(target, key);
        if (getter) return call(`chart.${String(key)}`, () => getter.call(target));
        const member = Reflect.get(target, key); // a data property: runs no code
        if (typeof member !== 'function') return member;
        return (...args) => call(`chart.${String(key)}()`, () => member.apply(target, args));
      },
    });
  }
}

/** The getter `key` of `object` or of its prototypes, if it is an accessor there. */
function accessor(object, key) {
  for (let o = object; o !== null; o = Object.getPrototypeOf(o)) {
    const descriptor = Object.getOwnPropertyDescriptor(o, key);
    if (descriptor) return descriptor.get ?? null;
  }
  return null;
}

/** `url` with `instance=<generation>` in its query when `generation` > 0: a module URL the page
 *  has not imported yet, so the glue is evaluated afresh, with its own module state. */
export function withInstanceQuery(url, generation) {
  return generation > 0 ? `${url}${url.includes('?') ? '&' : '?'}instance=${generation}` : url;
}

/** Imports the glue with `importGlue()` (a fresh copy of the module for a fresh instance:
 *  `withInstanceQuery`) and instantiates `compiled` (a `WebAssembly.Module`, or a promise of one)
 *  with it. `onLost(instance)` is called once if the instance later dies. */
export async function instantiate(importGlue, compiled, onLost) {
  const glue = await importGlue();
  const wasmExports = await glue.default({ module_or_path: await compiled });
  let reported = false;
  return new Instance(glue, wasmExports, (instance) => {
    if (reported) return;
    reported = true;
    onLost(instance);
  });
}

/** Fetches and compiles the wasm (while the glue downloads). Hosts that serve .wasm without
 *  `application/wasm` get the non-streaming path. */
export function compileWasm(url) {
  return fetch(url).then((response) => {
    if (!response.ok) throw new Error(`failed to fetch ${url}: HTTP ${response.status}`);
    return response.headers.get('Content-Type')?.startsWith('application/wasm')
      ? WebAssembly.compileStreaming(response)
      : response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
  });
}
