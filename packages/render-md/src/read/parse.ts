import {
  type Locale,
  type Locator,
  type Problem,
  type Report,
  ReportError,
  safeParseReport,
  sortProblems,
  sourceLengthProblem,
} from "@gongwen/schema";
import type { Root } from "mdast";
import { markdownReader } from "../processors.js";
import { readBody } from "./body.js";
import { addProblem, type ReadContext } from "./context.js";
import { type FrontMatter, readFrontMatter } from "./front-matter.js";
import { metaInput, START } from "./meta.js";
import { markdownLimitHit } from "./source-limits.js";
import { bodyInput, PositionMap } from "./to-input.js";

/** Options of parseMarkdown. */
export interface ParseMarkdownOptions {
  /** The file name problems carry (`file:line:col`). */
  fileName?: string;
  /** Language of the messages: `zh` (default) or `en`. */
  locale?: Locale;
}

/** A report read from Markdown, with the locator that maps model paths back to the Markdown. */
export interface ParsedMarkdown {
  report: Report;
  locate: Locator;
}

/**
 * A locator over the Markdown: meta fields written in the front matter are found there (keys with
 * `key: true`), the title and what was derived from it at the `# ` heading, body paths at their
 * heading, paragraph, strong, table row or cell; a path not written at all at its nearest ancestor.
 */
function markdownLocator(positions: PositionMap, frontMatter: FrontMatter | undefined): Locator {
  return (path, options) => {
    if (path[0] === "meta" && path.length > 1 && !positions.get(path.slice(0, 2))) {
      if (frontMatter?.has(String(path[1]))) return frontMatter.locate(path.slice(1), options);
    }
    return positions.nearest(path) ?? START;
  };
}

/**
 * The mdast tree of a text, once the text is within the reader's limits (a located problem
 * thrown otherwise). Thousands of nested block quotes, lists or emphasis marks exhaust the stack of the
 * Markdown parser: that is reported as a problem of the document, not thrown as a RangeError.
 */
function parseTree(text: string, ctx: ReadContext): Root {
  // Limits first (limits.ts): micromark is slow on some inputs, and recurses on nesting.
  const tooLong = sourceLengthProblem(text, ctx.locale);
  if (tooLong) ctx.problems.push(ctx.file === undefined ? tooLong : { ...tooLong, file: ctx.file });
  const hit = tooLong ? undefined : markdownLimitHit(text);
  if (hit) addProblem(ctx, hit.rule, hit.at, { limit: hit.limit });
  if (ctx.problems.length > 0) throw new ReportError(ctx.problems, ctx.locale);
  try {
    return markdownReader.parse(text);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    addProblem(ctx, "document_too_deep", START);
    throw new ReportError(ctx.problems, ctx.locale);
  }
}

/**
 * Reads a report written in the gongwen Markdown dialect (see README.md) and returns it with a
 * locator (model path → line and column in the Markdown) for later checks such as lint. Every
 * problem — front matter syntax, structure the dialect cannot hold, the model's own checks —
 * is thrown at once in a ReportError, each with its line and column in the Markdown.
 */
export function parseMarkdownWithSource(text: string, options: ParseMarkdownOptions = {}): ParsedMarkdown {
  const locale = options.locale ?? "zh";
  // The parser drops a byte order mark; so does the source its offsets are read against.
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const ctx: ReadContext = { source, locale, file: options.fileName, problems: [] };
  const root = parseTree(source, ctx);
  const first = root.children[0];
  const frontMatter = first?.type === "yaml" ? readFrontMatter(first, ctx) : undefined;
  const metaUnreadable = first?.type === "yaml" && frontMatter === undefined;
  const draft = readBody(root, ctx);

  const positions = new PositionMap();
  const { meta, kind } = metaInput(frontMatter, draft, positions, ctx);
  const input = { meta, body: bodyInput(draft, kind, positions, ctx) };
  const locate = markdownLocator(positions, frontMatter);
  const result = safeParseReport(input, { locale });

  const problems: Problem[] = [...ctx.problems];
  if (!result.success) {
    for (const p of result.problems) {
      // When the front matter could not be read, its own problems say all there is to say about meta.
      if (metaUnreadable && p.path[0] === "meta") continue;
      const located: Problem = { ...p, ...(locate(p.path, { key: p.code === "unrecognized_keys" }) ?? START) };
      if (options.fileName !== undefined) located.file = options.fileName;
      problems.push(located);
    }
  }
  if (!result.success || problems.length > 0) throw new ReportError(sortProblems(problems), locale);
  return { report: result.report, locate };
}

/**
 * Reads a report written in the gongwen Markdown dialect (see README.md). Throws a ReportError
 * listing every problem, each located by line and column in the Markdown.
 */
export function parseMarkdown(text: string, options: ParseMarkdownOptions = {}): Report {
  return parseMarkdownWithSource(text, options).report;
}
