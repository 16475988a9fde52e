import { ReportError, toChineseNumeral } from "@gongwen/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ImportFormat, type ImportResult, importReport, importText } from "../src/index.js";

/** Pieces of real pasted reports, to be shuffled into texts that reach deep into the importer. */
const TOKENS = [
  "\n",
  "\n\n",
  " ",
  "  ",
  "\t",
  "\u3000",
  "\u00a0",
  "\r\n",
  "\uFEFF",
  "\u0007",
  "\ud800",
  "青溪县卫生健康局2023年工作总结和2024年工作思路",
  "青溪县统计局2023年工作总结",
  "云岭市2024年工作要点",
  "一、",
  "二、",
  "三、",
  "（一）",
  "(二)",
  "一是",
  "二是",
  "1.",
  "2．",
  "3、",
  "（1）",
  "(2)",
  "十一、",
  "二十是",
  "2023年工作总结",
  "2024年工作思路",
  "深化医共体建设。",
  "全县完成投资1.46亿元，同比增长12.3%。",
  "此外，",
  "索引号：",
  "组配分类:",
  "成文日期：2024-01-09",
  "发布机构：",
  "公开方式：主动公开",
  "•",
  "文号：无",
  "发布日期: 2024- 01- 09 15 : 32 浏览次数: 字体:[ ]",
  "【打印本页】",
  "【关闭窗口】",
  "首页 > 政务公开 > 计划总结",
  "相关文件",
  "2024年1月9日",
  "二〇二四年一月九日",
  "青溪县卫生健康局",
  "附件：1.统计表",
  "抄送：县委办公室。",
  "（此件公开发布）",
  "县人民政府：",
  "青卫〔2024〕3号",
  "青溪县卫生健康局文件",
  "“一、二、三”",
  "(2024年,",
  "Ⅰ标段",
  "1+5+8",
  "XX市",
  "0",
  "# ",
  "## ",
  "**",
  "|",
  "---",
  "Table: ",
  "> ",
  "- ",
  "<!-- x -->",
  "\\",
  "`",
  "[a](b)",
];

const genreText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((t) => t.join(""));
const anyText = fc.oneof(genreText, fc.string({ unit: "binary", maxLength: 200 }), fc.string({ maxLength: 400 }));

/** An import either gives a valid result or throws a ReportError whose problems all carry a line. */
function expectResultOrLocatedError(run: () => ImportResult): void {
  let result: ImportResult | undefined;
  try {
    result = run();
  } catch (error) {
    expect(error).toBeInstanceOf(ReportError);
    const problems = (error as ReportError).problems;
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.message.length).toBeGreaterThan(0);
    }
    return;
  }
  expect(result.report.meta.org.length).toBeGreaterThan(0);
  for (const w of result.warnings) expect(w.line).toBeGreaterThanOrEqual(1);
  for (const r of result.removed) expect(r.line).toBeGreaterThanOrEqual(1);
}

describe("fuzz: any input gives a report or a located ReportError, nothing else", () => {
  for (const format of ["text", "markdown"] as ImportFormat[]) {
    it(`${format}: any string`, () => {
      fc.assert(
        fc.property(anyText, fc.boolean(), (text, strict) => {
          expectResultOrLocatedError(() => importText(text, { format, strict, locale: strict ? "en" : "zh" }));
        }),
        { numRuns: 400 },
      );
    });
  }

  it("docx: any bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        let result: ImportResult | undefined;
        try {
          result = await importReport(bytes, { format: "docx" });
        } catch (error) {
          expect(error).toBeInstanceOf(ReportError);
          expect((error as ReportError).problems[0]?.line).toBe(1);
        }
        expect(result).toBeUndefined();
      }),
      { numRuns: 50 },
    );
  });

  it("a large pasted text is read quickly", () => {
    const unit = "一是深化医共体建设。全县完成投资1.46亿元，同比增长12.3%。\n";
    // 3,000 initiatives: 15 sections of 200, the most a section may hold (MAX_BLOCKS).
    const sections = Array.from({ length: 15 }, (_, i) => `${toChineseNumeral(i + 1)}、主要工作\n${unit.repeat(200)}`);
    const text = `青溪县卫生健康局2023年工作总结\n${sections.join("")}2024年1月9日\n`;
    const start = performance.now();
    const result = importText(text, { format: "text" });
    expect(performance.now() - start).toBeLessThan(5000);
    expect(result.report.body.sections?.map((s) => s.content.length)).toEqual(Array(15).fill(200));
  });
});
