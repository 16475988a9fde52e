import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { reportJsonSchema, safeParseReport } from "../src/index.js";

type Input = Record<string, unknown>;

const section = (title: string, sections: unknown[] = []) => ({ title, content: ["全年完成任务。"], sections });
const valid = (): Input => ({
  meta: { org: "青溪县农业农村局", year: 2023, date: "2024-01-09" },
  body: { summary: { sections: [section("粮食生产")] }, plan: { content: [{ lead: "推进农田建设。" }] } },
});
const withMeta = (meta: Input): Input => {
  const r = valid();
  return { ...r, meta: { ...(r.meta as Input), ...meta } };
};
const withBody = (body: Input): Input => ({ ...valid(), body });

/** The same inputs for both validators, each named by what it shows. */
const FIXTURES: [string, Input][] = [
  ["a valid report", valid()],
  ["an empty org", withMeta({ org: "" })],
  ["a blank org", withMeta({ org: "   " })],
  ["a control character", withMeta({ org: "青溪县\u0007农业农村局" })],
  ["an ISO date", withMeta({ date: "2024-01-09" })],
  ["a Chinese date", withMeta({ date: "2024年1月9日" })],
  ["a dotted date", withMeta({ date: "2024.1.9" })],
  ["an ISO date that does not exist", withMeta({ date: "2024-02-30" })],
  ["a Chinese date that does not exist", withMeta({ date: "2024年2月30日" })],
  ["a date without separators", withMeta({ date: "20240109" })],
  ["a year in words", withMeta({ year: "二〇二三" })],
  ["an unknown key", withMeta({ titel: "标题" })],
  ["kind summary with parts", withMeta({ kind: "summary" })],
  ["kind summary with sections", { ...withMeta({ kind: "summary" }), body: { sections: [section("粮食生产")] } }],
  ["kind summary with no sections", { ...withMeta({ kind: "summary" }), body: { sections: [] } }],
  ["summary-and-plan without the plan", withBody({ summary: { sections: [section("粮食生产")] } })],
  ["summary-and-plan with sections", withBody({ ...(valid().body as Input), sections: [section("粮食生产")] })],
  ["an empty initiative", withBody({ summary: { content: [{}] }, plan: { content: ["推进。"] } })],
  [
    "a table with a lead",
    withBody({ summary: { content: [{ lead: "推进。", table: { header: ["a"], rows: [] } }] }, plan: {} }),
  ],
  [
    "four levels",
    withBody({ summary: { sections: [section("二级", [section("三级", [section("四级")])])] }, plan: {} }),
  ],
  [
    "five levels",
    withBody({
      summary: { sections: [section("二级", [section("三级", [section("四级", [section("五级")])])])] },
      plan: {},
    }),
  ],
  ["a paragraph with a blank line", withBody({ summary: { content: ["第一段。\n\n第二段。"] }, plan: {} })],
  [
    "opening paragraphs separated by a blank line",
    withBody({ ...(valid().body as Input), opening: "第一段。\n\n第二段。" }),
  ],
  ["an empty paragraph", withBody({ summary: { content: [""] }, plan: {} })],
  [
    "numbers in table cells",
    withBody({ summary: { content: [{ table: { header: ["指标", 2023], rows: [["产量", 1.5]] } }] }, plan: {} }),
  ],
  [
    "a row wider than the header",
    withBody({ summary: { content: [{ table: { header: ["指标"], rows: [["产量", 1.5]] } }] }, plan: {} }),
  ],
];

/**
 * Rules JSON Schema cannot state, each named in the schema's descriptions: for these inputs the
 * schema accepts what validate refuses.
 */
const DOCUMENTED = new Set([
  "a Chinese date that does not exist", // the calendar of 2024年2月30日 (date's description)
  "a row wider than the header", // a row as wide as the header (rows' description)
]);

describe("the published JSON Schema agrees with validate", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const check = ajv.compile(reportJsonSchema());

  it.each(FIXTURES)("%s", (name, input) => {
    const bySchema = check(input);
    const byModel = safeParseReport(input).success;
    if (DOCUMENTED.has(name)) {
      expect([bySchema, byModel]).toEqual([true, false]);
      return;
    }
    expect(bySchema, JSON.stringify(check.errors)).toBe(byModel);
  });

  it("says in its descriptions what it cannot check", () => {
    const text = JSON.stringify(reportJsonSchema());
    expect(text).toContain("JSON Schema 无法表达“与表头同宽”");
    expect(text).toContain("不存在的日期由 gongwen validate 报告");
  });
});
