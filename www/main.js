// The article page: the charts are <apac-ai-chart> elements (embed.js, as built into
// embed.min.js), exactly as a newsroom would embed them. This file loads the element, keeps the
// page working offline, and records when every chart has drawn (tests and scripts/first-chart.mjs
// read it).
import './embed.min.js';

const charts = document.querySelectorAll('apac-ai-chart');
let drawn = 0;
document.addEventListener('apac-ai-chart-drawn', () => {
  drawn += 1;
  if (drawn === charts.length) {
    document.documentElement.dataset.charts = `drawn:${drawn}`;
    document.documentElement.dataset.drawnAtMs = String(Math.round(performance.now()));
  }
});

// Offline after one visit. Optional: where reading navigator.serviceWorker throws (an opaque
// origin, storage denied), the page says nothing and draws.
try {
  navigator.serviceWorker?.register(new URL('sw.js', import.meta.url)).catch(() => {});
} catch {
  // no service worker here
}
