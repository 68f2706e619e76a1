#!/usr/bin/env node
// Runs before `npm pack` / `npm publish` (package.json "prepack"): refuses to pack a package whose
// version is not the crate's (Cargo.toml) or whose dist/ (written by scripts/build.mjs, which
// scripts/build.sh runs) is missing a file that package.json "exports" names; `npm publish` also needs
// package.json "repository", which this checkout cannot know (it has no public remote): a maintainer
// sets it once, and until then `npm pack` works and `npm publish` refuses.
import { access, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The `version` of Cargo.toml's [package] table. */
export function cargoVersion(toml) {
  const table = toml.split(/^\[/m).find((t) => t.startsWith('package]'));
  const version = table?.match(/^version\s*=\s*"([^"]+)"/m)?.[1];
  if (!version) throw new Error('Cargo.toml: no [package] version');
  return version;
}

/** Problems with the package at ROOT, as sentences (none: ready to pack). */
export async function packageProblems(root = ROOT) {
  const pkg = JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8'));
  const problems = [];
  const crate = cargoVersion(await readFile(resolve(root, 'Cargo.toml'), 'utf8'));
  if (pkg.version !== crate) problems.push(`package.json version ${pkg.version} is not Cargo.toml's ${crate}`);
  const targets = Object.values(pkg.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e)));
  for (const target of [...targets.map((t) => t.replace('*', 'en')), pkg.customElements]) {
    await access(resolve(root, target)).catch(() => problems.push(`${target} is missing: run scripts/build.sh`));
  }
  return problems;
}

/** What stops `npm publish` beyond packageProblems(): no https repository URL (null: nothing). */
export function repositoryProblem(pkg) {
  const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  if (!url) return 'package.json has no "repository": set it to the public repository (git+https://…) before publishing';
  if (!/^(git\+)?https:\/\/[^\s/]+\/\S+$/.test(url)) return `package.json repository.url ${JSON.stringify(url)} is not an https URL`;
  return null;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const problems = await packageProblems();
  if (process.env.npm_command === 'publish') {
    const repository = repositoryProblem(JSON.parse(await readFile(resolve(ROOT, 'package.json'), 'utf8')));
    if (repository) problems.push(repository);
  }
  if (problems.length > 0) {
    console.error(`cannot pack apac-ai-charts:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
}
