// Preact's JSX with apac-ai-charts/preact, type-checked by frameworks.test.mjs (`tsc --strict
// --jsx react-jsx --jsxImportSource preact`); never run. The element is unknown to Preact's JSX
// without the import, and the `@ts-expect-error` line must be rejected.
import type {} from 'apac-ai-charts/preact';

export const charts = (
  <div>
    <apac-ai-chart chart="patent-share" theme="dark" lang="zh-Hans" loading="eager" aspect-ratio="16/9" class="wide" />
    {/* @ts-expect-error: not a chart id */}
    <apac-ai-chart chart="patent-shares" />
  </div>
);
