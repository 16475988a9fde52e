import { parseReport, reportJsonSchema } from "@gongwen/schema";
import { describe, expect, it } from "vitest";
import { parseMarkdown, renderMarkdown, reportToMdast } from "../src/index.js";
import { FRONT_MATTER_KEYS } from "../src/write/front-matter.js";
import { SAMPLE } from "./sample.js";

const EXPECTED = `---
org: 青溪县卫生健康局
year: 2023
kind: summary-and-plan
planYear: 2024
planName: 工作思路
date: 2024-01-09
signature: 青溪县卫生健康局
docNumber: 青卫〔2024〕3号
letterhead: false
---

# 青溪县卫生健康局2023年工作总结和2024年工作思路

2023年，我局坚持以人民健康为中心，各项工作取得新成效。

## 一、2023年工作总结

### （一）健康县城建设成果丰硕

全年新建健康村32个，健康素养水平达31.2%。

**一是深化改革。**正文第一项。

**二是完善体系建设。**新增床位120张。

**三是**只有正文的举措。

Table: 2023年主要指标完成情况

| 指标   | 目标 | 完成   |
| ------ | ---- | ------ |
| 签约率 | 45%  | 45.77% |

#### 1.应急指挥

**1.完善体系建设，强化应急指挥能力。**建成指挥平台1个。

##### （1）演练

**（1）开展演练。**

## 二、2024年工作思路

**一是推进健康青溪建设。**力争签约率达50%。

---

此外，持续抓好安全生产工作。
`;

/** A summary-only report around one section's content, for the cases below. */
function withContent(content: unknown[], extra: Record<string, unknown> = {}) {
  return parseReport({
    meta: { org: "青溪县卫生健康局", year: 2023, kind: "summary", date: "2024-01-09" },
    body: { sections: [{ title: "主题", content, ...extra }] },
  });
}

describe("renderMarkdown", () => {
  it("writes the sample report exactly: front matter, numbered headings, run-in initiatives, captioned table", () => {
    expect(renderMarkdown(SAMPLE)).toBe(EXPECTED);
  });

  it("writes `**一是深化改革。**正文` with no character reference after the strong", () => {
    const markdown = renderMarkdown(withContent([{ lead: "深化改革。", text: "正文" }]));
    expect(markdown).toContain("\n**一是深化改革。**正文\n");
    expect(markdown).not.toMatch(/&#x[0-9A-F]+;/i);
  });

  it("writes the front matter keys in the model's order (the JSON Schema's), the title left to the heading", () => {
    const schema = reportJsonSchema() as { properties: { meta: { properties: Record<string, unknown> } } };
    const modelOrder = Object.keys(schema.properties.meta.properties).filter((key) => key !== "title");
    expect([...FRONT_MATTER_KEYS]).toEqual(modelOrder);
  });

  it("writes every optional meta field, disclosure in its own order, lists as YAML lists", () => {
    const report = parseReport({
      meta: {
        org: "青溪县卫生健康局",
        year: 2023,
        kind: "summary",
        date: "2024年1月9日",
        cc: ["县委办公室", "县政府办公室"],
        issueDate: "2024-01-10",
        disclosure: { openness: "主动公开", indexNo: "001/2024-00001" },
        note: "123",
      },
      body: { sections: [{ title: "主题", content: ["段落。"] }] },
    });
    const markdown = renderMarkdown(report);
    expect(markdown).toContain("date: 2024-01-09\n");
    expect(markdown).toContain("cc:\n  - 县委办公室\n  - 县政府办公室\n");
    expect(markdown).toContain("issueDate: 2024-01-10\n");
    expect(markdown).toContain('note: "123"\n');
    expect(markdown).toContain("disclosure:\n  indexNo: 001/2024-00001\n  openness: 主动公开\n---");
    expect(markdown).not.toContain("title:");
    expect(parseMarkdown(markdown)).toStrictEqual(report);
  });

  it("separates a decimal label from a lead or title that starts with a digit, so it is not read as 1.5", () => {
    const report = parseReport({
      meta: { org: "青溪县卫生健康局", year: 2023, kind: "summary", date: "2024-01-09" },
      body: {
        sections: [
          {
            title: "主题",
            sections: [
              {
                title: "主题二",
                sections: [{ title: "5G基站建设", style: "decimal", content: [{ lead: "5倍增长。", text: "正文" }] }],
              },
            ],
          },
        ],
      },
    });
    const markdown = renderMarkdown(report);
    expect(markdown).toContain("\n#### 1. 5G基站建设\n");
    expect(markdown).toContain("\n**1. 5倍增长。**正文\n");
    expect(parseMarkdown(markdown)).toStrictEqual(report);
  });

  it("keeps the style of a section without initiatives in a comment after its heading", () => {
    const report = withContent(["只有段落。"], { style: "paren" });
    const markdown = renderMarkdown(report);
    expect(markdown).toContain("## 一、主题\n\n<!-- style: paren -->\n\n只有段落。\n");
    expect(parseMarkdown(markdown)).toStrictEqual(report);
    expect(renderMarkdown(withContent(["只有段落。"]))).not.toContain("<!--");
  });

  it("escapes a paragraph that looks like a caption before a table without one", () => {
    for (const [paragraph, escaped] of [
      ["Table: 不是表题", "Table\\: 不是表题"],
      ["表：也不是表题", "表&#xFF1A;也不是表题"],
      ["表: 同上", "表\\: 同上"],
    ]) {
      const report = withContent([paragraph, { table: { header: ["指标"], rows: [["1"]] } }]);
      const markdown = renderMarkdown(report);
      expect(markdown).toContain(`\n${escaped}\n`);
      expect(parseMarkdown(markdown)).toStrictEqual(report);
    }
    const captioned = withContent([{ table: { caption: "表题", header: ["指标"], rows: [] } }]);
    expect(renderMarkdown(captioned)).toContain("\nTable: 表题\n\n| 指标 |\n| ---- |\n");
  });

  it("escapes Markdown syntax in text so that it reads back as the same text", () => {
    const texts = [
      "1. 不是列表",
      "- 不是列表",
      "> 不是引用",
      "# 不是标题",
      "---",
      "**不是加粗**",
      "a_b_c *d* [e](f) <g> \\ | `h`",
      "&amp; &#x6B63;",
      "<!-- style: decimal -->",
    ];
    const report = withContent(texts);
    const markdown = renderMarkdown(report);
    expect(markdown).toContain("\n1\\. 不是列表\n");
    expect(parseMarkdown(markdown)).toStrictEqual(report);
  });

  it("lines up table pipes counting a Chinese character as two columns", () => {
    const markdown = renderMarkdown(withContent([{ table: { header: ["指标", "x"], rows: [["ab", "完成率"]] } }]));
    expect(markdown).toContain("| 指标 | x      |\n| ---- | ------ |\n| ab   | 完成率 |\n");
  });

  it("never writes control characters, even from a hand-built report", () => {
    const report = withContent(["正文"]);
    const broken = { ...report, meta: { ...report.meta, title: "标\u0007题", note: "附\u0000注" } };
    const markdown = renderMarkdown(broken);
    expect(markdown).toContain("# 标题\n");
    expect(markdown).toContain("note: 附注\n");
  });
});

describe("reportToMdast", () => {
  it("builds the tree later writers start from: front matter, title, sections, closing after a break", () => {
    const tree = reportToMdast(SAMPLE);
    expect(tree.children.map((node) => node.type).slice(0, 4)).toEqual(["yaml", "heading", "paragraph", "heading"]);
    expect(tree.children.at(-2)?.type).toBe("thematicBreak");
    const caption = tree.children.find((node) => node.type === "paragraph" && node.data?.gongwenCaption);
    expect(caption).toMatchObject({ children: [{ type: "text", value: "Table: 2023年主要指标完成情况" }] });
    const headings = tree.children.flatMap((node) => (node.type === "heading" ? [node.depth] : []));
    expect(headings).toEqual([1, 2, 3, 4, 5, 2]);
  });
});
