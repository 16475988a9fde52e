/**
 * The HTML writer keeps its own copy of the GB/T 9704 layout (writers know no other writer): it
 * must equal render-docx's, field for field, and derive the same grid.
 */
import { gbt9704, geometryOf } from "@gongwen/render-docx";
import { gbt9704Html, type HtmlProfile, pageMetrics } from "@gongwen/render-html";
import { describe, expect, it } from "vitest";

/** The fields of a DOCX profile an HtmlProfile has. */
function htmlPart(profile: HtmlProfile): HtmlProfile {
  const { page, grid, fonts, sizes, bold, runIn, title, pageNumber, letterhead, signature, colophon } = profile;
  return {
    page,
    grid: { lines: grid.lines, chars: grid.chars },
    fonts,
    sizes,
    bold,
    runIn,
    title: { maxLineChars: title.maxLineChars },
    pageNumber,
    letterhead,
    signature,
    colophon,
  };
}

describe("gbt9704Html", () => {
  it("is render-docx's gbt9704 profile", () => {
    expect(htmlPart(gbt9704Html)).toEqual(htmlPart(gbt9704));
  });

  it("derives the DOCX's line pitch, character spacing and character width", () => {
    const g = geometryOf(gbt9704);
    const m = pageMetrics(gbt9704);
    expect(m.linePitch * 20).toBe(g.linePitch);
    expect(m.letterSpacing * 20).toBe(g.bodyCharSpacing);
    expect(m.char * 20).toBe(g.char);
    expect(m.typeWidth * 20).toBe(g.typeWidth);
  });
});
