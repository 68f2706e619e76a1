// The benchmark's static server: the repository root, answered with gzip -9 (compressed once per
// file and kept) as a CDN would, with a deploy's headers (scripts/serve.mjs --deploy: MIME type,
// CSP, nosniff; content-hashed files immutable for a year, the rest no-cache). Used by
// bench/run.mjs and bench/trace.mjs. Over HTTP/1.1 by default; with `{ h2: true }`, over HTTP/2
// with TLS (tls() below), where Chromium acts on 103 Early Hints.
// The bench's pages are templates, filled in as they are served from target/site/pkg/assets.json
// and www/chart-meta.js (every chart of the registry):
// - {{glue}}, {{wasm}}: paths from bench/ to the build's content-hashed glue and wasm;
// - {{canvases}}: a canvas per chart, by id (the API and Chart.js pages);
// - {{elements}}: a bare eager <apac-ai-chart> per chart;
// - {{snippet}}: the README's embed snippet for every chart (the script and the stylesheet once,
//   then each element with its picture), with loading="eager" so every chart loads at once as
//   Chart.js's do.
// The loading levers, by query: a page asked with ?lever=<name> has the element's script of that
// lever (LEVERS below) in its snippet; embed.min.js?link is answered with a `Link` header that
// preloads the glue and the wasm (as a deploy could send it with the element's script); a page
// requested with ?early-hints is preceded by a 103 response carrying the same preloads (HTTP/2
// only; Chromium uses an early hint's response only from its HTTP cache, so only the immutable
// hashed files are hinted: the no-cache embed.min.js would be fetched twice).
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve, relative, isAbsolute, sep, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { fileHeaders, decodePath } from '../scripts/serve.mjs';

/** The `Link` header values that preload the glue (`rel=modulepreload`) and the wasm (`rel=preload`,
 *  fetched as the element fetches it: CORS, same-origin credentials) of `assets` (pkg/assets.json),
 *  each path written as a URL reference in angle brackets by `ref`. */
function preloadLinks(assets, ref) {
  return [`${ref(assets.glue)}; rel=modulepreload`, `${ref(assets.wasm)}; rel=preload; as=fetch; type="application/wasm"; crossorigin`];
}

/** The element's script of each lever, a path from bench/: the glue bundled in, the glue and the
 *  wasm inside (both built by bench/variants.mjs), the deploy's script with a `Link` header. */
const LEVERS = { glue: 'dist/embed-glue.min.js', inline: 'dist/embed-inline.min.js', link: '../target/site/embed.min.js?link' };

/** The README's snippet for every chart of `CHARTS` from the deploy at `base`, eager; with
 *  `script`, that script in place of the deploy's embed.min.js. */
function snippet(meta, base, script) {
  const parts = Object.keys(meta.CHARTS).map((id, i) => {
    const lines = meta.embedSnippet(id, base, { lang: 'en', alt: meta.CHARTS[id].alt }).split('\n');
    return (i === 0 ? lines : lines.slice(2)).join('\n');
  });
  let html = parts.join('\n').replaceAll('<apac-ai-chart chart="', '<apac-ai-chart loading="eager" chart="');
  if (script) html = html.replace(`src="${base}embed.min.js"`, `src="${script}"`);
  return html;
}

/** `html` with the placeholders above filled in; `script`: the element's script of the snippet. */
function withAssets(html, root, meta, script) {
  if (!html.includes('{{')) return Buffer.from(html);
  const assets = JSON.parse(readFileSync(resolve(root, 'target/site/pkg/assets.json'), 'utf8'));
  const ids = Object.keys(meta.CHARTS);
  const each = (tag) => ids.map(tag).join('\n    ');
  return Buffer.from(html.replaceAll('{{glue}}', `../target/site/${assets.glue}`).replaceAll('{{wasm}}', `../target/site/${assets.wasm}`)
    .replaceAll('{{canvases}}', each((id) => `<div class="box"><canvas id="${id}"></canvas></div>`))
    .replaceAll('{{elements}}', each((id) => `<apac-ai-chart loading="eager" chart="${id}"></apac-ai-chart>`))
    .replaceAll('{{snippet}}', snippet(meta, '../target/site/', script)));
}

/** The HTTP/2 server's TLS files, made once under bench/dist/tls/ with openssl and NSS's certutil:
 *  a certificate authority, a certificate for localhost signed by it, and an NSS database that
 *  trusts the authority, in `home` (a browser started with HOME=home trusts the certificate).
 *  Chromium drops 103 Early Hints on a connection with a certificate error, so a certificate it
 *  merely ignores would not do. Null where openssl or certutil is missing (apt: libnss3-tools). */
export function tls(root) {
  const dir = resolve(root, 'bench/dist/tls');
  const file = (name) => join(dir, name);
  const home = file('home');
  try {
    if (!existsSync(file('home/.pki/nssdb/cert9.db'))) {
      mkdirSync(join(home, '.pki/nssdb'), { recursive: true });
      const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'ignore', cwd: dir });
      run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30', '-subj', '/CN=apac-ai-charts bench CA',
        '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign', '-keyout', 'ca-key.pem', '-out', 'ca.pem']);
      run('openssl', ['req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-keyout', 'key.pem', '-out', 'cert.csr']);
      writeFileSync(file('ext.cnf'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n');
      run('openssl', ['x509', '-req', '-in', 'cert.csr', '-CA', 'ca.pem', '-CAkey', 'ca-key.pem', '-CAcreateserial', '-days', '30',
        '-extfile', 'ext.cnf', '-out', 'cert.pem']);
      run('certutil', ['-d', `sql:${join(home, '.pki/nssdb')}`, '-N', '--empty-password']);
      run('certutil', ['-d', `sql:${join(home, '.pki/nssdb')}`, '-A', '-t', 'C,,', '-n', 'apac-ai-charts-bench', '-i', 'ca.pem']);
    }
    return { key: readFileSync(file('key.pem')), cert: readFileSync(file('cert.pem')), home };
  } catch {
    return null;
  }
}

/** Starts the server on a free port; resolves to { origin, close }, or, for HTTP/2 without its TLS
 *  files (tls() above), to null. */
export async function startGzipServer(rootDir = '.', { h2 = false } = {}) {
  const root = resolve(rootDir);
  const meta = await import(pathToFileURL(resolve(root, 'www/chart-meta.js')).href);
  const assets = () => JSON.parse(readFileSync(resolve(root, 'target/site/pkg/assets.json'), 'utf8'));
  const compressed = new Map();
  const handler = (req, res) => {
    try {
      const query = new URL(req.url, 'http://x').searchParams;
      const file = resolve(root, `.${decodePath(req.url)}`);
      const rel = relative(root, file);
      if (rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel) || !existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('not found\n');
        return;
      }
      // Paths from bench/ to the deploy's files, for the page's early hints.
      const fromBench = (path) => `<../target/site/${path}>`;
      if (query.has('early-hints') && file.endsWith('.html') && h2) {
        const { glue, wasm } = assets();
        res.writeEarlyHints({ link: preloadLinks({ glue, wasm }, fromBench) });
      }
      const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const lever = query.get('lever');
      if (lever !== null && !Object.hasOwn(LEVERS, lever)) throw new Error(`no lever ${lever}`);
      const raw = file.endsWith('.html') ? withAssets(readFileSync(file, 'utf8'), root, meta, LEVERS[lever]) : readFileSync(file);
      const key = `${file}?${lever ?? ''}`; // a page differs by its lever
      if (gzip && !compressed.has(key)) compressed.set(key, gzipSync(raw, { level: 9 }));
      const body = gzip ? compressed.get(key) : raw;
      // Paths from embed.min.js (in target/site/) to the glue and the wasm.
      const link = query.has('link') ? { Link: preloadLinks(assets(), (path) => `<${path}>`).join(', ') } : {};
      res.writeHead(200, { ...fileHeaders(file, { deploy: true }), ...link, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}), Vary: 'Accept-Encoding',
        'Content-Length': body.length });
      res.end(body);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain' });
      res.end('bad request\n');
    }
  };
  const files = h2 ? tls(root) : null;
  if (h2 && !files) return null;
  const server = h2 ? createSecureServer({ key: files.key, cert: files.cert, allowHTTP1: false }, handler) : createServer(handler);
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `${h2 ? 'https' : 'http'}://localhost:${server.address().port}`, close: () => server.close() };
}
