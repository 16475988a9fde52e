import { lineParts, unclosedQuoteLine } from "./yaml-lines.js";

/**
 * Reading past a clerk's YAML mistakes, so one run reports every problem: each repair keeps the
 * file's lines where they were (model problems found after it keep their line numbers) and
 * stands for what the message about the mistake already tells the clerk to do. The repaired text
 * is only read for further problems, never returned as the report.
 */

/** Leading Tabs become two spaces each (a Tab is most often typed for one level). */
export function tabsAsSpaces(text: string): string {
  return text.replace(/^[ \t]+/gm, (indent) => indent.replace(/\t/g, "  "));
}

const FULL_WIDTH_KEY = /^(\s*(?:-\s+)?)([\p{L}\p{N}_$]+)：\s*/u;
const NO_SPACE_KEY = /^(\s*(?:-\s+)?)([A-Za-z_$][\w$]*):(?=\S)/;

/** A flow row `[a, , -]` with its empty and `-` cells quoted. */
function quoteCells(value: string): string | undefined {
  if (!value.startsWith("[") || !value.endsWith("]")) return undefined;
  const cells = value.slice(1, -1).split(",");
  const fixed = cells.map((cell, i) => {
    const trimmed = cell.trim();
    if (trimmed === "" && i < cells.length - 1) return ' ""';
    if (trimmed === "-") return ' "-"';
    return cell;
  });
  return `[${fixed.join(",")}]`;
}

/** One line as the clerk is told to write it: half-width colon and space, or the value quoted. */
export function repairLine(line: string): string {
  const colon = line.replace(FULL_WIDTH_KEY, "$1$2: ").replace(NO_SPACE_KEY, "$1$2: ");
  if (colon !== line) return colon;
  const { prefix, value } = lineParts(line.replace(/\r$/, ""));
  if (!value) return line;
  const row = quoteCells(value);
  if (row !== undefined && row !== value) return prefix + row;
  return prefix + JSON.stringify(value);
}

/**
 * Repairs the given lines (1-based) of a text; a line whose error is an unclosed quote is
 * repaired where the quote opens.
 */
export function repairLines(text: string, lineNumbers: Iterable<number>, unclosed: Iterable<number> = []): string {
  const lines = text.split("\n");
  const targets = new Set<number>();
  for (const n of lineNumbers) targets.add(n - 1);
  for (const n of unclosed) {
    const open = unclosedQuoteLine(lines, n - 1);
    if (open) targets.add(open.line);
  }
  for (const i of targets) {
    const line = lines[i];
    if (line !== undefined) lines[i] = repairLine(line);
  }
  return lines.join("\n");
}
