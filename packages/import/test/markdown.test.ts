import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importText } from "../src/index.js";
import { markdownToLines } from "../src/markdown-lines.js";
import { expectNothingDropped } from "./helpers/nothing-dropped.js";
import { outline } from "./helpers/outline.js";

const generic = readFileSync(new URL("./fixtures/generic.md", import.meta.url), "utf8");

describe("Markdown a clerk wrote (not the gongwen dialect)", () => {
  const result = importText(generic, { format: "markdown" });

  it("reads the title, the headings, the bold leads, the captioned table, the closing and the date", () => {
    expect(result.report.meta).toMatchObject({
      org: "青溪县交通运输局",
      year: 2023,
      kind: "summary-and-plan",
      date: "2024-01-22",
    });
    expect(outline(result.report)).toEqual([
      "开头 2023年，县交通运输局坚持“项目为王”，全年完成交通投资14.6亿元，同比增长9.8%。",
      "一、2023年工作总结",
      "  （一）交通项目建设",
      "    一是【推进国省道改造。】完成国道改建18公里，省道提升工程全线贯通。",
      "    二是【加快农村公路建设。】新改建农村公路126公里，建成“四好农村路”示范线3条。",
      "  （二）运输服务保障",
      "    ¶ 全年客运量保持平稳，货运量稳步增长。",
      "    表 主要运输指标 | 指标 2023年 增长 | 客运量 312万人次 4.2% | 货运量 860万吨 6.5%",
      "二、2024年工作思路",
      "  1.【推进交通强县建设。】力争完成交通投资15亿元。",
      "  2.【推进运输服务提质。】新开通城乡公交线路4条。",
      "结尾 此外，持续抓好交通安全、治超治限、行业文明创建等工作。",
    ]);
  });

  it("keeps every character of the text (markup aside)", () => {
    const lines = markdownToLines(generic).lines.map((l) => ({
      line: l.line,
      text: l.table ? [l.table.header, ...l.table.rows].flat().join("") : l.text,
    }));
    expectNothingDropped(lines, result);
  });
});

describe("the Markdown reader", () => {
  it("reads headings by depth below the title, joins soft-wrapped lines, and keeps bold ranges", () => {
    const { lines } = markdownToLines("# 标题\n\n## 一级\n\n#### 深一级\n\n**一是推进。**正文第一行\n第二行\n");
    expect(lines.map((l) => [l.text, l.heading])).toEqual([
      ["标题", 0],
      ["一级", 1],
      ["深一级", 3],
      ["一是推进。正文第一行第二行", undefined],
    ]);
    expect(lines[3]?.bold).toEqual([[0, 5]]);
  });

  it("unescapes, drops images and link targets, and reads front matter", () => {
    const { lines, frontMatter } = markdownToLines(
      "---\norg: 青溪县林业局\nyear: 2023\n---\n\\*注意\\* ![图](a.png)[链接](http://x) `代码`\n",
    );
    expect(frontMatter).toEqual({ org: "青溪县林业局", year: 2023 });
    expect(lines.map((l) => l.text)).toEqual(["*注意* 链接 代码"]);
  });

  it("reports a front matter it cannot read, and goes on", () => {
    const result = importText(
      "---\norg: [\n---\n# 青溪县林业局2023年工作总结\n## 一、造林\n造林1.2万亩。\n\n青溪县林业局\n\n2024年1月5日\n",
      {
        format: "markdown",
      },
    );
    expect(result.warnings.map((w) => w.code)).toEqual(["front_matter", "markdown_fallback"]);
    expect(result.report.meta.org).toBe("青溪县林业局");
  });

  it("reads the gongwen dialect exactly, front matter and all", () => {
    const dialect = `---\norg: 青溪县林业局\nyear: 2023\nkind: summary\ndate: 2024-01-05\ndocNumber: 青林〔2024〕1号\n---\n# 青溪县林业局2023年工作总结\n\n## 一、造林绿化\n\n**一是扩面。**造林1.2万亩。\n`;
    const result = importText(dialect, { format: "markdown" });
    expect(result.warnings).toEqual([]);
    expect(result.report.meta.docNumber).toBe("青林〔2024〕1号");
    expect(result.report.body.sections?.[0]?.content).toEqual([{ lead: "扩面。", text: "造林1.2万亩。" }]);
  });
});
