// The widget's charts through its own API (no embed element), for the benchmark: one per canvas
// of the page (bench/gzip-server.mjs writes a canvas per chart of chart-meta.js, id = chart id).
// As embed.js does: the wasm is fetched and compiled while the glue downloads.
// The wasm's name carries its content hash (scripts/build/deploy.mjs); the API entry
// pkg/apac_ai_charts.js loads the matching glue.
import assets from '../target/site/pkg/assets.json' with { type: 'json' };

const started = performance.now();
const compiled = WebAssembly.compileStreaming(fetch(new URL(`../target/site/${assets.wasm}`, import.meta.url)));
const { default: init, render, preferredHeight } = await import('../target/site/pkg/apac_ai_charts.js');
const exports = await init({ module_or_path: await compiled });
const canvases = [...document.querySelectorAll('#column canvas')];
const ids = canvases.map((c) => c.id);
const column = document.getElementById('column');
// Each canvas gets the height its chart wants at the column's width, times `heightFactor`: 1 is
// the natural path; below the chart's minimum height the chart is fitted by scaling (fit 'scaled').
let heightFactor = 1;
const size = () => canvases.forEach((c, i) => {
  c.style.height = `${Math.round(preferredHeight(ids[i], column.clientWidth) * heightFactor)}px`;
});
size();
const handles = canvases.map((c, i) => render(c, ids[i]));
window.benchDone = performance.now();
window.benchInit = window.benchDone - started;
window.wasmMemoryBytes = () => exports.memory.buffer.byteLength;
window.setHeightFactor = (factor) => { heightFactor = factor; };
window.fits = () => handles.map((h) => h.fit);
// Timed like Chart.js's resize(): the new box is set first (for this widget that includes the
// height each chart wants at the new width), then the charts are redrawn.
window.redrawAll = (width) => {
  column.style.width = `${width}px`;
  size();
  void column.offsetWidth; // laid out before timing, as Chart.js's page is
  const t = performance.now();
  for (const h of handles) h.draw();
  return performance.now() - t;
};
// The charts redrawn at the size they already have: no backing store is reallocated, so
// this is the library's own work (layout, fitting, drawing calls) and nothing of the resize.
window.drawSameSize = () => {
  const t = performance.now();
  for (const h of handles) h.draw();
  return performance.now() - t;
};
