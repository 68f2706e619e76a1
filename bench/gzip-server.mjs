// The benchmark's static server: the repository root, answered with gzip -9 (compressed once per
// file and kept) as a CDN would, with the dev server's headers (scripts/serve.mjs: MIME type, CSP,
// no-cache, nosniff). Used by bench/run.mjs and bench/trace.mjs. The bench's pages name the
// build's content-hashed glue and wasm as {{glue}} and {{wasm}} (in preload hints), and the charts
// as {{canvases}} (a canvas per chart, by id, for the API and Chart.js pages) or {{elements}} (an
// eager <apac-ai-chart> per chart): filled in from target/site/pkg/assets.json and www/chart-meta.js
// (every chart of the registry) as they are served.
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { resolve, relative, isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { fileHeaders, decodePath } from '../scripts/serve.mjs';

/** `html` with {{glue}} and {{wasm}} as paths from bench/ to the build's hashed files, and
 *  {{canvases}} and {{elements}} as one canvas or element per chart id of `ids`. */
function withAssets(html, root, ids) {
  if (!html.includes('{{')) return Buffer.from(html);
  const assets = JSON.parse(readFileSync(resolve(root, 'target/site/pkg/assets.json'), 'utf8'));
  const each = (tag) => ids.map(tag).join('\n    ');
  return Buffer.from(html.replaceAll('{{glue}}', `../target/site/${assets.glue}`).replaceAll('{{wasm}}', `../target/site/${assets.wasm}`)
    .replaceAll('{{canvases}}', each((id) => `<div class="box"><canvas id="${id}"></canvas></div>`))
    .replaceAll('{{elements}}', each((id) => `<apac-ai-chart loading="eager" chart="${id}"></apac-ai-chart>`)));
}

/** Starts the server on a free port; resolves to { origin, close }. */
export async function startGzipServer(rootDir = '.') {
  const root = resolve(rootDir);
  const { CHARTS } = await import(pathToFileURL(resolve(root, 'www/chart-meta.js')).href);
  const ids = Object.keys(CHARTS);
  const compressed = new Map();
  const server = createServer((req, res) => {
    try {
      const file = resolve(root, `.${decodePath(req.url)}`);
      const rel = relative(root, file);
      if (rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel) || !existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('not found\n');
        return;
      }
      const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const raw = file.endsWith('.html') ? withAssets(readFileSync(file, 'utf8'), root, ids) : readFileSync(file);
      if (gzip && !compressed.has(file)) compressed.set(file, gzipSync(raw, { level: 9 }));
      const body = gzip ? compressed.get(file) : raw;
      res.writeHead(200, { ...fileHeaders(file), ...(gzip ? { 'Content-Encoding': 'gzip' } : {}), Vary: 'Accept-Encoding',
        'Content-Length': body.length });
      res.end(body);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain' });
      res.end('bad request\n');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://localhost:${server.address().port}`, close: () => server.close() };
}
