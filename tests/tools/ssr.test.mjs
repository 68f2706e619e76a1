// Importing the element where there is no browser (server-side rendering in Node) is harmless:
// nothing touches window, document or customElements until an element connects. Needs the
// release build (scripts/build.sh): it imports target/site/embed.min.js as shipped, and the npm package's
// entries in dist/ (tests/package/ imports them again from an installed tarball).
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('importing embed.min.js in Node defines nothing and throws nothing', async () => {
  assert.equal(typeof globalThis.window, 'undefined');
  const before = Object.keys(globalThis).sort();
  await import('../../target/site/embed.min.js');
  assert.deepEqual(Object.keys(globalThis).sort(), before, 'no globals');
  assert.equal(typeof globalThis.customElements, 'undefined');
});

test("importing the npm package's entries (dist/) in Node defines nothing and throws nothing", async () => {
  const before = Object.keys(globalThis).sort();
  await import('../../dist/index.js');
  const api = await import('../../dist/api.js');
  await import('../../dist/i18n/zh-Hans.js');
  const pictures = await import('../../dist/pictures.js');
  assert.deepEqual(Object.keys(globalThis).sort(), before, 'no globals');
  assert.equal(typeof globalThis.customElements, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof api.render, 'function');
  assert.deepEqual(Object.keys(pictures).sort(), ['CHARTS', 'pictureHtml']);
  await assert.rejects(Promise.resolve().then(() => api.render(null, 'patent-share')), { code: 'INSTANCE_LOST' }, 'no instance before init()');
});
