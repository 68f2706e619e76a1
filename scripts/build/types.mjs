// The API's type declarations, generated from wasm-bindgen's .d.ts by reading it as a list of
// declarations (each with the doc comment above it), never by editing its text: the API entries
// (the deploy's pkg/apac_ai_charts.js, the package's dist/api.js) export every function and class
// of the glue and its default init, but not `initSync`, so its declaration and `SyncInitInput` are
// left out; top-level `//` comments (notes for this repository's developers in src/web/api.d.ts)
// are dropped. If wasm-bindgen's output no longer has the declarations this expects, exactly once
// each, the build fails and says which.

/** The declarations wasm-bindgen writes that the generator relies on, and how each begins. */
const EXPECTED = {
  init: 'export default function __wbg_init',
  initSync: 'export function initSync(',
  SyncInitInput: 'export type SyncInitInput',
  InitInput: 'export type InitInput',
  InitOutput: 'export interface InitOutput',
  Chart: 'export class Chart ',
  render: 'export function render(',
};

/** `dts` as its top-level declarations: { head, items: [{ text, starts }] }. A declaration starts
 *  at a column-0 `export` (with the `/** … *\/` comment just above it) and runs to the next one. */
export function declarations(dts) {
  const lines = dts.split('\n');
  const items = [];
  const head = [];
  let pending = []; // a doc comment waiting for its declaration
  let current = null;
  let inDoc = false;
  for (const line of lines) {
    if (!inDoc && line.startsWith('/**')) {
      if (current) { items.push(current); current = null; }
      inDoc = !line.includes('*/');
      pending = [line];
      continue;
    }
    if (inDoc) {
      pending.push(line);
      if (line.includes('*/')) inDoc = false;
      continue;
    }
    if (line.startsWith('export ')) {
      if (current) items.push(current);
      current = { text: [...pending, line], starts: line };
      pending = [];
      continue;
    }
    if (line.startsWith('//') && !current) continue; // a note between declarations
    if (line.startsWith('//')) { items.push(current); current = null; continue; }
    if (current) current.text.push(line);
    else if (!items.length && line.trim()) head.push(line);
  }
  if (current) items.push(current);
  return { head, items: items.map((item) => ({ ...item, text: item.text.join('\n').trimEnd() })) };
}

/** The API's .d.ts from wasm-bindgen's `dts`; throws if `dts` lacks an expected declaration. */
export function apiTypes(dts) {
  const { head, items } = declarations(dts);
  const problems = [];
  for (const [name, start] of Object.entries(EXPECTED)) {
    const found = items.filter((item) => item.starts.startsWith(start)).length;
    if (found !== 1) problems.push(`${name} (\`${start}…\`) found ${found} times`);
  }
  if (problems.length) {
    throw new Error(`wasm-bindgen's .d.ts no longer has the shape scripts/build/types.mjs expects: ${problems.join('; ')}`);
  }
  const left = [EXPECTED.initSync, EXPECTED.SyncInitInput];
  const kept = items.filter((item) => !left.some((start) => item.starts.startsWith(start)));
  return `${[head.join('\n'), ...kept.map((item) => item.text)].join('\n\n')}\n`;
}

/** The functions and classes the glue exports (wasm-bindgen's `dts`), but its init functions. */
export function exportedNames(dts) {
  return declarations(dts).items
    .map((item) => item.starts.match(/^export (?:function|class) ([A-Za-z_$][\w$]*)/)?.[1])
    .filter((name) => name && name !== 'initSync');
}
