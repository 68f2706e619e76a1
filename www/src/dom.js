// The DOM helpers the element's modules share: an element with an optional class, a label and its
// text spaced as the language writes them, a source link that is only ever a link to an http(s)
// page, and a citation with its title as that link. Texts go in through textContent and append
// only, never as HTML strings (tests/e2e/readers.test.mjs checks).

/** document.createElement(tag) with `className` set if given, and its ::part() name `part`. */
export function element(tag, className, part) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (part) el.setAttribute('part', part);
  return el;
}

/** A label ending in a colon, and what follows it: a space after "Source:", none after a
 *  full-width colon ("来源："), which carries its own space. */
export function labelled(label, text = '') {
  return `${label}${label.endsWith('：') ? '' : ' '}${text}`;
}

/** Dispatches a bubbling, composed CustomEvent of each of `types` on `target`. */
export function announce(target, types, detail) {
  for (const type of types) target.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
}

/** `url` if it is an absolute http: or https: URL, else null (javascript:, data:, relative…). */
export function webUrl(url) {
  try {
    const parsed = new URL(String(url));
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** `text` linking to `url` in a new tab that gets neither this page's window nor its address, or
 *  plain text if `url` is not http(s). */
export function sourceLink(url, text) {
  const href = webUrl(url);
  const el = element(href ? 'a' : 'span');
  if (href) {
    el.href = href;
    el.target = '_blank';
    el.rel = 'noopener noreferrer';
  }
  el.textContent = text;
  return el;
}

/** The nodes of citation `c` (a `Citation` of the API: the wasm's or a language module's): its
 *  sentence with the title as the source link; a title that is our description, not the
 *  document's, says so on hover (`ours`, the interface text explaining the brackets). */
export function citationNodes(c, ours) {
  const at = c.text.indexOf(c.title);
  const link = sourceLink(c.url, c.title);
  if (c.titleIsOurs && ours) link.title = ours;
  if (at < 0) return [`${c.text} `, link];
  return [c.text.slice(0, at), link, c.text.slice(at + c.title.length)];
}
