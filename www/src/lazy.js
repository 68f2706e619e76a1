// Lazy loading: an element with loading="lazy" (the default) fetches nothing (no wasm, no glue, no
// language module) until it comes within one screen of the viewport. One IntersectionObserver for
// the page, whose margin is a screen's height above and below. An element that never shows
// (display: none, a closed <details>) never loads; it draws when it shows.
const waiting = new Map(); // element → callback, until it comes near
let observer = null;

function observed(entries) {
  for (const entry of entries) {
    if (!entry.isIntersecting) continue;
    const callback = waiting.get(entry.target);
    stopWatching(entry.target);
    callback?.();
  }
}

/** Calls `callback` once, when `el` comes within a screen of the viewport. */
export function whenNear(el, callback) {
  observer ??= new IntersectionObserver(observed, { rootMargin: '100% 0px 100% 0px' });
  waiting.set(el, callback);
  observer.observe(el);
}

/** Stops waiting for `el` (it left the page, or it became eager). */
export function stopWatching(el) {
  if (!waiting.delete(el)) return;
  observer.unobserve(el);
  if (waiting.size === 0) {
    observer.disconnect();
    observer = null;
  }
}
