import { describe, expect, it } from "vitest";
import { assertParsedReport, parseReport, ReportError, safeParseReport } from "../src/index.js";

const INPUT = {
  meta: { org: "青溪县农业农村局", year: 2023, date: "2024-01-09" },
  body: { summary: { content: ["全年粮食播种面积稳定。"] }, plan: { content: ["推进高标准农田建设。"] } },
};

describe("for programs calling the model", () => {
  it("accepts a JS Date for meta.date and meta.issueDate", () => {
    const utc = parseReport({
      ...INPUT,
      meta: { ...INPUT.meta, date: new Date("2024-01-09"), issueDate: new Date("2024-01-10") },
    });
    expect([utc.meta.date, utc.meta.issueDate]).toEqual(["2024-01-09", "2024-01-10"]);
    const local = parseReport({ ...INPUT, meta: { ...INPUT.meta, date: new Date(2024, 0, 9, 10, 30) } });
    expect(local.meta.date).toBe("2024-01-09");
    const bad = safeParseReport({ ...INPUT, meta: { ...INPUT.meta, date: new Date("not a date") } });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.problems[0]).toMatchObject({ code: "bad_date", path: ["meta", "date"] });
  });

  it("speaks of data, not of YAML: no colons, `- ` items or empty lines after a key", () => {
    const result = safeParseReport(
      { ...INPUT, meta: { ...INPUT.meta, org: null, cc: { a: 1 } }, body: { ...INPUT.body, opening: 3 } },
      { locale: "en" },
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    const messages = result.problems.map((p) => p.message).join("\n");
    expect(messages).toContain("meta.org (机关名称): must be text, got null.");
    expect(messages).not.toMatch(/colon|YAML|“- ”|name: value/);
    const zh = safeParseReport({ ...INPUT, meta: { ...INPUT.meta, org: null } });
    if (!zh.success) expect(zh.problems[0]?.message).not.toMatch(/冒号|YAML/);
  });

  it("tells a writer's caller to call parseReport first when given raw input or nothing", () => {
    expect(() => assertParsedReport(undefined, "renderDocx")).toThrow(
      /^renderDocx: expects a report returned by parseReport\(\) or loadReportYaml\(\), but got undefined\. Call parseReport\(data\) first/,
    );
    expect(() => assertParsedReport(INPUT, "renderMarkdown")).toThrow(/meta\.title is not filled in.*Call parseReport/);
    expect(() => assertParsedReport([], "renderDocx")).toThrow(TypeError);
    expect(() => assertParsedReport(parseReport(INPUT), "renderDocx")).not.toThrow();
    expect(() => parseReport(undefined)).toThrow(ReportError);
  });
});
