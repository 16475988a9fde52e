import { ReportError } from "@gongwen/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJsonReport } from "../src/read-json.js";

/** Reading any text gives a report or a ReportError whose every problem has the file, a line and a column. */
function check(text: string): void {
  try {
    parseJsonReport(text, "r.json", "zh");
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    expect(error.problems.length).toBeGreaterThan(0);
    for (const p of error.problems) {
      expect(p.file).toBe("r.json");
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeGreaterThanOrEqual(1);
    }
  }
}

describe("parseJsonReport", () => {
  it("reads a valid report and locates its fields", () => {
    const text = JSON.stringify(
      {
        meta: { org: "青溪县水利局", year: 2023, kind: "summary", date: "2024-01-09" },
        body: { sections: [{ title: "防汛" }] },
      },
      null,
      2,
    );
    const { report, locate } = parseJsonReport(text, "r.json", "zh");
    expect(report.meta.title).toBe("青溪县水利局2023年工作总结");
    expect(locate(["meta", "year"])).toEqual({ line: 4, column: 13 });
  });

  it("never throws anything but a located ReportError, for any text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), check), { numRuns: 300 });
  });

  it("never throws anything but a located ReportError, for any JSON value", () => {
    const value = fc.oneof(
      fc.jsonValue(),
      fc.record({ meta: fc.jsonValue(), body: fc.jsonValue() }),
      fc.record({
        meta: fc.record({ org: fc.jsonValue(), year: fc.jsonValue(), date: fc.jsonValue() }, { requiredKeys: [] }),
        body: fc.record(
          { summary: fc.jsonValue(), plan: fc.jsonValue(), sections: fc.jsonValue() },
          { requiredKeys: [] },
        ),
      }),
    );
    fc.assert(
      fc.property(value, fc.boolean(), (data, pretty) => check(JSON.stringify(data, null, pretty ? 2 : undefined))),
      { numRuns: 300 },
    );
  });
});
