import * as z from "zod";
import { parseDate } from "./dates.js";
import { FIELD_TITLES } from "./fields.js";
import { MAX_LEVEL } from "./numbering.js";
import { REPORT_KINDS, type ReportKind } from "./report-kinds.js";
import type { RuleParams } from "./rules.js";
import { findForbiddenCharacter, hasBlankLine, joinLines, splitParagraphs } from "./text.js";

// ---------------------------------------------------------------------------------------------
// Building blocks. Every text field rejects characters that XML and paper cannot hold, and is
// normalised (lines joined, ends trimmed), so writers receive clean text.
// ---------------------------------------------------------------------------------------------

type Ctx = z.RefinementCtx;

function issue(ctx: Ctx, params: RuleParams, path: PropertyKey[] = []): void {
  ctx.addIssue({ code: "custom", message: params.rule, params, path });
}

function checkCharacters(text: string, ctx: Ctx): void {
  const bad = findForbiddenCharacter(text);
  if (bad) issue(ctx, { rule: "forbidden_character", codePoint: bad.codePoint, index: bad.index });
}

function describe<T extends z.ZodType>(schema: T, key: string, description: string, example?: unknown): T {
  const meta: Record<string, unknown> = { title: FIELD_TITLES[key] ?? key, description };
  if (example !== undefined) meta.examples = [example];
  return schema.meta(meta);
}

/** A text of one line: a title, a name, a number. Required and not empty. */
const line = z
  .string()
  .superRefine((text, ctx) => {
    checkCharacters(text, ctx);
    if (!joinLines(text)) issue(ctx, { rule: "empty_text" });
  })
  .transform(joinLines);

/**
 * The title: one line of text, joined like `line`, with the lines the author broke it into by hand
 * (a YAML `|` block) kept alongside for the writers that break titles (GB/T 9704 §7.3.1).
 */
const titleText = z
  .string()
  .superRefine((text, ctx) => {
    checkCharacters(text, ctx);
    if (!joinLines(text)) issue(ctx, { rule: "empty_text" });
  })
  .transform(titleParts);

/** A title as read: its text joined like `line`, and the non-empty lines the author broke it into. */
export function titleParts(text: string): { text: string; lines: string[] } {
  return {
    text: joinLines(text),
    lines: text
      .split(/\r\n?|\n/)
      .map(joinLines)
      .filter((l) => l !== ""),
  };
}

/** The text of one paragraph: line breaks are joined; a blank line (two paragraphs) is an error. */
const paragraph = z
  .string()
  .superRefine((text, ctx) => {
    checkCharacters(text, ctx);
    if (!joinLines(text)) issue(ctx, { rule: "empty_text" });
    else if (hasBlankLine(text)) issue(ctx, { rule: "blank_line" });
  })
  .transform(joinLines);

/** One or more paragraphs: a list, or one text whose paragraphs are separated by blank lines. */
const paragraphs = z
  .union([z.string(), z.array(paragraph)])
  .superRefine((value, ctx) => {
    if (typeof value === "string") checkCharacters(value, ctx);
  })
  .transform((value): string[] => (typeof value === "string" ? splitParagraphs(value) : value));

/** A list of one-line texts; a single text is taken as a list of one. */
const lines = z.union([line.transform((one) => [one]), z.array(line)]);

/** A calendar date, written `2024-01-09` or `2024年1月9日`, stored as ISO `2024-01-09`. */
const date = z
  .string()
  .superRefine((text, ctx) => {
    if (parseDate(text) === undefined) issue(ctx, { rule: "bad_date", value: text });
  })
  .transform((text) => parseDate(text) as string);

const year = z.int().min(1949).max(2100);

// ---------------------------------------------------------------------------------------------
// Enumerations
// ---------------------------------------------------------------------------------------------

export { REPORT_KINDS, type ReportKind } from "./report-kinds.js";

/** What the plan part is called: 工作思路 is the most common; the others are all in use. */
export const PLAN_NAMES = ["工作思路", "工作计划", "工作安排", "工作要点", "工作打算"] as const;
/** One of PLAN_NAMES. */
export type PlanName = (typeof PLAN_NAMES)[number];

/** How an information-disclosure portal publishes the report. */
export const OPENNESS = ["主动公开", "依申请公开", "不予公开"] as const;

const kind = describe(
  z.enum(REPORT_KINDS),
  "kind",
  "summary-and-plan：工作总结和工作思路（正文分“一、××年工作总结”“二、××年工作思路”两部分）；summary：只有工作总结（正文直接按主题分一、二、三）；plan：只有工作思路/要点。",
  "summary-and-plan",
);

const style = describe(
  z.enum(["ordinal", "decimal", "paren"]),
  "style",
  "本节举措的编号：ordinal 为“一是、二是”，decimal 为“1. 2.”，paren 为“（1）（2）”。默认 ordinal。",
  "ordinal",
);

// ---------------------------------------------------------------------------------------------
// Body
// ---------------------------------------------------------------------------------------------

const cell = z.union([z.number().transform(String), z.string()]).superRefine((text, ctx) => {
  checkCharacters(text, ctx);
});

const table = z
  .strictObject({
    caption: describe(
      line.optional(),
      "caption",
      "表格上方的表题，如“2023年主要指标完成情况”。",
      "2023年主要指标完成情况",
    ),
    header: describe(z.array(cell.transform(joinLines)).min(1), "header", "表头：每列的名称。", [
      "指标",
      "目标",
      "完成",
    ]),
    rows: describe(
      z.array(z.array(cell.transform(joinLines))),
      "rows",
      "表格的各行，每行的单元格数须与表头列数相同。",
      [["家庭医生签约率", "45%", "45.77%"]],
    ),
  })
  .superRefine((t, ctx) => tableRules(t, (params, path) => issue(ctx, params, path)));

/** Where a rule of the model is broken: the rule with its facts, and the path below the value checked. */
export type RuleSink = (params: RuleParams, path?: PropertyKey[]) => void;

/** The rule of a table as a whole: every row as wide as the header (row_width). */
export function tableRules(t: Table, broken: RuleSink): void {
  t.rows.forEach((row, i) => {
    if (row.length !== t.header.length) {
      broken({ rule: "row_width", cells: row.length, columns: t.header.length }, ["rows", i]);
    }
  });
}

/**
 * One item of a section's content, as written in YAML: a paragraph (plain text), a run-in
 * initiative (`lead` and/or `text`), or a table (`table`).
 */
const blockObject = z
  .strictObject({
    lead: describe(
      line.optional(),
      "lead",
      "举措的主题句，以句号结尾，排版时加粗并接编号，如“深化医疗卫生改革。”",
      "深化县域医共体建设。",
    ),
    text: describe(
      paragraph.optional(),
      "text",
      "举措主题句后面的具体内容。",
      "全年下沉专家320人次，新设联合门诊12个。",
    ),
    table: describe(table.optional(), "table", "表格：caption 表题、header 表头、rows 各行。"),
  })
  .superRefine((b, ctx) => blockRules(b, (params) => issue(ctx, params)))
  .transform(blockOf);

/** A content block written as an object, as read: any of lead, text and table. */
export interface BlockFields {
  lead?: string | undefined;
  text?: string | undefined;
  table?: Table | undefined;
}

/** The rules of a block written as an object: a table alone (block_shape), else a lead or a text (empty_initiative). */
export function blockRules(b: BlockFields, broken: RuleSink): void {
  if (b.table && (b.lead !== undefined || b.text !== undefined)) broken({ rule: "block_shape" });
  else if (!b.table && b.lead === undefined && b.text === undefined) broken({ rule: "empty_initiative" });
}

/** The block a valid block object stands for: a table, or an initiative with the parts it has. */
export function blockOf(b: BlockFields): Initiative | TableBlock {
  if (b.table) return { table: b.table };
  const out: Initiative = {};
  if (b.lead !== undefined) out.lead = b.lead;
  if (b.text !== undefined) out.text = b.text;
  return out;
}

const block = z.union([paragraph, blockObject]);

const content = describe(
  z.array(block),
  "content",
  "按顺序排列的内容：一段文字写成一项；举措写成 lead/text；表格写成 table。",
);

/** A section's initiatives run on in one paragraph (接排), as `一是……；二是……。`. */
const runIn = describe(
  z.boolean().optional(),
  "runIn",
  "本节的举措是否接排在同一段里（“一是……；二是……。”）：true 时连续的举措排成一段，每项的主题句仍加粗，分隔的“；”“。”写在上一项末尾。默认 false（每项举措各占一段）。",
  true,
);

const sectionFields = {
  style: style.default("ordinal"),
  runIn,
  content: content.default([]),
};

/** A section at any level: a title without its number, its content, and its subsections. */
const section: z.ZodType<Section, SectionInput> = z.lazy(() =>
  z.strictObject({
    title: describe(line, "title", "小节标题，不写编号（“一、”“（一）”由程序自动加）。", "健康县城建设成果丰硕"),
    ...sectionFields,
    sections: describe(z.array(section), "sections", "下一级小节。").default([]),
  }),
);

/** The summary or plan part: a level-1 section whose title may be left to the program. */
const part = (titleDescription: string, titleExample: string) =>
  z.strictObject({
    title: describe(line.optional(), "title", titleDescription, titleExample),
    ...sectionFields,
    sections: describe(z.array(section), "sections", "本部分下的小节（二级标题“（一）”）。").default([]),
  });

const body = z.strictObject({
  opening: describe(
    paragraphs.optional(),
    "opening",
    "标题后、第一个一级标题前的开头段，可以是一段文字或多段的列表。",
    "2023年，县卫生健康局围绕“强基层、优服务”主线，各项工作取得明显成效。现将有关情况报告如下。",
  ),
  summary: describe(
    part("默认“××年工作总结”。", "2023年工作总结").optional(),
    "summary",
    "“一、××年工作总结”部分（kind 为 summary-and-plan 时必填）。",
  ),
  plan: describe(
    part("默认“××年工作思路”（随 planName）。", "2024年工作思路").optional(),
    "plan",
    "“二、××年工作思路”部分（kind 为 summary-and-plan 时必填）。",
  ),
  sections: describe(
    z.array(section).optional(),
    "sections",
    "一级小节（kind 为 summary 或 plan 时填写，标题即主题，如“高点定位，筑牢公共卫生屏障”）。",
  ),
  closing: describe(
    paragraphs.optional(),
    "closing",
    "最后一个小节之后的结尾段，如“此外，持续抓好……”。",
    "此外，持续抓好安全生产、信访维稳等工作。",
  ),
});

// ---------------------------------------------------------------------------------------------
// Meta
// ---------------------------------------------------------------------------------------------

const disclosure = z.strictObject({
  indexNo: describe(line.optional(), "indexNo", "政府信息公开索引号。", "001008003011023/2024-00001"),
  category: describe(line.optional(), "category", "组配分类（主题分类），如“计划总结”。", "计划总结"),
  publisher: describe(line.optional(), "publisher", "发布机构，默认不填。", "青溪县卫生健康局"),
  openness: describe(z.enum(OPENNESS).optional(), "openness", "公开方式：主动公开、依申请公开或不予公开。", "主动公开"),
});

const meta = z.strictObject({
  org: describe(line, "org", "发文机关全称，如“青溪县卫生健康局”。", "青溪县卫生健康局"),
  year: describe(year, "year", "报告的年度：总结的是哪一年（只有工作思路时为计划的年度）。", 2023),
  kind: kind.default("summary-and-plan"),
  planYear: describe(
    z.int().min(1949).max(2101).optional(),
    "planYear",
    "计划的年度，默认是年度加一（只有工作思路时等于年度）。",
    2024,
  ),
  planName: describe(z.enum(PLAN_NAMES), "planName", "计划部分的称谓，默认“工作思路”。", "工作思路").default(
    "工作思路",
  ),
  title: describe(
    titleText.optional(),
    "title",
    "标题；不填则由机关、年度和文种生成，如“青溪县卫生健康局2023年工作总结和2024年工作思路”。分行写（YAML 的 | 块）则 DOCX 照此分行。",
    "青溪县卫生健康局2023年工作总结和2024年工作思路",
  ),
  titleLines: describe(
    z.array(line).min(2).optional(),
    "titleLines",
    "标题各行，DOCX 照此分行；通常不必填，标题分行写即可（程序读回自己的输出时用）。",
    ["青溪县卫生健康局", "2023年工作总结和2024年工作思路"],
  ),
  date: describe(date, "date", "成文日期，写作 2024-01-09 或 2024年1月9日。", "2024-01-09"),
  signature: describe(line.optional(), "signature", "落款的发文机关署名，默认与机关名称相同。", "青溪县卫生健康局"),
  docNumber: describe(
    line.optional(),
    "docNumber",
    "发文字号，如“青卫〔2024〕3号”（六角括号，年份写全）。",
    "青卫〔2024〕3号",
  ),
  letterhead: describe(z.boolean(), "letterhead", "是否排版头（红色发文机关标志和红线），默认否。", false).default(
    false,
  ),
  letterheadName: describe(
    line.optional(),
    "letterheadName",
    "版头的发文机关标志，默认“机关名称＋文件”。",
    "青溪县卫生健康局文件",
  ),
  recipients: describe(line.optional(), "recipients", "主送机关，如“县人民政府”。", "县人民政府"),
  cc: describe(lines.optional(), "cc", "抄送机关，一个或多个。", ["县委办公室", "县政府办公室"]),
  issuer: describe(
    line.optional(),
    "issuer",
    "版记中的印发机关，如“青溪县卫生健康局办公室”。",
    "青溪县卫生健康局办公室",
  ),
  issueDate: describe(date.optional(), "issueDate", "印发日期，写作 2024-01-10。", "2024-01-10"),
  note: describe(line.optional(), "note", "附注，如“此件公开发布”。", "此件公开发布"),
  attachments: describe(lines.optional(), "attachments", "附件名称，一个或多个，不加书名号和句号。", [
    "2023年主要指标完成情况表",
  ]),
  disclosure: describe(disclosure.optional(), "disclosure", "在政府信息公开网站发布时的属性。"),
});

/** The fields of meta in the model's order, as writers list them (front matter, YAML). */
export const META_KEYS = Object.keys(meta.shape) as (keyof Meta)[];

/** The fields of the disclosure attributes in the model's order. */
export const DISCLOSURE_KEYS = Object.keys(disclosure.shape) as (keyof Disclosure)[];

// ---------------------------------------------------------------------------------------------
// The report, with the checks that span fields and the defaults derived from other fields
// ---------------------------------------------------------------------------------------------

function checkDepth(sections: Section[] | undefined, level: number, path: PropertyKey[], broken: RuleSink): void {
  sections?.forEach((s, i) => {
    const here = [...path, i];
    if (level > MAX_LEVEL) {
      broken({ rule: "too_deep", level }, here);
      return;
    }
    checkDepth(s.sections, level + 1, [...here, "sections"], broken);
  });
}

const reportObject = z.strictObject({
  $schema: z
    .string()
    .optional()
    .meta({
      title: "JSON Schema 地址",
      description: "JSON Schema 地址（编辑器用）。",
      examples: ["./report.schema.json"],
    }),
  meta: describe(meta, "meta", "文件信息：机关、年度、文种、成文日期、发文字号等。"),
  body: describe(body, "body", "正文：开头段、各部分和小节、结尾段。"),
});

/** A report as the schema reads it, before the rules spanning fields and the derived defaults. */
export type ReportFields = z.output<typeof reportObject>;

/**
 * The rules spanning a report's fields: the parts its kind needs and no others (missing_part,
 * unexpected_part, missing_sections), and no section below level MAX_LEVEL (too_deep).
 */
export function reportRules(r: ReportFields, broken: RuleSink): void {
  const { kind } = r.meta;
  if (kind === "summary-and-plan") {
    for (const part of ["summary", "plan"] as const) {
      if (!r.body[part]) broken({ rule: "missing_part", part, kind }, ["body", part]);
    }
    if (r.body.sections) broken({ rule: "unexpected_part", part: "sections", kind }, ["body", "sections"]);
  } else {
    if (!r.body.sections?.length) broken({ rule: "missing_sections", kind }, ["body", "sections"]);
    for (const part of ["summary", "plan"] as const) {
      if (r.body[part]) broken({ rule: "unexpected_part", part, kind }, ["body", part]);
    }
  }
  for (const part of ["summary", "plan"] as const) {
    checkDepth(r.body[part]?.sections, 2, ["body", part, "sections"], broken);
  }
  checkDepth(r.body.sections, 1, ["body", "sections"], broken);
}

const reportShape = reportObject
  .superRefine((r, ctx) => reportRules(r, (params, path) => issue(ctx, params, path)))
  .transform((r): Report => normalize(r));

/** The normalised report of a valid one: the defaults derived from other fields filled in (title, planYear, signature, part titles). */
export function normalize(r: ReportFields): Report {
  const m = r.meta;
  const planYear = m.planYear ?? (m.kind === "plan" ? m.year : m.year + 1);
  const written = m.title && m.title.lines.length > 1 ? m.title.lines : m.titleLines;
  const title =
    m.title?.text ??
    m.titleLines?.join("") ??
    (m.kind === "summary-and-plan"
      ? `${m.org}${m.year}年工作总结和${planYear}年${m.planName}`
      : m.kind === "summary"
        ? `${m.org}${m.year}年工作总结`
        : `${m.org}${planYear}年${m.planName}`);
  const meta = definedFields(m, "titleLines", written) as unknown as Meta;
  meta.planYear = planYear;
  meta.title = title;
  meta.signature = m.signature ?? m.org;
  const out: Report = {
    meta,
    body: { opening: r.body.opening ?? [], closing: r.body.closing ?? [] },
  };
  if (m.kind === "summary-and-plan") {
    const { summary, plan } = r.body;
    if (summary) out.body.summary = { ...summary, title: summary.title ?? `${m.year}年工作总结` };
    if (plan) out.body.plan = { ...plan, title: plan.title ?? `${planYear}年${m.planName}` };
  } else {
    out.body.sections = r.body.sections ?? [];
  }
  return out;
}

/**
 * `{ ...value, [key]: replacement }` without its undefined fields, in one copy: the fields in
 * their order, `key` where it stood (or last when absent). `value` is the schema's output, which
 * never holds a `__proto__` key.
 */
function definedFields(value: object, key: string, replacement: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let replaced = false;
  for (const k of Object.keys(value)) {
    replaced ||= k === key;
    const v = k === key ? replacement : (value as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = v;
  }
  if (!replaced && replacement !== undefined) out[key] = replacement;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Types: the normalised report every writer receives
// ---------------------------------------------------------------------------------------------

/** A run-in initiative: `一是` + a lead sentence (bold in print) + its text. At least one is set. */
export interface Initiative {
  lead?: string;
  text?: string;
}

/** A table: an optional caption above it, a header row, and rows as wide as the header. */
export interface Table {
  caption?: string;
  header: string[];
  rows: string[][];
}

/** A table in a section's content. */
export interface TableBlock {
  table: Table;
}

/** One item of content: a paragraph of text, a run-in initiative, or a table. */
export type Block = string | Initiative | TableBlock;

/** How the initiatives of a section are numbered: 一是 (ordinal), 1. (decimal) or （1） (paren). */
export type InitiativeStyle = "ordinal" | "decimal" | "paren";

/** A section: its title (without the number), content in order, then its subsections. */
export interface Section {
  title: string;
  style: InitiativeStyle;
  /** The initiatives run on in one paragraph (each run of consecutive ones); set only when true. */
  runIn?: boolean;
  content: Block[];
  sections: Section[];
}

/** The information-disclosure attributes of a report published on a government portal. */
export interface Disclosure {
  indexNo?: string;
  category?: string;
  publisher?: string;
  openness?: (typeof OPENNESS)[number];
}

/** The report's metadata, with every derived default filled in. */
export interface Meta {
  org: string;
  year: number;
  kind: ReportKind;
  planYear: number;
  planName: PlanName;
  title: string;
  /** The title's lines as the author broke them (a title written on several lines); absent otherwise. */
  titleLines?: string[];
  /** 成文日期, ISO `YYYY-MM-DD`. */
  date: string;
  signature: string;
  docNumber?: string;
  letterhead: boolean;
  letterheadName?: string;
  recipients?: string;
  cc?: string[];
  issuer?: string;
  /** 印发日期, ISO `YYYY-MM-DD`. */
  issueDate?: string;
  note?: string;
  attachments?: string[];
  disclosure?: Disclosure;
}

/** The body: opening paragraphs, then either the two parts or the level-1 sections, then closing. */
export interface Body {
  opening: string[];
  /** The summary part (一、××年工作总结), when kind is summary-and-plan. */
  summary?: Section;
  /** The plan part (二、××年工作思路), when kind is summary-and-plan. */
  plan?: Section;
  /** The level-1 sections, when kind is summary or plan. */
  sections?: Section[];
  closing: string[];
}

/** A table as an author writes it: cells may be numbers. */
export interface TableInput {
  caption?: string;
  header: (string | number)[];
  rows: (string | number)[][];
}

/** A content block as an author writes it. */
export type BlockInput = string | { lead?: string; text?: string; table?: TableInput };

/** A section as an author writes it: only the title is required. */
export interface SectionInput {
  title: string;
  style?: InitiativeStyle;
  runIn?: boolean;
  content?: BlockInput[];
  sections?: SectionInput[];
}

/** A validated, normalised report: what parseReport returns and every writer takes. */
export interface Report {
  meta: Meta;
  body: Body;
}

/** A report as an author may write it, before defaults are filled in (the schema's input type). */
export type ReportInput = z.input<typeof reportShape>;

/** The zod schema of a report: validates any input and returns a normalised Report. */
export const ReportSchema: z.ZodType<Report, ReportInput> = reportShape;
