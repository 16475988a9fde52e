import type { Locale, Problem } from "@gongwen/schema";
import { isTemplateText } from "@gongwen/template/detect";
import type { InputFormat } from "./formats.js";

/**
 * Checks a text as a template when it is one (it holds `{{`, a `data:` block or `each`/`if`
 * items; see isTemplateText): its expressions, helpers and directives, and its shape as a report
 * with the expressions in place. Returns undefined for a plain report (and for JSON), which the
 * caller reads as usual; otherwise every problem of the template (none when it is valid). The
 * template package is loaded only when the text is a template's.
 */
export async function templateProblems(
  text: string,
  format: InputFormat,
  fileName: string,
  locale: Locale,
): Promise<Problem[] | undefined> {
  if (format === "json" || !isTemplateText(text)) return undefined;
  const { checkTemplate, loadTemplate } = await import("@gongwen/template");
  return checkTemplate(loadTemplate(text, { fileName, locale, format }));
}
