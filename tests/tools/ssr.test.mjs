// Importing the element where there is no browser (server-side rendering in Node) is harmless:
// nothing touches window, document or customElements until an element connects. Needs the
// release build (scripts/build.sh): it imports www/embed.min.js as shipped, and the readable entry.
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('importing embed.min.js in Node defines nothing and throws nothing', async () => {
  assert.equal(typeof globalThis.window, 'undefined');
  const before = Object.keys(globalThis).sort();
  await import('../../www/embed.min.js');
  assert.deepEqual(Object.keys(globalThis).sort(), before, 'no globals');
  assert.equal(typeof globalThis.customElements, 'undefined');
});
