// <apac-ai-chart> in Vue templates (vue-tsc, Volar), as a global component by module
// augmentation of 'vue'. Opt in once per project:
//   import type {} from 'apac-ai-charts/vue';
// Vue still needs to be told that the tag is a custom element, not a component to resolve, with
// the compiler option `isCustomElement: (tag) => tag === 'apac-ai-chart'` (docs/frameworks.md).
// Vue sets a custom element's attributes as properties where the element has one (chart, theme,
// loading, lang reflect to their attributes) and as attributes otherwise (aspect-ratio).

import type { DefineComponent, HTMLAttributes } from 'vue';
import type { ApacAiChartAttributes } from './attributes.js';

export type { ApacAiChartAttributes, ChartId } from './attributes.js';

/** The attributes and events of <apac-ai-chart> in a Vue template. Vue's types name a
 *  template's `aspect-ratio` `aspectRatio`, and `@apac-ai-chart-drawn` `onApacAiChartDrawn`;
 *  the handlers get the element's CustomEvents. */
export interface ApacAiChartProps extends Omit<HTMLAttributes, 'lang'>, Omit<ApacAiChartAttributes, 'aspect-ratio'> {
  aspectRatio?: ApacAiChartAttributes['aspect-ratio'];
  onApacAiChartDrawn?: (event: CustomEvent<ApacAiChartDrawnDetail>) => void;
  onApacAiChartError?: (event: CustomEvent<ApacAiChartErrorDetail>) => void;
}

declare module 'vue' {
  interface GlobalComponents {
    'apac-ai-chart': DefineComponent<ApacAiChartProps>;
  }
}
