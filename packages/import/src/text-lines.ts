import type { Table } from "@gongwen/schema";
import type { SourceLine } from "./types.js";

/** The cells of a pasted table row (cells separated by tabs), or undefined for an ordinary line. */
function tableCells(line: string): string[] | undefined {
  const trimmed = line.replace(/^[ ]+|[ ]+$/g, "");
  if (!trimmed.includes("\t")) return undefined;
  const cells = trimmed.split("\t").map((cell) => cell.trim());
  while (cells.length > 1 && cells[cells.length - 1] === "") cells.pop();
  while (cells.length > 1 && cells[0] === "") cells.shift();
  return cells.length >= 2 ? cells : undefined;
}

/**
 * Cuts normalised plain text into source lines: one paragraph per non-blank line, trimmed (tabs
 * inside a line become spaces); consecutive lines whose cells are separated by tabs — what a
 * table copied from a web page or Word becomes — make one table line, its first row the header.
 */
export function textToLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  const raw = text.split("\n");
  for (let i = 0; i < raw.length; i++) {
    const cells = tableCells(raw[i] ?? "");
    if (cells) {
      const rows: string[][] = [];
      let j = i + 1;
      for (let next = tableCells(raw[j] ?? ""); next && j < raw.length; next = tableCells(raw[j] ?? "")) {
        rows.push(next);
        j++;
      }
      const table: Table = { header: cells, rows };
      out.push({ text: [cells, ...rows].map((row) => row.join(" ")).join(" "), line: i + 1, table });
      i = j - 1;
      continue;
    }
    const line = (raw[i] ?? "").replace(/\t/g, " ").trim();
    if (line) out.push({ text: line, line: i + 1 });
  }
  return out;
}
