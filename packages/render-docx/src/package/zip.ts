import { memoized } from "../memoized.js";
import { type Crc32, crc32 } from "./crc32.js";
import { DEFLATE_LEVEL, type DeflateRaw } from "./deflate.js";

/** One file of a zip, compressed and ready to be written. */
export interface ZipEntry {
  /** The file's path in the zip, UTF-8. */
  readonly name: Uint8Array;
  readonly crc: number;
  /** Size before compression. */
  readonly size: number;
  /** The DEFLATE-compressed bytes. */
  readonly data: Uint8Array;
}

/**
 * The platform's UTF-8 encoder, in Node and browsers alike; declared here because the package is
 * compiled with neither DOM nor Node types (the `docx` package's types brought DOM's along).
 */
declare const TextEncoder: new () => {
  encode(text: string): Uint8Array;
  encodeInto(text: string, into: Uint8Array): { read: number; written: number };
};

const encoder = new TextEncoder();

/** What every part is compressed with: one object for all. */
const DEFLATE_OPTIONS = { level: DEFLATE_LEVEL } as const;

/** The largest scratch buffer kept between parts, in bytes: larger texts get their own. */
const SCRATCH_LIMIT = 4 * 1024 * 1024;
/** Where parts are written as UTF-8 before they are compressed: grown as needed, reused. */
let scratch = new Uint8Array(0);

/**
 * A text as UTF-8, written into the scratch buffer (valid until the next call): `encodeInto`
 * into a buffer at hand is several times faster than `encode` for text that is not all ASCII
 * (Node 20: a report's document.xml in about a fifth of the time), and makes no garbage. The same
 * bytes as `encode` (WHATWG UTF-8, a lone surrogate as U+FFFD).
 */
export function utf8Scratch(text: string): Uint8Array {
  // At most three bytes per UTF-16 code unit (a surrogate pair's four bytes are two units).
  const most = text.length * 3;
  if (most > SCRATCH_LIMIT) return encoder.encode(text);
  if (scratch.length < most) scratch = new Uint8Array(Math.max(most, 2 * scratch.length, 1024));
  const { written } = encoder.encodeInto(text, scratch);
  return scratch.subarray(0, written);
}

/** The paths of the parts as UTF-8, made once each (a package has a dozen, the same every time). */
const nameBytes = memoized((path: string) => encoder.encode(path));

/**
 * Compresses a file for a zip: the text is written as UTF-8, deflated with `deflate` and checked
 * with `checksum` (default: the writer's own CRC-32).
 */
export function zipEntry(
  path: string,
  content: string | Uint8Array,
  deflate: DeflateRaw,
  checksum: Crc32 = crc32,
): ZipEntry {
  const bytes = typeof content === "string" ? utf8Scratch(content) : content;
  const crc = checksum(bytes);
  const data = deflate(bytes, DEFLATE_OPTIONS);
  return {
    name: nameBytes(path),
    crc,
    size: bytes.length,
    // A compressor that gives back its input, or a view of it (a stored part), is given the
    // scratch buffer: the entry keeps a copy.
    data: data.buffer === scratch.buffer ? data.slice() : data,
  };
}

/**
 * The parts compressed so far, per compressor, by path and text: a part compressed by one is never
 * given for another. Texts built once per profile are the same string each time, found at once.
 */
const caches = new WeakMap<DeflateRaw, Map<string, Map<string, ZipEntry>>>();
/** Texts kept per path: a path whose text varies with every report (an organ's name) starts over. */
const TEXTS_PER_PATH = 64;

/**
 * Like zipEntry, for the parts that repeat from one document to the next (settings, relationships,
 * a profile's styles, fonts and footers): each distinct part is compressed once per process and
 * compressor (so pass the same function each time, not a new closure per document).
 */
export function cachedZipEntry(path: string, content: string, deflate: DeflateRaw, checksum: Crc32 = crc32): ZipEntry {
  let cache = caches.get(deflate);
  if (!cache) {
    cache = new Map();
    caches.set(deflate, cache);
  }
  let texts = cache.get(path);
  if (!texts) {
    texts = new Map();
    cache.set(path, texts);
  }
  let entry = texts.get(content);
  if (!entry) {
    if (texts.size >= TEXTS_PER_PATH) texts.clear();
    entry = zipEntry(path, content, deflate, checksum);
    texts.set(content, entry);
  }
  return entry;
}

/** DOS date of 1980-01-01, 00:00: fixed, so the same report always gives the same bytes. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

/** Writes entries as a zip file (PKZIP 2.0, DEFLATE), in the order given. */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  let size = 22;
  for (const entry of entries) size += 30 + 46 + 2 * entry.name.length + entry.data.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  const header = (signature: number, entry: ZipEntry, central: boolean) => {
    view.setUint32(at, signature, true);
    at += 4;
    if (central) {
      view.setUint16(at, 20, true); // made by: version 2.0
      at += 2;
    }
    view.setUint16(at, 20, true); // needed to extract: version 2.0
    view.setUint16(at + 2, 0x0800, true); // names in UTF-8
    view.setUint16(at + 4, 8, true); // DEFLATE
    view.setUint16(at + 6, DOS_TIME, true);
    view.setUint16(at + 8, DOS_DATE, true);
    view.setUint32(at + 10, entry.crc, true);
    view.setUint32(at + 14, entry.data.length, true);
    view.setUint32(at + 18, entry.size, true);
    view.setUint16(at + 22, entry.name.length, true);
    view.setUint16(at + 24, 0, true); // extra field length
    at += 26;
  };
  for (const entry of entries) {
    offsets.push(at);
    header(0x04034b50, entry, false);
    out.set(entry.name, at);
    at += entry.name.length;
    out.set(entry.data, at);
    at += entry.data.length;
  }
  const directory = at;
  entries.forEach((entry, i) => {
    header(0x02014b50, entry, true);
    view.setUint16(at, 0, true); // comment length
    view.setUint16(at + 2, 0, true); // disk number
    view.setUint16(at + 4, 0, true); // internal attributes
    view.setUint32(at + 6, 0, true); // external attributes
    view.setUint32(at + 10, offsets[i] as number, true);
    at += 14;
    out.set(entry.name, at);
    at += entry.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 4, 0, true);
  view.setUint16(at + 6, 0, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  view.setUint16(at + 20, 0, true);
  return out;
}
