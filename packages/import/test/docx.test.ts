import { readdirSync, readFileSync } from "node:fs";
import { renderDocx } from "@gongwen/render-docx";
import { loadReportYaml, type Report } from "@gongwen/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importReport } from "../src/index.js";
import { report, visibleStyles } from "./helpers/arbitraries.js";
import { type DocxParagraph, minimalDocx } from "./helpers/docx.js";
import { outline } from "./helpers/outline.js";

const examplesDir = new URL("../../../examples/", import.meta.url);
const examples = readdirSync(examplesDir).filter((f) => f.endsWith(".yaml"));

/**
 * What a DOCX keeps of a report: everything — the disclosure attributes in its custom document
 * properties — except the numbering style of a section without initiatives, which nothing shows.
 */
function printed(r: Report): Report {
  return visibleStyles(r);
}

describe("DOCX written by @gongwen/render-docx comes back", () => {
  it("finds the examples to read, some with disclosure attributes", () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
    const withDisclosure = examples.filter(
      (f) => loadReportYaml(readFileSync(new URL(f, examplesDir), "utf8")).meta.disclosure,
    );
    expect(withDisclosure.length).toBeGreaterThan(0);
  });

  it.each(examples)("import(renderDocx(r)) gives back r for examples/%s", async (file) => {
    const r = loadReportYaml(readFileSync(new URL(file, examplesDir), "utf8"), file);
    const result = await importReport(await renderDocx(r), { format: "docx", fileName: file });
    expect(result.report).toEqual(printed(r));
    // Nothing is guessed: the closing is marked by its style 结尾段.
    expect(result.warnings).toEqual([]);
  });

  it("import(renderDocx(r)) gives back r for generated reports", async () => {
    await fc.assert(
      fc.asyncProperty(report, async (r) => {
        const result = await importReport(await renderDocx(r), { format: "docx" });
        expect(result.report).toEqual(printed(r));
      }),
      { numRuns: 25 },
    );
  });
});

describe("DOCX from Word without heading styles: the text patterns decide", () => {
  const paragraphs: DocxParagraph[] = [
    { text: "青溪县林业局2023年工作总结" },
    { text: "2023年，县林业局以“护绿、增绿、用绿”为主线，全年完成造林1.2万亩。" },
    { text: "一、生态保护" },
    { text: "（一）森林防火" },
    {
      runs: [
        { text: "一是" },
        { text: "压实防火责任。", bold: true },
        { text: "签订责任书326份，全年未发生较大森林火灾。" },
      ],
    },
    { runs: [{ text: "二是加强队伍建设。", bold: true }, { text: "组建专业扑火队3支，队员96名。" }] },
    { text: "（二）资源管护" },
    { text: "全县森林覆盖率达到78.6%，公益林面积保持在46.2万亩。" },
    {
      table: [
        ["指标", "2023年"],
        ["造林面积", "1.2万亩"],
        ["森林覆盖率", "78.6%"],
      ],
      caption: "主要指标完成情况",
    },
    { text: "青溪县林业局" },
    { text: "2024年1月19日" },
  ];

  it("reads the title, the levels, the bold leads and the table", async () => {
    const result = await importReport(minimalDocx(paragraphs), { format: "docx" });
    expect(result.report.meta).toMatchObject({ org: "青溪县林业局", year: 2023, kind: "summary", date: "2024-01-19" });
    expect(outline(result.report)).toEqual([
      "开头 2023年，县林业局以“护绿、增绿、用绿”为主线，全年完成造林1.2万亩。",
      "一、生态保护",
      "  （一）森林防火",
      "    一是【压实防火责任。】签订责任书326份，全年未发生较大森林火灾。",
      "    二是【加强队伍建设。】组建专业扑火队3支，队员96名。",
      "  （二）资源管护",
      "    ¶ 全县森林覆盖率达到78.6%，公益林面积保持在46.2万亩。",
      "    表 主要指标完成情况 | 指标 2023年 | 造林面积 1.2万亩 | 森林覆盖率 78.6%",
    ]);
    expect(result.warnings).toEqual([]);
  });

  it("uses Word heading styles when the headings carry no numbers", async () => {
    const styled: DocxParagraph[] = [
      { text: "青溪县林业局2023年工作总结", style: "Title" },
      { text: "生态保护", style: "Heading1" },
      { text: "森林防火", style: "Heading2" },
      { text: "全年未发生较大森林火灾。" },
      { text: "资源管护", style: "Heading2" },
      { text: "全县森林覆盖率达到78.6%。" },
      { text: "2024年1月19日" },
    ];
    const result = await importReport(minimalDocx(styled), { format: "docx" });
    expect(outline(result.report)).toEqual([
      "一、生态保护",
      "  （一）森林防火",
      "    ¶ 全年未发生较大森林火灾。",
      "  （二）资源管护",
      "    ¶ 全县森林覆盖率达到78.6%。",
    ]);
  });
});
