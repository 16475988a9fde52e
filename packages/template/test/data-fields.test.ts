import { ReportError } from "@gongwen/schema";
import { describe, expect, it } from "vitest";
import {
  type DataTable,
  fieldUses,
  loadTemplate,
  loadTextTemplate,
  missingFieldProblems,
  readDataTable,
  safeRenderTemplate,
} from "../src/index.js";
import { renderBatch } from "../src/node.js";

const TEMPLATE = `data:
  年度: 2023
meta:
  org: "{{县名}}统计局"
  year: "{{年度}}"
  kind: summary
  date: "{{date 成文日期}}"
body:
  opening: "投资{{wan 投资 digits=位数}}万元，{{lookup 别表 '甲'}}{{#if 超额}}{{超额说明}}{{/if}}。"
  sections:
    - title: 重点项目
      content:
        - each: 项目
          lead: "{{名称}}。"
          text: "{{../县名}}{{@root.县名}}{{rank 排名 '全市'}}。"
        - if: 备注
          paragraph: "{{备注说明}}"
        - "{{县名}}全年工作平稳。"
`;

const table = (fields: string[], kind: DataTable["kind"] = "table"): DataTable => ({
  file: "c.csv",
  kind,
  fields,
  rows: [],
});

describe("fieldUses", () => {
  it("finds the row's fields a template reads, and which it reads for every row", () => {
    const uses = fieldUses(loadTemplate(TEMPLATE, { fileName: "t.yaml" }));
    const always = uses.filter((u) => u.always).map((u) => u.field);
    const sometimes = uses.filter((u) => !u.always).map((u) => u.field);
    // Read for every row: plain expressions, a helper's arguments, an `if` block's condition, directives.
    expect(always).toEqual(["县名", "年度", "成文日期", "投资", "超额", "项目", "备注", "县名"]);
    // In a block, an `if` item or through `../` and `@root.` from inside `each`: only sometimes.
    expect(sometimes).toEqual(["超额说明", "县名", "县名", "备注说明"]);
    // Neither a hash option (it may be missing), `lookup`'s arguments, nor the items' own fields.
    for (const field of ["位数", "别表", "名称", "排名"]) expect(uses.map((u) => u.field)).not.toContain(field);
  });
});

describe("missingFieldProblems", () => {
  const template = loadTemplate(TEMPLATE, { fileName: "t.yaml" });
  const all = ["县名", "成文日期", "投资", "超额", "项目", "备注"];

  it("says a field the file has no column for once, at its first use, with the columns and the closest", () => {
    const problems = missingFieldProblems(template, table(["县名称", ...all.slice(1)]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: "field_not_in_data",
      file: "t.yaml",
      line: 4,
      column: 9,
      expression: "{{县名}}",
      dataPath: "县名",
    });
    expect(problems[0]?.message).toBe(
      "{{县名}}：数据文件 c.csv 的表头中没有“县名”这一列，是不是要写“县名称”？表头的列有：县名称、成文日期、投资、超额、项目、备注。模板第 15、18 行也用到了它。",
    );
  });
  it("writes it in English, and for JSON or YAML records as fields", () => {
    const en = loadTemplate(TEMPLATE, { fileName: "t.yaml", locale: "en" });
    const [problem] = missingFieldProblems(
      en,
      table(
        all.filter((f) => f !== "投资"),
        "records",
      ),
    );
    expect(problem?.message).toBe(
      '{{wan 投资 digits=位数}}: no record of the data file c.csv has the field "投资". Its fields: 县名, 成文日期, 超额, 项目, 备注.',
    );
  });
  it("suggests a column that differs by a unit in brackets before one closer in spelling", () => {
    const withUnit = missingFieldProblems(
      template,
      table([...all.filter((f) => f !== "投资"), "总投资", "投资（万元）"]),
    );
    expect(withUnit[0]?.message).toContain("是不是要写“投资（万元）”？");
  });
  it("leaves fields the template's data: block gives, and those read only sometimes, to the rows", () => {
    expect(missingFieldProblems(template, table(all))).toEqual([]);
    expect(missingFieldProblems(template, table([...all, "年度"]))).toEqual([]);
  });
  it("checks the file-name pattern too, located there", () => {
    const name = loadTextTemplate("{{县}}年报", { fileName: "--name" });
    expect(missingFieldProblems(template, table(all), [name])).toMatchObject([
      { code: "field_not_in_data", file: "--name", line: 1, column: 1, dataPath: "县" },
    ]);
  });
});

describe("an empty value", () => {
  const template = loadTemplate(TEMPLATE, { fileName: "t.yaml" });
  const values = { 县名: "鹤川县", 成文日期: "2024-01-09", 超额: false, 项目: [], 备注: "" };
  it("is said to be empty when the data has the field, in Chinese and English", () => {
    const result = safeRenderTemplate(template, values, { row: 5, fields: ["投资", ...Object.keys(values)] });
    expect(result.success ? [] : result.problems).toEqual([
      expect.objectContaining({
        code: "empty_value",
        row: 5,
        line: 9,
        column: 15,
        dataPath: "投资",
        message:
          "{{wan 投资 digits=位数}}：“投资”的值是空的（数据中这一项没有填写）；允许为空时，请在模板的 data: 中给它一个默认值",
      }),
    ]);
    const en = loadTemplate(TEMPLATE, { fileName: "t.yaml", locale: "en" });
    const english = safeRenderTemplate(en, { ...values, 县名: null }, { fields: ["投资", ...Object.keys(values)] });
    expect(english.success ? [] : english.problems.map((p) => [p.code, p.message])).toContainEqual([
      "empty_value",
      `{{县名}}: the value of "县名" is empty (not filled in the data); if it may be, give it a default in the template's data: block`,
    ]);
  });
  it("stays a field the data does not have when the fields are not known", () => {
    const result = safeRenderTemplate(template, values, { row: 5 });
    expect(result.success ? [] : result.problems.map((p) => p.code)).toEqual(["helper_missing"]);
  });
});

describe("readDataTable", () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it("keeps a table's header, even a column no row fills", async () => {
    const csv = await readDataTable(bytes("县名,投资,备注\n鹤川县,1,\n"), { fileName: "a.csv" });
    expect(csv).toEqual({
      file: "a.csv",
      kind: "table",
      fields: ["县名", "投资", "备注"],
      rows: [{ row: 2, values: { 县名: "鹤川县", 投资: 1 } }],
    });
  });
  it("gives every key any JSON or YAML record has", async () => {
    const json = await readDataTable(bytes('[{"a":1},{"b":null,"a":2}]'), { fileName: "a.json" });
    expect(json).toMatchObject({ kind: "records", fields: ["a", "b"] });
    const yaml = await readDataTable(bytes("a: 1\nc: x\n"), { fileName: "a.yaml" });
    expect(yaml).toMatchObject({ kind: "records", fields: ["a", "c"], rows: [{ row: 1 }] });
  });
});

describe("renderBatch over a DataTable", () => {
  const text = `meta:\n  org: "{{县名}}统计局"\n  year: 2023\n  kind: summary\n  date: 2024-01-09\nbody:\n  opening: "投资{{wan 投资}}万元。"\n  sections:\n    - title: 概况\n      content: [平稳。]\n`;
  it("refuses a field the file lacks before any row is rendered", async () => {
    const data: DataTable = { file: "c.csv", kind: "table", fields: ["县", "投资"], rows: [{ row: 2, values: {} }] };
    const results: unknown[] = [];
    const error = await (async () => {
      for await (const result of renderBatch({ template: text, fileName: "t.yaml", rows: Promise.resolve(data) })) {
        results.push(result);
      }
    })().catch((e: unknown) => e);
    expect(results).toEqual([]);
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).problems).toMatchObject([{ code: "field_not_in_data", line: 2, dataPath: "县名" }]);
  });
  it("says a row's empty cell is empty", async () => {
    const data: DataTable = {
      file: "c.csv",
      kind: "table",
      fields: ["县名", "投资"],
      rows: [
        { row: 2, values: { 县名: "鹤川县", 投资: 1 } },
        { row: 3, values: { 县名: "桐溪县" } },
      ],
    };
    const seen: [number, string[]][] = [];
    for await (const result of renderBatch({ template: text, rows: data, formats: ["md"], jobs: 1 })) {
      seen.push([result.row, result.ok ? [] : result.problems.map((p) => p.code)]);
    }
    expect(seen).toEqual([
      [2, []],
      [3, ["empty_value"]],
    ]);
  });
});
