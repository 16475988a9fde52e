import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixText } from "../src/index.js";

/** Pieces of report text with every kind of fault the fixers handle, and things they must leave. */
const PIECES = [
  "全年",
  "完成",
  "投资",
  "县",
  "（一）",
  "(一)",
  "1、",
  "一是",
  "“",
  "”",
  '"',
  "。",
  "，",
  "、",
  "；",
  "《",
  "》",
  "1.46亿元",
  "12.33%",
  "1,163.33",
  "-29.8%",
  "15:32",
  "5%-95%",
  "1-9月",
  "2024年01月09日",
  "2023-12-28",
  "２０２３",
  "ＡＢ",
  "青卫[2024]3号",
  "XX",
  "某某",
  "\u200b",
  " ",
  "　",
  ",",
  ";",
  ":",
  "?",
  "!",
  "(",
  ")",
  "。。",
  "，。",
  "GDP",
  "f(x)",
  "https://qx.gov.cn/a?b=1,2",
];
const paragraph = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 25 })
  .map((parts) => parts.join(""))
  .filter((text) => text.trim().length > 0);

const yamlOf = (opening: string[], lead: string, styles: string[]) =>
  [
    "# 注释保留",
    "meta:",
    "  org: 青溪县卫生健康局",
    "  year: 2023",
    "  date: 2024-01-09",
    "body:",
    "  opening:",
    ...opening.map((text, i) => {
      const style = styles[i % styles.length];
      if (style === "block") return `    - |\n${text.replace(/^/gm, "      ")}`;
      if (style === "single") return `    - '${text.replace(/'/g, "''")}'`;
      return `    - ${JSON.stringify(text)}`;
    }),
    "  summary:",
    "    sections:",
    `      - title: ${JSON.stringify(lead)}`,
    `        content: [{ lead: ${JSON.stringify(lead)}, text: 全年完成任务。 }]`,
    "  plan:",
    "    content: [推进改革。]",
    "",
  ].join("\n");

let invalid = 0;
describe("fixText, for any text", () => {
  it("keeps the file a valid report with its comments, and a second run finds nothing to fix", () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 1, maxLength: 3 }),
        paragraph,
        fc.array(fc.constantFrom("double", "single", "block"), { minLength: 1, maxLength: 3 }),
        (opening, lead, styles) => {
          const yaml = yamlOf(opening, lead, styles);
          let once: ReturnType<typeof fixText>;
          try {
            once = fixText(yaml, { format: "yaml" });
          } catch {
            invalid++;
            return; // the generated text is not a valid report (e.g. a lead the model refuses): nothing to fix
          }
          expect(once.text.startsWith("# 注释保留\nmeta:\n")).toBe(true);
          const twice = fixText(once.text, { format: "yaml" });
          expect(twice.applied).toEqual([]);
          expect(twice.text).toBe(once.text);
          expect(once.report.body.opening).toHaveLength(twice.report.body.opening.length);
        },
      ),
      { numRuns: 150 },
    );
    // Nearly every generated file is a valid report, so the property is really exercised.
    expect(invalid).toBeLessThan(15);
  });

  it("does the same for Markdown: headings, strong leads and paragraphs", () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 3 }), paragraph, (paragraphs, lead) => {
        const md = [
          "---",
          "org: 青溪县卫生健康局",
          "year: 2023",
          "date: 2024-01-09",
          "---",
          "",
          "## 一、2023年工作总结",
          "",
          `### （一）${lead}`,
          "",
          `**一是${lead}**全年完成任务。`,
          "",
          ...paragraphs.flatMap((p) => [p, ""]),
          "## 二、2024年工作思路",
          "",
          "推进改革。",
          "",
        ].join("\n");
        let once: ReturnType<typeof fixText>;
        try {
          once = fixText(md, { format: "markdown" });
        } catch {
          return;
        }
        const twice = fixText(once.text, { format: "markdown" });
        expect(twice.applied).toEqual([]);
        expect(twice.text).toBe(once.text);
      }),
      { numRuns: 100 },
    );
  });
});
