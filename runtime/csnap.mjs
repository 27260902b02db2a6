// The calculators' memory snapshot in its shipped form ("csnap"), shared by the build (scripts/snapshot.mjs),
// the worker and the Node test. A Pyodide snapshot is a header followed by the whole wasm memory (30 MiB); most
// of that memory is either zero or the static data that the wasm file itself carries. The csnap keeps only what
// differs:
//   memory XOR data   where data = the memory laid out by the wasm file's active data segments, which the worker
//                     reads from the same wasm bytes Pyodide compiles (so both sides start from one file)
//   split in pages    only the pages that are not all zero are stored, with a bitmap saying which
// Layout (little-endian u32 words, then bytes):
//   magic "csn1", page size, memory bytes, data bytes, Pyodide header bytes, page count, data hash, memory hash;
//   Pyodide's snapshot header; the page bitmap (u32 words); the stored pages in order.
// The data hash proves the wasm is the build's; the memory hash proves the decoded memory is the one the build
// snapshotted. Any mismatch means: boot without it.

export const MAGIC = 0x316e7363; // "csn1"
const WORDS = 8;

export function hash32(bytes) {
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 2);
  let h = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i], 0x01000193) >>> 0;
  return h >>> 0;
}

// The memory the wasm file's active data segments lay out (what every engine starts from), ``pageSize``-padded.
export function dataImage(wasm, pageSize = 4096) {
  let at = 8;
  const leb = () => {
    let value = 0;
    let scale = 1;
    let byte;
    do {
      byte = wasm[at++];
      value += (byte & 0x7f) * scale;
      scale *= 128;
    } while (byte & 0x80);
    return value;
  };
  const segments = [];
  while (at < wasm.length) {
    const id = wasm[at++];
    const size = leb();
    const end = at + size;
    if (id === 11) {
      for (let n = leb(); n > 0; n--) {
        const flags = leb();
        if (flags === 1) throw new Error("wasm: a passive data segment, not expected in this Pyodide");
        if (flags === 2) leb();
        if (wasm[at++] !== 0x41) throw new Error("wasm: a data segment whose offset is not a constant");
        const offset = leb();
        if (wasm[at++] !== 0x0b) throw new Error("wasm: a data segment offset without its end");
        const length = leb();
        segments.push([offset, wasm.subarray(at, at + length)]);
        at += length;
      }
    }
    at = end;
  }
  const top = Math.max(0, ...segments.map(([offset, bytes]) => offset + bytes.length));
  const image = new Uint8Array(Math.ceil(top / pageSize) * pageSize);
  for (const [offset, bytes] of segments) image.set(bytes, offset);
  return image;
}

// Build side: the csnap of ``snapshot`` (Pyodide's header + memory) against ``data`` (dataImage of the wasm).
export function encode(snapshot, data, pageSize = 4096) {
  const memBytes = 31457280;
  const headerBytes = snapshot.length - memBytes;
  if (headerBytes <= 0 || headerBytes % 4 || memBytes % pageSize || data.length % pageSize) {
    throw new Error(`csnap: unexpected sizes (snapshot ${snapshot.length}, data ${data.length})`);
  }
  const memory = snapshot.subarray(headerBytes);
  const delta = new Uint8Array(memory);
  for (let i = 0; i < data.length; i++) delta[i] ^= data[i];
  const nPages = memBytes / pageSize;
  const bitmap = new Uint32Array(Math.ceil(nPages / 32));
  const kept = [];
  for (let p = 0; p < nPages; p++) {
    const page = delta.subarray(p * pageSize, (p + 1) * pageSize);
    if (page.some((b) => b !== 0)) {
      bitmap[p >>> 5] |= 1 << (p & 31);
      kept.push(page);
    }
  }
  const out = new Uint8Array(WORDS * 4 + headerBytes + bitmap.byteLength + kept.length * pageSize);
  new Uint32Array(out.buffer, 0, WORDS).set([MAGIC, pageSize, memBytes, data.length, headerBytes, nPages, hash32(data), hash32(memory)]);
  out.set(snapshot.subarray(0, headerBytes), WORDS * 4);
  out.set(new Uint8Array(bitmap.buffer), WORDS * 4 + headerBytes);
  let at = WORDS * 4 + headerBytes + bitmap.byteLength;
  for (const page of kept) {
    out.set(page, at);
    at += pageSize;
  }
  return { csnap: out, pages: kept.length };
}

// The csnap's header words, checked: throws unless it is a csnap.
export function describe(csnap) {
  if (csnap.byteLength < WORDS * 4) throw new Error("csnap: too short");
  const words = new Uint32Array(csnap.buffer.slice(csnap.byteOffset, csnap.byteOffset + WORDS * 4));
  const [magic, pageSize, memBytes, dataBytes, headerBytes, nPages, dataHash, memoryHash] = words;
  if (magic !== MAGIC) throw new Error("csnap: not a csnap file");
  if (headerBytes % 4 || pageSize % 4 || nPages * pageSize !== memBytes) throw new Error("csnap: inconsistent header");
  return { pageSize, memBytes, dataBytes, headerBytes, nPages, dataHash, memoryHash, total: headerBytes + memBytes };
}

// Worker side, step 1 (while the runtime instantiates): lay the stored pages into ``full`` (Pyodide's header +
// memory, zero-filled, ``describe(csnap).total`` bytes). The result is still the delta against the data.
export function expand(csnap, full) {
  const d = describe(csnap);
  if (full.length !== d.total) throw new Error("csnap: wrong target size");
  full.set(csnap.subarray(WORDS * 4, WORDS * 4 + d.headerBytes), 0);
  const bitmapAt = WORDS * 4 + d.headerBytes;
  const bitmapBytes = Math.ceil(d.nPages / 32) * 4;
  if (csnap.length < bitmapAt + bitmapBytes) throw new Error("csnap: truncated");
  const bitmap = new Uint32Array(csnap.buffer.slice(csnap.byteOffset + bitmapAt, csnap.byteOffset + bitmapAt + bitmapBytes));
  let at = bitmapAt + bitmapBytes;
  for (let p = 0; p < d.nPages; p++) {
    if (bitmap[p >>> 5] & (1 << (p & 31))) {
      if (at + d.pageSize > csnap.length) throw new Error("csnap: truncated");
      full.set(csnap.subarray(at, at + d.pageSize), d.headerBytes + p * d.pageSize);
      at += d.pageSize;
    }
  }
  if (at !== csnap.length) throw new Error("csnap: trailing bytes");
  return d;
}

// Worker side, step 2 (once the wasm bytes are in): XOR the data back in and check both hashes.
export function restoreData(d, full, data) {
  if (data.length !== d.dataBytes || hash32(data) !== d.dataHash) throw new Error("csnap: made for another wasm file");
  const mem = new Uint32Array(full.buffer, full.byteOffset + d.headerBytes, d.dataBytes >>> 2);
  const img = new Uint32Array(data.buffer, data.byteOffset, d.dataBytes >>> 2);
  for (let i = 0; i < img.length; i++) mem[i] ^= img[i];
  if (hash32(full.subarray(d.headerBytes)) !== d.memoryHash) throw new Error("csnap: decoded memory differs from the build's");
}
