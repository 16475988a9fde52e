import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadReportYaml, loadReportYamlWithSource, ReportError } from "../src/index.js";
import { problemsOf } from "./problems-of.js";

const VALID = `meta:
  org: 青溪县卫生健康局
  year: 2023
  date: 2024-01-09
body:
  summary:
    sections:
      - title: 健康县城建设成果丰硕
        content:
          - 全年新建健康村32个。
          - lead: 深化医共体建设。
            text: 下沉专家300余人次。
          - table:
              header: [指标, 完成率]
              rows:
                - [签约率, 45.70%]
                - [床位, 1.50]
  plan:
    content:
      - lead: 推进健康青溪建设一体化。
`;

describe("loadReportYaml", () => {
  it("reads a valid report, keeping numbers in text fields exactly as typed", () => {
    const r = loadReportYaml(VALID);
    const table = r.body.summary?.sections[0]?.content[2];
    expect(table).toEqual({
      table: {
        header: ["指标", "完成率"],
        rows: [
          ["签约率", "45.70%"],
          ["床位", "1.50"],
        ],
      },
    });
    expect(r.meta.year).toBe(2023);
  });

  it("gives three mistakes three file:line:col messages in Chinese", () => {
    const text = VALID.replace("year: 2023", "year: 二〇二三")
      .replace("  date: 2024-01-09", "  date: 2024-01-09\n  titel: 自拟标题")
      .replace("lead: 深化医共体建设。", "lead: [深化]");
    const problems = problemsOf(text);
    expect(problems.map((p) => [p.file, p.line, p.column, p.code])).toEqual([
      ["报告.yaml", 3, 9, "invalid_type"],
      ["报告.yaml", 5, 3, "unrecognized_keys"],
      ["报告.yaml", 12, 19, "yaml_indicator_start"],
    ]);
    expect(problems[1]?.message).toBe("meta.titel：未知字段“titel”，是不是要写“title”（标题）？");
  });

  it("points a missing field at its parent and an empty value at its key", () => {
    const problems = problemsOf("meta:\n  org:\n  year: 2023\n  date: 2024-01-09\nbody:\n  summary: {}\n  plan: {}\n");
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([[2, 3, "invalid_type"]]);
    const missing = problemsOf("meta:\n  org: 局\n  year: 2023\nbody:\n  summary: {}\n  plan: {}\n");
    expect(missing.map((p) => [p.line, p.path.join(".")])).toEqual([[1, "meta.date"]]);
  });

  it("explains YAML syntax mistakes clerks make, with their line", () => {
    const tab = problemsOf("meta:\n\torg: 局\n").filter((p) => p.code.startsWith("yaml_"));
    expect(tab[0]).toMatchObject({ line: 2, code: "yaml_tab_as_indent" });
    expect(tab[0]?.message).toContain("Tab");
    const colon = problemsOf("meta:\n  org: 局\n  year：2023\n  date: x\n").filter((p) => p.code.startsWith("yaml_"));
    expect(colon[0]?.line).toBe(3);
    expect(colon[0]?.message).toContain("全角");
    const duplicate = problemsOf("meta:\n  org: 局\n  org: 局\n").filter((p) => p.code.startsWith("yaml_"));
    expect(duplicate[0]).toMatchObject({ line: 3, code: "yaml_duplicate_key" });
  });

  it("names an over-indented line itself, not the line before it", () => {
    const problems = problemsOf(VALID.replace("  date: 2024-01-09", "    date: 2024-01-09"));
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([[4, 1, "yaml_bad_indent"]]);
    expect(problems[0]?.message).toBe("这一行比上一行多缩进了：同一层的字段要左对齐。");
    const inList = problemsOf(VALID.replace("            text: 下沉专家", "              text: 下沉专家"));
    expect(inList.map((p) => [p.line, p.code])).toEqual([[12, "yaml_bad_indent"]]);
  });

  it("gives one message per line, however often the parser reports that line", () => {
    const problems = problemsOf(VALID.replace("  year: 2023", "\tyear: 2023"));
    const lines = problems.map((p) => p.line);
    expect(lines).toEqual([...new Set(lines)]);
    expect(problems[0]).toMatchObject({ line: 3, column: 1, code: "yaml_tab_as_indent" });
  });

  it("names every line indented with a Tab, and only those (their follow-on errors would mislead)", () => {
    const text = "meta:\n\torg: 局\n  year: 2023\n\t\tdate: 2024-01-09\nbody:\n  summary: {}\n  plan: {}\n";
    const problems = problemsOf(text);
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [2, 1, "yaml_tab_as_indent"],
      [4, 1, "yaml_tab_as_indent"],
    ]);
    expect(problems[0]?.message).toContain("Tab");
  });

  it("explains a missing space after a colon", () => {
    const problems = problemsOf("meta:\n  org:青溪县\n");
    expect(problems.some((p) => p.message.includes("冒号后面要加一个空格"))).toBe(true);
  });

  it("rejects a file that is not a mapping", () => {
    expect(problemsOf("- a\n- b\n")[0]).toMatchObject({ code: "not_a_report", line: 1 });
    expect(problemsOf("")[0]?.code).toBe("not_a_report");
  });

  it("speaks English on request", () => {
    const problems = problemsOf(VALID.replace("year: 2023", "year: x"), "en");
    expect(problems[0]?.message).toBe('meta.year (年度): must be a number, got the text "x".');
  });

  it("gives a locator that finds values and keys", () => {
    const { locate } = loadReportYamlWithSource(VALID);
    expect(locate(["body", "summary", "sections", 0, "content", 1, "lead"])).toEqual({ line: 11, column: 19 });
    expect(locate(["meta", "year"], { key: true })).toEqual({ line: 3, column: 3 });
    expect(locate(["body", "plan", "nothing"])).toEqual({ line: 18, column: 3 });
  });
});

describe("loadReportYaml fuzz", () => {
  const check = (text: string) => {
    try {
      loadReportYaml(text, "f.yaml");
      return true;
    } catch (error) {
      return (
        error instanceof ReportError &&
        error.problems.length > 0 &&
        error.problems.every((p) => p.line !== undefined || p.path.length > 0)
      );
    }
  };

  it("returns a report or a located error for any string", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), check), { numRuns: 500 });
  });

  it("returns a report or a located error for YAML-like text", () => {
    const fragment = fc.constantFrom(
      "meta:",
      "body:",
      "  org: 局",
      "  year: 2023",
      "  - a",
      "\t",
      "  summary:",
      "    content:",
      ": ",
      "- ",
      "[",
      "{",
      "'",
      '"',
      "&a",
      "*a",
      "|",
      ">",
      "#",
      "：",
      "\u0007",
      "\uD800",
    );
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join("\n")),
        check,
      ),
      { numRuns: 500 },
    );
  });
});
