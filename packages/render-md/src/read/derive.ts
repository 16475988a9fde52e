import { PLAN_NAMES, type PlanName, type ReportKind } from "@gongwen/schema";

const PLAN_WORDS = /思路|计划|安排|要点|打算/;

/**
 * The kind of a report whose front matter does not say: two `##` headings, the first about the
 * summary (总结) and the second about the plan (思路/计划/安排/要点/打算), make a summary-and-plan
 * report; otherwise it is a summary, or a plan when no heading mentions 总结 and the title names a plan.
 */
export function deriveKind(partTitles: readonly string[], title: string | undefined): ReportKind {
  const [first, second] = partTitles;
  if (partTitles.length === 2 && first?.includes("总结") && second !== undefined && PLAN_WORDS.test(second)) {
    return "summary-and-plan";
  }
  if (!partTitles.some((t) => t.includes("总结")) && title !== undefined && PLAN_WORDS.test(title)) return "plan";
  return "summary";
}

const TITLE_PATTERN = new RegExp(`^(.+?)(\\d{4})年(?:工作总结|${PLAN_NAMES.join("|")})`);

/**
 * The organ and year a conventional title names: `青溪县卫生健康局2023年工作总结…` →
 * `{ org: "青溪县卫生健康局", year: 2023 }` (also `…2024年工作思路` and the other plan names).
 */
export function orgAndYearFromTitle(title: string): { org: string; year: number } | undefined {
  const match = TITLE_PATTERN.exec(title.trim());
  if (!match) return undefined;
  const org = (match[1] as string).trim();
  return org ? { org, year: Number(match[2]) } : undefined;
}

/** The plan name (工作思路, 工作计划 …) the first of the given texts to name one uses, if any. */
export function planNameIn(texts: readonly (string | undefined)[]): PlanName | undefined {
  for (const text of texts) {
    const found = text === undefined ? undefined : PLAN_NAMES.find((name) => text.includes(name));
    if (found) return found;
  }
  return undefined;
}
