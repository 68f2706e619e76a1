#!/usr/bin/env node
// Build step (scripts/build.sh): reads www/embed.js on stdin and writes it to stdout with its
// `const STYLES = `…`` stylesheet minified by esbuild's CSS minifier (a JS minifier leaves the
// inside of a string alone). Only whitespace, colour spellings and quotes change; selectors such
// as `.frame :focus-visible` and `:host(…)`, and the @media rules, keep their meaning.
// Fails rather than guess if STYLES is not one plain template literal.
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const source = readFileSync(0, 'utf8');
const pattern = /const STYLES = `([^`$\\]*)`;/g;
const matches = [...source.matchAll(pattern)];
if (matches.length !== 1) {
  throw new Error(`compact-styles: expected one plain \`const STYLES = \`…\`;\` in embed.js, found ${matches.length}`);
}
const css = transformSync(matches[0][1], { loader: 'css', minify: true, logLevel: 'error' }).code.trim();
process.stdout.write(source.replace(pattern, () => `const STYLES = ${JSON.stringify(css)};`));
