// The attributes of <apac-ai-chart> as a template writes them, for the framework entries beside
// this file (react.d.ts, preact.d.ts, solid.d.ts, vue.d.ts, svelte.d.ts); the build copies them
// into the npm package's dist/, next to chart-meta.d.ts (generated from the Rust chart registry).
//
// In a template `chart` is the strict union of the chart ids, so a typo is a type error where it
// is written. The element's DOM type (index.d.ts) keeps `chart: ApacAiChartId | (string & {})`,
// because a script may assign any string at run time and the element answers it with an error.

import type { ChartId } from './chart-meta.js';
import type {} from './index.js';

export type { ChartId };

/** `<apac-ai-chart chart="…" theme="auto" lang="zh-Hans" loading="lazy" aspect-ratio="16/9">` */
export interface ApacAiChartAttributes {
  /** Which chart to draw: one of the registry's ids. Required. */
  chart: ChartId;
  /** 'light', 'dark' or 'auto' (the default: follows the reader's colour scheme). */
  theme?: 'light' | 'dark' | 'auto';
  /** The chart's language ('en', 'zh-Hans', 'ur'); other tags fall back to English. Default: the
   *  nearest `lang` of an ancestor. */
  lang?: string;
  /** 'lazy' (the default: nothing is fetched until the element is within a screen of the
   *  viewport) or 'eager'. */
  loading?: 'lazy' | 'eager';
  /** A fixed aspect ratio, e.g. '16/9' or '1.5'; left out, each chart takes the height it reads
   *  best at for its width. */
  'aspect-ratio'?: string;
}
