// <apac-ai-chart chart="patent-share" theme="auto"></apac-ai-chart>: the one-line embed.
//
// Load once per page: <script type="module" src="https://…/embed.js"></script>. Everything else
// (the wasm, chart-meta.js, static fallbacks) is fetched relative to this file, from its origin.
// Attributes: chart (patent-share | projected-gains | initiative-timeline), theme (light | dark |
// auto, default auto = follows prefers-color-scheme live), lang (reserved; defaults to <html lang>),
// aspect-ratio ("16/9", "1.5"; default: the height each chart reads best at for its width).
// Colours: CSS custom properties on the element, read at draw time: --apac-chart-bg, -fg, -muted,
// -accent, -accent-2, -grid. Defines nothing global but the element name; works under
// `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`.
import { CHARTS, STATIC_WIDTHS, MIN_WIDTH } from './chart-meta.js';

const BASE = new URL('./', import.meta.url);
const COLOR_PROPERTIES = {
  background: '--apac-chart-bg',
  foreground: '--apac-chart-fg',
  muted: '--apac-chart-muted',
  accent: '--apac-chart-accent',
  accent2: '--apac-chart-accent-2',
  grid: '--apac-chart-grid',
};

const STYLES = `
:host { display: block; position: relative; min-width: 0; max-width: 100%; }
:host([hidden]) { display: none; }
.box { position: relative; width: 100%; overflow: hidden; }
canvas { display: block; width: 100%; height: 100%; }
.status { position: absolute; inset: 0; display: flex; flex-direction: column; align-items: center;
  justify-content: center; gap: 8px; padding: 12px; text-align: center; box-sizing: border-box;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #555; background: transparent; }
.status[hidden] { display: none; }
.status.failed { justify-content: flex-start; color: inherit; }
.status img { display: block; width: 100%; height: auto; }
@media (prefers-color-scheme: dark) { .status { color: #b2b6be; } }
`;

// ---- shared by every element on the page --------------------------------------------------------
let wasm = null; // Promise of { module, memory }
let loaded = null; // the module once ready
const live = new Set();
const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
let sheet = null;

function loadWasm() {
  wasm ??= import(new URL('pkg/apac_ai_charts.js', BASE).href).then(async (module) => {
    const exports = await module.default({ module_or_path: new URL('pkg/apac_ai_charts_bg.wasm', BASE) });
    loaded = { module, memory: exports.memory };
    return loaded;
  });
  return wasm;
}

function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
  }
  return sheet;
}

darkQuery.addEventListener('change', () => live.forEach((el) => el.schedule()));
(function watchPixelRatio() {
  // Fires when devicePixelRatio changes (zoom, another screen); re-armed for the new ratio.
  window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`)
    .addEventListener('change', () => { live.forEach((el) => el.schedule()); watchPixelRatio(); }, { once: true });
}());

let colorProbe = null;
/** A CSS colour as the canvas normalises it ("#rrggbb" / "rgba(…)"), or null if not a colour. */
function normaliseColor(value) {
  colorProbe ??= document.createElement('canvas').getContext('2d');
  if (!colorProbe) return null;
  const results = ['#000000', '#ffffff'].map((sentinel) => {
    colorProbe.fillStyle = sentinel;
    colorProbe.fillStyle = value;
    return colorProbe.fillStyle;
  });
  return results[0] === results[1] ? results[0] : null;
}

/** Height reserved for a chart at a width: the larger of the two nearest table entries. */
function tableHeight(chart, width) {
  const heights = CHARTS[chart].heights;
  let below = heights[0];
  let above = heights[heights.length - 1];
  for (const entry of heights) {
    if (entry[0] <= width) below = entry;
    if (entry[0] >= width) { above = entry; break; }
  }
  return Math.max(below[1], above[1]);
}

function parseAspectRatio(text) {
  if (!text) return null;
  const [a, b = '1'] = text.split(/[/:]/).map((s) => s.trim());
  const ratio = Number(a) / Number(b);
  return Number.isFinite(ratio) && ratio > 0.1 && ratio < 10 ? ratio : null;
}

function element(tag, className) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  return el;
}

class ApacAiChart extends HTMLElement {
  static observedAttributes = ['chart', 'theme', 'lang', 'aspect-ratio'];

  /** Bytes of wasm linear memory (one instance per page), or 0 before it loads. */
  static get wasmMemoryBytes() {
    return loaded ? loaded.memory.buffer.byteLength : 0;
  }

  #box = element('div', 'box');
  #canvas = element('canvas');
  #status = element('div', 'status');
  #handle = null;
  #key = '';
  #frame = 0;
  #resize = new ResizeObserver(() => this.schedule());
  #failure = null;
  #draws = 0;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styleSheet()];
    this.#status.setAttribute('role', 'status');
    this.#canvas.setAttribute('role', 'img');
    this.#box.append(this.#canvas, this.#status);
    root.append(this.#box);
  }

  /** Times this element has drawn (for diagnostics and tests). */
  get drawCount() { return this.#draws; }

  /** 'loading' | 'drawn' | 'error' */
  get state() { return this.#failure ? 'error' : this.#handle ? 'drawn' : 'loading'; }

  connectedCallback() {
    live.add(this);
    this.#resize.observe(this);
    if (!loaded) this.#showStatus('Loading chart…');
    this.#reserve(); // the final height, now: no layout shift when the chart arrives
    this.schedule();
    loadWasm().then(() => this.schedule(), (error) => this.#fail(`The chart could not be loaded (${error.message}).`, true));
  }

  disconnectedCallback() {
    live.delete(this);
    this.#resize.disconnect();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#handle?.free();
    this.#handle = null;
    this.#key = '';
  }

  attributeChangedCallback() {
    if (this.isConnected) this.schedule();
  }

  /** Coalesces every reason to redraw into one draw per frame. */
  schedule() {
    if (this.#frame || !this.isConnected) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#update();
    });
  }

  get #chart() { return this.getAttribute('chart') ?? ''; }

  get #theme() {
    const theme = this.getAttribute('theme') ?? 'auto';
    if (theme === 'light' || theme === 'dark') return theme;
    return darkQuery.matches ? 'dark' : 'light';
  }

  #colors() {
    const style = getComputedStyle(this);
    const colors = {};
    for (const [key, property] of Object.entries(COLOR_PROPERTIES)) {
      const value = style.getPropertyValue(property).trim();
      if (!value) continue;
      const color = normaliseColor(value);
      if (color) colors[key] = color;
    }
    return colors;
  }

  /** Sizes the box for the current width; returns the width, or 0 if hidden or unknown. */
  #reserve() {
    const chart = this.#chart;
    const width = this.#box.clientWidth;
    if (!(chart in CHARTS) || width < 1) return 0;
    const ratio = parseAspectRatio(this.getAttribute('aspect-ratio'));
    this.#setHeight(Math.round(ratio ? width / ratio : tableHeight(chart, Math.max(width, MIN_WIDTH))));
    return width;
  }

  #update() {
    const chart = this.#chart;
    if (!(chart in CHARTS)) {
      this.#fail(`Unknown chart "${chart}". Use chart="${Object.keys(CHARTS).join('", "')}".`, false);
      return;
    }
    const width = this.#reserve();
    if (width < 1) return; // hidden: drawn when it shows
    const ratio = parseAspectRatio(this.getAttribute('aspect-ratio'));
    if (!loaded || (this.#failure && this.#failure.fatal)) return;
    const options = { theme: this.#theme, colors: this.#colors() };
    const key = `${chart} ${JSON.stringify(options)}`;
    try {
      this.#draw(chart, options, key);
    } catch (error) {
      // A box too short for the chart (rare: the table is generous): grow to what it needs.
      if (!ratio && /needs at least/.test(error.message)) {
        this.#setHeight(Math.ceil(loaded.module.preferredHeight(chart, width)));
        try { this.#draw(chart, options, key); return; } catch (again) { error = again; }
      }
      this.#fail(error.message, false);
    }
  }

  #draw(chart, options, key) {
    if (key !== this.#key || !this.#handle) {
      this.#handle?.free();
      this.#handle = null;
      this.#handle = loaded.module.render(this.#canvas, chart, options);
      this.#key = key;
    } else {
      this.#handle.draw();
    }
    this.#draws += 1;
    if (this.#draws === 1) {
      this.dispatchEvent(new CustomEvent('apac-ai-chart:drawn', { bubbles: true, composed: true, detail: { chart } }));
    }
    this.#failure = null;
    this.#status.hidden = true;
    this.#status.className = 'status';
    this.#canvas.setAttribute('aria-label', CHARTS[chart].alt);
  }

  #setHeight(height) {
    const value = `${height}px`;
    if (this.#box.style.height !== value) this.#box.style.height = value;
  }

  #showStatus(text) {
    this.#status.replaceChildren(text);
    this.#status.hidden = false;
  }

  /** Readable error state; when the wasm cannot run at all, the static picture stands in. */
  #fail(message, fatal) {
    this.#failure = { message, fatal };
    this.#handle?.free();
    this.#handle = null;
    this.#key = '';
    const chart = this.#chart;
    const parts = [element('p')];
    parts[0].textContent = message;
    if (fatal && chart in CHARTS) {
      const width = this.#box.clientWidth || 640;
      const best = STATIC_WIDTHS.find((w) => w >= width) ?? STATIC_WIDTHS[STATIC_WIDTHS.length - 1];
      const img = element('img');
      img.src = new URL(`static/${chart}-${this.#theme}-${best}.svg`, BASE).href;
      img.alt = CHARTS[chart].alt;
      parts.push(img);
      this.#box.style.height = 'auto';
      this.#status.style.position = 'static';
    }
    this.#status.replaceChildren(...parts);
    this.#status.className = 'status failed';
    this.#status.hidden = false;
    this.#canvas.removeAttribute('aria-label');
  }
}

if (!customElements.get('apac-ai-chart')) customElements.define('apac-ai-chart', ApacAiChart);
