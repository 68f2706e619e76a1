// What every <apac-ai-chart> on a page shares besides the wasm: the set of connected elements and
// the page-wide reasons to redraw or retry them: the reader's colour scheme, the screen's pixel
// ratio, a `lang` attribute changing on <html> or any ancestor (one MutationObserver per page, there
// only while an element is connected), and the browser coming back `online` (failed wasm and
// language loads are tried again), and the wasm instance dying (a fresh one starts, every element
// redraws). Knows the elements only through `schedule()`, `retry()` and `instanceLost()`.
import { loadWasm, onInstanceLost, wasmFailed } from './loader.js';
import { forgetFailedLanguages } from './lang.js';

const live = new Set();
let dark = null; // the reader's colour scheme, a MediaQueryList, from the first element on

/** Whether the reader prefers a dark scheme. */
export function prefersDark() {
  return dark?.matches ?? false;
}

/** Fires when devicePixelRatio changes (zoom, another screen); re-armed for the new ratio. */
function watchPixelRatio() {
  const redraw = () => {
    live.forEach((el) => el.schedule());
    watchPixelRatio();
  };
  window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener('change', redraw, { once: true });
}

/** The page-wide watches, started when the first element connects, never on import (so importing
 *  the element during server-side rendering, where there is no `window`, is harmless). */
function watchPage() {
  dark = window.matchMedia('(prefers-color-scheme: dark)');
  dark.addEventListener('change', () => live.forEach((el) => el.schedule()));
  watchPixelRatio();
  window.addEventListener('online', retryFailedLoads);
  // Printing: every element shows its static picture (an SVG, so at print resolution) instead of
  // the canvas; fetched only when printing starts (beforeprint, or print media emulated).
  const preparePrint = () => live.forEach((el) => el.preparePrint());
  window.addEventListener('beforeprint', preparePrint);
  window.matchMedia('print').addEventListener('change', (e) => { if (e.matches) preparePrint(); });
}

let langObserver = null;

/** Elements without their own `lang` under a changed one (or under <html> when outside the
 *  document's tree, in a shadow root: they fall back to <html lang>) redraw in the new language. */
function followLang(records) {
  const root = document.documentElement;
  const changed = records.map((r) => r.target);
  live.forEach((el) => {
    if (el.hasAttribute('lang')) return; // its own attribute: attributeChangedCallback
    const inTree = root.contains(el);
    if (changed.some((t) => (inTree ? t.contains(el) : t === root))) el.schedule();
  });
}

let firstDrawFrame = -1;

/** Whether an element may make its first draw in the frame whose timestamp is `frameTime`: one a
 *  frame, so that charts appearing together are drawn in separate tasks (each a long task at
 *  most once), not one task that blocks the page for all of them. Takes the slot if free. */
export function firstDrawSlot(frameTime) {
  if (frameTime === firstDrawFrame) return false;
  firstDrawFrame = frameTime;
  return true;
}

/** An element connected: counted, and the page-wide `lang` watch started with the first. */
export function join(el) {
  if (!dark) watchPage();
  live.add(el);
  if (langObserver) return;
  langObserver = new MutationObserver(followLang);
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** An element disconnected: the `lang` watch ends with the last. */
export function leave(el) {
  live.delete(el);
  if (live.size > 0 || !langObserver) return;
  langObserver.disconnect();
  langObserver = null;
}

/** If the wasm or a language failed to load, every connected element tries again (all share one
 *  new attempt). True if it did. */
export function retryFailedLoads() {
  const languages = forgetFailedLanguages();
  if (!languages && !wasmFailed()) return false;
  live.forEach((el) => el.retry());
  return true;
}

// The wasm instance died (loader.js, instance.js): every element drops its handle, a fresh
// instance starts from the compiled module, and every element redraws with it.
onInstanceLost(() => {
  live.forEach((el) => el.instanceLost());
  loadWasm().then(() => live.forEach((el) => el.schedule()), () => live.forEach((el) => el.retry()));
});

/** For tests and diagnostics: whether the page-wide `lang` watch is running. */
export function watchingLang() {
  return langObserver !== null;
}
