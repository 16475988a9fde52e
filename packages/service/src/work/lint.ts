import { diagnosticJson, lintReport, lintText, objectSourceMap } from "@gongwen/lint";
import type { Locale } from "@gongwen/schema";
import type { ReportSource } from "../task.js";
import { BODY_NAME, bodyText, readReport } from "./read-report.js";

/**
 * Proofreads a report as `gongwen lint --format json` does and returns the same JSON items (rule,
 * severity, message in the locale and both languages, path, line, column, fix …), file `<request>`.
 * @throws ReportError when the body is not a valid report
 */
export function lintBody(source: ReportSource, locale: Locale): Record<string, unknown>[] {
  if (source.format === "json") {
    const { report, data } = readReport(source, locale);
    const diagnostics = lintReport(report, {
      locale,
      ...(data === undefined ? {} : { source: objectSourceMap(data) }),
    });
    return diagnostics.map((d) => diagnosticJson(BODY_NAME, d, locale));
  }
  const text = bodyText(source, locale);
  const { diagnostics } = lintText(text, { format: source.format, fileName: BODY_NAME, locale });
  return diagnostics.map((d) => diagnosticJson(BODY_NAME, d, locale));
}
