// Shared by the framework tests: the npm package as a user gets it (`npm pack` after
// scripts/build.sh, installed offline from the tarball into a new project in a temp folder), with
// the framework linked in from this repository's node_modules (the versions package.json pins),
// and a server for the built page with scripts/serve.mjs's headers (strict CSP).
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createHandler } from '../../scripts/serve.mjs';

const run = promisify(execFile);
export const ROOT = new URL('../../', import.meta.url).pathname;

/** A new project in a temp folder with the packed package installed and `frameworks` (package
 *  names) linked from the repository's node_modules. Resolves to its folder. */
export async function project(name, frameworks) {
  const dir = await mkdtemp(join(tmpdir(), `apac-${name}-`));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, maxBuffer: 1 << 24 });
  const [packed] = JSON.parse(stdout.slice(stdout.indexOf('[')));
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: `${name}-app`, private: true, type: 'module' }));
  await run('npm', ['install', join(dir, packed.filename), '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir });
  for (const framework of frameworks) {
    const link = join(dir, 'node_modules', framework);
    await mkdir(join(link, '..'), { recursive: true });
    await symlink(join(ROOT, 'node_modules', framework), link, 'dir');
  }
  return dir;
}

/** Serves `dir` as scripts/serve.mjs does (MIME types, the strict CSP); resolves to { server, origin }. */
export async function serve(dir) {
  const server = createServer(createHandler({ root: dir }));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}
