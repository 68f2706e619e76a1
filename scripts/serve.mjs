#!/usr/bin/env node
// The dev server: serves the built deploy (target/site/, written by scripts/build.mjs) on localhost
// with the right MIME types, `Cache-Control: no-cache`, `nosniff` and a strict Content-Security-Policy (the same policy a strict host page would have).
// No dependencies. It answers only for files inside its root: the decoded path is resolved and
// checked with path.relative (so a sibling folder such as `www-other/` is outside, whatever the
// spelling: `..%2f`, `%2e%2e`, `%5c`), and the real path is checked again so a symlink cannot lead
// out. A malformed `%` escape, an encoded NUL or backslash is a 400; outside the root is a 403.
// Usage: node scripts/serve.mjs [--port N] [--root DIR] [--deploy]   (default 8080, target/site/; port 0
// picks a free one; --deploy: a deploy's cache headers, hashed files immutable for a year)
// Tests import createHandler() to serve a root of their own.
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/** A file named by its content (scripts/build/deploy.mjs: `name.<12 hex digits>.js|wasm`). */
export const HASHED = /\.[0-9a-f]{12}\.(?:js|wasm)$/;

/** The `Cache-Control` a deploy serves `file` with (docs/embedding.md, "Cache headers"): a year and `immutable`
 *  for content-hashed files, `no-cache` (revalidate every time) for everything else. */
export function deployCacheControl(file) {
  return HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The headers every file gets; `Content-Type` from its extension. `Cache-Control` is `no-cache`
 *  for everything while developing; with `deploy`, as a deploy serves it. Every file may be read
 *  from any origin: a host page elsewhere (or a sandboxed iframe, whose origin is opaque) loads the
 *  element as a module script and fetches the wasm, both CORS requests, and the files are public. */
export function fileHeaders(file, { deploy = false } = {}) {
  return {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Access-Control-Allow-Origin': '*',
    'Content-Security-Policy': CSP,
    'Cache-Control': deploy ? deployCacheControl(file) : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  };
}

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The URL path of a request target, decoded; throws a 400 for anything that is not a clean path. */
export function decodePath(target) {
  if (typeof target !== 'string' || !target.startsWith('/')) throw new HttpError(400, 'bad request target');
  const raw = target.split(/[?#]/, 1)[0];
  let path;
  try {
    path = decodeURIComponent(raw);
  } catch {
    throw new HttpError(400, 'malformed percent escape');
  }
  if (path.includes('\0') || path.includes('\\')) throw new HttpError(400, 'NUL or backslash in path');
  return path;
}

/** Whether `file` is `root` or inside it (both absolute). A prefix test is not enough: `/x/www-other`
 *  starts with `/x/www`. */
export function isInside(root, file) {
  const rel = relative(root, file);
  return !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}

/** A request handler serving the files under `root` (GET and HEAD only); `deploy`: with a
 *  deploy's cache headers. */
export function createHandler({ root, deploy = false }) {
  const absRoot = resolve(root);
  return async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'method not allowed');
      const path = decodePath(req.url);
      if (path === '/favicon.ico') { // browsers ask for it on pages without an icon link
        res.writeHead(204);
        res.end();
        return;
      }
      let file = resolve(absRoot, `.${path}`);
      if (!isInside(absRoot, file)) throw new HttpError(403, 'outside the root');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      if (!isInside(await realpath(absRoot), await realpath(file))) throw new HttpError(403, 'outside the root'); // a symlink out
      const body = await readFile(file);
      res.writeHead(200, { ...fileHeaders(file, { deploy }), 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      const missing = e.code === 'ENOENT' || e.code === 'ENOTDIR' || e.code === 'EISDIR';
      const status = e instanceof HttpError ? e.status : missing ? 404 : 500;
      const text = e instanceof HttpError ? e.message : missing ? 'not found' : 'server error';
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' });
      res.end(`${text}\n`);
    }
  };
}

function arg(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = resolve(arg('--root') ?? fileURLToPath(new URL('../target/site/', import.meta.url)));
  const port = Number(arg('--port') ?? process.env.PORT ?? 8080);
  const server = createServer(createHandler({ root, deploy: process.argv.includes('--deploy') }));
  server.listen(port, '127.0.0.1', () => {
    console.log(`Serving ${relative(process.cwd(), root) || '.'}/ at http://localhost:${server.address().port}/  (Ctrl-C to stop)`);
  });
}
