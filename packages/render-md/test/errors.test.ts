import { describe, expect, it } from "vitest";
import { parseMarkdownWithSource, renderMarkdown } from "../src/index.js";
import { FRONT, problemsOf, where } from "./helpers.js";
import { SAMPLE } from "./sample.js";

describe("problems in the front matter are reported at their line in the Markdown file", () => {
  it("a YAML syntax error, with the schema's hint for a full-width colon", () => {
    const problems = problemsOf("---\norg: 青溪县卫生健康局\nyear： 2023\ndate: 2024-01-09\n---\n\n# 标题\n", {
      fileName: "报告.md",
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 3, column: 1 });
    expect(problems[0]?.code).toMatch(/^yaml_/);
    expect(problems[0]?.file).toBe("报告.md");
    expect(problems[0]?.message).toContain("全角");
  });

  it("an unknown key with the nearest known one suggested", () => {
    const problems = problemsOf(`${FRONT.replace("date:", "titel: 自拟\ndate:")}\n# 标题\n\n## 一、甲`);
    expect(where(problems)).toEqual([["unrecognized_keys", 4, 1]]);
    expect(problems[0]?.message).toContain("是不是要写“title”");
  });

  it("a bad value at the value, a missing field at the front matter", () => {
    const problems = problemsOf("---\norg: 青溪县卫生健康局\nyear: 二〇二三\nkind: 总结\n---\n\n# 标题\n\n## 一、甲");
    expect(where(problems)).toEqual([
      ["invalid_type", 1, 1],
      ["invalid_type", 3, 7],
      ["invalid_value", 4, 7],
    ]);
    expect(problems.map((p) => p.path.join("."))).toEqual(["meta.date", "meta.year", "meta.kind"]);
  });

  it("a front matter that is not a mapping, or that YAML cannot turn into data", () => {
    expect(where(problemsOf("---\n- 列表\n---\n\n# 标题"))).toEqual([["front_matter_not_mapping", 1, 1]]);
    const bomb = `---\na: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 12 }, (_, i) => `k${i}: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]`).join("\n")}\n---\n`;
    expect(where(problemsOf(bomb)).map(([code]) => code)).toEqual(["front_matter_unreadable"]);
  });

  it("a missing date when there is no front matter at all, at line 1", () => {
    const problems = problemsOf("# 青溪县卫生健康局2023年工作总结\n\n## 一、甲\n\n正文。");
    expect(where(problems)).toEqual([["invalid_type", 1, 1]]);
    expect(problems[0]?.path).toEqual(["meta", "date"]);
  });
});

describe("problems of the model in the body point at the Markdown that holds them", () => {
  it("an empty heading title at its heading, a ragged table row at the row, a control character at its paragraph", () => {
    const text = `${FRONT}\n# 标题\n\n## 一、\n\n## 二、乙\n\n正文\u0007。\n\n| a | b |\n| - | - |\n| 1 | 2 |\n| 3 | 4 | 5 |\n`;
    const problems = problemsOf(text, { fileName: "报告.md" });
    expect(where(problems)).toEqual([
      ["empty_text", 9, 1],
      ["forbidden_character", 13, 1],
      ["row_width", 18, 1],
    ]);
    expect(problems.map((p) => p.path.join("."))).toEqual([
      "body.sections.0.title",
      "body.sections.1.content.0",
      "body.sections.1.content.1.table.rows.1",
    ]);
    expect(problems.every((p) => p.file === "报告.md")).toBe(true);
    expect(problems[0]?.message).toContain("内容为空");
  });

  it("a missing part of a summary-and-plan report at the start of the body", () => {
    const text = `${FRONT.replace("---\n", "---\nkind: summary-and-plan\n")}\n# 标题\n\n## 一、2023年工作总结\n`;
    expect(where(problemsOf(text))).toEqual([["missing_part", 8, 1]]);
  });

  it("an initiative with neither lead nor text at its paragraph", () => {
    expect(where(problemsOf(`${FRONT}\n# 标题\n\n## 一、甲\n\n正文。\n\n**二是**`))).toEqual([
      ["empty_initiative", 13, 1],
    ]);
  });
});

describe("parseMarkdownWithSource", () => {
  it("locates model paths in the Markdown: front matter values and keys, title, headings, initiatives, tables, closing", () => {
    const markdown = renderMarkdown(SAMPLE);
    const lines = markdown.split("\n");
    const lineOf = (text: string) => lines.findIndex((line) => line.includes(text)) + 1;
    const { report, locate } = parseMarkdownWithSource(markdown);
    expect(report).toStrictEqual(SAMPLE);
    expect(locate(["meta", "date"])).toEqual({ line: lineOf("date: "), column: 7 });
    expect(locate(["meta", "date"], { key: true })).toEqual({ line: lineOf("date: "), column: 1 });
    expect(locate(["meta", "title"])).toEqual({ line: lineOf("# 青溪县"), column: 1 });
    const part = ["body", "summary", "sections", 0];
    expect(locate([...part, "title"])).toEqual({ line: lineOf("（一）健康县城"), column: 1 });
    expect(locate([...part, "content", 1, "lead"])).toEqual({ line: lineOf("**一是深化改革"), column: 1 });
    expect(locate([...part, "content", 1, "text"])).toEqual({ line: lineOf("正文第一项"), column: 12 });
    expect(locate([...part, "content", 4, "table", "caption"])).toEqual({ line: lineOf("Table: "), column: 1 });
    expect(locate([...part, "content", 4, "table", "rows", 0, 2])).toEqual({
      line: lineOf("| 签约率"),
      column: (lines[lineOf("| 签约率") - 1] ?? "").indexOf("| 45.77%") + 1,
    });
    expect(locate(["body", "closing", 0])).toEqual({ line: lineOf("此外"), column: 1 });
    expect(locate([...part, "sections", 0, "content", 0, "text"])?.line).toBe(lineOf("建成指挥平台"));
  });
});
