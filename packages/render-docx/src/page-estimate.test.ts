import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endingReport } from "../test/helpers/endings.js";
import type { RenderContext } from "./context.js";
import { geometryOf } from "./geometry.js";
import { estimateTextEnd, paragraphLines } from "./page-estimate.js";
import { gbt9704 } from "./profile/builtins.js";
import { cleanText } from "./sanitize.js";
import { charWidth } from "./text-width.js";

/**
 * paragraphLines as main wrote it (4428ada), one character string at a time: the code-unit loop
 * that replaced it must count the same lines.
 */
function referenceLines(context: RenderContext, text: string, indentChars = 2): number {
  const size = context.profile.sizes.body;
  const spacing = context.geometry.bodyCharSpacing / 20;
  const line = context.geometry.typeWidth / 20;
  let room = line - (indentChars * context.geometry.char) / 20;
  let lines = 1;
  let empty = true;
  const place = (width: number, hangs: boolean) => {
    if (width > room + 0.01 && !empty && !hangs) [lines, room] = [lines + 1, line];
    room -= width;
    empty = false;
  };
  const latinRun = /^[0-9A-Za-z.,%+\-\uff05\u2030\u2212]$/u;
  let [run, inRun, seen] = [0, false, false];
  for (const char of cleanText(text)) {
    const width = charWidth(char) * size + spacing;
    const latin = latinRun.test(char);
    const hangs = "，。、；：？！）》”’」』〕】…".includes(char);
    const space = seen && latin !== inRun && !hangs ? 0.25 * size : 0;
    if (latin) [run, inRun] = [run + (inRun ? 0 : space) + width, true];
    else {
      if (inRun) place(run, false);
      [run, inRun] = [0, false];
      place(width + space, hangs);
    }
    seen = true;
  }
  if (inRun) place(run, false);
  return lines;
}

const context = (fillers = 0): RenderContext => ({
  report: endingReport({ fillers, lastLines: 1 }),
  profile: gbt9704,
  geometry: geometryOf(gbt9704),
  styles: new Set(),
});
const OPENING = { letterhead: false, disclosureTable: false };

describe("paragraphLines", () => {
  it("fits 26 characters after the indent and 28 on the lines after", () => {
    expect(paragraphLines(context(), "水".repeat(26))).toBe(1);
    expect(paragraphLines(context(), "水".repeat(27))).toBe(2);
    expect(paragraphLines(context(), "水".repeat(54))).toBe(2);
    expect(paragraphLines(context(), "水".repeat(55))).toBe(3);
  });

  it("lets closing punctuation hang, and keeps a number whole on the next line", () => {
    expect(paragraphLines(context(), `${"水".repeat(26)}。`)).toBe(1);
    expect(paragraphLines(context(), `${"水".repeat(25)}2023`)).toBe(2);
  });

  it("tells every character of the Basic Multilingual Plane as main told it: hanging, in a Latin run or neither", () => {
    const shared = context();
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      // At a line's end after Chinese (hangs?), and after a figure there (joins its run?).
      for (const text of [`${"水".repeat(26)}${char}`, `${"水".repeat(24)}2${char}${char}`]) {
        const lines = paragraphLines(shared, text);
        if (lines !== referenceLines(shared, text)) expect([code, lines]).toEqual([code, referenceLines(shared, text)]);
      }
    }
  });

  it("counts the lines main counted, whatever the text", () => {
    const unit = fc.oneof(
      fc.constantFrom("水", "2", "0", "%", "。", "，", "”", "…", "W", "i", " ", "．", "𠮷", "\ud800", "\u0001", "-"),
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 120 }), fc.integer({ min: 0, max: 4 }), (text, indent) => {
        expect(paragraphLines(context(), text, indent)).toBe(referenceLines(context(), text, indent));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("estimateTextEnd", () => {
  it("counts title, blank line, text and signature on the grid", () => {
    // Title and blank (2), opening (1), heading (1), one filler, a one-line paragraph, blank, issuer, date.
    expect(estimateTextEnd(context(1), OPENING)).toEqual({ page: 1, rows: 2 + 1 + 1 + 1 + 1 + 3, slack: 0 });
  });

  it("takes the last paragraph along when the signature does not fit below it", () => {
    // 20 lines of text before the last paragraph fill page 1 but for two lines: the signature goes over.
    expect(estimateTextEnd(context(16), OPENING)).toEqual({ page: 2, rows: 1 + 3, slack: 0 });
  });
});
