// The custom element <apac-ai-chart>: its shadow DOM, lifecycle (connected, disconnected,
// attribute changes) and scheduling: every reason to redraw (a resize, the colour scheme, zoom,
// a language arriving, the wasm loading) is coalesced into one draw per frame. Static first: the
// picture a snippet carries in its light DOM (the chart's own SVG, sized by embed.css before any
// script runs) shows until the first live draw, which takes the very box the picture holds, so
// nothing moves; the element never changes its light DOM, only hides the picture's slot. Without a
// picture it reserves the chart's height before the wasm arrives. It reads its attributes into
// draw options, and delegates
// the rest: the wasm to loader.js, languages to lang.js, the tooltip to tooltip.js, the reader
// texts to reader-table.js, downloads to downloads.js, failures to fallback.js, reading the
// host's colours and sizes to options.js, what every element on the page shares (the colour
// scheme, the pixel ratio, <html lang>, retrying failed loads) to page.js.
import { CHARTS, ERROR_CODES, MIN_WIDTH } from '../chart-meta.js';
import { loadWasm, styleSheet, wasmGaveUp, wasmModule } from './loader.js';
import { ChartElementBase } from './element-base.js';
import { LanguageWait, chartLang } from './lang.js';
import { Tooltip } from './tooltip.js';
import { ReaderTexts } from './reader-table.js';
import { downloadPng } from './downloads.js';
import { renderTexts } from './texts.js';
import { PrintPicture, Status, isTooSmall, pictureUrl } from './fallback.js';
import { drawColors, drawFont, parseAspectRatio, tableHeight } from './options.js';
import { announce, element } from './dom.js';
import { stopWatching, whenNear } from './lazy.js';
import { PagePicture } from './picture.js';
import { firstDrawSlot, join, leave, retryFailedLoads } from './page.js';

export class ApacAiChart extends ChartElementBase {
  static observedAttributes = ['chart', 'theme', 'lang', 'aspect-ratio', 'loading'];

  #frameEl = element('div', 'frame');
  #box = element('div', 'box');
  #canvas = element('canvas');
  #picture = new PagePicture(this, this.#box, () => this.schedule());
  #reader = new ReaderTexts();
  #live = element('div', 'sr-only');
  #status = null; // set in the constructor: it needs the page's picture and the bar
  #lang = new LanguageWait(this, () => this.schedule());
  #tooltip = new Tooltip({
    canvas: this.#canvas,
    frame: this.#frameEl,
    live: this.#live,
    handle: () => this.#handle,
    chart: () => this.chart,
    lang: () => chartLang(this.chart, this.#lang.tag),
    texts: () => this.#lang.texts,
    dir: () => this.#dir(),
    fail: (message) => this.#fail(message),
  });
  #handle = null;
  #key = '';
  #frame = 0;
  #resize = new ResizeObserver(() => this.schedule());
  #failure = null;
  #draws = 0;
  #near = false; // loading="eager", or it came within a screen of the viewport: may fetch
  #print = new PrintPicture();

  constructor() {
    super();
    this.#status = new Status(this.#box, this.#canvas, this.#picture, this.#reader);
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styleSheet()];
    this.#canvas.setAttribute('role', 'img');
    this.#canvas.tabIndex = 0;
    this.#canvas.setAttribute('aria-describedby', this.#reader.help.id);
    this.#live.setAttribute('aria-live', 'polite');
    this.#box.append(this.#picture.el, this.#canvas, this.#print.el, this.#tooltip.el, this.#status.el);
    const reader = this.#reader; // ::part() names: its modules give them (caption, table, buttons…)
    this.#frameEl.append(this.#box, reader.bar, reader.below, reader.help, this.#live, reader.tableWrap, reader.notes);
    root.append(this.#frameEl);
  }

  /** Times this element has drawn (for diagnostics and tests). */
  get drawCount() { return this.#draws; }

  /** 'loading' | 'drawn' | 'error' */
  get state() { return this.#failure ? 'error' : this.#handle ? 'drawn' : 'loading'; }

  /** For developers: why the element shows an error (readers get a plain message), or null. */
  get error() { return this.#failure?.detail ?? null; }

  connectedCallback() {
    join(this);
    this.#resize.observe(this);
    this.#resize.observe(this.#picture.el); // the picture's size, which the live chart keeps
    if (!wasmModule()) this.#status.loading(this.#lang.texts.ui['Loading chart…']);
    this.#reserve(); // the final height, now: no layout shift when the chart arrives
    if (Object.hasOwn(CHARTS, this.chart)) this.#renderTexts(this.chart); // sources and buttons too
    this.schedule();
    if (this.loading === 'eager') this.#comeNear();
    else whenNear(this, () => this.#comeNear());
  }

  /** From now on the element may fetch: the wasm, its language, and a failed load again. */
  #comeNear() {
    if (this.#near) return;
    this.#near = true;
    stopWatching(this);
    if (!retryFailedLoads()) this.#loadWasm(); // a failed load is tried again, for every element
    this.schedule();
  }

  /** A failed wasm or language load is being tried again (page.js): wait for it. */
  retry() {
    if (!this.#near) return; // it will load when it comes near
    if (!wasmModule()) this.#loadWasm();
    this.schedule();
  }

  /** Printing (page.js): the static picture, at print resolution (SVG), stands in for the canvas
   *  (the page's own picture, where it gave one: styles.css prints it). */
  preparePrint() {
    if (this.#picture.present()) return;
    const chart = this.chart;
    const alt = this.#lang.texts.charts[chart]?.summary;
    if (Object.hasOwn(CHARTS, chart)) this.#print.show(chart, chartLang(chart, this.#lang.tag), alt ?? CHARTS[chart].alt);
  }

  #loadWasm() {
    loadWasm().then(
      () => {
        if (this.#failure?.fatal) this.#failure = null; // loaded on a retry: draw now
        this.schedule();
      },
      (error) => {
        const text = this.#lang.texts.ui['The chart could not be loaded; here is a picture of it.'];
        this.#fail(text, { fatal: true, picture: true, detail: error.message });
      },
    );
  }

  disconnectedCallback() {
    stopWatching(this);
    this.#near = false;
    this.#lang.stop();
    leave(this);
    this.#tooltip.reset();
    this.#resize.disconnect();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#handle?.free();
    this.#handle = null;
    this.#key = '';
  }

  /** The page's wasm instance died (page.js): this element's handle went with it. Its last
   *  drawing stays until the fresh instance redraws it; if none may start, the picture. */
  instanceLost() {
    this.#handle = null; // not freed: nothing calls into a dead instance
    this.#key = '';
    this.#tooltip.reset();
    if (wasmGaveUp()) {
      const text = this.#lang.texts.ui['The chart could not be loaded; here is a picture of it.'];
      this.#fail(text, { fatal: true, picture: true, detail: 'the wasm instance stopped, and so did its replacements' });
    }
  }

  attributeChangedCallback(name) {
    if (!this.isConnected) return;
    if (name === 'loading' && this.loading === 'eager') this.#comeNear();
    this.schedule();
  }

  /** Coalesces every reason to redraw into one draw per frame. */
  schedule() {
    if (this.#frame || !this.isConnected) return;
    this.#frame = requestAnimationFrame((frameTime) => {
      this.#frame = 0;
      this.#update(frameTime);
    });
  }

  #dir() {
    const own = getComputedStyle(this).direction === 'rtl';
    return own || this.#lang.texts.dir === 'rtl' ? 'rtl' : 'ltr';
  }

  /** Sizes the box for the current width; returns the width, or 0 if hidden or unknown. With the
   *  page's picture, the box is the picture's (in flow until the first draw, then kept to its size). */
  #reserve() {
    const chart = this.chart;
    const width = this.#box.clientWidth;
    if (!Object.hasOwn(CHARTS, chart) || width < 1) return 0;
    if (this.#picture.present()) {
      if (this.#picture.live) this.#setHeight(this.#picture.height());
      return width;
    }
    const ratio = parseAspectRatio(this.getAttribute('aspect-ratio'));
    this.#setHeight(Math.round(ratio ? width / ratio : tableHeight(chart, Math.max(width, MIN_WIDTH))));
    return width;
  }

  #update(frameTime) {
    const chart = this.chart;
    if (!Object.hasOwn(CHARTS, chart)) {
      this.#fail(`Unknown chart "${chart}". Use chart="${Object.keys(CHARTS).join('", "')}".`);
      return;
    }
    const width = this.#reserve();
    if (width < 1) return; // hidden: drawn when it shows
    if (!this.#near) return; // lazy: its height is reserved; it loads when it comes near
    const ratio = parseAspectRatio(this.getAttribute('aspect-ratio'));
    // Another language's texts (and the strings its chart draws) load once per page; the chart
    // waits for them, or draws in English if they fail or are late (lang.js).
    const waiting = this.#lang.update();
    this.#renderTexts(chart);
    const module = wasmModule();
    if (!module || this.#failure?.fatal || waiting) return;
    let refused;
    try {
      refused = this.#lang.prepare(module);
    } catch {
      return; // 'INSTANCE_LOST' (the only thing prepare throws): page.js redraws with a fresh instance
    }
    if (refused) this.#renderTexts(chart); // English now
    // One first draw per frame: several charts appearing at once are drawn in separate tasks,
    // so none blocks the page for all of them (page.js).
    if (this.#draws === 0 && !firstDrawSlot(frameTime)) return this.schedule();
    const options = this.#options();
    const key = `${chart} ${JSON.stringify(options)}`;
    if (this.#picture.present()) this.#picture.goLive((h) => this.#setHeight(h));
    try {
      this.#draw(chart, options, key);
    } catch (error) {
      if (error?.code === ERROR_CODES.INSTANCE_LOST) return; // page.js redraws with a fresh instance
      let failure = error;
      // A box too short for the chart (rare: the table is generous): grow to what it needs.
      if (!ratio && !this.#picture.present() && width >= MIN_WIDTH && isTooSmall(error)) {
        this.#setHeight(Math.ceil(module.preferredHeight(chart, width, options)));
        try {
          this.#draw(chart, options, key);
          return;
        } catch (again) {
          if (again?.code === ERROR_CODES.INSTANCE_LOST) return;
          failure = again;
        }
      }
      // Too narrow (or squeezed by aspect-ratio): readers get the picture, developers the reason.
      const tooSmall = isTooSmall(failure);
      const ui = this.#lang.texts.ui;
      const text = tooSmall ? ui['This chart needs a wider space; here is a picture of it.'] : failure.message;
      this.#fail(text, { picture: tooSmall, detail: failure.message });
    }
  }

  #options() {
    return { theme: this.drawnTheme, colors: drawColors(this), lang: this.#lang.tag, dir: this.#dir(), font: drawFont(this) };
  }

  #draw(chart, options, key) {
    if (key !== this.#key || !this.#handle) {
      this.#handle?.free();
      this.#handle = null;
      this.#handle = wasmModule().render(this.#canvas, chart, options);
      this.#key = key;
      const index = this.#tooltip.index;
      if (index !== null) this.#handle.highlight(Math.min(index, this.#handle.pointCount - 1));
    } else {
      this.#handle.draw();
    }
    this.#draws += 1;
    if (this.#draws === 1) {
      announce(this, ['apac-ai-chart-drawn', 'apac-ai-chart:drawn'], { chart }); // the old name until 0.4.0
    }
    this.#failure = null;
    this.#status.clear();
    this.#canvas.setAttribute('aria-label', this.#lang.texts.charts[chart].summary);
    if (this.#tooltip.visible) this.#tooltip.refresh();
  }

  /** Fills the help, table, sources and buttons in the chart's language (texts.js). */
  #renderTexts(chart) {
    const png = () => {
      const module = wasmModule();
      if (module) downloadPng(module, chart, this.#canvas, this.#options(), (message) => { this.#live.textContent = message; });
    };
    renderTexts({ reader: this.#reader, frame: this.#frameEl, chart, texts: this.#lang.texts, tag: this.#lang.tag,
      dir: this.#dir(), theme: this.drawnTheme, width: this.#box.clientWidth, live: this.#live, png });
  }

  #setHeight(height) {
    const value = height === null ? '' : `${height}px`;
    if (this.#box.style.height !== value) this.#box.style.height = value;
  }

  /** Readable error state. With `picture`, the static rendering of the chart stands in (the
   *  wasm cannot run, or the space is too small); `fatal` stops retrying; `detail` is for `el.error`. */
  #fail(message, { fatal = false, picture = false, detail = message } = {}) {
    const repeated = this.#failure?.detail === detail;
    this.#failure = { message, fatal, detail };
    if (!repeated) announce(this, ['apac-ai-chart-error'], { chart: this.chart, message: detail });
    this.#handle?.free();
    this.#handle = null;
    this.#key = '';
    this.#tooltip.reset();
    const chart = this.chart;
    const texts = this.#lang.texts;
    const stand = picture && Object.hasOwn(CHARTS, chart) && {
      src: pictureUrl(chart, this.drawnTheme, this.#box.clientWidth, chartLang(chart, this.#lang.tag)),
      alt: texts.charts[chart]?.summary ?? CHARTS[chart].alt,
    };
    this.#status.fail(message, stand || null, texts.ui['The live chart could not be shown; this is its picture.']);
  }
}
