import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { datesAsText } from "../src/dates.js";
import {
  MAX_BLOCKS,
  MAX_NESTING_DEPTH,
  MAX_PARAGRAPHS,
  MAX_SECTIONS,
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
  MAX_TEXT_LENGTH,
  safeParseReport,
} from "../src/index.js";
import { inputLimitProblems } from "../src/input-limits.js";
import { issuesToProblems } from "../src/issues.js";
import { ReportSchema } from "../src/model.js";
import type { ParseResult } from "../src/parse.js";
import { objectKeysAt } from "../src/schema-walk.js";
import { compiledChecks } from "../src/validation-mode.js";
import { WELL_FORMED_KEYS, wellFormedReport } from "../src/well-formed.js";

/** The examples as plain data, read by the YAML parser alone. */
const examples = ["qingxi-health-2023.yaml", "qingxi-township-plan-2024.yaml", "yunling-stats-summary-2023.yaml"].map(
  (name) => parse(readFileSync(new URL(`../../../examples/${name}`, import.meta.url), "utf8")) as unknown,
);

/** safeParseReport as it was before the direct reading: the limits, then zod alone. */
function throughSchema(input: unknown, locale: "zh" | "en"): ParseResult {
  const beyond = inputLimitProblems(input, locale);
  if (beyond.length > 0) return { success: false, problems: beyond };
  const value = datesAsText(input);
  const result = ReportSchema.safeParse(value, { reportInput: true, jitless: !compiledChecks() });
  if (result.success) return { success: true, report: result.data };
  return { success: false, problems: issuesToProblems(result.error.issues, ReportSchema, value, locale) };
}

/** A value with its keys' order made visible, so that equality also compares the order of keys. */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value === null || typeof value !== "object") return value;
  return Object.keys(value).map((key) => [key, ordered((value as Record<string, unknown>)[key])]);
}

/** The direct reading and the schema agree on an input: the same report, or the schema's problems. */
function expectSameAsSchema(input: unknown): boolean {
  const fast = wellFormedReport(input);
  const slow = ReportSchema.safeParse(input);
  if (fast !== undefined) {
    expect(slow.success).toBe(true);
    expect(fast).toStrictEqual(slow.data);
    expect(ordered(fast)).toStrictEqual(ordered(slow.data));
  }
  for (const locale of ["zh", "en"] as const) {
    const expected = throughSchema(input, locale);
    const got = safeParseReport(input, { locale });
    expect(got).toStrictEqual(expected);
    expect(ordered(got)).toStrictEqual(ordered(expected));
  }
  return fast !== undefined;
}

// --- generated inputs: well-formed reports, some of them broken at one place -------------------

/** Texts the schema accepts, as clerks and programs write them: CRLF, tabs, long lines, Latin and Chinese. */
const GOOD = [
  "青溪县卫生健康局",
  "推进健康县城建设。",
  "完成 GDP\ngrowth 目标",
  "  段落\r\n  续行  ",
  "旧式\r换行\r\n混用\n",
  "制表\t符\t",
  "（一）",
  "1.5",
  "A\nb",
  "😀表情",
  "\u00a0不间断空格\u2028行分隔",
  `${"一行很长的文字".repeat(600)}\n${"另一行".repeat(600)}`,
];
/** Texts the schema refuses somewhere: empty, blank lines, control characters, lone surrogates. */
const BAD = [
  "",
  " ",
  "\u3000",
  "\t",
  "\r\n",
  "第一段\n\n第二段",
  "x\r\n \r\ny",
  "ab\u0007c",
  "x\uD800y",
  "\uDC00",
  "\uFFFE",
  "\u0085",
  "\u000B",
];
const UNITS = ["文", "a", "1", ".", "(", "]", " ", "\u3000", "\t", "\r", "\n", "\u0007", "\uD83D", "\uDE00", "\u2028"];
const text = fc.constantFrom(...GOOD);
/** Any short text of the characters reading treats specially: some accepted, most refused somewhere. */
const anyText = fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 12 });
const cell = fc.oneof(text, fc.constant(""), fc.constantFrom(0, -0, 1.5, 45.77, 1e21, -3));
const table = fc
  .record({ caption: text, header: fc.array(cell, { minLength: 1, maxLength: 4 }) }, { requiredKeys: ["header"] })
  .chain(({ caption, header }) =>
    fc
      .array(fc.array(cell, { minLength: header.length, maxLength: header.length }), { maxLength: 3 })
      .map((rows) => (caption === undefined ? { header, rows } : { caption, header, rows })),
  );
const block = fc.oneof(
  { weight: 3, arbitrary: text },
  {
    weight: 3,
    arbitrary: fc.record({ lead: text, text }, { requiredKeys: [] }).filter((b) => Object.keys(b).length > 0),
  },
  { weight: 1, arbitrary: fc.record({ table }) },
);
const sectionFields = {
  style: fc.constantFrom("ordinal", "decimal", "paren", undefined),
  runIn: fc.boolean(),
  content: fc.array(block, { maxLength: 4 }),
};
/** Sections from `level` down to level 4 (a fifth level is an error). */
const sections = (level: number): fc.Arbitrary<unknown[]> =>
  level > 4
    ? fc.constant([])
    : fc.array(
        fc.record({ title: text, ...sectionFields, sections: sections(level + 1) }, { requiredKeys: ["title"] }),
        { maxLength: level === 1 ? 3 : 2 },
      );
const part = fc.record({ title: text, ...sectionFields, sections: sections(2) }, { requiredKeys: [] });
const paragraphs = fc.oneof(text, fc.array(text, { maxLength: 3 }));
const lines = fc.oneof(text, fc.array(text, { maxLength: 3 }));
const date = fc.constantFrom("2024-01-09", "2024年1月9日", " 2024/1/9 ", "2024.1.9");
const meta = fc.record(
  {
    org: text,
    year: fc.integer({ min: 1949, max: 2100 }),
    kind: fc.constantFrom("summary-and-plan", "summary", "plan", undefined),
    planYear: fc.integer({ min: 1949, max: 2101 }),
    planName: fc.constantFrom("工作思路", "工作要点", undefined),
    title: text,
    titleLines: fc.array(text, { minLength: 2, maxLength: 3 }),
    date: fc.oneof({ weight: 5, arbitrary: date }, fc.constant(new Date("2024-01-09"))),
    signature: text,
    docNumber: text,
    letterhead: fc.boolean(),
    letterheadName: text,
    recipients: text,
    cc: lines,
    issuer: text,
    issueDate: date,
    note: text,
    attachments: lines,
    disclosure: fc.record(
      { indexNo: text, category: text, publisher: text, openness: fc.constantFrom("主动公开", "依申请公开") },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ["org", "year", "date"] },
);
const wellFormed = meta.chain((m) =>
  fc
    .record(
      { opening: paragraphs, closing: paragraphs, summary: part, plan: part, sections: sections(1) },
      { requiredKeys: [] },
    )
    .map(({ summary, plan, sections: level1, ...ends }) => {
      const parts = (m.kind ?? "summary-and-plan") === "summary-and-plan";
      const body = parts ? { ...ends, summary: summary ?? {}, plan: plan ?? {} } : { ...ends, sections: level1 ?? [] };
      return { meta: m, body } as Record<string, unknown>;
    }),
);

/** Every place in a value (its path), the value itself included. */
function places(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object" || value instanceof Date) return [path];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [path, ...keys.flatMap((key) => places((value as Record<string | number, unknown>)[key], [...path, key]))];
}

/** A copy of `value` with the value at `path` replaced (`remove`: the key taken out). */
function replaced(value: unknown, path: (string | number)[], by: unknown, remove: boolean): unknown {
  if (path.length === 0) return by;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  if (remove && rest.length === 0) delete copy[key];
  else copy[key] = replaced(copy[key], rest, by, remove);
  return copy;
}

/** Values nested `n` deep in lists. */
const nested = (n: number): unknown => (n === 0 ? "深" : [nested(n - 1)]);
const WRONG = [undefined, null, 0, 1.5, NaN, Infinity, 2023.5, 1948, 2102, true, [], {}, new Date(NaN), "2024-02-30"];
/** Values beyond the limits of limits.ts wherever they stand: texts, lists, nesting. */
const BEYOND = [
  "长".repeat(MAX_TEXT_LENGTH + 1),
  `${" ".repeat(MAX_TEXT_LENGTH)}2024-01-09`,
  Array.from({ length: MAX_BLOCKS + 1 }, () => "段落。"),
  Array.from({ length: MAX_TABLE_COLUMNS + 1 }, () => "1"),
  Array.from({ length: MAX_SECTIONS + 1 }, () => ({ title: "小节" })),
  Array.from({ length: MAX_TABLE_ROWS + 1 }, () => ["1"]),
  nested(MAX_NESTING_DEPTH),
];
/** A well-formed report broken at one place: a wrong value, a bad text, a key removed or an unknown one added. */
const broken = fc
  .tuple(
    wellFormed,
    fc.nat(),
    fc.oneof(fc.constantFrom(...WRONG, ...BAD, ...BEYOND, "roman", "报告"), anyText),
    fc.nat({ max: 3 }),
  )
  .map(([input, n, by, how]) => {
    const all = places(input);
    const path = all[n % all.length] as (string | number)[];
    if (how === 0) return replaced(input, path, by, true);
    if (how === 1) {
      const parent = path.slice(0, -1);
      return replaced(input, [...parent, "titel"], by, false);
    }
    return replaced(input, path, by, false);
  });
const report = fc.oneof(wellFormed, broken);

describe("the direct reading of a well-formed report (well-formed.ts)", () => {
  it("reads the objects the schema defines, with the schema's keys", () => {
    const at = {
      report: [],
      meta: ["meta"],
      disclosure: ["meta", "disclosure"],
      body: ["body"],
      section: ["body", "sections", 0],
      block: ["body", "sections", 0, "content", 0],
      table: ["body", "sections", 0, "content", 0, "table"],
    };
    for (const [name, path] of Object.entries(at)) {
      expect([...WELL_FORMED_KEYS[name as keyof typeof at]], name).toEqual(objectKeysAt(ReportSchema, path));
    }
    expect(objectKeysAt(ReportSchema, ["body", "summary"])).toEqual([...WELL_FORMED_KEYS.section]);
  });

  it("reads the examples, and their normalised reports, as the schema does", () => {
    for (const input of examples) {
      expect(expectSameAsSchema(input)).toBe(true);
      const report = safeParseReport(input);
      expect(report.success && expectSameAsSchema(structuredClone(report.report))).toBe(true);
    }
  });

  it("gives the schema's report, or leaves the input to it, whatever the input", () => {
    let read = 0;
    let left = 0;
    fc.assert(
      fc.property(report, (input) => {
        if (expectSameAsSchema(input)) read++;
        else left++;
      }),
      { numRuns: 600 },
    );
    // Both ways are taken often: the property holds of reports read directly, not only of refusals.
    expect(read).toBeGreaterThan(100);
    expect(left).toBeGreaterThan(100);
  });

  it("leaves every limit passed to the limits, which report it", () => {
    const many = <T>(n: number, item: T) => Array.from({ length: n }, () => item);
    const meta = { org: "青溪县林业局", year: 2023, date: "2024-01-09", kind: "summary" };
    const report = (body: unknown, over = {}) => ({ meta: { ...meta, ...over }, body });
    const withTable = (table: unknown) => report({ sections: [{ title: "造林", content: [{ table }] }] });
    const cases = [
      report({ opening: many(MAX_PARAGRAPHS + 1, "段落。"), sections: [{ title: "造林" }] }),
      report({ sections: [{ title: "造林", content: many(MAX_BLOCKS + 1, "段落。") }] }),
      report({ sections: many(MAX_SECTIONS + 1, { title: "造林" }) }),
      withTable({ header: many(MAX_TABLE_COLUMNS + 1, "列"), rows: [] }),
      withTable({ header: ["列"], rows: many(MAX_TABLE_ROWS + 1, ["1"]) }),
      withTable({ header: ["列"], rows: [many(MAX_TABLE_COLUMNS + 1, "1")] }),
      report({ sections: [{ title: "造林" }] }, { note: "长".repeat(MAX_TEXT_LENGTH + 1) }),
      report({ sections: [{ title: "造林" }] }, { date: `${" ".repeat(MAX_TEXT_LENGTH)}2024-01-09` }),
    ];
    for (const input of cases) {
      expect(wellFormedReport(input)).toBeUndefined();
      expect(expectSameAsSchema(input)).toBe(false);
      const result = safeParseReport(input);
      expect(result.success || result.problems.map((p) => p.code)).toEqual([
        expect.stringMatching(/too_many|text_too_long/),
      ]);
    }
    // At the limits themselves, the report is read directly.
    expect(
      wellFormedReport(report({ sections: [{ title: "造林", content: many(MAX_BLOCKS, "段落。") }] })),
    ).toBeDefined();
  });

  it("keeps a key written as undefined where zod keeps it, and leaves objects that are not plain", () => {
    const input = {
      meta: { org: "青溪县林业局", year: 2023, date: "2024-01-09", kind: "summary", note: undefined },
      body: {
        sections: [
          { title: "造林", runIn: undefined, content: [{ table: { caption: undefined, header: [1], rows: [[2]] } }] },
        ],
      },
    };
    expect(expectSameAsSchema(input)).toBe(true);
    expect(
      wellFormedReport({ ...input, meta: Object.assign(Object.create({ inherited: 1 }), input.meta) }),
    ).toBeUndefined();
    expect(wellFormedReport(new Map())).toBeUndefined();
    // Sections that contain themselves: left at the first level too deep, and the limits report them.
    const looping: Record<string, unknown> = { title: "循环" };
    looping.sections = [looping];
    const cyclic = { ...input, body: { sections: [looping] } };
    expect(wellFormedReport(cyclic)).toBeUndefined();
    expect(safeParseReport(cyclic)).toMatchObject({ success: false, problems: [{ code: "too_deep_data" }] });
    expect(wellFormedReport({ ...input, meta: { ...input.meta, org: "\uD800" } })).toBeUndefined();
  });
});
