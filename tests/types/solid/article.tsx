// Solid's JSX with apac-ai-charts/solid, type-checked by frameworks.test.mjs (`tsc --strict
// --jsx preserve --jsxImportSource solid-js`); never run. The element is unknown to Solid's JSX
// without the import, and the `@ts-expect-error` line must be rejected.
import type {} from 'apac-ai-charts/solid';

export const charts = (
  <div>
    <apac-ai-chart chart="patent-share" theme="dark" lang="zh-Hans" loading="eager" aspect-ratio="16/9" class="wide" />
    {/* @ts-expect-error: not a chart id */}
    <apac-ai-chart chart="patent-shares" />
  </div>
);
