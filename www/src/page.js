// What every <apac-ai-chart> on a page shares besides the wasm: the set of connected elements and
// the page-wide reasons to redraw or retry them: the reader's colour scheme, the screen's pixel
// ratio, and the browser coming back `online` (failed wasm and language loads are tried again).
// Knows the elements only through `schedule()` and `retry()`.
import { wasmFailed } from './loader.js';
import { forgetFailedLanguages } from './lang.js';

const live = new Set();
export const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
darkQuery.addEventListener('change', () => live.forEach((el) => el.schedule()));
(function watchPixelRatio() {
  // Fires when devicePixelRatio changes (zoom, another screen); re-armed for the new ratio.
  const redraw = () => {
    live.forEach((el) => el.schedule());
    watchPixelRatio();
  };
  window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener('change', redraw, { once: true });
})();

/** An element connected. */
export function join(el) {
  live.add(el);
}

/** An element disconnected. */
export function leave(el) {
  live.delete(el);
}

/** If the wasm or a language failed to load, every connected element tries again (all share one
 *  new attempt). True if it did. */
export function retryFailedLoads() {
  const languages = forgetFailedLanguages();
  if (!languages && !wasmFailed()) return false;
  live.forEach((el) => el.retry());
  return true;
}

window.addEventListener('online', retryFailedLoads);

