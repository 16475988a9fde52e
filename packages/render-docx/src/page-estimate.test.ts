import { describe, expect, it } from "vitest";
import { endingReport } from "../test/helpers/endings.js";
import type { RenderContext } from "./context.js";
import { geometryOf } from "./geometry.js";
import { estimateTextEnd, paragraphLines } from "./page-estimate.js";
import { gbt9704 } from "./profile/builtins.js";

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
