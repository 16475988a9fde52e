import type { Locale, Problem } from "@gongwen/schema";
import { say } from "./locale.js";
import { type PlacedProblem, placesNote, problemsByField } from "./problem-places.js";

/** How many runs of row numbers (`2–13`, `15`) a line names before it says how many rows in all. */
export const LISTED_ROW_RUNS = 10;

/** A problem of one or more rows: said once, with every row it concerns. */
interface Repeated {
  placed: PlacedProblem;
  rows: number[];
}

/**
 * The problems of a batch's failed rows, gathered for people to read: within a row, one problem
 * per data field and fault, naming every place of the template that met it (problemsByField: an
 * empty cell used five times is one line); across rows, a problem that repeats identically (the
 * same code, template places, data path and message) printed once, with the rows it concerns
 * (`第 2–13 行数据：…`), in the order the rows came. The JSON lines are not made from this: they
 * keep one line per row with every problem at every place.
 */
export class RowProblems {
  private readonly groups = new Map<string, Repeated>();

  /** Adds a failed row's problems. */
  add(row: number, problems: readonly Problem[]): void {
    for (const placed of problemsByField(problems)) {
      const p = placed.problem as Problem & { dataPath?: string; expression?: string };
      const key = JSON.stringify([
        p.code,
        p.file,
        p.line,
        p.column,
        p.dataPath,
        p.expression,
        p.message,
        placed.lines,
        placed.count,
      ]);
      const group = this.groups.get(key);
      if (group) group.rows.push(row);
      else this.groups.set(key, { placed, rows: [row] });
    }
  }

  /** The problems, each once, its message led by its rows and followed by its other places; the list is emptied. */
  take(locale: Locale): Problem[] {
    const out = [...this.groups.values()].map(({ placed, rows }) => ({
      ...placed.problem,
      message: rowsLead(rows, locale) + placed.problem.message + placesNote(placed, locale),
    }));
    this.groups.clear();
    return out;
  }
}

/** `第 2 行数据：`, `第 2–13 行数据：`, `第 2、5、7–9 行数据：` (`data row 2: `, `data rows 2–13: `). */
export function rowsLead(rows: readonly number[], locale: Locale): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++;
    runs.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  const cut = runs.length > LISTED_ROW_RUNS;
  const shown = runs.slice(0, LISTED_ROW_RUNS);
  if (sorted.length === 1) return say(locale, `第 ${shown[0]} 行数据：`, `data row ${shown[0]}: `);
  return say(
    locale,
    `第 ${shown.join("、")}${cut ? ` 等共 ${sorted.length}` : ""} 行数据：`,
    `data rows ${shown.join(", ")}${cut ? ` … (${sorted.length} rows)` : ""}: `,
  );
}
