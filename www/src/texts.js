// The texts an element shows and gives readers besides its canvas, in the chart's language: the
// frame's theme, direction and language, the help, table and notes for screen readers, and the
// panel under the chart (sources and buttons, with the embed code for where this deploy is
// served). Filled once per chart × language × direction × theme (reader-table.js, downloads.js).
import { embedSnippet } from '../chart-meta.js';
import { downloadActions } from './downloads.js';
import { pictureUrl } from './fallback.js';
import { chartLang } from './lang.js';
import { assetUrl } from './loader.js';

/** Fills `reader` (reader-table.js) for `chart` from `texts` (a language module) in language `tag`,
 *  direction `dir` and `theme`, in a box `width` CSS px wide; `live` announces, `png()` downloads. */
export function renderTexts({ reader, frame, chart, texts, tag, dir, theme, width, live, png }) {
  if (!reader.changed(`${chart} ${tag} ${dir} ${theme}`)) return;
  const { ui, charts } = texts;
  const d = charts[chart];
  frame.classList.toggle('dark', theme === 'dark');
  frame.dir = dir;
  frame.setAttribute('lang', d.lang);
  const lang = chartLang(chart, tag);
  const svgUrl = pictureUrl(chart, theme, width, lang);
  // The snippet Rust's render-static writes too (script, stylesheet, element, picture).
  const snippet = embedSnippet(chart, assetUrl(''), { lang, alt: d.summary });
  const report = (message) => { live.textContent = message; };
  reader.fill(d, ui, downloadActions({ chart, d, ui, svgUrl, png, snippet, report }));
}
