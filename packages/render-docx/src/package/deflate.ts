/** A DEFLATE compression level: 0 (stored) to 9 (smallest). */
export type DeflateLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/**
 * The level every part is compressed at: 1, zlib's fastest. A report's `word/document.xml` (some
 * 30 kB of XML, most of it Chinese) is compressed at level 1 in about 60% of level 3's time and a
 * quarter of level 6's (zlib's and fflate's default), for a package 2–3% larger than at level 3
 * and 4–7% larger than at 6 (the examples; a 13 kB report grows by some 400 bytes). In a batch of a thousand reports,
 * level 6 took a tenth of the time. Whatever the level, the package unzips to the same parts.
 */
export const DEFLATE_LEVEL: DeflateLevel = 1;

/**
 * Raw DEFLATE (RFC 1951, no zlib or gzip header): what a zip stores for a file compressed with
 * method 8, at `options.level`. Any conforming compressor will do; the bytes it gives may differ
 * from one to another, the parts they unzip to do not. Node's `zlib.deflateRawSync` and fflate's
 * `deflateSync` have this shape as they are.
 */
export type DeflateRaw = (data: Uint8Array, options: { level: DeflateLevel }) => Uint8Array;
