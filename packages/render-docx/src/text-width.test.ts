import { describe, expect, it } from "vitest";
import { charWidth, generousCodeWidth, textWidth, wrappedLines } from "./text-width.js";

/** charWidth as main wrote it (4428ada), with regular expressions: the table that replaced them must agree. */
function referenceWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20) return 0;
  if (code < 0x7f) {
    if (/[ .,:;'!|iljIft()[\]/-]/.test(char)) return 0.28;
    if (/[MWmw%@]/.test(char)) return 0.85;
    return char >= "A" && char <= "Z" ? 0.68 : 0.5;
  }
  return code < 0x2000 && code !== 0xb7 && code !== 0xd7 && code !== 0xf7 ? 0.55 : 1;
}

describe("charWidth", () => {
  it("gives every character the width main gave it", () => {
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (charWidth(char) !== referenceWidth(char))
        expect([code, charWidth(char)]).toEqual([code, referenceWidth(char)]);
    }
    expect(charWidth("𠮷")).toBe(referenceWidth("𠮷"));
  });
});

describe("textWidth", () => {
  it("counts Chinese characters and full-width punctuation as one em, digits as half", () => {
    expect(textWidth("青溪县")).toBe(3);
    expect(textWidth("（一）、“”")).toBe(6);
    expect(textWidth("2024年1月9日")).toBe(6);
  });
});

describe("wrappedLines", () => {
  it("counts the lines a text takes at character boundaries", () => {
    expect(wrappedLines("一二三四五", 5, 5)).toBe(1);
    expect(wrappedLines("一二三四五六", 5, 5)).toBe(2);
    expect(wrappedLines("一二三四五六七八九", 3, 2)).toBe(4);
    expect(wrappedLines("", 3, 3)).toBe(1);
    // A character wider than the line still takes one line, not two.
    expect(wrappedLines("一", 0.5, 0.5)).toBe(1);
  });

  it("measures Latin generously when asked", () => {
    expect(wrappedLines("108.0%", 3.5, 3.5)).toBe(1);
    expect(wrappedLines("108.0%", 3.5, 3.5, generousCodeWidth)).toBe(2);
  });
});
