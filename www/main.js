// Loads the widget and draws every <canvas data-chart="…"> on the page, at the column's width,
// redrawing (once per frame at most) when the column resizes, the screen's pixel ratio changes
// or the reader switches between light and dark.
import init, { render, preferredHeight, dataset } from './pkg/apac_ai_charts.js';

const dark = window.matchMedia('(prefers-color-scheme: dark)');
const theme = () => (dark.matches ? 'dark' : 'light');

/** A text alternative for each chart, generated from the same bundled data it draws. */
function describe(id, data) {
  switch (id) {
    case 'patent-share':
      return `Bar chart: share of AI patents ${data.patentShare.measure}. ` +
        data.patentShare.slices.map((s) => `${s.label} ${s.percent.toFixed(1)}%`).join(', ') +
        '. Source: Stanford AI Index 2025.';
    case 'projected-gains': {
      const g = data.projectedGains;
      return `UNDP projection: ${g.headline.scope} could see ${g.headline.display} in additional GDP ` +
        `${g.headline.period}; ` + g.related.map((r) => `${r.label}: ${r.display} (${r.scope})`).join('; ') + '.';
    }
    case 'initiative-timeline':
      return 'Timeline: ' + data.timeline.map((e) => `${e.dateLabel}, ${e.label} (${e.status})`).join('; ') + '.';
    default:
      return id;
  }
}

function showError(canvas, error) {
  console.error(error);
  const status = document.getElementById('chart-status');
  if (status) status.textContent = `A chart could not be drawn: ${error.message}`;
  canvas.setAttribute('aria-label', `Chart unavailable: ${error.message}`);
}

async function main() {
  const started = performance.now();
  await init();
  const data = dataset();
  const charts = [];
  for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
    const id = canvas.dataset.chart;
    try {
      canvas.style.height = `${preferredHeight(id, canvas.clientWidth)}px`;
      const chart = render(canvas, id, { theme: theme() });
      canvas.setAttribute('aria-label', describe(id, data));
      charts.push({ canvas, id, chart, width: canvas.clientWidth });
    } catch (error) {
      showError(canvas, error);
    }
  }
  performance.mark('apac-charts-drawn');
  document.documentElement.dataset.charts = `drawn:${charts.length}`;
  // Timings for tests and scripts/first-chart.mjs: since this module started, and since navigation.
  document.documentElement.dataset.initToDrawnMs = String(Math.round(performance.now() - started));
  document.documentElement.dataset.drawnAtMs = String(Math.round(performance.now()));

  let pending = false;
  let themeChanged = false;
  const redraw = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      for (const c of charts) {
        const width = c.canvas.clientWidth;
        try {
          if (width !== c.width) {
            c.width = width;
            c.canvas.style.height = `${preferredHeight(c.id, width)}px`;
          }
          if (themeChanged) {
            c.chart.free();
            c.chart = render(c.canvas, c.id, { theme: theme() });
          } else {
            c.chart.draw();
          }
        } catch (error) {
          showError(c.canvas, error);
        }
      }
      themeChanged = false;
      document.documentElement.dataset.redraws = String(Number(document.documentElement.dataset.redraws ?? 0) + 1);
    });
  };

  // Width changes only: setting the height ourselves must not trigger another round.
  const observer = new ResizeObserver((entries) => {
    if (entries.some((e) => charts.some((c) => c.canvas === e.target && e.contentRect.width !== c.width))) redraw();
  });
  for (const c of charts) observer.observe(c.canvas);

  // devicePixelRatio changes (zoom, moving the window to another screen).
  const watchRatio = () => {
    const query = window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    query.addEventListener('change', () => { redraw(); watchRatio(); }, { once: true });
  };
  watchRatio();
  dark.addEventListener('change', () => { themeChanged = true; redraw(); });
}

main().catch((error) => {
  const status = document.getElementById('chart-status');
  if (status) status.textContent = `The charts could not be loaded: ${error.message}`;
  document.documentElement.dataset.charts = 'failed';
  console.error(error);
});
