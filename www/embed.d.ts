// Types of the <apac-ai-chart> element that embed.js (and its bundle, embed.min.js) defines.
// Written by hand from www/src/element.js; custom-elements.json describes the same element for
// editors and catalogues. tests/types/ type-checks an example against this file and checks that
// its attributes and events are the ones element.js observes and dispatches.
//
// Use: `import '…/embed.js';` from TypeScript (this file is its declaration), or list this file
// in your tsconfig's "files". `document.querySelector('apac-ai-chart')` is then an
// ApacAiChartElement, and its events are typed on the element, the document and the window.

export {};

declare global {
  /** The chart ids `chart` accepts (the wasm API's `ChartId`). */
  type ApacAiChartId = 'patent-share' | 'projected-gains' | 'initiative-timeline';

  /** `loading` until the first draw, `drawn` while a chart is shown, `error` while a message
   *  (and, where it can, the chart's static picture) stands in. */
  type ApacAiChartState = 'loading' | 'drawn' | 'error';

  /** `detail` of the `apac-ai-chart:drawn` event. */
  interface ApacAiChartDrawnDetail {
    /** The `chart` attribute it drew. */
    chart: string;
  }

  /** Events the element dispatches. They bubble and are composed (they leave shadow roots). */
  interface ApacAiChartEventMap {
    /** After the element's first draw (once per element). */
    'apac-ai-chart:drawn': CustomEvent<ApacAiChartDrawnDetail>;
  }

  /** The message `embed.html` (the iframe embed) posts to its parent page on every height change;
   *  it also posts AMP's `{ sentinel: 'amp', type: 'embed-size', height }`. */
  interface ApacAiChartHeightMessage {
    type: 'apac-ai-chart:height';
    chart: string;
    /** The iframe content's height, CSS px (whole). */
    height: number;
  }

  /** `<apac-ai-chart chart="patent-share" theme="auto" lang="zh-Hans" aspect-ratio="16/9">` */
  interface ApacAiChartElement extends HTMLElement {
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
    /** The attributes whose changes redraw: chart, theme, lang, aspect-ratio. */
    readonly observedAttributes: string[];
    /** Bytes of wasm linear memory (one instance per page), or 0 before it loads. */
    readonly wasmMemoryBytes: number;
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
