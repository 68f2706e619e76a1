#!/usr/bin/env node
// Build step (scripts/build.sh): bundles the element, www/embed.js with its modules in www/src/,
// chart-meta.js and i18n/en.js, into one minified www/embed.min.js beside it, so its runtime
// imports relative to import.meta.url (pkg/ glue, other languages' i18n/*.js, static/) still
// resolve and stay separate files.
// The stylesheet, www/src/styles.css, is imported as a CSS module script (`with { type: 'css' }`)
// so that the readable source loads unbundled; here it is minified by esbuild's CSS minifier and
// inlined as text (esbuild's text loader). Only whitespace, colour spellings and quotes change;
// selectors such as `.frame :focus-visible` and `:host(…)`, and the @media rules, keep their
// meaning (tests/e2e/embed.test.mjs compares the parsed rules of both).
// ES2022 for the browsers the element already needs (private class fields, `??=`, popover);
// nothing down-levelled. Property names are never mangled: the DOM is looked up by name.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, transformSync } from 'esbuild';

/** esbuild plugin: a .css import becomes its minified text (also used by scripts/build-npm.mjs). */
export const cssAsMinifiedText = {
  name: 'css-as-minified-text',
  setup(b) {
    b.onLoad({ filter: /\.css$/ }, (args) => {
      const css = readFileSync(args.path, 'utf8');
      return { contents: transformSync(css, { loader: 'css', minify: true, logLevel: 'error' }).code.trim(), loader: 'text' };
    });
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await bundleEmbed();
}

async function bundleEmbed() {
  await build({
    entryPoints: ['www/embed.js'],
    outfile: 'www/embed.min.js',
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [cssAsMinifiedText],
  });
}
