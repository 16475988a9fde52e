import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { config } from "zod";
import { loadReportYaml, safeParseReport, validateFewReports } from "../src/index.js";

const examples = ["qingxi-health-2023.yaml", "qingxi-township-plan-2024.yaml", "yunling-stats-summary-2023.yaml"].map(
  (name) => loadReportYaml(readFileSync(new URL(`../../../examples/${name}`, import.meta.url), "utf8")),
);

/** Every example as it is, and broken in a few ways: what validation says of each. */
function verdicts() {
  return examples.flatMap((report) => {
    const broken = [
      { ...report, meta: { ...report.meta, year: "二〇二三" } },
      { ...report, body: { ...report.body, sections: [] } },
      { ...report, meta: { ...report.meta, date: "2024-02-30", title: "" } },
    ];
    return [report, ...broken].map((input) => {
      const result = safeParseReport(structuredClone(input));
      return result.success ? { report: result.report } : { problems: result.problems };
    });
  });
}

describe("validateFewReports", () => {
  it("turns zod's compiled checks off, and validation says the same of every report", () => {
    const compiled = verdicts();
    expect(config().jitless).not.toBe(true);
    validateFewReports();
    expect(config().jitless).toBe(true);
    expect(verdicts()).toEqual(compiled);
  });
});
