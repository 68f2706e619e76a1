// The one DOM helper the element's modules share: an element with an optional class. Texts go in
// through textContent and append only, never as HTML strings (tests/e2e/readers.test.mjs checks).

/** document.createElement(tag) with `className` set if given. */
export function element(tag, className) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  return el;
}
