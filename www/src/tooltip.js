// The tooltip and the keyboard: hover, tap and focus on the canvas highlight a datum and show its
// details with their source; arrow keys move, Home/End jump, Enter opens the source, Escape closes.
// Owns the tooltip element, the highlighted index and its pinned state, and the page listeners
// (scroll, resize, Escape) that live only while the tooltip shows. The element hands it the
// canvas, the frame, the live region and getters for the chart handle, texts and direction.
import { CHARTS } from '../chart-meta.js';
import { citationNodes, element, labelled, webUrl } from './dom.js';

export class Tooltip {
  /** The highlighted datum, or null. */
  index = null;
  el = element('div', 'tip', 'tooltip');
  #pinned = false;
  #noAutoOpen = false;
  #host;
  #onScroll = () => {
    if (this.index !== null && this.visible) this.refresh();
  };
  #onDocumentKey = (e) => {
    if (e.key === 'Escape' && this.visible) this.#close();
  };

  /** `host`: { canvas, frame, live, handle(), chart(), lang(), texts(), dir(), fail(message) }. */
  constructor(host) {
    this.#host = host;
    this.el.id = 'tip';
    this.el.hidden = true;
    // In the top layer where supported: no ancestor's overflow or z-index can cut it.
    if ('popover' in HTMLElement.prototype) this.el.popover = 'manual';
    this.#listen();
  }

  get visible() {
    return !this.el.hidden;
  }

  /** Forgets the datum and hides (the element left the page, or failed). */
  reset() {
    this.index = null;
    this.#pinned = false;
    this.#setVisible(false);
  }

  /** After a redraw (resize, language, theme), the open tooltip follows its point or closes. */
  refresh() {
    const handle = this.#host.handle();
    if (this.index === null || !handle) return;
    if (this.index >= handle.pointCount) {
      this.index = null;
      this.#setVisible(false);
      return;
    }
    const datum = handle.point(this.index);
    this.#fill(datum);
    this.#place(datum, false);
  }

  #close() {
    this.#pinned = false;
    this.#show(null, false);
  }

  #listen() {
    const c = this.#host.canvas;
    const tip = this.el;
    c.addEventListener('pointermove', (e) => {
      if (e.pointerType === 'touch' || this.#pinned) return;
      this.#show(this.#hit(e.offsetX, e.offsetY), false);
    });
    // Hoverable (WCAG 1.4.13): moving onto the tooltip keeps it open.
    c.addEventListener('pointerleave', (e) => {
      if (!this.#pinned && !tip.contains(e.relatedTarget)) this.#show(null, false);
    });
    tip.addEventListener('pointerleave', (e) => {
      if (!this.#pinned && e.relatedTarget !== c) this.#show(null, false);
    });
    c.addEventListener('click', (e) => {
      const index = this.#hit(e.offsetX, e.offsetY);
      this.#pinned = index !== null;
      this.#show(index, true);
    });
    c.addEventListener('focus', () => {
      if (this.#noAutoOpen) {
        this.#noAutoOpen = false;
        return;
      }
      if (this.index === null && c.matches(':focus-visible')) this.#show(0, true);
    });
    // Focus leaving the chart and its tooltip closes the tooltip.
    this.#host.frame.addEventListener('focusout', (e) => {
      const to = e.relatedTarget;
      if (to !== c && !tip.contains(to)) this.#close();
    });
    c.addEventListener('keydown', (e) => this.#onKey(e));
    tip.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      this.#closeToCanvas();
    });
  }

  /** Closes and returns focus to the canvas without reopening on that focus. */
  #closeToCanvas() {
    this.#close();
    this.#noAutoOpen = true;
    this.#host.canvas.focus();
  }

  #hit(x, y) {
    const handle = this.#host.handle();
    if (!handle) return null;
    const datum = handle.hitTest(x, y);
    return datum ? datum.index : null;
  }

  #onKey(e) {
    const handle = this.#host.handle();
    if (!handle) return;
    const count = handle.pointCount;
    const rtl = this.#host.dir() === 'rtl';
    const current = this.index ?? -1;
    let next;
    switch (e.key) {
      case 'ArrowDown': next = current + 1; break;
      case 'ArrowUp': next = current - 1; break;
      case 'ArrowRight': next = rtl ? current - 1 : current + 1; break;
      case 'ArrowLeft': next = rtl ? current + 1 : current - 1; break;
      case 'Home': next = 0; break;
      case 'End': next = count - 1; break;
      case 'Enter': {
        const url = this.index === null ? null : webUrl(handle.point(this.index).sourceUrl);
        if (url) window.open(url, '_blank', 'noopener,noreferrer'); // http(s) only
        if (this.index !== null) e.preventDefault();
        return;
      }
      case 'Escape':
        this.#close();
        return;
      default:
        return;
    }
    e.preventDefault();
    this.#show(Math.min(Math.max(next, 0), count - 1), true);
  }

  #setVisible(visible) {
    if (visible === this.visible) return;
    this.el.hidden = !visible;
    if (this.el.popover) {
      try {
        if (visible) this.el.showPopover();
        else this.el.hidePopover();
      } catch {
        /* already in that state */
      }
    }
    if (visible) {
      window.addEventListener('scroll', this.#onScroll, { passive: true, capture: true });
      window.addEventListener('resize', this.#onScroll, { passive: true });
      document.addEventListener('keydown', this.#onDocumentKey);
    } else {
      window.removeEventListener('scroll', this.#onScroll, { capture: true });
      window.removeEventListener('resize', this.#onScroll);
      document.removeEventListener('keydown', this.#onDocumentKey);
    }
  }

  /** Highlights point `index` (or none) and shows its details; `announce` tells screen readers. */
  #show(index, announce) {
    if (index === this.index && (index === null || this.visible)) return;
    this.index = index;
    const handle = this.#host.handle();
    try {
      handle?.highlight(index ?? -1);
    } catch (error) {
      this.#host.fail(error.message);
      return;
    }
    if (index === null || !handle) {
      this.#setVisible(false);
      return;
    }
    const datum = handle.point(index);
    this.#fill(datum);
    this.#place(datum, announce);
    if (announce) this.#host.live.textContent = datum.announcement;
  }

  #fill(d) {
    const ui = this.#host.texts().ui;
    const line = (className, text) => {
      const el = element('div', className);
      el.textContent = text;
      return el;
    };
    const parts = [element('strong')];
    parts[0].textContent = d.label;
    if (d.value) parts.push(line('value', d.value));
    const meta = [d.date, d.place, d.status].filter(Boolean).join(' · ');
    if (meta) parts.push(line('meta', meta));
    if (d.precision) parts.push(line('meta', labelled(ui['Date precision:'], d.precision)));
    if (d.note) parts.push(line('note', d.note));
    // Every source in full: publisher, title (linked), date or "undated", "read via …"; with two,
    // each says what it gives.
    const ours = ui['Titles in [square brackets] are our descriptions of the documents, not their own titles.'];
    const sources = d.sources ?? [];
    if (sources.length === 1) {
      const source = line('meta cite', labelled(ui['Source:']));
      source.append(...citationNodes(sources[0], ours));
      parts.push(source);
    } else if (sources.length > 1) {
      parts.push(line('meta', ui['Sources:']));
      for (const c of sources) {
        const source = line('meta cite', '');
        source.append(...citationNodes(c, ours));
        parts.push(source);
      }
    }
    if (this.#pinned) {
      const close = element('button', 'close');
      close.type = 'button';
      close.setAttribute('aria-label', ui.Close);
      close.textContent = '×';
      close.addEventListener('click', () => this.#closeToCanvas());
      parts.unshift(close);
    }
    this.el.replaceChildren(...parts);
    this.el.setAttribute('lang', this.#host.lang());
    this.el.dir = this.#host.dir();
  }

  /** Next to the point, inside the viewport, never cut by the canvas's edge or an ancestor.
   *  With `bringIntoView` (keyboard moves), the page scrolls so the point is on screen. */
  #place(d, bringIntoView) {
    const tip = this.el;
    const margin = 8;
    if (bringIntoView) {
      const r = this.#host.canvas.getBoundingClientRect();
      const top = r.top + d.y;
      const bottom = top + d.height;
      if (bottom > window.innerHeight - margin) window.scrollBy(0, bottom - window.innerHeight + margin + 120);
      else if (top < margin) window.scrollBy(0, top - margin - 120);
    }
    tip.style.left = '0px';
    tip.style.top = '0px';
    this.#setVisible(true);
    const canvas = this.#host.canvas.getBoundingClientRect();
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const rtl = this.#host.dir() === 'rtl';
    // 'row' charts (bars, timeline rows) align the tooltip with the row's start; 'column' ones
    // centre it on the point.
    const row = CHARTS[this.#host.chart()].tip === 'row';
    let left = canvas.left + (row ? d.x + (rtl ? d.width - w : 0) : d.x + Math.min(d.width, 40) / 2 - w / 2);
    left = Math.min(Math.max(left, margin), window.innerWidth - margin - w);
    // Above the point if it fits, else below, else wherever it covers least of the screen.
    let top = canvas.top + d.y - h - 6;
    if (top < margin) top = canvas.top + d.y + d.height + 6;
    if (top + h > window.innerHeight - margin) top = Math.max(margin, window.innerHeight - margin - h);
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(top)}px`;
  }
}
