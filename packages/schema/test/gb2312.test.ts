import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeRuns, gb2312FromDecoder } from "../scripts/gb2312-runs.mjs";
import { GB2312_RUNS } from "../src/gb2312-runs.js";
import { isGb2312, outsideGb2312 } from "../src/index.js";

describe("GB 2312", () => {
  it("ships as the set the platform's gb18030 decoder gives (else run scripts/gb2312-runs.mjs)", () => {
    const decoded = gb2312FromDecoder();
    expect(GB2312_RUNS).toBe(encodeRuns(decoded));
    const shipped: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (isGb2312(String.fromCodePoint(code))) shipped.push(code);
    expect(shipped).toEqual(decoded);
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
