// The React app of tests/frameworks/react.test.mjs: rendered to HTML on the server
// (server.jsx) and hydrated in the browser (client.jsx). Two charts, `first` and `second` (in
// Chinese), each with its picture inside (apac-ai-charts/pictures, as docs/frameworks.md writes
// it), so that the server's HTML shows the chart before any script runs; buttons that change the
// first one's `chart` to `next`, drop its `theme` and unmount it; each element's first draw is
// recorded from its event (window.drawnEvents, which client.jsx sets up), through a ref. The chart
// ids are props: the test takes them from the registry.
import 'apac-ai-charts';
import { CHARTS, pictureHtml } from 'apac-ai-charts/pictures';
import { charts as zhHans } from 'apac-ai-charts/i18n/zh-Hans';
import { useEffect, useRef, useState } from 'react';

/** Where the page serves the package's pictures (its dist/static/, copied to /charts/static/). */
export const BASE = '/charts/';

/** The picture's alt text: the chart's summary in the chart's language. */
const alt = (chart, lang) => (lang === 'zh-Hans' ? zhHans[chart].summary : CHARTS[chart].alt);

function Chart({ chart, lang, theme }) {
  const ref = useRef(null);
  useEffect(() => {
    const element = ref.current;
    const drawn = (event) => window.drawnEvents.push(event.detail.chart);
    element.addEventListener('apac-ai-chart-drawn', drawn);
    return () => element.removeEventListener('apac-ai-chart-drawn', drawn);
  }, []);
  const picture = { __html: pictureHtml(chart, { base: BASE, lang, theme, alt: alt(chart, lang) }) };
  return <apac-ai-chart ref={ref} chart={chart} lang={lang} loading="eager" theme={theme} dangerouslySetInnerHTML={picture} />;
}

export function App({ first, second, next }) {
  const [chart, setChart] = useState(first);
  const [shown, setShown] = useState(true);
  const [theme, setTheme] = useState('light');
  return (
    <main>
      <h1>Asia-Pacific and AI</h1>
      {shown && <Chart chart={chart} theme={theme} />}
      <Chart chart={second} lang="zh-Hans" />
      <button type="button" id="next" onClick={() => setChart(next)}>Show another chart</button>
      <button type="button" id="unthemed" onClick={() => setTheme(undefined)}>Follow the reader's theme</button>
      <button type="button" id="remove" onClick={() => setShown(false)}>Remove the first chart</button>
    </main>
  );
}
