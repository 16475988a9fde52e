/**
 * fast-check arbitraries of report inputs: Chinese text mixed with digits and every character
 * Markdown or YAML gives a meaning to, all three kinds, sections down to level 4, initiatives of
 * every style with and without lead or text, tables with and without captions, optional meta.
 */
import { findForbiddenCharacter, joinLines, PLAN_NAMES, type ReportInput } from "@gongwen/schema";
import fc from "fast-check";

const CHINESE = [..."深化改革健康县城建设成果丰硕完善体系强化应急指挥能力推进全年新建村个万元亿同比增长正文是总结思路"];
const FRAGMENTS = [
  ..."*_#|[]()<>\\`~-+.!&:;'\"{}?@$^=%,/",
  ..."，。、；：（）“”《》％　",
  "**",
  "__",
  "# ",
  "## ",
  "- ",
  "+ ",
  "* ",
  "1. ",
  "1) ",
  "> ",
  "---",
  "***",
  "===",
  "&amp;",
  "&#x6B63;",
  "[^1]",
  "[a](b)",
  "![x](y)",
  "<!-- x -->",
  "<b>",
  "`code`",
  "http://a.cn",
  "www.a.cn",
  "a@b.cn",
  "Table: ",
  "table:",
  "表：",
  "表:",
  "一是",
  "二是",
  "1.",
  "1.5",
  "（1）",
  "(1)",
  "（一）",
  "(一)",
  "一、",
  "1、",
  "1．",
  "true",
  "null",
  "~",
  "0x1F",
  "1e3",
  "...",
  "? ",
  ": ",
  " #",
  "    ",
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CHINESE) },
  { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.constantFrom(..."0123456789") },
  { weight: 1, arbitrary: fc.constantFrom(..."aZ ") },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 3 }) },
);

/** A text the model accepts: not empty once trimmed, no forbidden characters. */
export const text = fc
  .array(piece, { minLength: 1, maxLength: 10 })
  .map((pieces) => pieces.join(""))
  .filter((s) => joinLines(s) !== "" && findForbiddenCharacter(s) === undefined);

const cell = fc.oneof(text, fc.constant(""), fc.integer({ min: -1000, max: 100000 }));

const table = fc.integer({ min: 1, max: 4 }).chain((columns) =>
  fc.record(
    {
      caption: text,
      header: fc.array(cell, { minLength: columns, maxLength: columns }),
      rows: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { maxLength: 3 }),
    },
    { requiredKeys: ["header", "rows"] },
  ),
);

const initiative = fc.oneof(fc.record({ lead: text }), fc.record({ text }), fc.record({ lead: text, text }));

const block = fc.oneof(
  { weight: 2, arbitrary: text },
  { weight: 3, arbitrary: initiative },
  { weight: 1, arbitrary: fc.record({ table }) },
);

const style = fc.constantFrom("ordinal", "decimal", "paren") as fc.Arbitrary<"ordinal" | "decimal" | "paren">;

type SectionArb = fc.Arbitrary<Record<string, unknown>>;

/** A section at a level (1–4) with subsections down to level 4. */
function section(level: number, titled = true): SectionArb {
  const keys: Record<string, fc.Arbitrary<unknown>> = {
    title: text,
    style,
    content: fc.array(block, { maxLength: 4 }),
  };
  if (level < 4) keys.sections = fc.array(section(level + 1), { maxLength: 2 });
  return fc.record(keys, { requiredKeys: titled ? ["title"] : [] });
}

const isoDate = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const texts = fc.oneof(text, fc.array(text, { minLength: 1, maxLength: 3 }));

// Years stop at 2099: parseReport derives planYear = year + 1, and a planYear of 2101 is refused
// when the report is read again (a schema limitation reported to the lead).
const meta = fc.record(
  {
    org: text,
    year: fc.integer({ min: 1949, max: 2099 }),
    kind: fc.constantFrom("summary-and-plan", "summary", "plan"),
    planYear: fc.integer({ min: 1949, max: 2100 }),
    planName: fc.constantFrom(...PLAN_NAMES),
    title: text,
    date: isoDate,
    signature: text,
    docNumber: text,
    letterhead: fc.boolean(),
    letterheadName: text,
    recipients: text,
    cc: texts,
    issuer: text,
    issueDate: isoDate,
    note: text,
    attachments: texts,
    disclosure: fc.record(
      {
        indexNo: text,
        category: text,
        publisher: text,
        openness: fc.constantFrom("主动公开", "依申请公开", "不予公开"),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ["org", "year", "date"] },
);

const paragraphs = fc.array(text, { maxLength: 3 });

/** A valid report input of any kind. */
export const reportInput: fc.Arbitrary<ReportInput> = meta.chain((m) => {
  const kind = m.kind ?? "summary-and-plan";
  const body =
    kind === "summary-and-plan"
      ? fc.record(
          { opening: paragraphs, summary: section(1, false), plan: section(1, false), closing: paragraphs },
          { requiredKeys: ["summary", "plan"] },
        )
      : fc.record(
          { opening: paragraphs, sections: fc.array(section(1), { minLength: 1, maxLength: 3 }), closing: paragraphs },
          { requiredKeys: ["sections"] },
        );
  return body.map((b) => ({ meta: m, body: b }) as ReportInput);
});
