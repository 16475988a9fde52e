import fc from "fast-check";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { crc32 } from "./crc32.js";
import { fflateDeflateRaw } from "./fflate-deflate.js";
import { cachedZipEntry, utf8Scratch, writeZip, zipEntry } from "./zip.js";

describe("zip", () => {
  it("computes the standard CRC-32", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it("computes the CRC-32 of any bytes as the bit-by-bit definition does", () => {
    const bitwise = (bytes: Uint8Array) => {
      let crc = -1;
      for (const byte of bytes) {
        crc ^= byte;
        for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
      }
      return (crc ^ -1) >>> 0;
    };
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        expect(crc32(bytes)).toBe(bitwise(bytes));
      }),
    );
  });

  it("writes a zip that unzips to the same files, in order", () => {
    const zip = writeZip([
      zipEntry("[Content_Types].xml", "<Types/>", fflateDeflateRaw),
      zipEntry("word/文档.xml", "青溪".repeat(500), fflateDeflateRaw),
    ]);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(["[Content_Types].xml", "word/文档.xml"]);
    expect(new TextDecoder().decode(files["word/文档.xml"])).toBe("青溪".repeat(500));
  });

  it("compresses a repeating part once", () => {
    expect(cachedZipEntry("a.xml", "<a/>", fflateDeflateRaw)).toBe(cachedZipEntry("a.xml", "<a/>", fflateDeflateRaw));
    expect(cachedZipEntry("a.xml", "<a/>", fflateDeflateRaw)).not.toBe(
      cachedZipEntry("b.xml", "<a/>", fflateDeflateRaw),
    );
  });

  it("compresses with the compressor given, and caches per compressor", () => {
    const stored = (data: Uint8Array) =>
      Uint8Array.of(1, data.length & 0xff, data.length >> 8, ~data.length & 0xff, ~data.length >> 8, ...data);
    const entry = cachedZipEntry("a.xml", "<a/>", stored);
    expect(entry).not.toBe(cachedZipEntry("a.xml", "<a/>", fflateDeflateRaw));
    expect(entry).toBe(cachedZipEntry("a.xml", "<a/>", stored));
    const files = unzipSync(writeZip([entry, zipEntry("b.xml", "<b/>", stored)]));
    expect(new TextDecoder().decode(files["a.xml"])).toBe("<a/>");
    expect(new TextDecoder().decode(files["b.xml"])).toBe("<b/>");
  });

  it("writes any text as the same UTF-8 bytes as TextEncoder.encode, lone surrogates included", () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), (binary, text) => {
        for (const value of [binary, text, binary + text]) expect(utf8Scratch(value)).toEqual(encoder.encode(value));
      }),
    );
    // Past the scratch buffer's limit: a buffer of its own.
    const long = "青".repeat(1_500_000);
    const [mine, theirs] = [utf8Scratch(long), encoder.encode(long)];
    expect(mine.length).toBe(theirs.length);
    expect(mine.every((byte, i) => byte === theirs[i])).toBe(true);
  });

  it("keeps each part's bytes when the compressor gives back a view of the buffer it was given", () => {
    const view = (data: Uint8Array) => data.subarray(0);
    const first = zipEntry("a.xml", "<a>青溪</a>", view);
    const second = zipEntry("b.xml", "<b>另一个部分，更长一些</b>", view);
    expect(new TextDecoder().decode(first.data)).toBe("<a>青溪</a>");
    expect(new TextDecoder().decode(second.data)).toBe("<b>另一个部分，更长一些</b>");
  });
});
