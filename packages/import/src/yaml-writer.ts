import {
  type Block,
  isInitiative,
  isTable,
  type Meta,
  REPORT_SCHEMA_ID,
  type Report,
  type Section,
  stripForbiddenCharacters,
} from "@gongwen/schema";
import { Document, isMap, isScalar, type Node, type Pair, type YAMLMap } from "yaml";
import { derivedTitle } from "./meta.js";

/** Options of reportToYaml. */
export interface YamlOptions {
  /** Short Chinese comments above the major keys, as `gongwen init` writes them (default true). */
  comments?: boolean;
  /** Where the `# yaml-language-server: $schema=…` line points (default: the published schema). */
  schema?: string;
  /** Lines of a comment at the top, under the schema line (e.g. where the report was imported from). */
  header?: string[];
  /**
   * Values the import guessed (ImportResult.guessed): each gets a `# gongwen-guessed: <path> …`
   * comment above its key, which `gongwen lint` reports until the clerk deletes it.
   */
  guessed?: { path: string; note: string }[];
}

/** The start of the comment that marks a guessed value; `gongwen lint` (rule guessed-value) recognises it. */
export const GUESSED_MARKER = "gongwen-guessed:";

/** The comment line that marks a guessed value, without its `#`. */
export function guessedComment(path: string, note: string): string {
  return ` ${GUESSED_MARKER} ${path} ${note.replace(/\s+/g, " ")} 核对无误后删去这一行。`;
}

/** Puts a guessed-value comment above the key of each guessed path. */
function markGuesses(doc: Document, guessed: { path: string; note: string }[]): void {
  for (const { path, note } of guessed) {
    const keys = path.split(".");
    const parent = doc.getIn(keys.slice(0, -1), true);
    const pair = isMap(parent) ? pairOf(parent, keys[keys.length - 1] as string) : undefined;
    if (!pair) continue;
    const key = pair.key as Node;
    const line = guessedComment(path, note);
    key.commentBefore = key.commentBefore ? `${key.commentBefore}\n${line}` : line;
  }
}

/** The comment above each major key, by the key's path. */
const COMMENTS: Record<string, string> = {
  meta: " 文件信息：发文机关、年度、文种、成文日期等。",
  "meta.org": " 发文机关全称。",
  "meta.year": " 报告的年度（总结的是哪一年）。",
  "meta.kind": " 文种：summary-and-plan 总结和思路；summary 只有总结；plan 只有思路。",
  "meta.planYear": " 计划的年度（不是年度加一时才写）。",
  "meta.planName": " 计划部分的称谓：工作思路、工作计划、工作安排、工作要点或工作打算。",
  "meta.title": " 标题（与按机关、年度、文种生成的标题不同时才写）。",
  "meta.date": " 成文日期，写作 2024-01-09。",
  "meta.signature": " 落款署名（与机关名称不同时才写）。",
  "meta.disclosure": " 政府信息公开属性：索引号、组配分类、发布机构、公开方式。",
  body: " 正文。",
  "body.opening": " 开头段：标题后、第一个一级标题前的文字。",
  "body.summary": " “一、××年工作总结”部分：sections 为（一）（二）……各小节。",
  "body.plan": " “二、××年工作思路”部分：content 为一是、二是……各项举措，或用 sections 分小节。",
  "body.sections": " 一级小节（一、二、三……），标题不写编号。",
  "body.closing": " 结尾段：最后一个小节之后的文字。",
};

/** The comment above the first `content` key: how blocks are written. */
const CONTENT_COMMENT =
  " 内容按顺序：一段文字写成一项；举措写成 lead（主题句，加粗）和 text（具体内容）；表格写成 table。";

function blockValue(block: Block): unknown {
  if (typeof block === "string") return block;
  if (isTable(block)) {
    const { caption, header, rows } = block.table;
    return { table: caption === undefined ? { header, rows } : { caption, header, rows } };
  }
  if (isInitiative(block)) {
    const out: Record<string, string> = {};
    if (block.lead !== undefined) out.lead = block.lead;
    if (block.text !== undefined) out.text = block.text;
    return out;
  }
  return block;
}

function sectionValue(section: Section, defaultTitle?: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (section.title !== defaultTitle) out.title = section.title;
  if (section.style !== "ordinal") out.style = section.style;
  if (section.runIn) out.runIn = true;
  if (section.content.length > 0) out.content = section.content.map(blockValue);
  if (section.sections.length > 0) out.sections = section.sections.map((s) => sectionValue(s));
  return out;
}

function paragraphsValue(paragraphs: string[]): unknown {
  return paragraphs.length === 1 ? paragraphs[0] : paragraphs;
}

/** The meta as a clerk writes it: defaults the model derives are left out. */
function metaValue(meta: Meta): Record<string, unknown> {
  const planYearDefault = meta.kind === "plan" ? meta.year : meta.year + 1;
  const out: Record<string, unknown> = { org: meta.org, year: meta.year, kind: meta.kind };
  if (meta.planYear !== planYearDefault) out.planYear = meta.planYear;
  if (meta.planName !== "工作思路") out.planName = meta.planName;
  if (meta.title !== derivedTitle(meta)) out.title = meta.title;
  out.date = meta.date;
  if (meta.signature !== meta.org) out.signature = meta.signature;
  const rest = [
    "docNumber",
    "letterheadName",
    "recipients",
    "cc",
    "issuer",
    "issueDate",
    "note",
    "attachments",
  ] as const;
  if (meta.letterhead) out.letterhead = true;
  for (const key of rest) if (meta[key] !== undefined) out[key] = meta[key];
  if (meta.disclosure && Object.keys(meta.disclosure).length > 0) out.disclosure = { ...meta.disclosure };
  return out;
}

/** The report as plain data in the order and shape a clerk would write it. */
function reportValue(report: Report): Record<string, unknown> {
  const { meta, body } = report;
  const out: Record<string, unknown> = {};
  if (body.opening.length > 0) out.opening = paragraphsValue(body.opening);
  if (body.summary) out.summary = sectionValue(body.summary, `${meta.year}年工作总结`);
  if (body.plan) out.plan = sectionValue(body.plan, `${meta.planYear}年${meta.planName}`);
  if (body.sections) out.sections = body.sections.map((s) => sectionValue(s));
  if (body.closing.length > 0) out.closing = paragraphsValue(body.closing);
  return { meta: metaValue(meta), body: out };
}

function clean(value: unknown): unknown {
  if (typeof value === "string") return stripForbiddenCharacters(value);
  if (Array.isArray(value)) return value.map(clean);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v)]));
  }
  return value;
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined;
}

/** Puts the comments above the major keys, with a blank line before each top-level part. */
function addComments(doc: Document): void {
  const root = doc.contents;
  if (!isMap(root)) return;
  for (const [top, pair] of root.items.map((p) => [String((p.key as { value?: unknown }).value), p] as const)) {
    const key = pair.key as Node;
    if (COMMENTS[top]) key.commentBefore = COMMENTS[top];
    key.spaceBefore = top !== "meta";
    if (!isMap(pair.value)) continue;
    pair.value.items.forEach((child, i) => {
      const name = String((child.key as { value?: unknown }).value);
      const comment = COMMENTS[`${top}.${name}`];
      if (comment) (child.key as Node).commentBefore = comment;
      if (top === "body" && i > 0) (child.key as Node).spaceBefore = true;
    });
  }
  let done = false;
  const visitMaps = (node: unknown) => {
    if (done) return;
    if (isMap(node)) {
      const content = pairOf(node, "content");
      if (content) {
        (content.key as Node).commentBefore = CONTENT_COMMENT;
        done = true;
        return;
      }
      for (const p of node.items) visitMaps(p.value);
    } else if (node && typeof node === "object" && "items" in node) {
      for (const item of (node as { items: unknown[] }).items) visitMaps(item);
    }
  };
  visitMaps(root);
}

/**
 * Writes a report as YAML in the commented form `gongwen init` writes: a
 * `# yaml-language-server: $schema=…` first line (editors then complete and explain every
 * field), short Chinese comments above the major keys, defaults the model derives left out, and
 * long texts on one line each. loadReportYaml reads it back to the same report.
 */
export function reportToYaml(report: Report, options: YamlOptions = {}): string {
  const doc = new Document(clean(reportValue(report)));
  const comments = options.comments ?? true;
  const head = [` yaml-language-server: $schema=${options.schema ?? REPORT_SCHEMA_ID}`];
  if (options.header?.length) head.push("", ...options.header.map((line) => ` ${stripForbiddenCharacters(line)}`));
  doc.commentBefore = head.join("\n");
  if (comments) addComments(doc);
  if (options.guessed?.length) markGuesses(doc, options.guessed);
  return doc.toString({ lineWidth: 0, indentSeq: true });
}
