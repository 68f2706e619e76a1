// The picture a snippet carries in the element's light DOM (a <picture> of the chart's own static
// SVGs, sized by embed.css before any script runs): it holds the chart's box until the first live
// draw, which then takes the same box, and it stays laid out, unseen, so that the box keeps its
// size as the column changes (styles.css). The element's light DOM is never changed: the picture is
// shown and hidden through the shadow root's slot.
import { element } from './dom.js';

export class PagePicture {
  /** The slot's wrapper, in the element's box. */
  el = element('div', 'picture');
  #host;
  #box;

  /** For element `host` whose shadow box is `box`; `changed()` runs when the picture comes or goes. */
  constructor(host, box, changed) {
    this.#host = host;
    this.#box = box;
    const slot = element('slot');
    slot.addEventListener('slotchange', changed);
    this.el.append(slot);
  }

  /** True when the page gave a picture (marking the box `pictured`). */
  present() {
    const present = Boolean(this.#host.querySelector(':scope > picture'));
    this.#box.classList.toggle('pictured', present);
    return present;
  }

  /** The picture's height, CSS px, as it is laid out now. */
  height() {
    return this.el.getBoundingClientRect().height;
  }

  /** The canvas has taken (or takes now) the picture's box. */
  get live() {
    return this.#box.classList.contains('live');
  }

  /** The canvas takes the picture's box, exactly: `setHeight` pins the box to its height. */
  goLive(setHeight) {
    if (this.live) return;
    setHeight(this.height());
    this.#box.classList.add('live');
  }

  /** The live chart could not be drawn: the picture is shown again, in flow, and sizes the box. */
  show(setHeight) {
    this.#box.classList.remove('live');
    setHeight(null);
  }
}
