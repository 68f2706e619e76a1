// The React app of tests/frameworks/react.test.mjs: rendered to HTML on the server
// (server.jsx) and hydrated in the browser (client.jsx). Two charts, a button that changes the
// first one's `chart` and one that unmounts it; each element's first draw is recorded from its
// event (window.drawnEvents, which client.jsx sets up), through a ref (docs/frameworks.md).
import 'apac-ai-charts';
import { useEffect, useRef, useState } from 'react';

function Chart({ chart, lang }) {
  const ref = useRef(null);
  useEffect(() => {
    const element = ref.current;
    const drawn = (event) => window.drawnEvents.push(event.detail.chart);
    element.addEventListener('apac-ai-chart-drawn', drawn);
    return () => element.removeEventListener('apac-ai-chart-drawn', drawn);
  }, []);
  return <apac-ai-chart ref={ref} chart={chart} lang={lang} loading="eager" theme="light" />;
}

export function App({ initial }) {
  const [chart, setChart] = useState(initial);
  const [shown, setShown] = useState(true);
  return (
    <main>
      <h1>Asia-Pacific and AI</h1>
      {shown && <Chart chart={chart} />}
      <Chart chart="projected-gains" lang="zh-Hans" />
      <button type="button" id="next" onClick={() => setChart('initiative-timeline')}>Show the timeline</button>
      <button type="button" id="remove" onClick={() => setShown(false)}>Remove the first chart</button>
    </main>
  );
}
