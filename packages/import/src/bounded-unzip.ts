import { Inflate, strFromU8 } from "fflate";
import { INFLATE_SLICE_BYTES, MAX_DOCX_ENTRIES, MAX_DOCX_PART_BYTES, MAX_DOCX_TOTAL_BYTES } from "./limits.js";

/** Why a package was refused: which limit it passed, or what is broken. */
export type ZipRefusal =
  | { kind: "entries"; count: number; limit: number }
  | { kind: "part"; name: string; limit: number }
  | { kind: "total"; limit: number }
  | { kind: "broken"; reason: string };

/** Thrown by unzipBounded: the package is broken or inflates beyond a limit. */
export class ZipLimitError extends Error {
  readonly refusal: ZipRefusal;
  constructor(refusal: ZipRefusal) {
    super(refusal.kind === "broken" ? refusal.reason : `zip ${refusal.kind} limit exceeded`);
    this.name = "ZipLimitError";
    this.refusal = refusal;
  }
}

/** Limits of one unzipBounded call; the defaults are the importer's (limits.ts). */
export interface UnzipLimits {
  entries?: number;
  partBytes?: number;
  totalBytes?: number;
}

/** The message parameters of a limit passed: what (`entries`, `part`, `total`), the part's name, the limit. */
export function zipLimitParams(refusal: ZipRefusal): Record<string, string | number> {
  if (refusal.kind === "broken") return { what: "broken", name: "", limit: refusal.reason };
  const limit = refusal.kind === "entries" ? refusal.limit : `${refusal.limit / 1024 / 1024} MiB`;
  return { what: refusal.kind, name: refusal.kind === "part" ? refusal.name : "", limit };
}

const broken = (reason: string) => new ZipLimitError({ kind: "broken", reason });
const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** One entry of the central directory (APPNOTE 4.3.12). */
interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localHeader: number;
}

/** The central directory's entries, read from the end-of-central-directory record (APPNOTE 4.3.16). */
function centralDirectory(bytes: Uint8Array, maxEntries: number): Entry[] {
  // The record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(bytes, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw broken("not a zip package (no end of central directory)");
  const count = u16(bytes, end + 10);
  if (count > maxEntries) throw new ZipLimitError({ kind: "entries", count, limit: maxEntries });
  let at = u32(bytes, end + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== 0x02014b50) throw broken("damaged central directory");
    const nameLength = u16(bytes, at + 28);
    const entry: Entry = {
      // Bit 11 of the flags: the name is UTF-8; otherwise it is read byte for byte.
      name: strFromU8(bytes.subarray(at + 46, at + 46 + nameLength), !(u16(bytes, at + 8) & 0x800)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      localHeader: u32(bytes, at + 42),
    };
    if (entry.compressedSize === 0xffffffff || entry.localHeader === 0xffffffff) throw broken("ZIP64 is not supported");
    entries.push(entry);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/** The compressed bytes of an entry, found through its local header (APPNOTE 4.3.7). */
function compressedData(bytes: Uint8Array, entry: Entry): Uint8Array {
  const at = entry.localHeader;
  if (u32(bytes, at) !== 0x04034b50) throw broken(`damaged entry ${entry.name}`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  if (start + entry.compressedSize > bytes.length) throw broken(`truncated entry ${entry.name}`);
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * Unzips a package (a .docx) with its size bounded while inflating, never after: the central
 * directory's entry count is checked first, then each wanted entry is inflated a few KiB of
 * input at a time with a running count of the bytes it gave, so an entry that inflates beyond
 * `partBytes`, or entries that together pass `totalBytes`, stop the work at once — sizes the
 * headers declare are not trusted. Entries `wanted` turns down are skipped unread. Returns the
 * wanted parts by name (the first of duplicate names). Throws a ZipLimitError for a broken
 * package, an unknown compression method, or a limit passed.
 */
export function unzipBounded(
  bytes: Uint8Array,
  wanted: (name: string) => boolean = () => true,
  limits: UnzipLimits = {},
): Record<string, Uint8Array> {
  const partLimit = limits.partBytes ?? MAX_DOCX_PART_BYTES;
  const totalLimit = limits.totalBytes ?? MAX_DOCX_TOTAL_BYTES;
  const parts: Record<string, Uint8Array> = Object.create(null);
  let total = 0;
  for (const entry of centralDirectory(bytes, limits.entries ?? MAX_DOCX_ENTRIES)) {
    if (entry.name.endsWith("/") || entry.name in parts || !wanted(entry.name)) continue;
    const data = compressedData(bytes, entry);
    const chunks: Uint8Array[] = [];
    let size = 0;
    const take = (chunk: Uint8Array) => {
      size += chunk.length;
      total += chunk.length;
      if (size > partLimit) throw new ZipLimitError({ kind: "part", name: entry.name, limit: partLimit });
      if (total > totalLimit) throw new ZipLimitError({ kind: "total", limit: totalLimit });
      if (chunk.length > 0) chunks.push(chunk);
    };
    if (entry.method === 0) take(data);
    else if (entry.method === 8) {
      const inflater = new Inflate((chunk) => take(chunk));
      try {
        for (let at = 0; at < data.length || at === 0; at += INFLATE_SLICE_BYTES) {
          const end = Math.min(data.length, at + INFLATE_SLICE_BYTES);
          inflater.push(data.subarray(at, end), end >= data.length);
        }
      } catch (error) {
        if (error instanceof ZipLimitError) throw error;
        throw broken(`damaged entry ${entry.name}: ${(error as Error).message}`);
      }
    } else throw broken(`entry ${entry.name} uses compression method ${entry.method}`);
    const part = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      part.set(chunk, offset);
      offset += chunk.length;
    }
    parts[entry.name] = part;
  }
  return parts;
}
