// The same charts drawn with Chart.js 4 (tree-shaken, animations off), for the side-by-side
// benchmark only. Bundled by bench/run.mjs with esbuild into bench/dist/chartjs-bundle.js.
import { Chart, BarController, BarElement, CategoryScale, LinearScale, ScatterController, PointElement, Title, SubTitle, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, ScatterController, PointElement, Title, SubTitle, Tooltip);
Chart.defaults.animation = false;
Chart.defaults.responsive = true;
Chart.defaults.maintainAspectRatio = false;

const started = performance.now();
const slices = [['China', 69.7], ['United States', 14.16], ['Europe', 2.77], ['India', 0.37], ['Rest of world', 13.0]];
const events = [
  ['2025-07-26', 'WAICO proposed'], ['2025-11-01', 'APEC AI Initiative'], ['2025-11-01', 'Xi promotes WAICO plan'],
  ['2025-11-01', 'APEC 2026 host named'], ['2025-11-15', 'BCG AI-at-work survey'], ['2025-11-25', 'Qwen-SEA-LION-v4'],
  ['2025-12-02', 'UNDP AI report'], ['2025-12-08', 'US eases AI-chip exports'], ['2025-12-11', 'APEC officials, Shenzhen'],
  ['2026-01-22', 'Korea AI Basic Act'], ['2026-11-15', 'APEC 2026, Shenzhen'], ['2027-08-02', 'EU AI Act 2027 date'],
];
const day = (iso) => Date.parse(iso) / 86400000;
const title = (text, sub) => ({ title: { display: true, text, align: 'start', font: { size: 18 } }, subtitle: { display: true, text: sub, align: 'start' } });

// The Chart.js twin of each chart, by the chart's id: a reimplementation written by hand for the
// comparison (Chart.js cannot draw from the widget's registry), so it names the charts it has
// twins for. The page has a canvas per chart of chart-meta.js (bench/gzip-server.mjs); a chart
// without a twin stops the benchmark, so that both sides always draw the same charts.
const TWINS = {
  'patent-share': {
    type: 'bar',
    data: { labels: slices.map((s) => s[0]), datasets: [{ data: slices.map((s) => s[1]), backgroundColor: ['#1a56a0', '#788699', '#788699', '#788699', '#bec6d0'] }] },
    options: { indexAxis: 'y', scales: { x: { min: 0, max: 100 } }, plugins: { legend: { display: false }, ...title("China's patent office granted nearly 70% of AI patents in 2023", 'Share of AI patents granted in 2023, by granting patent office (%)') } },
  },
  'projected-gains': {
    type: 'bar',
    data: { labels: ['ASEAN, next decade'], datasets: [{ data: [1000], backgroundColor: '#1a56a0' }] },
    options: { indexAxis: 'y', scales: { x: { min: 0, max: 1000 } }, plugins: { legend: { display: false }, ...title('AI could add nearly US$1 trillion to ASEAN economies', 'UNDP projection, US$ billion, additional GDP over the next decade') } },
  },
  'initiative-timeline': {
    type: 'scatter',
    data: { datasets: [{ data: events.map((e, i) => ({ x: day(e[0]), y: events.length - i })), backgroundColor: '#1a56a0', pointRadius: 5 }] },
    options: {
      scales: { x: { min: day('2025-01-01'), max: day('2028-01-01'), ticks: { callback: (v) => new Date(v * 86400000).getUTCFullYear() } },
        y: { min: 0, max: events.length + 1, ticks: { stepSize: 1, callback: (v) => events[events.length - v]?.[1] ?? '' } } },
      plugins: { legend: { display: false }, ...title('AI initiatives and deadlines, 2025–2027', 'Events the article covers') },
    },
  },
};
const canvases = [...document.querySelectorAll('#column canvas')];
const missing = canvases.map((c) => c.id).filter((id) => !Object.hasOwn(TWINS, id));
if (missing.length) throw new Error(`bench/chartjs-charts.js has no Chart.js twin of ${missing.join(', ')}: write one, so that both sides draw the same charts`);
const charts = canvases.map((c) => new Chart(c, TWINS[c.id]));
window.benchDone = performance.now();
window.benchInit = window.benchDone - started;
const column = document.getElementById('column');
window.redrawAll = (width) => {
  column.style.width = `${width}px`;
  // Lay the page out at the new width before timing, as the widget's page does when it reads the
  // column's width for the heights it wants: neither library is charged for that layout.
  void column.offsetWidth;
  const t = performance.now();
  for (const chart of charts) chart.resize();
  return performance.now() - t;
};
// The charts laid out and drawn again at the size they already have (no backing store is
// reallocated): Chart.js's own work, comparable with the widget's drawSameSize().
window.drawSameSize = () => {
  const t = performance.now();
  for (const chart of charts) chart.update('none');
  return performance.now() - t;
};
