// <apac-ai-chart chart="patent-share" theme="auto"></apac-ai-chart>: the one-line embed.
//
// Load once per page: <script type="module" src="https://…/embed.min.js"></script> (this file with
// chart-meta.js and i18n/en.js, minified by scripts/build.sh; this readable source loads too).
// Everything else (the wasm, other languages' texts, static fallbacks) is fetched relative to the
// loaded file, from its origin.
// Attributes: chart (patent-share | projected-gains | initiative-timeline), theme (light | dark |
// auto, default auto = follows prefers-color-scheme live), lang (en | zh-Hans | ur…; default: the
// nearest lang attribute, i.e. <html lang>), aspect-ratio ("16/9", "1.5"; default: the height each
// chart reads best at for its width). A dir="rtl" page mirrors the chart.
// For readers: hover, tap or keyboard focus shows the datum with its source (arrow keys move,
// Enter opens the source, Escape closes); screen readers get a summary, a data table and live
// announcements; under the chart, source links and CSV / PNG (2×) / SVG downloads.
// Colours: CSS custom properties on the element, read at draw time: --apac-chart-bg, -fg, -muted,
// -accent, -accent-2, -grid. Defines nothing global but the element name; works under
// `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`.
import { CHARTS, STATIC_WIDTHS, MIN_WIDTH } from './chart-meta.js';
import { dir as enDir, ui as enUi, charts as enCharts } from './i18n/en.js';

// The English texts, shaped like the other languages' modules once imported (every i18n/*.js
// exports these three: src/static_site.rs, lang_module). Named imports rather than `import * as`,
// which the bundle would turn into a namespace object with a getter per export.
const english = { dir: enDir, ui: enUi, charts: enCharts };

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
.box { position: relative; width: 100%; }
canvas { display: block; width: 100%; height: 100%; }
canvas:focus { outline: none; }
.frame { background: var(--apac-chart-bg, #ffffff); color: var(--apac-chart-fg, #1a1a1a); }
.frame.dark { background: var(--apac-chart-bg, #121418); color: var(--apac-chart-fg, #f0f0f0); }
canvas:focus-visible, .frame :focus-visible { outline: 2px solid #1a56a0; outline-offset: 2px; }
.dark canvas:focus-visible, .frame.dark :focus-visible { outline-color: #6ea8fe; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
.tip { position: fixed; inset: auto; margin: 0; z-index: 2147483647; max-width: min(320px, 90vw); box-sizing: border-box; padding: 8px 10px;
  overflow: visible;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Nafees", sans-serif; text-align: start;
  background: #ffffff; color: #1a1a1a; border: 1px solid #9aa3ad; border-radius: 6px; box-shadow: 0 2px 8px rgba(0,0,0,.18); }
.dark .tip { background: #1b1f25; color: #f0f0f0; border-color: #5a6270; }
.tip[hidden] { display: none; }
.tip .close { float: inline-end; margin: -4px -6px 0 8px; padding: 0 6px; font: inherit; font-size: 16px; line-height: 1.2;
  background: transparent; color: inherit; border: 0; cursor: pointer; }
.tip strong { display: block; margin-bottom: 2px; }
.tip .value { font-weight: 700; font-size: 15px; }
.tip .meta, .tip .note { color: #555555; }
.dark .tip .meta, .dark .tip .note { color: #b2b6be; }
.tip .note { font-size: 12px; margin-top: 4px; }
a { color: #1a56a0; }
.dark a { color: #6ea8fe; }
.below { font: 13px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Nafees", sans-serif; padding: 2px 12px 10px; }
.below p { margin: 0 0 6px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
.actions button, .actions a { font: inherit; font-size: 13px; line-height: 1.3; padding: 4px 10px; border: 1px solid currentColor;
  border-radius: 4px; background: transparent; color: inherit; cursor: pointer; text-decoration: none; }
@media (prefers-reduced-motion: no-preference) { .tip { transition: opacity 80ms ease-out; } }
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

const languages = new Map([['en', Promise.resolve(english)]]);
/** The language module for a tag we ship (en, zh-Hans, ur), loaded once per page. */
function languageModule(tag) {
  if (!languages.has(tag)) languages.set(tag, import(new URL(`i18n/${tag}.js`, BASE).href));
  return languages.get(tag);
}
const failedLanguages = new Set(); // could not be loaded: those elements draw in English
const LANGUAGE_WAIT_MS = 3000;
const givenLanguages = new Set(['en']);
/** The wasm holds English only: it gets a language's strings once per page, before drawing in it. */
function giveLanguage(module, tag, texts) {
  if (givenLanguages.has(tag)) return;
  module.addTranslations(tag, texts.chartStrings);
  givenLanguages.add(tag);
}

/** A BCP 47 tag mapped to a language we ship; anything else falls back to English. */
function supportedLang(tag) {
  const t = (tag || '').toLowerCase();
  const primary = t.split(/[-_]/)[0];
  if (primary === 'zh' && !/hant|-tw|-hk|-mo/.test(t)) return 'zh-Hans';
  if (primary === 'ur') return 'ur';
  return 'en';
}

function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** RFC 4180 CSV with a UTF-8 byte-order mark (so spreadsheet programs read Chinese and Urdu). */
function toCsv(columns, rows) {
  const field = (v) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return `\ufeff${[columns, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/** Fetches and compiles the wasm while the glue downloads (the glue alone would fetch it only once
 *  it has loaded). Hosts that serve .wasm without `application/wasm` get the non-streaming path. */
function compileWasm(url) {
  return fetch(url).then((response) => {
    if (!response.ok) throw new Error(`failed to fetch ${url}: HTTP ${response.status}`);
    return response.headers.get('Content-Type')?.startsWith('application/wasm')
      ? WebAssembly.compileStreaming(response)
      : response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
  });
}

function loadWasm() {
  if (!wasm) {
    const compiled = compileWasm(new URL('pkg/apac_ai_charts_bg.wasm', BASE));
    compiled.catch(() => {}); // handled below, once the glue is in
    wasm = import(new URL('pkg/apac_ai_charts.js', BASE).href).then(async (module) => {
      const exports = await module.default({ module_or_path: await compiled });
      loaded = { module, memory: exports.memory };
      return loaded;
    });
  }
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

  #frameEl = element('div', 'frame');
  #box = element('div', 'box');
  #canvas = element('canvas');
  #status = element('div', 'status');
  #tip = element('div', 'tip');
  #help = element('p', 'sr-only');
  #live = element('div', 'sr-only');
  #tableWrap = element('div', 'sr-only'); // a table ignores width: 1px; its wrapper clips it
  #table = element('table');
  #below = element('div', 'below');
  #texts = english;
  #textsTag = 'en';
  #languageTimer = 0;
  #languageTimerFor = null;
  #languageTimedOut = null;
  #textKey = '';
  #index = null;
  #pinned = false;
  #noAutoOpen = false;
  #onScroll = () => { if (this.#index !== null && this.#tipVisible) this.#refreshTip(); };
  #onDocumentKey = (e) => { if (e.key === 'Escape' && this.#tipVisible) { this.#pinned = false; this.#show(null, false); } };
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
    this.#canvas.tabIndex = 0;
    this.#help.id = 'help';
    this.#canvas.setAttribute('aria-describedby', 'help');
    this.#live.setAttribute('aria-live', 'polite');
    this.#tip.id = 'tip';
    this.#tip.hidden = true;
    // In the top layer where supported: no ancestor's overflow or z-index can cut it.
    if ('popover' in HTMLElement.prototype) this.#tip.popover = 'manual';
    this.#box.append(this.#canvas, this.#tip, this.#status);
    this.#tableWrap.append(this.#table);
    this.#frameEl.append(this.#box, this.#help, this.#live, this.#tableWrap, this.#below);
    root.append(this.#frameEl);
    this.#listen();
  }

  // ---- readers: pointer, touch and keyboard -------------------------------------------------

  #listen() {
    const c = this.#canvas;
    c.addEventListener('pointermove', (e) => {
      if (e.pointerType === 'touch' || this.#pinned) return;
      this.#show(this.#hit(e.offsetX, e.offsetY), false);
    });
    // Hoverable (WCAG 1.4.13): moving onto the tooltip keeps it open.
    c.addEventListener('pointerleave', (e) => { if (!this.#pinned && !this.#tip.contains(e.relatedTarget)) this.#show(null, false); });
    this.#tip.addEventListener('pointerleave', (e) => { if (!this.#pinned && e.relatedTarget !== c) this.#show(null, false); });
    c.addEventListener('click', (e) => {
      const index = this.#hit(e.offsetX, e.offsetY);
      this.#pinned = index !== null;
      this.#show(index, true);
    });
    c.addEventListener('focus', () => {
      if (this.#noAutoOpen) { this.#noAutoOpen = false; return; }
      if (this.#index === null && c.matches(':focus-visible')) this.#show(0, true);
    });
    // Focus leaving the chart and its tooltip closes the tooltip.
    this.#frameEl.addEventListener('focusout', (e) => {
      const to = e.relatedTarget;
      if (to !== c && !this.#tip.contains(to)) { this.#pinned = false; this.#show(null, false); }
    });
    c.addEventListener('keydown', (e) => this.#onKey(e));
    this.#tip.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      this.#pinned = false;
      this.#show(null, false);
      this.#noAutoOpen = true;
      c.focus();
    });
  }

  #hit(x, y) {
    if (!this.#handle) return null;
    const datum = this.#handle.hitTest(x, y);
    return datum ? datum.index : null;
  }

  #onKey(e) {
    if (!this.#handle) return;
    const count = this.#handle.pointCount;
    const rtl = this.#dir() === 'rtl';
    const current = this.#index ?? -1;
    let next = null;
    switch (e.key) {
      case 'ArrowDown': next = current + 1; break;
      case 'ArrowUp': next = current - 1; break;
      case 'ArrowRight': next = rtl ? current - 1 : current + 1; break;
      case 'ArrowLeft': next = rtl ? current + 1 : current - 1; break;
      case 'Home': next = 0; break;
      case 'End': next = count - 1; break;
      case 'Enter':
        if (this.#index !== null) {
          const datum = this.#handle.point(this.#index);
          window.open(datum.sourceUrl, '_blank', 'noopener,noreferrer');
          e.preventDefault();
        }
        return;
      case 'Escape':
        this.#pinned = false;
        this.#show(null, false);
        return;
      default:
        return;
    }
    e.preventDefault();
    this.#show(Math.min(Math.max(next, 0), count - 1), true);
  }

  get #tipVisible() { return !this.#tip.hidden; }

  #setTipVisible(visible) {
    if (visible === this.#tipVisible) return;
    this.#tip.hidden = !visible;
    if (this.#tip.popover) {
      try { if (visible) this.#tip.showPopover(); else this.#tip.hidePopover(); } catch { /* already in that state */ }
    }
    if (visible) {
      window.addEventListener('scroll', this.#onScroll, { passive: true, capture: true });
      window.addEventListener('resize', this.#onScroll, { passive: true });
      document.addEventListener('keydown', this.#onDocumentKey);
    } else {
      window.removeEventListener('scroll', this.#onScroll, { capture: true });
      window.removeEventListener('resize', this.#onScroll);
      document.removeEventListener('keydown', this.#onDocumentKey);
    }
  }

  /** Highlights point `index` (or none) and shows its details; `announce` tells screen readers. */
  #show(index, announce) {
    if (index === this.#index && (index === null || this.#tipVisible)) return;
    this.#index = index;
    try {
      this.#handle?.highlight(index ?? -1);
    } catch (error) {
      this.#fail(error.message, { detail: error.message });
      return;
    }
    if (index === null || !this.#handle) {
      this.#setTipVisible(false);
      return;
    }
    const datum = this.#handle.point(index);
    this.#fillTip(datum);
    this.#placeTip(datum, announce);
    if (announce) this.#live.textContent = datum.announcement;
  }

  /** After a redraw (resize, language, theme), the open tooltip follows its point or closes. */
  #refreshTip() {
    if (this.#index === null || !this.#handle) return;
    if (this.#index >= this.#handle.pointCount) { this.#index = null; this.#setTipVisible(false); return; }
    const datum = this.#handle.point(this.#index);
    this.#fillTip(datum);
    this.#placeTip(datum, false);
  }

  #fillTip(d) {
    const ui = this.#texts.ui;
    const line = (className, text) => {
      const el = element('div', className);
      el.textContent = text;
      return el;
    };
    const parts = [element('strong')];
    parts[0].textContent = d.label;
    if (d.value) parts.push(line('value', d.value));
    const meta = [d.date, d.place, d.status].filter(Boolean).join(' · ');
    if (meta) parts.push(line('meta', meta));
    if (d.precision) parts.push(line('meta', `${ui['Date precision:']} ${d.precision}`));
    if (d.note) parts.push(line('note', d.note));
    const source = line('meta', `${ui['Source:']} `);
    const link = element('a');
    link.href = d.sourceUrl;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = d.sourceTitle;
    source.append(link);
    parts.push(source);
    if (this.#pinned) {
      const close = element('button', 'close');
      close.type = 'button';
      close.setAttribute('aria-label', ui.Close);
      close.textContent = '×';
      close.addEventListener('click', () => { this.#pinned = false; this.#show(null, false); this.#noAutoOpen = true; this.#canvas.focus(); });
      parts.unshift(close);
    }
    this.#tip.replaceChildren(...parts);
    this.#tip.setAttribute('lang', this.#texts.charts[this.#chart]?.lang ?? 'en');
    this.#tip.dir = this.#dir();
  }

  /** Next to the point, inside the viewport, never cut by the canvas's edge or an ancestor.
   *  With `bringIntoView` (keyboard moves), the page scrolls so the point is on screen. */
  #placeTip(d, bringIntoView) {
    const tip = this.#tip;
    const margin = 8;
    if (bringIntoView) {
      const r = this.#canvas.getBoundingClientRect();
      const top = r.top + d.y;
      const bottom = top + d.height;
      if (bottom > window.innerHeight - margin) window.scrollBy(0, bottom - window.innerHeight + margin + 120);
      else if (top < margin) window.scrollBy(0, top - margin - 120);
    }
    tip.style.left = '0px';
    tip.style.top = '0px';
    this.#setTipVisible(true);
    const canvas = this.#canvas.getBoundingClientRect();
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const rtl = this.#dir() === 'rtl';
    const rowLike = this.#chart === 'patent-share' || this.#chart === 'initiative-timeline';
    let left = canvas.left + (rowLike ? d.x + (rtl ? d.width - w : 0) : d.x + Math.min(d.width, 40) / 2 - w / 2);
    left = Math.min(Math.max(left, margin), window.innerWidth - margin - w);
    // Above the point if it fits, else below, else wherever it covers least of the screen.
    let top = canvas.top + d.y - h - 6;
    if (top < margin) top = canvas.top + d.y + d.height + 6;
    if (top + h > window.innerHeight - margin) top = Math.max(margin, window.innerHeight - margin - h);
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(top)}px`;
  }

  // ---- texts around the canvas: summary, table, sources, downloads -------------------------

  #dir() {
    const own = getComputedStyle(this).direction === 'rtl';
    return own || this.#texts.dir === 'rtl' ? 'rtl' : 'ltr';
  }

  #langTag() {
    return supportedLang(this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang);
  }

  /** Fills the table, sources and buttons in the chart's language (once per chart × language). */
  #renderTexts(chart) {
    const texts = this.#texts;
    const key = `${chart} ${this.#textsTag} ${this.#dir()} ${this.#theme}`;
    if (key === this.#textKey) return;
    this.#textKey = key;
    const d = texts.charts[chart];
    const ui = texts.ui;
    this.#frameEl.classList.toggle('dark', this.#theme === 'dark');
    this.#frameEl.dir = this.#dir();
    this.#frameEl.setAttribute('lang', d.lang);
    this.#help.textContent = ui['Use the arrow keys to move between data points; Enter opens the source; Escape closes the details.'];

    const caption = element('caption');
    caption.textContent = `${ui['Data shown in the chart']}: ${d.title}`;
    const head = element('thead');
    const headRow = element('tr');
    for (const c of d.columns) {
      const th = element('th');
      th.scope = 'col';
      th.textContent = c;
      headRow.append(th);
    }
    head.append(headRow);
    const body = element('tbody');
    for (const row of d.rows) {
      const tr = element('tr');
      row.forEach((cell, i) => {
        const td = element(i === 0 ? 'th' : 'td');
        if (i === 0) td.scope = 'row';
        if (/^https?:\/\//.test(cell)) {
          const a = element('a');
          a.href = cell;
          a.textContent = cell;
          a.tabIndex = -1; // the table is for screen readers; keyboard users get the visible links below
          td.append(a);
        } else {
          td.textContent = cell;
        }
        tr.append(td);
      });
      body.append(tr);
    }
    this.#table.replaceChildren(caption, head, body);

    const sources = element('p');
    sources.append(`${ui['Sources:']} `);
    d.sources.forEach(([title, url], i) => {
      if (i > 0) sources.append(', ');
      const a = element('a');
      a.href = url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.textContent = title;
      sources.append(a);
    });
    const notes = d.notes.map((n) => { const p = element('p', 'sr-only'); p.textContent = n; return p; });
    const actions = element('div', 'actions');
    const csv = element('button');
    csv.type = 'button';
    csv.textContent = ui['Get the data (CSV)'];
    csv.addEventListener('click', () => download(`${chart}.csv`, new Blob([toCsv(d.columns, d.rows)], { type: 'text/csv;charset=utf-8' })));
    const png = element('button');
    png.type = 'button';
    png.textContent = ui['Download PNG'];
    png.addEventListener('click', () => this.#downloadPng(chart));
    const svg = element('a');
    const width = this.#box.clientWidth || 640;
    const best = STATIC_WIDTHS.find((w) => w >= width) ?? STATIC_WIDTHS[STATIC_WIDTHS.length - 1];
    const suffix = d.lang === 'en' ? '' : `.${d.lang}`;
    svg.href = new URL(`static/${chart}-${this.#theme}-${best}${suffix}.svg`, BASE).href;
    svg.download = `${chart}.svg`;
    svg.textContent = ui['Download SVG'];
    actions.append(csv, png, svg);
    this.#below.replaceChildren(sources, ...notes, actions);
  }

  /** The chart at twice its CSS size, drawn afresh on a detached canvas. */
  #downloadPng(chart) {
    if (!loaded) return;
    const off = document.createElement('canvas');
    off.width = this.#canvas.clientWidth;
    off.height = this.#canvas.clientHeight;
    try {
      const handle = loaded.module.render(off, chart, { ...this.#options(), pixelRatio: 2 });
      handle.free();
      off.toBlob((blob) => { if (blob) download(`${chart}.png`, blob); }, 'image/png');
    } catch (error) {
      this.#live.textContent = error.message;
    }
  }

  /** Times this element has drawn (for diagnostics and tests). */
  get drawCount() { return this.#draws; }

  /** 'loading' | 'drawn' | 'error' */
  get state() { return this.#failure ? 'error' : this.#handle ? 'drawn' : 'loading'; }

  /** For developers: why the element shows an error (readers get a plain message), or null. */
  get error() { return this.#failure?.detail ?? null; }

  connectedCallback() {
    live.add(this);
    this.#resize.observe(this);
    if (!loaded) this.#showStatus(this.#texts.ui['Loading chart…']);
    this.#reserve(); // the final height, now: no layout shift when the chart arrives
    if (this.#chart in CHARTS) this.#renderTexts(this.#chart); // sources and buttons too
    this.schedule();
    loadWasm().then(() => this.schedule(), (error) => this.#fail(this.#texts.ui['The chart could not be loaded; here is a picture of it.'], { fatal: true, picture: true, detail: error.message }));
  }

  disconnectedCallback() {
    clearTimeout(this.#languageTimer);
    this.#languageTimerFor = null;
    live.delete(this);
    this.#index = null;
    this.#pinned = false;
    this.#setTipVisible(false);
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
      const message = `Unknown chart "${chart}". Use chart="${Object.keys(CHARTS).join('", "')}".`;
      this.#fail(message, { detail: message });
      return;
    }
    const width = this.#reserve();
    if (width < 1) return; // hidden: drawn when it shows
    const ratio = parseAspectRatio(this.getAttribute('aspect-ratio'));
    const tag = this.#langTag();
    // Another language's texts (and the strings its chart draws) load once per page; the chart
    // waits for them. It is drawn in English if they cannot be loaded, or meanwhile if they take
    // longer than LANGUAGE_WAIT_MS.
    const usable = !failedLanguages.has(tag) && this.#languageTimedOut !== tag;
    const waiting = tag !== this.#textsTag && usable;
    if (waiting && this.#languageTimerFor !== tag) {
      languageModule(tag).then((m) => {
        if (this.#languageTimerFor === tag) clearTimeout(this.#languageTimer);
        if (this.#languageTimedOut === tag) this.#languageTimedOut = null; // late, but here now
        if (this.#langTag() === tag) {
          this.#texts = m;
          this.#textsTag = tag;
        }
        this.schedule();
      }, () => {
        failedLanguages.add(tag);
        this.schedule();
      });
      clearTimeout(this.#languageTimer);
      this.#languageTimerFor = tag;
      this.#languageTimer = setTimeout(() => {
        this.#languageTimedOut = tag;
        this.schedule();
      }, LANGUAGE_WAIT_MS);
    } else if (!waiting && tag !== this.#textsTag) {
      this.#useEnglish();
    }
    this.#renderTexts(chart);
    if (!loaded || this.#failure?.fatal || waiting) return;
    if (this.#textsTag !== 'en') {
      try {
        giveLanguage(loaded.module, this.#textsTag, this.#texts);
      } catch {
        // A language module without valid strings (an old cached copy?): English, not an error.
        failedLanguages.add(this.#textsTag);
        this.#useEnglish();
        this.#renderTexts(chart);
      }
    }
    const options = this.#options();
    const key = `${chart} ${JSON.stringify(options)}`;
    try {
      this.#draw(chart, options, key);
    } catch (error) {
      let failure = error;
      // A box too short for the chart (rare: the table is generous): grow to what it needs.
      if (!ratio && width >= MIN_WIDTH && /needs at least/.test(error.message)) {
        this.#setHeight(Math.ceil(loaded.module.preferredHeight(chart, width, options)));
        try { this.#draw(chart, options, key); return; } catch (again) { failure = again; }
      }
      // Too narrow (or squeezed by aspect-ratio): readers get the picture, developers the reason.
      const tooSmall = /needs at least/.test(failure.message);
      const text = tooSmall ? this.#texts.ui['This chart needs a wider space; here is a picture of it.'] : failure.message;
      this.#fail(text, { picture: tooSmall, detail: failure.message });
    }
  }

  #useEnglish() {
    this.#texts = english;
    this.#textsTag = 'en';
  }

  #options() {
    return { theme: this.#theme, colors: this.#colors(), lang: this.#textsTag, dir: this.#dir() };
  }

  #draw(chart, options, key) {
    if (key !== this.#key || !this.#handle) {
      this.#handle?.free();
      this.#handle = null;
      this.#handle = loaded.module.render(this.#canvas, chart, options);
      this.#key = key;
      if (this.#index !== null) this.#handle.highlight(Math.min(this.#index, this.#handle.pointCount - 1));
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
    this.#status.style.position = '';
    this.#canvas.hidden = false;
    this.#canvas.setAttribute('aria-label', this.#texts.charts[chart].summary);
    if (this.#tipVisible) this.#refreshTip();
  }

  #setHeight(height) {
    const value = `${height}px`;
    if (this.#box.style.height !== value) this.#box.style.height = value;
  }

  #showStatus(text) {
    this.#status.replaceChildren(text);
    this.#status.hidden = false;
  }

  /** Readable error state. With `picture`, the static rendering of the chart stands in (the
   *  wasm cannot run, or the space is too small); `fatal` stops retrying; `detail` is for `el.error`. */
  #fail(message, { fatal = false, picture = false, detail = message } = {}) {
    this.#failure = { message, fatal, detail };
    this.#handle?.free();
    this.#handle = null;
    this.#key = '';
    this.#index = null;
    this.#setTipVisible(false);
    const chart = this.#chart;
    const parts = [element('p')];
    parts[0].textContent = message;
    if (picture && chart in CHARTS) {
      const lang = this.#texts.charts[chart]?.lang ?? 'en';
      const width = this.#box.clientWidth || 640;
      const best = STATIC_WIDTHS.find((w) => w >= width) ?? STATIC_WIDTHS[STATIC_WIDTHS.length - 1];
      const img = element('img');
      img.src = new URL(`static/${chart}-${this.#theme}-${best}${lang === 'en' ? '' : `.${lang}`}.svg`, BASE).href;
      img.alt = this.#texts.charts[chart]?.summary ?? CHARTS[chart].alt;
      parts.push(img);
      this.#box.style.height = 'auto';
      this.#status.style.position = 'static';
      this.#canvas.hidden = true;
    }
    this.#status.replaceChildren(...parts);
    this.#status.className = 'status failed';
    this.#status.hidden = false;
    this.#canvas.removeAttribute('aria-label');
  }
}

if (!customElements.get('apac-ai-chart')) customElements.define('apac-ai-chart', ApacAiChart);
