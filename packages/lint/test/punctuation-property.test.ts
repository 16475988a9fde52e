import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FULL_WIDTH, fixPunctuationWidth } from "../src/rules/punctuation-width.js";

/** Pieces of text the fixer meets: Chinese, numbers, Latin, addresses, code, every mark in both widths. */
const PIECES = [
  "中",
  "县",
  "年",
  "亿元",
  "增长",
  "全年",
  "（一）",
  "“",
  "”",
  "。",
  "、",
  "《",
  "》",
  "1",
  "12",
  "1,163.33",
  "12.33%",
  "-29.8%",
  "15:32",
  "3",
  ".",
  "%",
  "-",
  "/",
  "@",
  "a",
  "GDP",
  "Hello",
  "f",
  "x",
  "_",
  " ",
  "\u3000",
  ",",
  ";",
  ":",
  "?",
  "!",
  "(",
  ")",
  "，",
  "；",
  "：",
  "？",
  "！",
  "（",
  "）",
  "https://qx.gov.cn/a?b=1,2",
  "qx@example.cn",
  "`a,b`",
  "青卫",
  "[2024]",
  "(2024)",
  "号",
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(""));

describe("the punctuation fixer", () => {
  it("changes only the half-width marks it targets, each into its own full-width form", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: "grapheme", maxLength: 60 })), (input) => {
        const output = fixPunctuationWidth(input);
        expect(output.length).toBe(input.length);
        for (let i = 0; i < input.length; i++) {
          if (output[i] === input[i]) continue;
          expect(FULL_WIDTH[input[i] as string]).toBe(output[i]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("is idempotent: fixing a fixed text changes nothing", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 60 })), (input) => {
        const once = fixPunctuationWidth(input);
        expect(fixPunctuationWidth(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps numbers, times, addresses and code exactly as they were", () => {
    fc.assert(
      fc.property(
        text,
        fc.constantFrom("1,163.33亿元", "12.33%", "-29.8%", "15:32", "https://qx.gov.cn/a?b=1,2", "`a,b`"),
        text,
        (a, kept, b) => {
          const output = fixPunctuationWidth(`${a}中${kept}中${b}`);
          expect(output.slice(a.length + 1, a.length + 1 + kept.length)).toBe(kept);
        },
      ),
      { numRuns: 500 },
    );
  });
});
