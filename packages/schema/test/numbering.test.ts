import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromChineseNumeral, headingLabel, initiativeLabel, toChineseNumeral } from "../src/index.js";

describe("Chinese numerals", () => {
  it("writes the forms official documents use", () => {
    const cases: [number, string][] = [
      [1, "一"],
      [9, "九"],
      [10, "十"],
      [11, "十一"],
      [20, "二十"],
      [21, "二十一"],
      [99, "九十九"],
      [100, "一百"],
      [101, "一百零一"],
      [110, "一百一十"],
      [1001, "一千零一"],
      [1010, "一千零一十"],
    ];
    for (const [n, text] of cases) expect(toChineseNumeral(n)).toBe(text);
  });

  it("reads back what it writes, for every number it can write", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), (n) => fromChineseNumeral(toChineseNumeral(n)) === n));
  });

  it("rejects what is not a canonical numeral", () => {
    expect(fromChineseNumeral("一十一")).toBeUndefined();
    expect(fromChineseNumeral("abc")).toBeUndefined();
    expect(fromChineseNumeral("")).toBeUndefined();
    expect(() => toChineseNumeral(0)).toThrow(RangeError);
  });
});

describe("numbering", () => {
  it("numbers headings per level as GB/T 9704 prescribes", () => {
    expect([1, 2, 3, 4].map((level) => headingLabel(level, 3))).toEqual(["三、", "（三）", "3.", "（3）"]);
    expect(headingLabel(1, 12)).toBe("十二、");
    expect(() => headingLabel(5, 1)).toThrow(RangeError);
  });

  it("numbers initiatives in each style", () => {
    expect(initiativeLabel("ordinal", 1)).toBe("一是");
    expect(initiativeLabel("ordinal", 11)).toBe("十一是");
    expect(initiativeLabel("decimal", 2)).toBe("2.");
    expect(initiativeLabel("paren", 3)).toBe("（3）");
  });
});
