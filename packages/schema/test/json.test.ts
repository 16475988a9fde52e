import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadReportJsonWithSource } from "../src/json.js";
import { ReportError } from "../src/problems.js";

/** Reading any text gives a report or a ReportError whose every problem has the file, a line and a column. */
function check(text: string): void {
  try {
    loadReportJsonWithSource(text, "r.json", { locale: "zh" });
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

describe("loadReportJsonWithSource", () => {
  it("reads a valid report and locates its fields", () => {
    const text = JSON.stringify(
      {
        meta: { org: "青溪县水利局", year: 2023, kind: "summary", date: "2024-01-09" },
        body: { sections: [{ title: "防汛" }] },
      },
      null,
      2,
    );
    const { report, locate } = loadReportJsonWithSource(text, "r.json", { locale: "zh" });
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

describe("loadReportJsonWithSource on deep or long text", () => {
  it("refuses nesting beyond MAX_NESTING_DEPTH before locating, without overflowing the stack", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect(() => loadReportJsonWithSource(deep, "deep.json")).toThrow(ReportError);
    try {
      loadReportJsonWithSource(deep, "deep.json");
    } catch (error) {
      expect((error as ReportError).problems).toMatchObject([{ code: "yaml_too_deep", file: "deep.json", line: 1 }]);
    }
  });
});
