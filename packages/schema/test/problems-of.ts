import { loadReportYaml, type Problem, ReportError } from "../src/index.js";

/** The problems loadReportYaml reports for a text read as `报告.yaml`; fails when it reports none. */
export function problemsOf(text: string, locale: "zh" | "en" = "zh"): Problem[] {
  try {
    loadReportYaml(text, "报告.yaml", { locale });
  } catch (error) {
    if (error instanceof ReportError) return error.problems;
    throw error;
  }
  throw new Error("expected problems");
}
