// The build's short names for the wasm's imports (scripts/build/wasm-imports.mjs): on a made-up
// wasm and glue, the pair is renamed together and still instantiates; a glue whose names are not
// each found exactly once is refused; a truncated wasm is an error. (tests/tools/build.test.mjs
// instantiates the real build's renamed pair.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renameImports, renameInGlue, shortName, shortenImports, toLeb as leb } from '../../scripts/build/wasm-imports.mjs';

const MODULE = './apac_ai_charts_bg.js';
const LONG = ['__wbg_fillText_89d353a9ad9f4a1a', '__wbg_moveTo_b4cd3b0b7e1585a5'];

/** A wasm importing LONG from MODULE (functions of type () -> ()) and a memory from "env". */
function tinyWasm() {
  const str = (s) => [...leb(Buffer.byteLength(s)), ...Buffer.from(s)];
  const imports = [
    ...LONG.flatMap((name) => [...str(MODULE), ...str(name), 0x00, 0x00]),
    ...str('env'), ...str('memory'), 0x02, 0x01, 0x01, 0x02, // memory, limits min 1 max 2
  ];
  const importSection = [3, ...imports];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    0x01, 0x04, 0x01, 0x60, 0x00, 0x00, // type section: () -> ()
    0x02, ...leb(importSection.length), ...importSection,
  ]);
}

const GLUE = `function O(){return{__proto__:null,"${MODULE}":{__proto__:null,${LONG[0]}:function(){calls.push('fillText')},${LONG[1]}:function(){}}}}`;

test('short names: a…z, A…Z, then two letters, all distinct', () => {
  const names = Array.from({ length: 200 }, (_, i) => shortName(i));
  assert.deepEqual(names.slice(0, 3), ['a', 'b', 'c']);
  assert.equal(names[52], 'aa');
  assert.equal(new Set(names).size, 200);
  assert.ok(names.every((n) => /^[A-Za-z]{1,2}$/.test(n)));
});

test('the wasm and the glue are renamed together and still instantiate', async () => {
  let n = 0;
  const { wasm, renamed } = renameImports(tinyWasm(), MODULE, () => shortName(n++));
  assert.deepEqual(renamed, [[LONG[0], 'a'], [LONG[1], 'b']]);
  const module = new WebAssembly.Module(wasm);
  assert.deepEqual(WebAssembly.Module.imports(module).map((i) => `${i.module} ${i.name} ${i.kind}`),
    [`${MODULE} a function`, `${MODULE} b function`, 'env memory memory'], 'other modules keep their names');
  const glue = renameInGlue(GLUE, renamed);
  assert.doesNotMatch(glue, /__wbg_/);
  const calls = [];
  const imports = new Function('calls', `${glue}; return O();`)(calls);
  imports.env = { memory: new WebAssembly.Memory({ initial: 1, maximum: 2 }) };
  await WebAssembly.instantiate(module, imports);
});

test('sections of any size are copied whole (a 1 MB custom section)', () => {
  const tiny = tinyWasm();
  const payload = Buffer.alloc(1 << 20, 7);
  const name = [...leb(4), ...Buffer.from('big!')];
  const custom = Uint8Array.from([0x00, ...leb(name.length + payload.length), ...name]);
  const big = new Uint8Array(Buffer.concat([tiny, custom, payload]));
  let n = 0;
  const { wasm } = renameImports(big, MODULE, () => shortName(n++));
  const module = new WebAssembly.Module(wasm);
  assert.deepEqual(WebAssembly.Module.imports(module).map((i) => i.name), ['a', 'b', 'memory']);
  const [section] = WebAssembly.Module.customSections(module, 'big!');
  assert.ok(section.byteLength === payload.length && Buffer.from(section).equals(payload), 'the big section, unchanged');
});

test('a glue where an old name is missing or found twice is refused', () => {
  assert.throws(() => renameInGlue(GLUE.replace(LONG[0], 'x'), [[LONG[0], 'a']]), /found 0 times, expected once/);
  assert.throws(() => renameInGlue(`${GLUE};${LONG[0]}`, [[LONG[0], 'a']]), /found 2 times/);
  // A longer name that merely contains an old one is another word.
  assert.equal(renameInGlue(`${LONG[0]}:1,${LONG[0]}_x:2`, [[LONG[0], 'a']]), `a:1,${LONG[0]}_x:2`);
});

test('a truncated wasm is an error, not a broken pair', () => {
  const wasm = tinyWasm();
  assert.throws(() => shortenImports(wasm.subarray(0, wasm.length - 3), GLUE, MODULE), /wasm:/);
});

test('the pair is checked as a whole: every import the renamed wasm asks for is a key of the renamed glue', async () => {
  const { wasm, glue, renamed } = shortenImports(tinyWasm(), GLUE, MODULE);
  assert.deepEqual(renamed.map(([, next]) => next), ['a', 'b']);
  assert.match(glue, /"a":\{__proto__:null,a:function/);
  const calls = [];
  const imports = new Function('calls', `${glue}; return O();`)(calls);
  imports.env = { memory: new WebAssembly.Memory({ initial: 1, maximum: 2 }) };
  await WebAssembly.instantiate(new WebAssembly.Module(wasm), imports);
});
