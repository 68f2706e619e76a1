// <apac-ai-chart> in Solid's JSX, by module augmentation of 'solid-js' (Solid has its own JSX
// namespace). Opt in once per project:
//   import type {} from 'apac-ai-charts/solid';
// Solid sets a custom element's attributes as properties (aspect-ratio as `aspectRatio`); every
// one of them reflects to its attribute.

import type { JSX } from 'solid-js';
import type { ApacAiChartAttributes } from './attributes.js';

export type { ApacAiChartAttributes, ChartId } from './attributes.js';

/** The props of <apac-ai-chart> in Solid's JSX. */
export type ApacAiChartProps = Omit<JSX.HTMLAttributes<ApacAiChartElement>, 'lang'> & ApacAiChartAttributes;

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
      'apac-ai-chart': ApacAiChartProps;
    }
  }
}
