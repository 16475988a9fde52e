import { parseMarkdown } from "@gongwen/render-md";
import {
  type Locale,
  META_KEYS,
  type Meta,
  type Problem,
  type Report,
  ReportError,
  type ReportKind,
  type Section,
  safeParseReport,
  sourceLengthProblem,
} from "@gongwen/schema";
import { ZipLimitError, zipLimitParams } from "./bounded-unzip.js";
import { removeClutter } from "./clutter.js";
import { decodeText, type TextEncoding } from "./decode-text.js";
import { docxToLines } from "./docx-lines.js";
import { docxNumberingParts, withListNumbers } from "./docx-list-labels.js";
import { docxNumberedParagraphs } from "./docx-numbering.js";
import { docxDisclosure } from "./docx-properties.js";
import { readHead, readTail } from "./frame.js";
import { type GuessedValue, guessRecorder, todayIso } from "./guesses.js";
import { readLabel } from "./labels.js";
import { MAX_IMPORT_LINES } from "./limits.js";
import { splitLostBreaks } from "./lost-breaks.js";
import { markdownToLines } from "./markdown-lines.js";
import { importMessage } from "./messages.js";
import { deriveMeta } from "./meta.js";
import { recoverMetadata } from "./metadata-block.js";
import { normaliseText } from "./normalise.js";
import { buildOutline, type OutlineItem, type OutlineNode, type Warn } from "./outline.js";
import { splitRunIn } from "./run-in.js";
import { textToLines } from "./text-lines.js";
import { looksLikeTitle, parseTitle } from "./title.js";
import { asParagraphs, type LineMap, type ModelContext, pathKey, toSection, usesBoldLeads } from "./to-model.js";
import type { ImportOptions, ImportResult, ImportWarning, RemovedClutter, SourceLine } from "./types.js";
import { rejoinWrappedLines } from "./wrapped-lines.js";

const SUMMARY_PART = /(\d{4})\s*年?度?(?:工作)?(?:总结|回顾|完成情况|主要成效|工作成效)/;
const PLAN_PART = /(\d{4})\s*年?度?(?:工作)?(?:思路|计划|安排|要点|打算|重点|目标|任务)/;

interface Run {
  locale: Locale;
  file?: string;
  warnings: ImportWarning[];
  removed: RemovedClutter[];
  warn: Warn;
  /** Metadata values filled in without evidence in the text. */
  guessed: GuessedValue[];
  /** What the import wants the clerk to know without having guessed (encoding, lines joined). */
  notes: ImportWarning[];
  note: Warn;
}

function startRun(options: ImportOptions): Run {
  const locale = options.locale ?? "zh";
  const warnings: ImportWarning[] = [];
  const notes: ImportWarning[] = [];
  const located =
    (list: ImportWarning[]): Warn =>
    (code, line, params = {}) => {
      const warning: ImportWarning = { code, message: importMessage(code, params, locale), line };
      if (options.fileName !== undefined) warning.file = options.fileName;
      list.push(warning);
    };
  const run: Run = {
    locale,
    warnings,
    removed: [],
    warn: located(warnings),
    guessed: [],
    notes,
    note: located(notes),
  };
  if (options.fileName !== undefined) run.file = options.fileName;
  return run;
}

function problem(run: Run, code: string, line: number, params: Record<string, string | number> = {}): Problem {
  const p: Problem = { code, path: [], message: importMessage(code, params, run.locale), line };
  if (run.file !== undefined) p.file = run.file;
  return p;
}

/** Where the title is: a line marked up as the title, else the first line that reads as one. */
function findTitle(lines: SourceLine[]): { index: number; guessed: boolean } | undefined {
  const marked = lines.findIndex((l) => l.heading === 0);
  if (marked >= 0) return { index: marked, guessed: false };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (line.table) continue;
    if (readLabel(line.text) || line.heading !== undefined) break;
    if (looksLikeTitle(line.text)) return { index: i, guessed: false };
  }
  const first = lines[0];
  if (
    first &&
    !first.table &&
    first.heading === undefined &&
    first.text.length <= 60 &&
    !/[。；;！？!?]/.test(first.text) &&
    !readLabel(first.text)
  ) {
    return { index: 0, guessed: true };
  }
  return undefined;
}

/** The kind of report the body's level-1 headings show: two parts (总结, 思路) or themes. */
function kindFromBody(sections: OutlineNode[]): ReportKind {
  const [first, second] = sections;
  if (sections.length === 2 && first && second && SUMMARY_PART.test(first.title) && PLAN_PART.test(second.title)) {
    return "summary-and-plan";
  }
  if (sections.length > 0 && sections.every((s) => PLAN_PART.test(s.title) && !SUMMARY_PART.test(s.title)))
    return "plan";
  return "summary";
}

/** When the body has no level-1 heading: a section to hold what follows the opening. */
function addSection(opening: OutlineItem[], title: string): { opening: OutlineItem[]; section: OutlineNode } {
  let start = opening.findIndex((item) => item.kind !== "paragraph");
  if (start < 0) start = 0;
  const line = opening[start]?.line ?? 1;
  const section: OutlineNode = { key: "l1", title, line, content: opening.slice(start), children: [] };
  const first = section.content.find((item) => item.kind === "initiative");
  if (first?.kind === "initiative") section.initiativeType = first.label.type;
  return { opening: opening.slice(0, start), section };
}

/** Picks up the meta fields of a Markdown front matter. */
function frontMatterMeta(fields: Record<string, unknown> | undefined): Partial<Meta> {
  if (!fields) return {};
  const source = (fields.meta && typeof fields.meta === "object" ? fields.meta : fields) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of META_KEYS) if (source[key] !== undefined) out[key] = source[key];
  return out as Partial<Meta>;
}

/** How the notes name an encoding. */
const ENCODING_NAMES: Record<TextEncoding, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16（小端）",
  "utf-16be": "UTF-16（大端）",
  gb18030: "GB18030（GBK）",
};

/** The pipeline over source lines, common to every format. */
function importLines(lines: SourceLine[], run: Run, options: ImportOptions, given: Partial<Meta>): ImportResult {
  const split = splitLostBreaks(lines);
  // A limit before the outline and the model: no report has this many paragraphs.
  const beyond = split[MAX_IMPORT_LINES];
  if (beyond)
    throw new ReportError([problem(run, "too_many_lines", beyond.line, { limit: MAX_IMPORT_LINES })], run.locale);
  const clutter = removeClutter(split);
  run.removed.push(...clutter.removed);
  const metadata = recoverMetadata(clutter.lines);
  run.removed.push(...metadata.removed);
  const rest = metadata.lines;
  if (rest.length === 0) throw new ReportError([problem(run, "empty_input", 1)], run.locale);

  const found = findTitle(rest);
  const titleLine = found ? rest[found.index] : undefined;
  if (found?.guessed && titleLine) run.warn("title_guessed", titleLine.line, { text: titleLine.text });
  const head = readHead(found ? rest.slice(0, found.index) : [], found ? rest.slice(found.index + 1) : rest);
  run.removed.push(...head.removed);
  for (const r of head.removed) if (r.kind === "before-title") run.warn("before_title", r.line, { text: r.text });
  if (titleLine)
    run.removed.push({ kind: "metadata", text: titleLine.text, line: titleLine.line, recoveredAs: "meta.title" });
  const tail = readTail(head.lines);
  run.removed.push(...tail.removed);

  const outline = buildOutline(splitRunIn(tail.lines), run.warn);
  const facts = titleLine ? parseTitle(titleLine.text) : undefined;
  let kind: ReportKind = given.kind ?? facts?.kind ?? kindFromBody(outline.sections);
  if (!facts && !given.kind && kind === "summary-and-plan" && titleLine) run.warn("kind_from_body", titleLine.line);
  if (kind === "summary-and-plan" && outline.sections.length !== 2) {
    run.warn("kind_changed", titleLine?.line ?? 1, { count: outline.sections.length });
    kind = "summary";
  }
  const summaryYear = outline.sections.map((s) => SUMMARY_PART.exec(s.title)?.[1]).find(Boolean);
  const planYear = outline.sections.map((s) => PLAN_PART.exec(s.title)?.[1]).find(Boolean);
  const bodyYear = summaryYear
    ? Number(summaryYear)
    : planYear
      ? Number(planYear) - (kind === "plan" ? 0 : 1)
      : undefined;

  if (outline.opening.length === 0 && outline.sections.length === 0 && outline.closing.length === 0) {
    throw new ReportError([problem(run, "no_body", titleLine?.line ?? 1)], run.locale);
  }
  const recorder = guessRecorder(run.warn, titleLine?.line ?? 1, (code, params) =>
    importMessage(code, params, run.locale),
  );
  const metaLine = metadata.removed.find((r) => r.recoveredAs === "meta.date")?.line;
  const dateLine = tail.removed.find((r) => r.recoveredAs === "meta.date")?.line;
  const meta = deriveMeta(
    {
      ...(titleLine ? { title: { text: titleLine.text, line: titleLine.line } } : {}),
      ...(facts ? { facts } : {}),
      kind,
      ...(bodyYear !== undefined ? { bodyYear } : {}),
      metadata: metadata.fields,
      ...(metaLine !== undefined ? { metadataLine: metaLine } : {}),
      frame: { ...head.fields, ...tail.fields },
      ...(dateLine !== undefined ? { dateLine } : {}),
      ...(clutter.publishDate !== undefined ? { publishDate: clutter.publishDate } : {}),
      given,
      today: options.today ?? todayIso(),
      guess: recorder.guess,
    },
    run.warn,
  );
  run.guessed.push(...recorder.guessed);
  if (kind === "summary-and-plan" && !facts && meta.title === undefined && titleLine) meta.title = titleLine.text;

  // Sections: the level-1 headings, or one added to hold a body that has none.
  let opening = outline.opening;
  let sections = outline.sections;
  if (sections.length === 0 && opening.length > 0) {
    const year = meta.year as number | undefined;
    const title =
      kind === "plan"
        ? `${meta.planYear ?? year ?? ""}年${(meta.planName as string | undefined) ?? "工作思路"}`
        : `${year ?? ""}年工作总结`;
    const added = addSection(opening, title);
    run.warn("section_added", added.section.line, { title });
    opening = added.opening;
    sections = [added.section];
    if (kind === "summary-and-plan") {
      kind = "summary";
      meta.kind = kind;
      if (meta.title === undefined && titleLine) meta.title = titleLine.text;
    }
  }

  const lineMap: LineMap = new Map();
  const ctx: ModelContext = { warn: run.warn, lines: lineMap, boldLeads: usesBoldLeads(sections, opening) };
  const paragraphs = (items: OutlineItem[], where: string) =>
    items.flatMap((item) => {
      if (item.kind !== "paragraph") run.warn("opening_item", item.line, { text: asParagraphs(item)[0] ?? "" });
      return asParagraphs(item).map((text, i) => {
        lineMap.set(pathKey(["body", where, i]), item.line);
        return text;
      });
    });
  const body: Record<string, unknown> = { opening: paragraphs(opening, "opening") };
  if (kind === "summary-and-plan") {
    const [summary, plan] = sections as [OutlineNode, OutlineNode];
    body.summary = partInput(toSection(summary, ["body", "summary"], ctx), meta.year, "summary");
    body.plan = partInput(toSection(plan, ["body", "plan"], ctx), meta.year, "plan");
  } else {
    body.sections = sections.map((s, i) => toSection(s, ["body", "sections", i], ctx));
  }
  body.closing = paragraphs(outline.closing, "closing");
  if (titleLine) lineMap.set(pathKey(["meta"]), titleLine.line);
  if (dateLine !== undefined) lineMap.set(pathKey(["meta", "date"]), dateLine);

  return finish({ meta, body }, run, options, lineMap, titleLine?.line ?? 1);
}

/** A part's section as model input: its title is left out when it is the default one. */
function partInput(section: Section, year: unknown, part: "summary" | "plan"): Record<string, unknown> {
  const out: Record<string, unknown> = { ...section };
  if (part === "summary" && section.title === `${year}年工作总结`) delete out.title;
  return out;
}

/** Validates the assembled input: located problems are thrown, warnings too under `strict`. */
function finish(input: unknown, run: Run, options: ImportOptions, lineMap: LineMap, titleLine: number): ImportResult {
  const result = safeParseReport(input, { locale: run.locale });
  if (!result.success) {
    const problems = result.problems.map((p) => {
      const located: Problem = { ...p, line: nearestLine(lineMap, p.path) ?? titleLine };
      if (run.file !== undefined) located.file = run.file;
      return located;
    });
    throw new ReportError(problems, run.locale);
  }
  const warnings = [...run.warnings].sort((a, b) => a.line - b.line);
  if (options.strict && warnings.length > 0) {
    throw new ReportError(
      warnings.map((w) => {
        const p: Problem = { code: w.code, path: [], message: w.message, line: w.line };
        if (w.file !== undefined) p.file = w.file;
        return p;
      }),
      run.locale,
    );
  }
  const removed = [...run.removed].sort((a, b) => a.line - b.line);
  return { report: result.report, warnings, removed, guessed: run.guessed, notes: run.notes };
}

function nearestLine(lineMap: LineMap, path: readonly (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const line = lineMap.get(pathKey(path.slice(0, n)));
    if (line !== undefined) return line;
  }
  return undefined;
}

/**
 * Imports a report from pasted plain text or Markdown, synchronously (see importReport). Markdown
 * in the gongwen dialect is read exactly by @gongwen/render-md; any other Markdown is read by the
 * same rules as plain text, with its headings, bold leads and tables as hints.
 */
export function importText(input: string, options: ImportOptions): ImportResult {
  const run = startRun(options);
  const tooLong = sourceLengthProblem(input, run.locale);
  if (tooLong) throw new ReportError([run.file === undefined ? tooLong : { ...tooLong, file: run.file }], run.locale);
  const normalised = normaliseText(input);
  run.removed.push(...normalised.removed);
  if (options.format === "markdown") {
    let dialect: Report | undefined;
    try {
      dialect = parseMarkdown(normalised.text, {
        ...(options.fileName !== undefined ? { fileName: options.fileName } : {}),
        locale: run.locale,
      });
    } catch (error) {
      if (!(error instanceof ReportError)) throw error;
      const reason = error.problems[0]?.message ?? "";
      run.warn("markdown_fallback", error.problems[0]?.line ?? 1, { reason });
    }
    if (dialect) {
      if (!options.meta) return finish(dialect, run, options, new Map(), 1);
      const given = safeParseReport({ ...dialect, meta: { ...dialect.meta, ...options.meta } }, { locale: run.locale });
      if (!given.success)
        throw new ReportError(
          given.problems.map((p) => ({ ...p, line: 1 })),
          run.locale,
        );
      return finish(given.report, run, options, new Map(), 1);
    }
    const md = markdownToLines(normalised.text);
    if (md.frontMatterError) run.warn("front_matter", 1, { reason: md.frontMatterError });
    return importLines(md.lines, run, options, { ...frontMatterMeta(md.frontMatter), ...options.meta });
  }
  if (options.format !== "text") {
    throw new TypeError(`importText: format "${options.format}" is not text or markdown; use importReport`);
  }
  const raw = normalised.text.split("\n");
  const rejoined = rejoinWrappedLines(textToLines(normalised.text), raw);
  if (rejoined.joined > 0) {
    run.note("lines_joined", rejoined.first ?? 1, { count: rejoined.joined, width: rejoined.width ?? "—" });
  }
  return importLines(rejoined.lines, run, options, { ...options.meta });
}

/**
 * Imports last year's report — pasted plain text, Markdown (as a string, or bytes in UTF-8,
 * UTF-16 or GB18030: see decodeText; the encoding used is in `encoding` and, when not UTF-8, a
 * note), or the bytes of a .docx — into the
 * model: title, organ and year, 成文日期, opening, the summary and plan parts, sections at every
 * level, run-in initiatives with their leads, tables, the closing, and the disclosure metadata.
 * Portal clutter is taken out and listed in `removed`; every guess is a warning with its input
 * line (`strict` turns them into errors). Throws a ReportError with located problems when no
 * valid report can be made.
 */
export async function importReport(input: string | Uint8Array, options: ImportOptions): Promise<ImportResult> {
  if (options.format !== "docx") {
    if (typeof input === "string") return importText(input, options);
    const decoded = decodeText(input);
    if (!decoded) {
      const run = startRun(options);
      throw new ReportError([problem(run, "not_text", 1)], run.locale);
    }
    const result = importText(decoded.text, options);
    result.encoding = decoded.encoding;
    if (decoded.encoding !== "utf-8") {
      const note: ImportWarning = {
        code: "encoding_used",
        message: importMessage("encoding_used", { encoding: ENCODING_NAMES[decoded.encoding] }, options.locale ?? "zh"),
        line: 1,
      };
      if (options.fileName !== undefined) note.file = options.fileName;
      result.notes.unshift(note);
    }
    return result;
  }
  const run = startRun(options);
  if (typeof input === "string") {
    throw new ReportError([problem(run, "docx_unreadable", 1, { reason: "text given, bytes expected" })], run.locale);
  }
  let lines: SourceLine[];
  let packageParts: Record<string, Uint8Array>;
  try {
    ({ lines, parts: packageParts } = await docxToLines(input));
  } catch (error) {
    if (error instanceof ZipLimitError && error.refusal.kind !== "broken") {
      throw new ReportError([problem(run, "docx_too_large", 1, zipLimitParams(error.refusal))], run.locale);
    }
    throw new ReportError(
      [problem(run, "docx_unreadable", 1, { reason: (error as Error)?.message ?? String(error) })],
      run.locale,
    );
  }
  // Word's automatic numbering: mammoth gives the text without the number Word draws.
  const parts = docxNumberingParts(packageParts);
  if (parts) {
    const listed = withListNumbers(lines, docxNumberedParagraphs(parts));
    lines = listed.lines;
    if (listed.numbered > 0) run.note("list_numbers", 1, { count: listed.numbered });
  }
  const clean = lines.map((line) => {
    if (line.table) {
      const cell = (text: string) => normaliseText(text).text.replace(/\n/g, "");
      const { header, rows } = line.table;
      return { ...line, table: { header: header.map(cell), rows: rows.map((row) => row.map(cell)) } };
    }
    const normalised = normaliseText(line.text);
    for (const r of normalised.removed) run.removed.push({ ...r, line: line.line });
    const text = normalised.text.replace(/\n/g, "");
    if (text === line.text) return line;
    // Bold ranges no longer line up once characters went: drop them.
    const { bold: _bold, ...rest } = line;
    return { ...rest, text };
  });
  // The disclosure attributes travel in the document's custom properties, not in its text.
  const given: Partial<Meta> = { ...options.meta };
  const disclosure = docxDisclosure(input);
  if (disclosure && given.disclosure === undefined) given.disclosure = disclosure;
  return importLines(
    clean.filter((l) => l.text.trim() || l.table || l.closingBreak),
    run,
    options,
    given,
  );
}
