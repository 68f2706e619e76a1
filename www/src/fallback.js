// The failure picture and the status box over the canvas: "Loading chart…" until the first draw,
// and when the chart cannot be drawn a plain message for readers, with the chart's static picture
// (static/, named by chart-meta.js's staticPicture) standing in where the wasm cannot run or the
// space is too small; where the page gave its own picture, that picture stays and the bar under it
// says why. Which wasm errors mean "too small" is its ERROR_CODES, not its wording.
import { ERROR_CODES, STATIC_WIDTHS, staticPicture } from '../chart-meta.js';
import { assetUrl } from './loader.js';
import { element } from './dom.js';

/** URL of the static picture of `chart` for a box `boxWidth` CSS px wide (0 if unknown: 640):
 *  the narrowest picture at least that wide, else the widest. */
export function pictureUrl(chart, theme, boxWidth, lang) {
  const width = boxWidth || 640;
  const best = STATIC_WIDTHS.find((w) => w >= width) ?? STATIC_WIDTHS[STATIC_WIDTHS.length - 1];
  return assetUrl(staticPicture(chart, theme, best, lang));
}

/** True for the wasm's error for a canvas too small for the chart. */
export function isTooSmall(error) {
  return error?.code === ERROR_CODES.CANVAS_TOO_SMALL;
}

/** The status box laid over the element's canvas inside its box, or, where the page gave a
 *  picture, a short message in the bar under it (the picture stays; picture.js). */
export class Status {
  el = element('div', 'status', 'status');
  #box;
  #canvas;
  #picture;
  #reader;

  /** For the element's `box` and `canvas`, its page picture (picture.js) and reader texts (the bar). */
  constructor(box, canvas, picture, reader) {
    this.#box = box;
    this.#canvas = canvas;
    this.#picture = picture;
    this.#reader = reader;
    this.el.setAttribute('role', 'status');
  }

  /** "Loading…" over the reserved box (not over a page's picture, which is the chart already). */
  loading(text) {
    if (this.#picture.present()) return;
    this.el.replaceChildren(text);
    this.el.hidden = false;
  }

  /** Shows `message`; with `picture` ({ src, alt }) the picture replaces the canvas, and the box
   *  takes the picture's height. Where the page gave its own picture, that picture shows again and
   *  the bar says `pictureNote` (or `message`, for a failure with no picture to show). */
  fail(message, picture, pictureNote) {
    this.#canvas.removeAttribute('aria-label');
    if (this.#picture.present()) {
      this.#picture.show((height) => { this.#box.style.height = height === null ? '' : `${height}px`; });
      this.clear();
      this.#reader.say(picture ? pictureNote : message);
      return;
    }
    const text = element('p');
    text.textContent = message;
    const parts = [text];
    if (picture) {
      const img = element('img');
      img.src = picture.src;
      img.alt = picture.alt;
      parts.push(img);
      this.#box.style.height = 'auto';
      this.el.style.position = 'static';
      this.#canvas.hidden = true;
    }
    this.el.replaceChildren(...parts);
    this.el.className = 'status failed';
    this.el.hidden = false;
  }

  /** The chart drew: the box shows the canvas again, and the bar no message. */
  clear() {
    this.el.hidden = true;
    this.el.className = 'status';
    this.el.style.position = '';
    this.#canvas.hidden = false;
    this.#reader.say(null);
  }
}

/** The picture printed instead of the canvas (styles.css, @media print): the chart's static SVG,
 *  fetched only once printing starts. */
export class PrintPicture {
  el = element('img', 'print', 'print');

  /** Sets the picture of `chart` in `lang` (light theme, 1280 px: vector, so print resolution). */
  show(chart, lang, alt) {
    const src = pictureUrl(chart, 'light', 1280, lang);
    if (this.el.getAttribute('src') !== src) this.el.src = src;
    this.el.alt = alt;
  }
}
