// <apac-ai-chart> in Preact's JSX, by module augmentation of 'preact' (Preact has its own JSX
// namespace, not React's: apac-ai-charts/react does not reach it, except under preact/compat with
// React's types). Opt in once per project:
//   import type {} from 'apac-ai-charts/preact';
// Preact sets a custom element's props as properties where the element has one (chart, theme,
// loading, lang reflect to their attributes) and as attributes otherwise (aspect-ratio).

import type { HTMLAttributes } from 'preact';
import type { ApacAiChartAttributes } from './attributes.js';

export type { ApacAiChartAttributes, ChartId } from './attributes.js';

/** The props of <apac-ai-chart> in Preact's JSX. */
export type ApacAiChartProps = Omit<HTMLAttributes<ApacAiChartElement>, 'lang'> & ApacAiChartAttributes;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'apac-ai-chart': ApacAiChartProps;
    }
  }
}
