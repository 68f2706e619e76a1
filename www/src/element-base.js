// The public surface of <apac-ai-chart> that holds no state of its own: its attributes reflected
// as properties, and the page-wide diagnostics on the class. element.js extends it.
import { instanceCount, wasmMemoryBytes, wasmModule } from './loader.js';
import { prefersDark } from './page.js';

// Outside a browser (server-side rendering) there is no HTMLElement: importing stays harmless.
const Base = globalThis.HTMLElement ?? class {};

export class ChartElementBase extends Base {
  /** Bytes of wasm linear memory (one instance per page), or 0 before it loads. */
  static get wasmMemoryBytes() { return wasmMemoryBytes(); }

  /** wasm instances this page has started: 1, or more after one died and was replaced. */
  static get wasmInstances() { return instanceCount(); }

  /** Tests only: traps the page's wasm instance, in builds made with the cargo feature
   *  `test-trap` (the export `forceTrap`). False in other builds, which lack it. */
  static forceTrapForTests() {
    const module = wasmModule();
    if (typeof module?.forceTrap !== 'function') return false;
    try {
      module.forceTrap();
    } catch {
      // 'INSTANCE_LOST', as wanted: page.js starts a fresh instance and redraws every element
    }
    return true;
  }

  // Attributes reflected as properties (`lang` is every element's own). Setting one to null or
  // undefined removes its attribute, as frameworks do when a bound prop goes away (React 19
  // assigns the property undefined).
  get chart() { return this.getAttribute('chart') ?? ''; }
  set chart(value) { reflect(this, 'chart', value); }
  get theme() { return this.getAttribute('theme') ?? 'auto'; }
  set theme(value) { reflect(this, 'theme', value); }
  /** The theme drawn now: 'light' or 'dark' (`auto` and anything else follow the reader's scheme). */
  get drawnTheme() {
    const theme = this.theme;
    if (theme === 'light' || theme === 'dark') return theme;
    return prefersDark() ? 'dark' : 'light';
  }
  get aspectRatio() { return this.getAttribute('aspect-ratio') ?? ''; }
  set aspectRatio(value) { if (value) this.setAttribute('aspect-ratio', value); else this.removeAttribute('aspect-ratio'); }
  /** 'lazy' (the default: nothing is fetched until the element is within a screen of the
   *  viewport) or 'eager'. */
  get loading() { return this.getAttribute('loading') === 'eager' ? 'eager' : 'lazy'; }
  set loading(value) { reflect(this, 'loading', value); }
}

/** Sets attribute `name` to `value`, or removes it for null and undefined. */
function reflect(el, name, value) {
  if (value === null || value === undefined) el.removeAttribute(name);
  else el.setAttribute(name, value);
}
