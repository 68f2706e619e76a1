// The opt-in framework entries of the npm package (apac-ai-charts/react, /preact, /solid, /vue,
// /svelte: www/types/*.d.ts, copied into dist/ by the build) in each framework's own type checker:
// tsc --strict (the TypeScript package.json pins) over a React component, Preact and Solid JSX
// and Svelte's svelteHTML attributes; vue-tsc over a Vue single-file component, on the TypeScript
// its own test package pins (tests/types/vue-tsc/, installed by scripts/setup.sh: vue-tsc needs
// typescript/lib/tsc, which the native TypeScript 7 does not ship). The examples import the entries
// by the package's name, so TypeScript resolves them through package.json "exports" (a package may
// import itself by name). A wrong chart id must be a type error in React and in Vue. The React
// and Vue snippets of docs/frameworks.md are type-checked the same way (written into target/).
// Run after scripts/build.sh: node --test tests/types/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = join(root, 'tests/types');
const TSC = join(root, 'node_modules/.bin/tsc');
const VUE_TSC = join(here, 'vue-tsc/node_modules/.bin/vue-tsc');
const FRAMEWORKS = ['react', 'preact', 'solid', 'vue', 'svelte'];
const TSC_FLAGS = ['--noEmit', '--strict', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler',
  '--lib', 'es2022,dom,dom.iterable', '--types', '', '--pretty', 'false'];
const JSX = {
  react: ['--jsx', 'react-jsx'],
  preact: ['--jsx', 'react-jsx', '--jsxImportSource', 'preact'],
  solid: ['--jsx', 'preserve', '--jsxImportSource', 'solid-js'],
};

function check(command, args, cwd = root) {
  const run = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (run.error) throw run.error;
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}
const tsc = (file, jsx = []) => check(TSC, [...TSC_FLAGS, ...jsx, join(here, file)]);
const vueTsc = (project) => check(VUE_TSC, ['-p', project, '--pretty', 'false'], join(here, 'vue'));

test('the framework entries are built and named in package.json "exports", types only', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const framework of FRAMEWORKS) {
    assert.deepEqual(pkg.exports[`./${framework}`], { types: `./dist/${framework}.d.ts` }, framework);
    assert.ok(existsSync(join(root, 'dist', `${framework}.d.ts`)), `dist/${framework}.d.ts is missing: run scripts/build.sh`);
    assert.equal(readFileSync(join(root, 'dist', `${framework}.d.ts`), 'utf8'), readFileSync(join(root, 'www/types', `${framework}.d.ts`), 'utf8'));
  }
  assert.ok(existsSync(VUE_TSC), `${VUE_TSC} is missing: run scripts/setup.sh`);
});

test('the default types name no framework, and the framework entries list no chart id', async () => {
  // A project without React (or Vue…) must not be broken by a `declare module 'react'` it cannot resolve.
  for (const file of ['index.d.ts', 'api.d.ts', 'chart-meta.d.ts']) {
    const dts = readFileSync(join(root, 'dist', file), 'utf8');
    assert.doesNotMatch(dts, /declare module|from '(react|preact|solid-js|vue|svelte)/, file);
  }
  // The ids come from the registry, through chart-meta.d.ts.
  const { CHARTS } = await import(`data:text/javascript,${encodeURIComponent(readFileSync(join(root, 'www/chart-meta.js'), 'utf8'))}`);
  for (const file of readdirSync(join(root, 'www/types'))) {
    const dts = readFileSync(join(root, 'www/types', file), 'utf8');
    for (const id of Object.keys(CHARTS)) assert.ok(!dts.includes(id), `www/types/${file} names the chart id ${id}`);
  }
  assert.match(readFileSync(join(root, 'www/types/attributes.d.ts'), 'utf8'), /import type \{ ChartId \} from '\.\/chart-meta\.js';/);
});

test('React 19: tsc --strict accepts the component, every @ts-expect-error included', () => {
  const { status, output } = tsc('react/article.tsx', JSX.react);
  assert.equal(status, 0, `tsc rejected react/article.tsx:\n${output}`);
});

test('React 19: tsc --strict rejects a chart id with a typo, and only that', () => {
  const { status, output } = tsc('react/rejected.tsx', JSX.react);
  assert.notEqual(status, 0, 'tsc accepted <apac-ai-chart chart="patent-shares">');
  assert.match(output, /rejected\.tsx\(6,\d+\): error TS2820: Type '"patent-shares"' is not assignable to type 'ChartId'/);
  assert.equal(output.match(/error TS/g).length, 1, `one error only:\n${output}`);
});

for (const framework of ['preact', 'solid']) {
  test(`${framework}: tsc --strict accepts its JSX and rejects a wrong chart id`, () => {
    const { status, output } = tsc(`${framework}/article.tsx`, JSX[framework]);
    assert.equal(status, 0, `tsc rejected ${framework}/article.tsx:\n${output}`);
  });
}

test("svelte: the attributes join Svelte's svelteHTML.IntrinsicElements, and a wrong chart id is rejected", () => {
  const { status, output } = tsc('svelte/attributes.ts');
  assert.equal(status, 0, `tsc rejected svelte/attributes.ts:\n${output}`);
});

test('Vue 3: vue-tsc accepts the single-file component, every @vue-expect-error included', () => {
  const { status, output } = vueTsc('tsconfig.json');
  assert.equal(status, 0, `vue-tsc rejected vue/Article.vue:\n${output}`);
});

test('Vue 3: vue-tsc rejects a chart id with a typo, and only that', () => {
  const { status, output } = vueTsc('tsconfig.rejected.json');
  assert.notEqual(status, 0, 'vue-tsc accepted <apac-ai-chart chart="patent-shares">');
  assert.match(output, /Rejected\.vue\(9,\d+\): error TS2820: Type '"patent-shares"' is not assignable to type 'ChartId'/);
  assert.equal(output.match(/error TS/g).length, 1, `one error only:\n${output}`);
});

/** The first ```lang block after the line `heading` in docs/frameworks.md. */
function docSnippet(heading, lang) {
  const doc = readFileSync(join(root, 'docs/frameworks.md'), 'utf8');
  const start = doc.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `docs/frameworks.md has "${heading}"`);
  const block = doc.slice(start).match(new RegExp('```' + lang + '\\n([\\s\\S]*?)```'));
  assert.ok(block, `a ${lang} block under "${heading}"`);
  return block[1];
}

test('docs/frameworks.md: the React snippet type-checks under tsc, the Vue snippet under vue-tsc', () => {
  // In target/, inside this package, so that the snippets import it by name as a user's code does.
  const out = join(root, 'target/doc-snippets');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'chart.tsx'), docSnippet('## React and Next.js', 'tsx'));
  const react = check(TSC, [...TSC_FLAGS, ...JSX.react, join(out, 'chart.tsx')]);
  assert.equal(react.status, 0, `tsc rejected the React snippet:\n${react.output}`);
  writeFileSync(join(out, 'Chart.vue'), docSnippet('## Vue and Nuxt', 'vue'));
  writeFileSync(join(out, 'tsconfig.json'), JSON.stringify({ extends: '../../tests/types/vue/tsconfig.json', files: ['Chart.vue'] }));
  const vue = check(VUE_TSC, ['-p', join(out, 'tsconfig.json'), '--pretty', 'false'], out);
  assert.equal(vue.status, 0, `vue-tsc rejected the Vue snippet:\n${vue.output}`);
});
