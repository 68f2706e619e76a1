#!/usr/bin/env node
// Build step (scripts/build.sh, after wasm-pack and before the element's bundle): gives every file
// that a deploy may change under a reader's cached copy a name that says its content, so an old
// glue never meets a new wasm, on any cache between the server and the reader.
// - pkg/apac_ai_charts_bg.wasm    → pkg/apac_ai_charts_bg.<hash>.wasm
// - pkg/apac_ai_charts.js (glue)  → pkg/apac_ai_charts.<hash>.js, its wasm URL renamed to match
// - i18n/<tag>.js (not English, which the element bundles) → pkg/i18n/<tag>.<hash>.js
// <hash>: the first HASH_LENGTH hex digits of the SHA-256 of the file's final bytes.
// Then writes what refers to them:
// - pkg/assets.json: { glue, wasm, i18n: { <tag>: path } }, paths relative to www/ (the element
//   imports it through src/assets.js, and its bundle carries it inline);
// - pkg/apac_ai_charts.js: the stable API entry for `render()` users, which loads the hashed glue
//   and wasm behind src/api.js (every export of the glue, named from its .d.ts);
// - www/<page>.html from www/pages/<page>.html, with {{glue}}, {{wasm}} and {{i18n/<tag>}} put in;
//   from pages/embed.html also embed-<chart>.html, one page per chart with its title, oEmbed
//   discovery link and social-card tags ({{chart}}, {{title}}, {{meta}}), and oembed/<chart>.json.
//   Those need absolute URLs: the deploy's address comes from BASE_URL (e.g.
//   BASE_URL=https://news.example/charts/ scripts/build.sh; default http://localhost:8080/).
// Stable names, to be served with `Cache-Control: no-cache`: the pages, embed.min.js, the API
// entry, sw.js. Everything under pkg/ with a hash in its name is immutable.
// Usage: [BASE_URL=…] node scripts/deploy-names.mjs [--root DIR]   (default www/)
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const HASH_LENGTH = 12;
const GLUE = 'pkg/apac_ai_charts.js';
const WASM = 'pkg/apac_ai_charts_bg.wasm';

/** The first HASH_LENGTH hex digits of the SHA-256 of `bytes`. */
export function contentHash(bytes) {
  return createHash('sha256').update(bytes).digest('hex').slice(0, HASH_LENGTH);
}

/** `dir/name.ext` → `dir/name.<hash>.ext` */
function hashedName(path, hash) {
  const dot = path.lastIndexOf('.');
  return `${path.slice(0, dot)}.${hash}${path.slice(dot)}`;
}

/** The names of the functions and classes a wasm-bindgen `.d.ts` declares, but its init functions. */
export function exportedNames(dts) {
  const names = [...dts.matchAll(/^export (?:function|class) ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]);
  return names.filter((name) => name !== 'initSync');
}

/** The stable API entry's source: `connect()` from src/api.js around the hashed glue and wasm. */
export function apiEntry(names, glue, wasm) {
  const classes = names.filter((n) => /^[A-Z]/.test(n));
  const functions = names.filter((n) => !/^[A-Z]/.test(n));
  const lines = [
    "import { connect, withInstanceQuery } from '../src/api.js';",
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
    if (!Object.hasOwn(values, key)) throw new Error(`${name}: no file for {{${key}}}`);
    return values[key];
  });
}

const esc = (text) => String(text).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

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
  const iframe = `<iframe src="${base}embed.html?chart=${chart}" title="${esc(info.title)}" data-apac-chart width="100%" height="${height}" frameborder="0" loading="lazy"></iframe>`;
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

/** Renames and writes everything above under `root`; returns the assets map. */
export async function nameDeploy(root, base = baseUrl(process.env.BASE_URL || undefined)) {
  const wasmBytes = await readFile(join(root, WASM));
  const wasm = hashedName(WASM, contentHash(wasmBytes));
  await rename(join(root, WASM), join(root, wasm));

  const glueSource = await readFile(join(root, GLUE), 'utf8');
  const wasmFile = WASM.slice('pkg/'.length);
  const mentions = glueSource.split(wasmFile).length - 1;
  if (mentions !== 1) throw new Error(`${GLUE}: expected its wasm's name once, found it ${mentions} times`);
  const glueText = glueSource.replace(wasmFile, wasm.slice('pkg/'.length));
  const glue = hashedName(GLUE, contentHash(glueText));
  await writeFile(join(root, glue), glueText);

  const i18n = {};
  await mkdir(join(root, 'pkg/i18n'), { recursive: true });
  for (const file of (await readdir(join(root, 'i18n'))).filter((f) => f.endsWith('.js')).sort()) {
    const tag = file.slice(0, -'.js'.length);
    if (tag === 'en') continue; // bundled into embed.min.js
    const bytes = await readFile(join(root, 'i18n', file));
    i18n[tag] = hashedName(`pkg/i18n/${file}`, contentHash(bytes));
    await writeFile(join(root, i18n[tag]), bytes);
  }
  const assets = { glue, wasm, i18n };
  await writeFile(join(root, 'pkg/assets.json'), `${JSON.stringify(assets, null, 2)}\n`);

  // The stable API entry replaces the glue's unhashed copy, bundled with its runtime.
  const names = exportedNames(await readFile(join(root, 'pkg/apac_ai_charts.d.ts'), 'utf8'));
  await build({
    stdin: { contents: apiEntry(names, glue, wasm), resolveDir: join(root, 'pkg'), sourcefile: 'api-entry.js' },
    outfile: join(root, GLUE),
    allowOverwrite: true,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
  });
  const dts = await readFile(join(root, 'pkg/apac_ai_charts.d.ts'), 'utf8');
  await writeFile(join(root, 'pkg/apac_ai_charts.d.ts'), dts.replace(/(?:\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?^export function initSync\([^;]*;\n/m, ''));

  const values = { glue, wasm, ...Object.fromEntries(Object.entries(i18n).map(([tag, path]) => [`i18n/${tag}`, path])) };
  const { CHARTS } = await import(pathToFileURL(join(root, 'chart-meta.js')).href);
  const ids = Object.keys(CHARTS);
  const cards = {};
  await mkdir(join(root, 'oembed'), { recursive: true });
  for (const chart of ids) {
    const picture = pngSize(await readFile(join(root, `static/${chart}-light-1280.png`)));
    cards[chart] = chartCard(chart, CHARTS[chart], base, picture);
    await writeFile(join(root, `oembed/${chart}.json`), `${JSON.stringify(cards[chart].oembed, null, 2)}\n`);
  }
  for (const page of (await readdir(join(root, 'pages'))).filter((f) => f.endsWith('.html'))) {
    const template = await readFile(join(root, 'pages', page), 'utf8');
    const name = `pages/${page}`;
    // The generic page shows the first chart unless its query asks for another.
    const first = { ...values, chart: ids[0], title: 'Chart', meta: cards[ids[0]].meta.split('\n').slice(1, 2).join('\n') };
    await writeFile(join(root, page), fillPage(template, first, name));
    if (page !== 'embed.html') continue;
    for (const chart of ids) {
      const perChart = { ...values, chart, title: esc(CHARTS[chart].title), meta: cards[chart].meta };
      await writeFile(join(root, `embed-${chart}.html`), fillPage(template, perChart, name));
    }
  }
  return assets;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const i = process.argv.indexOf('--root');
  const root = resolve(i > 0 ? process.argv[i + 1] : fileURLToPath(new URL('../www/', import.meta.url)));
  const base = baseUrl(process.env.BASE_URL || undefined);
  const assets = await nameDeploy(root, base);
  console.log(`deploy names: ${assets.glue}, ${assets.wasm}, ${Object.values(assets.i18n).join(', ')}`);
  const hint = process.env.BASE_URL ? '' : ' (the default: set BASE_URL=https://…/charts/ when building a deploy)';
  console.log(`oEmbed and social cards for ${base}${hint}`);
}
