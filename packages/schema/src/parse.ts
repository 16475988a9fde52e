import { datesAsText } from "./dates.js";
import { inputLimitProblems } from "./input-limits.js";
import { issuesToProblems } from "./issues.js";
import type { Terms } from "./messages.js";
import { type Report, ReportSchema } from "./model.js";
import { type Locale, type Problem, ReportError } from "./problems.js";
import { compiledChecks } from "./validation-mode.js";
import { wellFormedReport } from "./well-formed.js";

/** Options of the parse functions. */
export interface ParseOptions {
  /** Language of the messages: `zh` (default) or `en`. */
  locale?: Locale;
  /**
   * The words messages use for values: `data` (default, for programs: arrays, objects, null) or
   * `yaml` (for a clerk's file: `- ` items, `名称: 值`, nothing after the colon). The YAML reader
   * sets `yaml`.
   */
  terms?: Terms;
}

/** The result of safeParseReport: a report, or every problem found. */
export type ParseResult = { success: true; report: Report } | { success: false; problems: Problem[] };

/**
 * Validates any value as a report and returns the normalised report (defaults derived: title,
 * planYear, signature, part titles), or every problem found, with messages in Chinese by default.
 * An input beyond the limits of limits.ts gets only the problems of the limits it passes. A JS
 * `Date` is accepted for meta.date and meta.issueDate (see datesAsText).
 */
export function safeParseReport(input: unknown, options: ParseOptions = {}): ParseResult {
  const value = datesAsText(input);
  // Most inputs have nothing to report: read directly (limits included), they skip the walk of the
  // limits and zod's layers (see well-formed.ts).
  const report = wellFormedReport(value);
  if (report) return { success: true, report };
  // The limits (limits.ts) before the schema: the schema recurses into sections and cannot take any input.
  const beyond = inputLimitProblems(input, options.locale ?? "zh");
  if (beyond.length > 0) return { success: false, problems: beyond };
  const result = ReportSchema.safeParse(value, { reportInput: true, jitless: !compiledChecks() });
  if (result.success) return { success: true, report: result.data };
  return {
    success: false,
    problems: issuesToProblems(result.error.issues, ReportSchema, value, options.locale ?? "zh", options.terms),
  };
}

/** Like safeParseReport, but throws a ReportError listing every problem. */
export function parseReport(input: unknown, options: ParseOptions = {}): Report {
  const result = safeParseReport(input, options);
  if (!result.success) throw new ReportError(result.problems, options.locale);
  return result.report;
}
