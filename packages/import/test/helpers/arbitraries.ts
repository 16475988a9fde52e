import { PLAN_NAMES, parseReport, type Report } from "@gongwen/schema";
import fc from "fast-check";

/**
 * Reports as clerks write them, for round-trip properties: texts drawn from a small vocabulary
 * of the genre (青溪县 and its bureaus are invented), shaped as real reports are — headings are
 * short phrases without a full stop, paragraphs are sentences of facts ending in `。`, a lead is a
 * short heading-like sentence, a text opens with a sentence of figures, a closing opens with 此外.
 */
const ORGS = [
  "青溪县卫生健康局",
  "青溪县统计局",
  "云岭市水利局",
  "青溪县教育局",
  "枫林镇人民政府",
  "青溪县市场监督管理局",
];
const VERBS = ["深化", "推进", "完善", "强化", "提升", "加快", "健全", "优化", "落实", "夯实"];
const THINGS = [
  "医共体建设",
  "基层服务网络",
  "数据质量管控",
  "应急指挥体系",
  "统计执法检查",
  "公共文化服务",
  "农村供水保障",
  "“一网通办”改革",
  "《条例》宣传",
  "1+5+8产业体系",
];
const PLACES = ["全县", "全市", "各乡镇", "县人民医院", "白沙镇", "云峰街道"];
const UNITS = ["个", "家", "人次", "万元", "亿元", "项", "公里"];
const THEMES = [
  "健康青溪建设扎实推进",
  "医疗服务能力持续增强",
  "营商环境持续优化",
  "基础设施建设提速增效",
  "队伍建设不断加强",
];

const phrase = fc.tuple(fc.constantFrom(...VERBS), fc.constantFrom(...THINGS)).map(([v, t]) => `${v}${t}`);
const figure = fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(...UNITS)).map(([n, u]) => `${n}${u}`);
const rate = fc.integer({ min: 1, max: 3000 }).map((n) => `${(n / 10).toFixed(1)}%`);

/** A sentence of facts: figures and two commas, so it never reads as a lead. */
const factSentence = fc
  .tuple(fc.constantFrom(...PLACES), phrase, figure, rate, fc.constantFrom("，", ","))
  .map(([place, what, fig, r, comma]) => `${place}${what}完成${fig}${comma}同比增长${r}${comma}居全市前列。`);

/** A paragraph of one to three sentences of facts. */
export const paragraph = fc.array(factSentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(""));
/** A lead: a short heading-like sentence ending in `。`. */
export const lead = fc
  .tuple(phrase, fc.option(phrase, { nil: undefined }))
  .map(([a, b]) => (b === undefined ? `${a}。` : `${a}，${b}。`));
/** A heading title: a short phrase, no full stop. */
export const title = fc.oneof(fc.constantFrom(...THEMES), phrase);

const initiative = fc.oneof(fc.record({ lead, text: paragraph }), fc.record({ lead }), fc.record({ text: paragraph }));

const cell = fc.oneof(fc.constantFrom("地区生产总值", "固定资产投资", "亿元", "万人", "—"), figure, rate);
const table = fc
  .tuple(
    fc.integer({ min: 2, max: 4 }),
    fc.option(fc.constantFrom("2023年主要指标完成情况", "重点项目进展情况表"), { nil: undefined }),
  )
  .chain(([width, caption]) =>
    fc.record({
      header: fc.array(cell, { minLength: width, maxLength: width }),
      rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 3 }),
      ...(caption === undefined ? {} : { caption: fc.constant(caption) }),
    }),
  )
  .map((t) => ({ table: t }));

/** Content as reports write it: paragraphs first, then initiatives and tables. */
const content = fc
  .tuple(
    fc.array(paragraph, { maxLength: 2 }),
    fc.array(fc.oneof({ weight: 4, arbitrary: initiative }, { weight: 1, arbitrary: table }), { maxLength: 4 }),
  )
  .map(([paras, items]) => [...paras, ...items]);

const style = fc.constantFrom("ordinal", "decimal", "paren");

/** A section at a level, with subsections down to level 4. */
export function section(level: number): fc.Arbitrary<Record<string, unknown>> {
  const children =
    level >= 4
      ? fc.constant([])
      : fc.array(
          fc.constant(null).chain(() => section(level + 1)),
          { maxLength: 2 },
        );
  return fc
    .record({ title, style, content, sections: children, runIn: fc.boolean() })
    .map(({ runIn, ...s }) => (runIn ? { ...s, runIn } : s));
}

const date = fc
  .tuple(fc.integer({ min: 2015, max: 2035 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

const closing = fc.array(paragraph, { maxLength: 1 }).map((ps) => ps.map((p, i) => (i === 0 ? `此外，${p}` : p)));

/** A report of any kind, normalised by parseReport. */
export const report: fc.Arbitrary<Report> = fc
  .record({
    org: fc.constantFrom(...ORGS),
    year: fc.integer({ min: 2015, max: 2035 }),
    kind: fc.constantFrom("summary-and-plan", "summary", "plan"),
    planName: fc.constantFrom(...PLAN_NAMES),
    date,
    signature: fc.option(fc.constantFrom("青溪县人民政府办公室", "云岭市统计局办公室"), { nil: undefined }),
    opening: fc.array(paragraph, { maxLength: 2 }),
    closing,
    summary: section(1),
    plan: section(1),
    sections: fc.array(section(1), { minLength: 1, maxLength: 3 }),
    partTitles: fc.boolean(),
  })
  .map((r) => {
    const meta: Record<string, unknown> = { org: r.org, year: r.year, kind: r.kind, date: r.date };
    // A summary alone names no plan: its plan name would be invisible.
    if (r.kind !== "summary") meta.planName = r.planName;
    if (r.signature) meta.signature = r.signature;
    const body: Record<string, unknown> = { opening: r.opening, closing: r.closing };
    if (r.kind === "summary-and-plan") {
      const { title: t1, ...summary } = r.summary;
      const { title: t2, ...plan } = r.plan;
      body.summary = r.partTitles ? r.summary : summary;
      body.plan = r.partTitles ? r.plan : plan;
      void t1;
      void t2;
    } else {
      body.sections = r.sections;
    }
    return parseReport({ meta, body });
  });

/** A section's runIn as plain text and Word show it: only a paragraph of two initiatives shows it. */
function runInShown<S extends { runIn?: boolean; content: unknown[] }>(s: S): Omit<S, "runIn"> | S {
  const isItem = (b: unknown) => typeof b === "object" && b !== null && !("table" in b);
  const shown = s.content.some((b, i) => isItem(b) && isItem(s.content[i + 1]));
  if (s.runIn && shown) return s;
  const { runIn: _hidden, ...rest } = s;
  return rest;
}

/**
 * A report as plain text and Word show it: the initiative style of a section without initiatives
 * is not visible there, so it is the default (ordinal); nor is `runIn` where no two initiatives
 * follow each other. Other fields are kept.
 */
export function visibleStyles(r: Report): Report {
  const fix = (s: Report["body"]["sections"] extends (infer S)[] | undefined ? S : never): typeof s => ({
    ...runInShown(s),
    style: s.content.some((b) => typeof b === "object" && !("table" in b)) ? s.style : "ordinal",
    sections: s.sections.map(fix),
  });
  const body = { ...r.body };
  if (body.summary) body.summary = fix(body.summary);
  if (body.plan) body.plan = fix(body.plan);
  if (body.sections) body.sections = body.sections.map(fix);
  return { ...r, body };
}
