import { type Problem, ReportError } from "@gongwen/schema";
import { type ParseMarkdownOptions, parseMarkdown } from "../src/index.js";

/** Front matter with the three required fields; it takes lines 1–5. */
export const FRONT = "---\norg: 青溪县卫生健康局\nyear: 2023\ndate: 2024-01-09\n---\n";

/** The problems parseMarkdown throws for a text; fails the test when it throws something else or nothing. */
export function problemsOf(text: string, options: ParseMarkdownOptions = {}): Problem[] {
  try {
    parseMarkdown(text, options);
  } catch (error) {
    if (error instanceof ReportError) return error.problems;
    throw error;
  }
  throw new Error("expected a ReportError");
}

/** code, line and column of each problem, for compact assertions. */
export function where(problems: Problem[]): [string, number | undefined, number | undefined][] {
  return problems.map((p) => [p.code, p.line, p.column]);
}
