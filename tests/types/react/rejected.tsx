// Must NOT type-check: frameworks.test.mjs asserts that tsc rejects this file with one error, on
// the line below, which proves the React type test can fail (and that `chart` is not a string).
import type {} from 'apac-ai-charts/react';

export function Typo() {
  return <apac-ai-chart chart="patent-shares" />;
}
