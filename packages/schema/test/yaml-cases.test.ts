import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadReportYamlWithSource } from "../src/index.js";
import { problemsOf } from "./problems-of.js";

/**
 * The mistakes clerks make with YAML, one fixture each: the exact line and column where the
 * clerk must act, the code, and the cause the message names. Each fixture is a report whose
 * first section's content starts at line 10 (column 11 is where an item's `- ` stands).
 */
function report(content: string, meta = ""): string {
  return `meta:
  org: 青溪县农业农村局
  year: 2023
  date: 2024-01-09${meta}
body:
  summary:
    sections:
      - title: 粮食生产
        content:
${content}
  plan:
    content:
      - 推进高标准农田建设。
`;
}

interface Case {
  name: string;
  text: string;
  line: number;
  column: number;
  code: string;
  /** A part of the Chinese message that names the cause. */
  zh: string;
  /** The same in English. */
  en: string;
}

const CASES: Case[] = [
  {
    name: "a ` #` inside a body text",
    text: report("          - 全县粮食播种面积52.36万亩 #其中早稻10万亩。"),
    line: 10,
    column: 29,
    code: "yaml_comment_in_text",
    zh: "“其中早稻10万亩。”是 YAML 注释",
    en: "is a YAML comment",
  },
  {
    name: "an unquoted `: ` inside a text (read as a key)",
    text: report("          - 目标: 全年粮食播种面积稳定在52万亩"),
    line: 10,
    column: 13,
    code: "yaml_colon_in_text",
    zh: "英文冒号加空格（“目标: ”）",
    en: 'colon and a space ("目标: ")',
  },
  {
    name: "an unquoted `: ` inside a text after a key (a syntax error)",
    text: report("          - lead: 稳定粮食生产。\n            text: 目标: 建成5个"),
    line: 11,
    column: 19,
    code: "yaml_colon_in_text",
    zh: "英文冒号加空格",
    en: "colon and a space",
  },
  ...["[", "{", ">", "|", "%", "@", "`", "!"].map(
    (mark): Case => ({
      name: `a text starting with ${mark}`,
      text: report(`          - ${mark}重点${mark === "[" ? "]" : mark === "{" ? "}" : ""} 工作推进有力`),
      line: 10,
      column: 13,
      code: "yaml_indicator_start",
      zh: `以“${mark}”开头`,
      en: `starts with "${mark}"`,
    }),
  ),
  {
    name: "a text starting with #",
    text: report("          - #1号楼已投入使用"),
    line: 10,
    column: 13,
    code: "yaml_text_is_comment",
    zh: "以“#”开头",
    en: 'starts with "#"',
  },
  {
    name: "a text starting with *",
    text: report("          - *重点抓好农田建设"),
    line: 10,
    column: 13,
    code: "yaml_alias_as_text",
    zh: "以“*”开头",
    en: 'starts with "*"',
  },
  {
    name: "a text starting with &",
    text: report("          - &重点 抓好农田建设"),
    line: 10,
    column: 13,
    code: "yaml_anchor_in_text",
    zh: "以“&重点”开头",
    en: 'starts with "&重点"',
  },
  {
    name: "a text starting with `- `",
    text: report("          - - 抓好农田建设"),
    line: 10,
    column: 13,
    code: "yaml_dash_start",
    zh: "以“- ”开头",
    en: 'starts with "- "',
  },
  {
    name: "a text starting with `? `",
    text: report("          - ? 抓好农田建设"),
    line: 10,
    column: 13,
    code: "yaml_question_start",
    zh: "以“? ”开头",
    en: 'starts with "? "',
  },
  {
    name: "ASCII double quotes inside a double-quoted text",
    text: report('          - "开展"三夏"大会战"'),
    line: 10,
    column: 13,
    code: "yaml_inner_quotes",
    zh: "里面又有",
    en: "holds",
  },
  {
    name: "an unbalanced quote, located where it opens (not past the end of the file)",
    text: report('          - "全年完成播种\n          - 第二段'),
    line: 10,
    column: 13,
    code: "yaml_unclosed_quote",
    zh: "没有配对的结束引号",
    en: "never closed",
  },
  {
    name: "a key indented one space less than its siblings",
    text: report("          - 段落。", "\n signature: 青溪县农业农村局"),
    line: 5,
    column: 1,
    code: "yaml_bad_indent",
    zh: "缩进不对",
    en: "indentation",
  },
  {
    name: "a key indented one space more than its siblings",
    text: report("          - 段落。", "\n   signature: 青溪县农业农村局"),
    line: 5,
    column: 1,
    code: "yaml_bad_indent",
    zh: "多缩进了",
    en: "indented deeper",
  },
  {
    name: "a thousands comma in a table row",
    text: report(
      "          - table:\n              header: [指标, 数量]\n              rows:\n                - [人口, 9,500]",
    ),
    line: 13,
    column: 19,
    code: "row_width",
    zh: "“9,500”里的英文逗号把它分成了两个单元格",
    en: 'the comma in "9,500" splits it',
  },
  {
    name: "a lone `-` for a cell that does not apply",
    text: report(
      "          - table:\n              header: [指标, 数量]\n              rows:\n                - [人口, -]",
    ),
    line: 13,
    column: 24,
    code: "yaml_dash_cell",
    zh: "单独的“-”",
    en: 'a lone "-"',
  },
  {
    name: "an empty cell between two commas",
    text: report(
      "          - table:\n              header: [指标, 数量, 备注]\n              rows:\n                - [人口, , 无]",
    ),
    line: 13,
    column: 24,
    code: "yaml_empty_cell",
    zh: "空单元格",
    en: "empty cell",
  },
  {
    name: "an empty cell before the closing bracket",
    text: report(
      "          - table:\n              header: [指标, 数量]\n              rows:\n                - [人口, ]",
    ),
    line: 13,
    column: 19,
    code: "row_width",
    zh: "空单元格",
    en: "empty cell",
  },
  {
    name: "a row with one cell too many",
    text: report(
      "          - table:\n              header: [指标, 数量]\n              rows:\n                - [人口, 9500, 人]",
    ),
    line: 13,
    column: 19,
    code: "row_width",
    zh: "这一行有 3 个单元格，但表头有 2 列",
    en: "this row has 3 cell(s) but the header has 2",
  },
  {
    name: "a row with one cell too few",
    text: report(
      "          - table:\n              header: [指标, 数量]\n              rows:\n                - [人口]",
    ),
    line: 13,
    column: 19,
    code: "row_width",
    zh: "这一行有 1 个单元格，但表头有 2 列",
    en: "this row has 1 cell(s) but the header has 2",
  },
  {
    name: "a duplicated key, named",
    text: report("          - 段落。", "\n  org: 青溪县"),
    line: 5,
    column: 3,
    code: "yaml_duplicate_key",
    zh: "字段名“org”在同一层出现了两次",
    en: 'the key "org" appears twice',
  },
  {
    name: "a Tab for indentation",
    text: report("          - 段落。", "\n\tsignature: 青溪县农业农村局"),
    line: 5,
    column: 1,
    code: "yaml_tab_as_indent",
    zh: "Tab",
    en: "tab",
  },
  {
    name: "a full-width colon",
    text: report("          - 段落。", "\n  signature：青溪县农业农村局"),
    line: 5,
    column: 3,
    code: "yaml_full_width_colon",
    zh: "全角“：”",
    en: "full-width colon",
  },
  {
    name: "no space after a colon",
    text: report("          - 段落。", "\n  signature:青溪县农业农村局"),
    line: 5,
    column: 3,
    code: "yaml_no_space_after_colon",
    zh: "冒号后面要加一个空格",
    en: "space after the colon",
  },
  {
    name: "a meta key at the top of the file",
    text: `title: 青溪县农业农村局2023年工作总结\n${report("          - 段落。")}`,
    line: 1,
    column: 1,
    code: "unrecognized_keys",
    zh: "应写在 meta 下：meta.title（标题）",
    en: "it goes under meta: meta.title",
  },
  {
    name: "a misspelt meta key at the top of the file",
    text: `titel: 青溪县农业农村局2023年工作总结\n${report("          - 段落。")}`,
    line: 1,
    column: 1,
    code: "unrecognized_keys",
    zh: "是不是要写 meta.title（标题）",
    en: "did you mean meta.title",
  },
  {
    name: "a tag before a text",
    text: report("          - lead: 稳定粮食生产。\n            text: !重要 全年播种面积52万亩"),
    line: 11,
    column: 19,
    code: "yaml_indicator_start",
    zh: "以“!”开头",
    en: 'starts with "!"',
  },
  {
    name: "`~` where a text belongs",
    text: report("          - lead: 稳定粮食生产。\n            text: ~"),
    line: 11,
    column: 19,
    code: "yaml_null_word",
    zh: "“~”在 YAML 里表示“空”",
    en: '"~" means "nothing"',
  },
  {
    name: "`__proto__` and `constructor` keys, without JavaScript internals",
    text: report("          - lead: 稳定粮食生产。\n            constructor: 全年"),
    line: 11,
    column: 13,
    code: "unrecognized_keys",
    zh: "未知字段“constructor”",
    en: 'unknown field "constructor"',
  },
];

describe("the YAML mistakes clerks make: each named at the line and column to act on", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const zh = problemsOf(c.text);
      const found = zh.find((p) => p.code === c.code);
      expect(found, JSON.stringify(zh)).toBeDefined();
      expect([found?.line, found?.column]).toEqual([c.line, c.column]);
      expect(found?.message).toContain(c.zh);
      expect(found?.message).not.toMatch(/native code|\[object Object\]/);
      const en = problemsOf(c.text, "en").find((p) => p.code === c.code);
      expect(en?.message).toContain(c.en);
      // The first problem is the case itself: nothing earlier blames another cause.
      expect(zh[0]?.code).toBe(c.code);
    });
  }
});

describe("the parse from the depth check's tokens", () => {
  // Old Mac line endings change the text, so that reading lexes it again: both must answer alike.
  const outcome = (text: string) => {
    try {
      const { report, warnings } = loadReportYamlWithSource(text, "x.yaml");
      return { report, warnings };
    } catch (error) {
      return { problems: (error as { problems: unknown }).problems };
    }
  };
  const examples = ["qingxi-health-2023", "qingxi-township-plan-2024", "yunling-stats-summary-2023"].map((name) =>
    readFileSync(new URL(`../../../examples/${name}.yaml`, import.meta.url), "utf8"),
  );

  it("reads every mistake and example as the text lexed again does", () => {
    for (const text of [...CASES.map((c) => c.text), ...examples, "a: 1\n---\nb: 2\n", "", "meta: [\n"]) {
      expect(outcome(text), text).toEqual(outcome(text.replace(/\r?\n/g, "\r")));
    }
  });
});

describe("what YAML would change in a clerk's text", () => {
  const textOf = (content: string) => {
    const { report: r } = loadReportYamlWithSource(report(content));
    return r.body.summary?.sections[0]?.content;
  };

  it.each([
    ["a number with a trailing zero", "          - 1.10", "1.10"],
    ["a leading zero", "          - 012", "012"],
    ["a hexadecimal-looking code", "          - 0x1F", "0x1F"],
    ["true and false", "          - true", "true"],
    ["是 and 否 (not booleans in YAML 1.2)", "          - 否", "否"],
    ["a year and month", "          - 2024-01", "2024-01"],
    ["a date", "          - 2024-01-09", "2024-01-09"],
    [
      "a plain text over two lines (no space between Chinese)",
      "          - 全县粮食\n            播种面积52万亩",
      "全县粮食播种面积52万亩",
    ],
    [
      "a folded block (no space between Chinese)",
      "          - >\n            全县粮食\n            播种面积52万亩",
      "全县粮食播种面积52万亩",
    ],
    ["a quoted text over two lines", '          - "全县粮食\n            播种面积52万亩"', "全县粮食播种面积52万亩"],
    [
      "Latin words over two lines keep their space",
      "          - 推广 smart\n            farming 模式",
      "推广 smart farming 模式",
    ],
  ])("keeps %s as typed", (_name, content, expected) => {
    expect(textOf(content)).toEqual([expected]);
  });

  it("keeps `~` as typed in a table cell, where it means not applicable", () => {
    const content = textOf(
      "          - table:\n              header: [指标, 数量]\n              rows:\n                - [人口, ~]",
    );
    expect(content).toEqual([{ table: { header: ["指标", "数量"], rows: [["人口", "~"]] } }]);
  });

  it("warns, without failing, of a comment after a meta value", () => {
    const loaded = loadReportYamlWithSource(report("          - 段落。", "\n  signature: 青溪县农业农村局 # 落款"));
    expect(loaded.warnings.map((w) => [w.line, w.column, w.code, w.severity])).toEqual([
      [5, 23, "yaml_comment_in_text", "warning"],
    ]);
    expect(loaded.report.meta.signature).toBe("青溪县农业农村局");
  });

  it.each(["summary-and-plan", "summary", "plan"])(
    "reads the %s template without a word: a comment after `style: decimal` drops nothing",
    (kind) => {
      const text = readFileSync(new URL(`../../../templates/${kind}.yaml`, import.meta.url), "utf8");
      expect(text).toMatch(/style: \w+ +#/);
      expect(loadReportYamlWithSource(text).warnings).toEqual([]);
    },
  );

  it("warns, without failing, of an aligned note after a body text (`文字   # 说明`)", () => {
    const loaded = loadReportYamlWithSource(report("          - 全年新建高标准农田8600亩。   # 第一段"));
    expect(loaded.warnings.map((w) => [w.line, w.code, w.severity])).toEqual([[10, "yaml_comment_in_text", "warning"]]);
  });

  it("reads old Mac line endings (CR alone) as line breaks", () => {
    const { report: r } = loadReportYamlWithSource(report("          - 段落。").replace(/\n/g, "\r"));
    expect(r.meta.org).toBe("青溪县农业农村局");
  });
});

describe("every problem at once", () => {
  it("reports the seven typical mistakes in one run (the 发文字号 is lint's)", () => {
    const text = readFileSync(new URL("../../../test/fixtures/seven-mistakes.yaml", import.meta.url), "utf8");
    const problems = problemsOf(text);
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [3, 1, "yaml_tab_as_indent"],
      [3, 9, "invalid_type"],
      [4, 3, "yaml_full_width_colon"],
      [11, 13, "yaml_colon_in_text"],
      [12, 13, "yaml_alias_as_text"],
    ]);
    expect(problems[1]?.message).toContain("二〇二四");
  });

  it("reads past a full-width colon to the model's problems of the rest", () => {
    const table = "          - table:\n              header: []\n              rows: []";
    const problems = problemsOf(report(table, "\n  signature：青溪县农业农村局"));
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [5, "yaml_full_width_colon"],
      [12, "too_small"],
    ]);
  });

  it("reports syntax problems alone when the rest cannot be read", () => {
    const problems = problemsOf("meta:\n  org: 局\n    year: 2023\n      date: x\n");
    expect(problems.every((p) => p.code.startsWith("yaml_"))).toBe(true);
  });
});
