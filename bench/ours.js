// The widget's three charts through its own API (no embed element), for the benchmark.
// As embed.js does: the wasm is fetched and compiled while the glue downloads.
const started = performance.now();
const compiled = WebAssembly.compileStreaming(fetch(new URL('../www/pkg/apac_ai_charts_bg.wasm', import.meta.url)));
const { default: init, render, preferredHeight } = await import('../www/pkg/apac_ai_charts.js');
const exports = await init({ module_or_path: await compiled });
const ids = ['patent-share', 'projected-gains', 'initiative-timeline'];
const canvases = ids.map((id) => document.getElementById(id));
const column = document.getElementById('column');
const size = () => canvases.forEach((c, i) => { c.style.height = `${preferredHeight(ids[i], column.clientWidth)}px`; });
size();
const handles = canvases.map((c, i) => render(c, ids[i]));
window.benchDone = performance.now();
window.benchInit = window.benchDone - started;
window.wasmMemoryBytes = () => exports.memory.buffer.byteLength;
// Timed like Chart.js's resize(): the new box is set first (for this widget that includes the
// height each chart wants at the new width), then the three charts are redrawn.
window.redrawAll = (width) => {
  column.style.width = `${width}px`;
  size();
  void column.offsetWidth; // laid out before timing, as Chart.js's page is
  const t = performance.now();
  for (const h of handles) h.draw();
  return performance.now() - t;
};
