// The deploy's service worker, for the build stage (scripts/build.mjs): sw.js from
// scripts/sw.template.js with BUILD = { hash, precache }.
// - hash: SHA-256 (first 16 hex digits) over every deployed file's path and bytes, and the
//   template's, so any change to what is served gives the worker a new cache name;
// - precache: the files the pages need offline, as the build lists them when it writes them (not
//   the fallback pictures, 0.7 MB, each stored when a page shows it, nor the readable sources).
import { createHash } from 'node:crypto';

const PLACEHOLDER = '__BUILD__';

/** The worker's source: `template` with the hash of `files` (a Map of path → bytes, every file
 *  deployed but the worker) and `precache` (paths, each one of `files`). */
export function workerSource(template, files, precache) {
  if (template.split(PLACEHOLDER).length !== 2) throw new Error(`sw.template.js: expected ${PLACEHOLDER} exactly once`);
  const missing = precache.filter((path) => !files.has(path));
  if (missing.length) throw new Error(`precache names files the build did not write: ${missing.join(', ')}`);
  const hash = createHash('sha256');
  for (const path of [...files.keys()].sort()) hash.update(`${path}\0`).update(files.get(path)).update('\0');
  hash.update(template);
  const build = { hash: hash.digest('hex').slice(0, 16), precache: [...precache].sort() };
  return { ...build, source: template.replace(PLACEHOLDER, JSON.stringify(build)) };
}
