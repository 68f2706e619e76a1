/// <reference path="../../../node_modules/svelte/svelte-html.d.ts" />
// The attributes apac-ai-charts/svelte adds to Svelte's own svelteHTML.IntrinsicElements (the
// namespace svelte-check reads templates against), type-checked by frameworks.test.mjs (`tsc
// --strict`); never run. The `@ts-expect-error` line must be rejected.
import type {} from 'apac-ai-charts/svelte';

type Attributes = svelteHTML.IntrinsicElements['apac-ai-chart'];

export const chart: Attributes = { chart: 'patent-share', theme: 'dark', lang: 'zh-Hans', loading: 'eager', 'aspect-ratio': '16/9', class: 'wide' };
// @ts-expect-error: not a chart id
export const typo: Attributes = { chart: 'patent-shares' };
