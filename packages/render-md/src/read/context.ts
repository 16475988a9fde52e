import type { Locale, Position, Problem } from "@gongwen/schema";
import type { Node } from "mdast";
import { type ReaderRule, readerMessage } from "./messages.js";

/** What the reader carries while it walks a document: the source, the language, the problems found. */
export interface ReadContext {
  source: string;
  locale: Locale;
  file?: string | undefined;
  problems: Problem[];
}

/** Where a node starts in the Markdown source (line 1, column 1 when the node has no position). */
export function positionOf(node: Node | undefined): Position {
  const start = node?.position?.start;
  return start ? { line: start.line, column: start.column } : { line: 1, column: 1 };
}

/** Adds a located problem of one of the reader's own rules. */
export function addProblem(
  ctx: ReadContext,
  rule: ReaderRule,
  at: Position,
  params: Record<string, string | number> = {},
  path: (string | number)[] = [],
): void {
  const problem: Problem = { code: rule, path, message: readerMessage(rule, ctx.locale, params), ...at };
  if (ctx.file !== undefined) problem.file = ctx.file;
  ctx.problems.push(problem);
}
