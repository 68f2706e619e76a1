// What readers get besides the canvas, in the chart's language: the keyboard help, the data table
// and the chart's notes for screen readers (visually hidden), and, on request, a panel under the
// chart with its sources, each cited in full (a chart with many lists them in a closed <details>),
// and the download buttons (downloads.js's). The panel opens from the bar under the chart, whose
// height never changes, so nothing on the page moves until a reader asks. Built from a language
// module's `charts[chart]` description (i18n/*.js).
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
 *  and what [brackets] mean where a title is ours. */
function sources(d, ui) {
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
  if (d.sources.length > OPEN_SOURCES) {
    const block = element('details');
    const summary = element('summary');
    summary.textContent = ui['Sources ({n})'].replace('{n}', String(d.sources.length));
    block.append(summary, ...parts);
    return block;
  }
  const block = element('div');
  const heading = element('p');
  heading.textContent = d.sources.length > 1 ? ui['Sources:'] : ui['Source:'];
  block.append(heading, ...parts);
  return block;
}

/** The help, the table (in its clipping wrapper) and the notes for screen readers, and the bar
 *  under the chart with the panel it opens (sources and buttons), of one element. */
export class ReaderTexts {
  help = element('p', 'sr-only');
  tableWrap = element('div', 'sr-only', 'table'); // a table ignores width: 1px; its wrapper clips it
  notes = element('div', 'sr-only');
  bar = element('div', 'bar', 'bar');
  /** A short message in the bar (the live chart could not be shown; its picture is). */
  note = element('p', 'note');
  more = element('button', 'more');
  below = element('div', 'below panel', 'caption');
  #table = element('table');
  #key = '';

  constructor() {
    this.help.id = 'help';
    this.tableWrap.append(this.#table);
    this.note.setAttribute('role', 'status');
    this.note.hidden = true;
    this.more.type = 'button';
    this.below.id = 'panel';
    this.below.hidden = true;
    this.more.setAttribute('aria-controls', 'panel');
    this.more.setAttribute('aria-expanded', 'false');
    this.more.addEventListener('click', () => this.toggle());
    this.bar.append(this.note, this.more);
  }

  /** Opens or closes the panel under the bar. */
  toggle(open = this.below.hidden) {
    this.below.hidden = !open;
    this.more.setAttribute('aria-expanded', String(open));
  }

  /** True (and remembered) if `key`, what the texts depend on, differs from the last one. */
  changed(key) {
    if (key === this.#key) return false;
    this.#key = key;
    return true;
  }

  /** Shows `message` in the bar, or nothing (null). */
  say(message) {
    this.note.textContent = message ?? '';
    this.note.title = message ?? '';
    this.note.hidden = !message;
  }

  /** Fills everything from description `d` in `ui`'s language; `actions` ends the panel. */
  fill(d, ui, actions) {
    this.help.textContent = keyboardHelp(ui);
    this.#table.replaceChildren(...tableParts(d, ui));
    this.notes.replaceChildren(...d.notes.map((n) => {
      const p = element('p');
      p.textContent = n;
      return p;
    }));
    this.more.textContent = ui['Sources and data'];
    this.below.replaceChildren(sources(d, ui), actions);
  }
}
