import type { Locale, Problem } from "@gongwen/schema";
import { say } from "./locale.js";

/** How many template lines a problem names before it says `等` (`…`). */
export const LISTED_PLACES = 10;

/** A problem of a data field met at several places of the template, said once. */
export interface PlacedProblem {
  /** The problem at its first place (its file, line and column lead the printed line). */
  problem: Problem;
  /** The template lines of every place, the first one's included, each once, in order. */
  lines: number[];
  /** How many places met it (several may share a line). */
  count: number;
}

/**
 * One problem per data field and fault, with every place the template uses the field: an empty
 * cell used in five places of the template is one problem, not five. Problems of the same code,
 * file, row and data path (`dataPath`) go together, whatever expression met them (`{{县名}}` and
 * `{{wan 县名}}`: the same empty cell); the first one stands for them all. Problems without a data
 * path (a syntax error, a file not written) are kept as they are. Order: by first place.
 */
export function problemsByField(problems: readonly Problem[]): PlacedProblem[] {
  const groups = new Map<string, PlacedProblem>();
  problems.forEach((problem, i) => {
    const { code, file, row, dataPath } = problem as Problem & { dataPath?: string; row?: number };
    const key = dataPath === undefined ? `#${i}` : JSON.stringify([code, file, row, dataPath]);
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, { problem, lines: problem.line === undefined ? [] : [problem.line], count: 1 });
      return;
    }
    group.count++;
    if (problem.line !== undefined && !group.lines.includes(problem.line)) group.lines.push(problem.line);
  });
  return [...groups.values()];
}

/**
 * What a problem met at several places adds to its message: `（模板中共 5 处用到它：第 31、36、39、43、62 行）`
 * (` (5 places of the template use it: lines 31, 36, 39, 43, 62)`); nothing for one place.
 */
export function placesNote({ lines, count }: PlacedProblem, locale: Locale): string {
  if (count < 2) return "";
  const shown = lines.slice(0, LISTED_PLACES).join(say(locale, "、", ", "));
  const more = lines.length > LISTED_PLACES;
  if (lines.length === 0)
    return say(locale, `（模板中共 ${count} 处用到它）`, ` (${count} places of the template use it)`);
  return say(
    locale,
    `（模板中共 ${count} 处用到它：第 ${shown}${more ? " 等" : ""} 行）`,
    ` (${count} places of the template use it: line${lines.length > 1 ? "s" : ""} ${shown}${more ? " …" : ""})`,
  );
}

/** Problems with those of one field and fault merged into one, its message naming every place (placesNote). */
export function mergePlaces(problems: readonly Problem[], locale: Locale): Problem[] {
  return problemsByField(problems).map((placed) => ({
    ...placed.problem,
    message: placed.problem.message + placesNote(placed, locale),
  }));
}
