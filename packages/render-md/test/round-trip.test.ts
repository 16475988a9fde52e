import { parseReport } from "@gongwen/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMarkdown, renderMarkdown } from "../src/index.js";
import { reportInput } from "./arbitraries.js";
import { SAMPLE } from "./sample.js";

describe("round trip through Markdown", () => {
  it("reads back the sample report exactly", () => {
    expect(parseMarkdown(renderMarkdown(SAMPLE))).toStrictEqual(SAMPLE);
  });

  // 300 generated reports through the writer and remark: about 15 s alone, so a generous bound for a busy CI.
  it("reads back every generated report exactly", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(reportInput, (input) => {
        const report = parseReport(input);
        const markdown = renderMarkdown(report);
        expect(parseMarkdown(markdown)).toStrictEqual(report);
      }),
      { numRuns: 300 },
    );
  });
});
