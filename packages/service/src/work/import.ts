import { importReport, reportToYaml } from "@gongwen/import";
import type { Locale } from "@gongwen/schema";
import type { ImportInputFormat } from "../media-types.js";
import { BODY_NAME, decodeBody } from "./read-report.js";

/** What /v1/import returns: the report as JSON and as the commented YAML a clerk edits, with every guess. */
export interface ImportBody {
  report: unknown;
  yaml: string;
  warnings: unknown[];
  removed: unknown[];
}

/**
 * Imports last year's report — pasted portal text, Markdown or DOCX bytes — into the model, as
 * `gongwen import` does: the report, its YAML, the importer's warnings (each at its input line)
 * and the portal clutter it took out.
 * @throws ReportError when nothing like a report can be recovered
 */
export async function importBody(format: ImportInputFormat, body: Uint8Array, locale: Locale): Promise<ImportBody> {
  const input = format === "docx" ? body : decodeBody(body, locale);
  const result = await importReport(input, { format, locale, fileName: BODY_NAME });
  return {
    report: result.report,
    yaml: reportToYaml(result.report),
    warnings: result.warnings,
    removed: result.removed,
  };
}
