// The dev server (scripts/serve.mjs) over real HTTP: it serves the files under its root with the
// strict headers, and nothing else. A sibling folder whose name starts with the root's
// (`www-other/` beside `www/`) and a secret one level up are tried through every spelling of `..`
// a client can send raw (node's http client sends the path as given; fetch would normalise it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { mkdtemp, mkdir, writeFile, symlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSP, deployCacheControl, fileHeaders } from '../../scripts/serve.mjs';

const SECRET = 'SECRET-OUTSIDE-THE-ROOT';
let dir;
let server;
let port;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'serve-test-'));
  const www = join(dir, 'www');
  await mkdir(join(www, 'sub'), { recursive: true });
  await mkdir(join(dir, 'www-other'));
  await writeFile(join(www, 'index.html'), '<!doctype html><title>root</title>');
  await writeFile(join(www, 'app.js'), 'export const x = 1;\n');
  await writeFile(join(www, 'app.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  await writeFile(join(www, 'style.css'), 'body { margin: 0; }\n');
  await writeFile(join(www, 'pic.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(www, '..dots.txt'), 'a name that starts with two dots, inside the root\n');
  await writeFile(join(www, 'sub', 'index.html'), '<!doctype html><title>sub</title>');
  await writeFile(join(dir, 'www-other', 'secret.txt'), SECRET);
  await writeFile(join(dir, 'secret.txt'), SECRET);
  await symlink(join(dir, 'www-other'), join(www, 'link-out'));
  server = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0', '--root', www], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = await once(server.stdout, 'data');
  port = Number(line.toString().match(/localhost:(\d+)/)[1]);
});

after(async () => {
  server?.kill();
  await rm(dir, { recursive: true, force: true });
});

/** Sends `path` exactly as written. */
function get(path, method = 'GET') {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const TRAVERSALS = [
  '/../www-other/secret.txt',
  '/..%2fwww-other/secret.txt',
  '/..%2Fwww-other%2Fsecret.txt',
  '/%2e%2e/www-other/secret.txt',
  '/%2E%2E%2Fwww-other%2Fsecret.txt',
  '/.%2e/secret.txt',
  '/sub/..%2f..%2fsecret.txt',
  '/sub/%2e%2e/%2e%2e/www-other/secret.txt',
  '/..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
  '/link-out/secret.txt',
];
const BACKSLASHES = ['/..%5cwww-other%5csecret.txt', '/%5c..%5csecret.txt', '/sub%5c..%5c..%5csecret.txt'];
const MALFORMED = ['/%', '/%zz', '/a%2', '/%E0%A4%A', '/%C0%AF', '/%FF', '/index.html%', '/%00', '/index.html%00.txt'];

test('traversal to a sibling folder with the same prefix, or above the root, is refused (403)', async () => {
  for (const path of TRAVERSALS) {
    const { status, body } = await get(path);
    assert.equal(status, 403, path);
    assert.ok(!body.toString().includes(SECRET), `${path} leaked the secret`);
  }
});

test('encoded backslashes are refused (400), never read as separators', async () => {
  for (const path of BACKSLASHES) {
    const { status, body } = await get(path);
    assert.equal(status, 400, path);
    assert.ok(!body.toString().includes(SECRET), path);
  }
});

test('malformed percent escapes and encoded NUL answer 400, not 500', async () => {
  for (const path of MALFORMED) {
    const { status, headers } = await get(path);
    assert.equal(status, 400, path);
    assert.equal(headers['x-content-type-options'], 'nosniff', path);
  }
});

test('files keep their MIME type, CSP, nosniff and no-cache', async () => {
  const cases = {
    '/': ['text/html; charset=utf-8', 'root'],
    '/index.html?utm_source=x': ['text/html; charset=utf-8', 'root'],
    '/sub/': ['text/html; charset=utf-8', 'sub'],
    '/app.js': ['text/javascript; charset=utf-8', 'export'],
    '/app.wasm': ['application/wasm', 'asm'],
    '/style.css': ['text/css; charset=utf-8', 'margin'],
    '/pic.svg': ['image/svg+xml', '<svg'],
    '/%2e%2edots.txt': ['text/plain; charset=utf-8', 'two dots'],
    '/sub/../app.js': ['text/javascript; charset=utf-8', 'export'],
  };
  for (const [path, [type, content]] of Object.entries(cases)) {
    const { status, headers, body } = await get(path);
    assert.equal(status, 200, path);
    assert.equal(headers['content-type'], type, path);
    assert.equal(headers['content-security-policy'], CSP, path);
    assert.equal(headers['x-content-type-options'], 'nosniff', path);
    assert.equal(headers['cache-control'], 'no-cache', path);
    assert.equal(Number(headers['content-length']), body.length, path);
    assert.ok(body.toString().includes(content), path);
  }
});

test('HEAD has the headers and no body; missing files are 404; other methods 405', async () => {
  const head = await get('/app.wasm', 'HEAD');
  assert.equal(head.status, 200);
  assert.equal(head.headers['content-type'], 'application/wasm');
  assert.equal(Number(head.headers['content-length']), 8);
  assert.equal(head.body.length, 0);
  assert.equal((await get('/missing.js')).status, 404);
  assert.equal((await get('/app.js/x')).status, 404);
  assert.equal((await get('/app.js', 'POST')).status, 405);
  assert.equal((await get('/favicon.ico')).status, 204);
});

test('a deploy serves content-hashed files immutable for a year, everything else no-cache', () => {
  const immutable = 'public, max-age=31536000, immutable';
  for (const file of ['pkg/apac_ai_charts.0123456789ab.js', 'pkg/apac_ai_charts_bg.fedcba987654.wasm', 'pkg/i18n/zh-Hans.00ff00ff00ff.js']) {
    assert.equal(deployCacheControl(file), immutable, file);
    assert.equal(fileHeaders(file, { deploy: true })['Cache-Control'], immutable, file);
    assert.equal(fileHeaders(file)['Cache-Control'], 'no-cache', `${file} while developing`);
  }
  // Entry points, and names that only look hashed.
  for (const file of ['embed.min.js', 'embed.html', 'index.html', 'sw.js', 'pkg/apac_ai_charts.js', 'pkg/assets.json',
    'main.js', 'static/patent-share-light-640.svg', 'pkg/x.0123456789a.js', 'pkg/x.0123456789abc.js', 'pkg/x.0123456789AB.js',
    'pkg/x.0123456789ab.json']) {
    assert.equal(deployCacheControl(file), 'no-cache', file);
  }
});
