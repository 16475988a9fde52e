import { type Problem, parseReport, ReportError } from "@gongwen/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMarkdown, renderMarkdown } from "../src/index.js";
import { reportInput } from "./arbitraries.js";
import { FRONT, problemsOf } from "./helpers.js";

/** Reading any text gives a report or a ReportError whose every problem has a line and column. */
function check(text: string): void {
  try {
    parseMarkdown(text, { fileName: "x.md" });
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    expect(error.problems.length).toBeGreaterThan(0);
    for (const p of error.problems as Problem[]) {
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeGreaterThanOrEqual(1);
      expect(p.file).toBe("x.md");
    }
  }
}

const FRAGMENTS = [
  "---\n",
  "---\norg: 青溪县\nyear: 2023\ndate: 2024-01-09\n---\n",
  "---\n: : :\n---\n",
  "---\n*a\n---\n",
  "# 标题\n",
  "## 一、2023年工作总结\n",
  "## 二、2024年工作思路\n",
  "### （一）",
  "#### 1.",
  "##### (1)",
  "###### 太深\n",
  "**一是",
  "深化改革。**",
  "正文",
  "\n",
  "\n\n",
  "Table: ",
  "表：",
  "| a | b |\n| - | - |\n",
  "| 1 | 2 | 3 |\n",
  "- ",
  "1. ",
  "> ",
  "```\n",
  "    ",
  "<div>",
  "<!-- style: paren -->",
  "![x](y)",
  "[^1]",
  "[^1]: n\n",
  "[a]: b\n",
  "***\n",
  "\u0007",
  "\uD800",
  "\r\n",
  "\uFEFF",
];

describe("parseMarkdown never throws anything but a located ReportError", () => {
  it("on any string", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), check), { numRuns: 500 });
  });

  it("on strings built from Markdown and front matter fragments", () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 })), { maxLength: 30 });
    fc.assert(
      fc.property(text, (pieces) => check(pieces.join(""))),
      { numRuns: 500 },
    );
  });

  it("on lists and block quotes nested deeper than the reader, or the Markdown parser, can follow", () => {
    // Refused before the parser by the limit on container marks per line (source-limits.ts).
    const nested = `${FRONT}\n# 标题\n\n## 一、甲\n\n${">".repeat(40)} 引用`;
    expect(problemsOf(nested).map((p) => [p.code, p.line])).toEqual([["line_nesting_too_deep", 11]]);
    expect(problemsOf(">".repeat(15000)).map((p) => p.code)).toEqual(["line_nesting_too_deep"]);
  });

  it("on rendered reports with characters cut out or pasted in", () => {
    const edited = fc.tuple(reportInput, fc.nat(), fc.nat({ max: 20 }), fc.string({ unit: "binary", maxLength: 6 }));
    fc.assert(
      fc.property(edited, ([input, at, cut, paste]) => {
        const markdown = renderMarkdown(parseReport(input));
        const i = at % (markdown.length + 1);
        check(markdown.slice(0, i) + paste + markdown.slice(i + cut));
      }),
      { numRuns: 200 },
    );
  });
});
