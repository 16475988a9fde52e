/**
 * Raw DEFLATE (RFC 1951, no zlib or gzip header): what a zip stores for a file compressed with
 * method 8. Any conforming compressor will do; the bytes it gives may differ from one to another,
 * the parts they unzip to do not.
 */
export type DeflateRaw = (data: Uint8Array) => Uint8Array;
