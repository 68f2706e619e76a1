// A TypeScript page using the wasm API and the <apac-ai-chart> element as a host would, type-checked
// by types.test.mjs (`tsc --noEmit --strict`) against the built target/site/pkg/apac_ai_charts.d.ts and
// www/embed.d.ts; never run. Each `@ts-expect-error` line is a wrong use the types must reject:
// if one type-checks (a type loosened to `any`, say), tsc reports the directive as unused and fails.
import init, { addTranslations, charts, dataset, preferredHeight, render } from '../../target/site/pkg/apac_ai_charts.js';
import type {
  Chart,
  ChartError,
  ChartFit,
  ChartId,
  ChartInfo,
  ChartOptions,
  Citation,
  Dataset,
  Datum,
  ErrorCode,
  TimelineEvent,
} from '../../target/site/pkg/apac_ai_charts.js';
import '../../www/embed.js';

export async function useTheApi(canvas: HTMLCanvasElement): Promise<void> {
  await init();

  const list: ChartInfo[] = charts();
  const ids: ChartId[] = list.map((chart) => chart.id);
  const titles: string[] = list.map((chart) => chart.title);

  const data: Dataset = dataset();
  const asOf: string = data.asOf;
  const china: number = data.patentShare.slices[0].percent;
  const remainder: boolean = data.patentShare.slices[0].isRemainder;
  const headline: string = data.projectedGains.headline.display;
  const breakdown: number[] | null = data.projectedGains.breakdown;
  const event: TimelineEvent = data.timeline[0];
  const precise: boolean = event.precision === 'day';
  const proposed: boolean = event.status === 'proposed';
  const sourceUrls: string[] = data.sources.map((source) => source.url);
  const readVia: string | null = data.sources[0].readVia;

  const added: boolean = addTranslations('zh-Hans', [['AI patent share', 'AI patent share (zh)']]);

  // Options may be left out, or be null.
  const height: number = preferredHeight('patent-share', 360);
  preferredHeight('patent-share', 360, { lang: 'zh-Hans' });
  const chart: Chart = render(canvas, 'patent-share');
  render(canvas, 'patent-share', null).free();
  const options: ChartOptions = {
    theme: 'dark',
    pixelRatio: 2,
    colors: { background: '#fff', foreground: null, accent: 'rgb(192, 57, 43)', accent2: '' },
    lang: 'ur',
    dir: 'rtl',
  };
  render(canvas, 'patent-share', options).free();

  chart.draw();
  const id: ChartId = chart.id;
  const fit: ChartFit = chart.fit;
  const scaled: boolean = chart.fit === 'scaled' && chart.scale < 1;
  const hit: Datum | null = chart.hitTest(120, 48);
  if (hit) {
    const parts: (string | number | null)[] = [hit.index, hit.label, hit.value, hit.number, hit.unit, hit.date];
    const more: (string | null)[] = [hit.precision, hit.status, hit.place, hit.note, hit.sourceTitle, hit.sourceUrl];
    const box: number[] = [hit.x, hit.y, hit.width, hit.height];
    const cited: Citation[] = hit.sources;
    const citations: (string | boolean | null)[] = cited.flatMap((c) => [c.gives, c.publisher, c.title, c.titleIsOurs, c.published, c.readVia, c.url, c.text]);
    console.log(parts, more, box, citations, hit.announcement);
  }
  for (let i = 0; i < chart.pointCount; i += 1) console.log(chart.point(i)?.announcement);
  chart.highlight(0);
  chart.highlight(-1);
  chart.highlight(null);
  chart.highlight();

  try {
    render(canvas, 'patent-share', { pixelRatio: 100 });
  } catch (error) {
    const code: ErrorCode = (error as ChartError).code;
    if (code === 'BAD_OPTION' || code === 'CANVAS_TOO_SMALL') console.log((error as ChartError).message);
  }
  chart.free();
  console.log(ids, titles, asOf, china, remainder, headline, breakdown, precise, proposed, sourceUrls, readVia);
  console.log(added, height, id, fit, scaled);

  // Wrong uses the types reject.
  // @ts-expect-error: not a chart id
  render(canvas, 'pie');
  // @ts-expect-error: the canvas must be a canvas
  render(document.body, 'patent-share');
  // @ts-expect-error: an option the widget does not know
  render(canvas, 'patent-share', { colour: 'red' });
  // @ts-expect-error: a colour key the widget does not know
  render(canvas, 'patent-share', { colors: { accent3: '#000' } });
  // @ts-expect-error: theme is 'light' or 'dark'
  preferredHeight('patent-share', 640, { theme: 'blue' });
  // @ts-expect-error: dir is 'ltr' or 'rtl'
  preferredHeight('patent-share', 640, { dir: 'down' });
  // @ts-expect-error: a width is a number of CSS px
  preferredHeight('patent-share', '640px');
  // @ts-expect-error: the width is required
  preferredHeight('patent-share');
  // @ts-expect-error: nothing may be under the point
  console.log(chart.hitTest(1, 2).label);
  // @ts-expect-error: coordinates are numbers
  chart.hitTest('1', '2');
  // @ts-expect-error: the handle's getters are read-only
  chart.fit = 'scaled';
  // @ts-expect-error: translations are [english, translation] pairs
  addTranslations('zh-Hans', ['AI patent share']);
  // @ts-expect-error: percent is a number
  const percent: string = dataset().patentShare.slices[0].percent;
  // @ts-expect-error: not an error code
  const unknownCode: ErrorCode = 'NOT_A_CODE';
  console.log(percent, unknownCode);
}

export function useTheElement(): void {
  const el = document.querySelector('apac-ai-chart');
  if (!el) return;
  const state: 'loading' | 'drawn' | 'error' = el.state;
  const error: string | null = el.error;
  const draws: number = el.drawCount;
  el.addEventListener('apac-ai-chart:drawn', (event) => {
    const chart: string = event.detail.chart;
    console.log(chart, event.bubbles);
  });
  el.addEventListener('click', (event) => console.log(event.clientX));
  document.addEventListener('apac-ai-chart:drawn', (event) => console.log(event.detail.chart));
  window.addEventListener('apac-ai-chart:drawn', (event) => console.log(event.detail.chart));

  const created = document.createElement('apac-ai-chart');
  created.setAttribute('chart', 'patent-share');
  created.setAttribute('aspect-ratio', '16/9');
  document.body.append(created);
  const memory: number | undefined = customElements.get('apac-ai-chart')?.wasmMemoryBytes;

  // The iframe embed's height messages.
  window.addEventListener('message', (message: MessageEvent<ApacAiChartHeightMessage | undefined>) => {
    if (message.data?.type === 'apac-ai-chart:height') console.log(message.data.chart, message.data.height);
  });
  console.log(state, error, draws, memory);

  // @ts-expect-error: state is read-only
  el.state = 'drawn';
  // @ts-expect-error: the drawn event's detail has no `id`
  el.addEventListener('apac-ai-chart:drawn', (event) => console.log(event.detail.id));
  // @ts-expect-error: state is one of three
  console.log(el.state === 'ready');
  // @ts-expect-error: state is one of three
  const other: ApacAiChartState = 'ready';
  // @ts-expect-error: error may be null
  console.log(el.error.length);
  // @ts-expect-error: drawCount is a number
  const count: string = el.drawCount;
  // @ts-expect-error: an unknown element is an HTMLElement, not an ApacAiChartElement
  console.log(document.createElement('apac-ai-graph').state);
  console.log(other, count);
}
