import { deflateSync } from "fflate";

/**
 * Raw DEFLATE (RFC 1951, no zlib or gzip header): what a zip stores for a file compressed with
 * method 8. Any conforming compressor will do; the bytes it gives may differ from fflate's, the
 * parts they unzip to do not.
 */
export type DeflateRaw = (data: Uint8Array) => Uint8Array;

/**
 * The default compressor: fflate's DEFLATE at level 6, portable JavaScript (browsers included).
 * Node callers may pass zlib's instead (`(d) => zlib.deflateRawSync(d)`), several times faster.
 */
export const fflateDeflateRaw: DeflateRaw = (data) => deflateSync(data, { level: 6 });
