import { describe, expect, it } from "vitest";
import { fixText, lintText } from "../src/index.js";
import { MESSY_YAML } from "./fixtures.js";

/** Not the reader's warning about the fixture's `org: … # 机关全称` (see the last test). */
const notReader = (d: { rule: string }) => d.rule !== "yaml_comment_in_text";

const FIXED = MESSY_YAML.replace("2024年01月09日", "2024年1月9日")
  .replace("青卫[2024]3号", "青卫〔2024〕3号")
  .replace("2023年,全县", "2023年，全县")
  .replace("1,163.33万元,增长", "1,163.33万元，增长")
  .replace("'医疗服务能力持续增强。'", "'医疗服务能力持续增强'")
  .replace('"深化\\"对口\\"帮扶"', '"深化“对口”帮扶。"')
  .replace("专家团队7个,", "专家团队7个，")
  .replace("1.46亿元,同比增长12.33%,完成率", "1.46亿元，同比增长12.33%，完成率")
  .replace("lead: 推进医共体建设\n", "lead: 推进医共体建设。\n")
  .replace("86张(含重症床位12张)", "86张（含重症床位12张）");

describe("fixText on YAML", () => {
  it("makes minimal edits: comments, key order, quoting and block styles stay", () => {
    const result = fixText(MESSY_YAML, { format: "yaml" });
    expect(result.text).toBe(FIXED);
    expect(result.text).not.toBe(MESSY_YAML);
  });

  it("reports what it changed, where, before and after", () => {
    const { applied } = fixText(MESSY_YAML, { format: "yaml" });
    expect(applied).toContainEqual(
      expect.objectContaining({ rule: "doc-number", line: 7, column: 17, before: "[2024]", after: "〔2024〕" }),
    );
    expect(applied).toContainEqual(
      expect.objectContaining({ rule: "paired-marks", line: 18, before: '\\"', after: "“" }),
    );
    expect(applied.filter((a) => a.rule === "punctuation-width")).toHaveLength(7);
  });

  it("finds nothing to fix on a second run", () => {
    const once = fixText(MESSY_YAML, { format: "yaml" });
    const twice = fixText(once.text, { format: "yaml" });
    expect(twice.applied).toEqual([]);
    expect(twice.text).toBe(once.text);
  });

  it("finds no space between Chinese lines of a folded block: the reader joins them as typed", () => {
    const { diagnostics, report } = fixText(MESSY_YAML, { format: "yaml" });
    expect(diagnostics.filter(notReader)).toEqual([]);
    const initiative = report.body.summary?.sections[0]?.content[0] as { text?: string };
    expect(initiative.text).toBe("柔性引进专家团队7个，新设专科门诊6个。");
  });

  it("leaves nothing fixable after --fix, and fixes a space typed on one line", () => {
    const once = fixText(MESSY_YAML, { format: "yaml" });
    expect(lintText(once.text, { format: "yaml" }).diagnostics.filter(notReader)).toEqual([]);
    // A space typed on one line is the author's, and can go.
    const typed = once.text.replace("专家团队7个，\n              新设", "专家团队7个， 新设");
    const [own] = lintText(typed, { format: "yaml" }).diagnostics.filter(notReader);
    expect(own?.fix).toEqual({ start: 11, end: 12, text: "" });
    expect(own?.message).toBe("全角标点前后不加空格。");
  });

  it("keeps the figures exactly as they were", () => {
    const { text } = fixText(MESSY_YAML, { format: "yaml" });
    for (const figure of ["1,163.33万元", "-29.8%", "1.46亿元", "12.33%", "294.47%"]) expect(text).toContain(figure);
  });

  it("points each punctuation diagnostic at the very character in the YAML", () => {
    const { diagnostics } = lintText(MESSY_YAML, { format: "yaml" });
    const lines = MESSY_YAML.split("\n");
    const marks = diagnostics.filter((d) => d.rule === "punctuation-width" || d.rule === "paired-marks");
    expect(marks.length).toBe(9);
    for (const d of marks) {
      const at = lines[(d.line as number) - 1]?.slice((d.column as number) - 1) ?? "";
      expect(at.startsWith(d.excerpt === '"' ? '\\"' : (d.excerpt as string))).toBe(true);
    }
  });

  it("honours the report's own gongwen-lint comment", () => {
    const yaml = MESSY_YAML.replace("meta:\n  org", "meta:\n  planYear: 2025\n  org");
    const on = lintText(yaml.replace("plan-year=off", "plan-year=error"), { format: "yaml" });
    expect(on.diagnostics.some((d) => d.rule === "plan-year" && d.severity === "error")).toBe(true);
    expect(lintText(yaml, { format: "yaml" }).diagnostics.some((d) => d.rule === "plan-year")).toBe(false);
  });

  it("edits single-quoted scalars in place, doubled quotes included", () => {
    const yaml = `meta:\n  org: 青溪县卫生健康局\n  year: 2023\n  date: 2024-01-09\nbody:\n  opening: '围绕''强基层''主线,推进改革。'\n  summary:\n    content: [全年完成任务。]\n  plan:\n    content: [推进改革。]\n`;
    const result = fixText(yaml, { format: "yaml" });
    // The straight quotes inside the text are Chinese quotes in a quote: they become ‘’.
    expect(result.text).toContain("'围绕‘强基层’主线，推进改革。'");
  });

  it("fixes a mark that ends a line of a | block before a line that opens with a digit", () => {
    // The model joins `),` + `1-9月` with a space, `），` + `1-9月` without: that space goes with the fix.
    const yaml = MESSY_YAML.replace(
      "2023年,全县卫生健康工作稳中有进。",
      "新改建农村公路86公里(其中四级公路41公里),\n    1-9月完成投资1.2亿元。",
    );
    const { text, report, diagnostics } = fixText(yaml, { format: "yaml" });
    expect(text).toContain("新改建农村公路86公里（其中四级公路41公里），\n    1—9月完成投资1.2亿元。");
    expect(report.body.opening[0]).toBe("新改建农村公路86公里（其中四级公路41公里），1—9月完成投资1.2亿元。");
    expect(diagnostics.filter(notReader)).toEqual([]);
  });

  it("makes every fix in one run when several fields each hold fixes that only go one at a time", () => {
    const yaml = [
      "meta:",
      "  org: 青溪县卫生健康局",
      "  year: 2023",
      "  date: 2024-01-09",
      "body:",
      '  opening: ["全年!\\u200b", "!全年，。1-9月"]',
      "  summary:",
      '    sections: [{ title: "\\u200b:", content: [{ lead: "\\u200b:", text: 全年完成任务。 }] }]',
      "  plan:",
      "    content: [推进改革。]",
      "",
    ].join("\n");
    const once = fixText(yaml, { format: "yaml" });
    expect(once.report.body.opening).toEqual(["全年！", "！全年。1—9月"]);
    expect(once.text).not.toContain("\\u200b");
    expect(fixText(once.text, { format: "yaml" }).applied).toEqual([]);
  });
});

describe("the YAML reader's warnings in lint", () => {
  it("reports a comment after a meta value, which drops words from the document, as a warning", () => {
    const yaml = MESSY_YAML; // `org: 青溪县卫生健康局   # 机关全称`
    const found = lintText(yaml, { format: "yaml" }).diagnostics.filter((d) => d.rule === "yaml_comment_in_text");
    expect(found.map((d) => [d.severity, d.path])).toEqual([["warning", ["meta", "org"]]]);
    expect(found[0]?.messages.en).toContain("is a YAML comment");
    expect(fixText(yaml, { format: "yaml" }).diagnostics.some((d) => d.rule === "yaml_comment_in_text")).toBe(true);
  });
});
