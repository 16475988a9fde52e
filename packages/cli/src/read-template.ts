import type { Locale } from "@gongwen/schema";
import { readText } from "./files.js";
import { inputFormatOf } from "./formats.js";

/**
 * Checks a file as a template when it is one (it holds `{{`, a `data:` block or `each`/`if`
 * items; see isTemplateText): its expressions, helpers and directives, and its shape as a report
 * with the expressions in place. Returns false for a plain report (or standard input), which the
 * caller reads as usual; throws a ReportError with every problem of a template that has any.
 */
export async function checkIfTemplate(file: string, locale: Locale, from?: string): Promise<boolean> {
  if (file === "-") return false;
  const format = inputFormatOf(file, from, locale);
  if (format === "json") return false;
  const text = await readText(file, locale);
  const { checkTemplate, isTemplateText, loadTemplate } = await import("@gongwen/template");
  if (!isTemplateText(text)) return false;
  const { ReportError } = await import("@gongwen/schema");
  const problems = checkTemplate(loadTemplate(text, { fileName: file, locale, format }));
  if (problems.length > 0) throw new ReportError(problems, locale);
  return true;
}
