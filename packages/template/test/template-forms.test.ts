import { describe, expect, it } from "vitest";
import {
  isTemplateText,
  loadTemplate,
  renderTemplate,
  safeFileName,
  safeFileNameOf,
  safeRenderTemplate,
  UniqueNames,
} from "../src/index.js";

const MARKDOWN = `---
org: "{{县名}}统计局"
year: 2023
kind: summary
date: 2024-01-15
---

# {{县名}}统计局2023年工作总结

全年地区生产总值{{yi 产值 from="wan"}}亿元，{{yoy 产值 上年产值}}。

## 一、主要工作

**一是抓基础。**{{#each 乡镇}}{{this}}{{#unless @last}}、{{/unless}}{{/each}}统计站全部达标。
`;

describe("Markdown templates", () => {
  it("fill each text of the parsed Markdown, repetition staying inside a text", () => {
    const report = renderTemplate(loadTemplate(MARKDOWN, { fileName: "t.md" }), {
      县名: "鹤川县",
      产值: 4345114,
      上年产值: 4218861,
      乡镇: ["甲镇", "乙镇"],
    });
    expect(report.meta.title).toBe("鹤川县统计局2023年工作总结");
    expect(report.body.opening).toEqual(["全年地区生产总值434.51亿元，同比增长3.0%。"]);
    expect(report.body.sections?.[0]?.content).toEqual([{ lead: "抓基础。", text: "甲镇、乙镇统计站全部达标。" }]);
  });
  it("locate problems in the Markdown", () => {
    const result = safeRenderTemplate(loadTemplate(MARKDOWN, { fileName: "t.md" }), { 县名: "鹤川县", 产值: "x" });
    expect(result.success ? [] : result.problems.map((p) => [p.line, p.column, p.expression])).toEqual([
      [10, 9, '{{yi 产值 from="wan"}}'],
      [10, 32, "{{yoy 产值 上年产值}}"],
      [14, 11, "{{#each 乡镇}}"],
    ]);
  });
});

const DIRECTIVES = `meta:
  org: 澜江市统计局
  year: 2023
  kind: summary
  date: 2024-01-15
body:
  opening:
    - each: 县
      unless: 合并
      paragraph: "{{@index}}{{名}}属{{../市}}，{{@root.市}}。"
  sections:
    - each: 县
      title: "{{名}}"
      content:
        - each: 镇
          item: "{{../名}}{{this}}"
`;

describe("directives", () => {
  it("repeat sections and paragraphs, with unless, item:, ../, @root and @index", () => {
    const report = renderTemplate(loadTemplate(DIRECTIVES), {
      市: "澜江市",
      县: [
        { 名: "甲县", 合并: false, 镇: ["东镇", "西镇"] },
        { 名: "乙县", 合并: true, 镇: [] },
      ],
    });
    expect(report.body.opening).toEqual(["0甲县属澜江市，澜江市。"]);
    expect(report.body.sections?.map((s) => [s.title, s.content])).toEqual([
      ["甲县", ["甲县东镇", "甲县西镇"]],
      ["乙县", []],
    ]);
  });
  it("recognise a template by its expressions, data: block or directive items", () => {
    expect(isTemplateText("meta:\n  org: 甲\n")).toBe(false);
    expect(isTemplateText("meta:\n  org: '{{名}}'\n")).toBe(true);
    expect(isTemplateText("data:\n  a: 1\nmeta: {}\n")).toBe(true);
    expect(isTemplateText("body:\n  opening:\n    - if: a\n      paragraph: 文字\n")).toBe(true);
  });
});

describe("file names from data", () => {
  it("never leave the folder, avoid reserved names and characters, and bound the length", () => {
    expect(safeFileName("../../etc/passwd")).toBe("_.._etc_passwd");
    expect(safeFileName('a<b>c:d"e|f?g*h\\i')).toBe("a_b_c_d_e_f_g_h_i");
    expect(safeFileName("nul.txt")).toBe("_nul.txt");
    expect(safeFileName(" . ")).toBe("report");
    expect(safeFileName("\u0000\u001f县")).toBe("__县");
    expect(Array.from(safeFileName("长".repeat(500)))).toHaveLength(80);
  });
  it("say what they changed: characters, device names, dots, length, nothing left", () => {
    expect(safeFileNameOf('a/b\\c:d*e?f"g<h>i|j\nk\u0085l/m')).toEqual({
      name: "a_b_c_d_e_f_g_h_i_j_k_l_m",
      changes: {
        replaced: ["/", "\\", ":", "*", "?", '"', "<", ">", "|", "\n", "\u0085"],
        reserved: false,
        dots: false,
        cut: false,
        empty: false,
      },
    });
    expect(safeFileNameOf("CON").changes).toMatchObject({ replaced: [], reserved: true });
    expect(safeFileNameOf("com¹.md").name).toBe("_com¹.md");
    expect(safeFileNameOf("..隐藏.").changes).toMatchObject({ dots: true, reserved: false });
    expect(safeFileNameOf("长".repeat(81)).changes).toMatchObject({ cut: true });
    expect(safeFileNameOf("??", "标题")).toMatchObject({ name: "__" });
    expect(safeFileNameOf(" . ", "标题")).toMatchObject({ name: "标题", changes: { empty: true, dots: true } });
    // Nothing a reader would miss: spaces gathered and trimmed.
    expect(safeFileNameOf("  鹤川县   报告 ")).toEqual({ name: "鹤川县 报告" });
    expect(safeFileNameOf("鹤川县报告")).toEqual({ name: "鹤川县报告" });
  });
  it("say the number they put after a name taken before", () => {
    const names = new UniqueNames();
    expect(names.claimName("报告")).toEqual({ name: "报告", base: "报告" });
    expect(names.claimName("报告")).toEqual({ name: "报告-2", base: "报告", number: 2 });
    expect(names.claimName("报/告")).toMatchObject({ name: "报_告", base: "报_告", changes: { replaced: ["/"] } });
    expect(names.claimName("报:告")).toMatchObject({ name: "报_告-2", number: 2, changes: { replaced: [":"] } });
    expect(names.claimName("报告")).toMatchObject({ name: "报告-3", number: 3 });
  });
  it("number duplicates, whatever the case", () => {
    const names = new UniqueNames();
    expect(["报告", "报告", "Report", "report", "报告"].map((n) => names.claim(n))).toEqual([
      "报告",
      "报告-2",
      "Report",
      "report-2",
      "报告-3",
    ]);
  });
});
