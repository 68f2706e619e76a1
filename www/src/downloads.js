// Downloads under the chart: its data as CSV (from the same description as the reader table), the
// chart as a PNG at twice its CSS size (drawn afresh by the wasm on a detached canvas), and its
// static SVG (a link to the file in static/ that the fallback also shows).
import { element } from './dom.js';

/** Saves `blob` as `name` through a temporary link. */
function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** RFC 4180 CSV with a UTF-8 byte-order mark (so spreadsheet programs read Chinese and Urdu). */
function toCsv(columns, rows) {
  const field = (v) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return `\ufeff${[columns, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/** Copies `snippet` to the clipboard and says so through `report`; where the clipboard is refused
 *  (an insecure page, a permission policy), shows it selected in a read-only box after `actions`. */
function copyEmbed(snippet, actions, ui, report) {
  const show = () => {
    const label = element('label', 'embed-code');
    const text = element('span');
    text.textContent = ui['Copy this code to embed the chart:'];
    const box = element('textarea');
    box.readOnly = true;
    box.rows = 3;
    box.value = snippet;
    label.append(text, box);
    actions.querySelector('.embed-code')?.remove();
    actions.append(label);
    box.focus();
    box.select();
  };
  const copying = navigator.clipboard?.writeText(snippet);
  if (!copying) show();
  else copying.then(() => report(ui['Embed code copied.']), show);
}

/** The row of buttons: CSV of description `d`, PNG through `png()`, the SVG at `svgUrl`, and the
 *  embed code `snippet`, copied; `report(message)` announces. */
export function downloadActions({ chart, d, ui, svgUrl, png, snippet, report }) {
  const actions = element('div', 'actions', 'buttons');
  const csv = element('button');
  csv.type = 'button';
  csv.textContent = ui['Get the data (CSV)'];
  csv.addEventListener('click', () =>
    download(`${chart}.csv`, new Blob([toCsv(d.columns, d.rows)], { type: 'text/csv;charset=utf-8' })),
  );
  const pngButton = element('button');
  pngButton.type = 'button';
  pngButton.textContent = ui['Download PNG'];
  pngButton.addEventListener('click', png);
  const svg = element('a');
  svg.href = svgUrl;
  svg.download = `${chart}.svg`;
  svg.textContent = ui['Download SVG'];
  const embed = element('button');
  embed.type = 'button';
  embed.textContent = ui['Copy embed code'];
  embed.addEventListener('click', () => copyEmbed(snippet, actions, ui, report));
  actions.append(csv, pngButton, svg, embed);
  return actions;
}

/** Draws `chart` at twice the CSS size of `canvas` with the element's `options` and saves it;
 *  an error from the wasm goes to `report(message)`. */
export function downloadPng(module, chart, canvas, options, report) {
  const off = document.createElement('canvas');
  off.width = canvas.clientWidth;
  off.height = canvas.clientHeight;
  try {
    const handle = module.render(off, chart, { ...options, pixelRatio: 2 });
    handle.free();
    off.toBlob((blob) => {
      if (blob) download(`${chart}.png`, blob);
    }, 'image/png');
  } catch (error) {
    report(error.message);
  }
}
