// The types of what the wasm API takes and returns, written into the generated apac_ai_charts.d.ts
// (the deploy's pkg/, the npm package's dist/api.d.ts) by src/web/mod.rs (a
// typescript_custom_section); the exports name
// them with `unchecked_param_type` / `unchecked_return_type`. `ChartId`, the union of the chart ids,
// is not here: src/web/mod.rs writes it from the registry at compile time. The compiler checks none of it:
// tests/api_types.rs holds it to the Rust code (chart ids, error codes, option and colour keys,
// the dataset's JSON), tests/types/ type-checks an example against the built file. None of this
// text reaches the wasm: wasm-bindgen takes its custom section out.

/** `error.code` of every `Error` the API throws (`www/chart-meta.js` exports them as
 *  `ERROR_CODES`). The last two are raised by the JavaScript around the wasm: `INSTANCE_LOST`
 *  when the instance has died (or before `init()`; `await init()` recovers), `CHART_FREED` for a
 *  call on a handle after its `free()`. */
export type ErrorCode =
  | 'UNKNOWN_CHART'
  | 'BAD_ARGUMENT'
  | 'UNKNOWN_OPTION'
  | 'BAD_OPTION'
  | 'CANVAS_TOO_SMALL'
  | 'CANVAS_TOO_LARGE'
  | 'LANG_NOT_LOADED'
  | 'DRAWING_FAILED'
  | 'INSTANCE_LOST'
  | 'CHART_FREED';

/** What the API throws: an `Error` whose message names the function, argument and value, and
 *  whose `code` is stable (compare codes, never messages). */
export interface ChartError extends Error {
  code: ErrorCode;
}

/** A BCP 47 language tag. `zh-Hans` (also `zh`, `zh-CN`, `zh-SG`) and `ur` are drawn in their
 *  language once `addTranslations` has given their strings; any other tag falls back to English. */
export type LangTag = 'en' | 'zh-Hans' | 'ur' | (string & {});

/** Colour overrides: CSS colours (`#rrggbb`, `#rgb`, `rgb()`, `rgba()`) replacing the theme's.
 *  A missing, `null` or empty key keeps the theme's colour; an unknown key throws `UNKNOWN_OPTION`. */
export interface ChartColors {
  background?: string | null;
  foreground?: string | null;
  muted?: string | null;
  accent?: string | null;
  accent2?: string | null;
  grid?: string | null;
}

/** The options of `render()` and `preferredHeight()`. Every key is optional (`null` means its
 *  default); an unknown key throws `UNKNOWN_OPTION`, a bad value `BAD_OPTION`. */
export interface ChartOptions {
  /** Colours; text meets WCAG AA in both. Default `'light'`. */
  theme?: 'light' | 'dark' | null;
  /** Backing-store pixels per CSS pixel, 0.25 to 8. Default: `window.devicePixelRatio`, read at
   *  each `draw()`. */
  pixelRatio?: number | null;
  /** Colour overrides. Default: the theme's. */
  colors?: ChartColors | null;
  /** The language to draw in. Default `'en'`. */
  lang?: LangTag | null;
  /** `'rtl'` mirrors the whole chart. Default: the language's direction. */
  dir?: 'ltr' | 'rtl' | null;
  /** A CSS font-family list for every text the chart draws, e.g. `'Georgia, serif'` (at most 255
   *  bytes; the canvas must accept it). Default `'sans-serif'`. `<apac-ai-chart>` passes the
   *  host's font, or `--apac-chart-font`. */
  font?: string | null;
}

/** How the last draw fitted the chart into its canvas: its own layout (`'natural'`), a tighter
 *  layout (`'compact'`, not reported by any chart yet) or the natural layout scaled down. */
export type ChartFit = 'natural' | 'compact' | 'scaled';

/** One chart in `charts()`. */
export interface ChartInfo {
  id: ChartId;
  /** Its English title. */
  title: string;
}

/** One source of a datum, cited in the chart's language. */
export interface Citation {
  /** What this source gives the datum ("Event and date"), where the datum cites two; else null. */
  gives: string | null;
  publisher: string;
  /** The document's title as published, in its own language; or, with `titleIsOurs`, our own
   *  description of the document, in the chart's language. */
  title: string;
  /** True when `title` is our description, not the document's title: shown in [brackets]. */
  titleIsOurs: boolean;
  /** The date it was published, as readers of the language write it, or "undated". */
  published: string;
  /** "read via …", where the text was read in a copy, or null. */
  readVia: string | null;
  url: string;
  /** The whole citation as one sentence, `title` in it once. */
  text: string;
}

/** A data point as `Chart.hitTest()` and `Chart.point()` return it, in the chart's language. */
export interface Datum {
  /** Its place in reading and keyboard order, 0 to `pointCount - 1`. */
  index: number;
  label: string;
  /** The value as printed ("69.7%", "nearly US$1 trillion"), or null (timeline events). */
  value: string | null;
  /** The exact value, for tables and exports, or null. */
  number: number | null;
  unit: string | null;
  date: string | null;
  /** How precisely `date` is known ("day", "month" or "year"), translated. */
  precision: string | null;
  status: string | null;
  place: string | null;
  note: string | null;
  /** The first source's title and URL (the one Enter opens in the element). */
  sourceTitle: string;
  sourceUrl: string;
  /** Every source of the datum, cited in the chart's language. */
  sources: Citation[];
  /** What screen readers are told: value, date, place, status, and every source cited. */
  announcement: string;
  /** The point's box, CSS px from the canvas's top-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How precisely a timeline date is known. */
export type DatePrecision = 'day' | 'month' | 'year';

/** What a source gives a datum that cites two. */
export type Gives = 'event' | 'date' | 'place' | 'note';

/** Where a timeline event stood on the dataset's `asOf` date. */
export type EventStatus = 'confirmed' | 'proposed' | 'scheduled' | 'statutoryChangesProposed';

/** The article the charts accompany. */
export interface Article {
  title: string;
  publisher: string;
  dateline: string;
  /** ISO date. */
  published: string;
}

/** Where a datum was read: its publisher, its title as published (or our description of it in
 *  [brackets]), its date, and the copy it was read in. */
export interface Source {
  id: string;
  title: string;
  publisher: string;
  url: string;
  /** ISO date (`YYYY-MM-DD` or `YYYY-MM`), or null when the page carries none. */
  published: string | null;
  /** How the text was read, when not at its original address: what follows "read via". */
  readVia: string | null;
}

/** One bar of the patent-share chart. */
export interface ShareSlice {
  label: string;
  /** Percent of the world's granted AI patents, as printed on the source chart. */
  percent: number;
  /** True for a remainder group ("Rest of world"), drawn last. */
  isRemainder: boolean;
}

/** Chart 1: share of AI patents granted in one year, by granting office. */
export interface PatentShare {
  year: number;
  measure: string;
  unit: string;
  sourceId: string;
  /** Where in the source: chapter, figure, page. */
  locator: string;
  /** The source's own warning. */
  caveat: string;
  /** What the measure is not. */
  notes: string[];
  slices: ShareSlice[];
}

/** A projected figure, with the source's hedge. */
export interface Projection {
  label: string;
  scope: string;
  value: number;
  unit: string;
  /** "nearly", "around", "up to". */
  qualifier: string;
  period: string | null;
  /** The value as the chart prints it. */
  display: string;
  quote: string;
}

/** Chart 2: UNDP's headline projection and related figures (different scopes, never one axis). */
export interface ProjectedGains {
  sourceId: string;
  /** The report the press release announces. */
  reportSourceId: string;
  headline: Projection;
  related: Projection[];
  /** Always null: no yearly or per-country breakdown is published. */
  breakdown: number[] | null;
  caveats: string[];
}

/** Chart 3: one event on the timeline. */
export interface TimelineEvent {
  id: string;
  /** ISO date at `precision`: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string;
  /** Last day of a multi-day event, or null. */
  endDate: string | null;
  precision: DatePrecision;
  /** The date as a reader sees it, in English. */
  dateLabel: string;
  /** The sources put a month-precision date in the month's last third. */
  lateInMonth: boolean;
  label: string;
  /** For narrow charts. */
  shortLabel: string;
  place: string;
  status: EventStatus;
  sourceId: string;
  note: string | null;
  /** A second source, for what the event's own source does not state: the day, the place, or a
   *  fact the note adds. */
  noteSourceId: string | null;
  /** With a second source, what the event's own source gives (empty with one source). */
  sourceGives: Gives[];
  /** With a second source, what it gives (empty with one source). */
  noteSourceGives: Gives[];
}

/** The bundled dataset `dataset()` returns: a fresh object each call. */
export interface Dataset {
  /** The date the data describes the world as of (ISO). */
  asOf: string;
  article: Article;
  sources: Source[];
  patentShare: PatentShare;
  projectedGains: ProjectedGains;
  timeline: TimelineEvent[];
}
