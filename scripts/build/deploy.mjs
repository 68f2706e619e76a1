// The deploy's names and pages, for the build stage (scripts/build.mjs). Every file a deploy may
// change under a reader's cached copy is named by its content, so an old glue never meets a new
// wasm on any cache between the server and the reader:
// - the wasm  → pkg/apac_ai_charts_bg.<hash>.wasm
// - the glue  → pkg/apac_ai_charts.<hash>.js, naming its hashed wasm
// - i18n/<tag>.js (not English, which the element bundles) → pkg/i18n/<tag>.<hash>.js
// <hash>: the first HASH_LENGTH hex digits of the SHA-256 of the file's final bytes. What refers to
// them is written with stable names, served `Cache-Control: no-cache`: pkg/assets.json, the API
// entry pkg/apac_ai_charts.js, the element's bundle, the pages (from www/pages/ templates), sw.js.
import { createHash } from 'node:crypto';

export const HASH_LENGTH = 12;

/** The first HASH_LENGTH hex digits of the SHA-256 of `bytes`. */
export function contentHash(bytes) {
  return createHash('sha256').update(bytes).digest('hex').slice(0, HASH_LENGTH);
}

/** `dir/name.ext` → `dir/name.<hash>.ext`, the hash of `bytes`. */
export function hashedName(path, bytes) {
  const dot = path.lastIndexOf('.');
  return `${path.slice(0, dot)}.${contentHash(bytes)}${path.slice(dot)}`;
}

/** The stable API entry's source: `connect()` from src/api.js (at `runtime`) around the hashed
 *  glue and wasm, exporting `names` (the glue's functions and classes). */
export function apiEntry(names, runtime, glue, wasm) {
  const classes = names.filter((n) => /^[A-Z]/.test(n));
  const functions = names.filter((n) => !/^[A-Z]/.test(n));
  const lines = [
    `import { connect, withInstanceQuery } from ${JSON.stringify(runtime)};`,
    ...classes.map((name) => `export let ${name} = null;`),
    `const glue = new URL('./${glue.slice('pkg/'.length)}', import.meta.url).href;`,
    'const api = connect((generation) => import(withInstanceQuery(glue, generation)),',
    `  new URL('./${wasm.slice('pkg/'.length)}', import.meta.url).href,`,
    `  (instance) => { ${classes.map((name) => `${name} = instance.glue.${name};`).join(' ')} });`,
    'export default api.init;',
    ...functions.map((name) => `export function ${name}(...args) { return api.call('${name}', args); }`),
  ];
  return `${lines.join('\n')}\n`;
}

/** `template` with each {{key}} replaced by `values[key]`; an unknown key is an error. */
export function fillPage(template, values, name = 'page') {
  return template.replace(/\{\{([^}]+)\}\}/g, (_, key) => {
    if (!Object.hasOwn(values, key)) throw new Error(`${name}: nothing to put in {{${key}}}`);
    return values[key];
  });
}

/** Text made safe for an HTML attribute or element. */
export const esc = (text) => String(text).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** `url` checked as an absolute http(s) URL ending in '/'. */
export function baseUrl(url = 'http://localhost:8080/') {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`BASE_URL must be an absolute URL, got ${JSON.stringify(url)}`);
  }
  if (!['http:', 'https:'].includes(parsed.protocol)) throw new Error(`BASE_URL must be http(s), got ${JSON.stringify(url)}`);
  return parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(bytes) {
  if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The page and oEmbed values of `chart` for the deploy at `base`: `meta` (the discovery link and
 *  social cards for its page) and `oembed` (the JSON). `info`: chart-meta.js's CHARTS[chart];
 *  `picture`: the size of its 1280 px PNG. */
export function chartCard(chart, info, base, picture) {
  const page = `${base}embed-${chart}.html`;
  const image = `${base}static/${chart}-light-1280.png`;
  const chartHeight = info.heights.find(([w]) => w >= 640)?.[1] ?? 480;
  const height = chartHeight + 160; // the sources and buttons under the chart; the resizer corrects it
  const iframe = `<iframe src="${base}embed-${chart}.html" title="${esc(info.title)}" data-apac-chart width="100%" height="${height}" frameborder="0" loading="lazy"></iframe>`;
  const meta = [
    `<link rel="canonical" href="${esc(page)}">`,
    `<link rel="alternate" type="application/json+oembed" href="${esc(`${base}oembed/${chart}.json`)}" title="${esc(info.title)}">`,
    '<meta property="og:type" content="website">',
    `<meta property="og:title" content="${esc(info.title)}">`,
    `<meta property="og:description" content="${esc(info.alt)}">`,
    `<meta property="og:url" content="${esc(page)}">`,
    `<meta property="og:image" content="${esc(image)}">`,
    `<meta property="og:image:width" content="${picture.width}">`,
    `<meta property="og:image:height" content="${picture.height}">`,
    `<meta property="og:image:alt" content="${esc(info.alt)}">`,
    '<meta name="twitter:card" content="summary_large_image">',
    `<meta name="twitter:title" content="${esc(info.title)}">`,
    `<meta name="twitter:description" content="${esc(info.alt)}">`,
    `<meta name="twitter:image" content="${esc(image)}">`,
    `<meta name="twitter:image:alt" content="${esc(info.alt)}">`,
  ].map((line) => `  ${line}`).join('\n');
  const oembed = {
    version: '1.0', type: 'rich', provider_name: 'apac-ai-charts', provider_url: base, title: info.title,
    html: `${iframe}<script src="${base}embed-resize.js" defer></script>`, width: 640, height,
    thumbnail_url: image, thumbnail_width: picture.width, thumbnail_height: picture.height,
  };
  return { meta, oembed };
}
