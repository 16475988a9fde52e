import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../src/index.js";
import { FRONT, problemsOf, where } from "./helpers.js";

/** The level-1 sections of a summary-only report written as Markdown body. */
function sectionsOf(body: string) {
  const report = parseMarkdown(`${FRONT}\n# 标题\n\n${body}`);
  return report.body.sections ?? [];
}

describe("parseMarkdown reads hand-written numbering", () => {
  it.each([
    ["## 一、主题", 1, "主题"],
    ["## 一.主题", 1, "主题"],
    ["## 一． 主题", 1, "主题"],
    ["## 主题", 1, "主题"],
    ["## 一、二、主题", 1, "二、主题"],
    ["## 1.主题", 1, "1.主题"],
    ["### （一）主题", 2, "主题"],
    ["### (一)主题", 2, "主题"],
    ["### (一）主题", 2, "主题"],
    ["### 一、主题", 2, "一、主题"],
    ["#### 1.主题", 3, "主题"],
    ["#### 1．主题", 3, "主题"],
    ["#### 1、主题", 3, "主题"],
    ["#### 12.主题", 3, "主题"],
    ["#### 1.5倍增长", 3, "1.5倍增长"],
    ["#### 1. 5倍增长", 3, "5倍增长"],
    ["##### （1）主题", 4, "主题"],
    ["##### (1)主题", 4, "主题"],
    ["##### 1.主题", 4, "1.主题"],
  ])("%s → level %i titled %s", (heading, level, title) => {
    const parents = ["## 一、甲", "### （一）乙", "#### 1.丙"].slice(0, level - 1);
    let section = sectionsOf([...parents, heading].join("\n\n"))[0];
    for (let l = 1; l < level; l++) section = section?.sections[0];
    expect(section?.title).toBe(title);
  });

  it("reads initiatives in every label form, the first one setting the section's style", () => {
    const [ordinal, decimal, paren] = sectionsOf(
      [
        "## 一、甲",
        "**一是深化改革。**正文一",
        "**二是**只有正文",
        "## 二、乙",
        "**1、完善体系。** 正文二",
        "**2．强化能力。**",
        "**（3）混用的编号也读作举措。**正文",
        "## 三、丙",
        "**(1)推进。**正文三",
      ].join("\n\n"),
    );
    expect(ordinal).toMatchObject({
      style: "ordinal",
      content: [{ lead: "深化改革。", text: "正文一" }, { text: "只有正文" }],
    });
    expect(decimal).toMatchObject({
      style: "decimal",
      content: [
        { lead: "完善体系。", text: "正文二" },
        { lead: "强化能力。" },
        { lead: "混用的编号也读作举措。", text: "正文" },
      ],
    });
    expect(paren).toMatchObject({ style: "paren", content: [{ lead: "推进。", text: "正文三" }] });
  });

  it("keeps single tildes, which Chinese texts use for ranges", () => {
    const [section] = sectionsOf("## 一、甲\n\n1~4月份增长5%~8%，5~6月份持平。");
    expect(section?.content).toEqual(["1~4月份增长5%~8%，5~6月份持平。"]);
  });

  it("reads a bold opening without an initiative label as a plain paragraph", () => {
    const [section] = sectionsOf("## 一、甲\n\n**重要**：按时报送。\n\n**1.5倍**于上年。");
    expect(section?.content).toEqual(["重要：按时报送。", "1.5倍于上年。"]);
  });

  it("flattens other inline formatting to its text", () => {
    const [section] = sectionsOf(
      "## 一、甲\n\n*强调*、[链接](http://example.cn)、`代码`、~~删除~~和**加粗**。\n换行续写。",
    );
    expect(section?.content).toEqual(["强调、链接、代码、删除和加粗。换行续写。"]);
  });

  it("turns list items into paragraphs (one per item, nested lists in order) and unwraps block quotes", () => {
    const [section] = sectionsOf(
      "## 一、甲\n\n- 第一项\n- [x] 第二项\n  1. 嵌套项\n\n1. **一是深化改革。**正文\n\n> 引用的段落\n>\n> > 更深的引用",
    );
    expect(section?.content).toEqual([
      "第一项",
      "第二项",
      "嵌套项",
      { lead: "深化改革。", text: "正文" },
      "引用的段落",
      "更深的引用",
    ]);
  });

  it("takes `Table:`, `表：` and `表:` captions and keeps a caption-like paragraph not followed by a table", () => {
    const table = "| 指标 | 完成 |\n| --- | --- |\n| 床位 | 120 |";
    const [section] = sectionsOf(
      `## 一、甲\n\nTable: 甲表\n\n${table}\n\n表：乙表\n\n${table}\n\n表: 丙表\n${table}\n\n表：后面没有表格`,
    );
    const captions = section?.content.map((b) => (typeof b === "object" && "table" in b ? b.table.caption : b));
    expect(captions).toEqual(["甲表", "乙表", "丙表", "表：后面没有表格"]);
  });

  it("reads the closing after the last thematic break and skips breaks between sections", () => {
    const report = parseMarkdown(
      `${FRONT}\n# 标题\n\n开头。\n\n## 一、甲\n\n正文。\n\n---\n\n## 二、乙\n\n正文。\n\n***\n\n结尾一。\n\n结尾二。`,
    );
    expect(report.body.opening).toEqual(["开头。"]);
    expect(report.body.sections?.map((s) => s.content)).toEqual([["正文。"], ["正文。"]]);
    expect(report.body.closing).toEqual(["结尾一。", "结尾二。"]);
  });

  it("reads a style comment after a heading and skips other HTML comments", () => {
    const [section] = sectionsOf(
      "## 一、甲\n\n<!-- style: decimal -->\n\n<!-- 备注：待核实 -->\n\n正文 <!-- 行内备注 -->。",
    );
    expect(section).toMatchObject({ style: "decimal", content: ["正文 。"] });
  });

  it("accepts Windows line endings and a byte order mark", () => {
    const text = `\uFEFF${FRONT}\n# 标题\n\n## 一、甲\n\n**一是深化。**正文\n\nTable: 表题\n\n| a |\n| - |\n`;
    const expected = [{ lead: "深化。", text: "正文" }, { table: { caption: "表题", header: ["a"], rows: [] } }];
    expect(parseMarkdown(text).body.sections?.[0]?.content).toEqual(expected);
    expect(parseMarkdown(text.replace(/\n/g, "\r\n")).body.sections?.[0]?.content).toEqual(expected);
  });
});

describe("parseMarkdown derives what hand-written Markdown leaves out", () => {
  it("derives summary-and-plan, org, year and the plan name from the headings and title", () => {
    const report = parseMarkdown(
      "---\ndate: 2024-01-09\n---\n\n# 青溪县卫生健康局2023年工作总结和2024年工作计划\n\n## 一、2023年工作总结\n\n正文。\n\n## 二、2024年工作计划\n\n**一是推进。**",
    );
    expect(report.meta).toMatchObject({
      org: "青溪县卫生健康局",
      year: 2023,
      kind: "summary-and-plan",
      planName: "工作计划",
      planYear: 2024,
    });
    expect(report.body.summary?.title).toBe("2023年工作总结");
    expect(report.body.plan?.content).toEqual([{ lead: "推进。" }]);
  });

  it("derives summary when the headings are themes, and plan when only the title names a plan", () => {
    const themes = parseMarkdown(
      `${FRONT}\n# 青溪县卫生健康局2023年工作总结\n\n## 一、高点定位\n\n## 二、2024年工作思路\n\n## 三、其他`,
    );
    expect(themes.meta.kind).toBe("summary");
    expect(themes.body.sections).toHaveLength(3);
    const plan = parseMarkdown(`${FRONT}\n# 青溪县卫生健康局2024年工作要点\n\n## 一、推进改革\n\n## 二、强化保障`);
    expect(plan.meta).toMatchObject({ kind: "plan", planName: "工作要点" });
  });

  it("lets the front matter's kind, org and year win over what the title says", () => {
    const report = parseMarkdown(
      "---\norg: 青溪县医疗保障局\nyear: 2022\nkind: summary\ndate: 2024-01-09\n---\n# 青溪县卫生健康局2023年工作总结和2024年工作思路\n\n## 一、2023年工作总结\n\n## 二、2024年工作思路",
    );
    expect(report.meta).toMatchObject({ org: "青溪县医疗保障局", year: 2022, kind: "summary" });
  });

  it("derives the title from the meta when there is no `# ` heading", () => {
    const report = parseMarkdown(`${FRONT.replace("---\n", "---\nkind: summary\n")}\n## 一、主题\n\n正文。`);
    expect(report.meta.title).toBe("青溪县卫生健康局2023年工作总结");
  });

  it("keeps YAML numbers in text fields as typed", () => {
    const report = parseMarkdown(
      `${FRONT.replace("---\n", "---\nkind: summary\ndocNumber: 012\nnote: 1.50\n")}\n## 一、主题`,
    );
    expect(report.meta).toMatchObject({ docNumber: "012", note: "1.50", year: 2023 });
  });
});

describe("parseMarkdown reports what it cannot represent, each at its line", () => {
  const head = `${FRONT}\n# 标题\n\n`; // body starts on line 9

  it.each([
    ["###### 太深", "heading_too_deep", "## 一、甲\n\n###### 太深"],
    ["a skipped level", "heading_skipped", "## 一、甲\n\n#### 1.跳级"],
    ["a second title", "title_misplaced", "## 一、甲\n\n# 第二个标题"],
    ["a fenced code block", "unsupported_code", "## 一、甲\n\n```\n代码\n```"],
    ["an indented code block", "unsupported_code", "## 一、甲\n\n    缩进四格"],
    ["an HTML block", "unsupported_html", "## 一、甲\n\n<div>块</div>"],
    ["inline HTML", "unsupported_html", "## 一、甲\n\n正文<b>加粗</b>"],
    ["an image", "unsupported_image", "## 一、甲\n\n![图](a.png)"],
    ["a footnote", "unsupported_footnote", "## 一、甲\n\n正文[^1]\n\n[^1]: 注"],
    ["a link definition", "unsupported_definition", "## 一、甲\n\n[a]: http://example.cn"],
    ["a heading in a list", "heading_in_container", "## 一、甲\n\n- # 列表里的标题"],
    ["a table in the opening", "table_outside_section", "| a |\n| - |\n\n## 一、甲"],
  ])("%s", (_name, code, body) => {
    const problems = problemsOf(head + body, { fileName: "报告.md" });
    const found = problems.find((p) => p.code === code);
    expect(found).toBeDefined();
    expect(found?.file).toBe("报告.md");
    expect(found?.line).toBe(code === "table_outside_section" ? 9 : 11);
    expect(found?.column).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ["in an initiative's lead", "## 一、甲\n\n**一是深化<br>改革。**正文"],
    ["in the second lead of a run-in paragraph", "## 一、甲\n\n**一是深化改革。**正文。**二是强化<br>监管。**正文"],
    ["in a strong that opens a plain paragraph", "## 一、甲\n\n**全年完成<br>任务。**正文"],
  ])("reports an HTML tag once, %s", (_name, body) => {
    const problems = problemsOf(head + body);
    expect(problems.filter((p) => p.code === "unsupported_html")).toHaveLength(1);
  });

  it("reports a third `##` heading of a summary-and-plan report", () => {
    const problems = problemsOf(
      `${FRONT.replace("---\n", "---\nkind: summary-and-plan\n")}\n# 标题\n\n## 一、总结\n\n## 二、思路\n\n## 三、多余`,
    );
    expect(where(problems)).toEqual([["extra_part", 14, 1]]);
  });

  it("reports a front matter title that differs from the heading, at the key", () => {
    const problems = problemsOf(
      "---\ntitle: 另一个标题\norg: 青溪县\nyear: 2023\ndate: 2024-01-09\n---\n# 标题\n\n## 一、甲",
    );
    expect(where(problems)).toEqual([["title_conflict", 2, 1]]);
  });

  it("takes an empty front matter title as no title, and a `# ` after the closing as a misplaced title", () => {
    const empty = "---\ntitle:\norg: 青溪县\nyear: 2023\ndate: 2024-01-09\n---\n# 标题\n\n## 一、甲";
    expect(parseMarkdown(empty).meta.title).toBe("标题");
    expect(where(problemsOf(`${head}## 一、甲\n\n---\n\n结尾。\n\n# 又一个标题`))).toEqual([
      ["title_misplaced", 15, 1],
    ]);
  });

  it("says it in English on request", () => {
    const [problem] = problemsOf(`${head}## 一、甲\n\n###### 太深`, { locale: "en" });
    expect(problem?.message).toMatch(/^heading too deep/);
  });
});
