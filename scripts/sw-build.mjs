#!/usr/bin/env node
// Writes the service worker for a deploy: www/sw.js from scripts/sw.template.js, with BUILD =
// { hash, precache }. Run by scripts/build.sh after every other file of the deploy is written.
// - hash: SHA-256 (first 16 hex digits) over every deployed file's path and bytes, and the
//   template's, so any change to what is served gives the worker a new cache name.
// - precache: the files the pages need offline, taken from what is on disk, not a hand-kept list:
//   every deployed file except the fallback pictures (static/, 0.7 MB, each stored when a page
//   shows it), the readable sources that embed.min.js bundles or that the build turns into hashed
//   files and pages (embed.js, chart-meta.js, src/, i18n/, pages/, pkg/assets.json), type
//   declarations, source maps and sw.js itself.
// Usage: node scripts/sw-build.mjs [--root DIR]   (default www/)
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const TEMPLATE = fileURLToPath(new URL('sw.template.js', import.meta.url));
const PLACEHOLDER = '__BUILD__';
const NOT_PRECACHED = [
  /^static\//, /^embed\.js$/, /^chart-meta\.js$/, /^src\//, /^i18n\//, /^pages\//, /^pkg\/assets\.json$/, /\.d\.ts$/, /\.map$/,
];

/** Every file under `root` a deploy serves, as sorted `/`-separated paths (no dotfiles, no sw.js). */
export async function deployedFiles(root) {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
    .filter((path) => path !== 'sw.js' && !path.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/** The worker's source for the deploy under `root`, with its hash and precache list. */
export async function buildWorker(root, template = TEMPLATE) {
  const source = await readFile(template, 'utf8');
  if (source.split(PLACEHOLDER).length !== 2) throw new Error(`${template}: expected ${PLACEHOLDER} exactly once`);
  const files = await deployedFiles(root);
  const hash = createHash('sha256');
  for (const path of files) hash.update(`${path}\0`).update(await readFile(join(root, path))).update('\0');
  hash.update(source);
  const build = { hash: hash.digest('hex').slice(0, 16), precache: files.filter((path) => !NOT_PRECACHED.some((re) => re.test(path))) };
  return { ...build, source: source.replace(PLACEHOLDER, JSON.stringify(build)) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const i = process.argv.indexOf('--root');
  const root = resolve(i > 0 ? process.argv[i + 1] : fileURLToPath(new URL('../www/', import.meta.url)));
  const { hash, precache, source } = await buildWorker(root);
  await writeFile(join(root, 'sw.js'), source);
  console.log(`sw.js: cache apac-ai-charts|<scope>|${hash}, ${precache.length} files precached`);
}
