import { issuesToProblems } from "./issues.js";
import { type Report, ReportSchema } from "./model.js";
import { type Locale, type Problem, ReportError } from "./problems.js";

/** Options of the parse functions. */
export interface ParseOptions {
  /** Language of the messages: `zh` (default) or `en`. */
  locale?: Locale;
}

/** The result of safeParseReport: a report, or every problem found. */
export type ParseResult = { success: true; report: Report } | { success: false; problems: Problem[] };

/**
 * Validates any value as a report and returns the normalised report (defaults derived: title,
 * planYear, signature, part titles), or every problem found, with messages in Chinese by default.
 */
export function safeParseReport(input: unknown, options: ParseOptions = {}): ParseResult {
  const result = ReportSchema.safeParse(input, { reportInput: true });
  if (result.success) return { success: true, report: result.data };
  return {
    success: false,
    problems: issuesToProblems(result.error.issues, ReportSchema, input, options.locale ?? "zh"),
  };
}

/** Like safeParseReport, but throws a ReportError listing every problem. */
export function parseReport(input: unknown, options: ParseOptions = {}): Report {
  const result = safeParseReport(input, options);
  if (!result.success) throw new ReportError(result.problems, options.locale);
  return result.report;
}
