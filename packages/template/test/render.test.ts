import { joinLines, ReportError } from "@gongwen/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  loadTemplate,
  loadTextTemplate,
  renderTemplate,
  safeRenderTemplate,
  safeRenderText,
  type TemplateProblem,
} from "../src/index.js";

const TEMPLATE = `data:
  year: 2023
meta:
  org: "{{county}}统计局"
  year: "{{year}}"
  kind: summary
  date: 2024-01-15
body:
  opening: "全年完成投资{{wan invest}}万元，{{yoy invest prev}}。"
  sections:
    - title: 重点项目
      content:
        - table:
            header: [项目, 投资]
            rows:
              - each: projects
                row: ["{{name}}", "{{wan invest}}"]
        - each: projects
          if: done
          lead: "{{name}}。"
          text: "{{../county}}第{{@index}}项，{{rank place '全市'}}。"
        - if: note
          paragraph: "{{note}}"
`;

const DATA = {
  county: "鹤川县",
  invest: 123456789,
  prev: 100000000,
  note: "",
  projects: [
    { name: "甲", invest: 50000000, done: true, place: 2 },
    { name: "乙", invest: 20000000, done: false, place: 5 },
  ],
};

const problemsOf = (template: string, data: unknown): TemplateProblem[] => {
  const result = safeRenderTemplate(loadTemplate(template, { fileName: "t.yaml" }), data);
  if (result.success) throw new Error("expected problems");
  return result.problems;
};

describe("renderTemplate", () => {
  it("fills texts, repeats rows and initiatives, and keeps items only when their condition holds", () => {
    const report = renderTemplate(loadTemplate(TEMPLATE), DATA);
    expect(report.meta.org).toBe("鹤川县统计局");
    expect(report.meta.year).toBe(2023);
    expect(report.body.opening).toEqual(["全年完成投资12345.68万元，同比增长23.5%。"]);
    const content = report.body.sections?.[0]?.content ?? [];
    expect(content[0]).toEqual({
      table: {
        header: ["项目", "投资"],
        rows: [
          ["甲", "5000.00"],
          ["乙", "2000.00"],
        ],
      },
    });
    expect(content.slice(1)).toEqual([{ lead: "甲。", text: "鹤川县第0项，全市第二。" }]);
  });

  it("takes values the row lacks from the data: block", () => {
    const report = renderTemplate(loadTemplate(TEMPLATE), { ...DATA, year: undefined });
    expect(report.meta.year).toBe(2023);
    expect(renderTemplate(loadTemplate(TEMPLATE), { ...DATA, year: 2024 }).meta.year).toBe(2024);
  });

  it("compiles each template once per process", () => {
    expect(loadTemplate(TEMPLATE, { fileName: "a.yaml" })).toBe(loadTemplate(TEMPLATE, { fileName: "a.yaml" }));
  });
});

describe("strict errors, each located with its expression and data path", () => {
  it("an unknown variable", () => {
    const [p] = problemsOf(TEMPLATE.replace("{{county}}统计局", "{{countyName}}统计局"), DATA);
    expect(p).toMatchObject({
      code: "unknown_variable",
      line: 4,
      column: 9,
      expression: "{{countyName}}",
      dataPath: "countyName",
    });
    expect(p?.message).toContain("{{countyName}}");
  });
  it("a missing field inside a repeated item, with its index", () => {
    const data = { ...DATA, projects: [{ invest: 1, done: false, place: 1 }] };
    const [p] = problemsOf(TEMPLATE, data);
    expect(p).toMatchObject({
      code: "unknown_variable",
      line: 17,
      expression: "{{name}}",
      dataPath: "projects[0].name",
    });
  });
  it("a wrong type: text where a helper needs a number", () => {
    const [p] = problemsOf(TEMPLATE, { ...DATA, invest: "约一亿" });
    expect(p).toMatchObject({
      code: "helper_not_a_number",
      line: 9,
      column: 19,
      expression: "{{wan invest}}",
      dataPath: "invest",
    });
  });
  it("each and if over a missing field, and each over no list", () => {
    const { note: _note, ...noNote } = DATA;
    expect(problemsOf(TEMPLATE, noNote)[0]).toMatchObject({
      code: "unknown_variable",
      expression: "if: note",
      line: 22,
    });
    const { projects: _p, ...noProjects } = DATA;
    const problems = problemsOf(TEMPLATE, noProjects);
    expect(problems.map((p) => [p.code, p.expression, p.line])).toEqual([
      ["unknown_variable", "each: projects", 16],
      ["unknown_variable", "each: projects", 18],
    ]);
    expect(problemsOf(TEMPLATE, { ...DATA, projects: 3 })[0]).toMatchObject({ code: "helper_not_a_list" });
  });
  it("{{#if}} and {{#each}} inside a text over a missing field", () => {
    const text = TEMPLATE.replace("{{note}}", "{{#if extra}}有{{/if}}{{#each towns}}{{this}}{{/each}}");
    const [p] = problemsOf(text, { ...DATA, note: "x" });
    expect(p).toMatchObject({ code: "helper_missing", expression: "{{#if extra}}", dataPath: "extra" });
  });
  it("every error of a document at once, in source order", () => {
    const problems = problemsOf(TEMPLATE, { ...DATA, county: undefined, invest: "x", note: undefined });
    // The org, both expressions of the opening, `{{../county}}` in the repeated initiative, `if: note`.
    expect(problems.map((p) => [p.line, p.expression])).toEqual([
      [4, "{{county}}"],
      [9, "{{wan invest}}"],
      [9, "{{yoy invest prev}}"],
      [21, "{{../county}}"],
      [22, "if: note"],
    ]);
  });
  it("a missing row number is carried by every problem", () => {
    const result = safeRenderTemplate(loadTemplate(TEMPLATE), { ...DATA, invest: "x" }, { row: 7 });
    expect(result.success ? [] : result.problems.map((p) => p.row)).toEqual([7, 7]);
  });
  it("unknown helpers, Handlebars syntax and bad directives when the template is loaded", () => {
    const load = (text: string) => {
      try {
        loadTemplate(text, { fileName: "bad.yaml" });
      } catch (error) {
        if (error instanceof ReportError) return error.problems;
      }
      return [];
    };
    const bad = TEMPLATE.replace("{{wan invest}}万元", "{{yuan invest}}万元{{#if}}").replace("if: note", "if: 'a b'");
    expect(load(bad).map((p) => [p.code, p.line])).toEqual([
      ["template_syntax", 9],
      ["bad_directive", 22],
    ]);
    expect(load(TEMPLATE.replace("{{wan invest}}万元", "{{yuan invest}}万元"))[0]).toMatchObject({
      code: "unknown_helper",
      line: 9,
      column: 19,
    });
  });
  it("the model's own problems of the filled report, located at the template's text", () => {
    const problems = problemsOf(TEMPLATE, { ...DATA, year: "二〇二三" });
    expect(problems[0]).toMatchObject({ code: "invalid_type", line: 5, column: 9 });
  });
  it("English messages", () => {
    const result = safeRenderTemplate(loadTemplate(TEMPLATE, { locale: "en" }), { ...DATA, invest: "x" });
    expect(result.success ? "" : result.problems[0]?.message).toContain("wan needs a number");
  });
});

describe("data never changes the structure", () => {
  const hostile = fc.oneof(
    fc.string(),
    fc.constantFrom(
      "a\nb: c",
      "- x",
      "# y",
      "**粗**",
      "{{county}}",
      "\n\n两段",
      "key: value\n  - item",
      "|\n  block",
      "[1, 2]",
    ),
  );
  it("any value lands as text in the field its expression fills", () => {
    fc.assert(
      fc.property(hostile, hostile, (name, note) => {
        const data = { ...DATA, note, projects: [{ name, invest: 1, done: true, place: 1 }] };
        const result = safeRenderTemplate(loadTemplate(TEMPLATE), data);
        if (!result.success) {
          // A value the model refuses (blank line, control character) is a located problem, never a new node.
          expect(result.problems.every((p) => p.line !== undefined)).toBe(true);
          return;
        }
        const section = result.report.body.sections?.[0];
        expect(result.report.body.sections).toHaveLength(1);
        expect(section?.sections).toEqual([]);
        const content = section?.content ?? [];
        const rows = (content[0] as { table: { rows: string[][] } }).table.rows;
        expect(rows).toHaveLength(1);
        expect(rows[0]?.[0]).toBe(joinLines(name));
        const kept = note.trim() === "" ? 0 : 1;
        expect(content).toHaveLength(2 + kept);
      }),
      { numRuns: 300 },
    );
  });
});

describe("a row's defaults", () => {
  const key = fc.constantFrom("__proto__", "constructor", "toString", "0", "12", "a", "县名", "b");
  const value = fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.constantFrom(null, undefined, 0, "", false));
  const present = fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.constantFrom(0, "", false));
  /** A record built as parsed data is: every key its own field, `__proto__` included. */
  const record = (v: fc.Arbitrary<unknown>) =>
    fc.array(fc.tuple(key, v), { maxLength: 6 }).map((pairs) => Object.fromEntries(pairs) as Record<string, unknown>);

  it("are the data: block with the row's present values over it, in the same order", () => {
    const listing = loadTextTemplate("{{#each this}}{{@key}}={{this}};{{/each}}");
    fc.assert(
      fc.property(record(present), record(value), (defaults, row) => {
        const kept = Object.entries(row).filter(([, v]) => v !== undefined && v !== null);
        const expected = { ...defaults, ...Object.fromEntries(kept) };
        const filled = safeRenderText({ ...listing, defaults }, row);
        expect(filled).toEqual(safeRenderText(listing, expected));
      }),
    );
  });
});
