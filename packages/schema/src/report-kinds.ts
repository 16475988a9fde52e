/**
 * What a report is: a summary with next year's plan (工作总结和工作思路), a summary alone, or a
 * plan alone. Kept apart from the zod model so that a command line can list the kinds (`gongwen
 * init --help`) without loading the model.
 */
export const REPORT_KINDS = ["summary-and-plan", "summary", "plan"] as const;
/** One of REPORT_KINDS. */
export type ReportKind = (typeof REPORT_KINDS)[number];
