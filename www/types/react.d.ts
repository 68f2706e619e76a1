// <apac-ai-chart> in React 19's JSX, by module augmentation of 'react' (React.JSX, which the
// automatic runtime's JSX namespace extends). Opt in once per project:
//   import type {} from 'apac-ai-charts/react';
// React 19 writes a custom element's primitive props as attributes under their own names (or sets
// the element's property of that name, which reflects to the attribute), so the props are the
// attributes: chart, theme, lang, loading, aspect-ratio.

import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ApacAiChartAttributes } from './attributes.js';

export type { ApacAiChartAttributes, ChartId } from './attributes.js';

/** The props of <apac-ai-chart> in JSX: the element's attributes and React's own (children,
 *  className, style, ref typed as the element, key…). */
export type ApacAiChartProps = Omit<DetailedHTMLProps<HTMLAttributes<ApacAiChartElement>, ApacAiChartElement>, 'lang'>
  & ApacAiChartAttributes;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'apac-ai-chart': ApacAiChartProps;
    }
  }
}
