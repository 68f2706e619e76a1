// What the element reads from its host page besides the chart id and theme: colours from CSS
// custom properties (checked and normalised by the canvas), the font (--apac-chart-font, else the
// host's own font-family, checked by the canvas), the aspect-ratio attribute, and the
// height reserved for a chart at a width before the wasm loads (chart-meta.js's height table).
import { CHARTS } from '../chart-meta.js';

const COLOR_PROPERTIES = {
  background: '--apac-chart-bg',
  foreground: '--apac-chart-fg',
  muted: '--apac-chart-muted',
  accent: '--apac-chart-accent',
  accent2: '--apac-chart-accent-2',
  grid: '--apac-chart-grid',
};

let colorProbe = null;
/** A CSS colour as the canvas normalises it ("#rrggbb" / "rgba(…)"), or null if not a colour. */
function normaliseColor(value) {
  colorProbe ??= document.createElement('canvas').getContext('2d');
  if (!colorProbe) return null;
  const results = ['#000000', '#ffffff'].map((sentinel) => {
    colorProbe.fillStyle = sentinel;
    colorProbe.fillStyle = value;
    return colorProbe.fillStyle;
  });
  return results[0] === results[1] ? results[0] : null;
}

/** The `font` draw option: --apac-chart-font on `el`, else the font-family it inherits from the
 *  page; 'sans-serif' if the canvas would not take it (or it is over the wasm's 255 bytes). */
export function drawFont(el) {
  const style = getComputedStyle(el);
  const family = style.getPropertyValue('--apac-chart-font').trim() || style.fontFamily.trim();
  if (!checkedFonts.has(family)) checkedFonts.set(family, canvasTakes(family) ? family : 'sans-serif');
  return checkedFonts.get(family);
}

// Families already checked (a page has one or two): every draw reads the font, the canvas checks
// each family once.
const checkedFonts = new Map();

/** Whether the canvas (and so the wasm's own check) accepts `family` as a font-family list. */
function canvasTakes(family) {
  colorProbe ??= document.createElement('canvas').getContext('2d');
  if (!family || !colorProbe || new TextEncoder().encode(family).length > 255 || /[;{}/\\()<>]/.test(family)) return false;
  colorProbe.font = '1px serif';
  colorProbe.font = `50px ${family}`;
  return colorProbe.font !== '1px serif';
}

/** The `colors` draw option: each --apac-chart-* property set on `el` that is a valid colour. */
export function drawColors(el) {
  const style = getComputedStyle(el);
  const colors = {};
  for (const [key, property] of Object.entries(COLOR_PROPERTIES)) {
    const value = style.getPropertyValue(property).trim();
    if (!value) continue;
    const color = normaliseColor(value);
    if (color) colors[key] = color;
  }
  return colors;
}

/** Height reserved for a chart at a width: the larger of the two nearest table entries. */
export function tableHeight(chart, width) {
  const heights = CHARTS[chart].heights;
  let below = heights[0];
  let above = heights[heights.length - 1];
  for (const entry of heights) {
    if (entry[0] <= width) below = entry;
    if (entry[0] >= width) {
      above = entry;
      break;
    }
  }
  return Math.max(below[1], above[1]);
}

/** "16/9", "16:9" or "1.5" as a width/height ratio; null if absent or not between 0.1 and 10. */
export function parseAspectRatio(text) {
  if (!text) return null;
  const [a, b = '1'] = text.split(/[/:]/).map((s) => s.trim());
  const ratio = Number(a) / Number(b);
  return Number.isFinite(ratio) && ratio > 0.1 && ratio < 10 ? ratio : null;
}
