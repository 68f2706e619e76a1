// A React 19 component using <apac-ai-chart> as a newsroom would, type-checked by
// tests/types/frameworks.test.mjs (`tsc --strict --jsx react-jsx`) through the package's own
// "exports" (apac-ai-charts/react → dist/react.d.ts); never run. Each `@ts-expect-error` line is a
// wrong use the types must reject: if one type-checks, tsc reports the directive as unused. One
// literal chart id shows that a literal is accepted; the other charts are `ChartId` props.
import type {} from 'apac-ai-charts/react';
import type { ChartId } from 'apac-ai-charts/react';
import { CHARTS, pictureHtml } from 'apac-ai-charts/pictures';
import { useEffect, useRef, useState } from 'react';

export function Article({ initial, other }: { initial: ChartId; other: ChartId }) {
  const [chart, setChart] = useState<ChartId>(initial);
  const ref = useRef<ApacAiChartElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const drawn = (event: CustomEvent<ApacAiChartDrawnDetail>) => console.log(event.detail.chart, element.state);
    element.addEventListener('apac-ai-chart-drawn', drawn);
    return () => element.removeEventListener('apac-ai-chart-drawn', drawn);
  }, []);
  return (
    <article>
      <apac-ai-chart chart="patent-share" />
      <apac-ai-chart ref={ref} chart={chart} theme="dark" lang="zh-Hans" loading="eager" aspect-ratio="16/9"
        className="wide" style={{ maxWidth: 640 }} id="gains" onClick={() => setChart(other)}>
        <noscript>a picture of the chart</noscript>
      </apac-ai-chart>
      <apac-ai-chart chart={other} theme="auto" loading="lazy" />
      <apac-ai-chart chart={other} lang="zh-Hans" theme="dark"
        dangerouslySetInnerHTML={{ __html: pictureHtml(other, { base: '/charts/', lang: 'zh-Hans', theme: 'dark', alt: CHARTS[other].alt }) }} />

      {/* @ts-expect-error: `chart` is required */}
      <apac-ai-chart theme="light" />
      {/* @ts-expect-error: not a theme */}
      <apac-ai-chart chart="patent-share" theme="sepia" />
      {/* @ts-expect-error: not a loading mode */}
      <apac-ai-chart chart="patent-share" loading="never" />
      {/* @ts-expect-error: a string that is not a chart id */}
      <apac-ai-chart chart={String(chart)} />
      {/* @ts-expect-error: the picture of a string that is not a chart id */}
      <apac-ai-chart chart={chart} dangerouslySetInnerHTML={{ __html: pictureHtml(String(chart)) }} />
      {/* @ts-expect-error: not a theme of the picture */}
      <apac-ai-chart chart={chart} dangerouslySetInnerHTML={{ __html: pictureHtml(chart, { theme: 'sepia' }) }} />
      {/* @ts-expect-error: the attribute is a string, e.g. "16/9" */}
      <apac-ai-chart chart="patent-share" aspect-ratio={{ width: 16, height: 9 }} />
    </article>
  );
}
