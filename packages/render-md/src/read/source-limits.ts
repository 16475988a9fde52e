import type { Position } from "@gongwen/schema";
import { MAX_BLOCK_MARKS, MAX_DOCUMENT_MARKS, MAX_INDENT, MAX_LINE_CONTAINERS, MAX_LINE_PIPES } from "./limits.js";
import type { ReaderRule } from "./messages.js";

/** A limit passed: the reader rule, where, and the limit. */
export interface LimitHit {
  rule: ReaderRule;
  at: Position;
  limit: number;
}

const CONTAINER = /^ {0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
const FENCE = /^ {0,3}(?:```|~~~)/;
const FRONT_MATTER_END = /^(?:---|\.\.\.)[ \t]*$/;

/** Inline marks on a line: runs of `*`, `_`, `~`, backticks count once; `[`, `]`, `<` each once. */
function inlineMarks(line: string): number {
  let marks = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "[" || ch === "]" || ch === "<") marks++;
    else if (ch === "*" || ch === "_" || ch === "~" || ch === "`") {
      marks++;
      while (line[i + 1] === ch) i++;
    }
  }
  return marks;
}

function count(line: string, ch: string): number {
  let n = 0;
  for (let i = line.indexOf(ch); i >= 0; i = line.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * The first limit of limits.ts a Markdown source passes, line by line in one pass, or undefined.
 * The front matter (YAML, checked by the YAML reader's own limits) and code fences are skipped;
 * a table row counts its marks alone, a paragraph all its lines together.
 */
export function markdownLimitHit(source: string): LimitHit | undefined {
  const lines = source.split("\n");
  let i = 0;
  if (lines[0]?.trimEnd() === "---") {
    const close = lines.findIndex((line, n) => n > 0 && FRONT_MATTER_END.test(line));
    if (close > 0) i = close + 1;
  }
  let fenced = false;
  let blockMarks = 0;
  let documentMarks = 0;
  for (; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/\r$/, "");
    const at = (column: number): Position => ({ line: i + 1, column });
    if (FENCE.test(line)) fenced = !fenced;
    if (fenced) continue;
    if (!line.trim()) {
      blockMarks = 0;
      continue;
    }
    let indent = 0;
    while (line[indent] === " " || line[indent] === "\t") indent++;
    if (indent > MAX_INDENT) return { rule: "indent_too_deep", at: at(1), limit: MAX_INDENT };
    let rest = line.slice(indent);
    let containers = 0;
    for (let open = CONTAINER.exec(rest); open; open = CONTAINER.exec(rest)) {
      if (++containers > MAX_LINE_CONTAINERS) {
        return { rule: "line_nesting_too_deep", at: at(line.length - rest.length + 1), limit: MAX_LINE_CONTAINERS };
      }
      rest = rest.slice(open[0].length);
    }
    const pipes = count(line, "|");
    if (pipes > MAX_LINE_PIPES) return { rule: "too_many_cells", at: at(1), limit: MAX_LINE_PIPES };
    const marks = inlineMarks(line);
    blockMarks = pipes > 0 ? marks : blockMarks + marks;
    documentMarks += marks;
    if (blockMarks > MAX_BLOCK_MARKS) return { rule: "too_many_marks", at: at(1), limit: MAX_BLOCK_MARKS };
    if (documentMarks > MAX_DOCUMENT_MARKS) {
      return { rule: "too_many_marks_in_document", at: at(1), limit: MAX_DOCUMENT_MARKS };
    }
  }
  return undefined;
}
