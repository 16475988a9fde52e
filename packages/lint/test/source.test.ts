import { parseReport, ReportError } from "@gongwen/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintReport, lintText, yamlSourceMap } from "../src/index.js";

const REPORT = (opening: string) =>
  `meta:\n  org: 青溪县卫生健康局\n  year: 2023\n  date: 2024-01-09\nbody:\n${opening}\n  summary:\n    content: [全年完成任务。]\n  plan:\n    content: [推进改革。]\n`;

function charAt(yaml: string, line: number, column: number): string | undefined {
  return yaml.split("\n")[line - 1]?.[column - 1];
}

describe("positions in YAML", () => {
  it.each([
    ["plain", "  opening: 全年完成投资,增长12%。"],
    ["double-quoted with escapes", '  opening: "\\u5168年\\"完成\\"投资,增长12%。"'],
    ["single-quoted", "  opening: '全年''完成''投资,增长12%。'"],
    ["literal block", "  opening: |\n    全年完成\n    投资,增长12%。"],
    ["folded block", "  opening: >\n    全年完成\n    投资,增长12%。"],
    ["multi-line plain", "  opening: 全年完成\n    投资,增长12%。"],
    ["list item", "  opening:\n    - 全年完成投资,增长12%。"],
  ])("point at the comma in a %s scalar", (_style, opening) => {
    const yaml = REPORT(opening);
    const comma = lintText(yaml, { format: "yaml" }).diagnostics.find((d) => d.rule === "punctuation-width");
    expect(comma).toBeDefined();
    expect(charAt(yaml, comma?.line as number, comma?.column as number)).toBe(",");
  });

  it("find the paragraph of an opening written as one text with blank lines", () => {
    const yaml = REPORT("  opening: |\n    第一段，完成任务。\n\n    第二段,完成任务。");
    const [d] = lintText(yaml, { format: "yaml" }).diagnostics;
    expect(d).toMatchObject({ path: ["body", "opening", 1], line: 9, column: 8 });
  });

  it("fall back to the field's start when the text cannot be aligned, and to the nearest key when not written", () => {
    const yaml = REPORT("  opening: 全年完成投资。");
    const map = yamlSourceMap(yaml);
    expect(map.position(["body", "opening", 0], "另一段文字", 2)).toEqual({ line: 6, column: 12 });
    expect(map.position(["meta", "title"])).toEqual({ line: 2, column: 3 });
    expect(map.written(["meta", "title"])).toBe(false);
    expect(map.written(["meta", "org"])).toBe(true);
  });

  it("skip findings in fields the reader derived (the title made from org), which belong to their source", () => {
    const yaml = REPORT("  opening: 全年完成任务。").replace("青溪县卫生健康局", "XX县卫生健康局");
    const found = lintText(yaml, { format: "yaml" }).diagnostics.filter((d) => d.rule === "placeholder");
    expect(found.map((d) => d.path)).toEqual([["meta", "org"]]);
  });

  it("are line and column of the field with only a locator, and absent without one", () => {
    const report = parseReport({
      meta: { org: "青溪县卫生健康局", year: 2023, date: "2024-01-09" },
      body: { opening: "全年完成投资,增长。", summary: { content: ["完成。"] }, plan: { content: ["推进。"] } },
    });
    const located = lintReport(report, {
      locate: (path) => (path[1] === "opening" ? { line: 7, column: 3 } : undefined),
    });
    expect(located[0]).toMatchObject({ rule: "punctuation-width", line: 7, column: 3, start: 6, end: 7, excerpt: "," });
    const bare = lintReport(report);
    expect(bare[0]?.line).toBeUndefined();
    expect(lintReport(report, { locale: "en" })[0]?.message).toMatch(/comma/);
  });
});

describe("lintText", () => {
  it("throws the reader's located ReportError for a text that is not a report", () => {
    expect(() => lintText("meta: [", { format: "yaml", fileName: "a.yaml" })).toThrow(ReportError);
    try {
      lintText("meta:\n  org: 1\n", { format: "yaml", fileName: "a.yaml" });
    } catch (error) {
      expect((error as ReportError).problems[0]?.file).toBe("a.yaml");
    }
  });

  it("returns diagnostics or throws a ReportError for any text, nothing else", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.constantFrom("yaml" as const, "markdown" as const),
        (text, format) => {
          try {
            const { diagnostics } = lintText(text, { format });
            expect(Array.isArray(diagnostics)).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(ReportError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
