import { describe, expect, it } from "vitest";
import { generousWidth, textWidth, wrappedLines } from "./text-width.js";

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
    expect(wrappedLines("108.0%", 3.5, 3.5, generousWidth)).toBe(2);
  });
});
