import { isTable, type Report, type Section } from "@gongwen/schema";
import { expect } from "vitest";
import type { ImportResult } from "../../src/index.js";

/** The texts of a report's body in reading order, one unit each (a title, a paragraph, a lead …). */
export function bodyUnits(report: Report): string[] {
  const out: string[] = [...report.body.opening];
  const walk = (section: Section) => {
    out.push(section.title);
    for (const block of section.content) {
      if (typeof block === "string") out.push(block);
      else if (isTable(block)) {
        if (block.table.caption) out.push(block.table.caption);
        for (const row of [block.table.header, ...block.table.rows]) out.push(row.join(""));
      } else {
        if (block.lead !== undefined) out.push(block.lead);
        if (block.text !== undefined) out.push(block.text);
      }
    }
    section.sections.forEach(walk);
  };
  const { body } = report;
  (body.sections ?? [body.summary, body.plan].filter((s): s is Section => s !== undefined)).forEach(walk);
  out.push(...report.body.closing);
  return out;
}

const SPACE = /[\s\u00A0\u3000\uFEFF\u200B-\u200D\u2060\u00AD]+/g;
/** What may stand in the input before a unit and not in the model: a numbering label, or a heading's full stop. */
const LABEL =
  /^(?:[一二三四五六七八九十]{1,3}[、是]|[（(][一二三四五六七八九十]{1,3}[）)]、?|\d{1,2}[.．、]|[（(]\d{1,2}[）)]、?|。)/;

/**
 * Whether `model` (units concatenated) is `input` with only numbering labels (and a heading's
 * final full stop) taken out, and only where a unit starts. A search over (input, model)
 * positions, depth first, remembering dead ends.
 */
export function isInputMinusLabels(input: string, units: string[]): boolean {
  const model = units.map((u) => u.replace(SPACE, "")).join("");
  const starts = new Set<number>();
  let at = 0;
  for (const unit of units) {
    starts.add(at);
    at += unit.replace(SPACE, "").length;
  }
  starts.add(model.length);
  const n = input.length;
  const m = model.length;
  const dead = new Set<number>();
  const stack: [number, number][] = [[0, 0]];
  while (stack.length > 0) {
    const [i, j] = stack.pop() as [number, number];
    if (i === n && j === m) return true;
    const key = i * (m + 1) + j;
    if (dead.has(key)) continue;
    dead.add(key);
    if (i < n && j < m && input[i] === model[j]) stack.push([i + 1, j + 1]);
    if (i < n && starts.has(j)) {
      const label = LABEL.exec(input.slice(i, i + 8));
      if (label) stack.push([i + label[0].length, j]);
    }
  }
  return false;
}

/**
 * Asserts that nothing of the body was dropped: the input lines, less what the import listed as
 * removed (each from its own line), are the model's body texts in order, give or take whitespace
 * and the numbering labels the writers put back.
 */
export function expectNothingDropped(lines: { line: number; text: string }[], result: ImportResult): void {
  const byLine = new Map<number, string[]>();
  for (const l of lines) byLine.set(l.line, [...(byLine.get(l.line) ?? []), l.text.replace(SPACE, "")]);
  for (const r of result.removed) {
    const texts = byLine.get(r.line);
    const piece = r.text.replace(SPACE, "");
    const i = texts?.findIndex((t) => t.includes(piece)) ?? -1;
    expect(i, `removed “${r.text}” is on line ${r.line}`).toBeGreaterThanOrEqual(0);
    const t = (texts as string[])[i] as string;
    (texts as string[])[i] = t.replace(piece, "");
  }
  const input = [...byLine.keys()]
    .sort((a, b) => a - b)
    .flatMap((k) => byLine.get(k) ?? [])
    .join("");
  // A section the import had to add (declared by its warning) holds a title the input never had.
  const units = bodyUnits(result.report);
  if (result.warnings.some((w) => w.code === "section_added")) {
    const added = result.report.body.sections?.[0]?.title;
    const at = units.indexOf(added ?? "", result.report.body.opening.length);
    if (at >= 0) units.splice(at, 1);
  }
  const ok = isInputMinusLabels(input, units);
  if (!ok) {
    // Show where the texts part ways.
    const model = units.map((u) => u.replace(SPACE, "")).join("");
    expect(model).toBe(input);
  }
  expect(ok).toBe(true);
}

/** The lines of a text as the importer numbers them. */
export function textLines(text: string): { line: number; text: string }[] {
  return text.split(/\r\n?|\n|[\u0085\u2028\u2029\f\v]/).map((t, i) => ({ line: i + 1, text: t }));
}
