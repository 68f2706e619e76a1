// <apac-ai-chart> in Svelte templates, through the global svelteHTML namespace that Svelte's
// language tools (svelte-check, the editor) read. Opt in once per project:
//   import type {} from 'apac-ai-charts/svelte';
// Svelte sets a custom element's attributes as properties where the element has one (chart,
// theme, loading, lang reflect to their attributes) and as attributes otherwise (aspect-ratio).

import type { HTMLAttributes } from 'svelte/elements';
import type { ApacAiChartAttributes } from './attributes.js';

export type { ApacAiChartAttributes, ChartId } from './attributes.js';

/** The attributes of <apac-ai-chart> in a Svelte template. */
export type ApacAiChartProps = Omit<HTMLAttributes<ApacAiChartElement>, 'lang'> & ApacAiChartAttributes;

declare global {
  namespace svelteHTML {
    interface IntrinsicElements {
      'apac-ai-chart': ApacAiChartProps;
    }
  }
}
