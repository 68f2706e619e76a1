// Short names for the wasm's imports, renamed in the wasm and in the glue together (a step of the
// build stage, scripts/build.mjs, in memory, before the pair is hashed).
// wasm-bindgen names each import after what it calls plus 16 hex digits of a hash
// (`__wbg_fillText_89d353a9ad9f4a1a`), and each name is written twice: in the wasm's import
// section and as a key of the glue's import object. Those ~70 names are ~5 KB of text whose
// hashes gzip cannot shrink. Here each becomes a one- or two-letter name (`a`, `b`, … `aZ`), and
// their module (`./apac_ai_charts_bg.js`, also written once per import) becomes `a`, in both
// files at once, so the pair stays consistent. The glue's own code never calls an import by name
// (only the wasm does), and each old name is matched whole, once per file, or the build fails.
// tests/tools/build.test.mjs instantiates the real renamed pair.

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
  // Sections are kept as chunks and joined once: spreading a large section's bytes into an array
  // would pass each byte as an argument and overflow the call stack.
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

/** The wasm's imports from `module` (the glue's own module name, `./<name>_bg.js`) and the glue's
 *  keys for them, renamed together: returns { wasm, glue, renamed }. The result is compiled and
 *  every import it asks of the glue is checked to be a key of the renamed glue. */
export function shortenImports(wasm, glue, module) {
  // The import object holds only these names (and `__proto__`), so short names cannot collide.
  // The module's own name, a key of the glue's imports object, becomes "a" too.
  let n = 0;
  const result = renameImports(wasm, module, () => shortName(n++), 'a');
  const moduleKey = JSON.stringify(module);
  if (glue.split(moduleKey).length !== 2) throw new Error(`glue: ${moduleKey} found ${glue.split(moduleKey).length - 1} times, expected once`);
  const renamedGlue = renameInGlue(glue.replace(moduleKey, '"a"'), result.renamed);
  for (const { name } of WebAssembly.Module.imports(new WebAssembly.Module(result.wasm)).filter((i) => i.module === 'a')) {
    if (!new RegExp(`(?<![\\w$])${name}:`).test(renamedGlue)) throw new Error(`glue: no key for import ${name}`);
  }
  return { wasm: result.wasm, glue: renamedGlue, renamed: result.renamed };
}
