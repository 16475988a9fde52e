import fc from "fast-check";
import { describe, it } from "vitest";
import { loadReportYamlWithSource, ReportError } from "../src/index.js";

/** Chinese text with every character that means something to YAML, as a clerk would type it. */
const piece = fc.constantFrom(
  "全县",
  "粮食",
  "播种面积",
  "万亩",
  "。",
  "，",
  "“重点”",
  "52.36",
  "1.10",
  "2024",
  "-01",
  " ",
  "#",
  " #",
  ":",
  ": ",
  "- ",
  "-",
  "*",
  "&",
  "!",
  "[",
  "]",
  "{",
  "}",
  ">",
  "|",
  "'",
  '"',
  "%",
  "@",
  "`",
  ",",
  "?",
  "~",
  "true",
  "null",
  "\\",
);
const clerkText = fc
  .array(piece, { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join("").trim())
  // A text wrapped whole in ASCII quotes is YAML's quoting, which the template teaches: not typed "plain".
  .filter((text) => text.length > 0 && !/^(["']).*\1$/s.test(text));

/** The template as a clerk fills it in: the text typed plain, unquoted, where a lead, a text and a paragraph go. */
function filled(text: string, field: "paragraph" | "lead" | "text" | "opening"): { yaml: string; line: number } {
  const item =
    field === "paragraph"
      ? `          - ${text}`
      : field === "lead"
        ? `          - lead: ${text}\n            text: 全年完成播种。`
        : `          - lead: 稳定粮食生产。\n            text: ${text}`;
  const opening = field === "opening" ? text : "2023年各项工作取得明显成效。";
  const yaml = `meta:
  org: 青溪县农业农村局
  year: 2023
  date: 2024-01-09
body:
  opening: ${opening}
  summary:
    sections:
      - title: 粮食生产
        content:
${item}
  plan:
    content:
      - 推进高标准农田建设。
`;
  const line = field === "opening" ? 6 : field === "text" ? 12 : 11;
  return { yaml, line };
}

function heldAt(report: ReturnType<typeof loadReportYamlWithSource>["report"], field: string): unknown {
  const item = report.body.summary?.sections[0]?.content[0];
  if (field === "opening") return report.body.opening[0];
  if (field === "paragraph") return item;
  return (item as Record<string, unknown> | undefined)?.[field];
}

describe("no text typed into a body field reaches the report changed without a word", () => {
  it("holds the exact text, or reports a located problem on its line", () => {
    fc.assert(
      fc.property(
        clerkText,
        fc.constantFrom("paragraph", "lead", "text", "opening") as fc.Arbitrary<
          "paragraph" | "lead" | "text" | "opening"
        >,
        (text, field) => {
          const { yaml, line } = filled(text, field);
          try {
            const loaded = loadReportYamlWithSource(yaml, "报告.yaml");
            const held = heldAt(loaded.report, field);
            if (held === text) return true;
            // A warning on the line also tells the clerk.
            return loaded.warnings.some((w) => w.line === line);
          } catch (error) {
            if (!(error instanceof ReportError)) throw error;
            return error.problems.some((p) => p.line !== undefined && p.line >= line && p.line <= line + 1);
          }
        },
      ),
      { numRuns: 600 },
    );
  });
});
