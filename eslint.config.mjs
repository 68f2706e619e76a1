// The JavaScript lint (scripts/test.sh runs `eslint`; `npx eslint --fix` fixes what it can):
// ESLint's recommended rules and a few house rules over the page and the element (www/), the page
// tests (tests/e2e/, tests/package/, tests/frameworks/), the build scripts (scripts/) and the benchmark (bench/). Generated and built files are not linted:
// www/i18n/*.js and www/chart-meta.js (`cargo run --bin render-static`), and what the build
// (scripts/build.mjs) writes: target/ (the deploy, its sw.js from scripts/sw.template.js, which is
// linted) and dist/ (the npm package).
import js from '@eslint/js';
import globals from 'globals';

export default [
  {
    ignores: ['**/node_modules/', 'target/', 'bench/dist/', 'www/i18n/', 'www/chart-meta.js', 'dist/'],
  },
  js.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { ecmaVersion: 2025, sourceType: 'module' },
    rules: {
      eqeqeq: 'error',
      'no-var': 'error',
      'prefer-const': 'error',
      'no-shadow': 'error',
      'no-implicit-globals': 'error',
      'no-unused-vars': ['error', { caughtErrors: 'none' }],
    },
  },
  {
    files: ['www/**/*.js', 'bench/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The hosted iframe resizer: a classic script on the host's page (defines no globals: an IIFE).
    files: ['www/embed-resize.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
  },
  {
    // The service worker's template: worker globals, and the placeholder scripts/build/worker.mjs fills.
    files: ['scripts/sw.template.js'],
    // A classic script: its top-level functions live in the worker's own global scope, which no
    // other code shares, so no-implicit-globals does not apply.
    languageOptions: { sourceType: 'script', globals: { ...globals.serviceworker, __BUILD__: 'readonly' } },
    rules: { 'no-implicit-globals': 'off' },
  },
  {
    // The element: one job per module (see each file's opening comment), texts never as HTML.
    files: ['www/embed.js', 'www/src/**/*.js'],
    rules: {
      'max-lines': ['error', { max: 250, skipBlankLines: true, skipComments: true }],
      'no-restricted-properties': [
        'error',
        ...['innerHTML', 'outerHTML', 'insertAdjacentHTML'].map((property) => ({
          property,
          message: 'Build DOM nodes and set textContent: the element never parses HTML strings.',
        })),
        { object: 'document', property: 'write', message: 'The element never writes HTML.' },
      ],
    },
  },
  {
    // Node scripts; the page tests also hand functions to the browser (page.evaluate).
    files: ['scripts/**/*.mjs', 'tests/e2e/**/*.mjs', 'tests/tools/**/*.mjs', 'tests/types/**/*.mjs', 'tests/package/**/*.mjs',
      'tests/frameworks/**/*.mjs', 'bench/**/*.mjs', 'eslint.config.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The framework tests' apps (React's JSX, Vue's entry), rendered on the server and in the browser.
    files: ['tests/frameworks/**/*.jsx', 'tests/frameworks/**/*.js'],
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } }, globals: { ...globals.node, ...globals.browser } },
  },
];
