// <apac-ai-chart chart="patent-share" theme="auto"></apac-ai-chart>: the one-line embed.
//
// Load once per page: <script type="module" src="https://…/embed.min.js"></script> (this file with
// the modules in src/, chart-meta.js, i18n/en.js and the stylesheet, bundled and minified by
// scripts/build.sh; this readable source loads too, unbundled, where the browser has CSS module
// scripts). Everything else (the wasm, other languages' texts, static fallbacks) is fetched
// relative to the loaded file, from its origin.
// Attributes: chart (one of the ids in docs/charts.md), theme (light | dark | auto, default auto =
// follows prefers-color-scheme live), lang (en | zh-Hans | ur…; default: the nearest lang
// attribute, i.e. <html lang>), aspect-ratio ("16/9", "1.5"; default: the height each chart reads
// best at for its width). A dir="rtl" page mirrors the chart.
// For readers: hover, tap or keyboard focus shows the datum with its source (arrow keys move,
// Enter opens the source, Escape closes); screen readers get a summary, a data table and live
// announcements; under the chart, a bar whose button opens the sources and the CSV / PNG (2×) / SVG
// downloads. The snippet puts the chart's picture inside the element, sized by embed.css before
// any script runs; the live chart takes its box (src/picture.js).
// Colours: CSS custom properties on the element, read at draw time: --apac-chart-bg, -fg, -muted,
// -accent, -accent-2, -grid. Defines nothing global but the element name; works under
// `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`.
//
// This file is the entry point only: it says where the embed was served from and defines the
// element. What each module in src/ owns is said at its top; ARCHITECTURE.md lists them.
import { setBase } from './src/loader.js';
import { ApacAiChart } from './src/element.js';

setBase(new URL('./', import.meta.url));
// Only in a browser: imported during server-side rendering, this file defines nothing.
if (typeof customElements !== 'undefined' && !customElements.get('apac-ai-chart')) {
  customElements.define('apac-ai-chart', ApacAiChart);
}
