/**
 * A CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320, as zip uses) of some bytes, as an
 * unsigned 32-bit number. Node's `zlib.crc32` (Node ≥ 20.15) has this shape as it is.
 */
export type Crc32 = (data: Uint8Array) => number;

/**
 * Four tables of CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320) remainders, made on first
 * use: the first for one byte, each next for a byte one position further back, so that four bytes
 * are taken at once ("slicing by four").
 */
let tables: [Int32Array, Int32Array, Int32Array, Int32Array] | undefined;

function makeTables(): [Int32Array, Int32Array, Int32Array, Int32Array] {
  const made = [new Int32Array(256), new Int32Array(256), new Int32Array(256), new Int32Array(256)] as const;
  const [t0, t1, t2, t3] = made;
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t0[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    const c0 = t0[n] as number;
    const c1 = (t0[c0 & 0xff] as number) ^ (c0 >>> 8);
    const c2 = (t0[c1 & 0xff] as number) ^ (c1 >>> 8);
    t1[n] = c1;
    t2[n] = c2;
    t3[n] = (t0[c2 & 0xff] as number) ^ (c2 >>> 8);
  }
  return [t0, t1, t2, t3];
}

/** The CRC-32 (IEEE 802.3) of bytes, as zip files record it for each file. */
export function crc32(bytes: Uint8Array): number {
  if (!tables) tables = makeTables();
  const [t0, t1, t2, t3] = tables;
  const n = bytes.length;
  let crc = -1;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    crc ^=
      (bytes[i] as number) |
      ((bytes[i + 1] as number) << 8) |
      ((bytes[i + 2] as number) << 16) |
      ((bytes[i + 3] as number) << 24);
    crc =
      (t3[crc & 0xff] as number) ^
      (t2[(crc >>> 8) & 0xff] as number) ^
      (t1[(crc >>> 16) & 0xff] as number) ^
      (t0[crc >>> 24] as number);
  }
  for (; i < n; i++) crc = (t0[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
