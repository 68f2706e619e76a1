// The iframe embed: reads ?chart=…&theme=…&lang=…, shows that chart full-width and posts the page's
// content height to the parent on every change, in three conventions:
//   { type: 'apac-ai-chart:height', chart, height }        (Datawrapper/Flourish style; docs/embedding.md)
//   { sentinel: 'amp', type: 'embed-size', height }        (AMP's <amp-iframe resizable>)
//   { 'datawrapper-height': { <chart>: height } }           (Datawrapper's resizer, already on many news sites)
import './embed.min.js';

const params = new URLSearchParams(window.location.search);
const chart = document.querySelector('apac-ai-chart');
chart.setAttribute('chart', params.get('chart') ?? chart.getAttribute('chart') ?? 'patent-share');
for (const name of ['theme', 'lang', 'aspect-ratio']) {
  if (params.has(name)) chart.setAttribute(name, params.get(name));
}

let posted = -1;
function postHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === posted || window.parent === window) return;
  posted = height;
  window.parent.postMessage({ type: 'apac-ai-chart:height', chart: chart.getAttribute('chart'), height }, '*');
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  window.parent.postMessage({ 'datawrapper-height': { [chart.getAttribute('chart')]: height } }, '*');
}
new ResizeObserver(postHeight).observe(document.documentElement);

if ('serviceWorker' in navigator) navigator.serviceWorker.register(new URL('sw.js', import.meta.url)).catch(() => {});
