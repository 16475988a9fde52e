import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeClass, gb2312FromDecoder } from "../scripts/gb2312-class.mjs";
import { GB2312_CLASS } from "../src/gb2312-class.js";
import { isGb2312, outsideGb2312 } from "../src/index.js";

describe("GB 2312", () => {
  it("ships as the set the platform's gb18030 decoder gives (else run scripts/gb2312-class.mjs)", () => {
    const decoded = gb2312FromDecoder();
    expect(GB2312_CLASS).toBe(encodeClass(decoded));
    const shipped: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (isGb2312(String.fromCodePoint(code))) shipped.push(code);
    expect(shipped).toEqual(decoded);
    // Every East Asian code of the BMP but the surrogates (two in a row would make one character).
    const codes = Array.from({ length: 0x10000 - 0x2e80 }, (_, i) => 0x2e80 + i).filter(
      (c) => c < 0xd800 || c > 0xdfff,
    );
    const lacked = new Set(outsideGb2312(String.fromCodePoint(...codes)).map(({ char }) => char.codePointAt(0)));
    for (const code of codes) expect(lacked.has(code), code.toString(16)).toBe(!decoded.includes(code));
    expect(outsideGb2312("中\ud800文")).toEqual([{ char: "\ud800", index: 1 }]);
  });

  it("holds the 6,763 hanzi of its two levels", () => {
    let hanzi = 0;
    for (let code = 0x4e00; code <= 0x9fff; code++) if (isGb2312(String.fromCodePoint(code))) hanzi++;
    expect(hanzi).toBe(6763);
  });

  it("lacks the characters of names that send Word to another font", () => {
    for (const char of "喆堃昇珺镕") expect(isGb2312(char), char).toBe(false);
    for (const char of "青溪县卫生健康局，。、“”（）—…〔〕") expect(isGb2312(char), char).toBe(true);
  });

  it("finds the characters a _GB2312 font lacks, with their offsets, and no Latin text", () => {
    expect(outsideGb2312("王喆、李堃2023年AED")).toEqual([
      { char: "喆", index: 1 },
      { char: "堃", index: 4 },
    ]);
    expect(outsideGb2312("𠀀")).toEqual([{ char: "𠀀", index: 0 }]);
  });

  it("never reports ASCII, whatever the text", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme-ascii" }), (text) => outsideGb2312(text).length === 0));
  });
});
