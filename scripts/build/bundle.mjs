// esbuild, set up once for every JavaScript the build writes (the element's bundle, the API entry,
// the npm package's entries, the glue): ES2022 for the browsers the element already needs (private
// class fields, `??=`, popover), nothing down-levelled; ES modules; no legal comments. Property
// names are never mangled: the DOM and the glue's wasm imports are looked up by name.
// The element's stylesheet (www/src/styles.css) is imported as a CSS module script
// (`with { type: 'css' }`) so that the readable source loads unbundled; bundled, it becomes its
// text minified by esbuild's CSS minifier (only whitespace, colour spellings and quotes change:
// tests/e2e/embed.test.mjs compares the parsed rules of both).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { build, transform, transformSync } from 'esbuild';

/** The settings every bundle shares. */
export const COMMON = { bundle: true, format: 'esm', target: 'es2022', legalComments: 'none', logLevel: 'warning', charset: 'utf8' };

/** esbuild plugin: a .css import becomes its minified text. */
export const cssAsMinifiedText = {
  name: 'css-as-minified-text',
  setup(b) {
    b.onLoad({ filter: /\.css$/ }, (args) => {
      const css = readFileSync(args.path, 'utf8');
      return { contents: transformSync(css, { loader: 'css', minify: true, logLevel: 'error' }).code.trim(), loader: 'text' };
    });
  },
};

/** Bundles `options` (an entry point or stdin) in memory; returns the output's text. */
export async function bundle(options) {
  const { outputFiles } = await build({ ...COMMON, minify: true, write: false, outdir: '/', ...options });
  if (outputFiles.length !== 1) throw new Error(`expected one output, got ${outputFiles.map((f) => f.path)}`);
  return outputFiles[0].text;
}

/** `source`, one ES module, minified on its own (no bundling). */
export async function minify(source) {
  const { code } = await transform(source, { loader: 'js', minify: true, format: 'esm', target: COMMON.target,
    legalComments: 'none', logLevel: 'warning', charset: 'utf8' });
  return code;
}

/** An esbuild plugin serving `modules` (an absolute path → source) from memory. */
export function inMemory(modules) {
  return {
    name: 'apac-ai-charts-in-memory',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        const path = args.path.startsWith('.') ? resolve(args.resolveDir, args.path) : args.path;
        return Object.hasOwn(modules, path) ? { path, namespace: 'in-memory' } : undefined;
      });
      b.onLoad({ filter: /.*/, namespace: 'in-memory' }, (args) => ({
        contents: modules[args.path], loader: args.path.endsWith('.json') ? 'json' : 'js', resolveDir: dirname(args.path),
      }));
    },
  };
}
