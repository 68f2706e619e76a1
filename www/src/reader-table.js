// What readers get besides the canvas, in the chart's language: the keyboard help and the data
// table for screen readers (visually hidden), and under the chart its sources, each cited in full
// (a chart with many shows them on request), and the chart's notes (hidden, read after the
// sources). Built from a language module's `charts[chart]` description (i18n/*.js); the download
// buttons beside them are downloads.js's.
import { citationNodes, element, labelled, sourceLink } from './dom.js';

/** The keyboard help the canvas points to with aria-describedby. */
function keyboardHelp(ui) {
  return ui['Use the arrow keys to move between data points; Enter opens the source; Escape closes the details.'];
}

/** The table's caption, head and body for description `d`. Links in cells are out of the tab
 *  order: the table is for screen readers; keyboard users get the visible links below. */
function tableParts(d, ui) {
  const caption = element('caption');
  caption.textContent = labelled(ui['Data shown in the chart:'], d.title);
  const head = element('thead');
  const headRow = element('tr');
  for (const c of d.columns) {
    const th = element('th');
    th.scope = 'col';
    th.textContent = c;
    headRow.append(th);
  }
  head.append(headRow);
  const body = element('tbody');
  for (const row of d.rows) {
    const tr = element('tr');
    row.forEach((cell, i) => {
      const td = element(i === 0 ? 'th' : 'td');
      if (i === 0) td.scope = 'row';
      if (/^[a-z][a-z0-9+.-]*:/i.test(cell)) {
        const link = sourceLink(cell, cell); // only http(s) links; other schemes as text
        link.tabIndex = -1;
        td.append(link);
      } else {
        td.textContent = cell;
      }
      tr.append(td);
    });
    body.append(tr);
  }
  return [caption, head, body];
}

/** Sources a caption lists open; a chart with more lists them in a closed <details>. */
const OPEN_SOURCES = 2;

/** The chart's sources, each cited in full with its title linked (http(s) only, in a new tab),
 *  and what [brackets] mean where a title is ours; then the notes for screen readers. */
function sourcesAndNotes(d, ui) {
  const ours = ui['Titles in [square brackets] are our descriptions of the documents, not their own titles.'];
  const list = element('ul', 'sources');
  for (const c of d.sources) {
    const item = element('li');
    item.append(...citationNodes(c, ours));
    list.append(item);
  }
  const parts = [list];
  if (d.sources.some((c) => c.titleIsOurs)) {
    const legend = element('p', 'ours');
    legend.textContent = ours;
    parts.push(legend);
  }
  let sources;
  if (d.sources.length > OPEN_SOURCES) {
    sources = element('details');
    const summary = element('summary');
    summary.textContent = ui['Sources ({n})'].replace('{n}', String(d.sources.length));
    sources.append(summary, ...parts);
  } else {
    sources = element('div');
    const heading = element('p');
    heading.textContent = d.sources.length > 1 ? ui['Sources:'] : ui['Source:'];
    sources.append(heading, ...parts);
  }
  const notes = d.notes.map((n) => {
    const p = element('p', 'sr-only');
    p.textContent = n;
    return p;
  });
  return [sources, ...notes];
}

/** The help, the table (in its clipping wrapper) and the text under the chart of one element. */
export class ReaderTexts {
  help = element('p', 'sr-only');
  tableWrap = element('div', 'sr-only', 'table'); // a table ignores width: 1px; its wrapper clips it
  below = element('div', 'below', 'caption');
  #table = element('table');
  #key = '';

  constructor() {
    this.help.id = 'help';
    this.tableWrap.append(this.#table);
  }

  /** True (and remembered) if `key`, what the texts depend on, differs from the last one. */
  changed(key) {
    if (key === this.#key) return false;
    this.#key = key;
    return true;
  }

  /** Fills everything from description `d` in `ui`'s language; `actions` ends the text below. */
  fill(d, ui, actions) {
    this.help.textContent = keyboardHelp(ui);
    this.#table.replaceChildren(...tableParts(d, ui));
    this.below.replaceChildren(...sourcesAndNotes(d, ui), actions);
  }
}
