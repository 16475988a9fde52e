import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  loadReportYaml,
  MAX_NESTING_DEPTH,
  MAX_SECTIONS,
  MAX_SOURCE_LENGTH,
  type ReportError,
  safeParseReport,
  yamlDepthProblem,
} from "../src/index.js";

const example = (name: string) => readFileSync(new URL(`../../../examples/${name}`, import.meta.url), "utf8");

describe("limits", () => {
  it("counts YAML nesting without over-counting real reports, block and flow alike", () => {
    for (const name of ["qingxi-health-2023.yaml", "yunling-stats-summary-2023.yaml"]) {
      expect(yamlDepthProblem(example(name), "zh")).toBeUndefined();
    }
    const maps = (n: number) => `${Array.from({ length: n }, (_, i) => `${"  ".repeat(i)}k:`).join("\n")} x\n`;
    const lists = (n: number) => `${"- ".repeat(n)}x\n`;
    const flows = (n: number) => `k: ${"[".repeat(n)}${"]".repeat(n)}\n`;
    for (const build of [maps, lists, flows]) {
      expect(yamlDepthProblem(build(MAX_NESTING_DEPTH - 2), "en")).toBeUndefined();
      expect(yamlDepthProblem(build(MAX_NESTING_DEPTH + 2), "en")?.code).toBe("yaml_too_deep");
    }
    // Block scalars and multi-line plain text are no nesting, however they are indented.
    const text = `a:\n  b: |\n${Array.from({ length: 200 }, (_, i) => `${" ".repeat(4 + i)}行`).join("\n")}\n  c: 一\n${Array.from({ length: 200 }, (_, i) => `${" ".repeat(4 + i)}二`).join("\n")}\n`;
    expect(yamlDepthProblem(text, "en")).toBeUndefined();
  });

  it("refuses a source beyond MAX_SOURCE_LENGTH before parsing it", () => {
    const error = (() => {
      try {
        loadReportYaml(`# ${"x".repeat(MAX_SOURCE_LENGTH)}\n`, "大.yaml", { locale: "en" });
      } catch (e) {
        return e;
      }
    })() as ReportError;
    expect(error.problems.map((p) => [p.code, p.file, p.line])).toEqual([["source_too_large", "大.yaml", 1]]);
  });

  it("reports counts beyond the model's limits at their path, in the user's language", () => {
    const sections = Array.from({ length: MAX_SECTIONS + 1 }, (_, i) => ({ title: `小节${i}` }));
    const input = {
      meta: { org: "青溪县林业局", year: 2023, date: "2024-01-09", kind: "summary" },
      body: { sections },
    };
    const result = safeParseReport(input);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.problems.map((p) => [p.code, p.path])).toEqual([["too_many", ["body", "sections"]]]);
      expect(result.problems[0]?.message).toContain(`上限 ${MAX_SECTIONS}`);
    }
    expect(safeParseReport({ ...input, body: { sections: sections.slice(1) } }).success).toBe(true);
  });
});
