#!/usr/bin/env node
// Build step (scripts/build.sh, after the glue is minified, before the files are hashed): gives
// the wasm's imports short names, in the wasm and in the glue alike.
// wasm-bindgen names each import after what it calls plus 16 hex digits of a hash
// (`__wbg_fillText_89d353a9ad9f4a1a`), and each name is written twice: in the wasm's import
// section and as a key of the glue's import object. 72 such names are ~5 KB of text whose hashes
// gzip cannot shrink. Here each becomes a one- or two-letter name (`a`, `b`, … `aZ`), and their
// module (`./apac_ai_charts_bg.js`, also written once per import) becomes `a`, renamed in both
// files together, so the pair stays consistent; deploy-names.mjs then hashes the pair, so a
// glue never meets another build's wasm. The glue's own code never calls an import by name (only
// the wasm does), and each old name is matched whole, once per file, or the build fails.
// Usage: node scripts/short-imports.mjs [--pkg DIR]   (default www/pkg)
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const GLUE = 'apac_ai_charts.js';
const WASM = 'apac_ai_charts_bg.wasm';

/** Reads an unsigned LEB128 at `at`; returns [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at];
    if (byte === undefined) throw new Error('wasm: truncated LEB128');
    at += 1;
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** `value` as unsigned LEB128 bytes. */
export function toLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

/** Where an import's descriptor (after its two names) ends. */
function descriptorEnd(bytes, at) {
  const kind = bytes[at];
  at += 1;
  const limits = (p) => {
    const flags = bytes[p];
    let q = leb(bytes, p + 1)[1];
    if (flags & 1) q = leb(bytes, q)[1];
    return q;
  };
  switch (kind) {
    case 0: return leb(bytes, at)[1]; // function: type index
    case 1: return limits(at + 1); // table: reference type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return leb(bytes, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`wasm: unknown import kind ${kind}`);
  }
}

/** The n-th short name: a…z, A…Z, then two letters. */
export function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return n < letters.length ? letters[n] : letters[Math.floor(n / letters.length) - 1] + letters[n % letters.length];
}

/** `wasm` (bytes) with every import of `module` renamed by `rename(name)`, and `module` itself
 *  renamed to `newModule` (default: kept); returns { wasm, renamed: [[old, new], …] }. Other
 *  sections are copied unchanged. */
export function renameImports(wasm, module, rename, newModule = module) {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const encode = (s) => [...toLeb(Buffer.byteLength(s)), ...Buffer.from(s)];
  // Sections are copied as slices and joined once: spreading a section's bytes into push() would
  // pass each byte as an argument, past the stack's limit for a code section of 100 KB or so.
  const out = [wasm.subarray(0, 8)];
  const renamed = [];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = leb(wasm, at + 1);
    const end = start + size;
    if (id !== 2) {
      out.push(wasm.subarray(at, end));
      at = end;
      continue;
    }
    const [count, first] = leb(wasm, start);
    const body = [...toLeb(count)];
    let p = first;
    for (let i = 0; i < count; i += 1) {
      const [moduleLength, moduleAt] = leb(wasm, p);
      const moduleName = utf8.decode(wasm.subarray(moduleAt, moduleAt + moduleLength));
      const [nameLength, nameAt] = leb(wasm, moduleAt + moduleLength);
      const name = utf8.decode(wasm.subarray(nameAt, nameAt + nameLength));
      const descriptorAt = nameAt + nameLength;
      const descriptor = wasm.subarray(descriptorAt, descriptorEnd(wasm, descriptorAt));
      const next = moduleName === module ? rename(name) : name;
      if (next !== name) renamed.push([name, next]);
      body.push(...encode(moduleName === module ? newModule : moduleName), ...encode(next), ...descriptor);
      p = descriptorAt + descriptor.length;
    }
    if (p !== end) throw new Error('wasm: import section length mismatch');
    out.push(Uint8Array.from([2, ...toLeb(body.length), ...body]));
    at = end;
  }
  return { wasm: new Uint8Array(Buffer.concat(out)), renamed };
}

/** `glue` with each old import name (a whole word, found exactly once) replaced by its new one. */
export function renameInGlue(glue, renamed) {
  let text = glue;
  for (const [old, next] of renamed) {
    const word = new RegExp(`(?<![\\w$])${old.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    const found = text.match(word)?.length ?? 0;
    if (found !== 1) throw new Error(`glue: import ${old} found ${found} times, expected once`);
    text = text.replace(word, next);
  }
  return text;
}

/** Renames the imports of the wasm and glue in `pkg`; returns the number renamed. */
export async function shortenImports(pkg) {
  const wasmPath = join(pkg, WASM);
  const gluePath = join(pkg, GLUE);
  const wasm = await readFile(wasmPath);
  const glue = await readFile(gluePath, 'utf8');
  const module = `./${WASM.replace(/\.wasm$/, '.js')}`;
  // The import object holds only these names (and `__proto__`), so short names cannot collide.
  // The module's own name, a key of the glue's imports object, becomes "a" too.
  let n = 0;
  const result = renameImports(wasm, module, () => shortName(n++), 'a');
  const moduleKey = JSON.stringify(module);
  if (glue.split(moduleKey).length !== 2) throw new Error(`glue: ${moduleKey} found ${glue.split(moduleKey).length - 1} times, expected once`);
  const renamedGlue = renameInGlue(glue.replace(moduleKey, '"a"'), result.renamed);
  // Compiles, and imports exactly the names the glue now provides.
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(result.wasm));
  for (const { name } of imports) {
    if (!new RegExp(`(?<![\\w$])${name}:`).test(renamedGlue)) throw new Error(`glue: no key for import ${name}`);
  }
  await writeFile(wasmPath, result.wasm);
  await writeFile(gluePath, renamedGlue);
  return result.renamed.length;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const i = process.argv.indexOf('--pkg');
  const pkg = i > 0 ? resolve(process.argv[i + 1]) : resolve('www/pkg');
  const count = await shortenImports(pkg);
  console.log(`short import names: ${count} renamed in ${WASM} and ${GLUE}`);
}
