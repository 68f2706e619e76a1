// Types of the <apac-ai-chart> element that embed.js (and its bundle, embed.min.js) defines.
// Written by hand from www/src/element.js, but for the chart ids, which come from the generated
// chart-meta.d.ts; custom-elements.json describes the same element for editors and catalogues. tests/types/ type-checks an example against this file and checks that
// its attributes and events are the ones element.js observes and dispatches.
//
// Use: `import '…/embed.js';` from TypeScript (this file is its declaration), or list this file
// in your tsconfig's "files". `document.querySelector('apac-ai-chart')` is then an
// ApacAiChartElement, and its events are typed on the element, the document and the window.

export {};

declare global {
  /** The chart ids `chart` accepts (the wasm API's `ChartId`), from the generated chart-meta.d.ts. */
  type ApacAiChartId = import('./chart-meta.js').ChartId;

  /** `loading` until the first draw, `drawn` while a chart is shown, `error` while a message
   *  (and, where it can, the chart's static picture) stands in. */
  type ApacAiChartState = 'loading' | 'drawn' | 'error';

  /** `detail` of the `apac-ai-chart-drawn` event. */
  interface ApacAiChartDrawnDetail {
    /** The `chart` attribute it drew. */
    chart: string;
  }

  /** `detail` of the `apac-ai-chart-error` event. */
  interface ApacAiChartErrorDetail {
    /** The `chart` attribute it could not draw. */
    chart: string;
    /** For developers: why (the element's `error`). */
    message: string;
  }

  /** Events the element dispatches. They bubble and are composed (they leave shadow roots). */
  interface ApacAiChartEventMap {
    /** After the element's first draw (once per element). */
    'apac-ai-chart-drawn': CustomEvent<ApacAiChartDrawnDetail>;
    /** @deprecated The old name of `apac-ai-chart-drawn`, dispatched with it until 0.4.0. */
    'apac-ai-chart:drawn': CustomEvent<ApacAiChartDrawnDetail>;
    /** When the element starts showing an error (a message, and where it can the static picture). */
    'apac-ai-chart-error': CustomEvent<ApacAiChartErrorDetail>;
  }

  /** The message `embed.html` (the iframe embed) posts to its parent page on every height change
   *  (`embed-resize.js` reads it); it also posts AMP's `{ sentinel: 'amp', type: 'embed-size',
   *  height }` and Datawrapper's `{ 'datawrapper-height': { [chart]: height } }`. */
  interface ApacAiChartHeightMessage {
    type: 'apac-ai-chart:height';
    chart: string;
    /** The iframe content's height, CSS px (whole). */
    height: number;
  }

  /** `<apac-ai-chart chart="patent-share" theme="auto" lang="zh-Hans" aspect-ratio="16/9" loading="lazy">` */
  interface ApacAiChartElement extends HTMLElement {
    /** The `chart` attribute (reflected). */
    chart: ApacAiChartId | (string & {});
    /** The `theme` attribute (reflected): 'light', 'dark' or 'auto' (the default). */
    theme: 'light' | 'dark' | 'auto' | (string & {});
    /** The `aspect-ratio` attribute (reflected), e.g. '16/9'; '' for the chart's own height. */
    aspectRatio: string;
    /** The `loading` attribute (reflected): 'lazy' (the default: nothing is fetched until the
     *  element is within a screen of the viewport) or 'eager'. */
    loading: 'lazy' | 'eager';
    /** The theme drawn now: `theme`, with 'auto' resolved by the reader's colour scheme. */
    readonly drawnTheme: 'light' | 'dark';
    /** Times this element has drawn (diagnostics and tests). */
    readonly drawCount: number;
    readonly state: ApacAiChartState;
    /** For developers: why the element shows an error (readers get a plain message), or null. */
    readonly error: string | null;

    addEventListener<K extends keyof ApacAiChartEventMap>(
      type: K,
      listener: (this: ApacAiChartElement, event: ApacAiChartEventMap[K]) => unknown,
      options?: boolean | AddEventListenerOptions,
    ): void;
    addEventListener<K extends keyof HTMLElementEventMap>(
      type: K,
      listener: (this: ApacAiChartElement, event: HTMLElementEventMap[K]) => unknown,
      options?: boolean | AddEventListenerOptions,
    ): void;
    addEventListener(
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | AddEventListenerOptions,
    ): void;
    removeEventListener<K extends keyof ApacAiChartEventMap>(
      type: K,
      listener: (this: ApacAiChartElement, event: ApacAiChartEventMap[K]) => unknown,
      options?: boolean | EventListenerOptions,
    ): void;
    removeEventListener<K extends keyof HTMLElementEventMap>(
      type: K,
      listener: (this: ApacAiChartElement, event: HTMLElementEventMap[K]) => unknown,
      options?: boolean | EventListenerOptions,
    ): void;
    removeEventListener(
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | EventListenerOptions,
    ): void;
  }

  /** The element's class, as `customElements.get('apac-ai-chart')` returns it. */
  interface ApacAiChartConstructor {
    new (): ApacAiChartElement;
    prototype: ApacAiChartElement;
    /** The attributes whose changes redraw: chart, theme, lang, aspect-ratio, loading. */
    readonly observedAttributes: string[];
    /** Bytes of wasm linear memory (one instance per page), or 0 before it loads. */
    readonly wasmMemoryBytes: number;
    /** wasm instances this page has started: 1, or more after one died and was replaced. */
    readonly wasmInstances: number;
    /** Tests only: traps the page's wasm instance in builds with the cargo feature `test-trap`;
     *  false (and nothing happens) in release builds. */
    forceTrapForTests(): boolean;
  }

  interface HTMLElementTagNameMap {
    'apac-ai-chart': ApacAiChartElement;
  }

  // The events bubble out of the element (and its shadow root) to the page.
  interface HTMLElementEventMap extends ApacAiChartEventMap {}
  interface DocumentEventMap extends ApacAiChartEventMap {}
  interface WindowEventMap extends ApacAiChartEventMap {}

  interface CustomElementRegistry {
    get(name: 'apac-ai-chart'): ApacAiChartConstructor | undefined;
  }
}
