// Languages: which language an element asks for, loading other languages' texts (i18n/<tag>.js,
// once per page), handing the wasm their chart strings (once per page), and each element's wait
// for them (LanguageWait). English is bundled and never waited for. Which tags we ship, how a
// page's tag maps to one, and which charts are drawn in which language come from chart-meta.js
// (generated from the Rust registry): nothing about languages is decided here.
import { CHARTS, ERROR_CODES, langFromTag } from '../chart-meta.js';
import { dir as enDir, ui as enUi, charts as enCharts } from '../i18n/en.js';
import { retryUrl } from './loader.js';
import { importLanguage } from './assets.js';

// The English texts, shaped like the other languages' modules once imported (every i18n/*.js
// exports dir, ui and charts: src/static_site/lang_module.rs). Named imports rather than
// `import * as`, which the bundle would turn into a namespace object with a getter per export.
export const english = { dir: enDir, ui: enUi, charts: enCharts };

/** How long an element waits for a language before drawing in English meanwhile. */
const LANGUAGE_WAIT_MS = 3000;

// Page-wide: every element shares the loaded modules and what the wasm has been given.
const modules = new Map([['en', Promise.resolve(english)]]);
const failed = new Set(); // could not be loaded, or lacked valid strings: those elements use English
const unloaded = new Set(); // of those, the ones whose load failed: tried again on request
let attempts = 0; // times failed loads were forgotten (each retry needs a URL not seen before)
// Per wasm instance (a fresh one after a lost one starts over): the languages it has been given.
// Each holds English only at first; others are added before drawing in them.
const given = new WeakMap();

/** The language module for a tag we ship, loaded once per page. */
function languageModule(tag) {
  if (!modules.has(tag)) {
    const attempt = attempts;
    const loading = importLanguage(tag, (path) => retryUrl(path, attempt));
    loading.catch(() => {
      modules.delete(tag);
      unloaded.add(tag);
    });
    modules.set(tag, loading);
  }
  return modules.get(tag);
}

/** Languages whose module failed to load are wanted again (the next update of an element asking
 *  for one loads it anew). Those the wasm refused stay refused. True if there were any. */
export function forgetFailedLanguages() {
  if (unloaded.size === 0) return false;
  unloaded.forEach((tag) => failed.delete(tag));
  unloaded.clear();
  attempts += 1;
  return true;
}

/** The language an element asks for: its nearest lang attribute (by default <html lang>), as a
 *  language we ship ('en' for any other). */
export function wantedLang(el) {
  return langFromTag(el.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang);
}

/** The language a chart is drawn in (and its static picture named in) with texts in `tag`. */
export function chartLang(chart, tag) {
  return CHARTS[chart].langs.includes(tag) ? tag : 'en';
}

/**
 * One element's language: the texts it uses now (`texts`, in language `tag`) and its wait for the
 * language it wants. For the wanted tag W, `update()` finds one of four states:
 * - ready: `tag` is W; draw.
 * - waiting: W's module is loading (#loading = W, a timer running); draw nothing yet.
 * - late: the timer ran out first (#late = W): English meanwhile; W once its module arrives.
 * - failed: W's module could not be loaded or lacked valid strings (page-wide): English (a failed
 *   load is tried again on the next connect of an element and on `online`: page.js).
 * Every change of state calls `changed` (the element schedules a draw).
 */
export class LanguageWait {
  texts = english;
  tag = 'en';
  #loading = null; // the tag whose module is awaited with a timer
  #timer = 0;
  #late = null; // the tag whose wait ran out
  #element;
  #changed;

  constructor(element, changed) {
    this.#element = element;
    this.#changed = changed;
  }

  /** Moves towards the element's wanted language; true while the element should wait for it. */
  update() {
    const tag = wantedLang(this.#element);
    const waiting = tag !== this.tag && !failed.has(tag) && this.#late !== tag;
    if (waiting && this.#loading !== tag) this.#load(tag);
    else if (!waiting && tag !== this.tag) this.#useEnglish();
    return waiting;
  }

  /** Before drawing in `tag`: gives the wasm its strings (once per page). A module whose strings
   *  the wasm refuses (an old cached copy?) counts as failed: returns true, now in English. */
  prepare(module) {
    if (!given.has(module)) given.set(module, new Set(['en']));
    const langs = given.get(module);
    if (langs.has(this.tag)) return false;
    try {
      module.addTranslations(this.tag, this.texts.chartStrings);
      langs.add(this.tag);
      return false;
    } catch (error) {
      if (error?.code === ERROR_CODES.INSTANCE_LOST) throw error; // not the module's fault
      failed.add(this.tag);
      this.#useEnglish();
      return true;
    }
  }

  /** The element left the page: no timer outlives it. */
  stop() {
    clearTimeout(this.#timer);
    this.#loading = null;
  }

  #load(tag) {
    languageModule(tag).then(
      (module) => {
        if (this.#loading === tag) clearTimeout(this.#timer);
        if (this.#late === tag) this.#late = null; // late, but here now
        if (wantedLang(this.#element) === tag) {
          this.texts = module;
          this.tag = tag;
        }
        this.#changed();
      },
      () => {
        failed.add(tag);
        if (this.#loading === tag) this.stop(); // English now; a later retry starts afresh
        if (this.#late === tag) this.#late = null;
        this.#changed();
      },
    );
    clearTimeout(this.#timer);
    this.#loading = tag;
    this.#timer = setTimeout(() => {
      this.#late = tag;
      this.#changed();
    }, LANGUAGE_WAIT_MS);
  }

  #useEnglish() {
    this.texts = english;
    this.tag = 'en';
  }
}
