import { describe, expect, it } from "vitest";
import { cleanText } from "./sanitize.js";

describe("cleanText", () => {
  it("removes what XML cannot hold and turns line breaks and tabs into spaces", () => {
    expect(cleanText("a\u0000b\u0008c\u000bd\u001fe\u007ff\ufffeg\uffffh")).toBe("abcdefgh");
    expect(cleanText("孤\ud800立\udc00")).toBe("孤立");
    expect(cleanText("一\t二\r\n三")).toBe("一 二 三");
  });

  it("keeps clean text, surrogate pairs included, and turns other values into text", () => {
    expect(cleanText("𠀀“青溪”2023年")).toBe("𠀀“青溪”2023年");
    expect(cleanText(undefined)).toBe("");
    expect(cleanText(12.5)).toBe("12.5");
  });
});
