import { stripForbiddenCharacters } from "@gongwen/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText } from "../sanitize.js";
import { escapeAttribute, escapeText } from "./escape.js";

/** Texts of any UTF-16 code units: controls, lone and paired surrogates, U+FFFE/U+FFFF, entities. */
const anyText = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    fc.constantFrom("&", "<", ">", '"', "\t", "\n", "\u0085", "\ud842\udfb7", "\ud800", "\udc00", "青", "“"),
  ),
  maxLength: 16,
});

const LONE = "|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]";
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const reference = (special: string) => (text: string) =>
  text.replace(
    new RegExp(`[${special}\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]${LONE}`, "gu"),
    (c) => ENTITIES[c] ?? "",
  );

describe("the quick checks before escaping and cleaning", () => {
  it("never let through a text the exact patterns would change", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(escapeText(text)).toBe(reference("&<>")(text));
        expect(escapeAttribute(text)).toBe(reference('&<>"')(text));
        expect(cleanText(text)).toBe(stripForbiddenCharacters(text).replace(/[\t\r\n]+/g, " "));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("escape", () => {
  it("escapes markup characters and drops characters XML cannot hold", () => {
    expect(escapeText('a & b < c > d "e"')).toBe('a &amp; b &lt; c &gt; d "e"');
    expect(escapeAttribute('"x" & <y>')).toBe("&quot;x&quot; &amp; &lt;y&gt;");
    expect(escapeText("a\u0001b\u000bc\ud800d\uffffe\tf\ng")).toBe("abcde\tf\ng");
    expect(escapeText("𠀀 stays")).toBe("𠀀 stays");
  });

  it("leaves clean text untouched", () => {
    const text = "青溪县“强基层”2023年";
    expect(escapeText(text)).toBe(text);
  });
});
